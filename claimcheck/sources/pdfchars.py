"""Page → text fragments with boxes, baseline, size, weight, and the page's horizontal rules:
the only module that asks PDFium about a page's content.

Speed decides the shape of this module. PDFium's text page is built in C, but every
per-character query is a ctypes call (~1 µs each); asking five of them for each of a page's
~4,000 characters cost 4-8× PDFium's own time. So the page text comes in one call
(``get_text_range``: PDFium's word spaces and line breaks included) and is cut into words
there (``str.split`` on the usual text, ``re.split`` on any other: no match object per
word) and cleaned once per page; a word costs two loose-box calls (its first and last
character), and font size and weight are asked again only when the loose box's vertical
extent changes (a new line, font or size), origin and angle once per font; a line in the
font of the line before reuses its style. A word whose first and last characters
disagree vertically (a footnote mark glued to it, a subscript, a word PDFium joined across a
line end) is read character by character. The per-word calls go to PDFium's functions
directly (GIL held, no argument conversion: ~0.2 µs against ~1 µs through the binding).

Loose boxes span each glyph's advance and the font's ascent/descent, so gaps between them
are real spacing, not side bearings ("1.2" must not read "1 .2").
"""

from __future__ import annotations

import ctypes
import re
import unicodedata
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from itertools import accumulate, compress, repeat
from operator import add
from typing import Any, cast

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

# Characters that are drawn but are not text for our purposes, or need a plain spelling.
_CHAR_MAP = {
    "\u2212": "-",  # minus sign
    "\u2010": "-",  # hyphen
    "\u2011": "-",  # non-breaking hyphen
    "\u00ad": "-",  # soft hyphen (only ever visible at a line end)
    "\x02": "-",  # pdfium's marker for a hyphen it saw at a line end
    "\ufffe": "-",
    "\u2206": "\u0394",  # INCREMENT → GREEK CAPITAL DELTA (the "Δ" column of tables)
    "\u2019": "'",
    "\u2018": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u00a0": " ",
}
THIN_SPACES = {"\u2009", "\u202f", "\u2006", "\u2005", "\u200a"}


def clean_char(ch: str) -> str:
    """One character as text: ligatures and compatibility forms NFKC-decomposed, minus and
    typographic variants made plain; thin spaces are kept (numbers decide what they mean)."""
    if ch in _CHAR_MAP:
        return _CHAR_MAP[ch]
    if ch in THIN_SPACES:
        return "\u2009"
    if ch.isascii():
        return ch
    out = unicodedata.normalize("NFKC", ch)
    return "".join(_CHAR_MAP.get(c, c) for c in out)


def clean_text(text: str) -> str:
    # PDFium's line-end hyphen marker is ASCII (\x02) when read character by character.
    if text.isascii() and "\x02" not in text:
        return text
    if _has_surrogate(text):
        # A character outside the BMP (a math italic letter of newtxmath, "𝑥") is two UTF-16
        # units, one string position each until here: as one character it cleans ("x").
        text = text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
    return "".join(clean_char(c) for c in text)


_ASCII = bytes(range(0x80))


def _not_kept(text: str) -> set[str]:
    """The characters of ``text`` that clean_char may change: those outside ASCII, and \x02.
    Deleting every ASCII byte from the text's UTF-8 leaves exactly the others' encodings:
    C loops of a few instructions a character, where a regex scan takes ~80."""
    found = set(text.encode("utf-8", "surrogatepass").translate(None, _ASCII).decode("utf-8", "surrogatepass"))
    if "\x02" in text:
        found.add("\x02")
    return found


def _clean_aligned(text: str) -> str | None:
    """``text`` cleaned character for character when every character cleans to exactly one,
    so that its indices still name PDFium's characters; None when one cleans to several (a
    ligature code point) or none. One translation per page instead of one call per word."""
    if text.isascii() and "\x02" not in text:
        return text
    table: dict[str, str] = {}
    # A page has a handful of such characters: found in C, where set(text) hashes every
    # character of the page.
    for ch in _not_kept(text):
        out = clean_char(ch)
        if len(out) != 1 or "\ud800" <= ch <= "\udfff":  # half of a character outside the BMP
            return None
        if out != ch:
            table[ch] = out
    if any(out in table for out in table.values()):  # a chain: replacing one by one would differ
        return text.translate({ord(ch): out for ch, out in table.items()})
    # A page has a handful of such characters: str.replace scans at C speed, where
    # str.translate looks every character up in the table.
    for ch, out in table.items():
        text = text.replace(ch, out)
    return text


@dataclass(slots=True)
class Frag:
    """A run of characters on one baseline in one font: a word, or part of one."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    base: float  # baseline, top-origin
    size: float
    bold: bool = False
    sup: bool = False  # raised and smaller than its row: footnote mark or exponent


@dataclass(frozen=True)
class Rule:
    """A horizontal line (booktabs rule, \\hline, a figure's frame), top-origin upright
    coordinates like the fragments."""

    x0: float
    x1: float
    y: float


@dataclass
class PageChars:
    frags: list[Frag]
    width: float
    height: float
    rules: list[Rule]


# Words as PDFium's text has them; its line-end hyphen marker ends a word (PDFium joins the
# hyphenated halves without a line break).
# Thin spaces stay inside a word: "392 702" is one number.
_WORD = re.compile(r"[^ \t\r\n\x0b\x0c\xa0\ufffe\x02]+[\ufffe\x02]?|[\ufffe\x02]")
_HALF_PI = 1.5707963267948966
_WORD_SPLIT = re.compile(f"({_WORD.pattern})")


def _word_spans(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of every _WORD match, as finditer would give them."""
    marks = _plain_marks(text)
    return _split_spans(text) if marks is None else _plain_spans(text, marks)


# Word separators that PDFium's text of a page seldom holds (and \x02, its other marker).
_RARE_GAPS = ("\t", "\x0b", "\x0c", "\xa0", "\x02")


def _plain_marks(text: str) -> set[int] | None:
    """Where PDFium's line-end hyphen markers (U+FFFE) are, when the text is of the usual
    kind: words between spaces and "\r\n" line ends, every marker right after a word's
    character. None for any other text."""
    if any(g in text for g in _RARE_GAPS):
        return None
    n = text.count("\n")
    if text.count("\r") != n or text.count("\r\n") != n:
        return None
    marks: set[int] = set()
    q = text.find("\ufffe")
    while q >= 0:
        if q == 0 or text[q - 1] in " \r\n\ufffe":
            return None
        marks.add(q)
        q = text.find("\ufffe", q + 1)
    return marks


def _plain_spans(text: str, marks: set[int]) -> Iterator[tuple[int, int]]:
    """The usual text's words by str.split: with line ends and markers made spaces, the
    words are the pieces between spaces, and a word followed by a marker ends after it.
    Places come from running lengths, in C: a generator (or a regex) paid a Python step
    per word."""
    plain = text.replace("\r\n", "  ")
    if marks:
        plain = plain.replace("\ufffe", " ")
    parts = plain.split(" ")
    lengths = list(map(len, parts))
    # Piece k starts after the pieces before it and one space each.
    starts = list(accumulate(map(add, lengths, repeat(1)), initial=0))
    ends = list(compress(map(add, starts, lengths), parts))
    if marks:
        for q in marks:  # the word that ends where a marker is (a few a page) takes it in
            k = bisect_left(ends, q)
            ends[k] = q + 1
    return zip(compress(starts, parts), ends)


def _split_spans(text: str) -> Iterator[tuple[int, int]]:
    """Any text's words: split keeps the words between the gaps, and running lengths give
    their places, without a match object per word."""
    bounds = list(accumulate(map(len, _WORD_SPLIT.split(text))))
    # bounds: end of gap 0 (= start of word 0), end of word 0, end of gap 1, ...
    return zip(bounds[0::2], bounds[1::2])


@dataclass(slots=True)
class _Style:
    key: tuple[float, float]  # loose box extent across the text direction: "same line, same font"
    tol: float
    base_offset: float  # origin y − loose bottom
    size: float
    angle: float
    bold: bool
    quadrant: int = -1  # quarter turns of the text when axis-aligned, else -1
    asked_size: float = 0.0  # what PDFium said, before a size of 0 was made 1
    weight: int = 0


_NO_STYLE = _Style((0.0, 0.0), -1.0, 0.0, 1.0, 0.0, False, -1, -1.0, -1)  # matches no box: tol < 0


def _holding_gil(fn: Any, restype: Any) -> Callable[..., Any]:
    """PDFium's own function, called without releasing the GIL and without argument types.
    ctypes releases and retakes the GIL around every call of a CDLL function (~0.5-4 µs
    under load, against ~0.3 µs for the call itself); these calls are short and serialised by
    PDFIUM_LOCK anyway. Declared argument types cost another ~0.1 µs a call in conversions:
    the callers pass ctypes pointer objects for the pointers, and a Python int passes as a
    C int, which is what the character index is."""
    address = ctypes.cast(fn, ctypes.c_void_p).value
    if address is None:
        raise ValueError("a null function pointer")
    return ctypes.PYFUNCTYPE(restype)(address)  # type: ignore[no-any-return]


class _Opaque(ctypes.Structure):
    """What a PDFium handle points to; never read."""


# PDFium handles as ctypes pointer objects: passed to an untyped call as they are, and
# returned as objects rather than Python ints. A pointer type, not c_void_p: ctypes looks
# a c_void_p argument's format up by name (a chain of strcmp) on every call it is passed to.
_Handle = ctypes.POINTER(_Opaque)


try:
    _INT = ctypes.c_int
    _GET_OBJECT = _holding_gil(pdfium_c.FPDFPage_GetObject, _Handle)
    _GET_TYPE = _holding_gil(pdfium_c.FPDFPageObj_GetType, _INT)
    _GET_BOUNDS = _holding_gil(pdfium_c.FPDFPageObj_GetBounds, _INT)
    _GET_UNICODE = _holding_gil(pdfium_c.FPDFText_GetUnicode, ctypes.c_uint)
    # No result type: the box is read whatever the result, and a returned int costs ~200
    # instructions a call (a format lookup and an int object).
    _GET_BOX = _holding_gil(pdfium_c.FPDFText_GetLooseCharBox, None)
    _GET_ORIGIN = _holding_gil(pdfium_c.FPDFText_GetCharOrigin, _INT)
    _GET_SIZE = _holding_gil(pdfium_c.FPDFText_GetFontSize, ctypes.c_double)
    _GET_WEIGHT = _holding_gil(pdfium_c.FPDFText_GetFontWeight, _INT)
    _GET_ANGLE = _holding_gil(pdfium_c.FPDFText_GetCharAngle, ctypes.c_float)
    _FAST = True
except (TypeError, ValueError, AttributeError):  # a binding that is not a plain ctypes function
    _FAST = False

def _rect_reader() -> tuple[Any, Callable[[], list[float]]]:
    """An FS_RECTF for PDFium to write, and a function that reads its four floats (left,
    top, right, bottom) in one call, where four ctypes field reads cost twice as much in the
    per-word loop. The struct lives in a bytearray read through a memoryview: ``tolist()``
    takes ~1,000 instructions where ``struct.unpack_from`` on the ctypes object takes ~1,200
    (ctypes builds a buffer, with its format string, on every call)."""
    buf = bytearray(ctypes.sizeof(pdfium_c.FS_RECTF))
    rect = pdfium_c.FS_RECTF.from_buffer(buf)
    return rect, cast(Callable[[], list[float]], memoryview(buf).cast("f").tolist)


class _Reader:
    """The ctypes calls of one text page, with the style of the last word remembered."""

    # Plain addresses on the fast path, ctypes references on the other: Any either way.
    tp: Any
    rect_ref: Any
    read_rect: Callable[[], list[float]]
    ox_ref: Any
    oy_ref: Any
    get_box: Callable[..., Any]
    get_origin: Callable[..., Any]
    get_size: Callable[..., Any]
    get_weight: Callable[..., Any]
    get_angle: Callable[..., Any]

    def __init__(self, textpage: pdfium.PdfTextPage) -> None:
        self.rect, self.read_rect = _rect_reader()
        self.ox, self.oy = ctypes.c_double(), ctypes.c_double()
        if _FAST:
            # The text page as a reference to an object at its address: ctypes passes a
            # reference as it is, where a pointer object is copied into a new argument
            # object on every call.
            address = ctypes.cast(textpage.raw, ctypes.c_void_p).value or 0  # never null: pypdfium2 raises first
            self.tp = ctypes.byref(_Opaque.from_address(address))
            self.rect_ref = ctypes.byref(self.rect)
            self.ox_ref, self.oy_ref = ctypes.byref(self.ox), ctypes.byref(self.oy)
            self.get_box, self.get_origin, self.get_size = _GET_BOX, _GET_ORIGIN, _GET_SIZE
            self.get_weight, self.get_angle = _GET_WEIGHT, _GET_ANGLE
        else:
            self.tp = textpage.raw
            self.rect_ref = ctypes.byref(self.rect)
            self.ox_ref, self.oy_ref = ctypes.byref(self.ox), ctypes.byref(self.oy)
            self.get_box, self.get_origin = pdfium_c.FPDFText_GetLooseCharBox, pdfium_c.FPDFText_GetCharOrigin
            self.get_size, self.get_weight = pdfium_c.FPDFText_GetFontSize, pdfium_c.FPDFText_GetFontWeight
            self.get_angle = pdfium_c.FPDFText_GetCharAngle
        self.style: _Style | None = None
        self.last = _NO_STYLE  # the last style asked of PDFium, kept across line ends
        self.fonts: dict[tuple[int, int, int], tuple[float, float, int]] = {}

    def box(self, i: int) -> tuple[float, float, float, float]:
        self.get_box(self.tp, i, self.rect_ref)
        left, top, right, bottom = self.read_rect()
        return left, right, top, bottom

    def style_of(self, i: int, key: tuple[float, float], bottom: float) -> _Style:
        # PDFium's loose boxes differ by ~2% between glyphs of one font (some use the glyph's
        # own box); a footnote mark or subscript differs by 20% or more.
        s = self.style
        if s is not None and abs(s.key[0] - key[0]) <= s.tol and abs(s.key[1] - key[1]) <= s.tol:
            return s
        tp = self.tp
        size = self.get_size(tp, i)
        weight = self.get_weight(tp, i)
        last = self.last
        if last.weight == weight and last.asked_size == size and abs(last.key[0] - key[0]) <= last.tol and abs(last.key[1] - key[1]) <= last.tol:
            # A new line in the font of the last one (most lines): its style again.
            self.style = last
            return last
        extent = key[0] - key[1]
        # Origin and angle cost ~4 µs each; what they tell (baseline below the loose box,
        # orientation) is the same for every line in one font, size and box extent.
        # Buckets of a tenth of a point and a hundredth: round(x, n) costs ~0.5 µs a call.
        font_key = (int(extent * 10 + 0.5), int(size * 100 + 0.5), weight)
        known = self.fonts.get(font_key)
        if known is None:
            self.get_origin(tp, i, self.ox_ref, self.oy_ref)
            angle = self.get_angle(tp, i)
            angle = angle if angle >= 0 else 0.0
            known = (self.oy.value - bottom, angle, _quadrant(angle) if _quadrant_ok(angle) else -1)
            self.fonts[font_key] = known
        offset, angle, quadrant = known
        s = _Style(key, 0.08 * abs(extent), offset, size if size > 0 else 1.0, angle, weight >= 600, quadrant, size, weight)
        self.style = self.last = s
        return s


def _has_surrogate(text: str) -> bool:
    """A UTF-16 half in ``text``: strict UTF-8 refuses exactly those. Encoding runs a few
    instructions a character, a regex search ~30."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def _page_text(textpage: pdfium.PdfTextPage, n: int) -> str:
    """The page's characters, one string position per PDFium character index."""
    text = textpage.get_text_range()
    if len(text) == n and (text.isascii() or not _has_surrogate(text)):
        return text
    # Characters outside the BMP take two UTF-16 units and shift every index after them.
    if _FAST:  # the same question for every character: asked in one C-level loop
        units = map(_GET_UNICODE, repeat(ctypes.cast(textpage.raw, _Handle), n), range(n))
        return "".join(map(chr, units))
    tp = textpage.raw
    return "".join(chr(pdfium_c.FPDFText_GetUnicode(tp, i)) for i in range(n))


def read_page(page: pdfium.PdfPage) -> PageChars:
    """The page's upright text fragments in top-origin coordinates; text at any other angle
    than the page's dominant one (the sideways arXiv stamp, rotated labels) is dropped."""
    width, height = page.get_size()
    if page.get_rotation() in (90, 270):  # get_size() is the displayed size; boxes are not rotated
        width, height = height, width
    textpage = page.get_textpage()
    try:
        n = textpage.count_chars()
        text = _page_text(textpage, n)
        reader = _Reader(textpage)
        frags, others = _read_upright(reader, text, height)
        if len(others) > len(frags):
            # Most text runs sideways: a landscape page. The general path, slower.
            reader.style = None
            raw: list[tuple[Frag, float]] = []
            for m in _WORD.finditer(text):
                start = m.start()
                if start == 0 or text[start - 1] == "\n":
                    reader.style = None
                _read_word(reader, text, start, m.end(), raw)
            frags, dominant = _upright(raw, width, height)
        else:
            dominant = 0
    finally:
        textpage.close()
    rules = _rules(page, dominant, width, height)
    if dominant in (1, 3):  # upright, the page lies on its side
        width, height = height, width
    return PageChars(frags, width, height, rules)


def _read_upright(reader: _Reader, text: str, height: float) -> tuple[list[Frag], list[int]]:
    """The fast path for the usual page: words in upright text become fragments in
    top-origin coordinates directly; the start of every other word is returned. This loop
    runs once per word of the document, so it keeps to local names."""
    tp, ref, read = reader.tp, reader.rect_ref, reader.read_rect
    get_box = reader.get_box
    style_of = reader.style_of
    frags: list[Frag] = []
    append = frags.append
    others: list[int] = []
    # The style in force: the range of loose tops and bottoms it stands for, the widest
    # word space within a fragment, and what it says.
    s_top_lo = s_top_hi = s_bottom_lo = s_bottom_hi = s_join = s_off = s_size = 0.0
    s_bold = False
    s_ok = False
    prev: Frag | None = None
    prev_x1 = 0.0  # prev.x1, kept in a local: it is read for every word
    s_t0 = s_b0 = 0.0  # the loose top and bottom of the word that set the style
    aligned = _clean_aligned(text)
    clean = text if aligned is None else aligned
    line_starts = _line_starts(text)
    marks = _plain_marks(text)
    # A fragment's words one space apart in the page's cleaned text are a slice of it, taken
    # when the fragment is done: no string per word (pend is that fragment, or None).
    sliceable = aligned is not None and marks is not None
    pend: Frag | None = None
    pend_start = pend_end = 0
    for start, end in _split_spans(text) if marks is None else _plain_spans(text, marks):
        get_box(tp, start, ref)
        l0, t0, r1, b0 = read()
        if end - start > 1:
            get_box(tp, end - 1, ref)
            l1, t1, r1, b1 = read()
            # Most words: the last character's extent is the first one's, exactly (one font,
            # one baseline), which the tolerance test passes without computing it.
            if (t1 != t0 or b1 != b0 or t0 < b0 or r1 < l0) and not _level(t0, b0, t1, b1, l0, r1):
                if abs(l1 - l0) < 0.5 and abs(t1 - t0) > 1:  # a vertical run: sideways text
                    others.append(start)
                    s_ok = False
                    prev = None
                    continue
                _read_mixed(reader, text, start, end, height, frags, others)
                s_ok = False
                prev = None
                continue
        new_line = start in line_starts
        # The style holds for a word level with the one that set it (most words), or within
        # its tolerance.
        if new_line or not s_ok or ((t0 != s_t0 or b0 != s_b0) and not (s_top_lo <= t0 <= s_top_hi and s_bottom_lo <= b0 <= s_bottom_hi)):
            if new_line:
                reader.style = None  # a new line: its font and weight are asked afresh
            st = style_of(start, (t0, b0), b0)
            tol = st.tol
            s_top_lo, s_top_hi, s_bottom_lo, s_bottom_hi = t0 - tol, t0 + tol, b0 - tol, b0 + tol
            s_t0, s_b0 = t0, b0
            s_off, s_size, s_bold, s_join = st.base_offset, st.size, st.bold, 0.4 * st.size
            s_ok = st.quadrant == 0
            prev = None
            if not s_ok:
                others.append(start)
                continue
        # Words one plain word space apart in one style are one fragment: fewer objects for
        # every later step. Cells (≥ 0.5 em apart) and columns never join this way.
        if prev is not None and 0.0 <= l0 - prev_x1 <= s_join:
            if prev is pend and start == pend_end + 1:
                pend_end = end
            else:
                if prev is pend:
                    prev.text = clean[pend_start:pend_end]
                    pend = None
                prev.text += " " + (clean[start:end] if aligned is not None else clean_text(text[start:end]))
            prev.x1 = prev_x1 = r1
            continue
        if pend is not None:
            pend.text = clean[pend_start:pend_end]
        prev_x1 = r1
        if sliceable:
            prev = pend = Frag("", l0, r1, height - t0, height - b0, height - b0 - s_off, s_size, s_bold)
            pend_start, pend_end = start, end
        else:
            word = clean[start:end] if aligned is not None else clean_text(text[start:end])
            prev = Frag(word, l0, r1, height - t0, height - b0, height - b0 - s_off, s_size, s_bold)
        append(prev)
    if pend is not None:
        pend.text = clean[pend_start:pend_end]
    return frags, others


def _level(t0: float, b0: float, t1: float, b1: float, l0: float, r1: float) -> bool:
    """A word's last character (loose top t1, bottom b1, right r1) on its first one's line
    in its font: PDFium's loose boxes differ by ~2% between glyphs of one font, a footnote
    mark or subscript by 20% or more."""
    tol = 0.08 * (t0 - b0)
    return -tol <= t0 - t1 <= tol and -tol <= b0 - b1 <= tol and r1 >= l0


def _line_starts(text: str) -> set[int]:
    """Where PDFium's lines of ``text`` begin: 0 and after every line break."""
    starts = {0}
    q = text.find("\n")
    while q >= 0:
        starts.add(q + 1)
        q = text.find("\n", q + 1)
    return starts


def _read_mixed(reader: _Reader, text: str, start: int, end: int, height: float, frags: list[Frag], others: list[int]) -> None:
    """Mixed sizes inside one word (a footnote mark, a subscript): character by character."""
    raw: list[tuple[Frag, float]] = []
    _read_chars(reader, text, start, end, raw)
    if all(_quadrant_ok(a) and _quadrant(a) == 0 for _f, a in raw):
        for f, _a in raw:
            f.text = clean_text(f.text)
            if f.text.strip() or f.text == "\u2009":
                f.top, f.bottom, f.base = height - f.top, height - f.bottom, height - f.base
                frags.append(f)
    else:
        others.append(start)


def _rules(page: pdfium.PdfPage, dominant: int, width: float, height: float) -> list[Rule]:
    """Thin filled or stroked paths along the text direction: pdflatex draws booktabs and
    \\hline rules as filled rectangles, \\cline/\\cmidrule too."""
    out: list[Rule] = []
    raw = page.raw
    left, bottom, right, top = ctypes.c_float(), ctypes.c_float(), ctypes.c_float(), ctypes.c_float()
    refs = (ctypes.byref(left), ctypes.byref(bottom), ctypes.byref(right), ctypes.byref(top))
    path = pdfium_c.FPDF_PAGEOBJ_PATH
    # Every object of the page is asked its type, text objects too: the untyped calls.
    if _FAST:
        get_object, get_type, get_bounds = _GET_OBJECT, _GET_TYPE, _GET_BOUNDS
        handle: Any = ctypes.cast(raw, _Handle)
    else:
        get_object, get_type = pdfium_c.FPDFPage_GetObject, pdfium_c.FPDFPageObj_GetType
        get_bounds, handle = pdfium_c.FPDFPageObj_GetBounds, raw
    for k in range(pdfium_c.FPDFPage_CountObjects(raw)):
        obj = get_object(handle, k)
        if get_type(obj) != path or not get_bounds(obj, *refs):
            continue
        l, b, r, t = left.value, bottom.value, right.value, top.value
        if dominant in (0, 2) and t - b < 2.5 and r - l > 6:
            y = (t + b) / 2
            out.append(Rule(l, r, height - y) if dominant == 0 else Rule(width - r, width - l, y))
        elif dominant in (1, 3) and r - l < 2.5 and t - b > 6:
            x = (l + r) / 2
            out.append(Rule(b, t, x) if dominant == 3 else Rule(height - t, height - b, width - x))
    out.sort(key=lambda ru: (ru.y, ru.x0))
    return out


def _read_word(reader: _Reader, text: str, start: int, end: int, out: list[tuple[Frag, float]]) -> None:
    l0, r0, t0, b0 = reader.box(start)
    if end - start == 1:
        l1, r1, t1, b1 = l0, r0, t0, b0
    else:
        l1, r1, t1, b1 = reader.box(end - 1)
    tol = 0.08 * (t0 - b0)
    if abs(t0 - t1) <= tol and abs(b0 - b1) <= tol and r1 >= l0:
        s = reader.style_of(start, (t0, b0), b0)
        if _quadrant_ok(s.angle) and _quadrant(s.angle) == 0:
            out.append((Frag(text[start:end], l0, r1, max(t0, t1), min(b0, b1), b0 + s.base_offset, s.size, s.bold), s.angle))
            return
    tol = 0.08 * (r0 - l0)
    if abs(l0 - l1) <= tol and abs(r0 - r1) <= tol:  # a vertical run: rotated text
        s = reader.style_of(start, (l0, r0), b0)
        if _quadrant_ok(s.angle) and _quadrant(s.angle) in (1, 3):
            frag = Frag(text[start:end], min(l0, l1), max(r0, r1), max(t0, t1), min(b0, b1), b0, s.size, s.bold)
            out.append((frag, s.angle))
            return
    _read_chars(reader, text, start, end, out)


def _read_chars(reader: _Reader, text: str, start: int, end: int, out: list[tuple[Frag, float]]) -> None:
    """One character at a time: fragments end where the vertical extent changes."""
    cur: Frag | None = None
    cur_style: _Style | None = None
    for i in range(start, end):
        ch = text[i]
        if ch in " \t\r\n\xa0":
            continue
        if "\udc00" <= ch <= "\udfff" and cur is not None and "\ud800" <= cur.text[-1] <= "\udbff":
            cur.text += ch  # the second UTF-16 unit of a character outside the BMP: no box of its own
            continue
        left, right, top, bottom = reader.box(i)
        s = reader.style_of(i, (top, bottom), bottom)
        upright = s.quadrant == 0
        if cur is not None and upright and s is cur_style and left >= cur.x1 - 0.5:
            cur.text += ch
            cur.x1 = max(cur.x1, right)
            continue
        if cur is not None:
            out.append((cur, cur_style.angle if cur_style else 0.0))
        cur = Frag(ch, left, right, top, bottom, bottom + s.base_offset, s.size, s.bold)
        cur_style = s
    if cur is not None:
        out.append((cur, cur_style.angle if cur_style else 0.0))


def _quadrant(angle: float) -> int:
    return round(angle / _HALF_PI) % 4


def _quadrant_ok(angle: float) -> bool:
    return abs(angle - round(angle / _HALF_PI) * _HALF_PI) < 0.05


def _upright(raw: list[tuple[Frag, float]], width: float, height: float) -> tuple[list[Frag], int]:
    """Keep the fragments of the page's dominant orientation, in top-origin upright
    coordinates, their text cleaned; and that orientation (quarter turns)."""
    if not raw:
        return [], 0
    quadrants: Counter[int] = Counter()
    for f, a in raw:
        if _quadrant_ok(a):
            quadrants[_quadrant(a)] += len(f.text)
    dominant = quadrants.most_common(1)[0][0] if quadrants else 0
    out: list[Frag] = []
    for f, a in raw:
        if not _quadrant_ok(a) or _quadrant(a) != dominant:
            continue
        x0, x1, b, t, oy = f.x0, f.x1, f.bottom, f.top, f.base  # PDF coords (bottom-origin)
        if dominant == 0:
            f.x0, f.x1, f.top, f.bottom, f.base = x0, x1, height - t, height - b, height - oy
        elif dominant == 3:  # PDFium's angles run clockwise: text runs bottom→top (pdflscape, sidewaystable)
            f.x0, f.x1, f.top, f.bottom, f.base = b, t, x0, x1, x1
        elif dominant == 1:  # text runs top→bottom
            f.x0, f.x1, f.top, f.bottom, f.base = height - t, height - b, width - x1, width - x0, width - x0
        else:  # upside down
            f.x0, f.x1, f.top, f.bottom, f.base = width - x1, width - x0, b, t, oy
        f.text = clean_text(f.text)
        if f.text.strip() or f.text == "\u2009":
            out.append(f)
    return out, dominant
