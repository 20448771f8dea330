"""Opposites in words (claimcheck/evidence/opposites.py, polarity.py, lexicon.py): a predicate
adjective said of its subject across a noun ("is common practice" / "is still rare"), a word
pair whose opposite the source says only beyond a contrast ("computed online, whereas ...
offline"), "far above" against "close to", and a need taken away ("removing the need for X")
against "requires X". Made-up sentences only, each rule in both directions."""

from __future__ import annotations

from claimcheck.evidence.judge import _words_against
from claimcheck.evidence.opposites import comparative_degree_swap, negation_flip, polarity_clash


# --------------------------------------------------------------------------- copula predicate

RARE = ("Several groups have shown that tree kernels can rank parses. "
        "Pruning attention heads remains rare in compression work. "
        "Results on common benchmarks are reported in Table 3.")


def test_a_predicate_adjective_before_a_noun_is_said_of_the_subject() -> None:
    assert polarity_clash("Pruning attention heads is already a common practice in compression.", RARE) is not None
    assert polarity_clash("Pruning attention heads is already common practice in compression work.", RARE) is not None


def test_a_predicate_adjective_that_agrees_is_no_clash() -> None:
    assert polarity_clash("Pruning attention heads is a common practice in compression.",
                          "Pruning attention heads is common in compression work.") is None
    assert polarity_clash("Pruning attention heads is still a rare practice in compression.", RARE) is None


def test_an_attributive_adjective_about_another_noun_is_no_clash() -> None:
    # "common benchmarks" is said of the benchmarks, not of what the claim calls rare
    assert polarity_clash("Results are reported on common benchmarks in Table 3.",
                          "Pruning attention heads remains rare, and results on common benchmarks are in Table 3.") is None


# --------------------------------------------------------------------------- a pair beyond a contrast

STREAMING = ("In the streaming variant, gradient updates are computed online, whereas the batch variant "
             "reads offline logs of past sessions.")


def test_a_pair_word_said_only_beyond_a_contrast_is_a_clash() -> None:
    assert polarity_clash("In the streaming variant, gradient updates are computed offline.", STREAMING) is not None
    assert polarity_clash("The batch variant reads online logs of past sessions.",
                          "The batch variant reads offline logs of past sessions, while the streaming variant "
                          "computes online updates.") is not None


def test_a_pair_word_the_clause_states_is_no_clash() -> None:
    assert polarity_clash("In the streaming variant, gradient updates are computed online.", STREAMING) is None
    assert polarity_clash("The batch variant reads offline logs of past sessions.", STREAMING) is None


def test_a_sentence_that_names_both_sides_without_a_contrast_is_no_clash() -> None:
    assert polarity_clash("Our unsupervised model reaches high recall on the test set.",
                          "Our unsupervised and supervised models reach high recall on the test set.") is None


# --------------------------------------------------------------------------- far above / close to


def test_far_above_is_not_close_to() -> None:
    source = "Taggers trained on newswire remain far above expert error rates when applied to tweets."
    assert polarity_clash("Taggers trained on newswire stay close to expert error rates when applied to tweets.",
                          source) is not None
    assert polarity_clash("Taggers trained on newswire remain close to expert error rates on tweets.",
                          "Taggers trained on newswire remain far below expert error rates on tweets.") is not None


def test_far_above_agrees_with_itself_and_close_with_close() -> None:
    assert polarity_clash("Taggers trained on newswire remain far above expert error rates on tweets.",
                          "On tweets, taggers trained on newswire stay far above expert error rates.") is None
    assert polarity_clash("Taggers trained on newswire stay close to expert error rates on tweets.",
                          "Taggers trained on newswire stay close to expert error rates on tweets.") is None


# --------------------------------------------------------------------------- a need taken away

LEXICON = "The parser learns its rules from raw text, removing the need for a hand-built lexicon."


def test_a_need_taken_away_denies_what_the_claim_requires() -> None:
    assert _words_against("The parser requires a hand-built lexicon.", LEXICON) is not None
    assert _words_against("The parser needs a hand-built lexicon.",
                          "The parser learns its rules from raw text, which obviates the need for a hand-built lexicon.") is not None
    # the need reaches every member of what was needed
    assert _words_against("The tagger requires careful threshold tuning.",
                          "The tagger is fast and simple, eliminating the need for beam search at test time or "
                          "careful threshold tuning.") is not None


def test_a_need_taken_away_agrees_with_a_denial() -> None:
    assert negation_flip("The parser does not need a hand-built lexicon.", LEXICON) is None
    assert _words_against("The parser does not need a hand-built lexicon.", LEXICON) is None
    assert _words_against("The parser removes the need for a hand-built lexicon.", LEXICON) is None


def test_a_need_taken_away_from_another_thing_is_no_clash() -> None:
    assert _words_against("The parser requires a large GPU cluster.",
                          "The parser learns its rules from raw text, removing the need for a hand-built lexicon, "
                          "but it requires a large GPU cluster.") is None


def test_a_claim_that_takes_the_need_away_from_each_member_agrees() -> None:
    # the claim's cue reaches past the "and" that cuts it into clauses
    assert _words_against("The tagger removes the need to run beam search and to perform careful threshold tuning.",
                          "The tagger is fast, eliminating the need for running beam search or performing careful "
                          "threshold tuning.") is None


# --------------------------------------------------------------------------- "uses no X"; "no" before a noun


def test_a_verb_before_no_is_denied_not_stated() -> None:
    source = "Due to the short schedule, we do not use any label smoothing or dropout in the tagger."
    assert negation_flip("Given the short schedule, the tagger uses no label smoothing or dropout.", source) is None
    assert negation_flip("The tagger uses no gazetteer features.", "We do not use gazetteer features in the tagger.") is None


def test_a_stated_verb_against_its_denial_still_flips() -> None:
    assert negation_flip("The tagger uses gazetteer features.", "We do not use gazetteer features in the tagger.") is False
    assert negation_flip("The tagger uses no gazetteer features.", "The tagger relies on gazetteer features.") is True


def test_no_denies_only_the_noun_it_determines() -> None:
    source = "We find that for deep enough encoders there is no drawback and even benefits to joint parsing and tagging."
    assert _words_against("For deep enough encoders, joint parsing and tagging has no drawback and even brings benefits.",
                          source) is None


def test_no_before_the_claims_word_still_denies_it() -> None:
    assert _words_against("For deep encoders, joint parsing and tagging brings benefits.",
                          "For deep encoders there are no benefits to joint parsing and tagging.") is not None
    assert _words_against("Joint parsing and tagging improves accuracy.",
                          "We see no improvement in accuracy from joint parsing and tagging.") is not None


def test_a_polar_word_beyond_a_nouns_no_does_not_excuse_the_denial() -> None:
    # "sparse" stands after "no drift in ..." unflipped: the claim still denies the drift
    assert negation_flip("Prior studies report no drift in wide recurrent taggers on sparse corpora.",
                         "Prior studies report drift in wide recurrent taggers on sparse corpora.") is True


# --------------------------------------------------------------------------- wins / loses to


def test_loses_to_is_the_opposite_of_beats_and_wins() -> None:
    assert polarity_clash("The small tagger loses to the rule-based baseline on most treebanks.",
                          "The small tagger beats the rule-based baseline on 9 of the 12 treebanks.") is not None
    assert polarity_clash("The small tagger loses to the rule-based baseline on most treebanks.",
                          "The small tagger wins on most treebanks against the rule-based baseline.") is not None


def test_loses_to_agrees_with_trails_and_wins_with_beats() -> None:
    assert polarity_clash("The small tagger loses to the rule-based baseline on most treebanks.",
                          "The small tagger trails the rule-based baseline on most treebanks.") is None
    assert polarity_clash("The small tagger wins against the rule-based baseline on most treebanks.",
                          "The small tagger beats the rule-based baseline on 9 of the 12 treebanks.") is None
    # "loses" of a thing given up is no comparison
    assert polarity_clash("The small tagger loses accuracy on most treebanks.",
                          "The small tagger improves speed on 9 of the 12 treebanks.") is None


# --------------------------------------------------------------------------- a comparison graded far / close


def test_a_far_gap_against_a_small_one_is_a_clash() -> None:
    assert polarity_clash("The pruned tagger is much slower than the dense one.",
                          "The pruned tagger is only slightly slower than the dense one.") is not None
    assert polarity_clash("The cheapest cache setting is far worse in recall than the largest one.",
                          "The cheapest cache setting, with 8-bit keys, is only 2% worse in recall than the largest one.") is not None
    assert polarity_clash("The pruned tagger is slightly slower than the dense one.",
                          "The pruned tagger is considerably slower than the dense one.") is not None


def test_a_gap_graded_alike_or_of_another_thing_is_no_clash() -> None:
    assert polarity_clash("The pruned tagger is slightly slower than the dense one.",
                          "The pruned tagger is only 2% slower than the dense one.") is None
    # the source grades it both ways, against different things
    assert polarity_clash("The pruned tagger is much slower than the dense one.",
                          "The pruned tagger is much slower than the dense one, and only slightly slower than the sparse one.") is None
    assert comparative_degree_swap("The pruned tagger is much slower than the rule-based parser.",
                                   "The pruned tagger is only slightly slower than the lexicon lookup.") is None


# --------------------------------------------------------------------------- "fall into"


def test_fall_into_sorts_and_points_nowhere() -> None:
    assert polarity_clash("The survey's treebanks fall into spoken, written and mixed groups.",
                          "The parser outperforms every baseline on the written and spoken treebanks.") is None


def test_falls_on_its_own_still_points_down() -> None:
    assert polarity_clash("Accuracy falls under heavy noise.", "Accuracy improves under heavy noise.") is not None
    assert polarity_clash("Accuracy falls on the noisy split.", "Accuracy improves on the noisy split.") is not None


# --------------------------------------------------------------------------- verbs of putting a thing into another


def test_building_a_thing_into_another_is_what_not_introducing_it_denies() -> None:
    assert negation_flip("The tagger builds word-shape features into its encoder.",
                         "We do not introduce word-shape features into the encoder.") is False
    assert negation_flip("The tagger incorporates word-shape features into its encoder.",
                         "We do not introduce word-shape features into the encoder.") is False


def test_building_without_into_or_denied_alike_is_no_flip() -> None:
    assert negation_flip("The tagger builds no word-shape features into its encoder.",
                         "We do not introduce word-shape features into the encoder.") is None
    assert negation_flip("The tagger builds a lexicon from raw text.",
                         "We do not introduce a lexicon; the tagger reads raw text.") is None


# --------------------------------------------------------------------------- "limited" uses; "rules out"


def test_limited_is_the_opposite_of_widespread() -> None:
    source = "While graph kernels have become standard for parsing, their uses in speech tagging remain limited."
    assert polarity_clash("Uses of graph kernels in speech tagging are already widespread.", source) is not None


def test_limited_agrees_with_rare() -> None:
    source = "While graph kernels have become standard for parsing, their uses in speech tagging remain limited."
    assert polarity_clash("Uses of graph kernels in speech tagging remain rare.", source) is None


def test_rules_out_denies_what_the_source_enables() -> None:
    assert _words_against("The tagger's lattice is sparse, which rules out beam pruning at test time.",
                          "The tagger's sparse lattice enables beam pruning at test time.") is not None


def test_rules_out_agrees_with_precludes() -> None:
    assert _words_against("The tagger's lattice is sparse, which rules out beam pruning at test time.",
                          "The tagger's sparse lattice precludes beam pruning at test time.") is None


# --------------------------------------------------------------------------- strength / weakness


def test_a_strength_is_the_opposite_of_a_weakness() -> None:
    source = "This suggests that per-domain tuning of taggers is a crucial weakness which limits their usefulness."
    assert polarity_clash("The authors present per-domain tuning of taggers as a strength.", source) is not None
    assert polarity_clash("Per-domain tuning of taggers is a clear advantage.", source) is not None


def test_a_weakness_agrees_with_a_drawback_and_a_parameters_strength_is_no_merit() -> None:
    source = "This suggests that per-domain tuning of taggers is a crucial weakness which limits their usefulness."
    assert polarity_clash("The authors see per-domain tuning of taggers as a drawback.", source) is None
    assert polarity_clash("A larger regularization strength helps the tagger.",
                          "A larger regularization strength helps the tagger, though the lexicon's weakness remains.") is None
