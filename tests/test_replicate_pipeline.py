"""The three phases on a tiny synthetic tier: every head trains and evaluates, the encoder
is handed over from phase to phase with a fresh head, artifacts are reused, and a run is
deterministic."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
import torch

from replicate import pipeline
from replicate.model import Cell, PhaseConfig
from replicate.spec import TierSpec
from replicate.synthetic import build_benchmark

PH = PhaseConfig(learning_rate=3e-3, batch_size=16, max_length=24, max_steps=30)
TINY = TierSpec(
    name="tiny", model="tiny", seeds=[1], encoders=["pretrained", "random"], intermediates=["none", "syn-nli", "syn-mc"],
    targets=["syn-topic", "syn-pos", "syn-retrieval"],
    phases={"pretrain": PH, "intermediate": PH, "target": PH},
    extras={"size": "tiny", "data_seed": 0, "hidden": 32, "layers": 2, "heads": 2, "ffn": 64, "threads": 1},
)


def test_benchmark_is_deterministic_and_parallel() -> None:
    a, b = build_benchmark(3, "tiny"), build_benchmark(3, "tiny")
    assert a.corpus == b.corpus and a.tasks == b.tasks
    assert build_benchmark(4, "tiny").corpus != a.corpus
    r = a.tasks["syn-retrieval"]
    assert len(r["test.xa"]) == len(r["pivot"]) and r["test.xa"][5]["target"] == 5
    en, xb = set(a.languages["en"].words.values()), set(a.languages["xb"].words.values())
    assert not en & xb  # disjoint vocabularies: only names and digits are shared
    ex = a.tasks["syn-pos"]["train"][0]
    assert len(ex["tokens"]) == len(ex["tags"])


@pytest.mark.parametrize("cls_task", ["syn-topic", "syn-pos", "syn-nli", "syn-mc"])
def test_every_head_trains_and_takes_the_encoder(cls_task: str) -> None:
    encoder = pipeline.fresh_encoder(TINY, 1)
    model, steps = pipeline.train_task(cls_task, TINY, encoder, 1, "target")
    assert steps == 30
    # The encoder came over (then trained); the head is new: its weights are not in the encoder.
    cls, extra = pipeline.HEADS[cls_task]
    fresh = pipeline.with_head(cls, TINY, encoder, 1, **extra)
    emb = "embeddings.word_embeddings.weight"
    assert torch.equal(fresh.roberta.state_dict()[emb], encoder[emb])
    head_params = [n for n, _ in fresh.named_parameters() if not n.startswith("roberta.")]
    assert head_params and not any(n.replace("roberta.", "") in encoder for n in head_params)
    if cls_task in ("syn-topic", "syn-pos"):
        score = pipeline.evaluate(model, cls_task, "test.xa", TINY)
        assert 0.0 <= score <= 100.0


def test_retrieval_without_training() -> None:
    acc = pipeline.retrieval_accuracy(pipeline.fresh_encoder(TINY, 1), TINY, "xa")
    assert 0.0 <= acc <= 100.0


def test_cells_share_artifacts_and_are_deterministic(tmp_path: Path) -> None:
    cell = Cell("phang2020", "tiny", "pretrained", "syn-nli", "syn-topic", 1)
    a = pipeline.run_cell(cell, TINY, tmp_path / "a")
    assert a.steps == {"pretrain": 30, "intermediate": 30, "target": 30}
    assert (tmp_path / "a" / "artifacts" / "pretrain-seed1.pt").exists()
    assert (tmp_path / "a" / "artifacts" / "inter-pretrained-syn-nli-seed1.pt").exists()
    again = pipeline.run_cell(replace(cell, target="syn-pos"), TINY, tmp_path / "a")
    assert again.steps == {"pretrain": 0, "intermediate": 0, "target": 30}  # phases 1-2 reused
    b = pipeline.run_cell(cell, TINY, tmp_path / "b")
    assert a.scores == b.scores and a.dev_score == b.dev_score
    assert set(a.scores) == {"xa", "xb"}


def test_hub_tiers_say_they_need_the_hub(tmp_path: Path) -> None:
    real = replace(TINY, name="paper", model="FacebookAI/xlm-roberta-large", extras={})
    with pytest.raises(pipeline.NotAvailableOffline, match="Hugging Face hub"):
        pipeline.run_cell(Cell("phang2020", "paper", real.model, "none", "xnli", 1), real, tmp_path)


def test_multiple_choice_encoder_feeds_every_other_head(tmp_path: Path) -> None:
    # The MC head has a pooler; a tagging or classification head must still take the encoder.
    for target in ("syn-topic", "syn-pos"):
        r = pipeline.run_cell(Cell("phang2020", "tiny", "random", "syn-mc", target, 1), TINY, tmp_path)
        assert r.steps["target"] == 30
