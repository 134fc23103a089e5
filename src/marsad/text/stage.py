"""The text stage of the pipeline: sentences and tokens (with clitic segments) for a document."""

from __future__ import annotations

from dataclasses import replace

from marsad.config import Config
from marsad.model import Document, Sentence, Token
from marsad.text.sentences import split_sentences
from marsad.text.tokenize import Tokenizer, default_tokenizer

__all__ = ["TextStage"]


class TextStage:
    """Splits a document into sentences and tokens; tokens never cross a sentence boundary."""

    name = "text@1"
    requires: tuple[str, ...] = ()
    provides: tuple[str, ...] = ("sentences", "tokens")

    def __init__(self, config: Config | None = None) -> None:
        self.config = config or Config()
        self.tokenizer: Tokenizer = default_tokenizer(self.config.text)

    def __reduce__(self) -> tuple[type[TextStage], tuple[Config]]:
        # Ship the configuration, not the vocabulary and the cache: a worker process rebuilds its
        # own (shared) tokenizer on first use.
        return (TextStage, (self.config,))

    def __call__(self, doc: Document) -> Document:
        text = doc.text
        sentences: list[Sentence] = []
        tokens: list[Token] = []
        for i, (a, b) in enumerate(split_sentences(text)):
            first = len(tokens)
            tokens += self.tokenizer.tokenize(text, a, b, first)
            sentences.append(Sentence(i, text[a:b], a, b, first, len(tokens)))
        return replace(doc, sentences=tuple(sentences), tokens=tuple(tokens))
