"""A fake Zenodo on 127.0.0.1: record search and file downloads, with request counters.

Usage::

    from tests.fakezenodo import FakeZenodo

    with FakeZenodo() as zen:
        rid = zen.add_record("Report on X", {"report.pdf": pdf_bytes})
        zen.api_url              # "http://127.0.0.1:PORT/api" -> [[intake]] api = ...
        zen.count("search"), zen.count("file"), zen.count(f"file/{rid}/report.pdf")
        zen.fail("search", status=503, times=2)   # the next two searches answer 503
        zen.fail("file", status=500)              # the next file download answers 500

What it answers, like zenodo.org's InvenioRDM API:

* ``GET /api/records?q=...&sort=mostrecent&size=N&page=P``: ``{"hits": {"hits": [...],
  "total": T}, "links": {...}}``, newest record first. ``q`` matches records whose title or
  description contains every word of it (case-insensitive); ``*`` or empty matches all.
  Each record: ``id``, ``created``, ``metadata`` (``title``, ``description``,
  ``publication_date``, ``resource_type``), ``links.html`` and ``files`` with ``key``,
  ``size``, ``checksum`` (``md5:<hex>``) and ``links.self`` (the ``/content`` URL).
* ``GET /api/records/<id>/files/<key>/content``: the bytes; 404 for unknown ones.
"""

from __future__ import annotations

import hashlib
import json
import threading
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, quote, unquote, urlsplit

_BASE = datetime(2026, 12, 1, 9, 0, 0, tzinfo=timezone.utc)


@dataclass
class FakeRecord:
    id: int
    title: str
    description: str
    files: dict[str, bytes]
    created: datetime


@dataclass
class _Fault:
    status: int
    body: bytes = b'{"status": 503, "message": "Service unavailable"}'


@dataclass
class FakeZenodo:
    records: list[FakeRecord] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._counts: Counter[str] = Counter()
        self._faults: dict[str, list[_Fault]] = {}
        self._lock = threading.Lock()
        self._server: ThreadingHTTPServer | None = None
        self._next_id = 1000

    # ---- registry
    def add_record(self, title: str, files: dict[str, bytes], description: str = "") -> int:
        with self._lock:
            self._next_id += 1
            created = _BASE + timedelta(hours=len(self.records))
            self.records.append(FakeRecord(self._next_id, title, description, dict(files), created))
            return self._next_id

    def remove_record(self, record_id: int) -> None:
        with self._lock:
            self.records = [r for r in self.records if r.id != record_id]

    def fail(self, route: str, status: int = 503, times: int = 1) -> None:
        """Queue failures for ``"search"`` or ``"file"`` requests."""
        with self._lock:
            self._faults.setdefault(route, []).extend([_Fault(status)] * times)

    def count(self, route: str) -> int:
        with self._lock:
            return self._counts[route]

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
        return f"{self.base_url}/api"

    def start(self) -> FakeZenodo:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
                fake._handle(self)

            def log_message(self, format: str, *args: object) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def __enter__(self) -> FakeZenodo:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # ---- answers
    def _record_json(self, r: FakeRecord) -> dict[str, object]:
        base = self.base_url
        return {
            "id": r.id,
            "created": r.created.isoformat(),
            "doi": f"10.5281/zenodo.{r.id}",
            "metadata": {
                "title": r.title,
                "description": r.description,
                "publication_date": r.created.date().isoformat(),
                "resource_type": {"type": "publication", "subtype": "report"},
            },
            "links": {"self": f"{base}/api/records/{r.id}", "html": f"{base}/records/{r.id}"},
            "files": [
                {
                    "key": key,
                    "size": len(data),
                    "checksum": "md5:" + hashlib.md5(data, usedforsecurity=False).hexdigest(),
                    "links": {"self": f"{base}/api/records/{r.id}/files/{quote(key)}/content"},
                }
                for key, data in r.files.items()
            ],
        }

    def _search(self, query: dict[str, list[str]]) -> dict[str, object]:
        q = (query.get("q") or [""])[0].strip().lower()
        size = int((query.get("size") or ["10"])[0])
        page = int((query.get("page") or ["1"])[0])
        words = [w for w in q.replace('"', " ").split() if w != "*"]
        with self._lock:
            matches = [
                r for r in self.records if all(w in (r.title + " " + r.description).lower() for w in words)
            ]
        matches.sort(key=lambda r: r.created, reverse=True)
        hits = matches[(page - 1) * size : page * size]
        return {
            "hits": {"hits": [self._record_json(r) for r in hits], "total": len(matches)},
            "links": {"self": f"{self.api_url}/records?page={page}&size={size}"},
        }

    def _fault(self, route: str) -> _Fault | None:
        with self._lock:
            queue = self._faults.get(route)
            return queue.pop(0) if queue else None

    def _handle(self, h: BaseHTTPRequestHandler) -> None:
        url = urlsplit(h.path)
        parts = [unquote(p) for p in url.path.strip("/").split("/")]
        with self._lock:
            self.requests.append(h.path)
        if parts == ["api", "records"]:
            self._count("search")
            fault = self._fault("search")
            if fault:
                return _send(h, fault.status, fault.body, "application/json")
            body = json.dumps(self._search(parse_qs(url.query))).encode()
            return _send(h, 200, body, "application/json")
        if len(parts) == 6 and parts[:2] == ["api", "records"] and parts[3] == "files" and parts[5] == "content":
            self._count("file", f"file/{parts[2]}/{parts[4]}")
            fault = self._fault("file")
            if fault:
                return _send(h, fault.status, fault.body, "application/json")
            with self._lock:
                record = next((r for r in self.records if str(r.id) == parts[2]), None)
            data = record.files.get(parts[4]) if record else None
            if data is None:
                return _send(h, 404, b'{"status": 404, "message": "not found"}', "application/json")
            return _send(h, 200, data, "application/octet-stream")
        return _send(h, 404, b'{"status": 404}', "application/json")

    def _count(self, *routes: str) -> None:
        with self._lock:
            for route in routes:
                self._counts[route] += 1


def _send(h: BaseHTTPRequestHandler, status: int, body: bytes, content_type: str) -> None:
    h.send_response(status)
    h.send_header("Content-Type", content_type)
    h.send_header("Content-Length", str(len(body)))
    h.end_headers()
    h.wfile.write(body)
