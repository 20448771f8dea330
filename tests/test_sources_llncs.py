"""Springer's LLNCS class (issue 12): the layout fixture tests/fixtures/layouts/llncs.pdf,
typeset by pdflatex with llncs.cls, whose \\tabcolsep of 1.4 pt sets a table's columns
about a word space apart — two numbers of neighbouring columns closer than the usual
cell gap, a row of column heads (one- and two-word) that PDFium gives as one run of text,
two group heads over their \\cmidrules as one run, values with a ± run together (in Times),
and a two-line caption above its table as close to it as the next table's caption below it;
a row of heads of many words, one run of text that reads like prose, alone between
\\toprule and \\midrule; two label columns whose longest entries run into the next
column's text.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck.model import Passage
from claimcheck.sources.extract import extract_pdf
from claimcheck.sources.pdfchars import Frag
from claimcheck.sources.layout import Row
from claimcheck.sources.tables import (
    _run_values,
    _separated,
    _Slot,
    _split_over_rules,
    _split_spanning,
    _tight_header,
    _two_numbers,
    _word_places,
)
from claimcheck.sources.pdfchars import Rule

LLNCS = Path(__file__).parent / "fixtures" / "layouts" / "llncs.pdf"


@pytest.fixture(scope="module")
def cells() -> dict[tuple[str | None, str | None, str | None], str]:
    passages: list[Passage] = extract_pdf(LLNCS).passages
    return {(p.table, p.row, p.column): p.text for p in passages if p.kind == "table-cell"}


def test_numbers_a_word_space_apart_are_two_cells(cells: dict) -> None:
    assert cells[("Table 1", "Small", "Blur")] == "55.1"
    assert cells[("Table 1", "Small", "Noise")] == "51.3"
    assert len([k for k in cells if k[0] == "Table 1"]) == 12


def test_heads_run_together_name_their_own_columns(cells: dict) -> None:
    assert cells[("Table 1", "Tiny", "Clean")] == "61.2"
    assert cells[("Table 2", "Medium", "Hidden size")] == "512"
    assert cells[("Table 2", "Medium", "Kernel size")] == "5"
    assert cells[("Table 2", "Wide", "Params")] == "67.0M"


def test_group_heads_run_together_split_over_their_rules(cells: dict) -> None:
    assert cells[("Table 3", "Small", "Night Set / Top-5")] == "61.7"
    assert cells[("Table 3", "Small", "Fog Set / Top-1")] == "33.0"
    assert cells[("Table 3", "Wide", "Graded / Score")] == "3.6"


def test_a_head_centred_over_several_columns_stays_whole(cells: dict) -> None:
    # "Exact Agreement" spans four columns, its text over the middle two: not one word each.
    assert cells[("Table 4", "Wide", "Outdoor / Exact Agreement")] == "63.1"
    assert cells[("Table 4", "Tiny", "Vehicles / Exact Agreement")] == "49.8"


def _frag(text: str, x0: float, x1: float, sup: bool = False) -> Frag:
    return Frag(text, x0, x1, 100.0, 109.0, 107.0, 9.0, sup=sup)


def test_two_numbers_apart_only_past_a_thin_space() -> None:
    assert _two_numbers(_frag("87.6", 10, 25), _frag("92.8", 29, 44))
    assert not _two_numbers(_frag("1", 10, 15), _frag("024", 16, 30))  # a thin space inside a number
    assert not _two_numbers(_frag("4.4", 10, 22), _frag("(+0.3)", 26, 45))  # a difference printed with its value
    assert not _two_numbers(_frag("ResNet", 10, 40), _frag("50", 44, 52))
    assert not _two_numbers(_frag("96.5", 10, 25), _frag("1", 28, 31, sup=True))


def test_a_head_split_only_where_each_run_is_centred_over_its_column() -> None:
    slots = [_Slot(0, 40), _Slot(60, 80), _Slot(100, 120), _Slot(140, 160)]
    even = (60.0, 160.0, "AAAA BBBB CCCC")  # words centred at 74, 110, 146: over 70, 110, 150
    assert [c[2] for c in _tight_header(even, [even], slots, [])] == ["AAAA", "BBBB", "CCCC"]
    shifted = (70.0, 170.0, "AAAA BBBB CCCC")  # centred at 84, 120, 156: between the columns
    assert _tight_header(shifted, [shifted], slots, []) == [shifted]
    # Each column already has its own head above: a head run over them is said of all.
    assert [c[2] for c in _tight_header(even, [even], slots, [["", "X", "Y", "Z"]])] == ["AAAA BBBB CCCC"]
    # Fewer words than columns: a spanning head.
    assert _tight_header((60.0, 160.0, "Accuracy"), [], slots, []) == [(60.0, 160.0, "Accuracy")]


def test_group_heads_split_only_when_every_word_lies_over_a_rule() -> None:
    rules = [Rule(50, 90, 120.0), Rule(95, 135, 120.0)]
    assert [c[2] for c in _split_over_rules((52.0, 133.0, "Night Set Fog Set"), rules)] == ["Night Set", "Fog Set"]
    assert _split_over_rules((52.0, 88.0, "Night Set"), rules) == [(52.0, 88.0, "Night Set")]


def test_values_with_a_spread_run_together_are_cells_of_their_columns(cells: dict) -> None:
    assert cells[("Table 5", "Tiny", "Blur")] == "48.72 ± 0.45"
    assert cells[("Table 5", "Wide", "Noise")] == "60.41 ± 0.33"


def test_a_number_after_a_whole_value_starts_the_next_cell() -> None:
    assert [c[2] for c in _run_values((0.0, 100.0, "88.55 ± 0.04 87.76 ± 0.03"))] == ["88.55 ± 0.04", "87.76 ± 0.03"]
    assert [c[2] for c in _run_values((0.0, 60.0, "91.9 78.7"))] == ["91.9", "78.7"]
    for whole in ("1 024", "12 768", "4.4 (+0.3)", "80.2 / 67.4", "72.0 ±", "± 0.3", "ResNet 50.1"):
        assert _run_values((0.0, 50.0, whole)) == [(0.0, 50.0, whole)]


def test_a_run_of_many_heads_between_the_top_and_mid_rules_heads_the_table(cells: dict) -> None:
    # Fifteen words in one run between \\toprule and \\midrule: the table's header, not a
    # line of prose parting two floats (which took the first data row for the header).
    assert cells[("Table 6", "Tiny", "Params")] == "1.2M"
    assert cells[("Table 6", "Medium", "Input size")] == "160 px"
    assert cells[("Table 6", "Small", "Blur top-1")] == "55.9%"
    assert cells[("Table 6", "Wide", "95% CI")] == "0.7%"
    assert len([k for k in cells if k[0] == "Table 6"]) == 28


def _line(text: str, base: float, x0: float = 100.0, x1: float = 400.0, size: float = 9.0) -> Row:
    f = Frag(text, x0, x1, base - 7.0, base + 2.0, base, size)
    r = Row(page=1, chars=[f], base=base, size=size, text=text)
    r.finish()
    r.cells = [(x0, x1, text)]
    return r


def test_one_line_close_between_two_rules_does_not_part_them() -> None:
    prose = "We train every model for the same number of steps on the same data and report the mean"
    top, mid = Rule(100.0, 400.0, 100.0), Rule(100.0, 400.0, 116.0)
    assert not _separated(top, mid, [_line(prose, 110.0)])
    # Two floats' rules with a line of prose between them are further apart than a header's.
    assert _separated(top, Rule(100.0, 400.0, 140.0), [_line(prose, 120.0)])
    assert _separated(top, Rule(100.0, 400.0, 140.0), [_line(prose, 112.0), _line(prose, 124.0)])


def test_words_of_a_run_placed_by_the_rough_width_of_their_letters() -> None:
    # Narrow letters take less room than wide ones: "ill" ends well before the middle of
    # "ill MMMM", where a share of characters would put it at three eighths.
    (a0, a1, first), (b0, b1, second) = _word_places((0.0, 100.0, "ill MMMM"))
    assert (first, second) == ("ill", "MMMM")
    assert a0 == 0.0 and b1 == 100.0
    assert a1 < 25.0 < b0


def test_heads_said_again_under_each_group_split_even_beside_a_column_without_a_head() -> None:
    # A lower header level: the column before the run has no head here, which alone keeps
    # a run over the others whole (a phrase centred on a span); the same heads twice are not.
    slots = [_Slot(0, 40), _Slot(60, 80), _Slot(100, 120), _Slot(140, 160), _Slot(180, 200), _Slot(220, 240)]
    repeated = (100.0, 240.0, "dev test dev test")
    assert [c[2] for c in _tight_header(repeated, [repeated], slots, [])] == ["dev", "test", "dev", "test"]
    once = (100.0, 240.0, "dev test val eval")
    assert _tight_header(once, [once], slots, []) == [once]


def test_a_short_word_at_a_rule_end_is_over_that_rule() -> None:
    # "#" is estimated to start a little left of the \cmidrule under "# Params".
    rules = [Rule(12, 60, 120.0), Rule(70, 110, 120.0)]
    parts = _split_over_rules((7.0, 108.0, "# Params WikiSQL"), rules)
    assert [c[2] for c in parts] == ["# Params", "WikiSQL"]


def test_values_printed_without_spaces_run_together_are_cells_of_their_columns() -> None:
    assert [c[2] for c in _run_values((0.0, 90.0, "81.9±1.0 84.2±0.2 82.6±0.4"))] == ["81.9±1.0", "84.2±0.2", "82.6±0.4"]
    assert [c[2] for c in _run_values((0.0, 90.0, "45.20/22.06/36.99 47.21/24.56/39.25"))] == ["45.20/22.06/36.99", "47.21/24.56/39.25"]
    # One glued value alone, or integers a space apart, stay one cell.
    for whole in ("81.9±1.0", "45.20/22.06/36.99", "12/16 24/32", "1/2 3"):
        assert _run_values((0.0, 50.0, whole)) == [(0.0, 50.0, whole)]


def test_label_columns_run_together_are_cut_where_the_next_column_begins(cells: dict) -> None:
    # "Ours (wide variant) self-training (two rounds)" is one fragment; "self-training"
    # starts where every entry of the Training column starts.
    assert cells[("Table 7", "self-training (two rounds)", "Clean")] == "75.3"
    assert cells[("Table 7", "supervised", "Noise")] == "55.0"
    rows = [p for p in extract_pdf(LLNCS).passages if p.table == "Table 7" and p.kind == "table-row"]
    assert [p.row for p in rows] == ["supervised", "self-training", "supervised", "self-training (two rounds)"]
    assert rows[3].text.startswith("Table 7, row self-training (two rounds) (Ours (wide variant)): Clean 75.3")


def test_a_cell_over_two_columns_is_cut_only_where_a_part_lines_up_with_its_column() -> None:
    slots = [_Slot(0, 40, "l"), _Slot(54, 100, "l"), _Slot(120, 140, "c")]
    # The second part starts at 54, where the column's other cells start.
    merged = (0.0, 95.0, "AAAAAAAAAAAA CCCCC DDDD")
    row = [merged, (124.0, 136.0, "1.0")]
    assert [c[2] for c in _split_spanning(row, slots)] == ["AAAAAAAAAAAA", "CCCCC DDDD", "1.0"]
    # No cut lines up with the second column's left edge: left whole.
    shifted = (0.0, 95.0, "AAAAAA CCCCCCCCCCCCC DDDD")
    assert _split_spanning([shifted, (124.0, 136.0, "1.0")], slots)[0] == shifted
    # A row of one cell across the table (a group heading) stays whole.
    heading = (0.0, 140.0, "Results on the harder sets")
    assert _split_spanning([heading], slots) == [heading]


def test_a_symbol_alone_between_rules_goes_with_the_word_beside_it() -> None:
    # "#" is placed over no \cmidrule; it is part of "# Params", not a head of its own.
    rules = [Rule(0, 20, 120.0), Rule(50, 80, 120.0)]
    parts = _split_over_rules((0.0, 80.0, "SST-2 # Params"), rules)
    assert [c[2] for c in parts] == ["SST-2", "# Params"]
    # A word between the rules that is a word stays a reason not to split.
    assert _split_over_rules((0.0, 80.0, "SST-2 avg Params"), rules) == [(0.0, 80.0, "SST-2 avg Params")]


def test_values_with_a_footnote_mark_run_together_are_two_cells() -> None:
    assert [c[2] for c in _run_values((0.0, 60.0, "49.8* 49.9*"))] == ["49.8*", "49.9*"]
    assert _two_numbers(_frag("92.2†", 10, 27), _frag("81.1", 31, 46))
    assert not _two_numbers(_frag("92.2", 10, 25), _frag("*", 29, 32))  # a mark alone is no value


def test_heads_of_several_words_cut_where_each_run_is_best_centred() -> None:
    # The last word of the first head ("LM)") lies nearer the second column's centre than
    # its own: taken word by word, it went to the wrong head.
    slots = [_Slot(170, 237), _Slot(282, 298), _Slot(369, 384), _Slot(421, 437)]
    run = (240.0, 446.0, "wav2vec 2.0 Large (no LM) Whisper Large V2 RER (%)")
    dataset = (170.0, 197.0, "Dataset")
    parts = _tight_header(run, [dataset, run], slots, [])
    assert [c[2] for c in parts] == ["wav2vec 2.0 Large (no LM)", "Whisper Large V2", "RER (%)"]
