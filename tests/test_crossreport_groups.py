"""One claim in many reports: each report's audit shows a bounded part of the group (its own
entries, at most OTHERS_SHOWN others, those that disagree with it first, and how many more),
and the whole group is written once, in the run's findings and its index."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import jsonschema
import pytest

from claimcheck.audit import AuditOptions, AuditRun, audit_reports
from claimcheck.checks import crossreport
from claimcheck.checks.crossreport import OTHERS_SHOWN, GroupView, check_across
from claimcheck.model import Claim, Finding, Mark, Report
from claimcheck.render import markdown
from claimcheck.render.files import write_audits
from claimcheck.render.json import audit_to_dict, load_schema
from claimcheck.render.escape import md_inline
from claimcheck.render.markdown import render_audit
from claimcheck.report import read_report

SAMPLE = Path(__file__).parent.parent / "data" / "reports" / "000_460cf5ff950926c3.txt"
CLAIM = "Intermediate-task training on MNLI improves zero-shot transfer on XTREME by 5.2 points."
OTHER = "The English training set contains 41,237 utterances."


def _reports(n: int, rejected: set[int], path: str = "r{:02d}.txt") -> list[Report]:
    """``n`` reports stating CLAIM (× in ``rejected``, ✓ elsewhere) and one claim of their own."""
    base = read_report(SAMPLE)
    return [
        replace(
            base,
            path=path.format(i),
            claims=[
                Claim(1, f"Report {i} studies topic number {i * 7919} in depth only.", Mark.VERIFIED, 0.9, False),
                Claim(2, CLAIM, Mark.REJECTED if i in rejected else Mark.VERIFIED, 0.9, False),
            ],
        )
        for i in range(n)
    ]


def _run(n: int, rejected: set[int], path: str = "r{:02d}.txt") -> AuditRun:
    return audit_reports(_reports(n, rejected, path), AuditOptions(fetch=False))


def _group(findings: list[Finding]) -> Finding:
    (found,) = [f for f in findings if f.code == "cross-report.mark"]
    return found


REJECTED = {7, 17, 27, 37, 47}


def test_each_audit_lists_its_own_entry_and_a_bounded_few_of_fifty() -> None:
    run = _run(50, REJECTED)
    whole = _group(run.run_findings)
    assert len(whole.details["reports"]) == 50  # type: ignore[arg-type]
    for audit in run.audits:
        seen = _group(audit.findings)
        entries = seen.details["reports"]
        assert isinstance(entries, list)
        assert len(entries) == 1 + OTHERS_SHOWN
        assert entries[0] == {"report": audit.report.path, "claim": 2, "mark": entries[0]["mark"], "confidence": 0.9}
        assert seen.claims == [2] and seen.report == audit.report.path
        assert seen.details["more"] == {"reports": 50 - 1 - OTHERS_SHOWN, "entries": 50 - 1 - OTHERS_SHOWN}
        assert seen.details["group"] == whole.details["group"]
        assert seen.message == whole.message  # one message per group, however many audits show it


def test_the_reports_that_disagree_are_listed_first() -> None:
    run = _run(50, REJECTED)
    by_path = {a.report.path: a for a in run.audits}
    # A ✓ report lists the five × reports before any ✓ one.
    marks = [e["mark"] for e in _group(by_path["r03.txt"].findings).details["reports"]]  # type: ignore[attr-defined]
    assert marks == ["verified"] + ["rejected"] * len(REJECTED) + ["verified"] * (OTHERS_SHOWN - len(REJECTED))
    # A × report lists ✓ ones only: the four other × reports are among those left out.
    entries = _group(by_path["r17.txt"].findings).details["reports"]
    assert isinstance(entries, list)
    assert [e["mark"] for e in entries] == ["rejected"] + ["verified"] * OTHERS_SHOWN


def test_disagreeing_reports_beyond_the_limit_are_counted() -> None:
    run = _run(50, set(range(30, 50)))  # 20 × reports: more than a ✓ report's audit lists
    seen = _group(next(a for a in run.audits if a.report.path == "r00.txt").findings)
    entries = seen.details["reports"]
    assert isinstance(entries, list)
    assert [e["report"] for e in entries[1:]] == [f"r{i}.txt" for i in range(30, 30 + OTHERS_SHOWN)]
    assert seen.details["more"] == {"reports": 39, "entries": 39}


def test_the_listed_part_does_not_grow_with_the_group() -> None:
    def listed(n: int) -> int:
        run = _run(n, {1})
        return max(len(_group(a.findings).details["reports"]) for a in run.audits)  # type: ignore[arg-type]

    assert listed(20) == listed(60) == 1 + OTHERS_SHOWN


def test_a_small_group_is_shown_whole_with_the_disagreeing_report_first() -> None:
    run = _run(3, {2})
    seen = _group(run.audits[0].findings)
    assert [e["report"] for e in seen.details["reports"]] == ["r00.txt", "r02.txt", "r01.txt"]  # type: ignore[attr-defined]
    assert seen.details["more"] == {"reports": 0, "entries": 0}
    assert "r00.txt#2" in seen.message and "r02.txt#2" in seen.message  # few enough to be named


def test_a_large_group_is_counted_in_its_message_not_named() -> None:
    whole = _group(_run(50, REJECTED).run_findings)
    assert "across 50 reports (50 claims: 45 ✓, 5 ×)" in whole.message
    assert "r01.txt" not in whole.message and f'"{CLAIM}"' in whole.message


def test_a_report_with_two_entries_in_a_group_lists_both_first() -> None:
    reports = _reports(30, {5})
    first = reports[0]
    reports[0] = replace(first, claims=[*first.claims, Claim(3, CLAIM, Mark.VERIFIED, 0.7, False)])
    (whole,) = [f for f in check_across(reports) if f.code == "cross-report.mark"]
    seen = GroupView(whole).seen_from("r00.txt")
    entries = seen.details["reports"]
    assert isinstance(entries, list)
    assert [(e["report"], e["claim"]) for e in entries[:3]] == [("r00.txt", 2), ("r00.txt", 3), ("r05.txt", 2)]
    assert len(entries) == 2 + OTHERS_SHOWN and seen.claims == [2, 3]
    assert seen.details["more"] == {"reports": 30 - 1 - OTHERS_SHOWN, "entries": 30 - 1 - OTHERS_SHOWN}


def test_a_confidence_group_lists_other_confidences_first() -> None:
    base = read_report(SAMPLE)
    reports = [
        replace(base, path=f"c{i:02d}.txt", claims=[Claim(1, CLAIM, Mark.VERIFIED, 0.5 if i % 8 == 3 else 0.9, False)])
        for i in range(40)
    ]
    (whole,) = [f for f in check_across(reports) if f.code == "cross-report.confidence"]
    entries = GroupView(whole).seen_from("c00.txt").details["reports"]
    assert isinstance(entries, list)
    assert [e["confidence"] for e in entries[:6]] == [0.9, 0.5, 0.5, 0.5, 0.5, 0.5]
    assert len(entries) == 1 + OTHERS_SHOWN


def test_the_renderer_names_as_many_claims_as_the_messages_do() -> None:
    assert markdown.GROUP_NAMES == crossreport.NAMES_IN_MESSAGE


def test_the_audit_json_is_valid_and_the_markdown_points_to_the_run_summary() -> None:
    run = _run(50, REJECTED)
    audit = next(a for a in run.audits if a.report.path == "r03.txt")
    jsonschema.validate(json.loads(json.dumps(audit_to_dict(audit))), load_schema())
    md = render_audit(audit)
    line = next(ln for ln in md.splitlines() if "cross-report.mark" in ln)
    assert md_inline("this report: #2 ✓ 0.90") in line
    assert md_inline("r07.txt#2 × 0.90") in line and md_inline("r47.txt#2 × 0.90") in line
    assert "… and 39 more reports; see the run summary (index.md)" in line
    assert "r49.txt" not in line


def test_the_run_index_holds_every_group_whole(tmp_path: Path) -> None:
    run = _run(50, REJECTED)
    written, failures = write_audits(run.audits, tmp_path, run_findings=run.run_findings, generated_at="now", tool_version="t")
    assert not failures and len(written) == 50
    index = json.loads((tmp_path / "index.json").read_text())
    (group,) = [f for f in index["findings"] if f["code"] == "cross-report.mark"]
    assert sorted(e["report"] for e in group["details"]["reports"]) == [f"r{i:02d}.txt" for i in range(50)]
    section = (tmp_path / "index.md").read_text().split("## Across reports", 1)[1]
    assert all(md_inline(f"r{i:02d}.txt#2") in section for i in range(50))
    # Every audit file carries the bounded part only.
    one = json.loads((tmp_path / "r10.audit.json").read_text())
    (seen,) = [f for f in one["findings"] if f["code"] == "cross-report.mark"]
    assert len(seen["details"]["reports"]) == 1 + OTHERS_SHOWN
    # The run index lists the problem once, though fifty audits carry it.
    top = (tmp_path / "index.md").read_text().split("**Worst problems first:**", 1)[1].split("##", 1)[0]
    assert top.count("the same claim is marked both") == 1


@pytest.mark.parametrize("evil", ["<img src=x onerror=alert(1)>", "[x](http://e.test)", "a|b"])
def test_report_names_in_a_group_note_stay_escaped(evil: str) -> None:
    run = _run(20, {1, 2}, path=evil + "{:02d}.txt")
    md = render_audit(run.audits[0])
    line = next(ln for ln in md.splitlines() if "cross-report.mark" in ln)
    assert evil not in line
    assert "<img" not in line and "](http" not in line and line.count(" | ") == 3
