"""The files a night leaves in the job's out folder, and their names.

Every run keeps its own digest, ``nightly-<night>T<HHMMSS>Z-<run id>.md`` / ``.json`` (the
night's date, the UTC time the run started, its ID in the history), so a second run on
the same day never replaces the first. Two copies point at what a person looks for:
``nightly-latest.*`` (the newest run, whatever it found) and ``nightly-news.*`` (the newest
run that found something: a quiet run never replaces it). Per-report audits go to
``audits/run-<run id>/``, written by :mod:`claimcheck.render.files`.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from claimcheck.nightly.digest import render_markdown
from claimcheck.nightly.errors import OutputFolderError
from claimcheck.render import files as render_files
from claimcheck.render.json import dumps

LATEST = "nightly-latest"
NEWS = "nightly-news"


def digest_name(night: str, started_at: str, run_id: int) -> str:
    """``nightly-2026-12-20T031700Z-7``: sorts by night, then by start time."""
    started = datetime.fromisoformat(started_at)
    return f"nightly-{night}T{started:%H%M%S}Z-{run_id}"


def audits_folder(run_id: int) -> str:
    """Where a run's audits go, relative to the out folder."""
    return f"audits/run-{run_id}"


def write_digest(out: Path, name: str, digest: dict[str, Any]) -> list[Path]:
    """The run's own digest, then the pointers; returns the run's own two files."""
    md, js = out / f"{name}.md", out / f"{name}.json"
    text, data = render_markdown(digest), dumps(digest)
    targets = [(js, data), (md, text), (out / f"{LATEST}.json", data), (out / f"{LATEST}.md", text)]
    if not digest["quiet"]:
        targets += [(out / f"{NEWS}.json", data), (out / f"{NEWS}.md", text)]
    try:
        for path, content in targets:
            # Looked up on the module at call time: one atomic writer for every output.
            render_files.atomic_write(path, content)
    except OSError as exc:
        raise OutputFolderError(f"cannot write the digest to {out}: {exc.strerror or exc}") from exc
    return [md, js]


def digest_files(out: Path, name: str | None) -> list[Path]:
    return [out / f"{name}.md", out / f"{name}.json"] if name else []
