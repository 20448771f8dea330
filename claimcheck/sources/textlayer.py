"""Whether an extracted PDF has text to judge claims on.

A scanned paper (page images, no text layer) extracts to nothing. Judged as it is, every
claim would be *not found* in it — a confident verdict from a paper nobody could read — so
such a version is reported unreadable, with the reason, and its claims stay *unchecked*
unless another version or paper can be read.
"""

from __future__ import annotations

from claimcheck.sources.extract import ExtractedDocument


def no_text_reason(doc: ExtractedDocument, name: str) -> str | None:
    """Why ``doc`` cannot be judged, or None when it has text."""
    if any(p.text.strip() for p in doc.passages):
        return None
    pages = f"{doc.pages} page" + ("" if doc.pages == 1 else "s")
    return f"{name} has no text layer ({pages} of images, a scanned paper?); OCR is not done, so it cannot be checked"
