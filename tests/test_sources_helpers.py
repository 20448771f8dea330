"""The shared test helpers themselves: the fake arXiv speaks arXiv's format, pdfgen draws
what it says it draws."""

from __future__ import annotations

import httpx
import pypdfium2 as pdfium
from arxiv import _feed

from tests.fakearxiv import FakeArxiv, Fault
from tests.pdfgen import make_paper, make_simple_pdf


def test_fake_feed_parses_with_the_arxiv_package() -> None:
    with FakeArxiv() as fake:
        fake.add_paper("2005.13013", title="A  Paper", versions=[b"%PDF-1", b"%PDF-2"], comment="9 pages")
        latest = _feed.parse(httpx.get(fake.api_url, params={"id_list": "2005.13013"}).content)
        first = _feed.parse(httpx.get(fake.api_url, params={"id_list": "2005.13013v1"}).content)
        unknown = _feed.parse(httpx.get(fake.api_url, params={"id_list": "2501.99999"}).content)
        bad = httpx.get(fake.api_url, params={"id_list": "../../x"})
        assert fake.count("api") == 4
    assert latest.header.total_results == 1
    (r,) = latest.results
    assert r.entry_id == "http://arxiv.org/abs/2005.13013v2"
    assert r.title == "A Paper" and r.comment == "9 pages" and r.primary_category == "cs.CL"
    assert r.pdf_url == "http://arxiv.org/pdf/2005.13013v2"
    assert [a.name for a in r.authors] == ["Ada Example", "Ben Placeholder"]
    assert first.results[0].entry_id.endswith("v1") and first.results[0].published == r.published
    assert unknown.header.total_results == 0 and unknown.results == []
    assert bad.status_code == 400


def test_fake_pdf_endpoint_and_faults() -> None:
    with FakeArxiv() as fake:
        fake.add_paper("hep-th/9901001", versions=[b"%PDF-one", b"%PDF-two"])
        fake.withdraw("hep-th/9901001")
        assert httpx.get(f"{fake.pdf_url}/hep-th/9901001v2").content == b"%PDF-two"
        assert httpx.get(f"{fake.pdf_url}/hep-th/9901001v3").status_code == 404
        fake.fail("pdf", Fault(status=429, retry_after=7))
        r = httpx.get(f"{fake.pdf_url}/hep-th/9901001v1")
        assert r.status_code == 429 and r.headers["retry-after"] == "7"
        fake.fail("pdf/hep-th/9901001v1", Fault.truncated(0.5))
        assert httpx.get(f"{fake.pdf_url}/hep-th/9901001v1").content == b"%PDF"
        fake.fail("pdf", Fault.html())
        assert httpx.get(f"{fake.pdf_url}/hep-th/9901001v1").headers["content-type"].startswith("text/html")
        fake.fail("api", Fault(hang=5.0))
        try:
            httpx.get(fake.api_url, params={"id_list": "hep-th/9901001"}, timeout=0.05)
            raise AssertionError("a hung connection must time out")
        except httpx.TimeoutException:
            pass
        assert fake.count("pdf/hep-th/9901001v1") == 3 and fake.count("pdf") == 5


def test_generated_paper_is_two_pages_with_breaks_and_ligatures() -> None:
    paper = make_paper()
    doc = pdfium.PdfDocument(paper.pdf)
    assert len(doc) == paper.pages == 2
    text = "".join(doc[i].get_textpage().get_text_range() for i in range(len(doc)))
    assert any("-" in w.strip("-") and w.count("-") == 1 and w.startswith("fine") for w in paper.hyphenated)
    assert len(paper.hyphenated) >= 5
    # Ligature glyphs are drawn (DejaVu); their ToUnicode maps back to letters.
    assert "efficient" in text and "offline" in text
    assert "Collecting labelled data for every language is slow and expensive." in paper.expected_sentences()
    assert "392,702" in " ".join(paper.expected_sentences())
    assert make_paper(repeat=3).pages > 2
    assert make_simple_pdf(["hello"]).startswith(b"%PDF-")
