"""``python -m claimcheck.nightly JOB.toml [--date YYYY-MM-DD]``: one night, exit code 0/1/2.
``--list`` lists the job's past runs, ``--show RUN`` prints one run's digest again.

The same as ``claim-audit nightly JOB.toml``; handy where the console script is not on
PATH (cron) and for tests that need a separate process to kill.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from claimcheck.nightly.job import EXIT_FAILED, run_job


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a YYYY-MM-DD date: {text!r}") from exc


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="claim-audit nightly",
        description="Run one night of a nightly verification job.",
        epilog="Exit codes: 0 nothing new matching fail_on, 1 new problems per fail_on, "
        "2 job failure (bad job file, lock held, database error, output not writable). "
        "With --list or --show: 0 printed, 2 bad job file, no history yet or no such run.",
    )
    parser.add_argument("job", type=Path, metavar="JOB.toml")
    parser.add_argument("--date", type=_date, help="the night's date (default: today)")
    parser.add_argument("--quiet", "-q", action="store_true", help="print nothing; the exit code tells")
    history = parser.add_mutually_exclusive_group()
    history.add_argument(
        "--list", action="store_true", help="list the job's past runs (counts, digest files) and run nothing"
    )
    history.add_argument(
        "--show", metavar="RUN",
        help="print one run's markdown digest again (a run ID from --list, 'latest', or 'news': the newest "
        "run that found something); rebuilt from the history if its files are gone",
    )
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on bad arguments, which is our failure code too
        return int(exc.code or 0) and EXIT_FAILED
    if args.list or args.show is not None:
        return _history(args.job, args.show)
    from claimcheck.console import make_console

    console = None if args.quiet else make_console()
    return run_job(args.job, today=args.date, console=console).exit_code


def _history(job_path: Path, show: str | None) -> int:
    from claimcheck.errors import ClaimcheckError
    from claimcheck.nightly.jobfile import load_job
    from claimcheck.nightly.runs import format_runs, list_runs, show_run

    try:
        job = load_job(job_path)
        if show is None:
            sys.stdout.write(format_runs(list_runs(job)))
            return 0
        text, rebuilt = show_run(job, show)
    except ClaimcheckError as exc:
        print(f"claim-audit nightly: {exc}", file=sys.stderr)
        return EXIT_FAILED
    if rebuilt:
        print("(its digest files are gone: rebuilt from the history database)", file=sys.stderr)
    sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
