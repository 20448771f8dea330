"""Fragments → rows → columns → reading order, and page furniture dropped.

Rows: fragments sharing a baseline and a font size; raised smaller fragments (footnote
marks, exponents) join the row they sit on. Columns: a vertical gutter found per page
region. Reading order: full-width rows and objects cut the page into bands; within a band
the left column precedes the right. Running headers/footers and page numbers are dropped
(same text at the same place on several pages).
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from itertools import accumulate
from operator import add, attrgetter, itemgetter
from typing import TypeVar

from claimcheck.model import BBox
from claimcheck.sources.pdfchars import Frag, Rule

# A caption's first words: tables and figures are told by them (and page feet are not
# captions). A table's label is "Table 2:" or "Table 2." before its text, or alone on its
# line as IEEE styles set it above the table ("TABLE II", the text on the lines below).
TABLE_CAPTION = re.compile(r"^(Table|TABLE|Tab\.)\s*([0-9]+|[IVX]+|[A-Z]\.?[0-9]+)\s*(?:[:.|]|\((?:continued|cont(?:'d|d)?\.?)\)|$)", re.I)
FIGURE_CAPTION = re.compile(r"^(Figure|FIGURE|Fig\.)\s*([0-9]+|[IVX]+|[A-Z]\.?[0-9]+)\s*[:.|]")

_ROMAN = {"I": 1, "V": 5, "X": 10}


def table_label(number: str) -> str:
    """The label a caption's number gives its table, in the arabic numerals reports cite it
    by: "Table 2" for "Table 2" and for IEEE's "TABLE II"."""
    if re.fullmatch(r"[IVX]+", number):
        values = [_ROMAN[c] for c in number]
        total = sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))
        return f"Table {total}"
    return f"Table {number}"


_T = TypeVar("_T", Frag, "Row")

# Sort keys read in C: fragments and rows are sorted on every page.
_X0 = attrgetter("x0")
_BASE = attrgetter("base")


def _by_base_then_x0(items: list[_T]) -> list[_T]:
    """sorted(items, key=(base, x0)), as two stable sorts on one float each: no key tuple
    per item, and floats compare faster than tuples (~35% less time)."""
    out = sorted(items, key=_X0)
    out.sort(key=_BASE)
    return out


@dataclass
class Row:
    page: int
    chars: list[Frag]
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
    # Cells split at a table's narrower gaps, with the fragment count they were made from.
    table_cells: tuple[int, list[tuple[float, float, str]]] | None = None

    def finish(self) -> None:
        chars = self.chars
        first = chars[0]
        if len(chars) == 1:  # a line read as one fragment (most prose lines)
            self.x0, self.x1, self.top, self.bottom = first.x0, first.x1, first.top, first.bottom
            return
        chars.sort(key=_X0)
        first = chars[0]
        x1, top, bottom = first.x1, first.top, first.bottom
        for c in chars:
            if c.x1 > x1:
                x1 = c.x1
            if c.top < top:
                top = c.top
            if c.bottom > bottom:
                bottom = c.bottom
        self.x0, self.x1, self.top, self.bottom = first.x0, x1, top, bottom


# --------------------------------------------------------------------------- rows


def build_rows(chars: list[Frag], page: int) -> list[Row]:
    """Fragments sharing a baseline and a font size form a row; raised smaller fragments
    (footnote marks, exponents, affiliations) then join the row they sit on. Size matters:
    a footnote mark must not join the other column's line that happens to be level with it."""
    if not chars:
        return []
    ordered = _by_base_then_x0(chars)
    rows: list[Row] = []
    active: list[Row] = []
    last_base = None
    for c in ordered:
        if c.base != last_base:  # most fragments share their neighbour's baseline
            # The larger size, by a conditional: a max() call per row costs more than the test.
            size = c.size
            active = [r for r in active if c.base - r.base <= 0.3 * (size if size >= r.size else r.size)]
            last_base = c.base
        for r in active:
            if 0.87 <= c.size / r.size <= 1.15:
                r.chars.append(c)
                break
            # Small capitals: a smaller size on exactly the same baseline, right after the row.
            last = r.chars[-1]
            if abs(c.base - last.base) < 0.03 * r.size and -0.1 * r.size <= c.x0 - last.x1 < 0.6 * r.size and c.size > 0.6 * r.size:
                r.chars.append(c)
                break
        else:
            r = Row(page=page, chars=[c], base=c.base, size=c.size)
            rows.append(r)
            active.append(r)
    rows = _join_small_capitals(rows)
    for r in rows:
        r.size = r.chars[0].size if len(r.chars) == 1 else _median([c.size for c in r.chars])
    body = body_size(rows)
    merged: list[Row] = []
    for r in rows:
        # A raised row of marks: a few characters, or several marks spread along a table row.
        if r.size < 0.85 * body and (sum(len(c.text) for c in r.chars) <= 6 or all(len(c.text) <= 2 for c in r.chars)):
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


def _join_small_capitals(rows: list[Row]) -> list[Row]:
    """Rows of two sizes on one baseline that touch are one line in small capitals: the
    full-size capitals ("I", "D") and the small ones ("NTRODUCTION", "ATASET"), which PDFium
    may set a hair apart in baseline, so that neither size's row took the other's letters.
    Two columns, or two cells of a table, are further apart than a word space."""
    by_base = sorted(rows, key=_BASE)
    gone: set[int] = set()
    for i, a in enumerate(by_base):
        if id(a) in gone:
            continue
        for b in by_base[i + 1 :]:
            if b.base - a.base > 0.3:  # a row's base is its first fragment's: another column's line may hold it
                break
            if id(b) in gone or a.size == b.size or not 0.6 <= b.size / a.size <= 1.67:
                continue
            small = min(a.size, b.size)
            if any(
                abs(c.base - o.base) < 0.05 and (-0.1 * small <= o.x0 - c.x1 < 0.6 * small or -0.1 * small <= c.x0 - o.x1 < 0.6 * small)
                for c in a.chars
                for o in b.chars
            ):
                a.chars.extend(b.chars)
                gone.add(id(b))
    return [r for r in rows if id(r) not in gone] if gone else rows


def _median(values: list[float]) -> float:
    # statistics.median's own arithmetic, without its type checks: it runs once per row.
    values.sort()
    n = len(values)
    if n % 2:
        return values[n // 2]
    return (values[n // 2 - 1] + values[n // 2]) / 2


def _host_row(rows: list[Row], r: Row) -> Row | None:
    rx0 = min(c.x0 for c in r.chars)
    rx1 = max(c.x1 for c in r.chars)
    best: tuple[float, Row] | None = None
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


def body_size(rows: Iterable[Row]) -> float:
    """The size most of the text is set in."""
    # Counted by exact size first: a page has a few distinct sizes and thousands of rows,
    # and round(x, 1) costs ~0.5 µs (it goes through decimal digits).
    exact: dict[float, int] = {}
    get = exact.get
    for r in rows:
        exact[r.size] = get(r.size, 0) + (len(r.text) if r.text else len(r.chars) * 5)
    sizes: dict[float, int] = {}
    for size, n in exact.items():  # in order of first appearance, as the ties below need
        key = round(size, 1)
        sizes[key] = sizes.get(key, 0) + n
    # Counter.most_common(1)'s choice (the first of equal counts), without Counter's per-item cost.
    return max(sizes.items(), key=itemgetter(1))[0] if sizes else 10.0


def row_text(chars: list[Frag], size: float) -> str:
    """Characters of one line → text, with spaces where the gap is a word space."""
    if len(chars) == 1:  # most lines: their words were joined into one fragment when read
        c = chars[0]
        if not c.sup or c.text == "\u2009":  # no mark added
            return c.text if _SUP_CLOSE not in c.text else c.text.replace(_SUP_CLOSE + _SUP_OPEN, "")
        return (_SUP_OPEN + c.text + _SUP_CLOSE).replace(_SUP_CLOSE + _SUP_OPEN, "")
    out: list[str] = []
    prev: Frag | None = None
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
_SUPERSCRIPT_DIGITS = str.maketrans("0123456789", "\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079")
_SUP_RE = re.compile("\x01([^\x03]*)\x03")
_MARK_DIGITS = re.compile(r"\d{1,2}")
_TEN = re.compile(r"(?<![\d.])10$")
_INTEGER = re.compile(r"[-+]?\d+")


def resolve_superscripts(text: str, keep_marks: bool = False) -> str:
    """A raised run after a digit is an exponent ("10^-5"); anywhere else it is a footnote
    or affiliation mark glued to a word ("expensive.¹", "Okonkwo¹") and goes — except in a
    table cell (``keep_marks``), where the mark is part of what the cell states ("64.5†")."""
    if _SUP_OPEN not in text:  # most rows have no raised run
        return text

    def repl(m: re.Match[str]) -> str:
        before = text[: m.start()].rstrip("\x03")
        inner = m.group(1).strip()
        if keep_marks and _MARK_DIGITS.fullmatch(inner) and before and not _TEN.search(before):
            # A number then a raised digit in a cell is a footnote mark ("96.5¹"), written as
            # printed so that the value does not read as a power.
            return inner.translate(_SUPERSCRIPT_DIGITS)
        if before and before[-1].isdigit() and _INTEGER.fullmatch(inner):
            return "^" + inner
        if keep_marks and before and inner and len(inner) <= 3:
            return inner if not inner[0].isalnum() else "^" + inner
        return ""

    return _SUP_RE.sub(repl, text)


def cells_of(row: Row, gap: float, keep_marks: bool = False, apart: Callable[[Frag, Frag], bool] | None = None) -> list[tuple[float, float, str]]:
    """Split a row at gaps wider than ``gap``, or between two fragments ``apart`` says
    belong to two cells: table cells, or the two columns' lines."""
    chars = row.chars
    if len(chars) == 1 and row.text and not keep_marks:  # one fragment, one cell
        return [(row.x0, row.x1, row.text)]
    groups: list[list[Frag]] = [[chars[0]]]
    bounds = [[chars[0].x0, chars[0].x1]]
    reach = chars[0].x1  # rightmost end so far: a raised mark may end before its host word
    prev = chars[0]
    for c in chars[1:]:
        if c.x0 - reach > gap or (apart is not None and apart(prev, c)):
            groups.append([c])
            bounds.append([c.x0, c.x1])
        else:
            groups[-1].append(c)
            if c.x1 > bounds[-1][1]:
                bounds[-1][1] = c.x1
        if c.x1 > reach:
            reach = c.x1
        prev = c
    if len(groups) == 1 and row.text and not keep_marks:
        return [(row.x0, row.x1, row.text)]
    return [(b[0], b[1], resolve_superscripts(row_text(g, row.size), keep_marks).strip()) for g, b in zip(groups, bounds)]


# --------------------------------------------------------------------------- columns & order


# A line of prose, not a table cell: long enough that it is set in a column (or across it).
_PROSE_CHARS = 25


def _coverage(rows: list[Row], lo: int, hi: int) -> list[int]:
    """For each x from lo to hi: how many lines of prose have text there (or within 1 pt).
    Table cells do not count: a centred table on one page (or a float in one column) would
    otherwise bury the gutter that every other page shows, and the gutter is the strip
    between the columns' lines."""
    diff = [0] * (hi - lo + 2)
    for r in rows:
        for x0, x1, t in r.cells:
            if len(t) < _PROSE_CHARS:
                continue
            a, b = max(lo, int(x0) - 1), min(hi, int(x1) + 1)
            if a <= b:
                diff[a - lo] += 1
                diff[b - lo + 1] -= 1
    diff.pop()
    return list(accumulate(diff))


def _text_size(pages: list[list[Row]]) -> float:
    """The size of most lines of the document."""
    sizes = [r.size for rows in pages for r in rows if len(r.text) >= _PROSE_CHARS]
    return _median(sizes) if sizes else 0.0


def _not_drawing_text(rows: list[Row], text_size: float) -> list[Row]:
    """Rows set near the text's size: a plot's legend or labels in a figure* (7 pt beside
    10 pt prose) may reach into the gutter, and must not hide it."""
    return [r for r in rows if r.size >= 0.8 * text_size]


def find_gutter(pages: list[list[Row]], width: float) -> tuple[float, float] | None:
    """The empty vertical strip between two columns, found over all pages of one width: a
    two-column paper keeps its gutter on every page, and a page whose right column holds
    only a float (ACL page 1: the abstract left, Table 1 right) does not show it alone."""
    lo, hi = int(width * 0.3), int(width * 0.7)
    # Only pages with a nearly empty vertical strip take part: a single-column appendix (or
    # title page) would otherwise bury the gutter of every two-column page under its lines.
    body: list[Row] = []
    cover = [0] * (hi - lo + 1)
    text_size = _text_size(pages)
    for rows in pages:
        page_body = [r for r in rows if len(r.text) > 3]
        page_cover = _coverage(_not_drawing_text(page_body, text_size), lo, hi)
        if page_body and min(page_cover) <= max(1.0, 0.15 * len(page_body)):
            body.extend(page_body)
            cover = list(map(add, cover, page_cover))
    if len(body) < 6:
        return None
    # The gutter is the low-coverage x with the most rows on both sides of it; the minimum
    # alone may be a gap inside a sparse column (between a float's cells).
    # Counted in line segments: a left and a right column line on one baseline are one row
    # until the columns are split, and both count. Table cells count here (unlike in the
    # coverage): a right column may hold nothing but a float.
    ends = sorted(c[1] for r in body for c in r.cells)
    starts = sorted(c[0] for r in body for c in r.cells)
    limit = 0.15 * len(body)
    best_x, best_score = -1, (-1, 0)
    for k, c in enumerate(cover):
        if c > limit:
            continue
        x = lo + k
        balance = min(bisect.bisect_left(ends, x), len(starts) - bisect.bisect_right(starts, x))
        score = (balance, -c)
        if score > best_score:
            best_x, best_score = k, score
    # A right column may hold only a few lines (page 1 of a short paper, or the end of the
    # introduction beside a full left column): three lines each side make a gutter here,
    # and page_has_columns then asks each page for lines justified against it.
    if best_x < 0 or best_score[0] < 3:
        return None
    # The strip reaches as far as the coverage stays near its floor: one header cell
    # crossing a narrow gutter (IEEE's 0.17 in) on one page must not shrink it to a point.
    level = cover[best_x] + max(2, int(0.02 * len(body)))
    a = b = best_x
    while a > 0 and cover[a - 1] <= level:
        a -= 1
    while b < len(cover) - 1 and cover[b + 1] <= level:
        b += 1
    g0, g1 = float(lo + a), float(lo + b)
    if g1 - g0 > 0.06 * width:
        # No prose line starts at the gutter's right edge (the right column holds only
        # floats): the strip ends where the first text right of the left column starts, so
        # that its middle stays inside the real gutter.
        k = bisect.bisect_right(starts, g0 + 4)
        if k < len(starts):
            g1 = min(g1, float(int(starts[k]) - 1))
    if g1 - g0 < 4:
        return None
    return g0, g1


def page_has_columns(rows: list[Row], gutter: tuple[float, float]) -> bool:
    """Whether this page is set in the two columns: a good part of its lines touch the
    gutter (the left column's justified lines end at it, the right column's start at it).
    A single-column page of a two-column paper (an appendix, a title page) has its lines
    run across it instead."""
    g0, g1 = gutter
    body = [r for r in rows if len(r.text) > 3]
    if not body:
        return False
    # Lines, not table cells: a cell edge may fall on the gutter by chance.
    touching = sum(
        1
        for r in body
        if any((g0 - 4 <= x1 <= g0 + 1 or g1 - 1 <= x0 <= g1 + 1.5 * r.size) and len(t) >= _PROSE_CHARS for x0, x1, t in r.cells)
    )
    return touching >= max(3, 0.35 * len(body))


def _spanning_regions(rules: list[Rule], g0: float, g1: float) -> list[tuple[float, float]]:
    """Vertical extents of full-width ruled objects (a table* between its top and bottom
    rules): their rows span the gutter even where no word crosses it."""
    spanning = [r for r in rules if r.x0 < g0 - 5 and r.x1 > g1 + 5]
    regions: list[tuple[float, float]] = []
    used = [False] * len(spanning)
    for i, r in enumerate(spanning):
        if used[i]:
            continue
        group = [r]
        for j in range(i + 1, len(spanning)):
            o = spanning[j]
            if not used[j] and abs(o.x0 - r.x0) < 8 and abs(o.x1 - r.x1) < 8:
                group.append(o)
                used[j] = True
        if len(group) >= 2:
            regions.append((min(x.y for x in group), max(x.y for x in group)))
    return regions


def split_columns(rows: list[Row], gutter: tuple[float, float] | None, rules: list[Rule]) -> list[Row]:
    """Give each row a side; a row with text on both sides of the gutter is split in two,
    unless a word crosses the gutter or the row lies inside a full-width ruled object."""
    if gutter is None:
        return wrapped_floats(rows)
    g0, g1 = gutter
    mid = (g0 + g1) / 2
    regions = _spanning_regions(rules, g0, g1)
    out: list[Row] = []
    for r in rows:
        left = [c for c in r.chars if c.x1 <= mid]
        right = [c for c in r.chars if c.x0 >= mid]
        crossing = len(left) + len(right) != len(r.chars)
        joined = False
        if left and right:
            inner_left, inner_right = max(c.x1 for c in left), min(c.x0 for c in right)
            # A centred line whose word space happens to sit on the gutter: its halves are a
            # word space apart, two columns' lines a gutter apart.
            joined = inner_right - inner_left < 0.6 * (g1 - g0)
        if crossing or joined or any(top - 2 <= r.base <= bottom + 2 for top, bottom in regions):
            r.side = "full"
            out.append(r)
        elif left and right:
            for side, part in (("left", left), ("right", right)):
                # Each side's own size: a 9 pt table row level with a 10 pt line of the other
                # column must not make that line look like a size change that ends its paragraph.
                # A footnote mark does not count: "max.¹" ending a paragraph is a 10 pt line.
                sizes = [c.size for c in part if not c.sup] or [c.size for c in part]
                size = sizes[0] if len(sizes) == 1 else _median(sizes)
                nr = Row(page=r.page, chars=part, base=r.base, size=size, side=side, bold=part[0].bold)
                nr.finish()
                nr.text = resolve_superscripts(row_text(nr.chars, nr.size)).strip()
                nr.cells = cells_of(nr, max(0.9 * nr.size, 5.0))
                out.append(nr)
        else:
            r.side = "left" if left else "right"
            out.append(r)
    return out


def _prose_runs(r: Row) -> tuple[float | None, float | None]:
    """Where the run of words that starts a row ends, and where the run that ends it
    starts: runs part at gaps wider than 1.5 em (a justified line's word spaces are
    narrower). None for a run too short to be a line of prose."""
    chars = r.chars
    runs: list[list[float]] = [[chars[0].x0, chars[0].x1, len(chars[0].text)]]
    for c in chars[1:]:
        run = runs[-1]
        if c.x0 - run[1] > 1.5 * r.size:
            runs.append([c.x0, c.x1, len(c.text)])
        else:
            run[1] = max(run[1], c.x1)
            run[2] += len(c.text)
    first, last = runs[0], runs[-1]
    return (first[1] if first[2] >= _PROSE_CHARS else None), (last[0] if last[2] >= _PROSE_CHARS else None)


def _cut_out(rows: list[Row]) -> tuple[float, str, list[Row]] | None:
    """A wrapfigure's cut-out: lines of prose that all end at one x well short of the
    measure (the float at the right), or all start at one x well into it (at the left);
    that x, the float's side, and the lines."""
    prose = [r for r in rows if len(r.text) >= 2 * _PROSE_CHARS and len(r.cells) == 1]
    if not prose:
        return None
    lo, hi = min(r.x0 for r in prose), max(r.x1 for r in prose)
    ends: list[tuple[float, Row]] = []
    starts: list[tuple[float, Row]] = []
    for r in rows:
        end, start = _prose_runs(r)
        if end is not None and end < hi - 3 * r.size:
            ends.append((end, r))
        if start is not None and start > lo + 3 * r.size:
            starts.append((start, r))
    best: tuple[float, str, list[Row]] | None = None
    for side, found in (("right", ends), ("left", starts)):
        if len(found) < 3:
            continue
        # The cut-out's edge: the x that most such lines share (justified to it).
        edge = max((x for x, _ in found), key=lambda e: sum(1 for x, _ in found if abs(x - e) <= 1.5))
        beside = [r for x, r in found if abs(x - edge) <= 1.5]
        if len(beside) >= 3 and (best is None or len(beside) > len(best[2])):
            best = (edge, side, beside)
    return best


def wrapped_floats(rows: list[Row]) -> list[Row]:
    """A float set in a cut-out at the side of a single-column page (wrapfig): the lines of
    prose beside it share an edge short of the page's measure, and the float's text (tick
    values, a legend, its caption) sits beyond that edge, often on the prose lines'
    baselines. Those rows are cut at the edge; the float's text takes its side ("right" or
    "left") and the prose the other, so that reading order gives the paragraph whole and
    the float apart, and its caption is read as a caption."""
    if len(rows) < 4:
        return rows
    found = _cut_out(rows)
    if found is None:
        return rows
    edge, float_side, beside = found
    size = _median([r.size for r in beside])
    top = min(r.base for r in beside) - 2 * size
    bottom = max(r.base for r in beside) + 1.5 * size
    out: list[Row] = []
    alone = False  # a float row on a baseline of its own: a list's labels never are
    for r in rows:
        if not top <= r.base <= bottom:
            out.append(r)
            continue
        # Cut at the edge itself: the float's caption may start closer to the prose than
        # the 1.5 em that found the edge. A word across the edge makes a full-measure line.
        left = [c for c in r.chars if c.x1 <= edge + 1]
        right = [c for c in r.chars if c.x0 >= edge - 1 and c.x1 > edge + 1]
        if len(left) + len(right) != len(r.chars):
            out.append(r)
        elif not right or not left:
            r.side = "left" if left else "right"
            alone |= r.side == float_side
            out.append(r)
        else:
            out.append(_part_row(r, left, "left"))
            out.append(_part_row(r, right, "right"))
    if not alone:
        # Lines sharing an edge with nothing of their own beside them: a list, a ragged
        # passage, a nested list's labels; not a cut-out.
        for r in rows:
            r.side = "full"
        return rows
    return out


def _part_row(r: Row, chars: list[Frag], side: str) -> Row:
    """The part of row ``r`` made of ``chars``, as a row of its own on ``side``."""
    sizes = [c.size for c in chars if not c.sup] or [c.size for c in chars]
    nr = Row(page=r.page, chars=chars, base=r.base, size=sizes[0] if len(sizes) == 1 else _median(sizes), side=side, bold=chars[0].bold)
    nr.finish()
    nr.text = resolve_superscripts(row_text(nr.chars, nr.size)).strip()
    nr.cells = cells_of(nr, max(0.9 * nr.size, 5.0))
    return nr


def reading_order(rows: list[Row]) -> list[Row]:
    """Full-width rows cut the page into bands; within a band, the left column, then the right."""
    # One sort: a band's rows are already in (base, x0) order, and so is each of its sides.
    rows = _by_base_then_x0(rows)
    out: list[Row] = []
    band: list[Row] = []
    for r in rows:
        if r.side == "full":
            if band:
                out.extend([x for x in band if x.side == "left"])
                out.extend([x for x in band if x.side == "right"])
                band = []
            out.append(r)
        else:
            band.append(r)
    out.extend([x for x in band if x.side == "left"])
    out.extend([x for x in band if x.side == "right"])
    return out


# --------------------------------------------------------------------------- page furniture


_DIGITS = re.compile(r"\d+")
_SPACES = re.compile(r"\s+")
_PAGE_NUMBER = re.compile(r"(?:page\s*)?[#ivxlc]+(?:\s*(?:of|/)\s*#)?")


def _furniture_key(r: Row) -> str:
    return _DIGITS.sub("#", _SPACES.sub("", r.text.lower()))


def drop_furniture(pages: list[list[Row]], heights: list[float]) -> list[list[Row]]:
    """Running headers and footers: rows in the top or bottom margin band whose text (digits
    ignored) recurs at about the same height on other pages; and bare page numbers there."""
    margin_rows: Counter[tuple[str, int]] = Counter()
    keys: dict[int, tuple[str, int]] = {}  # id → key of each row in a margin band, made once
    for rows, h in zip(pages, heights):
        top, bottom = 0.1 * h, 0.9 * h
        page_keys = {id(r): (_furniture_key(r), round(r.base / 6)) for r in rows if r.top < top or r.bottom > bottom}
        margin_rows.update(set(page_keys.values()))
        keys.update(page_keys)
    out: list[list[Row]] = []
    for rows in pages:
        kept = []
        for r in rows:
            key = keys.get(id(r))
            if key is not None:
                near = sum(margin_rows[(key[0], key[1] + d)] for d in (-1, 0, 1))
                if len(pages) > 1 and near >= 2:
                    continue
                if _PAGE_NUMBER.fullmatch(key[0]):
                    continue
            kept.append(r)
        out.append(kept)
    return out


def union_box(boxes: list[tuple[float, float, float, float]]) -> BBox | None:
    if not boxes:
        return None
    x0, top, x1, bottom = boxes[0]
    for b in boxes[1:]:  # one pass: a box per sentence of every document
        if b[0] < x0:
            x0 = b[0]
        if b[1] < top:
            top = b[1]
        if b[2] > x1:
            x1 = b[2]
        if b[3] > bottom:
            bottom = b[3]
    return BBox(hundredths(x0), hundredths(top), hundredths(x1), hundredths(bottom))


def hundredths(x: float) -> float:
    """round(x, 2) for a page coordinate, at a fifth of the cost (round with digits goes
    through a decimal string; a box is made for every passage). The two agree on PDFium's
    32-bit coordinates and on page sizes minus them (tests compare them on such values);
    on an arbitrary double x·100 may round onto a half (2.675 → 2.68, not 2.67)."""
    return round(x * 100) / 100


def footnote_rows(rows: list[Row], page_height: float, body: float) -> set[int]:
    """ids of the rows in the footnote area of each column: the run of smaller rows at the
    column's foot, from the highest of them that starts with a raised mark down."""
    out: set[int] = set()
    for side in {r.side for r in rows}:
        column = sorted((r for r in rows if r.side == side and not r.used), key=lambda r: r.base)
        run: list[Row] = []
        for r in reversed(column):
            if r.size <= 0.92 * body and r.top > 0.5 * page_height:
                run.append(r)
            else:
                break
        start = None
        for k, r in enumerate(run):  # bottom-up: the last hit is the highest
            if r.chars and r.chars[0].sup:
                start = k
        if start is not None:
            out.update(id(r) for r in run[: start + 1])
        elif _page_foot(column, run, page_height, body):
            out.update(id(r) for r in run)
    return out


def _page_foot(column: list[Row], run: list[Row], page_height: float, body: float) -> bool:
    """A line or two of small type alone at the very foot of a page, well below the text
    ("Preprint. Under review.", a venue or copyright line): a footer printed on that page
    only, so not found as furniture; like a footnote, it must not cut the paragraph that
    runs past it onto the next page."""
    if not run or len(run) > 2 or len(run) == len(column):
        return False
    highest = run[-1]
    above = column[len(column) - len(run) - 1]
    return (all(r.top > 0.88 * page_height for r in run) and highest.top - above.base > 1.5 * body
            and not any(TABLE_CAPTION.match(r.text) or FIGURE_CAPTION.match(r.text) for r in run))
