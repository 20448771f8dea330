"""Measured effects from cell results, and the decision for each numeric claim.

The rules (stated in the README and in every report, ``RULES`` below):

* **reproduced** — only a tier that can reproduce magnitudes (``tier.reproduces_magnitude``:
  the paper's model, data and settings), when the mean gain over seeds has the claim's sign,
  a majority of seeds has it too, and |measured − claimed| ≤ max(floor, share·|claimed|,
  standard_errors·SE), SE the standard error of the mean over seeds. The SE term lets three
  seeds that scatter a little pass; it is not allowed to rescue noise, which the next rule
  catches first.
* **inconclusive** — the seeds' standard deviation exceeds the claimed effect: such a run
  cannot tell the effect from no effect, whatever its mean (−6, 0, +6.5 for a claimed +5.4).
  On a reduced tier: neither direction passes the sign test below.
* **direction only** — a tier that cannot reproduce magnitudes (base, mini, micro), when a
  one-sided exact sign test over the per-target, per-seed gains rejects "no effect" in the
  claim's direction at 5%: under a null effect (each gain as likely positive as negative)
  it says *direction only* at most 5% of the time, whatever the number of seeds.
* **not reproduced** — the wrong sign, a majority of seeds against the claim, outside the
  tolerance, or (reduced tiers) the sign test significant in the opposite direction.
* Facts that are counted, not measured, never read "reproduced": the benchmark's make-up
  (task and language counts) is *consistent with the spec* (its task registry) or *differs
  from the spec*; a dataset size is *counted from the data* when the loaded rows equal it.

Aggregates leave out a target whose result cannot be compared (BUCC from the hub's
gold-only copies: no distractors) and, on tiers with a random-init control, a stand-in
target on which the pretrained encoder does not beat the control (it shows no transfer, so
no intermediate-task effect on transfer either); each is named with its reason.

The best intermediate task per target is chosen on one half of every evaluation set and the
gain measured on the other half (``CellResult.extra["parts"]``), so that selection noise does
not inflate the reported gain.
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from replicate.heldout import REPORT, SELECT
from replicate.model import MULTI, NO_INTERMEDIATE, CellResult, ClaimOutcome, Decision
from replicate.spec import ClaimSpec, PaperSpec, TierSpec

ALPHA = 0.05  # the sign test's false-positive rate under a null effect

RULES = (
    "**Decision rule.** *reproduced* needs a tier that can reproduce magnitudes (the paper's model, data and "
    "settings), the claim's sign in the mean gain and in a majority of seeds, and |measured − claimed| ≤ "
    "max({floor} points, {share:.0%} of the claim, {se:g} × the standard error over seeds). A run whose seeds' "
    "standard deviation exceeds the claimed effect is *inconclusive*: it cannot tell the effect from none. "
    "Why these numbers: published seed spreads are about 0.5–0.7 points on a 9-task average gain, so 1.5 points "
    "is about two spreads; 20% keeps large effects from needing sub-point agreement; {se:g} standard errors "
    "admit the run's own seed noise in the mean without letting noise pass (the spread rule and the sign rules "
    "come first). A tier that cannot reproduce magnitudes shows at most a *direction*: a one-sided exact sign "
    "test over the per-target, per-seed gains must reject \"no effect\" at {alpha:.0%} (under a null effect it "
    "passes at most {alpha:.0%} of the time; it treats the gains as independent, which gains sharing one "
    "intermediate-trained encoder per seed only approximate). Counted facts are never *reproduced*: the "
    "benchmark's make-up is *consistent with the spec* (its task registry, not a measurement), a dataset size "
    "is *counted from the data* when the loaded rows equal it."
)


def rules_text(spec: PaperSpec) -> str:
    t = spec.tolerance
    return RULES.format(floor=t["floor"], share=t["share"], se=standard_errors(spec), alpha=ALPHA)


def standard_errors(spec: PaperSpec) -> float:
    return float(spec.tolerance.get("standard_errors", 2.0))


def mean_over(tier: TierSpec) -> str:
    """Which languages a task's figure averages: "all" (XTREME) or "zero-shot" (synthetic tiers)."""
    return tier.mean_over


def main_encoder(tier: TierSpec) -> str:
    return tier.encoders[0]


# ----------------------------------------------------------------------------- figures

Key = tuple[str, str, str, int]  # (encoder, intermediate, target, seed)


def _figure(scores: dict[str, float], how: str) -> float | None:
    langs = [v for lang, v in scores.items() if how == "all" or lang != "en"]
    return statistics.fmean(langs) if langs else None


def has_parts(r: CellResult) -> bool:
    parts = r.extra.get("parts")
    return isinstance(parts, dict) and SELECT in parts and REPORT in parts


def _index(results: Sequence[CellResult], tier: TierSpec, part: str | None = None) -> dict[Key, float]:
    """Each cell's task figure on its full evaluation sets, or on one half (``part``)."""
    how = mean_over(tier)
    out = {}
    for r in results:
        scores: dict[str, float] = r.scores if part is None else r.extra["parts"][part]  # type: ignore[index]
        v = _figure(scores, how)
        if v is not None:
            out[(r.cell.model, r.cell.intermediate, r.cell.target, r.cell.seed)] = v
    return out


@dataclass(frozen=True)
class Gains:
    """target → seed → gain of a cell over its no-intermediate baseline, and what it averages."""

    table: dict[str, dict[int, float]]
    targets: list[str]  # the targets the aggregate is over

    @property
    def per_seed(self) -> dict[int, float]:
        """Mean over targets, for the seeds where every target has both cells."""
        seeds = set.intersection(*(set(v) for v in self.table.values())) if self.table else set()
        if len(self.table) < len(self.targets):
            return {}
        return {s: statistics.fmean(self.table[t][s] for t in self.targets) for s in sorted(seeds)}

    @property
    def per_task(self) -> dict[str, float]:
        return {t: statistics.fmean(v.values()) for t, v in self.table.items() if v}

    @property
    def pairs(self) -> list[float]:
        """Every per-target, per-seed gain: what the sign test counts."""
        return [g for v in self.table.values() for g in v.values()]


def _gains(idx: dict[Key, float], tier: TierSpec, chosen: dict[str, str], targets: Sequence[str]) -> Gains:
    enc = main_encoder(tier)
    table: dict[str, dict[int, float]] = {}
    for t in targets:
        inter = chosen.get(t)
        for seed in tier.seeds:
            a, b = idx.get((enc, inter or "", t, seed)), idx.get((enc, NO_INTERMEDIATE, t, seed))
            if a is not None and b is not None:
                table.setdefault(t, {})[seed] = a - b
    return Gains(table, list(targets))


def gains(results: Sequence[CellResult], tier: TierSpec, intermediate: str,
          targets: Sequence[str] | None = None) -> Gains:
    """The gain of one intermediate task (or task mix) over none, per target and seed."""
    ts = list(targets if targets is not None else tier.targets)
    return _gains(_index(results, tier), tier, {t: intermediate for t in ts}, ts)


def best_intermediates(results: Sequence[CellResult], tier: TierSpec, part: str | None = None) -> dict[str, str]:
    """Per target, the intermediate task with the best score averaged over seeds (on the
    half ``part`` of the evaluation sets, or on all of them): chosen once for all seeds, as
    the paper picks one best model per target task, rather than the best of each seed."""
    idx = _index(results, tier, part)
    enc = main_encoder(tier)
    chosen = {}
    for t in tier.targets:
        means = {i: statistics.fmean(v) for i in tier.intermediates if i != NO_INTERMEDIATE
                 if (v := [idx[(enc, i, t, s)] for s in tier.seeds if (enc, i, t, s) in idx])}
        if means:
            chosen[t] = max(means, key=lambda i: means[i])
    return chosen


def best_gains(results: Sequence[CellResult], tier: TierSpec, chosen: dict[str, str] | None = None,
               targets: Sequence[str] | None = None) -> tuple[Gains, dict[str, str], str]:
    """The gain of each target's best intermediate task: chosen on one half of the evaluation
    sets and measured on the other where every cell carries both halves; otherwise chosen and
    measured on the same data, which the returned description says (the gain is then biased up)."""
    ts = list(targets if targets is not None else tier.targets)
    main = [r for r in results if r.cell.model == main_encoder(tier) and r.cell.target in ts]
    held_out = bool(main) and all(has_parts(r) for r in main)
    if chosen is None:
        chosen = best_intermediates(results, tier, SELECT if held_out else None)
    if held_out:
        how = ("chosen on one half of each evaluation set (every other example), the gain measured on the other "
               "half: selection and measurement on disjoint data")
        idx = _index(results, tier, REPORT)
    else:
        how = ("chosen and measured on the same evaluation data (these cells carry no held-out halves): the best "
               "of several intermediate tasks on the data that scores it, so the gain is biased upward")
        idx = _index(results, tier)
    return _gains(idx, tier, chosen, ts), chosen, how


# ----------------------------------------------------------------------------- exclusions


def excluded_targets(results: Sequence[CellResult], tier: TierSpec) -> dict[str, str]:
    """Targets an aggregate leaves out, with why: results flagged not comparable, and stand-ins
    on which the pretrained encoder does not beat its random-init control."""
    out: dict[str, str] = {}
    for r in results:
        why = r.extra.get("not_comparable")
        if why and r.cell.target in tier.targets:
            out.setdefault(r.cell.target, f"not comparable with the paper: {why}")
    for t, langs in transfer_table(results, tier).items():
        if langs and t not in out:
            pre = statistics.fmean(a for a, _ in langs.values())
            ctl = statistics.fmean(b for _, b in langs.values())
            if pre <= ctl:
                out[t] = (f"the pretrained encoder does not beat its random-init control ({pre:.1f} vs {ctl:.1f}): "
                          "a stand-in that shows no transfer cannot show an intermediate task's effect on transfer")
    return out


# ----------------------------------------------------------------------------- the decision


@dataclass(frozen=True)
class SignTest:
    """One-sided exact sign test: how many gains have the claim's sign, and the probability
    of at least that many under a null effect (each sign with probability ½, zeros dropped)."""

    agree: int
    disagree: int
    zeros: int
    p_value: float  # P(X ≥ agree), X ~ Binomial(agree + disagree, ½)

    @property
    def n(self) -> int:
        return self.agree + self.disagree

    def words(self, claim_sign: str) -> str:
        return (f"one-sided exact sign test over {self.n + self.zeros} per-target, per-seed gains: {self.agree} "
                f"{claim_sign}, {self.disagree} against" + (f", {self.zeros} zero (dropped)" if self.zeros else "")
                + f"; p = {self.p_value:.3g}")


def binomial_tail(k: int, n: int) -> float:
    """P(X ≥ k) for X ~ Binomial(n, ½), exactly."""
    if k <= 0:
        return 1.0
    return float(sum(math.comb(n, i) for i in range(k, n + 1))) / float(2**n)


def sign_test(values: Iterable[float], positive: bool) -> SignTest:
    vals = list(values)
    agree = sum(1 for v in vals if (v > 0 if positive else v < 0))
    disagree = sum(1 for v in vals if (v < 0 if positive else v > 0))
    zeros = len(vals) - agree - disagree
    return SignTest(agree, disagree, zeros, binomial_tail(agree, agree + disagree))


def tolerance(spec: PaperSpec, claimed: float, se: float) -> float:
    """max(floor, share·|claimed|, standard_errors·SE)."""
    t = spec.tolerance
    return max(t["floor"], t["share"] * abs(claimed), standard_errors(spec) * se)


def _caveats(claim: ClaimSpec) -> list[str]:
    out = []
    if claim.split == "test":
        out.append("the paper's number is on the benchmark's test sets (labels held by the benchmark); this runner "
                   "measures the development sets, so even the paper tier compares a dev gain with a test gain")
    if not claim.verified:
        out.append("unverified: the claimed number was not found in the paper's public text; see the spec's source")
    return out


def decide(spec: PaperSpec, tier: TierSpec, claim: ClaimSpec, per_seed: dict[int, float], per_task: dict[str, float],
           what: str, *, pairs: Sequence[float] | None = None, excluded: dict[str, str] | None = None,
           selection: str = "") -> ClaimOutcome:
    """The decision for a measured gain; see the module docstring. ``pairs``: the per-target,
    per-seed gains the sign test counts (default: the per-seed means)."""
    base = dict(per_task=per_task, excluded=dict(excluded or {}), selection=selection, caveats=_caveats(claim))
    if not per_seed:
        return ClaimOutcome(claim.id, claim.claimed, None, None, 0, None, Decision.NOT_RUN,
                            f"not run: no complete set of cells for {what}", **base)  # type: ignore[arg-type]
    values = list(per_seed.values())
    n = len(values)
    m = statistics.fmean(values)
    sd = statistics.stdev(values) if n > 1 else 0.0
    positive = claim.claimed > 0
    sign_word = "positive" if positive else "negative"
    test = sign_test(pairs if pairs is not None else values, positive)
    evidence = test.words(sign_word)
    if not tier.reproduces_magnitude:
        against = sign_test(pairs if pairs is not None else values, not positive)
        if test.p_value <= ALPHA:
            decision, why = Decision.DIRECTION_ONLY, f"the claim's direction at {ALPHA:.0%}"
        elif against.p_value <= ALPHA:
            decision, why = Decision.NOT_REPRODUCED, f"the opposite direction at {ALPHA:.0%} (p = {against.p_value:.3g})"
        else:
            decision, why = Decision.INCONCLUSIVE, f"no direction at {ALPHA:.0%}"
        kind = "synthetic stand-in " if tier.synthetic else ""
        note = (f"{tier.name} tier, {kind}{what}: mean gain {m:+.2f} over {n} seeds; sign test: {why}; "
                f"a {tier.name} tier cannot reproduce a magnitude, its size says nothing about the paper's")
        return ClaimOutcome(claim.id, claim.claimed, m, sd, n, None, decision, note, evidence=evidence,
                            p_value=test.p_value, **base)  # type: ignore[arg-type]
    se = sd / math.sqrt(n) if n > 1 else 0.0
    tol = tolerance(spec, claim.claimed, se)
    agreeing = sum(1 for v in values if (v > 0 if positive else v < 0))
    note = (f"{what}: mean {m:+.2f}, seed sd {sd:.2f}, {agreeing} of {n} seeds {sign_word}; "
            f"|{m:.2f} − {claim.claimed:g}| = {abs(m - claim.claimed):.2f} vs tolerance {tol:.2f}")
    if n > 1 and sd > abs(claim.claimed):
        decision = Decision.INCONCLUSIVE
        note += f"; the seeds' sd ({sd:.2f}) exceeds the claimed effect: the run cannot tell it from no effect"
    elif (m > 0) != positive or m == 0:
        decision = Decision.NOT_REPRODUCED
        note += "; the mean gain has the wrong sign"
    elif agreeing * 2 <= n:
        decision = Decision.NOT_REPRODUCED
        note += "; no majority of seeds has the claim's sign"
    elif abs(m - claim.claimed) <= tol:
        decision = Decision.REPRODUCED
    else:
        decision = Decision.NOT_REPRODUCED
        note += "; outside the tolerance"
    if n == 1:
        note += "; one seed: its spread is unknown"
    return ClaimOutcome(claim.id, claim.claimed, m, sd, n, tol, decision, note, evidence=evidence,
                        p_value=test.p_value, **base)  # type: ignore[arg-type]


def _decide_gains(spec: PaperSpec, tier: TierSpec, claim: ClaimSpec, g: Gains, what: str,
                  excluded: dict[str, str], selection: str = "") -> ClaimOutcome:
    return decide(spec, tier, claim, g.per_seed, g.per_task, what, pairs=g.pairs, excluded=excluded, selection=selection)


Counts = dict[str, tuple[int, str]]  # task → (training rows counted, what was counted where)


def _not_run(claim: ClaimSpec, why: str) -> ClaimOutcome:
    return ClaimOutcome(claim.id, claim.claimed, None, None, 0, None, Decision.NOT_RUN, f"not run: {why}",
                        caveats=_caveats(claim))


def _exact(claim: ClaimSpec, value: int, note: str, same: Decision, differs: Decision) -> ClaimOutcome:
    """A counted claim: it holds only when the count equals it."""
    ok = value == int(claim.claimed)
    return ClaimOutcome(claim.id, claim.claimed, float(value), 0.0, 1, 0.0, same if ok else differs,
                        note + ("" if ok else f"; differs from the claim by {value - int(claim.claimed):+,}"),
                        caveats=_caveats(claim))


def decide_count(claim: ClaimSpec, counts: Counts | None) -> ClaimOutcome:
    """A dataset-size claim against the rows counted in the loaded data. A count is exact:
    the claim holds only when the numbers are equal (any difference is another version or
    filter of the data, which the note names)."""
    task = claim.task or ""
    if not counts or task not in counts:
        return _not_run(claim, f"the training rows of {task} were not counted (`replicate count --data-dir DIR`, or a run of "
                               "a tier that loads the real data)")
    rows, where = counts[task]
    return _exact(claim, rows, f"counted {where}", Decision.COUNTED, Decision.DIFFERS_FROM_DATA)


def decide_registry(spec: PaperSpec, claim: ClaimSpec) -> ClaimOutcome:
    """A claim about the benchmark's make-up, against the task registry of the spec (the
    XTREME configurations the loaders read): how many intermediate and target tasks, the most
    languages one target task has. The registry was written from the paper, so agreement is
    consistency, not a reproduction."""
    targets = {n: t for n, t in spec.tasks.items() if t.role == "target"}
    if claim.quantity in ("target_task_count", "intermediate_task_count"):
        role = claim.quantity.split("_")[0]
        tasks = [n for n, t in spec.tasks.items() if t.role == role]
        value, where = len(tasks), f"{len(tasks)} {role} tasks in the registry: {', '.join(tasks)}"
    else:
        widest = max(targets.values(), key=lambda t: len(t.languages))
        value, where = len(widest.languages), f"{widest.name} lists {len(widest.languages)} languages, the most of any target task"
    return _exact(claim, value, f"counted in the spec's task registry (not measured): {where}",
                  Decision.CONSISTENT_WITH_SPEC, Decision.DIFFERS_FROM_SPEC)


def compare(spec: PaperSpec, tier: TierSpec, results: Sequence[CellResult], counts: Counts | None = None) -> list[ClaimOutcome]:
    out = []
    synthetic = tier.synthetic
    excluded = excluded_targets(results, tier)
    targets = [t for t in tier.targets if t not in excluded]
    for claim in spec.claims:
        if claim.quantity in ("intermediate_gain", "best_per_target_gain", "multi_task_gain") and not targets:
            out.append(_not_run(claim, "every target task is left out of the aggregate: "
                                       + "; ".join(f"{t}: {w}" for t, w in excluded.items())))
        elif claim.quantity == "intermediate_gain":
            task = claim.intermediate or ""
            task_run = tier.stand_ins.get(task) if synthetic else task
            if task_run is None:
                out.append(_not_run(claim, f"the {tier.name} tier has no synthetic stand-in for {task}"))
            elif task_run not in tier.intermediates:
                out.append(_not_run(claim, f"the {tier.name} tier does not run intermediate task {task_run}"))
            else:
                g = gains(results, tier, task_run, targets)
                out.append(_decide_gains(spec, tier, claim, g, f"{task_run} for {task}" if synthetic else task, excluded))
        elif claim.quantity == "best_per_target_gain":
            g, chosen, how = best_gains(results, tier, targets=targets)
            picks = ", ".join(f"{t}: {chosen[t]}" for t in targets if t in chosen)
            out.append(_decide_gains(spec, tier, claim, g, f"best intermediate task per target ({picks})", excluded, how))
        elif claim.quantity == "multi_task_gain":
            if tier.multi_task is None:
                out.append(_not_run(claim, f"the {tier.name} tier has no multi-task intermediate mix"))
            else:
                g = gains(results, tier, tier.multi_task, targets)
                out.append(_decide_gains(spec, tier, claim, g, f"multi-task mix {tier.multi_task[len(MULTI):]}", excluded))
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
