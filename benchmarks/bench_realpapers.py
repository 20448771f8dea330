"""Extraction on the real-layout corpus (data/realpapers), printed as figures (no pass/fail).

    .venv/bin/python benchmarks/bench_realpapers.py [--rounds 5] [--papers ID...] [-v]

For every PDF with a ``.truth.json`` beside it:

* sentence recall: a truth sentence (prose, caption or footnote) found whole inside one
  passage, after the same normalisation on both sides: NFKC (ligatures), dashes and quotes
  made plain, soft hyphens (U+00AD) dropped, whitespace collapsed. Hyphens stay: a
  compound that pdflatex broke at its own hyphen ("question-/answering") must come out
  with it, and a word broken between syllables ("sam-/pling") without one;
* table cells with headers: a truth cell for which a ``table-cell`` passage has the same
  table label, row header and column header (levels joined by " / ") and the value (a
  footnote mark printed after it may stay);
* reading-order errors: consecutive truth sentences of the body, both found, whose passages
  come out in the opposite order;
* pages/s of ours (``extract_pdf``), of plain pdfplumber ``extract_text`` and of raw
  pypdfium2 ``get_text_range``, best of ``--rounds`` over the whole corpus, in CPU time of
  this process (all three are single-threaded; wall time on a shared machine mostly
  measures the neighbours), the three taking turns within each round.

Targets (issue 12): sentence recall ≥ 98%, cells with headers ≥ 95%, ours ≥ 0.5× the pages/s
of raw pypdfium2. ``-v`` lists every miss.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.extractors import EXTRACTORS, timed  # noqa: E402

from claimcheck.model import Passage  # noqa: E402
from claimcheck.sources.extract import extract_pdf  # noqa: E402

CORPUS = ROOT / "data" / "realpapers"
_PLAIN = str.maketrans({"\u201c": '"', "\u201d": '"', "\u2019": "'", "\u2018": "'", "\u2212": "-", "\u2013": "-", "\u2014": "-", "\u2010": "-"})


def norm(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).translate(_PLAIN).replace("\u00ad", "")
    return re.sub(r"\s+", " ", text).strip()


@dataclass
class Score:
    sentences: int = 0
    sentences_found: int = 0
    cells: int = 0
    cells_found: int = 0
    order_pairs: int = 0
    order_errors: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        for name in ("sentences", "sentences_found", "cells", "cells_found", "order_pairs", "order_errors"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.misses.extend(other.misses)


def cell_matches(value: str, got: str) -> bool:
    v, g = norm(value), norm(got)
    if g == v:
        return True
    # A footnote mark printed after the value ("92.6^1", "92.6*") is part of what is printed.
    return g.startswith(v) and re.fullmatch(r"\^?[\w*†‡§]{1,2}", g[len(v):].strip()) is not None


def score(truth: dict, passages: list[Passage]) -> Score:
    s = Score()
    texts = [norm(p.text) for p in passages]
    prev_pos: int | None = None
    for sent in truth["sentences"]:
        s.sentences += 1
        needle = norm(sent["text"])
        pos = next((k for k, t in enumerate(texts) if needle in t), None)
        if pos is None:
            s.misses.append(f"sentence p{sent.get('page')}: {sent['text']}")
            if sent.get("kind") == "body":
                prev_pos = None
            continue
        s.sentences_found += 1
        if sent.get("kind") == "body":
            if prev_pos is not None:
                s.order_pairs += 1
                if pos < prev_pos:
                    s.order_errors += 1
                    s.misses.append(f"order: {sent['text'][:70]}")
            prev_pos = pos
    cells: dict[tuple[str | None, str | None, str | None], list[str]] = {}
    for p in passages:
        if p.kind == "table-cell":
            cells.setdefault((p.table, norm(p.row or ""), norm(p.column or "")), []).append(p.text)
    for c in truth["cells"]:
        s.cells += 1
        got = cells.get((c["table"], norm(c["row"]), norm(c["column"])), [])
        if any(cell_matches(c["value"], g) for g in got):
            s.cells_found += 1
        else:
            s.misses.append(f"cell {c['table']} [{c['row']}] [{c['column']}] = {c['value']!r}; got {got}")
    return s


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--papers", nargs="*", help="stems to include (e.g. 2005.13013v1); default all")
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    truths = sorted(args.corpus.glob("*.truth.json"))
    if args.papers:
        truths = [t for t in truths if t.name.removesuffix(".truth.json") in args.papers]
    if not truths:
        sys.exit(f"no *.truth.json in {args.corpus}")
    total = Score()
    pdfs: list[bytes] = []
    print(f"{'paper':16s} {'layout':10s} {'sentences':>11s} {'cells':>11s} {'order err':>9s}")
    for path in truths:
        truth = json.loads(path.read_text())
        data = (path.parent / truth["pdf"]).read_bytes()
        pdfs.append(data)
        s = score(truth, extract_pdf(data).passages)
        total.add(s)
        stem = path.name.removesuffix(".truth.json")
        print(f"{stem:16s} {truth.get('layout', '?'):10s} {s.sentences_found:4d}/{s.sentences:<4d}  "
              f"{s.cells_found:4d}/{s.cells:<4d}  {s.order_errors:4d}/{s.order_pairs}")
        if args.verbose:
            for m in s.misses:
                print("    " + m)
    pct = lambda a, b: 100.0 * a / b if b else 100.0  # noqa: E731
    print(f"sentence recall:          {total.sentences_found}/{total.sentences} = {pct(total.sentences_found, total.sentences):.1f}% (target >= 98%)")
    print(f"table cells with headers: {total.cells_found}/{total.cells} = {pct(total.cells_found, total.cells):.1f}% (target >= 95%)")
    print(f"reading-order errors:     {total.order_errors} of {total.order_pairs} consecutive body-sentence pairs")
    speeds = {}
    for name, (seconds, pages) in timed(EXTRACTORS, pdfs, args.rounds).items():
        speeds[name] = pages / seconds
        print(f"{name:26s} {pages:3d} pages {seconds * 1000:8.1f} ms {pages / seconds:8.1f} pages/s")
    ratio = speeds["claimcheck extract_pdf"] / speeds["pypdfium2 get_text_range"]
    print(f"ours / raw pypdfium2 pages/s: {ratio:.2f}x (target >= 0.5x)")


if __name__ == "__main__":
    main()
