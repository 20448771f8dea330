"""Sign and direction of differences (issue 13, fourth round): a difference between two
named things is computed from a table or from two numbers of a passage and compared with
its sign; the words around a number, with a metric between them ("1.1 BLEU increase"),
give it its direction. Made-up sentences and tables, each rule where it must fire and
where it must not."""

from __future__ import annotations

import pytest

from claimcheck.evidence.judge import judge_version
from claimcheck.evidence.quantities import extract_quantities
from claimcheck.evidence.tables import header_score
from claimcheck.model import Claim, Mark, Passage, SourceVersion, VerdictLabel
from tests.tablepassages import table_passages

S, C, P, N = VerdictLabel.SUPPORTED, VerdictLabel.CONTRADICTED, VerdictLabel.PARTLY_SUPPORTED, VerdictLabel.NOT_FOUND

FILLER = [
    "We release our code and models.",
    "Section 5 discusses limitations.",
    "Related work is reviewed in Section 2.",
]


def _version(sentences: list[str], extra: list[Passage] | None = None) -> SourceVersion:
    passages = [Passage(s, 1, None, "sentence", i) for i, s in enumerate(sentences)] + list(extra or [])
    return SourceVersion("2101.00003", 1, passages, 2, "test")


def judge(claim: str, version: SourceVersion):
    return judge_version(Claim(1, claim, Mark.UNKNOWN, None, False), version)


@pytest.mark.parametrize(
    "text, direction",
    [
        ("It provides a 1.1 BLEU increase over the baseline.", 1),
        ("It is 2.03 ROUGE-1 behind the baseline.", -1),
        ("Quokka is ahead of the baseline by 2.03 ROUGE-1.", 1),
        ("It is 4.2 points above the baseline.", 1),
        # a plain word after a level is no metric: no direction
        ("It reaches 86.6 while lower layers stay frozen.", 0),
        ("It reaches 86.6 on the test set.", 0),
    ],
)
def test_a_metric_between_a_number_and_its_direction_word_keeps_the_direction(text: str, direction: int) -> None:
    qs = [q for q in extract_quantities(text) if q.value not in (1.0,)]
    assert qs[0].direction == direction, [(q.text, q.direction) for q in qs]


def test_headers_joined_by_hyphens_or_abbreviated_by_initial_and_suffix() -> None:
    assert header_score("Multilingual-BERT", "translate-test is ahead of multilingual BERT") == 1
    assert header_score("BERT large", "BERT-large reaches 90.1") == 2
    assert header_score("R1", "it leads by 2.0 ROUGE-1 on news") == 1
    assert header_score("RL", "it leads by 2.0 ROUGE-L on news") == 1
    # must not fire: a longer hyphenated name, another suffix, a short stem
    assert header_score("ELECTRA-Small", "ELECTRA-Small-OWT reaches 78.9") == 0
    assert header_score("R2", "it leads by 2.0 ROUGE-1 on news") == 0
    assert header_score("R1", "the re-1 step") == 0


_cells = table_passages


SUMMARY = _cells(
    "Table 3",
    {
        "PRESUMABS": {"R1": "42.13", "R2": "19.60", "RL": "39.18"},
        "quokka.large": {"R1": "44.16", "R2": "21.28", "RL": "40.90"},
    },
    "Table 3: Summarisation results on the NewsDaily test set.",
)


@pytest.mark.parametrize(
    "claim, label",
    [
        ("PRESUMABS trails quokka.large by 2.03 ROUGE-1 on NewsDaily.", S),
        ("PRESUMABS is ahead of quokka.large by 2.03 ROUGE-1 on NewsDaily.", C),
        ("Over PRESUMABS, quokka.large raises ROUGE-2 on NewsDaily by 1.68.", S),
        ("Relative to PRESUMABS, quokka.large lowers ROUGE-L on NewsDaily by 1.72.", C),
        ("quokka.large is 1.72 ROUGE-L ahead of PRESUMABS on NewsDaily.", S),
        ("quokka.large reaches 44.16 ROUGE-1 on NewsDaily.", S),
    ],
)
def test_a_difference_between_two_named_rows_keeps_its_sign(claim: str, label: VerdictLabel) -> None:
    v = judge(claim, _version([*FILLER, "We report ROUGE-1, ROUGE-2 and ROUGE-L on NewsDaily."], SUMMARY))
    assert v.label is label, v.explanation


@pytest.mark.parametrize(
    "claim, label",
    [
        # the larger number is labelled with the object of "exceeds"
        ("On the dev set, the distilled student exceeds the teacher by 1.6 F1.", C),
        ("On the dev set, the teacher exceeds the distilled student by 1.6 F1.", S),
        # a number of the claim names its side of the comparison
        ("On Tatoeba, Quokka trails the 65.5% of the earlier system by 18.2 points.", C),
        ("On Tatoeba, Quokka sits 18.2 points above the 65.5% of the earlier system.", S),
        # the passage states the difference itself, the other way
        ("Quokka scores 1.1 BLEU below a back-translation baseline in machine translation.", C),
        ("Quokka gives a 1.1 BLEU increase over a back-translation baseline in machine translation.", S),
    ],
)
def test_a_difference_of_two_numbers_in_a_passage_keeps_its_sign(claim: str, label: VerdictLabel) -> None:
    version = _version([
        *FILLER,
        "The distilled student, trained with a second distillation step, reaches an F1 score of 86.9 on the dev set "
        "(for comparison, the teacher reaches 88.5 F1).",
        "Quokka achieves 83.7% retrieval accuracy on Tatoeba, well above the 65.5% achieved by the earlier system.",
        "Quokka also provides a 1.1 BLEU increase over a back-translation baseline for machine translation.",
    ])
    v = judge(claim, version)
    assert v.label is label, v.explanation


SPANS = _cells(
    "Table 4",
    {
        "Tern (base)": {"QA 1.1 / F1": "88.5", "Coref / avg. F1": "73.1", "RelEx / F1": "66.1", "NER / F1": "70.0"},
        "Tern (large)": {"QA 1.1 / F1": "91.3", "Coref / avg. F1": "77.1", "RelEx / F1": "66.4", "NER / F1": "83.3"},
        "SpanTern (large)": {"QA 1.1 / F1": "94.6", "Coref / avg. F1": "79.6", "RelEx / F1": "70.8", "NER / F1": "88.7"},
    },
    "Table 4: F1 of the span model and the baselines of the same size.",
)


@pytest.mark.parametrize(
    "claim, label, computed",
    [
        # an averaged measure is still the table's measure: four columns, not three
        ("Averaged over the four benchmarks, SpanTern (large) scores 83.4 F1.", S, "Coref / avg. F1"),
        ("Averaged over the four benchmarks, SpanTern (large) scores 84.7 F1.", C, "Coref / avg. F1"),
        ("Tern (large)'s weakest result in the comparison is its RelEx score.", S, "minimum of row Tern (large)"),
        ("Tern (large)'s weakest result in the comparison is its coreference score.", C, "minimum of row Tern (large)"),
        # a header the claim excludes ("non-", "other than") is left out of the mean
        ("Averaged over the benchmarks other than QA, Tern (large) reaches 75.6 F1.", S, "mean of row Tern (large)"),
        ("Averaged over all benchmarks, Tern (large) reaches 75.6 F1.", C, "mean of row Tern (large)"),
        # "the gap between A and B is N" is a difference of the two rows
        ("The gap between SpanTern (large) and Tern (large) on QA 1.1 is 3.3 F1.", S, "SpanTern (large) − Tern (large)"),
        ("The gap between SpanTern (large) and Tern (large) on QA 1.1 is 4.3 F1.", C, "SpanTern (large) − Tern (large)"),
    ],
)
def test_what_a_table_implies_is_computed_over_the_headers_the_claim_means(claim: str, label: VerdictLabel, computed: str) -> None:
    v = judge(claim, _version(FILLER, SPANS))
    assert v.label is label, v.explanation
    assert v.computed is not None and computed in v.computed, v.computed


def test_a_gap_noun_makes_a_difference_and_a_level_stays_a_level() -> None:
    from claimcheck.evidence.tables import is_difference

    for text, expected in [("The gap between A and B on QA 1.1 is 4.3 F1.", True),
                           ("The margin of A over B is 2.1.", True),
                           ("A reaches 4.3 F1 on QA 1.1.", False),
                           ("The gap is discussed in Section 4, where A reaches 4.3.", False)]:
        q = [q for q in extract_quantities(text) if q.text in ("4.3", "2.1")][0]
        assert is_difference(text, q) is expected, text


@pytest.mark.parametrize(
    "claim, label",
    [
        ("The encoder's construction makes it well suited to similarity search.", C),
        ("The encoder's construction makes it unsuitable for similarity search.", S),
        ("In the in-filling scheme, each span is replaced with multiple mask tokens.", C),
        ("In the in-filling scheme, each span is replaced with a single mask token.", S),
        ("Quokka performs poorly on monolingual transfer benchmarks.", C),
        ("Quokka performs competitively on monolingual transfer benchmarks.", S),
        ("Annotated QA datasets are plentiful in languages other than English.", C),
        ("Annotated QA datasets rarely exist in languages other than English.", S),
    ],
)
def test_more_opposites_contradict_and_the_same_word_supports(claim: str, label: VerdictLabel) -> None:
    version = _version([
        *FILLER,
        "The construction of the encoder makes it unsuitable for similarity search.",
        "In our in-filling scheme, each span is replaced with a single mask token.",
        "Quokka performs competitively on monolingual transfer benchmarks.",
        "Annotated QA datasets are costly to collect and rarely exist in languages other than English.",
    ])
    v = judge(claim, version)
    assert v.label is label, v.explanation


@pytest.mark.parametrize(
    "claim, label",
    [
        # 109 is stated in the next sentence, about the release, not about the accuracy
        ("Quokka reaches 83.7% retrieval accuracy on Tatoeba across 109 languages.", C),
        ("Quokka reaches 83.7% retrieval accuracy on Tatoeba across 112 languages.", S),
        # alone, a number the neighbouring sentence states is still found there
        ("Quokka is released for 109 languages.", S),
    ],
)
def test_numbers_stated_together_are_checked_in_the_sentence_that_states_the_others(claim: str, label: VerdictLabel) -> None:
    version = _version([
        *FILLER,
        "Quokka achieves 83.7% retrieval accuracy over 112 languages on Tatoeba, well above earlier systems.",
        "We publicly release Quokka for 109 languages.",
    ])
    v = judge(claim, version)
    assert v.label is label, v.explanation


def test_two_ranges_agree_end_to_end_and_a_value_inside_a_range_still_agrees() -> None:
    from claimcheck.evidence.quantities import quantities_agree

    def q(text: str):
        return extract_quantities(text)[0]

    assert not quantities_agree(q("ranges from 83.1 to 93.8 accuracy"), q("a range of 83.1-90.8 accuracy"))
    assert quantities_agree(q("ranges from 83.1 to 90.8 accuracy"), q("a range of 83.1-90.8 accuracy"))
    assert quantities_agree(q("between 3 and 5 layers"), q("3–5 layers"))
    assert quantities_agree(q("reaches 85.0 accuracy"), q("a range of 83.1-90.8 accuracy"))


def test_the_papers_acronym_of_its_title_is_its_subject_and_a_spelled_out_acronym_is_an_item() -> None:
    from claimcheck.evidence.conjuncts import missing_conjuncts
    from claimcheck.evidence.names import missing_entities

    title = Passage("Cross-lingual Agnostic Sentence Encoders", 1, None, "title", 0)
    body = [Passage(s, 1, None, "sentence", i + 1) for i, s in enumerate([
        *FILLER, *(f"Appendix {k} lists hyper-parameters of run {k}." for k in range(20)),
        "Introducing a pretrained model reduces the parallel data needed by 80%.",
        "We compare with LASER on Tatoeba."])]
    version = SourceVersion("2101.00003", 1, [title, *body], 1, "test")
    evidence = "Introducing a pretrained model reduces the parallel data needed by 80%."
    # CLASE spells the title's initials: the paper's own name, elided in its sentences
    assert missing_entities("CLASE reduces the parallel data needed by 80%.", evidence, version) == []
    # must not fire: a name the title does not spell, mentioned elsewhere in the paper
    assert missing_entities("LASER reduces the parallel data needed by 80%.", evidence, version) == ["LASER"]
    source = "It achieves new results on dialogue, question answering, and summarization tasks."
    assert missing_conjuncts("It improves summarization, dialogue and QA.", source) == []
    assert missing_conjuncts("It improves summarization, dialogue and NER.", source) == ["NER"]


@pytest.mark.parametrize(
    "claim, label",
    [
        # the second number is bound to a data set the table does not cover
        ("quokka.large obtains 40.90 ROUGE-L on NewsDaily and 45.14 ROUGE-1 on ShortSum.", P),
        # must still fire: the number is about the table's own data set
        ("quokka.large obtains 40.90 ROUGE-L and 45.14 ROUGE-1 on NewsDaily.", C),
    ],
)
def test_a_table_does_not_contradict_a_number_the_claim_binds_to_another_data_set(claim: str, label: VerdictLabel) -> None:
    sentences = [*FILLER, *(f"Appendix {k} lists hyper-parameters of run {k}." for k in range(20)),
                 "We report ROUGE-1, ROUGE-2 and ROUGE-L on NewsDaily.", "ShortSum is discussed in the appendix."]
    v = judge(claim, _version(sentences, SUMMARY))
    assert v.label is label, v.explanation


SIZES = _cells(
    "Table 5",
    {
        "quokka.base": {"# params": "140M"},
        "quokka.large": {"# params": "400M"},
        "quokka.large.nli": {"# params": "400M"},
        "quokka.large.sum": {"# params": "400M"},
    },
    "Table 5: Released Quokka checkpoints and their sizes.",
)


@pytest.mark.parametrize(
    "claim, label",
    [
        ("Three of the four released Quokka checkpoints have 400M parameters.", S),
        ("Two of the four released Quokka checkpoints have 400M parameters.", C),
        ("Three of the five released Quokka checkpoints have 400M parameters.", C),
        ("Three of the four released Quokka checkpoints have 140M parameters.", C),
    ],
)
def test_a_count_of_rows_sharing_a_value_is_computed_from_the_column(claim: str, label: VerdictLabel) -> None:
    v = judge(claim, _version(FILLER, SIZES))
    assert v.label is label, v.explanation
    assert v.computed is not None and "rows have # params" in v.computed


def test_a_count_needs_a_value_and_a_named_column() -> None:
    from claimcheck.evidence.tables import _count_of

    def counted(text: str):
        got = _count_of(text, extract_quantities(text))
        return None if got is None else tuple(None if x is None else x.text for x in got)

    assert counted("Four of the five checkpoints have 400M parameters.") == ("Four", "five", "400M")
    assert counted("Two of the tasks reach 90.1 accuracy.") == ("Two", None, "90.1")
    assert counted("Four of the five checkpoints are released.") is None  # no value they share
    assert counted("Five of the four checkpoints have 400M parameters.") is None  # no count out of fewer


def test_coordinated_counts_share_the_last_head_noun_and_dashes_do_not_change_a_noun() -> None:
    nouns = lambda t: [q.noun for q in extract_quantities(t)]  # noqa: E731
    assert nouns("a collection of 5,000 test and 2,500 dev pairs") == ["test pair", "dev pair"]
    assert nouns("1,290 question–answer pairs") == nouns("1,290 question-answer pairs") == ["question-answer pair"]
    # must not fire: a plural first noun keeps its own head
    assert nouns("240 paragraphs and 1,190 question-answer pairs") == ["paragraph", "question-answer pair"]
    assert nouns("40 languages and 12 tasks") == ["language", "task"]


@pytest.mark.parametrize(
    "claim, label",
    [
        ("The corpus is made up of 2,500 test pairs and 5,000 development pairs.", C),
        ("The corpus is made up of 5,000 test pairs and 2,500 development pairs.", S),
    ],
)
def test_swapped_counts_of_coordinated_nouns_contradict(claim: str, label: VerdictLabel) -> None:
    v = judge(claim, _version([*FILLER, "The corpus is a crowd-sourced collection of 5,000 test and 2,500 dev pairs."]))
    assert v.label is label, v.explanation


LANGS = _cells(
    "Table 6",
    {
        "Tern": {"F1 / en": "74.9", "F1 / hi": "48.8"},
        "Translate-train Tern": {"F1 / en": "74.9", "F1 / hi": "50.7"},
    },
    "Table 6: Zero-shot F1 by language.",
)


def test_a_column_named_only_by_the_level_all_share_is_not_subtracted() -> None:
    version = _version(FILLER, LANGS)
    # Hindi is named, English only through "F1": no Hindi − English difference is computed
    v = judge("On Hindi, translating the training data helps Tern by 1.9 F1.", version)
    assert v.label is not C and "F1 / hi − F1 / en" not in (v.computed or ""), v.explanation
    # must still fire when both columns are named
    v = judge("Tern loses 26.1 F1 going from English to Hindi.", version)
    assert v.label is S and v.computed is not None and "F1 / hi − F1 / en" in v.computed, v.explanation


@pytest.mark.parametrize(
    "claim, label",
    [
        ("Yet few NLP tasks involve reasoning about relationships between spans of text.", C),
        ("Yet many NLP tasks involve reasoning about relationships between spans of text.", S),
        ("Quokka needs source-language pretraining to improve on a back-translation system.", C),
        ("Quokka needs only target-language pretraining to improve on a back-translation system.", S),
    ],
)
def test_quantity_and_source_target_opposites(claim: str, label: VerdictLabel) -> None:
    version = _version([
        *FILLER,
        "However, many NLP tasks involve reasoning about relationships between two or more spans of text.",
        "Quokka improves on a back-translation system with only target-language pretraining.",
    ])
    v = judge(claim, version)
    assert v.label is label, v.explanation


@pytest.mark.parametrize(
    "claim, label, computed",
    [
        # columns named measure-first ("F1 / hi") are of one measure too
        ("Translate-train Tern scores best on English.", S, "maximum of row Translate-train Tern"),
        ("Translate-train Tern scores best on Hindi.", C, "maximum of row Translate-train Tern"),
        # "of the <rows>" compares the rows in the named column
        ("Of the baselines, Translate-train Tern is the strongest on Hindi.", S, "maximum of column F1 / hi"),
        ("Of the baselines, Tern is the strongest on Hindi.", C, "maximum of column F1 / hi"),
    ],
)
def test_an_extreme_over_columns_of_one_measure_or_over_the_rows_the_claim_names(
        claim: str, label: VerdictLabel, computed: str) -> None:
    v = judge(claim, _version(FILLER, LANGS))
    assert v.label is label, v.explanation
    assert v.computed is not None and computed in v.computed, v.computed


@pytest.mark.parametrize(
    "claim, label, column",
    [
        ("On NewsDaily, quokka.large's largest margin over PRESUMABS is in ROUGE-1.", S, "R1"),
        ("On NewsDaily, quokka.large's largest margin over PRESUMABS is in ROUGE-L.", C, "R1"),
        ("On NewsDaily, quokka.large's smallest gain over PRESUMABS is in ROUGE-2.", S, "R2"),
    ],
)
def test_the_column_of_the_largest_margin_between_two_rows_is_computed(claim: str, label: VerdictLabel, column: str) -> None:
    v = judge(claim, _version([*FILLER, "We report ROUGE-1, ROUGE-2 and ROUGE-L on NewsDaily."], SUMMARY))
    assert v.label is label, v.explanation
    assert v.computed is not None and "quokka.large − PRESUMABS" in v.computed and f"in column {column}" in v.computed


SPLITS = _cells(
    "Table 7",
    {"de": {"Dev": "1,932", "Test": "1,967"}, "fr": {"Dev": "1,992", "Test": "1,985"}},
    "Table 7: Number of pairs per split and language.",
)


@pytest.mark.parametrize(
    "claim, label",
    [
        ("The German test set is 35 pairs smaller than the German dev set.", C),
        ("The German test set is 35 pairs larger than the German dev set.", S),
    ],
)
def test_a_count_with_a_comparative_is_a_difference_with_a_sign(claim: str, label: VerdictLabel) -> None:
    v = judge(claim, _version(FILLER, SPLITS))
    assert v.label is label, v.explanation
    assert v.computed is not None and "Test − Dev in row de" in v.computed


def test_a_counted_noun_between_a_number_and_a_comparative_keeps_the_direction() -> None:
    assert [q.direction for q in extract_quantities("It is 35 pairs smaller than the dev set.")] == [-1]
    assert [q.direction for q in extract_quantities("It is 35 pairs larger than the dev set.")] == [1]
    # must not fire: a count with no comparative after it
    assert [q.direction for q in extract_quantities("It has 35 pairs and a dev set.")] == [0]


def test_the_papers_own_model_named_by_its_size() -> None:
    from claimcheck.evidence.names import missing_entities

    title = Passage("Wobble: Open Taggers for Dialects", 1, None, "title", 0)
    version = SourceVersion("2101.00005", 1, [title, Passage("We train Wobble taggers of 7B and 65B parameters.", 1, None,
                                                               "sentence", 1)], 1, "test")
    evidence = "When training a 65B-parameter model, our code tags about 380 tokens per second."
    # "Wobble-65B" in a paper about Wobble: "a 65B-parameter model" names it
    assert missing_entities("Our code tags about 380 tokens per second when training Wobble-65B.", evidence, version) == []
    # must not fire: another size, or another family's model of that size
    assert missing_entities("Our code tags about 380 tokens per second when training Wobble-7B.", evidence, version) \
        == ["Wobble-7B"]
    assert missing_entities("Our code tags about 380 tokens per second when training Quorb-65B.", evidence, version) \
        == ["Quorb-65B"]
