"""One training loop for every phase (MLM pretraining, intermediate, target).

Plain torch: AdamW with weight decay on all but biases and LayerNorm weights, linear
warm-up then linear decay (transformers' schedule), batches drawn with a seeded generator
so that a run is reproducible. Examples are feature dicts; ``collate`` pads them.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import torch
from transformers import get_linear_schedule_with_warmup

Example = dict[str, list[int] | int | list[list[int]]]
Collate = Callable[[Sequence[Example]], dict[str, torch.Tensor]]


@dataclass(frozen=True)
class TrainConfig:
    steps: int
    batch_size: int
    learning_rate: float
    warmup_ratio: float = 0.1
    weight_decay: float = 0.01
    seed: int = 0


def set_seed(seed: int) -> None:
    random.seed(seed)
    torch.manual_seed(seed)
    torch.use_deterministic_algorithms(True, warn_only=True)


def optimizer_for(model: torch.nn.Module, cfg: TrainConfig) -> torch.optim.Optimizer:
    decay, no_decay = [], []
    for name, p in model.named_parameters():
        if not p.requires_grad:
            continue
        (no_decay if p.ndim == 1 or "LayerNorm" in name or name.endswith(".bias") else decay).append(p)
    groups = [{"params": decay, "weight_decay": cfg.weight_decay}, {"params": no_decay, "weight_decay": 0.0}]
    return torch.optim.AdamW(groups, lr=cfg.learning_rate)


def train(
    model: torch.nn.Module,
    examples: Sequence[Example],
    collate: Collate,
    cfg: TrainConfig,
    progress: Callable[[int, int], None] | None = None,
) -> int:
    """Train for ``cfg.steps`` optimiser steps; returns the number of steps taken."""
    if not examples:
        raise ValueError("no training examples")
    model.train()
    opt = optimizer_for(model, cfg)
    sched = get_linear_schedule_with_warmup(opt, int(cfg.warmup_ratio * cfg.steps), cfg.steps)
    gen = torch.Generator().manual_seed(cfg.seed)
    n = len(examples)
    for step in range(cfg.steps):
        idx = torch.randint(n, (min(cfg.batch_size, n),), generator=gen).tolist()
        batch = collate([examples[i] for i in idx])
        loss = model(**batch).loss
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        opt.step()
        sched.step()
        opt.zero_grad(set_to_none=True)
        if progress and (step + 1) % 50 == 0:
            progress(step + 1, cfg.steps)
    model.eval()
    return cfg.steps


def pad(rows: Sequence[Sequence[int]], value: int) -> torch.Tensor:
    width = max(len(r) for r in rows)
    return torch.tensor([list(r) + [value] * (width - len(r)) for r in rows], dtype=torch.long)
