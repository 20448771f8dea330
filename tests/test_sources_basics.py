"""arXiv IDs, settings, and the HTTP client's retries and rate limit."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import httpx
import pytest

from claimcheck.errors import SourceError
from claimcheck.sources.arxiv import is_withdrawn
from claimcheck.sources.http import ArxivHttp, RateLimiter, parse_retry_after
from claimcheck.sources.ids import ArxivId, parse_arxiv_id, safe_filename
from claimcheck.sources.settings import SourceSettings
from tests.fakearxiv import FakeArxiv, Fault


@pytest.mark.parametrize(
    ("text", "base", "version"),
    [
        ("2005.13013", "2005.13013", None),
        ("2005.13013v2", "2005.13013", 2),
        ("arXiv:2005.13013v2", "2005.13013", 2),
        ("arxiv: 0704.0001", "0704.0001", None),
        ("https://arxiv.org/abs/2005.13013v3", "2005.13013", 3),
        ("http://export.arxiv.org/pdf/2005.13013v1.pdf", "2005.13013", 1),
        ("hep-th/9901001", "hep-th/9901001", None),
        ("math.GT/0309136v2", "math.GT/0309136", 2),
        ("https://arxiv.org/abs/cond-mat/0102536", "cond-mat/0102536", None),
    ],
)
def test_valid_ids(text: str, base: str, version: int | None) -> None:
    assert parse_arxiv_id(text) == ArxivId(base, version)


@pytest.mark.parametrize(
    "text",
    ["../../x", "2005.1301", "2005.130134", "0704.00001", "1501.0001", "2013.13013", "hep-th/990100", "2005.13013v0",
     "2005.13013/../../etc", "HEP-TH/9901001", "", "2005.13013v2 extra", "https://evil.org/abs/2005.13013"],
)
def test_invalid_ids(text: str) -> None:
    with pytest.raises(SourceError, match="not an arXiv identifier"):
        parse_arxiv_id(text)


def test_safe_filename() -> None:
    assert safe_filename(parse_arxiv_id("hep-th/9901001"), 2, ".pdf") == "hep-th_9901001v2.pdf"
    assert safe_filename(parse_arxiv_id("2005.13013v3")) == "2005.13013v3"
    with pytest.raises(SourceError):
        safe_filename(ArxivId("../evil", None))


def test_settings_from_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    for name in ("CLAIMCHECK_ARXIV_API", "CLAIMCHECK_ARXIV_PDF", "CLAIMCHECK_CACHE_DIR", "CLAIMCHECK_OFFLINE"):
        monkeypatch.delenv(name, raising=False)
    default = SourceSettings.from_env()
    assert default.cache_dir == tmp_path / "xdg" / "claimcheck" and not default.offline
    assert default.api_min_interval == 3.0 and default.user_agent.startswith("claimcheck/")
    monkeypatch.setenv("CLAIMCHECK_ARXIV_API", "http://127.0.0.1:1/api/query")
    monkeypatch.setenv("CLAIMCHECK_CACHE_DIR", str(tmp_path / "c"))
    monkeypatch.setenv("CLAIMCHECK_OFFLINE", "yes")
    s = SourceSettings.from_env(pdf_base_url="http://x/pdf", offline=None)
    assert (s.api_url, s.pdf_base_url, s.cache_dir, s.offline) == ("http://127.0.0.1:1/api/query", "http://x/pdf", tmp_path / "c", True)
    assert SourceSettings.from_env(offline=False).offline is False
    monkeypatch.setenv("CLAIMCHECK_OFFLINE", "maybe")
    with pytest.raises(SourceError, match="CLAIMCHECK_OFFLINE"):
        SourceSettings.from_env()
    monkeypatch.delenv("CLAIMCHECK_OFFLINE")
    with pytest.raises(SourceError, match="unknown source setting"):
        SourceSettings.from_env(colour="red")


def test_retry_after_parsing() -> None:
    assert parse_retry_after("7") == 7.0
    assert parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT", now=1445412470.0) == 10.0
    assert parse_retry_after("soon") is None and parse_retry_after(None) is None


def test_rate_limiter_spaces_calls() -> None:
    slept: list[float] = []
    limiter = RateLimiter(3.0, sleep=slept.append)
    limiter.wait()
    limiter.wait()
    assert len(slept) == 1 and 2.9 < slept[0] <= 3.0


def test_backoff_honours_retry_after_and_doubles_otherwise(tmp_path: Path) -> None:
    slept: list[float] = []
    with FakeArxiv() as fake:
        fake.add_paper("2005.13013", versions=[b"%PDF-1"])
        settings = SourceSettings(api_url=fake.api_url, cache_dir=tmp_path, api_min_interval=0, backoff_base=0.5, retries=3, backoff_max=60)
        fake.fail("api", Fault(status=429, retry_after=42))
        fake.fail("api", Fault(status=503), times=2)
        with ArxivHttp(settings, sleep=slept.append) as http:
            assert b"2005.13013" in http.get_api({"id_list": "2005.13013"})
            assert slept == [42.0, 1.0, 2.0]  # Retry-After, then 0.5 * 2**1, 0.5 * 2**2
            fake.fail("api", Fault(status=429, retry_after=10_000), times=4)
            slept.clear()
            with pytest.raises(SourceError, match=r"arXiv API answered 429 Too Many Requests 4 times; gave up after"):
                http.get_api({"id_list": "2005.13013"})
            assert slept == [60.0, 60.0, 60.0]  # capped by backoff_max
            fake.fail("api", Fault(status=400))
            with pytest.raises(SourceError, match="HTTP 400 Bad Request"):
                http.get_api({"id_list": "2005.13013"})
        assert fake.count("api") == 4 + 4 + 1


def test_user_agent_and_api_rate_limit_are_applied(tmp_path: Path) -> None:
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers["user-agent"])
        return httpx.Response(200, content=b"<feed xmlns='http://www.w3.org/2005/Atom'/>")

    slept: list[float] = []
    settings = replace(SourceSettings(cache_dir=tmp_path), api_min_interval=3.0)
    with ArxivHttp(settings, sleep=slept.append, transport=httpx.MockTransport(handler)) as http:
        http.get_api({"id_list": "2005.13013"})
        http.get_api({"id_list": "2005.13014"})
        http.get_pdf("https://arxiv.org/pdf/2005.13013v1", "the PDF")  # PDFs are not API calls
    assert len(slept) == 1 and slept[0] > 2.9
    assert seen and all(ua.startswith("claimcheck/") and "+https://" in ua for ua in seen)


@pytest.mark.parametrize(
    ("comment", "summary", "withdrawn"),
    [
        ("This paper has been withdrawn by the author due to a crucial error", None, True),
        ("Withdrawn: duplicate of 2001.00001", None, True),
        ("12 pages, 3 figures", "We study the withdrawal of ...", False),
        ("12 pages", "This paper has been withdrawn.", True),
        (None, None, False),
    ],
)
def test_withdrawn_detection(comment: str | None, summary: str | None, withdrawn: bool) -> None:
    long_summary = summary if summary is None or withdrawn else summary + " x" * 300
    assert is_withdrawn(comment, long_summary) is withdrawn
