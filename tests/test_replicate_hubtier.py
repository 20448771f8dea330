"""The real-data path end to end, offline: a tiny XLM-R (random weights, a tokenizer trained
here with ``tokenizers``) saved like a hub checkpoint, the tiny local mirror of every task
in its raw hub schema (tests/tinyhub.py), and the same pipeline the paper tier runs — every
head, the phase hand-off, early stopping, multi-task, retrieval, dataset-size counts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

# The audit-only environment (CI's base leg) has no torch/transformers/datasets: skip.
pytest.importorskip("torch")
pytest.importorskip("transformers")

from tokenizers import Tokenizer
from tokenizers.models import BPE
from tokenizers.pre_tokenizers import Whitespace
from tokenizers.processors import TemplateProcessing
from tokenizers.trainers import BpeTrainer
from transformers import PreTrainedTokenizerFast, XLMRobertaConfig, XLMRobertaModel

from replicate import pipeline
from replicate.cli import main
from replicate.model import Cell, PhaseConfig
from replicate.spec import DataLimits, EarlyStopping, PerTask, TierSpec, load_spec
from replicate.tasks.hub import load_task
from tests.tinyhub import MIRROR_LANGUAGES, MNLI_TRAIN_KEPT, build_local_mirror

SPEC = load_spec()
SPECIAL = ["<pad>", "<unk>", "<s>", "</s>", "<mask>"]
PH = PhaseConfig(learning_rate=1e-3, batch_size=4, max_length=64, max_steps=6, early_stopping_examples=4)
TARGETS = ["xnli", "pawsx", "udpos", "panx", "xquad", "mlqa", "tydiqa", "bucc", "tatoeba"]


@pytest.fixture(autouse=True)
def offline(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("HF_DATASETS_OFFLINE", "1")


@pytest.fixture(scope="module")
def mirror(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_local_mirror(tmp_path_factory.mktemp("hub"), bucc_originals=True)


@pytest.fixture(scope="module")
def model_dir(tmp_path_factory: pytest.TempPathFactory, mirror: Path) -> Path:
    """A checkpoint folder as ``save_pretrained`` writes it, for a 2-layer, 32-wide XLM-R."""
    texts: list[str] = []
    for name in TARGETS + ["mnli", "hellaswag", "squad"]:
        data = load_task(SPEC.tasks[name], languages=MIRROR_LANGUAGES, data_dir=mirror)
        for row in data.train + data.dev + [r for rows in data.test.values() for r in rows]:
            texts += [v for v in row.values() if isinstance(v, str)]
            texts += [w for v in row.values() if isinstance(v, list) for w in v if isinstance(w, str)]
    tok = Tokenizer(BPE(unk_token="<unk>"))
    tok.pre_tokenizer = Whitespace()
    tok.train_from_iterator(texts, BpeTrainer(vocab_size=600, special_tokens=SPECIAL))
    tok.post_processor = TemplateProcessing(single="<s> $A </s>", pair="<s> $A </s> </s> $B </s>",
                                            special_tokens=[("<s>", 2), ("</s>", 3)])
    fast = PreTrainedTokenizerFast(tokenizer_object=tok, pad_token="<pad>", unk_token="<unk>", bos_token="<s>",
                                   eos_token="</s>", cls_token="<s>", sep_token="</s>", mask_token="<mask>")
    folder = tmp_path_factory.mktemp("models") / "tiny-xlmr"
    fast.save_pretrained(folder)
    config = XLMRobertaConfig(vocab_size=len(fast), hidden_size=32, num_hidden_layers=2, num_attention_heads=2,
                              intermediate_size=64, max_position_embeddings=130, pad_token_id=0, bos_token_id=2,
                              eos_token_id=3)
    XLMRobertaModel(config).save_pretrained(folder)
    return folder


def tier_for(model: Path) -> TierSpec:
    return TierSpec(
        name="base", model=str(model), seeds=[1], encoders=[str(model)],
        intermediates=["none", "mnli", "hellaswag", "squad", "multi:mnli,hellaswag,squad"], targets=TARGETS,
        phases={"intermediate": PH, "target": PH},
        limits=DataLimits(languages=MIRROR_LANGUAGES), per_task=PerTask(max_length={"xquad": 96, "mlqa": 96, "tydiqa": 96}),
        doc_stride=32, retrieval_layer=1, early_stopping=EarlyStopping(eval_every=2), mean_over="all",
    )


def test_every_target_family_runs_on_real_formats(tmp_path: Path, mirror: Path, model_dir: Path) -> None:
    tier = tier_for(model_dir)
    backend = pipeline.HubBackend(SPEC, tier, data_dir=mirror)
    metrics = {}
    for target in TARGETS:
        r = pipeline.run_cell(Cell("phang2020", "base", str(model_dir), "none", target, 1), tier, tmp_path, backend=backend)
        metrics[target] = r.metric
        assert set(r.scores) <= set(MIRROR_LANGUAGES) and all(0.0 <= v <= 100.0 for v in r.scores.values())
        parts = r.extra["parts"]  # two disjoint halves: compare.py chooses on one and reports on the other
        assert set(parts) == {"select", "report"} and set(parts["select"]) == set(parts["report"]) <= set(r.scores)
        # a BUCC result without distractor sentences is flagged, and compare.py leaves it out of aggregates
        assert ("not_comparable" in r.extra) == (target == "bucc" and not backend.task("bucc").has_distractors)
        if target not in ("bucc", "tatoeba"):
            assert r.steps["target"] >= 2 and r.extra["best_step"] in range(2, 7)  # early stopping scored the dev subset
            assert "en" in r.scores and r.dev_score is not None
    assert metrics == {"xnli": "accuracy", "pawsx": "accuracy", "udpos": "tag_f1", "panx": "entity_f1",
                       "xquad": "qa", "mlqa": "mlqa_qa", "tydiqa": "qa", "bucc": "bucc_f1", "tatoeba": "retrieval_accuracy"}


def test_bucc_from_the_hub_configs_is_flagged_and_left_out(tmp_path: Path, model_dir: Path) -> None:
    from replicate.compare import excluded_targets

    hub_only = build_local_mirror(tmp_path / "hub")  # the hub's BUCC configs: gold pairs, no distractors
    tier = tier_for(model_dir)
    backend = pipeline.HubBackend(SPEC, tier, data_dir=hub_only)
    r = pipeline.run_cell(Cell("phang2020", "base", str(model_dir), "none", "bucc", 1), tier, tmp_path, backend=backend)
    assert "cannot be compared" in r.extra["not_comparable"]  # type: ignore[operator]
    assert excluded_targets([r], tier)["bucc"].startswith("not comparable with the paper")


def test_intermediate_phases_hand_the_encoder_on(tmp_path: Path, mirror: Path, model_dir: Path) -> None:
    tier = tier_for(model_dir)
    backend = pipeline.HubBackend(SPEC, tier, data_dir=mirror)
    for inter in ("mnli", "hellaswag", "squad", "multi:mnli,hellaswag,squad"):
        r = pipeline.run_cell(Cell("phang2020", "base", str(model_dir), inter, "xquad", 1), tier, tmp_path, backend=backend)
        assert r.steps["intermediate"] == 6 and r.metric == "qa"
    assert len(list((tmp_path / "artifacts").glob("inter-*.pt"))) == 4


def test_cli_counts_the_dataset_size_claims(tmp_path: Path, mirror: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["count", "--data-dir", str(mirror)]) == 0
    out = capsys.readouterr().out
    assert "differs from the data" in out and f"{MNLI_TRAIN_KEPT}" in out  # the mirror's 5 MNLI rows, not 392,702


def test_cli_run_without_a_model_is_a_clear_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["run", "--tier", "base", "--run-dir", str(tmp_path / "run"), "--model-dir", str(tmp_path / "models"),
                 "--data-dir", str(tmp_path / "nodata"), "--out", str(tmp_path / "out"), "-q"])
    err = capsys.readouterr().err
    assert code == 2 and "local copy" in err and "Traceback" not in err
    counts = json.loads((tmp_path / "run" / "counts.json").read_text())
    assert counts == {}  # nothing could be counted either, and that was said
    assert "not counted" in err
