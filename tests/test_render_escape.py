"""Untrusted text renders as literal text in every place of ``.audit.md`` and ``index.md``.

Each hostile string is put into every field that comes from a report, a PDF or arXiv (file
name, title, dates, research question, claims, references, titles and errors of sources,
quotes and their table labels, numbers, drift, explanations, finding messages, unreadable
inputs). The markdown is then parsed as a viewer would (CommonMark with tables and raw HTML
on) and compared with the same audit filled with harmless words: the structure (headings,
links, images, HTML, code spans, emphasis, table rows and cells) must be identical, and the
hostile string must be there as text.
"""

from __future__ import annotations

from collections import Counter

import pytest
from markdown_it import MarkdownIt

from claimcheck.model import (
    Audit,
    BBox,
    Claim,
    Evidence,
    Finding,
    Mark,
    NumberCheck,
    PaperMetadata,
    Passage,
    Reference,
    Report,
    Severity,
    Source,
    SourceStatus,
    SourceVersion,
    StatedFigures,
    Verdict,
    VerdictLabel,
)
from claimcheck.render.escape import md_cell, md_inline
from claimcheck.render.markdown import render_audit, render_run_index

HOSTILE = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "![x](http://host/x.png)",
    "[a](javascript:x)",
    "</td></tr></table><h1>x</h1>",
    "`rm -rf /` and ``double``",
    "a | b || c \\| d",
    "line one\n# a heading\n- a list item\n\n| x | y |\n|---|---|",
    "*em* _under_ **strong** ~~struck~~",
    "&lt;script&gt; &amp; &#60;b&#62;",
    "<http://host/autolink> <a@b.c>",
    "trailing backslash \\",
    "[ref]: http://host/ref 'title'",
    "\\<b>escaped?</b>",
]
HARMLESS = "plain words only"
PARSER = MarkdownIt("commonmark").enable("table")  # raw HTML on, as in most viewers


def hostile_audit(h: str, path: str | None = None) -> Audit:
    # The path keeps a fixed prefix so that both audits get the same output links.
    ref = Reference(raw=h, arxiv_id="2612.99901", version=2)
    other = Reference(raw=h, arxiv_id=None, version=None)
    passage = Passage(text=h, page=3, bbox=BBox(1, 2, 3, 4), kind="table-cell", order=0,
                      section=h, table=h, row=h, column=h)
    claims = [
        Claim(1, h, Mark.VERIFIED, 0.5, False, 1),
        Claim(2, h, Mark.REJECTED, None, True, 2),
        Claim(3, h, Mark.UNKNOWN, None, False, 3),
    ]
    report = Report(
        path=path or f"in/{h}.txt", format="text", sha256="ab" * 32, title=h, date=h,
        research_question=h, abstract=h, examined_title=h, figures=StatedFigures(1, 3, 1, 5.0, 10.0),
        claims=claims, references=[ref, other], columns=["claim", "verified", "confidence"], warnings=[h],
    )
    version = SourceVersion("2612.99901", 2, [passage], 3, h, error=None)
    source = Source(ref, SourceStatus.PARTIAL, PaperMetadata("2612.99901", h, [h], h, [h], h, h, 2, comment=h),
                    [version, SourceVersion("2612.99901", 1, [], 0, h, error=h)], error=h)
    evidence = Evidence("2612.99901", 2, passage, 80.0)
    verdicts = [
        Verdict(1, VerdictLabel.CONTRADICTED, h, evidence, 80.0, [NumberCheck(h, h, False)],
                {"2612.99901v2": VerdictLabel.CONTRADICTED}, drift=h, candidates=[evidence], mark_agrees=False),
        Verdict(2, VerdictLabel.SUPPORTED, h, evidence, 90.0, [NumberCheck(h, h, True)], mark_agrees=False),
        Verdict(3, VerdictLabel.UNCHECKED, h),
    ]
    findings = [
        Finding("claims.contradicted", Severity.ERROR, h, report.path, [1]),
        Finding("cross-report.mark", Severity.ERROR, f"the same claim is marked both ✓ and ×: {h}", None, [2]),
        Finding("parse-warning", Severity.INFO, h, report.path),
        Finding("truncated-claims", Severity.WARNING, h, report.path, [2]),
    ]
    return Audit(report, findings, [source], verdicts, "0.1.0", "2026-12-01T00:00:00+00:00", True, True)


def _documents(h: str) -> dict[str, str]:
    audit = hostile_audit(h, path="in/report.txt" if h == HARMLESS else None)
    entries = [(audit, {"markdown": "report.audit.md", "json": "report.audit.json"})]
    return {
        "audit": render_audit(audit),
        "index": render_run_index(entries, [(h, h)], audit.findings[1:2], "2026-12-01T00:00:00+00:00"),
    }


def _structure(markdown: str) -> Counter[str]:
    """Every token type except plain text, with table cells counted, children included."""
    counts: Counter[str] = Counter()
    for tok in PARSER.parse(markdown):
        counts[tok.type] += 1
        for child in tok.children or []:
            if child.type not in ("text", "softbreak"):
                counts[child.type] += 1
            if child.type in ("link_open", "image"):
                counts[f"{child.type} {child.attrGet('href') or child.attrGet('src')}"] += 1
    return counts


def _text(markdown: str) -> str:
    return " ".join(
        child.content for tok in PARSER.parse(markdown) for child in tok.children or [] if child.type == "text"
    )


@pytest.mark.parametrize("h", HOSTILE)
def test_hostile_text_renders_as_literal_text_everywhere(h: str) -> None:
    safe = _documents(HARMLESS)
    bad = _documents(h)
    folded = " ".join(h.split())
    for name in ("audit", "index"):
        assert _structure(bad[name]) == _structure(safe[name]), f"{name}: markup changed by {h!r}"
        html = PARSER.render(bad[name])
        for live in ("<script", "<img", "<h1>x", "href=\"javascript", "<a href=\"http://host", "src=\"http://host"):
            assert live not in html, f"{name}: {live!r} is live in the HTML"
        # Escaped, not dropped: the string reads back as it was written.
        assert folded in _text(bad[name]), f"{name}: {h!r} did not survive as text"


def test_the_heading_and_path_keep_to_their_line() -> None:
    h = "x\n# injected heading\n<b>bold</b>"
    md = _documents(h)["audit"]
    lines = md.splitlines()
    assert lines[0].startswith("# Audit: ") and "injected heading" in lines[0]
    assert sum(line.startswith("#") and " " in line[:3] for line in lines) == sum(
        line.startswith("#") and " " in line[:3] for line in _documents(HARMLESS)["audit"].splitlines()
    )


@pytest.mark.parametrize("h", HOSTILE)
def test_escapers_fold_to_one_line_and_keep_cells_whole(h: str) -> None:
    for out in (md_inline(h), md_cell(h), md_cell(h, 20)):
        assert "\n" not in out and "<" not in out
    row = f"| {md_cell(h)} | end |"
    table = PARSER.parse("| a | b |\n|---|---|\n" + row + "\n")
    cells = [t for t in table if t.type == "td_open"]
    assert len(cells) == 2


def test_md_inline_escapes_each_character_by_the_rule() -> None:
    """Entities for HTML, a backslash before markdown punctuation, every other character
    (all of ASCII and some beyond) as it is."""
    from claimcheck.render.escape import md_inline

    text = "".join(chr(c) for c in range(33, 127)) + "é✓×…"
    expected = "".join(
        {"&": "&amp;", "<": "&lt;", ">": "&gt;"}.get(ch, "\\" + ch if ch in "\\`*_[]()!|~#$" else ch) for ch in text
    )
    assert md_inline(text) == expected
