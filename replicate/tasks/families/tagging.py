"""Sequence tagging (UD-POS, PAN-X, CCG): a token classification head; only a word's first
piece is scored, as XTREME does; token accuracy or entity F1 over BIO tags."""

from __future__ import annotations

from collections.abc import Sequence

import torch
from transformers import AutoModelForTokenClassification, PretrainedConfig, PreTrainedModel

from replicate import metrics
from replicate.model import Encoding
from replicate.tasks.base import Example, TaskData
from replicate.tasks.families.base import (
    IGNORE,
    Feature,
    TaskFamily,
    Tokenizer,
    batches,
    device_of,
    ids,
    inputs,
    register,
)


def tagging_feature(tok: Tokenizer, tokens: Sequence[str], tags: Sequence[int], max_length: int) -> Feature:
    e = tok(list(tokens), is_split_into_words=True, truncation=True, max_length=max_length)
    labels, seen = [], set()
    for wid in e.word_ids():
        if wid is None or wid in seen:  # only a word's first piece is scored
            labels.append(IGNORE)
        else:
            seen.add(wid)
            labels.append(tags[wid])
    return {"input_ids": ids(e), "labels": labels}


@register("tagging")
class Tagging(TaskFamily):
    def head(self, config: PretrainedConfig, num_labels: int) -> PreTrainedModel:
        config.num_labels = num_labels
        return AutoModelForTokenClassification.from_config(config)

    def features(self, task: TaskData, rows: Sequence[Example], tok: Tokenizer, enc: Encoding, *,
                 training: bool) -> list[Feature]:
        return [tagging_feature(tok, r["tokens"], r["tags"], enc.max_length) for r in rows]

    @torch.no_grad()
    def score(self, model: PreTrainedModel, task: TaskData, rows: Sequence[Example], tok: Tokenizer, enc: Encoding, *,
              batch_size: int = 64, allow_null: bool = False, layer: int | None = None,
              lang: str | None = None) -> float:
        model.eval()
        collate = self.collate(tok.pad_token_id)
        preds: list[list[int]] = []
        golds: list[list[int]] = []
        for chunk in batches(self.features(task, rows, tok, enc, training=False), batch_size):
            batch = collate(chunk)
            logits = model(**inputs(batch, device_of(model))).logits.float().cpu()
            for lab, lg in zip(batch["labels"], logits):
                keep = lab != IGNORE
                preds.append(lg[keep].argmax(-1).tolist())
                golds.append(lab[keep].tolist())
        if task.metric in ("entity_f1", "tag_f1"):  # seqeval scores tag names
            names = task.labels
            return metrics.compute_metric(task.metric, [[names[i] for i in p] for p in preds],
                                          [[names[i] for i in g] for g in golds])
        return metrics.compute_metric(task.metric, preds, golds)
