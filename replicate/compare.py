"""Measured effects from cell results, and the decision for each numeric claim.

Tolerance (stated in the spec and in every report): reproduced when
|measured − claimed| ≤ max(floor, sigmas·σ over seeds, share·|claimed|). Only the paper
tier can reproduce a magnitude; the base tier can at best show the direction; synthetic
tiers (micro, mini) show only whether the effect's sign appears on a toy benchmark.
"""

from __future__ import annotations

import statistics
from collections.abc import Sequence

from replicate.model import NO_INTERMEDIATE, CellResult, ClaimOutcome, Decision
from replicate.spec import ClaimSpec, PaperSpec, TierSpec

SYNTHETIC_TIERS = ("micro", "mini")


def _index(results: Sequence[CellResult]) -> dict[tuple[str, str, str, int], float]:
    return {(r.cell.model, r.cell.intermediate, r.cell.target, r.cell.seed): r.mean_score for r in results}


def main_encoder(tier: TierSpec) -> str:
    return tier.encoders[0]


def gains(results: Sequence[CellResult], tier: TierSpec, intermediate: str) -> tuple[dict[int, float], dict[str, float]]:
    """Per seed: mean over targets of score(intermediate) − score(none); and per target the
    mean gain over seeds. Only cells present on both sides count."""
    idx = _index(results)
    enc = main_encoder(tier)
    per_seed: dict[int, float] = {}
    per_task: dict[str, list[float]] = {}
    for seed in tier.seeds:
        diffs = []
        for t in tier.targets:
            a, b = idx.get((enc, intermediate, t, seed)), idx.get((enc, NO_INTERMEDIATE, t, seed))
            if a is not None and b is not None:
                diffs.append(a - b)
                per_task.setdefault(t, []).append(a - b)
        if diffs and len(diffs) == len(tier.targets):
            per_seed[seed] = sum(diffs) / len(diffs)
    return per_seed, {t: statistics.fmean(v) for t, v in per_task.items()}


def best_gains(results: Sequence[CellResult], tier: TierSpec) -> tuple[dict[int, float], dict[str, float]]:
    idx = _index(results)
    enc = main_encoder(tier)
    per_seed: dict[int, float] = {}
    per_task: dict[str, list[float]] = {}
    inters = [i for i in tier.intermediates if i != NO_INTERMEDIATE]
    for seed in tier.seeds:
        diffs = []
        for t in tier.targets:
            base = idx.get((enc, NO_INTERMEDIATE, t, seed))
            scores = [idx[(enc, i, t, seed)] for i in inters if (enc, i, t, seed) in idx]
            if base is not None and scores:
                diffs.append(max(scores) - base)
                per_task.setdefault(t, []).append(max(scores) - base)
        if diffs and len(diffs) == len(tier.targets):
            per_seed[seed] = sum(diffs) / len(diffs)
    return per_seed, {t: statistics.fmean(v) for t, v in per_task.items()}


def tolerance(spec: PaperSpec, claimed: float, sd: float) -> float:
    t = spec.tolerance
    return max(t["floor"], t["sigmas"] * sd, t["share"] * abs(claimed))


def decide(spec: PaperSpec, tier: TierSpec, claim: ClaimSpec, per_seed: dict[int, float], per_task: dict[str, float],
           what: str) -> ClaimOutcome:
    if not per_seed:
        return ClaimOutcome(claim.id, claim.claimed, None, None, 0, None, Decision.NOT_RUN,
                            f"not run: no complete set of cells for {what}", per_task)
    values = list(per_seed.values())
    m = statistics.fmean(values)
    sd = statistics.stdev(values) if len(values) > 1 else 0.0
    tol = tolerance(spec, claim.claimed, sd)
    if tier.name in SYNTHETIC_TIERS:
        same_sign = m > 0 and m - sd > 0
        return ClaimOutcome(
            claim.id, claim.claimed, m, sd, len(values), None,
            Decision.DIRECTION_ONLY if same_sign else Decision.NOT_REPRODUCED,
            (f"{tier.name} tier, synthetic stand-in {what}: the gain is positive across seeds (the claim's direction); "
             "its size says nothing about the paper's magnitude") if same_sign else
            (f"{tier.name} tier, synthetic stand-in {what}: no consistent gain (mean {m:+.2f} ± {sd:.2f}); "
             "at this size the claim's direction does not appear — this does not test the paper's magnitude"),
            per_task)
    if abs(m - claim.claimed) <= tol:
        decision = Decision.REPRODUCED if tier.name == "paper" else Decision.DIRECTION_ONLY
    elif m > 0 and claim.claimed > 0 and tier.name != "paper":
        decision = Decision.DIRECTION_ONLY
    else:
        decision = Decision.NOT_REPRODUCED
    note = f"|{m:.2f} − {claim.claimed}| = {abs(m - claim.claimed):.2f} vs tolerance {tol:.2f}"
    if tier.name != "paper":
        note += f"; the {tier.name} tier can show the direction only"
    return ClaimOutcome(claim.id, claim.claimed, m, sd, len(values), tol, decision, note, per_task)


def compare(spec: PaperSpec, tier: TierSpec, results: Sequence[CellResult]) -> list[ClaimOutcome]:
    out = []
    for claim in spec.claims:
        if claim.quantity == "intermediate_gain":
            task = claim.intermediate or ""
            if tier.name in SYNTHETIC_TIERS:
                stand_in = tier.stand_ins.get(task)
                if stand_in is None:
                    out.append(ClaimOutcome(claim.id, claim.claimed, None, None, 0, None, Decision.NOT_RUN,
                                            f"not run: the {tier.name} tier has no synthetic stand-in for {task}"))
                    continue
                task_run, what = stand_in, f"{stand_in} for {task}"
            else:
                task_run, what = task, task
            per_seed, per_task = gains(results, tier, task_run)
            out.append(decide(spec, tier, claim, per_seed, per_task, what))
        elif claim.quantity == "best_per_target_gain":
            per_seed, per_task = best_gains(results, tier)
            out.append(decide(spec, tier, claim, per_seed, per_task, "best intermediate task per target"))
        elif claim.quantity == "multi_task_gain":
            out.append(ClaimOutcome(claim.id, claim.claimed, None, None, 0, None, Decision.NOT_RUN,
                                    "not run: multi-task intermediate training (tasks sampled in proportion to size) is not implemented yet"))
        elif claim.quantity == "train_size":
            out.append(ClaimOutcome(claim.id, claim.claimed, None, None, 0, None, Decision.NOT_RUN,
                                    "not run: counting training rows needs the dataset from the Hugging Face hub (`replicate count` where it is reachable)"))
        else:
            out.append(ClaimOutcome(claim.id, claim.claimed, None, None, 0, None, Decision.NOT_RUN,
                                    f"not run: unknown quantity {claim.quantity!r}"))
    return out


def transfer_table(results: Sequence[CellResult], tier: TierSpec) -> dict[str, dict[str, tuple[float, float]]]:
    """target → language → (mean score of the pretrained encoder, of the random-init control),
    both without intermediate training, averaged over seeds."""
    out: dict[str, dict[str, tuple[float, float]]] = {}
    if len(tier.encoders) < 2:
        return out
    enc, control = tier.encoders[0], tier.encoders[1]
    for t in tier.targets:
        langs: dict[str, list[list[float]]] = {}
        for r in results:
            if r.cell.intermediate != NO_INTERMEDIATE or r.cell.target != t:
                continue
            side = 0 if r.cell.model == enc else 1 if r.cell.model == control else None
            if side is None:
                continue
            for lang, v in r.scores.items():
                langs.setdefault(lang, [[], []])[side].append(v)
        out[t] = {lang: (statistics.fmean(a), statistics.fmean(b)) for lang, (a, b) in langs.items() if a and b}
    return out
