"""How long `claim-audit data/reports` takes on the bundled samples (target: under 2 s).

Prints the wall time of the whole command (a fresh process: imports included) and of the
in-process stages, best of N runs. Sources are not fetched here (--no-fetch): fetching is
network-bound and measured by bench_extract.py against a local server.

    .venv/bin/python benchmarks/bench_audit.py [--runs 5]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "data" / "reports"


def best_of(runs: int, fn) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()

    from claimcheck.audit import AuditOptions, audit_paths, now_iso
    from claimcheck.render.files import write_audits

    with tempfile.TemporaryDirectory() as out:
        def stages() -> None:
            run = audit_paths([SAMPLES], AuditOptions(fetch=False))
            write_audits(run.audits, Path(out), [], run.run_findings, now_iso(), "bench")

        def command() -> None:
            subprocess.run(
                [sys.executable, "-m", "claimcheck.cli", str(SAMPLES), "--no-fetch", "--quiet", "--out", out],
                check=True,
            )

        inproc = best_of(args.runs, stages)
        whole = best_of(args.runs, command)
    n = len(list(SAMPLES.iterdir()))
    print(f"reports: {n}")
    print(f"parse + checks + render, in process: {inproc * 1000:.1f} ms (best of {args.runs})")
    print(f"claim-audit {SAMPLES.relative_to(ROOT)} --no-fetch, whole command: {whole:.2f} s "
          f"(best of {args.runs}; target < 2 s)")


if __name__ == "__main__":
    main()
