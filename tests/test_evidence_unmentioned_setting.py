"""A claim whose numbers are all unstated, about a thing the paper never mentions ("On
Zorbnet 2019, Quillo reaches 76.4%"), is not found: what the numbers measure is not in the
paper, however well the rest of the claim matches (claimcheck/evidence/judge.py). A clause
with neither a number nor such a name may be stated, and then the claim is partly supported.
Made-up sentences only."""

from __future__ import annotations

from claimcheck.evidence.judge import _each_clause_unstated, judge_claims
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


def test_every_clause_with_a_number_or_an_unmentioned_name() -> None:
    assert _each_clause_unstated("On Zorbnet 2019, Quill-32 reaches 76.4% with the Lumen detector.", ["Zorbnet"])
    assert _each_clause_unstated("Quill-32 is trained on Zorbnet, reaching 76.4% with the Lumen detector.", ["Zorbnet"])


def test_a_clause_with_neither_may_be_stated() -> None:
    assert not _each_clause_unstated("The paper adopts the Lumen detector and reaches 61.5 on Zorbnet.", ["Zorbnet"])
    # the name the claim opens with is the report's name for the paper's subject
    assert not _each_clause_unstated("Zorbnet adopts the Lumen detector, reaching 61.5 on Korva.", ["Zorbnet"])


def test_a_stated_clause_beside_an_unmentioned_setting_is_partly_supported() -> None:
    assert _judge("The paper adopts the Lumen detector as the detection method and reaches 61.5 on Zorbnet.", PAPER) \
        is VerdictLabel.PARTLY_SUPPORTED
