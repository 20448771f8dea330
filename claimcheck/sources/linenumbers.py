"""Line numbers printed in the margins of a submission (ACL's ``review`` option, NeurIPS and
ICML submissions, CVPR's ruler; arXiv holds many papers posted while under review).

They are a column of small integers, one per text line, counting up down the page. Left
in, each becomes a word of the line it faces: sentences are cut at every line ("001 In
this paper, we show ... 002 (M-BERT), released ..."), and the gutter between two columns
fills with numbers and is no longer found. So they are removed from the page's fragments
before any row is built.

A column of them is told from a table's column of row numbers by where it stands: in a
margin (all other text of the page to one side) or in the gutter (text on both sides of its
lines), with nothing reaching across it, where a table's numbers have their cells on one
side and the page's prose or caption beyond the other. It also counts up by one at almost
every step. Once a document shows such a column at some x, the same x on its other pages
holds line numbers too (a last page with a few lines).
"""

from __future__ import annotations

from collections import defaultdict

from claimcheck.sources.pdfchars import Frag

MIN_RUN = 12  # numbers in a column before it can be line numbering
MIN_STEPS_OF_ONE = 0.75  # of the steps between consecutive numbers down the column
_ALIGN = 1.5  # points: the numbers of one column share an edge (right or left aligned)


def _lone_integer(f: Frag) -> bool:
    # str tests, not a regex: this runs over every fragment of every page
    return len(f.text) <= 4 and f.text.isascii() and f.text.isdigit()


def _edges(f: Frag) -> tuple[tuple[str, int], tuple[str, int]]:
    """The fragment's right and left edge, binned: lineno right-aligns its numbers in the
    left margin and left-aligns them in the right one."""
    return ("x1", round(f.x1 / _ALIGN)), ("x0", round(f.x0 / _ALIGN))


def _columns(frags: list[Frag]) -> dict[tuple[str, int], list[Frag]]:
    """The page's lone integers grouped by a shared right edge and by a shared left edge."""
    out: dict[tuple[str, int], list[Frag]] = defaultdict(list)
    for f in frags:
        if _lone_integer(f):
            for edge in _edges(f):
                out[edge].append(f)
    return out


def _neighbours(key: tuple[str, int], columns: dict[tuple[str, int], list[Frag]]) -> list[Frag]:
    """One column's numbers with those of the neighbouring bins: an edge may round either way."""
    edge, at = key
    seen: dict[int, Frag] = {}
    for k in (at - 1, at, at + 1):
        for f in columns.get((edge, k), ()):
            seen[id(f)] = f
    return sorted(seen.values(), key=lambda f: f.top)


def _in_the_clear(run: list[Frag], frags: list[Frag]) -> bool:
    """Whether the run stands where line numbers stand: no other fragment between its first
    and last number reaches across its band of x (a title or running header above may cross
    a gutter), and the band is a margin — all the page's other text on one side of it — or
    a gutter, with lines of text on both sides of most of its numbers. A table's column of
    row numbers has its cells on one side and the page's prose beyond its other side."""
    x0, x1 = min(f.x0 for f in run) + 0.5, max(f.x1 for f in run) - 0.5
    top, bottom = run[0].top, run[-1].bottom
    mine = {id(f) for f in run}
    others = [f for f in frags if id(f) not in mine]
    if not others or any(f.x0 < x1 and f.x1 > x0 and f.bottom > top and f.top < bottom for f in others):
        return False
    if x1 <= min(f.x0 for f in others) or x0 >= max(f.x1 for f in others):
        return True
    # by baseline, a point to a bin: each number looks at three bins, not at the whole page
    by_base: dict[int, list[Frag]] = defaultdict(list)
    for f in others:
        by_base[round(f.base)].append(f)
    both = 0
    for n in run:
        # on the baseline of lines at both sides, as two columns of prose set on one grid:
        # a table's rows beside the other column's prose meet its lines only by chance
        at = round(n.base)
        line = [f for k in (at - 1, at, at + 1) for f in by_base.get(k, ()) if abs(f.base - n.base) < 1.0]
        both += any(f.x1 <= x0 for f in line) and any(f.x0 >= x1 for f in line)
    return 2 * both >= len(run)


def _is_numbering(run: list[Frag], frags: list[Frag]) -> bool:
    return len(run) >= MIN_RUN and _counts_up(run) and _in_the_clear(run, frags)


def _counts_up(run: list[Frag]) -> bool:
    values = [int(f.text) for f in run]
    steps = [b - a for a, b in zip(values, values[1:])]
    return all(s > 0 for s in steps) and sum(s == 1 for s in steps) >= MIN_STEPS_OF_ONE * len(steps)


def _goes_on(run: list[Frag], numbering: list[Frag], frags: list[Frag]) -> bool:
    """A short column that carries on a page's line numbering in the other margin (the
    right column's lines, few on a page that ends early): set like it, counting up by
    one, with none of its values, in the clear."""
    if len(run) < 3 or not _counts_up(run) or not _in_the_clear(run, frags):
        return False
    size = numbering[0].size
    taken = {f.text.lstrip("0") for f in numbering}
    return all(abs(f.size - size) < 0.2 and f.text.lstrip("0") not in taken for f in run)


def numbering_edges(pages: list[list[Frag]]) -> set[tuple[str, int]]:
    """The edges (``("x1", bin)`` or ``("x0", bin)``) at which some page of the document
    prints a column of line numbers."""
    found: set[tuple[str, int]] = set()
    for frags in pages:
        columns = _columns(frags)
        if not columns:
            continue
        runs = {key: _neighbours(key, columns) for key in columns}
        strong = [key for key, run in runs.items() if _is_numbering(run, frags)]
        found.update(strong)
        if strong:
            numbering = runs[strong[0]]
            found.update(key for key, run in runs.items() if key not in found and _goes_on(run, numbering, frags))
    return found


def without_line_numbers(frags: list[Frag], edges: set[tuple[str, int]]) -> list[Frag]:
    """The page's fragments less the lone integers standing at a line-numbering edge."""
    if not edges:
        return frags
    near = {(edge, at + d) for edge, at in edges for d in (-1, 0, 1)}
    return [f for f in frags if not (_lone_integer(f) and any(edge in near for edge in _edges(f)))]
