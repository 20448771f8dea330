"""Roles given after a predicate the second name shares by gapping (issue 13, round 6): "A
is the best on X and B on Y" against "B is the best on X and A on Y" swaps A's and B's
places, as "A for X and B for Y" does. Made-up sentences, both directions."""

from __future__ import annotations

from claimcheck.evidence.names import swapped_roles


def test_gapped_predicate_roles_swapped() -> None:
    claim = "Quorvex-2 is the strongest tagger on Tweets and Marlin on the news corpora."
    source = "At present, Marlin is the strongest tagger on Tweets and Quorvex-2 on the news corpora we use."
    assert swapped_roles(claim, source) is not None


def test_gapped_predicate_roles_kept() -> None:
    claim = "Marlin is the strongest tagger on Tweets and Quorvex-2 on the news corpora."
    source = "At present, Marlin is the strongest tagger on Tweets and Quorvex-2 on the news corpora we use."
    assert swapped_roles(claim, source) is None


def test_a_name_between_is_no_role() -> None:
    # "A outperforms B on X": X is where the two are compared, not A's place against B's
    claim = "Marlin outperforms Quorvex-2 on Tweets."
    source = "Quorvex-2 outperforms Marlin on Tweets."
    assert swapped_roles(claim, source) is None


from claimcheck.evidence.names import moved_role  # noqa: E402

SOURCE = ("The tagger wins nearly everywhere: Quorvex-B outperforms Marlin-B on the hard news set "
          "and Quorvex-L outperforms Marlin-L on the easy news set.")


def test_role_moved_to_another_name() -> None:
    # the passage gives "hard" to the B pair and the L pair another set
    assert moved_role("Quorvex-L outperforms Marlin-L on the hard news set.", SOURCE) is not None


def test_role_kept() -> None:
    assert moved_role("Quorvex-L outperforms Marlin-L on the easy news set.", SOURCE) is None
    assert moved_role("Quorvex-B outperforms Marlin-B on the hard news set.", SOURCE) is None
