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
report, claim index, mark and confidence, and ``details["group"]`` identifies the group.
Each report's audit shows a group through :class:`GroupView`: its own entries and at most
:data:`OTHERS_SHOWN` of the others, those that disagree with its mark first, plus how many
more there are. One claim repeated by N reports would otherwise put an N-entry group in each
of the N audits: a night's output grew with the square of its reports.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from rapidfuzz import fuzz, process

from claimcheck.model import CUT_OFF, Claim, Finding, Mark, Report, Severity

CROSS_SIMILARITY = 95.0
# Share of one claim's content words found in the other for a paraphrase/merge match; at
# 0.8 "The study uses the pretrained XLM-R Large model ..." matches "We use the pretrained
# XLM-R Large model ...", while claims that only share a topic stay well below.
COVER_SHARE = 0.8
MIN_CONTENT_WORDS = 4
# Entries of other reports that one report's audit lists of a group, most relevant first;
# the rest are counted, and the whole group is in the run's findings.
OTHERS_SHOWN = 10
# A group's message names its claims up to this many; a larger one is summed up by counts,
# so that the one message every audit of the group repeats stays one line.
NAMES_IN_MESSAGE = 10

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


def group_id(relation: str, entries: Sequence[dict[str, object]]) -> str:
    """A short name for a group, the same in every audit that shows it and in the run's
    findings: made from its members, so that it does not depend on the order of the run."""
    members = sorted({(str(e.get("report")), str(e.get("claim"))) for e in entries})
    text = json.dumps([relation, members], ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


def _where(reports: Sequence[Report], members: Sequence[tuple[int, Claim]]) -> str:
    """The group's claims by name when there are few; else how many reports and claims
    (with the marks' counts), the list being in the run's findings."""
    if len(members) <= NAMES_IN_MESSAGE:
        return f"across reports ({', '.join(_name(reports[ri], c) for ri, c in members)})"
    marks = [c.mark for _, c in members]
    counts = ", ".join(
        f"{marks.count(m)} {symbol}" for m, symbol in ((Mark.VERIFIED, "✓"), (Mark.REJECTED, "×"), (Mark.UNKNOWN, "unmarked"))
        if m in marks
    )
    return f"across {len({ri for ri, _ in members})} reports ({len(members)} claims: {counts})"


def _confidences(confs: set[float]) -> str:
    """Every confidence when there are few; else their range (a group's message stays short)."""
    shown = sorted({f"{c:.2f}" for c in confs}, key=float)
    return ", ".join(shown) if len(shown) <= 6 else f"from {shown[0]} to {shown[-1]}"


def _near_identical(texts: Sequence[str], focus: int | None = None) -> set[tuple[int, int]]:
    """Pairs (i < j) of texts at token-sort similarity ≥ CROSS_SIMILARITY; with ``focus``,
    only the pairs that involve one of the first ``focus`` texts.

    Tokens are sorted once here so that the C-level ``process.extract`` can compare with the
    plain ratio; ``process.cdist`` would do the same in one call but needs numpy, which the
    audit half does not depend on. :func:`_same_groups` links the same pairs per distinct
    wording instead; this pair list is the definition its tests and benchmark compare with.
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


def _link_across(a_side: Sequence[int], b_side: Sequence[int], report_of: Sequence[int], union: Callable[[int, int], None]) -> None:
    """Join every item of ``a_side`` with every item of ``b_side`` from another report, with
    O(|A| + |B|) unions that connect exactly what those |A|·|B| pairs would.

    The same claim repeated by N reports links N² pairs; the groups only need who ends up
    with whom. With a0 the first of A and c0 its report: a0 takes every B item of another
    report; an A item of report c0 has only those as partners, so one of them suffices; an A
    item of another report takes the first B item of report c0 (all of which are joined with
    the first such A item) and one B item of neither report, which is already with a0.
    Every union is one of the pairs, so nothing is joined that the pairs would not join.
    """
    if not a_side or not b_side:
        return
    c0 = report_of[a_side[0]]
    others = [b for b in b_side if report_of[b] != c0]
    same = [b for b in b_side if report_of[b] == c0]
    for b in others:
        union(a_side[0], b)
    # Two B items of different reports: at least one is from another report than any A item.
    pick = others[:1] + [b for b in others if report_of[b] != report_of[others[0]]][:1]
    first_other = next((a for a in a_side if report_of[a] != c0), None)
    for a in a_side:
        if report_of[a] == c0:
            if others:
                union(a, others[0])
            continue
        if same:
            union(a, same[0])
        partner = next((b for b in pick if report_of[b] != report_of[a]), None)
        if partner is not None:
            union(a, partner)
    if first_other is not None:
        for b in same:
            union(b, first_other)


def _same_groups(items: list[tuple[int, Claim]], focus: int) -> list[list[int]]:
    """Groups of the same claim across reports, linked only through pairs that involve one
    of the first ``focus`` items (the reports under audit; the rest are known ones).

    Near-identical texts are compared once per distinct wording (the pairs of
    :func:`_near_identical`, by its scorer), and the items of two similar wordings joined by
    :func:`_link_across`: reports from one generator repeat claims verbatim, and every copy
    compared with every other made a night grow with the square of its reports.
    """
    parent = list(range(len(items)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(i: int, j: int) -> None:
        parent[find(i)] = find(j)

    texts = [c.text for _, c in items]
    report_of = [ri for ri, _ in items]
    members: dict[str, list[int]] = {}
    for i, text in enumerate(texts):
        members.setdefault(" ".join(sorted(text.lower().split())), []).append(i)
    keys = list(members)
    for key in keys:
        in_focus = [i for i in members[key] if i < focus]
        if not in_focus:
            continue  # its pairs with audited items are found from their side (ratio is symmetric)
        for _, _, k in process.extract(key, keys, scorer=fuzz.ratio, score_cutoff=CROSS_SIMILARITY, limit=None):
            _link_across(in_focus, members[keys[k]], report_of, union)
    for i, j in _cut_prefix_pairs(texts, [c.truncated for _, c in items], focus):
        if report_of[i] != report_of[j]:
            union(i, j)
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
        if len(marks) < 2 and len(confs) < 2:
            continue
        where = _where(reports, members)
        details: dict[str, object] = {
            "relation": "same", "claim": longest, "group": group_id("same", entries), "reports": entries,
        }
        if len(marks) > 1:
            findings.append(Finding(
                "cross-report.mark", Severity.ERROR,
                f"the same claim is marked both ✓ and × {where}: {_quoted(longest_claim)}",
                None, details=details))
        else:
            findings.append(Finding(
                "cross-report.confidence", Severity.INFO,
                f"the same claim carries confidences {_confidences(confs)} {where}",
                None, details=details))

    # Paraphrases and merges with opposite marks. One finding per (narrow claim, mark seen
    # elsewhere), so five copies of a report do not produce twenty-five findings.
    reported: set[tuple[int, str]] = set()
    for i, j in _cover_pairs(items, focus, group_of):
        (ri, ci), (rj, cj) = items[i], items[j]
        key = (group_of.get(i, -1 - i), cj.mark.value)
        if key in reported:
            continue
        reported.add(key)
        findings.append(covers_finding(reports[ri], ci, reports[rj], cj))
    return findings


def covers_finding(report_a: Report, a: Claim, report_b: Report, b: Claim) -> Finding:
    """Claim ``a`` says what ``b`` says (or more), and the two reports mark them differently."""
    entries = [_entry(report_a, a), _entry(report_b, b)]
    return Finding(
        "cross-report.mark", Severity.ERROR,
        f"{_name(report_a, a)} is marked {'✓' if a.mark is Mark.VERIFIED else '×'} but "
        f"{_name(report_b, b)}, which says the same, is marked {'✓' if b.mark is Mark.VERIFIED else '×'}: "
        f"{_quoted(a)}",
        None,
        details={"relation": "covers", "claim": a.text, "group": group_id("covers", entries), "reports": entries})


def _min_shared(words: int) -> int:
    """The fewest of a claim's ``words`` content words another must hold to cover it (the
    same float test as :func:`covers`)."""
    return next(k for k in range(words + 1) if k / words >= COVER_SHARE)


class _Contents:
    """Claims by distinct content, and which contents cover which: computed once per pair
    of distinct contents found through the words they share, not once per pair of claims.

    A content with w words is covered only by one holding at least ``_min_shared(w)`` of
    them, so by one holding at least one of any ``w - _min_shared(w) + 1`` of them: the
    candidates are the contents holding one of its rarest words, each then checked with
    :func:`covers`.
    """

    def __init__(self, items: Sequence[tuple[int, Claim]], focus: int) -> None:
        ids: dict[tuple[frozenset[str], frozenset[str]], int] = {}
        self.feats: list[tuple[set[str], set[str]]] = []
        self.of: list[int] = []  # content id per item
        for _, claim in items:
            feats = content(claim)
            cid = ids.setdefault((frozenset(feats[0]), frozenset(feats[1])), len(ids))
            if cid == len(self.feats):
                self.feats.append(feats)
            self.of.append(cid)
        in_focus = {self.of[i] for i in range(focus)}
        # Two pools: an audited claim is compared with every claim, a known one only with
        # the audited ones (two known reports are never compared).
        self._index: dict[bool, dict[str, list[int]]] = {True: {}, False: {}}
        for cid, (words, _) in enumerate(self.feats):
            for w in words:
                self._index[True].setdefault(w, []).append(cid)
                if cid in in_focus:
                    self._index[False].setdefault(w, []).append(cid)
        self._covering: dict[tuple[int, bool], list[int]] = {}

    def covering(self, cid: int, everything: bool) -> list[int]:
        """Contents that cover content ``cid``, among all (``everything``) or the audited."""
        hit = self._covering.get((cid, everything))
        if hit is not None:
            return hit
        words, _ = self.feats[cid]
        found: list[int] = []
        if len(words) >= MIN_CONTENT_WORDS:
            index = self._index[everything]
            rarest = sorted(words, key=lambda w: (len(index.get(w, ())), w))[: len(words) - _min_shared(len(words)) + 1]
            candidates = sorted({other for w in rarest for other in index.get(w, ())})
            found = [other for other in candidates if covers(self.feats[cid], self.feats[other])]
        self._covering[(cid, everything)] = found
        return found


def _cover_pairs(items: Sequence[tuple[int, Claim]], focus: int, group_of: dict[int, int]) -> list[tuple[int, int]]:
    """(i, j): claim i is covered by claim j, of another report and another same-claim group
    and with the other mark, i or j under audit (among the first ``focus`` items). For each
    i and each mark, only the first such j in item order, in the order of j: the one finding
    per (i's group, mark) that :func:`check_across` keeps is the first of these.

    The candidates j of one content and mark are kept in item order, with the place where
    each run of one group ends, so that the claims of i's own group are passed over in one
    step: the same claim repeated by every report made the scan grow with the square of
    the reports."""
    contents = _Contents(items, focus)
    report_of = [ri for ri, _ in items]
    lists: dict[tuple[int, Mark], list[int]] = {}
    for j, (_, claim) in enumerate(items):
        if claim.mark is not Mark.UNKNOWN:
            lists.setdefault((contents.of[j], claim.mark), []).append(j)
    run_end: dict[tuple[int, Mark], list[int]] = {}
    for key, members in lists.items():
        ends = [0] * len(members)
        for p in range(len(members) - 1, -1, -1):
            group = group_of.get(members[p])
            same_next = p + 1 < len(members) and group is not None and group_of.get(members[p + 1]) == group
            ends[p] = ends[p + 1] if same_next else p + 1
        run_end[key] = ends

    def first(i: int, key: tuple[int, Mark]) -> int | None:
        members, ends = lists[key], run_end[key]
        group, report = group_of.get(i), report_of[i]
        p = 0
        while p < len(members):
            j = members[p]
            if i >= focus and j >= focus:
                return None  # two known claims are never compared; the rest come later still
            if group is not None and group_of.get(j) == group:
                p = ends[p]
            elif report_of[j] == report:
                p += 1
            else:
                return j
        return None

    pairs: list[tuple[int, int]] = []
    marks = [m for m in Mark if m is not Mark.UNKNOWN]
    for i, (_, claim) in enumerate(items):
        if claim.mark is Mark.UNKNOWN:
            continue
        found: list[int] = []
        for mark in marks:
            if mark is claim.mark:
                continue
            partners = [
                partner for other in contents.covering(contents.of[i], i < focus)
                if (other, mark) in lists and (partner := first(i, (other, mark))) is not None
            ]
            if partners:
                found.append(min(partners))
        pairs.extend((i, j) for j in sorted(found))
    return pairs


class GroupView:
    """A run-level cross-report finding as each of its reports' audits shows it: that
    report's own entries, then at most ``shown`` entries of other reports, those that
    disagree with its own (another mark; for a confidence group, another confidence) first,
    and ``details["more"]``: how many reports and entries are left out (the whole group is
    the run-level finding, in the run's index and the nightly digest).

    Made once per finding, then asked once per report: the entries are split by report
    and by the value they are compared on here, so that one view costs its own entries and
    ``shown``, not the size of the group (which made the views grow with its square).
    """

    def __init__(self, finding: Finding, shown: int = OTHERS_SHOWN) -> None:
        self.finding = finding
        self.shown = shown
        raw = finding.details.get("reports", [])
        self.entries: list[dict[str, object]] = [e for e in raw if isinstance(e, dict)] if isinstance(raw, (list, tuple)) else []
        # Compared on the mark, except in a confidence group, where every mark agrees.
        self.field = "confidence" if finding.code == "cross-report.confidence" else "mark"
        self.by_report: dict[str, list[int]] = {}
        self.by_value: dict[object, list[int]] = {}
        for k, e in enumerate(self.entries):
            self.by_report.setdefault(str(e.get("report")), []).append(k)
            self.by_value.setdefault(self._value(e), []).append(k)

    def _value(self, entry: dict[str, object]) -> object:
        """What an entry is compared on; None when it has none (unmarked, no confidence)."""
        value = entry.get(self.field)
        return None if value in (None, Mark.UNKNOWN.value) else value

    @property
    def reports(self) -> list[str]:
        return list(self.by_report)

    def _others(self, path: str) -> list[int]:
        """Up to ``shown`` entries of other reports, most relevant first."""
        own = set(self.by_report.get(path, ()))
        own_values = {self._value(self.entries[k]) for k in own} - {None}
        picked: list[int] = []
        taken: set[int] = set()
        # Disagreeing first: every entry with a value of its own that this report does not
        # have. Values are visited in the order they first appear; one this report holds is
        # skipped whole, so the visit stops after ``shown`` entries and its own values.
        if own_values:
            for value, members in self.by_value.items():
                if value is None or value in own_values:
                    continue
                for k in members:
                    if len(picked) == self.shown:
                        break
                    picked.append(k)
                    taken.add(k)
                if len(picked) == self.shown:
                    break
        # Then the rest in the group's order; what is skipped here is this report's own
        # entries and those already picked, so this also stops after a bounded walk.
        for k in range(len(self.entries)):
            if len(picked) >= self.shown:
                break
            if k not in own and k not in taken:
                picked.append(k)
        return picked

    def seen_from(self, path: str) -> Finding:
        own = self.by_report.get(path, [])
        claims = sorted({int(c) for k in own if isinstance(c := self.entries[k].get("claim"), int)})
        others = self._others(path)
        listed_reports = {str(self.entries[k].get("report")) for k in others}
        details = {
            **self.finding.details,
            "reports": [self.entries[k] for k in own] + [self.entries[k] for k in others],
            # Reports none of whose entries is listed, and the entries left out in all.
            "more": {
                "reports": len(self.by_report) - len(listed_reports) - (1 if own else 0),
                "entries": len(self.entries) - len(own) - len(others),
            },
        }
        return replace(self.finding, report=path, claims=claims, details=details)
