"""A synthetic multilingual benchmark for the micro and mini tiers.

Design. One meaning space — typed concepts (nouns grouped into topics, verbs, adjectives),
shared proper names and digits — is expressed in several artificial languages. Every
language has its own vocabulary (disjoint pseudo-words built from its own syllables) and
some change word order (SVO, SOV, VSO, noun–adjective order), so a model can only carry a
skill from English to another language through what the languages share: the grammar's
structure, the distribution of concepts, and a few *anchor* tokens (names, digits, the
full stop) that are spelled the same everywhere, as numbers and names are in real
multilingual corpora. Every sentence is generated as a meaning first, then rendered in each
language, so parallel sentences come for free.

Sentences are topically coherent (subject, verb, object and adjectives share a topic, as
words in real text co-occur by subject matter): this co-occurrence is what masked language
modelling can align across languages. The pretraining corpus is monolingual per language
except that half of its sentences have some content words *code-switched* into another
language, as bilingual web text has, plus translation pairs (XLM's translation language
modelling). A probe without code-switching (disjoint vocabularies, a few anchors only) gave
zero-shot transfer that varied from chance to 0.8 by language and seed.

Tasks, in the formats of the real ones (``replicate.tasks.base``); training data exists in
English only, evaluation data in every language:

* targets (XTREME stand-ins)
  - ``syn-topic`` (classification, like XNLI/PAWS-X): the topic of the sentence's subject;
  - ``syn-pos`` (tagging, like UD-POS): part-of-speech tags from the grammar;
  - ``syn-ner`` (tagging with BIO entities, like PAN-X, entity F1): names are persons, noun
    phrases are entities typed by their noun's topic;
  - ``syn-xqa`` (span QA, like XQuAD/MLQA): a two- or three-sentence context and a
    question "what does <subject> <verb>?"; the answer is the object phrase;
  - ``syn-retrieval`` (like Tatoeba): find each sentence's English translation among all
    English sentences by cosine similarity of mean-pooled representations;
* English intermediate tasks
  - ``syn-nli`` (pair classification, like MNLI): does the hypothesis follow from the premise
    (same meaning / subject swapped for another topic / unrelated);
  - ``syn-mc`` (multiple choice, like HellaSwag): complete "<subject> <verb>" with the one of
    four object phrases that fits the verb's selectional preference;
  - ``syn-qa`` (span QA with unanswerable questions, like SQuAD v2.0): "who <verb> <object>?";
    a third of the questions ask about an event the context does not contain.

Method and its limits. Synthetic-language studies of multilingual models are an
established tool (K et al. 2020, "Cross-lingual ability of multilingual BERT: an
empirical study"; Dufter & Schütze 2020, "Identifying elements essential for BERT's
multilinguality"): they show that shared structure plus a little shared vocabulary
suffices for zero-shot transfer, which makes them a fair test of whether a *pipeline*
produces transfer. They cannot say anything about the magnitudes the paper reports on
real languages and a 550M-parameter model: real languages share far more (subwords,
loanwords, script) and far less (no exact parallel grammar), the tasks here are much
easier, and an intermediate task can only help through skills the target task shares with
it (finding an answer span, typing a noun by topic). A micro run shows that the pipeline
works, whether transfer appears, and the direction of an intermediate-task effect at this
size — nothing more.

Measured at micro size (2 CPU cores, 4000 MLM steps): the pretrained encoder aligns topics
across languages perfectly (every English noun's nearest foreign embedding has its topic) but
words only weakly (English→xa word translation by nearest embedding: 20%, chance 2%), so
zero-shot classification, tagging and QA transfer while sentence retrieval does not: it stays
below the random-init control, whose bag of embeddings matches the shared names and digits.
Giving every noun its own verb and adjective collocates (so that words, not just topics, have
distinct profiles) did not raise word alignment (14%) or retrieval, and was not kept.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from replicate.tasks.base import Example, TaskData

TOPICS = ("animals", "food", "tools", "places")
ENTITY_TYPES = ("ANI", "FOOD", "TOOL", "PLACE")  # the NER type of a noun phrase, by its noun's topic
NOUNS_PER_TOPIC = 8
N_VERBS = 10
N_ADJS = 8
NAMES = ("Anna", "Bruno", "Chen", "Dara", "Emil", "Fatou", "Goro", "Hana")
DIGITS = tuple(str(d) for d in range(2, 10))
STOP = "."  # sentence separator, shared by every language like punctuation is
POS_TAGS = ("NAME", "NOUN", "VERB", "ADJ", "NUM", "DET", "Q")
NER_TAGS = ("O", "B-PER", "I-PER") + tuple(f"{p}-{t}" for t in ENTITY_TYPES for p in ("B", "I"))

# Word order of each language: "SVO" | "SOV" | "VSO"; adjective after the noun or before.
LANGUAGE_ORDERS = {
    "en": ("SVO", False),
    "xa": ("SVO", True),
    "xb": ("SOV", False),
    "xc": ("VSO", False),
    "xd": ("SOV", True),
    "xe": ("SVO", False),
}
SYLLABLES = {
    "en": "ba be bi bo bu da de di do du",
    "xa": "ka ke ki ko ku la le li lo lu",
    "xb": "ma me mi mo mu na ne ni no nu",
    "xc": "pa pe pi po pu ra re ri ro ru",
    "xd": "sa se si so su ta te ti to tu",
    "xe": "va ve vi vo vu za ze zi zo zu",
}
FUNCTION_WORDS = ("det", "qwhat", "qwho")  # one short word each: the article and two question words


@dataclass(frozen=True)
class Meaning:
    subject: tuple[str, int]  # ("name", i) or ("noun", i)
    verb: int
    obj: int  # noun id
    subj_adj: int | None
    obj_adj: int | None
    number: int | None  # index into DIGITS: "<verb> <number> <object>s"


@dataclass
class Rendered:
    """A meaning in one language: its tokens, their POS and NER tags, and where each role is."""

    tokens: list[str]
    pos: list[str]
    ner: list[str]
    spans: dict[str, tuple[int, int]]  # "subject" | "verb" | "object" → token range [start, end)

    def text(self, role: str | None = None) -> str:
        start, end = self.spans[role] if role else (0, len(self.tokens))
        return " ".join(self.tokens[start:end])


@dataclass
class Language:
    code: str
    words: dict[str, str]  # concept key ("noun3", "verb1", "adj2", "det", "qwhat") → surface form
    order: str
    adj_after: bool

    def _phrase(self, kind: str, i: int, adj: int | None, number: int | None) -> list[tuple[str, str]]:
        if kind == "name":
            return [(NAMES[i], "NAME")]
        head = [(DIGITS[number], "NUM") if number is not None else (self.words["det"], "DET"), (self.words[f"noun{i}"], "NOUN")]
        if adj is None:
            return head
        a = (self.words[f"adj{adj}"], "ADJ")
        return head + [a] if self.adj_after else [head[0], a, head[1]]

    def _entity(self, kind: str, i: int, n: int) -> list[str]:
        label = "PER" if kind == "name" else ENTITY_TYPES[topic_of(i)]
        return [f"B-{label}"] + [f"I-{label}"] * (n - 1)

    def _arrange(self, roles: dict[str, list[tuple[str, str]]], ner: dict[str, list[str]], order: str) -> Rendered:
        tokens, pos, tags, spans = [], [], [], {}
        for role in {"SVO": ("subject", "verb", "object"), "SOV": ("subject", "object", "verb"),
                     "VSO": ("verb", "subject", "object"), "VS": ("verb", "subject"), "SV": ("subject", "verb"),
                     "VO": ("verb", "object"), "OV": ("object", "verb")}[order]:
            if role not in roles:
                continue
            spans[role] = (len(tokens), len(tokens) + len(roles[role]))
            tokens += [w for w, _ in roles[role]]
            pos += [t for _, t in roles[role]]
            tags += ner[role]
        return Rendered(tokens, pos, tags, spans)

    def render(self, m: Meaning) -> Rendered:
        subj = self._phrase(*m.subject, m.subj_adj, None)
        obj = self._phrase("noun", m.obj, m.obj_adj, m.number)
        verb = [(self.words[f"verb{m.verb}"], "VERB")]
        ner = {"subject": self._entity(*m.subject, len(subj)), "object": self._entity("noun", m.obj, len(obj)), "verb": ["O"]}
        return self._arrange({"subject": subj, "verb": verb, "object": obj}, ner, self.order)

    def question_what(self, m: Meaning) -> str:
        """"what does <subject> <verb>?" — the question word first, then the clause without its object."""
        subj = self._phrase(*m.subject, m.subj_adj, None)
        verb = [(self.words[f"verb{m.verb}"], "VERB")]
        clause = self._arrange({"subject": subj, "verb": verb}, {"subject": ["O"] * len(subj), "verb": ["O"]},
                               "VS" if self.order == "VSO" else "SV")
        return " ".join([self.words["qwhat"]] + clause.tokens)

    def question_who(self, m: Meaning) -> str:
        """"who <verb> <object>?" — the question word stands in the subject's place."""
        obj = self._phrase("noun", m.obj, m.obj_adj, m.number)
        verb = [(self.words[f"verb{m.verb}"], "VERB")]
        clause = self._arrange({"verb": verb, "object": obj}, {"verb": ["O"], "object": ["O"] * len(obj)},
                               "OV" if self.order == "SOV" else "VO")
        return " ".join([self.words["qwho"]] + clause.tokens)


def make_languages(codes: list[str], seed: int) -> dict[str, Language]:
    rng = random.Random(seed)
    n_nouns = len(TOPICS) * NOUNS_PER_TOPIC
    keys = ([f"noun{i}" for i in range(n_nouns)] + [f"verb{i}" for i in range(N_VERBS)]
            + [f"adj{i}" for i in range(N_ADJS)] + list(FUNCTION_WORDS))
    langs = {}
    for code in codes:
        syl = SYLLABLES[code].split()
        used: set[str] = set()
        words = {}
        for key in keys:
            while True:
                w = "".join(rng.choice(syl) for _ in range(1 if key in FUNCTION_WORDS else rng.choice((2, 3))))
                if w not in used:
                    used.add(w)
                    words[key] = w
                    break
        order, adj_after = LANGUAGE_ORDERS[code]
        langs[code] = Language(code, words, order, adj_after)
    return langs


def topic_of(noun: int) -> int:
    return noun // NOUNS_PER_TOPIC


def verb_object_topic(verb: int) -> int:
    """Which topic a verb takes its object from: the selectional preference behind syn-mc."""
    return verb % len(TOPICS)


def _of_topic(rng: random.Random, n: int, topic: int) -> int:
    """An item of ``n`` (verbs, adjectives) whose topic affinity (index mod topics) is ``topic``."""
    return rng.choice([i for i in range(n) if i % len(TOPICS) == topic])


def random_meaning(rng: random.Random, *, subject_noun: bool | None = None, topic: int | None = None) -> Meaning:
    """A topically coherent meaning; meanings drawn uniformly at random give a model nothing
    to align across languages (measured: word translation accuracy at chance)."""
    t = rng.randrange(len(TOPICS)) if topic is None else topic
    use_noun = rng.random() < 0.75 if subject_noun is None else subject_noun
    subject = ("noun", t * NOUNS_PER_TOPIC + rng.randrange(NOUNS_PER_TOPIC)) if use_noun else ("name", rng.randrange(len(NAMES)))
    verb = _of_topic(rng, N_VERBS, t)
    obj = verb_object_topic(verb) * NOUNS_PER_TOPIC + rng.randrange(NOUNS_PER_TOPIC)
    return Meaning(
        subject=subject,
        verb=verb,
        obj=obj,
        subj_adj=_of_topic(rng, N_ADJS, t) if use_noun and rng.random() < 0.5 else None,
        obj_adj=_of_topic(rng, N_ADJS, t) if rng.random() < 0.4 else None,
        number=rng.randrange(len(DIGITS)) if rng.random() < 0.3 else None,
    )


def code_switch(tokens: list[str], lang: Language, others: list[Language], rate: float, rng: random.Random) -> list[str]:
    """Replace some content words by their counterparts in other languages, as bilingual
    text on the web does; this is the alignment signal the disjoint vocabularies lack."""
    reverse = {w: k for k, w in lang.words.items()}
    out = []
    for t in tokens:
        key = reverse.get(t)
        if key is not None and key != "det" and others and rng.random() < rate:
            out.append(rng.choice(others).words[key])
        else:
            out.append(t)
    return out


@dataclass(frozen=True)
class SyntheticSize:
    languages: int = 5
    corpus_per_language: int = 4000
    switched_share: float = 0.5  # corpus sentences with code-switched words
    switch_rate: float = 0.3  # share of content words switched in such a sentence
    parallel_share: float = 0.5  # translation pairs, relative to corpus_per_language
    question_share: float = 0.1  # corpus lines that are questions (so question words are learnt too)
    train: int = 1200
    dev: int = 200
    test: int = 300


SIZES = {
    "micro": SyntheticSize(),
    "mini": SyntheticSize(languages=6, corpus_per_language=40000, train=10000, dev=1000, test=1000),
    "tiny": SyntheticSize(languages=3, corpus_per_language=300, train=120, dev=40, test=40),  # tests
}


@dataclass
class SyntheticBenchmark:
    languages: dict[str, Language]
    corpus: dict[str, list[str]]  # MLM text per language, one line each
    parallel: list[tuple[str, str]] = field(default_factory=list)  # translation pairs
    tasks: dict[str, TaskData] = field(default_factory=dict)

    @property
    def codes(self) -> list[str]:
        return list(self.languages)

    def vocabulary(self) -> list[str]:
        words = set(NAMES) | set(DIGITS) | {STOP}
        for lang in self.languages.values():
            words |= set(lang.words.values())
        return sorted(words)


# ----------------------------------------------------------------------------- task builders


def _topic(lang: Language, r: random.Random) -> Example:
    m = random_meaning(r, subject_noun=True)
    return {"text": lang.render(m).text(), "label": topic_of(m.subject[1])}


def _pos(lang: Language, r: random.Random) -> Example:
    s = lang.render(random_meaning(r))
    return {"tokens": s.tokens, "tags": [POS_TAGS.index(t) for t in s.pos]}


def _ner(lang: Language, r: random.Random) -> Example:
    s = lang.render(random_meaning(r))
    return {"tokens": s.tokens, "tags": [NER_TAGS.index(t) for t in s.ner]}


def _distinct_meanings(r: random.Random, n: int) -> list[Meaning]:
    """``n`` meanings whose subjects and (verb, object) pairs all differ, so that a question
    about one of them has exactly one answer in a context made of them."""
    out: list[Meaning] = []
    while len(out) < n:
        m = random_meaning(r)
        if all(m.subject != o.subject and (m.verb, m.obj) != (o.verb, o.obj) for o in out):
            out.append(m)
    return out


def _context(lang: Language, meanings: list[Meaning]) -> tuple[str, list[int]]:
    """Sentences joined by full stops, and each sentence's character offset in the text."""
    text, starts = "", []
    for m in meanings:
        if text:
            text += f" {STOP} "
        starts.append(len(text))
        text += lang.render(m).text()
    return text, starts


def _span(lang: Language, m: Meaning, role: str, sentence_start: int) -> dict[str, list]:
    s = lang.render(m)
    start_tok = s.spans[role][0]
    return {"text": [s.text(role)], "answer_start": [sentence_start + len(" ".join(s.tokens[:start_tok])) + (1 if start_tok else 0)]}


def _xqa(lang: Language, r: random.Random, i: int) -> Example:
    meanings = _distinct_meanings(r, r.choice((2, 3)))
    context, starts = _context(lang, meanings)
    k = r.randrange(len(meanings))
    return {"id": f"xqa-{lang.code}-{i}", "question": lang.question_what(meanings[k]), "context": context,
            "answers": _span(lang, meanings[k], "object", starts[k])}


def _qa(lang: Language, r: random.Random, i: int) -> Example:
    meanings = _distinct_meanings(r, r.choice((2, 3)) + 1)
    asked, meanings = meanings[0], meanings[1:]
    context, starts = _context(lang, meanings)
    if i % 3 == 2:  # unanswerable: the asked event is nowhere in the context (SQuAD v2.0's kind)
        return {"id": f"qa-{i}", "question": lang.question_who(asked), "context": context,
                "answers": {"text": [], "answer_start": []}}
    k = r.randrange(len(meanings))
    return {"id": f"qa-{i}", "question": lang.question_who(meanings[k]), "context": context,
            "answers": _span(lang, meanings[k], "subject", starts[k])}


def _nli(lang: Language, r: random.Random, i: int) -> Example:
    m = random_meaning(r, subject_noun=True)
    label = i % 3
    if label == 0:  # entailment: the same meaning without its adjectives
        h = Meaning(m.subject, m.verb, m.obj, None, None, m.number)
    elif label == 1:  # contradiction: the subject from another topic
        other = (topic_of(m.subject[1]) + r.randrange(1, len(TOPICS))) % len(TOPICS)
        h = Meaning(("noun", other * NOUNS_PER_TOPIC + r.randrange(NOUNS_PER_TOPIC)), m.verb, m.obj, None, None, m.number)
    else:  # neutral: an unrelated sentence
        h = random_meaning(r, subject_noun=True)
    return {"text": lang.render(m).text(), "text_pair": lang.render(h).text(), "label": label}


def _mc(lang: Language, r: random.Random) -> Example:
    m = random_meaning(r)
    right = verb_object_topic(m.verb)
    objects = [m.obj] + [t * NOUNS_PER_TOPIC + r.randrange(NOUNS_PER_TOPIC) for t in range(len(TOPICS)) if t != right]
    order = list(range(len(objects)))
    r.shuffle(order)
    full = lang.render(m)
    prefix = " ".join(full.tokens[: full.spans["object"][0]])  # English is SVO: subject and verb come first
    choices = [lang.render(Meaning(m.subject, m.verb, objects[k], m.subj_adj, None, None)).text("object") for k in order]
    return {"context": prefix, "choices": choices, "label": order.index(0)}


def build_benchmark(seed: int = 0, size: str | SyntheticSize = "micro") -> SyntheticBenchmark:
    """Deterministic in ``seed``: the same seed gives the same languages and data."""
    sz = SIZES[size] if isinstance(size, str) else size
    name = size if isinstance(size, str) else "custom"
    codes = list(LANGUAGE_ORDERS)[: sz.languages]
    langs = make_languages(codes, seed)
    rng = random.Random(seed + 1)
    corpus: dict[str, list[str]] = {}
    for code in codes:
        others = [langs[c] for c in codes if c != code]
        lines = []
        for _ in range(sz.corpus_per_language):
            m = random_meaning(rng)
            roll = rng.random()
            if roll < sz.question_share / 2:
                line = langs[code].question_what(m).split()
            elif roll < sz.question_share:
                line = langs[code].question_who(m).split()
            else:
                line = langs[code].render(m).tokens
            if rng.random() < sz.switched_share:
                line = code_switch(line, langs[code], others, sz.switch_rate, rng)
            lines.append(" ".join(line))
        corpus[code] = lines
    # Translation pairs for XLM-style translation language modelling (Lample & Conneau 2019):
    # the stand-in, at this size, for the sheer amount of text that aligns XLM-R's languages.
    parallel = []
    for _ in range(int(sz.corpus_per_language * sz.parallel_share)):
        a, b = rng.sample(codes, 2)
        m = random_meaning(rng)
        parallel.append((langs[a].render(m).text(), langs[b].render(m).text()))
    bench = SyntheticBenchmark(langs, corpus, parallel)
    en = langs["en"]
    r = random.Random(seed + 2)
    where = f"synthetic {name} benchmark (data seed {seed})"

    def target(task: str, family: str, metric: str, labels: tuple[str, ...], make) -> TaskData:  # type: ignore[no-untyped-def]
        return TaskData(task, family, metric, labels,
                        train=[make(en, r, i) for i in range(sz.train)],
                        dev=[make(en, r, i) for i in range(sz.dev)],
                        test={c: [make(langs[c], r, i) for i in range(sz.test)] for c in codes}, source=where)

    bench.tasks["syn-topic"] = target("syn-topic", "classification", "accuracy", TOPICS, lambda lang, rr, i: _topic(lang, rr))
    bench.tasks["syn-pos"] = target("syn-pos", "tagging", "token_accuracy", POS_TAGS, lambda lang, rr, i: _pos(lang, rr))
    bench.tasks["syn-ner"] = target("syn-ner", "tagging", "entity_f1", NER_TAGS, lambda lang, rr, i: _ner(lang, rr))
    bench.tasks["syn-xqa"] = target("syn-xqa", "span-qa", "qa", (), _xqa)
    meanings = [random_meaning(r) for _ in range(sz.test)]
    pivots = [en.render(m).text() for m in meanings]
    bench.tasks["syn-retrieval"] = TaskData(
        "syn-retrieval", "retrieval", "retrieval_accuracy", source=where,
        test={c: [{"source": [langs[c].render(m).text() for m in meanings], "target": pivots,
                   "gold": [[i, i] for i in range(len(meanings))], "split": "test"}] for c in codes if c != "en"})

    def intermediate(task: str, family: str, metric: str, labels: tuple[str, ...], make) -> TaskData:  # type: ignore[no-untyped-def]
        dev = [make(en, r, i) for i in range(sz.dev)]
        return TaskData(task, family, metric, labels, train=[make(en, r, i) for i in range(sz.train)], dev=dev,
                        test={"en": dev}, source=where)

    bench.tasks["syn-nli"] = intermediate("syn-nli", "pair-classification", "accuracy",
                                          ("entailment", "contradiction", "neutral"), _nli)
    bench.tasks["syn-mc"] = intermediate("syn-mc", "multiple-choice", "accuracy", (), lambda lang, rr, i: _mc(lang, rr))
    bench.tasks["syn-qa"] = intermediate("syn-qa", "span-qa", "qa", (), _qa)
    return bench
