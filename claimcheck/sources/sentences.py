"""Text of blocks → sentences: hyphenation undone with the document's own vocabulary as
evidence, sentence boundaries, numbers with thin-space digit groups.

A hyphen at a line end is either pdflatex's break between syllables ("sam-/pling",
"lit-/tle", "en-/coder", "unambigu-/ous": drop it) or the hyphen of a compound that the
break fell on ("question-/answering", "higher-/level", "machine-/translated": keep it).
The rule (:func:`keep_hyphen`, in order): a digit after it keeps it; the document decides
when it prints one form whole more often than the other (the word itself, then a capital
after the hyphen keeps it, then the words that start with either form); a common closed
compound ("head-/lines") is joined; a hyphenated head or a compound prefix ("self-")
keeps it; so does a pair of words — each printed whole in the document or in a small list
of common English words, the head at least three letters, the tail no suffix ("-ing") —
whose joined form the document never prints; anything else was hyphenation. On every
line-end hyphen of data/realpapers and the fixtures (346), it agrees with the LaTeX source
on all but two, "pre-/trained" in a paper that prints both "pre-trained" and "pretrained".
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable
from functools import cached_property
from itertools import repeat

from claimcheck.sources.pdfchars import THIN_SPACES

_ABBREVIATIONS = {
    "e.g", "i.e", "al", "fig", "figs", "eq", "eqs", "sec", "secs", "tab", "vs", "cf", "no", "nos",
    "approx", "resp", "dr", "mr", "mrs", "ms", "prof", "st", "jr", "etc", "viz", "ref", "refs",
    "vol", "pp", "ch", "app", "thm", "lem", "def", "cor", "prop", "alg", "i.i.d", "w.r.t", "a.k.a",
}


_SENTENCE_END = re.compile(r"[.!?][\"')\]]*(?=\s+[\"'(\[]?[A-Z0-9])")
_INITIAL = re.compile(r"[a-z]")
_DOTTED = re.compile(r"(?:[a-z]\.)+[a-z]")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans of ``text``. A ".", "!" or "?" ends a sentence when a space and an
    upper-case letter, digit, quote or bracket follow, except after abbreviations (e.g., i.e.,
    et al., Fig., Eq., vs.) and single-letter initials; decimals ("8.2") never split."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        end = m.end()
        # The last word before the mark (the slice ends in the mark, so there is one);
        # str.rsplit splits on what the regex \s matches, in one linear pass.
        token = text[start : m.start() + 1].rsplit(None, 1)[-1].lower().rstrip(".")
        token = token.lstrip("(\"'[")
        if m.group(0)[0] == "." and (token in _ABBREVIATIONS or _INITIAL.fullmatch(token) or token.endswith("e.g") or token.endswith("i.e")):
            continue
        if m.group(0)[0] == "." and _DOTTED.fullmatch(token):  # "u.s.a."
            continue
        seg = text[start:end].strip()
        if seg:
            s0 = start + (len(text[start:end]) - len(text[start:end].lstrip()))
            spans.append((s0, end))
        start = end
    if text[start:].strip():
        s0 = start + (len(text[start:]) - len(text[start:].lstrip()))
        spans.append((s0, len(text.rstrip())))
    return spans


_COMPOUND_PREFIXES = {
    "self", "non", "cross", "well", "zero", "few", "one", "two", "three", "multi-task", "high", "low",
    "semi", "large", "small", "long", "short", "state-of-the", "end-to", "end-to-end", "task", "open",
}

# Common English words that are halves of open compounds in papers ("question-answering",
# "higher-level", "single-number", "proof-of-concept"): the abstract and introduction
# alone, which is often all a short document gives, need not print both halves whole.
# Kept small on purpose: every word here that is also a syllable of a longer word is a
# chance to keep a break's hyphen ("for-" + "getting"), which the other conditions of
# :func:`keep_hyphen` must then catch.
_COMMON_WORDS = frozenset("""
    answer answering answers aware based best case centric character code coarse common concept
    consuming context cost data dependent domain driven effective efficient end entity fine first
    free full general generated grained hand crafted held high higher human independent
    knowledge labeled labelled language large layer level log long low lower machine made
    model natural number object order oriented out pair part point proof purpose quality
    question range rate reading real resource rich rule scale second sentence sequence
    shot single size sized source span specific speech stage state step style switched
    target task term text third time token trade trained translated translation tuned two type
    understanding word world written
""".split())

# Heads that mostly make closed compounds ("without", "overfitting", "outperform",
# "however"): with no evidence of the document the break is taken as hyphenation.
_CLOSED_HEADS = frozenset("""
    after any back down every fore further how like mean more never other out over
    some there through under up what when where with
""".split())

# Closed compounds whose halves are both words ("head" + "lines", "base" + "line"): the
# joined form is English even when the document prints it nowhere else.
_CLOSED_COMPOUNDS = frozenset("""
    another baseline benchmark bottleneck cannot dataset forgetting framework headline
    highlight input keyword landscape network notebook online outcome output perform
    textbook upon update weekend widespread workshop
""".split())

_LONGEST_COMPOUND = max(map(len, _CLOSED_COMPOUNDS))

# "in-" before these makes an open compound of papers ("in-context", "in-distribution",
# "in-domain"); before most words it is a syllable ("in-" + "formation", "in-" + "consistent").
_IN_TAILS = frozenset("batch context depth distribution domain house language sample".split())

# Tails that are suffixes as much as words ("consider-" + "able", "other-" + "wise"), or
# that a document may print alone (a table's stray "ing"): never the second half of an
# open compound by themselves.
_SUFFIX_TAILS = frozenset("""
    abilities ability able ably ance ant ary ence ent ers est ful fully hood ical ing ings
    ion ions ise ised ism ist ists ity ive ize ized less like ment ments ness ory ous ship
    ships some ual ure ward wards wise
""".split())


_LINE_END_HYPHEN = re.compile(r"(\w[\w-]*)-$")
_CAMEL = re.compile(r"[a-z][A-Z]")


def join_lines(lines: list[str], vocab: Counter[str] | None = None) -> str:
    """Lines of one block → one string, undoing hyphenation at line ends (the rule is
    :func:`keep_hyphen`'s)."""
    out = ""
    for line in lines:
        line = line.strip()
        if not line:
            continue
        if not out:
            out = line
            continue
        drop, sep = line_joint(out, line, vocab)
        out = out[: len(out) - drop] + sep + line
    return out


def line_joint(out: str, line: str, vocab: Counter[str] | None = None) -> tuple[int, str]:
    """How the stripped ``line`` continues ``out``, as (characters dropped from the end of
    ``out``, separator): (0, " ") after a space; (0, "") the hyphen of a compound kept;
    (1, "") hyphenation undone. One step of :func:`join_lines`, for callers that track
    where each line's characters end up."""
    # Only the tail can end in a hyphenated word; searching all of ``out`` per line
    # would make a long block quadratic. Within the tail, only its last whitespace-free
    # token can hold the match: the search backtracks at every position it tries (~10 µs
    # over 120 characters, ~0.5 µs over one token).
    if out.endswith((":", ".")) and line[:1] in _URL_GOES_ON and _URL_TOKEN.search(out[-200:]):
        # The url package also breaks after "https:" and after a dot of the host name
        # ("https://github." / "com/..."): an address goes on, where a sentence would
        # start with a capital.
        return 0, ""
    if out.endswith(_URL_BREAKS):
        tail = out[-200:]
        # The substring tests first: most such lines end in a hyphen, and few tails hold an
        # address; the regex would try every position of the tail.
        if ("://" in tail or "www." in tail) and _URL_TAIL.search(tail):
            # The url package breaks a long address after "/", "-", "." and the like, with
            # no hyphen added: the next line goes on with the address.
            return 0, ""
    if out.endswith(_DASHES):
        # TeX may break a line after a dash; one glued to its word ("domain—a term") goes
        # on with no space, one set off by spaces ("results — a gain") with one.
        return 0, (" " if out[-2:-1].isspace() else "")
    m = _LINE_END_HYPHEN.search(out[-120:].rsplit(None, 1)[-1]) if out.endswith("-") else None
    if m and m.group(1)[-1].isalnum() and not out.endswith("--"):
        tail_m = _LINE_START_WORD.match(line)
        tail = tail_m.group(1) if tail_m else ""
        if tail.lower() in _SUSPENDING and line[len(tail) : len(tail) + 1] in ("", " "):
            # A suspended hyphen: "high-" / "and low-resource" is "high- and low-resource".
            return 0, " "
        return (0, "") if keep_hyphen(m.group(1), tail, vocab) else (1, "")
    return 0, " "


_DASHES = ("\u2013", "\u2014")
# Words after which a line-end "head-" is a suspended hyphen ("pre- and post-training").
_SUSPENDING = frozenset({"and", "or", "nor", "to"})


_LINE_START_WORD = re.compile(r"([\w-]+)")
_URL_BREAKS = ("/", "-", "_", "#", "?", "&", "=", "~")
_URL_TAIL = re.compile(r"(?:https?://|www\.)\S*$")
_URL_TOKEN = re.compile(r"(?:\bhttps?:|(?:https?://|www\.)\S*\.)$")
_URL_GOES_ON = frozenset("/abcdefghijklmnopqrstuvwxyz0123456789")


def keep_hyphen(head: str, tail: str, vocab: Counter[str] | None) -> bool:
    """Whether "head-" at a line end and "tail" at the next line's start are the two halves
    of a hyphenated compound (keep the hyphen) rather than one word pdflatex broke between
    syllables (drop it). In order, the first that applies decides:

    1. The tail does not start with a letter ("GPT-" + "4"), or the head ends in a digit
       ("16-" + "bit": pdflatex breaks no number between syllables): keep.
    2. The document prints one form more often than the other, whole inside lines: the
       word itself ("fine-tuned" / "pretrained", "SpanBERT").
    3. The tail starts with a capital ("PAWS-" + "X", "Sentence-" + "BERT"): keep, unless
       it is CamelCase after a lower-case head ("Open-" + "BookQA"). The head is an
       acronym and the tail lower-case ("BERT-" + "based"): keep. The tail starts
       lower-case with a capital inside ("Open-" + "bookQA"): a name broken, drop.
    4. The words that start with either form tell, as in 2 ("pre-" + "train" beside
       "pre-training", "pre-trained" and no "pretrain…").
    5. The head is itself hyphenated ("state-of-the-" + "art"): keep. The joined form is a
       common closed compound ("high-" + "light", "head-" + "lines"): drop. The head is a
       known compound prefix ("self-", "cross-", "zero-"): keep.
    6. Both halves are words and the joined form is none ("question-" + "answering",
       "higher-" + "level", "machine-" + "translated", "proof-" + "of-concept"): keep.
       A half is a word when the document prints it whole or it is one of a small list
       of common English words. The head must be at least three letters and a word —
       "sam-" + "pling", "lit-" + "tle", "en-" + "coder" (a language code "en" printed
       in a table is no evidence) are fragments — and the tail too unless it goes on
       with its own hyphen. Heads that mostly make closed compounds ("with-", "over-",
       "out-") and suffix-like tails ("-ing", "-able", "-wise") never count as evidence
       here. A joined form the document prints anywhere is a word.
    7. Otherwise it was hyphenation: drop the hyphen ("unambigu-" + "ous").
    """
    if not tail or not tail[0].isalpha() or head[-1].isdigit():
        return True
    head_l, tail_l = head.lower(), tail.lower()
    hyph = f"{head_l}-{tail_l}"
    joined = f"{head_l}{tail_l}"
    if vocab is not None:
        h, j = vocab.get(hyph, 0), vocab.get(joined, 0)
        if h != j:
            return h > j
    if tail[0].isupper():
        # "Sentence-" + "BERT", "XLM-" + "RoBERTa": two names; but a word of lower case
        # before a capitalised tail with a capital inside ("Open-" + "BookQA",
        # "Sentence-" + "PieceBPE") is one CamelCase name broken between its parts.
        return not (head[-1].islower() and _CAMEL.search(tail))
    if head.isupper() and len(head) >= 2 and tail[0].islower():
        # An acronym before a lower-case word ("BERT-" + "based", "GPT-" + "style"): a
        # break between syllables of a word in capitals would leave capitals after it.
        return True
    if any(c.isupper() for c in tail[1:]):
        # A lower-case start with a capital inside ("Open-" + "bookQA", "Ro-" + "BERTa"'s
        # kin) is the rest of a name broken between syllables.
        return False
    if vocab is not None:
        h, j = _family(vocab, hyph), _family(vocab, joined)
        if h != j:
            return h > j
    if "-" in head:
        return True
    first = tail_l.split("-", 1)[0]
    if _closed_compound(head_l, first):
        return False
    if head_l in _COMPOUND_PREFIXES or (head_l == "in" and first in _IN_TAILS):
        return True
    return _open_compound(head_l, first, "-" in tail_l, vocab)


def _closed_compound(head: str, first: str) -> bool:
    """Whether head + first is, or inflects, a common closed compound that spans the
    break ("high" + "lighted" → "highlighted")."""
    joined = head + first
    # The compounds are the prefixes of joined longer than head: a few set lookups.
    return any(joined[:n] in _CLOSED_COMPOUNDS for n in range(len(head) + 1, min(len(joined), _LONGEST_COMPOUND) + 1))


def _family(vocab: Counter[str], stem: str) -> int:
    """Occurrences of the words of ``vocab`` that start with ``stem`` ("pre-train" →
    "pre-training", "pre-trained")."""
    words = vocab.sorted_words if isinstance(vocab, Vocabulary) else sorted(vocab)
    i = bisect_left(words, stem)
    n = 0
    while i < len(words) and words[i].startswith(stem):
        n += vocab[words[i]]
        i += 1
    return n


def _open_compound(head: str, first: str, goes_on: bool, vocab: Counter[str] | None) -> bool:
    """Rule 6 of :func:`keep_hyphen`: ``first`` is the tail up to its own hyphen, if any
    (``goes_on``)."""
    if len(head) < 3 or head in _CLOSED_HEADS or first in _SUFFIX_TAILS:
        return False
    if vocab is not None and vocab.get(head + first, 0):
        return False

    def is_word(w: str) -> bool:
        return w in _COMMON_WORDS or (vocab is not None and vocab.get(w, 0) > 0)

    if not is_word(head):
        return False
    return goes_on or (len(first) >= 3 and is_word(first))


# A word of the vocabulary: no whitespace, no punctuation at either end (vocabulary() reads
# them with str methods; tests check the two agree).
_WORD_PUNCT = ".,;:()[]\"'!?"
_WORD = re.compile(r"[^\s.,;:()\[\]\"'!?]+(?:[.,;:()\[\]\"'!?]+[^\s.,;:()\[\]\"'!?]+)*")


class Vocabulary(Counter[str]):
    """Word counts of one document, with the words in sorted order made once (for the
    word-family evidence of :func:`keep_hyphen`)."""

    @cached_property
    def sorted_words(self) -> list[str]:
        return sorted(self)




def vocabulary(lines: Iterable[str]) -> Vocabulary:
    """Words as printed whole inside lines (a line-end fragment, and the first word of the
    line after it, do not count)."""
    kept: list[str] = []
    after_break = False
    for line in lines:
        if after_break:
            # The first word of a line after a line-end hyphen may be a syllable ("izing"
            # of "character-/izing"): no evidence of a word.
            line = line.split(None, 1)[1] if " " in line.strip() else ""
        after_break = line.endswith("-")
        if after_break:
            line = line.rsplit(None, 1)[0] if " " in line else ""
        kept.append(line)
    # One pass over all lines: a word never spans the line break that joins them. Each
    # whitespace-separated token holds exactly one _WORD match, the token stripped of the
    # punctuation around it (or none): str methods do in C what the regex does at ~10× the cost.
    # A dash glued to its words ("training—fine-tuning") parts two words, as a space does.
    # str.replace per dash: str.translate looks every character of the document up in its
    # table (~10× the cost on text that is not all ASCII).
    tokens = "\n".join(kept).lower().replace("\u2014", " ").replace("\u2013", " ").split()
    return Vocabulary(filter(None, map(str.strip, tokens, repeat(_WORD_PUNCT))))


_NUMBER_SPACE = re.compile(r"(?<![\d.,])(\d{1,3})((?:\u2009\d{3})+)(?![\d])")


_TO_THIN = str.maketrans({c: "\u2009" for c in THIN_SPACES})
_ANY_THIN = re.compile("[" + "".join(sorted(THIN_SPACES)) + "]")


def normalise_numbers(text: str) -> str:
    """Thin spaces between digit groups become commas ("392 702" → "392,702"); any other
    thin space becomes a plain space."""
    # Most sentences hold no thin space: one scan for any of them, where str.translate
    # looks every character up in its table.
    if text.isascii() or not _ANY_THIN.search(text):
        return text
    text = text.translate(_TO_THIN)
    if "\u2009" not in text:
        return text
    text = _NUMBER_SPACE.sub(lambda m: m.group(1) + m.group(2).replace("\u2009", ","), text)
    return text.replace("\u2009", " ")

