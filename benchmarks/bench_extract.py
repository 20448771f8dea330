"""Extraction speed and cache speed-up, printed as figures (no pass/fail).

    .venv/bin/python benchmarks/bench_extract.py

On the same PDFs (the two fixture versions and generated papers of 2 and ~8 pages):
pages/s of our extract_pdf, of plain pdfplumber extract_text, and of plain pypdfium2
text extraction (CPU time of this process, best of 3, the three taking turns); then the
time of a cold fetch_sources against the fake arXiv and of a second, cached one. Targets:
ours ≤ 1.5× the time of pdfplumber and ≥ 0.5× the pages/s of raw pypdfium2; cached ≥ 20×
faster. The same figures on real layouts: benchmarks/bench_realpapers.py.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.extractors import EXTRACTORS, timed  # noqa: E402

from claimcheck.model import Reference  # noqa: E402
from claimcheck.sources.fetch import fetch_sources  # noqa: E402
from claimcheck.sources.settings import SourceSettings  # noqa: E402
from tests.fakearxiv import FakeArxiv  # noqa: E402
from tests.pdfgen import make_paper  # noqa: E402


def main() -> None:
    fixtures = ROOT / "tests" / "fixtures" / "papers"
    pdfs = [
        (fixtures / "2612.99901v1.pdf").read_bytes(),
        (fixtures / "2612.99901v2.pdf").read_bytes(),
        make_paper().pdf,
        make_paper(repeat=4).pdf,
    ]
    results = {}
    for name, (seconds, pages) in timed(EXTRACTORS, pdfs, rounds=3).items():
        results[name] = seconds
        print(f"{name:28s} {pages:3d} pages  {seconds * 1000:8.1f} ms  {pages / seconds:8.1f} pages/s")
    ratio = results["claimcheck extract_pdf"] / results["pdfplumber extract_text"]
    print(f"ours / pdfplumber time: {ratio:.2f}x (target <= 1.5x)")
    speed = results["pypdfium2 get_text_range"] / results["claimcheck extract_pdf"]
    print(f"ours / raw pypdfium2 pages/s: {speed:.2f}x (target >= 0.5x)")

    with FakeArxiv() as fake, tempfile.TemporaryDirectory() as tmp:
        refs = []
        for k in range(3):
            aid = f"2601.0000{k + 1}"
            fake.add_paper(aid, versions=[pdfs[2], pdfs[3]])
            refs.append(Reference(raw=aid, arxiv_id=aid, version=None))
        settings = SourceSettings(api_url=fake.api_url, pdf_base_url=fake.pdf_url, cache_dir=Path(tmp), api_min_interval=0.0)
        start = time.perf_counter()
        fetch_sources(refs, settings)
        cold = time.perf_counter() - start
        fake.reset_counts()
        start = time.perf_counter()
        fetch_sources(refs, settings)
        warm = time.perf_counter() - start
        print(f"fetch_sources, 3 papers x 2 versions: cold {cold * 1000:.1f} ms, cached {warm * 1000:.1f} ms, "
              f"speed-up {cold / warm:.1f}x (target >= 20x); requests on the cached run: {fake.total()}")


if __name__ == "__main__":
    main()
