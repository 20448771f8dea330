"""IEEE's conference class (issue 12): the layout fixture tests/fixtures/layouts/ieee.pdf,
typeset by pdflatex with IEEEtran — two columns with a narrow gutter, the abstract's label
run into its first line ("Abstract—We ..."), section headings in small capitals numbered in
roman numerals ("II. SETUP", whose full-size "S" PDFium sets a hair off the small letters'
baseline), table captions above their tables as a label alone on its line ("TABLE I") over
a text in small capitals, and a full-width table.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck.model import Passage
from claimcheck.sources.extract import extract_pdf
from claimcheck.sources.layout import table_label
from tests.test_sources_figures import _body_sentences, _matches
from tests.test_sources_linenumbers import _prose

IEEE = Path(__file__).parent / "fixtures" / "layouts" / "ieee.pdf"


@pytest.fixture(scope="module")
def passages() -> list[Passage]:
    return extract_pdf(IEEE).passages


def test_every_sentence_whole_and_in_order(passages: list[Passage]) -> None:
    tex = IEEE.with_suffix(".tex").read_text()
    expected = _body_sentences(_prose(tex))
    got = [p.text for p in passages if p.kind in ("sentence", "abstract") and p.section is not None]
    assert len(expected) >= 30
    missing = [e for e in expected if not any(_matches(e, g) for g in got)]
    extra = [g for g in got if not any(_matches(e, g) for e in expected)]
    assert not missing and not extra, (missing, extra)
    assert all(_matches(e, g) for e, g in zip(expected, got))


def test_a_run_in_abstract_label_makes_the_abstract(passages: list[Passage]) -> None:
    abstract = [p.text for p in passages if p.kind == "abstract"]
    assert abstract[0] == "We compare three ways of compressing a speech recogniser for small devices."
    assert len(abstract) == 4 and all(p.section == "Abstract" for p in passages if p.kind == "abstract")


def test_small_capital_headings_name_their_sections(passages: list[Passage]) -> None:
    sections = [p.section for p in passages if p.kind == "sentence" and p.section]
    assert list(dict.fromkeys(sections)) == ["I. INTRODUCTION", "II. SETUP", "III. RELATED WORK", "IV. TRAINING DETAILS", "V. RESULTS", "VI. CONCLUSION"]
    sentence = next(p for p in passages if p.text.startswith("The full model is a recogniser"))
    assert sentence.section == "II. SETUP"


def test_a_caption_label_alone_above_its_table_names_it(passages: list[Passage]) -> None:
    captions = {p.table: p.text for p in passages if p.kind == "caption"}
    assert captions == {
        "Table 1": "TABLE I TEST SETS AND THEIR SIZES",
        "Table 2": "TABLE II ERROR RATE, SIZE AND SPEED OF THE COMPRESSED MODELS",
    }
    cells = {(p.table, p.row, p.column): p.text for p in passages if p.kind == "table-cell"}
    assert cells[("Table 1", "Noisy", "Speakers")] == "33"
    assert cells[("Table 2", "Quantised", "Size (MB)")] == "90" and cells[("Table 2", "Distilled", "Speed-up")] == "3.5"
    assert len(cells) == 4 + 16


@pytest.mark.parametrize(
    "number, label",
    [("1", "Table 1"), ("12", "Table 12"), ("I", "Table 1"), ("IV", "Table 4"), ("IX", "Table 9"), ("XIV", "Table 14"), ("A1", "Table A1")],
)
def test_a_roman_table_number_is_cited_in_arabic(number: str, label: str) -> None:
    assert table_label(number) == label
