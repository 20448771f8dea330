"""Tables: rows of aligned cells → cells with row and column headers."""

from __future__ import annotations

import re
from dataclasses import dataclass

from claimcheck.model import BBox, Passage
from claimcheck.sources.layout import Row, union_box
from claimcheck.sources.sentences import join_lines


TABLE_CAPTION = re.compile(r"^(Table|TABLE|Tab\.)\s*([0-9]+|[IVX]+|[A-Z]\.?[0-9]+)\s*[:.|]")
FIGURE_CAPTION = re.compile(r"^(Figure|FIGURE|Fig\.)\s*([0-9]+|[IVX]+|[A-Z]\.?[0-9]+)\s*[:.|]")


@dataclass
class Table:
    label: str
    page: int
    caption: list[Row]
    rows: list[Row]  # header first


def find_tables(rows: list[Row]) -> list[Table]:
    """Around each "Table N:" caption, the adjacent run of rows that split into several
    cells in the same side of the page (above the caption first: the usual placement)."""
    tables: list[Table] = []
    for i, r in enumerate(rows):
        m = TABLE_CAPTION.match(r.text)
        if m is None or r.used:
            continue
        label = f"Table {m.group(2)}"
        caption = [r]
        k = i + 1
        while k < len(rows) and rows[k].side == r.side and 0 < rows[k].base - caption[-1].base <= 1.6 * r.size and not rows[k].used:
            if TABLE_CAPTION.match(rows[k].text) or len(rows[k].cells) > 2:
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
        tables.append(Table(label=label, page=r.page, caption=caption, rows=body))
    return tables


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
        if len(x.cells) < 2 or _looks_like_prose(x):
            break
        run.append(x)
        prev = x
        j += step
    return run


def _looks_like_prose(r: Row) -> bool:
    words = r.text.split()
    return len(r.cells) <= 2 and len(words) >= 8


def table_passages(t: Table, order_start: int, section: str | None) -> list[Passage]:
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
    caption_text = join_lines([c.text for c in t.caption])
    cap_box = union_box([(c.x0, c.top, c.x1, c.bottom) for c in t.caption])
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

