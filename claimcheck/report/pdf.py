"""A report given as a PDF: text extracted with pdfplumber, then the text parser.

Reports are single-column documents, so pdfplumber's layout-free ``extract_text`` keeps
their line structure; the wrapped-table shape in ``table.py`` copes with claims that wrap.
"""

from __future__ import annotations

import io
import logging

from claimcheck.errors import ReportError
from claimcheck.model import Report
from claimcheck.report.text import parse_report_text

MAX_PAGES = 200  # a report is a few pages; a book-length PDF is not one


def pdf_text(data: bytes, path: str) -> str:
    import pdfplumber

    # pdfminer logs every malformed object it skips; a broken PDF gets one clear error instead.
    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            if len(pdf.pages) > MAX_PAGES:
                raise ReportError(path, f"PDF has {len(pdf.pages)} pages; a report has at most {MAX_PAGES}")
            pages = [(page.extract_text() or "") for page in pdf.pages]
    except ReportError:
        raise
    except Exception as exc:  # pdfminer raises many unrelated types for corrupt files
        raise ReportError(path, f"not a readable PDF ({type(exc).__name__}: {exc})") from exc
    text = "\n\n".join(pages)
    if not text.strip():
        raise ReportError(path, "the PDF has no extractable text (scanned images?)")
    return text


def parse_pdf(data: bytes, path: str, sha256: str = "") -> Report:
    return parse_report_text(pdf_text(data, path), path, "pdf", sha256)
