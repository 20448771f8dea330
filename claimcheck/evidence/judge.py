"""The verdict rules: words, numbers, tables, polarity, versions.

For one claim and one version of a cited paper, judged on that version's text alone:

1. retrieve the best candidates (``retrieve.py``: sentences, windows of adjacent sentences
   of one paragraph, table rows, a table's outline); below ``FOUND_RECALL`` (and no
   clause of the claim stated as well as ``CLAUSE_RECALL``, and, for a claim without
   numbers, no passage from ``OPPOSITE_FOUND_RECALL`` that says its opposite) and no
   table cell named → *not found*;
2. among candidates within ``TIE_MARGIN`` of the best, take the one whose numbers agree
   with most of the claim's numbers;
3. a claim that names a row and a column of a table is decided by that cell, or by a
   difference, mean or maximum computed from the cells (``tables.py``) — unless a prose
   passage states every number of the claim, or (the table agreeing only with a count of
   the claim's, "three models") a well-matched sentence says the opposite of its predicate;
4. a claim number with a different number for the same thing in the passage (the same
   noun counted, the same label, or shared words next to both; never two changes of
   different measures, never a table cell under another column) → *contradicted*, naming
   both;
5. polarity (``polarity.py``, opposites by sense in ``lexicon.py``): an antonym pointing
   the other way ("increases variance" / "reduced variance", "unnecessary" / "crucial"),
   a negation in one but not the other, a universal claim ("always", "consistently")
   where the source says "often"/"some", a restricted one ("only some") where it says
   "all", "only X" where it says "both W and X", a comparison with its sides swapped, an
   exception the source makes of what the claim states, or a difference where the source
   says the two are level → *contradicted* (where the best passage lacks the claim's names,
   a well-matched one that names them may say so); so are names or a year in the places the
   passage gives to others (``names.py``: "from the X checkpoint" / "from the Y checkpoint",
   "A for X and B for Y" / "B for X and A for Y", "the May 2020 dump" / "the May 2021 dump");
6. numbers not stated at all, a named entity of the claim that the passage does not
   mention ("for A and B" / "for A and C"), a thing picked out by a word the passage
   lacks where it picks out another of its kind ("on X tagging" / "on Y tagging"), a phrase
   that only adds a number to a stated claim, a member of a coordinated set the deciding
   sentence replaces (``conjuncts.py``), a hyphenated compound whose words the passage
   has only in separate clauses, a part wholly absent (under ``clauses.ABSENT_RECALL``,
   whatever the recall), or a part of the claim (clause, relative clause, means) of which
   the passage holds under ``PART_RECALL`` → *partly supported*, naming what is missing;
   reworded words alone are no missing part;
7. otherwise, with content-word recall ≥ ``SUPPORT_RECALL`` (less when every number
   agrees, and every part is half there) → *supported*.
Numbers are bound to what they are about — the noun they count, the words next to them,
the name their phrase ends with (``quantities.attached_number``), a table's column — so a
number the passage states for another thing never supports the claim's.

An optional entailment model (``nli.py``) may then move a word-only verdict (never a
number's or a table's).

Across versions: the version the report cites decides (the latest readable one when it
cites none or cites one we could not read); every other version is judged too, on its own
text, and any disagreement becomes a drift note ("contradicted by v2 (states 2.9); v1
states 3.2"). Across papers: the paper with the best-matching passage decides.

``mark_agrees``: a ✓ agrees with *supported* only; a × agrees with every other verdict
(the claim is not verified by its source); no mark → None.

Thresholds were set on the tuning halves of ``data/calibration`` and ``data/realclaims``
(see ``benchmarks/calibrate_verdicts.py``).
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from claimcheck.evidence.clauses import (absent_parts, best_clause_recall, clause_texts, missing_words, replaced_means, replaced_modifiers,
                                         scattered_compounds, unstated_parts, without_number_phrases)
from claimcheck.evidence.conjuncts import lists_part, missing_conjuncts
from claimcheck.evidence.names import (in_version, mentions, missing_entities, moved_role, names_in, object_of_preposition, paper_subject, slot_rival, versioned_name_spans,
                                      swapped_roles, swapped_year)
from claimcheck.evidence.numbercheck import anchored, bound_names, check_numbers, other_way, same_counted, shares_a_number
from claimcheck.evidence.opposites import NEGATION_RECALL, confirms, degree_swap, negation_flip, polarity_clash, silent_on, unstated_denial
from claimcheck.evidence.quantities import extract_quantities, reversed_pair
from claimcheck.evidence.retrieve import claim_core, score_candidates
from claimcheck.evidence.scope import evidence_version
from claimcheck.evidence.tables import (
    ROW_TEXT,
    header_score,
    TableDecision,
    is_difference,
    name_spans,
    outside,
    spelt_in_header,
    table_decisions,
)
from claimcheck.model import (
    Claim,
    Evidence,
    Mark,
    NumberCheck,
    Passage,
    Source,
    SourceVersion,
    Verdict,
    VerdictLabel,
)

if TYPE_CHECKING:
    from claimcheck.evidence.nli import EntailmentJudge

FOUND_RECALL = 0.55  # weighted content-word recall below which nothing in the paper states the claim
OPPOSITE_FOUND_RECALL = 0.45  # ... unless the passage says the opposite of the claim (``opposites.py``)
SUPPORT_RECALL = 0.65  # share of the claim's content words the passage must contain
TIE_MARGIN = 10.0
CLAUSE_RECALL = 0.8  # a clause of the claim this well stated makes the claim at least 'found'
CLAUSE_SHARE = 0.45  # ... when the passage also holds this share of the whole claim
NUMBER_FOUND_RECALL = 0.4  # a passage stating every number of the claim is found at this recall
NUMBER_SUPPORT_RECALL = 0.5  # ... and supports it at this one
WORDS_ONLY_MARGIN = 0.25  # a partly supported on shared words alone needs this much more share to outweigh a decision
K = 8

_PRIORITY = {
    VerdictLabel.SUPPORTED: 3,
    VerdictLabel.CONTRADICTED: 2,
    VerdictLabel.PARTLY_SUPPORTED: 1,
    VerdictLabel.NOT_FOUND: 0,
}


@dataclass
class Judgement:
    label: VerdictLabel
    score: float
    recall: float
    explanation: str
    passage: Passage | None = None
    numbers: list[NumberCheck] = field(default_factory=list)
    runners_up: list[tuple[float, Passage]] = field(default_factory=list)
    computed: str | None = None
    decided_by_numbers: bool = False  # a number or a table cell decided: a model may not move it
    text: str = ""  # the candidate text judged (a window may be longer than the quoted passage)


def _neighbours(version: SourceVersion, passage: Passage) -> str:
    """The passage with its adjacent sentences: a claim may join two of them."""
    ps = version.passages
    i = next((k for k, p in enumerate(ps) if p is passage or (p.order == passage.order and p.page == passage.page)), None)
    if i is None:
        return passage.text
    window = [p.text for p in ps[max(0, i - 1) : i + 2] if p.kind == passage.kind]
    return " ".join(window) or passage.text


def _setting(passage: Passage) -> str:
    """The heading a sentence falls under: it names what the sentence leaves implicit
    ("ScienceQA" over "GPT-4 fails on many questions"). A table row's heading and caption
    name every column at once, so they would vouch for a name the row's number is not
    under: a row has only its own words."""
    return (passage.section or "") if passage.kind not in ("table-row", "table-cell") else ""


def _about_another_table(core: str, td: TableDecision, version: SourceVersion) -> bool:
    """Whether the claim binds the number a table decision contradicts to a name of the
    claim that neither the table's caption nor its headers mention ("45.14 ROUGE-1 on
    XSum" against a table of CNN/Daily Mail results): another table's number, not this one's."""
    claim_qs = extract_quantities(core)
    k = next((i for i, q in enumerate(claim_qs) if q.text == td.claim_number), None)
    if k is None:
        return False
    label = td.cell.table
    mine = [p for p in version.passages if p.table == label and p.kind in ("caption", "table-cell")]
    here = " ".join(p.text for p in mine if p.kind == "caption")
    headers = {h for p in mine for h in (p.row, p.column) if h}
    # a text cell names what its row is ("Transf." in an LM column names the Transformer)
    headers |= {p.text.strip() for p in mine if p.kind == "table-cell" and not extract_quantities(p.text) and p.text.strip()}
    # "XSum / R1/R2/RL" heads three parts, each a header of its own
    headers |= {part for h in list(headers) for part in h.rsplit(" / ", 1)[-1].split("/") if "/" in h.rsplit(" / ", 1)[-1]}
    names = {e for e in names_in(core) if e.lower() in bound_names(core, claim_qs)[k] and not paper_subject(e, version)}
    # a header names it in its own words too ("R1" for ROUGE-1, "sw" for Swahili); a slash
    # list of a name's parts ("ROUGE-1/2/L") by its first part
    return any(not mentions(here, e) and not any(mentions(h, e) or header_score(h, e) or header_score(h, e.split("/")[0])
                                                 for h in headers) for e in names)


def _table_judgement(td: TableDecision, where: str, score: float, recall: float) -> Judgement:
    label = VerdictLabel.SUPPORTED if td.agrees else VerdictLabel.CONTRADICTED
    if td.agrees:
        why = f"{where}: {td.explanation} agrees with the claim's {td.claim_number}"
    else:
        said = td.computed or td.explanation.endswith(td.source_number)
        why = f"{where}: claim says {td.claim_number}, {td.explanation}" + ("" if said else f" (states {td.source_number})")
    return Judgement(label, score, recall, why, td.cell, [NumberCheck(td.claim_number, td.source_number, td.agrees)],
                     computed=td.computed, decided_by_numbers=True, text=td.cell.text)


def judge_version(claim: Claim, version: SourceVersion) -> Judgement:
    """The verdict on one version, from that version's passages only."""
    core = claim_core(claim)
    cands = score_candidates(claim, version, K)
    where = f"{version.key}"
    names = name_spans(core, version) + versioned_name_spans(core, version)
    entities = names_in(core)
    # Names the paper never mentions: a claim about them is not decided by its tables.
    unknown = [e for e in entities if not in_version(version, e)]
    tds = table_decisions(core, version)
    if unknown:
        tds = [d for d in tds if d.agrees]  # a table never contradicts a claim about something it lacks
    tds = [d for d in tds if d.agrees or not _about_another_table(core, d, version)]
    options = []
    for score, recall, text, passage in cands:
        checks = check_numbers(claim, core, text, names, passage.kind == "table-row")
        # a number that agrees while counting another thing ("10 domains" / "10.0 points")
        # is no reason to prefer its passage
        agree = sum(c.agrees and not _counts_another(core, text, c) for c in checks)
        conflicts = sum(not c.agrees and c.source_text is not None for c in checks)
        in_tie = score >= cands[0][0] - TIE_MARGIN
        # A passage with the claim's numbers is found at a lower word recall.
        if in_tie or (agree and recall >= NUMBER_FOUND_RECALL):
            options.append((agree, -conflicts, score, recall, text, passage, checks))
    bare = without_number_phrases(core)
    found = bool(cands) and (
        cands[0][1] >= FOUND_RECALL
        # one clause of a longer claim is stated: judged below (at best partly supported)
        # (and the passage is about the claim's subject: it names one of the claim's names or
        # holds a fair share of the whole claim — a generic clause, "the need for further
        # work", stated in an unrelated paper makes nothing found)
        # ... or the claim less a phrase that only adds a number ("with a peak learning rate of
        # 6e-4") is stated: the number is then the part the passage lacks
        or (bare is not None and any(best_clause_recall(bare, c[2]) >= CLAUSE_RECALL and c[1] >= CLAUSE_SHARE
                                     for c in cands[:3]))
        or any(best_clause_recall(core, c[2]) >= CLAUSE_RECALL
               and (c[1] >= CLAUSE_SHARE or any(mentions(c[2], e) for e in entities)
                    or shares_a_number(claim, core, c[2], names, c[3])) for c in cands[:3])
        or any((o[0] > 0 or any(other_way(c) for c in o[6])) and o[3] >= NUMBER_FOUND_RECALL for o in options)
        or any(anchored(core, c[2]) for c in cands[:3])
        # a sentence that states part of the claim's list ("tasks such as A, B and D" for "on
        # A, B and C"): the items it lacks weigh the share of words down, not the finding
        or any(c[1] >= NUMBER_FOUND_RECALL and lists_part(core, c[2]) for c in cands[:3])
        # a reworded passage that says the opposite shares fewer of the claim's words: its
        # clash finds it ("relies on a complex architecture" / "uses a standard one, despite
        # its simplicity")
        # (a claim with numbers is found by them)
        or (cands[0][1] >= OPPOSITE_FOUND_RECALL and not extract_quantities(core)
            and _words_against(core, cands[0][2]) is not None)
    )
    # The paper's own subject is named all through it: in a claim of one clause, a passage
    # naming only that says nothing of the claim's other thing ("Quokka uses an X index"
    # where the paper never mentions X is not found). A claim of several clauses may add
    # a fact to one the passage states (partly supported).
    one_clause = len(clause_texts(core)) == 1
    own = [e for e in entities if one_clause and paper_subject(e, version)]
    if not found and cands:
        # "for Swahili and Urdu" against "for Swahili and Thai": a name the paper never
        # mentions weighs most in recall, yet the rest of the claim is there — judged on,
        # to be partly supported for the missing name.
        kept = [e for e in entities if e not in unknown and e not in own]
        if unknown and kept:
            rest = core
            for e in unknown:
                rest = re.sub(r"(?<![A-Za-z0-9])" + re.escape(e) + r"(?![A-Za-z0-9])", " ", rest)
            again = score_candidates(Claim(claim.index, rest, claim.mark, None, False), version, K)
            if again and again[0][1] >= SUPPORT_RECALL and any(mentions(again[0][2], e) for e in kept):
                cands, found = again, True
                options = [(0, 0, sc, rc, tx, ps, check_numbers(claim, core, tx, names, ps.kind == "table-row")) for sc, rc, tx, ps in again[:1]]
    others = [e for e in entities if e not in own]
    if found and others and len(unknown) == len(others) and (cands[0][1] < SUPPORT_RECALL or len(others) < len(entities)) \
            and all(object_of_preposition(core, e) for e in unknown):
        # "also evaluated on the X benchmark" where the paper never mentions X: the words
        # around it are the paper's ("evaluated on the Y benchmark"), the thing is not
        found = False
    if not found:
        if tds:
            return _from_tables(claim, core, names, tds, "", where, cands[0][0] if cands else 0.0, cands[0][1] if cands else 0.0)
        best = f" (best match {cands[0][0]:.0f}/100)" if cands else ""
        return Judgement(VerdictLabel.NOT_FOUND, cands[0][0] if cands else 0.0, cands[0][1] if cands else 0.0,
                         f"no passage of {where} states this{best}")
    options.sort(key=lambda o: (o[0], o[2]), reverse=True)
    agree, _, score, recall, text, passage, checks = options[0]
    runners = [(c[0], c[3]) for c in cands if c[3] is not passage][:3]
    loc = f"{where} {passage.location}"
    wrong = [c for c in checks if not c.agrees and c.source_text is not None]
    absent = [c for c in checks if not c.agrees and c.source_text is None]

    def j(label: VerdictLabel, why: str, by_numbers: bool = False) -> Judgement:
        return Judgement(label, score, recall, why, passage, checks, runners, decided_by_numbers=by_numbers, text=text)

    all_numbers_stated = bool(checks) and not wrong and not absent
    prose_contradicts = bool(wrong) and recall >= SUPPORT_RECALL
    in_prose = passage.kind not in ("table-row", "table-cell")
    # A table that agrees with a count of the claim's ("three models": three columns) says
    # nothing of its predicate: a well-matched sentence that says the opposite ("the numbers
    # of X and Y are not comparable") decides against "the three models' numbers of X and Y
    # are comparable". (A measured value the table agrees with is its own evidence.)
    if tds and in_prose and recall >= NEGATION_RECALL and all(d.agrees for d in tds) and _only_counts(core, names):
        words_against = _words_against(core, text)
        if words_against is not None:
            return j(VerdictLabel.CONTRADICTED, f"{words_against} ({loc})")
    # A table decides unless a sentence states every number (or, confidently, another one).
    # A sentence's numbers say nothing of the order of two named rows, which no number
    # states: a table that contradicts that order still decides.
    numberless_against = any(not d.agrees and d.order for d in tds)
    if tds and not (in_prose and all_numbers_stated and recall >= NUMBER_FOUND_RECALL and not numberless_against) \
            and not (in_prose and prose_contradicts and not all(d.agrees for d in tds)):
        return _from_tables(claim, core, names, tds, text, where, score, recall)
    if absent and not wrong and len(absent) == len(checks) and best_clause_recall(core, text, numberless=True) < CLAUSE_RECALL \
            and (bare is None or best_clause_recall(bare, text) < CLAUSE_RECALL):
        # The passage shares the claim's subject but not what its numbers measure.
        return Judgement(VerdictLabel.NOT_FOUND, score, recall,
                         f"no passage of {where} states what the claim's number(s) {', '.join(c.claim_text for c in absent)} measure")
    if unknown and checks and not in_prose:
        # "reaches 90.9 on the SuperGLUE test set" against a table without SuperGLUE
        return Judgement(VerdictLabel.NOT_FOUND, score, recall,
                         f"{where} never mentions {', '.join(unknown)}; its table's numbers are about something else")
    if wrong and (recall >= NEGATION_RECALL
                  or (recall >= NUMBER_FOUND_RECALL and all(same_counted(core, text, c) or other_way(c) for c in wrong))):
        if unknown and not any(c.agrees for c in checks):
            # "SQuAD v2.0 Test F1 83.1" against a version that has only SQuAD v1.1: another
            # thing's number, not a contradiction.
            return Judgement(VerdictLabel.NOT_FOUND, score, recall,
                             f"{where} never mentions {', '.join(unknown)}; its numbers are about something else")
        said = "; ".join(f"claim says {c.claim_text}, source states {c.source_text}" for c in wrong)
        return j(VerdictLabel.CONTRADICTED, f"{said} ({loc})", True)
    # A degree bound to a name the passage grades otherwise is as specific as a number
    # bound to it: decided at the share of words that finds a passage by its numbers.
    swap = degree_swap(core, text) if recall >= NUMBER_FOUND_RECALL else None
    if swap is not None:
        return j(VerdictLabel.CONTRADICTED, f"{swap} ({loc})")
    # Names or a year in the places the passage gives to others: "A for X and B for Y" /
    # "B for X and A for Y"; "the January 2020 snapshot" / "the January 2021 snapshot".
    if in_prose and recall >= OPPOSITE_FOUND_RECALL:
        roles = swapped_roles(core, text)
        if roles is not None:
            return j(VerdictLabel.CONTRADICTED, f"the source gives {roles[0]} and {roles[1]} each the other's role ({loc})")
        moved = moved_role(core, text)
        if moved is not None:
            return j(VerdictLabel.CONTRADICTED, f"the source gives {moved[0]}'s place in the claim to {moved[1]} ({loc})")
        year = swapped_year(core, text)
        if year is not None:
            return j(VerdictLabel.CONTRADICTED, f"claim says {year[0]}, source states {year[1]} ({loc})")
    # Opposite words say nothing about a claim none of whose names the paper mentions
    # ("X does not see benefits" against "Y and Z see improvements").
    about_it = not entities or len(unknown) < len(entities)
    if (recall >= OPPOSITE_FOUND_RECALL or all_numbers_stated) and about_it:
        against = _words_against(core, text)
        if against is not None:
            return j(VerdictLabel.CONTRADICTED, f"{against} ({loc})")
    if not checks and not tds and in_prose and about_it:
        rival = _opposing_rival(core, text, recall, cands, passage)
        if rival is not None:
            why, r_score, r_recall, r_text, r_passage = rival
            return Judgement(VerdictLabel.CONTRADICTED, r_score, r_recall,
                             f"{why} ({where} {r_passage.location})", r_passage, [], runners, text=r_text)
    if unknown and (absent or wrong) and not any(c.agrees for c in checks) and _each_clause_unstated(core, unknown):
        # "On VOC 2007, X reaches 76.4%" where the paper never mentions VOC and states none of
        # the numbers: what they measure is not there, however well the rest matches (a
        # clause with neither, "T5 introduces a text-to-text framework", may be stated: partly)
        return Judgement(VerdictLabel.NOT_FOUND, score, recall,
                         f"{where} never mentions {', '.join(unknown)} and states none of the claim's number(s) "
                         f"{', '.join(c.claim_text for c in absent + wrong)}")
    if absent or wrong:
        missing = ", ".join(c.claim_text for c in absent + wrong)
        return j(VerdictLabel.PARTLY_SUPPORTED, f"the words match {loc}, but not the number(s) {missing}", True)
    if all_numbers_stated and in_prose:
        rival_number = _number_of_the_named(core, entities, text, passage, options, version)
        if rival_number is not None:
            check, r_score, r_recall, r_text, r_passage = rival_number
            return Judgement(VerdictLabel.CONTRADICTED, r_score, r_recall,
                             f"claim says {check.claim_text}, source states {check.source_text} ({where} {r_passage.location})",
                             r_passage, [check], runners, decided_by_numbers=True, text=r_text)
    context = _neighbours(version, passage) + " " + text + " " + _setting(passage)
    # A coordinated set is compared with the deciding passage itself: a neighbouring
    # sentence that names another member does not make this one state it.
    lacking = list(dict.fromkeys(missing_conjuncts(core, text) + missing_entities(core, context, version, not in_prose)
                                 + scattered_compounds(core, text) + replaced_modifiers(core, text)))
    if lacking:
        rival = _named_rival(core, [e for e in lacking if e in entities], cands, passage)
        if rival is not None:
            why, r_score, r_recall, r_text, r_passage = rival
            return Judgement(VerdictLabel.CONTRADICTED, r_score, r_recall, f"{why} ({where} {r_passage.location})",
                             r_passage, [], runners, text=r_text)
        # a name of the claim whose place the passage gives another name: "initialised from
        # the X checkpoint" / "initialised with the Y checkpoint" says another thing there
        slot = next(((e, r) for e in lacking if e in entities and in_prose
                     for r in [slot_rival(core, text, e)] if r is not None), None)
        if slot is not None:
            return j(VerdictLabel.CONTRADICTED, f"the claim names {slot[0]} where the source names {slot[1]} ({loc})")
        return j(VerdictLabel.PARTLY_SUPPORTED, f"{loc} states the rest but does not mention {', '.join(lacking)}")
    means = replaced_means(core, text) if in_prose else None
    if means is not None:
        return j(VerdictLabel.CONTRADICTED, f"the claim says “{means[0]}” where the source says “{means[1]}” ({loc})")
    # A part of the claim wholly absent from a passage that states the rest: a fact the
    # claim adds, however well the rest matches.
    absent_part = absent_parts(core, text, entities) if in_prose else []
    if absent_part:
        what = "; ".join(f"“{u[:60]}”" for u in absent_part)
        lacking_words = missing_words(" ".join(absent_part), text)
        words = f"; not stated: {', '.join(lacking_words)}" if lacking_words else ""
        return j(VerdictLabel.PARTLY_SUPPORTED, f"{loc} states the rest of the claim but not {what}{words}")
    denial = unstated_denial(core, text) if in_prose else None
    if denial is not None:
        return j(VerdictLabel.PARTLY_SUPPORTED, f"{loc} states the rest of the claim but not “{denial}”")
    if recall >= SUPPORT_RECALL or (all_numbers_stated and recall >= NUMBER_SUPPORT_RECALL):
        return j(VerdictLabel.SUPPORTED, f"stated in {loc}", bool(checks))
    unstated = unstated_parts(core, text)
    if not unstated and all_numbers_stated and recall >= NUMBER_FOUND_RECALL:
        # Every number agrees and every part is at least half there, in other words: a
        # paraphrase ("simple in concept" / "conceptually simple"), not a partial claim.
        # Without a number to anchor it, a reworded predicate may be its opposite ("come
        # close to" / "surpassed"), so words alone still need SUPPORT_RECALL.
        return j(VerdictLabel.SUPPORTED, f"stated in {loc} (every part of the claim, reworded)", bool(checks))
    if unstated:
        what = "; ".join(f"“{u[:60]}”" for u in unstated)
        lacking_words = missing_words(" ".join(unstated), text)
        words = f"; not stated: {', '.join(lacking_words)}" if lacking_words else ""
        return j(VerdictLabel.PARTLY_SUPPORTED, f"{loc} states the rest of the claim but not {what}{words}")
    lacking_words = missing_words(core, text)
    what = f"; not stated: {', '.join(lacking_words)}" if lacking_words else ""
    return j(VerdictLabel.PARTLY_SUPPORTED, f"only part of the claim ({recall:.0%} of its content words) is in {loc}{what}")


def _named_rival(core: str, named: list[str], cands: list, chosen: Passage
                 ) -> tuple[str, float, float, str, Passage] | None:
    """Where the best passage does not name what the claim is about (``named``), a
    well-matched candidate that names all of it and says the opposite of the claim."""
    if not named:
        return None
    for score, recall, text, passage in cands:
        if passage is not chosen and recall >= NEGATION_RECALL and all(mentions(text, e) for e in named):
            against = _words_against(core, text)
            if against is not None:
                return against, score, recall, text, passage
    return None


def _number_of_the_named(core: str, entities: Sequence[str], text: str, chosen: Passage, options: list,
                         version: SourceVersion) -> tuple[NumberCheck, float, float, str, Passage] | None:
    """Where the passage that states the claim's number never names one of the claim's names
    ("For MS MARCO, we train for 200k iterations" for a claim "on TREC CAR"), another passage
    that names it and counts the same thing otherwise ("on TREC CAR for only 125k
    iterations"): that number is the claim's, and it differs."""
    # (the paper's own subject goes unnamed in its passages: "we train" for "ColBERT is trained")
    unnamed = [e for e in entities if not mentions(text, e) and not paper_subject(e, version)]
    if not unnamed:
        return None
    for _, _, score, recall, r_text, r_passage, r_checks in options:
        if r_passage is chosen or r_passage.kind in ("table-row", "table-cell") or recall < NUMBER_FOUND_RECALL:
            continue
        if not all(mentions(r_text, e) for e in unnamed):
            continue
        wrong = [c for c in r_checks if not c.agrees and c.source_text is not None and same_counted(core, r_text, c)
                 and _other_value(c)]
        if wrong and not any(c.agrees for c in r_checks if c.claim_text == wrong[0].claim_text):
            return wrong[0], score, recall, r_text, r_passage
    return None


def _other_value(check: NumberCheck) -> bool:
    """Whether a disagreeing check states another value, not the same one bound elsewhere."""
    mine, theirs = extract_quantities(check.claim_text), extract_quantities(check.source_text or "")
    return bool(mine and theirs) and mine[0].value != theirs[0].value


def _only_counts(core: str, names: Sequence[tuple[int, int]]) -> bool:
    """Whether every number of the claim (outside its names) counts things ("three
    models"), measuring nothing."""
    qs = [q for q in extract_quantities(core) if outside(q, list(names))]
    return bool(qs) and all(q.noun and not q.unit for q in qs)


def _each_clause_unstated(core: str, unknown: Sequence[str]) -> bool:
    """Whether every clause of the claim holds a number or a name the paper never mentions,
    other than the name it opens with: that is the report's name for the paper's subject
    ("T5 introduces a text-to-text framework" may be stated by "we introduce ...")."""
    elsewhere = [e for e in unknown if not re.fullmatch(r"\s*(?:(?:the|a|an)\s+)?", core[: max(0, core.find(e))], re.I)]
    return all(extract_quantities(part) or any(mentions(part, e) for e in elsewhere) for part, _ in clause_texts(core))


def _words_against(core: str, text: str) -> str | None:
    """Why the passage's words point the other way from the claim's, if they do: an
    opposite or a negation (``opposites.py``)."""
    clash = polarity_clash(core, text)
    if clash is not None:
        return clash
    flip = negation_flip(core, text)
    if flip is None:
        return None
    return "the claim negates what the source states" if flip else "the source negates what the claim states"


def _counts_another(core: str, text: str, check: NumberCheck) -> bool:
    """Whether the claim's number and the passage's count different things: two nouns, or
    a noun counted on one side and a unit measured on the other ("10 domains" / "10.0
    points")."""
    q = next((q for q in extract_quantities(core) if q.text == check.claim_text), None)
    s = next((s for s in extract_quantities(text) if s.text == check.source_text), None)
    if q is None or s is None:
        return False
    if q.noun and s.noun:
        return q.noun.split()[-1] != s.noun.split()[-1]
    return bool(q.noun and not q.unit and s.unit and not s.noun) or bool(s.noun and not s.unit and q.unit and not q.noun)


RIVAL_RECALL_GAP = 0.05  # a rival passage this close in share of the claim is as good a match


def _opposing_rival(core: str, text: str, recall: float, cands: list, chosen: Passage
                    ) -> tuple[str, float, float, str, Passage] | None:
    """Another candidate that says the opposite of a numberless claim, where the chosen one
    does not speak to it: the chosen passage shares the claim's subject ("we ran parsing
    experiments"), the rival its predicate ("despite no tuning it parses surprisingly well"
    against "performs poorly"). A rival counts when it matches about as well, or, when the
    chosen passage has no word of the claim's polar senses at all, when it matches well
    enough to be found by its opposite. A chosen passage that states the claim's polar word
    the same way keeps the verdict."""
    if confirms(core, text):
        return None
    silent = silent_on(core, text)
    for score, r_recall, r_text, r_passage in cands:
        if r_passage is chosen or r_text == text:
            continue
        if not (r_recall >= recall - RIVAL_RECALL_GAP or (silent and r_recall >= OPPOSITE_FOUND_RECALL)):
            continue
        clash = _words_against(core, r_text)
        if clash is not None:
            return clash, score, r_recall, r_text, r_passage
    return None


def _gap_of_decided(core: str, number: str, agreed: set[str]) -> bool:
    """Whether ``number`` is a difference the claim states ("is 0.2 above", "by 5.0") between
    two of its own numbers that the cells or the passage agree with ("34.9 ... 0.2 above ... 34.7"): the
    arithmetic follows from the two levels, so the cells state it too."""
    q = next((q for q in extract_quantities(core) if q.text == number), None)
    if q is None or not is_difference(core, q):
        return False
    levels = [v.value for v in extract_quantities(core) if v.text.rstrip("% ") in agreed and v.text != number]
    decimals = len(number.split(".")[1]) if "." in number else 0
    return any(math.isclose(round(abs(a - b), decimals), abs(q.value), abs_tol=1e-9)
               for i, a in enumerate(levels) for b in levels[i + 1 :] if a != b)


def _from_tables(claim: Claim, core: str, names: Sequence[tuple[int, int]], tds: list[TableDecision], text: str,
                 where: str, score: float, recall: float) -> Judgement:
    """The tables' verdict: any number they contradict decides; numbers they leave open
    must be in the prose passage, else the claim is partly supported."""
    wrong = [d for d in tds if not d.agrees]
    if wrong:
        return _table_judgement(wrong[0], where, score, recall)
    lead = _table_judgement(tds[0], where, score, recall)
    decided = {d.claim_number for d in tds}
    pair = reversed_pair(core)
    if pair is not None and {d.claim_number.rstrip("% ") for d in tds if d.agrees} & set(pair):
        # a cell agrees with a number of a pair that runs against the claim's own word
        # ("raises it from 43.5 to 37.8"): the claim is about these cells and cannot be true
        return Judgement(VerdictLabel.CONTRADICTED, score, recall,
                         f"{where}: the claim's {pair[0]} → {pair[1]} runs against its own direction word; {lead.explanation}",
                         lead.passage, lead.numbers, computed=lead.computed, decided_by_numbers=True, text=lead.text)
    checks = check_numbers(claim, core, text, names, bool(ROW_TEXT.match(text))) if text else []
    prose = {c.claim_text for c in checks if c.agrees}
    # a number that is a word of a decided cell's row ("with beam 12" of "beam size 12") names it
    headers = {d.cell.row for d in tds if d.cell.row}
    open_ = [q.text for q in extract_quantities(core)
             if outside(q, list(names)) and q.unit != "x" and q.text not in decided and q.text not in prose
             and not any(spelt_in_header(q.text, h) for h in headers)]
    # a number the tables leave open that the passage, well matched, states otherwise: "from
    # 95.1 to 97.3" when the row reads 95.1 and 96.3
    agreed = {d.claim_number.rstrip('% ') for d in tds if d.agrees} | {t.rstrip('% ') for t in prose}
    open_ = [t for t in open_ if not _gap_of_decided(core, t, agreed)]
    other = [c for c in checks if c.claim_text in open_ and not c.agrees and c.source_text is not None]
    if other and recall >= NEGATION_RECALL:
        said = "; ".join(f"claim says {c.claim_text}, source states {c.source_text}" for c in other)
        return Judgement(VerdictLabel.CONTRADICTED, score, recall, f"{said}; {lead.explanation}", lead.passage,
                         lead.numbers + other, computed=lead.computed, decided_by_numbers=True, text=lead.text)
    if open_:
        lead.label = VerdictLabel.PARTLY_SUPPORTED
        lead.explanation += f"; nothing in {where} states {', '.join(open_)}"
        lead.numbers += [NumberCheck(t, None, False) for t in open_]
    return lead


def _deciding_version(source: Source) -> tuple[SourceVersion | None, str]:
    readable = [v for v in source.versions if v.error is None and v.passages]
    if not readable:
        return None, ""
    cited = source.reference.version
    by_number = {v.version: v for v in readable}
    if cited is not None and cited in by_number:
        return by_number[cited], ""
    latest = max(readable, key=lambda v: v.version)
    note = f" (cited v{cited} could not be read; judged on v{latest.version})" if cited is not None else ""
    return latest, note


def _judged_text(j: Judgement, version: SourceVersion) -> str:
    """What a judgement rests on: its passage with the adjacent sentences, or, for a table,
    the whole table (caption, headers and cells), which names what its numbers measure."""
    p = j.passage
    if p is None:
        return ""
    if p.table is not None and p.kind != "sentence":
        mine = [q for q in version.passages if q.table == p.table]
        return " \n ".join([q.text for q in mine] + sorted({h for q in mine for h in (q.row, q.column) if h}))
    return _neighbours(version, p) + " " + j.text


def _weighed_recall(j: Judgement) -> float:
    """A judgement's share of the claim, as weighed against another paper's: a partly
    supported that rests on shared words alone (no number or table decided it) outweighs a
    decision only with a clearly higher share ("only part of the claim" in a generic
    sentence is weaker evidence than a table row that decides it)."""
    if j.label is VerdictLabel.PARTLY_SUPPORTED and not j.decided_by_numbers:
        return j.recall - WORDS_ONLY_MARGIN
    return j.recall


def _off_topic(j: Judgement, version: SourceVersion, core: str, entities: Sequence[str],
               cited: Sequence[SourceVersion]) -> int:
    """How far the passage deciding ``j`` is from the claim's names: 0 it names them (or
    they are its paper's subject, "our model"); 1 it leaves out a name its paper mentions
    elsewhere (about something else in that paper); 2 the claim opens with a name this
    paper never mentions but another cited paper does (the claim is about that paper).
    A name no cited paper mentions is left to ``judge_version`` ("does not mention X")."""
    if not entities or j.passage is None or j.label is VerdictLabel.NOT_FOUND:
        return 0
    opening = sum(len(w) + 1 for w in core.split()[:4])
    first = entities[0]
    if core.find(first) < opening and not in_version(version, first) \
            and any(in_version(v, first) for v in cited if v is not version):
        return 2
    text = _judged_text(j, version)
    return int(any(not mentions(text, e) and not paper_subject(e, version) and in_version(version, e)
                   for e in entities))


def _describe(label: VerdictLabel, j: Judgement) -> str:
    stated = [c.source_text for c in j.numbers if c.source_text is not None]
    if label is VerdictLabel.CONTRADICTED and stated:
        return f"states {', '.join(s for s in stated if s)}"
    return {
        VerdictLabel.SUPPORTED: "supports it",
        VerdictLabel.CONTRADICTED: "contradicts it",
        VerdictLabel.PARTLY_SUPPORTED: "partly supports it",
        VerdictLabel.NOT_FOUND: "does not state it",
    }[label]


def judge_claim(claim: Claim, sources: Sequence[Source], nli: EntailmentJudge | None = None) -> Verdict:
    results = []  # (source, deciding version, judgement, per-version judgements, note)
    for source in sources:
        decider, note = _deciding_version(source)
        if decider is None:
            continue
        per = {v.key: judge_version(claim, v) for v in source.versions if v.error is None and v.passages}
        if nli is not None:
            from claimcheck.evidence.nli import combine

            per = {k: combine(claim_core(claim), o, nli) for k, o in per.items()}
        results.append((source, decider, per[decider.key], per, note))
    if not results:
        why = "; ".join(f"{s.reference.key}: {s.error or s.status.value}" for s in sources) or "the report cites no arXiv paper"
        # Nothing was read, so nothing was checked: not a verdict on the claim, and not
        # something the report's mark can agree or disagree with.
        return Verdict(claim.index, VerdictLabel.UNCHECKED, f"no cited source could be read ({why})",
                       mark_agrees=None)
    # The paper that states the claim best decides; between equally good matches, support wins.
    # A paper that does not state it never outweighs one that does: its near miss may share
    # more words with the claim than a table cell that decides it in another paper.
    # Between papers that do, the one that names what the claim names decides: "XLNet-large
    # has the best QQP score" is about the paper with XLNet-large in it, not about another's
    # table whose best QQP row happens to match the rest of the words.
    # Before all that, a finding whose passage is about the claim's names outweighs one whose
    # passage is not: "+13 F1 for XLM-R on MLQA" in one paper is no contradiction of "XLM
    # beats mBERT by 9.1 F1 on Arabic" that another paper states. A finding in a paper that
    # never names the claim's subject, which another cited paper names, does not even
    # outweigh that paper's "not found". A partly supported on shared words alone outweighs
    # another paper's decision only with a clearly higher share (``_weighed_recall``).
    core = claim_core(claim)
    entities = names_in(core) if len(results) > 1 else []
    versions = [r[1] for r in results]

    def rank(r: tuple[Source, SourceVersion, Judgement, dict[str, Judgement], str]) -> tuple[bool, bool, int, bool, float, int, float]:
        jr, found = r[2], r[2].label is not VerdictLabel.NOT_FOUND
        off = _off_topic(jr, r[1], core, entities, versions)
        return (found and off == 0, off < 2, sum(in_version(r[1], e) for e in entities), found,
                round(_weighed_recall(jr), 2), _PRIORITY[jr.label], jr.score)

    source, decider, j, per, note = max(results, key=rank)
    if j.label is VerdictLabel.SUPPORTED:
        # another cited paper states another number for the same names: the reviewer sees
        # the disagreement the verdict passes over
        note += "".join(f"; but {r[1].key} {_describe(r[2].label, r[2])}" for r in results
                        if r[1] is not decider and r[2].label is VerdictLabel.CONTRADICTED
                        and r[2].decided_by_numbers and _off_topic(r[2], r[1], core, entities, versions) == 0)
    drift = None
    others = {k: o for k, o in per.items() if k != decider.key and o.label is not j.label}
    if others:
        parts = [f"{j.label.value} by v{decider.version} ({_describe(j.label, j)})"]
        for key, o in sorted(others.items()):
            parts.append(f"v{key.rsplit('v', 1)[1]} {_describe(o.label, o)}")
        drift = "; ".join(parts)
    evidence = Evidence(decider.arxiv_id, decider.version, j.passage, round(j.score, 2)) if j.passage else None
    return Verdict(
        claim_index=claim.index,
        label=j.label,
        explanation=j.explanation + note,
        evidence=evidence,
        score=round(j.score, 2),
        numbers=j.numbers,
        # every readable cited paper's versions: a reader sees how each paper judged the
        # claim, not only the deciding one's (drift stays within the deciding paper)
        per_version=dict(sorted((k, o.label) for r in results for k, o in r[3].items())),
        drift=drift,
        candidates=[Evidence(decider.arxiv_id, decider.version, p, round(s, 2)) for s, p in j.runners_up],
        mark_agrees=_mark_agrees(claim.mark, j.label),
        computed=j.computed,
    )


def _mark_agrees(mark: Mark, label: VerdictLabel) -> bool | None:
    if mark is Mark.UNKNOWN:
        return None
    return (mark is Mark.VERIFIED) == (label is VerdictLabel.SUPPORTED)


def judge_claims(claims: Sequence[Claim], sources: Sequence[Source], nli: EntailmentJudge | None = None) -> list[Verdict]:
    """One verdict per claim, in claim order (see the module docstring for the rules);
    ``nli``, when given, is the entailment model of ``nli.py``. A paper's bibliography is
    no evidence for what the paper states (``scope.py``)."""
    sources = [replace(s, versions=[evidence_version(v) for v in s.versions]) for s in sources]
    return [_judged(c, sources, nli) for c in claims]


def _judged(claim: Claim, sources: Sequence[Source], nli: EntailmentJudge | None) -> Verdict:
    """``judge_claim``, except that a fault of the rules on one claim's wording costs that
    claim alone: it is left unchecked with the fault named, and the report's other claims
    (and the night's other reports) are still judged."""
    try:
        return judge_claim(claim, sources, nli)
    except (ArithmeticError, AttributeError, LookupError, TypeError, ValueError, RecursionError) as exc:
        why = f"not judged: the rules failed on this claim ({type(exc).__name__}: {exc}); please report it"
        return Verdict(claim.index, VerdictLabel.UNCHECKED, why, mark_agrees=None)
