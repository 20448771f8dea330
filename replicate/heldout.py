"""Two disjoint halves of every evaluation set: one chooses, the other measures.

The best intermediate task per target is a choice among several; measuring its gain on the
data that made the choice rewards whichever task was luckiest there. Each cell therefore
also scores its evaluation sets in two halves — every other example — and
``replicate.compare`` picks on ``select`` and reports on ``report`` (``CellResult.extra
["parts"]``). Every other example rather than a first and second half, so that a data set
sorted by topic or length splits evenly.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

SELECT, REPORT = "select", "report"
T = TypeVar("T")
Example = dict[str, object]  # a retrieval corpus, as replicate.tasks.base describes it


def halves(rows: Sequence[T]) -> dict[str, list[T]]:
    """Even-indexed rows choose, odd-indexed rows measure."""
    return {SELECT: list(rows[0::2]), REPORT: list(rows[1::2])}


def half_corpus(corpus: Example, part: str) -> Example:
    """A retrieval corpus whose source sentences are one half of the original's (every target
    sentence kept, so each query still searches the whole candidate pool); gold pairs are
    re-indexed to the kept sources. A BUCC corpus keeps its sources without a gold pair in
    the same proportion, so the task stays as hard."""
    sources = list(corpus["source"])  # type: ignore[call-overload]
    keep = range(0 if part == SELECT else 1, len(sources), 2)
    new_index = {old: new for new, old in enumerate(keep)}
    gold = [[new_index[int(i)], int(j)] for i, j in corpus["gold"] if int(i) in new_index]  # type: ignore[attr-defined]
    return {**corpus, "source": [sources[i] for i in keep], "gold": gold}


def half_corpora(corpora: Sequence[Example], part: str) -> list[Example]:
    """One language's retrieval corpora with the scored ("test") corpus halved; the
    validation corpus that tunes BUCC's threshold is kept whole."""
    return [half_corpus(c, part) if c.get("split") == "test" else c for c in corpora]
