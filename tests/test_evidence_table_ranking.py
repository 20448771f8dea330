"""Orders and extremes read off a table (issue 13, tenth round): a comparative verb between
two named rows ("outscores", "edges out", "is beaten by"), two rows whose names begin alike,
and the best or worst entry of a table of one column of values, less the rows the claim
leaves out. Made-up tables and sentences, each rule where it must fire and where it must not."""

from __future__ import annotations

import pytest

from claimcheck.model import Passage, VerdictLabel
from tests.tablepassages import judged, table_passages

S, C = VerdictLabel.SUPPORTED, VerdictLabel.CONTRADICTED

FILLER = ["We release our code and data.", "Section 5 discusses limitations.",
          "Related work is reviewed in Section 2."]
# one column of scores; two rows that begin alike and differ by one word
SCORES = table_passages("Table 3", {
    "Marlin tagger": {"Tagging F1": "71.4"},
    "Shallow parser, window 8": {"Tagging F1": "66.2"},
    "Deep parser, window 8": {"Tagging F1": "69.9"},
    "Oracle upper bound": {"Tagging F1": "88.0"},
}, "Table 3: Tagging F1 of every system on the held-out corpus.", labelled_rows=True)
# one column where less is better
ERRORS = table_passages("Table 6", {
    "Kestrel": {"word err. (test)": "9.4"},
    "Osprey": {"word err. (test)": "12.8"},
    "Harrier": {"word err. (test)": "10.1"},
}, "Table 6: Word error of three recognisers on the test set.", labelled_rows=True)


def judge(claim: str, passages: list[Passage]) -> VerdictLabel:
    return judged(claim, passages, FILLER, "2101.00003")


@pytest.mark.parametrize(
    "claim, label",
    [
        # a verb of quality between two rows whose names begin alike ("window 8" names both)
        ("With window 8, the shallow parser outscores the deep parser.", C),
        ("With window 8, the deep parser outscores the shallow parser.", S),
        # the passive turns the order round
        ("With window 8, the deep parser is beaten by the shallow parser.", C),
        ("With window 8, the shallow parser is beaten by the deep parser.", S),
        ("The Marlin tagger edges out the deep parser.", S),
        ("The deep parser edges out the Marlin tagger.", C),
    ],
)
def test_a_comparative_verb_between_two_rows(claim: str, label: VerdictLabel) -> None:
    assert judge(claim, SCORES) is label


@pytest.mark.parametrize(
    "claim, label",
    [
        # the superlative before the copula, the row after it
        ("The weakest entry of Table 3 is the shallow parser.", S),
        ("The weakest entry of Table 3 is the Marlin tagger.", C),
        # the row first
        ("The oracle upper bound is the strongest entry of Table 3.", S),
        # a row left out of the ranking
        ("Apart from the oracle, the strongest entry of Table 3 is the Marlin tagger.", S),
        ("Apart from the oracle, the strongest entry of Table 3 is the deep parser.", C),
        # on a column of errors the weakest is the largest error
        ("The weakest recogniser in Table 6 is Osprey.", S),
        ("The weakest recogniser in Table 6 is Kestrel.", C),
        ("The strongest recogniser in Table 6 is Kestrel.", S),
        # "lowest" reads the numbers as they are
        ("The lowest word error in Table 6 is Kestrel's.", S),
    ],
)
def test_the_extreme_of_a_table_of_one_column(claim: str, label: VerdictLabel) -> None:
    assert judge(claim, SCORES + ERRORS) is label


def test_a_superlative_with_no_copula_to_the_row_ranks_nothing() -> None:
    # "best" here qualifies the setting, it does not rank the row among the others
    assert judge("The deep parser uses the best window of 8 words for tagging.", SCORES) is not C


RERANK = table_passages("Table 2", {
    "Plain decoder": {"test BLEU (news)": "30.2"},
    "Best shared-task system": {"test BLEU (news)": "33.9"},
    "Reranking the plain decoder's 500-best lists with an ensemble of 4 large verifiers": {"test BLEU (news)": "33.1"},
    "Reranking the plain decoder's 500-best lists with one large verifier": {"test BLEU (news)": "32.0"},
}, "Table 2: BLEU on the news test set.", labelled_rows=True)


@pytest.mark.parametrize(
    "claim, label",
    [
        # the long row is named far better than the short one: each side of the verb names its own
        ("Reranking with an ensemble of 4 large verifiers surpasses the best shared-task system.", C),
        # a right order is left to the words: never contradicted
        ("Reranking with an ensemble of 4 large verifiers trails the best shared-task system.", None),
        ("The best shared-task system outscores reranking with an ensemble of 4 large verifiers.", None),
    ],
)
def test_each_side_of_the_verb_names_its_own_row(claim: str, label: VerdictLabel | None) -> None:
    got = judge(claim, RERANK)
    assert got is label if label else got is not C


def test_no_pair_is_read_across_two_verbs() -> None:
    from claimcheck.evidence.tables import _named_on_each_side
    hit = ("Best shared-task system", 2.0, 8)
    headers = ["Plain decoder", "Best shared-task system"]
    assert _named_on_each_side(headers, hit, "The plain decoder trails and the shared-task system beats it.") is None
    assert _named_on_each_side(headers, hit, "The plain decoder trails the best shared-task system.") is not None


OWN = table_passages("Table 2", {
    "Chunker": {"Verbs": "70.5", "Nouns": "61.0"},
    "Quill (this paper)": {"Verbs": "74.6", "Nouns": "60.1"},
    "Quill (shuffled splits)": {"Verbs": "72.0", "Nouns": "59.4"},
}, "Table 2: Accuracy of the taggers on verbs and nouns.", labelled_rows=True)


@pytest.mark.parametrize(
    "claim, label",
    [
        # the bare name shared by two rows is the authors' own row
        ("On Verbs, Quill beats the Chunker by 4.1 points.", S),
        ("On Verbs, Quill trails the Chunker by 4.1 points.", C),
        ("On Verbs, Quill beats the Chunker by 3.1 points.", C),
        # the other row's qualifier said: that row, not the own one
        ("With shuffled splits, Quill beats the Chunker by 1.5 points on Verbs.", S),
    ],
)
def test_a_bare_name_is_the_authors_own_row(claim: str, label: VerdictLabel) -> None:
    assert judge(claim, OWN) is label


def test_a_bare_name_with_no_own_row_names_none() -> None:
    from claimcheck.evidence.tables import _named, _tokens
    claim = "On Verbs, Quill beats the Chunker by 4.1 points."
    rows = ["Chunker", "Quill (large data)", "Quill (shuffled splits)"]
    assert [h for h, _, _ in _named(rows, _tokens(claim), claim)] == ["Chunker"]
    own = ["Chunker", "Quill (ours)", "Quill (shuffled splits)"]
    assert {h for h, _, _ in _named(own, _tokens(claim), claim)} == {"Chunker", "Quill (ours)"}


BEAMS = table_passages("Table 1", {
    "Baseline decoder": {"BLEU (news)": "30.2"},
    "Reranked decoder, beam size 12": {"BLEU (news)": "33.2"},
}, "Table 1: BLEU of the decoders on the news test set.", labelled_rows=True)


@pytest.mark.parametrize(
    "claim, label",
    [
        # "12" is a word of the row the difference is read from: it names the row
        ("The reranked decoder with beam 12 improves on the baseline decoder by 3.0 BLEU.", S),
        # a number no decided row spells is still open
        ("The reranked decoder trained on 16 GPUs improves on the baseline decoder by 3.0 BLEU.", VerdictLabel.PARTLY_SUPPORTED),
    ],
)
def test_a_number_spelt_in_the_decided_row_names_it(claim: str, label: VerdictLabel) -> None:
    assert judge(claim, BEAMS) is label


@pytest.mark.parametrize(
    "number, header, spelt",
    [
        ("12", "Reranked decoder, beam size 12", True),
        ("12", "Reranked decoder, beam size 120", False),
        ("1", "Top-1 accuracy", False),
        ("33.2", "Reranked decoder, beam size 12", False),
    ],
)
def test_a_number_spelt_as_a_word_of_a_header(number: str, header: str, spelt: bool) -> None:
    from claimcheck.evidence.tables import spelt_in_header
    assert spelt_in_header(number, header) is spelt


ACROSS = table_passages("Table 4", {
    "Verbs": {"Ours-Big / (Quill-L)": "81.5", "Ours-Web / (Quill-L)": "80.9", "Rival / (Brindle-XL)": "81.2"},
    "Nouns": {"Ours-Big / (Quill-L)": "74.0", "Ours-Web / (Quill-L)": "73.1", "Rival / (Brindle-XL)": "74.4"},
}, "Table 4: Accuracy of the taggers on verbs and nouns.", labelled_rows=True)


@pytest.mark.parametrize(
    "claim, label",
    [
        # the second column is named less well, and shares words with the first: the sides of
        # the verb tell which two columns are ordered
        ("The Ours-Big Quill-L scores higher than Brindle-XL on Nouns.", C),
        ("The Ours-Big Quill-L scores lower than Brindle-XL on Nouns.", None),
    ],
)
def test_each_side_of_the_verb_names_its_own_column(claim: str, label: VerdictLabel | None) -> None:
    got = judge(claim, ACROSS)
    assert got is label if label else got is not C


READING = table_passages("Table 5", {
    "Single forward tagger, window 8": {"Tagging F1": "66.0"},
    "Single reversed tagger, window 8": {"Tagging F1": "70.0"},
}, "Table 5: Tagging F1 with the input read forward or reversed.", labelled_rows=True)


@pytest.mark.parametrize(
    "claim, label",
    [
        # "reversing" names the row "reversed": the changed row, first in the difference;
        # the "8" of "window 8" is a word of the rows, no difference of its own
        ("Reversing the input adds 4.0 F1 for a single tagger with window 8.", S),
        ("Reversing the input lowers F1 by 4.0 for a single tagger with window 8.", C),
    ],
)
def test_two_inflections_of_one_stem_name_the_row(claim: str, label: VerdictLabel) -> None:
    assert judge(claim, READING) is label


@pytest.mark.parametrize(
    "word, tokens, at",
    [("reversed", ["by", "reversing", "it"], 1), ("pruning", ["pruned", "nets"], 0), ("used", ["using", "it"], -1),
     ("reversed", ["revered", "one"], -1)],
)
def test_inflections_of_one_stem(word: str, tokens: list[str], at: int) -> None:
    from claimcheck.evidence.tables import _same_stem_at
    assert _same_stem_at(word, tokens) == at


TEST_ONLY = table_passages("Table 7", {
    "Kestrel": {"Test": "9.4"},
    "Osprey": {"Test": "12.8"},
    "Harrier": {"Test": "10.1"},
}, "Table 7: Test error rates of three recognisers.", labelled_rows=True)
TEST_SCORES = table_passages("Table 7", {
    "Kestrel": {"Test": "9.4"},
    "Osprey": {"Test": "12.8"},
    "Harrier": {"Test": "10.1"},
}, "Table 7: Test accuracy of three recognisers.", labelled_rows=True)


@pytest.mark.parametrize(
    "claim, passages, label",
    [
        # the one column's caption says it holds errors: the best is the lowest
        ("The best recogniser in Table 7 is Kestrel.", TEST_ONLY, S),
        ("The best recogniser in Table 7 is Osprey.", TEST_ONLY, C),
        # a caption of scores: the best is the highest
        ("The best recogniser in Table 7 is Osprey.", TEST_SCORES, S),
        ("The best recogniser in Table 7 is Kestrel.", TEST_SCORES, C),
    ],
)
def test_the_caption_says_what_the_one_column_measures(claim: str, passages: list[Passage], label: VerdictLabel) -> None:
    assert judge(claim, passages) is label
