"""Measured effects from cell results, and the decision for each numeric claim.

Tolerance (stated in the spec and in every report): reproduced when
|measured − claimed| ≤ max(floor, sigmas·σ over seeds, share·|claimed|). Only the paper
tier can reproduce a magnitude; the base tier can at best show the direction; synthetic
tiers (micro, mini) show only whether the effect's sign appears on a toy benchmark.
"""

from __future__ import annotations

import statistics
from collections.abc import Sequence

from replicate.model import MULTI, NO_INTERMEDIATE, CellResult, ClaimOutcome, Decision
from replicate.spec import ClaimSpec, PaperSpec, TierSpec


def mean_over(tier: TierSpec) -> str:
    """Which languages a task's figure averages: "all" (XTREME) or "zero-shot" (synthetic tiers)."""
    return tier.mean_over


def _index(results: Sequence[CellResult], tier: TierSpec) -> dict[tuple[str, str, str, int], float]:
    how = mean_over(tier)
    return {(r.cell.model, r.cell.intermediate, r.cell.target, r.cell.seed): r.aggregate(how) for r in results}


def main_encoder(tier: TierSpec) -> str:
    return tier.encoders[0]


def _gains(idx: dict[tuple[str, str, str, int], float], tier: TierSpec, chosen: dict[str, str]) -> tuple[dict[int, float], dict[str, float]]:
    """Per seed: mean over targets of score(chosen intermediate) − score(none); per target:
    the gain's mean over seeds. A seed counts only when every target has both cells."""
    enc = main_encoder(tier)
    per_seed: dict[int, float] = {}
    per_task: dict[str, list[float]] = {}
    for seed in tier.seeds:
        diffs = {}
        for t, inter in chosen.items():
            a, b = idx.get((enc, inter, t, seed)), idx.get((enc, NO_INTERMEDIATE, t, seed))
            if a is not None and b is not None:
                diffs[t] = a - b
                per_task.setdefault(t, []).append(a - b)
        if diffs and len(diffs) == len(tier.targets):
            per_seed[seed] = statistics.fmean(diffs.values())
    return per_seed, {t: statistics.fmean(v) for t, v in per_task.items()}


def gains(results: Sequence[CellResult], tier: TierSpec, intermediate: str) -> tuple[dict[int, float], dict[str, float]]:
    """The gain of one intermediate task (or task mix) over none, averaged over targets."""
    return _gains(_index(results, tier), tier, {t: intermediate for t in tier.targets})


def best_intermediates(results: Sequence[CellResult], tier: TierSpec) -> dict[str, str]:
    """Per target, the intermediate task with the best score averaged over seeds: chosen once
    for all seeds, as the paper picks one best model per target task, rather than the best
    of each seed (which would pick seed noise and flatter the gain)."""
    idx = _index(results, tier)
    enc = main_encoder(tier)
    chosen = {}
    for t in tier.targets:
        means = {i: statistics.fmean(v) for i in tier.intermediates if i != NO_INTERMEDIATE
                 if (v := [idx[(enc, i, t, s)] for s in tier.seeds if (enc, i, t, s) in idx])}
        if means:
            chosen[t] = max(means, key=lambda i: means[i])
    return chosen


def best_gains(results: Sequence[CellResult], tier: TierSpec,
               chosen: dict[str, str] | None = None) -> tuple[dict[int, float], dict[str, float]]:
    """The gain of each target's best intermediate task (``chosen``, or chosen here)."""
    return _gains(_index(results, tier), tier, chosen if chosen is not None else best_intermediates(results, tier))


def tolerance(spec: PaperSpec, claimed: float, sd: float) -> float:
    t = spec.tolerance
    return max(t["floor"], t["sigmas"] * sd, t["share"] * abs(claimed))


def _direction(values: list[float]) -> str:
    if all(v > 0 for v in values):
        return "positive in every seed"
    if all(v < 0 for v in values):
        return "negative in every seed"
    return "of mixed sign across seeds"


def decide(spec: PaperSpec, tier: TierSpec, claim: ClaimSpec, per_seed: dict[int, float], per_task: dict[str, float],
           what: str) -> ClaimOutcome:
    """Paper tier: reproduced within the tolerance, else not. Other tiers never reproduce a
    magnitude: "direction only" when the gain has the claim's sign in every seed."""
    if not per_seed:
        return ClaimOutcome(claim.id, claim.claimed, None, None, 0, None, Decision.NOT_RUN,
                            f"not run: no complete set of cells for {what}", per_task)
    values = list(per_seed.values())
    m = statistics.fmean(values)
    sd = statistics.stdev(values) if len(values) > 1 else 0.0
    direction = _direction(values)
    same_sign = direction == ("positive in every seed" if claim.claimed > 0 else "negative in every seed")
    if tier.synthetic:
        return ClaimOutcome(
            claim.id, claim.claimed, m, sd, len(values), None,
            Decision.DIRECTION_ONLY if same_sign else Decision.NOT_REPRODUCED,
            f"{tier.name} tier, synthetic stand-in {what}: the gain is {direction}"
            + (", the claim's direction" if same_sign else ", so the claim's direction does not appear at this size")
            + "; its size says nothing about the paper's magnitude",
            per_task)
    tol = tolerance(spec, claim.claimed, sd)
    note = f"{what}: |{m:.2f} − {claim.claimed:g}| = {abs(m - claim.claimed):.2f} vs tolerance {tol:.2f}; gain {direction}"
    if tier.reproduces_magnitude:
        decision = Decision.REPRODUCED if abs(m - claim.claimed) <= tol else Decision.NOT_REPRODUCED
    else:
        decision = Decision.DIRECTION_ONLY if same_sign else Decision.NOT_REPRODUCED
        note += f"; the {tier.name} tier can show the direction only"
    return ClaimOutcome(claim.id, claim.claimed, m, sd, len(values), tol, decision, note, per_task)


Counts = dict[str, tuple[int, str]]  # task → (training rows counted, what was counted where)


def _not_run(claim: ClaimSpec, why: str) -> ClaimOutcome:
    return ClaimOutcome(claim.id, claim.claimed, None, None, 0, None, Decision.NOT_RUN, f"not run: {why}")


def _exact(claim: ClaimSpec, value: int, note: str) -> ClaimOutcome:
    """A counted claim: it holds only when the count equals it."""
    ok = value == int(claim.claimed)
    return ClaimOutcome(claim.id, claim.claimed, float(value), 0.0, 1, 0.0,
                        Decision.REPRODUCED if ok else Decision.NOT_REPRODUCED,
                        note + ("" if ok else f"; differs from the claim by {value - int(claim.claimed):+,}"))


def decide_count(claim: ClaimSpec, counts: Counts | None) -> ClaimOutcome:
    """A dataset-size claim against the rows counted in the loaded data. A count is exact:
    the claim holds only when the numbers are equal (any difference is another version or
    filter of the data, which the note names)."""
    task = claim.task or ""
    if not counts or task not in counts:
        return _not_run(claim, f"the training rows of {task} were not counted (`replicate count --data-dir DIR`, or a run of "
                               "a tier that loads the real data)")
    rows, where = counts[task]
    return _exact(claim, rows, f"counted {where}")


def decide_registry(spec: PaperSpec, claim: ClaimSpec) -> ClaimOutcome:
    """A claim about the benchmark's make-up, against the task registry of the spec (the
    XTREME configurations the loaders read): how many intermediate and target tasks, the most
    languages one target task has."""
    targets = {n: t for n, t in spec.tasks.items() if t.role == "target"}
    if claim.quantity in ("target_task_count", "intermediate_task_count"):
        role = claim.quantity.split("_")[0]
        tasks = [n for n, t in spec.tasks.items() if t.role == role]
        value, where = len(tasks), f"{len(tasks)} {role} tasks in the registry: {', '.join(tasks)}"
    else:
        widest = max(targets.values(), key=lambda t: len(t.languages))
        value, where = len(widest.languages), f"{widest.name} lists {len(widest.languages)} languages, the most of any target task"
    return _exact(claim, value, f"counted in the spec's task registry: {where}")


def compare(spec: PaperSpec, tier: TierSpec, results: Sequence[CellResult], counts: Counts | None = None) -> list[ClaimOutcome]:
    out = []
    synthetic = tier.synthetic
    for claim in spec.claims:
        if claim.quantity == "intermediate_gain":
            task = claim.intermediate or ""
            task_run = tier.stand_ins.get(task) if synthetic else task
            if task_run is None:
                out.append(_not_run(claim, f"the {tier.name} tier has no synthetic stand-in for {task}"))
            elif task_run not in tier.intermediates:
                out.append(_not_run(claim, f"the {tier.name} tier does not run intermediate task {task_run}"))
            else:
                per_seed, per_task = gains(results, tier, task_run)
                out.append(decide(spec, tier, claim, per_seed, per_task, f"{task_run} for {task}" if synthetic else task))
        elif claim.quantity == "best_per_target_gain":
            chosen = best_intermediates(results, tier)
            per_seed, per_task = best_gains(results, tier, chosen)
            picks = ", ".join(f"{t}: {i}" for t, i in chosen.items())
            out.append(decide(spec, tier, claim, per_seed, per_task, f"best intermediate task per target ({picks})"))
        elif claim.quantity == "multi_task_gain":
            if tier.multi_task is None:
                out.append(_not_run(claim, f"the {tier.name} tier has no multi-task intermediate mix"))
            else:
                per_seed, per_task = gains(results, tier, tier.multi_task)
                out.append(decide(spec, tier, claim, per_seed, per_task, f"multi-task mix {tier.multi_task[len(MULTI):]}"))
        elif claim.quantity == "train_size":
            out.append(decide_count(claim, counts))
        elif claim.quantity in ("target_task_count", "intermediate_task_count", "max_language_count"):
            out.append(decide_registry(spec, claim))
        else:
            out.append(_not_run(claim, f"unknown quantity {claim.quantity!r}"))
    return out


def transfer_table(results: Sequence[CellResult], tier: TierSpec) -> dict[str, dict[str, tuple[float, float]]]:
    """target → zero-shot language → (mean score of the pretrained encoder, of the
    random-init control), both without intermediate training, averaged over seeds."""
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
                if lang != "en":
                    langs.setdefault(lang, [[], []])[side].append(v)
        out[t] = {lang: (statistics.fmean(a), statistics.fmean(b)) for lang, (a, b) in langs.items() if a and b}
    return out
