"""Past runs of a job, from the history database: ``--list`` and ``--show RUN``.

Read-only and lock-free: the history is SQLite in WAL mode, so a listing can be read
while a night is running. A run whose digest files are gone is rebuilt from the digest the
history keeps with every finished run.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from claimcheck.nightly.digest import render_markdown, summary_line
from claimcheck.nightly.errors import HistoryError, NightlyError
from claimcheck.nightly.history import History, StoredRun
from claimcheck.nightly.jobfile import JobConfig
from claimcheck.nightly.outputs import digest_files


@dataclass(frozen=True)
class RunLine:
    run_id: int
    night: str
    started_at: str
    status: str  # running | finished | abandoned
    exit_code: int | None
    news: str  # what the digest says changed, or why there is none
    digest: Path | None  # the run's markdown digest (None: the run wrote none)
    digest_exists: bool


def _open(job: JobConfig) -> History:
    if not job.history.is_file():
        raise HistoryError(f"no history at {job.history}: the job {job.name!r} has not run yet")
    return History.open(job.history)


def _news(run: StoredRun) -> str:
    if run.digest is None:
        return {"running": "(running, or killed while running)", "abandoned": "(killed; redone by the next run)"}.get(
            run.info.status, "(no digest)"
        )
    if run.digest.get("quiet"):
        return "nothing changed"
    return summary_line(run.digest).split(": ", 1)[-1].rstrip(".")


def list_runs(job: JobConfig) -> list[RunLine]:
    with _open(job) as history:
        stored = history.stored_runs(job.name)
    lines: list[RunLine] = []
    for run in stored:
        files = digest_files(job.out, run.digest_name)
        lines.append(
            RunLine(
                run_id=run.info.id,
                night=run.info.night,
                started_at=run.info.started_at,
                status=run.info.status,
                exit_code=run.exit_code,
                news=_news(run),
                digest=files[0] if files else None,
                digest_exists=bool(files) and files[0].is_file(),
            )
        )
    return lines


def format_runs(lines: list[RunLine]) -> str:
    """Plain text, one run a line, newest last; never wrapped (pipe it, grep it)."""
    if not lines:
        return "no runs yet\n"
    rows = [["run", "night", "started (UTC)", "status", "exit", "digest", "what changed"]]
    for line in lines:
        digest = "-" if line.digest is None else str(line.digest) + ("" if line.digest_exists else " (gone; --show rebuilds it)")
        rows.append([
            str(line.run_id), line.night, line.started_at.replace("+00:00", "Z"), line.status,
            "-" if line.exit_code is None else str(line.exit_code), digest, line.news,
        ])
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]) - 1)]
    return "".join(
        "  ".join(cell.ljust(width) for cell, width in zip(row[:-1], widths)) + "  " + row[-1] + "\n" for row in rows
    )


def show_run(job: JobConfig, which: str) -> tuple[str, bool]:
    """One run's markdown digest, and whether it was rebuilt from the history (its files
    gone). ``which``: a run ID, ``latest`` or ``news`` (the newest run that found something)."""
    with _open(job) as history:
        stored = [r for r in history.stored_runs(job.name) if r.digest is not None]
    if which in ("latest", "news"):
        pool = stored if which == "latest" else [r for r in stored if not r.digest.get("quiet")]  # type: ignore[union-attr]
        if not pool:
            raise NightlyError(f"no finished run{' with news' if which == 'news' else ''} of job {job.name!r} yet")
        run = pool[-1]
    else:
        try:
            run_id = int(which)
        except ValueError:
            raise NightlyError(f"--show takes a run ID (see --list), 'latest' or 'news', not {which!r}") from None
        found = [r for r in stored if r.info.id == run_id]
        if not found:
            raise NightlyError(f"job {job.name!r} has no finished run {run_id}; --list shows its runs")
        run = found[0]
    files = digest_files(job.out, run.digest_name)
    if files:
        try:
            return files[0].read_text("utf-8"), False
        except OSError:
            pass
    assert run.digest is not None
    return render_markdown(run.digest), True
