"""Opposites a plain clause alignment missed (claimcheck/evidence/opposites.py): a sentence
framed by a heading before it, a verb graded by a bare comparative the other way, and a
name the claim prefers ("A, rather than B, ...") where the passage says it of the other.
Made-up sentences only, each rule in both directions."""

from __future__ import annotations

from claimcheck.evidence.opposites import best_swap, polarity_clash, preference_swap, verb_degree_swap

FRAMED = "Phase 3: joint adaptation. We keep the token embedding table frozen throughout, and tune the adapters."


def test_a_heading_frames_the_sentence_that_states_the_opposite() -> None:
    assert polarity_clash("During the joint adaptation phase the token embedding table is unfrozen.", FRAMED) is not None


def test_a_framed_sentence_that_agrees_is_no_clash() -> None:
    assert polarity_clash("During the joint adaptation phase the token embedding table stays frozen.", FRAMED) is None


def test_a_long_sentence_is_no_frame_for_another() -> None:
    source = ("The joint adaptation phase follows the warm-up phase and lasts for three full days on eight machines. "
              "We keep the token embedding table frozen in the probing runs.")
    # the second sentence alone holds too little of the claim to be aligned with it
    assert polarity_clash("During the joint adaptation phase the token embedding table is unfrozen.", source) is None


def test_a_verb_graded_the_other_way_is_a_clash() -> None:
    assert verb_degree_swap("Pruned models forget more often than dense ones.",
                            "We find that pruned models forget less and converge faster than dense ones.") is not None
    assert verb_degree_swap("Kestrel generalises better than Heron.", "Kestrel generalises worse than Heron on code.") is not None


def test_a_verb_graded_the_same_way_or_a_graded_object_is_no_clash() -> None:
    assert verb_degree_swap("Pruned models forget less than dense ones.",
                            "Pruned models forget less and converge faster than dense ones.") is None
    # "more memory" grades the object, not the verb
    assert verb_degree_swap("Kestrel uses more memory than Heron.", "Kestrel uses less compute but more memory.") is None
    # a passage that grades the verb both ways says neither
    assert verb_degree_swap("Kestrel forgets more than Heron.", "Kestrel forgets less on news and forgets more on code.") is None


def test_a_preferred_name_the_passage_sets_aside_is_a_clash() -> None:
    source = "We compared Kestrel and Heron in pilot runs, and found that Heron yields cleaner pseudo-labels."
    assert preference_swap("The authors found Kestrel, rather than Heron, to yield the cleaner pseudo-labels.", source) is not None
    assert preference_swap("Heron, not Kestrel, yields the cleaner pseudo-labels.",
                           "We found that Kestrel yields cleaner pseudo-labels.") is not None


def test_a_preference_the_passage_shares_is_no_clash() -> None:
    source = "We compared Kestrel and Heron in pilot runs, and found that Heron yields cleaner pseudo-labels."
    assert preference_swap("The authors found Heron, rather than Kestrel, to yield the cleaner pseudo-labels.", source) is None
    # a clause naming both decides nothing here
    assert preference_swap("Kestrel, instead of Heron, yields the cleaner pseudo-labels.",
                           "Kestrel yields cleaner pseudo-labels than Heron.") is None


def test_trading_a_thing_away_is_the_opposite_of_keeping_it() -> None:
    assert polarity_clash("Caching trades some accuracy for speed.",
                          "Caching speeds up decoding without degrading accuracy.") is not None
    assert polarity_clash("Caching speeds up decoding while keeping accuracy.",
                          "Caching speeds up decoding without degrading accuracy.") is None
    assert polarity_clash("Caching trades some accuracy for speed.",
                          "Caching trades a little accuracy for a large speed-up.") is None


def test_crowning_the_thing_the_passage_compared_and_set_aside_is_a_clash() -> None:
    source = "We compare the lexicon tagger to a neural Kestrel tagger. On tweets, Kestrel performs best, as tweets are short."
    assert best_swap("On tweets the lexicon tagger works best, as tweets are short.", source) is not None


def test_crowning_the_same_thing_or_one_the_passage_never_names_is_no_clash() -> None:
    source = "We compare the lexicon tagger to a neural Kestrel tagger. On tweets, Kestrel performs best, as tweets are short."
    assert best_swap("On tweets the Kestrel tagger works best.", source) is None
    # a winner the passage never mentions: another passage's business, not this one's opposite
    assert best_swap("On tweets the rule-based chunker works best.", source) is None


def test_a_polar_word_graded_down_by_less_says_its_opposite() -> None:
    assert polarity_clash("Our labelling process is robust.", "Our labelling process is less robust.") is not None
    assert polarity_clash("Our labelling process is fragile.", "Our labelling process is less robust.") is None
    # a comparison with "than" is another statement, left to the comparison rules
    assert polarity_clash("Our labelling process is less robust than manual labelling.",
                          "Our labelling process is robust.") is None


def test_a_word_both_texts_say_both_ways_is_no_clash() -> None:
    source = "Second, we show that strong recall on news (RN) does not imply strong recall on forums."
    assert polarity_clash("Strong recall on news does not imply strong recall on forums.", source) is None


def test_a_thing_said_of_both_where_the_passage_says_only_one() -> None:
    from claimcheck.evidence.opposites import both_where_only
    source = "The cache can speed up decoding, but it only works for inference and fails during training."
    assert both_where_only("The cache speeds up decoding during training as well as at inference time.", source) is not None
    assert both_where_only("The cache helps both training and inference.",
                           "Only inference benefits from the cache; training does not.") is not None


def test_both_said_of_both_or_only_said_of_an_amount_is_no_clash() -> None:
    from claimcheck.evidence.opposites import both_where_only
    claim = "The cache speeds up decoding during training as well as at inference."
    assert both_where_only(claim, "The cache speeds up decoding during training and at inference.") is None
    assert both_where_only(claim, "The cache only needs 2 GB at inference and during training.") is None


def test_a_winner_named_with_an_example_is_the_same_winner() -> None:
    assert best_swap("Tasks that need reasoning skills work best.",
                     "Tasks that need reasoning skills such as deduction work best.") is None


def test_another_of_its_kind_where_the_passage_says_the_same_one() -> None:
    from claimcheck.evidence.opposites import same_denied
    claim = "Heron is trained from a larger encoder than the one that labelled the corpus."
    assert same_denied(claim, "We train Heron from the encoder that labelled the corpus (i.e., the same encoder).") is not None
    assert same_denied("Heron reaches higher accuracy than Kestrel on news.",
                       "Heron reaches the same accuracy as Kestrel on news.") is not None


def test_the_same_other_thing_or_the_same_comparison_is_no_clash() -> None:
    from claimcheck.evidence.opposites import same_denied
    claim = "Heron is trained from a larger encoder than the one that labelled the corpus."
    assert same_denied(claim, "We train Heron from a larger encoder than the one that labelled the corpus.") is None
    # "the same accuracy metric" is a metric, not an accuracy
    assert same_denied("Heron reaches higher accuracy than Kestrel on news.",
                       "Heron and Kestrel use the same accuracy metric on news.") is None


def test_heavyweight_is_the_opposite_of_lightweight() -> None:
    source = "Our simple tagger is lightweight, which lets us iterate quickly."
    assert polarity_clash("The authors call their tagger heavyweight.", source) is not None
    assert polarity_clash("The authors call their tagger lightweight.", source) is None
