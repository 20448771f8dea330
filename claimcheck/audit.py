"""The pipeline: report → sources → evidence → verdicts → findings, in one place.

Everything here is orchestration; each stage lives in its own package. The CLI and the
nightly job both call :func:`audit_paths` / :func:`audit_reports`, so they can never
disagree about what an audit is.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from claimcheck import __version__
from claimcheck.errors import ClaimcheckError
from claimcheck.model import Audit, Finding, Report, Source

# (done, total, label): the core never imports rich; the CLI turns this into a progress bar.
Progress = Callable[[int, int, str], None]


@dataclass
class AuditOptions:
    fetch: bool = True  # look sources up at all (False: report-only checks)
    offline: bool = False  # read sources from the cache only
    source_settings: object | None = None  # claimcheck.sources.settings.SourceSettings


@dataclass
class InputError:
    path: str
    message: str


@dataclass
class AuditRun:
    audits: list[Audit] = field(default_factory=list)
    errors: list[InputError] = field(default_factory=list)  # inputs that could not be audited
    run_findings: list[Finding] = field(default_factory=list)  # across reports


def now_iso() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()
