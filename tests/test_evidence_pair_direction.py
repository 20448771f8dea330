"""A claim's own pair of numbers against its own direction word (issue 13, round 4): "raises
the score from 43.5 to 37.8" cannot be true whatever the source states, and the other side of
a compared pair is found in the column of the cell that states its partner. Made-up
sentences and tables, each rule where it must fire and where it must not."""

from __future__ import annotations

import pytest

from claimcheck.evidence.quantities import number_pairs, reversed_pair
from claimcheck.model import Claim, Mark, Passage, VerdictLabel
from tests.tablepassages import judged, table_passages

S, C, P = VerdictLabel.SUPPORTED, VerdictLabel.CONTRADICTED, VerdictLabel.PARTLY_SUPPORTED


@pytest.mark.parametrize(
    "claim, pair",
    [
        ("Pruning the vocabulary raises the parser's accuracy from 61.2 to 58.4.", ("61.2", "58.4")),
        ("Pruning the vocabulary lowers the parser's accuracy from 58.4 to 61.2.", ("58.4", "61.2")),
        ("With the larger lexicon, recall drops, 69.9 falling to 70.3.", ("69.9", "70.3")),
        ("The tagger outscores the chunker on verbs, 81.0 against 83.5.", ("81.0", "83.5")),
        ("The tagger falls behind the chunker on verbs, 84.0 to 83.5.", ("84.0", "83.5")),
        # the pair agrees with its word
        ("Pruning the vocabulary raises the parser's accuracy from 58.4 to 61.2.", None),
        ("Without pruning the parser's accuracy drops from 61.2 to 58.4.", None),
        ("With the larger lexicon, recall improves, 69.9 rising to 70.3.", None),
        ("The tagger outscores the chunker on verbs, 83.5 against 81.0.", None),
        # less is better: a lower perplexity outperforms
        ("The tagger outperforms the chunker in perplexity, 12.1 against 14.0.", None),
        # which side comes first is unsaid
        ("Compared with the chunker, the tagger gains 1.2 points (81.0 vs. 82.2).", None),
        # no direction word at all
        ("The corpus grew in size between versions, epochs going from 10 to 20.", None),
        # a level set above or below another level, whatever the measure
        ("The tagger's error (12.4) is higher than the chunker's (14.9).", ("12.4", "14.9")),
        ("On nouns the tagger reaches 71.5, below the 68.0 of the chunker.", ("71.5", "68.0")),
        ("The tagger's 3.1% error rate is above the 3.6% of the chunker.", ("3.1", "3.6")),
        ("The tagger's error (14.9) is higher than the 2-layer chunker's (12.4).", None),
        ("On nouns the tagger reaches 65.5, below the 68.0 of the chunker.", None),
        # a margin, not a level: "3.5 points higher than 70.1" says nothing of the order
        ("The tagger scores 3.5 points higher than the 70.1 of the chunker.", None),
        # a verb of value with its object after it, then the subject's number first
        ("Freezing the encoder raises the tagging error relative to the full model (6.2 vs 6.9).", ("6.2", "6.9")),
        ("Freezing the encoder lowers the tagging error relative to the full model (6.2 vs 6.9).", None),
        # no object named: the pair may be listed before and after
        ("Freezing the encoder raises the tagging error (6.9 vs 6.2).", None),
    ],
)
def test_a_pair_against_its_own_direction_word(claim: str, pair: tuple[str, str] | None) -> None:
    assert reversed_pair(claim) == pair


def test_compared_pairs_are_read_in_every_form() -> None:
    assert number_pairs("accuracy falls from 85.1 to 21.5") == [("85.1", "21.5")]
    assert number_pairs("the tagger leads, 83.5 against 81.0") == [("83.5", "81.0")]
    assert number_pairs("trained for 3 epochs on 2 GPUs") == []


FILLER = ["We release our code and data.", "Section 5 discusses limitations.",
          "Related work is reviewed in Section 2."]
TABLE = table_passages("Table 4", {
    "Quillon": {"Verbs": "83.5", "Nouns": "77.2"},
    "Quillon-Frozen": {"Verbs": "79.1", "Nouns": "75.0"},
    "Brindle": {"Verbs": "81.0", "Nouns": "70.4"},
}, "Table 4: Tagging accuracy of Quillon variants and Brindle on verbs and nouns.", labelled_rows=True)


def judge(claim: str, passages: list[Passage]) -> VerdictLabel:
    return judged(claim, passages, FILLER, "2101.00002")


@pytest.mark.parametrize(
    "claim, label",
    [
        # both cells stated, the change the other way round from the claim's word
        ("Freezing Quillon raises its Verbs accuracy from 83.5 to 79.1.", C),
        ("Freezing Quillon lowers its Verbs accuracy from 83.5 to 79.1.", S),
        ("On Verbs, Quillon outscores Brindle, 81.0 against 83.5.", C),
        ("On Verbs, Quillon outscores Brindle, 83.5 against 81.0.", S),
        # a level set above or below another: both cells stated, the order the other way
        ("On Verbs, Quillon's accuracy (83.5) is lower than Brindle's (81.0).", C),
        ("On Verbs, Brindle's accuracy (81.0) is lower than Quillon's (83.5).", S),
        # "from A to B": B is where the change ends, not a baseline named after "to"
        ("Moving from Brindle to Quillon raises the Verbs accuracy from 81.0 to 83.5.", S),
        ("Moving from Brindle to Quillon raises the Verbs accuracy from 83.5 to 81.0.", C),
        # "compared to A" still makes A the baseline
        ("Compared to Brindle, Quillon raises the Verbs accuracy from 81.0 to 83.5.", S),
    ],
)
def test_a_pair_of_cells_of_one_column(claim: str, label: VerdictLabel) -> None:
    assert judge(claim, TABLE) is label


def _q(text: str):
    from claimcheck.evidence.quantities import extract_quantities
    return extract_quantities(text)[0]


@pytest.mark.parametrize(
    "claim, source, agree",
    [
        # a bound states the measured numbers just past it, not one far beyond it
        ("a gain of 21.2 points", "a gain of more than 20 points", True),
        ("a gain of 29.6 points", "a gain of more than 20 points", False),
        ("a gain of 18.5 points", "a gain of up to 19 points", True),
        ("a gain of 9.5 points", "a gain of up to 19 points", False),
        # a number as round as the bound is within it
        ("a gain of 30 points", "a gain of more than 20 points", True),
        # a number below a lower bound was never stated by it
        ("a gain of 17 points", "a gain of more than 20 points", False),
    ],
)
def test_a_bound_states_only_the_numbers_near_it(claim: str, source: str, agree: bool) -> None:
    from claimcheck.evidence.quantities import quantities_agree
    assert quantities_agree(_q(claim), _q(source)) is agree


def _checks(claim: str, text: str) -> dict[str, bool]:
    from claimcheck.evidence.numbercheck import check_numbers
    return {c.claim_text: c.agrees for c in check_numbers(Claim(1, claim, Mark.UNKNOWN, None, False), claim, text)}


TWO_STAGES = ("We warm up the tagger on the raw corpus for 2 epochs with a dropout of 0.3 and a batch size of 64, "
              "and tune it on the gold treebank for 5 epochs with a dropout of 0.1 and a batch size of 16.")


@pytest.mark.parametrize(
    "claim, agrees",
    [
        # the warm-up clause states the claim; its own dropout is 0.3, the 0.1 is the tuning one's
        ("The tagger is warmed up on the raw corpus with a dropout of 0.1 and batches of 64.", {"0.1": False, "64": True}),
        ("The tagger is warmed up on the raw corpus with a dropout of 0.3 and batches of 64.", {"0.3": True, "64": True}),
        # numbers of one clause: nothing to tell apart
        ("The tagger is tuned on the gold treebank with a dropout of 0.1 and batches of 16.", {"0.1": True, "16": True}),
    ],
)
def test_a_number_of_another_clause_is_rivalled_by_the_stating_clauses_own(claim: str, agrees: dict[str, bool]) -> None:
    assert _checks(claim, TWO_STAGES) == agrees


def test_a_claim_joining_two_sentences_keeps_both() -> None:
    # the second sentence shares more of the claim and has its own dropout, yet the claim
    # joins the two: the first sentence's dropout is the claim's
    text = ("The tagger uses a dropout of 0.3. "
            "Tuned on the gold treebank for 5 epochs with a dropout of 0.1, the tagger then reaches 91.2 accuracy.")
    claim = "The tagger uses a dropout of 0.3, so tuned on the gold treebank for 5 epochs it reaches 91.2 accuracy."
    assert _checks(claim, text) == {"0.3": True, "5": True, "91.2": True}


SPLIT_SENTENCE = "The corpus holds 90K sentences in all, with 40K in reviews, 30K in forum posts and 20K in news."


@pytest.mark.parametrize(
    "claim, agrees",
    [
        # each number bound to the word after it: two swapped
        ("The 90K-sentence corpus splits into 30K reviews, 40K forum posts and 20K news sentences.",
         {"30K": False, "40K": False, "20K": True}),
        ("The 90K-sentence corpus splits into 40K reviews, 30K forum posts and 20K news sentences.",
         {"40K": True, "30K": True, "20K": True}),
        # a word after the number that only compares is no head
        ("The corpus has 40K more sentences than its predecessor.", {"40K": True}),
    ],
)
def test_a_number_is_bound_to_the_word_after_it(claim: str, agrees: dict[str, bool]) -> None:
    got = _checks(claim, SPLIT_SENTENCE)
    assert {k: v for k, v in got.items() if k in agrees} == agrees


ROW = "Table 5, row Quillon: Brindle vs Sys 78.2%; Sys vs Brindle 82.4%; Mean 80.1%"


@pytest.mark.parametrize(
    "claim, agrees",
    [
        # the row never names Treebank: its cells say nothing of a score on Treebank
        ("Quillon reaches 80.1% of the Brindle verb score and 64.0 on Treebank.", {"80.1": True, "64.0": None}),
        # a score on a name the row has is compared with its cells
        ("Quillon reaches 80.1% of the Brindle verb score and 82.0 on Brindle.", {"80.1": True, "82.0": False}),
    ],
)
def test_a_row_without_the_claim_numbers_name_has_no_rival_for_it(claim: str, agrees: dict[str, bool | None]) -> None:
    from claimcheck.evidence.numbercheck import check_numbers
    checks = check_numbers(Claim(1, claim, Mark.UNKNOWN, None, False), claim, ROW, (), True)
    got = {c.claim_text: (c.agrees if c.agrees or c.source_text else None) for c in checks}
    assert got == agrees


@pytest.mark.parametrize(
    "text, direction",
    [
        ("Nouns make up 41% of the corpus.", 0),  # a share, not a rise
        ("Verbs made up 30% of the tokens.", 0),
        ("Tuning pushes the score up 4.1 points.", 1),
        ("Tuning raises the score by 4.1 points.", 1),
    ],
)
def test_make_up_is_a_share_not_a_rise(text: str, direction: int) -> None:
    assert _q(text).direction == direction


COUNTS = table_passages("Table 1", {
    "# of sentences": {"value": "40,000"},
    "# of questions": {"value": "9,200"},
    "# of sentences with a pronoun": {"value": "13,100"},
}, "Table 1: Statistics of the Quillon corpus.", labelled_rows=True)


@pytest.mark.parametrize(
    "claim, supported",
    [
        # 13,100 / 40,000 = 32.75%
        ("About 33% of the Quillon corpus's sentences have a pronoun.", True),
        ("Of the Quillon corpus's 40,000 sentences, 32.8% have a pronoun.", True),
        # a share no two named rows give
        ("About 45% of the Quillon corpus's sentences have a pronoun.", False),
    ],
)
def test_a_share_of_two_named_rows(claim: str, supported: bool) -> None:
    assert (judge(claim, COUNTS) is S) is supported


ABLATION = table_passages("Table 6", {
    "Full data": {"Verbs": "84.0", "Nouns": "80.2", "All": "82.1"},
    "Verbs": {"Verbs": "79.5", "Nouns": "61.0", "All": "70.3"},
}, "Table 6: Ablation of the Quillon training data.", labelled_rows=True)


@pytest.mark.parametrize(
    "claim, label",
    [
        # the word names the row; "overall" names the All column
        ("Trained on verbs data alone, Quillon scores 70.3 overall.", S),
        ("Trained on verbs data alone, Quillon scores 79.5 overall.", C),
        # a column named in words still decides
        ("Trained on verbs data alone, Quillon scores 61.0 on Nouns.", S),
    ],
)
def test_one_word_names_a_row_and_overall_the_aggregate_column(claim: str, label: VerdictLabel) -> None:
    assert judge(claim, ABLATION) is label


def test_an_acronym_header_is_spelt_by_capitals() -> None:
    from claimcheck.evidence.tables import _spelt_acronym
    assert _spelt_acronym("CT", "REALM scores 46.8 on CuratedTrec.") >= 0
    assert _spelt_acronym("NQ", "On Natural Questions, it improves by 3.0.") >= 0
    assert _spelt_acronym("TQA", "It reaches 68.0 on TriviaQA.") >= 0
    # other capitals, or initials of words that are not adjacent, spell nothing
    assert _spelt_acronym("WQ", "It reaches 45.2 on WikiQA.") == -1
    assert _spelt_acronym("NQ", "Nothing in Quillon states it.") == -1


QA = table_passages("Table 1", {
    "Quillon": {"NQ": "44.5", "WQ": "45.2", "CT": "52.2"},
    "Brindle": {"NQ": "41.5", "WQ": "41.1", "CT": "50.6"},
}, "Table 1: Exact match on open-domain QA test sets.", labelled_rows=True)
QA_DEV = table_passages("Table 4", {
    "Quillon": {"NQ": "41.0", "WQ": "40.2", "CT": "47.0"},
    "Brindle": {"NQ": "42.5", "WQ": "40.1", "CT": "49.9"},
}, "Table 4: Exact match of ablations on the development sets.", labelled_rows=True)


@pytest.mark.parametrize(
    "claim, label",
    [
        ("Quillon scores 52.2 on CuratedTrec.", S),
        ("On Natural Questions, Quillon improves on Brindle by 3.0 points.", S),
        # the claim names its table: Table 4's other order says nothing of it
        ("Among the models of Table 1, Quillon has the highest CuratedTrec score.", S),
        ("Among the models of Table 4, Brindle has the highest CuratedTrec score.", S),
    ],
)
def test_acronym_columns_and_a_named_table(claim: str, label: VerdictLabel) -> None:
    assert judge(claim, QA + QA_DEV) is label


# --------------------------------------------------------------------------- a change told backwards

CHANGE = ["Over five years the median parse time of the archive has fallen from its initial 8.4 seconds to 2.1 seconds."]


@pytest.mark.parametrize(
    "claim, label",
    [
        # both levels stated, the change told the other way round
        ("Over five years the median parse time of the archive rose from 2.1 seconds to 8.4 seconds.", C),
        ("Over five years the median parse time of the archive went from 2.1 seconds to 8.4 seconds.", C),
        # the same change, in the passage's order
        ("Over five years the median parse time of the archive fell from 8.4 seconds to 2.1 seconds.", S),
        ("Over five years the median parse time of the archive went from 8.4 seconds to 2.1 seconds.", S),
    ],
)
def test_a_change_whose_levels_the_passage_states_the_other_way_round(claim: str, label: VerdictLabel) -> None:
    assert judge(claim, [Passage(s, 1, None, "sentence", 10 + i) for i, s in enumerate(CHANGE)]) is label


def test_words_between_from_and_the_first_level_still_make_a_change_not_a_range() -> None:
    from claimcheck.evidence.quantities import extract_quantities

    qs = extract_quantities("The new index cuts lookup time from a sluggish 40 ms to 12 ms.")
    assert [(q.value, q.upper) for q in qs] == [(40.0, None), (12.0, None)]
    # no verb of change: a range
    qs = extract_quantities("Batches hold from 40 to 120 documents.")
    assert [(q.value, q.upper) for q in qs] == [(40.0, 120.0)]
    # a level inside a change is not within it: "improves from 11 to 60" says nothing of 30
    change = [Passage("Tuning the prompts improves the tagger from a weak 31.0% to 64.5% on the Quillon corpus.", 1, None,
                      "sentence", 10)]
    assert judge("Tuning the prompts brings the tagger to 45.0% on the Quillon corpus.", change) is not S


@pytest.mark.parametrize(
    "claim, pair",
    [
        # less is better: the winner of "beats" has the lower number
        ("The tagger beats the chunker on tweets (14.2 vs 11.0 WER).", ("14.2", "11.0")),
        ("The tagger trails the chunker on tweets (11.0 vs 14.2 WER).", ("11.0", "14.2")),
        ("The tagger beats the chunker on tweets (11.0 vs 14.2 WER).", None),
        ("The tagger trails the chunker on tweets (14.2 vs 11.0 WER).", None),
        # the measure is not named beside the pair, or no verb sets the two against each other
        ("The tagger beats the chunker on tweets (14.2 vs 11.0), cutting its error.", None),
        ("The tagger's error on tweets changes (14.2 vs 11.0 WER).", None),
    ],
)
def test_rivals_on_a_measure_where_less_is_better(claim: str, pair: tuple[str, str] | None) -> None:
    assert reversed_pair(claim) == pair


ERRORS = table_passages("Table 5", {
    "Quillon": {"Tweets": "14.2", "News": "9.0"},
    "Brindle": {"Tweets": "11.0", "News": "9.6"},
}, "Table 5: Results of Quillon and Brindle on two test sets.", labelled_rows=True)


@pytest.mark.parametrize(
    "claim, label",
    [
        ("Quillon beats Brindle on Tweets (14.2 vs 11.0 WER).", C),
        ("Brindle beats Quillon on Tweets (11.0 vs 14.2 WER).", S),
        # a metric's name is no name the table must mention: the cell decides
        ("Quillon reaches 12.0 WER on Tweets.", C),
        ("Quillon reaches 14.2 WER on Tweets.", S),
    ],
)
def test_a_table_of_error_rates(claim: str, label: VerdictLabel) -> None:
    prose = [Passage("All systems are scored by word error rate (WER) on held-out text.", 1, None, "sentence", 20)]
    assert judge(claim, prose + ERRORS) is label


def test_a_long_gap_after_a_comparative_is_read_in_linear_time() -> None:
    import time
    claim = "The tagger reaches 45.2, higher than the " + "abcdefghijklmnopqrstuvw " * 12 + "and so on."
    start = time.perf_counter()
    assert reversed_pair(claim) is None
    assert time.perf_counter() - start < 0.5


@pytest.mark.parametrize(
    "claim, contradicted",
    [
        # one side of a pair that runs against its own word is stated: the claim cannot be true
        ("Pruning the vocabulary raises the parser's accuracy from 61.2 to 58.4.", True),
        ("The pruned parser improves on the full one, 61.2 rising to 58.4.", True),
        # the pair runs with its word: the side not stated leaves it open, never contradicted
        ("Pruning the vocabulary lowers the parser's accuracy from 61.2 to 58.4.", False),
        ("The pruned parser falls behind the full one, 61.2 dropping to 58.4.", False),
    ],
)
def test_one_stated_side_of_a_reversed_pair_contradicts(claim: str, contradicted: bool) -> None:
    passage = Passage("After pruning the vocabulary, the parser's accuracy is 58.4 on the test set.", 1, None, "sentence", 9)
    assert (judge(claim, [passage]) is C) is contradicted


SET_AGAINST = Passage("Each new tagger is trained with a dropout rate of 10% or 20%, vs. 50% for the original tagger, "
                      "and with larger batches.", 1, None, "sentence", 9)
ALONE = Passage("Each new tagger is trained with larger batches; the original tagger used a dropout rate of 50%.",
                1, None, "sentence", 9)


@pytest.mark.parametrize(
    "claim, passage, contradicted",
    [
        # the passage sets 10% and 20% against 50%: the claim's side of 50% is the wrong one
        ("The new taggers are trained with dropout rates above the original tagger's 50%.", SET_AGAINST, True),
        ("The new taggers are trained with dropout rates below the original tagger's 50%.", SET_AGAINST, False),
        # nothing is set against the 50%: the order is left open
        ("The new taggers are trained with dropout rates above the original tagger's 50%.", ALONE, False),
    ],
)
def test_a_side_of_a_number_the_passage_sets_values_against(claim: str, passage: Passage, contradicted: bool) -> None:
    assert (judge(claim, [passage]) is C) is contradicted
