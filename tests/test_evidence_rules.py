"""The verdict rules one kind at a time, on made-up sentences in the shape of real papers:
numbers as written, tables as evidence, polarity, missing names, adjacent sentences,
versions — each rule both where it must fire and where it must not — and how the audit
markdown and JSON show a table-decided and a computed number."""

from __future__ import annotations

from pathlib import Path

import jsonschema
import pytest

from claimcheck.audit import AuditOptions, audit_reports
from claimcheck.evidence.quantities import extract_quantities, quantities_agree
from claimcheck.evidence.judge import judge_claims
from claimcheck.model import Claim, Mark, Passage, Reference, Source, SourceStatus, SourceVersion, VerdictLabel
from claimcheck.render.json import audit_to_dict, load_schema
from claimcheck.render.markdown import render_audit
from claimcheck.report import read_report
from tests.tablepassages import table_passages

S, C, P, N = VerdictLabel.SUPPORTED, VerdictLabel.CONTRADICTED, VerdictLabel.PARTLY_SUPPORTED, VerdictLabel.NOT_FOUND


def one(text: str):  # type: ignore[no-untyped-def]
    (q,) = extract_quantities(text)
    return q


@pytest.mark.parametrize(
    "claim, source, agree",
    [
        ("1.2K prompts", "1,234 prompts", True),
        ("1.2K prompts", "1.3K prompts", False),
        ("seven tasks", "nine tasks", False),
        ("twelve tasks", "12 tasks", True),
        ("a hundred examples", "100 examples", True),
        ("1.5 million sentences", "1,512,004 sentences", True),
        ("about 40 languages", "41 languages", True),
        ("over 100 annotators", "120 annotators", True),
        ("over 100 annotators", "90 annotators", False),
        ("under 5 points", "3.2 points", True),
        # a claim's "up to" names the most reached, not a bound below it
        ("up to 5 points", "3.2 points", False),
        ("roughly 7,100 languages", "6,900 languages", False),
        ("raises the score by 0.8", "−0.8", False),
        ("drops by 0.8", "−0.8", True),
        ("a 2× speed-up", "2x", True),
        ("45%", "0.45", True),
        ("4 points", "between 3 and 5 points", True),
        ("40 languages", "40 tasks", False),
        ("8", "8.2", False),
    ],
)
def test_numbers_as_written(claim: str, source: str, agree: bool) -> None:
    assert quantities_agree(one(claim), one(source)) is agree


def test_each_number_keeps_what_it_counts() -> None:
    qs = extract_quantities("XTREME covers 40 languages and 12 tasks, averaged over five seeds.")
    assert [(q.value, q.noun) for q in qs] == [(40.0, "language"), (12.0, "task"), (5.0, "seed")]
    assert [q.approx for q in qs] == [None, None, None]  # "averaged over" is no lower bound
    # Vague amounts: "several thousand" says nothing checkable; "dozens of" is at least 24.
    assert [(q.value, q.approx, q.noun) for q in extract_quantities("dozens of tasks and several thousand rows")] == [
        (24.0, "at least", "task")]


def _version(sentences: list[str], version: int = 1, extra: list[Passage] | None = None) -> SourceVersion:
    passages = [Passage(s, 1, None, "sentence", i) for i, s in enumerate(sentences)] + list(extra or [])
    return SourceVersion("2101.00001", version, passages, 1, "test")


FILLER = [
    "We release our code and data.",
    "Section 5 discusses limitations.",
    "All results are averaged over three random seeds.",
    "Related work is reviewed in Section 2.",
    "We thank the anonymous reviewers.",
    "The appendix lists every hyper-parameter.",
]


def verdict(claim: str, *versions: SourceVersion, cited: int = 1):  # type: ignore[no-untyped-def]
    source = Source(Reference("x", "2101.00001", cited), SourceStatus.OK, None, list(versions))
    return judge_claims([Claim(1, claim, Mark.UNKNOWN, None, False)], [source])[0]


@pytest.mark.parametrize(
    "claim, sentence, label",
    [
        # antonyms and negation scope, both ways
        ("Dropout increases the variance of the estimates.", "Dropout reduced the variance of the estimates.", C),
        ("Dropout reduces the variance of the estimates.", "Dropout reduced the variance of the estimates.", S),
        ("The parser performs poorly on long sentences.", "The parser performs particularly well on long sentences.", C),
        ("The parser performs well on long sentences.", "The parser performs particularly well on long sentences.", S),
        ("Adapters outperform full fine-tuning on XNLI.", "Neither prompting nor adapters consistently outperform full fine-tuning on XNLI.", C),
        ("The questions were written by crowd workers rather than experts.", "The questions are expert-written by trained linguists.", C),
        ("The questions were written by experts.", "The questions are expert-written by trained linguists.", S),
        ("Intermediate training does not hurt XNLI accuracy.", "Intermediate training helps XNLI accuracy.", S),
        ("The gains persist for every model size.", "The gains do not persist for every model size.", C),
        # the parts of a compound are opposed too; the same compound agrees
        ("Tasks that need only low-level skills work best.", "Tasks that need high-level skills such as inference work best.", C),
        ("Tasks that need high-level skills work best.", "Tasks that need high-level skills such as inference work best.", S),
        ("Transferred models show only a small gap on syntactic tasks.", "Transferred models show a sizable gap on syntactic tasks.", C),
        ("Transferred models show a sizable gap, especially on syntactic tasks.", "Transferred models show a sizable gap on syntactic tasks.", S),
        # amounts are sizes: "a handful" / "a large number", "ample" / "limited"
        ("The authors run only a handful of ablation experiments.", "We run a large number of ablation experiments.", C),
        ("The authors run a large number of ablation experiments.", "We run a large number of ablation experiments.", S),
        ("The benchmark leaves ample headroom for new models.", "The benchmark leaves limited headroom for new models.", C),
        ("The benchmark leaves limited headroom for new models.", "The benchmark leaves limited headroom for new models.", S),
        # a compound led by a polar word points its way
        ("The authors present a small-scale analysis of annotation artifacts.", "We present a large-scale study of annotation artifacts.", C),
        # quantifiers
        ("Curriculum sampling always improves retrieval recall.", "Curriculum sampling often improves retrieval recall.", C),
        ("Curriculum sampling often improves retrieval recall.", "Curriculum sampling consistently improves retrieval recall.", S),
        # light paraphrase
        ("The authors present a large-scale analysis of annotation artifacts.", "We present a large-scale study of annotation artifacts.", S),
        ("The encoder is trained without bias terms.", "We train the encoder with no bias terms.", S),
        # a named entity the passage does not have
        ("Gains are largest for Swahili and Urdu.", "Gains are largest for Swahili and Thai.", P),
        ("Gains are largest for Swahili and Thai.", "Gains are largest for Swahili and Thai.", S),
        # a coordinated set compared as a set, within the deciding sentence
        ("CoLA, QNLI and BoolQ are the hardest targets.", "CoLA, QNLI and RTE are the hardest targets.", P),
        ("RTE, CoLA and QNLI are the hardest targets.", "CoLA, QNLI and RTE are the hardest targets.", S),
        ("Questions were posed on Wikipedia and news articles.", "Questions were posed on a set of Wikipedia articles.", P),
        # numbers written another way
        ("The benchmark has 1.2K prompts.", "The benchmark has 1.3K prompts.", C),
        ("The benchmark has 1.3K prompts.", "The benchmark has 1,312 prompts.", S),
        ("The benchmark spans seven tasks.", "The benchmark spans nine tasks.", C),
        ("XTREME covers 40 languages and 12 tasks.", "XTREME covers 40 languages and 9 tasks.", C),
        ("XTREME covers 40 languages and 9 tasks.", "XTREME covers 40 languages and 9 tasks.", S),
    ],
)
def test_polarity_partial_and_numbers_in_prose(claim: str, sentence: str, label: VerdictLabel) -> None:
    v = verdict(claim, _version([*FILLER[:3], sentence, *FILLER[3:]]))
    assert v.label is label, v.explanation


def test_evidence_may_join_two_adjacent_sentences() -> None:
    v = verdict("The corpus contains 12,000 dialogues, which were annotated by three linguists.",
                _version([*FILLER[:3], "The corpus contains 12,000 dialogues.", "They were annotated by three linguists.", *FILLER[3:]]))
    assert v.label is S, v.explanation


def test_the_missing_part_is_named() -> None:
    v = verdict("Gains are largest for Swahili and Urdu.", _version([*FILLER, "Gains are largest for Swahili and Thai."]))
    assert v.label is P and "Urdu" in v.explanation
    v = verdict("CoLA, QNLI and BoolQ are the hardest targets.",
                _version([*FILLER, "CoLA, QNLI and RTE are the hardest targets.", "BoolQ is discussed in Section 4."]))
    assert v.label is P and "BoolQ" not in v.explanation.split("mention", 1)[0] and "BoolQ" in v.explanation


_cells = table_passages


TABLE = _cells(
    "Table 2",
    {
        "Baseline": {"XNLI / acc.": "74.1", "PAWS-X / acc.": "80.2", "|Train|": "—"},
        "MNLI": {"XNLI / acc.": "79.4", "PAWS-X / acc.": "86.0", "|Train|": "392,702"},
        "SQuAD": {"XNLI / acc.": "73.3", "PAWS-X / acc.": "85.2", "|Train|": "130,319"},
    },
    "Table 2: Zero-shot accuracy after intermediate training, and training-set sizes.",
)


@pytest.mark.parametrize(
    "claim, label, computed",
    [
        ("MNLI has 392,702 training examples.", S, None),
        ("MNLI has 392,207 training examples.", C, None),
        ("After MNLI training, XNLI accuracy is 79.4.", S, None),
        ("After MNLI training, XNLI accuracy is 78.4.", C, None),
        ("MNLI raises XNLI accuracy by 5.3 points over the baseline.", S, "MNLI − Baseline"),
        ("SQuAD raises XNLI accuracy by 0.8 points over the baseline.", C, "SQuAD − Baseline"),
        ("SQuAD lowers XNLI accuracy by 0.8 points relative to the baseline.", S, "SQuAD − Baseline"),
        ("MNLI reaches an average accuracy of 82.7 across XNLI and PAWS-X.", S, "mean of row MNLI"),
        ("MNLI gives the best PAWS-X accuracy.", S, "maximum of column PAWS-X / acc."),
        ("SQuAD gives the best PAWS-X accuracy.", C, "maximum of column PAWS-X / acc."),
        ("SQuAD is weakest on XNLI accuracy.", S, "minimum of row SQuAD"),
        ("MNLI is weakest on PAWS-X accuracy.", C, "minimum of row MNLI"),
    ],
)
def test_tables_decide_by_row_and_column_and_compute_what_they_imply(claim: str, label: VerdictLabel, computed: str | None) -> None:
    v = verdict(claim, _version(FILLER, extra=TABLE))
    assert v.label is label, v.explanation
    assert v.evidence is not None and v.evidence.passage.table == "Table 2"
    if computed is None:
        assert v.computed is None and v.evidence.passage.kind == "table-cell"
    else:
        assert v.computed is not None and computed in v.computed and "computed from Table 2" in v.computed


def test_each_version_is_judged_on_its_own_text() -> None:
    v1 = _version([*FILLER, "Our method improves BLEU by 2.1 points on WMT14 English-German."], 1)
    v2 = _version([*FILLER, "We describe a new tokenizer for morphologically rich languages."], 2)
    v = verdict("The method improves BLEU by 2.1 points on WMT14 English-German.", v1, v2, cited=2)
    assert v.label is N
    assert v.per_version == {"2101.00001v1": S, "2101.00001v2": N}
    assert v.drift and "v1 supports it" in v.drift


REPORT = """# A synthesis

## Abstract

A short report about intermediate training.

## Extracted Claims

Claim\tVerified\tConfidence
MNLI has 392,207 training examples.\t✓\t0.5
MNLI raises XNLI accuracy by 5.3 points over the baseline.\t✓\t0.5

## References
- <http://arxiv.org/abs/2101.00001v1>
"""


def test_the_audit_shows_the_deciding_cell_and_how_a_number_was_computed(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_text(REPORT, encoding="utf-8")
    report = read_report(path)
    source = Source(report.references[0], SourceStatus.OK, None, [_version(FILLER, extra=TABLE)])
    run = audit_reports([report], AuditOptions(fetch=False), sources=[source])
    audit = run.audits[0]
    md = render_audit(audit)
    assert "Table 2, row MNLI, column \\|Train\\|: 392,702" in md or "Table 2, row MNLI, column |Train|: 392,702" in md
    assert "computed from Table 2: MNLI − Baseline in column XNLI / acc. = 79.4 − 74.1 = 5.3" in md
    data = audit_to_dict(audit)
    jsonschema.validate(data, load_schema())
    assert [v["computed"] for v in data["verdicts"]][1].startswith("computed from Table 2")


def test_a_passage_with_another_number_for_the_same_thing_beats_one_without_it() -> None:
    # The window that introduces the benchmark has "40 languages" and no family count;
    # the sentence with "12 language families" decides.
    sentences = [*FILLER[:3], "We introduce PolyBench, a benchmark in 40 languages for multilingual encoders.",
                 "It covers 40 languages (spanning 12 language families) and nine tasks.", *FILLER[3:]]
    v = verdict("PolyBench covers 40 languages spanning 14 language families.", _version(sentences))
    assert v.label is C and "14" in v.explanation and "12" in v.explanation, v.explanation


def test_a_different_number_of_another_measure_is_no_contradiction() -> None:
    # Same method, same sentence shape, but the claim's number measures training cost and
    # the passage's measures accuracy: the verb of change ends the subject.
    sentences = [*FILLER[:3], "Tiered sampling improves accuracy by 8.0 points on average over uniform sampling.", *FILLER[3:]]
    v = verdict("Tiered sampling reduces training cost by 43% on average over uniform sampling.", _version(sentences))
    assert v.label is not C, v.explanation
    v = verdict("Tiered sampling improves accuracy by 6.0 points on average.", _version(sentences))
    assert v.label is C, v.explanation


def test_a_row_number_belongs_to_its_column() -> None:
    from claimcheck.evidence.numbercheck import check_numbers

    row = "Table 2, row SQuAD: XNLI / acc. 73.3; PAWS-X / acc. 85.2; |Train| 130,319"

    def agrees(claim: str) -> bool:
        (c,) = check_numbers(Claim(1, claim, Mark.UNKNOWN, None, False), claim, row, is_row=True)
        return c.agrees

    assert not agrees("After SQuAD training, XNLI accuracy is 85.2.")  # PAWS-X's number
    assert agrees("After SQuAD training, PAWS-X accuracy is 85.2.")
    assert agrees("The SQuAD model reaches 85.2.")  # no column named: any cell may be meant


def test_partly_names_the_words_the_passage_lacks() -> None:
    v = verdict("The tokenizer splits rare compounds into frequent pieces, which suits agglutinative morphology.",
                _version([*FILLER, "The tokenizer splits rare compounds into frequent pieces."]))
    assert v.label is P, v.explanation
    missing = v.explanation.split("not stated:")[1]
    assert "agglutinative" in missing and "morphology" in missing and "compounds" not in missing


def test_inflections_meet() -> None:
    from claimcheck.evidence.retrieve import stem

    assert stem("languages") == stem("language")
    assert stem("introduces") == stem("introducing") == stem("introduce")
    assert stem("classes") == stem("class") and stem("corpus") != stem("corpu")
    assert stem("manually") == stem("manual") and stem("automatically") == stem("automatic")
    assert stem("languages") != stem("lang")


@pytest.mark.parametrize(
    "text, approx",
    [
        ("trained on over 100 languages", "at least"),
        ("a corpus of over 2 billion tokens", "at least"),
        ("averaged over 5 seeds", None),
        ("boosts accuracy over 80.2", None),
        ("a clear advantage over 74.1", None),
        ("the reduction over 12.5", None),
    ],
)
def test_over_bounds_a_number_unless_a_word_of_change_compares_with_it(text: str, approx: str | None) -> None:
    assert one(text).approx == approx


@pytest.mark.parametrize(
    "claim, source, agree",
    [
        ("nine intermediate tasks", "9 target tasks", False),  # the same head, other modifiers
        ("nine intermediate tasks", "9 intermediate classification tasks", True),
        ("48 Transformer layers", "48 Transform layers", True),  # a PDF's misspelling
        ("49,410 training examples", "49,410 examples", True),
        ("nine tasks zero-shot", "nine tasks", True),  # a plural ends what is counted
    ],
)
def test_what_a_number_counts_decides_whether_it_is_the_same_number(claim: str, source: str, agree: bool) -> None:
    assert quantities_agree(one(claim), one(source)) is agree


def test_paraphrased_verbs_meet_in_every_inflection() -> None:
    from claimcheck.evidence.retrieve import stem

    assert stem("achieve") == stem("achieves") == stem("obtained") == stem("obtains")
    assert stem("concerns") == stem("involves") == stem("involve")
    assert stem("appears") != stem("obtains")  # appearing is not obtaining


def test_a_generic_clause_stated_elsewhere_finds_nothing() -> None:
    unrelated = _version([*FILLER, "We present a new parser for legal contracts.",
                          "Our results highlight the need for further work on evaluation benchmarks.",
                          "The parser is trained on ten thousand annotated clauses."])
    claim = ("Probing accuracy does not track target-task gains across intermediate tasks, "
             "highlighting the need for further work on evaluation benchmarks.")
    assert verdict(claim, unrelated).label is N
    # the same stated clause in a passage about the claim's subject: partly, naming the rest
    related = _version([*FILLER, "Probing accuracy of BERT highlights the need for further work on evaluation benchmarks."])
    v = verdict("BERT probing accuracy does not track target-task gains, highlighting the need for further work on evaluation benchmarks.",
                related)
    assert v.label is not N, v.explanation


def test_a_column_mean_contradicts_only_a_claim_about_that_table() -> None:
    # names the column by its header and the table by its caption ("zero-shot"): decided
    v = verdict("Across the zero-shot runs, XNLI averages 80.0.", _version(FILLER, extra=TABLE))
    assert v.label is C and v.computed and "mean of column XNLI" in v.computed, v.explanation
    # a generic header word ("results") and nothing of the caption: not this table's number
    seeds = _cells("Table 3", {"RTE large": {"Results": "86.6"}, "MRPC large": {"Results": "91.8"}, "QQP large": {"Results": "92.3"}},
                   "Table 3: Fine-tuning runs over several random seeds.")
    v = verdict("Our best model achieves the best results, with an average improvement of 8.4 points on development sets.",
                _version(FILLER, extra=seeds))
    assert v.label is not C, v.explanation


def test_a_word_stated_outside_the_negation_is_not_negated() -> None:
    source = ("Intermediate training yields large gains on the BUCC and Tatoeba tasks that use representations "
              "directly without training, and moderate gains on question answering.")
    reordered = ("Intermediate training yields large gains on the Tatoeba and BUCC tasks that use representations "
                 "directly without training, and moderate gains on question answering.")
    assert verdict(reordered, _version([*FILLER, source])).label is S
    # the negation still counts where the other side states the word only inside it
    v = verdict("Intermediate training is used for the BUCC and Tatoeba tasks.",
                _version([*FILLER, "The BUCC and Tatoeba tasks are evaluated without intermediate training."]))
    assert v.label is C, v.explanation


def test_a_relative_clause_or_a_means_is_a_part_a_passage_may_lack() -> None:
    sentences = [*FILLER, "TinyLex is a compact lexical encoder for spelling correction."]
    v = verdict("TinyLex is a compact lexical encoder for spelling correction that shrinks memory use by quantizing "
                "its embedding tables into lookup codebooks.", _version(sentences))
    assert v.label is P, v.explanation
    # a negation runs on into its "that" clause
    v = verdict("From these results, we cannot conclude that TinyLex learns shared spelling representations.",
                _version([*FILLER, "From these results, we can conclude that TinyLex learns shared spelling representations."]))
    assert v.label is C, v.explanation
