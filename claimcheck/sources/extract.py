"""PDF → passages in reading order, with positions, sections and tables.

Which library, measured (benchmarks/bench_extract.py; fixture 2612.99901v1 and the
generated paper of tests/pdfgen.py, this machine):

* pypdfium2 gives every character with its box, baseline, font size, weight and rotation
  angle in ~8-25 ms a page (C code; ~6 ctypes calls a char); pdfplumber (pdfminer, pure
  Python) needs ~90 ms a page for ``extract_text`` alone.
* pdfplumber's ``extract_text`` glues the words of justified pdflatex lines together
  ("Intentclassifiersforvoiceassistants"), because pdflatex positions words with kerns
  instead of space glyphs; pypdfium2's character boxes let us measure the gaps ourselves.
* pdfplumber's ``find_tables`` found no table at all in the fixture, with default settings
  or ``vertical_strategy="text"``: arXiv tables are booktabs tables (three horizontal rules,
  no vertical ones). Its strength, ruled grids, is rare in papers.
* pypdfium2 reports the angle of each character, so the sideways arXiv stamp can be
  dropped exactly; both libraries map pdflatex's ligature glyphs back to letters via the
  font's ToUnicode map, and we NFKC-normalise for PDFs whose map yields U+FB01 etc.

So pypdfium2 does everything here, and the layout work (columns, lines, words, tables,
hyphenation) is ours, on its character boxes. Whole pipeline, same 10 pages (2 fixture
PDFs + 2 generated), shared 2-core machine: ours 36 pages/s, pdfplumber ``extract_text``
8.5 pages/s, pypdfium2 ``get_text_range`` 430 pages/s (ours takes 0.24x pdfplumber's time).

The pipeline, per document: characters → rows (shared baseline, superscripts attached) →
segments (split at gaps wider than a column gutter) → columns (a vertical gutter found per
page) → reading order (full-width rows cut the page into bands; within a band the left
column precedes the right) → running headers/footers and page numbers dropped (same text
at the same place on several pages) → tables (around a "Table N" caption: rows of aligned
cells) → blocks → hyphenation undone with the document's own vocabulary as evidence →
sentences.
"""

from __future__ import annotations

import ctypes
import re
import statistics
import threading
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from claimcheck.errors import SourceError
from claimcheck.model import BBox, Passage

EXTRACTOR_VERSION = "claimcheck-pdfium-1"


@dataclass
class ExtractedDocument:
    pages: int
    passages: list[Passage]
    extractor: str = EXTRACTOR_VERSION


# --------------------------------------------------------------------------- characters

# Characters that are drawn but are not text for our purposes, or need a plain spelling.
_CHAR_MAP = {
    "\u2212": "-",  # minus sign
    "\u2010": "-",  # hyphen
    "\u2011": "-",  # non-breaking hyphen
    "\u00ad": "-",  # soft hyphen (only ever visible at a line end)
    "\x02": "-",  # pdfium's marker for a hyphen it saw at a line end
    "\ufffe": "-",
    "\u2206": "\u0394",  # INCREMENT → GREEK CAPITAL DELTA (the "Δ" column of tables)
    "\u2019": "'",
    "\u2018": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u00a0": " ",
}
_THIN_SPACES = {"\u2009", "\u202f", "\u2006", "\u2005", "\u200a"}


def clean_char(ch: str) -> str:
    """One character as text: ligatures and compatibility forms NFKC-decomposed, minus and
    typographic variants made plain; thin spaces are kept (numbers decide what they mean)."""
    if ch in _CHAR_MAP:
        return _CHAR_MAP[ch]
    if ch in _THIN_SPACES:
        return "\u2009"
    if ch.isascii():
        return ch
    out = unicodedata.normalize("NFKC", ch)
    return "".join(_CHAR_MAP.get(c, c) for c in out)


@dataclass
class _Char:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    base: float  # baseline, top-origin
    size: float
    index: int  # pdfium char index (for font weight look-ups)
    sup: bool = False  # raised and smaller than its row: footnote mark or exponent


@dataclass
class _Row:
    page: int
    chars: list[_Char]
    base: float
    size: float
    x0: float = 0.0
    x1: float = 0.0
    top: float = 0.0
    bottom: float = 0.0
    text: str = ""
    bold: bool = False
    side: str = "full"  # "left" | "right" | "full" (single-column page or spanning row)
    cells: list[tuple[float, float, str]] = field(default_factory=list)  # (x0, x1, text)
    used: bool = False  # consumed by a table

    def finish(self) -> None:
        self.chars.sort(key=lambda c: c.x0)
        self.x0 = min(c.x0 for c in self.chars)
        self.x1 = max(c.x1 for c in self.chars)
        self.top = min(c.top for c in self.chars)
        self.bottom = max(c.bottom for c in self.chars)


def _read_page(doc: pdfium.PdfDocument, index: int) -> tuple[list[_Char], float, float, object]:
    page = doc[index]
    width, height = page.get_size()
    textpage = page.get_textpage()
    n = textpage.count_chars()
    tp = textpage.raw
    rect = pdfium_c.FS_RECTF()
    ox, oy = ctypes.c_double(), ctypes.c_double()
    get_unicode, get_box = pdfium_c.FPDFText_GetUnicode, pdfium_c.FPDFText_GetLooseCharBox
    get_origin, get_size = pdfium_c.FPDFText_GetCharOrigin, pdfium_c.FPDFText_GetFontSize
    get_angle, is_generated = pdfium_c.FPDFText_GetCharAngle, pdfium_c.FPDFText_IsGenerated
    raw_chars: list[tuple[_Char, float]] = []
    for i in range(n):
        code = get_unicode(tp, i)
        if code in (0x0A, 0x0D) or (code == 0x20 and is_generated(tp, i)):
            continue  # pdfium's own line breaks and guessed spaces: we measure gaps ourselves
        ch = chr(code)
        if code == 0x20:
            continue  # real space glyphs: gaps are measured from the boxes either way
        # Loose boxes span the glyph's advance and the font's ascent/descent: gaps between
        # them are real spacing, not side bearings ("1.2" must not read "1 .2").
        get_box(tp, i, ctypes.byref(rect))
        get_origin(tp, i, ctypes.byref(ox), ctypes.byref(oy))
        size = get_size(tp, i)
        angle = get_angle(tp, i)
        raw_chars.append(
            (
                _Char(ch, rect.left, rect.right, rect.top, rect.bottom, oy.value, size if size > 0 else 1.0, i),
                angle if angle >= 0 else 0.0,
            )
        )
    chars = _upright(raw_chars, width, height)
    return chars, width, height, textpage


def _quadrant(angle: float) -> int:
    return round(angle / (3.141592653589793 / 2)) % 4


def _upright(raw: list[tuple[_Char, float]], width: float, height: float) -> list[_Char]:
    """Keep the characters of the page's dominant orientation, in top-origin upright
    coordinates; the rest (the sideways arXiv stamp, rotated figure labels) are dropped."""
    if not raw:
        return []
    quadrants = Counter(_quadrant(a) for _c, a in raw if abs(a - round(a / 1.5707963) * 1.5707963) < 0.05)
    dominant = quadrants.most_common(1)[0][0] if quadrants else 0
    out: list[_Char] = []
    for c, a in raw:
        if abs(a - round(a / 1.5707963) * 1.5707963) >= 0.05 or _quadrant(a) != dominant:
            continue
        x0, x1, b, t, oy = c.x0, c.x1, c.bottom, c.top, c.base  # PDF coords (bottom-origin)
        if dominant == 0:
            c.x0, c.x1, c.top, c.bottom, c.base = x0, x1, height - t, height - b, height - oy
        elif dominant == 1:  # text runs bottom→top: a landscape page rotated for portrait
            c.x0, c.x1, c.top, c.bottom, c.base = b, t, x0, x1, x1
        elif dominant == 3:  # text runs top→bottom
            c.x0, c.x1, c.top, c.bottom, c.base = height - t, height - b, width - x1, width - x0, width - x0
        else:  # upside down
            c.x0, c.x1, c.top, c.bottom, c.base = width - x1, width - x0, b, t, oy
        c.text = clean_char(c.text)
        if c.text.strip() or c.text == "\u2009":
            out.append(c)
    return out


# --------------------------------------------------------------------------- rows


def _rows(chars: list[_Char], page: int) -> list[_Row]:
    """Characters sharing a baseline and a font size form a row; raised smaller characters
    (footnote marks, exponents, affiliations) then join the row they sit on. Size matters:
    a footnote mark must not join the other column's line that happens to be level with it."""
    if not chars:
        return []
    ordered = sorted(chars, key=lambda c: (c.base, c.x0))
    rows: list[_Row] = []
    active: list[_Row] = []
    for c in ordered:
        active = [r for r in active if c.base - r.base <= 0.3 * max(c.size, r.size)]
        for r in active:
            if 0.87 <= c.size / r.size <= 1.15:
                r.chars.append(c)
                break
        else:
            r = _Row(page=page, chars=[c], base=c.base, size=c.size)
            rows.append(r)
            active.append(r)
    for r in rows:
        r.size = statistics.median(c.size for c in r.chars)
    body = _body_size(rows)
    merged: list[_Row] = []
    for r in rows:
        if r.size < 0.85 * body and len(r.chars) <= 6:
            host = _host_row(rows, r)
            if host is not None:
                for c in r.chars:
                    c.sup = True
                host.chars.extend(r.chars)
                continue
        merged.append(r)
    for r in merged:
        r.finish()
    return merged


def _host_row(rows: list[_Row], r: _Row) -> _Row | None:
    rx0 = min(c.x0 for c in r.chars)
    rx1 = max(c.x1 for c in r.chars)
    best: tuple[float, _Row] | None = None
    for h in rows:
        if h is r or h.size < r.size * 1.15:
            continue
        drop = h.base - r.base  # positive when r is raised above h
        if not -0.25 * h.size <= drop <= 0.75 * h.size:
            continue
        xs = [c for c in h.chars if c.x0 - 1.5 * h.size <= rx1 and c.x1 + 1.5 * h.size >= rx0]
        if not xs:
            continue
        score = abs(drop - 0.3 * h.size)
        if best is None or score < best[0]:
            best = (score, h)
    return best[1] if best else None


def _body_size(rows: Iterable[_Row]) -> float:
    sizes: Counter[float] = Counter()
    for r in rows:
        sizes[round(r.size, 1)] += len(r.chars)
    return sizes.most_common(1)[0][0] if sizes else 10.0


def _row_text(chars: list[_Char], size: float) -> str:
    """Characters of one line → text, with spaces where the gap is a word space."""
    out: list[str] = []
    prev: _Char | None = None
    space_gap = 0.12 * size  # measured: in-word gaps ≤ 0.08 em, word spaces ≥ 0.16 em
    for c in chars:
        if c.text == "\u2009":
            out.append("\u2009")
            prev = None if prev is None else prev
            continue
        if prev is not None:
            gap = c.x0 - prev.x1
            if gap > space_gap and not (out and out[-1] in (" ", "\u2009")):
                out.append(" ")
        if c.sup:
            out.append(_SUP_OPEN + c.text + _SUP_CLOSE)
        else:
            out.append(c.text)
        prev = c
    return "".join(out).replace(_SUP_CLOSE + _SUP_OPEN, "")


_SUP_OPEN, _SUP_CLOSE = "\x01", "\x03"
_SUP_RE = re.compile("\x01([^\x03]*)\x03")


def _resolve_superscripts(text: str) -> str:
    """A raised run after a digit is an exponent ("10^-5"); anywhere else it is a footnote
    or affiliation mark glued to a word ("expensive.¹", "Okonkwo¹") and goes."""

    def repl(m: re.Match[str]) -> str:
        before = text[: m.start()].rstrip("\x03")
        inner = m.group(1).strip()
        if before and before[-1].isdigit() and re.fullmatch(r"[-+]?\d+", inner):
            return "^" + inner
        return ""

    return _SUP_RE.sub(repl, text)


def _cells(row: _Row, gap: float) -> list[tuple[float, float, str]]:
    """Split a row at gaps wider than ``gap``: table cells, or the two columns' lines."""
    groups: list[list[_Char]] = [[row.chars[0]]]
    for prev, c in zip(row.chars, row.chars[1:]):
        if c.x0 - prev.x1 > gap:
            groups.append([c])
        else:
            groups[-1].append(c)
    return [
        (min(c.x0 for c in g), max(c.x1 for c in g), _resolve_superscripts(_row_text(g, row.size)).strip())
        for g in groups
    ]


# --------------------------------------------------------------------------- columns & order


def _find_gutter(rows: list[_Row], width: float) -> tuple[float, float] | None:
    """The empty vertical strip between two columns, if the page has one."""
    body = [r for r in rows if len(r.chars) > 3]
    if len(body) < 6:
        return None
    step = 2.0
    lo, hi = width * 0.3, width * 0.7
    xs = [lo + k * step for k in range(int((hi - lo) / step) + 1)]
    cover = [0] * len(xs)
    for r in body:
        for x0, x1, _t in r.cells:
            for k, x in enumerate(xs):
                if x0 - 1 <= x <= x1 + 1:
                    cover[k] += 1
    best = min(cover)
    if best > 0.15 * len(body):
        return None
    # The widest run of x positions at the minimum coverage.
    runs: list[tuple[int, int]] = []
    start = None
    for k, c in enumerate(cover + [10**9]):
        if c <= best and start is None:
            start = k
        elif c > best and start is not None:
            runs.append((start, k - 1))
            start = None
    a, b = max(runs, key=lambda ab: ab[1] - ab[0])
    g0, g1 = xs[a], xs[b]
    mid = (g0 + g1) / 2
    left = sum(1 for r in body if any(x1 <= mid for _x0, x1, _t in r.cells))
    right = sum(1 for r in body if any(x0 >= mid for x0, _x1, _t in r.cells))
    if left < 0.2 * len(body) or right < 0.2 * len(body):
        return None
    return g0, g1


def _split_columns(rows: list[_Row], width: float) -> list[_Row]:
    """Give each row a side; a row with text on both sides of the gutter is split in two."""
    for r in rows:
        r.cells = _cells(r, max(0.9 * r.size, 5.0))
    gutter = _find_gutter(rows, width)
    if gutter is None:
        return rows
    mid = (gutter[0] + gutter[1]) / 2
    out: list[_Row] = []
    for r in rows:
        left = [c for c in r.chars if c.x1 <= mid]
        right = [c for c in r.chars if c.x0 >= mid]
        if left and right and len(left) + len(right) == len(r.chars):
            for side, part in (("left", left), ("right", right)):
                nr = _Row(page=r.page, chars=part, base=r.base, size=r.size, side=side)
                nr.finish()
                nr.cells = _cells(nr, max(0.9 * nr.size, 5.0))
                out.append(nr)
        elif left and len(left) == len(r.chars):
            r.side = "left"
            out.append(r)
        elif right and len(right) == len(r.chars):
            r.side = "right"
            out.append(r)
        else:
            r.side = "full"
            out.append(r)
    return out


def _reading_order(rows: list[_Row]) -> list[_Row]:
    """Full-width rows cut the page into bands; within a band, the left column, then the right."""
    rows = sorted(rows, key=lambda r: (r.base, r.x0))
    out: list[_Row] = []
    band: list[_Row] = []
    for r in rows:
        if r.side == "full":
            out.extend(sorted((x for x in band if x.side == "left"), key=lambda x: (x.base, x.x0)))
            out.extend(sorted((x for x in band if x.side == "right"), key=lambda x: (x.base, x.x0)))
            band = []
            out.append(r)
        else:
            band.append(r)
    out.extend(sorted((x for x in band if x.side == "left"), key=lambda x: (x.base, x.x0)))
    out.extend(sorted((x for x in band if x.side == "right"), key=lambda x: (x.base, x.x0)))
    return out


# --------------------------------------------------------------------------- page furniture


def _furniture_key(r: _Row) -> str:
    return re.sub(r"\d+", "#", re.sub(r"\s+", "", r.text.lower()))


def _drop_furniture(pages: list[list[_Row]], heights: list[float]) -> list[list[_Row]]:
    """Running headers and footers: rows in the top or bottom margin band whose text (digits
    ignored) recurs at about the same height on other pages; and bare page numbers there."""
    margin_rows: Counter[tuple[str, int]] = Counter()
    for rows, h in zip(pages, heights):
        seen: set[tuple[str, int]] = set()
        for r in rows:
            if r.top < 0.1 * h or r.bottom > 0.9 * h:
                seen.add((_furniture_key(r), round(r.base / 6)))
        margin_rows.update(seen)
    out: list[list[_Row]] = []
    for rows, h in zip(pages, heights):
        kept = []
        for r in rows:
            in_margin = r.top < 0.1 * h or r.bottom > 0.9 * h
            if in_margin:
                key = (_furniture_key(r), round(r.base / 6))
                near = sum(margin_rows[(key[0], key[1] + d)] for d in (-1, 0, 1))
                if len(pages) > 1 and near >= 2:
                    continue
                if re.fullmatch(r"(?:page\s*)?[#ivxlc]+(?:\s*(?:of|/)\s*#)?", key[0]):
                    continue
            kept.append(r)
        out.append(kept)
    return out


# --------------------------------------------------------------------------- tables

_TABLE_CAPTION = re.compile(r"^(Table|TABLE|Tab\.)\s*([0-9]+|[IVX]+|[A-Z]\.?[0-9]+)\s*[:.|]")
_FIGURE_CAPTION = re.compile(r"^(Figure|FIGURE|Fig\.)\s*([0-9]+|[IVX]+|[A-Z]\.?[0-9]+)\s*[:.|]")


@dataclass
class _Table:
    label: str
    page: int
    caption: list[_Row]
    rows: list[_Row]  # header first


def _find_tables(rows: list[_Row]) -> list[_Table]:
    """Around each "Table N:" caption, the adjacent run of rows that split into several
    cells in the same side of the page (above the caption first: the usual placement)."""
    tables: list[_Table] = []
    for i, r in enumerate(rows):
        m = _TABLE_CAPTION.match(r.text)
        if m is None or r.used:
            continue
        label = f"Table {m.group(2)}"
        caption = [r]
        k = i + 1
        while k < len(rows) and rows[k].side == r.side and 0 < rows[k].base - caption[-1].base <= 1.6 * r.size and not rows[k].used:
            if _TABLE_CAPTION.match(rows[k].text) or len(rows[k].cells) > 2:
                break
            caption.append(rows[k])
            k += 1
        above = _grid_run(rows, i, -1, r)
        below = _grid_run(rows, k - 1, +1, r)
        body = above if len(above) >= len(below) else below
        if len(body) < 2:
            continue
        body.sort(key=lambda x: x.base)
        for x in body + caption:
            x.used = True
        tables.append(_Table(label=label, page=r.page, caption=caption, rows=body))
    return tables


def _grid_run(rows: list[_Row], start: int, step: int, caption: _Row) -> list[_Row]:
    run: list[_Row] = []
    j = start + step
    prev = caption
    while 0 <= j < len(rows):
        x = rows[j]
        if x.used or x.page != caption.page or abs(x.base - prev.base) > 3.5 * caption.size:
            break
        if x.side != caption.side and caption.side != "full" and x.side != "full":
            j += step
            continue
        if len(x.cells) < 2 or _looks_like_prose(x):
            break
        run.append(x)
        prev = x
        j += step
    return run


def _looks_like_prose(r: _Row) -> bool:
    words = r.text.split()
    return len(r.cells) <= 2 and len(words) >= 8


def _table_passages(t: _Table, order_start: int, section: str | None) -> list[Passage]:
    header, body = t.rows[0], t.rows[1:]
    # The header row is the one before the first row that has a number in it; a table with
    # no numbers at all has its first row as header.
    for n, r in enumerate(t.rows):
        if any(re.search(r"\d", cell[2]) for cell in r.cells[1:]):
            if n > 0:
                header, body = t.rows[n - 1], t.rows[n:]
            break
    columns = header.cells
    out: list[Passage] = []
    order = order_start
    caption_text = _join_lines([c.text for c in t.caption])
    cap_box = _union([(c.x0, c.top, c.x1, c.bottom) for c in t.caption])
    out.append(Passage(caption_text, t.page, cap_box, "caption", order, section, t.label))
    order += 1
    for r in body:
        if len(r.cells) < 2:
            continue
        row_name = r.cells[0][2]
        parts = []
        cell_passages = []
        for x0, x1, text in r.cells[1:]:
            col = _match_column(columns, x0, x1)
            parts.append(f"{col} {text}" if col else text)
            cell_passages.append((text, col, (x0, r.top, x1, r.bottom)))
        row_text = f"{row_name}: " + "; ".join(parts)
        out.append(Passage(row_text, t.page, BBox(r.x0, r.top, r.x1, r.bottom), "table-row", order, section, t.label, row_name))
        order += 1
        for text, col, (x0, top, x1, bottom) in cell_passages:
            out.append(Passage(text, t.page, BBox(x0, top, x1, bottom), "table-cell", order, section, t.label, row_name, col))
            order += 1
    return out


def _match_column(columns: list[tuple[float, float, str]], x0: float, x1: float) -> str | None:
    best, best_overlap = None, 0.0
    for c0, c1, text in columns[1:] if len(columns) > 1 else columns:
        overlap = min(x1, c1) - max(x0, c0)
        if overlap > best_overlap:
            best, best_overlap = text, overlap
    if best is not None:
        return best
    centre = (x0 + x1) / 2
    candidates = columns[1:] if len(columns) > 1 else columns
    if not candidates:
        return None
    return min(candidates, key=lambda c: abs((c[0] + c[1]) / 2 - centre))[2]


# --------------------------------------------------------------------------- blocks & text

_HEADING = re.compile(
    r"^(?:(?:\d+(?:\.\d+){0,3}\.?|[IVX]+\.|[A-H](?:\.\d+)*\.?)\s+[A-Z][\w ,:&()'/-]{1,80}|"
    r"(?:Abstract|References|Bibliography|Acknowledg(?:e)?ments?|Appendix(?: [A-Z])?|Introduction|"
    r"Related [Ww]ork|Conclusions?|Limitations|Discussion|Ethics Statement|Broader Impact)\.?)$"
)


def _is_heading(r: _Row, body_size: float) -> bool:
    text = r.text.strip()
    if not _HEADING.match(text) or len(text) > 90:
        return False
    if text.endswith(".") and not re.match(r"^[A-Z][a-z]+\.$", text):
        return False
    return r.bold or r.size > body_size * 1.05 or bool(re.match(r"^(\d+(\.\d+)*|[IVX]+\.|[A-H]\.?\d*)\s", text))


_ABBREVIATIONS = {
    "e.g", "i.e", "al", "fig", "figs", "eq", "eqs", "sec", "secs", "tab", "vs", "cf", "no", "nos",
    "approx", "resp", "dr", "mr", "mrs", "ms", "prof", "st", "jr", "etc", "viz", "ref", "refs",
    "vol", "pp", "ch", "app", "thm", "lem", "def", "cor", "prop", "alg", "i.i.d", "w.r.t", "a.k.a",
}


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans of ``text``. A ".", "!" or "?" ends a sentence when a space and an
    upper-case letter, digit, quote or bracket follow, except after abbreviations (e.g., i.e.,
    et al., Fig., Eq., vs.) and single-letter initials; decimals ("8.2") never split."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in re.finditer(r"[.!?][\"')\]]*(?=\s+[\"'(\[]?[A-Z0-9])", text):
        end = m.end()
        word = re.search(r"(\S+)$", text[start : m.start() + 1])
        token = word.group(1).lower().rstrip(".") if word else ""
        token = token.lstrip("(\"'[")
        if m.group(0)[0] == "." and (token in _ABBREVIATIONS or re.fullmatch(r"[a-z]", token) or token.endswith("e.g") or token.endswith("i.e")):
            continue
        if m.group(0)[0] == "." and re.fullmatch(r"(?:[a-z]\.)+[a-z]", token):  # "u.s.a."
            continue
        seg = text[start:end].strip()
        if seg:
            s0 = start + (len(text[start:end]) - len(text[start:end].lstrip()))
            spans.append((s0, end))
        start = end
    if text[start:].strip():
        s0 = start + (len(text[start:]) - len(text[start:].lstrip()))
        spans.append((s0, len(text.rstrip())))
    return spans


_COMPOUND_PREFIXES = {
    "self", "non", "cross", "well", "zero", "few", "one", "two", "three", "multi-task", "high", "low",
    "semi", "large", "small", "long", "short", "state-of-the", "end-to", "end-to-end", "task", "open",
}


def _join_lines(lines: list[str], vocab: Counter[str] | None = None) -> str:
    """Lines of one block → one string, undoing hyphenation at line ends.

    "sam-" + "pling": join, unless the document is evidence for a compound: the hyphenated
    form occurs elsewhere and the joined one does not ("fine-" + "tuned" → "fine-tuned").
    With no evidence either way, a known compound prefix ("self-", "cross-") or an upper-case
    or digit continuation ("GPT-" + "4") keeps the hyphen; otherwise it was hyphenation.
    """
    out = ""
    for line in lines:
        line = line.strip()
        if not line:
            continue
        if not out:
            out = line
            continue
        m = re.search(r"(\w[\w-]*)-$", out)
        if m and m.group(1)[-1].isalpha() and not out.endswith("--"):
            head = m.group(1)
            tail_m = re.match(r"([\w-]+)", line)
            tail = tail_m.group(1) if tail_m else ""
            if _keep_hyphen(head, tail, vocab):
                out = out + line
            else:
                out = out[:-1] + line
        else:
            out = out + " " + line
    return out


def _keep_hyphen(head: str, tail: str, vocab: Counter[str] | None) -> bool:
    if not tail or not tail[0].isalpha() or tail[0].isupper():
        return True
    hyph = f"{head}-{tail}".lower()
    joined = f"{head}{tail}".lower()
    if vocab is not None:
        h, j = vocab.get(hyph, 0), vocab.get(joined, 0)
        if h > j:
            return True
        if j > h:
            return False
    if "-" in head:  # "state-of-the-" + "art"
        return True
    return head.lower() in _COMPOUND_PREFIXES


def _vocabulary(rows: Iterable[_Row]) -> Counter[str]:
    """Words as printed whole inside lines (line-end fragments do not count)."""
    vocab: Counter[str] = Counter()
    for r in rows:
        words = r.text.split()
        for w in words[:-1] if words and words[-1].endswith("-") else words:
            w = w.strip(".,;:()[]\"'!?").lower()
            if w:
                vocab[w] += 1
    return vocab


def _union(boxes: list[tuple[float, float, float, float]]) -> BBox | None:
    if not boxes:
        return None
    return BBox(
        round(min(b[0] for b in boxes), 2),
        round(min(b[1] for b in boxes), 2),
        round(max(b[2] for b in boxes), 2),
        round(max(b[3] for b in boxes), 2),
    )


_NUMBER_SPACE = re.compile(r"(?<![\d.,])(\d{1,3})((?:\u2009\d{3})+)(?![\d])")


def normalise_numbers(text: str) -> str:
    """Thin spaces between digit groups become commas ("392 702" → "392,702"); any other
    thin space becomes a plain space."""
    for thin in _THIN_SPACES:
        text = text.replace(thin, "\u2009")
    text = _NUMBER_SPACE.sub(lambda m: m.group(1) + m.group(2).replace("\u2009", ","), text)
    return text.replace("\u2009", " ")


# --------------------------------------------------------------------------- the document

# PDFium is not thread-safe, not even across different documents (pypdfium2's docs; seen
# here as a heap-corruption abort when fetch_sources extracted two papers at once). Every
# PDFium call goes through this lock; downloads still run in parallel.
PDFIUM_LOCK = threading.RLock()


def _open(data: bytes | Path) -> tuple[pdfium.PdfDocument, bytes]:
    if isinstance(data, Path):
        try:
            data = data.read_bytes()
        except OSError as err:
            raise SourceError(f"cannot read {data}: {err.strerror or err}") from err
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
    raw_pages: list[list[_Row]] = []
    heights: list[float] = []
    widths: list[float] = []
    for index in range(n_pages):
        chars, width, height, textpage = _read_page(doc, index)
        rows = _rows(chars, index + 1)
        for r in rows:
            r.text = _resolve_superscripts(_row_text(r.chars, r.size)).strip()
            weight = pdfium_c.FPDFText_GetFontWeight(textpage.raw, r.chars[0].index)  # type: ignore[attr-defined]
            r.bold = weight >= 600
        raw_pages.append([r for r in rows if r.text])
        heights.append(height)
        widths.append(width)
    # Furniture is found on whole rows, before columns split a header into its two ends.
    raw_pages = _drop_furniture(raw_pages, heights)
    pages: list[list[_Row]] = []
    for rows, width in zip(raw_pages, widths):
        rows = _split_columns(rows, width)
        for r in rows:
            r.text = _resolve_superscripts(_row_text(r.chars, r.size)).strip()
        pages.append(_reading_order([r for r in rows if r.text]))
    ordered = [r for rows in pages for r in rows]
    body_size = _body_size(ordered)
    vocab = _vocabulary(ordered)
    tables = {id(t.caption[0]): t for rows in pages for t in _find_tables(rows)}
    return ExtractedDocument(pages=n_pages, passages=_passages(ordered, tables, body_size, vocab))


def _passages(rows: list[_Row], tables: dict[int, _Table], body_size: float, vocab: Counter[str]) -> list[Passage]:
    out: list[Passage] = []
    section: str | None = None
    block: list[_Row] = []
    title_done = False
    kind_for_block = "sentence"

    def flush() -> None:
        nonlocal block
        if block:
            out.extend(_block_passages(block, len(out), section, kind_for_block, vocab))
        block = []

    for r in rows:
        if id(r) in tables:
            flush()
            out.extend(_table_passages(tables[id(r)], len(out), section))
            continue
        if r.used:
            continue
        if not title_done and r.page == 1 and r.size >= body_size * 1.25:
            # The title: the large rows at the top of page 1, possibly over several lines.
            if out and out[-1].kind == "title" and not block:
                prev = out[-1]
                box = _union([(prev.bbox.x0, prev.bbox.top, prev.bbox.x1, prev.bbox.bottom), (r.x0, r.top, r.x1, r.bottom)]) if prev.bbox else None
                out[-1] = Passage(f"{prev.text} {r.text}", 1, box, "title", prev.order)
            else:
                flush()
                out.append(Passage(r.text, 1, BBox(r.x0, r.top, r.x1, r.bottom), "title", len(out)))
            continue
        if out and out[-1].kind == "title":
            title_done = True
        if _is_heading(r, body_size):
            flush()
            title_done = True
            heading = r.text.strip().rstrip(".")
            section = heading
            kind_for_block = "abstract" if heading.lower() == "abstract" else "sentence"
            continue
        if _FIGURE_CAPTION.match(r.text) or _TABLE_CAPTION.match(r.text):
            flush()
            block = [r]
            kind_for_block_saved = kind_for_block
            kind_for_block = "caption"
            flush()
            kind_for_block = kind_for_block_saved
            continue
        if block and _new_block(block[-1], r):
            flush()
        block.append(r)
    flush()
    return out


def _new_block(prev: _Row, r: _Row) -> bool:
    if r.page != prev.page or r.side != prev.side:
        # A paragraph continues across columns and pages; a size change says it does not.
        return abs(r.size - prev.size) > 0.5
    if abs(r.size - prev.size) > 0.5:
        return True
    gap = r.base - prev.base
    return gap < 0 or gap > 1.9 * max(r.size, prev.size)


def _block_passages(block: list[_Row], order: int, section: str | None, kind: str, vocab: Counter[str]) -> list[Passage]:
    # Build the block's text while remembering which row each character came from, so that
    # every sentence gets the box of the lines it covers.
    text = ""
    owners: list[int] = []
    for k, r in enumerate(block):
        joined = _join_lines([text, r.text], vocab) if text else r.text
        # _join_lines either appended " " + line, or line (hyphen kept), or dropped the "-".
        added = len(joined) - len(text)
        if joined[: len(text)] != text:  # a trailing hyphen was removed
            owners = owners[: len(text) - 1]
            text = text[:-1]
            added = len(joined) - len(text)
        owners.extend([k] * added)
        text = joined
    passages: list[Passage] = []
    if kind == "caption":
        spans = [(0, len(text))]
    else:
        spans = split_sentences(text)
    for a, b in spans:
        sentence = normalise_numbers(text[a:b].strip())
        if not sentence or not re.search(r"\w", sentence):
            continue
        rows_used = sorted(set(owners[a:b])) or [0]
        first_page = block[rows_used[0]].page
        boxes = [(block[k].x0, block[k].top, block[k].x1, block[k].bottom) for k in rows_used if block[k].page == first_page]
        label = None
        if kind == "caption":
            m = _TABLE_CAPTION.match(sentence)
            label = f"Table {m.group(2)}" if m else None
        passages.append(Passage(sentence, first_page, _union(boxes), kind, order + len(passages), section, label))
    return passages
