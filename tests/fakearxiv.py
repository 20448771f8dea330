"""A fake arXiv on 127.0.0.1: the export API (Atom feeds) and the PDF endpoint, with faults.

Usage::

    from tests.fakearxiv import FakeArxiv, Fault
    from tests.pdfgen import make_paper

    with FakeArxiv() as fake:
        fake.add_paper("2005.13013", title="A paper", versions=[make_paper().pdf])
        fake.add_version("2005.13013", pdf_v2)        # between two runs: a new version
        fake.withdraw("2005.13013")                   # a last version with no PDF, "withdrawn"
        fake.fail("api", Fault(status=429, retry_after=0), times=2)   # next 2 API calls
        fake.fail("pdf/2005.13013v1", Fault.truncated())               # that PDF only
        fake.fail("pdf", Fault.html())                                 # any PDF
        fake.fail("api", Fault(hang=1.0))                              # a hung connection
        fake.api_url    # "http://127.0.0.1:PORT/api/query"  -> SourceSettings.api_url
        fake.pdf_url    # "http://127.0.0.1:PORT/pdf"        -> SourceSettings.pdf_base_url
        fake.enforce_api_interval(3.0)   # 429 to an API call < 3 s after the last answer ended
        fake.count("api"), fake.count("pdf"), fake.count("pdf/2005.13013v1"), fake.total()
        fake.too_soon   # API calls refused by enforce_api_interval
        fake.requests   # every request path in order (with query string)

What it answers, like export.arxiv.org and arxiv.org:

* ``GET /api/query?search_query=ti:"words"`` (no ``id_list``): the latest entry of every paper
  whose title holds all the words, up to ``max_results``.
* ``GET /api/query?id_list=ID[,ID...]`` (``search_query``, ``start``, ``max_results`` accepted):
  an Atom feed with ``opensearch:totalResults`` and one ``entry`` per known ID (an ID with
  ``vN`` gives that version's entry, without gives the latest); the entry ``id`` is
  ``http://arxiv.org/abs/<id>v<N>``, ``published`` is v1's date, ``updated`` that version's;
  ``title``, ``summary``, ``author/name``, ``arxiv:comment`` (when set),
  ``arxiv:primary_category``, ``category``, ``link rel=alternate`` and
  ``link rel=related title=pdf``. An unknown ID gives an empty feed (HTTP 200, zero
  results), as arXiv does; a malformed ID (or an old-style archive arXiv does not have)
  gives HTTP 400 with an ``Error`` entry for the whole query.
* ``GET /pdf/<id>v<N>`` (also ``/pdf/<id>`` for the latest, and ``.pdf`` suffixes):
  the registered bytes as ``application/pdf``; 404 for an unknown version or a withdrawn
  one.

Faults (:class:`Fault`) are queued per route: ``"api"``, ``"pdf"`` (any PDF) or
``"pdf/<id>v<N>"``; each queued fault answers one request, then normal service resumes.
A ``hang`` fault holds the connection without answering until ``hang`` seconds pass or the
server stops, so a client timeout fires without the test sleeping.
"""

from __future__ import annotations

import re
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit
from xml.sax.saxutils import escape, quoteattr

# Archives of old-style IDs that arXiv knows; another archive gets "incorrect id format".
_ARCHIVES = {
    "astro-ph", "cond-mat", "gr-qc", "hep-ex", "hep-lat", "hep-ph", "hep-th", "math-ph", "nlin",
    "nucl-ex", "nucl-th", "physics", "quant-ph", "math", "cs", "q-bio", "q-fin", "stat", "chao-dyn",
    "solv-int", "patt-sol", "adap-org", "cmp-lg", "comp-gas", "mtrl-th", "supr-con", "chem-ph",
}
_ID = re.compile(r"^(?P<base>\d{4}\.\d{4,5}|[a-z\-]+(?:\.[A-Z]{2})?/\d{7})(?:v(?P<v>\d+))?$")


@dataclass
class Fault:
    status: int = 200
    retry_after: float | None = None  # seconds, sent as Retry-After
    body: bytes | None = None  # replaces the normal body
    content_type: str | None = None
    truncate: float | None = None  # serve this fraction of the normal body
    hang: float = 0.0  # hold the connection this long before answering (or until stop)

    @classmethod
    def truncated(cls, fraction: float = 0.5) -> Fault:
        return cls(truncate=fraction)

    @classmethod
    def html(cls) -> Fault:
        page = b"<!DOCTYPE html><html><head><title>arXiv</title></head><body>Rate exceeded.</body></html>"
        return cls(body=page, content_type="text/html; charset=utf-8")


@dataclass
class FakeVersion:
    pdf: bytes | None  # None: no PDF (a withdrawn version)
    updated: datetime
    comment: str | None = None
    title: str | None = None  # None: the paper's title
    summary: str | None = None


@dataclass
class FakePaper:
    arxiv_id: str
    title: str
    summary: str
    authors: list[str]
    categories: list[str]
    versions: list[FakeVersion] = field(default_factory=list)


_BASE_DATE = datetime(2026, 12, 2, 17, 0, 0, tzinfo=timezone.utc)


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        """A client that timed out and hung up is expected here, not worth a traceback."""


class FakeArxiv:
    def __init__(self) -> None:
        self.papers: dict[str, FakePaper] = {}
        self.requests: list[str] = []
        self._counts: Counter[str] = Counter()
        self._faults: dict[str, list[Fault]] = {}
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._server: ThreadingHTTPServer | None = None
        self.api_interval = 0.0  # enforce_api_interval
        self.too_soon = 0
        self._api_done: float | None = None  # when the last API answer was sent (monotonic)
        self._thread: threading.Thread | None = None

    # ---- registry
    def add_paper(
        self,
        arxiv_id: str,
        *,
        versions: list[bytes | None],
        title: str = "A Test Paper",
        summary: str = "We test things.",
        authors: list[str] | None = None,
        categories: list[str] | None = None,
        comment: str | None = None,
    ) -> FakePaper:
        with self._lock:
            paper = FakePaper(
                arxiv_id=arxiv_id,
                title=title,
                summary=summary,
                authors=authors or ["Ada Example", "Ben Placeholder"],
                categories=categories or ["cs.CL", "cs.LG"],
            )
            self.papers[arxiv_id] = paper
        for pdf in versions:
            self.add_version(arxiv_id, pdf, comment=comment)
        return paper

    def add_version(self, arxiv_id: str, pdf: bytes | None, *, comment: str | None = None) -> int:
        with self._lock:
            paper = self.papers[arxiv_id]
            n = len(paper.versions)
            paper.versions.append(FakeVersion(pdf=pdf, updated=_BASE_DATE + timedelta(days=17 * n), comment=comment))
            return n + 1

    def withdraw(self, arxiv_id: str, comment: str = "This paper has been withdrawn by the author due to an error in Table 1") -> int:
        """arXiv's way: a new last version without a PDF whose comment says so."""
        with self._lock:
            paper = self.papers[arxiv_id]
            n = len(paper.versions)
            paper.versions.append(
                FakeVersion(pdf=None, updated=_BASE_DATE + timedelta(days=17 * n), comment=comment, summary=comment)
            )
            return n + 1

    def fail(self, route: str, fault: Fault, times: int = 1) -> None:
        with self._lock:
            self._faults.setdefault(route, []).extend([fault] * times)

    def enforce_api_interval(self, seconds: float) -> None:
        """Answer 429 (no Retry-After) to an API call that arrives less than ``seconds``
        after the previous API answer was sent, as a server enforcing arXiv's terms strictly
        would; each refusal is counted in :attr:`too_soon`."""
        with self._lock:
            self.api_interval = seconds

    # ---- counters
    def count(self, route: str) -> int:
        """Requests to ``"api"``, ``"pdf"`` (all PDFs) or one ``"pdf/<id>v<N>"``."""
        with self._lock:
            return self._counts[route]

    def total(self) -> int:
        with self._lock:
            return self._counts["api"] + self._counts["pdf"]

    def reset_counts(self) -> None:
        with self._lock:
            self._counts.clear()
            self.requests.clear()

    # ---- lifecycle
    @property
    def base_url(self) -> str:
        assert self._server is not None, "start the server first (use it as a context manager)"
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    @property
    def api_url(self) -> str:
        return f"{self.base_url}/api/query"

    @property
    def pdf_url(self) -> str:
        return f"{self.base_url}/pdf"

    def start(self) -> FakeArxiv:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
                fake._handle(self)

            def log_message(self, format: str, *args: object) -> None:  # keep test output clean
                pass

        self._server = _Server(("127.0.0.1", 0), Handler)
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def __enter__(self) -> FakeArxiv:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # ---- serving
    def _take_fault(self, routes: list[str]) -> Fault | None:
        for route in routes:
            queue = self._faults.get(route)
            if queue:
                return queue.pop(0)
        return None

    def _handle(self, h: BaseHTTPRequestHandler) -> None:
        url = urlsplit(h.path)
        is_api = False
        with self._lock:
            self.requests.append(h.path)
            if url.path.rstrip("/") == "/api/query":
                self._counts["api"] += 1
                is_api = True
                fault = self._take_fault(["api"])
                status, ctype, body = self._api(parse_qs(url.query))
                now = time.monotonic()
                if self.api_interval and self._api_done is not None and now - self._api_done < self.api_interval:
                    self.too_soon += 1
                    fault = Fault(status=429)
            elif url.path.startswith("/pdf/"):
                key = url.path[len("/pdf/"):].removesuffix(".pdf")
                self._counts["pdf"] += 1
                self._counts[f"pdf/{key}"] += 1
                fault = self._take_fault([f"pdf/{key}", "pdf"])
                status, ctype, body = self._pdf(key)
            else:
                fault = None
                status, ctype, body = 404, "text/plain", b"not found"
        headers: dict[str, str] = {}
        if fault is not None:
            if fault.hang:
                self._stop.wait(fault.hang)
            if fault.status != 200:
                status = fault.status
                body = fault.body if fault.body is not None else f"error {fault.status}".encode()
                ctype = fault.content_type or "text/plain"
            elif fault.body is not None:
                body, ctype = fault.body, fault.content_type or ctype
            elif fault.truncate is not None:
                body = body[: int(len(body) * fault.truncate)]
            if fault.retry_after is not None:
                headers["Retry-After"] = f"{fault.retry_after:g}"
        try:
            h.send_response(status)
            h.send_header("Content-Type", ctype)
            h.send_header("Content-Length", str(len(body)))
            for name, value in headers.items():
                h.send_header(name, value)
            h.end_headers()
            h.wfile.write(body)
            h.wfile.flush()
        except (BrokenPipeError, ConnectionResetError):  # the client timed out and left
            pass
        if is_api:
            with self._lock:
                self._api_done = time.monotonic()

    def _pdf(self, key: str) -> tuple[int, str, bytes]:
        m = _ID.match(key)
        paper = self.papers.get(m.group("base")) if m else None
        if m is None or paper is None:
            return 404, "text/html", b"<html><body>No such paper</body></html>"
        n = int(m.group("v")) if m.group("v") else len(paper.versions)
        if not 1 <= n <= len(paper.versions) or paper.versions[n - 1].pdf is None:
            return 404, "text/html", b"<html><body>No PDF for this version</body></html>"
        pdf = paper.versions[n - 1].pdf
        assert pdf is not None
        return 200, "application/pdf", pdf

    def _api(self, query: dict[str, list[str]]) -> tuple[int, str, bytes]:
        ids = [i for i in ",".join(query.get("id_list", [""])).split(",") if i]
        entries: list[str] = []
        search = " ".join(query.get("search_query", [""]))
        if search and not ids:
            # ti:"w1 w2 ..." (or ti:w1 AND ti:w2): papers whose latest title holds every word.
            words = [w.lower() for w in re.findall(r"[A-Za-z0-9]+", re.sub(r"\b(?:ti|AND)\b", " ", search))]
            limit = int(query.get("max_results", ["10"])[0])
            for paper in self.papers.values():
                title = (paper.versions[-1].title or paper.title).lower() if paper.versions else ""
                if paper.versions and words and all(re.search(rf"\b{re.escape(w)}\b", title) for w in words):
                    entries.append(_entry(paper, len(paper.versions)))
            entries = entries[:limit]
            return 200, "application/atom+xml; charset=utf-8", _feed(entries, len(entries)).encode()
        for raw in ids:
            m = _ID.match(raw)
            if m is None or ("/" in raw and raw.split("/")[0].split(".")[0] not in _ARCHIVES):
                return 400, "application/atom+xml", _feed([_error_entry(raw)], 1).encode()
            paper = self.papers.get(m.group("base"))
            if paper is None or not paper.versions:
                continue
            n = int(m.group("v")) if m.group("v") else len(paper.versions)
            if not 1 <= n <= len(paper.versions):
                continue
            entries.append(_entry(paper, n))
        return 200, "application/atom+xml; charset=utf-8", _feed(entries, len(entries)).encode()


def _iso(d: datetime) -> str:
    return d.strftime("%Y-%m-%dT%H:%M:%SZ")


def _entry(paper: FakePaper, n: int) -> str:
    v = paper.versions[n - 1]
    abs_url = f"http://arxiv.org/abs/{paper.arxiv_id}v{n}"
    pdf_url = f"http://arxiv.org/pdf/{paper.arxiv_id}v{n}"
    authors = "".join(f"\n    <author>\n      <name>{escape(a)}</name>\n    </author>" for a in paper.authors)
    comment = (
        f'\n    <arxiv:comment xmlns:arxiv="http://arxiv.org/schemas/atom">{escape(v.comment)}</arxiv:comment>'
        if v.comment
        else ""
    )
    cats = "".join(f'\n    <category term={quoteattr(c)} scheme="http://arxiv.org/schemas/atom"/>' for c in paper.categories)
    return f"""  <entry>
    <id>{abs_url}</id>
    <updated>{_iso(v.updated)}</updated>
    <published>{_iso(paper.versions[0].updated)}</published>
    <title>{escape(v.title or paper.title)}</title>
    <summary>  {escape(v.summary or paper.summary)}
</summary>{authors}{comment}
    <link href="{abs_url}" rel="alternate" type="text/html"/>
    <link title="pdf" href="{pdf_url}" rel="related" type="application/pdf"/>
    <arxiv:primary_category xmlns:arxiv="http://arxiv.org/schemas/atom" term={quoteattr(paper.categories[0])} scheme="http://arxiv.org/schemas/atom"/>{cats}
  </entry>
"""


def _error_entry(raw: str) -> str:
    return f"""  <entry>
    <id>http://arxiv.org/api/errors#incorrect_id_format_for_{escape(raw)}</id>
    <title>Error</title>
    <summary>incorrect id format for {escape(raw)}</summary>
    <updated>{_iso(_BASE_DATE)}</updated>
    <link href="http://arxiv.org/api/errors#incorrect_id_format_for_{escape(raw)}" rel="alternate" type="text/html"/>
    <author>
      <name>arXiv api core</name>
    </author>
  </entry>
"""


def _feed(entries: list[str], total: int) -> str:
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <link href="http://arxiv.org/api/query" rel="self" type="application/atom+xml"/>
  <title type="html">ArXiv Query</title>
  <id>http://arxiv.org/api/fake</id>
  <updated>{_iso(_BASE_DATE)}</updated>
  <opensearch:totalResults xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/">{total}</opensearch:totalResults>
  <opensearch:startIndex xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/">0</opensearch:startIndex>
  <opensearch:itemsPerPage xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/">10</opensearch:itemsPerPage>
{''.join(entries)}</feed>
"""
