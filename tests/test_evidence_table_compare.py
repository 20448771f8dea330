"""Comparisons read off a table: orders of two named rows whose levels the claim restates,
and the like. Made-up tables and sentences, each rule where it must fire and where it must not."""

from __future__ import annotations

import pytest

from claimcheck.evidence.quantities import extract_quantities
from claimcheck.evidence.tables import _count_in_header
from claimcheck.model import Passage, VerdictLabel
from tests.tablepassages import judged, table_passages

S, C = VerdictLabel.SUPPORTED, VerdictLabel.CONTRADICTED

FILLER = ["We release our code and data.", "Section 5 discusses limitations.",
          "Related work is reviewed in Section 2."]
# two columns of scores for four parsers
PARSERS = table_passages("Table 2", {
    "Marlin": {"Tagging F1": "71.4", "Chunking F1": "80.2"},
    "Heron": {"Tagging F1": "72.3", "Chunking F1": "79.5"},
    "Osprey": {"Tagging F1": "68.0", "Chunking F1": "77.1"},
}, "Table 2: Tagging and chunking F1 of three parsers.", labelled_rows=True)


def judge(claim: str, passages: list[Passage]) -> VerdictLabel:
    return judged(claim, passages, FILLER, "2101.00004")


@pytest.mark.parametrize(
    "claim, label",
    [
        # the first row's own cell restated: the order is still checked
        ("In Table 2, Marlin's tagging F1 (71.4) is above Heron's.", C),
        ("In Table 2, Marlin's tagging F1 (71.4) is below Heron's.", S),
        ("In Table 2, Heron's tagging F1 (72.3) is above Osprey's.", S),
    ],
)
def test_a_restated_cell_leaves_the_order_to_check(claim: str, label: VerdictLabel) -> None:
    assert judge(claim, PARSERS) is label


def test_a_number_no_named_cell_holds_is_not_restated() -> None:
    # 73.4 is no cell of Marlin's: a wrong number, never backed by the right order
    assert judge("In Table 2, Marlin's tagging F1 (73.4) is below Heron's.", PARSERS) is not S


# one column where less is better: a verb of size orders the numbers as they are
ERRORS = table_passages("Table 4", {
    "Full model": {"Dev error": "9.4"},
    "Without dropout": {"Dev error": "10.8"},
    "With shared heads": {"Dev error": "9.1"},
}, "Table 4: Ablations of the tagger, dev error.", labelled_rows=True)


@pytest.mark.parametrize(
    "claim, wrong",
    [
        # (a right order is left to the words, which the table alone does not state)
        ("Training without dropout raises the dev error compared with the full model.", False),
        ("Training without dropout lowers the dev error compared with the full model.", True),
        ("Using shared heads lowers the dev error relative to the full model.", False),
        ("Using shared heads increases the dev error relative to the full model.", True),
    ],
)
def test_a_verb_of_change_against_another_row(claim: str, wrong: bool) -> None:
    assert (judge(claim, ERRORS) is C) is wrong


def test_a_verb_of_change_without_the_other_side_orders_nothing() -> None:
    # no "compared with": the claim names one row only, and no order of two is read
    assert judge("Training without dropout lowers the dev error.", ERRORS) is not C


# a row named with a count; a sentence that states the count but not the order
LAYERS = table_passages("Table 5", {
    "Full model": {"Dev error": "9.4"},
    "Encoder with 2 layers": {"Dev error": "9.8"},
}, "Table 5: Encoder depth ablation, dev error.", labelled_rows=True) + [
    Passage("Table 5 compares an encoder with two layers against the full model.", 2, None, "sentence", 40)]


@pytest.mark.parametrize(
    "claim, wrong",
    [
        ("An encoder with two layers lowers the dev error compared with the full model.", True),
        ("An encoder with two layers raises the dev error compared with the full model.", False),
    ],
)
def test_a_sentence_stating_the_count_leaves_the_order_to_the_table(claim: str, wrong: bool) -> None:
    assert (judge(claim, LAYERS) is C) is wrong


@pytest.mark.parametrize(
    "claim, header, named",
    [
        ("An encoder with two layers lowers the error.", "Encoder with 2 layers", True),
        # the word after the count is not the header's
        ("Two encoders with layers lower the error.", "Encoder with 2 layers", False),
        # digits are read as a value, as before
        ("An encoder with 2 layers lowers the error.", "Encoder with 2 layers", False),
    ],
)
def test_a_count_in_words_names_a_header(claim: str, header: str, named: bool) -> None:
    q = next(q for q in extract_quantities(claim) if q.value == 2)
    assert _count_in_header(q, claim, header) is named


# columns grouped by kind of task (each dataset once), and columns of two measures
GROUPED = table_passages("Table 7", {
    "Marlin": {"QA / Alpha": "60.0", "QA / Beta": "70.0", "Tagging / Gamma": "80.0"},
    "Heron": {"QA / Alpha": "63.0", "QA / Beta": "71.0", "Tagging / Gamma": "88.0"},
}, "Table 7: Results on three datasets.", labelled_rows=True)
MEASURED = table_passages("Table 8", {
    "Marlin": {"Alpha / acc.": "60.0", "Beta / acc.": "70.0", "Gamma / F1": "30.0"},
    "Heron": {"Alpha / acc.": "63.0", "Beta / acc.": "71.0", "Gamma / F1": "38.0"},
}, "Table 8: Results on three datasets.", labelled_rows=True)


@pytest.mark.parametrize(
    "claim, passages, label",
    [
        # a group heading is no measure: the margin is largest over every dataset
        ("Heron's largest gain over Marlin is on Alpha.", GROUPED, C),
        ("Heron's largest gain over Marlin is on Gamma.", GROUPED, S),
        # a measure several columns share keeps the comparison to that measure
        ("Heron's largest gain over Marlin is on Alpha.", MEASURED, S),
    ],
)
def test_a_group_heading_does_not_narrow_a_margin(claim: str, passages: list[Passage], label: VerdictLabel) -> None:
    assert judge(claim, passages) is label


# systems across, test sets down: no header says the cells are error rates
ACROSS = table_passages("Table 9", {
    "Noisy set": {"Kestrel": "5.2", "Osprey": "6.2"},
    "Clean set": {"Kestrel": "2.9", "Osprey": "2.7"},
}, "Table 9: WER of two recognisers.", labelled_rows=True)


@pytest.mark.parametrize(
    "claim, wrong",
    [
        # the comparison names its measure, one where less is better
        ("On the noisy set, Kestrel is one WER point better than Osprey (5.2 vs 6.2).", False),
        ("On the noisy set, Osprey is one WER point better than Kestrel (6.2 vs 5.2).", True),
        # no measure named: a higher score is the better one
        ("On the noisy set, Osprey scores better than Kestrel.", False),
    ],
)
def test_the_measure_named_in_a_comparison_orders_it(claim: str, wrong: bool) -> None:
    assert (judge(claim, ACROSS) is C) is wrong


# two rows of one name told apart by a setting, and a third row
SHARES = table_passages("Table 6", {
    "Adapter (3%)": {"Tagging F1": "69.0", "Chunking F1": "75.0"},
    "Adapter (0.5%)": {"Tagging F1": "65.0", "Chunking F1": "71.0"},
    "Fine-tune": {"Tagging F1": "70.0", "Chunking F1": "76.0"},
}, "Table 6: Tagging with a share of the parameters.", labelled_rows=True)


@pytest.mark.parametrize(
    "claim, wrong",
    [
        # fine-tuning, named between them, is the first one's other side: no pair of the two adapters
        ("In tagging F1, adapter-tuning with 3% of the parameters is slightly below fine-tuning, "
         "and with 0.5% it falls further behind.", False),
        ("In tagging F1, adapter-tuning with 3% of the parameters is slightly below adapter-tuning with 0.5%.", True),
    ],
)
def test_a_header_named_between_two_is_the_other_side(claim: str, wrong: bool) -> None:
    assert (judge(claim, SHARES) is C) is wrong
