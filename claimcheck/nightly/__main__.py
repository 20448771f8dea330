"""``python -m claimcheck.nightly JOB.toml [--date YYYY-MM-DD]``: one night, exit code 0/1/2.

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
        "2 job failure (bad job file, lock held, database error, output not writable).",
    )
    parser.add_argument("job", type=Path, metavar="JOB.toml")
    parser.add_argument("--date", type=_date, help="the night's date (default: today)")
    parser.add_argument("--quiet", "-q", action="store_true", help="print nothing; the exit code tells")
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on bad arguments, which is our failure code too
        return int(exc.code or 0) and EXIT_FAILED
    from claimcheck.console import make_console

    console = None if args.quiet else make_console()
    return run_job(args.job, today=args.date, console=console).exit_code


if __name__ == "__main__":
    sys.exit(main())
