"""The paper spec, claim matching on the sample reports, the plan, comparison decisions."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from replicate.compare import best_gains, best_intermediates, compare, decide, decide_count, decide_registry, tolerance
from replicate.model import NO_INTERMEDIATE, Cell, CellResult, Decision
from replicate.plan import estimate, grid
from replicate.spec import SpecError, load_spec, match_claims, numbers_in, texts_from

SAMPLES = sorted((Path(__file__).parent.parent / "data" / "reports").glob("*.txt"))
SPEC = load_spec()


def test_spec_loads_with_all_tasks_and_tiers() -> None:
    inter = {n for n, t in SPEC.tasks.items() if t.role == "intermediate"}
    target = {n for n, t in SPEC.tasks.items() if t.role == "target"}
    assert inter == {"anli+", "ccg", "commonsenseqa", "cosmosqa", "hellaswag", "mnli", "qqp", "squad", "sst2"}
    assert target == {"xnli", "pawsx", "udpos", "panx", "xquad", "mlqa", "tydiqa", "bucc", "tatoeba"}
    assert {"paper", "base", "micro", "mini"} <= set(SPEC.tiers)
    assert SPEC.tasks["anli+"].train_size == 549_367 + 392_702 + 162_865
    with pytest.raises(SpecError, match="unknown tier"):
        SPEC.tier("huge")


def test_bad_spec_is_a_clear_error(tmp_path: Path) -> None:
    bad = tmp_path / "x.toml"
    bad.write_text('id = "x"\n[tiers.a]\nmodel = 1\n')
    with pytest.raises(SpecError, match="missing or unexpected field"):
        load_spec(path=bad)
    with pytest.raises(SpecError, match="bad spec name"):
        load_spec("../etc/passwd")


def test_claims_of_the_samples_map_to_the_headline_and_size_claims() -> None:
    texts = [t for p in SAMPLES for t in texts_from(p)]
    matched = {m.spec.id for m in match_claims(texts, SPEC)}
    assert matched == {"squad-gain", "mnli-gain", "hellaswag-gain", "multi-task-gain", "xtreme-best-gain",
                       "anli-size", "mnli-size", "squad-size", "intermediate-task-count", "target-task-count",
                       "language-count"}
    merged = [m for m in match_claims(texts, SPEC) if "SQuAD, MNLI, and HellaSwag" in m.text]
    assert {m.spec.id for m in merged} == {"squad-gain", "mnli-gain", "hellaswag-gain"}


def test_audit_json_is_read_leniently(tmp_path: Path) -> None:
    p = tmp_path / "a.json"
    p.write_text('{"claims": [{"index": 1, "text": "Multi-task training on all 9 tasks improves by 8.7 points."}]}')
    assert [m.spec.id for m in match_claims(texts_from(p), SPEC)] == ["multi-task-gain"]
    (tmp_path / "b.json").write_text("{not json")
    with pytest.raises(SpecError, match="not a readable JSON"):
        texts_from(tmp_path / "b.json")


def test_paper_grid_and_estimate() -> None:
    tier = SPEC.tier("paper")
    cells = grid(SPEC, tier)
    # none + nine single tasks + the multi-task mix of all nine, × nine targets × three seeds
    assert len(cells) == 11 * 9 * 3
    assert tier.multi_task in {c.intermediate for c in cells}
    est = estimate(SPEC, tier)
    assert est is not None and est.gpu_hours == pytest.approx(est.gpu_hours_per_seed * 3)
    assert any("ASSUMED" in a for a in est.assumptions)
    assert estimate(SPEC, SPEC.tier("micro")) is None


def _result(model: str, inter: str, target: str, seed: int, score: float) -> CellResult:
    return CellResult(Cell("phang2020", "micro", model, inter, target, seed), "accuracy", {"xa": score, "xb": score},
                      None, "f", 1.0)


def test_tolerance_rule() -> None:
    assert tolerance(SPEC, 8.2, 0.1) == pytest.approx(1.64)  # 20% of 8.2
    assert tolerance(SPEC, 5.4, 0.9) == pytest.approx(1.8)  # 2 sigma
    assert tolerance(SPEC, 2.0, 0.1) == pytest.approx(1.5)  # the floor


def test_micro_grid_runs_the_control_without_intermediate_tasks() -> None:
    tier = SPEC.tier("micro")
    cells = grid(SPEC, tier)
    assert len(cells) == (5 * 5 + 1 * 5) * 2
    assert {c.intermediate for c in cells if c.model == "random"} == {NO_INTERMEDIATE}


def test_micro_decisions_are_direction_only_at_best() -> None:
    tier = SPEC.tier("micro")
    results = []
    for seed in tier.seeds:
        for target in tier.targets:
            results.append(_result("pretrained", NO_INTERMEDIATE, target, seed, 50.0))
            results.append(_result("pretrained", "syn-nli", target, seed, 55.0 + seed))
            results.append(_result("pretrained", "syn-mc", target, seed, 49.0 - seed))
            results.append(_result("pretrained", "syn-qa", target, seed, 50.0 + (1 if seed == 1 else -1)))
            results.append(_result("pretrained", tier.multi_task, target, seed, 53.0))
    outcomes = {o.claim_id: o for o in compare(SPEC, tier, results)}
    # 10 per-target, per-seed gains, all positive: sign test p = 1/1024
    assert outcomes["mnli-gain"].decision is Decision.DIRECTION_ONLY
    assert outcomes["mnli-gain"].measured_mean == pytest.approx(6.5)
    assert outcomes["mnli-gain"].p_value == pytest.approx(1 / 1024)
    assert outcomes["hellaswag-gain"].decision is Decision.NOT_REPRODUCED  # all negative: the opposite direction
    assert "opposite direction" in outcomes["hellaswag-gain"].note
    assert outcomes["squad-gain"].decision is Decision.INCONCLUSIVE  # +1 and −1: 5 of 10 positive
    assert "no direction" in outcomes["squad-gain"].note
    assert outcomes["multi-task-gain"].decision is Decision.DIRECTION_ONLY
    assert outcomes["multi-task-gain"].measured_mean == pytest.approx(3.0)
    assert outcomes["anli-size"].decision is Decision.NOT_RUN
    best = outcomes["xtreme-best-gain"]
    assert best.decision is Decision.DIRECTION_ONLY and best.measured_mean == pytest.approx(6.5)  # syn-nli everywhere
    assert all(o.tolerance is None for o in outcomes.values() if o.claim_id.endswith("-gain"))  # no magnitude at micro size


def test_best_intermediate_is_chosen_once_over_seeds() -> None:
    # syn-nli wins seed 1 by a little, syn-mc seed 2 by a lot: the mean over seeds picks syn-mc
    # for both seeds rather than the best of each seed.
    tier = SPEC.tier("micro")
    results = [_result("pretrained", NO_INTERMEDIATE, t, s, 50.0) for t in tier.targets for s in tier.seeds]
    results += [_result("pretrained", "syn-nli", t, 1, 56.0) for t in tier.targets]
    results += [_result("pretrained", "syn-nli", t, 2, 50.0) for t in tier.targets]
    results += [_result("pretrained", "syn-mc", t, 1, 55.0) for t in tier.targets]
    results += [_result("pretrained", "syn-mc", t, 2, 60.0) for t in tier.targets]
    assert set(best_intermediates(results, tier).values()) == {"syn-mc"}
    g, _, how = best_gains(results, tier)
    assert g.per_seed == {1: pytest.approx(5.0), 2: pytest.approx(10.0)}
    assert "biased upward" in how  # these cells carry no held-out halves


def test_dataset_size_claims_need_the_exact_count() -> None:
    claim = next(c for c in SPEC.claims if c.id == "mnli-size")
    assert decide_count(claim, {"mnli": (392_702, "rows of glue mnli train")}).decision is Decision.COUNTED
    off = decide_count(claim, {"mnli": (392_700, "rows of glue mnli train")})
    assert off.decision is Decision.DIFFERS_FROM_DATA and "-2" in off.note
    assert decide_count(claim, {}).decision is Decision.NOT_RUN


def test_zero_shot_tiers_leave_english_out_of_the_mean() -> None:
    r = CellResult(Cell("phang2020", "micro", "pretrained", "none", "syn-topic", 1), "accuracy",
                   {"en": 100.0, "xa": 40.0, "xb": 60.0}, None, "f", 1.0)
    assert r.aggregate("zero-shot") == 50.0 and r.aggregate("all") == pytest.approx(200 / 3)
    with pytest.raises(ValueError):
        r.aggregate("some")


def test_paper_tier_can_reproduce() -> None:
    tier = SPEC.tier("paper")
    claim = next(c for c in SPEC.claims if c.id == "squad-gain")
    assert decide(SPEC, tier, claim, {1: 7.6, 2: 8.0, 3: 7.8}, {}, "squad").decision is Decision.REPRODUCED
    assert decide(SPEC, tier, claim, {1: 3.0, 2: 3.2, 3: 2.9}, {}, "squad").decision is Decision.NOT_REPRODUCED
    assert decide(SPEC, tier, claim, {}, {}, "squad").decision is Decision.NOT_RUN


def test_claim_audit_json_gives_its_claims_only(tmp_path: Path) -> None:
    p = tmp_path / "r.audit.json"
    p.write_text(json.dumps({"claims": [{"index": 1, "text": "MNLI has 392,702 training examples."}],
                             "sources": [{"passages": [{"text": "SQuAD gains 8.2 points"}]}]}))
    assert texts_from(p) == ["MNLI has 392,702 training examples."]


def test_benchmark_make_up_claims_are_counted_in_the_registry() -> None:
    outcomes = {o.claim_id: o for o in compare(SPEC, SPEC.tier("micro"), [])}
    for cid, value in (("intermediate-task-count", 9), ("target-task-count", 9), ("language-count", 40)):
        assert outcomes[cid].decision is Decision.CONSISTENT_WITH_SPEC and outcomes[cid].measured_mean == value
    assert "panx" in outcomes["language-count"].note
    wrong = next(c for c in SPEC.claims if c.id == "target-task-count")
    from dataclasses import replace

    assert decide_registry(SPEC, replace(wrong, claimed=7)).decision is Decision.DIFFERS_FROM_SPEC


def test_numbers_written_as_words_count() -> None:
    assert numbers_in("nine different English intermediate tasks") == {9.0}
    assert numbers_in("someone gave 1,104,934 rows") == {1104934.0}
