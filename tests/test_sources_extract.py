"""PDF extraction: the fixture paper (pdflatex) and the generated paper (reportlab)."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck.errors import SourceError
from claimcheck.model import Passage
from claimcheck.sources.extract import (
    clean_char,
    extract_pdf,
    normalise_numbers,
    split_sentences,
    validate_pdf,
)
from claimcheck.sources.sentences import join_lines
from tests.pdfgen import make_paper

FIXTURES = Path(__file__).parent / "fixtures" / "papers"


@pytest.fixture(scope="module")
def v1() -> list[Passage]:
    return extract_pdf(FIXTURES / "2612.99901v1.pdf").passages


@pytest.fixture(scope="module")
def v2() -> list[Passage]:
    return extract_pdf((FIXTURES / "2612.99901v2.pdf").read_bytes()).passages


def texts(passages: list[Passage], *kinds: str) -> list[str]:
    return [p.text for p in passages if not kinds or p.kind in kinds]


def test_fixture_text_is_clean(v1: list[Passage]) -> None:
    body = " ".join(texts(v1))
    for word in ("fine-tuned", "efficiency", "difficult", "offered", "different", "little", "sampling", "encoder", "unambiguous"):
        assert word in body, word
    for broken in ("lit- tle", "sam- pling", "en- coder", "ﬁ", "−", "arXiv:2612", "Preprint"):
        assert broken not in body, broken
    assert "41,237 English training utterances" in body
    assert "2 × 10^-5" in body  # the exponent is kept as an exponent, not glued as "10-5"
    assert "Collecting 1,000 labelled utterances costs roughly 2,300 euros in our experience." in texts(v1)
    assert not [p for p in v1 if p.text.strip().isdigit()]  # page numbers are gone


def test_fixture_structure(v1: list[Passage]) -> None:
    assert v1[0].kind == "title" and v1[0].text == "Tiered Curriculum Sampling for Multilingual Intent Detection"
    abstract = [p for p in v1 if p.kind == "abstract"]
    assert abstract[0].text.startswith("Intent classifiers for voice assistants")
    assert abstract[-1].text == "We release the sampling code and the official splits."
    results = [p for p in v1 if p.section == "5 Results" and p.kind == "sentence"]
    assert "The average improvement is 3.2 points." in texts(results)
    assert "TCS outperforms uniform sampling in every language except German, where the two are within 0.1 points of each other." in texts(results)
    # Reading order: the first column's end precedes the second column's start on page 1.
    order = {p.text: p.order for p in v1}
    assert order["Curriculum learning orders training examples by difficulty so that a model first masters simple cases."] < order[
        "Intent detection itself is a well-studied problem."
    ] < order["We also trained encoders of three sizes (base, large and extra large)."]
    assert [p.order for p in v1] == list(range(len(v1)))
    assert all(p.bbox is not None and 0 <= p.bbox.x0 < p.bbox.x1 <= 612 and 0 <= p.bbox.top < p.bbox.bottom <= 792 for p in v1)


def test_fixture_table(v1: list[Passage], v2: list[Passage]) -> None:
    cells = {(p.row, p.column): p.text for p in v1 if p.kind == "table-cell"}
    assert cells[("Japanese", "Uniform")] == "71.6"
    assert cells[("Japanese", "TCS")] == "78.0"
    assert cells[("Japanese", "Δ")] == "6.4"
    assert cells[("German", "Δ")] == "-0.1"
    assert len(cells) == 15
    cells2 = {(p.row, p.column): p.text for p in v2 if p.kind == "table-cell"}
    assert (cells2[("Japanese", "TCS")], cells2[("Japanese", "Δ")]) == ("77.5", "5.9")
    row = next(p for p in v1 if p.kind == "table-row" and p.row == "Japanese")
    assert row.text == "Table 1, row Japanese: Uniform 71.6; TCS 78.0; Δ 6.4" and row.table == "Table 1" and row.page == 2
    assert row.location == "page 2, Table 1, row Japanese"
    caption = next(p for p in v1 if p.kind == "caption")
    assert caption.text == "Table 1: Zero-shot intent accuracy (%) by target language." and caption.table == "Table 1"
    # Table cells are not also read as prose.
    assert not any("94.1" in p.text for p in v1 if p.kind == "sentence")


def test_fixture_versions_differ_where_the_readme_says(v1: list[Passage], v2: list[Passage]) -> None:
    t1, t2 = set(texts(v1)), set(texts(v2))
    assert "In this revised version we add Korean and correct an error in the Japanese test split." in t2 - t1
    assert "The average improvement is 2.9 points." in t2 and "The average improvement is 3.2 points." in t1


def test_generated_paper_sentences_in_reading_order() -> None:
    paper = make_paper()
    passages = extract_pdf(paper.pdf).passages
    got = texts(passages, "sentence", "abstract")
    expected = paper.expected_sentences()
    for sentence in expected:  # sentence by sentence, so a failure names the sentence
        assert sentence in got, sentence
    positions = [got.index(s) for s in expected]
    assert positions == sorted(positions)
    assert paper.expected_footnote() in texts(passages, "footnote")  # its own passage, out of the prose
    assert [p.text for p in passages if p.kind == "title"] == [paper.spec.title]
    body = " ".join(got)
    assert paper.spec.header_left not in got and "Preprint" not in body and "arXiv:2699" not in body
    # Every line-end break the generator made is undone the right way.
    for word in paper.hyphenated:
        clean = word.rstrip(".,")
        assert (clean if "-" in clean and clean.split("-")[0] in ("fine", "cross") else clean.replace("-", "")) in body


def test_generated_table_cells_have_headers() -> None:
    paper = make_paper()
    assert paper.spec.table is not None
    passages = extract_pdf(paper.pdf).passages
    cells = {(p.row, p.column): p.text for p in passages if p.kind == "table-cell"}
    columns = paper.spec.table.columns[1:]
    for r in paper.spec.table.rows:
        for column, value in zip(columns, r[1:]):
            assert cells[(r[0], column)] == value.replace("\u2212", "-")
    assert all(p.table == "Table 1" for p in passages if p.kind.startswith("table"))


def test_long_generated_paper_keeps_order_across_pages() -> None:
    paper = make_paper(repeat=3)
    got = texts(extract_pdf(paper.pdf).passages, "sentence", "abstract")
    expected = paper.expected_sentences()
    missing = [s for s in expected if s not in got]
    assert not missing
    assert sum(1 for p in extract_pdf(paper.pdf).passages if p.kind == "caption") == 1


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("We use e.g. dropout. It helps.", ["We use e.g. dropout.", "It helps."]),
        ("As Smith et al. show, it works. Fig. 2 agrees.", ["As Smith et al. show, it works.", "Fig. 2 agrees."]),
        ("Accuracy rose by 8.2 points. That is i.e. large.", ["Accuracy rose by 8.2 points.", "That is i.e. large."]),
        ("See Fig. 3 and Eq. 4. Then J. Smith replied.", ["See Fig. 3 and Eq. 4.", "Then J. Smith replied."]),
        ("It works! Does it? Yes (mostly). 2020 was good.", ["It works!", "Does it?", "Yes (mostly).", "2020 was good."]),
    ],
)
def test_split_sentences(text: str, sentences: list[str]) -> None:
    assert [text[a:b] for a, b in split_sentences(text)] == sentences


def test_hyphenation_decided_by_evidence() -> None:
    from collections import Counter

    assert join_lines(["we use sam-", "pling here"]) == "we use sampling here"
    assert join_lines(["a self-", "supervised model"]) == "a self-supervised model"
    assert join_lines(["GPT-", "4 is big"]) == "GPT-4 is big"
    assert join_lines(["state-of-the-", "art results"]) == "state-of-the-art results"
    vocab = Counter({"fine-tuned": 2})
    assert join_lines(["models are fine-", "tuned on"], vocab) == "models are fine-tuned on"
    assert join_lines(["models are pre-", "trained on"], Counter({"pretrained": 1})) == "models are pretrained on"


def test_character_cleaning() -> None:
    assert "".join(clean_char(c) for c in "\ufb01\ufb02\ufb00\ufb03\ufb04") == "fiflffffiffl"
    assert clean_char("\u2212") == "-" and clean_char("\u2206") == "Δ"
    assert normalise_numbers("392\u2009702 and 1\u202f104\u2009934") == "392,702 and 1\u202f104,934".replace("\u202f", ",")
    assert normalise_numbers("a\u2009b") == "a b"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "not a PDF"),
        (b"<!DOCTYPE html><html>rate limited</html>", "an HTML page"),
        (b"%PDF-1.5\n garbage", "truncated"),
        (b"%PDF-1.5\n garbage\n%%EOF\n", "cannot be read"),
    ],
)
def test_bad_input_is_a_source_error(data: bytes, message: str) -> None:
    with pytest.raises(SourceError, match=message):
        validate_pdf(data)
    if message != "truncated":
        with pytest.raises(SourceError, match=message):
            extract_pdf(data)


def test_missing_file_is_a_source_error(tmp_path: Path) -> None:
    with pytest.raises(SourceError, match="cannot read"):
        extract_pdf(tmp_path / "nope.pdf")
