"""Tables as evidence: a claim about a row and a column is decided by that cell.

The extractor gives every table cell as a passage with its table, row header and column
header (levels joined by " / "). A claim names a row ("MNLI", "Japanese") and a column
("XNLI", "TCS") by their header words; the claim's number is then compared with that
cell. What a claim states but a table only implies is computed from the cells and said so:

* a difference between two named rows or two named columns ("TCS improves Japanese by
  5.9 over uniform" → TCS − Uniform in row Japanese);
* a mean over a named row or column ("on average", "mean");
* "best"/"highest" → the maximum of the named column (or row), and which header has it.

Only headers are matched, never the cell text, and nothing here reads a file.
"""

from __future__ import annotations

import dataclasses
import math
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from statistics import mean

from claimcheck.evidence.memo import once_per_version
from claimcheck.evidence.quantities import (
    METRIC_GAP,
    UPPER_BOUNDS,
    WORDS,
    attached_number,
    extract_quantities,
    factor_of,
    is_relative,
    list_pairs,
    measured,
    number_pairs,
    quantities_agree,
    rescaled,
    singular,
    unit_word,
    weaker_side,
)
from claimcheck.model import Passage, Quantity, SourceVersion

# a table row's passage as extraction writes it ("Table 2, row MNLI: |Train| 392,702; …"),
# or a window that starts with one
ROW_TEXT = re.compile(r"Table [^,]+, row ")
# "leads every column", "is best on all tasks", "tops each benchmark"
_LEADS_ALL = re.compile(r"\b(?:leads?|tops?|wins?)\s+(?:on\s+|in\s+)?(?:every|all|each)\b", re.I)
_EVERY = re.compile(r"\b(?:on|in|across|for)\s+(?:every|all|each)\b", re.I)
_EACH = re.compile(r"\b(?:each|every|per)\b", re.I)
_SUM = re.compile(r"\b(?:together|in total|combined|sum|total of|altogether)\b", re.I)
# "the four corpora total about 30 billion tokens": a verb of summing, of several rows only
# ("the REVIEWS corpus totals 2.11B tokens" is the one row's value)
_SUM_VERB = re.compile(r"\b(?:(?:add(?:s|ed)?\s+up|amount(?:s|ed)?)\s+to|"
                       r"total(?:s|l?ed|l?ing)?(?=\s+(?:about|around|roughly|nearly|almost|over|more than|some|\d)))\b", re.I)
_AVERAGE = re.compile(r"\b(?:on average|average[sd]?|mean|avg\.?)\b", re.I)
_BEST = re.compile(r"\b(?:best|highest|strongest|top|largest|biggest|maximum|longest|most)\b", re.I)
_WORST = re.compile(r"\b(?:worst|lowest|weakest|smallest|minimum|shortest|least|fewest)\b", re.I)
_AGGREGATE_HEADER = re.compile(r"^(?:avg\.?|average|mean|all|overall|total)$", re.I)
_MARGIN = re.compile(r"\b(best|highest|largest|biggest|greatest|widest|smallest|lowest|least|narrowest)\s+"
                     r"(?:[A-Za-z][\w\-]*\s+)?(?:margins?|gaps?|leads?|advantages?|improvements?|gains?|differences?)\b", re.I)
# "the gain over B is largest at C": the noun of a margin first, its superlative after
_MARGIN_AFTER = re.compile(r"\b(?:margins?|gaps?|leads?|advantages?|improvements?|gains?|differences?)\b[^.;:]{0,60}?"
                           r"\b(?:is|are|was|were)\s+(?:the\s+)?(best|highest|largest|biggest|greatest|widest|smallest|"
                           r"lowest|least|narrowest)\b", re.I)
# "where A gains most over B", "A improves least on C": a verb of gain and how much
_MARGIN_VERB = re.compile(r"\b(?:gain|improv|benefit|help|lead|outperform)\w*\s+(?:the\s+)?(most|least)\b", re.I)
_LOWER_IS_BETTER = re.compile(r"(?:↓|\berror\b|\berr\b\.?|\bwer\b|\bcer\b|\bloss\b|perplexity|\bppl\b|latency)", re.I)


@dataclass(frozen=True)
class Cell:
    passage: Passage
    value: Quantity


@dataclass
class Table:
    label: str
    rows: list[str]
    columns: list[str]
    cells: dict[tuple[str, str], Cell]
    split: dict[str, str] = dataclasses.field(default_factory=dict)  # a part's column → the column it was split from
    variants: set[str] = dataclasses.field(default_factory=set)  # rows told apart by their text cells
    labels: dict[str, str] = dataclasses.field(default_factory=dict)  # a row → its text cells' words

    def row(self, r: str) -> list[tuple[str, Cell]]:
        return [(c, self.cells[(r, c)]) for c in self.columns if (r, c) in self.cells]

    def column(self, c: str) -> list[tuple[str, Cell]]:
        return [(r, self.cells[(r, c)]) for r in self.rows if (r, c) in self.cells]


@dataclass
class TableDecision:
    agrees: bool
    cell: Passage  # the deciding cell (for a computed number: the first cell it used)
    claim_number: str
    source_number: str
    computed: str | None  # how a number the table only implies was computed
    explanation: str
    order: bool = False  # the order of two named headers, which no number of the claim states


_AGAIN = "\u2032"  # "′": a row name printed again, with nothing to tell it apart


def _rows_told_apart(passages: list[Passage]) -> tuple[list[Passage], set[tuple[str, str]]]:
    """The passages, with the cells of a row name printed on several rows of one table
    renamed by their row's text cells: "Codex" over three prompting rows becomes "Codex
    (Standard)", "Codex (Chain of thought)", "Codex (+ ext. calc)", so that each row's
    numbers stay its own (keyed by name alone, the first row's hid the others). Also the
    (table, row) names so made."""
    instances: list[tuple[str, str, list[int]]] = []  # (table, row name, indices of its cells)
    seen: dict[tuple[str, str], int] = {}
    for i, p in enumerate(passages):
        if p.kind == "table-row" and p.table and p.row:
            instances.append((p.table, p.row, []))
            seen[(p.table, p.row)] = seen.get((p.table, p.row), 0) + 1
        elif p.kind == "table-cell" and instances and (p.table, p.row) == instances[-1][:2]:
            instances[-1][2].append(i)
    repeated = {key for key, n in seen.items() if n > 1}
    made: set[tuple[str, str]] = set()
    if not repeated:
        return passages, made
    out = list(passages)
    seen_again: dict[tuple[str, str], int] = {}
    told = [_row_words(passages, cells) for _, _, cells in instances]
    # a row printed again under another group heading ("BASE" under "10 min" and under "1h")
    # is told apart by its group when its own cells do not tell it apart
    same_words = Counter((table, row, tuple(w)) for (table, row, _), w in zip(instances, told))
    for (table, row, cells), words in zip(instances, told):
        if (table, row) not in repeated:
            continue
        group = _row_group(passages, cells, table, row)
        # the group names the row even where a size cell tells it apart as well: "Adaptive"
        # of 38M under "text8" and of 39M under "enwik8" is named by the data set, not the size
        if group and (same_words[(table, row, tuple(words))] > 1 or group.lower() not in " ".join(words).lower()):
            words = [group, *words]
        if not words:
            # nothing tells this row from the others: the first keeps the name, a later one
            # is kept apart by a mark no claim writes (its numbers still count in a column's
            # maximum: "GPT-3 (LoRA)" printed twice, 73.4 and 74.0)
            k = seen_again[(table, row)] = seen_again.get((table, row), -1) + 1
            if not k:
                continue
            name = row + _AGAIN * k
            made.update({(table, row), (table, name)})
            for i in cells:
                out[i] = dataclasses.replace(passages[i], row=name)
            continue
        name = f"{row} ({', '.join(words)})"
        made.add((table, name))
        for i in cells:
            out[i] = dataclasses.replace(passages[i], row=name)
    return out, made


def _row_words(passages: list[Passage], cells: list[int]) -> list[str]:
    """The text cells that tell a row printed under a repeated name from the others."""
    words = [passages[i].text for i in cells if not extract_quantities(passages[i].text)]
    # a size cell tells rows apart as well as words: "Alpaca" of 33B, "Alpaca (33B)"
    return words or [passages[i].text.strip() for i in cells if _SCALED.fullmatch(passages[i].text.strip())][:1]


def _row_group(passages: list[Passage], cells: list[int], table: str, row: str) -> str | None:
    """The group heading a row is printed under, as the extractor writes it in the row's
    passage ("Table 1, row BASE (10 min): ..."), found just before the row's first cell."""
    if not cells or cells[0] == 0:
        return None
    p = passages[cells[0] - 1]
    if p.kind != "table-row":
        return None
    m = re.match(re.escape(f"{table}, row {row}") + r" \((.+?)\):", p.text) or re.match(
        re.escape(f"{row}") + r" \((.+?)\):", p.text)
    return m.group(1).strip() if m else None


_QUALIFIER_WORD = r"(?:\d+(?:\.\d+)+|[a-z0-9]+)"


def spelt_in_header(number: str, header: str) -> bool:
    """Whether a number of the claim is a word of a header ("12" of "beam size 12"): part of
    the name of that row or column, not a value measured in it."""
    return number.lower() in _tokens(header)


def _count_in_header(q: Quantity, claim_text: str, header: str) -> bool:
    """Whether a number written as a word and the word after it are a header's digits and
    word ("two heads" of "Dilation on 2 heads"): the row's name, not a value measured in it."""
    after = _tokens(claim_text[q.end :])[:1]
    words = _tokens(header)
    return q.text.lower() in WORDS and bool(after) and any(
        words[i : i + 2] == [_fmt(q.value), after[0]] for i in range(len(words) - 1))


def _qualifier_said(header: str, claim_text: str) -> bool:
    """Whether the claim says the bracketed qualifier of a header as words of its own
    ("chain-of-thought" or "chain of thought" for "(Chain of thought)"), not inside another
    name ("BERT-large" does not say the "(large)" of "SpanBERT (large)")."""
    m = re.search(r"\(([^()]*)\)\s*$", header)
    # a decimal is one word: "(0.1%)" is not said by the "2" and "22" of "2.22"
    words = re.findall(_QUALIFIER_WORD, m.group(1).lower()) if m else []
    if not words:
        return False
    tokens = re.findall(rf"{_QUALIFIER_WORD}(?:-{_QUALIFIER_WORD})*", claim_text.lower())
    if "-".join(words) in tokens:
        return True
    plain = [t for t in tokens if "-" not in t]
    return any(plain[i : i + len(words)] == words for i in range(len(plain) - len(words) + 1)) \
        and " ".join(words) in " ".join(tokens)


def _variant_named(header: str, claim_text: str) -> bool:
    """Whether the claim names the qualifier of a header ("Chain of thought" of "Codex
    (Chain of thought)"), hyphenated or not."""
    m = re.search(r"\(([^()]*)\)\s*$", header)
    if m is None:
        return False
    claim = _content(claim_text.replace("-", " "))
    # an amount of a group heading is named in any form: "(1h, ...)" by "one hour"
    return bool(_content(m.group(1).replace("-", " ")) & claim) or ("," in m.group(1) and _parts_said(header, claim_text)[2] >= 0)


@once_per_version
def tables_of(version: SourceVersion) -> list[Table]:
    """The tables of one version, from its table-cell passages (built once per version)."""
    by_label: dict[str, Table] = {}
    parts = _part_names(version)
    passages, variants = _rows_told_apart(version.passages)
    for p in passages:
        if p.kind != "table-cell" or not p.table or not p.row or not p.column:
            continue
        qs = extract_quantities(p.text)
        if not qs:
            # a text cell is no number, but it tells its row ("Cluster added: coreference")
            t = by_label.setdefault(p.table, Table(p.table, [], [], {}))
            t.labels[p.row] = (t.labels.get(p.row, "") + " " + p.text).strip()
            continue
        t = by_label.setdefault(p.table, Table(p.table, [], [], {}))
        if (p.table, p.row) in variants:
            t.variants.add(p.row)
        if p.row not in t.rows:
            t.rows.append(p.row)
        names = parts.get(p.table, [])
        # "53.8/29.8/45.9" under "SAMSum / R1/R2/RL": the header's own last level names the parts
        own = [x.strip() for x in p.column.split(" / ")[-1].split("/")]
        if len(qs) > 1 and len(own) == len(qs) and all(re.fullmatch(r"[A-Za-z][\w.\-@]*", x) for x in own):
            names = own
        if len(qs) > 1 and len(names) == len(qs) and re.fullmatch(r"[\s\d.,+\-−–/]+[*†‡§]*\s*", p.text):
            # "80.6 / 67.8" under a table whose caption or header says "F1 / EM": two cells.
            base = (p.column.rsplit(" / ", 1)[0] if names == own and " / " in p.column else
                    p.column.replace(" / ".join(names), "").strip(" /")) or p.column
            for name, q in zip(names, qs):
                col = f"{base} / {name}"
                t.split[col] = p.column
                if col not in t.columns:
                    t.columns.append(col)
                t.cells.setdefault((p.row, col), Cell(dataclasses.replace(p, text=q.text, column=col), q))
            continue
        sub = re.search(r"\s*\(([^()/]+)/([^()/]+)\)\s*$", p.column)
        if sub and len(qs) == 2 and re.fullmatch(r"\s*[-−+]?[\d.,]+\s*%?\s*/\s*[-−+]?[\d.,]+\s*%?\s*", p.text):
            # "4.7 / 24.9%" under "Increase (absolute/relative)": one value per named part
            base = p.column[: sub.start()].strip()
            for part, q in zip((sub.group(1), sub.group(2)), qs):
                col = f"{base} / {part.strip()}"
                t.split[col] = p.column
                if col not in t.columns:
                    t.columns.append(col)
                t.cells.setdefault((p.row, col), Cell(dataclasses.replace(p, text=q.text + ("%" if q.unit == "%" else ""), column=col), q))
            continue
        if sub and re.fullmatch(r"\s*[\d.]+\s*\(\s*[\d.]+\s*/\s*[\d.]+\s*\)\s*", p.text):
            qs = [extract_quantities(x)[0] for x in re.findall(r"\d+(?:\.\d+)?", p.text)]
            # "86.5 (89.0/85.5)" under "RACE / test (Middle/High)": the whole and its two parts.
            base = p.column[: sub.start()].strip()
            for col, q in ((base, qs[0]), (f"{base} / {sub.group(1).strip()}", qs[1]), (f"{base} / {sub.group(2).strip()}", qs[2])):
                t.split[col] = p.column
                if col not in t.columns:
                    t.columns.append(col)
                t.cells.setdefault((p.row, col), Cell(dataclasses.replace(p, text=q.text, column=col), q))
            continue
        if p.column not in t.columns:
            t.columns.append(p.column)
        t.cells.setdefault((p.row, p.column), Cell(p, _header_scaled(qs[0], p)))  # "85.2 ± 0.3" keeps its first
    return list(by_label.values())


# a header that gives its cells' power of ten: "FLOPs (x10^9)", "Params (×10^6)", "(in millions)"
_HEADER_SCALE = re.compile(r"\(\s*(?:[x×*]\s*10\s*\^?\s*\{?(?P<e>[-−]?\d+)\}?|in\s+(?P<w>thousands|millions|billions))\s*\)", re.I)
_SCALE_WORD = {"thousands": 3, "millions": 6, "billions": 9}


def _header_scaled(q: Quantity, p: Passage) -> Quantity:
    """A cell's number times the power of ten its row or column header gives: 7.6 under
    "FLOPs (x10^9)" is 7.6 billion, as a claim writes it."""
    m = _HEADER_SCALE.search(p.row or "") or _HEADER_SCALE.search(p.column or "")
    if m is None or q.unit is not None:
        return q
    power = int(m.group("e").replace("−", "-")) if m.group("e") else _SCALE_WORD[m.group("w").lower()]
    return dataclasses.replace(q, value=q.value * 10.0 ** power)


def _part_names(version: SourceVersion) -> dict[str, list[str]]:
    """Names of the values a cell holds several of: "(F1 / EM)" in a caption, or a header
    row whose cells read "F1 / EM"."""
    out: dict[str, list[str]] = {}
    for p in version.passages:
        if not p.table or p.table in out:
            continue
        if p.kind == "caption":
            m = re.search(r"\(([A-Za-z][\w.\-@]*(?:\s*/\s*[A-Za-z][\w.\-@]*)+)\)", p.text)
            # "ROUGE-1/ROUGE-2/ROUGE-L of ..." opening a caption names the parts without
            # brackets; each part a measure's name (a capital or a digit), not "and/or"
            bare = m or re.search(r"(?<![\w/])([A-Za-z][\w.\-@]*(?:/[A-Za-z][\w.\-@]*)+)(?![\w/])", p.text)
            if bare and all(re.search(r"[A-Z0-9]", x) for x in bare.group(1).split("/")):
                out[p.table] = [x.strip() for x in bare.group(1).split("/")]
        elif p.kind == "table-cell" and "/" in p.text and not re.search(r"\d", p.text.replace("F1", "")):
            out[p.table] = [x.strip() for x in p.text.split("/")]
    return out


_FUNCTION = set("the a an of on in for to and or by with from at as is are was were this that these those table".split())


def _content(text: str) -> frozenset[str]:
    return frozenset(w for w in re.findall(r"[a-z]{3,}", text.lower()) if w not in _FUNCTION)


def caption_words(version: SourceVersion, label: str) -> frozenset[str]:
    return frozenset().union(*(_content(p.text) for p in version.passages if p.kind == "caption" and p.table == label))


def _tokens(text: str) -> list[str]:
    # a closing "+" is part of a name: "Switch-Base+" is another row than "Switch-Base";
    # a thousands separator is inside a number: "3,800" is one word, and never names "800"
    return re.findall(r"[a-z0-9]+(?:[-+.][a-z0-9]+|(?<=\d),\d{3}(?!\d))*(?:\+(?![\w+]))?", text.lower())


# Column headers name languages by ISO code; claims by name.
LANGUAGES = {
    "en": "english", "fr": "french", "es": "spanish", "de": "german", "el": "greek", "bg": "bulgarian",
    "ru": "russian", "tr": "turkish", "ar": "arabic", "vi": "vietnamese", "th": "thai", "zh": "chinese",
    "hi": "hindi", "sw": "swahili", "ur": "urdu", "ja": "japanese", "ko": "korean", "it": "italian",
    "pt": "portuguese", "nl": "dutch", "fi": "finnish", "id": "indonesian", "bn": "bengali", "te": "telugu",
    "ta": "tamil", "mr": "marathi", "he": "hebrew", "fa": "persian", "pl": "polish", "cs": "czech",
}


_AGGREGATE_WORD = re.compile(r"^\s*(?:avg\.?|average|mean|macro|micro)\s+", re.I)


def measure(level: str) -> str:
    """The measure a header level names, without the word saying it is averaged over
    something the table does not show ("Coref / avg. F1" is an F1 like its neighbours)."""
    return _AGGREGATE_WORD.sub("", level).strip()


# A column of changes ("Increase", "Δ", "Gain") is named by any word of change: "ELMo
# adds 3.3 points", "a relative improvement of 12%", "falls 0.7 points below".
_CHANGE_HEADER = re.compile(r"^(?:increase|improvement|gain|delta|δ|Δ|diff\.?|difference|change|boost)s?$", re.I)
_CHANGE_WORD = re.compile(
    r"^(?:increas|improv|gain|boost|add|rais|lift|delta|differ|chang|drop|decreas|fall|fell|los|reduc|lower|hurt)\w*$", re.I)


# a noun of a signed comparison heads a column of differences as well: "Average Advantage
# (# Training Points, P vs. H)" holds P − H, negative where H is ahead
_GAP_HEADER = re.compile(r"^(?:advantage|gap|margin)s?$", re.I)


def is_change_column(header: str) -> bool:
    """Whether a column holds changes ("Increase / absolute", "Avg. gap (points)"), whose
    sign is their direction."""
    for level in header.split(" / "):
        head = re.sub(r"\s*\([^()]*\)\s*$", "", measure(level)).strip()
        if _CHANGE_HEADER.match(level.strip()) or _CHANGE_HEADER.match(head) or _GAP_HEADER.match(head):
            return True
    return False


def _spelt_change(header: str, claim_text: str) -> bool:
    """Whether the claim spells out a header's acronym in words that name a change ("RER"
    as "relative error reduction"): a column of changes, though its header says no change."""
    raw = re.sub(r"\s*\([^()]*\)\s*$", "", header.split(" / ")[-1]).strip()
    if not re.fullmatch(r"[A-Z]{2,4}", raw):
        return False
    toks, k = _tokens(claim_text), len(raw)
    return any("".join(w[0] for w in toks[i : i + k]) == raw.lower() and any(_CHANGE_WORD.match(w) for w in toks[i : i + k])
               for i in range(len(toks) - k + 1))


def _change_columns(t: Table, cols: list[tuple[str, float, int]], q: Quantity) -> list[tuple[str, float, int]]:
    """The named columns of changes a difference of the claim is read from, best named
    first; "0.7 points" is an absolute change, never one of a column of percentages."""
    out = [c for c in cols if is_change_column(c[0])]
    if q.unit == "points":
        out = [c for c in out if not any(cell.value.unit == "%" for _, cell in t.column(c[0]))]
    if not out:
        return []
    top = max(c[1] for c in out)
    return [c for c in out if c[1] == top]


# a number written with a scale letter: "175B", "760M", "1.3 T"
_SCALED = re.compile(r"[\d.,]+\s?[KMBT]")
_SIZE_HEADER = re.compile(r"[\d.,]+\s*(?:[kKMBT]|thousand|million|billion|trillion)", re.I)


_ACRONYM = re.compile(r"[A-Z]{2,4}")
_CAPITALISED = re.compile(r"\b[A-Z][a-z]+[A-Za-z]*\b")


def _spelt_acronym(acronym: str, claim_text: str) -> int:
    """Where the claim spells out a header's acronym, as the capitals of one word written
    in camel case ("CuratedTrec", "TriviaQA") or the initials of adjacent capitalised words
    ("Natural Questions"); −1 if it does not."""
    words = list(_CAPITALISED.finditer(claim_text))
    for i, m in enumerate(words):
        caps = "".join(ch for ch in m.group(0) if ch.isupper())
        if len(caps) >= 2 and caps == acronym:
            return m.start()
        run = caps
        for k in range(i + 1, min(i + 4, len(words))):
            if not re.fullmatch(r"\s+", claim_text[words[k - 1].end() : words[k].start()]):
                break
            run += "".join(ch for ch in words[k].group(0) if ch.isupper())
            if run == acronym:
                return m.start()
    return -1


def _level_hit(level: str, claim_tokens: list[str], claim_text: str) -> tuple[int, int]:
    """(tokens matched, position in the claim) of one header level; (0, -1) if absent."""
    if measure(level) != level.strip():
        level = measure(level)
    # "Our baseline" is the paper's own baseline: a claim says "the baseline"
    level = re.sub(r"^\s*our\s+(?=\S)", "", level, flags=re.I)
    if _CHANGE_HEADER.match(level.strip()):
        at = next((i for i, w in enumerate(claim_tokens) if _CHANGE_WORD.match(w)), -1)
        return (1, at) if at >= 0 else (0, -1)
    toks = _tokens(level)
    if _SIZE_HEADER.fullmatch(level.strip()):
        # "1 Billion" (a model size as a row) is named by that number, never by the scale
        # word of another ("1.4 billion tokens")
        size = extract_quantities(level)
        at_q = next((q for q in extract_quantities(claim_text) if size and math.isclose(q.value, size[0].value)), None)
        if at_q is None:
            return 0, -1
        return 1, len(_tokens(claim_text[: at_q.start]))
    if re.fullmatch(r"\d+", level.strip()):
        # a header that is a bare number ("20" under "Top-k") is named by a word it ends:
        # "top-20", "hits-20"
        at = next((i for i, w in enumerate(claim_tokens) if re.fullmatch(r"[a-z]+-" + level.strip(), w)), -1)
        if at >= 0:
            return 1, at
    spelt_number = re.fullmatch(r"(\d+)-([a-z]+)", toks[0]) if len(toks) == 1 else None
    if spelt_number:
        # "0-shot" is named "zero-shot", "5-layer" "five-layer"
        n, rest = int(spelt_number.group(1)), spelt_number.group(2)
        at = next((i for i, w in enumerate(claim_tokens)
                   if re.fullmatch(r"[a-z]+-" + rest, w) and WORDS.get(w.split("-")[0]) == n), -1)
        if at >= 0:
            return 1, at
    if _ACRONYM.fullmatch(level.strip()):
        # "CT" is named "CuratedTrec", "NQ" "Natural Questions", "TQA" "TriviaQA"
        at = _spelt_acronym(level.strip(), claim_text)
        if at >= 0:
            return 1, len(_tokens(claim_text[:at]))
    if len(toks) == 1 and toks[0] in ABBREVIATIONS:
        # "lr" for "learning rate", "bs" for "batch size", "unsup" for "unsupervised"
        spelt = [singular(w) for w in ABBREVIATIONS[toks[0]]]
        for i in range(len(claim_tokens) - len(spelt) + 1):
            if [singular(w) for w in claim_tokens[i : i + len(spelt)]] == spelt:
                return 1, i
    pair = re.fullmatch(r"\s*([a-z]{2})\s*[-→>]\s*([a-z]{2})\s*", level.lower())
    if pair and pair.group(1) in LANGUAGES and pair.group(2) in LANGUAGES:
        # "EN-DE" is named "English-to-German", "English-German", "English to German"
        src, dst = LANGUAGES[pair.group(1)], LANGUAGES[pair.group(2)]
        for i, w in enumerate(claim_tokens):
            if w in (f"{src}-to-{dst}", f"{src}-{dst}") or (w == src and claim_tokens[i + 1 : i + 3] == ["to", dst]):
                return 1, i
    if len(toks) == 1 and toks[0] in LANGUAGES and LANGUAGES[toks[0]] in claim_tokens:
        return 1, claim_tokens.index(LANGUAGES[toks[0]])
    if not toks:
        return 0, -1
    n = len(toks)
    for i in range(len(claim_tokens) - n + 1):
        if claim_tokens[i : i + n] == toks:
            return n, i
    at = _contracted_at(toks, claim_tokens)
    if at >= 0:
        return 1, at
    rate = re.fullmatch(r"\(?\s*([a-z]+)\s*/\s*([a-z]+)\.?\s*\)?", level.strip().lower())
    if rate:
        # "examples/sec" is written "examples per second": a rate, its parts whole or shortened
        for i in range(len(claim_tokens) - 2):
            a, per, b = claim_tokens[i : i + 3]
            if per == "per" and singular(a) == singular(rate.group(1)) and singular(b).startswith(singular(rate.group(2))):
                return 2, i
    # "Multilingual-BERT" for "multilingual BERT", "BERT-Large" for "BERT large": the
    # same words joined by hyphens or not.
    parts = [p for t in toks for p in t.split("-")]
    split = [(p, i, k == 0, k == len(t.split("-")) - 1) for i, t in enumerate(claim_tokens)
             for k, p in enumerate(t.split("-"))]
    if len(parts) > 1 and (len(parts) > n or any("-" in t for t in claim_tokens)):
        for i in range(len(split) - len(parts) + 1):
            span = split[i : i + len(parts)]
            # whole claim tokens only: "ELECTRA-Small" is not named by "ELECTRA-Small-OWT"
            if [p for p, *_ in span] == parts and span[0][2] and span[-1][3]:
                return n, span[0][1]
    if n == 1 and re.fullmatch(r"[a-z]{2,}\d+(?:\.\d+)*", toks[0]):
        # "SQuAD2.0" is named "SQuAD 2.0": the name and its version as two words
        for i in range(len(claim_tokens) - 1):
            if claim_tokens[i] + claim_tokens[i + 1] == toks[0]:
                return 1, i
    if n == 1 and re.fullmatch(r"[a-z][a-z0-9]", toks[0]):
        # "R1"/"RL" abbreviate "ROUGE-1"/"ROUGE-L": a hyphenated name's initial and suffix.
        for i, w in enumerate(claim_tokens):
            head, _, tail = w.rpartition("-")
            if head and len(head) >= 3 and head[0] == toks[0][0] and tail == toks[0][1:]:
                return 1, i
    if n == 2 and all(w in claim_tokens for w in toks):
        # "XLM-R translate-train-all" for "with translate-train-all, XLM-R"
        return 1, min(claim_tokens.index(w) for w in toks)
    if n >= 2 and level.strip().startswith("#"):
        # "# Trainable Parameters" counts parameters: named by the noun it counts
        at = next((i for i, w in enumerate(claim_tokens) if singular(w) == singular(toks[-1])), -1)
        if at >= 0:
            return 1, at
    if n == 2 and toks[1] in ("size", "count"):
        # "Train Size" counts training examples: named by a number's counted noun that its
        # first word opens ("47 thousand training images"), never by that word elsewhere
        # ("test accuracy" does not name "Test Size")
        for q in extract_quantities(claim_text):
            first = q.noun.split()[0] if q.noun else ""
            if first and (first == toks[0] or _inflected(toks[0], first)):
                at = len(_tokens(claim_text[: q.end]))
                if at < len(claim_tokens):
                    return 1, at
    if n <= 3:
        # "RoBbase (FT)" for "RoBERTa-base ... full fine-tuning": every word of a short
        # header named whole, by a contraction or by the initials of a hyphenated word
        found = [_shortened_at(w, level, claim_tokens) for w in toks]
        if all(i >= 0 for i in found) and any(claim_tokens[i] != w for i, w in zip(found, toks)):
            return max(1, n - 1), min(found)
    if n >= 3:
        # "GLUE score (test set)" for "the GLUE test set": most of a long header's words.
        # (a word may be shortened: "(Eval)" for "the evaluation set", "(Dev)" for "development")
        hits = [i for w in toks if (i := _word_or_shortened(w, claim_tokens)) >= 0]
        if len(hits) >= 2 and len(hits) / n >= 0.5 and toks[0] in claim_tokens:
            return len(hits) - 1, claim_tokens.index(toks[0])  # where its first word is
    raw = re.sub(r"[^A-Za-z]", "", level)
    if n == 1 and toks[0].isalpha() and raw.isupper() and 2 <= len(raw) <= 4:
        # An acronym header names the words it abbreviates: "EM" = "exact match" (plain
        # lower-case words, not "SuperGLUE test set" for "STS").
        k = len(raw)
        for i in range(len(claim_tokens) - k + 1):
            words = claim_tokens[i : i + k]
            if "".join(w[0] for w in words) == toks[0] and all(len(w) > 2 for w in words) \
                    and re.search(r"\b" + r"\W+".join(map(re.escape, words)) + r"\b", claim_text):
                return 1, i
    elif n == 1 and len(toks[0]) >= 3 and toks[0].isalpha():
        # Abbreviated headers: "Acc." for accuracy, "Train" for training, "Params" for
        # parameters, "Avg" for average — never a claim word shorter than the header.
        head = toks[0]
        for i, w in enumerate(claim_tokens):
            # a hyphenated name only names a header that is its whole first part ("XLNet" by
            # "XLNet-Large"), never an abbreviation ("sup-simcse-x" does not spell out "Sup.")
            if "-" in w and (level.strip().endswith(".") or w.split("-")[0] != head):
                continue
            # a mixed-case name ("MoE", "XLNet") is spelt whole, never abbreviated
            if len(w) > len(head) and w[0] == head[0] and (w.startswith(head) or (
                    _subsequence(head, w) and not re.search(r"[a-z][A-Z]", level))):
                return 1, i
            if head in ("avg", "average", "mean") and w in ("average", "mean", "avg", "averaged"):
                return 1, i
    return 0, -1


def _word_or_shortened(word: str, claim_tokens: list[str]) -> int:
    """Where the claim writes a header word, whole or as the longer word it is cut from
    ("eval" of "evaluation"); -1 if nowhere."""
    if word in claim_tokens:
        return claim_tokens.index(word)
    if len(word) < 3 or not word.isalpha():
        return -1
    return next((i for i, t in enumerate(claim_tokens) if t.isalpha() and len(t) > len(word) + 1 and t.startswith(word)), -1)


def _contracted_at(toks: list[str], claim_tokens: list[str]) -> int:
    """Where the claim writes whole a name a header contracts to its initial and its number
    ("I21k" for "ImageNet-21k", "IN1k" for "ImageNet-1k"); -1 if nowhere."""
    for part in (p for t in toks for p in t.split("-")):
        m = re.fullmatch(r"([a-z]{1,2})(\d+[a-z]?)", part)
        if m is None or part in claim_tokens:
            continue
        for i, w in enumerate(claim_tokens):
            head, _, tail = w.rpartition("-")
            if tail == m.group(2) and len(head) > len(m.group(1)) + 2 and head.isalpha() \
                    and _subsequence(m.group(1), head) and head[0] == m.group(1)[0]:
                return i
    return -1


def _set_by_setting(t: Table, rows: list[tuple[str, float, int]], claim_qs: list[Quantity],
                    claim_text: str) -> list[tuple[str, float, int]]:
    """Of a name printed on several rows told apart by no word ("MoE-Base" at three capacity
    factors), the one row whose setting the claim states ("MoE-Base with capacity factor
    1.0"): a claim number written just after a column's name, that one of them holds in
    that column, where they differ."""
    out: list[tuple[str, float, int]] = []
    for h, s_, p_ in rows:
        name = h.rstrip(_AGAIN)
        siblings = [r for r in t.rows if r.rstrip(_AGAIN) == name]
        if len(siblings) < 2:
            out.append((h, s_, p_))
            continue
        chosen: set[str] = set()
        for q in claim_qs:
            before = _tokens(claim_text[max(0, q.start - 40) : q.start])[-3:]
            holding = {r for r in siblings for c in t.columns
                       if (r, c) in t.cells and _agree(q, t.cells[(r, c)].value)
                       and _level_hit(c.split(" / ")[-1], before, " ".join(before))[0]
                       and len({t.cells[(x, c)].value.value for x in siblings if (x, c) in t.cells}) > 1}
            if len(holding) == 1:
                chosen |= holding
        pick = next(iter(chosen)) if len(chosen) == 1 else h
        if all(x[0] != pick for x in out):
            out.append((pick, s_, p_))
    return out


def _contracting(header: str, toks: list[str]) -> int:
    return max(_contracted_at(_tokens(level), toks) for level in header.split(" / "))


def _without_contracted(hits: list[tuple[str, float, int]], others: list[tuple[str, float, int]],
                        toks: list[str]) -> list[tuple[str, float, int]]:
    """The hits less those named only by a claim word that another header contracts."""
    taken = {_contracting(h, toks) for h, _, _ in others} - {-1}
    return [x for x in hits if x[2] not in taken or _contracting(x[0], toks) == x[2]]


def _shortened_at(word: str, level: str, claim_tokens: list[str]) -> int:
    """Where the claim writes a header word in full: the word itself; the hyphenated word a
    contraction keeps the first letters and the last part of ("robbase" for
    "roberta-base"); the hyphenated word whose parts' initials a capitalised header word is
    ("FT" for "fine-tuning"); -1 if none."""
    if word in claim_tokens:
        return claim_tokens.index(word)
    # "DeBERTa XXL" is shortened as "DeBERTa-XXL" is: two words read as one hyphenated
    joined = [(i, f"{a}-{b}") for i, (a, b) in enumerate(zip(claim_tokens, claim_tokens[1:]))
              if a.isalpha() and b.isalpha() and "-" not in a + b]
    for i, t in [*enumerate(claim_tokens), *joined]:
        if len(word) >= 4 and _inflected(word, t):
            return i  # "Prompt" for "prompting", "Fine-tune" for "fine-tuning"
        parts = t.split("-")
        if len(parts) < 2 or not all(p.isalpha() for p in parts):
            continue
        if len(word) >= 5 and len(parts[-1]) >= 3 and word.startswith(parts[0][:3]) and word.endswith(parts[-1]) \
                and len(word) < len(t) - 1 and _subsequence(word, t.replace("-", "")):
            return i
        # ("CoT" for "chain-of-thought": a small joining word keeps its initial too)
        if 2 <= len(word) <= 4 and len(parts) == len(word) and all(len(p) > 2 or p in _JOINING for p in parts) \
                and "".join(p[0] for p in parts) == word \
                and (re.search(r"\b" + word.upper() + r"\b", level)
                     or any(w.lower() == word and sum(ch.isupper() for ch in w) >= 2 for w in re.findall(r"[A-Za-z]+", level))):
            return i
    return -1


_JOINING = frozenset({"of", "to", "in", "on", "and", "by"})


def _inflected(word: str, token: str) -> bool:
    """Whether a claim token is a header word with an inflection: "prompting" of "Prompt",
    "tuning"/"tuned" of "tune" (a silent e dropped before -ing, -ed)."""
    if token.startswith(word) and token[len(word):] in ("s", "es", "ed", "ing", "ings"):
        return True
    return word.endswith("e") and token.startswith(word[:-1]) and token[len(word) - 1:] in ("ing", "ings", "ed")


def _inflection_stem(word: str) -> str | None:
    """A participle's stem, a silent e dropped ("revers" of "reversed" and "reversing")."""
    m = re.fullmatch(r"([a-z]+?)e?(?:ed|ing)", word)
    return m.group(1) if m else None


def _same_stem_at(word: str, claim_tokens: list[str]) -> int:
    """Where the claim writes another inflection of a header's participle ("reversing" for
    "reversed"); -1 if nowhere."""
    stem = _inflection_stem(word)
    if stem is None or len(stem) < 4:
        return -1
    return next((i for i, t in enumerate(claim_tokens) if _inflection_stem(t) == stem), -1)


def _subsequence(short: str, word: str) -> bool:
    it = iter(word)
    return all(ch in it for ch in short)


def _header_hit(header: str, claim_tokens: list[str], claim_text: str) -> tuple[int, int]:
    score, pos = 0, -1
    levels = header.split(" / ")
    joined = "-".join("-".join(_tokens(level)) for level in levels)
    if len(levels) > 1 and joined in claim_tokens:
        # "test-clean" names "test / clean" whole, not "test / other" by its first level
        return len(levels), claim_tokens.index(joined)
    for k, level in enumerate(levels):
        s, p = _level_hit(level, claim_tokens, claim_text)
        head = re.sub(r"\s*\([^()]*\)\s*$", "", level).strip()
        if not s and k < len(levels) - 1 and head and head != level.strip():
            # a parent level shared by sibling columns is named by its head without the
            # bracket that explains it: "advantage" for "Average Advantage (# Points, P vs. H)"
            s, p = _level_hit(head, claim_tokens, claim_text)
        if s:
            score += s
            pos = p if pos < 0 else min(pos, p)
    return score, pos


def header_score(header: str, claim_text: str) -> int:
    """How many levels' words of a column header the claim names (its words,
    abbreviations, language codes); 0 when it names none."""
    return _header_hit(header, _tokens(claim_text), claim_text)[0]


def _bare(header: str) -> str:
    """A header without the words that qualify its name: "mT5-XXL (75% trained)" →
    "mT5-XXL", "QQP large" → "QQP" (a name — capitals or digits inside — then a size)."""
    header = header.rstrip(_AGAIN)
    if " / " not in header:
        m = re.fullmatch(r"([A-Za-z][\w\-.]*[A-Z0-9][\w\-.]*)\s+(?:x*(?:large|small)|base|medium|tiny|mini|huge|giant)",
                         header.strip())
        if m:
            return m.group(1)
    return " / ".join(re.sub(r"\s*\([^()]*\)\s*$", "", level).strip() for level in header.split(" / "))


# the qualifier that marks the authors' own row: "(ours)", "(this paper)", "(proposed)"
_OWN_WORK = re.compile(r"\s*\((?:ours|our (?:method|model)|this (?:paper|work|study)|proposed)\)\s*", re.I)


def _named(headers: list[str], claim_tokens: list[str], claim_text: str) -> list[tuple[str, float, int]]:
    """Headers the claim names: (header, score, position), most specific first."""
    hits: list[tuple[str, float, int]] = []
    forms: dict[str, str] = {}  # the header as the claim names it (without its parenthesis)
    bares = [_bare(h) for h in headers]
    told: dict[str, tuple[int, float]] = {}  # a repeated name's header → its parts the claim says
    for h, bare in zip(headers, bares):
        s, p = _header_hit(h, claim_tokens, claim_text)
        # "mT5-XXL (75% trained)": a parenthesis qualifies a name, which names its header
        # alone — when no other header has that name, and the claim does not qualify it
        # itself ("ALBERT (1M)" is not "ALBERT (1.5M)")
        named_as = h
        if not s and bare != h and bare and bares.count(bare) == 1 \
                and not re.search(re.escape(bare) + r"\s*\(", claim_text, re.I):
            s, p = _header_hit(bare, claim_tokens, claim_text)
            named_as = bare
        elif not s and bare != h and bare and _qualifier_said(h, claim_text):
            # "chain-of-thought prompting lifts PaLM 540B": the name, and its qualifier
            # ("PaLM 540B (Chain of thought)") anywhere in the claim
            s, p = _header_hit(bare, claim_tokens, claim_text)
            s, named_as = (s + 1, bare) if s else (0, named_as)
        elif not s and bare != h and bare and bares.count(bare) > 1 and "," in h[len(bare):]:
            # "BASE (10 min, LS-960, Transf.)", a row printed under several group headings:
            # the name, and as many of its qualifier's parts as the claim says ("with ten
            # minutes of labels, BASE ...")
            said, total, _ = _parts_said(h, claim_text)
            if said:
                s, p = _header_hit(bare, claim_tokens, claim_text)
                s, named_as = (s + said / total, bare) if s else (0, named_as)
                told[h] = (said, said / total)
        if not s and bare != h and bare and bares.count(bare) > 1 and _OWN_WORK.fullmatch(h[len(bare):]) \
                and not any(_qualifier_said(x, claim_text) for x, b in zip(headers, bares) if b == bare and x != h):
            # "GCN (this paper)" beside "GCN (rand. splits)": the bare name, no other row's
            # qualifier said, is the authors' own row; the others are its variants
            s, p = _header_hit(bare, claim_tokens, claim_text)
            named_as = bare
        if not s:
            # "LAMBADA Zero-Shot" is named "LAMBADA": a name that opens one header only, the
            # rest its setting
            first = h.split()[0] if len(h.split()) > 1 else ""
            if re.search(r"[A-Z].*[A-Z]", first) and sum(x.split()[0] == first for x in headers if x.split()) == 1:
                s, p = _header_hit(first, claim_tokens, claim_text)
                s, named_as = min(s, 0.5), first
        if s:
            hits.append((h, s, p))
            forms[h] = named_as
    taken = {i for h, _, p in hits if p >= 0 for i in range(p, p + max(1, len(_tokens(forms[h]))))}
    for compound in _compound_hits([h for h in headers if h not in forms], headers, claim_text, taken):
        if _SIZE_HEADER.fullmatch(compound[0].strip()):
            continue  # a size is named by its number only
        hits.append(compound)
        forms[compound[0]] = compound[0]
    # of the rows printed under one name, only those the claim tells apart best (a row
    # named by some of its words alone competes by its parts too)
    for h, _, _ in hits:
        if h not in told and bares.count(_bare(h)) > 1 and "," in h[len(_bare(h)):]:
            said, total, _ = _parts_said(h, claim_text)
            told[h] = (said, said / max(1, total))
    if told:
        best = {b: max(told[h] for h in told if _bare(h) == b) for b in {_bare(h) for h in told}}
        hits = [x for x in hits if x[0] not in told or told[x[0]] == best[_bare(x[0])]]
        # rows told apart alike score alike, each placed where the claim says its group
        # ("from ten minutes to one hour of labels": the first, then the second)
        for i, (h, s_, p_) in enumerate(hits):
            if h in told and sum(_bare(x) == _bare(h) for x, _, _ in hits) > 1:
                bare_s, bare_p = _header_hit(_bare(h), claim_tokens, claim_text)
                at = _parts_said(h, claim_text)[2]
                hits[i] = (h, (bare_s or s_) + told[h][1], len(_tokens(claim_text[:at])) if at >= 0 else p_)
    if not hits:
        return []
    top = max(s for _, s, _ in hits)
    # "the authors' baseline scores 84.4": "Our baseline", named whole, is more specific than
    # "Previous SOTA / Score", of which the claim names one level of two
    # (half a point less: below the whole names, above any header named one level less)
    whole = {h for h, s, _ in hits
             if s == top and all(_level_hit(level, claim_tokens, claim_text)[0] for level in forms[h].split(" / "))}
    if whole and len(whole) < sum(1 for _, s, _ in hits if s == top):
        hits = [(h, s if s < top or h in whole else s - 0.5, p) for h, s, p in hits]
    return sorted([h for h in hits if h[1] >= top - 1 and h[1] > 0], key=lambda h: (-h[1], h[2]))


_AMOUNT_PART = re.compile(r"(\d+(?:\.\d+)?)\s*([a-z]+)")


def _amount_said(part: str, claim_text: str) -> list[tuple[int, int]]:
    """Where the claim says an amount of a group heading ("10 min", "1h") in any form: the
    same number, in digits or words, before a word its unit begins or that begins its unit
    ("10-minute", "ten minutes", "one hour")."""
    amount = _AMOUNT_PART.fullmatch(part.strip().lower())
    if amount is None:
        return []
    n, unit = float(amount.group(1)), amount.group(2)
    words = list(re.finditer(r"[a-z]+|\d+(?:\.\d+)?", claim_text.lower()))
    return [(w.start(), nxt.end()) for w, nxt in zip(words, words[1:])
            if (float(w.group(0)) if w.group(0)[0].isdigit() else WORDS.get(w.group(0))) == n
            and (nxt.group(0).startswith(unit) or unit.startswith(nxt.group(0)))]


def _parts_said(header: str, claim_text: str) -> tuple[int, int, int]:
    """(parts said, parts, where the first amount said is or -1) of a header's bracketed qualifier of comma-separated parts
    ("10 min, LS-960, Transf."): a part is said by its words ("LS-960"), by its shortened
    words written whole ("Transf." by "Transformer"), or, for an amount, by the same number
    with the same unit in any form ("10 min" by "ten minutes" or "10-minute", "1h" by "one
    hour")."""
    m = re.search(r"\(([^()]*)\)\s*$", header)
    parts = [x.strip() for x in m.group(1).split(",") if x.strip()] if m else []
    tokens = set(_tokens(claim_text))
    said, first = 0, -1
    for part in parts:
        if _AMOUNT_PART.fullmatch(part.lower()):
            at = next(iter(_amount_said(part, claim_text)), (-1, -1))[0]
            said += at >= 0
            first = at if first < 0 or 0 <= at < first else first
            continue
        own = _tokens(part)
        said += bool(own) and all(w in tokens or (part.endswith(".") and len(w) >= 3 and w == own[-1]
                                                  and any(t.startswith(w) for t in tokens)) for w in own)
    return said, len(parts), first


# Abbreviations headers write for words a claim spells out (and the other way round).
ABBREVIATIONS = {
    "sup": ("supervised",), "unsup": ("unsupervised",), "semisup": ("semi", "supervised"),
    "lr": ("learning", "rate"), "bs": ("batch", "size"), "acc": ("accuracy",), "avg": ("average",),
    "params": ("parameters",), "param": ("parameters",), "dev": ("development",), "perf": ("performance",),
    "seq": ("sequence",), "len": ("length",), "emb": ("embedding",), "enc": ("encoder",), "dec": ("decoder",),
    "std": ("standard", "deviation"), "ppl": ("perplexity",), "res": ("results",), "eval": ("evaluation",),
}


def _canonical(word: str) -> tuple[str, ...]:
    """A header part or claim word as the words it stands for ("sup" → "supervised",
    "LR" → "learning rate", "models" → "model")."""
    w = word.lower()
    if w in ABBREVIATIONS:
        return tuple(singular(x) for x in ABBREVIATIONS[w])
    return (singular(w),)


def _header_parts(header: str) -> list[tuple[tuple[str, ...], bool]]:
    """The words of a compound header ("sup-simcse-bert-base-uncased", "Unsup. RoBERTa"),
    each as the words it stands for, and whether the header abbreviates it with a full
    stop ("Unsup."): such a part is named by any word it begins ("unsupervised")."""
    out = []
    for m in re.finditer(r"[A-Za-z0-9]+(\.)?", header):
        part = m.group(0).rstrip(".")
        out.append((_canonical(part), bool(m.group(1)) and part.isalpha() and len(part) >= 3))
    return out


def _claim_words(claim_text: str) -> list[tuple[str, int]]:
    """The claim's words, hyphenated ones split ("BERT-base" → bert, base), each with the
    index of the token (``_tokens``) it is part of."""
    out = []
    for i, tok in enumerate(_tokens(claim_text)):
        if re.fullmatch(r"\d+\.\d+", tok):
            # a decimal is a value, never parts: the "5" of "83.5" names no "Top-5" column
            out.append((tok, i))
            continue
        for w in re.split(r"[-+.]", tok):
            if w:
                out.extend((x, i) for x in _canonical(w))
    return out


def _part_at(part: tuple[tuple[str, ...], bool], words: list[tuple[str, int]]) -> list[tuple[int, int]]:
    """Where the claim names one part of a compound header: (first, last) token indices."""
    seq, abbreviated = part
    hits = []
    for i in range(len(words) - len(seq) + 1):
        span = [w for w, _ in words[i : i + len(seq)]]
        if span == list(seq) or (abbreviated and len(seq) == 1 and len(span[0]) > len(seq[0])
                                 and span[0].startswith(seq[0])):
            hits.append((words[i][1], words[i + len(seq) - 1][1]))
    return hits


# Words that may stand inside the phrase naming a compound header ("supervised SimCSE
# checkpoint on BERT-base"); any other word ends the phrase ("A trails B" is two phrases).
_NAME_FILLER = frozenset(
    """the a an of on in for with using from its their our based model models checkpoint checkpoints
    version versions variant variants backbone backbones encoder encoders trained pretrained pre-trained""".split())


def _compound_hits(unmatched: list[str], headers: list[str], claim_text: str,
                   taken: set[int]) -> list[tuple[str, float, int]]:
    """Compound headers the claim names in other words: "supervised SimCSE on BERT-base"
    for "sup-simcse-bert-base-uncased", "unsupervised RoBERTa" for "Unsup. RoBERTa". A
    header is named when at least two of its parts are named in one phrase of the claim
    (words naming its parts, joined only by ``_NAME_FILLER`` words), one of them a part not
    every header has; and no other header has a strict superset of the parts the claim
    names ("BERT-base" names "bert-base", not "roberta-base"). Parts the claim leaves out
    ("uncased") are allowed; when several headers share every part named ("the supervised
    checkpoints"), all are named: a group to average or sum. ``taken``: tokens that name a
    header exactly, no part of another one. Multi-level headers are left to the level
    matching."""
    words = _claim_words(claim_text)
    toks = _tokens(claim_text)
    parts = {h: _header_parts(h) for h in headers if " / " not in h}
    if not words or len(parts) < 2:
        return []
    keys = {h: {p[0] for p in ps} for h, ps in parts.items()}
    universal = set.intersection(*keys.values())
    found: dict[str, tuple[frozenset[tuple[str, ...]], int]] = {}
    for h in unmatched:
        if h not in parts or len(keys[h]) < 2:
            continue
        naming: dict[int, set[tuple[str, ...]]] = {}  # token → the parts it names
        for p in parts[h]:
            for first, last in _part_at(p, words):
                if not taken & set(range(first, last + 1)):
                    for i in range(first, last + 1):
                        naming.setdefault(i, set()).add(p[0])
        best: tuple[frozenset[tuple[str, ...]], int] | None = None
        segment: set[tuple[str, ...]] = set()
        start = -1
        for i, tok in enumerate([*toks, ""]):
            if i in naming:
                start = i if not segment else start
                segment |= naming[i]
            elif tok in _NAME_FILLER and i not in taken:
                continue
            else:
                if best is None or len(segment) > len(best[0]):
                    best = (frozenset(segment), start)
                segment = set()
        if best is None or len(best[0]) < 2 or not best[0] - universal:
            continue
        found[h] = best
    kept = [h for h in found if not any(found[o][0] > found[h][0] for o in found)]
    return [(h, 1, found[h][1]) for h in kept]


def _own_columns(claim_text: str, claim_qs: list[Quantity], k: int,
                 cols: list[tuple[str, float, int]],
                 fits: Callable[[str, Quantity], bool] | None = None) -> list[tuple[str, float, int]]:
    """The named columns (or rows) that the claim's ``k``-th number is about
    (``attached_number``), when the claim has several numbers; all of them when none
    attaches to it — or, given ``fits`` (whether a number could be a header's value), none
    when they all attach to other numbers that fit them ("reaches 88.7 after 14 hours": the
    column named for 88.7 says nothing of the 14 hours)."""
    if len(claim_qs) < 2 or (len(cols) < 2 and fits is None):
        return cols
    spans_ = [(m.start(), m.end()) for m in re.finditer(r"[a-z0-9]+(?:[-+.][a-z0-9]+)*", claim_text.lower())]
    starts = [a for a, _ in spans_]
    toks = _tokens(claim_text)
    # "A and C score 75.1 and 80.0 on NLI, respectively": the n-th header named is the n-th number's
    named_at = []
    for h, _, pos in cols:
        if 0 <= pos < len(spans_):
            last = min(len(spans_) - 1, pos + max(1, len(_tokens(_bare(h)))) - 1)
            named_at.append((spans_[pos][0], claim_text[spans_[pos][0] : spans_[last][1]].lower(), h))
    for numbers, names in list_pairs(claim_text, claim_qs, [(p, n) for p, n, _ in named_at]):
        if k in numbers:
            mine_ = names[numbers.index(k)]
            return [c for c in cols if any(n == mine_ and h == c[0] for _, n, h in named_at)] or cols

    def about_k(header: str) -> bool:
        # any level of the header named in this number's phrase ("average exact match of 52.7")
        for level in header.split(" / "):
            hit, pos = _level_hit(level, toks, claim_text)
            if hit and 0 <= pos < len(starts) and attached_number(claim_text, claim_qs, starts[pos]) == k:
                return True
        return False

    mine = [c for c in cols if about_k(c[0])]
    if not mine and fits is not None and all(_owned_by_another(c[0], claim_text, claim_qs, k, toks, starts, fits)
                                              for c in cols):
        return []
    return mine or cols


def _owned_by_another(header: str, claim_text: str, claim_qs: list[Quantity], k: int, toks: list[str],
                      starts: list[int], fits: Callable[[str, Quantity], bool]) -> bool:
    """Whether every level of a header the claim names is in the phrase of another number
    that could be the header's value ("the largest dev set of the six languages, with 1,992
    pairs": "six" is no dev-set size, so the header is 1,992's as much)."""
    owners: set[int | None] = set()
    for level in header.split(" / "):
        hit, pos = _level_hit(level, toks, claim_text)
        if hit and 0 <= pos < len(starts):
            owners.add(attached_number(claim_text, claim_qs, starts[pos]))
    known = [j for j in owners if j is not None]
    return bool(owners) and len(known) == len(owners) and k not in owners and all(fits(header, claim_qs[j]) for j in known)


def _like(cells: list[tuple[str, Cell]], named: Cell | None) -> list[tuple[str, Cell]]:
    """The cells of one kind with the named one (or with the most, when none is named):
    the same unit and a comparable size — "the strongest task" of a row is never its
    parameter count."""
    if not cells:
        return cells
    if named is None:
        values = sorted(c.value.value for _, c in cells)
        units = [c.value.unit for _, c in cells]
        unit = max(set(units), key=units.count)
        named = next(c for _, c in cells if c.value.value == values[len(values) // 2])
        return [(k, c) for k, c in cells if c.value.unit == unit and _comparable(named.value, c.value)]
    return [(k, c) for k, c in cells if c.value.unit == named.value.unit and _comparable(named.value, c.value)]


def _baseline_row(t: Table, named: str) -> str | None:
    """The table's one baseline row ("Baseline", "Our baseline"), when the claim names
    another row and says what it gains: the row a gain is over."""
    base = [r for r in t.rows if re.search(r"\bbaseline\b", r, re.I) and r != named]
    if len(base) == 1 and not re.search(r"\bbaseline\b", named, re.I):
        return base[0]
    # "chain-of-thought prompting improves LaMDA 137B by 4.9": over the plain variant of the
    # same name ("LaMDA 137B (Standard)")
    own = _bare(named)
    plain = [r for r in t.rows if r != named and own != r and _bare(r) == own
             and set(_tokens(r[len(own):])) & _PLAIN]
    return plain[0] if len(plain) == 1 and not set(_tokens(named[len(own):])) & _PLAIN else None


def _modified_row(t: Table, named: str, toks: list[str]) -> tuple[str, bool] | None:
    """The one row that is the named row's name with words added that the claim says
    elsewhere ("Foo-R2", "Foo + R2" for a claim naming Foo and "R2"): what adding them
    changes is that row minus the named one — or the named one minus it, when the claim
    makes the added words the baseline ("lifts Foo by 1.2 over R2"). With that flag."""
    found = []
    for r in t.rows:
        m = re.match(re.escape(named) + r"\s*[-+/(_]\s*(.+)$", r)
        if m is None or r == named:
            continue
        extra = re.findall(r"[a-z0-9]+(?:\.[0-9]+)?", m.group(1).lower())
        at = [next((i for i, tok in enumerate(toks) if w in re.split(r"[-+/]", tok)), -1) for w in extra]
        if extra and min(at) >= 0 and not re.fullmatch(r"[\d.]+", "".join(extra)):
            found.append((r, _after_baseline_word(toks, min(at))))
    return found[0] if len(found) == 1 else None


def _names_outside(t: Table, claim_names: frozenset[str], version: SourceVersion) -> bool:
    """Whether the claim has a name (a word with capitals inside, lower-cased) that neither
    the table's caption nor any of its headers has: the claim is about something else."""
    have = caption_words(version, t.label) | {w for h in (*t.rows, *t.columns) for w in re.findall(r"[a-z0-9]+", h.lower())}
    return any(n not in have for n in claim_names)


def _unit_columns(t: Table, claim_qs: list[Quantity], claim_text: str) -> list[tuple[str, float, int]]:
    """The one column whose every cell is a duration, for a claim that names no column but
    states a duration ("QQP takes 2 hours" against a "Running time" column of "6h")."""
    for q in claim_qs:
        if q.unit != "hours":
            continue
        timed = [c for c in t.columns if t.column(c) and all(cell.value.unit == "hours" for _, cell in t.column(c))]
        if len(timed) == 1:
            return [(timed[0], 1, len(_tokens(claim_text[: q.start])))]
    return []


_ACROSS_BEFORE = re.compile(r"\b(?:across|over)\s+(?:all\s+)?(?:of\s+)?(?:its|the|their|these|all)?\s*$", re.I)


def _across_all(claim_text: str, claim_qs: list[Quantity], q: Quantity, averaged: bool) -> bool:
    """"Across its seven languages MLQA has 4,299 dev instances": a count of the claim's
    after "across"/"over" makes its other number a total (the count is then checked
    against the rows summed), unless the claim averages or says "each"."""
    if averaged or _EACH.search(claim_text) or q.noun is None:
        return False
    return any(c is not q and c.noun and c.value == int(c.value) and _ACROSS_BEFORE.search(claim_text[: c.start])
               for c in claim_qs)


def _count_among_scores(q: Quantity, t: Table, column: str) -> bool:
    """A count ("eight V100 GPUs") against a column of scores written with decimals
    ("92.3"): what it counts is not what the column measures."""
    cells = [c.value for _, c in t.column(column)]
    return bool(q.noun) and q.value == int(q.value) and "." not in q.text and bool(cells) \
        and all("." in c.text for c in cells)


_SHARE_OF = re.compile(r"\s*(?:%|percent)?\s*\)?\s+of\s+(?:the\s+|its\s+|their\s+|all\s+)?(?:\d|[A-Za-z])", re.I)


def _share_of(claim_text: str, q: Quantity) -> bool:
    """"two of 50 answers", "(46%) of its wrong chains": a part of a set the claim counts,
    not a score a table cell states — it may agree with a cell, never be contradicted by one."""
    if _SET_OF.search(claim_text[: q.start]):
        return True  # the 50 of "two of 50 answers": the set's size
    return bool(_SHARE_OF.match(claim_text, q.end)) and q.unit in (None, "%") and not is_difference(claim_text, q)


_SET_OF = re.compile(r"(?:(?<![\w.\-])\d+(?:\.\d+)?\s*%?|(?<![\w\-])(?:" + "|".join(WORDS) + r"))\s+(?:out\s+)?of\s+(?:the\s+)?$",
                     re.I)


def _fits_sole(t: Table, q: Quantity) -> bool:
    """Whether a claim number that names no column may be the value of a one-column table:
    no counted noun ("8 GPUs"), the cells' unit, a size within a factor of two of theirs."""
    cells = [c.value for _, c in t.column(t.columns[0])]
    if q.noun or not cells or any(c.unit != cells[0].unit for c in cells):
        return False
    if q.unit != cells[0].unit and not (q.unit == "%" and cells[0].unit is None):
        return False
    if is_difference("", q) or q.direction:
        return True  # a difference is compared with a difference of cells, sized there
    lo, hi = min(abs(c.value) for c in cells), max(abs(c.value) for c in cells)
    return lo / 2 <= abs(q.value) <= hi * 2


def _unique_top(hits: list[tuple[str, float, int]]) -> bool:
    return len(hits) == 1 or hits[0][1] > hits[1][1]


def _fmt(v: float) -> str:
    return f"{v:.2f}".rstrip("0").rstrip(".") if abs(v - round(v)) > 1e-9 else str(int(round(v)))


def _offer_count(claim_qs: list[Quantity], q: Quantity, over: list[str], cell: Passage, label: str,
                 offer: Callable[[float, TableDecision], None], what: str) -> None:
    """"Together the five checkpoints", "averaged over the six languages": a count of the
    claim that is the number of cells summed or averaged is read off the same computation."""
    for c_ in claim_qs:
        if c_ is not q and c_.noun and c_.value == len(over):
            how = f"computed from {label}: {len(over)} {what} ({', '.join(over)})"
            offer(1, TableDecision(True, cell, c_.text, str(len(over)), how, how))


def _readable(v: float) -> str:
    """A computed count as a reader writes it: "18.9 billion", "7,410"."""
    for scale, word in ((1e9, "billion"), (1e6, "million")):
        if abs(v) >= scale:
            return f"{_fmt(v / scale)} {word}"
    return f"{v:,.0f}" if v == int(v) else _fmt(v)


def _computed_quantity(value: float) -> Quantity:
    return Quantity(value, _fmt(value), None, 0, 0, direction=(1 if value > 0 else -1 if value < 0 else 0))


def _agree(q: Quantity, value: Quantity) -> bool:
    # A cell has no words around it: what it counts is its header, already matched.
    if q.approx in ("at least", *UPPER_BOUNDS) and q.unit is None and value.unit == "%":
        return False  # "under 0.8" is a threshold on a score, no share a cell of "79%" states
    bare = Quantity(q.value, q.text, q.unit, q.start, q.end, upper=q.upper, approx=q.approx, direction=q.direction)
    if value.unit is None and q.unit == "%":
        bare = Quantity(q.value, q.text, None, q.start, q.end, upper=q.upper, approx=q.approx, direction=q.direction)
    if q.noun and value.noun is None and value.unit is None and bare.unit is None:
        # the cell counts what the claim's number counts, so a bound of the claim speaks for
        # it: "more than a quarter of a million edges" / 266,144 under "Edges"
        bare = dataclasses.replace(bare, noun=q.noun)
        value = dataclasses.replace(value, noun=q.noun)
    return quantities_agree(bare, value)


def _comparable(q: Quantity, value: Quantity) -> bool:
    if q.value == 0 or value.value == 0:
        return True
    # "1.4 billion" against a cell of "1.4 Trillion": one number written another way
    return 0.05 <= abs(value.value / q.value) <= 20 or rescaled(q, value)


def rounded_agree(q: Quantity, v: float) -> bool:
    """A computed number agrees with the claim to the claim's last digit, or to 0.05 when the
    claim gives one decimal (the paper's own rounding of its cells)."""
    c = _computed_quantity(v)
    if _agree(q, c):
        return True
    decimals = len(q.text.split(".", 1)[1]) if "." in q.text else 0
    same_sign = not (q.direction and c.direction and q.direction != c.direction)
    return same_sign and decimals > 0 and abs(abs(q.value) - abs(v)) <= 0.6 * 10 ** (-decimals) + 1e-9


def name_spans(claim_text: str, version: SourceVersion) -> list[tuple[int, int]]:
    """Where the claim writes a table header that has a number in it ("ALBERT (1.5M)",
    "SQuAD 1.1"): those digits name a row or column and measure nothing."""
    spans = []
    low = claim_text.lower()
    for t in tables_of(version):
        for header in [*t.rows, *t.columns]:
            for level in header.split(" / "):
                level = level.strip().lower()
                if len(level) < 3 or not re.search(r"\d", level) or not re.search(r"[a-z]", level):
                    continue
                for m in re.finditer(re.escape(level), low):
                    spans.append((m.start(), m.end()))
                spans += _versioned_names(level, low)
                # "5-class sentiment" for "Sentiment (5-class)": a word of the header that
                # joins digits and letters names it wherever the claim puts it; so does the
                # number of a qualifying parenthesis ("at 75% of its training" for
                # "mT5-XXL (75% trained)")
                qualifier = re.findall(r"\(([^()]*)\)", level)
                words = re.findall(r"\d+(?:\.\d+)?-[a-z]+|[a-z]+-\d+(?:\.\d+)?", level)
                words += [n for part in qualifier for n in re.findall(r"\d+(?:\.\d+)?%", part)]
                for word in words:
                    for m in re.finditer(r"(?<![\w.-])" + re.escape(word) + r"(?![\w-])", low):
                        spans.append((m.start(), m.end()))
    # "with ten minutes of labels": the amount of a group heading a repeated row is printed
    # under ("BASE (10 min, LS-960)") names the row
    for t in tables_of(version):
        for header in t.variants:
            m = re.search(r"\(([^()]*,[^()]*)\)\s*$", header)
            for part in m.group(1).split(",") if m else []:
                spans += _amount_said(part, claim_text)
    # "with seven training clusters": a count that numbers a table's rows names a row
    for t in tables_of(version):
        for q in _counts_of_rows(t, claim_text, caption_words(version, t.label)):
            spans.append((q.start, q.end))
    # "Approach 1", "Setting 2": a numbered name a caption of the paper writes
    for label in _numbered_names(version):
        for m in re.finditer(r"(?<![\w.-])" + re.escape(label) + r"(?![\w.,-]?\d)", claim_text):
            spans.append((m.start(), m.end()))
    return spans


# a word and the dotted version number it carries ("wav2vec 2.0", "squad 1.1")
_VERSIONED = re.compile(r"(?<![\w.-])[a-z][\w-]*[a-z][\w-]* \d+(?:\.\d+)+(?![\w.-]?\d)")


def _versioned_names(level: str, low: str) -> list[tuple[int, int]]:
    """Where the claim writes the versioned name a header starts with, without the rest
    of the header: "wav2vec 2.0 Large" for the row "wav2vec 2.0 Large (no LM)" — the
    version number names the model, it measures nothing."""
    spans = []
    for name in _VERSIONED.findall(level):
        for m in re.finditer(r"(?<![\w.-])" + re.escape(name) + r"(?![\w-]|\.\d)", low):
            spans.append((m.start(), m.end()))
    return spans


@once_per_version
def _numbered_names(version: SourceVersion) -> frozenset[str]:
    """Capitalised words numbered by an integer in the paper's captions ("Approach 1")."""
    return frozenset(m.group(0) for p in version.passages if p.kind == "caption"
                     for m in re.finditer(r"\b[A-Z][a-z]{2,} \d{1,2}\b(?![\d.,%]|\s*(?:[kKMBT]\b|thousand|million|billion|trillion|[a-z]+s\b))", p.text))


def outside(q: Quantity, spans: list[tuple[int, int]]) -> bool:
    return not any(a <= q.start and q.end <= b for a, b in spans)


_DIFFERENCE_AFTER = re.compile(
    r"^\s*(?:%|points?|pts|pp|percentage points?)?\s*" + METRIC_GAP + r"(?:absolute\s+)?(?:above|below|higher|lower|better|worse|more|less|ahead|behind|over|than|improvement|gain|drop)\b",
    re.I,
)


_BASELINE_BEFORE = {"to", "with", "over", "than", "vs", "versus", "against"}
_DETERMINERS = {"the", "a", "an", "its", "their", "our", "this", "that"}


def _after_baseline_word(toks: list[str], pos: int) -> bool:
    """Whether a header named at ``pos`` follows a word that makes it the baseline of a
    comparison ("over the original model", "than BERT")."""
    k = pos - 1
    while k >= 0 and toks[k] in _DETERMINERS:
        k -= 1
    if k > 0 and toks[k] in _PLAIN and toks[k - 1] in _BASELINE_BEFORE - {"with"}:
        k -= 1  # "over full fine-tuning", "than vanilla BERT": one word that says it is plain
    if k >= 0 and toks[k] == "with":
        # "compared with A" makes A the baseline; "GPT-3 with LoRA" names a variant
        return k > 0 and toks[k - 1] in _COMPARED_WITH
    if k >= 0 and toks[k] == "to" and "from" in toks[max(0, k - 8) : k]:
        return False  # "moving from A to C": C is where the change ends, A its start
    return k >= 0 and toks[k] in _BASELINE_BEFORE


_PLAIN = {"full", "plain", "vanilla", "standard", "regular", "original", "conventional", "ordinary", "usual", "default"}


_COMPARED_WITH = {"compared", "comparison", "contrast", "par", "along", "together", "against"}


def _margin(claim_text: str) -> bool | None:
    """Whether the claim speaks of the largest (True) or smallest (False) margin between
    two things; None when it speaks of no margin."""
    m = _MARGIN.search(claim_text) or _MARGIN_AFTER.search(claim_text) or _MARGIN_VERB.search(claim_text)
    if m is None:
        return None
    return m.group(1).lower() not in ("smallest", "lowest", "least", "narrowest")


def _measure_level(header: str, headers: list[str]) -> bool:
    """Whether a header of levels ends in a measure that other headers share ("XNLI / acc."
    beside "PAWS-X / acc."), so that its places of one kind are those of that measure. A last
    level no other header has is the thing itself ("QA / WikiHop"), its first a group of
    things measured alike."""
    if " / " not in header:
        return False
    last = measure(header.rsplit(" / ", 1)[-1])
    return any(h != header and measure(h.rsplit(" / ", 1)[-1]) == last for h in headers)


def _largest_margin(t: Table, axis: str, pair_named: list[tuple[str, float, int]], place: list[tuple[str, float, int]],
                    toks: list[str], wants_max: bool, claim_text: str = "",
                    claim_qs: Sequence[Quantity] = ()) -> list[tuple[float, TableDecision]]:
    """"XLNet's largest gain over BERT is on RTE" (two named rows, the column named): the
    column where subject − baseline is largest, against the one the claim names; the
    baseline follows "over"/"than"/"to", or is the table's baseline row. ``axis`` is the
    pair's (rows, or columns with the place a row)."""
    if not place or not _unique_top(place):
        return []
    pair = pair_named[:2]
    implicit = False
    if len(pair) == 1 and axis == "row" and (base := _baseline_row(t, pair[0][0])):
        pair, implicit = [pair[0], (base, 1, len(toks))], True  # "the largest gain from adapters"
    if len(pair) < 2:
        return []
    if not implicit and claim_text:
        # "RoBbase (LoRA)" and "RoBbase (FT)" named at one word: placed by the word they differ by
        pair = [(h, s_, _distinct_position((h, s_, p_), pair, toks, claim_text)) for h, s_, p_ in pair]
    baseline = pair[1] if implicit else next((h for h in pair if _after_baseline_word(toks, h[2])), None)
    if baseline is None:
        return []
    subject = next(h for h in pair if h is not baseline)
    named = place[0][0]
    places = t.columns if axis == "row" else t.rows
    mine = {measure(level) for level in named.split(" / ")}
    diffs = []
    for k in places:
        key_s, key_b = ((subject[0], k), (baseline[0], k)) if axis == "row" else ((k, subject[0]), (k, baseline[0]))
        a_, b_ = t.cells.get(key_s), t.cells.get(key_b)
        if a_ is None or b_ is None or _AGGREGATE_HEADER.match(k.split(" / ")[0].strip()):
            continue
        if _measure_level(named, places) and not mine & {measure(level) for level in k.split(" / ")}:
            continue
        diffs.append((k, a_.value.value - b_.value.value, a_))
    # the places of one kind with the named one: never a parameter count beside scores
    named_cell = next((c for k, _, c in diffs if k == named), None)
    kept = {k for k, _ in _like([(k, c) for k, _, c in diffs], named_cell)}
    diffs = [x for x in diffs if x[0] in kept]
    if len(diffs) < 2 or not any(k == named for k, _, _ in diffs):
        return []
    top_k, top_d, top_cell = (max if wants_max else min)(diffs, key=lambda kd: kd[1])
    where_ = "column" if axis == "row" else "row"
    how = (f"computed from {t.label}: {subject[0]} − {baseline[0]} is "
           f"{'largest' if wants_max else 'smallest'} in {where_} {top_k} ({_fmt(top_d)}; "
           + ", ".join(f"{k} {_fmt(d)}" for k, d, _ in diffs) + ")")
    score = subject[1] + baseline[1] + place[0][1] + 2
    out = [(score, TableDecision(top_k == named, top_cell.passage, named, top_k, how, how))]
    # "RTE is where LoRA gains most, 7.9 points": the claim's number is the named place's margin
    here, here_cell = next((d, c) for k, d, c in diffs if k == named)
    for q in claim_qs:
        if q.noun is None and (rounded_agree(q, here) or _comparable(q, _computed_quantity(here))):
            said = f"computed from {t.label}: {subject[0]} − {baseline[0]} in {where_} {named} = {_fmt(here)}"
            out.append((score, TableDecision(rounded_agree(q, here), here_cell.passage, q.text, _fmt(here), said, said)))
    return out


_DIFFERENCE_NOUN = re.compile(
    r"\b(?:gap|difference|margin|lead|advantage)\b(?:(?:[^.,;:]|\.(?=\d)){0,80}\b(?:is|of|was|amounts to|stands at|equals)|\s*\()\s*$",
    re.I)  # (or in brackets right after the noun: "an advantage (840 points)")
_EXCLUDED = re.compile(r"\b(?:non-|other than\s+|except(?:\s+for)?\s+|excluding\s+|apart from\s+|besides\s+)(?:the\s+|an?\s+)?([A-Za-z][\w.]*(?:-[\w]+)*)", re.I)


# "leaving X aside", "setting aside X", "X aside": a name the claim puts out of a comparison
_ASIDE = re.compile(r"\b(?:leaving|setting|putting|leave|set)\s+(?:aside\s+(?P<a>[^,;.]+)|(?P<b>[^,;.]+?)\s+aside\b)", re.I)


def _set_aside(claim_text: str) -> list[tuple[int, int]]:
    """The token ranges of the names a claim sets aside ("Leaving X aside, ...")."""
    out = []
    for m in _ASIDE.finditer(claim_text):
        g = "a" if m.group("a") else "b"
        start = len(_tokens(claim_text[: m.start(g)]))
        out.append((start, start + len(_tokens(m.group(g)))))
    return out


def _named_aside(claim_text: str, aside: list[tuple[int, int]], header: str) -> bool:
    """Whether a header is the one named in a phrase the claim sets aside."""
    toks = _tokens(claim_text)
    return any(header_score(header, " ".join(toks[a:b])) and all(w in toks[a:b] for w in _tokens(_bare(header)))
               for a, b in aside)


# what a row's name adds to a method: "AWD-LSTM+Finetune", "BERT w/ CRF", "T5 with distillation"
_ADDED_PART = re.compile(r"(?:\+\s*|\bw/(?!o)\s*|\bwith\s+)([A-Za-z][a-z]+)", re.I)
# what a claim says is left out: "without finetuning", "w/o CRF", "with no distillation"
_LEFT_OUT = re.compile(r"\b(?:without|w/o|with\s+no|no)\s+(?:any\s+)?([A-Za-z][a-z]+)", re.I)


def _without_added(rows: list[tuple[str, float, int]], claim_text: str) -> list[tuple[str, float, int]]:
    """The named rows, less those whose name adds what the claim says is left out: "X
    without finetuning" is not the row "X+Finetune" (a sibling row named alike is)."""
    left_out = [m.group(1).lower() for m in _LEFT_OUT.finditer(claim_text)]
    if not left_out:
        return rows

    def adds_left_out(header: str) -> bool:
        added = [m.group(1).lower() for m in _ADDED_PART.finditer(header)]
        return any(a == w or _inflected(a, w) or _inflected(w, a) for a in added for w in left_out)

    kept = [r for r in rows if not adds_left_out(r[0])]
    return kept if kept else rows


def _excluded(claim_text: str) -> list[str]:
    """Names the claim leaves out ("non-English", "other than MNLI")."""
    return [m.group(1) for m in _EXCLUDED.finditer(claim_text)]


def _count_of(claim_text: str, claim_qs: list[Quantity]) -> tuple[Quantity, Quantity | None, Quantity] | None:
    """("four", "five", "400M") of "four of the five checkpoints have 400M parameters": a
    count of rows, the rows there are, and the value they share; None for other claims."""
    for i, q in enumerate(claim_qs[:-1]):
        after = claim_text[q.end :]
        m = re.match(r"\s+of\s+(?:the|its|their|these)\s+", after, re.I)
        if m is None or q.value != int(q.value) or q.upper is not None:
            continue
        rest = claim_qs[i + 1 :]
        total = rest[0] if rest[0].start == q.end + m.end() else None
        values = rest[1:] if total is not None else rest
        if len(values) == 1 and (total is None or total.value > q.value):
            return q, total, values[0]
    return None


def _distinct_position(hit: tuple[str, float, int], pair: list[tuple[str, float, int]], toks: list[str],
                       claim_text: str) -> int:
    """Where the claim names a header by the level that tells it from the other header of
    a pair ("English" of "F1 / en" beside "F1 / hi"; "F1" names both at once)."""
    other = next(h for h in pair if h[0] != hit[0])
    if " / " not in hit[0] and " / " not in other[0]:
        # "GPT-3 (LoRA)" beside "GPT-3 (FT)": where the claim names the word they differ by
        theirs = set(_tokens(other[0]))
        # (another inflection tells them apart too: "reversing the input" names "reversed")
        own = [max(_shortened_at(w, hit[0], toks), _same_stem_at(w, toks)) for w in _tokens(hit[0]) if w not in theirs]
        return min((p for p in own if p >= 0), default=hit[2])
    shared = set(other[0].split(" / "))
    hits = [_level_hit(level, toks, claim_text) for level in hit[0].split(" / ") if level not in shared]
    positions = [p for s_, p in hits if s_]
    return min(positions) if positions else hit[2]


def _same_part_pair(t: Table, named: list[tuple[str, float, int]], claim_text: str) -> list[tuple[str, float, int]]:
    """The named headers with, second, the best named part of another split column under
    the same part name as the first: "A's ROUGE-L is 1.8 above B's" subtracts B / ROUGE-L
    from A / ROUGE-L, never A / ROUGE-1 (two parts of one cell)."""
    top = named[0][0]
    if top not in t.split:
        return named
    part = top.rsplit(" / ", 1)[-1]
    mate = next((h for h in named[1:] if h[0] in t.split and t.split[h[0]] != t.split[top]
                 and h[0].rsplit(" / ", 1)[-1] == part), None)
    if mate is None:
        return named
    # each where the claim names its own column, not the part both share ("ROUGE-1")
    return [_at_base(t, named[0], claim_text), _at_base(t, mate, claim_text)] + [h for h in named[1:] if h is not mate]


def _sibling_pair(named: list[tuple[str, float, int]], toks: list[str], claim_text: str) -> list[tuple[str, float, int]]:
    """"CoT improves StrategyQA over standard": the top named header and the best named
    other one under the same parent level ("StrategyQA / CoT", "StrategyQA / standard"),
    each named at its own last level; the list itself when there is none."""
    top = named[0][0]
    if " / " not in top:
        return named
    parent, own = top.rsplit(" / ", 1)
    mate = next((h for h in named[1:] if " / " in h[0] and h[0].rsplit(" / ", 1)[0] == parent
                 and h[0].rsplit(" / ", 1)[1] != own), None)
    if mate is None:
        return named

    def placed(h: tuple[str, float, int]) -> tuple[str, float, int]:
        _, at = _level_hit(h[0].rsplit(" / ", 1)[1], toks, claim_text)
        return (h[0], h[1], at) if at >= 0 else h

    return [placed(named[0]), placed(mate)] + [h for h in named[1:] if h is not mate]


def _at_base(t: Table, hit: tuple[str, float, int], claim_text: str) -> tuple[str, float, int]:
    """A split column's hit placed where the claim names the column it was split from."""
    base = _named([t.split[hit[0]]], _tokens(claim_text), claim_text)
    return (hit[0], hit[1], base[0][2]) if base else hit


def _named_by_shared_only(header: str, other: str, toks: list[str], claim_text: str) -> bool:
    """``header`` shares a level with ``other`` and the claim names none of its own levels:
    "F1" names "F1 / en" and "F1 / hi" alike, while "TAPT" names "Phases / TAPT" beside
    "Phases / DAPT + TAPT"."""
    shared = set(header.split(" / ")) & set(other.split(" / "))
    own = [level for level in header.split(" / ") if level not in shared]
    return bool(shared) and not any(_level_hit(level, toks, claim_text)[0] for level in own)


# what a comparison by a factor measures, when the claim says it: "40% less GPU memory than"
_COMPARED_NOUN = re.compile(r"\s*(?:%|times|x|×|-?fold)?\s*(?:less|more|fewer|smaller|larger|lower|higher)\s+"
                            r"((?:[A-Za-z][\w\-]*\s+){1,3}?)(?:than|as)\b", re.I)


# nouns that name what a table's rows are: a superlative over one of them compares rows
_ROW_KINDS = {"model", "system", "method", "approach", "baseline", "variant", "architecture", "configuration",
              "submission", "entry", "team", "ensemble", "parser", "classifier", "encoder", "decoder"}


def _row_groups(t: Table, toks: list[str]) -> list[tuple[str, list[str]]]:
    """Rows a plural of the claim names by a word their headers share ("ensembles": "GNMT +
    RL Ensemble", "ConvS2S Ensemble"), at least two of them and not every row."""
    out = []
    for i, w in enumerate(toks):
        one = singular(w)
        if one == w or not one.isalpha():
            continue
        group = [r for r in t.rows if one in {singular(x) for x in re.findall(r"[a-z]+", r.lower())}]
        if len(one) >= 4 and 2 <= len(group) < len(t.rows):
            out.append((one, group))
        elif i > 0 and len(toks[i - 1]) >= 2 and toks[i - 1].isalnum():
            # "the two AMI sets": the word before the plural opens the rows' headers ("AMI IHM",
            # "AMI SDM1")
            group = [r for r in t.rows if _tokens(r)[:1] == [toks[i - 1]] and len(_tokens(r)) > 1]
            if 2 <= len(group) < len(t.rows):
                out.append((toks[i - 1], group))
    return out


def _counts_header(q: Quantity, header: str) -> bool:
    """Whether the noun a number counts is its header's word ("2.11B tokens", "# Tokens")."""
    if q.noun is None:
        return False
    head = singular(q.noun.split()[-1])
    return any(singular(w) == head for w in _tokens(header.split(" / ")[-1]))


def _slash_runs(claim_text: str, claim_qs: list[Quantity]) -> list[list[Quantity]]:
    """Runs of two or more numbers joined by slashes alone ("53.8/29.8/45.9")."""
    runs: list[list[Quantity]] = []
    for q in claim_qs:
        if runs and claim_text[runs[-1][-1].end : q.start] == "/":
            runs[-1].append(q)
        else:
            runs.append([q])
    return [r for r in runs if len(r) >= 2]


def _names_header(name: str, header: str) -> bool:
    """A single name ("English", "QA") names a header one of whose levels it is or starts."""
    first = _tokens(name)[:1]
    return bool(header_score(header, name)) or any(_tokens(level)[:1] == first for level in header.split(" / "))


_FROM_TO_LEVELS = re.compile(r"\s*(?:%|points?)?\s*to\s*$", re.I)


def _from_to(t: Table, rows: list[tuple[str, float, int]], cols: list[tuple[str, float, int]],
             value_cols: list[tuple[str, float, int]], claim_qs: list[Quantity], toks: list[str],
             claim_text: str) -> list[tuple[float, TableDecision]]:
    """A change "from A to B" between two named rows (columns) in one named column (row):
    A is the cell of the baseline (named after "relative to", "over", "than"; else the one
    named first), B the other's. Decided only when the two cells hold the claim's two
    numbers, either way round: the right way agrees, the wrong way contradicts both."""
    out: list[tuple[float, TableDecision]] = []
    for a_q, b_q in zip(claim_qs, claim_qs[1:]):
        if not re.search(r"\bfrom\s*$", claim_text[: a_q.start]) or not _FROM_TO_LEVELS.match(claim_text[a_q.end : b_q.start]):
            continue
        for axis, named, others in (("row", rows, value_cols), ("column", cols, rows)):
            headers = t.rows if axis == "row" else t.columns
            if len(named) == 1 and len(headers) == 2 and _after_baseline_word(toks, named[0][2]):
                # "relative to A, ... from x to y" in a table of A and one other: the other
                named = [named[0], (next(h for h in headers if h != named[0][0]), 0, len(toks))]
            if len(named) < 2 or (len(named) > 2 and named[2][1] == named[1][1]) or not others or not _unique_top(others):
                continue
            pair = sorted(named[:2], key=lambda h: h[2])
            marked = [h for h in pair if _after_baseline_word(toks, h[2])] \
                or [h for h in pair if re.search(r"\bbaseline\b", h[0], re.I)]
            start = marked[0] if len(marked) == 1 else pair[0]
            end = next(h for h in pair if h is not start)
            other = others[0][0]
            cell = (lambda h: t.cells.get((h[0], other) if axis == "row" else (other, h[0])))
            a_cell, b_cell = cell(start), cell(end)
            if a_cell is None or b_cell is None:
                continue
            right = _agree(a_q, a_cell.value) and _agree(b_q, b_cell.value)
            wrong = _agree(a_q, b_cell.value) and _agree(b_q, a_cell.value)
            if not (right or wrong):
                continue
            if wrong and len(marked) != 1:
                # nothing says which is the baseline: the claim's order may be either
                start, end, a_cell, b_cell, right = end, start, b_cell, a_cell, True
            where_ = "column" if axis == "row" else "row"
            how = (f"computed from {t.label}: in {where_} {other}, {start[0]} {a_cell.passage.text} → "
                   f"{end[0]} {b_cell.passage.text}" + ("" if right else f" (the claim has {end[0]}'s value first)"))
            score = start[1] + end[1] + others[0][1] + 3
            out.append((score, TableDecision(right, a_cell.passage, a_q.text, a_cell.passage.text, how, how)))
            out.append((score, TableDecision(right, b_cell.passage, b_q.text, b_cell.passage.text, how, how)))
            break
    return out


# "A raises the error compared with B": a verb of change and the other side of the comparison
_AGAINST = r"[^.;:]{0,40}?\b(?:compared\s+(?:with|to)|relative\s+to|versus|vs\.?|over)"
# "A trails B", "A outperforms B": which of two named things the claim puts above the
# other; "higher"/"lower" read the numbers as they are, "better"/"worse" by the column's sense
_ABOVE = re.compile(r"\b(?:(?:beats?|beating|outperform(?:s|ed|ing)?|outscor(?:es?|ed|ing)|exceed(?:s|ed|ing)?|surpass(?:es|ed|ing)?|"
                    r"edg(?:es?|ed|ing)\s+(?:out|past))(?!\s+by\b)|"
                    r"(?:improv(?:es?|ed|ing)|gains?|is\s+up)\b[^.;:]{0,40}?\bover|"
                    r"(?:scores?|ranks?|is|are|was|were|does|do|performs?)\s+(?:\w+\s+)?(?:higher|better|above)|"
                    r"higher\s+(?:[\w\-]+\s+){0,2}than|better\s+(?:[\w\-]+\s+){0,2}than|ahead of|"
                    r"(?:rais|increas|lift|boost)(?:es|e|ed|ing|s)?\b" + _AGAINST + r")\b", re.I)
_BELOW = re.compile(r"\b(?:trails?|trailing|lags?(?:\s+behind)?|behind|underperform(?:s|ed|ing)?|"
                    r"(?:beaten|outperformed|outscored|exceeded|surpassed|bested)\s+by|"
                    r"(?:scores?|ranks?|is|are|was|were|does|do|performs?)\s+(?:\w+\s+)?(?:lower|worse|below)|"
                    r"lower\s+(?:[\w\-]+\s+){0,2}than|worse\s+(?:[\w\-]+\s+){0,2}than|falls?\s+short\s+of|"
                    r"(?:drops?|falls?|declines?|is\s+down)\b[^.;:]{0,40}?\b(?:below|under)|"
                    r"(?:lower|reduc|decreas|cut)(?:es|e|ed|ing|s)?\b" + _AGAINST + r")\b", re.I)
# a verb of size says which number is larger whatever the measure ("raises the error")
_NUMERIC_ORDER = re.compile(r"\b(?:higher|lower|above|below)\b|\b(?:rais|increas|lift|boost|lower|reduc|decreas|cut)\w*\b"
                            + _AGAINST, re.I)
# Words that judge a difference as a gain or a loss rather than say which number is larger:
# on a measure where less is better (an error rate, a loss) "better by 0.2" is 0.2 lower.
_QUALITY_WORD = re.compile(r"\b(?:better|worse|beat(?:s|ing)?|outperform\w*|outscor\w*|underperform\w*|improv\w*|"
                           r"trail\w*|behind|ahead|edg(?:e|es|ed|ing)\s+(?:out|past)|surpass\w*|hurt\w*|"
                           r"degrad\w*|worsen\w*)", re.I)
_SIZE_WORD = re.compile(r"\b(?:higher|lower|above|below|rais\w*|increas\w*|decreas\w*|reduc\w*|cut\w*|"
                        r"drop\w*|fall\w*|fell|ris(?:e|es|ing)|rose|lift\w*|grow\w*|grew|shrink\w*)\b", re.I)


def _judged_by_quality(claim_text: str, q: Quantity, headers: str) -> bool:
    """Whether the claim's difference is told by a word of quality ("better", "improves",
    "trails") on a measure where less is better, so that its sign is the opposite of the
    cells' difference. A word of size nearer the number ("lowers WER by 0.2", "0.2 lower")
    says the cells' own order."""
    if not q.direction:
        return False
    metric = claim_text[max(0, q.start - 60) : q.end + 30] + " " + headers
    if not _LOWER_IS_BETTER.search(metric):
        return False
    before = claim_text[max(0, q.start - 90) : q.start]
    after = claim_text[q.end : q.end + 30]
    near: list[tuple[int, bool]] = []  # (distance to the number, a word of quality)
    for pattern, quality in ((_QUALITY_WORD, True), (_SIZE_WORD, False)):
        near += [(len(before) - m.end(), quality) for m in pattern.finditer(before)]
        near += [(m.start(), quality) for m in pattern.finditer(after)]
    return bool(near) and min(near)[1]
_ORDER_BREAK = re.compile(r"[;:]|\.\s|\b(?:not|never|no|n't|fails?\s+to|but|while|whereas|although|unless)\b", re.I)


def _name_end(hit: tuple[str, float, int], toks: list[str]) -> int:
    """The index of the last claim token of a header named at ``hit``: "LLaMA-65B" is one
    token of the claim for the two of "LLaMA 65B", "PaLM 540B (Standard)" may be named by
    its first two."""
    pieces = {x for w in _tokens(_bare(hit[0])) for x in re.split(r"[-+.]", w)} | set(_tokens(_bare(hit[0])))
    end = hit[2]
    while end + 1 < len(toks) and (toks[end + 1] in pieces or all(x in pieces for x in re.split(r"[-+.]", toks[end + 1]))):
        end += 1
    return min(end, len(toks) - 1)


def _order_of(t: Table, rows: list[tuple[str, float, int]], cols: list[tuple[str, float, int]], toks: list[str],
              claim_text: str, sole: bool) -> tuple[float, TableDecision] | None:
    """"In Table 1, A trails B": a comparison without a number between two named rows (or
    columns) in the one named column (row), or the table's only column: agreeing when the
    cells order them the claim's way (the caller leaves a right order to the words), else
    contradicting."""
    spans_ = [(m.start(), m.end()) for m in re.finditer(r"[a-z0-9]+(?:[-+.][a-z0-9]+)*", claim_text.lower())]
    for axis, named, others in (("row", rows, cols), ("column", cols, rows)):
        paired = _same_part_pair(t, named, claim_text) if len(named) >= 2 else named
        if paired is named and len(named) >= 2:
            paired = _sibling_pair(named, toks, claim_text)
        if paired is not named:
            # "A improves ROUGE-1 over B": the two split columns of one part are the pair
            named = paired[:2]
        # (a second name matched less well is a pair only with no word shared with the first:
        # "Fine-tune" beside "Prefix (0.1%)", never "BERT" beside "BERT-large")
        weaker = len(named) >= 2 and named[1][1] < named[0][1] \
            and bool(set(re.findall(r"[a-z]+", named[0][0].lower())) & set(re.findall(r"[a-z]+", named[1][0].lower())))
        if paired is named and named and (len(named) == 1 or weaker):
            # one side named far better than the other: each side of the verb names its own
            # (never a header whose words the claim spends on a name of the other axis)
            sided = _named_on_each_side(t.rows if axis == "row" else t.columns, named[0], claim_text)
            sided = _without_contracted(sided, others, toks) if sided else []
            if len(sided) == 2:
                paired = named = sided
                weaker = False
        if axis == "row" and not others and len(named) >= 2 and not sole:
            # "A outperforms B" naming no column: the order every column of scores agrees on
            others = _one_order_columns(t, named[0][0], named[1][0])
        if len(named) < 2 or len(others) < 1 or not _unique_top(others) or (paired is named and (
                weaker or (len(named) > 2 and named[2][1] == named[1][1]))):
            continue
        first, second = sorted(named[:2], key=lambda h: h[2])
        if first[2] == second[2]:
            # "the single forward LSTM outscores the single reversed LSTM": both names begin
            # alike, each is placed where the claim says the word that tells it apart
            first, second = sorted(((h, s_, _distinct_position((h, s_, p_), [first, second], toks, claim_text))
                                    for h, s_, p_ in (first, second)), key=lambda h: h[2])
        if first[2] == second[2] or not (0 <= first[2] < len(spans_) and second[2] < len(spans_)):
            continue
        if any(first[2] < h[2] < second[2] and h[0] not in (first[0], second[0]) for h in named):
            continue  # "A is below C, and B ...": the header named between them is A's other side
        # the words between the end of the first name and the start of the second
        first_end = spans_[_name_end(first, toks)][1]
        between = claim_text[first_end : spans_[second[2]][0]]
        if len(between) > 60 or _ORDER_BREAK.search(between):
            continue
        above, below = _ABOVE.search(between), _BELOW.search(between)
        if bool(above) == bool(below):
            continue
        other = others[0][0]
        if any(_names_header(x, other) for x in _excluded(claim_text)):
            continue  # "on all corpora except letters": the row named is the one left out
        key_a = (first[0], other) if axis == "row" else (other, first[0])
        key_b = (second[0], other) if axis == "row" else (other, second[0])
        a, b = t.cells.get(key_a), t.cells.get(key_b)
        if a is None or b is None or a.value.unit != b.value.unit or a.value.value == b.value.value:
            continue
        says_above = bool(above)
        word = (above or below).group(0)  # type: ignore[union-attr]
        higher = a.value.value > b.value.value
        # (the measure may be named in the comparison itself, or after it: "one WER point
        # better than", "beats B (11.0 vs 14.2 WER)")
        better = higher != bool(_LOWER_IS_BETTER.search(other + " " + t.label + " " + claim_text[first_end:]))
        ok = says_above == (higher if _NUMERIC_ORDER.search(word) else better)
        where_ = "column" if axis == "row" else "row"
        how = (f"computed from {t.label}: in {where_} {other}, {first[0]} {a.passage.text} is "
               f"{'above' if higher else 'below'} {second[0]} {b.passage.text}")
        said = f"{first[0]} {word} {second[0]}"
        score = first[1] + second[1] + (0 if sole else others[0][1]) + 1
        # a right order is returned too, for the caller to weigh against other tables' orders
        return score, TableDecision(ok, a.passage, said, f"{a.passage.text} vs {b.passage.text}", how, how, order=True)
    return None


def _named_on_each_side(headers: list[str], hit: tuple[str, float, int],
                        claim_text: str) -> list[tuple[str, float, int]] | None:
    """"A surpasses the best B result": the one header named best before the claim's one
    verb of order and the one named best after it, when ``hit`` is one of them — a pair
    though one name matches the claim far better than the other does (by the rows' own words,
    a long header beats a short one that the claim names whole)."""
    verbs = [*_ABOVE.finditer(claim_text), *_BELOW.finditer(claim_text)]
    if len(verbs) != 1:
        return None
    m = verbs[0]
    before, after = claim_text[: m.start()], claim_text[m.end() :]
    subject = _named(headers, _tokens(before), before)
    obj = _named([h for h in headers if not subject or h != subject[0][0]], _tokens(after), after)
    if not subject or not obj or not _unique_top(subject) or not _unique_top(obj):
        return None
    offset = len(_tokens(claim_text[: m.end()]))
    pair = [subject[0], (obj[0][0], obj[0][1], obj[0][2] + offset)]
    return pair if hit[0] in (pair[0][0], pair[1][0]) else None


def _one_order_columns(t: Table, a: str, b: str) -> list[tuple[str, float, int]]:
    """The first column of two rows' scores, as the one column to order them by, when every
    column orders them alike (A above B in ROUGE-1, ROUGE-2 and ROUGE-L); none otherwise."""
    pairs = [(c, t.cells[(a, c)], t.cells[(b, c)]) for c in t.columns if (a, c) in t.cells and (b, c) in t.cells
             and not _AGGREGATE_HEADER.match(c.split(" / ")[0].strip())]
    pairs = [(c, x, y) for c, x, y in pairs if x.value.unit == y.value.unit and x.value.value != y.value.value]
    if len(pairs) < 2 or len({bool(_LOWER_IS_BETTER.search(c)) for c, _, _ in pairs}) > 1:
        return []
    if len({x.value.value > y.value.value for _, x, y in pairs}) != 1:
        return []
    return [(pairs[0][0], 0, -1)]


_EVERY_MEMBER = re.compile(r"\b(?:every|each|all(?:\s+(?:of\s+)?the)?)\s+([A-Za-z][\w\-]*)", re.I)


def _every_order(t: Table, rows: list[tuple[str, float, int]], cols: list[tuple[str, float, int]],
                 claim_text: str) -> tuple[float, TableDecision] | None:
    """"Every LLaMA model beats Gopher on SIQA": each row whose header has the word after
    "every" against the one other named row, in the one named column; contradicted when
    one of them is ordered the other way (a right order is left to the words)."""
    m = _EVERY_MEMBER.search(claim_text)
    if m is None or not cols or not _unique_top(cols):
        return None
    word = m.group(1).lower()
    group = [r for r in t.rows if word in _tokens(r) or singular(word) in _tokens(r)]
    if not 2 <= len(group) < len(t.rows):
        return None
    spans_ = [x.start() for x in re.finditer(r"[a-z0-9]+(?:[-+.][a-z0-9]+)*", claim_text.lower())]
    others = [h for h in rows if h[0] not in group and 0 <= h[2] < len(spans_) and spans_[h[2]] > m.end()]
    if len(others) != 1:
        return None
    other, column = others[0][0], cols[0][0]
    between = claim_text[m.end() : spans_[others[0][2]]]
    above, below = _ABOVE.search(between), _BELOW.search(between)
    if bool(above) == bool(below) or len(between) > 60 or _ORDER_BREAK.search(between):
        return None
    b = t.cells.get((other, column))
    line = [(r, t.cells[(r, column)]) for r in group if (r, column) in t.cells]
    if b is None or len(line) < 2:
        return None
    lower_better = bool(_LOWER_IS_BETTER.search(column + " " + t.label))
    word_ = (above or below).group(0)  # type: ignore[union-attr]
    numeric = bool(_NUMERIC_ORDER.search(word_))
    wrong = [(r, c) for r, c in line
             if c.value.value == b.value.value
             or bool(above) != ((c.value.value > b.value.value) if numeric else ((c.value.value > b.value.value) != lower_better))]
    if not wrong:
        return None
    how = (f"computed from {t.label}: in column {column}, " + ", ".join(f"{r} {c.passage.text}" for r, c in wrong)
           + f" {'not above' if above else 'not below'} {other} {b.passage.text}")
    return cols[0][1] + others[0][1] + 1, TableDecision(False, wrong[0][1].passage, f"every {m.group(1)} {word_} {other}",
                                                       f"{wrong[0][1].passage.text} vs {b.passage.text}", how, how)


_EXCEPT = re.compile(r"\b(?:except|but|other than|apart from|excluding|besides|save)\b", re.I)
_OVER_ROWS = re.compile(r"\b(?:on|in|for|across)\s+(most|all|every|each)\b", re.I)


def _order_over_rows(t: Table, rows: list[tuple[str, float, int]], cols: list[tuple[str, float, int]],
                     claim_text: str) -> tuple[float, TableDecision] | None:
    """"A has a higher ROUGE-1 than B on most of the datasets": two named columns (parts of
    split ones) ordered row by row, with no row named; contradicted when the rows that
    order them the claim's way are not "all" (or not more than half, for "most")."""
    q_ = _OVER_ROWS.search(claim_text)
    if q_ is None or rows or len(cols) < 2 or _EXCEPT.search(claim_text):
        return None  # ("on every language except German" leaves rows out: not counted here)
    pair = _same_part_pair(t, cols, claim_text)
    if pair is cols and cols[1][1] < cols[0][1]:
        return None  # not two columns named alike
    first, second = sorted(pair[:2], key=lambda h: h[2])
    spans_ = [(m.start(), m.end()) for m in re.finditer(r"[a-z0-9]+(?:[-+.][a-z0-9]+)*", claim_text.lower())]
    if first[2] == second[2] or not (0 <= first[2] < len(spans_) and second[2] < len(spans_)):
        return None
    between = claim_text[spans_[first[2]][1] : spans_[second[2]][0]]
    above, below = _ABOVE.search(between), _BELOW.search(between)
    if bool(above) == bool(below) or len(between) > 60 or _ORDER_BREAK.search(between):
        return None
    word = (above or below).group(0)  # type: ignore[union-attr]
    lower_better = bool(_LOWER_IS_BETTER.search(first[0] + " " + t.label)) and not _NUMERIC_ORDER.search(word)
    pairs = [(r, t.cells[(r, first[0])], t.cells[(r, second[0])]) for r in t.rows
             if (r, first[0]) in t.cells and (r, second[0]) in t.cells and not _AGGREGATE_HEADER.match(r.strip())]
    if len(pairs) < 3:
        return None
    held = [r for r, a, b in pairs if a.value.value != b.value.value
            and bool(above) == ((a.value.value > b.value.value) != lower_better)]
    needs_all = q_.group(1).lower() != "most"
    ok = len(held) == len(pairs) if needs_all else len(held) > len(pairs) / 2
    if ok:
        return None  # a right count is left to the words
    how = (f"computed from {t.label}: {first[0]} {word} {second[0]} in {len(held)} of the {len(pairs)} rows"
           + (f" ({', '.join(held)})" if held else ""))
    return first[1] + second[1] + 1, TableDecision(False, pairs[0][1].passage, f"{first[0]} {word} {second[0]} on {q_.group(1)}",
                                                   f"{len(held)} of {len(pairs)}", how, how)


def _restated_cells(t: Table, rows: list[tuple[str, float, int]], cols: list[tuple[str, float, int]],
                    claim_qs: list[Quantity]) -> list[Quantity]:
    """The claim's numbers that are the cell of a named row in the one named column (or of a
    named column in the one named row): levels restated beside the names they belong to."""
    cells = []
    if len(rows) >= 2 and cols and _unique_top(cols):
        cells = [t.cells.get((r, cols[0][0])) for r, _, _ in rows]
    elif len(cols) >= 2 and rows and _unique_top(rows):
        cells = [t.cells.get((rows[0][0], c)) for c, _, _ in cols]
    return [q for q in claim_qs if not q.direction and any(c is not None and _agree(q, c.value) for c in cells)]


def is_difference(claim_text: str, q: Quantity) -> bool:
    """"by 0.8", "0.8 points higher", "raises … by", "the gap between A and B is 0.8": a
    number that states a difference rather than a level ("reaches 89.4")."""
    before = claim_text[: q.start]
    # a relative figure is a change by its nature ("a quarter in relative terms")
    if bool(q.direction) or is_relative(claim_text, q) or bool(re.search(r"\bby\s*$", before)) or bool(
            _DIFFERENCE_AFTER.match(claim_text[q.end :])) or bool(_DIFFERENCE_NOUN.search(before)):
        return True
    # "by 15.7% for Swahili, 11.4% for Urdu and 9.8% for Hindi": a list shares its first
    # number's "by"
    earlier = [e for e in extract_quantities(claim_text) if e.end <= q.start]
    return bool(earlier) and bool(_LIST_LINK.match(claim_text[earlier[-1].end : q.start])) \
        and is_difference(claim_text, earlier[-1])


_LIST_LINK = re.compile(r"\s*(?:%|points?|pts|pp)?\s*(?:(?:for|on|in)\s+[\w\-.]+(?:\s+[\w\-.]+){0,2}\s*)?(?:,\s*(?:and|or)?|and|or)\s*$",
                        re.I)


def judge_tables(claim_text: str, version: SourceVersion) -> TableDecision | None:
    """The table cell (or a number computed from cells) that decides the claim's number, if
    the claim names a row and a column of a table; None when no table decides it."""
    decisions = table_decisions(claim_text, version)
    return decisions[0] if decisions else None


# "from A to B" before a factor: the change runs from the first named to the second
_FROM_TO = re.compile(r"\bfrom\s+\S.*?\bto\s+\S", re.I)


def _ratios(t: Table, claim_text: str, spans: list[tuple[int, int]], named: list[tuple[str, float, int]],
            key: Callable[[str], tuple[str, str]], measure: str, line: str) -> list[tuple[float, TableDecision]]:
    """The claim's factors ("three times as many", "a quarter of B's") against the ratio of
    the cells of two named rows (columns) in one ``measure``: the first named over the second."""
    out = []
    for q in extract_quantities(claim_text):
        f = factor_of(claim_text, q)
        if f is None or not outside(q, spans):
            continue
        of = _COMPARED_NOUN.match(claim_text, q.end)
        if of and not header_score(measure, of.group(1)):
            continue  # "40% less GPU memory than B" is no ratio of B's parameter counts
        first, second = sorted(named, key=lambda h: h[2])  # "A ... as many as B": A over B
        if _FROM_TO.search(claim_text[: q.start]):
            first, second = second, first  # "from A to B, it grows eightfold": B over A
        a_, b_ = t.cells.get(key(first[0])), t.cells.get(key(second[0]))
        if a_ is None or b_ is None or not a_.value.value or not b_.value.value:
            continue
        ratio = a_.value.value / b_.value.value
        if q.unit == "x" and weaker_side(f[1]):
            ratio = 1 / ratio  # "three times fewer"
        # a factor in words is said loosely ("three times" for 3.2); digits to their last place
        loose = q.approx or ("about" if q.text[:1].isalpha() else None)
        claimed = Quantity(f[0], q.text if q.unit == "x" or q.text[:1].isalpha() else _fmt(f[0]), "x", 0, 0, approx=loose)
        ok = quantities_agree(claimed, Quantity(ratio, f"{ratio:.2f}", "x", 0, 0))
        how = (f"computed from {t.label}: {first[0]} / {second[0]} in {line} {measure} = "
               f"{a_.passage.text} / {b_.passage.text} = {ratio:.2f}×")
        out.append((first[1] + second[1] + 1, TableDecision(ok, a_.passage, q.text, f"{ratio:.2f}×", how, how)))
    return out


def table_decisions(claim_text: str, version: SourceVersion) -> list[TableDecision]:
    """Per number of the claim (or per named row, for "best"), the cell or computed number
    that decides it, most specific first."""
    tables = tables_of(version)
    # a claim that names its table ("among the models of Table 1") is about that one only
    said = {f"Table {m.group(1)}" for m in re.finditer(r"\bTable\s+(\d+)\b", claim_text)}
    if said & {t.label for t in tables}:
        tables = [t for t in tables if t.label in said]
    if not tables:
        return []
    spans = name_spans(claim_text, version)
    claim_qs = [q for q in extract_quantities(claim_text) if q.unit != "x" and outside(q, spans)]
    toks = _tokens(claim_text)
    claim_words = _content(claim_text)
    claim_names = frozenset(w.lower() for w in re.findall(r"\b[A-Za-z]+[A-Z][A-Za-z]*\b", claim_text)) & claim_words
    best: dict[str, tuple[float, TableDecision]] = {}  # per claim number (or named row)

    def offer(score: float, d: TableDecision) -> None:
        # An agreeing cell beats a conflicting one of equal specificity: the claim's number
        # is somewhere in the named row and column, so it is not contradicted.
        key = score * 2 + int(d.agrees)
        if d.claim_number not in best or key > best[d.claim_number][0]:
            best[d.claim_number] = (key, d)

    # the order of two names in the table that names them best: a right order there is left
    # to the words, and no less specific table's other order contradicts it
    order: tuple[float, TableDecision] | None = None
    for t in tables:
        rows = _named(t.rows, toks, claim_text) or _labelled_rows(t, claim_text) \
            or _counted_rows(t, claim_text, caption_words(version, t.label))
        cols = _named(t.columns, toks, claim_text)
        # one claim word names a row or a column, not both ("trained on conversation data,
        # scores 73.8 overall": the row Conversation, not the column Conversation too)
        cols = [c for c in cols if not any(c[0] == r[0] and c[2] == r[2] for r in rows)]
        # "ImageNet-21k" names the column "I21k" it contracts, not the row "ImageNet" it begins with
        rows, cols = _without_contracted(rows, cols, toks), _without_contracted(cols, rows, toks)
        rows = _set_by_setting(t, rows, claim_qs, claim_text)
        rows = _without_added(rows, claim_text)
        if not cols and rows:
            cols = _overall_column(t, toks)
        implied = bool(rows and not cols)
        if implied:
            cols = _unit_columns(t, claim_qs, claim_text)
        # a table of one column of values: a named row's number (or order) is that column's
        sole = implied and not cols and len(t.columns) == 1
        value_cols = [(t.columns[0], 1, len(toks))] if sole else cols
        if not rows and not cols:
            continue
        # The claim's words in the caption tell two tables with the same headers apart
        # ("over random seeds" for the table of seed variance).
        shared = caption_words(version, t.label) & claim_words
        # a name the claim and the caption share ("NaturalQuestions") tells more than a common
        # word ("zero-shot") another table's caption shares
        told = min(3, len(shared) + len(shared & claim_names)) if claim_words else 0

        def offer_here(score: float, d: TableDecision) -> None:
            offer(score + told, d)

        # a word of a header the claim names is no instruction to compute: "the four-task
        # average" names a column, "the prior best" a row
        in_header = _header_tokens(rows + cols, toks)
        # "LLaVA's average accuracy" with an "Average" column: the word, an adjective before
        # its noun, names the column ("the two rows average 85.4" still asks for a mean)
        in_header |= {h[2] for h in cols if _AGGREGATE_HEADER.match(h[0].split(" / ")[0].strip())
                      and h[2] + 1 < len(toks) and toks[h[2] + 1].isalpha() and toks[h[2] + 1] not in _FUNCTION}
        in_header |= _restated_aggregate(rows + cols, toks)
        averaged = any(_AVERAGE.fullmatch(w) and i not in in_header for i, w in enumerate(toks))
        # "the three ensembles average 40.95 on C": the rows a plural of the claim names by a
        # word of their headers, their mean in the named column and their count
        # ("the two sets' WER averages 26.6": the verb names no "Average" row)
        by_verb = [r for r in rows if _AGGREGATE_HEADER.match(r[0].strip()) and _AVERAGE.fullmatch(toks[r[2]])]
        if (averaged or by_verb) and len(by_verb) == len(rows) and cols and _unique_top(cols):
            for group_word, group in _row_groups(t, toks):
                line = [t.cells[(r, cols[0][0])] for r in group if (r, cols[0][0]) in t.cells]
                if len(line) < 2:
                    continue
                rows = []  # the mean over the group is the claim's, not the table's own average
                m = mean(c_.value.value for c_ in line)
                how = (f"computed from {t.label}: mean of column {cols[0][0]} over the {len(line)} rows named "
                       f"'{group_word}' ({', '.join(group)}) = {_fmt(m)}")
                for q in claim_qs:
                    # (counted by the plural of the word they share, or by one after it: "two AMI sets")
                    if q.noun and (singular(q.noun.split()[-1]) == group_word
                                   or _tokens(claim_text[q.end :])[:1] == [group_word]):
                        offer_here(cols[0][1] + 2, TableDecision(q.value == len(line), line[0].passage, q.text, str(len(line)), how, how))
                    elif q.noun is None and (rounded_agree(q, m) or _comparable(q, _computed_quantity(m))):
                        offer_here(cols[0][1] + 2, TableDecision(rounded_agree(q, m), line[0].passage, q.text, _fmt(m), how, how))
        # "53.8/29.8/45.9 ROUGE-1/2/L": a claim's slash list of values is the parts of one
        # split cell of a named row, in order
        for run in _slash_runs(claim_text, claim_qs):
            for r, rs, _ in rows[:1] if rows and _unique_top(rows) else []:
                for whole in dict.fromkeys(t.split.values()):
                    parts = [c for c in t.columns if t.split.get(c) == whole and (r, c) in t.cells]
                    if len(parts) != len(run) or not header_score(whole.split(" / ")[0], claim_text):
                        continue
                    for q, c in zip(run, parts):
                        cell = t.cells[(r, c)]
                        how = f"{t.label}, row {r}, column {c}: {cell.passage.text} (part {parts.index(c) + 1} of {len(parts)})"
                        offer_here(rs + 2 + len(run), TableDecision(_agree(q, cell.value), cell.passage, q.text, cell.passage.text, None, how))
        for k, q in enumerate(claim_qs):
            # 0. "the eight GLUE tasks of Table 1": a count the table's shape states
            labelled = bool(re.search(re.escape(t.label) + r"\b", claim_text))
            # ("on all five benchmarks, up to 8 ROUGE-1 points" counts no table that never
            # says ROUGE: a name of the claim the table lacks makes its shape another count)
            if q.noun and q.value == int(q.value) and (rows or labelled) and not _names_outside(t, claim_names, version):
                # a claim about a named row counts what the row is measured on ("X beats Y on
                # all four benchmarks"), never the rows it is one of: a PDF's table may have
                # lost a row, and "five problems, including R" is checked by the prose
                for axis, headers in (("columns", t.columns), ("rows", t.rows if labelled else [])):
                    plain = [h for h in headers if not _AGGREGATE_HEADER.match(h.split(" / ")[0].strip())]
                    # a column split into the parts its cells hold is one column of the page
                    plain = list(dict.fromkeys(t.split.get(h, h) for h in plain))
                    if len(plain) == int(q.value) and len(plain) > 2:
                        cell = next(iter(t.cells.values()))
                        how = f"computed from {t.label}: {len(plain)} {axis} ({', '.join(plain)})"
                        offer_here(1, TableDecision(True, cell.passage, q.text, str(len(plain)), how, how))
            # 1. the named cell — under the column named in this number's own phrase when
            # the claim names a column per number ("93.9 on QNLI and 92.3 on MNLI")
            # a number that says what it measures ("14 hours", "1,200 training instances")
            # is not the value of a column another number's phrase names
            # a column found by its unit holds that unit's number only
            qcols = [] if implied and not sole and q.unit != "hours" else [] if sole and not _fits_sole(t, q) else _own_columns(claim_text, claim_qs, k, value_cols,
                                 (lambda h, other: any(_comparable(other, c_.value) for _, c_ in t.column(h)))
                                 if q.noun or q.unit or measured(claim_text, q) else None)
            # "1,975 pairs for Chinese, against 2,000 for English": each number its own row
            qrows = _own_columns(claim_text, claim_qs, k, rows)
            # "2.11B tokens": the one named column whose header is the noun the number counts
            counted = [c for c in qcols if _counts_header(q, c[0])]
            if len(counted) == 1 and len(qcols) > 1:
                qcols = counted
            # "62.8 hours": the one named column whose header gives that unit ("Time (hours)")
            in_unit = [c for c in qcols if q.unit and q.unit.isalpha() and len(q.unit) > 2
                       and re.search(r"\b" + re.escape(singular(q.unit.lower())), c[0], re.I)]
            if len(in_unit) == 1 and len(qcols) > 1 and not counted:
                qcols = in_unit
            if implied and not qcols and rows:
                # "Chinchilla was trained on 1.4 billion tokens": a named row, and the one
                # column whose header is the noun the number counts ("Training Tokens")
                own = [h for h in t.columns if _counts_header(q, h)]
                if len(own) == 1:
                    qcols = counted = [(own[0], 1, len(toks))]
            # "takes 11GB": the one column whose cells are written in the claim number's unit
            written = unit_word(claim_text, q)
            by_unit = [c for c in t.columns if written and t.column(c)
                       and all(unit_word(cell.passage.text, cell.value) == written for _, cell in t.column(c))]
            if written and len(by_unit) == 1 and not counted:
                qcols = [(by_unit[0], 1, len(toks))]
            elif not counted and _SCALED.fullmatch(q.text) \
                    and any(re.match(r"[\s\-]*" + re.escape(r), claim_text[q.end :], re.I) for r, _, _ in qrows[:1]):
                # "the 175B GPT-3": a size written before the row's name is the row's one
                # column of sizes ("# Params 175B")
                sizes = [c for c in t.columns if t.column(c)
                         and all(_SCALED.fullmatch(cell.passage.text.strip()) for _, cell in t.column(c))]
                if len(sizes) == 1:
                    qcols = [(sizes[0], 1, len(toks))]
            if is_difference(claim_text, q):
                qcols = _change_columns(t, qcols, q) or qcols
            else:
                # a level ("improves accuracy to 80.1") is never read from a column of changes
                qcols = [c for c in qcols if not is_change_column(c[0])]
            for r, rs, _ in qrows[:3]:
                for c, cs, _ in qcols[:3]:
                    hit = t.cells.get((r, c))
                    if hit is None:
                        continue
                    cell = hit
                    # Agreement counts in the cells the claim names best only: "74.1 on
                    # English" is not supported by the Spanish column.
                    change = is_change_column(c)
                    # a change's sign is its direction: "falls 0.7 below" is not an increase of 0.7
                    value = _computed_quantity(cell.value.value) if change and cell.value.unit is None else cell.value
                    ok = _agree(q, value) and rs == qrows[0][1] and cs == qcols[0][1]
                    # A conflict needs one cell the claim singles out: one best row, one best column.
                    single = rs == qrows[0][1] and cs == qcols[0][1] and _unique_top(qrows) and _unique_top(qcols)
                    # a difference is decided by a column of differences, never by a level
                    # ("the average accuracy is 75.1" is read from a column of averages the table has)
                    # (a column of averages, "Avg. STS", holds what a claim that averages states)
                    if ok or (_comparable(q, cell.value) and single and not _count_among_scores(q, t, c)
                              # (a column headed as one of shares, "Yes %", states shares)
                              and not (_share_of(claim_text, q) and not re.search(r"%|\bpercent", c, re.I))
                              and (not averaged or _AGGREGATE_HEADER.match(c.split(" / ")[0].strip()) or _AGGREGATE_WORD.match(c))
                              and (is_difference(claim_text, q) == change or _spelt_change(c, claim_text))):
                        stated = cell.passage.text
                        if change and value.direction:
                            stated += " (an increase)" if value.direction > 0 else " (a decrease)"
                        offer_here(rs + cs + 2, TableDecision(ok, cell.passage, q.text, stated, None,
                                                         f"{t.label}, row {r}, column {c}: {stated}"))
            # 1b. a named row and no named column, in a table of at most two value columns:
            # a cell of the row that agrees ("RTE large obtains 86.6" under "Results")
            if rows and not cols and len(rows) == 1 and len(t.columns) <= 2:
                r, rs, _ = rows[0]
                for c, cell in t.row(r):
                    if _agree(q, cell.value):
                        offer_here(rs + 2, TableDecision(True, cell.passage, q.text, cell.passage.text, None,
                                                         f"{t.label}, row {r}, column {c}: {cell.passage.text}"))
            # 1c. "each language has 49,410 training pairs": every row of the one named column,
            # when the claim names no row — agreed when every cell agrees, contradicted when
            # every cell holds one other value or some cells hold the claim's and others not
            # (cells that all differ from it, and from each other, leave it open)
            if _EACH.search(claim_text) and not rows and cols and _unique_top(cols) and not averaged \
                    and not is_difference(claim_text, q) and not _SUM.search(claim_text):
                c_named = cols[0][0]
                line = [(k, c_) for k, c_ in t.column(c_named) if not _AGGREGATE_HEADER.match(k.split(" / ")[0].strip())]
                if len(line) >= 2 and all(_comparable(q, c_.value) for _, c_ in line):
                    agreeing = [k for k, c_ in line if _agree(q, c_.value)]
                    values = {c_.value.value for _, c_ in line}
                    if len(agreeing) == len(line) or (not agreeing and len(values) == 1):
                        how = (f"computed from {t.label}: every row of column {c_named} holds "
                               f"{line[0][1].passage.text} ({', '.join(k for k, _ in line)})")
                        offer_here(cols[0][1] + 1, TableDecision(bool(agreeing), line[0][1].passage, q.text,
                                                                 line[0][1].passage.text, how, how))
                    elif agreeing:
                        odd = [(k, c_) for k, c_ in line if k not in agreeing]
                        how = (f"computed from {t.label}: column {c_named} holds {q.text} only in "
                               f"{', '.join(agreeing)}; " + ", ".join(f"{k} {c_.passage.text}" for k, c_ in odd))
                        offer_here(cols[0][1] + 1, TableDecision(False, odd[0][1].passage, q.text, odd[0][1].passage.text,
                                                                 how, how))
            # 2. a difference between two named columns in a named row, or two named rows in a named column
            # a count may be a difference too when words give it a direction ("35 pairs smaller")
            # (a number that is a word of a named row's header names the row: "beam size 12")
            if is_difference(claim_text, q) and (q.noun is None or q.direction) \
                    and not any(spelt_in_header(q.text, r) for r, _, _ in rows):
                for axis, named, others in (("row", rows, value_cols), ("column", cols, rows)):
                    if axis == "row" and len(named) == 1 and others and (base := _baseline_row(t, named[0][0])):
                        # "adapters improve the average by 3.5": over the table's baseline row
                        named = [named[0], (base, 1, len(toks))]
                    elif axis == "row" and len(named) == 1 and others and (variant := _modified_row(t, named[0][0], toks)):
                        # "R2 pretraining lifts Foo by 1.2": the row Foo-R2 over Foo, in that order
                        # (Foo over Foo-R2 for "lifts Foo by 1.2 over R2")
                        changed, base = (named[0][0], variant[0]) if variant[1] else (variant[0], named[0][0])
                        named = [(changed, named[0][1], -1), (base, named[0][1], len(toks))]
                    if len(named) < 2 or not others:
                        continue
                    named = _same_part_pair(t, named, claim_text)
                    if named[1][1] < named[0][1] and _named_by_shared_only(named[1][0], named[0][0], toks, claim_text):
                        # the second is named only by the level all share ("F1" of "F1 / en"):
                        # the claim names one column, not two to subtract
                        continue
                    if axis == "column" and any(is_change_column(h) for h, _, _ in named[:2]):
                        continue  # a column of changes is no level to subtract
                    first, second = [(h, s_, _distinct_position((h, s_, p_), named[:2], toks, claim_text))
                                     for h, s_, p_ in named[:2]]
                    first, second = sorted((first, second), key=lambda h: h[2])
                    if {first[0], second[0]} <= t.variants and not (_variant_named(first[0], claim_text)
                                                                    or _variant_named(second[0], claim_text)):
                        continue  # two variants of one name, neither of them named: no difference the claim states
                    if re.search(r"\bfrom\b", " ".join(toks[: first[2] + 1])) and "to" in toks[first[2] : second[2] + 1]:
                        first, second = second, first  # "going from A to B" changes by B − A
                    elif first[2] > 0 and _after_baseline_word(toks, first[2]):
                        first, second = second, first  # "relative to A, B shows ..." is B − A
                    for o, os_, _ in others[:2]:
                        key_a = (first[0], o) if axis == "row" else (o, first[0])
                        key_b = (second[0], o) if axis == "row" else (o, second[0])
                        a, b = t.cells.get(key_a), t.cells.get(key_b)
                        if a is None or b is None:
                            continue
                        diff = a.value.value - b.value.value
                        flipped = _judged_by_quality(claim_text, q, f"{first[0]} {second[0]} {o} {t.label}")
                        if flipped:
                            diff = -diff  # "0.2 WER better": the error is 0.2 lower, a gain of 0.2
                        ok = rounded_agree(q, diff)
                        if not ok and not _comparable(q, _computed_quantity(diff)):
                            continue
                        how = (f"computed from {t.label}: {first[0]} − {second[0]} in {('column' if axis == 'row' else 'row')} {o}"
                               f" = {a.passage.text} − {b.passage.text} = {_fmt(-diff if flipped else diff)}"
                               + (f", a gain of {_fmt(diff)} where less is better" if flipped else ""))
                        if not ok and q.direction and diff and (diff > 0) != (q.direction > 0):
                            # "0.64 points below" against +0.64: the size agrees, the sign does not
                            how += f" ({'above' if diff > 0 else 'below'}, not {'above' if q.direction > 0 else 'below'} as the claim says)"
                        offer_here(first[1] + second[1] + os_ + 1, TableDecision(ok, a.passage, q.text, _fmt(diff), how, how))
            # 2b. "Together, A, B and C provide N": the sum of the named rows (columns)
            if (_SUM.search(claim_text) or _across_all(claim_text, claim_qs, q, averaged)
                    or (_SUM_VERB.search(claim_text) and len(rows) != 1)) and not is_difference(claim_text, q):
                for axis, named, others in (("column", cols, rows), ("row", rows, cols)):
                    if len(named) < 1:
                        continue
                    h = named[0][0]
                    over = [k for k, _, _ in others]
                    if not others and axis == "column":
                        # "together the five models hold N": every row of the column, when
                        # the claim counts as many rows as there are (or counts none)
                        over = [k for k, _ in t.column(h) if not _AGGREGATE_HEADER.match(k.split(" / ")[0].strip())]
                        counts = [c_.value for c_ in claim_qs if c_ is not q and c_.noun and c_.value == int(c_.value)]
                        if counts and len(over) not in counts:
                            continue
                    if len(over) < 2:
                        continue
                    found = [(k, t.cells.get((k, h) if axis == "column" else (h, k))) for k in over]
                    cells_ = [(k, c_) for k, c_ in found if c_ is not None]
                    if len(cells_) != len(found):
                        continue
                    total = sum(c_.value.value for _, c_ in cells_)
                    ok = rounded_agree(q, total)
                    if ok or _comparable(q, _computed_quantity(total)):
                        how = (f"computed from {t.label}: sum of {axis} {h} over {', '.join(k for k, _ in cells_)} = "
                               f"{' + '.join(c_.passage.text for _, c_ in cells_)} = {_readable(total)}"
                               if total == int(total) else f"computed from {t.label}: sum of {axis} {h} = {_fmt(total)}")
                        offer_here(named[0][1] + sum(o[1] for o in others) + (3 if others else 1),
                                   TableDecision(ok, cells_[0][1].passage, q.text, _readable(total), how, how))
                        if not others:
                            _offer_count(claim_qs, q, over, cells_[0][1].passage, t.label, offer_here, "summed")
            # 3. a mean over a named row (or column) when the claim averages; with two named
            # columns (rows) and no row (column), the mean of their difference
            if averaged and is_difference(claim_text, q) and q.noun is None:
                for axis, named, others in (("column", cols, rows), ("row", rows, cols)):
                    if len(named) < 2 or others:
                        continue
                    first, second = sorted(named[:2], key=lambda h: h[2])
                    pairs_ = []
                    for k in (t.rows if axis == "column" else t.columns):
                        if _AGGREGATE_HEADER.match(k.split(" / ")[-1].strip()):
                            continue
                        key_a = (k, first[0]) if axis == "column" else (first[0], k)
                        key_b = (k, second[0]) if axis == "column" else (second[0], k)
                        if key_a in t.cells and key_b in t.cells:
                            pairs_.append((t.cells[key_a], t.cells[key_b]))
                    if len(pairs_) < 2:
                        continue
                    m = mean(a.value.value - b.value.value for a, b in pairs_)
                    ok = rounded_agree(q, m)
                    if ok or _comparable(q, _computed_quantity(m)):
                        how = (f"computed from {t.label}: mean over {len(pairs_)} {('rows' if axis == 'column' else 'columns')} of "
                               f"{first[0]} − {second[0]} = {_fmt(m)}")
                        offer_here(first[1] + second[1], TableDecision(ok, pairs_[0][0].passage, q.text, _fmt(m), how, how))
            # "on average each language has about 1,974 test pairs": a count of what a named
            # column holds is averaged like a score
            if averaged and (q.noun is None or any(header_score(h, q.noun) for h, _, _ in cols)):
                for axis, named, others in (("row", rows, cols), ("column", cols, rows)):
                    # "MNLI averages 82.7 across XNLI and PAWS-X": one named row, the mean over
                    # the columns it names (all of them when it names none).
                    if len(named) != 1 or len(others) == 1:
                        continue
                    if any(_AGGREGATE_HEADER.match(o.split(" / ")[0].strip()) for o, _, _ in others):
                        continue  # the table states the average: the named cell decides
                    h, hs, _ = named[0]
                    line = t.row(h) if axis == "row" else t.column(h)
                    if others:
                        wanted = {o for o, _, _ in others}
                        line = [(k, c) for k, c in line if k in wanted]
                    line = [(k, c) for k, c in line if not _AGGREGATE_HEADER.match(k.split(" / ")[-1].strip())]
                    if not others:
                        # a whole row's mean is over its scores, never a size beside them ("# Params 400M")
                        line = _like(line, None)
                    # "over the six non-English languages": the excluded header is left out
                    line = [(k, c) for k, c in line if not any(_names_header(x, k) for x in _excluded(claim_text))]
                    if len(line) < 2:
                        continue
                    if q.noun and q.value == int(q.value) and all("." in c.value.text for _, c in line):
                        continue  # "eight tasks" is no mean of scores written with decimals
                    counts = [c_.value for c_ in extract_quantities(claim_text)
                              if c_.noun and c_.value == int(c_.value) and c_.start != q.start and c_.value >= 2]
                    m = mean(c.value.value for _, c in line)
                    ok = rounded_agree(q, m)
                    if not ok and counts and len(line) not in counts:
                        continue  # "averages 88.9 over the eight tasks": no mean of four cells contradicts it
                    if not ok and not _comparable(q, _computed_quantity(m)):
                        continue
                    if not ok and not others and not (caption_words(version, t.label) & claim_words) - _content(h):
                        # A mean over a whole line the claim names by its header only
                        # ("results") and whose table's caption it shares no other word with
                        # is no quantity of the claim's: it may agree, never contradict.
                        continue
                    over = ", ".join(k for k, _ in line)
                    how = f"computed from {t.label}: mean of {axis} {h} over {over} = {_fmt(m)}"
                    # a mean over the rows the claim names is more specific than any one of them
                    offer_here(hs + 1 + sum(o[1] for o in others), TableDecision(ok, line[0][1].passage, q.text, _fmt(m), how, how))
                    _offer_count(claim_qs, q, [k for k, _ in line], line[0][1].passage, t.label, offer_here, "averaged")
        # 1d. "relative to A, B's accuracy rises from 79.97 to 81.33": the two levels of a
        # change are the cells of two named columns (rows), the baseline's first
        for moved in _from_to(t, rows, cols, value_cols, claim_qs, toks, claim_text):
            offer_here(moved[0], moved[1])
        # 2d. "A trails B" with no number: the order of two named rows' (columns') cells
        over_rows = _order_over_rows(t, rows, cols, claim_text)
        if over_rows is not None:
            offer_here(over_rows[0], over_rows[1])
        # a number that names a row ("prefix-tuning with 0.1% of the parameters" for "Prefix
        # (0.1%)") is no number of the claim's to decide
        # (nor one a named row's header spells out as a word of it: "beam size 12")
        in_rows = [q for q in claim_qs if any((_qualifier_said(r, q.text) and _qualifier_said(r, claim_text))
                                              or spelt_in_header(q.text, r) or _count_in_header(q, claim_text, r)
                                              for r, _, _ in rows)]
        # "A's accuracy (80.9%) is above B's": a named cell's own value, restated beside its
        # name, is checked as that cell and leaves the order to be checked too
        in_rows += _restated_cells(t, rows, value_cols, claim_qs)
        if not [q for q in claim_qs if q not in in_rows]:
            every = _every_order(t, rows, value_cols, claim_text)
            if every is not None:
                offer_here(every[0], every[1])
            compared = _order_of(t, rows, value_cols, toks, claim_text, sole)
            if compared is not None and (order is None or compared[0] + told > order[0]):
                order = (compared[0] + told, compared[1])
        # 2c. "A has more than three times as many parameters as B": the ratio of two named
        # rows' cells in the named column (the only column when the table has one), or of two
        # named columns' cells in the named row when the table lists its models across
        column = cols[0][0] if cols and _unique_top(cols) else t.columns[0] if len(t.columns) == 1 else None
        if len(rows) >= 2 and column:
            for ratio in _ratios(t, claim_text, spans, rows[:2], lambda r: (r, column), column, "column"):
                offer_here(*ratio)
        elif len(cols) >= 2 and len(rows) == 1:
            row = rows[0][0]
            for ratio in _ratios(t, claim_text, spans, cols[:2], lambda c: (row, c), row, "row"):
                offer_here(*ratio)
        # 5. "four of the five checkpoints have 400M parameters": how many rows of the named
        # column hold the claim's value, out of how many
        counted = _count_of(claim_text, claim_qs)
        if counted is not None and cols:
            q_n, q_m, q_v = counted
            c_named = cols[0][0]
            line = [(k, c_) for k, c_ in t.column(c_named) if not _AGGREGATE_HEADER.match(k.strip())]
            if len(line) >= 2 and all(_comparable(q_v, c_.value) for _, c_ in line):
                hits = [k for k, c_ in line if _agree(q_v, c_.value)]
                ok = len(hits) == q_n.value and (q_m is None or len(line) == q_m.value)
                how = (f"computed from {t.label}: {len(hits)} of the {len(line)} rows have {c_named} {q_v.text}"
                       + (f" ({', '.join(hits)})" if hits else ""))
                offer_here(cols[0][1] + 2, TableDecision(ok, line[0][1].passage, q_n.text,
                                                         f"{len(hits)} of {len(line)}", how, how))
                # the other two numbers are read off the same count
                if q_m is not None:
                    offer_here(cols[0][1] + 2, TableDecision(len(line) == q_m.value, line[0][1].passage, q_m.text,
                                                             str(len(line)), how, how))
                offer_here(cols[0][1] + 2, TableDecision(bool(hits), line[0][1].passage, q_v.text,
                                                         q_v.text if hits else "none", how, how))
        # 4. "X is best on C" / "X is weakest on Urdu": an extreme the claim names, only when
        # the superlative follows the named row closely. "X scores best *on* C" compares C
        # with the other columns of row X; "X gives the best C" compares X with the other
        # rows of column C.
        # ("on top of X" is no superlative)
        at = next((i for i, w in enumerate(toks) if (_BEST.fullmatch(w) or _WORST.fullmatch(w)) and i not in in_header
                   and not (w == "top" and i > 0 and toks[i - 1] == "on")), None)
        # 4a. "A's largest margin over B is in C", "A's gain over B is smallest at C": the
        # column (row) where A − B is largest (smallest), A and B named rows (columns)
        margin = _margin(claim_text)
        if margin is not None:
            for pair_axis, pair_named, place in (("row", rows, cols), ("column", cols, rows)):
                decided = _largest_margin(t, pair_axis, pair_named, place, toks, margin, claim_text, claim_qs)
                if decided:
                    for score_, decision in decided:
                        offer_here(score_, decision)
                    at = None  # decided: not the extreme of one row
                    break
            if _MARGIN_VERB.search(claim_text):
                at = None  # "gains the most": the extreme of a change, never of one line's levels
        # 4b. "X leads every column except C", "X is best on all tasks": X is the maximum of
        # every column but the ones left out, and not of those
        if rows and _unique_top(rows) and ((_EVERY.search(claim_text) and at is not None) or _LEADS_ALL.search(claim_text)):
            r_named = rows[0][0]
            left_out = [c for c in t.columns if any(_names_header(x, c) for x in _excluded(claim_text))]
            lines = [(c, t.column(c)) for c in t.columns if not _AGGREGATE_HEADER.match(c.split(" / ")[0].strip())]
            lines = [(c, line) for c, line in lines if len(line) >= 2 and any(k == r_named for k, _ in line)]
            # the columns of scores alike, not a size beside them ("Params 110M")
            kept = {k for k, _ in _like([(c, dict(line)[r_named]) for c, line in lines], None)}
            lines = [(c, line) for c, line in lines if c in kept]
            # "the lowest ROUGE-1 for all three models": the columns of the part the claim names
            parts = {c[0].rsplit(" / ", 1)[-1] for c in cols if c[0] in t.split}
            if len(parts) == 1:
                lines = [(c, line) for c, line in lines if c in t.split and c.rsplit(" / ", 1)[-1] in parts]
            worst = at is not None and bool(_WORST.fullmatch(toks[at]))
            if len(lines) >= 2:
                tops = {}
                for c, line in lines:
                    pick = min if bool(_LOWER_IS_BETTER.search(c)) != worst else max
                    tops[c] = pick(line, key=lambda kc: kc[1].value.value)
                led = [c for c, (k, _) in tops.items() if k == r_named]
                wanted = [c for c, _ in lines if c not in left_out]
                ok = set(led) == set(wanted)
                how = (f"computed from {t.label}: {r_named} has the {'worst' if worst else 'best'} value in column(s) {', '.join(led) or 'none'}; "
                       + "; ".join(f"{c}: {k} ({cell.passage.text})" for c, (k, cell) in tops.items() if k != r_named))
                cell = tops[lines[0][0]][1]
                offer_here(rows[0][1] + 1, TableDecision(ok, cell.passage, r_named, ", ".join(led) or "none", how, how))
                at = None  # decided: not the extreme of one row or column
        if at is not None and _level_after(claim_text, toks, at, t, rows + cols):
            at = None
        if sole and at is not None and rows and not cols:
            ranked = _sole_extreme(t, rows, toks, at, claim_text, caption_words(version, t.label))
            if ranked is not None:
                offer_here(*ranked)
                at = None
        # "Leaving X aside, Y is the smallest": a header the claim sets aside is neither the
        # one it ranks nor a rival of it
        aside = _set_aside(claim_text)
        if aside and rows and cols and at is not None:
            kept_rows = [r for r in rows if not any(a <= r[2] < b for a, b in aside)]
            rows = kept_rows if kept_rows else rows
        # "the smallest relative improvement is on R": the superlative names the column, the
        # row follows — the extreme of that column over the rows
        column_first = bool(cols and rows and at is not None and 0 < cols[0][2] - at <= 3 and rows[0][2] > cols[0][2]
                            and _unique_top(cols))
        if cols and rows and at is not None and (0 < at - rows[0][2] <= 6 or column_first):
            r_named, c_named = rows[0][0], cols[0][0]
            wants_max = bool(_BEST.fullmatch(toks[at]))
            # "Of the baselines, X is the strongest on C" compares the rows
            among_rows = bool(re.match(r"\s*(?:of|among)\s+(?:the|all|its|these)\b", claim_text, re.I))
            # "X's weakest task is C": the possessive keeps to X's row
            possessive = not column_first and rows[0][2] + 1 < len(toks) and toks[rows[0][2] + 1] == "s" \
                and bool(re.search(r"['’]s\b", claim_text))
            # "X was the strongest single model on C" ranks models, the rows: the noun after
            # the superlative says what is compared
            ranks_rows = any(singular(w) in _ROW_KINDS for w in toks[at + 1 : cols[0][2]])
            across_columns = not column_first and (possessive or (
                any(w in ("on", "in", "for") for w in toks[at + 1 : cols[0][2]]) and cols[0][2] > at)) \
                and not among_rows and not ranks_rows
            extreme: list[tuple[str, Cell]]
            if across_columns:
                extreme = [(k, c_) for k, c_ in t.row(r_named) if not _AGGREGATE_HEADER.match(k.split(" / ")[0].strip())]
                if " / " in c_named:  # the columns of the same measure only ("… / acc.", not "|Train|")
                    # a level in common: "XNLI / acc." and "PAWS-X / acc.", "F1 / en" and "F1 / vi"
                    mine = {measure(level) for level in c_named.split(" / ")}
                    extreme = [(k, c_) for k, c_ in extreme if mine & {measure(level) for level in k.split(" / ")}]
                extreme = _like(extreme, t.cells.get((r_named, c_named)))
                target, axis, where_ = c_named, "row", r_named
            else:
                extreme = [(k, c_) for k, c_ in t.column(c_named) if not _AGGREGATE_HEADER.match(k.strip())]
                target, axis, where_ = r_named, "column", c_named
            line = [(k, c_) for k, c_ in extreme if k == target or not _named_aside(claim_text, aside, k)]
            named_ = target
            if len(line) >= 2 and any(k == named_ for k, _ in line):
                if _LOWER_IS_BETTER.search(c_named) and toks[at] in ("best", "worst"):
                    wants_max = not wants_max
                top_k, top_cell = (max if wants_max else min)(line, key=lambda kc: kc[1].value.value)
                ok = named_ == top_k
                how = (f"computed from {t.label}: the {'maximum' if wants_max else 'minimum'} of {axis} {where_} is "
                       f"{top_k} ({top_cell.passage.text})")
                offer_here(rows[0][1] + cols[0][1], TableDecision(ok, top_cell.passage, named_, top_k, how, how))
    if order is not None and not order[1].agrees:
        offer(*order)
    decided = [d for _, d in sorted(best.values(), key=lambda kd: -kd[0])]
    # One cell states one number: a cell that agrees with one of the claim's numbers ("from
    # 19.1 to 42.7", "72.6 against 73.9") is that number's, never a contradiction of another.
    agreeing = {_cell_key(d.cell) for d in decided if d.agrees and d.computed is None}
    kept = [d for d in decided if d.agrees or d.computed is not None or _cell_key(d.cell) not in agreeing]
    kept += _pair_partners(claim_text, claim_qs, kept, tables)
    return kept + _shares(claim_text, claim_qs, kept, tables, toks)


def _overall_column(t: Table, toks: list[str]) -> list[tuple[str, float, int]]:
    """The table's one aggregate column ("All", "Avg."), when the claim says "overall" and
    names no column: "scores 73.8 overall" is the row's "All" cell."""
    if "overall" not in toks:
        return []
    agg = [h for h in t.columns if _AGGREGATE_HEADER.match(h.split(" / ")[-1].strip())]
    return [(agg[0], 1, toks.index("overall"))] if len(agg) == 1 else []


def _shares(claim_text: str, claim_qs: list[Quantity], decided: list[TableDecision], tables: list[Table],
            toks: list[str]) -> list[TableDecision]:
    """A percentage no cell decided that is the share one named row's count is of another's
    in one column ("classification tasks make up about 22% of the 52,445": 11,584 of
    52,445), with the claim's other numbers the two cells state. Agreement only: a share
    the claim gets wrong may be of rows it does not name."""
    done = {d.claim_number for d in decided}
    out: list[TableDecision] = []
    for q in claim_qs:
        if q.unit != "%" or q.text in done or not 0 < q.value < 100 or is_difference(claim_text, q):
            continue
        for t in tables:
            cols = [t.columns[0]] if len(t.columns) == 1 else [h for h, _, _ in _named(t.columns, toks, claim_text)][:1]
            rows = [h for h, _, _ in _named(t.rows, toks, claim_text)]
            if not cols or len(rows) < 2:
                continue
            cells = [(r, t.cells[(r, cols[0])]) for r in rows if (r, cols[0]) in t.cells]
            pairs = [(a, b) for a in cells for b in cells if 0 < a[1].value.value < b[1].value.value]
            tol = 0.5 * 10 ** -(len(q.text.split(".", 1)[1]) if "." in q.text else 0)
            if q.approx == "about":
                tol = max(tol, 1.0)
            hits = [(a, b) for a, b in pairs if abs(100 * a[1].value.value / b[1].value.value - q.value) <= tol + 1e-9]
            if len(hits) != 1:
                continue
            (ra, a), (rb, b) = hits[0]
            how = f"computed from {t.label}: {ra} / {rb} in column {cols[0]} = {a.passage.text} / {b.passage.text} = " \
                  f"{_fmt(100 * a.value.value / b.value.value)}%"
            out.append(TableDecision(True, a.passage, q.text, _fmt(100 * a.value.value / b.value.value), how, how))
            for other in claim_qs:
                for cell in (a, b):
                    if other is not q and other.text not in done and _agree(other, cell.value):
                        out.append(TableDecision(True, cell.passage, other.text, cell.passage.text, None,
                                                 f"{t.label}, column {cols[0]}: {cell.passage.text}"))
                        done.add(other.text)
            done.add(q.text)
            break
    return out


def _pair_partners(claim_text: str, claim_qs: list[Quantity], decided: list[TableDecision],
                   tables: list[Table]) -> list[TableDecision]:
    """The other number of a compared pair ("from 85.1 to 21.5", "95.9 against 82.0") that
    no cell decided, found in the column of the cell that states its partner: the two sides
    of one comparison are two rows of one measure, and the claim names only one row."""
    out: list[TableDecision] = []
    by_number = {d.claim_number: d for d in decided}
    qs = {q.text.rstrip("% "): q for q in claim_qs}
    for a, b in number_pairs(claim_text):
        for known, other in ((a, b), (b, a)):
            d = next((d for n, d in by_number.items() if n.rstrip("% ") == known), None)
            q = qs.get(other)
            if d is None or not d.agrees or d.computed is not None or q is None or any(
                    n.rstrip("% ") == other for n in by_number):
                continue
            t = next((t for t in tables if t.label == d.cell.table), None)
            if t is None or d.cell.column is None:
                continue
            hit = next(((r, c) for r, c in t.column(d.cell.column)
                        if c.passage is not d.cell and quantities_agree(q, c.value)), None)
            if hit is not None:
                r, c = hit
                out.append(TableDecision(True, c.passage, q.text, c.value.text,
                                         None, f"{t.label}, row {r}, column {d.cell.column}: {c.value.text}"))
                by_number[q.text] = out[-1]
    return out


def _header_tokens(hits: list[tuple[str, float, int]], toks: list[str]) -> set[int]:
    """The indices of the claim tokens that name the headers ``hits`` in more than one word
    ("the prior best", "four-task average"; a lone "average" may name "Avg." and average)."""
    return {i for h in hits if 0 <= h[2] < len(toks) and _name_end(h, toks) > h[2]
            for i in range(h[2], _name_end(h, toks) + 1)}


def _restated_aggregate(hits: list[tuple[str, float, int]], toks: list[str]) -> set[int]:
    """The claim's "average" words that restate a named header's own ("HTLM's average
    prompt advantage" for "Average Advantage (# Points)"): the word, then the header's
    next word within four tokens and no number between. The table holds those averages;
    nothing to compute."""
    out = set()
    for h, _, _ in hits:
        for level in h.split(" / "):
            m = _AGGREGATE_WORD.match(level)
            rest = _tokens(measure(level))
            if not m or not rest:
                continue
            for i, w in enumerate(toks):
                near = toks[i + 1 : i + 5]
                # the adjective before its noun, not a verb before a number ("average about 82.5 on STS")
                if _AVERAGE.fullmatch(w) and rest[0] in near \
                        and not any(re.search(r"\d", x) for x in near[: near.index(rest[0])]):
                    out.add(i)
    return out


_LINK_WORDS = frozenset("is was are were of at be set equals".split())


_COPULA = frozenset({"is", "was", "are", "were", "remains", "stays"})
# superlatives of quality, whose sense turns on a measure where less is better; "highest",
# "lowest" and their like read the numbers as they are
_RANKED_BY_QUALITY = frozenset({"best", "worst", "strongest", "weakest"})


def _sole_extreme(t: Table, rows: list[tuple[str, float, int]], toks: list[str], at: int,
                  claim_text: str, caption: frozenset[str]) -> tuple[float, TableDecision] | None:
    """"The weakest entry of Table 1 is R", "R is the strongest system": in a table of one
    column of values, the superlative and the one named row joined by a copula rank that
    row among the others, less the rows the claim leaves out ("apart from the oracle")."""
    if not _unique_top(rows):
        return None
    named, score, pos = rows[0]
    lo, hi = sorted((at, pos))
    if lo == hi or hi - lo > 10 or not _COPULA & set(toks[lo + 1 : hi]):
        return None
    column = t.columns[0]
    left_out = _excluded(claim_text)
    line = [(k, c) for k, c in t.column(column) if not _AGGREGATE_HEADER.match(k.strip())
            and (k == named or not any(_names_header(x, k) for x in left_out))]
    if len(line) < 3 or not any(k == named for k, _ in line):
        return None
    wants_max = bool(_BEST.fullmatch(toks[at]))
    # the caption of a table of one column says what that column measures ("Test error rates")
    if toks[at] in _RANKED_BY_QUALITY and _LOWER_IS_BETTER.search(column + " " + " ".join(sorted(caption))):
        wants_max = not wants_max
    top_k, top_cell = (max if wants_max else min)(line, key=lambda kc: kc[1].value.value)
    how = (f"computed from {t.label}: the {'maximum' if wants_max else 'minimum'} of column {column} is "
           f"{top_k} ({top_cell.passage.text})")
    return score + 1, TableDecision(named == top_k, top_cell.passage, named, top_k, how, how)


def _level_after(claim_text: str, toks: list[str], at: int, t: Table, hits: list[tuple[str, float, int]]) -> bool:
    """"Its maximum learning rate was 1e-4": a superlative that names a setting whose value
    the claim states right after it, in words no header of the table has — a level of
    something else, not a ranking of the table's cells."""
    spans_ = [m.start() for m in re.finditer(r"[a-z0-9]+(?:[-+.][a-z0-9]+)*", claim_text.lower())]
    later = [q for q in extract_quantities(claim_text) if at < len(spans_) and q.start > spans_[at]]
    if not later:
        return False
    stop = len(_tokens(claim_text[: later[0].start]))
    if stop - at > 6:
        return False
    if any(at < h[2] < stop for h in hits):
        return False  # "weakest on Urdu, at 66.8": the words name a header ("ur")
    if stop - 1 <= at or toks[stop - 1] not in _LINK_WORDS:
        return False  # "takes longest to fine-tune (0.5 hours)": no setting stated as a level
    words = [w for w in toks[at + 1 : stop - 1] if w not in ("the", "a", "an")]
    header_words = {w for h in [*t.rows, *t.columns] for w in _tokens(h)}
    return bool(words) and not any(w in header_words or singular(w) in header_words for w in words)


_FROM_COUNT = re.compile(r"\bfrom\s+(one|\d+)\s+to\s+$", re.I)


def _counted_rows(t: Table, claim_text: str, caption: frozenset[str]) -> list[tuple[str, float, int]]:
    """Rows numbered 1, 2, 3 ... named by a count of what the caption says they count
    ("with seven training clusters" for row "7" of a table "as task clusters are added";
    "from one to two clusters" names rows "1" and "2")."""
    hits = []
    for q in _counts_of_rows(t, claim_text, caption):
        hits.append((str(int(q.value)), 1.0, len(_tokens(claim_text[: q.start]))))
        before = _FROM_COUNT.search(claim_text[: q.start])
        if before:
            n = WORDS.get(before.group(1).lower()) if before.group(1).isalpha() else int(before.group(1))
            if n is not None and str(n) in t.rows:
                hits.append((str(n), 1.0, len(_tokens(claim_text[: before.start(1)]))))
    return sorted(hits, key=lambda h: h[2])


def _counts_of_rows(t: Table, claim_text: str, caption: frozenset[str]) -> list[Quantity]:
    """The claim's counts that number the rows of ``t``: integers whose counted noun the
    caption names, when the rows are headed by bare integers."""
    if not t.rows or not all(re.fullmatch(r"\d+", r.strip()) for r in t.rows):
        return []
    said = {singular(w) for w in caption}
    return [q for q in extract_quantities(claim_text) if q.noun and q.value == int(q.value)
            and str(int(q.value)) in t.rows and singular(q.noun.split()[-1]) in said]


def _labelled_rows(t: Table, claim_text: str) -> list[tuple[str, float, int]]:
    """A row whose header names nothing ("5", "6") named by the words of its text cell
    ("adding the coreference cluster" for the row whose "Cluster added" reads
    "coreference"): the one row whose whole label the claim says, a word no other row's
    label has."""
    low = claim_text.lower()
    hits = []
    for r in t.rows:
        label = t.labels.get(r, "").lower()
        words = re.findall(r"[a-z][a-z\-]{3,}", label)
        if not words or label.strip() in ("yes", "no") or re.search(r"\d", r) is None:
            continue
        m = re.search(r"(?<![\w-])" + re.escape(label.strip()) + r"(?![\w-])", low)
        others = " ".join(v.lower() for k, v in t.labels.items() if k != r)
        if m and not any(re.search(r"\b" + re.escape(w) + r"\b", others) for w in words):
            hits.append((r, 1.0, len(_tokens(claim_text[: m.start()]))))
    return hits if len(hits) == 1 else []


def _cell_key(p: Passage) -> tuple[str | None, str | None, str | None, str]:
    return p.table, p.row, p.column, p.text
