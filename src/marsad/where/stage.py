"""The ``where`` pipeline stage: gazetteer lookup over the tokens, then toponym disambiguation.

Lookup goes by the normalised first word of a name (or, when the text layer split proclitics off
the token, the word without them: بسوريا, ولبنان, للعراق), extended to the longest multiword name.
Ambiguous names are resolved by population, weighted up for places in the countries the document
mentions (its unambiguous country names and the countries of its resolved actors).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

from marsad.config import Config
from marsad.model import Document, Place, Token
from marsad.when.cues import Cues, load_cues, norm_words, strip_conj
from marsad.where.gazetteer import KIND_RANK, Entry, Gazetteer, load_gazetteer


@dataclass(frozen=True, slots=True)
class Found:
    """A name found in the text, before disambiguation."""

    start: int
    end: int
    candidates: tuple[Entry, ...]


def token_forms(token: Token) -> tuple[tuple[str, int], ...]:
    """Lookup forms of a token with where each starts: the token itself, then, when the text layer
    split off proclitics (و ف ب ل), the word without them (``بسوريا`` → ``سوريا``, ``والعراق`` →
    ``العراق``; ``للعراق`` → ``العراق`` keeps its span from the first ل, the article has no alef)."""
    forms = [(token.norm, token.start)]
    rest = [s for s in token.segments if s.kind in ("article", "stem")]
    if rest and len(rest) < len(token.segments) and token.segments[0].kind == "proclitic":
        i = token.segments.index(rest[0])
        fused = rest[0].kind == "article" and rest[0].text != rest[0].norm  # لل: ل + (ا)ل
        forms.append(("".join(s.norm for s in rest), token.segments[i - 1 if fused else i].start))
    return tuple(forms)


def _joined(tokens: tuple[Token, ...], text: str, i: int, n: int) -> bool:
    """Whether tokens ``i .. i+n-1`` are one name: words separated by spaces or a hyphen only."""
    for a, b in zip(tokens[i:i + n - 1], tokens[i + 1:i + n], strict=True):
        gap = text[a.end:b.start]
        if gap.strip() not in ("", "-"):
            return False
    return True


def _cued(doc: Document, tokens: tuple[Token, ...], i: int, start: int, cues: Cues) -> bool:
    """Whether token ``i`` (its name starting at ``start``) follows a locative preposition or a
    place-type word, or carries the preposition ب."""
    if "ب" in doc.text[tokens[i].start:start]:
        return True
    before = norm_words(doc.text[max(0, tokens[i].start - 30):tokens[i].start])
    return bool(before) and any(cues.has(k, strip_conj(before[-1])) for k in ("prep", "walk"))


def find_names(doc: Document, gaz: Gazetteer, cues: Cues | None = None) -> list[Found]:
    """All gazetteer names in the document's tokens, longest first, left to right."""
    cues = cues or load_cues()
    tokens = tuple(t for t in doc.tokens if t.kind == "word" or t.text == "-")
    words = [t.norm for t in tokens]
    found: list[Found] = []
    i = 0
    while i < len(tokens):
        if tokens[i].kind != "word":
            i += 1
            continue
        best: tuple[int, list[Entry], int] = (0, [], 0)
        for form, start in token_forms(tokens[i]):
            if form not in gaz.index:
                continue
            seq = [form, *[w for w in words[i + 1:i + 8] if w != "-"]]
            n, entries = gaz.lookup(seq)
            if n == 1 and form in gaz.cued and not _cued(doc, tokens, i, start, cues):
                continue
            if n > best[0] and entries and _joined(tokens, doc.text, i, _span_tokens(words, i, n)):
                best = (n, entries, start)
            if best[0]:
                break
        if not best[0]:
            i += 1
            continue
        n_tokens = _span_tokens(words, i, best[0])
        found.append(Found(best[2], tokens[i + n_tokens - 1].end, tuple(best[1])))
        i += n_tokens
    return found


def _span_tokens(words: list[str], i: int, n_words: int) -> int:
    """How many tokens from ``i`` hold ``n_words`` words (hyphens between them count as tokens)."""
    count = seen = 0
    for w in words[i:i + 3 * n_words]:
        count += 1
        if w != "-":
            seen += 1
        if seen == n_words:
            return count
    return count


def document_countries(doc: Document, found: list[Found]) -> set[str]:
    """Countries the document mentions: unambiguous country names and resolved actors' countries."""
    countries = {f.candidates[0].country for f in found
                 if len(f.candidates) == 1 and f.candidates[0].kind == "country"}
    for m in doc.mentions:
        if m.actor is not None and m.actor.country:
            countries.add(m.actor.country)
    return countries


DOC_COUNTRY_BONUS = 1.5  # a candidate in a country the document names counts as 30 times as populous


def choose(candidates: tuple[Entry, ...], countries: set[str]) -> Entry:
    """The most likely reading of an ambiguous name in a document mentioning ``countries``: the
    largest place, where a place in one of those countries counts as 30 times larger (Tripoli of
    Lebanon in a story about Lebanon; Paris of France even in a story about the United States)."""
    return max(candidates, key=lambda e: (DOC_COUNTRY_BONUS * (e.country in countries)
                                          + math.log10(max(e.population, 1)), KIND_RANK[e.kind]))


def to_place(doc: Document, start: int, end: int, entry: Entry) -> Place:
    """The :class:`Place` of ``entry`` mentioned at ``doc.text[start:end]``."""
    return Place(text=doc.text[start:end], start=start, end=end, name=entry.name, country=entry.country,
                 admin1=entry.admin1, lat=entry.lat, lon=entry.lon, geonameid=entry.geonameid,
                 precision=entry.kind)


def territory_places(doc: Document, gaz: Gazetteer, cues: Cues) -> list[Place]:
    """Countries named by a nationality adjective after a territory noun (``على الحدود الأفغانية``,
    ``داخل الأراضي السورية``, ``الأجواء العراقية``): the actor stage's adjective mentions."""
    out: list[Place] = []
    for m in doc.mentions:
        actor = m.actor
        if actor is None or actor.kind != "adjective" or not actor.country or " " in m.text.strip():
            continue
        entry = gaz.countries.get(actor.country)
        before = norm_words(doc.text[max(0, m.start - 40):m.start])
        if entry is None or not before:
            continue
        pair = " ".join(before[-2:])
        if cues.has("territory", before[-1]) or cues.has("territory", pair):
            out.append(to_place(doc, m.start, m.end, entry))
    return out


def find_places(doc: Document, gaz: Gazetteer | None = None, cues: Cues | None = None) -> tuple[Place, ...]:
    """Geolocated places of a tokenised document (with its actor mentions, when it has them)."""
    gaz = gaz or load_gazetteer()
    cues = cues or load_cues()
    found = find_names(doc, gaz, cues)
    countries = document_countries(doc, found)
    places = [to_place(doc, f.start, f.end, choose(f.candidates, countries)) for f in found]
    places += territory_places(doc, gaz, cues)
    return tuple(sorted(places, key=lambda p: p.start))


class WhereStage:
    """Find place names with the gazetteer and resolve them to GeoNames places."""

    name = "where@1"
    requires: tuple[str, ...] = ("tokens",)
    provides: tuple[str, ...] = ("places",)

    def __init__(self, config: Config | None = None) -> None:
        self.config = config or Config()
        self.gazetteer = load_gazetteer()
        self.cues = load_cues()

    def __call__(self, doc: Document) -> Document:
        if doc.left_alone:
            return doc
        return replace(doc, places=find_places(doc, self.gazetteer, self.cues))
