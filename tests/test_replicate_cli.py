"""replicate's command line: plan, report, and clear errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from replicate.cli import main
from replicate.executor import LocalExecutor
from replicate.model import NO_INTERMEDIATE, Cell, CellResult
from replicate.plan import grid
from replicate.spec import load_spec
from replicate.store import RunStore

SAMPLES = Path(__file__).parent.parent / "data" / "reports"


def test_plan_paper_tier_lists_grid_and_estimate(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["plan", "--tier", "paper"]) == 0
    out = capsys.readouterr().out
    assert "cells: 297" in out and "GPU-hours per seed" in out and "ASSUMED" in out
    assert "CCGbank" in out


def test_plan_from_reports(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["plan", "--tier", "micro", "--from", str(SAMPLES / "000_460cf5ff950926c3.txt")]) == 0
    out = capsys.readouterr().out
    for cid in ("squad-gain", "mnli-gain", "hellaswag-gain", "multi-task-gain", "xtreme-best-gain", "anli-size"):
        assert cid in out


def test_errors_exit_2_without_traceback(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["plan", "--tier", "gigantic"]) == 2
    assert main(["report", str(tmp_path / "nothing")]) == 2
    err = capsys.readouterr().err
    assert "unknown tier" in err and "not a run directory" in err and "Traceback" not in err


def test_report_of_a_run_directory(tmp_path: Path) -> None:
    spec = load_spec()
    tier = spec.tier("micro")
    store = RunStore(tmp_path / "run")
    store.open(spec.id, tier.name, tier.fingerprint, {}, resume=False)

    def fake(cell: Cell) -> CellResult:
        base = 30.0 if cell.model == "random" else 60.0
        bonus = {"syn-nli": 2.0, "syn-mc": -1.0, "syn-qa": 0.5 * (-1) ** cell.seed}.get(cell.intermediate, 0.0)
        return CellResult(cell, "accuracy", {"xa": base + bonus + cell.seed, "xb": base + bonus}, 90.0, tier.fingerprint, 0.5)

    LocalExecutor().run(grid(spec, tier), fake, store)
    assert main(["report", str(tmp_path / "run"), "--out", str(tmp_path / "out")]) == 0
    md = (tmp_path / "out" / "replication-phang2020-micro.md").read_text()
    first_paragraph = md.split("\n\n")[1]
    assert "cannot show the paper's magnitudes" in first_paragraph
    assert "| Intermediate-task training on MNLI" in md and "direction only" in md
    assert "random init" in md
    data = json.loads((tmp_path / "out" / "replication-phang2020-micro.json").read_text())
    decisions = {c["claim_id"]: c["decision"] for c in data["claims"]}
    assert decisions["mnli-gain"] == "direction only"
    assert decisions["hellaswag-gain"] == "not reproduced"
    assert decisions["squad-gain"] == "not reproduced"  # +0.5 in one seed, −0.5 in the other
    assert decisions["mnli-size"] == "not run"  # a synthetic tier counts no real data
    assert not any(c.intermediate == NO_INTERMEDIATE and c.model == "x" for c in grid(spec, tier))
