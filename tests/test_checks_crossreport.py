"""Cross-report findings quote the claim whole, say when the report cut it off, and use the
same words for a cut-off claim as every other part of the audit."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from claimcheck.checks.crossreport import check_across
from claimcheck.checks.report import check_report
from claimcheck.model import CUT_OFF, Claim, Mark
from claimcheck.report import read_report

SAMPLE = Path(__file__).parent.parent / "data" / "reports" / "000_460cf5ff950926c3.txt"
LONG = (
    "Intermediate-task training on MNLI and SQuAD improves zero-shot cross-lingual transfer on "
    "the XTREME benchmark for both sentence-pair and question-answering target tasks in most languages"
)


def _two(claim_a: Claim, claim_b: Claim):  # type: ignore[no-untyped-def]
    base = read_report(SAMPLE)
    return [replace(base, path="a.txt", claims=[claim_a]), replace(base, path="b.txt", claims=[claim_b])]


def test_a_long_claim_is_quoted_whole() -> None:
    reports = _two(Claim(1, LONG + ".", Mark.VERIFIED, 0.9, False), Claim(1, LONG + ".", Mark.REJECTED, 0.9, False))
    (finding,) = [f for f in check_across(reports) if f.code == "cross-report.mark"]
    assert f'"{LONG}."' in finding.message
    assert CUT_OFF not in finding.message


def test_a_claim_the_report_cut_off_is_said_to_be() -> None:
    cut = LONG[:120].rsplit(" ", 1)[0] + " langu"
    reports = _two(Claim(1, LONG + ".", Mark.VERIFIED, 0.9, False), Claim(1, cut, Mark.REJECTED, 0.9, True))
    (finding,) = [f for f in check_across(reports) if f.code == "cross-report.mark"]
    assert f'"{LONG}."' in finding.message  # the longest wording of the group, whole


def test_a_cut_off_narrow_claim_is_marked_as_cut_by_the_report() -> None:
    narrow = "On XTREME sentence-pair tasks, zero-shot cross-lingual transfer improves with intermediate-task training on MNLI, as the tabl"
    broad = "Intermediate-task training on MNLI improves zero-shot cross-lingual transfer on XTREME sentence-pair tasks and question answering."
    reports = _two(Claim(1, narrow, Mark.VERIFIED, 0.9, True), Claim(1, broad, Mark.REJECTED, 0.9, False))
    messages = [f.message for f in check_across(reports) if f.code == "cross-report.mark"]
    assert any(f'"{narrow}" ({CUT_OFF} in the report)' in m for m in messages), messages


def test_one_term_for_a_cut_off_claim() -> None:
    (finding,) = [f for f in check_report(read_report(SAMPLE)) if f.code == "truncated-claims"]
    assert CUT_OFF in finding.message and "mid-sentence" not in finding.message
