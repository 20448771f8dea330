"""The grid of a tier and what it costs."""

from __future__ import annotations

from dataclasses import dataclass

from replicate.model import NO_INTERMEDIATE, Cell
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


def estimate(spec: PaperSpec, tier: TierSpec) -> Estimate | None:
    """GPU-hours from training tokens and an assumed throughput (the spec says whether the
    throughput was measured). Only for hub tiers: synthetic tiers are timed, not estimated."""
    c = spec.compute
    if tier.extras.get("size") is not None or not c:
        return None
    tps = float(c["assumed_train_tokens_per_s"]) * (1.0 if tier.name == "paper" else 3.0)
    frac = float(c.get("mean_tokens_fraction", 0.45))
    inter_phase, target_phase = tier.phases["intermediate"], tier.phases["target"]
    limit = tier.extras.get("max_train_examples")
    hours = 0.0
    for inter in tier.intermediates:
        if inter == NO_INTERMEDIATE:
            continue
        size = spec.tasks[inter].train_size or 100_000
        size = min(size, int(limit)) if limit else size
        epochs = inter_phase.epochs or 1
        hours += size * epochs * inter_phase.max_length * frac / tps / 3600
    epochs_by_task = tier.extras.get("epochs", {})
    len_by_task = tier.extras.get("max_length", {})
    target_sizes = {"xnli": 392_702, "pawsx": 49_401, "udpos": 12_543, "panx": 20_000, "xquad": 87_599,
                    "mlqa": 87_599, "tydiqa": 3_696, "bucc": 0, "tatoeba": 0}
    per_inter_target = 0.0
    for t in tier.targets:
        n = target_sizes.get(t, 50_000)
        n = min(n, int(limit)) if limit else n
        epochs = epochs_by_task.get(t, target_phase.epochs or 2) if isinstance(epochs_by_task, dict) else 2
        length = len_by_task.get(t, target_phase.max_length) if isinstance(len_by_task, dict) else target_phase.max_length
        per_inter_target += n * epochs * length * frac / tps / 3600 + float(c.get("eval_hours_per_cell", 0.02))
    hours += per_inter_target * len(tier.intermediates)
    hours *= len(tier.encoders)
    measured = bool(c.get("measured"))
    return Estimate(hours, hours * len(tier.seeds), [
        f"training throughput {tps:,.0f} tokens/s on {c.get('assumed_device')}" + ("" if measured else " — ASSUMED, not measured"),
        f"dynamic padding: mean length ≈ {frac:.0%} of the maximum length (full padding costs about {1 / frac:.1f}× more)",
        "published figure for comparison: 9–11 GPU-hours per seed on one H100, 21–24 on an A100",
        "CCG needs CCGbank (licensed, LDC2005T13): its cells run only with a local copy",
    ])
