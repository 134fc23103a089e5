"""The event coding stage (``events@1``): tokens and actor mentions → events."""

from __future__ import annotations

from dataclasses import replace

from marsad.config import Config
from marsad.events.coder import Coder, SentenceTrace
from marsad.events.lexicon import load_event_lexicon
from marsad.model import Document


class EventStage:
    """Code PLOVER events with the bundled event lexicon (plus ``config.lexicon_dir``).

    ``require_actor=False`` keeps events that have neither a source nor a target (used by
    sentence-level event detection, where the question is only *did an event happen*).
    """

    name = "events@1"
    requires: tuple[str, ...] = ("tokens", "mentions")
    provides: tuple[str, ...] = ("events",)

    def __init__(self, config: Config | None = None, *, require_actor: bool = True) -> None:
        self.config = config or Config()
        self.lexicon = load_event_lexicon(self.config.lexicon_dir)
        self.coder = Coder(self.lexicon, require_actor=require_actor)

    def __call__(self, doc: Document) -> Document:
        if doc.left_alone:
            return replace(doc, events=())
        return replace(doc, events=self.coder.code(doc))

    def trace(self, doc: Document) -> tuple[Document, list[SentenceTrace]]:
        """Code a document and return the per-sentence decisions as well (``marsad explain``)."""
        if doc.left_alone:
            return replace(doc, events=()), []
        traces: list[SentenceTrace] = []
        events = self.coder.code(doc, trace=traces)
        return replace(doc, events=events), traces
