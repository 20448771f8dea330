"""A claim's numbers against a passage's: each claim number agrees with one the passage
states for the same thing, disagrees with one, or is not stated.

Numbers are bound to what they are about — the noun they count, the words next to them, the
name their phrase ends with, a table's column — so a number stated for another thing never
decides. A difference, a change "from A to B" or a relative change the claim states and the
passage only implies is computed from the passage's two numbers, sign included.
"""

from __future__ import annotations

import dataclasses
import math
import re
from bisect import bisect_left
from collections.abc import Callable, Sequence


from claimcheck.evidence.clauses import PART_RECALL, PART_SPLIT, clause_texts, is_content, plain_words
from claimcheck.evidence.names import entity_spans, names_in
from claimcheck.evidence.polarity import occurrences
from claimcheck.evidence.quantities import (
    METRIC_GAP,
    as_hours,
    assigned_symbol,
    attached_number,
    changed_span,
    directions_clash,
    extract_quantities,
    factor_of,
    factors_agree,
    is_relative,
    list_pairs,
    measured,
    reversed_pair,
    prefix_agrees,
    quantities_agree,
    relative_changes,
    rescaled,
    same_thing,
    singular,
    unit_word,
)
from claimcheck.evidence.retrieve import stems
from claimcheck.evidence.tables import (
    ROW_TEXT,
    header_score,
    is_difference,
    outside,
    rounded_agree,
)
from claimcheck.model import (
    Claim,
    NumberCheck,
    Passage,
    Quantity,
)


def _label_before(text: str, q: Quantity) -> frozenset[str]:
    """The word right before a number: its label in "TCS 77.5", "Uniform 71.6"."""
    words = re.findall(r"[A-Za-z][A-Za-z\-]*", text[max(0, q.start - 30) : q.start])
    return plain_words(stems(words[-1])) if words else frozenset()


def _compatible(q: Quantity, s: Quantity) -> bool:
    """Whether two numbers could measure the same thing at all."""
    if as_hours(q) is not None and as_hours(s) is not None:
        return True  # "four hours" / "40 minutes": one duration, in two units
    if not same_thing(q, s):
        return False
    if (q.noun and s.unit) or (s.noun and q.unit):
        return False  # "43% of cost" / "2,400 steps"
    if (q.unit == "x") != (s.unit == "x") and q.unit is not None and s.unit is not None:
        return False
    return True


_MARGIN_BEFORE = re.compile(r"\bby\s+(?:about |roughly |nearly |almost |over |up to |around |some )?$", re.I)
_LEVEL_BEFORE = re.compile(r"(?<![\w-])(\w+)\s+(?:of|at)\s+(?:about |roughly |around |nearly |almost |just )?$", re.I)
_CHANGE_NOUN = re.compile(r"improvements?|gains?|increases?|drops?|decreases?|reductions?|margins?|differences?|"
                          r"boosts?|gaps?|leads?|declines?|jumps?|rises?|falls?|changes?", re.I)


def _is_level(text: str, s: Quantity) -> bool:
    """Whether a number of the passage is a level ("a perplexity of 7.16", "the forecast
    of 63.4%"), not a change ("an improvement of 7.6%")."""
    m = _LEVEL_BEFORE.search(text[max(0, s.start - 60) : s.start])
    return m is not None and not _CHANGE_NOUN.fullmatch(m.group(1))


def _conflict(q: Quantity, source: list[Quantity], used: set[int], claim_words: frozenset[str], text: str,
              claim_text: str) -> Quantity | None:
    """The source's number for the same thing as ``q``, when it states a different one."""
    # Two changes of different measures are different things, whatever else the sentences
    # share: "reduces training cost by 43%" / "improves accuracy by 8.0 points".
    q_changed = _changed(claim_text, q)
    # A margin is no level: "beats the forecast by 10.5 points" says nothing against "the
    # forecast of 63.4%", nor "lowers perplexity by 0.59" against "a perplexity of 7.16".
    q_margin = _MARGIN_BEFORE.search(claim_text, 0, q.start) is not None
    # "0.23 higher than B" is a margin too, never one of a table row's unsigned cells (levels)
    q_gap = q.noun is None and bool(q.direction) and is_difference(claim_text, q)
    row = bool(ROW_TEXT.match(text))
    free = [(i, s) for i, s in enumerate(source) if i not in used and _compatible(q, s)
            and not (q_changed and (s_changed := _changed(text, s)) and not q_changed & s_changed)
            and not (q_margin and _is_level(text, s))
            and not (q_gap and not q_margin and row and not s.direction)]
    if not free:
        return None
    q_ctx = _near(claim_text, q)
    q_symbol = assigned_symbol(claim_text, q)

    def affinity(s: Quantity) -> tuple[int, int, int, int, int]:
        # "lowers … by 5.4" against "an improvement of 5.4": the same size the other way
        flipped = directions_clash(q, s) and math.isclose(abs(q.value), abs(s.value), rel_tol=1e-6)
        counted = int((q.noun is not None and s.noun is not None) or flipped)
        labelled = int(bool(_label_before(text, s) & claim_words))
        # "48GB" against "Size 47GB": a unit of measure written out is what both measure
        counted = counted or int(q_unit is not None and q_unit == unit_word(text, s))
        same_unit = int(q.unit is not None and q.unit == s.unit)
        # the same symbol set ("beta_T = 0.2" / "beta_T = 0.02") names the value outright
        symbol = int(q_symbol is not None and assigned_symbol(text, s) == q_symbol)
        return symbol, counted, labelled, same_unit, len(q_ctx & _near(text, s))

    q_unit = unit_word(claim_text, q)
    best_i, best = max(free, key=lambda t: affinity(t[1]))
    symbol, counted, labelled, _, overlap = affinity(best)
    # a share written as a fraction ("three in five") is compared as the percentage it is
    qv = q.value * 100 if q.unit is None and best.unit == "%" and abs(q.value) <= 1 else q.value
    bv = best.value * 100 if best.unit is None and q.unit == "%" and abs(best.value) <= 1 else best.value
    magnitude_ok = (qv == 0) or (bv != 0 and 0.01 <= abs(bv / qv) <= 100) or rescaled(q, best)
    # The same thing: the same noun counted, the same label, or shared words around both
    # numbers. A shared unit alone ("43% of cost" / "45% of errors") is not enough.
    if (symbol or counted or labelled or overlap) and magnitude_ok:
        used.add(best_i)
        return best
    return None


_COMPARISON = re.compile(
    r"\b(?:beats?|exceeds?|surpass(?:es)?|outperforms?|over|than|above|below|behind|trails?|relative to|compared (?:to|with))\b", re.I)
_COMPARISON_AFTER = re.compile(
    r"\s*(?:%|points?|pts|pp|percentage points?)?\s*" + METRIC_GAP + r"(?:above|below|ahead of|behind|higher than|lower than|better than|worse than|relative to|compared (?:to|with))\b", re.I)
_CLAUSE_END = re.compile(r"[,;:()]|\.(?:\s|$)|\b(?:and|but|while|whereas)\b")
_SUBJECT_SMALLER = re.compile(r"\b(?:below|behind|trails?|lower|worse|less|fewer)\b", re.I)


def _label_words(text: str, q: Quantity) -> frozenset[str]:
    """The words between the previous number (or the sentence start) and this one: what it
    is the number of ("a strong logistic regression model, which achieves an F1 of")."""
    # a table row's cells are apart at ";" ("Gopher 74.5; MT-NLG 530B 76.6"); digits glued to
    # a letter ("530B") are part of a name, not the previous number
    before = re.split(r"\.\s|;|(?<![A-Za-z\d])\d(?:[\d.,]*\d)?%?(?![A-Za-z\d])", text[: q.start])[-1]
    return plain_words(stems(" ".join(re.findall(r"[A-Za-z][A-Za-z0-9\-]*", before)[-12:])))


def _trailing_words(text: str, q: Quantity) -> frozenset[str]:
    """The words of a number's own phrase after it, up to a clause break or the next number:
    whose number it is in "compared with 71.9 for the monolingual baselines"."""
    after = re.split(r"[,;:()]|\.\s|\b(?:while|whereas|but|and)\b|(?<![A-Za-z\d])\d", text[q.end : q.end + 60])[0]
    return plain_words(stems(" ".join(re.findall(r"[A-Za-z][A-Za-z0-9\-]*", after)[:6])))


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
    subject = plain_words(stems(core[slice(*subject_span)]))
    obj = plain_words(stems(core[slice(*object_span)]))
    # two numbers of one sentence, or of adjacent ones written alike ("51.0%" … "(86.8%)"):
    # a window's other sentences make pairs by chance
    at = sentence_index(text)

    def sentence(x: Quantity) -> int:
        return at(x.start)

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
    what = plain_words(stems(changed_span(core, q)))
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
        if what and len(what & plain_words(stems(clause))) >= max(1, len(what) / 2):
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


# Measures, not things measured: "F1 on MLQA" and "F1 on NER" are about different names.
def bound_names(text: str, qs: Sequence[Quantity]) -> list[frozenset[str]]:
    """The names each number is about, by where they attach: a name in the number's own
    phrase after it ("15.7% in XNLI accuracy for Swahili", "+13% F1 on MLQA") belongs to
    that number; any other name belongs to the next number of its sentence ("MultiNLI
    accuracy to 86.7%", "XLM-R reaches 78.0"). Why: "11.4% for Swahili and 15.7% for Urdu"
    has both numbers and both names of "15.7% for Swahili and 11.4% for Urdu" — only the
    attachment tells them apart."""
    out: list[set[str]] = [set() for _ in qs]
    spans = entity_spans(text)
    for pos, name in spans:
        if any(q.start <= pos < q.end for q in qs):
            continue
        i = attached_number(text, list(qs), pos, pos + len(name))
        if i is not None:
            out[i].add(name)
    for numbers, names in list_pairs(text, qs, spans):
        # "A and B reach 90.1 and 85.3, respectively": the n-th name is the n-th number's
        for group in out:
            group.difference_update(names)
        for i, name in zip(numbers, names):
            out[i].add(name)
    return [frozenset(n) for n in out]


# Words of a list that "respectively" pairs with numbers are lower-case common words as
# often as names ("the input and target lengths are 1024 and 256, respectively").
_LIST_WORD = re.compile(r"\b[a-z][a-z\-]{2,}\b")
# a setting written as digits joined to a word ("5-shot", "12-layer"): a label, like a word
_LABEL = re.compile(r"(?<![\w.\-])\d+-[A-Za-z][A-Za-z\-]*\b")
_RESPECTIVE = re.compile(r"\brespectively\b", re.I)
# the clause a claim number's own words stand in, back to the last break
_CLAUSE_BACK = re.compile(r"[,;:()]|\.\s|\b(?:and|or|but|while|whereas|against)\b")


def respective_words(text: str, qs: Sequence[Quantity]) -> dict[int, str]:
    """The common word each number of a "respectively" list is paired with: "the input and
    target sequence lengths are 1024 and 256, respectively" pairs 1024 with *input* and
    256 with *target* (the numbers' indices in ``qs`` → the word's singular stem)."""
    if not _RESPECTIVE.search(text):
        return {}
    # "with 0-shot, 5-shot, and 10-shot respectively": a label's digits are no number of the list
    labels = [(m.start(), m.group(0).lower()) for m in _LABEL.finditer(text)]
    kept = [i for i, q in enumerate(qs) if not any(p <= q.start < p + len(w) for p, w in labels)]
    numbers_ = [qs[i] for i in kept]
    spans = sorted([(m.start(), m.group(0)) for m in _LIST_WORD.finditer(text)
                    if m.group(0) not in _LIST_STOP and not any(q.start <= m.start() < q.end for q in numbers_)
                    and not any(p <= m.start() < p + len(w) for p, w in labels)] + labels)
    out: dict[int, str] = {}
    for numbers, words in list_pairs(text, numbers_, spans):
        if len(set(words)) == len(words):
            out.update({kept[i]: singular(w) for i, w in zip(numbers, words)})
    return out


_LIST_STOP = frozenset({"and", "the", "for", "are", "were", "was", "respectively", "with", "our", "their", "its",
                        "which", "that", "this", "these", "those", "both", "all", "each", "from", "into", "used"})


def _clause_words(text: str, q: Quantity) -> set[str]:
    """The words of the clause a number stands in, before it and in its own phrase after it
    ("input sequences of 256", "256 input tokens")."""
    before = _CLAUSE_BACK.split(text[max(0, q.start - 60) : q.start])[-1]
    after = _CLAUSE_BACK.split(text[q.end : q.end + 30])[0]
    near = before + " " + after
    return {singular(w) for w in _LIST_WORD.findall(_LABEL.sub(" ", near))} | {singular(w.lower()) for w in _LABEL.findall(near)}


def _now_against(checks: list[NumberCheck], claim_text: str, said: str) -> None:
    """Turns the agreeing check of a claim number into a disagreement with ``said``, the
    passage's number for it after all. Changes ``checks`` in place."""
    k = next((k for k, c in enumerate(checks) if c.claim_text == claim_text and c.agrees), None)
    if k is not None:
        checks[k] = NumberCheck(claim_text, said, False)


def _swapped_in_list(claim_qs: list[Quantity], core: str, source_qs: list[Quantity], text: str,
                     matched: dict[int, int], checks: list[NumberCheck]) -> None:
    """A number the claim binds to one word of a "respectively" list that the passage pairs
    with another word of it is the other word's value: "inputs of 256 and targets of 1024"
    against "input and target lengths are 1024 and 256, respectively"."""
    pairs = respective_words(text, source_qs)
    if len(pairs) < 2:
        return
    listed = set(pairs.values())
    for n, i in matched.items():
        theirs = pairs.get(i)
        mine = _clause_words(core, claim_qs[n]) & listed
        if theirs is None or len(mine) != 1 or theirs in mine:
            continue
        (word,) = mine
        rival = next((j for j, w in pairs.items() if w == word), None)
        if rival is None or quantities_agree(claim_qs[n], source_qs[rival]):
            continue
        _now_against(checks, claim_qs[n].text, source_qs[rival].text)


# the word right after a number, past "in"/"of": what it counts ("58K in conversations")
_HEAD_AFTER = re.compile(r"\s*(?:(?:in|of)\s+)?(?:the\s+)?([A-Za-z][A-Za-z]+)")
# words after a number that say how it is measured or compared, not what it counts
_NOT_A_HEAD = frozenset({"point", "percent", "percentage", "time", "fold", "absolute", "relative", "pp", "pt",
                         "over", "above", "below", "than", "higher", "lower", "more", "less", "fewer", "better",
                         "worse", "on", "for", "to", "with", "and", "or", "by", "at", "from", "in", "of", "the",
                         "respectively", "improvement", "gain", "increase", "drop", "decrease"})


def _head_words(text: str, q: Quantity) -> frozenset[str]:
    """What a number counts: the word right after it, and its counted noun's head —
    "three question types" counts types as "three types of questions" does, "40K forum
    posts" forum posts as "40K in forum posts" does."""
    words = set()
    if q.noun:
        words.add(singular(q.noun.split()[-1]))
    m = _HEAD_AFTER.match(text, q.end)
    if m is not None:
        words.add(singular(m.group(1).lower()))
    return frozenset(w for w in words if w not in _NOT_A_HEAD and len(w) >= 3)


def _swapped_heads(claim_qs: list[Quantity], core: str, source_qs: list[Quantity], text: str,
                   matched: dict[int, int], checks: list[NumberCheck]) -> None:
    """A claim number whose own phrase ("23K conversations") names what another number of
    the passage counts ("58K in conversations, 23K in detailed descriptions"), while the
    passage's number it agrees with counts something else, is that other number's rival.
    Changes ``checks`` in place."""
    theirs = [_head_words(text, s) for s in source_qs]
    for n, i in list(matched.items()):
        mine = _head_words(core, claim_qs[n])
        if not mine or not theirs[i] or mine & theirs[i]:
            continue
        rival = [j for j in range(len(source_qs)) if j != i and mine & theirs[j]]
        if len(rival) != 1 or quantities_agree(claim_qs[n], source_qs[rival[0]]) \
                or not _compatible(claim_qs[n], source_qs[rival[0]]):
            continue
        _now_against(checks, claim_qs[n].text, source_qs[rival[0]].text)


def _phrase_words(text: str, qs: Sequence[Quantity], k: int) -> frozenset[str]:
    """The content words of number ``k``'s own clause, back to a clause break or the
    previous number and on to a clause break or the next number: "beta2" in "beta1 = 0.9,
    beta2 = 0.999", "source" in "160,000 of the most frequent words for the source language"."""
    q = qs[k]
    start = qs[k - 1].end if k > 0 else 0
    end = qs[k + 1].start if k + 1 < len(qs) else len(text)
    before = _CLAUSE_BACK.split(text[max(start, q.start - 80) : q.start])[-1]
    after = _CLAUSE_BACK.split(text[q.end : min(end, q.end + 80)])[0]
    return plain_words(stems(" ".join(re.findall(r"[A-Za-z][A-Za-z0-9\-]*", before + " " + after))))


def _swapped_pair(claim_qs: list[Quantity], core: str, source_qs: list[Quantity], text: str,
                  matched: dict[int, int], checks: list[NumberCheck]) -> None:
    """Two numbers the claim binds each to the word that binds the other one in the passage:
    "a rate of 1.9 and a distortion of 1.7" against "a rate of 1.7 and a distortion of 1.9",
    "the 80K source and 160K target words" against "160,000 source words and 80,000 target
    words". Each disagrees, with the passage's number for its word. Only words that tell
    the two phrases apart count, on both sides, so a subject the first phrase alone carries
    decides nothing. Changes ``checks`` in place."""
    pairs = sorted(matched.items())
    for a, (n, i) in enumerate(pairs):
        for m, j in pairs[a + 1 :]:
            qn, qm, si, sj = claim_qs[n], claim_qs[m], source_qs[i], source_qs[j]
            if i == j or quantities_agree(qn, sj) or quantities_agree(qm, si):
                continue
            ln, lm = _phrase_words(core, claim_qs, n), _phrase_words(core, claim_qs, m)
            li, lj = _phrase_words(text, source_qs, i), _phrase_words(text, source_qs, j)
            dn, dm, di, dj = ln - lm, lm - ln, li - lj, lj - li
            if not (dn & dj and dm & di) or dn & di or dm & dj:
                continue
            for q, s in ((qn, sj), (qm, si)):
                # the pair stated the other way round: as firm a key as an agreeing number
                _now_against(checks, q.text, f"{s.text}{OTHER_WAY}")


# A model's size variant named by an adjective before the thing it sizes ("the big models",
# "our base Transformer models"): a passage about one variant states no number of another.
_VARIANT = re.compile(
    r"\b(base|big|large|small|tiny|medium|huge|giant|mini)\b(?=[\s\-]+(?:[A-Z][\w\-]*\s+)?"
    r"(?:models?|transformers?|versions?|variants?|configurations?|networks?|architectures?|encoders?|decoders?)\b)", re.I)
# "Transformer (big)" against the row "Transformer (base model)": a name's variant in brackets
_BRACKETED = re.compile(r"([A-Z][\w\-.]*)\s*\(([^()]{1,30})\)")


def _variants(text: str) -> set[str]:
    return {m.group(1).lower() for m in _VARIANT.finditer(text)}


def other_variant(core: str, text: str) -> bool:
    """The passage speaks of another size variant than the claim, and of none the claim
    names: "the big models took 0.4 seconds" against "for our base models ... 0.4 seconds";
    a bracketed qualifier of one name likewise ("Transformer (big)" / "Transformer (base model)")."""
    mine, theirs = _variants(core), _variants(text)
    if mine and theirs and not mine & theirs:
        return True
    claimed = {m.group(1).lower(): m.group(2).lower().split() for m in _BRACKETED.finditer(core)}
    for m in _BRACKETED.finditer(text):
        words = claimed.get(m.group(1).lower())
        if words and not set(words) & set(m.group(2).lower().split()) \
                and not any(q.lower().split() == words for n, q in
                            ((x.group(1), x.group(2)) for x in _BRACKETED.finditer(text)) if n.lower() == m.group(1).lower()):
            return True
    return False


_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+(?=[A-Z(])")


def sentence_index(text: str) -> Callable[[int], int]:
    """Which sentence of ``text`` (0, 1, …) a character offset is in."""
    breaks = [m.start() for m in _SENTENCE_BREAK.finditer(text)]
    return lambda pos: bisect_left(breaks, pos)


def _of_other_variants(core: str, text: str, source_qs: list[Quantity]) -> set[int]:
    """The passage's numbers stated in a sentence about another variant than the claim's."""
    if not (_variants(core) or _BRACKETED.search(core)):
        return set()
    bounds = [0] + [m.end() for m in _SENTENCE_BREAK.finditer(text)] + [len(text) + 1]
    out: set[int] = set()
    for a, b in zip(bounds, bounds[1:]):
        if other_variant(core, text[a:b]):
            out |= {i for i, s in enumerate(source_qs) if a <= s.start < b}
    return out


def _range_ends(q: Quantity, source_qs: list[Quantity], text: str) -> tuple[str, bool] | None:
    """A claim's range ("from 422M to 175B parameters") against a sentence that lists the
    values it spans ("models of 422M, 2B, 8B, 68B, and 137B parameters"): agreeing when the
    sentence that states its lower end states its upper end too, contradicted when that
    sentence lists three or more values from the lower end up to another top; None when no
    sentence states its lower end."""
    # The separator follows the lower end: a sign before it ("-5–10%") is the number's own.
    parts = re.split(r"(?<=\S)\s*(?:to|–|-|and)\s*", q.text, maxsplit=1)
    if len(parts) != 2 or q.upper is None or not parts[0].strip() or not parts[1].strip():
        return None
    lo = Quantity(q.value, parts[0], q.unit, 0, 0, noun=q.noun)
    hi = Quantity(q.upper, parts[1], q.unit, 0, 0, noun=q.noun)
    at = sentence_index(text)

    def sentence(x: Quantity) -> int:
        return at(x.start)

    for s in source_qs:
        if s.upper is not None or not quantities_agree(lo, s):
            continue
        line = [x for x in source_qs if sentence(x) == sentence(s) and x.upper is None and x.unit == s.unit
                and not (x.noun and s.noun and x.noun != s.noun)]
        top = next((x for x in line if quantities_agree(hi, x)), None)
        if top is not None:
            return f"{s.text} … {top.text}", True
        if len(line) >= 3 and min(x.value for x in line) == s.value:
            highest = max(line, key=lambda x: x.value)
            return f"{s.text} … {highest.text}", False
    return None


def _same_sentence_first(claim_qs: list[Quantity], source_qs: list[Quantity], text: str,
                         matched: dict[int, int], checks: list[NumberCheck]) -> None:
    """A window of sentences may state a counted number twice: "83.7% accuracy over 112
    languages" and, in the next sentence, "a model for 109+ languages". The claim's
    numbers stated together ("83.7% … across 109 languages") are about the sentence that
    states the others: its value for the same counted noun decides, not a neighbour's."""
    if not _SENTENCE_BREAK.search(text) or len(matched) < 2:
        return
    at = sentence_index(text)

    def sentence(s: Quantity) -> int:
        return at(s.start)

    for n, i in matched.items():
        q = claim_qs[n]
        if q.noun is None:
            continue
        others = {sentence(source_qs[j]) for m, j in matched.items() if m != n}
        if len(others) != 1 or sentence(source_qs[i]) in others:
            continue
        home = next(iter(others))
        # (a number another claim number agrees with is that one's, never this one's rival:
        # "380 tokens/sec, so 1.4T tokens take three weeks")
        rival = next((s for j, s in enumerate(source_qs) if sentence(s) == home and s.noun and q.noun
                      and j not in matched.values()
                      and s.noun.split()[-1] == q.noun.split()[-1] and not quantities_agree(q, s)), None)
        if rival is not None:
            _now_against(checks, q.text, rival.text)


_LISTED = re.compile(r"\s*%?\s*(?:,|,?\s*and|,?\s*or)\s*")


# "their reported human-level error rate of 5.8%": a measure named by several words right
# before "of" and the number
_PHRASE_OF = re.compile(r"((?:[A-Za-z][\w\-]*\s+){1,3}[A-Za-z][\w\-]*)\s+of\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|only\s+|just\s+)?$")
_PHRASE_STOP = frozenset("the a an its their our his her this that these those reported far below above with and or "
                         "at of in on for to from by".split())


def _phrase_of(text: str, s: Quantity) -> list[str]:
    """The content words of the measure phrase right before "of" and the number, when the
    phrase has a head and at least one modifier; [] otherwise."""
    m = _PHRASE_OF.search(text[max(0, s.start - 60) : s.start])
    if m is None:
        return []
    words = [w.lower() for w in m.group(1).split() if w.lower() not in _PHRASE_STOP]
    return words if len(words) >= 2 else []


def _phrased_elsewhere(core: str, q: Quantity, text: str, source_qs: list[Quantity], i: int) -> int | None:
    """A later number of the passage that a measure phrase the claim gives its number
    ("the human-level error rate ... was 5.3%") names exactly ("... , far below the
    human-level error rate of 5.8%"), when the number the claim's value agreed with stands
    before it in another clause: the phrase names the rival, not the agreeing number."""
    before = core[: q.start].lower()
    for k, s in enumerate(source_qs):
        if k == i or s.start <= source_qs[i].end or quantities_agree(q, s) or not _compatible(q, s):
            continue
        words = _phrase_of(text, s)
        if not words or not all(re.search(r"(?<![\w-])" + re.escape(w) + r"(?![\w-])", before) for w in words):
            continue
        if re.search(r"[,;:]|\.\s", text[source_qs[i].end : s.start]):
            return k
    return None


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
    for n in range(1, len(claim_qs)):
        # a list of numbers ("of 8.2, 7.5, and 7.0 points") is about the names of its first
        if not claim_names[n] and _LISTED.fullmatch(core[claim_qs[n - 1].end : claim_qs[n].start]):
            claim_names[n] = claim_names[n - 1]
    row_like = is_row or bool(ROW_TEXT.match(text))
    source_names = bound_names(text, source_qs) if not row_like else [frozenset() for _ in source_qs]

    # a setting written as digits joined to a word ("5-shot") labels, it measures nothing:
    # never the rival of a measurement, nor the number a name is bound to instead
    label_claim = [bool(_LABEL.match(core, q.start)) for q in claim_qs]
    label_source = [bool(_LABEL.match(text, s.start)) for s in source_qs]

    # a name standing between two of the claim's numbers with nothing to part them ("8.8
    # million passages gathered from Bing results to one million queries") may be about
    # either: it binds neither so firmly that a passage binding it to the other one differs
    firm_names = [names_ - _between_numbers(core, claim_qs, n) for n, names_ in enumerate(claim_names)]

    def elsewhere(n: int, i: int) -> bool:
        # the passage binds the claim number's name to another of its numbers
        return bool(firm_names[n] and source_names[i] and not firm_names[n] & source_names[i]
                    and any(firm_names[n] & other for j, other in enumerate(source_names)
                            if j != i and label_source[j] == label_claim[n]))

    # what a percentage is a share of, or a score measured in ("31% of the parameters",
    # "88.5 F1"): "31% of the parameters and 28% of the time" is not "28% parameters and
    # 31% time". Apart from names: two numbers of one measure may be about two names.
    claim_measures = [measured(core, q) for q in claim_qs]
    source_measures = [measured(text, s) for s in source_qs] if not row_like else [None for _ in source_qs]

    def measured_elsewhere(n: int, i: int) -> bool:
        # the passage gives this number another measure, and the claim's to another number
        mine, theirs = claim_measures[n], source_measures[i]
        return bool(mine and theirs and mine != theirs
                    and any(m == mine for j, m in enumerate(source_measures) if j != i))

    low = text.lower()
    # a name of the claim the passage writes as its acronym ("Minimal-HTML" as "MHTML") is
    # the same name there
    aliases = {a: name for names_ in claim_names for name in names_ if (a := _acronym(name, core))}
    aliases = {a: name for a, name in aliases.items() if re.search(r"(?<![\w-])" + re.escape(a) + r"(?![\w-])", low)}
    if aliases:
        source_names = [frozenset(aliases.get(x, x) for x in names_) for names_ in source_names]
        low += " " + " ".join(aliases.values())
    # the names in each claim number's own phrase, after it ("88.5 on MRPC"); a subject
    # before it ("XLM-R is trained on 100 languages") reaches the number more loosely
    trailing = [frozenset(name for pos, name in entity_spans(core) if pos >= q.end and name in claim_names[n])
                for n, q in enumerate(claim_qs)]

    def foreign(n: int, i: int) -> bool:
        # "88.5 on MRPC" against "bert-base-uncased reaches 88.5 F1" in a passage that never
        # names MRPC: the passage binds its number to other names only — another quantity
        return bool(trailing[n] and source_names[i] and not claim_names[n] & source_names[i]
                    and any(name not in low for name in trailing[n]))

    # the sentence of the passage each of its numbers is in, and the names each sentence has
    breaks = [m.start() for m in _SENTENCE_BREAK.finditer(text)]
    at = sentence_index(text)
    sentence_of = [at(s.start) for s in source_qs]
    bounds = [0, *breaks, len(text)]
    sentence_low = [low[bounds[k] : bounds[k + 1]] for k in range(len(bounds) - 1)]

    claim_all = frozenset(e.lower() for e in names_in(core))

    def detached(n: int, i: int) -> bool:
        # "SQuAD, MNLI and HellaSwag achieve the best results. … we obtain a 5.4 point
        # improvement over XLM-R": the window names the claim's names in one sentence and
        # binds the number to other names in another — another quantity, not a rival
        if not claim_names[n] or not source_names[i] or claim_names[n] & source_names[i]:
            return False
        home = sentence_low[sentence_of[i]]
        return not any(name in home for name in claim_names[n] | claim_all) and any(
            name in other for k, other in enumerate(sentence_low) if k != sentence_of[i] for name in claim_names[n])

    relative_claim = [is_relative(core, q) for q in claim_qs]
    # a change is never a level it starts or ends at, nor its rival ("by 7 points" / "from 70.0")
    changes = [q.noun is None and is_difference(core, q) for q in claim_qs]
    level_at = [bool(_LEVEL_AT.search(text[max(0, s.start - 8) : s.start])) for s in source_qs]
    relative_source = [is_relative(text, s) for s in source_qs]

    def small_setting(n: int, i: int) -> bool:
        # "1%" of the claim against "clipping of 1.0": a bare number up to 1 that the passage
        # gives a measure the claim never names is a setting, not the claim's percentage
        q, s = claim_qs[n], source_qs[i]
        m = measured(text, s)
        return q.unit == "%" and s.unit is None and abs(q.value) <= 1 and abs(s.value) <= 1 \
            and bool(m) and m not in core.lower()

    writes_percent = any(s.unit == "%" for s in source_qs)

    def bare_fraction(n: int, i: int) -> bool:
        # "about 1%" against "we use 0.01 to warm up ... training error <0.1%": a passage that
        # writes its percentages with a sign writes no share as a bare fraction, so its 0.01
        # is a rate or a setting, not 1%
        q, s = claim_qs[n], source_qs[i]
        return writes_percent and q.unit == "%" and s.unit is None and abs(s.value) < 1 \
            and s.text[:1].isdigit() and not math.isclose(q.value, s.value)

    def other_kind(n: int, i: int) -> bool:
        # a relative change is compared with relative ones only; an absolute one ("4.7
        # points") never with a relative one
        return relative_claim[n] != relative_source[i] and (relative_claim[n] or claim_qs[n].unit == "points")

    # another variant's numbers are none of the claim's, sentence by sentence of the passage
    used = _of_other_variants(core, text, source_qs)
    matched: dict[int, int] = {}  # claim number → the passage number it agrees with
    for n, q in enumerate(claim_qs):
        last = n == len(claim_qs) - 1 and cut_at_number and q.end >= len(core) - 1
        ends = _range_ends(q, source_qs, text) if q.upper is not None else None
        if ends is not None:
            checks.append(NumberCheck(q.text, ends[0], ends[1]))
            continue
        match = next(
            (i for i, s in enumerate(source_qs) if i not in used and i not in wrong_column and not elsewhere(n, i)
             and not measured_elsewhere(n, i) and not foreign(n, i) and not other_kind(n, i) and not (changes[n] and level_at[i])
             and not small_setting(n, i) and not bare_fraction(n, i)
             # a range is two numbers: one end alone states neither the range nor its other end
             and not (q.upper is not None and s.upper is None)
             and (quantities_agree(q, s) or (last and prefix_agrees(q.text, s)) or factors_agree(core, q, text, s))),
            None,
        )
        rival = _phrased_elsewhere(core, q, text, source_qs, match) if match is not None else None
        if rival is not None:
            used.add(rival)
            checks.append(NumberCheck(q.text, source_qs[rival].text, False))
            continue
        if match is not None:
            used.add(match)
            matched[n] = match
            checks.append(NumberCheck(q.text, source_qs[match].text, True))
    _off_clause(core, claim_qs, source_qs, text, matched, checks, used)
    _same_sentence_first(claim_qs, source_qs, text, matched, checks)
    _swapped_in_list(claim_qs, core, source_qs, text, matched, checks)
    _swapped_heads(claim_qs, core, source_qs, text, matched, checks)
    _swapped_pair(claim_qs, core, source_qs, text, matched, checks)
    claim_words = plain_words(stems(core))
    for n, q in enumerate(claim_qs):
        if any(c.claim_text == q.text for c in checks):
            continue  # agreed, or decided by the sentence that states the claim's other numbers
        # The passage's number bound to the same name, when it is another value: the same
        # quantity with a different value ("11.4% for Swahili" / "15.7% for Swahili").
        own = next((i for i, s in enumerate(source_qs) if i not in used and claim_names[n]
                    and claim_names[n] & source_names[i] and label_source[i] == label_claim[n]
                    and _compatible(q, s) and not quantities_agree(q, s)), None)
        if own is not None and any(elsewhere(n, i) and quantities_agree(q, s) for i, s in enumerate(source_qs)):
            used.add(own)
            checks.append(NumberCheck(q.text, source_qs[own].text, False))
            continue
        # the same for a measure: "31% of the parameters" where the passage has 28% of them
        # and 31% of something else
        own = next((i for i, s in enumerate(source_qs) if i not in used and claim_measures[n]
                    and source_measures[i] == claim_measures[n] and _compatible(q, s) and not quantities_agree(q, s)), None)
        if own is not None and any(measured_elsewhere(n, i) and quantities_agree(q, s) for i, s in enumerate(source_qs)):
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
        # a table row that never names what the claim's number is on ("71.2 on MMLU" against
        # a row of Vicuna scores) has no cell about it
        if row_like and trailing[n] and q.upper is None and _ON_NAME.match(core, q.end) \
                and not any(name in low for name in trailing[n]):
            checks.append(NumberCheck(q.text, None, False))
            continue
        blocked = wrong_column | {i for i in range(len(source_qs)) if foreign(n, i) or detached(n, i) or other_kind(n, i)
                                  or (changes[n] and level_at[i]) or label_source[i] != label_claim[n]}
        taken = used | blocked
        other = _conflict(q, source_qs, taken, claim_words, text, core)
        used |= taken - blocked
        said = other.text if other else None
        if other is not None and directions_clash(q, other) and math.isclose(abs(q.value), abs(other.value), rel_tol=1e-6):
            said = other.text + OTHER_WAY  # "lowers by 5.4" against "a 5.4 point improvement"
        checks.append(NumberCheck(q.text, said, False))
    order = {q.text: i for i, q in enumerate(claim_qs)}
    checks.sort(key=lambda c: order.get(c.claim_text, 0))
    _reversed_change(core, claim_qs, source_qs, text, matched, checks)
    _beside_set_against(core, claim_qs, source_qs, text, matched, checks)
    _share_of_own(claim_qs, checks)
    return _against_own_direction(core, checks)


# "… dropout above the original model's 40%": the claim puts its subject on one side of a number
_SIDE_OF = re.compile(r"\b(?:(?P<up>above|exceed(?:s|ing)?|higher than|greater than|larger than)|"
                      r"(?P<down>below|under|lower than|smaller than|less than))\s+(?:[\w'’\-]+\s+){0,4}?$", re.I)
# "5% or 10%, vs. 40% for the original model": the passage sets its numbers against that one
_SET_AGAINST = re.compile(r"(?:\bvs\.?|\bversus|\bagainst|\bcompared (?:to|with))\s*$", re.I)


def _beside_set_against(core: str, claim_qs: list[Quantity], source_qs: list[Quantity], text: str,
                        matched: dict[int, int], checks: list[NumberCheck]) -> None:
    """A claim number that agrees with a passage number the passage sets other values against
    ("5% or 10%, vs. 40% for the original"), where the claim puts its subject on the other
    side of it ("above the original's 40%"): the number is stated, the order is not. The
    values set against it are those of its clause before the "vs.", of the same unit."""
    for n, i in matched.items():
        q, s = claim_qs[n], source_qs[i]
        side = _SIDE_OF.search(core[max(0, q.start - 60) : q.start])
        if side is None or not _SET_AGAINST.search(text[max(0, s.start - 20) : s.start]):
            continue
        clause = max(text.rfind(c, 0, s.start) for c in "(;:") + 1
        others = [o for o in source_qs if clause <= o.start < s.start - 3 and o.unit == s.unit and o.value != s.value]
        if not others:
            continue
        up = side.group("up") is not None
        if all((o.value > s.value) != up for o in others):
            said = ", ".join(o.text for o in others)
            _now_against(checks, q.text, f"{said} against {s.text}{OTHER_WAY}")

def _share_of_own(claim_qs: list[Quantity], checks: list[NumberCheck]) -> None:
    """A share the claim states between two of its own numbers the passage agrees with
    follows from them: "about half of the 52,445 instructions (26,559)" where the passage
    states 26,559 of 52,445. Changes ``checks`` in place."""
    agreed = [q for q in claim_qs if q.upper is None and any(c.claim_text == q.text and c.agrees for c in checks)]
    for k, c in enumerate(checks):
        q = next((q for q in claim_qs if q.text == c.claim_text), None)
        if c.agrees or c.source_text is not None or q is None or q.upper is not None:
            continue
        if not (q.unit == "%" or (q.unit is None and q.noun is None and 0 < q.value < 1)):
            continue
        for part, whole in ((a, b) for a in agreed for b in agreed if 0 < a.value < b.value):
            share = part.value / whole.value * (100 if q.unit == "%" else 1)
            # one share of one thing, so "about" reaches it as it would a counted number
            if quantities_agree(dataclasses.replace(q, noun="share"), Quantity(share, f"{share:.4f}", q.unit, 0, 0, noun="share")):
                checks[k] = NumberCheck(q.text, f"{part.text} of {whole.text}", True)
                break


# "from" and up to four words before a change's first level ("from their 5.3%")
_FROM_FIRST = re.compile(r"\bfrom\s+(?:[a-z][\w-]*\s+){0,4}$", re.I)


def _changes(text: str, qs: Sequence[Quantity]) -> list[tuple[int, int]]:
    """The changes "from A to B" a text states, as the indices of A and B in ``qs``."""
    return [(n, n + 1) for n, (a, b) in enumerate(zip(qs, qs[1:]))
            if _FROM_FIRST.search(text[max(0, a.start - 50) : a.start]) and _FROM_TO_GAP.match(text[a.end : b.start])]


def _reversed_change(core: str, claim_qs: list[Quantity], source_qs: list[Quantity], text: str,
                     matched: dict[int, int], checks: list[NumberCheck]) -> None:
    """A change whose two levels the passage states the other way round ("rose from 1.4% to
    5.3%" against "dropped from 5.3% to 1.4%"): both numbers are stated, yet the change the
    claim tells runs backwards, so its second level disagrees."""
    stated = set(_changes(text, source_qs))
    for a, b in _changes(core, claim_qs):
        if a not in matched or b not in matched or claim_qs[a].value == claim_qs[b].value:
            continue
        if (matched[b], matched[a]) not in stated:
            continue
        second = next((c for c in checks if c.claim_text == claim_qs[b].text and c.agrees), None)
        if second is not None:
            _now_against(checks, second.claim_text, f"{second.source_text}{OTHER_WAY}")


_UNPARTED = re.compile(r"[,;:()]|\.\s|\b(?:and|or|but|while|whereas|which|who|respectively)\b")


def _between_numbers(core: str, qs: Sequence[Quantity], n: int) -> frozenset[str]:
    """The names that stand after the claim's number ``n`` and before its next one, with no
    comma or clause word anywhere between the two numbers."""
    if n + 1 >= len(qs) or _UNPARTED.search(core[qs[n].end : qs[n + 1].start]):
        return frozenset()
    return frozenset(name for pos, name in entity_spans(core) if qs[n].end <= pos < qs[n + 1].start)


def _acronym(name: str, core: str) -> str | None:
    """The acronym a name of several parts is written as: each part's initial, an
    upper-case part whole ("minimal-html" → "mhtml" where the claim writes "Minimal-HTML");
    lower case, as names are bound. None for a name of one part."""
    m = re.search(re.escape(name), core, re.I)
    parts = [p for p in re.split(r"[\s\-]+", core[m.start() : m.end()] if m else name) if p]
    if len(parts) < 2 or not all(p.isalpha() for p in parts):
        return None
    return "".join(p if p.isupper() else p[0] for p in parts).lower()


def _against_own_direction(core: str, checks: list[NumberCheck]) -> list[NumberCheck]:
    """Both numbers of a pair the claim orders against its own direction word ("raises it
    from 43.5 to 37.8") may be stated, yet the change the passage states runs the other way:
    the pair's second number disagrees."""
    pair = reversed_pair(core)
    if pair is None:
        return checks
    agreed = {c.claim_text.rstrip("% "): c for c in checks if c.agrees}
    if pair[0] not in agreed and pair[1] not in agreed:
        return checks
    # one side stated is enough: the pair cannot be true whatever the other side's value is
    # ("improves on A, 95.95 rising to 95.50" where the passage states 95.50)
    said = agreed.get(pair[1]) or agreed[pair[0]]
    out = [c for c in checks if c.claim_text.rstrip("% ") != pair[1]]
    second = next((c.claim_text for c in checks if c.claim_text.rstrip("% ") == pair[1]), pair[1])
    out.append(NumberCheck(second, f"{said.source_text}{OTHER_WAY}", False))
    order = {c.claim_text: i for i, c in enumerate(checks)}
    return sorted(out, key=lambda c: order.get(c.claim_text, len(checks)))


# a hyphenated name ("LLaVA-Instruct-158K", "CC-595K"): its parts name nothing of their own
_COMPOUND_NAME = re.compile(r"(?<![\w-])[\w.]*[A-Z\d][\w.]*(?:-[\w.]+)+")
# where one clause of a source sentence ends and another with its own numbers begins: "we
# pre-train … with a rate of 2e-3, and fine-tune … with a rate of 2e-5"
_CLAUSE_SPLIT = re.compile(r";|,\s*(?:and|whereas|but)\b|(?<=[.!?])\s+(?=[A-Z(])", re.I)


def _off_clause(core: str, claim_qs: list[Quantity], source_qs: list[Quantity], text: str,
                matched: dict[int, int], checks: list[NumberCheck], used: set[int]) -> None:
    """A claim number that agrees only with a number of another clause than the one that
    states the rest of the claim, where that clause gives the same kind of number another
    value, is that value's rival: "the second model reaches 97.8% …, in under 12 hours;
    the largest reaches 99.3%" against "the second model reaches 99.3% in under 12 hours".
    The clause that states the claim is the one sharing most of its words, strictly, and
    holding one of its agreeing numbers. Changes ``checks`` and ``used`` in place."""
    if len(matched) < 2:
        return
    cuts = [0, *(m.end() for m in _CLAUSE_SPLIT.finditer(text)), len(text) + 1]
    if len(cuts) < 3:
        return
    clause_of = [next(k for k in range(len(cuts) - 1) if cuts[k] <= s.start < cuts[k + 1]) for s in source_qs]
    claim_words = plain_words(stems(_COMPOUND_NAME.sub(" ", core)))
    shared = [len(claim_words & plain_words(stems(_COMPOUND_NAME.sub(" ", text[cuts[k] : cuts[k + 1]]))))
              for k in range(len(cuts) - 1)]
    homes = {clause_of[i] for i in matched.values()}
    if len(homes) < 2:
        return
    home = max(homes, key=lambda k: shared[k])
    if any(shared[k] >= shared[home] for k in range(len(shared)) if k != home):
        return
    at = sentence_index(text)

    def sentence(k: int) -> int:
        return at(cuts[k])

    for n, i in list(matched.items()):
        # a claim may join two sentences of a window ("…, so it takes three weeks"): only
        # two clauses of one sentence are told apart
        if clause_of[i] == home or sentence(clause_of[i]) != sentence(home):
            continue
        q = claim_qs[n]
        mine = _label_words(core, q)
        # the number of the home clause whose own words are most like the claim number's
        near = [(len(mine & _label_words(text, s)), j) for j, s in enumerate(source_qs)
                if clause_of[j] == home and j not in used and j not in matched.values() and _compatible(q, s)
                and s.unit == q.unit and not quantities_agree(q, s)]
        if not near or max(near)[0] == 0:
            continue
        rival = max(near)[1]
        used.add(rival)
        del matched[n]
        _now_against(checks, q.text, source_qs[rival].text)


# a number's phrase that says what it is a score on: "71.2 on MMLU", "88% accuracy for Urdu"
_ON_NAME = re.compile(r"\s*%?\s*(?:[\w\-]+\s+){0,2}?(?:on|for|in)\s", re.I)


def _near(text: str, q: Quantity) -> frozenset[str]:
    """The words that say what a number measures: "training cost" in "reduces training
    cost by 43% on MASSIVE", "languages" in "40 languages", "remaining errors" in "63% of
    the remaining errors" — the nearest content words on each side."""
    left = [w for w in re.findall(r"[A-Za-z][A-Za-z0-9\-]*", text[max(0, q.start - 40) : q.start]) if is_content(w)][-3:]
    right = [w for w in re.findall(r"[A-Za-z][A-Za-z0-9\-]*", text[q.end : q.end + 30]) if is_content(w)][:2]
    return plain_words(stems(" ".join(left + right)))


def _changed(text: str, q: Quantity) -> frozenset[str]:
    """What a verb of change says changed by the number: "sampling improves *accuracy* by
    8.0", "reduces *training cost* by 43%" — the words between the verb and the number,
    within its clause; empty when no such verb precedes it."""
    before = re.split(r"[,;:()]|\.\s", text[max(0, q.start - 100) : q.start])[-1]
    verbs = [o for o in occurrences(before) if o.group == "direction"]
    if not verbs:
        return frozenset()
    return plain_words(stems(" ".join(re.findall(r"[A-Za-z][A-Za-z0-9\-]*", before[verbs[-1].end :]))))


def _said_near(core: str, text: str) -> bool:
    """Whether the passage has what at least one of the claim's numbers measures."""
    have = plain_words(stems(text))
    for q in extract_quantities(core):
        # What is counted ("40 languages"), else what is measured, which comes before the
        # number ("reduces training cost by 43%").
        before = re.findall(r"[A-Za-z][A-Za-z\-]*", core[max(0, q.start - 40) : q.start])[-3:]
        near = plain_words(stems(q.noun)) if q.noun else plain_words(stems(" ".join(before)))
        if not near or len(near & have) >= 0.6 * len(near):
            return True
    return False


OTHER_WAY = ", the other way"
AS_FACTOR = ", a factor of "


def other_way(check: NumberCheck) -> bool:
    """The passage states the claim's difference with the opposite sign ("1.1 BLEU below" /
    "a 1.1 BLEU increase"), the claim's comparison as another factor ("twice as fast" /
    "60% faster"), or the change of the claim's measure from one level to another ("cuts the
    error rate by 30%" / "the error rate drops from 10.0 to 8.0"): as specific a key as an
    agreeing number."""
    said = check.source_text or ""
    return bool(said) and (said.endswith(OTHER_WAY) or AS_FACTOR in said or (not check.agrees and " → " in said))


def shares_a_number(claim: Claim, core: str, text: str, names: Sequence[tuple[int, int]], passage: Passage) -> bool:
    """Whether the passage states one of the claim's numbers: as strong a sign that it is
    about the claim's subject as a shared name."""
    return any(c.agrees for c in check_numbers(claim, core, text, names, passage.kind == "table-row"))


def anchored(core: str, text: str) -> bool:
    """Whether the passage states a number of the claim for the same counted noun ("eleven
    NLP tasks" / "eleven natural language processing tasks") and at least ``PART_RECALL``
    of the words of the claim's part that holds it: a number is a stronger key than words a
    paraphrase changes, so the claim is found there (and judged on, part by part)."""
    all_source = extract_quantities(text)
    source = [s for s in all_source if s.noun and s.noun.split()]
    # a percentage keys by what it is a share of ("49% of a page's characters" / "94% of characters")
    shares = [(s, m) for s in all_source if s.unit == "%" and (m := measured(text, s))]
    # a value set to a symbol keys by the symbol ("T = 1,000 diffusion steps" / "We set T = 1000")
    symbols = {sym for s in all_source if (sym := assigned_symbol(text, s))}
    if not source and not shares and not symbols and not any(s.unit == "x" for s in all_source):
        return False
    have = stems(text)
    for part, words in clause_texts(core, PART_SPLIT):
        words = plain_words(words)
        for q in extract_quantities(part):
            # the head noun: modifiers are words a paraphrase may change ("NLP tasks")
            # — agreeing, or another value with the same words around it ("14 language
            # families" / "12 language families"): a changed number must be found to be
            # contradicted
            counted = q.noun and any(_same_head(q, s)
                                     and (quantities_agree(q, s) or _near(part, q) & _near(text, s) - plain_words(stems(q.noun))
                                          or _shared_modifier(q.noun, s.noun or ""))
                                     for s in source)
            share = q.unit == "%" and (mine := measured(part, q)) is not None \
                and any(m == mine and (quantities_agree(q, s) or _near(part, q) & _near(text, s) - {mine})
                        for s, m in shares)
            # a factor keys by what it multiplies ("a twofold speedup" / "a 2x speedup")
            factor = q.unit == "x" and bool(heads := _head_words(part, q)) \
                and any(s.unit == "x" and heads & _head_words(text, s) for s in all_source)
            symbol = assigned_symbol(part, q) in symbols
            if (counted or share or factor or symbol) and len(words) >= 3 and len(words & have) / len(words) >= PART_RECALL:
                return True
    return False


def _same_head(q: Quantity, s: Quantity) -> bool:
    """Whether two numbers count the same head noun; two durations do in any units ("about
    two weeks" / "about ten days")."""
    if not q.noun or not s.noun:
        return False
    return q.noun.split()[-1] == s.noun.split()[-1] or _durations(q, s)


def _durations(q: Quantity, s: Quantity) -> bool:
    return as_hours(q) is not None and as_hours(s) is not None


def _shared_modifier(a: str, b: str) -> bool:
    """Whether two counted nouns with the same head share a modifier ("human-translated
    pairs" / "human translated evaluation pairs"): a count specific enough to be the same
    quantity, whatever the words around it."""
    wa, wb = a.replace("-", " ").split(), b.replace("-", " ").split()
    if len(wa) < 2 or len(wb) < 2 or wa[-1] != wb[-1]:
        return False
    ma, mb = {w[:5] for w in wa[:-1] if len(w) >= 3}, {w[:5] for w in wb[:-1] if len(w) >= 3}
    return bool(ma & mb)


def same_counted(core: str, text: str, check: NumberCheck) -> bool:
    """Whether a number the passage states otherwise counts the same noun with the same
    modifiers ("seven multilingual benchmarks" / "nine multilingual benchmarks"): the same
    quantity, however the rest of the claim is worded."""
    q = next((q for q in extract_quantities(core) if q.text == check.claim_text), None)
    s = next((s for s in extract_quantities(text) if s.text == check.source_text), None)
    if q is not None and s is not None and q.unit == s.unit == "%" and (mine := measured(core, q)) is not None:
        # a share of the same thing ("49% of a page's characters" / "94% of characters from a
        # page"), with words around both in common besides it
        return measured(text, s) == mine and bool(_near(core, q) & _near(text, s) - {mine})
    if q is not None and s is not None and (sym := assigned_symbol(core, q)) and sym == assigned_symbol(text, s):
        return True  # the value of the same symbol ("beta_T = 0.2" / "beta_T = 0.02")
    if q is not None and s is not None and q.unit == s.unit == "x":
        # a factor of the same thing ("a threefold speedup" / "a 2x speedup")
        return bool(_head_words(core, q) & _head_words(text, s))
    if q is None or s is None or q.noun is None or s.noun is None:
        return False
    # the same noun, or the same head with the same modifiers shortened ("dev pairs")
    if _shared_modifier(q.noun, s.noun) and same_thing(q, s):
        return True
    if q.noun != s.noun and not (_same_head(q, s) and len(q.noun.split()) == len(s.noun.split())
                                 and (same_thing(q, s) or _durations(q, s))):
        return False
    return bool(_near(core, q) & _near(text, s))
