"""Every cited arXiv paper, every version, fetched (or read from the cache) and extracted.

One :class:`Source` per distinct paper. Nothing here raises for a single bad source: its
status and error say what went wrong and the run goes on. A second run within the
metadata TTL makes no request at all: metadata, PDFs and extracted text all come from the
cache.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

from claimcheck.errors import SourceError
from claimcheck.model import PaperMetadata, Reference, Source, SourceStatus, SourceVersion
from claimcheck.sources.arxiv import UnknownPaperError, fetch_metadata_many
from claimcheck.sources.cache import SourceCache, ensure_writable, sha256
from claimcheck.sources.extract import EXTRACTOR_VERSION, extract_pdf, validate_pdf
from claimcheck.sources.http import ArxivHttp
from claimcheck.sources.ids import ArxivId, parse_arxiv_id
from claimcheck.sources.local import local_papers, read_local
from claimcheck.sources.settings import SourceSettings
from claimcheck.sources.textlayer import no_text_reason
from claimcheck.sources.versions import remember_unknown, remembered_unknown
from claimcheck.util.words import plural

log = logging.getLogger(__name__)

Progress = Callable[[int, int, str], None]


@dataclass
class _Job:
    aid: ArxivId
    reference: Reference
    metadata: PaperMetadata | None = None
    error: SourceError | None = None


def _distinct(references: Sequence[Reference]) -> tuple[list[_Job], list[Source]]:
    """One job per paper; the reference kept is the first that cites a version (the version
    decides verdicts), else the first. Non-arXiv references become NOT_ARXIV sources."""
    jobs: dict[str, _Job] = {}
    others: list[Source] = []
    for ref in references:
        if ref.arxiv_id is None:
            others.append(Source(ref, SourceStatus.NOT_ARXIV, error=f"not an arXiv reference: {ref.raw[:120]}"))
            continue
        try:
            aid = parse_arxiv_id(ref.arxiv_id)
        except SourceError as err:
            others.append(Source(ref, SourceStatus.NOT_ARXIV, error=str(err)))
            continue
        job = jobs.get(aid.base)
        if job is None:
            jobs[aid.base] = _Job(aid=ArxivId(aid.base, ref.version), reference=ref)
        elif job.reference.version is None and ref.version is not None:
            job.reference, job.aid = ref, ArxivId(aid.base, ref.version)
    return list(jobs.values()), others


def fetch_sources(
    references: Sequence[Reference],
    settings: SourceSettings,
    progress: Progress | None = None,
    *,
    http: ArxivHttp | None = None,
) -> list[Source]:
    """Sources for ``references``, in the order papers are first cited (non-arXiv
    references last). ``progress(done, total, label)`` is called as each paper finishes."""
    jobs, others = _distinct(references)
    local: dict[str, Source] = {}
    if settings.papers_dir is not None:
        # Papers the user holds are read from their folder; arXiv is asked only for the rest.
        held = local_papers(settings.papers_dir)  # one scan of the folder for every paper
        for job in jobs:
            if job.aid.base in held:
                local[job.aid.base] = read_local(job.reference, job.aid, settings.papers_dir, held[job.aid.base])
        if progress is not None and local:
            progress(len(local), len(jobs), f"read {plural(len(local), 'paper')} from {settings.papers_dir.name}")
    remote = [j for j in jobs if j.aid.base not in local]
    if not remote:
        return [local[j.aid.base] for j in jobs] + others
    order = [j.aid.base for j in jobs]
    jobs = remote
    try:
        ensure_writable(settings.cache_dir)
    except SourceError as err:
        unavailable = {j.aid.base: Source(j.reference, SourceStatus.UNAVAILABLE, error=str(err)) for j in jobs}
        return [local.get(key) or unavailable[key] for key in order] + others
    cache = SourceCache(settings.cache_dir)
    own = http is None
    client = http or ArxivHttp(settings)
    try:
        _resolve_metadata(jobs, cache, settings, client)
        total = len(jobs)
        done = 0
        results: dict[str, Source] = {}

        def run(job: _Job) -> Source:
            try:
                return _fetch_one(job, cache, settings, client)
            except Exception as err:  # a last guard: one paper never stops the run
                log.debug("fetching %s failed", job.aid.base, exc_info=True)
                message = str(err) if isinstance(err, SourceError) else f"unexpected {type(err).__name__}: {err}"
                return Source(job.reference, SourceStatus.UNAVAILABLE, job.metadata, error=message)

        workers = max(1, min(settings.max_concurrent_downloads, total))
        with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="claimcheck-fetch") as pool:
            futures = {pool.submit(run, job): job for job in jobs}
            for future, job in futures.items():
                results[job.aid.base] = future.result()
                done += 1
                if progress is not None:
                    progress(done + len(local), total + len(local), job.aid.base)
    finally:
        if own:
            client.close()
    results.update(local)
    return [results[key] for key in order] + others


# --------------------------------------------------------------------------- metadata


def _resolve_metadata(jobs: list[_Job], cache: SourceCache, settings: SourceSettings, client: ArxivHttp) -> None:
    """Fresh cache entries are used as they are; the rest are asked for in one API query.
    A stale entry still serves when arXiv cannot be reached (or we are offline)."""
    stale: dict[str, PaperMetadata] = {}
    ask: list[_Job] = []
    for job in jobs:
        cached = cache.read_metadata(job.aid)
        if cached is not None:
            meta, age = cached
            cited = job.aid.version
            # A citation of a version we have not heard of means our entry is out of date.
            if age <= settings.metadata_ttl and (cited is None or cited <= meta.latest_version):
                job.metadata = meta
                continue
            stale[job.aid.base] = meta
        else:
            unknown = remembered_unknown(cache, job.aid, settings)
            if unknown is not None:
                job.error = unknown
                continue
        ask.append(job)
    if not ask:
        return
    if settings.offline:
        for job in ask:
            if job.aid.base in stale:
                job.metadata = stale[job.aid.base]
            else:
                job.error = SourceError(f"offline, and {job.aid.base} is not in the cache ({settings.cache_dir})")
        return
    try:
        answers = fetch_metadata_many([j.aid for j in ask], settings, client)
    except SourceError as err:
        for job in ask:
            if job.aid.base in stale:
                log.warning("using cached metadata of %s: %s", job.aid.base, err)
                job.metadata = stale[job.aid.base]
            else:
                job.error = err
        return
    for job in ask:
        answer = answers[job.aid.base]
        if isinstance(answer, UnknownPaperError):
            job.error = answer
            remember_unknown(cache, job.aid)
        elif isinstance(answer, SourceError):
            job.error = answer
        else:
            job.metadata = answer
            _quietly(cache.write_metadata, job.aid, answer)


# --------------------------------------------------------------------------- one paper


def _fetch_one(job: _Job, cache: SourceCache, settings: SourceSettings, client: ArxivHttp) -> Source:
    ref, meta = job.reference, job.metadata
    if job.error is not None or meta is None:
        err = job.error or SourceError(f"no metadata for {job.aid.base}")
        status = SourceStatus.UNKNOWN_ID if isinstance(err, UnknownPaperError) else SourceStatus.UNAVAILABLE
        return Source(ref, status, error=str(err))
    latest = meta.latest_version
    # A withdrawn paper's last version is the withdrawal notice; it has no PDF to read.
    readable = list(range(1, latest if meta.withdrawn else latest + 1))
    versions = [_fetch_version(job.aid, v, cache, settings, client) for v in readable]
    failed = [v for v in versions if v.error is not None]
    cited = job.aid.version
    problems: list[str] = []
    if cited is not None and cited > latest:
        problems.append(f"the report cites v{cited}, but arXiv has only v1-v{latest} of {job.aid.base}")
    elif cited is not None and meta.withdrawn and cited == latest:
        problems.append(f"the report cites v{cited}, the withdrawal notice itself")
    problems.extend(f"v{v.version}: {v.error}" for v in failed)
    if meta.withdrawn:
        reason = f"withdrawn from arXiv in v{latest}" + (f" ({meta.comment})" if meta.comment else "")
        return Source(ref, SourceStatus.WITHDRAWN, meta, versions, "; ".join([reason, *problems]))
    if versions and len(failed) == len(versions):
        return Source(ref, SourceStatus.UNAVAILABLE, meta, versions, "; ".join(problems))
    if problems:
        return Source(ref, SourceStatus.PARTIAL, meta, versions, "; ".join(problems))
    return Source(ref, SourceStatus.OK, meta, versions)


def _fetch_version(aid: ArxivId, version: int, cache: SourceCache, settings: SourceSettings, client: ArxivHttp) -> SourceVersion:
    key = aid.with_version(version)
    cached = cache.read_text(aid, version, EXTRACTOR_VERSION)
    if cached is not None:
        return cached
    with cache.lock(aid, version):
        cached = cache.read_text(aid, version, EXTRACTOR_VERSION)  # another run may have made it
        if cached is not None:
            return cached
        try:
            data = cache.read_pdf(aid, version)
            if data is None:
                if settings.offline:
                    raise SourceError(f"offline, and the PDF of {key} is not in the cache ({settings.cache_dir})")
                data = _download_pdf(key, settings, client)
                _quietly(cache.write_pdf, aid, version, data)
            doc = extract_pdf(data)
        except SourceError as err:
            return SourceVersion(aid.base, version, [], 0, EXTRACTOR_VERSION, error=str(err))
        except Exception as err:  # a PDF that trips the extractor is that version's problem only
            log.debug("extracting %s failed", key, exc_info=True)
            message = f"could not extract the text of {key} ({type(err).__name__}: {err})"
            return SourceVersion(aid.base, version, [], 0, EXTRACTOR_VERSION, error=message)
        empty = no_text_reason(doc, f"the PDF of {key}")
        if empty is not None:
            return SourceVersion(aid.base, version, [], doc.pages, doc.extractor, pdf_sha256=sha256(data), error=empty)
        sv = SourceVersion(aid.base, version, doc.passages, doc.pages, doc.extractor, pdf_sha256=sha256(data))
        _quietly(cache.write_text, aid, sv)
        return sv


def _download_pdf(key: str, settings: SourceSettings, client: ArxivHttp) -> bytes:
    """The PDF of ``key``, checked to be whole. A body that arrives cut short (a proxy or a
    server that closes early with a matching length) or replaced by an error page is fetched
    once more before the version is reported unusable for the whole run."""
    url = f"{settings.pdf_base_url.rstrip('/')}/{key}"
    data = client.get_pdf(url, f"the PDF of {key}")
    try:
        validate_pdf(data)
        return data
    except SourceError as err:
        log.info("the PDF of %s was not usable (%s); downloading it once more", key, err)
    data = client.get_pdf(url, f"the PDF of {key}")
    try:
        validate_pdf(data)
    except SourceError as err:
        raise SourceError(f"the PDF of {key} was not usable: {err} (downloaded twice)") from err
    return data


def _quietly(write: Callable[..., None], *args: object) -> None:
    """A cache that cannot be written (disk full, read-only) costs speed next time, not this
    run's results."""
    try:
        write(*args)
    except OSError as err:
        log.warning("could not write to the source cache: %s", err)
