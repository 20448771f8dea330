"""Experiment specs: loading and validating ``replicate/specs/<paper>.toml``, and matching
claims (from an audit or a report) to the spec's numeric claims by words and numbers.

A tier is typed: every table of ``[tiers.<name>]`` becomes a dataclass below, checked when
the spec loads, so that a misspelt or mistyped key fails at once with its full name
(``tiers.micro.model_size.hiden``) instead of hours into a run. What the pipeline and the
plan ask of a tier (a phase's settings for a task, how its inputs are cut) are methods
here, so that planning needs no torch.
"""

from __future__ import annotations

import hashlib
import json
import re
import tomllib
import types
import typing
from dataclasses import MISSING, asdict, dataclass, field, fields, is_dataclass, replace
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

from replicate.errors import SpecError
from replicate.model import NO_INTERMEDIATE, Encoding, PhaseConfig, multi_tasks



@dataclass(frozen=True)
class TaskSpec:
    name: str
    role: str  # "intermediate" | "target"
    family: str  # classification | pair-classification | multiple-choice | span-qa | tagging | retrieval
    metric: str
    hub_id: str | None = None
    config: str | None = None
    train_split: str | None = None
    eval_split: str | None = None
    languages: tuple[str, ...] = ()
    fields: tuple[str, ...] = ()
    train_size: int | None = None  # rows the paper's training set has, where a claim states it
    note: str = ""
    # Read by replicate.tasks.hub. Sources are "hub_id:config:split" ("hub_id::split" without a config).
    train_from: tuple[str, ...] = ()  # English training data, where not hub_id/config/train_split
    dev_from: tuple[str, ...] = ()  # English dev data (model selection), where not hub_id/config/dev_split
    dev_split: str | None = None  # split of hub_id/config holding English dev data; default eval_split
    fallback_split: str | None = None  # per-language split used where a language has no eval_split
    revision: str | None = None  # hub revision of hub_id, e.g. "refs/convert/parquet" for script datasets
    licensed: bool = False  # not on the hub: read only from a local copy under data_dir/<name>


@dataclass(frozen=True)
class ModelSize:
    """The XLM-R-shaped encoder a synthetic tier builds from scratch."""

    hidden: int = 64
    layers: int = 2
    heads: int = 4
    ffn: int = 128
    max_positions: int = 96  # longest input; the position table has two more rows (XLM-R's offset)


@dataclass(frozen=True)
class MlmPretraining:
    """Phase 1 of a synthetic tier: masked language modelling on the synthetic benchmark's
    corpus (the hub tiers take a published checkpoint instead). The phase's optimiser
    settings are ``[tiers.<name>.phases.pretrain]``."""

    benchmark: str  # the size of replicate.synthetic's benchmark: "micro", "mini", "tiny"
    data_seed: int = 0
    mask_probability: float = 0.15


@dataclass(frozen=True)
class DataLimits:
    """How much of the real data a reduced tier reads."""

    languages: tuple[str, ...] = ()  # evaluation languages; empty: every language of each task
    max_train_examples: int | None = None  # a seeded random subset of each training set
    max_eval_examples: int | None = None


@dataclass(frozen=True)
class EarlyStopping:
    """Early stopping of the target phase (on the English dev subset the target phase's
    ``early_stopping_examples`` sets): how often to score and how long to wait."""

    eval_every: int | None = None  # optimiser steps between scorings; default a tenth of the phase
    patience: int | None = None  # scorings without improvement before stopping; default never


@dataclass(frozen=True)
class PerTask:
    """Settings that differ by task: the paper trains QA longer and in smaller batches."""

    max_length: dict[str, int] = field(default_factory=dict)  # any phase
    epochs: dict[str, float] = field(default_factory=dict)  # target phase
    batch_size: dict[str, int] = field(default_factory=dict)  # target phase


MEAN_OVER = ("all", "zero-shot")


@dataclass
class TierSpec:
    name: str
    model: str
    seeds: list[int]
    encoders: list[str]  # synthetic tiers: ["pretrained", "random"]; real tiers: [model]
    intermediates: list[str]
    targets: list[str]
    phases: dict[str, PhaseConfig]
    description: str = ""
    control_intermediates: list[str] | None = None  # encoders after the first run only these (None: all)
    multi_task: str | None = None  # the intermediate name of the multi-task mix, "multi:a,b,…"
    stand_ins: dict[str, str] = field(default_factory=dict)  # paper task → synthetic task
    # What the tier can show: only a tier with the paper's model, data and settings can
    # reproduce a magnitude; the others show at best a direction.
    reproduces_magnitude: bool = False
    mean_over: str = "all"  # a task's figure averages "all" languages (XTREME) or the "zero-shot" ones
    pretraining: MlmPretraining | None = None  # set: a synthetic tier, pretrained here
    model_size: ModelSize | None = None  # the synthetic encoder's shape
    limits: DataLimits = field(default_factory=DataLimits)
    early_stopping: EarlyStopping = field(default_factory=EarlyStopping)
    per_task: PerTask = field(default_factory=PerTask)
    doc_stride: int = 128  # QA: overlap of context windows
    retrieval_layer: int | None = None  # default: layer 14 of 24, scaled to the encoder's depth
    threads: int | None = None  # torch threads per cell process
    encoder_parameters: int | None = None  # for the plan's disk estimate of stored encoders
    speedup: float = 1.0  # training tokens/s relative to [compute]'s (a smaller model is faster)

    @property
    def synthetic(self) -> bool:
        """A tier on the synthetic benchmark, pretrained here, not on a hub model and real data."""
        return self.pretraining is not None

    @property
    def fingerprint(self) -> str:
        """Everything that determines results: a run directory refuses any other."""
        blob = {k: v for k, v in asdict(self).items() if k not in _NOT_RESULTS}
        return hashlib.sha256(json.dumps(blob, sort_keys=True, default=str).encode()).hexdigest()[:16]

    def phase(self, phase: str, task: str) -> PhaseConfig:
        """The phase's configuration with the tier's per-task epochs and batch sizes applied
        (target phase only: the paper sets them per target task)."""
        if phase not in self.phases:
            raise SpecError(f"tier {self.name} has no [tiers.{self.name}.phases.{phase}] configuration")
        cfg = self.phases[phase]
        if phase != "target":
            return cfg
        if task in self.per_task.epochs:
            cfg = replace(cfg, epochs=self.per_task.epochs[task])
        if task in self.per_task.batch_size:
            cfg = replace(cfg, batch_size=self.per_task.batch_size[task])
        return cfg

    def max_length(self, task: str, phase: PhaseConfig) -> int:
        return self.per_task.max_length.get(task, phase.max_length)

    def encoding(self, task: str, phase: PhaseConfig) -> Encoding:
        """How a task's inputs are cut in a phase."""
        return Encoding(self.max_length(task, phase), self.doc_stride)


# Fields that say how to read or describe results, or what runs cost, not what they are.
_NOT_RESULTS = frozenset({"name", "description", "stand_ins", "multi_task", "reproduces_magnitude", "mean_over",
                          "encoder_parameters", "speedup"})


@dataclass(frozen=True)
class Compute:
    """What the plan's GPU-hour estimate rests on (``[compute]``)."""

    train_tokens_per_s: float | None = None  # none: no estimate
    device: str = ""
    measured: str = ""  # "YYYY-MM-DD, <device>, <what was timed>"; empty: the throughput is assumed
    mean_tokens_fraction: float = 0.45  # dynamic padding: mean length / maximum length
    eval_hours_per_cell: float = 0.02



@dataclass(frozen=True)
class ClaimSpec:
    id: str
    text: str
    claimed: float
    unit: str  # "points" | "examples" | "count"
    quantity: str  # intermediate_gain | multi_task_gain | best_per_target_gain | train_size |
    #                intermediate_task_count | target_task_count | max_language_count
    intermediate: str | None = None
    task: str | None = None
    keywords: tuple[str, ...] = ()
    source: str = ""  # where the number stands in the paper: version, section or table
    split: str = "dev"  # the split the paper's number is on; "test" where the runner can only measure dev
    verified: bool = True  # false: the number was not found in the paper's public text (shown so everywhere)

    @property
    def claimed_text(self) -> str:
        """The claimed value as people write it: "1,104,934 examples", "8.2 points"."""
        if self.unit == "examples":
            return f"{self.claimed:,.0f} {self.unit}"
        return f"{self.claimed:g}" if self.unit == "count" else f"{self.claimed:g} {self.unit}"


@dataclass
class PaperSpec:
    id: str
    title: str
    arxiv: str
    citations: dict[str, str]
    claims: list[ClaimSpec]
    tasks: dict[str, TaskSpec]
    tiers: dict[str, TierSpec]
    tolerance: dict[str, float]
    compute: Compute

    def tier(self, name: str) -> TierSpec:
        if name not in self.tiers:
            raise SpecError(f"unknown tier {name!r}; this spec has {', '.join(self.tiers)}")
        return self.tiers[name]



T = TypeVar("T")


def _type_name(tp: Any) -> str:
    names = {int: "an integer", float: "a number", str: "a string", bool: "true or false"}
    if tp in names:
        return names[tp]
    origin = typing.get_origin(tp)
    if origin in (list, tuple):
        return f"a list of {_type_name(typing.get_args(tp)[0])}s"
    if origin is dict:
        return f"a table of {_type_name(typing.get_args(tp)[1])}s"
    return "a table" if is_dataclass(tp) else str(tp)


def _value(tp: Any, value: object, where: str) -> Any:
    """``value`` (as tomllib read it) checked against the annotation ``tp``."""
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if origin in (typing.Union, types.UnionType):  # "X | None": TOML has no null, so X
        return _value(next(a for a in args if a is not type(None)), value, where)
    if is_dataclass(tp) and isinstance(tp, type):
        return _typed(tp, value, where)
    ok: bool
    if tp is bool:
        ok = isinstance(value, bool)
    elif tp is int:
        ok = isinstance(value, int) and not isinstance(value, bool)
    elif tp is float:
        ok = isinstance(value, (int, float)) and not isinstance(value, bool)
        value = float(value) if ok else value  # type: ignore[arg-type]
    elif tp is str:
        ok = isinstance(value, str)
    elif origin in (list, tuple):
        if not isinstance(value, list):
            raise SpecError(f"{where}: expected {_type_name(tp)}, not {value!r}")
        items = [_value(args[0], v, f"{where}[{i}]") for i, v in enumerate(value)]
        return tuple(items) if origin is tuple else items
    elif origin is dict:
        if not isinstance(value, dict):
            raise SpecError(f"{where}: expected {_type_name(tp)}, not {value!r}")
        return {str(k): _value(args[1], v, f"{where}.{k}") for k, v in value.items()}
    else:
        raise SpecError(f"{where}: the loader cannot read a field of type {tp}")
    if not ok:
        raise SpecError(f"{where}: expected {_type_name(tp)}, not {value!r}")
    return value


def _typed(cls: type[T], raw: object, where: str) -> T:
    """A dataclass from a TOML table: unknown, missing and mistyped keys are errors that
    name the key in full."""
    if not isinstance(raw, dict):
        raise SpecError(f"{where}: expected a table, not {raw!r}")
    hints = typing.get_type_hints(cls)
    known = [f.name for f in fields(cls)]  # type: ignore[arg-type]
    for key in raw:
        if key not in known:
            raise SpecError(f"{where}.{key}: unknown key (known: {', '.join(known)})")
    for f in fields(cls):  # type: ignore[arg-type]
        if f.default is MISSING and f.default_factory is MISSING and f.name not in raw:
            raise SpecError(f"{where}.{f.name}: missing")
    return cls(**{k: _value(hints[k], v, f"{where}.{k}") for k, v in raw.items()})


def _tier(name: str, raw: object) -> TierSpec:
    where = f"tiers.{name}"
    if isinstance(raw, dict) and "extras" in raw:
        raise SpecError(f"{where}.extras: replaced by typed tables and fields (pretraining, model_size, limits, "
                        "early_stopping, per_task, mean_over, threads, ...): see replicate/specs/phang2020.toml")
    if isinstance(raw, dict) and "name" in raw:
        raise SpecError(f"{where}.name: unknown key (a tier's name is its table's name)")
    tier = _typed(TierSpec, {"name": name, **raw} if isinstance(raw, dict) else raw, where)
    if tier.mean_over not in MEAN_OVER:
        raise SpecError(f"{where}.mean_over: {tier.mean_over!r} is neither {' nor '.join(map(repr, MEAN_OVER))}")
    if tier.synthetic and tier.model_size is None:
        raise SpecError(f"{where}.model_size: missing (a tier with [pretraining] builds its encoder from scratch)")
    if tier.synthetic and "pretrain" not in tier.phases:
        raise SpecError(f"{where}.phases.pretrain: missing (a tier with [pretraining] pretrains its encoder)")
    if tier.reproduces_magnitude and tier.synthetic:
        raise SpecError(f"{where}.reproduces_magnitude: a synthetic tier cannot reproduce the paper's magnitudes")
    if tier.model_size is not None:
        for key, value in asdict(tier.model_size).items():
            if value < 1:
                raise SpecError(f"{where}.model_size.{key}: must be at least 1, not {value}")
    for key, value in (("threads", tier.threads), ("doc_stride", tier.doc_stride)):
        if value is not None and value < 1:
            raise SpecError(f"{where}.{key}: must be at least 1, not {value}")
    return tier


def _read(paper: str, path: Path | None) -> str:
    if path is None:
        if not re.fullmatch(r"[a-z0-9_-]+", paper):
            raise SpecError(f"bad spec name {paper!r}")
        try:
            return resources.files("replicate.specs").joinpath(f"{paper}.toml").read_text("utf-8")
        except FileNotFoundError:
            raise SpecError(f"no spec named {paper!r} in replicate/specs/") from None
    try:
        return path.read_text("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise SpecError(f"spec file {path}: cannot be read ({exc})") from exc


def _tuples(table: dict[str, Any]) -> dict[str, Any]:
    return {k: tuple(v) if isinstance(v, list) else v for k, v in table.items()}


def load_spec(paper: str = "phang2020", path: Path | None = None) -> PaperSpec:
    text = _read(paper, path)
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise SpecError(f"spec {path or paper}: {exc}") from exc
    try:
        tasks = {name: TaskSpec(name=name, **_tuples(t)) for name, t in raw["tasks"].items()}
        tiers = {name: _tier(name, t) for name, t in raw["tiers"].items()}
        claims = [ClaimSpec(**_tuples(c)) for c in raw["claims"]]
        spec = PaperSpec(
            id=raw["id"], title=raw["title"], arxiv=raw["arxiv"], citations=raw["citations"], claims=claims,
            tasks=tasks, tiers=tiers, tolerance=raw["tolerance"], compute=_typed(Compute, raw.get("compute", {}), "compute"),
        )
    except (KeyError, TypeError) as exc:
        raise SpecError(f"spec {paper}: missing or unexpected field {exc}") from exc
    for tier in spec.tiers.values():
        _check_tasks(spec, tier)
    return spec


def _check_tasks(spec: PaperSpec, tier: TierSpec) -> None:
    """Every task a tier names is in the registry (or is a synthetic one)."""
    def known(t: str) -> bool:
        return t in spec.tasks or t.startswith("syn-") or t == NO_INTERMEDIATE

    names = [t for i in tier.intermediates for t in multi_tasks(i)]
    for t in names + tier.targets + list(tier.control_intermediates or []):
        if not known(t):
            raise SpecError(f"tier {tier.name} names unknown task {t!r}")
    for key, table in (("max_length", tier.per_task.max_length), ("epochs", tier.per_task.epochs),
                       ("batch_size", tier.per_task.batch_size)):
        for t in table:
            if not known(t):
                raise SpecError(f"tiers.{tier.name}.per_task.{key}.{t}: unknown task")
    if tier.multi_task is not None and tier.multi_task not in tier.intermediates:
        raise SpecError(f"tier {tier.name}: multi_task {tier.multi_task!r} is not one of its intermediates")


# ----------------------------------------------------------------------------- claim matching

_NUM = re.compile(r"(?<![\w.])\d{1,3}(?:,\d{3})+(?![\d])|(?<![\w.])\d+(?:\.\d+)?(?![\w])")


_WORDS = {w: i for i, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve".split())}
_WORD_NUM = re.compile(r"\b(" + "|".join(_WORDS) + r")\b", re.IGNORECASE)


def numbers_in(text: str) -> set[float]:
    """Numerals ("1,104,934", "8.2") and the small numbers written as words ("nine")."""
    found = {float(m.group(0).replace(",", "")) for m in _NUM.finditer(text)}
    return found | {float(_WORDS[m.group(1).lower()]) for m in _WORD_NUM.finditer(text)}


@dataclass
class ClaimMatch:
    text: str
    spec: ClaimSpec


def match_claims(texts: list[str], spec: PaperSpec) -> list[ClaimMatch]:
    """Every (claim text, spec claim) pair where the text states the spec's number and
    names its subject. A text that merges several numeric claims ("8.2, 7.5 and 7.0")
    matches each of them; a truncated text matches on what remains."""
    out = []
    for text in texts:
        nums = numbers_in(text)
        low = text.lower()
        for c in spec.claims:
            if c.claimed not in nums:
                continue
            if all(k.lower() in low for k in c.keywords):
                out.append(ClaimMatch(text, c))
    return out


def texts_from(path: Path) -> list[str]:
    """Claim texts of an audit JSON (its ``claims``; any other JSON: every object's ``text``)
    or of a report."""
    if path.suffix.lower() == ".json":
        try:
            data = json.loads(path.read_text("utf-8"))
        except (OSError, json.JSONDecodeError) as exc:
            raise SpecError(f"{path}: not a readable JSON file ({exc})") from exc
        if isinstance(data, dict) and isinstance(data.get("claims"), list):  # a claim-audit JSON: its claims only
            return list(dict.fromkeys(c["text"] for c in data["claims"] if isinstance(c, dict) and isinstance(c.get("text"), str)))
        found: list[str] = []

        def walk(v: object) -> None:
            if isinstance(v, dict):
                if isinstance(v.get("text"), str):
                    found.append(v["text"])
                for x in v.values():
                    walk(x)
            elif isinstance(v, list):
                for x in v:
                    walk(x)

        walk(data)
        return list(dict.fromkeys(found))
    from claimcheck.errors import ClaimcheckError
    from claimcheck.report import read_report

    try:
        return [c.text for c in read_report(path).claims]
    except ClaimcheckError as exc:
        raise SpecError(str(exc)) from exc
