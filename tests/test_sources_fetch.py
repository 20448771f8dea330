"""fetch_sources against the fake arXiv: every version, the cache, and every failure."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from claimcheck.errors import SourceError
from claimcheck.model import Reference, SourceStatus
from claimcheck.sources import LatestVersion, fetch_metadata, fetch_sources, latest_versions
from claimcheck.sources.arxiv import UnknownPaperError
from claimcheck.sources.settings import SourceSettings
from tests.fakearxiv import FakeArxiv, Fault
from tests.pdfgen import make_paper, make_simple_pdf

V1 = make_paper().pdf
V2 = make_paper(version_note="In this revised version we add Korean.").pdf


@pytest.fixture
def fake() -> Iterator[FakeArxiv]:
    with FakeArxiv() as server:
        server.add_paper("2005.13013", title="Ordering Examples", versions=[V1, V2])
        server.add_paper("hep-th/9901001", title="Old style", versions=[make_simple_pdf(["An old paper."])])
        yield server


def settings_for(fake: FakeArxiv, tmp_path: Path, **kw: object) -> SourceSettings:
    base = SourceSettings(
        api_url=fake.api_url,
        pdf_base_url=fake.pdf_url,
        cache_dir=tmp_path / "cache",
        api_min_interval=0.0,
        backoff_base=0.001,
        retries=2,
        connect_timeout=1.0,
        read_timeout=1.0,
    )
    return replace(base, **kw)  # type: ignore[arg-type]


def ref(aid: str, version: int | None = None) -> Reference:
    return Reference(raw=f"arXiv:{aid}" + (f"v{version}" if version else ""), arxiv_id=aid, version=version)


def test_every_version_is_fetched_and_extracted(fake: FakeArxiv, tmp_path: Path) -> None:
    calls: list[tuple[int, int, str]] = []
    (src,) = fetch_sources([ref("2005.13013", 1)], settings_for(fake, tmp_path), progress=lambda *a: calls.append(a))
    assert src.status is SourceStatus.OK and src.error is None
    assert src.metadata is not None and src.metadata.latest_version == 2 and src.metadata.title == "Ordering Examples"
    assert [v.version for v in src.versions] == [1, 2]
    assert src.cited_version == 1
    v1, v2 = (" ".join(p.text for p in v.passages) for v in src.versions)
    assert "Korean" in v2 and "Korean" not in v1
    assert all(v.pdf_sha256 and v.pages == 2 for v in src.versions)
    assert calls == [(1, 1, "2005.13013")]
    assert fake.count("api") == 1 and fake.count("pdf") == 2


def test_second_run_fetches_nothing_until_the_ttl_expires(fake: FakeArxiv, tmp_path: Path) -> None:
    settings = settings_for(fake, tmp_path)
    refs = [ref("2005.13013"), ref("hep-th/9901001")]
    first = fetch_sources(refs, settings)
    fake.reset_counts()
    second = fetch_sources(refs, settings)
    assert fake.total() == 0
    assert [s.versions[-1].passages for s in second] == [s.versions[-1].passages for s in first]
    # A new version appears; once the metadata is stale it is noticed, and only it is fetched.
    fake.add_version("2005.13013", make_simple_pdf(["A third version."]))
    third = fetch_sources(refs, replace(settings, metadata_ttl=0.0))
    assert [v.version for v in third[0].versions] == [1, 2, 3]
    assert fake.count("api") == 1 and fake.count("pdf") == 1 and fake.count("pdf/2005.13013v3") == 1


def test_citing_an_unknown_version_refreshes_fresh_metadata(fake: FakeArxiv, tmp_path: Path) -> None:
    settings = settings_for(fake, tmp_path)
    fetch_sources([ref("2005.13013")], settings)
    fake.add_version("2005.13013", make_simple_pdf(["Third."]))
    (src,) = fetch_sources([ref("2005.13013", 3)], settings)
    assert src.status is SourceStatus.OK and [v.version for v in src.versions] == [1, 2, 3]


def test_dedupe_keeps_the_versioned_reference_and_order(fake: FakeArxiv, tmp_path: Path) -> None:
    refs = [
        ref("hep-th/9901001"),
        ref("2005.13013"),
        Reference(raw="Smith et al. 2020, Nature", arxiv_id=None, version=None),
        ref("2005.13013", 2),
        Reference(raw="arXiv:../../etc/passwd", arxiv_id="../../etc/passwd", version=None),
    ]
    out = fetch_sources(refs, settings_for(fake, tmp_path))
    assert [s.reference.key for s in out[:2]] == ["hep-th/9901001", "2005.13013v2"]
    assert [s.status for s in out] == [SourceStatus.OK, SourceStatus.OK, SourceStatus.NOT_ARXIV, SourceStatus.NOT_ARXIV]
    assert "not an arXiv identifier" in (out[3].error or "")
    assert not any(".." in p.name for p in (tmp_path / "cache").rglob("*"))


def test_unknown_id_and_withdrawn_paper(fake: FakeArxiv, tmp_path: Path) -> None:
    fake.withdraw("2005.13013")
    unknown, withdrawn = fetch_sources([ref("2501.99999"), ref("2005.13013", 2)], settings_for(fake, tmp_path))
    assert unknown.status is SourceStatus.UNKNOWN_ID and unknown.error == "arXiv has no paper 2501.99999"
    assert withdrawn.status is SourceStatus.WITHDRAWN
    assert "withdrawn from arXiv in v3" in (withdrawn.error or "") and "error in Table 1" in (withdrawn.error or "")
    assert [v.version for v in withdrawn.versions] == [1, 2] and all(v.error is None for v in withdrawn.versions)
    assert fake.count("pdf/2005.13013v3") == 0
    with pytest.raises(UnknownPaperError, match="arXiv has no paper 2501.99999"):
        fetch_metadata("2501.99999", settings_for(fake, tmp_path))


def test_rate_limited_api_is_retried_with_retry_after_then_gives_up(fake: FakeArxiv, tmp_path: Path) -> None:
    fake.fail("api", Fault(status=429, retry_after=0), times=2)
    (ok,) = fetch_sources([ref("hep-th/9901001")], settings_for(fake, tmp_path))
    assert ok.status is SourceStatus.OK and fake.count("api") == 3
    fake.fail("api", Fault(status=429, retry_after=0), times=3)
    a, b = fetch_sources([ref("2005.13013"), ref("2601.00001")], settings_for(fake, tmp_path / "other"))
    assert a.status is SourceStatus.UNAVAILABLE and b.status is SourceStatus.UNAVAILABLE
    assert "arXiv API answered 429 Too Many Requests 3 times; gave up after" in (a.error or "")


def test_503_then_success(fake: FakeArxiv, tmp_path: Path) -> None:
    fake.fail("pdf/2005.13013v2", Fault(status=503))
    (src,) = fetch_sources([ref("2005.13013")], settings_for(fake, tmp_path))
    assert src.status is SourceStatus.OK and fake.count("pdf/2005.13013v2") == 2


def test_hung_connection_times_out_with_a_clear_message(fake: FakeArxiv, tmp_path: Path) -> None:
    fake.fail("pdf/2005.13013v1", Fault(hang=5.0), times=3)
    (src,) = fetch_sources([ref("2005.13013")], settings_for(fake, tmp_path, read_timeout=0.1))
    assert src.status is SourceStatus.PARTIAL
    v1, v2 = src.versions
    assert v1.error is not None and "the PDF of 2005.13013v1 did not answer within 0.1 s (3 tries" in v1.error
    assert v2.error is None and v2.passages
    assert "v1: the PDF of 2005.13013v1 did not answer" in (src.error or "")


@pytest.mark.parametrize(
    ("fault", "message"),
    [
        (Fault.truncated(0.6), "the PDF is truncated"),
        (Fault.html(), "the file is an HTML page"),
        (Fault(body=b"%PDF-1.7 nonsense %%EOF"), "the PDF cannot be read"),
    ],
)
def test_bad_pdf_is_reported_and_never_cached(fake: FakeArxiv, tmp_path: Path, fault: Fault, message: str) -> None:
    fake.fail("pdf/2005.13013v1", fault, times=2)  # the download and its one retry
    settings = settings_for(fake, tmp_path)
    (src,) = fetch_sources([ref("2005.13013"), ref("hep-th/9901001")], settings)[:1]
    assert src.status is SourceStatus.PARTIAL
    assert src.versions[0].error is not None and message in src.versions[0].error
    assert "the PDF of 2005.13013v1 was not usable" in src.versions[0].error
    assert "(downloaded twice)" in src.versions[0].error and fake.count("pdf/2005.13013v1") == 2
    assert not (tmp_path / "cache" / "pdf" / "2005.13013v1.pdf").exists()
    assert not list((tmp_path / "cache" / "text").rglob("2005.13013v1.json"))
    # The next run fetches it again, and now it is fine.
    (again,) = fetch_sources([ref("2005.13013")], settings)
    assert again.status is SourceStatus.OK and fake.count("pdf/2005.13013v1") == 3


def test_a_truncated_download_is_retried_once_in_the_same_run(fake: FakeArxiv, tmp_path: Path) -> None:
    fake.fail("pdf/2005.13013v1", Fault.truncated(0.5))
    (src,) = fetch_sources([ref("2005.13013")], settings_for(fake, tmp_path))
    assert src.status is SourceStatus.OK and src.error is None
    assert fake.count("pdf/2005.13013v1") == 2
    assert (tmp_path / "cache" / "pdf" / "2005.13013v1.pdf").read_bytes() == V1


def test_pdf_size_limit(fake: FakeArxiv, tmp_path: Path) -> None:
    (src,) = fetch_sources([ref("2005.13013")], settings_for(fake, tmp_path, max_pdf_bytes=1000))
    assert src.status is SourceStatus.UNAVAILABLE and "over the 1,000-byte limit" in (src.error or "")


def test_offline_reads_only_the_cache_and_names_what_is_missing(fake: FakeArxiv, tmp_path: Path) -> None:
    settings = settings_for(fake, tmp_path)
    fetch_sources([ref("2005.13013")], settings)
    fake.reset_counts()
    cached, missing = fetch_sources([ref("2005.13013"), ref("hep-th/9901001")], replace(settings, offline=True, metadata_ttl=0.0))
    assert cached.status is SourceStatus.OK and len(cached.versions) == 2
    assert missing.status is SourceStatus.UNAVAILABLE
    assert missing.error == f"offline, and hep-th/9901001 is not in the cache ({settings.cache_dir})"
    assert fake.total() == 0


def test_offline_with_metadata_but_no_pdf(fake: FakeArxiv, tmp_path: Path) -> None:
    settings = settings_for(fake, tmp_path)
    fetch_sources([ref("2005.13013")], settings)
    for p in (tmp_path / "cache" / "text").rglob("2005.13013v2.json"):
        p.unlink()
    (tmp_path / "cache" / "pdf" / "2005.13013v2.pdf").unlink()
    (src,) = fetch_sources([ref("2005.13013")], replace(settings, offline=True))
    assert src.status is SourceStatus.PARTIAL
    assert "offline, and the PDF of 2005.13013v2 is not in the cache" in (src.error or "")


def test_corrupt_cache_entries_are_dropped_and_refetched(fake: FakeArxiv, tmp_path: Path) -> None:
    settings = settings_for(fake, tmp_path)
    fetch_sources([ref("2005.13013")], settings)
    cache = tmp_path / "cache"
    (cache / "metadata" / "2005.13013.json").write_text('{"format": 1, "fetched_at": ')  # cut off
    (text,) = list((cache / "text").rglob("2005.13013v1.json"))
    text.write_text("garbage")
    pdf = cache / "pdf" / "2005.13013v1.pdf"
    pdf.write_bytes(pdf.read_bytes()[:100])  # digest no longer matches
    fake.reset_counts()
    (src,) = fetch_sources([ref("2005.13013")], settings)
    assert src.status is SourceStatus.OK
    assert fake.count("api") == 1 and fake.count("pdf/2005.13013v1") == 1 and fake.count("pdf/2005.13013v2") == 0
    assert pdf.read_bytes() == V1


def test_server_down_is_unavailable_not_a_traceback(tmp_path: Path) -> None:
    with FakeArxiv() as gone:
        url = gone.api_url
    settings = SourceSettings(api_url=url, pdf_base_url=url, cache_dir=tmp_path, api_min_interval=0, backoff_base=0.001, retries=1)
    (src,) = fetch_sources([ref("2005.13013")], settings)
    assert src.status is SourceStatus.UNAVAILABLE
    assert "arXiv API failed 2 times (connection error" in (src.error or "")
    with pytest.raises(SourceError, match="connection error"):
        fetch_metadata("2005.13013", settings)


def test_one_id_arxiv_refuses_does_not_sink_the_others(fake: FakeArxiv, tmp_path: Path) -> None:
    # Valid to our parser, "incorrect id format" to arXiv's (an archive it does not have).
    good, bad = fetch_sources([ref("2005.13013"), ref("foo-bar/9901001")], settings_for(fake, tmp_path))
    assert good.status is SourceStatus.OK
    assert bad.status is SourceStatus.UNKNOWN_ID and bad.error == "arXiv has no paper foo-bar/9901001"


def test_a_spurious_empty_answer_is_asked_again(fake: FakeArxiv, tmp_path: Path) -> None:
    empty = b'<feed xmlns="http://www.w3.org/2005/Atom"><opensearch:totalResults xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/">0</opensearch:totalResults></feed>'
    fake.fail("api", Fault(body=empty, content_type="application/atom+xml"))
    (src,) = fetch_sources([ref("2005.13013")], settings_for(fake, tmp_path))
    assert src.status is SourceStatus.OK and fake.count("api") == 2


def test_unresolvable_host_fails_at_once(tmp_path: Path) -> None:
    # ".invalid" never resolves (RFC 2606), so no request leaves the machine.
    settings = SourceSettings(api_url="http://claimcheck-test.invalid/api/query", pdf_base_url="http://claimcheck-test.invalid/pdf",
                              cache_dir=tmp_path, api_min_interval=0, backoff_base=10.0, retries=5)
    from claimcheck.sources.http import ArxivHttp

    slept: list[float] = []
    (src,) = fetch_sources([ref("2005.13013")], settings, http=ArxivHttp(settings, sleep=slept.append))
    assert src.status is SourceStatus.UNAVAILABLE
    assert "cannot resolve the host" in (src.error or "")
    assert slept == []  # no backoff: retrying cannot make the name resolve


def test_an_unknown_id_is_remembered_for_a_day_and_the_audit_says_so(fake: FakeArxiv, tmp_path: Path) -> None:
    settings = settings_for(fake, tmp_path)
    (first,) = fetch_sources([ref("2501.99999")], settings)
    assert first.status is SourceStatus.UNKNOWN_ID and first.error == "arXiv has no paper 2501.99999"
    asked = fake.count("api")
    # A re-audit (and the nightly version check) asks nothing, and says the answer is remembered.
    (again,) = fetch_sources([ref("2501.99999")], settings)
    assert fake.count("api") == asked
    assert again.status is SourceStatus.UNKNOWN_ID
    assert again.error is not None and "arXiv has no paper 2501.99999" in again.error and "remembered" in again.error
    assert latest_versions(["2501.99999"], settings)["2501.99999"].latest_version is None
    assert fake.count("api") == asked
    # Offline, the remembered answer serves too.
    (offline,) = fetch_sources([ref("2501.99999")], replace(settings, offline=True))
    assert offline.status is SourceStatus.UNKNOWN_ID and "remembered" in (offline.error or "")
    # After a day arXiv is asked again; once it knows the paper, the memory is dropped.
    fake.add_paper("2501.99999", versions=[make_simple_pdf(["Now it exists."])])
    (later,) = fetch_sources([ref("2501.99999")], replace(settings, unknown_ttl=0.0))
    assert later.status is SourceStatus.OK and fake.count("api") == asked + 1
    assert not (tmp_path / "cache" / "unknown" / "2501.99999.json").exists()


def test_a_refresh_through_any_citation_is_seen_by_every_citation(fake: FakeArxiv, tmp_path: Path) -> None:
    settings = settings_for(fake, tmp_path)
    fetch_sources([ref("2005.13013", 1)], settings)  # cited with a version
    fake.add_version("2005.13013", make_simple_pdf(["A third version."]))
    assert latest_versions(["2005.13013"], settings)["2005.13013"].latest_version == 3  # the nightly check
    fake.reset_counts()
    (src,) = fetch_sources([ref("2005.13013", 1)], settings)
    assert [v.version for v in src.versions] == [1, 2, 3] and fake.count("api") == 0
    assert [p.name for p in (tmp_path / "cache" / "metadata").iterdir()] == ["2005.13013.json"]


def test_latest_versions_one_query_per_batch_and_outages_per_batch(fake: FakeArxiv, tmp_path: Path) -> None:
    settings = settings_for(fake, tmp_path)
    got = latest_versions(["2005.13013", "hep-th/9901001v1", "2005.13013v1"], settings)
    assert got == {
        "2005.13013": LatestVersion("2005.13013", True, 2),
        "hep-th/9901001": LatestVersion("hep-th/9901001", True, 1),
    }
    assert fake.count("api") == 1 and fake.count("pdf") == 0
    # The answers refreshed the cache: the audit that follows asks arXiv nothing more.
    fake.reset_counts()
    fetch_sources([ref("2005.13013")], settings)
    assert fake.count("api") == 0
    fake.fail("api", Fault(status=503), times=3)
    down = latest_versions(["2005.13013"], settings)["2005.13013"]
    assert not down.reachable and down.latest_version is None and "503" in (down.error or "")
    assert not latest_versions(["2005.13013"], replace(settings, offline=True))["2005.13013"].reachable
    bad = latest_versions(["../../etc/passwd"], settings)["../../etc/passwd"]
    assert bad.latest_version is None and "not an arXiv identifier" in (bad.error or "")


def test_api_calls_keep_their_spacing_across_clients_and_slow_answers(fake: FakeArxiv, tmp_path: Path) -> None:
    """A server that refuses calls closer than the interval never has to: the interval is
    counted from the end of the previous call, and shared by every client in the process
    (the nightly version check, the audit's metadata query, fetch_metadata each make one)."""
    interval = 0.4
    fake.enforce_api_interval(interval)
    settings = settings_for(fake, tmp_path, api_min_interval=interval, retries=0)
    fake.fail("api", Fault(hang=0.3))  # a slow first answer: its end is what counts
    assert fetch_metadata("2005.13013", settings).latest_version == 2  # a client of its own
    latest_versions(["hep-th/9901001"], settings)  # another
    fake.add_paper("2601.00001", versions=[make_simple_pdf(["New."])])
    (src,) = fetch_sources([ref("2601.00001")], settings)  # and another
    assert src.status is SourceStatus.OK
    assert fake.too_soon == 0 and fake.count("api") == 3


def test_a_scanned_paper_without_text_is_unreadable_not_empty(fake: FakeArxiv, tmp_path: Path) -> None:
    # No text layer: its claims must stay unchecked, never "not found" in a paper nobody could read.
    fake.add_paper("2101.00001", title="Scanned", versions=[make_simple_pdf([], title="")])
    (src,) = fetch_sources([ref("2101.00001")], settings_for(fake, tmp_path))
    assert src.status is SourceStatus.UNAVAILABLE
    assert src.error is not None and "has no text layer" in src.error and "OCR is not done" in src.error
    assert src.versions[0].passages == [] and src.versions[0].pages == 1


def test_text_whose_fonts_map_to_no_characters_is_unreadable() -> None:
    from claimcheck.model import Passage
    from claimcheck.sources.extract import ExtractedDocument
    from claimcheck.sources.textlayer import no_text_reason

    def doc(*texts: str) -> ExtractedDocument:
        return ExtractedDocument(pages=2, passages=[Passage(t, 1, None, "sentence", i) for i, t in enumerate(texts)])

    assert no_text_reason(doc("\ue001\ue002\ue003 \ufffd\ufffd x."), "p.pdf") is not None
    assert "do not map" in (no_text_reason(doc("\ue001\ue002\ue003 \ufffd\ufffd x."), "p.pdf") or "")
    assert no_text_reason(doc("We obtain 84.6 F1 \ue001 on SQuAD."), "p.pdf") is None
    assert "no text layer (2 pages" in (no_text_reason(doc(" ", ""), "p.pdf") or "")
