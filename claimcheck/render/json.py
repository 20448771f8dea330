"""Audit → JSON, per the schema in ``audit.schema.json`` beside this file.

The JSON carries everything a machine needs (every verdict with its evidence, every
finding, every source version) but not the extracted passages themselves: those live in
the source cache and would make each file megabytes long.
"""

from __future__ import annotations

import json
import re
import secrets
from collections import Counter
from collections.abc import Sequence
from enum import Enum
from importlib import resources
from typing import Any

from claimcheck.model import (
    Audit,
    Evidence,
    Finding,
    Mark,
    Passage,
    Reference,
    Report,
    Source,
    Verdict,
    VerdictLabel,
)
from claimcheck.render.readable import READABLE

# 2: the verdict "unchecked" (no cited source could be read); 3: a cross-report finding
# lists its report's entries and a bounded few others of the group, with "more" and "group"
# (the whole group is in the run index's findings and the nightly digest).
SCHEMA_ID = "claimcheck.audit/3"
RUN_SCHEMA_ID = "claimcheck.run/1"  # its cross-report findings gained "group": an added key
QUOTE_CHARS = 400  # a quote long enough to check, short enough to read


def load_schema(name: str = "audit.schema.json") -> dict[str, Any]:
    return json.loads(resources.files("claimcheck.render").joinpath(name).read_text("utf-8"))


def _plain(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set)):
        return [_plain(v) for v in value]
    if isinstance(value, float) and value != value:  # NaN is not JSON
        return None
    return value


def quote(text: str, limit: int = QUOTE_CHARS) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def reference_dict(ref: Reference) -> dict[str, Any]:
    return {"raw": ref.raw, "arxiv_id": ref.arxiv_id, "version": ref.version, "key": ref.key}


def passage_dict(p: Passage) -> dict[str, Any]:
    return {
        "page": p.page,
        "location": p.location,
        "kind": p.kind,
        "section": p.section,
        "table": p.table,
        "row": p.row,
        "column": p.column,
        "bbox": [p.bbox.x0, p.bbox.top, p.bbox.x1, p.bbox.bottom] if p.bbox else None,
        "quote": quote(p.text),
    }


def evidence_dict(e: Evidence | None) -> dict[str, Any] | None:
    if e is None:
        return None
    return {
        "arxiv_id": e.arxiv_id,
        "version": e.version,
        "paper": f"{e.arxiv_id}v{e.version}",
        "score": round(e.score, 2),
        **passage_dict(e.passage),
    }


def verdict_dict(v: Verdict) -> dict[str, Any]:
    return {
        "claim_index": v.claim_index,
        "verdict": v.label.value,
        "explanation": v.explanation,
        "score": round(v.score, 2),
        "evidence": evidence_dict(v.evidence),
        "numbers": [
            {"claim": n.claim_text, "source": n.source_text, "agrees": n.agrees} for n in v.numbers
        ],
        "per_version": {k: lab.value for k, lab in v.per_version.items()},
        "drift": v.drift,
        "candidates": [evidence_dict(c) for c in v.candidates],
        "mark_agrees": v.mark_agrees,
        "computed": v.computed,
    }


def source_dict(s: Source) -> dict[str, Any]:
    meta = s.metadata
    return {
        "reference": reference_dict(s.reference),
        "status": s.status.value,
        "error": s.error,
        "origin": s.origin,
        "cited_version": s.cited_version,
        "metadata": None
        if meta is None
        else {
            "arxiv_id": meta.arxiv_id,
            "title": meta.title,
            "authors": list(meta.authors),
            "abstract": meta.abstract,
            "categories": list(meta.categories),
            "published": meta.published,
            "updated": meta.updated,
            "latest_version": meta.latest_version,
            "withdrawn": meta.withdrawn,
            "comment": meta.comment,
        },
        "versions": [
            {
                "key": v.key,
                "version": v.version,
                "pages": v.pages,
                "passages": len(v.passages),
                "extractor": v.extractor,
                "pdf_sha256": v.pdf_sha256,
                "error": v.error,
            }
            for v in s.versions
        ],
    }


class SharedDetails:
    """The plain form and JSON text of finding details, each made once however many audits
    carry them.

    Findings handed to several audits or files with one details dict (a run-level
    cross-report group goes to the run index and the history; each audit now carries its
    own bounded part of it) are converted and encoded once. Details are keyed by identity;
    the object is kept beside
    its key so that the key cannot be reused while this memo lives. Use one memo for one
    set of audits, not across runs that might change a details dict in place.
    """

    def __init__(self) -> None:
        self._plain: dict[int, tuple[object, Any]] = {}
        self._text: dict[tuple[int, int], tuple[object, str]] = {}
        self._compact: dict[int, tuple[object, str]] = {}

    def plain(self, details: object) -> Any:
        hit = self._plain.get(id(details))
        if hit is None:
            hit = self._plain[id(details)] = (details, _plain(details))
        return hit[1]

    def text(self, details: object, indent: int = 0) -> str:
        """``details`` as :func:`dumps` writes it nested ``indent`` spaces deep."""
        key = (id(details), indent)
        hit = self._text.get(key)
        if hit is None:
            text = json.dumps(self.plain(details), ensure_ascii=False, indent=2)
            hit = self._text[key] = (details, text.replace("\n", "\n" + " " * indent))
        return hit[1]

    def compact(self, details: object) -> str:
        """``details`` as ``json.dumps`` writes it with its defaults (one line, ASCII)."""
        hit = self._compact.get(id(details))
        if hit is None:
            hit = self._compact[id(details)] = (details, json.dumps(self.plain(details)))
        return hit[1]


def finding_dict(f: Finding, shared: SharedDetails | None = None) -> dict[str, Any]:
    return {
        "code": f.code,
        "severity": f.severity.value,
        "message": f.message,
        "report": f.report,
        "claims": list(f.claims),
        "details": _plain(f.details) if shared is None else shared.plain(f.details),
    }


def report_dict(r: Report) -> dict[str, Any]:
    return {
        "path": r.path,
        "format": r.format,
        "sha256": r.sha256,
        "title": r.title,
        "date": r.date,
        "research_question": r.research_question,
        "abstract": r.abstract,
        "examined_title": r.examined_title,
        "figures": {
            "papers_retrieved": r.figures.papers_retrieved,
            "claims_extracted": r.figures.claims_extracted,
            "claims_verified": r.figures.claims_verified,
            "quality_score": r.figures.quality_score,
            "quality_scale": r.figures.quality_scale,
        },
        "columns": list(r.columns),
        "warnings": list(r.warnings),
        "references": [reference_dict(ref) for ref in r.references],
    }


def summary(audit: Audit) -> dict[str, Any]:
    claims = audit.report.claims
    marks = Counter(c.mark.value for c in claims)
    verdicts = Counter(v.label.value for v in audit.verdicts)
    severities = Counter(f.severity.value for f in audit.findings)
    # An unchecked claim has no verdict its mark could agree with: counted apart from the
    # unmarked ones so that "unknown" keeps meaning "the report gives no mark".
    agree = Counter(
        "unchecked" if v.label is VerdictLabel.UNCHECKED
        else "unknown" if v.mark_agrees is None
        else ("agree" if v.mark_agrees else "disagree")
        for v in audit.verdicts
    )
    return {
        "claims": len(claims),
        "truncated": sum(c.truncated for c in claims),
        "marks": {m.value: marks.get(m.value, 0) for m in Mark},
        "verdicts": {lab.value: verdicts.get(lab.value, 0) for lab in VerdictLabel},
        "findings": {s: severities.get(s, 0) for s in ("error", "warning", "info")},
        "mark_agreement": {k: agree.get(k, 0) for k in ("agree", "disagree", "unknown", "unchecked")},
        "sources": {
            "cited": len(audit.sources),
            "readable": sum(1 for s in audit.sources if s.status in READABLE),
        },
    }


def audit_to_dict(audit: Audit, shared: SharedDetails | None = None) -> dict[str, Any]:
    by_claim = {v.claim_index: v for v in audit.verdicts}
    return {
        "schema": SCHEMA_ID,
        "tool_version": audit.tool_version,
        "generated_at": audit.generated_at,
        "offline": audit.offline,
        "fetched": audit.fetched,
        "report": report_dict(audit.report),
        "summary": summary(audit),
        "claims": [
            {
                "index": c.index,
                "text": c.text,
                "mark": c.mark.value,
                "confidence": c.confidence,
                "truncated": c.truncated,
                "line": c.line,
                "verdict": by_claim[c.index].label.value if c.index in by_claim else None,
            }
            for c in audit.report.claims
        ],
        "verdicts": [verdict_dict(v) for v in audit.verdicts],
        "sources": [source_dict(s) for s in audit.sources],
        "findings": [finding_dict(f, shared) for f in audit.findings],
    }


def audit_json(audit: Audit, shared: SharedDetails) -> str:
    """``dumps(audit_to_dict(audit))``, with each finding's details encoded once per
    ``shared`` memo and spliced in, instead of once per audit by the pure-Python indenting
    encoder."""
    data = audit_to_dict(audit, shared)
    token = secrets.token_hex(8)  # a marker no report text can guess
    spliced: list[object] = []
    for f, entry in zip(audit.findings, data["findings"]):
        if f.details:
            entry["details"] = f"\x00{token}:{len(spliced)}\x00"
            spliced.append(f.details)
    text = dumps(data)
    marker = re.compile(r'"\\u0000' + token + r':(\d+)\\u0000"')

    def insert(m: re.Match[str]) -> str:
        # Every line of the value moves right by the indent of the line holding the marker.
        line = text[text.rfind("\n", 0, m.start()) + 1 : m.start()]
        return shared.text(spliced[int(m.group(1))], len(line) - len(line.lstrip(" ")))

    out, found = marker.subn(insert, text)
    return out if found == len(spliced) else dumps(audit_to_dict(audit, shared))


def findings_json(findings: Sequence[Finding], shared: SharedDetails) -> str:
    """``json.dumps([finding_dict(f) for f in findings])`` (the history's form), with each
    finding's details encoded once per ``shared`` memo."""
    parts = []
    for f in findings:
        head = finding_dict(f, shared)
        del head["details"]  # the last key: spliced back in where json.dumps would put it
        parts.append(json.dumps(head)[:-1] + ', "details": ' + shared.compact(f.details) + "}")
    return "[" + ", ".join(parts) + "]"


def run_to_dict(
    audits: Sequence[tuple[Audit, dict[str, str]]],
    errors: Sequence[tuple[str, str]],
    run_findings: Sequence[Finding],
    generated_at: str,
    tool_version: str,
    shared: SharedDetails | None = None,
) -> dict[str, Any]:
    """The index of one run: every input, where its files went, and what failed."""
    return {
        "schema": RUN_SCHEMA_ID,
        "tool_version": tool_version,
        "generated_at": generated_at,
        "reports": [
            {"path": a.report.path, "sha256": a.report.sha256, "outputs": outputs, "summary": summary(a)}
            for a, outputs in audits
        ],
        "errors": [{"path": p, "message": m} for p, m in errors],
        "findings": [finding_dict(f, shared) for f in run_findings],
    }


def dumps(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
