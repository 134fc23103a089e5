"""A bounded cache for per-form analyses on an endless stream of text.

News vocabularies are Zipfian with a long tail of new forms: a cache that stops growing once full
keeps the forms of the first documents a worker saw, and misses more and more as the stream moves
on; one that is cleared when full loses the frequent forms with the rare. :class:`Generations`
keeps two generations of at most ``size / 2`` keys each: when the young one is full it becomes the
old one (the previous old one is dropped), and a key of the old generation that is asked for again
moves back to the young one, so that the forms in use stay cached and memory stays bounded.
"""

from __future__ import annotations

from typing import Generic, TypeVar

K = TypeVar("K")
V = TypeVar("V")


class Generations(Generic[K, V]):
    """Two generations of cached values, at most ``size`` keys in all (values must not be None)."""

    __slots__ = ("_half", "_old", "_young")

    def __init__(self, size: int) -> None:
        if size < 2:
            raise ValueError(f"a cache of two generations needs a size of at least 2, not {size}")
        self._half = size // 2
        self._young: dict[K, V] = {}
        self._old: dict[K, V] = {}

    def get(self, key: K) -> V | None:
        """The cached value of ``key`` (moved to the young generation if it was old), or None."""
        hit = self._young.get(key)
        if hit is None:
            hit = self._old.pop(key, None)
            if hit is not None:
                self.put(key, hit)
        return hit

    def put(self, key: K, value: V) -> None:
        """Cache ``value`` for ``key``; a full young generation first becomes the old one."""
        if len(self._young) >= self._half and key not in self._young:
            self._old, self._young = self._young, {}
        self._young[key] = value

    def __len__(self) -> int:
        return len(self._young) + len(self._old)

    def __contains__(self, key: object) -> bool:
        return key in self._young or key in self._old
