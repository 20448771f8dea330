"""Nightly jobs end to end, against a fake arXiv and a fake Zenodo on 127.0.0.1.

Night 1 audits two reports (one in a folder, one published on Zenodo); night 2 a new
version of the cited paper appears (one number changed) and a new report is published;
night 3 nothing changed. Then: a run killed half way, two overlapping runs, an output
folder that cannot be written, a disk that fills up, arXiv down for a night.
"""

from __future__ import annotations

import errno
import json
import os
import re
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from claimcheck.nightly.digest import load_schema
from claimcheck.nightly.job import PAUSE_ENV, run_job
from tests.fakearxiv import FakeArxiv, Fault
from tests.fakezenodo import FakeZenodo

PAPERS = Path(__file__).parent / "fixtures" / "papers"
PAPER = "2612.99901"
NIGHTS = [date(2026, 12, 20), date(2026, 12, 21), date(2026, 12, 22)]
ROOT = Path(__file__).resolve().parent.parent


def report_text(title: str, claims: list[str], reference: str, marks: str | None = None) -> str:
    """A report in the generator's format; ``marks``: one ✓ or × per claim (default all ✓)."""
    rows = "\n".join(f"{claim}\t{mark}\t0.80" for claim, mark in zip(claims, marks or "✓" * len(claims)))
    return f"""

# {title}

Assignee Research

December 19, 2026

## Abstract

A machine-generated synthesis about curriculum sampling for intent detection.

## 1 Introduction

This paper examines: Tiered Curriculum Sampling for Multilingual Intent Detection. Research question: Does ordering English training data from easy to difficult improve zero-shot intent detection in other languages?.

## 3 Results

1 papers retrieved. {len(claims)} claims extracted; {len(claims)} independently verified. Quality review score: 7.0/10.

## 5 Extracted Claims

Claim\tVerified\tConfidence
{rows}

## References

- <http://arxiv.org/abs/{reference}>
"""


# Report A (folder) cites the paper without a version: the latest version decides.
REPORT_A = report_text(
    "Curriculum sampling for intent detection",
    [
        "Tiered curriculum sampling improves zero-shot intent accuracy by 3.2 points on average over uniform sampling.",
        "The English training set contains 41,237 utterances.",
    ],
    PAPER,
)
# Report B (Zenodo) cites v1 explicitly: v1 still decides, v2 shows up as drift.
REPORT_B = report_text(
    "Training schedules for multilingual intent classifiers",
    [
        "The largest gain from tiered curriculum sampling, 6.4 points, is obtained for Japanese.",
        "All models are trained for 3,600 steps with a batch size of 32.",
    ],
    f"{PAPER}v1",
)
# Report C is published on night 2.
REPORT_C = report_text(
    "Easy-to-hard ordering in cross-lingual transfer",
    ["Each language has 500 test utterances."],
    PAPER,
)
# The claims whose numbers v2 changed (3.2 → 2.9, 6.4 → 5.9); nothing else may change.
CHANGED_BY_V2 = {("reports/a.txt", 1), ("zenodo:B/b.txt", 1)}


@dataclass
class World:
    arxiv: FakeArxiv
    zenodo: FakeZenodo
    records: dict[str, int]

    def publish(self, name: str, text: str) -> None:
        self.records[name] = self.zenodo.add_record(f"Literature synthesis {name}", {f"{name.lower()}.txt": text.encode()})

    def night1(self) -> None:
        self.arxiv.add_paper(PAPER, title="Tiered Curriculum Sampling for Multilingual Intent Detection",
                             versions=[(PAPERS / f"{PAPER}v1.pdf").read_bytes()])
        self.publish("B", REPORT_B)

    def night2(self) -> None:
        self.arxiv.add_version(PAPER, (PAPERS / f"{PAPER}v2.pdf").read_bytes())
        self.publish("C", REPORT_C)

    def origin(self, origin: str) -> str:
        """Test names ("zenodo:B/b.txt") → the origin the fake's record ID gives."""
        for name, rid in self.records.items():
            origin = origin.replace(f"zenodo:{name}/", f"zenodo:{rid}/")
        return origin


@pytest.fixture
def world() -> Iterator[World]:
    with FakeArxiv() as arxiv, FakeZenodo() as zenodo:
        yield World(arxiv, zenodo, {})


def make_job(base: Path, world: World, **extra: Any) -> Path:
    (base / "reports").mkdir(parents=True, exist_ok=True)
    (base / "reports" / "a.txt").write_text(REPORT_A)
    settings = {"lock_timeout": 0, **extra}
    top = "\n".join(f"{k} = {json.dumps(v)}" for k, v in settings.items())
    job = base / "job.toml"
    job.write_text(f"""
name = "test-nightly"
out = "out"
history = "sqlite:///state/history.sqlite"
fail_on = ["contradicted"]
{top}

[sources]
api_url = "{world.arxiv.api_url}"
pdf_base_url = "{world.arxiv.pdf_url}"
cache_dir = "cache"
api_min_interval = 0
retries = 0
backoff_base = 0

[[intake]]
kind = "folder"
name = "local"
paths = ["reports"]

[[intake]]
kind = "zenodo"
name = "zenodo"
api = "{world.zenodo.api_url}"
query = "literature synthesis"
files = ["*.txt"]
min_interval = 0
""")
    return job


def digest_files(base: Path, night: date, suffix: str = ".json") -> list[Path]:
    """The digests of the runs of ``night``, oldest run first (named by night, start time
    and run ID: nightly-2026-12-20T031700Z-7.json)."""
    found = (base / "out").glob(f"nightly-{night.isoformat()}T*Z-*{suffix}")
    return sorted(found, key=lambda p: int(p.name.removesuffix(suffix).rsplit("-", 1)[1]))


def digest_path(base: Path, night: date, suffix: str = ".json") -> Path:
    """The newest run's digest of ``night``."""
    files = digest_files(base, night, suffix)
    assert files, f"no digest of {night} in {base / 'out'}"
    return files[-1]


def digest(base: Path, night: date) -> dict[str, Any]:
    return json.loads(digest_path(base, night).read_text())


def comparable(d: dict[str, Any]) -> dict[str, Any]:
    """A digest minus what differs between two equivalent runs (when, which row, and the
    run folder of each audit file)."""
    def strip(value: Any) -> Any:
        if isinstance(value, dict):
            return {k: strip(v) for k, v in value.items() if k not in ("generated_at", "run_id", "audit")}
        if isinstance(value, list):
            return [strip(v) for v in value]
        return value

    return strip(d)


def integrity(db: Path) -> str:
    con = sqlite3.connect(db)
    try:
        return con.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        con.close()


def runs(db: Path) -> list[tuple[str, str]]:
    con = sqlite3.connect(db)
    try:
        return con.execute("SELECT night, status FROM runs ORDER BY id").fetchall()
    finally:
        con.close()


def subprocess_env(pause: Path | None = None) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    env.pop(PAUSE_ENV, None)
    if pause is not None:
        env[PAUSE_ENV] = str(pause)
    return env


def start_paused(job: Path, night: date, pause: Path) -> subprocess.Popen[bytes]:
    proc = subprocess.Popen(
        [sys.executable, "-m", "claimcheck.nightly", str(job), "--date", night.isoformat(), "--quiet"],
        env=subprocess_env(pause), cwd=ROOT,
    )
    deadline = time.monotonic() + 60
    while not pause.exists():
        if proc.poll() is not None or time.monotonic() > deadline:
            proc.kill()
            raise AssertionError(f"the run never paused (exit {proc.returncode})")
        time.sleep(0.02)
    return proc


# --------------------------------------------------------------------------- three nights


def test_three_nights(tmp_path: Path, world: World) -> None:
    job = make_job(tmp_path, world)
    schema = load_schema()

    world.night1()
    first = run_job(job, today=NIGHTS[0])
    assert first.exit_code == 0, first.message
    d1 = digest(tmp_path, NIGHTS[0])
    jsonschema.validate(d1, schema)
    assert d1["baseline"] is None
    assert sorted(n["origin"] for n in d1["changes"]["new_reports"]) == sorted(
        ["reports/a.txt", world.origin("zenodo:B/b.txt")]
    )
    assert sorted(first.audited) == sorted(n["origin"] for n in d1["changes"]["new_reports"])
    assert all(n["audited"] and n["claims"] == 2 for n in d1["changes"]["new_reports"])
    assert (tmp_path / "out" / d1["changes"]["new_reports"][0]["audit"]).is_file()
    assert d1["totals"]["sources"] == 1 and d1["totals"]["claims"] == 4

    world.night2()
    world.arxiv.reset_counts()
    world.zenodo.reset_counts()
    second = run_job(job, today=NIGHTS[1])
    d2 = digest(tmp_path, NIGHTS[1])
    jsonschema.validate(d2, schema)
    changes = d2["changes"]
    assert [n["origin"] for n in changes["new_reports"]] == [world.origin("zenodo:C/c.txt")]
    assert [(v["arxiv_id"], v["before"], v["after"]) for v in changes["new_versions"]] == [(PAPER, 1, 2)]
    assert sorted(changes["new_versions"][0]["reports"]) == sorted(
        world.origin(o) for o in ["reports/a.txt", "zenodo:B/b.txt", "zenodo:C/c.txt"]
    )
    assert {(c["origin"], c["claim_index"]) for c in changes["verdict_changes"]} == {
        (world.origin(o), i) for o, i in CHANGED_BY_V2
    }
    assert all(c["new_versions"] == [PAPER] for c in changes["verdict_changes"])
    assert changes["unreachable"] == changes["reachable_again"] == changes["gone_reports"] == []
    assert sorted(second.audited) == sorted(world.origin(o) for o in ["reports/a.txt", "zenodo:B/b.txt", "zenodo:C/c.txt"])
    assert world.arxiv.count("pdf") == 1 and world.arxiv.count(f"pdf/{PAPER}v2") == 1  # v1 came from the cache
    assert world.zenodo.count("file") == 1  # only C's file; B's was downloaded on night 1
    assert second.exit_code == (1 if d2["new_problems"] else 0)
    md = digest_path(tmp_path, NIGHTS[1], ".md").read_text()
    assert md.index("## New versions of cited papers") < md.index("## Verdict changes") < md.index("## Totals")
    assert f"| {PAPER} | v1 | v2 |" in md

    world.arxiv.reset_counts()
    world.zenodo.reset_counts()
    third = run_job(job, today=NIGHTS[2])
    assert third.exit_code == 0, third.message
    assert third.audited == [] and len(third.reused) == 3
    assert world.arxiv.count("api") == 1  # one batched question for new versions, nothing else
    assert world.arxiv.count("pdf") == 0
    assert world.zenodo.count("search") == 1 and world.zenodo.count("file") == 0
    d3 = digest(tmp_path, NIGHTS[2])
    jsonschema.validate(d3, schema)
    assert d3["quiet"] and d3["exit_code"] == 0
    md3 = digest_path(tmp_path, NIGHTS[2], ".md").read_text()
    assert md3.count("\n") == 1 and "nothing changed since 2026-12-21 (3 reports, 5 claims, 1 source checked)" in md3
    assert [s for _, s in runs(tmp_path / "state" / "history.sqlite")] == ["finished"] * 3


# --------------------------------------------------------------------------- crash safety


def twin_worlds_after_night1(tmp_path: Path, world: World) -> tuple[Path, Path]:
    """Two identical job folders that both ran night 1 against the same fake servers."""
    a, b = make_job(tmp_path / "a", world), make_job(tmp_path / "b", world)
    world.night1()
    assert run_job(a, today=NIGHTS[0]).exit_code == 0
    assert run_job(b, today=NIGHTS[0]).exit_code == 0
    world.night2()
    return a, b


def test_a_run_killed_after_its_first_commit_is_completed_by_the_next(tmp_path: Path, world: World) -> None:
    plain, killed = twin_worlds_after_night1(tmp_path, world)
    expected = run_job(plain, today=NIGHTS[1])

    proc = start_paused(killed, NIGHTS[1], tmp_path / "paused")
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    db = killed.parent / "state" / "history.sqlite"
    assert integrity(db) == "ok"
    assert runs(db)[-1] == ("2026-12-21", "running")
    assert digest_files(killed.parent, NIGHTS[1]) == []

    world.arxiv.reset_counts()
    rerun = run_job(killed, today=NIGHTS[1])
    assert rerun.exit_code == expected.exit_code
    assert len(rerun.audited) == len(expected.audited) - 1  # the committed report is not redone
    assert len(rerun.reused) == 1
    assert world.arxiv.count("pdf") == 0  # v2 was fetched before the kill and is cached
    assert comparable(digest(killed.parent, NIGHTS[1])) == comparable(digest(plain.parent, NIGHTS[1]))
    # The same markdown, but for the run folder each audit link points into.
    md = lambda base: re.sub(r"audits/run-\d+/", "audits/run-N/", digest_path(base, NIGHTS[1], ".md").read_text())  # noqa: E731
    assert md(killed.parent) == md(plain.parent)
    assert [s for _, s in runs(db)] == ["finished", "abandoned", "finished"]


def test_disk_full_while_writing_the_digest(tmp_path: Path, world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    plain, full = twin_worlds_after_night1(tmp_path, world)
    run_job(plain, today=NIGHTS[1])
    import claimcheck.render.files as files

    real = files.atomic_write

    def no_space(path: Path, text: str) -> None:
        if path.name.startswith("nightly-"):
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        real(path, text)

    monkeypatch.setattr(files, "atomic_write", no_space)
    failed = run_job(full, today=NIGHTS[1])
    assert failed.exit_code == 2
    assert "cannot write the digest" in failed.message and "No space left on device" in failed.message
    db = full.parent / "state" / "history.sqlite"
    assert integrity(db) == "ok" and runs(db)[-1][1] == "running"
    monkeypatch.setattr(files, "atomic_write", real)
    again = run_job(full, today=NIGHTS[1])
    assert again.audited == [] and len(again.reused) == 3  # every audit was committed before
    assert comparable(digest(full.parent, NIGHTS[1])) == comparable(digest(plain.parent, NIGHTS[1]))


# --------------------------------------------------------------------------- overlapping runs


def test_overlapping_runs_refuse_or_wait_and_never_corrupt(tmp_path: Path, world: World) -> None:
    job = make_job(tmp_path, world)
    world.night1()
    pause = tmp_path / "paused"
    proc = start_paused(job, NIGHTS[0], pause)
    try:
        refused = run_job(job, today=NIGHTS[0])
        assert refused.exit_code == 2
        assert "another nightly run holds" in refused.message and f"pid {proc.pid}" in refused.message

        waiting = make_job(tmp_path, world, lock_timeout=60)
        result: list[Any] = []
        waiter = threading.Thread(target=lambda: result.append(run_job(waiting, today=NIGHTS[0])))
        waiter.start()
        time.sleep(0.3)
        assert waiter.is_alive()  # blocked on the lock, not running alongside
        Path(str(pause) + ".go").write_text("go")
        assert proc.wait(timeout=60) == 0
        waiter.join(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert result and result[0].exit_code == 0 and result[0].audited == []
    assert result[0].digest["quiet"]
    db = tmp_path / "state" / "history.sqlite"
    assert integrity(db) == "ok"
    assert [s for _, s in runs(db)] == ["finished", "finished"]


# --------------------------------------------------------------------------- failures


def test_unwritable_output_is_a_clear_error_and_leaves_the_database_alone(tmp_path: Path, world: World) -> None:
    job = make_job(tmp_path, world)
    world.night1()
    assert run_job(job, today=NIGHTS[0]).exit_code == 0
    db = tmp_path / "state" / "history.sqlite"
    before = runs(db)
    out = tmp_path / "out"
    if os.geteuid() == 0:  # root writes through permissions: put a file where the folder goes
        job.write_text(job.read_text().replace('out = "out"', 'out = "blocker/out"'))
        (tmp_path / "blocker").write_text("a file, not a folder")
    else:
        out.chmod(0o500)
    try:
        result = run_job(job, today=NIGHTS[1])
    finally:
        out.chmod(0o700)
    assert result.exit_code == 2
    assert "output folder" in result.message
    assert ("not writable" in result.message) or ("blocker is a file, not a folder" in result.message)
    assert runs(db) == before and integrity(db) == "ok"


def test_arxiv_down_for_a_night_is_reported_not_fatal(tmp_path: Path, world: World) -> None:
    job = make_job(tmp_path, world)
    world.night1()
    assert run_job(job, today=NIGHTS[0]).exit_code == 0
    world.arxiv.fail("api", Fault(status=503))  # retries = 0: one failed query
    down = run_job(job, today=NIGHTS[1])
    assert down.exit_code == 0 and down.audited == []  # last known versions hold: nothing redone
    d = digest(tmp_path, NIGHTS[1])
    assert [u["arxiv_id"] for u in d["changes"]["unreachable"]] == [PAPER]
    assert "503" in d["changes"]["unreachable"][0]["error"]
    back = run_job(job, today=NIGHTS[2])
    assert back.exit_code == 0 and back.audited == []
    assert [r["arxiv_id"] for r in digest(tmp_path, NIGHTS[2])["changes"]["reachable_again"]] == [PAPER]


def test_an_offline_night_asks_nothing_and_redoes_nothing(tmp_path: Path, world: World) -> None:
    job = make_job(tmp_path, world)
    world.night1()
    assert run_job(job, today=NIGHTS[0]).exit_code == 0
    job.write_text(job.read_text().replace("retries = 0", "retries = 0\noffline = true"))
    world.arxiv.reset_counts()
    world.zenodo.reset_counts()
    result = run_job(job, today=NIGHTS[1])
    assert result.exit_code == 0 and result.audited == [] and len(result.reused) == 2
    assert world.arxiv.total() == 0 and world.zenodo.count("search") == 0
    d = digest(tmp_path, NIGHTS[1])
    assert d["totals"]["sources"] == 0 and d["changes"]["unreachable"] == []
    assert d["problems"] == [] and d["quiet"]  # Zenodo's reports come from last night's listing


def test_zenodo_down_keeps_its_reports_and_says_so(tmp_path: Path, world: World) -> None:
    job = make_job(tmp_path, world)
    world.night1()
    assert run_job(job, today=NIGHTS[0]).exit_code == 0
    world.zenodo.fail("search", 503, times=5)  # every retry fails too
    result = run_job(job, today=NIGHTS[1])
    assert result.exit_code == 0 and len(result.reused) == 2
    d = digest(tmp_path, NIGHTS[1])
    assert d["changes"]["gone_reports"] == []
    assert any("zenodo: search failed" in p for p in d["problems"]) and not d["quiet"]


def test_bad_job_file_and_unreadable_report(tmp_path: Path, world: World) -> None:
    job = make_job(tmp_path, world)
    job.write_text(job.read_text().replace('kind = "folder"', 'kind = "floppy"'))
    bad = run_job(job, today=NIGHTS[0])
    assert bad.exit_code == 2 and "unknown kind 'floppy'" in bad.message

    job = make_job(tmp_path, world)
    world.night1()
    (tmp_path / "reports" / "empty.txt").write_text("")
    result = run_job(job, today=NIGHTS[0])
    assert result.exit_code == 0
    d = digest(tmp_path, NIGHTS[0])
    assert any(p.startswith("reports/empty.txt: not audited") for p in d["problems"])
    assert "reports/a.txt" in result.audited  # one bad input costs only itself


def test_the_module_entry_point_returns_the_exit_code(tmp_path: Path) -> None:
    job = tmp_path / "job.toml"
    job.write_text("out = 1\n")
    proc = subprocess.run(
        [sys.executable, "-m", "claimcheck.nightly", str(job), "--date", "2026-12-20"],
        env=subprocess_env(), cwd=ROOT, capture_output=True, text=True, timeout=60,
    )
    assert proc.returncode == 2
    assert "'out' must be a non-empty string" in proc.stdout
    assert "Traceback" not in proc.stdout + proc.stderr


def test_one_content_at_two_origins_is_audited_once(tmp_path: Path, world: World) -> None:
    job = make_job(tmp_path, world)
    world.night1()
    (tmp_path / "reports" / "copy-of-a.txt").write_text(REPORT_A)
    result = run_job(job, today=NIGHTS[0])
    assert result.exit_code == 0
    assert "reports/a.txt" in result.audited and "reports/copy-of-a.txt" not in result.audited
    con = sqlite3.connect(tmp_path / "state" / "history.sqlite")
    links = dict(con.execute("SELECT origin, audit_id FROM run_reports").fetchall())
    assert links["reports/a.txt"] == links["reports/copy-of-a.txt"] is not None
    d = digest(tmp_path, NIGHTS[0])
    assert d["totals"]["reports"] == 2  # counted by content: a, b


# --------------------------------------------------------------------------- runs of one day


def test_three_runs_on_one_day_keep_three_digests(
    tmp_path: Path, world: World, capsys: pytest.CaptureFixture[str]
) -> None:
    from claimcheck.nightly.__main__ import main

    job = make_job(tmp_path, world)
    out = tmp_path / "out"
    world.night1()
    first = run_job(job, today=NIGHTS[0])  # news: two new reports
    (tmp_path / "reports" / "d.txt").write_text(REPORT_C.replace("500 test utterances", "600 test utterances"))
    second = run_job(job, today=NIGHTS[0])  # news: one new report
    third = run_job(job, today=NIGHTS[0])  # quiet
    assert first.exit_code != 2 and second.exit_code != 2 and third.exit_code == 0
    assert not first.digest["quiet"] and not second.digest["quiet"] and third.digest["quiet"]  # type: ignore[index]

    mds = digest_files(tmp_path, NIGHTS[0], ".md")
    assert len(mds) == 3 and len(digest_files(tmp_path, NIGHTS[0])) == 3
    assert [r.digest_paths[0] for r in (first, second, third)] == mds
    # The first two are intact: each still says what its own run found.
    texts = [p.read_text() for p in mds]
    assert "## New reports" in texts[0] and "reports/a.txt" in texts[0] and "2 new reports" in texts[0]
    assert "## New reports" in texts[1] and "reports/d.txt" in texts[1] and "1 new report" in texts[1]
    assert "reports/a.txt" not in texts[1].split("## New reports")[1].split("##")[0]
    assert texts[2].count("\n") == 1 and "nothing changed" in texts[2]
    assert [json.loads(p.read_text())["run_id"] for p in digest_files(tmp_path, NIGHTS[0])] == [
        first.run_id, second.run_id, third.run_id
    ]
    # The newest run, and the newest run with news (a quiet run never replaces it).
    assert (out / "nightly-latest.md").read_text() == texts[2]
    assert (out / "nightly-news.md").read_text() == texts[1]
    assert json.loads((out / "nightly-news.json").read_text())["run_id"] == second.run_id

    # --list: every run with what it found and where its digest is.
    assert main([str(job), "--list"]) == 0
    listing = capsys.readouterr().out.splitlines()
    assert len(listing) == 4 and listing[0].split()[:2] == ["run", "night"]
    for line, result, path in zip(listing[1:], (first, second, third), mds):
        assert line.split()[:2] == [str(result.run_id), NIGHTS[0].isoformat()]
        assert "finished" in line and str(path) in line
    assert "2 new reports" in listing[1] and "1 new report" in listing[2] and "nothing changed" in listing[3]

    # --show: the file as written; with its files gone, the same text rebuilt from the history.
    assert main([str(job), "--show", str(second.run_id)]) == 0
    assert capsys.readouterr().out == texts[1]
    mds[1].unlink()
    mds[1].with_suffix(".json").unlink()
    assert main([str(job), "--show", str(second.run_id)]) == 0
    shown = capsys.readouterr()
    assert shown.out == texts[1] and "rebuilt from the history" in shown.err
    assert main([str(job), "--list"]) == 0
    assert "(gone; --show rebuilds it)" in capsys.readouterr().out.splitlines()[2]
    assert main([str(job), "--show", "news"]) == 0 and capsys.readouterr().out == texts[1]
    assert main([str(job), "--show", "99"]) == 2
    assert "has no finished run 99" in capsys.readouterr().err


def test_list_before_any_run_is_a_clear_error(tmp_path: Path, world: World, capsys: pytest.CaptureFixture[str]) -> None:
    from claimcheck.nightly.__main__ import main

    job = make_job(tmp_path, world)
    assert main([str(job), "--list"]) == 2
    err = capsys.readouterr().err
    assert "has not run yet" in err and "Traceback" not in err
    assert not (tmp_path / "state" / "history.sqlite").exists()  # listing creates nothing


# --------------------------------------------------------------------------- across nights


def test_a_claim_marked_the_other_way_by_a_later_report_is_news(tmp_path: Path, world: World) -> None:
    """Night 1 audits report A; night 2 a new report states one of A's claims with the
    opposite mark: the digest lists that conflict first among the report findings, naming
    both reports, and the new report's audit names A."""
    job = make_job(tmp_path, world)
    world.night1()
    assert run_job(job, today=NIGHTS[0]).exit_code != 2
    contra = report_text(
        "A second look at curriculum sampling",
        ["The English training set contains 41,237 utterances.", "Each language has 500 test utterances."],
        PAPER,
        marks="×✓",
    )
    (tmp_path / "reports" / "contra.txt").write_text(contra)
    night2 = run_job(job, today=NIGHTS[1])
    assert night2.audited == ["reports/contra.txt"]  # A is not audited again: its claims come from the history
    d = digest(tmp_path, NIGHTS[1])
    jsonschema.validate(d, load_schema())
    conflicts = [f for f in d["findings"] if f["code"] == "cross-report.mark"]
    assert conflicts and d["findings"][0] == conflicts[0]  # listed first
    assert {"reports/a.txt", "reports/contra.txt"} <= set(conflicts[0]["reports"])
    assert "41,237" in conflicts[0]["message"]
    assert "across reports" in d["summary"] and not d["quiet"]
    md = digest_path(tmp_path, NIGHTS[1], ".md").read_text()
    section = md.split("## Report findings", 1)[1].split("\n## ", 1)[0]
    assert "reports/a.txt" in section and "reports/contra.txt" in section
    assert md.index("## New reports") < md.index("## Report findings") < md.index("## Totals")
    audit = json.loads((tmp_path / "out" / d["changes"]["new_reports"][0]["audit"]).with_suffix(".json").read_text())
    assert any(f["code"] == "cross-report.mark" and "a.txt" in f["message"] for f in audit["findings"])
    # The next night nothing is audited, so the conflict is not news again.
    assert digest(tmp_path, NIGHTS[1])["findings"] and run_job(job, today=NIGHTS[2]).digest["quiet"]  # type: ignore[index]
