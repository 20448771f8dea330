"""The run store: one result file per cell, written atomically, and a manifest holding the
configuration fingerprint. A finished cell is never recomputed; a run directory made with
another configuration is refused rather than mixed."""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path
from typing import Any, BinaryIO

from replicate.errors import StoreError
from replicate.model import Cell, CellResult


def atomic_replace(path: Path, write: Callable[[BinaryIO], None]) -> None:
    """Write ``path`` through a temporary file beside it, synced, then renamed over it: a
    reader (or a run killed mid-write) sees the old file or the new one, never half of one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            write(fh)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def atomic_write(path: Path, text: str) -> None:
    atomic_replace(path, lambda fh: fh.write(text.encode("utf-8")))


class RunStore:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.warnings: list[str] = []

    @property
    def manifest_path(self) -> Path:
        return self.root / "manifest.json"

    def manifest(self) -> dict[str, Any]:
        try:
            return json.loads(self.manifest_path.read_text("utf-8"))
        except FileNotFoundError:
            raise StoreError(f"{self.root} is not a run directory (no manifest.json)") from None
        except (OSError, json.JSONDecodeError) as exc:
            raise StoreError(f"{self.manifest_path}: unreadable ({exc})") from exc

    def open(self, paper: str, tier: str, fingerprint: str, config: dict[str, Any], *, resume: bool) -> None:
        """Create the run, or check that an existing one was made with this configuration."""
        if self.manifest_path.exists():
            m = self.manifest()
            if (m.get("paper"), m.get("tier"), m.get("fingerprint")) != (paper, tier, fingerprint):
                raise StoreError(
                    f"{self.root} holds a {m.get('paper')}/{m.get('tier')} run with configuration "
                    f"{m.get('fingerprint')}, not {paper}/{tier} {fingerprint}: results would be mixed; "
                    "use a new run directory"
                )
            if not resume and any(self.root.glob("cells/**/*.json")):
                raise StoreError(f"{self.root} already has results; pass --resume to continue it")
            return
        self.root.mkdir(parents=True, exist_ok=True)
        atomic_write(self.manifest_path, json.dumps(
            {"paper": paper, "tier": tier, "fingerprint": fingerprint, "config": config}, indent=2, default=str))

    def path(self, cell: Cell) -> Path:
        return self.root / "cells" / f"{cell.key}.json"

    def _read(self, p: Path) -> CellResult | None:
        try:
            raw = json.loads(p.read_text("utf-8"))
            raw["cell"] = Cell(**raw["cell"])
            return CellResult(**raw)
        except (OSError, json.JSONDecodeError, TypeError, KeyError) as exc:
            self.warnings.append(f"{p}: unreadable result ({exc}); the cell will be recomputed")
            return None

    def load(self, cell: Cell) -> CellResult | None:
        """A finished cell's result; a corrupt file counts as missing (and is said)."""
        p = self.path(cell)
        return self._read(p) if p.exists() else None

    def save(self, result: CellResult) -> None:
        atomic_write(self.path(result.cell), json.dumps(asdict(result), indent=1))
        self.failure_path(result.cell).unlink(missing_ok=True)

    def failure_path(self, cell: Cell) -> Path:
        return self.root / "failed" / f"{cell.key}.json"

    def save_failure(self, cell: Cell, message: str) -> None:
        """A cell that could not run (its data unavailable, say): kept for the report, and
        retried by the next run."""
        atomic_write(self.failure_path(cell), json.dumps({"cell": asdict(cell), "error": message}, indent=1))

    def failures(self) -> list[tuple[Cell, str]]:
        out = []
        for p in sorted(self.root.glob("failed/**/*.json")):
            try:
                raw = json.loads(p.read_text("utf-8"))
                cell = Cell(**raw["cell"])
            except (OSError, json.JSONDecodeError, TypeError, KeyError):
                continue
            if not self.path(cell).exists():
                out.append((cell, str(raw.get("error", ""))))
        return out

    @property
    def counts_path(self) -> Path:
        return self.root / "counts.json"

    def save_counts(self, counts: dict[str, tuple[int, str]]) -> None:
        """Training rows counted per task (the evidence for dataset-size claims)."""
        atomic_write(self.counts_path, json.dumps({k: list(v) for k, v in counts.items()}, indent=1))

    def counts(self) -> dict[str, tuple[int, str]]:
        try:
            raw = json.loads(self.counts_path.read_text("utf-8"))
            return {k: (int(v[0]), str(v[1])) for k, v in raw.items()}
        except FileNotFoundError:
            return {}
        except (OSError, json.JSONDecodeError, TypeError, ValueError, IndexError, AttributeError) as exc:
            self.warnings.append(f"{self.counts_path}: unreadable counts ({exc}); left out")
            return {}

    def results(self) -> list[CellResult]:
        return [r for p in sorted(self.root.glob("cells/**/*.json")) if (r := self._read(p)) is not None]
