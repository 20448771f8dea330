"""A part of a claim wholly absent from a passage that states the rest word for word is a
fact the claim adds: *partly supported* however high the rest's recall
(claimcheck/evidence/clauses.py ``absent_parts``, judge.py). Made-up sentences only."""

from __future__ import annotations

from claimcheck.evidence.clauses import absent_parts
from claimcheck.evidence.judge import judge_version
from claimcheck.evidence.retrieve import stems
from claimcheck.model import Claim, Mark, Passage, SourceVersion, VerdictLabel

SOURCE = "Rule-based lemmatisers such as Morfo or Lemmy remain the standard choice for Basque morphology."


def _judge(claim: str, *sentences: str) -> VerdictLabel:
    version = SourceVersion("2301.00002", 1, [Passage(t, 1, None, "sentence", i) for i, t in enumerate(sentences)], 1, "test")
    return judge_version(Claim(1, claim, Mark.UNKNOWN, None, False), version).label


def test_an_added_clause_is_absent() -> None:
    claim = "Rule-based lemmatisers such as Morfo or Lemmy remain the standard choice for Basque morphology, although they cannot handle loanwords."
    assert absent_parts(claim, SOURCE, ["Morfo", "Lemmy", "Basque"]) == ["they cannot handle loanwords"]
    assert _judge(claim, SOURCE, "We release our code.") is VerdictLabel.PARTLY_SUPPORTED


def test_a_reworded_part_half_there_is_not_absent() -> None:
    claim = "Rule-based lemmatisers such as Morfo or Lemmy remain the standard option for Basque morphology."
    assert absent_parts(claim, SOURCE, ["Morfo", "Lemmy", "Basque"]) == []
    assert _judge(claim, SOURCE, "We release our code.") is VerdictLabel.SUPPORTED


def test_names_and_numbers_are_left_to_their_own_rules() -> None:
    # the elided subject ("Lemmy" for "it") and a part with a number are no absent part
    source = "It reaches 91.2 accuracy on the Basque treebank."
    assert absent_parts("On the Basque treebank, Lemmy reaches 91.2 accuracy.", source, ["Lemmy", "Basque"]) == []
    assert absent_parts("Lemmy reaches 91.2 accuracy, scoring twelve points over prior tools.", source, ["Lemmy"]) == []


def test_the_noun_of_a_verb_is_the_verb() -> None:
    assert stems("the construction of the parser") == stems("the parser is constructed")
    assert stems("its compression") == stems("compressed")
    assert stems("how it is built") == stems("it is built")


def test_a_compound_whose_words_the_passage_has_only_in_separate_clauses_is_scattered() -> None:
    from claimcheck.evidence.clauses import scattered_compounds

    source = ("We show that the parser is robust to noise, that crawled text can train taggers, "
              "and that the aligner finds translation pairs.")
    assert scattered_compounds("The parser beats translate-train baselines.", source) == ["translate-train"]
    # one clause, in any order, or the compound itself: stated
    assert scattered_compounds("The parser beats translate-train baselines.", "We train on translated data.") == []
    assert scattered_compounds("The Wiki-distilled model is small.", "A model distilled on Wiki data is small.") == []
    assert scattered_compounds("The Wiki-distilled model is small.", "The Wiki-distilled model is small.") == []
    # a word missing altogether is left to recall
    assert scattered_compounds("The parser beats translate-train baselines.", "The parser beats baselines.") == []


def test_a_compound_whose_words_the_passage_pairs_is_stated() -> None:
    from claimcheck.evidence.clauses import scattered_compounds

    # "between dev and test" is one phrase, though a clause split at its "and" parts the words
    assert scattered_compounds("The small dev-test gap shows the tagger is not overfitting.",
                               "The gap between dev and test is at most 0.2 points, and it shows the tagger "
                               "is not overfitting.") == []
    # the same words in two phrases of their own are still scattered
    assert scattered_compounds("The small dev-test gap shows the tagger is not overfitting.",
                               "The dev loss is small, and the test gap shows the tagger is not overfitting.") \
        == ["dev-test"]


def test_quantifiers_and_within_are_function_words() -> None:
    assert stems("every tagger within one framework") == stems("all taggers in one framework")


def test_a_passive_predicate_after_a_number_is_a_part_of_its_own() -> None:
    source = "The Breton corpus provides about 12K tagged sentences."
    assert absent_parts("The corpus's 12K tagged sentences were annotated by trained linguists.",
                        source, []) == ["were annotated by trained linguists"]
    # the number's own words are numbercheck's; a passive predicate half there is stated
    assert absent_parts("The corpus's 12K sentences were tagged by hand.", source, []) == []
    assert absent_parts("The corpus's 12K tagged sentences come from blogs.", source, []) == []


def test_a_thing_picked_out_by_another_word_is_replaced() -> None:
    from claimcheck.evidence.clauses import replaced_modifiers

    source = "The Wobble tagger beat an unaided annotator on verb tagging (91.2% vs 84.0%)."
    claim = "The Wobble tagger beat an unaided annotator on noun tagging, 91.2% against 84.0%."
    assert replaced_modifiers(claim, source) == ["noun tagging"]
    assert _judge(claim, source, "We release our code.") is VerdictLabel.PARTLY_SUPPORTED
    # the same words, or words that only say which or how many, replace nothing
    assert replaced_modifiers("The Wobble tagger beat an unaided annotator on verb tagging.", source) == []
    assert replaced_modifiers("Lemmy transfers to languages in other scripts.",
                              "Lemmy transfers even to languages in different scripts.") == []
    # a word the passage has elsewhere is no replacement
    assert replaced_modifiers("Lemmy helps on verb tagging.", "For verbs, Lemmy helps on noun tagging and verb tagging.") == []


def test_a_phrase_that_only_adds_a_number_is_the_part_missing() -> None:
    from claimcheck.evidence.clauses import without_number_phrases

    claim = "Lemmy continues training the Basque tagger on a large unlabelled dialect corpus with a peak learning rate of 6e-4."
    assert without_number_phrases(claim) == \
        "Lemmy continues training the Basque tagger on a large unlabelled dialect corpus ."
    # a number the clause goes on about is no added phrase; nor is a bare subject left
    assert without_number_phrases("On Basque alone, Lemmy with Morfo features reaches 84.25 accuracy.") is None
    assert without_number_phrases("Lemmy was trained with a batch size of 256.") is None
    source = "Our approach is simple: we continue training the Basque tagger on a large corpus of unlabelled dialect text."
    assert _judge(claim, source, "We release our code.") is VerdictLabel.PARTLY_SUPPORTED
    # must not fire: the passage states something else of the tagger
    assert _judge(claim, "The Basque tagger of Lemmy is released under a free licence.", "We release our code.") \
        is VerdictLabel.NOT_FOUND
