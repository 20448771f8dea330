"""One adapter per real task: its raw hub schema turned into the family formats of
``replicate.tasks.base``, and the paper's row filters (labels -1 dropped, rows of one
language kept from configs that hold every language).

Labels keep the hub's ClassLabel order: NLI entailment, neutral, contradiction (MNLI, SNLI,
ANLI and XNLI alike, so an MNLI head reads XNLI); QQP not_duplicate, duplicate; SST-2
negative, positive; PAWS-X not_paraphrase, paraphrase (the hub's "0"/"1"); UD's 17 UPOS tags;
PAN-X O, B-PER, I-PER, B-ORG, I-ORG, B-LOC, I-LOC; CCG the sorted supertags of train and dev.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from replicate.errors import TaskDataError
from replicate.spec import TaskSpec
from replicate.tasks.base import Example

Row = dict[str, Any]

NLI = ("entailment", "neutral", "contradiction")
QQP = ("not_duplicate", "duplicate")
SST2 = ("negative", "positive")
PAWSX = ("not_paraphrase", "paraphrase")
UPOS = ("ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN",
        "PUNCT", "SCONJ", "SYM", "VERB", "X")
PANX = ("O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC")

# google/xtreme names some configs by language name or 3-letter code, not by ISO 639-1 code.
UD_NAMES = {
    "af": "Afrikaans", "ar": "Arabic", "bg": "Bulgarian", "de": "German", "el": "Greek", "en": "English",
    "es": "Spanish", "et": "Estonian", "eu": "Basque", "fa": "Persian", "fi": "Finnish", "fr": "French",
    "he": "Hebrew", "hi": "Hindi", "hu": "Hungarian", "id": "Indonesian", "it": "Italian", "ja": "Japanese",
    "kk": "Kazakh", "ko": "Korean", "mr": "Marathi", "nl": "Dutch", "pt": "Portuguese", "ru": "Russian",
    "ta": "Tamil", "te": "Telugu", "th": "Thai", "tl": "Tagalog", "tr": "Turkish", "ur": "Urdu",
    "vi": "Vietnamese", "yo": "Yoruba", "zh": "Chinese",
}
TATOEBA_CODES = {
    "af": "afr", "ar": "ara", "bg": "bul", "bn": "ben", "de": "deu", "el": "ell", "es": "spa", "et": "est",
    "eu": "eus", "fa": "pes", "fi": "fin", "fr": "fra", "he": "heb", "hi": "hin", "hu": "hun", "id": "ind",
    "it": "ita", "ja": "jpn", "jv": "jav", "ka": "kat", "kk": "kaz", "ko": "kor", "ml": "mal", "mr": "mar",
    "nl": "nld", "pt": "por", "ru": "rus", "sw": "swh", "ta": "tam", "te": "tel", "th": "tha", "tl": "tgl",
    "tr": "tur", "ur": "urd", "vi": "vie", "zh": "cmn",
}
# TyDiQA-GoldP ids start with the language's English name: "english-1234...-0".
TYDIQA_NAMES = {
    "arabic": "ar", "bengali": "bn", "english": "en", "finnish": "fi", "indonesian": "id", "korean": "ko",
    "russian": "ru", "swahili": "sw", "telugu": "te",
}


def _label_index(value: object, names: Sequence[str]) -> int:
    """A ClassLabel int, a digit string ("2") or a class name, as an index into ``names``."""
    if isinstance(value, bool):
        raise ValueError(f"label {value!r} is not a class")
    if isinstance(value, int):
        idx = value
    elif isinstance(value, str) and value.strip().isdigit():
        idx = int(value.strip())
    elif isinstance(value, str) and value.strip() in names:
        idx = list(names).index(value.strip())
    else:
        raise ValueError(f"label {value!r} is none of {', '.join(names)}")
    if not 0 <= idx < len(names):
        raise ValueError(f"label {value!r} out of range for {len(names)} classes")
    return idx


def _has_gold(value: object) -> bool:
    # SNLI and GLUE mark pairs without annotator agreement -1; the paper drops them.
    return value not in (-1, "-1", None, "", "-")


def _nli(row: Row) -> Example:
    if "premise" in row:  # GLUE, SNLI, ANLI
        a, b, y = row["premise"], row["hypothesis"], row["label"]
    else:  # google/xtreme XNLI
        a, b, y = row["sentence1"], row["sentence2"], row["gold_label"]
    return {"text": str(a), "text_pair": str(b), "label": _label_index(y, NLI)}


def _qqp(row: Row) -> Example:
    return {"text": str(row["question1"]), "text_pair": str(row["question2"]), "label": _label_index(row["label"], QQP)}


def _sst2(row: Row) -> Example:
    return {"text": str(row["sentence"]), "label": _label_index(row["label"], SST2)}


def _pawsx(row: Row) -> Example:
    return {"text": str(row["sentence1"]), "text_pair": str(row["sentence2"]), "label": _label_index(row["label"], PAWSX)}


def _choice(label: int, n: int) -> int:
    if not 0 <= label < n:
        raise ValueError(f"label {label} out of range for {n} choices")
    return label


def _commonsenseqa(row: Row) -> Example:
    keys = [str(k).strip() for k in row["choices"]["label"]]
    texts = [str(t) for t in row["choices"]["text"]]
    answer = str(row["answerKey"]).strip()
    if answer not in keys:
        raise ValueError(f"answerKey {answer!r} is not one of the choice letters {keys}")
    return {"context": str(row["question"]), "choices": texts, "label": keys.index(answer)}


def _cosmosqa(row: Row) -> Example:
    choices = [str(row[f"answer{i}"]) for i in range(4)]
    # The family encodes (context, choice) pairs: the question belongs with the passage.
    context = f"{row['context']} {row['question']}".strip()
    return {"context": context, "choices": choices, "label": _choice(int(row["label"]), 4)}


def _hellaswag(row: Row) -> Example:
    ctx = row.get("ctx") or f"{row['ctx_a']} {row['ctx_b']}".strip()
    endings = [str(e) for e in row["endings"]]
    return {"context": str(ctx), "choices": endings, "label": _choice(int(str(row["label"]).strip()), len(endings))}


def _answers(value: object) -> dict[str, list]:
    if isinstance(value, list):  # a list of {"text", "answer_start"} records (hand-made JSON)
        value = {"text": [a["text"] for a in value], "answer_start": [a["answer_start"] for a in value]}
    if not isinstance(value, dict):
        raise ValueError(f"answers {value!r} is not SQuAD's dict of lists")
    texts, starts = [str(t) for t in value["text"]], [int(s) for s in value["answer_start"]]
    if len(texts) != len(starts):
        raise ValueError(f"{len(texts)} answer texts but {len(starts)} answer starts")
    return {"text": texts, "answer_start": starts}


def _squad(row: Row) -> Example:
    return {"id": str(row["id"]), "question": str(row["question"]), "context": str(row["context"]),
            "answers": _answers(row["answers"])}


def _tagger(column: str, names: Sequence[str]) -> Callable[[Row], Example]:
    def convert(row: Row) -> Example:
        return {"tokens": [str(t) for t in row["tokens"]], "tags": [_label_index(t, names) for t in row[column]]}
    return convert


def _ccg(row: Row) -> Example:
    # Supertag strings; indexed once the tag set of train and dev is known (_index_ccg).
    return {"tokens": [str(t) for t in row["tokens"]], "tags": [str(t) for t in row["tags"]]}


def _tydiqa_language(value: object) -> str:
    return TYDIQA_NAMES.get(str(value).split("-", 1)[0], "?")


@dataclass(frozen=True)
class Adapter:
    convert: Callable[[Row], Example]
    labels: tuple[str, ...] = ()
    keep_columns: tuple[str, ...] = ()  # the first present column holds the paper's row filter
    keep: Callable[[object], bool] | None = None
    keep_note: str = ""  # what the filter drops, for notes and counts
    lang_column: str | None = None  # configs holding every language: the column naming it
    lang_of: Callable[[object], str] = str


_NLI = Adapter(_nli, NLI, ("label", "gold_label"), _has_gold, "labels -1 dropped", "language")
ADAPTERS: dict[str, Adapter] = {
    "mnli": _NLI,
    "anli+": _NLI,
    "xnli": _NLI,
    "qqp": Adapter(_qqp, QQP, ("label",), _has_gold, "labels -1 dropped"),
    "sst2": Adapter(_sst2, SST2, ("label",), _has_gold, "labels -1 dropped"),
    "pawsx": Adapter(_pawsx, PAWSX),
    "commonsenseqa": Adapter(_commonsenseqa, (), ("answerKey",), _has_gold, "rows without an answerKey dropped"),
    "cosmosqa": Adapter(_cosmosqa, (), ("label",), _has_gold, "labels -1 dropped"),
    "hellaswag": Adapter(_hellaswag, (), ("label",), _has_gold, "rows without a label dropped"),
    "squad": Adapter(_squad),
    "xquad": Adapter(_squad),
    "mlqa": Adapter(_squad),
    "tydiqa": Adapter(_squad, lang_column="id", lang_of=_tydiqa_language),
    "udpos": Adapter(_tagger("pos_tags", UPOS), UPOS),
    "panx": Adapter(_tagger("ner_tags", PANX), PANX),
    "ccg": Adapter(_ccg),
}
RETRIEVAL = ("bucc", "tatoeba")


def adapter_for(spec: TaskSpec) -> Adapter:
    if spec.name not in ADAPTERS:
        raise TaskDataError(f"task {spec.name}: no hub adapter (known: {', '.join(sorted(ADAPTERS) + list(RETRIEVAL))})")
    return ADAPTERS[spec.name]
