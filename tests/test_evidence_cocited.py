"""A report cites several papers; the claim is judged against each, and the paper that
states it best decides. A paper that does not state it never outweighs one that does."""

from __future__ import annotations

import json
from pathlib import Path

from claimcheck.evidence.judge import judge_claims
from claimcheck.sources.extract import extract_pdf
from claimcheck.model import Claim, Mark, Passage, Reference, Source, SourceStatus, SourceVersion, VerdictLabel


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
