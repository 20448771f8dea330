"""Task families in code: how a family's examples become model inputs, which head reads
them, and how its predictions are scored. Examples are in the formats of
``replicate.tasks.base``; the tokenizer is whichever the tier's model has (XLM-R's
SentencePiece or the synthetic tiers' word-level one), so every family works on both.

Heads are transformers' own (``AutoModelFor*``): sequence classification for
(pair) classification, multiple choice, span extraction (question answering), token
classification for tagging, and the bare encoder for retrieval, whose sentences are
represented by mean-pooled hidden states of a middle layer (the paper: layer 14 of 24).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import torch
from transformers import (
    AutoModel,
    AutoModelForMultipleChoice,
    AutoModelForQuestionAnswering,
    AutoModelForSequenceClassification,
    AutoModelForTokenClassification,
    PretrainedConfig,
    PreTrainedModel,
)

from replicate import metrics
from replicate.tasks.base import Example, TaskData

Feature = dict[str, object]
Collate = Callable[[Sequence[Feature]], dict[str, torch.Tensor]]

IGNORE = -100  # label of positions that are not scored (special tokens, continuation pieces)
MAX_ANSWER_TOKENS = 30  # the SQuAD reference post-processing's limit on an answer's length
N_BEST = 20


@dataclass(frozen=True)
class Encoding:
    """How inputs are cut: the maximum length, and for QA the overlap of context windows."""

    max_length: int
    doc_stride: int = 128


# ----------------------------------------------------------------------------- heads


def head_model(family: str, config: PretrainedConfig, num_labels: int) -> PreTrainedModel:
    """A model of the family's head class around a newly initialised encoder."""
    if family in ("classification", "pair-classification"):
        config.num_labels = num_labels
        return AutoModelForSequenceClassification.from_config(config)
    if family == "tagging":
        config.num_labels = num_labels
        return AutoModelForTokenClassification.from_config(config)
    if family == "multiple-choice":
        return AutoModelForMultipleChoice.from_config(config)
    if family == "span-qa":
        return AutoModelForQuestionAnswering.from_config(config)
    if family == "retrieval":
        return AutoModel.from_config(config, add_pooling_layer=False)
    raise KeyError(f"no head for task family {family!r}")


def encoder_of(model: PreTrainedModel) -> torch.nn.Module:
    """The encoder inside a model with a head (``model.roberta`` for XLM-R)."""
    return model.base_model


# ----------------------------------------------------------------------------- features


def _ids(enc: object) -> list[int]:
    return list(enc["input_ids"])  # type: ignore[index]


def features(task: TaskData, rows: Sequence[Example], tok, enc: Encoding, *, training: bool) -> list[Feature]:  # type: ignore[no-untyped-def]
    """Model inputs of ``rows``. QA rows can give several features (overlapping context
    windows); each carries the index of its example."""
    fam, n = task.family, enc.max_length
    if fam in ("classification", "pair-classification"):
        ids: list[list[int]] = []
        for i in range(0, len(rows), 1000):  # batched: the fast tokenizer works in parallel on a batch
            chunk = rows[i : i + 1000]
            pairs = [r["text_pair"] for r in chunk] if fam == "pair-classification" else None
            ids += tok([r["text"] for r in chunk], pairs, truncation=True, max_length=n)["input_ids"]
        return [{"input_ids": list(x), "labels": r["label"]} for x, r in zip(ids, rows)]
    if fam == "multiple-choice":
        return [{"choices": [_ids(tok(r["context"], c, truncation=True, max_length=n)) for c in r["choices"]],  # type: ignore[union-attr]
                 "labels": r["label"]} for r in rows]
    if fam == "tagging":
        return [_tagging_feature(tok, r["tokens"], r["tags"], n) for r in rows]  # type: ignore[arg-type]
    if fam == "span-qa":
        return _qa_features(rows, tok, enc, training=training)
    raise KeyError(f"task {task.name}: family {fam!r} has no trainable features")


def _tagging_feature(tok, tokens: Sequence[str], tags: Sequence[int], max_length: int) -> Feature:  # type: ignore[no-untyped-def]
    e = tok(list(tokens), is_split_into_words=True, truncation=True, max_length=max_length)
    labels, seen = [], set()
    for wid in e.word_ids():
        if wid is None or wid in seen:  # only a word's first piece is scored, as XTREME does
            labels.append(IGNORE)
        else:
            seen.add(wid)
            labels.append(tags[wid])
    return {"input_ids": _ids(e), "labels": labels}


def _qa_features(rows: Sequence[Example], tok, enc: Encoding, *, training: bool) -> list[Feature]:  # type: ignore[no-untyped-def]
    e = tok([r["question"] for r in rows], [r["context"] for r in rows], truncation="only_second",
            max_length=enc.max_length, stride=min(enc.doc_stride, enc.max_length // 2), return_overflowing_tokens=True,
            return_offsets_mapping=True)
    out: list[Feature] = []
    for i, ids in enumerate(e["input_ids"]):
        example = e["overflow_to_sample_mapping"][i]
        seq = e.sequence_ids(i)
        offsets = [o if seq[k] == 1 else None for k, o in enumerate(e["offset_mapping"][i])]
        feat: Feature = {"input_ids": list(ids), "example": example}
        if training:
            feat["start_positions"], feat["end_positions"] = _answer_tokens(rows[example]["answers"], offsets)  # type: ignore[arg-type]
        else:
            feat["offsets"] = offsets
        out.append(feat)
    return out


def _answer_tokens(answers: dict[str, list], offsets: list[tuple[int, int] | None]) -> tuple[int, int]:
    """Token positions of the first answer in this window; (0, 0) — the <s> token, as
    SQuAD v2.0 training does — when there is no answer or the window does not hold it."""
    if not answers["text"]:
        return 0, 0
    start_char = answers["answer_start"][0]
    end_char = start_char + len(answers["text"][0])
    ctx = [k for k, o in enumerate(offsets) if o is not None]
    if not ctx or offsets[ctx[0]][0] > start_char or offsets[ctx[-1]][1] < end_char:  # type: ignore[index]
        return 0, 0
    start = next(k for k in ctx if offsets[k][1] > start_char)  # type: ignore[index]
    end = next(k for k in reversed(ctx) if offsets[k][0] < end_char)  # type: ignore[index]
    return start, end


def pad(rows: Sequence[Sequence[int]], value: int) -> torch.Tensor:
    width = max(len(r) for r in rows)
    return torch.tensor([list(r) + [value] * (width - len(r)) for r in rows], dtype=torch.long)


def collate_for(family: str, pad_id: int) -> Collate:
    """Dynamic padding: each batch is padded to its own longest input."""

    def plain(rows: Sequence[Feature]) -> dict[str, torch.Tensor]:
        ids = pad([r["input_ids"] for r in rows], pad_id)  # type: ignore[misc]
        out = {"input_ids": ids, "attention_mask": (ids != pad_id).long()}
        first = rows[0]
        if "labels" in first:
            out["labels"] = (pad([r["labels"] for r in rows], IGNORE) if isinstance(first["labels"], list)  # type: ignore[misc]
                             else torch.tensor([r["labels"] for r in rows]))
        for key in ("start_positions", "end_positions"):
            if key in first:
                out[key] = torch.tensor([r[key] for r in rows])
        return out

    def choices(rows: Sequence[Feature]) -> dict[str, torch.Tensor]:
        flat = [c for r in rows for c in r["choices"]]  # type: ignore[attr-defined]
        ids = pad(flat, pad_id).view(len(rows), len(rows[0]["choices"]), -1)  # type: ignore[arg-type]
        return {"input_ids": ids, "attention_mask": (ids != pad_id).long(), "labels": torch.tensor([r["labels"] for r in rows])}

    return choices if family == "multiple-choice" else plain


# ----------------------------------------------------------------------------- evaluation


def _batches(feats: Sequence[Feature], size: int) -> list[Sequence[Feature]]:
    return [feats[i : i + size] for i in range(0, len(feats), size)]


def _inputs(batch: dict[str, torch.Tensor], device: torch.device) -> dict[str, torch.Tensor]:
    return {k: batch[k].to(device) for k in ("input_ids", "attention_mask")}


@torch.no_grad()
def score(model: PreTrainedModel, task: TaskData, rows: Sequence[Example], tok, enc: Encoding,  # type: ignore[no-untyped-def]
          *, batch_size: int = 64, allow_null: bool = False) -> float:
    """The task's metric, in points, of ``model`` on ``rows``. ``allow_null`` lets a QA
    model answer "no answer" (SQuAD v2.0); XTREME's QA targets always have one."""
    model.eval()
    device = next(model.parameters()).device
    if task.family == "span-qa":
        return _score_qa(model, rows, tok, enc, batch_size, allow_null, device)
    feats = features(task, rows, tok, enc, training=False)
    collate = collate_for(task.family, tok.pad_token_id)
    preds: list = []
    golds: list = []
    for chunk in _batches(feats, batch_size):
        batch = collate(chunk)
        logits = model(**_inputs(batch, device)).logits.float().cpu()
        if task.family == "tagging":
            for lab, lg in zip(batch["labels"], logits):
                keep = lab != IGNORE
                preds.append(lg[keep].argmax(-1).tolist())
                golds.append(lab[keep].tolist())
        else:
            preds += logits.argmax(-1).tolist()
            golds += batch["labels"].tolist()
    if task.metric == "entity_f1":
        names = task.labels
        return metrics.entity_f1([[names[i] for i in p] for p in preds], [[names[i] for i in g] for g in golds])
    return metrics.compute_metric(task.metric, preds, golds)


def _score_qa(model: PreTrainedModel, rows: Sequence[Example], tok, enc: Encoding, batch_size: int,  # type: ignore[no-untyped-def]
              allow_null: bool, device: torch.device) -> float:
    feats = _qa_features(rows, tok, enc, training=False)
    collate = collate_for("span-qa", tok.pad_token_id)
    best: dict[int, tuple[float, str]] = {}  # example → (score, answer text)
    null: dict[int, float] = {}
    for chunk in _batches(feats, batch_size):
        out = model(**_inputs(collate(chunk), device))
        for f, s, e in zip(chunk, out.start_logits.float().cpu(), out.end_logits.float().cpu()):
            ex = int(f["example"])  # type: ignore[call-overload]
            null[ex] = min(null.get(ex, float("inf")), float(s[0] + e[0]))
            span = best_span(s, e, f["offsets"])  # type: ignore[arg-type]
            if span is not None and (ex not in best or span[0] > best[ex][0]):
                context = rows[ex]["context"]
                best[ex] = (span[0], context[span[1] : span[2]])  # type: ignore[index]
    predictions = []
    for i in range(len(rows)):
        answer = best.get(i, (float("-inf"), ""))
        predictions.append("" if allow_null and null.get(i, float("-inf")) > answer[0] else answer[1])
    references = [list(r["answers"]["text"]) or [""] for r in rows]  # type: ignore[index]
    return metrics.qa_score(predictions, references)


def best_span(start: torch.Tensor, end: torch.Tensor, offsets: Sequence[tuple[int, int] | None]) -> tuple[float, int, int] | None:
    """The highest-scoring (start ≤ end, at most MAX_ANSWER_TOKENS) span inside the
    context: (score, first character, end character)."""
    n = min(len(offsets), start.shape[0])
    top_s = start[:n].topk(min(N_BEST, n)).indices.tolist()
    top_e = end[:n].topk(min(N_BEST, n)).indices.tolist()
    found = None
    for i in top_s:
        for j in top_e:
            if offsets[i] is None or offsets[j] is None or j < i or j - i + 1 > MAX_ANSWER_TOKENS:
                continue
            s = float(start[i] + end[j])
            if found is None or s > found[0]:
                found = (s, offsets[i][0], offsets[j][1])  # type: ignore[index]
    return found


@torch.no_grad()
def sentence_vectors(encoder: PreTrainedModel, tok, sentences: Sequence[str], layer: int, max_length: int,  # type: ignore[no-untyped-def]
                     batch_size: int = 128) -> torch.Tensor:
    """Mean-pooled hidden states of ``layer`` (0 = embeddings), padding excluded."""
    encoder.eval()
    device = next(encoder.parameters()).device
    out = []
    for i in range(0, len(sentences), batch_size):
        e = tok(list(sentences[i : i + batch_size]), truncation=True, max_length=max_length, padding=True, return_tensors="pt")
        mask = e["attention_mask"].to(device)
        hidden = encoder(input_ids=e["input_ids"].to(device), attention_mask=mask, output_hidden_states=True).hidden_states[layer]
        m = mask.unsqueeze(-1).to(hidden.dtype)
        out.append(((hidden * m).sum(1) / m.sum(1)).float().cpu())
    return torch.cat(out)


def retrieval_layer(num_layers: int, layer: int | None = None) -> int:
    """The layer whose representations are pooled: given, or layer 14 of 24 scaled to depth."""
    return layer if layer is not None else max(1, round(num_layers * 14 / 24))


def score_retrieval(encoder: PreTrainedModel, task: TaskData, corpora: Sequence[Example], tok, max_length: int,  # type: ignore[no-untyped-def]
                    layer: int) -> float:
    """Tatoeba: nearest-neighbour accuracy on the test corpus. BUCC: ratio-margin mining
    with the threshold that maximises F1 on the validation corpus (on test itself where
    there is none, which flatters the score), F1 on test."""
    by_split = {str(c["split"]): c for c in corpora}
    if "test" not in by_split:
        raise KeyError(f"task {task.name}: no test corpus for retrieval")

    def vectors(c: Example) -> tuple[torch.Tensor, torch.Tensor]:
        return (sentence_vectors(encoder, tok, c["source"], layer, max_length),  # type: ignore[arg-type]
                sentence_vectors(encoder, tok, c["target"], layer, max_length))  # type: ignore[arg-type]

    test = by_split["test"]
    src, tgt = vectors(test)
    if task.metric == "retrieval_accuracy":
        gold = dict(_pairs(test))
        sources = sorted(gold)
        return metrics.retrieval_accuracy(src[sources], tgt, [gold[i] for i in sources])
    tune = by_split.get("validation", test)
    tune_src, tune_tgt = (src, tgt) if tune is test else vectors(tune)
    threshold = metrics.tune_threshold(tune_src, tune_tgt, _pairs(tune))
    return metrics.bucc_f1(metrics.margin_mine(src, tgt, threshold=threshold), _pairs(test))


def _pairs(corpus: Example) -> set[tuple[int, int]]:
    return {(int(i), int(j)) for i, j in corpus["gold"]}  # type: ignore[union-attr]
