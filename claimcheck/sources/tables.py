"""Tables: rows of aligned cells → cells with row and column headers.

Where a table is: between its rules (booktabs top/mid/bottom rules, \\hline), which PDFium
gives as thin paths, or — for a table drawn without rules — the run of multi-cell rows next
to its "Table N:" caption. Its columns: the cell positions of the body rows that have the
most common number of cells (a row with a merged or missing cell does not move them).
Header levels: every row above the first rule inside the table (or above the first row
with a number); a spanning header (``\\multicolumn``) names every column under it — under
its ``\\cmidrule`` where it has one, else the columns it overlaps — and levels join top
down: "XNLI / Acc.". Row header: the innermost label column ("MNLI" under a multirow group
label), or the first column where it names every row once ("bart.base"), the text columns
after it then being cells ("Description"). Values keep what is printed with them: ±, bold, a footnote mark ("92.6^1").
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from dataclasses import dataclass, field
from itertools import accumulate, combinations
from math import comb

from claimcheck.model import BBox, Passage
from claimcheck.sources.layout import FIGURE_CAPTION, TABLE_CAPTION, Row, cells_of, resolve_superscripts, row_text, table_label, union_box
from claimcheck.sources.pdfchars import Frag, Rule
from claimcheck.sources.sentences import join_lines, normalise_numbers

# "Table 3:", "Table 3.", and a longtable's "Table 3 (continued)" on the next page.
ALGORITHM_CAPTION = re.compile(r"^(Algorithm|ALGORITHM)\s*([0-9]+|[IVX]+)\b")
_NUMERIC = re.compile(r"^[-+±−–~<>≈(]*\d")
_DASH_ONLY = re.compile(r"^[-–—/ ]+$")

Cell = tuple[float, float, str]


@dataclass
class Table:
    label: str | None
    page: int
    caption: list[Row]
    rows: list[Row]  # top to bottom, header rows included
    header_end: float | None = None  # y of the rule under the header, when ruled
    separators: list[float] = field(default_factory=list)  # y of full-width rules inside the body
    rules: list[Rule] = field(default_factory=list)  # partial rules (cmidrules) inside
    kind: str = "table"  # or "algorithm": a ruled float of numbered steps, not a grid; or "captions": captions that share lines, "(a) …" "(b) …" or "Figure 1: …" "Figure 2: …" (rows: one per caption)
    # Where the caption or a row is a part cut from a page row (a float set beside the
    # table shares its lines), the page row that places the table in reading order.
    anchor_row: Row | None = None
    beside: list[Row] = field(default_factory=list)  # captions of floats beside the table, sharing its caption's lines

    @property
    def anchor(self) -> Row:
        """The row at whose place in reading order the table's passages go."""
        if self.anchor_row is not None:
            return self.anchor_row
        return self.caption[0] if self.caption else self.rows[0]


def table_cells(r: Row) -> list[Cell]:
    """A table row's cells: columns of a table sit closer than a column gutter (2×\\tabcolsep,
    ~0.6 em in small type) but further apart than a word space (~0.33 em). Classes that set
    a narrow \\tabcolsep (LLNCS: 1.4 pt) put columns a word space apart; there two plain
    numbers side by side are still two cells, as no cell prints two numbers a space apart."""
    if r.table_cells is None or r.table_cells[0] != len(r.chars):  # kept until the row changes
        cells = cells_of(r, max(0.5 * r.size, 3.0), keep_marks=True, apart=_two_numbers)
        r.table_cells = (len(r.chars), [part for c in cells for part in _run_values(c)])
    return r.table_cells[1]


# A footnote mark printed after a value ("49.8*", "92.2†") belongs to it.
_PLAIN_NUMBER = re.compile(r"[-+−]?\d+(?:[.,]\d+)*%?[*†‡§]?")
_SPREAD = re.compile(r"±(\d+(?:[.,]\d+)*%?)?")
# One value printed without spaces: a number with its spread ("81.9±1.0") or several
# scores of one cell ("45.20/22.06/36.99", ROUGE-1/2/L).
_GLUED_VALUE = re.compile(r"[-+−]?\d+(?:[.,]\d+)*%?(?:[±/][-+−]?\d+(?:[.,]\d+)*%?)+")


def _run_values(cell: Cell) -> list[Cell]:
    """Values of neighbouring columns run together in one fragment ("88.55 ± 0.04 87.76 ±
    0.03", the ± in another font starting it): a number after a whole value starts the next
    cell, placed by its share of the characters; so does a value printed without spaces
    ("81.9±1.0 84.2±0.2", "45.20/22.06/36.99 47.21/24.56/39.25"). Only values with a decimal
    point or a ±: integers a space apart may be one number ("1 024")."""
    x0, x1, text = cell
    if " " not in text or not text[:1].isdigit():
        return [cell]
    groups: list[list[tuple[int, int, str]]] = []
    want_spread = False  # a "±" waiting for its number
    for m in re.finditer(r"\S+", text):
        w = m.group()
        if want_spread:
            if not _PLAIN_NUMBER.fullmatch(w):
                return [cell]
            want_spread = False
        elif _SPREAD.fullmatch(w):
            if not groups:
                return [cell]
            want_spread = not w[1:]
        elif _PLAIN_NUMBER.fullmatch(w) or _GLUED_VALUE.fullmatch(w):
            groups.append([])
        else:
            return [cell]
        groups[-1].append((m.start(), m.end(), w))
    if len(groups) < 2 or want_spread or not all(any("." in w or "±" in w for _a, _b, w in g) for g in groups):
        return [cell]
    per_char = (x1 - x0) / len(text)
    return [(x0 + g[0][0] * per_char, x0 + g[-1][1] * per_char, text[g[0][0] : g[-1][1]]) for g in groups]


def _two_numbers(a: Frag, b: Frag) -> bool:
    # A thin space inside a number ("1 024") is narrower than a quarter em.
    return b.x0 - a.x1 > 0.25 * b.size and not b.sup and bool(_PLAIN_NUMBER.fullmatch(a.text)) and bool(_PLAIN_NUMBER.fullmatch(b.text))


# --------------------------------------------------------------------------- finding


def find_tables(rows: list[Row], rules: list[Rule]) -> list[Table]:
    """Tables of one page, ``rows`` in reading order: ruled tables first, then captions
    with a run of multi-cell rows beside them."""
    tables: list[Table] = []
    for group in _rule_groups(rules, rows):
        t = _ruled_table(group, rules, rows)
        if t is not None:
            tables.append(t)
    for i, r in enumerate(rows):
        m = TABLE_CAPTION.match(r.text)
        if m is None or r.used or runs_on(rows, i):
            continue
        caption = caption_rows(rows, i)
        if any(c.used for c in caption[1:]):
            continue
        above = _grid_run(rows, i, -1, r)
        below = _grid_run(rows, i + len(caption) - 1, +1, r)
        body = above if len(above) >= len(below) else below
        if len(body) < 2:
            continue
        body.sort(key=lambda x: x.base)
        for x in body + caption:
            x.used = True
        tables.append(Table(table_label(m.group(2)), r.page, caption, body))
    tables.extend(_unruled_grids(rows))
    beside = [b for t in tables for b in t.beside if FIGURE_CAPTION.match(b.text)]
    tables.extend(_drop_figure_text(rows, rules, beside))
    return tables


def _drop_figure_text(rows: list[Row], rules: list[Rule] | None = None, beside: list[Row] | None = None) -> list[Table]:
    """Text drawn inside a figure (axis labels, ticks, legends, boxes) is not prose: from
    each "Figure N:" caption up its column, rows that are small, read as a drawing's labels,
    or sit in the drawing's boxes are marked used, so that a paragraph running past the
    figure stays whole. The walk stops at the first line that reads as prose, a heading or
    another caption. Returned: the captions that share lines and must be read apart,
    subfigures' ("(a) …", "(b) …") met on the way, and figures' side by side ("Figure 1:
    …" "Figure 2: …")."""
    if not rows:
        return []
    body = statistics.median(r.size for r in rows)
    frames = _frames(rules or [])
    out: list[Table] = []
    # Captions cut from a row shared with a table's caption: their figure is the one above
    # them, not the table beside it.
    starts = [(i, c, False) for i, c in enumerate(rows) if not c.used and FIGURE_CAPTION.match(c.text)]
    starts += [(-1, c, True) for c in beside or []]
    for i, c, part in starts:
        if i >= 0:
            out.extend(_captions_side_by_side(rows, i))
        above = sorted(
            (r for r in rows if r.page == c.page and r.base < c.base and not r.used and (r.side == c.side or c.side == "full") and (not part or min(r.x1, c.x1) - max(r.x0, c.x0) > 0)),
            key=lambda r: -r.base,
        )
        measure = _measure(rows, c)
        # A caption across both columns of a two-column page is a figure*'s: the drawing's
        # lines above it were split at the gutter, and prose there would fill its column.
        spanning = c.side == "full" and any(r.side != "full" for r in rows if r.page == c.page)
        walked: list[Row] = []
        last = c
        for k, r in enumerate(above):
            if TABLE_CAPTION.match(r.text) or FIGURE_CAPTION.match(r.text) or r.size > 1.15 * body or _is_heading_like(r, body):
                break
            # Text in sentences belongs to the drawing only when it sits in a box, close
            # under the drawing's other lines: framed by rules, one of several boxes side by
            # side, set well inside the column, or (figure*) not filling its column as a
            # prose line does.
            close = last.base - r.base <= 3 * r.size
            # A drawing's labels lie within a few lines of each other (ticks, a legend, box
            # labels, subfigures' captions); an image with no text is taller, and what lies
            # above it (a list of short items, "(a) …" of an enumeration) is not the figure's.
            near = last.base - r.base <= 8 * r.size
            boxed = close and (_framed(r, frames) or _boxes_side_by_side(r) or _inset(r, rows) or (spanning and r.side != "full" and not _fills_column(r, rows)))
            if not (r.size <= 0.92 * body or (near and (_drawing_labels(r, measure, close) or _in_subcaption(r, above[k + 1 :]))) or boxed):
                break
            r.used = True
            walked.append(r)
            last = r
        out.extend(_subcaptions(walked))
    return out


def _frames(rules: list[Rule]) -> list[tuple[float, float, float, float]]:
    """Boxes drawn with rules (\\fbox, a framed example): a rule and the next one below it
    of the same extent, as (x0, x1, top, bottom)."""
    out: list[tuple[float, float, float, float]] = []
    for k, a in enumerate(rules):
        b = next((b for b in rules[k + 1 :] if abs(b.x0 - a.x0) < 2 and abs(b.x1 - a.x1) < 2 and b.y - a.y > 4), None)
        if b is not None:
            out.append((a.x0, a.x1, a.y, b.y))
    return out


def _framed(r: Row, frames: list[tuple[float, float, float, float]]) -> bool:
    return any(x0 - 2 <= r.x0 and r.x1 <= x1 + 2 and top < r.base < bottom for x0, x1, top, bottom in frames)


def _boxes_side_by_side(r: Row) -> bool:
    """Two runs of words a wide gap apart (2 em and more) on one line of a single column:
    boxes of text side by side, not a line of prose."""
    cells = r.cells
    return len(cells) >= 2 and all(b[0] - a[1] >= 2 * r.size for a, b in zip(cells, cells[1:]))


def _column_edges(r: Row, rows: list[Row]) -> tuple[float, float] | None:
    """Where the prose lines of ``r``'s column start and end."""
    lines = [x for x in rows if x.page == r.page and x.side == r.side and len(x.text) >= 50]
    return (min(x.x0 for x in lines), max(x.x1 for x in lines)) if lines else None


def _fills_column(r: Row, rows: list[Row]) -> bool:
    """Whether a row runs from its column's left edge (or a paragraph's indent) to its
    right edge, as every prose line but a paragraph's last does. A column without a line
    of prose (under a figure* on the last page) has nothing to fill."""
    edges = _column_edges(r, rows)
    return edges is not None and r.x0 <= edges[0] + 1.5 * r.size and r.x1 >= edges[1] - 2


def _inset(r: Row, rows: list[Row]) -> bool:
    """Whether a row is set inside its column as the lines of a box in a figure are: well
    in from the left edge (2 em and more: a box in the right half), or in from both edges
    (half an em and more: a box across the column, its text ragged; a prose line starts
    at the edge or fills the line to the right edge). A displayed equation, also set in,
    has its "="."""
    edges = _column_edges(r, rows)
    if edges is None or "=" in r.text:
        return False
    lo, hi = edges
    return r.x0 > lo + 2 * r.size or (r.x0 >= lo + 0.5 * r.size and r.x1 <= hi - 0.5 * r.size)


_HEADING_NUMBER = re.compile(r"^(?:\d+(?:\.\d+)*\.?|[A-H](?:\.\d+)*\.?)\s+[A-Z]")


def _is_heading_like(r: Row, body: float) -> bool:
    """A bold numbered line, or a bold line set larger than the text: a section heading
    right above a figure placed [h] under it, which must not be taken for a label."""
    return r.bold and (_HEADING_NUMBER.match(r.text) is not None or r.size > 1.05 * body)


def _measure(rows: list[Row], c: Row) -> float:
    """The width of the prose lines around a caption: of its column, or of the page."""
    lines = [r for r in rows if r.page == c.page and r.side == c.side and len(r.text) >= 50]
    return max(r.x1 for r in lines) - min(r.x0 for r in lines) if lines else float("inf")


def _captions_side_by_side(rows: list[Row], i: int) -> list[Table]:
    """Figures set side by side (minipages) put their captions on shared lines: "Figure 1:
    …" and "Figure 2: …" start cells of one row. They are read apart, as captions, and
    their rows marked used."""
    c = rows[i]
    starts = [cell[0] for cell in c.cells if FIGURE_CAPTION.match(cell[2])]
    if len(starts) < 2:
        return []
    group = caption_rows(rows, i)
    parts = _split_at(group, starts)
    for r in group:
        r.used = True
    return [Table(None, c.page, [c], parts, kind="captions")] if parts else []


_SUBCAPTION = re.compile(r"^\((?:[a-h]|[ivx]{1,4})\)\s+\S")


def _starts_subcaption(r: Row) -> bool:
    return any(_SUBCAPTION.match(cell[2]) for cell in r.cells)


def _in_subcaption(r: Row, higher: list[Row]) -> bool:
    """Whether ``r`` is a subfigure's caption: a line starting "(a) …", or one of the next
    few lines under it, set close and in its size."""
    prev = r
    for x in [r, *higher[:4]]:
        if x is not r and (abs(x.size - prev.size) > 0.5 or not 0 < prev.base - x.base <= 1.6 * prev.size):
            return False
        if _starts_subcaption(x):
            return True
        prev = x
    return False


def _subcaptions(walked: list[Row]) -> list[Table]:
    """The subfigures' captions among a figure's rows: each "(a) …" starts one, with the
    lines set close under it."""
    lines = sorted(walked, key=lambda r: r.base)
    out: list[Table] = []
    i = 0
    while i < len(lines):
        first = lines[i]
        if not _starts_subcaption(first):
            i += 1
            continue
        group = [first]
        i += 1
        while i < len(lines) and not _starts_subcaption(lines[i]) and abs(lines[i].size - first.size) <= 0.5 and 0 < lines[i].base - group[-1].base <= 1.6 * first.size:
            group.append(lines[i])
            i += 1
        parts = _split_at(group, [cell[0] for cell in first.cells if _SUBCAPTION.match(cell[2])])
        if parts:
            out.append(Table(None, first.page, [first], parts, kind="captions"))
    return out


def _split_at(group: list[Row], starts: list[float]) -> list[Row]:
    """Captions side by side on the lines of ``group``, one starting at each x of
    ``starts``: a line's words go to the caption whose start is left of them. One row
    each, its text the caption's lines joined."""
    first = group[0]
    bounds = [float("-inf"), *starts[1:], float("inf")]
    parts: list[Row] = []
    for lo, hi in zip(bounds, bounds[1:]):
        text_lines: list[str] = []
        frags = []
        for line in group:
            mine = [f for f in line.chars if lo - 0.5 * line.size <= (f.x0 + f.x1) / 2 < hi - 0.5 * line.size]
            if mine:
                text_lines.append(row_text(mine, line.size).strip())
                frags.extend(mine)
        if frags:
            part = Row(page=first.page, chars=frags, base=first.base, size=first.size, side=first.side)
            part.finish()
            part.text = join_lines(text_lines, None)
            parts.append(part)
    return parts


_SENTENCE_END = re.compile(r"[.:;?!]$")
_TICK = re.compile(r"^[-+−–]?(?:\d+(?:[.,]\d+)*|\.\d+)(?:[%×x]|[eE][-+−]?\d+|[kKMB])?$")


def _drawing_labels(r: Row, measure: float, close: bool) -> bool:
    """Whether a row reads as the labels of a drawing rather than a line of prose, which is
    one run of words across its column: a few words without a sentence end ("Multi-Head
    Attention"); a row of tick values ("60 2 4 6 8 10 12": a y tick level with the x
    ticks), however many; labels spread along the row with wide gaps between them (a
    legend's entries). Close under the drawing's other lines (``close``), also longer
    labels that do not fill the column: two plots' axis labels side by side ("Number of
    labelled examples per class"), or one label of more words."""
    words = r.text.split()
    if _SENTENCE_END.search(r.text):
        return False
    if len(words) <= 4 or all(_TICK.match(w) for w in words):
        return True
    if len(r.cells) >= 2 and all(len(c[2].split()) <= 4 for c in r.cells):
        return True
    if not close:
        return False
    if len(r.cells) >= 2:
        return all(len(c[2].split()) <= 4 or c[1] - c[0] < 0.4 * measure for c in r.cells)
    return r.x1 - r.x0 < 0.6 * measure


_NUMBER_TOKEN = re.compile(r"(?<![\w.])[-+±]?\d")


_ASCII_DIGITS = b"0123456789"


def _numeric_grid_row(r: Row) -> bool:
    text = r.text
    # Most rows are prose with fewer than two digits: counted in C on an ASCII row's bytes
    # first (a third of the regex's time; \d also takes other scripts' digits).
    if text.isascii() and len(text) - len(text.encode().translate(None, _ASCII_DIGITS)) < 2:
        return False
    if len(_NUMBER_TOKEN.findall(text)) < 2:
        return False
    cells = table_cells(r)
    if len(cells) < 3:
        return False
    values = sum(1 for c in cells[1:] if _is_value(c[2]))
    return values >= 2 and values >= 0.5 * (len(cells) - 1)


def _unruled_grids(rows: list[Row]) -> list[Table]:
    """Tables with neither rules nor a caption beside them: runs of at least three rows of
    aligned cells, mostly numbers, on one side of the page; the row above a run whose cells
    sit over its columns is its header."""
    out: list[Table] = []
    i = 0
    while i < len(rows):
        r = rows[i]
        if r.used or not _numeric_grid_row(r):
            i += 1
            continue
        run = [r]
        j = i + 1
        while j < len(rows) and not rows[j].used and rows[j].side == r.side and rows[j].page == r.page:
            gap = rows[j].base - run[-1].base
            if not 0 < gap <= 2.2 * r.size or not _numeric_grid_row(rows[j]):
                break
            run.append(rows[j])
            j += 1
        counts = Counter(len(table_cells(x)) for x in run)
        if len(run) >= 3 and counts.most_common(1)[0][1] >= 0.6 * len(run):
            k = i - 1
            if k >= 0 and not rows[k].used and rows[k].side == r.side and 0 < r.base - rows[k].base <= 2.2 * r.size and len(table_cells(rows[k])) >= 2:
                run.insert(0, rows[k])
            for x in run:
                x.used = True
            out.append(Table(None, r.page, [], run))
        i = j
    return out


def _rule_groups(rules: list[Rule], rows: list[Row]) -> list[list[Rule]]:
    """Rules of equal extent, top to bottom, that enclose text: one group per table. A
    caption or a prose line between two rules separates two tables."""
    full: list[list[Rule]] = []
    for ru in rules:
        # Only the latest group of this extent may continue: stacked floats of one width
        # must not reach over each other.
        g = next((g for g in reversed(full) if abs(g[0].x0 - ru.x0) < 6 and abs(g[0].x1 - ru.x1) < 6), None)
        if g is not None and not _separated(g[-1], ru, rows):
            g.append(ru)
        else:
            full.append([ru])
    return [g for g in full if len(g) >= 2 and g[-1].y - g[0].y > 8]


def _separated(a: Rule, b: Rule, rows: list[Row]) -> bool:
    """Two rules of equal extent belong to different floats when a caption or prose lies
    between them, or nothing does (two floats stacked: one's bottom rule, the next one's
    top rule; a double rule is closer than 4 pt)."""
    between = [r for r in rows if a.y < r.base < b.y and min(r.x1, a.x1) - max(r.x0, a.x0) > 0]
    if not between and b.y - a.y > 4:
        return True
    # One line alone between two rules less than ~2.5 lines apart is a header between a
    # \toprule and a \midrule: two floats' rules are at least twice the float separation
    # apart with prose between them. A narrow \tabcolsep (LLNCS) runs its heads together
    # into a line of many words that reads like prose.
    alone = len(between) == 1 and b.y - a.y < 2.5 * between[0].size
    for r in between:
        # Prose fills the float's width; an indented algorithm step with many words does not.
        w = a.x1 - a.x0
        full_width = r.x0 <= a.x0 + 0.05 * w and r.x1 >= a.x1 - 0.05 * w
        if TABLE_CAPTION.match(r.text) or FIGURE_CAPTION.match(r.text) or (
                full_width and not alone and len(r.text.split()) >= 12 and _looks_like_prose(r) and not _header_of_many_columns(r)):
            return True
    return False


def _header_of_many_columns(r: Row) -> bool:
    """A wide table's header row: many words, as prose has, but set as many short cells a
    column gap apart ("Model GLUE SQuAD SuperGLUE Winogrande (XL) … CB Trivia QA" in
    small type, where a word space is too narrow to tell columns apart by the wider gap
    prose lines are cut at)."""
    cells = table_cells(r)
    return len(cells) >= 6 and sum(len(c[2].split()) for c in cells) <= 2 * len(cells)


def _ruled_table(group: list[Rule], rules: list[Rule], rows: list[Row]) -> Table | None:
    top, bottom = group[0], group[-1]
    x0, x1 = top.x0 - 4, top.x1 + 4
    inside = [r for r in rows if not r.used and top.y < r.base < bottom.y + 1 and r.x0 >= x0 and r.x1 <= x1]
    # A float beside the table (a plot in the next minipage) puts its text on the table's
    # baselines: those rows are cut at the rules' ends; the table takes the part within.
    cuts = [cut for r in rows if not r.used and top.y < r.base < bottom.y + 1 and (cut := _cut_at_extent(r, x0, x1)) is not None]
    inside += [cut[1] for cut in cuts]
    if len(inside) < 2:
        return None
    inside.sort(key=lambda r: (r.base, r.x0))
    algo = [r for r in inside if ALGORITHM_CAPTION.match(r.text)]
    if algo:
        # algorithm/algorithmic: rule, "Algorithm N caption", rule, numbered steps, rule.
        caption = [algo[0]]
        steps = [r for r in inside if r.base > algo[0].base]
        for r in inside:
            r.used = True
        return Table(None, inside[0].page, caption, steps, kind="algorithm")
    # Rules also frame titles (NeurIPS) and drawings (\fbox): a table has rows of cells.
    if sum(1 for r in inside if len([c for c in table_cells(r) if c[2]]) >= 2) < 2:
        return None
    if _figure_caption_near(rows, inside[0].page, top.y, bottom.y, x0, x1):
        return None
    inside = _merge_sides(inside)
    # The first full-extent rule below the top one ends the header (booktabs \midrule).
    mids = [ru for ru in group[1:-1] if ru.y < bottom.y]
    header_end = mids[0].y if mids else None
    partial = [ru for ru in rules if top.y < ru.y < bottom.y and ru not in group and ru.x0 >= x0 and ru.x1 <= x1]
    caption = _caption_near(rows, inside, top.y, bottom.y, x0, x1)
    anchor: Row | None = None
    others: list[Row] = []
    if caption:
        caption, others = _own_caption(caption, x0, x1)
        if others:
            anchor = _caption_near(rows, inside, top.y, bottom.y, x0, x1)[0]
    label = None
    if caption:
        m = TABLE_CAPTION.match(caption[0].text)
        label = table_label(m.group(2)) if m else None
    for r in inside + caption:
        r.used = True
    if anchor is not None:
        for r in caption_rows(rows, rows.index(anchor)):
            r.used = True
    for whole, _part, rest in cuts:
        # The page row keeps what lies beside the table, for the float there.
        whole.chars = rest
        whole.finish()
        whole.text = resolve_superscripts(row_text(rest, whole.size)).strip()
        whole.cells = cells_of(whole, max(0.9 * whole.size, 5.0))
        whole.table_cells = None
    if anchor is None and not caption:
        # Without a caption the table goes where its first row is: the page row it was cut from.
        first = min(inside, key=lambda r: r.base)
        anchor = next((whole for whole, part, _rest in cuts if part is first), None)
    return Table(label, inside[0].page, caption, inside, header_end=header_end, rules=partial, separators=[ru.y for ru in mids], anchor_row=anchor, beside=others)


def _cut_at_extent(r: Row, x0: float, x1: float) -> tuple[Row, Row, list[Frag]] | None:
    """A row reaching out of a table's extent [x0, x1] with words on both sides and none
    across its ends: the row, its part within (a row of its own), the fragments without."""
    if r.x0 >= x0 and r.x1 <= x1 or r.x1 <= x0 or r.x0 >= x1:
        return None
    within = [c for c in r.chars if c.x0 >= x0 and c.x1 <= x1]
    without = [c for c in r.chars if c.x1 <= x0 or c.x0 >= x1]
    if not within or not without or len(within) + len(without) != len(r.chars):
        return None
    part = Row(page=r.page, chars=within, base=r.base, size=r.size, side=r.side, bold=within[0].bold)
    part.finish()
    part.text = resolve_superscripts(row_text(within, r.size)).strip()
    part.cells = cells_of(part, max(0.9 * part.size, 5.0))
    return r, part, without


def _own_caption(caption: list[Row], x0: float, x1: float) -> tuple[list[Row], list[Row]]:
    """A table's caption that shares its lines with the caption of a float beside it
    ("Table 1: …" "Figure 1: …"): the part over the table, and the others, each one row."""
    starts = [cell[0] for cell in caption[0].cells if TABLE_CAPTION.match(cell[2]) or FIGURE_CAPTION.match(cell[2])]
    if len(starts) < 2:
        return caption, []
    parts = _split_at(caption, starts)
    mine = max(parts, key=lambda p: min(p.x1, x1) - max(p.x0, x0))
    return [mine], [p for p in parts if p is not mine]


def _figure_caption_near(rows: list[Row], page: int, top: float, bottom: float, x0: float, x1: float) -> bool:
    """A "Figure N:" caption just below the ruled region (or just above it) and no table
    caption nearer: the rules frame a drawing."""
    best_fig = best_tab = float("inf")
    for r in rows:
        if r.page != page or min(r.x1, x1) - max(r.x0, x0) <= 0:
            continue
        dist = r.top - bottom if r.base > bottom else top - r.bottom if r.base < top else None
        if dist is None or dist > 40:
            continue
        if FIGURE_CAPTION.match(r.text):
            best_fig = min(best_fig, dist)
        elif TABLE_CAPTION.match(r.text):
            best_tab = min(best_tab, dist)
    return best_fig < best_tab


def _merge_sides(rows: list[Row]) -> list[Row]:
    """One row per baseline: a table row that column splitting cut in two is put back."""
    out: list[Row] = []
    for r in rows:
        if out and abs(out[-1].base - r.base) < 0.3 * r.size and out[-1].page == r.page:
            host = out[-1]
            host.chars = sorted(host.chars + r.chars, key=lambda c: c.x0)
            host.x0, host.x1 = min(host.x0, r.x0), max(host.x1, r.x1)
            host.top, host.bottom = min(host.top, r.top), max(host.bottom, r.bottom)
            host.text = f"{host.text} {r.text}"
            r.used = True
            continue
        out.append(r)
    return out


def _caption_near(rows: list[Row], inside: list[Row], top: float, bottom: float, x0: float, x1: float) -> list[Row]:
    """The "Table N:" caption closest below the bottom rule or above the top rule (its last
    line)."""
    best: tuple[float, int] | None = None
    size = statistics.median(r.size for r in inside)
    for i, r in enumerate(rows):
        if r.used or r.page != inside[0].page or not TABLE_CAPTION.match(r.text):
            continue
        if min(r.x1, x1) - max(r.x0, x0) <= 0:
            continue
        if r.base > bottom:
            dist = r.top - bottom
        elif r.base < top:
            # From the caption's last line: a two-line caption above its table is as close
            # to it as the next table's caption below it.
            dist = top - caption_rows(rows, i)[-1].bottom
        else:
            continue
        if dist < 6 * size and (best is None or dist < best[0]):
            best = (dist, i)
    return caption_rows(rows, best[1]) if best else []


def runs_on(rows: list[Row], i: int) -> bool:
    """Whether row ``i`` goes on with the sentence of the prose line right above it, in its
    column: "… before and after DAPT in" / "Table 1. We observe that …" is a reference a
    line break put at a line start, not a caption. A line above that ends a sentence, a
    table row or a figure's short labels never runs on."""
    if i == 0:
        return False
    prev, r = rows[i - 1], rows[i]
    if prev.page != r.page or prev.side != r.side or abs(prev.size - r.size) > 0.5 or len(prev.cells) > 1:
        return False
    if not 0 < r.base - prev.base <= 1.6 * r.size:
        return False
    return len(prev.text) >= 30 and _ends_mid_sentence(prev)


def _same_caption_side(caption: list[Row], r: Row) -> bool:
    """Whether ``r`` may go on with a caption in its column. The short last line of a
    full-width caption ("sources similar to RoBERTa's corpus.") fits in one column and is
    read as that column's: it still goes on with a caption line that runs on, from the
    same left edge."""
    if r.side == caption[0].side:
        return True
    last = caption[-1]
    return caption[0].side == "full" and _ends_mid_sentence(last) and abs(r.x0 - last.x0) < last.size


def _ends_mid_sentence(r: Row) -> bool:
    """A line that ends in a lower-case word or a comma: its sentence goes on below."""
    end = r.text.rstrip()[-1:]
    return end.islower() or end == ","


_LABEL_ALONE = re.compile(r"(?:Table|TABLE|Tab\.|Figure|FIGURE|Fig\.)\s*(?:[0-9]+|[IVX]+)[.:]?", re.I)


def caption_rows(rows: list[Row], i: int) -> list[Row]:
    r = rows[i]
    caption = [r]
    k = i + 1
    while k < len(rows) and _same_caption_side(caption, rows[k]) and 0 < rows[k].base - caption[-1].base <= 1.6 * r.size and not rows[k].used:
        if TABLE_CAPTION.match(rows[k].text) or FIGURE_CAPTION.match(rows[k].text) or len(rows[k].cells) > 2:
            break
        # A label alone on its line ("TABLE II") heads text set in small capitals, whose
        # letters PDFium sizes smaller than the label's.
        alone = _LABEL_ALONE.fullmatch(r.text.strip()) is not None
        if abs(rows[k].size - r.size) > 0.5 and not (alone and 0.8 * r.size <= rows[k].size <= r.size):
            break
        caption.append(rows[k])
        k += 1
    return caption


def _grid_run(rows: list[Row], start: int, step: int, caption: Row) -> list[Row]:
    run: list[Row] = []
    j = start + step
    prev = caption
    while 0 <= j < len(rows):
        x = rows[j]
        if x.used or x.page != caption.page or abs(x.base - prev.base) > 3.5 * caption.size:
            break
        if x.side != caption.side and caption.side != "full" and x.side != "full":
            j += step
            continue
        if len(table_cells(x)) < 2 or _looks_like_prose(x):
            break
        run.append(x)
        prev = x
        j += step
    return run


def _looks_like_prose(r: Row) -> bool:
    words = r.text.split()
    if len(words) < 8 or len(r.cells) > 2:
        return False
    numbers = sum(1 for w in words if _NUMERIC.match(w))
    return numbers < 0.3 * len(words)


# --------------------------------------------------------------------------- reading


def _is_value(text: str) -> bool:
    return bool(_NUMERIC.match(text)) or bool(_DASH_ONLY.match(text))


@dataclass
class _Slot:
    x0: float
    x1: float
    # How the column's cells line up: "l" (every left edge at x0), "r" (every right edge at
    # x1) or "c" (neither: centred, or too few cells to tell).
    align: str = "c"

    @property
    def centre(self) -> float:
        return (self.x0 + self.x1) / 2


def _slots(body: list[list[Cell]]) -> list[_Slot]:
    """Column positions from the body rows with the most common cell count."""
    counts = Counter(len(cells) for cells in body if len(cells) >= 2)
    if not counts:
        return []
    top = max(counts.values())
    n = max(k for k, v in counts.items() if v == top)  # ties: the finer division
    model = [cells for cells in body if len(cells) == n]
    return [_Slot(min(c[j][0] for c in model), max(c[j][1] for c in model), _alignment([c[j] for c in model])) for j in range(n)]


def _alignment(cells: list[Cell]) -> str:
    if len(cells) < 2 or len({c[2] for c in cells}) < 2:
        return "c"
    if max(c[0] for c in cells) - min(c[0] for c in cells) <= 0.5:
        return "l"
    if max(c[1] for c in cells) - min(c[1] for c in cells) <= 0.5:
        return "r"
    return "c"


def _split_spanning(cells: list[Cell], slots: list[_Slot]) -> list[Cell]:
    """A cell of a row with other cells that reaches over the columns of several slots, no
    other cell of the row there: the cells of neighbouring columns a word space apart (a
    narrow \\tabcolsep), one fragment ("Ours (alpha-entmax) w/o fine-tuning", "RoBERTa
    large 88.9"). It is cut between words where each part after the first lines up with
    its column as the column's other cells do (left edge, right edge or centre; words placed
    by their letters' widths). A row of one cell (a group heading across the table) stays
    whole, and so does a cell no cut lines up."""
    if len(cells) < 2:
        return cells
    out: list[Cell] = []
    for cell in cells:
        x0, x1, text = cell
        ks = [k for k, sl in enumerate(slots) if min(x1, sl.x1) - max(x0, sl.x0) > 1.0]
        if len(ks) < 2 or " " not in text or any(
                c is not cell and min(c[1], slots[k].x1) - max(c[0], slots[k].x0) > 0 for c in cells for k in ks):
            out.append(cell)
            continue
        out.extend(_cut_to_columns(cell, [slots[k] for k in ks]))
    return out


def _cut_to_columns(cell: Cell, covered: list[_Slot]) -> list[Cell]:
    words = _word_places(cell)
    if len(words) < len(covered) or len(words) > 12:
        return [cell]
    best: tuple[float, list[Cell]] | None = None
    for cuts in combinations(range(1, len(words)), len(covered) - 1):
        bounds = [0, *cuts, len(words)]
        parts = [(words[a][0], words[b - 1][1], " ".join(w[2] for w in words[a:b])) for a, b in zip(bounds, bounds[1:])]
        error = max(_misalignment(p, sl) for p, sl in zip(parts[1:], covered[1:]))
        if best is None or error < best[0]:
            best = (error, parts)
    # Word places are estimates: a few points off over a long run of text.
    if best is None or best[0] > 3.0:
        return [cell]
    return best[1]


def _misalignment(part: Cell, slot: _Slot) -> float:
    if slot.align == "l":
        return abs(part[0] - slot.x0)
    if slot.align == "r":
        return abs(part[1] - slot.x1)
    return abs((part[0] + part[1]) / 2 - slot.centre)


def _assign(cells: list[Cell], slots: list[_Slot]) -> dict[int, Cell]:
    """Each cell to the slot it overlaps most (or the nearest); a cell with no slot of its
    own that lies left of the first slot is a group label and is left out."""
    out: dict[int, Cell] = {}
    for cell in cells:
        x0, x1, _t = cell
        best, best_overlap = None, 0.0
        for k, s in enumerate(slots):
            if s.x0 >= x1 or s.x1 <= x0:  # most slots are nowhere near
                continue
            ov = min(x1, s.x1) - max(x0, s.x0)
            if ov > best_overlap:
                best, best_overlap = k, ov
        if best is None:
            if x1 < slots[0].x0:
                continue
            centre = (x0 + x1) / 2
            best = min(range(len(slots)), key=lambda k: abs(slots[k].centre - centre))
        if best in out:  # two cells in one slot: keep them together
            o = out[best]
            out[best] = (min(o[0], x0), max(o[1], x1), f"{o[2]} {cell[2]}")
        else:
            out[best] = cell
    return out


def _column_names(t: Table, header: list[Row], slots: list[_Slot]) -> list[str]:
    levels: list[list[str]] = []
    for h in header:
        cells = table_cells(h)
        below = [ru for ru in t.rules if h.base < ru.y < h.base + 1.6 * h.size]
        if below:
            cells = [part for c in cells for part in _split_over_rules(c, below)]
        else:
            cells = [part for c in cells for part in _tight_header(c, cells, slots, levels)]
        names = [""] * len(slots)
        for k, s in enumerate(slots):
            best, best_overlap = "", 0.0
            for x0, x1, text in cells:
                ov = min(x1, s.x1) - max(x0, s.x0)
                if ov > best_overlap:
                    best, best_overlap = text, ov
            if not best:
                # A spanning header narrower than its columns: its \cmidrule says which.
                for ru in below:
                    if ru.x0 - 1 <= s.centre <= ru.x1 + 1:
                        over = [c for c in cells if min(c[1], ru.x1) - max(c[0], ru.x0) > 0]
                        if over:
                            best = over[0][2]
            names[k] = best
        _widen_centred_spans(names, cells, slots)
        levels.append(names)
    return [" / ".join(normalise_numbers(lv[k]) for lv in levels if lv[k]) for k in range(len(slots))]


# Rough advance widths of a proportional text font, in ems, by kind of character: enough to
# tell where a word of a run of heads lies ("Model / Variant Params" is not 22 equal steps).
_NARROW = frozenset("ijlt.,;:'!|()[]/ -fr")
_WIDE = frozenset("mwMW%@")


def _advance(ch: str) -> float:
    if ch in _NARROW:
        return 0.3
    if ch in _WIDE:
        return 0.85
    return 0.68 if ch.isupper() else 0.5


def _word_places(cell: Cell) -> list[Cell]:
    """A fragment's words placed by their share of its width, each character counted by its
    rough advance: PDFium gives the box of the whole fragment only, and table heads are
    short runs of one font."""
    x0, x1, text = cell
    ends = list(accumulate(map(_advance, text), initial=0.0))
    scale = (x1 - x0) / ends[-1] if ends[-1] else 0.0
    return [(x0 + ends[m.start()] * scale, x0 + ends[m.end()] * scale, m.group()) for m in re.finditer(r"\S+", text)]


def _split_over_rules(cell: Cell, below: list[Rule]) -> list[Cell]:
    """Spanning heads a word space apart (a narrow \\tabcolsep) are one fragment, "SQuAD 1.1
    SQuAD 2.0": where it lies over two or more \\cmidrules, the words over each rule are
    that rule's head."""
    x0, x1, _text = cell
    under = sorted((ru for ru in below if min(x1, ru.x1) - max(x0, ru.x0) > 0), key=lambda ru: ru.x0)
    if len(under) < 2:
        return [cell]
    groups: list[list[Cell]] = [[] for _ in under]
    words = _word_places(cell)
    over: list[int | None] = []
    for w in words:
        centre = (w[0] + w[1]) / 2
        # Places are estimates from letter widths: a short word at a rule's end may seem to
        # start a point before it.
        slack = 1.0 + 0.25 * (w[1] - w[0])
        over.append(next((k for k, ru in enumerate(under) if ru.x0 - slack <= centre <= ru.x1 + slack), None))
    for i, (w, k) in enumerate(zip(words, over)):
        if k is None and not any(ch.isalnum() for ch in w[2]):
            # A symbol alone ("#" of "# Params", "(" of "( dev )") is no head: it goes with
            # the word it is printed beside.
            k = next((o for o in over[i + 1 :] if o is not None), None) if i + 1 < len(words) else over[i - 1] if i else None
        if k is None:
            return [cell]  # a word between the rules: not one head per rule
        groups[k].append(w)
    if not all(groups):
        return [cell]
    return [(g[0][0], g[-1][1], " ".join(w[2] for w in g)) for g in groups]


def _tight_header(cell: Cell, row: list[Cell], slots: list[_Slot], above: list[list[str]]) -> list[Cell]:
    """The heads of columns a word space apart (a narrow \\tabcolsep) are one fragment,
    "Layers Hidden size Heads": cut into runs of words, one over each column it covers,
    each run centred over its column (words placed by their letters' widths) — then each
    run is that column's head."""
    x0, x1, text = cell
    ks = [k for k, s in enumerate(slots) if min(x1, s.x1) - max(x0, s.x0) > 0]
    covered = [slots[k] for k in ks]
    if len(covered) < 2 or len(text.split()) < len(covered):
        return [cell]
    if any(all(names[k] for k in ks) and len({names[k] for k in ks}) == len(ks) for names in above):
        return [cell]  # each column has its own head above: this one is said of them all ("Label Accuracy")
    words = _word_places(cell)
    if comb(len(words) - 1, len(covered) - 1) > 5000:
        return [cell]
    # The cut into runs of words that centres each run best over its column: a head of
    # several words may reach nearer the next column's centre than its own ("wav2vec 2.0
    # Large (no LM)" beside "Whisper Large V2"). A head spanning columns is centred on
    # the span instead, its runs over no column's centre.
    best: tuple[float, list[Cell]] | None = None
    for cuts in combinations(range(1, len(words)), len(covered) - 1):
        bounds = [0, *cuts, len(words)]
        parts = [(words[a][0], words[b - 1][1], " ".join(w[2] for w in words[a:b])) for a, b in zip(bounds, bounds[1:])]
        offs = [abs((p0 + p1) / 2 - sl.centre) / (0.3 * max(sl.x1 - sl.x0, p1 - p0) + 1.0) for (p0, p1, _w), sl in zip(parts, covered)]
        off = sum(offs) if max(offs) <= 1.0 else float("inf")
        if best is None or off < best[0]:
            best = (off, parts)
    if best is None or best[0] == float("inf"):
        return [cell]
    parts = best[1]
    if _repeats([p[2] for p in parts]):
        # The same heads again under each group ("clean other clean other", "Acc. Acc."):
        # one head per column, never one phrase spanning them.
        return parts
    for k in (ks[0] - 1, ks[-1] + 1):
        # A column beside it with no head of its own at this level: a head centred on a
        # span wider than the columns under its text ("Exact Match" over NQ TQA WQ CT).
        # The row labels' column often has none.
        if 0 < k < len(slots) and not any(min(c[1], slots[k].x1) - max(c[0], slots[k].x0) > 0 for c in row):
            return [cell]
    return parts


def _repeats(texts: list[str]) -> bool:
    """Whether ``texts`` is one shorter sequence said over again ("P R P R")."""
    n = len(texts)
    return any(n % p == 0 and all(texts[i] == texts[i % p] for i in range(n)) for p in range(1, n // 2 + 1))


def _widen_centred_spans(names: list[str], cells: list[Cell], slots: list[_Slot]) -> None:
    """A header printed across the gap between two columns is a \\multicolumn, centred on
    its span: where the columns on both sides have no header of their own at this level,
    the span reaches them too ("Exact Match" under NQ, TQA, WQ, CT, its text over the
    middle two), as long as the text stays at the span's centre."""
    for x0, x1, text in cells:
        covered = [k for k, s in enumerate(slots) if min(x1, s.x1) - max(x0, s.x0) > 0 and names[k] == text]
        if len(covered) < 2:
            continue  # a header within one column says nothing of its span
        lo, hi, centre = covered[0], covered[-1], (x0 + x1) / 2
        while lo > 0 and hi < len(slots) - 1 and not names[lo - 1] and not names[hi + 1]:
            span_centre = (slots[lo - 1].x0 + slots[hi + 1].x1) / 2
            if abs(span_centre - centre) > 0.25 * (slots[hi + 1].x1 - slots[lo - 1].x0) / (hi - lo + 3):
                break
            lo, hi = lo - 1, hi + 1
            names[lo] = names[hi] = text


def _group_labels(t: Table, rows: list[Row], cells: list[list[Cell]], slots: list[_Slot]) -> dict[int, str]:
    """Group labels (a \\multirow cell left of the row labels): each row gets the label in
    its band between the table's inner rules, the nearest one where a band holds several."""
    labels = [(r.base, c[2]) for r, cs in zip(rows, cells) for c in cs if c[1] < slots[0].x0 and c[2]]
    if not labels:
        return {}
    cuts = sorted(t.separators)

    def band(y: float) -> int:
        return sum(1 for c in cuts if c < y)

    out: dict[int, str] = {}
    for r in rows:
        mine = [lab for lab in labels if band(lab[0]) == band(r.base)] or labels
        out[id(r)] = min(mine, key=lambda lab: abs(lab[0] - r.base))[1]
    return out


def _names_rows(assigned: list[dict[int, Cell]]) -> bool:
    """Whether the first column holds a different name on every row that has cells after
    it. A \\multirow group label is printed once for several rows (the column is sparse),
    and an outer label repeats ("XNLI" over "en", "fr"): neither names the rows."""
    rows = [a for a in assigned if any(k > 0 for k in a)]
    if len(rows) < 2 or any(0 not in a for a in rows):
        return False
    firsts = [a[0][2].strip() for a in rows]
    return all(firsts) and len(set(firsts)) == len(firsts)


def _first_column_names_rows(assigned: list[dict[int, Cell]], n_labels: int) -> bool:
    """Whether a first column printed on every row varies more than the last label column:
    "Parser" (Dyer, Zhu, Transformer, … some twice) beside "Training" (semi-supervised,
    generative, …) names the rows, and "Training" is a property of each. An outer label
    ("XNLI" over "en", "fr", "de") varies less than what it groups, and stays a label."""
    rows = [a for a in assigned if any(k >= n_labels for k in a)]
    if len(rows) < 3 or any(0 not in a or not a[0][2].strip() for a in rows):
        return False
    firsts = {a[0][2].strip() for a in rows}
    lasts = {a[n_labels - 1][2].strip() for a in rows if n_labels - 1 in a}
    return len(firsts) > len(lasts)


def _join_wrapped_labels(assigned: list[dict[int, Cell]], n_labels: int, vocab: Counter[str] | None, ruled: list[bool]) -> None:
    """A row label set in a paragraph column wraps: its value cells sit on the first line
    and the next lines hold only the rest of the label, going on in lower case ("Is the
    output a correct and acceptable re-" / "sponse to the instruction?") or where the line
    above could not end (``_breaks_on``). Those lines are joined to the label above; a group
    heading between rows starts with a capital, or stands under a rule (``ruled``: a
    separator above each row)."""
    k = n_labels - 1
    # The label column's right edge, where a label set in a paragraph column breaks.
    edge = max((a[k][1] for a in assigned if k in a), default=0.0)
    above: dict[int, Cell] | None = None
    last: Cell | None = None  # the label's last line so far
    for a, rule_above in zip(assigned, ruled):
        if any(j >= n_labels for j in a):
            above, last = a, a.get(k)
            continue
        text = a[k][2].strip() if k in a and len(a) == 1 else ""
        # (no last line: the row above has no label in this column)
        if above is None or last is None or rule_above or not text or not (text[:1].islower() or _breaks_on(last, text, edge)):
            above = None
            continue
        x0, x1, label = above[k]
        above[k] = (min(x0, a[k][0]), max(x1, a[k][1]), join_lines([label, text], vocab))
        last = a[k]


_GOES_ON = re.compile(r"(?:-|\+|&|/|,|\b(?:and|or|of|with|for|in|on|to|the|a|an|by|from))$")


def _breaks_on(label: Cell, text: str, edge: float) -> bool:
    """A label line that goes on below with a capital ("Jones et al. (2015) - Sparse Non-"
    / "Negative", "RNN-512 + 5" / "Gram"): it ends on a hyphen, an operator or a word that
    cannot end a name, or it reaches the column's edge where the line below is one short
    word (a group heading stands under a short label, or under a rule)."""
    words = label[2].rstrip()
    if _GOES_ON.search(words):
        return True
    return label[1] >= edge - 2.0 and len(text) < 0.5 * len(words) and " " in words and " " not in text


def table_passages(t: Table, order_start: int, section: str | None, vocab: Counter[str] | None = None) -> list[Passage]:
    """The caption, then per body row the row as a whole and each of its cells; then the
    captions of floats set beside the table."""
    out = _table_passages(t, order_start, section, vocab)
    order = order_start + len(out)
    for k, r in enumerate(t.beside):
        out.append(Passage(normalise_numbers(r.text), r.page, BBox(r.x0, r.top, r.x1, r.bottom), "caption", order + k, section))
    return out


def _table_passages(t: Table, order_start: int, section: str | None, vocab: Counter[str] | None) -> list[Passage]:
    out: list[Passage] = []
    order = order_start
    if t.kind == "captions":
        return [Passage(normalise_numbers(r.text), r.page, BBox(r.x0, r.top, r.x1, r.bottom), "caption", order + k, section) for k, r in enumerate(t.rows)]
    if t.caption:
        caption_text = normalise_numbers(join_lines([c.text for c in t.caption], vocab))
        cap_box = union_box([(c.x0, c.top, c.x1, c.bottom) for c in t.caption])
        out.append(Passage(caption_text, t.caption[0].page, cap_box, "caption", order, section, t.label))
        order += 1
    if t.kind == "algorithm":
        # Steps are not prose: one passage a line, kept out of the sentences.
        for r in sorted(t.rows, key=lambda r: r.base):
            out.append(Passage(normalise_numbers(r.text), r.page, BBox(r.x0, r.top, r.x1, r.bottom), "algorithm", order, section))
            order += 1
        return out
    rows = sorted(t.rows, key=lambda r: r.base)
    cells = [table_cells(r) for r in rows]
    if t.header_end is not None:
        n_header = sum(1 for r in rows if r.base < t.header_end)
    else:
        # No rule under the header: the header is what precedes the first row with a value.
        n_header = next((k for k, cs in enumerate(cells) if len(cs) >= 2 and any(_is_value(c[2]) for c in cs[1:])), 0)
        n_header = max(n_header, 1) if len(rows) > 2 else n_header
    header, body_rows, body = rows[:n_header], rows[n_header:], cells[n_header:]
    slots = _slots(body)
    if len(slots) < 2:
        return out
    body = [_split_spanning(cs, slots) for cs in body]
    assigned = [_assign(cs, slots) for cs in body]
    groups = _group_labels(t, body_rows, body, slots)
    # Label columns: the leading columns whose cells are mostly not values.
    n_labels = 0
    for k in range(len(slots) - 1):
        texts = [a[k][2] for a in assigned if k in a]
        if texts and sum(1 for x in texts if not _is_value(x)) > len(texts) / 2:
            n_labels = k + 1
        else:
            break
    n_labels = max(n_labels, 1)
    if n_labels > 1 and (_names_rows(assigned) or _first_column_names_rows(assigned, n_labels)):
        # The first column names every row once ("bart.base", "bart.large", …): it is the row
        # header, and the text columns after it are cells ("Description"), not labels.
        n_labels = 1
    ruled = [any(prev.base < y < r.base for y in t.separators) for prev, r in zip([header[-1] if header else body_rows[0], *body_rows], body_rows)]
    _join_wrapped_labels(assigned, n_labels, vocab, ruled)
    names = _column_names(t, header, slots)
    for r, a in zip(body_rows, assigned):
        labels = [a[k][2] for k in range(n_labels) if k in a]
        values = [(k, a[k]) for k in range(n_labels, len(slots)) if k in a]
        if not labels or not values:
            continue  # a group heading or a stray line
        row_name = normalise_numbers(labels[-1])
        parts = []
        cell_passages = []
        for k, (x0, x1, text) in values:
            if not text.strip():
                continue
            text = normalise_numbers(text)
            col = names[k] or None
            parts.append(f"{col} {text}" if col else text)
            cell_passages.append((text, col, (x0, r.top, x1, r.bottom)))
        # Outer labels (a multirow group, or further label columns) go with the row's text;
        # the row header itself is the innermost label.
        outer = [normalise_numbers(x) for x in labels[:-1]]
        group = groups.get(id(r)) or " ".join(outer)
        shown = f"{row_name} ({group})" if group else row_name
        prefix = f"{t.label}, row {shown}" if t.label else f"row {shown}"
        row_text = f"{prefix}: " + "; ".join(parts)
        out.append(Passage(row_text, r.page, BBox(r.x0, r.top, r.x1, r.bottom), "table-row", order, section, t.label, row_name))
        order += 1
        for text, col, (x0, top, x1, bottom) in cell_passages:
            out.append(Passage(text, r.page, BBox(x0, top, x1, bottom), "table-cell", order, section, t.label, row_name, col))
            order += 1
    return out
