"""Training throughput of replicate.train against a minimal hand-written torch loop on
the same tiny model and data, in one run (target: ours ≥ 0.9× the minimal loop).

    .venv/bin/python benchmarks/bench_train_loop.py [--steps 300]
"""

from __future__ import annotations

import argparse
import time

import torch
from transformers import XLMRobertaForSequenceClassification

from replicate import pipeline
from replicate.spec import load_spec
from replicate.train import TrainConfig, train


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--steps", type=int, default=300)
    args = ap.parse_args()
    tier = load_spec().tier("micro")
    tok = pipeline.tokenizer_for("micro", 0)
    bench = pipeline.benchmark("micro", 0)
    rows = pipeline.task_rows("syn-topic", "train", tok, bench)
    collate = pipeline.collate_plain(tok)
    torch.set_num_threads(2)
    cfg = TrainConfig(steps=args.steps, batch_size=32, learning_rate=1e-3, seed=0)

    def fresh() -> torch.nn.Module:
        torch.manual_seed(0)
        return XLMRobertaForSequenceClassification(pipeline.config_for(tier, tok, num_labels=4))

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
    for name, t in timings.items():
        print(f"{name:>20}: {args.steps / t:7.1f} steps/s ({32 * args.steps / t:8.0f} examples/s)")
    ratio = timings["minimal torch loop"] / timings["replicate.train"]
    print(f"ours / minimal throughput: {ratio:.2f} (target ≥ 0.9)")


if __name__ == "__main__":
    main()
