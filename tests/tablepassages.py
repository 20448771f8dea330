"""Passages of a made-up table as the extractor yields them: the caption, one passage per
row (all its cells with their column headers) and one per cell, with table, row and column
set, and the verdict of one claim against such passages. Shared by the evidence tests that
judge claims against small tables."""

from __future__ import annotations

from collections.abc import Sequence

from claimcheck.evidence.judge import judge_claims
from claimcheck.model import Claim, Mark, Passage, Reference, Source, SourceStatus, SourceVersion, VerdictLabel


def table_passages(table: str, rows: dict[str, dict[str, str]], caption: str, *, labelled_rows: bool = False) -> list[Passage]:
    """``labelled_rows``: a row passage reads "Table 3, row POS: ..." as the extractor writes
    it; otherwise "POS: ..." (the older tests' form, which the rules read the same way)."""
    out = [Passage(caption, 2, None, "caption", 100, table=table)]
    for r, cols in rows.items():
        head = f"{table}, row {r}: " if labelled_rows else f"{r}: "
        out.append(Passage(head + "; ".join(f"{c} {v}" for c, v in cols.items()), 2, None, "table-row",
                           len(out) + 100, table=table, row=r))
        for c, v in cols.items():
            out.append(Passage(v, 2, None, "table-cell", len(out) + 100, table=table, row=r, column=c))
    return out


def judged(claim: str, passages: list[Passage], filler: Sequence[str], arxiv_id: str = "2101.00001") -> VerdictLabel:
    """The verdict on ``claim`` against one paper holding ``passages`` after ``filler``
    sentences (the other text of a paper, which retrieval weighs words against)."""
    extra = [Passage(s, 1, None, "sentence", i) for i, s in enumerate(filler)]
    version = SourceVersion(arxiv_id, 1, extra + passages, 2, "test")
    source = Source(Reference("x", arxiv_id, 1), SourceStatus.OK, None, [version])
    return judge_claims([Claim(1, claim, Mark.UNKNOWN, None, False)], [source])[0].label
