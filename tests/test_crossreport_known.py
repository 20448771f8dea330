"""Cross-report checks against known reports (a nightly job's history): audited reports are
compared with each other and with the known ones, known ones never with each other."""

from __future__ import annotations

from claimcheck.checks.crossreport import check_across
from claimcheck.model import Claim, Mark, Report, StatedFigures

V, X = Mark.VERIFIED, Mark.REJECTED


def report(path: str, claims: list[tuple[str, Mark]]) -> Report:
    return Report(
        path=path, format="text", sha256=path.ljust(64, "0")[:64], title=None, date=None,
        research_question=None, abstract=None, examined_title=None, figures=StatedFigures(),
        claims=[Claim(i, text, mark, 0.8, False) for i, (text, mark) in enumerate(claims, 1)],
        references=[], columns=[],
    )


SAME = "The English training set contains 41,237 utterances."
OTHER = "All models are trained for 3,600 steps with a batch size of 32 on one GPU."


def reports_named(findings: list) -> list[set[str]]:
    return [{e["report"] for e in f.details["reports"]} for f in findings if f.code == "cross-report.mark"]


def test_an_audited_report_is_compared_with_the_known_ones() -> None:
    tonight = report("new.txt", [(SAME, X)])
    old = report("old.txt", [(SAME, V), (OTHER, V)])
    older = report("older.txt", [(OTHER, X)])  # conflicts only with another known report
    found = check_across([tonight], [old, older])
    assert reports_named(found) == [{"new.txt", "old.txt"}]
    # The same conflicts as comparing everything, less the one between two known reports.
    everything = check_across([tonight, old, older])
    assert sorted(map(sorted, reports_named(everything))) == [["new.txt", "old.txt"], ["old.txt", "older.txt"]]
    assert check_across([], [old, older]) == [] and check_across([tonight]) == []


def test_a_paraphrase_against_a_known_report_is_found_both_ways() -> None:
    tonight = report("new.txt", [("We train all models for 3,600 steps with a batch size of 32 on one GPU.", V)])
    old = report("old.txt", [(OTHER, X)])
    assert reports_named(check_across([tonight], [old])) == [{"new.txt", "old.txt"}]
