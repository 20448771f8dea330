"""The grid of a tier and what it costs. Pure arithmetic on the spec: no torch, no data."""

from __future__ import annotations

from dataclasses import dataclass, field

from replicate.model import MULTI, NO_INTERMEDIATE, Cell, PhaseConfig, multi_tasks
from replicate.spec import PaperSpec, TierSpec

# The comparison figure the project was given with the paper tier (issue 5: "roughly 9–11
# GPU-hours per seed on one H100 with dynamic padding, 21–24 on an A100"); its source does
# not say which runs it counts, so the plan shows what its own figure is made of beside it.
PUBLISHED = "9–11 GPU-hours per seed on one H100 with dynamic padding, 21–24 on an A100"


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
    # Where the hours of one seed go: "intermediate anli+" → hours, "multi-task mix" → hours,
    # "target training (…)" → hours, "evaluation (…)" → hours.
    breakdown: dict[str, float] = field(default_factory=dict)
    comparable: bool = False  # a tier with the paper's settings, which the published figure is about

    def explanation(self) -> list[str]:
        """Where one seed's hours go and, for the paper's settings, how that sits beside the
        published comparison figure."""
        total = self.gpu_hours_per_seed
        parts = sorted(self.breakdown.items(), key=lambda kv: -kv[1])
        lines = [f"{name}: {hours:.1f} h ({hours / total:.0%})" for name, hours in parts if hours >= 0.05]
        if self.comparable:
            mix = self.breakdown.get("multi-task mix", 0.0)
            lines.append(f"comparison figure (given with the project, source not stated): {PUBLISHED}. This estimate "
                         "counts every cell of the grid — every intermediate encoder fine-tuned on every target, the "
                         "multi-task mix included — at the spec's epochs over the full training sets"
                         + (f"; without the mix it is {total - mix:.1f} h per seed" if mix else "")
                         + ". The throughput it divides by is assumed until measured "
                         "(benchmarks/bench_xlmr_throughput.py --record), and moves the figure in proportion")
        return lines


CHOICES = {"commonsenseqa": 5, "cosmosqa": 4, "hellaswag": 4}  # multiple choice encodes every choice


def _train_hours(spec: PaperSpec, tier: TierSpec, task: str, phase: PhaseConfig, tokens_per_s: float, fraction: float) -> float:
    """Hours of training ``task`` once: rows × epochs × length × padding fraction / throughput."""
    rows = spec.tasks[task].train_size or 0
    limit = tier.limits.max_train_examples
    rows = min(rows, limit) if limit else rows
    if phase.max_steps:
        examples = float(phase.max_steps * phase.batch_size)
    else:
        examples = rows * (phase.epochs or 1)
    return examples * CHOICES.get(task, 1) * tier.max_length(task, phase) * fraction / tokens_per_s / 3600


def job_hours(spec: PaperSpec, tier: TierSpec, intermediate: str, targets: list[str]) -> float | None:
    """GPU-hours of one Slurm job of ``replicate.slurm``: the intermediate training once,
    then ``targets`` trained and evaluated on it — the arithmetic of ``estimate``, so that
    jobs' time limits and the plan's hours agree (their sum over a grid is the estimate)."""
    c = spec.compute
    if tier.synthetic or not c.train_tokens_per_s:
        return None
    tps, frac = c.train_tokens_per_s * tier.speedup, c.mean_tokens_fraction
    hours = 0.0 if intermediate == NO_INTERMEDIATE else sum(
        _train_hours(spec, tier, task, tier.phase("intermediate", task), tps, frac) for task in multi_tasks(intermediate))
    hours += sum(_train_hours(spec, tier, t, tier.phase("target", t), tps, frac) for t in targets)
    return hours + c.eval_hours_per_cell * len(targets)


def estimate(spec: PaperSpec, tier: TierSpec) -> Estimate | None:
    """GPU-hours from training tokens and a throughput that the spec says was measured or
    assumed. Only for hub tiers: synthetic tiers are timed, not estimated."""
    c = spec.compute
    if tier.synthetic or not c.train_tokens_per_s:
        return None
    tps = c.train_tokens_per_s * tier.speedup
    frac = c.mean_tokens_fraction
    breakdown: dict[str, float] = {}
    for inter in tier.intermediates:
        if inter == NO_INTERMEDIATE:
            continue
        name = "multi-task mix" if inter.startswith(MULTI) else f"intermediate {inter}"
        breakdown[name] = sum(_train_hours(spec, tier, task, tier.phase("intermediate", task), tps, frac)
                              for task in multi_tasks(inter))
    per_intermediate = sum(_train_hours(spec, tier, t, tier.phase("target", t), tps, frac) for t in tier.targets)
    grid_size = f"{len(tier.intermediates)} intermediate settings × {len(tier.targets)} targets"
    breakdown[f"target training ({grid_size})"] = per_intermediate * len(tier.intermediates)
    breakdown[f"evaluation ({grid_size})"] = c.eval_hours_per_cell * len(tier.targets) * len(tier.intermediates)
    breakdown = {k: v * len(tier.encoders) for k, v in breakdown.items()}
    hours = sum(breakdown.values())
    stored = len(tier.encoders) * len([i for i in tier.intermediates if i != NO_INTERMEDIATE]) * len(tier.seeds)
    params = tier.encoder_parameters
    disk = (f"disk: {stored} intermediate-trained encoders kept under <run>/artifacts for reuse and resume, "
            + (f"about {stored * params * 4 / 1e9:,.0f} GB in fp32" if params else "size unknown")
            + "; delete them once the run's report is written")
    return Estimate(hours, hours * len(tier.seeds), [disk,
        f"training throughput {tps:,.0f} tokens/s on {c.device}"
        + (f" ({tier.speedup:g}× [compute]'s, a smaller model)" if tier.speedup != 1 else "")
        + (f", measured {c.measured}" if c.measured else " — ASSUMED, not measured"),
        f"dynamic padding: mean length ≈ {frac:.0%} of the maximum length (full padding costs about {1 / frac:.1f}× more)",
        "training rows: the spec's train_size per task (the paper's Table 1), every choice of a multiple-choice "
        "example encoded; retrieval targets evaluate only",
    ] + [f"{t} is licensed data ({spec.tasks[t].note or 'not on the hub'}): its cells, and any multi-task mix "
         "that includes it, run only with a local copy" for t in _licensed(spec, tier)], breakdown, tier.reproduces_magnitude)


def _licensed(spec: PaperSpec, tier: TierSpec) -> list[str]:
    used = [t for i in tier.intermediates if i != NO_INTERMEDIATE for t in multi_tasks(i)] + tier.targets
    return [t for t in dict.fromkeys(used) if t in spec.tasks and spec.tasks[t].licensed]
