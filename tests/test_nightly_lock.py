"""The job lock: a second run refuses (or waits), and a killed holder leaves no stale lock."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from claimcheck.nightly.errors import LockHeldError, NightlyError
from claimcheck.nightly.lock import job_lock


def test_second_holder_is_refused_with_the_holder_named(tmp_path: Path) -> None:
    lock = tmp_path / "h.sqlite.lock"
    with job_lock(lock):
        with pytest.raises(LockHeldError) as err:
            with job_lock(lock):
                pass
        assert f"pid {os.getpid()}" in str(err.value)
        assert "lock_timeout" in str(err.value)
    with job_lock(lock):  # released on exit
        pass


def test_waits_up_to_the_timeout(tmp_path: Path) -> None:
    lock = tmp_path / "l.lock"
    held, release = threading.Event(), threading.Event()

    def hold() -> None:
        with job_lock(lock):
            held.set()
            release.wait(5)

    t = threading.Thread(target=hold)
    t.start()
    held.wait(5)
    with pytest.raises(LockHeldError, match="after waiting 0.1 s"):
        with job_lock(lock, timeout=0.1, poll=0.01):
            pass
    threading.Timer(0.05, release.set).start()
    with job_lock(lock, timeout=5, poll=0.01):
        acquired = True
    t.join()
    assert acquired


def test_a_killed_holder_releases_the_lock(tmp_path: Path) -> None:
    lock = tmp_path / "k.lock"
    ready = tmp_path / "ready"
    code = (
        "import sys, time, pathlib\n"
        "from claimcheck.nightly.lock import job_lock\n"
        f"with job_lock(pathlib.Path({str(lock)!r})):\n"
        f"    pathlib.Path({str(ready)!r}).write_text('x')\n"
        "    time.sleep(30)\n"
    )
    proc = subprocess.Popen([sys.executable, "-c", code])
    try:
        deadline = time.monotonic() + 20
        while not ready.exists() and time.monotonic() < deadline:
            time.sleep(0.02)
        assert ready.exists()
        with pytest.raises(LockHeldError, match=f"pid {proc.pid}"):
            with job_lock(lock):
                pass
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    with job_lock(lock):
        pass


def test_unwritable_lock_folder(tmp_path: Path) -> None:
    if os.geteuid() == 0:
        pytest.skip("root ignores file permissions")
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(NightlyError, match="cannot create the lock file"):
            with job_lock(folder / "x.lock"):
                pass
    finally:
        folder.chmod(0o700)
