"""Report text → :class:`Report`. One parser for every textual shape: plain text with a
tab-separated table, markdown with a pipe table, and text recovered from a PDF with its
claims wrapped over lines. The shapes differ only in the claims table (``table.py``) and in
how prose lines wrap, which is undone here before the prose is read."""

from __future__ import annotations

import re

from claimcheck.errors import ReportError
from claimcheck.model import Claim, Report
from claimcheck.report import sections as sec
from claimcheck.report.table import find_list, find_table, join_wrapped, vocabulary

_SENTENCE_END = re.compile(r"[.!?…][\"'’”)\]]*$")


def is_truncated(text: str) -> bool:
    """Cut off by the generator: the claim does not end a sentence (it ends mid-word, or
    mid-number like "an average improvement of 5.4")."""
    return not _SENTENCE_END.search(text.strip())


def unwrap(text: str, vocab: set[str]) -> str:
    """Paragraphs whose lines were wrapped by PDF extraction, joined back into lines."""
    paragraphs = re.split(r"\n\s*\n", text)
    return "\n\n".join(join_wrapped([l.strip() for l in p.splitlines() if l.strip()], vocab) if p.strip() else "" for p in paragraphs)


def parse_report_text(text: str, path: str, fmt: str = "text", sha256: str = "") -> Report:
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    if not text.strip():
        raise ReportError(path, "empty report")
    lines = text.split("\n")
    headings = sec.find_headings(lines)
    spans = sec.sections(lines, headings)
    vocab = vocabulary(text)
    warnings: list[str] = []

    table = None
    if "claims" in spans:
        table = find_table(lines, *spans["claims"], vocab=vocab) or find_list(lines, *spans["claims"])
    if table is None:
        table = find_table(lines, 0, len(lines), vocab=vocab)
    if table is None:
        raise ReportError(
            path,
            "no claims table found (expected a header row naming a Claim column, or a 'Claims' section of list items)",
        )
    if not table.rows:
        raise ReportError(path, "the claims table has a header but no rows")
    if table.shape == "wrapped":
        warnings.append(
            "the claims table lost its columns (text extracted from a PDF): "
            + ("marks and confidences are unknown" if table.columns == ["claim"] else "marks recovered from line ends")
        )

    first_heading = headings[0].line if headings else len(lines)
    if headings and headings[0].key is None and lines[first_heading].lstrip().startswith("# ") and not any(
        l.strip() for l in lines[:first_heading]
    ):
        # A markdown "# Title" opening the report is its title, not a section: the front
        # matter (date, authors) runs on to the next heading.
        first_heading = headings[1].line if len(headings) > 1 else len(lines)
    title, date = sec.front_matter(lines, first_heading)
    if title and sec.heading_of(title) is not None:
        title = None
    prose = unwrap(text, vocab)
    abstract = sec.body(lines, spans.get("abstract"))
    ref_text = sec.body(lines, spans.get("references"))
    figures = sec.stated_figures(prose)
    distinct = sorted(set(figures.paper_mentions))
    if len(distinct) > 1:
        warnings.append(f"the report states different paper counts: {', '.join(map(str, distinct))}")

    claims = [
        Claim(
            index=i,
            text=row.text,
            mark=row.mark,
            confidence=row.confidence,
            truncated=is_truncated(row.text),
            line=row.line + 1,
        )
        for i, row in enumerate(table.rows, 1)
    ]
    return Report(
        path=path,
        format=fmt,
        sha256=sha256,
        title=title,
        date=date,
        research_question=sec.research_question(prose),
        abstract=unwrap(abstract, vocab).replace("\n\n", " ") if abstract else None,
        examined_title=sec.examined_title(prose),
        figures=figures.stated,
        claims=claims,
        references=sec.references(ref_text, text),
        columns=table.columns,
        warnings=warnings,
    )
