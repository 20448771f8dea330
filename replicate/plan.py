"""The grid of a tier and what it costs."""

from __future__ import annotations

from dataclasses import dataclass

from replicate.model import NO_INTERMEDIATE, Cell, PhaseConfig, multi_tasks
from replicate.spec import PaperSpec, TierSpec

RETRIEVAL = ("bucc", "tatoeba", "syn-retrieval")


def grid(spec: PaperSpec, tier: TierSpec) -> list[Cell]:
    """Every (encoder, intermediate, target, seed) cell; retrieval targets too (they train
    nothing in phase 3 but are evaluated on each intermediate-trained encoder). Control
    encoders (all but the first) run only the tier's control intermediates where it names
    them."""
    return [
        Cell(spec.id, tier.name, enc, inter, target, seed)
        for seed in tier.seeds
        for k, enc in enumerate(tier.encoders)
        for inter in (tier.intermediates if k == 0 or tier.control_intermediates is None else tier.control_intermediates)
        for target in tier.targets
    ]


@dataclass
class Estimate:
    gpu_hours_per_seed: float
    gpu_hours: float
    assumptions: list[str]


CHOICES = {"commonsenseqa": 5, "cosmosqa": 4, "hellaswag": 4}  # multiple choice encodes every choice


def _train_hours(spec: PaperSpec, tier: TierSpec, task: str, phase: PhaseConfig, tokens_per_s: float, fraction: float) -> float:
    """Hours of training ``task`` once: rows × epochs × length × padding fraction / throughput."""
    rows = spec.tasks[task].train_size or 0
    limit = tier.extras.get("max_train_examples")
    rows = min(rows, int(limit)) if limit else rows  # type: ignore[call-overload]
    lengths = tier.extras.get("max_length", {})
    length = lengths.get(task, phase.max_length) if isinstance(lengths, dict) else phase.max_length
    if phase.max_steps:
        examples = phase.max_steps * phase.batch_size
    else:
        epochs = phase.epochs or 1
        examples = rows * epochs
    return examples * CHOICES.get(task, 1) * int(length) * fraction / tokens_per_s / 3600


def estimate(spec: PaperSpec, tier: TierSpec) -> Estimate | None:
    """GPU-hours from training tokens and a throughput that the spec says was measured or
    assumed. Only for hub tiers: synthetic tiers are timed, not estimated."""
    c = spec.compute
    if tier.synthetic or not c:
        return None
    from replicate.pipeline import phase_for

    tps = float(c["train_tokens_per_s"]) * (1.0 if tier.name == "paper" else float(c.get("base_speedup", 3.0)))
    frac = float(c.get("mean_tokens_fraction", 0.45))
    hours = 0.0
    for inter in tier.intermediates:
        for task in multi_tasks(inter) if inter != NO_INTERMEDIATE else []:
            hours += _train_hours(spec, tier, task, phase_for(tier, "intermediate", task), tps, frac)
    per_intermediate = sum(
        _train_hours(spec, tier, t, phase_for(tier, "target", t), tps, frac) + float(c.get("eval_hours_per_cell", 0.02))
        for t in tier.targets)
    hours += per_intermediate * len(tier.intermediates)
    hours *= len(tier.encoders)
    measured = c.get("measured")
    stored = len(tier.encoders) * len([i for i in tier.intermediates if i != NO_INTERMEDIATE]) * len(tier.seeds)
    params = tier.extras.get("encoder_parameters")
    disk = (f"disk: {stored} intermediate-trained encoders kept under <run>/artifacts for reuse and resume, "
            + (f"about {stored * int(params) * 4 / 1e9:,.0f} GB in fp32" if params else "size unknown")  # type: ignore[call-overload]
            + "; delete them once the run's report is written")
    return Estimate(hours, hours * len(tier.seeds), [disk,
        f"training throughput {tps:,.0f} tokens/s on {c.get('device')}"
        + (f", measured {measured}" if measured else " — ASSUMED, not measured"),
        f"dynamic padding: mean length ≈ {frac:.0%} of the maximum length (full padding costs about {1 / frac:.1f}× more)",
        "training rows: the spec's train_size per task (the paper's Table 1), every choice of a multiple-choice "
        "example encoded; retrieval targets evaluate only",
        "published figure for comparison: 9–11 GPU-hours per seed on one H100 with dynamic padding, 21–24 on an A100",
        "CCG needs CCGbank (licensed, LDC2005T13): its cells, and the multi-task mix that includes it, run only with a local copy",
    ])
