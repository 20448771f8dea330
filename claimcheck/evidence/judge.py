"""The verdict rules: words, numbers, negation, versions.

For one claim and one version of a cited paper:

1. retrieve the best candidates (``retrieve.py``); below ``FOUND_RECALL`` (and no clause of
   the claim stated as well as ``CLAUSE_RECALL``) → *not found*;
2. among candidates within ``TIE_MARGIN`` of the best, take the one whose numbers agree
   with most of the claim's numbers (so "8.2" is judged against the sentence that states
   8.2, not a neighbour that states 7.5);
3. a claim number with a different number for the same thing in the passage (same unit,
   or shared context words, or the only number there) → *contradicted*, naming both;
4. a negation in one but not the other ("does not see benefits" / "sees benefits") with
   the words otherwise matching → *contradicted*;
5. numbers not stated at all, or only part of the claim's words found → *partly supported*;
6. otherwise, with content-word recall ≥ ``SUPPORT_RECALL`` → *supported*.

Across versions: the version the report cites decides (the latest readable one when it
cites none or cites one we could not read); every other version is judged too and any
disagreement becomes a drift note ("contradicted by v2 (states 2.9); v1 states 3.2").
Across papers: the paper with the best-matching passage decides.

``mark_agrees``: a ✓ agrees with *supported* only; a × agrees with every other verdict
(the claim is not verified by its source); no mark → None.

Thresholds were set on the labelled set in ``data/calibration`` (see
``benchmarks/calibrate_verdicts.py``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from claimcheck.evidence.quantities import extract_quantities, prefix_agrees, quantities_agree
from claimcheck.evidence.retrieve import claim_core, score_candidates, stems
from claimcheck.model import (
    Claim,
    Evidence,
    Mark,
    NumberCheck,
    Passage,
    Quantity,
    Source,
    SourceVersion,
    Verdict,
    VerdictLabel,
)

FOUND_RECALL = 0.6  # weighted content-word recall below which nothing in the paper states the claim
SUPPORT_RECALL = 0.72  # share of the claim's content words the passage must contain
NEGATION_RECALL = 0.6  # words must match this well before a negation flip counts
TIE_MARGIN = 10.0
CLAUSE_RECALL = 0.8  # a clause of the claim this well stated makes the claim at least 'found'
K = 8

_NEGATION = re.compile(
    r"\b(?:not|never|neither|nor|cannot|fails? to|failed to|unable to|no longer|none of)\b|n't\b", re.I
)
_PRIORITY = {
    VerdictLabel.SUPPORTED: 3,
    VerdictLabel.CONTRADICTED: 2,
    VerdictLabel.PARTLY_SUPPORTED: 1,
    VerdictLabel.NOT_FOUND: 0,
}


@dataclass
class Judgement:
    label: VerdictLabel
    score: float
    recall: float
    explanation: str
    passage: Passage | None = None
    numbers: list[NumberCheck] = field(default_factory=list)
    runners_up: list[tuple[float, Passage]] = field(default_factory=list)


def negated(text: str) -> bool:
    return bool(_NEGATION.search(text))


_CLAUSE = re.compile(r"(?<!\d),|,(?!\d)|[;:()!?]|\.(?=\s|$)|\b(?:and|but|whereas|while|although|though|which)\b", re.I)


def _clauses(text: str) -> list[tuple[frozenset[str], bool]]:
    out = []
    for part in _CLAUSE.split(text):
        words = stems(part)
        if words:
            out.append((words, negated(part)))
    return out


def negation_flip(claim_text: str, source_text: str) -> bool | None:
    """Whether a clause of the claim and the source clause that says the same thing
    disagree in negation ("XNLI does not see benefits" / "XNLI sees benefits"). Clause by
    clause, so "improves accuracy, and does not require data" negates nothing about the
    improvement. Returns which side negates (True: the claim) or None for no flip."""
    source = _clauses(source_text)
    for words, neg in _clauses(claim_text):
        if len(words) < 2 or not source:
            continue
        best_words, best_neg = max(source, key=lambda c: len(words & c[0]))
        if len(words & best_words) / len(words) >= NEGATION_RECALL and neg != best_neg:
            return neg
    return None


def _label_before(text: str, q: Quantity) -> frozenset[str]:
    """The word right before a number: its label in "TCS 77.5", "Uniform 71.6"."""
    words = re.findall(r"[A-Za-z][A-Za-z\-]*", text[max(0, q.start - 30) : q.start])
    return stems(words[-1]) if words else frozenset()


def _conflict(q: Quantity, source: list[Quantity], used: set[int], claim_words: frozenset[str], text: str) -> Quantity | None:
    """The source's number for the same thing as ``q``, when it states a different one."""
    free = [(i, s) for i, s in enumerate(source) if i not in used]
    if not free:
        return None
    q_ctx = stems(q.context)

    def affinity(s: Quantity) -> tuple[int, int, int]:
        labelled = int(bool(_label_before(text, s) & claim_words))
        same_unit = int(q.unit is not None and q.unit == s.unit)
        return labelled, same_unit, len(q_ctx & stems(s.context))

    best_i, best = max(free, key=lambda t: affinity(t[1]))
    labelled, unit_ok, overlap = affinity(best)
    magnitude_ok = (q.value == 0) or (best.value != 0 and 0.01 <= abs(best.value / q.value) <= 100)
    # The same thing: the same label, or shared words around both numbers. A shared unit
    # alone ("43% of cost" / "45% of errors") is not enough.
    if (labelled or overlap) and magnitude_ok:
        used.add(best_i)
        return best
    return None


def _best_clause_recall(claim_text: str, source_text: str) -> float:
    """Recall of the claim's best-stated clause, for claims that add to what a paper says."""
    have = stems(source_text)
    best = 0.0
    for words, _ in _clauses(claim_text):
        if len(words) >= 3:
            best = max(best, len(words & have) / len(words))
    return best


def check_numbers(claim: Claim, core: str, text: str) -> list[NumberCheck]:
    claim_qs = extract_quantities(core)
    source_qs = extract_quantities(text)
    used: set[int] = set()
    checks: list[NumberCheck] = []
    cut_at_number = claim.truncated and bool(re.search(r"\d$", claim.text.strip()))
    for n, q in enumerate(claim_qs):
        last = n == len(claim_qs) - 1 and cut_at_number and q.end >= len(core) - 1
        match = next(
            (i for i, s in enumerate(source_qs) if i not in used and (quantities_agree(q, s) or (last and prefix_agrees(q.text, s)))),
            None,
        )
        if match is not None:
            used.add(match)
            checks.append(NumberCheck(q.text, source_qs[match].text, True))
    claim_words = stems(core)
    for q in claim_qs:
        if any(c.claim_text == q.text and c.agrees for c in checks):
            continue
        other = _conflict(q, source_qs, used, claim_words, text)
        checks.append(NumberCheck(q.text, other.text if other else None, False))
    order = {q.text: i for i, q in enumerate(claim_qs)}
    checks.sort(key=lambda c: order.get(c.claim_text, 0))
    return checks


def judge_version(claim: Claim, version: SourceVersion) -> Judgement:
    core = claim_core(claim)
    cands = score_candidates(claim, version, K)
    where = f"{version.key}"
    found = bool(cands) and (
        cands[0][1] >= FOUND_RECALL
        # one clause of a longer claim is stated: judged below (at best partly supported)
        or max(_best_clause_recall(core, c[2]) for c in cands[:3]) >= CLAUSE_RECALL
    )
    if not found:
        best = f" (best match {cands[0][0]:.0f}/100)" if cands else ""
        return Judgement(VerdictLabel.NOT_FOUND, cands[0][0] if cands else 0.0, cands[0][1] if cands else 0.0,
                         f"no passage of {where} states this{best}")
    top = cands[0][0]
    options = []
    for score, recall, text, passage in cands:
        if score < top - TIE_MARGIN:
            break
        checks = check_numbers(claim, core, text)
        agree = sum(c.agrees for c in checks)
        conflicts = sum(not c.agrees and c.source_text is not None for c in checks)
        options.append((agree, -conflicts, score, recall, text, passage, checks))
    options.sort(key=lambda o: (o[0], o[1], o[2]), reverse=True)
    agree, _, score, recall, text, passage, checks = options[0]
    runners = [(c[0], c[3]) for c in cands if c[3] is not passage][:3]
    loc = f"{where} {passage.location}"
    wrong = [c for c in checks if not c.agrees and c.source_text is not None]
    absent = [c for c in checks if not c.agrees and c.source_text is None]

    if wrong and recall >= NEGATION_RECALL:
        said = "; ".join(f"claim says {c.claim_text}, source states {c.source_text}" for c in wrong)
        return Judgement(VerdictLabel.CONTRADICTED, score, recall, f"{said} ({loc})", passage, checks, runners)
    flip = negation_flip(core, text) if recall >= NEGATION_RECALL else None
    if flip is not None:
        which = "the claim negates what the source states" if flip else "the source negates what the claim states"
        return Judgement(VerdictLabel.CONTRADICTED, score, recall, f"{which} ({loc})", passage, checks, runners)
    if absent or wrong:
        missing = ", ".join(c.claim_text for c in absent + wrong)
        return Judgement(VerdictLabel.PARTLY_SUPPORTED, score, recall,
                         f"the words match {loc}, but not the number(s) {missing}", passage, checks, runners)
    if recall >= SUPPORT_RECALL:
        return Judgement(VerdictLabel.SUPPORTED, score, recall, f"stated in {loc}", passage, checks, runners)
    return Judgement(VerdictLabel.PARTLY_SUPPORTED, score, recall,
                     f"only part of the claim ({recall:.0%} of its content words) is in {loc}", passage, checks, runners)


def _deciding_version(source: Source) -> tuple[SourceVersion | None, str]:
    readable = [v for v in source.versions if v.error is None and v.passages]
    if not readable:
        return None, ""
    cited = source.reference.version
    by_number = {v.version: v for v in readable}
    if cited is not None and cited in by_number:
        return by_number[cited], ""
    latest = max(readable, key=lambda v: v.version)
    note = f" (cited v{cited} could not be read; judged on v{latest.version})" if cited is not None else ""
    return latest, note


def _describe(label: VerdictLabel, j: Judgement) -> str:
    stated = [c.source_text for c in j.numbers if c.source_text is not None]
    if label is VerdictLabel.CONTRADICTED and stated:
        return f"states {', '.join(s for s in stated if s)}"
    return {
        VerdictLabel.SUPPORTED: "supports it",
        VerdictLabel.CONTRADICTED: "contradicts it",
        VerdictLabel.PARTLY_SUPPORTED: "partly supports it",
        VerdictLabel.NOT_FOUND: "does not state it",
    }[label]


def judge_claim(claim: Claim, sources: Sequence[Source]) -> Verdict:
    results = []  # (source, deciding version, judgement, per-version judgements, note)
    for source in sources:
        decider, note = _deciding_version(source)
        if decider is None:
            continue
        per = {v.key: judge_version(claim, v) for v in source.versions if v.error is None and v.passages}
        results.append((source, decider, per[decider.key], per, note))
    if not results:
        why = "; ".join(f"{s.reference.key}: {s.error or s.status.value}" for s in sources) or "the report cites no arXiv paper"
        return Verdict(claim.index, VerdictLabel.NOT_FOUND, f"no cited source could be read ({why})",
                       mark_agrees=_mark_agrees(claim.mark, VerdictLabel.NOT_FOUND))
    # The paper that states the claim best decides; between equally good matches, support wins.
    source, decider, j, per, note = max(results, key=lambda r: (round(r[2].recall, 2), _PRIORITY[r[2].label], r[2].score))
    drift = None
    others = {k: o for k, o in per.items() if k != decider.key and o.label is not j.label}
    if others:
        parts = [f"{j.label.value} by v{decider.version} ({_describe(j.label, j)})"]
        for key, o in sorted(others.items()):
            parts.append(f"v{key.rsplit('v', 1)[1]} {_describe(o.label, o)}")
        drift = "; ".join(parts)
    evidence = Evidence(decider.arxiv_id, decider.version, j.passage, round(j.score, 2)) if j.passage else None
    return Verdict(
        claim_index=claim.index,
        label=j.label,
        explanation=j.explanation + note,
        evidence=evidence,
        score=round(j.score, 2),
        numbers=j.numbers,
        per_version={k: o.label for k, o in sorted(per.items())},
        drift=drift,
        candidates=[Evidence(decider.arxiv_id, decider.version, p, round(s, 2)) for s, p in j.runners_up],
        mark_agrees=_mark_agrees(claim.mark, j.label),
    )


def _mark_agrees(mark: Mark, label: VerdictLabel) -> bool | None:
    if mark is Mark.UNKNOWN:
        return None
    return (mark is Mark.VERIFIED) == (label is VerdictLabel.SUPPORTED)


def judge_claims(claims: Sequence[Claim], sources: Sequence[Source]) -> list[Verdict]:
    """One verdict per claim, in claim order (see the module docstring for the rules)."""
    return [judge_claim(c, sources) for c in claims]
