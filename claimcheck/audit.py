"""The pipeline: report → sources → evidence → verdicts → findings, in one place.

Everything here is orchestration; each stage lives in its own package. The CLI and the
nightly job both call :func:`audit_paths` / :func:`audit_reports`, so they can never
disagree about what an audit is.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from claimcheck import __version__
from claimcheck.errors import ClaimcheckError, ReportError
from claimcheck.model import Audit, Finding, Reference, Report, Severity, Source, worst_first
from claimcheck.util.clock import now_iso

if TYPE_CHECKING:
    from claimcheck.sources.settings import SourceSettings

__all__ = ["AuditOptions", "AuditRun", "InputError", "audit_paths", "audit_reports", "fetch_for", "now_iso"]

# (done, total, label): the core never imports rich; the CLI turns this into a progress bar.
Progress = Callable[[int, int, str], None]


@dataclass
class AuditOptions:
    fetch: bool = True  # look sources up at all (False: report-only checks)
    offline: bool = False  # read sources from the cache only
    source_settings: object | None = None  # claimcheck.sources.settings.SourceSettings
    nli: str | None = None  # --nli MODEL: an entailment model beside the verdict rules (evidence/nli.py)


@dataclass
class InputError:
    path: str
    message: str


@dataclass
class AuditRun:
    audits: list[Audit] = field(default_factory=list)
    errors: list[InputError] = field(default_factory=list)  # inputs that could not be audited
    run_findings: list[Finding] = field(default_factory=list)  # across reports


def _report_sources(report: Report, sources: Sequence[Source]) -> list[Source]:
    """The fetched sources this report cites, each carrying *this* report's reference.

    Two reports may cite different versions of one paper; the paper is fetched once, but the
    version that decides a verdict is the one each report cites.
    """
    by_id = {s.reference.arxiv_id: s for s in sources if s.reference.arxiv_id}
    picked: list[Source] = []
    seen: set[str] = set()
    for ref in report.references:
        if ref.arxiv_id is None or ref.arxiv_id in seen or ref.arxiv_id not in by_id:
            continue
        seen.add(ref.arxiv_id)
        picked.append(replace(by_id[ref.arxiv_id], reference=ref))
    return picked


def _cited_references(reports: Sequence[Report]) -> list[Reference]:
    refs: list[Reference] = []
    seen: set[str] = set()
    for report in reports:
        for ref in report.references:
            if ref.arxiv_id and ref.key not in seen:
                seen.add(ref.key)
                refs.append(ref)
    return refs


def _settings(options: AuditOptions) -> SourceSettings:
    from claimcheck.sources.settings import SourceSettings

    settings = options.source_settings
    if isinstance(settings, SourceSettings):
        return settings
    return SourceSettings.from_env(offline=True) if options.offline else SourceSettings.from_env()


def fetch_for(reports: Sequence[Report], options: AuditOptions, progress: Progress | None = None) -> list[Source]:
    """Every cited arXiv paper of every report, fetched once (I/O lives here, not in judge)."""
    from claimcheck.sources.fetch import fetch_sources

    return fetch_sources(_cited_references(reports), _settings(options), progress)


def find_examined_papers(reports: Sequence[Report], options: AuditOptions) -> tuple[list[Report], dict[str, Finding]]:
    """Reports that cite no arXiv paper but name the one they examine get it as a reference,
    found by its title (``sources/titles.py``); the finding says how, or why it was not."""
    from claimcheck.sources.http import ArxivHttp
    from claimcheck.sources.titles import examined_reference, local_titles, needs_title_lookup

    if not any(needs_title_lookup(r) for r in reports):
        return list(reports), {}
    settings = _settings(options)
    titles = local_titles(settings.papers_dir) if settings.papers_dir is not None else {}
    out: list[Report] = []
    notes: dict[str, Finding] = {}
    client = None if settings.offline else ArxivHttp(settings)
    try:
        for report in reports:
            ref, note = examined_reference(report, settings, client, titles)
            if ref is not None:
                report = replace(report, references=[*report.references, ref])
            if note is not None:
                code, severity = ("examined-paper.by-title", Severity.INFO) if ref else ("examined-paper.not-found", Severity.WARNING)
                notes[report.path] = Finding(code, severity, note, report.path)
            out.append(report)
    finally:
        if client is not None:
            client.close()
    return out, notes


def audit_reports(
    reports: Sequence[Report],
    options: AuditOptions,
    progress: Progress | None = None,
    sources: Sequence[Source] | None = None,
    known: Sequence[Report] = (),
) -> AuditRun:
    """Audit parsed reports together (cross-report checks need them all at once).

    ``sources`` lets a caller that already holds the fetched sources skip fetching;
    otherwise they are fetched when ``options.fetch`` is set. ``known``: reports audited
    before (the nightly job's history; their claims and marks are enough), which the
    cross-report checks compare ``reports`` with; they are not audited again, and only
    findings that involve one of ``reports`` are kept.
    """
    from claimcheck.checks.crossreport import GroupView, check_across
    from claimcheck.checks.question import check_question_vs_claims
    from claimcheck.checks.report import check_report

    run = AuditRun()
    across = check_across(reports, known)  # every finding involves one of ``reports``
    run.run_findings = sorted((f for f in across if f.report is None), key=worst_first)

    fetched = sources is not None or options.fetch
    nli = None
    if options.nli and fetched and reports:
        from claimcheck.evidence.nli import load as load_nli

        nli = load_nli(options.nli)  # before fetching: a wrong model name fails in seconds
    examined: dict[str, Finding] = {}
    if sources is None and options.fetch and reports:
        reports, examined = find_examined_papers(reports, options)
        sources = fetch_for(reports, options, progress)
    sources = list(sources or [])

    generated = now_iso()
    # Grouped by report once: a cross-report group names every report of the run, so
    # scanning every finding for every report grew with the square of the reports.
    own: dict[str | None, list[Finding]] = {}
    for f in across:
        own.setdefault(f.report, []).append(f)
    named: dict[str, list[GroupView]] = {}
    for f in run.run_findings:
        view = GroupView(f)
        for path in view.reports:
            named.setdefault(path, []).append(view)
    for report in reports:
        findings = check_report(report) + check_question_vs_claims(report)
        if report.path in examined:
            findings.append(examined[report.path])
        findings += own.get(report.path, [])
        # Each group as this report sees it: its own entries and a bounded few of the
        # others; a group copied whole into each of its N audits made N² entries a night.
        findings += [view.seen_from(report.path) for view in named.get(report.path, [])]
        report_sources: list[Source] = []
        verdicts = []
        if fetched:
            from claimcheck.checks.sources import check_with_sources
            from claimcheck.evidence.judge import judge_claims

            report_sources = _report_sources(report, sources)
            verdicts = judge_claims(report.claims, report_sources, nli)
            findings += check_with_sources(report, report_sources, verdicts)
        findings.sort(key=worst_first)
        run.audits.append(
            Audit(
                report=report,
                findings=findings,
                sources=report_sources,
                verdicts=verdicts,
                tool_version=__version__,
                generated_at=generated,
                offline=options.offline,
                fetched=fetched,
            )
        )
    return run


def audit_paths(
    paths: Sequence[Path], options: AuditOptions, progress: Progress | None = None
) -> AuditRun:
    """Read every report under ``paths`` and audit those that could be read.

    A bad input costs only itself: its problem is recorded in ``AuditRun.errors`` and the
    other inputs are still audited.
    """
    from claimcheck.report import find_reports, read_report

    files, problems = find_reports(list(paths))
    errors = [InputError(path, message) for path, message in problems]
    reports: list[Report] = []
    for file in files:
        try:
            reports.append(read_report(file))
        except ReportError as exc:  # the path is printed beside the problem: name it once
            errors.append(InputError(str(file), exc.problem))
        except ClaimcheckError as exc:
            errors.append(InputError(str(file), str(exc)))
        except (OSError, MemoryError) as exc:  # unreadable file: one input lost, not the run
            errors.append(InputError(str(file), f"cannot read: {exc}"))
    run = audit_reports(reports, options, progress)
    run.errors = errors + run.errors
    return run
