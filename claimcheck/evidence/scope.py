"""Which passages of a paper can be evidence for what the paper itself states.

A bibliography entry is the title of *another* work: "Unsupervised cross-lingual
representation learning at scale." in the References of a paper that merely cites it says
nothing about what that paper found, yet it holds every content word of a claim that
paraphrases the title, and its page ranges and years are numbers. Real papers have 30 to 80
such entries, so left in, they would make claims *supported* (or *partly*) by a citation.

An entry is recognised by the section it falls under (a "References" / "Bibliography"
heading, numbered or not), and, where the extractor did not see that heading, by marks only
references carry ("In Proceedings of", "arXiv preprint arXiv:1234.5678", "pages 12–34",
a "[Author et al.(2020)]" label) together with the short passages between two such marks
(an entry's title sits between its authors and its venue).
"""

from __future__ import annotations

import re
from dataclasses import replace

from claimcheck.evidence.memo import once_per_version
from claimcheck.model import Passage, SourceVersion

_REFERENCE_SECTION = re.compile(
    r"^(?:\d+(?:\.\d+)*\.?\s+|[IVX]+\.\s+)?(?:references|bibliography|works cited|literature cited|cited works)\.?$",
    re.IGNORECASE,
)
_REFERENCE_MARK = re.compile(
    r"\bIn Proceedings of\b|\bIn Proc\.|\barXiv preprint\b|\barXiv:\s?\d{4}\.\d{4,5}\b|"
    r"\bpages?\s+\d+\s*[-–]\s*\d+\b|^\[[^\]]{2,60}\(\d{4}[a-z]?\)\]|\bet al\.\s*\(\d{4}[a-z]?\)\]|"
    r"\bIn Advances in Neural Information Processing Systems\b|\bTransactions of the Association for\b"
)
# Between two marked passages, at most this many unmarked ones (an entry's author line,
# year and title) are taken to belong to the same bibliography.
_GAP = 3


def is_reference_section(section: str | None) -> bool:
    return section is not None and _REFERENCE_SECTION.match(section.strip()) is not None


def reference_passages(passages: list[Passage]) -> set[int]:
    """Indices of the passages that are bibliography entries."""
    out = {i for i, p in enumerate(passages) if is_reference_section(p.section)}
    marked = [i for i, p in enumerate(passages) if p.kind == "sentence" and _REFERENCE_MARK.search(p.text)]
    out.update(marked)
    for a, b in zip(marked, marked[1:]):
        if 1 < b - a <= _GAP + 1 and all(passages[k].kind == "sentence" for k in range(a, b)):
            out.update(range(a + 1, b))
    return out


@once_per_version
def evidence_version(version: SourceVersion) -> SourceVersion:
    """``version`` without its bibliography: the text verdicts are judged on. The same object
    comes back for the same version, so indexes built on it are built once."""
    drop = reference_passages(version.passages)
    return version if not drop else replace(version, passages=[p for i, p in enumerate(version.passages) if i not in drop])
