"""The sign of a difference read from a results table (issue 13, round 9): an aside in brackets
does not hide the verb that gives a difference its direction, and a word of quality ("better",
"improves", "trails") on a measure where less is better (an error rate) means the cells'
difference the other way round, while a word of size ("lower", "cuts") keeps it. Made-up
sentences and tables, each rule where it must fire and where it must not."""

from __future__ import annotations

import pytest

from claimcheck.evidence.quantities import extract_quantities
from claimcheck.model import Passage, VerdictLabel
from tests.tablepassages import judged, table_passages

S, C = VerdictLabel.SUPPORTED, VerdictLabel.CONTRADICTED


@pytest.mark.parametrize(
    "text, direction",
    [
        ("On reviews, Quillon beats Brindle (both tuned on news) by 0.3 points.", 1),
        ("On reviews, Quillon trails Brindle (both tuned on news) by 0.3 points.", -1),
        ("Quillon drops (sharply) by 3 points.", -1),
        # the bracketed aside holds the only verb: it gives the number outside no direction
        ("The tagger (which raises recall) reaches 0.4 F1 on verbs.", 0),
        ("Quillon beats Brindle by 0.3 points (on reviews).", 1),
    ],
)
def test_an_aside_in_brackets_keeps_the_verb_before_it(text: str, direction: int) -> None:
    assert [q.direction for q in extract_quantities(text) if q.text in ("0.3", "3", "0.4")] == [direction]


FILLER = ["We release our code and data.", "Section 5 discusses limitations.",
          "Related work is reviewed in Section 2."]
ERRORS = table_passages("Table 3", {
    "Quillon": {"clean": "2.1", "noisy": "4.6"},
    "Brindle": {"clean": "1.9", "noisy": "4.9"},
}, "Table 3: Word error rate (WER) of the two recognisers on clean and noisy speech.", labelled_rows=True)
SCORES = table_passages("Table 5", {
    "Quillon": {"Verbs": "83.5", "Nouns": "77.2"},
    "Brindle": {"Verbs": "83.2", "Nouns": "78.0"},
}, "Table 5: Tagging accuracy of Quillon and Brindle on verbs and nouns.", labelled_rows=True)


def judge(claim: str, passages: list[Passage]) -> VerdictLabel:
    return judged(claim, passages, FILLER, "2101.00003")


@pytest.mark.parametrize(
    "claim, label",
    [
        # Quillon's WER on clean speech is 0.2 above Brindle's: worse, not better
        ("On clean speech, Quillon is 0.2 WER better than Brindle.", C),
        ("On clean speech, Quillon is 0.2 WER worse than Brindle.", S),
        ("On clean speech, Brindle improves on Quillon's WER by 0.2.", S),
        ("On clean speech, Quillon improves on Brindle's WER by 0.2.", C),
        # a word of size says which number is larger, whatever the measure
        ("On clean speech, Quillon's WER is 0.2 higher than Brindle's.", S),
        ("On clean speech, Brindle's WER is 0.2 lower than Quillon's.", S),
        ("On noisy speech, Quillon beats Brindle by 0.3 WER.", S),
        ("On noisy speech, Brindle beats Quillon by 0.3 WER.", C),
    ],
)
def test_a_word_of_quality_reverses_a_difference_where_less_is_better(claim: str, label: VerdictLabel) -> None:
    assert judge(claim, ERRORS) is label


@pytest.mark.parametrize(
    "claim, label",
    [
        # more is better: the cells' own order
        ("On Verbs, Quillon beats Brindle (both tagged by hand) by 0.3 points.", S),
        ("On Verbs, Brindle beats Quillon (both tagged by hand) by 0.3 points.", C),
        ("On Nouns, Quillon is 0.8 points better than Brindle.", C),
    ],
)
def test_a_word_of_quality_keeps_a_difference_where_more_is_better(claim: str, label: VerdictLabel) -> None:
    assert judge(claim, SCORES) is label


def grouped_table(table: str, rows: list[tuple[str, str, dict[str, str]]], caption: str) -> list[Passage]:
    """A table whose rows repeat a name under group headings, as the extractor writes it:
    the group in brackets after the row name of the row passage ("row Tagger (5 min): ...")."""
    out = [Passage(caption, 2, None, "caption", 100, table=table)]
    for name, group, cols in rows:
        out.append(Passage(f"{table}, row {name} ({group}): " + "; ".join(f"{c} {v}" for c, v in cols.items()), 2, None,
                           "table-row", len(out) + 100, table=table, row=name))
        for c, v in cols.items():
            out.append(Passage(v, 2, None, "table-cell", len(out) + 100, table=table, row=name, column=c))
    return out


GROUPED = grouped_table("Table 2", [
    ("Tagger", "5 min", {"Data": "web", "test / clean": "12.0", "test / other": "20.1"}),
    ("Parser", "5 min", {"Data": "web", "test / clean": "14.2", "test / other": "22.3"}),
    ("Tagger", "2h", {"Data": "web", "test / clean": "8.0", "test / other": "15.5"}),
    ("Parser", "2h", {"Data": "web", "test / clean": "9.1", "test / other": "17.0"}),
], "Table 2: Word error rate (WER) of the tagger and the parser with 5 minutes or two hours of labelled speech.")


@pytest.mark.parametrize(
    "claim, label",
    [
        # each group's own row, the group said in any form
        ("With two hours of labels, the Tagger reaches 15.5 WER on test-other.", S),
        ("With two hours of labels, the Tagger reaches 20.1 WER on test-other.", C),
        ("With 5 minutes of labels, the Tagger reaches 20.1 WER on test-other.", S),
        ("In the 5-minute setting, the Parser scores 14.2 WER on test-clean.", S),
        ("In the 5-minute setting, the Parser scores 9.1 WER on test-clean.", C),
        # a change across two groups of one name: the later group's cell less the earlier's
        ("Going from 5 minutes to two hours of labels cuts the Tagger's test-clean WER by 4.0 points.", S),
        ("Going from 5 minutes to two hours of labels cuts the Tagger's test-clean WER by 2.5 points.", C),
    ],
)
def test_rows_repeated_under_group_headings_are_told_apart_by_their_group(claim: str, label: VerdictLabel) -> None:
    assert judge(claim, GROUPED) is label


CONTRACTED = table_passages("Table 6", {
    "Reviews": {"Ours-W40k": "81.3", "Ours-N5": "79.9", "Baseline": "80.2"},
    "Wiki": {"Ours-W40k": "77.0", "Ours-N5": "78.4", "Baseline": "76.1"},
}, "Table 6: Accuracy of our tagger pre-trained on WebText-40k or on News-5 against the baseline.", labelled_rows=True)


@pytest.mark.parametrize(
    "claim, label",
    [
        # "W40k" contracts "WebText-40k": its initial and its number
        ("Pre-trained on WebText-40k, our tagger scores 81.3 on Reviews.", S),
        ("Pre-trained on WebText-40k, our tagger scores 79.9 on Reviews.", C),
        ("Pre-trained on News-5, our tagger scores 78.4 on Wiki.", S),
        ("Pre-trained on News-5, our tagger scores 77.0 on Wiki.", C),
    ],
)
def test_a_header_contracting_a_name_to_its_initial_and_number_is_named_by_it(claim: str, label: VerdictLabel) -> None:
    assert judge(claim, CONTRACTED) is label


def repeated_rows(table: str, rows: list[tuple[str, dict[str, str]]], caption: str) -> list[Passage]:
    """A table that prints one name on several rows, as the extractor yields it."""
    out = [Passage(caption, 2, None, "caption", 100, table=table)]
    for name, cols in rows:
        out.append(Passage(f"{table}, row {name}: " + "; ".join(f"{c} {v}" for c, v in cols.items()), 2, None,
                           "table-row", len(out) + 100, table=table, row=name))
        for c, v in cols.items():
            out.append(Passage(v, 2, None, "table-cell", len(out) + 100, table=table, row=name, column=c))
    return out


# one name on three rows told apart by a setting column only, and a row named as another
# with a closing "+"
SETTINGS = repeated_rows("Table 7", [
    ("Router-Small", {"Quality": "61.2", "Threshold time (hours)": "70.5", "Factor": "2.0"}),
    ("Router-Small", {"Quality": "60.4", "Threshold time (hours)": "66.0", "Factor": "1.5"}),
    ("Router-Small", {"Quality": "59.8", "Threshold time (hours)": "58.2", "Factor": "1.0"}),
    ("Router-Small+", {"Quality": "62.5", "Threshold time (hours)": "61.3", "Factor": "1.0"}),
], "Table 7: Quality and training time of Router-Small at three capacity factors.")


@pytest.mark.parametrize(
    "claim, label",
    [
        # the row whose setting the claim states, and the column whose header gives the unit
        ("Router-Small with factor 1.0 reaches the threshold in 58.2 hours.", S),
        ("Router-Small with factor 1.0 reaches the threshold in 70.5 hours.", C),
        ("Router-Small with factor 1.5 reaches the threshold in 66.0 hours.", S),
        # "Router-Small+" is its own row, not "Router-Small"
        ("Router-Small+ has the best quality, 62.5.", S),
        ("Router-Small+ reaches a quality of 61.2.", C),
    ],
)
def test_a_row_is_chosen_by_the_setting_the_claim_states(claim: str, label: VerdictLabel) -> None:
    assert judge(claim, SETTINGS) is label


RATES = table_passages("Table 8", {
    "Tagger": {"Speed / (sentences/sec)": "410", "Accuracy": "91.0"},
    "Parser": {"Speed / (sentences/sec)": "150", "Accuracy": "93.4"},
}, "Table 8: Throughput and accuracy of the tagger and the parser.", labelled_rows=True)


@pytest.mark.parametrize(
    "claim, label",
    [
        # "sentences/sec" is written "sentences per second"
        ("The Parser processes 150 sentences per second.", S),
        ("The Parser processes 410 sentences per second.", C),
    ],
)
def test_a_rate_header_is_named_by_its_parts_with_per(claim: str, label: VerdictLabel) -> None:
    assert judge(claim, RATES) is label
