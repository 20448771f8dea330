"""Text inside figures on real-paper layouts (issue 12): the layout fixtures
tests/fixtures/layouts/{lineplot,barchart,diagram,subfigs,wrapfig,tableplot}.pdf, typeset
by pdflatex with pgfplots, TikZ, subcaption and wrapfig, and {mplfigs,wrapleft}.pdf with
plots drawn by matplotlib and embedded as PDF (the .tex beside each).

What must hold on each: every sentence of the body comes out whole, in one passage, in
reading order, and nothing else comes out as a sentence (a tick value, a legend entry, a
box label or a bar's value would be an extra passage or glued into one); every caption,
a subfigure's "(a) …" too, is a passage of its own; a real table is still read with its
headers, and the drawing makes no table rows. The expected sentences and captions are read
from the fixture's .tex, so that a test sees every sentence, not a chosen few.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from claimcheck.model import Passage
from claimcheck.sources.extract import extract_pdf

LAYOUTS = Path(__file__).parent / "fixtures" / "layouts"
FIXTURES = ("lineplot", "barchart", "diagram", "subfigs", "wrapfig", "tableplot", "mplfigs", "wrapleft", "figpairs", "heatmap", "examples", "sidebyside")

# Text drawn inside each figure (ticks, legends, box labels, axis labels, bar values): none
# of it may be in a passage other than a caption.
DRAWING_TEXT = {
    "lineplot": ["Small encoder", "Large encoder", "Training epoch", "Dev accuracy", "2 4 6 8", "60 70", "90 80"],
    "barchart": ["News Reviews", "Reviews Forums", "F1 score", "88.4 90.2", "90.2 91", "Baseline Adapter", "62.3 69.4"],
    "diagram": ["Input Embedding", "Multi-Head Attention", "Add & Norm", "Feed Forward", "Linear", "Tokens", "Encoder"],
    "subfigs": ["Passages k", "Index size", "Recall@20", "10^0", "10^1", "45 75", "2 10 21"],
    "wrapfig": ["Uncalibrated", "Confidence", "0 0.5 1", "Temperature Temperature"],
    "tableplot": ["SST-2 MRPC RTE", "Baseline Distilled", "Pruned Ours", "Distilled Pruned"],
    # matplotlib's plots, embedded as PDF; a legend's entries longer than a few words.
    "mplfigs": ["Dense baseline", "Mixture of experts", "Training steps", "Validation loss", "2.75", "0 20 40",
                "Dense model with", "Sparse model with the same", "Summarisation Translation", "39.6 27.4", "88 88.6",
                "Token and position", "Router picks", "Eight feed-forward experts", "Language modelling head"],
    "wrapleft": ["Measured", "Linear", "Devices 20", "Speed-up 30", "0 20"],
    # Two plots side by side: their axis labels of several words share a row.
    "figpairs": ["Number of labelled examples", "Epochs of fine-tuning", "Test accuracy", "Training loss 1", "8 32 128 512",
                 "Retrieve the top", "Rerank them with", "Read the best passage and"],
    # A confusion matrix: a grid of numbers under class names, like a table without rules.
    "heatmap": ["0.94 0.01", "World 0.94", "Sports 0.01", "Predicted class", "True class", "World Sports Business", "0.89 0.06"],
    # Examples in whole sentences inside boxes: side by side in a figure*, framed in a column.
    "examples": ["Standard prompting", "A shop sells pens", "Tom buys", "The answer is 29", "15 trees in the grove",
                 "The answer is 6", "How many trees", "A train leaves", "The answer is 4"],
    # A table and a plot of its numbers side by side, sharing baselines and caption lines.
    "sidebyside": ["Parameters (millions)", "30 95 300", "6 4 2 0", "Clean Noisy 10", "Error (%)"],
}

_FLOATS = re.compile(r"\\begin\{(figure\*?|table\*?|wrapfigure)\}.*?\\end\{\1\}", re.S)
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")


def _plain(tex: str) -> str:
    """LaTeX prose as printed: a reference becomes a wildcard token (its number is the
    extractor's business, not this test's), escapes their characters."""
    tex = re.sub(r"~?\\ref\{[^}]*\}", " \x00", tex)
    tex = tex.replace("\\%", "%").replace("\\&", "&").replace("~", " ")
    return re.sub(r"\s+", " ", tex).strip()


def _body_sentences(tex: str) -> list[str]:
    body = tex.split("\\begin{document}", 1)[1].split("\\end{document}", 1)[0]
    body = _FLOATS.sub(" ", body)
    body = re.sub(r"\\(?:sub)*section\*?\{[^}]*\}", "\n\n", body)
    out: list[str] = []
    for para in re.split(r"\n\s*\n", body):
        text = _plain(para)
        if text:
            out.extend(_SENTENCE_BREAK.split(text))
    return out


def _captions(tex: str) -> list[str]:
    """Every \\caption's text, in the order of the source, as printed: "Figure N: …" (the
    number a wildcard), a subfigure's with its "(a)"."""
    out: list[str] = []
    float_kind, in_sub, sub = "Figure", False, 0
    for m in re.finditer(r"\\begin\{(subfigure|figure\*?|table|wrapfigure)\}|\\caption(?:of\{(\w+)\})?\{((?:[^{}]|\{[^{}]*\})*)\}", tex):
        env = m.group(1)
        if env == "subfigure":
            in_sub = True
        elif env:
            float_kind, in_sub, sub = ("Table" if env == "table" else "Figure"), False, 0
        elif m.group(2):  # \captionof{table}{…} in a minipage
            out.append(f"{m.group(2).capitalize()} \x00 {_plain(m.group(3))}")
        elif in_sub:
            out.append(f"({'abcdefgh'[sub]}) {_plain(m.group(3))}")
            sub, in_sub = sub + 1, False
        else:
            out.append(f"{float_kind} \x00 {_plain(m.group(3))}")
    return out


def _matches(expected: str, got: str) -> bool:
    """Whole-text match, the wildcard standing for one printed token ("1", "1a"). Hyphens
    are left out on both sides: whether "feed-/forward" broken at a line end keeps its
    hyphen is the hyphenation's question (tests/test_sources_hyphens.py), not the figures'."""
    pattern = "".join(r"\S+" if part == "\x00" else re.escape(part) for part in re.split(r"(\x00)", expected.replace("-", "")))
    return re.fullmatch(pattern, got.replace("-", "")) is not None


@pytest.fixture(scope="module", params=FIXTURES)
def layout(request: pytest.FixtureRequest) -> tuple[str, str, list[Passage]]:
    name = request.param
    return name, (LAYOUTS / f"{name}.tex").read_text(), extract_pdf(LAYOUTS / f"{name}.pdf").passages


def test_every_body_sentence_whole_in_order_and_nothing_else(layout: tuple[str, str, list[Passage]]) -> None:
    name, tex, passages = layout
    expected = _body_sentences(tex)
    got = [p.text for p in passages if p.kind in ("sentence", "abstract")]
    assert len(expected) >= 12, name  # the .tex was read
    missing = [e for e in expected if not any(_matches(e, g) for g in got)]
    extra = [g for g in got if not any(_matches(e, g) for e in expected)]
    assert not missing and not extra, (name, missing, extra)
    # Reading order: the sentences come out as the source has them.
    assert len(got) == len(expected) and all(_matches(e, g) for e, g in zip(expected, got)), name


def test_each_caption_is_a_passage_of_its_own(layout: tuple[str, str, list[Passage]]) -> None:
    name, tex, passages = layout
    got = [p.text for p in passages if p.kind == "caption"]
    expected = _captions(tex)
    assert expected, name
    assert len(got) == len(expected) and all(_matches(e, g) for e, g in zip(expected, got)), (name, got)


def test_no_drawing_text_outside_captions(layout: tuple[str, str, list[Passage]]) -> None:
    name, _tex, passages = layout
    for p in passages:
        if p.kind in ("caption", "title"):
            continue
        leaked = [label for label in DRAWING_TEXT[name] if label in p.text]
        assert not leaked, (name, p.kind, p.text)
        # Outside a table, a passage of bare numbers is a row of ticks or of bar values.
        assert p.kind == "table-cell" or not re.fullmatch(r"[\d.,%\s^-]+", p.text), (name, p.kind, p.text)


def test_drawings_make_no_table_rows() -> None:
    for name in FIXTURES:
        if name in ("tableplot", "sidebyside"):  # each has a real table
            continue
        passages = extract_pdf(LAYOUTS / f"{name}.pdf").passages
        assert not [p for p in passages if p.kind.startswith("table")], name


def test_the_table_beside_a_plot_of_its_numbers_keeps_its_headers() -> None:
    passages = extract_pdf(LAYOUTS / "tableplot.pdf").passages
    tex = (LAYOUTS / "tableplot.tex").read_text()
    rows = re.findall(r"^(Baseline|Distilled|Pruned|Ours) & ([\d.]+) & ([\d.]+) & ([\d.]+) \\\\$", tex, re.M)
    assert len(rows) == 4
    cells = {(p.table, p.row, p.column): p.text for p in passages if p.kind == "table-cell"}
    expected = {("Table 1", row, col): value for row, *values in rows for col, value in zip(("SST-2", "MRPC", "RTE"), values)}
    assert cells == expected
    # The bars repeat the table's numbers: they make no second table and no extra rows.
    assert len([p for p in passages if p.kind == "table-row"]) == 4
    assert by_text(passages, "Table 1, row Ours: SST-2 92.0; MRPC 86.1; RTE 68.8").kind == "table-row"


def test_subfigure_captions_side_by_side_are_split_between_their_subfigures() -> None:
    passages = extract_pdf(LAYOUTS / "subfigs.pdf").passages
    captions = [p for p in passages if p.kind == "caption"]
    a = by_text(passages, "(a) Exact match by the number of passages read.")
    b = by_text(passages, "(b) Retrieval recall by the size of the index.")
    assert a.kind == b.kind == "caption" and a.order + 1 == b.order
    # The subfigures' captions sit left and right of each other, on shared lines.
    assert a.bbox is not None and b.bbox is not None and a.bbox.x1 < b.bbox.x0
    assert captions[-1].text.startswith("Figure 1: Answer quality")


def test_a_table_and_a_plot_side_by_side_are_read_apart() -> None:
    """One float, two minipages: a booktabs table and a plot of its numbers, whose ticks and
    legend share the table's baselines and whose caption shares the table caption's lines."""
    passages = extract_pdf(LAYOUTS / "sidebyside.pdf").passages
    cells = {(p.table, p.row, p.column): p.text for p in passages if p.kind == "table-cell"}
    assert cells == {
        ("Table 1", "Small", "Clean"): "3.4", ("Table 1", "Small", "Noisy"): "8.9",
        ("Table 1", "Medium", "Clean"): "2.6", ("Table 1", "Medium", "Noisy"): "6.3",
        ("Table 1", "Large", "Clean"): "2.1", ("Table 1", "Large", "Noisy"): "4.8",
    }
    table = by_text(passages, "Table 1: Word error rate (%) of the three models on the two test sets.")
    figure = by_text(passages, "Figure 1: Word error rate against model size, from Table 1.")
    assert table.kind == figure.kind == "caption" and table.table == "Table 1" and figure.table is None


def test_figures_side_by_side_keep_their_captions_apart_and_the_heading_above() -> None:
    passages = extract_pdf(LAYOUTS / "figpairs.pdf").passages
    one = by_text(passages, "Figure 1: Accuracy against the number of labelled examples per class.")
    two = by_text(passages, "Figure 2: Training loss by epoch with 128 labelled examples per class.")
    assert one.kind == two.kind == "caption" and one.order + 1 == two.order
    # The subsection heading right above the figure is a heading, not one of its labels.
    assert by_text(passages, "With 128 examples the standard deviation drops to 0.9 points.").section == "1.1 Results"


def test_wrapfigure_cut_out_leaves_the_paragraph_beside_it_whole() -> None:
    passages = extract_pdf(LAYOUTS / "wrapfig.pdf").passages
    # Lines beside the float share baselines with its legend, ticks and caption.
    for sentence in (
        "We learn the temperature on 5,000 held-out validation images with a learning rate of 0.01.",
        "Vector scaling, which learns one temperature per class, reaches an error of 1.0% but overfits with fewer than 1,000 validation images.",
        "Histogram binning reaches 1.6% and changes the accuracy by 0.3 points, which we consider a drawback.",
        "We also tried ensembles of five models, which reach an error of 3.1% without any scaling.",
    ):
        assert by_text(passages, sentence).kind == "sentence"
    caption = by_text(passages, "Figure 1: Reliability diagram before and after temperature scaling.")
    assert caption.kind == "caption"


def test_wrapfigure_at_the_left_leaves_the_lines_right_of_it_whole() -> None:
    passages = extract_pdf(LAYOUTS / "wrapleft.pdf").passages
    # The float's ticks and legend ("30", "Measured") start the lines the prose shares.
    for sentence in (
        "The efficiency therefore falls from 95% with 2 devices to 61% with 32 devices.",
        "Figure 1 shows that the loss of efficiency grows steadily with the number of devices.",
        "Most of the lost time is spent in the all-reduce, which takes 38% of each step with 32 devices.",
    ):
        assert by_text(passages, sentence).kind == "sentence"
    caption = by_text(passages, "Figure 1: Measured speed-up against the number of devices.")
    assert caption.kind == "caption" and caption.bbox is not None
    prose = by_text(passages, "With 8 devices it is 6.7, and with 32 devices it is 19.5.")
    assert prose.bbox is not None and caption.bbox.x1 < prose.bbox.x0  # the caption is left of the prose


def by_text(passages: list[Passage], text: str) -> Passage:
    found = [p for p in passages if p.text == text]
    assert found, text
    return found[0]


def test_what_lies_above_a_figure_without_text_is_kept() -> None:
    """Negative controls: raster figures placed [h] right under an enumeration of "(a) …"
    items, a list of short items and a displayed equation. None is the figure's text."""
    passages = extract_pdf(LAYOUTS / "controls.pdf").passages
    sentences = [p.text for p in passages if p.kind == "sentence"]
    # How list items split into sentences is not the figures' business: they must be there.
    for item in ("(a) keep the retriever of the smallest system", "(b) share one index between all sizes", "Accuracy", "Median latency", "Peak memory"):
        assert any(s.endswith(item) or f"{item} " in s for s in sentences), item
    assert [p.text for p in passages if p.kind == "equation"] == ["S = A - λ · log L (1)"]
    captions = [p.text for p in passages if p.kind == "caption"]
    assert captions == [
        "Figure 1: Memory of the six systems with a shared index.",
        "Figure 2: Accuracy of the six systems, from the smallest to the largest.",
        "Figure 3: The combined score of the six systems for a weight of 0.1 on latency.",
    ]
    assert "With a weight of 0.5 the smallest system wins." in sentences
