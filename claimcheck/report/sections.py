"""The prose parts of a report: headings and sections, title and date, the research
question, the figures the report states about itself, and its references.

Pure functions over text. Headings are recognised by shape (markdown ``#``, a numbered
short line, or a known section name alone on a line), so reordered, renumbered or missing
sections still parse.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from claimcheck.model import Reference, StatedFigures

# Canonical section keys and the words that name them.
SECTION_NAMES: dict[str, tuple[str, ...]] = {
    "abstract": ("abstract", "summary"),
    "introduction": ("introduction", "background", "overview"),
    "methodology": ("methodology", "methods", "method", "approach"),
    "results": ("results", "findings"),
    "limitations": ("limitations", "caveats"),
    "claims": ("extracted claims", "claims extracted", "claims", "claims table", "key claims", "verified claims",
               "claim list", "list of claims"),
    "references": ("references", "bibliography", "sources", "cited papers", "works cited"),
    "discussion": ("discussion",),
    "conclusion": ("conclusion", "conclusions"),
}
_NAME_TO_KEY = {name: key for key, names in SECTION_NAMES.items() for name in names}

_NUMBERING = re.compile(r"^(?:\d+(?:\.\d+)*\.?|[IVX]+\.)\s+")
_MD_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")


@dataclass(frozen=True)
class Heading:
    line: int  # 0-based index into the lines
    key: str | None  # canonical section key, None for an unknown heading
    text: str


def heading_of(line: str) -> tuple[str | None, str] | None:
    """(canonical key or None, heading text) when the line is a heading, else None."""
    raw = line.strip()
    if not raw or len(raw) > 80:
        return None
    md = _MD_HEADING.match(raw)
    text = md.group(2) if md else raw
    text = text.strip().strip("*_").strip()
    name = _NUMBERING.sub("", text).strip().rstrip(":").strip()
    key = _NAME_TO_KEY.get(name.lower())
    if md:
        return key, name
    if key is not None:
        return key, name
    # "3 Results"-style numbered headings with an unknown name: short, no sentence end.
    if _NUMBERING.match(text) and len(name.split()) <= 6 and not name.endswith((".", "?", "!", ",")):
        if name[:1].isupper() and not re.search(r"\d", name):
            return None, name
    return None


def find_headings(lines: list[str]) -> list[Heading]:
    found = []
    for i, line in enumerate(lines):
        h = heading_of(line)
        if h is not None:
            found.append(Heading(i, h[0], h[1]))
    return found


def sections(lines: list[str], headings: list[Heading]) -> dict[str, tuple[int, int]]:
    """Canonical key → (first line, end line) of its body; the first occurrence wins."""
    spans: dict[str, tuple[int, int]] = {}
    for h, nxt in zip(headings, headings[1:] + [None]):
        end = nxt.line if nxt else len(lines)
        if h.key and h.key not in spans:
            spans[h.key] = (h.line + 1, end)
    return spans


def body(lines: list[str], span: tuple[int, int] | None) -> str | None:
    if span is None:
        return None
    text = "\n".join(lines[span[0] : span[1]]).strip()
    return text or None


# --------------------------------------------------------------------------- front matter

_DATE_FORMATS = ("%B %d, %Y", "%b %d, %Y", "%d %B %Y", "%d %b %Y", "%Y-%m-%d", "%B %d %Y", "%d.%m.%Y")


def parse_date(text: str) -> str | None:
    cleaned = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", text.strip().strip("*_").strip())
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(cleaned, fmt).date().isoformat()
        except ValueError:
            continue
    return None


def front_matter(lines: list[str], first_heading: int) -> tuple[str | None, str | None]:
    """Title and ISO date from the lines before the first section heading.

    The title is the first non-empty line that is not a date; a markdown ``# Title`` that
    names no known section counts too (it is then the first heading).
    """
    title = date = None
    for line in lines[:first_heading]:
        s = line.strip()
        if not s:
            continue
        d = parse_date(s)
        if d and date is None:
            date = d
        elif re.match(r"[*_]*" + _Q_LABEL, s, re.I):
            continue  # the research question is not the title
        elif title is None:
            title = s.lstrip("#").strip().strip("*_").strip() or None
    return title, date


# --------------------------------------------------------------------------- prose facts


def flat(text: str) -> str:
    return " ".join(text.split())


# The label may be set in bold or italics ("**Research question:** Does …"), with an
# abbreviation ("Research question (RQ):"), or named a goal ("Research goal: Does …", as
# the same generator's published descriptions do); the markup is not part of the question.
_Q_LABEL = (
    r"(?:research (?:question|goal|aim|objective)|guiding question)[*_]*\s*(?:\(RQ\d?\)\s*)?[*_]*\s*[:\-–—]\s*[*_]*\s*"
)
_QUESTION = re.compile(_Q_LABEL + r"(.+?\?)(?=\s*\.?\s|\s*\.?$)", re.I | re.S)
_QUESTION_LOOSE = re.compile(_Q_LABEL + r"(.+?)(?:\.\s|\n\n|$)", re.I | re.S)
_EXAMINES = re.compile(r"this (?:paper|report|study) examines\s*:\s*(.+?)\.\s+(?=Research question|[A-Z])", re.I | re.S)


def research_question(text: str) -> str | None:
    t = flat(text)
    m = _QUESTION.search(t) or _QUESTION_LOOSE.search(t)
    return m.group(1).strip().strip("*_").strip() or None if m else None


def examined_title(text: str) -> str | None:
    m = _EXAMINES.search(flat(text))
    return m.group(1).strip() if m else None


_INT = r"(\d{1,3}(?:,\d{3})+|\d+)"
_PAPERS = [
    re.compile(_INT + r"\s+(?:papers|articles|sources|studies|documents)\s+(?:were\s+)?retrieved", re.I),
    re.compile(r"retrieved\s+" + _INT + r"\s+(?:papers|articles|sources|studies)", re.I),
]
_PAPERS_OTHER = re.compile(r"(?:yielded|found|identified|returned)\s+" + _INT + r"\s+(?:papers|articles|sources|studies)", re.I)
_EXTRACTED = re.compile(_INT + r"\s+claims?\s+(?:were\s+)?extracted|extracted\s+" + _INT + r"\s+claims?\b", re.I)
_VERIFIED = re.compile(_INT + r"\s+(?:claims?\s+)?(?:were\s+)?(?:independently\s+)?verified", re.I)
_QUALITY = re.compile(r"(?:quality|tribunal|consensus)[^.\d]{0,40}?(\d+(?:\.\d+)?)\s*/\s*(\d+(?:\.\d+)?)", re.I)


def _num(s: str) -> int:
    return int(s.replace(",", ""))


@dataclass
class Figures:
    stated: StatedFigures
    paper_mentions: list[int]  # every "N papers" statement, for the consistency check


def stated_figures(text: str) -> Figures:
    t = flat(text)
    retrieved = [_num(m.group(1)) for p in _PAPERS for m in p.finditer(t)]
    others = [_num(m.group(1)) for m in _PAPERS_OTHER.finditer(t)]
    extracted = [_num(m.group(1) or m.group(2)) for m in _EXTRACTED.finditer(t)]
    verified = [_num(m.group(1)) for m in _VERIFIED.finditer(t)]
    quality = _QUALITY.search(t)
    papers = retrieved[0] if retrieved else (others[0] if others else None)
    return Figures(
        StatedFigures(
            papers_retrieved=papers,
            claims_extracted=extracted[0] if extracted else None,
            claims_verified=verified[0] if verified else None,
            quality_score=float(quality.group(1)) if quality else None,
            quality_scale=float(quality.group(2)) if quality else None,
        ),
        retrieved + others,
    )


# --------------------------------------------------------------------------- references

_NEW_ID = r"\d{4}\.\d{4,5}"
_OLD_ID = r"[a-z][a-z\-]+(?:\.[A-Z]{2})?/\d{7}"
_ARXIV_ANY = re.compile(
    # arXiv's own DOIs (10.48550/arXiv.2005.13013) name the paper as surely as its URL.
    r"(?:arxiv\.org/(?:abs|pdf)/|arxiv:\s*|10\.48550/arxiv\.)(?P<id>" + _NEW_ID + "|" + _OLD_ID + r")(?:v(?P<v>\d+))?",
    re.I,
)
_BARE_NEW = re.compile(r"(?<![\w./])(?P<id>" + _NEW_ID + r")(?:v(?P<v>\d+))?(?![\w])")
_BULLET = re.compile(r"^\s*(?:[-*•]|\[\d+\]|\d+[.)])\s*")


def references(section_text: str | None, whole_text: str) -> list[Reference]:
    """One Reference per entry of the references section; arXiv IDs normalised.

    Without a references section, arXiv links anywhere in the text are taken instead.
    """
    refs: list[Reference] = []
    if section_text is None:
        seen: set[tuple[str, int | None]] = set()
        for m in _ARXIV_ANY.finditer(whole_text):
            key = (m.group("id"), int(m.group("v")) if m.group("v") else None)
            if key not in seen:
                seen.add(key)
                refs.append(Reference(m.group(0), key[0], key[1]))
        return refs
    for line in section_text.splitlines():
        raw = _BULLET.sub("", line).strip()
        if not raw:
            continue
        m = _ARXIV_ANY.search(raw) or _BARE_NEW.search(raw)
        if m:
            refs.append(Reference(raw, m.group("id"), int(m.group("v")) if m.group("v") else None))
        else:
            refs.append(Reference(raw, None, None))
    return refs
