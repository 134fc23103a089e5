"""The CRF tagger: a python-crfsuite model plus the feature set it was trained with.

A model is files side by side: ``NAME.crfsuite`` (one CRF per pass), ``NAME.json`` (metadata:
feature configuration, cluster file, training settings and the scores measured when it was built)
and, optionally, ``NAME.nn.npz``: a small network (:mod:`marsad.ner.neural`) whose label marginals
are mixed with the stacked CRF's (``neural.crf_weight`` in the metadata is the CRF's share).
With ``stacked`` set, a second CRF sees the first one's predictions over the whole document
(see :mod:`marsad.ner.stacking`). Tagging runs in numpy on the models' weights
(:mod:`marsad.ner.fastcrf`); ``engine="crfsuite"`` tags through python-crfsuite instead (the
reference the numpy engine is tested against).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import numpy as np
import pycrfsuite

from marsad.errors import ModelError
from marsad.model import Token
from marsad.ner.clusters import WordClusters, load_clusters
from marsad.ner.fastcrf import CrfWeights, FastCrf, read_crfsuite
from marsad.ner.features import FeatureConfig, FeatureExtractor, Parsed, analyze_word, load_cues
from marsad.ner.gazetteer import lexicon_gazetteer
from marsad.ner.neural import NeuralTagger, decode_bio, tokens_of
from marsad.ner.stacking import (
    StackConfig,
    confidence_features,
    confidence_keys_array,
    key_features,
    stacked_features,
    stacked_keys,
)

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
    # the network whose marginals are mixed with the last CRF's (``marsad.ner.neural``), and the
    # CRF's share of the mixture
    neural_file: str | None = None
    neural_weight: float = 0.5

    def to_dict(self) -> dict[str, Any]:
        out = {"features": self.features.to_dict(), "clusters": self.clusters,
               "stack": self.stack.to_dict() if self.stack else None,
               "crf_files": list(self.crf_files), "info": self.info}
        if self.neural_file is not None:
            out["neural"] = {"file": self.neural_file, "crf_weight": self.neural_weight}
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ModelMeta:
        return cls(features=FeatureConfig.from_dict(data.get("features", {})),
                   clusters=data.get("clusters"),
                   stack=StackConfig.from_dict(data["stack"]) if data.get("stack") else None,
                   crf_files=tuple(data.get("crf_files", ("ner.crfsuite",))),
                   info=dict(data.get("info", {})),
                   neural_file=(data.get("neural") or {}).get("file"),
                   neural_weight=float((data.get("neural") or {}).get("crf_weight", 0.5)))



def build_extractor(config: FeatureConfig, clusters: WordClusters | None) -> FeatureExtractor:
    """A feature extractor with the bundled cue words and the actor-lexicon gazetteer."""
    cues = load_cues() if config.cues else None
    gaz = lexicon_gazetteer(gazetteer_key) if config.gazetteer else None
    return FeatureExtractor(config, clusters=clusters, cues=cues, gazetteer=gaz)


class CrfTagger:
    """A loaded CRF model: ``tag_document`` labels the sentences of one document."""

    def __init__(self, meta: ModelMeta, taggers: Sequence[pycrfsuite.Tagger],
                 clusters: WordClusters | None, source: str = "",
                 weights: Sequence[CrfWeights] | None = None, word_cache: int | None = None,
                 neural: NeuralTagger | None = None) -> None:
        self.meta = meta
        self.source = source
        self.neural = neural
        self.extractor = build_extractor(meta.features, clusters)
        self._taggers = list(taggers)
        # the second CRF of a stacked model takes its stacked features as keys (see stacked_keys)
        self._fast = [FastCrf(w, self.extractor, describe=key_features if k else None, word_cache=word_cache)
                      for k, w in enumerate(weights or ())]
        n = len(self._fast or self._taggers)
        if meta.stack is not None and n != 2:
            raise ModelError("a stacked model needs two CRF files", where=source)

    @classmethod
    def load(cls, path: str | Path | None = None, *, first_pass_only: bool = False, network: bool = True,
             engine: str = "numpy", word_cache: int | None = None) -> CrfTagger:
        """Load ``NAME.json`` and its CRF files (default: the bundled model).

        ``first_pass_only`` ignores a stacked model's second CRF (faster, a little less accurate);
        ``network=False`` leaves out the network mixed with the stacked CRF (faster, less accurate);
        ``engine`` is ``numpy`` (default) or ``crfsuite`` (python-crfsuite's tagger, slower);
        ``word_cache``: word types whose label scores each CRF keeps (numpy engine).
        """
        if engine not in ("numpy", "crfsuite"):
            raise ModelError(f"unknown CRF engine {engine!r}; use numpy or crfsuite")
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
            meta = replace(meta, stack=None, crf_files=meta.crf_files[:1], neural_file=None)
        if not network or meta.stack is None:
            meta = replace(meta, neural_file=None)
        if not 0.0 <= meta.neural_weight <= 1.0:
            raise ModelError(f"neural crf_weight {meta.neural_weight} is not between 0 and 1", where=str(p))
        clusters = load_clusters(p.parent / meta.clusters) if meta.clusters else None
        files = [p.parent / name for name in meta.crf_files]
        neural = NeuralTagger.load(p.parent / meta.neural_file) if meta.neural_file else None
        if engine == "numpy":
            return cls(meta, [], clusters, str(p), weights=[read_crfsuite(f) for f in files], word_cache=word_cache,
                       neural=neural)
        return cls(meta, [_open_tagger(f) for f in files], clusters, str(p), neural=neural)

    def _tag_pass(self, k: int, sentences: Sequence[Sequence[str]], xseqs: Sequence[list[list[str]]],
                  marginals: bool) -> tuple[list[list[str]], list[list[float]]]:
        tagger = self._taggers[k]
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

    def tag_tokens(self, sentences: Sequence[Sequence[Token]], *, marginals: bool = False,
                   ) -> tuple[list[list[str]], list[list[float]]]:
        """Like :meth:`tag_document` on the tokens' texts, reusing the text layer's segmentation
        of words not seen before instead of segmenting them again (the labels are the same)."""
        words = [[t.text for t in s] for s in sentences]
        if self._fast:
            return self._tag_fast(words, marginals, sentences)
        return self.tag_document(words, marginals=marginals)

    def tag_document(self, sentences: Sequence[Sequence[str]], *,
                     marginals: bool = False) -> tuple[list[list[str]], list[list[float]]]:
        """BIO labels (and, with ``marginals``, each label's marginal probability) per sentence."""
        if self._fast:
            return self._tag_fast(sentences, marginals, None)
        base = [self.extractor.sentence(s) for s in sentences]
        labels, scores = self._tag_pass(0, sentences, base, marginals and self.meta.stack is None)
        if self.meta.stack is None:
            return labels, scores
        keys = [[gazetteer_key(w) for w in s] for s in sentences]
        conf = None
        if self.meta.stack.confidence:
            t0 = self._taggers[0]
            names = t0.labels()
            conf = []
            for x, y in zip(base, labels, strict=True):
                if x:
                    t0.set(x)
                rows = [[t0.marginal(a, i) for a in names] for i in range(len(y))]
                conf.append(confidence_features(names, rows, y))
        second = stacked_features(base, keys, labels, self.meta.stack, conf)
        if self.neural is None:
            return self._tag_pass(1, sentences, second, marginals)
        t1 = self._taggers[1]
        names = t1.labels()
        crf_marg: list[np.ndarray] = []
        for x, words in zip(second, sentences, strict=True):
            if x:
                t1.set(x)
            grid = [[t1.marginal(a, i) for a in names] for i in range(len(words))]
            crf_marg.append(np.array(grid, dtype=np.float64).reshape(-1, len(names)))
        parsed = [self.extractor.words(s) for s in sentences]
        return self._mix(names, crf_marg, parsed)

    def _tag_fast(self, sentences: Sequence[Sequence[str]], marginals: bool,
                  tokens: Sequence[Sequence[Token]] | None,
                  ) -> tuple[list[list[str]], list[list[float]]]:
        if tokens is None:
            parsed = [self.extractor.words(s) for s in sentences]
        else:
            parsed = [self.extractor.words(s, t) for s, t in zip(sentences, tokens, strict=True)]
        stack = self.meta.stack
        first = self._fast[0]
        want = (marginals and stack is None) or (stack is not None and bool(stack.confidence))
        labels, scores, marg = first.tag_full(sentences, parsed, with_marginals=want)
        if stack is None:
            return labels, scores
        # the two matching forms of each word, as :func:`gazetteer_key` gives them
        keys = [[(w[2], w[3]) for w in info] for info, _gaz in parsed]
        conf = confidence_keys_array(first.weights.labels, marg, labels) if marg is not None else None
        extra = stacked_keys(keys, labels, stack, conf)
        if self.neural is None:
            return self._fast[1].tag(sentences, parsed, extra, with_marginals=marginals)
        _, _, marg2 = self._fast[1].tag_full(sentences, parsed, extra, with_marginals=True)
        assert marg2 is not None
        return self._mix(self._fast[1].weights.labels, [marg2[k, : len(s)] for k, s in enumerate(sentences)], parsed)

    def _mix(self, names: Sequence[str], crf: Sequence[np.ndarray], parsed: Sequence[Parsed],
             ) -> tuple[list[list[str]], list[list[float]]]:
        """Labels from the mixture of the CRF's marginals (labels ``names``) and the network's:
        the best valid BIO sequence under them, each label with its mixed probability."""
        assert self.neural is not None
        w = self.meta.neural_weight
        nn = self.neural.marginals([tokens_of(info, gaz) for info, gaz in parsed])
        known = {lab: i for i, lab in enumerate(names)}
        cols = [known.get(lab) for lab in self.neural.labels]  # a label the CRF never saw: 0 there
        mixed: list[np.ndarray] = []
        for c, n in zip(crf, nn, strict=True):
            c = np.asarray(c)
            aligned = np.stack([c[:, j] if j is not None else np.zeros(len(c)) for j in cols], axis=1)
            mixed.append(w * aligned + (1.0 - w) * n)
        best = decode_bio([np.log(np.maximum(p, 1e-12)) for p in mixed], self.neural.labels)
        labels = [[self.neural.labels[j] for j in y] for y in best]
        scores = [[float(p[t, j]) for t, j in enumerate(y)] for p, y in zip(mixed, best, strict=True)]
        return labels, scores


def _open_tagger(path: Path) -> pycrfsuite.Tagger:
    if not path.is_file():
        raise ModelError("CRF model file not found", where=str(path))
    t = pycrfsuite.Tagger()
    try:
        t.open(str(path))
    except Exception as exc:  # crfsuite raises a bare ValueError/IOError on a bad file
        raise ModelError(f"cannot open CRF model: {exc}", where=str(path)) from None
    return t
