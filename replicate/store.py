"""The run store: one result file per cell, written atomically, and a manifest holding the
configuration fingerprint. A finished cell is never recomputed; a run directory made with
another configuration is refused rather than mixed."""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import asdict
from pathlib import Path

from replicate.model import Cell, CellResult


class StoreError(RuntimeError):
    """A run directory that cannot be used as asked (other config, unreadable manifest)."""


def _atomic_write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


class RunStore:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.warnings: list[str] = []

    @property
    def manifest_path(self) -> Path:
        return self.root / "manifest.json"

    def manifest(self) -> dict:
        try:
            return json.loads(self.manifest_path.read_text("utf-8"))
        except FileNotFoundError:
            raise StoreError(f"{self.root} is not a run directory (no manifest.json)") from None
        except (OSError, json.JSONDecodeError) as exc:
            raise StoreError(f"{self.manifest_path}: unreadable ({exc})") from exc

    def open(self, paper: str, tier: str, fingerprint: str, config: dict, *, resume: bool) -> None:
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
        _atomic_write(self.manifest_path, json.dumps(
            {"paper": paper, "tier": tier, "fingerprint": fingerprint, "config": config}, indent=2, default=str))

    def path(self, cell: Cell) -> Path:
        return self.root / "cells" / f"{cell.key}.json"

    def load(self, cell: Cell) -> CellResult | None:
        """A finished cell's result; a corrupt file counts as missing (and is said)."""
        p = self.path(cell)
        if not p.exists():
            return None
        try:
            raw = json.loads(p.read_text("utf-8"))
            raw["cell"] = Cell(**raw["cell"])
            return CellResult(**raw)
        except (OSError, json.JSONDecodeError, TypeError, KeyError) as exc:
            self.warnings.append(f"{p}: unreadable result ({exc}); the cell will be recomputed")
            return None

    def save(self, result: CellResult) -> None:
        _atomic_write(self.path(result.cell), json.dumps(asdict(result), indent=1))

    def results(self) -> list[CellResult]:
        out = []
        for p in sorted(self.root.glob("cells/**/*.json")):
            try:
                raw = json.loads(p.read_text("utf-8"))
                raw["cell"] = Cell(**raw["cell"])
                out.append(CellResult(**raw))
            except (OSError, json.JSONDecodeError, TypeError, KeyError) as exc:
                self.warnings.append(f"{p}: unreadable result ({exc}); left out")
        return out
