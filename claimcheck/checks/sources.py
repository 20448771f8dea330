"""Findings that need the sources and our verdicts: unreadable sources, references that
support nothing, claims nothing supports, a research question no source addresses, and
where the report's own ✓/× marks are wrong (with the confusion table)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from claimcheck.checks.question import question_terms, term_found
from claimcheck.model import Finding, Mark, Report, Severity, Source, SourceStatus, Verdict, VerdictLabel
from claimcheck.util.words import plural

_BACKING = (VerdictLabel.SUPPORTED, VerdictLabel.PARTLY_SUPPORTED, VerdictLabel.CONTRADICTED)


def _source_text(source: Source) -> str:
    parts = []
    if source.metadata:
        parts += [source.metadata.title, source.metadata.abstract]
    for v in source.versions:
        parts += [p.text for p in v.passages]
    return " ".join(parts)


def check_with_sources(report: Report, sources: Sequence[Source], verdicts: Sequence[Verdict]) -> list[Finding]:
    path = report.path
    f: list[Finding] = []
    for s in sources:
        if s.status not in (SourceStatus.OK, SourceStatus.NOT_FETCHED):
            sev = Severity.WARNING if s.status is SourceStatus.PARTIAL else Severity.ERROR if s.status in (SourceStatus.UNKNOWN_ID, SourceStatus.WITHDRAWN) else Severity.WARNING
            f.append(Finding(f"source.{s.status.value}", sev,
                             f"{s.reference.key}: {s.error or s.status.value}", path,
                             details={"reference": s.reference.key, "status": s.status.value}))

    readable = [s for s in sources if any(v.passages for v in s.versions)]
    used = {v.evidence.arxiv_id for v in verdicts if v.evidence and v.label in _BACKING}
    for s in readable:
        if s.reference.arxiv_id not in used:
            f.append(Finding("reference.supports-nothing", Severity.WARNING,
                             f"{s.reference.key} is cited but no claim is found in it", path,
                             details={"reference": s.reference.key}))

    by_label: dict[VerdictLabel, list[int]] = {}
    for v in verdicts:
        by_label.setdefault(v.label, []).append(v.claim_index)
    if readable and by_label.get(VerdictLabel.NOT_FOUND):
        idx = by_label[VerdictLabel.NOT_FOUND]
        f.append(Finding("claims.unsupported", Severity.WARNING,
                         f"{plural(len(idx), 'claim')} stated by no cited paper: " + ", ".join(f"#{i}" for i in idx), path, idx))
    if by_label.get(VerdictLabel.CONTRADICTED):
        idx = by_label[VerdictLabel.CONTRADICTED]
        f.append(Finding("claims.contradicted", Severity.ERROR,
                         f"{plural(len(idx), 'claim')} contradicted by the cited paper: " + ", ".join(f"#{i}" for i in idx), path, idx))

    if report.research_question and readable:
        terms = question_terms(report.research_question)
        text = " ".join(_source_text(s) for s in readable)
        missing = [t for t in terms if not term_found(t, text)]
        if terms and missing:
            share = len(missing) / len(terms)
            f.append(Finding("question.unaddressed-by-sources",
                             Severity.ERROR if share >= 0.5 else Severity.WARNING,
                             f"no cited paper mentions {', '.join(repr(t) for t in missing[:6])} from the research question",
                             path, details={"terms": terms, "missing": missing}))

    marks = {c.index: c.mark for c in report.claims}
    confusion = Counter((marks.get(v.claim_index, Mark.UNKNOWN).value, v.label.value) for v in verdicts)
    table = {m.value: {lab.value: confusion.get((m.value, lab.value), 0) for lab in VerdictLabel} for m in Mark}
    wrong = [v for v in verdicts if v.mark_agrees is False]
    if readable and verdicts:
        if wrong:
            f.append(Finding(
                "marks.wrong", Severity.ERROR,
                f"the report's own mark disagrees with the source for {plural(len(wrong), 'claim')}: "
                + ", ".join(f"#{v.claim_index} ({'✓' if marks[v.claim_index] is Mark.VERIFIED else '×'} but {v.label.value})" for v in wrong[:8])
                + (" …" if len(wrong) > 8 else ""),
                path, [v.claim_index for v in wrong], {"confusion": table}))
        else:
            f.append(Finding("marks.confusion", Severity.INFO, "the report's marks agree with every verdict", path,
                             details={"confusion": table}))
    return f
