"""Polar words paired one to one (issue 13, round 6): a polar word the claim and the source
share ("lower cost" in both) is each other's counterpart, so it cannot also vouch for the
claim's other polar word of that sense ("performs worse at lower cost" / "performs better at
lower cost"). Made-up sentences, where the rule must fire and where it must not."""

from __future__ import annotations

import pytest

from claimcheck.evidence.opposites import polarity_clash


@pytest.mark.parametrize(
    "claim, source",
    [
        ("The parser performs worse at lower beam widths.", "The parser performs better at lower beam widths."),
        ("Tagging accuracy improves with fewer training sentences.", "Tagging accuracy degrades with fewer training sentences."),
        ("The smaller encoder gives higher recall on rare words.", "The smaller encoder gives lower recall on rare words."),
    ],
)
def test_shared_polar_word_does_not_hide_the_opposite(claim: str, source: str) -> None:
    assert polarity_clash(claim, source) is not None


@pytest.mark.parametrize(
    "claim, source",
    [
        # the same statement: each polar word meets its own
        ("The parser performs better at lower beam widths.", "The parser performs better at lower beam widths."),
        ("Tagging accuracy improves with fewer training sentences.", "Tagging accuracy improves with fewer training sentences."),
        # reworded, same way
        ("The smaller encoder gives higher recall on rare words.", "The smaller encoder achieves better recall on rare words."),
    ],
)
def test_same_direction_is_no_clash(claim: str, source: str) -> None:
    assert polarity_clash(claim, source) is None


# General English opposites of round 6: the superlative of how well ("performs best" /
# "performs least well"), a gap that vanishes against one that grows, "far from X" as a
# negation of X, and "performs as well as" as a comparison (not the listing "A as well as B").
@pytest.mark.parametrize(
    "claim, source",
    [
        ("Sharing the embeddings performs best in the ablation.", "Sharing the embeddings performs least well in the ablation."),
        ("The parser's lead over the tagger grows for longer sentences.", "The parser's lead over the tagger vanishes for longer sentences."),
        ("The recogniser is better than the spotter on accented speech.", "The recogniser does not perform as well as the spotter on accented speech."),
        ("The recogniser performs worse than the spotter on accented speech.", "The recogniser performs as well as the spotter on accented speech."),
    ],
)
def test_general_opposites(claim: str, source: str) -> None:
    assert polarity_clash(claim, source) is not None


@pytest.mark.parametrize(
    "claim, source",
    [
        ("Sharing the embeddings performs best in the ablation.", "In the ablation, sharing the embeddings performs best."),
        ("The parser's lead over the tagger vanishes for longer sentences.", "The parser's lead over the tagger disappears for longer sentences."),
        # "as well as" that lists two things compares nothing
        ("The recogniser handles accented speech as well as noisy speech.", "The recogniser handles accented speech as well as noisy speech."),
        ("The recogniser performs as well as the spotter on accented speech.", "The recogniser performs as well as the spotter on accented speech."),
    ],
)
def test_general_opposites_agree(claim: str, source: str) -> None:
    assert polarity_clash(claim, source) is None


def test_far_from_negates() -> None:
    from claimcheck.evidence.opposites import negation_flip
    assert negation_flip("Tagging accuracy on tweets is still far from human-level.",
                         "Tagging accuracy on tweets is now essentially human-level.") is not None
    assert negation_flip("Tagging accuracy on tweets is still far from human-level.",
                         "Tagging accuracy on tweets is still far from human-level.") is None


def test_negation_stops_before_a_new_subject() -> None:
    # "not" denies "necessary"; "and a small tagger ... performs well" is a clause of its own
    source = "We find that this pre-processing is not necessary and a small tagger trained on raw text can perform well on tweets."
    claim = "Pre-processing is unnecessary, since a small tagger trained on raw text performs well on tweets."
    assert polarity_clash(claim, source) is None
    # ... while one subject's predicates stay negated together
    denied = "We find that this pre-processing is not necessary and does not perform well on tweets."
    assert polarity_clash("This pre-processing performs well on tweets.", denied) is not None


@pytest.mark.parametrize(
    "claim, expected",
    [
        ("The tagger does better than the chunker on the short subset but worse on the long subsets.", True),
        ("The tagger does worse than the chunker on the short subset but better on the long subsets.", False),
    ],
)
def test_each_polar_word_meets_the_one_said_of_its_thing(claim: str, expected: bool) -> None:
    source = "The tagger is slightly faster than the chunker; it performs much worse on the short subset, but better on long subsets."
    assert (polarity_clash(claim, source) is not None) is expected
