"""Segmentation accuracy of the tokenizer on a hand-checked table of words.

    python -m marsad.text.evaluate [tests/data/segmentation_gold.tsv] [--errors]

The table has ``token<TAB>segmentation<TAB>source`` lines (``#`` comments allowed), where the
segmentation joins surface pieces with ``+`` (``و+ب+ال+رئيس``). A token counts as right when the
tokenizer's segment texts, joined the same way, equal it. Prints the accuracy overall, for words
with and without clitics, and per first letter; ``--errors`` lists every miss.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from marsad.errors import InputError
from marsad.text.tokenize import Tokenizer, default_tokenizer

__all__ = ["GoldWord", "Score", "load_gold", "score"]

DEFAULT_GOLD = Path(__file__).resolve().parents[3] / "tests" / "data" / "segmentation_gold.tsv"


@dataclass(frozen=True, slots=True)
class GoldWord:
    """One row of the gold table."""

    token: str
    segmentation: str
    source: str


@dataclass(frozen=True, slots=True)
class Score:
    """Accuracy on a gold table, with the misses as ``(gold, predicted)`` pairs."""

    total: int
    correct: int
    by_group: dict[str, tuple[int, int]]
    errors: list[tuple[GoldWord, str]]

    @property
    def accuracy(self) -> float:
        return self.correct / self.total if self.total else 0.0


def load_gold(path: Path) -> list[GoldWord]:
    """Read a gold table; a malformed line raises :class:`InputError` naming file and line."""
    rows: list[GoldWord] = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) != 3 or cols[1].replace("+", "") != cols[0]:
            raise InputError("expected token<TAB>segmentation<TAB>source spelling the token", where=f"{path}:{n}")
        rows.append(GoldWord(*cols))
    return rows


def predict(tokenizer: Tokenizer, word: str) -> str:
    """The tokenizer's segmentation of one word, pieces joined with ``+``."""
    tokens = tokenizer.tokenize(word)
    return "+".join(seg.text for tok in tokens for seg in tok.segments)


def _group(token: str) -> str:
    if token.startswith("ال"):
        return "begins with ال"
    if token[0] in "وفبلكس":
        return f"begins with {token[0]}"
    return "other"


def score(gold: list[GoldWord], tokenizer: Tokenizer | None = None) -> Score:
    """Compare the tokenizer's segmentation with every gold row."""
    tk = tokenizer or default_tokenizer()
    groups: Counter[str] = Counter()
    right: Counter[str] = Counter()
    errors: list[tuple[GoldWord, str]] = []
    for row in gold:
        got = predict(tk, row.token)
        ok = got == row.segmentation
        keys = (
            "with clitics" if "+" in row.segmentation else "without clitics",
            _group(row.token),
            f"source {row.source}",
        )
        for key in keys:
            groups[key] += 1
            right[key] += ok
        if not ok:
            errors.append((row, got))
    by_group = {k: (right[k], groups[k]) for k in sorted(groups)}
    return Score(len(gold), len(gold) - len(errors), by_group, errors)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Segmentation accuracy on a hand-checked gold table.")
    ap.add_argument("gold", nargs="?", type=Path, default=DEFAULT_GOLD)
    ap.add_argument("--errors", action="store_true", help="list every miss")
    args = ap.parse_args(argv)
    result = score(load_gold(args.gold))
    out = sys.stdout
    out.write(f"segmentation accuracy: {result.correct}/{result.total} = {result.accuracy:.1%}\n")
    for key, (ok, n) in result.by_group.items():
        out.write(f"  {key:<16} {ok:>4}/{n:<4} {ok / n:.1%}\n")
    if args.errors:
        for row, got in result.errors:
            out.write(f"  {row.token}\tgold {row.segmentation}\tgot {got}\t({row.source})\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
