"""Multiple choice (CommonsenseQA, CosmosQA, HellaSwag): each choice is encoded as the pair
(context, choice) and scored by one shared head; accuracy."""

from __future__ import annotations

from collections.abc import Sequence

import torch
from transformers import AutoModelForMultipleChoice, PretrainedConfig, PreTrainedModel

from replicate.model import Encoding
from replicate.tasks.base import Example, TaskData
from replicate.tasks.families.base import ArgmaxScoring, Collate, Feature, Tokenizer, ids, pad, register


@register("multiple-choice")
class MultipleChoice(ArgmaxScoring):
    def head(self, config: PretrainedConfig, num_labels: int) -> PreTrainedModel:
        return AutoModelForMultipleChoice.from_config(config)

    def features(self, task: TaskData, rows: Sequence[Example], tok: Tokenizer, enc: Encoding, *,
                 training: bool) -> list[Feature]:
        return [{"choices": [ids(tok(r["context"], c, truncation=True, max_length=enc.max_length)) for c in r["choices"]],
                 "labels": r["label"]} for r in rows]

    def collate(self, pad_id: int) -> Collate:
        def collate(rows: Sequence[Feature]) -> dict[str, torch.Tensor]:
            flat = [c for r in rows for c in r["choices"]]
            input_ids = pad(flat, pad_id).view(len(rows), len(rows[0]["choices"]), -1)
            return {"input_ids": input_ids, "attention_mask": (input_ids != pad_id).long(),
                    "labels": torch.tensor([r["labels"] for r in rows])}

        return collate
