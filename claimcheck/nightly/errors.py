"""Expected failures of a nightly job. Each maps to exit code 2 (job failure)."""

from __future__ import annotations

from claimcheck.errors import ClaimcheckError


class NightlyError(ClaimcheckError):
    """Base of every failure that stops a nightly job (exit code 2)."""


class JobFileError(NightlyError):
    """The job file is missing, not TOML, or describes an impossible job."""


class LockHeldError(NightlyError):
    """Another run of the same job (same history database) is in progress."""


class HistoryError(NightlyError):
    """The history database cannot be opened, upgraded or written."""


class OutputFolderError(NightlyError):
    """The output folder cannot be written (read-only, disk full, missing permission)."""


class IntakeError(ClaimcheckError):
    """One intake source could not be listed; the others still run (not a job failure)."""
