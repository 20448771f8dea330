"""Reading a report file: size and binary checks, decoding, and dispatch by content.

Input is untrusted: the size is checked before anything is read, binary data is refused
rather than parsed, and every failure is a one-line :class:`ReportError` naming the file.
"""

from __future__ import annotations

import errno
import hashlib
from collections.abc import Sequence
from pathlib import Path

from claimcheck.errors import ReportError
from claimcheck.model import Report
from claimcheck.report.markdown import looks_like_markdown, parse_markdown
from claimcheck.report.pdf import parse_pdf
from claimcheck.report.text import parse_report_text

MAX_REPORT_BYTES = 20 * 1024 * 1024  # reports are kilobytes; a PDF report a few megabytes
REPORT_SUFFIXES = (".txt", ".text", ".md", ".markdown", ".pdf")


def decode(data: bytes, path: str) -> tuple[str, list[str]]:
    """Text and warnings. UTF-8 (with or without BOM) first; legacy Windows-1252 next, since
    reports pasted from office tools come that way; Latin-1 never fails, and is said."""
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError as exc:
        where = exc.start
    for codec in ("cp1252", "latin-1"):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        return text, [f"not valid UTF-8 (first bad byte at offset {where}); decoded as {codec}"]
    raise ReportError(path, "cannot decode the text")  # unreachable: latin-1 decodes anything


def looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    controls = sum(b < 32 and b not in (9, 10, 12, 13) for b in sample)
    return controls > len(sample) * 0.05


def parse_bytes(data: bytes, path: str) -> Report:
    sha = hashlib.sha256(data).hexdigest()
    if not data.strip():
        raise ReportError(path, "empty file")
    if data.lstrip()[:5] == b"%PDF-":
        return parse_pdf(data, path, sha)
    if looks_binary(data):
        raise ReportError(path, "binary data, not a text, markdown or PDF report")
    text, warnings = decode(data, path)
    if looks_like_markdown(text):
        report = parse_markdown(text, path, sha)
    else:
        report = parse_report_text(text, path, "text", sha)
    report.warnings[:0] = warnings
    return report


def _mib(n: int) -> str:
    """Sizes in one unit, the one the limit is set in: "210.0 MiB"."""
    return f"{n / 2**20:.1f} MiB"


def path_problem(exc: OSError) -> str:
    """Why a path cannot be used, in words (a symlink loop is not "no such file")."""
    if exc.errno == errno.ELOOP:
        return "a symbolic link loop"
    if exc.errno == errno.ENOENT:
        return "no such file or folder"
    if exc.errno in (errno.EACCES, errno.EPERM):
        return "permission denied"
    if exc.errno == errno.ENOTDIR:
        return "a part of the path is a file, not a folder"
    return f"cannot read ({exc.strerror or exc})"


def read_report(path: Path) -> Report:
    """Read and parse one report file; every failure is a :class:`ReportError`."""
    name = str(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ReportError(name, path_problem(exc)) from None
    if path.is_dir():
        raise ReportError(name, "is a folder, not a report")
    if size > MAX_REPORT_BYTES:
        raise ReportError(name, f"{_mib(size)} is too large for a report (limit {_mib(MAX_REPORT_BYTES)})")
    try:
        with path.open("rb") as fh:
            data = fh.read(MAX_REPORT_BYTES + 1)
    except OSError as exc:
        raise ReportError(name, path_problem(exc)) from exc
    if len(data) > MAX_REPORT_BYTES:  # grew between stat and read
        raise ReportError(name, f"too large for a report (limit {_mib(MAX_REPORT_BYTES)})")
    return parse_bytes(data, name)


def find_reports(paths: Sequence[Path]) -> tuple[list[Path], list[tuple[str, str]]]:
    """Files to audit and per-path problems. Folders are searched (not recursively into
    hidden folders) for report files; a file named directly is taken whatever its suffix."""
    files: list[Path] = []
    problems: list[tuple[str, str]] = []
    for p in paths:
        try:
            p.stat()
        except OSError as exc:
            problems.append((str(p), path_problem(exc)))
            continue
        if p.is_dir():
            found = sorted(
                f for f in p.rglob("*")
                if f.is_file() and f.suffix.lower() in REPORT_SUFFIXES
                and not any(part.startswith(".") for part in f.relative_to(p).parts)
            )
            if not found:
                problems.append((str(p), f"no report files ({', '.join(REPORT_SUFFIXES)}) in this folder"))
            files.extend(found)
        else:
            files.append(p)
    unique = list(dict.fromkeys(files))
    return unique, problems
