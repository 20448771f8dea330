"""Blocked nearest-neighbour mining: the same candidates as the dense computation, and a
memory bound that is a property of the chunk size, not of the corpus."""

from __future__ import annotations

import pytest

# The audit-only environment (CI's base leg) has no torch/transformers/datasets: skip.
torch = pytest.importorskip("torch")

from replicate import metrics, mining


@pytest.mark.parametrize(("n_src", "n_tgt", "chunk"), [(37, 53, 8), (64, 64, 64), (10, 3, 4), (1, 9, 2), (30, 30, 1)])
def test_blocked_mining_equals_the_dense_computation(n_src: int, n_tgt: int, chunk: int) -> None:
    gen = torch.Generator().manual_seed(n_src * 100 + n_tgt)
    src, tgt = torch.randn(n_src, 16, generator=gen), torch.randn(n_tgt, 16, generator=gen)
    blocked = mining.margin_candidates(src, tgt, k=4, chunk=chunk)
    dense = mining.dense_margin_candidates(src, tgt, k=4)
    assert [(i, j) for _, i, j in blocked] == [(i, j) for _, i, j in dense]
    assert [m for m, _, _ in blocked] == pytest.approx([m for m, _, _ in dense], abs=1e-5)


def test_neighbours_by_hand() -> None:
    # unit vectors at 0°, 90° and 45°: each source's nearest target is its own direction
    src = torch.tensor([[1.0, 0.0], [0.0, 1.0]])
    tgt = torch.tensor([[0.0, 2.0], [3.0, 0.0], [1.0, 1.0]])
    nb = mining.neighbours(src, tgt, k=1, chunk=1)
    assert nb.src_indices[:, 0].tolist() == [1, 0]
    assert nb.src_values[:, 0].tolist() == pytest.approx([1.0, 1.0])
    # target 2 (45°) has cosine 0.707 with both sources
    assert nb.tgt_mean.tolist() == pytest.approx([1.0, 1.0, 2 ** -0.5])


def test_memory_is_bounded_by_the_chunk_not_the_corpus(monkeypatch: pytest.MonkeyPatch) -> None:
    # Every similarity matrix the search builds is a tile: record the shapes of all matrix
    # products and check that none exceeds chunk × chunk, whatever the corpus size.
    shapes: list[tuple[int, int]] = []
    real = torch.Tensor.__matmul__

    def recording(a: torch.Tensor, b: torch.Tensor) -> torch.Tensor:
        out = real(a, b)
        shapes.append(tuple(out.shape))  # type: ignore[arg-type]
        return out

    monkeypatch.setattr(torch.Tensor, "__matmul__", recording)
    src, tgt = torch.randn(300, 8), torch.randn(250, 8)
    mining.neighbours(src, tgt, k=4, chunk=32)
    assert shapes and all(r <= 32 and c <= 32 for r, c in shapes)
    assert len(shapes) == 10 * 8  # ceil(300/32) × ceil(250/32) tiles
    assert mining.tile_elements(32) == 32 * 32


def test_bad_inputs_are_clear_errors() -> None:
    with pytest.raises(ValueError, match="same width"):
        mining.neighbours(torch.zeros(3, 4), torch.zeros(3, 5))
    with pytest.raises(ValueError, match="empty"):
        mining.neighbours(torch.zeros(0, 4), torch.zeros(3, 4))
    with pytest.raises(ValueError, match="chunk"):
        mining.neighbours(torch.ones(3, 4), torch.ones(3, 4), chunk=0)


def test_metrics_mine_through_the_blocked_search() -> None:
    src = torch.randn(40, 8, generator=torch.Generator().manual_seed(1))
    tgt = src[torch.randperm(40, generator=torch.Generator().manual_seed(2))] + 0.01
    ours = metrics.margin_candidates(src, tgt, k=4)
    assert ours == mining.margin_candidates(src, tgt, k=4)
    assert {(i, j) for _, i, j in ours} == {(i, int(j)) for i, j in enumerate(torch.argsort(torch.randperm(40, generator=torch.Generator().manual_seed(2))).tolist())}
