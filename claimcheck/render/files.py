"""Writing rendered audits to disk: safe names, atomic writes, one failure per file.

Report file names are untrusted: they become output names only through ``output_stem``.
"""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Sequence
from pathlib import Path

from claimcheck.errors import ClaimcheckError
from claimcheck.model import Audit, Finding
from claimcheck.render.json import audit_to_dict, dumps, run_to_dict
from claimcheck.render.markdown import render_audit, render_run_index

_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


class OutputError(ClaimcheckError):
    """The output folder cannot be written (missing permission, disk full, ...)."""


def output_stem(report_path: str) -> str:
    return _UNSAFE.sub("_", Path(report_path).stem).strip("._")[:80] or "report"


def atomic_write(path: Path, text: str) -> None:
    """Write next to the target and rename: a reader never sees half a file, and a killed
    run leaves the previous version in place."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def _unique_stems(audits: Sequence[Audit]) -> list[str]:
    stems = [output_stem(a.report.path) for a in audits]
    counts: dict[str, int] = {}
    for s in stems:
        counts[s] = counts.get(s, 0) + 1
    # Two inputs named alike (a/r.txt, b/r.txt) must not overwrite each other.
    return [
        f"{s}-{a.report.sha256[:8]}" if counts[s] > 1 else s for s, a in zip(stems, audits)
    ]


def write_audits(
    audits: Sequence[Audit],
    out_dir: Path,
    errors: Sequence[tuple[str, str]] = (),
    run_findings: Sequence[Finding] = (),
    generated_at: str = "",
    tool_version: str = "",
) -> tuple[list[tuple[Audit, dict[str, str]]], list[tuple[str, str]]]:
    """Write ``<stem>.audit.md``/``.json`` per audit and ``index.md``/``index.json``.

    Returns the written entries and the write failures (path, message); one unwritable
    file does not stop the others.
    """
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"cannot create output folder {out_dir}: {exc.strerror or exc}") from exc
    written: list[tuple[Audit, dict[str, str]]] = []
    failures: list[tuple[str, str]] = []
    for audit, stem in zip(audits, _unique_stems(audits)):
        md, js = out_dir / f"{stem}.audit.md", out_dir / f"{stem}.audit.json"
        try:
            atomic_write(js, dumps(audit_to_dict(audit)))
            atomic_write(md, render_audit(audit))
        except OSError as exc:
            failures.append((audit.report.path, f"cannot write to {out_dir}: {exc.strerror or exc}"))
            continue
        written.append((audit, {"markdown": md.name, "json": js.name}))
    all_errors = list(errors) + failures
    try:
        atomic_write(
            out_dir / "index.json",
            dumps(run_to_dict(written, all_errors, run_findings, generated_at, tool_version)),
        )
        atomic_write(
            out_dir / "index.md", render_run_index(written, all_errors, run_findings, generated_at)
        )
    except OSError as exc:
        raise OutputError(f"cannot write the run index to {out_dir}: {exc.strerror or exc}") from exc
    return written, failures
