"""Words a passage says in another form (made-up sentences, both ways): an acronym with a
small word inside its expansion ("RLHF"), an acronym for the claim's words ("LLM" for
"language model"), a name's kind ("X-style"), a clipped prefix ("auto-"), "-ship" nouns, and
time words that pick out no kind ("earlier models" / "recent models")."""

from __future__ import annotations

from claimcheck.evidence.clauses import absent_parts, replaced_modifiers
from claimcheck.evidence.conjuncts import acronym_words, spelled_out
from claimcheck.evidence.names import mentions
from claimcheck.evidence.retrieve import stems


def test_an_acronym_is_spelled_out_with_a_small_word_inside() -> None:
    assert spelled_out("RLHF", "tuned with reinforcement learning from human feedback")
    assert not spelled_out("RLHF", "tuned with reinforcement learning and more human feedback")


def test_an_acronym_of_the_passage_states_the_claims_words() -> None:
    assert acronym_words("Both the image encoder and the language model stay frozen.", "The LLM stays frozen.") \
        == stems("language model")
    # words across a name or a comma are no run
    assert acronym_words("After the answer, RAG gets it right.", "RAG and NQ") == frozenset()
    claim = "The tagger freezes the language model."
    assert absent_parts(claim, "The tagger keeps the LLM frozen.", []) == []


def test_a_names_kind_is_the_name() -> None:
    assert mentions("We use a modified BART denoising objective.", "BART-style")
    assert not mentions("We use a modified T5 denoising objective.", "BART-style")


def test_clipped_prefixes_and_ship_nouns_meet_their_words() -> None:
    assert stems("auto-tagging") & stems("tagging automatically") == stems("auto tagging")
    assert stems("relationships") == stems("relations")
    assert stems("relationships") != stems("relatives")


def test_a_time_word_picks_out_no_kind() -> None:
    source = "There is interest in building language-augmented vision models."
    assert replaced_modifiers("In earlier language-augmented vision models, text only labels images.", source) == []
    # a word that picks out a kind still does
    assert replaced_modifiers("The tagger wins on legal documents.", "The tagger wins on medical documents.") == [
        "legal documents"]


def test_a_synonym_listed_in_one_form_meets_its_other_forms() -> None:
    assert stems("utilized") == stems("use")
    assert stems("needed") == stems("requires")
    assert stems("frozen") == stems("freezes")
    assert stems("strings") != stems("use")


def test_retrieval_reads_an_acronym_spelled_out_across_a_small_word() -> None:
    from claimcheck.evidence.retrieve import _spelled

    assert _spelled("RLHF").search("then tuned with reinforcement learning from human feedback")
    assert not _spelled("RLHF").search("then tuned with reinforcement learning and some human feedback")


def test_an_adverb_in_ationally_meets_its_adjective() -> None:
    # "computationally cheaper" / "computational cost": one topic, two word forms
    assert stems("computationally") == stems("computational")
    assert stems("operationally") == stems("operational")
    assert stems("computationally") != stems("compositionally")
