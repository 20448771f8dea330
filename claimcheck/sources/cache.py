"""The on-disk source cache, shared by concurrent runs.

Layout under ``cache_dir``::

    metadata/<id>.json              PaperMetadata + when it was fetched (trusted for a TTL)
    unknown/<id>.json               arXiv said it has no such paper, and when (trusted for a TTL)
    pdf/<id>v<N>.pdf                the PDF as downloaded (kept forever)
    pdf/<id>v<N>.pdf.sha256         its digest, written after it: the PDF counts only if they agree
    text/<extractor>/<id>v<N>.json  extracted passages, keyed by extractor version and PDF digest

Every write goes to a temporary file in the same directory and is moved into place with
``os.replace`` (atomic on POSIX and Windows), so a killed process leaves either the old
entry or the new one, never half of one. Reads verify (JSON shape, PDF digest) and delete an
entry that does not check out, so a damaged cache heals itself on the next run.
Names come only from validated :class:`ArxivId` values (:func:`safe_filename`).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import time
from collections.abc import Iterator
from dataclasses import asdict
from pathlib import Path
from typing import Any

from filelock import FileLock, Timeout

from claimcheck.errors import SourceError
from claimcheck.model import BBox, PaperMetadata, Passage, SourceVersion
from claimcheck.sources.ids import ArxivId, safe_filename
from claimcheck.util.files import atomic_write, safe_name

_FORMAT = 1


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _drop(*paths: Path) -> None:
    for p in paths:
        with contextlib.suppress(OSError):
            p.unlink()


class SourceCache:
    def __init__(self, root: Path, lock_timeout: float = 600.0) -> None:
        self.root = Path(root)
        self.lock_timeout = lock_timeout

    # ---- paths
    def metadata_path(self, aid: ArxivId) -> Path:
        # By base ID only: a citation of v1 and one of no version share one entry, so that a
        # refresh through either is seen by both.
        return self.root / "metadata" / safe_filename(ArxivId(aid.base, None), None, ".json")

    def pdf_path(self, aid: ArxivId, version: int) -> Path:
        return self.root / "pdf" / safe_filename(aid, version, ".pdf")

    def text_path(self, aid: ArxivId, version: int, extractor: str) -> Path:
        folder = safe_name(extractor, 120, "extractor")
        return self.root / "text" / folder / safe_filename(aid, version, ".json")

    @contextlib.contextmanager
    def lock(self, aid: ArxivId, version: int | None = None) -> Iterator[None]:
        """Serialises work on one entry across processes (two runs must not both download the
        same PDF). Correctness never depends on it: writes are atomic anyway. If the holder
        takes longer than ``lock_timeout`` we go ahead without the lock."""
        path = self.root / "locks" / safe_filename(aid, version, ".lock")
        path.parent.mkdir(parents=True, exist_ok=True)
        lock = FileLock(str(path), timeout=self.lock_timeout)
        try:
            lock.acquire()
        except Timeout:
            yield
            return
        try:
            yield
        finally:
            lock.release()

    # ---- metadata (with a time-to-live)
    def read_metadata(self, aid: ArxivId) -> tuple[PaperMetadata, float] | None:
        """The cached metadata and its age in seconds, or None."""
        path = self.metadata_path(aid)
        raw = self._read_json(path)
        if raw is None:
            return None
        try:
            meta = PaperMetadata(**raw["metadata"])
            fetched = float(raw["fetched_at"])
            if meta.arxiv_id != aid.base or not isinstance(meta.latest_version, int):
                raise ValueError("wrong entry")
        except (KeyError, TypeError, ValueError):
            _drop(path)
            return None
        return meta, max(0.0, time.time() - fetched)

    def write_metadata(self, aid: ArxivId, meta: PaperMetadata) -> None:
        payload = {"format": _FORMAT, "fetched_at": time.time(), "metadata": asdict(meta)}
        atomic_write(self.metadata_path(aid), json.dumps(payload).encode())
        _drop(self.unknown_path(aid))  # arXiv knows it now

    # ---- "arXiv has no such paper" (with a time-to-live): a re-audit need not ask again
    def unknown_path(self, aid: ArxivId) -> Path:
        return self.root / "unknown" / safe_filename(ArxivId(aid.base, None), None, ".json")

    def read_unknown(self, aid: ArxivId) -> float | None:
        """When (epoch seconds) arXiv last said it has no paper ``aid``, or None."""
        path = self.unknown_path(aid)
        raw = self._read_json(path)
        if raw is None:
            return None
        try:
            if raw["arxiv_id"] != aid.base:
                raise ValueError("wrong entry")
            return float(raw["asked_at"])
        except (KeyError, TypeError, ValueError):
            _drop(path)
            return None

    def write_unknown(self, aid: ArxivId) -> None:
        payload = {"format": _FORMAT, "asked_at": time.time(), "arxiv_id": aid.base}
        atomic_write(self.unknown_path(aid), json.dumps(payload).encode())

    # ---- PDFs (forever)
    def read_pdf(self, aid: ArxivId, version: int) -> bytes | None:
        path = self.pdf_path(aid, version)
        digest_path = path.with_name(path.name + ".sha256")
        try:
            data = path.read_bytes()
            digest = digest_path.read_text().strip()
        except OSError:
            return None
        if sha256(data) != digest or not data.startswith(b"%PDF-"):
            _drop(path, digest_path)
            return None
        return data

    def write_pdf(self, aid: ArxivId, version: int, data: bytes) -> None:
        path = self.pdf_path(aid, version)
        # The digest goes last: a PDF without a matching digest is never trusted.
        atomic_write(path, data)
        atomic_write(path.with_name(path.name + ".sha256"), sha256(data).encode())

    # ---- extracted text (forever, per extractor version)
    def read_text(self, aid: ArxivId, version: int, extractor: str) -> SourceVersion | None:
        path = self.text_path(aid, version, extractor)
        raw = self._read_json(path)
        if raw is None:
            return None
        try:
            sv = _version_from_json(raw["version"])
            if sv.arxiv_id != aid.base or sv.version != version or sv.extractor != extractor:
                raise ValueError("wrong entry")
        except (KeyError, TypeError, ValueError):
            _drop(path)
            return None
        return sv

    def write_text(self, aid: ArxivId, sv: SourceVersion) -> None:
        payload = {"format": _FORMAT, "version": asdict(sv)}
        atomic_write(self.text_path(aid, sv.version, sv.extractor), json.dumps(payload, ensure_ascii=False).encode())

    # ---- helpers
    def _read_json(self, path: Path) -> dict[str, Any] | None:
        try:
            raw = json.loads(path.read_bytes())
        except FileNotFoundError:
            return None
        except (OSError, ValueError):
            _drop(path)
            return None
        if not isinstance(raw, dict) or raw.get("format") != _FORMAT:
            _drop(path)
            return None
        return raw


def _version_from_json(raw: dict[str, Any]) -> SourceVersion:
    passages = []
    for p in raw["passages"]:
        p = dict(p)
        bbox = p.pop("bbox")
        passages.append(Passage(bbox=BBox(**bbox) if bbox else None, **p))
    fields = {k: v for k, v in raw.items() if k != "passages"}
    return SourceVersion(passages=passages, **fields)


def ensure_writable(root: Path) -> None:
    try:
        root.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise SourceError(f"cannot create the source cache at {root}: {err.strerror or err}") from err
