"""The coding pipeline: :data:`marsad.pipeline.CODE`, built once."""

from __future__ import annotations

from marsad.config import Config
from marsad.pipeline import CODE, Pipeline, build_pipeline


def code_pipeline(config: Config | None = None) -> Pipeline:
    """The ``CODE`` pipeline (text, ner, actors, when, where, events, attach), each stage built once.

    A stage that cannot be built (a NER backend that does not exist, a model path that cannot be
    read, a bad lexicon) raises a one-line :class:`~marsad.errors.MarsadError`: a run never goes on
    silently without a stage the configuration asked for.
    """
    return build_pipeline(CODE, config or Config())
