"""The nightly digest: ``nightly-YYYY-MM-DD.json`` (schema: ``digest.schema.json``) and the
markdown a person reads, rendered from that same JSON so the two can never disagree.

What changed comes first, then the report findings (conflicts across reports first), then
totals. A night with nothing new is one line. Every piece of text that comes from a report,
a paper, a file name or the job file is escaped (:mod:`claimcheck.render.escape`).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import asdict
from importlib import resources
from typing import Any

from claimcheck.model import VerdictLabel
from claimcheck.nightly.diff import Changes, Totals
from claimcheck.nightly.state import Snapshot
from claimcheck.render.escape import md_cell, md_inline
from claimcheck.render.markdown import table
from claimcheck.util.words import plural

SCHEMA_ID = "claimcheck.nightly-digest/1"
CLAIM_CHARS = 140
CROSS_REPORT = "cross-report"
SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}
LABELS = [label.value for label in VerdictLabel]


def load_schema() -> dict[str, Any]:
    return json.loads(resources.files("claimcheck.nightly").joinpath("digest.schema.json").read_text("utf-8"))


_plural = plural  # claimcheck.util.words: one pluraliser for every message


def report_findings(current: Snapshot, baseline: Snapshot | None) -> list[dict[str, Any]]:
    """The findings of the reports new since the baseline: conflicts across reports first
    (the same claim marked ✓ in one report and × in another, new reports compared with each
    other and with every earlier one), then the new reports' own errors. A report audited
    again only because a cited paper changed shows its changes as verdict changes, not its
    findings again; a conflict is listed once, with every report of its group.

    Groups come whole from the runs' findings across reports (``current.run_findings``):
    an audit holds only its own part of each (``details["more"]``). Audits stored before
    runs kept those hold their groups whole, and are read as they are."""
    since = baseline.run.id if baseline else 0
    audited_before = {r.sha256 for r in baseline.reports.values() if r.audit_id is not None} if baseline else set()
    new = {
        origin
        for origin, state in current.reports.items()
        if state.audit_run is not None and state.audit_run > since and state.sha256 not in audited_before
    }
    seen: set[tuple[str, str]] = set()
    cross: list[dict[str, Any]] = []
    own: list[dict[str, Any]] = []

    def add_cross(f: Mapping[str, Any]) -> None:
        code = str(f.get("code", ""))
        reports = _named(f)
        if not new.intersection(reports):
            return
        key = (code, str(f.get("message", "")))
        if key not in seen:
            seen.add(key)
            cross.append(_entry(f, reports))

    for f in current.run_findings:
        if str(f.get("code", "")).startswith(CROSS_REPORT):
            add_cross(f)
    for origin in sorted(new):
        for f in current.reports[origin].findings:
            code, severity = str(f.get("code", "")), str(f.get("severity", "info"))
            if code.startswith(CROSS_REPORT):
                details = f.get("details")
                if not (isinstance(details, dict) and "more" in details):  # a view: its group is above
                    add_cross(f)
                continue
            if severity != "error":
                continue
            key = (code, f"{origin}\0{f.get('message', '')}")
            if key not in seen:
                seen.add(key)
                own.append(_entry(f, [origin]))
    cross.sort(key=lambda e: SEVERITY_ORDER[e["severity"]])
    return cross + own


def _named(f: Mapping[str, Any]) -> list[str]:
    """The reports a cross-report finding names, each once, in its order."""
    raw = f.get("details")
    details: Mapping[str, Any] = raw if isinstance(raw, dict) else {}
    entries = details.get("reports", [])
    named = [e.get("report") for e in entries if isinstance(e, dict)] if isinstance(entries, list) else []
    return list(dict.fromkeys(str(r) for r in named if r))


def _entry(f: Mapping[str, Any], reports: list[str]) -> dict[str, Any]:
    severity = str(f.get("severity", "info"))
    return {
        "code": str(f.get("code", "")),
        "severity": severity if severity in SEVERITY_ORDER else "info",
        "message": str(f.get("message", "")),
        "reports": reports,
    }


def build_digest(
    *,
    job: str,
    night: str,
    run_id: int,
    tool_version: str,
    generated_at: str,
    baseline: tuple[int, str] | None,
    changes: Changes,
    totals: Totals,
    problems: Sequence[str],
    fail_on: Sequence[str],
    exit_code: int,
    audit_links: Mapping[str, str] | None = None,
    findings: Sequence[Mapping[str, Any]] = (),
) -> dict[str, Any]:
    """Everything a machine needs about one night. ``audit_links``: report origin → its
    markdown audit, relative to the digest. ``findings``: :func:`report_findings`."""
    links = audit_links or {}
    digest: dict[str, Any] = {
        "schema": SCHEMA_ID,
        "job": job,
        "night": night,
        "run_id": run_id,
        "tool_version": tool_version,
        "generated_at": generated_at,
        "baseline": {"run_id": baseline[0], "night": baseline[1]} if baseline else None,
        "quiet": changes.empty and not problems and not findings,
        "exit_code": exit_code,
        "fail_on": sorted(fail_on),
        "summary": "",
        "changes": {
            "new_reports": [{**asdict(n), "audit": links.get(n.origin)} for n in changes.new_reports],
            "gone_reports": [asdict(g) for g in changes.gone_reports],
            "new_versions": [{**asdict(v), "reports": list(v.reports)} for v in changes.new_versions],
            "verdict_changes": [
                {**asdict(c), "new_versions": list(c.new_versions), "audit": links.get(c.origin)}
                for c in changes.verdict_changes
            ],
            "unreachable": [{**asdict(r), "reports": list(r.reports)} for r in changes.unreachable],
            "reachable_again": [{**asdict(r), "reports": list(r.reports)} for r in changes.reachable_again],
        },
        "new_problems": [asdict(p) for p in changes.new_problems],
        "findings": [dict(f) for f in findings],
        "problems": list(problems),
        "totals": asdict(totals),
    }
    digest["summary"] = summary_line(digest)
    return digest


def _headline(ch: Mapping[str, Any]) -> str:
    parts = [
        _plural(len(ch["new_reports"]), "new report"),
        _plural(len(ch["new_versions"]), "new paper version"),
        _plural(len(ch["verdict_changes"]), "verdict change"),
        _plural(len(ch["unreachable"]), "source unreachable", "sources unreachable"),
        _plural(len(ch["reachable_again"]), "source back", "sources back"),
        _plural(len(ch["gone_reports"]), "report gone", "reports gone"),
    ]
    return ", ".join(p for p in parts if not p.startswith("0 "))


def summary_line(digest: Mapping[str, Any], escape: Callable[[str], str] = str) -> str:
    """The digest's one-line summary; ``escape`` is applied to the job's name, the only
    text in it that is not ours (``md_inline`` for the markdown)."""
    job, night, totals = escape(digest["job"]), digest["night"], digest["totals"]
    base = digest["baseline"]
    since = f" since {base['night']}" if base else ""
    if digest["quiet"]:
        return (
            f"Nightly verification {job} {night}: nothing changed{since} "
            f"({_plural(totals['reports'], 'report')}, {_plural(totals['claims'], 'claim')}, "
            f"{_plural(totals['sources'], 'source')} checked)."
        )
    what = _headline(digest["changes"]) or "no changes"
    line = f"Nightly verification {job} {night}: {what}{since or ' (first run)'}"
    conflicts = sum(1 for f in digest.get("findings", []) if f["code"].startswith(CROSS_REPORT))
    if conflicts:
        line += f"; {_plural(conflicts, 'finding')} across reports"
    if digest["problems"]:
        line += f"; {_plural(len(digest['problems']), 'problem')}"
    if digest["new_problems"]:
        line += f"; {_plural(len(digest['new_problems']), 'new claim')} matching fail_on"
    return line + "."


# --------------------------------------------------------------------------- markdown


def _link(text: str, target: str | None) -> str:
    # Targets are our own file names (audits/run-N/<safe stem>.audit.md); the text is not ours.
    return f"[{md_cell(text)}]({target})" if target else md_cell(text)


def _verdict(label: str | None) -> str:
    if label is None:
        return "–"
    return f"**{label}**" if label in ("contradicted", "not found") else label


def render_markdown(digest: Mapping[str, Any]) -> str:
    summary = summary_line(digest, md_inline)
    if digest["quiet"]:
        return summary + "\n"
    ch = digest["changes"]
    lines = [f"# Nightly verification: {md_inline(digest['job'])}, {digest['night']}", "", summary, ""]
    if digest["exit_code"] == 1:
        lines += [
            f"**Exit 1**: {_plural(len(digest['new_problems']), 'new claim')} with a verdict in "
            f"fail_on ({', '.join(digest['fail_on'])}).",
            "",
        ]
    if digest["new_problems"]:
        lines += ["## New problems (fail_on)", ""]
        lines += table(
            ["report", "#", "claim", "verdict", "why"],
            [
                [md_cell(p["origin"]), p["claim_index"], md_cell(p["claim"], CLAIM_CHARS), _verdict(p["verdict"]), p["reason"]]
                for p in digest["new_problems"]
            ],
        ) + [""]
    if ch["new_versions"]:
        lines += ["## New versions of cited papers", ""]
        lines += table(
            ["paper", "was", "now", "reports citing it", "claims changed"],
            [
                [md_cell(v["arxiv_id"]), f"v{v['before']}", f"v{v['after']}", md_cell(", ".join(v["reports"])), v["changed_claims"]]
                for v in ch["new_versions"]
            ],
        ) + [""]
    if ch["verdict_changes"]:
        lines += ["## Verdict changes", ""]
        lines += table(
            ["report", "#", "claim", "was", "now", "drift", "new version of"],
            [
                [
                    _link(c["origin"], c.get("audit")),
                    c["claim_index"],
                    md_cell(c["claim"], CLAIM_CHARS),
                    _verdict(c["before"]),
                    _verdict(c["after"]),
                    md_cell(c["drift_after"] or ("(none; was: " + c["drift_before"] + ")" if c["drift_before"] else "")),
                    md_cell(", ".join(c["new_versions"])),
                ]
                for c in ch["verdict_changes"]
            ],
        ) + [""]
    if ch["new_reports"]:
        lines += ["## New reports", ""]
        lines += table(
            ["report", "title", "claims", *LABELS, "replaces"],
            [
                [
                    _link(n["origin"], n.get("audit")),
                    md_cell(n["title"] or "", 80),
                    n["claims"] if n["audited"] else "not audited",
                    *[n["verdicts"].get(label, 0) for label in LABELS],
                    n["replaces"][:12] if n["replaces"] else "",
                ]
                for n in ch["new_reports"]
            ],
        ) + [""]
    if ch["unreachable"]:
        lines += ["## Sources now unreachable", ""]
        lines += table(
            ["paper", "reports citing it", "error"],
            [[md_cell(r["arxiv_id"]), md_cell(", ".join(r["reports"])), md_cell(r["error"] or "", 160)] for r in ch["unreachable"]],
        ) + [""]
    if ch["reachable_again"]:
        lines += ["## Sources reachable again", ""]
        lines += table(
            ["paper", "reports citing it"],
            [[md_cell(r["arxiv_id"]), md_cell(", ".join(r["reports"]))] for r in ch["reachable_again"]],
        ) + [""]
    if ch["gone_reports"]:
        lines += ["## Reports no longer found", ""]
        lines += table(
            ["report", "title", "sha256"],
            [[md_cell(g["origin"]), md_cell(g["title"] or "", 80), g["sha256"][:12]] for g in ch["gone_reports"]],
        ) + [""]
    if digest.get("findings"):  # digests stored before findings were kept have none
        lines += ["## Report findings", ""]
        lines += table(
            ["severity", "finding", "reports"],
            [
                [f["severity"], md_cell(f["message"], 400), md_cell(", ".join(f["reports"]))]
                for f in digest["findings"]
            ],
        ) + [""]
    if digest["problems"]:
        lines += ["## Problems", ""] + [f"- {md_cell(p, 300)}" for p in digest["problems"]] + [""]
    t = digest["totals"]
    lines += ["## Totals", ""]
    lines += table(
        ["reports", "claims", *LABELS, "audited", "reused", "not audited", "sources", "unreachable"],
        [[t["reports"], t["claims"], *[t["verdicts"].get(label, 0) for label in LABELS],
          t["audited"], t["reused"], t["unaudited"], t["sources"], t["unreachable"]]],
    )
    base = digest["baseline"]
    lines += [
        "",
        f"Compared with run {base['run_id']} ({base['night']}). " if base else "First run of this job. ",
    ]
    lines[-1] += "\"audited\" counts reports audited since then; \"reused\" ones kept their earlier audit."
    return "\n".join(lines).rstrip() + "\n"
