"""Where cells run. The pipeline knows nothing of this: an executor takes the missing cells
and a cell function and stores each result as it arrives, so a cluster backend plugs in
without touching the pipeline.

A cell that fails (its data set unavailable, say) is recorded in the store and the others
go on; an error that every cell would meet (no model to load) stops the run at once.
Results are written by whoever computed them, atomically, so a run killed at any moment
keeps every finished cell and ``--resume`` recomputes nothing that was stored.
"""

from __future__ import annotations

import multiprocessing
import os
import queue
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from replicate.errors import FatalCellError, SpecError
from replicate.model import Cell, CellResult
from replicate.store import RunStore

CellFn = Callable[[Cell], CellResult]
Report = Callable[[int, int, Cell], None]  # (finished so far, cells to run, the cell just finished or started)


@dataclass
class RunOutcome:
    done: list[CellResult] = field(default_factory=list)
    failed: list[tuple[Cell, str]] = field(default_factory=list)


class Executor(Protocol):
    def run(self, cells: Sequence[Cell], fn: CellFn, store: RunStore, report: Report | None = None) -> RunOutcome:
        ...


def missing(cells: Sequence[Cell], store: RunStore) -> list[Cell]:
    return [c for c in cells if store.load(c) is None]


def _one(cell: Cell, fn: CellFn, store: RunStore, outcome: RunOutcome) -> None:
    try:
        result = fn(cell)
    except FatalCellError:
        raise
    except Exception as exc:  # one cell's failure must not cost the others
        message = f"{type(exc).__name__}: {exc}"
        store.save_failure(cell, message)
        outcome.failed.append((cell, message))
        return
    store.save(result)
    outcome.done.append(result)


def by_seed(cells: Sequence[Cell], groups: int) -> list[list[Cell]]:
    """Cells split into ``groups`` lists, every seed's cells in one list: cells of one seed
    share the pretrained and intermediate encoders, so a worker computes each once."""
    seeds = sorted({c.seed for c in cells})
    out: list[list[Cell]] = [[] for _ in range(min(groups, len(seeds)) or 1)]
    for c in cells:
        out[seeds.index(c.seed) % len(out)].append(c)
    return [g for g in out if g]


def _worker(cells: list[Cell], fn: CellFn, root: str, events: multiprocessing.Queue) -> None:  # type: ignore[type-arg]
    store = RunStore(Path(root))
    parent = os.getppid()
    for cell in cells:
        if os.getppid() != parent:  # the runner was killed: stop rather than run on unseen
            return
        outcome = RunOutcome()
        try:
            _one(cell, fn, store, outcome)
        except FatalCellError as exc:
            events.put(("fatal", cell, str(exc)))
            return
        events.put(("failed", cell, outcome.failed[0][1]) if outcome.failed else ("done", cell, ""))


class LocalExecutor:
    """On this machine: one cell after another, or ``jobs`` worker processes, each taking
    whole seeds (small models run faster as two one-thread processes than as one
    two-thread process)."""

    def __init__(self, jobs: int = 1) -> None:
        if jobs < 1:
            raise ValueError("jobs must be at least 1")
        self.jobs = jobs

    def run(self, cells: Sequence[Cell], fn: CellFn, store: RunStore, report: Report | None = None) -> RunOutcome:
        todo = missing(cells, store)
        groups = by_seed(todo, self.jobs)
        if len(groups) <= 1:
            return self._serial(todo, fn, store, report)
        return self._parallel(groups, len(todo), fn, store, report)

    @staticmethod
    def _serial(todo: Sequence[Cell], fn: CellFn, store: RunStore, report: Report | None) -> RunOutcome:
        outcome = RunOutcome()
        for i, cell in enumerate(todo):
            if report:
                report(i, len(todo), cell)
            _one(cell, fn, store, outcome)
        if report and todo:
            report(len(todo), len(todo), todo[-1])
        return outcome

    @staticmethod
    def _parallel(groups: list[list[Cell]], total: int, fn: CellFn, store: RunStore, report: Report | None) -> RunOutcome:
        ctx = multiprocessing.get_context("spawn")  # fork after torch has started threads can deadlock
        events = ctx.Queue()
        procs = [ctx.Process(target=_worker, args=(g, fn, str(store.root), events), daemon=True) for g in groups]
        for p in procs:
            p.start()
        outcome, finished, fatal = RunOutcome(), 0, None
        try:
            while finished < total and fatal is None:
                try:
                    kind, cell, message = events.get(timeout=1.0)
                except queue.Empty:
                    if not any(p.is_alive() for p in procs):
                        break
                    continue
                finished += 1
                if kind == "fatal":
                    fatal = message
                elif kind == "failed":
                    outcome.failed.append((cell, message))
                else:
                    result = store.load(cell)
                    if result is not None:
                        outcome.done.append(result)
                if report:
                    report(finished, total, cell)
        finally:
            for p in procs:
                if fatal is not None:
                    p.terminate()
                p.join()
        if fatal is not None:
            raise FatalCellError(fatal)
        lost = [p.exitcode for p in procs if p.exitcode not in (0, None)]
        if lost:
            raise RuntimeError(f"{len(lost)} worker process(es) died (exit codes {lost}); finished cells are stored — "
                               "continue with --resume")
        return outcome


EXECUTORS = ("local", "slurm")


def parse_parameters(pairs: Sequence[str]) -> dict[str, object]:
    """``key=value`` pairs for submitit's ``update_parameters``; integers stay integers."""
    out: dict[str, object] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.isidentifier():
            raise SpecError(f"--slurm takes KEY=VALUE (e.g. slurm_partition=gpu), not {pair!r}")
        out[key] = int(value) if value.isdigit() else value
    return out


def executor_for(name: str, params: dict[str, object]) -> Executor:
    """The executor called ``name``: ``local`` takes ``jobs``. (``slurm``:
    ``replicate.slurm.slurm_executor``.)"""
    if name == "local":
        jobs = params.get("jobs", 1)
        if not isinstance(jobs, int) or jobs < 1:
            raise SpecError(f"--jobs must be at least 1, not {jobs}")
        return LocalExecutor(jobs)
    if name == "slurm":  # a layer above this one, since its driver runs executors' cells: replicate/slurm.py
        raise SpecError("the slurm executor is made by replicate.slurm.slurm_executor")
    raise SpecError(f"unknown executor {name!r} ({' or '.join(EXECUTORS)})")
