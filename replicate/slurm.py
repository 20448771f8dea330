"""Running a tier on a Slurm cluster through submitit.

Jobs are shaped like the work: one job per (encoder, intermediate task, seed) trains and
stores the intermediate encoder once and then runs every target cell on it, so no encoder
is trained twice; on synthetic tiers, where the starting encoder is itself trained (MLM),
one job per (encoder, seed) trains it first and the others wait for it (``afterok``). Each
job writes its cells straight into the run store (atomic, one file per cell), so the
driver only submits and watches, and may die: the run directory records every submitted
job id (``slurm/jobs.json``), and ``replicate run --resume RUN_DIR`` reattaches to the jobs
still queued or running, resubmits those that failed or were lost (at most
``MAX_ATTEMPTS`` times per driver), and never resubmits a finished cell. A job that Slurm
preempts or times out is requeued by submitit and skips the cells and encoders already
stored.

A driver may die at any point of a submission, so each one is written down before it is
made: the job's Slurm name (``<tier>-<job>.<run tag>.<n>``, unique to the run, the job and
its n-th submission) goes into jobs.json first, then sbatch runs, then its id is saved. A
resume that finds a name without an id asks Slurm (squeue; sacct where accounting is on) and
the jobs' own records for a job of that name, and reattaches to it; only when there is none
did sbatch never get through, and it submits again under the same name. So a kill between
sbatch and the save no longer runs one job twice, and a kill before sbatch loses nothing.
Every poll also cancels any other live job that carries a recorded name (an sbatch of a dead
driver that landed late): one live job per key.

An error that would fail every cell (no model, a bad spec, out of GPU memory) is written
to ``slurm/fatal.json`` by the job that met it; the driver then cancels the run's jobs and
stops with that message. A cell's own failure (its data set unavailable) is recorded in
the store and its job goes on.

Slurm is reached through a small client (``SubmititClient``: sbatch via submitit, squeue,
scancel) so that the driver's logic is tested without a cluster, and the client with one.
"""

from __future__ import annotations

import getpass
import json
import logging
import math
import os
import shutil
import subprocess
import time
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from replicate.errors import FatalCellError, NotAvailableOffline, SpecError
from replicate.executor import CellFn, Report, RunOutcome, _one
from replicate.model import NO_INTERMEDIATE, Cell
from replicate.spec import PaperSpec, TierSpec, load_spec
from replicate.store import RunStore, atomic_write

INSTALL_HINT = "pip install 'claimcheck[slurm]'"
MAX_ATTEMPTS = 3  # submissions of one job per driver run before its cells are recorded as failed
TIME_MARGIN = 1.5  # a job's time limit over its estimated hours: the throughput is an estimate
TIME_FLOOR_MIN = 30  # start-up, data loading and checkpoint writing that the estimate leaves out
SYNTHETIC_TIMEOUT_MIN = 60  # synthetic tiers are timed, not estimated: minutes per job on a CPU
LIVE = {"PENDING", "RUNNING", "CONFIGURING", "COMPLETING", "REQUEUED", "REQUEUE_HOLD", "REQUEUE_FED",
        "RESIZING", "SUSPENDED", "SIGNALING", "STAGE_OUT", "STOPPED"}
NEVER = "DependencyNeverSatisfied"
SQUEUE_TRIES = 20  # squeue failures in a row before the driver gives up watching (the jobs go on)
# Encoders that synthetic tiers train and store before any cell reads them (SyntheticBackend:
# "pretrained" is MLM-trained per seed; "random" is drawn in an instant and stored nowhere).
TRAINED_ENCODERS = ("pretrained",)
log = logging.getLogger(__name__)


def require_submitit() -> Any:
    """submitit, or one line saying how to install it."""
    try:
        import submitit
    except ImportError:
        raise SpecError(f"the Slurm executor needs submitit, which is not installed: {INSTALL_HINT} "
                        "(or pip install submitit)") from None
    return submitit


def require_slurm_commands() -> None:
    for tool in ("sbatch", "squeue", "scancel"):
        if shutil.which(tool) is None:
            raise SpecError(f"--executor slurm: {tool} is not on PATH — run the driver on a machine of the cluster "
                            "(a login node)")


# ----------------------------------------------------------------------------- the jobs


@dataclass(frozen=True)
class JobPlan:
    """One Slurm job: an encoder to train (``cells`` empty) or an intermediate encoder and
    the target cells run on it."""

    key: str  # stable name inside the run: "encoder/pretrained/seed1", "cells/pretrained/syn-nli/seed1"
    model: str
    seed: int
    intermediate: str | None  # None: an encoder job
    cells: tuple[Cell, ...] = ()
    after: tuple[str, ...] = ()  # keys of the jobs this one waits for
    hours: float | None = None  # estimated GPU-hours (hub tiers); None where a tier is timed, not estimated

    @property
    def name(self) -> str:
        return self.key.replace("/", "-")


def _key(*parts: object) -> str:
    from replicate.model import safe_component

    return "/".join(safe_component(str(p)) for p in parts)


def plan_jobs(cells: Sequence[Cell], spec: PaperSpec, tier: TierSpec) -> list[JobPlan]:
    """The jobs of ``cells``, encoder jobs first, then one per (encoder, intermediate, seed)
    in the order the cells come."""
    from replicate.plan import job_hours

    groups: dict[tuple[str, str, int], list[Cell]] = {}
    for c in cells:
        groups.setdefault((c.model, c.intermediate, c.seed), []).append(c)
    encoders: dict[tuple[str, int], JobPlan] = {}
    if tier.synthetic:
        for model, _inter, seed in groups:
            if model in TRAINED_ENCODERS and (model, seed) not in encoders:
                encoders[(model, seed)] = JobPlan(_key("encoder", model, f"seed{seed}"), model, seed, None)
    jobs = list(encoders.values())
    for (model, inter, seed), group in groups.items():
        enc = encoders.get((model, seed))
        jobs.append(JobPlan(_key("cells", model, inter, f"seed{seed}"), model, seed, inter, tuple(group),
                            (enc.key,) if enc else (), job_hours(spec, tier, inter, [c.target for c in group])))
    return jobs


def timeout_min(job: JobPlan) -> int:
    """The job's time limit: its estimated hours with a margin, or the synthetic default."""
    if job.hours is None:
        return SYNTHETIC_TIMEOUT_MIN
    return max(TIME_FLOOR_MIN, math.ceil(job.hours * TIME_MARGIN * 60) + TIME_FLOOR_MIN)


def _paths(run_dir: Path) -> tuple[Path, Path, Path]:
    base = run_dir / "slurm"
    return base / "jobs.json", base / "fatal.json", base / "done"


def _is_fatal(exc: BaseException) -> str | None:
    """Why ``exc`` would fail every cell, or None when it is this cell's own problem."""
    if isinstance(exc, (FatalCellError, NotAvailableOffline, SpecError)):
        return str(exc)
    if type(exc).__name__ == "OutOfMemoryError" or "CUDA out of memory" in str(exc):
        return (f"out of GPU memory ({str(exc).splitlines()[0] if str(exc) else type(exc).__name__}): every cell "
                "of this shape would fail; use a larger GPU or a smaller batch")
    return None


def _log_phases() -> None:
    """The pipeline's phase lines ("phase 2: mnli on …") into the job's log, where a user
    reading it (and the real-Slurm test counting trainings) finds them."""
    log = logging.getLogger("replicate")
    if not log.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(message)s"))
        log.addHandler(handler)
        log.setLevel(logging.INFO)


@dataclass(frozen=True)
class GroupJob:
    """What a Slurm job runs: picklable (the cell function's settings and the run directory),
    checkpointable (submitit requeues it on preemption or time-out, and the rerun skips what
    is stored)."""

    fn: CellFn
    run_dir: str

    def __call__(self, job: JobPlan, job_id: str = "", job_name: str = "") -> dict[str, Any]:
        _log_phases()
        store = RunStore(Path(self.run_dir))
        job_id = job_id or os.environ.get("SLURM_JOB_ID", "")
        job_name = job_name or os.environ.get("SLURM_JOB_NAME", "")
        outcome = RunOutcome()
        try:
            summary: dict[str, Any]
            if job.intermediate is None:
                steps = self._guarded(job.model, job.seed, call=self.fn.encoder)  # type: ignore[attr-defined]
                summary = {"trained": [job.key] if steps else [], "done": [], "failed": []}
            else:
                for cell in job.cells:
                    if store.load(cell) is None:  # a requeued or resubmitted job skips what is stored
                        _one(cell, self._guarded, store, outcome)
                summary = {"trained": [], "done": [r.cell.key for r in outcome.done],
                           "failed": [c.key for c, _ in outcome.failed]}
        except FatalCellError as exc:
            _, fatal, _ = _paths(Path(self.run_dir))
            atomic_write(fatal, json.dumps({"job": job.key, "job_id": job_id, "error": str(exc)}, indent=1))
            raise
        _, _, done = _paths(Path(self.run_dir))
        # Its Slurm name lets a resume whose driver died before saving this job's id find it
        # even after Slurm has forgotten the job (no accounting, past MinJobAge).
        summary["name"] = job_name
        atomic_write(done / f"{job.name}.{job_id or 'local'}.json", json.dumps(summary, indent=1))
        return summary

    def _guarded(self, *args: Any, call: Callable[..., Any] | None = None) -> Any:
        try:
            return (call or self.fn)(*args)
        except Exception as exc:
            if (why := _is_fatal(exc)) is not None and not isinstance(exc, FatalCellError):
                raise FatalCellError(why) from exc
            raise

    def checkpoint(self, *args: Any, **kwargs: Any) -> Any:
        """submitit calls this on preemption or time-out: the same job again; what it stored
        (encoders, cells) is its checkpoint."""
        return require_submitit().helpers.DelayedSubmission(self, *args, **kwargs)


# ----------------------------------------------------------------------------- the record


@dataclass
class JobRecord:
    job_id: str  # "": a submission was begun under ``name`` and its id not yet saved
    driver: str  # the driver run that submitted it
    attempts: int = 1  # submissions by that driver run
    earlier: list[str] = field(default_factory=list)  # job ids it replaced
    name: str = ""  # its Slurm job name, unique to the run, the job and the submission ("" in older records)

    def to_json(self) -> dict[str, Any]:
        return {"job_id": self.job_id, "name": self.name, "driver": self.driver, "attempts": self.attempts,
                "earlier": self.earlier}


@dataclass
class JobsFile:
    """``<run>/slurm/jobs.json``: the submitit parameters and log folder of the run, its tag
    (in every job name, so that Slurm's jobs of this run are told from others), and the job
    of every key: its name written before sbatch, its id after. Rewritten atomically."""

    path: Path
    parameters: dict[str, object] = field(default_factory=dict)
    folder: str = ""
    jobs: dict[str, JobRecord] = field(default_factory=dict)
    tag: str = field(default_factory=lambda: uuid.uuid4().hex[:8])
    since: float = field(default_factory=time.time)  # when the tag was made: how far back sacct looks

    @classmethod
    def load(cls, run_dir: Path) -> JobsFile:
        path = _paths(run_dir)[0]
        try:
            raw = json.loads(path.read_text("utf-8"))
            jobs = {k: JobRecord(str(v["job_id"]), str(v.get("driver", "")), int(v.get("attempts", 1)),
                                 [str(x) for x in v.get("earlier", [])], str(v.get("name", "")))
                    for k, v in raw.get("jobs", {}).items()}
            out = cls(path, dict(raw.get("parameters", {})), str(raw.get("folder", "")), jobs)
            if raw.get("tag"):  # a record written before tags gets one now
                out.tag, out.since = str(raw["tag"]), float(raw.get("since", out.since))
            return out
        except FileNotFoundError:
            return cls(path)
        except (OSError, ValueError, TypeError, KeyError, AttributeError) as exc:
            raise SpecError(f"{path}: unreadable record of Slurm jobs ({exc}); the jobs it names may still run — "
                            "check squeue before starting again") from None

    def save(self) -> None:
        atomic_write(self.path, json.dumps({"parameters": self.parameters, "folder": self.folder, "tag": self.tag,
                                            "since": self.since,
                                            "jobs": {k: v.to_json() for k, v in self.jobs.items()}}, indent=1))


def recorded(run_dir: Path) -> bool:
    """Whether the run directory's cells were submitted to Slurm."""
    return _paths(run_dir)[0].exists()


# ----------------------------------------------------------------------------- Slurm


@dataclass(frozen=True)
class JobState:
    state: str  # PENDING, RUNNING, COMPLETED, FAILED, ...
    reason: str = ""
    name: str = ""  # the job's Slurm name


class SlurmClient(Protocol):
    def submit(self, fn: GroupJob, job: JobPlan, parameters: dict[str, object], after: Sequence[str]) -> str: ...

    def states(self, job_ids: Sequence[str], names: Sequence[str] = ()) -> dict[str, JobState]:
        """The jobs Slurm still knows of among ``job_ids`` or named one of ``names``; a job
        absent from the answer has left it."""
        ...

    def find(self, names: Sequence[str], since: float) -> dict[str, JobState]:
        """Every job named one of ``names`` submitted since ``since`` (epoch seconds), ended
        ones too where Slurm keeps accounting."""
        ...

    def cancel(self, job_ids: Sequence[str]) -> None: ...

    def logs(self, job_id: str) -> tuple[Path, Path]: ...


SQUEUE_FORMAT = "%i|%T|%r|%j"  # the name last: the one field a user could fill with anything


def parse_squeue(text: str) -> dict[str, JobState]:
    """``squeue -h -o %i|%T|%r|%j`` lines → job id → state (array tasks keep their ``_n``)."""
    out = {}
    for line in text.splitlines():
        parts = line.strip().split("|", 3)
        if len(parts) >= 2 and parts[0]:
            out[parts[0]] = JobState(parts[1], parts[2] if len(parts) > 2 else "", parts[3] if len(parts) > 3 else "")
    return out


def parse_sacct(text: str) -> dict[str, JobState]:
    """``sacct -n -P -X -o JobID,State,JobName`` lines → job id → state ("CANCELLED by 0"
    is CANCELLED)."""
    out = {}
    for line in text.splitlines():
        parts = line.strip().split("|", 2)
        if len(parts) == 3 and parts[0]:
            out[parts[0]] = JobState(parts[1].split(" ")[0], "", parts[2])
    return out


def sacct_window(since: float, now: float) -> str:
    """sacct's ``-S`` for jobs submitted since ``since``, as a span back from the controller's
    own "now" (a day more, for clocks that disagree), so no time zone enters."""
    return f"now-{max(0, math.ceil((now - since) / 3600)) + 24}hours"


class SubmititClient:
    """Slurm through submitit (submission) and its commands (watching, cancelling)."""

    def __init__(self, folder: Path) -> None:
        self.submitit = require_submitit()
        self.folder = folder
        require_slurm_commands()

    def submit(self, fn: GroupJob, job: JobPlan, parameters: dict[str, object], after: Sequence[str]) -> str:
        ex = self.submitit.AutoExecutor(folder=str(self.folder), cluster="slurm")
        params = dict(parameters)
        extra = dict(params.pop("slurm_additional_parameters", None) or {})  # type: ignore[call-overload]
        if after:
            extra["dependency"] = "afterok:" + ":".join(after)
        try:
            ex.update_parameters(**params, slurm_additional_parameters=extra)
            return str(ex.submit(fn, job).job_id)
        except (ValueError, TypeError) as exc:  # an unknown parameter: say which, once
            raise SpecError(f"--slurm: {exc}") from None
        except Exception as exc:  # sbatch refused (bad partition, ...): submitit's message says why
            raise SpecError(f"sbatch refused the job {job.key}: {str(exc).strip().splitlines()[-1]}") from None

    def states(self, job_ids: Sequence[str], names: Sequence[str] = ()) -> dict[str, JobState]:
        if not job_ids and not names:
            return {}
        out = subprocess.run(["squeue", "-h", "--states=all", "-u", getpass.getuser(), "-o", SQUEUE_FORMAT],
                             capture_output=True, text=True, timeout=120)
        if out.returncode != 0:
            raise RuntimeError(f"squeue failed: {out.stderr.strip()}")
        wanted, named = set(job_ids), set(names)
        return {k: v for k, v in parse_squeue(out.stdout).items() if k in wanted or v.name in named}

    def find(self, names: Sequence[str], since: float) -> dict[str, JobState]:
        if not names:
            return {}
        found = self._accounting(names, since)
        found.update(self.states([], names))  # squeue's live state over the accounting's
        return found

    def _accounting(self, names: Sequence[str], since: float) -> dict[str, JobState]:
        """sacct's jobs of those names, or none where accounting is off (sacct then fails:
        squeue alone answers, and a job it has forgotten is found by its done record)."""
        if shutil.which("sacct") is None:
            return {}
        try:
            out = subprocess.run(["sacct", "-n", "-P", "-X", "-u", getpass.getuser(), "--name", ",".join(names),
                                  "-S", sacct_window(since, time.time()), "-o", "JobID,State,JobName"],
                                 capture_output=True, text=True, timeout=120)
        except (OSError, subprocess.TimeoutExpired):
            return {}
        return parse_sacct(out.stdout) if out.returncode == 0 else {}

    def cancel(self, job_ids: Sequence[str]) -> None:
        if job_ids:
            subprocess.run(["scancel", *job_ids], capture_output=True, text=True, timeout=120)

    def logs(self, job_id: str) -> tuple[Path, Path]:
        return self.folder / f"{job_id}_0_log.out", self.folder / f"{job_id}_0_log.err"


# ----------------------------------------------------------------------------- the driver


class SlurmExecutor:
    """The executor of ``--executor slurm``; see the module docstring."""

    def __init__(self, parameters: dict[str, object] | None = None, *, folder: str | None = None,
                 client: Callable[[Path], SlurmClient] | None = None, poll_s: float | None = None,
                 max_attempts: int = MAX_ATTEMPTS) -> None:
        if client is None:  # said before a run directory is made
            require_submitit()
            require_slurm_commands()
        self.parameters = dict(parameters or {})
        self.folder = folder
        self.client_for = client or SubmititClient
        self.poll_s = poll_s if poll_s is not None else float(os.environ.get("REPLICATE_SLURM_POLL", "30"))
        self.max_attempts = max_attempts

    def run(self, cells: Sequence[Cell], fn: CellFn, store: RunStore, report: Report | None = None) -> RunOutcome:
        spec, tier = _spec_of(fn)
        return Driver(self, cells, fn, store, spec, tier, report).run()


def slurm_executor(params: dict[str, object]) -> SlurmExecutor:
    """``--executor slurm``: submitit's parameters; the logs go to ``folder`` (default
    $REPLICATE_SLURM_LOGS, else ``<run>/slurm/logs``, beside the results)."""
    rest = {k: v for k, v in params.items() if k != "folder"}
    folder = params.get("folder") or os.environ.get("REPLICATE_SLURM_LOGS")
    return SlurmExecutor(rest, folder=str(folder) if folder else None)


def _id_order(job_id: str) -> tuple[int, str]:
    """Slurm's job ids in the order it gave them (numbers, compared as such)."""
    return len(job_id), job_id


def _spec_of(fn: CellFn) -> tuple[PaperSpec, TierSpec]:
    """The spec and tier a cell function runs (a ``CellRunner``'s settings)."""
    try:
        paper, tier, spec_path = fn.paper, fn.tier, fn.spec_path  # type: ignore[attr-defined]
    except AttributeError:
        raise SpecError("the Slurm executor runs a CellRunner (its settings travel to the jobs)") from None
    spec = load_spec(paper, Path(spec_path) if spec_path else None)
    return spec, spec.tier(tier)


class Driver:
    """One run of the driver: submit what is missing, watch, resubmit, until every job ended."""

    def __init__(self, ex: SlurmExecutor, cells: Sequence[Cell], fn: CellFn, store: RunStore,
                 spec: PaperSpec, tier: TierSpec, report: Report | None) -> None:
        self.ex, self.fn, self.store, self.report = ex, fn, store, report
        self.tier = tier
        self.plans = plan_jobs(cells, spec, tier)
        self.by_key = {p.key: p for p in self.plans}
        self.record = JobsFile.load(store.root)
        self.record.parameters = ex.parameters or self.record.parameters  # a resume reuses the run's settings
        folder = ex.folder or self.record.folder or str(store.root / "slurm" / "logs")
        self.record.folder = folder
        self.client = ex.client_for(Path(folder))
        self.job = GroupJob(fn, str(store.root))
        self.session = uuid.uuid4().hex[:12]
        self.given_up: dict[str, str] = {}  # job key → why its cells were recorded as failed
        self.todo = [c for p in self.plans for c in p.cells if store.load(c) is None]
        self.failed_here: dict[Cell, str] = {}
        self.unanswered = 0  # squeue calls in a row that failed

    # what is left to do

    def _done_record(self, plan: JobPlan, job_id: str) -> dict[str, Any] | None:
        if not job_id:
            return None
        path = _paths(self.store.root)[2] / f"{plan.name}.{job_id}.json"
        try:
            raw: dict[str, Any] = json.loads(path.read_text("utf-8"))
        except (OSError, ValueError):
            return None
        return raw

    def _needs(self, plan: JobPlan) -> bool:
        """Whether the plan has work left in this driver run."""
        if plan.key in self.given_up:
            return False
        if plan.intermediate is None:  # an encoder: needed while a job that reads it needs work
            rec = self.record.jobs.get(plan.key)
            if rec is not None and self._done_record(plan, rec.job_id) is not None:
                return False
            return any(self._needs(p) for p in self.plans if plan.key in p.after)
        missing = [c for c in plan.cells if self.store.load(c) is None]
        if not missing:
            return False
        rec = self.record.jobs.get(plan.key)
        # A job of this driver run that ended well recorded its failed cells: they wait for the next run.
        return not (rec is not None and rec.driver == self.session and self._done_record(plan, rec.job_id) is not None)

    # one pass

    def step(self) -> bool:
        """Submit, reattach, resubmit; whether any job is still to be waited for."""
        self._check_fatal()
        try:  # nothing is submitted before Slurm has answered: an unanswered question is no "none"
            self._resolve_unsaved()
            live = self._live()
            self.unanswered = 0
        except (RuntimeError, OSError, subprocess.TimeoutExpired) as exc:  # a busy controller: ask again later
            self.unanswered += 1
            if self.unanswered >= SQUEUE_TRIES:
                raise SpecError(f"Slurm does not answer ({exc}); the jobs submitted so far are recorded in "
                                f"{self.record.path} — resume with --resume {self.store.root} once it does") from None
            return True
        waiting = False
        for plan in self.plans:
            if not self._needs(plan):
                continue
            rec = self.record.jobs.get(plan.key)
            if rec is not None and rec.job_id in live:
                if live[rec.job_id].reason == NEVER:  # an encoder job it waited for failed: resubmitted below
                    self.client.cancel([rec.job_id])
                    del live[rec.job_id]
                else:
                    waiting = True
                    continue
            after = []
            blocked = ""
            for dep in plan.after:
                drec = self.record.jobs.get(dep)
                if dep in self.given_up:
                    blocked = f"its encoder job {dep} failed: {self.given_up[dep]}"
                elif not self._needs(self.by_key[dep]):
                    continue
                elif drec is not None and drec.job_id in live:
                    after.append(drec.job_id)
                else:
                    blocked = "wait"
            if blocked == "wait":
                waiting = True
                continue
            if blocked:
                self._give_up(plan, blocked)
                continue
            if rec is not None and rec.driver == self.session:  # failed or lost in this driver run
                if rec.attempts >= self.ex.max_attempts:
                    self._give_up(plan, f"job {rec.job_id} ended without finishing ({rec.attempts} attempts; "
                                        f"log {self.client.logs(rec.job_id)[1]})")
                    continue
            live[self._submit(plan, rec, after)] = JobState("PENDING")
            waiting = True
        return waiting

    # submitting so that a kill anywhere neither loses a job nor makes two

    def _submit(self, plan: JobPlan, rec: JobRecord | None, after: Sequence[str]) -> str:
        """Submit ``plan``: its name into jobs.json, then sbatch, then its id into jobs.json."""
        mine = rec is not None and rec.driver == self.session
        if rec is not None and not rec.job_id:  # begun, and no job of its name exists: that same submission
            earlier, attempts, name = rec.earlier, rec.attempts if mine else 1, rec.name
        else:
            earlier = [*rec.earlier, rec.job_id] if rec is not None else []
            attempts = rec.attempts + 1 if rec is not None and mine else 1
            name = f"{self.record.parameters.get('name') or self.tier.name}-{plan.name}.{self.record.tag}.{len(earlier) + 1}"
        intent = JobRecord("", self.session, attempts, earlier, name)
        self.record.jobs[plan.key] = intent
        self.record.save()  # the name first: a driver killed inside sbatch leaves what to ask Slurm for
        intent.job_id = self.client.submit(self.job, plan, self._parameters(plan, name), after)
        self.record.save()  # then the id: a driver killed from here on knows the job
        return intent.job_id

    def _resolve_unsaved(self) -> None:
        """Give each submission a dead driver began but did not save (a name, no id) the
        job Slurm made of it. None found: its sbatch never got through, and ``step`` makes it."""
        unsaved = {k: r for k, r in self.record.jobs.items() if r.name and not r.job_id}
        if not unsaved:
            return
        found = self.client.find([r.name for r in unsaved.values()], self.record.since)
        for key, rec in unsaved.items():
            ids = sorted((j for j, st in found.items() if st.name == rec.name), key=_id_order)
            plan = self.by_key.get(key)
            # Slurm forgets ended jobs (MinJobAge; no accounting): the job's own record remains.
            done = self._done_ids(plan, rec.name) if plan is not None else []
            live = [j for j in ids if found[j].state in LIVE]
            if live[1:]:  # never expected (one sbatch per name and driver); one job per key all the same
                log.warning("jobs %s duplicate job %s of %s: cancelled", ", ".join(live[1:]), live[0], key)
                self.client.cancel(live[1:])
            pick = live[:1] or done[:1] or ids[-1:]
            if pick:
                rec.job_id = pick[0]
        self.record.save()

    def _done_ids(self, plan: JobPlan, name: str) -> list[str]:
        """Ids of the jobs of ``plan`` that ended well under the Slurm name ``name``."""
        out = []
        for path in _paths(self.store.root)[2].glob(f"{plan.name}.*.json"):
            job_id = path.name[len(plan.name) + 1:-len(".json")]
            raw = self._done_record(plan, job_id)
            if raw is not None and raw.get("name") == name:
                out.append(job_id)
        return sorted(out, key=_id_order)

    def _live(self) -> dict[str, JobState]:
        """The run's live jobs by id. A live job under a recorded name that is not that
        record's job — the sbatch of a dead driver that got through after a resume had
        submitted again — is cancelled: the recorded job is the one watched."""
        ids = [r.job_id for r in self.record.jobs.values() if r.job_id]
        owner = {r.name: r.job_id for r in self.record.jobs.values() if r.name and r.job_id}
        live = {k: v for k, v in self.client.states(ids, list(owner)).items() if v.state in LIVE}
        strays = [j for j, st in live.items() if st.name in owner and owner[st.name] != j and j not in ids]
        if strays:
            log.warning("cancelled job(s) %s: a second job under a name this run recorded for another",
                        ", ".join(strays))
            self.client.cancel(strays)
        return {k: v for k, v in live.items() if k not in strays}

    def _parameters(self, plan: JobPlan, name: str) -> dict[str, object]:
        params = dict(self.record.parameters)
        params.setdefault("timeout_min", timeout_min(plan))
        params["name"] = name  # a --slurm name=… is its prefix: the name must stay unique to be looked for
        if self.tier.threads:
            params.setdefault("cpus_per_task", self.tier.threads)
        return params

    def _give_up(self, plan: JobPlan, why: str) -> None:
        self.given_up[plan.key] = why
        for cell in plan.cells:
            if self.store.load(cell) is None:
                self.store.save_failure(cell, f"Slurm: {why}")
                self.failed_here[cell] = f"Slurm: {why}"

    def _check_fatal(self) -> None:
        fatal = _paths(self.store.root)[1]
        if not fatal.exists():
            return
        try:
            raw = json.loads(fatal.read_text("utf-8"))
        except (OSError, ValueError):
            raw = {}
        live = [r.job_id for r in self.record.jobs.values() if r.job_id]
        self.client.cancel(live)
        out, err = self.client.logs(str(raw.get("job_id", "")))
        raise FatalCellError(f"job {raw.get('job_id', '?')} ({raw.get('job', '?')}) met an error every cell would meet, "
                             f"so the run's jobs were cancelled: {raw.get('error', 'unknown')} (log {err})")

    def _progress(self) -> None:
        if self.report and self.todo:
            done = [c for c in self.todo if self.store.load(c) is not None or c in self.failed_here]
            self.report(len(done), len(self.todo), done[-1] if done else self.todo[0])

    def run(self) -> RunOutcome:
        _paths(self.store.root)[1].unlink(missing_ok=True)  # an earlier run's fatal error, fixed since
        self.record.save()
        while self.step():
            self._progress()
            time.sleep(self.ex.poll_s)
        self._check_fatal()
        self._progress()
        outcome = RunOutcome()
        failures = dict(self.store.failures())
        for cell in self.todo:
            if (result := self.store.load(cell)) is not None:
                outcome.done.append(result)
            elif cell in failures:
                outcome.failed.append((cell, failures[cell]))
            else:
                outcome.failed.append((cell, self.failed_here.get(cell, "not run")))
        return outcome


# ----------------------------------------------------------------------------- status


@dataclass(frozen=True)
class CellStatus:
    cell: Cell
    state: str  # done, failed, queued, running, ended (its job left Slurm unfinished), not submitted
    job_id: str = ""
    log: str = ""
    error: str = ""


def status(run_dir: Path, client: SlurmClient | None = None) -> list[CellStatus]:
    """Every cell of a run directory's grid with its state, job id and log path."""
    from replicate.plan import grid

    store = RunStore(run_dir)
    m = store.manifest()
    spec_path = (m.get("config") or {}).get("spec_path")
    spec = load_spec(str(m.get("paper")), Path(spec_path) if spec_path else None)
    tier = spec.tier(str(m.get("tier")))
    record = JobsFile.load(run_dir)
    folder = Path(record.folder or run_dir / "slurm" / "logs")
    if client is None and record.jobs:
        try:
            client = SubmititClient(folder)
        except SpecError:
            client = None  # not on the cluster: states of unfinished cells are unknown
    ids = [r.job_id for r in record.jobs.values() if r.job_id]
    unsaved = [r.name for r in record.jobs.values() if r.name and not r.job_id]  # a driver died inside sbatch
    live: dict[str, JobState] = {}
    if client is not None:
        try:
            live = client.states(ids, unsaved)
        except (RuntimeError, OSError, subprocess.TimeoutExpired):
            client = None  # squeue did not answer: states of unfinished cells are unknown
    by_name = {st.name: j for j, st in sorted(live.items(), key=lambda kv: _id_order(kv[0]), reverse=True)}
    failures = dict(store.failures())
    out = []
    for plan in plan_jobs(grid(spec, tier), spec, tier):
        rec = record.jobs.get(plan.key)
        job_id = (rec.job_id or by_name.get(rec.name, "")) if rec else ""
        log = str(client.logs(job_id)[0] if client else folder / f"{job_id}_0_log.out") if job_id else ""
        st = live.get(job_id)
        for cell in plan.cells:
            if store.path(cell).exists():
                out.append(CellStatus(cell, "done", job_id, log))
            elif st is not None and st.state in LIVE:
                kind = "running" if st.state in ("RUNNING", "COMPLETING", "CONFIGURING") else "queued"
                out.append(CellStatus(cell, kind, job_id, log, st.reason if kind == "queued" else ""))
            elif cell in failures:
                out.append(CellStatus(cell, "failed", job_id, log, failures[cell]))
            elif job_id:
                why = "unknown: squeue not available here" if client is None else (st.state if st else "left Slurm")
                out.append(CellStatus(cell, "ended", job_id, log, why))
            else:
                out.append(CellStatus(cell, "not submitted"))
    return out
