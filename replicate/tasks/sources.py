"""Where a task's data is read from: a local copy in the layout below, else the Hugging
Face hub (or its cache).

Where data comes from, per (dataset, config, split), first hit wins:

1. a local copy under ``data_dir`` (``--data-dir``), never the hub when it is there;
2. ``datasets.load_dataset(hub_id, config, split=..., revision=...)``: the hub, or the
   ``HF_HOME`` cache of a machine that once downloaded it. Skipped when ``HF_HUB_OFFLINE`` or
   ``HF_DATASETS_OFFLINE`` is set, so an offline machine fails at once instead of retrying;
3. otherwise ``DataUnavailable``, one sentence naming the task, the dataset, config and split
   tried, the local path looked for and what to do.

Local layout (it mirrors hub ids; ``replicate.tasks.mirror`` writes it on a machine with
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
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from replicate.errors import DataUnavailable, TaskDataError

HINT = ("pass --data-dir with a local mirror, point HF_HOME at a cache that holds the dataset, "
        "or run replicate mirror on a machine with internet")
# ----------------------------------------------------------------------------- names and paths

HUB_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*(?:/[A-Za-z0-9][A-Za-z0-9._-]*)?")
NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._+-]*")
LANG = re.compile(r"[a-z]{2,3}")


def safe(kind: str, value: str, pattern: re.Pattern[str]) -> str:
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
        safe("hub id", self.hub_id, HUB_ID)
        if self.config is not None:
            safe("config", self.config, NAME)
        safe("split", self.split, NAME)

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


def first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {text[0][:200]}" if text else type(exc).__name__


def local_files(folder: Path, split: str) -> tuple[str, list[Path]] | None:
    """The builder name and files of a split in the local layout, or None."""
    for ext, builder in ((".parquet", "parquet"), (".jsonl", "json"), (".json", "json")):
        p = folder / f"{split}{ext}"
        if p.is_file():
            return builder, [p]
    shards = sorted(folder.glob(f"{split}-*.parquet"))
    return ("parquet", shards) if shards else None


def read_local(task: str, folder: Path, split: str) -> tuple[Any, Path] | None:
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
        found = local_files(folder, split)
        if found is None:
            return None
        builder, files = found
        where = files[0] if len(files) == 1 else folder
        ds = datasets.load_dataset(builder, data_files=[str(f) for f in files], split="train")
        return ds, where
    except Exception as exc:  # any reader failure: one clear sentence instead of a traceback
        raise TaskDataError(f"task {task}: the local copy {where} (split {split}) could not be read "
                            f"({first_line(exc)}); rewrite it with mirror() or fix the file") from None


def hub_load(src: Source) -> Any:
    import datasets

    return datasets.load_dataset(src.hub_id, src.config, split=src.split, revision=src.revision)


class Reader:
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
        got = read_local(self.task, src.folder(self.data_dir), src.split)
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
            ds = hub_load(src)
        except Exception as exc:  # offline, unknown dataset, unknown split, script dataset, ...
            return None, first_line(exc)
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
