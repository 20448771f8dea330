"""replicate: plan, run, report, count, mirror. With no arguments, ``replicate`` runs the micro tier.

Exit codes: 0 done; 1 cells failed or claims could not be counted (the others are stored;
rerun with --resume); 2 bad arguments, unknown tier, unusable run directory, no model to
load; 130 interrupted (finished cells are kept).
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from rich.console import Console
from rich.logging import RichHandler
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from claimcheck.console import make_console
from replicate.model import NO_INTERMEDIATE, Cell, multi_tasks
from replicate.spec import PaperSpec, SpecError, load_spec, match_claims, numbers_in, texts_from
from replicate.store import RunStore, StoreError


def cmd_plan(args: argparse.Namespace, out: Console) -> int:
    from replicate.plan import estimate, grid

    spec = _spec(args)
    if args.from_:
        texts: list[str] = []
        for p in args.from_:
            texts += texts_from(Path(p))
        matches = match_claims(texts, spec)
        t = Table(title=f"{len(matches)} claim(s) matched to {spec.id} experiments")
        for col in ("claim text", "spec claim", "claimed", "quantity"):
            t.add_column(col)
        for m in matches:
            t.add_row(escape(m.text[:80]), m.spec.id, m.spec.claimed_text, m.spec.quantity)
        out.print(t)
        if not matches:
            out.print("no numeric claim of these inputs matches this paper's spec")
        matched = {m.text for m in matches}
        unmatched = [x for x in dict.fromkeys(texts) if x not in matched and numbers_in(x)]
        if unmatched:  # numbers no experiment of the spec measures: say so rather than drop them
            out.print(f"{len(unmatched)} claim(s) with numbers that no experiment of {spec.id} measures:")
            for x in unmatched:
                out.print(f"  - {escape(x[:100])}")
    tier = spec.tier(args.tier)
    cells = grid(spec, tier)
    out.print(f"\n[bold]{spec.id} / tier {tier.name}[/bold]: {tier.description}")
    out.print(f"model {tier.model}; encoders {', '.join(tier.encoders)}; seeds {tier.seeds}")
    out.print(f"intermediate tasks ({len(tier.intermediates)}): {', '.join(tier.intermediates)}")
    out.print(f"target tasks ({len(tier.targets)}): {', '.join(tier.targets)}")
    controls = len(tier.encoders) - 1
    per_seed = f"{len(tier.intermediates)} intermediate(s)"
    if controls:
        n_ctrl = len(tier.control_intermediates if tier.control_intermediates is not None else tier.intermediates)
        per_seed = f"({per_seed} + {controls} control encoder(s) × {n_ctrl})"
    out.print(f"cells: {len(cells)} = {per_seed} × {len(tier.targets)} target(s) × {len(tier.seeds)} seed(s)")
    for name, ph in tier.phases.items():
        out.print(f"  {name}: lr {ph.learning_rate:g}, batch {ph.batch_size}, length {ph.max_length}"
                  + (f", {ph.epochs:g} epochs" if ph.epochs else "") + (f", {ph.max_steps} steps" if ph.max_steps else "")
                  + f"  [dim]({escape(ph.source)})[/dim]")
    for t in tier.intermediates + tier.targets:
        task = spec.tasks.get(t)
        if task and task.note:
            out.print(f"  note on {t}: {escape(task.note)}")
    est = estimate(spec, tier)
    if est:
        out.print(f"\nestimate: {est.gpu_hours_per_seed:.1f} GPU-hours per seed, {est.gpu_hours:.1f} for {len(tier.seeds)} seeds")
        for a in est.assumptions:
            out.print(f"  assumption: {escape(a)}")
    else:
        out.print("\nestimate: a synthetic tier runs on a CPU in minutes (see the report's recorded seconds)")
    return 0


def _slurm_parameters(pairs: Sequence[str]) -> dict[str, object]:
    """``key=value`` pairs for submitit's ``update_parameters``; integers stay integers."""
    out: dict[str, object] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.isidentifier():
            raise SpecError(f"--slurm takes KEY=VALUE (e.g. slurm_partition=gpu), not {pair!r}")
        out[key] = int(value) if value.isdigit() else value
    return out


def _executor(name: str, jobs: int, slurm: Sequence[str] = ()):  # type: ignore[no-untyped-def]
    from replicate.executor import LocalExecutor, SubmititExecutor

    if name == "local":
        return LocalExecutor(jobs)
    if name == "slurm":
        return SubmititExecutor(folder=os.environ.get("REPLICATE_SLURM_LOGS", "slurm-logs"), **_slurm_parameters(slurm))
    raise SpecError(f"unknown executor {name!r} (local or slurm)")


def _path(value: str | None) -> Path | None:
    return Path(value) if value else None


def _spec(args: argparse.Namespace) -> PaperSpec:
    return load_spec(args.paper, _path(args.spec))


def count_claims(spec: PaperSpec, data_dir: Path | None) -> tuple[dict[str, tuple[int, str]], list[str]]:
    """Training rows of every task a dataset-size claim names; the tasks that could not be
    counted, with why."""
    from replicate.tasks.base import TaskDataError
    from replicate.tasks.hub import count_train_rows

    counts, problems = {}, []
    for task in dict.fromkeys(c.task for c in spec.claims if c.quantity == "train_size" and c.task):
        try:
            counts[task] = count_train_rows(spec.tasks[task], data_dir=data_dir)
        except TaskDataError as exc:
            problems.append(f"{task}: {exc}")
    return counts, problems


def cmd_count(args: argparse.Namespace, out: Console, err: Console) -> int:
    from replicate.compare import decide_count

    spec = _spec(args)
    counts, problems = count_claims(spec, _path(args.data_dir))
    t = Table(title=f"dataset-size claims of {spec.id}")
    for col in ("claim", "claimed", "counted", "decision", "what was counted"):
        t.add_column(col)
    for claim in (c for c in spec.claims if c.quantity == "train_size"):
        o = decide_count(claim, counts)
        t.add_row(claim.id, claim.claimed_text, "—" if o.measured_mean is None else f"{o.measured_mean:,.0f}",
                  o.decision.value, escape(o.note))
    out.print(t)
    for p in problems:
        err.print(f"[yellow]not counted:[/yellow] {escape(p)}")
    if args.run_dir:
        store = RunStore(Path(args.run_dir))
        store.manifest()  # a run directory, not any folder
        store.save_counts(store.counts() | counts)
        out.print(f"counts stored in {store.counts_path}")
    return 0 if counts and not problems else 1


def cmd_mirror(args: argparse.Namespace, out: Console, err: Console) -> int:
    """On a machine with internet: every data set and the model a tier reads, saved in the
    local layout that --data-dir and --model-dir take on a machine without."""
    from replicate.tasks.base import TaskDataError
    from replicate.tasks.hub import mirror

    spec = _spec(args)
    tier = spec.tier(args.tier)
    if tier.synthetic:
        raise SpecError(f"tier {tier.name} is synthetic: it downloads nothing")
    tasks = dict.fromkeys([t for i in tier.intermediates if i != NO_INTERMEDIATE for t in multi_tasks(i)] + tier.targets)
    langs = tier.extras.get("languages")
    problems = []
    for task in tasks:
        try:
            for path in mirror(spec.tasks[task], Path(args.data_dir), languages=list(langs) if langs else None):  # type: ignore[arg-type]
                out.print(f"{task}: {escape(str(path))}")
        except TaskDataError as exc:
            problems.append(f"{task}: {exc}")
    if args.model_dir:
        from transformers import AutoModel, AutoTokenizer

        target = Path(args.model_dir) / tier.model
        try:
            AutoTokenizer.from_pretrained(tier.model).save_pretrained(target)
            AutoModel.from_pretrained(tier.model).save_pretrained(target)
            out.print(f"model: {escape(str(target))}")
        except OSError as exc:
            problems.append(f"model {tier.model}: {str(exc).splitlines()[0]}")
    for p in problems:
        err.print(f"[yellow]not mirrored:[/yellow] {escape(p)}")
    return 1 if problems else 0


def cmd_run(args: argparse.Namespace, out: Console, err: Console) -> int:
    from replicate import report
    from replicate.compare import compare
    from replicate.pipeline import CellRunner
    from replicate.plan import grid

    spec = _spec(args)
    tier = spec.tier(args.tier)
    # Synthetic tiers run on CPU cores, one cell process per core; a hub tier shares one GPU.
    jobs = args.jobs or (min(os.cpu_count() or 1, len(tier.seeds)) if tier.synthetic else 1)
    if jobs < 1:
        raise SpecError(f"--jobs must be at least 1, not {args.jobs}")
    executor = _executor(args.executor, jobs, args.slurm)
    run_dir = Path(args.resume or args.run_dir or f"runs/{spec.id}-{tier.name}")
    store = RunStore(run_dir)
    spec_path = str(Path(args.spec).resolve()) if args.spec else None
    store.open(spec.id, tier.name, tier.fingerprint, {"tier": tier.name, "model": tier.model, "spec_path": spec_path},
               resume=bool(args.resume) or args.run_dir is None)
    cells = grid(spec, tier)
    data_dir, model_dir = _path(args.data_dir), _path(args.model_dir)
    if not tier.synthetic:  # a real-data tier: the dataset-size claims are checked on its data
        counts, problems = count_claims(spec, data_dir)
        store.save_counts(store.counts() | counts)
        for p in problems:
            err.print(f"[yellow]not counted:[/yellow] {escape(p)}")
    # Hub-tier cells take hours: their phases and losses are logged above the bar; a synthetic
    # tier's cells take seconds, and the bar is enough unless --verbose asks for more.
    if not args.quiet and (args.verbose or not tier.synthetic):
        handler = RichHandler(console=err, show_path=False, markup=False)
        logging.basicConfig(level=logging.INFO, format="%(message)s", handlers=[handler], force=True)
    runner = CellRunner(spec.id, tier.name, str(run_dir), spec_path=spec_path, data_dir=str(data_dir) if data_dir else None,
                        model_dir=str(model_dir) if model_dir else None)
    t0 = time.perf_counter()
    todo = len([c for c in cells if store.load(c) is None])
    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  console=err, transient=False, disable=args.quiet) as progress:
        bar = progress.add_task(f"{tier.name}: cells", total=len(cells), completed=len(cells) - todo)

        def step(done: int, total: int, cell: Cell) -> None:
            progress.update(bar, completed=len(cells) - todo + done,
                            description=f"{tier.name}: {cell.model}/{cell.intermediate}/{cell.target}/s{cell.seed}")

        outcome = executor.run(cells, runner, store, step)
    for w in store.warnings:
        err.print(f"[yellow]warning:[/yellow] {escape(w)}")
    for cell, message in outcome.failed:
        err.print(f"[red]failed:[/red] {escape(cell.key)}: {escape(message)}")
    results = store.results()
    outcomes = compare(spec, tier, results, store.counts())
    path = report.write(Path(args.out), spec, tier, outcomes, results, store.failures())
    out.print(f"{len(results)} of {len(cells)} cells in {run_dir} ({time.perf_counter() - t0:.0f} s this run); report: {path}")
    for o in outcomes:
        out.print(f"  {o.claim_id}: {o.decision.value}")
    if outcome.failed:
        err.print(f"{len(outcome.failed)} cell(s) failed; the others are stored — fix the cause and rerun with --resume {run_dir}")
        return 1
    return 0


def cmd_report(args: argparse.Namespace, out: Console, err: Console) -> int:
    from replicate import report
    from replicate.compare import compare

    store = RunStore(Path(args.run_dir))
    m = store.manifest()
    spec_path = (m.get("config") or {}).get("spec_path")
    spec = load_spec(m["paper"], Path(spec_path) if spec_path else None)
    tier = spec.tier(m["tier"])
    if m["fingerprint"] != tier.fingerprint:
        err.print(f"[yellow]warning:[/yellow] the spec of tier {tier.name} changed since this run "
                  f"({m['fingerprint']} → {tier.fingerprint}); reporting the stored results as they are")
    results = store.results()
    counts = store.counts()
    for w in store.warnings:
        err.print(f"[yellow]warning:[/yellow] {escape(w)}")
    path = report.write(Path(args.out), spec, tier, compare(spec, tier, results, counts), results, store.failures())
    out.print(f"report: {path}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="replicate", description="Rerun a paper's experiments and compare with its numeric claims.")
    p.add_argument("--paper", default="phang2020", help="spec name under replicate/specs/ (default phang2020)")
    p.add_argument("--spec", help="a spec file of your own instead of replicate/specs/<paper>.toml")
    sub = p.add_subparsers(dest="command")
    plan = sub.add_parser("plan", help="print the grid and its cost")
    plan.add_argument("--tier", default="paper")
    plan.add_argument("--from", dest="from_", nargs="+", metavar="AUDIT_JSON_OR_REPORT",
                      help="map the numeric claims of audits or reports to experiments")
    run = sub.add_parser("run", help="run (or resume) a tier and write its report")
    run.add_argument("--tier", default="micro")
    run.add_argument("--resume", metavar="RUN_DIR", help="continue a run: finished cells are not recomputed")
    run.add_argument("--run-dir", help="a new run directory (default runs/<paper>-<tier>, resumed if it exists)")
    run.add_argument("--out", default="reports", help="where the report goes (default reports/)")
    run.add_argument("--executor", default="local", choices=["local", "slurm"])
    run.add_argument("--slurm", action="append", default=[], metavar="KEY=VALUE",
                     help="a submitit parameter for --executor slurm, e.g. slurm_partition=gpu gpus_per_node=1 timeout_min=720")
    run.add_argument("--jobs", "-j", type=int, default=int(os.environ.get("REPLICATE_JOBS", "0")),
                     help="local worker processes, each taking whole seeds (default: synthetic tiers one per CPU core, "
                          "at most one per seed; hub tiers 1)")
    run.add_argument("--quiet", "-q", action="store_true", help="no progress bar, no log")
    run.add_argument("--verbose", "-v", action="store_true", help="log every phase and loss (default for hub tiers)")
    for sp in (run,):
        sp.add_argument("--data-dir", help="local copies of the data sets (layout: replicate/tasks/hub.py)")
        sp.add_argument("--model-dir", help="local copies of the models, DIR/<hub id>")
    mir = sub.add_parser("mirror", help="on a machine with internet: save a tier's data sets (and model) for offline use")
    mir.add_argument("--tier", default="base")
    mir.add_argument("--data-dir", required=True)
    mir.add_argument("--model-dir", help="also save the tier's model and tokenizer under DIR/<hub id>")
    cnt = sub.add_parser("count", help="count the training rows behind the dataset-size claims")
    cnt.add_argument("--data-dir", help="local copies of the data sets (layout: replicate/tasks/hub.py)")
    cnt.add_argument("--run-dir", help="also store the counts in this run directory, for its report")
    rep = sub.add_parser("report", help="write the report of a run directory")
    rep.add_argument("run_dir")
    rep.add_argument("--out", default="reports")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(list(sys.argv[1:] if argv is None else argv))
    out, err = make_console(), make_console(stderr=True)
    if args.command is None:  # the default run: the micro tier
        args = build_parser().parse_args(["--paper", args.paper, *(["--spec", args.spec] if args.spec else []), "run"])
    try:
        if args.command == "plan":
            return cmd_plan(args, out)
        if args.command == "run":
            return cmd_run(args, out, err)
        if args.command == "count":
            return cmd_count(args, out, err)
        if args.command == "mirror":
            return cmd_mirror(args, out, err)
        return cmd_report(args, out, err)
    except (SpecError, StoreError) as exc:
        err.print(f"[red]replicate:[/red] {escape(str(exc))}")
        return 2
    except KeyboardInterrupt:
        err.print("replicate: interrupted; finished cells are stored — continue with --resume")
        return 130
    except Exception as exc:
        from replicate.executor import FatalCellError
        from replicate.pipeline import NotAvailableOffline

        if isinstance(exc, (NotAvailableOffline, FatalCellError)):
            err.print(f"[red]replicate:[/red] {escape(str(exc))}; finished cells are stored")
            return 2
        if os.environ.get("REPLICATE_DEBUG"):
            raise
        err.print(f"[red]replicate: internal error:[/red] {type(exc).__name__}: {escape(str(exc))} (REPLICATE_DEBUG=1 for the traceback)")
        return 1


if __name__ == "__main__":
    sys.exit(main())
