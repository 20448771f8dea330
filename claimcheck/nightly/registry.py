"""Intake kinds by name: the one place where the built-in intakes are registered and where
a job file's ``kind = "..."`` is looked up.

A plugin adds a kind with ``register_intake("osf", OsfIntake.from_table)`` before the job
file is read; ``from_table(table, base_dir, where)`` validates its table and raises
:class:`~claimcheck.nightly.errors.JobFileError` naming ``where`` on mistakes.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from claimcheck.nightly.errors import JobFileError
from claimcheck.nightly.folder import FolderIntake
from claimcheck.nightly.intake import Intake, IntakeFactory
from claimcheck.nightly.zenodo import ZenodoIntake

_REGISTRY: dict[str, IntakeFactory] = {
    "folder": FolderIntake.from_table,
    "zenodo": ZenodoIntake.from_table,
}


def register_intake(kind: str, factory: IntakeFactory) -> None:
    """Make ``kind = "<kind>"`` usable in job files (replacing a kind of that name)."""
    _REGISTRY[kind] = factory


def registered_kinds() -> list[str]:
    return sorted(_REGISTRY)


def intake_from_table(table: dict[str, Any], base: Path, where: str) -> Intake:
    kind = table.get("kind")
    if not isinstance(kind, str):
        raise JobFileError(f"{where}: missing 'kind'; choose from {', '.join(registered_kinds())}")
    if kind not in _REGISTRY:
        raise JobFileError(f"{where}: unknown kind {kind!r}; choose from {', '.join(registered_kinds())}")
    return _REGISTRY[kind](table, base, where)
