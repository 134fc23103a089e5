"""The topic stage (``topic@1``): tokens → the document's news section (:class:`~marsad.model.Topic`)."""

from __future__ import annotations

from dataclasses import replace

from marsad.config import Config
from marsad.errors import ConfigError
from marsad.model import Document
from marsad.topic.classifier import TopicModel


class TopicStage:
    """Classify each document with the bundled topic model (or ``[topic] model_path``).

    A document with fewer than ``[topic] min_words`` Arabic words gets no topic: one sentence is
    too little to tell a sports page from a political one, and the coder then codes it as usual.
    A topic in ``[topic] skip`` with at least ``[topic] threshold`` probability is marked ``skip``:
    the later stages (NER, actors, dates, places, events) then leave the document alone.
    """

    name = "topic@1"
    requires: tuple[str, ...] = ("tokens",)
    provides: tuple[str, ...] = ("topic",)

    def __init__(self, config: Config | None = None) -> None:
        self.config = config or Config()
        self.model = TopicModel.load(self.config.topic.model_path)
        unknown = [label for label in self.config.topic.skip if label not in self.model.labels]
        if unknown:  # a misspelt label would silently code every document
            raise ConfigError(f"[topic] skip names unknown topic(s) {', '.join(map(repr, unknown))}; "
                              f"the model knows {', '.join(self.model.labels)}")

    def __call__(self, doc: Document) -> Document:
        topic = self.model.classify(doc)
        if topic.words < self.config.topic.min_words:
            return doc
        if self.config.topic.skips(topic.label, topic.probability):
            topic = replace(topic, skip=True)
        return replace(doc, topic=topic)
