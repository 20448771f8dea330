"""BUCC-size mining: time and peak memory of the blocked margin search on random embeddings.

    python benchmarks/bench_bucc_mining.py [--n 100000] [--dim 64] [--chunk 4096] [--threads 2]

BUCC 2018's de/fr/ru corpora have about 10^5 sentences per side. A dense similarity matrix
of 10^5 × 10^5 would be 40 GB in fp32; the blocked search holds one chunk × chunk tile.
The dimension is a parameter: the time of the matrix products grows with it, the memory
of the search does not (XLM-R Large's sentence vectors have 1024 dimensions; the default 64
keeps the run to minutes on 2 CPU cores, and the time scales about linearly above it).
Peak memory is the process's maximum resident set size (``ru_maxrss``) before and after.
"""

from __future__ import annotations

import argparse
import resource
import time

import torch

from replicate import mining


def rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux reports KiB


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=100_000, help="sentences per side")
    ap.add_argument("--dim", type=int, default=64)
    ap.add_argument("--chunk", type=int, default=mining.DEFAULT_CHUNK)
    ap.add_argument("--k", type=int, default=4)
    ap.add_argument("--threads", type=int, default=2)
    args = ap.parse_args()
    torch.set_num_threads(args.threads)
    gen = torch.Generator().manual_seed(0)
    src = torch.randn(args.n, args.dim, generator=gen)
    # a tenth of the sources have a translation among the targets (noisy copies), as BUCC's gold is sparse
    tgt = torch.randn(args.n, args.dim, generator=gen)
    gold = args.n // 10
    tgt[:gold] = src[:gold] + 0.1 * torch.randn(gold, args.dim, generator=gen)
    before = rss_mib()
    t0 = time.perf_counter()
    candidates = mining.margin_candidates(src, tgt, k=args.k, chunk=args.chunk)
    seconds = time.perf_counter() - t0
    after = rss_mib()
    found = sum(1 for _, i, j in candidates[:gold] if i == j)
    dense_gib = args.n * args.n * 4 / 2**30
    tile_mib = mining.tile_elements(args.chunk) * 4 / 2**20
    print(f"corpus: {args.n:,} × {args.n:,} sentences, dim {args.dim}, k {args.k}, chunk {args.chunk}, "
          f"{args.threads} torch threads")
    print(f"time: {seconds:.1f} s ({args.n * args.n / seconds / 1e9:.2f} G similarities/s)")
    print(f"peak RSS: {after:,.0f} MiB (before mining {before:,.0f} MiB; +{after - before:,.0f} MiB); "
          f"one tile {tile_mib:,.0f} MiB; a dense matrix would be {dense_gib:,.1f} GiB")
    print(f"sanity: {found:,} of {gold:,} planted translations are their source's best candidate")


if __name__ == "__main__":
    main()
