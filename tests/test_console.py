"""Piped output is never wrapped or cut, whatever the path length or COLUMNS."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def test_piped_error_names_a_long_path_on_one_line(tmp_path: Path) -> None:
    deep = tmp_path / ("a-very-long-folder-name-" * 6) / "absent.toml"
    env = {"PATH": "/usr/bin:/bin", "HF_HUB_OFFLINE": "1"}  # COLUMNS unset on purpose
    proc = subprocess.run(
        [sys.executable, "-m", "replicate.cli", "--spec", str(deep), "plan"],
        capture_output=True, text=True, env=env, timeout=120,
    )
    assert proc.returncode == 2
    lines = proc.stderr.splitlines()
    assert any(str(deep) in line for line in lines), proc.stderr


def test_piped_console_keeps_long_lines_whole(capsys: object) -> None:
    from claimcheck.console import make_console

    text = "x" * 300 + " " + "y" * 300
    make_console().print(text, highlight=False)
    out = capsys.readouterr().out  # type: ignore[attr-defined]
    assert out.rstrip("\n") == text
