"""A report cites several papers; the claim is judged against each, and the paper that
states it best decides. A paper that does not state it never outweighs one that does."""

from __future__ import annotations

import json
from pathlib import Path

from claimcheck.evidence.judge import WORDS_ONLY_MARGIN, Judgement, _off_topic, _weighed_recall, judge_claims, judge_version
from claimcheck.evidence.names import names_in
from claimcheck.sources.extract import extract_pdf
from claimcheck.model import Claim, Mark, Passage, Reference, Source, SourceStatus, SourceVersion, Verdict, VerdictLabel


def source(aid: str, *passages: Passage) -> Source:
    version = SourceVersion(aid, 1, list(passages), 1, "test")
    return Source(Reference(f"arXiv:{aid}", aid, None), SourceStatus.OK, None, [version])


def sentence(text: str, order: int = 0) -> Passage:
    return Passage(text, 1, None, "sentence", order, section="1 Introduction")


def cell(row: str, column: str, value: str, order: int) -> Passage:
    return Passage(value, 2, None, "table-cell", order, section="4 Results", table="Table 2", row=row, column=column)


TABLE_PAPER = source(
    "2101.00001",
    sentence("We evaluate taggers on six dialects of Occitan."),
    Passage("Table 2, row Gascon: Tagger 91.4; Pooled 93.0", 2, None, "table-row", 1, section="4 Results", table="Table 2", row="Gascon"),
    cell("Gascon", "Tagger", "91.4", 2),
    cell("Gascon", "Pooled", "93.0", 3),
    Passage("Table 2: Tagging accuracy per dialect.", 2, None, "caption", 4, section="4 Results", table="Table 2"),
)
WORDY_PAPER = source(
    "2101.00002",
    sentence("Pooled tagging of Gascon and other dialects of Occitan is an open problem that pooled training may address."),
)


def test_a_near_miss_in_another_paper_does_not_outweigh_the_table_that_decides() -> None:
    claim = Claim(1, "The pooled tagger reaches 93.0 on Gascon.", Mark.VERIFIED, None, False)
    alone = judge_claims([claim], [TABLE_PAPER])[0]
    both = judge_claims([claim], [WORDY_PAPER, TABLE_PAPER])[0]
    assert alone.label is VerdictLabel.SUPPORTED
    assert both.label is VerdictLabel.SUPPORTED
    assert both.evidence is not None and both.evidence.arxiv_id == "2101.00001"


def test_when_no_cited_paper_states_it_the_claim_is_not_found() -> None:
    claim = Claim(1, "The pooled tagger reaches 97.5 on Provencal speech transcripts.", Mark.VERIFIED, None, False)
    assert judge_claims([claim], [WORDY_PAPER, TABLE_PAPER])[0].label is VerdictLabel.NOT_FOUND


CORPUS = Path(__file__).resolve().parent.parent / "data" / "realpapers"


def corpus_source(aid: str, cited: int | None = None) -> Source:
    manifest = json.loads((CORPUS / "manifest.json").read_text(encoding="utf-8"))["papers"]
    versions = []
    for e in sorted((e for e in manifest if e["arxiv_id"] == aid), key=lambda e: int(e["version"])):
        doc = extract_pdf(CORPUS / e["files"]["pdf"])
        versions.append(SourceVersion(aid, int(e["version"]), doc.passages, doc.pages, doc.extractor))
    return Source(Reference(f"arXiv:{aid}", aid, cited), SourceStatus.OK, None, versions)


def test_a_table_cell_of_one_paper_decides_beside_papers_with_near_misses() -> None:
    # ALBERT's GLUE table decides; DistilBERT's, MLQA's, T5's and a cross-lingual paper's
    # sentences share words with the claim but state no such score. Each judged alone is
    # "not found" with a higher word share than the deciding table row.
    claim = Claim(1, "Averaged over the eight GLUE tasks of Table 1, ALBERT (1.5M) scores 90.0.", Mark.VERIFIED, None, False)
    albert = corpus_source("1909.11942", 6)
    others = [corpus_source(a) for a in ("1910.01108", "1910.07475", "1910.10683", "1910.11856")]
    alone = judge_claims([claim], [albert])[0]
    together = judge_claims([claim], [albert, *others])[0]
    assert alone.label is VerdictLabel.SUPPORTED
    assert together.label is VerdictLabel.SUPPORTED and together.evidence is not None
    assert together.evidence.arxiv_id == "1909.11942"


def test_the_paper_that_names_what_the_claim_names_decides() -> None:
    # DistilBERT's GLUE table has a best QQP row too, but never names XLNet-large; ALBERT's
    # table does (and XLNet-large is not its best on QQP).
    claim = Claim(1, "XLNet-large has the best QQP score among the models in Table 1.", Mark.VERIFIED, None, False)
    verdict = judge_claims([claim], [corpus_source("1910.01108"), corpus_source("1909.11942", 6)])[0]
    assert verdict.evidence is not None and verdict.evidence.arxiv_id == "1909.11942"
    assert verdict.label is not VerdictLabel.SUPPORTED


def test_per_version_holds_every_cited_papers_versions_and_drift_only_the_deciders() -> None:
    own = Source(Reference("arXiv:2101.00003", "2101.00003", None), SourceStatus.OK, None, [
        SourceVersion("2101.00003", 1, [sentence("The Gascon tagger was trained on 40 novels.")], 1, "test"),
        SourceVersion("2101.00003", 2, [sentence("The Gascon tagger was trained on 55 novels.")], 1, "test"),
    ])
    claim = Claim(1, "The Gascon tagger was trained on 55 novels.", Mark.VERIFIED, None, False)
    verdict = judge_claims([claim], [WORDY_PAPER, own])[0]
    assert verdict.label is VerdictLabel.SUPPORTED
    assert set(verdict.per_version) == {"2101.00002v1", "2101.00003v1", "2101.00003v2"}
    assert verdict.per_version["2101.00003v1"] is VerdictLabel.CONTRADICTED
    assert verdict.per_version["2101.00002v1"] is VerdictLabel.NOT_FOUND
    # drift compares the deciding paper's versions, never another paper's
    assert verdict.drift is not None and "v1" in verdict.drift and "2101.00002" not in verdict.drift
    assert "not found" not in verdict.drift


# A number stated for another name is no contradiction: the passage must be about the
# claim's names (the paper names Breton and the plain Kestrel tagger elsewhere).
ON_BRETON = source(
    "2101.00011",
    sentence("We compare taggers for the Celtic languages."),
    sentence("On Breton, the Kestrel tagger beats the Gannet tagger by 4.2 points.", 1),
)
OTHER_MODEL = source(
    "2101.00012",
    sentence("We also tag Breton and Welsh with the original Kestrel tagger."),
    sentence("Averaged over all languages, our Kestrel-X tagger beats the Gannet tagger by 7.5 points.", 1),
)
BRETON_CLAIM = "On Breton, the Kestrel tagger beats the Gannet tagger by 4.2 points."
# a paper of many sentences, where Breton is one passing mention (not its subject)
FAR_MODEL = source(
    "2101.00018",
    sentence("We also tag Breton and Welsh with the original Kestrel tagger."),
    *[sentence(f"Annotators met {k} times to settle the guidelines.", k) for k in range(2, 18)],
    sentence("On every language, the Kestrel-X tagger beats the Gannet tagger by 7.5 points.", 20),
)


def verdict_of(text: str, *sources: Source) -> Verdict:
    return judge_claims([Claim(1, text, Mark.VERIFIED, None, False)], list(sources))[0]


def test_a_number_stated_for_another_name_does_not_decide_over_the_paper_that_names_it() -> None:
    alone = verdict_of(BRETON_CLAIM, OTHER_MODEL)
    assert alone.label is VerdictLabel.CONTRADICTED  # judged alone, the near miss contradicts
    both = verdict_of(BRETON_CLAIM, OTHER_MODEL, ON_BRETON)
    assert both.label is VerdictLabel.SUPPORTED
    assert both.evidence is not None and both.evidence.arxiv_id == "2101.00011"


def _judged(text: str, src: Source) -> Judgement:
    return judge_version(Claim(1, text, Mark.VERIFIED, None, False), src.versions[0])


def test_a_passage_without_the_names_its_paper_mentions_elsewhere_is_off_topic() -> None:
    cited = [OTHER_MODEL.versions[0], ON_BRETON.versions[0]]
    names = names_in(BRETON_CLAIM)
    far = FAR_MODEL
    assert _off_topic(_judged(BRETON_CLAIM, far), far.versions[0], BRETON_CLAIM, names, cited) == 1
    assert _off_topic(_judged(BRETON_CLAIM, ON_BRETON), ON_BRETON.versions[0], BRETON_CLAIM, names, cited) == 0


def test_a_contradiction_about_the_claims_names_still_decides_beside_other_papers() -> None:
    on_topic = source("2101.00013", sentence("On Breton, the Kestrel tagger beats the Gannet tagger by 7.5 points."))
    unrelated = source("2101.00014", sentence("We compare taggers for the Celtic languages."),
                       sentence("Breton has few annotated corpora.", 1))
    verdict = verdict_of(BRETON_CLAIM, unrelated, on_topic)
    assert verdict.label is VerdictLabel.CONTRADICTED
    assert verdict.evidence is not None and verdict.evidence.arxiv_id == "2101.00013"


# A claim that opens with a name: a paper that never mentions it states something about
# its own model, unless no cited paper names it (then it is the report's name for that paper).
NAMED = source(
    "2101.00015",
    sentence("KestrelNet is a part-of-speech tagger for the Celtic languages."),
    sentence("KestrelNet tags Breton and Welsh.", 1),
)
UNNAMED = source(
    "2101.00016",
    sentence("Our parser was trained for 90 hours on eight GPUs."),
    sentence("The parser handles Basque.", 1),
)
TRAINING_CLAIM = "KestrelNet was trained for 90 hours on eight GPUs."


def test_a_paper_that_never_names_the_claims_subject_does_not_outweigh_the_one_that_does() -> None:
    assert verdict_of(TRAINING_CLAIM, UNNAMED).label is VerdictLabel.SUPPORTED
    verdict = verdict_of(TRAINING_CLAIM, UNNAMED, NAMED)
    assert verdict.label is VerdictLabel.NOT_FOUND


def test_a_subject_no_cited_paper_names_is_the_reports_name_for_one_of_them() -> None:
    elsewhere = source("2101.00017", sentence("Welsh orthography changed in the last century."))
    verdict = verdict_of(TRAINING_CLAIM, UNNAMED, elsewhere)
    assert verdict.label is VerdictLabel.SUPPORTED
    assert verdict.evidence is not None and verdict.evidence.arxiv_id == "2101.00016"


def test_a_partly_on_shared_words_alone_needs_a_clearly_higher_share_to_outweigh_a_decision() -> None:
    words_only = Judgement(VerdictLabel.PARTLY_SUPPORTED, 60.0, 0.56, "only part of the claim")
    by_numbers = Judgement(VerdictLabel.PARTLY_SUPPORTED, 60.0, 0.56, "the words match, not the number", decided_by_numbers=True)
    decision = Judgement(VerdictLabel.CONTRADICTED, 40.0, 0.37, "computed from Table 1", decided_by_numbers=True)
    assert _weighed_recall(words_only) < _weighed_recall(decision)
    assert _weighed_recall(by_numbers) > _weighed_recall(decision)
    clearly_more = Judgement(VerdictLabel.PARTLY_SUPPORTED, 80.0, 0.37 + WORDS_ONLY_MARGIN + 0.05, "most of the claim")
    assert _weighed_recall(clearly_more) > _weighed_recall(decision)


def test_off_topic_levels_for_a_claims_opening_name() -> None:
    names = names_in(TRAINING_CLAIM)
    finding = _judged(TRAINING_CLAIM, UNNAMED)
    with_named = [UNNAMED.versions[0], NAMED.versions[0]]
    assert _off_topic(finding, UNNAMED.versions[0], TRAINING_CLAIM, names, with_named) == 2
    assert _off_topic(finding, UNNAMED.versions[0], TRAINING_CLAIM, names, [UNNAMED.versions[0]]) == 0


def test_a_supported_claim_notes_another_cited_papers_conflicting_number() -> None:
    conflicting = source("2101.00013", sentence("On Breton, the Kestrel tagger beats the Gannet tagger by 7.5 points."))
    verdict = verdict_of(BRETON_CLAIM, conflicting, ON_BRETON)
    assert verdict.label is VerdictLabel.SUPPORTED
    assert "but 2101.00013v1 states 7.5" in verdict.explanation
    # a number stated for another name is no disagreement to note
    assert "but" not in verdict_of(BRETON_CLAIM, FAR_MODEL, ON_BRETON).explanation
