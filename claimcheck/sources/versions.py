"""Which version of each paper is the latest, asked of arXiv in as few queries as arXiv allows.

The nightly job's question every night ("did any cited paper get a new version?"), and the
one place that remembers a paper arXiv does not know, so that neither a re-audit nor the
next night asks about it again (with arXiv's 3-second spacing) until ``unknown_ttl`` passes.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timezone

from claimcheck.errors import SourceError
from claimcheck.sources.arxiv import UnknownPaperError, fetch_metadata_many
from claimcheck.sources.cache import SourceCache
from claimcheck.sources.http import ArxivHttp
from claimcheck.sources.ids import ArxivId, parse_arxiv_id
from claimcheck.sources.settings import SourceSettings

BATCH = 100  # IDs per arXiv API query: one polite request per hundred papers


@dataclass(frozen=True)
class LatestVersion:
    arxiv_id: str  # base ID
    reachable: bool  # arXiv answered about this paper (an "unknown" answer counts)
    latest_version: int | None  # None: arXiv has no such paper, or did not answer
    error: str | None = None  # why there is no version, in words


def remembered_unknown(cache: SourceCache, aid: ArxivId, settings: SourceSettings) -> UnknownPaperError | None:
    """arXiv's recent "no such paper" for ``aid``, if the cache holds one younger than
    ``unknown_ttl``; the message says that it is remembered and until when."""
    try:
        asked = cache.read_unknown(aid)
    except OSError:
        return None
    if asked is None or time.time() - asked > settings.unknown_ttl:
        return None
    when = datetime.fromtimestamp(asked, timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    again = datetime.fromtimestamp(asked + settings.unknown_ttl, timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    return UnknownPaperError(
        f"arXiv has no paper {aid.base} (its answer of {when}, remembered in the cache; asked again after {again})"
    )


def remember_unknown(cache: SourceCache, aid: ArxivId) -> None:
    try:
        cache.write_unknown(aid)
    except OSError:
        pass  # costs one more question next time, not correctness


def latest_versions(
    ids: Sequence[str], settings: SourceSettings, *, client: ArxivHttp | None = None
) -> dict[str, LatestVersion]:
    """The latest version of every paper in ``ids``, by base ID (a string that is no arXiv
    ID comes back under itself, unanswerable).

    One rate-limited query per :data:`BATCH` papers; the answers refresh the source cache's
    metadata, so the audits that follow ask nothing more. A paper arXiv recently said it does
    not know is not asked about again. Never raises for arXiv's trouble: a failed query makes
    its papers ``reachable=False`` with the reason. Offline, nothing is asked and every paper
    is unreachable.
    """
    out: dict[str, LatestVersion] = {}
    bases: list[str] = []
    for raw in dict.fromkeys(ids):
        try:
            bases.append(parse_arxiv_id(raw).base)
        except SourceError as err:  # nothing arXiv could answer about: like an unknown paper
            out[raw] = LatestVersion(raw, True, None, str(err))
    bases = list(dict.fromkeys(bases))
    if settings.offline:
        out.update({b: LatestVersion(b, False, None, "offline: arXiv was not asked") for b in bases})
        return out
    cache = SourceCache(settings.cache_dir)
    ask: list[ArxivId] = []
    for base in bases:
        aid = ArxivId(base, None)
        known_unknown = remembered_unknown(cache, aid, settings)
        if known_unknown is not None:
            out[base] = LatestVersion(base, True, None, str(known_unknown))
        else:
            ask.append(aid)
    if not ask:
        return out
    own = client is None
    http = client or ArxivHttp(settings)
    try:
        for start in range(0, len(ask), BATCH):
            batch = ask[start : start + BATCH]
            try:
                answers = fetch_metadata_many(batch, settings, http)
            except SourceError as err:
                out.update({a.base: LatestVersion(a.base, False, None, str(err)) for a in batch})
                continue
            for aid in batch:
                answer = answers.get(aid.base)
                if isinstance(answer, UnknownPaperError):
                    remember_unknown(cache, aid)
                    out[aid.base] = LatestVersion(aid.base, True, None, str(answer))
                elif answer is None or isinstance(answer, SourceError):
                    out[aid.base] = LatestVersion(aid.base, False, None, str(answer or "no answer"))
                else:
                    out[aid.base] = LatestVersion(aid.base, True, answer.latest_version)
                    try:
                        cache.write_metadata(aid, answer)
                    except OSError:
                        pass  # costs the audit one more query, not correctness
    finally:
        if own:
            http.close()
    return out
