"""Training throughput of replicate.train against a minimal hand-written torch loop on
the same tiny model and data, in one run (target: ours ≥ 0.9× the minimal loop).

    .venv/bin/python benchmarks/bench_train_loop.py [--steps 300] [--threads 1]

Both loops train the micro tier's topic classifier (a 2-layer, 64-wide XLM-R) with batch 32
from the same features and collate function; ours adds what the minimal loop lacks (weight
decay groups, warm-up/decay schedule, gradient clipping, epoch-wise shuffling), so the
ratio is the cost of those. Each loop is timed three times from a fresh model; the best
time counts.
"""

from __future__ import annotations

import argparse
import time

import torch

from replicate import pipeline
from replicate.model import Encoding
from replicate.spec import load_spec
from replicate.tasks import families
from replicate.train import TrainConfig, train


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--steps", type=int, default=300)
    ap.add_argument("--threads", type=int, default=1)
    args = ap.parse_args()
    torch.set_num_threads(args.threads)
    tier = load_spec().tier("micro")
    backend = pipeline.SyntheticBackend(tier)
    tok, data = backend.tokenizer(), backend.task("syn-topic")
    family = families.get(data.family)
    rows = family.features(data, data.train, tok, Encoding(24), training=True)
    collate = family.collate(tok.pad_token_id)
    cfg = TrainConfig(steps=args.steps, batch_size=32, learning_rate=1e-3, seed=0)

    def fresh() -> torch.nn.Module:
        torch.manual_seed(0)
        return family.head(backend.config(), data.num_labels)

    def minimal(model: torch.nn.Module) -> None:
        opt = torch.optim.AdamW(model.parameters(), lr=1e-3)
        g = torch.Generator().manual_seed(0)
        model.train()
        for _ in range(args.steps):
            idx = torch.randint(len(rows), (32,), generator=g).tolist()
            loss = model(**collate([rows[i] for i in idx])).loss
            loss.backward()
            opt.step()
            opt.zero_grad()

    timings = {}
    for name, fn in (("minimal torch loop", minimal), ("replicate.train", lambda m: train(m, rows, collate, cfg))):
        best = float("inf")
        for _ in range(3):
            model = fresh()
            t0 = time.perf_counter()
            fn(model)
            best = min(best, time.perf_counter() - t0)
        timings[name] = best
    print(f"micro topic classifier, batch 32, {args.steps} steps, {args.threads} torch thread(s)")
    for name, t in timings.items():
        print(f"{name:>20}: {args.steps / t:7.1f} steps/s ({32 * args.steps / t:8.0f} examples/s)")
    ratio = timings["minimal torch loop"] / timings["replicate.train"]
    print(f"ours / minimal throughput: {ratio:.2f} (target ≥ 0.9)")


if __name__ == "__main__":
    main()
