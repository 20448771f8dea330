"""The real-layout corpus (data/realpapers/) is complete and consistent: every manifest entry
has its source, PDF and truth; the PDFs open and have the pages the truth says; the truth
agrees with the data it was built from and with the text of the PDFs; every layout the corpus
promises is present. Needs no TeX."""
from __future__ import annotations

import importlib.util
import json
import re
import unicodedata
from pathlib import Path

import pypdfium2 as pdfium
import pytest

CORPUS = Path(__file__).resolve().parent.parent / "data" / "realpapers"

REQUIRED_FEATURES = {
    "acl-two-column", "page1-float-top-of-right-column", "table*-full-width", "booktabs",
    "multicolumn-header", "multirow", "two-level-header", "plus-minus-values", "bold-best",
    "footnote-marks-in-cells", "two-word-row-labels", "neurips-single-column",
    "iclr-single-column", "footnotes", "displayed-equations", "algorithm-block",
    "longtable-two-page", "landscape-table", "numbered-section-headings", "arxiv-margin-stamp",
}
TABLE_FEATURES = {"table", "table*-full-width", "landscape-table", "longtable-two-page"}
# the LaTeX that each feature promises in the source
FEATURE_TEX = {
    "acl-two-column": r"\documentclass[10pt,twocolumn]", "table*-full-width": r"\begin{table*}",
    "booktabs": r"\toprule", "multicolumn-header": r"\multicolumn", "multirow": r"\multirow",
    "plus-minus-values": r"\pm", "bold-best": r"\textbf", "footnotes": r"\footnote{",
    "displayed-equations": r"\begin{equation}", "algorithm-block": r"\begin{algorithmic}",
    "longtable-two-page": r"\begin{longtable}", "landscape-table": r"\begin{landscape}",
    "numbered-section-headings": r"\section{", "arxiv-margin-stamp": r"\rotatebox{90}",
}


@pytest.fixture(scope="module")
def manifest() -> dict:
    return json.loads((CORPUS / "manifest.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def build():
    """build.py and papers.py as modules (importing them needs no TeX)."""
    spec = importlib.util.spec_from_file_location("realpapers_build", CORPUS / "build.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def truth_of(entry: dict) -> dict:
    return json.loads((CORPUS / entry["files"]["truth"]).read_text(encoding="utf-8"))


def loose(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    for a, b in (("“", '"'), ("”", '"'), ("’", "'"), ("−", "-"), ("–", "-"), ("—", "-")):
        text = text.replace(a, b)
    return re.sub(r"[\s\-\u00ad\ufffe\x02]", "", text)


def test_corpus_size_and_the_phang_versions(manifest: dict) -> None:
    papers = manifest["papers"]
    assert len({e["arxiv"] for e in papers}) >= 12
    versions = {(e["arxiv"], e["version"]) for e in papers}
    assert {("2005.13013", 1), ("2005.13013", 2)} <= versions
    assert len(versions) == len(papers), "a paper version is listed twice"


def test_every_entry_has_its_files_and_the_pdf_opens(manifest: dict) -> None:
    for e in manifest["papers"]:
        files = e["files"]
        for kind in ("tex", "pdf", "truth"):
            assert (CORPUS / files[kind]).is_file(), f"{e['arxiv']}v{e['version']}: no {kind}"
        pdf = CORPUS / files["pdf"]
        assert pdf.stat().st_size < 400_000, f"{pdf.name} is too big for a fixture"
        doc = pdfium.PdfDocument(str(pdf))
        try:
            assert len(doc) == truth_of(e)["pages"] == e["pages"]
        finally:
            doc.close()


def test_every_promised_layout_is_present_and_in_the_source(manifest: dict) -> None:
    seen = set()
    for e in manifest["papers"]:
        seen |= set(e["features"])
        tex = (CORPUS / e["files"]["tex"]).read_text(encoding="utf-8")
        for f in e["features"]:
            if f in FEATURE_TEX:
                assert FEATURE_TEX[f] in tex, f"{e['files']['tex']} claims {f} but lacks {FEATURE_TEX[f]}"
    assert REQUIRED_FEATURES <= seen, f"missing layouts: {sorted(REQUIRED_FEATURES - seen)}"


def test_truth_tables_are_non_empty_where_the_layout_has_tables(manifest: dict) -> None:
    for e in manifest["papers"]:
        truth = truth_of(e)
        has_tables = bool(TABLE_FEATURES & set(e["features"]))
        assert bool(truth["tables"]) == has_tables, e["files"]["truth"]
        for t in truth["tables"]:
            assert t["cells"], f"{e['files']['truth']} {t['table']} has no cells"
            for c in t["cells"]:
                assert c["table"] == t["table"] and c["caption"] == t["caption"]
                assert c["row"].strip() and c["column"].strip() and c["value"].strip(), c
                if t["header_levels"] > 1 and c["column"] in t["columns"][1:]:
                    # every data column under a two-level header names both levels
                    assert " / " in c["column"] or t["columns"].count(c["column"]) == 1
        assert truth["cells"] == [c for t in truth["tables"] for c in t["cells"]]


def test_truth_agrees_with_the_data_it_was_built_from(manifest: dict, build) -> None:
    by_stem = {build.stem(p): p for p in build.PAPERS}
    assert set(by_stem) == {Path(e["files"]["pdf"]).stem for e in manifest["papers"]}
    for e in manifest["papers"]:
        p = by_stem[Path(e["files"]["pdf"]).stem]
        truth = truth_of(e)
        want_cells = [c for t in build.all_tables(p) for c in build.table_truth(t)["cells"]]
        assert truth["cells"] == want_cells, f"{e['files']['truth']} is stale: rerun build.py"
        assert truth["sentences"][0]["text"] in p["abstract"]
        assert e["features"] == build.features(p)


def test_truth_sentences_are_in_the_pdf_text_on_their_page(manifest: dict) -> None:
    total = found = 0
    for e in manifest["papers"]:
        truth = truth_of(e)
        doc = pdfium.PdfDocument(str(CORPUS / e["files"]["pdf"]))
        try:
            pages = [loose(page.get_textpage().get_text_range()) for page in doc]
        finally:
            doc.close()
        for s in truth["sentences"]:
            total += 1
            assert s["page"] is not None, s
            text = s["text"]
            # the footnote mark is printed after the word it belongs to; the truth omits it
            candidates = {loose(text)} | {loose(text).replace(loose(w), loose(w) + m, 1)
                                          for m, w in zip(s.get("footnote_marks", []),
                                                          s.get("footnote_after", []))}
            if any(c in pages[s["page"] - 1] for c in candidates):
                found += 1
    assert total > 150
    assert found / total >= 0.97, f"only {found}/{total} truth sentences in the PDF text"


def test_specific_versions_differ_as_the_real_abstracts_do(manifest: dict) -> None:
    def truth(arxiv: str, v: int) -> dict:
        e = next(e for e in manifest["papers"] if e["arxiv"] == arxiv and e["version"] == v)
        return truth_of(e)

    v1, v2 = truth("2005.13013", 1), truth("2005.13013", 2)
    s1 = " ".join(s["text"] for s in v1["sentences"])
    s2 = " ".join(s["text"] for s in v2["sentences"])
    assert "we obtain a 6.1 point improvement over XLM-R Large" in s1
    assert "we obtain a 5.4 point improvement over XLM-R Large" in s2
    assert "Using a set of 7 intermediate language understanding tasks" in s1
    assert any(s["kind"] == "footnote" and "Fang et al. (2020)" in s["text"] for s in v2["sentences"])
    # the page-1 hard case: Table 1 is on page 1, beside the abstract
    assert v1["tables"][0]["page"] == 1 and v1["tables"][0]["table"] == "Table 1"
    assert {"row": "MNLI", "column": "|Train|", "value": "392,702"}.items() <= next(
        c for c in v1["cells"] if c["row"] == "MNLI").items()

    deberta = truth("2006.03654", 1)
    cell = next(c for c in deberta["cells"]
                if c["row"] == "DeBERTa Large" and c["column"] == "MNLI-m/mm / Acc")
    assert cell["value"] == "91.3/91.1" and not cell.get("bold") and cell.get("footnote_mark") == "1"
    best = next(c for c in deberta["cells"]
                if c["row"] == "DeBERTa XLarge" and c["column"] == "MNLI-m/mm / Acc")
    assert best["value"] == "91.5/91.2" and best.get("bold")
    runs = next(c for c in deberta["cells"] if c["row"] == "RTE large")
    assert runs["value"] == "86.6 ± 1.0"

    albert = truth("1909.11942", 6)
    grouped = [c for c in albert["cells"] if c.get("row_group") == "V1" and c["row"] == "ALBERT-xxlarge"]
    assert {c["column"]: c["value"] for c in grouped}["Average"] == "91.0"

    xlmr1, xlmr2 = truth("1911.02116", 1), truth("1911.02116", 2)
    assert any("+13.8% average accuracy on XNLI" in s["text"] for s in xlmr1["sentences"])
    assert any("+14.6% average accuracy on XNLI" in s["text"] for s in xlmr2["sentences"])
    langs = next(t for t in xlmr2["tables"] if t["kind"] == "longtable")
    assert len(langs["rows"]) == 100


def _lead(value: str) -> float | None:
    m = re.match(r"\s*(\d+(?:\.\d+)?)", value)
    return float(m.group(1)) if m else None


def test_bold_cells_are_the_best_of_their_column(manifest: dict) -> None:
    """Bold marks were transcribed or re-marked by hand; every table here is higher-is-better."""
    checked = 0
    for e in manifest["papers"]:
        for t in truth_of(e)["tables"]:
            for col in {c["column"] for c in t["cells"] if c.get("bold")}:
                column = [c for c in t["cells"] if c["column"] == col and _lead(c["value"]) is not None]
                top = max(_lead(c["value"]) for c in column)
                for c in column:
                    if c.get("bold"):
                        checked += 1
                        assert _lead(c["value"]) == top, f"{e['files']['truth']} {t['table']} {c}"
    assert checked > 20
