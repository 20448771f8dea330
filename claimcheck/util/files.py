"""Files on disk: atomic writes and file names made from untrusted text."""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
import threading
from pathlib import Path

_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")
_umask_lock = threading.Lock()


def current_umask() -> int:
    """The process's umask, read fresh each time (a caller may change it between writes)."""
    try:  # Linux: readable without changing it, so safe while other threads create files
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    # Elsewhere the umask can only be read by setting it: briefly, under a lock.
    with _umask_lock:
        mask = os.umask(0o077)
        os.umask(mask)
        return mask


def atomic_write(path: Path, data: str | bytes) -> None:
    """Write ``data`` next to ``path`` and rename it into place.

    A reader never sees half a file, and a killed process leaves the previous version in
    place. The file gets the permissions any ``open()`` would give it (0666 less the umask):
    ``mkstemp`` alone would leave it readable by its owner only.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        os.fchmod(fd, 0o666 & ~current_umask())
        payload = data.encode("utf-8") if isinstance(data, str) else data
        with os.fdopen(fd, "wb") as fh:
            fh.write(payload)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def safe_name(text: str, limit: int = 80, default: str = "file") -> str:
    """``text`` as one file-name component: letters, digits, ``.``, ``_`` and ``-`` only,
    never hidden, never ``..``, at most ``limit`` characters, ``default`` when nothing is left."""
    return _UNSAFE.sub("_", text).strip("._")[:limit] or default
