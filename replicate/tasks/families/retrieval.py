"""Bitext retrieval (BUCC, Tatoeba): no head and no training; sentences are represented by
mean-pooled hidden states of a middle layer (the paper: layer 14 of 24), Tatoeba scored by
nearest-neighbour accuracy, BUCC by ratio-margin mining F1."""

from __future__ import annotations

from collections.abc import Sequence

import torch
from transformers import AutoModel, PretrainedConfig, PreTrainedModel

from replicate import metrics
from replicate.model import Encoding
from replicate.tasks.base import Example, TaskData
from replicate.tasks.families.base import TaskFamily, Tokenizer, register


@register("retrieval")
class Retrieval(TaskFamily):
    trains = False

    def head(self, config: PretrainedConfig, num_labels: int) -> PreTrainedModel:
        return AutoModel.from_config(config, add_pooling_layer=False)

    def score(self, model: PreTrainedModel, task: TaskData, rows: Sequence[Example], tok: Tokenizer, enc: Encoding, *,
              batch_size: int = 64, allow_null: bool = False, layer: int | None = None,
              lang: str | None = None) -> float:
        """``rows`` are one language's corpora (``test[lang]``)."""
        return score_retrieval(model, task, rows, tok, enc.max_length,
                               retrieval_layer(model.config.num_hidden_layers, layer))


@torch.no_grad()
def sentence_vectors(encoder: PreTrainedModel, tok: Tokenizer, sentences: Sequence[str], layer: int, max_length: int,
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


def score_retrieval(encoder: PreTrainedModel, task: TaskData, corpora: Sequence[Example], tok: Tokenizer, max_length: int,
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
