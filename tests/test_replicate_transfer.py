"""Zero-shot transfer is real at micro size.

The micro tier's pretrained encoder (MLM on monolingual, code-switched and parallel
synthetic text, replicate/synthetic.py) is fine-tuned on English topic classification and
evaluated in four other languages; so is a random-initialised control. Averaged over two
seeds, the pretrained encoder must beat the control by MARGIN points.

Calibration (2 CPU cores, micro tier as specified): the pretrained encoder reached a
zero-shot mean of 100.0 (seed 1) and 100.0 (seed 2) against 23.8 and 23.8 for the control
(chance 25). MARGIN = 30 points is well below that gap and far above the control's
seed-to-seed spread; earlier designs without topic-coherent sentences, code-switching and
translation pairs measured a gap of 1–4 points and would fail it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from replicate import pipeline
from replicate.model import Cell
from replicate.spec import load_spec

MARGIN = 30.0


@pytest.mark.slow
def test_pretrained_encoder_transfers_zero_shot(tmp_path: Path) -> None:
    tier = load_spec().tier("micro")
    pre, ctrl = [], []
    for seed in (1, 2):
        for model, sink in (("pretrained", pre), ("random", ctrl)):
            r = pipeline.run_cell(Cell("phang2020", "micro", model, "none", "syn-topic", seed), tier, tmp_path)
            assert r.extra["en_test"] > 90  # the English task itself is learned
            sink.append(r.mean_score)
    gap = sum(pre) / len(pre) - sum(ctrl) / len(ctrl)
    assert gap >= MARGIN, f"pretrained {pre} vs control {ctrl}: gap {gap:.1f} < {MARGIN}"
