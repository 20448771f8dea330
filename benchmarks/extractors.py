"""The extractors the extraction benchmarks compare, and the timing they share.

Each function extracts a whole PDF and returns its page count; ``timed`` gives each the best
CPU time over some rounds, the functions taking turns within every round, so that load from
other processes on a shared machine hits them alike.
"""

from __future__ import annotations

import io
import time
from collections.abc import Callable

import pdfplumber
import pypdfium2 as pdfium

from claimcheck.sources.extract import extract_pdf


def plumber(data: bytes) -> int:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            page.extract_text()
        return len(pdf.pages)


def pdfium_text(data: bytes) -> int:
    doc = pdfium.PdfDocument(data)
    try:
        for page in doc:
            page.get_textpage().get_text_range()
        return len(doc)
    finally:
        doc.close()


def ours(data: bytes) -> int:
    return extract_pdf(data).pages


EXTRACTORS: dict[str, Callable[[bytes], int]] = {
    "claimcheck extract_pdf": ours,
    "pdfplumber extract_text": plumber,
    "pypdfium2 get_text_range": pdfium_text,
}


def timed(fns: dict[str, Callable[[bytes], int]], pdfs: list[bytes], rounds: int) -> dict[str, tuple[float, int]]:
    """Best CPU time and page count of each function over ``pdfs``."""
    best = {name: (float("inf"), 0) for name in fns}
    for _ in range(rounds):
        for name, fn in fns.items():
            start = time.process_time()
            pages = sum(fn(d) for d in pdfs)
            seconds = time.process_time() - start
            if seconds < best[name][0]:
                best[name] = (seconds, pages)
    return best
