"""Cross-report checks against known reports (a nightly job's history): audited reports are
compared with each other and with the known ones, known ones never with each other."""

from __future__ import annotations

import random
from dataclasses import replace

from claimcheck.checks.crossreport import (
    _cut_prefix_pairs,
    _link_across,
    _near_identical,
    check_across,
    content,
    covers,
    covers_finding,
)
from claimcheck.model import Claim, Finding, Mark, Report, StatedFigures

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


# --------------------------------------------------------------------------- at scale
# check_across finds groups per distinct wording and covering claims per distinct content
# (a night of 600 reports repeating the same claims took 18 s pair by pair). These tests
# hold it to the pair-by-pair definition on random runs full of repeats, cut-off copies,
# paraphrases and unmarked claims.

WORDS = "curriculum tiered sampling improves zero shot intent accuracy english training utterances models steps batch".split()


def _pairwise(audited: list[Report], known: list[Report]) -> list[Finding]:
    """The definition, pair by pair: every claim of an audited report against every other
    claim, groups by union over all linked pairs, covering pairs scanned in order."""
    reports = [*audited, *known]
    if len(reports) < 2 or not audited:
        return []
    items = [(ri, c) for ri, r in enumerate(reports) for c in r.claims]
    focus = sum(len(r.claims) for r in audited)
    texts = [c.text for _, c in items]
    parent = list(range(len(items)))

    def find(i: int) -> int:
        while parent[i] != i:
            i = parent[i]
        return i

    for i, j in _near_identical(texts, focus) | _cut_prefix_pairs(texts, [c.truncated for _, c in items], focus):
        if items[i][0] != items[j][0]:
            parent[find(i)] = find(j)
    by_root: dict[int, list[int]] = {}
    for i in range(len(items)):
        by_root.setdefault(find(i), []).append(i)
    groups = [g for g in by_root.values() if len({items[k][0] for k in g}) > 1]
    group_of = {k: gi for gi, g in enumerate(groups) for k in g}
    # The group findings themselves come from check_across's own loop, which this does not
    # change: compared through the groups it names.
    findings = [f for f in check_across(audited, known) if f.details.get("relation") == "same"]
    assert [[(e["report"], e["claim"]) for e in f.details["reports"]] for f in findings] == [
        [(reports[items[k][0]].path, items[k][1].index) for k in g]
        for g in groups
        if len({items[k][1].mark for k in g} - {Mark.UNKNOWN}) > 1
        or len({items[k][1].confidence for k in g} - {None}) > 1
    ]
    feats = [content(c) for _, c in items]
    reported: set[tuple[int, str]] = set()
    for i, (ri, ci) in enumerate(items):
        if ci.mark is Mark.UNKNOWN:
            continue
        for j in range(len(items)) if i < focus else range(focus):
            rj, cj = items[j]
            if ri == rj or cj.mark is Mark.UNKNOWN or cj.mark is ci.mark:
                continue
            if i in group_of and group_of.get(i) == group_of.get(j):
                continue
            key = (group_of.get(i, -1 - i), cj.mark.value)
            if not covers(feats[i], feats[j]) or key in reported:
                continue
            reported.add(key)
            findings.append(covers_finding(reports[ri], ci, reports[rj], cj))
    return findings


def _random_claim(rng: random.Random, bases: list[str], index: int) -> Claim:
    text = rng.choice(bases)
    kind = rng.random()
    if kind < 0.15:  # a paraphrase or merge: words dropped or added
        words = text.split()
        text = " ".join(w for w in words if rng.random() > 0.15) + (" and " + rng.choice(bases) if rng.random() < 0.3 else "")
    truncated = kind > 0.85 and len(text) > 40
    if truncated:  # cut mid-word, as a report's table does
        text = text[: rng.randint(32, len(text) - 2)]
    mark = rng.choice([Mark.VERIFIED, Mark.VERIFIED, Mark.REJECTED, Mark.UNKNOWN])
    return Claim(index, text, mark, rng.choice([0.8, 0.8, 0.9, None]), truncated)


def test_check_across_equals_the_pairwise_definition_on_random_runs() -> None:
    rng = random.Random(7)
    for _ in range(150):
        bases = [
            " ".join(rng.choice(WORDS) for _ in range(rng.randint(5, 12))) + f" by {rng.choice(['3.2', '41,237', '32'])} points."
            for _ in range(rng.randint(2, 6))
        ]
        reports = [
            report(f"r{n}.txt", []) for n in range(rng.randint(2, 14))
        ]
        reports = [
            replace(r, claims=[_random_claim(rng, bases, k) for k in range(1, rng.randint(1, 6) + 1)]) for r in reports
        ]
        cut = rng.randint(1, len(reports))
        audited, known = reports[:cut], reports[cut:]
        assert check_across(audited, known) == _pairwise(audited, known)


def test_linking_through_one_partner_joins_what_all_pairs_join() -> None:
    rng = random.Random(3)
    for _ in range(500):
        report_of = [rng.randint(0, 3) for _ in range(rng.randint(1, 12))]
        everyone = list(range(len(report_of)))
        a_side = sorted(rng.sample(everyone, rng.randint(1, len(everyone))))
        b_side = sorted(rng.sample(everyone, rng.randint(1, len(everyone))))
        expected = _components(everyone, [(a, b) for a in a_side for b in b_side if report_of[a] != report_of[b]])
        joined: list[tuple[int, int]] = []
        _link_across(a_side, b_side, report_of, lambda i, j: joined.append((i, j)))
        assert all(report_of[i] != report_of[j] for i, j in joined)
        assert _components(everyone, joined) == expected


def _components(nodes: list[int], edges: list[tuple[int, int]]) -> set[frozenset[int]]:
    parent = {n: n for n in nodes}

    def find(n: int) -> int:
        while parent[n] != n:
            n = parent[n]
        return n

    for i, j in edges:
        parent[find(i)] = find(j)
    found: dict[int, set[int]] = {}
    for n in nodes:
        found.setdefault(find(n), set()).add(n)
    return {frozenset(c) for c in found.values()}
