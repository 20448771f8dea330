"""Opposite words decide a claim only when the passage is about what the claim names.

A claim whose every name the paper never mentions ("Zorblax does not gain from pretraining")
shares its predicate's words with a sentence about other things ("Quibbit and Morvex gain a
lot from pretraining"); the clash of "does not gain" with "gain" is then about another subject
and must not make the claim contradicted."""

from __future__ import annotations

from claimcheck.evidence.judge import judge_claims
from claimcheck.evidence.retrieve import claim_core
from claimcheck.model import Claim, Mark, Passage, Reference, Source, SourceStatus, SourceVersion, VerdictLabel


def paper(*sentences: str) -> Source:
    passages = [Passage(s, 1, None, "sentence", i, section="Abstract") for i, s in enumerate(sentences)]
    version = SourceVersion("2101.00003", 1, passages, 1, "test")
    return Source(Reference("arXiv:2101.00003", "2101.00003", None), SourceStatus.OK, None, [version])


PAPER = paper(
    "We see large gains from intermediate training on the Quibbit and Morvex retrieval tasks.",
    "Training on more data is slower but gives steadier results on every benchmark.",
)


def verdict(text: str) -> VerdictLabel:
    return judge_claims([Claim(1, text, Mark.UNKNOWN, None, False)], [PAPER])[0].label


def test_a_negated_claim_about_an_unmentioned_name_is_not_contradicted() -> None:
    assert verdict("The Zorblax task does not see gains from intermediate training.") is not VerdictLabel.CONTRADICTED


def test_the_same_negation_about_a_mentioned_name_is_contradicted() -> None:
    assert verdict("The Quibbit task does not see gains from intermediate training.") is VerdictLabel.CONTRADICTED


def test_a_negation_cut_off_with_the_claim_denies_nothing_checkable() -> None:
    # "... that have no training d…": what is denied (data? done?) is cut off, so the
    # claim is not contradicted by a sentence that speaks of training.
    text = "The Quibbit and Morvex retrieval tasks see gains, though they have no training d"
    claim = Claim(1, text, Mark.UNKNOWN, None, True)
    assert claim_core(claim) == "The Quibbit and Morvex retrieval tasks see gains, though they have"
    assert judge_claims([claim], [PAPER])[0].label is not VerdictLabel.CONTRADICTED
    # A whole claim keeps its negation, and a negation far from the cut is kept too.
    whole = Claim(1, "The Quibbit task does not see gains from intermediate training.", Mark.UNKNOWN, None, False)
    assert judge_claims([whole], [PAPER])[0].label is VerdictLabel.CONTRADICTED
    early = Claim(1, "The Quibbit task does not see gains from intermediate training on the first ro", Mark.UNKNOWN, None, True)
    assert "does not see" in claim_core(early)


def test_a_denied_thing_the_source_only_half_names_is_not_stated() -> None:
    from claimcheck.evidence.opposites import unstated_denial

    claim = "Quibbit and Morvex are retrieval tasks that have no training data of their own."
    gains = paper("We see large gains from intermediate training on the Quibbit and Morvex retrieval tasks.")
    # The source names "training" (of another thing) and denies nothing: the denial is a
    # part of the claim it does not state.
    assert unstated_denial(claim, gains.versions[0].passages[0].text) == "no training data"
    assert judge_claims([Claim(1, claim, Mark.UNKNOWN, None, False)], [gains])[0].label is VerdictLabel.PARTLY_SUPPORTED
    # A source that denies it too, or says nothing of it, is not this case.
    assert unstated_denial(claim, "Quibbit and Morvex come with no training data.") is None
    assert unstated_denial(claim, "Quibbit and Morvex are retrieval tasks.") is None


def test_a_name_after_a_preposition_is_no_name_for_the_paper_itself() -> None:
    release = paper("We release our code and pretrained models to facilitate future work.",
                    "Using a set of 7 pretraining tasks, we evaluate training gains on the development set.")
    # "The Zorblax authors release ...": the report's name for the paper, which it need not print.
    own = Claim(1, "The Zorblax authors release their code and pretrained models to facilitate future work.", Mark.UNKNOWN, None, False)
    assert judge_claims([own], [release])[0].label is VerdictLabel.SUPPORTED
    # "training on Zorblax": a thing the paper would have to name.
    from claimcheck.evidence.names import missing_entities

    version, evidence = release.versions[0], release.versions[0].passages[1].text
    assert missing_entities("Training on Zorblax yields gains of 7.0 points on the development set.", evidence, version) == ["Zorblax"]
    assert missing_entities("The Zorblax authors evaluate training gains on the development set.", evidence, version) == []
