"""The phases on a tiny synthetic tier: every head trains and evaluates, the encoder is
handed over from phase to phase with a fresh head, multi-task training shares one encoder,
artifacts are reused, and a run is deterministic."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

# The audit-only environment (CI's base leg) has no torch/transformers/datasets: skip.
torch = pytest.importorskip("torch")

from replicate import pipeline
from replicate.errors import NotAvailableOffline
from replicate.model import Cell, PhaseConfig
from replicate.spec import MlmPretraining, ModelSize, TierSpec
from replicate.synthetic import NER_TAGS, build_benchmark
from replicate.tasks import families
from replicate.tasks.families import span_qa
from replicate.tasks.base import check_examples
from replicate.train import Stream, TrainConfig, train, train_streams

PH = PhaseConfig(learning_rate=3e-3, batch_size=16, max_length=64, max_steps=30)
TINY = TierSpec(
    name="tiny", model="tiny", seeds=[1], encoders=["pretrained", "random"],
    intermediates=["none", "syn-nli", "syn-mc", "syn-qa", "multi:syn-nli,syn-mc,syn-qa"],
    targets=["syn-topic", "syn-pos", "syn-ner", "syn-xqa", "syn-retrieval"],
    phases={"pretrain": PH, "intermediate": PH, "target": PH},
    pretraining=MlmPretraining("tiny"), model_size=ModelSize(hidden=32, layers=2, heads=2, ffn=64), mean_over="zero-shot",
)
BACKEND = pipeline.SyntheticBackend(TINY)


def test_benchmark_is_deterministic_parallel_and_well_formed() -> None:
    a, b = build_benchmark(3, "tiny"), build_benchmark(3, "tiny")
    assert a.corpus == b.corpus and a.tasks == b.tasks
    assert build_benchmark(4, "tiny").corpus != a.corpus
    for name, task in a.tasks.items():
        for split, rows in [("train", task.train), ("dev", task.dev)] + [(f"test.{k}", v) for k, v in task.test.items()]:
            check_examples(name, task.family, rows, split)
    r = a.tasks["syn-retrieval"].test["xa"][0]
    assert len(r["source"]) == len(r["target"]) and r["gold"][5] == [5, 5]
    assert "en" not in a.tasks["syn-retrieval"].test  # English against English retrieves nothing of interest
    en, xb = set(a.languages["en"].words.values()), set(a.languages["xb"].words.values())
    assert not en & xb  # disjoint vocabularies: only names, digits and the full stop are shared


def test_qa_answers_are_exact_character_spans() -> None:
    bench = build_benchmark(0, "tiny")
    unanswerable = 0
    for task in ("syn-qa", "syn-xqa"):
        data = bench.tasks[task]
        for row in data.train + [r for rows in data.test.values() for r in rows]:
            ans = row["answers"]
            unanswerable += not ans["text"]
            for text, start in zip(ans["text"], ans["answer_start"]):
                assert row["context"][start : start + len(text)] == text
    assert unanswerable > 0  # syn-qa has SQuAD v2.0's unanswerable questions


def test_ner_tags_are_bio_entities() -> None:
    row = build_benchmark(0, "tiny").tasks["syn-ner"].train[0]
    tags = [NER_TAGS[t] for t in row["tags"]]
    assert tags[0].startswith("B-") and "O" in tags  # the subject starts an entity; the verb is outside
    assert all(not t.startswith("I-") or tags[i - 1][2:] == t[2:] for i, t in enumerate(tags))


@pytest.mark.parametrize("task", ["syn-topic", "syn-nli", "syn-mc", "syn-qa", "syn-pos", "syn-ner", "syn-xqa"])
def test_every_head_trains_and_takes_the_encoder(task: str) -> None:
    data = BACKEND.task(task)
    encoder, _ = BACKEND.encoder("random", 1, Path("/nonexistent"))
    model = pipeline.with_head(BACKEND, data.family, data.num_labels, encoder, 1)
    emb = "embeddings.word_embeddings.weight"
    assert torch.equal(families.encoder_of(model).state_dict()[emb], encoder[emb])  # the encoder came over
    head = [n for n, _ in model.named_parameters() if not n.startswith(model.base_model_prefix + ".")]
    assert head and not any(n in encoder for n in head)  # the head is new
    tok = BACKEND.tokenizer()
    enc = TINY.encoding(task, PH)
    family = families.get(data.family)
    rows = family.features(data, data.train, tok, enc, training=True)
    before = {k: v.clone() for k, v in families.encoder_of(model).state_dict().items()}
    result = train(model, rows, family.collate(tok.pad_token_id), TrainConfig(30, 16, 3e-3, seed=1))
    assert result.steps == 30
    assert not torch.equal(before[emb], families.encoder_of(model).state_dict()[emb])  # training reached the encoder
    lang = next(iter(data.test))
    score = family.score(model, data, data.test[lang], tok, enc)
    assert 0.0 <= score <= 100.0


def test_retrieval_without_training_scores_every_language() -> None:
    encoder, _ = BACKEND.encoder("random", 1, Path("/nonexistent"))
    scores = pipeline._retrieval_scores(BACKEND, TINY, BACKEND.task("syn-retrieval"), encoder)
    assert set(scores) == {"xa", "xb"} and all(0.0 <= v <= 100.0 for v in scores.values())


def test_cells_share_artifacts_and_are_deterministic(tmp_path: Path) -> None:
    cell = Cell("phang2020", "tiny", "pretrained", "syn-nli", "syn-topic", 1)
    a = pipeline.run_cell(cell, TINY, tmp_path / "a", backend=BACKEND)
    assert a.steps == {"pretrain": 30, "intermediate": 30, "target": 30}
    assert (tmp_path / "a" / "artifacts" / "pretrain-seed1.pt").exists()
    assert (tmp_path / "a" / "artifacts" / "inter-pretrained-syn-nli-seed1.pt").exists()
    again = pipeline.run_cell(replace(cell, target="syn-pos"), TINY, tmp_path / "a", backend=BACKEND)
    assert again.steps == {"pretrain": 0, "intermediate": 0, "target": 30}  # phases 1-2 reused
    b = pipeline.run_cell(cell, TINY, tmp_path / "b", backend=BACKEND)
    assert a.scores == b.scores and a.dev_score == b.dev_score
    assert set(a.scores) == {"en", "xa", "xb"} and a.zero_shot_mean == pytest.approx((a.scores["xa"] + a.scores["xb"]) / 2)


def test_a_torn_artifact_is_recomputed(tmp_path: Path) -> None:
    cell = Cell("phang2020", "tiny", "pretrained", "none", "syn-topic", 1)
    pipeline.run_cell(cell, TINY, tmp_path, backend=BACKEND)
    (tmp_path / "artifacts" / "pretrain-seed1.pt").write_bytes(b"PK\x03\x04 torn")
    again = pipeline.run_cell(cell, TINY, tmp_path, backend=BACKEND)
    assert again.steps["pretrain"] == 30


def test_multi_task_trains_one_shared_encoder(tmp_path: Path) -> None:
    cell = Cell("phang2020", "tiny", "random", "multi:syn-nli,syn-mc,syn-qa", "syn-xqa", 1)
    r = pipeline.run_cell(cell, TINY, tmp_path, backend=BACKEND)
    assert r.steps["intermediate"] == 30 and r.metric == "qa"
    assert (tmp_path / "artifacts" / "inter-random-multi_syn-nli_syn-mc_syn-qa-seed1.pt").exists()
    # The heads are distinct, the encoder one module.
    encoder, _ = BACKEND.encoder("random", 1, tmp_path)
    streams = [pipeline._stream(BACKEND, TINY, BACKEND.task(t), PH, encoder, 1) for t in ("syn-nli", "syn-mc")]
    shared = pipeline._share_encoder(streams)
    assert all(families.encoder_of(s.model) is shared for s in streams)
    n_params = len({id(p) for s in streams for p in s.model.parameters()})
    assert n_params < sum(len(list(s.model.parameters())) for s in streams)


def test_multi_task_draws_streams_in_proportion_to_size() -> None:
    seen: list[str] = []

    class Probe(torch.nn.Module):
        def __init__(self, name: str) -> None:
            super().__init__()
            self.name, self.w = name, torch.nn.Parameter(torch.zeros(1))

        def forward(self, x: torch.Tensor):  # type: ignore[no-untyped-def]
            seen.append(self.name)
            return type("Out", (), {"loss": (self.w * x).sum()})()

    collate = lambda rows: {"x": torch.ones(len(rows))}  # noqa: E731
    big, small = Stream(Probe("big"), [{}] * 300, collate), Stream(Probe("small"), [{}] * 100, collate)
    train_streams([big, small], TrainConfig(steps=400, batch_size=4, learning_rate=1e-3, seed=0))
    assert 0.65 < seen.count("big") / len(seen) < 0.85  # 300 : 100 → three quarters


def test_early_stopping_reloads_the_best_checkpoint() -> None:
    torch.manual_seed(0)
    model = torch.nn.Linear(1, 1, bias=False)
    with torch.no_grad():
        model.weight.fill_(1.0)
    scores = iter([5.0, 9.0, 1.0, 0.5])  # the second scoring is the best

    class Wrapped(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.lin = model

        def forward(self, x: torch.Tensor):  # type: ignore[no-untyped-def]
            return type("Out", (), {"loss": self.lin(x).sum()})()

    w = Wrapped()
    at: dict[int, float] = {}

    def evaluate() -> float:
        value = next(scores)
        at[len(at) + 1] = float(model.weight.detach())
        return value

    result = train(w, [{}] * 8, lambda rows: {"x": torch.ones(len(rows), 1)},
                   TrainConfig(steps=40, batch_size=2, learning_rate=0.1, eval_every=10, warmup_ratio=0.0), evaluate=evaluate)
    assert result.best_step == 20 and result.best_score == 9.0
    assert float(model.weight.detach()) == pytest.approx(at[2])  # the weights of step 20, not of step 40


def test_qa_span_decoding() -> None:
    offsets = [None, None, (0, 2), (3, 7), (8, 12), None]
    start = torch.tensor([9.0, 0.0, 1.0, 5.0, 0.0, 9.0])
    end = torch.tensor([9.0, 0.0, 0.0, 1.0, 4.0, 9.0])
    assert span_qa.best_span(start, end, offsets) == (9.0, 3, 12)  # tokens 3..4, never the question or padding
    assert span_qa.answer_tokens({"text": ["abcd efgh"], "answer_start": [3]}, offsets) == (3, 4)
    assert span_qa.answer_tokens({"text": [], "answer_start": []}, offsets) == (0, 0)  # unanswerable → <s>
    assert span_qa.answer_tokens({"text": ["zz"], "answer_start": [40]}, offsets) == (0, 0)  # outside this window


def test_hub_tiers_say_they_need_the_hub(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    from replicate.spec import load_spec

    spec = load_spec()
    backend = pipeline.backend_for(spec, spec.tier("paper"), model_dir=tmp_path)
    with pytest.raises(NotAvailableOffline, match="local copy"):
        backend.tokenizer()
