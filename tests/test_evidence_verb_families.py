"""Polarity across word forms and verb families (``polarity.py``, ``opposites.py``): a
lexicon word's other forms ("reductions", "discarding"), a choice not to do a thing
("opted out of"), one verb of a family negated where the other side states another ("do
not use" / "keeps"), and a universal the passage states too. Made-up sentences, both ways."""

from __future__ import annotations

import pytest

from claimcheck.evidence.judge import _words_against
from claimcheck.evidence.opposites import confirms
from claimcheck.evidence.polarity import signs_of


@pytest.mark.parametrize("word, base", [("reductions", "reduce"), ("discarding", "discard"), ("lowering", "lower"),
                                        ("degradation", "degrade")])
def test_a_form_the_lexicon_leaves_out_weighs_as_its_base(word: str, base: str) -> None:
    assert signs_of(word) and signs_of(word)[0] == signs_of(base)[0]


@pytest.mark.parametrize("word", ["closing", "evening", "training", "string", "introduction"])
def test_a_word_that_is_no_form_of_a_lexicon_verb_stays_neutral(word: str) -> None:
    assert signs_of(word) == []


def test_an_increase_against_reductions_is_a_clash() -> None:
    source = "The tuned models show reductions in off-topic replies while keeping fluency on public benchmarks."
    assert _words_against("Tuning increased off-topic replies relative to the base model.", source) is not None
    assert _words_against("Tuning reduced off-topic replies relative to the base model.", source) is None


@pytest.mark.parametrize(
    "claim, source",
    [
        ("The tagger keeps the original word-shuffling objective.",
         "We do not use the word-shuffling step of the original objective."),
        ("Like the baselines, the ranker relies on gold passage labels.",
         "The baselines are trained with gold passage labels, which the ranker does not require."),
        ("The authors relied on classifier-based filtering of pages.",
         "Since the heuristics already gave clean pages, we opted out of classifier-based filtering of pages."),
        ("The ranker does not use gold passage labels.", "The ranker keeps gold passage labels for training."),
    ],
)
def test_a_verb_of_the_family_negated_on_one_side_is_a_clash(claim: str, source: str) -> None:
    assert _words_against(claim, source) is not None


@pytest.mark.parametrize(
    "claim, source",
    [
        ("The tagger keeps the original tokenizer.", "We do not use dropout, but we keep the original tokenizer."),
        ("The ranker uses gold passage labels.", "The ranker relies on gold passage labels and needs no tuning."),
        ("The authors opted out of classifier-based filtering.", "We did not use classifier-based filtering."),
    ],
)
def test_the_same_verb_family_stated_the_same_way_is_no_clash(claim: str, source: str) -> None:
    assert _words_against(claim, source) is None


def test_a_universal_the_passage_states_too_confirms() -> None:
    assert confirms("It adds small matrices to every layer of the encoder.", "It injects small matrices into each layer of the encoder.")
    assert not confirms("It adds small matrices to every layer of the encoder.", "It trains some layers of the encoder.")


def test_no_other_than_picks_one_out_and_denies_nothing() -> None:
    source = "On forums, Quokka is the only tagger with a positive gain from the lexicon."
    assert _words_against("On forums, no tagger other than Quokka has a positive gain from the lexicon.", source) is None
    assert _words_against("On forums, no tagger has a positive gain from the lexicon.", source) is not None


def test_updating_parameters_is_the_opposite_of_keeping_them_frozen() -> None:
    source = "The adapter keeps the encoder parameters frozen and trains a small head."
    assert _words_against("The adapter updates all encoder parameters along with a small head.", source) is not None
    assert _words_against("The adapter freezes the encoder parameters and trains a small head.", source) is None
