"""An optional transformer backend: a LOCAL Hugging Face token-classification model.

Selected with ``[ner] backend = "hf:PATH"``. The model and its tokenizer are read from ``PATH``
with ``local_files_only=True``: nothing is ever downloaded. ``transformers`` and ``torch`` are
the optional extra ``marsad[hf]``; they are imported only when this backend is used.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from marsad.errors import ModelError
from marsad.ner.conll import normalize_tag

log = logging.getLogger(__name__)


def _import() -> tuple[Any, Any]:
    try:
        import torch
        import transformers
    except ImportError:
        raise ModelError("the hf NER backend needs transformers and torch: pip install 'marsad[hf]'") from None
    return torch, transformers


def model_dir(path: str | Path) -> Path:
    """``path`` as a model directory; :class:`ModelError` when there is none (checked before loading)."""
    p = Path(path)
    if not p.is_dir():
        raise ModelError("Hugging Face model directory not found", where=str(p))
    return p


class HfTagger:
    """Tags sentences with a local token-classification model; labels are mapped onto PERS/LOC/ORG/MISC."""

    def __init__(self, path: str | Path, *, max_length: int = 512) -> None:
        p = model_dir(path)
        torch, transformers = _import()
        self._torch = torch
        try:
            self.tokenizer = transformers.AutoTokenizer.from_pretrained(str(p), local_files_only=True)
            self.model = transformers.AutoModelForTokenClassification.from_pretrained(
                str(p), local_files_only=True)
        except (OSError, ValueError) as exc:
            raise ModelError(f"cannot load the model: {exc}", where=str(p)) from None
        if not getattr(self.tokenizer, "is_fast", False):
            raise ModelError("the model needs a fast tokenizer (tokenizer.json)", where=str(p))
        self.model.eval()
        self.max_length = max_length
        id2label = self.model.config.id2label
        self.labels = [normalize_tag(str(id2label[i])) for i in range(len(id2label))]
        log.info("loaded %s (%d labels)", p, len(self.labels))

    def _sentence(self, words: Sequence[str]) -> tuple[list[str], list[float]]:
        enc = self.tokenizer(list(words), is_split_into_words=True, truncation=True,
                             max_length=self.max_length, return_tensors="pt")
        with self._torch.no_grad():
            logits = self.model(**enc).logits[0]
        probs = logits.softmax(-1)
        best = probs.argmax(-1).tolist()
        labels = ["O"] * len(words)
        scores = [1.0] * len(words)
        seen: set[int] = set()
        for pos, wid in enumerate(enc.word_ids(0)):
            if wid is None or wid in seen:
                continue  # special tokens; later sub-words of a word
            seen.add(wid)
            labels[wid] = self.labels[best[pos]]
            scores[wid] = float(probs[pos, best[pos]])
        return labels, scores

    def tag_document(self, sentences: Sequence[Sequence[str]], *,
                     marginals: bool = False) -> tuple[list[list[str]], list[list[float]]]:
        """BIO labels and their probabilities, sentence by sentence (``marginals`` is always on)."""
        labels: list[list[str]] = []
        scores: list[list[float]] = []
        for words in sentences:
            if not words:
                labels.append([])
                scores.append([])
                continue
            y, s = self._sentence(words)
            labels.append(y)
            scores.append(s)
        return labels, scores
