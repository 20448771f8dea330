"""HTTP for repository intakes, on the project's one client (:mod:`claimcheck.sources.http`).

Zenodo gets the same timeouts, retries, ``Retry-After`` handling and backoff as arXiv
(all from :class:`SourceSettings`), with its own rate limiter: Zenodo allows guests about
60 requests a minute, so one a second by default.
"""

from __future__ import annotations

from collections.abc import Mapping

from claimcheck.sources.http import ArxivHttp, RateLimiter
from claimcheck.sources.settings import SourceSettings

ZENODO_MIN_INTERVAL = 1.0


class RepositoryHttp(ArxivHttp):
    """An :class:`ArxivHttp` whose rate-limited calls go to another repository's API."""

    def __init__(self, settings: SourceSettings, min_interval: float = ZENODO_MIN_INTERVAL) -> None:
        super().__init__(settings)
        self.repo_limiter = RateLimiter(min_interval)

    def get_json_bytes(self, url: str, what: str, params: Mapping[str, str] | None = None) -> bytes:
        """One rate-limited API call; raises SourceError with the reason after retries."""
        return self._get(url, what, params=params, limiter=self.repo_limiter)

    def get_file(self, url: str, what: str, max_bytes: int | None = None) -> bytes:
        """A file download: bounded concurrency and size, like arXiv PDFs."""
        return self._get(url, what, max_bytes=max_bytes or self.settings.max_pdf_bytes)
