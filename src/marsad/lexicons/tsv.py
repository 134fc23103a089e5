"""Reader for marsad's TSV lexicon files.

A lexicon file is UTF-8 text in three parts::

    # id: actors.countries
    # version: 1
    # licence: MIT
    # provenance: where the data comes from
    # kind: country              (any further ``# key: value`` lines are kept as ``extra``)
    id<TAB>country<TAB>names     (the column header row: the first non-comment line)
    IRN<TAB>IRN<TAB>إيران|ايران   (rows; blank lines and ``#`` comment lines are allowed anywhere)

Every problem raises :class:`~marsad.errors.LexiconError` whose ``where`` is ``file:line``.
"""

from __future__ import annotations

import re
from pathlib import Path

from marsad.errors import LexiconError
from marsad.lexicons.schema import LexiconHeader

REQUIRED_HEADER_KEYS = ("id", "version", "licence", "provenance")
_HEADER_LINE = re.compile(r"^#\s*([A-Za-z_][\w-]*)\s*:\s*(.*?)\s*$")

Row = tuple[int, dict[str, str]]


class LexiconErrors(LexiconError):
    """Several bad entries at once; ``errors`` holds one :class:`LexiconError` per bad line.

    Behaves as its first error (same ``where``), so callers that handle one error still work;
    ``marsad lexicon check`` lists them all.
    """

    def __init__(self, errors: list[LexiconError]) -> None:
        if not errors:
            raise ValueError("LexiconErrors needs at least one error")
        self.errors = tuple(errors)
        more = f" (and {len(errors) - 1} more bad entries)" if len(errors) > 1 else ""
        super().__init__(errors[0].message + more, where=errors[0].where)

    @classmethod
    def raise_if_any(cls, errors: list[LexiconError]) -> None:
        """Raise the single error, or all of them together; do nothing for an empty list."""
        if len(errors) == 1:
            raise errors[0]
        if errors:
            raise cls(errors)


def read_lexicon_tsv(
    path: Path | str, *, required_columns: tuple[str, ...] = ()
) -> tuple[LexiconHeader, list[Row]]:
    """Read a lexicon TSV file: its header and its rows as ``(line number, {column: value})``.

    Values are stripped of surrounding spaces; a row with fewer cells than columns gets ``""``
    for the missing ones, a row with more cells is an error. ``required_columns`` must all be
    present in the column header row.
    """
    path = Path(path)
    name = str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise LexiconError("file not found", where=f"{name}:0") from exc
    except UnicodeDecodeError as exc:
        raise LexiconError(f"not UTF-8 ({exc.reason})", where=f"{name}:0") from exc
    header_values: dict[str, str] = {}
    extra: list[tuple[str, str]] = []
    columns: list[str] | None = None
    rows: list[Row] = []
    for lineno, raw in enumerate(text.splitlines(), start=1):
        line = raw.rstrip("\r\n").lstrip("\ufeff")
        where = f"{name}:{lineno}"
        if not line.strip():
            continue
        if line.startswith("#"):
            if columns is None:
                _header_line(line, header_values, extra, where)
            continue
        cells = [c.strip() for c in line.split("\t")]
        if columns is None:
            columns = _column_row(cells, required_columns, where)
            continue
        if len(cells) > len(columns):
            raise LexiconError(f"{len(cells)} cells but {len(columns)} columns", where=where)
        cells += [""] * (len(columns) - len(cells))
        rows.append((lineno, dict(zip(columns, cells, strict=True))))
    missing = [k for k in REQUIRED_HEADER_KEYS if not header_values.get(k)]
    if missing:
        raise LexiconError(f"header lacks {', '.join('# ' + k + ':' for k in missing)}", where=f"{name}:1")
    if columns is None:
        raise LexiconError("no column header row", where=f"{name}:{len(text.splitlines())}")
    header = LexiconHeader(
        id=header_values["id"],
        version=header_values["version"],
        licence=header_values["licence"],
        provenance=header_values["provenance"],
        extra=tuple(extra),
    )
    return header, rows


def _header_line(line: str, values: dict[str, str], extra: list[tuple[str, str]], where: str) -> None:
    match = _HEADER_LINE.match(line)
    if not match:  # a free comment before the column row
        return
    key, value = match.group(1).lower(), match.group(2)
    if key in values or any(k == key for k, _ in extra):
        raise LexiconError(f"header key {key!r} given twice", where=where)
    if key in REQUIRED_HEADER_KEYS:
        if not value:
            raise LexiconError(f"header key {key!r} is empty", where=where)
        values[key] = value
    else:
        extra.append((key, value))


def _column_row(cells: list[str], required: tuple[str, ...], where: str) -> list[str]:
    if any(not c for c in cells):
        raise LexiconError("empty column name in the column header row", where=where)
    dupes = sorted({c for c in cells if cells.count(c) > 1})
    if dupes:
        raise LexiconError(f"duplicate column {', '.join(dupes)}", where=where)
    missing = [c for c in required if c not in cells]
    if missing:
        raise LexiconError(f"missing required column {', '.join(missing)}", where=where)
    return cells
