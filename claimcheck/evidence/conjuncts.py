"""Coordinated items of a claim, compared as a set with the evidence.

"MNLI, SQuAD and PAWS-X achieve the best results" against "MNLI, SQuAD and HellaSwag
achieve the best results": most words match, yet one member of the set is not the
source's. A claim's coordination ("A, B and C", "for A and for B", "on A and B articles")
is split into its items; when the deciding passage has at least one item of a group and
lacks another entirely, the claim is only partly supported, naming what is missing. A
group none of whose items is there says nothing here (the passage may paraphrase the
whole list, or the claim's subject may be elided), and numbers are left to the quantity
rules ("40 languages and 12 tasks").

Pure functions on strings; which words count as the same is ``retrieve.stem``'s business.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from claimcheck.evidence.retrieve import join_prefixes, stems

MAX_ITEM_WORDS = 3
# Words that end an item: what comes after them is the rest of the sentence, not the item.
_BOUNDARY = set(
    """a an the of on in for to by as at with from into via over under between among within across about after
    before than that which who whom whose where when while whereas because since so if is are was were be been
    being has have had do does did can could may might will would should shall must not no also both either
    neither nor its their our his her this these those it they we he she them there here such each every all
    any some only just very including like namely but yet""".split()
)
_DETERMINERS = {"a", "an", "the", "both", "either"}
# Determiners and quantifiers open an object: the word before them is a verb.
_OBJECT_START = {"a", "an", "the", "its", "their", "our", "his", "her", "this", "these", "those", "that", "to",
                 "all", "every", "each", "several", "many", "most", "no", "it", "them", "itself", "themselves"}
# Words that follow a verb's head and rarely a noun's: what a predicate goes on with
# ("trains only the head", "starts from a checkpoint", "comes within 2 points of it").
_PREDICATE_NEXT = {"only", "from", "within", "with", "into", "onto", "to", "on", "at", "by", "further", "also",
                   "again", "instead", "directly", "jointly", "separately", "well", "poorly", "better", "worse",
                   "about", "across", "over", "under", "toward", "towards", "up", "out", "down", "off"}
# "T5+SSM" is one name, as the passage's words have it
_TOKEN = re.compile(r"[A-Za-z0-9][\w\-.'+]*[\w]|[A-Za-z0-9]|[,;:()\[\].!?]")
# A number opens an item ("20 tasks", "12-layer"); a name with digits in it ("BM25", "GPT2") is
# an item like any other name.
_NUMBERISH = re.compile(r"(?<![\w-])\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|hundred|thousand|million|billion|half)\b", re.I)


@dataclass(frozen=True)
class Item:
    text: str
    words: tuple[str, ...]  # content stems in order, the distinguishing (first) one first
    name: bool = False  # every word a name ("MRPC", "PAWS-X")
    whole: bool = False  # one hyphenated token ("en-fr"): stated only by all its parts


def spelled_out(acronym: str, text: str) -> bool:
    """"QA" in "question answering", "NLP" in "natural language processing": an acronym of
    2 to 5 capitals is stated by words its letters begin."""
    if not (acronym.isupper() and acronym.isalpha() and 2 <= len(acronym) <= 5):
        return False
    # a small word between two of them is no letter ("reinforcement learning from human
    # feedback" for "RLHF")
    initials = r"\s+(?:(?:of|from|for|with|to|on|in|by|the|and)\s+)?".join(f"{c}[a-z]+" for c in acronym.lower())
    return bool(re.search(r"\b" + initials + r"\b", text.lower()))


def _is_word(tok: str) -> bool:
    return tok[0].isalnum()


def _is_name(tok: str) -> bool:
    """An acronym, capitalised or inner-capital name ("RTE", "PAWS-X", "Wikipedia", "mBERT")."""
    return len(tok) > 1 and (tok[0].isupper() or any(c.isupper() for c in tok[1:]))


# A version number after a name is part of the name ("wav2vec 2.0", "SQuAD 1.1"), not a count
_VERSION = re.compile(r"\b(\w*[A-Za-z]\w*)\s+v?\d+(?:\.\d+)+\b")


def _unversioned(m: re.Match[str]) -> str:
    name = m.group(1)
    return name if _is_name(name) or re.search(r"\d", name) else m.group(0)


def _item(tokens: list[str]) -> Item | None:
    # a possessive opens an item as a determiner does: "mT5's code and model checkpoints"
    # coordinates "code" with "model checkpoints", whoever's they are
    while len(tokens) > 1 and re.search(r"['’]s?$", tokens[0]):
        tokens = tokens[1:]
    text = " ".join(tokens)
    if not tokens or _NUMBERISH.search(_VERSION.sub(_unversioned, text)):
        return None
    words = tuple(w for t in tokens for w in _ordered_stems(t))
    whole = len(tokens) == 1 and "-" in tokens[0] and len(words) > 1
    return Item(text, words, all(_is_name(t) for t in tokens), whole) if words else None


def _ordered_stems(token: str) -> list[str]:
    out = []
    for part in re.split(r"[-\s]+", join_prefixes(token)):
        st = [s for s in stems(part) if not s.startswith("~")]
        out.extend(st)
    return out


def _right(tokens: list[str], i: int, leading: str | None) -> tuple[list[str], str]:
    """The item after a coordinator at ``i``: optional determiner or the left item's
    preposition repeated ("for A and for B"), then up to three non-boundary words; and the
    token after it."""
    j = i + 1
    if j < len(tokens) and leading and tokens[j].lower() == leading:
        j += 1
    while j < len(tokens) and tokens[j].lower() in _DETERMINERS:
        j += 1
    out: list[str] = []
    while j < len(tokens) and _is_word(tokens[j]) and tokens[j].lower() not in _BOUNDARY and len(out) < MAX_ITEM_WORDS:
        if tokens[j].lower() in ("and", "or"):
            break
        out.append(tokens[j])
        j += 1
    return out, (tokens[j].lower() if j < len(tokens) else "")


def _left_items(tokens: list[str], i: int) -> tuple[list[list[str]], str | None]:
    """Items before a coordinator at ``i``, walking back over a comma list ("A, B, and"),
    and the preposition that introduces the first of them, if any."""
    items: list[list[str]] = []
    j = i - 1
    serial = j >= 0 and tokens[j] == ","
    if serial:
        j -= 1
    leading = None
    while j >= 0:
        cur: list[str] = []
        while j >= 0 and _is_word(tokens[j]) and tokens[j].lower() not in _BOUNDARY and tokens[j].lower() not in ("and", "or"):
            cur.insert(0, tokens[j])
            j -= 1
        if cur and items and (len(cur) > MAX_ITEM_WORDS
                              or (len(items) >= 2 and len(cur) > 1 and all(len(it) == 1 for it in items))):
            # the first item of a comma list runs into the verb before it ("compares
            # pre-training objectives, architectures and ..."; "tools handle parsing,
            # tagging and chunking" beside one-word items): its head word is the item
            items.insert(0, cur[-1:])
            break
        if not cur or len(cur) > MAX_ITEM_WORDS:
            # a longer stretch is a clause ("removes the next sentence prediction
            # objective and changes ..."): no list here
            return [], None
        items.insert(0, cur)
        if j >= 0 and tokens[j].lower() in _BOUNDARY and tokens[j].lower() not in _DETERMINERS:
            leading = tokens[j].lower()
        while j >= 0 and tokens[j].lower() in _DETERMINERS:
            j -= 1
        if j >= 1 and tokens[j] == "," and _is_word(tokens[j - 1]):
            j -= 1
            continue
        break
    if serial and len(items) < 2:
        return [], None  # ", and" after one item joins clauses: "finds X, and sees Y"
    return items, leading


def groups(claim: str) -> list[list[Item]]:
    """The coordinated items of ``claim``, one list per coordination of two or more."""
    tokens = _TOKEN.findall(claim)
    out: list[list[Item]] = []
    for i, tok in enumerate(tokens):
        if tok.lower() not in ("and", "or") or i == 0:
            continue
        if any(t.lower() == "between" for t in tokens[max(0, i - 4) : i]):
            continue  # "between 3 and 5": a range
        left, leading = _left_items(tokens, i)
        right, after = _right(tokens, i, leading)
        if not left or not right:
            continue
        # Names coordinate with names: "MRPC and RTE consist of ..." → MRPC, RTE.
        if _is_name(left[-1][-1]) and _is_name(right[0]):
            left = [[w for w in it if _is_name(w)][-1:] or it for it in left]
            right = right[:1]
        elif after in _OBJECT_START:
            # A verb takes an object: "outperforms mBERT and sets a new record" joins two
            # predicates, not two items — an item is not followed by a determiner.
            continue
        if _second_predicate(left, right, after):
            continue
        if right[0].lower().endswith("ed") and len(right) == 1 and not any(it[0].lower().endswith("ed") for it in left):
            # "trained on English and evaluated on German": two clauses, not a list — but
            # "named entity recognition" is an item whose first word ends in -ed
            continue
        items = [_item(it) for it in left] + [_item(right)]
        kept = [it for it in items if it is not None]
        if len(kept) >= 2 and len(kept) == len(items):
            out.append(kept)
    return out


def _s_form(word: str) -> bool:
    """A word with the -s of a verb's third person or of a plural noun."""
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is", "'s", "’s"))


def _second_predicate(left: list[list[str]], right: list[str], after: str) -> bool:
    """Whether "and W" opens a second predicate rather than adding an item: "freezes the
    encoder and trains only the head", "keeps the architecture and starts from its
    checkpoint". W is one lowercase word with a verb's -s beside items that are singular
    (a plural item would make W a plural noun of the same list: "tokens and parameters
    from ..."), and a word that goes on with a predicate follows it."""
    if len(right) != 1 or not right[0].islower() or not _s_form(right[0]) or after not in _PREDICATE_NEXT:
        return False
    return not any(_s_form(it[-1]) for it in left)


def _acronym_of(item: Item, sentence: str) -> bool:
    """"LLM" for "language model", "LMs" for "language models": an acronym of the sentence
    whose last letters are the initials of the item's words (two words at least)."""
    words = [w for w in re.split(r"[\s\-]+", item.text) if w]
    if len(words) < 2 or item.name:
        return False
    initials = "".join(w[0].lower() for w in words)
    for m in re.finditer(r"(?<![\w-])([A-Z]{2,6})s?(?![\w-])", sentence):
        if m.group(1).lower().endswith(initials):
            return True
    return False


def acronym_words(claim: str, evidence: str) -> frozenset[str]:
    """Stems of the claim's runs of two to four words that an acronym of the evidence
    abbreviates ("language model" where the evidence says "LLM"): words the evidence
    states in short."""
    letters = [m.group(1).lower() for m in re.finditer(r"(?<![\w-])([A-Z]{2,6})s?(?![\w-])", evidence)]
    if not letters:
        return frozenset()
    out: set[str] = set()
    # runs of adjacent lowercase content words within one phrase (no name, no punctuation
    # between them)
    for phrase in re.split(r"[,;:()]|\s(?=[A-Z0-9])|\b(?:" + "|".join(sorted(_BOUNDARY)) + r")\b", claim):
        words = re.findall(r"[a-z][a-z\-]+", phrase)
        for n in range(2, 5):
            for i in range(len(words) - n + 1):
                run = words[i : i + n]
                initials = "".join(w[0] for w in run)
                if any(a.endswith(initials) for a in letters):
                    out |= stems(" ".join(run))
    return frozenset(out)


def missing_conjuncts(claim: str, evidence: str) -> list[str]:
    """Items of the claim's coordinations that the evidence lacks while it has another item
    of the same group — within one sentence: a set is stated in one place, and a word of
    the next sentence ("humans") does not add "human baselines" to "a toolkit and a
    leaderboard". An item is there when its first content word is: for "news articles"
    beside "Wikipedia articles" the shared head says nothing."""
    raw = [s for s in re.split(r"(?<=[.!?])\s+(?=[A-Z(\[])", evidence) if s.strip()] or [""]
    sentences = [stems(s) for s in raw]
    missing: list[str] = []
    for group in groups(claim):
        # What the claim says of its items: a name is also stated by a sentence of its own
        # that says it ("Both MRPC and STS-B consist of ..." over one sentence per task);
        # a common word elsewhere ("humans") says nothing.
        said = frozenset(w for w in stems(claim) if not w.startswith("~")) - {w for it in group for w in it.words}
        own = [k for k, have in enumerate(sentences) if said and len(said & have) >= len(said) / 2]

        def there(it: Item, k: int) -> bool:
            return _there(it, group, sentences[k], raw[k])

        # the sentence with most of the set, and of the rest of the claim between equals
        k_here = max(range(len(sentences)), key=lambda k: (sum(there(it, k) for it in group), len(said & sentences[k])))
        best = [there(it, k_here) or (it.name and any(there(it, k) for k in own)) for it in group]
        if any(best) and not all(best):
            missing += [it.text for it, p in zip(group, best) if not p]
    return missing


def _there(item: Item, group: list[Item], have: frozenset[str], sentence: str) -> bool:
    """Whether a sentence (``have`` its stems) states an item of the claim's group."""
    # "en-fr" beside "en-zh": a hyphenated token's first part says nothing alone
    if item.whole:
        return all(w in have for w in item.words)
    if spelled_out(item.text, sentence) or _acronym_of(item, sentence):
        return True
    if not any(it is not item and it.words[0] == item.words[0] for it in group):
        return item.words[0] in have
    # items that open with the same word ("COCO detection", "COCO keypoint detection";
    # "CIFAR-10", "CIFAR-100") are told apart by the rest
    if _numbered(item):
        return _numbered_name_there(item, sentence)
    return all(w in have for w in _own_words(item, group))


def _own_words(item: Item, group: list[Item]) -> list[str]:
    """The words that tell an item from the others of its group ("keypoint" of "COCO
    keypoint detection" beside "COCO detection"): a sentence with only the words it shares
    with them ("COCO segmentation") does not state it. An item with no word of its own
    ("ImageNet detection" beside "ImageNet localization" and "COCO detection") needs all of
    its words."""
    others = {w for it in group if it is not item for w in it.words}
    own = [w for w in item.words if w not in others]
    return own or list(item.words)


def _numbered(item: Item) -> bool:
    return item.name and bool(re.search(r"\d", item.text))


def _numbered_name_there(item: Item, sentence: str) -> bool:
    """Whether a name with digits ("CIFAR-100", "GPT-2") stands in the sentence as written,
    hyphens and spaces aside: its stems lose the digits, and "CIFAR-10" is another name."""
    runs = re.findall(r"[A-Za-z]+|\d+|[^\sA-Za-z\d-]", item.text)
    return bool(re.search(r"(?<![\w-])" + r"[\s\-]?".join(map(re.escape, runs)) + r"(?!\w|-\d)", sentence, re.I))


LISTED_SHARE = 1 / 3  # of the claim's words outside its list a sentence must share to be about the same list


def lists_part(claim: str, evidence: str) -> bool:
    """Whether a sentence of the evidence states two or more items (at least half) of a list
    of three or more in the claim, and shares some of what the claim says of them ("tasks
    such as A, B and D" for "evaluated on A, B and C"): the claim is about that list, however
    much the items it adds weigh in its share of words."""
    raw = [s for s in re.split(r"(?<=[.!?])\s+(?=[A-Z(\[])", evidence) if s.strip()]
    for group in groups(claim):
        if len(group) < 3:
            continue
        said = frozenset(w for w in stems(claim) if not w.startswith("~")) - {w for it in group for w in it.words}
        for sentence in raw:
            have = stems(sentence)
            n = sum(_there(it, group, have, sentence) for it in group)
            if n >= 2 and 2 * n >= len(group) and said and len(said & have) >= LISTED_SHARE * len(said):
                return True
    return False
