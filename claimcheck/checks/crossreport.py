"""Findings across the reports of one run: the same claim marked differently.

Reports from one generator repeat claims verbatim, cut off at different lengths,
paraphrased ("The study uses ..." for "We use ..."), or merged ("TyDiQA improves, whereas
XNLI does not ..." contains "XNLI does not ..."). A claim that is ✓ in one report and × in
another cannot be right twice. Two relations are used:

* **same**: fuzzy-equal text, a cut-off claim being a prefix of the full one; groups of
  these that disagree in mark or confidence are reported;
* **covers**: nearly all content words and every number of one claim occur in the other
  (paraphrase or merge); pairs of these with different marks are reported.

Findings are run-level (``Finding.report`` is None); ``details["reports"]`` names every
report, claim index, mark and confidence, so each report's audit can show its groups.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from rapidfuzz import fuzz, process

from claimcheck.model import CUT_OFF, Claim, Finding, Mark, Report, Severity

CROSS_SIMILARITY = 95.0
# Share of one claim's content words found in the other for a paraphrase/merge match; at
# 0.8 "The study uses the pretrained XLM-R Large model ..." matches "We use the pretrained
# XLM-R Large model ...", while claims that only share a topic stay well below.
COVER_SHARE = 0.8
MIN_CONTENT_WORDS = 4

_STOP = set(
    """a an the of on in for to and or by as at with from into via is are be been was were do does did
    has have had this that these those it its their our we us they them study paper authors work report
    which who whose when where while whereas also than then there here all each any some such
    i ii iii iv""".split()
)
_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|[a-z]+")


def _stem(w: str) -> str:
    for suffix in ("ing", "ed", "es", "s"):
        if len(w) > len(suffix) + 3 and w.endswith(suffix):
            return w[: -len(suffix)]
    return w


def content(claim: Claim) -> tuple[set[str], set[str]]:
    """Content-word stems and numbers of the part of the claim that exists."""
    text = claim.text.lower()
    if claim.truncated and " " in text:
        text = text.rsplit(" ", 1)[0]
    tokens = _TOKEN.findall(text)
    numbers = {t.replace(",", "") for t in tokens if t[0].isdigit()}
    words = {_stem(t) for t in tokens if not t[0].isdigit() and t not in _STOP}
    return words, numbers


def covers(a: tuple[set[str], set[str]], b: tuple[set[str], set[str]]) -> bool:
    """Claim ``a`` is said by claim ``b``: its numbers all there, nearly all its words."""
    words_a, nums_a = a
    words_b, nums_b = b
    if len(words_a) < MIN_CONTENT_WORDS or not nums_a <= nums_b:
        return False
    return len(words_a & words_b) / len(words_a) >= COVER_SHARE


def _entry(report: Report, claim: Claim) -> dict[str, object]:
    return {"report": report.path, "claim": claim.index, "mark": claim.mark.value, "confidence": claim.confidence}


def _name(report: Report, claim: Claim) -> str:
    return f"{report.path.rsplit('/', 1)[-1]}#{claim.index}"


def _near_identical(texts: Sequence[str], focus: int | None = None) -> set[tuple[int, int]]:
    """Pairs (i < j) of texts at token-sort similarity ≥ CROSS_SIMILARITY; with ``focus``,
    only the pairs that involve one of the first ``focus`` texts.

    Tokens are sorted once here so that the C-level ``process.extract`` can compare with the
    plain ratio; ``process.cdist`` would do the same in one call but needs numpy, which the
    audit half does not depend on.
    """
    keys = [" ".join(sorted(t.lower().split())) for t in texts]
    pairs: set[tuple[int, int]] = set()
    for i in range(len(keys) if focus is None else focus):
        for _, _, j in process.extract(keys[i], keys, scorer=fuzz.ratio, score_cutoff=CROSS_SIMILARITY, limit=None):
            if j != i:
                pairs.add((min(i, j), max(i, j)))
    return pairs


def _cut_prefix_pairs(texts: Sequence[str], cut: Sequence[bool], focus: int) -> set[tuple[int, int]]:
    """Pairs (i < j), one of them below ``focus``, where a cut-off claim is a prefix of the
    other: ``same_claim``'s prefix rule, with the comparisons done by ``process.extract`` in
    C instead of one Python call per pair (which took 24 s for 100 reports)."""
    norm = [" ".join(t.lower().split()) for t in texts]
    pairs: set[tuple[int, int]] = set()
    for s, text in enumerate(norm):
        if not cut[s]:
            continue
        head = text.rsplit(" ", 1)[0]  # the partial last word says nothing
        if len(head) < 30:
            continue
        # The rule applies where the cut claim is the shorter one; of two as long, same_claim
        # takes its first argument (here the lower index) as the shorter.
        partners = [
            o for o, other in enumerate(norm)
            if o != s and (s < focus or o < focus)
            and (len(other) > len(text) or (len(other) == len(text) and o > s))
        ]
        prefixes = [norm[o][: len(head)] for o in partners]
        for _, _, k in process.extract(head, prefixes, scorer=fuzz.ratio, score_cutoff=CROSS_SIMILARITY, limit=None):
            pairs.add((min(s, partners[k]), max(s, partners[k])))
    return pairs


def _quoted(claim: Claim) -> str:
    """The claim whole, in quotes; a claim the report itself cut off says so, so that it is
    never mistaken for a quote we shortened."""
    text = " ".join(claim.text.split())
    return f"\"{text}\"" + (f" ({CUT_OFF} in the report)" if claim.truncated else "")


def _same_groups(items: list[tuple[int, Claim]], focus: int) -> list[list[int]]:
    """Groups of the same claim across reports, linked only through pairs that involve one
    of the first ``focus`` items (the reports under audit; the rest are known ones)."""
    parent = list(range(len(items)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    texts = [c.text for _, c in items]
    linked = _near_identical(texts, focus) | _cut_prefix_pairs(texts, [c.truncated for _, c in items], focus)
    for i, j in sorted(linked):  # every pair involves a focus item (i < j, i < focus)
        if items[i][0] != items[j][0]:
            parent[find(i)] = find(j)
    groups: dict[int, list[int]] = {}
    for i in range(len(items)):
        groups.setdefault(find(i), []).append(i)
    return [g for g in groups.values() if len({items[k][0] for k in g}) > 1]


def check_across(audited: Sequence[Report], known: Sequence[Report] = ()) -> list[Finding]:
    """Findings across ``audited`` and between them and ``known`` (reports audited before,
    e.g. a nightly job's history): pairs of two known reports are never compared, so the
    cost grows with the known claims times the audited ones, not with the known squared."""
    reports = [*audited, *known]
    if len(reports) < 2 or not audited:
        return []
    items = [(ri, c) for ri, r in enumerate(reports) for c in r.claims]
    focus = sum(len(r.claims) for r in audited)  # items of the audited reports come first
    findings: list[Finding] = []
    group_of: dict[int, int] = {}
    for gi, group in enumerate(_same_groups(items, focus)):
        for k in group:
            group_of[k] = gi
        members = [items[k] for k in group]
        entries = [_entry(reports[ri], c) for ri, c in members]
        longest_claim = max((c for _, c in members), key=lambda c: len(c.text))
        longest = longest_claim.text
        marks = {c.mark for _, c in members if c.mark is not Mark.UNKNOWN}
        confs = {c.confidence for _, c in members if c.confidence is not None}
        where = ", ".join(_name(reports[ri], c) for ri, c in members)
        if len(marks) > 1:
            findings.append(Finding(
                "cross-report.mark", Severity.ERROR,
                f"the same claim is marked both ✓ and × across reports ({where}): {_quoted(longest_claim)}",
                None, details={"relation": "same", "claim": longest, "reports": entries}))
        elif len(confs) > 1:
            findings.append(Finding(
                "cross-report.confidence", Severity.INFO,
                f"the same claim carries confidences {', '.join(f'{c:.2f}' for c in sorted(confs))} across reports ({where})",
                None, details={"relation": "same", "claim": longest, "reports": entries}))

    # Paraphrases and merges with opposite marks. One finding per (narrow claim, mark seen
    # elsewhere), so five copies of a report do not produce twenty-five findings.
    feats = [content(c) for _, c in items]
    reported: set[tuple[int, str]] = set()
    for i, (ri, ci) in enumerate(items):
        if ci.mark is Mark.UNKNOWN:
            continue
        for j in range(len(items)) if i < focus else range(focus):
            rj, cj = items[j]
            if ri == rj or cj.mark is Mark.UNKNOWN or cj.mark is ci.mark:
                continue
            if i in group_of and group_of.get(i) == group_of.get(j):
                continue  # already reported as the same claim
            if not covers(feats[i], feats[j]):
                continue
            key = (group_of.get(i, -1 - i), cj.mark.value)
            if key in reported:
                continue
            reported.add(key)
            findings.append(Finding(
                "cross-report.mark", Severity.ERROR,
                f"{_name(reports[ri], ci)} is marked {'✓' if ci.mark is Mark.VERIFIED else '×'} but "
                f"{_name(reports[rj], cj)}, which says the same, is marked {'✓' if cj.mark is Mark.VERIFIED else '×'}: "
                f"{_quoted(ci)}",
                None,
                details={"relation": "covers", "claim": ci.text, "reports": [_entry(reports[ri], ci), _entry(reports[rj], cj)]}))
    return findings
