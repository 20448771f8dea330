"""Untrusted text → markdown that renders as the same literal text, never as markup.

Claims, report titles, PDF quotes, file names and arXiv metadata come from documents we do
not control. A markdown viewer turns ``<img onerror=…>`` into live HTML, ``![x](http://…)``
into a remote fetch and ``</td></table>`` into a broken page, so every such string goes
through :func:`md_inline` (running text, headings) or :func:`md_cell` (table cells) before it
is written into a markdown file.
"""

from __future__ import annotations

# HTML is neutralised with entities (a backslash does not stop a raw HTML tag in CommonMark);
# markdown punctuation that can open a link, image, emphasis, code span, table cell or
# strike-through is backslash-escaped, which CommonMark allows for any ASCII punctuation.
_ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}
_BACKSLASHED = set("\\`*_[]()!|~#$")
# One table for str.translate: a cross-report message names every report of its group and
# is escaped once per audit that carries it, so a Python loop per character was a
# night's largest cost after judging.
_ESCAPES = {ord(ch): rep for ch, rep in _ENTITIES.items()} | {ord(ch): "\\" + ch for ch in _BACKSLASHED}


def md_inline(text: object, limit: int | None = None) -> str:
    """``text`` as literal markdown on one line, cut to ``limit`` characters with an ellipsis.

    Whitespace (newlines included) folds to single spaces, so untrusted text can never start
    a new block (a heading, a list, a table row) of its own.
    """
    s = " ".join(str(text).split()) if text is not None else ""
    if limit is not None and len(s) > limit:
        s = s[: limit - 1].rstrip() + "…"
    return s.translate(_ESCAPES)


def md_cell(text: object, limit: int | None = None) -> str:
    """One table cell: :func:`md_inline`, whose escaped ``|`` cannot end the cell."""
    return md_inline(text, limit)
