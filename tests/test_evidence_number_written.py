"""Numbers written another way (issue 13, round 8): "four in five" as a share, nouns built on
a verb of change that say no direction ("dropout", "downstream"), a name the passage writes
as its acronym. Each rule on made-up sentences, where it must fire and where it must not."""

from __future__ import annotations

import pytest

from claimcheck.evidence.judge import judge_claims
from claimcheck.evidence.numbercheck import check_numbers
from claimcheck.evidence.quantities import extract_quantities, quantities_agree
from claimcheck.model import Claim, Mark, Passage, Reference, Source, SourceStatus, SourceVersion, VerdictLabel

S, C, P, N = VerdictLabel.SUPPORTED, VerdictLabel.CONTRADICTED, VerdictLabel.PARTLY_SUPPORTED, VerdictLabel.NOT_FOUND

FILLER = [
    "We release our code and data.",
    "Section 5 discusses limitations.",
    "Related work is reviewed in Section 2.",
    "The appendix lists every hyper-parameter.",
]


def verdict(claim: str, sentences: list[str]) -> VerdictLabel:
    passages = [Passage(s, 1, None, "sentence", i) for i, s in enumerate(sentences + FILLER)]
    version = SourceVersion("2101.00001", 1, passages, 1, "test")
    source = Source(Reference("x", "2101.00001", 1), SourceStatus.OK, None, [version])
    return judge_claims([Claim(1, claim, Mark.UNKNOWN, None, False)], [source])[0].label


@pytest.mark.parametrize(
    "text, value",
    [
        ("Labels are corrupted in four in five batches.", 0.8),
        ("Only 1 in 10 prompts was rejected.", 0.1),
        ("One in every four runs diverged.", 0.25),
    ],
)
def test_n_in_m_is_a_share(text: str, value: float) -> None:
    q = extract_quantities(text)[0]
    assert abs(q.value - value) < 1e-9 and q.noun is None


@pytest.mark.parametrize(
    "text, values",
    [
        # a larger first number is no share; a year is no denominator
        ("We trained 10 in 3 days.", [10.0, 3.0]),
        ("It won 3 in 2019.", [3.0, 2019.0]),
    ],
)
def test_n_in_m_is_no_share_when_it_cannot_be_one(text: str, values: list[float]) -> None:
    assert [q.value for q in extract_quantities(text)] == values


def test_a_share_in_words_meets_a_percentage() -> None:
    claim = extract_quantities("a rare hint for four in five masks")[0]
    assert quantities_agree(claim, extract_quantities("we hint 80% of masks")[0])
    assert not quantities_agree(claim, extract_quantities("we hint 60% of masks")[0])


@pytest.mark.parametrize(
    "claim, expected",
    [
        ("The corruption is applied to four in five spans.", S),
        ("The corruption is applied to three in five spans.", C),
    ],
)
def test_a_share_in_words_against_the_papers_percentage(claim: str, expected: VerdictLabel) -> None:
    assert verdict(claim, ["The corruption is applied to 80% of spans, chosen at random."]) is expected


@pytest.mark.parametrize(
    "text",
    [
        "Attention dropout was 0.1 during pretraining.",
        "The downstream accuracy was 71.3 on average.",
        "The upper layers use 12 heads.",
        "An additional 4 layers are stacked on top.",
        "Lowercased inputs reach 88.1 accuracy.",
    ],
)
def test_a_noun_built_on_a_verb_of_change_gives_no_direction(text: str) -> None:
    assert extract_quantities(text)[0].direction == 0


@pytest.mark.parametrize(
    "text, direction",
    [
        ("Dropping the cache lowers memory by 12%.", -1),
        ("The adapter adds 4 points.", 1),
        ("Accuracy went up by 2.1 points.", 1),
    ],
)
def test_the_verbs_themselves_still_give_one(text: str, direction: int) -> None:
    assert extract_quantities(text)[0].direction == direction


def test_a_level_named_like_dropout_is_no_change() -> None:
    assert verdict("Attention dropout was 0.1 for the first 50 thousand steps.",
                   ["We set the attention dropout to 0.1 for the first 50k steps and to 0.0 afterwards."]) is S


def _check(claim: str, text: str) -> list[tuple[str, str | None, bool]]:
    c = Claim(1, claim, Mark.UNKNOWN, None, False)
    return [(k.claim_text, k.source_text, k.agrees) for k in check_numbers(c, claim, text)]


def test_a_name_written_as_its_acronym_binds_the_number() -> None:
    # "Open-Web-Text" is the passage's "OWT": its 85% is the claim's
    claim = "About 85% of the Open-Web-Text documents fit within 512 tokens."
    assert ("85", "85", True) in _check(claim, "About 85% of OWT documents fit within 512 tokens.")


def test_another_acronym_is_another_name() -> None:
    # "WDC" is not an acronym of "Open-Web-Text": the number stays bound to other names
    claim = "About 85% of the Open-Web-Text documents fit within 512 tokens."
    assert ("85", "85", True) not in _check(claim, "About 85% of WDC documents fit within 512 tokens.")


SHARE = "Applying these cleaning rules removes on average 73% of tokens from a raw page while keeping the markup."


@pytest.mark.parametrize(
    "claim, expected",
    [
        # a percentage keys by what it is a share of: the changed share is found, and contradicted
        ("The cleaning rules strip about 37% of a raw page's tokens.", C),
        ("The cleaning rules strip about 73% of a raw page's tokens.", S),
    ],
)
def test_a_share_of_the_same_thing_is_found_and_compared(claim: str, expected: VerdictLabel) -> None:
    assert verdict(claim, [SHARE]) is expected


def test_a_share_keys_the_passage_only_for_the_same_thing() -> None:
    from claimcheck.evidence.numbercheck import anchored

    assert anchored("The cleaning rules strip about 37% of a raw page's tokens.", SHARE)
    # 37% of images is not the passage's 73% of tokens
    assert not anchored("The cleaning rules strip about 37% of a raw page's images.", SHARE)


def test_a_counted_noun_keeps_its_head_across_word_orders() -> None:
    # "three question types" counts types, as "three types of questions" does: not the 60 questions
    claim = "The suite has twenty images with three question types each, sixty questions in all."
    text = "We pick 20 images and write three types of questions for each, totaling 60 questions."
    assert all(agrees for _, _, agrees in _check(claim, text))


def test_a_number_counting_another_head_is_still_its_rival() -> None:
    # "23K conversations" against "58K in conversations, 23K in descriptions": a swap
    checks = _check("The data has 23K conversations.", "The data has 58K in conversations and 23K in descriptions.")
    assert ("23K", "58K", False) in checks


@pytest.mark.parametrize(
    "text, values",
    [
        # a month before a year makes a date, a claim may change it
        ("We used the March 2019 dump of the archive.", [2019.0]),
        ("It follows the Sept. 2020 release.", [2020.0]),
        # a name before a year is still a citation
        ("This follows the setup of Devlin 2019.", []),
    ],
)
def test_a_year_after_a_month_is_a_number(text: str, values: list[float]) -> None:
    assert [q.value for q in extract_quantities(text)] == values


@pytest.mark.parametrize(
    "claim, expected",
    [
        ("The model uses the March 2018 dump of the archive.", C),
        ("The model uses the March 2019 dump of the archive.", S),
    ],
)
def test_a_changed_date_is_contradicted(claim: str, expected: VerdictLabel) -> None:
    assert verdict(claim, ["We used the March 2019 dump of the archive, which gave us 12TB of text."]) is expected


@pytest.mark.parametrize(
    "claim, text",
    [
        # each number's own word is the other number's in the passage
        ("The tagger keeps the 30K most frequent input words and the 50K most frequent output words.",
         "We keep 50,000 of the most frequent words for the input side and 30,000 for the output side."),
        ("By default gamma1 is 0.95 and gamma2 is 0.5.", "We set lambda = 0.01, gamma1 = 0.5, gamma2 = 0.95 throughout."),
        ("The codec reaches a recall of 0.71 and a precision of 0.64.",
         "On the dev set the codec reaches a recall of 0.64 and a precision of 0.71."),
    ],
)
def test_two_numbers_swapped_between_their_words_disagree(claim: str, text: str) -> None:
    checks = _check(claim, text)
    assert len(checks) == 2 and not any(agrees for _, _, agrees in checks)


@pytest.mark.parametrize(
    "claim, text",
    [
        # the same pairing in another word order
        ("The codec reaches a precision of 0.64 and a recall of 0.71.",
         "On the dev set the codec reaches a recall of 0.71 and a precision of 0.64."),
        # a subject only the first phrase carries tells nothing apart
        ("Tagger-X scores 80.1 on Alpha and 75.3 on Beta.", "On Beta Tagger-X scores 75.3, and 80.1 on Alpha."),
        ("We keep the 30K most frequent input words and the 50K most frequent output words.",
         "We keep 30,000 of the most frequent words for the input side and 50,000 for the output side."),
    ],
)
def test_two_numbers_paired_with_their_own_words_agree(claim: str, text: str) -> None:
    assert all(agrees for _, _, agrees in _check(claim, text))


def test_a_duration_in_other_units_is_found_and_compared() -> None:
    # "about three weeks" against "about ten days": the same duration, another value
    assert verdict("Fine-tuning the parser took about three weeks.", ["Fine-tuning the parser took about ten days on our cluster."]) == C
    assert verdict("Fine-tuning the parser took about three weeks.", ["Fine-tuning the parser took about 21 days on our cluster."]) == S
    # a duration of something else is no rival
    assert verdict("Fine-tuning the parser took about three weeks.", ["The annotators labelled tweets for ten days."]) != C


def test_a_factor_keys_the_passage_by_what_it_multiplies() -> None:
    # "a twofold speedup" / "a 2x speedup": found by the factor however the rest is reworded
    source = ["To fix this, we made sure all queries in a bucket have roughly the same length, yielding a 2x speedup."]
    assert verdict("Bucketing queries of similar length gave a twofold speedup.", source) == S
    assert verdict("Bucketing queries of similar length gave a threefold speedup.", source) == C
    # a factor of something else keys nothing
    assert verdict("Bucketing queries of similar length gave a threefold compression.", source) != C
    (q,) = extract_quantities("a twofold gain")
    assert (q.value, q.unit) == (2.0, "x")


def test_a_name_before_a_comma_binds_the_next_number_not_its_own_digits() -> None:
    # "Over Tagger-9B, … 20% to 30%": the range is Tagger-9B's, not the "9B" inside the name
    text = "Pruning cuts latency by 5%-8% over Tagger-9B but by 20%-30% for Tagger-70B and Parser-X."
    checks = _check("Over Tagger-9B, pruning cuts latency by 20% to 30%.", text)
    assert ("20% to 30%", "5%-8%", False) in checks
    assert ("20% to 30%", "20%-30%", True) in _check("For Tagger-70B, pruning cuts latency by 20% to 30%.", text)


def test_a_value_set_to_a_symbol_is_that_symbols_value() -> None:
    from claimcheck.evidence.quantities import assigned_symbol

    text = "We set the decoder step sizes to constants rising linearly from gamma_1 = 10^-3 to gamma_K = 0.05."
    assert [assigned_symbol(text, q) for q in extract_quantities(text)] == ["gamma_1", "gamma_k"]
    # the claim's gamma_K is the passage's 0.05, not the 10^-3 of gamma_1
    assert verdict("The decoder step sizes end at gamma_K = 0.5.", [text]) == C
    assert verdict("The decoder step sizes end at gamma_K = 0.05.", [text]) == S
    # a number with no "=" before it names no symbol
    assert assigned_symbol("We train for 12 epochs.", extract_quantities("We train for 12 epochs.")[0]) is None


def test_a_number_another_claim_number_agrees_with_is_no_rival() -> None:
    # two sentences, each with its own count of tokens: the claim's 900 is the first one's
    text = ("Our tagger reads about 900 tokens/sec/GPU on 64 GPUs. "
            "Tagging our corpus of 2.1B tokens thus takes roughly 10 days.")
    checks = _check("The tagger reads about 900 tokens/sec/GPU, so tagging 2.1B tokens takes about ten days.", text)
    assert all(agrees for _, _, agrees in checks)


# --------------------------------------------------------------------------- a decimal read aloud


@pytest.mark.parametrize(
    "text, value, unit",
    [
        ("The student is six point two times smaller than its teacher.", 6.2, "x"),
        ("Recall rose to seventy-one point two five percent.", 71.25, "%"),
    ],
)
def test_a_decimal_read_aloud_is_one_number(text: str, value: float, unit: str) -> None:
    qs = extract_quantities(text)
    assert [(q.value, q.unit) for q in qs] == [(value, unit)]


def test_point_without_digit_words_after_it_is_no_decimal() -> None:
    # "one point" scores a point; "two points ahead" is two points
    assert [q.value for q in extract_quantities("The team won by two points ahead of three rivals.")] == [2.0, 3.0]


def test_a_decimal_read_aloud_meets_the_papers_factor() -> None:
    sentences = ["Our distilled model is 6.2x smaller than the teacher while keeping 97% of its accuracy."]
    assert verdict("The distilled model is six point two times smaller than the teacher.", sentences) is S
    assert verdict("The distilled model is six point nine times smaller than the teacher.", sentences) is C


# --------------------------------------------------------------------------- number words as a name


@pytest.mark.parametrize(
    "text",
    [
        "Results on the One Billion Word benchmark improve.",
        "One Thousand Genomes is a public resource.",
        "We evaluate on Twenty Questions and report accuracy.",
    ],
)
def test_number_words_in_title_case_before_a_capital_word_name_a_thing(text: str) -> None:
    assert extract_quantities(text) == []


@pytest.mark.parametrize(
    "text, value",
    [
        ("Five Transformer layers are stacked.", 5.0),  # the capital of a sentence's start
        ("We stack five Transformer layers.", 5.0),
        ("The model reads One Billion tokens.", 1e9),  # no capital word after it
    ],
)
def test_number_words_that_count_are_still_read(text: str, value: float) -> None:
    assert [q.value for q in extract_quantities(text)] == [value]


# --------------------------------------------------------------------------- a plus after a number


def test_a_plus_after_a_number_bounds_it_from_below() -> None:
    (q,) = extract_quantities("The corpus covers 100+ languages.")
    assert (q.value, q.approx, q.noun) == (100.0, "at least", "language")
    (f,) = extract_quantities("Decoding is up to 40+ times faster than before.")
    assert (f.value, f.unit, f.approx) == (40.0, "x", "at least")


def test_a_plus_between_numbers_or_names_bounds_nothing() -> None:
    qs = extract_quantities("BERT+CRF scores 5+3 points.")
    assert [q.approx for q in qs] == [None, None]


# --------------------------------------------------------------------------- a power of a small base


@pytest.mark.parametrize(
    "text, value, noun",
    [
        ("Each batch holds 2^16 tokens.", 65536.0, "token"),
        ("A vocabulary of 2^{15} entries is used.", 32768.0, "entry"),
        ("The learning rate is 10^-4.", 1e-4, None),
    ],
)
def test_a_power_is_its_value(text: str, value: float, noun: str | None) -> None:
    (q,) = extract_quantities(text)
    assert (q.value, q.noun) == (value, noun)


def test_a_power_of_two_meets_the_count_it_stands_for() -> None:
    sentences = ["The encoder is trained with batch size 32 (2^16 tokens) and a linear warmup of 1,000 steps."]
    assert verdict("Training uses batches of 65,536 tokens.", sentences) is S
    assert verdict("Training uses batches of 32,768 tokens.", sentences) is C
