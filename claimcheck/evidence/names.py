"""The names a claim is about ("XNLI", "mBERT", "for Hindi and Swahili") and whether a
passage, a version or a paper's title mentions them, in their spellings ("SQuAD v2.0" =
"SQuAD2.0", "sw" for Swahili in a table row, "NLP" spelled out).

A name the evidence lacks makes a verdict *partly supported*, unless it is the paper's own
subject, which its sentences call "our model".
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from claimcheck.evidence.conjuncts import spelled_out
from claimcheck.evidence.memo import once_per_version
from claimcheck.evidence.tables import LANGUAGES
from claimcheck.model import SourceVersion


SUBJECT_SHARE = 0.08  # an entity in this share of a paper's passages is its subject, elided freely
_ENTITY = re.compile(
    # a decimal inside a name is part of it ("Pythia-2.8B", "Llama-3.1-8B")
    r"\b(?:[A-Z][A-Za-z0-9]*[A-Z0-9][A-Za-z0-9\-]*(?:(?<=\d)\.\d[A-Za-z0-9\-]*)*(?:\s+v?\d+\.\d+\b|\s+v\d+\b)?"
    r"|[A-Z][a-z]+(?:-[A-Za-z0-9]+(?:(?<=\d)\.\d[A-Za-z0-9]*)*)*)\b"
)
_UNITS = {"GB", "MB", "TB", "KB", "GPU", "GPUs", "TPU", "TPUs", "CPU", "CPUs", "FLOPs", "FLOPS", "ms", "BLEU"}
_NOT_ENTITY = set(
    """The This These That Those It Its Their Our We They A An In On For With By From And Or But As At To Of
    However Moreover Furthermore Both Each All Some Most Across Compared Unlike When While Although Using
    Table Figure Section Appendix Results Experiments Authors Study Paper English""".split()
)


def names_in(text: str) -> list[str]:
    """Names in a claim: acronyms and inner-capital words anywhere ("XNLI", "mBERT"),
    capitalised words after the first word ("for Hindi and Swahili")."""
    out = []
    for m in _ENTITY.finditer(text):
        w = m.group(0)
        if w in _NOT_ENTITY or w in _UNITS or (m.start() == 0 and not re.search(r"[A-Z0-9].*[A-Z0-9]", w)):
            continue
        if re.match(r"^[A-Z][a-z]+$", w) and text[: m.start()].rstrip().endswith((".", ":")):
            continue  # a sentence start inside the claim
        out.append(w)
    return out


_LANGUAGE_CODES = {name: code for code, name in LANGUAGES.items()}


def _name_pattern(entity: str) -> re.Pattern[str]:
    # "SQuAD v2.0" = "SQuAD 2.0" = "SQuAD2.0"; "BERT-large" = "BERT large"
    # but "XLM" is not "XLM-R" nor "GPT" "GPT-2": a short tag after a hyphen names another
    # model, where a size ("-XL") or a word ("-large", "-based") does not.
    # ... a version tag is "v" after the name ("SQuAD v2.0"); a name that starts with "v"
    # and digits ("V100") keeps it
    parts = [re.escape(p) for p in re.split(r"[-\s]+|(?<=[a-z])(?=v?\d)", re.sub(r"(?<=\s)v(?=\d)", "", entity.lower())) if p]
    # an acronym's plural is the acronym ("LLMs" for "LLM")
    plural = "s?" if re.fullmatch(r"[A-Z]{2,6}", entity) else ""
    return re.compile(r"(?<![a-z0-9])" + r"[-\s]*v?".join(parts) + plural + r"(?![a-z0-9])(?!-(?!xl\b|xs\b)[a-z0-9]{1,2}(?![a-z0-9]))")


def mentions(text: str, entity: str) -> bool:
    if entity.isupper() and entity.isalpha() and len(entity) >= 3:
        # a name in capitals that is also a word ("MATH", "RACE") is not the word in
        # lowercase ("math word problems")
        # ("math word problems"); in an identifier it is the name ("bert-base-uncased")
        def prose_word(m: re.Match[str]) -> bool:
            before, after = text[m.start() - 1 : m.start()], text[m.end() : m.end() + 1]
            return text[m.start() : m.end()].islower() and before in ("", " ", "(", '"') and after in ("", " ", ",", ".", ";", ":", ")", '"')

        if any(not prose_word(m) for m in _name_pattern(entity).finditer(text.lower())):
            return True
    elif _name_pattern(entity).search(text.lower()):
        return True
    # "a BART-style objective" is BART's kind of objective: the passage names BART
    kind = re.match(r"^(.+?)-(?:style|like|type|based|inspired)$", entity, re.I)
    if kind and mentions(text, kind.group(1)):
        return True
    code = _LANGUAGE_CODES.get(entity.lower())
    if code and re.search(r"(?<![A-Za-z])" + code + r"(?![A-Za-z])", text):
        return True  # "Swahili" in a table row reads "sw 78.0"
    if len(entity) >= 8 and " " not in entity:
        # a long name misspelt or cut by the PDF ("Transform layers" for "Transformer")
        low = entity.lower()
        words = re.findall(r"[a-z][a-z0-9\-]{5,}", text.lower())
        # "Tranformer-based": the part of a compound is a word too
        words += [p for w in words if "-" in w for p in w.split("-") if len(p) >= 6]
        return any(fuzz.ratio(low, w) >= 85 for w in words)
    return spelled_out(entity, text)  # "NLP" for "natural language processing"


@once_per_version
def _full_text(version: SourceVersion) -> str:
    return " \n ".join(p.text for p in version.passages)


def in_version(version: SourceVersion, entity: str) -> bool:
    return mentions(_full_text(version), entity)


def _title_acronym(entity: str, title: str) -> bool:
    """"LaBSE" for "Language-agnostic BERT Sentence Embedding": the paper's name for
    itself, spelled by the initials of consecutive title words (hyphenated parts too)."""
    letters = entity.lower()
    if not (3 <= len(letters) <= 8 and letters.isalpha() and sum(c.isupper() for c in entity) >= 2):
        return False
    words = [w for w in re.split(r"[\s\-:,]+", title.lower()) if w]
    initials = "".join(w[0] for w in words)
    return letters in initials


_AFTER_PREPOSITION = re.compile(r"\b(?:on|in|for|with|from|to|over|against|than|of|by|via)\s+(?:the\s+)?$", re.I)


def object_of_preposition(core: str, entity: str) -> bool:
    """Whether a name stands after a preposition in the claim ("trained on X", "compared
    with the X model"): a thing the claim's subject is said to work with, not its subject."""
    at = core.find(entity)
    return at > 0 and _AFTER_PREPOSITION.search(core[:at]) is not None


def _short_form_there(core: str, evidence_text: str, short: str, table_row: bool) -> bool:
    """Whether the evidence names a thing by the short form the paper defined for it. A table
    row names every column, so there the short form must head the cell that holds one of the
    claim's numbers ("CT 46.8" for "46.8 on CuratedTrec", not "WQ 40.7; CT 46.8" for 40.7)."""
    if not table_row:
        return mentions(evidence_text, short)
    numbers = set(re.findall(r"\d+(?:\.\d+)?", core))
    for cell in evidence_text.split(";"):
        head = re.match(r"\s*(?:[^:;]*:\s*)?([^\d;]*?)\s*(?=[\d\-])", cell)
        if head and mentions(head.group(1), short) and numbers & set(re.findall(r"\d+(?:\.\d+)?", cell)):
            return True
    return False


def missing_entities(core: str, evidence_text: str, version: SourceVersion, table_row: bool = False) -> list[str]:
    """Named entities of the claim that the evidence does not mention and that are not the
    paper's own subject (a paper says "our method" for the name in its title)."""
    missing = []
    subject_end = sum(len(w) + 1 for w in core.split()[:4])
    defined = _defined_abbreviations(version)
    claimed = names_in(core)
    # a claim that names the paper's own subject elsewhere ("X was trained on data made with
    # Self-Instruct" about the Self-Instruct paper) calls the paper by that name: a leading
    # name the paper never mentions is then another thing, not the paper
    own_named = any(paper_subject(e, version) for e in claimed)
    for e in claimed:
        if mentions(evidence_text, e) or any(_short_form_there(core, evidence_text, a, table_row)
                                             for a in defined.get(e.lower(), ())):
            continue
        at = core.find(e)
        if at < subject_end and not in_version(version, e) and not _AFTER_PREPOSITION.search(core[:at]) and not own_named:
            # "The T5 authors release ...": the report's name for the paper itself; but
            # "training on HellaSwag" names a thing the paper is about, not the paper
            continue
        if paper_subject(e, version) or _own_size(e, evidence_text, version):
            continue
        missing.append(e)
    return missing


# "CuratedTrec (CT)", "Natural Questions (NQ)": a name, then the short form the paper uses
# for it from there on (in table headers especially).
_DEFINED = re.compile(r"([A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,3})\s+\(([A-Z][A-Za-z0-9\-]{1,7})\)")


def _initials_match(name: str, short: str) -> bool:
    """Whether a short form is spelled by the name's capitals in order ("CT" for
    "CuratedTrec", "NQ" for "Natural Questions"), so that "(see Table 2)" or "(Ours)"
    after a name is no definition of it."""
    caps = [c for c in name if c.isupper()]
    letters = [c for c in short if c.isupper()]
    it = iter(caps)
    return len(letters) >= 2 and letters[0] == caps[0] and all(c in it for c in letters)


@once_per_version
def _defined_abbreviations(version: SourceVersion) -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for p in version.passages:
        if p.kind not in ("sentence", "abstract", "caption"):
            continue
        for m in _DEFINED.finditer(p.text):
            words, short = m.group(1).split(), m.group(2)
            # "In CuratedTrec (CT)": the name is the shortest run of words before it that
            # the short form spells
            for k in range(len(words) - 1, -1, -1):
                if _initials_match(" ".join(words[k:]), short):
                    out.setdefault(" ".join(words[k:]).lower(), set()).add(short)
                    break
    return {k: frozenset(v) for k, v in out.items()}


_SIZED = re.compile(r"^(.+?)[-\s]+(\d+(?:\.\d+)?[BMK])$", re.I)


def _own_size(entity: str, evidence_text: str, version: SourceVersion) -> bool:
    """"LLaMA-65B" where the paper about LLaMA says "a 65B-parameter model": the paper's own
    model of that size, named by its size alone."""
    m = _SIZED.match(entity)
    return bool(m) and paper_subject(m.group(1), version) \
        and re.search(r"(?<![\w.])" + re.escape(m.group(2)) + r"(?![\w.])", evidence_text, re.I) is not None


def paper_subject(entity: str, version: SourceVersion) -> bool:
    """A name the paper is about: in its title (or spelled by the title's initials), in a
    fair share of its passages, or marked as the paper's own where it is set beside others
    ("GCN (this paper)" in a table of baselines). Its sentences say "our model" for it."""
    prose = [p.text for p in version.passages if p.kind in ("sentence", "abstract", "title", "caption")]
    title = _title(version)
    share = sum(mentions(t, entity) for t in prose) / max(1, len(prose))
    return share >= SUBJECT_SHARE or mentions(title, entity) or _title_acronym(entity, title) \
        or any(mentions(own, entity) for own in _marked_own(version))


TITLE_TAIL_WORDS = 4  # a title's last line, wrapped, is this short at most


@once_per_version
def _title(version: SourceVersion) -> str:
    """The paper's title, with a last line the extraction set apart as a passage of its own:
    a title in capitals goes on with a short line in capitals ("... WITH GRAPH
    CONVOLUTIONAL" / "NETWORKS"), a title cut by a hyphen with whatever follows it."""
    ps = version.passages
    at = [k for k, p in enumerate(ps) if p.kind == "title"]
    if not at:
        return ""
    title = " ".join(ps[k].text for k in at)
    nxt = ps[at[-1] + 1].text.strip() if at[-1] + 1 < len(ps) else ""
    short = 0 < len(nxt.split()) <= TITLE_TAIL_WORDS and not re.search(r"[.,;@]", nxt)
    if short and (title.rstrip().endswith("-") or (title.isupper() and nxt.isupper())):
        title = title.rstrip()[:-1] + nxt if title.rstrip().endswith("-") else f"{title} {nxt}"
    return title


# "GCN (this paper)", "Ours (DeiT)", "X (ours)": a name set apart as the paper's own
_OWN_MARK = re.compile(r"([A-Z][\w\-+.]*(?:\s+[A-Z][\w\-+.]*)?)\s*\((?i:this (?:paper|work)|ours|proposed)\)")


@once_per_version
def _marked_own(version: SourceVersion) -> frozenset[str]:
    """The names the paper marks as its own beside others ("GCN (this paper)")."""
    return frozenset(m.group(1) for p in version.passages for m in _OWN_MARK.finditer(p.text)
                     if m.group(1).lower() not in ("table", "figure", "ours"))

# "wav2vec 2.0", "SQuAD 2.0", "Python 3.8": a word with a dotted version number after it
_VERSIONED = re.compile(r"(?<![\w.-])([A-Za-z][\w-]*[A-Za-z0-9])\s+(\d+(?:\.\d+)+)(?![\w.]*\d)")
VERSIONED_REPEATS = 3  # times a paper writes "word 2.0" for it to be a name, not a measure after a word


@once_per_version
def _versioned_in(version: SourceVersion) -> frozenset[str]:
    """The versioned names a paper writes again and again ("wav2vec 2.0"), or in its title,
    lowercased."""
    counts: dict[str, int] = {}
    for p in version.passages:
        if p.kind in ("table-row", "table-cell"):
            continue  # a row's "Base 2.0" is a label and a cell, not a name in prose
        for m in _VERSIONED.finditer(p.text):
            key = f"{m.group(1).lower()} {m.group(2)}"
            counts[key] = counts.get(key, 0) + (VERSIONED_REPEATS if p.kind == "title" else 1)
    return frozenset(k for k, n in counts.items() if n >= VERSIONED_REPEATS)


def versioned_name_spans(claim_text: str, version: SourceVersion) -> list[tuple[int, int]]:
    """Where the claim writes a versioned name its paper uses as a name ("wav2vec 2.0"
    written throughout the paper): the number names the thing, it measures nothing."""
    known = _versioned_in(version)
    return [(m.start(2), m.end(2)) for m in _VERSIONED.finditer(claim_text)
            if f"{m.group(1).lower()} {m.group(2)}" in known]


# metric names are not names of things a claim is about
_METRICS = {"f1", "em", "acc", "bleu", "mcc", "auc", "rouge", "rouge-l", "map", "mrr", "wer", "cer"}


def entity_spans(text: str) -> list[tuple[int, str]]:
    """Where the names of ``names_in`` stand in ``text``."""
    out = []
    for m in _ENTITY.finditer(text):
        w = m.group(0)
        if w in _NOT_ENTITY or w in _UNITS or (m.start() == 0 and not re.search(r"[A-Z0-9].*[A-Z0-9]", w)):
            continue
        if w.lower() not in _METRICS:
            out.append((m.start(), w.lower()))
    return out


# --------------------------------------------------------------------------- swapped names

_SLOT_SKIP = frozenset("""a an the its their our his her this that these those of as same from with to by on in for
    at into and or is are was were be been being has have had""".split())
# only these may stand between a name and the word that marks its slot: "the X checkpoint",
# "fine-tune the X" — "trained on X" and "we train X" are other slots
_DETERMINER = frozenset("a an the its their our his her this that these those same".split())
_SLOT_WORD = re.compile(r"[A-Za-z][\w\-]*")


def _neighbour_words(text: str, start: int, end: int) -> tuple[str | None, str | None]:
    """The content words either side of a name (function words skipped, within its
    clause), lowercased without their endings: what slot the name fills ("the X
    checkpoint", "fine-tune X on")."""
    before = re.split(r"[,;:()]|\.\s", text[:start])[-1]
    after = re.split(r"[,;:()]|\.(?:\s|$)", text[end:])[0]
    # a name beside it is another slot's filler, not the slot ("on X with Y")
    left = [w for w in _SLOT_WORD.findall(before) if w.lower() not in _DETERMINER]
    right = [w for w in _SLOT_WORD.findall(after) if w.lower() not in _DETERMINER]
    left = left if left and left[-1].islower() and left[-1] not in _SLOT_SKIP else []
    right = right if right and right[0].islower() and right[0] not in _SLOT_SKIP else []

    def norm(w: str | None) -> str | None:
        # "fine-tuning" / "fine-tune", "initialized" / "initialised": the word's last part, its stem
        if w is None:
            return None
        last = w.lower().split("-")[-1]
        return re.sub(r"(?:ing|ed|es|e|s)$", "", last.replace("is", "iz")) or last

    return norm(left[-1] if left else None), norm(right[0] if right else None)


def _spans(text: str, entity: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"(?<![\w-])" + re.escape(entity) + r"(?![\w-])", text)]


def slot_rival(core: str, text: str, entity: str) -> str | None:
    """A name of the passage that fills the slot the claim gives ``entity``, which the
    passage does not mention: "initialised from the X checkpoint" against "initialised with
    the Y checkpoint" — the passage says another thing there, not nothing. A member of a
    coordinated set of the claim is left out ("for A and B" / "for A and C" is a set that
    only partly holds)."""
    from claimcheck.evidence.conjuncts import groups  # conjuncts imports nothing of names

    # ... or of a list of names, which ``groups`` may not split ("SQuAD1.1, SQuAD2.0 and X")
    listed = re.compile(r"[A-Z0-9][\w.\-]*\s*(?:,|\band|\bor)\s+(?:the\s+)?" + re.escape(entity) + r"(?![\w-])|(?<![\w-])"
                        + re.escape(entity) + r"\s*(?:,|\band\b|\bor\b)\s*(?:the\s+)?[A-Z0-9]")
    if any(entity in it.text for g in groups(core) for it in g) or listed.search(core):
        return None
    # a claim that adds a thing ("was also evaluated on X") leaves the passage's own in place,
    # as does one that gives it as an example ("models of up to 6B parameters, including X"):
    # another example of the passage's is no other filler of its slot
    if _ADDITIVE.search(core) or re.search(_EXAMPLE + re.escape(entity) + r"(?![\w-])", core):
        return None
    slots = {_neighbour_words(core, s, e) for s, e in _spans(core, entity)}
    for other in dict.fromkeys(names_in(text)):
        if other == entity or mentions(core, other) or mentions(other, entity):
            continue
        for s, e in _spans(text, other):
            left, right = _neighbour_words(text, s, e)
            if any((left is not None and left == cl) or (right is not None and right == cr) for cl, cr in slots):
                return other
    return None


_ADDITIVE = re.compile(r"\b(?:also|additionally|in addition|as well|too)\b", re.I)
_EXAMPLE = r"\b(?:including|such as|e\.g\.,?|for example,?|for instance,?)\s+(?:the\s+)?"
_ROLE = re.compile(r"\s+(?:for|on|as|in)\s+(?:the\s+)?", re.I)
# ... or after the predicate the name is the subject of ("A is the best on X and B on Y"):
# a few words, none of them another name (checked by the caller) nor a clause's end
_PREDICATE_ROLE = re.compile(r"(?:\s+(?!(?:and|or|but|while|whereas|which)\b)[\w'’-]+){1,6}?\s+(?:for|on|in)\s+(?:the\s+)?", re.I)
_ROLE_END = re.compile(r"[,;:()]|\.(?:\s|$)|\band\b|\bor\b|\bwhile\b|\bbut\b")


def _roles(text: str, names: list[str]) -> dict[str, frozenset[str]]:
    """Each name followed by a role phrase ("X for summarization", "Y on tweets"): the
    phrase's content words (to the next name or clause end), lowercased and cut to five
    letters."""
    out: dict[str, frozenset[str]] = {}
    for name in names:
        for _, e in _spans(text, name):
            m = _ROLE.match(text, e)
            if not m:
                m = _PREDICATE_ROLE.match(text, e)
                if not m or any(other != name and other in text[e:m.end()] for other in names):
                    continue
            phrase = _ROLE_END.split(text[m.end():], maxsplit=1)[0]
            # the phrase ends at the next name; a name it opens with is its role ("on ImageNet")
            for other in names:
                k = phrase.find(other, 1)
                if k >= 0:
                    phrase = phrase[:k]
            words = frozenset(w.lower()[:5] for w in _SLOT_WORD.findall(phrase) if w.lower() not in _SLOT_SKIP)
            if words:
                out[name] = out.get(name, frozenset()) | words
    return out


def swapped_roles(core: str, text: str) -> tuple[str, str] | None:
    """Two names of the claim whose role phrases the passage gives the other way round:
    "A for X and B for Y" against "B for X and A for Y". The names, or None."""
    names = [n for n in dict.fromkeys(names_in(core)) if _spans(text, n)]
    claim_roles, source_roles = _roles(core, names), _roles(text, names)
    for i, a in enumerate(names):
        for b in names[i + 1:]:
            if not all(n in claim_roles and n in source_roles for n in (a, b)):
                continue
            ca, cb = claim_roles[a] - claim_roles[b], claim_roles[b] - claim_roles[a]
            sa, sb = source_roles[a], source_roles[b]
            if ca and cb and ca & sb and cb & sa and not ca & sa and not cb & sb:
                return a, b
    return None


def moved_role(core: str, text: str) -> tuple[str, str] | None:
    """A name of the claim whose role the passage gives to another name while giving it
    another role: "A beats B on the hard set" against "C beats D on the hard set and A
    beats B on the easy set". (the claim's name, the name the passage gives its role), or
    None. Only a role word the passage uses of that other name counts, so a claim that
    adds a word ("the ARC set") is not moved by it."""
    claimed = [n for n in dict.fromkeys(names_in(core)) if _spans(text, n)]
    everyone = list(dict.fromkeys(claimed + names_in(text)))
    claim_roles, source_roles = _roles(core, everyone), _roles(text, everyone)
    for a in claimed:
        if a not in claim_roles or a not in source_roles:
            continue
        told, given = claim_roles[a] - source_roles[a], source_roles[a] - claim_roles[a]
        if not told or not given:
            continue
        for b, roles in source_roles.items():
            if b != a and b not in claimed and told & roles and given - roles:
                return a, b
    return None


_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_YEAR = re.compile(r"(?<![\w.])(?:" + _MONTH + r"\s+)?((?:19|20)\d\d)(?![\w.])")


def swapped_year(core: str, text: str) -> tuple[str, str] | None:
    """A year of the claim that the passage gives as another in the same slot (the same
    month or the same word after it: "the January 2020 snapshot" / "the January 2021
    snapshot"): (the claim's year, the passage's), or None. A year in a citation ("Smith et
    al., 2020") has no slot."""
    found = {m.group(1) for m in _YEAR.finditer(text)}
    for m in _YEAR.finditer(core):
        year = m.group(1)
        if year in found:
            continue
        c_left, c_right = _neighbour_words(core, m.start(), m.end())
        c_month = m.group(0).split()[0] if " " in m.group(0) else None
        for t in _YEAR.finditer(text):
            if t.group(1) == year:
                continue
            t_month = t.group(0).split()[0] if " " in t.group(0) else None
            t_left, t_right = _neighbour_words(text, t.start(), t.end())
            if (c_month and c_month == t_month) or (c_right is not None and c_right == t_right) \
                    or (c_left is not None and not c_month and c_left == t_left):
                return year, t.group(1)
    return None
