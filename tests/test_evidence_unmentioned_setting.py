"""A claim whose numbers are all unstated, about a thing the paper never mentions ("On
Zorbnet 2019, Quillo reaches 76.4%"), is not found: what the numbers measure is not in the
paper, however well the rest of the claim matches (claimcheck/evidence/judge.py). Made-up
sentences only."""

from __future__ import annotations

from claimcheck.evidence.judge import judge_claims
from claimcheck.model import Claim, Mark, Passage, Reference, Source, SourceStatus, SourceVersion, VerdictLabel

PAPER = ["We thank the anonymous reviewers.", "The appendix lists every hyper-parameter.",
         "We adopt the Lumen detector as the detection method.",
         "Here we are interested in the improvements of replacing the Quill-8 backbone with Quill-32.",
         "On the harder Korva set we obtain a 5.0% gain in its standard metric, a 21% relative improvement.",
         "Section 5 discusses limitations of the approach."]


def _judge(claim: str, sentences: list[str]) -> VerdictLabel:
    passages = [Passage(s, 1, None, "sentence", i) for i, s in enumerate(sentences)]
    version = SourceVersion("2101.00012", 1, passages, 1, "test")
    source = Source(Reference("x", "2101.00012", 1), SourceStatus.OK, None, [version])
    return judge_claims([Claim(1, claim, Mark.UNKNOWN, None, False)], [source])[0].label


def test_numbers_about_a_set_the_paper_never_mentions_are_not_found() -> None:
    assert _judge("The Lumen detector is adopted as the detection method, reaching 61.5 on Zorbnet.", PAPER) \
        is VerdictLabel.NOT_FOUND


def test_numbers_about_a_set_the_paper_mentions_are_judged() -> None:
    # the set it measures is the paper's: judged on the paper's numbers for it
    assert _judge("The Lumen detector is adopted as the detection method, reaching 61.5 on Korva.", PAPER) \
        is not VerdictLabel.NOT_FOUND
