"""Near-duplicate articles (wire copies): MinHash signatures of normalised word shingles, LSH bands.

Signatures are computed where documents are coded (in the ingest process or on a Dask worker)
and stored with the document. LSH band keys live in the ``lsh_bands`` table, so finding the
candidates of a new batch is one join in DuckDB, with no index to hold in memory; candidates
are then verified by their estimated Jaccard similarity. A duplicate links to the *original*
(the first stored of its group), never to another copy.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from functools import lru_cache

import duckdb
import numpy as np
import pyarrow as pa
from datasketch import MinHash, MinHashLSH

_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class DedupParams:
    """How near-duplicates are found. Stored in the store's ``meta`` table: fixed per store."""

    num_perm: int = 64
    threshold: float = 0.7
    shingle: int = 3  # words per shingle
    min_words: int = 8  # shorter texts get no signature (too little evidence)

    def to_meta(self) -> dict[str, str]:
        return {"minhash_perm": str(self.num_perm), "minhash_threshold": str(self.threshold),
                "shingle_size": str(self.shingle), "minhash_min_words": str(self.min_words)}

    @classmethod
    def from_meta(cls, meta: dict[str, str]) -> DedupParams:
        d = cls()
        return cls(num_perm=int(meta.get("minhash_perm", d.num_perm)),
                   threshold=float(meta.get("minhash_threshold", d.threshold)),
                   shingle=int(meta.get("shingle_size", d.shingle)),
                   min_words=int(meta.get("minhash_min_words", d.min_words)))

    @property
    def bands(self) -> tuple[int, int]:
        """(bands, rows per band) minimising false positives and negatives at ``threshold``."""
        return _lsh_bands(self.threshold, self.num_perm)


@lru_cache(maxsize=8)
def _lsh_bands(threshold: float, num_perm: int) -> tuple[int, int]:
    lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
    return lsh.b, lsh.r


class Signer:
    """Computes the MinHash signature of a text (``None`` for texts too short to judge)."""

    def __init__(self, params: DedupParams | None = None) -> None:
        self.params = params or DedupParams()
        seed = MinHash(num_perm=self.params.num_perm, seed=1)
        self._perms = seed.permutations
        self._scheme = seed.scheme

    def shingles(self, text: str) -> list[bytes]:
        from marsad.text import normalize

        words = _WORD.findall(normalize(text))
        k = self.params.shingle
        if len(words) < self.params.min_words:
            return []
        return [" ".join(words[i : i + k]).encode("utf-8") for i in range(len(words) - k + 1)]

    def signature(self, text: str) -> bytes | None:
        shingles = self.shingles(text)
        if not shingles:
            return None
        mh = MinHash(num_perm=self.params.num_perm, seed=1, permutations=self._perms, scheme=self._scheme)
        mh.update_batch(shingles)
        return mh.hashvalues.astype("<u4").tobytes()


def similarity(a: bytes, b: bytes) -> float:
    """Estimated Jaccard similarity of two signatures (the share of equal minimum hashes)."""
    x, y = np.frombuffer(a, dtype="<u4"), np.frombuffer(b, dtype="<u4")
    return float(np.count_nonzero(x == y)) / len(x) if len(x) == len(y) and len(x) else 0.0


def band_keys(signature: bytes, params: DedupParams) -> list[int]:
    """One signed 64-bit key per LSH band."""
    b, r = params.bands
    width = 4 * r
    return [int.from_bytes(hashlib.blake2b(bytes([i]) + signature[i * width : (i + 1) * width],
                                           digest_size=8).digest(), "little", signed=True)
            for i in range(b)]


@dataclass(frozen=True, slots=True)
class Link:
    """A new document found to be a near-duplicate of an original."""

    doc_id: str
    duplicate_of: str
    similarity: float


def _stored_candidates(con: duckdb.DuckDBPyConnection, keys: pa.Table) -> dict[str, set[str]]:
    con.register("_new_bands", keys)
    try:
        rows = con.execute(
            "SELECT DISTINCT n.doc_id, b.doc_id FROM _new_bands n "
            "JOIN lsh_bands b ON b.band = n.band AND b.key = n.key"
        ).fetchall()
    finally:
        con.unregister("_new_bands")
    found: dict[str, set[str]] = {}
    for new, old in rows:
        found.setdefault(new, set()).add(old)
    return found


def _stored_signatures(con: duckdb.DuckDBPyConnection, ids: set[str]) -> dict[str, tuple[bytes, str | None]]:
    if not ids:
        return {}
    rows = con.execute("SELECT id, minhash, duplicate_of FROM documents WHERE id IN (SELECT unnest(?))",
                       [sorted(ids)]).fetchall()
    return {i: (bytes(sig), dup) for i, sig, dup in rows if sig is not None}


def find_duplicates(con: duckdb.DuckDBPyConnection, new: list[tuple[str, bytes | None]],
                    params: DedupParams) -> tuple[list[Link], pa.Table]:
    """Link each new document (in order) to an original already stored or earlier in ``new``.

    Returns the links and the ``lsh_bands`` rows to insert for the new documents.
    """
    band_rows: dict[str, list] = {"band": [], "key": [], "doc_id": []}
    keys_of: dict[str, list[int]] = {}
    for doc_id, sig in new:
        if sig is None:
            continue
        keys = band_keys(sig, params)
        keys_of[doc_id] = keys
        band_rows["band"].extend(range(len(keys)))
        band_rows["key"].extend(keys)
        band_rows["doc_id"].extend([doc_id] * len(keys))
    from marsad.store.schema import arrow_schema

    bands = pa.Table.from_pydict(band_rows, schema=arrow_schema("lsh_bands"))
    if not keys_of:
        return [], bands
    stored = _stored_candidates(con, bands)
    stored_sigs = _stored_signatures(con, set().union(*stored.values()) if stored else set())
    links: list[Link] = []
    seen: dict[tuple[int, int], list[str]] = {}  # (band, key) -> earlier new documents
    sig_of = {d: s for d, s in new if s is not None}
    root_of: dict[str, str] = {}
    for doc_id, keys in keys_of.items():
        best: tuple[float, str] | None = None
        for cand in sorted(stored.get(doc_id, ())):
            if cand in stored_sigs:
                csig, cdup = stored_sigs[cand]
                best = _better(best, similarity(sig_of[doc_id], csig), cdup or cand, params)
        for band, key in enumerate(keys):
            for cand in seen.get((band, key), ()):
                best = _better(best, similarity(sig_of[doc_id], sig_of[cand]), root_of.get(cand, cand), params)
            seen.setdefault((band, key), []).append(doc_id)
        if best is not None:
            links.append(Link(doc_id, best[1], best[0]))
            root_of[doc_id] = best[1]
    return links, bands


def _better(best: tuple[float, str] | None, sim: float, root: str,
            params: DedupParams) -> tuple[float, str] | None:
    if sim < params.threshold:
        return best
    if best is None or sim > best[0]:
        return (sim, root)
    return best
