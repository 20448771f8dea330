"""The verdict rules against the labelled sets: the template set (data/calibration/) and
the tuning half of the real-text set (data/realclaims/, papers in data/realpapers/).

Floors are asserted on the real-text *tuning* half only — the held-out half is reported by
benchmarks/calibrate_verdicts.py and never tuned against. The floors are above what the
engine reached before polarity, tables and numbers-as-written were added (accuracy 0.62
on real reports), so they fail if those rules break."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
import calibrate_verdicts  # noqa: E402

# Measured on the tuning half when these rules were written (see the README's figures);
# set a little below, so that a small unrelated change does not fail them.
# Measured when these floors were set: accuracy 0.944, macro-F1 0.909, recall 0.98 / 0.91 /
# 0.83 / 1.00, per-version 0.925 (the engine before this work: accuracy 0.626, 14
# contradicted claims called supported).
TUNE_ACCURACY = 0.88
TUNE_MACRO_F1 = 0.83
TUNE_RECALL = {"supported": 0.92, "contradicted": 0.85, "partly supported": 0.7, "not found": 0.85}
TUNE_DRIFT = 0.85


@pytest.fixture(scope="module")
def template() -> calibrate_verdicts.Result:
    return calibrate_verdicts.template_result()


@pytest.fixture(scope="module")
def tune() -> calibrate_verdicts.Result:
    if not calibrate_verdicts.REAL_CLAIMS.exists():
        pytest.skip("data/realclaims/claims.jsonl is not built")
    versions, claims = calibrate_verdicts.load_real()
    return calibrate_verdicts.real_result("tune", versions, [c for c in claims if c["split"] == "tune"])


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


def test_real_text_tuning_half_reaches_its_floors(tune: calibrate_verdicts.Result) -> None:
    assert len(tune.gold) >= 80
    assert tune.contradicted_called_supported == 0, "a contradicted claim was judged supported"
    assert tune.accuracy >= TUNE_ACCURACY, f"accuracy {tune.accuracy:.3f}"
    assert tune.macro_f1 >= TUNE_MACRO_F1, f"macro-F1 {tune.macro_f1:.3f}"
    for label, floor in TUNE_RECALL.items():
        precision, recall, n = tune.per_label[label]
        assert recall >= floor, f"recall of {label} is {recall:.3f} (n={n})"
    assert tune.drift_accuracy is not None and tune.drift_accuracy >= TUNE_DRIFT, f"per-version {tune.drift_accuracy}"
