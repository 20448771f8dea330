"""Opposites in words (claimcheck/evidence/opposites.py, polarity.py, lexicon.py), tenth
round. Made-up sentences only, each rule in both directions."""

from __future__ import annotations

from claimcheck.evidence.opposites import polarity_clash


# --------------------------------------------------------------------------- the claim's own word echoed

DEGRADATION = ("When wider encoders are able to start training, a degradation problem has been observed: with the "
               "encoder width increasing, throughput first plateaus and then degrades sharply. Surprisingly, such "
               "degradation is not caused by memory pressure, and adding more heads to a wide encoder leads to "
               "longer step times.")


def test_one_shared_word_does_not_outweigh_the_claims_own_word_stated_its_way() -> None:
    # the source says "degradation" itself; "increasing" beside "encoder" is about the width
    assert polarity_clash("The degradation of wider encoders is not caused by memory pressure.", DEGRADATION) is None


def test_the_negation_of_the_same_predicate_still_clashes() -> None:
    assert polarity_clash("The degradation of wider encoders is caused by memory pressure.", DEGRADATION) is not None


def test_one_shared_word_still_clashes_where_the_source_lacks_the_claims_word() -> None:
    assert polarity_clash("The throughput of wider encoders decreases.",
                          "With the encoder width growing, the throughput increases.") is not None
