"""The values that flow between the audit stages.

report → sources → evidence → verdicts → rendered audit. Every stage takes and returns
these plain dataclasses; nothing here does I/O, so any stage can be tested in isolation
and any value can be serialised by ``claimcheck.render.json``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum


class Mark(str, Enum):
    """The report's own "Verified" column."""

    VERIFIED = "verified"  # ✓
    REJECTED = "rejected"  # ×
    UNKNOWN = "unknown"  # column missing or lost (e.g. PDF-extracted tables)


class Severity(str, Enum):
    INFO = "info"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        return {"info": 0, "warning": 1, "error": 2}[self.value]


# The one wording for Claim.truncated, in summaries, findings and tables alike.
CUT_OFF = "cut off mid-word"


class VerdictLabel(str, Enum):
    SUPPORTED = "supported"
    CONTRADICTED = "contradicted"
    PARTLY_SUPPORTED = "partly supported"
    NOT_FOUND = "not found"  # the cited papers were read and none states the claim
    # No cited paper could be read (offline, unreachable, unknown ID): nothing was checked.
    # Kept apart from NOT_FOUND so that missing network never reads as a finding.
    UNCHECKED = "unchecked"

    @property
    def slug(self) -> str:
        """The spelling used on the command line (``--fail-on contradicted,not-found``)."""
        return self.value.replace(" ", "-")


# --------------------------------------------------------------------------- report


@dataclass(frozen=True)
class Claim:
    index: int  # 1-based row number in the report's claims table
    text: str
    mark: Mark
    confidence: float | None  # None when the column is missing or unreadable
    truncated: bool  # the generator cut the text off mid-word (no sentence end): CUT_OFF
    line: int | None = None  # 1-based line of the source text where the row starts


@dataclass(frozen=True)
class Reference:
    raw: str  # the reference exactly as written in the report
    arxiv_id: str | None  # normalised base ID without version: "2005.13013", "hep-th/9901001"
    version: int | None  # 2 for "...v2"; None when the report cites no version

    @property
    def key(self) -> str:
        """``2005.13013v2`` or ``2005.13013``; ``raw`` for non-arXiv references."""
        if self.arxiv_id is None:
            return self.raw
        return f"{self.arxiv_id}v{self.version}" if self.version else self.arxiv_id


@dataclass(frozen=True)
class StatedFigures:
    """What the report says about itself, as opposed to what its table shows."""

    papers_retrieved: int | None = None
    claims_extracted: int | None = None
    claims_verified: int | None = None
    quality_score: float | None = None
    quality_scale: float | None = None  # the "/10" in "7.2/10"


@dataclass
class Report:
    path: str
    format: str  # "text" | "markdown" | "pdf"
    sha256: str  # of the raw input bytes: the identity of a report across runs
    title: str | None
    date: str | None  # ISO 8601 (YYYY-MM-DD) when it could be parsed
    research_question: str | None
    abstract: str | None
    examined_title: str | None  # "This paper examines: <title>"
    figures: StatedFigures
    claims: list[Claim]
    references: list[Reference]
    columns: list[str]  # claims-table columns found, in order: "claim", "verified", "confidence"
    warnings: list[str] = field(default_factory=list)  # parse oddities worth showing


# --------------------------------------------------------------------------- findings


@dataclass
class Finding:
    code: str  # stable, machine-readable: "count-mismatch.claims", "truncated-claim", ...
    severity: Severity
    message: str  # one line a person reads
    report: str | None = None  # Report.path it concerns; None for run-level findings
    claims: list[int] = field(default_factory=list)  # Claim.index values involved
    details: dict[str, object] = field(default_factory=dict)  # JSON-serialisable

    @property
    def consequence(self) -> int:
        """How much this finding undermines the report, 0 = most (see ``CONSEQUENCE``)."""
        for rank, prefix in enumerate(CONSEQUENCE):
            if self.code == prefix or self.code.startswith(prefix + "."):
                return rank
        return len(CONSEQUENCE)


# Within one severity, findings are listed by what they cost the report's reader: a source
# that could not be read (every claim it backs is unchecked) before a wrong number, a wrong
# number before a wrong mark, down to wording and missing metadata. Codes are matched by
# prefix ("source" covers "source.unavailable"); unlisted codes come last.
CONSEQUENCE = (
    "source",
    "claims.contradicted",
    "marks.wrong",
    "cross-report.mark",
    "count-impossible",
    "count-mismatch",
    "question",
    "claims.unsupported",
    "reference.supports-nothing",
    "references.not-arxiv",
    "missing.references",
    "columns-missing",
    "count-unchecked",
    "truncated-claims",
    "duplicate-claims",
    "cross-report.confidence",
    "verified-low-confidence",
    "parse-warning",
    "missing",
    "marks.confusion",
)


def worst_first(finding: Finding) -> tuple[int, int]:
    """Sort key: severity (errors first), then consequence."""
    return (-finding.severity.rank, finding.consequence)


# --------------------------------------------------------------------------- sources


@dataclass(frozen=True)
class BBox:
    """PDF points, origin top-left of the page (pdfplumber's convention)."""

    x0: float
    top: float
    x1: float
    bottom: float


@dataclass(frozen=True)
class Passage:
    text: str  # cleaned: ligatures undone, hyphenation joined, Unicode minus → "-"
    page: int  # 1-based
    bbox: BBox | None
    kind: str  # "sentence" | "table-row" | "table-cell" | "caption" | "title" | "abstract"
    order: int  # position in reading order within its document
    section: str | None = None  # heading the passage falls under, when known
    table: str | None = None  # "Table 1" for table rows/cells
    row: str | None = None  # row header of a table cell/row
    column: str | None = None  # column header of a table cell

    @property
    def location(self) -> str:
        """What a person needs to find it: "page 4, Table 2, row MNLI, column XNLI"."""
        parts = [f"page {self.page}"]
        if self.table:
            parts.append(self.table)
        if self.row:
            parts.append(f"row {self.row}")
        if self.column:
            parts.append(f"column {self.column}")
        return ", ".join(parts)


@dataclass
class PaperMetadata:
    arxiv_id: str  # base ID
    title: str
    authors: list[str]
    abstract: str
    categories: list[str]
    published: str | None  # ISO date of v1
    updated: str | None  # ISO date of the latest version
    latest_version: int
    withdrawn: bool = False
    comment: str | None = None


@dataclass
class SourceVersion:
    arxiv_id: str
    version: int
    passages: list[Passage]
    pages: int
    extractor: str  # name and version of the extractor that produced the passages
    pdf_sha256: str | None = None
    error: str | None = None  # why this version could not be read; passages empty then

    @property
    def key(self) -> str:
        return f"{self.arxiv_id}v{self.version}"


class SourceStatus(str, Enum):
    OK = "ok"
    PARTIAL = "partial"  # some versions could not be fetched or read
    UNAVAILABLE = "unavailable"  # network/server trouble, or missing from the cache offline
    UNKNOWN_ID = "unknown-id"  # arXiv has no such paper
    WITHDRAWN = "withdrawn"
    NOT_ARXIV = "not-arxiv"  # a reference we cannot resolve to an arXiv ID
    NOT_FETCHED = "not-fetched"  # fetching was not asked for


@dataclass
class Source:
    """One cited paper with every version we could read."""

    reference: Reference
    status: SourceStatus
    metadata: PaperMetadata | None = None
    versions: list[SourceVersion] = field(default_factory=list)
    error: str | None = None  # the reason for a non-OK status, in words
    origin: str | None = None  # None: arXiv (fetched or cached); else where the text was read instead

    @property
    def cited_version(self) -> int | None:
        """The version that decides verdicts: the cited one, else the latest we have."""
        if self.reference.version is not None:
            return self.reference.version
        readable = [v.version for v in self.versions if v.error is None]
        return max(readable) if readable else None


# --------------------------------------------------------------------------- evidence & verdicts


@dataclass(frozen=True)
class Quantity:
    value: float
    text: str  # as written: "1,104,934", "8.2", "nine", "40%"
    unit: str | None  # "%" | "points" | "x" | None
    start: int  # character offsets in the text it came from
    end: int
    context: str = ""  # nearby words that say what is measured ("improvement", "MNLI")
    upper: float | None = None  # for ranges "3-5": value is the lower bound
    approx: str | None = None  # "about" | "at least" | "at most" | "up to": how loosely the number is meant
    noun: str | None = None  # what the number counts, singular: "language" in "40 languages"
    direction: int = 0  # +1 "raises by 0.8", -1 "drops by 0.8"; 0 when the words give none
    short: bool = False  # "almost 5%", "nearly 40": an "about" that stops short of its number


@dataclass(frozen=True)
class Evidence:
    arxiv_id: str
    version: int
    passage: Passage
    score: float  # 0..100, the retrieval score


@dataclass
class NumberCheck:
    claim_text: str  # the number as the claim writes it
    source_text: str | None  # what the source states for the same thing; None if absent
    agrees: bool


@dataclass
class Verdict:
    claim_index: int
    label: VerdictLabel
    explanation: str  # one sentence a reviewer reads
    evidence: Evidence | None = None  # the passage that decides it (of the deciding version)
    score: float = 0.0
    numbers: list[NumberCheck] = field(default_factory=list)
    # "2005.13013v1" → label, for every readable version of every cited paper
    per_version: dict[str, VerdictLabel] = field(default_factory=dict)
    drift: str | None = None  # "supported by v2; v1 states 8.4"
    candidates: list[Evidence] = field(default_factory=list)  # runners-up, best first
    mark_agrees: bool | None = None  # report's ✓/× against our verdict; None if no mark
    computed: str | None = None  # a number the source only implies: "mean of row MNLI in Table 2 = 5.9"


# --------------------------------------------------------------------------- the whole audit


@dataclass
class Audit:
    report: Report
    findings: list[Finding]
    sources: list[Source] = field(default_factory=list)
    verdicts: list[Verdict] = field(default_factory=list)
    tool_version: str = ""
    generated_at: str = ""  # ISO 8601 UTC
    offline: bool = False
    fetched: bool = False  # whether sources were looked up at all
