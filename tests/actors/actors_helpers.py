"""Helpers of the actor tests: the fixture lexicon, running the stage, summarising mentions."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from marsad.actors import ActorStage
from marsad.lexicons.actors import parse_actor_file
from marsad.lexicons.schema import ActorEntry
from marsad.model import Actor, DocMeta, Document
from marsad.text import analyze_text

LEXICON_DIR = Path(__file__).parent / "lexicon"

Resolve = Callable[..., Document]


def fixture_entries() -> tuple[ActorEntry, ...]:
    """The entries of the test lexicon (``tests/actors/lexicon/*.tsv``)."""
    out: list[ActorEntry] = []
    for path in sorted(LEXICON_DIR.glob("*.tsv")):
        out.extend(parse_actor_file(path)[1])
    return tuple(out)


def run_stage(stage: ActorStage, text: str, published: str | None = "2024-04-24") -> Document:
    """Text layer + actor stage over ``text`` with a publication date."""
    day = date.fromisoformat(published) if published else None
    doc = Document.from_text(text, meta=DocMeta(published=day))
    return stage(analyze_text(doc))


def describe(actor: Actor | None) -> str:
    """``code`` of an actor; for a plural, its members' codes joined with ``+``."""
    from marsad.actors import PluralActor

    if actor is None:
        return "None"
    if isinstance(actor, PluralActor):
        return "+".join(m.code or "?" for m in actor.members) or "{}"
    return actor.code or "?"


def summary(doc: Document) -> list[str]:
    """``span=code`` for every mention with an actor, in text order."""
    return [f"{m.text}={describe(m.actor)}" for m in doc.mentions if m.actor is not None]
