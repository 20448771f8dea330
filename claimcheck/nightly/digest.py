"""The nightly digest: ``nightly-YYYY-MM-DD.json`` (schema: ``digest.schema.json``) and the
markdown a person reads, rendered from that same JSON so the two can never disagree.

What changed comes first, then totals. A night with nothing new is one line.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import asdict
from importlib import resources
from typing import Any

from claimcheck.model import VerdictLabel
from claimcheck.nightly.diff import Changes, Totals
from claimcheck.render.markdown import cell, table

SCHEMA_ID = "claimcheck.nightly-digest/1"
CLAIM_CHARS = 140
LABELS = [label.value for label in VerdictLabel]


def load_schema() -> dict[str, Any]:
    return json.loads(resources.files("claimcheck.nightly").joinpath("digest.schema.json").read_text("utf-8"))


def _plural(n: int, word: str, many: str | None = None) -> str:
    return f"{n} {word if n == 1 else (many or word + 's')}"


def headline(changes: Changes) -> str:
    parts = [
        _plural(len(changes.new_reports), "new report"),
        _plural(len(changes.new_versions), "new paper version"),
        _plural(len(changes.verdict_changes), "verdict change"),
        _plural(len(changes.unreachable), "source unreachable", "sources unreachable"),
        _plural(len(changes.reachable_again), "source back", "sources back"),
        _plural(len(changes.gone_reports), "report gone", "reports gone"),
    ]
    return ", ".join(p for p in parts if not p.startswith("0 "))


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
) -> dict[str, Any]:
    """Everything a machine needs about one night. ``audit_links``: report origin → its
    markdown audit, relative to the digest."""
    links = audit_links or {}
    quiet = changes.empty and not problems
    since = f" since {baseline[1]}" if baseline else ""
    if quiet:
        summary = (
            f"Nightly verification {job} {night}: nothing changed{since} "
            f"({_plural(totals.reports, 'report')}, {_plural(totals.claims, 'claim')}, "
            f"{_plural(totals.sources, 'source')} checked)."
        )
    else:
        what = headline(changes) or "no changes"
        summary = f"Nightly verification {job} {night}: {what}{since or ' (first run)'}"
        if problems:
            summary += f"; {_plural(len(problems), 'problem')}"
        if changes.new_problems:
            summary += f"; {_plural(len(changes.new_problems), 'new claim')} matching fail_on"
        summary += "."
    return {
        "schema": SCHEMA_ID,
        "job": job,
        "night": night,
        "run_id": run_id,
        "tool_version": tool_version,
        "generated_at": generated_at,
        "baseline": {"run_id": baseline[0], "night": baseline[1]} if baseline else None,
        "quiet": quiet,
        "exit_code": exit_code,
        "fail_on": sorted(fail_on),
        "summary": summary,
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
        "problems": list(problems),
        "totals": asdict(totals),
    }


# --------------------------------------------------------------------------- markdown


def _link(text: str, target: str | None) -> str:
    return f"[{cell(text)}]({target})" if target else cell(text)


def _verdict(label: str | None) -> str:
    if label is None:
        return "–"
    return f"**{label}**" if label in ("contradicted", "not found") else label


def render_markdown(digest: Mapping[str, Any]) -> str:
    if digest["quiet"]:
        return digest["summary"] + "\n"
    ch = digest["changes"]
    lines = [f"# Nightly verification: {cell(digest['job'])}, {digest['night']}", "", digest["summary"], ""]
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
                [cell(p["origin"]), p["claim_index"], cell(p["claim"], CLAIM_CHARS), _verdict(p["verdict"]), p["reason"]]
                for p in digest["new_problems"]
            ],
        ) + [""]
    if ch["new_versions"]:
        lines += ["## New versions of cited papers", ""]
        lines += table(
            ["paper", "was", "now", "reports citing it", "claims changed"],
            [
                [cell(v["arxiv_id"]), f"v{v['before']}", f"v{v['after']}", cell(", ".join(v["reports"])), v["changed_claims"]]
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
                    cell(c["claim"], CLAIM_CHARS),
                    _verdict(c["before"]),
                    _verdict(c["after"]),
                    cell(c["drift_after"] or ("(none; was: " + c["drift_before"] + ")" if c["drift_before"] else "")),
                    cell(", ".join(c["new_versions"])),
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
                    cell(n["title"] or "", 80),
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
            [[cell(r["arxiv_id"]), cell(", ".join(r["reports"])), cell(r["error"] or "", 160)] for r in ch["unreachable"]],
        ) + [""]
    if ch["reachable_again"]:
        lines += ["## Sources reachable again", ""]
        lines += table(
            ["paper", "reports citing it"],
            [[cell(r["arxiv_id"]), cell(", ".join(r["reports"]))] for r in ch["reachable_again"]],
        ) + [""]
    if ch["gone_reports"]:
        lines += ["## Reports no longer found", ""]
        lines += table(
            ["report", "title", "sha256"],
            [[cell(g["origin"]), cell(g["title"] or "", 80), g["sha256"][:12]] for g in ch["gone_reports"]],
        ) + [""]
    if digest["problems"]:
        lines += ["## Problems", ""] + [f"- {cell(p, 300)}" for p in digest["problems"]] + [""]
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
