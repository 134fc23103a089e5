"""Word clusters learnt from unlabelled news (see ``scripts/build_word_clusters.py``).

The file is a gzipped TSV ``word<TAB>c1<TAB>c2...`` whose words are in the form of
:func:`marsad.text.normalize`, one cluster column per granularity (the ``# ks:`` header line), and optionally a last column
with a binarised embedding (``# bits:`` header line).
"""

from __future__ import annotations

import gzip
from dataclasses import dataclass
from pathlib import Path

from marsad.errors import ModelError

DEFAULT_CLUSTERS = Path(__file__).resolve().parent / "models" / "clusters.tsv.gz"


@dataclass(frozen=True, slots=True)
class WordClusters:
    """Cluster ids of words at several granularities (``ks``, coarse to fine)."""

    ks: tuple[int, ...]
    table: dict[str, tuple[str, ...]]
    source: str = ""
    bits: int = 0  # length of the binarised-embedding code stored after the cluster ids (0: none)

    def get(self, word: str) -> tuple[str, ...] | None:
        """The cluster ids of a normalised word, coarse to fine, or ``None`` when unknown."""
        row = self.table.get(word)
        return row[: len(self.ks)] if row is not None and self.bits else row

    def code(self, word: str) -> str | None:
        """The binarised embedding of a word (a string of ``+``/``-``/``0``), or ``None``."""
        row = self.table.get(word)
        return row[-1] if row is not None and self.bits else None

    def __len__(self) -> int:
        return len(self.table)


def load_clusters(path: str | Path | None = None) -> WordClusters:
    """Read a cluster file (default: the bundled one). Raises :class:`ModelError` on a bad line."""
    p = Path(path) if path is not None else DEFAULT_CLUSTERS
    ks: tuple[int, ...] = ()
    bits = 0
    table: dict[str, tuple[str, ...]] = {}
    # Cluster ids repeat (a few thousand values, 65,000 distinct rows for 141,000 words): one
    # object per distinct value and per distinct row halves the table's memory in every process.
    shared: dict[object, object] = {}
    try:
        with gzip.open(p, "rt", encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                if line.startswith("#"):
                    if line.startswith("# ks:"):
                        ks = tuple(int(k) for k in line[5:].split(","))
                    elif line.startswith("# bits:"):
                        bits = int(line[7:])
                    continue
                cells = line.rstrip("\n").split("\t")
                if not ks or len(cells) != len(ks) + 1 + (1 if bits else 0):
                    raise ModelError(f"expected a word and {len(ks)} cluster ids", where=f"{p}:{n}")
                row = tuple(shared.setdefault(c, c) for c in cells[1:])
                table[cells[0]] = shared.setdefault(row, row)  # type: ignore[assignment]
    except FileNotFoundError:
        raise ModelError("cluster file not found", where=str(p)) from None
    except (OSError, EOFError, UnicodeDecodeError, ValueError) as exc:
        raise ModelError(f"unreadable cluster file: {exc}", where=str(p)) from None
    return WordClusters(ks, table, str(p), bits)
