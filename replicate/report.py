"""The markdown replication report, and its JSON twin for machines: schema
``replicate.report/3``, a JSON Schema in ``replicate/report.schema.json`` (claims as
``ClaimOutcome``, cells as ``CellResult``, the cells that failed with their error)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import asdict
from pathlib import Path

from claimcheck.render.escape import md_cell, md_inline
from replicate.compare import excluded_targets, mean_over, rules_text, transfer_table
from replicate.model import Cell, CellResult, ClaimOutcome, Decision
from replicate.spec import PaperSpec, TierSpec
from replicate.store import atomic_write

SYNTHETIC_LEAD = (
    "**What a {tier} run can show, and what it cannot.** It runs the paper's whole method — "
    "pretraining an encoder (here: masked language modelling on a synthetic multilingual corpus), "
    "English intermediate-task training, English target-task training and zero-shot evaluation in the "
    "other languages — on a toy benchmark and a {layers}-layer, {hidden}-wide encoder. It can show that the "
    "pipeline works end to end, whether cross-lingual transfer appears at all (pretrained encoder against a "
    "random-initialised control), and, where a stated test finds one, the direction of an intermediate-task "
    "effect at this size. It cannot show the paper's magnitudes: no number below is comparable to the paper's, "
    "and nothing in this report is a reproduction of the paper. (Claims on the benchmark's make-up — how many "
    "tasks, how many languages — are compared with the spec's task registry, which was written from the paper: "
    "*consistent with the spec* is a check of the spec, not a measurement.)"
)
REDUCED_LEAD = (
    "**What a {tier} run can show.** A smaller model on subsets of the data and languages: at most the direction "
    "of each effect, where a stated test finds one, not the paper's magnitudes, so no gain can be *reproduced* "
    "by this tier."
)


def _fmt(v: float | None, digits: int = 2) -> str:
    return "—" if v is None else f"{v:.{digits}f}"


def render(spec: PaperSpec, tier: TierSpec, outcomes: Sequence[ClaimOutcome], results: Sequence[CellResult],
           failures: Sequence[tuple[Cell, str]] = (), wall_seconds: float | None = None) -> str:
    claims = {c.id: c for c in spec.claims}
    lines = [f"# Replication: {spec.title} (arXiv {spec.arxiv}) — tier `{tier.name}`", ""]
    if tier.synthetic:
        size = tier.model_size
        lines += [SYNTHETIC_LEAD.format(tier=tier.name, layers=size.layers if size else "?",
                                        hidden=size.hidden if size else "?"), ""]
    elif not tier.reproduces_magnitude:
        lines += [REDUCED_LEAD.format(tier=tier.name), ""]
    how = mean_over(tier)
    lines += [
        f"Tier: **{tier.name}** — {tier.description}. Model: `{tier.model}`; seeds {', '.join(map(str, tier.seeds))}; "
        f"{len(results)} cells" + (f"; {wall_seconds:.0f} s of compute recorded in the cells" if wall_seconds else "") + ". "
        + ("Task scores average the zero-shot languages (English, the training language, left out)."
           if how == "zero-shot" else "Task scores average every evaluation language, English included (as XTREME does)."),
        "",
        rules_text(spec),
        "",
        "## Claims",
        "",
        "| claim | claimed | measured (mean ± sd, seeds) | tolerance | decision | evidence | why |",
        "|---|---|---|---|---|---|---|",
    ]
    for o in outcomes:
        c = claims[o.claim_id]
        if o.measured_mean is None:
            measured = "—"
        elif c.unit in ("examples", "count"):  # counted, not measured over seeds
            measured = f"{o.measured_mean:,.0f}"
        else:
            measured = f"{o.measured_mean:+.2f} ± {_fmt(o.measured_spread)} ({o.seeds})"
        decision = f"**{o.decision.value}**" if o.decision is Decision.REPRODUCED else o.decision.value
        claimed = c.claimed_text + ("" if c.verified else " (unverified)")
        lines.append(f"| {md_cell(c.text)} | {md_cell(claimed)} | {measured} | {_fmt(o.tolerance)} | {decision} | "
                     f"{md_cell(o.evidence) or '—'} | {md_cell(o.note)} |")
    caveats = [(o.claim_id, text) for o in outcomes for text in o.caveats]
    if caveats:
        lines += ["", "**Caveats on the claims.**", ""]
        lines += [f"- {md_inline(cid)}: {md_inline(text)}" for cid, text in caveats]
    left_out = excluded_targets(results, tier)
    if left_out:
        lines += ["", "**Left out of every aggregate.**", ""]
        lines += [f"- {md_inline(t)}: {md_inline(why)}" for t, why in left_out.items()]
    for o in outcomes:
        if o.per_task:
            lines += ["", f"### Per target task behind {md_inline(o.claim_id)} (gain in points, mean over seeds)", ""]
            if o.selection:
                lines += [f"Best intermediate task per target {md_inline(o.selection)}.", ""]
            lines += ["| target | gain |", "|---|---|"]
            lines += [f"| {md_cell(t)} | {round(g, 2) + 0.0:+.2f} |" for t, g in sorted(o.per_task.items())]  # no "-0.00"
    transfer = transfer_table(results, tier)
    if transfer:
        lines += ["", "## Zero-shot transfer: pretrained encoder against the random-init control",
                  "", "No intermediate task; score per language (English is the training language and is not included), "
                  "mean over seeds.", ""]
        for target, langs in transfer.items():
            if not langs:
                continue
            lines += [f"**{target}**", "", "| language | pretrained | random init | difference |", "|---|---|---|---|"]
            for lang, (a, b) in sorted(langs.items()):
                lines.append(f"| {lang} | {a:.1f} | {b:.1f} | {a - b:+.1f} |")
            ma = sum(a for a, _ in langs.values()) / len(langs)
            mb = sum(b for _, b in langs.values()) / len(langs)
            lines += [f"| **mean** | **{ma:.1f}** | **{mb:.1f}** | **{ma - mb:+.1f}** |", ""]
    if failures:
        lines += ["", "## Cells that could not run", "", "| cell | error |", "|---|---|"]
        lines += [f"| {md_cell(c.key)} | {md_cell(e)} |" for c, e in failures]
    lines += ["", "## Cells", "",
              "| encoder | intermediate | target | seed | metric | English dev | English test | zero-shot mean | seconds |",
              "|---|---|---|---|---|---|---|---|---|"]
    for r in sorted(results, key=lambda r: (r.cell.model, r.cell.intermediate, r.cell.target, r.cell.seed)):
        lines.append(f"| {r.cell.model} | {r.cell.intermediate} | {r.cell.target} | {r.cell.seed} | {r.metric} | "
                     f"{_fmt(r.dev_score, 1)} | {_fmt(r.scores.get('en'), 1)} | {r.zero_shot_mean:.1f} | {r.wall_seconds:.1f} |")
    notes = sorted({n for r in results for n in r.extra.get("notes", []) or []})  # type: ignore[union-attr]
    if notes:
        lines += ["", "## Notes on the data", ""] + [f"- {md_inline(n)}" for n in notes]
    return "\n".join(lines) + "\n"


def write(out_dir: Path, spec: PaperSpec, tier: TierSpec, outcomes: Sequence[ClaimOutcome],
          results: Sequence[CellResult], failures: Sequence[tuple[Cell, str]] = ()) -> Path:
    md = out_dir / f"replication-{spec.id}-{tier.name}.md"
    wall = sum(r.wall_seconds for r in results)
    atomic_write(md, render(spec, tier, outcomes, results, failures, wall))
    atomic_write(md.with_suffix(".json"), json.dumps({
        "schema": "replicate.report/3", "paper": spec.id, "tier": tier.name, "fingerprint": tier.fingerprint,
        "mean_over": mean_over(tier), "tolerance": spec.tolerance, "rules": rules_text(spec),
        "claims": [asdict(o) | {"decision": o.decision.value} for o in outcomes],
        "cells": [asdict(r) for r in results],
        "failed": [{"cell": asdict(c), "error": e} for c, e in failures],
    }, indent=1, default=str) + "\n")
    return md
