"""Candidate passages for a claim.

Claims are paraphrased ("The study uses" for "We use"), cut off mid-word, and merged from
several sentences, so the score is led by *content-word recall* — the share of the claim's
content stems (of the part that exists) found in the candidate — which ignores word order,
rewording of function words and the missing tail; rapidfuzz's ``token_set_ratio`` then
breaks ties among the best few. Candidates are sentences, windows of two and three
neighbouring sentences (for merged claims) and table rows, of every version.

Each version is indexed once (stems per candidate) and reused for every claim.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from rapidfuzz import fuzz

from claimcheck.model import Claim, Evidence, Passage, SourceVersion

RECALL_WEIGHT = 0.75  # the rest is rapidfuzz token_set_ratio / 100
SHORTLIST = 25

_STOP = set(
    """a an the of on in for to and or by as at with from into via is are be been being was were do does
    did has have had this that these those it its their our we us they them he she study paper authors
    work report researchers which who whom whose what when where while whereas also than then there here
    such both either each all any some can could may might will would should shall must""".split()
)
_WORD = re.compile(r"[a-z][a-z0-9+]*")
_IRREGULAR = {"uses": "use", "used": "use", "using": "use", "studies": "study", "studied": "study"}


def stem(word: str) -> str:
    w = _IRREGULAR.get(word, word)
    for suffix in ("ational", "ations", "ation", "ments", "ment", "ings", "ing", "ies", "ied", "ed", "es", "s", "ly"):
        if len(w) > len(suffix) + 3 and w.endswith(suffix):
            w = w[: -len(suffix)] + ("y" if suffix in ("ies", "ied") else "")
            break
    return w


def stems(text: str) -> frozenset[str]:
    words = _WORD.findall(text.lower().replace("-", " "))
    return frozenset(stem(w) for w in words if w not in _STOP and len(w) > 1)


def claim_core(claim: Claim) -> str:
    """The part of a claim that exists: a truncated claim loses its partial last word."""
    text = claim.text.strip()
    if claim.truncated and " " in text:
        text = text.rsplit(" ", 1)[0]
    return text


@dataclass
class _Candidate:
    text: str
    stems: frozenset[str]
    members: list[Passage]  # one passage, or the neighbouring sentences of a window
    member_stems: list[frozenset[str]]


def _quote(c: _Candidate, want: frozenset[str]) -> Passage:
    """The passage a verdict quotes: the window's sentences that carry the claim's words
    (one sentence when only one does), located where the first of them is."""
    if len(c.members) == 1:
        return c.members[0]
    hits = [i for i, st in enumerate(c.member_stems) if len(want & st) >= 2]
    if not hits:
        return c.members[0]
    overlap = len(want & c.stems)
    best = max(range(len(c.members)), key=lambda i: len(want & c.member_stems[i]))
    if len(want & c.member_stems[best]) >= 0.8 * overlap:
        return c.members[best]
    first, last = hits[0], hits[-1]
    if first == last:
        return c.members[first]
    lead = c.members[first]
    return replace(lead, text=" ".join(m.text for m in c.members[first : last + 1]))


@dataclass
class VersionIndex:
    version: SourceVersion
    candidates: list[_Candidate]


_INDEX: dict[int, tuple[SourceVersion, VersionIndex]] = {}


def index(version: SourceVersion) -> VersionIndex:
    """Candidates of one version, built once per SourceVersion object."""
    hit = _INDEX.get(id(version))
    if hit is not None and hit[0] is version:
        return hit[1]
    passages = [p for p in version.passages if p.text.strip()]
    cands: list[_Candidate] = []
    prose = [p for p in passages if p.kind not in ("table-cell",)]
    # A table row says nothing of what its numbers measure; its caption does.
    captions = {p.table: stems(p.text) for p in passages if p.kind == "caption" and p.table}
    for i, p in enumerate(prose):
        own = stems(p.text)
        extra = captions.get(p.table, frozenset()) if p.kind == "table-row" else frozenset()
        cands.append(_Candidate(p.text, own | extra, [p], [own]))
        if p.kind in ("sentence", "abstract", "caption"):
            for width in (2, 3):
                window = prose[i : i + width]
                if len(window) == width and all(w.kind == p.kind for w in window) and window[-1].page - p.page <= 1:
                    text = " ".join(w.text for w in window)
                    member_stems = [stems(w.text) for w in window]
                    cands.append(_Candidate(text, frozenset().union(*member_stems), list(window), member_stems))
    idx = VersionIndex(version, cands)
    if len(_INDEX) > 256:
        _INDEX.clear()
    _INDEX[id(version)] = (version, idx)
    return idx


def score_candidates(claim: Claim, version: SourceVersion, k: int = 5) -> list[tuple[float, float, str, Passage]]:
    """(score 0-100, recall 0-1, candidate text, passage), best first."""
    core = claim_core(claim)
    want = stems(core)
    if not want:
        return []
    idx = index(version)
    scored = []
    for c in idx.candidates:
        hit = len(want & c.stems)
        if hit:
            scored.append((hit / len(want), c))
    scored.sort(key=lambda t: (-t[0], len(t[1].text)))
    out = []
    for recall, c in scored[:SHORTLIST]:
        fuzzy = fuzz.token_set_ratio(core.lower(), c.text.lower()) / 100
        out.append((100 * (RECALL_WEIGHT * recall + (1 - RECALL_WEIGHT) * fuzzy), recall, c.text, _quote(c, want)))
    out.sort(key=lambda t: (-t[0], len(t[2])))
    return out[:k]


def candidates(claim: Claim, versions: Sequence[SourceVersion], k: int = 5) -> list[Evidence]:
    """The best ``k`` passages for ``claim`` over all ``versions``, best first."""
    found: list[Evidence] = []
    for v in versions:
        for score, _, _, passage in score_candidates(claim, v, k):
            found.append(Evidence(v.arxiv_id, v.version, passage, round(score, 2)))
    found.sort(key=lambda e: -e.score)
    return found[:k]
