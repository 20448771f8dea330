"""--papers DIR: cited papers read from a folder of PDFs; arXiv asked only for the rest."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from claimcheck.cli import main
from claimcheck.model import Reference, SourceStatus
from claimcheck.sources import fetch_sources
from claimcheck.sources.local import local_papers
from claimcheck.sources.settings import SourceSettings
from tests.fakearxiv import FakeArxiv
from tests.pdfgen import make_paper, make_simple_pdf

ROOT = Path(__file__).resolve().parent.parent


def ref(aid: str, version: int | None = None) -> Reference:
    return Reference(raw=f"arXiv:{aid}" + (f"v{version}" if version else ""), arxiv_id=aid, version=version)


@pytest.fixture
def fake() -> Iterator[FakeArxiv]:
    with FakeArxiv() as server:
        server.add_paper("1911.02116", title="Fetched one", versions=[make_simple_pdf(["Fetched from the server."])])
        yield server


def settings(fake: FakeArxiv, tmp_path: Path, papers: Path | None) -> SourceSettings:
    return SourceSettings(
        api_url=fake.api_url, pdf_base_url=fake.pdf_url, cache_dir=tmp_path / "cache", api_min_interval=0.0,
        backoff_base=0.001, retries=1, connect_timeout=1.0, read_timeout=1.0, papers_dir=papers,
    )


def test_only_files_named_like_arxiv_versions_are_read(tmp_path: Path) -> None:
    for name in ("2005.13013v1.pdf", "2005.13013v2.pdf", "2005.13013v2.pdf.bak", "x2005.13013v3.pdf",
                 "2005.130130v4.pdf", "2005.13013.pdf", "2005.13013v0.pdf", "hep-th_9901001v1.pdf"):
        (tmp_path / name).write_bytes(b"%PDF-1.4\n")
    (tmp_path / "2005.13013v5.pdf").mkdir()  # a folder with a PDF's name is not a PDF
    held = local_papers(tmp_path)
    assert sorted(held) == ["2005.13013", "hep-th/9901001"]
    assert list(held["2005.13013"]) == [1, 2] and list(held["hep-th/9901001"]) == [1]
    assert local_papers(tmp_path / "missing") == {}


def test_local_papers_are_not_fetched_and_the_rest_are(fake: FakeArxiv, tmp_path: Path) -> None:
    papers = tmp_path / "papers"
    papers.mkdir()
    (papers / "2005.13013v1.pdf").write_bytes(make_paper().pdf)
    (papers / "2005.13013v2.pdf").write_bytes(make_paper(version_note="In this revised version we add Korean.").pdf)
    calls: list[tuple[int, int, str]] = []
    local, remote = fetch_sources([ref("2005.13013", 2), ref("1911.02116")], settings(fake, tmp_path, papers),
                                  progress=lambda *a: calls.append(a))
    assert local.status is SourceStatus.OK and local.error is None
    assert [v.version for v in local.versions] == [1, 2] and local.cited_version == 2
    assert "Korean" in " ".join(p.text for p in local.versions[1].passages)
    assert local.origin is not None and "arXiv was not asked" in local.origin
    assert local.metadata is not None and local.metadata.latest_version == 2
    assert remote.status is SourceStatus.OK and remote.origin is None
    assert fake.count("api") == 1 and fake.count("pdf") == 1 and fake.count("pdf/1911.02116v1") == 1
    assert calls[-1][:2] == (2, 2)


def test_a_cited_version_the_folder_lacks_and_a_corrupt_pdf_are_named(fake: FakeArxiv, tmp_path: Path) -> None:
    papers = tmp_path / "papers"
    papers.mkdir()
    (papers / "2005.13013v1.pdf").write_bytes(make_paper().pdf)
    (papers / "2005.13013v2.pdf").write_bytes(b"%PDF-1.4\nthis is not a PDF body\n%%EOF\n")
    (src,) = fetch_sources([ref("2005.13013", 3)], settings(fake, tmp_path, papers))
    assert src.status is SourceStatus.PARTIAL
    assert src.error is not None and "cites v3" in src.error and "v2: 2005.13013v2.pdf" in src.error
    assert [v.error is None for v in src.versions] == [True, False]
    (papers / "2005.13013v1.pdf").write_bytes(b"garbage")
    (src,) = fetch_sources([ref("2005.13013")], settings(fake, tmp_path, papers))
    assert src.status is SourceStatus.UNAVAILABLE and fake.count("api") == 0


def test_cli_audits_the_bundled_sample_against_the_bundled_paper(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    # The README's first command without a network: the cited paper from data/realpapers, the
    # report's other references from an empty cache (--offline: nothing is asked of arXiv).
    monkeypatch.setenv("CLAIMCHECK_CACHE_DIR", str(tmp_path / "cache"))
    report = ROOT / "data" / "reports" / "004_18f1cd97728d251f.txt"
    code = main([str(report), "--papers", str(ROOT / "data" / "realpapers"), "--offline", "--out", str(tmp_path / "out")])
    assert code == 0, capsys.readouterr().err
    audit = json.loads((tmp_path / "out" / "004_18f1cd97728d251f.audit.json").read_text(encoding="utf-8"))
    by_id = {s["reference"]["arxiv_id"]: s for s in audit["sources"]}
    ours = by_id["2005.13013"]
    assert ours["status"] == "ok" and [v["version"] for v in ours["versions"]] == [1, 2]
    assert ours["origin"].startswith("local PDFs in ")
    labels = [v["verdict"] for v in audit["verdicts"]]
    assert "unchecked" not in labels and len(labels) == audit["summary"]["claims"]
    md = (tmp_path / "out" / "004_18f1cd97728d251f.audit.md").read_text(encoding="utf-8")
    assert "arXiv was not asked" in md


def test_cli_refuses_a_papers_folder_that_is_not_one(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    report = ROOT / "data" / "reports" / "004_18f1cd97728d251f.txt"
    with pytest.raises(SystemExit) as exc:
        main([str(report), "--papers", str(tmp_path / "nope"), "--out", str(tmp_path / "out")])
    assert exc.value.code == 2
    assert "not a folder" in capsys.readouterr().err


def test_env_and_settings_carry_the_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLAIMCHECK_PAPERS_DIR", str(tmp_path))
    assert SourceSettings.from_env().papers_dir == tmp_path
    assert replace(SourceSettings(), papers_dir=None).papers_dir is None
