"""Reports given as PDFs whose claims table wraps: the table is read from the words'
positions. A LaTeX-typeset report (committed, with its source) and reportlab tables set
every way a generator sets them (cells top-, middle- or bottom-aligned, with and without
padding, with a row-number column, over two pages). Made-up text throughout."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from claimcheck.model import Mark
from claimcheck.report import read_report
from claimcheck.report.pdf import Line, Word, _header, lines_of, rebuild_claims_table
from claimcheck.report.reader import parse_bytes

FIXTURE = Path(__file__).parent / "fixtures" / "reports" / "latex_report.pdf"


def test_a_latex_report_keeps_each_wrapped_claim_whole_with_its_mark() -> None:
    r = read_report(FIXTURE)
    assert [(c.text, c.mark, c.confidence, c.truncated) for c in r.claims] == [
        ("Pruning half of the weights of a small convolutional network costs under one point of top-1 "
         "accuracy on the benchmark used by the authors.", Mark.VERIFIED, 0.81, False),
        ("Winning tickets train faster than the original network.", Mark.VERIFIED, 0.64, False),
        ("Global pruning beats layer-wise pruning on every model tested, including the two smallest ones, "
         "and at every sparsity level the authors tri", Mark.REJECTED, 0.22, True),
        ("Iterative pruning needs more compute than one-shot pruning.", Mark.VERIFIED, 0.70, False),
    ]
    assert r.columns == ["claim", "verified", "confidence"] and not r.warnings


def test_a_latex_report_s_prose_keeps_its_word_spaces_and_loses_its_page_number() -> None:
    r = read_report(FIXTURE)
    # Justified lines are set tight: a fixed gap tolerance glued these words together.
    assert r.research_question == "Does magnitude pruning keep the accuracy of small vision models?"
    assert r.title == "Pruning Keeps Accuracy in Small Vision Models: A Synthesis" and r.date == "2026-03-03"
    assert (r.figures.papers_retrieved, r.figures.claims_extracted, r.figures.claims_verified) == (3, 4, 3)
    assert [(x.arxiv_id, x.version) for x in r.references] == [("1803.03635", 5)]


def _claim(i: int) -> str:
    # Rows of one to six lines, so that centred marks fall beside different lines.
    filler = " ".join(f"token{i}x{j}" for j in range(3 + (i * 7) % 25))
    return f"Claim {i} says that sparse attention {filler} keeps accuracy."


def _table_pdf(valign: str, pad: int, numbered: bool, rows: int = 24, centred_header: bool = False) -> bytes:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import letter
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    ss = getSampleStyleSheet()
    data = [(["#"] if numbered else []) + ["Claim", "Verified", "Confidence"]]
    for i in range(1, rows + 1):
        data.append(([str(i)] if numbered else []) + [Paragraph(_claim(i), ss["BodyText"]), "yes" if i % 3 else "no", f"0.{10 + i}"])
    table = Table(data, colWidths=([25] if numbered else []) + [330, 60, 70], repeatRows=1)
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), valign), ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                               ("TOPPADDING", (0, 0), (-1, -1), pad), ("BOTTOMPADDING", (0, 0), (-1, -1), pad)]
                              + ([("ALIGN", (0, 0), (-1, 0), "CENTER")] if centred_header else [])))
    story = [Paragraph("Sparse Attention at Scale: A Synthesis", ss["Title"]),
             Paragraph("Research question: Does sparse attention keep accuracy on long documents?", ss["BodyText"]),
             Paragraph("Extracted Claims", ss["Heading2"]), table,
             Paragraph("References", ss["Heading2"]), Paragraph("1. arXiv:2004.05150v2", ss["BodyText"])]
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=letter).build(story)
    return buf.getvalue()


@pytest.mark.parametrize("numbered", [True, False], ids=["numbered", "plain"])
@pytest.mark.parametrize("pad", [6, 0], ids=["padded", "tight"])
@pytest.mark.parametrize("valign", ["TOP", "MIDDLE", "BOTTOM"])
def test_a_table_over_two_pages_is_read_row_by_row_however_its_cells_are_aligned(
    valign: str, pad: int, numbered: bool
) -> None:
    pytest.importorskip("reportlab")
    r = parse_bytes(_table_pdf(valign, pad, numbered), "table.pdf")
    assert [c.text for c in r.claims] == [_claim(i) for i in range(1, 25)]
    assert [c.mark for c in r.claims] == [Mark.VERIFIED if i % 3 else Mark.REJECTED for i in range(1, 25)]
    assert [c.confidence for c in r.claims] == [pytest.approx(float(f"0.{10 + i}")) for i in range(1, 25)]
    assert [(x.arxiv_id, x.version) for x in r.references] == [("2004.05150", 2)]


def _w(text: str, x0: float, top: float, width: float = 30.0, height: float = 10.0) -> Word:
    return Word(text, x0, x0 + width, top, top + height)


def test_a_sentence_naming_claims_and_verification_is_no_table_header() -> None:
    words = [_w(t, 72 + 40 * i, 100) for i, t in enumerate("Each claim was verified against its source".split())]
    assert _header(lines_of(words)[0]) is None
    assert _header(Line([_w("Claim", 72, 100), _w("Verified", 380, 100), _w("Confidence", 430, 100)])) is not None


def test_words_set_as_text_rather_than_a_table_are_left_to_the_text_parser() -> None:
    # The marks follow each claim wherever it ends, not under the header: no table to rebuild.
    lines = lines_of([_w("Claim", 40, 100), _w("Verified", 90, 100), _w("Confidence", 150, 100),
                      _w("Short", 40, 114), _w("claim.", 72, 114), _w("yes", 110, 114, 15), _w("0.3", 130, 114, 15),
                      _w("A", 40, 128, 8), _w("much", 52, 128), _w("longer", 86, 128), _w("claim", 120, 128),
                      _w("here.", 154, 128), _w("no", 190, 128, 12), _w("0.2", 206, 128, 15)])
    assert rebuild_claims_table(lines) is None


def test_a_table_whose_marks_did_not_survive_extraction_is_left_to_the_text_parser() -> None:
    lines = lines_of([_w("Claim", 72, 100), _w("Verified", 380, 100), _w("Confidence", 430, 100),
                      _w("First", 72, 114), _w("claim.", 106, 114), _w("Second", 72, 128), _w("claim.", 106, 128)])
    assert rebuild_claims_table(lines) is None


def test_a_header_centred_over_its_columns_still_frames_the_table() -> None:
    # HTML tables centre their header cells: "Claim" stands mid-column, right of the claims.
    pytest.importorskip("reportlab")
    r = parse_bytes(_table_pdf("MIDDLE", 4, False, rows=6, centred_header=True), "centred.pdf")
    assert [c.text for c in r.claims] == [_claim(i) for i in range(1, 7)]
    assert [c.mark for c in r.claims] == [Mark.VERIFIED if i % 3 else Mark.REJECTED for i in range(1, 7)]
