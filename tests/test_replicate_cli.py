"""replicate's command line: plan, report, and clear errors."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import jsonschema
import pytest

from replicate.cli import main
from replicate.errors import SpecError
from replicate.executor import LocalExecutor, executor_for, parse_parameters
from replicate.model import NO_INTERMEDIATE, Cell, CellResult
from replicate.plan import grid
from replicate.spec import load_spec
from replicate.store import RunStore
from tests.specfiles import spec_with_tier

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
    schema = json.loads((Path(__file__).parent.parent / "replicate" / "report.schema.json").read_text())
    jsonschema.validate(data, schema)
    with pytest.raises(jsonschema.ValidationError):  # the schema does constrain: a made-up decision fails it
        jsonschema.validate(data | {"claims": [data["claims"][0] | {"decision": "plausible"}]}, schema)
    decisions = {c["claim_id"]: c["decision"] for c in data["claims"]}
    assert decisions["mnli-gain"] == "direction only"
    assert decisions["hellaswag-gain"] == "not reproduced"
    assert decisions["squad-gain"] == "inconclusive"  # +0.5 in one seed, −0.5 in the other: no direction at 5%
    assert decisions["mnli-size"] == "not run"  # a synthetic tier counts no real data
    assert not any(c.intermediate == NO_INTERMEDIATE and c.model == "x" for c in grid(spec, tier))


TINY_TIER = """
[tiers.tiny]
description = "test tier: the synthetic benchmark at its smallest"
model = "tiny"
seeds = [1, 2]
encoders = ["pretrained", "random"]
intermediates = ["none", "syn-nli"]
control_intermediates = ["none"]
targets = ["syn-topic", "syn-pos", "syn-xqa"]
stand_ins = { mnli = "syn-nli" }
mean_over = "zero-shot"
threads = 1
[tiers.tiny.phases.pretrain]
learning_rate = 3e-3
batch_size = 16
max_length = 24
max_steps = 150
[tiers.tiny.phases.intermediate]
learning_rate = 3e-3
batch_size = 16
max_length = 64
max_steps = 20
[tiers.tiny.phases.target]
learning_rate = 3e-3
batch_size = 16
max_length = 64
max_steps = 20
[tiers.tiny.pretraining]
benchmark = "tiny"
[tiers.tiny.model_size]
hidden = 32
layers = 2
heads = 2
ffn = 64
"""


def tiny_spec(tmp_path: Path) -> Path:
    return spec_with_tier(tmp_path / "tiny.toml", TINY_TIER)


def test_kill_9_during_a_real_run_then_resume(tmp_path: Path) -> None:
    pytest.importorskip("torch")  # trains: skipped in CI's audit-only leg
    spec, run, out = tiny_spec(tmp_path), tmp_path / "run", tmp_path / "out"
    cmd = [sys.executable, "-m", "replicate.cli", "--spec", str(spec), "run", "--tier", "tiny", "--jobs", "1",
           "--run-dir", str(run), "--out", str(out), "-q"]
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parent.parent))
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline and len(list(run.glob("cells/**/*.json"))) < 2 and proc.poll() is None:
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    first = {p: p.stat().st_mtime_ns for p in run.glob("cells/**/*.json")}
    assert 2 <= len(first) < 18, "the run should have been killed part-way"  # 12 pretrained + 6 control cells
    for p in first:  # whatever the kill interrupted, every result file is whole
        json.loads(p.read_text())
    # A plain rerun into the same directory is refused; --resume continues it.
    again = subprocess.run(cmd, env=env, capture_output=True, text=True)
    assert again.returncode == 2 and "--resume" in again.stderr
    resumed = subprocess.run([*cmd[:-5], "--resume", str(run), "--out", str(out), "-q"], env=env, capture_output=True,
                             text=True, timeout=600)
    assert resumed.returncode == 0, resumed.stderr
    after = {p: p.stat().st_mtime_ns for p in run.glob("cells/**/*.json")}
    assert len(after) == 18 and all(after[p] == t for p, t in first.items())  # no finished cell recomputed
    report = (out / "replication-phang2020-tiny.md").read_text()
    assert "18 cells" in report and "What a tiny run can show" in report


def test_a_changed_configuration_is_refused_on_resume(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("torch")  # trains: skipped in CI's audit-only leg
    spec = tiny_spec(tmp_path)
    run = tmp_path / "run"
    store = RunStore(run)
    store.open("phang2020", "tiny", "0123456789abcdef", {}, resume=False)
    code = main(["--spec", str(spec), "run", "--tier", "tiny", "--resume", str(run), "-q"])
    assert code == 2 and "results would be mixed" in capsys.readouterr().err


def test_bad_spec_files_are_clear_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "broken.toml").write_text("id = [unclosed\n")
    assert main(["--spec", str(tmp_path / "broken.toml"), "plan"]) == 2
    assert main(["--spec", str(tmp_path / "absent.toml"), "plan"]) == 2
    err = capsys.readouterr().err
    assert "broken.toml" in err and "cannot be read" in err and "Traceback" not in err


def test_mirror_offline_says_what_it_could_not_fetch(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["mirror", "--tier", "base", "--data-dir", str(tmp_path / "d")])
    err = capsys.readouterr().err
    assert code == 1 and "not mirrored" in err and "mnli" in err and "Traceback" not in err
    assert main(["mirror", "--tier", "micro", "--data-dir", str(tmp_path / "d")]) == 2  # nothing to download


def test_slurm_parameters_are_parsed_and_checked() -> None:
    assert parse_parameters(["slurm_partition=gpu", "timeout_min=720"]) == {"slurm_partition": "gpu", "timeout_min": 720}
    with pytest.raises(SpecError, match="KEY=VALUE"):
        parse_parameters(["partition gpu"])


def test_executors_are_chosen_by_name() -> None:
    assert isinstance(executor_for("local", {"jobs": 2}), LocalExecutor)
    with pytest.raises(SpecError, match="at least 1"):
        executor_for("local", {"jobs": 0})
    with pytest.raises(SpecError, match="unknown executor 'cloud'"):
        executor_for("cloud", {})


def test_help_says_bare_replicate_runs_the_micro_tier(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    out = " ".join(capsys.readouterr().out.split())  # argparse wraps to the terminal's width
    assert "With no command, `replicate` is `replicate run`: the micro tier" in out


def test_a_run_writes_its_report_beside_not_over_the_bundled_sample() -> None:
    from replicate.cli import build_parser

    root = Path(__file__).resolve().parent.parent
    sample = root / "data" / "samples" / "replication-phang2020-micro.md"
    assert sample.is_file()  # the bundled sample lives apart from where runs write
    assert Path(build_parser().parse_args(["run"]).out).resolve() != sample.parent
    tracked = subprocess.run(["git", "ls-files", "reports"], cwd=root, capture_output=True, text=True).stdout.split()
    assert not [p for p in tracked if Path(p).name.startswith("replication-")]
