"""Which way a clause points: antonyms, negation scope, quantifiers.

"increases variance" / "reduced variance", "performs poorly" / "performs particularly
well", "written by crowd workers rather than experts" / "expert-written": the words match
and the meaning is opposite. Each clause gets, per antonym group, the sign its words give
after negation: a cue (not, no, never, neither…nor, fail to, without, rather than,
instead of, an alternative to, hardly) flips every polar word after it in the same clause, so "neither A nor X
consistently outperforms Y" says X does *not* outperform Y while "improves accuracy, and
does not require data" says nothing against the improvement.

The groups are general English opposites by sense (``lexicon.py``); a word may serve
several. Retrieval folds every word of a group to one token (``fold``, its first sense) so
that antonyms still find each other's sentence; the verdict rules then compare the signs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from claimcheck.evidence.lexicon import PHRASES, SENSES

# sense → (words pointing one way, words pointing the other way): ``lexicon.py``
GROUPS: dict[str, tuple[frozenset[str], frozenset[str]]] = SENSES
# every sense a word serves, its first sense first
_WORD_SIGN: dict[str, list[tuple[str, int]]] = {}
for _g, (_pos, _neg) in GROUPS.items():
    for _w in _pos:
        _WORD_SIGN.setdefault(_w, []).append((_g, 1))
    for _w in _neg:
        if (_g, 1) not in _WORD_SIGN.get(_w, ()):
            _WORD_SIGN.setdefault(_w, []).append((_g, -1))

# Verbs that say a thing is done without ("eschewing recurrence", "dispenses with labels"):
# what follows them is denied as "without" denies it.
# ... and so does a verb that rules a thing out ("precludes parallelization").
ABSTENTION = (r"eschew(?:s|ed|ing)?|dispens(?:e|es|ed|ing) with|do(?:es|ing)? away with|did away with|done away with|"
              r"preclud(?:e|es|ed|ing)|rul(?:e|es|ed|ing) out|"
              # ... and so does a choice not to ("opted out of filtering", "refrains from tuning")
              r"opt(?:s|ed|ing)? out of|refrain(?:s|ed|ing)? from|abstain(?:s|ed|ing)? from")
# Taking a need away denies what was needed ("eliminating the need for sampling or tuning"
# is "no sampling or tuning is needed"), to its clause's end, as "not" does.
NEED_REMOVAL = (r"(?:eliminat(?:e|es|ed|ing)|remov(?:e|es|ed|ing)|obviat(?:e|es|ed|ing)|avoid(?:s|ed|ing)?)"
                r"\s+(?:the|any)\s+need\s+(?:for|to)")
# Avoiding a thing is doing without it ("thereby avoiding explicit regularization"), as
# "eschewing" is; avoiding an outcome ("avoids overfitting", "avoid collapsing") is weighed
# as its cause is (``lexicon.py``, causation), so a gerund after it is no thing done without.
AVOIDANCE = r"avoid(?:s|ed|ing)?(?!\s+(?:the\s+|any\s+)?[a-z\-]+ing\b)(?!\s+(?:the|any)\s+need\b)"
NEGATION_CUE = re.compile(
    # "not only small but also cheap" says both: "only" after "not" adds, it denies nothing
    r"\b(?:not(?!\s+(?:only|just|merely|solely)\b)|never|no|neither|nor|cannot|without|fails? to|failed to|unable to|no longer|none of|"
    r"rather than|instead of|as opposed to|in place of|in lieu of|(?:an )?alternatives? to|lacks?|lacking|"
    # "far from human-level" is "not human-level"
    r"hardly|barely|scarcely|far from|" + ABSTENTION + "|" + NEED_REMOVAL + "|" + AVOIDANCE + r")\b|n't\b",
    re.I,
)
# "all 9 tasks", "all three models", "each of the 40 languages" name a counted set (what was
# trained on, what is listed), not how often the predicate holds.
UNIVERSAL = re.compile(
    r"\b(?:all|every|always|consistently|each|uniformly|invariably|across the board)\b"
    r"(?!\s+(?:of\s+(?:the|its|their)\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty)\b)",
    re.I,
)
PARTIAL = re.compile(
    r"\b(?:some|often|several|sometimes|many|most|certain|mixed|occasionally|usually|generally|frequently|a few|partially|partly|in part)\b",
    re.I,
)
_TOKEN = re.compile(r"[a-z][a-z\-]*")
# Phrases where a polar word points nowhere: "as well as", "more than 40", "less than 5%".
# ... and "fall into" sorts a thing into a kind ("the tasks fall into three groups"):
# it falls nowhere.
_NEUTRAL = re.compile(
    r"\bf(?:all|alls|ell|alling)\s+into\b|\bas well as\b|\b(?:more|less|fewer|higher|lower)\s+than\s+(?=[\d~≈])|\bat least\b|\bat most\b|\brelative to\b", re.I)


def signs_of(word: str) -> list[tuple[str, int]]:
    """(group, sign) of a polar word in every sense it serves, or of a compound it leads
    ("large-scale", "small-scale"). Adverbs are not derived: "significantly undertrained"
    says how much, and weighing it would pull the clause's alignment away from
    "undertrained"."""
    if "--" in word:
        word = re.sub(r"-{2,}", "-", word)  # a phrase with a run of spaces, hyphenated in place
    hit = _WORD_SIGN.get(word)
    if hit is None and "-" in word:
        hit = _WORD_SIGN.get(word.split("-", 1)[0])
    if hit is None:
        hit = next((_WORD_SIGN[b] for b in _bases(word) if b in _WORD_SIGN), None)
    return hit or []


def _bases(word: str) -> list[str]:
    """The forms a lexicon lists for an inflected or derived word it leaves out: the noun
    of a verb ("reductions" → "reduce", "degradation" → "degrade") and the -ing, -ed and
    -s of a verb ("discarding" → "discard", "lowering" → "lower"). Adverbs stay out
    (see ``signs_of``)."""
    out: list[str] = []
    w = word[:-1] if word.endswith("s") and not word.endswith("ss") else word
    if w.endswith("ction") and len(w) > 7:
        out.append(w[:-4] + "e")  # reduction → reduce, introduction → introduce
    elif w.endswith("ation") and len(w) > 7:
        out += [w[:-5] + "e", w[:-5]]  # degradation → degrade
    # a verb's forms only from a verb the lexicon lists with its -s ("closing" is no form
    # of the adjective "close", "evening" none of "even")
    verbs: list[str] = []
    if word.endswith("ing") and len(word) > 6:
        stem_ = word[:-3]
        verbs += [stem_, stem_ + "e"] + ([stem_[:-1]] if stem_[-1] == stem_[-2] else [])
    elif word.endswith("ed") and len(word) > 5:
        verbs += [word[:-2], word[:-1]] + ([word[:-3]] if word[-3] == word[-4] else [])
    out += [v for v in verbs if v + "s" in _WORD_SIGN or v + "es" in _WORD_SIGN]
    if w != word and len(w) > 3:
        out.append(w)
    return out


def sign_of(word: str) -> tuple[str, int] | None:
    """(group, sign) of a polar word in its first sense."""
    hits = signs_of(word)
    return hits[0] if hits else None


def fold(word: str) -> str | None:
    """The group token retrieval uses for a polar word ("reduced" → "~direction")."""
    hit = sign_of(word)
    if hit:
        return f"~{hit[0]}"
    return None


@dataclass(frozen=True)
class Polarity:
    signs: dict[str, frozenset[int]]  # group → signs its words give after negation
    negated: bool  # the clause has a negation cue
    bare_negation: bool  # a cue with no polar word after it: it negates a plain verb ("does not require")
    universal: bool
    partial: bool
    heads: frozenset[str] = frozenset()  # the plain verbs negated: "require", "observe", "training"
    scoped: frozenset[str] = frozenset()  # every word a negation cue reaches, to its clause's end


_NECESSITY = frozenset({"need", "needs", "needed", "must", "require", "requires", "required"})
_FUNCTION = set(
    """a an the to of be been being is are was were do does did have has had it its that this these those
    any more much so very as for in on at by with from into""".split()
)
# "because" opens a clause of its own: "it does not require X and because Y can do many
# tasks" negates nothing of Y
_BOUNDARY = re.compile(r"[,;:()!?]|\.(?=\s|$)|\b(?:but|whereas|while|although|though|which|however|because)\b")
CLAUSE_BOUNDARY = _BOUNDARY  # where a clause, and so a negation's reach, ends


@dataclass(frozen=True)
class Occurrence:
    start: int  # character offsets in the text given
    end: int
    group: str
    sign: int  # after the negation cues before it in its clause


_PHRASE = re.compile(r"\b(?:" + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in PHRASES) + r")\b")


def _joined(low: str) -> str:
    """``low`` with each opposite of several words hyphenated in place (same length)."""
    return _PHRASE.sub(lambda m: re.sub(r"\s", "-", m.group(0)), low)


# "little success", "limited benefit": so little of it that it denies it, as "no" would ("a
# little" does not; "small gains" are gains, weighed by degree elsewhere)
_DIMINISHER = re.compile(r"(?<!\ba )\b(?:little|limited|minimal|negligible|scant)\s+$")
_DIMINISHABLE = frozenset({"success", "benefit", "benefits"})


# "less well-defined", "less effective": a polar word graded down says its opposite, as
# "poorly defined" does ("less" before a noun, "less data", grades an amount: not polar)
_LESS = re.compile(r"\b(?:less|least)\s+$")


def _diminished(clause: str, start: int, word: str, group: str) -> bool:
    if _LESS.search(clause[:start]) and group not in ("direction", "amount") and not re.match(r"\w+\s+than\b", clause[start:]):
        return True
    return (group == "success" or word in _DIMINISHABLE) and bool(_DIMINISHER.search(clause[:start]))


# A cue that negates a noun phrase, not a verb: "without task-specific tuning, the model
# performs well" and "despite the lack of tuning it performs well" deny the tuning, not
# "well". Such a cue flips only the polar words of the phrase right after it ("without
# significant gains", "rather than improving accuracy").
# "no" denies the noun phrase it determines: "there is no drawback and even benefits to joint
# training" says nothing against "joint".
_PHRASE_CUE = re.compile(r"^(?:no|without|lacks?|lacking|rather than|instead of|as opposed to|in place of|in lieu of|"
                         r"(?:an )?alternatives? to|" + ABSTENTION + "|" + AVOIDANCE + r")$", re.I)
PHRASE_REACH = 3  # content words after a phrase cue that it reaches ("lack the kind of challenging examples")


# "and" before a new subject ("is not necessary and a plain model performs well") joins a
# clause of its own, which the negation before it does not reach
_NEW_SUBJECT = re.compile(r"\b(?:and|or)\s+(?:a|an|the|this|these|those|our|we|it|they|its|their)\b")
# ... nor past a second predicate with a verb of its own: "does not support A and is limited
# to B" says it is limited; the "and" shares no auxiliary with the negated verb. A modal of
# its own opens one too: "cannot always help and may even hurt" says it may hurt.
_NEW_PREDICATE = re.compile(r"\b(?:and|but)\s+(?:(?:also|even|sometimes|often|thus|so)\s+)?"
                            r"(?:is|are|was|were|has|have|had|remains?|remained|becomes?|became|"
                            r"can|could|may|might|will|would|should|must)\b")


# A preposition that opens an adjunct ends the noun phrase a phrase cue denies: "without
# momentum at a fixed rate" keeps the rate fixed. ("of", "for" and "to" join a phrase's
# complement: "no need for large data", "without the help of strong priors".)
_ADJUNCT = re.compile(r"\b(?:at|with|on|in|during|after|before|via|across|under|over)\b")


def _reaches(clause: str, cue: re.Match[str], start: int) -> bool:
    """Whether negation ``cue`` reaches the word at ``start`` of its clause."""
    if cue.start() >= start:
        return False
    if _NEW_SUBJECT.search(clause, cue.end(), start) or _NEW_PREDICATE.search(clause, cue.end(), start):
        return False
    # "is not X and does not Y": the second predicate has a negation of its own
    gap = clause[cue.end() : start]
    joint = re.search(r"\b(?:and|or)\b", gap)
    if joint and NEGATION_CUE.search(gap, joint.end()):
        return False
    if not _PHRASE_CUE.match(cue.group(0)):
        return True
    if _ADJUNCT.search(gap):
        return False
    return len([w for w in _TOKEN.findall(gap) if w not in _FUNCTION]) < PHRASE_REACH


# "no model other than X has ..." says "only X has ...": the cue picks X out, it denies nothing
_EXCLUSIVE = re.compile(r"\b(?:no|none of the|nothing|nobody)\b(?=(?:\s+[\w-]+){1,5}?\s+(?:other than|except|besides|apart from)\b)")


# "performs as well as B" compares, unlike the "as well as" that lists ("A as well as B"): a
# verb of performance before it makes it a comparison of level, weighed as one word
# ("as-well-as", ``lexicon.py``), so "does not perform as well as B" is "worse than B".
_AS_WELL_AS = re.compile(r"\b(?:perform|performs|performed|performing|do|does|did|doing|work|works|worked|working|"
                         r"fare|fares|fared|faring|generalize|generalizes|generalise|generalises)\s+(as\s+well\s+as)\b")


def _compared(low: str) -> str:
    """``low`` with each comparing "as well as" hyphenated in place (same length)."""
    return _AS_WELL_AS.sub(lambda m: m.group(0)[: m.start(1) - m.start()] + re.sub(r"\s", "-", m.group(1)), low)


# "with no attention, short-cut connections, or other additions": the commas of a list
# under one cue separate its items, they end no clause; the cue denies each item.
_ITEM = r"[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,2}"
_NEGATED_LIST = re.compile(r"\b(?:no|without)\s+" + _ITEM + r"(?:\s*,\s*" + _ITEM + r")+\s*,?\s+(?:or|nor)\b")


def _list_commas_kept(low: str) -> str:
    """``low`` with the commas inside a negated list blanked (same length)."""
    return _NEGATED_LIST.sub(lambda m: m.group(0).replace(",", " "), low)


def occurrences(text: str) -> list[Occurrence]:
    """Every polar word of ``text`` with the sign its clause gives it."""
    blank = lambda m: " " * len(m.group(0))  # noqa: E731 - positions must stay
    low = _list_commas_kept(_joined(_EXCLUSIVE.sub(blank, _NEUTRAL.sub(blank, _compared(text.lower())))))
    bounds = [0] + [m.end() for m in _BOUNDARY.finditer(low)] + [len(low) + 1]
    out = []
    for a, b in zip(bounds, bounds[1:]):
        clause = low[a:b]
        cues = list(NEGATION_CUE.finditer(clause))
        for m in _TOKEN.finditer(clause):
            hits = signs_of(m.group(0))
            if not hits:
                continue
            # "neither A nor B" counts once; two cues before a word ("not ... no") cancel.
            flips = sum(1 for c in cues if _reaches(clause, c, m.start()))
            if re.search(r"\bneither\b", clause[: m.start()]) and re.search(r"\bnor\b", clause[: m.start()]):
                flips -= 1
            for group, sign in hits:
                flipped = flips + _diminished(clause, m.start(), m.group(0), group)
                out.append(Occurrence(a + m.start(), a + m.end(), group, sign * (-1 if flipped % 2 else 1)))
    return out


def polarity(clause: str) -> Polarity:
    text = _EXCLUSIVE.sub("only", _NEUTRAL.sub(" ", clause.lower()))
    cues = list(NEGATION_CUE.finditer(text))
    signs: dict[str, set[int]] = {}
    # A cue negates a plain verb when the first content word after it is not polar:
    # "fail to observe more correlations", "does not require"; "does not hurt" is weighed
    # with its antonym instead.
    bare = False
    heads: set[str] = set()
    scoped: set[str] = set()
    for c in cues:
        if c.group(0).lower() in ("neither", "no", "none of"):
            # "relies on neither A nor B", "has no effect": the verb before the cue is negated
            before = re.split(r"[,;:()]|\.\s", text[: c.start()])[-1]
            scoped.update([w for w in _TOKEN.findall(before) if w not in _FUNCTION][-1:])
        reach = re.split(r"[,;:()]|\.\s|\bbecause\b", text[c.end() :], maxsplit=1)[0]
        if re.fullmatch(NEED_REMOVAL, c.group(0), re.I):
            scoped.add("need")  # the need taken away is denied, as "does not need" denies it
            # ... and so is every member of what was needed: "the need for A or B"
            for part in re.split(r"\b(?:or|and)\b", reach)[1:]:
                heads.update([w for w in _TOKEN.findall(part) if w not in _FUNCTION][:1])
        after = [w for w in _TOKEN.findall(reach) if w not in _FUNCTION]
        if after[1:] and sign_of(after[0]) == ("causation", 1):
            # "without causing confusion" denies the confusion, as "without confusion" does
            heads.update(after[1:2])
            scoped.update(after[1:])
        if not after or sign_of(after[0]) is None:
            bare = True
            # "neither A nor B beats C" negates the verb after the pair, not A: no head.
            if c.group(0).lower() not in ("neither", "nor"):
                heads.update(after[:1])
                # "do not need to calculate": what is not needed is the verb after the modal
                # (a polar word there is weighed with its antonym: "needs no large set" is
                # "does not require a large set")
                if after[0:1] and after[0] in _NECESSITY and not (after[1:2] and sign_of(after[1])):
                    heads.update(after[1:2])
            scoped.update(after)
    for o in occurrences(clause):
        signs.setdefault(o.group, set()).add(o.sign)
    denied_universal = bool(re.search(r"\bnot (?:all|every|always|consistently)\b", text))
    universal = bool(UNIVERSAL.search(text)) and not denied_universal
    # "not all methods benefit" says some do not: as partial as "some methods benefit"
    partial = bool(PARTIAL.search(text)) or denied_universal
    return Polarity({g: frozenset(s) for g, s in signs.items()}, bool(cues), bare, universal, partial,
                    frozenset(heads), frozenset(scoped))


_NEG_PREFIX = re.compile(r"^(?:un|non-?|in|im|dis|ir|il)(?=[a-z]{4})")


# Opposites that point nowhere by themselves ("relative positions" / "absolute positions"):
# checked only between clauses that otherwise say the same thing.
WORD_PAIRS = {("relative", "absolute"), ("local", "global"), ("shallow", "deep"), ("manual", "automatic"),
              ("manually", "automatically"), ("early", "late"), ("first", "last"), ("high", "low"),
              ("source", "target"), ("intermediate", "final"), ("online", "offline")}


# Ranks that exclude each other in a compound's first part: "first-order" / "second-order",
# "higher-order" / "first-order"
_RANKS = frozenset("zeroth first second third fourth higher lower".split())
_RANKED = re.compile(r"\b(" + "|".join(sorted(_RANKS)) + r")-([a-z]+)\b")


def _ranked_compound(claim_clause: str, source_clause: str) -> str | None:
    """A compound of the claim ranked otherwise in the source ("second-order gradients" /
    "first-order gradients"): the same head, another rank, and neither side has the other's."""
    mine = {(m.group(1), m.group(2)) for m in _RANKED.finditer(claim_clause.lower())}
    theirs = {(m.group(1), m.group(2)) for m in _RANKED.finditer(source_clause.lower())}
    for rank, head in mine - theirs:
        other = next((r for r, h in theirs - mine if h == head), None)
        if other is not None:
            return f"{rank}-{head} / {other}-{head}"
    return None


# Rates of growth exclude each other: "grows linearly in the data size" / "grows
# quadratically in it", "linear complexity" / "quadratic complexity". An adjective is a
# rate only before a word of growth or cost ("a linear layer" is a kind of layer), and
# adverb meets adverb, adjective adjective ("constantly" says how often, not how fast).
_RATES = ("constant", "linear", "quadratic", "cubic", "exponential", "logarithmic", "polynomial")
_RATE = re.compile(r"\b(" + "|".join(_RATES) + r")(?:(?<!constant)(ly|ally)\b|(?=\s+(?:growth|scaling|complexity|increase|decrease|decay|"
                   r"time|memory|cost|runtime|dependence|relationship|trend)\b))", re.I)


def _rate_swap(claim_clause: str, source_clause: str) -> str | None:
    """A rate of growth of the claim's clause where the source's says another, of the same
    form, and neither side has the other's."""
    mine = {(m.group(1).lower(), bool(m.group(2))) for m in _RATE.finditer(claim_clause)}
    theirs = {(m.group(1).lower(), bool(m.group(2))) for m in _RATE.finditer(source_clause)}
    for rate, adverb in mine - theirs:
        other = next((r for r, a in theirs - mine if a == adverb and r != rate), None)
        if other is not None:
            return f"{rate} / {other}"
    return None


def _negated_word(text: str, word: str) -> bool:
    """Whether ``word`` stands right after a negation cue (two words between at most):
    "has not been seen", "never trained"."""
    return bool(re.search(r"(?:\b(?:not|never|no)|n't)\s+(?:[a-z]+\s+){0,2}" + re.escape(word) + r"\b", text.lower()))


def prefix_opposed(claim_clause: str, source_clause: str) -> str | None:
    """"uncommon" against "common", "overtrained" against "undertrained": a word of one
    clause is a negating prefix away from a word of the other (or its plain opposite)."""
    # a compound's parts count too: "low-level skills" / "high-level inference"
    ct = {w for t in _TOKEN.findall(claim_clause.lower()) for w in (t, *t.split("-")) if w}
    st = {w for t in _TOKEN.findall(source_clause.lower()) for w in (t, *t.split("-")) if w}
    for x, y in WORD_PAIRS:
        for a, b in ((x, y), (y, x)):
            if a in ct and b in st and a not in st and b not in ct:
                return f"{a} / {b}"
    ranked = _ranked_compound(claim_clause, source_clause) or _rate_swap(claim_clause, source_clause)
    if ranked is not None:
        return ranked
    for one, other in ((ct, st), (st, ct)):
        for w in one - other:
            # the counterpart must be the other side's only: "monolingual transfer … with
            # multilingual BERT" says both, and a passage saying "multilingual" opposes nothing
            m = _NEG_PREFIX.match(w)
            # "tasks the model has not seen" is "unseen tasks": a negated plain word is its
            # prefixed opposite
            plain_text = source_clause if one is ct else claim_clause
            if m and w[m.end():] in other - one and not _negated_word(plain_text, w[m.end():]):
                return f"{w} / {w[m.end():]}"
            for p, q in (("over", "under"), ("under", "over"), ("single-", "multi-"), ("multi-", "single-"),
                         ("mono", "multi"), ("multi", "mono")):
                if w.startswith(p) and len(w) > len(p) + 3 and q + w[len(p):] in other - one:
                    return f"{w} / {q + w[len(p):]}"
    return None


def opposed(claim: Polarity, source: Polarity) -> str | None:
    """The antonym group in which the two clauses point opposite ways, if any."""
    for g, cs in claim.signs.items():
        ss = source.signs.get(g)
        if ss and len(cs) == 1 and len(ss) == 1 and cs != ss:
            return g
    return None
