"""Audit → markdown a reviewer reads: one screen of summary, worst problems first, then the
claims table with the deciding quote, then sources and every finding."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from claimcheck.model import Audit, Finding, Mark, Severity, SourceStatus, Verdict, VerdictLabel
from claimcheck.render.json import summary

CLAIM_CHARS = 160
QUOTE_CHARS = 220
TOP_PROBLEMS = 8

MARK_SYMBOL = {Mark.VERIFIED: "✓", Mark.REJECTED: "×", Mark.UNKNOWN: "?"}
SEVERITY_WORD = {Severity.ERROR: "**error**", Severity.WARNING: "warning", Severity.INFO: "info"}


def cell(text: object, limit: int | None = None) -> str:
    """One table cell: single line, pipes escaped, long text folded with an ellipsis."""
    s = " ".join(str(text).split()) if text is not None else ""
    if limit is not None and len(s) > limit:
        s = s[: limit - 1].rstrip() + "…"
    return s.replace("\\", "\\\\").replace("|", "\\|")


def table(header: Sequence[str], rows: Sequence[Sequence[object]]) -> list[str]:
    lines = ["| " + " | ".join(cell(h) for h in header) + " |", "|" + "---|" * len(header)]
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
    lines = [
        "## Summary",
        "",
        f"- **{s['claims']} claims** in the table ({s['truncated']} cut off mid-word); "
        f"the report marks {marks['verified']} ✓, {marks['rejected']} ×, {marks['unknown']} without a mark.",
    ]
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
            f"disagrees for {agree['disagree']} ({agree['unknown']} unmarked)."
        )
        src = s["sources"]
        lines.append(f"- Sources: {src['readable']} of {src['cited']} cited arXiv papers could be read.")
    else:
        lines.append("- Sources were not looked up in this run, so no claim has a verdict yet.")
    problems = sorted(
        (f for f in audit.findings if f.severity is not Severity.INFO), key=lambda f: -f.severity.rank
    )[:TOP_PROBLEMS]
    if problems:
        lines += ["", "**Worst problems first:**", ""]
        lines += [f"{i}. {SEVERITY_WORD[f.severity]}: {cell(f.message)}" for i, f in enumerate(problems, 1)]
    else:
        lines += ["", "No errors or warnings."]
    return lines


def _claims_lines(audit: Audit) -> list[str]:
    by_claim = {v.claim_index: v for v in audit.verdicts}
    rows = []
    for c in audit.report.claims:
        v = by_claim.get(c.index)
        ev = v.evidence if v else None
        claim_text = cell(c.text, CLAIM_CHARS) + (" *(cut off)*" if c.truncated else "")
        mark = MARK_SYMBOL[c.mark] + (f" {c.confidence:.2f}" if c.confidence is not None else "")
        quote = cell(ev.passage.text, QUOTE_CHARS) if ev else ""
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
                f"{ev.arxiv_id}v{ev.version}" if ev else "",
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


def _findings_lines(findings: Sequence[Finding]) -> list[str]:
    if not findings:
        return ["## Findings", "", "None."]
    rows = [
        [SEVERITY_WORD[f.severity], f"`{cell(f.code)}`", cell(f.message), ", ".join(map(str, f.claims))]
        for f in findings
    ]
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
        lines += [f"**Research question:** {cell(r.research_question)}", ""]
    if r.examined_title:
        lines += [f"**Paper examined:** {cell(r.examined_title)}", ""]
    return lines + table(["figure", "stated", "found"], rows)


def render_audit(audit: Audit) -> str:
    r = audit.report
    title = r.title or r.path.rsplit("/", 1)[-1]
    meta = [f"`{r.path}`", r.format, f"sha256 {r.sha256[:12]}"]
    if r.date:
        meta.append(f"dated {r.date}")
    meta.append(f"audited {audit.generated_at} by claimcheck {audit.tool_version}")
    if audit.offline:
        meta.append("offline (cache only)")
    parts: list[list[str]] = [
        [f"# Audit: {cell(title)}", "", " · ".join(meta)],
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
    """One page over a whole run: every input, its headline counts, and what failed."""
    lines = [f"# claim-audit run {generated_at}", ""]
    rows = []
    for audit, outputs in entries:
        s = summary(audit)
        v = s["verdicts"]
        rows.append(
            [
                cell(audit.report.path),
                str(s["claims"]),
                str(v["supported"]),
                str(v["contradicted"]),
                str(v["partly supported"]),
                str(v["not found"]),
                str(s["findings"]["error"]),
                str(s["findings"]["warning"]),
                f"[markdown]({outputs['markdown']})",
            ]
        )
    if rows:
        lines += table(
            ["report", "claims", "supported", "contradicted", "partly", "not found", "errors", "warnings", "audit"],
            rows,
        )
    if errors:
        lines += ["", "## Inputs that could not be audited", ""]
        lines += table(["input", "problem"], [[cell(p), cell(m)] for p, m in errors])
    if run_findings:
        lines += ["", "## Across reports", ""]
        lines += _findings_lines(run_findings)[2:]
    return "\n".join(lines) + "\n"
