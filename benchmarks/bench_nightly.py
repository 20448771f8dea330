"""How long nightly jobs take over 100 reports, against a local fake arXiv (no network).

Prints, as a markdown table:

* a night with 100 new reports, the cited papers already in the source cache (so the time
  is parsing, judging, writing audits and the history, not downloading);
* a no-change night over the same 100 already-audited reports (target: under 5 s): one
  batched metadata query, no PDF, no parsing, no judging;
* a night where one cited paper gets a new version: only the reports citing it are redone;
* a night with one new report, compared across reports with every claim of the history
  (the cost that grows with the history);
* the bytes the first night writes: per-report audits (markdown + JSON), the run index,
  the digest and the history database. Every report repeats claims of the others, so each
  claim is one cross-report group over all the reports: the bytes per report stay flat only
  if an audit shows a bounded part of each group (the whole group is in the run index).

    .venv/bin/python benchmarks/bench_nightly.py [--reports 100 300 600] [--quick] [--keep DIR]

``--keep DIR`` copies each run's outputs (audits, digests, history) for diffing two versions
of the code on the same inputs.
"""

from __future__ import annotations

import argparse
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # tests.fakearxiv / tests.pdfgen

PAPERS = ROOT / "tests" / "fixtures" / "papers"
FIXTURE = "2612.99901"
OTHERS = ["2612.99902", "2612.99903", "2612.99904"]

CLAIMS = [
    "Tiered curriculum sampling improves zero-shot intent accuracy by 3.2 points on average.",
    "The English training set contains 41,237 utterances.",
    "All models are trained for 3,600 steps with a batch size of 32.",
    "The largest gain, 6.4 points, is obtained for Japanese.",
    "Each language has 500 test utterances.",
    "The maximum sequence length is 128 tokens.",
    "Curriculum ordering improves accuracy by 4.5 points over a fixed baseline.",
    "The learning rate is reset at the start of each tier.",
]


def report_text(n: int, cites: list[str]) -> str:
    rows = "\n".join(f"{CLAIMS[(n + i) % len(CLAIMS)]}\t✓\t0.{50 + i}" for i in range(8))
    refs = "\n".join(f"- <http://arxiv.org/abs/{c}>" for c in cites)
    return (
        f"\n\n# Synthesis number {n}\n\nAssignee Research\n\nDecember 19, 2026\n\n## Abstract\n\n"
        f"A synthesis ({n}).\n\n## 1 Introduction\n\nThis paper examines: Tiered Curriculum Sampling. "
        "Research question: Does curriculum order matter?.\n\n## 3 Results\n\n3 papers retrieved. "
        f"8 claims extracted; 8 independently verified. Quality review score: 7.0/10.\n\n"
        f"## 5 Extracted Claims\n\nClaim\tVerified\tConfidence\n{rows}\n\n## References\n\n{refs}\n"
    )


Row = tuple[str, float, float, str]  # night, wall seconds, CPU seconds, work done
Sizes = dict[str, int]  # what the first night wrote, in bytes: audits, index, digest, history


def _bytes(paths: list[Path]) -> int:
    return sum(p.stat().st_size for p in paths if p.is_file())


def output_sizes(base: Path) -> Sizes:
    """Bytes the first night (run 1) wrote: every audit's two files, the run index, the
    digest files and the history database (with its write-ahead log)."""
    run = base / "out" / "audits" / "run-1"
    return {
        "audits": _bytes(list(run.glob("*.audit.*"))),
        "index": _bytes(list(run.glob("index.*"))),
        "digest": _bytes(list((base / "out").glob("nightly-2*"))),  # not the latest/news copies
        "history": _bytes(list((base / "out").glob("history.sqlite*"))),
    }


def bench(reports: int, keep: Path | None = None, all_nights: bool = True) -> tuple[float, list[Row], Sizes]:
    """The nights over ``reports`` reports: the source cache warm-up time and one row per
    night. CPU time beside wall time: on a shared machine the wall time says as much about
    the neighbours as about the code. ``keep``: copy the job folder there (outputs, history) for
    diffing two versions of the code on the same inputs."""
    from claimcheck.model import Reference
    from claimcheck.nightly.job import run_job
    from claimcheck.sources.fetch import fetch_sources
    from claimcheck.sources.settings import SourceSettings
    from tests.fakearxiv import FakeArxiv
    from tests.pdfgen import make_paper

    rows: list[Row] = []
    with FakeArxiv() as arxiv, tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        arxiv.add_paper(FIXTURE, versions=[(PAPERS / f"{FIXTURE}v1.pdf").read_bytes()])
        for i, aid in enumerate(OTHERS):
            arxiv.add_paper(aid, versions=[make_paper(version_note=f"Paper {i}.").pdf])
        (base / "reports").mkdir()
        papers = [FIXTURE, *OTHERS]
        for n in range(reports):
            cites = [papers[n % 4], papers[(n + 1) % 4]]
            (base / "reports" / f"r{n:03d}.txt").write_text(report_text(n, cites))
        job = base / "job.toml"
        job.write_text(
            f'name = "bench"\nout = "out"\n\n[sources]\napi_url = "{arxiv.api_url}"\n'
            f'pdf_base_url = "{arxiv.pdf_url}"\ncache_dir = "cache"\napi_min_interval = 0\n'
            "max_concurrent_downloads = 1\n\n"
            '[[intake]]\nkind = "folder"\npaths = ["reports"]\n'
        )
        # One download at a time: PDFium is not thread-safe (pypdfium2's docs), and parallel
        # extraction in fetch_sources has aborted this process with heap corruption.
        settings = SourceSettings(
            api_url=arxiv.api_url, pdf_base_url=arxiv.pdf_url, cache_dir=base / "cache",
            api_min_interval=0, max_concurrent_downloads=1,
        )
        t0 = time.perf_counter()
        fetch_sources([Reference(p, p, None) for p in papers], settings)  # warm the source cache
        warm = time.perf_counter() - t0

        def night(label: str, day: date) -> None:
            arxiv.reset_counts()
            t, cpu = time.perf_counter(), time.process_time()
            result = run_job(job, today=day)
            elapsed, cpu = time.perf_counter() - t, time.process_time() - cpu
            if result.exit_code == 2:
                raise SystemExit(f"{label}: {result.message}")
            what = (
                f"{len(result.audited)} audited, {len(result.reused)} reused; "
                f"{arxiv.count('api')} API + {arxiv.count('pdf')} PDF requests"
            )
            rows.append((label, elapsed, cpu, what))

        night(f"{reports} new reports, sources cached", date(2026, 12, 20))
        sizes = output_sizes(base)
        night(f"no change, {reports} audited reports (target < 5 s)", date(2026, 12, 21))
        if all_nights:
            arxiv.reset_counts()
            t, cpu = time.perf_counter(), _children_cpu()
            code = subprocess.run(
                [sys.executable, "-m", "claimcheck.nightly", str(job), "--date", "2026-12-21", "--quiet"],
                cwd=ROOT,
            ).returncode
            rows.append((
                "no change again, as a fresh process (imports included)",
                time.perf_counter() - t,
                _children_cpu() - cpu,
                f"exit {code}; {arxiv.count('api')} API + {arxiv.count('pdf')} PDF requests",
            ))
            arxiv.add_version(FIXTURE, (PAPERS / f"{FIXTURE}v2.pdf").read_bytes())
            night(f"new version of {FIXTURE} (cited by half)", date(2026, 12, 22))
            (base / "reports" / "late.txt").write_text(report_text(reports, [OTHERS[0]]).replace("✓", "×"))
            night(f"1 new report against a history of {reports} (cross-report checks)", date(2026, 12, 23))
        if keep is not None:
            shutil.copytree(base / "out", keep / f"reports-{reports}", dirs_exist_ok=True)
    return warm, rows, sizes


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--reports", type=int, nargs="+", default=[100],
                    help="one benchmark per size; several (100 300 600) show how the time grows")
    ap.add_argument("--keep", type=Path, help="copy each size's job outputs to KEEP/reports-N")
    ap.add_argument("--quick", action="store_true", help="only the new-reports and no-change nights")
    args = ap.parse_args()

    growth: list[tuple[int, float, float, Sizes]] = []
    for reports in args.reports:
        warm, rows, sizes = bench(reports, args.keep, all_nights=not args.quick)
        growth.append((reports, rows[0][1], rows[0][2], sizes))
        print(f"\n{reports} reports; source cache warm-up (4 papers, not part of any night): {warm:.2f} s\n")
        print("| night | wall time | CPU time | work |")
        print("|---|---:|---:|---|")
        for label, elapsed, cpu, what in rows:
            print(f"| {label} | {elapsed:.2f} s | {cpu:.2f} s | {what} |")
    # Linear growth keeps the time and the bytes per report flat as the night grows.
    print("\n| new reports | wall time | CPU time | CPU per report | audits | audit bytes per report "
          "| run index | digest | history |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for reports, elapsed, cpu, sizes in growth:
        print(
            f"| {reports} | {elapsed:.2f} s | {cpu:.2f} s | {1000 * cpu / reports:.0f} ms "
            f"| {_size(sizes['audits'])} | {_size(sizes['audits'] / reports)} | {_size(sizes['index'])} "
            f"| {_size(sizes['digest'])} | {_size(sizes['history'])} |"
        )


def _size(n: float) -> str:
    for unit in ("B", "kB", "MB"):
        if n < 1000 or unit == "MB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1000
    return f"{n:.1f} MB"


if __name__ == "__main__":
    main()
