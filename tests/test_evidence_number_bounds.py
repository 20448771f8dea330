"""How a bound or a share written one way meets a number written another (issue 13, round
10): "up to N" in a claim names the most reached, an "about N" claim is not stated by a bound
far from it, and a passage that writes its percentages with a sign writes no share as a bare
fraction. Made-up sentences, each rule where it must fire and where it must not."""

from __future__ import annotations

from claimcheck.evidence.numbercheck import check_numbers
from claimcheck.evidence.quantities import extract_quantities, quantities_agree
from claimcheck.model import Claim, Mark


def _q(text: str, k: int = 0):
    return extract_quantities(text)[k]


def _check(claim: str, text: str) -> list[tuple[str, str | None, bool]]:
    c = Claim(1, claim, Mark.UNKNOWN, None, False)
    return [(k.claim_text, k.source_text, k.agrees) for k in check_numbers(c, claim, text)]


def test_a_claimed_up_to_is_the_most_reached_not_any_lower_number() -> None:
    claim = _q("The parsers are trained for up to 90,000 steps.")
    assert not quantities_agree(claim, _q("The warm-up lasts about 300 steps."))
    assert not quantities_agree(claim, _q("The parsers are trained for 30,000 steps."))
    assert quantities_agree(claim, _q("The parsers are trained for 90,000 steps."))
    assert quantities_agree(claim, _q("The parsers are trained for up to 90K steps."))


def test_under_in_a_claim_is_still_a_bound() -> None:
    # "under 40 steps" holds of 25 steps; "up to" in a source bounds a claim as before
    assert quantities_agree(_q("It converges in under 40 steps."), _q("It converges in 25 steps."))
    assert quantities_agree(_q("It needs 3 restarts."), _q("It needs up to 3 restarts."))


def test_an_about_claim_is_not_stated_by_a_far_bound() -> None:
    assert not quantities_agree(_q("The loss reaches about 2%."), _q("The loss stays below 60%."))
    assert quantities_agree(_q("The loss reaches about 58%."), _q("The loss stays below 60%."))
    # a plain claim under a bound, as before
    assert quantities_agree(_q("The loss reaches 20%."), _q("The loss stays below 60%."))


def test_a_bare_fraction_is_no_percentage_where_the_passage_writes_percent_signs() -> None:
    claim = "The deep tagger reaches a tagging error of about 3%."
    text = "We start with a step size of 0.03 for warm-up. The deep tagger reaches a tagging error below 0.5%."
    assert ("3", "0.03", True) not in _check(claim, text)
    # with no percentage written with its sign, 0.03 may be the claim's 3%
    assert ("3", "0.03", True) in _check(claim, "The deep tagger reaches a tagging error of 0.03.")


def test_a_share_of_a_plural_is_the_factor_n_times_fewer() -> None:
    text = "The pruned tagger reaches the same F1 with 4 times fewer updates."
    assert ("a quarter", "4", True) in _check("The pruned tagger needs a quarter of the updates.", text)
    assert not any(agrees for _, _, agrees in _check("The pruned tagger needs a third of the updates.", text))


def test_a_share_without_a_plural_after_it_is_no_factor() -> None:
    from claimcheck.evidence.quantities import factor_of

    text = "A quarter of the time goes to decoding."
    assert factor_of(text, extract_quantities(text)[0]) is not None  # "of the time": an amount, as before
    text = "A quarter remained unlabelled."
    assert factor_of(text, extract_quantities(text)[0]) is None


def test_a_fraction_in_words_is_still_a_share_beside_percent_signs() -> None:
    # "half of the data" is 50% of it even where the passage writes other shares with a sign
    claim = "A tagger trained on 50% of the data matches the full one."
    text = "A tagger trained on half of the data matches the full one, within 0.3% on every set."
    assert ("50", "half", True) in _check(claim, text)


def test_a_source_bound_speaks_for_its_own_order_of_magnitude_only() -> None:
    bound = _q("Other systems train on up to 2.5 billion images.")
    assert not quantities_agree(_q("They train on 4.5 million images."), bound)
    assert quantities_agree(_q("They train on 0.9 billion images."), bound)
    floor = _q("The corpus has more than 3,000 documents.")
    assert quantities_agree(_q("The corpus has 5,000 documents."), floor)
    assert not quantities_agree(_q("The corpus has 900,000 documents."), floor)


def test_a_maximum_of_is_a_bound() -> None:
    assert _q("We train for a maximum of 150 epochs.").approx == "at most"
    assert _q("Each bucket holds a minimum of 8 items.").approx == "at least"
    # quoted with another figure, the bound is misquoted
    assert not quantities_agree(_q("We train for at most 250 epochs."), _q("We train for a maximum of 150 epochs."))
    assert quantities_agree(_q("We train for at most 150 epochs."), _q("We train for a maximum of 150 epochs."))


def test_a_claimed_bound_speaks_for_its_own_order_of_magnitude_only() -> None:
    claim = _q("The parser is trained for at most 400 epochs.")
    assert quantities_agree(claim, _q("The parser is trained for 250 epochs."))
    assert not quantities_agree(claim, _q("We stop after 5 epochs without progress."))


def test_a_turned_factor_must_multiply_the_same_thing() -> None:
    # "85% of the time" is no share of "100x fewer parameters"
    text = "The small tagger wins most comparisons despite having 100x fewer parameters."
    assert not any(src and "factor" in src for _, src, _ in _check("The small tagger wins 85% of the time.", text))


def test_a_share_between_two_of_the_claims_own_numbers_follows_from_them() -> None:
    text = "Of the 8,120 parsed sentences, 2,011 contain a relative clause."
    checks = _check("About a quarter of the 8,120 parsed sentences (2,011) contain a relative clause.", text)
    assert ("a quarter", "2,011 of 8,120", True) in checks
    # a share the two numbers do not give stays unstated
    checks = _check("About half of the 8,120 parsed sentences (2,011) contain a relative clause.", text)
    assert ("half", None, False) in checks
