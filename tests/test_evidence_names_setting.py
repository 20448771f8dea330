"""Where a claim's name may be found outside the deciding sentence: the heading the sentence
falls under, and a short form the paper defines for the name ("RiverBench (RB)"), which a
table row uses — under the column that holds the claim's number only. Also the coordinated
lists of ``conjuncts.py`` that a verb or a "+" used to split wrongly. Made-up sentences only."""

from __future__ import annotations

from claimcheck.evidence.conjuncts import groups, missing_conjuncts
from claimcheck.evidence.judge import judge_version
from claimcheck.evidence.names import missing_entities
from claimcheck.model import Claim, Mark, Passage, SourceVersion, VerdictLabel


def _judge(claim: str, version: SourceVersion) -> VerdictLabel:
    return judge_version(Claim(1, claim, Mark.UNKNOWN, None, False), version).label


def _paper() -> SourceVersion:
    ps = [Passage("We evaluate Quokka on two reading benchmarks: RiverBench (RB) and HillQuest (HQ).", 1, None,
                  "sentence", 0, section="Setup")]
    # enough other prose that neither benchmark is the paper's own subject
    ps += [Passage(f"Filler remark number {k} about tokenisers, schedules and hardware.", 1, None, "sentence", 1 + k,
                   section="Setup") for k in range(40)]
    ps += [
        Passage("For a large share of the questions, Quokka fails because the passage is too long for its window.", 2,
                None, "sentence", 41, section="RiverBench"),
        Passage("Table 1: Accuracy of the readers.", 2, None, "caption", 42, table="Table 1"),
    ]
    rows = {"Quokka": ("61.5", "47.2"), "Marmot": ("58.0", "44.9")}
    for k, (row, (rb, hq)) in enumerate(rows.items()):
        ps.append(Passage(f"Table 1, row {row}: RB {rb}; HQ {hq}", 2, None, "table-row", 43 + 3 * k, table="Table 1", row=row))
        ps.append(Passage(rb, 2, None, "table-cell", 44 + 3 * k, table="Table 1", row=row, column="RB"))
        ps.append(Passage(hq, 2, None, "table-cell", 45 + 3 * k, table="Table 1", row=row, column="HQ"))
    return SourceVersion("2301.00002", 1, ps, 2, "test")


def test_a_defined_short_form_in_a_table_row_names_the_thing_under_its_own_column() -> None:
    v = _paper()
    row = "Table 1, row Marmot: RB 58.0; HQ 44.9"
    assert missing_entities("Marmot scores 58.0 on RiverBench.", row, v, table_row=True) == []
    assert missing_entities("Marmot scores 44.9 on HillQuest.", row, v, table_row=True) == []


def test_a_short_form_in_a_row_does_not_vouch_for_another_columns_number() -> None:
    v = _paper()
    row = "Table 1, row Marmot: RB 58.0; HQ 44.9"
    assert missing_entities("Marmot scores 44.9 on RiverBench.", row, v, table_row=True) == ["RiverBench"]


def test_parentheses_that_do_not_spell_the_name_define_nothing() -> None:
    v = SourceVersion("2301.00003", 1, [
        Passage("We compare against RiverBench (Table 2) and report accuracy.", 1, None, "sentence", 0),
        Passage("Marmot reaches 58.0 on it.", 1, None, "sentence", 1),
    ] + [Passage(f"Filler remark number {k} about tokenisers.", 2, None, "sentence", 2 + k) for k in range(40)], 2, "test")
    assert missing_entities("Marmot scores 58.0 on RiverBench.", "Marmot reaches 58.0 on T 2", v) == ["RiverBench"]


def test_the_heading_a_sentence_falls_under_names_its_benchmark() -> None:
    v = _paper()
    claim = "On many RiverBench questions Quokka fails because the passage is too long for its window."
    assert _judge(claim, v) is VerdictLabel.SUPPORTED
    # another benchmark than the heading's stays missing
    assert _judge("On many HillQuest questions Quokka fails because the passage is too long for its window.", v) \
        is not VerdictLabel.SUPPORTED


def test_a_verb_before_a_list_of_one_word_items_is_not_part_of_the_first() -> None:
    items = [it.text for g in groups("The toolkits handle parsing, tagging, chunking and lemmatisation.") for it in g]
    assert items == ["parsing", "tagging", "chunking", "lemmatisation"]
    # a list of longer items keeps its first item whole
    items = [it.text for g in groups("It covers question answering, entity linking and relation extraction.") for it in g]
    assert items[0].endswith("question answering")


def test_a_name_joined_by_plus_is_one_item() -> None:
    assert missing_conjuncts("Unlike Heron and Kite+Ranker, our model needs no labels.",
                             "Unlike Heron and Kite+Ranker, it trains without labels.") == []
    assert missing_conjuncts("Unlike Heron and Kite+Ranker, our model needs no labels.",
                             "Unlike Heron and Kite, it trains without labels.") == ["Kite+Ranker"]


def test_an_acronyms_plural_mentions_it() -> None:
    from claimcheck.evidence.names import mentions
    assert mentions("such methods reduce the memory of LLMs", "LLM")
    assert not mentions("such methods reduce the memory of LLMT models", "LLM")
    # a name that is not an all-capital acronym keeps its exact form
    assert not mentions("the Gemmas were trained longer", "Gemma-2")


def _subject_paper() -> SourceVersion:
    ps = [Passage("Quokka: tagging with few labels", 1, None, "title", 0)]
    ps += [Passage(f"Quokka tags sentence batch {k} with a shared lexicon.", 1, None, "sentence", 1 + k) for k in range(10)]
    ps += [Passage(f"Filler remark number {k} about tokenisers.", 2, None, "sentence", 20 + k) for k in range(30)]
    return SourceVersion("2301.00004", 1, ps, 2, "test")


def test_a_leading_name_the_paper_never_mentions_is_another_thing_when_the_claim_names_the_paper() -> None:
    v = _subject_paper()
    text = "We release 52K tags made with Quokka."
    assert missing_entities("The Marmot tagger was trained on 52K tags made with Quokka.", text, v) == ["Marmot"]


def test_a_leading_name_the_paper_never_mentions_is_the_papers_own_name_otherwise() -> None:
    v = _subject_paper()
    # "The Wobble authors release ..." about the Quokka paper: the report's name for it
    assert missing_entities("The Wobble authors release 52K tags.", "We release 52K tags.", v) == []


def _training_paper() -> SourceVersion:
    ps = [Passage("Quokka: Reading Long Passages with a Small Encoder", 1, None, "title", 0),
          Passage("Quokka is a reader that ranks passages with a small encoder.", 1, None, "sentence", 1)]
    ps += [Passage(f"Filler remark number {k} about tokenisers, schedules and hardware.", 1, None, "sentence", 2 + k)
           for k in range(30)]
    ps += [Passage("On RiverBench, we fine-tune every reader for 40k steps.", 2, None, "sentence", 40),
           Passage("Because its questions are much longer, we fine-tune on HillQuest for only 15k steps.", 2, None,
                   "sentence", 41)]
    return SourceVersion("2101.00077", 1, ps, 2, "test")


def test_a_number_stated_for_another_name_gives_way_to_the_named_ones() -> None:
    paper = _training_paper()
    # the claim's number is stated for RiverBench; HillQuest's own sentence counts the steps otherwise
    assert _judge("On HillQuest, Quokka is fine-tuned for 40k steps.", paper) is VerdictLabel.CONTRADICTED
    assert _judge("On HillQuest, Quokka is fine-tuned for 15k steps.", paper) is VerdictLabel.SUPPORTED
    assert _judge("On RiverBench, Quokka is fine-tuned for 40k steps.", paper) is VerdictLabel.SUPPORTED
    # a rival that counts something else is no rival
    assert _judge("On HillQuest, Quokka is fine-tuned for 40k steps.", SourceVersion(
        "2101.00077", 1, [p if p.order != 41 else Passage("On HillQuest we use 15k questions for validation.", 2, None,
                                                          "sentence", 41) for p in paper.passages], 2, "test")) \
        is not VerdictLabel.CONTRADICTED
