"""Definite common nouns that resume an organisation named earlier (الحركة after حركة طالبان).

News names an organisation once and then calls it by the head noun of its name: وقالت الحركة،
مقاتلو التنظيم، أمام المجلس، وأضافت الوكالة. The nouns are the ``anaphor`` entries of the actor
lexicon (``anaphors.tsv``). :class:`OrgMemory` remembers, per document, the organisations the
lexicon coded (with the words of their mention and the first words of their lexicon names) and
the other uses of each noun; a lone anaphor then becomes a piece of the last organisation whose
mention or names carry its noun, when

- that organisation was named in the same sentence before it or in the last
  :data:`MAX_SENTENCES_BACK` sentences;
- no other use of the noun came in between (مجلس العلماء, which no lexicon entry covers: the
  council just named, not the Security Council before it);
- no definite word right after it makes it another name or a description (الحركة الإسلامية،
  الحزب الحاكم; a weekday is no description: وأعلنت الحركة الأحد, and the epithets of a militant
  group describe the one named: التنظيم المتطرف، الجماعة الإرهابية).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from marsad.actors.compose import CLOSING_QUOTE, OPENING_QUOTES, Piece
from marsad.actors.matcher import token_span
from marsad.lexicons.schema import ActorEntry
from marsad.model import Token
from marsad.text import normalize
from marsad.text.normalize import without_article

#: How many sentences back an anaphor may find its organisation.
MAX_SENTENCES_BACK = 6

#: Definite words that may follow an anaphor without describing it (normalised): weekdays and
#: "today", "yesterday" (وأعلنت الحركة الأحد).
_TIME_WORDS = frozenset(normalize(w) for w in (
    "الأحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "اليوم", "البارحة",
))


#: Epithets news gives an organisation it resumes (التنظيم المتطرف، الجماعة الإرهابية، الحركة
#: المتشددة), normalised without the article: they describe it and name no other body.
_EPITHETS = frozenset(normalize(w) for w in (
    "متطرف", "متطرفة", "متشدد", "متشددة", "إرهابي", "إرهابية", "مسلح", "مسلحة", "جهادي", "جهادية",
))


#: Words for an organisation's member states right before its name in the construct (دول الاتحاد
#: الأوروبي، الدول الأعضاء في … is not this shape): they act as the organisation, normalised.
_MEMBER_STATES = frozenset(normalize(w) for w in ("دول", "أعضاء"))


def _heads(entries: Iterable[ActorEntry]) -> frozenset[str]:
    """The first words of an organisation's lexicon names, normalised, without the article."""
    out = set()
    for e in entries:
        for name in e.names:
            word = normalize(name.split()[0])
            out.add(without_article(word))
    return frozenset(out)


@dataclass(frozen=True, slots=True)
class _Named:
    """An organisation piece remembered: its piece, sentence number and the nouns it carries."""

    piece: Piece
    sentence: int
    order: int  # token position, to order the uses of a noun
    nouns: frozenset[str]


class OrgMemory:
    """The organisations coded so far in one document, and the other uses of anaphor nouns."""

    def __init__(self, anaphors: Iterable[ActorEntry]) -> None:
        # the anaphor's noun without its article (normalised) → its entry
        self._nouns: dict[str, ActorEntry] = {}
        for e in anaphors:
            for name in e.names:
                self._nouns[normalize(name)[2:]] = e
        self._named: list[_Named] = []
        self._other: dict[str, int] = {}  # noun → token position of its last use outside an organisation
        self._sentence = -1

    def apply(self, pieces: list[Piece], tokens: Sequence[Token], lo: int, hi: int) -> list[Piece]:
        """Pieces of the sentence ``tokens[lo:hi]``, each lone anaphor resolved to its organisation
        (and recorded, with the sentence's other organisations and uses of the nouns)."""
        self._sentence += 1
        if not self._nouns:
            return pieces
        pieces = self._with_head_nouns(pieces, tokens, lo)
        covering: dict[int, Piece] = {i: p for p in pieces for i in range(p.first, p.last + 1)}
        out = list(pieces)
        for i in range(lo, hi):
            tok = tokens[i]
            noun = tok.base if tok.kind == "word" else ""
            if noun not in self._nouns:
                continue
            here = covering.get(i)
            for p in pieces:  # the organisations of this sentence before the noun are candidates
                if p.kind == "org" and p.entries and p.last < i and all(n.piece is not p for n in self._named):
                    self._named.append(_Named(p, self._sentence, p.first, self._nouns_of(p, tokens)))
            if here is not None and not _weak(here, i):
                if here.kind != "org" or not here.entries:
                    self._other[noun] = i  # مجلس العلماء، حزب معارض: another body named by the noun
                continue
            if not tok.has_article or tok.enclitic is not None or self._described(tokens, i, hi):
                self._other[noun] = i
                continue
            antecedent = self._antecedent(noun)
            if antecedent is None:
                self._other[noun] = i
                continue
            start, end = token_span(tok)
            piece = replace(antecedent.piece, first=i, last=i, start=start, end=end, origin="coref")
            out = [p for p in out if p is not here]
            out.append(piece)
            covering[i] = piece
            self._named.append(_Named(piece, self._sentence, i, antecedent.nouns))  # (a chain goes on)
        for p in pieces:
            if p.kind == "org" and p.entries and all(n.piece is not p for n in self._named):
                self._named.append(_Named(p, self._sentence, p.first, self._nouns_of(p, tokens)))
        return sorted(out, key=lambda p: p.first)

    def _with_head_nouns(self, pieces: list[Piece], tokens: Sequence[Token], lo: int) -> list[Piece]:
        """An organisation's name with the noun of its kind right before it, the name maybe in
        quotation marks (ضد جماعة "حزب الله"، حركة «النهضة»), or with a word for its member states
        (وافقت عليه دول الاتحاد الأوروبي، أعضاء الحلف): the mention starts at that word."""
        taken = {i for p in pieces for i in range(p.first, p.last + 1)}
        out = []
        for p in pieces:
            j = p.first - 1
            quoted = j >= lo and tokens[j].kind == "punct" and tokens[j].text in OPENING_QUOTES
            j -= quoted
            if p.kind == "org" and p.entries and j >= lo and j not in taken and tokens[j].kind == "word" \
                    and (tokens[j].base in self._nouns or (tokens[j].base in _MEMBER_STATES and not quoted
                                                          and not tokens[j].has_article)) \
                    and not tokens[j].enclitic and not tokens[j].has_article:
                end = p.end
                if quoted and p.last + 1 < len(tokens) and tokens[p.last + 1].text == CLOSING_QUOTE[tokens[p.first - 1].text]:
                    end = tokens[p.last + 1].end  # (the span takes both quotation marks)
                p = replace(p, first=j, start=token_span(tokens[j])[0], end=end)
            out.append(p)
        return out

    def _nouns_of(self, p: Piece, tokens: Sequence[Token]) -> frozenset[str]:
        words = {tokens[i].base for i in range(p.first, p.last + 1)} | _heads(p.entries)
        return frozenset(w for w in words if w in self._nouns)

    def _antecedent(self, noun: str) -> _Named | None:
        for named in reversed(self._named):
            if noun in named.nouns:
                if named.sentence < self._sentence - MAX_SENTENCES_BACK or self._other.get(noun, -1) > named.order:
                    return None
                return named
        return None

    @staticmethod
    def _described(tokens: Sequence[Token], i: int, hi: int) -> bool:
        """Whether a definite word right after the noun describes it or names another body."""
        if i + 1 >= hi:
            return False
        nxt = tokens[i + 1]
        return nxt.kind == "word" and nxt.has_article and nxt.proclitics[:1] != ("و",) \
            and nxt.norm not in _TIME_WORDS and nxt.base not in _EPITHETS


def _weak(p: Piece, i: int) -> bool:
    """A one-word sector noun that is no actor alone (الحزب: sec.party), or the word alone as the
    NER's entity: the anaphor reading wins."""
    if p.first != p.last or p.first != i:
        return False
    return (p.kind == "sector" and bool(p.entries) and not p.entries[0].standalone) or (
        p.origin == "ner" and not p.entries)
