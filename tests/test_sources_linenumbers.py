"""Line numbers of a submission in review mode (issue 12): the layout fixtures
tests/fixtures/layouts/linenumbers.pdf (two columns, zero-padded gray numbers in both outer
margins, as conference review styles print them) and linenumbers1col.pdf (one column,
lineno's default small numbers in the left margin), each with a table whose first column
numbers its rows. The numbers of the margins are no text of the paper: every sentence comes
out whole with none of them inside, while the table keeps its own column of numbers.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from claimcheck.model import Passage
from claimcheck.sources.extract import extract_pdf
from claimcheck.sources.linenumbers import numbering_edges, without_line_numbers
from claimcheck.sources.pdfchars import Frag
from tests.test_sources_figures import _body_sentences, _matches

LAYOUTS = Path(__file__).parent / "fixtures" / "layouts"


def _prose(tex: str) -> str:
    """The source less what prints no sentence: title block, environment markers, page breaks."""
    tex = re.sub(r"\\title\{.*?\\maketitle", "", tex, flags=re.S)
    for command in ("\\linenumbers", "\\clearpage", "\\begin{abstract}", "\\end{abstract}"):
        tex = tex.replace(command, "\n\n")
    return re.sub(r"\\label\{[^}]*\}", "", tex)


@pytest.fixture(scope="module", params=["linenumbers", "linenumbers1col"])
def layout(request: pytest.FixtureRequest) -> tuple[str, str, list[Passage]]:
    name = request.param
    return name, (LAYOUTS / f"{name}.tex").read_text(), extract_pdf(LAYOUTS / f"{name}.pdf").passages


def test_every_sentence_whole_and_in_order_without_the_margin_numbers(layout: tuple[str, str, list[Passage]]) -> None:
    name, tex, passages = layout
    expected = _body_sentences(_prose(tex))
    author = re.search(r"\\author\{([^}]*)\}", tex)
    got = [p.text for p in passages if p.kind in ("sentence", "abstract") and not (author and p.text == author.group(1))]
    assert len(expected) >= 12, name
    missing = [e for e in expected if not any(_matches(e, g) for g in got)]
    extra = [g for g in got if not any(_matches(e, g) for e in expected)]
    assert not missing and not extra, (name, missing, extra)
    assert len(got) == len(expected) and all(_matches(e, g) for e, g in zip(expected, got)), name


def test_no_passage_but_a_table_cell_holds_a_margin_number(layout: tuple[str, str, list[Passage]]) -> None:
    name, _tex, passages = layout
    for p in passages:
        if p.kind in ("table-cell", "table-row"):
            continue
        # "008" and its kin, or a bare number between words where no sentence has one
        assert not re.search(r"(?<![\w.,])0\d\d(?![\w.,])", p.text), (name, p.kind, p.text)
        assert not re.fullmatch(r"[\d\s]+", p.text), (name, p.kind, p.text)


def test_a_table_keeps_its_column_of_row_numbers() -> None:
    # the numbers of the first column label the rows, as in any table they head
    cells = {(p.row, p.column): p.text for p in extract_pdf(LAYOUTS / "linenumbers.pdf").passages if p.kind == "table-cell"}
    assert cells[("1", "Tag")] == "Noun" and cells[("13", "Tag")] == "Other"
    assert cells[("12", "Count")] == "3,905" and len(cells) == 26
    one = {(p.row, p.column): p.text for p in extract_pdf(LAYOUTS / "linenumbers1col.pdf").passages if p.kind == "table-cell"}
    assert one[("1", "Field")] == "Astronomy" and one[("12", "Field")] == "Zoology"
    assert one[("8", "Documents")] == "98,300" and len(one) == 36


def _frag(text: str, x0: float, top: float, size: float = 8.0) -> Frag:
    return Frag(text, x0, x0 + 4.0 * len(text), top, top + size, top + size, size)


def _prose_lines(n: int, x0: float = 70.0, top: float = 100.0) -> list[Frag]:
    return [_frag("words of a line", x0, top + 12.0 * i, 10.0) for i in range(n)]


def test_a_margin_column_counting_up_is_line_numbering() -> None:
    numbers = [_frag(f"{i:03d}", 40.0, 100.0 + 12.0 * i) for i in range(1, 15)]
    page = _prose_lines(15) + numbers
    edges = numbering_edges([page])
    assert edges
    kept = without_line_numbers(page, edges)
    assert all(f not in kept for f in numbers) and len(kept) == 15


def test_row_numbers_inside_a_text_column_are_kept() -> None:
    # fourteen numbered rows, with prose above and below running across their column
    rows = [_frag(str(i), 80.0, 300.0 + 10.0 * i) for i in range(1, 15)]
    page = _prose_lines(10) + rows + _prose_lines(5, top=480.0)
    assert numbering_edges([page]) == set()


def test_numbers_that_do_not_count_up_by_one_are_no_line_numbering() -> None:
    years = [_frag(str(2000 + 2 * i), 20.0, 100.0 + 12.0 * i) for i in range(14)]
    assert numbering_edges([_prose_lines(14) + years]) == set()


def test_a_short_column_carrying_on_the_numbering_in_the_other_margin_goes_too() -> None:
    left = [_frag(f"{i:03d}", 40.0, 100.0 + 12.0 * i) for i in range(1, 15)]
    right = [_frag(f"{i:03d}", 560.0, 100.0 + 12.0 * (i - 14)) for i in range(15, 19)]
    page = _prose_lines(15) + _prose_lines(4, x0=320.0) + left + right
    kept = without_line_numbers(page, numbering_edges([page]))
    assert len(kept) == 19
    # a later page whose few lines are numbered at the same edges loses them too
    later = _prose_lines(2) + [_frag("019", 40.0, 100.0), _frag("020", 40.0, 112.0)]
    assert len(without_line_numbers(later, numbering_edges([page, later]))) == 2


def test_numbers_in_the_gutter_between_two_columns_of_prose_are_line_numbering() -> None:
    # lineno without "switch": the right column's numbers stand left of it, in the gutter,
    # on the baselines the two columns share
    left, right = _prose_lines(14), _prose_lines(14, x0=330.0)
    numbers = [_frag(str(i), 300.0, 100.0 + 12.0 * (i - 40), 10.0) for i in range(40, 54)]
    page = left + right + numbers
    assert len(without_line_numbers(page, numbering_edges([page]))) == 28


def test_a_numbered_table_beside_the_other_column_is_no_gutter_numbering() -> None:
    # a table at the top of the right column: its row numbers have the left column's prose
    # on one side, on other baselines (the table's rows are closer set), its cells on the other
    prose = _prose_lines(20)
    rows = [_frag(str(i), 330.0, 100.0 + 9.5 * i, 8.0) for i in range(1, 15)]
    cells = [_frag("Adjective", 350.0, 100.0 + 9.5 * i, 8.0) for i in range(1, 15)]
    assert numbering_edges([prose + rows + cells]) == set()


def test_a_numbered_table_alone_on_its_page_is_kept() -> None:
    # a long table continued on a page of its own: nothing crosses its numbers between its
    # first row and its last, but its caption starts where they do, so they are no margin
    caption = [_frag("Table 3 (continued)", 245.0, 80.0, 9.0)]
    rows = [_frag(str(i), 245.0, 100.0 + 10.0 * (i - 46), 9.0) for i in range(46, 101)]
    cells = [_frag("Language name", 280.0, 100.0 + 10.0 * (i - 46), 9.0) for i in range(46, 101)]
    assert numbering_edges([caption + rows + cells]) == set()
