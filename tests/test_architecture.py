"""The architecture as checks: the import layers written in pyproject.toml
(``[tool.importlinter]``) and ``mypy --strict`` on replicate's spec, comparison, plan and
run modules. Each is skipped, with the reason printed, only where its tool is not installed."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
STRICT = ["replicate/spec.py", "replicate/compare.py", "replicate/plan.py", "replicate/run.py"]


def _needs(module: str, package: str) -> None:
    if importlib.util.find_spec(module) is None:
        reason = f"{package} is not installed (pip install -e '.[test]')"
        print(f"skipped: {reason}")
        pytest.skip(reason)


def test_import_layers_hold() -> None:
    _needs("importlinter", "import-linter")
    done = subprocess.run([sys.executable, "-c", "import sys; from importlinter.cli import lint_imports_command; "
                           "sys.exit(lint_imports_command())"],
                          cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-2000:]
    assert "0 broken" in done.stdout


def test_mypy_strict_on_the_replicate_core(tmp_path: Path) -> None:
    _needs("mypy", "mypy")
    done = subprocess.run([sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(tmp_path / "cache"), *STRICT],
                          cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-2000:]
