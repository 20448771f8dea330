"""Every metric against values computed by hand."""

from __future__ import annotations

import math

import pytest

# The audit-only environment (CI's base leg) has no torch/transformers/datasets: skip.
torch = pytest.importorskip("torch")

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
    # seqeval's default mode: an I- without its B- starts an entity ("I-PER I-PER" is one PER)
    assert metrics.entity_f1([["I-PER", "I-PER", "O"]], [["B-PER", "I-PER", "O"]]) == pytest.approx(100.0)
    with pytest.raises(ValueError, match="predicted tags"):
        metrics.entity_f1([["O"]], [["O", "O"]])


def test_squad_normalisation_f1_em_and_xtreme_qa_score() -> None:
    assert metrics.normalize_answer("The  Eiffel-Tower!") == "eiffeltower"
    assert metrics.squad_em("the Eiffel Tower", ["Eiffel Tower"]) == 100.0
    # prediction "in paris france" vs truth "paris": common 1, precision 1/3, recall 1 → F1 0.5
    assert metrics.squad_f1("in Paris, France", ["Paris"]) == pytest.approx(50.0)
    # EM 0 and F1 50 → (0 + 50) / 2
    assert metrics.qa_score(["in Paris, France"], [["Paris"]]) == pytest.approx(25.0)


def test_pos_is_seqeval_f1_on_tag_names_as_jiant_scores_it() -> None:
    # seqeval reads an unprefixed UPOS tag as a chunk: a run of one tag is one chunk.
    # gold NOUN NOUN | VERB = chunks (NOUN 0-1), (VERB 2); predicted NOUN | VERB VERB = (NOUN 0), (VERB 1-2):
    # no chunk right, F1 0, though two of three tokens are right (token accuracy 66.7)
    gold, pred = [["NOUN", "NOUN", "VERB"]], [["NOUN", "VERB", "VERB"]]
    assert metrics.tag_f1(pred, gold) == 0.0
    assert metrics.token_accuracy([[0, 1, 1]], [[0, 0, 1]]) == pytest.approx(200 / 3)
    # gold DET NOUN VERB PUNCT = four one-token chunks; predicted DET NOUN NOUN PUNCT = DET, NOUN 1-2, PUNCT:
    # 2 of 3 predicted chunks right, 2 of 4 gold found: P 2/3, R 1/2, F1 4/7
    gold = [["DET", "NOUN", "VERB", "PUNCT"]]
    pred = [["DET", "NOUN", "NOUN", "PUNCT"]]
    assert metrics.tag_f1(pred, gold) == pytest.approx(100 * 4 / 7)
    assert metrics.compute_metric("tag_f1", pred, gold) == pytest.approx(100 * 4 / 7)


def test_squad_official_rules() -> None:
    # the official script strips ASCII punctuation only and English articles only
    assert metrics.normalize_answer("An «apple»") == "«apple»"
    assert metrics.squad_em("The cat.", ["cat"]) == 100.0
    # best of several references: "big red dog" vs "red dog" F1 = 2·(2/3·1)/(2/3+1) = 0.8
    assert metrics.squad_f1("big red dog", ["cat", "red dog"]) == pytest.approx(80.0)
    with pytest.raises(ValueError, match="one prediction per question"):
        metrics.qa_score(["a"], [])


def test_mlqa_normalises_per_language() -> None:
    # Chinese: every character a token. "北京大学" vs "北京": 2 common of 4 and 2 → P 1/2, R 1, F1 2/3.
    # SQuAD's rules see one token each, different: F1 0.
    assert metrics.squad_f1("北京大学", ["北京"], lang="zh") == pytest.approx(100 * 2 / 3)
    assert metrics.squad_f1("北京大学", ["北京"]) == 0.0
    # Unicode punctuation goes (the SQuAD script keeps the full-width comma and the Chinese full stop)
    assert metrics.mlqa_tokens("北京，大学。", "zh") == ["北", "京", "大", "学"]
    # each language's articles: German "der", Spanish "el"; the English rule keeps both
    assert metrics.squad_em("der Hund", ["Hund"], lang="de") == 100.0
    assert metrics.squad_em("der Hund", ["Hund"]) == 0.0
    assert metrics.squad_em("el perro", ["perro"], lang="es") == 100.0
    # Arabic: the article prefix "ال" is dropped
    assert metrics.mlqa_tokens("الكتاب", "ar") == ["كتاب"]
    # QA score with MLQA rules: EM 0, F1 2/3 → 33.3
    assert metrics.qa_score(["北京大学"], [["北京"]], lang="zh") == pytest.approx(100 / 3)
    with pytest.raises(ValueError, match="no normalisation for language"):
        metrics.mlqa_tokens("x", "fr")


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
