"""Nearest-neighbour mining of parallel sentences in bounded memory (BUCC at real size).

BUCC 2018 has about 10^5 sentences per side: a dense similarity matrix of two such
corpora is 4·10^10 bytes in fp32, more than a GPU or a workstation holds. Here the
similarities are computed in tiles of ``chunk × chunk`` (chunked matrix products) and only
running top-k lists survive a tile, so peak memory is ``chunk²`` similarities plus
O((n_src + n_tgt)·k) for the lists, whatever the corpus size.

Ratio-margin scoring (Artetxe & Schwenk 2019, as XTREME's BUCC evaluation uses it):
margin(i, j) = cos(i, j) / ((mean cos of i's k nearest targets + mean cos of j's k nearest
sources) / 2). As in their mining tools, the candidates of a source sentence are its k
nearest targets by cosine, and the best of them by margin is kept.
"""

from __future__ import annotations

from dataclasses import dataclass

import torch

DEFAULT_CHUNK = 4096  # 4096² fp32 similarities = 64 MiB per tile


@dataclass(frozen=True)
class Neighbours:
    """k nearest neighbours both ways: each source's targets (values, indices) and the mean
    cosine of each target's k nearest sources."""

    src_values: torch.Tensor  # (n_src, k) cosine of each source's k nearest targets, best first
    src_indices: torch.Tensor  # (n_src, k) their target indices
    tgt_mean: torch.Tensor  # (n_tgt,) mean cosine of each target's k nearest sources
    src_mean: torch.Tensor  # (n_src,) mean cosine of each source's k nearest targets


def tile_elements(chunk: int) -> int:
    """The most similarities held at once for a given chunk size: the memory bound."""
    return chunk * chunk


def _merge(values: torch.Tensor, indices: torch.Tensor, new_values: torch.Tensor, new_indices: torch.Tensor,
           k: int) -> tuple[torch.Tensor, torch.Tensor]:
    """The top k along dim 1 of two candidate lists."""
    v = torch.cat([values, new_values], dim=1)
    i = torch.cat([indices, new_indices], dim=1)
    top = v.topk(min(k, v.shape[1]), dim=1)
    return top.values, i.gather(1, top.indices)


def neighbours(src: torch.Tensor, tgt: torch.Tensor, k: int = 4, chunk: int = DEFAULT_CHUNK,
               device: torch.device | str | None = None) -> Neighbours:
    """k nearest neighbours by cosine, both ways, tile by tile (see the module docstring);
    the tiles are computed on ``device`` (default: where ``src`` is), the lists come back there."""
    if chunk < 1:
        raise ValueError(f"chunk must be at least 1, not {chunk}")
    if src.ndim != 2 or tgt.ndim != 2 or src.shape[1] != tgt.shape[1]:
        raise ValueError(f"embeddings must be two matrices of the same width, not {tuple(src.shape)} and {tuple(tgt.shape)}")
    if len(src) == 0 or len(tgt) == 0:
        raise ValueError("cannot mine an empty corpus")
    dev = torch.device(device) if device is not None else src.device
    s = torch.nn.functional.normalize(src.to(dev).float(), dim=-1)
    t = torch.nn.functional.normalize(tgt.to(dev).float(), dim=-1)
    ks, kt = min(k, len(t)), min(k, len(s))
    # Running lists start at -inf, which any real cosine displaces.
    tgt_v = torch.full((len(t), kt), float("-inf"), device=dev)
    tgt_i = torch.zeros((len(t), kt), dtype=torch.long, device=dev)
    row_v, row_i = [], []
    for a in range(0, len(s), chunk):
        rows = min(chunk, len(s) - a)
        sv = torch.full((rows, ks), float("-inf"), device=dev)
        si = torch.zeros((rows, ks), dtype=torch.long, device=dev)
        for b in range(0, len(t), chunk):
            tile = s[a : a + chunk] @ t[b : b + chunk].T  # the only chunk² allocation
            top = tile.topk(min(ks, tile.shape[1]), dim=1)
            sv, si = _merge(sv, si, top.values, top.indices + b, ks)
            col = tile.topk(min(kt, tile.shape[0]), dim=0)
            tgt_v[b : b + chunk], tgt_i[b : b + chunk] = _merge(tgt_v[b : b + chunk], tgt_i[b : b + chunk],
                                                                col.values.T, col.indices.T + a, kt)
            del tile
        row_v.append(sv)
        row_i.append(si)
    src_v, src_i = torch.cat(row_v), torch.cat(row_i)
    return Neighbours(src_v, src_i, tgt_v.mean(1), src_v.mean(1))


def margin_candidates(src: torch.Tensor, tgt: torch.Tensor, k: int = 4, chunk: int = DEFAULT_CHUNK,
                      device: torch.device | str | None = None) -> list[tuple[float, int, int]]:
    """Each source sentence's best target by ratio margin among its k nearest targets:
    (margin, source index, target index)."""
    nb = neighbours(src, tgt, k, chunk, device)
    denom = (nb.src_mean[:, None] + nb.tgt_mean[nb.src_indices]) / 2
    margins = nb.src_values / denom
    best = margins.argmax(1)
    values = margins.gather(1, best[:, None]).squeeze(1)
    targets = nb.src_indices.gather(1, best[:, None]).squeeze(1)
    return [(float(m), i, int(j)) for i, (m, j) in enumerate(zip(values.tolist(), targets.tolist()))]


def dense_margin_candidates(src: torch.Tensor, tgt: torch.Tensor, k: int = 4) -> list[tuple[float, int, int]]:
    """The same candidates from the full similarity matrix: the reference the blocked search
    is tested against, for small inputs only (memory n_src × n_tgt)."""
    s = torch.nn.functional.normalize(src.float(), dim=-1)
    t = torch.nn.functional.normalize(tgt.float(), dim=-1)
    sim = s @ t.T
    ks, kt = min(k, sim.shape[1]), min(k, sim.shape[0])
    fwd = sim.topk(ks, dim=1)
    nn_s = fwd.values.mean(1)
    nn_t = sim.topk(kt, dim=0).values.mean(0)
    margins = fwd.values / ((nn_s[:, None] + nn_t[fwd.indices]) / 2)
    best = margins.argmax(1)
    out = []
    for i in range(sim.shape[0]):
        out.append((float(margins[i, best[i]]), i, int(fwd.indices[i, best[i]])))
    return out
