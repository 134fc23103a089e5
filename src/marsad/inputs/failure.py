"""The record of an input that could not be read: batch jobs store it and go on."""

from __future__ import annotations

from dataclasses import dataclass

from marsad.errors import InputError

__all__ = ["InputFailure"]


@dataclass(frozen=True, slots=True)
class InputFailure:
    """A file, or one record of a file, that could not be read.

    ``path`` is the input file (``-`` for stdin), ``line`` the 1-based line of a JSONL record
    (``None`` for whole-file problems) and ``reason`` a one-line explanation.
    """

    path: str
    line: int | None
    reason: str

    @property
    def where(self) -> str:
        """``path`` or ``path:line``, as in error messages and ``Document.origin``."""
        return self.path if self.line is None else f"{self.path}:{self.line}"

    def to_error(self) -> InputError:
        """The same failure as an exception, for callers that stop at the first bad input."""
        return InputError(self.reason, where=self.where)

    def __str__(self) -> str:
        return str(self.to_error())
