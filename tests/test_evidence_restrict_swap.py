"""A claim that restricts to one member what the source says of two ("only X" / "both
W and X"), and a comparison with its sides swapped ("A beats B" / "B beats A" in other
words) (claimcheck/evidence/opposites.py). Made-up sentences only."""

from __future__ import annotations

import pytest

from claimcheck.evidence.opposites import comparison_swap, polarity_clash


@pytest.mark.parametrize(
    "claim, source",
    [
        ("The tagger learns morphology only from annotated corpora.",
         "The tagger learns morphology from either raw or annotated corpora."),
        ("The parser applies pruning only at the decoding stage.",
         "The parser applies pruning at both the training and decoding stages."),
        ("Only the encoder is frozen during adaptation.",
         "The encoder and the embedding layer are frozen during adaptation."),
    ],
)
def test_only_one_of_a_pair_is_a_clash(claim: str, source: str) -> None:
    assert polarity_clash(claim, source) is not None


@pytest.mark.parametrize(
    "claim, source",
    [
        # the pair is the claim's too
        ("The tagger learns morphology only from raw and annotated corpora.",
         "The tagger learns morphology from either raw or annotated corpora."),
        # "only" with an amount says how much, not which
        ("The parser applies pruning only at 10% of the decoding steps.",
         "The parser applies pruning at both the training and decoding stages."),
        # the source restricts too
        ("The parser applies pruning only at the decoding stage.",
         "The parser applies pruning only at the decoding stage, not at training."),
        # no set in the source
        ("The tagger learns morphology only from annotated corpora.",
         "The tagger learns morphology from annotated corpora."),
    ],
)
def test_only_without_a_dropped_member_is_no_clash(claim: str, source: str) -> None:
    assert polarity_clash(claim, source) is None


def test_swapped_sides_of_a_comparison_clash() -> None:
    source = ("Given enough data, parsers trained with character inputs reach better accuracy than "
              "parsers trained with word inputs on long sentences.")
    claim = "Parsers trained with word inputs perform better than parsers trained with character inputs on long sentences."
    assert comparison_swap(claim, source) is not None
    assert polarity_clash(claim, source) is not None


def test_the_same_comparison_reworded_is_no_swap() -> None:
    source = ("Given enough data, parsers trained with character inputs reach better accuracy than "
              "parsers trained with word inputs on long sentences.")
    claim = "Parsers trained with character inputs perform better than parsers trained with word inputs on long sentences."
    assert comparison_swap(claim, source) is None
    # the opposite word with the sides swapped says the same thing
    assert comparison_swap("Word-input parsers do worse than character-input parsers.", source) is None


def test_a_passive_comparison_keeps_its_roles() -> None:
    source = "The lexicon baseline is outperformed by the neural tagger on every treebank."
    assert comparison_swap("The neural tagger outperforms the lexicon baseline on every treebank.", source) is None


def test_a_prefix_opposite_the_claim_itself_names_elsewhere_is_no_clash() -> None:
    source = "This simple tagger works remarkably well, performing on par with previous supervised taggers."
    assert polarity_clash("The unsupervised tagger works remarkably well, on par with earlier supervised taggers.", source) is None
    # the claim that says only the other form still clashes
    assert polarity_clash("The tagger is unsupervised and works remarkably well.",
                          "The tagger is supervised and works remarkably well.") is not None


def _judge(claim: str, *sentences: str) -> str:
    from claimcheck.evidence.judge import judge_version
    from claimcheck.model import Claim, Mark, Passage, SourceVersion

    version = SourceVersion("2301.00003", 1, [Passage(t, 1, None, "sentence", i) for i, t in enumerate(sentences)], 1, "test")
    return judge_version(Claim(1, claim, Mark.UNKNOWN, None, False), version).label.value


ZORBLAX = ["Zorblax is trained by masking spans of text and learning to restore them.",
           "It uses a plain recurrent encoder which, despite its simplicity, generalises several earlier taggers.",
           "We release the code."]


def test_a_reworded_opposite_is_found_by_its_clash_below_the_found_recall() -> None:
    # under half the claim's words, yet the passage says the opposite of it
    assert _judge("Zorblax depends on an intricate, bespoke encoder design instead of a plain recurrent one.",
                  *ZORBLAX) == "contradicted"
    # as many words, and no opposite: nothing found
    assert _judge("Zorblax depends on a bespoke recurrent encoder design that generalises taggers.",
                  *ZORBLAX) == "not found"


def test_swapped_sides_of_comparisons_of_different_measures_are_no_swap() -> None:
    source = "The Breton tagger uses more parameters than the Welsh tagger."
    assert comparison_swap("The Welsh tagger uses more training data than the Breton tagger.", source) is None
    assert comparison_swap("The Welsh tagger uses more parameters than the Breton tagger.", source) is not None
