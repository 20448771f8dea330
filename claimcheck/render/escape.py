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
# The same, as replacements in an order where none rewrites what an earlier one wrote ("&"
# before the entities holding it, the backslash before the escapes adding one): a
# cross-report message names every report of its group and is escaped once per audit that
# carries it, and a pass per special character is ten times faster than a loop (or
# str.translate) per character.
_REPLACEMENTS = (
    *_ENTITIES.items(),
    ("\\", "\\\\"),
    *((ch, "\\" + ch) for ch in sorted(_BACKSLASHED - {"\\"})),
)


def md_inline(text: object, limit: int | None = None) -> str:
    """``text`` as literal markdown on one line, cut to ``limit`` characters with an ellipsis.

    Whitespace (newlines included) folds to single spaces, so untrusted text can never start
    a new block (a heading, a list, a table row) of its own.
    """
    s = " ".join(str(text).split()) if text is not None else ""
    if limit is not None and len(s) > limit:
        s = s[: limit - 1].rstrip() + "…"
    for ch, replacement in _REPLACEMENTS:
        if ch in s:
            s = s.replace(ch, replacement)
    return s


def md_cell(text: object, limit: int | None = None) -> str:
    """One table cell: :func:`md_inline`, whose escaped ``|`` cannot end the cell."""
    return md_inline(text, limit)
