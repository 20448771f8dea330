"""The claims table in its three observed shapes.

* **delimited**: a header row naming the columns (``Claim<TAB>Verified<TAB>Confidence``,
  in any order, tab- or wide-space-separated, or a markdown pipe table), then one row per
  claim;
* **wrapped**: text that went through PDF extraction: a lone ``Claim`` header, the other
  column names on a line of their own, then each claim wrapped over several lines; the
  mark and confidence columns are usually lost, and kept when they survive at the end of a
  claim's last line (or of its first, when the cells were top-aligned);
* **list**: no table at all, but a claims section whose claims are list items
  (``1.``, ``-``, ``[3]``, a ``[x]`` checkbox), each with its mark and confidence written
  inline: ``[✓] (confidence 0.8) Claim text.`` or ``Claim text. — ✓ 0.80`` or
  ``Claim text. (verified: no, confidence: 0.3)``. Only read inside a claims section, so a
  report's other lists are never taken for claims.

Pure functions; the result is a list of :class:`Row` that the parser turns into Claims.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from claimcheck.model import Mark

COLUMN_NAMES: dict[str, tuple[str, ...]] = {
    "claim": ("claim", "claims", "statement", "claim text", "finding", "text"),
    "verified": ("verified", "verification", "status", "verdict", "supported", "check", "✓/×", "✓"),
    "confidence": ("confidence", "conf", "conf.", "score", "probability"),
}
_COLUMN_OF = {name: col for col, names in COLUMN_NAMES.items() for name in names}

MARKS: dict[str, Mark] = {
    **{s: Mark.VERIFIED for s in ("✓", "✔", "☑", "✅", "yes", "y", "true", "verified", "supported", "1")},
    **{s: Mark.REJECTED for s in ("×", "✗", "✘", "❌", "x", "no", "n", "false", "unverified", "not verified", "rejected", "0")},
}
_MARK_CHARS = "✓✔☑✅×✗✘❌"
_MARK_WORD = r"[" + _MARK_CHARS + r"]|yes|no|true|false|verified|unverified"
_CONF = r"\d+(?:\.\d+)?%|[01]?\.\d+|[01]"
# Mark and confidence left at the end of a claim's last line when a table's columns were
# flattened into running text (either column order).
_TRAILING_MARK = re.compile(
    r"\s+(?:(?P<m1>" + _MARK_WORD + r")(?:\s+(?P<c1>" + _CONF + r"))?|(?P<c2>" + _CONF + r")\s+(?P<m2>" + _MARK_WORD + r"))\s*$",
    re.I,
)
# Without a symbol, a bare trailing "yes"/"no" is only trusted when the header named the
# Verified column; a lone ✓/× always is.
_TRAILING_SYMBOL = re.compile(r"\s+([" + _MARK_CHARS + r"])(?:\s+(" + _CONF + r"))?\s*$")


@dataclass
class Row:
    text: str
    mark: Mark
    confidence: float | None
    line: int  # 0-based line of the row's start


@dataclass
class Table:
    columns: list[str]
    rows: list[Row]
    shape: str  # "delimited" | "pipe" | "wrapped" | "list"
    end: int  # line after the table


def parse_mark(cell: str) -> Mark:
    return MARKS.get(cell.strip().strip("*_`").lower(), Mark.UNKNOWN)


def parse_confidence(cell: str) -> float | None:
    s = cell.strip().strip("*_`").replace(",", ".")
    if not s:
        return None
    try:
        if s.endswith("%"):
            value = float(s[:-1]) / 100
        else:
            value = float(s)
    except ValueError:
        return None
    return value if 0.0 <= value <= 1.0 else None


def column_of(cell: str) -> str | None:
    return _COLUMN_OF.get(cell.strip().strip("*_`").strip().lower())


def split_cells(line: str) -> list[str]:
    if "\t" in line:
        return [c.strip() for c in line.split("\t")]
    return [c.strip() for c in re.split(r"\s{3,}", line.strip())]


def split_pipe(line: str) -> list[str]:
    s = line.strip()
    if s.startswith("|"):
        s = s[1:]
    if s.endswith("|") and not s.endswith("\\|"):
        s = s[:-1]
    cells = re.split(r"(?<!\\)\|", s)
    return [c.strip().replace("\\|", "|") for c in cells]


_PIPE_RULE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")


def header_columns(cells: list[str]) -> list[str | None] | None:
    """Column keys of a header row, or None when the row is not a claims-table header."""
    cols = [column_of(c) for c in cells]
    if "claim" not in cols or len(cells) < 2:
        return None
    named = [c for c in cols if c]
    if len(named) != len(set(named)):
        return None
    return cols


def find_table(lines: list[str], start: int, end: int, vocab: set[str] | None = None) -> Table | None:
    """The claims table within ``lines[start:end]``, in whichever shape it has. ``vocab``
    (the document's words) decides line-end hyphens in the wrapped shape."""
    for i in range(start, end):
        line = lines[i]
        if not line.strip():
            continue
        if line.lstrip().startswith("|"):
            cols = header_columns(split_pipe(line))
            if cols and i + 1 < end and _PIPE_RULE.match(lines[i + 1]):
                return _pipe_table(lines, i, end, cols)
        cols = header_columns(split_cells(line))
        if cols:
            return _delimited_table(lines, i, end, cols)
        if column_of(line) == "claim" or _names_claim_columns(line):
            return _wrapped_table(lines, i, end, vocab)
    return None


def _row_from_cells(cells: list[str], cols: list[str | None], line: int) -> Row | None:
    values: dict[str, str] = {}
    for col, cell in zip(cols, cells):
        if col:
            values[col] = cell
    text = values.get("claim", "").strip()
    if not text:
        return None
    return Row(
        text=text,
        mark=parse_mark(values["verified"]) if "verified" in values else Mark.UNKNOWN,
        confidence=parse_confidence(values["confidence"]) if "confidence" in values else None,
        line=line,
    )


def _delimited_table(lines: list[str], header: int, end: int, cols: list[str | None]) -> Table:
    rows: list[Row] = []
    i = header + 1
    while i < end:
        line = lines[i]
        if not line.strip():
            # A blank line ends the table once rows have begun, unless more rows follow.
            nxt = next((j for j in range(i + 1, end) if lines[j].strip()), None)
            if rows and (nxt is None or len(split_cells(lines[nxt])) < 2):
                break
            i += 1
            continue
        cells = split_cells(line)
        if len(cells) < 2 and rows:
            # A row whose text wrapped onto the next line: continuation of the claim cell.
            rows[-1].text = f"{rows[-1].text} {line.strip()}"
            i += 1
            continue
        row = _row_from_cells(cells, cols, i)
        if row:
            rows.append(row)
        i += 1
    return Table([c for c in cols if c], rows, "delimited", i)


def _pipe_table(lines: list[str], header: int, end: int, cols: list[str | None]) -> Table:
    rows: list[Row] = []
    i = header + 2
    while i < end and lines[i].strip().startswith("|"):
        row = _row_from_cells(split_pipe(lines[i]), cols, i)
        if row:
            rows.append(row)
        i += 1
    return Table([c for c in cols if c], rows, "pipe", i)


SENTENCE_END = re.compile(r"[.!?][\"'’”)\]]*$")


def _names_claim_columns(line: str) -> bool:
    """A header whose column names are separated by single spaces (flattened by PDF
    extraction): "Claim Verified Confidence"."""
    words = line.split()
    return len(words) >= 2 and _all_column_names(line) and "claim" in {column_of(w) for w in words}


def _wrapped_table(lines: list[str], header: int, end: int, vocab: set[str] | None) -> Table:
    """Claims wrapped over lines, one block per claim (see the module docstring)."""
    columns = ["claim"]
    for word in lines[header].split():
        col = column_of(word)
        if col and col not in columns:
            columns.append(col)
    i = header + 1
    # The other column names, if they survived, sit on a line of their own.
    while i < end and (not lines[i].strip() or _all_column_names(lines[i])):
        for word in lines[i].split():
            col = column_of(word)
            if col and col not in columns:
                columns.append(col)
        i += 1
    trailing = _TRAILING_MARK if "verified" in columns else _TRAILING_SYMBOL
    blocks: list[tuple[int, list[str]]] = []
    current: list[str] = []
    start = i
    for j in range(i, end):
        s = lines[j].strip()
        if not s:
            if current:
                blocks.append((start, current))
                current = []
            continue
        if not current:
            start = j
        current.append(s)
        nxt = lines[j + 1].strip() if j + 1 < end else ""
        if trailing.search(s) or (SENTENCE_END.search(s) and nxt and nxt[0].isupper()):
            blocks.append((start, current))
            current = []
    if current:
        blocks.append((start, current))
    rows = [_block_row(line, block, trailing, vocab) for line, block in blocks]
    # A PDF whose table cells are top-aligned leaves each mark at the end of its claim's
    # *first* line: rows then start at the marked lines. Taken when its rows read better.
    led = _rows_led_by_marks(lines, i, end, trailing, vocab)
    if led is not None and reads_as_claims([r.text for r in led]) > reads_as_claims([r.text for r in rows]):
        rows = led
    if any(r.mark is not Mark.UNKNOWN for r in rows):
        found = ["claim", "verified"] + (["confidence"] if any(r.confidence is not None for r in rows) else [])
        columns = [c for c in columns if c in found] + [c for c in found if c not in columns]
    else:
        columns = ["claim"]  # names without values: the columns were lost in extraction
    return Table(columns, rows, "wrapped", end)


def _split_mark(text: str, trailing: re.Pattern[str]) -> tuple[str, Mark, float | None]:
    """A line or claim without the mark and confidence left at its end, and those."""
    m = trailing.search(text)
    if not m:
        return text, Mark.UNKNOWN, None
    groups = m.groupdict()
    mark_text = groups.get("m1") or groups.get("m2") or m.group(1)
    conf_text = groups.get("c1") or groups.get("c2") if "m1" in groups else m.group(2)
    return text[: m.start()].rstrip(), parse_mark(mark_text), parse_confidence(conf_text) if conf_text else None


def _block_row(line: int, block: list[str], trailing: re.Pattern[str], vocab: set[str] | None) -> Row:
    text, mark, conf = _split_mark(join_wrapped(block, vocab), trailing)
    return Row(text, mark, conf, line)


def _rows_led_by_marks(lines: list[str], start: int, end: int, trailing: re.Pattern[str],
                       vocab: set[str] | None) -> list[Row] | None:
    """Rows that start at each line carrying a mark (the mark cut from that line), or None
    when the first claim line carries none."""
    body = [(j, lines[j].strip()) for j in range(start, end) if lines[j].strip()]
    if not body or not trailing.search(body[0][1]):
        return None
    blocks: list[tuple[int, list[str], Mark, float | None]] = []
    for j, s in body:
        bare, mark, conf = _split_mark(s, trailing)
        if mark is not Mark.UNKNOWN or conf is not None:
            blocks.append((j, [bare], mark, conf))
        else:
            blocks[-1][1].append(s)
    return [Row(join_wrapped(parts, vocab), mark, conf, j) for j, parts, mark, conf in blocks]


def reads_as_claims(texts: list[str]) -> int:
    """How many of the texts start as a sentence does and end as one does (a cut-off claim
    ends mid-word, so ends count less than starts): which of two ways of cutting lines into
    claims reads better."""
    return sum(2 * t[:1].isupper() + bool(SENTENCE_END.search(t)) for t in texts)


def _all_column_names(line: str) -> bool:
    words = line.split()
    return bool(words) and all(column_of(w) for w in words)


_VOCAB_WORD = re.compile(r"[A-Za-z][A-Za-z\-]*")


def join_wrapped(block: list[str], vocabulary: set[str] | None = None) -> str:
    """Join wrapped lines, undoing line-end hyphenation (see :func:`dehyphenate`)."""
    out = block[0]
    for nxt in block[1:]:
        out = dehyphenate(out, nxt, vocabulary)
    return out


def dehyphenate(left: str, right: str, vocabulary: set[str] | None = None) -> str:
    """``left`` ends a line, ``right`` starts the next. A trailing hyphen is a syllable break
    (dropped) unless the evidence says it is a real compound: the next part starts with a
    capital ("Zero-Shot"), or the hyphenated form is in the document's vocabulary, or both
    halves are words of their own there ("target-task")."""
    if not left.endswith("-") or left.endswith("--") or not right:
        return f"{left} {right}"
    m = re.search(r"([A-Za-z]+)-$", left)
    n = re.match(r"([A-Za-z]+)", right)
    if not m or not n:
        return f"{left}{right}"
    a, b = m.group(1), n.group(1)
    vocab = vocabulary or set()
    keep = (
        b[0].isupper()
        or f"{a}-{b}".lower() in vocab
        or (a.lower() in vocab and b.lower() in vocab and f"{a}{b}".lower() not in vocab)
    )
    return f"{left}{right}" if keep else f"{left[:-1]}{right}"


def vocabulary(text: str) -> set[str]:
    """Words of a document as written inside lines (not across line ends), lower-cased."""
    words: set[str] = set()
    for line in text.splitlines():
        body = line.rstrip()
        if body.endswith("-"):
            body = body[: body.rfind(" ")] if " " in body else ""
        for w in _VOCAB_WORD.findall(body):
            w = w.strip("-").lower()
            if w:
                words.add(w)
                words.update(p for p in w.split("-") if p)
    return words


# ----------------------------------------------------------------------------- list shape

_ITEM = re.compile(r"^\s*(?:[-*•+]|\(?\d{1,4}[.)]|\[\d{1,4}\]|[A-Za-z]?\d{1,4}:)\s+(?=\S)")
# A markdown checkbox or a bracketed mark opening the item: "[x]", "[ ]", "[✓]", "(×)".
_LEADING_BOX = re.compile(r"^(?:\[(?P<box>[ xX]|[" + _MARK_CHARS + r"])\]|\((?P<par>[" + _MARK_CHARS + r"])\)|(?P<bare>[" + _MARK_CHARS + r"]))\s+")
_LABELLED_CONF = re.compile(r"\b(?:confidence|conf\.?)\s*[:=]?\s*(?P<c>" + _CONF + r")", re.I)
_LABELLED_MARK = re.compile(r"\b(?:verified|status|verdict|mark)\s*[:=]\s*\**(?P<m>" + _MARK_WORD + r"|not verified|rejected|supported)\**", re.I)
# What is left around the removed fields: "()", "[ , ]", a trailing " — " or " |".
_EMPTY_BRACKETS = re.compile(r"[(\[][\s,;:|*_]*[)\]]")
_LOOSE_ENDS = re.compile(r"^[\s,;:|*_—–-]+|[\s,;:|*_—–-]+$")


def _list_row(text: str, line: int) -> Row | None:
    """One list item: its claim text with the mark and confidence taken out of it."""
    mark, conf = Mark.UNKNOWN, None
    box = _LEADING_BOX.match(text)
    if box:
        sign = box.group("box") or box.group("par") or box.group("bare")
        # A checkbox's x is ticked, not crossed; an empty box is not verified.
        mark = Mark.VERIFIED if sign in "xX" else Mark.REJECTED if sign == " " else parse_mark(sign)
        text = text[box.end():]
    c = _LABELLED_CONF.search(text)
    if c:
        conf = parse_confidence(c.group("c"))
        text = text[: c.start()] + text[c.end():]
    m = _LABELLED_MARK.search(text)
    if m:
        mark = parse_mark(m.group("m"))
        text = text[: m.start()] + text[m.end():]
    text = re.sub(r"\s+([.,;:!?])", r"\1", " ".join(_EMPTY_BRACKETS.sub(" ", text).split()))
    text = _LOOSE_ENDS.sub("", text)
    if mark is Mark.UNKNOWN:
        t = _TRAILING_SYMBOL.search(" " + text)
        if t:
            mark = parse_mark(t.group(1))
            if t.group(2) and conf is None:
                conf = parse_confidence(t.group(2))
            text = _LOOSE_ENDS.sub("", text[: max(0, t.start() - 1)])
    text = _LOOSE_ENDS.sub("", _EMPTY_BRACKETS.sub(" ", text)).strip()
    text = text.strip("*_").strip()
    return Row(text, mark, conf, line) if text else None


def find_list(lines: list[str], start: int, end: int) -> Table | None:
    """Claims written as list items in ``lines[start:end]`` (a claims section); an item
    continues on following lines until a blank line or the next item."""
    items: list[tuple[int, list[str]]] = []
    for i in range(start, end):
        line = lines[i]
        m = _ITEM.match(line)
        if m:
            items.append((i, [line[m.end():].strip()]))
        elif line.strip() and items and line[:1].isspace():
            items[-1][1].append(line.strip())
        elif not line.strip() and items and i + 1 < end and lines[i + 1][:1].isspace() and lines[i + 1].strip():
            continue  # a blank line inside an indented item
        elif line.strip() and items:
            break  # prose after the list ends it
    rows = [row for line, parts in items if (row := _list_row(" ".join(parts), line))]
    if len(rows) < 1:
        return None
    columns = ["claim"]
    if any(r.mark is not Mark.UNKNOWN for r in rows):
        columns.append("verified")
    if any(r.confidence is not None for r in rows):
        columns.append("confidence")
    return Table(columns, rows, "list", end)
