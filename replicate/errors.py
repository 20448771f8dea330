"""The errors replicate reports to its user, under one base.

Each kind carries the exit code the command line gives it, so that the mapping is written
once, here, and every caller (the CLI, a job script, a test) catches ``ReplicateError``
rather than a list of types. Anything else that escapes a run is an internal error.
"""

from __future__ import annotations


class ReplicateError(Exception):
    """An error with a message meant for the user; ``exit_code`` is what the CLI returns."""

    exit_code = 2
    #: whether finished cells may exist when it is raised (the CLI then says they are kept)
    during_run = False


class SpecError(ReplicateError, ValueError):
    """A spec file (or a command-line setting checked against it) that is missing,
    malformed or inconsistent."""


class StoreError(ReplicateError, RuntimeError):
    """A run directory that cannot be used as asked (other config, unreadable manifest)."""


class TaskDataError(ReplicateError, ValueError):
    """Task data that does not have its family's shape, or cannot be loaded."""

    exit_code = 1  # one task's data: the other cells and tasks go on


class DataUnavailable(TaskDataError):
    """Task data that is neither in the local copy nor reachable on the hub."""


class FatalCellError(ReplicateError, RuntimeError):
    """An error no other cell would escape either: the run stops instead of trying them."""

    during_run = True


class NotAvailableOffline(ReplicateError, RuntimeError):
    """A model or data set that needs the Hugging Face hub, on a machine without it."""

    during_run = True
