"""Paper metadata from the arXiv API, through the ``arxiv`` package's feed parser.

Why not ``arxiv.Client``: in 4.x it sets no HTTP timeout (a hung connection hangs the
audit), retries 429/503 at once with no backoff and ignores ``Retry-After``, and uses its
own ``requests`` session outside our rate limiter. So we fetch the Atom feed with our own
client (:mod:`claimcheck.sources.http`: timeouts, backoff, the 3-second rate limit shared
with every other request) and hand the bytes to the package's parser, which knows the
feed's namespaces and builds ``arxiv.Result`` objects. One query carries many IDs
(``id_list=a,b,c``), so a whole report costs one rate-limited request.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from arxiv import Result
from arxiv import _feed as arxiv_feed  # the package's own Atom parser (4.x)

from claimcheck.errors import SourceError
from claimcheck.model import PaperMetadata
from claimcheck.sources.http import ArxivHttp, HttpStatusError
from claimcheck.sources.ids import ArxivId, parse_arxiv_id
from claimcheck.sources.settings import SourceSettings


class UnknownPaperError(SourceError):
    """arXiv answered, and has no paper with this ID."""


_WITHDRAWN = re.compile(
    r"\b(?:(?:has|have|had) been|is|was|were)\s+withdrawn\b|\bwithdrawn\s+by\b|^\s*withdrawn\b|\bwithdrawal\b",
    re.IGNORECASE,
)


def is_withdrawn(comment: str | None, summary: str | None = None) -> bool:
    """arXiv marks a withdrawal only in words: the comment (and often the abstract) of the
    withdrawing version says "This paper has been withdrawn by the author(s) ..."."""
    if comment and _WITHDRAWN.search(comment):
        return True
    # A withdrawn abstract is replaced by a short notice; a long abstract that merely
    # mentions withdrawal (e.g. of drugs) must not count.
    return bool(summary and len(summary) < 400 and _WITHDRAWN.search(summary))


def metadata_from_result(result: Result) -> PaperMetadata:
    short = result.get_short_id()
    try:
        aid = parse_arxiv_id(short)
    except SourceError as err:
        raise SourceError(f"arXiv answered with an entry id it does not use: {result.entry_id!r}") from err
    return PaperMetadata(
        arxiv_id=aid.base,
        title=" ".join(result.title.split()),
        authors=[a.name for a in result.authors],
        abstract=" ".join(result.summary.split()),
        categories=list(dict.fromkeys([c for c in [result.primary_category, *result.categories] if c])),
        published=result.published.date().isoformat() if result.published else None,
        updated=result.updated.date().isoformat() if result.updated else None,
        latest_version=aid.version or 1,
        withdrawn=is_withdrawn(result.comment, result.summary),
        comment=" ".join(result.comment.split()) if result.comment else None,
    )


def parse_metadata_feed(body: bytes) -> dict[str, PaperMetadata]:
    """An API answer → metadata by base ID. Error entries (no dates) are skipped by the parser."""
    feed = arxiv_feed.parse(body)
    if feed.malformed:
        raise SourceError(f"arXiv API answered with an unreadable feed ({feed.error})")
    out: dict[str, PaperMetadata] = {}
    for result in feed.results:
        if "/abs/" not in result.entry_id:
            continue
        meta = metadata_from_result(result)
        out[meta.arxiv_id] = meta
    return out


def fetch_metadata_many(
    ids: Sequence[ArxivId], settings: SourceSettings, client: ArxivHttp | None = None
) -> dict[str, PaperMetadata | SourceError]:
    """Metadata of each paper (latest version), by base ID, in one API query. A paper arXiv
    does not know maps to an :class:`UnknownPaperError`. The whole query failing raises."""
    if settings.offline:
        raise SourceError("offline: cannot ask the arXiv API (only the cache is read)")
    bases = list(dict.fromkeys(i.base for i in ids))
    if not bases:
        return {}
    own = client is None
    http = client or ArxivHttp(settings)
    try:
        found = _query(http, bases)
        missing = [b for b in bases if b not in found]
        if missing:
            # arXiv's API now and then answers an ID it knows with an empty feed; ask once
            # more before calling a paper unknown.
            found.update(_query(http, missing))
    finally:
        if own:
            http.close()
    return {b: found.get(b) or UnknownPaperError(f"arXiv has no paper {b}") for b in bases}


def _query(http: ArxivHttp, bases: list[str]) -> dict[str, PaperMetadata]:
    try:
        body = http.get_api({"id_list": ",".join(bases), "start": "0", "max_results": str(len(bases))})
    except HttpStatusError as err:
        # One ID arXiv finds malformed makes it refuse the whole list (HTTP 400): ask for
        # each alone, so the others still get their answer.
        if err.status != 400:
            raise
        if len(bases) == 1:
            return {}  # arXiv calls this ID malformed: it has no such paper
        found: dict[str, PaperMetadata] = {}
        for base in bases:
            found.update(_query(http, [base]))
        return found
    return parse_metadata_feed(body)


def fetch_metadata(arxiv_id: str, settings: SourceSettings, client: ArxivHttp | None = None) -> PaperMetadata:
    """The latest metadata of one paper, straight from arXiv (the nightly job's check for new
    versions). Raises :class:`UnknownPaperError` or :class:`SourceError`."""
    aid = parse_arxiv_id(arxiv_id)
    answer = fetch_metadata_many([aid], settings, client)[aid.base]
    if isinstance(answer, SourceError):
        raise answer
    return answer
