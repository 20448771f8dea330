"""Which way a clause points: antonyms, negation scope, quantifiers.

"increases variance" / "reduced variance", "performs poorly" / "performs particularly
well", "written by crowd workers rather than experts" / "expert-written": the words match
and the meaning is opposite. Each clause gets, per antonym group, the sign its words give
after negation: a cue (not, no, never, neither…nor, fail to, without, rather than,
instead of) flips every polar word after it in the same clause, so "neither A nor X
consistently outperforms Y" says X does *not* outperform Y while "improves accuracy, and
does not require data" says nothing against the improvement.

Retrieval folds every word of a group to one token (``fold``) so that antonyms still
find each other's sentence; the verdict rules then compare the signs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# group → (words pointing one way, words pointing the other way)
GROUPS: dict[str, tuple[set[str], set[str]]] = {
    "direction": (
        set("""increase increases increased increasing raise raises raised raising boost boosts boosted
        improve improves improved improving improvement improvements gain gains help helps helped
        benefit benefits benefited beneficial helpful useful outperform outperforms outperformed outperforming
        higher better best grow grows grew rise rises rose enhance enhances enhanced strengthen strengthens
        superior strong stronger strongest strongly good effective positive positively more powerful
        surpass surpasses surpassed exceed exceeds exceeded beat beats ahead""".split()),
        set("""reduce reduces reduced reducing decrease decreases decreased decreasing lower lowers lowered
        drop drops dropped hurt hurts harm harms harmed degrade degrades degraded degrading worse worst
        worsen worsens underperform underperforms underperformed decline declines declined shrink
        shrinks weaken weakens inferior poor weak weaker weakest ineffective negative negatively less
        fewer diminish diminishes detrimental harmful unhelpful useless weakly marginal
        trail trails trailed lag lags lagged behind""".split()),
    ),
    "manner": (set("well competitively".split()), set("poorly badly".split())),
    "suitability": (set("suited suitable well-suited appropriate".split()),
                    set("unsuitable unsuited ill-suited inappropriate".split())),
    "multiplicity": (set("multiple".split()), set("single".split())),
    "amount": (set("many".split()), set("few".split())),
    "ease": (
        set("easy easily easier".split()),
        set("difficult difficulty difficulties hard harder struggle struggles struggled challenging".split()),
    ),
    "author": (
        set("expert experts expert-written expert-annotated professional professionals linguists".split()),
        set("crowd crowdworkers crowd-workers crowdsourced crowd-sourced non-expert non-experts amateur laypeople".split()),
    ),
    "size": (
        set("""large larger largest big bigger biggest significant substantial considerable major sizable sizeable
        ample abundant plenty plentiful numerous extensive""".split()),
        set("small smaller smallest tiny little negligible minor marginal insignificant slight limited scarce scant handful rare rarely".split()),
    ),
    "speed": (set("fast faster fastest quick quicker".split()), set("slow slower slowest".split())),
    "likeness": (set("like similar similarly same identical".split()), set("unlike different differently dissimilar".split())),
    "inclusion": (
        set("keep keeps kept retain retains retained include includes included add adds added".split()),
        set("remove removes removed removing drop-out discard discards discarded exclude excludes excluded omit omits omitted eliminate eliminates eliminated".split()),
    ),
    "change": (set("dynamic dynamically changing varied".split()), set("static statically fixed constant".split())),
    "encouragement": (
        set("encourage encourages encouraged encouraging favor favors favour favours promote promotes incentivize incentivizes incentivise incentivises".split()),
        set("discourage discourages discouraged discouraging penalize penalizes penalise penalises".split()),
    ),
    "uniformity": (
        set("uniform uniformly homogeneous even evenly".split()),
        set("spread vary varies varied variation heterogeneous uneven unevenly".split()),
    ),
    "disclosure": (
        set("release releases released public publicly open-source available".split()),
        set("private privately withhold withholds withheld proprietary closed unreleased".split()),
    ),
    "complexity": (set("complex complicated".split()), set("simple simpler straightforward".split())),
}
_WORD_SIGN: dict[str, tuple[str, int]] = {}
for _g, (_pos, _neg) in GROUPS.items():
    for _w in _pos:
        _WORD_SIGN.setdefault(_w, (_g, 1))
    for _w in _neg:
        _WORD_SIGN.setdefault(_w, (_g, -1))

NEGATION_CUE = re.compile(
    r"\b(?:not|never|no|neither|nor|cannot|without|fails? to|failed to|unable to|no longer|none of|"
    r"rather than|instead of|lacks?|lacking)\b|n't\b",
    re.I,
)
UNIVERSAL = re.compile(r"\b(?:all|every|always|consistently|each|uniformly|invariably|across the board)\b", re.I)
PARTIAL = re.compile(
    r"\b(?:some|often|several|sometimes|many|most|certain|mixed|occasionally|usually|generally|frequently|a few|partially|partly|in part)\b",
    re.I,
)
_TOKEN = re.compile(r"[a-z][a-z\-]*")
# Phrases where a polar word points nowhere: "as well as", "more than 40", "less than 5%".
_NEUTRAL = re.compile(
    r"\bas well as\b|\b(?:more|less|fewer|higher|lower)\s+than\s+(?=[\d~≈])|\bat least\b|\bat most\b|\brelative to\b", re.I)


def sign_of(word: str) -> tuple[str, int] | None:
    """(group, sign) of a polar word or of a compound it leads ("large-scale",
    "small-scale"). Adverbs are not derived: "significantly undertrained" says how much,
    and weighing it would pull the clause's alignment away from "undertrained"."""
    hit = _WORD_SIGN.get(word)
    if hit is None and "-" in word:
        hit = _WORD_SIGN.get(word.split("-", 1)[0])
    return hit


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


_FUNCTION = set(
    """a an the to of be been being is are was were do does did have has had it its that this these those
    any more much so very as for in on at by with from into""".split()
)
_BOUNDARY = re.compile(r"[,;:()!?]|\.(?=\s|$)|\b(?:but|whereas|while|although|though|which|however)\b")


@dataclass(frozen=True)
class Occurrence:
    start: int  # character offsets in the text given
    end: int
    group: str
    sign: int  # after the negation cues before it in its clause


def occurrences(text: str) -> list[Occurrence]:
    """Every polar word of ``text`` with the sign its clause gives it."""
    low = _NEUTRAL.sub(lambda m: " " * len(m.group(0)), text.lower())
    bounds = [0] + [m.end() for m in _BOUNDARY.finditer(low)] + [len(low) + 1]
    out = []
    for a, b in zip(bounds, bounds[1:]):
        clause = low[a:b]
        cues = [m.start() for m in NEGATION_CUE.finditer(clause)]
        for m in _TOKEN.finditer(clause):
            hit = sign_of(m.group(0))
            if hit is None:
                continue
            group, sign = hit
            # "neither A nor B" counts once; two cues before a word ("not ... no") cancel.
            flips = sum(1 for c in cues if c < m.start())
            if re.search(r"\bneither\b", clause[: m.start()]) and re.search(r"\bnor\b", clause[: m.start()]):
                flips -= 1
            out.append(Occurrence(a + m.start(), a + m.end(), group, sign * (-1 if flips % 2 else 1)))
    return out


def polarity(clause: str) -> Polarity:
    text = _NEUTRAL.sub(" ", clause.lower())
    cues = list(NEGATION_CUE.finditer(text))
    signs: dict[str, set[int]] = {}
    # A cue negates a plain verb when the first content word after it is not polar:
    # "fail to observe more correlations", "does not require"; "does not hurt" is weighed
    # with its antonym instead.
    bare = False
    heads: set[str] = set()
    scoped: set[str] = set()
    for c in cues:
        reach = re.split(r"[,;:()]|\.\s", text[c.end() :], maxsplit=1)[0]
        after = [w for w in _TOKEN.findall(reach) if w not in _FUNCTION]
        if not after or sign_of(after[0]) is None:
            bare = True
            # "neither A nor B beats C" negates the verb after the pair, not A: no head.
            if c.group(0).lower() not in ("neither", "nor"):
                heads.update(after[:1])
            scoped.update(after)
    for o in occurrences(clause):
        signs.setdefault(o.group, set()).add(o.sign)
    universal = bool(UNIVERSAL.search(text)) and not bool(re.search(r"\bnot (?:all|every|always|consistently)\b", text))
    return Polarity({g: frozenset(s) for g, s in signs.items()}, bool(cues), bare, universal, bool(PARTIAL.search(text)),
                    frozenset(heads), frozenset(scoped))


_NEG_PREFIX = re.compile(r"^(?:un|non-?|in|im|dis|ir|il)(?=[a-z]{4})")


# Opposites that point nowhere by themselves ("relative positions" / "absolute positions"):
# checked only between clauses that otherwise say the same thing.
WORD_PAIRS = {("relative", "absolute"), ("local", "global"), ("shallow", "deep"), ("manual", "automatic"),
              ("manually", "automatically"), ("early", "late"), ("first", "last"), ("high", "low"),
              ("source", "target")}


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
    for one, other in ((ct, st), (st, ct)):
        for w in one - other:
            m = _NEG_PREFIX.match(w)
            if m and w[m.end():] in other:
                return f"{w} / {w[m.end():]}"
            for p, q in (("over", "under"), ("under", "over"), ("single-", "multi-"), ("multi-", "single-"),
                         ("mono", "multi"), ("multi", "mono")):
                if w.startswith(p) and len(w) > len(p) + 3 and q + w[len(p):] in other:
                    return f"{w} / {q + w[len(p):]}"
    return None


def opposed(claim: Polarity, source: Polarity) -> str | None:
    """The antonym group in which the two clauses point opposite ways, if any."""
    for g, cs in claim.signs.items():
        ss = source.signs.get(g)
        if ss and len(cs) == 1 and len(ss) == 1 and cs != ss:
            return g
    return None
