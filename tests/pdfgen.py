"""Realistic test PDFs, generated with reportlab: the things that make real arXiv PDFs hard.

Usage::

    from tests.pdfgen import make_paper, make_simple_pdf

    paper = make_paper()                      # default two-column, two-page paper
    paper.pdf                                 # bytes of the PDF
    paper.expected_sentences()                # every body sentence, cleaned, in reading order
    paper.hyphenated                          # words broken across lines: ["sam-pling", "fine-tuned"]
    paper.spec.table                          # the table drawn (label, columns, rows)

    make_paper(version_note="We fixed Table 1.")  # a "v2" that differs by one sentence
    make_paper(repeat=5)                      # a longer paper (benchmarks)
    make_simple_pdf(["Line one.", "Line two."])   # a tiny valid PDF, fast (fetch tests)

What :func:`make_paper` draws, like a pdflatex two-column preprint:

* a title, authors and an abstract spanning the full page width, then two columns;
* justified lines drawn word by word at computed positions (no space glyphs, as LaTeX does);
* words hyphenated across line breaks (``sam-`` / ``pling``) and compounds broken at their
  own hyphen (``fine-`` / ``tuned``); :attr:`GeneratedPaper.hyphenated` lists them;
* ligature glyphs (U+FB00..FB04) through the DejaVu Serif TTF when it is installed
  (:attr:`GeneratedPaper.ligature_font` says whether it was);
* a Unicode minus (U+2212) and thin spaces inside numbers (``392 702``);
* a footnote marker glued to a word (superscript ``1``) and the footnote at the column foot;
* a running header with a rule on every page, a page number in the footer;
* the sideways grey arXiv stamp in the left margin of page 1 (rotated 90°);
* a booktabs-style table (three horizontal rules, no vertical ones) with row headers and
  column headers, captioned ``Table 1: ...`` below it.

:meth:`GeneratedPaper.expected_sentences` derives the expected clean text from the spec
with plain, fixed replacements (ligatures never appear in the spec; the footnote marker is
dropped; U+2212 → ``-``; a thin space between digits → ``,``), so a test asserting on it
checks the extractor, not a copy of it.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field, replace
from pathlib import Path

from reportlab.lib.pagesizes import letter
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

FOOTNOTE_MARK = "{fn}"
THIN_SPACES = ("\u2009", "\u202f")
_DEJAVU = Path("/usr/share/fonts/truetype/dejavu")
_LIGATURES = (("ffi", "\ufb03"), ("ffl", "\ufb04"), ("ff", "\ufb00"), ("fi", "\ufb01"), ("fl", "\ufb02"))


@dataclass
class TableSpec:
    label: str = "Table 1"
    caption: str = "Intent accuracy (%) of each model on the development and test sets."
    columns: list[str] = field(default_factory=lambda: ["Model", "Dev", "Test", "\u0394"])
    rows: list[list[str]] = field(
        default_factory=lambda: [
            ["Baseline", "81.2", "80.4", "0.0"],
            ["Uniform", "83.0", "82.1", "1.7"],
            ["Curriculum", "85.6", "84.9", "4.5"],
            ["Reversed", "80.1", "79.8", "\u22120.6"],
        ]
    )


_ABSTRACT = [
    "Intent classifiers are usually fine-tuned on English data and then offered in other languages without labelled data.",
    "We study how the order of training examples affects this zero-shot transfer.",
    "Across nine languages, curriculum ordering improves accuracy by 4.5 points over a fixed baseline.",
]

_SECTIONS: list[tuple[str, list[list[str]]]] = [
    (
        "1 Introduction",
        [
            [
                "Multilingual encoders make it possible to train a classifier once and apply it to many languages.",
                "Collecting labelled data for every language is slow and expensive." + FOOTNOTE_MARK,
                "Most systems are fine-tuned on a shuffled stream of examples, i.e. without any ordering.",
                "Prior work by Bengio et al. showed that curricula help monolingual models converge faster.",
                "We ask whether the same holds for cross-lingual transfer of intent classifiers.",
            ],
            [
                "Our dataset contains 392\u2009702 training utterances drawn from twelve domains.",
                "The scheduling is efficient and needs no target-language data at all.",
                "Difficult examples are shown last, as illustrated in Fig. 2 of the appendix.",
            ],
        ],
    ),
    (
        "2 Related Work",
        [
            [
                "Curriculum learning orders training examples by difficulty so that a model first masters simple cases.",
                "It has been applied to machine translation, to reading comprehension and to speech recognition.",
                "In the cross-lingual setting, prior work has mostly varied which data a model sees rather than the order.",
                "Translated and code-switched utterances are the most common additions to the training data.",
            ],
            [
                "Intent detection itself is a well-studied problem with many public benchmarks.",
                "Most benchmarks offer a few thousand utterances per language and a fixed label set.",
                "The strongest systems fine-tune a pretrained encoder with a linear classification head.",
                "Because the head is shared across languages, any bias that the English data induces is carried over to every other language.",
            ],
        ],
    ),
    (
        "3 Method",
        [
            [
                "Each utterance receives a difficulty score from a small auxiliary classifier.",
                "The score combines entropy with other signals, e.g. length and word rarity.",
                "Utterances are then sorted into three tiers of increasing difficulty.",
                "The official splits and the affine scoring coefficients are released with the code.",
                "Training proceeds tier by tier with a learning rate of 2e-5 and a batch size of 32.",
                "A cross-lingual encoder is fine-tuned for 3,600 steps in every configuration.",
            ],
            [
                "The shuffled baseline sees exactly the same examples in a random order.",
                "We repeat every run with five seeds and report the mean accuracy.",
                "The workflow runs offline on a single accelerator in about 8.2 hours.",
            ],
        ],
    ),
    (
        "4 Results",
        [
            [
                "Table 1 reports intent accuracy on the development and test sets.",
                "The curriculum improves test accuracy by 4.5 points over the baseline.",
                "Reversing the order hurts, with a change of \u22120.6 points on the development set.",
                "The gains are largest for languages that are typologically distant from English.",
                "Sampling by tiers is therefore a cheap way to improve cross-lingual transfer.",
            ],
        ],
    ),
    (
        "5 Limitations",
        [
            [
                "We evaluate a single dataset of twelve intent domains.",
                "The difficulty score is computed with an English classifier, so utterances that are difficult only after translation are not identified.",
                "We did not evaluate languages written in right-to-left scripts.",
            ],
        ],
    ),
    (
        "6 Conclusion",
        [
            [
                "Ordering English training data from easy to difficult is simple and effective.",
                "The method is fluent in practice, needs no change to the model and costs nothing at inference time.",
                "Future work will study state-of-the-art encoders that are fine-tuned on much larger data.",
            ],
        ],
    ),
]


@dataclass
class PaperSpec:
    title: str = "Ordering Examples for Zero-Shot Intent Transfer"
    authors: str = "Ada Example and Ben Placeholder, Institute for Generated Papers"
    abstract: list[str] = field(default_factory=lambda: list(_ABSTRACT))
    sections: list[tuple[str, list[list[str]]]] = field(default_factory=lambda: list(_SECTIONS))
    footnote: str = "Collecting 1,000 labelled utterances costs about 2,300 euros."
    table: TableSpec | None = field(default_factory=TableSpec)
    table_after_section: int = 3  # the table follows this section's first paragraph (0-based)
    header_left: str = "Ordering Examples for Zero-Shot Intent Transfer"
    header_right: str = "Preprint"
    stamp: str | None = "arXiv:2699.00001v1  [cs.CL]  1 Dec 2026"
    # Compounds to break at their own hyphen the first time one lands late enough in a
    # line (LaTeX does this; an extractor must keep "fine-tuned", not make "finetuned").
    force_breaks: list[str] = field(default_factory=lambda: ["fine-tuned", "cross-lingual", "target-language"])


@dataclass
class GeneratedPaper:
    pdf: bytes
    spec: PaperSpec
    pages: int
    hyphenated: list[str]  # as broken: "sam-pling" (hyphenation) or "fine-tuned" (compound)
    ligature_font: bool

    def expected_sentences(self, include_abstract: bool = True) -> list[str]:
        """Abstract (if asked) and body sentences in reading order, as a clean extractor gives them."""
        sentences = list(self.spec.abstract) if include_abstract else []
        for _heading, paragraphs in self.spec.sections:
            for paragraph in paragraphs:
                sentences.extend(paragraph)
        return [clean_expected(s) for s in sentences]

    def expected_footnote(self) -> str:
        return clean_expected(self.spec.footnote)


def clean_expected(text: str) -> str:
    out = text.replace(FOOTNOTE_MARK, "").replace("\u2212", "-")
    for thin in THIN_SPACES:
        # Only between digits; the spec uses thin spaces nowhere else.
        out = out.replace(thin, ",")
    return out


# --------------------------------------------------------------------------- layout


class _Fonts:
    def __init__(self) -> None:
        serif, bold, italic = _DEJAVU / "DejaVuSerif.ttf", _DEJAVU / "DejaVuSerif-Bold.ttf", _DEJAVU / "DejaVuSerif-Italic.ttf"
        self.ligatures = serif.exists() and bold.exists() and italic.exists()
        if self.ligatures:
            for name, path in (("GenSerif", serif), ("GenSerif-Bold", bold), ("GenSerif-Italic", italic)):
                if name not in pdfmetrics.getRegisteredFontNames():
                    pdfmetrics.registerFont(TTFont(name, str(path)))
            self.regular, self.bold, self.italic = "GenSerif", "GenSerif-Bold", "GenSerif-Italic"
        else:
            self.regular, self.bold, self.italic = "Times-Roman", "Times-Bold", "Times-Italic"

    def glyphs(self, text: str) -> str:
        """What is drawn: ligature glyphs where the font has them, like pdflatex does."""
        if not self.ligatures:
            return text.replace("\u2212", "-").replace("\u0394", "D")
        for seq, lig in _LIGATURES:
            text = text.replace(seq, lig)
        return text

    def width(self, text: str, font: str, size: float) -> float:
        return pdfmetrics.stringWidth(self.glyphs(text), font, size)


PAGE_W, PAGE_H = letter
MARGIN_X = 54.0
TOP = 72.0  # body starts this far below the top edge
BOTTOM = 72.0
GAP = 18.0
COL_W = (PAGE_W - 2 * MARGIN_X - GAP) / 2
SIZE = 10.0
LEADING = 12.0
FN_SIZE = 7.0


@dataclass
class _Cursor:
    page: int
    col: int  # 0 or 1
    y: float  # baseline of the next line, PDF coordinates (origin bottom-left)
    top: float  # where columns start on this page
    bottom_reserved: float = 0.0  # footnote space at the foot of this column


class _Writer:
    def __init__(self, spec: PaperSpec, fonts: _Fonts) -> None:
        self.spec = spec
        self.fonts = fonts
        self.buf = io.BytesIO()
        self.c = Canvas(self.buf, pagesize=letter, invariant=1)
        self.c.setTitle(spec.title)
        self.hyphenated: list[str] = []
        self.force = set(spec.force_breaks)
        self.page = 1
        self.footnote_pending = False
        self._page_furniture()
        self.cur = _Cursor(page=1, col=0, y=0.0, top=0.0)

    # ---- page furniture
    def _page_furniture(self) -> None:
        c, f = self.c, self.fonts
        c.setFont(f.italic, 7.5)
        c.drawString(MARGIN_X, PAGE_H - 42, f.glyphs(self.spec.header_left))
        c.drawRightString(PAGE_W - MARGIN_X, PAGE_H - 42, f.glyphs(self.spec.header_right))
        c.setLineWidth(0.4)
        c.line(MARGIN_X, PAGE_H - 46, PAGE_W - MARGIN_X, PAGE_H - 46)
        c.setFont(f.regular, 8)
        c.drawCentredString(PAGE_W / 2, 40, str(self.page))
        if self.page == 1 and self.spec.stamp:
            c.saveState()
            c.setFillGray(0.55)
            c.setFont("Times-Roman", 18)
            c.translate(32, 230)
            c.rotate(90)
            c.drawString(0, 0, self.spec.stamp)
            c.restoreState()

    def new_page(self) -> None:
        self.c.showPage()
        self.page += 1
        self._page_furniture()
        top = PAGE_H - TOP
        self.cur = _Cursor(page=self.page, col=0, y=top, top=top)

    def _col_x(self) -> float:
        return MARGIN_X + self.cur.col * (COL_W + GAP)

    def _need(self, height: float) -> None:
        floor = BOTTOM + self.cur.bottom_reserved
        if self.cur.y - height < floor:
            if self.cur.col == 0:
                self.cur = _Cursor(page=self.cur.page, col=1, y=self.cur.top, top=self.cur.top)
            else:
                self.new_page()

    # ---- full-width front matter
    def front_matter(self) -> None:
        c, f, s = self.c, self.fonts, self.spec
        y = PAGE_H - TOP - 10
        c.setFont(f.bold, 15)
        c.drawCentredString(PAGE_W / 2, y, f.glyphs(s.title))
        y -= 22
        c.setFont(f.regular, 10)
        c.drawCentredString(PAGE_W / 2, y, f.glyphs(s.authors))
        y -= 24
        c.setFont(f.bold, 10)
        c.drawCentredString(PAGE_W / 2, y, "Abstract")
        y -= 15
        inset = 40.0
        y = self._paragraph(" ".join(s.abstract), MARGIN_X + inset, PAGE_W - 2 * (MARGIN_X + inset), y, flow=False)
        top = y - 14
        self.cur = _Cursor(page=1, col=0, y=top, top=top)
        if s.footnote and any(FOOTNOTE_MARK in sent for _h, ps in s.sections for p in ps for sent in p):
            self.cur.bottom_reserved = 2 * LEADING

    # ---- running text
    def heading(self, text: str) -> None:
        self._need(2.5 * LEADING)
        self.cur.y -= 0.6 * LEADING
        self.c.setFont(self.fonts.bold, 10)
        self.c.drawString(self._col_x(), self.cur.y, self.fonts.glyphs(text))
        self.cur.y -= 1.4 * LEADING

    def paragraph(self, sentences: list[str]) -> None:
        self._paragraph(" ".join(sentences), None, COL_W, None, flow=True)
        self.cur.y -= 0.4 * LEADING

    def _paragraph(self, text: str, x: float | None, width: float, y: float | None, flow: bool) -> float:
        words = text.split(" ")
        lines: list[list[str]] = []
        line: list[str] = []
        i = 0
        while i < len(words):
            word = words[i]
            trial = line + [word]
            bare = word.rstrip(".,;:")
            if flow and bare in self.force and line and self._line_width(line) > 0.6 * width:
                head = word[: word.index("-") + 1]
                if self._line_width(line + [head]) <= width:
                    self.force.discard(bare)
                    self.hyphenated.append(word)
                    lines.append(line + [head])
                    words[i] = word[len(head):]
                    line = []
                    continue
            if self._line_width(trial) <= width or not line:
                line = trial
                i += 1
                continue
            head, tail = self._split(word, width - self._line_width(line + [""]))
            if head:
                lines.append(line + [head])
                words[i] = tail
            else:
                lines.append(line)
            line = []
        if line:
            lines.append(line)
        for n, ln in enumerate(lines):
            if flow:
                self._need(LEADING)
                lx, ly = self._col_x(), self.cur.y
            else:
                assert x is not None and y is not None
                lx, ly = x, y
            self._draw_line(ln, lx, ly, width, justify=n < len(lines) - 1)
            if flow:
                self.cur.y -= LEADING
            else:
                y = ly - LEADING
        return y if y is not None else self.cur.y

    def _split(self, word: str, room: float) -> tuple[str, str]:
        """Break ``word`` so its head (with a hyphen) fits ``room``: at its own hyphen first
        (a compound, as LaTeX breaks "fine-tuned"), else inside a long plain word."""
        if FOOTNOTE_MARK in word:
            return "", word
        if "-" in word.strip("-"):
            cut = word.index("-", 1) + 1
            head = word[:cut]
            if self._word_width(head) <= room:
                self.hyphenated.append(word)
                return head, word[cut:]
            return "", word
        core = word.rstrip(".,;:")
        if room < 0.1 * COL_W or len(core) < 7 or not core.isalpha():
            return "", word
        for cut in range(len(core) - 3, 2, -1):
            head = word[:cut] + "-"
            if self._word_width(head) <= room:
                self.hyphenated.append(f"{word[:cut]}-{word[cut:]}")
                return head, word[cut:]
        return "", word

    def _word_width(self, word: str) -> float:
        base = word.replace(FOOTNOTE_MARK, "")
        w = self.fonts.width(base, self.fonts.regular, SIZE)
        if FOOTNOTE_MARK in word:
            w += self.fonts.width("1", self.fonts.regular, FN_SIZE * 0.8)
        return w

    def _line_width(self, words: list[str]) -> float:
        space = self.fonts.width(" ", self.fonts.regular, SIZE)
        return sum(self._word_width(w) for w in words) + space * (len(words) - 1)

    def _draw_line(self, words: list[str], x: float, y: float, width: float, justify: bool) -> None:
        c, f = self.c, self.fonts
        natural = sum(self._word_width(w) for w in words)
        space = f.width(" ", f.regular, SIZE)
        gap = (width - natural) / (len(words) - 1) if justify and len(words) > 1 else space
        for word in words:
            base = word.replace(FOOTNOTE_MARK, "")
            c.setFont(f.regular, SIZE)
            c.drawString(x, y, f.glyphs(base))
            x += f.width(base, f.regular, SIZE)
            if FOOTNOTE_MARK in word:
                c.setFont(f.regular, FN_SIZE * 0.8)
                c.drawString(x, y + 3.5, "1")
                x += f.width("1", f.regular, FN_SIZE * 0.8)
                self._footnote()
            x += gap

    def _footnote(self) -> None:
        """The footnote text at the foot of the current column (its space was reserved)."""
        c, f = self.c, self.fonts
        x = self._col_x()
        c.setLineWidth(0.4)
        c.line(x, BOTTOM + 2 * LEADING - 2, x + 60, BOTTOM + 2 * LEADING - 2)
        c.setFont(f.regular, FN_SIZE * 0.8)
        c.drawString(x, BOTTOM + LEADING + 3.5 - 3, "1")
        c.setFont(f.regular, FN_SIZE)
        c.drawString(x + 5, BOTTOM + LEADING - 3, f.glyphs(self.spec.footnote))

    # ---- the table
    def table(self, t: TableSpec) -> None:
        c, f = self.c, self.fonts
        row_h = 11.0
        height = row_h * (len(t.rows) + 1) + 40 + LEADING
        self._need(height)
        x0 = self._col_x() + 20
        x1 = self._col_x() + COL_W - 20
        y = self.cur.y - 4
        c.setLineWidth(0.8)
        c.line(x0, y + 9, x1, y + 9)
        stub_w = max(f.width(r[0], f.regular, 8.5) for r in [t.columns, *t.rows]) + 12
        ncols = len(t.columns) - 1
        step = (x1 - x0 - stub_w) / ncols

        def row(cells: list[str], yy: float, font: str) -> None:
            c.setFont(font, 8.5)
            c.drawString(x0 + 2, yy, f.glyphs(cells[0]))
            for k, cell in enumerate(cells[1:], start=1):
                c.drawRightString(x0 + stub_w + k * step - 2, yy, f.glyphs(cell))

        row(t.columns, y, f.regular)
        c.setLineWidth(0.5)
        c.line(x0, y - 4, x1, y - 4)
        y -= row_h + 4
        for r in t.rows:
            row(r, y, f.regular)
            y -= row_h
        c.setLineWidth(0.8)
        c.line(x0, y + row_h - 4, x1, y + row_h - 4)
        y -= 8
        c.setFont(f.regular, 8.5)
        line: list[str] = []
        for word in f"{t.label}: {t.caption}".split(" "):
            if line and f.width(" ".join(line + [word]), f.regular, 8.5) > COL_W:
                c.drawString(self._col_x(), y, f.glyphs(" ".join(line)))
                y -= 10
                line = []
            line.append(word)
        c.drawString(self._col_x(), y, f.glyphs(" ".join(line)))
        self.cur.y = y - 1.5 * LEADING

    def finish(self) -> bytes:
        self.c.showPage()
        self.c.save()
        return self.buf.getvalue()


def make_paper(
    spec: PaperSpec | None = None,
    *,
    version_note: str | None = None,
    repeat: int = 1,
) -> GeneratedPaper:
    """Draw ``spec`` (default: a two-page paper) as a two-column PDF.

    ``version_note`` appends one sentence to the introduction (a "v2"); ``repeat`` repeats the
    body sections to make a longer paper for benchmarks.
    """
    spec = replace(spec or PaperSpec())
    sections = [(h, [list(p) for p in ps]) for h, ps in spec.sections]
    if version_note:
        sections[0][1][-1].append(version_note)
    if repeat > 1:
        base = list(sections)
        for n in range(2, repeat + 1):
            sections.extend((f"{h} (part {n})", [list(p) for p in ps]) for h, ps in base)
    spec.sections = sections
    fonts = _Fonts()
    w = _Writer(spec, fonts)
    w.front_matter()
    footnote_done = False
    for k, (heading, paragraphs) in enumerate(spec.sections):
        w.heading(heading)
        for n, paragraph in enumerate(paragraphs):
            if footnote_done:
                paragraph = [s.replace(FOOTNOTE_MARK, "") for s in paragraph]
            elif any(FOOTNOTE_MARK in s for s in paragraph):
                footnote_done = True
            w.paragraph(paragraph)
            if spec.table is not None and k == spec.table_after_section and n == 0:
                w.table(spec.table)
    pdf = w.finish()
    return GeneratedPaper(pdf=pdf, spec=spec, pages=w.page, hyphenated=w.hyphenated, ligature_font=fonts.ligatures)


def make_simple_pdf(lines: list[str], title: str = "A test paper") -> bytes:
    """A one-page, single-column PDF of ``lines`` (Helvetica): quick to build and to parse."""
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=letter, invariant=1)
    c.setTitle(title)
    c.setFont("Helvetica", 11)
    y = PAGE_H - 72
    for line in lines:
        c.drawString(72, y, line)
        y -= 14
    c.showPage()
    c.save()
    return buf.getvalue()


if __name__ == "__main__":  # python -m tests.pdfgen out.pdf: look at what the tests see
    import sys

    target = Path(sys.argv[1] if len(sys.argv) > 1 else "generated.pdf")
    generated = make_paper()
    target.write_bytes(generated.pdf)
    print(f"{target}: {generated.pages} pages, hyphenated {generated.hyphenated}")
