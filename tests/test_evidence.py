"""Quantities, retrieval and verdict rules, on hand-made passages and on the two-version
fixture paper (tests/fixtures/papers; its README lists every number that changed)."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck.evidence.judge import judge_claims
from claimcheck.evidence.opposites import negation_flip, polarity_clash
from claimcheck.evidence.quantities import extract_quantities, quantities_agree
from claimcheck.evidence.retrieve import candidates
from claimcheck.model import Claim, Mark, Passage, Reference, Source, SourceStatus, SourceVersion, VerdictLabel
from claimcheck.sources.extract import extract_pdf

FIXTURES = Path(__file__).parent / "fixtures" / "papers"


def q(text: str) -> list[tuple[str, float]]:
    return [(x.text, x.value) for x in extract_quantities(text)]


def test_numbers_that_are_names_are_skipped() -> None:
    assert q("XLM-R Large on SQuAD v2.0 with Pass@1, GPT-4 and BERT-base (Phang et al., 2018) in Table 2 (i)") == []
    assert q("1,104,934 and 392 702 examples, 45%, −0.1, nine tasks, 2 × 10^-5") == [
        ("1,104,934", 1104934.0), ("392 702", 392702.0), ("45", 45.0), ("-0.1", -0.1), ("nine", 9.0), ("2 × 10^-5", 2e-05)]


def test_quantities_agree() -> None:
    a, b, c = extract_quantities("8.2 points, 8.24 points, 8.4 points")
    assert quantities_agree(a, b) and not quantities_agree(a, c)
    pct, frac = extract_quantities("45% and 0.45")
    assert quantities_agree(pct, frac)
    (rng,) = extract_quantities("between 3-5 points")
    (four,) = extract_quantities("4 points")
    assert quantities_agree(four, rng)


def test_negation_is_judged_clause_by_clause() -> None:
    source = "TCS improves accuracy by 2.9 points, and it does not require any target-language data."
    assert negation_flip("TCS improves accuracy by 2.9 points.", source) is None
    assert negation_flip("TCS requires target-language data.", source) is False
    assert negation_flip("The gains do not persist for every model size.", "The gains persist for every model size.") is True
    # A negation over an antonym is weighed with the antonym: "does not see benefits" points
    # the other way from "sees benefits", "does not hurt" the same way as "helps".
    assert polarity_clash("XNLI does not see benefits from intermediate training.", "XNLI sees benefits from intermediate training.")
    assert polarity_clash("Intermediate training does not hurt XNLI.", "Intermediate training helps XNLI.") is None


def _source(cited: int | None) -> Source:
    versions = []
    for n in (1, 2):
        doc = extract_pdf(FIXTURES / f"2612.99901v{n}.pdf")
        versions.append(SourceVersion("2612.99901", n, doc.passages, doc.pages, doc.extractor))
    return Source(Reference("x", "2612.99901", cited), SourceStatus.OK, None, versions)


@pytest.fixture(scope="module")
def fixture_v2() -> Source:
    return _source(2)


def judge(text: str, source: Source, mark: Mark = Mark.VERIFIED):  # type: ignore[no-untyped-def]
    claim = Claim(1, text, mark, None, not text.rstrip().endswith("."))
    return judge_claims([claim], [source])[0]


def test_version_drift_on_the_fixture_paper(fixture_v2: Source) -> None:
    v = judge("TCS improves zero-shot intent accuracy by 3.2 points on average over uniform sampling.", fixture_v2)
    assert v.label is VerdictLabel.CONTRADICTED
    assert [(n.claim_text, n.source_text, n.agrees) for n in v.numbers] == [("3.2", "2.9", False)]
    assert v.per_version == {"2612.99901v1": VerdictLabel.SUPPORTED, "2612.99901v2": VerdictLabel.CONTRADICTED}
    assert v.drift and "v1 supports it" in v.drift
    assert v.evidence and v.evidence.version == 2 and v.evidence.passage.page == 1
    assert v.mark_agrees is False
    # Citing v1, the same claim is supported — and the drift says what v2 states.
    v1 = judge("TCS improves zero-shot intent accuracy by 3.2 points on average over uniform sampling.", _source(1))
    assert v1.label is VerdictLabel.SUPPORTED and v1.drift and "states 2.9" in v1.drift


def test_table_cell_number_is_checked(fixture_v2: Source) -> None:
    v = judge("The zero-shot intent accuracy for Japanese with TCS is 78.0.", fixture_v2)
    assert v.label is VerdictLabel.CONTRADICTED
    assert v.numbers[0].source_text == "77.5"
    assert v.evidence and v.evidence.passage.table == "Table 1" and v.evidence.passage.row == "Japanese"


@pytest.mark.parametrize(
    "text, label",
    [
        ("We score each of the 41,237 English training utterances by the entropy of a bag-of-words classifier.", VerdictLabel.SUPPORTED),
        ("Length-based difficulty scores hurt Hindi by 1.2 points.", VerdictLabel.SUPPORTED),
        ("All models use a batch size of 64 and a maximum sequence length of 128 tokens.", VerdictLabel.CONTRADICTED),
        ("TCS requires target-language data.", VerdictLabel.CONTRADICTED),
        ("TCS outperforms uniform sampling in every language except Ger", VerdictLabel.SUPPORTED),
        ("The authors evaluate their method on speech recognition in twenty African languages.", VerdictLabel.NOT_FOUND),
        ("Across eight target languages TCS improves accuracy, and it halves the training time on 16 GPUs.", VerdictLabel.PARTLY_SUPPORTED),
    ],
)
def test_verdicts_on_the_fixture_paper(fixture_v2: Source, text: str, label: VerdictLabel) -> None:
    assert judge(text, fixture_v2).label is label


def test_mark_agreement_rule(fixture_v2: Source) -> None:
    absent = "The authors evaluate their method on speech recognition in twenty African languages."
    assert judge(absent, fixture_v2, Mark.REJECTED).mark_agrees is True
    assert judge(absent, fixture_v2, Mark.VERIFIED).mark_agrees is False
    assert judge(absent, fixture_v2, Mark.UNKNOWN).mark_agrees is None


def test_unreadable_sources_leave_the_claim_unchecked_with_the_reason() -> None:
    src = Source(Reference("x", "2501.00001", 1), SourceStatus.UNAVAILABLE, error="arXiv API timed out")
    v = judge_claims([Claim(1, "Anything at all.", Mark.VERIFIED, None, False)], [src])[0]
    assert v.label is VerdictLabel.UNCHECKED and "timed out" in v.explanation
    assert v.mark_agrees is None  # nothing was checked, so the ✓ is neither right nor wrong


def test_candidates_rank_the_stating_sentence_first() -> None:
    passages = [Passage(t, 1, None, "sentence", i) for i, t in enumerate([
        "We use the pretrained XLM-R Large model as a starting point for all our experiments.",
        "The learning rate is 1e-5.",
        "Results are averaged over three seeds.",
    ])]
    version = SourceVersion("2005.13013", 2, passages, 1, "test")
    claim = Claim(1, "The study uses the pretrained XLM-R Large model as the starting point for all ex", Mark.REJECTED, 0.1, True)
    best = candidates(claim, [version], k=2)[0]
    assert best.passage.order == 0 and best.score > 80


def _prose(*sentences: str) -> Source:
    passages = [Passage(t, 1, None, "sentence", i, "Introduction") for i, t in enumerate(sentences)]
    return Source(Reference("x", "2612.99902", None), SourceStatus.OK, None, [SourceVersion("2612.99902", 1, passages, 1, "test")])


def test_the_quote_of_a_two_sentence_window_keeps_the_sentence_with_the_deciding_number() -> None:
    # the second sentence holds most of the claim's words, the first its number: a quote of
    # the second alone would not show why "eleven" is supported
    source = _prose(
        "Our survey of river ecology covers many sites.",
        "We sampled eleven rivers in the northern basin for the survey.",
        "Sampling of the northern basin rivers found algae blooms and sediment gains in spring surveys.",
    )
    v = judge("The survey sampled eleven northern basin rivers and found algae blooms and sediment gains.", source)
    assert v.label is VerdictLabel.SUPPORTED
    assert v.evidence is not None and "eleven" in v.evidence.passage.text and "algae" in v.evidence.passage.text
    # where the best sentence states the number itself, the quote stays that one sentence
    alone = judge("Sampling of the northern basin rivers found algae blooms in spring.", source)
    assert alone.evidence is not None and alone.evidence.passage.text.startswith("Sampling") and "eleven" not in alone.evidence.passage.text


def test_a_range_whose_lower_end_is_negative_is_judged_not_crashed() -> None:
    # "-5–10%": the sign belongs to the lower end, not a separator before an empty one
    source = _prose("Across the tasks, the gains were -5% on one and 10% on another after tuning.", "Other text about rivers.")
    v = judge("Across the tasks, gains ranged -5–10% after tuning.", source)
    assert v.label in (VerdictLabel.SUPPORTED, VerdictLabel.PARTLY_SUPPORTED)
    assert judge("Across the tasks, gains ranged -5–12% after tuning.", source).label is not VerdictLabel.SUPPORTED


def test_a_fault_of_the_rules_on_one_claim_leaves_it_unchecked_and_the_others_judged(monkeypatch: pytest.MonkeyPatch) -> None:
    import claimcheck.evidence.judge as judge_module

    real = judge_module.judge_claim

    def faulty(claim: Claim, sources, nli=None):  # type: ignore[no-untyped-def]
        if claim.index == 2:
            raise IndexError("list index out of range")
        return real(claim, sources, nli)

    monkeypatch.setattr(judge_module, "judge_claim", faulty)
    source = _prose("We sampled eleven rivers in the northern basin for the survey.")
    claims = [Claim(i, "The survey sampled eleven rivers in the northern basin.", Mark.VERIFIED, None, False) for i in (1, 2, 3)]
    verdicts = judge_claims(claims, [source])
    assert [v.label for v in verdicts] == [VerdictLabel.SUPPORTED, VerdictLabel.UNCHECKED, VerdictLabel.SUPPORTED]
    assert "IndexError" in verdicts[1].explanation and verdicts[1].mark_agrees is None
