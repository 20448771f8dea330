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
