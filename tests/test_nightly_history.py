"""The history database: migrations, refusals, transactions, snapshots."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from claimcheck.model import (
    Audit, Claim, Mark, PaperMetadata, Reference, Report, Source, SourceStatus, SourceVersion,
    StatedFigures, Verdict, VerdictLabel,
)
from claimcheck.nightly import history as hist
from claimcheck.nightly.errors import HistoryError
from claimcheck.nightly.history import SCHEMA_VERSION, History, migrate
from claimcheck.nightly.state import SourceState


def make_audit(sha: str = "a" * 64, labels: tuple[VerdictLabel, ...] = (VerdictLabel.SUPPORTED,), latest: int = 1) -> Audit:
    ref = Reference("http://arxiv.org/abs/2612.99901v1", "2612.99901", 1)
    report = Report(
        path="r.txt", format="text", sha256=sha, title="A report", date=None, research_question=None,
        abstract=None, examined_title=None, figures=StatedFigures(),
        claims=[Claim(i, f"claim {i}", Mark.VERIFIED, 0.5, False) for i in range(1, len(labels) + 1)],
        references=[ref], columns=["claim", "verified", "confidence"],
    )
    meta = PaperMetadata("2612.99901", "T", [], "", [], None, None, latest)
    versions = [SourceVersion("2612.99901", v, [], 2, "x", pdf_sha256=f"{v}" * 64) for v in range(1, latest + 1)]
    source = Source(ref, SourceStatus.OK, meta, versions)
    verdicts = [Verdict(i, label, "because", drift="v2 states 2.9" if label is VerdictLabel.CONTRADICTED else None)
                for i, label in enumerate(labels, 1)]
    return Audit(report=report, findings=[], sources=[source], verdicts=verdicts, tool_version="t")


def test_new_database_is_current_wal_and_ours(tmp_path: Path) -> None:
    path = tmp_path / "h.sqlite"
    History.open(path).close()
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == len(hist.MIGRATIONS)
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA application_id").fetchone()[0] == hist.APPLICATION_ID


def test_record_and_snapshot_round_trip(tmp_path: Path) -> None:
    with History.open(tmp_path / "h.sqlite") as h:
        run = h.start_run("job", "2026-12-20", "t")
        h.record_source_checks(run, [SourceState("2612.99901", True, 2)])
        audit = make_audit(labels=(VerdictLabel.SUPPORTED, VerdictLabel.CONTRADICTED), latest=2)
        audit_id = h.record_audit(run, "reports/r.txt", audit.report, audit, "t|2612.99901:v2")
        assert h.find_audits([("a" * 64, "t|2612.99901:v2"), ("a" * 64, "other")]) == {("a" * 64, "t|2612.99901:v2"): audit_id}
        assert h.stored_reports(["a" * 64])["a" * 64].cites == ["2612.99901"]
        snap = h.snapshot(run)
        state = snap.reports["reports/r.txt"]
        assert (state.audit_id, state.audit_run, state.title) == (audit_id, run, "A report")
        assert [(c.index, c.text, c.label, c.drift) for c in state.claims.values()] == [
            (1, "claim 1", "supported", None), (2, "claim 2", "contradicted", "v2 states 2.9"),
        ]
        assert snap.sources["2612.99901"] == SourceState("2612.99901", True, 2)
        assert [v[:2] for v in h.source_versions()] == [("2612.99901", 1), ("2612.99901", 2)]
        assert h.last_known_versions(["2612.99901", "other"]) == {"2612.99901": 2}
        assert h.last_finished_run("job") is None
        h.finish_run(run, 0, {"x": 1})
        assert h.last_finished_run("job").id == run  # type: ignore[union-attr]
        assert h.last_finished_run("other-job") is None


def test_a_running_run_found_at_start_was_abandoned(tmp_path: Path) -> None:
    with History.open(tmp_path / "h.sqlite") as h:
        dead = h.start_run("job", "2026-12-20", "t")
        alive = h.start_run("job", "2026-12-20", "t")
        assert [(r.id, r.status) for r in h.runs("job")] == [(dead, "abandoned"), (alive, "running")]


def test_a_failed_transaction_leaves_nothing_behind(tmp_path: Path) -> None:
    with History.open(tmp_path / "h.sqlite") as h:
        run = h.start_run("job", "2026-12-20", "t")
        with pytest.raises(RuntimeError):
            with h.transaction() as db:
                db.execute("INSERT INTO run_reports VALUES (?, 'x', 'y', NULL)", (run,))
                raise RuntimeError("killed half way")
        assert h.snapshot(run).reports == {}


def test_an_older_database_is_upgraded_with_its_data_and_a_backup(tmp_path: Path) -> None:
    path = tmp_path / "h.sqlite"
    db = hist.connect(path)
    migrate(db, path, upto=1)  # what claimcheck with schema 1 wrote
    db.execute("INSERT INTO runs (id, job, night, started_at, status, tool_version) VALUES (1, 'job', '2026-12-19', 'x', 'finished', 'old')")
    db.execute("INSERT INTO reports (sha256, title, format, claims_json, references_json, first_run) VALUES ('s', 'T', 'text', '[]', '[]', 1)")
    db.execute("INSERT INTO run_reports VALUES (1, 'reports/r.txt', 's', NULL)")
    db.close()
    with History.open(path) as h:
        assert h.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert h.last_finished_run("job").night == "2026-12-19"  # type: ignore[union-attr]
        assert h.db.execute("SELECT origin FROM reports").fetchone() == ("reports/r.txt",)
        h.record_source_checks(1, [SourceState("2612.99901", False, None, "down")])  # the new table works
    backup = sqlite3.connect(tmp_path / "h.sqlite.v1.bak")
    assert backup.execute("PRAGMA user_version").fetchone()[0] == 1
    assert backup.execute("SELECT count(*) FROM runs").fetchone()[0] == 1


def test_a_newer_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "h.sqlite"
    History.open(path).close()
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    db.close()
    before = path.read_bytes()
    with pytest.raises(HistoryError, match=f"schema version {SCHEMA_VERSION + 5}, newer than this claimcheck"):
        History.open(path)
    assert path.read_bytes() == before


def test_foreign_files_are_refused(tmp_path: Path) -> None:
    other = tmp_path / "other.sqlite"
    db = sqlite3.connect(other)
    db.execute("CREATE TABLE customers (id INTEGER)")
    db.commit()
    db.close()
    with pytest.raises(HistoryError, match="not a claimcheck history"):
        History.open(other)
    text = tmp_path / "notes.txt"
    text.write_text("hello, this is not a database at all " * 50)
    with pytest.raises(HistoryError, match="not a (readable|usable) SQLite database"):
        History.open(text)
    assert text.read_text().startswith("hello")


def test_a_failing_migration_rolls_back(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "h.sqlite"
    db = hist.connect(path)
    migrate(db, path, upto=1)
    db.close()

    def broken(db: sqlite3.Connection) -> None:
        db.execute("CREATE TABLE half (x)")
        db.execute("THIS IS NOT SQL")

    monkeypatch.setattr(hist, "MIGRATIONS", [hist.MIGRATIONS[0], broken])
    monkeypatch.setattr(hist, "SCHEMA_VERSION", 2)
    with pytest.raises(HistoryError, match="cannot upgrade .* to history schema 2"):
        History.open(path)
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == 1
    assert db.execute("SELECT count(*) FROM sqlite_master WHERE name = 'half'").fetchone()[0] == 0


def test_an_audit_redone_with_the_same_inputs_keeps_its_id(tmp_path: Path) -> None:
    with History.open(tmp_path / "h.sqlite") as h:
        first = h.start_run("job", "2026-12-20", "t")
        audit = make_audit(labels=(VerdictLabel.SUPPORTED,))
        audit_id = h.record_audit(first, "r.txt", audit.report, audit, "fp")
        h.finish_run(first, 0, {})
        second = h.start_run("job", "2026-12-21", "t")
        redone = make_audit(labels=(VerdictLabel.CONTRADICTED,))
        assert h.record_audit(second, "copy.txt", redone.report, redone, "fp") == audit_id
        # The first run's snapshot still resolves (to the audit as it now stands).
        assert h.snapshot(first).reports["r.txt"].claims[1].label == "contradicted"
        assert h.db.execute("SELECT count(*) FROM verdicts").fetchone()[0] == 1


def test_known_reports_carry_marks_and_a_version_2_database_is_upgraded(tmp_path: Path) -> None:
    path = tmp_path / "h.sqlite"
    db = hist.connect(path)
    migrate(db, path, upto=2)  # as a claimcheck before per-run digests left it
    db.execute(
        "INSERT INTO reports (sha256, title, date, format, claims_json, references_json, first_run, origin) "
        "VALUES (?, 'Old', NULL, 'text', '[\"an old claim\"]', '[]', 1, 'old.txt')",
        ("b" * 64,),
    )
    db.close()
    with History.open(path) as h:
        (old,) = h.known_reports()
        assert (old.path, [(c.text, c.mark) for c in old.claims]) == ("old.txt", [("an old claim", Mark.UNKNOWN)])
        run = h.start_run("job", "2026-12-20", "t")
        audit = make_audit()
        h.record_audit(run, "r.txt", audit.report, audit, "fp", "audits/run-1/r.audit.md")
        by_path = {r.path: r for r in h.known_reports()}
        assert [(c.mark, c.confidence) for c in by_path["r.txt"].claims] == [(Mark.VERIFIED, 0.5)]
        assert set(by_path) == {"old.txt", "r.txt"}
        assert [r.path for r in h.known_reports(exclude_shas=["a" * 64], exclude_origins=["old.txt"])] == []
        assert h.snapshot(run).reports["r.txt"].audit_file == "audits/run-1/r.audit.md"
        assert h.snapshot(run).reports["r.txt"].findings == []  # read only when asked for
        h.finish_run(run, 0, {"quiet": True}, "nightly-2026-12-20T031700Z-1")
        (stored,) = h.stored_runs("job")
        assert (stored.info.id, stored.exit_code, stored.digest, stored.digest_name) == (
            run, 0, {"quiet": True}, "nightly-2026-12-20T031700Z-1"
        )
    assert (tmp_path / "h.sqlite.v2.bak").is_file()


def test_findings_in_memory_equal_the_stored_ones(tmp_path: Path) -> None:
    """The nightly job hands the snapshot the findings it just stored (a night's audits
    repeat its cross-report groups; decoding them all again grew with the square of the
    reports): they must be what decoding the stored JSON gives, details and all."""
    from dataclasses import replace

    from claimcheck.model import Finding, Severity
    from claimcheck.render.json import SharedDetails, finding_dict

    group = {
        "relation": "same", "claim": "ünïcode \"and\" quotes", "reports": [
            {"report": f"r{k}.txt", "claim": k, "mark": Mark.VERIFIED, "confidence": 0.1 * k} for k in range(3)
        ], "ints": {1: (2, 3)}, "nan": float("nan"),
    }
    findings = [Finding("cross-report.mark", Severity.ERROR, "marked both", "r.txt", [1], group),
                Finding("truncated-claim", Severity.WARNING, "cut", "r.txt", [])]
    audit = replace(make_audit(), findings=findings)
    with History.open(tmp_path / "h.sqlite") as h:
        run = h.start_run("job", "2026-12-20", "t")
        shared = SharedDetails()
        audit_id = h.record_audit(run, "r.txt", audit.report, audit, "fp", shared=shared)
        stored = h.snapshot(run, findings_after=0).reports["r.txt"].findings
        given = [finding_dict(f, shared) for f in findings]
        assert stored == given and stored[0]["details"]["ints"] == {"1": [2, 3]}
        assert h.snapshot(run, findings_after=0, findings={audit_id: given}).reports["r.txt"].findings is given
