"""Numbers as written and bound to what they measure (issue 13): fractions and multiples in
words, factors against percentages, changes "from A to B", "respectively" lists — each
rule on made-up sentences, where it must fire and where it must not."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck.audit import AuditOptions, audit_reports
from claimcheck.evidence.judge import judge_claims
from claimcheck.evidence.numbercheck import bound_names, check_numbers
from claimcheck.evidence.quantities import extract_quantities, factor_of, factors_agree, quantities_agree
from claimcheck.model import Claim, Mark, Passage, Reference, Source, SourceStatus, SourceVersion, VerdictLabel
from claimcheck.render.markdown import render_audit
from claimcheck.report import read_report
from tests.tablepassages import table_passages

S, C, P, N = VerdictLabel.SUPPORTED, VerdictLabel.CONTRADICTED, VerdictLabel.PARTLY_SUPPORTED, VerdictLabel.NOT_FOUND

FILLER = [
    "We release our code and data.",
    "Section 5 discusses limitations.",
    "All results are averaged over three random seeds.",
    "Related work is reviewed in Section 2.",
    "We thank the anonymous reviewers.",
    "The appendix lists every hyper-parameter.",
]


def _version(sentences: list[str], extra: list[Passage] | None = None) -> SourceVersion:
    passages = [Passage(s, 1, None, "sentence", i) for i, s in enumerate(sentences)] + list(extra or [])
    return SourceVersion("2101.00001", 1, passages, 1, "test")


def verdict(claim: str, version: SourceVersion):  # type: ignore[no-untyped-def]
    source = Source(Reference("x", "2101.00001", 1), SourceStatus.OK, None, [version])
    return judge_claims([Claim(1, claim, Mark.UNKNOWN, None, False)], [source])[0]


def _values(text: str) -> list[tuple[float, str]]:
    return [(round(q.value, 4), q.text) for q in extract_quantities(text)]


@pytest.mark.parametrize(
    "text, values",
    [
        ("It wins on half a dozen benchmarks.", [(6.0, "half a dozen")]),
        ("They collected half a million sentences.", [(500000.0, "half a million")]),
        ("It shrinks the encoder by two fifths.", [(0.4, "two fifths")]),
        ("Only a tenth of the pairs were relabelled.", [(0.1, "a tenth")]),
        # an ordinal is no fraction
        ("The fifth layer is frozen.", []),
        # a change from one level to another is two levels, not a range
        ("Pruning lowers the score from 71.5 to 69.0.", [(71.5, "71.5"), (69.0, "69.0")]),
        ("Sentence lengths range from 12 to 40 words.", [(12.0, "12 to 40")]),
    ],
)
def test_fractions_multiples_and_levels_as_written(text: str, values: list[tuple[float, str]]) -> None:
    assert _values(text) == values


def test_a_level_after_from_or_to_is_no_change() -> None:
    qs = extract_quantities("Pruning lowers the score from 71.5 to 69.0, a drop of 2.5 points.")
    assert [q.direction for q in qs] == [0, 0, -1]
    (q,) = extract_quantities("It improves the score by up to 3 points.")
    assert q.direction == 1 and q.approx == "up to"


@pytest.mark.parametrize(
    "claim, source, agree",
    [
        ("about a quarter", "26.0%", True),
        ("about a quarter", "31.0%", False),
        # a fraction in words is what a paper rounds it to, no looser
        ("a third", "33%", True),
        ("a third", "33.3%", True),
        ("a third", "35%", False),
        ("two fifths", "40%", True),
    ],
)
def test_a_fraction_against_a_percentage(claim: str, source: str, agree: bool) -> None:
    (a,) = extract_quantities(claim)
    (b,) = extract_quantities(source)
    assert quantities_agree(a, b) is agree


@pytest.mark.parametrize(
    "claim, source, agree",
    [
        ("The student is about 1.6 times as fast as the teacher.", "The student runs 60% faster.", True),
        ("The student is twice as fast as the teacher.", "The student runs 60% faster.", False),
        ("The student has 40% fewer weights.", "The student has 0.6 times as many weights.", True),
        ("The student is 3x faster.", "The student is 200% faster.", True),
        # a part of an amount is a factor of it: "60% of the time" = "40% less time"
        ("Training takes 60% of the time.", "Training takes 40% less time.", True),
        ("Training takes 70% of the time.", "Training takes 40% less time.", False),
        # another quality compared: nothing to say
        ("The student is 3x faster.", "The student is 60% larger.", None),
        # a percentage that compares nothing is no factor
        ("The student is twice as fast.", "Accuracy is 60% on the test set.", None),
    ],
)
def test_factors_against_percentages(claim: str, source: str, agree: bool | None) -> None:
    a, b = extract_quantities(claim)[0], extract_quantities(source)[0]
    assert factors_agree(claim, a, source, b) is agree


def test_factor_of_reads_the_quality_compared() -> None:
    text = "It has 40% fewer parameters and is 1.5× deeper."
    assert [factor_of(text, q) for q in extract_quantities(text)] == [(0.6, "many"), (1.5, "deep")]
    # a fraction before "as many" or "the size of" compares too; one before "of the data" does not
    text = "It has half as many layers, is less than half the size of B and uses a third of the data."
    assert [factor_of(text, q) for q in extract_quantities(text)] == [(0.5, "many"), (0.5, "large"), None]
    text = "It reaches 40% accuracy over the baseline."
    assert factor_of(text, extract_quantities(text)[0]) is None


def test_a_factor_against_a_percentage_decides_the_claim() -> None:
    sentences = [*FILLER[:3], "Our student model keeps 95% of the teacher's accuracy and runs 60% faster at inference.", *FILLER[3:]]
    v = verdict("The student model runs twice as fast at inference as the teacher.", _version(sentences))
    assert v.label is C and "1.6" in v.explanation, v.explanation
    v = verdict("The student model runs about 1.6 times as fast at inference as the teacher.", _version(sentences))
    assert v.label is S, v.explanation


def test_respectively_binds_each_number_to_its_name() -> None:
    text = "In our runs, Tagger and Parser reach 90.1 and 85.3, respectively."
    qs = extract_quantities(text)
    assert bound_names(text, qs) == [frozenset({"tagger"}), frozenset({"parser"})]
    text = "On XNLI, QNLI and RTE, the model improves by 1.2, 0.4 and 3.1 points, respectively."
    qs = extract_quantities(text)
    assert bound_names(text, qs) == [frozenset({"xnli"}), frozenset({"qnli"}), frozenset({"rte"})]
    # without "respectively", each name goes with the number its phrase reaches
    text = "In our runs, Tagger reaches 90.1 and Parser 85.3."
    qs = extract_quantities(text)
    assert bound_names(text, qs) == [frozenset({"tagger"}), frozenset({"parser"})]


def test_a_respectively_list_contradicts_a_swapped_pair() -> None:
    source = "On the test set, Tagger and Parser reach 90.1 and 85.3, respectively."
    claim = Claim(1, "On the test set, Parser reaches 90.1.", Mark.UNKNOWN, None, False)
    (check,) = check_numbers(claim, claim.text, source)
    assert not check.agrees and check.source_text == "85.3"
    claim = Claim(1, "On the test set, Tagger reaches 90.1.", Mark.UNKNOWN, None, False)
    (check,) = check_numbers(claim, claim.text, source)
    assert check.agrees


def _cells(table: str, rows: dict[str, dict[str, str]], caption: str) -> list[Passage]:
    return table_passages(table, rows, caption, labelled_rows=True)


GAINS = _cells(
    "Table 3",
    {
        "POS": {"Our baseline": "95.1", "Tagger + baseline": "96.3", "Increase (absolute/relative)": "1.2 / 24.5%"},
        "Chunking": {"Our baseline": "90.0", "Tagger + baseline": "90.4", "Increase (absolute/relative)": "0.4 / 4.0%"},
        "Sentiment (3-class)": {"Our baseline": "60.2", "Tagger + baseline": "62.0", "Increase (absolute/relative)": "1.8 / 4.5%"},
    },
    "Table 3: Test results of the baseline with and without the tagger features.",
)


@pytest.mark.parametrize(
    "claim, label, column",
    [
        # a cell holding "absolute / relative" is two cells; a relative figure is read from
        # the relative one, an absolute from the absolute one
        ("On Chunking, the tagger features give a relative improvement of 4.0%.", S, "Increase / relative"),
        ("On Chunking, the tagger features give a relative improvement of 12%.", C, "Increase / relative"),
        ("On POS, the tagger features add 1.2 points absolute.", S, "Increase / absolute"),
        # a change's sign is its direction
        ("On Chunking, the tagger features lower the score by 0.4 points.", C, "Increase / absolute"),
        # digits inside a header's word name it: "3-class" is no number of the claim
        ("On 3-class sentiment, the tagger features add 1.8 points.", S, "Increase / absolute"),
        ("On 3-class sentiment, the tagger features add 2.8 points.", C, "Increase / absolute"),
    ],
)
def test_a_column_of_changes_decides_a_claimed_change(claim: str, label: VerdictLabel, column: str) -> None:
    v = verdict(claim, _version(FILLER, extra=GAINS))
    assert v.label is label, v.explanation
    assert v.evidence is not None and v.evidence.passage.column == column, v.explanation


def test_a_level_is_never_read_from_a_column_of_changes() -> None:
    # "from 95.1 to 96.3" names the two levels; neither is the increase of 1.2
    v = verdict("Tagger features raise the POS baseline from 95.1 to 96.3.", _version(FILLER, extra=GAINS))
    assert v.label is S, v.explanation
    v = verdict("Tagger features raise the POS baseline from 95.1 to 97.3.", _version(FILLER, extra=GAINS))
    assert v.label is C and "97.3" in v.explanation, v.explanation


SIZES = _cells(
    "Table 4",
    {
        "Tiny": {"Parameters": "50 million"},
        "Small": {"Parameters": "200 million"},
        "Big": {"Parameters": "700 million"},
    },
    "Table 4: The sizes of the released checkpoints.",
)
SCORES = _cells(
    "Table 5",
    {
        "Tiny": {"NLI": "70.1", "QA": "55.0", "NER": "61.3"},
        "Small": {"NLI": "75.2", "QA": "64.8", "NER": "60.2"},
    },
    "Table 5: Scores of each checkpoint per task.",
)


@pytest.mark.parametrize(
    "claim, label, computed",
    [
        # "together" over a column whose rows the claim does not name: every row, when the
        # claim counts as many as there are
        ("Together the three checkpoints hold 950 million parameters.", S, "sum of column Parameters"),
        ("Together the three checkpoints hold 1.2 billion parameters.", C, "sum of column Parameters"),
        # a factor between two named rows: their ratio in the named column
        ("Big has more than three times as many parameters as Small.", S, "Big / Small in column Parameters"),
        ("Big has more than four times as many parameters as Small.", C, "Big / Small in column Parameters"),
        ("Small has four times as many parameters as Tiny.", S, "Small / Tiny in column Parameters"),
        ("Small is less than half the size of Big in parameters.", S, "Small / Big in column Parameters"),
        ("Small is more than half the size of Big in parameters.", C, "Small / Big in column Parameters"),
        ("Big has 250% more parameters than Small.", S, "Big / Small in column Parameters"),
        # a superlative of a row's own columns ("X's weakest task"), or of a column named
        # right after it ("the largest QA score is Small's")
        ("Tiny's weakest task is QA.", S, "minimum of row Tiny"),
        ("Tiny's weakest task is NER.", C, "minimum of row Tiny"),
        ("The highest NER score in Table 5 belongs to Tiny.", S, "maximum of column NER"),
        ("The highest NER score in Table 5 belongs to Small.", C, "maximum of column NER"),
    ],
)
def test_tables_compute_sums_ratios_and_extremes(claim: str, label: VerdictLabel, computed: str) -> None:
    v = verdict(claim, _version(FILLER, extra=SIZES + SCORES))
    assert v.label is label, v.explanation
    assert v.computed is not None and computed in v.computed, v.computed


def test_a_sum_needs_the_rows_the_claim_counts() -> None:
    # four checkpoints counted, three rows in the table: no sum is the claim's
    v = verdict("Together the four checkpoints hold 1.2 billion parameters.", _version(FILLER, extra=SIZES))
    assert v.computed is None or "sum" not in v.computed, v.computed


REPORT = """# A synthesis

## Abstract

A short report about checkpoint sizes.

## Extracted Claims

Claim\tVerified\tConfidence
Big has more than three times as many parameters as Small.\t✓\t0.5
On Chunking, the tagger features give a relative improvement of 12%.\t✓\t0.5

## References
- <http://arxiv.org/abs/2101.00001v1>
"""


def test_the_audit_shows_a_computed_ratio_and_the_deciding_cell(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_text(REPORT, encoding="utf-8")
    report = read_report(path)
    source = Source(report.references[0], SourceStatus.OK, None, [_version(FILLER, extra=SIZES + GAINS)])
    md = render_audit(audit_reports([report], AuditOptions(fetch=False), sources=[source]).audits[0])
    # how the number was computed, from which table, rows, column and cells
    assert "computed from Table 4: Big / Small in column Parameters = 700 million / 200 million = 3.50×" in md
    # the table, row, column and value of a cell that decides
    assert "Table 3, row Chunking, column Increase / relative: 4.0%" in md


@pytest.mark.parametrize(
    "claim, label, said",
    [
        # each number is read from the row its own phrase names
        ("On NLI, Tiny reaches 70.1 and Small reaches 76.2.", C, "75.2"),
        ("On NLI, Tiny reaches 70.1 and Small reaches 75.2.", S, None),
        # a number with a column of its own is not another column's value: the 3 hours are
        # not stated (partly), never contradicted by the NLI score
        ("Tiny reaches 70.1 on NLI after 3 hours of training.", P, None),
    ],
)
def test_each_claim_number_is_read_from_its_own_row_and_column(claim: str, label: VerdictLabel, said: str | None) -> None:
    v = verdict(claim, _version(FILLER, extra=SCORES))
    assert v.label is label, v.explanation
    if said:
        assert said in v.explanation, v.explanation


RUNS = _cells(
    "Table 6",
    {
        "Base (half trained)": {"NLI": "70.0", "QA": "60.0"},
        "Small (v1)": {"NLI": "65.0", "QA": "50.0"},
        "Small (v2)": {"NLI": "66.0", "QA": "52.0"},
    },
    "Table 6: Scores of the checkpoints.",
)


def test_a_qualifying_parenthesis_may_be_left_out_when_it_tells_no_two_rows_apart() -> None:
    v = verdict("Base beats Small (v2) on QA by 8.0 points.", _version(FILLER, extra=RUNS))
    assert v.label is S and v.computed and "Base (half trained) − Small (v2)" in v.computed, v.explanation
    # "Small" alone is two rows: no cell is singled out, so nothing contradicts
    v = verdict("Small reaches 58.0 on QA.", _version(FILLER, extra=RUNS))
    assert v.label is not C, v.explanation
    # a claim that qualifies the name itself means that row only
    v = verdict("Small (v1) reaches 52.0 on QA.", _version(FILLER, extra=RUNS))
    assert v.label is C and "50.0" in v.explanation, v.explanation


def test_a_count_of_the_cells_averaged_is_read_off_the_mean() -> None:
    # two of the table's three columns: the count is the mean's, not the table's shape
    v = verdict("Averaged over its two non-NER tasks, Tiny scores 62.6.", _version(FILLER, extra=SCORES))
    assert v.label is S and v.computed and "mean of row Tiny over NLI, QA" in v.computed, v.explanation
    v = verdict("Averaged over its two non-NER tasks, Tiny scores 64.6.", _version(FILLER, extra=SCORES))
    assert v.label is C, v.explanation


@pytest.mark.parametrize(
    "claim, passage, agrees",
    [
        # the passage binds the same value to other names only, and never names the claim's
        ("Tagger scores 88.5 on Chunking.", "For comparison, the Parser version reaches a 88.5 F1 score.", False),
        ("Tagger scores 88.5 on Chunking.", "On Chunking, the Parser version reaches 88.5.", True),
        # a subject before the number binds it loosely: a paraphrase may name it elsewhere
        ("Tagger is trained on 100 languages.", "We train a Transformer-based model on 100 languages.", True),
    ],
)
def test_a_number_bound_to_other_names_is_not_the_claims(claim: str, passage: str, agrees: bool) -> None:
    c = Claim(1, claim, Mark.UNKNOWN, None, False)
    (check,) = check_numbers(c, claim, passage)
    assert check.agrees is agrees


def test_a_count_of_a_named_column_is_averaged_like_a_score() -> None:
    sizes = _cells("Table 7", {"fr": {"Test": "1,990"}, "de": {"Test": "1,970"}, "Total": {"Test": "3,960"}},
                   "Table 7: Pairs per language.")
    v = verdict("On average each language has about 1,980 test pairs.", _version(FILLER, extra=sizes))
    assert v.label is S and v.computed and "mean of column Test over fr, de" in v.computed, v.explanation
    v = verdict("On average each language has about 2,400 test pairs.", _version(FILLER, extra=sizes))
    assert v.label is C, v.explanation


def test_a_header_named_whole_beats_one_named_by_one_level_of_two() -> None:
    table = _cells("Table 8", {"NLI": {"Prior work / Score": "84.4", "Our baseline": "81.1"}},
                   "Table 8: Results against prior work.")
    # "baseline" names "Our baseline" whole; "scores" names one level of "Prior work / Score"
    v = verdict("On NLI, the authors' baseline scores 84.4.", _version(FILLER, extra=table))
    assert v.label is C and v.evidence is not None and v.evidence.passage.column == "Our baseline", v.explanation
    v = verdict("On NLI, the authors' baseline scores 81.1.", _version(FILLER, extra=table))
    assert v.label is S, v.explanation


SPLITS = _cells("Table 9", {"fr": {"Train": "9,400", "Dev": "990"}, "de": {"Train": "9,400", "Dev": "985"},
                            "Total": {"Train": "18,800", "Dev": "1,975"}}, "Table 9: Pairs per language.")


@pytest.mark.parametrize(
    "claim, label",
    [
        ("Each language has 9,400 training pairs.", S),
        ("Each language has 9,410 training pairs.", C),
        # one row holds it and another does not: "each" is too much
        ("Each language has 990 dev pairs.", C),
    ],
)
def test_each_row_of_a_named_column(claim: str, label: VerdictLabel) -> None:
    v = verdict(claim, _version(FILLER, extra=SPLITS))
    assert v.label is label, v.explanation
    if label is not P:
        assert v.computed is not None and "column" in v.computed and "Table 9" in v.computed


def test_a_count_with_a_shared_modifier_is_the_same_quantity() -> None:
    sentences = [*FILLER[:3], "We release Parrot, a set of 23,659 human translated evaluation pairs in six languages.", *FILLER[3:]]
    # reworded around the number, but the counted noun shares its head and a modifier
    v = verdict("Parrot's evaluation data comprise about 26K human-translated pairs.", _version(sentences))
    assert v.label is C and "23,659" in v.explanation, v.explanation
    v = verdict("Parrot's evaluation data comprise about 24K human-translated pairs.", _version(sentences))
    assert v.label is S, v.explanation


def test_a_list_of_numbers_pairs_with_the_list_of_names_after_it() -> None:
    text = "With the same data, our model obtains 91.2% and 84.0% F1 on NewsQA and TriviaQA."
    qs = extract_quantities(text)
    assert bound_names(text, qs)[:2] == [frozenset({"newsqa"}), frozenset({"triviaqa"})]
    # "on CoNLL 2.0 and 3.0, respectively": the second version names a dataset too
    text = "In particular, our model obtains 91.2% and 84.0% F1 on CoNLL 2.0 and 3.0, respectively."
    qs = extract_quantities(text)
    assert bound_names(text, qs)[:2] == [frozenset({"conll 2.0"}), frozenset({"conll 3.0"})]
    # names that do not follow the numbers' own words are no list of theirs
    text = "The model gets 80.1 and 79.3 points, and wins on XNLI and MLQA."
    qs = extract_quantities(text)
    assert bound_names(text, qs) == [frozenset(), frozenset()]


def test_swapped_versions_in_a_respectively_list_contradict() -> None:
    source = "In particular, our model obtains 91.2% and 84.0% F1 on CoNLL 2.0 and 3.0, respectively."
    claim = Claim(1, "Our model obtains 91.2% F1 on CoNLL 3.0 and 84.0% on CoNLL 2.0.", Mark.UNKNOWN, None, False)
    checks = check_numbers(claim, claim.text, source)
    assert [(c.agrees, c.source_text) for c in checks] == [(False, "84.0"), (False, "91.2")]


def test_a_subject_is_the_state_a_change_ends_in() -> None:
    from claimcheck.evidence.quantities import attached_number

    text = "Indexing cuts the search time from 40 hours to about 3 seconds."
    qs = extract_quantities(text)
    assert attached_number(text, qs, text.index("Indexing")) == 1
    text = "Indexing needs 40 hours, then 3 seconds per query."
    qs = extract_quantities(text)
    assert attached_number(text, qs, text.index("Indexing")) == 0


TIMES = _cells(
    "Table 10",
    {
        "NLI large": {"Results": "91.3", "Running time": "2.5h"},
        "QA large": {"Results": "92.3", "Running time": "6h"},
        "POS large": {"Results": "95.3", "Running time": "0.5h"},
    },
    "Table 10: Fine-tuning results and running time.",
)


@pytest.mark.parametrize(
    "claim, label",
    [
        # no column named: the one column of durations holds the claim's duration, and a
        # name with its size left out ("QA" for "QA large") names its row when no other does
        ("Fine-tuning on QA takes 6 hours.", S),
        ("Fine-tuning on QA takes 2 hours.", C),
        ("Of the tasks in Table 10, QA takes longest to fine-tune (6 hours).", S),
        ("Of the tasks in Table 10, POS takes longest to fine-tune (0.5 hours).", C),
    ],
)
def test_a_duration_is_read_from_the_column_of_durations(claim: str, label: VerdictLabel) -> None:
    v = verdict(claim, _version(FILLER, extra=TIMES))
    assert v.label is label, v.explanation
    assert v.evidence is not None and v.evidence.passage.table == "Table 10"


@pytest.mark.parametrize(
    "claim, passage, expected",
    [
        # a relative figure against one computed from two stated values
        ("The tagger gives a relative improvement of 12% over the baseline.", "The tagger improves the baseline from 80.0 to 89.6.", (True, "relative change of 12%")),
        ("The tagger gives a relative error reduction of 12%.", "The tagger improves accuracy from 90.0 to 91.2.", (True, "relative change of 12%")),
        ("The tagger gives a relative improvement of 20% over the baseline.", "The tagger improves the baseline from 80.0 to 89.6.", (False, None)),
        # never against an absolute one
        ("The tagger gives a relative improvement of 12% over the baseline.", "The tagger improves the baseline by 12 points.", (False, None)),
        ("The tagger adds 4.7 points, about a quarter in relative terms.", "The tagger adds 4.7 points absolute (24.9% relative).", (True, "24.9")),
        # "relative to" names what is compared with: an absolute change
        ("The tagger adds 4.7 points relative to the baseline.", "The tagger adds 4.7 points over the baseline.", (True, "4.7")),
    ],
)
def test_relative_figures_are_compared_with_relative_ones(claim: str, passage: str, expected: tuple[bool, str | None]) -> None:
    c = Claim(1, claim, Mark.UNKNOWN, None, False)
    last = check_numbers(c, claim, passage)[-1]
    assert last.agrees is expected[0]
    if expected[1] is None:
        assert last.source_text is None
    else:
        assert last.source_text is not None and expected[1] in last.source_text


def test_a_compound_noun_in_either_order_counts_the_same_thing() -> None:
    (a,) = extract_quantities("about 550,000 premise-hypothesis pairs")
    (b,) = extract_quantities("approximately 550K hypothesis/premise pairs")
    assert b.noun == "hypothesis-premise pair" and quantities_agree(a, b)
    (c,) = extract_quantities("about 550,000 question-answer pairs")
    assert not quantities_agree(c, b)


@pytest.mark.parametrize(
    "claim, label",
    [
        ("Small leads every column of Table 5 except NER.", S),
        ("Small leads every column of Table 5.", C),
        ("Small is best on all tasks except NER.", S),
        ("Tiny is best on all tasks except QA.", C),
    ],
)
def test_a_row_that_leads_every_column_but_some(claim: str, label: VerdictLabel) -> None:
    v = verdict(claim, _version(FILLER, extra=SCORES))
    assert v.label is label, v.explanation
    assert v.computed is not None and "has the best value in column(s)" in v.computed, v.computed


def test_a_level_beside_a_column_of_changes_is_read_from_its_own_column() -> None:
    table = _cells("Table 11", {"Tagger": {"XNLI": "80.1", "Δ": "+2.0"}, "Baseline": {"XNLI": "78.1", "Δ": "0.0"}},
                   "Table 11: Accuracy and its change.")
    v = verdict("The tagger improves XNLI accuracy to 81.1.", _version(FILLER, extra=table))
    assert v.label is C and v.evidence is not None and v.evidence.passage.column == "XNLI", v.explanation
    v = verdict("The tagger improves XNLI accuracy by 2.0 points.", _version(FILLER, extra=table))
    assert v.label is S, v.explanation


MODELS = _cells("Table 12", {"Model-A": {"NLI": "80.0", "QA": "71.0", "Params": "110M"},
                             "Model-B": {"NLI": "78.5", "QA": "73.2", "Params": "340M"},
                             "Model-C": {"NLI": "75.1", "QA": "69.9", "Params": "66M"}}, "Table 12: Results and sizes.")


@pytest.mark.parametrize(
    "claim, label",
    [
        ("Model-C has the fewest parameters.", S),
        ("Model-B has the fewest parameters.", C),
        # a row's extreme is over its scores, never its parameter count beside them
        ("Model-A's strongest task is NLI.", S),
        ("Model-B's strongest task is NLI.", S),
        ("Model-B's strongest task is QA.", C),
        ("Model-B leads every column except NLI.", S),
    ],
)
def test_extremes_compare_cells_of_one_kind(claim: str, label: VerdictLabel) -> None:
    v = verdict(claim, _version(FILLER, extra=MODELS))
    assert v.label is label, v.explanation


@pytest.mark.parametrize(
    "claim, label, said",
    [
        ("Distillation raises accuracy by 7 points on average.", S, None),
        ("Distillation raises accuracy by 9 points on average.", C, "70.0 → 77.0 = +7"),
        ("Distillation lowers accuracy by 7 points on average.", C, "70.0 → 77.0 = +7"),
        # the one change of the passage is of accuracy; latency is another measure
        ("Distillation raises latency by 9 points on average.", N, None),
    ],
)
def test_a_claimed_change_against_a_change_from_one_level_to_another(claim: str, label: VerdictLabel, said: str | None) -> None:
    sentences = [*FILLER[:3], "Distillation improves accuracy from 70.0 to 77.0 on average.", *FILLER[3:]]
    v = verdict(claim, _version(sentences))
    assert v.label is label, v.explanation
    if said:
        assert said in v.explanation


@pytest.mark.parametrize(
    "claim, label",
    [
        # a list of numbers is read from the rows (columns) listed beside it, in order
        ("Model-A and Model-C score 80.0 and 75.1 on NLI, respectively.", S),
        ("Model-A and Model-C score 75.1 and 80.0 on NLI, respectively.", C),
        ("Model-B reaches 78.5 and 73.2 on NLI and QA.", S),
        ("Model-B reaches 73.2 and 78.5 on NLI and QA.", C),
    ],
)
def test_a_table_reads_listed_numbers_from_the_listed_headers(claim: str, label: VerdictLabel) -> None:
    v = verdict(claim, _version(FILLER, extra=MODELS))
    assert v.label is label, v.explanation


@pytest.mark.parametrize(
    "text, approx",
    [
        ("The pairs were collected over three months.", None),  # during
        ("Collecting the pairs took over three months.", "at least"),
        ("The corpus covers over 100 languages.", "at least"),
    ],
)
def test_over_a_span_of_time_is_during_unless_something_takes_it(text: str, approx: str | None) -> None:
    (q,) = extract_quantities(text)
    assert q.approx == approx


@pytest.mark.parametrize(
    "claim, label, said",
    [
        ("Curriculum sampling cuts the word error rate on the noisy test set by 20%.", S, None),
        ("Curriculum sampling cuts the word error rate on the noisy test set by 2 points.", S, None),
        # another size of the same measure's change: contradicted, the change written out
        ("Curriculum sampling cuts the word error rate on the noisy test set by 30%.", C, "10.0 → 8.0 = −2 (20% of 10.0)"),
        ("Adding the adapters raises accuracy on the held-out languages by 4 points.", S, None),
        ("Adding the adapters lowers accuracy on the held-out languages by 4 points.", C, "80 → 84 = +4"),
        # a level a change ends at is no change: "to 8.0" does not support "by 8 points"
        ("Adding the adapters raises accuracy on the held-out languages by 8 points.", C, "80 → 84 = +4"),
        # another measure changed: nothing to say
        ("Curriculum sampling cuts the latency on the noisy test set by 30%.", N, None),
    ],
)
def test_changes_from_one_level_to_another_in_a_window(claim: str, label: VerdictLabel, said: str | None) -> None:
    sentences = [*FILLER[:3], "With curriculum sampling, the word error rate drops from 10.0 to 8.0 on the noisy test set.",
                 "Accuracy on the held-out languages rises from 80% to 84% when the adapters are added.", *FILLER[3:]]
    v = verdict(claim, _version(sentences))
    assert v.label is label, v.explanation
    if said:
        assert said in v.explanation, v.explanation


LANGS = _cells("Table 13", {"Baseline": {"en": "80.2", "de": "71.5", "sw": "60.1", "Avg": "70.6"},
                            "+ Adapters": {"en": "81.0", "de": "74.9", "sw": "66.3", "Avg": "74.1"},
                            "+ Adapters + MT": {"en": "80.7", "de": "75.2", "sw": "68.0", "Avg": "74.6"}},
               "Table 13: Zero-shot accuracy per language with adapters and machine translation (MT).")


@pytest.mark.parametrize(
    "claim, label",
    [
        # a gain of one named row is over the table's one baseline row
        ("Adapters improve the average by 3.5 points.", S),
        ("Adapters improve the average by 4.5 points.", C),
        ("The largest gain from adapters is on Swahili.", S),
        ("The largest gain from adapters is on German.", C),
        # a column of averages decides an average the claim states
        ("With adapters, the average accuracy is 75.1.", C),
        # "on top of" is no superlative
        ("Adding MT on top of adapters lowers English accuracy by 0.3 points.", S),
    ],
)
def test_gains_over_the_baseline_row_and_stated_averages(claim: str, label: VerdictLabel) -> None:
    v = verdict(claim, _version(FILLER, extra=LANGS))
    assert v.label is label, v.explanation


@pytest.mark.parametrize(
    "claim, source, agree",
    [
        # a multiple in words is said loosely; "by a factor of" is a factor
        ("triples throughput", "increases throughput by a factor of 3.1", True),
        ("doubles throughput", "increases throughput by a factor of 3.1", False),
        # a bound before an article: "over a thousand"
        ("over a thousand annotator hours", "1,200 annotator hours", True),
        ("under a thousand annotator hours", "1,200 annotator hours", False),
    ],
)
def test_multiples_in_words_and_bounds_before_an_article(claim: str, source: str, agree: bool) -> None:
    (a,) = extract_quantities(claim)
    (b,) = extract_quantities(source)
    assert quantities_agree(a, b) is agree


@pytest.mark.parametrize(
    "claim, label, said",
    [
        ("The multilingual model outperforms the monolingual baselines by 2.4 points on average.", S, None),
        # the names after each number tell which is which: the other way round
        ("The monolingual baselines outperform the multilingual model by 2.4 points on average.", C, "71.9 − 74.3 = −2.4"),
        # another size: the difference of the two numbers the claim's sides name
        ("The multilingual model outperforms the monolingual baselines by 3.4 points on average.", C, "74.3 − 71.9 = 2.4"),
    ],
)
def test_a_claimed_difference_against_two_named_levels(claim: str, label: VerdictLabel, said: str | None) -> None:
    # the sentences around hold numbers whose difference is 3.4 by chance (91.4 − 88)
    sentences = [*FILLER[:3], "On the dev set, our parser reaches 91.4 LAS, while the previous best system obtains 92.0 LAS.",
                 "The multilingual model scores 74.3 on average, compared with 71.9 for the monolingual baselines.",
                 "Human annotators agree on 88% of the items; the model agrees with them on 79%.", *FILLER[3:]]
    v = verdict(claim, _version(sentences))
    assert v.label is label, v.explanation
    if said:
        assert said in v.explanation, v.explanation


def _wrong(claim_text: str, text: str) -> list[tuple[str, str | None]]:
    checks = check_numbers(Claim(1, claim_text, Mark.UNKNOWN, None, False), claim_text, text)
    return [(c.claim_text, c.source_text) for c in checks if not c.agrees]


def test_a_number_bound_to_other_names_in_another_sentence_is_no_rival() -> None:
    # The window names the claim's tasks in one sentence and binds its only number to other
    # names in the next: another quantity. Every number of the claim's list shares its names.
    claim = "Pretraining on Quibbit, Morvex and Zorn yields large target-task improvements of 3.1, 2.5 and 2.0 points."
    text = ("Quibbit, Morvex and Zorn achieve the best overall results as pretraining tasks. Using our "
            "best pretraining models for each target task, we obtain a 1.7 point improvement over "
            "Grob Large on the Wobble benchmark.")
    assert _wrong(claim, text) == [("3.1", None), ("2.5", None), ("2.0", None)]


def test_a_number_in_the_sentence_that_names_the_claims_name_is_still_a_rival() -> None:
    claim = "Pretraining on Quibbit yields a gain of 3.1 points."
    text = "We release our code. Pretraining on Quibbit yields a gain of 2.7 points over Lemmy."
    assert _wrong(claim, text) == [("3.1", "2.7")]
