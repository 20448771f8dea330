"""Text of blocks → sentences: hyphenation undone with the document's own vocabulary as
evidence, sentence boundaries, numbers with thin-space digit groups."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

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


_LINE_END_HYPHEN = re.compile(r"(\w[\w-]*)-$")


def join_lines(lines: list[str], vocab: Counter[str] | None = None) -> str:
    """Lines of one block → one string, undoing hyphenation at line ends.

    "sam-" + "pling": join, unless the document is evidence for a compound: the hyphenated
    form occurs elsewhere and the joined one does not ("fine-" + "tuned" → "fine-tuned").
    With no evidence either way, a known compound prefix ("self-", "cross-") or an upper-case
    or digit continuation ("GPT-" + "4") keeps the hyphen; otherwise it was hyphenation.
    """
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
    m = _LINE_END_HYPHEN.search(out[-120:].rsplit(None, 1)[-1]) if out.endswith("-") else None
    if m and m.group(1)[-1].isalpha() and not out.endswith("--"):
        tail_m = _LINE_START_WORD.match(line)
        tail = tail_m.group(1) if tail_m else ""
        return (0, "") if keep_hyphen(m.group(1), tail, vocab) else (1, "")
    return 0, " "


_LINE_START_WORD = re.compile(r"([\w-]+)")


def keep_hyphen(head: str, tail: str, vocab: Counter[str] | None) -> bool:
    if not tail or not tail[0].isalpha() or tail[0].isupper():
        return True
    hyph = f"{head}-{tail}".lower()
    joined = f"{head}{tail}".lower()
    if vocab is not None:
        h, j = vocab.get(hyph, 0), vocab.get(joined, 0)
        if h > j:
            return True
        if j > h:
            return False
    if "-" in head:  # "state-of-the-" + "art"
        return True
    return head.lower() in _COMPOUND_PREFIXES


_WORD = re.compile(r"[^\s.,;:()\[\]\"'!?]+(?:[.,;:()\[\]\"'!?]+[^\s.,;:()\[\]\"'!?]+)*")


def vocabulary(lines: Iterable[str]) -> Counter[str]:
    """Words as printed whole inside lines (line-end fragments do not count)."""
    kept: list[str] = []
    for line in lines:
        if line.endswith("-"):
            line = line.rsplit(None, 1)[0] if " " in line else ""
        kept.append(line)
    # One pass over all lines: a word never spans the line break that joins them.
    return Counter(_WORD.findall("\n".join(kept).lower()))


_NUMBER_SPACE = re.compile(r"(?<![\d.,])(\d{1,3})((?:\u2009\d{3})+)(?![\d])")


_TO_THIN = str.maketrans({c: "\u2009" for c in THIN_SPACES})


def normalise_numbers(text: str) -> str:
    """Thin spaces between digit groups become commas ("392 702" → "392,702"); any other
    thin space becomes a plain space."""
    if text.isascii():
        return text
    text = text.translate(_TO_THIN)
    if "\u2009" not in text:
        return text
    text = _NUMBER_SPACE.sub(lambda m: m.group(1) + m.group(2).replace("\u2009", ","), text)
    return text.replace("\u2009", " ")

