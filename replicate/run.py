"""A replication from spec to report, as functions the command line and tests call.

``run_tier`` is the whole of ``replicate run``: load the spec, plan the cells, choose the
executor, run what is missing, compare with the claims and write the report.
``rewrite_report`` is ``replicate report``, ``count_claims`` ``replicate count`` and
``mirror_tier`` ``replicate mirror``. Nothing here prints: what the user should see comes
back in the summaries, and what must be seen while a run goes on (hub-tier runs take hours)
is passed to an observer.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from replicate import report
from replicate.compare import compare
from replicate.errors import SpecError, TaskDataError
from replicate.executor import executor_for
from replicate.slurm import recorded as slurm_recorded
from replicate.slurm import slurm_executor
from replicate.model import NO_INTERMEDIATE, Cell, CellResult, ClaimOutcome, multi_tasks
from replicate.plan import grid
from replicate.spec import PaperSpec, TierSpec, load_spec
from replicate.store import RunStore

Counts = dict[str, tuple[int, str]]


class Observer(Protocol):
    """What a caller is told while a run goes on."""

    def planned(self, total: int, stored: int) -> None:
        """The run has ``total`` cells, ``stored`` of them already finished."""

    def step(self, done: int, todo: int, cell: Cell) -> None:
        """``done`` of the ``todo`` missing cells are finished; ``cell`` just started or ended."""

    def notice(self, kind: str, message: str) -> None:
        """Something the user must see now: ``kind`` is "not counted", "warning" or "failed"."""


class Quiet:
    """An observer that is told nothing."""

    def planned(self, total: int, stored: int) -> None:
        pass

    def step(self, done: int, todo: int, cell: Cell) -> None:
        pass

    def notice(self, kind: str, message: str) -> None:
        pass


@dataclass(frozen=True)
class RunRequest:
    """What ``replicate run`` was asked for."""

    tier: str = "micro"
    paper: str = "phang2020"
    spec_path: Path | None = None  # a spec file instead of replicate/specs/<paper>.toml
    run_dir: Path | None = None  # a new run directory (default runs/<paper>-<tier>, resumed if it exists)
    resume: Path | None = None  # a run directory to continue
    out_dir: Path = Path("reports")
    executor: str | None = None  # "local" or "slurm"; None: slurm when resuming a run submitted to Slurm, else local
    jobs: int = 0  # local worker processes; 0: the tier's default (see default_jobs)
    slurm: dict[str, object] = field(default_factory=dict)  # submitit parameters for the slurm executor
    data_dir: Path | None = None
    model_dir: Path | None = None


@dataclass
class RunSummary:
    run_dir: Path
    cells: int  # of the tier's grid
    results: list[CellResult]
    failed: list[tuple[Cell, str]]  # cells of this run that failed, with why
    outcomes: list[ClaimOutcome]
    report: Path
    seconds: float  # of this run

    @property
    def ok(self) -> bool:
        return not self.failed


def default_jobs(tier: TierSpec) -> int:
    """Synthetic tiers run on CPU cores, one cell process per core (at most one per seed,
    since a worker takes whole seeds); a hub tier shares one GPU."""
    return min(os.cpu_count() or 1, len(tier.seeds)) if tier.synthetic else 1


def count_claims(spec: PaperSpec, data_dir: Path | None) -> tuple[Counts, list[str]]:
    """Training rows of every task a dataset-size claim names; the tasks that could not be
    counted, with why."""
    from replicate.tasks.hub import count_train_rows  # reads data: needs the datasets library

    counts, problems = {}, []
    for task in dict.fromkeys(c.task for c in spec.claims if c.quantity == "train_size" and c.task):
        try:
            counts[task] = count_train_rows(spec.tasks[task], data_dir=data_dir)
        except TaskDataError as exc:
            problems.append(f"{task}: {exc}")
    return counts, problems


def run_tier(request: RunRequest, observer: Observer | None = None) -> RunSummary:
    """Run (or resume) a tier and write its report; see the module docstring."""
    seen = observer or Quiet()
    spec = load_spec(request.paper, request.spec_path)
    tier = spec.tier(request.tier)
    jobs = request.jobs or default_jobs(tier)
    run_dir = request.resume or request.run_dir or Path(f"runs/{spec.id}-{tier.name}")
    # A run whose cells went to Slurm resumes there: its jobs may still be running, and cells
    # run here as well would be computed twice.
    name = request.executor or ("slurm" if slurm_recorded(run_dir) else "local")
    executor = slurm_executor(request.slurm) if name == "slurm" else executor_for(name, {"jobs": jobs})
    store = RunStore(run_dir)
    spec_path = str(request.spec_path.resolve()) if request.spec_path else None
    store.open(spec.id, tier.name, tier.fingerprint, {"tier": tier.name, "model": tier.model, "spec_path": spec_path},
               resume=request.resume is not None or request.run_dir is None)
    cells = grid(spec, tier)
    if not tier.synthetic:  # a real-data tier: the dataset-size claims are checked on its data
        counts, problems = count_claims(spec, request.data_dir)
        store.save_counts(store.counts() | counts)
        for p in problems:
            seen.notice("not counted", p)
    from replicate.pipeline import CellRunner  # torch: imported once the run's settings are known to be good

    runner = CellRunner(spec.id, tier.name, str(run_dir), spec_path=spec_path,
                        data_dir=str(request.data_dir) if request.data_dir else None,
                        model_dir=str(request.model_dir) if request.model_dir else None)
    t0 = time.perf_counter()
    stored = len([c for c in cells if store.load(c) is not None])
    seen.planned(len(cells), stored)
    outcome = executor.run(cells, runner, store, seen.step)
    for w in store.warnings:
        seen.notice("warning", w)
    results = store.results()
    outcomes = compare(spec, tier, results, store.counts())
    path = report.write(request.out_dir, spec, tier, outcomes, results, store.failures())
    return RunSummary(run_dir, len(cells), results, outcome.failed, outcomes, path, time.perf_counter() - t0)


@dataclass
class ReportSummary:
    report: Path
    warnings: list[str]


def rewrite_report(run_dir: Path, out_dir: Path) -> ReportSummary:
    """The report of a run directory, from its stored results, with the spec it was run with."""
    store = RunStore(run_dir)
    m = store.manifest()
    spec_path = (m.get("config") or {}).get("spec_path")
    try:
        spec = load_spec(str(m["paper"]), Path(spec_path) if spec_path else None)
        tier = spec.tier(str(m["tier"]))
    except KeyError as exc:
        raise SpecError(f"{store.manifest_path}: no {exc} recorded") from None
    warnings = []
    if m.get("fingerprint") != tier.fingerprint:
        warnings.append(f"the spec of tier {tier.name} changed since this run ({m.get('fingerprint')} → "
                        f"{tier.fingerprint}); reporting the stored results as they are")
    results = store.results()
    outcomes = compare(spec, tier, results, store.counts())
    path = report.write(out_dir, spec, tier, outcomes, results, store.failures())
    return ReportSummary(path, warnings + store.warnings)


def mirror_tier(spec: PaperSpec, tier: TierSpec, data_dir: Path, model_dir: Path | None) -> tuple[list[Path], list[str]]:
    """On a machine with internet: every data set (and, with ``model_dir``, the model) a
    tier reads, saved in the local layout; the paths written and what could not be."""
    from replicate.tasks.mirror import mirror, mirror_model

    if tier.synthetic:
        raise SpecError(f"tier {tier.name} is synthetic: it downloads nothing")
    tasks = dict.fromkeys([t for i in tier.intermediates if i != NO_INTERMEDIATE for t in multi_tasks(i)] + tier.targets)
    paths: list[Path] = []
    problems = []
    for task in tasks:
        try:
            paths += mirror(spec.tasks[task], data_dir, languages=list(tier.limits.languages) or None)
        except TaskDataError as exc:
            problems.append(f"{task}: {exc}")
    if model_dir is not None:
        try:
            paths.append(mirror_model(tier.model, model_dir))
        except TaskDataError as exc:
            problems.append(f"model {tier.model}: {exc}")
    return paths, problems


@dataclass
class CountSummary:
    outcomes: list[ClaimOutcome]  # one per dataset-size claim
    problems: list[str]  # tasks that could not be counted, with why
    stored_in: Path | None  # the run directory's counts file, where asked

    @property
    def complete(self) -> bool:
        return not self.problems and any(o.measured_mean is not None for o in self.outcomes)


def count_tier(spec: PaperSpec, data_dir: Path | None, run_dir: Path | None = None) -> CountSummary:
    """``replicate count``: the training rows behind every dataset-size claim, decided, and
    stored in ``run_dir`` for its report where one is given."""
    from replicate.compare import decide_count

    counts, problems = count_claims(spec, data_dir)
    stored_in = None
    if run_dir is not None:
        store = RunStore(run_dir)
        store.manifest()  # a run directory, not any folder
        store.save_counts(store.counts() | counts)
        stored_in = store.counts_path
    outcomes = [decide_count(c, counts) for c in spec.claims if c.quantity == "train_size"]
    return CountSummary(outcomes, problems, stored_in)
