"""The ``when`` pipeline stage: fills ``doc.times`` with resolved temporal expressions."""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import date

from marsad.config import Config
from marsad.errors import ConfigError
from marsad.model import Document, TimeExpr
from marsad.when.grammar import find_times

log = logging.getLogger(__name__)


def publication_date(doc: Document, config: Config | None = None) -> date | None:
    """The document's publication date: its metadata, else ``config.published``, else ``None``."""
    if doc.meta.published is not None:
        return doc.meta.published
    if config is not None and config.published:
        return parse_published(config.published)
    return None


def parse_published(value: str) -> date:
    """Parse a ``YYYY-MM-DD`` publication date given as an option."""
    try:
        return date.fromisoformat(value.strip()[:10])
    except ValueError:
        raise ConfigError(f"publication date {value!r} is not YYYY-MM-DD", where="published") from None


class WhenStage:
    """Find temporal expressions and resolve them against the publication date."""

    name = "when@1"
    requires: tuple[str, ...] = ("sentences",)
    provides: tuple[str, ...] = ("times",)

    def __init__(self, config: Config | None = None) -> None:
        self.config = config or Config()
        if self.config.published:
            parse_published(self.config.published)  # fail early on a bad option

    def __call__(self, doc: Document) -> Document:
        if doc.left_alone:
            return doc
        pub = publication_date(doc, self.config)
        times = tuple(
            TimeExpr(text=doc.text[s:e], start=s, end=e, value=v, precision=p)
            for s, e, v, p in find_times(doc.text, pub)
        )
        return replace(doc, times=times)
