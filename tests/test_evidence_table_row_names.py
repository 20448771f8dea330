"""Which row a claim names when row names alone do not settle it: a row printed again under
a group heading (a data set) is named by that heading even where a size cell differs."""

from __future__ import annotations

import pytest

from claimcheck.evidence.judge import judge_claims
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
