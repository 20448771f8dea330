"""Experiment specs: loading and validating ``replicate/specs/<paper>.toml``, and matching
claims (from an audit or a report) to the spec's numeric claims by words and numbers."""

from __future__ import annotations

import hashlib
import json
import re
import tomllib
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from replicate.model import PhaseConfig, multi_tasks


class SpecError(ValueError):
    """A spec file that is missing, malformed or inconsistent."""


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


@dataclass
class TierSpec:
    name: str
    model: str
    seeds: list[int]
    encoders: list[str]  # synthetic tiers: ["pretrained", "random"]; real tiers: [model]
    intermediates: list[str]
    targets: list[str]
    phases: dict[str, PhaseConfig]
    extras: dict[str, object] = field(default_factory=dict)
    stand_ins: dict[str, str] = field(default_factory=dict)  # paper task → synthetic task
    description: str = ""
    control_intermediates: list[str] | None = None  # encoders after the first run only these (None: all)
    multi_task: str | None = None  # the intermediate name of the multi-task mix, "multi:a,b,…"

    @property
    def synthetic(self) -> bool:
        """A tier on the synthetic benchmark (its ``size``), not on a hub model and real data."""
        return self.extras.get("size") is not None

    @property
    def fingerprint(self) -> str:
        """Everything that determines results: a run directory refuses any other."""
        blob = json.dumps(
            {
                "model": self.model, "seeds": self.seeds, "encoders": self.encoders,
                "intermediates": self.intermediates, "targets": self.targets,
                "control_intermediates": self.control_intermediates,
                "phases": {k: vars(v) for k, v in sorted(self.phases.items())},
                "extras": self.extras,
            },
            sort_keys=True,
            default=str,
        )
        return hashlib.sha256(blob.encode()).hexdigest()[:16]


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
    source: str = ""

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
    compute: dict[str, object]

    def tier(self, name: str) -> TierSpec:
        if name not in self.tiers:
            raise SpecError(f"unknown tier {name!r}; this spec has {', '.join(self.tiers)}")
        return self.tiers[name]


def _phase(raw: dict, where: str) -> PhaseConfig:
    try:
        return PhaseConfig(**raw)
    except TypeError as exc:
        raise SpecError(f"{where}: {exc}") from exc


def load_spec(paper: str = "phang2020", path: Path | None = None) -> PaperSpec:
    if path is None:
        if not re.fullmatch(r"[a-z0-9_-]+", paper):
            raise SpecError(f"bad spec name {paper!r}")
        try:
            text = resources.files("replicate.specs").joinpath(f"{paper}.toml").read_text("utf-8")
        except FileNotFoundError:
            raise SpecError(f"no spec named {paper!r} in replicate/specs/") from None
    else:
        try:
            text = path.read_text("utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise SpecError(f"spec file {path}: cannot be read ({exc})") from exc
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise SpecError(f"spec {path or paper}: {exc}") from exc
    try:
        tasks = {
            name: TaskSpec(name=name, **{k: tuple(v) if isinstance(v, list) else v for k, v in t.items()})
            for name, t in raw["tasks"].items()
        }
        tiers = {}
        for name, t in raw["tiers"].items():
            t = dict(t)
            phases = {k: _phase(v, f"tiers.{name}.phases.{k}") for k, v in t.pop("phases").items()}
            tiers[name] = TierSpec(name=name, phases=phases, **t)
        claims = [ClaimSpec(**{k: tuple(v) if isinstance(v, list) else v for k, v in c.items()}) for c in raw["claims"]]
        spec = PaperSpec(
            id=raw["id"], title=raw["title"], arxiv=raw["arxiv"], citations=raw["citations"], claims=claims,
            tasks=tasks, tiers=tiers, tolerance=raw["tolerance"], compute=raw.get("compute", {}),
        )
    except (KeyError, TypeError) as exc:
        raise SpecError(f"spec {paper}: missing or unexpected field {exc}") from exc
    for tier in spec.tiers.values():
        names = [t for i in tier.intermediates for t in multi_tasks(i)]
        for t in names + tier.targets + list(tier.control_intermediates or []):
            if t not in spec.tasks and not t.startswith("syn-") and t != "none":
                raise SpecError(f"tier {tier.name} names unknown task {t!r}")
        if tier.multi_task is not None and tier.multi_task not in tier.intermediates:
            raise SpecError(f"tier {tier.name}: multi_task {tier.multi_task!r} is not one of its intermediates")
    return spec


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
