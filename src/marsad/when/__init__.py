"""When: temporal expressions of Arabic news resolved to ISO 8601, and their attachment to events.

:func:`find_times` finds and resolves expressions in a text; :class:`marsad.when.stage.WhenStage`
fills ``doc.times``; :class:`marsad.when.attach.AttachStage` gives every event its date and place.
"""

from marsad.when.grammar import find_times

__all__ = ["find_times"]
