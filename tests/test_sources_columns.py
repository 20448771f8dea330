"""Column finding on synthetic pages: the gutter between two columns' lines of prose, when
a table crosses it on another page or when the right column holds only a few lines; and
each side of a split row keeps its own font size."""

from __future__ import annotations

from claimcheck.sources.layout import Row, build_rows, cells_of, find_gutter, page_has_columns, resolve_superscripts, row_text, split_columns
from claimcheck.sources.pdfchars import Frag

WIDTH = 595.0
LEFT = (71.0, 289.0)
RIGHT = (306.0, 524.0)
PROSE = "a line of prose set justified across its column"  # ≥ 25 characters


def _line(x0: float, x1: float, base: float, size: float = 10.0, text: str = PROSE) -> Frag:
    return Frag(text, x0, x1, base - 0.8 * size, base + 0.2 * size, base, size)


def _page(frags: list[Frag], page: int = 1) -> list[Row]:
    rows = build_rows(frags, page)
    for r in rows:
        r.text = resolve_superscripts(row_text(r.chars, r.size)).strip()
        r.bold = r.chars[0].bold
        r.cells = cells_of(r, max(0.9 * r.size, 5.0))
    return rows


def _two_column_page(left_lines: int, right_lines: int) -> list[Row]:
    frags = [_line(*LEFT, 100.0 + 12 * k) for k in range(left_lines)]
    frags += [_line(*RIGHT, 100.0 + 12 * k) for k in range(right_lines)]
    return _page(frags)


def _centred_table_page(rows: int) -> list[Row]:
    # Seven narrow numeric cells spaced across the middle, one of them over the gutter.
    frags = []
    for k in range(rows):
        base = 100.0 + 11 * k
        frags.append(_line(157.0, 230.0, base, 9.0, "Model-name"))
        frags += [_line(x, x + 15, base, 9.0, "57.9") for x in (257.0, 285.0, 312.0, 340.0, 367.0, 395.0, 423.0)]
    return _page(frags, 2)


def test_a_short_right_column_still_has_a_gutter() -> None:
    # Page 1 of a short paper: the left column full, the right column four lines (a tenth
    # of the rows was once needed on each side).
    page = _two_column_page(left_lines=48, right_lines=4)
    gutter = find_gutter([page], WIDTH)
    assert gutter is not None and LEFT[1] <= gutter[0] and gutter[1] <= RIGHT[0]
    assert page_has_columns(page, gutter)


def test_a_table_across_the_middle_of_another_page_does_not_bury_the_gutter() -> None:
    pages = [_two_column_page(left_lines=40, right_lines=12), _centred_table_page(12)]
    gutter = find_gutter(pages, WIDTH)
    assert gutter is not None and LEFT[1] <= gutter[0] < gutter[1] <= RIGHT[0]
    assert page_has_columns(pages[0], gutter) and not page_has_columns(pages[1], gutter)


def test_one_column_of_prose_has_no_gutter() -> None:
    page = _page([_line(71.0, 524.0, 100.0 + 12 * k) for k in range(40)])
    assert find_gutter([page], WIDTH) is None


def test_each_side_of_a_split_row_keeps_its_own_size() -> None:
    # A 10 pt line of the left column level with a 9 pt table row in the right column,
    # the table's fragments outnumbering the line's.
    frags = [_line(*LEFT, 100.0)] + [_line(x, x + 20, 100.0, 9.0, "49,401") for x in (340.0, 390.0, 431.0, 468.0)]
    (row,) = _page(frags)
    assert row.size == 9.0  # the whole row's median is the table's size
    left, right = split_columns([row], (291.0, 304.0), [])
    assert (left.side, left.size) == ("left", 10.0)
    assert (right.side, right.size) == ("right", 9.0)


def test_a_footnote_mark_does_not_shrink_a_short_split_line() -> None:
    # "max.¹" ending a paragraph in the right column, level with a left-column line: the
    # side's size is its text's, not the median of one word and one mark (which would read
    # as a size change and cut "soft-" / "max." into two paragraphs).
    mark = Frag("1", 330.0, 333.5, 219.0, 224.0, 223.0, 7.0, sup=True)
    frags = [_line(*LEFT, 227.9), Frag("max.", 306.0, 329.0, 220.0, 230.0, 227.9, 10.0), mark]
    (row,) = _page(frags)
    left, right = split_columns([row], (291.0, 304.0), [])
    assert right.side == "right" and right.text.startswith("max.")
    assert right.size == 10.0
