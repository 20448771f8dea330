"""The one HTTP client for arXiv: timeouts, retries with backoff, a rate limit, bounded
concurrency, and every failure turned into a :class:`SourceError` a person can act on.

Retries: 429/500/502/503/504, connection errors and timeouts are retried ``retries`` times,
waiting ``Retry-After`` when the server sends it (seconds or an HTTP date, capped at
``backoff_max``), else ``backoff_base * 2**attempt``. Other statuses are final at once
(404 means there is nothing to fetch; retrying would only add load).
"""

from __future__ import annotations

import contextlib
import email.utils
import re
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from http import HTTPStatus

import httpx

_UNRESOLVABLE = re.compile(r"Name or service not known|nodename nor servname|No address associated", re.I)

from claimcheck.errors import SourceError
from claimcheck.sources.settings import SourceSettings

RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})


class HttpStatusError(SourceError):
    """A final (not retried) HTTP status."""

    def __init__(self, message: str, status: int) -> None:
        super().__init__(message)
        self.status = status


class RateLimiter:
    """At most one call per ``interval`` seconds, across threads (arXiv's API terms).

    :meth:`slot` is what requests use: one call at a time, the next one starting
    ``interval`` seconds after the previous one *finished*. Measuring from the start of a
    call is not enough: a call that spends a moment connecting reaches the server later than
    the next one, which reuses the connection, so the server sees them closer than
    ``interval`` and answers 429.
    """

    def __init__(self, interval: float, sleep: Callable[[float], None] = time.sleep) -> None:
        self.interval = interval
        self._sleep = sleep
        self._lock = threading.Lock()
        self._serial = threading.Lock()  # held for a whole call by slot()
        self._next = 0.0

    def wait(self, sleep: Callable[[float], None] | None = None, interval: float | None = None) -> None:
        """Sleep until the next call may start, and claim it."""
        with self._lock:
            now = time.monotonic()
            delay = self._next - now
            if delay > 0:
                (sleep or self._sleep)(delay)
                now = time.monotonic()
            self._next = now + (self.interval if interval is None else interval)

    def done(self, interval: float | None = None) -> None:
        """The call that :meth:`wait` let through has finished: space the next from now."""
        with self._lock:
            self._next = max(self._next, time.monotonic() + (self.interval if interval is None else interval))

    @contextlib.contextmanager
    def slot(self, sleep: Callable[[float], None] | None = None, interval: float | None = None) -> Iterator[None]:
        """One call: waits its turn, and the next call waits ``interval`` after it ends."""
        with self._serial:
            self.wait(sleep, interval)
            try:
                yield
            finally:
                self.done(interval)


_SHARED: dict[str, RateLimiter] = {}
_SHARED_LOCK = threading.Lock()


def shared_limiter(endpoint: str, interval: float) -> RateLimiter:
    """The one limiter of ``endpoint`` in this process. Every client of an endpoint must
    share it: the nightly job's version check, each audit's metadata query and a retry all
    make their own client, and limiters of their own let their calls come back to back."""
    with _SHARED_LOCK:
        limiter = _SHARED.get(endpoint)
        if limiter is None:
            limiter = _SHARED[endpoint] = RateLimiter(interval)
        return limiter


def parse_retry_after(value: str | None, now: float | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header: delta-seconds or an HTTP date."""
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when is None:
        return None
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


def _status_text(code: int) -> str:
    try:
        return f"{code} {HTTPStatus(code).phrase}"
    except ValueError:
        return str(code)


def _seconds(s: float) -> str:
    return f"{s:.0f} s" if s >= 10 else f"{s:.1f} s"


class ArxivHttp:
    """Shared by every fetch in a run; use as a context manager (closes its connections)."""

    def __init__(
        self,
        settings: SourceSettings,
        *,
        sleep: Callable[[float], None] = time.sleep,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self.settings = settings
        self._sleep = sleep
        self.api_limiter = shared_limiter(settings.api_url, settings.api_min_interval)
        self._downloads = threading.BoundedSemaphore(max(1, settings.max_concurrent_downloads))
        timeout = httpx.Timeout(
            connect=settings.connect_timeout,
            read=settings.read_timeout,
            write=settings.read_timeout,
            pool=None,  # waiting for a pooled connection is bounded by our semaphore instead
        )
        self._client = httpx.Client(
            timeout=timeout,
            headers={"User-Agent": settings.user_agent},
            follow_redirects=True,
            transport=transport,
            limits=httpx.Limits(max_connections=max(2, settings.max_concurrent_downloads + 1)),
        )

    def __enter__(self) -> ArxivHttp:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._client.close()

    # ---- the two kinds of request
    def get_api(self, params: Mapping[str, str]) -> bytes:
        """One arXiv API query (rate limited)."""
        return self._get(self.settings.api_url, "arXiv API", params=params, limiter=self.api_limiter)

    def get_pdf(self, url: str, what: str) -> bytes:
        """A PDF download (bounded concurrency, size limit). ``what``: "the PDF of 2005.13013v2"."""
        with self._downloads:
            return self._get(url, what, max_bytes=self.settings.max_pdf_bytes)

    # ---- retries
    def _get(
        self,
        url: str,
        what: str,
        *,
        params: Mapping[str, str] | None = None,
        limiter: RateLimiter | None = None,
        max_bytes: int | None = None,
    ) -> bytes:
        s = self.settings
        start = time.monotonic()
        failures: list[str] = []
        for attempt in range(s.retries + 1):
            retry_after: float | None = None
            try:
                with self._limited(limiter), self._client.stream("GET", url, params=params) as response:
                    if response.status_code == 200:
                        return self._read(response, what, max_bytes)
                    code = response.status_code
                    if code not in RETRY_STATUSES:
                        raise HttpStatusError(self._final_status_message(what, code, url), code)
                    failures.append(_status_text(code))
                    retry_after = parse_retry_after(response.headers.get("Retry-After"))
            except httpx.TimeoutException:
                failures.append("timeout")
            except httpx.TransportError as err:  # connection refused/reset, DNS, broken body
                if isinstance(err, httpx.ConnectError) and _UNRESOLVABLE.search(str(err)):
                    # A host that does not resolve will not resolve in the next seconds either:
                    # no network, or a wrong endpoint. Retrying only delays the whole run.
                    raise SourceError(
                        f"{what}: cannot resolve the host of {url} (no network, or a wrong endpoint setting)"
                    ) from err
                failures.append(f"connection error ({type(err).__name__}: {err})")
            if attempt < s.retries:
                delay = retry_after if retry_after is not None else s.backoff_base * (2**attempt)
                self._sleep(min(delay, s.backoff_max))
        raise SourceError(self._gave_up_message(what, url, failures, time.monotonic() - start))

    def _limited(self, limiter: RateLimiter | None) -> contextlib.AbstractContextManager[None]:
        if limiter is None:
            return contextlib.nullcontext()
        interval = self.settings.api_min_interval if limiter is self.api_limiter else None
        return limiter.slot(self._sleep, interval)

    def _read(self, response: httpx.Response, what: str, max_bytes: int | None) -> bytes:
        if max_bytes is not None:
            declared = response.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > max_bytes:
                raise SourceError(f"{what} is {int(declared):,} bytes, over the {max_bytes:,}-byte limit")
        chunks: list[bytes] = []
        size = 0
        for chunk in response.iter_bytes():
            size += len(chunk)
            if max_bytes is not None and size > max_bytes:
                raise SourceError(f"{what} is over the {max_bytes:,}-byte limit")
            chunks.append(chunk)
        return b"".join(chunks)

    def _final_status_message(self, what: str, code: int, url: str) -> str:
        if code == 404:
            return f"{what} does not exist (HTTP 404 from {url})"
        return f"{what} answered HTTP {_status_text(code)} ({url})"

    def _gave_up_message(self, what: str, url: str, failures: list[str], elapsed: float) -> str:
        last = failures[-1]
        same = all(f == last for f in failures)
        tries = len(failures)
        if same and last == "timeout":
            return (
                f"{what} did not answer within {self.settings.read_timeout:g} s "
                f"({tries} tries; gave up after {_seconds(elapsed)}; {url})"
            )
        if same and not last.startswith("connection"):
            return f"{what} answered {last} {tries} times; gave up after {_seconds(elapsed)}"
        summary = ", ".join(failures)
        return f"{what} failed {tries} times ({summary}); gave up after {_seconds(elapsed)} ({url})"
