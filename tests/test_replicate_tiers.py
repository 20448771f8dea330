"""Typed tiers: every key of a tier is checked when the spec loads, errors name the key; what
a tier can show is a field, not its name; planning needs no torch."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace
from importlib import resources
from pathlib import Path

import pytest

from replicate.compare import compare
from replicate.errors import ReplicateError, SpecError
from replicate.model import NO_INTERMEDIATE, Cell, CellResult, Decision
from replicate.plan import PUBLISHED, estimate
from replicate.spec import ModelSize, load_spec

SPEC = load_spec()
ROOT = Path(__file__).resolve().parent.parent


def _spec_with(tmp_path: Path, old: str, new: str) -> Path:
    text = resources.files("replicate.specs").joinpath("phang2020.toml").read_text("utf-8")
    assert old in text
    path = tmp_path / "s.toml"
    path.write_text(text.replace(old, new, 1), "utf-8")
    return path


@pytest.mark.parametrize("old, new, message", [
    ("[tiers.micro.model_size]\nhidden = 64", "[tiers.micro.model_size]\nhiden = 64",
     "tiers.micro.model_size.hiden: unknown key (known: hidden, layers"),
    ("threads = 1  #", 'threads = "one"  #', "tiers.micro.threads: expected an integer, not 'one'"),
    ('mean_over = "zero-shot"  #', 'mean_over = "english"  #', "tiers.micro.mean_over: 'english' is neither"),
    ("[tiers.base.limits]\nmax_train_examples = 20000", "[tiers.base.limits]\nmax_train_examples = 2e4",
     "tiers.base.limits.max_train_examples: expected an integer, not 20000.0"),
    ("[tiers.micro.pretraining]\nbenchmark = \"micro\"", "[tiers.micro.pretraining]\nmask_probability = 0.2",
     "tiers.micro.pretraining.benchmark: missing"),
    ("[tiers.micro.model_size]\nhidden = 64", "[tiers.micro.extras]\nsize = 1\n[tiers.micro.model_size]\nhidden = 64",
     "tiers.micro.extras: replaced by typed tables"),
    ("[tiers.paper.per_task]\nepochs = { xnli = 2,", "[tiers.paper.per_task]\nepochs = { xnlii = 2,",
     "tiers.paper.per_task.epochs.xnlii: unknown task"),
    ("[tiers.micro.model_size]\nhidden = 64", "[tiers.micro.model_size]\nhidden = 0",
     "tiers.micro.model_size.hidden: must be at least 1"),
])
def test_a_bad_tier_key_is_named(tmp_path: Path, old: str, new: str, message: str) -> None:
    with pytest.raises(SpecError) as err:
        load_spec(path=_spec_with(tmp_path, old, new))
    assert message in str(err.value)


def test_tiers_are_typed_and_the_paper_tier_alone_reproduces_magnitudes() -> None:
    micro, base, paper = SPEC.tier("micro"), SPEC.tier("base"), SPEC.tier("paper")
    assert micro.synthetic and micro.model_size == ModelSize(hidden=64, layers=2, heads=4, ffn=128)
    assert micro.pretraining is not None and micro.pretraining.benchmark == "micro" and micro.threads == 1
    assert not base.synthetic and base.limits.max_train_examples == 20000 and "sw" in base.limits.languages
    assert [t.name for t in SPEC.tiers.values() if t.reproduces_magnitude] == ["paper"]
    assert paper.speedup == 1.0 and base.speedup == 3.0


def test_phase_and_encoding_apply_the_per_task_settings() -> None:
    paper = SPEC.tier("paper")
    xquad = paper.phase("target", "xquad")
    assert (xquad.batch_size, xquad.epochs, paper.encoding("xquad", xquad).max_length) == (16, 2, 384)
    xnli = paper.phase("target", "xnli")
    assert (xnli.batch_size, xnli.epochs, paper.encoding("xnli", xnli).max_length) == (32, 2, 256)
    assert paper.phase("intermediate", "xquad") == paper.phases["intermediate"]  # per-task epochs are the target's
    with pytest.raises(SpecError, match=r"tiers.paper.phases.pretrain"):
        paper.phase("pretrain", "mnli")


def test_fingerprint_follows_what_determines_results() -> None:
    micro = SPEC.tier("micro")
    assert replace(micro, description="other words").fingerprint == micro.fingerprint
    assert replace(micro, model_size=ModelSize(hidden=32)).fingerprint != micro.fingerprint
    assert replace(micro, threads=2).fingerprint != micro.fingerprint


def _paper_results(gain: float) -> list[CellResult]:
    tier = SPEC.tier("paper")
    out = []
    for seed in tier.seeds:
        for target in tier.targets:
            for inter, score in ((NO_INTERMEDIATE, 50.0), ("squad", 50.0 + gain + 0.1 * seed)):
                cell = Cell(SPEC.id, tier.name, tier.model, inter, target, seed)
                out.append(CellResult(cell, "accuracy", {"en": score, "de": score}, None, tier.fingerprint, 1.0))
    return out


def test_what_a_tier_can_show_is_a_field_not_its_name() -> None:
    paper = SPEC.tier("paper")
    results = _paper_results(8.2)

    def decisions(tier: object) -> dict[str, Decision]:
        return {o.claim_id: o.decision for o in compare(SPEC, tier, results)}  # type: ignore[arg-type]

    assert decisions(replace(paper, name="renamed")) == decisions(paper)
    assert decisions(paper)["squad-gain"] is Decision.REPRODUCED
    reduced = decisions(replace(paper, reproduces_magnitude=False))
    assert reduced["squad-gain"] is not Decision.REPRODUCED


def test_errors_share_one_base_with_an_exit_code() -> None:
    from replicate import errors

    kinds = [errors.SpecError, errors.StoreError, errors.TaskDataError, errors.DataUnavailable,
             errors.FatalCellError, errors.NotAvailableOffline]
    assert all(issubclass(k, ReplicateError) and k.exit_code in (1, 2) for k in kinds)
    assert errors.FatalCellError.during_run and not errors.SpecError.during_run


def test_plan_explains_its_estimate_beside_the_comparison_figure() -> None:
    est = estimate(SPEC, SPEC.tier("paper"))
    assert est is not None
    assert sum(est.breakdown.values()) == pytest.approx(est.gpu_hours_per_seed)
    assert est.breakdown["multi-task mix"] > 0 and est.breakdown["intermediate anli+"] > est.breakdown["intermediate sst2"]
    text = "\n".join(est.explanation())
    assert PUBLISHED in text and f"without the mix it is {est.gpu_hours_per_seed - est.breakdown['multi-task mix']:.1f} h" in text


def test_plan_imports_no_torch() -> None:
    code = ("import sys; from replicate.cli import main; code = main(['plan', '--tier', 'paper']); "
            "heavy = [m for m in ('torch', 'transformers', 'datasets', 'numpy') if m in sys.modules]; "
            "print('HEAVY', heavy); sys.exit(code)")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "HEAVY []" in done.stdout and "cells: 297" in done.stdout and "where one seed's hours go" in done.stdout


def test_only_the_paper_tier_is_put_beside_the_published_figure() -> None:
    base = estimate(SPEC, SPEC.tier("base"))
    assert base is not None and not any(PUBLISHED in line for line in base.explanation())
    assert not any("licensed" in a for a in base.assumptions)  # the base tier reads no CCGbank
