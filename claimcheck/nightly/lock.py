"""One run at a time per history database: an fcntl lock on ``<db>.lock``.

``flock`` belongs to the open file, so the kernel drops it when the holder exits for any
reason, ``kill -9`` included: a crashed run never leaves a stale lock behind. The file
keeps the holder's pid and start time only so the refusal message can name them.
"""

from __future__ import annotations

import fcntl
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from claimcheck.nightly.errors import LockHeldError, NightlyError
from claimcheck.util.clock import now_iso


def _holder(fd: int) -> str:
    try:
        text = os.pread(fd, 200, 0).decode("utf-8", "replace").strip()
    except OSError:
        return ""
    return f" ({text})" if text else ""


@contextmanager
def job_lock(path: Path, timeout: float = 0.0, poll: float = 0.05) -> Iterator[None]:
    """Hold the lock for the ``with`` body; wait up to ``timeout`` seconds for it, then
    raise :class:`LockHeldError`."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as exc:
        raise NightlyError(f"cannot create the lock file {path}: {exc.strerror or exc}") from exc
    try:
        deadline = time.monotonic() + timeout
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    waited = f" after waiting {timeout:g} s" if timeout else ""
                    raise LockHeldError(
                        f"another nightly run holds {path}{_holder(fd)}{waited}; "
                        "not starting a second one (set lock_timeout to wait)"
                    ) from None
                time.sleep(poll)
        stamp = now_iso()
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"pid {os.getpid()} since {stamp}".encode(), 0)
        yield
    finally:
        # Closing releases the flock; the file stays so that waiters never race on unlink.
        os.close(fd)
