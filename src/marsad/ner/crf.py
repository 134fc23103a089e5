"""The CRF tagger: a python-crfsuite model plus the feature set it was trained with.

A model is two files side by side: ``NAME.crfsuite`` (one CRF per pass) and ``NAME.json`` (metadata:
feature configuration, cluster file, training settings and the scores measured when it was built).
With ``stacked`` set, a second CRF sees the first one's predictions over the whole document
(see :mod:`marsad.ner.stacking`).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import pycrfsuite

from marsad.errors import ModelError
from marsad.ner.clusters import WordClusters, load_clusters
from marsad.ner.features import FeatureConfig, FeatureExtractor, analyze_word, load_cues
from marsad.ner.gazetteer import lexicon_gazetteer
from marsad.ner.stacking import StackConfig, stacked_features

log = logging.getLogger(__name__)

MODELS_DIR = Path(__file__).resolve().parent / "models"
DEFAULT_MODEL = MODELS_DIR / "ner.json"


def gazetteer_key(word: str) -> tuple[str, str]:
    """The two matching forms of a word: normalised surface, and without proclitics (article kept)."""
    a = analyze_word(word)
    return a.norm, ("ال" + a.base) if a.article else a.base


@dataclass(frozen=True, slots=True)
class ModelMeta:
    """What is stored in ``NAME.json`` next to the CRF files."""

    features: FeatureConfig = field(default_factory=FeatureConfig)
    clusters: str | None = "clusters.tsv.gz"  # relative to the model's directory
    stack: StackConfig | None = None
    crf_files: tuple[str, ...] = ("ner.crfsuite",)
    info: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {"features": self.features.to_dict(), "clusters": self.clusters,
                "stack": self.stack.to_dict() if self.stack else None,
                "crf_files": list(self.crf_files), "info": self.info}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ModelMeta:
        return cls(features=FeatureConfig.from_dict(data.get("features", {})),
                   clusters=data.get("clusters"),
                   stack=StackConfig.from_dict(data["stack"]) if data.get("stack") else None,
                   crf_files=tuple(data.get("crf_files", ("ner.crfsuite",))),
                   info=dict(data.get("info", {})))


def build_extractor(config: FeatureConfig, clusters: WordClusters | None) -> FeatureExtractor:
    """A feature extractor with the bundled cue words and the actor-lexicon gazetteer."""
    cues = load_cues() if config.cues else None
    gaz = lexicon_gazetteer(gazetteer_key) if config.gazetteer else None
    return FeatureExtractor(config, clusters=clusters, cues=cues, gazetteer=gaz)


class CrfTagger:
    """A loaded CRF model: ``tag_document`` labels the sentences of one document."""

    def __init__(self, meta: ModelMeta, taggers: Sequence[pycrfsuite.Tagger],
                 clusters: WordClusters | None, source: str = "") -> None:
        self.meta = meta
        self.source = source
        self.extractor = build_extractor(meta.features, clusters)
        self._taggers = list(taggers)
        if meta.stack is not None and len(self._taggers) != 2:
            raise ModelError("a stacked model needs two CRF files", where=source)

    @classmethod
    def load(cls, path: str | Path | None = None, *, first_pass_only: bool = False) -> CrfTagger:
        """Load ``NAME.json`` and its CRF files (default: the bundled model).

        ``first_pass_only`` ignores a stacked model's second CRF (faster, a little less accurate).
        """
        p = Path(path) if path is not None else DEFAULT_MODEL
        if p.suffix != ".json":
            p = p.with_suffix(".json")
        try:
            meta = ModelMeta.from_dict(json.loads(p.read_text(encoding="utf-8")))
        except FileNotFoundError:
            raise ModelError("NER model not found", where=str(p)) from None
        except (ValueError, TypeError, KeyError) as exc:
            raise ModelError(f"bad model metadata: {exc}", where=str(p)) from None
        if first_pass_only and meta.stack is not None:
            meta = replace(meta, stack=None, crf_files=meta.crf_files[:1])
        clusters = load_clusters(p.parent / meta.clusters) if meta.clusters else None
        taggers = []
        for name in meta.crf_files:
            f = p.parent / name
            if not f.is_file():
                raise ModelError("CRF model file not found", where=str(f))
            t = pycrfsuite.Tagger()
            try:
                t.open(str(f))
            except Exception as exc:  # crfsuite raises a bare ValueError/IOError on a bad file
                raise ModelError(f"cannot open CRF model: {exc}", where=str(f)) from None
            taggers.append(t)
        return cls(meta, taggers, clusters, str(p))

    def _tag_pass(self, tagger: pycrfsuite.Tagger, xseqs: Sequence[list[list[str]]],
                  marginals: bool) -> tuple[list[list[str]], list[list[float]]]:
        labels: list[list[str]] = []
        scores: list[list[float]] = []
        for x in xseqs:
            if not x:
                labels.append([])
                scores.append([])
                continue
            tagger.set(x)
            y = tagger.tag()
            labels.append(y)
            scores.append([tagger.marginal(t, i) for i, t in enumerate(y)] if marginals else [1.0] * len(y))
        return labels, scores

    def tag_document(self, sentences: Sequence[Sequence[str]], *,
                     marginals: bool = False) -> tuple[list[list[str]], list[list[float]]]:
        """BIO labels (and, with ``marginals``, each label's marginal probability) per sentence."""
        base = [self.extractor.sentence(s) for s in sentences]
        labels, scores = self._tag_pass(self._taggers[0], base, marginals and self.meta.stack is None)
        if self.meta.stack is None:
            return labels, scores
        keys = [[gazetteer_key(w) for w in s] for s in sentences]
        second = stacked_features(base, keys, labels, self.meta.stack)
        return self._tag_pass(self._taggers[1], second, marginals)
