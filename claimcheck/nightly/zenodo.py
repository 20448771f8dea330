"""Zenodo intake: the newest records matching a search, and their report files.

Uses Zenodo's public REST API: ``GET {api}/records?q=...&sort=mostrecent&size=..&page=..``
returns ``{"hits": {"hits": [record, ...], "total": N}}``; each record carries ``id``,
``metadata.title``, ``links.html`` and ``files: [{key, size, checksum: "md5:…",
links: {self: …/content}}]``. Files are downloaded once into the intake's cache folder
and checked against their MD5; a record never changes its files (a new version is a new
record), so an existing file with the right checksum is never fetched again.

When Zenodo cannot be reached (or the job is offline) the last successful listing,
saved beside the downloads, stands in, so a network hiccup does not make every Zenodo
report look deleted.
"""

from __future__ import annotations

import fnmatch
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from claimcheck.errors import SourceError
from claimcheck.nightly.errors import JobFileError
from claimcheck.nightly.fields import check_keys, get_int, get_number, get_str, get_str_list
from claimcheck.nightly.intake import IntakeContext, IntakeItem, IntakeResult
from claimcheck.nightly.net import ZENODO_MIN_INTERVAL, RepositoryHttp
from claimcheck.util.files import atomic_write
from claimcheck.util.files import safe_name as util_safe_name

DEFAULT_API = "https://zenodo.org/api"
LISTING = "listing.json"


class ZenodoFailure(Exception):
    """A listing or download that failed; turned into a digest problem, never raised out."""


def safe_name(text: str) -> str:
    """A record ID, file key or intake name as one file-name component (120 characters: the
    names already in caches stay as they were)."""
    return util_safe_name(text, 120, "file")


def md5_of(path: Path) -> str:
    digest = hashlib.md5(usedforsecurity=False)
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


@dataclass(frozen=True)
class ZenodoFile:
    record_id: str
    key: str
    url: str
    md5: str | None
    html: str | None

    @property
    def origin(self) -> str:
        return f"zenodo:{self.record_id}/{self.key}"


def parse_records(payload: Any, patterns: list[str]) -> tuple[list[ZenodoFile], list[str]]:
    """The matching files of one search page, and the IDs of its records in order. Pure."""
    if not isinstance(payload, dict) or not isinstance(payload.get("hits"), dict):
        raise ZenodoFailure("unexpected search response: no 'hits' object")
    hits = payload["hits"].get("hits")
    if not isinstance(hits, list):
        raise ZenodoFailure("unexpected search response: 'hits.hits' is not a list")
    files: list[ZenodoFile] = []
    ids: list[str] = []
    for record in hits:
        if not isinstance(record, dict) or "id" not in record:
            continue
        ids.append(str(record["id"]))
        html = (record.get("links") or {}).get("html")
        for entry in record.get("files") or []:
            if not isinstance(entry, dict):
                continue
            key = str(entry.get("key") or entry.get("filename") or "")
            links = entry.get("links") or {}
            url = links.get("self") or links.get("content") or links.get("download")
            if not key or not url or not any(fnmatch.fnmatch(key.lower(), p.lower()) for p in patterns):
                continue
            checksum = str(entry.get("checksum") or "")
            md5 = checksum.split(":", 1)[1] if checksum.startswith("md5:") else None
            files.append(ZenodoFile(str(record["id"]), key, str(url), md5, html))
    return files, ids


@dataclass
class ZenodoIntake:
    name: str
    query: str
    api: str = DEFAULT_API
    files: tuple[str, ...] = ("*.pdf",)
    max_records: int = 100
    page_size: int = 25
    min_interval: float = ZENODO_MIN_INTERVAL  # seconds between API calls (politeness)
    kind: str = "zenodo"

    @classmethod
    def from_table(cls, table: dict[str, Any], base: Path, where: str) -> ZenodoIntake:
        keys = {"kind", "name", "api", "query", "files", "max_records", "page_size", "min_interval"}
        check_keys(table, keys, where)
        query = get_str(table, "query", where)
        api = get_str(table, "api", where, default=DEFAULT_API).rstrip("/")
        if not api.startswith(("http://", "https://")):
            raise JobFileError(f"{where}: 'api' must be an http(s) URL, not {api!r}")
        return cls(
            name=get_str(table, "name", where, default=f"zenodo:{query}"),
            query=query,
            api=api,
            files=tuple(get_str_list(table, "files", where, default=["*.pdf"])),
            max_records=get_int(table, "max_records", where, 100),
            page_size=get_int(table, "page_size", where, 25),
            min_interval=get_number(table, "min_interval", where, ZENODO_MIN_INTERVAL),
        )

    # ------------------------------------------------------------------ network

    def search(self, client: RepositoryHttp) -> list[ZenodoFile]:
        """The newest ``max_records`` matching records' report files. Pages keep one size
        (a page number means nothing with another size); the last page is cut instead."""
        found: list[ZenodoFile] = []
        records: list[str] = []
        page = 1
        while len(records) < self.max_records:
            params = {"q": self.query, "sort": "mostrecent", "size": str(self.page_size), "page": str(page)}
            body = client.get_json_bytes(f"{self.api}/records", f"Zenodo search {self.query!r}", params)
            try:
                payload = json.loads(body)
            except ValueError as exc:
                raise ZenodoFailure(f"search response is not JSON: {exc}") from exc
            files, ids = parse_records(payload, list(self.files))
            for rid in ids:
                # A record published between two page requests shifts the pages by one.
                if rid not in records and len(records) < self.max_records:
                    records.append(rid)
            found.extend(f for f in files if f.record_id in records and f not in found)
            if len(ids) < self.page_size:
                break
            page += 1
        return found

    def download(self, client: RepositoryHttp, file: ZenodoFile, target: Path) -> None:
        data = client.get_file(file.url, f"Zenodo file {file.origin}")
        if file.md5 and hashlib.md5(data, usedforsecurity=False).hexdigest() != file.md5:
            raise ZenodoFailure(f"{file.origin}: downloaded file does not match its md5 checksum")
        atomic_write(target, data)

    # ------------------------------------------------------------------ listing cache

    def _save_listing(self, ctx: IntakeContext, items: list[IntakeItem]) -> None:
        rows = [{"path": str(i.path.relative_to(ctx.cache_dir)), "origin": i.origin, "url": i.url} for i in items]
        atomic_write(ctx.cache_dir / LISTING, json.dumps({"query": self.query, "items": rows}))

    def _cached_listing(self, ctx: IntakeContext) -> list[IntakeItem] | None:
        try:
            data = json.loads((ctx.cache_dir / LISTING).read_text("utf-8"))
            return [
                IntakeItem(ctx.cache_dir / row["path"], row["origin"], row.get("url"))
                for row in data["items"]
                if (ctx.cache_dir / row["path"]).is_file()
            ]
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def _fallback(self, ctx: IntakeContext, why: str) -> IntakeResult:
        cached = self._cached_listing(ctx)
        if cached is None:
            return IntakeResult(problems=[f"{self.name}: {why}; no earlier listing cached"], reachable=False)
        return IntakeResult(
            items=cached,
            problems=[f"{self.name}: {why}; using the last listing ({len(cached)} file(s))"],
            reachable=False,
        )

    def collect(self, ctx: IntakeContext) -> IntakeResult:
        if ctx.offline:
            cached = self._cached_listing(ctx)
            if cached is not None:  # asked for; not a problem to repeat every night
                return IntakeResult(items=cached, reachable=False)
            return self._fallback(ctx, "offline")
        client = RepositoryHttp(ctx.settings, self.min_interval)
        try:
            try:
                files = self.search(client)
            except (ZenodoFailure, SourceError) as exc:
                return self._fallback(ctx, f"search failed ({_why(exc)})")
            result = IntakeResult()
            for file in files:
                target = ctx.cache_dir / "records" / safe_name(file.record_id) / safe_name(file.key)
                have = target.is_file() and (file.md5 is None or md5_of(target) == file.md5)
                if not have:
                    try:
                        self.download(client, file, target)
                    except (ZenodoFailure, SourceError, OSError) as exc:
                        result.problems.append(f"{self.name}: cannot download {file.origin} ({_why(exc)})")
                        continue
                result.items.append(IntakeItem(target, file.origin, file.html))
            try:
                self._save_listing(ctx, result.items)
            except OSError as exc:
                result.problems.append(f"{self.name}: cannot save the listing cache ({exc.strerror or exc})")
            return result
        finally:
            client.close()


def _why(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return str(exc) or type(exc).__name__

