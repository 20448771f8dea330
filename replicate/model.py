"""The values that flow through a replication: claim → experiment spec → runs → measured
effects → comparison. Plain dataclasses, no I/O: the spec loader builds them from data
files, the executor hands Cells to the pipeline, the store writes CellResults, and the
comparison turns aggregated CellResults into ClaimOutcomes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import Enum

NO_INTERMEDIATE = "none"  # the baseline cell: target training straight from the encoder
MULTI = "multi:"  # prefix of a multi-task intermediate: "multi:mnli,squad,hellaswag"

_SAFE = re.compile(r"[^A-Za-z0-9._+-]+")


def safe_component(text: str) -> str:
    """A path component that cannot escape the run directory whatever the spec says."""
    cleaned = _SAFE.sub("_", text).strip("._")
    return cleaned or "_"


def multi_tasks(intermediate: str) -> list[str]:
    """The tasks of an intermediate name: ``multi:a,b`` → [a, b]; ``a`` → [a]."""
    return intermediate[len(MULTI):].split(",") if intermediate.startswith(MULTI) else [intermediate]


@dataclass(frozen=True)
class Cell:
    """One idempotent unit of work: a (tier, model, intermediate, target, seed) run."""

    paper: str  # spec id, e.g. "phang2020"
    tier: str  # "paper" | "base" | "micro" | "mini"
    model: str  # hub id, local path, or a tier-specific name such as "micro-pretrained"
    intermediate: str  # task name, NO_INTERMEDIATE, or "multi:<a>,<b>" for multi-task
    target: str  # target task name
    seed: int

    @property
    def key(self) -> str:
        """Stable relative path of this cell's result inside a run directory."""
        parts = (self.tier, self.model, self.intermediate, self.target, f"seed{self.seed}")
        return "/".join(safe_component(p) for p in parts)


@dataclass
class PhaseConfig:
    """Hyper-parameters of one training phase (with the citation they come from)."""

    learning_rate: float
    batch_size: int
    max_length: int
    epochs: float | None = None
    max_steps: int | None = None
    warmup_ratio: float = 0.1
    weight_decay: float = 0.01
    early_stopping_examples: int | None = None  # size of the English dev subset, if any
    source: str = ""  # "paper §3.2", "jiant guide", "micro: chosen for CPU budget"


@dataclass(frozen=True)
class Encoding:
    """How a task's inputs are cut: the maximum length, and for QA the overlap of context windows."""

    max_length: int
    doc_stride: int = 128


@dataclass
class CellResult:
    cell: Cell
    metric: str  # "accuracy", "f1", "em_f1_mean", ...
    scores: dict[str, float]  # language → score in points (0-100) on the evaluation split, English included
    dev_score: float | None  # English development score used for model selection
    config_fingerprint: str  # hash of everything that determines the result
    wall_seconds: float
    steps: dict[str, int] = field(default_factory=dict)  # phase → optimiser steps taken
    extra: dict[str, object] = field(default_factory=dict)

    @property
    def mean_score(self) -> float:
        """Mean over every evaluation language, English included, as XTREME aggregates a task."""
        return sum(self.scores.values()) / len(self.scores) if self.scores else float("nan")

    @property
    def zero_shot_mean(self) -> float:
        """Mean over the languages the model was not trained in (all but English)."""
        other = [v for lang, v in self.scores.items() if lang != "en"]
        return sum(other) / len(other) if other else float("nan")

    def aggregate(self, mean_over: str) -> float:
        """The per-task figure a tier compares: ``"all"`` languages or ``"zero-shot"`` ones."""
        if mean_over not in ("all", "zero-shot"):
            raise ValueError(f"mean_over must be 'all' or 'zero-shot', not {mean_over!r}")
        return self.mean_score if mean_over == "all" else self.zero_shot_mean


class Decision(str, Enum):
    """What a claim's outcome lets a reader conclude (``replicate.compare`` states the rules).
    Measured effects: reproduced, direction only, inconclusive, not reproduced. Facts counted
    rather than measured have their own words and are never "reproduced": the benchmark's
    make-up against the spec's task registry, dataset sizes against the loaded data."""

    REPRODUCED = "reproduced"
    DIRECTION_ONLY = "direction only"
    INCONCLUSIVE = "inconclusive"
    NOT_REPRODUCED = "not reproduced"
    CONSISTENT_WITH_SPEC = "consistent with the spec"
    DIFFERS_FROM_SPEC = "differs from the spec"
    COUNTED = "counted from the data"
    DIFFERS_FROM_DATA = "differs from the data"
    NOT_RUN = "not run"


@dataclass
class ClaimOutcome:
    claim_id: str
    claimed: float
    measured_mean: float | None
    measured_spread: float | None  # standard deviation over seeds
    seeds: int
    tolerance: float | None  # in the claim's unit, after applying the rule
    decision: Decision
    note: str  # why, in words: "micro tier: direction only, magnitudes not comparable"
    per_task: dict[str, float] = field(default_factory=dict)  # the table behind an aggregate
    evidence: str = ""  # the stated test behind a direction, in words with its p-value
    p_value: float | None = None  # one-sided, in the claim's direction
    excluded: dict[str, str] = field(default_factory=dict)  # target left out of the aggregate → why
    selection: str = ""  # which data chose the best intermediate task and which measured the gain
    caveats: list[str] = field(default_factory=list)  # test-set claims measured on dev, unverified numbers
