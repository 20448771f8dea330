"""What every task family provides, and the registry that finds one by name.

A family is one class: which transformers head reads its examples (``head``), how examples
become model inputs (``features``), how inputs are batched (``collate``) and how predictions
are scored (``score``). Families register under the names tasks use in the spec
(``family = "span-qa"``), the way lm-evaluation-harness registers its tasks, so adding a
family is one new module and no dispatch to edit.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import Any, ClassVar, TypeVar

import torch
from transformers import PretrainedConfig, PreTrainedModel

from replicate import metrics
from replicate.model import Encoding
from replicate.tasks.base import Example, TaskData

Feature = dict[str, Any]
Collate = Callable[[Sequence[Feature]], dict[str, torch.Tensor]]
Tokenizer = Any  # a transformers fast tokenizer: XLM-R's SentencePiece or the synthetic tiers' word-level one

IGNORE = -100  # label of positions that are not scored (special tokens, continuation pieces)


class TaskFamily:
    """One task family; subclasses register with ``@register("name", ...)``."""

    names: ClassVar[tuple[str, ...]] = ()
    trains: ClassVar[bool] = True  # False: evaluated on the encoder as it is (retrieval)

    def head(self, config: PretrainedConfig, num_labels: int) -> PreTrainedModel:
        """A model of the family's head class around a newly initialised encoder."""
        raise NotImplementedError(f"{type(self).__name__} has no head")

    def features(self, task: TaskData, rows: Sequence[Example], tok: Tokenizer, enc: Encoding, *,
                 training: bool) -> list[Feature]:
        """Model inputs of ``rows``; a row can give several (QA's overlapping windows)."""
        raise NotImplementedError(f"task {task.name}: family {task.family!r} has no trainable features")

    def collate(self, pad_id: int) -> Collate:
        """Dynamic padding: each batch is padded to its own longest input."""
        return plain_collate(pad_id)

    def allows_null(self, task: TaskData) -> bool:
        """Whether a prediction may be "no answer" (SQuAD v2.0-style training data)."""
        return False

    def score(self, model: PreTrainedModel, task: TaskData, rows: Sequence[Example], tok: Tokenizer, enc: Encoding, *,
              batch_size: int = 64, allow_null: bool = False, layer: int | None = None,
              lang: str | None = None) -> float:
        """The task's metric, in points, of ``model`` on ``rows``."""
        raise NotImplementedError(f"{type(self).__name__} cannot score")


_REGISTRY: dict[str, TaskFamily] = {}
F = TypeVar("F", bound=type[TaskFamily])


def register(*names: str) -> Callable[[F], F]:
    """Register a family class under the spec's family names."""

    def add(cls: F) -> F:
        for name in names:
            if name in _REGISTRY:
                raise ValueError(f"task family {name!r} is registered twice")
            _REGISTRY[name] = cls()
        cls.names = names
        return cls

    return add


def get(name: str) -> TaskFamily:
    if name not in _REGISTRY:
        raise KeyError(f"no task family {name!r} (registered: {', '.join(sorted(_REGISTRY))})")
    return _REGISTRY[name]


def registered() -> list[str]:
    return sorted(_REGISTRY)


def encoder_of(model: torch.nn.Module) -> torch.nn.Module:
    """The encoder inside a model with a head (``model.roberta`` for XLM-R)."""
    base = getattr(model, "base_model", None)
    if not isinstance(base, torch.nn.Module):
        raise TypeError(f"{type(model).__name__} is not a transformers model with an encoder")
    return base


def ids(encoded: Any) -> list[int]:
    return list(encoded["input_ids"])


def pad(rows: Sequence[Sequence[int]], value: int) -> torch.Tensor:
    width = max(len(r) for r in rows)
    return torch.tensor([list(r) + [value] * (width - len(r)) for r in rows], dtype=torch.long)


def plain_collate(pad_id: int) -> Collate:
    """One input per feature: ids and mask, and labels or answer positions where present."""

    def collate(rows: Sequence[Feature]) -> dict[str, torch.Tensor]:
        input_ids = pad([r["input_ids"] for r in rows], pad_id)
        out = {"input_ids": input_ids, "attention_mask": (input_ids != pad_id).long()}
        first = rows[0]
        if "labels" in first:
            out["labels"] = (pad([r["labels"] for r in rows], IGNORE) if isinstance(first["labels"], list)
                             else torch.tensor([r["labels"] for r in rows]))
        for key in ("start_positions", "end_positions"):
            if key in first:
                out[key] = torch.tensor([r[key] for r in rows])
        return out

    return collate


def batches(feats: Sequence[Feature], size: int) -> Iterator[Sequence[Feature]]:
    for i in range(0, len(feats), size):
        yield feats[i : i + size]


def inputs(batch: dict[str, torch.Tensor], device: torch.device) -> dict[str, torch.Tensor]:
    return {k: batch[k].to(device) for k in ("input_ids", "attention_mask")}


def device_of(model: torch.nn.Module) -> torch.device:
    return next(model.parameters()).device


class ArgmaxScoring(TaskFamily):
    """Scoring of families with one label per example: the argmax of the head's logits."""

    @torch.no_grad()
    def score(self, model: PreTrainedModel, task: TaskData, rows: Sequence[Example], tok: Tokenizer, enc: Encoding, *,
              batch_size: int = 64, allow_null: bool = False, layer: int | None = None,
              lang: str | None = None) -> float:
        model.eval()
        collate = self.collate(tok.pad_token_id)
        preds: list[int] = []
        golds: list[int] = []
        for chunk in batches(self.features(task, rows, tok, enc, training=False), batch_size):
            batch = collate(chunk)
            preds += model(**inputs(batch, device_of(model))).logits.float().cpu().argmax(-1).tolist()
            golds += batch["labels"].tolist()
        return metrics.compute_metric(task.metric, preds, golds)
