"""The paper's real tasks, from the Hugging Face hub or from a local copy of it.

``load_task(spec)`` turns the rows of the datasets a ``[tasks.*]`` table of the spec names
into the family formats of ``replicate.tasks.base``: English training data, English dev data
(model selection) and, for target tasks, one evaluation set per language (zero-shot). Every
task has one adapter here that knows its raw hub schema and the paper's conventions (labels
-1 dropped, TyDiQA training data filtered to English, ANLI+ as one 3-way NLI head, ...).

Where the data is read from, and the local layout: ``replicate.tasks.sources``; the
per-task adapters: ``replicate.tasks.adapters``; the original BUCC 2018 files:
``replicate.tasks.bucc``; mirroring for offline use: ``replicate.tasks.mirror``.

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

import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from replicate.errors import DataUnavailable, TaskDataError
from replicate.spec import TaskSpec
from replicate.tasks import bucc
from replicate.tasks.adapters import ADAPTERS, RETRIEVAL, TATOEBA_CODES, UD_NAMES, Adapter, Row, adapter_for
from replicate.tasks.base import Example, TaskData, check_examples
from replicate.tasks.sources import HINT, LANG, NAME, Reader, Source, parse_source, safe

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
    safe("language", lang, LANG)
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
        return Source(safe("task name", spec.name, NAME), None, split, flat=True)
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
        safe("language", lang, LANG)
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
    reader = Reader(spec.name, data_dir, spec.licensed)
    if spec.licensed and data_dir is None:
        raise DataUnavailable(f"task {spec.name}: {spec.note or 'the data is licensed'}; no --data-dir given, so "
                              f"there is no local copy to read (expected <data_dir>/{spec.name}/<split>.jsonl)")
    if spec.name in RETRIEVAL:
        return _load_retrieval(spec, the_plan, reader, data_dir, notes, max_eval, seed)
    ad = adapter_for(spec)
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


def _read_licensed(reader: Reader, spec: TaskSpec, src: Source) -> Any:
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


def _load_retrieval(spec: TaskSpec, the_plan: Plan, reader: Reader, data_dir: Path | None, notes: list[str],
                    max_eval: int | None, seed: int) -> TaskData:
    test: dict[str, list[Example]] = {}
    hub_langs, original_langs = [], []
    for lang, corpora in the_plan.test.items():
        originals = bucc.originals(spec.name, data_dir, lang) if spec.name == "bucc" else []
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


# ----------------------------------------------------------------------------- counting

def count_train_rows(spec: TaskSpec, *, data_dir: Path | None = None) -> tuple[int, str]:
    """Rows of the training set as the paper counts them (after its filters), and a sentence
    saying what was counted where; reads the data as ``load_task`` does, converting nothing."""
    data_dir = Path(data_dir) if data_dir is not None else None
    if spec.name in RETRIEVAL:
        return 0, f"{spec.name} has no training data (a retrieval task: the encoder is used as it is)"
    the_plan, _ = plan(spec)
    ad = adapter_for(spec)
    if spec.licensed and data_dir is None:
        raise DataUnavailable(f"task {spec.name}: {spec.note or 'the data is licensed'}; no --data-dir given")
    reader = Reader(spec.name, data_dir, spec.licensed)
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
