"""How a table's structure is read for numbers it only implies (issue 13, round 8): a whole
row's mean over its scores only, a row named by an inflected word or by its qualifier's
decimal, a row that is another's name with words added, and a word that names an "Average"
column. Each rule on made-up tables, where it must fire and where it must not."""

from __future__ import annotations

import pytest

from claimcheck.model import Passage, VerdictLabel
from tests.tablepassages import judged, table_passages

S, C, P, N = VerdictLabel.SUPPORTED, VerdictLabel.CONTRADICTED, VerdictLabel.PARTLY_SUPPORTED, VerdictLabel.NOT_FOUND

FILLER = [
    "We release our code and data.",
    "Section 5 discusses limitations.",
    "Related work is reviewed in Section 2.",
    "The appendix lists every hyper-parameter.",
]


def judge(claim: str, passages: list[Passage]) -> VerdictLabel:
    return judged(claim, passages, FILLER, "2101.00001")


# a row of four task scores and a parameter count beside them
SCORES = table_passages(
    "Table 1",
    {
        "Quill-Base": {"Alpha": "61.0", "Beta": "55.0", "Gamma": "58.0", "Delta": "50.0", "# Params": "350M"},
        "Quill-Large": {"Alpha": "66.2", "Beta": "59.4", "Gamma": "63.0", "Delta": "54.8", "# Params": "770M"},
    },
    "Table 1: Zero-shot accuracy of the Quill models on four tasks.",
    labelled_rows=True,
)


@pytest.mark.parametrize(
    "claim, expected",
    [
        ("Averaged over the four zero-shot tasks, Quill-Base scores about 56.0.", S),
        ("Averaged over the four zero-shot tasks, Quill-Large scores about 60.9.", S),
        # the mean of the four scores is 56.0, not 60.1 (nor a mean with 350M in it)
        ("Averaged over the four zero-shot tasks, Quill-Base scores about 60.1.", C),
    ],
)
def test_a_rows_mean_is_over_its_scores_not_a_size_beside_them(claim: str, expected: VerdictLabel) -> None:
    assert judge(claim, SCORES) is expected


SUMMARY = table_passages(
    "Table 2",
    {
        "Fine-tune": {"ROUGE-1": "40.50", "ROUGE-2": "18.20", "ROUGE-L": "33.10"},
        "Adapter (1%)": {"ROUGE-1": "39.90", "ROUGE-2": "17.70", "ROUGE-L": "32.60"},
        "Adapter (0.5%)": {"ROUGE-1": "39.20", "ROUGE-2": "17.10", "ROUGE-L": "31.80"},
    },
    "Table 2: Summarization on the Newsroom corpus.",
    labelled_rows=True,
)


@pytest.mark.parametrize(
    "claim, expected",
    [
        # "fine-tuning" names the row "Fine-tune": a silent e dropped before -ing
        ("On Newsroom, fine-tuning reaches 18.20 ROUGE-2.", S),
        ("On Newsroom, fine-tuning reaches 19.20 ROUGE-2.", C),
        ("Averaged over ROUGE-1, ROUGE-2 and ROUGE-L, fine-tuning scores about 30.6 on Newsroom.", S),
        ("Averaged over ROUGE-1, ROUGE-2 and ROUGE-L, fine-tuning scores about 32.6 on Newsroom.", C),
        # the decimal "0.5%" names the row "Adapter (0.5%)", never "Adapter (1%)"
        ("On Newsroom, the adapter at 0.5% trails fine-tuning by 1.30 ROUGE-1.", S),
        ("On Newsroom, the adapter at 1% trails fine-tuning by 0.60 ROUGE-1.", S),
        ("On Newsroom, the adapter at 0.5% trails fine-tuning by 0.60 ROUGE-1.", C),
        # 39.20 − 40.50 is a gap below, not above
        ("On Newsroom, the adapter at 0.5% beats fine-tuning by 1.30 ROUGE-1.", C),
    ],
)
def test_rows_named_by_an_inflected_word_and_by_their_qualifiers_decimal(claim: str, expected: VerdictLabel) -> None:
    assert judge(claim, SUMMARY) is expected


VARIANTS = table_passages(
    "Table 3",
    {
        "Wren": {"Alpha / Acc": "70.0", "Beta / Acc": "62.5"},
        "Wren-XT": {"Alpha / Acc": "71.5", "Beta / Acc": "65.0"},
        "Wren-XT-Pro": {"Alpha / Acc": "72.0", "Beta / Acc": "66.0"},
        "Lark": {"Alpha / Acc": "68.0", "Beta / Acc": "60.0"},
    },
    "Table 3: Accuracy of the Wren variants on the Alpha and Beta benchmarks.",
    labelled_rows=True,
)


@pytest.mark.parametrize(
    "claim, expected",
    [
        # Wren-XT − Wren in Beta = 2.5: what adding XT changes
        ("XT training lifts Wren's Beta accuracy by 2.5 points.", S),
        ("Wren gains 1.5 points on Alpha from XT training.", S),
        ("XT training lifts Wren's Beta accuracy by 3.5 points.", C),
        ("XT training lowers Wren's Beta accuracy by 2.5 points.", C),
        # after "over" the added words are the baseline: Wren − Wren-XT = −2.5, no lift
        ("Wren lifts its Beta accuracy by 2.5 points over XT training.", C),
    ],
)
def test_a_row_named_with_words_added_is_the_change_those_words_make(claim: str, expected: VerdictLabel) -> None:
    assert judge(claim, VARIANTS) is expected


def test_no_modified_row_when_the_claim_does_not_say_the_added_words() -> None:
    # "Pro" is not said: neither Wren-XT nor Wren-XT-Pro is the change; nothing computes 2.5
    assert judge("Pro training lifts Lark's Beta accuracy by 2.5 points.", VARIANTS) is not S


AVERAGES = table_passages(
    "Table 4",
    {
        "Heron": {"Nature": "80.0", "Society": "70.0", "Average": "75.0"},
        "Egret": {"Nature": "84.0", "Society": "78.0", "Average": "81.0"},
    },
    "Table 4: Accuracy on the question-answering benchmark by subject.",
    labelled_rows=True,
)


@pytest.mark.parametrize(
    "claim, expected",
    [
        # "average" names the column: the two named rows' cells, not a mean over them (78.0)
        ("Egret's average accuracy is 81.0, against 75.0 for Heron.", S),
        ("Compared with Heron, Egret's average accuracy is 81.0.", S),
        ("Egret's average accuracy is 78.0, against 75.0 for Heron.", C),
        # a verb before the number still asks for the mean of the named rows
        ("Heron and Egret average 78.0.", S),
        ("Heron and Egret average 80.0.", C),
    ],
)
def test_a_word_that_names_an_average_column_asks_for_no_mean(claim: str, expected: VerdictLabel) -> None:
    assert judge(claim, AVERAGES) is expected


# a column of signed differences under a parent level with a bracket, cells "mean ± std"
GAPS = table_passages(
    "Table 5",
    {
        row: {f"Mean Advantage (# Examples, A vs. B) / {task}": cell for task, cell in zip(("Alpha", "Beta", "Gamma", "Delta"), cells)}
        for row, cells in (("Osprey", ("3100 ± 210", "-350 ± 60", "95 ± 5", "260 ± 30")),
                           ("Kestrel", ("1200 ± 90", "410 ± 30", "150 ± 9", "-120 ± 15")),
                           ("Harrier", ("2500 ± 200", "-90 ± 40", "120 ± 7", "300 ± 25")))
    },
    "Table 5: Mean advantage in examples of setting A over setting B.",
    labelled_rows=True,
)


@pytest.mark.parametrize(
    "claim, expected",
    [
        # "mean ... advantage" restates the header: the cell, no mean over the row
        ("Kestrel's mean A-versus-B advantage on Alpha is 1200 ± 90 examples.", S),
        ("Kestrel's mean A-versus-B advantage on Alpha is 1500 ± 90 examples.", C),
        # a negative cell is a level of a column of differences: its sign is read
        ("Osprey's advantage on Beta is -350 ± 60 examples.", S),
        ("Kestrel's advantage on Beta is -350 ± 60 examples.", C),
        ("Osprey gains a positive advantage of 350 examples on Beta.", C),
        ("Kestrel gains a positive advantage of 410 examples on Beta.", S),
        # a multiple of another row's cell, "N times B's"
        ("On Alpha, Kestrel's advantage (1200 examples) is about 2.6 times smaller than Osprey's.", S),
        ("On Alpha, Osprey's advantage (3100 examples) is about 2.6 times Kestrel's (1200).", S),
        ("On Alpha, Osprey's advantage (3100 examples) is about five times Kestrel's (1200).", C),
    ],
)
def test_a_column_of_signed_advantages(claim: str, expected: VerdictLabel) -> None:
    assert judge(claim, GAPS) is expected


SHAPE = table_passages(
    "Table 6",
    {
        "Wren": {"Alpha": "61.0", "Beta": "55.0", "Gamma": "58.0", "Kappa": "50.0", "Omega": "49.0"},
        "Lark": {"Alpha": "60.0", "Beta": "54.0", "Gamma": "57.5", "Kappa": "51.0", "Omega": "48.0"},
    },
    "Table 6: Accuracy of Wren and Lark on the classification suite.",
    labelled_rows=True,
)


@pytest.mark.parametrize(
    "claim, expected",
    [
        # the table's five columns count the five tasks of a claim about its rows
        ("Wren is evaluated on all five classification tasks.", S),
    ],
)
def test_a_tables_shape_counts_only_what_the_table_is_about(claim: str, expected: VerdictLabel) -> None:
    assert judge(claim, SHAPE) is expected


def test_a_claim_about_a_measure_the_table_never_names_is_not_counted_by_it() -> None:
    # a claim about BLEU counts no column of a table that never says BLEU
    assert judge("Wren is scored in BLEU on all five tasks.", SHAPE) is not S


SIZES = table_passages(
    "Table 7",
    {
        "Quokka": {"Alpha": "71.2", "Beta": "64.0", "# Params": "70B"},
        "Quokka Small": {"Alpha": "52.3", "Beta": "47.9", "# Params": "1.3B"},
    },
    "Table 7: Zero-shot accuracy by model size.",
    labelled_rows=True,
)


@pytest.mark.parametrize(
    "claim, expected",
    [
        # a size before the row's name is read from the row's column of sizes
        ("The full 70B Quokka reaches 71.2 on Alpha.", S),
        ("The full 13B Quokka reaches 71.2 on Alpha.", C),
    ],
)
def test_a_size_before_a_rows_name_is_its_size_column(claim: str, expected: VerdictLabel) -> None:
    assert judge(claim, SIZES) is expected


def test_a_size_of_something_else_is_not_read_from_the_size_column() -> None:
    # "300B tokens" counts tokens, not the parameters of "# Params"
    assert judge("Quokka, trained on 300B tokens, reaches 71.2 on Alpha.", SIZES) is not C


REVIEW = table_passages(
    "Table 8",
    {
        "Is the prompt clear?": {"Yes %": "91%"},
        "Is the answer a correct response to the prompt?": {"Yes %": "57%"},
        "All fields are valid": {"Yes %": "50%"},
    },
    "Table 8: Manual review of the generated examples.",
    labelled_rows=True,
)


@pytest.mark.parametrize(
    "claim, expected",
    [
        # a column headed as shares states shares: "N% of the answers" is its cell's to decide
        ("57% of the reviewed answers were a correct response.", S),
        ("91% of the reviewed answers were a correct response.", C),
    ],
)
def test_a_share_is_read_from_a_column_of_shares(claim: str, expected: VerdictLabel) -> None:
    assert judge(claim, REVIEW) is expected


def test_a_threshold_is_no_share_a_cell_states() -> None:
    # "under 0.6" bounds a similarity score; the 57% of the answers row does not state it
    assert judge("An answer is kept only when its similarity to the prompt is under 0.6.", REVIEW) is not S


@pytest.mark.parametrize(
    "claim, expected",
    [
        # no column named: the order all three ROUGE columns agree on; "0.5%" names the row
        ("On Newsroom, the adapter with 0.5% of the parameters outperforms full fine-tuning.", C),
    ],
)
def test_an_order_without_a_column_is_the_one_every_column_agrees_on(claim: str, expected: VerdictLabel) -> None:
    assert judge(claim, SUMMARY) is expected


def test_the_right_order_is_not_contradicted() -> None:
    # (a right order is left to the words: no sentence here states it)
    assert judge("On Newsroom, full fine-tuning outperforms the adapter with 0.5% of the parameters.", SUMMARY) is not C


def test_no_order_when_the_columns_disagree() -> None:
    mixed = table_passages(
        "Table 9",
        {"Fine-tune": {"ROUGE-1": "40.50", "ROUGE-2": "17.10"}, "Adapter (0.5%)": {"ROUGE-1": "39.20", "ROUGE-2": "18.20"}},
        "Table 9: Summarization on the Newsroom corpus.",
        labelled_rows=True,
    )
    assert judge("On Newsroom, the adapter with 0.5% of the parameters outperforms full fine-tuning.", mixed) is not C


def _twice(rows: list[tuple[str, dict[str, str]]], caption: str) -> list[Passage]:
    """A table whose row names repeat, as a PDF prints them (a dict cannot hold them)."""
    out = [Passage(caption, 2, None, "caption", 100, table="Table 10")]
    for r, cols in rows:
        out.append(Passage(f"Table 10, row {r}: " + "; ".join(f"{c} {v}" for c, v in cols.items()), 2, None,
                           "table-row", len(out) + 100, table="Table 10", row=r))
        for c, v in cols.items():
            out.append(Passage(v, 2, None, "table-cell", len(out) + 100, table="Table 10", row=r, column=c))
    return out


REPEATED = _twice(
    [("Heron (FT)", {"# Params": "7.0B", "Alpha": "71.0"}),
     ("Heron (Adapter)", {"# Params": "4.7M", "Alpha": "70.4"}),
     ("Heron (Adapter)", {"# Params": "38M", "Alpha": "72.2"})],
    "Table 10: Accuracy on Alpha by adaptation method.",
)


@pytest.mark.parametrize(
    "claim, expected",
    [
        # the second "Heron (Adapter)" row (72.2) still counts in the column's maximum
        ("On Alpha, full fine-tuning gives Heron its best accuracy.", C),
        # and its size cell tells it apart: "(38M)"
        ("Heron with an adapter of 38M parameters reaches 72.2 on Alpha.", S),
        ("Heron with an adapter of 38M parameters reaches 70.4 on Alpha.", C),
    ],
)
def test_rows_printed_under_one_name_stay_apart(claim: str, expected: VerdictLabel) -> None:
    assert judge(claim, REPEATED) is expected
