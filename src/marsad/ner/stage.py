"""The NER pipeline stage: tags a document's tokens and adds ``Mention(origin="ner")`` objects.

Backends (``[ner] backend``): ``crf-stacked`` (default: the bundled model's two stacked CRFs, or
``model_path``'s), ``crf`` (the whole model: the stacked CRFs' marginals mixed with a small
BiLSTM-CRF's; about 1.3 F1 higher on ANERcorp test, about 2x the NER time), ``crf-fast`` (the
first CRF only: faster still, a little less accurate), ``none`` (the stage adds nothing) and ``hf:PATH`` (a local
Hugging Face model, see :mod:`marsad.ner.hf`). A model is loaded once per process, on first use,
and cached.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Sequence
from dataclasses import replace
from typing import Protocol

from marsad.config import Config
from marsad.errors import ConfigError
from marsad.model import Document, Mention, Token
from marsad.ner.scoring import chunks
from marsad.text import normalize

log = logging.getLogger(__name__)


class DocumentTagger(Protocol):
    """What a backend offers: BIO labels and their scores for the sentences of one document."""

    def tag_document(self, sentences: Sequence[Sequence[str]], *,
                     marginals: bool = False) -> tuple[list[list[str]], list[list[float]]]: ...


#: The bundled model's backends: everything, the stacked CRFs without the network, the first CRF.
CRF_BACKENDS = ("crf", "crf-stacked", "crf-fast")


@functools.lru_cache(maxsize=4)
def load_backend(backend: str, model_path: str | None = None, word_cache: int | None = None) -> DocumentTagger | None:
    """The tagger a backend spec names (cached per process); ``None`` for ``none``.
    ``word_cache``: word types whose label scores a CRF keeps (default :data:`marsad.ner.fastcrf.WORD_CACHE`)."""
    if backend == "none":
        return None
    if backend in CRF_BACKENDS:
        from marsad.ner.crf import CrfTagger

        return CrfTagger.load(model_path, first_pass_only=backend == "crf-fast", network=backend == "crf",
                              word_cache=word_cache)
    if backend.startswith("hf:") and len(backend) > 3:
        from marsad.ner.hf import HfTagger

        return HfTagger(backend[3:])
    raise ConfigError(f"unknown NER backend {backend!r}; use crf, crf-stacked, crf-fast, none or hf:PATH")


#: Particles (normalised, with their clitics) that open a clause and are never the first word of a
#: name, should the tagger take one into an entity.
_PARTICLES = frozenset(normalize(w) for w in (
    "إن", "أن", "فإن", "وإن", "بأن", "وأن", "لأن", "لكن", "ولكن", "كما", "ثم", "قد", "لقد", "وقد", "إذ", "إذا"))


def mentions_from_tags(doc: Document, tokens: Sequence[Token], labels: Sequence[str],
                       scores: Sequence[float]) -> list[Mention]:
    """Mentions for the BIO entities of one sentence; ``score`` is the lowest token marginal."""
    out = []
    for c in chunks(labels):
        first = c.start
        while first < c.end and tokens[first].norm in _PARTICLES:
            first += 1  # فإن مون وكيم: the particle that opens the clause is no word of the name
        if first == c.end:
            continue
        start, end = tokens[first].start, tokens[c.end - 1].end
        score = min(scores[first : c.end]) if scores else 1.0
        out.append(Mention(text=doc.text[start:end], start=start, end=end, label=c.label, origin="ner",
                           actor=None, score=round(float(score), 4)))
    return out


class NerStage:
    """Named-entity recognition over the tokens of each sentence (``ner@1``)."""

    name = "ner@1"
    requires: tuple[str, ...] = ("tokens",)
    provides: tuple[str, ...] = ("ner",)

    def __init__(self, config: Config | None = None) -> None:
        cfg = (config or Config()).ner
        backend = cfg.backend.strip()
        if backend not in (*CRF_BACKENDS, "none") and not (backend.startswith("hf:") and len(backend) > 3):
            raise ConfigError(f"unknown NER backend {backend!r}; use crf, crf-stacked, crf-fast, none or hf:PATH")
        if backend.startswith("hf:"):  # a wrong path fails at start, not on every document
            from marsad.ner.hf import model_dir

            model_dir(backend[3:])
        size = cfg.word_cache
        if not isinstance(size, int) or isinstance(size, bool) or size < 1_000:
            raise ConfigError(f"[ner] word_cache must be a whole number of at least 1000, not {size!r}")
        self.backend = backend
        self.model_path = cfg.model_path
        self.word_cache = cfg.word_cache

    @property
    def tagger(self) -> DocumentTagger | None:
        """The backend's tagger, loaded on first use."""
        return load_backend(self.backend, self.model_path, self.word_cache)

    def __call__(self, doc: Document) -> Document:
        tagger = self.tagger
        if tagger is None or not doc.tokens or doc.left_alone:
            return doc
        groups = [doc.sentence_tokens(s) for s in doc.sentences] if doc.sentences else [doc.tokens]
        groups = [g for g in groups if g]
        tag_tokens = getattr(tagger, "tag_tokens", None)  # reuses the text layer's segmentation
        if tag_tokens is not None:
            labels, scores = tag_tokens(groups, marginals=True)
        else:
            labels, scores = tagger.tag_document([[t.text for t in g] for g in groups], marginals=True)
        found: list[Mention] = []
        for toks, y, s in zip(groups, labels, scores, strict=True):
            found.extend(mentions_from_tags(doc, toks, y, s))
        return replace(doc, mentions=(*doc.mentions, *found))
