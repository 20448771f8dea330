"""Opposites, scope and partial claims in words, twelfth round (claimcheck/evidence/
opposites.py, polarity.py, lexicon.py, names.py, conjuncts.py). Made-up sentences only,
each rule in both directions: it fires where it should and stays quiet on a near miss."""

from __future__ import annotations

from claimcheck.evidence.opposites import comparison_swap, polarity_clash


# --------------------------------------------------------------------------- comparison sides

TEACHERS = "In our runs, using a recurrent teacher gives better accuracy than using a convolutional one."


def test_a_head_noun_on_both_sides_of_the_claim_is_no_side() -> None:
    # "teacher" is on both sides of the claim: the kind compared, not what tells them apart
    claim = "A convolutional teacher gives better accuracy than a recurrent teacher."
    assert comparison_swap(claim, TEACHERS) is not None


def test_the_same_comparison_with_a_repeated_head_noun_is_no_swap() -> None:
    claim = "A recurrent teacher gives better accuracy than a convolutional teacher."
    assert comparison_swap(claim, TEACHERS) is None
    assert polarity_clash(claim, TEACHERS) is None


LEARNS = "With this curriculum, small parsers learn more from a rule-based tagger than from a neural tagger of similar accuracy."


def test_sides_after_one_preposition_swapped_clash() -> None:
    claim = "With the curriculum, small parsers learn more from a neural tagger than from a rule-based tagger of similar accuracy."
    assert comparison_swap(claim, LEARNS) is not None


def test_sides_after_one_preposition_kept_are_no_swap() -> None:
    claim = "With the curriculum, small parsers learn more from a rule-based tagger than from a neural one of similar accuracy."
    assert comparison_swap(claim, LEARNS) is None


def test_a_parallel_comparison_on_other_sides_is_no_swap() -> None:
    # the claim compares other things than the source does: no side is the other's
    claim = "Small parsers learn more from long sentences than from short sentences."
    assert comparison_swap(claim, LEARNS) is None


# --------------------------------------------------------------------------- the paper's own subject

from claimcheck.evidence.names import paper_subject  # noqa: E402
from claimcheck.model import Passage, SourceVersion  # noqa: E402

_FILLER = [f"Filler sentence number {k} talks about tagging corpora and other matters." for k in range(30)]


def _version(head: list[tuple[str, str]], extra: list[str] = ()) -> SourceVersion:
    ps = [Passage(t, 1, None, kind, i) for i, (kind, t) in enumerate(head)]
    ps += [Passage(t, 2, None, "sentence", 100 + i) for i, t in enumerate([*_FILLER, *extra])]
    return SourceVersion("2101.00001", 1, ps, 2, "test")


def test_a_title_in_capitals_goes_on_with_its_wrapped_last_line() -> None:
    v = _version([("title", "SPARSE TAGGING WITH RECURRENT LATTICE"), ("sentence", "PARSERS"),
                  ("sentence", "Ana Lopez, Ben Okafor University of Somewhere")])
    assert paper_subject("RLP", v)  # spelled by "Recurrent Lattice Parsers"


def test_a_sentence_after_the_title_is_no_part_of_it() -> None:
    v = _version([("title", "Sparse Tagging with Recurrent Lattice"), ("sentence", "Parsers are everywhere today.")])
    assert not paper_subject("RLP", v)


def test_a_name_marked_as_the_papers_own_in_a_table_is_its_subject() -> None:
    v = _version([("title", "Sparse tagging for everyone")], ["Table 2, row Quokka (this paper): Welsh 81.0; Breton 77.2"])
    assert paper_subject("Quokka", v)


def test_a_baseline_beside_the_marked_name_is_not() -> None:
    v = _version([("title", "Sparse tagging for everyone")],
                 ["Table 2, row Quokka (this paper): Welsh 81.0; Breton 77.2", "Table 2, row Lemmy: Welsh 79.0; Breton 70.1"])
    assert not paper_subject("Lemmy", v)


# --------------------------------------------------------------------------- negation scope

from claimcheck.evidence.polarity import occurrences, sign_of  # noqa: E402

HEDGED = "The auxiliary loss cannot always help the tagger and may sometimes even hurt its accuracy."


def _sign(text: str, word: str) -> int:
    at = text.index(word)
    return next(o.sign for o in occurrences(text) if o.start == at)


def test_a_second_predicate_with_its_own_modal_is_out_of_the_negations_reach() -> None:
    assert _sign(HEDGED, "hurt") == sign_of("hurt")[1]
    assert polarity_clash("The auxiliary loss cannot always help the tagger and can even hurt it.", HEDGED) is None


def test_a_coordinated_verb_without_a_modal_stays_negated() -> None:
    text = "The auxiliary loss does not help the tagger or hurt its accuracy."
    assert _sign(text, "hurt") == -sign_of("hurt")[1]


def test_the_opposite_said_of_the_second_predicate_still_clashes() -> None:
    assert polarity_clash("The auxiliary loss always helps the tagger and never hurts it.", HEDGED) is not None


# --------------------------------------------------------------------------- rates of growth

GROWS = "With full-batch training, the memory footprint of the tagger grows linearly in the number of sentences."


def test_another_rate_of_growth_clashes() -> None:
    claim = "With full-batch training, the tagger's memory footprint grows quadratically in the number of sentences."
    assert polarity_clash(claim, GROWS) is not None
    assert polarity_clash("The scorer has quadratic complexity in the sentence length.",
                          "Our scorer has linear complexity in the sentence length.") is not None


def test_the_same_rate_is_no_clash() -> None:
    claim = "With full-batch training, the tagger's memory footprint grows linearly in the number of sentences."
    assert polarity_clash(claim, GROWS) is None


def test_a_kind_named_by_a_rate_word_is_no_rate() -> None:
    # "a linear layer" names a kind of layer; "constantly" says how often
    assert polarity_clash("During full-batch training, a linear layer keeps a memory footprint that grows with the sentences.",
                          "During full-batch training, the memory footprint grows with the sentences under exponential decay.") is None
    assert polarity_clash("The memory footprint of the tagger grows constantly in the number of sentences.", GROWS) is None


# --------------------------------------------------------------------------- avoiding a thing

AVOIDS = "We encode the parse directly in the network, thereby avoiding explicit tree-based penalties in the objective."


def test_avoiding_a_thing_denies_it() -> None:
    claim = "The tagger encodes the parse through an explicit tree-based penalty term in the objective."
    assert polarity_clash(claim, AVOIDS) is not None


def test_avoiding_it_in_the_claim_too_is_no_clash() -> None:
    claim = "The tagger encodes the parse in the network and avoids explicit tree-based penalties in the objective."
    assert polarity_clash(claim, AVOIDS) is None


def test_avoiding_an_outcome_is_weighed_as_preventing_it() -> None:
    assert polarity_clash("Dropout avoids overfitting on small corpora.", "Dropout prevents overfitting on small corpora.") is None
    assert polarity_clash("The method avoids the need for labels.", "The method removes the need for labels.") is None


# --------------------------------------------------------------------------- a means named by its root

from claimcheck.evidence.clauses import replaced_means  # noqa: E402

SHARES = "We introduce a tagger that shares convolutional features with the detection head, enabling nearly cost-free proposals."


def test_a_means_named_by_another_derivation_of_its_word_is_the_same_means() -> None:
    assert replaced_means("The tagger shares convolutional features with the detector.", SHARES) is None


def test_another_means_is_still_replaced() -> None:
    assert replaced_means("The tagger shares convolutional features with the classifier.", SHARES) == ("classifier", "detection head")

