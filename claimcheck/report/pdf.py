"""A report given as a PDF: words with their positions from pdfplumber, lines rebuilt from
them, the claims table rebuilt by its columns, then the text parser.

Plain text extraction flattens a table: a claim that wraps over three lines in its cell
comes out as three lines, with the row's mark and confidence glued to whichever line they
were printed beside (the first, in a LaTeX ``p{}`` column; the middle, in an HTML table).
The columns are still there in the positions, so the claims table is read from them: the
header row names the columns, each word falls into the column under whose header it lies,
and the rows are told apart by the vertical space between them, or else by the lines that
carry a mark (one per row). The rebuilt table is handed to the text parser as a
tab-separated one; the rest of the page is read as lines.
"""

from __future__ import annotations

import io
import logging
import re
import statistics
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from claimcheck.errors import ReportError
from claimcheck.model import Mark, Report
from claimcheck.report.sections import heading_of
from claimcheck.report.table import (
    SENTENCE_END,
    column_of,
    join_wrapped,
    parse_confidence,
    parse_mark,
    reads_as_claims,
    vocabulary,
)
from claimcheck.report.text import parse_report_text

MAX_PAGES = 200  # a report is a few pages; a book-length PDF is not one
# Word gaps are judged against the font size: a fixed tolerance glues the words of tightly
# set (justified) lines together ("Doesmagnitudepruning").
_X_TOLERANCE_RATIO = 0.15


@dataclass
class Word:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float

    @property
    def middle(self) -> float:
        return (self.top + self.bottom) / 2


@dataclass
class Line:
    words: list[Word] = field(default_factory=list)
    page: int = 0

    @property
    def top(self) -> float:
        return min(w.top for w in self.words)

    @property
    def bottom(self) -> float:
        return max(w.bottom for w in self.words)

    @property
    def text(self) -> str:
        return " ".join(w.text for w in sorted(self.words, key=lambda w: w.x0))


def lines_of(words: list[Word], page: int = 0) -> list[Line]:
    """Words grouped into lines: a word belongs to a line when its vertical middle falls
    within the line's height (a ✓ sits a little higher than the digits beside it)."""
    lines: list[Line] = []
    band = (0.0, 0.0)  # the first word's height: a line's band does not grow word by word
    for w in sorted(words, key=lambda w: (w.middle, w.x0)):
        if lines and band[0] - 1 <= w.middle <= band[1] + 1:
            lines[-1].words.append(w)
        else:
            lines.append(Line([w], page))
            band = (w.top, w.bottom)
    for line in lines:
        line.words.sort(key=lambda w: w.x0)
    return lines


def _pitch(lines: list[Line]) -> float:
    steps = [b.top - a.top for a, b in zip(lines, lines[1:]) if a.page == b.page and b.top > a.top]
    return min(steps) if steps else 12.0


def page_text(lines: list[Line]) -> str:
    """Lines as text; a blank line where the vertical gap says a paragraph ends."""
    if not lines:
        return ""
    usual = statistics.median([b.top - a.top for a, b in zip(lines, lines[1:])] or [12.0])
    out = [lines[0].text]
    for a, b in zip(lines, lines[1:]):
        if b.top - a.top > usual * 1.6:
            out.append("")
        out.append(b.text)
    return "\n".join(out)


# ----------------------------------------------------------------------------- claims table


@dataclass
class _Columns:
    left: float  # where the table starts: text left of it is not the table's
    claim_left: float
    claim_right: float  # words ending left of this are the claim's
    others: dict[str, float]  # column key → the centre of its header
    spans: dict[str, tuple[float, float]]  # column key → its header's left and right

    def holds(self, key: str, w: Word) -> bool:
        """Does the word lie under its column's header? (Text set with spaces rather than
        as a table puts the marks wherever the claim ends.)"""
        x0, x1 = self.spans[key]
        slack = max(x1 - x0, 15.0)
        return x0 - slack <= (w.x0 + w.x1) / 2 <= x1 + slack


def _header(line: Line) -> _Columns | None:
    keys = [(column_of(w.text), w) for w in line.words]
    # A header names columns and little else ("#", "No."); a sentence that happens to say
    # "claim" and "verified" is not one.
    if any(k is None and len(w.text) > 3 for k, w in keys):
        return None
    named: dict[str, Word] = {}
    for i, (k, w) in enumerate(keys):
        if k is None:
            named[f"_{i}"] = w  # a column we do not read ("#", "No."): its words are set aside
        elif k not in named:  # "Claim text": the second word names the same column
            named[k] = w
    if "claim" not in named or sum(not k.startswith("_") for k in named) < 2:
        return None
    claim = named["claim"]
    right_of_claim = [w.x0 for k, w in named.items() if k != "claim" and w.x0 > claim.x1]
    if not right_of_claim:
        return None  # a claim column that is not the leftmost text column: not a layout we read
    others = {k: (w.x0 + w.x1) / 2 for k, w in named.items() if k != "claim"}
    spans = {k: (w.x0, w.x1) for k, w in named.items() if k != "claim"}
    return _Columns(min(w.x0 for w in line.words), claim.x0, min(right_of_claim) - 2, others, spans)


_PAGE_NUMBER = re.compile(r"^(?:page\s+)?\d{1,3}(?:\s*(?:/|of)\s*\d{1,3})?$", re.I)


def _split(line: Line, cols: _Columns) -> tuple[list[Word], dict[str, list[Word]]]:
    claim: list[Word] = []
    others: dict[str, list[Word]] = {}
    left_columns = any(x1 <= cols.claim_left for _, x1 in cols.spans.values())
    for w in line.words:
        inside = w.x1 <= cols.claim_right + 1 and (w.x0 >= cols.claim_left - 2 or not left_columns)
        if inside or not cols.others:
            claim.append(w)
        else:
            key = min(cols.others, key=lambda k: abs(cols.others[k] - (w.x0 + w.x1) / 2))
            others.setdefault(key, []).append(w)
    return claim, others


def _rows(body: list[Line], cols: _Columns) -> list[list[Line]]:
    """The body's lines grouped into table rows."""
    anchors = [i for i, line in enumerate(body) if _split(line, cols)[1]]
    # Rows set apart by vertical space (cell padding, row rules): trusted when every row so
    # found carries exactly one mark line.
    pitch = _pitch(body)
    groups: list[list[int]] = [[0]]
    for i in range(1, len(body)):
        a, b = body[i - 1], body[i]
        if b.page != a.page or b.top - a.top > pitch * 1.3:
            groups.append([i])
        else:
            groups[-1].append(i)
    if len(groups) > 1 and all(sum(i in anchors for i in g) == 1 for g in groups):
        return [[body[i] for i in g] for g in groups]
    # Evenly spaced rows: the mark sits beside a row's first line (LaTeX p{} cells), its
    # last (bottom-aligned cells) or its middle (centred cells). The reading whose rows
    # most often start with a capital and end a sentence wins; ties go to the first.
    readings = []
    if anchors[0] == 0:
        readings.append(list(zip(anchors, anchors[1:] + [len(body)])))
    if anchors[-1] == len(body) - 1:
        readings.append(list(zip([0] + [a + 1 for a in anchors[:-1]], [a + 1 for a in anchors])))
    # Cues are read from the claim column alone: a row number beside it is no capital.
    texts = [" ".join(w.text for w in _split(line, cols)[0]) for line in body]
    readings.append(_centred_rows(body, texts, anchors))
    best = max(readings, key=lambda spans: reads_as_claims([" ".join(texts[s:e]) for s, e in spans]))
    return [body[s:e] for s, e in best]


# What a mark or confidence cell may hold besides a mark or a number.
_UNSURE = {"", "-", "–", "—", "?", "n/a", "na", "partial", "partially", "partly", "unclear", "unknown",
           "high", "medium", "low", "mixed"}


def _plain_cell(key: str, text: str) -> bool:
    value = text.strip().strip("*_").lower()
    if value in _UNSURE:
        return True
    if key == "verified":
        return parse_mark(value) is not Mark.UNKNOWN
    if key == "confidence":
        return parse_confidence(value) is not None
    return True


def _centred_rows(body: list[Line], texts: list[str], anchors: list[int]) -> list[tuple[int, int]]:
    """Rows of vertically centred cells without space between them: each mark line is the
    middle of its row, so a row ends about as far below its mark as it began above it;
    among the lines near there, one that ends a sentence before a capital ends the row."""
    spans = []
    start = 0
    for n, a in enumerate(anchors):
        if n + 1 == len(anchors):
            spans.append((start, len(body)))
            break
        nxt = anchors[n + 1]
        ideal = min(max(a + (a - start), a), nxt - 1)  # the row's last line if centred
        candidates = range(a, nxt)

        def cost(k: int) -> tuple[float, int]:
            text, after = texts[k], texts[k + 1]
            cue = bool(SENTENCE_END.search(text)) and after[:1].isupper()
            page_break = body[k].page != body[k + 1].page  # rows are not split over pages
            return (abs(k - ideal) - (1.5 if cue else 0.0) - (3.0 if page_break else 0.0), k)

        end = min(candidates, key=cost)
        spans.append((start, end + 1))
        start = end + 1
    return spans


def rebuild_claims_table(lines: list[Line]) -> tuple[int, int, list[str]] | None:
    """(first line, end line, tab-separated replacement) for the claims table, or None."""
    for h, line in enumerate(lines):
        cols = _header(line)
        if cols is None:
            continue
        end = h + 1
        body: list[Line] = []
        while end < len(lines):
            nxt = lines[end]
            if _PAGE_NUMBER.match(nxt.text.strip()) or (_header(nxt) and body):
                end += 1  # a page number, or the header repeated on the next page
                continue
            _, others = _split(nxt, cols)
            if not body:
                # A header centred over its column starts right of the column's text.
                cols.left = min(cols.left, min(w.x0 for w in nxt.words))
            starts_left = min(w.x0 for w in nxt.words) < cols.left - 12
            far = body and nxt.page == body[-1].page and nxt.top - body[-1].bottom > 3 * _pitch(body + [nxt])
            marked = any(not k.startswith("_") for k in others)
            astray = not all(cols.holds(k, w) for k, ws in others.items() for w in ws)
            if (not marked and heading_of(nxt.text) is not None) or starts_left or far or (astray and not marked):
                break  # prose or a heading after the table (under a row-number column, say)
            body.append(nxt)
            end += 1
        split = [_split(l, cols)[1] for l in body]
        if not all(cols.holds(k, w) for cells in split for k, ws in cells.items() for w in ws):
            return None  # not set as a table: the text parser reads the lines
        if not any(any(not k.startswith("_") for k in cells) for cells in split):
            # The other columns came out empty (marks drawn as images, say): nothing tells
            # the rows apart here; the text parser's wrapped shape reads such tables.
            return None
        read = [k for k in cols.others if not k.startswith("_")]
        names = ["claim", *read]
        vocab = vocabulary("\n".join(l.text for l in lines))
        out = ["\t".join(n.capitalize() for n in names)]
        for row in _rows(body, cols):
            claim_lines, cells = [], {k: [] for k in cols.others}  # type: ignore[var-annotated]
            for line in row:
                claim_words, others = _split(line, cols)
                if claim_words:
                    claim_lines.append(" ".join(w.text for w in claim_words))
                for k, ws in others.items():
                    cells[k].extend(w.text for w in ws)
            if not all(_plain_cell(k, " ".join(cells[k])) for k in read):
                return None  # a claim's words under the mark column: text set with spaces, not a table
            if claim_lines:
                text = join_wrapped(claim_lines, vocab)
                out.append("\t".join([text, *(" ".join(cells[k]) for k in read)]))
        return h, end, out
    return None


# ----------------------------------------------------------------------------- reading


def _words(page: Any) -> list[Word]:
    # Ligature glyphs ("ﬁ") come out as one code point where a font maps them so; claims
    # must read "fine-tuning" as the papers do.
    return [
        Word(unicodedata.normalize("NFKC", w["text"]), float(w["x0"]), float(w["x1"]), float(w["top"]), float(w["bottom"]))
        for w in page.extract_words(x_tolerance_ratio=_X_TOLERANCE_RATIO, keep_blank_chars=False)
    ]


def pdf_lines(data: bytes, path: str) -> list[Line]:
    import pdfplumber

    # pdfminer logs every malformed object it skips; a broken PDF gets one clear error instead.
    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            if len(pdf.pages) > MAX_PAGES:
                raise ReportError(path, f"PDF has {len(pdf.pages)} pages; a report has at most {MAX_PAGES}")
            return [line for n, page in enumerate(pdf.pages) for line in lines_of(_words(page), n)]
    except ReportError:
        raise
    except Exception as exc:  # pdfminer raises many unrelated types for corrupt files
        raise ReportError(path, f"not a readable PDF ({type(exc).__name__}: {exc})") from exc


def drop_page_numbers(lines: list[Line]) -> list[Line]:
    """Without the lone numbers that open or close a page (page numbers are no text)."""
    ends = set()
    for n in {l.page for l in lines}:
        on_page = [i for i, l in enumerate(lines) if l.page == n]
        ends.update((on_page[0], on_page[-1]))
    return [l for i, l in enumerate(lines) if not (i in ends and _PAGE_NUMBER.match(l.text.strip()))]


def lines_to_text(lines: list[Line]) -> str:
    """The report's text, its claims table (when its columns can be read) tab-separated."""
    lines = drop_page_numbers(lines)
    table = rebuild_claims_table(lines)
    pages: list[str] = []
    if table is None:
        before, rows, after = lines, [], []
    else:
        start, end, rows = table
        before, after = lines[:start], lines[end:]
    for part in (before, after):
        for n in sorted({l.page for l in part}):
            pages.append(page_text([l for l in part if l.page == n]))
        if part is before and rows:
            pages.append("\n".join(rows))
    return "\n\n".join(p for p in pages if p)


def pdf_text(data: bytes, path: str) -> str:
    text = lines_to_text(pdf_lines(data, path))
    if not text.strip():
        raise ReportError(path, "the PDF has no extractable text (scanned images?)")
    return text


def parse_pdf(data: bytes, path: str, sha256: str = "") -> Report:
    return parse_report_text(pdf_text(data, path), path, "pdf", sha256)
