"""Cited papers read from a folder of PDFs the user already holds (``--papers DIR``).

Reviewers often have the papers already: a journal's copies, an air-gapped machine, a
folder kept beside a nightly job. The bundled sample reports cite 2005.13013, whose two
versions ship in ``data/realpapers``, so the first command a newcomer runs gives verdicts
without reaching arXiv.

Files are named the way arXiv names versions: ``2005.13013v2.pdf``, old-style IDs with the
slash as ``_`` (``hep-th_9901001v1.pdf``), the same names the source cache uses. Only names
built from a validated :class:`ArxivId` are ever looked up, so a report cannot make us read
any other file. A paper with at least one such file is read from the folder only (arXiv is
not asked, so a later version the folder lacks is not seen, and the audit says so); a paper
with none is fetched as usual.
"""

from __future__ import annotations

import re
from pathlib import Path

from claimcheck.errors import SourceError
from claimcheck.model import PaperMetadata, Passage, Reference, Source, SourceStatus, SourceVersion
from claimcheck.sources.extract import EXTRACTOR_VERSION, extract_pdf
from claimcheck.sources.ids import ArxivId, parse_arxiv_id
from claimcheck.sources.textlayer import no_text_reason


_PDF_NAME = re.compile(r"(?P<base>.+)v(?P<v>[1-9]\d{0,3})\.pdf", re.IGNORECASE)


def local_papers(folder: Path) -> dict[str, dict[int, Path]]:
    """Base ID → version → PDF path, for every file of ``folder`` named like an arXiv
    version; other files are ignored (an unreadable folder holds nothing)."""
    found: dict[str, dict[int, Path]] = {}
    try:
        entries = list(folder.iterdir())
    except OSError:
        return found
    for path in entries:
        m = _PDF_NAME.fullmatch(path.name)
        if m is None or not path.is_file():
            continue
        try:
            aid = parse_arxiv_id(m.group("base").replace("_", "/"))
        except SourceError:
            continue
        if aid.version is None:
            found.setdefault(aid.base, {})[int(m.group("v"))] = path
    return {base: dict(sorted(vs.items())) for base, vs in found.items()}


def first_title(passages: list[Passage]) -> str:
    """The title a PDF prints on its first page: the extractor's title passage, if any."""
    return next((p.text for p in passages if p.kind == "title"), "")


def _read_version(aid: ArxivId, version: int, path: Path) -> SourceVersion:
    try:
        doc = extract_pdf(path)
    except SourceError as err:
        return SourceVersion(aid.base, version, [], 0, EXTRACTOR_VERSION, error=f"{path.name}: {err}")
    empty = no_text_reason(doc, path.name)
    if empty is not None:
        return SourceVersion(aid.base, version, [], doc.pages, doc.extractor, error=empty)
    return SourceVersion(aid.base, version, doc.passages, doc.pages, doc.extractor)


def _metadata(aid: ArxivId, versions: list[SourceVersion]) -> PaperMetadata:
    """What the PDFs themselves say: the title and abstract of the newest readable version.
    Authors, categories and dates need arXiv; they stay empty."""
    readable = [v for v in versions if v.error is None]
    newest = readable[-1] if readable else None
    title = ""
    abstract: list[str] = []
    if newest is not None:
        title = first_title(newest.passages)
        abstract = [p.text for p in newest.passages if p.kind == "abstract" or (p.section or "").lower() == "abstract"]
    return PaperMetadata(
        arxiv_id=aid.base,
        title=title,
        authors=[],
        abstract=" ".join(abstract),
        categories=[],
        published=None,
        updated=None,
        latest_version=max(v.version for v in versions),
    )


def read_local(reference: Reference, aid: ArxivId, folder: Path, files: dict[int, Path]) -> Source:
    """The paper from its PDFs ``files`` (version → path, its entry of :func:`local_papers`)."""
    versions = [_read_version(aid, v, path) for v, path in files.items()]
    meta = _metadata(aid, versions)
    have = ", ".join(f"v{v}" for v in files)
    origin = f"local PDFs in {folder} ({have}); arXiv was not asked, so a later version would not be seen"
    problems = [f"v{v.version}: {v.error}" for v in versions if v.error is not None]
    cited = aid.version
    if cited is not None and cited not in files:
        problems.insert(0, f"the report cites v{cited}, but {folder} holds only {have} of {aid.base}")
    if all(v.error is not None for v in versions):
        return Source(reference, SourceStatus.UNAVAILABLE, meta, versions, "; ".join(problems), origin=origin)
    status = SourceStatus.PARTIAL if problems else SourceStatus.OK
    return Source(reference, status, meta, versions, "; ".join(problems) or None, origin=origin)
