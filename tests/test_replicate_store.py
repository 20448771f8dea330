"""The run store and executor: atomic results, resume after kill -9, refusal of a changed
configuration, corrupt results recomputed."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from replicate.errors import FatalCellError, StoreError
from replicate.executor import LocalExecutor, by_seed
from replicate.model import Cell, CellResult
from replicate.store import RunStore

CELLS = [Cell("p", "t", "m", "none", f"task{i}", 1) for i in range(6)]

WORKER = r"""
import sys, time
from pathlib import Path
from replicate.executor import LocalExecutor
from replicate.model import Cell, CellResult
from replicate.store import RunStore
root, log = Path(sys.argv[1]), Path(sys.argv[2])
cells = [Cell("p", "t", "m", "none", f"task{i}", 1) for i in range(6)]
store = RunStore(root)
store.open("p", "t", "fp1", {}, resume=True)
def fn(cell):
    with log.open("a") as fh:
        fh.write(cell.target + "\n")
    time.sleep(float(sys.argv[3]))
    return CellResult(cell, "accuracy", {"xa": 50.0}, None, "fp1", 0.0)
LocalExecutor().run(cells, fn, store)
"""


def fake(cell: Cell) -> CellResult:
    return CellResult(cell, "accuracy", {"xa": float(len(cell.target))}, 1.0, "fp1", 0.01)


def test_results_round_trip_and_resume(tmp_path: Path) -> None:
    store = RunStore(tmp_path / "run")
    store.open("p", "t", "fp1", {}, resume=False)
    LocalExecutor().run(CELLS[:3], fake, store)
    calls: list[Cell] = []
    LocalExecutor().run(CELLS, lambda c: calls.append(c) or fake(c), store)
    assert calls == CELLS[3:]
    assert {r.cell for r in store.results()} == set(CELLS)
    assert not list((tmp_path / "run").rglob("*.tmp"))


def test_changed_configuration_is_refused(tmp_path: Path) -> None:
    store = RunStore(tmp_path / "run")
    store.open("p", "t", "fp1", {}, resume=False)
    LocalExecutor().run(CELLS[:1], fake, store)
    with pytest.raises(StoreError, match="results would be mixed"):
        RunStore(tmp_path / "run").open("p", "t", "fp2", {}, resume=True)
    with pytest.raises(StoreError, match="--resume"):
        RunStore(tmp_path / "run").open("p", "t", "fp1", {}, resume=False)


def test_corrupt_result_is_recomputed_with_a_warning(tmp_path: Path) -> None:
    store = RunStore(tmp_path / "run")
    store.open("p", "t", "fp1", {}, resume=False)
    LocalExecutor().run(CELLS[:2], fake, store)
    store.path(CELLS[0]).write_text("{half a json")
    calls: list[Cell] = []
    LocalExecutor().run(CELLS[:2], lambda c: calls.append(c) or fake(c), store)
    assert calls == [CELLS[0]]
    assert any("unreadable result" in w for w in store.warnings)


def test_kill_9_mid_run_then_resume_never_recomputes(tmp_path: Path) -> None:
    root, log = tmp_path / "run", tmp_path / "log"
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parent.parent))
    proc = subprocess.Popen([sys.executable, "-c", WORKER, str(root), str(log), "0.3"], env=env)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and len(list(root.glob("cells/**/*.json"))) < 2:
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    finished = {json.loads(p.read_text())["cell"]["target"] for p in root.glob("cells/**/*.json")}
    assert 2 <= len(finished) < 6
    log.write_text("")
    subprocess.run([sys.executable, "-c", WORKER, str(root), str(log), "0"], env=env, check=True)
    rerun = set(log.read_text().split())
    assert rerun.isdisjoint(finished)  # no finished cell recomputed
    assert rerun | finished == {c.target for c in CELLS}


def flaky(cell: Cell) -> CellResult:
    """A module-level cell function (worker processes must be able to import it)."""
    if cell.target == "task3":
        raise ValueError("task3's data set is unavailable")
    return fake(cell)


def test_a_failing_cell_is_recorded_and_the_others_go_on(tmp_path: Path) -> None:
    store = RunStore(tmp_path / "run")
    store.open("p", "t", "fp1", {}, resume=False)
    outcome = LocalExecutor().run(CELLS, flaky, store)
    assert len(outcome.done) == 5 and [c.target for c, _ in outcome.failed] == ["task3"]
    assert [(c.target, "unavailable" in e) for c, e in store.failures()] == [("task3", True)]
    LocalExecutor().run(CELLS, fake, store)  # the next run retries it, and the record goes
    assert store.failures() == [] and len(store.results()) == 6


def test_parallel_workers_store_every_cell_by_seed(tmp_path: Path) -> None:
    cells = [Cell("p", "t", "m", "none", f"task{i}", seed) for i in range(3) for seed in (1, 2)]
    assert by_seed(cells, 2) == [[c for c in cells if c.seed == 1], [c for c in cells if c.seed == 2]]
    store = RunStore(tmp_path / "run")
    store.open("p", "t", "fp1", {}, resume=False)
    seen: list[int] = []
    outcome = LocalExecutor(jobs=2).run(cells + [Cell("p", "t", "m", "none", "task3", 1)], flaky, store,
                                        lambda done, total, cell: seen.append(done))
    assert {r.cell for r in outcome.done} == set(cells) and len(outcome.failed) == 1
    assert seen[-1] == 7 and {r.cell for r in store.results()} == set(cells)


def test_fatal_errors_stop_the_run(tmp_path: Path) -> None:
    store = RunStore(tmp_path / "run")
    store.open("p", "t", "fp1", {}, resume=False)

    def no_model(cell: Cell) -> CellResult:
        raise FatalCellError("cannot load the model")

    with pytest.raises(FatalCellError):
        LocalExecutor().run(CELLS, no_model, store)
    assert store.results() == [] and store.failures() == []
