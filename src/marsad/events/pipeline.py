"""The coding pipeline: :data:`marsad.pipeline.CODE`, built once, from the stages available."""

from __future__ import annotations

import logging

from marsad.config import Config
from marsad.errors import MarsadError
from marsad.model import Document
from marsad.pipeline import CODE, Pipeline, Stage, _load_factory

log = logging.getLogger(__name__)

#: Stages the coder can run without (their annotations are optional to it).
OPTIONAL = frozenset({"ner", "when", "where", "attach"})
_PROBE = "قال الرئيس إن الجيش هاجم المسلحين."


def _usable(stage_id: str, stages: list[Stage], cfg: Config) -> Stage | None:
    """Construct an optional stage and run it once on a probe sentence; ``None`` if it cannot run
    in this install (an untrained model, a module not there yet)."""
    try:
        stage = _load_factory(stage_id)(cfg)
        doc = Document.from_text(_PROBE)
        for s in [*stages, stage]:
            doc = s(doc)
    except MarsadError as exc:
        log.warning("running without the %s stage: %s", stage_id, exc)
        return None
    return stage


def code_pipeline(config: Config | None = None) -> Pipeline:
    """The ``CODE`` pipeline (text, ner, actors, when, where, events, attach), each stage built
    once; optional stages that cannot run in this install are left out with a warning (the coder
    needs only text, actors and events)."""
    cfg = config or Config()
    stages: list[Stage] = []
    for stage_id in CODE:
        if stage_id in OPTIONAL:
            stage = _usable(stage_id, stages, cfg)
            if stage is None:
                continue
        else:
            stage = _load_factory(stage_id)(cfg)
        stages.append(stage)
    return Pipeline(stages)
