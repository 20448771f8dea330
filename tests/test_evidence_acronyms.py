"""Acronyms a paper defines ("graph neural networks (GNNs)"), read both ways when a claim
uses the other form, and acronyms it never defines read as the words their letters
begin (claimcheck/evidence/retrieve.py). Made-up sentences only."""

from __future__ import annotations

from claimcheck.evidence.judge import judge_version
from claimcheck.evidence.retrieve import acronyms, aliases, expansion, read_with, stems
from claimcheck.model import Claim, Mark, Passage, SourceVersion, VerdictLabel


def _version(*sentences: str) -> SourceVersion:
    return SourceVersion("2301.00001", 1, [Passage(t, 1, None, "sentence", i) for i, t in enumerate(sentences)], 1, "test")


def _judge(claim: str, version: SourceVersion) -> VerdictLabel:
    return judge_version(Claim(1, claim, Mark.UNKNOWN, None, False), version).label


PAPER = _version(
    "Graph neural networks (GNNs) have become the standard tool for molecule property prediction.",
    "Earlier work shows that there is oversmoothing in deep GNNs on sparse graphs.",
    "We train a twelve-layer model on four protein benchmarks.",
    "Our encoder is used in natural language processing pipelines for chemistry papers.",
)


def test_the_words_before_an_acronym_in_parentheses_are_its_expansion() -> None:
    assert expansion("GNN", "Lately, graph neural networks ") == "graph neural networks"
    assert expansion("SOTA", "reach state-of-the-art ") == "state-of-the-art"
    assert expansion("KD", "we apply knowledge distillation ") == "knowledge distillation"
    # initials that do not spell it, or a last word that gives no last letter: no definition
    assert expansion("GNN", "we report results on ") is None
    assert expansion("GNN", "graph neural networks and data ") is None
    assert acronyms(PAPER) == {"GNN": "graph neural networks"}


def test_a_claim_with_the_words_reads_the_passage_acronym_as_them() -> None:
    rules = aliases("Deep graph neural networks oversmooth.", PAPER)
    assert read_with("there is oversmoothing in deep GNNs", rules) == "there is oversmoothing in deep graph neural networks"
    # the definition itself is left as it is
    assert read_with("Graph neural networks (GNNs) are used.", rules) == "Graph neural networks (GNNs) are used."


def test_a_claim_with_the_acronym_reads_the_passage_words_as_it() -> None:
    rules = aliases("GNNs are the standard tool for property prediction.", PAPER)
    assert read_with("graph neural networks are the standard tool", rules) == "GNNs are the standard tool"
    # two capitals the paper never defines are too short to spell out
    assert aliases("KD helps small models.", _version("We test knowledge distillation.")) == []


def test_an_undefined_acronym_is_read_from_the_words_its_letters_begin() -> None:
    rules = aliases("The encoder serves NLP pipelines.", PAPER)
    assert read_with("used in natural language processing pipelines", rules) == "used in NLP pipelines"
    assert read_with("used in new pipelines", rules) == "used in new pipelines"


def test_a_negated_claim_in_the_other_form_is_contradicted() -> None:
    assert _judge("Earlier work shows that there is no oversmoothing in deep graph neural networks on sparse graphs.",
                  PAPER) is VerdictLabel.CONTRADICTED
    assert _judge("Earlier work shows that there is oversmoothing in deep graph neural networks on sparse graphs.",
                  PAPER) is VerdictLabel.SUPPORTED


def test_a_number_before_the_words_still_counts_them() -> None:
    paper = _version("The model sets new records on eleven natural language processing tasks.",
                     "It was trained for three days.")
    assert _judge("The model sets new records on 11 NLP tasks.", paper) is VerdictLabel.SUPPORTED
    assert _judge("The model sets new records on 12 NLP tasks.", paper) is VerdictLabel.CONTRADICTED


def test_words_the_claim_uses_itself_are_not_read_as_its_acronym() -> None:
    core = "The tagger reports NER results."
    rules = aliases(core, PAPER)
    assert read_with("it gives new evaluation results", rules, stems(core)) == "it gives new evaluation results"
    assert read_with("it serves named entity recognition", rules, stems(core)) == "it serves NER"
