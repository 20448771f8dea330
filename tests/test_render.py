"""The rendered audit: JSON valid against its schema, markdown that parses back into the
tables a reviewer reads, and files written atomically under safe names."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from markdown_it import MarkdownIt

from claimcheck.model import (
    Audit,
    BBox,
    Claim,
    Evidence,
    Finding,
    Mark,
    NumberCheck,
    PaperMetadata,
    Passage,
    Reference,
    Report,
    Severity,
    Source,
    SourceStatus,
    SourceVersion,
    StatedFigures,
    Verdict,
    VerdictLabel,
)
from claimcheck.render.files import write_audits
from claimcheck.render.json import audit_to_dict, load_schema
from claimcheck.render.markdown import render_audit


def _passage(text: str, page: int = 1, **kw: object) -> Passage:
    return Passage(text=text, page=page, bbox=BBox(50, 100, 300, 112), kind="sentence", order=0, **kw)  # type: ignore[arg-type]


def make_audit(path: str = "r/report|one.txt") -> Audit:
    ref = Reference(raw="<http://arxiv.org/abs/2612.99901v2>", arxiv_id="2612.99901", version=2)
    claims = [
        Claim(1, "TCS improves accuracy by 3.2 points on average.", Mark.VERIFIED, 0.4, False, 10),
        Claim(2, "The model is trained on 41,237 English utterances | pipes", Mark.REJECTED, 0.1, False, 11),
        Claim(3, "Gains vary across encoder si", Mark.UNKNOWN, None, True, 12),
    ]
    report = Report(
        path=path,
        format="text",
        sha256="ab" * 32,
        title="A synthesis",
        date="2026-07-08",
        research_question="Does TCS help intent detection?",
        abstract="An abstract.",
        examined_title="Tiered Curriculum Sampling",
        figures=StatedFigures(3, 3, 1, 7.2, 10.0),
        claims=claims,
        references=[ref, Reference(raw="Smith 2020", arxiv_id=None, version=None)],
        columns=["claim", "verified", "confidence"],
    )
    v2 = SourceVersion("2612.99901", 2, [_passage("The average improvement is 2.9 points.")], 2, "test-1")
    v1 = SourceVersion("2612.99901", 1, [_passage("The average improvement is 3.2 points.")], 2, "test-1")
    source = Source(
        reference=ref,
        status=SourceStatus.OK,
        metadata=PaperMetadata("2612.99901", "Tiered Curriculum Sampling", ["M. O."], "abs", ["cs.CL"],
                               "2026-12-02", "2026-12-19", 2),
        versions=[v1, v2],
    )
    verdicts = [
        Verdict(
            1,
            VerdictLabel.CONTRADICTED,
            "claim says 3.2 points; 2612.99901v2 p.1 states 2.9",
            Evidence("2612.99901", 2, v2.passages[0], 91.0),
            91.0,
            numbers=[NumberCheck("3.2", "2.9", False)],
            per_version={"2612.99901v1": VerdictLabel.SUPPORTED, "2612.99901v2": VerdictLabel.CONTRADICTED},
            drift="contradicted by v2 (2.9); v1 states 3.2",
            mark_agrees=False,
        ),
        Verdict(
            2,
            VerdictLabel.SUPPORTED,
            "stated on page 1",
            Evidence("2612.99901", 2, _passage("We train on 41,237 English utterances.", table="Table 1", row="en"), 88.0),
            88.0,
            numbers=[NumberCheck("41,237", "41,237", True)],
            mark_agrees=False,
        ),
        Verdict(3, VerdictLabel.NOT_FOUND, "no passage matches", mark_agrees=None),
    ]
    findings = [
        Finding("truncated-claim", Severity.WARNING, "1 claim is cut off mid-word", path, [3]),
        Finding("count-mismatch.papers", Severity.ERROR, "states 3 papers, lists 2", path, [],
                {"stated": 3, "listed": 2}),
    ]
    return Audit(report, findings, [source], verdicts, "0.1.0", "2026-11-24T00:00:00+00:00", False, True)


def test_json_is_valid_against_the_schema() -> None:
    data = audit_to_dict(make_audit())
    jsonschema.validate(data, load_schema())
    assert data["summary"]["verdicts"] == {
        "supported": 1, "contradicted": 1, "partly supported": 0, "not found": 1, "unchecked": 0
    }
    assert data["summary"]["mark_agreement"] == {"agree": 0, "disagree": 2, "unknown": 1, "unchecked": 0}
    assert data["claims"][0]["verdict"] == "contradicted"
    assert data["verdicts"][1]["evidence"]["location"] == "page 1, Table 1, row en"


def test_schema_rejects_a_wrong_document() -> None:
    data = audit_to_dict(make_audit())
    data["verdicts"][0]["verdict"] = "probably"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, load_schema())


def _tables(markdown: str) -> list[list[list[str]]]:
    """Every table of a markdown document as rows of cell texts, header row first."""
    tokens = MarkdownIt().enable("table").parse(markdown)
    tables: list[list[list[str]]] = []
    row: list[str] | None = None
    for tok in tokens:
        if tok.type == "table_open":
            tables.append([])
        elif tok.type == "tr_open":
            row = []
        elif tok.type == "inline" and row is not None:
            row.append(tok.content)
        elif tok.type == "tr_close":
            assert row is not None
            tables[-1].append(row)
            row = None
    return tables


def test_markdown_parses_back_into_its_tables() -> None:
    audit = make_audit()
    md = render_audit(audit)
    tables = _tables(md)
    claims = next(t for t in tables if t[0][:4] == ["#", "claim", "report", "verdict"])
    assert len(claims) == 1 + len(audit.report.claims)
    assert all(len(r) == len(claims[0]) for r in claims), "a pipe in a claim broke the table"
    row1 = claims[1]
    assert "contradicted" in row1[3]
    # The source's number stands next to the claim's for every contradicted claim.
    assert "claim 3.2 vs source 2.9" in row1[4]
    assert row1[5] == "2612.99901v2"
    assert "cut off" in claims[3][1]
    contradictions = next(t for t in tables if "source's number" in t[0])
    assert contradictions[1][2:4] == ["3.2", "2.9"]
    sources = next(t for t in tables if t[0][:2] == ["paper", "title"])
    assert any(r[3] == "not-arxiv" for r in sources[1:])


def test_summary_leads_with_worst_problem() -> None:
    md = render_audit(make_audit())
    summary = md.split("## Claims")[0]
    assert summary.index("states 3 papers") < summary.index("1 claim is cut off")


def test_write_audits_names_files_safely_and_writes_index(tmp_path: Path) -> None:
    a = make_audit("x/../../evil name.txt")
    b = make_audit("y/../../evil name.txt")
    b.report.sha256 = "cd" * 32
    written, failures = write_audits([a, b], tmp_path, [("bad.txt", "empty file")], [], "now", "0.1.0")
    assert failures == []
    names = sorted(p.name for p in tmp_path.iterdir())
    assert all("/" not in n and not n.startswith(".") for n in names)
    assert len([n for n in names if n.endswith(".audit.json")]) == 2
    index = json.loads((tmp_path / "index.json").read_text())
    assert [e["message"] for e in index["errors"]] == ["empty file"]
    assert all((tmp_path / e["outputs"]["markdown"]).exists() for e in index["reports"])


def test_unwritable_output_is_a_clear_error(tmp_path: Path) -> None:
    from claimcheck.render.files import OutputError

    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(OutputError, match="output folder .*/sub: .*file is a file, not a folder"):
        write_audits([make_audit()], blocker / "sub")


def _problem_list(markdown: str) -> list[str]:
    part = markdown.split("**Worst problems first:**", 1)[1].strip().split("\n\n", 1)[0]
    return [line.split(". ", 1)[1] for line in part.splitlines()]


def test_worst_problems_come_by_severity_then_consequence(tmp_path: Path) -> None:
    from claimcheck.model import worst_first

    audit = make_audit()
    p = audit.report.path
    audit.findings = [
        Finding("missing.date", Severity.INFO, "the report has no date", p),
        Finding("duplicate-claims", Severity.WARNING, "claims #1 and #2 are the same claim", p, [1, 2]),
        Finding("source.unavailable", Severity.WARNING, "2612.99901v2: cannot reach arXiv", p),
        Finding("count-mismatch.papers", Severity.ERROR, "states 3 papers, lists 2", p),
        Finding("claims.contradicted", Severity.ERROR, "1 claim contradicted by the cited paper: #1", p, [1]),
    ]
    expected = [
        "**error**: 1 claim contradicted by the cited paper: \\#1",
        "**error**: states 3 papers, lists 2",
        "warning: 2612.99901v2: cannot reach arXiv",  # an unreadable source before wording
        "warning: claims \\#1 and \\#2 are the same claim",
    ]
    assert _problem_list(render_audit(audit)) == expected
    findings_table = next(t for t in _tables(render_audit(audit)) if t[0][:2] == ["severity", "code"])
    assert [row[1] for row in findings_table[1:]] == [
        "`claims.contradicted`", "`count-mismatch.papers`", "`source.unavailable`", "`duplicate-claims`", "`missing.date`"
    ]
    # The run index: the same order over all reports, each problem once.
    other = make_audit("r/other.txt")
    other.findings = [Finding("truncated-claims", Severity.WARNING, "1 claim cut off mid-word: #3", "r/other.txt", [3])]
    written, _ = write_audits([other, audit], tmp_path)
    index = (tmp_path / "index.md").read_text()
    names = [line.split(": ", 2)[1] for line in _problem_list(index)]
    # truncated-claims (other.txt) ranks above duplicate-claims: a lost half of a claim
    # costs more than a repeated one.
    assert names == ["report\\|one.txt"] * 3 + ["other.txt", "report\\|one.txt"]
    assert sorted(audit.findings, key=worst_first)[0].code == "claims.contradicted"


def test_audit_findings_are_stored_worst_first() -> None:
    from claimcheck.audit import AuditOptions, audit_paths
    from claimcheck.model import worst_first

    samples = Path(__file__).parent.parent / "data" / "reports"
    run = audit_paths([samples], AuditOptions(fetch=False))
    for audit in run.audits:
        assert audit.findings == sorted(audit.findings, key=worst_first)
        assert any(f.severity is Severity.WARNING for f in audit.findings)


def test_one_term_for_cut_off_claims() -> None:
    from claimcheck.model import CUT_OFF

    md = render_audit(make_audit())
    summary, rest = md.split("## Claims", 1)
    assert f"(1 {CUT_OFF})" in summary
    claims = next(t for t in _tables(md) if t[0][:2] == ["#", "claim"])
    assert claims[3][1].endswith(f"*({CUT_OFF})*")
    assert "mid-sentence" not in md


def test_the_readable_line_counts_each_paper_once_and_names_why() -> None:
    from claimcheck.render.readable import readable_line

    def src(aid: str, status: SourceStatus, error: str | None = None) -> Source:
        return Source(Reference(aid, aid, 1), status, error=error)

    down = [src(f"2501.0000{i}", SourceStatus.UNAVAILABLE, "offline, not in the cache") for i in range(5)]
    line = readable_line(down + down[:2] + [src("2501.00009", SourceStatus.UNKNOWN_ID, "arXiv has no such paper")])
    assert line == (
        "0 of 6 cited papers could be read: 5 unavailable (2501.00000v1, 2501.00001v1, 2501.00002v1 "
        "and 2 more — offline, not in the cache); 1 unknown to arXiv (2501.00009v1 — arXiv has no such "
        "paper); their claims are unchecked."
    )
    assert readable_line([src("2501.00001", SourceStatus.OK)]) == "1 of 1 cited papers could be read."


def test_shared_details_are_written_as_the_plain_encoder_writes_them() -> None:
    """Details common to many audits (a cross-report group) are encoded once and spliced in:
    the files and the history's rows must read exactly as encoding each audit whole."""
    from dataclasses import replace

    from claimcheck.render.json import SharedDetails, audit_json, dumps, finding_dict, findings_json

    group = {
        "relation": "same",
        "claim": 'a "quoted" claim, ünïcode, \x00 and a line\nbreak',
        "reports": [{"report": f"r{k}.txt", "claim": k, "mark": Mark.VERIFIED, "confidence": 0.5} for k in range(3)],
        "nested": {"empty": {}, "none": [], "tuple": (1, 2.5, None)},
    }
    shared = SharedDetails()
    for path in ("r0.txt", "r1.txt"):
        audit = make_audit(path)
        cross = Finding("cross-report.mark", Severity.ERROR, "marked both ✓ and ×", path, [1], group)
        audit = replace(audit, findings=[*audit.findings, cross, replace(cross, details={})])
        assert audit_json(audit, shared) == dumps(audit_to_dict(audit))
        assert findings_json(audit.findings, shared) == json.dumps([finding_dict(f) for f in audit.findings])
    assert json.loads(audit_json(audit, shared))["findings"][2]["details"]["reports"][2]["mark"] == "verified"
