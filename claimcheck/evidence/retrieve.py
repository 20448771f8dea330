"""Candidate passages for a claim.

Claims are paraphrased ("The study uses" for "We use"), cut off mid-word, and merged from
several sentences, so the score is led by *content-word recall* — the share of the claim's
content stems (of the part that exists) found in the candidate — which ignores word order,
rewording of function words and the missing tail; rapidfuzz's ``token_set_ratio`` then
breaks ties among the best few. Candidates are sentences, windows of two and three
neighbouring sentences (for merged claims) and table rows, of every version.

Each version is indexed once (stems per candidate) and reused for every claim.
"""

from __future__ import annotations

import bisect
import heapq
import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache

from rapidfuzz import fuzz

from claimcheck.evidence.lexicon import FOLD_ONLY
from claimcheck.evidence.memo import once_per_version
from claimcheck.evidence.polarity import UNIVERSAL, fold, occurrences
from claimcheck.evidence.quantities import WORDS, extract_quantities
from claimcheck.model import Claim, Evidence, Passage, SourceVersion

RECALL_WEIGHT = 0.75  # the rest is rapidfuzz token_set_ratio / 100
SHORTLIST = 25
WINDOW_PENALTY = 0.06

_STOP = set(
    """a an the of on in for to and or by as at with from into via is are be been being was were do does
    did has have had this that these those it its their our we us they them he she study paper authors
    work report researchers which who whom whose what when where how while whereas also than then there here
    such both either each every all any some can could may might will would should shall must so within
    through throughout during upon onto toward towards per etc
    but because since thus therefore hence although though however despite whether among amongst
    become becomes became becoming remain remains remained seem seems seemed""".split()
)
_WORD = re.compile(r"[a-z][a-z0-9+]*")
_IRREGULAR = {"uses": "use", "used": "use", "using": "use", "studies": "study", "studied": "study", "frozen": "freez",
              "froze": "freez"}
# Words that carry no content of a claim: reporting verbs ("the study finds that ...") and
# number words (numbers are compared separately, as quantities), negations (judged clause by
# clause in opposites.py), focus adverbs ("only", "especially", "mostly"), degree and aspect
# adverbs ("heavily", "fairly", "still", "already"), the "current"/"recent" of a state of
# the art, and the hedges of a number ("about",
# "roughly"), which qualify a statement without adding content to find; and the "et al." of
# a citation.
_FILLER = set(
    """find finds found show shows shown showed report reports reported demonstrate demonstrates observe
    observes note notes according suggest suggests argue argues claim claims state states
    zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
    sixteen seventeen eighteen nineteen twenty thirty forty fifty hundred thousand million billion dozen
    not no never neither nor cannot without rather instead lack lacks hardly barely scarcely
    analysis analyses investigation investigate investigates examine examines
    point points percent percentage
    only just even especially particularly mostly mainly largely alone exclusively solely purely
    conclude concludes concluded acknowledge acknowledges acknowledged indicate indicates indicated
    reveal reveals revealed highlight highlights emphasize emphasizes emphasise emphasises mention mentions
    explain explains
    very quite fairly somewhat relatively highly heavily greatly considerably substantially significantly
    dramatically markedly widely extensively
    already still yet current currently recent recently
    about roughly approximately around nearly almost circa
    twice thrice half quarter quarters third thirds fifth fifths times
    et al""".split()
)
# Paraphrases the report generators use for the verbs and adjectives of results sentences,
# folded to one stem each. Deliberately small: nouns are never folded (a different noun is
# a different claim) — except the generic nouns of research prose for a way of doing
# something ("method", "approach", "technique").
_SYNONYMS = {
    **dict.fromkeys("rely relies relied relying reliant depend depends depended depending dependent".split(), "depend"),
    **dict.fromkeys("method methods approach approaches technique techniques".split(), "method"),
    **dict.fromkeys("propose proposes proposed proposing introduce introduces introduced introducing".split(), "propos"),
    **dict.fromkeys("build builds built building construct constructs constructed constructing".split(), "build"),
    **dict.fromkeys("provide provides provided providing offer offers offered offering supply supplies supplied supplying".split(), "provid"),
    **dict.fromkeys("contain contains contained containing comprise comprises comprised comprising".split(), "contain"),
    **dict.fromkeys("generate generates generated generating produce produces produced producing".split(), "generat"),
    **dict.fromkeys("focus focuses focused focusing concentrate concentrates concentrated concentrating".split(), "focus"),
    **dict.fromkeys("earlier previous previously prior".split(), "prior"),
    **dict.fromkeys("enable enables enabled enabling allow allows allowed allowing".split(), "enabl"),
    **dict.fromkeys("leverage leverages leveraged leveraging".split(), "use"),
    **dict.fromkeys("reach reaches reached reaching attain attains attained attaining".split(), "obtain"),
    **dict.fromkeys("whole entire entirely".split(), "whole"),
    **dict.fromkeys("compute computes computed computing calculate calculates calculated calculating".split(), "comput"),
    **dict.fromkeys("meant intended intend intends aimed".split(), "intend"),
    **dict.fromkeys("turn turns turned turning convert converts converted converting cast casts".split(), "convert"),
    **dict.fromkeys("finding findings result results".split(), "result"),
    **dict.fromkeys("start starts started starting begin begins began beginning".split(), "begin"),
    **dict.fromkeys("""repeat repeats repeated repeating reproduce reproduces reproduced reproducing replicate
    replicates replicated replicating""".split(), "repeat"),
    **dict.fromkeys("ignore ignores ignored ignoring disregard disregards disregarded disregarding neglect neglects neglected neglecting overlook overlooks overlooked overlooking".split(), "ignor"),
    # a data set is its data: "publicly available data" / "publicly available datasets"
    **dict.fromkeys("dataset datasets".split(), "data"),
    # an adjective and the noun it is derived from, where the suffixes do not meet
    **dict.fromkeys("vision visual visually".split(), "vision"),
    # a clipped prefix and its word: "auto-prompting" / "prompting automatically"
    **dict.fromkeys("auto automatic automatically automated".split(), "auto"),
    "biggest": "large", "largest": "large", "greatest": "large", "highest": "large",
    "improvement": "improv", "improvements": "improv", "gain": "improv", "gains": "improv",
    "raise": "improv", "raises": "improv", "boost": "improv", "boosts": "improv", "increase": "improv",
    "increases": "improv", "improve": "improv", "improves": "improv", "improved": "improv",
    "employ": "use", "employs": "use", "utilize": "use", "utilizes": "use", "adopt": "use", "adopts": "use",
    "obtain": "obtain", "obtains": "obtain", "obtained": "obtain", "achieve": "obtain", "achieved": "obtain",
    "achieves": "obtain", "concern": "involv", "concerns": "involv", "involves": "involv", "involve": "involv",
    "need": "requir", "needs": "requir", "require": "requir", "requires": "requir", "required": "requir",
    "evaluation": "evaluat", "evaluate": "evaluat", "evaluates": "evaluat", "evaluated": "evaluat",
    "covers": "evaluat", "cover": "evaluat", "assess": "evaluat", "assesses": "evaluat",
    "compared": "compar", "compare": "compar", "comparison": "compar", "comparisons": "compar", "versus": "compar", "against": "compar", "over": "compar",
}


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    # Antonyms fold to one token so that "reduced variance" is found for "increases
    # variance"; which way each points is judged in opposites.py (polarity.py).
    folded = fold(word)
    if folded is not None:
        return folded
    return _plain_stem(word)


def _plain_stem(word: str) -> str:
    # "uncommon"/"common", "overtrained"/"undertrained": the same topic, opposite ways —
    # found together here, told apart in polarity.py. An over-/under- word keeps a mark:
    # "overtrained" meets "undertrained", not every sentence about training.
    degree = re.match(r"(?:over|under)(?=[a-z]{5})", word) is not None
    m = re.match(r"(?:over|under)(?=[a-z]{5})|(?:un(?!i(?:form|vers|que|fi|t|on|gram|modal|direct|lateral|code))|non-?)(?=[a-z]{4})|im(?=[pbm][a-z]{4})|in(?=(?:correct|consistent|complete|sufficient|valid|accurate|effective|dependent|capable|appropriate|adequate|feasible|significant)\b)", word)
    if m and word[m.end():] not in ("standing", "stood", "lying", "stand"):
        word = word[m.end():]
    else:
        degree = False
    return _suffixes(word) + ("±" if degree else "")


def _suffixes(word: str) -> str:
    if word in _SYNONYMS:
        return _SYNONYMS[word]
    # a form of a verb listed in another form: "utilized" for "utilize", "employed" for "employ"
    for base in _verb_bases(word):
        if base in _SYNONYMS:
            return _SYNONYMS[base]
    w = _IRREGULAR.get(word, word)
    # "relationships" / "relations": the -ship of a noun adds nothing to find it by
    w = re.sub(r"(?<=[a-z]{4})ships?$", "", w)
    # the noun of a verb meets the verb ("construction" / "constructed", "compression" /
    # "compressed")
    w = re.sub(r"(?<=[a-z]{3})(ct|ss)ions?$", r"\1", w)
    if w != word and w in _SYNONYMS:
        return _SYNONYMS[w]
    for suffix in ("izations", "ization", "isations", "isation", "izing", "ising", "ized", "ised", "izes", "ises", "ize",
                   "ically", "ationally", "ational", "ations", "ation", "ments", "ment", "ings", "ing", "ies", "ied", "ated", "ates",
                   "ate", "ed", "es", "s", "ly"):
        if suffix == "es" and not w.endswith(("sses", "xes", "zes", "ches", "shes")):
            continue  # "languages" is "language" + s, as "classes" is "class" + es
        if suffix == "s" and w.endswith(("ss", "us", "is")):
            continue  # "class", "corpus", "analysis"
        if suffix in ("ised", "ises", "ising", "isation", "isations") and w.endswith(("wised", "wises", "vised", "vises", "vising")):
            continue  # "supervised", "advised" are no -ise verbs
        if len(w) > len(suffix) + 3 and w.endswith(suffix):
            w = w[: -len(suffix)] + {"ies": "y", "ied": "y", "ically": "ic"}.get(suffix, "")
            # "putting", "embedded", "stopped": the doubled consonant goes with the ending
            if suffix in ("ing", "ings", "ed") and len(w) > 2 and w[-1] == w[-2] and w[-1] not in "aeiouylsz":
                w = w[:-1]
            break
    # a final e goes, so that "introduce", "introduces" and "introducing" meet
    if len(w) > 4 and w.endswith("e") and not w.endswith("ee"):
        w = w[:-1]
    return w


def _verb_bases(word: str) -> list[str]:
    """The plain forms a word with -s, -ed or -ing may have ("utilized" → "utilize")."""
    if len(word) < 6:
        return []
    if word.endswith("ing"):
        return [word[:-3], word[:-3] + "e"] + ([word[:-4]] if word[-4] == word[-5] else [])
    if word.endswith("ed"):
        return [word[:-2], word[:-1]] + ([word[:-3]] if word[-3] == word[-4] else [])
    if word.endswith("s") and not word.endswith("ss"):
        return [word[:-1]] + ([word[:-2]] if word.endswith("es") else [])
    return []


_CONTROL = dict.fromkeys([*range(0, 9), 11, 12, *range(14, 32), 127])


def clean(text: str) -> str:
    """Control characters some PDFs leave inside words are no text (the extractor maps
    the line-end hyphen marker itself; this only keeps stray ones out of the words)."""
    return text.translate(_CONTROL)


_CASED_WORD = re.compile(r"[A-Za-z][A-Za-z0-9+]*")


# A prefix written with or without its hyphen is one word: "pre-trained" = "pretrained",
# "non-standard" = "nonstandard", "multi-task" = "multitask".
_PREFIX_HYPHEN = re.compile(r"\b(pre|re|co|non|multi|sub|post|semi|bi|inter|intra|over|under)-(?=[a-z])", re.I)


def join_prefixes(text: str) -> str:
    return _PREFIX_HYPHEN.sub(r"\1", text)


# degree adverbs of several words ("helps a great deal"), filler as "greatly" is
_DEGREE_PHRASE = re.compile(r"\ba\s+(?:great|good)\s+deal\b|\ba\s+lot\b", re.I)


def stems(text: str) -> frozenset[str]:
    out: set[str] = set()
    for raw in _CASED_WORD.findall(_DEGREE_PHRASE.sub(" ", join_prefixes(clean(text))).replace("-", " ")):
        w = raw.lower()
        if w in _STOP or w in _FILLER or len(w) < 2:
            continue
        # A name in capitals is no polar word: "MASSIVE" (a data set) is not "massive".
        out.add(_plain_stem(w) if raw.isupper() and len(raw) > 2 else stem(w))
    return frozenset(out)


_DIGITS = re.compile(r"(?<![\w.])\d[\d,]*(?:\.\d+)?")
_NUMBER_WORD = re.compile(r"\b(" + "|".join(WORDS) + r")\b", re.I)


def _canon(v: float) -> str:
    return "#" + f"{v:.6g}"


@lru_cache(maxsize=16384)
def number_tokens(text: str) -> frozenset[str]:
    """Numbers of a passage ("#1104934", "#80.4", "#11" for "eleven"): a shared number is
    strong evidence that a passage is the one a claim quotes; a different one is judged
    later, not here."""
    out = set()
    for m in _DIGITS.finditer(text):
        try:
            out.add(_canon(float(m.group(0).replace(",", ""))))
        except ValueError:
            continue
    out.update(_canon(WORDS[m.group(1).lower()]) for m in _NUMBER_WORD.finditer(text))
    return frozenset(out)


def claim_number_tokens(text: str) -> frozenset[str]:
    """The claim's numbers by value, however written ("four" → "#4", "100,000+" → "#100000")."""
    return frozenset(_canon(q.value) for q in extract_quantities(text)) | number_tokens(text)


# Words that deny what follows them: cut off right after one, a claim denies something
# unknown ("tasks that have no training d…": no training data, no training set, …).
_NEGATION_CUES = frozenset({"no", "not", "never", "without", "nor", "neither", "none", "cannot", "lack", "lacks"})


def claim_core(claim: Claim) -> str:
    """The part of a claim that exists: a truncated claim loses its partial last word, and
    a negation among its last three words with what it denies, since what it denies is cut
    off."""
    text = claim.text.strip()
    if claim.truncated and " " in text:
        text = text.rsplit(" ", 1)[0]
        words = text.split()
        for i in range(len(words) - 1, max(len(words) - 4, 0), -1):
            w = words[i].lower().strip(",;:()")
            if w in _NEGATION_CUES or w.endswith("n't"):
                text = " ".join(words[:i]).rstrip(",;:")
                break
    return text


@dataclass
class _Candidate:
    text: str
    stems: frozenset[str]
    members: list[Passage]  # one passage, or the neighbouring sentences of a window
    member_stems: list[frozenset[str]]
    outline: bool = False  # a table's caption with its row and column names


def _quote(c: _Candidate, want: frozenset[str], numbers: frozenset[str] = frozenset()) -> Passage:
    """The passage a verdict quotes: the window's sentences that carry the claim's words
    (one sentence when only one does), located where the first of them is. A sentence that
    states one of the claim's numbers is kept: the number may be what decides the verdict,
    and a quote without it would not show why."""
    if len(c.members) == 1:
        return c.members[0]
    hits = [i for i, st in enumerate(c.member_stems) if len(want & st) >= 2]
    if not hits:
        return c.members[0]
    overlap = len(want & c.stems)
    best = max(range(len(c.members)), key=lambda i: len(want & c.member_stems[i]))
    stating = [i for i, m in enumerate(c.members) if numbers & number_tokens(m.text)]
    if len(want & c.member_stems[best]) >= 0.8 * overlap:
        if not stating or best in stating:
            return c.members[best]
        hits = [best, *stating]
    first, last = min(hits), max(hits)
    if first == last:
        return c.members[first]
    lead = c.members[first]
    return replace(lead, text=" ".join(m.text for m in c.members[first : last + 1]))


@dataclass
class VersionIndex:
    version: SourceVersion
    candidates: list[_Candidate]
    df: dict[str, int]  # passages each stem occurs in
    n: int
    postings: dict[str, list[int]]  # stem → candidates that have it
    numbers: list[tuple[float, str]] = field(default_factory=list)  # number tokens by value, sorted

    def weight(self, stem_: str) -> float:
        """Inverse document frequency within the paper: the method's name and the dataset
        occur everywhere in it and say little about which sentence states a claim; a word
        the paper never uses weighs most."""
        w = math.log(1 + self.n / (self.df.get(stem_, 0) + 0.5))
        # A folded antonym group of direction or size says only that a sentence points
        # somewhere, not about what; the other senses ("~disclosure", "~importance") say
        # what is claimed of their subject.
        return w * 0.5 if stem_.startswith("~") and stem_[1:] in FOLD_ONLY else w


@once_per_version
def index(version: SourceVersion) -> VersionIndex:
    """Candidates of one version, built once per SourceVersion object."""
    passages = [p for p in version.passages if p.text.strip()]
    cands: list[_Candidate] = []
    prose = [p for p in passages if p.kind not in ("table-cell",)]
    # A table row says nothing of what its numbers measure; its caption does.
    captions = {p.table: stems(p.text) for p in passages if p.kind == "caption" and p.table}
    for i, p in enumerate(prose):
        own = stems(p.text)
        extra = captions.get(p.table, frozenset()) if p.kind == "table-row" and p.table else frozenset()
        cands.append(_Candidate(clean(p.text), own | extra, [p], [own]))
        if p.kind in ("sentence", "abstract", "caption"):
            for width in (2, 3):
                window = prose[i : i + width]
                if len(window) == width and all(w.kind == p.kind for w in window) and window[-1].page - p.page <= 1:
                    text = clean(" ".join(w.text for w in window))
                    member_stems = [stems(w.text) for w in window]
                    cands.append(_Candidate(text, frozenset().union(*member_stems), list(window), member_stems))
    cands += _table_outlines(passages)
    df: Counter[str] = Counter()
    for p in prose:
        df.update(stems(p.text))
    postings: dict[str, list[int]] = {}
    for n, c in enumerate(cands):
        for w in c.stems.union(*(number_tokens(m.text) for m in c.members)):
            postings.setdefault(w, []).append(n)
    values = sorted((float(t[1:]), t) for t in postings if t.startswith("#"))
    return VersionIndex(version, cands, dict(df), max(1, len(prose)), postings, values)


# --------------------------------------------------------------------------- acronyms

# "(PLMs)", "(NLP)", "(KD)": capitals (two at least), a plural "s" allowed, in parentheses
_DEFINED = re.compile(r"\(\s*([A-Z][A-Za-z]{0,9})\s*\)")
_EXPANSION_WORD = re.compile(r"[A-Za-z][A-Za-z'\-]*")
_ACRONYM_IN_CLAIM = re.compile(r"(?<![\w-])([A-Z]{2,6})s?(?![\w-])")


def _letters(acronym: str) -> str:
    return "".join(c.lower() for c in acronym if c.isupper())


def expansion(acronym: str, before: str) -> str | None:
    """The words before "(acronym)" that it abbreviates, if their initials spell it:
    "pre-trained language models (PLMs)" → "pre-trained language models". Matched from the
    last letter back (a word's hyphenated parts count as words, small words may be
    skipped), the last letter in the last word."""
    letters = _letters(acronym)
    if len(letters) < 2:
        return None
    words = _EXPANSION_WORD.findall(re.split(r"[.;:()]\s", before)[-1])[-(len(letters) + 3):]
    parts = [(k, part[0].lower()) for k, w in enumerate(words) for part in w.split("-") if part]
    i, first = len(parts) - 1, None
    for n, letter in enumerate(reversed(letters)):
        while i >= 0 and parts[i][1] != letter:
            if n == 0:
                return None  # the last word must give the last letter
            i -= 1
        if i < 0:
            return None
        first = parts[i][0]
        i -= 1
    if first is None or not words[first][0].isalpha() or words[first][0].lower() != letters[0]:
        return None
    out = words[first:]
    # a sentence's capital is no part of the words ("Masked language modeling (MLM) ..."); a
    # name's capitals are ("Stanford Question Answering Dataset")
    if not all(w[0].isupper() for w in out) and out[0][1:].islower():
        out[0] = out[0].lower()
    return " ".join(out)


@once_per_version
def acronyms(version: SourceVersion) -> dict[str, str]:
    """The acronyms a version defines, each with the words it stands for (its first
    definition): "PLMs" → "pre-trained language models"."""
    out: dict[str, str] = {}
    for p in version.passages:
        for m in _DEFINED.finditer(p.text):
            name = m.group(1)
            if sum(c.isupper() for c in name) < 2:
                continue
            name = name[:-1] if name.endswith("s") and name[-2:-1].isupper() else name
            found = expansion(name, p.text[: m.start()])
            if found is not None:
                out.setdefault(name, found)
    return out


def _words_pattern(words: str) -> re.Pattern[str]:
    """The words of an expansion however inflected or hyphenated ("pre-trained language
    model" in "pretrained language models")."""
    parts = [w for w in re.split(r"[\s\-]+", words) if w]
    return re.compile(r"(?<![\w-])" + r"[\s\-]*".join(re.escape(w[: max(3, len(w) - 3)]) + r"[a-z]*" for w in parts)
                      + r"(?![\w-])", re.I)


def _acronym_pattern(acronym: str) -> re.Pattern[str]:
    return re.compile(r"(?<![\w-])" + re.escape(acronym) + r"s?(?![\w-])")


def _spelled(acronym: str) -> re.Pattern[str]:
    """Words whose initials spell an acronym, one word per letter ("natural language
    processing" for "NLP"), each of four letters at least, small words between them aside."""
    # a small word between two of them is no letter ("reinforcement learning from human feedback")
    return re.compile(r"\b" + r"[\s\-]+(?:(?:of|from|for|with|to|on|in|by|the|and)\s+)?".join(f"{c}[a-z]{{3,}}" for c in acronym.lower())
                      + r"\b", re.I)


def aliases(core: str, version: SourceVersion) -> list[tuple[re.Pattern[str], str]]:
    """What a passage must be read with so that it says a claim's acronym (or its words) as
    the claim does: (the form the passage may use, the claim's form to read it as). An
    acronym the version defines is used both ways — the claim's "PLMs" is the passage's
    "pre-trained language models" and the other way round; one of three or more capitals
    it does not define (nor is about) is any run of words its letters begin ("NLP")."""
    out: list[tuple[re.Pattern[str], str]] = []
    defined = acronyms(version)
    for acronym, words in defined.items():
        in_claim = _acronym_pattern(acronym).search(core)
        spelled = _words_pattern(words)
        said = spelled.search(core)
        if in_claim and not said:
            out.append((spelled, acronym))
        elif said and not in_claim:
            out.append((_acronym_pattern(acronym), words))
    # an acronym the paper is about ("BERT" in the BERT paper) is its name, not words to spell out
    idx = index(version)
    for m in _ACRONYM_IN_CLAIM.finditer(core):
        share = idx.df.get(_plain_stem(m.group(1).lower()), 0) / idx.n
        if len(m.group(1)) >= 3 and m.group(1) not in defined and share < SUBJECT_SHARE:
            out.append((_spelled(m.group(1)), m.group(1)))
    return out


def read_with(text: str, rules: Sequence[tuple[re.Pattern[str], str]], claim_words: frozenset[str] = frozenset()) -> str:
    """``text`` with the passage's form of each acronym replaced by the claim's, in place (a
    number before it still counts the same noun: "eleven natural language processing
    tasks" reads "eleven NLP tasks"); not where those words are ``claim_words`` too."""
    def put(m: re.Match[str], form: str) -> str:
        # a definition ("language models (LMs)") already says both
        defining = re.match(r"\s*\(", text[m.end():]) or text[: m.start()].rstrip().endswith("(")
        # words the claim uses itself are no other form of its acronym ("new evaluation
        # results" is not "NER" for a claim about results)
        if defining or stems(m.group(0)) & claim_words:
            return m.group(0)
        # an acronym for plural words is plural: "graph neural networks" → "GNNs"
        plural = form.isupper() and m.group(0).endswith("s") and not m.group(0).isupper()
        return form + "s" if plural else form

    for pattern, form in rules:
        text = pattern.sub(lambda m: put(m, form), text)
    return text


_LABEL = re.compile(r"\b(?:Tables?|Figures?|Fig\.|Sections?|Appendix)\s+[A-Z]?\d+(?:\.\d+)*\b")


def _ranks(core: str) -> bool:
    """Whether a claim says which way something goes ("beats", "higher", "falls behind")."""
    return any(o.group in ("direction", "parity", "manner") for o in occurrences(core))


def _table_outlines(passages: Sequence[Passage]) -> list[_Candidate]:
    """One candidate per captioned table: its caption with the names of its rows and
    columns, which is what a claim about the table's contents lists ("Table 1 compares A
    against B, C and D"). Quoted as the caption."""
    out = []
    for cap in (p for p in passages if p.kind == "caption" and p.table):
        rows = list(dict.fromkeys(p.row for p in passages if p.table == cap.table and p.row))
        cols = list(dict.fromkeys(p.column for p in passages if p.table == cap.table and p.column))
        if not rows and not cols:
            continue
        text = clean(f"{cap.text} {', '.join(rows)}; {', '.join(cols)}.")
        own = stems(text)
        out.append(_Candidate(text, own, [cap], [own], outline=True))
    return out


SUBJECT_SHARE = 0.08  # a name in this share of a paper's passages is its subject
_NAME = re.compile(r"(?<![\w-])(?:[A-Za-z]*[A-Z][A-Za-z0-9]*[A-Z0-9][A-Za-z0-9]*|[a-z]+[A-Z][A-Za-z0-9]*)(?![\w])")


def _subject_stems(core: str, idx: VersionIndex) -> frozenset[str]:
    """Stems of the claim's names (acronyms, inner capitals: "ELMo", "DistilBERT") that a
    fair share of the paper's passages mention: the paper's subject, which its sentences
    call "our model" or "these representations" as often as by name."""
    out = set()
    for m in _NAME.finditer(core):
        for st in stems(m.group(0)):
            if idx.df.get(st, 0) / idx.n >= SUBJECT_SHARE:
                out.add(st)
    return frozenset(out)


def score_candidates(claim: Claim, version: SourceVersion, k: int = 5) -> list[tuple[float, float, str, Passage]]:
    """(score 0-100, recall 0-1, candidate text, passage), best first."""
    core = claim_core(claim)
    want = stems(core)
    if not want:
        return []
    idx = index(version)
    weights = {w: idx.weight(w) for w in want}
    total = sum(weights.values())
    elided = _subject_stems(core, idx) & want
    acc: dict[int, float] = {}
    numbers = claim_number_tokens(core)
    # Rare words first: the candidates worth scoring have one; the words most passages
    # share are then added to those candidates only.
    limit = max(50, len(idx.candidates) // 5)
    rare = [w for w in want if len(idx.postings.get(w, ())) <= limit]
    common = [w for w in want if w not in rare]
    for w in rare or want:
        for n in idx.postings.get(w, ()):
            acc[n] = acc.get(n, 0.0) + weights[w]
    # ... and those that state one of the claim's numbers (as rare as a rare word): "tested on
    # three models" is stated by "experiments on three models", which has no rare word of it
    for t in numbers:
        if len(idx.postings.get(t, ())) <= limit:
            for n in idx.postings.get(t, ()):
                acc.setdefault(n, 0.0)
    if rare:
        for n in acc:
            st = idx.candidates[n].stems
            acc[n] += sum(weights[w] for w in common if w in st)
    # A passage that says the claim's acronym in words (or the other way round) is read
    # with the claim's form: "redundancy in PLMs" states "redundancy in pre-trained
    # language models" where the paper defines the one as the other.
    read: dict[int, str] = {}
    rules = aliases(core, version)
    if rules:
        for n in acc:
            text = read_with(idx.candidates[n].text, rules, want)
            if text != idx.candidates[n].text:
                read[n] = text
                have = idx.candidates[n].stems | stems(text)
                acc[n] = sum(weights[w] for w in want if w in have)
    if not numbers or (not extract_quantities(core) and UNIVERSAL.search(core)):
        # A table row is its numbers: a claim with none is not stated by one, nor is a
        # general statement whose only digits are in a name ("every method on GPT-3 …").
        for n in [n for n in acc if idx.candidates[n].members[0].kind == "table-row"]:
            del acc[n]
    if claim_number_tokens(_LABEL.sub(" ", core)) or _ranks(core):
        # ... and a claim with numbers (not a table's label) is stated by its numbers' rows,
        # not by a table's outline; nor is one that ranks what the table lists ("A beats B
        # on C"): the outline names them, its cells rank them
        for n in [n for n in acc if idx.candidates[n].outline]:
            del acc[n]
    # Numbers count only for a candidate that has them: found, they add to what it states
    # of the claim; missing, they are no words it lacks (a changed number must be found
    # to be contradicted).
    bonus: dict[int, float] = {}
    number_weight = 0.5 * math.log(1 + 2 * idx.n)
    for t in numbers:
        for n in idx.postings.get(t, ()):
            if n in acc:
                bonus[n] = bonus.get(n, 0.0) + number_weight
        # A number within 2% ("80.4" for 80.5, "7.6" for 7.7) marks the passage a claim
        # changed a number of: half the weight, so that it is found and then contradicted.
        v = float(t[1:])
        if "." in t or abs(v) >= 10:
            lo = bisect.bisect_left(idx.numbers, (v - 0.02 * abs(v), ""))
            for x, tok in idx.numbers[lo:]:
                if x > v + 0.02 * abs(v):
                    break
                if tok != t:
                    for n in idx.postings.get(tok, ()):
                        if n in acc:
                            bonus[n] = bonus.get(n, 0.0) + number_weight / 2
    def whole(n: int) -> float:
        # the paper's own name, absent from a sentence that says "our model" for it, is no
        # word the sentence lacks
        return total - sum(weights[w] for w in elided if w not in idx.candidates[n].stems) + bonus.get(n, 0.0)

    ranked = [((v + bonus.get(n, 0.0)) / max(whole(n), 1e-9), -len(idx.candidates[n].text), n) for n, v in acc.items()]
    scored = [(r, idx.candidates[n], n) for r, _, n in heapq.nlargest(SHORTLIST, ranked)]
    out = []
    for recall, c, n in scored[:SHORTLIST]:
        text = read.get(n, c.text)
        fuzzy = fuzz.token_set_ratio(core.lower(), text.lower()) / 100
        # A window only wins over a single sentence when it holds clearly more of the claim.
        recall *= 1 - WINDOW_PENALTY * (len(c.members) - 1)
        out.append((100 * (RECALL_WEIGHT * recall + (1 - RECALL_WEIGHT) * fuzzy), recall, text, _quote(c, want, numbers)))
    out.sort(key=lambda t: (-t[0], len(t[2])))
    return out[:k]


def candidates(claim: Claim, versions: Sequence[SourceVersion], k: int = 5) -> list[Evidence]:
    """The best ``k`` passages for ``claim`` over all ``versions``, best first."""
    found: list[Evidence] = []
    for v in versions:
        for score, _, _, passage in score_candidates(claim, v, k):
            found.append(Evidence(v.arxiv_id, v.version, passage, round(score, 2)))
    found.sort(key=lambda e: -e.score)
    return found[:k]
