"""PDF → passages in reading order, with positions, sections and tables.

Which library, measured (benchmarks/bench_extract.py, benchmarks/bench_realpapers.py):

* pypdfium2 gives every character with its box, baseline, font size, weight and rotation
  angle (C code, one ctypes call per question); pdfplumber (pdfminer, pure Python) needs
  ~90 ms a page for ``extract_text`` alone.
* pdfplumber's ``extract_text`` glues the words of justified pdflatex lines together
  ("Intentclassifiersforvoiceassistants"), because pdflatex positions words with kerns
  instead of space glyphs; PDFium's text page puts word spaces there, and its boxes let us
  measure the gaps that make table cells and columns.
* pdfplumber's ``find_tables`` found no table at all in the fixture, with default settings
  or ``vertical_strategy="text"``: arXiv tables are booktabs tables (three horizontal rules,
  no vertical ones). Its strength, ruled grids, is rare in papers.
* pypdfium2 reports the angle of each character, so the sideways arXiv stamp can be
  dropped exactly; both libraries map pdflatex's ligature glyphs back to letters via the
  font's ToUnicode map, and we NFKC-normalise for PDFs whose map yields U+FB01 etc.

So pypdfium2 does everything here and the layout work is ours, one module per job:
``pdfchars`` (page → word fragments with boxes), ``layout`` (rows, columns, reading order,
page furniture), ``tables`` (rows of aligned cells → cells with headers), ``sentences``
(hyphenation, sentence boundaries, numbers). This module opens the PDF and turns the
ordered rows into passages: title, headings (sections), blocks → sentences, captions,
tables, footnotes.

Speed (``benchmarks/bench_realpapers.py``: CPU time, best of several rounds, the extractors
taking turns; single runs on the shared 2-core machine vary by ±15%, and under a load of 3-5
both extractors slow down, ours more): 0.43-0.46× the pages/s of raw pypdfium2
``get_text_range`` on the 51 PDFs of ``data/realpapers`` (0.33-0.37× before the speed passes
of issue 12), ~15× pdfplumber's ``extract_text``. Instruction counts (valgrind, one pass over
the corpus, imports subtracted) say it without the noise: raw pypdfium2 1,283 M, ours 2,440 M
(2,512 M before the third speed pass; on the first 41 PDFs the second took ours from 1,706 M
to 1,588 M, raw 879 M). Where our time goes (py-spy samples): half is PDFium's own and raw
pypdfium2 pays it too (loading the page 20%, its text page 15%, opening and closing the
document 7%); of the other half, the two loose-box calls per word ~10% (a call costs
~300-550 ns on the corpus, where PDFium's character data is cold), the rest of words →
fragments ~10% (word places, a style per line, the checks around the calls), passages 13%
(sentence blocks, table cells and rows), rows 4%, tables 4%, the vocabulary 2%, and small
steps.
"""

from __future__ import annotations

import re
import threading
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path

import pypdfium2 as pdfium

from claimcheck.errors import SourceError
from claimcheck.model import BBox, Passage
from claimcheck.sources.layout import (
    Row,
    body_size,
    build_rows,
    cells_of,
    drop_furniture,
    find_gutter,
    footnote_rows,
    page_has_columns,
    reading_order,
    resolve_superscripts,
    row_text,
    split_columns,
    table_label,
    union_box,
)
from claimcheck.sources.linenumbers import numbering_edges, without_line_numbers
from claimcheck.sources.pdfchars import PageChars, Rule, clean_char, read_page
from claimcheck.sources.sentences import join_lines, line_joint, normalise_numbers, split_sentences, vocabulary
from claimcheck.sources.tables import FIGURE_CAPTION, TABLE_CAPTION, Table, caption_rows, find_tables, runs_on, table_passages

# Importable from here as before the split: other stages and tests use these names.
__all__ = [
    "EXTRACTOR_VERSION",
    "ExtractedDocument",
    "PDFIUM_LOCK",
    "clean_char",
    "extract_pdf",
    "join_lines",
    "normalise_numbers",
    "split_sentences",
    "validate_pdf",
]

EXTRACTOR_VERSION = "claimcheck-pdfium-17"  # bumped with every change of what extraction yields: cache entries are keyed by it


@dataclass
class ExtractedDocument:
    pages: int
    passages: list[Passage]
    extractor: str = EXTRACTOR_VERSION


# --------------------------------------------------------------------------- blocks & text

_HEADING = re.compile(
    r"^(?:(?:\d+(?:\.\d+){0,3}\.?|[IVX]+\.|[A-H](?:\.\d+)*\.?)\s+[A-Z][\w ,:&()'/-]{1,80}|"
    r"(?:Abstract|References|Bibliography|Acknowledg(?:e)?ments?|Appendix(?: [A-Z])?|Introduction|"
    r"Related [Ww]ork|Conclusions?|Limitations|Discussion|Ethics Statement|Broader Impact)\.?)$"
)

_ONE_WORD = re.compile(r"^[A-Z][a-z]+\.$")
_NUMBERED = re.compile(r"^(\d+(\.\d+)*|[IVX]+\.|[A-H]\.?\d*)\s")


def _is_heading(r: Row, body_size: float) -> bool:
    text = r.text.strip()
    if not _HEADING.match(text) or len(text) > 90:
        return False
    if text.endswith(".") and not _ONE_WORD.match(text):
        return False
    return r.bold or r.size > body_size * 1.05 or bool(_NUMBERED.match(text))


# --------------------------------------------------------------------------- the document

# PDFium is not thread-safe, not even across different documents (pypdfium2's docs; seen
# here as a heap-corruption abort when fetch_sources extracted two papers at once). Every
# PDFium call goes through this lock; downloads still run in parallel.
PDFIUM_LOCK = threading.RLock()


def _open(data: bytes | Path) -> tuple[pdfium.PdfDocument, bytes]:
    if isinstance(data, Path):
        path = data
        try:
            data = path.read_bytes()
        except OSError as err:
            raise SourceError(f"cannot read {path}: {err.strerror or err}") from err
    if not data.lstrip()[:5].startswith(b"%PDF-"):
        kind = "an HTML page" if b"<html" in data[:1024].lower() or b"<!doctype" in data[:1024].lower() else "not a PDF"
        raise SourceError(f"the file is {kind} (it does not start with %PDF-)")
    try:
        doc = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as err:
        raise SourceError(f"the PDF cannot be read ({err})") from err
    return doc, data


def validate_pdf(data: bytes) -> int:
    """Check downloaded bytes before they are cached: a PDF, complete, readable. Returns the
    page count; raises :class:`SourceError` saying what is wrong."""
    if data.lstrip()[:5].startswith(b"%PDF-") and b"%%EOF" not in data[-2048:]:
        # Every complete PDF ends with %%EOF (incremental updates add another at the end).
        raise SourceError(f"the PDF is truncated ({len(data):,} bytes, no end-of-file marker)")
    with PDFIUM_LOCK:
        return _validate(data)


def _validate(data: bytes) -> int:
    doc, data = _open(data)
    try:
        n = len(doc)
        if n == 0:
            raise SourceError("the PDF has no pages")
        doc[0].get_textpage()
        return n
    finally:
        doc.close()


def extract_pdf(data: bytes | Path) -> ExtractedDocument:
    """Passages of a PDF in reading order. Raises :class:`SourceError` for a corrupt or
    non-PDF input."""
    with PDFIUM_LOCK:
        return _extract_locked(data)


def _extract_locked(data: bytes | Path) -> ExtractedDocument:
    doc, _ = _open(data)
    try:
        return _extract(doc)
    except pdfium.PdfiumError as err:
        raise SourceError(f"the PDF cannot be read ({err})") from err
    finally:
        doc.close()


def _extract(doc: pdfium.PdfDocument) -> ExtractedDocument:
    n_pages = len(doc)
    raw_pages: list[list[Row]] = []
    heights: list[float] = []
    widths: list[float] = []
    rules: list[list[Rule]] = []
    read: list[PageChars] = []
    for index in range(n_pages):
        page = doc[index]
        try:
            read.append(read_page(page))
        finally:
            page.close()
    # A submission's line numbers go before rows are built: each would join the line it faces.
    numbering = numbering_edges([c.frags for c in read])
    for index, chars in enumerate(read):
        rows = build_rows(without_line_numbers(chars.frags, numbering), index + 1)
        for r in rows:
            r.text = resolve_superscripts(row_text(r.chars, r.size)).strip()
            r.bold = r.chars[0].bold
            r.cells = cells_of(r, max(0.9 * r.size, 5.0))
        raw_pages.append([r for r in rows if r.text])
        heights.append(chars.height)
        widths.append(chars.width)
        rules.append(chars.rules)
    # Furniture is found on whole rows, before columns split a header into its two ends.
    raw_pages = drop_furniture(raw_pages, heights)
    gutters: dict[int, tuple[float, float] | None] = {}
    for w in {round(w) for w in widths}:
        gutters[w] = find_gutter([rows for rows, pw in zip(raw_pages, widths) if round(pw) == w], w)
    pages: list[list[Row]] = []
    for rows, width, page_rules in zip(raw_pages, widths, rules):
        gutter = gutters[round(width)]
        if gutter is not None and not page_has_columns(rows, gutter):
            gutter = None  # a single-column page of a two-column paper
        rows = split_columns(rows, gutter, page_rules)
        pages.append(reading_order([r for r in rows if r.text]))
    ordered = [r for rows in pages for r in rows]
    size = body_size(ordered)
    vocab = vocabulary(r.text for r in ordered)
    tables = {id(t.anchor): t for rows, page_rules in zip(pages, rules) for t in find_tables(rows, page_rules)}
    notes: set[int] = set()
    for rows, height in zip(pages, heights):
        notes |= footnote_rows(rows, height, size)
    return ExtractedDocument(pages=n_pages, passages=_passages(ordered, tables, notes, size, vocab))


def _passages(rows: list[Row], tables: dict[int, Table], footnotes: set[int], body_size: float, vocab: Counter[str]) -> list[Passage]:
    out: list[Passage] = []
    # Floats, footnotes and equations met inside a paragraph wait until it ends: a paragraph
    # that runs from the foot of one column to the other, past a float, stays one block.
    # They are made when they take their place, numbered from there (each is made once).
    deferred: list[Callable[[int], list[Passage]]] = []
    section: str | None = None
    block: list[Row] = []
    title_done = False
    kind_for_block = "sentence"

    def flush() -> None:
        nonlocal block
        if block:
            out.extend(_block_passages(block, section, kind_for_block, vocab, len(out)))
        block = []
        for make in deferred:
            out.extend(make(len(out)))
        deferred.clear()

    title_rows: list[Row] = []
    left_edge: dict[tuple[int, str], float] = {}
    for r in rows:
        if len(r.text) > 40:  # lines of prose
            key = (r.page, r.side)
            left_edge[key] = min(left_edge.get(key, r.x0), r.x0)
    i = -1
    while i + 1 < len(rows):
        i += 1
        r = rows[i]
        if id(r) in tables:
            deferred.append(partial(table_passages, tables[id(r)], section=section, vocab=vocab))
            continue
        if r.used:
            continue
        if not title_done and r.page == 1 and max(c.size for c in r.chars) >= body_size * 1.25 and not (title_rows and (abs(r.size - title_rows[-1].size) > 0.1 * title_rows[-1].size or r.base - title_rows[-1].base > 2.5 * r.size)):
            # The title: the large rows at the top of page 1, possibly over several lines of
            # one size; a section heading after it is not part of it.
            title_rows.append(r)
            if out and out[-1].kind == "title" and not block:
                prev = out[-1]
                box = union_box([(prev.bbox.x0, prev.bbox.top, prev.bbox.x1, prev.bbox.bottom), (r.x0, r.top, r.x1, r.bottom)]) if prev.bbox else None
                out[-1] = Passage(f"{prev.text} {r.text}", 1, box, "title", len(out) - 1)
            else:
                flush()
                out.append(Passage(r.text, 1, BBox(r.x0, r.top, r.x1, r.bottom), "title", len(out)))
            continue
        if out and out[-1].kind == "title":
            title_done = True
        if id(r) in footnotes:
            note = [r]
            while i + 1 < len(rows) and id(rows[i + 1]) in footnotes and not (rows[i + 1].chars and rows[i + 1].chars[0].sup):
                i += 1
                note.append(rows[i])
            deferred.append(partial(_block_passages, note, section, "footnote", vocab))
            continue
        if _is_heading(r, body_size) and not _continues_prose(block, r):
            flush()
            title_done = True
            heading = r.text.strip().rstrip(".")
            section = heading
            kind_for_block = "abstract" if heading.lower() == "abstract" else "sentence"
            continue
        if (FIGURE_CAPTION.match(r.text) or TABLE_CAPTION.match(r.text)) and not runs_on(rows, i):
            caption = caption_rows(rows, i)
            for c in caption:
                c.used = True
            deferred.append(partial(_block_passages, caption, section, "caption", vocab))
            continue
        # A display is set off from its column's left edge; a prose line with "x = 3" is not.
        if r.x0 >= left_edge.get((r.page, r.side), 0.0) + 1.5 * r.size and _is_equation(r, body_size):
            # Limits, fraction parts and big operators sit on baselines of their own, just
            # above and below the equation's main line and inside its width.
            parts = [r]
            while block and _display_part(block[-1], r):
                parts.insert(0, block.pop())
            while i + 1 < len(rows) and not rows[i + 1].used and _display_part(rows[i + 1], r):
                i += 1
                parts.append(rows[i])
            box = union_box([(x.x0, x.top, x.x1, x.bottom) for x in parts])
            text = " ".join(x.text for x in sorted(parts, key=lambda x: x.base))
            deferred.append(partial(_equation_passage, normalise_numbers(text), r.page, box, section))
            continue
        if block and _new_block(block[-1], r):
            flush()
        block.append(r)
    flush()
    return _run_in_abstract(out)


# IEEE and Springer styles run the label into the abstract's first line: "Abstract—We ...".
_RUN_IN_ABSTRACT = re.compile(r"^(?:Abstract|ABSTRACT)\s*(?:[\u2014\u2013:.]|-{1,3})\s*(?=\S)")


def _run_in_abstract(passages: list[Passage]) -> list[Passage]:
    """An abstract under no heading of its own, its label run into its first sentence, is
    the abstract all the same: its sentences up to the first heading, the label dropped."""
    start = next((k for k, p in enumerate(passages) if p.section is None and p.kind == "sentence" and _RUN_IN_ABSTRACT.match(p.text)), None)
    if start is None:
        return passages
    out = passages[:start]
    for p in passages[start:]:
        if p.section is not None:
            out.append(p)
            continue
        if p.kind == "sentence":
            text = _RUN_IN_ABSTRACT.sub("", p.text) if len(out) == start else p.text
            p = replace(p, text=text, kind="abstract", section="Abstract")
        out.append(p)
    return out


def _equation_passage(text: str, page: int, box: BBox | None, section: str | None, order: int) -> list[Passage]:
    return [Passage(text, page, box, "equation", order, section)]


_MATH = re.compile(r"[=≤≥<>∑∏∫√∈∀∃→←⇒≈∝∥∇∂∼]|\b(?:arg)?(?:max|min|log|exp|softmax)\b")
_EQ_NUMBER = re.compile(r"\(\d+(?:\.\d+)?[a-z]?\)$")
_LONG_WORD = re.compile(r"[A-Za-z]{3,}")


def _display_part(x: Row, eq: Row) -> bool:
    return (
        x.page == eq.page
        and x.side == eq.side
        and abs(x.base - eq.base) <= 1.6 * eq.size
        and x.x0 >= eq.x0 - 2
        and x.x1 <= eq.x1 + 2
        and len(_LONG_WORD.findall(x.text)) <= 1
    )


def _is_equation(r: Row, body_size: float) -> bool:
    """A displayed equation: math symbols, few words, often an equation number at the
    right margin. Prose that mentions "x = 3" has many words and stays prose."""
    # The cheap tests first: most rows that get here are indented prose, with many words.
    if abs(r.size - body_size) >= 0.15 * body_size + 0.5:
        return False
    text = r.text.strip()
    if len(_LONG_WORD.findall(text)) > max(2, 0.25 * len(text.split())):
        return False
    return _MATH.search(text) is not None or (len(r.cells) >= 2 and _EQ_NUMBER.search(r.cells[-1][2]) is not None)


def _continues_prose(block: list[Row], r: Row) -> bool:
    """A line set like the prose before it, right under a line that ends mid-sentence, is
    that sentence going on ("… BART also provides a" / "1.1 BLEU increase over …"), even
    when it reads like a numbered heading; a heading is bold, larger, or follows a
    finished line."""
    if not block or r.bold or (r.page, r.side) != (block[-1].page, block[-1].side) or _new_block(block[-1], r):
        return False
    return re.search(r"[.:;!?)\]]$", block[-1].text.strip()) is None


def _new_block(prev: Row, r: Row) -> bool:
    if r.page != prev.page or r.side != prev.side:
        # A paragraph continues across columns and pages; a size change says it does not.
        return abs(r.size - prev.size) > 0.5
    if abs(r.size - prev.size) > 0.5:
        return True
    gap = r.base - prev.base
    return gap < 0 or gap > 1.9 * max(r.size, prev.size)


_ANY_WORD_CHAR = re.compile(r"\w")


def _block_passages(block: list[Row], section: str | None, kind: str, vocab: Counter[str], order: int) -> list[Passage]:
    # Build the block's text while remembering where each row's characters begin, so that
    # every sentence gets the box of the lines it covers. A row that adds no character
    # (an empty line) has no segment.
    text = ""
    seg_starts: list[int] = []
    seg_rows: list[int] = []
    for k, r in enumerate(block):
        if not text:
            text = r.text
            if text:
                seg_starts.append(0)
                seg_rows.append(k)
            continue
        line = r.text.strip()
        if not line:
            continue
        drop, sep = line_joint(text, line, vocab)
        if drop:  # a line-end hyphen undone
            text = text[:-drop]
            if seg_starts[-1] >= len(text):  # it was all that row gave
                seg_starts.pop()
                seg_rows.pop()
        seg_starts.append(len(text))
        seg_rows.append(k)
        text += sep + line
    passages: list[Passage] = []
    if kind in ("caption", "footnote"):
        spans = [(0, len(text))] if kind == "caption" else split_sentences(text)
    else:
        spans = split_sentences(text)
    for a, b in spans:
        sentence = normalise_numbers(text[a:b].strip())
        if not sentence or not _ANY_WORD_CHAR.search(sentence):
            continue
        # The rows of text[a:b]: from the segment holding a to the one holding b - 1.
        rows_used = seg_rows[bisect_right(seg_starts, a) - 1 : bisect_right(seg_starts, b - 1)] if a < b else [0]
        first_page = block[rows_used[0]].page
        boxes = [(block[k].x0, block[k].top, block[k].x1, block[k].bottom) for k in rows_used if block[k].page == first_page]
        label = None
        if kind == "caption":
            m = TABLE_CAPTION.match(sentence)
            label = table_label(m.group(2)) if m else None
        passages.append(Passage(sentence, first_page, union_box(boxes), kind, order + len(passages), section, label))
    return passages
