"""A paper's bibliography is no evidence for what the paper states (evidence/scope.py).

``tests/fixtures/bibliography/paper.pdf`` is a short made-up paper typeset by pdflatex (its
``.tex`` beside it) whose References hold three real-looking entries: claims that paraphrase
the entries' titles must not be *supported* by them.
"""

from __future__ import annotations

from pathlib import Path

from claimcheck.evidence.judge import judge_claims
from claimcheck.evidence.scope import evidence_version, is_reference_section, reference_passages
from claimcheck.model import Claim, Mark, Passage, Reference, Source, SourceStatus, SourceVersion, VerdictLabel
from claimcheck.sources.extract import extract_pdf

PAPER = Path(__file__).parent / "fixtures" / "bibliography" / "paper.pdf"


def sentence(text: str, section: str | None = "2 Results", kind: str = "sentence") -> Passage:
    return Passage(text=text, page=1, bbox=None, kind=kind, order=0, section=section)


def test_reference_sections_by_heading() -> None:
    for name in ("References", "REFERENCES", "7 References", "Bibliography", "VI. References", "Works Cited"):
        assert is_reference_section(name), name
    for name in (None, "2 Related Work", "Referenced datasets and results", "A Appendix"):
        assert not is_reference_section(name), name


def test_entries_without_a_heading_are_found_by_their_marks_and_neighbours() -> None:
    passages = [
        sentence("Pooling helps most on the smallest dialects."),
        sentence("[Conneau et al.(2020)] Alexis Conneau and Kartikay Khandelwal."),
        sentence("2020."),
        sentence("Unsupervised cross-lingual representation learning at scale."),
        sentence("In Proceedings of ACL, pages 8440–8451."),
        sentence("Jacob Devlin and Kenton Lee."),
        sentence("BERT: Pre-training of deep bidirectional transformers."),
        sentence("arXiv preprint arXiv:1810.04805."),
        sentence("Table 1: Results.", kind="caption"),
        sentence("The gain on the largest dialect is 0.8 points."),
    ]
    assert reference_passages(passages) == {1, 2, 3, 4, 5, 6, 7}


def test_body_sentences_stay() -> None:
    passages = [sentence("We compare with the tagger of Plank (2016), which uses bidirectional LSTMs."),
                sentence("Our gains are 0.8 to 4.2 points."),
                sentence("In the proceedings of the workshop we reported early results.")]
    assert reference_passages(passages) == set()


def test_the_same_version_object_comes_back_for_the_same_input() -> None:
    v = SourceVersion("2101.00001", 1, [sentence("A."), sentence("B.", section="References")], 1, "test")
    first = evidence_version(v)
    assert [p.text for p in first.passages] == ["A."] and v.passages[1].text == "B."
    assert evidence_version(v) is first


def claims(*texts: str) -> list[Claim]:
    return [Claim(index=i + 1, text=t, mark=Mark.VERIFIED, confidence=None, truncated=False) for i, t in enumerate(texts)]


def test_claims_that_paraphrase_cited_titles_are_not_supported_by_the_bibliography() -> None:
    doc = extract_pdf(PAPER)
    assert any(p.section == "References" for p in doc.passages)  # the extractor saw the heading
    version = SourceVersion("2101.00001", 1, doc.passages, doc.pages, doc.extractor)
    source = Source(Reference("arXiv:2101.00001", "2101.00001", 1), SourceStatus.OK, None, [version])
    verdicts = judge_claims(claims(
        "The paper shows that unsupervised cross-lingual representation learning works at scale.",
        "Multilingual part-of-speech tagging with bidirectional LSTMs improves accuracy on 22 languages.",
        "The authors pre-train deep bidirectional transformers for language understanding.",
        "Pooling the dialects improves accuracy by 4.2 points on average.",
    ), [source])
    labels = [v.label for v in verdicts]
    assert labels[:3] == [VerdictLabel.NOT_FOUND] * 3
    assert labels[3] is VerdictLabel.SUPPORTED
    assert verdicts[3].evidence is not None and verdicts[3].evidence.passage.section == "Abstract"
