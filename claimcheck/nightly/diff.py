"""What changed between the last finished run and this one. Pure: snapshots in, changes out.

Reports are compared by content (sha256), not by file name: a renamed file is not new,
an edited one is (and says which content it replaces). Verdicts are compared per claim
for reports whose content did not change; a verdict "changes" when its label or its drift
note changes (a new arXiv version of a cited paper shows up as drift even when the cited
version still decides the label).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from claimcheck.model import VerdictLabel
from claimcheck.nightly.state import ReportState, Snapshot


@dataclass(frozen=True)
class NewReport:
    origin: str
    sha256: str
    title: str | None
    claims: int
    verdicts: dict[str, int]  # VerdictLabel.value → count
    audited: bool
    replaces: str | None = None  # sha256 of the content this origin had before


@dataclass(frozen=True)
class GoneReport:
    origin: str
    sha256: str
    title: str | None


@dataclass(frozen=True)
class VerdictChange:
    origin: str
    claim_index: int
    claim: str
    before: str | None
    after: str
    drift_before: str | None
    drift_after: str | None
    new_versions: tuple[str, ...] = ()  # cited papers with a new version: the likely cause


@dataclass(frozen=True)
class NewVersion:
    arxiv_id: str
    before: int
    after: int
    reports: tuple[str, ...]
    changed_claims: int


@dataclass(frozen=True)
class Reachability:
    arxiv_id: str
    reports: tuple[str, ...]
    error: str | None = None


@dataclass(frozen=True)
class PolicyMatch:
    origin: str
    claim_index: int
    claim: str
    verdict: str
    reason: str  # "new report" | "verdict changed"


@dataclass
class Changes:
    new_reports: list[NewReport] = field(default_factory=list)
    gone_reports: list[GoneReport] = field(default_factory=list)
    new_versions: list[NewVersion] = field(default_factory=list)
    verdict_changes: list[VerdictChange] = field(default_factory=list)
    unreachable: list[Reachability] = field(default_factory=list)
    reachable_again: list[Reachability] = field(default_factory=list)
    new_problems: list[PolicyMatch] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not (
            self.new_reports
            or self.gone_reports
            or self.new_versions
            or self.verdict_changes
            or self.unreachable
            or self.reachable_again
        )


def _by_sha(snap: Snapshot | None) -> dict[str, ReportState]:
    out: dict[str, ReportState] = {}
    for origin in sorted(snap.reports) if snap else []:
        state = snap.reports[origin]  # type: ignore[union-attr]
        out.setdefault(state.sha256, state)
    return out


def _citing(current: Snapshot, arxiv_id: str) -> tuple[str, ...]:
    return tuple(sorted(o for o, r in current.reports.items() if arxiv_id in r.cites))


def compare(baseline: Snapshot | None, current: Snapshot, fail_on: frozenset[VerdictLabel]) -> Changes:
    changes = Changes()
    policy = {label.value for label in fail_on}
    before, now = _by_sha(baseline), _by_sha(current)
    old_by_origin = {o: r.sha256 for o, r in baseline.reports.items()} if baseline else {}

    # Papers whose latest version moved: compared on what each run knew.
    bumped: dict[str, tuple[int, int]] = {}
    if baseline:
        for aid, src in sorted(current.sources.items()):
            old = baseline.sources.get(aid)
            if old and old.latest_version and src.latest_version and src.latest_version > old.latest_version:
                bumped[aid] = (old.latest_version, src.latest_version)

    for sha, report in now.items():
        was = before.get(sha)
        if was is None or (was.audit_id is None and report.audit_id is not None):
            counts = Counter(c.label for c in report.claims.values())
            replaced = old_by_origin.get(report.origin)
            changes.new_reports.append(
                NewReport(
                    origin=report.origin,
                    sha256=sha,
                    title=report.title,
                    claims=len(report.claims),
                    verdicts={label.value: counts.get(label.value, 0) for label in VerdictLabel},
                    audited=report.audit_id is not None,
                    replaces=replaced if replaced and replaced != sha else None,
                )
            )
            for claim in sorted(report.claims.values(), key=lambda c: c.index):
                if claim.label in policy:
                    changes.new_problems.append(
                        PolicyMatch(report.origin, claim.index, claim.text, claim.label, "new report")
                    )
            continue
        if report.audit_id is None or report.audit_id == was.audit_id:
            continue
        causes = tuple(a for a in report.cites if a in bumped)
        for index in sorted(report.claims):
            claim, prev = report.claims[index], was.claims.get(index)
            if prev is not None and prev.label == claim.label and prev.drift == claim.drift:
                continue
            changes.verdict_changes.append(
                VerdictChange(
                    origin=report.origin,
                    claim_index=index,
                    claim=claim.text,
                    before=prev.label if prev else None,
                    after=claim.label,
                    drift_before=prev.drift if prev else None,
                    drift_after=claim.drift,
                    new_versions=causes,
                )
            )
            if claim.label in policy and (prev is None or prev.label != claim.label):
                changes.new_problems.append(
                    PolicyMatch(report.origin, index, claim.text, claim.label, "verdict changed")
                )

    replaced_shas = {n.replaces for n in changes.new_reports if n.replaces}
    for sha, report in before.items():
        if sha not in now and sha not in replaced_shas:
            changes.gone_reports.append(GoneReport(report.origin, sha, report.title))

    for aid, (old_v, new_v) in bumped.items():
        citing = _citing(current, aid)
        changed = sum(1 for c in changes.verdict_changes if aid in c.new_versions)
        changes.new_versions.append(NewVersion(aid, old_v, new_v, citing, changed))

    for aid, src in sorted(current.sources.items()):
        old = baseline.sources.get(aid) if baseline else None
        if not src.reachable and (old is None or old.reachable):
            changes.unreachable.append(Reachability(aid, _citing(current, aid), src.error))
        elif src.reachable and old is not None and not old.reachable:
            changes.reachable_again.append(Reachability(aid, _citing(current, aid)))

    changes.new_reports.sort(key=lambda n: n.origin)
    changes.gone_reports.sort(key=lambda g: g.origin)
    changes.verdict_changes.sort(key=lambda c: (c.origin, c.claim_index))
    changes.new_problems.sort(key=lambda p: (p.origin, p.claim_index))
    return changes


@dataclass(frozen=True)
class Totals:
    reports: int
    claims: int
    verdicts: dict[str, int]
    audited: int  # reports audited since the last finished run (this run or a killed one)
    reused: int  # reports whose earlier audit still held
    unaudited: int
    sources: int
    unreachable: int


def totals(current: Snapshot, baseline: Snapshot | None) -> Totals:
    since = baseline.run.id if baseline else 0
    reports = list(_by_sha(current).values())
    counts = Counter(c.label for r in reports for c in r.claims.values())
    audited = sum(1 for r in reports if r.audit_run is not None and r.audit_run > since)
    unaudited = sum(1 for r in reports if r.audit_id is None)
    return Totals(
        reports=len(reports),
        claims=sum(len(r.claims) for r in reports),
        verdicts={label.value: counts.get(label.value, 0) for label in VerdictLabel},
        audited=audited,
        reused=len(reports) - audited - unaudited,
        unaudited=unaudited,
        sources=len(current.sources),
        unreachable=sum(1 for s in current.sources.values() if not s.reachable),
    )
