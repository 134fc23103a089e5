"""Reading and writing CoNLL-style NER files: ``token TAG`` per line, blank lines between sentences."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from marsad.errors import InputError

LABELS = ("PERS", "LOC", "ORG", "MISC")

# AQMAR and other corpora spell types differently (PER, MIS0-3, noisy variants); map them onto ours.
_TYPE_MAP = {"PER": "PERS", "PERS": "PERS", "LOC": "LOC", "ORG": "ORG", "MISC": "MISC"}
_MIS_RE = re.compile(r"^MIS+[-\d`]*$")


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of a CoNLL file: its tokens, their gold tags and the line it starts on."""

    tokens: tuple[str, ...]
    tags: tuple[str, ...]
    line: int = 0


def normalize_tag(tag: str) -> str:
    """Map a tag of ANERcorp, AQMAR (``B-PER``, ``I-MIS1``, ``I--ORG``, ``OO``) or similar onto ours.

    Anything that is not a recognisable ``B-``/``I-`` tag of a known type becomes ``O``.
    """
    tag = tag.strip()
    if len(tag) < 3 or tag[0] not in "BI" or tag[1] != "-":
        return "O"
    kind = tag[2:].lstrip("-").upper()
    if kind in _TYPE_MAP:
        return f"{tag[0]}-{_TYPE_MAP[kind]}"
    if _MIS_RE.match(kind):
        return f"{tag[0]}-MISC"
    if kind in ("ENGLISH", "SPANISH"):
        return f"{tag[0]}-MISC"
    return "O"


def parse_conll(lines: Iterable[str], *, where: str = "<input>", map_tags: bool = True) -> list[Sentence]:
    """Parse ``token TAG`` lines; a line with only a token gets tag ``O``; extra columns are ignored
    except the last, which is the tag. Raises :class:`InputError` naming ``where:line``.
    """
    out: list[Sentence] = []
    toks: list[str] = []
    tags: list[str] = []
    start = 1
    for n, raw in enumerate(lines, 1):
        line = raw.rstrip("\r\n")
        parts = line.split()
        if not parts:
            if toks:
                out.append(Sentence(tuple(toks), tuple(tags), start))
                toks, tags = [], []
            start = n + 1
            continue
        if "\ufffd" in line:
            raise InputError("undecodable character in line", where=f"{where}:{n}")
        tag = parts[-1] if len(parts) > 1 else "O"
        toks.append(parts[0])
        tags.append(normalize_tag(tag) if map_tags else tag)
    if toks:
        out.append(Sentence(tuple(toks), tuple(tags), start))
    return out


def read_conll(path: str | Path, *, map_tags: bool = True) -> list[Sentence]:
    """Read a CoNLL ``token TAG`` file (UTF-8). Raises :class:`InputError` when it cannot be read."""
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError("file not found", where=str(p)) from None
    except IsADirectoryError:
        raise InputError("a directory, not a file (give its files: DIR/*.txt)", where=str(p)) from None
    except OSError as exc:
        raise InputError(f"cannot be read ({exc.strerror or exc})", where=str(p)) from None
    except UnicodeDecodeError as exc:
        line = p.read_bytes()[: exc.start].count(b"\n") + 1
        raise InputError("not valid UTF-8", where=f"{p}:{line}") from None
    return parse_conll(text.splitlines(), where=str(p), map_tags=map_tags)


def read_columns(path: str | Path) -> list[list[list[str]]]:
    """Read a whitespace-separated column file: sentences of rows of cells (``token gold predicted``).

    All rows must have the same number of columns. Raises :class:`InputError` naming ``file:line``.
    """
    p = Path(path)
    try:
        lines = p.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        raise InputError("file not found", where=str(p)) from None
    except IsADirectoryError:
        raise InputError("a directory, not a file (give its files: DIR/*.txt)", where=str(p)) from None
    except OSError as exc:
        raise InputError(f"cannot be read ({exc.strerror or exc})", where=str(p)) from None
    except UnicodeDecodeError:
        raise InputError("not valid UTF-8", where=str(p)) from None
    out: list[list[list[str]]] = []
    rows: list[list[str]] = []
    width = 0
    for n, line in enumerate(lines, 1):
        cells = line.split()
        if not cells:
            if rows:
                out.append(rows)
                rows = []
            continue
        width = width or len(cells)
        if len(cells) != width:
            raise InputError(f"{len(cells)} columns where earlier lines have {width}", where=f"{p}:{n}")
        rows.append(cells)
    if rows:
        out.append(rows)
    return out


def write_conll(out: TextIO, sentences: Sequence[Sentence], predicted: Sequence[Sequence[str]]) -> None:
    """Write ``token gold predicted`` lines, a blank line after each sentence."""
    for sent, pred in zip(sentences, predicted, strict=True):
        for tok, gold, p in zip(sent.tokens, sent.tags, pred, strict=True):
            out.write(f"{tok} {gold} {p}\n")
        out.write("\n")
