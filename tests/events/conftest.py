"""Fixtures for the event coder tests: one coding pipeline per session."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from marsad.events.pipeline import code_pipeline
from marsad.model import Document


@pytest.fixture(scope="session")
def code() -> Callable[[str], Document]:
    """text → coded document, through the full coding pipeline."""
    pipeline = code_pipeline()
    return lambda text: pipeline(Document.from_text(text))


@pytest.fixture(scope="session")
def code_on() -> Callable[[str, date], Document]:
    """(text, publication day) → coded document, through the full coding pipeline: office holders
    are resolved on that day."""
    from marsad.model import DocMeta

    pipeline = code_pipeline()
    return lambda text, day: pipeline(Document.from_text(text, meta=DocMeta(published=day)))


@pytest.fixture(scope="session")
def detect() -> Callable[[str], Document]:
    """text → coded document in detection mode: events need no actor (as ``marsad eval gsr``)."""
    from marsad.config import Config
    from marsad.evaluation.gsr import make_coder

    return make_coder(Config(), min_confidence=0.0)
