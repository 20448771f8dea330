"""Where cells run. The pipeline knows nothing of this: an executor takes the missing cells
and a cell function and stores each result as it arrives, so a cluster backend plugs in
without touching the pipeline."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol

from replicate.model import Cell, CellResult
from replicate.store import RunStore

CellFn = Callable[[Cell], CellResult]
Report = Callable[[int, int, Cell], None]


class Executor(Protocol):
    def run(self, cells: Sequence[Cell], fn: CellFn, store: RunStore, report: Report | None = None) -> list[CellResult]:
        ...


def missing(cells: Sequence[Cell], store: RunStore) -> list[Cell]:
    return [c for c in cells if store.load(c) is None]


class LocalExecutor:
    """In this process, one cell after another; each result saved before the next starts."""

    def run(self, cells: Sequence[Cell], fn: CellFn, store: RunStore, report: Report | None = None) -> list[CellResult]:
        todo = missing(cells, store)
        done = []
        for i, cell in enumerate(todo):
            if report:
                report(i, len(todo), cell)
            result = fn(cell)
            store.save(result)
            done.append(result)
        if report and todo:
            report(len(todo), len(todo), todo[-1])
        return done


class SubmititExecutor:
    """Each cell a Slurm job through submitit; results saved as jobs finish."""

    def __init__(self, folder: str, **slurm: object) -> None:
        try:
            import submitit  # noqa: F401
        except ImportError as exc:
            raise RuntimeError("the Slurm backend needs submitit: pip install submitit") from exc
        self.folder = folder
        self.slurm = slurm

    def run(self, cells: Sequence[Cell], fn: CellFn, store: RunStore, report: Report | None = None) -> list[CellResult]:
        import submitit

        ex = submitit.AutoExecutor(folder=self.folder)
        ex.update_parameters(**self.slurm)
        todo = missing(cells, store)
        jobs = [ex.submit(fn, c) for c in todo]
        done = []
        for i, job in enumerate(jobs):
            result = job.result()
            store.save(result)
            done.append(result)
            if report:
                report(i + 1, len(jobs), todo[i])
        return done
