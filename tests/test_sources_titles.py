"""A report that cites no arXiv ID but names the paper it examines: found by its title."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from claimcheck.audit import AuditOptions, audit_reports
from claimcheck.cli import main
from claimcheck.report import read_report
from claimcheck.sources.http import ArxivHttp
from claimcheck.sources.settings import SourceSettings
from claimcheck.sources.titles import find_local, find_on_arxiv, local_titles, normalise, same_title
from tests.fakearxiv import FakeArxiv
from tests.pdfgen import make_paper

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_002 = ROOT / "data" / "reports" / "002_126e3002b994202a.txt"  # lost its reference list
TITLE = "English Intermediate-Task Training Improves Zero-Shot Cross-Lingual Transfer Too"


def test_damaged_titles_still_match_and_siblings_do_not() -> None:
    assert normalise("Zero- Shot Cross-Lingual\nTransfer") == "zero shot cross lingual transfer"
    assert same_title("FEnglish Intermediate-Task Training Improves Zero- Shot Cross-Lingual Transfer Too.", TITLE)
    assert not same_title("Intermediate-Task Transfer Learning with Pretrained Models: When and Why Does It Work?", TITLE)
    assert not same_title("English Intermediate-Task Training Improves Zero-Shot Cross-Lingual Transfer", "")
    assert not same_title("Cross-Lingual Transfer", TITLE)


def test_the_bundled_paper_is_found_in_the_papers_folder() -> None:
    titles = local_titles(ROOT / "data" / "realpapers")
    assert find_local("FEnglish Intermediate-Task Training Improves Zero- Shot Cross-Lingual Transfer Too.", titles) == "2005.13013"
    assert find_local("A Title No Paper Of The Corpus Has At All", titles) is None


@pytest.fixture
def fake() -> Iterator[FakeArxiv]:
    with FakeArxiv() as server:
        server.add_paper("2005.13013", title=TITLE, versions=[make_paper().pdf])
        server.add_paper("2005.00628", title="Intermediate-Task Transfer Learning with Pretrained Language Models",
                         versions=[make_paper().pdf])
        yield server


def settings_for(fake: FakeArxiv, tmp_path: Path, **kw: object) -> SourceSettings:
    base = SourceSettings(api_url=fake.api_url, pdf_base_url=fake.pdf_url, cache_dir=tmp_path / "cache",
                          api_min_interval=0.0, backoff_base=0.001, retries=1, connect_timeout=1.0, read_timeout=1.0)
    return replace(base, **kw)  # type: ignore[arg-type]


def test_a_title_query_finds_the_one_matching_paper(fake: FakeArxiv, tmp_path: Path) -> None:
    settings = settings_for(fake, tmp_path)
    with ArxivHttp(settings) as client:
        # The damaged first word finds nothing; the second query, without it, finds the paper.
        meta = find_on_arxiv("FEnglish Intermediate-Task Training Improves Zero- Shot Cross-Lingual Transfer Too.", settings, client)
        assert meta is not None and meta.arxiv_id == "2005.13013"
        assert fake.count("api") == 2
        assert find_on_arxiv("Intermediate-Task Training for Speech Recognition Systems", settings, client) is None


def test_the_audit_of_a_report_without_references_uses_the_examined_paper(fake: FakeArxiv, tmp_path: Path) -> None:
    report = read_report(SAMPLE_002)
    assert not any(r.arxiv_id for r in report.references) and report.examined_title
    run = audit_reports([report], AuditOptions(source_settings=settings_for(fake, tmp_path)))
    (audit,) = run.audits
    assert [s.reference.arxiv_id for s in audit.sources] == ["2005.13013"]
    assert all(v.label.value != "unchecked" for v in audit.verdicts)
    (note,) = [f for f in audit.findings if f.code == "examined-paper.by-title"]
    assert "2005.13013" in note.message and "found by its title" in note.message


def test_no_match_is_a_warning_and_claims_stay_unchecked(fake: FakeArxiv, tmp_path: Path) -> None:
    report = replace(read_report(SAMPLE_002), examined_title="Speech Recognition with Deep Recurrent Networks")
    (audit,) = audit_reports([report], AuditOptions(source_settings=settings_for(fake, tmp_path))).audits
    assert audit.sources == [] and {v.label.value for v in audit.verdicts} == {"unchecked"}
    (note,) = [f for f in audit.findings if f.code == "examined-paper.not-found"]
    assert note.severity.value == "warning" and "arXiv has no paper titled like" in note.message


def test_cli_offline_with_the_papers_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLAIMCHECK_CACHE_DIR", str(tmp_path / "cache"))
    code = main([str(SAMPLE_002), "--papers", str(ROOT / "data" / "realpapers"), "--offline", "--out", str(tmp_path / "out")])
    assert code == 0
    audit = json.loads((tmp_path / "out" / "002_126e3002b994202a.audit.json").read_text(encoding="utf-8"))
    assert [s["reference"]["arxiv_id"] for s in audit["sources"]] == ["2005.13013"]
    assert audit["summary"]["verdicts"]["unchecked"] == 0
