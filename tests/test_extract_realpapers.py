"""Extraction on real layouts: papers of data/realpapers (typeset by pdflatex with the
classes papers use) and the layout fixture tests/fixtures/layouts/floats.pdf.

Each test names the layout it checks and asserts specific sentences and cells with their
headers, as the ground truth of the corpus gives them."""

from __future__ import annotations

import importlib.util
import json
import sys
from functools import cache
from pathlib import Path

import pytest

from claimcheck.model import Passage
from claimcheck.sources.extract import extract_pdf

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "data" / "realpapers"
FLOATS = Path(__file__).parent / "fixtures" / "layouts" / "floats.pdf"


@cache
def passages(stem: str) -> list[Passage]:
    return extract_pdf(CORPUS / f"{stem}.pdf").passages


def cells(stem: str, table: str) -> dict[tuple[str | None, str | None], str]:
    return {(p.row, p.column): p.text for p in passages(stem) if p.kind == "table-cell" and p.table == table}


def by_text(ps: list[Passage], text: str) -> Passage:
    hits = [p for p in ps if p.text == text]
    assert hits, f"no passage is exactly: {text}"
    return hits[0]


def test_acl_page1_float_in_right_column_does_not_interleave_with_abstract() -> None:
    ps = passages("2005.13013v1")
    first = by_text(ps, "Intermediate-task training has been shown to substantially improve pretrained model "
                        "performance on many language understanding tasks, at least in monolingual English settings.")
    second = by_text(ps, "Here, we investigate whether English intermediate-task training is still helpful on "
                         "non-English target tasks in a zero-shot cross-lingual setting.")
    assert first.kind == second.kind == "abstract" and first.order + 1 == second.order
    assert not any("392,702" in p.text for p in ps if p.kind in ("abstract", "sentence"))
    assert cells("2005.13013v1", "Table 1")[("MNLI", "|Train|")] == "392,702"
    assert cells("2005.13013v1", "Table 1")[("SQuAD v2.0", "|Train|")] == "130,319"
    row = next(p for p in ps if p.kind == "table-row" and p.row == "ANLI+")
    assert row.text == "Table 1, row ANLI+: |Train| 1,104,934" and row.location == "page 1, Table 1, row ANLI+"
    caption = by_text(ps, "Table 1: Intermediate tasks and their number of English training examples.")
    assert caption.kind == "caption" and caption.table == "Table 1"
    last_abstract = max(p.order for p in ps if p.kind == "abstract")
    assert last_abstract < caption.order  # the right column's float is read after the left column


def test_full_width_table_star_with_seventeen_columns() -> None:
    t1 = cells("1911.02116v1", "Table 1")
    assert t1[("RoBERTa translate-test", "Avg")] == "77.8"
    assert t1[("XLM-R translate-train-all", "sw")] == "78.0"
    assert t1[("XLM-R translate-train-all", "Avg")] == "83.6"  # bold best, same value
    assert len(t1) == 32


def test_two_level_header_joins_levels() -> None:
    t2 = cells("1911.02116v1", "Table 2")
    assert t2[("mBERT", "en / F1 / EM")] == "77.7 / 65.2"
    assert t2[("XLM-R", "Avg / F1 / EM")] == "70.7 / 52.7"
    assert t2[("BERT-large", "es / F1 / EM")] == "–"


def test_cmidrule_headers_footnote_marks_and_plus_minus() -> None:
    t1 = cells("2006.03654v1", "Table 1")
    assert t1[("BERT Large", "SQuAD 1.1 / F1/EM")] == "90.9/84.1"
    assert t1[("DeBERTa Large", "MRPC / Acc/F1")] == "92.6/94.6¹"  # the footnote mark stays
    assert t1[("DeBERTa XLarge", "STS-B / P/S")] == "92.9/92.7¹"
    t2 = cells("2006.03654v1", "Table 2")
    assert t2[("MNLI xlarge", "Results")] == "91.5/91.2 ± 0.1"  # a two-word row label
    assert t2[("CoLA large", "Running time")] == "0.5h"
    caption = next(p for p in passages("2006.03654v1") if p.kind == "caption" and p.table == "Table 2")
    assert caption.text == "Table 2: Fine-tuning results over several random seeds (mean ± deviation) and running time on eight V100 GPUs."


def test_landscape_table_and_longtable_over_two_pages() -> None:
    t1 = cells("1911.02116v2", "Table 1")
    assert t1[("XLM-R translate-train-all", "ur")] == "78.1"
    assert {p.page for p in passages("1911.02116v2") if p.table == "Table 1"} == {2}
    t3 = cells("1911.02116v2", "Table 3")
    assert t3[("1", "Language")] == "Afrikaans"
    assert t3[("46", "Language")] == "Kannada"  # after "Table 3 (continued)" on the next page
    assert t3[("100", "Language")] == "Yiddish"
    assert len(t3) == 100


def test_single_column_footnote_and_multirow_groups() -> None:
    ps = passages("1909.11942v6")
    note = by_text(ps, "Described in the authors' repository, https://github.com/google-research/ALBERT.")
    assert note.kind == "footnote"
    rows = [p.text for p in ps if p.kind == "table-row" and p.table == "Table 3" and p.row == "ALBERT-base"]
    assert rows == [
        "Table 3, row ALBERT-base (V2): Average 82.3; SQuAD1.1 90.2/83.2; SQuAD2.0 82.1/79.3; MNLI 84.6; SST-2 92.9; RACE 66.8",
        "Table 3, row ALBERT-base (V1): Average 80.1; SQuAD1.1 89.3/82.3; SQuAD2.0 80.0/77.1; MNLI 81.6; SST-2 90.3; RACE 64.0",
    ]
    assert cells("1909.11942v6", "Table 2")[("BERT-large", "SQuAD1.1 / dev")] == "90.9/84.1"


def test_full_width_table_whose_first_column_names_rows_and_middle_column_is_text() -> None:
    # Released models: "bart.large.mnli" names the row; "Description" is a column of text.
    t1 = cells("1910.13461v1", "Table 1")
    assert t1[("bart.base", "Description")] == "BART model with 6 encoder and decoder layers"
    assert t1[("bart.large.cnn", "Description")] == "bart.large finetuned on CNN-DM"
    assert t1[("bart.large.xsum", "# params")] == "400M"
    assert t1[("bart.base", "# params")] == "140M"
    t2 = cells("1910.13461v1", "Table 2")
    assert t2[("bart.large", "RL")] == "40.90" and t2[("BERTSUMEXTABS", "R2")] == "19.60"


def test_line_starting_with_a_decimal_continues_its_sentence_not_a_heading() -> None:
    # "… BART also provides a" / "1.1 BLEU increase over …" reads like a numbered heading.
    ps = passages("1910.13461v1")
    s = by_text(ps, "BART also provides a 1.1 BLEU increase over a back-translation system for machine "
                    "translation, with only target language pretraining.")
    nxt = next(p for p in ps if p.order == s.order + 1)
    assert s.kind == nxt.kind == "abstract" and nxt.text.startswith("We also report ablation experiments")
    assert not any(p.section and p.section.startswith("1.1 BLEU") for p in ps)


def test_url_at_a_line_end_and_a_footnote_marked_short_last_line() -> None:
    ps = passages("2007.01852v2")
    by_text(ps, "We publicly release our best multilingual sentence embedding model for 109+ languages at "
                "https://tfhub.dev/google/LaBSE.")
    # "soft-" / "max.¹": the mark does not make the last line a smaller size.
    assert by_text(ps, "We contrast models with and without additive margin softmax.").kind == "sentence"


@pytest.mark.parametrize("stem", ["2005.13013v1", "1911.02116v1", "2006.03654v1", "1909.11942v6", "1910.13461v1"])
def test_every_truth_cell_of_these_papers_has_its_headers(stem: str) -> None:
    truth = json.loads((CORPUS / f"{stem}.truth.json").read_text())
    got: dict[tuple[str | None, str | None, str | None], list[str]] = {}
    for p in passages(stem):
        if p.kind == "table-cell":
            got.setdefault((p.table, p.row, p.column), []).append(p.text)
    # Grouped tables repeat a row label under each group: any cell with the headers will do.
    missing = [c for c in truth["cells"] if not any(v.startswith(c["value"]) for v in got.get((c["table"], c["row"], c["column"]), []))]
    assert not missing


# --------------------------------------------------------------------------- layout fixture


@pytest.fixture(scope="module")
def floats() -> list[Passage]:
    return extract_pdf(FLOATS).passages


def test_algorithm_steps_and_equations_stay_out_of_sentences(floats: list[Passage]) -> None:
    steps = [p.text for p in floats if p.kind == "algorithm"]
    assert "update the encoder on the combined loss" in steps
    assert "Require: labelled source data S, unlabelled target data T" in steps
    assert by_text(floats, "Algorithm 1 Consistency training").kind == "caption"
    equations = [p.text for p in floats if p.kind == "equation"]
    assert len(equations) == 1 and "(1)" in equations[0]
    prose = [p.text for p in floats if p.kind == "sentence"]
    assert not any("encoder on the combined loss" in t or "λ ∥" in t or t in ("X", "i=1") for t in prose)
    assert "The loss combines the task loss with a weighted consistency term:" in prose
    assert "The weight λ is chosen on the development set of the source language." in prose
    assert by_text(floats, "Patience values of two and five epochs gave the same ranking of the methods.").kind == "footnote"


def test_sentence_runs_on_past_a_footnote_into_the_next_column(floats: list[Passage]) -> None:
    sentence = by_text(floats, "The small model with the consistency term scores as follows on the development and test "
                               "sets, with the size of each test set:")
    assert sentence.kind == "sentence" and sentence.page == 1
    note = by_text(floats, "Patience values of two and five epochs gave the same ranking of the methods.")
    assert note.order > sentence.order  # the footnote waits until the paragraph ends


def test_table_with_neither_rules_nor_caption_is_found_by_its_grid(floats: list[Passage]) -> None:
    got = {(p.row, p.column): p.text for p in floats if p.kind == "table-cell" and p.table is None}
    assert got == {
        ("Hausa", "Dev"): "65.0", ("Hausa", "Test"): "64.5", ("Hausa", "Size"): "1,200",
        ("Tamil", "Dev"): "57.3", ("Tamil", "Test"): "56.8", ("Tamil", "Size"): "3,400",
        ("Yoruba", "Dev"): "48.3", ("Yoruba", "Test"): "47.9", ("Yoruba", "Size"): "900",
    }
    assert "row Yoruba: Dev 48.3; Test 47.9; Size 900" in [p.text for p in floats if p.kind == "table-row"]
    assert "Yoruba remains the hardest of the three languages." in [p.text for p in floats if p.kind == "sentence"]


def test_grouped_table_under_a_two_level_header(floats: list[Passage]) -> None:
    got = [(p.row, p.column, p.text) for p in floats if p.kind == "table-cell" and p.table == "Table 1"]
    assert ("Task only", "Hausa / Dev", "61.2") in got and ("Task only", "Hausa / Dev", "70.1 ± 0.4") in got
    assert ("With consistency", "Hausa / Test", "64.5†") in got
    assert len(got) == 16
    rows = [p.text for p in floats if p.kind == "table-row"]
    assert "Table 1, row Task only (Large): Hausa / Dev 70.1 ± 0.4; Hausa / Test 69.8; Tamil / Dev 63.2; Tamil / Test 62.9" in rows
    assert "Table 1, row With consistency (Large): Hausa / Dev 71.0 ± 0.3; Hausa / Test 70.5; Tamil / Dev 64.0; Tamil / Test 63.6" in rows


# --------------------------------------------------------------------------- the benchmark's scoring


def _bench():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("bench_realpapers", ROOT / "benchmarks" / "bench_realpapers.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while it loads
    spec.loader.exec_module(module)
    return module


def test_benchmark_scoring_counts_misses_and_order_errors() -> None:
    bench = _bench()
    truth = {
        "sentences": [{"text": "First one.", "kind": "body"}, {"text": "Second one.", "kind": "body"}, {"text": "Gone.", "kind": "body"}],
        "cells": [{"table": "Table 1", "row": "A", "column": "X / y", "value": "1.0"}, {"table": "Table 1", "row": "B", "column": "X / y", "value": "2.0"}],
    }
    ps = [
        Passage("Second one.", 1, None, "sentence", 0),
        Passage("First one.", 1, None, "sentence", 1),
        Passage("1.0¹", 1, None, "table-cell", 2, table="Table 1", row="A", column="X / y"),
        Passage("2.5", 1, None, "table-cell", 3, table="Table 1", row="B", column="X / y"),
    ]
    s = bench.score(truth, ps)
    assert (s.sentences_found, s.sentences) == (2, 3)
    assert (s.cells_found, s.cells) == (1, 2)
    assert (s.order_errors, s.order_pairs) == (1, 1)


def test_text_inside_a_figure_does_not_cut_the_paragraph_running_past_it() -> None:
    ps = extract_pdf(Path(__file__).parent / "fixtures" / "layouts" / "figure.pdf").passages
    # The paragraph's eight sentences are typeset eight times; one of them runs from the foot
    # of the left column to the right column, below the framed figure at its top.
    body = [p.text for p in ps if p.kind == "sentence"]
    for sentence in (
        "We compare three schedules for the learning rate on the same encoder.",
        "The cosine schedule decays the rate slowly at first and quickly towards the end.",
        "We keep the batch size fixed at thirty-two sentences for every run.",
        "The development set is scored after every epoch and the best epoch is kept.",
    ):
        assert body.count(sentence) == 8, sentence
    assert not [p.text for p in ps if "Epoch" in p.text or "0.71" in p.text or p.text in ("constant", "cosine")]
    assert not [p for p in ps if p.kind.startswith("table")]  # the frame's rules make no table
    caption = by_text(ps, "Figure 1: Development accuracy by epoch for the constant and cosine schedules.")
    assert caption.kind == "caption"
    # A title between two rules (as NeurIPS sets it) is the title, and the heading after it is not.
    assert [p.text for p in ps if p.kind == "title"] == ["Learning Rate Schedules for Small Encoders"]
    assert {p.section for p in ps if p.kind == "sentence"} == {"1 Experiments"}


def test_single_column_appendix_of_a_two_column_paper() -> None:
    ps = extract_pdf(Path(__file__).parent / "fixtures" / "layouts" / "appendix.pdf").passages
    body = [p.text for p in ps if p.kind == "sentence"]
    # Fourteen times in the two columns of page 1, once in the single column of page 2.
    assert body.count("The smaller models are trained for twice as many steps as the larger ones.") == 15
    got = {(p.row, p.column): p.text for p in ps if p.kind == "table-cell" and p.table == "Table 1"}
    assert len(got) == 24
    assert got[("Small encoder", "Task A")] == "71.2" and got[("Large encoder", "Task H")] == "63.5"
    assert got[("Base encoder", "Task E")] == "91.5"


def test_short_right_column_on_page1_continues_the_left_columns_sentence() -> None:
    # XNLI v1: the page's right column holds only the four lines that finish section 2; the
    # sentence crossing into it is whole, without the page number printed between.
    ps = passages("1809.05053v1")
    crossing = by_text(ps, "The corpus is made to evaluate how to perform inference in any language (including "
                           "low-resources ones like Swahili or Urdu) when only English NLI data is available at "
                           "training time.")
    after = by_text(ps, "One solution is cross-lingual sentence encoding, for which XNLI is an evaluation benchmark.")
    assert crossing.kind == after.kind == "sentence" and crossing.order + 1 == after.order
    first = by_text(ps, "State-of-the-art natural language processing systems rely on supervision in the form of "
                        "annotated data to learn competent models.")
    assert first.kind == "abstract" and first.order < crossing.order


def test_gutter_is_found_although_a_centred_table_crosses_it_on_page2() -> None:
    # MLQA v3: page 2 holds a full-width table whose cells sit over the gutter; page 1's
    # columns are still split, and the introduction runs on into the right column.
    ps = passages("1910.07475v3")
    crossing = by_text(ps, "Given recent progress in cross-lingual tasks such as document classification (Lewis et "
                           "al., 2004; Klementiev et al., 2012; Schwenk and Li, 2018), semantic role labelling (Akbik "
                           "et al., 2015) and NLI (Conneau et al., 2018), we argue that while multilingual QA training "
                           "data might be useful but not strictly necessary, multilingual evaluation data is a must-have.")
    nxt = by_text(ps, "Recognising this need, several cross-lingual datasets have recently been assembled (Asai et "
                      "al., 2018; Liu et al., 2019).")
    assert crossing.order + 1 == nxt.order and crossing.section == nxt.section
    for sentence in (
        "Such annotated datasets are difficult and costly to collect, and rarely exist in languages other than "
        "English, making building QA systems that work well in other languages challenging.",
        "MLQA has over 12K instances in English and 5K in each other language, with each instance parallel "
        "between 4 languages on average.",
    ):
        assert by_text(ps, sentence).kind == "abstract"
    results = by_text(ps, "Table 1 gives zero-shot F1 on the test set for every baseline and Table 2 the size of each split.")
    assert results.section == "2 Results" and results.order > nxt.order


def test_line_level_with_a_smaller_table_row_stays_in_its_paragraph() -> None:
    # PAWS-X: Table 1 (9 pt) at the top of the right column; two of the abstract's 10 pt
    # lines share baselines with its rows and must not read as a change of size.
    ps = passages("1908.11828v1")
    for sentence in (
        "For example, PAWS (Paraphrase Adversaries from Word Scrambling) consists of challenging English "
        "paraphrase identification pairs from Wikipedia and Quora.",
        "We remedy this gap with PAWS-X, a new dataset of 23,659 human translated PAWS evaluation pairs in six "
        "typologically distinct languages: French, Spanish, German, Chinese, Japanese, and Korean.",
    ):
        assert by_text(ps, sentence).kind == "abstract"
    assert cells("1908.11828v1", "Table 1")[("ja", "Train")] == "49,401"


def test_unseen_layouts_of_the_fresh5_papers() -> None:
    # First read by the extractor after they were typeset (the fifth claim split's papers):
    # a parsing table whose second text column is a property of each parser, a full-width
    # caption whose short last line fits one column, a body line that starts "Table 1." and
    # a line broken after an em dash.
    parsing = cells("1706.03762v7", "Table 2")
    assert parsing[("McClosky et al. (2006)", "Training")] == "semi-supervised"
    assert parsing[("Luong et al. (2015)", "WSJ 23 F1")] == "93.0"
    ps = passages("2004.10964v3")
    caption = next(p for p in ps if p.kind == "caption" and p.table == "Table 1")
    assert caption.text.endswith("estimated on data sampled from sources similar to RoBERTa's pretraining corpus.")
    body = by_text(ps, "We present the masked LM loss of RoBERTa on each domain before and after DAPT in Table 1.")
    assert body.kind == "sentence"
    assert by_text(ps, "This leads us to ask whether a task's textual domain\u2014a term typically used to denote a "
                       "distribution over language characterizing a given topic or genre (such as \"science\" or "
                       "\"mystery novels\")\u2014is still relevant.").kind == "sentence"
    prompts = cells("2109.01652v5", "Table 2")
    assert prompts[("No template", "Inference prompt")] == "Natural instructions"
    assert prompts[("No template", "Four-task average")] == "37.3"


def test_unseen_layouts_of_the_fresh7_papers() -> None:
    # First read by the extractor after they were typeset (the seventh claim split's papers):
    # a lower header row whose \multicolumn label is centred over four columns but printed
    # over the middle two, and a question-like row label wrapped in a paragraph column.
    ablation = cells("2005.11401v4", "Table 4")
    assert ablation[("RAG-Token", "NQ / Exact Match")] == "43.5"
    assert ablation[("RAG-Sequence", "CT / Exact Match")] == "53.4"
    assert ablation[("RAG-Token", "MSMarco / R-L")] == "56.2"  # its neighbour keeps its own label
    quality = cells("2212.10560v2", "Table 2")
    assert quality[("Is the output a correct and acceptable response to the instruction and input?", "Yes %")] == "58%"
    assert quality[("All fields are valid", "Yes %")] == "54%"
    ps = passages("2005.11401v4")
    assert any("which uses a BERT-based \"cross-encoder\" to re-rank" in p.text for p in ps)


def test_a_wide_table_whose_header_in_small_type_reads_like_prose() -> None:
    # Switch Transformers' twelve-column table (fresh9, first contact): its header row, set
    # in \scriptsize between the top rule and the mid rule, has twenty words, as a prose
    # line would; its cells lie a column gap apart, so it is the table's header, and the
    # table is not cut in two at it.
    ft = cells("2101.03961v3", "Table 2")
    assert ft[("T5-Large", "Winogrande (XL)")] == "79.1"
    assert ft[("Switch-Large", "CB Trivia QA")] == "36.9"
    assert ft[("T5-Base", "ARC Chal.")] == "35.5"
    assert not any(p.kind == "sentence" and p.text.startswith("Model GLUE SQuAD") for p in passages("2101.03961v3"))
