"""The verdict rules against the labelled calibration set (data/calibration/): precision
and recall of every verdict at least 0.9, overall and on the held-out half."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
import calibrate_verdicts  # noqa: E402


@pytest.fixture(scope="module")
def results() -> dict:
    return calibrate_verdicts.main()


@pytest.mark.parametrize("split", ["all", "held-out"])
def test_every_verdict_has_precision_and_recall_of_at_least_0_9(results: dict, split: str) -> None:
    for label, (precision, recall, n) in results[split].items():
        assert n >= 15, f"too few {label} examples to measure"
        assert precision >= 0.9, f"{split}: precision of {label} is {precision:.3f}"
        assert recall >= 0.9, f"{split}: recall of {label} is {recall:.3f}"


def test_the_set_covers_every_kind_of_claim() -> None:
    _, claims = calibrate_verdicts.load()
    kinds = {c["kind"] for c in claims}
    assert {"paraphrase", "truncated", "number-changed", "negated", "absent", "merged", "scope", "version-drift"} <= kinds
    assert len(claims) >= 150
