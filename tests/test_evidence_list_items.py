"""Items of a claim's list against the list a passage states (claimcheck/evidence/conjuncts.py):
an item is stated by the words that tell it from the other items, and a name with digits by
the name as written. Made-up sentences only, each rule in both directions."""

from __future__ import annotations

from claimcheck.evidence.conjuncts import missing_conjuncts

PRIZES = "Our tagger also took first place in Welsh parsing, Welsh tagging, Breton parsing, and Breton chunking."


def test_an_item_sharing_its_first_word_needs_its_own_words() -> None:
    claim = "The tagger won first place in Welsh parsing, Welsh tagging, Breton parsing and Breton lemma tagging."
    assert missing_conjuncts(claim, PRIZES) == ["Breton lemma tagging"]


def test_items_whose_words_are_all_there_are_stated() -> None:
    claim = "The tagger won first place in Welsh parsing, Welsh tagging, Breton parsing and Breton chunking."
    assert missing_conjuncts(claim, PRIZES) == []


def test_a_shared_word_elsewhere_in_the_sentence_does_not_state_an_item() -> None:
    source = "The problem has been eased by careful initialization and batch statistics, which let stochastic gradient descent converge."
    assert missing_conjuncts("The problem has been eased by careful initialization, batch statistics and gradient clipping.",
                             source) == ["gradient clipping"]
    assert missing_conjuncts("The problem has been eased by careful initialization and batch statistics.", source) == []


def test_a_name_with_digits_is_stated_only_as_written() -> None:
    source = "We also report results on MNIST-10 with 20 and 200 layers."
    assert missing_conjuncts("The paper reports results on MNIST-10 and MNIST-100.", source) == ["MNIST-100"]
    # spacing and hyphens aside, and a variant of the name after a hyphen
    assert missing_conjuncts("The paper reports results on MNIST-10 and MNIST-100.",
                             "We report results on MNIST10 and on MNIST 100.") == []
    assert missing_conjuncts("The paper evaluates T7 and RoBERTa.", "We evaluate T7-base and RoBERTa on all tasks.") == []
