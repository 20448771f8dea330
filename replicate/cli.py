"""replicate's command line: arguments in, console out, exit codes. The work is in
``replicate.run`` (and ``replicate.plan`` for ``plan``).

Exit codes: 0 done; 1 cells failed or claims could not be counted (the others are stored;
rerun with --resume); 2 bad arguments, unknown tier, unusable run directory, no model to
load; 130 interrupted (finished cells are kept). ``replicate.errors`` gives each error its code.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from rich.console import Console
from rich.logging import RichHandler
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TaskID, TextColumn, TimeElapsedColumn
from rich.table import Table

from claimcheck.console import make_console
from replicate.errors import ReplicateError
from replicate.executor import EXECUTORS, parse_parameters
from replicate.model import Cell
from replicate.spec import PaperSpec, TierSpec, load_spec, match_claims, numbers_in, texts_from

NOTICE_STYLE = {"not counted": "yellow", "warning": "yellow", "failed": "red"}


def _spec(args: argparse.Namespace) -> PaperSpec:
    return load_spec(args.paper, _path(args.spec))


def _path(value: str | None) -> Path | None:
    return Path(value) if value else None


def cmd_plan(args: argparse.Namespace, out: Console, err: Console) -> int:
    from replicate.plan import estimate, grid

    spec = _spec(args)
    if args.from_:
        _plan_from(spec, args.from_, out, err)
    tier = spec.tier(args.tier)
    cells = grid(spec, tier)
    out.print(f"\n[bold]{spec.id} / tier {tier.name}[/bold]: {escape(tier.description)}")
    out.print(f"model {tier.model}; encoders {', '.join(tier.encoders)}; seeds {tier.seeds}")
    out.print(f"intermediate tasks ({len(tier.intermediates)}): {', '.join(tier.intermediates)}")
    out.print(f"target tasks ({len(tier.targets)}): {', '.join(tier.targets)}")
    out.print(f"claims ({len(spec.claims)}):")
    for c in spec.claims:  # a number not found in the paper's text is shown so wherever it appears
        flags = (["UNVERIFIED: not found in the paper's text"] if not c.verified else []) + \
                (["on the benchmark's test sets; measured here on dev sets"] if c.split == "test" else [])
        out.print(f"  {c.id}: {escape(c.claimed_text)}" + (f"  [yellow]({escape('; '.join(flags))})[/yellow]" if flags else ""))
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
        out.print("  where one seed's hours go:")
        for line in est.explanation():
            out.print(f"    {escape(line)}")
        for a in est.assumptions:
            out.print(f"  assumption: {escape(a)}")
    else:
        out.print("\nestimate: a synthetic tier runs on a CPU in minutes (see the report's recorded seconds)")
    _plan_slurm(spec, tier, cells, out)
    return 0


def _plan_slurm(spec: PaperSpec, tier: TierSpec, cells: Sequence[Cell], out: Console) -> None:
    """What --executor slurm would submit: its jobs and their time limits, from the hours above."""
    from replicate.slurm import plan_jobs, timeout_min

    jobs = plan_jobs(cells, spec, tier)
    encoders = [j for j in jobs if j.intermediate is None]
    limits = sorted(timeout_min(j) for j in jobs)
    out.print(f"on Slurm (--executor slurm): {len(jobs)} jobs — " + (f"{len(encoders)} encoder job(s), then " if encoders else "")
              + f"{len(jobs) - len(encoders)} (encoder, intermediate, seed) job(s), each training its intermediate "
              f"encoder once and then its {len(tier.targets)} target cell(s); time limits {limits[0]}–{limits[-1]} min "
              "unless --slurm timeout_min=… is given")


def _plan_from(spec: PaperSpec, paths: Sequence[str], out: Console, err: Console) -> None:
    texts: list[str] = []
    for p in paths:
        err.print(f"reading {escape(p)}", highlight=False)  # a PDF report takes seconds: say what is going on
        texts += texts_from(Path(p))
    matches = match_claims(texts, spec)
    t = Table(title=f"{len(matches)} claim(s) matched to {spec.id} experiments")
    for col in ("claim text", "spec claim", "claimed", "quantity"):
        t.add_column(col)
    for m in matches:
        t.add_row(escape(m.text[:80]), m.spec.id, m.spec.claimed_text + ("" if m.spec.verified else " (unverified)"),
                  m.spec.quantity)
    out.print(t)
    if not matches:
        out.print("no numeric claim of these inputs matches this paper's spec")
    matched = {m.text for m in matches}
    unmatched = [x for x in dict.fromkeys(texts) if x not in matched and numbers_in(x)]
    if unmatched:  # numbers no experiment of the spec measures: say so rather than drop them
        out.print(f"{len(unmatched)} claim(s) with numbers that no experiment of {spec.id} measures:")
        for x in unmatched:
            out.print(f"  - {escape(x[:100])}")


def cmd_count(args: argparse.Namespace, out: Console, err: Console) -> int:
    from replicate.run import count_tier

    spec = _spec(args)
    summary = count_tier(spec, _path(args.data_dir), _path(args.run_dir))
    claims = {c.id: c for c in spec.claims}
    t = Table(title=f"dataset-size claims of {spec.id}")
    for col in ("claim", "claimed", "counted", "decision", "what was counted"):
        t.add_column(col)
    for o in summary.outcomes:
        t.add_row(o.claim_id, claims[o.claim_id].claimed_text, "—" if o.measured_mean is None else f"{o.measured_mean:,.0f}",
                  o.decision.value, escape(o.note))
    out.print(t)
    for p in summary.problems:
        err.print(f"[yellow]not counted:[/yellow] {escape(p)}")
    if summary.stored_in:
        out.print(f"counts stored in {escape(str(summary.stored_in))}")
    return 0 if summary.complete else 1


def cmd_mirror(args: argparse.Namespace, out: Console, err: Console) -> int:
    from replicate.run import mirror_tier

    spec = _spec(args)
    paths, problems = mirror_tier(spec, spec.tier(args.tier), Path(args.data_dir), _path(args.model_dir))
    for path in paths:
        out.print(f"mirrored: {escape(str(path))}")
    for p in problems:
        err.print(f"[yellow]not mirrored:[/yellow] {escape(p)}")
    return 1 if problems else 0


class _Bar:
    """The run's progress on the console: a bar of cells, notices above it."""

    def __init__(self, progress: Progress, err: Console, tier: str) -> None:
        self.progress, self.err, self.tier = progress, err, tier
        self.bar: TaskID | None = None
        self.stored = 0

    def planned(self, total: int, stored: int) -> None:
        self.stored = stored
        self.bar = self.progress.add_task(f"{self.tier}: cells", total=total, completed=stored)

    def step(self, done: int, todo: int, cell: Cell) -> None:
        if self.bar is not None:
            self.progress.update(self.bar, completed=self.stored + done,
                                 description=f"{self.tier}: {cell.model}/{cell.intermediate}/{cell.target}/s{cell.seed}")

    def notice(self, kind: str, message: str) -> None:
        style = NOTICE_STYLE.get(kind, "yellow")
        self.err.print(f"[{style}]{kind}:[/{style}] {escape(message)}")


def cmd_run(args: argparse.Namespace, out: Console, err: Console) -> int:
    from replicate.run import RunRequest, run_tier

    request = RunRequest(
        tier=args.tier, paper=args.paper, spec_path=_path(args.spec), run_dir=_path(args.run_dir),
        resume=_path(args.resume), out_dir=Path(args.out), executor=args.executor, jobs=args.jobs,
        slurm=parse_parameters(args.slurm), data_dir=_path(args.data_dir), model_dir=_path(args.model_dir),
    )
    # Hub-tier cells take hours: their phases and losses are logged above the bar; a synthetic
    # tier's cells take seconds, and the bar is enough unless --verbose asks for more.
    synthetic = _spec(args).tier(args.tier).synthetic
    if not args.quiet and (args.verbose or not synthetic):
        handler = RichHandler(console=err, show_path=False, markup=False)
        logging.basicConfig(level=logging.INFO, format="%(message)s", handlers=[handler], force=True)
    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  console=err, transient=False, disable=args.quiet) as progress:
        summary = run_tier(request, _Bar(progress, err, args.tier))
    for cell, message in summary.failed:
        err.print(f"[red]failed:[/red] {escape(cell.key)}: {escape(message)}")
    out.print(f"{len(summary.results)} of {summary.cells} cells in {escape(str(summary.run_dir))} "
              f"({summary.seconds:.0f} s this run); report: {escape(str(summary.report))}")
    for o in summary.outcomes:
        out.print(f"  {o.claim_id}: {o.decision.value}")
    if summary.failed:
        err.print(f"{len(summary.failed)} cell(s) failed; the others are stored — fix the cause and rerun with "
                  f"--resume {escape(str(summary.run_dir))}")
        return 1
    return 0


def cmd_report(args: argparse.Namespace, out: Console, err: Console) -> int:
    from replicate.run import rewrite_report

    summary = rewrite_report(Path(args.run_dir), Path(args.out))
    for w in summary.warnings:
        err.print(f"[yellow]warning:[/yellow] {escape(w)}")
    out.print(f"report: {escape(str(summary.report))}")
    return 0


def cmd_status(args: argparse.Namespace, out: Console, err: Console) -> int:
    from collections import Counter

    from replicate.slurm import status

    cells = status(Path(args.run_dir))
    t = Table(title=f"cells of {escape(args.run_dir)}")
    for col in ("cell", "state", "job", "log", "error or reason"):
        t.add_column(col, overflow="fold")
    for c in cells:
        if args.all or c.state != "done":
            t.add_row(escape(c.cell.key), c.state, c.job_id, escape(c.log), escape(c.error))
    out.print(t)
    counts = Counter(c.state for c in cells)
    out.print(", ".join(f"{n} {state}" for state, n in counts.most_common()) + f" of {len(cells)} cells"
              + ("" if args.all else " (done cells not listed; --all lists them)"))
    return 1 if counts.get("failed") else 0


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="replicate",
        description="Rerun a paper's experiments and compare with its numeric claims. With no command, "
                    "`replicate` is `replicate run`: the micro tier, offline, a few minutes on a CPU.",
        epilog="exit codes: 0 done; 1 cells failed or claims could not be counted; 2 bad arguments, spec or run "
               "directory, or no model to load; 130 interrupted")
    p.add_argument("--paper", default="phang2020", help="spec name under replicate/specs/ (default phang2020)")
    p.add_argument("--spec", help="a spec file of your own instead of replicate/specs/<paper>.toml")
    sub = p.add_subparsers(dest="command", metavar="{run,plan,status,report,count,mirror}")
    run = sub.add_parser("run", help="run (or resume) a tier and write its report (the default: the micro tier)")
    run.add_argument("--tier", default="micro", help="tier of the spec (default micro)")
    run.add_argument("--resume", metavar="RUN_DIR", help="continue a run: finished cells are not recomputed")
    run.add_argument("--run-dir", help="a new run directory (default runs/<paper>-<tier>, resumed if it exists)")
    run.add_argument("--out", default="reports",
                     help="folder the report goes to (default reports/; the bundled sample is in data/samples/)")
    run.add_argument("--executor", choices=EXECUTORS,
                     help="where cells run (default local; a run submitted to Slurm resumes on Slurm)")
    run.add_argument("--slurm", action="append", default=[], metavar="KEY=VALUE",
                     help="a submitit parameter for --executor slurm, e.g. slurm_partition=gpu gpus_per_node=1 timeout_min=720")
    run.add_argument("--jobs", "-j", type=int, default=int(os.environ.get("REPLICATE_JOBS", "0")),
                     help="local worker processes, each taking whole seeds (default: synthetic tiers one per CPU core, "
                          "at most one per seed; hub tiers 1)")
    run.add_argument("--quiet", "-q", action="store_true", help="no progress bar, no log")
    run.add_argument("--verbose", "-v", action="store_true", help="log every phase and loss (default for hub tiers)")
    run.add_argument("--data-dir", help="local copies of the data sets (layout: replicate/tasks/sources.py)")
    run.add_argument("--model-dir", help="local copies of the models, DIR/<hub id>")
    plan = sub.add_parser("plan", help="print a tier's grid, its run count and cost (no torch needed)")
    plan.add_argument("--tier", default="paper", help="tier of the spec (default paper)")
    plan.add_argument("--from", dest="from_", nargs="+", metavar="AUDIT_JSON_OR_REPORT",
                      help="map the numeric claims of audits or reports to experiments")
    rep = sub.add_parser("report", help="write the report of a run directory")
    rep.add_argument("run_dir")
    rep.add_argument("--out", default="reports", help="folder the report goes to (default reports/)")
    st = sub.add_parser("status", help="cells of a run directory: done, queued, running, failed, with Slurm job ids and logs")
    st.add_argument("run_dir")
    st.add_argument("--all", action="store_true", help="list done cells too")
    cnt = sub.add_parser("count", help="count the training rows behind the dataset-size claims")
    cnt.add_argument("--data-dir", help="local copies of the data sets (layout: replicate/tasks/sources.py)")
    cnt.add_argument("--run-dir", help="also store the counts in this run directory, for its report")
    mir = sub.add_parser("mirror", help="on a machine with internet: save a tier's data sets (and model) for offline use")
    mir.add_argument("--tier", default="base", help="tier of the spec (default base)")
    mir.add_argument("--data-dir", required=True)
    mir.add_argument("--model-dir", help="also save the tier's model and tokenizer under DIR/<hub id>")
    return p


COMMANDS = {"plan": cmd_plan, "run": cmd_run, "count": cmd_count, "mirror": cmd_mirror, "report": cmd_report,
            "status": cmd_status}


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(list(sys.argv[1:] if argv is None else argv))
    out, err = make_console(), make_console(stderr=True)
    if args.command is None:  # the default run: the micro tier
        args = build_parser().parse_args(["--paper", args.paper, *(["--spec", args.spec] if args.spec else []), "run"])
    try:
        return COMMANDS[args.command](args, out, err)
    except ReplicateError as exc:
        kept = "; finished cells are stored" if exc.during_run else ""
        err.print(f"[red]replicate:[/red] {escape(str(exc))}{kept}")
        return exc.exit_code
    except KeyboardInterrupt:
        err.print("replicate: interrupted; finished cells are stored — continue with --resume")
        return 130
    except Exception as exc:
        if os.environ.get("REPLICATE_DEBUG"):
            raise
        err.print(f"[red]replicate: internal error:[/red] {type(exc).__name__}: {escape(str(exc))} (REPLICATE_DEBUG=1 for the traceback)")
        return 1


if __name__ == "__main__":
    sys.exit(main())
