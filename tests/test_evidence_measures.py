"""Percentages and scores bound to what they measure (issue 13, seventh round): "31% of
the parameters and 28% of the inference time" is not "28% parameters and 31% inference
time", nor "80.1 F1 and 88.5 EM" "88.5 F1 and 80.1 EM". Made-up sentences, both ways."""

from __future__ import annotations

import pytest

from claimcheck.evidence.judge import judge_version
from claimcheck.evidence.quantities import extract_quantities, measured
from claimcheck.model import Claim, Mark, Passage, SourceVersion, VerdictLabel

S, C = VerdictLabel.SUPPORTED, VerdictLabel.CONTRADICTED

FILLER = ["We release our code and models.", "Section 5 discusses limitations.", "Related work is reviewed in Section 2."]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("keeps about 28% of the parameters and 31% inference time of them", ["parameter", "time"]),
        ("reaches 88.5 F1 and 80.1 EM, and 45.1 BLEU", ["f1", "em", "bleu"]),
        ("an F1 of 88.5 and an accuracy of 81.75%", ["f1", "accuracy"]),
        ("over 96.8 percent of its teacher's performance", ["performance"]),
        # nothing named, a comparison, a change, a count: no measure
        ("reaches 81% on the test set", [None]),
        ("is 60% faster and uses 40% fewer steps", [None, None]),
        ("a 12% relative gain, an improvement of 5% over it", [None, None]),
        ("trained on 12 languages", [None]),
    ],
)
def test_what_a_percentage_or_score_measures(text: str, expected: list[str | None]) -> None:
    assert [measured(text, q) for q in extract_quantities(text)] == expected


def _judge(claim: str, sentence: str) -> VerdictLabel:
    passages = [Passage(s, 1, None, "sentence", i) for i, s in enumerate([*FILLER, sentence])]
    return judge_version(Claim(1, claim, Mark.UNKNOWN, None, False), SourceVersion("2101.00011", 1, passages, 1, "test")).label


SHARES = "The small student keeps only about 28% of the parameters and about 31% of the inference time of the teacher."
SCORES = "On the dev set, the student reaches 88.5 F1 and 80.1 EM."


@pytest.mark.parametrize(
    "claim, sentence, label",
    [
        ("The small student needs about 31% of the parameters and 28% of the inference time of the teacher.", SHARES, C),
        ("The small student needs about 28% of the parameters and 31% of the inference time of the teacher.", SHARES, S),
        ("The small student needs about 28% of the parameters of the teacher.", SHARES, S),
        ("On the dev set, the student reaches 80.1 F1 and 88.5 EM.", SCORES, C),
        ("On the dev set, the student reaches an F1 of 80.1 and an EM of 88.5.", SCORES, C),
        ("On the dev set, the student reaches an F1 of 88.5 and an EM of 80.1.", SCORES, S),
        # one measure for two names is no swap: "F1 on A" and "F1 on B"
        ("On the dev set, the student reaches 88.5 F1.", SCORES, S),
    ],
)
def test_a_number_stated_for_another_measure_is_not_the_claims(claim: str, sentence: str, label: VerdictLabel) -> None:
    assert _judge(claim, sentence) is label


@pytest.mark.parametrize(
    "text, approx",
    [
        ("Documents average over 3,000 tokens.", "at least"),  # bounds the average
        ("Scores are averaged over 5 seeds.", None),  # across the seeds
        ("The average over 3 runs is given.", None),
        ("It improves accuracy over 74.1.", None),
    ],
)
def test_over_after_average_bounds_unless_it_names_what_is_averaged_across(text: str, approx: str | None) -> None:
    assert extract_quantities(text)[0].approx == approx


def test_two_lower_bounds_agree_only_when_they_are_one_bound() -> None:
    from claimcheck.evidence.quantities import quantities_agree

    claim = extract_quantities("Documents average over 3,000 tokens.")[0]
    assert not quantities_agree(claim, extract_quantities("Documents are over 300 tokens long.")[0])
    assert quantities_agree(claim, extract_quantities("Documents are over 3,000 tokens long.")[0])
    # a bound restated is a quote, as "up to" is: "over 3,000" misquotes "over 4,000" (round 8)
    assert not quantities_agree(claim, extract_quantities("Documents are over 4,000 tokens long.")[0])
    six = extract_quantities("The trends span more than six orders of magnitude.")[0]
    assert not quantities_agree(six, extract_quantities("Trends span more than seven orders of magnitude.")[0])
    assert quantities_agree(six, extract_quantities("Trends span over 6 orders of magnitude.")[0])
    # an exact number inside the source's bound still agrees with it
    exact = extract_quantities("Documents have 3,500 tokens.")[0]
    assert quantities_agree(exact, extract_quantities("Documents are over 3,000 tokens long.")[0])


@pytest.mark.parametrize(
    "claim, label",
    [
        ("Documents in the Quokka corpus average over 3,000 tokens.", C),
        ("Documents in the Quokka corpus average over 300 tokens.", S),
    ],
)
def test_a_bound_ten_times_the_sources_contradicts(claim: str, label: VerdictLabel) -> None:
    assert _judge(claim, "Notably, documents in the Quokka corpus average over 300 tokens, far longer than elsewhere.") is label


def test_a_name_does_not_attach_to_a_number_across_a_contrast() -> None:
    from claimcheck.evidence.numbercheck import bound_names

    text = "It keeps 96.8% of its teacher's score on the Quokka suite, while being 7.5x smaller."
    qs = extract_quantities(text)
    assert "quokka" not in bound_names(text, qs)[1]
    text = "On the Quokka suite, it is 7.5x smaller."  # a fronted name still reaches its number
    assert "quokka" in bound_names(text, extract_quantities(text))[0]


def test_n_and_a_half_times_is_a_factor() -> None:
    q = extract_quantities("The student is seven and a half times smaller than the teacher.")[0]
    assert (q.value, q.unit) == (7.5, "x")
    assert _judge("The student is seven and a half times smaller than the teacher.",
                  "The student is 7.5x smaller and 9.4x faster than the teacher.") is S
    assert _judge("The student is six and a half times smaller than the teacher.",
                  "The student is 7.5x smaller and 9.4x faster than the teacher.") is not S


def test_coordinated_numbers_share_the_last_ones_unit_and_direction() -> None:
    qs = extract_quantities("a 6.1 and 3.2 points improvement over the earlier system")
    assert [(q.unit, q.direction) for q in qs] == [("points", 1), ("points", 1)]
    # a number with its own counted noun keeps it
    qs = extract_quantities("on 12 tasks and 3.2 points higher")
    assert qs[0].unit is None and qs[0].noun == "task"


def test_a_range_in_percentage_points_is_the_range_in_absolute_percent() -> None:
    from claimcheck.evidence.quantities import quantities_agree

    claim = extract_quantities("it wins by between 9 and 19 percentage points")[0]
    assert (claim.unit, claim.value, claim.upper) == ("points", 9.0, 19.0)
    assert quantities_agree(claim, extract_quantities("it wins by 9%-19% absolute")[0])
    assert not quantities_agree(claim, extract_quantities("it wins by 9%-15% absolute")[0])


@pytest.mark.parametrize(
    "claim, label",
    [
        ("Encoding the 21 million documents takes roughly two thirds of an hour.", S),
        ("Encoding the 21 million documents takes about four hours.", C),
        ("Encoding the 21 million documents takes 40 minutes.", S),
        ("Encoding the 21 million documents takes 2,400 seconds.", S),
        ("Encoding the 21 million documents takes half a day.", C),
    ],
)
def test_one_duration_in_two_units(claim: str, label: VerdictLabel) -> None:
    assert _judge(claim, "It takes about 40 minutes to encode 21 mln documents on 50 servers.") is label, claim


def test_mln_and_bn_are_scales() -> None:
    assert [q.value for q in extract_quantities("21 mln documents and 1.5 bn tokens")] == [21e6, 1.5e9]


@pytest.mark.parametrize(
    "text, noun",
    [
        ("fine-tuned on eight V100 GPUs", "gpus"),  # a name with digits inside the noun phrase
        ("trained on 16 TPUv3 chips", "chip"),
        ("it reaches 51 F1 on the test set", None),  # a metric after the number: no count
        ("it reaches 51 F1 scores", None),
    ],
)
def test_a_name_with_digits_before_a_plural_is_inside_the_counted_phrase(text: str, noun: str | None) -> None:
    assert extract_quantities(text)[0].noun == noun


# A measure phrase of several words ("the expert-level pass rate") that the passage gives,
# after a clause break, to a number other than the one the claim's value matched: the
# phrase names the rival, the agreeing number measures something else.
@pytest.mark.parametrize(
    "claim, sentence, expected",
    [
        ("The expert-level pass rate on the bar exam was 61%.",
         "The best system improved from 61% to 74% on the bar exam, well above the expert-level pass rate of 68%.", C),
        ("The expert-level pass rate on the bar exam was 68%.",
         "The best system improved from 61% to 74% on the bar exam, well above the expert-level pass rate of 68%.", S),
        # the phrase after the agreeing number with no clause break: a list, not a rival
        ("The median pass rate on the bar exam was 61%.",
         "The median pass rate of 58% on the oral exam and 61% on the bar exam were both reported.", S),
    ],
)
def test_measure_phrase_names_the_rival(claim: str, sentence: str, expected: VerdictLabel) -> None:
    assert _judge(claim, sentence) == expected
