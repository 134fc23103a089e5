"""Fixtures of the actor tests: the stage over the fixture lexicon, and resolver helpers."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from actors_helpers import Resolve, fixture_entries, run_stage, summary

from marsad.actors import ActorStage
from marsad.model import Document


@pytest.fixture(scope="session")
def fixture_stage() -> ActorStage:
    return ActorStage(lexicon=fixture_entries())


@pytest.fixture(scope="session")
def resolve(fixture_stage: ActorStage) -> Resolve:
    """``resolve(text, published="2024-04-24") -> Document`` with the fixture lexicon."""

    def _resolve(text: str, published: str | None = "2024-04-24") -> Document:
        return run_stage(fixture_stage, text, published)

    return _resolve


@pytest.fixture(scope="session")
def summarize(resolve: Resolve) -> Callable[..., list[str]]:
    """``summarize(text, published) -> ["span=code", ...]`` (see :func:`summary`)."""

    def _summarize(text: str, published: str | None = "2024-04-24") -> list[str]:
        return summary(resolve(text, published))

    return _summarize


