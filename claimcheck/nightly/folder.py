"""The ``folder`` intake: report files in local folders, given as folders, files or glob
patterns relative to the job file."""

from __future__ import annotations

import glob
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from claimcheck.nightly.fields import check_keys, get_str, get_str_list
from claimcheck.nightly.intake import IntakeContext, IntakeItem, IntakeResult

REPORT_SUFFIXES = (".txt", ".md", ".pdf")


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
