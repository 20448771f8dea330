"""Numbers as written, with what they count, and when two of them state the same thing.

A claim's numbers must agree with its evidence, so the extractor must not mistake parts
of names for quantities: ``XLM-R``, ``SQuAD v2.0``, ``Pass@1``, ``GPT-4``, ``(ii)``,
``Table 2``, citation years (``Phang et al., 2018``) are skipped. Everything else becomes
a :class:`Quantity`:

* digits with thousands separators (``1,104,934``, ``1 104 934``), decimals, a sign
  (``+0.8``, ``-0.8``, ``−0.8`` with the Unicode minus);
* scale suffixes and words (``1.2K``, ``3M``, ``175B``, ``1.2 million``);
* number words (``nine``, ``twenty-five``, ``two hundred``, ``a dozen``);
* percentages, "points"/"pp", factors (``2×``, ``3x``, ``3-fold``, ``twice``);
* ranges (``3–5``, ``3 to 5``, ``between 3 and 5``) and ``2 × 10^-5``.

Each carries how loosely it is meant (``about 40`` / ``over 40`` / ``up to 40``), the noun
it counts (``40 languages`` → ``language``), so that "40 languages and 12 tasks" is
compared number to number, and the direction the words give it ("raises by 0.8" is +0.8,
"drops by 0.8" is −0.8).
"""

from __future__ import annotations

import dataclasses
import math
import re
from collections.abc import Iterator, Sequence
from functools import lru_cache

from claimcheck.model import Quantity

WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12,
}
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000, "trillion": 1_000_000_000_000}
_SUFFIX = {"k": 1_000, "m": 1_000_000, "b": 1_000_000_000, "t": 1_000_000_000_000}
# "one" is too often a pronoun ("the one that ...") to be a quantity without a noun after it.
_WEAK_WORDS = {"one", "zero"}

_NUM = r"[-−–+]?(?:\d{1,3}(?:[,\u2009\u202f ]\d{3})+(?!\d)|\d+)(?:\.\d+)?"
_SCALE_AFTER = r"(?:[kKMBT](?![A-Za-z\d])|[\s-]+(?i:thousand|million|billion|trillion|mln|bn)\b)"
_SCI = re.compile(r"(?P<m>\d+(?:\.\d+)?)\s*[×x\*]\s*10\s*\^?\s*\{?(?P<e>[-−]?\d+)\}?")
# a bare power ("10^-8", "10^{-6}", "2^18 tokens"): a mantissa of one
_POWER = re.compile(r"(?<![\w.^×*])(?P<b>[2-9]|[1-9]\d)\s*\^\s*(?P<o>[{(])?(?P<e>[-−–]?\d+)(?(o)[})])(?!\w|\.\d)")
_SCI_E = re.compile(r"(?<![\w.])(?P<m>\d+(?:\.\d+)?)[eE](?P<e>[-−+]?\d+)(?![\w])")
# an interval as mathematics writes it, "[-0.08, 0.08]" or "[0, 1)": a range (a plain "(a, b)"
# is as often two numbers in brackets)
_INTERVAL = re.compile(r"\[\s*(?P<a>" + _NUM + r")\s*[,;]\s*(?P<b>" + _NUM + r")\s*[\])]")
_RANGE = re.compile(
    r"(?<![\w.@/])(?:between\s+)?(?P<a>" + _NUM + r")(?P<sa>" + _SCALE_AFTER + r")?(?P<ua>\s*%)?\s*(?:–|—|-|to|and)\s*(?P<b>"
    + _NUM + r")(?P<sb>" + _SCALE_AFTER + r")?(?P<unit>\s*%|\s*(?:percentage points?|points?|pts|pp)\b|x\b|×)?(?![\w.]\d)"
)
# a range in words: "two to four times", "between five and ten runs" (never "five and ten" summed)
_WORD_RANGE = re.compile(r"\b(?P<between>between\s+)?(?P<a>" + "|".join(w for w in WORDS if w != "dozen") + r")\s+(?P<sep>to|and|-|–)\s+(?P<b>"
                         + "|".join(w for w in WORDS if w != "dozen") + r")\b(?![\s-]+(?:hundred|thousand|million|billion|trillion)\b)"
                         r"(?P<unit>\s*%|\s*percent\b|\s*(?:percentage points?|points?)\b|\s*times\b|\s*-?fold\b)?", re.I)
# any comparative after "times" makes a factor: "eight times deeper", "3 times cheaper" (not
# "three times per epoch", "five times over")
_COMPARATIVE = r"(?!(?:over|under|after|per|other|either|neither|rather|ever|never|whether|together|later|layer|paper)\b)[a-z]{2,}er\b"
# "three times RoBERTa's", "2.9 times that of B": a multiple of a named thing's value
_TIMES_WHAT = r"(?:that|those)\s+of\b|(?-i:[A-Z])[\w\-.]*(?:['’]s)?(?![\w\-])|\w+['’]s\b"
_UNIT = r"\s*(?:h|hrs?|hours?)\b|\s*%|\s*percent\b|\s*(?:percentage points?|points?|pts|pp)\b|\s*-?fold\b|\s*times\b(?=\s+(?:more|less|fewer|as|the|""" \
    + _COMPARATIVE + "|" + _TIMES_WHAT + r"))|x\b|×"
# "53.8/29.8/45.9" lists three scores (ROUGE-1/2/L): a number after a slash that follows a
# digit is read too, one after a word's slash ("F1/2") is not
# a plus glued after a number, "1,800+ times", "100+ languages", says more than it
_NUMBER = re.compile(r"(?<![\w.@\\])(?<![A-Za-z]/)(?P<n>" + _NUM + r")(?P<scale>" + _SCALE_AFTER + r")?(?P<plus>\+(?![\w+]))?(?P<unit>"
                     + _UNIT + r")?")
_WORD_NUM = "|".join(sorted(list(WORDS) + list(SCALES), key=len, reverse=True))
_WORD = re.compile(r"\b(?P<w>(?:" + _WORD_NUM + r")(?:(?:[-\s]+|\s+and\s+)(?:" + _WORD_NUM + r"))*)\b(?P<unit>" + _UNIT + r")?", re.I)
# a decimal read aloud, "eight point four times": its digits after "point" one word each
_DIGIT_WORD = "(?:" + "|".join(w for w, v in WORDS.items() if v < 10) + ")"
_SPOKEN_DECIMAL = re.compile(r"\b(?P<w>(?:" + _WORD_NUM + r")(?:[-\s]+(?:" + _WORD_NUM + r"))*)\s+point\s+(?P<d>" + _DIGIT_WORD
                             + r"(?:\s+" + _DIGIT_WORD + r")*)\b(?P<unit>" + _UNIT + r")?", re.I)
_FRACTION = re.compile(r"(?<![\w./])(?P<a>[1-9])/(?P<b>[2-9]|10)(?![\w./])")
_WORD_FRACTION = re.compile(r"\b(?:(?P<n>a|one|two|three)[\s-]+)?(?P<f>half|halves|thirds?|quarters?)\b(?![\s-]*(?:precision|of the (?:paper|year)))", re.I)
_OF_TIME = re.compile(r"\s+of\s+an?\s+(second|minute|hour|day|week|month|year)\b", re.I)
_FRACTIONS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4}
# "two fifths", "a tenth": the rarer denominators are ordinals too ("the fifth layer"), so
# only with a numerator before them.
_RARE_FRACTION = re.compile(
    r"(?<!\bthe\s)\b(?P<n>a|one|two|three|four|five|six|seven|eight|nine)[\s-]+(?P<f>fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)\b", re.I)
_RARE_DENOMINATOR = {"fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10}
# an ordinal that is more often a rank than a fraction ("a seventh run"): a fraction only when
# hyphenated to its numerator ("one-seventh")
_ORDINAL_TOO = frozenset({"seventh", "sevenths", "ninth", "ninths"})
# "four in five masks", "1 in 10 examples", "one in every three": a share (80%, 10%, 33%)
_SMALL = r"\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|twenty|hundred|a hundred|a thousand|thousand"
# ("three-in-ten" hyphenated as an adjective as well)
_IN_EVERY = re.compile(r"(?<![\w.,\-])(?P<a>" + _SMALL + r")(?:\s+in\s+(?:every\s+)?|-in-)(?P<b>" + _SMALL + r")(?![\w.,\-])", re.I)
_AND_A_HALF = re.compile(r"\b(?P<w>\d+|" + _WORD_NUM + r")\s+and\s+a\s+half\b", re.I)
# "half a dozen" is six, "half a million" 500,000: a half of the scale word after it.
_SHARE_OF_SCALE = re.compile(r"\b(?:(?P<n>an?|one|two|three)[\s-]+)?(?P<f>half|thirds?|quarters?)\s+of\s+an?\s+"
                             r"(?P<s>hundred|thousand|million|billion|trillion)\b", re.I)
_HALF_OF = re.compile(r"\bhalf\s+an?\s+(?P<w>dozen|hundred|thousand|million|billion|second|minute|hour|day|week)\b", re.I)
# "dozens of tasks" is at least two dozen; "hundreds of papers" at least two hundred.
# "a day" is a quantity only where a bound or an "about" reads it as one
_ONE_SPAN = re.compile(r"\b(?:about|around|roughly|nearly|almost|approximately|under|over|within|less than|more than|"
                       r"just over|just under)\s+(?P<n>an?)\s+(?P<u>second|minute|hour|day|week)\b(?![\s-]*(?:of|or)\b)", re.I)
_VAGUE_PLURAL = re.compile(r"\b(?:(?P<many>many|several)\s+)?(?P<w>tens|dozens|hundreds|thousands|millions)\s+of\b", re.I)
_VAGUE_VALUE = {"tens": 20, "dozens": 24, "hundreds": 200, "thousands": 2000, "millions": 2_000_000}
_TWICE = re.compile(r"\b(?:twice|two-?fold|double[sd]?|triple[sd]?|quadruple[sd]?|halve[sd]?|"
                    r"(?:three|four|five|six|seven|eight|nine|ten|hundred|thousand)-?fold)\b", re.I)
_FOLD_OF = {"quadruple": 4.0, "three": 3.0, "four": 4.0, "five": 5.0, "six": 6.0, "seven": 7.0, "eight": 8.0,
            "nine": 9.0, "ten": 10.0, "hundred": 100.0, "thousand": 1000.0}
_TOKEN = re.compile(r"[A-Za-z][A-Za-z+\-]*")

_STOP = set(
    """a an the of on in for to and or by as at with from into via is are be been was were do does did
    has have had this that these those it its their our we they which who all each any some such than
    then over across per about up down out more most less only also both either same other after before
    by yields yield average mean total while whereas but when where between vs versus respectively
    compared relative higher lower better worse against among below above behind ahead under within without
    using including via toward towards""".split()
)

_APPROX = [
    ("about", re.compile(r"(?:\babout|\baround|\bapproximately|\broughly|\bnearly|\balmost|\bclose to|\bsome|~|≈|\bapprox\.)\s*$", re.I)),
    ("at least", re.compile(r"(?:\bover|\bmore than|\babove|\bat least|\bexceeding|\bupwards of|\bgreater than|"
                            r"\ba minimum of|>|≥)\s*$", re.I)),
    ("at most", re.compile(r"(?:\bunder|\bless than|\bfewer than|\bbelow|\bat most|\ba maximum of|<|≤)\s*$", re.I)),
    # "up to" names the most reached: a bound in a source, the value itself in a claim
    ("up to", re.compile(r"\bup to\s*$", re.I)),
]
UPPER_BOUNDS = frozenset({"at most", "up to"})
# (nouns and adjectives built on those stems say no direction: "dropout", "downstream",
# "lowercased", "update", "upper", "additional", "leaderboard")
_DOWN = re.compile(
    r"\b(?!dropout|downstream|download|lowercas|cutoff)(?:drop|dropp|decreas|reduc|lower|hurt|degrad|declin|fall|fell|los|cut|shrink|worsen|diminish|down|negative|minus|decline|trail|behind|below)\w*",
    re.I,
)
# ("make up 22% of" is a share, not a rise)
_UP = re.compile(r"\b(?!updat|upper|upon|upstream|upload|addition|address|leaderboard)(?:rais|increas|improv|boost|gain|rise|rose|grow|grew|lift|climb|up(?<!make up)(?<!makes up)(?<!made up)(?<!making up)|higher|better|positive|plus|add|outperform|beat|exceed|surpass|ahead|lead)\w*", re.I)
_VAGUE_BEFORE = re.compile(r"\b(?:several|many|few|hundreds|thousands|millions|tens)\s*$", re.I)


def _value(text: str) -> float:
    t = text.replace("−", "-").replace("–", "-").replace(",", "").replace("\u2009", "").replace("\u202f", "")
    t = t.replace(" ", "").lstrip("+")
    return float(t)


def _scale(raw: str | None) -> int:
    if not raw:
        return 1
    r = raw.strip().lstrip("-").strip().lower()
    return _SUFFIX.get(r, SCALES.get(r, {"mln": 1_000_000, "bn": 1_000_000_000}.get(r, 1)))


def _joined_prefix(phrase: str) -> str:
    """The part of a run of number words that is one number: "twenty-five" and "two
    hundred" join, "eight zero-shot" does not (two number words in a row join only as tens
    and units)."""
    words = list(re.finditer(r"[^-\s]+", phrase))
    for a, b in zip(words, words[1:]):
        x, y = WORDS.get(a.group(0).lower()), WORDS.get(b.group(0).lower())
        if x is not None and y is not None and not (20 <= x <= 90 and x % 10 == 0 and 1 <= y <= 9):
            return phrase[: a.end()]
    return phrase


def words_value(text: str) -> float | None:
    """``twenty-five`` → 25, ``two hundred and ten`` → 210, ``1.2 million``'s word part."""
    total, current = 0, 0
    seen = False
    for w in re.split(r"[-\s]+", text.lower()):
        if w in ("and", "a", ""):
            continue
        if w in WORDS:
            current += WORDS[w]
            seen = True
        elif w == "hundred":
            current = (current or 1) * 100
            seen = True
        elif w in SCALES:
            total += (current or 1) * SCALES[w]
            current = 0
            seen = True
        else:
            return None
    return float(total + current) if seen else None


# A unit of measure glued to its number ("1.2TB", "3.5ms", "2.3 TFLOPS", "450GB"): the
# number measures, as "1.2 TB" does, unlike the label of "3D" or "2nd". Case matters: the
# capitals of a byte or FLOP unit are what tell it from a word.
_GLUED_UNIT = re.compile(
    r"(?:[KMGTPE]i?B|[kKMGTPE]?[bB]ytes?|[mµμnu]s|secs?|mins?|hrs?|[kMGT]?Hz|[kKMGTPE]?FLOP[Ss]?|[kMG]?Wh?|"
    r"(?:GPU|TPU|core)-?(?:hours?|days?))(?![A-Za-z\d])")


def unit_word(text: str, q: Quantity) -> str | None:
    """The unit of measure written after a number, glued or spaced ("47GB", "3.5 ms"), as
    written; none when no such unit follows."""
    m = re.compile(r"\s?").match(text, q.end)
    u = _GLUED_UNIT.match(text, m.end() if m else q.end)
    return u.group(0) if u else None


def _is_name_part(text: str, start: int, end: int) -> bool:
    """Digits that belong to a name or a label rather than measure anything."""
    before = text[max(0, start - 12) : start]
    after = text[end : end + 3]
    if re.search(r"[A-Za-z@#]-?$", before):  # XLM-R2, GPT-4, Pass@1, v2
        return True
    if _GLUED_UNIT.match(text, end):
        return False
    if re.match(r"[A-Za-z]", after) and not re.match(r"(?:x\b|×|pp\b|pts\b|points?\b|%|[kKMBT](?![A-Za-z])|fold|times|percent|h\b|hrs?\b)", after):
        return True  # 3D, 2nd, 1st
    if re.search(r"\b(?:table|tab\.|figure|fig\.|section|sec\.|§|eq\.|equation|appendix|step|layer|version|v)\s*$", before, re.I):
        return True
    if re.search(r"\b[A-Z][a-z]*[A-Z][A-Za-z]*\s$", before) and re.fullmatch(r"\d(?:\.\d)?", text[start:end]):
        return True  # "SQuAD 2.0", "RoBERTa 2": a version of a mixed-case name
    if re.search(r"\(\s*$", before) and re.match(r"\s*\)", after):
        # "(2)" as an enumerator, but "(8.2)" or "(392,702)" are values.
        return not re.search(r"[.,]", text[start:end])
    return False


def _is_citation_year(text: str, start: int, end: int, value: float) -> bool:
    if not (1900 <= value <= 2099) or "." in text[start:end] or "," in text[start:end]:
        return False
    before = text[max(0, start - 30) : start]
    if _MONTH_BEFORE.search(before):
        return False  # "the January 2021 snapshot": a date, which a claim may change
    return bool(re.search(r"(?:et al\.?|[A-Z][a-z]+|and)\s*,?\s*\(?$", before)) or bool(re.search(r"[;(]\s*$", before))


_MONTH_BEFORE = re.compile(r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December|"
                           r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?\s+$")


def _context(text: str, start: int, end: int, width: int = 6) -> str:
    left = [w.lower() for w in _TOKEN.findall(text[max(0, start - 80) : start])][-width:]
    right = [w.lower() for w in _TOKEN.findall(text[end : end + 80])][:width]
    return " ".join(w for w in left + right if w not in _STOP)


def _unit(raw: str | None) -> str | None:
    if not raw:
        return None
    u = raw.strip().lower()
    if u in ("%", "percent"):
        return "%"
    if u in ("x", "×", "times", "fold", "-fold"):
        return "x"
    if u in ("h", "hr", "hrs", "hour", "hours"):
        return "hours"
    return "points"


def singular(word: str) -> str:
    w = word.lower()
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 4 and w.endswith(("sses", "ches", "shes", "xes")):
        return w[:-2]
    if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        return w[:-1]
    return w


_DIGIT_NAME = re.compile(r"(?<=\s)(?=[\w\-]{3})[A-Z][A-Za-z]*\d[\w\-]*(?=\s+[a-z]*[A-Za-z]+s\b)")


def _noun(text: str, end: int, unit: str | None) -> str | None:
    """What the number counts: the head of the words right after it ("40 typologically
    diverse languages" → "language"); none for percentages, points and factors."""
    if unit is not None:
        return None
    words: list[tuple[str, int]] = []
    pos, skipped = 0, False
    # "eight V100 GPUs": a name with digits before a plural noun is a name inside the noun
    # phrase (read as capitals), unlike the metric of "51 F1"
    window = _DIGIT_NAME.sub(lambda n: "X" * len(n.group(0)), text[end : end + 80])
    tokens = list(re.finditer(r"\s*([A-Za-z][A-Za-z\-–]*(?:/[A-Za-z][A-Za-z\-–]*)*)", window))
    for k, m in enumerate(tokens):
        if m.start() != pos:
            break
        pos = m.end()
        first = m.group(1).split("/")[0].lower()
        if "/" in m.group(1) and singular(first) != first and not first.endswith(("ss", "us", "is")):
            # "380 tokens/sec/GPU": a rate counts its first, plural part, as "tokens per second" does
            words.append((first, m.end()))
            break
        # "question–answer pairs" = "hypothesis/premise pairs" joined like "question-answer pairs"
        w = m.group(1).lower().replace("–", "-").replace("/", "-")
        if w in _STOP or w in WORDS or w in SCALES or w in ("points", "point", "pts", "pp", "percent"):
            break
        if m.group(1)[:1].isupper() and (m.group(1).isupper() or text[end + m.end() : end + m.end() + 1].isdigit()):
            if text[end + m.end() : end + m.end() + 1].isdigit():
                break  # "51 F1": a metric, not a thing counted
            skipped = True
            continue  # "eight GLUE tasks": a name inside the noun phrase
        nxt = tokens[k + 1].group(1).lower() if k + 1 < len(tokens) and tokens[k + 1].start() == m.end() else None
        if words and w.endswith(("ing", "ed")) and (nxt is None or nxt in _STOP):
            break  # "2,400 steps using a ...": a verb ends the noun phrase; "processing tasks" does not
        words.append((w, m.end()))
        if len(words) == 4:
            break
        if singular(w) != w and not w.endswith(("ss", "us", "is")):
            break  # a plural ends the phrase: "nine tasks zero-shot", "40 diverse languages (spanning"
    if skipped and words and not words[-1][0].endswith("s"):
        return None  # "86.7 MNLI accuracy" measures; "eight GLUE tasks" counts
    return " ".join(singular(w) for w, _ in words) if words else None


# "over" after a word of change or averaging compares ("improves accuracy over 74.1",
# "averaged over 5 seeds"); elsewhere it bounds ("over 100 languages").
_OVER_COMPARES = re.compile(
    r"\b(?:averaged?|mean|\w*(?:improv|gain|increas|boost|rais|advantag|lead|win|drop|decreas|reduc|loss|los)\w*)(?:\s+[A-Za-z][\w\-]*){0,3}\s+over\s*$",
    re.I)


# "the average over 5 runs" averages across them; "passages average over 3,000 tokens"
# bounds the average
_ACROSS_AFTER = re.compile(r"^[\w.,\-]+\s+(?:\w+\s+)?(?:runs?|seeds?|trials?|tasks?|datasets?|languages?|benchmarks?|folds?|"
                           r"splits?|experiments?|models?|settings?|domains?|corpora|restarts?)\b", re.I)


_SPAN_AFTER = re.compile(r"^[\w.,\-]+\s+(?:\w+\s+)?(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|epochs?|runs?|seeds?)\b", re.I)


def _approx(text: str, start: int) -> str | None:
    before = text[max(0, start - 24) : start]
    for name, pattern in _APPROX:
        m = pattern.search(before)
        if m:
            compares = _OVER_COMPARES.search(text[max(0, start - 40) : start]) if name == "at least" \
                and m.group(0).strip().lower() == "over" else None
            if compares and not (re.match(r"(?:average|mean)s?\b", compares.group(0), re.I)
                                 and not _ACROSS_AFTER.match(text[start : start + 40])):
                continue  # "averaged over 5 seeds", "improves accuracy over 74.1"
            if name == "at least" and m.group(0).strip().lower() == "over" and _SPAN_AFTER.match(text[start : start + 40]) \
                    and not re.search(r"\b(?:t[ao]ok|takes?|taking|lasts?|lasted|requires?|required|needs?|needed)\s+over\s*$",
                                      text[max(0, start - 30) : start], re.I):
                continue  # "collected over three months": during; "took over three months": more than
            return name
    return None


# A metric may stand between a difference and its direction: "1.1 BLEU increase", "2.03
# ROUGE-1 behind" (an upper-case-led token: BLEU, F1, ROUGE-L, Acc.).
METRIC_GAP = r"(?-i:(?:[A-Z][A-Za-z]*(?:-?[A-Z0-9]+)?\.?\s+)?)"
_AFTER_DOWN = re.compile(r"^\s*(?:%|points?|pts|pp|percentage points?)?\s*" + METRIC_GAP + r"(?:absolute\s+|relative\s+)?(?:below|lower|worse|less|fewer|behind|drop|decrease|reduction|loss|degradation|decline)\b", re.I)
_AFTER_UP = re.compile(r"^\s*(?:%|points?|pts|pp|percentage points?)?\s*" + METRIC_GAP + r"(?:absolute\s+|relative\s+)?(?:above|higher|better|more|ahead|gain|increase|improvement|boost)\b", re.I)


_AFTER_SIZE = re.compile(r"\s+(smaller|fewer|less|shorter|lower|larger|bigger|more|longer|higher)\s+than\b", re.I)


# A change "from A to B" names two levels, not a range: a verb of change in the clause
# before "from" (a few words may stand between "from" and its level: "from their 5.3% to 1.4%").
_FROM_LEVEL = re.compile(
    r"(?:" + _UP.pattern + "|" + _DOWN.pattern + r"|\bchang\w*|\bmov\w*|\bgo(?:es)?\b|\bwent\b)[^,;:().]{0,60}\bfrom\s+(?:[a-z][\w-]*\s+){0,4}$", re.I)
# "from 81.4", "to 84.6" (not "up to"): a level the change starts or ends at, no change itself
_LEVEL_BEFORE = re.compile(r"(?:\bfrom|(?<!\bup )\bto)\s*$", re.I)


_SET_BEFORE = re.compile(r"\b(?:the|these|those|all|its|their|our|both)\s+$", re.I)
_COST_BEFORE = re.compile(r"\b(?:costs?|costing|sacrific(?:es?|ed|ing))\s+$", re.I)
_POINTS_AFTER = re.compile(r"[\d.,]+\s*(?:points?|pts|pp|percentage points?)\b", re.I)


_ASIDE = re.compile(r"\s*\([^()]{0,80}\)")


def _direction(text: str, start: int, raw: str, end: int | None = None) -> int:
    raw = raw.strip()
    if raw[:1] in "-−–":
        return -1
    if raw[:1] == "+":
        return 1
    if _LEVEL_BEFORE.search(text[max(0, start - 8) : start]):
        return 0
    if raw[:1].isalpha() and _SET_BEFORE.search(text[max(0, start - 8) : start]):
        return 0  # "gains the most of the three sizes": a set counted, not a change
    # The clause before the number: "improves English MLQA F1 over XLM-R by 2.9"
    # (an aside in brackets is skipped, not taken for the clause's end: "beats B (both
    # pre-trained on X) by 0.06" keeps "beats")
    before = _ASIDE.sub(" ", text[max(0, start - 150) : start])[-90:]
    clause = re.split(r"[,;:()]|\.\s", before)[-1]
    words = _TOKEN.findall(clause)[-10:]
    window = " ".join(words)
    # "reduces error by 10%", "drops by 0.8": the verb nearest the number decides.
    best, where = 0, -1
    for pattern, sign in ((_DOWN, -1), (_UP, 1)):
        for m in pattern.finditer(window):
            if m.start() > where:
                best, where = sign, m.start()
    if best == 0 and _COST_BEFORE.search(text[max(0, start - 20) : start]) \
            and _POINTS_AFTER.match(text[start : (end if end is not None else start + len(raw)) + 25]):
        return -1  # "costs 8.6 points": a score lost, not a price
    if best == 0 and end is not None:
        # "5.1 point absolute improvement", "2.6 points below", "5.2 points worse"
        after = text[end : end + 40]
        # "35 pairs smaller": the counted noun may stand between the number and its word
        counted = _noun(text, end, None)
        if counted:
            m = re.match(r"\s*" + r"\s+".join(re.escape(w) + r"\w*" for w in counted.split()) + r"(?=\s)", after, re.I)
            if m and _AFTER_SIZE.match(after[m.end() :]):
                return -1 if _AFTER_SIZE.match(after[m.end() :]).group(1).lower() in ("smaller", "fewer", "less", "shorter", "lower") else 1
        if _AFTER_DOWN.match(after):
            return -1
        if _AFTER_UP.match(after):
            return 1
    return best


# a noun that names a ratio: "the overhead reaches 23K times", "a speedup of 40 times"
_FACTOR_NOUN = re.compile(r"\b(?:overhead|speed-?ups?|slow-?downs?|ratio|compression|blow-?up)\b[^,;:().]*$", re.I)


def _make(text: str, value: float, written: str, unit: str | None, s: int, e: int, upper: float | None = None,
          number_start: int | None = None) -> Quantity:
    ns = s if number_start is None else number_start
    if unit is None and re.match(r"\s*times\b", text[e:]) and _FACTOR_NOUN.search(text[max(0, ns - 80) : ns]):
        unit = "x"  # "BERT's overhead reaches 23K times": a factor, not a count of occasions
    return Quantity(value, written, unit, s, e, _context(text, s, e), upper=upper, approx=_approx(text, ns),
                    noun=_noun(text, e, unit), direction=_direction(text, ns, written, e),
                    short=bool(_SHORT_OF.search(text[max(0, ns - 24) : ns])))


# "almost 5%", "nearly 40", "just under": a number approached from below, never passed
_SHORT_OF = re.compile(r"\b(?:almost|nearly|not quite)\s*$", re.I)


_SHARED_HEAD = re.compile(r"^\s*[A-Za-z][A-Za-z\-]*\s+(?:and|or)\s+$", re.I)


def extract_quantities(text: str) -> list[Quantity]:
    """Every quantity of ``text`` in order of appearance (see the module docstring)."""
    qs = list(_extract(text))
    # "5,000 test and 2,500 dev pairs": the first number counts test *pairs* — coordinated
    # counts share the head noun of the last.
    for i in range(len(qs) - 2, -1, -1):
        a, b = qs[i], qs[i + 1]
        if a.noun and b.noun and len(a.noun.split()) == 1 and len(b.noun.split()) > 1 \
                and _SHARED_HEAD.match(text[a.end : b.start]) and singular(text[a.end : b.start].split()[0].lower()) == text[a.end : b.start].split()[0].lower():
            qs[i] = dataclasses.replace(a, noun=f"{a.noun} {b.noun.split()[-1]}")
    # "a 7.9 and 4.6 points improvement": the first number is in points too, and an
    # improvement
    for i in range(len(qs) - 2, -1, -1):
        a, b = qs[i], qs[i + 1]
        if a.unit is None and a.noun is None and a.upper is None and b.unit in ("points", "%") \
                and re.fullmatch(r"\s*(?:,\s*(?:and|or)?|and|or)\s*", text[a.end : b.start]) and not a.text[:1].isalpha():
            qs[i] = dataclasses.replace(a, unit=b.unit, direction=a.direction or b.direction)
    return qs


def _titled_name(text: str, start: int, phrase: str) -> bool:
    """Whether number words written in capitals open a name ("the One Billion Word
    benchmark", "Twenty Questions"): title case inside a sentence, before another capital
    word, names a thing; a capital at a sentence's start does not ("Five Transformer
    layers")."""
    words = re.split(r"[-\s]+", phrase)
    if not all(w[:1].isupper() for w in words):
        return False
    if not re.match(r"[-\s]+[A-Z][a-z]", text[start + len(phrase) :]):
        return False
    opens_sentence = not text[:start].strip() or re.search(r"[.!?:;]\s*[\"'(]?\s*$", text[:start]) is not None
    return len(words) > 1 or not opens_sentence


@lru_cache(maxsize=8192)
def _extract(text: str) -> tuple[Quantity, ...]:
    # Passages are checked against many claims: parsed once each.
    out: list[Quantity] = []
    taken: list[tuple[int, int]] = []

    def free(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b in taken)

    for m in list(_SCI.finditer(text)) + list(_SCI_E.finditer(text)):
        v = float(m.group("m")) * 10 ** int(m.group("e").replace("−", "-"))
        out.append(Quantity(v, m.group(0), None, m.start(), m.end(), _context(text, m.start(), m.end())))
        taken.append((m.start(), m.end()))
    for m in _POWER.finditer(text):
        if free(m.start(), m.end()):
            v = float(m.group("b")) ** int(m.group("e").replace("−", "-").replace("–", "-"))
            # a power of two counts what follows it, as "262,144 tokens" does
            q = Quantity(v, m.group(0), None, m.start(), m.end(), _context(text, m.start(), m.end()))
            out.append(q if m.group("b") == "10" else dataclasses.replace(q, noun=_noun(text, m.end(), None)))
            taken.append((m.start(), m.end()))
    for m in _AND_A_HALF.finditer(text):
        # "seven and a half times smaller" is 7.5, not a seven and a half of something else
        w = m.group("w")
        v = (float(w) if w.isdigit() else words_value(w)) + 0.5
        factor = re.match(r"\s*(?:times\b|-?fold\b)", text[m.end() :])
        end = m.end() + (factor.end() if factor else 0)
        out.append(_make(text, v, text[m.start() : end], "x" if factor else None, m.start(), end))
        taken.append((m.start(), end))
    for m in _SHARE_OF_SCALE.finditer(text):
        # "a quarter of a million edges" is 250,000 of them, not a quarter and a million
        n = WORDS.get((m.group("n") or "one").lower(), 1)
        v = n / _FRACTIONS[m.group("f").lower()] * SCALES[m.group("s").lower()]
        out.append(_make(text, v, m.group(0), None, m.start(), m.end()))
        taken.append((m.start(), m.end()))
    for m in _HALF_OF.finditer(text):
        w = m.group("w").lower()
        if w in _HOURS:  # "half a day": a duration of 0.5 days
            out.append(dataclasses.replace(_make(text, 0.5, m.group(0), None, m.start(), m.end()), noun=w))
            taken.append((m.start(), m.end()))
            continue
        v = (WORDS.get(w) or SCALES[w]) / 2
        out.append(_make(text, v, m.group(0), None, m.start(), m.end()))
        taken.append((m.start(), m.end()))
    for m in _ONE_SPAN.finditer(text):
        # "roughly a day", "in under an hour": one unit of time, as loose as its bound says
        s_ = m.start("n")
        out.append(dataclasses.replace(_make(text, 1.0, text[s_ : m.end()], None, s_, m.end()), noun=m.group("u").lower()))
        taken.append((s_, m.end()))
    for m in _RARE_FRACTION.finditer(text):
        if m.group("f").lower() in _ORDINAL_TOO and "-" not in m.group(0):
            continue
        n = WORDS.get(m.group("n").lower(), 1)
        v = n / _RARE_DENOMINATOR[m.group("f").lower().rstrip("s")]
        out.append(_make(text, v, m.group(0), None, m.start(), m.end()))
        taken.append((m.start(), m.end()))
    for m in _IN_EVERY.finditer(text):
        a_, b_ = (float(x) if x.isdigit() else words_value(x.lower().removeprefix("a ")) for x in (m.group("a"), m.group("b")))
        if not a_ or not b_ or a_ >= b_:
            continue  # "10 in 3 days" is no share
        q = _make(text, a_ / b_, m.group(0), None, m.start(), m.end())
        # the share of the noun after it, as "80% of masks" is: no count of masks
        out.append(dataclasses.replace(q, noun=None))
        taken.append((m.start(), m.end()))
    # "less than 1/4 of their compute", "about half": fractions before plain numbers.
    for m in _FRACTION.finditer(text):
        if not free(m.start(), m.end()):
            continue
        v = int(m.group("a")) / int(m.group("b"))
        out.append(_make(text, v, m.group(0), None, m.start(), m.end()))
        taken.append((m.start(), m.end()))
    for m in _WORD_FRACTION.finditer(text):
        if not free(m.start(), m.end()) or (m.group("f").lower() == "half" and re.match(r"[\s-]+(?:of the|the)\b", text[m.end():]) is None
                                              and not re.search(r"\b(?:about|around|roughly|nearly|almost|than|only|a)\s*$", text[: m.start()], re.I)
                                              and not re.match(r"\s+(?:of|as)\b", text[m.end():])):
            continue
        n = {"a": 1, "one": 1, "two": 2, "three": 3}.get((m.group("n") or "one").lower(), 1)
        v = n / _FRACTIONS[m.group("f").lower()]
        q = _make(text, v, m.group(0), None, m.start(), m.end())
        of_time = _OF_TIME.match(text, m.end())
        if of_time:  # "two thirds of an hour": a duration
            q = dataclasses.replace(q, noun=of_time.group(1).lower())
        out.append(q)
        taken.append((m.start(), m.end()))
    for m in _INTERVAL.finditer(text):
        a, b = _value(m.group("a")), _value(m.group("b"))
        # "[3, 12]" of two counting numbers is a list of references
        cited = a >= 1 and not re.search(r"[.\-−–+]", m.group("a") + m.group("b"))
        if a < b and not cited and free(m.start(), m.end()):
            out.append(Quantity(a, m.group(0), None, m.start(), m.end(), _context(text, m.start(), m.end()), upper=b))
            taken.append((m.start(), m.end()))
    for m in _RANGE.finditer(text):
        if not free(m.start(), m.end()) or _is_name_part(text, m.start("a"), m.end()):
            continue
        sep = text[m.end("a") : m.start("b")]
        if "and" in sep and not text[m.start() : m.start("a")].lower().startswith("between"):
            continue  # "40 languages and 12 tasks" is two numbers
        if sep.strip() == "to" and m.group("b").startswith(("-", "+")):
            continue
        if sep.replace("%", "").strip() == "to" and _FROM_LEVEL.search(text[max(0, m.start() - 90) : m.start()]):
            continue  # "raises the score from 81.4 to 84.6": two levels, before and after
        try:
            a = _value(m.group("a")) * _scale(m.group("sa") or m.group("sb"))
            b = _value(m.group("b")) * _scale(m.group("sb"))
        except ValueError:
            continue
        if "-" in sep and b < a:
            continue  # "8.2-3" is no range; a negative second value is a minus sign
        if a < b and not (1900 <= a <= 2099 and 1900 <= b <= 2099):
            unit = _unit(m.group("unit") or m.group("ua"))
            out.append(Quantity(a, m.group(0), unit, m.start(), m.end(), _context(text, m.start(), m.end()),
                                upper=b, noun=_noun(text, m.end(), unit)))
            taken.append((m.start(), m.end()))
    for m in _NUMBER.finditer(text):
        s, e = m.start("n"), m.end("n")
        if not free(m.start(), m.end()) or _is_name_part(text, s, m.end("scale") if m.group("scale") else e):
            continue
        if s and text[s - 1] == "/" and not re.search(r"(?:^|[\s(:=])[\d.,]+(?:/[\d.,]+)*/$", text[max(0, s - 40) : s]):
            continue  # "ROUGE-1/2": a name's list of parts, not a list of values
        try:
            v = _value(m.group("n")) * _scale(m.group("scale"))
        except ValueError:
            continue
        if not m.group("scale") and _is_citation_year(text, s, e, v):
            continue
        if re.search(r"(?:±|\+/-|\+-)\s*$", text[max(0, s - 4) : s]):
            continue  # "86.6 ± 1.0": a spread over seeds, not a claim of its own
        written = m.group("n").replace("−", "-").replace("–", "-") + (m.group("scale") or "")
        unit = _unit(m.group("unit"))
        if unit is None and re.search(r"\bfactor\s+of\s*$", text[max(0, s - 12) : s], re.I):
            unit = "x"  # "by a factor of 3.1"
        q = _make(text, v, written, unit, s, m.end())
        out.append(dataclasses.replace(q, approx="at least") if m.group("plus") else q)
        taken.append((m.start(), m.end()))
    for m in _SPOKEN_DECIMAL.finditer(text):
        whole = words_value(m.group("w"))
        if whole is None or _joined_prefix(m.group("w")) != m.group("w") or not free(m.start(), m.end()):
            continue
        v = whole + float("0." + "".join(str(WORDS[d.lower()]) for d in m.group("d").split()))
        out.append(_make(text, v, m.group(0)[: m.end("d") - m.start()], _unit(m.group("unit")), m.start(), m.end()))
        taken.append((m.start(), m.end()))
    for m in _WORD_RANGE.finditer(text):
        a, b = WORDS[m.group("a").lower()], WORDS[m.group("b").lower()]
        if a >= b or (m.group("sep").lower() == "and" and not m.group("between")) or not free(m.start(), m.end()):
            continue
        if m.group("sep").lower() == "to" and (_FROM_LEVEL.search(text[max(0, m.start() - 90) : m.start()])
                                                or re.search(r"\bfrom\s+$", text[max(0, m.start() - 8) : m.start()], re.I)):
            continue  # "going from one to seven clusters": two levels, before and after
        unit = _unit(m.group("unit"))
        start = m.start("a")
        out.append(dataclasses.replace(_make(text, float(a), text[start : m.end()], unit, start, m.end(), upper=float(b)),
                                       direction=0))
        taken.append((start, m.end()))
    for m in _WORD.finditer(text):
        if not free(m.start(), m.end()):
            continue
        phrase = _joined_prefix(m.group("w"))
        v = words_value(phrase)
        if v is None:
            continue
        if _titled_name(text, m.start(), phrase):
            continue
        low = phrase.lower()
        if low in _WEAK_WORDS:
            continue
        if low in SCALES and not re.search(r"\ba\s+$", text[max(0, m.start() - 3) : m.start()], re.I):
            continue  # "hundreds of", "several thousand": too vague to check
        if _VAGUE_BEFORE.search(text[max(0, m.start() - 12) : m.start()]):
            continue
        # "over a thousand": the bound reads before the article
        article = re.search(r"(?<![A-Za-z])an?\s+$", text[max(0, m.start() - 8) : m.start()], re.I)
        whole = phrase == m.group("w")
        end = m.end() if whole else m.start() + len(phrase)
        out.append(_make(text, v, phrase, _unit(m.group("unit")) if whole else None, m.start(), end,
                         number_start=m.start() - len(article.group(0)) if article else None))
        taken.append((m.start(), end))
    for m in _VAGUE_PLURAL.finditer(text):
        if free(m.start(), m.end()):
            q = _make(text, float(_VAGUE_VALUE[m.group("w").lower()]), m.group(0), None, m.start(), m.end())
            gap = re.match(r"\s*(?:the\s+)?", text[m.end() :])
            out.append(Quantity(q.value, q.text, None, q.start, q.end, q.context, approx="at least",
                                noun=_noun(text, m.end() + (gap.end() if gap else 0), None)))
            taken.append((m.start(), m.end()))
    for m in _TWICE.finditer(text):
        if not free(m.start(), m.end()):
            continue
        w = m.group(0).lower()
        v = 0.5 if w.startswith("halve") else 3.0 if w.startswith("triple") else next(
            (f for k, f in _FOLD_OF.items() if w.startswith(k)), 2.0)
        # "triples throughput" is said of ×3.1 as well: a multiple in words is loose
        out.append(Quantity(v, m.group(0), "x", m.start(), m.end(), _context(text, m.start(), m.end()),
                            approx=_approx(text, m.start()) or "about"))
        taken.append((m.start(), m.end()))
    out.sort(key=lambda q: q.start)
    return tuple(out)


_EXPONENT = re.compile(r"(?:[eE]|\s*[×x*]\s*10\s*\^?)\s*([-−–]?\+?\d+)\s*$")


def _exponent(text: str) -> tuple[str, int]:
    """The mantissa and the power of ten of a number in scientific notation ("1.5e-4",
    "3 × 10^-4"); the text itself and 0 otherwise."""
    m = _EXPONENT.search(text.strip())
    if m is None or not re.search(r"\d", text[: m.start()]):
        return text, 0
    return text[: m.start()], int(m.group(1).replace("−", "-").replace("–", "-").replace("+", ""))


def _decimals(text: str) -> int:
    mantissa, power = _exponent(text)
    t = re.sub(r"[^\d.]", "", mantissa.replace(",", ""))
    # "1.5e-4" is written to the fifth decimal place, not the first
    return (len(t.split(".", 1)[1]) if "." in t else 0) - power


def _written_scale(text: str) -> int:
    m = re.search(r"([kKMBT]|(?i:thousand|million|billion|trillion))\s*$", text.strip())
    return _scale(m.group(1)) if m else 1


def _rounding(q: Quantity) -> float:
    """Half a unit of the last digit the number is written to: "1.2K" may stand for 1,234."""
    words = q.text.replace("-", " ").replace(" and ", " ").split()
    if not words or words[0].isalpha():
        return 0.0
    scale = _written_scale(q.text)
    d = _decimals(q.text)
    if d == 0 and scale == 1:
        return 0.0  # an integer is exact: "8" for 8.2 is not allowed
    return 0.5 * 10 ** (-d) * scale


def _loose(q: Quantity) -> float:
    """How far "about N" may be off: half a unit of its last significant digit ("about
    7,100" is 7,050-7,150, "about 40" is 35-45), at least 2%, at most 10%."""
    if q.text.replace("-", " ").split()[0].isalpha():
        return 0.1 * abs(q.value)
    digits = re.sub(r"[^\d.]", "", q.text.replace(",", ""))
    scale = _written_scale(q.text)
    if "." in digits:
        unit = 10 ** -len(digits.split(".", 1)[1]) * scale
    else:
        stripped = digits.rstrip("0")
        unit = 10 ** (len(digits) - len(stripped)) * scale if stripped else 1
    return min(max(0.5 * unit, 0.02 * abs(q.value)), 0.1 * abs(q.value))


def same_thing(a: Quantity, b: Quantity) -> bool:
    """Whether two numbers can count the same thing: "40 languages" never is "40 tasks"."""
    if a.noun is None or b.noun is None:
        return True
    # "49,410 training examples" / "49,401 examples": the same head noun; "seven
    # programming" (cut off) / "seven programming languages": one phrase inside the other.
    # "25 probing tasks" is not "25 task combinations".
    wa, wb = a.noun.split(), b.noun.split()
    if set(wa) <= set(wb) or set(wb) <= set(wa):
        return True
    if wa[-1] != wb[-1]:
        return False
    # The same head with modifiers on both sides must share one: "9 target tasks" is not
    # "nine intermediate tasks"; "intermediate language-understanding tasks" is
    # "intermediate language understanding tasks".
    # (compared by their first five letters: "Transformer" misspelt "Transform" by a PDF)
    ma, mb = {w.replace("-", "")[:5] for w in wa[:-1]}, {w.replace("-", "")[:5] for w in wb[:-1]}
    # a compound in either order is the same one: "premise-hypothesis" / "hypothesis/premise"
    if {"-".join(sorted(w.split("-"))) for w in wa[:-1]} & {"-".join(sorted(w.split("-"))) for w in wb[:-1]}:
        return True
    # a shortened modifier is the same one: "dev pairs" / "development pairs"
    return not (ma and mb) or any(x.startswith(y) or y.startswith(x) for x in ma for y in mb if min(len(x), len(y)) >= 3)


def directions_clash(a: Quantity, b: Quantity) -> bool:
    """"raises by 0.8" against a Δ of −0.8: same size, opposite direction."""
    da = -1 if a.value < 0 else a.direction
    db = -1 if b.value < 0 else b.direction
    return da != 0 and db != 0 and da != db


def _digits(text: str) -> str:
    return re.sub(r"[^\d.]", "", text.replace(",", ""))


def rescaled(q: Quantity, s: Quantity) -> bool:
    """The same digits under another scale word ("1.4 billion" / "1.4 trillion", "40 and
    70 million" / "40 and 70 billion"): one number written another way, however far apart."""
    if not q.value or not s.value or _digits(q.text) != _digits(s.text) or not _digits(q.text):
        return False
    ratio = math.log10(abs(s.value / q.value))
    return abs(ratio - round(ratio)) < 1e-9 and round(ratio) % 3 == 0 and round(ratio) != 0


BOUND_REACH = 0.1  # how far past a source's "more than"/"up to" bound a claim's finer number may lie
# a bound, the claim's or the source's, speaks for numbers of its own order of magnitude
# only: "up to 3.5 billion photos" says nothing of 1.5 million of them, "at most 300 epochs"
# nothing of 10 epochs
BOUND_ORDER = 10.0


def quantities_agree(a: Quantity, b: Quantity) -> bool:
    """``a`` (as a claim states it) agrees with ``b`` (as a source states it).

    Equal up to the precision the claim gives (a claim may round: "8" for 8.2 is not
    allowed, "8.2" for 8.24 and "1.2K" for 1,234 are); a percentage and a fraction agree
    (45% = 0.45); a value inside a stated range agrees with it; "about" allows 10%, "over"
    and "up to" bound one side; the counted nouns must not differ and the directions must
    not clash.
    """
    if (ha := as_hours(a)) is not None and (hb := as_hours(b)) is not None and (a.unit, a.noun) != (b.unit, b.noun):
        # "two thirds of an hour" / "40 minutes": one duration in two units
        return quantities_agree(_in_hours(a, ha), _in_hours(b, hb))
    if not same_thing(a, b) or directions_clash(a, b):
        return False
    if (a.noun and b.unit in ("%", "x", "points")) or (b.noun and a.unit in ("%", "x", "points")):
        return False  # "ten relation types" is not "10%", "7 tasks" not "7.0 points"
    if a.upper is not None and b.upper is not None and (a.unit == b.unit or {a.unit, b.unit} == {"points", "%"}):
        # ("9 to 19 percentage points" is "9%-19% absolute")
        # two ranges agree end to end: "83.1 to 93.8" is not "83.1-90.8"
        tol = max(_rounding(a), 1e-9)
        return abs(a.value - b.value) < tol and abs(a.upper - b.upper) < tol
    av, bv = abs(a.value), abs(b.value)
    candidates = [bv]
    # "about a quarter" against 24.9%: a fraction's looseness scales with it
    a_scale, b_scale = 1.0, [1.0]
    if a.unit == "%" and b.unit is None and bv <= 1:
        candidates.append(bv * 100)
        b_scale.append(100.0)
    if b.unit == "%" and a.unit is None and av <= 1:
        av = av * 100
        a_scale = 100.0
    tol = _rounding(a) * a_scale
    if a_scale != 1 and a.text[:1].isalpha():
        tol = max(tol, 0.6)  # "a third" is 33% or 33.3%, as a paper rounds it
    # A bound or an "about" speaks for a number only about the same counted or measured
    # thing: "2.9 points" is not "more than two terabytes".
    related = bool((a.noun and b.noun) or (a.unit and a.unit == b.unit))
    for v, v_scale in zip(candidates, b_scale):
        if math.isclose(av, v, rel_tol=1e-9, abs_tol=1e-12) or (tol and abs(av - v) < tol - 1e-12):
            return True
        # a fraction read as a percentage measures what the percentage does
        if not (related or a_scale != 1 or v_scale != 1) and (a.approx or b.approx):
            continue
        if a.approx == "about" and abs(av - v) <= _loose(a) * a_scale and not (a.short and v > av):
            return True
        # "up to" states the most reached, not a loose bound: "up to 5 times" misquotes "up
        # to 3 times", though three is below five
        # two lower bounds are one bound quoted: "more than six orders of magnitude" misquotes
        # "more than seven", though it follows from it
        if a.approx == "at least" and av <= v <= av * BOUND_ORDER and a.upper is None and b.approx != "at least":
            return True
        # "trained for up to 60,000 iterations" is not stated by "about 400 iterations"
        if a.approx == "at most" and av / BOUND_ORDER <= v <= av and b.approx not in UPPER_BOUNDS:
            return True
        if b.approx == "about" and abs(av - v) <= _loose(b) * v_scale and not (b.short and av > v):
            return True
        # two bounds the same way agree only as checked above: "over 300" does not give
        # "over 3,000"
        # a bound speaks for a claim's measured number (written to finer digits than the
        # bound) only near it: "more than 20 points" is not "29.6 points", which it neither
        # states nor rules out ("3,500 tokens" is within "over 3,000 tokens")
        # an "about" claim names a value, so a bound far from it states nothing of it either:
        # "about 1%" is not "below 80%"
        finer = _decimals(a.text) > _decimals(b.text) or a.approx == "about"
        if b.approx == "at least" and v <= av <= v * BOUND_ORDER and (not finer or av <= v * (1 + BOUND_REACH)) \
                and a.approx != "at least":
            return True
        if b.approx in UPPER_BOUNDS and v / BOUND_ORDER <= av <= v and (not finer or av >= v * (1 - BOUND_REACH)) \
                and a.approx not in UPPER_BOUNDS:
            return True
    # a value inside a stated range ("3-5 points"), not inside an interval a quantity is
    # bounded to ("scaled to [-1, 1]")
    if b.upper is not None and a.upper is None and b.value <= a.value <= b.upper and not b.text.startswith("["):
        return True
    if a.upper is not None and b.upper is not None:
        return math.isclose(a.value, b.value) and math.isclose(a.upper, b.upper)
    return False


_HOURS = {"second": 1 / 3600, "minute": 1 / 60, "hour": 1.0, "day": 24.0, "week": 168.0}


def as_hours(q: Quantity) -> float | None:
    """A duration in hours ("40 minutes" → 0.67, "2.5h" → 2.5); None for anything else."""
    if q.unit == "hours":
        return q.value
    head = q.noun.split()[-1] if q.noun and q.unit is None else None
    return q.value * _HOURS[head] if head in _HOURS else None


def _in_hours(q: Quantity, hours: float) -> Quantity:
    # written to the precision of its own unit: "40 minutes" is exact to the minute
    scale = hours / q.value if q.value else 1.0
    tol = _rounding(q) * scale
    written = f"{hours:.{max(0, -math.floor(math.log10(tol)) if tol else 6)}f}" if tol else f"{hours:.6f}".rstrip("0").rstrip(".")
    if q.text[:1].isalpha():
        written = q.text  # a number in words is exact, or as loose as its "about"
    return Quantity(hours, written, "hours", q.start, q.end, approx=q.approx, upper=None if q.upper is None else q.upper * scale)


def prefix_agrees(claim_text_number: str, b: Quantity) -> bool:
    """A number at the cut-off end of a truncated claim may itself be cut ("5.4" of "5.45")."""
    digits = claim_text_number.replace(",", "")
    return b.text.replace(",", "").lstrip("-").startswith(digits.lstrip("-"))


_CONTRAST = re.compile(r";|\b(?:while|whereas|but|although|though)\b", re.I)
_ATTACH_BREAK = re.compile(r"[,;:()]|\.\s|\b(?:and|or|but|while|whereas|which|who)\b")


def attached_number(text: str, qs: list[Quantity], pos: int, end: int | None = None) -> int | None:
    """The index of the number of ``qs`` that a name at ``pos`` (ending at ``end``) is
    about: the number whose phrase it ends ("15.7% in XNLI accuracy for Swahili", "+13% F1
    on MLQA", "93.9 on QNLI") — no comma, clause word or more than six words between them —
    else the next number of its sentence after the name ("MultiNLI accuracy to 86.7%"; in
    "UL2-20B, … by 9%", 9%, not the name's own 20B); None when neither."""
    before = [i for i, q in enumerate(qs) if q.end <= pos]
    if before:
        i = before[-1]
        gap = text[qs[i].end : pos]
        if not _ATTACH_BREAK.search(gap) and len(gap.split()) <= 6:
            return i
    # (never across a contrast: "on GLUE, while being 7.5x smaller" says nothing of GLUE)
    after = [i for i, q in enumerate(qs) if q.start >= (end or pos + 1) and not re.search(r"\.\s", text[pos : q.start])
             and not _CONTRAST.search(text[pos : q.start])]
    if len(after) >= 2 and re.search(r"\bfrom\s*$", text[: qs[after[0]].start]) \
            and re.search(r"\bto\s*(?:\w+\s+)?$", text[qs[after[0]].end : qs[after[1]].start]):
        # "SBERT cuts the time from 65 hours to five seconds": the subject is the state the
        # change ends in, not the one it starts from
        return after[1]
    return after[0] if after else None


# Comparatives a factor or a percentage may qualify ("twice as fast", "60% faster"), by
# their base; the second of each pair is the first's opposite, so "40% smaller" is "0.6
# times as large".
_OPPOSITE_BASES = {"slow": "fast", "small": "large", "few": "many", "low": "high", "short": "long",
                   "narrow": "wide", "shallow": "deep", "light": "heavy", "weak": "strong", "cheap": "expensive"}
_BASES = {*_OPPOSITE_BASES, *_OPPOSITE_BASES.values(), "big", "quick", "great", "good", "bad"}
_IRREGULAR = {"more": "many", "much": "many", "fewer": "few", "less": "few", "little": "few", "better": "good",
              "worse": "bad", "bigger": "big", "larger": "large", "wider": "wide", "cheaper": "cheap"}
_AS_ADJ = re.compile(r"\s*as\s+([a-z]+)\b", re.I)
# "half the size of", "twice the number of": a noun of measure stands for its quality
_THE_NOUN = re.compile(r"\s*(?:the|its|their)\s+(size|number|amount|length|speed|depth|width|cost|count)\s+of\b", re.I)
_NOUN_BASE = {"size": "large", "number": "many", "amount": "many", "count": "many", "length": "long", "speed": "fast",
              "depth": "deep", "width": "wide", "cost": "expensive"}
# "60% of the time (memory, compute, parameters)": an amount
_PART_OF = re.compile(r"\s*of\s+(?:the|its|their)\s+(size|number|amount|length|speed|depth|width|cost|time|memory|compute|"
                      r"parameters|data|energy)\b", re.I)
_ADJ_ER = re.compile(r"\s*([a-z]+)\b", re.I)
# "doubles", "quadrupled": a factor said as a verb of growth
_GROWTH_VERB = re.compile(r"(?:doubl|tripl|quadrupl)e[sd]?$", re.I)
_GROWS_BY = re.compile(r"\b(?:grows?|grew|increases?|increased|rises?|rose|goes up|went up)\s+(?:by\s+)?(?:about\s+|roughly\s+|nearly\s+|almost\s+)?$", re.I)
# "a quarter of B's", "a third of those of B"
_OF_WHOSE = re.compile(r"\s*of\s+(?:" + _TIMES_WHAT + ")")
# "a fifth of the steps": a share of a plural
_SHARE_OF_PLURAL = re.compile(r"\s*of\s+(?:the|its|their)\s+(?:[a-z][\w\-]*\s+)?[a-z][\w\-]*s\b")
# "twice the GPU-hours of B": a measure between the article and "of"
_THE_X_OF = re.compile(r"\s*(?:the|its|their)\s+[\w\-/]+(?:\s+[\w\-/]+)?\s+of\b", re.I)


def weaker_side(base: str) -> bool:
    """Whether a quality is the lesser of its pair ("few", "small", "slow"): "three times
    fewer" divides the other way."""
    return base in _OPPOSITE_BASES


def _base(word: str, comparative: bool) -> str | None:
    w = word.lower()
    if w in _IRREGULAR:
        return _IRREGULAR[w]
    if comparative:
        if w.endswith("er") and w[:-2] in _BASES:
            return w[:-2]
        return None
    return w if w in _BASES else None


def factor_of(text: str, q: Quantity) -> tuple[float, str] | None:
    """A number that compares by a factor, as (factor, the quality compared): "twice as
    fast" and "1.6× faster" are factors of their number, "60% faster" is 1.6 times as
    fast; a percentage on the weaker side of a pair is a factor of the stronger ("40%
    fewer" = 0.6 times as many). None for any other number."""
    after = text[q.end : q.end + 40]
    if q.unit == "x" or (q.unit is None and q.noun is None and 0 < q.value < 1):
        # "1.6 times as fast", "half as many", "less than half the size of"
        m = _AS_ADJ.match(after)
        base = _base(m.group(1), False) if m else None
        if base is None and (m := _THE_NOUN.match(after)):
            base = _NOUN_BASE[m.group(1).lower()]
        if base is None and q.unit == "x":
            m = _ADJ_ER.match(after)
            base = _base(m.group(1), True) if m else None
        if base is None and q.unit == "x" and re.match(r"\s*(?:times\s+)?(?:" + _TIMES_WHAT + ")", after):
            base = "many"  # "three times B's": as much as B has, three times over
        if base is None and q.unit == "x" and (_GROWTH_VERB.match(q.text) or _GROWS_BY.search(text[max(0, q.start - 30) : q.start])):
            base = "many"  # "quadruples the count", "grows eightfold": the amount, over
        if base is None and (_OF_WHOSE.match(after) or _THE_X_OF.match(after)):
            base = "many"  # "a quarter of B's compute", "twice the GPU-hours of B": an amount, over
        if base is None and q.unit is None and _SHARE_OF_PLURAL.match(after):
            base = "many"  # "a fifth of the steps": that share of them, as many
        return (abs(q.value), base) if base else None
    if q.unit == "%" and q.upper is None:
        # "60% of the time" is 0.6 times as much time
        of = _PART_OF.match(after)
        if of and abs(q.value) <= 100:
            return abs(q.value) / 100, _NOUN_BASE.get(of.group(1).lower(), "many")
        m = _ADJ_ER.match(after)
        base = _base(m.group(1), True) if m else None
        if base is None or abs(q.value) >= 100 and base in _OPPOSITE_BASES:
            return None
        if base in _OPPOSITE_BASES:
            return 1 - abs(q.value) / 100, _OPPOSITE_BASES[base]
        return 1 + abs(q.value) / 100, base
    return None


def _multiplied(text: str, q: Quantity) -> set[str]:
    """The nouns a few words after a factor or share: what it multiplies ("steps" in "a
    fifth of the steps", "5 times fewer steps")."""
    words = (singular(w.lower()) for w in _TOKEN.findall(text[q.end : q.end + 40])[:4])
    return {w for w in words if w not in _STOP and w not in ("time", "fold", "x") and _base(w, True) is None
            and _base(w, False) is None}


def _as_stronger(f: tuple[float, str], q: Quantity) -> tuple[float, str]:
    """A factor on the weaker side of a pair as one on the stronger: "5 times fewer" is a
    fifth as many, "3x slower" a third as fast."""
    if q.unit == "x" and weaker_side(f[1]) and f[0]:
        return 1 / f[0], _OPPOSITE_BASES[f[1]]
    return f


def factors_agree(claim_text: str, a: Quantity, source_text: str, b: Quantity) -> bool | None:
    """Whether a factor and a percentage that compare the same quality state the same
    comparison ("1.6 times as fast" / "60% faster": yes; "twice as fast": no); None when
    they do not both compare one quality, or are written alike (compared as they are)."""
    if a.unit == b.unit and a.unit != "%":
        return None
    fa, fb = factor_of(claim_text, a), factor_of(source_text, b)
    if fa is None or fb is None:
        return None
    inverted = _as_stronger(fa, a) != fa
    turned = inverted or _as_stronger(fb, b) != fb
    fa, fb = _as_stronger(fa, a), _as_stronger(fb, b)
    if fa[1] != fb[1]:
        return None
    if turned and not _multiplied(claim_text, a) & _multiplied(source_text, b):
        # "5 times fewer steps" is "a fifth of the steps", not "85% of the time"
        return None
    # the factor as the claim writes it: "1.6" to a tenth, "60%" (or the inverse of "3x
    # fewer") to a hundredth
    written = f"{fa[0]:.2f}".rstrip("0").rstrip(".") if a.unit == "%" or inverted else a.text
    qa = Quantity(fa[0], written, "x", 0, 0, approx=a.approx)
    qb = Quantity(fb[0], f"{fb[0]:.2f}", "x", 0, 0, approx=b.approx)
    return quantities_agree(qa, qb)


# "a relative improvement of 12%", "12% relative", "about a quarter in relative terms"
# (never "relative to X", which names what is compared with)
_RELATIVE_BEFORE = re.compile(r"\brelative(?:ly)?\s+(?!to\b)(?:\w+\s+){0,3}(?:of|by)\s*(?:about\s+|roughly\s+|around\s+)?$", re.I)
_RELATIVE_AFTER = re.compile(r"^\s*(?:%|percent)?\s*(?:\(\s*)?(?:relative\b(?!\s+to\b)|in relative terms\b)", re.I)


def is_relative(text: str, q: Quantity) -> bool:
    """Whether a number is a change relative to where it started ("a relative improvement
    of 12%", "24.9% relative"), not an absolute one ("+4.7 points"): compared only with a
    relative figure, or one computed from two stated values."""
    return bool(_RELATIVE_BEFORE.search(text[max(0, q.start - 60) : q.start]) or _RELATIVE_AFTER.match(text[q.end : q.end + 30]))


def relative_changes(a: Quantity, b: Quantity, error: bool) -> list[float]:
    """The relative changes, in percent, two stated values make ("from 80.0 to 89.6" is
    12%); with ``error``, also the relative reduction of the error of two accuracies
    (90.0 → 91.2 cuts the error from 10 to 8.8, by 12%)."""
    if a.noun or b.noun or a.unit != b.unit or a.upper is not None or b.upper is not None:
        return []
    lo, hi = sorted((abs(a.value), abs(b.value)))
    out = [100 * (hi - lo) / lo] if lo else []
    if hi:
        out.append(100 * (hi - lo) / hi)  # a reduction from the larger
    if error and hi <= 100 and hi < 100:
        out.append(100 * (hi - lo) / (100 - lo))
    return out


_ELIDED_VERSION = re.compile(r"\b(?P<base>[A-Z][A-Za-z0-9\-]*)\s+v?\d+(?:\.\d+)?\s*(?:,\s*(?:and|or)?|and|or)\s+v?(?P<v>\d+\.\d+)\b")
# between a list of numbers and the list of names it pairs with: a metric, "on"/"for"/"in"
_LIST_AFTER = re.compile(r"\s*(?:[A-Z][\w\-]*\s+)?(?:on|for|in|across)\s+(?:the\s+)?", re.I)
_UNIT_AFTER = re.compile(r"(?:\s*(?:%|points?|pts|pp))?")  # matches everywhere, if only the empty string
_COORDINATION = re.compile(r"^\s*(?:,\s*(?:and|or)?|and|or|&)\s*$", re.I)
_RESPECTIVELY = re.compile(r"\brespectively\b", re.I)


def _coordinated(items: list[tuple[int, int]], text: str) -> list[list[int]]:
    """Runs of items (start, end) joined by nothing but commas and "and"/"or"."""
    runs: list[list[int]] = []
    for k, (s_, _) in enumerate(items):
        if runs and _COORDINATION.match(text[items[runs[-1][-1]][1] : s_]):
            runs[-1].append(k)
        else:
            runs.append([k])
    return runs


def list_pairs(text: str, qs: Sequence[Quantity], spans: list[tuple[int, str]]) -> list[tuple[list[int], list[str]]]:
    """The pairs a list of numbers and a list of names (``spans``: position, name) make, in
    order: (indices of the numbers, their names), when the lists are as long as each other — in a sentence that
    says "respectively" (the names anywhere before it), or where the names' list follows the
    numbers' ("obtains 94.6% and 88.7% F1 on SQuAD 1.1 and 2.0")."""
    out = []
    for sent in re.finditer(r"[^.!?]+(?:[.!?](?=\d)[^.!?]*)*", text):
        start, stop = sent.start(), sent.end()
        said = _RESPECTIVELY.search(text, start, stop)
        end = said.start() if said else stop
        # "on SQuAD 1.1 and 2.0": a version after a versioned name is another name, not a number
        elided = [(e.start("v"), e.group("base").lower() + " " + e.group("v"))
                  for e in _ELIDED_VERSION.finditer(text, start, end)]
        nums = [i for i, q in enumerate(qs) if start <= q.start and q.end <= end and all(p != q.start for p, _ in elided)]
        if len(nums) < 2:
            continue
        # a number's own unit or "points" may follow it: "90.1% and 85.3%"
        items = [(qs[i].start, qs[i].end + len(_UNIT_AFTER.match(text, qs[i].end).group(0)))  # type: ignore[union-attr]
                 for i in nums]
        runs = [r for r in _coordinated(items, text) if len(r) >= 2]
        if not runs:
            continue
        run = [nums[k] for k in runs[-1]]
        names = sorted([(p, n) for p, n in spans if start <= p < end and not any(q.start <= p < q.end for q in qs)] + elided)
        name_items = [(p, p + len(n) if text[p : p + len(n)].lower() == n else p + len(n.rsplit(" ", 1)[-1])) for p, n in names]
        groups = _coordinated(name_items, text)
        if not said:
            # without "respectively", only a list of names right after the numbers' own words
            after = items[runs[-1][-1]][1]
            groups = [g for g in groups if len(g) >= 2 and _LIST_AFTER.fullmatch(text[after : name_items[g[0]][0]])]
        for group in reversed(groups):
            if len(group) == len(run):
                out.append((run, [names[k][1] for k in group]))
                break
    return out


# What a percentage is a share of, or a score is measured in, named right after it: "31%
# of the parameters", "28% inference time", "88.5 F1" — a binding the counted noun
# (``Quantity.noun``) leaves out, since neither counts anything.
_SHARE_OF = re.compile(r"\s*(?:of\s+)?(?:(?:the|its|their|our|his|her|all|an?|each)\s+)?((?:[A-Za-z][A-Za-z0-9\-]*(?:['’]s)?\s*){1,4})")
_METRIC_AFTER = re.compile(r"\s*(?:(?:points?\s+)?of\s+)?(?-i:([A-Z][A-Za-z]*(?:-?[A-Z0-9]+)+|[A-Z]{2,}[a-z]*))(?![\w-])")
_MEASURE_BEFORE = re.compile(r"\b([A-Za-z][A-Za-z0-9\-]*)\s+of\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|only\s+|just\s+)?$", re.I)
# words after a percentage that compare or change rather than name a share
_NOT_A_SHARE = frozenset(
    """relative absolute improvement improvements gain gains increase increases reduction reductions decrease
    decreases drop drops boost lead margin point points overall respectively average error-rate total factor sum
    number amount value maximum minimum mean out""".split())


def measured(text: str, q: Quantity) -> str | None:
    """The thing a percentage is a share of or a score is measured in, by its head word
    ("about 31% of the parameters" → "parameter", "28% inference time of them" → "time",
    "88.5 F1" → "f1"); None for a count, a change word ("12% relative"), a comparative
    ("60% faster") or nothing named right after the number ("81% on MNLI")."""
    after = text[q.end : q.end + 60]
    if q.noun is None and q.unit in (None, "%", "points") and not re.match(r"\s*(?:%|percent\b)?\s*of\b", after):
        # "an F1 of 88.5", "accuracy of 81.75%": the measure named right before "of"
        b = _MEASURE_BEFORE.search(text[max(0, q.start - 40) : q.start])
        if b and b.group(1).lower() not in _NOT_A_SHARE | _STOP | WORDS.keys():
            return singular(b.group(1).lower())
    if q.unit == "%":
        m = _SHARE_OF.match(after)
        if m is None:
            return None
        words = []
        for w in m.group(1).split():
            low = w.lower()
            if low.endswith(("'s", "’s")):
                continue  # "of its teacher's performance": a possessive qualifies the head
            if low in _STOP or low in WORDS or low in SCALES:
                break
            words.append(low)
        if not words or words[0] in _NOT_A_SHARE or _base(words[0], True) is not None or _base(words[0], False):
            return None
        return singular(words[-1])
    if q.noun is None and q.unit in (None, "points"):
        m = _METRIC_AFTER.match(after)
        return m.group(1).lower() if m else None
    return None


_ASSIGNED = re.compile(r"(?<![\w^])([A-Za-z][A-Za-z0-9]*(?:_\{?[A-Za-z0-9]+\}?)?)\s*=\s*$")


def assigned_symbol(text: str, q: Quantity) -> str | None:
    """The symbol a number is set to with "=" ("T = 1000", "beta_T = 0.02"): what it is
    the value of, however the words around it are put."""
    m = _ASSIGNED.search(text[max(0, q.start - 24) : q.start])
    return m.group(1).replace("{", "").replace("}", "").lower() if m else None


def changed_span(text: str, q: Quantity) -> str:
    """The words a verb of change says changed by ``q``: "cuts *the word error rate on the
    test set* by 30%" — between the last such verb of its clause and the number; "" when
    no verb of change precedes it."""
    clause = re.split(r"[,;:()]|\.\s", text[max(0, q.start - 120) : q.start])[-1]
    verbs = [m for pattern in (_UP, _DOWN) for m in pattern.finditer(clause)]
    if not verbs:
        return ""
    return clause[max(verbs, key=lambda m: m.start()).end() :]


# --------------------------------------------------------------------------- a pair's own direction

# Words that say a value went up or down, whatever it measures ("raises the error from …").
_VALUE_UP = r"rais|lift|increas|boost|rise|rising|rose|grow|grew|climb|jump"
_VALUE_DOWN = r"fall|fell|falling|drop|decreas|reduc|lower|declin|shrink|shrank|cut"
# Words that say one side is better or worse, or above or below the other.
_BETTER = r"outscor|outperform|beat|exceed|surpass|above|ahead|higher|better|improv|tops?\b|over\b"
_WORSE = r"below|behind|trail|lower|worse|underperform|fall|fell|drop|short"
# A measure where less is better: "outperforms, 8.1 against 9.4 perplexity" is no reversal.
_LESS_IS_BETTER = re.compile(r"\b(?:error|perplexity|loss|latency|wer|cer|ter|time|cost|memory|distance|rank)\w*", re.I)
# a comparison that names its object first ("compared with Y, X …")
_OBJECT_FIRST = re.compile(r"\b(?:compared|relative to|versus|vs\b|over|than|against)", re.I)
_NUM_TOKEN = r"(?<![\w.])(-?\d+(?:\.\d+)?)\s*%?"
# "95.1 rising to 97.3": the pair carries its own direction
_SELF_MOVE = re.compile(_NUM_TOKEN + r",?\s+(?:(?P<up>" + _VALUE_UP + r")|(?P<down>" + _VALUE_DOWN + r"))\w*\s+to\s+" + _NUM_TOKEN, re.I)
# "raises the score from 43.5 to 47.8": the verb of its clause gives the direction
_FROM_TO = re.compile(r"\bfrom\s+" + _NUM_TOKEN + r"\s*(?:points?|%)?\s+to\s+" + _NUM_TOKEN, re.I)
# "X outscores Y, 88.0 against 86.8": the subject's number first
_AGAINST = re.compile(_NUM_TOKEN + r"\s*(?:points?)?\s+(?:against|versus|vs\.?|to)\s+" + _NUM_TOKEN, re.I)
# "X's error (25.0) is higher than Y's (27.9)", "scores 37.0, below the 35.8 of Y": a level
# set above or below another level. The comparative must be predicated of the first number
# (after a bracket, a comma or a copula): "3.2 points higher than the 45.1 of Y" states a
# margin, not a level. Only words of value, never of quality: "higher" is higher whatever
# the measure, "better" depends on it.
_LEVEL_ORDER = re.compile(
    _NUM_TOKEN + r"\s*(?:,\s*(?:which\s+(?:is|was)\s+)?|\)\s*,?\s*(?:(?:is|was|are|were)\s+)?"
    r"|(?:\s+(?>[A-Za-z][\w\-]*)){0,3}\s+(?:is|was|are|were|remains?|stays?)\s+)"
    r"(?:(?:slightly|well|much|far|still|clearly|just|even)\s+)?"
    r"(?:(?P<up>higher|greater|larger|above|exceed\w*)|(?P<down>lower|smaller|below|under))\b(?:\s+than)?"
    # (each word of the gap taken whole, so that a long word is never split every way)
    r"(?:\s+\(?(?=[\w'’\-]*[A-Za-z])(?>[\w'’\-]+)){0,8}?\s*\(?(?<![\w.])(-?\d+(?:\.\d+)?)(?![\d.]*[A-Za-z\-])", re.I)


def _last_word(clause: str, up: str, down: str) -> int:
    """+1 or −1 for the last up or down word of the clause, 0 for none."""
    found = [(m.start(), 1) for m in re.finditer(r"\b(?:" + up + r")", clause, re.I)]
    found += [(m.start(), -1) for m in re.finditer(r"\b(?:" + down + r")", clause, re.I)]
    return max(found)[1] if found else 0


def reversed_pair(text: str) -> tuple[str, str] | None:
    """The two numbers of a claim whose order says the opposite of its own direction word,
    if any: "raises the score from 43.5 to 37.8", "41.0 rising to 39.2", "X outscores Y,
    88.0 against 88.8". Such a claim cannot be true whatever its source states; a pair that
    agrees with its word, or a comparison of a measure where less is better, gives None."""
    for m in _SELF_MOVE.finditer(text):
        a, b = float(m.group(1)), float(m.group(4))
        if a != b and (b > a) != bool(m.group("up")):
            return m.group(1), m.group(4)
    for m in _FROM_TO.finditer(text):
        clause = re.split(r"[;:]|\.\s", text[: m.start()])[-1]
        way = _last_word(clause, _VALUE_UP, _VALUE_DOWN)
        a, b = float(m.group(1)), float(m.group(2))
        if way and a != b and (b > a) != (way > 0):
            return m.group(1), m.group(2)
    for m in _LEVEL_ORDER.finditer(text):
        a, b = float(m.group(1)), float(m.group(4))
        if a != b and (a > b) != bool(m.group("up")):
            return m.group(1), m.group(4)
    moved = _reversed_against_object(text)
    if moved is not None:
        return moved
    if _LESS_IS_BETTER.search(text):
        return _reversed_rivals(text)
    for m, clause in _pairs_set_against(text):
        if clause.count("(") > clause.count(")"):
            continue  # "compared with Y, X gains (90.2 vs. 91.1)": which side is first is unsaid
        way = _last_word(clause, _BETTER, _WORSE)
        a, b = float(m.group(1)), float(m.group(2))
        if way and a != b and (a > b) != (way > 0):
            return m.group(1), m.group(2)
    return None


def _reversed_against_object(text: str) -> tuple[str, str] | None:
    """"X raises the error relative to Y (7.40 vs 7.46)": a verb of value whose object is
    named after it, then the pair, subject's number first. The verb says which way the
    values run whatever the measure, so the pair must run that way. A pair with no object
    before it ("raises BLEU (33.0 vs 34.0)") may be listed before and after: left alone."""
    for m in _AGAINST.finditer(text):
        clause = re.split(r"[;:]|\.\s", text[: m.start()])[-1]
        verbs = [v for v in re.finditer(r"\b(?:(?P<up>" + _VALUE_UP + r")|(?P<down>" + _VALUE_DOWN + r"))\w*", clause, re.I)]
        if not verbs:
            continue
        verb = verbs[-1]
        first = _OBJECT_FIRST.search(clause)
        if first is None or first.start() < verb.end() or re.search(r"\bfrom\s*$", text[: m.start()], re.I):
            continue
        a, b = float(m.group(1)), float(m.group(2))
        if a != b and (a > b) != bool(verb.group("up")):
            return m.group(1), m.group(2)
    return None


def _pairs_set_against(text: str) -> Iterator[tuple[re.Match[str], str]]:
    """Each "A against B" pair of numbers ("88.0 vs 88.8") with the clause before it, where
    that clause names the first number's side first: not a change "from 85.1 to 21.5" (read
    as a change), not "compared with Y, X ..." (object first)."""
    for m in _AGAINST.finditer(text):
        if re.search(r"\bfrom\s*$", text[: m.start()], re.I):
            continue
        clause = re.split(r"[;:]|\.\s", text[: m.start()])[-1]
        if not _OBJECT_FIRST.search(clause):
            yield m, clause


# a verb that sets its subject against its object ("X beats Y"): the subject's number comes first
_RIVALS = re.compile(r"\b(?:(?P<up>outperform|outscor|beat|surpass|bests\b)|(?P<down>underperform|trail|lose|loses|lost))\w*", re.I)


def _measure_beside(text: str, start: int, end: int) -> bool:
    """Whether a measure where less is better is named next to the pair at ``start:end``:
    right after it ("13.6 vs 9.1 WER") or shortly before it, in the same phrase ("a WER of
    13.6 against 9.1")."""
    after = re.match(r"\s*%?\s*(?:[\w-]+\s+)?", text[end : end + 40])
    if after and _LESS_IS_BETTER.match(text, end + after.end()):
        return True
    return bool(_LESS_IS_BETTER.search(re.split(r"[,;]", text[max(0, start - 30) : start])[-1]))


def _reversed_rivals(text: str) -> tuple[str, str] | None:
    """The pair of a claim that sets two rivals against each other on a measure where less
    is better ("X beats Y on the test set (13.6 vs 9.1 WER)"), when its order says the
    opposite of its verb: the better side has the lower number. None when the measure of
    the pair is not named beside it or no such verb leads its clause."""
    for m, clause in _pairs_set_against(text):
        verbs = list(_RIVALS.finditer(clause))
        if not verbs or not _measure_beside(text, m.start(), m.end()):
            continue
        better = bool(verbs[-1].group("up"))
        a, b = float(m.group(1)), float(m.group(2))
        if a != b and (a < b) != better:
            return m.group(1), m.group(2)
    return None


def number_pairs(text: str) -> list[tuple[str, str]]:
    """The numbers a claim sets side by side as one comparison: "from 85.1 to 21.5", "38.2
    rising to 40.8", "88.0 against 86.8" (the texts of both, in order)."""
    out = [(m.group(1), m.group(4)) for m in _SELF_MOVE.finditer(text)]
    out += [(m.group(1), m.group(2)) for m in _FROM_TO.finditer(text)]
    out += [(m.group(1), m.group(2)) for m in _AGAINST.finditer(text) if not re.search(r"\bfrom\s*$", text[: m.start()], re.I)]
    return list(dict.fromkeys(out))
