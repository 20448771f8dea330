"""The phases of one cell: (MLM pretraining) → intermediate task → target task → zero-shot
evaluation in every language.

The encoder is carried from phase to phase; every phase puts a *fresh* head on it (the
paper's recipe: the intermediate head is discarded). Phase outputs that several cells
share — the pretrained encoder per seed, the intermediate-trained encoder per (model,
task, seed) — are written once under ``<run>/artifacts`` and reused, atomically, so a
killed run never leaves half an artifact behind.

Synthetic tiers (micro, mini) build their tiny encoder and word-level tokenizer here;
the paper and base tiers load XLM-R from the Hugging Face hub and the XTREME data through
``datasets``, which this offline machine cannot reach: they fail with a clear message.
"""

from __future__ import annotations

import functools
import os
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import torch
from tokenizers import Tokenizer
from tokenizers.models import WordLevel
from tokenizers.pre_tokenizers import WhitespaceSplit
from tokenizers.processors import TemplateProcessing
from tokenizers.trainers import WordLevelTrainer
from transformers import (
    DataCollatorForLanguageModeling,
    PreTrainedTokenizerFast,
    XLMRobertaConfig,
    XLMRobertaForMaskedLM,
    XLMRobertaForMultipleChoice,
    XLMRobertaForSequenceClassification,
    XLMRobertaForTokenClassification,
    XLMRobertaModel,
)

from replicate import metrics
from replicate.model import NO_INTERMEDIATE, Cell, CellResult, PhaseConfig
from replicate.spec import TierSpec
from replicate.synthetic import POS_TAGS, TOPICS, SyntheticBenchmark, build_benchmark
from replicate.train import TrainConfig, pad, set_seed, train

Progress = Callable[[str], None]
SPECIAL = ["<pad>", "<unk>", "<s>", "</s>", "<mask>"]


class NotAvailableOffline(RuntimeError):
    """A tier that needs the Hugging Face hub (models or data) on a machine without it."""


# ----------------------------------------------------------------------------- data & model


@functools.lru_cache(maxsize=4)
def benchmark(size: str, data_seed: int) -> SyntheticBenchmark:
    return build_benchmark(data_seed, size)


@functools.lru_cache(maxsize=4)
def tokenizer_for(size: str, data_seed: int) -> PreTrainedTokenizerFast:
    """A word-level tokenizer trained with ``tokenizers`` on the synthetic corpus."""
    bench = benchmark(size, data_seed)
    tok = Tokenizer(WordLevel(unk_token="<unk>"))
    tok.pre_tokenizer = WhitespaceSplit()
    trainer = WordLevelTrainer(special_tokens=SPECIAL, min_frequency=1)
    lines = [" ".join(s) for sents in bench.corpus.values() for s in sents] + [" ".join(bench.vocabulary())]
    tok.train_from_iterator(lines, trainer)
    tok.post_processor = TemplateProcessing(
        single="<s> $A </s>", pair="<s> $A </s> </s> $B </s>",
        special_tokens=[("<s>", tok.token_to_id("<s>")), ("</s>", tok.token_to_id("</s>"))],
    )
    return PreTrainedTokenizerFast(
        tokenizer_object=tok, pad_token="<pad>", unk_token="<unk>", bos_token="<s>", eos_token="</s>",
        cls_token="<s>", sep_token="</s>", mask_token="<mask>",
    )


def config_for(tier: TierSpec, tok: PreTrainedTokenizerFast, **extra: int) -> XLMRobertaConfig:
    e = tier.extras
    return XLMRobertaConfig(
        vocab_size=len(tok),
        hidden_size=int(e.get("hidden", 64)),
        num_hidden_layers=int(e.get("layers", 2)),
        num_attention_heads=int(e.get("heads", 4)),
        intermediate_size=int(e.get("ffn", 128)),
        max_position_embeddings=int(e.get("max_positions", 64)) + 2,
        pad_token_id=tok.pad_token_id,
        bos_token_id=tok.bos_token_id,
        eos_token_id=tok.eos_token_id,
        type_vocab_size=1,
        hidden_dropout_prob=0.1,
        attention_probs_dropout_prob=0.1,
        **extra,
    )


def encode(tok: PreTrainedTokenizerFast, tokens: Sequence[str], pair: Sequence[str] | None = None) -> list[int]:
    return tok(list(tokens), list(pair) if pair is not None else None, is_split_into_words=True)["input_ids"]


def collate_plain(tok: PreTrainedTokenizerFast) -> Callable:
    def collate(rows: Sequence[dict]) -> dict[str, torch.Tensor]:
        ids = pad([r["input_ids"] for r in rows], tok.pad_token_id)
        out = {"input_ids": ids, "attention_mask": (ids != tok.pad_token_id).long()}
        if "labels" in rows[0]:
            lab = rows[0]["labels"]
            out["labels"] = pad([r["labels"] for r in rows], -100) if isinstance(lab, list) else torch.tensor([r["labels"] for r in rows])
        return out

    return collate


def collate_choices(tok: PreTrainedTokenizerFast) -> Callable:
    def collate(rows: Sequence[dict]) -> dict[str, torch.Tensor]:
        flat = [c for r in rows for c in r["choices"]]
        ids = pad(flat, tok.pad_token_id).view(len(rows), len(rows[0]["choices"]), -1)
        return {"input_ids": ids, "attention_mask": (ids != tok.pad_token_id).long(),
                "labels": torch.tensor([r["labels"] for r in rows])}

    return collate


def tag_labels(tok: PreTrainedTokenizerFast, tokens: Sequence[str], tags: Sequence[int]) -> tuple[list[int], list[int]]:
    enc = tok(list(tokens), is_split_into_words=True)
    labels, seen = [], set()
    for wid in enc.word_ids():
        if wid is None or wid in seen:
            labels.append(-100)  # special tokens and continuation pieces are not scored
        else:
            seen.add(wid)
            labels.append(tags[wid])
    return enc["input_ids"], labels


# ----------------------------------------------------------------------------- artifacts


def _save(state: dict[str, torch.Tensor], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    os.close(fd)
    try:
        torch.save(state, tmp)
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def _phase(tier: TierSpec, name: str) -> PhaseConfig:
    if name not in tier.phases:
        raise KeyError(f"tier {tier.name} has no [{name}] phase configuration")
    return tier.phases[name]


def _cfg(phase: PhaseConfig, seed: int) -> TrainConfig:
    return TrainConfig(steps=int(phase.max_steps or 100), batch_size=phase.batch_size,
                       learning_rate=phase.learning_rate, warmup_ratio=phase.warmup_ratio,
                       weight_decay=phase.weight_decay, seed=seed)


def pretrained_encoder(tier: TierSpec, seed: int, workdir: Path, progress: Progress | None = None) -> tuple[dict, int]:
    """Phase 1: MLM pretraining on the multilingual corpus, once per seed."""
    path = workdir / "artifacts" / f"pretrain-seed{seed}.pt"
    if path.exists():
        return torch.load(path), 0
    size, data_seed = tier.extras["size"], int(tier.extras.get("data_seed", 0))
    bench, tok = benchmark(size, data_seed), tokenizer_for(size, data_seed)
    set_seed(seed)
    model = XLMRobertaForMaskedLM(config_for(tier, tok))
    rows = [{"input_ids": encode(tok, s)} for sents in bench.corpus.values() for s in sents]
    rows += [{"input_ids": encode(tok, a, b)} for a, b in bench.parallel]
    mlm = DataCollatorForLanguageModeling(tok, mlm_probability=0.15)
    phase = _phase(tier, "pretrain")

    def collate(batch: Sequence[dict]) -> dict[str, torch.Tensor]:
        return mlm([{"input_ids": r["input_ids"]} for r in batch])

    if progress:
        progress(f"phase 1: MLM pretraining, seed {seed}")
    steps = train(model, rows, collate, _cfg(phase, seed))
    state = model.roberta.state_dict()
    _save(state, path)
    return state, steps


def fresh_encoder(tier: TierSpec, seed: int) -> dict:
    size, data_seed = tier.extras["size"], int(tier.extras.get("data_seed", 0))
    set_seed(seed)
    return XLMRobertaModel(config_for(tier, tokenizer_for(size, data_seed)), add_pooling_layer=False).state_dict()


def with_head(cls: type, tier: TierSpec, encoder: dict, seed: int, **extra: int) -> torch.nn.Module:
    """A model of class ``cls`` whose encoder is ``encoder`` and whose head is new."""
    size, data_seed = tier.extras["size"], int(tier.extras.get("data_seed", 0))
    set_seed(seed + 1000)  # the head's initialisation differs from the encoder's
    model = cls(config_for(tier, tokenizer_for(size, data_seed), **extra))
    # The pooler belongs to the head (multiple choice has one, tagging has none): never carried.
    encoder = {k: v for k, v in encoder.items() if not k.startswith("pooler.")}
    missing, unexpected = model.roberta.load_state_dict(encoder, strict=False)
    if unexpected or any(not k.startswith("pooler") for k in missing):
        raise RuntimeError(f"encoder hand-off mismatch: missing {missing}, unexpected {unexpected}")
    return model


def task_rows(task: str, split: str, tok: PreTrainedTokenizerFast, bench: SyntheticBenchmark) -> list[dict]:
    data = bench.tasks[task][split]
    if task == "syn-topic":
        return [{"input_ids": encode(tok, e["tokens"]), "labels": e["label"]} for e in data]
    if task == "syn-pos":
        rows = []
        for e in data:
            ids, labels = tag_labels(tok, e["tokens"], e["tags"])
            rows.append({"input_ids": ids, "labels": labels})
        return rows
    if task == "syn-nli":
        return [{"input_ids": encode(tok, e["premise"], e["hypothesis"]), "labels": e["label"]} for e in data]
    if task == "syn-mc":
        return [{"choices": [encode(tok, c) for c in e["choices"]], "labels": e["label"]} for e in data]
    raise KeyError(f"no trainable synthetic task {task!r}")


HEADS = {
    "syn-topic": (XLMRobertaForSequenceClassification, {"num_labels": len(TOPICS)}),
    "syn-nli": (XLMRobertaForSequenceClassification, {"num_labels": 3}),
    "syn-pos": (XLMRobertaForTokenClassification, {"num_labels": len(POS_TAGS)}),
    "syn-mc": (XLMRobertaForMultipleChoice, {}),
}


def train_task(task: str, tier: TierSpec, encoder: dict, seed: int, phase: str) -> tuple[torch.nn.Module, int]:
    size, data_seed = tier.extras["size"], int(tier.extras.get("data_seed", 0))
    bench, tok = benchmark(size, data_seed), tokenizer_for(size, data_seed)
    cls, extra = HEADS[task]
    model = with_head(cls, tier, encoder, seed, **extra)
    rows = task_rows(task, "train", tok, bench)
    collate = collate_choices(tok) if task == "syn-mc" else collate_plain(tok)
    steps = train(model, rows, collate, _cfg(_phase(tier, phase), seed))
    return model, steps


def intermediate_encoder(tier: TierSpec, model_name: str, task: str, seed: int, encoder: dict, workdir: Path,
                         progress: Progress | None = None) -> tuple[dict, int]:
    """Phase 2, once per (encoder, intermediate task, seed)."""
    path = workdir / "artifacts" / f"inter-{model_name}-{task}-seed{seed}.pt"
    if path.exists():
        return torch.load(path), 0
    if progress:
        progress(f"phase 2: {task} on {model_name} encoder, seed {seed}")
    model, steps = train_task(task, tier, encoder, seed, "intermediate")
    state = {k: v for k, v in model.roberta.state_dict().items() if not k.startswith("pooler.")}
    _save(state, path)
    return state, steps


# ----------------------------------------------------------------------------- evaluation


@torch.no_grad()
def evaluate(model: torch.nn.Module, task: str, split: str, tier: TierSpec) -> float:
    size, data_seed = tier.extras["size"], int(tier.extras.get("data_seed", 0))
    bench, tok = benchmark(size, data_seed), tokenizer_for(size, data_seed)
    rows = task_rows(task, split, tok, bench)
    collate = collate_plain(tok)
    preds: list = []
    golds: list = []
    for i in range(0, len(rows), 128):
        chunk = rows[i : i + 128]
        batch = collate(chunk)
        logits = model(input_ids=batch["input_ids"], attention_mask=batch["attention_mask"]).logits
        if task == "syn-pos":
            for row, lg in zip(chunk, logits):
                keep = [j for j, lab in enumerate(row["labels"]) if lab != -100]
                preds.append([int(lg[j].argmax()) for j in keep])
                golds.append([row["labels"][j] for j in keep])
        else:
            preds += logits.argmax(-1).tolist()
            golds += [r["labels"] for r in chunk]
    if task == "syn-pos":
        return metrics.token_accuracy(preds, golds)
    return metrics.accuracy(preds, golds)


@torch.no_grad()
def sentence_vectors(encoder: dict, tier: TierSpec, sentences: Sequence[Sequence[str]]) -> torch.Tensor:
    """Mean-pooled representations of a middle layer (the paper: layer 14 of 24)."""
    size, data_seed = tier.extras["size"], int(tier.extras.get("data_seed", 0))
    tok = tokenizer_for(size, data_seed)
    model = XLMRobertaModel(config_for(tier, tok), add_pooling_layer=False)
    model.load_state_dict(encoder, strict=False)
    model.eval()
    layer = max(1, round(model.config.num_hidden_layers * 14 / 24))
    out = []
    for i in range(0, len(sentences), 256):
        ids = pad([encode(tok, s) for s in sentences[i : i + 256]], tok.pad_token_id)
        mask = (ids != tok.pad_token_id).long()
        hidden = model(input_ids=ids, attention_mask=mask, output_hidden_states=True).hidden_states[layer]
        m = mask.unsqueeze(-1).float()
        out.append((hidden * m).sum(1) / m.sum(1))
    return torch.cat(out)


def retrieval_accuracy(encoder: dict, tier: TierSpec, lang: str) -> float:
    size, data_seed = tier.extras["size"], int(tier.extras.get("data_seed", 0))
    bench = benchmark(size, data_seed)
    task = bench.tasks["syn-retrieval"]
    queries = sentence_vectors(encoder, tier, [e["tokens"] for e in task[f"test.{lang}"]])
    pivots = sentence_vectors(encoder, tier, [e["tokens"] for e in task["pivot"]])
    return metrics.retrieval_accuracy(queries, pivots, [e["target"] for e in task[f"test.{lang}"]])


# ----------------------------------------------------------------------------- one cell


def run_cell(cell: Cell, tier: TierSpec, workdir: Path, progress: Progress | None = None) -> CellResult:
    """Run one cell of a synthetic tier; see the module docstring."""
    if tier.extras.get("size") is None:
        raise NotAvailableOffline(
            f"tier {tier.name!r} trains {tier.model} on XTREME data from the Hugging Face hub, which this machine "
            "cannot reach; run it where the hub (or a local mirror via HF_HOME / --data-dir) is available"
        )
    t0 = time.perf_counter()
    torch.set_num_threads(int(tier.extras.get("threads", 2)))
    steps: dict[str, int] = {}
    if cell.model == "pretrained":
        encoder, steps["pretrain"] = pretrained_encoder(tier, cell.seed, workdir, progress)
    elif cell.model == "random":
        encoder = fresh_encoder(tier, cell.seed)
    else:
        raise KeyError(f"unknown synthetic encoder {cell.model!r} (pretrained or random)")
    if cell.intermediate != NO_INTERMEDIATE:
        encoder, steps["intermediate"] = intermediate_encoder(tier, cell.model, cell.intermediate, cell.seed, encoder, workdir, progress)
    size, data_seed = tier.extras["size"], int(tier.extras.get("data_seed", 0))
    langs = benchmark(size, data_seed).codes
    if cell.target == "syn-retrieval":
        scores = {lang: retrieval_accuracy(encoder, tier, lang) for lang in langs if lang != "en"}
        return CellResult(cell, "accuracy", scores, None, tier.fingerprint, time.perf_counter() - t0, steps,
                          {"layer": "mean-pooled middle layer"})
    if progress:
        progress(f"phase 3: {cell.target} ({cell.model}, {cell.intermediate}, seed {cell.seed})")
    model, steps["target"] = train_task(cell.target, tier, encoder, cell.seed, "target")
    dev = evaluate(model, cell.target, "validation", tier)
    scores = {lang: evaluate(model, cell.target, f"test.{lang}", tier) for lang in langs if lang != "en"}
    en = evaluate(model, cell.target, "test.en", tier)
    return CellResult(cell, "token accuracy" if cell.target == "syn-pos" else "accuracy", scores, dev,
                      tier.fingerprint, time.perf_counter() - t0, steps, {"en_test": en})
