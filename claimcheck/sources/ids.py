"""arXiv identifiers: validate and normalise anything a report may cite.

Accepted: new style ``2005.13013`` / ``0704.0001`` (4-digit numbers before 2015-01, 5 after),
old style ``hep-th/9901001`` / ``math.GT/0309136``, each with an optional ``vN``, an
``arXiv:`` prefix and ``arxiv.org/abs|pdf/`` URLs. Everything else is refused, so that
only validated IDs ever become file names or URL paths.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from claimcheck.errors import SourceError

# Archives of old-style IDs; a subject class (".GT") is allowed after math/cs/nlin/physics/q-bio.
_OLD_ARCHIVE = r"[a-z]+(?:-[a-z]+)*(?:\.[A-Z]{2})?"
_ID_RE = re.compile(
    rf"^(?P<base>(?P<yymm>\d{{2}}(?:0[1-9]|1[0-2]))\.(?P<num>\d{{4,5}})|{_OLD_ARCHIVE}/\d{{2}}(?:0[1-9]|1[0-2])\d{{3}})"
    r"(?:v(?P<version>[1-9]\d{0,3}))?$"
)
_PREFIX_RE = re.compile(
    r"^(?:arxiv:\s*|(?:https?://)?(?:www\.|export\.)?arxiv\.org/(?:abs|pdf)/)", re.IGNORECASE
)


@dataclass(frozen=True)
class ArxivId:
    base: str  # "2005.13013", "hep-th/9901001"
    version: int | None

    def __str__(self) -> str:
        return self.with_version(self.version)

    def with_version(self, version: int | None) -> str:
        return f"{self.base}v{version}" if version else self.base


def parse_arxiv_id(text: str) -> ArxivId:
    """Normalise ``text`` to an :class:`ArxivId`, or raise :class:`SourceError` saying why."""
    raw = text.strip()
    s = _PREFIX_RE.sub("", raw)
    s = s.split("?", 1)[0].split("#", 1)[0].rstrip("/")
    s = re.sub(r"\.pdf$", "", s, flags=re.IGNORECASE)
    m = _ID_RE.match(s)
    if m is None:
        raise SourceError(f"not an arXiv identifier: {raw[:80]!r}")
    if m.group("num") is not None:
        # 4-digit numbers until 1412, 5-digit from 1501 (arXiv's 2015 switch).
        five = int(m.group("yymm")) >= 1501
        if (len(m.group("num")) == 5) != five:
            raise SourceError(f"not an arXiv identifier: {raw[:80]!r} (wrong number of digits for its year)")
    version = int(m.group("version")) if m.group("version") else None
    return ArxivId(base=m.group("base"), version=version)


def is_arxiv_id(text: str) -> bool:
    try:
        parse_arxiv_id(text)
    except SourceError:
        return False
    return True


def safe_filename(arxiv_id: ArxivId, version: int | None = None, suffix: str = "") -> str:
    """A file name for a validated ID: ``hep-th_9901001v2.pdf``. Only ever built from an
    :class:`ArxivId`, whose characters are limited to ``[A-Za-z0-9.-/]`` by the parser; the
    slash of old-style IDs becomes ``_`` (which no ID contains, so names stay distinct)."""
    v = version if version is not None else arxiv_id.version
    name = arxiv_id.with_version(v).replace("/", "_") + suffix
    if not re.fullmatch(r"[A-Za-z0-9._-]+", name) or name.startswith("."):
        raise SourceError(f"refusing unsafe cache name {name!r}")
    return name
