"""Audit → markdown a reviewer reads: one screen of summary, worst problems first, then the
claims table with the deciding quote, then sources and every finding.

Every string that comes from a report, a PDF or arXiv goes through ``md_inline``/``md_cell``
(``escape.py``); only our own words and numbers are written as they are.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from claimcheck.model import (
    CUT_OFF,
    Audit,
    Finding,
    Mark,
    Severity,
    SourceStatus,
    Verdict,
    VerdictLabel,
    worst_first,
)
from claimcheck.render.escape import md_cell, md_inline
from claimcheck.render.json import summary
from claimcheck.render.readable import readable_line

CLAIM_CHARS = 160
QUOTE_CHARS = 220
TOP_PROBLEMS = 8
# A cross-report message names the claims of a group this small itself; a larger group's
# names are written beside it (checks.crossreport.NAMES_IN_MESSAGE, which render may not
# import: a test holds the two equal).
GROUP_NAMES = 10

MARK_SYMBOL = {Mark.VERIFIED: "✓", Mark.REJECTED: "×", Mark.UNKNOWN: "?"}
SEVERITY_WORD = {Severity.ERROR: "**error**", Severity.WARNING: "warning", Severity.INFO: "info"}


# Kept under its old name for callers outside render (the nightly digest).
cell = md_cell


def table(header: Sequence[str], rows: Sequence[Sequence[object]]) -> list[str]:
    """A markdown table. Headers are our own words; ``rows`` must hold escaped cells."""
    lines = ["| " + " | ".join(" ".join(h.split()) for h in header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return lines


def _numbers_note(v: Verdict) -> str:
    wrong = [n for n in v.numbers if not n.agrees]
    if not wrong:
        return ""
    return "; ".join(
        f"claim {n.claim_text} vs source {n.source_text if n.source_text is not None else 'absent'}"
        for n in wrong
    )


def _verdict_text(v: Verdict | None) -> str:
    if v is None:
        return "—"
    text = v.label.value
    if v.label is VerdictLabel.CONTRADICTED:
        text = f"**{text}**"
    return text


def _summary_lines(audit: Audit) -> list[str]:
    s = summary(audit)
    marks = s["marks"]
    lines = ["## Summary", ""]
    if audit.fetched:
        # First, because every verdict below depends on it.
        lines.append(f"- **{md_inline(readable_line(audit.sources))}**")
    else:
        lines.append("- Sources were not looked up in this run, so no claim has a verdict yet.")
    lines.append(
        f"- **{s['claims']} claims** in the table ({s['truncated']} {CUT_OFF}); "
        f"the report marks {marks['verified']} ✓, {marks['rejected']} ×, {marks['unknown']} without a mark."
    )
    if audit.fetched:
        verdicts = s["verdicts"]
        lines.append(
            "- Our verdicts: "
            + ", ".join(f"{verdicts[lab.value]} {lab.value}" for lab in VerdictLabel)
            + "."
        )
        agree = s["mark_agreement"]
        lines.append(
            f"- The report's own mark agrees with our verdict for {agree['agree']} claims and "
            f"disagrees for {agree['disagree']} ({agree['unknown']} unmarked, "
            f"{agree['unchecked']} unchecked)."
        )
    lines += _problem_lines([f for f in audit.findings if f.severity is not Severity.INFO])
    return lines


def _problem_lines(
    problems: Sequence[Finding], prefix: Sequence[str] | None = None, rest: str = "the findings below"
) -> list[str]:
    """The numbered "worst problems first" list; ``prefix`` (escaped) goes before each."""
    order = sorted(range(len(problems)), key=lambda i: worst_first(problems[i]))[:TOP_PROBLEMS]
    if not order:
        return ["", "No errors or warnings."]
    lines = ["", "**Worst problems first:**", ""]
    for n, i in enumerate(order, 1):
        f = problems[i]
        lead = prefix[i] if prefix else ""
        lines.append(f"{n}. {SEVERITY_WORD[f.severity]}: {lead}{md_inline(f.message)}")
    if len(problems) > TOP_PROBLEMS:
        lines.append(f"\n… and {len(problems) - TOP_PROBLEMS} more: see {rest}.")
    return lines


def _claims_lines(audit: Audit) -> list[str]:
    by_claim = {v.claim_index: v for v in audit.verdicts}
    rows = []
    for c in audit.report.claims:
        v = by_claim.get(c.index)
        ev = v.evidence if v else None
        claim_text = cell(c.text, CLAIM_CHARS) + (f" *({CUT_OFF})*" if c.truncated else "")
        mark = MARK_SYMBOL[c.mark] + (f" {c.confidence:.2f}" if c.confidence is not None else "")
        quote = cell(ev.passage.text, QUOTE_CHARS) if ev else ""
        if ev and ev.passage.kind == "table-cell":
            # A cell alone is a bare number: say which table, row and column hold it.
            p = ev.passage
            quote = cell(f"{p.table}, row {p.row}, column {p.column}: {p.text}", QUOTE_CHARS)
        if v and v.computed:
            quote = (quote + " — " if quote else "") + cell(v.computed)
        note = _numbers_note(v) if v else ""
        if note:
            quote = (quote + " — " if quote else "") + cell(note)
        if v and v.drift:
            quote = (quote + " — " if quote else "") + "*" + cell(v.drift) + "*"
        rows.append(
            [
                str(c.index),
                claim_text,
                mark,
                _verdict_text(v),
                quote,
                cell(f"{ev.arxiv_id}v{ev.version}") if ev else "",
                cell(ev.passage.location) if ev else "",
            ]
        )
    return ["## Claims", ""] + table(
        ["#", "claim", "report", "verdict", "evidence", "paper", "where"], rows
    )


def _contradictions_lines(audit: Audit) -> list[str]:
    bad = [v for v in audit.verdicts if v.label is VerdictLabel.CONTRADICTED]
    if not bad:
        return []
    claims = {c.index: c for c in audit.report.claims}
    rows = []
    for v in bad:
        wrong = [n for n in v.numbers if not n.agrees]
        rows.append(
            [
                str(v.claim_index),
                cell(claims[v.claim_index].text, 100),
                cell(", ".join(n.claim_text for n in wrong)) or "—",
                cell(", ".join(str(n.source_text) for n in wrong if n.source_text)) or "—",
                cell(v.explanation, 200),
            ]
        )
    return ["## Contradictions", ""] + table(
        ["#", "claim", "claim's number", "source's number", "why"], rows
    )


def _confusion_lines(audit: Audit) -> list[str]:
    if not audit.verdicts:
        return []
    marks = {c.index: c.mark for c in audit.report.claims}
    counts = Counter((marks[v.claim_index], v.label) for v in audit.verdicts)
    rows = [
        [MARK_SYMBOL[m] + " " + m.value] + [str(counts.get((m, lab), 0)) for lab in VerdictLabel]
        for m in Mark
    ]
    return ["## Report's marks against our verdicts", ""] + table(
        ["report mark"] + [lab.value for lab in VerdictLabel], rows
    )


def _sources_lines(audit: Audit) -> list[str]:
    if not audit.fetched:
        return []
    rows = []
    for s in audit.sources:
        title = s.metadata.title if s.metadata else ""
        versions = ", ".join(
            f"v{v.version}" + ("" if v.error is None else " (unreadable)") for v in s.versions
        )
        note = s.error or ""
        if s.status is SourceStatus.OK and not note:
            note = f"{sum(len(v.passages) for v in s.versions)} passages"
        if s.origin:
            note = f"{note}; {s.origin}" if note else s.origin
        rows.append(
            [
                cell(s.reference.key),
                cell(title, 100),
                cell(versions) or "—",
                s.status.value,
                cell(note, 200),
            ]
        )
    cited_non_arxiv = [r for r in audit.report.references if r.arxiv_id is None]
    for r in cited_non_arxiv:
        rows.append([cell(r.raw, 80), "", "—", SourceStatus.NOT_ARXIV.value, "not an arXiv reference"])
    if not rows:
        return ["## Sources", "", "The report cites no sources."]
    return ["## Sources", ""] + table(["paper", "title", "versions", "status", "note"], rows)


def _entries(f: Finding) -> list[dict[str, object]]:
    raw = f.details.get("reports") if f.code.startswith("cross-report") else None
    return [e for e in raw if isinstance(e, dict)] if isinstance(raw, list) else []


_MARK_BY_VALUE = {m.value: MARK_SYMBOL[m] for m in Mark}  # a group entry's mark as JSON holds it


def _entry_name(e: dict[str, object], own: bool = False) -> str:
    """``r.txt#3 ×`` (or ``#3 ×`` for the audit's own report), as plain text to escape."""
    name = "" if own else str(e.get("report", "")).replace("\\", "/").rsplit("/", 1)[-1]
    mark = _MARK_BY_VALUE.get(str(e.get("mark")), "?")
    conf = e.get("confidence")
    return f"{name}#{e.get('claim')} {mark}" + (f" {conf:.2f}" if isinstance(conf, (int, float)) else "")


def group_note(f: Finding) -> str:
    """The reports of a cross-report group too large for its message to name them (escaped
    markdown; "" for any other finding). In one report's audit (``details["more"]`` set),
    that report's claims, the few others it lists and how many more the run summary holds;
    in the run summary, every claim of the group."""
    entries = _entries(f)
    raw_more = f.details.get("more")
    more: dict[str, object] = raw_more if isinstance(raw_more, dict) else {}
    left = more.get("entries", 0)
    total = len(entries) + (left if isinstance(left, int) else 0)
    if total <= GROUP_NAMES:
        return ""
    if not more:  # the run-level finding: the whole group, once per run
        return "reports: " + md_inline(", ".join(_entry_name(e) for e in entries))
    own = [e for e in entries if e.get("report") == f.report]
    others = [e for e in entries if e.get("report") != f.report]
    text = "this report: " + ", ".join(_entry_name(e, own=True) for e in own)
    if others:
        text += "; others, disagreeing first: " + ", ".join(_entry_name(e) for e in others)
    note = md_inline(text)
    more_reports = more.get("reports", 0)
    if isinstance(more_reports, int) and isinstance(left, int) and left:
        extra = f"{more_reports} more reports" if more_reports else f"{left} more claims"
        note += f"; … and {extra}; see the run summary (index.md)"
    return note


def _findings_lines(findings: Sequence[Finding]) -> list[str]:
    if not findings:
        return ["## Findings", "", "None."]
    rows = []
    for f in sorted(findings, key=worst_first):
        note = group_note(f)
        rows.append([
            # Codes are ours (letters, dots, hyphens), so a code span shows them as they are.
            SEVERITY_WORD[f.severity], f"`{f.code}`", cell(f.message) + (f" — {note}" if note else ""),
            ", ".join(map(str, f.claims)),
        ])
    return ["## Findings", ""] + table(["severity", "code", "finding", "claims"], rows)


def _stated_lines(audit: Audit) -> list[str]:
    r = audit.report
    fig = r.figures
    marks = Counter(c.mark for c in r.claims)
    rows = [
        ["papers retrieved", fig.papers_retrieved, f"{len(r.references)} references listed"],
        ["claims extracted", fig.claims_extracted, f"{len(r.claims)} rows in the table"],
        [
            "claims verified",
            fig.claims_verified,
            f"{marks[Mark.VERIFIED]} ✓ in the table"
            if marks[Mark.UNKNOWN] < len(r.claims)
            else "marks not in the table",
        ],
        [
            "quality score",
            f"{fig.quality_score}/{fig.quality_scale:g}" if fig.quality_score is not None and fig.quality_scale else fig.quality_score,
            "",
        ],
    ]
    rows = [[cell(a), cell("—" if b is None else b), cell(c)] for a, b, c in rows]
    lines = ["## What the report states", ""]
    if r.research_question:
        lines += [f"**Research question:** {md_inline(r.research_question)}", ""]
    if r.examined_title:
        lines += [f"**Paper examined:** {md_inline(r.examined_title)}", ""]
    return lines + table(["figure", "stated", "found"], rows)


def render_audit(audit: Audit) -> str:
    r = audit.report
    title = r.title or r.path.rsplit("/", 1)[-1]
    # The path is untrusted: escaped text, not a code span (a backtick in a name would end it).
    meta = [md_inline(r.path), md_inline(r.format), f"sha256 {md_inline(r.sha256[:12])}"]
    if r.date:
        meta.append(f"dated {md_inline(r.date)}")
    meta.append(f"audited {audit.generated_at} by claimcheck {audit.tool_version}")
    if audit.offline:
        meta.append("offline (cache only)")
    parts: list[list[str]] = [
        [f"# Audit: {md_inline(title)}", "", " · ".join(meta)],
        _summary_lines(audit),
        _claims_lines(audit),
        _contradictions_lines(audit),
        _confusion_lines(audit),
        _sources_lines(audit),
        _findings_lines(audit.findings),
        _stated_lines(audit),
    ]
    return "\n\n".join("\n".join(p) for p in parts if p) + "\n"


def render_run_index(
    entries: Sequence[tuple[Audit, dict[str, str]]],
    errors: Sequence[tuple[str, str]],
    run_findings: Sequence[Finding],
    generated_at: str,
) -> str:
    """One page over a whole run: what could be read, every input with its headline counts,
    the worst problems of the run first, what failed, and the findings across reports."""
    lines = [f"# claim-audit run {md_inline(generated_at)}", ""]
    fetched = [a for a, _ in entries if a.fetched]
    if fetched:
        lines += [f"**{md_inline(readable_line([s for a in fetched for s in a.sources]))}**", ""]
    rows = []
    for audit, outputs in entries:
        s = summary(audit)
        v = s["verdicts"]
        rows.append(
            [cell(audit.report.path), str(s["claims"])]
            + [str(v[lab.value]) for lab in VerdictLabel]
            + [
                str(s["findings"]["error"]),
                str(s["findings"]["warning"]),
                # Output names come from render.files.output_stem: [A-Za-z0-9._-] only.
                f"[markdown]({outputs['markdown']})",
            ]
        )
    if rows:
        lines += table(
            ["report", "claims"] + [lab.value for lab in VerdictLabel] + ["errors", "warnings", "audit"],
            rows,
        )
    if errors:
        lines += ["", "## Inputs that could not be audited", ""]
        lines += table(["input", "problem"], [[cell(p), cell(m)] for p, m in errors])
    # Each problem once, though a cross-report finding belongs to every report it names.
    seen: set[str] = set()
    problems: list[Finding] = []
    prefixes: list[str] = []
    for audit, _ in entries:
        for f in audit.findings:
            if f.severity is Severity.INFO or f.message in seen:
                continue
            seen.add(f.message)
            problems.append(f)
            name = audit.report.path.replace("\\", "/").rsplit("/", 1)[-1]
            prefixes.append("" if f.code.startswith("cross-report") else md_inline(name) + ": ")
    if problems:
        lines += _problem_lines(problems, prefixes, "each report's audit")
    if run_findings:
        lines += ["", "## Across reports", ""]
        lines += _findings_lines(run_findings)[2:]
    return "\n".join(lines) + "\n"
