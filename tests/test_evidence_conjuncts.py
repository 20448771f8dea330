"""Coordinated items of a claim compared as a set with the deciding passage
(claimcheck/evidence/conjuncts.py), each case where it must fire and where it must not."""

from __future__ import annotations

import pytest

from claimcheck.evidence.conjuncts import groups, missing_conjuncts


def _items(claim: str) -> list[list[str]]:
    return [[it.text for it in g] for g in groups(claim)]


@pytest.mark.parametrize(
    "claim, expected",
    [
        ("CoLA, QNLI and BoolQ are the hardest targets.", [["CoLA", "QNLI", "BoolQ"]]),
        ("CoLA, QNLI, and BoolQ are the hardest targets.", [["CoLA", "QNLI", "BoolQ"]]),
        ("WiC and COPA contain sentence pairs taken from dictionaries.", [["WiC", "COPA"]]),
        ("mBERT and XLM-R achieve the best results.", [["mBERT", "XLM-R"]]),
        ("The model is tuned for parsing and for tagging.", [["parsing", "tagging"]]),
        ("Questions come from textbooks and exam papers.", [["textbooks", "exam papers"]]),
        ("The survey compares loss functions, optimisers and schedules.", [["functions", "optimisers", "schedules"]]),
        # not lists: numbers, ranges, clauses, verbs joined to a long subject
        ("The benchmark has 30 languages and 7 tasks.", []),
        ("Scores range between 2 and 4.", []),
        ("The encoder is trained on Polish and evaluated on Czech.", []),
        ("The authors see no gain from distillation, and report a loss in speed.", []),
        ("The method drops the auxiliary sentence ordering loss and shortens training.", []),
    ],
)
def test_coordinations_are_split_into_items(claim: str, expected: list[list[str]]) -> None:
    assert _items(claim) == expected


def test_a_member_of_the_set_the_passage_replaces_is_missing() -> None:
    passage = "CoLA, QNLI and RTE are the hardest targets for every intermediate task."
    assert missing_conjuncts("CoLA, QNLI and BoolQ are the hardest targets.", passage) == ["BoolQ"]
    assert missing_conjuncts("QNLI, RTE and CoLA are the hardest targets.", passage) == []  # another order


def test_a_shared_head_does_not_stand_for_the_missing_modifier() -> None:
    passage = "Questions were written by teachers on a set of textbook chapters."
    assert missing_conjuncts("Questions were written on textbook chapters and exam chapters.", passage) == ["exam chapters"]


def test_a_common_word_of_another_sentence_does_not_complete_the_set() -> None:
    passage = "Accuracy of human annotators is high. We release a corpus, a toolkit and a leaderboard."
    assert missing_conjuncts("The authors release a corpus, a toolkit and human baselines.", passage) == ["human baselines"]


def test_a_name_may_be_stated_in_its_own_sentence() -> None:
    passage = "WiC: pairs of sentences taken from dictionaries. COPA: premises taken from dictionaries of blogs."
    assert missing_conjuncts("Both WiC and COPA contain sentences taken from dictionaries.", passage) == []


def test_a_list_the_passage_words_differently_throughout_is_left_alone() -> None:
    # none of the items is there: a paraphrase of the whole set, or another passage's business
    passage = "We compare several recipes for pre-training."
    assert missing_conjuncts("The survey compares loss functions, optimisers and schedules.", passage) == []


def test_between_sentences_with_as_much_of_the_set_the_one_saying_the_rest_of_the_claim_decides() -> None:
    passage = ("Progress on the old benchmark has passed the level of human raters on a set of tasks. "
               "We present a new benchmark with a set of harder tasks, a toolkit, and a leaderboard.")
    claim = "The new benchmark offers a set of harder tasks, a toolkit and human baselines."
    assert missing_conjuncts(claim, passage) == ["human baselines"]


def test_two_predicates_are_no_set() -> None:
    assert _items("XLM-R outperforms mBERT and sets a new state of the art.") == []
    assert _items("The method prunes heads and reduces the cost of inference.") == []
    evidence = "XLM-R outperforms mBERT on every benchmark and establishes a new state of the art."
    assert missing_conjuncts("XLM-R outperforms mBERT and sets a new state of the art.", evidence) == []


@pytest.mark.parametrize(
    "claim, expected",
    [
        # "including" opens the list; the counted head before it is no item
        ("The parser wins on 12 corpora, including news, legal text and poetry.",
         [["news", "legal text", "poetry"]]),
        # a name with digits in it is an item like any other name
        ("Lexical scorers such as QL2, BM25 and word overlap are strong.", [["QL2", "BM25", "word overlap"]]),
        # a possessive is a determiner of the first item
        ("Quokka's data and trained weights are online.", [["data", "trained weights"]]),
    ],
)
def test_list_openers_names_with_digits_and_possessives(claim: str, expected: list[list[str]]) -> None:
    assert _items(claim) == expected


def test_an_item_added_to_a_list_with_a_digit_name_is_missing() -> None:
    passage = "Lexical scorers, such as QL2 or BM25, are strong on short queries."
    assert missing_conjuncts("Lexical scorers such as QL2, BM25 and word overlap are strong.", passage) == ["word overlap"]
    assert missing_conjuncts("Lexical scorers such as QL2 and BM25 are strong.", passage) == []


def test_an_item_replaced_after_including_is_missing() -> None:
    passage = "The parser wins on 12 corpora, often by far, including news, legal text, and recipes."
    assert missing_conjuncts("The parser wins on 12 corpora, including news, legal text and poetry.", passage) == ["poetry"]
    assert missing_conjuncts("The parser wins on 12 corpora, including news, legal text and recipes.", passage) == []


def test_a_hyphenated_pair_is_stated_only_by_all_its_parts() -> None:
    passage = "Pairs mined with our model train strong translation systems for nl-pt and nl-sv."
    assert missing_conjuncts("Mined pairs train strong translation systems for nl-pt and nl-fi.", passage) == ["nl-fi"]
    assert missing_conjuncts("Mined pairs train strong translation systems for nl-sv and nl-pt.", passage) == []


def test_but_ends_an_item() -> None:
    # "..., but Quorb and Yarrow get two epochs": the clause before "but" is no item of the set
    assert [[it.text for it in g] for g in groups("Most tokens are seen once, but Quorb and Yarrow get two epochs.")] \
        == [["Quorb", "Yarrow"]]
    assert missing_conjuncts("Most tokens are seen once, but Quorb and Yarrow get two epochs.",
                             "Each token is used only once, except for the Quorb and Yarrow parts, which get two epochs.") == []
    assert missing_conjuncts("Most tokens are seen once, but Quorb and Yarrow get two epochs.",
                             "Each token is used only once, except for the Quorb and Lemmy parts, which get two epochs.") == ["Yarrow"]


@pytest.mark.parametrize(
    "claim",
    [
        "The adapter freezes the backbone and trains only a small head.",
        "Our parser keeps the base architecture and starts from the public checkpoint.",
        "The tagger is compared with a rule-based baseline and comes within two points of it.",
        "A single checkpoint can solve many problems and needs no labelled data.",
        "It fine-tunes the encoder on short texts and then further trains it on long ones.",
    ],
)
def test_a_second_predicate_after_and_is_no_item(claim: str) -> None:
    assert _items(claim) == []


def test_a_plural_noun_after_singular_and_plural_items_stays_an_item() -> None:
    # plural beside plural: one list ("tokens and parameters from ...")
    assert _items("The student copies the embeddings and weights from the teacher.") == [["embeddings", "weights"]]
    # followed by the verb of the sentence, not by a predicate's words
    assert _items("The encoder and decoders are shared.") == [["encoder", "decoders"]]


def test_a_predicate_reworded_in_the_passage_is_not_a_missing_item() -> None:
    passage = "We keep the backbone frozen and optimise a small head only."
    assert missing_conjuncts("The adapter freezes the backbone and trains only a small head.", passage) == []


def test_an_item_the_passage_says_by_its_acronym_is_there() -> None:
    claim = "In the first stage the image encoder and the language model are frozen."
    passage = "During the first stage both the image encoder and the LLM are kept frozen."
    assert missing_conjuncts(claim, passage) == []
    passage = "During the first stage both the image encoder and the tokenizer are kept frozen."
    assert missing_conjuncts(claim, passage) == ["language model"]


def test_a_name_with_a_version_number_is_an_item() -> None:
    assert [g[:2] for g in _items("The parser beats Turbo, MaltParser and spaCy 3.4 on news.")] == [["Turbo", "MaltParser"]]
    assert missing_conjuncts("The parser beats Turbo, MaltParser and Stanza 1.4 on news.",
                             "The parser does well on news, beating Turbo, MaltParser, and UDPipe.") == ["Stanza"]
    assert missing_conjuncts("The parser beats Turbo, MaltParser and spaCy 3.4 on news.",
                             "On news the parser beats Turbo, MaltParser, and spaCy 3.4.") == []


def test_a_bare_number_after_a_plain_word_still_opens_no_item() -> None:
    assert _items("The scores rise by 2.5 and 3.5 points.") == []
    assert _items("Recall improves by 2.0 and precision by 3.5.") == []
