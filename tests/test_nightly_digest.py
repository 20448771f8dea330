"""The night-over-night diff (pure) and the digest: JSON per its schema, markdown from it."""

from __future__ import annotations

import jsonschema
import pytest

from claimcheck.model import VerdictLabel
from claimcheck.nightly.diff import compare, totals
from claimcheck.nightly.digest import build_digest, load_schema, render_markdown, report_findings
from claimcheck.nightly.state import ClaimState, ReportState, RunInfo, Snapshot, SourceState

SHA = {n: c * 64 for n, c in (("a", "a"), ("b", "b"), ("c", "c"), ("a2", "d"))}
CONTRA = frozenset({VerdictLabel.CONTRADICTED, VerdictLabel.NOT_FOUND})


def report(origin: str, sha: str, audit_id: int | None, run: int, labels: list[str], cites: list[str], drift: dict[int, str] | None = None) -> ReportState:
    claims = {i: ClaimState(i, f"{origin} claim {i}", label, (drift or {}).get(i)) for i, label in enumerate(labels, 1)}
    return ReportState(origin, sha, f"Title {origin}", cites, audit_id, run if audit_id else None, claims)


def snap(run: int, reports: list[ReportState], sources: list[SourceState]) -> Snapshot:
    return Snapshot(
        RunInfo(run, "job", f"2026-12-{19 + run}", "x", None, "running"),
        {r.origin: r for r in reports},
        {s.arxiv_id: s for s in sources},
    )


def night1() -> Snapshot:
    return snap(1, [
        report("a.txt", SHA["a"], 1, 1, ["supported", "supported"], ["2612.99901"]),
        report("b.txt", SHA["b"], 2, 1, ["not found"], ["2612.99902"]),
    ], [SourceState("2612.99901", True, 1), SourceState("2612.99902", True, 3)])


def night2() -> Snapshot:
    # 2612.99901 got v2: a.txt re-audited, claim 2 now contradicted with drift; c.txt is new;
    # 2612.99902 did not answer (its last known version is carried).
    return snap(2, [
        report("a.txt", SHA["a"], 3, 2, ["supported", "contradicted"], ["2612.99901"], {2: "v1 states 3.2; v2 states 2.9"}),
        report("b.txt", SHA["b"], 2, 1, ["not found"], ["2612.99902"]),
        report("c.txt", SHA["c"], 4, 2, ["supported", "not found"], ["2612.99901"]),
    ], [SourceState("2612.99901", True, 2), SourceState("2612.99902", False, 3, "HTTP 503")])


def digest_of(baseline: Snapshot | None, current: Snapshot) -> dict:
    changes = compare(baseline, current, CONTRA)
    return build_digest(
        job="job", night=current.run.night, run_id=current.run.id, tool_version="t",
        generated_at="2026-12-21T03:00:00+00:00",
        baseline=(baseline.run.id, baseline.run.night) if baseline else None,
        changes=changes, totals=totals(current, baseline), problems=[], fail_on=["contradicted", "not-found"],
        exit_code=1 if changes.new_problems else 0, audit_links={"a.txt": "audits/a.audit.md"},
    )


def test_first_night_everything_is_new() -> None:
    changes = compare(None, night1(), CONTRA)
    assert [n.origin for n in changes.new_reports] == ["a.txt", "b.txt"]
    assert changes.new_reports[0].verdicts == {"supported": 2, "contradicted": 0, "partly supported": 0, "not found": 0, "unchecked": 0}
    assert [(p.origin, p.claim_index, p.reason) for p in changes.new_problems] == [("b.txt", 1, "new report")]
    assert changes.new_versions == [] and changes.verdict_changes == [] and changes.unreachable == []


def test_second_night_lists_exactly_what_changed() -> None:
    changes = compare(night1(), night2(), CONTRA)
    assert [n.origin for n in changes.new_reports] == ["c.txt"]
    assert [(v.arxiv_id, v.before, v.after, v.reports, v.changed_claims) for v in changes.new_versions] == [
        ("2612.99901", 1, 2, ("a.txt", "c.txt"), 1)
    ]
    (change,) = changes.verdict_changes
    assert (change.origin, change.claim_index, change.before, change.after, change.new_versions) == (
        "a.txt", 2, "supported", "contradicted", ("2612.99901",)
    )
    assert change.drift_after == "v1 states 3.2; v2 states 2.9"
    assert [(u.arxiv_id, u.error, u.reports) for u in changes.unreachable] == [("2612.99902", "HTTP 503", ("b.txt",))]
    assert [(p.origin, p.claim_index, p.reason) for p in changes.new_problems] == [
        ("a.txt", 2, "verdict changed"), ("c.txt", 2, "new report"),
    ]
    assert changes.gone_reports == [] and not changes.empty
    t = totals(night2(), night1())
    assert (t.reports, t.claims, t.audited, t.reused, t.unreachable) == (3, 5, 2, 1, 1)


def test_nothing_changed_is_empty_and_a_source_coming_back_is_a_change() -> None:
    quiet = compare(night2(), night2(), CONTRA)
    assert quiet.empty and quiet.new_problems == []
    back = night2()
    back.sources["2612.99902"] = SourceState("2612.99902", True, 3)
    changes = compare(night2(), back, CONTRA)
    assert [r.arxiv_id for r in changes.reachable_again] == ["2612.99902"]


def test_edited_renamed_and_removed_reports() -> None:
    base = night1()
    now = snap(2, [
        report("a.txt", SHA["a2"], 5, 2, ["supported"], ["2612.99901"]),  # edited in place
        report("moved/b.txt", SHA["b"], 2, 1, ["not found"], ["2612.99902"]),  # renamed only
    ], list(base.sources.values()))
    changes = compare(base, now, CONTRA)
    assert [(n.origin, n.replaces) for n in changes.new_reports] == [("a.txt", SHA["a"])]
    assert changes.gone_reports == []  # the replaced content is not "gone", the renamed is not new
    gone = compare(base, snap(2, [base.reports["a.txt"]], list(base.sources.values())), CONTRA)
    assert [g.origin for g in gone.gone_reports] == ["b.txt"]


def test_digest_json_follows_its_schema_and_markdown_leads_with_changes() -> None:
    schema = load_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    for base, cur in ((None, night1()), (night1(), night2()), (night2(), night2())):
        jsonschema.validate(digest_of(base, cur), schema)
    d = digest_of(night1(), night2())
    assert d["exit_code"] == 1 and not d["quiet"]
    assert d["summary"] == (
        "Nightly verification job 2026-12-21: 1 new report, 1 new paper version, 1 verdict change, "
        "1 source unreachable since 2026-12-20; 2 new claims matching fail_on."
    )
    md = render_markdown(d)
    headings = [line for line in md.splitlines() if line.startswith("## ")]
    assert headings == [
        "## New problems (fail_on)", "## New versions of cited papers", "## Verdict changes",
        "## New reports", "## Sources now unreachable", "## Totals",
    ]
    assert "| 2612.99901 | v1 | v2 | a.txt, c.txt | 1 |" in md
    assert "| [a.txt](audits/a.audit.md) | 2 | a.txt claim 2 | supported | **contradicted** | v1 states 3.2; v2 states 2.9 | 2612.99901 |" in md


def test_quiet_night_is_one_line() -> None:
    d = digest_of(night2(), night2())
    assert d["quiet"] and d["exit_code"] == 0
    md = render_markdown(d)
    assert md == "Nightly verification job 2026-12-21: nothing changed since 2026-12-21 (3 reports, 5 claims, 2 sources checked).\n"


def test_schema_rejects_a_wrong_digest() -> None:
    d = digest_of(night1(), night2())
    d["changes"]["verdict_changes"][0]["after"] = "maybe"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(d, load_schema())


HOSTILE = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "![x](http://host/x.png)",
    "</td></tr></table><h1>owned</h1>",
    "line one\n## a heading of its own",
]


@pytest.mark.parametrize("evil", HOSTILE)
def test_untrusted_text_is_literal_in_every_place_of_the_digest(evil: str) -> None:
    base = night1()
    now = snap(2, [
        report(f"reports/{evil}.txt", SHA["c"], 4, 2, ["contradicted"], ["2612.99901"]),
        *base.reports.values(),
    ], [SourceState("2612.99901", True, 1), SourceState("2612.99902", False, 3, f"HTTP 503 {evil}")])
    state = now.reports[f"reports/{evil}.txt"]
    state.title = evil
    state.claims[1] = ClaimState(1, f"claim {evil}", "contradicted", f"drift {evil}")
    state.findings = [{
        "code": "cross-report.mark", "severity": "error", "message": f"marked both ways: {evil}",
        "details": {"reports": [{"report": f"reports/{evil}.txt"}, {"report": "a.txt"}]},
    }]
    changes = compare(base, now, CONTRA)
    d = build_digest(
        job=f"job {evil}", night="2026-12-21", run_id=2, tool_version="t", generated_at="x",
        baseline=(1, "2026-12-20"), changes=changes, totals=totals(now, base), problems=[f"problem {evil}"],
        fail_on=["contradicted"], exit_code=1, audit_links={f"reports/{evil}.txt": "audits/run-2/x.audit.md"},
        findings=report_findings(now, base),
    )
    jsonschema.validate(d, load_schema())
    md = render_markdown(d)
    assert d["findings"] and "## Report findings" in md and "## Problems" in md and "## New reports" in md
    for raw in ("<script", "<img", "](http", "</td>", "<h1>"):
        assert raw not in md
    assert "\n## a heading" not in md
    # The summary in the JSON stays as it was written; only the markdown escapes it.
    assert d["summary"].startswith(f"Nightly verification job {evil} 2026-12-21")
    quiet = {**d, "quiet": True}
    assert "<" not in render_markdown(quiet) and render_markdown(quiet).count("\n") == 1


def test_report_findings_put_conflicts_first_and_list_each_once() -> None:
    base = night1()
    now = night2()
    conflict = {"code": "cross-report.mark", "severity": "error", "message": "a.txt#2 and c.txt#1 disagree",
                "details": {"reports": [{"report": "a.txt", "claim": 2}, {"report": "c.txt", "claim": 1}]}}
    # a.txt was audited again (a new paper version): its own findings are not news again.
    now.reports["a.txt"].findings = [
        {"code": "count-mismatch.claims", "severity": "error", "message": "a: 3 claims stated, 2 in the table"},
        conflict,
    ]
    now.reports["c.txt"].findings = [
        {"code": "count-mismatch.claims", "severity": "error", "message": "c: 3 claims stated, 1 in the table"},
        {"code": "truncated-claims", "severity": "warning", "message": "cut off"},
        conflict,
    ]
    now.reports["b.txt"].findings = [{**conflict, "message": "b was audited on an earlier night"}]
    found = report_findings(now, base)
    assert [(f["code"], f["reports"], f["message"][:2]) for f in found] == [
        ("cross-report.mark", ["a.txt", "c.txt"], "a."),
        ("count-mismatch.claims", ["c.txt"], "c:"),
    ]
    assert [f["reports"] for f in report_findings(now, None)][:1] == [["a.txt", "c.txt"]]
