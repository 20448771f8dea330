"""A versioned name ("wav2vec 2.0", "Quorvex 3.1") measures nothing (issue 13, round 6): the
number of a name the paper writes in its title or again and again is a name's part, so a
passage that says "our model" for it does not lack the claim's "3.1". Made-up papers."""

from __future__ import annotations

from claimcheck.evidence.judge import judge_claims
from claimcheck.evidence.names import versioned_name_spans
from claimcheck.model import Claim, Mark, Passage, Reference, Source, SourceStatus, SourceVersion, VerdictLabel


def _version(title: str, sentences: list[str]) -> SourceVersion:
    passages = [Passage(title, 1, None, "title", 0)]
    passages += [Passage(s, 1, None, "sentence", i + 1) for i, s in enumerate(sentences)]
    return SourceVersion("2101.00001", 1, passages, 1, "test")


PAPER = _version("Quorvex 3.1: Tagging Tweets Without Labels", [
    "We present a tagger trained on raw text alone.",
    "Our tagger reaches 91.4 accuracy on the tweet benchmark with no labelled data.",
    "Training takes 2.5 days on eight GPUs.",
])


def test_versioned_name_in_title_is_a_name() -> None:
    claim = "Quorvex 3.1 reaches 91.4 accuracy on the tweet benchmark."
    spans = versioned_name_spans(claim, PAPER)
    assert [claim[a:b] for a, b in spans] == ["3.1"]


def test_a_number_after_a_word_elsewhere_is_a_measure() -> None:
    # "takes 2.5" is not a name the paper writes: it measures
    assert versioned_name_spans("Training Quorvex takes 2.5 days.", PAPER) == []
    assert versioned_name_spans("Quorvex 3.2 reaches 91.4 accuracy.", PAPER) == []


def test_verdict_does_not_miss_the_version_number() -> None:
    ref = Reference("arXiv:2101.00001", "2101.00001", 1)
    source = Source(ref, SourceStatus.OK, None, [PAPER])
    claim = Claim(1, "Quorvex 3.1 reaches 91.4 accuracy on the tweet benchmark with no labelled data.", Mark.UNKNOWN, None, False)
    assert judge_claims([claim], [source])[0].label == VerdictLabel.SUPPORTED
    wrong = Claim(1, "Quorvex 3.1 reaches 93.4 accuracy on the tweet benchmark with no labelled data.", Mark.UNKNOWN, None, False)
    assert judge_claims([wrong], [source])[0].label == VerdictLabel.CONTRADICTED


def test_a_versioned_name_a_table_header_starts_with_measures_nothing() -> None:
    from claimcheck.evidence.tables import name_spans
    from tests.tablepassages import table_passages

    rows = {"Quorvex 3.1 Small (no LM)": {"Tweets": "14.2", "News": "9.8"},
            "Brindle Large": {"Tweets": "11.0", "News": "8.1"}}
    passages = table_passages("Table 2", rows, "Table 2: Error rates of the taggers.", labelled_rows=True)
    version = SourceVersion("2101.00003", 1, passages, 1, "test")
    claim = "Brindle Large beats Quorvex 3.1 Small on Tweets (11.0 vs 14.2)."
    assert [claim[a:b] for a, b in name_spans(claim, version)] == ["Quorvex 3.1"]
    # a bare number after a word the headers never write is a measure
    assert name_spans("Brindle reaches 3.1 on Tweets.", version) == []
    ref = Reference("arXiv:2101.00003", "2101.00003", 1)
    source = Source(ref, SourceStatus.OK, None, [version])
    label = judge_claims([Claim(1, "Quorvex 3.1 Small has an error rate of 14.2 on Tweets.", Mark.UNKNOWN, None, False)],
                         [source])[0].label
    assert label == VerdictLabel.SUPPORTED
