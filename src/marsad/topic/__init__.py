"""The news section a document reads like (``topic@1``), so that the event coder can leave sports
and culture pages alone. See :mod:`marsad.topic.classifier` and :mod:`marsad.topic.train`."""

from marsad.topic.classifier import TopicModel
from marsad.topic.stage import TopicStage

__all__ = ["TopicModel", "TopicStage"]
