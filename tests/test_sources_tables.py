"""Table reading on hand-built rows (tables.table_passages): which column names the rows,
and the caption's line-end hyphens decided by the document's own words."""

from __future__ import annotations

from claimcheck.sources.layout import Row, build_rows, cells_of, resolve_superscripts, row_text
from claimcheck.sources.pdfchars import Frag
from claimcheck.sources.sentences import vocabulary
from claimcheck.sources.tables import Table, caption_rows, runs_on, table_passages


def _row(base: float, cells: list[tuple[float, str]], size: float = 9.0) -> Row:
    frags = []
    for x0, text in cells:
        x = x0
        for word in text.split():  # one fragment a word, a word space apart
            w = 4.5 * len(word)
            frags.append(Frag(word, x, x + w, base - 0.8 * size, base + 0.2 * size, base, size))
            x += w + 3.0
    (row,) = build_rows(frags, 1)
    row.text = resolve_superscripts(row_text(row.chars, row.size)).strip()
    row.cells = cells_of(row, max(0.9 * row.size, 5.0))
    return row


def _caption(base: float, text: str) -> Row:
    return _row(base, [(100.0, text)])


COLS = (100.0, 180.0, 420.0)


def _released_models() -> Table:
    body = [
        ("Model", "Description", "# params"),
        ("base.v1", "the model with 6 layers", "140M"),
        ("large.v1", "the model with 12 layers", "400M"),
        ("large.v1.nli", "large.v1 tuned on NLI", "400M"),
    ]
    rows = [_row(100.0 + 12 * k, list(zip(COLS, texts))) for k, texts in enumerate(body)]
    return Table("Table 1", 1, [_caption(160.0, "Table 1: Released models.")], rows, header_end=104.0)


def test_a_column_naming_every_row_is_the_row_header_and_text_columns_are_cells() -> None:
    ps = table_passages(_released_models(), 0, None)
    cells = {(p.row, p.column): p.text for p in ps if p.kind == "table-cell"}
    assert cells[("base.v1", "Description")] == "the model with 6 layers"
    assert cells[("large.v1.nli", "Description")] == "large.v1 tuned on NLI"
    assert cells[("large.v1", "# params")] == "400M"
    row = next(p for p in ps if p.kind == "table-row" and p.row == "base.v1")
    assert row.text == "Table 1, row base.v1: Description the model with 6 layers; # params 140M"


def test_a_group_label_printed_once_stays_an_outer_label() -> None:
    # "XNLI" over two language rows (a \multirow label): the languages name the rows.
    body = [
        ("Task", "Lang", "Acc."),
        ("XNLI", "en", "85.1"),
        ("", "fr", "79.0"),
        ("PAWS-X", "en", "94.0"),
        ("", "de", "87.9"),
    ]
    rows = [_row(100.0 + 12 * k, [(x, t) for x, t in zip(COLS, texts) if t]) for k, texts in enumerate(body)]
    ps = table_passages(Table("Table 2", 1, [], rows, header_end=104.0), 0, None)
    cells = {(p.row, p.column): p.text for p in ps if p.kind == "table-cell"}
    assert cells[("fr", "Acc.")] == "79.0"
    assert cells[("de", "Acc.")] == "87.9"
    assert not any(col == "Lang" for _row_name, col in cells)


def _two_text_columns(body: list[tuple[str, str, str]]) -> dict[tuple[str | None, str | None], str]:
    rows = [_row(100.0 + 12 * k, list(zip(COLS, texts))) for k, texts in enumerate(body)]
    ps = table_passages(Table("Table 3", 1, [], rows, header_end=104.0), 0, None)
    return {(p.row, p.column): p.text for p in ps if p.kind == "table-cell"}


def test_a_first_column_varying_more_than_the_next_names_the_rows() -> None:
    # Systems, one listed twice (two training regimes), beside a regime column that repeats:
    # the systems name the rows and the regime is a cell of each.
    cells = _two_text_columns([
        ("System", "Regime", "F1"),
        ("Alder (2019)", "supervised only", "88.1"),
        ("Birch (2020)", "supervised only", "89.4"),
        ("Alder (2019)", "self-trained", "90.2"),
        ("Cedar (2021)", "self-trained", "91.0"),
    ])
    assert cells[("Birch (2020)", "Regime")] == "supervised only"
    assert cells[("Cedar (2021)", "F1")] == "91.0"
    assert ("Alder (2019)", "F1") in cells and ("self-trained", "F1") not in cells


def test_an_outer_label_printed_on_every_row_stays_a_label() -> None:
    # A task repeated on each of its language rows varies less than the languages: the
    # languages name the rows, the task is their group.
    cells = _two_text_columns([
        ("Task", "Lang", "Acc."),
        ("XNLI", "en", "85.1"),
        ("XNLI", "fr", "79.0"),
        ("XNLI", "de", "78.2"),
        ("PAWS-X", "en", "94.0"),
        ("PAWS-X", "de", "87.9"),
    ])
    assert cells[("fr", "Acc.")] == "79.0"
    assert not any(col == "Lang" for _row_name, col in cells)


def test_caption_hyphens_follow_the_document_vocabulary() -> None:
    # "data-" + "set": alone, a common closed compound (joined); a paper that prints
    # "data-set" whole keeps its hyphen in the caption too.
    table = _released_models()
    table.caption = [_caption(160.0, "Table 1: Models released with the data-"), _caption(171.0, "set.")]
    plain = table_passages(table, 0, None)[0]
    assert plain.kind == "caption" and plain.text == "Table 1: Models released with the dataset."
    vocab = vocabulary(["we release the data-set", "the data-set has 400 rows"])
    kept = table_passages(table, 0, None, vocab)[0]
    assert kept.text == "Table 1: Models released with the data-set."


def test_a_table_reference_at_a_line_start_is_no_caption() -> None:
    prose = _row(100.0, [(100.0, "We report the loss of each model before and after training in")])
    ref = _row(111.0, [(100.0, "Table 1. We observe that the loss decreases everywhere.")])
    assert runs_on([prose, ref], 1)
    # after a sentence's end, or below a table row, the same line is a caption
    ended = _row(100.0, [(100.0, "We report the loss of each model before and after training.")])
    assert not runs_on([ended, ref], 1)
    cells = _row(100.0, list(zip(COLS, ("Model", "Loss", "Size"))))
    assert not runs_on([cells, ref], 1)


def test_the_short_last_line_of_a_full_width_caption_stays_with_it() -> None:
    first = _row(100.0, [(100.0, "Table 1: Losses before and after training, on data sampled from")])
    first.side = "full"
    last = _row(111.0, [(100.0, "the pretraining corpus.")])
    last.side = "left"
    body = _row(150.0, [(100.0, "The left column starts here with prose.")])
    body.side = "left"
    assert caption_rows([first, last, body], 0) == [first, last]
    # a caption line that ends its sentence ends the caption
    first.text = "Table 1: Losses before and after training."
    assert caption_rows([first, last, body], 0) == [first]


def _header_table(lower: list[tuple[float, str]]) -> dict[tuple[str | None, str | None], str]:
    # Five value columns at 150, 200, 250, 300, 350 (each 18 wide); two header rows, the
    # lower one given; body values under each column.
    xs = (150.0, 200.0, 250.0, 300.0, 350.0)
    upper = _row(100.0, [(100.0, "Model")] + [(x, n) for x, n in zip(xs, ("AA", "BB", "CC", "DD", "EE"))])
    low = _row(112.0, lower)
    body = [_row(126.0 + 12 * k, [(100.0, name)] + [(x, f"{k}{j}.5") for j, x in enumerate(xs)])
            for k, name in enumerate(("alpha", "beta", "gamma"))]
    ps = table_passages(Table("Table 5", 1, [], [upper, low, *body], header_end=116.0), 0, None)
    return {(p.row, p.column): p.text for p in ps if p.kind == "table-cell"}


def test_a_lower_header_centred_over_four_columns_names_all_four() -> None:
    # "Exact Match" printed over the gap between BB and CC (text 48 wide, 210 to 258),
    # centred on AA … DD (150 to 318): the empty columns on both sides at that level are
    # its span.
    cells = _header_table([(210.0, "Exact Match"), (350.0, "F1")])
    assert cells[("beta", "AA / Exact Match")] == "10.5"
    assert cells[("beta", "DD / Exact Match")] == "13.5"
    assert cells[("beta", "EE / F1")] == "14.5"


def test_a_lower_header_off_the_centre_of_the_wider_span_keeps_its_own_columns() -> None:
    # A label over the BB–CC gap whose centre is 14.5 left of AA … DD's (185 to 254): not
    # that span's \multicolumn, so AA and DD keep their single names.
    cells = _header_table([(185.0, "Exact Match Rate"), (350.0, "F1")])
    assert cells[("beta", "AA")] == "10.5"
    assert cells[("beta", "CC / Exact Match Rate")] == "12.5"


def test_a_wrapped_row_label_goes_on_in_lower_case_and_a_group_heading_does_not_join() -> None:
    body = [
        ("Question", "", "Yes %"),
        ("Is the output a correct and acceptable re-", "", "58%"),
        ("sponse to the input?", "", ""),
        ("Fields", "", ""),
        ("All fields are valid", "", "54%"),
    ]
    rows = [_row(100.0 + 12 * k, [(x, t) for x, t in zip(COLS, texts) if t]) for k, texts in enumerate(body)]
    vocab = vocabulary(["a response to it"])
    ps = table_passages(Table("Table 2", 1, [], rows, header_end=104.0), 0, None, vocab)
    cells = {(p.row, p.column): p.text for p in ps if p.kind == "table-cell"}
    assert cells[("Is the output a correct and acceptable response to the input?", "Yes %")] == "58%"
    assert cells[("All fields are valid", "Yes %")] == "54%"
    assert not any(row and "Fields" in row for row, _col in cells)


def _wrapped(body: list[tuple[str, str, str]], rule_before: int | None = None) -> dict[tuple[str | None, str | None], str]:
    rows = [_row(100.0 + 12 * k, [(x, t) for x, t in zip(COLS, texts) if t]) for k, texts in enumerate(body)]
    separators = [] if rule_before is None else [100.0 + 12 * rule_before - 6]
    ps = table_passages(Table("Table 4", 1, [], rows, header_end=104.0, separators=separators), 0, None)
    return {(p.row, p.column): p.text for p in ps if p.kind == "table-cell"}


def test_a_wrapped_row_label_goes_on_with_a_capital_after_a_hyphen_an_operator_or_at_the_edge() -> None:
    body = [
        ("Model", "", "PPL"),
        ("Jones et al. (2015) - Sparse Non-", "", "52.9"),
        ("Negative", "", ""),
        ("Park et al. (2012) - RNN-512 +", "", "51.3"),
        ("Gram", "", ""),
        ("Wu et al. (2016) - Low-Budget Mixture", "", "34.1"),
        ("MoE", "", ""),
        ("Ours", "", "24.0"),
    ]
    cells = _wrapped(body)
    assert cells[("Jones et al. (2015) - Sparse Non-Negative", "PPL")] == "52.9"
    assert cells[("Park et al. (2012) - RNN-512 + Gram", "PPL")] == "51.3"
    assert cells[("Wu et al. (2016) - Low-Budget Mixture MoE", "PPL")] == "34.1"
    assert cells[("Ours", "PPL")] == "24.0"


def test_a_group_heading_under_a_label_does_not_join_it() -> None:
    body = [
        ("Model", "", "PPL"),
        ("Lin et al. (2016) - Small", "", "40.2"),  # short of the column's edge
        ("Baselines", "", ""),
        ("Wu et al. (2016) - Low-Budget Mixture", "", "34.1"),  # at the edge, but two words below
        ("Large models", "", ""),
        ("Kim et al. (2018)", "", "30.3"),
    ]
    cells = _wrapped(body)
    assert cells[("Lin et al. (2016) - Small", "PPL")] == "40.2"
    assert cells[("Wu et al. (2016) - Low-Budget Mixture", "PPL")] == "34.1"
    # at the edge and one word below, but a rule between: a heading of its own
    ruled = _wrapped([body[0], body[3], ("Ours", "", ""), ("Kim et al. (2018)", "", "30.3")], rule_before=2)
    assert ruled[("Wu et al. (2016) - Low-Budget Mixture", "PPL")] == "34.1"
