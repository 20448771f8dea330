"""Characters outside the BMP (issue 12): ACM's acmart sets math letters as Unicode
mathematical italics ("𝑥", U+1D465), which PDFium reports as two UTF-16 units. The layout
fixture tests/fixtures/layouts/mathitalic.pdf (pdflatex, acmart) has them in prose and as
footnote marks beside table values.
"""

from __future__ import annotations

from pathlib import Path

from claimcheck.sources.extract import extract_pdf
from claimcheck.sources.pdfchars import _clean_aligned, clean_text

FIXTURE = Path(__file__).parent / "fixtures" / "layouts" / "mathitalic.pdf"


def test_math_italic_letters_read_as_letters() -> None:
    passages = extract_pdf(FIXTURE).passages
    texts = [p.text for p in passages]
    assert "We scale every input x by a factor k before the first layer." in texts
    assert not any(c for t in texts for c in t if "\ud800" <= c <= "\udfff" or c == "\ufffd")
    cells = {(p.row, p.column): p.text for p in passages if p.kind == "table-cell"}
    # A raised letter after a value is its footnote mark, kept apart from the number.
    assert cells[("Prior best", "Accuracy")] == "55.0^a"
    assert cells[("Ours", "Recall")] == "63.9"


def test_a_pair_of_utf16_units_cleans_as_one_character() -> None:
    assert clean_text("by a factor \ud835\udc58") == "by a factor k"
    assert clean_text("\ud835\udc00BC") == "ABC"  # mathematical bold capital A
    assert clean_text("a lone \ud835 unit") == "a lone \ufffd unit"
    # The page-wide translation keeps one position per PDFium unit, so it gives up on them.
    assert _clean_aligned("x \ud835\udc65") is None
    assert _clean_aligned("x \u2212 1") == "x - 1"
