"""The report parser on the five real samples, on the same content in other shapes, and on
bad input. Expected values were counted by hand from the files in data/reports/."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from claimcheck.errors import ReportError
from claimcheck.model import Mark
from claimcheck.report import find_reports, parse_report_text, read_report
from claimcheck.report import reader

SAMPLES = Path(__file__).parent.parent / "data" / "reports"
S000, S001, S002, S003, S004 = sorted(SAMPLES.glob("*.txt"))

# file, claims, ✓, ×, truncated, references (id, version), stated (papers, extracted, verified, quality)
EXPECTED = [
    (S000, 19, 12, 7, 4, [("2303.17568", 2), ("2005.13013", 2), ("2109.13620", 1)], (13, 19, 12, 7.2)),
    (S001, 19, 12, 7, 4, [("2005.13013", 2), ("2102.12407", 1), ("2503.01275", 2)], (13, 19, 12, 7.2)),
    (S002, 9, 0, 0, 8, [], (14, 9, 9, 9.3)),
    (S003, 9, 9, 0, 8, [("2106.16171", 1), ("2506.15415", 1), ("2005.13013", 2)], (13, 9, 9, 9.2)),
    (S004, 9, 9, 0, 8, [("2005.13013", 2), ("2212.01757", 1), ("2101.10649", 1)], (10, 9, 9, 9.3)),
]


@pytest.mark.parametrize("path, n, ticks, crosses, cut, refs, stated", EXPECTED, ids=lambda v: getattr(v, "name", None))
def test_samples(path: Path, n: int, ticks: int, crosses: int, cut: int, refs: list, stated: tuple) -> None:
    r = read_report(path)
    assert len(r.claims) == n
    assert sum(c.mark is Mark.VERIFIED for c in r.claims) == ticks
    assert sum(c.mark is Mark.REJECTED for c in r.claims) == crosses
    assert sum(c.truncated for c in r.claims) == cut
    assert [(x.arxiv_id, x.version) for x in r.references] == refs
    f = r.figures
    assert (f.papers_retrieved, f.claims_extracted, f.claims_verified, f.quality_score) == stated
    assert f.quality_scale == 10
    assert [c.index for c in r.claims] == list(range(1, n + 1))


def test_sample_000_details() -> None:
    r = read_report(S000)
    assert r.title == "Intermediate-Task Training on Code Tasks for Zero-Shot Cross-Lingual Transfer in Multilingual LLMs"
    assert r.date == "2026-07-08"
    assert r.research_question is not None and r.research_question.startswith("Does intermediate-task training on code-related")
    assert r.research_question.endswith("HumanEval-X?")
    assert r.examined_title == "English Intermediate-Task Training Improves Zero-Shot Cross-Lingual Transfer Too"
    assert r.abstract is not None and r.abstract.startswith("Intermediate-task training")
    c4 = r.claims[3]
    assert c4.text == "Intermediate-task training on SQuAD yields a target-task improvement of 8.2 points on the development set."
    assert (c4.mark, c4.confidence, c4.truncated) == (Mark.VERIFIED, 0.19, False)
    assert r.claims[7].truncated and r.claims[7].text.endswith("intermediate tra")
    assert r.columns == ["claim", "verified", "confidence"]
    assert r.references[0].key == "2303.17568v2"


def test_sample_002_pdf_extracted_shape() -> None:
    r = read_report(S002)
    assert r.title is None and r.date is None
    assert r.columns == ["claim"]
    assert all(c.mark is Mark.UNKNOWN and c.confidence is None for c in r.claims)
    texts = [c.text for c in r.claims]
    # Line-end hyphens undone, real compounds kept.
    assert texts[0] == ("Intermediate-task training on SQuAD, MNLI, and HellaSwag yields large "
                        "target-task improvements of 8.2, 7.5, and 7.0 poin")
    assert texts[1] == "Multi-task intermediate-task training on all 9 tasks performs best, improving by 8.7 points."
    assert texts[2].startswith("Applying intermediate-task training to BUCC and Tatoeba")
    assert "outperforms the more complex alternatives of (i) continuing multilingual MLM duri" in texts[5]
    assert r.research_question is not None and "adversarial noise" in r.research_question
    assert "Zero-Shot" in (r.examined_title or "")
    assert any("lost its columns" in w for w in r.warnings)


def _as_markdown(path: Path, order: tuple[str, ...] = ("Claim", "Verified", "Confidence")) -> str:
    text = path.read_text(encoding="utf-8")
    out = []
    in_table = False
    for line in text.splitlines():
        cells = line.split("\t")
        if len(cells) == 3:
            row = dict(zip(("Claim", "Verified", "Confidence"), cells))
            if not in_table:
                out.append("| " + " | ".join(order) + " |")
                out.append("|" + "---|" * len(order))
                in_table = True
                continue
            out.append("| " + " | ".join(row[k].replace("|", "\\|") for k in order) + " |")
        else:
            in_table = False
            out.append(line)
    return "\n".join(out)


def test_markdown_with_reordered_columns_reads_the_same() -> None:
    md = _as_markdown(S000, ("Confidence", "Claim", "Verified"))
    r = parse_report_text(md, "x.md", "markdown")
    base = read_report(S000)
    assert [(c.text, c.mark, c.confidence, c.truncated) for c in r.claims] == [
        (c.text, c.mark, c.confidence, c.truncated) for c in base.claims
    ]
    assert r.references == base.references


def test_windows_line_endings_bom_and_reordered_sections() -> None:
    text = S003.read_text(encoding="utf-8")
    head, refs = text.split("\nReferences\n")
    front, rest = head.split("\n1 Introduction\n")
    # References moved up between the abstract and the introduction, sections unnumbered.
    moved = front + "\nReferences\n" + refs + "\n\nIntroduction\n" + rest.replace("5 Extracted Claims", "Extracted Claims")
    data = ("\ufeff" + moved.replace("\n", "\r\n") + "\r\n\r\n\r\n").encode("utf-8")
    r = reader.parse_bytes(data, "moved.txt")
    base = read_report(S003)
    assert [c.text for c in r.claims] == [c.text for c in base.claims]
    assert [x.key for x in r.references] == [x.key for x in base.references]
    assert r.research_question == base.research_question


def test_other_mark_spellings_and_percent_confidence() -> None:
    text = "# T\n\n## Claims\n\nVerified\tClaim\tConfidence\nyes\tA full claim about nine tasks.\t80%\nno\tAnother claim that is cut off mid-wo\t0.2\n"
    r = parse_report_text(text, "t.txt")
    assert [(c.mark, c.confidence, c.truncated) for c in r.claims] == [
        (Mark.VERIFIED, 0.8, False), (Mark.REJECTED, 0.2, True)]


def test_pdf_report(tmp_path: Path) -> None:
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter)
    y = 740
    for line in S004.read_text(encoding="utf-8").splitlines()[:60]:
        if "\t" in line:
            claim, mark, conf = line.split("\t")
            mark = {"✓": "yes", "×": "no"}.get(mark, mark)  # the base-14 fonts have no ✓
            line = f"{claim[:60]}   {mark}   {conf}" if claim != "Claim" else "Claim   Verified   Confidence"
        c.drawString(40, y, line[:110])
        y -= 12
        if y < 40:
            c.showPage()
            y = 740
    c.save()
    path = tmp_path / "report.pdf"
    path.write_bytes(buf.getvalue())
    r = read_report(path)
    assert r.format == "pdf"
    assert len(r.claims) == 9
    assert all(c.mark is Mark.VERIFIED for c in r.claims)
    assert r.title is not None and r.title.startswith("Code-Pretrained versus Text-Only")


@pytest.mark.parametrize(
    "data, message",
    [
        (b"", "empty file"),
        (b"   \n\n", "empty file"),
        (bytes(range(256)) * 40, "binary data"),
        (b"%PDF-1.7\n%\xe2\xe3\n1 0 obj garbage", "not a readable PDF"),
        (b"# A title\n\nSome prose but no table at all.\n", "no claims table"),
        (b"Claim\tVerified\tConfidence\n", "no rows"),
    ],
)
def test_bad_input_is_one_clear_error(tmp_path: Path, data: bytes, message: str) -> None:
    p = tmp_path / "bad.txt"
    p.write_bytes(data)
    with pytest.raises(ReportError, match=message) as exc:
        read_report(p)
    assert str(p) in str(exc.value) and "\n" not in str(exc.value)


def test_pdf_that_is_not_a_report(tmp_path: Path) -> None:
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    c.drawString(50, 700, "An invoice. Total due: 42 euros.")
    c.save()
    p = tmp_path / "invoice.pdf"
    p.write_bytes(buf.getvalue())
    with pytest.raises(ReportError, match="no claims table"):
        read_report(p)


def test_non_utf8_text_is_decoded_with_a_warning(tmp_path: Path) -> None:
    text = S003.read_text(encoding="utf-8").replace("—", "-").replace("✓", "yes").replace("’", "'")
    text = text.replace("Assignee Research", "Assignée Research")
    p = tmp_path / "latin.txt"
    p.write_bytes(text.encode("cp1252"))
    r = read_report(p)
    assert len(r.claims) == 9
    assert any("not valid UTF-8" in w for w in r.warnings)


def test_huge_file_is_refused_without_reading_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    p = tmp_path / "huge.txt"
    with p.open("wb") as fh:  # sparse: 200 MB on paper, nothing on disk
        fh.truncate(200 * 1024 * 1024)
    opened: list[Path] = []
    real_open = Path.open
    monkeypatch.setattr(Path, "open", lambda self, *a, **k: opened.append(self) or real_open(self, *a, **k))
    with pytest.raises(ReportError, match="too large") as exc:
        read_report(p)
    assert opened == []
    # One unit for the size and its limit.
    assert exc.value.problem == "200.0 MiB is too large for a report (limit 20.0 MiB)"


def test_find_reports(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("x")
    (tmp_path / "b.pdf").write_bytes(b"%PDF-")
    (tmp_path / "notes.docx").write_text("x")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "c.txt").write_text("x")
    (tmp_path / "empty").mkdir()
    files, problems = find_reports([tmp_path, tmp_path / "empty", tmp_path / "nope.txt"])
    assert [f.name for f in files] == ["a.txt", "b.pdf"]
    assert [(Path(p).name, "no report files" in m or "no such" in m) for p, m in problems] == [("empty", True), ("nope.txt", True)]


def test_a_symlink_loop_is_named_as_such(tmp_path: Path) -> None:
    (tmp_path / "a.txt").symlink_to(tmp_path / "b.txt")
    (tmp_path / "b.txt").symlink_to(tmp_path / "a.txt")
    _, problems = find_reports([tmp_path / "a.txt", tmp_path / "missing.txt"])
    assert [(Path(p).name, m) for p, m in problems] == [
        ("a.txt", "a symbolic link loop"), ("missing.txt", "no such file or folder")
    ]
    with pytest.raises(ReportError) as exc:
        read_report(tmp_path / "a.txt")
    assert exc.value.problem == "a symbolic link loop"


def test_report_errors_name_the_file_once_when_split() -> None:
    with pytest.raises(ReportError) as exc:
        reader.parse_bytes(b"", "dir/empty.txt")
    assert str(exc.value) == "dir/empty.txt: empty file"
    assert exc.value.path == "dir/empty.txt" and exc.value.problem == "empty file"


# Reports of other generators: the claims as a list under a "Claims" heading, the
# research question in bold, a "# Title" heading, an arXiv DOI. Made-up text.
LISTED = """# Synthesis: does pruning keep accuracy?

March 3, 2026

**Research question:** Does magnitude pruning keep the accuracy of small vision models?

## Summary
We retrieved 4 papers and extracted 5 claims, of which 2 were verified.

## Claims
1. [x] Pruning half of the weights costs under one point of top-1 accuracy.
2. [ ] Pruned models train twice as fast (confidence 0.35).
3. ✘ Global pruning beats layer-wise pruning on every model tested,
   including the two smallest ones. (conf. 0.4)
- Iterative pruning needs about 3x more compute than one-shot pruning — ✓ 0.72
- Sparse models are harder to quantise. (verified: no, confidence: 55%)

The list above was produced automatically.

## References
1. Someone et al. A pruning study. https://doi.org/10.48550/arXiv.1803.03635
"""


def test_claims_written_as_a_list_keep_their_marks_and_confidences() -> None:
    r = parse_report_text(LISTED, "listed.md", "markdown")
    assert [(c.text, c.mark, c.confidence) for c in r.claims] == [
        ("Pruning half of the weights costs under one point of top-1 accuracy.", Mark.VERIFIED, None),
        ("Pruned models train twice as fast.", Mark.REJECTED, 0.35),
        ("Global pruning beats layer-wise pruning on every model tested, including the two smallest ones.",
         Mark.REJECTED, 0.4),
        ("Iterative pruning needs about 3x more compute than one-shot pruning", Mark.VERIFIED, 0.72),
        ("Sparse models are harder to quantise.", Mark.REJECTED, 0.55),
    ]
    assert r.claims[3].truncated and not r.claims[2].truncated
    assert r.columns == ["claim", "verified", "confidence"]


def test_a_list_report_s_front_matter_figures_and_arxiv_doi() -> None:
    r = parse_report_text(LISTED, "listed.md", "markdown")
    assert r.title == "Synthesis: does pruning keep accuracy?"
    assert r.date == "2026-03-03"
    assert r.research_question == "Does magnitude pruning keep the accuracy of small vision models?"
    assert (r.figures.papers_retrieved, r.figures.claims_extracted, r.figures.claims_verified) == (4, 5, 2)
    assert [(x.arxiv_id, x.version) for x in r.references] == [("1803.03635", None)]


def test_a_research_question_line_before_any_heading_is_not_the_title() -> None:
    text = "Research Question: Is X better than Y?\n\nClaims:\n- X beats Y on Z.\n"
    r = parse_report_text(text, "q.txt")
    assert r.title is None and r.research_question == "Is X better than Y?"
    assert [c.text for c in r.claims] == ["X beats Y on Z."] and r.claims[0].mark is Mark.UNKNOWN


def test_a_list_outside_a_claims_section_is_not_taken_for_claims() -> None:
    text = "# Notes\n\n## Findings\n- Pruning works.\n- Quantising works.\n"
    with pytest.raises(ReportError, match="no claims table found"):
        parse_report_text(text, "notes.md")


@pytest.mark.parametrize("label", ["Research goal:", "Research Question (RQ):", "*Research aim* —", "Research objective:"])
def test_the_research_question_under_other_labels(label: str) -> None:
    text = f"# T\n\n{label} Does X beat Y on Z?\n\n## Claims\n- X beats Y.\n"
    assert parse_report_text(text, "q.md").research_question == "Does X beat Y on Z?"


def test_a_quality_score_named_a_tribunal_or_consensus_score() -> None:
    for line, score in (("Tribunal consensus score: 9.3/10.", 9.3), ("Tribunal score: 8.9/10", 8.9)):
        r = parse_report_text(f"# T\n\n{line}\n\n## Claims\n- X beats Y.\n", "q.md")
        assert (r.figures.quality_score, r.figures.quality_scale) == (score, 10.0)


def test_pdf_text_whose_marks_end_each_claim_s_first_line() -> None:
    # Text extracted from a PDF with top-aligned cells: the mark and confidence follow the
    # first line of each claim, and the claim goes on below them.
    text = """# T

## Extracted Claims

Claim Verified Confidence
Pruning half of the weights of a small convolutional network ✓ 0.81
costs under one point of top-1 accuracy on the benchmark
used by the authors.
Winning tickets train faster than the original network. ✓ 0.64
Global pruning beats layer-wise pruning on every model × 0.22
tested, including the two smallest ones, and at every sparsity
level the authors tri
Iterative pruning needs more compute than one-shot pruning. ✓ 0.70

## References
"""
    r = parse_report_text(text, "first-line.txt")
    assert [(c.text, c.mark, c.confidence) for c in r.claims] == [
        ("Pruning half of the weights of a small convolutional network costs under one point of top-1 accuracy "
         "on the benchmark used by the authors.", Mark.VERIFIED, 0.81),
        ("Winning tickets train faster than the original network.", Mark.VERIFIED, 0.64),
        ("Global pruning beats layer-wise pruning on every model tested, including the two smallest ones, "
         "and at every sparsity level the authors tri", Mark.REJECTED, 0.22),
        ("Iterative pruning needs more compute than one-shot pruning.", Mark.VERIFIED, 0.70),
    ]


def test_pdf_text_whose_marks_end_each_claim_s_last_line_keeps_them_there() -> None:
    text = """## Extracted Claims

Claim Verified Confidence
Pruning half of the weights of a small convolutional network
costs under one point of top-1 accuracy on the benchmark
used by the authors. ✓ 0.81
Winning tickets train faster than the original network. ✓ 0.64
Global pruning beats layer-wise pruning on every model
tested, including the two smallest ones, and at every sparsity
level the authors tri × 0.22
"""
    r = parse_report_text(text, "last-line.txt")
    assert [(c.text[:20], c.mark, c.confidence) for c in r.claims] == [
        ("Pruning half of the ", Mark.VERIFIED, 0.81), ("Winning tickets trai", Mark.VERIFIED, 0.64),
        ("Global pruning beats", Mark.REJECTED, 0.22)]
