"""A nightly job where one claim recurs in many reports: every stored audit keeps a bounded
part of the group, and the night keeps the whole group once (history, run index, digest),
also when the run that found it was killed before its digest."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from claimcheck.checks.crossreport import OTHERS_SHOWN
from claimcheck.nightly.digest import load_schema, report_findings
from claimcheck.nightly.history import History
from claimcheck.nightly.job import run_job
from claimcheck.nightly.state import ReportState, RunInfo, Snapshot
from tests.fakearxiv import FakeArxiv
from tests.test_nightly_job import PAPER, PAPERS, report_text

SHARED = "The English training set contains 41,237 utterances."
REPORTS = 40
REJECTED = {3, 13, 23, 33}


@pytest.fixture
def arxiv() -> Iterator[FakeArxiv]:
    with FakeArxiv() as fake:
        fake.add_paper(PAPER, title="Tiered Curriculum Sampling", versions=[(PAPERS / f"{PAPER}v1.pdf").read_bytes()])
        yield fake


def _job(base: Path, arxiv: FakeArxiv) -> Path:
    (base / "reports").mkdir()
    for i in range(REPORTS):
        own = f"Report {i} looks at question number {i * 7919} and nothing else."
        marks = ("×" if i in REJECTED else "✓") + "✓"
        (base / "reports" / f"r{i:02d}.txt").write_text(report_text(f"Synthesis {i}", [SHARED, own], PAPER, marks))
    job = base / "job.toml"
    job.write_text(
        f'name = "groups"\nout = "out"\nlock_timeout = 0\n\n[sources]\napi_url = "{arxiv.api_url}"\n'
        f'pdf_base_url = "{arxiv.pdf_url}"\ncache_dir = "cache"\napi_min_interval = 0\n'
        'max_concurrent_downloads = 1\n\n[[intake]]\nkind = "folder"\npaths = ["reports"]\n'
    )
    return job


def _conflicts(findings: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [f for f in findings if f["code"] == "cross-report.mark" and "41,237" in f["message"]]


def test_the_night_keeps_each_group_whole_once_and_each_audit_a_bounded_part(tmp_path: Path, arxiv: FakeArxiv) -> None:
    result = run_job(_job(tmp_path, arxiv), today=date(2026, 12, 20))
    assert result.exit_code != 2 and len(result.audited) == REPORTS
    digest = result.digest
    assert digest is not None
    jsonschema.validate(digest, load_schema())
    (conflict,) = _conflicts(digest["findings"])
    assert sorted(conflict["reports"]) == [f"reports/r{i:02d}.txt" for i in range(REPORTS)]
    md = next(p for p in result.digest_paths if p.suffix == ".md").read_text()
    section = md.split("## Report findings", 1)[1]
    assert section.count("41,237") == 1  # once, not once per report

    db = sqlite3.connect(tmp_path / "out" / "history.sqlite")
    (stored,) = db.execute("SELECT findings_json FROM runs WHERE id = ?", (result.run_id,)).fetchone()
    (whole,) = _conflicts(json.loads(stored))
    assert len(whole["details"]["reports"]) == REPORTS
    for (text,) in db.execute("SELECT findings_json FROM audits"):
        (part,) = _conflicts(json.loads(text))
        assert len(part["details"]["reports"]) == 1 + OTHERS_SHOWN
        assert part["details"]["more"]["entries"] == REPORTS - 1 - OTHERS_SHOWN
        assert part["details"]["group"] == whole["details"]["group"]
    db.close()

    run_dir = tmp_path / "out" / "audits" / f"run-{result.run_id}"
    index = json.loads((run_dir / "index.json").read_text())
    (indexed,) = _conflicts(index["findings"])
    assert len(indexed["details"]["reports"]) == REPORTS
    audit = json.loads((run_dir / "r05.audit.json").read_text())
    (part,) = _conflicts(audit["findings"])
    # A ✓ report lists the × reports first.
    assert [e["mark"] for e in part["details"]["reports"][: 1 + len(REJECTED)]] == ["verified"] + ["rejected"] * len(REJECTED)


def test_a_group_found_by_a_killed_run_reaches_the_next_digest_whole(tmp_path: Path) -> None:
    """The killed run stored its groups before its audits; the next run reuses those audits
    (they hold parts only) and its digest still names every report of the group."""
    finding = {
        "code": "cross-report.mark", "severity": "error", "message": "marked both ways", "report": None, "claims": [],
        "details": {"relation": "same", "claim": SHARED, "group": "g1",
                    "reports": [{"report": f"r{i}", "claim": 1, "mark": "verified", "confidence": None} for i in range(30)]},
    }
    with History.open(tmp_path / "h.sqlite") as history:
        first = history.start_run("job", "2026-12-20", "t")
        history.record_run_findings(first, json.dumps([finding]))
        second = history.start_run("job", "2026-12-21", "t")  # the first is abandoned
        other_job = history.start_run("other", "2026-12-21", "t")
        history.record_run_findings(other_job, json.dumps([{**finding, "message": "not this job"}]))
        snap = history.snapshot(second, findings_after=0, run_findings=[])
    assert [f["message"] for f in snap.run_findings] == ["marked both ways"]
    snap.reports = {
        f"r{i}": ReportState(f"r{i}", f"{i:064x}", None, [], audit_id=i + 1, audit_run=first) for i in range(30)
    }
    (entry,) = report_findings(snap, None)
    assert entry["reports"] == [f"r{i}" for i in range(30)]


def test_the_digest_skips_parts_and_reads_old_whole_groups_from_the_audits() -> None:
    """Parts (``details.more``) never stand for their group; an audit stored before runs kept
    their groups holds the group whole and is still read."""
    part = {"code": "cross-report.mark", "severity": "error", "message": "part",
            "details": {"reports": [{"report": "a"}, {"report": "b"}], "more": {"reports": 5, "entries": 5}}}
    old = {"code": "cross-report.mark", "severity": "error", "message": "old",
           "details": {"reports": [{"report": "a"}, {"report": "c"}]}}
    run = RunInfo(2, "job", "2026-12-21", "s", None, "running")
    snap = Snapshot(run=run, reports={
        "a": ReportState("a", "0" * 64, None, [], audit_id=1, audit_run=2, findings=[part, old]),
    })
    assert [(f["message"], f["reports"]) for f in report_findings(snap, None)] == [("old", ["a", "c"])]
