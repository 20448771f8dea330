"""Expected failures. Each carries a message a person can act on; the CLI prints it on one
line and never shows a traceback for these."""


class ClaimcheckError(Exception):
    """Base of every expected failure."""


class ReportError(ClaimcheckError):
    """A report file that cannot be read as a report (empty, binary, no claims table...)."""


class SourceError(ClaimcheckError):
    """A cited source that cannot be fetched, cached or read."""
