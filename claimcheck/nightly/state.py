"""What one run saw, as plain values: the input of the night-over-night diff.

The history database produces these (:meth:`History.snapshot`); :mod:`diff` compares two
of them without any I/O, so the diff is tested with hand-made snapshots.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class ClaimState:
    index: int
    text: str
    label: str  # VerdictLabel.value
    drift: str | None = None


@dataclass
class ReportState:
    origin: str  # where the intake found it, stable across nights
    sha256: str
    title: str | None
    cites: list[str]  # base arXiv IDs, in reference order
    audit_id: int | None  # None: could not be audited this run
    audit_run: int | None = None  # the run that produced the audit (reuse across nights)
    claims: dict[int, ClaimState] = field(default_factory=dict)
    audit_file: str | None = None  # its markdown audit, relative to the job's out folder
    findings: list[dict[str, Any]] = field(default_factory=list)  # the audit's, as stored (JSON)


@dataclass(frozen=True)
class SourceState:
    arxiv_id: str
    reachable: bool
    latest_version: int | None  # latest known, carried over from earlier runs when unreachable
    error: str | None = None
    checked: bool = True  # False: not asked tonight (offline); never stored in the history


@dataclass
class RunInfo:
    id: int
    job: str
    night: str  # YYYY-MM-DD
    started_at: str
    finished_at: str | None
    status: str  # running | finished | abandoned


@dataclass
class Snapshot:
    run: RunInfo
    reports: dict[str, ReportState] = field(default_factory=dict)  # by origin
    sources: dict[str, SourceState] = field(default_factory=dict)  # by base arXiv ID
    # Findings across reports of the runs since the baseline, each group whole (JSON, as
    # stored); the audits in ``reports`` hold only their own part of each.
    run_findings: list[dict[str, Any]] = field(default_factory=list)
