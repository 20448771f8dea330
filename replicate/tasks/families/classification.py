"""Sentence and sentence-pair classification (SST-2; MNLI, QQP, XNLI, PAWS-X): a sequence
classification head on the first token; accuracy."""

from __future__ import annotations

from collections.abc import Sequence

from transformers import AutoModelForSequenceClassification, PretrainedConfig, PreTrainedModel

from replicate.model import Encoding
from replicate.tasks.base import Example, TaskData
from replicate.tasks.families.base import ArgmaxScoring, Feature, Tokenizer, register

BATCH = 1000  # rows per tokenizer call: the fast tokenizer works in parallel on a batch


@register("classification", "pair-classification")
class Classification(ArgmaxScoring):
    def head(self, config: PretrainedConfig, num_labels: int) -> PreTrainedModel:
        config.num_labels = num_labels
        return AutoModelForSequenceClassification.from_config(config)

    def features(self, task: TaskData, rows: Sequence[Example], tok: Tokenizer, enc: Encoding, *,
                 training: bool) -> list[Feature]:
        ids: list[list[int]] = []
        for i in range(0, len(rows), BATCH):
            chunk = rows[i : i + BATCH]
            pairs = [r["text_pair"] for r in chunk] if task.family == "pair-classification" else None
            ids += tok([r["text"] for r in chunk], pairs, truncation=True, max_length=enc.max_length)["input_ids"]
        return [{"input_ids": list(x), "labels": r["label"]} for x, r in zip(ids, rows)]
