"""Rules meant to hold on wording nobody tuned on (issue 13, third round): each number is
bound to the name it is about, so a number stated for another name of the claim is no
support; paraphrased words alone never make a claim *partly supported*. Made-up sentences
in the shape of real abstracts, each rule where it must fire and where it must not."""

from __future__ import annotations

import pytest

from claimcheck.evidence.judge import judge_version
from claimcheck.evidence.numbercheck import bound_names
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


PARAPHRASED = [
    "Zephyr is conceptually simple and empirically strong, and it sets new records on seven multilingual benchmarks.",
    "Section 5 discusses limitations.",
    "We release our code and models.",
]


def judge_on(sentences: list[str], claim: str) -> VerdictLabel:
    version = SourceVersion("2101.00003", 1, [Passage(s, 1, None, "sentence", i) for i, s in enumerate(sentences)], 1, "test")
    return judge_version(Claim(1, claim, Mark.UNKNOWN, None, False), version).label


@pytest.mark.parametrize(
    "claim, label",
    [
        # every part half there in other words, and the number agrees: a paraphrase
        ("Simple in concept and strong in practice, Zephyr establishes new records on seven multilingual benchmarks.", S),
        # the same with a part the passage lacks entirely: partly
        ("Zephyr establishes new records on seven multilingual benchmarks and halves inference latency on mobile phones.", P),
        # the same with another number: contradicted
        ("Simple in concept and strong in practice, Zephyr establishes new records on nine multilingual benchmarks.", C),
    ],
)
def test_a_claim_is_partly_supported_for_a_missing_part_not_for_reworded_words(claim: str, label: VerdictLabel) -> None:
    assert judge_on(PARAPHRASED, claim) is label


def test_unstated_parts_are_parts_with_under_half_their_words() -> None:
    from claimcheck.evidence.clauses import unstated_parts

    source = "Zephyr is conceptually simple and empirically strong."
    assert unstated_parts("Zephyr is simple in concept and strong in practice", source) == []
    assert unstated_parts("Zephyr is simple and halves inference latency on phones", source) == [
        "halves inference latency on phones"]


def test_a_verb_before_a_quantifier_joins_predicates_not_list_items() -> None:
    from claimcheck.evidence.conjuncts import groups

    assert groups("The study covers 110 task pairs on pretrained RoBERTa and evaluates all trained models.") == []
    assert [i.text for i in groups("It is evaluated on RoBERTa and ALBERT models.")[0]] == ["RoBERTa", "ALBERT"]


def test_a_number_of_the_same_counted_noun_finds_a_reworded_passage() -> None:
    # Half the words of the part that holds "seven ... benchmarks" are reworded; the number
    # and what it counts find the passage, and the part it lacks makes the claim partly.
    claim = "Zephyr achieves fresh records on seven NLP benchmarks and halves inference latency on phones."
    assert judge_on(PARAPHRASED, claim) is P
    # the same words with no number in common find nothing
    assert judge_on(PARAPHRASED, "Zephyr achieves fresh records on NLP benchmarks and halves inference latency on phones.") is N


def _table(rows: dict[str, dict[str, str]]) -> list[Passage]:
    out = [Passage("Table 1: Development set results.", 2, None, "caption", 100, table="Table 1")]
    for r, cols in rows.items():
        out.append(Passage(f"{r}: " + "; ".join(f"{c} {v}" for c, v in cols.items()), 2, None, "table-row",
                           len(out) + 100, table="Table 1", row=r))
        for c, v in cols.items():
            out.append(Passage(v, 2, None, "table-cell", len(out) + 100, table="Table 1", row=r, column=c))
    return out


@pytest.mark.parametrize(
    "claim, label",
    [
        # each number under the column named in its own phrase
        ("On the development set, Zephyr-large scores 93.9 on QNLI and 89.8 on MNLI.", S),
        ("On the development set, Zephyr-large scores 93.9 on QNLI and 92.3 on MNLI.", C),
        ("On the development set, Zephyr-large scores 89.8 on QNLI and 93.9 on MNLI.", C),
    ],
)
def test_each_number_of_a_claim_is_read_under_its_own_column(claim: str, label: VerdictLabel) -> None:
    cells = _table({"Zephyr-large": {"MNLI": "89.8", "QNLI": "93.9", "RTE": "83.8"},
                    "Zephyr-base": {"MNLI": "86.6", "QNLI": "92.3", "RTE": "70.4"}})
    version = SourceVersion("2101.00004", 1, [Passage("We release our code.", 1, None, "sentence", 0), *cells], 2, "test")
    assert judge_version(Claim(1, claim, Mark.UNKNOWN, None, False), version).label is label


DEGREES = [
    "We see large improvements from intermediate training on the BUCC and Tatoeba retrieval tasks "
    "and moderate improvements on the MLQA and TyDi question answering tasks.",
    "Small models such as Zephyr-Small train in a day.",
    "We release our code.",
]


@pytest.mark.parametrize(
    "claim, label",
    [
        ("Intermediate training gives large gains on BUCC and Tatoeba and moderate ones on MLQA and TyDi.", S),
        # the degrees swapped between the items: each said of the other
        ("Intermediate training gives only moderate gains on BUCC and Tatoeba but large ones on MLQA and TyDi.", C),
    ],
)
def test_a_degree_of_effect_is_bound_to_the_names_it_reaches(claim: str, label: VerdictLabel) -> None:
    assert judge_on(DEGREES, claim) is label


def test_a_degree_of_something_else_is_no_degree_of_effect() -> None:
    from claimcheck.evidence.opposites import degrees

    assert degrees(DEGREES[0]) == {"bucc": 2, "tatoeba": 2, "mlqa": 1, "tydi": 1}
    assert degrees(DEGREES[1]) == {}  # "small models" grade the models, not an effect


def test_another_value_of_the_same_counted_noun_finds_a_reworded_passage_and_contradicts() -> None:
    source = ["Our aim is to build systems that serve all of the world's approximately 6,900 languages "
              "to overcome language barriers.", "We release our code."]
    assert judge_on(source, "The authors want systems that serve all the world's roughly 7,100 languages.") is C
    assert judge_on(source, "The authors want systems that serve all the world's roughly 6,900 languages.") is S
    # reworded past half of its part, the claim is found by nothing
    assert judge_on(source, "The authors want NLP tools for every one of the planet's roughly 7,100 languages.") is N
