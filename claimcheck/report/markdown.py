"""Markdown reports: ``#`` headings and a ``| Claim | Verified | Confidence |`` pipe table.

The shared parser already reads both (headings by shape, pipe tables in ``table.py``);
this module is the named entry point and the test for "is this markdown?"."""

from __future__ import annotations

import re

from claimcheck.model import Report
from claimcheck.report.text import parse_report_text

_PIPE_RULE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*\|", re.M)


def looks_like_markdown(text: str) -> bool:
    # Headings alone do not make markdown: the plain-text samples use "## " headings too;
    # what differs is the pipe table.
    return bool(_PIPE_RULE.search(text))


def parse_markdown(text: str, path: str, sha256: str = "") -> Report:
    return parse_report_text(text, path, "markdown", sha256)
