"""Opposites in words (claimcheck/evidence/opposites.py, polarity.py, lexicon.py), eleventh
round. Made-up sentences only, each rule in both directions."""

from __future__ import annotations

from claimcheck.evidence.opposites import (choice_swap, negation_flip, only_where_both, parity_denied, polarity_clash,
                                            split_list_denied, superlative_denied)
from claimcheck.evidence.polarity import occurrences


# --------------------------------------------------------------------------- "not only X but also Y"

def test_not_only_affirms_what_it_names() -> None:
    source = "Our parsers are not only fast, but also remarkably accurate on noisy input."
    assert polarity_clash("The parsers are both fast and accurate on noisy input.", source) is None


def test_not_just_affirms_what_it_names() -> None:
    assert polarity_clash("The adapter is cheap to train.", "The adapter is not just cheap to train but easy to deploy.") is None


def test_a_plain_not_still_denies() -> None:
    assert polarity_clash("The parsers are fast on noisy input.", "Our parsers are not fast on noisy input.") is not None


# --------------------------------------------------------------------------- a negated "re-" verb

CACHED = "Rather than computing the keys from scratch at each step, the decoder reuses the keys cached at earlier steps."


def test_a_negated_re_verb_denies_what_the_negated_plain_verb_denies() -> None:
    claim = "The decoder reuses the keys computed at earlier steps instead of recomputing them from scratch at each step."
    assert negation_flip(claim, CACHED) is None
    assert polarity_clash(claim, CACHED) is None


def test_the_plain_verb_stated_where_the_source_denies_it_still_flips() -> None:
    claim = "The decoder computes the keys from scratch at each step instead of reusing the cached ones."
    assert negation_flip(claim, CACHED) is not None or polarity_clash(claim, CACHED) is not None


# --------------------------------------------------------------------------- "without causing X"

SHARED = "Sharing one vocabulary across languages speeds up decoding without causing label confusion."


def test_a_denied_causing_denies_what_is_caused() -> None:
    claim = "A shared vocabulary across languages speeds up decoding without label confusion."
    assert negation_flip(claim, SHARED) is None
    assert polarity_clash(claim, SHARED) is None


def test_what_is_caused_stated_plainly_still_clashes() -> None:
    claim = "Sharing one vocabulary across languages speeds up decoding but causes label confusion."
    assert negation_flip(claim, SHARED) is not None or polarity_clash(claim, SHARED) is not None


def test_a_plain_denied_thing_still_flips_against_the_thing_stated() -> None:
    claim = "Sharing one vocabulary across languages speeds up decoding and shows label confusion."
    assert negation_flip(claim, SHARED) is not None or polarity_clash(claim, SHARED) is not None


# --------------------------------------------------------------------------- a distance against a level

LEVEL = "The distilled student scores comparably to the teacher ensemble on the reading benchmark."


def test_a_distance_denies_a_level() -> None:
    assert parity_denied("The distilled student scores far below the teacher ensemble.", LEVEL) is not None


def test_an_appositive_distance_is_said_of_the_clause_before_it() -> None:
    assert parity_denied("The distilled student reaches 71.2 on the benchmark, far from the teacher ensemble.", LEVEL) is not None


def test_a_hedged_or_unrelated_distance_does_not() -> None:
    assert parity_denied("The distilled student scores slightly below the teacher ensemble.", LEVEL) is None
    assert parity_denied("The distilled student scores far below the rule baseline.", LEVEL) is None


def test_a_difference_said_of_another_subject_leaves_the_level_standing() -> None:
    source = "While the distilled student scores on par with the teacher ensemble, the retrieval model clearly outperforms both."
    assert parity_denied("The distilled student scores far below the teacher ensemble.", source) is not None


def test_a_difference_with_an_elided_subject_may_be_the_claims() -> None:
    source = "The distilled student scores on par with the teacher ensemble on short inputs, but better than it on long ones."
    assert parity_denied("The distilled student scores much better than the teacher ensemble.", source) is None


# --------------------------------------------------------------------------- depth compared

SHALLOW = "Compared to text encoders, speech encoders are usually more shallow and need longer warm-up."


def test_deeper_is_the_opposite_of_more_shallow() -> None:
    assert polarity_clash("Speech encoders are usually deeper than text encoders and need longer warm-up.", SHALLOW) is not None


def test_shallower_agrees_with_more_shallow() -> None:
    assert polarity_clash("Speech encoders are usually shallower than text encoders and need longer warm-up.", SHALLOW) is None


def test_plain_deep_names_a_kind_and_points_nowhere() -> None:
    assert not occurrences("Deep networks were trained with deep supervision.")


# --------------------------------------------------------------------------- "A rather than B" swapped

CHOICE = "Unlike earlier taggers, we tune the tagger for precision rather than recall, since false alarms are costly."


def test_the_thing_set_aside_picked_by_the_source_clashes() -> None:
    assert choice_swap("The tagger is tuned for recall on noisy forms rather than precision.", CHOICE) is not None
    assert choice_swap("The parser uses relative rather than absolute positions.",
                       "The parser uses absolute positions rather than relative ones.") is not None


def test_the_same_choice_or_another_thing_set_aside_does_not() -> None:
    assert choice_swap("The tagger is tuned for precision rather than recall.", CHOICE) is None
    assert choice_swap("The tagger is tuned for precision rather than speed.", CHOICE) is None


# --------------------------------------------------------------------------- a second predicate after "and"

def test_a_negation_does_not_reach_a_second_predicate_with_its_own_verb() -> None:
    source = "The parser does not handle nested clauses and is limited to short sentences."
    assert polarity_clash("The parser is limited to short sentences.", source) is None


def test_a_negation_of_the_predicate_itself_still_clashes() -> None:
    assert polarity_clash("The parser is limited to short sentences.",
                          "The parser is not limited to short sentences.") is not None


def test_a_shared_auxiliary_still_carries_the_negation() -> None:
    signs = {o.group: o.sign for o in occurrences("The parser does not handle nested clauses and improve accuracy.")}
    assert signs.get("direction") == -1


# --------------------------------------------------------------------------- "the most X" graded down

RANKED = ("The most popular way is to prune attention heads. A less popular, but growing, approach is to "
          "distill the encoder into a smaller student.")


def test_the_most_against_a_less_said_of_the_same_thing() -> None:
    assert superlative_denied("Distilling the encoder into a smaller student is the most popular way.", RANKED) is not None
    assert superlative_denied("The most popular way is to distill the encoder into a smaller student.", RANKED) is not None


def test_the_thing_the_source_ranks_so_is_left_alone() -> None:
    assert superlative_denied("Pruning attention heads is the most popular way.", RANKED) is None


def test_a_comparison_against_another_is_no_grade_of_the_thing() -> None:
    source = "The pruned encoder is less accurate than the distilled student encoder."
    assert superlative_denied("The distilled student encoder is the most accurate model.", source) is None


# --------------------------------------------------------------------------- "only A is P" / "both are P"

BOTH = "Our ablations show that both pooling layers are necessary: the mean pooling smooths the features."


def test_only_one_where_the_source_says_both_of_its_kind() -> None:
    assert only_where_both("Only the mean pooling layer is necessary.", BOTH) is not None


def test_another_predicate_or_no_only_is_left_alone() -> None:
    assert only_where_both("Only the mean pooling layer is trained.", BOTH) is None
    assert only_where_both("The mean pooling layer is necessary.", BOTH) is None
    assert only_where_both("Not only the mean pooling layer is necessary.", BOTH) is None


# --------------------------------------------------------------------------- a list split across a contrast

SPLIT = ("On two of the corpora, AlphaQA and BetaQA, HeronNet improves recall over the baseline, while on the "
         "other two, GammaQA and DeltaQA, HeronNet hurts recall.")


def test_a_list_item_the_source_says_the_other_way_of() -> None:
    assert split_list_denied("HeronNet improves recall over the baseline on AlphaQA and DeltaQA.", SPLIT) is not None


def test_the_items_said_the_claims_way_are_left_alone() -> None:
    assert split_list_denied("HeronNet improves recall over the baseline on AlphaQA and BetaQA.", SPLIT) is None


def test_another_subject_on_the_other_side_is_left_alone() -> None:
    source = "On AlphaQA, KestrelNet improves recall, while on DeltaQA, HeronNet hurts recall."
    assert split_list_denied("KestrelNet improves recall on AlphaQA and DeltaQA.", source) is None


# --------------------------------------------------------------------------- a negated list across commas

def _sign(text: str, word: str) -> int:
    return next(o.sign for o in occurrences(text) if text[o.start:o.end] == word)


def test_a_cue_denies_each_item_of_its_list() -> None:
    assert _sign("The decoder runs with no dropout, long warm-up, or other tricks.", "long") == -1
    assert polarity_clash("The decoder runs without dropout or long warm-up.",
                          "The decoder runs (with no dropout, long warm-up, or other tricks) on one GPU.") is None


def test_a_comma_that_ends_the_clause_still_ends_the_reach() -> None:
    assert _sign("The decoder runs with no dropout, and long warm-up helps it.", "long") == 1
