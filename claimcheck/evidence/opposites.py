"""Whether a claim points the other way from a passage without any number: an antonym
("increases variance" / "reduced variance"), a negation in one clause but not its
counterpart, a universal where the source qualifies, a restriction where it says "all", a
degree word turned round ("a small gain" / "a large gain"), an exception the source makes
of what the claim states ("everywhere but on X"), or a difference where the source says the
two are level ("far better than" / "about the same as").

Clause by clause (``clauses.py``), so "improves accuracy, and does not require data" denies
nothing of the improvement; the signs of words come from ``polarity.py``.
"""

from __future__ import annotations

import re


from claimcheck.evidence.clauses import CLAUSE_SPLIT, all_words, clause_texts, is_content, plain_words, sentences_of
from claimcheck.evidence.conjuncts import groups
from claimcheck.evidence.lexicon import FOLD_ONLY
from claimcheck.evidence.names import entity_spans, mentions, names_in
from claimcheck.evidence.polarity import ABSTENTION, AVOIDANCE, CLAUSE_BOUNDARY, NEED_REMOVAL, NEGATION_CUE, UNIVERSAL, Polarity, occurrences, polarity, prefix_opposed, sign_of
from claimcheck.evidence.retrieve import join_prefixes, stems
from claimcheck.evidence.tables import ROW_TEXT


NEGATION_RECALL = 0.6  # words must match this well before a negation flip counts
HEADING_WORDS = 8  # a "sentence" this short in a passage is a heading or lead-in that frames the next
_NEGATION = re.compile(
    r"\b(?:not|never|neither|nor|cannot|fails? to|failed to|unable to|no longer|none of|without|rather than|instead of|"
    r"as opposed to|in place of|in lieu of|(?:an )?alternatives? to|hardly|barely|scarcely|" + ABSTENTION + "|" + NEED_REMOVAL
    + "|" + AVOIDANCE + r")\b|n't\b",
    re.I,
)
def negated(text: str) -> bool:
    return bool(_NEGATION.search(text))


def _aligned(claim_text: str, source_text: str) -> list[tuple[str, list[str]]]:
    """Pairs (claim clause, the source clauses that say the same thing): a run of up to
    three adjacent clauses of one source sentence holding at least ``NEGATION_RECALL`` of
    the clause's non-polar words, as short as it can be."""
    runs: list[tuple[list[str], frozenset[str]]] = []
    for sent in sentences_of(source_text):
        parts = [p for p in CLAUSE_SPLIT.split(sent) if p and p.strip()]
        words = [plain_words(stems(p)) for p in parts]
        for i in range(len(parts)):
            acc: frozenset[str] = frozenset()
            for j in range(i, min(i + 3, len(parts))):
                acc = acc | words[j]
                runs.append((parts[i : j + 1], acc))
    pairs = []
    everywhere = stems(source_text)
    for part, words_ in clause_texts(claim_text):
        plain = plain_words(words_)
        # A name the passage never uses is the report's name for what the passage calls
        # "we" or "our model": what the clause says of it is what counts.
        named = plain_words(stems(" ".join(names_in(part)))) - everywhere
        if len(plain - named) >= 3:
            plain = plain - named
        if len(plain) < 2 or not runs:
            continue
        # between runs holding as much, the one with fewest other words says the same thing
        best = max(runs, key=lambda r: (len(plain & r[1]) / len(plain) - 0.05 * (len(r[0]) - 1), -len(r[1] - plain)))
        if len(plain & best[1]) / len(plain) >= NEGATION_RECALL:
            pairs.append((part, best[0]))
            continue
        # no single sentence says it: a sentence may say it within the frame another sets
        # (each sentence framed by the rest, the shortest run of each that says it)
        seen: set[str] = set()
        for run, acc in sorted(runs, key=lambda r: len(r[0])):
            framed = _without_frame(plain, run, source_text)
            key = _sentence_of(source_text, run[0])
            if framed is not None and key not in seen and len(framed & acc) / len(framed) >= NEGATION_RECALL:
                seen.add(key)
                pairs.append((part, run))
    return pairs


def _without_frame(plain: frozenset[str], run: list[str], source_text: str) -> frozenset[str] | None:
    """The clause's words less those the passage says in another sentence only: a heading
    or lead-in ("Stage 2: joint training.") sets the frame of "during joint training the
    encoder is frozen", and the sentence that says the rest need not repeat it. None when
    too little is left to align on."""
    sentence = next((sent for sent in sentences_of(source_text) if run and run[0] in sent), "")
    # only a heading frames: a short line ("Stage 2: joint training."), not a sentence of its own
    headings = " ".join(sent for sent in sentences_of(source_text) if sent != sentence and len(sent.split()) <= HEADING_WORDS)
    elsewhere = plain_words(stems(headings)) - plain_words(stems(sentence)) if sentence and headings else frozenset()
    framed = plain - elsewhere
    return framed if elsewhere & plain and len(framed) >= 3 else None


def _merged(clauses: list[str]) -> Polarity:
    ps = [polarity(c) for c in clauses]
    signs: dict[str, frozenset[int]] = {}
    for p in ps:
        for g, s in p.signs.items():
            signs[g] = signs.get(g, frozenset()) | s
    return Polarity(signs, any(p.negated for p in ps), any(p.bare_negation for p in ps),
                    any(p.universal for p in ps), any(p.partial for p in ps), frozenset().union(*(p.heads for p in ps)),
                    frozenset().union(*(p.scoped for p in ps)))


# "parameter-free", "tuning-free": the thing before "-free" is what the word denies
_FREE = re.compile(r"\b([A-Za-z][A-Za-z]+)-free\b")


def _free_spelled_out(text: str) -> str:
    """``text`` with each "X-free" as "without X": "shortcuts that are parameter-free" denies
    the parameters that "shortcuts have parameters" states, as "have no parameters" would."""
    return _FREE.sub(lambda m: f"without {m.group(1)}", text)


def negation_flip(claim_text: str, source_text: str) -> bool | None:
    """Whether a clause of the claim and the source clause that says the same thing
    disagree in negation ("XNLI does not see benefits" / "XNLI sees benefits"). Clause by
    clause, so "improves accuracy, and does not require data" negates nothing about the
    improvement. Returns which side negates (True: the claim) or None for no flip."""
    claim_text, source_text = _free_spelled_out(claim_text), _free_spelled_out(source_text)
    # a cue's reach runs on past an "and" that cuts the claim's clauses: "eliminates the
    # need to A and to B" denies B too
    whole_scoped = all_words(" ".join(polarity(claim_text).scoped))
    for part, src in _aligned(claim_text, source_text):
        flip = _clause_flip(part, src, whole_scoped)
        if flip is not None:
            return flip
    # a sentence of the passage that negates the claim's predicate, where the best-matched one
    # does not state that predicate at all ("prior approaches train a re-ranker given human
    # annotations. Instead, ours requires no human annotation" for "requires human annotation")
    for part, src, primary in _other_sentence_runs(claim_text, source_text):
        denied = all_words(" ".join(_merged(src).scoped)) & all_words(part)
        if denied - all_words(" ".join(primary)) and _clause_flip(part, src, whole_scoped) is False:
            return False
    if _means_denied(claim_text, source_text):
        return False
    return None


def _clause_flip(part: str, src: list[str], whole_scoped: frozenset[str]) -> bool | None:
    """``negation_flip`` for one clause of the claim and the source clauses aligned with it."""
    pc, ps = polarity(part), _merged(src)
    # A cue before an antonym is weighed in polarity_clash ("does not hurt" = "helps");
    # a cue over a plain verb ("does not require", "do not persist") is weighed here —
    # when the other side states that verb: "instead of masking the input, it corrupts
    # ..." negates nothing of "corrupts the input".
    # What one side negates (the verb right after its cue) and the other states outside
    # any negation: "fail to observe" / "observe"; "a cause (not location)" / "a
    # location rather than a cause"; but "find no correlations" / "fail to observe
    # correlations" both negate.
    claim_words, source_words = all_words(part), all_words(" ".join(src))
    # "tasks the model has not seen" says what "unseen tasks" says
    claim_heads = all_words(" ".join(h for h in pc.heads if not _prefixed_in(h, " ".join(src))))
    source_heads = all_words(" ".join(h for h in ps.heads if not _prefixed_in(h, part)))
    claim_scoped, source_scoped = _denied_words(pc.scoped), _denied_words(ps.scoped)
    # A word a side also states outside any negation is no negated head of it: "training
    # yields gains ... without training" does not negate training.
    source_heads -= _unnegated_words(" ".join(src))
    claim_heads -= _unnegated_words(part)
    if (source_heads & claim_words) - claim_scoped - whole_scoped and not _antonym_negated(ps, pc):
        return False
    if (claim_heads & source_words) - source_scoped and not _names_unstated_thing(part, source_words) \
            and not _antonym_negated(pc, ps):
        return True
    # one verb negated, another of its family stated: "we do not use X" / "keeps X",
    # "which it does not require" / "relies on it"
    src_text = " ".join(src)
    if _families(" ".join(ps.heads)) & _families(_stated_text(part, pc)) and not _antonym_negated(ps, pc):
        return False
    if _families(" ".join(pc.heads)) & _families(_stated_text(src_text, ps)) \
            and not _names_unstated_thing(part, source_words) and not _antonym_negated(pc, ps):
        return True
    return None


# "re-" on a verb says it is done again: "instead of recomputing them" denies the computing
# that "instead of computing them anew" denies, not the first computing the claim also names.
_AGAIN = re.compile(r"^re-?(?=[a-z]{4})")


def _denied_words(scoped: frozenset[str]) -> frozenset[str]:
    """Stems of the words a negation reaches, each "re-" verb also as its plain verb."""
    return all_words(" ".join(scoped)) | all_words(" ".join(_AGAIN.sub("", w) for w in scoped if _AGAIN.match(w)))


def _other_sentence_runs(claim_text: str, source_text: str) -> list[tuple[str, list[str], list[str]]]:
    """(claim clause, the best run of another sentence that holds ``NEGATION_RECALL`` of it,
    the best-aligned run) for each clause ``_aligned`` pairs with a sentence."""
    sentences = sentences_of(source_text)
    if len(sentences) < 2:
        return []
    out = []
    for part, primary in _aligned(claim_text, source_text):
        plain = plain_words(stems(part))
        home = _sentence_of(source_text, primary[0]) if primary else ""
        for sent in sentences:
            if sent == home:
                continue
            parts = [p for p in CLAUSE_SPLIT.split(sent) if p and p.strip()]
            runs = [parts[i:j + 1] for i in range(len(parts)) for j in range(i, min(i + 3, len(parts)))]
            scored = [(len(plain & plain_words(stems(" ".join(r)))) / max(1, len(plain)), r) for r in runs]
            best = max(scored, key=lambda t: (t[0], -len(t[1])), default=None)
            if best is not None and best[0] >= NEGATION_RECALL:
                out.append((part, best[1], primary))
    return out


# "trained with dropout", "built with a gating unit": the thing a claim says its subject is
# done with ("compared with X", "in line with X" relate two things instead)
_MEANS = re.compile(r"(?:(\w+)\s+)?\bwith\s+(?:a|an|the|their|its|our)?\s*([A-Za-z][\w-]+)", re.I)
_RELATING_WITH = frozenset("""compared along together line par consistent contrast compatible combined coupled paired
                           associated correlated correlates comparable familiar""".split())


_EITHER_WAY = re.compile(r"\bwith\s+(?:or|nor)\s+without\b", re.I)


def _means_denied(claim_text: str, source_text: str) -> bool:
    """Whether the source denies the thing the claim says its subject is done with, and
    never states it outside a negation: "trained with dropout" / "we do not use dropout",
    "... neither dropout nor weight decay"."""
    if _EITHER_WAY.search(source_text):
        return False  # "neither with nor without X" denies nothing of X
    stated_in_source = _unnegated_words(source_text)
    denied = all_words(" ".join(w for sent in sentences_of(source_text) for w in polarity(sent).scoped))
    for m in _MEANS.finditer(_unnegated_text(claim_text)):
        if (m.group(1) or "").lower() in _RELATING_WITH:
            continue
        thing = all_words(m.group(2))
        if thing and is_content(m.group(2)) and thing <= denied and not thing & stated_in_source:
            return True
    return False


# Verbs that say the same of their object, each family by the sense it shares: a thing
# used (kept, adopted, applied) and a thing needed (required, relied on).
_VERB_FAMILIES = {
    "use": re.compile(r"\b(?:use[sd]?|using|keep(?:s|ing)?|kept|retain(?:s|ed|ing)?|adopt(?:s|ed|ing)?|"
                      r"employ(?:s|ed|ing)?|apply|applies|applied|applying|utili[sz](?:e|es|ed|ing)|"
                      r"leverag(?:e|es|ed|ing)|rel(?:y|ies|ied|ying)\s+on|depend(?:s|ed|ing)?\s+on)\b", re.I),
    # a thing put into another: "builds biases into the model" / "does not introduce biases into it"
    "add": re.compile(r"\b(?:introduc(?:e|es|ed|ing)|incorporat(?:e|es|ed|ing)|inject(?:s|ed|ing)?|"
                      r"build(?:s|ing)?\b(?=[^,;.]*\binto\b)|built\b(?=[^,;.]*\binto\b))", re.I),
    "need": re.compile(r"\b(?:requir(?:e|es|ed|ing)|need(?:s|ed|ing)?|rel(?:y|ies|ied|ying)\s+on|"
                       r"depend(?:s|ed|ing)?\s+on)\b", re.I),
}


def _families(text: str) -> frozenset[str]:
    """The verb families (``_VERB_FAMILIES``) a text has a verb of."""
    return frozenset(name for name, pattern in _VERB_FAMILIES.items() if pattern.search(text))


def _antonym_negated(negating: Polarity, other: Polarity) -> bool:
    """Whether the negation of one side reaches a polar word that ends up pointing the way
    the other side's antonym does: "did not show large variance" says "showed little
    variance" — the negation is the antonym's, not a denial of the verb."""
    for w in negating.scoped:
        hit = sign_of(w)
        # (a word the negation left pointing its own way was not reached by it: "no X in
        # sparse graphs" negates X, not "sparse")
        if hit and negating.signs.get(hit[0]) and negating.signs.get(hit[0]) == other.signs.get(hit[0]) \
                and negating.signs.get(hit[0]) != frozenset({hit[1]}):
            return True
    return False


def _prefixed_in(word: str, text: str) -> bool:
    """Whether ``text`` has ``word`` with a negating prefix ("unseen" for "seen")."""
    return bool(re.search(r"\b(?:un|non|in|im|dis|ir|il)-?" + re.escape(word.lower()) + r"\b", text.lower()))


_NOMINAL_NEGATION = re.compile(r"\b(?:no|without|none of)\s+([A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*)?)", re.I)


def _names_unstated_thing(part: str, source_words: frozenset[str]) -> bool:
    """A claim that denies a thing ("tasks that have *no training data*") negates nothing
    of a source that never names that thing, even if it uses one of its words ("gains from
    intermediate *training*")."""
    for m in _NOMINAL_NEGATION.finditer(part):
        phrase = frozenset(w for w in all_words(m.group(1)) if is_content(w))
        if phrase and not phrase <= source_words:
            return True
    return False


def _unnegated_words(text: str) -> frozenset[str]:
    """Stems of the words outside every negation's reach (a cue to its clause's end)."""
    return all_words(_unnegated_text(text))


def _stated_text(text: str, pol: Polarity) -> str:
    """The text outside every negation's reach, less the verb a "no" negates from before
    it: "uses no augmentation" states no use."""
    return " ".join(w for w in _unnegated_text(text).split() if w.lower().strip(".,;:") not in pol.scoped)


def _unnegated_text(text: str) -> str:
    """The text outside every negation's reach (a cue to its clause's end)."""
    kept, pos = [], 0
    for m in NEGATION_CUE.finditer(text):
        if m.start() < pos:
            continue
        kept.append(text[pos : m.start()])
        end = re.search(r"[,;:()]|\.\s", text[m.end() :])
        pos = m.end() + end.start() if end else len(text)
    kept.append(text[pos:])
    return " ".join(kept)


WINDOW = 6  # words each side of a polar word that say what it is about


def _around(text: str, start: int, end: int, content: bool = False) -> frozenset[str]:
    """The words next to a polar word in its sentence; with ``content``, the content words
    next to it ("the code and model checkpoints used in this work are publicly available"
    is about the checkpoints, six words away)."""
    sent_start = max(text.rfind(". ", 0, start) + 1, 0)
    sent_end = text.find(". ", end)
    sent_end = len(text) if sent_end < 0 else sent_end
    words = re.findall(r"[A-Za-z][A-Za-z0-9\-]*", text[sent_start:start]), re.findall(r"[A-Za-z][A-Za-z0-9\-]*", text[end:sent_end])
    if content:
        words = [w for w in words[0] if is_content(w)], [w for w in words[1] if is_content(w)]
    return plain_words(stems(" ".join(words[0][-WINDOW:] + words[1][:WINDOW])))


def _object(text: str, end: int, lists: bool) -> frozenset[str]:
    """The first content words right after a polar word, within its clause: what it is
    about ("reduces *training cost*", "fewer *parameters*"); with ``lists``, across the
    commas of a list ("release our data set, pre-trained models")."""
    stop = r"[;:()]|\.\s" if lists else r"[,;:()]|\.\s"
    clause = re.split(stop, text[end : end + 80], maxsplit=1)[0]
    words = [w for w in re.findall(r"[A-Za-z][A-Za-z0-9\-]*", clause) if plain_words(stems(w))][: 4 if lists else 2]
    return plain_words(stems(" ".join(words)))


# A polar verb followed by a preposition or its clause's end takes no object: "the loss
# decreases in all domains" is about the loss as much as "it increases the loss" is, and
# about the domains as much as "performs poorly on X" is about X.
_INTRANSITIVE = re.compile(r"\s*(?:$|[,;:().]|(?:in|on|for|across|over|at|after|with|when|as|during|by|from|under|beyond)\b)", re.I)


# A polar adjective after a copula is said of the clause's subject, even when a noun follows
# it: "X is already common practice" says of X what "X is still rare" does.
_COPULA_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|remains?|remained|becomes?|became)\s+"
                            r"(?:(?:a|an|already|still|now|very|quite|increasingly|fairly|rather|relatively)\s+)*$", re.I)


def _theme(text: str, start: int, end: int, lists: bool) -> frozenset[str]:
    """What a polar word is about: its object, and its subject too when it takes none or
    stands as a predicate after a copula."""
    if (_INTRANSITIVE.match(text[end:]) and not re.match(r"\s*by\b", text[end:])) or _COPULA_BEFORE.search(text[:start]):
        return _object(text, end, lists) | _subject(text, start)
    return _object(text, end, lists)


def _different_objects(claim_text: str, cs: int, ce: int, source_text: str, ss: int, se: int) -> tuple[bool, bool]:
    """(about different things, about the same thing) for two polar words. A comparative
    ("easier than GLUE's") is about its subject, not the words after it."""
    if re.match(r"\s+than\b", claim_text[ce:]) or re.match(r"\s+than\b", source_text[se:]):
        return False, False
    near = (_theme(claim_text, cs, ce, False), _theme(source_text, ss, se, False))
    wide = (_theme(claim_text, cs, ce, True), _theme(source_text, ss, se, True))
    same = any(a and b and a & b for a, b in (near, wide))
    different = all(a and b and not a & b for a, b in (near, wide))
    return different, bool(same)


def _subject(text: str, start: int) -> frozenset[str]:
    """The content words before a polar word, back to its clause's start: what it says
    something of ("*plain fine-tuning* outperforms ...")."""
    before = re.split(r"[,;:()]|\.\s|\b(?:but|and|while|whereas|that|which)\b", text[max(0, start - 80) : start])[-1]
    return plain_words(stems(" ".join(w for w in re.findall(r"[A-Za-z][A-Za-z0-9\-]*", before) if is_content(w))))


_RELATIVE = re.compile(r"(?:,\s*)?\b(?:which|that|who)\s+(?:\w+ly\s+|still\s+|also\s+|even\s+)*$", re.I)


def _doer(text: str, start: int) -> frozenset[str]:
    """The subject of a polar verb, or, where the verb opens a relative clause ("4.49%,
    which still trails X"), the words it refers back to: an empty subject would let any
    word the claim's object shares with the source's subject read as roles swapped."""
    own = _subject(text, start)
    m = _RELATIVE.search(text[max(0, start - 80) : start])
    if own or m is None:
        return own
    return _subject(text, max(0, start - 80) + m.start())


# Words that relate two things (a subject and what it is compared with), where swapping the
# two makes another statement; an adjective ("private", "easier") says something of one.
_RELATION = re.compile(r"(?:out|under)perform\w*|beat\w*|exceed\w*|surpass\w*|trail\w*|lag\w*|improve\w*|"
                       r"(?:better|worse|stronger|weaker)")


def _swapped_roles(claim_text: str, cs: int, ce: int, source_text: str, ss: int, se: int) -> bool:
    """The claim's subject is what the source's polar word is about, more than the claim's
    object is, or the claim's object is the source's subject: "plain fine-tuning
    outperforms adapters" / "neither adapters nor prompts outperform plain fine-tuning"
    relate the two the other way round, so the source's negation denies another statement
    (a passive "… by X" keeps its roles)."""
    if re.match(r"\s*by\b", source_text[se:]) or not (
        _RELATION.fullmatch(claim_text[cs:ce].lower()) and _RELATION.fullmatch(source_text[ss:se].lower())
    ):
        return False
    subject = _doer(claim_text, cs)
    claim_object, source_object = _object(claim_text, ce, True), _object(source_text, se, True)
    source_subject = _doer(source_text, ss)
    return (len(subject & source_object) > len(claim_object & source_object)
            or len(claim_object & source_subject) > len(subject & source_subject))


def _opposite_occurrence(claim_text: str, source_text: str) -> str | None:
    """A polar word of the claim whose best counterpart in the source — the same antonym
    group about the same words — points the other way ("more parameters than BERT-large" /
    "fewer parameters compared to BERT-large"). The words about each are the nearest
    words, else the nearest content words (a long noun phrase sits far from its
    adjective). Not the content words of a table row, whose neighbours are other cells."""
    found = _opposite_within(claim_text, source_text, False)
    if found is None and not ROW_TEXT.match(source_text):
        found = _opposite_within(claim_text, source_text, True)
    return found


# "… on X", "… in X", "… for X" right after a polar word: the thing it is measured on
_TARGET = re.compile(r"^(?:\s+[\w'’-]+){0,3}?\s+(?:on|in|for)\s+(?:the\s+)?", re.I)


def _target_names(text: str, end: int) -> frozenset[str]:
    """The names a polar word is said of by a preposition after it ("hurts performance on
    X", "the benefit we observe in X"), within its clause."""
    low = text.lower()
    stop = next((m.start() for m in CLAUSE_BOUNDARY.finditer(low, end)), len(text))
    m = _TARGET.match(text[end:stop])
    if m is None:
        return frozenset()
    return frozenset(names_in(text[end + m.end() : stop]))


def _target_words(text: str, end: int) -> frozenset[str]:
    """The words of the thing a polar word is said of by a preposition after it ("worse on
    the 9M subset" → 9m, subset), to its clause's end, digits kept."""
    low = text.lower()
    stop = next((m.start() for m in CLAUSE_BOUNDARY.finditer(low, end)), len(text))
    m = _TARGET.match(text[end:stop])
    if m is None:
        return frozenset()
    words = re.findall(r"[a-z0-9][a-z0-9+.\-]*[a-z0-9+]|[a-z0-9]", low[end + m.end() : stop])
    return frozenset(w for w in words if is_content(w) or re.search(r"\d", w))


def _said_of_the_same(claim_text: str, o, source_text: str, about: list) -> list:
    """The source's polar words of ``o``'s sense said of the thing the claim's word is said
    of, where the source says it of several ("much worse on the small subset, but better
    on the large ones" against "better on the small subset"): each is weighed against the
    one about its own thing. Unchanged where none, or all alike, share that thing's words."""
    target = _target_words(claim_text, o.end)
    if not target:
        return about
    shared = [(len(target & _target_words(source_text, s.end)), (s, c)) for s, c in about if s.group == o.group]
    best = max((n for n, _ in shared), default=0)
    if best == 0 or all(n == best for n, _ in shared):
        return about
    return [sc for sc in about if sc[0].group != o.group] + [sc for n, sc in shared if n == best]


def _about_other_names(claim_names: frozenset[str], source_names: frozenset[str]) -> bool:
    """A polar word said of other names than the claim's is about another thing: "does not
    help on X, but helps on Y" says nothing of Y in its first clause."""
    return bool(claim_names and source_names and not claim_names & source_names)


def _both_ways(text: str, occs: list) -> set[str]:
    """Polar words a text says both ways ("strong X does not imply strong Y")."""
    signs: dict[str, set[int]] = {}
    for o in occs:
        signs.setdefault(text[o.start:o.end].lower(), set()).add(o.sign)
    return {w for w, ss in signs.items() if len(ss) == 2}


def _opposite_within(claim_text: str, source_text: str, content: bool) -> str | None:
    source_occs = occurrences(source_text)
    source = [(o, _around(source_text, o.start, o.end, content)) for o in source_occs]
    claim_occs = occurrences(claim_text)
    # a word both texts say both ways is a pattern they share ("strong A does not imply
    # strong B"), not a word one of them turns round
    mirrored = _both_ways(claim_text, claim_occs) & _both_ways(source_text, source_occs)
    for o in claim_occs:
        if claim_text[o.start:o.end].lower() in mirrored:
            continue
        ctx = _around(claim_text, o.start, o.end, content)
        if not ctx:
            continue
        names = _target_names(claim_text, o.end)
        about = [(s, c) for s, c in source if not _about_other_names(names, _target_names(source_text, s.end))]
        about = _said_of_the_same(claim_text, o, source_text, about)
        taken = _taken_by_others(o, claim_text, claim_occs, source_text, source, content)
        same = max((len(ctx & c) for s, c in about if s.group == o.group and s.sign == o.sign and s not in taken), default=0)
        opp = [(len(ctx & c), s) for s, c in about if s.group == o.group and s.sign != o.sign]
        if not opp:
            continue
        overlap, s = max(opp, key=lambda t: t[0])
        # "removes X and, instead, adds Y" against "keeps X": the words around both verbs are
        # alike; what each acts on tells which one the claim's verb speaks to.
        # ... and a source that says the claim's word of the very thing it acts on ("substantial
        # compute" beside "4× smaller") states it, whatever the words around the other one
        target = _object(claim_text, o.end, False)
        if target:
            kept = max((len(target & _object(source_text, x.end, False))
                        for x, _ in about if x.group == o.group and x.sign == o.sign), default=0)
            # (the claim's very word, said of it, is stated even where the other matches as well)
            word = claim_text[o.start:o.end].lower()
            verbatim = max((len(target & _object(source_text, x.end, False)) for x, _ in about
                            if x.group == o.group and x.sign == o.sign and source_text[x.start:x.end].lower() == word),
                           default=0)
            against = max(len(target & _object(source_text, x.end, False)) for _, x in opp)
            if kept > against or (verbatim and verbatim >= against):
                continue
            hit = [(n, x) for n, x in opp if len(target & _object(source_text, x.end, False)) > kept]
            if hit and same >= overlap:
                (overlap, s), same = max(hit, key=lambda t: t[0]), 0
        if _swapped_roles(claim_text, o.start, o.end, source_text, s.start, s.end):
            continue  # "A beats B" against "neither B nor C beats A": another relation, not its denial
        if o.group == "causation" and _removed(claim_text, o.start) != _removed(source_text, s.start):
            continue  # "dropout avoids overfitting" is "removing dropout leads to overfitting"
        different, about_same = _different_objects(claim_text, o.start, o.end, source_text, s.start, s.end)
        # A word of a sense that names what it says ("expensive", "private", "crucial") that
        # the passage only ever says the other way of: "more expensive to pre-train" /
        # "small, fast, cheap and light" is about the same model, whatever follows.
        if s.group in _RELATIONAL_SENSES and _relational(source_text, s.start, s.end) and not _object(claim_text, o.end, False) & _object(source_text, s.end, False):
            continue  # "in contrast to prior work, X helps" opposes nothing the claim confirms of X
        lone = o.group not in FOLD_ONLY and not any(x.group == o.group and x.sign == o.sign for x, _ in source)
        if different and not lone:
            continue  # "reduces training cost" and "improves accuracy" are about different things
        # One shared word is weak evidence: it does not outweigh the source's own use of the
        # claim's very word the claim's way ("such degradation is not caused by X" beside "with
        # the network depth increasing").
        weak = (about_same or lone) and overlap >= 1 and not _echoed(claim_text, o, source_text, source)
        if overlap > same and (overlap >= min(2, len(ctx)) or weak):
            mine, theirs = claim_text[o.start:o.end], source_text[s.start:s.end]
            if mine.lower() == theirs.lower():
                return f"“{mine}”, negated on one side only"  # the same word, turned round by a negation
            return f"“{mine}” where the source says “{theirs}”"
    return None


def _echoed(claim_text: str, o, source_text: str, source: list) -> bool:
    """Whether the source says the claim's polar word itself, pointing the claim's way."""
    word = claim_text[o.start:o.end].lower()
    return any(s.group == o.group and s.sign == o.sign and source_text[s.start:s.end].lower() == word for s, _ in source)


def _taken_by_others(o, claim_text: str, claim_occs: list, source_text: str,
                     source: list, content: bool) -> set:
    """Source polar words that are the counterpart of another polar word of the claim, so
    that they cannot also agree with ``o``: in "performs worse at lower cost" against
    "performs better at lower cost" the source's "lower" is the claim's "lower", and the
    claim's "worse" still meets "better". A source word is another's when that other claim
    word (at another place, same sense and sign) is the very same word, or shares more of
    its surrounding words than ``o`` does ("raising dropout improves X" / "increasing
    dropout leads to worse X": "increasing" is "raising")."""
    word = claim_text[o.start:o.end].lower()
    ctx = _around(claim_text, o.start, o.end, content)
    taken = set()
    for s, c in source:
        if s.group != o.group or s.sign != o.sign:
            continue
        sword = source_text[s.start:s.end].lower()
        if sword == word:
            continue
        mine = len(ctx & c)
        for x in claim_occs:
            if x.start == o.start or x.group != s.group or x.sign != s.sign:
                continue
            xword = claim_text[x.start:x.end].lower()
            if xword == sword or len(_around(claim_text, x.start, x.end, content) & c) > mine:
                taken.add(s)
                break
    return taken


# senses whose words relate a clause to another thing ("agrees with", "on par with")
_RELATIONAL_SENSES = frozenset({"agreement", "parity"})
_RELATIONAL = re.compile(r"\s+(?:to|with)\b", re.I)


def _relational(text: str, start: int, end: int) -> bool:
    """Whether a polar word relates its clause to what follows "to"/"with" ("in contrast to
    prior work", "contrary to X", "agrees with X"): it is about that thing, never about the
    whole sentence, so it opposes a claim only about the same thing."""
    return bool(re.search(r"[\s-](?:to|with)$", text[start:end].lower()) or _RELATIONAL.match(text[end:]))


def confirms(claim_text: str, source_text: str) -> bool:
    """Whether the source states one of the claim's polar words the same way about the same
    words ("reduces cost" / "a reduced cost of training"): it speaks to the predicate."""
    source = [(o, _around(source_text, o.start, o.end)) for o in occurrences(source_text)]
    for o in occurrences(claim_text):
        ctx = _around(claim_text, o.start, o.end)
        if any(s.group == o.group and s.sign == o.sign and len(ctx & c) >= min(2, len(ctx)) for s, c in source):
            return True
    # ... or the claim's universal, about the same words ("to every layer of the network" /
    # "into each layer of the network"): it speaks to the claim's scope
    universals = [_around(source_text, m.start(), m.end()) for m in UNIVERSAL.finditer(source_text)]
    for m in UNIVERSAL.finditer(claim_text):
        ctx = _around(claim_text, m.start(), m.end())
        if any(len(ctx & c) >= min(2, len(ctx)) for c in universals):
            return True
    return False


# "no training data", "without labels", "lacks a decoder": a thing the claim denies exists.
_DENIED_THING = re.compile(r"\b(?:no|without|lacks?|lacking)\s+((?:[A-Za-z][\w-]*\s+){0,2}[A-Za-z][\w-]*)", re.I)


def unstated_denial(claim_text: str, source_text: str) -> str | None:
    """The thing a claim denies ("tasks that have no training data of their own") when a
    source without any negation shares only some of its words ("large gains from
    intermediate training"): the denial is a part of the claim the source does not state.
    A source that has all of them un-negated says the opposite (:func:`negation_flip`);
    one that denies something too is left to the rules on negation."""
    if NEGATION_CUE.search(source_text):
        return None
    said = all_words(source_text)
    each = [all_words(s) for s in sentences_of(source_text)]
    for m in _DENIED_THING.finditer(claim_text):
        words = all_words(" ".join(w for w in m.group(1).split() if is_content(w)))
        # (the words of the denied thing spread over two sentences name no one thing)
        if words and words & said and not any(words <= w for w in each):
            phrase = m.group(0).split()
            while len(phrase) > 2 and not is_content(phrase[-1]):
                phrase.pop()  # "no training data of" → "no training data"
            return " ".join(phrase)
    return None


def silent_on(claim_text: str, source_text: str) -> bool:
    """Whether the source has no word of any sense the claim's polar words have, about the
    same words: it says nothing of how ("performs poorly on parsing" / "we ran parsing
    experiments; the task has strong constraints")."""
    claim = [(o, _around(claim_text, o.start, o.end)) for o in occurrences(claim_text)]
    source = [(s, _around(source_text, s.start, s.end)) for s in occurrences(source_text)]
    return bool(claim) and not any(s.group == o.group and len(ctx & c) >= min(2, len(ctx))
                                   for o, ctx in claim for s, c in source)


_REMOVAL = re.compile(r"\b(?:remov\w*|without|drop(?:s|ped|ping)?|discard\w*|exclud\w*|omit\w*|eliminat\w*|ablat\w*)\b", re.I)


def _removed(text: str, start: int) -> bool:
    """Whether what a verb of causation says is of a thing taken away: "removing it leads
    to …" is said of its absence."""
    return bool(_REMOVAL.search(re.split(r"[,;:()]|\.\s", text[max(0, start - 80) : start])[-1]))


_CONTRAST = re.compile(r"\b(?:while|whereas|but)\b|;", re.I)


def _contrasted_opposite(part: str, src: list[str], source_text: str) -> str | None:
    """The claim's word where the source's best clause has its opposite, the claim's own word
    said only beyond a contrast ("labels are given online, while elsewhere we learn from
    offline pairs"): the contrast sets the two apart, so the clause that says the claim's
    thing says the other word."""
    plain = plain_words(stems(part))
    if len(src) < 2 or len(plain) < 3:
        return None
    best = max(src, key=lambda c: len(plain & plain_words(stems(c))))
    if len(plain & plain_words(stems(best))) / len(plain) < NEGATION_RECALL:
        return None
    sentence = _sentence_of(source_text, best)
    segment = next((seg for seg in _CONTRAST.split(sentence) if best.strip() in seg), None)
    if segment is None or segment == sentence:
        return None
    words = prefix_opposed(part, best)
    if words is None or prefix_opposed(part, segment) is None:
        return None
    return f"the source says the opposite ({words}): “{best.strip()[:120]}”"


def _sentence_of(text: str, clause: str) -> str:
    """The sentence of ``text`` a clause was cut from (the whole text if none holds it)."""
    return next((sent for sent in sentences_of(text) if clause.strip() and clause.strip() in sent), text)


def polarity_clash(claim_text: str, source_text: str) -> str | None:
    """Why the claim points the other way from the source, in words; None if it does not."""
    if same_only_exception(claim_text, source_text):
        return None
    opposite = _opposite_occurrence(claim_text, source_text)
    if opposite is not None:
        return f"the source says the opposite: {opposite}"
    # Whole-sentence clashes, in order; the first that finds one says why.
    for clash in (comparison_swap, parity_denied, verb_degree_swap, comparative_degree_swap, preference_swap, choice_swap, best_swap, superlative_denied, only_where_both, split_list_denied,
                  both_where_only, same_denied, exception_denied, exception_stated, only_exception_stated, exceptions_differ):
        why = clash(claim_text, source_text)
        if why is not None:
            return why
    for part, src in _aligned(claim_text, source_text):
        pc, ps = polarity(part), _merged(src)
        joined = " ".join(src).strip()
        words = prefix_opposed(part, joined)
        # A sentence that names both ("our unsupervised and supervised models achieve 76.3%
        # and 81.6% respectively") opposes neither: its list was only split into clauses; nor
        # does a claim that names both ("the unsupervised model works as well as supervised
        # ones" / "this model works as well as supervised ones").
        if words is not None and prefix_opposed(part, _sentence_of(source_text, src[0] if src else joined)) is not None \
                and prefix_opposed(claim_text, joined) is not None:
            return f"the source says the opposite ({words}): “{joined[:120]}”"
        contrasted = _contrasted_opposite(part, src, source_text) if words is None else None
        if contrasted is not None:
            return contrasted
        narrowed = _only_one_of(part, _sentence_of(source_text, src[0] if src else joined), claim_text) \
            or _only_another_kind(part, joined, claim_text, source_text)
        if narrowed is not None:
            return narrowed
        if pc.universal and not ps.universal and ps.partial:
            return f"the claim generalises (“{part.strip()[:60]}”) where the source qualifies it: “{joined[:120]}”"
        if _RESTRICTED.search(part) and ps.universal and not ps.partial and not _RESTRICTED.search(joined):
            return f"the claim restricts (“{part.strip()[:60]}”) what the source says of all: “{joined[:120]}”"
    return None


# "on every task except (in) the news domain": what the claim takes out of its statement
_EXCEPT = re.compile(r"\b(?:except|other than|apart from|save for|with the exception of|excluding)\s+(?:for\s+|in\s+|on\s+|with\s+)?(?:the\s+)?"
                     r"([^,;:()]{3,60}?)(?=\s*(?:[,;:()]|\.(?:\s|$)|\bwhich\b|\bwhere\b|\bwhose\b|$))", re.I)


def exception_denied(claim_text: str, source_text: str) -> str | None:
    """The claim excepts a thing from what it states ("improves every task except in the
    news domain") where the source states it of that very thing ("even on the news
    domain, it improves"): the exception is the opposite of the source."""
    m = _EXCEPT.search(claim_text)
    if m is None or _EXCEPT.search(source_text):
        return None
    thing = plain_words(stems(m.group(1))) - _EXCEPT_FILLER
    said = occurrences(claim_text[: m.start()])
    rest = plain_words(stems(claim_text[: m.start()])) - thing
    if not thing or not said:
        return None
    for sent in sentences_of(source_text):
        words = plain_words(stems(sent))
        if not thing <= words or not (rest & words) - {w for w in rest if w.startswith("~")}:
            continue
        if any(s.group == o.group and s.sign == o.sign for o in said for s in occurrences(sent)):
            return f"the claim excepts “{m.group(1).strip()}” where the source states it of that too: “{sent.strip()[:120]}”"
    return None


# "everywhere but on X and Y", "on all reported benchmarks but X": an exception to a universal
_ALL_BUT = re.compile(r"\b(?:everywhere|all|every|each|any)\b(?:\s+[\w-]+){0,3}?\s+but\s+(?:on\s+|in\s+|for\s+|with\s+)?(?:the\s+)?"
                      r"([^,;:()]{2,60}?)(?=\s*(?:[,;:()]|\.(?:\s|$)|\bwhich\b|\bwhere\b|$))", re.I)


_UNIVERSAL_BEFORE = re.compile(r"\b(?:everywhere|everything|all|every|each|always|any)\b", re.I)


def _exceptions(text: str) -> list[re.Match[str]]:
    return [*_EXCEPT.finditer(text), *_ALL_BUT.finditer(text)]


def _excepted_items(phrase: str) -> list[frozenset[str]]:
    """The things an exception names, each as its words: "BoolQ and WinoGrande" → two."""
    items = [p for p in re.split(r",|\band\b|\bor\b", phrase) if p.strip()]
    return [w for w in (plain_words(stems(p)) - _EXCEPT_FILLER for p in items) if w]


# "the only tasks where we do not observe gains are (on) the X data sets": an exception
# in other words — the negated thing holds of every other one and fails on X
_ONLY_NOT = re.compile(r"\bthe only (?:[\w-]+\s+){1,4}?(?:where|on which|in which|for which|that)\b(?P<rel>[^.;:]*?)"
                       r"\b(?:are|is|were|was)\s+(?:on\s+|in\s+|for\s+|with\s+)?(?:the\s+)?"
                       r"(?P<what>[^,;:.]{3,80}?)(?=\s*(?:[,;:]|\.(?:\s|$)|\bwhere\b|\bwhich\b|$))", re.I)


def _item_forms(phrase: str) -> list[frozenset[str]]:
    """The excepted things, as written and with a full name before its abbreviation in
    brackets replaced by it ("AI2 Reasoning Challenge (ARC) data sets" → "ARC data sets")."""
    short = re.sub(r"(?:[A-Z0-9][\w-]*\s+){1,6}\(([A-Z][\w-]*)\)", r"\1", phrase)
    plain = re.sub(r"\([^()]*\)", " ", phrase)
    return _excepted_items(short) + _excepted_items(plain)


def only_exception_stated(claim_text: str, source_text: str) -> str | None:
    """The source says "the only N where P does not hold are X" and the claim says P of X
    (or of every N, X included): the source's exception is the claim's opposite. A claim
    with a negation of its own is left to the other rules."""
    if negated(claim_text):
        return None
    claim_words = plain_words(stems(claim_text))
    said = occurrences(claim_text)
    if not said:
        return None
    for sent in sentences_of(source_text):
        for m in _ONLY_NOT.finditer(sent):
            rel = m.group("rel")
            if not NEGATION_CUE.search(rel.lower()):
                continue
            if not any(it <= claim_words for it in _item_forms(m.group("what"))):
                continue
            if any(s.group == o.group and s.sign != o.sign for o in said for s in occurrences(rel)):
                return f"the source excepts “{m.group('what').strip()}” from what the claim states of it: “{sent.strip()[:120]}”"
    return None


def same_only_exception(claim_text: str, source_text: str) -> bool:
    """Claim and source both say "the only N where P does not hold are X", of the same X
    and with P the same way: the same statement, whatever else the source's sentence says
    of X (its "where A beats B" is no opposite of the claim's denied P)."""
    claimed = list(_ONLY_NOT.finditer(claim_text))
    if len(claimed) != 1 or not NEGATION_CUE.search(claimed[0].group("rel").lower()):
        return False
    mine = _item_forms(claimed[0].group("what"))
    said = occurrences(claimed[0].group("rel"))
    for m in _ONLY_NOT.finditer(source_text):
        if not NEGATION_CUE.search(m.group("rel").lower()):
            continue
        theirs = _item_forms(m.group("what"))
        if any(a <= b or b <= a for a in mine for b in theirs) and \
                any(s.group == o.group and s.sign == o.sign for o in said for s in occurrences(m.group("rel"))):
            return True
    return False


def exception_stated(claim_text: str, source_text: str) -> str | None:
    """The source excepts a thing from what it states ("surpasses Y everywhere but on X")
    and the claim states just that of the thing ("surpasses Y on X"): the source's
    exception is the claim's opposite. A claim with an exception or a negation of its own
    is left to the other rules."""
    if _exceptions(claim_text) or negated(claim_text):
        return None
    claim_words = plain_words(stems(claim_text))
    said = occurrences(claim_text)
    if not said:
        return None
    for sent in sentences_of(source_text):
        for m in _exceptions(sent):
            # an exception to a universal ("every task except X"), not a definition ("languages
            # other than English")
            if not _UNIVERSAL_BEFORE.search(re.split(r"[,;:()]", sent[: m.start()])[-1] + " " + m.group(0)):
                continue
            items = [it for it in _excepted_items(m.group(1)) if it <= claim_words]
            if not items:
                continue
            before = sent[: m.start()]
            rest = claim_words - frozenset().union(*items)
            # the claim says of the thing what the sentence says before its exception, about
            # the same other words ("PaLM-540B")
            if not (rest & plain_words(stems(before))) - {w for w in rest if w.startswith("~")}:
                continue
            if any(s.group == o.group and s.sign == o.sign for o in said for s in occurrences(before)):
                return f"the source excepts “{m.group(1).strip()}” from what the claim states of it: “{sent.strip()[:120]}”"
    return None


def _excepted_with_names(text: str) -> list[tuple[frozenset[str], list[frozenset[str]], str]]:
    """Each exception to a universal in ``text``, with the names said before it (back to the
    previous exception or sentence start: what it is an exception of) and its items."""
    out = []
    for sent in sentences_of(text):
        start = 0
        for m in sorted(_exceptions(sent), key=lambda m: m.start()):
            before = sent[start : m.start()]
            start = m.end()
            if not _UNIVERSAL_BEFORE.search(re.split(r"[;:()]", before)[-1] + " " + m.group(0)):
                continue
            names = frozenset(n.lower() for n in names_in(before))
            items = _excepted_items(m.group(1))
            if names and items:
                out.append((names, items, m.group(1).strip()))
    return out


def exceptions_differ(claim_text: str, source_text: str) -> str | None:
    """The claim and the source except different things from the same statement ("beats Y
    on all but A and C" / "surpasses Y everywhere but on A and B"): what one excepts the
    other states, and the other way round. Matched by the names said before each exception
    ("Y"); a negated claim is left to the other rules."""
    if negated(claim_text):
        return None
    theirs = _excepted_with_names(source_text)
    for names, items, text in _excepted_with_names(claim_text):
        match = max(theirs, key=lambda t: len(t[0] & names), default=None)
        if match is None or not match[0] & names or len([t for t in theirs if t[0] & names]) > 1 \
                and len(match[0] & names) == sorted((len(t[0] & names) for t in theirs), reverse=True)[1]:
            continue  # no exception of the same thing, or two that match it as well
        # an item is the other's when either's words hold the other's ("NEWS" / "NEWS after DAPT")
        mine = [a for a in items if not any(a <= b or b <= a for b in match[1])]
        other = [b for b in match[1] if not any(a <= b or b <= a for a in items)]
        if mine and other:
            return (f"the claim excepts “{text}” where the source excepts “{match[2]}” from the same statement")
    return None


# the generic head of an excepted thing ("the news *domain*") may be worded otherwise
_EXCEPT_FILLER = plain_words(stems("domain domains case cases setting settings"))


_ONLY = re.compile(r"\bonly\b", re.I)
# "only" before an amount or a hedge says how much, not which of several: "only 10% of the data"
_ONLY_AMOUNT = re.compile(r"\s*(?:\d|a\b|an\b|about|around|roughly|some|one|two|three|few|slightly|marginally|modest|little|limited)", re.I)


def _surface(text: str) -> set[str]:
    """Lower-case words as written, plural "s" off, a prefix's hyphen joined: "unlabeled"
    stays apart from "labeled" (stems fold the two together)."""
    out = set()
    for w in re.findall(r"[a-z][a-z0-9\-]*", join_prefixes(text.lower())):
        for part in w.split("-"):
            if len(part) > 3 and part.endswith("s") and not part.endswith("ss"):
                part = part[:-1]
            if part:
                out.add(part)
    return out


def _only_one_of(claim_part: str, source_sentence: str, claim_text: str) -> str | None:
    """A claim that restricts to one thing ("only from labelled data", "only at the second
    stage") what the source says of a set that holds it and something else ("from either
    unlabelled or labelled data", "at both the first and second stages"): the claim denies
    the other member."""
    m = _ONLY.search(claim_part)
    if m is None or re.search(r"\bnot\s+only\b", claim_part, re.I) or _ONLY_AMOUNT.match(claim_part[m.end():]) \
            or _ONLY.search(source_sentence):
        return None
    restricted = _surface(claim_part[m.end():]) - _FUNCTION_WORDS
    said = _surface(claim_text)
    if not restricted:
        return None
    for group in groups(source_sentence):
        words = [_surface(it.text) - _FUNCTION_WORDS for it in group]
        kept = [it for it, w in zip(group, words) if w and w <= restricted]
        others = [it for it, w in zip(group, words) if w and not w & said]
        if kept and others:
            return (f"the claim restricts to {kept[0].text} what the source says of "
                    f"{', '.join(it.text for it in group)}: “{source_sentence.strip()[:120]}”")
    return None


_KIND = re.compile(r"\b([A-Za-z]+)-([A-Za-z]+)\b")


def _only_another_kind(claim_part: str, source_clause: str, claim_text: str, source_text: str) -> str | None:
    """A source that restricts a thing to one kind ("only requires first-order gradients")
    where the claim names another kind of it in that place ("requires second-order
    gradients"): the two compounds share their head and differ in the word before it, and
    neither text has the other's."""
    m = _ONLY.search(source_clause)
    if m is None or re.search(r"\bnot\s+only\b", source_clause, re.I) or _ONLY_AMOUNT.match(source_clause[m.end():]):
        return None
    theirs = {(k.group(1).lower(), k.group(2).lower()) for k in _KIND.finditer(source_clause[m.end():])}
    for k in _KIND.finditer(claim_part):
        mod, head = k.group(1).lower(), k.group(2).lower()
        for other, their_head in theirs:
            if their_head == head and other != mod and k.group(0).lower() not in source_text.lower() \
                    and f"{other}-{head}" not in claim_text.lower():
                return f"the source restricts it to {other}-{head}, the claim says {k.group(0)}: “{source_clause.strip()[:120]}”"
    return None


_FUNCTION_WORDS = {"the", "a", "an", "of", "at", "in", "on", "for", "from", "to", "by", "with", "and", "or", "both",
                   "either", "its", "their", "our", "this", "these", "that"}


# Comparatives that relate a subject to what follows "than" (or the verb's object).
_COMPARATIVE = re.compile(r"\b(?:better|worse|higher|lower|stronger|weaker|superior|inferior|more|less)\b(?:\s+\w+){0,2}?\s+(?:than|to)\b|"
                          r"\b(?:outperform|outperforms|outperformed|beats?|surpass(?:es)?|exceeds?|trails?|lags? behind)\b(?!\s+by\b)",
                          re.I)


def _sides(text: str) -> list[tuple[str, frozenset[str], frozenset[str], frozenset[str]]]:
    """(comparative, subject words, object words, measure words) of each comparison in
    ``text``: the content words from its clause's start to the comparative, from it to the
    clause's end, and between the comparative and "than" ("more *parameters* than")."""
    out = []
    for m in _COMPARATIVE.finditer(text):
        start = max(text.rfind(c, 0, m.start()) for c in (",", ";", ":", ". ", "(", ")"))
        end_m = re.search(r"[,;:()]|\.\s|\.$", text[m.end():])
        end = m.end() + end_m.start() if end_m else len(text)
        subject = frozenset(w for w in plain_words(stems(text[start + 1 : m.start()])))
        obj = frozenset(w for w in plain_words(stems(text[m.end() : end])))
        word = re.match(r"\w+", m.group(0))
        measure = frozenset(plain_words(stems(m.group(0)))) - {"than"}
        out.append((word.group(0).lower() if word else "", subject, obj, measure))
    # "learns more from A than from B": the sides are the two phrases of one preposition,
    # whatever the subject; the comparative measures the same of both
    for m in _PARALLEL_COMPARISON.finditer(text):
        side = lambda g: frozenset(w for w in plain_words(stems(m.group(g))))  # noqa: E731
        out.append((m.group("word").lower(), side("a"), side("b"), frozenset()))
    return out


# "more from A than from B", "better on A than on B": the same preposition before both sides
_PARALLEL_COMPARISON = re.compile(
    r"\b(?P<word>better|worse|more|less|higher|lower)\s+(?P<prep>from|on|with|for|in|at|by)\s+(?P<a>[^,;:()]{1,60}?)"
    r"\s+than\s+(?P=prep)\s+(?P<b>[^,;:()]{1,60}?)(?=\s*(?:[,;:()]|\.(?:\s|$)|$))", re.I)


def comparison_swap(claim_text: str, source_text: str) -> str | None:
    """The claim compares the same two things the same way round as the source but with
    their roles swapped ("A performs better than B" / "B achieves better performance than
    A"): what the source says of each side the claim says of the other. Weighed on the
    words that tell the sides apart (those not on both)."""
    claim = _sides(claim_text)
    if not claim:
        return None
    source = _sides(source_text)
    for cword, csub, cobj, cmeasure in claim:
        same_sign = [s for s in source if sign_of(s[0]) == sign_of(cword)]
        for sword, ssub, sobj, smeasure in same_sign:
            if cmeasure and smeasure and not cmeasure & smeasure:
                continue  # "more data than" and "more parameters than" compare other things
            # what follows both objects and neither subject ("… on long sentences") is
            # where, not who: it tells no side
            tail = (cobj & sobj) - csub - ssub
            cobj_, sobj = cobj - tail, sobj - tail
            # ... as the words both subjects end with and neither object has ("… uses more")
            head = (csub & ssub) - cobj - sobj
            csub_, ssub = csub - head, ssub - head
            # ... and a word the claim says of both of its sides ("a convnet *teacher* than a
            # transformer *teacher*") is the kind compared, not a side
            csub_, cobj_ = csub_ - cobj, cobj_ - csub
            ssub_, sobj_ = ssub - sobj, sobj - ssub
            crossed = len(csub_ & sobj_) + len(cobj_ & ssub_)
            kept = len(csub_ & ssub_) + len(cobj_ & sobj_)
            if len(csub_ & sobj_) > len(csub_ & ssub_) and len(cobj_ & ssub_) > len(cobj_ & sobj_) and crossed >= 2 + kept:
                return f"the claim swaps the sides of the source's comparison (“{cword}”): what it says of one the source says of the other"
    return None


# A difference between two things: "better than", "faster than", "beats", "outperforms"
_DIFFERENCE = re.compile(_COMPARATIVE.pattern + r"|\b(?!(?:rather|other|whether|neither|either)\b)[a-z]{3,}er\s+than\b", re.I)
# ... or a distance between the two: "far below the baseline", "well behind it", "far from X's 1.9"
_APART = re.compile(r"\b(?:far|well|way|significantly|substantially|considerably|much)\s+"
                    r"(?:below|above|behind|ahead of|short of|from)\b", re.I)
# ... hedged, it may be as small as the source's "about the same"
_SLIGHT = re.compile(r"\b(?:slightly|marginally|somewhat|a bit|a little|modestly|barely|nearly|almost)\b", re.I)
# Two things level: "performs about the same as X", "on par with X", "comparable to X" (said
# of X) ...
_LEVEL_WITH = re.compile(r"\b(?:(?:about|roughly|approximately|essentially|much|nearly|almost)\s+)?the same as\b|"
                         r"\bon par with\b|\bcomparabl[ey]\s+(?:to|with)\b|\bas (?:good|high|strong|accurate|fast) as\b|"
                         r"\bno (?:better|worse|different) than\b|\bno different from\b", re.I)
# ... or of a pair named before it: "A and B should be scaled equally"
_LEVEL_PAIR = re.compile(r"\b(?:equally|in equal proportions?|at the same rate|by the same (?:factor|amount))\b", re.I)


def _content(text: str) -> frozenset[str]:
    return frozenset(w for w in plain_words(stems(text)) if not w.startswith("~"))


_CLAUSE_CUT = re.compile(r"[,;:]|\b(?:while|whereas|but)\b", re.I)


def _differs_elsewhere(sentence: str, subject: frozenset[str]) -> bool:
    """Whether every difference the sentence states is said of another subject, named in its
    own clause ("while A is comparable to B, C clearly outperforms B"): it leaves the level
    said of the claim's subject standing. An elided subject ("…, but better on Y") may be
    the claim's."""
    for d in _DIFFERENCE.finditer(sentence):
        own = _content(_CLAUSE_CUT.split(sentence[: d.start()])[-1])
        if not own or own & subject:
            return False
    return True


def parity_denied(claim_text: str, source_text: str) -> str | None:
    """The claim says one thing differs from another ("works far better than the baseline",
    "scaled faster than the tokens") where the source says the two are level ("performs
    about the same as the baseline", "size and tokens should be scaled equally"). A hedged
    difference ("slightly better") and a negated one are left alone, as is a source that
    states a difference of its own in the same sentence."""
    # a distance ("far from") is the difference itself, not a negation of it
    if negated(_APART.sub(" ", claim_text)):
        return None
    for m in [*_DIFFERENCE.finditer(claim_text), *_APART.finditer(claim_text)]:
        start = max(claim_text.rfind(c, 0, m.start()) for c in (",", ";", ":", ". ", "("))
        end_m = re.search(r"[,;:()]|\.\s|\.$", claim_text[m.end():])
        clause_end = m.end() + end_m.start() if end_m else len(claim_text)
        if _SLIGHT.search(claim_text[start + 1 : m.end()]):
            continue
        subject, obj = _content(claim_text[start + 1 : m.start()]), _content(claim_text[m.end() : clause_end])
        if not subject and m.re is _APART:
            # an appositive distance ("gets 1.8, far from the reported 1.9") is said of the clause before it
            subject = _content(re.split(r"[;:(]|\.\s", claim_text[: m.start()])[-1])
        # ("as well as" joins a list, it levels nothing; and the passage must be about the
        # claim's subject somewhere, if not in the sentence that levels it: "this variant")
        if not subject or not obj or not subject & _content(source_text):
            continue
        for sent in sentences_of(source_text):
            if _DIFFERENCE.search(sent) and not _differs_elsewhere(sent, subject):
                continue
            for lv in _LEVEL_WITH.finditer(sent):
                stop = re.search(r"[,;:()]|\.\s|\.$|\bwhich\b", sent[lv.end():])
                their = _content(sent[lv.end() : lv.end() + stop.start() if stop else len(sent)])
                # the same other side, not another one of its kind ("the rule baseline" /
                # "the lexicon baseline")
                if obj & their and (their <= obj or obj <= their):
                    return f"the claim says “{m.group(0).strip()}” where the source says the two are level: “{sent.strip()[:120]}”"
            for lv in _LEVEL_PAIR.finditer(sent):
                pair = _content(re.split(r"[;:()]|\.\s", sent[: lv.start()])[-1])
                if subject & pair and obj & pair and (subject - obj) & pair and (obj - subject) & pair:
                    return f"the claim says “{m.group(0).strip()}” where the source says the two are level: “{sent.strip()[:120]}”"
    return None


# "only some", "only sometimes", "in only a few": says the rest do not — against "all", "always"
_RESTRICTED = re.compile(r"\bonly (?:some|sometimes|occasionally|rarely|a few|a handful|in (?:some|a few))\b|"
                         r"\bin only (?:some|a few)\b", re.I)


# Words of degree, by level: what a claim says of a name's size of effect.
_DEGREE = {**{w: 2 for w in "large big huge substantial striking sizable considerable dramatic".split()},
           **{w: 1 for w in "moderate modest".split()},
           **{w: 0 for w in "small slight minor marginal negligible".split()}}
# ... of an effect only: "large improvements" and "moderate gains" grade the same thing,
# "small models" and "large improvements" do not.
_EFFECT = r"(?:improvements?|gains?|boosts?|increases?|drops?|decreases?|reductions?|gaps?|differences?|effects?|margins?|ones)"
_DEGREE_WORD = re.compile(r"\b(" + "|".join(_DEGREE) + r")\s+(?:[a-z\-]+\s+)?" + _EFFECT + r"\b", re.I)
_DEGREE_STOP = re.compile(r"[;:()]|\.\s|\b(?:but|while|whereas|which|although)\b", re.I)


def degrees(text: str) -> dict[str, int]:
    """The degree a sentence gives each name: the next names after a word of degree, up to
    another word of degree or a clause break ("large improvements on the BUCC and Tatoeba
    tasks and moderate improvements on MLQA" → BUCC 2, Tatoeba 2, MLQA 1). Like a number,
    a degree is about the names its phrase reaches."""
    out: dict[str, int] = {}
    marks = list(_DEGREE_WORD.finditer(text))
    spans = entity_spans(text)
    for k, m in enumerate(marks):
        end = marks[k + 1].start() if k + 1 < len(marks) else len(text)
        stop = _DEGREE_STOP.search(text, m.end(), end)
        end = stop.start() if stop else end
        for pos, name in spans:
            if m.end() <= pos < end and len(text[m.end():pos].split()) <= 10:
                out.setdefault(name, _DEGREE[m.group(1).lower()])
    return out


def degree_swap(claim_text: str, source_text: str) -> str | None:
    """A name the claim gives another degree than the passage does ("moderate gains on
    BUCC" / "large improvements on the BUCC … tasks"): the opposite said of the same thing."""
    theirs = degrees(source_text)
    for name, level in degrees(claim_text).items():
        if name in theirs and theirs[name] != level:
            return f"the claim gives {name} a different degree of effect than the source"
    return None


# A comparative graded by how far apart the two are: "far worse than X" against "only 1%
# worse than X" says a large gap where the source says a small one.
_COMPARATIVES = r"(?:better|worse|higher|lower|faster|slower|larger|smaller|stronger|weaker|cheaper|costlier|more|less|fewer)"
_GRADED_COMPARATIVE = re.compile(
    r"\b(?P<big>far|much|substantially|significantly|considerably|dramatically|markedly|vastly|greatly|a lot)\s+(?P<bc>" + _COMPARATIVES
    + r")\b|\b(?P<small>(?:only\s+)?(?:slightly|marginally|a (?:little|bit)|barely)|only\s+(?:about\s+|around\s+)?[\d.]+\s*(?:%|percent|points?|pp))\s+(?P<sc>"
    + _COMPARATIVES + r")\b", re.I)


def _graded_comparatives(text: str) -> list[tuple[str, int, frozenset[str]]]:
    """(comparative, 2 for a large gap or 0 for a small one, the content words after it in
    its clause) for each comparative a degree grades."""
    out = []
    for m in _GRADED_COMPARATIVE.finditer(text):
        word = (m.group("bc") or m.group("sc")).lower()
        stop = re.search(r"[,;:()]|\.\s|\.$|\b(?:while|whereas|but|which)\b", text[m.end():])
        after = _content(text[m.end() : m.end() + stop.start() if stop else len(text)])
        out.append((word, 2 if m.group("big") else 0, after))
    return out


def comparative_degree_swap(claim_text: str, source_text: str) -> str | None:
    """The claim grades a comparison far apart ("far worse in accuracy than the large
    setting") where the source grades the same comparison, of the same thing, as close
    ("only 1% worse in accuracy than the large setting"), or the other way round, and never
    the claim's way."""
    if negated(claim_text):
        return None
    theirs = _graded_comparatives(source_text)
    for word, level, after in _graded_comparatives(claim_text):
        same = [(lv, a) for w, lv, a in theirs if w == word and (not after or not a or after & a)]
        if same and all(lv != level for lv, _ in same):
            return f"the claim grades “{word}” as a {'large' if level else 'small'} gap where the source grades it the other way"
    return None


# "hallucinate more (often)" / "hallucinate less": a verb graded by a bare comparative, the
# same verb graded the other way in the passage.
_GRADE_SIDE = {"more": 1, "better": 1, "less": -1, "fewer": -1, "worse": -1}
_GRADE_SCALE = {"more": "amount", "less": "amount", "fewer": "amount", "better": "quality", "worse": "quality"}
_GRADED_VERB = re.compile(r"\b([a-z]{4,})\s+(more|less|fewer|better|worse)\b(?:\s+([a-z]+))?", re.I)
# what may follow an adverbial comparative: the rest of the comparison, not its object
_ADVERBIAL_NEXT = frozenset({"", "often", "frequently", "than", "and", "or", "but", "when", "on", "in", "across", "overall"})
_NOT_VERBS = frozenset({"much", "even", "still", "slightly", "somewhat", "considerably", "significantly", "substantially",
                        "that", "than", "with", "this", "them", "they", "been", "being", "have", "from", "into", "were",
                        "some", "many", "does", "also", "only", "used", "uses", "using", "needs", "need", "needed",
                        "requires", "require", "required", "takes", "take", "make", "makes", "gets", "much", "what"})


def _graded_verbs(text: str) -> list[tuple[str, str, str]]:
    """(verb stem, comparative, the word after it) for each verb a bare comparative grades."""
    out = []
    for m in _GRADED_VERB.finditer(text):
        verb = m.group(1).lower()
        nxt = (m.group(3) or "").lower()
        if verb in _NOT_VERBS or verb in _FUNCTION_WORDS or nxt not in _ADVERBIAL_NEXT:
            continue  # "uses more memory": the comparative grades the object, not the verb
        st = [w for w in stems(verb) if not w.startswith("~")]
        if st:
            out.append((st[0], m.group(2).lower(), nxt))
    return out


def verb_degree_swap(claim_text: str, source_text: str) -> str | None:
    """The claim grades a verb one way ("X hallucinates more often than Y") where the passage
    grades the same verb the other ("X hallucinates less"), and never the claim's way."""
    theirs = _graded_verbs(source_text)
    for verb, grade, _ in _graded_verbs(claim_text):
        said = {_GRADE_SIDE[g] for v, g, _ in theirs if v == verb and _GRADE_SCALE[g] == _GRADE_SCALE[grade]}
        if said == {-_GRADE_SIDE[grade]}:
            other = next(g for v, g, _ in theirs if v == verb and _GRADE_SIDE[g] == -_GRADE_SIDE[grade])
            return f"the claim says “{grade}” of what the source says “{other}” of"
    return None


_PREFERENCE = re.compile(r",?\s+(?:rather than|instead of|in place of|as opposed to|and not|not)\s+(?:the\s+)?", re.I)


def _preference(claim_text: str) -> tuple[str, str, str] | None:
    """("A", "B", the rest) for "A, rather than B, gives X": the name the claim picks, the
    one it sets aside, and what it says of the first."""
    for m in _PREFERENCE.finditer(claim_text):
        # a name may open the claim ("Heron, not Kestrel, ..."), where names_in skips it
        head = re.search(r"(?:^|\s)([A-Z][\w\-.]*)$", claim_text[: m.start()].rstrip())
        before = names_in(claim_text[: m.start()]) or ([head.group(1)] if head else [])
        lead = re.match(r"[A-Z][\w\-.]*[\w]", claim_text[m.end():])
        after = [lead.group(0)] if lead else []
        if not before or not after:
            continue
        a, b = before[-1], after[0]
        # the names must be the phrase's own: "A, rather than B" with nothing else between
        if not claim_text[: m.start()].rstrip().endswith(a) or not claim_text[m.end():].startswith(b):
            continue
        rest = claim_text[: m.start()].rstrip()[: -len(a)] + " " + claim_text[m.end() + len(b):]
        return a, b, rest
    return None


def preference_swap(claim_text: str, source_text: str) -> str | None:
    """The claim picks A over B for what it says ("A, rather than B, gives the better data")
    where the passage's clause that says it names B and not A ("found that B provides
    better data")."""
    picked = _preference(claim_text)
    if picked is None:
        return None
    a, b, rest = picked
    said = plain_words(stems(rest)) - plain_words(stems(" ".join(names_in(rest))))
    if len(said) < 2:
        return None
    clauses = [c for c in CLAUSE_SPLIT.split(source_text) if c and c.strip()]
    best = max(clauses, key=lambda c: len(said & plain_words(stems(c))), default="")
    if len(said & plain_words(stems(best))) < max(2, len(said) / 2):
        return None
    if mentions(best, b) and not mentions(best, a):
        return f"the claim picks {a} over {b}, where the source says it of {b}: “{best.strip()[:120]}”"
    return None


# "optimizes A rather than B": what is picked (before the cue, in its clause) and what is set
# aside (the phrase after it, up to a word that opens another phrase)
_SET_ASIDE = re.compile(r"\b(?:rather than|instead of|as opposed to|in place of)\s+((?:[\w\-]+\s*){1,3})", re.I)
_PHRASE_END = re.compile(r"\b(?:since|because|as|to|for|on|in|at|with|by|which|that|and|or|while|when|so|we|it|they|is|are|was|were|ones?)\b", re.I)


def _choices(text: str) -> list[tuple[frozenset[str], frozenset[str]]]:
    """(words of the clause before the cue, words of what it sets aside) of each "A rather
    than B" whose picked side is written before the cue."""
    out = []
    for m in _SET_ASIDE.finditer(text):
        picked = _content(re.split(r"[,;:()]|\.\s", text[: m.start()])[-1])
        aside = _content(_PHRASE_END.split(m.group(1))[0])
        if picked and aside:
            out.append((picked, aside))
    return out


def choice_swap(claim_text: str, source_text: str) -> str | None:
    """The claim picks B over A ("optimizes latency rather than FLOPs") where the source
    picks A over B ("optimizes FLOPs rather than latency"): each side's set-aside thing is
    what the other picks, and the two set aside different things."""
    for picked, aside in _choices(claim_text):
        for their_picked, their_aside in _choices(source_text):
            if aside <= their_picked and their_aside <= picked and not aside & their_aside:
                return (f"the claim sets aside “{' '.join(sorted(aside))}” where the source picks it over "
                        f"“{' '.join(sorted(their_aside))}”")
    return None


# "X works best", "X performs the best", "X does best": the one thing a sentence crowns
_BEST = re.compile(r"((?:[\w'’+\-]+\s+){1,3}?)(?:works?|worked|performs?|performed|does|did|fares?|fared)\s+(?:the\s+)?best\b", re.I)


def _crowned(text: str) -> list[tuple[frozenset[str], frozenset[str]]]:
    """The subject's content words (up to three before the verb) of each "X works best", and
    those of its whole clause up to the verb ("tasks that need skills such as inference work
    best" crowns the tasks, not only "inference")."""
    out = []
    for m in _BEST.finditer(text):
        words = frozenset(w for w in plain_words(stems(m.group(1))) if is_content(w))
        clause = re.split(r"[,;:()]|\.\s", text[: m.end(1)])[-1]
        if words:
            out.append((words, plain_words(stems(clause))))
    return out


def best_swap(claim_text: str, source_text: str) -> str | None:
    """The claim crowns one thing ("the dense retriever works best") where the passage crowns
    another it compares it with ("we compare the dense retriever to BM25 … BM25 performs
    best"): the source must name the claim's winner too, as the one that lost."""
    theirs = _crowned(source_text)
    if len(theirs) != 1:
        return None
    winner, clause = theirs[0]
    for ours, _ in _crowned(claim_text):
        if ours & clause:
            return None
        if ours <= plain_words(stems(source_text)) and not winner & plain_words(stems(claim_text)):
            return "the claim crowns another thing than the source does (“… best”)"
    return None


# "X is the most common way", "the least used method is X": a thing ranked at an end of a scale
_COPULA = r"(?:is|are|was|were|remains?|remained)"
_TOP_AFTER = re.compile(r"^(?P<thing>[^,;:()]+?)\s+" + _COPULA + r"\s+the\s+(?P<end>most|least)\s+(?P<adj>[a-z]+)\b", re.I)
_TOP_BEFORE = re.compile(r"\bthe\s+(?P<end>most|least)\s+(?P<adj>[a-z]+)\s+(?:[\w-]+\s+){0,4}?" + _COPULA
                         + r"\s+(?P<thing>[^,;:()]+?)\s*(?:[,;:()]|\.?$)", re.I)


def superlative_denied(claim_text: str, source_text: str) -> str | None:
    """The claim ranks a thing at one end ("resolution scaling is the most common way")
    where a sentence of the source that names the same thing grades it down the other way
    ("another, less common method is to scale by resolution") and ranks nothing so."""
    m = _TOP_AFTER.search(claim_text) or _TOP_BEFORE.search(claim_text)
    if m is None:
        return None
    thing = _content(m.group("thing"))
    adj = re.escape(m.group("adj"))
    other = r"less|least" if m.group("end").lower() == "most" else r"more|most"
    if len(thing) < 2:
        return None
    for sent in sentences_of(source_text):
        # (a grade against another, "less accurate than X", may be said of X's rival)
        graded = re.search(rf"\b(?:{other})\s+{adj}\b(?!\s+than\b)", sent, re.I)
        if graded and thing <= _content(sent) and not re.search(rf"\b{m.group('end')}\s+{adj}\b", sent, re.I):
            return f"the claim says “{m.group('end')} {m.group('adj')}” where the source says “{graded.group(0)}”: “{sent.strip()[:120]}”"
    return None


# "only the local attention is essential" / "both attention types are essential"
_ONLY_IS = re.compile(r"(?<!\bnot )\bonly\s+(?:the\s+)?(?P<named>(?:[\w-]+\s+){0,3}?[\w-]+)\s+" + _COPULA
                      + r"\s+(?P<said>[^,;:.]+)", re.I)
_BOTH_ARE = re.compile(r"\bboth\s+(?:the\s+)?(?P<named>(?:[\w-]+\s+){0,2}?[\w-]+)\s+(?:are|were|remain)\s+(?P<said>[^,;:.]+)", re.I)


def only_where_both(claim_text: str, source_text: str) -> str | None:
    """The claim says a predicate of one thing only ("only the local attention is
    essential") where the source says it of both of that kind ("both attention types are
    essential"): "only" denies it of the other."""
    for m in _ONLY_IS.finditer(claim_text):
        if _ONLY_AMOUNT.match(m.group("named")):
            continue
        # (what is said may be a polar word, "essential": its sense counts)
        named, said = _content(m.group("named")), plain_words(stems(m.group("said")))
        for b in _BOTH_ARE.finditer(source_text):
            if named & _content(b.group("named")) and said & plain_words(stems(b.group("said"))):
                return f"the claim says “only {m.group('named')}” where the source says “{b.group(0).strip()[:80]}”"
    return None


def split_list_denied(claim_text: str, source_text: str) -> str | None:
    """The claim says one thing of a list ("A beats B on X and Y") where a sentence of the
    source says it of X and the opposite of Y, of the same subject, across a contrast ("on
    X, A outperforms B, while on Y, A underperforms"): Y is said the other way."""
    claim_occs = occurrences(claim_text)
    for sent in sentences_of(source_text):
        segments = [seg for seg in _CONTRAST.split(sent) if seg and seg.strip()]
        if len(segments) < 2:
            continue
        signed = [({(o.group, o.sign) for o in occurrences(seg)}, frozenset(names_in(seg))) for seg in segments]
        for o in claim_occs:
            subject = frozenset(names_in(claim_text[: o.start]))
            said_of = frozenset(names_in(claim_text[o.end :]))
            same = [n for signs, n in signed if (o.group, o.sign) in signs and subject <= n]
            other = [n for signs, n in signed if (o.group, -o.sign) in signs and subject <= n]
            if not subject or not same or not other:
                continue
            here, there = frozenset().union(*same), frozenset().union(*other)
            flipped = (said_of & there) - here
            if flipped and (said_of & here) - there:
                return f"the source says it the other way of {', '.join(sorted(flipped))}: “{sent.strip()[:120]}”"
    return None


# "during training as well as at inference", "both for training and for inference"
_BOTH = re.compile(r"\bboth\s+((?:[\w-]+\s+){0,2}?[\w-]+)\s+and\s+((?:[\w-]+\s+){0,2}[\w-]+)|"
                   r"((?:[\w-]+\s+){0,2}[\w-]+)\s+as well as\s+((?:[\w-]+\s+){0,2}[\w-]+)", re.I)
_ONLY_REACH = re.compile(r"\bonly\s+((?:[\w-]+\s+){0,2}[\w-]+)", re.I)


def _content_of(phrase: str, last: bool) -> frozenset[str]:
    """The last content word of what comes before "and" (the first of what follows it)."""
    words = [w for w in re.findall(r"[A-Za-z][\w-]*", phrase) if is_content(w)]
    if not words:
        return frozenset()
    return plain_words(stems(words[-1] if last else words[0]))


def both_where_only(claim_text: str, source_text: str) -> str | None:
    """The claim says a thing of two ("during training as well as at inference") where the
    passage's sentence says it "only" of one and names the other apart ("only work for
    inference and break down during training"): "only" leaves the other out."""
    for m in _BOTH.finditer(claim_text):
        first, second = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        a, b = _content_of(first, True), _content_of(second, False)
        if not a or not b or a & b:
            continue
        for sent in sentences_of(source_text):
            words = plain_words(stems(sent))
            for o in _ONLY_REACH.finditer(sent):
                reach = plain_words(stems(o.group(1)))
                for kept, left in ((a, b), (b, a)):
                    if kept <= reach and not left & reach and left <= words:
                        return f"the claim says it of both, where the source says “{o.group(0)}”: “{sent.strip()[:120]}”"
    return None


# "a larger model than the one that ...": the claim says the two differ in kind or size
_OTHER_THAN = re.compile(r"\b(?:an?\s+)?(?:[a-z]+er|more\s+[a-z]+|less\s+[a-z]+|different)\s+([a-z]+)\s+(?:than|from)\s+"
                         r"((?:[\w'’\-]+\s*){1,8})", re.I)


_AFTER_NOUN = frozenset("""as used for that which who in on of with to and or was were is are we by from across
    at throughout""".split())


def same_denied(claim_text: str, source_text: str) -> str | None:
    """The claim sets a thing against another of its kind ("finetunes a larger model than
    the one that generated the data") where the passage says it is the same one ("the
    same model used for generating the data")."""
    for m in _OTHER_THAN.finditer(claim_text):
        noun = plain_words(stems(m.group(1)))
        other = plain_words(stems(m.group(2))) - noun
        if not noun or len(other) < 2:
            continue
        for sent in sentences_of(source_text):
            # "the same model (used ...)", "the same base model": the phrase's last noun is
            # what is the same ("the same accuracy metric" is a metric)
            same = re.search(r"\b(?:the\s+)?(?:very\s+)?same\s+([a-z\-]+)(?:\s+([a-z]+))?\b", sent, re.I)
            head = same and (same.group(1) if not same.group(2) or same.group(2).lower() in _AFTER_NOUN else same.group(2))
            if head and plain_words(stems(head)) & noun \
                    and len(other & plain_words(stems(sent))) >= 2 and not _OTHER_THAN.search(sent):
                return f"the claim says “{m.group(0).strip()[:60]}” where the source says “{same.group(0)}”"
    return None
