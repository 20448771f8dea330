"""Every metric once, in points (0–100), with the aggregation the paper uses: mean over
languages per task, then mean over tasks."""

from __future__ import annotations

import collections
import re
import string
from collections.abc import Sequence

import torch


def accuracy(predictions: Sequence[object], references: Sequence[object]) -> float:
    if len(predictions) != len(references) or not references:
        raise ValueError("accuracy needs as many predictions as references, and at least one")
    return 100.0 * sum(p == r for p, r in zip(predictions, references)) / len(references)


def token_accuracy(predictions: Sequence[Sequence[int]], references: Sequence[Sequence[int]]) -> float:
    """POS tagging as XTREME scores it: accuracy over all tokens."""
    flat_p = [p for row in predictions for p in row]
    flat_r = [r for row in references for r in row]
    return accuracy(flat_p, flat_r)


def entities(tags: Sequence[str]) -> set[tuple[str, int, int]]:
    """(type, start, end) spans of BIO tags; an I- without its B- starts an entity, as
    seqeval does in its default (non-strict) mode."""
    spans, start, kind = set(), None, None
    for i, tag in enumerate(list(tags) + ["O"]):
        if tag == "O" or tag.startswith("B-") or (tag.startswith("I-") and tag[2:] != kind):
            if kind is not None:
                spans.add((kind, start, i))
            kind, start = (tag[2:], i) if tag != "O" else (None, None)
    return spans


def entity_f1(predictions: Sequence[Sequence[str]], references: Sequence[Sequence[str]]) -> float:
    """NER (PAN-X) as XTREME scores it: entity-level F1 over BIO spans."""
    tp = n_pred = n_gold = 0
    for p, r in zip(predictions, references):
        ps, rs = entities(p), entities(r)
        tp += len(ps & rs)
        n_pred += len(ps)
        n_gold += len(rs)
    if tp == 0:
        return 0.0
    precision, recall = tp / n_pred, tp / n_gold
    return 100.0 * 2 * precision * recall / (precision + recall)


def normalize_answer(s: str) -> str:
    """The official SQuAD normalisation: lower case, no punctuation, no articles, one space."""
    s = s.lower()
    s = "".join(ch for ch in s if ch not in set(string.punctuation))
    s = re.sub(r"\b(a|an|the)\b", " ", s)
    return " ".join(s.split())


def squad_f1(prediction: str, truths: Sequence[str]) -> float:
    def f1(pred: str, truth: str) -> float:
        p, t = normalize_answer(pred).split(), normalize_answer(truth).split()
        common = collections.Counter(p) & collections.Counter(t)
        same = sum(common.values())
        if not p or not t:
            return float(p == t)
        if same == 0:
            return 0.0
        precision, recall = same / len(p), same / len(t)
        return 2 * precision * recall / (precision + recall)

    return 100.0 * max(f1(prediction, t) for t in truths)


def squad_em(prediction: str, truths: Sequence[str]) -> float:
    return 100.0 * max(float(normalize_answer(prediction) == normalize_answer(t)) for t in truths)


def qa_score(predictions: Sequence[str], references: Sequence[Sequence[str]]) -> float:
    """XTREME's QA score: the mean of exact match and F1, each averaged over questions."""
    em = sum(squad_em(p, r) for p, r in zip(predictions, references)) / len(references)
    f1 = sum(squad_f1(p, r) for p, r in zip(predictions, references)) / len(references)
    return (em + f1) / 2


def retrieval_accuracy(queries: torch.Tensor, pivots: torch.Tensor, targets: Sequence[int]) -> float:
    """Tatoeba: the nearest pivot by cosine similarity is the translation."""
    q = torch.nn.functional.normalize(queries.float(), dim=-1)
    p = torch.nn.functional.normalize(pivots.float(), dim=-1)
    best = (q @ p.T).argmax(-1).tolist()
    return accuracy(best, list(targets))


def bucc_f1(mined: set[tuple[int, int]], gold: set[tuple[int, int]]) -> float:
    """BUCC: F1 of the mined sentence pairs against the gold pairs."""
    tp = len(mined & gold)
    if tp == 0:
        return 0.0
    precision, recall = tp / len(mined), tp / len(gold)
    return 100.0 * 2 * precision * recall / (precision + recall)


def margin_candidates(src: torch.Tensor, tgt: torch.Tensor, k: int = 4) -> list[tuple[float, int, int]]:
    """Each source sentence's best target by ratio margin (Artetxe & Schwenk 2019): the
    cosine over the mean cosine of both sides' ``k`` nearest neighbours. (margin, i, j)."""
    s = torch.nn.functional.normalize(src.float(), dim=-1)
    t = torch.nn.functional.normalize(tgt.float(), dim=-1)
    sim = s @ t.T
    k_s, k_t = min(k, sim.shape[1]), min(k, sim.shape[0])
    nn_s = sim.topk(k_s, dim=1).values.mean(1)
    nn_t = sim.topk(k_t, dim=0).values.mean(0)
    margin = sim / ((nn_s[:, None] + nn_t[None, :]) / 2)
    values, best = margin.max(1)
    return [(float(v), i, int(j)) for i, (v, j) in enumerate(zip(values.tolist(), best.tolist()))]


def margin_mine(src: torch.Tensor, tgt: torch.Tensor, k: int = 4, threshold: float = 1.0) -> set[tuple[int, int]]:
    """The mined pairs: candidates whose margin reaches ``threshold``."""
    return {(i, j) for m, i, j in margin_candidates(src, tgt, k) if m >= threshold}


def tune_threshold(src: torch.Tensor, tgt: torch.Tensor, gold: set[tuple[int, int]], k: int = 4) -> float:
    """The margin threshold with the best F1 against ``gold`` (XTREME tunes it on BUCC's
    sample data): every candidate's margin is tried, the highest-F1 one kept."""
    ranked = sorted(margin_candidates(src, tgt, k), reverse=True)
    best_f1, best_t, tp = -1.0, float("inf"), 0
    for n, (m, i, j) in enumerate(ranked, start=1):  # keeping the n best candidates
        tp += (i, j) in gold
        f1 = 2 * tp / (n + len(gold)) if gold else 0.0
        if f1 > best_f1:
            best_f1, best_t = f1, m
    return best_t


def mean(values: Sequence[float]) -> float:
    if not values:
        raise ValueError("mean of nothing")
    return sum(values) / len(values)


def aggregate(per_task: dict[str, dict[str, float]]) -> float:
    """Mean over languages within each task, then mean over tasks."""
    return mean([mean(list(langs.values())) for langs in per_task.values()])


def compute_metric(name: str, predictions: Sequence, references: Sequence) -> float:
    table = {
        "accuracy": accuracy,
        "retrieval_accuracy": accuracy,  # over nearest-neighbour indices
        "token_accuracy": token_accuracy,
        "entity_f1": entity_f1,
        "qa": qa_score,
    }
    if name not in table:
        raise KeyError(f"unknown metric {name!r}; known: {', '.join(sorted(table))}")
    return table[name](predictions, references)
