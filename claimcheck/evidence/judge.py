"""The verdict rules: words, numbers, tables, polarity, versions.

For one claim and one version of a cited paper, judged on that version's text alone:

1. retrieve the best candidates (``retrieve.py``: sentences, windows of adjacent sentences
   of one paragraph, table rows); below ``FOUND_RECALL`` (and no clause of the claim
   stated as well as ``CLAUSE_RECALL``) and no table cell named → *not found*;
2. among candidates within ``TIE_MARGIN`` of the best, take the one whose numbers agree
   with most of the claim's numbers;
3. a claim that names a row and a column of a table is decided by that cell, or by a
   difference, mean or maximum computed from the cells (``tables.py``) — unless a prose
   passage states every number of the claim;
4. a claim number with a different number for the same thing in the passage (the same
   noun counted, the same label, or shared words next to both; never two changes of
   different measures, never a table cell under another column) → *contradicted*, naming
   both;
5. polarity (``polarity.py``, opposites by sense in ``lexicon.py``): an antonym pointing
   the other way ("increases variance" / "reduced variance", "unnecessary" / "crucial"),
   a negation in one but not the other, a universal claim ("always", "consistently")
   where the source says "often"/"some", or a restricted one ("only some") where it says
   "all" → *contradicted*;
6. numbers not stated at all, a named entity of the claim that the passage does not
   mention ("for A and B" / "for A and C"), a member of a coordinated set the deciding
   sentence replaces (``conjuncts.py``), or a part of the claim (clause, relative clause,
   means) of which the passage holds under ``PART_RECALL`` → *partly supported*, naming
   what is missing; reworded words alone are no missing part;
7. otherwise, with content-word recall ≥ ``SUPPORT_RECALL`` (less when every number
   agrees, and every part is half there) → *supported*.
Numbers are bound to what they are about — the noun they count, the words next to them,
the name their phrase ends with (``quantities.attached_number``), a table's column — so a
number the passage states for another thing never supports the claim's.

An optional entailment model (``nli.py``) may then move a word-only verdict (never a
number's or a table's).

Across versions: the version the report cites decides (the latest readable one when it
cites none or cites one we could not read); every other version is judged too, on its own
text, and any disagreement becomes a drift note ("contradicted by v2 (states 2.9); v1
states 3.2"). Across papers: the paper with the best-matching passage decides.

``mark_agrees``: a ✓ agrees with *supported* only; a × agrees with every other verdict
(the claim is not verified by its source); no mark → None.

Thresholds were set on the tuning halves of ``data/calibration`` and ``data/realclaims``
(see ``benchmarks/calibrate_verdicts.py``).
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import TYPE_CHECKING

from rapidfuzz import fuzz

from claimcheck.evidence.conjuncts import missing_conjuncts, spelled_out
from claimcheck.evidence.lexicon import FOLD_ONLY
from claimcheck.evidence.memo import once_per_version
from claimcheck.evidence.polarity import NEGATION_CUE, Polarity, occurrences, polarity, prefix_opposed
from claimcheck.evidence.quantities import (
    METRIC_GAP,
    attached_number,
    changed_span,
    directions_clash,
    extract_quantities,
    factor_of,
    factors_agree,
    is_relative,
    list_pairs,
    prefix_agrees,
    quantities_agree,
    relative_changes,
    same_thing,
)
from claimcheck.evidence.retrieve import claim_core, join_prefixes, score_candidates, stem, stems
from claimcheck.evidence.scope import evidence_version
from claimcheck.evidence.tables import (
    LANGUAGES,
    header_score,
    TableDecision,
    is_difference,
    name_spans,
    outside,
    rounded_agree,
    table_decisions,
)
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

if TYPE_CHECKING:
    from claimcheck.evidence.nli import EntailmentJudge

FOUND_RECALL = 0.55  # weighted content-word recall below which nothing in the paper states the claim
SUPPORT_RECALL = 0.65  # share of the claim's content words the passage must contain
NEGATION_RECALL = 0.6  # words must match this well before a negation flip counts
TIE_MARGIN = 10.0
CLAUSE_RECALL = 0.8  # a clause of the claim this well stated makes the claim at least 'found'
CLAUSE_SHARE = 0.45  # ... when the passage also holds this share of the whole claim
NUMBER_FOUND_RECALL = 0.4  # a passage stating every number of the claim is found at this recall
NUMBER_SUPPORT_RECALL = 0.5  # ... and supports it at this one
PART_RECALL = 0.5  # a part of the claim with fewer of its content words in the passage is not stated
WORDS_ONLY_MARGIN = 0.25  # a partly supported on shared words alone needs this much more share to outweigh a decision
SUBJECT_SHARE = 0.08  # an entity in this share of a paper's passages is its subject, elided freely
K = 8

_NEGATION = re.compile(
    r"\b(?:not|never|neither|nor|cannot|fails? to|failed to|unable to|no longer|none of|without|rather than|instead of|"
    r"as opposed to|in place of|in lieu of|(?:an )?alternatives? to|hardly|barely|scarcely)\b|n't\b",
    re.I,
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
    computed: str | None = None
    decided_by_numbers: bool = False  # a number or a table cell decided: a model may not move it
    text: str = ""  # the candidate text judged (a window may be longer than the quoted passage)


def negated(text: str) -> bool:
    return bool(_NEGATION.search(text))


_CLAUSE = re.compile(r"(?<!\d),|,(?!\d)|[;:()!?]|\.(?=\s|$)|\b(?:and|but|whereas|while|although|though|which)\b", re.I)
# Finer parts for telling which part of a claim a passage states: also relative clauses and
# means ("a lite version of BERT | that overcomes memory limitations | by sharing
# parameters"). Not for negation, whose scope runs on into a "that" clause ("we cannot
# conclude that ...").
_PART = re.compile(_CLAUSE.pattern + r"|\b(?:that|whose|who|where)\b|\bby (?=\w+ing\b)", re.I)


def _clause_texts(text: str, splitter: re.Pattern[str] = _CLAUSE) -> list[tuple[str, frozenset[str]]]:
    out = []
    for part in splitter.split(text):
        if part is None:
            continue
        words = stems(part)
        if words:
            out.append((part, words))
    return out


def _plain(words: frozenset[str]) -> frozenset[str]:
    """The words that say what a clause is about: not the senses that only say which way
    ("~direction", "~size"); a sense that names its topic ("~cost" of "cheaper",
    "~disclosure" of "public") stays, whichever way its word points."""
    return frozenset(w for w in words if not w.startswith("~") or w[1:] not in FOLD_ONLY)


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+(?=[A-Z(\[])", text) if s.strip()]


def _aligned(claim_text: str, source_text: str) -> list[tuple[str, list[str]]]:
    """Pairs (claim clause, the source clauses that say the same thing): a run of up to
    three adjacent clauses of one source sentence holding at least ``NEGATION_RECALL`` of
    the clause's non-polar words, as short as it can be."""
    runs: list[tuple[list[str], frozenset[str]]] = []
    for sent in _sentences(source_text):
        parts = [p for p in _CLAUSE.split(sent) if p and p.strip()]
        words = [_plain(stems(p)) for p in parts]
        for i in range(len(parts)):
            acc: frozenset[str] = frozenset()
            for j in range(i, min(i + 3, len(parts))):
                acc = acc | words[j]
                runs.append((parts[i : j + 1], acc))
    pairs = []
    everywhere = stems(source_text)
    for part, words_ in _clause_texts(claim_text):
        plain = _plain(words_)
        # A name the passage never uses is the report's name for what the passage calls
        # "we" or "our model": what the clause says of it is what counts.
        named = _plain(stems(" ".join(_entities(part)))) - everywhere
        if len(plain - named) >= 3:
            plain = plain - named
        if len(plain) < 2 or not runs:
            continue
        # between runs holding as much, the one with fewest other words says the same thing
        best = max(runs, key=lambda r: (len(plain & r[1]) / len(plain) - 0.05 * (len(r[0]) - 1), -len(r[1] - plain)))
        if len(plain & best[1]) / len(plain) >= NEGATION_RECALL:
            pairs.append((part, best[0]))
    return pairs


def _merged(clauses: list[str]) -> Polarity:
    ps = [polarity(c) for c in clauses]
    signs: dict[str, frozenset[int]] = {}
    for p in ps:
        for g, s in p.signs.items():
            signs[g] = signs.get(g, frozenset()) | s
    return Polarity(signs, any(p.negated for p in ps), any(p.bare_negation for p in ps),
                    any(p.universal for p in ps), any(p.partial for p in ps), frozenset().union(*(p.heads for p in ps)),
                    frozenset().union(*(p.scoped for p in ps)))


def _all_words(text: str) -> frozenset[str]:
    """Stems of every word, reporting verbs included ("fail to *observe*")."""
    return frozenset(stem(w) for w in re.findall(r"[a-z][a-z0-9+]*", join_prefixes(text.lower())) if len(w) > 2)


def negation_flip(claim_text: str, source_text: str) -> bool | None:
    """Whether a clause of the claim and the source clause that says the same thing
    disagree in negation ("XNLI does not see benefits" / "XNLI sees benefits"). Clause by
    clause, so "improves accuracy, and does not require data" negates nothing about the
    improvement. Returns which side negates (True: the claim) or None for no flip."""
    for part, src in _aligned(claim_text, source_text):
        pc, ps = polarity(part), _merged(src)
        # A cue before an antonym is weighed in polarity_clash ("does not hurt" = "helps");
        # a cue over a plain verb ("does not require", "do not persist") is weighed here —
        # when the other side states that verb: "instead of masking the input, it corrupts
        # ..." negates nothing of "corrupts the input".
        # What one side negates (the verb right after its cue) and the other states outside
        # any negation: "fail to observe" / "observe"; "a cause (not location)" / "a
        # location rather than a cause"; but "find no correlations" / "fail to observe
        # correlations" both negate.
        claim_words, source_words = _all_words(part), _all_words(" ".join(src))
        claim_heads, source_heads = _all_words(" ".join(pc.heads)), _all_words(" ".join(ps.heads))
        claim_scoped, source_scoped = _all_words(" ".join(pc.scoped)), _all_words(" ".join(ps.scoped))
        # A word a side also states outside any negation is no negated head of it: "training
        # yields gains ... without training" does not negate training.
        source_heads -= _unnegated_words(" ".join(src))
        claim_heads -= _unnegated_words(part)
        if (source_heads & claim_words) - claim_scoped:
            return False
        if (claim_heads & source_words) - source_scoped and not _names_unstated_thing(part, source_words):
            return True
    return None


_NOMINAL_NEGATION = re.compile(r"\b(?:no|without|none of)\s+([A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*)?)", re.I)


def _names_unstated_thing(part: str, source_words: frozenset[str]) -> bool:
    """A claim that denies a thing ("tasks that have *no training data*") negates nothing
    of a source that never names that thing, even if it uses one of its words ("gains from
    intermediate *training*")."""
    for m in _NOMINAL_NEGATION.finditer(part):
        phrase = frozenset(w for w in _all_words(m.group(1)) if _is_content(w))
        if phrase and not phrase <= source_words:
            return True
    return False


def _unnegated_words(text: str) -> frozenset[str]:
    """Stems of the words outside every negation's reach (a cue to its clause's end)."""
    kept, pos = [], 0
    for m in NEGATION_CUE.finditer(text):
        if m.start() < pos:
            continue
        kept.append(text[pos : m.start()])
        end = re.search(r"[,;:()]|\.\s", text[m.end() :])
        pos = m.end() + end.start() if end else len(text)
    kept.append(text[pos:])
    return _all_words(" ".join(kept))


WINDOW = 6  # words each side of a polar word that say what it is about


def _around(text: str, start: int, end: int, content: bool = False) -> frozenset[str]:
    """The words next to a polar word in its sentence; with ``content``, the content words
    next to it ("the code and model checkpoints used in this work are publicly available"
    is about the checkpoints, six words away)."""
    sent_start = max(text.rfind(". ", 0, start) + 1, 0)
    sent_end = text.find(". ", end)
    sent_end = len(text) if sent_end < 0 else sent_end
    words = re.findall(r"[A-Za-z][A-Za-z0-9\-]*", text[sent_start:start]), re.findall(r"[A-Za-z][A-Za-z0-9\-]*", text[end:sent_end])
    if content:
        words = [w for w in words[0] if _is_content(w)], [w for w in words[1] if _is_content(w)]
    return _plain(stems(" ".join(words[0][-WINDOW:] + words[1][:WINDOW])))


def _object(text: str, end: int, lists: bool) -> frozenset[str]:
    """The first content words right after a polar word, within its clause: what it is
    about ("reduces *training cost*", "fewer *parameters*"); with ``lists``, across the
    commas of a list ("release our data set, pre-trained models")."""
    stop = r"[;:()]|\.\s" if lists else r"[,;:()]|\.\s"
    clause = re.split(stop, text[end : end + 80], maxsplit=1)[0]
    words = [w for w in re.findall(r"[A-Za-z][A-Za-z0-9\-]*", clause) if _plain(stems(w))][: 4 if lists else 2]
    return _plain(stems(" ".join(words)))


def _different_objects(claim_text: str, ce: int, source_text: str, se: int) -> tuple[bool, bool]:
    """(about different things, about the same thing) for two polar words. A comparative
    ("easier than GLUE's") is about its subject, not the words after it."""
    if re.match(r"\s+than\b", claim_text[ce:]) or re.match(r"\s+than\b", source_text[se:]):
        return False, False
    near = (_object(claim_text, ce, False), _object(source_text, se, False))
    wide = (_object(claim_text, ce, True), _object(source_text, se, True))
    same = any(a and b and a & b for a, b in (near, wide))
    different = all(a and b and not a & b for a, b in (near, wide))
    return different, bool(same)


def _subject(text: str, start: int) -> frozenset[str]:
    """The content words before a polar word, back to its clause's start: what it says
    something of ("*plain fine-tuning* outperforms ...")."""
    before = re.split(r"[,;:()]|\.\s|\b(?:but|and|while|whereas|that|which)\b", text[max(0, start - 80) : start])[-1]
    return _plain(stems(" ".join(w for w in re.findall(r"[A-Za-z][A-Za-z0-9\-]*", before) if _is_content(w))))


# Words that relate two things (a subject and what it is compared with), where swapping the
# two makes another statement; an adjective ("private", "easier") says something of one.
_RELATION = re.compile(r"(?:out|under)perform\w*|beat\w*|exceed\w*|surpass\w*|trail\w*|lag\w*|improve\w*|"
                       r"(?:better|worse|stronger|weaker)")


def _swapped_roles(claim_text: str, cs: int, ce: int, source_text: str, ss: int, se: int) -> bool:
    """The claim's subject is what the source's polar word is about, more than the claim's
    object is, or the claim's object is the source's subject: "plain fine-tuning
    outperforms adapters" / "neither adapters nor prompts outperform plain fine-tuning"
    relate the two the other way round, so the source's negation denies another statement
    (a passive "… by X" keeps its roles)."""
    if re.match(r"\s*by\b", source_text[se:]) or not (
        _RELATION.fullmatch(claim_text[cs:ce].lower()) and _RELATION.fullmatch(source_text[ss:se].lower())
    ):
        return False
    subject = _subject(claim_text, cs)
    claim_object, source_object = _object(claim_text, ce, True), _object(source_text, se, True)
    source_subject = _subject(source_text, ss)
    return (len(subject & source_object) > len(claim_object & source_object)
            or len(claim_object & source_subject) > len(subject & source_subject))


def _opposite_occurrence(claim_text: str, source_text: str) -> str | None:
    """A polar word of the claim whose best counterpart in the source — the same antonym
    group about the same words — points the other way ("more parameters than BERT-large" /
    "fewer parameters compared to BERT-large"). The words about each are the nearest
    words, else the nearest content words (a long noun phrase sits far from its
    adjective). Not the content words of a table row, whose neighbours are other cells."""
    found = _opposite_within(claim_text, source_text, False)
    if found is None and not re.match(r"Table [^,]+, row ", source_text):
        found = _opposite_within(claim_text, source_text, True)
    return found


def _opposite_within(claim_text: str, source_text: str, content: bool) -> str | None:
    source = [(o, _around(source_text, o.start, o.end, content)) for o in occurrences(source_text)]
    for o in occurrences(claim_text):
        ctx = _around(claim_text, o.start, o.end, content)
        if not ctx:
            continue
        same = max((len(ctx & c) for s, c in source if s.group == o.group and s.sign == o.sign), default=0)
        opp = [(len(ctx & c), s) for s, c in source if s.group == o.group and s.sign != o.sign]
        if not opp:
            continue
        overlap, s = max(opp, key=lambda t: t[0])
        if _swapped_roles(claim_text, o.start, o.end, source_text, s.start, s.end):
            continue  # "A beats B" against "neither B nor C beats A": another relation, not its denial
        different, about_same = _different_objects(claim_text, o.end, source_text, s.end)
        # A word of a sense that names what it says ("expensive", "private", "crucial") that
        # the passage only ever says the other way of: "more expensive to pre-train" /
        # "small, fast, cheap and light" is about the same model, whatever follows.
        lone = o.group not in FOLD_ONLY and not any(x.group == o.group and x.sign == o.sign for x, _ in source)
        if different and not lone:
            continue  # "reduces training cost" and "improves accuracy" are about different things
        if overlap > same and (overlap >= min(2, len(ctx)) or ((about_same or lone) and overlap >= 1)):
            return f"“{claim_text[o.start:o.end]}” where the source says “{source_text[s.start:s.end]}”"
    return None


def _sentence_of(text: str, clause: str) -> str:
    """The sentence of ``text`` a clause was cut from (the whole text if none holds it)."""
    return next((sent for sent in _sentences(text) if clause.strip() and clause.strip() in sent), text)


def polarity_clash(claim_text: str, source_text: str) -> str | None:
    """Why the claim points the other way from the source, in words; None if it does not."""
    opposite = _opposite_occurrence(claim_text, source_text)
    if opposite is not None:
        return f"the source says the opposite: {opposite}"
    for part, src in _aligned(claim_text, source_text):
        pc, ps = polarity(part), _merged(src)
        joined = " ".join(src).strip()
        words = prefix_opposed(part, joined)
        # A sentence that names both ("our unsupervised and supervised models achieve 76.3%
        # and 81.6% respectively") opposes neither: its list was only split into clauses.
        if words is not None and prefix_opposed(part, _sentence_of(source_text, src[0] if src else joined)) is not None:
            return f"the source says the opposite ({words}): “{joined[:120]}”"
        if pc.universal and not ps.universal and ps.partial:
            return f"the claim generalises (“{part.strip()[:60]}”) where the source qualifies it: “{joined[:120]}”"
        if _RESTRICTED.search(part) and ps.universal and not ps.partial and not _RESTRICTED.search(joined):
            return f"the claim restricts (“{part.strip()[:60]}”) what the source says of all: “{joined[:120]}”"
    return None


# "only some", "only sometimes", "in only a few": says the rest do not — against "all", "always"
_RESTRICTED = re.compile(r"\bonly (?:some|sometimes|occasionally|rarely|a few|a handful|in (?:some|a few))\b|"
                         r"\bin only (?:some|a few)\b", re.I)


def _label_before(text: str, q: Quantity) -> frozenset[str]:
    """The word right before a number: its label in "TCS 77.5", "Uniform 71.6"."""
    words = re.findall(r"[A-Za-z][A-Za-z\-]*", text[max(0, q.start - 30) : q.start])
    return _plain(stems(words[-1])) if words else frozenset()


def _compatible(q: Quantity, s: Quantity) -> bool:
    """Whether two numbers could measure the same thing at all."""
    if not same_thing(q, s):
        return False
    if (q.noun and s.unit) or (s.noun and q.unit):
        return False  # "43% of cost" / "2,400 steps"
    if (q.unit == "x") != (s.unit == "x") and q.unit is not None and s.unit is not None:
        return False
    return True


def _conflict(q: Quantity, source: list[Quantity], used: set[int], claim_words: frozenset[str], text: str,
              claim_text: str) -> Quantity | None:
    """The source's number for the same thing as ``q``, when it states a different one."""
    # Two changes of different measures are different things, whatever else the sentences
    # share: "reduces training cost by 43%" / "improves accuracy by 8.0 points".
    q_changed = _changed(claim_text, q)
    free = [(i, s) for i, s in enumerate(source) if i not in used and _compatible(q, s)
            and not (q_changed and (s_changed := _changed(text, s)) and not q_changed & s_changed)]
    if not free:
        return None
    q_ctx = _near(claim_text, q)

    def affinity(s: Quantity) -> tuple[int, int, int, int]:
        # "lowers … by 5.4" against "an improvement of 5.4": the same size the other way
        flipped = directions_clash(q, s) and math.isclose(abs(q.value), abs(s.value), rel_tol=1e-6)
        counted = int((q.noun is not None and s.noun is not None) or flipped)
        labelled = int(bool(_label_before(text, s) & claim_words))
        same_unit = int(q.unit is not None and q.unit == s.unit)
        return counted, labelled, same_unit, len(q_ctx & _near(text, s))

    best_i, best = max(free, key=lambda t: affinity(t[1]))
    counted, labelled, _, overlap = affinity(best)
    magnitude_ok = (q.value == 0) or (best.value != 0 and 0.01 <= abs(best.value / q.value) <= 100)
    # The same thing: the same noun counted, the same label, or shared words around both
    # numbers. A shared unit alone ("43% of cost" / "45% of errors") is not enough.
    if (counted or labelled or overlap) and magnitude_ok:
        used.add(best_i)
        return best
    return None


def unstated_parts(claim_text: str, source_text: str) -> list[str]:
    """The parts of a claim (clauses, relative clauses, means: ``_PART``) of which the
    passage holds fewer than ``PART_RECALL`` of the content words. Why by part: a
    paraphrase changes words all over the claim and leaves every part half there, while a
    claim that adds a fact has one part that is not there at all."""
    have = stems(source_text)
    out = []
    for part, words in _clause_texts(claim_text, _PART):
        words = _plain(words)
        if len(words) >= 2 and len(words & have) / len(words) < PART_RECALL:
            out.append(part.strip())
    return out


def _best_clause_recall(claim_text: str, source_text: str, numberless: bool = False) -> float:
    """Recall of the claim's best-stated clause, for claims that add to what a paper says
    (``numberless``: among the clauses that state no number)."""
    have = stems(source_text)
    best = 0.0
    for part, words in _clause_texts(claim_text, _PART):
        words = _plain(words)
        if numberless and extract_quantities(part):
            continue
        if len(words) >= 3:
            best = max(best, len(words & have) / len(words))
    return best


_COMPARISON = re.compile(
    r"\b(?:beats?|exceeds?|surpass(?:es)?|outperforms?|over|than|above|below|behind|trails?|relative to|compared (?:to|with))\b", re.I)
_COMPARISON_AFTER = re.compile(
    r"\s*(?:%|points?|pts|pp|percentage points?)?\s*" + METRIC_GAP + r"(?:above|below|ahead of|behind|higher than|lower than|better than|worse than)\b", re.I)
_CLAUSE_END = re.compile(r"[,;:()]|\.(?:\s|$)|\b(?:and|but|while|whereas)\b")
_SUBJECT_SMALLER = re.compile(r"\b(?:below|behind|trails?|lower|worse|less|fewer)\b", re.I)


def _label_words(text: str, q: Quantity) -> frozenset[str]:
    """The words between the previous number (or the sentence start) and this one: what it
    is the number of ("a strong logistic regression model, which achieves an F1 of")."""
    before = re.split(r"\.\s|(?<![A-Za-z\d])\d(?:[\d.,]*\d)?%?", text[: q.start])[-1]
    return _plain(stems(" ".join(re.findall(r"[A-Za-z][A-Za-z0-9\-]*", before)[-12:])))


def _trailing_words(text: str, q: Quantity) -> frozenset[str]:
    """The words of a number's own phrase after it, up to a clause break or the next number:
    whose number it is in "compared with 71.9 for the monolingual baselines"."""
    after = re.split(r"[,;:()]|\.\s|\b(?:while|whereas|but|and)\b|(?<![A-Za-z\d])\d", text[q.end : q.end + 60])[0]
    return _plain(stems(" ".join(re.findall(r"[A-Za-z][A-Za-z0-9\-]*", after)[:6])))


def _difference_of(q: Quantity, core: str, source: list[Quantity], text: str) -> tuple[str, bool] | None:
    """Two numbers of the passage whose difference is the claim's difference, if any, and
    whether the claim has them the right way round ("the model beats humans by 35.8" when
    humans score 86.8 and the model 51.0 is the wrong way)."""
    if not is_difference(core, q) or q.noun is not None or not q.value:
        return None
    if any(s.direction and math.isclose(abs(s.value), abs(q.value), rel_tol=1e-6) for s in source):
        return None  # the passage states this difference itself ("by +3.6%"): judged as stated
    cut = _COMPARISON.search(core[: q.start])
    if cut is not None:
        subject_span, object_span, says_span = (0, cut.start()), (cut.end(), q.start), (cut.start(), q.end)
    else:
        # "X sits 18.2 points above the 65.5% of Y": the comparison follows the number
        cut = _COMPARISON_AFTER.match(core, q.end)
        if cut is None:
            return None  # "an improvement of 4.6%" compares nothing the passage names twice
        end = _CLAUSE_END.search(core, cut.end())
        subject_span, object_span, says_span = (0, q.start), (cut.end(), end.start() if end else len(core)), (q.start, cut.end())
    subject = _plain(stems(core[slice(*subject_span)]))
    obj = _plain(stems(core[slice(*object_span)]))
    # two numbers of one sentence, or of adjacent ones written alike ("51.0%" … "(86.8%)"):
    # a window's other sentences make pairs by chance
    breaks = [m.start() for m in _SENTENCE_BREAK.finditer(text)]

    def sentence(x: Quantity) -> int:
        return sum(1 for p in breaks if p < x.start)

    for a in source:
        for b in source:
            if a is b or a.noun or b.noun or (a.unit != b.unit and None not in (a.unit, b.unit)):
                continue
            if sentence(a) != sentence(b) and (abs(sentence(a) - sentence(b)) > 1 or a.unit != b.unit):
                continue
            if not (a.value > b.value and rounded_agree(Quantity(abs(q.value), q.text, q.unit, 0, 0), a.value - b.value)):
                continue
            larger_is_subject = _larger_is_subject(core, subject_span, object_span, q, a, b, subject, obj, text)
            says = not (_SUBJECT_SMALLER.search(core[slice(*says_span)]) or q.direction < 0)
            ok = larger_is_subject is None or larger_is_subject == says
            return (f"{a.text} − {b.text}" if ok else f"{b.text} − {a.text} = −{_fmt_number(a.value - b.value)}"), ok
    # no pair makes the claim's difference: the one pair of one sentence whose numbers the
    # claim's two sides name ("74.3 … for the multilingual model, 71.9 for the monolingual
    # baselines") makes another one
    named = []
    for a in source:
        for b in source:
            if a is b or a.value <= b.value or a.noun or b.noun or a.unit != b.unit or sentence(a) != sentence(b):
                continue
            if _larger_is_subject(core, subject_span, object_span, q, a, b, subject, obj, text) is not None:
                named.append((a, b))
    if len(named) == 1 and _comparable_sizes(q, named[0][0].value - named[0][1].value):
        a, b = named[0]
        return f"{a.text} − {b.text} = {_fmt_number(a.value - b.value)}", False
    return None


def _comparable_sizes(q: Quantity, v: float) -> bool:
    """A computed difference of the same order as the claim's: "3.4" against 2.4, not 60."""
    return bool(q.value) and 0.2 <= abs(v / q.value) <= 5


_LEVEL_AT = re.compile(r"(?:\bfrom|(?<!\bup )\bto)\s*$", re.I)
_FROM_TO_GAP = re.compile(r"^\s*(?:%|points?)?\s*(?:[\w\-/]+\s+){0,4}?to\s*$", re.I)


def _moved_by(q: Quantity, core: str, source: list[Quantity], text: str) -> tuple[str, bool] | None:
    """A change "from A to B" of the passage that is the claim's difference ("raises
    accuracy by 7 points" over "from 70.0 to 77.0"), written out, and whether it agrees;
    another size or direction contradicts when the passage's one change is of what the claim
    says changed ("accuracy" in the clause before "from"). None when there is no such change."""
    if q.noun is not None or not is_difference(core, q) or not q.value:
        return None
    what = _plain(stems(changed_span(core, q)))
    rivals = []
    for a, b in zip(source, source[1:]):
        if not re.search(r"\bfrom\s*$", text[max(0, a.start - 8) : a.start]) or not _FROM_TO_GAP.match(text[a.end : b.start]):
            continue
        if a.noun or b.noun or (a.unit != b.unit and None not in (a.unit, b.unit)):
            continue
        change = b.value - a.value
        said = f"{a.text} → {b.text} = {'+' if change > 0 else '−'}{_fmt_number(abs(change))}"
        same_way = not (q.direction and change and (change > 0) != (q.direction > 0))
        if same_way and rounded_agree(Quantity(abs(q.value), q.text, q.unit, 0, 0, approx=q.approx), abs(change)):
            return said, True
        # "cuts the error by 20%" over "from 10.0 to 8.0": a percentage may be relative
        if same_way and q.unit == "%" and a.value and rounded_agree(Quantity(abs(q.value), q.text, None, 0, 0, approx=q.approx),
                                                                    100 * abs(change) / abs(a.value)):
            return f"{said}, {_fmt_number(100 * abs(change) / abs(a.value))}% of {a.text}", True
        clause = re.split(r"[;:()]|\.\s", text[max(0, a.start - 120) : a.start])[-1]
        if what and len(what & _plain(stems(clause))) >= max(1, len(what) / 2):
            share = f" ({_fmt_number(100 * abs(change) / abs(a.value))}% of {a.text})" if q.unit == "%" and a.value else ""
            rivals.append(said + share)
    return (rivals[0], False) if len(rivals) == 1 else None


def _relative_of(q: Quantity, core: str, source: list[Quantity]) -> str | None:
    """Two stated values of the passage whose relative change is the claim's relative
    figure ("a relative improvement of 12%" over "from 80.0 to 89.6"), written out; None
    when no pair makes it. Only in a passage of few numbers: many give a pair by chance."""
    if len(source) > 8:
        return None
    error = bool(re.search(r"\berror", core[max(0, q.start - 60) : q.end + 40], re.I))
    value = q.value * (100 if q.unit is None and q.value <= 1 else 1)
    claimed = Quantity(value, q.text if q.unit == "%" else _fmt_number(value), "%", 0, 0, approx=q.approx)
    for k, a in enumerate(source):
        for b in source[k + 1 :]:
            for r in relative_changes(a, b, error):
                if quantities_agree(claimed, Quantity(r, _fmt_number(r), "%", 0, 0)) or rounded_agree(claimed, r):
                    return f"{a.text} → {b.text}: a relative change of {_fmt_number(r)}%"
    return None


def _larger_is_subject(core: str, subject_span: tuple[int, int], object_span: tuple[int, int], q: Quantity,
                       a: Quantity, b: Quantity, subject: frozenset[str], obj: frozenset[str], text: str) -> bool | None:
    """Whether the larger number ``a`` of the passage is the claim's subject (before the
    comparison word) or its object; None when nothing tells. A number of the claim names
    its side ("trails the 65.5% of X by 18.2": 65.5 is the object); otherwise the label
    words of each number lean to one side ("the distilled model exceeds bert-base-uncased"
    when the passage's larger number is labelled bert-base-uncased)."""
    for c in extract_quantities(core):
        if c.start == q.start or c.noun:
            continue
        side = ("subject" if subject_span[0] <= c.start and c.end <= subject_span[1]
                else "object" if object_span[0] <= c.start and c.end <= object_span[1] else None)
        if side is None:
            continue
        if math.isclose(abs(c.value), abs(b.value), rel_tol=1e-6):
            return side == "object"
        if math.isclose(abs(c.value), abs(a.value), rel_tol=1e-6):
            return side == "subject"
    la, lb = _label_words(text, a) | _trailing_words(text, a), _label_words(text, b) | _trailing_words(text, b)
    lean = (len(la & subject) - len(la & obj)) + (len(lb & obj) - len(lb & subject))
    if lean and ((la | lb) & subject) and ((la | lb) & obj):
        return lean > 0
    return None  # cannot tell which is which: the size agrees


def _fmt_number(v: float) -> str:
    return f"{v:.2f}".rstrip("0").rstrip(".")


_ROW = re.compile(r"^(?:Table [^,]+, row )?[^:]*:\s*")  # "Table 1, row MNLI: |Train| 392,702; ..."


def _other_column(core: str, text: str, source_qs: list[Quantity], is_row: bool) -> set[int]:
    """Numbers of a table row that sit under a column the claim does not name while it
    names another of the row's columns: "RACE accuracy of 89.4" is not the row's
    "SQuAD2.0 / dev 89.4" when the row has a RACE column too."""
    m = _ROW.match(text) if is_row else None
    if m is None:
        return set()
    cells = []  # (start, end, how well the claim names its header)
    pos = m.end()
    for part in text[m.end():].split(";"):
        head = re.match(r"\s*(.*?)\s+[-−+(]?\d", part)
        cells.append((pos, pos + len(part), header_score(head.group(1), core) if head else 0))
        pos += len(part) + 1
    best = max((c[2] for c in cells), default=0)
    if not best:
        return set()
    # "XNLI accuracy" names "XNLI / acc." better than "PAWS-X / acc.": only the best-named
    # columns hold the claim's number.
    out = set()
    for i, q in enumerate(source_qs):
        cell = next((c for c in cells if c[0] <= q.start < c[1]), None)
        if cell is not None and cell[2] < best:
            out.add(i)
    return out


def _entity_spans(text: str) -> list[tuple[int, str]]:
    """Where the names of ``_entities`` stand in ``text``."""
    out = []
    for m in _ENTITY.finditer(text):
        w = m.group(0)
        if w in _NOT_ENTITY or w in _UNITS or (m.start() == 0 and not re.search(r"[A-Z0-9].*[A-Z0-9]", w)):
            continue
        if w.lower() not in _METRICS:
            out.append((m.start(), w.lower()))
    return out


# Measures, not things measured: "F1 on MLQA" and "F1 on NER" are about different names.
_METRICS = {"f1", "em", "acc", "bleu", "mcc", "auc", "rouge", "rouge-l", "map", "mrr"}


def bound_names(text: str, qs: Sequence[Quantity]) -> list[frozenset[str]]:
    """The names each number is about, by where they attach: a name in the number's own
    phrase after it ("15.7% in XNLI accuracy for Swahili", "+13% F1 on MLQA") belongs to
    that number; any other name belongs to the next number of its sentence ("MultiNLI
    accuracy to 86.7%", "XLM-R reaches 78.0"). Why: "11.4% for Swahili and 15.7% for Urdu"
    has both numbers and both names of "15.7% for Swahili and 11.4% for Urdu" — only the
    attachment tells them apart."""
    out: list[set[str]] = [set() for _ in qs]
    spans = _entity_spans(text)
    for pos, name in spans:
        if any(q.start <= pos < q.end for q in qs):
            continue
        i = attached_number(text, list(qs), pos)
        if i is not None:
            out[i].add(name)
    for numbers, names in list_pairs(text, qs, spans):
        # "A and B reach 90.1 and 85.3, respectively": the n-th name is the n-th number's
        for group in out:
            group.difference_update(names)
        for i, name in zip(numbers, names):
            out[i].add(name)
    return [frozenset(n) for n in out]


# Words of degree, by level: what a claim says of a name's size of effect.
_DEGREE = {**{w: 2 for w in "large big huge substantial striking sizable considerable dramatic".split()},
           **{w: 1 for w in "moderate modest".split()},
           **{w: 0 for w in "small slight minor marginal negligible".split()}}
# ... of an effect only: "large improvements" and "moderate gains" grade the same thing,
# "small models" and "large improvements" do not.
_EFFECT = r"(?:improvements?|gains?|boosts?|increases?|drops?|decreases?|reductions?|gaps?|differences?|effects?|margins?|ones)"
_DEGREE_WORD = re.compile(r"\b(" + "|".join(_DEGREE) + r")\s+(?:[a-z\-]+\s+)?" + _EFFECT + r"\b", re.I)
_DEGREE_STOP = re.compile(r"[;:()]|\.\s|\b(?:but|while|whereas|which|although)\b", re.I)


def degrees(text: str) -> dict[str, int]:
    """The degree a sentence gives each name: the next names after a word of degree, up to
    another word of degree or a clause break ("large improvements on the BUCC and Tatoeba
    tasks and moderate improvements on MLQA" → BUCC 2, Tatoeba 2, MLQA 1). Like a number,
    a degree is about the names its phrase reaches."""
    out: dict[str, int] = {}
    marks = list(_DEGREE_WORD.finditer(text))
    spans = _entity_spans(text)
    for k, m in enumerate(marks):
        end = marks[k + 1].start() if k + 1 < len(marks) else len(text)
        stop = _DEGREE_STOP.search(text, m.end(), end)
        end = stop.start() if stop else end
        for pos, name in spans:
            if m.end() <= pos < end and len(text[m.end():pos].split()) <= 10:
                out.setdefault(name, _DEGREE[m.group(1).lower()])
    return out


def degree_swap(claim_text: str, source_text: str) -> str | None:
    """A name the claim gives another degree than the passage does ("moderate gains on
    BUCC" / "large improvements on the BUCC … tasks"): the opposite said of the same thing."""
    theirs = degrees(source_text)
    for name, level in degrees(claim_text).items():
        if name in theirs and theirs[name] != level:
            return f"the claim gives {name} a different degree of effect than the source"
    return None


_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+(?=[A-Z(])")


def _same_sentence_first(claim_qs: list[Quantity], source_qs: list[Quantity], text: str,
                         matched: dict[int, int], checks: list[NumberCheck]) -> None:
    """A window of sentences may state a counted number twice: "83.7% accuracy over 112
    languages" and, in the next sentence, "a model for 109+ languages". The claim's
    numbers stated together ("83.7% … across 109 languages") are about the sentence that
    states the others: its value for the same counted noun decides, not a neighbour's."""
    breaks = [m.start() for m in _SENTENCE_BREAK.finditer(text)]
    if not breaks or len(matched) < 2:
        return

    def sentence(s: Quantity) -> int:
        return sum(1 for b in breaks if b < s.start)

    for n, i in matched.items():
        q = claim_qs[n]
        if q.noun is None:
            continue
        others = {sentence(source_qs[j]) for m, j in matched.items() if m != n}
        if len(others) != 1 or sentence(source_qs[i]) in others:
            continue
        home = next(iter(others))
        rival = next((s for s in source_qs if sentence(s) == home and s.noun and q.noun
                      and s.noun.split()[-1] == q.noun.split()[-1] and not quantities_agree(q, s)), None)
        if rival is not None:
            k = next(k for k, c in enumerate(checks) if c.claim_text == q.text and c.agrees)
            checks[k] = NumberCheck(q.text, rival.text, False)


def check_numbers(claim: Claim, core: str, text: str, names: Sequence[tuple[int, int]] = (),
                  is_row: bool = False) -> list[NumberCheck]:
    """The claim's numbers against the passage's; ``names`` are spans of the claim where a
    number is part of a name ("ALBERT (1.5M)", "SQuAD 1.1") and is not checked; ``is_row``:
    the passage is a table row, whose numbers belong to their columns."""
    claim_qs = [q for q in extract_quantities(core) if outside(q, list(names))]
    source_qs = extract_quantities(text)
    used: set[int] = set()
    checks: list[NumberCheck] = []
    cut_at_number = claim.truncated and bool(re.search(r"\d$", claim.text.strip()))
    wrong_column = _other_column(core, text, source_qs, is_row)
    # In prose, a number the passage states about another name the claim also names is not
    # the claim's number ("2.4% on MLQA" against "+13% on MLQA, and +2.4% on NER"); a table
    # row's numbers are bound to their columns instead (``_other_column``).
    claim_names = bound_names(core, claim_qs)
    row_like = is_row or bool(re.match(r"Table [^,]+, row ", text))
    source_names = bound_names(text, source_qs) if not row_like else [frozenset() for _ in source_qs]

    def elsewhere(n: int, i: int) -> bool:
        # the passage binds the claim number's name to another of its numbers
        return bool(claim_names[n] and source_names[i] and not claim_names[n] & source_names[i]
                    and any(claim_names[n] & other for j, other in enumerate(source_names) if j != i))

    low = text.lower()
    # the names in each claim number's own phrase, after it ("88.5 on MRPC"); a subject
    # before it ("XLM-R is trained on 100 languages") reaches the number more loosely
    trailing = [frozenset(name for pos, name in _entity_spans(core) if pos >= q.end and name in claim_names[n])
                for n, q in enumerate(claim_qs)]

    def foreign(n: int, i: int) -> bool:
        # "88.5 on MRPC" against "bert-base-uncased reaches 88.5 F1" in a passage that never
        # names MRPC: the passage binds its number to other names only — another quantity
        return bool(trailing[n] and source_names[i] and not claim_names[n] & source_names[i]
                    and any(name not in low for name in trailing[n]))

    relative_claim = [is_relative(core, q) for q in claim_qs]
    # a change is never a level it starts or ends at, nor its rival ("by 7 points" / "from 70.0")
    changes = [q.noun is None and is_difference(core, q) for q in claim_qs]
    level_at = [bool(_LEVEL_AT.search(text[max(0, s.start - 8) : s.start])) for s in source_qs]
    relative_source = [is_relative(text, s) for s in source_qs]

    def other_kind(n: int, i: int) -> bool:
        # a relative change is compared with relative ones only; an absolute one ("4.7
        # points") never with a relative one
        return relative_claim[n] != relative_source[i] and (relative_claim[n] or claim_qs[n].unit == "points")

    matched: dict[int, int] = {}  # claim number → the passage number it agrees with
    for n, q in enumerate(claim_qs):
        last = n == len(claim_qs) - 1 and cut_at_number and q.end >= len(core) - 1
        match = next(
            (i for i, s in enumerate(source_qs) if i not in used and i not in wrong_column and not elsewhere(n, i)
             and not foreign(n, i) and not other_kind(n, i) and not (changes[n] and level_at[i])
             and (quantities_agree(q, s) or (last and prefix_agrees(q.text, s)) or factors_agree(core, q, text, s))),
            None,
        )
        if match is not None:
            used.add(match)
            matched[n] = match
            checks.append(NumberCheck(q.text, source_qs[match].text, True))
    _same_sentence_first(claim_qs, source_qs, text, matched, checks)
    claim_words = _plain(stems(core))
    for n, q in enumerate(claim_qs):
        if any(c.claim_text == q.text for c in checks):
            continue  # agreed, or decided by the sentence that states the claim's other numbers
        # The passage's number bound to the same name, when it is another value: the same
        # quantity with a different value ("11.4% for Swahili" / "15.7% for Swahili").
        own = next((i for i, s in enumerate(source_qs) if i not in used and claim_names[n]
                    and claim_names[n] & source_names[i]
                    and _compatible(q, s) and not quantities_agree(q, s)), None)
        if own is not None and any(elsewhere(n, i) and quantities_agree(q, s) for i, s in enumerate(source_qs)):
            used.add(own)
            checks.append(NumberCheck(q.text, source_qs[own].text, False))
            continue
        # "twice as fast" against "60% faster": the same comparison as another factor
        rival = next((i for i, s in enumerate(source_qs) if i not in used and factors_agree(core, q, text, s) is False), None)
        theirs = factor_of(text, source_qs[rival]) if rival is not None else None
        if rival is not None and theirs is not None:
            used.add(rival)
            s = source_qs[rival]
            checks.append(NumberCheck(q.text, f"{s.text}{'%' if s.unit == '%' else ''}{AS_FACTOR}{_fmt_number(theirs[0])}", False))
            continue
        moved = _moved_by(q, core, source_qs, text) if not relative_claim[n] else None
        if moved is not None:
            checks.append(NumberCheck(q.text, moved[0], moved[1]))
            continue
        if relative_claim[n]:
            computed = _relative_of(q, core, [s for i, s in enumerate(source_qs) if not relative_source[i]])
            if computed is not None:
                checks.append(NumberCheck(q.text, computed, True))
                continue
        pair = _difference_of(q, core, source_qs, text)
        if pair is not None:
            # "exceeds the model by 35.8" over "51.0% ... human performance (86.8%)"
            checks.append(NumberCheck(q.text, pair[0], pair[1]))
            continue
        # never a cell under a column the claim names less well than another of the row
        # (nor one the passage binds to other names only: another quantity, not a rival)
        blocked = wrong_column | {i for i in range(len(source_qs)) if foreign(n, i) or other_kind(n, i)
                                  or (changes[n] and level_at[i])}
        taken = used | blocked
        other = _conflict(q, source_qs, taken, claim_words, text, core)
        used |= taken - blocked
        said = other.text if other else None
        if other is not None and directions_clash(q, other) and math.isclose(abs(q.value), abs(other.value), rel_tol=1e-6):
            said = other.text + OTHER_WAY  # "lowers by 5.4" against "a 5.4 point improvement"
        checks.append(NumberCheck(q.text, said, False))
    order = {q.text: i for i, q in enumerate(claim_qs)}
    checks.sort(key=lambda c: order.get(c.claim_text, 0))
    return checks


_ENTITY = re.compile(
    r"\b(?:[A-Z][A-Za-z0-9]*[A-Z0-9][A-Za-z0-9\-]*(?:\s+v?\d+\.\d+\b|\s+v\d+\b)?|[A-Z][a-z]+(?:-[A-Za-z0-9]+)*)\b"
)
_UNITS = {"GB", "MB", "TB", "KB", "GPU", "GPUs", "TPU", "TPUs", "CPU", "CPUs", "FLOPs", "FLOPS", "ms", "BLEU"}
_NOT_ENTITY = set(
    """The This These That Those It Its Their Our We They A An In On For With By From And Or But As At To Of
    However Moreover Furthermore Both Each All Some Most Across Compared Unlike When While Although Using
    Table Figure Section Appendix Results Experiments Authors Study Paper English""".split()
)


def _entities(text: str) -> list[str]:
    """Names in a claim: acronyms and inner-capital words anywhere ("XNLI", "mBERT"),
    capitalised words after the first word ("for Hindi and Swahili")."""
    out = []
    for m in _ENTITY.finditer(text):
        w = m.group(0)
        if w in _NOT_ENTITY or w in _UNITS or (m.start() == 0 and not re.search(r"[A-Z0-9].*[A-Z0-9]", w)):
            continue
        if re.match(r"^[A-Z][a-z]+$", w) and text[: m.start()].rstrip().endswith((".", ":")):
            continue  # a sentence start inside the claim
        out.append(w)
    return out


_LANGUAGE_CODES = {name: code for code, name in LANGUAGES.items()}


def _name_pattern(entity: str) -> re.Pattern[str]:
    # "SQuAD v2.0" = "SQuAD 2.0" = "SQuAD2.0"; "BERT-large" = "BERT large"
    # but "XLM" is not "XLM-R" nor "GPT" "GPT-2": a short tag after a hyphen names another
    # model, where a size ("-XL") or a word ("-large", "-based") does not.
    parts = [re.escape(p) for p in re.split(r"[-\s]+|(?<=[a-z])(?=v?\d)", re.sub(r"\bv(?=\d)", "", entity.lower())) if p]
    return re.compile(r"(?<![a-z0-9])" + r"[-\s]*v?".join(parts) + r"(?![a-z0-9])(?!-(?!xl\b|xs\b)[a-z0-9]{1,2}(?![a-z0-9]))")


def _mentions(text: str, entity: str) -> bool:
    if _name_pattern(entity).search(text.lower()):
        return True
    code = _LANGUAGE_CODES.get(entity.lower())
    if code and re.search(r"(?<![A-Za-z])" + code + r"(?![A-Za-z])", text):
        return True  # "Swahili" in a table row reads "sw 78.0"
    if len(entity) >= 8 and " " not in entity:
        # a long name misspelt or cut by the PDF ("Transform layers" for "Transformer")
        low = entity.lower()
        words = re.findall(r"[a-z][a-z0-9\-]{5,}", text.lower())
        # "Tranformer-based": the part of a compound is a word too
        words += [p for w in words if "-" in w for p in w.split("-") if len(p) >= 6]
        return any(fuzz.ratio(low, w) >= 85 for w in words)
    return spelled_out(entity, text)  # "NLP" for "natural language processing"


@once_per_version
def _full_text(version: SourceVersion) -> str:
    return " \n ".join(p.text for p in version.passages)


def _in_version(version: SourceVersion, entity: str) -> bool:
    return _mentions(_full_text(version), entity)


def _title_acronym(entity: str, title: str) -> bool:
    """"LaBSE" for "Language-agnostic BERT Sentence Embedding": the paper's name for
    itself, spelled by the initials of consecutive title words (hyphenated parts too)."""
    letters = entity.lower()
    if not (3 <= len(letters) <= 8 and letters.isalpha() and sum(c.isupper() for c in entity) >= 2):
        return False
    words = [w for w in re.split(r"[\s\-:,]+", title.lower()) if w]
    initials = "".join(w[0] for w in words)
    return letters in initials


def missing_entities(core: str, evidence_text: str, version: SourceVersion) -> list[str]:
    """Named entities of the claim that the evidence does not mention and that are not the
    paper's own subject (a paper says "our method" for the name in its title)."""
    missing = []
    subject_end = sum(len(w) + 1 for w in core.split()[:4])
    for e in _entities(core):
        if _mentions(evidence_text, e):
            continue
        if core.find(e) < subject_end and not _in_version(version, e):
            continue  # "The T5 authors release ...": the report's name for the paper itself
        if _paper_subject(e, version):
            continue
        missing.append(e)
    return missing


def _paper_subject(entity: str, version: SourceVersion) -> bool:
    """A name the paper is about: in its title (or spelled by the title's initials) or in
    a fair share of its passages. Its sentences say "our model" for it."""
    prose = [p.text for p in version.passages if p.kind in ("sentence", "abstract", "title", "caption")]
    title = " ".join(p.text for p in version.passages if p.kind == "title")
    share = sum(_mentions(t, entity) for t in prose) / max(1, len(prose))
    return share >= SUBJECT_SHARE or _mentions(title, entity) or _title_acronym(entity, title)


def missing_words(core: str, evidence_text: str, limit: int = 8) -> list[str]:
    """The claim's content words, as the claim writes them, that the evidence has no stem
    of: what a *partly supported* verdict says is missing."""
    have = stems(evidence_text)
    out: list[str] = []
    for w in re.findall(r"[A-Za-z][A-Za-z0-9\-']*", core):
        st = stems(w)
        if st and not st & have and w not in out:
            out.append(w)
    return out[:limit]


def _neighbours(version: SourceVersion, passage: Passage) -> str:
    """The passage with its adjacent sentences: a claim may join two of them."""
    ps = version.passages
    i = next((k for k, p in enumerate(ps) if p is passage or (p.order == passage.order and p.page == passage.page)), None)
    if i is None:
        return passage.text
    window = [p.text for p in ps[max(0, i - 1) : i + 2] if p.kind == passage.kind]
    return " ".join(window) or passage.text


@lru_cache(maxsize=65536)
def _is_content(word: str) -> bool:
    return bool(_plain(stems(word)))


def _near(text: str, q: Quantity) -> frozenset[str]:
    """The words that say what a number measures: "training cost" in "reduces training
    cost by 43% on MASSIVE", "languages" in "40 languages", "remaining errors" in "63% of
    the remaining errors" — the nearest content words on each side."""
    left = [w for w in re.findall(r"[A-Za-z][A-Za-z0-9\-]*", text[max(0, q.start - 40) : q.start]) if _is_content(w)][-3:]
    right = [w for w in re.findall(r"[A-Za-z][A-Za-z0-9\-]*", text[q.end : q.end + 30]) if _is_content(w)][:2]
    return _plain(stems(" ".join(left + right)))


def _changed(text: str, q: Quantity) -> frozenset[str]:
    """What a verb of change says changed by the number: "sampling improves *accuracy* by
    8.0", "reduces *training cost* by 43%" — the words between the verb and the number,
    within its clause; empty when no such verb precedes it."""
    before = re.split(r"[,;:()]|\.\s", text[max(0, q.start - 100) : q.start])[-1]
    verbs = [o for o in occurrences(before) if o.group == "direction"]
    if not verbs:
        return frozenset()
    return _plain(stems(" ".join(re.findall(r"[A-Za-z][A-Za-z0-9\-]*", before[verbs[-1].end :]))))


def _said_near(core: str, text: str) -> bool:
    """Whether the passage has what at least one of the claim's numbers measures."""
    have = _plain(stems(text))
    for q in extract_quantities(core):
        # What is counted ("40 languages"), else what is measured, which comes before the
        # number ("reduces training cost by 43%").
        before = re.findall(r"[A-Za-z][A-Za-z\-]*", core[max(0, q.start - 40) : q.start])[-3:]
        near = _plain(stems(q.noun)) if q.noun else _plain(stems(" ".join(before)))
        if not near or len(near & have) >= 0.6 * len(near):
            return True
    return False


OTHER_WAY = ", the other way"
AS_FACTOR = ", a factor of "


def _other_way(check: NumberCheck) -> bool:
    """The passage states the claim's difference with the opposite sign ("1.1 BLEU below" /
    "a 1.1 BLEU increase"), the claim's comparison as another factor ("twice as fast" /
    "60% faster"), or the change of the claim's measure from one level to another ("cuts the
    error rate by 30%" / "the error rate drops from 10.0 to 8.0"): as specific a key as an
    agreeing number."""
    said = check.source_text or ""
    return bool(said) and (said.endswith(OTHER_WAY) or AS_FACTOR in said or (not check.agrees and " → " in said))


def _shares_a_number(claim: Claim, core: str, text: str, names: Sequence[tuple[int, int]], passage: Passage) -> bool:
    """Whether the passage states one of the claim's numbers: as strong a sign that it is
    about the claim's subject as a shared name."""
    return any(c.agrees for c in check_numbers(claim, core, text, names, passage.kind == "table-row"))


def _anchored(core: str, text: str) -> bool:
    """Whether the passage states a number of the claim for the same counted noun ("eleven
    NLP tasks" / "eleven natural language processing tasks") and at least ``PART_RECALL``
    of the words of the claim's part that holds it: a number is a stronger key than words a
    paraphrase changes, so the claim is found there (and judged on, part by part)."""
    source = [s for s in extract_quantities(text) if s.noun and s.noun.split()]
    if not source:
        return False
    have = stems(text)
    for part, words in _clause_texts(core, _PART):
        words = _plain(words)
        for q in extract_quantities(part):
            # the head noun: modifiers are words a paraphrase may change ("NLP tasks")
            # — agreeing, or another value with the same words around it ("14 language
            # families" / "12 language families"): a changed number must be found to be
            # contradicted
            if q.noun and any(q.noun.split()[-1] == s.noun.split()[-1]
                              and (quantities_agree(q, s) or _near(part, q) & _near(text, s) - _plain(stems(q.noun))
                                   or _shared_modifier(q.noun, s.noun or ""))
                              for s in source) \
                    and len(words) >= 3 and len(words & have) / len(words) >= PART_RECALL:
                return True
    return False


def _shared_modifier(a: str, b: str) -> bool:
    """Whether two counted nouns with the same head share a modifier ("human-translated
    pairs" / "human translated evaluation pairs"): a count specific enough to be the same
    quantity, whatever the words around it."""
    wa, wb = a.replace("-", " ").split(), b.replace("-", " ").split()
    if len(wa) < 2 or len(wb) < 2 or wa[-1] != wb[-1]:
        return False
    ma, mb = {w[:5] for w in wa[:-1] if len(w) >= 3}, {w[:5] for w in wb[:-1] if len(w) >= 3}
    return bool(ma & mb)


def _same_counted(core: str, text: str, check: NumberCheck) -> bool:
    """Whether a number the passage states otherwise counts the same noun with the same
    modifiers ("seven multilingual benchmarks" / "nine multilingual benchmarks"): the same
    quantity, however the rest of the claim is worded."""
    q = next((q for q in extract_quantities(core) if q.text == check.claim_text), None)
    s = next((s for s in extract_quantities(text) if s.text == check.source_text), None)
    if q is None or s is None or q.noun is None or s.noun is None:
        return False
    # the same noun, or the same head with the same modifiers shortened ("dev pairs")
    if _shared_modifier(q.noun, s.noun) and same_thing(q, s):
        return True
    if q.noun != s.noun and not (q.noun.split()[-1] == s.noun.split()[-1] and len(q.noun.split()) == len(s.noun.split())
                                 and same_thing(q, s)):
        return False
    return bool(_near(core, q) & _near(text, s))


def _about_another_table(core: str, td: TableDecision, version: SourceVersion) -> bool:
    """Whether the claim binds the number a table decision contradicts to a name of the
    claim that neither the table's caption nor its headers mention ("45.14 ROUGE-1 on
    XSum" against a table of CNN/Daily Mail results): another table's number, not this one's."""
    claim_qs = extract_quantities(core)
    k = next((i for i, q in enumerate(claim_qs) if q.text == td.claim_number), None)
    if k is None:
        return False
    label = td.cell.table
    mine = [p for p in version.passages if p.table == label and p.kind in ("caption", "table-cell")]
    here = " ".join(p.text for p in mine if p.kind == "caption")
    headers = {h for p in mine for h in (p.row, p.column) if h}
    names = {e for e in _entities(core) if e.lower() in bound_names(core, claim_qs)[k] and not _paper_subject(e, version)}
    # a header names it in its own words too ("R1" for ROUGE-1, "sw" for Swahili)
    return any(not _mentions(here, e) and not any(_mentions(h, e) or header_score(h, e) for h in headers) for e in names)


def _table_judgement(td: TableDecision, where: str, score: float, recall: float) -> Judgement:
    label = VerdictLabel.SUPPORTED if td.agrees else VerdictLabel.CONTRADICTED
    if td.agrees:
        why = f"{where}: {td.explanation} agrees with the claim's {td.claim_number}"
    else:
        said = td.computed or td.explanation.endswith(td.source_number)
        why = f"{where}: claim says {td.claim_number}, {td.explanation}" + ("" if said else f" (states {td.source_number})")
    return Judgement(label, score, recall, why, td.cell, [NumberCheck(td.claim_number, td.source_number, td.agrees)],
                     computed=td.computed, decided_by_numbers=True, text=td.cell.text)


def judge_version(claim: Claim, version: SourceVersion) -> Judgement:
    """The verdict on one version, from that version's passages only."""
    core = claim_core(claim)
    cands = score_candidates(claim, version, K)
    where = f"{version.key}"
    names = name_spans(core, version)
    entities = _entities(core)
    # Names the paper never mentions: a claim about them is not decided by its tables.
    unknown = [e for e in entities if not _in_version(version, e)]
    tds = table_decisions(core, version)
    if unknown:
        tds = [d for d in tds if d.agrees]  # a table never contradicts a claim about something it lacks
    tds = [d for d in tds if d.agrees or not _about_another_table(core, d, version)]
    options = []
    for score, recall, text, passage in cands:
        checks = check_numbers(claim, core, text, names, passage.kind == "table-row")
        agree = sum(c.agrees for c in checks)
        conflicts = sum(not c.agrees and c.source_text is not None for c in checks)
        in_tie = score >= cands[0][0] - TIE_MARGIN
        # A passage with the claim's numbers is found at a lower word recall.
        if in_tie or (agree and recall >= NUMBER_FOUND_RECALL):
            options.append((agree, -conflicts, score, recall, text, passage, checks))
    found = bool(cands) and (
        cands[0][1] >= FOUND_RECALL
        # one clause of a longer claim is stated: judged below (at best partly supported)
        # (and the passage is about the claim's subject: it names one of the claim's names or
        # holds a fair share of the whole claim — a generic clause, "the need for further
        # work", stated in an unrelated paper makes nothing found)
        or any(_best_clause_recall(core, c[2]) >= CLAUSE_RECALL
               and (c[1] >= CLAUSE_SHARE or any(_mentions(c[2], e) for e in entities)
                    or _shares_a_number(claim, core, c[2], names, c[3])) for c in cands[:3])
        or any((o[0] > 0 or any(_other_way(c) for c in o[6])) and o[3] >= NUMBER_FOUND_RECALL for o in options)
        or any(_anchored(core, c[2]) for c in cands[:3])
    )
    if not found and cands:
        # "for Swahili and Urdu" against "for Swahili and Thai": a name the paper never
        # mentions weighs most in recall, yet the rest of the claim is there — judged on,
        # to be partly supported for the missing name.
        kept = [e for e in entities if e not in unknown]
        if unknown and kept:
            rest = core
            for e in unknown:
                rest = re.sub(r"(?<![A-Za-z0-9])" + re.escape(e) + r"(?![A-Za-z0-9])", " ", rest)
            again = score_candidates(Claim(claim.index, rest, claim.mark, None, False), version, K)
            if again and again[0][1] >= SUPPORT_RECALL and any(_mentions(again[0][2], e) for e in kept):
                cands, found = again, True
                options = [(0, 0, sc, rc, tx, ps, check_numbers(claim, core, tx, names, ps.kind == "table-row")) for sc, rc, tx, ps in again[:1]]
    if not found:
        if tds:
            return _from_tables(claim, core, names, tds, "", where, cands[0][0] if cands else 0.0, cands[0][1] if cands else 0.0)
        best = f" (best match {cands[0][0]:.0f}/100)" if cands else ""
        return Judgement(VerdictLabel.NOT_FOUND, cands[0][0] if cands else 0.0, cands[0][1] if cands else 0.0,
                         f"no passage of {where} states this{best}")
    options.sort(key=lambda o: (o[0], o[2]), reverse=True)
    agree, _, score, recall, text, passage, checks = options[0]
    runners = [(c[0], c[3]) for c in cands if c[3] is not passage][:3]
    loc = f"{where} {passage.location}"
    wrong = [c for c in checks if not c.agrees and c.source_text is not None]
    absent = [c for c in checks if not c.agrees and c.source_text is None]

    def j(label: VerdictLabel, why: str, by_numbers: bool = False) -> Judgement:
        return Judgement(label, score, recall, why, passage, checks, runners, decided_by_numbers=by_numbers, text=text)

    all_numbers_stated = bool(checks) and not wrong and not absent
    prose_contradicts = bool(wrong) and recall >= SUPPORT_RECALL
    in_prose = passage.kind not in ("table-row", "table-cell")
    # A table decides unless a sentence states every number (or, confidently, another one).
    if tds and not (in_prose and all_numbers_stated and recall >= NUMBER_FOUND_RECALL) \
            and not (in_prose and prose_contradicts and not all(d.agrees for d in tds)):
        return _from_tables(claim, core, names, tds, text, where, score, recall)
    if absent and not wrong and len(absent) == len(checks) and _best_clause_recall(core, text, numberless=True) < CLAUSE_RECALL:
        # The passage shares the claim's subject but not what its numbers measure.
        return Judgement(VerdictLabel.NOT_FOUND, score, recall,
                         f"no passage of {where} states what the claim's number(s) {', '.join(c.claim_text for c in absent)} measure")
    if unknown and checks and not in_prose:
        # "reaches 90.9 on the SuperGLUE test set" against a table without SuperGLUE
        return Judgement(VerdictLabel.NOT_FOUND, score, recall,
                         f"{where} never mentions {', '.join(unknown)}; its table's numbers are about something else")
    if wrong and (recall >= NEGATION_RECALL
                  or (recall >= NUMBER_FOUND_RECALL and all(_same_counted(core, text, c) or _other_way(c) for c in wrong))):
        if unknown and not any(c.agrees for c in checks):
            # "SQuAD v2.0 Test F1 83.1" against a version that has only SQuAD v1.1: another
            # thing's number, not a contradiction.
            return Judgement(VerdictLabel.NOT_FOUND, score, recall,
                             f"{where} never mentions {', '.join(unknown)}; its numbers are about something else")
        said = "; ".join(f"claim says {c.claim_text}, source states {c.source_text}" for c in wrong)
        return j(VerdictLabel.CONTRADICTED, f"{said} ({loc})", True)
    # A degree bound to a name the passage grades otherwise is as specific as a number
    # bound to it: decided at the share of words that finds a passage by its numbers.
    swap = degree_swap(core, text) if recall >= NUMBER_FOUND_RECALL else None
    if swap is not None:
        return j(VerdictLabel.CONTRADICTED, f"{swap} ({loc})")
    if recall >= FOUND_RECALL or all_numbers_stated:
        clash = polarity_clash(core, text)
        if clash is not None:
            return j(VerdictLabel.CONTRADICTED, f"{clash} ({loc})")
        flip = negation_flip(core, text)
        if flip is not None:
            which = "the claim negates what the source states" if flip else "the source negates what the claim states"
            return j(VerdictLabel.CONTRADICTED, f"{which} ({loc})")
    if absent or wrong:
        missing = ", ".join(c.claim_text for c in absent + wrong)
        return j(VerdictLabel.PARTLY_SUPPORTED, f"the words match {loc}, but not the number(s) {missing}", True)
    context = _neighbours(version, passage) + " " + text
    # A coordinated set is compared with the deciding passage itself: a neighbouring
    # sentence that names another member does not make this one state it.
    lacking = list(dict.fromkeys(missing_conjuncts(core, text) + missing_entities(core, context, version)))
    if lacking:
        return j(VerdictLabel.PARTLY_SUPPORTED, f"{loc} states the rest but does not mention {', '.join(lacking)}")
    if recall >= SUPPORT_RECALL or (all_numbers_stated and recall >= NUMBER_SUPPORT_RECALL):
        return j(VerdictLabel.SUPPORTED, f"stated in {loc}", bool(checks))
    unstated = unstated_parts(core, text)
    if not unstated and all_numbers_stated and recall >= NUMBER_FOUND_RECALL:
        # Every number agrees and every part is at least half there, in other words: a
        # paraphrase ("simple in concept" / "conceptually simple"), not a partial claim.
        # Without a number to anchor it, a reworded predicate may be its opposite ("come
        # close to" / "surpassed"), so words alone still need SUPPORT_RECALL.
        return j(VerdictLabel.SUPPORTED, f"stated in {loc} (every part of the claim, reworded)", bool(checks))
    if unstated:
        what = "; ".join(f"“{u[:60]}”" for u in unstated)
        lacking_words = missing_words(" ".join(unstated), text)
        words = f"; not stated: {', '.join(lacking_words)}" if lacking_words else ""
        return j(VerdictLabel.PARTLY_SUPPORTED, f"{loc} states the rest of the claim but not {what}{words}")
    lacking_words = missing_words(core, text)
    what = f"; not stated: {', '.join(lacking_words)}" if lacking_words else ""
    return j(VerdictLabel.PARTLY_SUPPORTED, f"only part of the claim ({recall:.0%} of its content words) is in {loc}{what}")


def _from_tables(claim: Claim, core: str, names: Sequence[tuple[int, int]], tds: list[TableDecision], text: str,
                 where: str, score: float, recall: float) -> Judgement:
    """The tables' verdict: any number they contradict decides; numbers they leave open
    must be in the prose passage, else the claim is partly supported."""
    wrong = [d for d in tds if not d.agrees]
    if wrong:
        return _table_judgement(wrong[0], where, score, recall)
    lead = _table_judgement(tds[0], where, score, recall)
    decided = {d.claim_number for d in tds}
    checks = check_numbers(claim, core, text, names, bool(re.match(r"Table [^,]+, row ", text))) if text else []
    prose = {c.claim_text for c in checks if c.agrees}
    open_ = [q.text for q in extract_quantities(core)
             if outside(q, list(names)) and q.unit != "x" and q.text not in decided and q.text not in prose]
    # a number the tables leave open that the passage, well matched, states otherwise: "from
    # 95.1 to 97.3" when the row reads 95.1 and 96.3
    other = [c for c in checks if c.claim_text in open_ and not c.agrees and c.source_text is not None]
    if other and recall >= NEGATION_RECALL:
        said = "; ".join(f"claim says {c.claim_text}, source states {c.source_text}" for c in other)
        return Judgement(VerdictLabel.CONTRADICTED, score, recall, f"{said}; {lead.explanation}", lead.passage,
                         lead.numbers + other, computed=lead.computed, decided_by_numbers=True, text=lead.text)
    if open_:
        lead.label = VerdictLabel.PARTLY_SUPPORTED
        lead.explanation += f"; nothing in {where} states {', '.join(open_)}"
        lead.numbers += [NumberCheck(t, None, False) for t in open_]
    return lead


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


def _judged_text(j: Judgement, version: SourceVersion) -> str:
    """What a judgement rests on: its passage with the adjacent sentences, or, for a table,
    the whole table (caption, headers and cells), which names what its numbers measure."""
    p = j.passage
    if p is None:
        return ""
    if p.table is not None and p.kind != "sentence":
        mine = [q for q in version.passages if q.table == p.table]
        return " \n ".join([q.text for q in mine] + sorted({h for q in mine for h in (q.row, q.column) if h}))
    return _neighbours(version, p) + " " + j.text


def _weighed_recall(j: Judgement) -> float:
    """A judgement's share of the claim, as weighed against another paper's: a partly
    supported that rests on shared words alone (no number or table decided it) outweighs a
    decision only with a clearly higher share ("only part of the claim" in a generic
    sentence is weaker evidence than a table row that decides it)."""
    if j.label is VerdictLabel.PARTLY_SUPPORTED and not j.decided_by_numbers:
        return j.recall - WORDS_ONLY_MARGIN
    return j.recall


def _off_topic(j: Judgement, version: SourceVersion, core: str, entities: Sequence[str],
               cited: Sequence[SourceVersion]) -> int:
    """How far the passage deciding ``j`` is from the claim's names: 0 it names them (or
    they are its paper's subject, "our model"); 1 it leaves out a name its paper mentions
    elsewhere (about something else in that paper); 2 the claim opens with a name this
    paper never mentions but another cited paper does (the claim is about that paper).
    A name no cited paper mentions is left to ``judge_version`` ("does not mention X")."""
    if not entities or j.passage is None or j.label is VerdictLabel.NOT_FOUND:
        return 0
    opening = sum(len(w) + 1 for w in core.split()[:4])
    first = entities[0]
    if core.find(first) < opening and not _in_version(version, first) \
            and any(_in_version(v, first) for v in cited if v is not version):
        return 2
    text = _judged_text(j, version)
    return int(any(not _mentions(text, e) and not _paper_subject(e, version) and _in_version(version, e)
                   for e in entities))


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


def judge_claim(claim: Claim, sources: Sequence[Source], nli: EntailmentJudge | None = None) -> Verdict:
    results = []  # (source, deciding version, judgement, per-version judgements, note)
    for source in sources:
        decider, note = _deciding_version(source)
        if decider is None:
            continue
        per = {v.key: judge_version(claim, v) for v in source.versions if v.error is None and v.passages}
        if nli is not None:
            from claimcheck.evidence.nli import combine

            per = {k: combine(claim_core(claim), o, nli) for k, o in per.items()}
        results.append((source, decider, per[decider.key], per, note))
    if not results:
        why = "; ".join(f"{s.reference.key}: {s.error or s.status.value}" for s in sources) or "the report cites no arXiv paper"
        # Nothing was read, so nothing was checked: not a verdict on the claim, and not
        # something the report's mark can agree or disagree with.
        return Verdict(claim.index, VerdictLabel.UNCHECKED, f"no cited source could be read ({why})",
                       mark_agrees=None)
    # The paper that states the claim best decides; between equally good matches, support wins.
    # A paper that does not state it never outweighs one that does: its near miss may share
    # more words with the claim than a table cell that decides it in another paper.
    # Between papers that do, the one that names what the claim names decides: "XLNet-large
    # has the best QQP score" is about the paper with XLNet-large in it, not about another's
    # table whose best QQP row happens to match the rest of the words.
    # Before all that, a finding whose passage is about the claim's names outweighs one whose
    # passage is not: "+13 F1 for XLM-R on MLQA" in one paper is no contradiction of "XLM
    # beats mBERT by 9.1 F1 on Arabic" that another paper states. A finding in a paper that
    # never names the claim's subject, which another cited paper names, does not even
    # outweigh that paper's "not found". A partly supported on shared words alone outweighs
    # another paper's decision only with a clearly higher share (``_weighed_recall``).
    core = claim_core(claim)
    entities = _entities(core) if len(results) > 1 else []
    versions = [r[1] for r in results]

    def rank(r: tuple[Source, SourceVersion, Judgement, dict[str, Judgement], str]) -> tuple[bool, bool, int, bool, float, int, float]:
        jr, found = r[2], r[2].label is not VerdictLabel.NOT_FOUND
        off = _off_topic(jr, r[1], core, entities, versions)
        return (found and off == 0, off < 2, sum(_in_version(r[1], e) for e in entities), found,
                round(_weighed_recall(jr), 2), _PRIORITY[jr.label], jr.score)

    source, decider, j, per, note = max(results, key=rank)
    if j.label is VerdictLabel.SUPPORTED:
        # another cited paper states another number for the same names: the reviewer sees
        # the disagreement the verdict passes over
        note += "".join(f"; but {r[1].key} {_describe(r[2].label, r[2])}" for r in results
                        if r[1] is not decider and r[2].label is VerdictLabel.CONTRADICTED
                        and r[2].decided_by_numbers and _off_topic(r[2], r[1], core, entities, versions) == 0)
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
        # every readable cited paper's versions: a reader sees how each paper judged the
        # claim, not only the deciding one's (drift stays within the deciding paper)
        per_version=dict(sorted((k, o.label) for r in results for k, o in r[3].items())),
        drift=drift,
        candidates=[Evidence(decider.arxiv_id, decider.version, p, round(s, 2)) for s, p in j.runners_up],
        mark_agrees=_mark_agrees(claim.mark, j.label),
        computed=j.computed,
    )


def _mark_agrees(mark: Mark, label: VerdictLabel) -> bool | None:
    if mark is Mark.UNKNOWN:
        return None
    return (mark is Mark.VERIFIED) == (label is VerdictLabel.SUPPORTED)


def judge_claims(claims: Sequence[Claim], sources: Sequence[Source], nli: EntailmentJudge | None = None) -> list[Verdict]:
    """One verdict per claim, in claim order (see the module docstring for the rules);
    ``nli``, when given, is the entailment model of ``nli.py``. A paper's bibliography is
    no evidence for what the paper states (``scope.py``)."""
    sources = [replace(s, versions=[evidence_version(v) for v in s.versions]) for s in sources]
    return [judge_claim(c, sources, nli) for c in claims]
