"""The Slurm driver's logic without a cluster: jobs shaped like the work, a driver that can
die and be resumed, failures that mean something, time limits from the plan's numbers.
Slurm is a fake client here that runs submitted jobs in this process when asked for their
states; tests/test_replicate_slurm_real.py runs the same driver against a real Slurm."""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from pathlib import Path

import pytest

from replicate.cli import main
from replicate.errors import FatalCellError, NotAvailableOffline, SpecError
from replicate.model import Cell, CellResult
from replicate.plan import estimate, grid, job_hours
from replicate.slurm import (
    GroupJob,
    JobPlan,
    JobsFile,
    JobState,
    SlurmExecutor,
    parse_squeue,
    plan_jobs,
    require_submitit,
    status,
    timeout_min,
)
from replicate.spec import load_spec
from replicate.store import RunStore

SPEC = load_spec("phang2020")
MICRO = SPEC.tier("micro")
CELLS = grid(SPEC, MICRO)


class FakeCells:
    """A cell function with a CellRunner's settings: a result in no time, and a log of what
    was trained (encoders, intermediate encoders) and which cells ran."""

    paper, tier, spec_path = "phang2020", "micro", None

    def __init__(self, run: Path, fail: str = "", fatal: str = "") -> None:
        self.run, self.fail, self.fatal = run, fail, fatal
        self.log: list[str] = []

    def encoder(self, model: str, seed: int) -> int:
        self.log.append(f"encoder {model} {seed}")
        return 10

    def __call__(self, cell: Cell) -> CellResult:
        if cell.target == self.fatal:
            raise NotAvailableOffline("no model to load")
        self.log.append(f"cell {cell.key}")
        if cell.target == self.fail:
            raise ValueError(f"{cell.target}'s data set is unavailable")
        art = self.run / "artifacts" / f"{cell.model}-{cell.intermediate}-{cell.seed}"
        steps = {}
        if cell.intermediate != "none" and not art.exists():
            art.parent.mkdir(parents=True, exist_ok=True)
            art.write_text("trained")
            self.log.append(f"intermediate {cell.model} {cell.intermediate} {cell.seed}")
            steps["intermediate"] = 5
        return CellResult(cell, "accuracy", {"en": 50.0, "de": float(cell.seed)}, None, MICRO.fingerprint, 0.0, steps)


class FakeSlurm:
    """Submitted jobs wait until ``states`` is asked; then each whose dependencies completed
    runs to its end (COMPLETED or FAILED). Job ids in ``lose`` vanish instead of running.
    Like a cluster without accounting, ``find`` knows only the jobs ``states`` knows."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.jobs: dict[str, tuple[GroupJob, JobPlan, list[str]]] = {}
        self.state: dict[str, str] = {}
        self.params: dict[str, dict[str, object]] = {}
        self.cancelled: list[str] = []
        self.lose: set[str] = set()
        self.lose_keys: set[str] = set()
        self.hold = False  # run nothing (a cluster that is busy)
        self.names: dict[str, str] = {}

    def submit(self, fn: GroupJob, job: JobPlan, parameters: dict[str, object], after: Sequence[str]) -> str:
        job_id = str(100 + len(self.jobs))
        self.names[job_id] = str(parameters["name"])
        self.jobs[job_id] = (fn, job, list(after))
        self.state[job_id] = "PENDING"
        self.params[job_id] = parameters
        if job.key in self.lose_keys:
            self.lose.add(job_id)
        return job_id

    def states(self, job_ids: Sequence[str], names: Sequence[str] = ()) -> dict[str, JobState]:
        if not self.hold:  # one wave: the jobs that could start now run to their end
            ready = [j for j, (_, _, after) in self.jobs.items()
                     if self.state.get(j) == "PENDING" and all(self.state.get(a) == "COMPLETED" for a in after)]
            for job_id in ready:
                fn, job, after = self.jobs[job_id]
                if job_id in self.lose:
                    del self.state[job_id]
                    continue
                try:
                    fn(job, job_id, self.names[job_id])
                    self.state[job_id] = "COMPLETED"
                except Exception:
                    self.state[job_id] = "FAILED"
        out = {}
        for j in [*job_ids, *(j for j, name in self.names.items() if name in names)]:
            if j in self.state:
                after = self.jobs[j][2]
                never = self.state[j] == "PENDING" and any(self.state.get(a) in ("FAILED", "CANCELLED", None) for a in after)
                out[j] = JobState(self.state[j], "DependencyNeverSatisfied" if never else "", self.names[j])
        return out

    def find(self, names: Sequence[str], since: float) -> dict[str, JobState]:
        return self.states([], names)

    def cancel(self, job_ids: Sequence[str]) -> None:
        for j in job_ids:
            if self.state.get(j) == "PENDING" or self.state.get(j) == "RUNNING":
                self.state[j] = "CANCELLED"
                self.cancelled.append(j)

    def logs(self, job_id: str) -> tuple[Path, Path]:
        return self.folder / f"{job_id}_0_log.out", self.folder / f"{job_id}_0_log.err"


def _store(tmp_path: Path) -> RunStore:
    store = RunStore(tmp_path / "run")
    store.open("phang2020", "micro", MICRO.fingerprint, {"tier": "micro", "spec_path": None}, resume=False)
    return store


def _executor(slurm: FakeSlurm, **kw: object) -> SlurmExecutor:
    return SlurmExecutor({"slurm_partition": "cpu"}, client=lambda folder: slurm, poll_s=0, **kw)  # type: ignore[arg-type]


def test_one_job_per_encoder_intermediate_and_seed_after_its_encoder() -> None:
    jobs = plan_jobs(CELLS, SPEC, MICRO)
    encoders = [j for j in jobs if j.intermediate is None]
    cells = [j for j in jobs if j.intermediate is not None]
    # micro: 2 seeds × (the pretrained encoder's 5 intermediates + the random control's "none")
    assert len(encoders) == 2 and len(cells) == 12
    listed = [c.key for j in cells for c in j.cells]
    assert sorted(listed) == sorted(c.key for c in CELLS)  # every cell in exactly one job
    for j in cells:
        assert {(c.model, c.intermediate, c.seed) for c in j.cells} == {(j.model, j.intermediate, j.seed)}
        assert j.after == ((f"encoder/pretrained/seed{j.seed}",) if j.model == "pretrained" else ())
    assert jobs.index(encoders[-1]) < jobs.index(cells[0])  # encoders are submitted first


def test_job_time_limits_and_the_plan_estimate_come_from_the_same_hours() -> None:
    for name in ("paper", "base"):
        tier = SPEC.tier(name)
        jobs = plan_jobs(grid(SPEC, tier), SPEC, tier)
        est = estimate(SPEC, tier)
        assert est is not None and len(jobs) == len(tier.intermediates) * len(tier.seeds)
        assert sum(j.hours or 0 for j in jobs) == pytest.approx(est.gpu_hours)
        longest = max(jobs, key=lambda j: j.hours or 0)
        assert timeout_min(longest) >= longest.hours * 60  # type: ignore[operator]
        assert job_hours(SPEC, tier, "none", []) == 0
    assert all(timeout_min(j) == 60 for j in plan_jobs(CELLS, SPEC, MICRO))  # synthetic tiers are not estimated


def test_missing_submitit_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "submitit", None)  # as if it were not installed
    with pytest.raises(SpecError, match=r"pip install 'claimcheck\[slurm\]'"):
        require_submitit()
    with pytest.raises(SpecError, match="claimcheck"):
        SlurmExecutor({})


def test_a_run_trains_every_encoder_once_and_stores_every_cell(tmp_path: Path) -> None:
    store, slurm = _store(tmp_path), FakeSlurm(tmp_path / "logs")
    fn = FakeCells(store.root)
    outcome = _executor(slurm).run(CELLS, fn, store)
    assert not outcome.failed and len(outcome.done) == len(CELLS) == len(store.results())
    assert len(slurm.jobs) == 14
    trained = [x for x in fn.log if not x.startswith("cell ")]
    assert len(trained) == len(set(trained)) == 2 + 2 * 4  # 2 MLM encoders, 4 intermediates per seed
    encoder_ids = {job.key: j for j, (_, job, _) in slurm.jobs.items() if job.intermediate is None}
    for job_id, (_, job, after) in slurm.jobs.items():
        if job.model == "pretrained" and job.intermediate is not None:
            assert after == [encoder_ids[f"encoder/pretrained/seed{job.seed}"]]
        assert slurm.params[job_id]["slurm_partition"] == "cpu" and slurm.params[job_id]["timeout_min"] == 60
        assert slurm.params[job_id]["cpus_per_task"] == MICRO.threads
    record = JobsFile.load(store.root)
    assert set(record.jobs) == {j.key for j in plan_jobs(CELLS, SPEC, MICRO)}


def test_a_killed_driver_resumes_reattaching_and_never_resubmits_a_finished_cell(tmp_path: Path) -> None:
    store, slurm = _store(tmp_path), FakeSlurm(tmp_path / "logs")
    fn = FakeCells(store.root)
    slurm.hold = True
    ex = _executor(slurm)
    from replicate.slurm import Driver

    first = Driver(ex, CELLS, fn, store, SPEC, MICRO, None)
    assert first.step()  # everything submitted, nothing run: then the driver dies
    submitted = dict(JobsFile.load(store.root).jobs)
    assert len(submitted) == 14
    slurm.hold = False
    some = [j for j, (_, job, _) in slurm.jobs.items() if job.intermediate is None or job.intermediate == "none"]
    for j in some:  # while no driver watches, some jobs end; one is lost
        fn_, job, _ = slurm.jobs[j]
        fn_(job, j)
        slurm.state[j] = "COMPLETED"
    lost = next(j for j, (_, job, _) in slurm.jobs.items() if job.intermediate == "syn-qa")
    del slurm.state[lost]
    ran_before = [x for x in fn.log if x.startswith("cell ")]

    outcome = _executor(slurm).run(CELLS, fn, store)  # replicate run --resume
    assert not outcome.failed and len(store.results()) == len(CELLS)
    resubmitted = [job.key for j, (_, job, _) in slurm.jobs.items() if int(j) >= 114]
    assert resubmitted == [slurm.jobs[lost][1].key]  # only the lost job, the others were reattached
    ran = [x for x in fn.log if x.startswith("cell ")]
    assert len(ran) == len(set(ran)) == len(CELLS) and set(ran_before) <= set(ran)  # no cell ran twice
    record = JobsFile.load(store.root)
    assert record.jobs[slurm.jobs[lost][1].key].earlier == [lost]
    assert record.parameters == {"slurm_partition": "cpu"}


def test_a_lost_job_is_resubmitted_up_to_the_cap_then_its_cells_are_failed(tmp_path: Path) -> None:
    store, slurm = _store(tmp_path), FakeSlurm(tmp_path / "logs")
    slurm.lose_keys = {"cells/pretrained/syn-mc/seed1"}
    outcome = _executor(slurm, max_attempts=2).run(CELLS, FakeCells(store.root), store)
    failed = {c.key: why for c, why in outcome.failed}
    assert len(failed) == 5 and all(c.intermediate == "syn-mc" and c.seed == 1 for c, _ in outcome.failed)
    assert all("2 attempts" in why and "_0_log.err" in why for why in failed.values())
    assert len(store.results()) == len(CELLS) - 5
    assert sum(1 for _, job, _ in slurm.jobs.values() if job.key == "cells/pretrained/syn-mc/seed1") == 2


def test_a_cell_that_fails_for_its_data_is_recorded_and_the_others_go_on(tmp_path: Path) -> None:
    store, slurm = _store(tmp_path), FakeSlurm(tmp_path / "logs")
    outcome = _executor(slurm).run(CELLS, FakeCells(store.root, fail="syn-pos"), store)
    assert {c.target for c, _ in outcome.failed} == {"syn-pos"}
    assert all("data set is unavailable" in why for _, why in outcome.failed)
    assert len(store.results()) == len(CELLS) - len(outcome.failed)
    assert len(slurm.jobs) == 14  # a job that ended well is not resubmitted for its failed cell
    states = {s.cell.key: s for s in status(store.root, slurm)}  # type: ignore[arg-type]
    pos = [s for s in states.values() if s.cell.target == "syn-pos"]
    assert pos and all(s.state == "failed" and s.job_id and "unavailable" in s.error for s in pos)


def test_an_error_every_cell_would_meet_stops_the_run_and_cancels_its_jobs(tmp_path: Path) -> None:
    store, slurm = _store(tmp_path), FakeSlurm(tmp_path / "logs")
    with pytest.raises(FatalCellError, match="no model to load") as err:
        _executor(slurm).run(CELLS, FakeCells(store.root, fatal="syn-topic"), store)
    assert "_0_log.err" in str(err.value)
    assert slurm.cancelled  # the jobs still queued were cancelled
    assert json.loads((store.root / "slurm" / "fatal.json").read_text())["error"] == "no model to load"


def test_status_lists_cells_with_job_ids_and_logs(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    store, slurm = _store(tmp_path), FakeSlurm(tmp_path / "logs")
    slurm.hold = True
    from replicate.slurm import Driver

    Driver(_executor(slurm), CELLS, FakeCells(store.root), store, SPEC, MICRO, None).step()
    first = next(j for j, (_, job, _) in slurm.jobs.items() if job.intermediate == "none")
    slurm.state[first] = "RUNNING"
    cells = status(store.root, slurm)  # type: ignore[arg-type]
    assert len(cells) == len(CELLS)
    assert {c.state for c in cells} == {"queued", "running"}
    running = [c for c in cells if c.state == "running"]
    assert running and all(c.job_id == first and c.log.endswith(f"{first}_0_log.out") for c in running)
    # The command line, on a machine without Slurm's commands: states of unfinished cells unknown.
    code = main(["status", str(store.root)])
    out = capsys.readouterr().out
    assert code == 0 and f"of {len(CELLS)} cells" in out and "Traceback" not in out


def test_squeue_lines_are_parsed() -> None:
    assert parse_squeue("12|RUNNING|None\n13|PENDING|DependencyNeverSatisfied\n\n") == {
        "12": JobState("RUNNING", "None"), "13": JobState("PENDING", "DependencyNeverSatisfied")}


def test_an_unreadable_job_record_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "slurm").mkdir()
    (tmp_path / "slurm" / "jobs.json").write_text("{not json")
    with pytest.raises(SpecError, match="unreadable record of Slurm jobs"):
        JobsFile.load(tmp_path)


def test_plan_says_what_slurm_would_submit(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["plan", "--tier", "paper"]) == 0
    out = capsys.readouterr().out
    assert "on Slurm (--executor slurm): 33 jobs" in out and "9 target cell(s)" in out
    assert main(["plan", "--tier", "micro"]) == 0
    assert "14 jobs — 2 encoder job(s), then 12" in capsys.readouterr().out


def test_a_preempted_job_is_requeued_as_itself_and_skips_what_it_stored(tmp_path: Path) -> None:
    submitit = pytest.importorskip("submitit")
    store = _store(tmp_path)
    fn = FakeCells(store.root)
    job = next(j for j in plan_jobs(CELLS, SPEC, MICRO) if j.intermediate == "syn-nli")
    group = GroupJob(fn, str(store.root))
    again = group.checkpoint(job, "7")  # what submitit calls on preemption or time-out
    assert isinstance(again, submitit.helpers.DelayedSubmission)
    assert again.function is group and again.args == (job, "7")
    store.save(fn(job.cells[0]))  # the first cell was stored before the job was preempted
    fn.log.clear()
    again.result()  # the requeued job
    assert fn.log == [f"cell {c.key}" for c in job.cells[1:]]  # the intermediate encoder was stored: not retrained


def test_no_slurm_here_is_one_line_before_any_run_directory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))  # no sbatch, squeue, scancel
    assert main(["run", "--executor", "slurm", "--run-dir", str(tmp_path / "run"), "-q"]) == 2
    err = capsys.readouterr().err
    assert ("sbatch is not on PATH" in err or "claimcheck[slurm]" in err) and "Traceback" not in err
    assert not (tmp_path / "run").exists()


def test_errors_every_cell_would_meet_are_told_from_a_cells_own() -> None:
    from replicate.errors import TaskDataError
    from replicate.slurm import _is_fatal

    class OutOfMemoryError(RuntimeError):  # torch.cuda.OutOfMemoryError's name, without a GPU
        pass

    assert "out of GPU memory" in (_is_fatal(OutOfMemoryError("CUDA out of memory. Tried to allocate 2 GiB")) or "")
    assert _is_fatal(NotAvailableOffline("no model")) == "no model"
    assert _is_fatal(SpecError("bad spec")) == "bad spec"
    assert _is_fatal(TaskDataError("ccg needs CCGbank")) is None
    assert _is_fatal(ValueError("a malformed row")) is None


# ----------------------------------------------------------------------------- a driver killed inside a submission

# One seed, two intermediates: an encoder job and three cells jobs, 4 jobs (the kill points grow with them).
FEW = [c for c in CELLS if c.seed == 1 and c.intermediate in ("none", "syn-nli")]


class Killed(BaseException):
    """SIGKILL of the driver: a BaseException, so that no ``except Exception`` on the way survives it."""


class KillingSlurm(FakeSlurm):
    """A FakeSlurm whose driver dies at the ``kill_at``-th point of submission (counting from 0):
    a save of jobs.json, an sbatch that has not reached Slurm, an sbatch that has (the job
    exists, its id never returns). ``kill_at`` None: nobody dies; ``points`` counts them."""

    def __init__(self, folder: Path) -> None:
        super().__init__(folder)
        self.kill_at: int | None = None
        self.points = 0
        self.killed = ""

    def tick(self, what: str) -> None:
        if self.kill_at is not None and self.points == self.kill_at:
            self.kill_at, self.killed = None, what
            raise Killed(what)
        self.points += 1

    def submit(self, fn: GroupJob, job: JobPlan, parameters: dict[str, object], after: Sequence[str]) -> str:
        self.tick(f"sbatch of {job.key} before Slurm has the job")
        job_id = super().submit(fn, job, parameters, after)
        self.tick(f"sbatch of {job.key} after Slurm has job {job_id}")
        return job_id


@pytest.fixture
def killing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> KillingSlurm:
    slurm = KillingSlurm(tmp_path / "logs")
    save = JobsFile.save

    def dying_save(self: JobsFile) -> None:  # a kill during the atomic write leaves the file as it was
        slurm.tick("save of jobs.json")
        save(self)

    monkeypatch.setattr(JobsFile, "save", dying_save)
    return slurm


def _jobs_per_key(slurm: FakeSlurm) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for job_id, (_, job, _) in slurm.jobs.items():
        out.setdefault(job.key, []).append(job_id)
    return out


def _drive(slurm: KillingSlurm, fn: FakeCells, store: RunStore, kill_at: int | None) -> str:
    """One driver run to its end or its death; what killed it ("" if nothing)."""
    slurm.kill_at, slurm.killed, slurm.points = kill_at, "", 0
    try:
        _executor(slurm).run(FEW, fn, store)
    except Killed:
        pass
    return slurm.killed


def test_the_points_of_submission_are_a_save_before_sbatch_and_one_after(tmp_path: Path, killing: KillingSlurm) -> None:
    store = _store(tmp_path)
    assert _drive(killing, FakeCells(store.root), store, None) == ""
    # the record's first save, then per job: its name saved, sbatch (before, after Slurm has the job), its id saved
    assert killing.points == 1 + 4 * len(plan_jobs(FEW, SPEC, MICRO)) == 17
    names = [killing.names[j] for j in killing.jobs]
    assert len(set(names)) == len(names) == 4
    tag = JobsFile.load(store.root).tag
    assert all(n.startswith("micro-") and n.endswith(f".{tag}.1") for n in names)


def test_a_driver_killed_at_any_point_of_submission_resumes_with_one_job_per_key(
        tmp_path: Path, killing: KillingSlurm) -> None:
    keys = {p.key for p in plan_jobs(FEW, SPEC, MICRO)}
    seen = set()
    for kill_at in range(17):
        run = tmp_path / f"kill{kill_at}"
        store, fn = _store(run), FakeCells(run / "run")
        killing.jobs.clear(), killing.state.clear(), killing.names.clear()
        killing.hold = True  # nothing runs while the first driver submits
        seen.add(_drive(killing, fn, store, kill_at).split(" of ")[0])
        killing.hold = False
        _drive(killing, fn, store, kill_at)  # the resume dies too, at the same count of its own points
        assert _drive(killing, fn, store, None) == ""  # the last resume runs to its end
        per_key = _jobs_per_key(killing)
        assert set(per_key) == keys and all(len(ids) == 1 for ids in per_key.values()), (kill_at, per_key)
        assert all(killing.state[ids[0]] == "COMPLETED" for ids in per_key.values())
        record = JobsFile.load(store.root)
        assert {k: r.job_id for k, r in record.jobs.items()} == {k: ids[0] for k, ids in per_key.items()}
        assert len(store.results()) == len(FEW)
        ran = [x for x in fn.log if x.startswith("cell ")]
        assert len(ran) == len(set(ran)) == len(FEW), kill_at  # no cell ran twice
    assert seen == {"save", "sbatch"}  # every kind of point was met


def test_a_job_slurm_has_forgotten_is_found_by_its_done_record(tmp_path: Path, killing: KillingSlurm) -> None:
    store, fn = _store(tmp_path), FakeCells(tmp_path / "run")
    killing.hold = True
    assert _drive(killing, fn, store, 3) == "sbatch of encoder/pretrained/seed1 after Slurm has job 100"
    assert JobsFile.load(store.root).jobs["encoder/pretrained/seed1"].job_id == ""  # the id was never saved
    fn_, job, _ = killing.jobs["100"]
    fn_(job, "100", killing.names["100"])  # it ran while no driver watched, and left Slurm's memory
    del killing.state["100"]
    killing.hold = False
    assert _drive(killing, fn, store, None) == ""
    assert _jobs_per_key(killing)["encoder/pretrained/seed1"] == ["100"]  # not submitted again
    assert JobsFile.load(store.root).jobs["encoder/pretrained/seed1"].job_id == "100"
    assert fn.log.count("encoder pretrained 1") == 1 and len(store.results()) == len(FEW)


def test_a_dead_drivers_sbatch_that_lands_after_the_resume_is_cancelled(tmp_path: Path, killing: KillingSlurm) -> None:
    from replicate.slurm import Driver

    store, fn = _store(tmp_path), FakeCells(tmp_path / "run")
    killing.hold = True
    assert _drive(killing, fn, store, 2) == "sbatch of encoder/pretrained/seed1 before Slurm has the job"
    name = JobsFile.load(store.root).jobs["encoder/pretrained/seed1"].name
    resumed = Driver(_executor(killing), FEW, fn, store, SPEC, MICRO, None)
    assert resumed.step()  # no job of that name: submitted again, under the same name
    again = resumed.record.jobs["encoder/pretrained/seed1"].job_id
    assert killing.names[again] == name
    plan = resumed.by_key["encoder/pretrained/seed1"]
    late = FakeSlurm.submit(killing, resumed.job, plan, {"name": name}, [])  # the dead driver's sbatch, late
    assert resumed.step()
    assert killing.cancelled == [late] and killing.state[again] == "PENDING"
    killing.hold = False
    while resumed.step():
        pass
    per_key = _jobs_per_key(killing)
    assert per_key["encoder/pretrained/seed1"] == [again, late]
    assert [killing.state[j] for j in per_key["encoder/pretrained/seed1"]] == ["COMPLETED", "CANCELLED"]
    assert fn.log.count("encoder pretrained 1") == 1 and len(store.results()) == len(FEW)


def test_status_shows_the_job_of_a_submission_whose_id_was_never_saved(tmp_path: Path, killing: KillingSlurm) -> None:
    store, fn = _store(tmp_path), FakeCells(tmp_path / "run")
    killing.hold = True
    assert _drive(killing, fn, store, 7).startswith("sbatch of cells/pretrained/none/seed1 after")
    lost_id = next(j for j, (_, job, _) in killing.jobs.items() if job.key == "cells/pretrained/none/seed1")
    cells = [c for c in status(store.root, killing) if c.cell.intermediate == "none" and c.cell.seed == 1
             and c.cell.model == "pretrained"]
    assert cells and all(c.state == "queued" and c.job_id == lost_id for c in cells)
