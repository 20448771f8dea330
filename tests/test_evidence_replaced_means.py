"""The means a claim gives a thing ("tagging with beam search") where the passage gives the
same words another means ("tagging with greedy decoding"): the claim says another thing of it
(claimcheck/evidence/clauses.py, judge.py). Made-up sentences only, both directions."""

from __future__ import annotations

from claimcheck.evidence.clauses import replaced_means

SOURCE = "The baseline we compare to is span tagging with greedy decoding, as used in earlier taggers."


def test_another_means_in_the_same_place_is_found() -> None:
    assert replaced_means("The baseline is span tagging with beam search.", SOURCE) == ("beam search", "greedy decoding")


def test_the_same_means_reworded_or_added_is_not() -> None:
    # a word of the means shared
    assert replaced_means("The baseline is span tagging with greedy search.", SOURCE) is None
    # an acronym spelled out on the other side
    assert replaced_means("The tagger is trained with SGD.", "The tagger is trained with stochastic gradient descent.") is None
    # the claim names the passage's means too
    assert replaced_means("The baseline is span tagging with beam search, not greedy decoding.", SOURCE) is None
    # other words before the means: another thing
    assert replaced_means("The ranker is trained with beam search.", SOURCE) is None


from claimcheck.evidence.judge import judge_claims  # noqa: E402
from claimcheck.model import Claim, Mark, Passage, Reference, Source, SourceStatus, SourceVersion, VerdictLabel  # noqa: E402


def _judge(claim: str) -> VerdictLabel:
    sentences = ["We thank the anonymous reviewers.", "We report the results of Quillo averaged over 10 runs.", SOURCE,
                 "Section 5 discusses limitations of the approach."]
    passages = [Passage(s, 1, None, "sentence", i) for i, s in enumerate(sentences)]
    version = SourceVersion("2101.00013", 1, passages, 1, "test")
    source = Source(Reference("x", "2101.00013", 1), SourceStatus.OK, None, [version])
    return judge_claims([Claim(1, claim, Mark.UNKNOWN, None, False)], [source])[0].label


def test_a_claim_with_another_means_is_contradicted() -> None:
    assert _judge("The baseline compared to is span tagging with beam search, as used in earlier taggers.") \
        is VerdictLabel.CONTRADICTED
    assert _judge("The baseline compared to is span tagging with greedy decoding, as used in earlier taggers.") \
        is VerdictLabel.SUPPORTED
