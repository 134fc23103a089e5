"""Building :class:`~marsad.model.Event` records from the coder's decisions: ids, mode and
context cues, CAMEO code, quad class, intensity, confidence and the rule that fired."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from marsad.events.lexicon import EventLexicon
from marsad.events.ontology import Cue
from marsad.events.triggers import token_keys
from marsad.model import Actor, Document, Event, Sentence, Span, Token

if TYPE_CHECKING:
    from marsad.events.arguments import SentenceMentions
    from marsad.events.coder import Decision

_STRONG_RULES = ("vso", "svo", "genitive", "self", "relative", "light", "obj", "prep", "condemned")
#: Target rules that infer the target from the sentence rather than read it off the syntax: weaker
#: evidence that the sentence reports the event (a protest's grievance: يسقط بوش).
_WEAK_TARGET_RULES = ("grievance",)
_RIOT_CAMEO = "145"  # protest violently, riot
_CRITICIZE_CAMEO = "111"  # criticize or denounce


CueIndex = dict[str, list[tuple[int, Cue]]]


def cue_index(cues: Sequence[Cue]) -> CueIndex:
    """Cues by their first word."""
    index: CueIndex = {}
    for n, cue in enumerate(cues):
        index.setdefault(cue.words[0], []).append((n, cue))
    return index


def find_cues(index: CueIndex, tokens: Sequence[Token]) -> list[Cue]:
    """The cues of ``index`` present in ``tokens`` (multiword cues on consecutive words), in cue order."""
    keys = [token_keys(t).noun | {t.norm} for t in tokens]
    found: dict[int, Cue] = {}
    for i, ks in enumerate(keys):
        for k in ks:
            for n, cue in index.get(k, ()):
                if n in found or i + len(cue.words) > len(keys):
                    continue
                if all(cue.words[j] in keys[i + j] for j in range(1, len(cue.words))):
                    found[n] = cue
    return [found[n] for n in sorted(found)]


class EventFactory:
    """Makes the events of one document (numbering them) from coder decisions."""

    def __init__(self, lex: EventLexicon) -> None:
        self.lex = lex
        self.doc: Document | None = None
        self.count = 0
        self._ctx: dict[int, tuple[str, ...]] = {}
        onto = lex.ontology
        self._contexts = cue_index(onto.contexts)
        self._modes = {t: cue_index([c for c in onto.modes if c.event_type == t]) for t in onto.types}

    def reset(self, doc: Document) -> None:
        self.doc, self.count, self._ctx = doc, 0, {}

    def _next_id(self) -> str:
        self.count += 1
        assert self.doc is not None
        return f"{self.doc.id}-e{self.count}"

    def contexts(self, sent: Sentence) -> tuple[str, ...]:
        """PLOVER contexts from cue words anywhere in the sentence."""
        if sent.index not in self._ctx:
            assert self.doc is not None
            toks = self.doc.tokens[sent.token_start : sent.token_end]
            names = dict.fromkeys(c.name for c in find_cues(self._contexts, toks))
            self._ctx[sent.index] = tuple(names)
        return self._ctx[sent.index]

    def mode(self, d: Decision, sm: SentenceMentions) -> str | None:
        e = d.trigger.entry
        if e.mode:
            return e.mode
        toks = [sm.tok(i) for i in range(d.clause.start, d.clause.end)]
        found = find_cues(self._modes[e.event_type or ""], toks)
        return found[0].name if found else None

    def make(self, d: Decision, sent: Sentence, src: Actor | None, tgt: Actor | None,
             reporter: Actor | None, sm: SentenceMentions) -> Event:
        """One event of a coded decision, for one (source, target) pair."""
        e, t = d.trigger.entry, d.trigger
        etype, cameo, mode = e.event_type or "", e.cameo, self.mode(d, sm)
        if d.riot:  # protesters' violence (أحرق المتظاهرون): a violent protest
            etype, cameo, mode = "PROTEST", _RIOT_CAMEO, "riot"
        elif d.verbal:  # هاجم ترامب سيشنز: words, not weapons
            etype, cameo, mode = "ACCUSE", _CRITICIZE_CAMEO, None
        first, last = sm.tok(t.head), sm.tok(t.last)
        assert self.doc is not None
        span = Span(self.doc.text[first.start : last.end], first.start, last.end)
        onto = self.lex.ontology
        src_rule = d.source.rule if d.source else "-"
        tgt_rule = d.target.rule if d.target else "-"
        conf = 0.5 + (0.15 if src_rule.startswith(_STRONG_RULES) else 0.05 if src is not None else 0.0)
        conf += (0.05 if tgt_rule.startswith(_WEAK_TARGET_RULES) else 0.15) if tgt is not None else 0.0
        conf -= 0.1 if d.frame.negated or d.frame.modality else 0.0
        conf += sum(delta for delta, _ in d.salience)
        return Event(
            event_id=self._next_id(), doc_id=self.doc.id, event_type=etype, mode=mode,
            contexts=self.contexts(sent), cameo=cameo, quad_class=onto.types[etype].quad_class,
            intensity=onto.intensity(etype, cameo), source=src, target=tgt, trigger=span,
            sentence=sent, negated=d.frame.negated, modality=d.frame.modality, reported_by=reporter,
            confidence=max(0.05, min(0.95, conf)),
            rule=f"{e.id} ({e.where}); source={src_rule}; target={tgt_rule}" + ("; riot" if d.riot else "") + ("; verbal" if d.verbal else ""),
        )

    def derived(self, ev: Event, etype: str, src: Actor | None, tgt: Actor | None, rule: str) -> Event:
        """An event inferred from another (a reported hostile act → the speaker's accusation)."""
        onto = self.lex.ontology
        cameo = onto.types[etype].cameo
        return replace(ev, event_id=self._next_id(), event_type=etype, mode=None, cameo=cameo,
                       quad_class=onto.types[etype].quad_class, intensity=onto.intensity(etype, cameo),
                       source=src, target=tgt, reported_by=None, modality=None,
                       confidence=max(0.05, ev.confidence - 0.15), rule=f"{rule} from {ev.event_id}")
