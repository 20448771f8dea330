"""claim-audit end to end: a report citing the two-version fixture paper, fetched from a
local fake arXiv, audited, written, and audited again from the cache."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from claimcheck.cli import main
from claimcheck.render.json import load_schema
from tests.fakearxiv import FakeArxiv

FIXTURES = Path(__file__).parent / "fixtures" / "papers"
SAMPLES = Path(__file__).parent.parent / "data" / "reports"
PAPER = "2612.99901"

REPORT = """Tiered Curriculum Sampling for Intent Detection: A Synthesis

Assignee Research

July 8, 2026

## Abstract

We synthesise findings on curriculum sampling for multilingual intent detection.

## 1 Introduction

This paper examines: Tiered Curriculum Sampling for Multilingual Intent Detection. Research question: Does curriculum sampling improve zero-shot multilingual intent detection?.

## 3 Results

1 papers retrieved. 4 claims extracted; 3 independently verified. Quality review score: 8.0/10.

## 5 Extracted Claims

Claim\tVerified\tConfidence
TCS improves zero-shot intent accuracy by 2.9 points on average over uniform sampling.\t✓\t0.40
TCS improves zero-shot intent accuracy by 3.2 points on average over uniform sampling.\t✓\t0.35
Each of the 41,237 English training utterances is scored by the entropy of a bag-of-words classifier.\t×\t0.20
The authors evaluate their method on speech recognition in twenty African languages.\t✓\t0.30

## References

- <http://arxiv.org/abs/{cited}>
"""


def settings_env(monkeypatch: pytest.MonkeyPatch, fake: FakeArxiv, cache: Path) -> None:
    monkeypatch.setenv("CLAIMCHECK_ARXIV_API", fake.api_url)
    monkeypatch.setenv("CLAIMCHECK_ARXIV_PDF", fake.pdf_url)
    monkeypatch.setenv("CLAIMCHECK_CACHE_DIR", str(cache))


@pytest.fixture()
def fake() -> FakeArxiv:
    with FakeArxiv() as server:
        server.add_paper(
            PAPER,
            title="Tiered Curriculum Sampling for Multilingual Intent Detection",
            versions=[(FIXTURES / f"{PAPER}v1.pdf").read_bytes(), (FIXTURES / f"{PAPER}v2.pdf").read_bytes()],
        )
        yield server


def _fast(monkeypatch: pytest.MonkeyPatch) -> None:
    # arXiv's 3-second politeness interval is a setting; a test against 127.0.0.1 needs none.
    from claimcheck.sources import settings as settings_mod

    original = settings_mod.SourceSettings.from_env.__func__  # type: ignore[attr-defined]

    def from_env(cls, **overrides):  # type: ignore[no-untyped-def]
        overrides.setdefault("api_min_interval", 0.0)
        overrides.setdefault("backoff_base", 0.001)
        return original(cls, **overrides)

    monkeypatch.setattr(settings_mod.SourceSettings, "from_env", classmethod(from_env))


def test_audit_fetches_judges_writes_and_reuses_the_cache(
    tmp_path: Path, fake: FakeArxiv, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings_env(monkeypatch, fake, tmp_path / "cache")
    _fast(monkeypatch)
    report = tmp_path / "in" / "synth.txt"
    report.parent.mkdir()
    report.write_text(REPORT.replace("{cited}", f"{PAPER}v2"), encoding="utf-8")
    out = tmp_path / "out"

    assert main([str(report), "--out", str(out), "--quiet"]) == 0
    data = json.loads((out / "synth.audit.json").read_text())
    jsonschema.validate(data, load_schema())
    verdicts = {v["claim_index"]: v for v in data["verdicts"]}
    assert verdicts[1]["verdict"] == "supported"
    assert verdicts[1]["evidence"]["version"] == 2
    # v2 corrected 3.2 to 2.9: the cited version decides, and the drift is noted.
    assert verdicts[2]["verdict"] == "contradicted"
    assert any(n["claim"] == "3.2" and n["source"] == "2.9" for n in verdicts[2]["numbers"])
    assert verdicts[2]["drift"]
    assert verdicts[3]["verdict"] == "supported" and verdicts[3]["mark_agrees"] is False
    assert verdicts[4]["verdict"] == "not found"
    assert [s["status"] for s in data["sources"]] == ["ok"]
    assert sorted(v["version"] for v in data["sources"][0]["versions"]) == [1, 2]
    md = (out / "synth.audit.md").read_text()
    assert "claim 3.2 vs source 2.9" in md

    # A second audit of the same report fetches nothing, online or offline.
    before = fake.total()
    assert main([str(report), "--out", str(out), "--quiet"]) == 0
    assert main([str(report), "--out", str(out), "--quiet", "--offline"]) == 0
    assert fake.total() == before
    assert main([str(report), "--out", str(out), "--quiet", "--fail-on", "contradicted,not-found"]) == 1


def test_offline_with_an_empty_cache_names_the_missing_source(
    tmp_path: Path, fake: FakeArxiv, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings_env(monkeypatch, fake, tmp_path / "cache")
    report = tmp_path / "r.txt"
    report.write_text(REPORT.replace("{cited}", f"{PAPER}v1"), encoding="utf-8")
    assert main([str(report), "--out", str(tmp_path / "out"), "--offline", "--quiet"]) == 0
    data = json.loads((tmp_path / "out" / "r.audit.json").read_text())
    assert fake.total() == 0
    assert data["sources"][0]["status"] == "unavailable"
    assert PAPER in data["sources"][0]["error"]
    # No source read means nothing checked: "unchecked", never the finding "not found".
    assert all(v["verdict"] == "unchecked" for v in data["verdicts"])
    assert data["summary"]["mark_agreement"]["disagree"] == 0
    assert not any(f["code"] == "marks.wrong" for f in data["findings"])


def test_unchecked_is_out_of_fail_on_unless_named_and_said_first(
    tmp_path: Path, fake: FakeArxiv, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    settings_env(monkeypatch, fake, tmp_path / "cache")
    report = tmp_path / "r.txt"
    report.write_text(REPORT.replace("{cited}", f"{PAPER}v1"), encoding="utf-8")
    out = tmp_path / "out"
    assert main([str(report), "--out", str(out), "--offline", "--fail-on", "contradicted,not-found"]) == 0
    stdout = capsys.readouterr().out
    assert stdout.splitlines()[0].startswith("0 of 1 cited papers could be read: 1 unavailable (2612.99901v1 — offline")
    assert main([str(report), "--out", str(out), "--offline", "--quiet", "--fail-on", "unchecked"]) == 1
    assert "0 of 1 cited papers could be read" in capsys.readouterr().err
    md = (out / "r.audit.md").read_text()
    summary = md.split("## Summary", 1)[1].strip().splitlines()
    assert summary[0].startswith("- **0 of 1 cited papers could be read")
    assert "(0 unmarked, 4 unchecked)" in md
    index = (out / "index.md").read_text()
    assert "0 of 1 cited papers could be read" in index.split("| report")[0]


def test_bad_inputs_cost_only_themselves(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "empty.txt").write_bytes(b"")
    (inputs / "garbage.pdf").write_bytes(b"%PDF-1.4\n\x00\x01garbage")
    (inputs / "good.txt").write_bytes((SAMPLES / "000_460cf5ff950926c3.txt").read_bytes())
    out = tmp_path / "out"
    code = main([str(inputs), "--no-fetch", "--out", str(out), "--quiet"])
    err = capsys.readouterr().err
    assert code == 3
    assert "empty.txt" in err and "garbage.pdf" in err
    empty_line = next(line for line in err.splitlines() if "empty.txt" in line)
    assert empty_line.count("empty.txt") == 1 and empty_line.endswith("empty.txt: empty file")
    assert "Traceback" not in err
    assert (out / "good.audit.json").exists()
    index = json.loads((out / "index.json").read_text())
    assert {Path(e["path"]).name for e in index["errors"]} == {"empty.txt", "garbage.pdf"}


def test_nothing_auditable_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "empty").mkdir()
    assert main([str(tmp_path / "empty"), "--no-fetch", "--out", str(tmp_path / "out")]) == 2
    assert main([str(tmp_path / "missing.txt"), "--no-fetch", "--out", str(tmp_path / "out")]) == 2
    assert "Traceback" not in capsys.readouterr().err


def test_samples_without_fetching(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert main([str(SAMPLES), "--no-fetch", "--out", str(out), "--quiet"]) == 0
    schema = load_schema()
    files = sorted(out.glob("*.audit.json"))
    assert len(files) == 5
    for f in files:
        data = json.loads(f.read_text())
        jsonschema.validate(data, schema)
        assert data["fetched"] is False and data["verdicts"] == []
    index = json.loads((out / "index.json").read_text())
    # 000 and 001 share claims with different confidences: a cross-report finding.
    assert any(f["details"] for f in index["findings"]) or any(
        any(fd["code"].startswith("cross") for fd in json.loads(f.read_text())["findings"]) for f in files
    )


def test_bad_fail_on_value_is_a_usage_error(tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as exc:
        main([str(SAMPLES), "--fail-on", "maybe"])
    assert exc.value.code == 2


def test_offline_and_no_fetch_together_are_refused(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main([str(SAMPLES), "--offline", "--no-fetch"])
    assert exc.value.code == 2
    assert "--offline and --no-fetch cannot be used together" in capsys.readouterr().err


@pytest.mark.parametrize("where", ["is-a-file", "under-a-file"])
def test_output_folder_is_checked_before_any_fetching(
    tmp_path: Path, fake: FakeArxiv, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
    where: str,
) -> None:
    settings_env(monkeypatch, fake, tmp_path / "cache")
    report = tmp_path / "r.txt"
    report.write_text(REPORT.replace("{cited}", f"{PAPER}v1"), encoding="utf-8")
    blocker = tmp_path / "taken"
    blocker.write_text("x")
    out = blocker if where == "is-a-file" else blocker / "sub"
    assert main([str(report), "--out", str(out)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert fake.total() == 0, "fetched although the output could not be written"
    assert len(err) == 1 and str(out) in err[0] and "is a file, not a folder" in err[0]
    assert "Traceback" not in err[0]


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_read_only_output_folder_is_named_as_not_writable(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "ro"
    out.mkdir()
    out.chmod(0o555)
    try:
        assert main([str(SAMPLES), "--no-fetch", "--out", str(out)]) == 2
    finally:
        out.chmod(0o755)
    err = capsys.readouterr().err
    assert str(out) in err and "not writable" in err


@pytest.mark.parametrize("mask", [0o022, 0o027])
def test_outputs_follow_the_umask(tmp_path: Path, mask: int) -> None:
    old = os.umask(mask)
    try:
        assert main([str(SAMPLES / "000_460cf5ff950926c3.txt"), "--no-fetch", "--out", str(tmp_path), "--quiet"]) == 0
    finally:
        os.umask(old)
    for f in tmp_path.iterdir():
        assert stat.S_IMODE(f.stat().st_mode) == 0o666 & ~mask, f.name


def test_a_symlink_loop_is_reported_as_one(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").symlink_to(tmp_path / "b.txt")
    (tmp_path / "b.txt").symlink_to(tmp_path / "a.txt")
    code = main([str(tmp_path / "a.txt"), str(SAMPLES / "000_460cf5ff950926c3.txt"), "--no-fetch",
                 "--out", str(tmp_path / "out"), "--quiet"])
    assert code == 3
    err = capsys.readouterr().err
    assert "a.txt: a symbolic link loop" in err and "no such file" not in err


def test_two_reports_audit_without_numpy(tmp_path: Path) -> None:
    """The audit half declares no numpy: cross-report checks of several reports must not
    need it (rapidfuzz.process.cdist did)."""
    code = (
        "import sys; sys.modules['numpy'] = None\n"
        "from claimcheck.cli import main\n"
        f"sys.exit(main([{str(SAMPLES)!r}, '--no-fetch', '--quiet', '--out', {str(tmp_path)!r}]))\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert len(list(tmp_path.glob("*.audit.json"))) == 5
