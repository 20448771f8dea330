"""Findings a single report gives away about itself, before any source is fetched."""

from __future__ import annotations

from rapidfuzz import fuzz

from claimcheck.model import CUT_OFF, Finding, Mark, Report, Severity
from claimcheck.util.words import plural

# Two claims of one report are duplicates at this token-sort similarity: reworded copies
# score 95+, distinct claims about the same task (8.2 vs 7.5 on SQuAD vs MNLI) stay below.
DUPLICATE_SIMILARITY = 95.0
LOW_CONFIDENCE = 0.5


def same_claim(a: str, b: str, a_cut: bool = False, b_cut: bool = False, threshold: float = DUPLICATE_SIMILARITY) -> bool:
    """Fuzzy equality that treats a claim cut off mid-word as a prefix of the full one."""
    a, b = " ".join(a.lower().split()), " ".join(b.lower().split())
    # Only a cut-off claim can be a prefix of another; a complete claim that opens a longer
    # one is a different (narrower) claim.
    short, long_, short_cut = (a, b, a_cut) if len(a) <= len(b) else (b, a, b_cut)
    if short_cut:
        short = short.rsplit(" ", 1)[0] if " " in short else short  # drop the partial word
        if len(short) >= 30 and fuzz.ratio(short, long_[: len(short)]) >= threshold:
            return True
    return fuzz.token_sort_ratio(a, b) >= threshold


def check_report(report: Report) -> list[Finding]:
    f: list[Finding] = []
    path = report.path
    claims = report.claims
    fig = report.figures
    marks_known = "verified" in report.columns and any(c.mark is not Mark.UNKNOWN for c in claims)
    ticks = [c.index for c in claims if c.mark is Mark.VERIFIED]

    if fig.claims_extracted is not None and fig.claims_extracted != len(claims):
        f.append(Finding(
            "count-mismatch.claims", Severity.ERROR,
            f"states {fig.claims_extracted} claims extracted; the table has {len(claims)}",
            path, details={"stated": fig.claims_extracted, "table": len(claims)}))
    if fig.claims_verified is not None:
        if marks_known and fig.claims_verified != len(ticks):
            f.append(Finding(
                "count-mismatch.verified", Severity.ERROR,
                f"states {fig.claims_verified} claims verified; the table marks {len(ticks)} with ✓",
                path, ticks, {"stated": fig.claims_verified, "table": len(ticks)}))
        elif not marks_known:
            f.append(Finding(
                "count-unchecked.verified", Severity.WARNING,
                f"states {fig.claims_verified} claims verified, but the table has no Verified marks to check it against",
                path, details={"stated": fig.claims_verified}))
    if fig.claims_verified is not None and fig.claims_extracted is not None and fig.claims_verified > fig.claims_extracted:
        f.append(Finding(
            "count-impossible.verified", Severity.ERROR,
            f"states more claims verified ({fig.claims_verified}) than extracted ({fig.claims_extracted})",
            path))
    if fig.papers_retrieved is not None and fig.papers_retrieved != len(report.references):
        f.append(Finding(
            "count-mismatch.papers", Severity.WARNING,
            f"states {fig.papers_retrieved} papers retrieved; lists {plural(len(report.references), 'reference')}",
            path, details={"stated": fig.papers_retrieved, "listed": len(report.references)}))

    cut = [c.index for c in claims if c.truncated]
    if cut:
        f.append(Finding(
            "truncated-claims", Severity.WARNING,
            f"{plural(len(cut), 'claim')} {CUT_OFF}: " + ", ".join(f"#{i}" for i in cut),
            path, cut))

    dupes: list[list[int]] = []
    for i, a in enumerate(claims):
        for b in claims[i + 1:]:
            if same_claim(a.text, b.text, a.truncated, b.truncated):
                dupes.append([a.index, b.index])
    for pair in dupes:
        f.append(Finding(
            "duplicate-claims", Severity.WARNING,
            f"claims #{pair[0]} and #{pair[1]} are the same claim", path, pair))

    if "verified" not in report.columns:
        f.append(Finding(
            "columns-missing", Severity.WARNING,
            "the claims table has no Verified/Confidence columns (lost in text extraction?): the report's own marks cannot be compared",
            path, details={"columns": list(report.columns)}))

    low = [c.index for c in claims if c.mark is Mark.VERIFIED and c.confidence is not None and c.confidence < LOW_CONFIDENCE]
    if low:
        f.append(Finding(
            "verified-low-confidence", Severity.INFO,
            f"{plural(len(low), 'claim')} marked ✓ carry a confidence below {LOW_CONFIDENCE}",
            path, low))

    for name, value in (("title", report.title), ("date", report.date), ("research question", report.research_question)):
        if not value:
            f.append(Finding(f"missing.{name.replace(' ', '-')}", Severity.INFO, f"the report has no {name}", path))
    if not report.references:
        f.append(Finding("missing.references", Severity.WARNING, "the report lists no references", path))
    elif all(r.arxiv_id is None for r in report.references):
        f.append(Finding("references.not-arxiv", Severity.WARNING, "no reference is an arXiv paper; nothing can be fetched", path))
    for w in report.warnings:
        f.append(Finding("parse-warning", Severity.INFO, w, path))
    return f
