"""``marsad explain``: per sentence, what the coder saw and why each event was or was not coded.

For every sentence: the tokens with their clitic segmentation, the actor mentions and what they
resolved to, the clauses, and every candidate trigger — the lexicon entry that matched (id and
``file:line``), its frame (negation, modality, reported speech, support verb, …), which argument
rule filled the source and the target, and the decision: coded (with the events) or dropped
(with the reason). This is the tool for debugging and extending the lexicon.
"""

from __future__ import annotations

from collections.abc import Iterator

from rich.text import Text

from marsad.actors.coref import PluralActor
from marsad.events.arguments import Arg
from marsad.events.coder import Decision, SentenceTrace
from marsad.model import Actor, Document, Event

STATUS_STYLE = {"coded": "bold green", "dropped": "red", "function": "cyan"}


def _actor(a: Actor | None) -> str:
    if a is None:
        return "—"
    code = a.code or "?"
    return f"{code} ({a.name})"


def _arg(arg: Arg | None) -> str:
    if arg is None:
        return "—"
    return f"{', '.join(_actor(a) for a in arg.actors)}  [rule {arg.rule}]"


def _frame(d: Decision) -> str:
    fr = d.frame
    bits = []
    if fr.negated:
        bits.append(f"negated by {fr.negator}")
    if fr.modality:
        via = f" ({fr.modal_trigger.entry.id})" if fr.modal_trigger else ""
        bits.append(f"modality {fr.modality}{via}")
    if fr.reporter is not None:
        bits.append(f"reported ({fr.reporter.entry.id})")
    for name, t in (("support verb", fr.light), ("undergoes", fr.undergo), ("result of", fr.cause)):
        if t is not None:
            bits.append(f"{name} {t.entry.id}")
    if fr.unasserted:
        bits.append(f"not asserted: {fr.unasserted}")
    return "; ".join(bits) or "asserted"


def _event(ev: Event) -> str:
    extra = [f"mode {ev.mode}" if ev.mode else "", f"contexts {','.join(ev.contexts)}" if ev.contexts else "",
             f"reported by {_actor(ev.reported_by)}" if ev.reported_by else ""]
    head = f"{ev.event_type} {_actor(ev.source)} → {_actor(ev.target)}  CAMEO {ev.cameo} quad {ev.quad_class}"
    return "  ".join([head, *[x for x in extra if x], f"conf {ev.confidence:.2f}"])


def explain_sentence(doc: Document, st: SentenceTrace) -> Iterator[Text]:
    """The lines explaining one sentence."""
    s = st.sentence
    yield Text(f"S{s.index}  [{s.start}-{s.end}]  ", style="bold").append(s.text, style="bold")
    toks = doc.sentence_tokens(s)
    yield Text("  tokens: ").append("  ".join(
        f"{t.index}:{'+'.join(seg.text for seg in t.segments)}" for t in toks if t.kind != "punct"))
    ments = [m for m in doc.mentions if s.start <= m.start < s.end]
    for m in ments:
        a = m.actor
        members = f" = {', '.join(_actor(x) for x in a.members)}" if isinstance(a, PluralActor) else ""
        what = f"{_actor(a)} kind={a.kind}{members}" if a else "no actor"
        yield Text(f"  mention [{m.start}-{m.end}] ").append(m.text).append(f"  {m.label}/{m.origin} → {what}")
    for c in st.clauses:
        words = " ".join(t.text for t in doc.tokens[c.start : c.end])
        yield Text(f"  clause {c.index} ({c.kind}): ", style="dim").append(words, style="dim")
    if not st.decisions:
        yield Text("  no candidate trigger: no event", style="yellow")
    for d in st.decisions:
        yield from _decision(doc, d)


def _decision(doc: Document, d: Decision) -> Iterator[Text]:
    t, e = d.trigger, d.trigger.entry
    words = " ".join(doc.tokens[i].text for i in t.tokens)
    kind = e.event_type or "function"
    yield Text("  • ").append(words, style="bold").append(
        f"  {t.pos} → {e.id} ({e.where}: {e.label})  {kind}"
        f"{' mode ' + e.mode if e.mode else ''}{' CAMEO ' + e.cameo if e.cameo else ''}")
    yield Text(f"      clause {d.clause.index} ({d.clause.kind}); {_frame(d)}")
    if t.is_event:
        yield Text(f"      source: {_arg(d.source)}")
        yield Text(f"      target: {_arg(d.target)}")
    yield Text(f"      {d.status}: {d.reason}", style=STATUS_STYLE.get(d.status, ""))
    for delta, why in d.salience:
        yield Text(f"      confidence {delta:+.2f}: {why}", style="dim")
    kept = {e.event_id for e in doc.events}
    for ev in d.events:
        if ev.event_id in kept:
            yield Text(f"        ⇒ {_event(ev)}", style="green")
        else:
            yield Text(f"        ⇏ {_event(ev)}  (dropped: same type and dyad as another event,"
                       " or a repeat of an earlier one)", style="yellow")


def topic_line(doc: Document) -> Text:
    """What the topic stage found, and whether the coder left the document alone for it."""
    t = doc.topic
    if t is None:
        return Text("topic: none (too few words to tell, or no topic stage): coded as usual", style="dim")
    scores = ", ".join(f"{label} {p:.2f}" for label, p in t.scores)
    if t.skip:
        return Text(f"topic: {t.label} ({t.probability:.2f}; {scores}; {t.words} words): NOT CODED, "
                    f"the configuration skips {t.label} pages ([topic] skip; --all-topics codes it)",
                    style="bold yellow")
    return Text(f"topic: {t.label} ({t.probability:.2f}; {scores}; {t.words} words): coded", style="dim")


def explain_document(doc: Document, traces: list[SentenceTrace]) -> Iterator[Text]:
    """The lines explaining a coded document, then its final events (after deduplication)."""
    yield Text(f"document {doc.id}  {doc.origin}  published {doc.meta.published or '-'}", style="bold underline")
    yield topic_line(doc)
    for st in traces:
        yield from explain_sentence(doc, st)
        yield Text("")
    yield Text(f"events kept after deduplication: {len(doc.events)}", style="bold")
    for ev in doc.events:
        yield Text(f"  S{ev.sentence.index} {_event(ev)}  ← {ev.rule}")
