"""The marsad error hierarchy: every error a user can meet has a stable code and a one-line message."""

from __future__ import annotations


class MarsadError(Exception):
    """Base class. ``str(err)`` is one line meant for users: ``[CODE] where: what``."""

    code = "E000"

    def __init__(self, message: str, *, where: str | None = None) -> None:
        self.message = message.replace("\n", " ").strip()
        self.where = where
        super().__init__(str(self))

    def __str__(self) -> str:
        loc = f"{self.where}: " if self.where else ""
        return f"[{self.code}] {loc}{self.message}"


class InputError(MarsadError):
    """A file or record that cannot be read (encoding, JSON, missing field, truncated archive)."""

    code = "E100"


class LexiconError(MarsadError):
    """A lexicon data file with a bad entry; ``where`` is ``file:line``."""

    code = "E200"


class ConfigError(MarsadError):
    """A bad configuration file or option."""

    code = "E300"


class PipelineError(MarsadError):
    """A pipeline that cannot be built (a stage's requirement not provided) or a stage failure."""

    code = "E400"


class ModelError(MarsadError):
    """A statistical model that cannot be loaded or trained."""

    code = "E500"


class StoreError(MarsadError):
    """A database problem: schema version, locked file, bad query."""

    code = "E600"
