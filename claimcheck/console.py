"""The rich consoles every command prints through.

Rich wraps and crops to 80 columns when output is not a terminal and ``COLUMNS`` is unset,
which broke error messages mid-path and cut summary cells ("12/7…") for anyone who pipes
the output into a file, a log or ``grep``. A console made here never wraps or crops when it
is not a terminal; on a terminal it keeps rich's layout to the window's width.
"""

from __future__ import annotations

from rich.console import Console

# Wide enough for any line we print; rich sizes tables to their content, not to this.
_PIPED_WIDTH = 10_000


def make_console(*, stderr: bool = False) -> Console:
    console = Console(stderr=stderr, soft_wrap=True)
    if not console.is_terminal:
        console = Console(stderr=stderr, soft_wrap=True, width=_PIPED_WIDTH)
    return console
