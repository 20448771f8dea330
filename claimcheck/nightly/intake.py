"""Where reports come from: pluggable intake sources keyed by ``kind``.

An intake lists report files and makes each available as a local file. Adding a
repository means writing a class with ``from_table`` and ``collect`` and calling
:func:`register_intake`; the job runner never changes. Built in: ``folder`` (here) and
``zenodo`` (:mod:`claimcheck.nightly.zenodo`).
"""

from __future__ import annotations

import glob
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from claimcheck.nightly.errors import JobFileError
from claimcheck.sources.settings import SourceSettings

REPORT_SUFFIXES = (".txt", ".md", ".pdf")


@dataclass(frozen=True)
class IntakeItem:
    path: Path  # a local, readable copy of the report
    origin: str  # stable name across nights: "data/reports/x.txt", "zenodo:123/x.pdf"
    url: str | None = None  # where a person can see the published report


@dataclass
class IntakeContext:
    cache_dir: Path  # this intake's own cache folder (downloads, last listing)
    settings: SourceSettings  # timeouts, retries, user agent: the same rules as arXiv
    offline: bool = False


@dataclass
class IntakeResult:
    items: list[IntakeItem] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # one line each, shown in the digest
    reachable: bool = True  # False: the listing came from the cache or not at all


class Intake(Protocol):
    kind: str
    name: str  # distinct within a job; names the cache folder and the digest rows

    def collect(self, ctx: IntakeContext) -> IntakeResult: ...


IntakeFactory = Callable[[dict[str, Any], Path, str], Intake]
_REGISTRY: dict[str, IntakeFactory] = {}


def register_intake(kind: str, factory: IntakeFactory) -> None:
    """Make ``kind = "<kind>"`` usable in job files. ``factory(table, base_dir, where)``
    validates its table and raises JobFileError naming ``where`` on mistakes."""
    _REGISTRY[kind] = factory


def registered_kinds() -> list[str]:
    _load_builtins()
    return sorted(_REGISTRY)


def _load_builtins() -> None:
    # Imported here, not at the top: zenodo.py imports this module's types.
    import claimcheck.nightly.zenodo  # noqa: F401


def intake_from_table(table: dict[str, Any], base: Path, where: str) -> Intake:
    _load_builtins()
    kind = table.get("kind")
    if not isinstance(kind, str):
        raise JobFileError(f"{where}: missing 'kind'; choose from {', '.join(registered_kinds())}")
    if kind not in _REGISTRY:
        raise JobFileError(f"{where}: unknown kind {kind!r}; choose from {', '.join(registered_kinds())}")
    return _REGISTRY[kind](table, base, where)


def _display(path: Path, base: Path) -> str:
    try:
        return path.relative_to(base).as_posix()
    except ValueError:
        return path.as_posix()


@dataclass
class FolderIntake:
    """Report files in local folders, given as folders, files or glob patterns."""

    name: str
    paths: list[str]
    base: Path
    kind: str = "folder"

    @classmethod
    def from_table(cls, table: dict[str, Any], base: Path, where: str) -> FolderIntake:
        from claimcheck.nightly.jobfile import check_keys, get_str, get_str_list

        check_keys(table, {"kind", "name", "paths"}, where)
        paths = get_str_list(table, "paths", where)
        return cls(name=get_str(table, "name", where, default=f"folder:{paths[0]}"), paths=paths, base=base)

    def _matches(self, pattern: str) -> list[Path]:
        full = Path(pattern).expanduser()
        full = full if full.is_absolute() else self.base / full
        if glob.has_magic(str(full)):
            return [Path(p) for p in sorted(glob.glob(str(full), recursive=True))]
        return [full] if full.exists() else []

    def collect(self, ctx: IntakeContext) -> IntakeResult:
        result = IntakeResult()
        seen: set[Path] = set()
        for pattern in self.paths:
            matches = self._matches(pattern)
            if not matches:
                result.problems.append(f"{self.name}: {pattern!r} matches no file or folder")
            for match in matches:
                files = sorted(match.rglob("*")) if match.is_dir() else [match]
                for file in files:
                    if file.suffix.lower() not in REPORT_SUFFIXES or not file.is_file():
                        continue
                    if file.name.startswith(".") or file.resolve() in seen:
                        continue
                    seen.add(file.resolve())
                    result.items.append(IntakeItem(path=file, origin=_display(file, self.base)))
        return result


register_intake("folder", FolderIntake.from_table)
