"""Numbers with their context, and when two of them state the same thing.

A claim's numbers must agree with its evidence, so the extractor must not mistake parts
of names for quantities: ``XLM-R``, ``SQuAD v2.0``, ``Pass@1``, ``GPT-4``, ``(ii)``,
``Table 2``, citation years (``Phang et al., 2018``) are skipped. Everything else —
decimals, thousands separators (``1,104,934``, ``1 104 934``), percentages, number words
(``nine``), ranges (``3–5``), signed values (``−0.1``), ``2 × 10^-5`` — becomes a
:class:`Quantity` with the content words around it.
"""

from __future__ import annotations

import math
import re

from claimcheck.model import Quantity

WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12,
}
# "one" is too often a pronoun ("the one that ...") to be a quantity without a noun after it.
_WEAK_WORDS = {"one", "zero"}

_NUM = r"[-−–]?(?:\d{1,3}(?:[,\u2009\u202f ]\d{3})+|\d+)(?:\.\d+)?"
_SCI = re.compile(r"(?P<m>\d+(?:\.\d+)?)\s*[×x\*]\s*10\s*\^?\s*\{?(?P<e>[-−]?\d+)\}?")
_SCI_E = re.compile(r"(?<![\w.])(?P<m>\d+(?:\.\d+)?)[eE](?P<e>[-−]?\d+)(?![\w])")
_RANGE = re.compile(r"(?<![\w.@/])(?P<a>" + _NUM + r")\s*(?:–|—|-|to)\s*(?P<b>" + _NUM + r")(?P<unit>\s*%)?(?![\w.]\d)")
_NUMBER = re.compile(r"(?<![\w.@/\\])(?P<n>" + _NUM + r")(?P<unit>\s*%|\s*(?:points?|pts|pp|percentage points)\b|x\b|×)?", re.I)
_WORD = re.compile(r"\b(?P<w>" + "|".join(WORDS) + r")(?:[-\s](?P<w2>one|two|three|four|five|six|seven|eight|nine))?\b", re.I)
_TOKEN = re.compile(r"[A-Za-z][A-Za-z+\-]*")

_STOP = set(
    """a an the of on in for to and or by as at with from into via is are be been was were do does did
    has have had this that these those it its their our we they which who all each any some such than
    then over across per about up down out more most less only also both either same other after before
    by yields yield average mean total""".split()
)


def _value(text: str) -> float:
    t = text.replace("−", "-").replace("–", "-").replace(",", "").replace("\u2009", "").replace("\u202f", "")
    t = t.replace(" ", "")
    return float(t)


def _is_name_part(text: str, start: int, end: int) -> bool:
    """Digits that belong to a name or a label rather than measure anything."""
    before = text[max(0, start - 12) : start]
    after = text[end : end + 3]
    if re.search(r"[A-Za-z@#]-?$", before):  # XLM-R2, GPT-4, Pass@1, v2
        return True
    if re.match(r"[A-Za-z]", after) and not re.match(r"(?:x\b|×|pp\b|pts\b|points?\b|%|k\b|M\b)", after):
        return True  # 3D, 2nd, 1st
    if re.search(r"\b(?:table|tab\.|figure|fig\.|section|sec\.|§|eq\.|equation|appendix|step|layer|version|v)\s*$", before, re.I):
        return True
    if re.search(r"\(\s*$", before) and re.match(r"\s*\)", after) and re.search(r"\(\s*$", before):
        # "(2)" as an enumerator, but "(8.2)" or "(392,702)" are values.
        return not re.search(r"[.,]", text[start:end])
    return False


def _is_citation_year(text: str, start: int, end: int, value: float) -> bool:
    if not (1900 <= value <= 2099) or "." in text[start:end] or "," in text[start:end]:
        return False
    before = text[max(0, start - 30) : start]
    return bool(re.search(r"(?:et al\.?|[A-Z][a-z]+|and)\s*,?\s*\(?$", before)) or bool(re.search(r"[;(]\s*$", before))


def _context(text: str, start: int, end: int, width: int = 6) -> str:
    left = [w.lower() for w in _TOKEN.findall(text[max(0, start - 80) : start])][-width:]
    right = [w.lower() for w in _TOKEN.findall(text[end : end + 80])][:width]
    return " ".join(w for w in left + right if w not in _STOP)


def _unit(raw: str | None) -> str | None:
    if not raw:
        return None
    u = raw.strip().lower()
    if u == "%":
        return "%"
    if u in ("x", "×"):
        return "x"
    return "points"


def extract_quantities(text: str) -> list[Quantity]:
    """Every quantity of ``text`` in order of appearance (see the module docstring)."""
    out: list[Quantity] = []
    taken: list[tuple[int, int]] = []

    def free(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b in taken)

    for m in list(_SCI.finditer(text)) + list(_SCI_E.finditer(text)):
        v = float(m.group("m")) * 10 ** int(m.group("e").replace("−", "-"))
        out.append(Quantity(v, m.group(0), None, m.start(), m.end(), _context(text, m.start(), m.end())))
        taken.append((m.start(), m.end()))
    for m in _RANGE.finditer(text):
        if not free(m.start(), m.end()) or _is_name_part(text, m.start(), m.end()):
            continue
        a, b = _value(m.group("a")), _value(m.group("b"))
        if "-" in m.group(0)[len(m.group("a")) : -len(m.group("b"))] and b < a:
            continue  # "8.2-3" is no range; a negative second value is a minus sign
        if a < b and not (1900 <= a <= 2099 and 1900 <= b <= 2099):
            out.append(Quantity(a, m.group(0), _unit(m.group("unit")), m.start(), m.end(),
                                _context(text, m.start(), m.end()), upper=b))
            taken.append((m.start(), m.end()))
    for m in _NUMBER.finditer(text):
        s, e = m.start("n"), m.end("n")
        if not free(m.start(), m.end()) or _is_name_part(text, s, e):
            continue
        try:
            v = _value(m.group("n"))
        except ValueError:
            continue
        if _is_citation_year(text, s, e, v):
            continue
        out.append(Quantity(v, m.group("n").replace("−", "-").replace("–", "-"), _unit(m.group("unit")),
                            s, m.end(), _context(text, s, m.end())))
        taken.append((m.start(), m.end()))
    for m in _WORD.finditer(text):
        if not free(m.start(), m.end()):
            continue
        w = m.group("w").lower()
        v = WORDS[w] + (WORDS[m.group("w2").lower()] if m.group("w2") else 0)
        if w in _WEAK_WORDS and not m.group("w2"):
            continue
        if w == "hundred":
            continue  # "a hundred" / "several hundred" is too vague to check
        out.append(Quantity(float(v), m.group(0), None, m.start(), m.end(), _context(text, m.start(), m.end())))
        taken.append((m.start(), m.end()))
    out.sort(key=lambda q: q.start)
    return out


def _decimals(text: str) -> int:
    t = text.replace(",", "")
    return len(t.split(".", 1)[1].rstrip("%").strip()) if "." in t else 0


def quantities_agree(a: Quantity, b: Quantity) -> bool:
    """``a`` (as a claim states it) agrees with ``b`` (as a source states it).

    Equal up to the precision the claim gives (a claim may round: "8" for 8.2 is not
    allowed, "8.2" for 8.24 is); a percentage and a fraction agree (45% = 0.45); a value
    inside a stated range agrees with it.
    """
    av, bv = a.value, b.value
    candidates = [bv]
    if a.unit == "%" and b.unit != "%" and abs(bv) <= 1:
        candidates.append(bv * 100)
    if b.unit == "%" and a.unit != "%" and abs(av) <= 1:
        av = av * 100
    tol = 0.5 * 10 ** (-_decimals(a.text)) if not a.text.isalpha() else 0.0
    for v in candidates:
        if math.isclose(av, v, rel_tol=1e-9, abs_tol=1e-12) or (tol and abs(av - v) < tol - 1e-12 and _decimals(a.text) >= 1):
            return True
    if b.upper is not None and b.value <= av <= b.upper:
        return True
    if a.upper is not None and b.upper is not None:
        return math.isclose(a.value, b.value) and math.isclose(a.upper, b.upper)
    return False


def prefix_agrees(claim_text_number: str, b: Quantity) -> bool:
    """A number at the cut-off end of a truncated claim may itself be cut ("5.4" of "5.45")."""
    digits = claim_text_number.replace(",", "")
    return b.text.replace(",", "").lstrip("-").startswith(digits.lstrip("-"))
