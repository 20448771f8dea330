"""The paper's real tasks, from the Hugging Face hub or from a local copy of it.

``load_task(spec)`` turns the rows of the datasets a ``[tasks.*]`` table of the spec names
into the family formats of ``replicate.tasks.base``: English training data, English dev data
(model selection) and, for target tasks, one evaluation set per language (zero-shot). Every
task has one adapter here that knows its raw hub schema and the paper's conventions (labels
-1 dropped, TyDiQA training data filtered to English, ANLI+ as one 3-way NLI head, ...).

Where data comes from, per (dataset, config, split), first hit wins:

1. a local copy under ``data_dir`` (``--data-dir``), never the hub when it is there;
2. ``datasets.load_dataset(hub_id, config, split=..., revision=...)``: the hub, or the
   ``HF_HOME`` cache of a machine that once downloaded it. Skipped when ``HF_HUB_OFFLINE`` or
   ``HF_DATASETS_OFFLINE`` is set, so an offline machine fails at once instead of retrying;
3. otherwise ``DataUnavailable``, one sentence naming the task, the dataset, config and split
   tried, the local path looked for and what to do.

Local layout (it mirrors hub ids; ``mirror(spec, data_dir)`` writes it on a machine with
internet, ``tests/tinyhub.py`` writes a tiny one)::

    <data_dir>/<hub_id>/<config or "default">/<split>.parquet    (what mirror() writes)
                                             /<split>.jsonl      (JSON lines, one raw row each)
                                             /<split>.json       (a JSON array of raw rows)
                                             /<split>-*.parquet  (the hub's own shard files)
                                             /<split>/           (Dataset.save_to_disk)
    <data_dir>/<hub_id>/<config or "default">/                   (DatasetDict.save_to_disk:
                                                                  dataset_dict.json there)
    <data_dir>/ccg/<split>.{parquet,jsonl,json}    CCGbank (licensed, never on the hub): rows
                                                   {"tokens": [...], "tags": ["NP", ...]}
    <data_dir>/bucc2018/[<lang>-en/]<lang>-en.<part>.{<lang>,en,gold}
                                                   the original BUCC 2018 files (part sample or
                                                   dev = validation, test or training = test):
                                                   "<id>\\t<sentence>" lines, gold "<id>\\t<id>"

e.g. ``<data_dir>/nyu-mll/glue/mnli/train.parquet``, ``<data_dir>/google/xtreme/PAN-X.de/
validation.parquet``, ``<data_dir>/stanfordnlp/snli/default/train.parquet``. Files hold the raw
hub schema (the columns the hub's dataset has); revisions are not part of the path. Hub ids,
configs, splits and languages become path parts only when they are plain names (letters,
digits, ``._+-``, one ``/`` in a hub id, no ``..``): nothing can point outside ``data_dir``.

Conventions the pipeline relies on:

* ``train`` and ``dev`` are English. ``dev`` is the task's own English dev data: MNLI
  validation_matched, SNLI + MNLI + ANLI dev rounds for ANLI+, the English rows of the
  target task's ``eval_split`` (XNLI, PAWS-X, UD-POS, PAN-X, MLQA, TyDiQA), SQuAD v1.1
  validation for XQuAD (whose 1,190 questions come from it).
* ``test`` maps each language to its evaluation rows, read from ``eval_split`` (validation:
  the paper's Table 2 gains are dev results), so ``test["en"]`` is often ``dev`` itself.
  A language without that split uses the spec's ``fallback_split`` (UD-POS kk, tl, th, yo:
  test), with a note.
  Intermediate tasks have no ``test`` (an empty dict): they are only trained on.
* Retrieval tasks have no training data; ``test[lang]`` holds one row per corpus: BUCC a
  ``"validation"`` corpus (threshold tuning) and a ``"test"`` corpus, Tatoeba one ``"test"``.
* Labels keep the hub's ClassLabel order: NLI entailment, neutral, contradiction (MNLI, SNLI,
  ANLI and XNLI alike, so an MNLI head reads XNLI); QQP not_duplicate, duplicate; SST-2
  negative, positive; PAWS-X not_paraphrase, paraphrase (the hub's "0"/"1"); UD's 17 UPOS
  tags; PAN-X O, B-PER, I-PER, B-ORG, I-ORG, B-LOC, I-LOC; CCG the sorted supertags of train
  and dev.
* ``languages`` narrows a target task's ``test`` to the languages it has, in the spec's
  order; requested languages the task lacks are left out with a note (a tier's language
  list fits every task), none left is an error. Intermediate tasks ignore it.
* ``max_train`` / ``max_dev`` / ``max_eval`` keep a seeded random subset (same seed, same
  rows), in the data's order, taken after the paper's filters; for retrieval ``max_eval``
  caps the gold pairs of each hub corpus (not the original BUCC corpora).
* ``notes`` carry what the report must repeat: rows dropped, language filters, splits
  substituted, subsets, and BUCC's "NOT COMPARABLE" when its hub configs were used.
"""

from __future__ import annotations

import os
import random
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from replicate.spec import TaskSpec
from replicate.tasks.base import Example, TaskData, TaskDataError, check_examples

Row = dict[str, Any]


class DataUnavailable(TaskDataError):
    """Task data that is neither in the local copy nor reachable on the hub."""


HINT = ("pass --data-dir with a local mirror, point HF_HOME at a cache that holds the dataset, "
        "or run replicate.tasks.hub.mirror on a machine with internet")

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

# ----------------------------------------------------------------------------- names and paths

_HUB_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*(?:/[A-Za-z0-9][A-Za-z0-9._-]*)?")
_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._+-]*")
_LANG = re.compile(r"[a-z]{2,3}")


def _safe(kind: str, value: str, pattern: re.Pattern[str]) -> str:
    # Spec entries and CLI arguments become path parts: refuse anything that could climb out.
    if not isinstance(value, str) or not pattern.fullmatch(value) or ".." in value:
        raise TaskDataError(f"refused {kind} {value!r}: not a plain name, so it cannot become a path under data_dir")
    return value


@dataclass(frozen=True)
class Source:
    """One split of one hub dataset; ``language`` keeps only that language's rows of a config
    that holds every language (XNLI, TyDiQA)."""

    hub_id: str
    config: str | None
    split: str
    revision: str | None = None
    language: str | None = None
    flat: bool = False  # a local-only dataset: <data_dir>/<hub_id>/<split>.*, no config folder

    def __post_init__(self) -> None:
        _safe("hub id", self.hub_id, _HUB_ID)
        if self.config is not None:
            _safe("config", self.config, _NAME)
        _safe("split", self.split, _NAME)

    def name(self) -> str:
        return " ".join(p for p in (self.hub_id, self.config or "", self.split) if p)

    def describe(self) -> str:
        return self.name() + (f", {self.language} rows" if self.language else "")

    @property
    def key(self) -> tuple[str, str | None, str, str | None]:
        return (self.hub_id, self.config, self.split, self.revision)

    def folder(self, data_dir: Path) -> Path:
        if self.flat:
            return data_dir.joinpath(*self.hub_id.split("/"))
        return data_dir.joinpath(*self.hub_id.split("/"), self.config or "default")


def parse_source(text: str, revision: str | None = None) -> Source:
    """``"hub_id:config:split"`` or ``"hub_id::split"`` (no config) of a spec's train_from/dev_from."""
    parts = text.split(":")
    if len(parts) != 3 or not parts[0] or not parts[2]:
        raise TaskDataError(f"bad source {text!r}: expected 'hub_id:config:split' or 'hub_id::split'")
    return Source(parts[0], parts[1] or None, parts[2], revision)


# ----------------------------------------------------------------------------- reading one split

def offline() -> bool:
    flags = (os.environ.get(v, "") for v in ("HF_HUB_OFFLINE", "HF_DATASETS_OFFLINE"))
    return any(f.strip().lower() in ("1", "true", "yes", "on") for f in flags)


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {text[0][:200]}" if text else type(exc).__name__


def _local_files(folder: Path, split: str) -> tuple[str, list[Path]] | None:
    """The builder name and files of a split in the local layout, or None."""
    for ext, builder in ((".parquet", "parquet"), (".jsonl", "json"), (".json", "json")):
        p = folder / f"{split}{ext}"
        if p.is_file():
            return builder, [p]
    shards = sorted(folder.glob(f"{split}-*.parquet"))
    return ("parquet", shards) if shards else None


def _read_local(task: str, folder: Path, split: str) -> tuple[Any, Path] | None:
    """The split as a ``datasets.Dataset`` and the path it came from; None when absent.
    A copy that is there but unreadable is an error, not a reason to try the hub."""
    import datasets

    where = folder
    try:
        if (folder / "dataset_dict.json").is_file():
            dd = datasets.load_from_disk(str(folder))
            return (dd[split], folder) if split in dd else None
        if (folder / split / "state.json").is_file():
            where = folder / split
            return datasets.load_from_disk(str(where)), where
        found = _local_files(folder, split)
        if found is None:
            return None
        builder, files = found
        where = files[0] if len(files) == 1 else folder
        ds = datasets.load_dataset(builder, data_files=[str(f) for f in files], split="train")
        return ds, where
    except Exception as exc:  # any reader failure: one clear sentence instead of a traceback
        raise TaskDataError(f"task {task}: the local copy {where} (split {split}) could not be read "
                            f"({_first_line(exc)}); rewrite it with mirror() or fix the file") from None


def _hub_load(src: Source) -> Any:
    import datasets

    return datasets.load_dataset(src.hub_id, src.config, split=src.split, revision=src.revision)


class _Reader:
    """Reads each split once per load, local copy first, and remembers where each came from."""

    def __init__(self, task: str, data_dir: Path | None, licensed: bool = False) -> None:
        self.task = task
        self.data_dir = data_dir
        self.licensed = licensed
        self.cache: dict[tuple[str, str | None, str, str | None], Any] = {}
        self.origins: list[str] = []

    def local(self, src: Source) -> Any | None:
        if src.key in self.cache:
            return self.cache[src.key]
        if self.data_dir is None:
            return None
        got = _read_local(self.task, src.folder(self.data_dir), src.split)
        if got is None:
            return None
        self.cache[src.key] = got[0]
        self.origins.append(f"local {got[1]}")
        return got[0]

    def hub(self, src: Source) -> tuple[Any | None, str]:
        """The split from the hub (or its cache), or None and why not."""
        if self.licensed:
            return None, "the data is licensed and not on the hub"
        if offline():
            return None, "HF_HUB_OFFLINE / HF_DATASETS_OFFLINE is set"
        try:
            ds = _hub_load(src)
        except Exception as exc:  # offline, unknown dataset, unknown split, script dataset, ...
            return None, _first_line(exc)
        self.cache[src.key] = ds
        self.origins.append(f"hub {src.hub_id}" + (f"@{src.revision}" if src.revision else ""))
        return ds, ""

    def where(self, src: Source) -> str:
        if self.data_dir is None:
            return "no --data-dir given, so no local copy was looked for"
        folder = src.folder(self.data_dir)
        return f"no local copy at {folder}/{src.split}.{{parquet,jsonl,json}}"

    def read(self, *candidates: Source) -> tuple[Any, Source]:
        """The first candidate found, all local copies before any hub call; the error names
        the first candidate (the others are fallbacks)."""
        for src in candidates:
            ds = self.local(src)
            if ds is not None:
                return ds, src
        reason = ""
        for src in candidates:
            ds, why = self.hub(src)
            if ds is not None:
                return ds, src
            reason = reason or why
        first = candidates[0]
        raise DataUnavailable(f"task {self.task}: {first.describe()} is not available: {self.where(first)} "
                              f"and the hub could not be used ({reason}); {HINT}")

    def source(self) -> str:
        """Where this load read from: "local copy under DIR", "hub ID", or both joined by "; "."""
        kinds = dict.fromkeys(o if o.startswith("hub") else "local" for o in self.origins)
        return "; ".join(f"local copy under {self.data_dir}" if k == "local" else k for k in kinds)


# ----------------------------------------------------------------------------- row adapters

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


def _adapter(spec: TaskSpec) -> Adapter:
    if spec.name not in ADAPTERS:
        raise TaskDataError(f"task {spec.name}: no hub adapter (known: {', '.join(sorted(ADAPTERS) + list(RETRIEVAL))})")
    return ADAPTERS[spec.name]


# ----------------------------------------------------------------------------- selecting rows

@dataclass
class _Part:
    src: Source
    table: Any  # the split as a pyarrow Table: raw storage values, far faster than row dicts
    indices: list[int]  # rows kept by the language filter and the paper's filter
    raw: int  # rows of the split
    considered: int  # rows of the split's language (all of them unless language-filtered)
    dropped: int  # of those, rows the paper's filter dropped


def _arrow(ds: Any) -> Any:
    # A slice through the arrow formatter honours any indices mapping and copies nothing.
    return ds.with_format("arrow")[0:len(ds)]


def _column(table: Any, name: str) -> list:
    return table.column(name).to_pylist()


def _select(task: str, ad: Adapter, src: Source, ds: Any) -> _Part:
    table = _arrow(ds)
    names = list(table.column_names)
    indices = list(range(table.num_rows))
    if src.language is not None:
        if ad.lang_column is None or ad.lang_column not in names:
            raise TaskDataError(f"task {task}: {src.describe()} has no column {ad.lang_column!r} naming each "
                                f"row's language (columns: {', '.join(names)})")
        langs = _column(table, ad.lang_column)
        indices = [i for i in indices if ad.lang_of(langs[i]) == src.language]
    considered, dropped = len(indices), 0
    column = next((c for c in ad.keep_columns if c in names), None)
    if ad.keep is not None and column is not None:
        values = _column(table, column)
        kept = [i for i in indices if ad.keep(values[i])]
        dropped, indices = len(indices) - len(kept), kept
    return _Part(src, table, indices, table.num_rows, considered, dropped)


def _subset(n: int, limit: int | None, rng: random.Random) -> list[int]:
    if limit is None or limit >= n:
        return list(range(n))
    return sorted(rng.sample(range(n), max(limit, 0)))


def _convert(task: str, ad: Adapter, parts: list[_Part], limit: int | None, rng: random.Random) -> list[Example]:
    """Rows of the parts, concatenated, as family examples (a seeded subset when limited)."""
    import pyarrow as pa

    sizes = [len(p.indices) for p in parts]
    chosen = _subset(sum(sizes), limit, rng)
    out: list[Example] = []
    start = 0
    for part, size in zip(parts, sizes):
        mine = [part.indices[k - start] for k in chosen if start <= k < start + size]
        start += size
        for lo in range(0, len(mine), _CHUNK):
            idx = mine[lo:lo + _CHUNK]
            for i, row in zip(idx, part.table.take(pa.array(idx, type=pa.int64())).to_pylist()):
                out.append(_convert_row(task, ad, part, i, row))
    return out


_CHUNK = 20_000


def _convert_row(task: str, ad: Adapter, part: _Part, i: int, row: Row) -> Example:
    try:
        return ad.convert(row)
    except (KeyError, TypeError, ValueError, IndexError, AttributeError) as exc:
        raise TaskDataError(f"task {task}: {part.src.describe()} row {i} is not in the raw hub schema "
                            f"({type(exc).__name__}: {exc}; columns: {', '.join(part.table.column_names)})") from None


def _rng(seed: int, task: str, role: str) -> random.Random:
    # A string seed hashes the same in every process (unlike hash()), so subsets repeat.
    return random.Random(f"{seed}/{task}/{role}")


# ----------------------------------------------------------------------------- what a task reads

def _config_for(spec: TaskSpec, lang: str) -> str | None:
    if spec.config is None:
        return None
    _safe("language", lang, _LANG)
    config = spec.config.replace("<lang>", lang)
    table = {"<Language>": UD_NAMES, "<lang3>": TATOEBA_CODES}
    for placeholder, names in table.items():
        if placeholder in config:
            if lang not in names:
                raise TaskDataError(f"task {spec.name}: no {placeholder} name known for language {lang!r}")
            config = config.replace(placeholder, names[lang])
    return config


def _one_config(spec: TaskSpec) -> bool:
    """A config holding every language (XNLI, TyDiQA): rows are filtered by language."""
    return spec.role == "target" and spec.config is not None and "<" not in spec.config \
        and spec.name in ADAPTERS and ADAPTERS[spec.name].lang_column is not None


def _main(spec: TaskSpec, lang: str, split: str | None) -> Source:
    if spec.hub_id is None and not spec.licensed:
        raise TaskDataError(f"task {spec.name}: the spec names no hub_id and no train_from/dev_from")
    if split is None:
        raise TaskDataError(f"task {spec.name}: the spec names no split for this data")
    if spec.licensed:  # local only: <data_dir>/<name>/<split>.*
        return Source(_safe("task name", spec.name, _NAME), None, split, flat=True)
    assert spec.hub_id is not None
    return Source(spec.hub_id, _config_for(spec, lang), split, spec.revision, lang if _one_config(spec) else None)


def _sources(spec: TaskSpec, listed: tuple[str, ...], lang: str, split: str | None) -> list[Source]:
    if listed:
        return [parse_source(s, spec.revision if s.split(":")[0] == spec.hub_id else None) for s in listed]
    return [_main(spec, lang, split)]


@dataclass
class Plan:
    train: list[Source] = field(default_factory=list)
    dev: list[Source] = field(default_factory=list)
    test: dict[str, list[list[Source]]] = field(default_factory=dict)  # lang → corpora → candidates


def plan(spec: TaskSpec, languages: Sequence[str] | None = None) -> tuple[Plan, list[str]]:
    """The sources ``load_task`` reads for a spec, and notes on requested languages dropped."""
    notes: list[str] = []
    langs = _languages(spec, languages, notes)
    p = Plan()
    if spec.name in RETRIEVAL:
        splits = ("validation", "test") if spec.name == "bucc" else (spec.eval_split or "validation",)
        for lang in langs:
            p.test[lang] = [[_main(spec, lang, s)] for s in splits]
        return p, notes
    p.train = _sources(spec, spec.train_from, "en", spec.train_split)
    p.dev = _sources(spec, spec.dev_from, "en", spec.dev_split or spec.eval_split)
    if spec.role == "target":
        for lang in langs:
            cands = [_main(spec, lang, spec.eval_split)]
            if spec.fallback_split:
                cands.append(_main(spec, lang, spec.fallback_split))
            p.test[lang] = [cands]
    return p, notes


def _languages(spec: TaskSpec, languages: Sequence[str] | None, notes: list[str]) -> list[str]:
    if spec.role != "target":
        return []
    if languages is None:
        return list(spec.languages)
    for lang in languages:
        _safe("language", lang, _LANG)
    wanted = set(languages)
    missing = [lang for lang in languages if lang not in spec.languages]
    if missing:
        notes.append(f"requested languages {', '.join(missing)} are not evaluated in {spec.name}: left out")
    langs = [lang for lang in spec.languages if lang in wanted]
    if not langs:
        raise TaskDataError(f"task {spec.name}: none of the requested languages ({', '.join(languages)}) is "
                            f"evaluated in it (it has {', '.join(spec.languages)})")
    return langs


# ----------------------------------------------------------------------------- loading

def load_task(spec: TaskSpec, *, languages: Sequence[str] | None = None, data_dir: Path | None = None,
              max_train: int | None = None, max_dev: int | None = None, max_eval: int | None = None,
              seed: int = 0) -> TaskData:
    """The task's data in base.py's formats: English train and dev, and for a target task
    ``test[lang]`` for ``languages`` (default: all the spec lists); see the module docstring
    for where data comes from and the conventions. Raises ``DataUnavailable`` where a split
    is neither local nor reachable, ``TaskDataError`` for unsafe names or malformed data."""
    data_dir = Path(data_dir) if data_dir is not None else None
    the_plan, notes = plan(spec, languages)
    reader = _Reader(spec.name, data_dir, spec.licensed)
    if spec.licensed and data_dir is None:
        raise DataUnavailable(f"task {spec.name}: {spec.note or 'the data is licensed'}; no --data-dir given, so "
                              f"there is no local copy to read (expected <data_dir>/{spec.name}/<split>.jsonl)")
    if spec.name in RETRIEVAL:
        return _load_retrieval(spec, the_plan, reader, data_dir, notes, max_eval, seed)
    ad = _adapter(spec)
    train_parts = [_select(spec.name, ad, s, _read_licensed(reader, spec, s)) for s in the_plan.train]
    train = _convert(spec.name, ad, train_parts, max_train, _rng(seed, spec.name, "train"))
    dev_parts = [_select(spec.name, ad, s, _read_licensed(reader, spec, s)) for s in the_plan.dev]
    dev = _convert(spec.name, ad, dev_parts, max_dev, _rng(seed, spec.name, "dev"))
    test: dict[str, list[Example]] = {}
    for lang, corpora in the_plan.test.items():
        ds, src = reader.read(*corpora[0])
        if src.split != corpora[0][0].split:
            notes.append(f"{lang}: no {corpora[0][0].split} split, evaluated on {src.split}")
        part = _select(spec.name, ad, src, ds)
        if not part.indices:
            raise DataUnavailable(f"task {spec.name}: {src.describe()} has no rows of language {lang}; {HINT}")
        test[lang] = _convert(spec.name, ad, [part], max_eval, _rng(seed, spec.name, f"test/{lang}"))
    labels = ad.labels
    if spec.name == "ccg":
        labels = _index_ccg(train, dev)
    notes += _part_notes(ad, "train", train_parts, max_train) + _part_notes(ad, "dev", dev_parts, max_dev)
    notes += _task_notes(spec, train)
    data = TaskData(name=spec.name, family=spec.family, metric=spec.metric, labels=labels, train=train, dev=dev,
                    test=test, source=reader.source(), notes=tuple(notes))
    _check(data)
    return data


def _read_licensed(reader: _Reader, spec: TaskSpec, src: Source) -> Any:
    if not spec.licensed:
        return reader.read(src)[0]
    ds = reader.local(src)
    if ds is None:
        assert reader.data_dir is not None
        folder = src.folder(reader.data_dir)
        raise DataUnavailable(f"task {spec.name}: split {src.split} is not available: no local copy at "
                              f"{folder}/{src.split}.{{parquet,jsonl,json}}, and the data is licensed "
                              f"({spec.note or 'not on the hub'})")
    return ds


def _index_ccg(train: list[Example], dev: list[Example]) -> tuple[str, ...]:
    labels = tuple(sorted({t for row in train + dev for t in row["tags"]}))  # type: ignore[attr-defined]
    index = {t: i for i, t in enumerate(labels)}
    for row in train + dev:
        row["tags"] = [index[t] for t in row["tags"]]  # type: ignore[attr-defined]
    return labels


def _part_notes(ad: Adapter, role: str, parts: list[_Part], limit: int | None) -> list[str]:
    notes = []
    dropped = sum(p.dropped for p in parts)
    if dropped:
        notes.append(f"{role}: {ad.keep_note}: {dropped:,} of {sum(p.considered for p in parts):,} rows")
    filtered = [p for p in parts if p.src.language]
    for p in filtered:
        notes.append(f"{role}: {len(p.indices):,} {p.src.language} rows of {p.src.name()} "
                     f"({p.raw:,} rows in all languages)")
    kept = sum(len(p.indices) for p in parts)
    if limit is not None and limit < kept:
        notes.append(f"{role}: a seeded random subset of {limit:,} of {kept:,} rows")
    return notes


def _task_notes(spec: TaskSpec, train: list[Example]) -> list[str]:
    notes = [spec.note] if spec.note else []
    if spec.name == "squad":
        empty = sum(1 for r in train if not r["answers"]["text"])  # type: ignore[index]
        notes.append(f"train: {empty:,} of {len(train):,} questions unanswerable (empty answers)")
    if spec.name == "cosmosqa":
        notes.append("context = passage + question; each choice is paired with it")
    if spec.role == "target" and spec.eval_split == "validation" and spec.family != "retrieval":
        notes.append("test[lang] holds each language's validation split: dev results, as the paper's Table 2")
    return notes


def _check(data: TaskData) -> None:
    check_examples(data.name, data.family, data.train, "train")
    check_examples(data.name, data.family, data.dev, "dev")
    for lang, rows in data.test.items():
        check_examples(data.name, data.family, rows, f"test[{lang}]")


# ----------------------------------------------------------------------------- retrieval

def _pairs_corpus(task: str, src: Source, ds: Any, split: str, limit: int | None, rng: random.Random) -> Example:
    table = _arrow(ds)
    names = list(table.column_names)
    if "source_sentence" not in names or "target_sentence" not in names:
        raise TaskDataError(f"task {task}: {src.describe()} is not in the raw hub schema (needs source_sentence "
                            f"and target_sentence; columns: {', '.join(names)})")
    sources, targets = _column(table, "source_sentence"), _column(table, "target_sentence")
    keep = _subset(len(sources), limit, rng)
    return {"source": [str(sources[i]) for i in keep], "target": [str(targets[i]) for i in keep],
            "gold": [[k, k] for k in range(len(keep))], "split": split}


_BUCC_PARTS = {"validation": ("sample", "dev"), "test": ("test", "training")}


def _bucc_files(data_dir: Path, lang: str, split: str) -> tuple[Path, Path, Path] | None:
    for folder in (data_dir / "bucc2018" / f"{lang}-en", data_dir / "bucc2018"):
        for part in _BUCC_PARTS[split]:
            stem = folder / f"{lang}-en.{part}"
            files = (Path(f"{stem}.{lang}"), Path(f"{stem}.en"), Path(f"{stem}.gold"))
            if all(f.is_file() for f in files):
                return files
    return None


def _tsv(task: str, path: Path, fields: int) -> list[list[str]]:
    rows = []
    try:
        lines = path.read_text("utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise TaskDataError(f"task {task}: cannot read {path} ({_first_line(exc)})") from None
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        cols = line.rstrip("\n").split("\t")
        if len(cols) != fields or not cols[0]:
            raise TaskDataError(f"task {task}: {path} line {n} is not {fields} tab-separated fields "
                                f"(BUCC 2018 format: '<id>\\t<sentence>', gold '<id>\\t<id>')")
        rows.append(cols)
    return rows


def _bucc_original(task: str, files: tuple[Path, Path, Path], split: str) -> Example:
    src_rows, tgt_rows, gold_rows = (_tsv(task, f, 2) for f in files)
    src_index = {r[0]: i for i, r in enumerate(src_rows)}
    tgt_index = {r[0]: i for i, r in enumerate(tgt_rows)}
    gold = []
    for a, b in gold_rows:
        if a in tgt_index and b in src_index:  # gold written English id first
            a, b = b, a
        if a not in src_index or b not in tgt_index:
            raise TaskDataError(f"task {task}: {files[2]} pairs {a} with {b}, ids not in {files[0].name} / {files[1].name}")
        gold.append([src_index[a], tgt_index[b]])
    return {"source": [r[1] for r in src_rows], "target": [r[1] for r in tgt_rows], "gold": gold, "split": split}


def _load_retrieval(spec: TaskSpec, the_plan: Plan, reader: _Reader, data_dir: Path | None, notes: list[str],
                    max_eval: int | None, seed: int) -> TaskData:
    test: dict[str, list[Example]] = {}
    hub_langs, original_langs = [], []
    for lang, corpora in the_plan.test.items():
        originals = _bucc_originals(spec, data_dir, lang) if spec.name == "bucc" else []
        if originals:
            test[lang] = originals
            original_langs.append(lang)
            reader.origins.append(f"local {data_dir}/bucc2018")
            continue
        rows = []
        for cands in corpora:
            ds, src = reader.read(*cands)
            # Tatoeba's only hub split (validation) is the corpus scored: it is the "test" one here.
            split = src.split if spec.name == "bucc" else "test"
            rows.append(_pairs_corpus(spec.name, src, ds, split, max_eval, _rng(seed, spec.name, f"{lang}/{split}")))
        test[lang] = rows
        hub_langs.append(lang)
    has_distractors = spec.name == "bucc" and not hub_langs
    if spec.note:
        notes.insert(0, spec.note)
    if spec.name == "bucc" and hub_langs:
        notes.insert(0, f"NOT COMPARABLE: BUCC {', '.join(hub_langs)} come from the hub configs, gold pairs "
                        "only with no distractor sentences, so mining is far easier than BUCC 2018 and the F1 "
                        "cannot be compared with the paper's; put the original BUCC 2018 files under "
                        "<data_dir>/bucc2018 to score the real task")
    if original_langs:
        notes.append(f"BUCC {', '.join(original_langs)}: original BUCC 2018 corpora with distractors"
                     + ("; max_eval not applied to them" if max_eval is not None else ""))
    if spec.name == "tatoeba":
        notes.append("Tatoeba: every sentence has its translation, as in the real task (scored by accuracy): "
                     "has_distractors is False by definition, the score is comparable")
    if max_eval is not None and hub_langs:
        notes.append(f"a seeded random subset of at most {max_eval:,} gold pairs per corpus")
    data = TaskData(name=spec.name, family=spec.family, metric=spec.metric, test=test,
                    has_distractors=has_distractors, source=reader.source(), notes=tuple(notes))
    _check(data)
    return data


def _bucc_originals(spec: TaskSpec, data_dir: Path | None, lang: str) -> list[Example]:
    if data_dir is None:
        return []
    found = {split: _bucc_files(data_dir, lang, split) for split in _BUCC_PARTS}
    if found["test"] is None:  # without the scored corpus the originals are of no use
        return []
    return [_bucc_original(spec.name, files, split) for split, files in found.items() if files is not None]


# ----------------------------------------------------------------------------- counting

def count_train_rows(spec: TaskSpec, *, data_dir: Path | None = None) -> tuple[int, str]:
    """Rows of the training set as the paper counts them (after its filters), and a sentence
    saying what was counted where; reads the data as ``load_task`` does, converting nothing."""
    data_dir = Path(data_dir) if data_dir is not None else None
    if spec.name in RETRIEVAL:
        return 0, f"{spec.name} has no training data (a retrieval task: the encoder is used as it is)"
    the_plan, _ = plan(spec)
    ad = _adapter(spec)
    if spec.licensed and data_dir is None:
        raise DataUnavailable(f"task {spec.name}: {spec.note or 'the data is licensed'}; no --data-dir given")
    reader = _Reader(spec.name, data_dir, spec.licensed)
    parts = [_select(spec.name, ad, s, _read_licensed(reader, spec, s)) for s in the_plan.train]
    total = sum(len(p.indices) for p in parts)
    if len(parts) == 1:
        what = _count_piece(ad, parts[0], with_count=False)
    else:
        what = " + ".join(_count_piece(ad, p, with_count=True) for p in parts)
    return total, f"{total:,} rows of {what} from {reader.source()}"


def _count_piece(ad: Adapter, p: _Part, *, with_count: bool) -> str:
    facts = []
    if p.src.language:
        facts.append(f"{p.raw:,} rows in all languages")
    if ad.keep is not None and ad.keep_note:
        facts.append(f"{ad.keep_note}: {p.dropped:,}")
    count = f" {len(p.indices):,}" if with_count else ""
    return p.src.describe() + count + (f" ({'; '.join(facts)})" if facts else "")


# ----------------------------------------------------------------------------- mirroring

def mirror(spec: TaskSpec, data_dir: Path, *, languages: Sequence[str] | None = None) -> list[Path]:
    """Download every split ``load_task(spec, languages=...)`` reads and save it in the local
    layout (``<data_dir>/<hub_id>/<config>/<split>.parquet``, raw schema); the written paths.
    For a machine with internet; the original BUCC 2018 files and CCGbank must be copied by hand."""
    data_dir = Path(data_dir)
    if spec.licensed:
        raise DataUnavailable(f"task {spec.name}: {spec.note or 'the data is licensed'}: it cannot be mirrored "
                              f"from the hub; copy it to {data_dir / spec.name} by hand")
    the_plan, _ = plan(spec, languages)
    written: list[Path] = []
    done: set[tuple[str, str | None, str, str | None]] = set()
    groups = [[s] for s in the_plan.train + the_plan.dev] + [c for corpora in the_plan.test.values() for c in corpora]
    for cands in groups:
        if cands[0].key in done:
            continue
        path = _mirror_one(spec.name, cands, data_dir)
        done.add(cands[0].key)
        written.append(path)
    return written


def _mirror_one(task: str, cands: list[Source], data_dir: Path) -> Path:
    reason = ""
    for src in cands:  # a fallback split (UD-POS test) only where the primary split does not exist
        try:
            ds = _hub_load(src)
        except Exception as exc:
            reason = reason or _first_line(exc)
            continue
        folder = src.folder(data_dir)
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"{src.split}.parquet"
        ds.to_parquet(str(path))
        return path
    raise DataUnavailable(f"task {task}: could not download {cands[0].describe()} to mirror it ({reason}); "
                          "mirror needs a machine that reaches the Hugging Face hub")
