"""Which row a claim names when row names alone do not settle it: a row printed again under
a group heading (a data set) is named by that heading even where a size cell differs, and a
row whose name adds a step ("+Distill") is not the row of a claim that leaves it out."""

from __future__ import annotations

import pytest

from claimcheck.evidence.judge import judge_claims
from claimcheck.evidence.tables import _without_added
from claimcheck.model import Claim, Mark, Passage, Reference, Source, SourceStatus, SourceVersion, VerdictLabel

S, C, P = VerdictLabel.SUPPORTED, VerdictLabel.CONTRADICTED, VerdictLabel.PARTLY_SUPPORTED


def _table(label: str, caption: str, rows: list[tuple[str, str | None, dict[str, str]]]) -> list[Passage]:
    out = [Passage(f"{label}: {caption}", 1, None, "caption", 0, table=label)]
    for name, group, cells in rows:
        shown = f"{name} ({group})" if group else name
        out.append(Passage(f"{label}, row {shown}: " + "; ".join(f"{c} {v}" for c, v in cells.items()), 1, None,
                           "table-row", len(out), table=label, row=name))
        for c, v in cells.items():
            out.append(Passage(v, 1, None, "table-cell", len(out), table=label, row=name, column=c))
    return out


def verdict(passages: list[Passage], claim: str) -> VerdictLabel:
    version = SourceVersion("2101.00003", 1, passages + [Passage("We release our code.", 1, None, "sentence", len(passages))], 1, "test")
    source = Source(Reference("x", "2101.00003", 1), SourceStatus.OK, None, [version])
    return judge_claims([Claim(1, claim, Mark.UNKNOWN, None, False)], [source])[0].label


GROUPED = _table("Table 2", "Bits per character of character-level models on two corpora.", [
    ("Lumen (Park et al., 2020)", "wiki5", {"#Param": "40M", "Dev": "1.25", "Test": "1.21"}),
    ("Ours", "wiki5", {"#Param": "41M", "Dev": "1.19", "Test": "1.16"}),
    ("Lumen (Park et al., 2020)", "news9", {"#Param": "42M", "Dev": "1.10", "Test": "1.08"}),
    ("Ours", "news9", {"#Param": "41M", "Dev": "1.03", "Test": "1.01"}),
])


@pytest.mark.parametrize(
    "claim, label",
    [
        # the corpus names the row; the other corpus's score of the same model contradicts
        ("On wiki5, the Lumen model of Park et al. scores 1.08 test BPC.", C),
        ("On wiki5, the Lumen model of Park et al. scores 1.21 test BPC.", S),
        ("On news9, the Lumen model of Park et al. scores 1.08 test BPC.", S),
    ],
)
def test_a_row_printed_under_two_group_headings_is_named_by_its_group(claim: str, label: VerdictLabel) -> None:
    assert verdict(GROUPED, claim) is label


ADDED = _table("Table 5", "Perplexity of word-level language models.", [
    ("Falcon-Net", None, {"#Param": "24M", "PPL": "61.2"}),
    ("Heron", None, {"#Param": "30M", "PPL": "63.0"}),
    ("Falcon-Net+Distill", None, {"#Param": "24M", "PPL": "59.4"}),
])


@pytest.mark.parametrize(
    "claim, label",
    [
        ("Falcon-Net without distillation reaches 61.2 perplexity.", S),
        ("Falcon-Net+Distill reaches 59.4 perplexity.", S),
    ],
)
def test_a_row_adding_a_step_stays_named_where_the_claim_keeps_it(claim: str, label: VerdictLabel) -> None:
    assert verdict(ADDED, claim) is label


def test_a_claim_leaving_a_step_out_does_not_take_the_row_that_adds_it() -> None:
    assert verdict(ADDED, "Falcon-Net without distillation reaches 59.4 perplexity.") is not S


@pytest.mark.parametrize(
    "claim, kept",
    [
        ("Falcon-Net without distilling reaches 61.2.", ["Falcon-Net"]),
        ("Falcon-Net w/o distill reaches 61.2.", ["Falcon-Net"]),
        # nothing left out: both rows stay named
        ("Falcon-Net reaches 61.2.", ["Falcon-Net", "Falcon-Net+Distill"]),
        # what is left out is not what the row adds
        ("Falcon-Net without dropout reaches 61.2.", ["Falcon-Net", "Falcon-Net+Distill"]),
    ],
)
def test_rows_adding_what_the_claim_leaves_out(claim: str, kept: list[str]) -> None:
    rows = [("Falcon-Net", 1.0, 0), ("Falcon-Net+Distill", 1.0, 0)]
    assert [r[0] for r in _without_added(rows, claim)] == kept
