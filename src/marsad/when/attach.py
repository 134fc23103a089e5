"""The ``attach`` pipeline stage: each event's date and location.

Date: the temporal expression governing the event's clause —
1. the nearest of the sentence's dates that may govern the trigger: one after it in the same
   clause (no boundary word, no other event trigger or event noun between: in ``أدان الجانبان
   الضربة ... في الأول من أبريل`` the date is the strike's), or one before it in the same clause,
   or a fronted date of the sentence (``وفي مارس/آذار، استهدفت ...``), or a date whose clause
   the event's clause continues (``توترت في يناير عندما نفذ ...``); a ``منذ`` date governs its
   own clause only;
2. else, when the sentence has no date of its own, the first-clause date of one of the two
   previous sentences of the same paragraph (the same episode continues: ``وفي مارس/آذار،
   استهدفت ... . وقالت الحركة إن الهجمات ...``);
3. else the publication date, with precision ``publication`` and no span.
Location: the nearest place introduced as a location (في سوريا, داخل أفغانستان, إلى إسلام آباد,
بمدينة حلب, على الحدود مع ...) after the trigger in the same sentence with no clause boundary
between, else before it in the same clause or in the clause a relative clause holding the trigger
hangs off (``في سوريا والتي أسفرت عن مقتل``), else none.
"""

from __future__ import annotations

from dataclasses import replace

from marsad.config import Config
from marsad.model import Document, Event, EventDate, Place, Sentence, TimeExpr
from marsad.when.cues import Cues, load_cues, norm_words
from marsad.when.stage import publication_date

MAX_AFTER_WORDS = 12  # a postposed date further than this from the trigger is not its own
MAX_PLACE_WORDS = 25
MAX_CARRY = 2  # a sentence-scope date carries over at most this many sentences
FRONT_WORDS = 6  # a date starting within this many words of the sentence start scopes the sentence
_OPENERS = frozenset({"و", "ف", "في", "وفي", "ففي", "خلال", "وخلال", "منذ", "ومنذ", "مع", "ومع", "بحلول"})


class AttachStage:
    """Give every event its governing date and place."""

    name = "attach@1"
    requires: tuple[str, ...] = ("events", "times", "places")
    provides: tuple[str, ...] = ("event_dates", "event_locations")

    def __init__(self, config: Config | None = None) -> None:
        self.config = config or Config()
        self.cues = load_cues()

    def __call__(self, doc: Document) -> Document:
        if not doc.events:
            return doc
        pub = publication_date(doc, self.config)
        default = EventDate(value=pub.isoformat(), precision="publication") if pub else None
        att = _Attacher(doc, self.cues)
        events = tuple(
            replace(ev, date=att.date(ev) or default, location=att.place(ev)) for ev in doc.events
        )
        return replace(doc, events=events)


def as_event_date(t: TimeExpr) -> EventDate:
    """An event date taken from a temporal expression (with its span)."""
    return EventDate(value=t.value, precision=t.precision, text=t.text, start=t.start, end=t.end)


class _Attacher:
    """Per-document state: times and places by sentence, and the trigger offsets of all events."""

    def __init__(self, doc: Document, cues: Cues) -> None:
        self.doc = doc
        self.cues = cues
        self.triggers = sorted({(e.trigger.start, e.trigger.end) for e in doc.events})
        self._scope: dict[int, TimeExpr | None] = {}

    # -- dates ----------------------------------------------------------------------------------

    def _words(self, start: int, end: int) -> list[str]:
        return norm_words(self.doc.text[start:end]) if end > start else []

    def _times_in(self, s: Sentence) -> list[TimeExpr]:
        return [t for t in self.doc.times if s.start <= t.start < s.end]

    def _other_trigger_between(self, a: int, b: int, own: tuple[int, int]) -> bool:
        return any(a <= ts < b and (ts, te) != own for ts, te in self.triggers)

    def _after_ok(self, ev: Event, t: TimeExpr) -> bool:
        gap = self._words(ev.trigger.end, t.start)
        return (len(gap) <= MAX_AFTER_WORDS and not self.cues.boundary_in(gap)
                and not self.cues.event_noun_in(gap)
                and not self._other_trigger_between(ev.trigger.end, t.start, (ev.trigger.start, ev.trigger.end)))

    def _before_ok(self, ev: Event, t: TimeExpr, s: Sentence) -> bool:
        gap = self._words(t.end, ev.trigger.start)
        since = t.text.strip().startswith("منذ") or norm_words(t.text)[:1] == ["منذ"]
        if not self.cues.boundary_in(gap):
            return True
        if since:
            return False
        if self._fronted(t, s):
            return True
        # a clause linked to the date (عندما, التي ...) and relative clauses hanging off it
        return self.cues.links(gap) and not self.cues.boundary_in(gap[1:], relative=False)

    def _fronted(self, t: TimeExpr, s: Sentence) -> bool:
        """Whether ``t`` opens the sentence (``وفي مارس، ...``): it then governs all its clauses."""
        return all(w in _OPENERS for w in self._words(s.start, t.start))

    def _scopes(self, t: TimeExpr, s: Sentence) -> bool:
        """Whether ``t`` belongs to the sentence's first clause (``تعهدت باكستان وإيران، اليوم
        الأربعاء، ...``), so that it may carry over to the next sentences of the paragraph."""
        head = self._words(s.start, t.start)
        return len(head) <= FRONT_WORDS and not self.cues.boundary_in(head) and not self.cues.event_noun_in(head)

    def _own(self, ev: Event) -> TimeExpr | None:
        s = ev.sentence
        best: tuple[int, TimeExpr] | None = None
        for t in self._times_in(s):
            if t.start >= ev.trigger.end:
                ok, dist = self._after_ok(ev, t), t.start - ev.trigger.end
            elif t.end <= ev.trigger.start:
                ok, dist = self._before_ok(ev, t, s), ev.trigger.start - t.end
            else:
                ok, dist = True, 0  # the trigger is inside the expression (استمرت ثلاثة أيام)
            if ok and (best is None or dist < best[0]):
                best = (dist, t)
        return best[1] if best else None

    def _sentence_scope(self, index: int) -> TimeExpr | None:
        """The date that scopes sentence ``index`` and the following ones of its paragraph."""
        if index in self._scope:
            return self._scope[index]
        s = self.doc.sentences[index]
        times = self._times_in(s)
        scope: TimeExpr | None = None
        if times:
            first = times[0]
            since = norm_words(first.text)[:1] == ["منذ"]
            if not since and first.precision != "interval" and self._scopes(first, s):
                scope = first
        self._scope[index] = scope
        return scope

    def _carried(self, index: int) -> TimeExpr | None:
        """The scope date of one of the :data:`MAX_CARRY` previous sentences of the same paragraph,
        when none of the sentences between has a date of its own."""
        for back in range(1, MAX_CARRY + 1):
            if index - back < 0:
                return None
            prev, nxt = self.doc.sentences[index - back], self.doc.sentences[index - back + 1]
            if "\n" in self.doc.text[prev.end:nxt.start]:
                return None
            times = self._times_in(prev)
            if times:
                return self._sentence_scope(index - back)
        return None

    def date(self, ev: Event) -> EventDate | None:
        """The event's governing date, or ``None`` (the caller falls back to publication)."""
        own = self._own(ev)
        if own is not None:
            return as_event_date(own)
        if self._times_in(ev.sentence):
            return None
        carried = self._carried(ev.sentence.index)
        return as_event_date(carried) if carried else None

    # -- places ---------------------------------------------------------------------------------

    def _locative(self, p: Place, s: Sentence) -> bool:
        before = self._words(max(s.start, p.start - 60), p.start)
        token_start = p.start
        while token_start > s.start and not self.doc.text[token_start - 1].isspace():
            token_start -= 1
        proclitic = self.doc.text[token_start:p.start]
        if proclitic:
            before = before[:-1]  # the proclitic letters were read as a word of their own
        return self.cues.locative(before, proclitic)

    def _main_trigger_between(self, a: int, b: int, own: tuple[int, int]) -> bool:
        """Whether another event's trigger lies in ``[a, b)`` outside a relative clause."""
        for ts, te in self.triggers:
            if a <= ts < b and (ts, te) != own:
                before = self._words(max(a, ts - 30), ts)
                if not (before and self.cues.has("relative", before[-1])):
                    return True
        return False

    def place(self, ev: Event) -> Place | None:
        """The place where the event happened: after the trigger first (Arabic puts locative
        phrases after the predicate), else before it in the same clause."""
        s, own = ev.sentence, (ev.trigger.start, ev.trigger.end)
        after: tuple[int, Place] | None = None
        before: tuple[int, Place] | None = None
        for p in self.doc.places:
            if not (s.start <= p.start < s.end) or not self._locative(p, s):
                continue
            if p.start >= ev.trigger.end:
                gap = self._words(ev.trigger.end, p.start)
                if (len(gap) <= MAX_PLACE_WORDS and not self.cues.boundary_in(gap, relative=False)
                        and not self._main_trigger_between(ev.trigger.end, p.start, own)
                        and (after is None or p.start < after[0])):
                    after = (p.start, p)
            elif p.end <= ev.trigger.start:
                gap = self._words(p.end, ev.trigger.start)
                # … في سوريا والتي أسفرت عن مقتل: a relative clause hanging off the place's clause
                # continues it, as for dates
                linked = self.cues.links(gap) and not self.cues.boundary_in(gap[1:], relative=False)
                if (not self.cues.boundary_in(gap) or linked) and (before is None or p.end > before[0]):
                    before = (p.end, p)
            else:
                return p
        chosen = after or before
        return chosen[1] if chosen else None
