"""The shared helpers of claimcheck.util: one atomic write, one file-name cleaner, one
pluraliser, one clock."""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path

import pytest

from claimcheck.util.clock import now_iso
from claimcheck.util.files import atomic_write, current_umask, safe_name
from claimcheck.util.words import plural


def test_atomic_write_takes_text_and_bytes_and_honours_the_umask(tmp_path: Path) -> None:
    old = os.umask(0o027)
    try:
        assert current_umask() == 0o027
        atomic_write(tmp_path / "sub" / "a.txt", "héllo\n")
        atomic_write(tmp_path / "b.bin", b"\x00\x01")
    finally:
        os.umask(old)
    assert (tmp_path / "sub" / "a.txt").read_bytes() == "héllo\n".encode()
    assert (tmp_path / "b.bin").read_bytes() == b"\x00\x01"
    assert stat.S_IMODE((tmp_path / "b.bin").stat().st_mode) == 0o640


def test_a_failed_write_keeps_the_old_file_and_leaves_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "a.txt"
    atomic_write(target, "old")

    class Boom(str):
        def encode(self, *args: object, **kwargs: object) -> bytes:  # type: ignore[override]
            raise RuntimeError("killed mid-write")

    with pytest.raises(RuntimeError):
        atomic_write(target, Boom("new"))
    assert target.read_text() == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt"]


@pytest.mark.parametrize(
    "raw, expected",
    [("../../etc/passwd", "etc_passwd"), (".hidden", "hidden"), ("a b|c<d>.txt", "a_b_c_d_.txt"), ("...", "file"), ("", "file")],
)
def test_safe_name(raw: str, expected: str) -> None:
    assert safe_name(raw) == expected
    assert len(safe_name("x" * 500, 80)) == 80


def test_plural_and_clock() -> None:
    assert [plural(n, "claim") for n in (0, 1, 2)] == ["0 claims", "1 claim", "2 claims"]
    assert plural(2, "copy", "copies") == "2 copies"
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00", now_iso())
