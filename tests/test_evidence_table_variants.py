"""Rows printed under one name in one table, told apart by a text cell (issue 13): "Codex"
over a standard-prompting row and a chain-of-thought row keeps each row's numbers."""

from __future__ import annotations

import pytest

from claimcheck.evidence.judge import judge_claims
from claimcheck.model import Claim, Mark, Passage, Reference, Source, SourceStatus, SourceVersion, VerdictLabel

S, C, P = VerdictLabel.SUPPORTED, VerdictLabel.CONTRADICTED, VerdictLabel.PARTLY_SUPPORTED

ROWS = [  # (model, decoding, Reasoning, Arithmetic)
    ("Osprey", "Greedy", "21.4", "30.2"),
    ("Osprey", "Sampled", "48.9", "33.0"),
    ("Osprey", "Beam", "40.7", "26.1"),
    ("Kestrel", "Greedy", "12.5", "18.8"),
    ("Kestrel", "Sampled", "19.9", "24.4"),
]


def _passages() -> list[Passage]:
    out = [Passage("Table 4: Accuracy of two models under three decoding schemes.", 1, None, "caption", 0, table="Table 4")]
    for model, decoding, reasoning, arithmetic in ROWS:
        cells = {"Decoding": decoding, "Reasoning": reasoning, "Arithmetic": arithmetic}
        out.append(Passage(f"Table 4, row {model}: " + "; ".join(f"{c} {v}" for c, v in cells.items()), 1, None,
                           "table-row", len(out), table="Table 4", row=model))
        for c, v in cells.items():
            out.append(Passage(v, 1, None, "table-cell", len(out), table="Table 4", row=model, column=c))
    return out + [Passage("We release our code.", 1, None, "sentence", len(out))]


def verdict(claim: str) -> VerdictLabel:
    version = SourceVersion("2101.00002", 1, _passages(), 1, "test")
    source = Source(Reference("x", "2101.00002", 1), SourceStatus.OK, None, [version])
    return judge_claims([Claim(1, claim, Mark.UNKNOWN, None, False)], [source])[0].label


@pytest.mark.parametrize(
    "claim, label",
    [
        # each row keeps its numbers: the sampled row's cell, not the first row's
        ("With sampled decoding, Osprey reaches 48.9 on Reasoning.", S),
        ("With sampled decoding, Osprey reaches 51.2 on Reasoning.", C),
        ("With greedy decoding, Kestrel reaches 12.5 on Reasoning.", S),
        # a difference between two variants the claim does not name (Greedy − Beam = 4.1) is
        # no difference it states: the number is not found, the row is
        ("On Arithmetic, Osprey improves by 4.1 points.", P),
    ],
)
def test_rows_of_one_name_are_told_apart_by_their_text_cells(claim: str, label: VerdictLabel) -> None:
    assert verdict(claim) is label


def test_a_difference_of_two_variants_the_claim_does_not_name_decides_nothing() -> None:
    # Real layout: the chain-of-thought paper's Table 1 prints each model over three prompting
    # rows. Standard − "+ ext. calc" happens to be the claim's 4.9 on AQuA, but the claim
    # names chain-of-thought prompting, whose row is 4.9 *below* standard.
    from pathlib import Path

    from claimcheck.sources.extract import extract_pdf

    pdf = Path(__file__).resolve().parent.parent / "data" / "realpapers" / "2201.11903v6.pdf"
    version = SourceVersion("2201.11903", 6, extract_pdf(pdf).passages, 1, "test")
    source = Source(Reference("x", "2201.11903", 6), SourceStatus.OK, None, [version])
    claim = Claim(1, "On AQuA, chain-of-thought prompting improves LaMDA 137B by 4.9 points.", Mark.UNKNOWN, None, False)
    assert judge_claims([claim], [source])[0].label is not S
