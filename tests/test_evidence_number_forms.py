"""Numbers glued to their unit and numbers bound to the entity a claim names (issue 13): each
rule on made-up sentences, where it must fire and where it must not."""

from __future__ import annotations

import pytest

from claimcheck.evidence.judge import judge_claims
from claimcheck.evidence.quantities import extract_quantities
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
    "text, values",
    [
        ("The cache shrinks from 3.1TB to 720GB.", [3.1, 720.0]),
        ("Each step takes 4.5ms on one card.", [4.5]),
        ("The shards hold 12GiB each.", [12.0]),
        ("The run used 8GPU-days in total.", [8.0]),
        ("Peak throughput is 1.7TFLOPS.", [1.7]),
        # a label or an ordinal is no measurement
        ("A 3D encoder was tried in the 1990s.", []),
        ("The 2nd stage is frozen.", []),
    ],
)
def test_a_unit_glued_to_its_number_is_read(text: str, values: list[float]) -> None:
    assert [q.value for q in extract_quantities(text)] == values


SIZE = "Quantization cuts the memory of the large model from 3.1TB to 720GB during inference."


def test_a_changed_glued_number_contradicts_and_the_same_supports() -> None:
    assert verdict("Quantization cuts the large model's inference memory from 3.1TB to 720GB.", [SIZE]) == S
    assert verdict("Quantization cuts the large model's inference memory from 3.1TB to 520GB.", [SIZE]) == C


@pytest.mark.parametrize(
    "claim, source, agree",
    [
        ("up to 4 times", "up to 4 times", True),
        # the same bound quoted with another figure misquotes it
        ("up to 6 times", "up to 4 times", False),
        ("more than 300 pairs", "more than 500 pairs", False),
        # a bound still covers a plain value inside it
        ("up to 6 times", "4 times", True),
        ("more than 300 pairs", "512 pairs", True),
    ],
)
def test_a_bound_quoted_against_the_same_bound(claim: str, source: str, agree: bool) -> None:
    from claimcheck.evidence.quantities import quantities_agree

    (a,) = extract_quantities(claim)
    (b,) = extract_quantities(source)
    assert quantities_agree(a, b) is agree


LAYERS = "The encoder and decoder of the parser have 12 and 4 layers, respectively."


def test_a_respectively_list_of_common_words_binds_its_numbers() -> None:
    from claimcheck.evidence.numbercheck import respective_words

    assert respective_words(LAYERS, extract_quantities(LAYERS)) == {0: "encoder", 1: "decoder"}
    # no "respectively": no pairing is read
    plain = "The encoder and decoder of the parser have 12 and 4 layers."
    assert respective_words(plain, extract_quantities(plain)) == {}


def test_numbers_swapped_between_respective_words_contradict() -> None:
    assert verdict("The parser's encoder has 12 layers and its decoder 4.", [LAYERS]) == S
    assert verdict("The parser's encoder has 4 layers and its decoder 12.", [LAYERS]) == C


def _table_verdict(claim: str) -> VerdictLabel:
    from tests.tablepassages import table_passages

    rows = {
        "PARSING": {"Baseline": "71.2", "Extra Stages / Warmup": "73.0", "Extra Stages / Warmup + Distill": "72.4"},
        "TAGGING": {"Baseline": "88.1", "Extra Stages / Warmup": "88.9", "Extra Stages / Warmup + Distill": "89.6"},
    }
    passages = table_passages("Table 4", rows, "Table 4: Results with extra training stages.", labelled_rows=True)
    version = SourceVersion("2101.00001", 1, passages + [Passage(s, 1, None, "sentence", i) for i, s in enumerate(FILLER)], 1, "test")
    source = Source(Reference("x", "2101.00001", 1), SourceStatus.OK, None, [version])
    return judge_claims([Claim(1, claim, Mark.UNKNOWN, None, False)], [source])[0].label


def test_two_columns_under_one_group_header_are_subtracted() -> None:
    # "Warmup" names its own level beside "Warmup + Distill": two columns, one difference
    assert _table_verdict("On PARSING, Warmup alone scores 0.6 above Warmup + Distill.") == S
    assert _table_verdict("On PARSING, Warmup alone scores 1.6 above Warmup + Distill.") == C
