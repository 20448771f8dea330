"""Training throughput of XLM-R Large's exact architecture at the paper's shapes, for the
GPU-hour estimate of ``replicate plan``.

Throughput needs no pretrained weights: a randomly initialised model with
``xlm-roberta-large``'s configuration (24 layers, 1024 wide, 16 heads, 250,002-token
vocabulary) is timed on the training steps the paper's phases take, through
``replicate.train`` itself (bf16 autocast and fused AdamW on a GPU), with dynamic padding:
each batch is padded to its own longest input, input lengths drawn so that the mean is
``--fraction`` of the maximum (the spec's ``mean_tokens_fraction``).

    python benchmarks/bench_xlmr_throughput.py                 # on the GPU machine
    python benchmarks/bench_xlmr_throughput.py --record        # … and write the figure into the spec
    python benchmarks/bench_xlmr_throughput.py --tiny --steps 5  # a CPU smoke run of the script itself

Shapes: intermediate phase (batch 4, length 256), sentence-pair/tagging target phase (batch
32, length 256), QA target phase (batch 16, length 384). The figure recorded is the
token-weighted throughput over all three, in non-padding tokens per second.
"""

from __future__ import annotations

import argparse
import datetime
import random
import re
import time
from pathlib import Path

import torch
from transformers import AutoModelForSequenceClassification, XLMRobertaConfig

from replicate.train import Stream, TrainConfig, device, train_streams

SPEC = Path(__file__).resolve().parent.parent / "replicate" / "specs" / "phang2020.toml"
SHAPES = (("intermediate", 4, 256), ("target pair/tagging", 32, 256), ("target QA", 16, 384))


def large_config(tiny: bool) -> XLMRobertaConfig:
    if tiny:  # the same code path on a laptop
        return XLMRobertaConfig(vocab_size=1000, hidden_size=64, num_hidden_layers=2, num_attention_heads=4,
                                intermediate_size=128, max_position_embeddings=514, pad_token_id=1, num_labels=3)
    return XLMRobertaConfig(vocab_size=250002, hidden_size=1024, num_hidden_layers=24, num_attention_heads=16,
                            intermediate_size=4096, max_position_embeddings=514, type_vocab_size=1, layer_norm_eps=1e-5,
                            pad_token_id=1, bos_token_id=0, eos_token_id=2, num_labels=3)


def examples(n: int, max_length: int, fraction: float, vocab: int, rng: random.Random) -> list[dict]:
    """Inputs whose lengths average ``fraction`` of ``max_length`` (uniform around it)."""
    mean = fraction * max_length
    out = []
    for _ in range(n):
        length = max(8, min(max_length, int(rng.uniform(0.4 * mean, 1.6 * mean))))
        out.append({"input_ids": [0] + [rng.randrange(5, vocab) for _ in range(length - 2)] + [2], "labels": rng.randrange(3)})
    return out


def collate(rows: list[dict]) -> dict[str, torch.Tensor]:
    width = max(len(r["input_ids"]) for r in rows)
    ids = torch.tensor([r["input_ids"] + [1] * (width - len(r["input_ids"])) for r in rows])
    return {"input_ids": ids, "attention_mask": (ids != 1).long(), "labels": torch.tensor([r["labels"] for r in rows])}


def measure(config: XLMRobertaConfig, batch: int, length: int, steps: int, fraction: float) -> tuple[float, float]:
    """(non-padding tokens per second, seconds per step) over ``steps`` steps after warm-up."""
    rng = random.Random(0)
    model = AutoModelForSequenceClassification.from_config(config)
    data = examples(batch * (steps + 3), length, fraction, config.vocab_size, rng)
    cfg = TrainConfig(steps=3, batch_size=batch, learning_rate=1e-5, seed=0)
    train_streams([Stream(model, data, collate)], cfg)  # warm-up: kernels chosen, memory allocated
    if torch.cuda.is_available():
        torch.cuda.synchronize()
    timed = data[: batch * steps]
    tokens = sum(len(r["input_ids"]) for r in timed)
    t0 = time.perf_counter()
    train_streams([Stream(model, timed, collate)], TrainConfig(steps=steps, batch_size=batch, learning_rate=1e-5, seed=1))
    if torch.cuda.is_available():
        torch.cuda.synchronize()
    seconds = time.perf_counter() - t0
    return tokens / seconds, seconds / steps


def record(tokens_per_s: float, what: str) -> None:
    text = SPEC.read_text("utf-8")
    name = torch.cuda.get_device_name() if torch.cuda.is_available() else "CPU"
    stamp = f"{datetime.date.today().isoformat()}, {name}, {what}"
    text = re.sub(r"(?m)^train_tokens_per_s = .*$", f"train_tokens_per_s = {tokens_per_s:.0f}.0", text)
    text = re.sub(r'(?m)^device = ".*"$', f'device = "{name}"', text)
    text = re.sub(r'(?m)^measured = ".*?"', f'measured = "{stamp}"', text)
    SPEC.write_text(text, "utf-8")
    print(f"recorded in {SPEC}: {tokens_per_s:,.0f} tokens/s ({stamp})")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--steps", type=int, default=20)
    ap.add_argument("--fraction", type=float, default=0.45, help="mean input length / maximum length")
    ap.add_argument("--tiny", action="store_true", help="a 2-layer model: checks the script on a CPU")
    ap.add_argument("--record", action="store_true", help="write the measured figure into the spec's [compute]")
    args = ap.parse_args()
    config = large_config(args.tiny)
    print(f"device {device()}; {'tiny' if args.tiny else 'xlm-roberta-large'} configuration, random weights; "
          f"mean length {args.fraction:.0%} of the maximum")
    total_tokens = total_seconds = 0.0
    for name, batch, length in SHAPES:
        tps, per_step = measure(config, batch, length, args.steps, args.fraction)
        print(f"{name:>20}: batch {batch:2d} × ≤{length}: {tps:10,.0f} tokens/s, {per_step * 1000:7.1f} ms/step")
        total_tokens += tps * per_step * args.steps
        total_seconds += per_step * args.steps
    overall = total_tokens / total_seconds
    print(f"{'all shapes':>20}: {overall:10,.0f} tokens/s (token-weighted)")
    if torch.cuda.is_available():
        print(f"peak GPU memory {torch.cuda.max_memory_allocated() / 2**30:.1f} GiB")
    if args.record:
        if args.tiny or not torch.cuda.is_available():
            raise SystemExit("refusing to record a figure that is not XLM-R Large on a GPU")
        record(overall, f"random-init XLM-R Large, bf16, dynamic padding at {args.fraction:.0%}, {args.steps} steps per shape")


if __name__ == "__main__":
    main()
