"""Numbers bound to the right cell of a table, and numbers written another way (issue 13,
round 3): each rule on made-up tables and sentences, where it must fire and where it must not."""

from __future__ import annotations

import pytest

from claimcheck.evidence.quantities import extract_quantities, quantities_agree
from claimcheck.model import Passage, SourceVersion, VerdictLabel
from tests.tablepassages import judged, table_passages

S, C, P, N = VerdictLabel.SUPPORTED, VerdictLabel.CONTRADICTED, VerdictLabel.PARTLY_SUPPORTED, VerdictLabel.NOT_FOUND

FILLER = [
    "We release our code and data.",
    "Section 5 discusses limitations.",
    "Related work is reviewed in Section 2.",
    "The appendix lists every hyper-parameter.",
]


def judge(claim: str, passages: list[Passage]) -> VerdictLabel:
    return judged(claim, passages, FILLER, "2101.00001")


def sentences(*texts: str) -> list[Passage]:
    return [Passage(t, 1, None, "sentence", 50 + i) for i, t in enumerate(texts)]


@pytest.mark.parametrize(
    "claim, source, agree",
    [
        ("a decay of 1.5e-4", "2.5e-4", False),
        ("a decay of 1.5e-4", "1.5e-4", True),
        ("a decay of 1.5e-4", "0.00015", True),
        ("a decay of 2 × 10^-5", "2e-5", True),
        ("a decay of 2 × 10^-5", "3e-5", False),
        # plain decimals keep their own precision
        ("a score of 12.5", "12.46", True),
        ("a score of 12.5", "12.7", False),
    ],
)
def test_scientific_notation_is_compared_to_its_own_last_digit(claim: str, source: str, agree: bool) -> None:
    assert quantities_agree(extract_quantities(claim)[0], extract_quantities(source)[0]) is agree


SPLIT = table_passages(
    "Table 4",
    {
        "forums": {"Small": "31.20/12.45/25.10", "Large": "33.75/14.02/27.31"},
        "letters": {"Small": "40.05/18.90/33.33", "Large": "41.60/19.12/35.08"},
    },
    "Table 4: BLEU-1/BLEU-2/BLEU-L of the two summarizers on the forums and letters corpora.",
)


@pytest.mark.parametrize(
    "claim, label",
    [
        # a cell of three values the caption names, unbracketed, at its opening
        ("On letters, the Large summarizer scores a BLEU-L of 35.08.", S),
        ("On letters, the Large summarizer scores a BLEU-L of 36.08.", C),
        ("The Small summarizer scores 31.20/12.45/25.10 on forums.", S),
        ("On forums, the Small summarizer scores a BLEU-2 of 12.45.", S),
    ],
)
def test_a_caption_names_the_parts_of_a_slash_cell(claim: str, label: VerdictLabel) -> None:
    assert judge(claim, SPLIT) is label


def test_and_or_in_a_caption_names_no_parts() -> None:
    table = table_passages(
        "Table 2",
        {"forums": {"Small": "31.20/12.45"}},
        "Table 2: scores with and/or without pruning.",
    )
    # the cell is not split into parts called "and" and "or": its first value stands
    assert judge("On forums, the Small summarizer scores 31.20.", table) is S


@pytest.mark.parametrize(
    "claim, label",
    [
        # two parts of two split cells under the same part name: Large / BLEU-L − Small / BLEU-L
        ("On letters, the Large summarizer's BLEU-L is 1.75 above the Small summarizer's.", S),
        ("On letters, the Large summarizer's BLEU-L is 1.55 above the Small summarizer's.", C),
        ("On forums, the Large summarizer's BLEU-1 is 2.55 above the Small summarizer's.", S),
    ],
)
def test_split_columns_are_compared_part_by_part(claim: str, label: VerdictLabel) -> None:
    assert judge(claim, SPLIT) is label


# A numberless comparison the cells order the other way is contradicted; one they order the
# same way is left to the words (never contradicted).
@pytest.mark.parametrize(
    "claim, contradicted",
    [
        # two split columns under the part the claim names
        ("On forums, the Large summarizer improves BLEU-2 over the Small summarizer.", False),
        ("On forums, the Small summarizer improves BLEU-2 over the Large summarizer.", True),
        ("On letters, the Small summarizer improves BLEU-L over the Large summarizer.", True),
    ],
)
def test_split_columns_are_ordered_part_by_part(claim: str, contradicted: bool) -> None:
    assert (judge(claim, SPLIT) is C) is contradicted


ORDER = table_passages(
    "Table 6",
    {"Kestrel 9B": {"RiverQA": "61.0", "HillQA": "48.2"}, "Osprey 40B": {"RiverQA": "66.4", "HillQA": "47.9"}},
    "Table 6: Accuracy of the two models on RiverQA and HillQA.",
)


@pytest.mark.parametrize(
    "claim, contradicted",
    [
        # a name written as one hyphenated word ("Kestrel-9B") covers both words of its header
        ("Kestrel-9B surpasses Osprey-40B on RiverQA.", True),
        ("Kestrel-9B surpasses Osprey-40B on HillQA.", False),
        ("Kestrel-9B trails Osprey-40B on RiverQA.", False),
        ("Kestrel-9B trails Osprey-40B on HillQA.", True),
    ],
)
def test_an_order_between_hyphenated_names(claim: str, contradicted: bool) -> None:
    assert (judge(claim, ORDER) is C) is contradicted


TWO_TABLES = table_passages(
    "Table 3",
    {"Kestrel 9B": {"0-shot": "24.9", "5-shot": "30.1"}, "Osprey 40B": {"0-shot": "23.8", "5-shot": "31.0"}},
    "Table 3: RiverQA. Exact match.",
) + table_passages(
    "Table 4",
    {"Kestrel 9B": {"0-shot": "65.1", "5-shot": "70.2"}, "Osprey 40B": {"0-shot": "68.2", "5-shot": "71.0"}},
    "Table 4: HillQA. Zero-shot and few-shot exact match.",
)


@pytest.mark.parametrize(
    "claim, contradicted",
    [
        # "zero-shot" names the "0-shot" column; the dataset the caption names picks the table
        ("Zero-shot on RiverQA, Kestrel 9B scores 1.1 points above Osprey 40B.", False),
        ("Zero-shot on RiverQA, Kestrel 9B trails Osprey 40B.", True),
        ("Zero-shot on HillQA, Kestrel 9B trails Osprey 40B.", False),
        ("Zero-shot on HillQA, Kestrel 9B scores 1.1 points above Osprey 40B.", True),
    ],
)
def test_a_spelt_shot_count_and_a_caption_name_pick_the_cell(claim: str, contradicted: bool) -> None:
    assert (judge(claim, TWO_TABLES) is C) is contradicted


def test_a_difference_in_the_table_the_caption_names_is_supported() -> None:
    assert judge("Zero-shot on RiverQA, Kestrel 9B scores 1.1 points above Osprey 40B.", TWO_TABLES) is S


CALC = table_passages(
    "Table 1",
    {
        "Wren 20B": {"RiverQA": "19.1", "HillQA": "73.9"},
        "Wren 20B (+ tool)": {"RiverQA": "42.7", "HillQA": "72.6"},
        "Prior best": {"RiverQA": "37.9", "HillQA": "75.3"},
    },
    "Table 1: Accuracy with and without the tool.",
)


@pytest.mark.parametrize(
    "claim, contradicted",
    [
        # a header named in two words ("the prior best") is a row, not a maximum to compute
        ("The prior best on RiverQA was 37.9.", False),
        ("The prior best on RiverQA was 39.7.", True),
    ],
)
def test_a_cell_binds_one_number_and_a_header_word_computes_nothing(claim: str, contradicted: bool) -> None:
    assert (judge(claim, CALC) is C) is contradicted


TOOL = table_passages(
    "Table 1",
    {
        "Wren 20B (Chain of thought)": {"RiverQA": "19.1 (+2.5)", "HillQA": "73.9 (+1.8)"},
        "Wren 20B (+ ext. tool)": {"RiverQA": "42.7 (+23.6)", "HillQA": "72.6 (-1.3)"},
    },
    "Table 1: Accuracy.",
)


@pytest.mark.parametrize(
    "claim, contradicted",
    [
        # one cell states one number: 19.1 (73.9) is the named cell's, 42.7 (72.6) another row's
        ("With the external tool, Wren 20B's RiverQA accuracy climbs from 19.1 (chain of thought alone) to 42.7.", False),
        ("For Wren 20B on HillQA, the external tool lowers accuracy relative to chain of thought alone, 72.6 against 73.9.",
         False),
        # a number no cell agrees with is still contradicted by the named cell
        ("With chain of thought alone, Wren 20B's RiverQA accuracy is 21.9.", True),
    ],
)
def test_a_cell_that_agrees_with_one_number_contradicts_no_other(claim: str, contradicted: bool) -> None:
    assert (judge(claim, TOOL) is C) is contradicted


@pytest.mark.parametrize(
    "claim, contradicted",
    [
        # a part of a set ("two of 50", "46% of its answers") is no score of the named cell
        ("For Wren 20B on RiverQA, only two of 50 correct answers were lucky guesses.", False),
        ("Just under half (46%) of Wren 20B's wrong RiverQA answers were nearly right.", False),
        # a score the claim states for the same cell still is
        ("Wren 20B scores 46 on RiverQA.", True),
    ],
)
def test_a_share_of_a_set_is_not_a_cell_value(claim: str, contradicted: bool) -> None:
    assert (judge(claim, CALC) is C) is contradicted


@pytest.mark.parametrize(
    "text, values",
    [
        ("its eight zero-shot scores average 72.1", [8.0, 72.1]),
        ("twenty-five runs", [25.0]),
        ("two hundred and ten pairs", [210.0]),
    ],
)
def test_number_words_join_only_as_one_number(text: str, values: list[float]) -> None:
    qs = extract_quantities(text)
    assert [q.value for q in qs] == values
    assert "zero" not in " ".join(q.text for q in qs)  # "eight zero-shot" is eight, then a word


@pytest.mark.parametrize(
    "text, direction",
    [
        ("Using task names instead costs 8.6 points of accuracy.", -1),
        ("Training costs 300 GPU hours.", 0),
        # a set counted after a determiner is no change, whatever verb came before
        ("It gains the most of the three sizes.", 0),
        ("It gains three points.", 1),
    ],
)
def test_the_direction_of_a_cost_and_of_a_counted_set(text: str, direction: int) -> None:
    q = next(q for q in extract_quantities(text) if q.value in (8.6, 300.0, 3.0))
    assert q.direction == direction


LOWEST = table_passages(
    "Table 2",
    {
        "forums": {"Small": "21.20/12.45/25.10", "Large": "23.75/14.02/27.31"},
        "letters": {"Small": "40.05/18.90/33.33", "Large": "41.60/19.12/35.08"},
        "memos": {"Small": "30.00/11.00/20.00", "Large": "35.00/13.00/24.00"},
    },
    "Table 2: BLEU-1/BLEU-2/BLEU-L of the two summarizers on three corpora.",
)


@pytest.mark.parametrize(
    "claim, contradicted",
    [
        # "lowest ... for all": the minimum of every named part's column, not the maximum
        ("forums gives the lowest BLEU-1 of the corpora for all the summarizers.", False),
        ("letters gives the lowest BLEU-1 of the corpora for all the summarizers.", True),
        ("letters gives the highest BLEU-1 of the corpora for all the summarizers.", False),
    ],
)
def test_an_extreme_for_every_column_honours_lowest(claim: str, contradicted: bool) -> None:
    assert (judge(claim, LOWEST) is C) is contradicted


SETTINGS = table_passages(
    "Table 5",
    {
        "RIVERQA Zero-Shot": {"Kestrel": "77.4", "Finch": "74.5", "Osprey 530B": "76.6"},
        "HILLQA Few-Shot": {"Kestrel": "70.1", "Finch": "71.3", "Osprey 530B": "72.0"},
    },
    "Table 5: Accuracy of three models.",
    labelled_rows=True,
)


@pytest.mark.parametrize(
    "claim, contradicted",
    [
        # "RIVERQA" names the one row it opens; the difference keeps its sign
        ("On RIVERQA, Kestrel trails Osprey 530B by 0.8 points.", True),
        ("On RIVERQA, Kestrel leads Osprey 530B by 0.8 points.", False),
        ("On HILLQA, Kestrel trails Osprey 530B by 1.9 points.", False),
        ("On HILLQA, Kestrel leads Osprey 530B by 1.9 points.", True),
    ],
)
def test_a_row_named_by_the_name_it_opens_and_a_signed_difference(claim: str, contradicted: bool) -> None:
    assert (judge(claim, SETTINGS) is C) is contradicted


def test_a_row_cells_label_is_its_own_header_not_the_previous_cell() -> None:
    from claimcheck.evidence.numbercheck import _label_words

    text = "Table 5, row RIVERQA Zero-Shot: Kestrel 77.4; Finch 74.5; Osprey 530B 76.6"
    last = extract_quantities(text)[-1]
    # the digits of "530B" belong to the name; the semicolon ends the previous cell
    assert _label_words(text, last) >= {"osprey"} and "finch" not in _label_words(text, last)


def prose(claim: str, *texts: str) -> VerdictLabel:
    return judge(claim, sentences(*texts))


RESPECTIVE = ("On RiverQA, Kestrel reaches 41.2%, 55.0%, and 63.8% accuracy with 0-shot, 5-shot, and 20-shot "
              "prompts respectively.")


@pytest.mark.parametrize(
    "claim, label",
    [
        # a "respectively" list of labels written with digits ("5-shot") pairs each number
        ("Kestrel scores 55.0% 5-shot on RiverQA.", S),
        ("Kestrel scores 55.0% 20-shot on RiverQA.", C),
        ("Kestrel scores 63.8% 20-shot on RiverQA.", S),
    ],
)
def test_a_respectively_list_of_digit_labels(claim: str, label: VerdictLabel) -> None:
    assert prose(claim, RESPECTIVE) is label


SCHEDULE = ("We use a linear warm-up, after which the final learning rate equals 10% of the peak learning rate. "
            "We use a weight decay of 0.1 and gradient clipping of 1.0.")


@pytest.mark.parametrize(
    "claim, label",
    [
        # "1%" is not the clipping setting "1.0" the claim never speaks of
        ("The schedule decays the learning rate to 1% of its peak.", C),
        ("The schedule decays the learning rate to 10% of its peak.", S),
        # a setting the claim names still agrees
        ("Gradient clipping is set to 1.0.", S),
    ],
)
def test_a_small_percentage_is_not_a_setting_of_another_name(claim: str, label: VerdictLabel) -> None:
    assert prose(claim, SCHEDULE) is label


@pytest.mark.parametrize(
    "text, value",
    [
        ("on 1.4 trillion tokens", 1.4e12),
        ("on 1.4T tokens", 1.4e12),
        ("Training Tokens 1.4 Trillion", 1.4e12),
        ("a 10-billion-parameter model", 1e10),
        ("FLOPs 3.85e+24", 3.85e24),
    ],
)
def test_scale_words_in_any_case_and_joined_by_a_hyphen(text: str, value: float) -> None:
    assert [q.value for q in extract_quantities(text)] == [pytest.approx(value)]


def test_a_model_name_with_t_is_no_trillion() -> None:
    assert extract_quantities("the T5 model") == []


@pytest.mark.parametrize(
    "claim, label",
    [
        # the same digits under another scale word: one number written another way
        ("Kestrel was trained on 2.6 billion tokens.", C),
        ("Kestrel was trained on 2.6 trillion tokens.", S),
        ("The best size lies between 30 and 50 million parameters.", C),
        ("The best size lies between 30 and 50 billion parameters.", S),
    ],
)
def test_another_scale_word_contradicts(claim: str, label: VerdictLabel) -> None:
    assert prose(claim, "We train Kestrel on 2.6 trillion tokens.",
                 "The best size for the budget lies between 30 and 50 billion parameters.") is label


LISTED = ("The first is Finch, with models of 350M, 1.3B and 175B parameters. "
          "The second is Kestrel, which has models of 422M, 2B, 8B, 68B, and 137B parameters.")


@pytest.mark.parametrize(
    "claim, label",
    [
        # a range is two numbers: its top must be the listed top of the same sentence
        ("The Kestrel models range from 422M to 137B parameters.", S),
        ("The Kestrel models range from 422M to 175B parameters.", C),
    ],
)
def test_a_range_against_a_listed_sentence(claim: str, label: VerdictLabel) -> None:
    assert prose(claim, LISTED) is label


SIZES = table_passages(
    "Table 3",
    {"1 Billion": {"FLOPs": "1.21e+20", "Tokens": "20.2 Billion"},
     "10 Billion": {"FLOPs": "1.23e+22", "Tokens": "205.1 Billion"}},
    "Table 3: Projections from Approach 1 of the tokens needed for each model size.",
) + table_passages(
    "Table 1",
    {"Kestrel": {"Size (# Parameters)": "70 Billion", "Training Tokens": "1.4 Trillion"},
     "Finch": {"Size (# Parameters)": "280 Billion", "Training Tokens": "300 Billion"}},
    "Table 1: Current models.",
)


@pytest.mark.parametrize(
    "claim, label",
    [
        # a size row is named by its number ("10-billion-parameter"), never by a scale word
        # of another number; "Approach 1" is a name the caption writes
        ("Approach 1 projects 205.1 billion training tokens for a 10-billion-parameter model.", S),
        ("Approach 1 projects 215.1 billion training tokens for a 10-billion-parameter model.", C),
        # a named row and the one column whose header is the noun the number counts
        ("Kestrel was trained on 1.4 billion tokens.", C),
        ("Finch was trained on 300 billion tokens.", S),
    ],
)
def test_sizes_as_rows_and_the_counted_noun_as_column(claim: str, label: VerdictLabel) -> None:
    assert judge(claim, SIZES) is label


def test_a_superlative_naming_another_setting_ranks_no_cells() -> None:
    # "maximum learning rate" is no column of the table: no maximum of Kestrel's row
    assert judge("Kestrel's maximum learning rate was 1e-4.", SIZES) is not C


def test_a_margin_is_no_rival_of_a_rows_level() -> None:
    from claimcheck.evidence.numbercheck import check_numbers
    from claimcheck.model import Claim, Mark

    row = "Table 2, row Kestrel (2021): Coeff. a 0.73; Coeff. b 0.27"
    for claim, rival in (("Kestrel's exponent is 0.23 higher than ours.", False),
                         ("Kestrel's exponent a is 0.63.", True)):
        checks = check_numbers(Claim(1, claim, Mark.UNKNOWN, None, False), claim, row, [], True)
        # a margin ("0.23 higher") is never contradicted by a level the row states; a level is
        assert any(c.source_text is not None and not c.agrees for c in checks) is rival


MODELS = table_passages(
    "Table 2",
    {"Kestrel 7B": {"RiverQA": "48.9", "HillQA": "60.0"}, "Kestrel 13B": {"RiverQA": "50.4", "HillQA": "61.5"},
     "Kestrel 33B": {"RiverQA": "52.0", "HillQA": "63.0"}, "Finch 280B": {"RiverQA": "50.6", "HillQA": "59.2"}},
    "Table 2: Accuracy.",
)


@pytest.mark.parametrize(
    "claim, contradicted",
    [
        # "every Kestrel model": each row the word heads, against the one other named row
        ("Every Kestrel model beats Finch 280B on RiverQA.", True),
        ("Every Kestrel model beats Finch 280B on HillQA.", False),
        ("Every Kestrel model trails Finch 280B on HillQA.", True),
    ],
)
def test_every_row_of_a_name_against_another_row(claim: str, contradicted: bool) -> None:
    assert (judge(claim, MODELS) is C) is contradicted


PAIRS = table_passages(
    "Table 1",
    {"forums": {"Small": "21.20/12.45/25.10", "Large": "23.75/14.02/27.31"},
     "letters": {"Small": "42.05/18.90/33.33", "Large": "41.60/19.12/35.08"},
     "memos": {"Small": "34.00/11.00/20.00", "Large": "35.00/13.00/24.00"},
     "notes": {"Small": "30.00/10.00/20.00", "Large": "31.00/12.00/22.00"}},
    "Table 1: BLEU-1/BLEU-2/BLEU-L of the two summarizers on four corpora.",
)


@pytest.mark.parametrize(
    "claim, contradicted",
    [
        # two columns ordered row by row: "all" needs every row, "most" more than half
        ("The Large summarizer has a higher BLEU-2 than the Small summarizer on all of the corpora.", False),
        ("The Large summarizer has a higher BLEU-1 than the Small summarizer on all of the corpora.", True),
        ("The Small summarizer has a higher BLEU-1 than the Large summarizer on most of the corpora.", True),
        # rows left out are not counted by this rule
        ("The Large summarizer has a higher BLEU-1 than the Small summarizer on all corpora except letters.", False),
    ],
)
def test_an_order_of_two_columns_over_all_or_most_rows(claim: str, contradicted: bool) -> None:
    assert (judge(claim, PAIRS) is C) is contradicted


PROMPTS = table_passages(
    "Table 1",
    {"Wren 20B (Standard)": {"AQuA": "25.5", "GSM8K": "17.9"},
     "Wren 20B (Chain of thought)": {"AQuA": "20.6", "GSM8K": "56.9"},
     "Finch 8B (Chain of thought)": {"AQuA": "24.0", "GSM8K": "4.4"}},
    "Table 1: Accuracy by prompting.",
) + table_passages(
    "Table 2",
    {"Wren 8B": {"RiverQA / standard": "55.6", "RiverQA / CoT": "53.5", "HillQA / standard": "12.9",
                 "HillQA / CoT": "13.1"}},
    "Table 2: Accuracy on two tasks.",
)


@pytest.mark.parametrize(
    "claim, contradicted",
    [
        # a row named by its name and its bracketed qualifier in the claim's own words; its
        # difference is over the plain variant of the same name
        ("Chain-of-thought prompting lifts Wren 20B's GSM8K accuracy by 39 points over standard prompting.", False),
        ("On AQuA, chain-of-thought prompting improves Wren 20B by 4.9 points.", True),
        # "chain-of-thought" names "CoT"; two sub-columns of one task are ordered
        ("For Wren 8B, chain-of-thought prompting improves RiverQA accuracy over standard prompting.", True),
        ("For Wren 8B, chain-of-thought prompting improves HillQA accuracy over standard prompting.", False),
    ],
)
def test_prompting_variants_and_sub_columns(claim: str, contradicted: bool) -> None:
    assert (judge(claim, PROMPTS) is C) is contradicted


def test_a_qualifier_inside_another_name_is_not_said() -> None:
    from claimcheck.evidence.tables import _qualifier_said

    assert _qualifier_said("Wren (large)", "Wren is trained like Finch-large.") is False
    assert _qualifier_said("Wren (large)", "The large Wren model.") is True
    assert _qualifier_said("Wren (Chain of thought)", "chain-of-thought prompting helps Wren") is True


@pytest.mark.parametrize(
    "claim, label",
    [
        # "5-shot" labels a setting: a name is never bound to it instead of the score
        ("Kestrel averages 71.2% on RiverQA, 4.1 points above Finch.", S),
        ("Kestrel averages 75.2% on RiverQA, 4.1 points above Finch.", C),
    ],
)
def test_a_digit_label_is_no_rival_of_a_score(claim: str, label: VerdictLabel) -> None:
    assert prose(claim, "In Table 4, we report Kestrel's average 5-shot performance on RiverQA. On this benchmark, "
                        "Kestrel clearly outperforms Finch, with an average accuracy of 71.2% (improving upon Finch by "
                        "4.1%).") is label


def _clusters() -> list[Passage]:
    out = [Passage("Table 1: Held-out score as task clusters are added.", 2, None, "caption", 100, table="Table 1")]
    for i, (n, added, avg) in enumerate([("1", "summarization", "49.9"), ("2", "translation", "55.0"),
                                         ("3", "data to text", "60.8"), ("4", "coreference", "61.9")]):
        cells = {"Datasets": str(10 + i), "Cluster added": added, "Held-out average": avg}
        out.append(Passage(f"Table 1, row {n}: " + "; ".join(f"{c} {v}" for c, v in cells.items()), 2, None,
                           "table-row", 101 + 4 * i, table="Table 1", row=n))
        for k, (c, v) in enumerate(cells.items()):
            out.append(Passage(v, 2, None, "table-cell", 102 + 4 * i + k, table="Table 1", row=n, column=c))
    return out


@pytest.mark.parametrize(
    "claim, label",
    [
        # a row numbered "4" is named by its text cell's words: its number, not row 3's
        ("Adding the coreference cluster brings the held-out average to 60.8.", C),
        ("Adding the coreference cluster brings the held-out average to 61.9.", S),
        ("Adding the translation cluster brings the held-out average to 55.0.", S),
    ],
)
def test_a_row_named_by_its_text_cell(claim: str, label: VerdictLabel) -> None:
    assert judge(claim, _clusters()) is label


@pytest.mark.parametrize(
    "claim, label",
    [
        # rows numbered 1..4 are named by a count of what the caption says they count
        ("With four task clusters (13 datasets), the held-out average reaches 61.9.", S),
        ("With three task clusters, the held-out average reaches 61.9.", C),
        ("Going from one to two task clusters raises the held-out average by 5.1 points.", S),
        ("Going from one to two task clusters raises the held-out average by 4.1 points.", C),
        # a count of something else numbers no row
        ("The study uses four annotators and reports a held-out average of 61.9.", N),
    ],
)
def test_rows_numbered_by_a_count_the_caption_names(claim: str, label: VerdictLabel) -> None:
    got = judge(claim, _clusters())
    assert got is label or (label is N and got is not C)


def test_a_versioned_name_written_as_two_words_names_its_header() -> None:
    from claimcheck.evidence.tables import _level_hit, _tokens

    claim = "Wren obtains an exact match of 88.9 on RiverQA 2.0."
    assert _level_hit("RiverQA2.0", _tokens(claim), claim)[0] == 1
    assert _level_hit("RiverQA1.1", _tokens(claim), claim)[0] == 0


def test_a_mean_over_fewer_cells_than_the_claim_counts_never_contradicts() -> None:
    from claimcheck.evidence.tables import table_decisions

    table = table_passages("Table 2", {"Wren": {"QA / dev / F1": "92.0", "QA / dev / EM": "87.7"}}, "Table 2: Dev results.")
    version = SourceVersion("2101.00001", 1, table, 2, "test")
    # two cells are no mean over "the eight tasks": 89.85 does not contradict 88.9
    claim = "Wren averages 88.9 over the eight development tasks."
    assert not [d for d in table_decisions(claim, version) if d.claim_number == "88.9" and not d.agrees]
    # without a count, the mean of the named row decides
    claim = "Wren averages 88.9 over the development tasks."
    assert [d for d in table_decisions(claim, version) if d.claim_number == "88.9" and not d.agrees]


GAPS = table_passages(
    "Table 4",
    {"Orchid": {"Recall@5": "61.3", "Latency": "12 ms"}, "Lupine": {"Recall@5": "60.8", "Latency": "30 ms"}},
    "Table 4: Recall@5 and latency of two retrievers on the held-out queries.",
)


# A gap the claim states between two of its own numbers the table agrees with follows from
# them; a gap that is not their difference stays unstated.
@pytest.mark.parametrize(
    "claim, expected",
    [
        ("Orchid's Recall@5 (61.3) is 0.5 above Lupine's (60.8).", S),
        ("Orchid's Recall@5 (61.3) is 0.9 above Lupine's (60.8).", C),
    ],
)
def test_gap_between_stated_levels(claim: str, expected: VerdictLabel) -> None:
    assert judge(claim, GAPS) == expected


# A table that lists its systems across (one row per measure): the ratio of two named
# columns' cells in the named row decides a factor ("a quarter of B's", "twice the X of B").
ACROSS = table_passages(
    "Table 6",
    {"GPU-hours": {"Heron": "1.2k", "Osprey": "4.9k", "Kestrel": "0.3k"},
     "Accuracy": {"Heron": "81.0", "Osprey": "80.2", "Kestrel": "77.5"}},
    "Table 6: Training cost and accuracy of three detectors.",
)


@pytest.mark.parametrize(
    "claim, expected",
    [
        ("Heron took roughly a quarter of Osprey's GPU-hours.", S),
        ("Heron took roughly a half of Osprey's GPU-hours.", C),
        ("Heron needed four times the GPU-hours of Kestrel.", S),
        ("Heron needed twice the GPU-hours of Kestrel.", C),
    ],
)
def test_factor_between_columns_of_a_row(claim: str, expected: VerdictLabel) -> None:
    assert judge(claim, ACROSS) == expected


ENCODERS = table_passages(
    "Table 7",
    {"Mini": {"Blocks": "3", "Width": "256"}, "Midi": {"Blocks": "6", "Width": "512"}, "Maxi": {"Blocks": "24", "Width": "1024"}},
    "Table 7: Blocks and width of the three encoder sizes.",
)


# A factor said as a verb of growth ("quadruples", "grows eightfold") between "from A to B"
# is the ratio of B's cell over A's.
@pytest.mark.parametrize(
    "claim, expected",
    [
        ("From Mini to Maxi, the number of blocks grows eightfold.", S),
        ("From Mini to Midi, the number of blocks grows eightfold.", C),
        ("Going from Midi to Maxi quadruples the number of blocks.", S),
        ("Going from Mini to Midi more than quadruples the number of blocks.", C),
    ],
)
def test_growth_factor_from_one_row_to_another(claim: str, expected: VerdictLabel) -> None:
    assert judge(claim, ENCODERS) == expected


SCALED = table_passages(
    "Table 6",
    {
        "depth": {"tiny-net": "9", "wide-net": "21"},
        "MACs (x10^9)": {"tiny-net": "2.1", "wide-net": "5.4"},
    },
    "Table 6: Depth and cost of the two trees of convolutions.",
)


def test_a_header_power_of_ten_scales_its_cells() -> None:
    # 5.4 under "MACs (x10^9)" is 5.4 billion, as a claim writes it
    assert judge("The wide-net model costs 5.4 billion MACs.", SCALED) == S
    assert judge("The tiny-net model costs 5.4 billion MACs.", SCALED) == C
    # a header without a power of ten leaves its cells as written
    assert judge("The wide-net model has a depth of 21.", SCALED) == S


def test_a_claimed_bound_speaks_for_a_cell_under_its_noun() -> None:
    # a cell counts what its header names, so a bound of the claim speaks for it
    table = table_passages("Table 7", {"tiny-net": {"Edges": "266,144"}, "wide-net": {"Edges": "99,310"}},
                           "Table 7: Edges of the two graphs.")
    assert judge("The tiny-net graph has more than a quarter of a million edges.", table) == S
    assert judge("The wide-net graph has more than a quarter of a million edges.", table) == C
