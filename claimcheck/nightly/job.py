"""One night of a nightly job: intake → what is new → audit only that → history → digest.

Exit codes (stable; schedulers and CI rely on them):

  0  nothing new, or nothing new matching the job's ``fail_on`` policy
  1  new problems per the policy: a new report's claim, or a claim whose verdict changed,
     now has a verdict listed in ``fail_on``
  2  the job failed: bad job file, lock held by another run, history database error,
     output folder not writable; no digest is written and the run is not marked finished

Safety: the lock is taken before anything is read; each audited report is committed on its
own; the run is marked finished only after the digest is written. A run killed at any point
leaves the database consistent, and the next run reuses every committed audit and reports
the changes against the same baseline (the last *finished* run).
"""

from __future__ import annotations

import hashlib
import logging
import os
import time
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any

from claimcheck import __version__
from claimcheck.audit import AuditOptions, audit_reports
from claimcheck.errors import ClaimcheckError
from claimcheck.model import Audit, Report, Source, SourceStatus
from claimcheck.nightly.diff import compare, totals
from claimcheck.nightly.digest import build_digest, report_findings
from claimcheck.nightly.errors import NightlyError, OutputFolderError
from claimcheck.nightly.history import History, StoredReport
from claimcheck.nightly.intake import IntakeContext, IntakeItem
from claimcheck.nightly.jobfile import JobConfig, load_job
from claimcheck.nightly.lock import job_lock
from claimcheck.nightly.outputs import audits_folder, digest_name, write_digest
from claimcheck.nightly.state import Snapshot, SourceState
from claimcheck.render import files as render_files
from claimcheck.render.json import SharedDetails, finding_dict, findings_json
from claimcheck.sources import LatestVersion, latest_versions
from claimcheck.sources.settings import SourceSettings
from claimcheck.util.clock import now_iso
from claimcheck.util.files import safe_name

log = logging.getLogger(__name__)
EXIT_OK, EXIT_POLICY, EXIT_FAILED = 0, 1, 2
# Test-only (see _test_pause): pause after the first committed report, so that a test can
# SIGKILL the run, or overlap a second one, at a known point.
PAUSE_ENV = "CLAIMCHECK_NIGHTLY_TEST_PAUSE_FILE"


@dataclass
class NightlyResult:
    exit_code: int
    message: str  # one line: the digest's summary, or why the job failed
    digest: dict[str, Any] | None = None
    digest_paths: list[Path] = field(default_factory=list)
    run_id: int | None = None
    audited: list[str] = field(default_factory=list)  # origins audited by this run
    reused: list[str] = field(default_factory=list)  # origins whose stored audit still held


@dataclass
class _Input:
    item: IntakeItem
    sha256: str
    cites: list[str]
    report: Report | None = None  # parsed only when it must be audited (or is unknown)
    error: str | None = None  # why it cannot be audited (unparseable): kept, not dropped


# --------------------------------------------------------------------------- entry point


def run_job(job_path: Path, *, today: date | None = None, console: Any = None) -> NightlyResult:
    """Run one night of the job in ``job_path``. Never raises for expected failures: they
    come back as ``exit_code`` 2 with ``message`` saying why. ``today`` fixes the night's
    date (tests, re-runs of a missed night); ``console`` (rich) gets the summary lines."""
    night = (today or date.today()).isoformat()
    try:
        job = load_job(Path(job_path))
        with job_lock(job.lock_path, job.lock_timeout):
            result = _run_locked(job, night)
    except NightlyError as exc:
        result = NightlyResult(EXIT_FAILED, f"nightly job failed: {exc}")
    except ClaimcheckError as exc:  # e.g. a SourceSettings value the sources layer refuses
        result = NightlyResult(EXIT_FAILED, f"nightly job failed: {exc}")
    except Exception as exc:  # noqa: BLE001 - unattended: a bug still ends in exit 2 and one line
        log.debug("nightly job crashed", exc_info=True)
        result = NightlyResult(
            EXIT_FAILED, f"nightly job failed unexpectedly ({type(exc).__name__}: {exc}); please report this"
        )
    if console is not None:
        style = {EXIT_OK: "green", EXIT_POLICY: "yellow", EXIT_FAILED: "red"}[result.exit_code]
        console.print(f"[{style}]{_escape(result.message)}[/{style}]", highlight=False)
        for path in result.digest_paths:
            console.print(f"  {_escape(str(path))}", highlight=False)
    return result


def _escape(text: str) -> str:
    from rich.markup import escape

    return escape(text)


# --------------------------------------------------------------------------- the run


def _check_writable(out: Path) -> None:
    """Fail before any work when the output folder cannot take files."""
    try:
        render_files.check_output_dir(out)
    except ClaimcheckError as exc:
        raise OutputFolderError(str(exc)) from exc


def _settings(job: JobConfig) -> SourceSettings:
    return SourceSettings.from_env(**job.sources)


def _run_locked(job: JobConfig, night: str) -> NightlyResult:
    _check_writable(job.out)
    settings = _settings(job)
    with History.open(job.history) as history:
        run_id = history.start_run(job.name, night, __version__)
        baseline = history.last_finished_run(job.name, before=run_id)
        problems: list[str] = []

        inputs = _collect(job, settings, history, problems)
        broken = [i for i in inputs if i.error]
        problems.extend(i.error for i in broken if i.error)
        inputs = [i for i in inputs if not i.error]
        cited = sorted({aid for i in inputs for aid in i.cites})
        checks = _check_sources(cited, settings, history, problems)
        history.record_source_checks(run_id, [c for c in checks.values() if c.checked])

        expected = {i.sha256: fingerprint(i.cites, checks) for i in inputs}
        done = history.find_audits((sha, fp) for sha, fp in expected.items())
        reuse = [i for i in inputs if (i.sha256, expected[i.sha256]) in done]
        reused = {i.item.origin for i in reuse}
        history.link_reports(
            run_id,
            [(i.item.origin, i.sha256, done[(i.sha256, expected[i.sha256])]) for i in reuse]
            + [(i.item.origin, i.sha256, None) for i in broken],
        )

        todo = [i for i in inputs if i.item.origin not in reused]
        audited, fresh, across = _audit_all(job, settings, history, run_id, todo, checks, problems)

        current = history.snapshot(
            run_id, findings_after=baseline.id if baseline else 0, findings=fresh, run_findings=across
        )
        base_snap = history.snapshot(baseline.id) if baseline else None
        changes = compare(base_snap, current, job.fail_on)
        exit_code = EXIT_POLICY if changes.new_problems else EXIT_OK
        digest = build_digest(
            job=job.name,
            night=night,
            run_id=run_id,
            tool_version=__version__,
            generated_at=now_iso(),
            baseline=(baseline.id, baseline.night) if baseline else None,
            changes=changes,
            totals=totals(current, base_snap),
            problems=problems,
            fail_on=[label.slug for label in job.fail_on],
            exit_code=exit_code,
            audit_links=_links(job.out, current),
            findings=report_findings(current, base_snap),
        )
        name = digest_name(night, history.run(run_id).started_at, run_id)
        paths = write_digest(job.out, name, digest)
        history.finish_run(run_id, exit_code, digest, name)
        return NightlyResult(
            exit_code,
            digest["summary"],
            digest,
            paths,
            run_id,
            audited=audited,
            reused=sorted(reused),
        )


# --------------------------------------------------------------------------- intake


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _parse(item: IntakeItem) -> Report:
    from claimcheck.report import read_report

    report = read_report(item.path)
    # Findings and audit files name the report by where the intake found it, which stays
    # the same across nights (a Zenodo download's cache path says nothing to a reader).
    return replace(report, path=item.origin)


def _collect(job: JobConfig, settings: SourceSettings, history: History, problems: list[str]) -> list[_Input]:
    items: dict[str, IntakeItem] = {}
    for intake in job.intakes:
        ctx = IntakeContext(
            cache_dir=settings.cache_dir / "intake" / safe_name(intake.name, 120, "file"),
            settings=settings,
            offline=settings.offline,
        )
        try:
            result = intake.collect(ctx)
        except Exception as exc:  # a plugin's failure costs its reports, not the night
            problems.append(f"{intake.name}: intake failed ({type(exc).__name__}: {exc})")
            continue
        problems.extend(result.problems)
        for item in result.items:
            items.setdefault(item.origin, item)

    hashed: list[tuple[IntakeItem, str]] = []
    for origin in sorted(items):
        try:
            hashed.append((items[origin], _sha256(items[origin].path)))
        except OSError as exc:
            problems.append(f"{origin}: cannot read ({exc.strerror or exc})")
    known = history.stored_reports(sha for _, sha in hashed)
    inputs: list[_Input] = []
    for item, sha in hashed:
        stored: StoredReport | None = known.get(sha)
        if stored is not None:  # seen before: its references are in the history, no parsing
            inputs.append(_Input(item, sha, stored.cites))
            continue
        try:
            report = _parse(item)
        except ClaimcheckError as exc:
            inputs.append(_Input(item, sha, [], error=f"{item.origin}: not audited: {exc}"))
            continue
        except (OSError, ValueError, MemoryError) as exc:
            inputs.append(_Input(item, sha, [], error=f"{item.origin}: not audited: cannot read ({exc})"))
            continue
        cites = list(dict.fromkeys(r.arxiv_id for r in report.references if r.arxiv_id))
        inputs.append(_Input(item, sha, cites, report))
    return inputs


# --------------------------------------------------------------------------- sources


def _check_sources(
    cited: Sequence[str], settings: SourceSettings, history: History, problems: list[str]
) -> dict[str, SourceState]:
    """The latest version of every cited paper (:func:`claimcheck.sources.latest_versions`:
    batched, rate limited, and refreshing the source cache, so the audits that follow ask
    nothing more). Unreachable papers keep their last known version."""
    if not cited:
        return {}
    known = history.last_known_versions(cited)
    if settings.offline:
        # Nothing is asked, so nothing is recorded as checked (the digest shows 0 sources
        # checked, not a night of outages); the last known versions decide reuse.
        return {aid: SourceState(aid, False, known.get(aid), checked=False) for aid in cited}
    answers = latest_versions(cited, settings)
    checks: dict[str, SourceState] = {}
    for aid in cited:
        answer = answers.get(aid) or LatestVersion(aid, False, None, "arXiv was not asked (not a base ID)")
        if answer.reachable:
            checks[aid] = SourceState(aid, True, answer.latest_version, answer.error)
        else:
            checks[aid] = SourceState(aid, False, known.get(aid), answer.error)
    return checks


def paper_state(aid: str, checks: dict[str, SourceState]) -> str:
    check = checks.get(aid)
    if check is None or check.latest_version is None:
        return "unknown" if check is not None and check.reachable else "unavailable"
    return f"v{check.latest_version}"


def fingerprint(cites: Sequence[str], checks: dict[str, SourceState], tool_version: str = __version__) -> str:
    """What an audit's verdicts depend on besides the report's bytes: the tool and the
    latest version of every cited paper (fetch_sources reads every version up to it)."""
    return tool_version + "|" + ",".join(f"{aid}:{paper_state(aid, checks)}" for aid in sorted(set(cites)))


def _audit_fingerprint(cites: Sequence[str], sources: dict[str, Source], checks: dict[str, SourceState]) -> str:
    """The fingerprint of what the audit actually read: a paper that could not be read is
    recorded as such, so the next night (when it can be) audits again."""
    states: dict[str, SourceState] = dict(checks)
    marks: dict[str, str] = {}
    for aid in cites:
        source = sources.get(aid)
        if source is None or source.status is SourceStatus.UNAVAILABLE:
            marks[aid] = "unavailable"
        elif source.status is SourceStatus.PARTIAL:
            marks[aid] = paper_state(aid, states) + "-partial"
        elif source.status is SourceStatus.UNKNOWN_ID:
            marks[aid] = "unknown"
        elif source.metadata is not None:
            marks[aid] = f"v{source.metadata.latest_version}"
        else:
            marks[aid] = paper_state(aid, states)
    return __version__ + "|" + ",".join(f"{aid}:{marks[aid]}" for aid in sorted(set(cites)))


# --------------------------------------------------------------------------- audits


def _audit_all(
    job: JobConfig,
    settings: SourceSettings,
    history: History,
    run_id: int,
    todo: list[_Input],
    checks: dict[str, SourceState],
    problems: list[str],
) -> tuple[list[str], dict[int, list[dict[str, Any]]], list[dict[str, Any]]]:
    """Audit tonight's reports together, in one :func:`claimcheck.audit.audit_reports` call
    (the path every audit takes), so that the cross-report checks compare them with each
    other and with every claim already in the history; then commit them one by one.
    Returns the origins audited, by audit ID the findings as stored, and the run's findings
    across reports, each group whole (for the digest, which would otherwise decode them
    again)."""
    entries: dict[str, _Input] = {}  # by content: one content at two origins is audited once
    copies: list[_Input] = []
    reports: list[Report] = []
    for entry in todo:
        if entry.sha256 in entries:
            copies.append(entry)
            continue
        try:
            report = entry.report or _parse(entry.item)
        except (ClaimcheckError, OSError, ValueError) as exc:
            problems.append(f"{entry.item.origin}: not audited: {exc}")
            history.link_reports(run_id, [(entry.item.origin, entry.sha256, None)])
            continue
        entries[entry.sha256] = entry
        reports.append(report)
    if not reports:
        return [], {}, []
    known = history.known_reports(entries, {e.item.origin for e in todo})
    options = AuditOptions(fetch=True, offline=settings.offline, source_settings=settings)
    try:
        run = audit_reports(reports, options, known=known)
    except ClaimcheckError as exc:
        for entry in [*entries.values(), *copies]:
            problems.append(f"{entry.item.origin}: audit failed: {exc}")
            history.link_reports(run_id, [(entry.item.origin, entry.sha256, None)])
        return [], {}, []
    shared = SharedDetails()  # run-level findings: encoded once, for the run index and the history
    # The groups whole, once, before any audit that shows a part of one is committed.
    history.record_run_findings(run_id, findings_json(run.run_findings, shared))
    across = [finding_dict(f, shared) for f in run.run_findings]
    files = _write_audits(job.out, run_id, run.audits, run.run_findings, shared)

    audited: list[str] = []
    by_sha: dict[str, int] = {}
    fresh: dict[int, list[dict[str, Any]]] = {}
    for audit in run.audits:
        entry = entries[audit.report.sha256]
        sources = {s.reference.arxiv_id: s for s in audit.sources if s.reference.arxiv_id}
        by_sha[entry.sha256] = history.record_audit(
            run_id,
            entry.item.origin,
            audit.report,
            audit,
            _audit_fingerprint(entry.cites, sources, checks),
            files.get(entry.sha256),
            shared,
        )
        fresh[by_sha[entry.sha256]] = [finding_dict(f, shared) for f in audit.findings]
        audited.append(entry.item.origin)
        _test_pause()
    history.link_reports(run_id, [(c.item.origin, c.sha256, by_sha.get(c.sha256)) for c in copies])
    return audited, fresh, across


def _test_pause() -> None:
    """Test-only: with ``CLAIMCHECK_NIGHTLY_TEST_PAUSE_FILE=F``, after the first committed
    report write F and wait (holding the lock) until F.go exists, at most 60 s. Tests kill
    the run here, or start a second run and then let this one go on."""
    marker = os.environ.get(PAUSE_ENV)
    if not marker or Path(marker).exists():
        return
    Path(marker).write_text(str(os.getpid()))
    go = Path(marker + ".go")
    deadline = time.monotonic() + 60
    while not go.exists() and time.monotonic() < deadline:
        time.sleep(0.02)


# --------------------------------------------------------------------------- files


def _write_audits(
    out: Path, run_id: int, audits: Sequence[Audit], run_findings: Sequence[Any], shared: SharedDetails
) -> dict[str, str]:
    """Each audit's markdown and JSON (and the run's index) in the run's own folder, through
    the renderer's writer; returns each report's markdown audit (by sha256) relative to
    ``out``. Written before anything is committed, so a committed audit has its file."""
    folder = audits_folder(run_id)
    try:
        written, failures = render_files.write_audits(
            audits, out / folder, run_findings=run_findings, generated_at=now_iso(), tool_version=__version__,
            shared=shared,
        )
    except ClaimcheckError as exc:
        raise OutputFolderError(f"cannot write the audits to {out / folder}: {exc}") from exc
    if failures:
        path, message = failures[0]
        raise OutputFolderError(f"cannot write the audit of {path}: {message}")
    return {audit.report.sha256: f"{folder}/{names['markdown']}" for audit, names in written}


def _links(out: Path, current: Snapshot) -> dict[str, str]:
    """Report origin → its markdown audit (relative to the digest), where that file exists."""
    return {
        origin: state.audit_file
        for origin, state in current.reports.items()
        if state.audit_file and (out / state.audit_file).is_file()
    }
