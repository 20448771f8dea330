"""How long the cross-report checks take as the run grows: the five bundled samples copied
N times (each copy a separate report, so every claim has N-1 verbatim twins — the worst case
for grouping). The near-identical pairs are found with rapidfuzz's ``process.extract`` on
pre-sorted tokens, which needs no numpy; where numpy is installed, ``process.cdist`` on the
same texts is timed beside it for comparison.

    .venv/bin/python benchmarks/bench_crossreport.py [--copies 1 5 20]
"""

from __future__ import annotations

import argparse
import time
from dataclasses import replace
from pathlib import Path

from claimcheck.checks.crossreport import CROSS_SIMILARITY, _near_identical, check_across
from claimcheck.report import find_reports, read_report

SAMPLES = Path(__file__).resolve().parent.parent / "data" / "reports"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, nargs="+", default=[1, 5, 20])
    args = parser.parse_args()
    files, _ = find_reports([SAMPLES])
    base = [read_report(f) for f in files]
    for n in args.copies:
        reports = [replace(r, path=f"copy{k}/{r.path}") for k in range(n) for r in base]
        texts = [c.text for r in reports for c in r.claims]
        t0 = time.perf_counter()
        findings = check_across(reports)
        whole = time.perf_counter() - t0
        t0 = time.perf_counter()
        _near_identical(texts)
        pairs = time.perf_counter() - t0
        line = (f"{len(reports):4d} reports, {len(texts):5d} claims: check_across {whole:7.3f} s "
                f"({len(findings)} findings); near-identical pairs {pairs:7.3f} s")
        try:
            import numpy  # noqa: F401
            from rapidfuzz import fuzz, process

            folded = [" ".join(t.lower().split()) for t in texts]
            t0 = time.perf_counter()
            process.cdist(folded, folded, scorer=fuzz.token_sort_ratio, score_cutoff=CROSS_SIMILARITY, workers=1)
            line += f"; cdist (needs numpy) {time.perf_counter() - t0:7.3f} s"
        except ImportError:
            line += "; cdist not timed (no numpy)"
        print(line)


if __name__ == "__main__":
    main()
