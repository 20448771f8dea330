"""Table headers named in other words (issue 13, seventh round): compound row names split
into their parts and abbreviations spelt out ("supervised Quokka on Walrus-small" for
"sup-quokka-walrus-small-cased"), a group of rows named by what they share and averaged
over, the one column of a one-column table, and an order of two rows without a number.
Made-up tables, each rule where it must fire and where it must not."""

from __future__ import annotations

import pytest

from claimcheck.evidence.judge import judge_version
from claimcheck.evidence.tables import _named, _tokens, is_difference, table_decisions
from claimcheck.evidence.quantities import extract_quantities
from claimcheck.model import Claim, Mark, Passage, SourceVersion, VerdictLabel
from tests.tablepassages import table_passages

S, C, P, N = VerdictLabel.SUPPORTED, VerdictLabel.CONTRADICTED, VerdictLabel.PARTLY_SUPPORTED, VerdictLabel.NOT_FOUND

FILLER = [
    "We release our code and models.",
    "Section 5 discusses limitations.",
    "Related work is reviewed in Section 2.",
    "Quokka learns sentence embeddings with a contrastive objective on Walrus and Otter encoders.",
]

CHECKPOINTS = table_passages(
    "Table 1",
    {
        "unsup-quokka-walrus-small-cased": {"Avg. QS": "70.10"},
        "unsup-quokka-walrus-big-cased": {"Avg. QS": "72.30"},
        "unsup-quokka-otter-small": {"Avg. QS": "73.40"},
        "unsup-quokka-otter-big": {"Avg. QS": "71.20"},
        "sup-quokka-walrus-small-cased": {"Avg. QS": "80.00"},
        "sup-quokka-walrus-big-cased": {"Avg. QS": "81.00"},
        "sup-quokka-otter-small": {"Avg. QS": "82.00"},
        "sup-quokka-otter-big": {"Avg. QS": "83.00"},
    },
    "Table 1: Released checkpoints and their average QS score.",
)

SETTINGS = table_passages(
    "Table 2",
    {
        "Batch size": {"Unsup. Walrus": "64", "Unsup. Otter": "512", "Sup.": "256"},
        "Learning rate (small)": {"Unsup. Walrus": "3e-5", "Unsup. Otter": "1e-5", "Sup.": "5e-5"},
        "Learning rate (big)": {"Unsup. Walrus": "1e-5", "Unsup. Otter": "3e-5", "Sup.": "2e-5"},
    },
    "Table 2: Hyper-parameters of the released checkpoints.",
)


def _version(extra: list[Passage]) -> SourceVersion:
    passages = [Passage(s, 1, None, "sentence", i) for i, s in enumerate(FILLER)] + extra
    return SourceVersion("2101.00009", 1, passages, 2, "test")


def judge(claim: str, version: SourceVersion):
    return judge_version(Claim(1, claim, Mark.UNKNOWN, None, False), version)


ROWS = list(dict.fromkeys(p.row for p in CHECKPOINTS if p.row))


@pytest.mark.parametrize(
    "claim, rows",
    [
        # parts spelt out and split: one row
        ("The supervised Quokka checkpoint on Walrus-small reaches 80.0.", ["sup-quokka-walrus-small-cased"]),
        ("Unsupervised Quokka with Otter-big reaches 71.2.", ["unsup-quokka-otter-big"]),
        # parts every row of a group shares: the group
        ("The four supervised Quokka checkpoints average 81.5.",
         ["sup-quokka-walrus-small-cased", "sup-quokka-walrus-big-cased", "sup-quokka-otter-small", "sup-quokka-otter-big"]),
        # two phrases, two rows; a verb between them parts them
        ("Unsupervised Quokka on Otter-big trails supervised Quokka on Walrus-small.",
         ["unsup-quokka-otter-big", "sup-quokka-walrus-small-cased"]),
    ],
)
def test_a_compound_row_is_named_by_its_parts_in_other_words(claim: str, rows: list[str]) -> None:
    named = [h for h, _, _ in _named(ROWS, _tokens(claim), claim)]
    assert sorted(named) == sorted(rows)


@pytest.mark.parametrize(
    "claim",
    [
        "Quokka gives big gains over earlier work.",  # one part beside a part every row has
        "The Walrus results are small.",  # parts in separate phrases
        "Supervised learning needs labelled data, and Otter has none.",
        "Quokka is a supervised method.",  # one distinctive part only
    ],
)
def test_a_compound_row_is_not_named_by_scattered_or_single_parts(claim: str) -> None:
    assert _named(ROWS, _tokens(claim), claim) == []


def test_abbreviated_column_is_named_by_the_spelt_out_word_and_never_by_its_opposite() -> None:
    cols = ["Unsup. Walrus", "Unsup. Otter", "Sup."]
    claim = "The unsupervised Otter models use a batch size of 512."
    assert [h for h, _, _ in _named(cols, _tokens(claim), claim)][:1] == ["Unsup. Otter"]
    claim = "Supervised models use a batch size of 256."
    assert [h for h, _, _ in _named(cols, _tokens(claim), claim)] == ["Sup."]


@pytest.mark.parametrize(
    "claim, label",
    [
        ("The unsupervised Otter models of Quokka use a batch size of 512.", S),
        ("The unsupervised Otter models of Quokka use a batch size of 64.", C),
        ("Supervised Quokka small models use a learning rate of 5e-5.", S),
        ("Supervised Quokka small models use a learning rate of 5e-4.", C),
    ],
)
def test_settings_named_in_other_words_decide(claim: str, label: VerdictLabel) -> None:
    assert judge(claim, _version(SETTINGS)).label is label


@pytest.mark.parametrize(
    "claim, label",
    [
        ("The supervised Quokka checkpoint on Walrus-small scores roughly 80.0 average QS.", S),
        ("The supervised Quokka checkpoint on Walrus-small scores roughly 82.0 average QS.", C),
        # the mean over the rows the claim names, not over the whole column
        ("The four supervised Quokka checkpoints average about 81.5 on QS.", S),
        ("The four supervised Quokka checkpoints average about 76.6 on QS.", C),
        # a difference of two rows named in other words
        ("The supervised Walrus-small checkpoint beats the unsupervised Walrus-small one by 9.9 points of average QS.", S),
        ("The supervised Walrus-small checkpoint beats the unsupervised Walrus-small one by 7.9 points of average QS.", C),
    ],
)
def test_rows_named_in_other_words_decide_levels_means_and_differences(claim: str, label: VerdictLabel) -> None:
    v = judge(claim, _version(CHECKPOINTS))
    assert v.label is label, v.explanation


def test_a_mean_over_named_rows_says_which_rows() -> None:
    d = table_decisions("The four supervised Quokka checkpoints average about 81.5 on QS.", _version(CHECKPOINTS))[0]
    assert d.agrees and d.computed is not None
    assert "sup-quokka-otter-big" in d.computed and "unsup-" not in d.computed and "= 81.5" in d.computed


@pytest.mark.parametrize(
    "claim, label",
    [
        # the one column of a one-column table holds a named row's number
        ("In Table 1, unsup-quokka-otter-big scores 71.20.", S),
        ("In Table 1, unsup-quokka-otter-big scores 73.40.", C),
        ("sup-quokka-otter-small scores 1.00 points above sup-quokka-walrus-big-cased.", S),
        ("sup-quokka-otter-small scores 1.00 points below sup-quokka-walrus-big-cased.", C),
        # an order of two named rows without a number
        ("In Table 1, unsup-quokka-otter-big trails unsup-quokka-walrus-big-cased.", S),
        ("In Table 1, unsup-quokka-walrus-big-cased trails unsup-quokka-otter-big.", C),
        ("In Table 1, unsup-quokka-otter-small outperforms unsup-quokka-walrus-big-cased.", S),
        ("In Table 1, unsup-quokka-walrus-big-cased outperforms unsup-quokka-otter-small.", C),
    ],
)
def test_a_one_column_table_decides_named_rows(claim: str, label: VerdictLabel) -> None:
    v = judge(claim, _version(CHECKPOINTS))
    assert v.label is label, v.explanation


def test_the_sole_column_holds_no_count_and_no_number_far_from_its_cells() -> None:
    version = _version(CHECKPOINTS)
    # "3 GPUs" counts something else; 7,000 is no score of this column
    assert not table_decisions("In Table 1, unsup-quokka-otter-big was trained on 3 GPUs.", version)
    assert not table_decisions("In Table 1, unsup-quokka-otter-big saw 7,000 examples per step.", version)


def test_an_order_in_words_negated_or_split_by_a_clause_is_not_read() -> None:
    version = _version(CHECKPOINTS)
    assert not table_decisions("In Table 1, unsup-quokka-otter-big does not trail unsup-quokka-walrus-big-cased.", version)
    assert not table_decisions("unsup-quokka-otter-big is new, while unsup-quokka-walrus-big-cased trails.", version)


def test_a_list_of_numbers_shares_its_first_numbers_by() -> None:
    text = "Quokka improves accuracy by 15.7% for Welsh, 11.4% for Basque and 9.8% for Breton."
    qs = extract_quantities(text)
    assert [is_difference(text, q) for q in qs] == [True, True, True]
    text = "Quokka reaches 15.7% for Welsh, 11.4% for Basque and 9.8% for Breton."
    assert not any(is_difference(text, q) for q in extract_quantities(text))


RETRIEVAL = table_passages(
    "Table 5",
    {
        "1": {"Old retriever": "40.00", "New retriever": "47.00"},
        "5": {"Old retriever": "60.00", "New retriever": "64.00"},
        "20": {"Old retriever": "75.00", "New retriever": "76.50"},
        "100": {"Old retriever": "84.00", "New retriever": "86.00"},
    },
    "Table 5: Top-k retrieval accuracy of the old and the new retriever.",
)


@pytest.mark.parametrize(
    "claim, label",
    [
        # a bare-number row is named by the word it ends ("top-20")
        ("For the old retriever, going from top-20 to top-100 adds 9.0 points of accuracy.", S),
        ("For the old retriever, going from top-20 to top-100 adds 7.0 points of accuracy.", C),
        # a margin's superlative after its noun, the pair being columns and the place a row
        ("The new retriever's advantage over the old retriever is largest at top-1.", S),
        ("The new retriever's gain over the old retriever is smallest at top-100.", C),
        ("The new retriever's gain over the old retriever is smallest at top-20.", S),
        # a change from one named column's cell to the other's, the baseline's first
        ("Relative to the old retriever, the new retriever's top-20 accuracy rises from 75.00 to 76.50.", S),
        ("Relative to the old retriever, the new retriever's top-20 accuracy rises from 76.50 to 75.00.", C),
    ],
)
def test_top_k_rows_margins_and_changes_between_two_columns(claim: str, label: VerdictLabel) -> None:
    passages = [Passage("We compare an old retriever with a new retriever on top-k accuracy.", 1, None, "sentence", 9)]
    v = judge(claim, _version(passages + RETRIEVAL))
    assert v.label is label, v.explanation


def test_a_bare_number_header_is_not_named_by_a_number_inside_another_word() -> None:
    rows = ["1", "5", "20", "100"]
    claim = "The retriever was trained for 20 epochs on top of BM25-100 negatives."
    assert [h for h, _, _ in _named(rows, _tokens(claim), claim)] != ["100"]
    claim = "Top-5 accuracy improves."
    assert [h for h, _, _ in _named(rows, _tokens(claim), claim)] == ["5"]


def test_a_margin_needs_a_baseline_word() -> None:
    version = _version(RETRIEVAL)
    # "and" names no baseline: which one's gain is meant is not said
    assert not [d for d in table_decisions("The new retriever and the old retriever differ most at top-1, the largest gap.", version)
                if "largest in" in d.explanation]


def test_a_number_naming_its_own_measure_is_not_a_named_columns_value() -> None:
    scores = table_passages("Table 6", {"Quokka": {"QA accuracy": "81.75", "Tagging F1": "90.10"},
                                        "Walrus": {"QA accuracy": "72.00", "Tagging F1": "88.00"}},
                            "Table 6: Results.")
    claim = "Quokka's QA accuracy of 81.75% was obtained at a sequence length of 512 and a batch size of thirty-two."
    decisions = table_decisions(claim, _version(scores))
    assert [d.claim_number for d in decisions] == ["81.75"] and decisions[0].agrees
    # without a measure of its own, a second number still meets the named column
    claim = "Quokka's QA accuracy is 79.00 without pretraining."
    assert any(d.claim_number == "79.00" and not d.agrees for d in table_decisions(claim, _version(scores)))
    # ... unless the cell states the claim's other number: one cell, one number
    claim = "Quokka's QA accuracy is 81.75, and 79.00 without pretraining."
    assert not any(d.claim_number == "79.00" and not d.agrees for d in table_decisions(claim, _version(scores)))


def test_an_abbreviated_header_is_not_spelt_out_by_a_hyphenated_name() -> None:
    cols = ["Sup.", "Unsup."]
    claim = "sup-quokka-otter-small reaches 82.0."
    assert _named(cols, _tokens(claim), claim) == []


SPLITS = table_passages(
    "Table 7",
    {lang: {"Items / dev": dev, "Items / test": test}
     for lang, dev, test in (("en", "1000", "9000"), ("de", "500", "4000"), ("es", "510", "4100"))},
    "Table 7: Number of items per language and split.",
)


@pytest.mark.parametrize(
    "claim, label",
    [
        # "in total" over every row of the named column
        ("The Quokka test splits contain 17,100 items in total.", S),
        ("The Quokka test splits contain 17,500 items in total.", C),
        # a count after "across" makes the other number a total, the count checked too
        ("Across its three languages Quokka has 2,010 dev items.", S),
        ("Across its three languages Quokka has 2,110 dev items.", C),
    ],
)
def test_a_total_over_every_row_of_a_named_column(claim: str, label: VerdictLabel) -> None:
    passages = [Passage("Quokka is a question answering dataset in English, German and Spanish.", 1, None, "sentence", 9)]
    v = judge(claim, _version(passages + SPLITS))
    assert v.label is label, v.explanation


def test_each_or_an_average_across_rows_is_no_total() -> None:
    version = _version(SPLITS)
    for claim in ("Across its three languages Quokka has about 670 dev items each.",
                  "Across its three languages Quokka averages 670 dev items."):
        assert not any("sum of" in d.explanation for d in table_decisions(claim, version)), claim


def test_a_count_is_never_read_from_a_column_of_decimal_scores() -> None:
    scores = table_passages("Table 8", {"Quokka": {"QA / F1": "92.3", "Tagging / F1": "90.1"}}, "Table 8: Results.")
    claim = "Fine-tuning Quokka on QA takes 2 hours on eight V100 GPUs."
    assert not table_decisions(claim, _version(scores))
    # a score of the column is still read from it
    assert not table_decisions("Quokka reaches 90.0 on QA.", _version(scores))[0].agrees


def test_a_count_is_no_mean_of_decimal_scores() -> None:
    scores = table_passages("Table 9", {"Quokka": {"QA / dev": "9.5", "Tagging / dev": "8.5"}}, "Table 9: Dev results.")
    claim = "Quokka averages 9.0 over the eight development tasks."
    numbers = {d.claim_number: d for d in table_decisions(claim, _version(scores))}
    assert "eight" not in numbers and numbers["9.0"].agrees


def test_a_difference_the_other_way_says_so() -> None:
    claim = "sup-quokka-otter-small scores 1.00 points below sup-quokka-walrus-big-cased."
    d = table_decisions(claim, _version(CHECKPOINTS))[0]
    assert not d.agrees and d.computed is not None and "above, not below" in d.computed


@pytest.mark.parametrize(
    "header, claim, named",
    [
        ("lr", "the learning rate is 1e-4", True),
        ("bs", "with a batch size of 32", True),
        ("params", "it has 12 million parameters", True),
        ("lr", "the learning of rates", False),  # the words, in order, side by side
        ("bs", "the batch of size 32", False),
    ],
)
def test_a_lower_case_abbreviated_header_is_named_by_its_spelt_out_words(header: str, claim: str, named: bool) -> None:
    from claimcheck.evidence.tables import header_score

    assert bool(header_score(header, claim)) is named


@pytest.mark.parametrize(
    "claim, contradicted",
    [
        ("On Japanese, Quokka trails Walrus.", True),
        ("On Japanese, Walrus trails Quokka.", False),
        ("On Japanese, Walrus outperforms Quokka.", True),
        # error is lower-is-better: "better" reads the other way, "higher" does not
        ("On Japanese error, Quokka is better than Walrus.", False),
    ],
)
def test_an_order_of_two_named_columns_in_a_named_row(claim: str, contradicted: bool) -> None:
    scores = table_passages("Table 10", {"Japanese": {"Quokka": "71.0", "Walrus": "65.0"},
                                         "Japanese error": {"Quokka": "29.0", "Walrus": "35.0"}}, "Table 10: Results.")
    decisions = [d for d in table_decisions(claim, _version(scores)) if "computed from" in d.explanation]
    assert bool(decisions and not decisions[0].agrees) is contradicted, [d.explanation for d in decisions]


SPLIT_COLUMNS = table_passages("Table 6", {
    "Quokka": {"Tag F1 (Dev)": "61.3", "Tag F1 (Eval)": "60.8"},
    "Otter": {"Tag F1 (Dev)": "58.0", "Tag F1 (Eval)": "57.4"},
}, "Table 6: Tagging results on the development and evaluation sets.", labelled_rows=True)


@pytest.mark.parametrize(
    "claim, label",
    [
        # a shortened qualifier is named by the word it is cut from: the other split's cell is no match
        ("Quokka's tag F1 on the evaluation set is 61.3.", C),
        ("Quokka's tag F1 on the evaluation set is 60.8.", S),
        ("Quokka's tag F1 on the development set is 60.8.", C),
        ("Quokka's tag F1 on the development set is 61.3.", S),
        # no split named: either column's cell may be the claim's
        ("Quokka reaches a tag F1 of 60.8.", S),
    ],
)
def test_a_shortened_qualifier_of_a_long_header_names_its_column(claim: str, label: VerdictLabel) -> None:
    assert judge(claim, _version(SPLIT_COLUMNS)).label is label


GAINS = table_passages("Table 7", {
    "Harbour North": {"Gain (%)": "2.0"},
    "Harbour South": {"Gain (%)": "14.5"},
    "Ridge East": {"Gain (%)": "9.3"},
    "Ridge West": {"Gain (%)": "22.8"},
}, "Table 7: Relative gain of Quokka per test site.", labelled_rows=True)


@pytest.mark.parametrize(
    "claim, label",
    [
        # the set-aside row is out of the ranking: the smallest of the rest is Ridge East
        ("Leaving Harbour North aside, Quokka's smallest gain is on Ridge East.", S),
        ("Leaving Harbour North aside, Quokka's smallest gain is on Harbour South.", C),
        ("Setting aside Harbour North, Quokka's smallest gain is on Ridge East.", S),
        # nothing set aside: Harbour North is the smallest
        ("Quokka's smallest gain is on Ridge East.", C),
        ("Quokka's smallest gain is on Harbour North.", S),
    ],
)
def test_a_row_set_aside_is_out_of_the_ranking(claim: str, label: VerdictLabel) -> None:
    assert judge(claim, _version(GAINS)).label is label


DROPS = table_passages("Table 8", {
    "Harbour": {"Quokka": "14.6", "Otter": "4.4", "RER (%)": "69.9"},
    "Ridge": {"Quokka": "20.0", "Otter": "18.0", "RER (%)": "10.0"},
}, "Table 8: Error of Quokka and Otter per site.", labelled_rows=True)


@pytest.mark.parametrize(
    "claim, label",
    [
        # an acronym spelt out in words of change heads a column of changes
        ("The relative error reduction on Harbour is 74.7%.", C),
        ("The relative error reduction on Harbour is 69.9%.", S),
    ],
)
def test_an_acronym_spelt_as_a_change_heads_a_column_of_changes(claim: str, label: VerdictLabel) -> None:
    assert judge(claim, _version(DROPS)).label is label


# --------------------------------------------------------------------------- a decimal is no header part

TOPK_COLUMNS = ["Top-1 Acc.", "Top-5 Acc.", "#Params"]


@pytest.mark.parametrize(
    "claim",
    [
        "Vireo-S reaches 78.5% top-1 accuracy on the test set.",
        "Vireo-S reaches 81.5% top-1 accuracy.",
    ],
)
def test_a_decimals_digits_name_no_column(claim: str) -> None:
    # the "5" of "78.5" is no part of "Top-5 Acc.": the claim names top-1 alone
    assert [h for h, _, _ in _named(TOPK_COLUMNS, _tokens(claim), claim)] == ["Top-1 Acc."]


def test_a_number_word_part_still_names_its_column() -> None:
    claim = "Vireo-S reaches 94.6% top-5 accuracy."
    assert [h for h, _, _ in _named(TOPK_COLUMNS, _tokens(claim), claim)] == ["Top-5 Acc."]


# --------------------------------------------------------------------------- "Train Size" counts training examples

SPLITS_COLUMNS = ["Train Size", "Test Size", "#Classes", "Test Acc."]


@pytest.mark.parametrize(
    "claim, column",
    [
        ("Heronset has about 12 thousand training images.", "Train Size"),
        ("Heronset has 3,120 test images.", "Test Size"),
    ],
)
def test_a_size_column_is_named_by_the_noun_a_number_counts(claim: str, column: str) -> None:
    assert column in [h for h, _, _ in _named(SPLITS_COLUMNS, _tokens(claim), claim)]


def test_a_size_column_is_not_named_by_its_word_elsewhere() -> None:
    claim = "Heronset reaches 91.2% test accuracy after training."
    assert "Test Size" not in [h for h, _, _ in _named(SPLITS_COLUMNS, _tokens(claim), claim)]


# --------------------------------------------------------------------------- a thousands separator is inside a number

LENGTH_ROWS = ["3,200", "1,600", "200"]


def test_a_number_with_a_thousands_separator_names_its_row_alone() -> None:
    # the "200" of "3,200" is no row of its own
    claim = "With a context length of 3,200, the cache takes 14.2 GB."
    assert [h for h, _, _ in _named(LENGTH_ROWS, _tokens(claim), claim)] == ["3,200"]


def test_a_number_without_a_separator_still_names_its_row() -> None:
    claim = "With a context length of 200, the cache takes 2.1 GB."
    assert [h for h, _, _ in _named(LENGTH_ROWS, _tokens(claim), claim)] == ["200"]


@pytest.mark.parametrize(
    "text, tokens",
    [
        ("reaches 1,874 at 3,800", ["reaches", "1,874", "at", "3,800"]),
        ("lists 1,2,3 and 12,5000", ["lists", "1", "2", "3", "and", "12", "5000"]),  # no thousands separators
    ],
)
def test_thousands_separators_join_digits_into_one_token(text: str, tokens: list[str]) -> None:
    assert _tokens(text) == tokens
