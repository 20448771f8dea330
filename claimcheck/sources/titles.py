"""The paper a report examines, found by its title when the report cites no arXiv ID.

A report that went through PDF text extraction can lose its reference list (sample 002)
yet still say "This paper examines: <title>". Without an ID nothing can be fetched and every
claim would stay *unchecked*; the title is enough to find the paper: first among the PDFs of
a ``--papers`` folder (their first-page titles), then with one arXiv API title query.

Titles arrive damaged — "FEnglish Intermediate-Task Training Improves Zero- Shot
Cross-Lingual Transfer Too." (a stray glyph, a line-break hyphen) — so a match is a fuzzy
one over normalised words, and only a close match counts: a wrong paper would make wrong
verdicts, which is worse than none.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path

from rapidfuzz import fuzz

from claimcheck.errors import SourceError
from claimcheck.model import PaperMetadata, Reference, Report
from claimcheck.sources.arxiv import parse_metadata_feed
from claimcheck.sources.http import ArxivHttp
from claimcheck.sources.settings import SourceSettings

# fuzz.ratio of two normalised titles; chosen so that a stray letter or a lost hyphen
# still matches and a sibling title ("... Transfer" / "... Transfer Too") of a series does
# not unless it differs only that little.
MATCH = 92.0
_WORD = re.compile(r"[a-z0-9]+")


def normalise(title: str) -> str:
    """Lower-case words; a hyphen broken at a line end ("Zero- Shot") is joined."""
    joined = re.sub(r"(\w)-\s+(\w)", r"\1-\2", title)
    return " ".join(_WORD.findall(joined.lower()))


def same_title(a: str, b: str) -> bool:
    na, nb = normalise(a), normalise(b)
    return bool(na and nb) and fuzz.ratio(na, nb) >= MATCH


# --------------------------------------------------------------------------- a local folder


def local_titles(folder: Path) -> dict[str, str]:
    """Base ID → the title on the first page of its newest PDF in ``folder``. Made once per
    run: it reads every paper of the folder."""
    from claimcheck.sources.extract import extract_pdf
    from claimcheck.sources.local import first_title, local_papers

    out: dict[str, str] = {}
    for base, versions in local_papers(folder).items():
        try:
            passages = extract_pdf(versions[max(versions)]).passages
        except SourceError:
            continue
        out[base] = first_title(passages) or (passages[0].text if passages else "")
    return out


def find_local(title: str, titles: Mapping[str, str]) -> str | None:
    """The base ID of the paper with this title among ``titles`` (:func:`local_titles`), if
    exactly one matches."""
    hits = [base for base, t in titles.items() if same_title(title, t)]
    return hits[0] if len(hits) == 1 else None


# --------------------------------------------------------------------------- arXiv


def _query_words(title: str) -> list[str]:
    return [w for w in normalise(title).split() if len(w) > 2][:12]


def find_on_arxiv(title: str, settings: SourceSettings, client: ArxivHttp) -> PaperMetadata | None:
    """One title query (a second without the title's first and last word, where damage
    sits); the one answer whose title matches, else None. Raises :class:`SourceError` when
    arXiv cannot be asked."""
    words = _query_words(title)
    for attempt in (words, words[1:-1]):
        if len(attempt) < 3:
            break
        query = " AND ".join(f"ti:{w}" for w in attempt)
        body = client.get_api({"search_query": query, "start": "0", "max_results": "10"})
        hits = [m for m in parse_metadata_feed(body).values() if same_title(title, m.title)]
        if len(hits) == 1:
            return hits[0]
    return None


# --------------------------------------------------------------------------- reports


def needs_title_lookup(report: Report) -> bool:
    """A report that names the paper it examines but cites no arXiv paper."""
    return bool(report.examined_title) and not any(r.arxiv_id for r in report.references)


def examined_reference(report: Report, settings: SourceSettings, client: ArxivHttp | None,
                       titles: Mapping[str, str]) -> tuple[Reference | None, str | None]:
    """For a report that :func:`needs_title_lookup`: the reference found by its examined
    title and a note saying how, or (None, why not); ``titles``: the ``--papers`` folder's
    :func:`local_titles`. (None, None) for other reports."""
    title = report.examined_title
    if not title or not needs_title_lookup(report):
        return None, None
    shown = " ".join(title.split())[:120]
    if settings.papers_dir is not None:
        base = find_local(title, titles)
        if base is not None:
            return _reference(base, title), f"the report cites no arXiv paper; the paper it examines, '{shown}', is {base} in {settings.papers_dir} (matched by title)"
    if settings.offline or client is None:
        return None, f"the report cites no arXiv paper and the paper it examines, '{shown}', was not looked up by title (offline)"
    try:
        meta = find_on_arxiv(title, settings, client)
    except SourceError as err:
        return None, f"the report cites no arXiv paper and the paper it examines, '{shown}', could not be looked up by title: {err}"
    if meta is None:
        return None, f"the report cites no arXiv paper and arXiv has no paper titled like the one it examines, '{shown}'"
    return _reference(meta.arxiv_id, title), f"the report cites no arXiv paper; the paper it examines, '{shown}', is arXiv {meta.arxiv_id} (found by its title)"


def _reference(base: str, title: str) -> Reference:
    # ``base`` came through parse_arxiv_id (a file name or arXiv's own answer): safe as a key.
    return Reference(raw=f"{' '.join(title.split())} (found by its title)", arxiv_id=base, version=None)
