"""Cited arXiv papers: metadata, every version's PDF, and its text with positions.

Entry points: :func:`fetch_sources` (the audit), :func:`latest_versions` (the nightly job's
check for new versions), :func:`fetch_metadata` (one paper's metadata), :func:`extract_pdf`
(any PDF → passages).
"""

from claimcheck.sources.arxiv import UnknownPaperError, fetch_metadata
from claimcheck.sources.extract import EXTRACTOR_VERSION, ExtractedDocument, extract_pdf
from claimcheck.sources.fetch import fetch_sources
from claimcheck.sources.ids import ArxivId, is_arxiv_id, parse_arxiv_id, safe_filename
from claimcheck.sources.settings import SourceSettings
from claimcheck.sources.versions import LatestVersion, latest_versions

__all__ = [
    "EXTRACTOR_VERSION",
    "ArxivId",
    "ExtractedDocument",
    "LatestVersion",
    "SourceSettings",
    "UnknownPaperError",
    "extract_pdf",
    "fetch_metadata",
    "fetch_sources",
    "is_arxiv_id",
    "latest_versions",
    "parse_arxiv_id",
    "safe_filename",
]
