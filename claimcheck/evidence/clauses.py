"""A claim cut into clauses and parts, and the words that say what each is about.

Shared by the rules that compare a claim with a passage part by part: a paraphrase changes
words all over a claim and leaves every part half there, while a claim that adds a fact has
one part that is not there at all (``unstated_parts``).
"""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import lru_cache


from claimcheck.evidence.conjuncts import acronym_words
from claimcheck.evidence.lexicon import FOLD_ONLY
from claimcheck.evidence.quantities import extract_quantities
from claimcheck.evidence.retrieve import join_prefixes, number_tokens, stem, stems


PART_RECALL = 0.5  # a part of the claim with fewer of its content words in the passage is not stated
ABSENT_RECALL = 0.3  # ... and with fewer than this, it is absent even where the rest is stated word for word
CLAUSE_SPLIT = re.compile(r"(?<!\d),|,(?!\d)|[;:()!?]|\.(?=\s|$)|\b(?:and|but|whereas|while|although|though|which)\b", re.I)
# Finer parts for telling which part of a claim a passage states: also relative clauses and
# means ("a lite version of BERT | that overcomes memory limitations | by sharing
# parameters"). Not for negation, whose scope runs on into a "that" clause ("we cannot
# conclude that ...").
PART_SPLIT = re.compile(CLAUSE_SPLIT.pattern + r"|\b(?:that|whose|who|where)\b|\bby (?=\w+ing\b)", re.I)


def clause_texts(text: str, splitter: re.Pattern[str] = CLAUSE_SPLIT) -> list[tuple[str, frozenset[str]]]:
    out = []
    for part in splitter.split(text):
        if part is None:
            continue
        words = stems(part)
        if words:
            out.append((part, words))
    return out


def plain_words(words: frozenset[str]) -> frozenset[str]:
    """The words that say what a clause is about: not the senses that only say which way
    ("~direction", "~size"); a sense that names its topic ("~cost" of "cheaper",
    "~disclosure" of "public") stays, whichever way its word points."""
    return frozenset(w for w in words if not w.startswith("~") or w[1:] not in FOLD_ONLY)


def sentences_of(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+(?=[A-Z(\[])", text) if s.strip()]


def all_words(text: str) -> frozenset[str]:
    """Stems of every word, reporting verbs included ("fail to *observe*")."""
    return frozenset(stem(w) for w in re.findall(r"[a-z][a-z0-9+]*", join_prefixes(text.lower())) if len(w) > 2)


def unstated_parts(claim_text: str, source_text: str) -> list[str]:
    """The parts of a claim (clauses, relative clauses, means: ``PART_SPLIT``) of which the
    passage holds fewer than ``PART_RECALL`` of the content words. Why by part: a
    paraphrase changes words all over the claim and leaves every part half there, while a
    claim that adds a fact has one part that is not there at all."""
    have = stems(source_text) | acronym_words(claim_text, source_text)
    out = []
    for part, words in clause_texts(claim_text, PART_SPLIT):
        words = plain_words(words)
        if len(words) >= 2 and len(words & have) / len(words) < PART_RECALL:
            out.append(part.strip())
    return out


# a passive predicate after a number's noun: "550K pairs | were written by experts"
_PASSIVE = re.compile(r"\b(?:was|were|is|are|been|being)\s+(?:\w+ly\s+)?\w+(?:ed|en|wn|ght)\b.*", re.I)


def _parts_without_numbers(claim_text: str) -> list[tuple[str, frozenset[str]]]:
    """The claim's parts, less those with a number (numbercheck.py weighs those) — but the
    passive predicate a number's phrase carries ("… 550K pairs were written by experts") is
    a part of its own."""
    out = []
    for part, words in clause_texts(claim_text, PART_SPLIT):
        if not number_tokens(part):
            out.append((part, words))
            continue
        m = _PASSIVE.search(part)
        if m and not number_tokens(m.group(0)) and stems(m.group(0)):
            out.append((m.group(0), stems(m.group(0))))
    return out


def absent_parts(claim_text: str, source_text: str, names: Collection[str]) -> list[str]:
    """The parts of a claim of which the passage holds under ``ABSENT_RECALL`` and lacks two
    content words at least, not counting the claim's names (``names.py`` weighs those) nor
    a part with a number (``numbercheck.py`` weighs those): a fact the claim adds ("…,
    although it cannot run on GPUs"), which a passage that states the rest word for word
    does not state."""
    have = stems(source_text) | acronym_words(claim_text, source_text)
    named = stems(" ".join(names))
    out = []
    for part, words in _parts_without_numbers(claim_text):
        words = plain_words(words) - named
        lacking = words - have
        if len(lacking) >= 2 and len(words & have) / len(words) < ABSENT_RECALL:
            out.append(part.strip())
    return out


_COMPOUND = re.compile(r"(?<![\w-])([A-Za-z]{3,})-([A-Za-z]{3,})(?![\w-])")


def scattered_compounds(claim_text: str, source_text: str) -> list[str]:
    """Hyphenated compounds of the claim ("translate-train", "cross-task") whose two words
    the passage has only apart: "translate-train baselines" is not stated by "translation
    pairs" and "train models" in one sentence. Written together in any form ("translate
    train", "translatetrain"), or one word missing altogether (recall weighs that), it is
    no scattered compound."""
    low = join_prefixes(source_text.lower())
    clauses = [{stem(w) for w in re.findall(r"[a-z][a-z0-9]*", c)} for c in CLAUSE_SPLIT.split(low) if c]
    joined = set().union(*clauses) if clauses else set()
    out = []
    for m in _COMPOUND.finditer(join_prefixes(claim_text)):
        a, b = stem(m.group(1).lower()), stem(m.group(2).lower())
        if a == b or not (is_content(m.group(1)) and is_content(m.group(2))):
            continue
        together = any(a in c and b in c for c in clauses) or stem((m.group(1) + m.group(2)).lower()) in joined \
            or _paired(m.group(1), m.group(2), low)
        if a in joined and b in joined and not together:
            out.append(m.group(0))
    return out


def _paired(first: str, second: str, low: str) -> bool:
    """Whether the passage joins the compound's two words as a pair ("the gap between train
    and test" for "the train-test gap", "English or German" for "English-German"): one
    phrase, though a clause split at its "and" parts the words."""
    pair = re.escape(first.lower()) + r"\w*\s+(?:and|or|to|vs\.?|versus)\s+(?:the\s+)?" + re.escape(second.lower())
    return re.search(r"\b" + pair + r"\w*\b", low) is not None


def best_clause_recall(claim_text: str, source_text: str, numberless: bool = False) -> float:
    """Recall of the claim's best-stated clause, for claims that add to what a paper says
    (``numberless``: among the clauses that state no number)."""
    have = stems(source_text)
    best = 0.0
    for part, words in clause_texts(claim_text, PART_SPLIT):
        words = plain_words(words)
        if numberless and extract_quantities(part):
            continue
        if len(words) >= 3:
            best = max(best, len(words & have) / len(words))
    return best


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


@lru_cache(maxsize=65536)
def is_content(word: str) -> bool:
    return bool(plain_words(stems(word)))


# "on date understanding", "for the news domain": a thing a claim's predicate is said of, as
# a preposition, a word that picks it out and the noun it picks out of
_PICKED = re.compile(r"\b(?=(on|in|for|at|of|about)\s+(?:the\s+|an?\s+)?([A-Za-z][\w-]*)\s+([A-Za-z][\w-]*)\b)", re.I)


# words that pick out how many or which, not what kind: "other scripts" / "different
# scripts", "several datasets" / "multiple datasets" say the same
_GENERIC = frozenset("""other others another different differing distinct various varied several multiple many
    some certain specific particular given respective same new existing additional further extra more most
    earlier previous prior recent early later latest past former subsequent
    few numerous own whole entire two three four five six seven eight nine ten all each every both""".split())


def replaced_modifiers(claim_text: str, source_text: str) -> list[str]:
    """Things the claim names by a word the passage has nowhere, where the passage names
    another thing of the same kind in the same place: "beat the enthusiast on *date*
    understanding" against "outperforming the enthusiast on *sports* understanding" is
    said of another task, however well the rest matches (its numbers included)."""
    have = stems(source_text)
    theirs = [(m.group(1).lower(), plain_words(stems(m.group(2))), stems(m.group(3))) for m in _PICKED.finditer(source_text)
              if m.group(2).lower() not in _GENERIC]
    out = []
    for m in _PICKED.finditer(claim_text):
        prep, mod, head = m.group(1).lower(), stems(m.group(2)), stems(m.group(3))
        if not mod or not head or mod & have or m.group(2).lower() in _GENERIC \
                or not (is_content(m.group(2)) and is_content(m.group(3))):
            continue
        if any(p == prep and h == head and o for p, o, h in theirs):
            out.append(f"{m.group(2)} {m.group(3)}")
    return out


# "prompting with beam search": two words, then the means they are done with, to the clause's end
_MEANS_SLOT = re.compile(r"\b([a-z][\w-]*)\s+([a-z][\w-]*)\s+(?:with|using|via)\s+(?:an?\s+|the\s+)?"
                         r"((?:[A-Za-z][\w-]*\s*){1,3}?)(?=[,;:.()]|\s+(?:and|or|but|which|while|for|to|on|in)\b|$)", re.I)


def replaced_means(claim_text: str, source_text: str) -> tuple[str, str] | None:
    """The means the claim gives a thing ("chain-of-thought prompting with beam search")
    where the passage gives the same words another one ("chain-of-thought prompting with
    greedy decoding"), none of whose words the claim has and none of the claim's the
    passage has: the claim says another thing of it. (the claim's means, the passage's)."""
    # an acronym on one side spelled out on the other is the same means ("SGD")
    have = stems(source_text) | acronym_words(claim_text, source_text)
    said = stems(claim_text) | acronym_words(source_text, claim_text)
    theirs = [(m.group(1).lower(), m.group(2).lower(), m.group(3).strip()) for m in _MEANS_SLOT.finditer(source_text)]
    for m in _MEANS_SLOT.finditer(claim_text):
        mine = plain_words(stems(m.group(3)))
        if not mine or mine & have:
            continue
        for a, b, other in theirs:
            words = plain_words(stems(other))
            if (a, b) == (m.group(1).lower(), m.group(2).lower()) and is_content(b) and words and not words & said \
                    and not _roots(m.group(3)) & _roots(other):
                return m.group(3).strip(), other
    return None


ROOT_LETTERS = 6  # words that open with this many letters alike are one word's derivations


def _roots(text: str) -> frozenset[str]:
    """The openings of a phrase's longer words: "the detector" and "the detection network"
    name one thing by one root, whatever the suffix ("-or", "-ion")."""
    return frozenset(w[:ROOT_LETTERS] for w in re.findall(r"[a-z]+", text.lower()) if len(w) >= ROOT_LETTERS and is_content(w))


# "with a peak learning rate of 6e-4", "at a batch size of 8,192": a phrase a claim adds to say
# what a number measures, ending in the number (and its unit) where its clause ends
_NUMBER_PHRASE = re.compile(r"[,;]?\s*\b(?:with|at|using|under|via)\s+(?:an?\s+|the\s+|its\s+)?(?:[A-Za-z][\w-]*\s+){0,4}?"
                            r"(?:of\s+|=\s*)?~?\d(?:[\d,]*\d)?(?:\.\d+)?(?:[eE][-+]?\d+)?(?:\s*%|[A-Za-z]+\b)?(?=\s*(?:[,;)]|\.(?:\s|$)|$))", re.I)
NUMBER_PHRASE_REST = 5  # content words the rest of the claim must keep to be weighed alone


def without_number_phrases(text: str) -> str | None:
    """The claim less the phrases that only add a number to it ("DAPT continues pretraining
    RoBERTa on a large corpus *with a peak learning rate of 6e-4*"), when enough of it is left
    to be a statement of its own; None when there is no such phrase or too little is left."""
    rest = _NUMBER_PHRASE.sub(" ", text)
    if rest == text or len(plain_words(stems(rest))) < NUMBER_PHRASE_REST:
        return None
    return rest
