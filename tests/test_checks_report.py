"""Findings from reports alone: stated counts, truncation, duplicates, lost columns, the
research question, and claims marked differently across the five samples."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from claimcheck.checks.crossreport import check_across
from claimcheck.checks.question import check_question_vs_claims, question_terms, term_found
from claimcheck.checks.report import check_report
from claimcheck.model import Claim, Mark, Severity
from claimcheck.report import read_report

SAMPLES = sorted((Path(__file__).parent.parent / "data" / "reports").glob("*.txt"))
R = [read_report(p) for p in SAMPLES]


def codes(findings) -> dict[str, list]:  # type: ignore[no-untyped-def]
    out: dict[str, list] = {}
    for f in findings:
        out.setdefault(f.code, []).append(f)
    return out


def test_000_stated_counts_agree_with_its_table() -> None:
    c = codes(check_report(R[0]))
    # 19 extracted / 12 verified: the table has 19 rows and 12 ✓ — no mismatch.
    assert "count-mismatch.claims" not in c and "count-mismatch.verified" not in c
    # 13 papers retrieved, 3 references listed.
    assert c["count-mismatch.papers"][0].details == {"stated": 13, "listed": 3}
    assert c["truncated-claims"][0].claims == [8, 12, 15, 19]


def test_verified_count_mismatch_is_an_error() -> None:
    claims = list(R[0].claims)
    claims[0] = replace(claims[0], mark=Mark.VERIFIED)
    f = codes(check_report(replace(R[0], claims=claims)))["count-mismatch.verified"][0]
    assert f.severity is Severity.ERROR and f.details == {"stated": 12, "table": 13}


def test_002_lost_marks_cannot_be_checked() -> None:
    c = codes(check_report(R[2]))
    assert "count-mismatch.verified" not in c
    assert "count-unchecked.verified" in c and "columns-missing" in c
    assert c["count-mismatch.papers"][0].details == {"stated": 14, "listed": 0}
    assert c["truncated-claims"][0].claims == [1, 3, 4, 5, 6, 7, 8, 9]
    assert {"missing.title", "missing.date", "missing.references"} <= set(c)


def test_duplicates_within_a_report() -> None:
    r = R[3]
    dup = Claim(10, r.claims[1].text.replace("performs best", "performs  best"), Mark.REJECTED, 0.1, False)
    cut = Claim(11, r.claims[1].text[:70], Mark.VERIFIED, 0.1, True)
    c = codes(check_report(replace(r, claims=list(r.claims) + [dup, cut])))
    pairs = sorted(tuple(f.claims) for f in c["duplicate-claims"])
    assert pairs == [(2, 10), (2, 11), (10, 11)]
    assert "duplicate-claims" not in codes(check_report(r))


def test_cross_report_marks_and_confidences() -> None:
    findings = check_across(R)
    marks = [f for f in findings if f.code == "cross-report.mark"]
    pairs = {
        tuple((Path(e["report"]).name[:3], e["claim"], e["mark"]) for e in f.details["reports"]) for f in marks
    }
    # 000 marks "The study uses the pretrained XLM-R Large model ..." ×; 003 says the same ✓.
    assert (("000", 1, "rejected"), ("003", 7, "verified")) in pairs
    # 000 marks "XNLI does not see benefits ..." ×; 003's merged claim containing it is ✓.
    assert (("000", 11, "rejected"), ("003", 4, "verified")) in pairs
    assert all(f.severity is Severity.ERROR for f in marks)
    confs = [f for f in findings if f.code == "cross-report.confidence"]
    groups = [{(Path(e["report"]).name[:3], e["claim"], e["confidence"]) for e in f.details["reports"]} for f in confs]
    # 000 and 001 give the MNLI claim 0.19 and 0.18.
    assert {("000", 5, 0.19), ("001", 5, 0.18)} in groups
    # A complete claim is not the "same" as a longer merged claim it opens.
    assert not any(("000", 10, 0.15) in g and ("003", 4, 0.18) in g for g in groups)


def test_single_report_has_no_cross_findings() -> None:
    assert check_across(R[:1]) == []


def test_question_terms_by_shape() -> None:
    terms = question_terms(R[0].research_question or "")
    assert {"Pass@1", "HumanEval-X", "code generation"} <= set(terms)
    assert "Does" not in terms
    assert term_found("code generations", "a study of Code-Generation") and not term_found("code", "decoder")


def test_evaluative_words_and_common_verbs_are_not_part_of_a_question_s_terms() -> None:
    # "useful" or "keep" glued to a topic made a term no claim could match word for word.
    assert question_terms("Is intermediate-task training useful for cross-lingual transfer?") == [
        "intermediate-task training", "cross-lingual transfer"]
    assert question_terms("Does magnitude pruning keep the accuracy of small vision models?") == [
        "magnitude pruning", "small vision models"]


def test_research_question_not_addressed() -> None:
    for r in R:
        f = codes(check_question_vs_claims(r))["question.unaddressed-by-claims"][0]
        assert f.severity is Severity.ERROR
    f = check_question_vs_claims(R[1])[0]
    assert "HumanEval-X" in f.details["missing"]
    # A question whose terms the claims do address gives no finding.
    ok = replace(R[3], research_question="Does intermediate-task training help zero-shot cross-lingual transfer on XTREME?")
    assert check_question_vs_claims(ok) == []
