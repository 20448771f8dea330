"""The fast paths of extraction give what their plain definitions give (issue 12's speed work
must not change a passage): word spans, per-page cleaning, the page text fallback, line
joining, one-fragment rows, union boxes."""

from __future__ import annotations

import random
import re
import struct
from collections import Counter
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import pytest

from claimcheck.sources.layout import body_size, cells_of, hundredths, row_text, union_box
from claimcheck.sources.pdfchars import _WORD, Frag, _clean_aligned, _page_text, _word_spans, clean_text
from claimcheck.sources.sentences import _WORD as _VOCAB_WORD
from claimcheck.sources.sentences import join_lines, keep_hyphen, line_joint, vocabulary

CORPUS = Path(__file__).resolve().parent.parent / "data" / "realpapers"

# Word separators, PDFium's line-end hyphen markers, thin spaces, letters, a ligature.
_ALPHABET = [" ", "\t", "\r", "\n", "\x0b", "\x0c", "\xa0", "\ufffe", "\x02", "a", "b", "\u2009", "\ufb01", "\u2212"]


def _random_texts(n: int, longest: int, seed: int, alphabet: list[str]) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, longest))) for _ in range(n)]


def test_word_spans_are_the_word_pattern_matches() -> None:
    fixed = ["", "a", " a b ", "ab\x02\x02 c\ufffe d\r\n\ne", "\x02", "  \n", "392\u2009702 x\xa0y"]
    for text in fixed + _random_texts(3000, 14, 1, _ALPHABET):
        assert list(_word_spans(text)) == [m.span() for m in _WORD.finditer(text)], repr(text)


def test_word_spans_of_usual_page_text_are_the_word_pattern_matches() -> None:
    # What PDFium's get_text_range gives (spaces, "\r\n", the line-end hyphen marker):
    # mostly the str.split path, the rest (a marker after a space) the regex's.
    usual = [" ", " ", "\r\n", "\ufffe", "a", "b", "\u2009", "\u2212"]
    fixed = ["ab\ufffecd", "a\ufffe\r\nb", "x\ufffe", "\ufffex", " \ufffe a", "a\ufffe\ufffeb", "a  b\r\n\r\nc "]
    for text in fixed + _random_texts(5000, 16, 8, usual):
        assert list(_word_spans(text)) == [m.span() for m in _WORD.finditer(text)], repr(text)
    for path in sorted(CORPUS.glob("*.pdf"))[:6]:
        doc = pdfium.PdfDocument(path)
        try:
            for page in doc:
                text = page.get_textpage().get_text_range()
                assert list(_word_spans(text)) == [m.span() for m in _WORD.finditer(text)], path.name
        finally:
            doc.close()


def test_clean_aligned_is_clean_text_when_lengths_allow() -> None:
    assert _clean_aligned("plain ascii") == "plain ascii"
    assert _clean_aligned("a\u2212b \u201cq\u201d\x02") == 'a-b "q"-'
    assert _clean_aligned("\ufb01ne") is None  # the ligature cleans to two characters: indices would shift
    for text in _random_texts(2000, 12, 2, _ALPHABET):
        got = _clean_aligned(text)
        if got is None:
            assert any(len(clean_text(c)) != 1 for c in text), repr(text)
        else:
            assert got == clean_text(text) and len(got) == len(text), repr(text)


def test_page_text_fallback_matches_pdfium_character_by_character() -> None:
    # On this page get_text_range drops a character PDFium counts, so the fallback runs.
    doc = pdfium.PdfDocument(CORPUS / "2003.10555v1.pdf")
    try:
        checked = 0
        for page in doc:
            tp = page.get_textpage()
            n = tp.count_chars()
            if len(tp.get_text_range()) == n:
                continue
            expected = "".join(chr(pdfium_c.FPDFText_GetUnicode(tp.raw, i)) for i in range(n))
            assert _page_text(tp, n) == expected
            checked += 1
        assert checked, "no page of this PDF takes the fallback any more: pick another"
    finally:
        doc.close()


_HYPHEN_END = re.compile(r"(\w[\w-]*)-$")


def _join_reference(out: str, line: str, vocab: Counter[str] | None) -> str:
    """join_lines' step as it was written before the speed work: the whole 120-character
    tail searched."""
    m = _HYPHEN_END.search(out[-120:]) if out.endswith("-") else None
    if m and m.group(1)[-1].isalnum() and not out.endswith("--"):
        tail_m = re.match(r"([\w-]+)", line)
        tail = tail_m.group(1) if tail_m else ""
        return out + line if keep_hyphen(m.group(1), tail, vocab) else out[:-1] + line
    return out + " " + line


def test_line_joint_agrees_with_the_whole_tail_search() -> None:
    vocab = Counter({"fine-tuned": 2, "pretrained": 1})
    prose = "word " * 40
    assert join_lines([prose + "models are fine-", "tuned on"], vocab).endswith("fine-tuned on")
    assert join_lines([prose + "are pre-", "trained"], vocab).endswith("pretrained")
    assert line_joint("a self-", "supervised") == (0, "")
    assert line_joint("we use sam-", "pling") == (1, "")
    assert line_joint("the end.", "Next") == (0, " ")
    alphabet = ["a", "b", "-", "-", " ", "\n", "_", "1", "\u00e9", ".", "\u2009"]
    for k, text in enumerate(_random_texts(4000, 150, 3, alphabet)):
        out = (text + "-").strip() or "x-"
        line = ["tuned on", "Pling", "4 more", "-x", "pling"][k % 5]
        drop, sep = line_joint(out, line, vocab)
        assert out[: len(out) - drop] + sep + line == _join_reference(out, line, vocab), repr(out)


def _frag(text: str, x0: float, x1: float, sup: bool = False) -> Frag:
    return Frag(text, x0, x1, 100.0, 110.0, 108.0, 10.0, sup=sup)


@pytest.mark.parametrize(
    ("frag", "expected"),
    [
        (_frag("plain line", 0, 50), "plain line"),
        (_frag("1", 0, 3, sup=True), "\x011\x03"),  # a lone raised mark stays marked
        (_frag("\u2009", 0, 1, sup=True), "\u2009"),
    ],
)
def test_row_text_of_one_fragment(frag: Frag, expected: str) -> None:
    assert row_text([frag], 10.0) == expected
    # The general loop gives the same text for the fragment followed by nothing.
    far = _frag("x", 500, 505)
    assert row_text([frag, far], 10.0)[: len(expected)] == expected


def test_cells_of_one_fragment_row_is_one_cell() -> None:
    from claimcheck.sources.layout import Row

    r = Row(page=1, chars=[_frag("Accuracy 92.1", 10, 70)], base=108.0, size=10.0, x0=10, x1=70, text="Accuracy 92.1")
    assert cells_of(r, 9.0) == [(10, 70, "Accuracy 92.1")]
    assert cells_of(r, 9.0, keep_marks=True) == [(10, 70, "Accuracy 92.1")]


def test_union_box_is_min_and_max_rounded() -> None:
    rng = random.Random(4)
    for _ in range(200):
        boxes = [tuple(rng.uniform(0, 600) for _ in range(4)) for _ in range(rng.randint(1, 6))]
        box = union_box(boxes)  # type: ignore[arg-type]
        assert box is not None
        assert (box.x0, box.top, box.x1, box.bottom) == (
            round(min(b[0] for b in boxes), 2),
            round(min(b[1] for b in boxes), 2),
            round(max(b[2] for b in boxes), 2),
            round(max(b[3] for b in boxes), 2),
        )
    assert union_box([]) is None


def _float32(x: float) -> float:
    return struct.unpack("f", struct.pack("f", x))[0]


def test_hundredths_is_round_to_two_digits_on_page_coordinates() -> None:
    # What union_box rounds: PDFium's 32-bit coordinates, and page heights minus them.
    rng = random.Random(5)
    for k in range(200_000):
        x = _float32(rng.uniform(-50, 1300))
        if k % 2:
            x = _float32(rng.choice([792.0, 841.89, 612.0, 595.28, 1008.0])) - x
        assert hundredths(x) == round(x, 2), repr(x)
    for x in (0.125, 0.375, 0.0, -0.125, -0.375, 1.625):  # exact halves: both round to even
        assert hundredths(x) == round(x, 2), repr(x)
    # A double that is no such coordinate may land on a half once multiplied: 0.01 apart.
    assert (hundredths(2.675), round(2.675, 2)) == (2.68, 2.67)


def test_vocabulary_counts_the_word_pattern_matches() -> None:
    alphabet = list(" \t\n\u00a0\u2009\u3000\x1c\x85ab.,;:()[]\"'!?-1\u00e9A")
    for text in _random_texts(20_000, 16, 6, alphabet):
        text += "x"  # a line ending in "-" loses its last word (below)
        assert vocabulary([text]) == Counter(_VOCAB_WORD.findall(text.lower())), repr(text)
    # A line-end fragment is left out, and so is the first word after it (it may be a
    # syllable); the words around them count.
    assert vocabulary(["the pre-", "trained model"]) == Counter({"the": 1, "model": 1})


def test_body_size_is_the_most_common_rounded_size_first_of_ties() -> None:
    from claimcheck.sources.layout import Row

    rng = random.Random(7)
    for _ in range(300):
        rows = []
        for _ in range(rng.randint(1, 30)):
            size = rng.choice([9.0, 9.04, 8.96, 10.0, 10.02, 11.95, 12.0])
            text = "x" * rng.randint(0, 3)
            rows.append(Row(page=1, chars=[_frag("x", 0, 1)], base=0.0, size=size, text=text))
        counts: Counter[float] = Counter()
        for r in rows:
            counts[round(r.size, 1)] += len(r.text) if r.text else len(r.chars) * 5
        assert body_size(rows) == counts.most_common(1)[0][0]
