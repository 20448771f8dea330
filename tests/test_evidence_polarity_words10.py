"""Opposites in words (claimcheck/evidence/opposites.py, polarity.py, lexicon.py), tenth
round. Made-up sentences only, each rule in both directions."""

from __future__ import annotations

from claimcheck.evidence.opposites import negation_flip, polarity_clash
from claimcheck.evidence.polarity import occurrences


# --------------------------------------------------------------------------- the claim's own word echoed

DEGRADATION = ("When wider encoders are able to start training, a degradation problem has been observed: with the "
               "encoder width increasing, throughput first plateaus and then degrades sharply. Surprisingly, such "
               "degradation is not caused by memory pressure, and adding more heads to a wide encoder leads to "
               "longer step times.")


def test_one_shared_word_does_not_outweigh_the_claims_own_word_stated_its_way() -> None:
    # the source says "degradation" itself; "increasing" beside "encoder" is about the width
    assert polarity_clash("The degradation of wider encoders is not caused by memory pressure.", DEGRADATION) is None


def test_the_negation_of_the_same_predicate_still_clashes() -> None:
    assert polarity_clash("The degradation of wider encoders is caused by memory pressure.", DEGRADATION) is not None


def test_one_shared_word_still_clashes_where_the_source_lacks_the_claims_word() -> None:
    assert polarity_clash("The throughput of wider encoders decreases.",
                          "With the encoder width growing, the throughput increases.") is not None


# --------------------------------------------------------------------------- a relative clause's subject

def test_a_relative_clause_verb_is_said_of_its_antecedent() -> None:
    # "which still trails" is said of the small model's accuracy, not of the ensemble results it
    # shares the word "result" with
    assert polarity_clash("The small model reaches an accuracy of 81.2%, which still trails the earlier ensemble results.",
                          "Our small model reaches an accuracy of 81.2%. This small-model result beats all earlier "
                          "ensemble results.") is not None


def test_a_relative_clause_with_its_roles_swapped_is_no_clash() -> None:
    # the source denies that the ensembles beat the base model: nothing against the claim
    assert polarity_clash("Our base model scores 70 points, which outperforms the ensemble results.",
                          "Neither the ensemble results nor the sampling baseline outperform our base model.") is None


# --------------------------------------------------------------------------- a phrase cue ends at an adjunct

def _signs(text: str, word: str) -> set[int]:
    return {o.sign for o in occurrences(text) if text[o.start:o.end].lower() == word}


def test_a_phrase_cue_stops_at_a_preposition_that_opens_an_adjunct() -> None:
    # "without warmup" denies the warmup, not that the schedule is fixed
    assert _signs("The tagger trains without warmup at a fixed step size.", "fixed") == \
        _signs("The tagger trains at a fixed step size.", "fixed")
    assert polarity_clash("The tagger trains without warmup at a fixed step size, then switches optimiser.",
                          "We train the tagger without warmup, at a fixed step size of 0.1.") is None


def test_a_phrase_cue_still_denies_its_own_noun_phrase() -> None:
    assert _signs("The tagger trains without a fixed step size.", "fixed") == \
        {-s for s in _signs("The tagger trains with a fixed step size.", "fixed")}


# --------------------------------------------------------------------------- "suit" as a verb

def test_the_verb_suit_meets_ill_suited() -> None:
    assert polarity_clash("Second-order solvers suit very large models.",
                          "For very large models, second-order solvers are ill-suited.") is not None


def test_the_verb_suit_agrees_with_well_suited() -> None:
    assert polarity_clash("Second-order solvers suit very large models.",
                          "Second-order solvers are well suited to very large models.") is None


# --------------------------------------------------------------------------- "makes it possible"

ENABLES = "Finally, layer scaling makes it possible to train very deep stacks by keeping activations bounded."


def test_makes_it_harder_meets_makes_it_possible() -> None:
    assert polarity_clash("Layer scaling makes it harder to train very deep stacks.", ENABLES) is not None


def test_makes_it_easier_agrees_with_makes_it_possible() -> None:
    assert polarity_clash("Layer scaling makes it easier to train very deep stacks.", ENABLES) is None


# --------------------------------------------------------------------------- "X-free" denies X

GATES = "Earlier routers are learned and have weights, in contrast to our hashing routers that are weight-free."


def test_x_free_denies_what_the_claim_says_is_had() -> None:
    assert negation_flip("Unlike earlier routers, the hashing routers have weights.", GATES) is False


def test_x_free_agrees_with_a_claim_that_denies_it_too() -> None:
    assert negation_flip("The hashing routers are weight-free.", GATES) is None
    assert negation_flip("The hashing routers add no weights.", GATES) is None
    # what the source says the other thing has
    assert negation_flip("The earlier routers have weights.", GATES) is None


# --------------------------------------------------------------------------- "with X" against a denied X

NO_SMOOTHING = "We do not use label smoothing, as in earlier work. The taggers are trained on news text for ten epochs."


def test_a_thing_done_with_meets_a_source_that_denies_it() -> None:
    assert negation_flip("The taggers are trained with label smoothing on news text.", NO_SMOOTHING) is False
    assert negation_flip("On news text, the taggers are trained with smoothing and weight decay.",
                         "On news text, we train the taggers for ten epochs (neither smoothing nor weight decay).") is False


def test_a_thing_the_source_also_states_outside_the_negation_is_no_denial() -> None:
    both = "We do not use smoothing in pre-training. The taggers are then trained with smoothing of 0.1 on news text."
    assert negation_flip("The taggers are trained with smoothing on news text.", both) is None
    # another thing than the one denied
    assert negation_flip("The taggers are trained with weight decay on news text.", NO_SMOOTHING) is None


# --------------------------------------------------------------------------- overfit / underfit

def test_overfits_meets_underfits() -> None:
    assert polarity_clash("Freezing the encoder, the usual recipe for taggers, overfits and drives the loss to zero.",
                          "Freezing the encoder, the usual recipe for taggers, severely underfits and never lowers the "
                          "loss to zero.") is not None


def test_overfits_meets_a_denied_overfitting() -> None:
    assert polarity_clash("The tagger overfits, as its train-test gap shows.",
                          "The train-test gap is small, which indicates that the tagger is not overfitting.") is not None


def test_overfitting_agrees_with_overfitting() -> None:
    assert polarity_clash("Freezing the encoder, the usual recipe for taggers, overfits badly.",
                          "Freezing the encoder, the usual recipe for taggers, severely overfits.") is None
    assert polarity_clash("The tagger is not overfitting, as its small train-test gap shows.",
                          "The train-test gap is small, which indicates that the tagger is not overfitting.") is None


def test_overestimates_meets_underestimates() -> None:
    assert polarity_clash("The count-based estimator overestimates the entropy of short texts.",
                          "On short texts, the count-based estimator underestimates the entropy.") is not None


# --------------------------------------------------------------------------- "only" one kind, the claim another

ONLY_KIND = "We present Quillo, a tagger for noisy text that only uses character-level features with a small memory footprint."


def test_another_kind_where_the_source_restricts_to_one_is_a_clash() -> None:
    assert polarity_clash("Quillo uses word-level features.", ONLY_KIND) is not None


def test_the_same_kind_or_no_restriction_is_no_clash() -> None:
    assert polarity_clash("Quillo uses character-level features.", ONLY_KIND) is None
    # without "only", another kind may be used besides
    assert polarity_clash("Quillo uses word-level features.",
                          "We present Quillo, a tagger for noisy text that uses character-level features.") is None
    # "not only" restricts nothing
    assert polarity_clash("Quillo uses word-level features.",
                          "We present Quillo, a tagger that not only uses character-level features but more.") is None


def test_with_or_without_denies_nothing() -> None:
    assert negation_flip("Taggers with label smoothing can be trained on news text.",
                         "The taggers can be trained on news text. We saw no change, neither with nor without label "
                         "smoothing.") is None


# --------------------------------------------------------------------------- "falls short of" is "worse than"

def test_falls_short_meets_better_than() -> None:
    assert polarity_clash("Quillo's tags still fall short of the published results of other taggers.",
                          "Quillo produces clean tags, sometimes better than the published results of other taggers.") \
        is not None


def test_falls_short_agrees_with_worse_than() -> None:
    assert polarity_clash("Quillo's tags still fall short of the published results of other taggers.",
                          "Quillo's tags are still worse than the published results of other taggers.") is None


def test_with_that_relates_two_things_is_no_means() -> None:
    assert negation_flip("The taggers are compatible with label smoothing on news text.", NO_SMOOTHING) is None


# --------------------------------------------------------------------------- the sentence that speaks to the predicate

PRIOR = ("Quillo is far simpler than earlier taggers that either train an extra ranker or train a scorer given "
         "additional expert labels to improve tag quality. Instead, Quillo is fully unsupervised, runs on raw text, "
         "needs no additional expert labels, and avoids any extra training.")


def test_a_sentence_denying_the_predicate_the_best_matched_one_lacks_decides() -> None:
    assert negation_flip("Quillo needs additional expert labels to train a scorer.", PRIOR) is False


def test_a_best_matched_sentence_that_states_the_predicate_keeps_it() -> None:
    both = ("Quillo needs additional expert labels to train a scorer. Instead, the ranker is fully unsupervised "
            "and needs no additional expert labels.")
    assert negation_flip("Quillo needs additional expert labels to train a scorer.", both) is None


# --------------------------------------------------------------------------- "away from" / "towards"

def test_away_from_meets_towards() -> None:
    assert polarity_clash("Zero-started running sums bias the tag scores away from zero in early steps.",
                          "These running sums start at zero, leading to tag scores that are biased towards zero, "
                          "especially in early steps.") is not None


def test_toward_agrees_with_towards() -> None:
    assert polarity_clash("Zero-started running sums bias the tag scores toward zero in early steps.",
                          "These running sums start at zero, leading to tag scores that are biased towards zero, "
                          "especially in early steps.") is None


# --------------------------------------------------------------------------- ranked compounds

def test_another_rank_of_the_same_compound_is_opposed() -> None:
    assert polarity_clash("We introduce Quillo, a tagger for second-order feature-based decoding of noisy text.",
                          "We introduce Quillo, a tagger for first-order feature-based decoding of noisy text.") is not None


def test_the_same_rank_or_another_head_is_not() -> None:
    assert polarity_clash("We introduce Quillo, a tagger for first-order feature-based decoding of noisy text.",
                          "We introduce Quillo, a tagger for first-order feature-based decoding of noisy text.") is None
    assert polarity_clash("We introduce Quillo, a tagger with second-order features for noisy text.",
                          "We introduce Quillo, a tagger with first-class support for noisy text.") is None
