"""Work done once per paper version: an index, its tables, its whole text.

A version is judged against every claim of every report that cites it, so what is built
from its passages alone is built once per :class:`SourceVersion` object. Keyed by the
object's identity (versions are mutable dataclasses, not hashable); the object is held
beside its value, so its id cannot be reused by another version while the entry lives.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TypeVar

from claimcheck.model import SourceVersion

T = TypeVar("T")

# Versions alive at once in one run are few (the cited papers' versions); past this many
# the cache starts over rather than grow with a long nightly run.
SIZE = 256
_CACHES: list[dict[int, tuple[SourceVersion, object]]] = []


def clear() -> None:
    """Forget every remembered value (a benchmark measuring the first, cold call)."""
    for cache in _CACHES:
        cache.clear()


def once_per_version(build: Callable[[SourceVersion], T]) -> Callable[[SourceVersion], T]:
    """``build(version)``, computed once per version object and remembered."""
    cache: dict[int, tuple[SourceVersion, T]] = {}
    _CACHES.append(cache)  # type: ignore[arg-type]  # a cache of any value type is cleared alike

    @functools.wraps(build)
    def get(version: SourceVersion) -> T:
        hit = cache.get(id(version))
        if hit is not None and hit[0] is version:
            return hit[1]
        value = build(version)
        if len(cache) > SIZE:
            cache.clear()
        cache[id(version)] = (version, value)
        return value

    return get
