"""Whether an extracted PDF has text to judge claims on.

A scanned paper (page images, no text layer) extracts to nothing, and a PDF whose fonts
carry no Unicode map extracts to replacement characters and private-use code points. Judged
as they are, every claim would be *not found* in them — a confident verdict from a paper
nobody could read — so such a version is reported unreadable, with the reason, and its
claims stay *unchecked* unless another version or paper can be read.
"""

from __future__ import annotations

import unicodedata

from claimcheck.sources.extract import ExtractedDocument

# Above this share of unmapped characters the words are not the paper's words. Real papers
# have a few (a symbol font, a logo); a font without a Unicode map makes most of them so.
GARBLED_SHARE = 0.3


def _unmapped(ch: str) -> bool:
    return ch == "\ufffd" or unicodedata.category(ch) in ("Co", "Cc", "Cn") and ch not in "\n\t"


def no_text_reason(doc: ExtractedDocument, name: str) -> str | None:
    """Why ``doc`` cannot be judged, or None when it has text."""
    text = "".join(p.text for p in doc.passages if p.kind != "table-cell")
    letters = [ch for ch in text if not ch.isspace()]
    pages = f"{doc.pages} page" + ("" if doc.pages == 1 else "s")
    if not letters:
        return f"{name} has no text layer ({pages} of images, a scanned paper?); OCR is not done, so it cannot be checked"
    bad = sum(map(_unmapped, letters))
    if bad / len(letters) > GARBLED_SHARE:
        return (f"{name} has text its fonts do not map to characters ({bad:,} of {len(letters):,} unreadable); "
                "it cannot be checked")
    return None
