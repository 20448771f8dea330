"""Writing rendered audits to disk: the output folder checked first, safe names, atomic
writes, one failure per file.

Report file names are untrusted: they become output names only through ``output_stem``.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Sequence
from pathlib import Path

from claimcheck.errors import ClaimcheckError
from claimcheck.model import Audit, Finding
from claimcheck.render.json import SharedDetails, audit_json, dumps, run_to_dict
from claimcheck.render.markdown import render_audit, render_run_index
from claimcheck.util.files import atomic_write, safe_name

__all__ = ["OutputError", "atomic_write", "check_output_dir", "output_stem", "write_audits"]


class OutputError(ClaimcheckError):
    """The output folder cannot be written (missing permission, disk full, ...)."""


def output_stem(report_path: str) -> str:
    return safe_name(Path(report_path).stem, 80, "report")


def _why(exc: OSError) -> str:
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return "not writable" + (" (read-only file system)" if exc.errno == errno.EROFS else "")
    if exc.errno == errno.ENOTDIR:
        return "a part of it is a file, not a folder"
    if exc.errno == errno.ELOOP:
        return "a symbolic link loop"
    return exc.strerror or str(exc)


def check_output_dir(out_dir: Path) -> None:
    """Make sure ``out_dir`` is a folder we can write into, before any work is done.

    Raises :class:`OutputError` with one message naming the folder and why. The check is a
    real write (a probe file, removed again): permission bits alone do not tell about
    read-only mounts, ACLs or a full disk.
    """
    if out_dir.exists() and not out_dir.is_dir():
        raise OutputError(f"output folder {out_dir}: is a file, not a folder")
    for parent in out_dir.parents:
        if parent.exists():
            if not parent.is_dir():
                raise OutputError(f"output folder {out_dir}: {parent} is a file, not a folder")
            break
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        fd, probe = tempfile.mkstemp(prefix=".claimcheck-probe.", dir=out_dir)
    except OSError as exc:
        raise OutputError(f"output folder {out_dir}: {_why(exc)}") from exc
    os.close(fd)
    with contextlib.suppress(OSError):
        os.unlink(probe)


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
    shared: SharedDetails | None = None,
) -> tuple[list[tuple[Audit, dict[str, str]]], list[tuple[str, str]]]:
    """Write ``<stem>.audit.md``/``.json`` per audit and ``index.md``/``index.json``.

    Returns the written entries and the write failures (path, message); one unwritable
    file does not stop the others. ``shared``: a memo of findings' details already encoded
    (the caller stores the same findings elsewhere); one is made for this call otherwise.
    """
    check_output_dir(out_dir)
    shared = shared if shared is not None else SharedDetails()
    written: list[tuple[Audit, dict[str, str]]] = []
    failures: list[tuple[str, str]] = []
    for audit, stem in zip(audits, _unique_stems(audits)):
        md, js = out_dir / f"{stem}.audit.md", out_dir / f"{stem}.audit.json"
        try:
            atomic_write(js, audit_json(audit, shared))
            atomic_write(md, render_audit(audit))
        except OSError as exc:
            failures.append((audit.report.path, f"cannot write to {out_dir}: {_why(exc)}"))
            continue
        written.append((audit, {"markdown": md.name, "json": js.name}))
    all_errors = list(errors) + failures
    try:
        atomic_write(
            out_dir / "index.json",
            dumps(run_to_dict(written, all_errors, run_findings, generated_at, tool_version, shared)),
        )
        atomic_write(
            out_dir / "index.md", render_run_index(written, all_errors, run_findings, generated_at)
        )
    except OSError as exc:
        raise OutputError(f"cannot write the run index to {out_dir}: {_why(exc)}") from exc
    return written, failures
