"""Rules meant to hold on wording nobody tuned on (issue 13, third round): each number is
bound to the name it is about, so a number stated for another name of the claim is no
support; paraphrased words alone never make a claim *partly supported*. Made-up sentences
in the shape of real abstracts, each rule where it must fire and where it must not."""

from __future__ import annotations

import pytest

from claimcheck.evidence.judge import bound_names, judge_version
from claimcheck.evidence.quantities import extract_quantities
from claimcheck.model import Claim, Mark, Passage, SourceVersion, VerdictLabel

S, C, P, N = VerdictLabel.SUPPORTED, VerdictLabel.CONTRADICTED, VerdictLabel.PARTLY_SUPPORTED, VerdictLabel.NOT_FOUND

SOURCE = [
    "We introduce Zephyr, a multilingual encoder trained on 80 languages.",
    "Zephyr outperforms the previous best model on several benchmarks, including +9.1% accuracy on PAWS-X, "
    "+6% F1 on TyDi, and +1.3% F1 on WikiANN.",
    "It is strongest on low-resource languages, improving 12.4% in accuracy for Yoruba and 8.2% for Tamil.",
    "We release our code and models.",
    "Section 5 discusses limitations.",
]


def judge(claim: str) -> VerdictLabel:
    version = SourceVersion("2101.00002", 1, [Passage(s, 1, None, "sentence", i) for i, s in enumerate(SOURCE)], 1, "test")
    return judge_version(Claim(1, claim, Mark.UNKNOWN, None, False), version).label


def test_a_name_attaches_to_the_number_whose_phrase_it_ends_or_to_the_next_number() -> None:
    text = "gaining 12.4% accuracy for Yoruba and 8.2% for Tamil, while PAWS-X accuracy reaches 71.0"
    qs = extract_quantities(text)
    assert [sorted(n) for n in bound_names(text, qs)] == [["yoruba"], ["tamil"], ["paws-x"]]
    # a measure is not a name: "F1 on TyDi" and "F1 on WikiANN" are about different things
    text = "+6% F1 on TyDi, and +1.3% F1 on WikiANN"
    assert [sorted(n) for n in bound_names(text, extract_quantities(text))] == [["tydi"], ["wikiann"]]


@pytest.mark.parametrize(
    "claim, label",
    [
        # numbers swapped between the names they are about: each is stated, for the other name
        ("Zephyr gains 8.2% accuracy for Yoruba and 12.4% for Tamil.", C),
        ("Zephyr gains 12.4% accuracy for Yoruba and 8.2% for Tamil.", S),
        # a number the passage states for another benchmark than the one the claim names
        ("Zephyr beats the previous best model by 9.1% accuracy on PAWS-X and by 1.3% F1 on TyDi.", C),
        ("Zephyr beats the previous best model by 9.1% accuracy on PAWS-X and by 6% F1 on TyDi.", S),
        # the name before its number, as reports often write it
        ("On Yoruba, Zephyr improves accuracy by 12.4%.", S),
    ],
)
def test_a_number_agrees_only_with_the_number_of_its_own_name(claim: str, label: VerdictLabel) -> None:
    assert judge(claim) is label
