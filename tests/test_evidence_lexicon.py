"""The general-English lexicon of opposites (``lexicon.py``) as polarity and retrieval
use it: each sense fires on made-up opposites and stays quiet on made-up paraphrases."""

from __future__ import annotations

import pytest

from claimcheck.evidence.opposites import polarity_clash
from claimcheck.evidence.lexicon import FOLD_ONLY, SENSES
from claimcheck.evidence.polarity import occurrences, signs_of
from claimcheck.evidence.retrieve import stems

OPPOSITES = [
    ("Caching the attention maps of the encoder is unnecessary for the tagger.",
     "Caching the attention maps of the encoder is crucial for the tagger."),
    ("The weights and training scripts of Zorblax were kept private.",
     "All weights and training scripts of Zorblax are publicly available."),
    ("According to the authors, aligning rare dialects with the parser is straightforward.",
     "However, aligning rare dialects with the parser can be challenging."),
    ("Character features play only a minor role in the spelling corrector.",
     "Character features are a key component of the spelling corrector."),
    ("Annotating the Quibble corpus was cheap for the volunteers.",
     "Annotating the Quibble corpus was expensive for the volunteers."),
    ("The new metric rarely agrees with the human ranking of summaries.",
     "The new metric consistently agrees with the human ranking of summaries."),
    ("The Wobble tagger performs poorly on tweets written in dialect.",
     "The Wobble tagger shows excellent accuracy on tweets written in dialect."),
    ("Freezing the embeddings prevents a drift of the rare-word vectors.",
     "Freezing the embeddings leads to a drift of the rare-word vectors."),
    ("Word dropout acts as maximal regularisation for the tagger.",
     "Word dropout acts as minimal regularisation for the tagger."),
    ("Rule-based spelling correction has had only limited success for rare dialects.",
     "Rule-based spelling correction has been highly successful for rare dialects."),
    # a difficulty denied is ease: "no trouble with" / "struggle with"
    ("Even small taggers have no trouble with nested dialect spellings.",
     "Even large taggers still struggle with nested dialect spellings and rare idioms."),
    # attainability: "within reach" / "beyond the reach"; "well within" / "far beyond"
    ("Parsing nested dialect idioms is already within reach of current taggers.",
     "Parsing nested dialect idioms remains beyond the reach of current taggers."),
    ("The memory the Quibble index needs is well within what a laptop offers.",
     "The memory the Quibble index needs is far beyond what a laptop offers."),
    # "comes close to" a level is short of it: "surpassed" / "come close to"
    ("Tagging accuracy on Quorb has recently surpassed the level of trained annotators.",
     "Tagging accuracy on Quorb has recently come close to the level of trained annotators."),
    # agreement: "agree with the findings of" / "in contrast with the findings of"
    ("The Wobble results agree with the findings of Smith on dialect tagging.",
     "In stark contrast with the findings of Smith, the Wobble results on dialect tagging are poor."),
]

PARAPHRASES = [
    ("Caching the attention maps of the encoder is essential for the tagger.",
     "Caching the attention maps of the encoder is crucial for the tagger."),
    ("The weights and training scripts of Zorblax were released publicly.",
     "All weights and training scripts of Zorblax are publicly available."),
    ("Aligning rare dialects with the parser is difficult.",
     "However, aligning rare dialects with the parser can be challenging."),
    ("Character features play a central role in the spelling corrector.",
     "Character features are a key component of the spelling corrector."),
    ("Annotating the Quibble corpus was costly for the volunteers.",
     "Annotating the Quibble corpus was expensive for the volunteers."),
    ("The Wobble tagger performs well on tweets written in dialect.",
     "The Wobble tagger shows excellent accuracy on tweets written in dialect."),
    ("Freezing the embeddings causes a drift of the rare-word vectors.",
     "Freezing the embeddings leads to a drift of the rare-word vectors."),
    # "a little" is no diminisher
    ("Rule-based spelling correction was a little more successful for rare dialects.",
     "Rule-based spelling correction was more successful for rare dialects."),
    ("Parsing nested dialect idioms is now within reach of current taggers.",
     "Parsing nested dialect idioms has become attainable for current taggers."),
    ("Tagging accuracy on Quorb has recently come close to the level of trained annotators.",
     "Tagging accuracy on Quorb now comes close to the level of trained annotators."),
    ("Even large taggers have trouble with nested dialect spellings.",
     "Even large taggers still struggle with nested dialect spellings."),
    ("The Wobble results are consistent with the findings of Smith on dialect tagging.",
     "The Wobble results on dialect tagging agree with the findings of Smith."),
]


@pytest.mark.parametrize("claim,source", OPPOSITES)
def test_reworded_opposite_is_a_clash(claim: str, source: str) -> None:
    assert polarity_clash(claim, source) is not None


@pytest.mark.parametrize("claim,source", PARAPHRASES)
def test_reworded_paraphrase_is_no_clash(claim: str, source: str) -> None:
    assert polarity_clash(claim, source) is None


def test_senses_do_not_point_both_ways() -> None:
    for sense, (one, other) in SENSES.items():
        assert not one & other, sense
    assert FOLD_ONLY <= set(SENSES)


def test_word_of_two_senses_is_weighed_in_each() -> None:
    groups = {o.group for o in occurrences("a minor role")}
    assert {"size", "importance"} <= groups
    assert ("importance", 1) in signs_of("key") and ("importance", -1) in signs_of("unnecessary")


@pytest.mark.parametrize("one,other", [("crucial", "unnecessary"), ("private", "public"), ("straightforward", "challenging"),
                                       ("cheap", "expensive"), ("rarely", "consistently"), ("complex", "simple")])
def test_retrieval_finds_an_antonym_as_the_same_word(one: str, other: str) -> None:
    assert stems(one) & stems(other)


def test_a_name_in_capitals_is_no_polar_word() -> None:
    assert "~size" in stems("massive gains")
    assert "~size" not in stems("results on MASSIVE")
    assert "~size" not in stems("MASSIVE") and stems("MASSIVE")


def test_an_adjective_far_from_its_noun_phrase_still_clashes() -> None:
    # the polar word sits six function words away from what it is about
    source = "Every one of the scripts and corpus dumps used in this project is publicly available."
    assert polarity_clash("The scripts and corpus dumps of the project were kept private.", source) is not None
    assert polarity_clash("The scripts and corpus dumps of the project were released.", source) is None


def test_the_cells_of_a_table_row_are_not_what_a_polar_word_is_about() -> None:
    row = ("Table 4, row Chunking: Task Chunking; Earlier SOTA / System Smith et al. (2015); Earlier SOTA / Score "
           "94.10 ± 0.20; Our baseline 92.30; Lexicon + baseline 95.00 ± 0.10; Increase (absolute/relative) 2.70 / 35%")
    claim = "On chunking, the authors' baseline (92.30) trails the earlier state of the art by 1.80 points."
    assert polarity_clash(claim, row) is None
    # the same words as prose: the content words around "Increase" are the baseline's
    assert polarity_clash(claim, row.split(": ", 1)[1]) is not None


@pytest.mark.parametrize("claim,source", [
    ("In a few settings, the parser matches expert annotators on attachment accuracy.",
     "In all settings, the parser is well behind expert annotators on attachment accuracy."),
    ("Zorblax performs poorly on the Quibble slot-filling benchmark.",
     "Zorblax shows strong performance on the Quibble slot-filling benchmark."),
])
def test_level_and_performance_opposites(claim: str, source: str) -> None:
    assert polarity_clash(claim, source) is not None


def test_level_paraphrase_is_no_clash() -> None:
    assert polarity_clash("The parser is comparable to expert annotators on attachment accuracy.",
                          "The parser matches expert annotators on attachment accuracy.") is None


def test_an_alternative_to_negates_like_rather_than() -> None:
    source = "An alternative to collecting large labelled corpora is to transfer taggers across dialects."
    assert polarity_clash("Rather than collecting large labelled corpora, one can transfer taggers across dialects.",
                          source) is None
    assert polarity_clash("Rather than collecting small labelled corpora, one can transfer taggers across dialects.",
                          source) is not None


def test_hardly_negates() -> None:
    assert polarity_clash("The lexicon hardly helps the tagger on noisy tweets.",
                          "The lexicon helps the tagger on noisy tweets.") is not None
    assert polarity_clash("The lexicon hardly hurts the tagger on noisy tweets.",
                          "The lexicon helps the tagger on noisy tweets.") is None


def test_differ_is_unlike() -> None:
    assert ("likeness", -1) in signs_of("differ")


def test_only_some_against_all() -> None:
    source = "The lexicon improves the tagger on all of the dialect test sets."
    assert polarity_clash("The lexicon improves the tagger on only some of the dialect test sets.", source) is not None
    assert polarity_clash("The lexicon improves the tagger on some of the dialect test sets.", source) is None


def test_opposites_of_several_words() -> None:
    source = "The tagger is on par with expert annotators on attachment accuracy."
    assert polarity_clash("The tagger falls short of expert annotators on attachment accuracy.", source) is not None
    assert polarity_clash("The tagger falls short of expert annotators on attachment accuracy.",
                          "The tagger lags behind expert annotators on attachment accuracy.") is None
    # offsets stay those of the text given
    text = "Our tagger fell  short of the baseline."
    (o,) = [o for o in occurrences(text) if o.group == "parity"]
    assert text[o.start:o.end] == "fell  short"


def test_a_prefix_opposite_the_claim_also_says_opposes_nothing() -> None:
    source = "We show that it is competitive with multilingual taggers on the Quibble benchmark."
    assert polarity_clash("The monolingual approach is competitive with multilingual taggers on the Quibble benchmark.",
                          source) is None
    assert polarity_clash("It is competitive with monolingual taggers on the Quibble benchmark.", source) is not None


def test_at_the_cost_of_against_without_sacrificing() -> None:
    source = "We show multilingual tagging without sacrificing per-dialect accuracy."
    assert polarity_clash("Multilingual tagging comes at the cost of per-dialect accuracy.", source) is not None
    assert polarity_clash("Multilingual tagging preserves per-dialect accuracy.", source) is None


def test_a_cause_of_a_thing_removed_is_no_opposite_of_the_thing_preventing_it() -> None:
    source = "Removing word dropout leads to overfitting of the rare-word vectors."
    assert polarity_clash("Word dropout prevents overfitting of the rare-word vectors.", source) is None
    assert polarity_clash("Removing word dropout prevents overfitting of the rare-word vectors.", source) is not None
