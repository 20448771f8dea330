"""Expected failures. Each carries a message a person can act on; the CLI prints it on one
line and never shows a traceback for these."""

from __future__ import annotations


class ClaimcheckError(Exception):
    """Base of every expected failure."""


class ReportError(ClaimcheckError):
    """A report file that cannot be read as a report (empty, binary, no claims table...).

    ``str()`` is "path: problem", complete on its own; ``problem`` is the part without the
    path, for callers that print the path themselves (so it is not named twice).
    """

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem


class SourceError(ClaimcheckError):
    """A cited source that cannot be fetched, cached or read."""
