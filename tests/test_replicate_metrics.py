"""Every metric against values computed by hand."""

from __future__ import annotations

import math

import pytest
import torch

from replicate import metrics


def test_accuracy_and_token_accuracy() -> None:
    assert metrics.accuracy([1, 0, 2, 2], [1, 1, 2, 0]) == 50.0
    # 3 of 5 tokens right, across two sentences
    assert metrics.token_accuracy([[1, 2], [3, 3, 0]], [[1, 0], [3, 1, 0]]) == 60.0
    with pytest.raises(ValueError):
        metrics.accuracy([], [])


def test_entity_f1_by_hand() -> None:
    gold = [["B-PER", "I-PER", "O", "B-LOC"], ["B-ORG", "O"]]
    pred = [["B-PER", "I-PER", "O", "B-ORG"], ["B-ORG", "O"]]
    # gold entities: PER(0,2), LOC(3,4), ORG(0,1) = 3; predicted: PER, ORG(3,4), ORG(0,1) = 3; 2 correct
    # precision 2/3, recall 2/3, F1 2/3
    assert metrics.entity_f1(pred, gold) == pytest.approx(100 * 2 / 3)
    assert metrics.entities(["I-PER", "I-PER", "O"]) == {("PER", 0, 2)}


def test_squad_normalisation_f1_em_and_xtreme_qa_score() -> None:
    assert metrics.normalize_answer("The  Eiffel-Tower!") == "eiffeltower"
    assert metrics.squad_em("the Eiffel Tower", ["Eiffel Tower"]) == 100.0
    # prediction "in paris france" vs truth "paris": common 1, precision 1/3, recall 1 → F1 0.5
    assert metrics.squad_f1("in Paris, France", ["Paris"]) == pytest.approx(50.0)
    # EM 0 and F1 50 → (0 + 50) / 2
    assert metrics.qa_score(["in Paris, France"], [["Paris"]]) == pytest.approx(25.0)


def test_retrieval_accuracy_and_bucc() -> None:
    q = torch.tensor([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]])
    p = torch.tensor([[0.9, 0.1], [0.1, 0.9], [-1.0, 0.2]])
    assert metrics.retrieval_accuracy(q, p, [0, 1, 2]) == pytest.approx(200 / 3)
    # 2 of 3 mined pairs correct, 2 of 4 gold found: P 2/3, R 1/2, F1 4/7
    assert metrics.bucc_f1({(0, 0), (1, 1), (2, 5)}, {(0, 0), (1, 1), (2, 2), (3, 3)}) == pytest.approx(100 * 4 / 7)
    mined = metrics.margin_mine(q[:2], p[:2], k=1, threshold=1.0)
    assert mined == {(0, 0), (1, 1)}


def test_aggregation_is_mean_over_languages_then_tasks() -> None:
    per_task = {"xnli": {"de": 80.0, "fr": 70.0}, "pawsx": {"de": 90.0}}
    assert metrics.aggregate(per_task) == pytest.approx((75.0 + 90.0) / 2)
    assert math.isclose(metrics.compute_metric("accuracy", [1, 1], [1, 0]), 50.0)
    with pytest.raises(KeyError):
        metrics.compute_metric("bleu", [], [])


def test_bucc_threshold_is_tuned_for_f1() -> None:
    # Sources 0 and 1 have their translations (targets 0 and 1); source 2 is a distractor whose
    # nearest target is a wrong one with a lower margin. The best threshold keeps the two
    # true pairs and drops the distractor: F1 100.
    src = torch.tensor([[1.0, 0.0, 0.0], [0.0, 1.0, 0.0], [0.6, 0.6, 0.5]])
    tgt = torch.tensor([[1.0, 0.05, 0.0], [0.05, 1.0, 0.0], [0.0, 0.0, 1.0]])
    gold = {(0, 0), (1, 1)}
    candidates = {(i, j): m for m, i, j in metrics.margin_candidates(src, tgt, k=2)}
    assert {(0, 0), (1, 1)} <= set(candidates) and len(candidates) == 3  # one best target per source
    threshold = metrics.tune_threshold(src, tgt, gold, k=2)
    assert metrics.bucc_f1(metrics.margin_mine(src, tgt, k=2, threshold=threshold), gold) == pytest.approx(100.0)
    assert threshold > max(m for (i, _), m in candidates.items() if i == 2)
