"""Extractive QA (SQuAD; XQuAD, MLQA, TyDiQA-GoldP): a span head over overlapping context
windows, answers chosen by the SQuAD reference post-processing; mean of exact match and F1.
Where the training data has unanswerable questions (SQuAD v2.0-style), "no answer" may be
predicted too."""

from __future__ import annotations

from collections.abc import Sequence

import torch
from transformers import AutoModelForQuestionAnswering, PretrainedConfig, PreTrainedModel

from replicate import metrics
from replicate.model import Encoding
from replicate.tasks.base import Example, TaskData
from replicate.tasks.families.base import (
    Feature,
    TaskFamily,
    Tokenizer,
    batches,
    device_of,
    inputs,
    plain_collate,
    register,
)

MAX_ANSWER_TOKENS = 30  # the SQuAD reference post-processing's limit on an answer's length
N_BEST = 20


@register("span-qa")
class SpanQA(TaskFamily):
    def head(self, config: PretrainedConfig, num_labels: int) -> PreTrainedModel:
        return AutoModelForQuestionAnswering.from_config(config)

    def features(self, task: TaskData, rows: Sequence[Example], tok: Tokenizer, enc: Encoding, *,
                 training: bool) -> list[Feature]:
        return qa_features(rows, tok, enc, training=training)

    def allows_null(self, task: TaskData) -> bool:
        return any(not r["answers"]["text"] for r in task.train)  # type: ignore[index]

    @torch.no_grad()
    def score(self, model: PreTrainedModel, task: TaskData, rows: Sequence[Example], tok: Tokenizer, enc: Encoding, *,
              batch_size: int = 64, allow_null: bool = False, layer: int | None = None,
              lang: str | None = None) -> float:
        model.eval()
        # MLQA's evaluator normalises answers per language; the other QA tasks use SQuAD's script
        return score_qa(model, rows, tok, enc, batch_size, allow_null, lang if task.metric == "mlqa_qa" else None)


def qa_features(rows: Sequence[Example], tok: Tokenizer, enc: Encoding, *, training: bool) -> list[Feature]:
    e = tok([r["question"] for r in rows], [r["context"] for r in rows], truncation="only_second",
            max_length=enc.max_length, stride=min(enc.doc_stride, enc.max_length // 2), return_overflowing_tokens=True,
            return_offsets_mapping=True)
    out: list[Feature] = []
    for i, window in enumerate(e["input_ids"]):
        example = e["overflow_to_sample_mapping"][i]
        seq = e.sequence_ids(i)
        offsets = [o if seq[k] == 1 else None for k, o in enumerate(e["offset_mapping"][i])]
        feat: Feature = {"input_ids": list(window), "example": example}
        if training:
            feat["start_positions"], feat["end_positions"] = answer_tokens(rows[example]["answers"], offsets)  # type: ignore[arg-type]
        else:
            feat["offsets"] = offsets
        out.append(feat)
    return out


def answer_tokens(answers: dict[str, list], offsets: list[tuple[int, int] | None]) -> tuple[int, int]:
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


def score_qa(model: PreTrainedModel, rows: Sequence[Example], tok: Tokenizer, enc: Encoding, batch_size: int,
             allow_null: bool, lang: str | None = None) -> float:
    feats = qa_features(rows, tok, enc, training=False)
    collate = plain_collate(tok.pad_token_id)
    device = device_of(model)
    best: dict[int, tuple[float, str]] = {}  # example → (score, answer text)
    null: dict[int, float] = {}
    for chunk in batches(feats, batch_size):
        out = model(**inputs(collate(chunk), device))
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
    return metrics.qa_score(predictions, references, lang=lang)


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
