"""Short references to people named in full earlier in the document (زرداري after آصف علي زرداري).

News names a person in full once and then by the last word of the name (the first, for Korean
and Chinese names). :class:`SurnameMemory` remembers, per document, the last word of every
multiword person mention (lexicon or NER) and, in later sentences, turns a lone occurrence of
that word into the same person: it adds a piece
where the lexicon has none (شريف after شهباز شريف) and overrides a lexicon reading that names
someone else (المالكي after رياض المالكي is not Nouri al-Maliki) or a sector noun with the article
(المعلم after وليد المعلم is no teacher).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace

from marsad.actors.compose import Phrase, Piece
from marsad.actors.matcher import FUNCTION_WORDS, token_span
from marsad.model import Actor, Token
from marsad.text import normalize

#: Countries whose people's names put the family name first, and are referred to by it (كيم جونغ
#: أون → كيم، شي جين بينغ → شي، مون جاي إن → مون).
FAMILY_NAME_FIRST = frozenset({"PRK", "KOR", "CHN"})


#: Last words of names that never stand alone for the person (normalised): الله ends فضل الله,
#: نصر الله, عبد الله, and alone is God.
_NEVER_SURNAMES = frozenset({normalize("الله")})


class SurnameMemory:
    """The people named in full so far in one document, by the last word of their name."""

    def __init__(self) -> None:
        # (base of the last word, whether it carries the article) → the full-name piece
        self._people: dict[tuple[str, bool], Piece] = {}

    def remember(self, phrase: Phrase, actors: Iterable[Actor | None], tokens: Sequence[Token],
                 text: str) -> None:
        """Record the multiword person of a resolved phrase (and what its actor said of him)."""
        p = phrase.person or phrase.head
        if p.kind != "person" or p.last <= p.first:
            return
        actor = next((a for a in actors if a is not None and a.kind == "person"), None)
        last = tokens[p.last]
        person = replace(
            p, name=p.name or (actor.name if actor else text[p.start : p.end]),
            country=actor.country if actor else None, sector=actor.sector if actor else None,
        )
        if last.base not in _NEVER_SURNAMES:  # فضل الله، نصر الله: alone, الله is God
            self._people[(last.base, last.has_article)] = person
        if actor is not None and actor.country in FAMILY_NAME_FIRST:
            first = tokens[p.first]  # كيم after كيم جونغ أون، شي after شي جين بينغ
            self._people[(first.base, first.has_article)] = person

    def apply(self, pieces: list[Piece], tokens: Sequence[Token], lo: int, hi: int) -> list[Piece]:
        """Pieces of a sentence with lone surnames of known people resolved to them."""
        if not self._people:
            return pieces
        covered: dict[int, Piece] = {}
        for p in pieces:
            for i in range(p.first, p.last + 1):
                covered[i] = p
        out = [p for p in pieces if not self._known(p, tokens)]
        for i in range(lo, hi):
            tok = tokens[i]
            person = self._people.get((tok.base, tok.has_article))
            if person is None or tok.kind != "word" or tok.base in FUNCTION_WORDS:
                continue
            here = covered.get(i)
            if here is not None and not self._known(here, tokens):
                continue  # part of a longer name or another actor
            # a name takes no possessive pronoun: what the tokenizer read as one (براهم as برا + هم)
            # is the name's, as it was where the full name was matched
            start, end = token_span(tok)[0], tok.end
            out.append(replace(person, first=i, last=i, start=start, end=end, origin="coref"))
        return sorted(out, key=lambda p: p.first)

    def _known(self, p: Piece, tokens: Sequence[Token]) -> bool:
        """A one-word person piece whose word is the surname of someone named earlier, or a
        one-word sector noun with the article that is (المعلم after وليد المعلم is Walid Muallem,
        no teachers), or a one-word organisation only the NER found (ماي after تيريزا ماي is
        Theresa May, no unknown organisation)."""
        if p.first != p.last or not (p.kind in ("person", "sector") or (p.kind == "org" and not p.entries)):
            return False
        tok = tokens[p.first]
        if p.kind == "sector" and not (tok.has_article and tok.proclitics[-1:] == ("ال",)):
            return False
        return (tok.base, tok.has_article) in self._people
