"""The verdict rules against the labelled sets: the template set (data/calibration/) and
both halves of the real-text set (data/realclaims/, papers in data/realpapers/).

Both real halves are development data: the rules were tuned on *tune*, then changed in view
of the one clean run of *heldout* (see the README), so neither floor below measures
generalisation. Nor do the *fresh* and *fresh2* splits since the fourth round (measured
blind once each, then read while the rules changed); an independent split (*fresh3*) is
never loaded by these tests (see benchmarks/calibrate_verdicts.py). The floors are set a
little below what the current rules reach, and far above what the engine reached before
polarity, tables and numbers-as-written were added (accuracy 0.62 on real reports), so they
fail if those rules break."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
import calibrate_verdicts  # noqa: E402

# Measured when these floors were set (benchmarks/calibrate_verdicts.py, issue 13 second
# round): tune accuracy 0.966, macro-F1 0.946, recall S/C/P/NF 0.99/0.93/0.94/1.00,
# precision P/NF 0.94/0.79, per-version 0.925; heldout accuracy 0.952, macro-F1 0.921,
# recall 0.98/0.91/0.94/0.95, precision P/NF 0.89/0.73, per-version 0.847. Third round
# (parts, number-name binding): tune the same; heldout accuracy 0.957, macro-F1 0.928 —
# floors left as they were, the rules did not move them down.
FLOORS = {
    "tune": {"accuracy": 0.92, "macro_f1": 0.88, "drift": 0.88,
             "recall": {"supported": 0.95, "contradicted": 0.88, "partly supported": 0.8, "not found": 0.9},
             "precision": {"partly supported": 0.8, "not found": 0.7}},
    "heldout": {"accuracy": 0.9, "macro_f1": 0.86, "drift": 0.75,
                "recall": {"supported": 0.92, "contradicted": 0.85, "partly supported": 0.8, "not found": 0.85},
                "precision": {"partly supported": 0.75, "not found": 0.65}},
}


@pytest.fixture(scope="module")
def template() -> calibrate_verdicts.Result:
    return calibrate_verdicts.template_result()


@pytest.fixture(scope="module")
def loaded() -> tuple[dict, list[dict]]:  # type: ignore[type-arg]
    if not calibrate_verdicts.REAL_CLAIMS.exists():
        pytest.skip("data/realclaims/claims.jsonl is not built")
    return calibrate_verdicts.load_real()


@pytest.fixture(scope="module")
def real(loaded: tuple[dict, list[dict]]) -> dict[str, calibrate_verdicts.Result]:  # type: ignore[type-arg]
    versions, claims = loaded
    return {split: calibrate_verdicts.real_result(split, versions, [c for c in claims if c["split"] == split])
            for split in FLOORS}


# Share of each unlabelled check's sentences given the verdict its construction implies
# (measured when set: 150/150, 147/150, 18/18, 43/43, 42/43, 51/51, 41/41).
SANITY_FLOORS = {"verbatim": 0.97, "unrelated": 0.95, "number changed": 0.9, "item replaced": 0.85, "items reordered": 0.9,
                 "word reversed": 0.85, "verb negated": 0.9}


def test_unlabelled_checks_on_real_sentences(loaded: tuple[dict, list[dict]]) -> None:  # type: ignore[type-arg]
    versions, claims = loaded
    dev = {c["paper"] for c in claims if c["split"] in FLOORS}
    checks = calibrate_verdicts.sanity(versions, dev)
    for name, floor in SANITY_FLOORS.items():
        counts = checks[name]
        total = sum(counts.values())
        assert total >= 10, f"{name}: only {total} sentences"
        share = counts[calibrate_verdicts.SANITY_EXPECTED[name]] / total
        assert share >= floor, f"{name}: {dict(counts)}"


def test_template_set_every_verdict_has_precision_and_recall_of_at_least_0_9(template: calibrate_verdicts.Result) -> None:
    for label, (precision, recall, n) in template.per_label.items():
        assert n >= 15, f"too few {label} examples to measure"
        assert precision >= 0.9, f"template: precision of {label} is {precision:.3f}"
        assert recall >= 0.9, f"template: recall of {label} is {recall:.3f}"


def test_the_template_set_covers_every_kind_of_claim() -> None:
    _, claims = calibrate_verdicts.load()
    kinds = {c["kind"] for c in claims}
    assert {"paraphrase", "truncated", "number-changed", "negated", "absent", "merged", "scope", "version-drift"} <= kinds
    assert len(claims) >= 150


@pytest.mark.parametrize("split", sorted(FLOORS))
def test_real_text_development_halves_reach_their_floors(real: dict[str, calibrate_verdicts.Result], split: str) -> None:
    r, floor = real[split], FLOORS[split]
    assert len(r.gold) >= 80
    assert r.contradicted_called_supported == 0, "a contradicted claim was judged supported"
    assert r.accuracy >= floor["accuracy"], f"{split}: accuracy {r.accuracy:.3f}"
    assert r.macro_f1 >= floor["macro_f1"], f"{split}: macro-F1 {r.macro_f1:.3f}"
    for label, minimum in floor["recall"].items():
        precision, recall, n = r.per_label[label]
        assert recall >= minimum, f"{split}: recall of {label} is {recall:.3f} (n={n})"
    for label, minimum in floor["precision"].items():
        precision, recall, n = r.per_label[label]
        assert precision >= minimum, f"{split}: precision of {label} is {precision:.3f}"
    assert r.drift_accuracy is not None and r.drift_accuracy >= floor["drift"], f"{split}: per-version {r.drift_accuracy}"


def test_an_independent_split_is_never_part_of_a_development_run() -> None:
    # fresh, fresh2 (fourth round) and fresh3 (fifth) were measured blind and are development
    # data since; any other fresh* split (fresh15) must be named to be run: the default sets
    # never include one.
    assert {"fresh", "fresh2", "fresh3"} <= set(calibrate_verdicts.SETS)
    assert not any(calibrate_verdicts.is_independent(s) for s in calibrate_verdicts.SETS)
    assert calibrate_verdicts.is_independent("fresh15") and not calibrate_verdicts.is_independent("fresh14")
    assert "fresh15" not in calibrate_verdicts.REAL_SPLITS and "fresh14" in calibrate_verdicts.REAL_SPLITS and "stress" in calibrate_verdicts.SETS


# fresh and fresh2 as development data (issue 13, fourth round). Measured when set: fresh
# accuracy 0.770, macro-F1 0.724, 0 contradicted called supported (blind, second round:
# 0.690); fresh2 accuracy 0.775, macro-F1 0.747, 2 contradicted called supported (blind,
# third round: 0.567); after the few/many and source/target opposites fresh2 reached 0.792,
# macro-F1 0.760, none called supported. Fifth round (fresh3 development data too, blind
# first contact 0.679): fresh 0.920 / 0.886, fresh2 0.883 / 0.845, fresh3 0.917 / 0.858,
# none called supported. Floors a little below.
FRESH_FLOORS = {
    "fresh": {"accuracy": 0.88, "macro_f1": 0.84, "contradicted_called_supported": 0},
    "fresh2": {"accuracy": 0.85, "macro_f1": 0.80, "contradicted_called_supported": 0},
    "fresh3": {"accuracy": 0.87, "macro_f1": 0.81, "contradicted_called_supported": 0},
}


@pytest.mark.parametrize("split", sorted(FRESH_FLOORS))
def test_the_former_blind_splits_reach_their_development_floors(loaded: tuple[dict, list[dict]], split: str) -> None:  # type: ignore[type-arg]
    versions, claims = loaded
    chosen = [c for c in claims if c["split"] == split]
    if not chosen:
        pytest.skip(f"no {split} claims in data/realclaims")
    r = calibrate_verdicts.real_result(split, versions, chosen)
    floor = FRESH_FLOORS[split]
    assert r.accuracy >= floor["accuracy"], f"{split}: accuracy {r.accuracy:.3f}"
    assert r.macro_f1 >= floor["macro_f1"], f"{split}: macro-F1 {r.macro_f1:.3f}"
    assert r.contradicted_called_supported <= floor["contradicted_called_supported"], r.wrong


# The paraphrase stress set (data/realclaims/paraphrase_stress.jsonl): report-style rewordings
# of the development papers' sentences. Measured when set (issue 13, third round): 0.947
# accuracy, macro-F1 0.892, 2 contradicted claims called supported — both opposites the
# rules do not know ("much worse" / "comparably", "distant" / "similar"), kept in the set
# as known failures, so the floor allows them and no more.
STRESS_FLOOR = {"accuracy": 0.9, "macro_f1": 0.85, "contradicted_called_supported": 2}


def test_the_paraphrase_stress_set_reaches_its_floor(loaded: tuple[dict, list[dict]]) -> None:  # type: ignore[type-arg]
    versions, claims = loaded
    stress = [c for c in claims if c["split"] == "stress"]
    assert len(stress) >= 40
    r = calibrate_verdicts.real_result("stress", versions, stress)
    assert r.accuracy >= STRESS_FLOOR["accuracy"], f"stress: accuracy {r.accuracy:.3f}"
    assert r.macro_f1 >= STRESS_FLOOR["macro_f1"], f"stress: macro-F1 {r.macro_f1:.3f}"
    assert r.contradicted_called_supported <= STRESS_FLOOR["contradicted_called_supported"], r.wrong
