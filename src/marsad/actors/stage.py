"""The actor resolution stage: lexicon matches and NER entities → mentions with actors.

Per sentence: longest lexicon matches (:mod:`marsad.actors.matcher`), NER persons and
organisations the lexicon does not cover, surnames of people named in full earlier
(:mod:`marsad.actors.surnames`), filters for words read otherwise in context, composition into
noun phrases (:mod:`marsad.actors.compose`), resolution into actors on the document date
(:mod:`marsad.actors.resolve`); then, over the whole document, "the latter" (الأخير، الأخيرة:
:mod:`marsad.actors.latter`), plural anaphors and possessive pronouns are linked to earlier actors
(:mod:`marsad.actors.coref`).

Output mentions, in text order: ``origin`` ``"lexicon"`` (a lexicon actor), ``"ner"`` (an NER
entity: with an actor when it is a person or organisation, else ``actor=None``), ``"coref"``
(a plural anaphor, "the latter", or a surname standing for a person named earlier). Labels: ``PERS``,
``ORG``, ``LOC`` (countries, capitals, places) and ``ACTOR`` (sectors, adjectives, plurals).
Mentions of other origins already in the document are kept; rerunning the stage replaces its
own mentions.
"""

from __future__ import annotations

import bisect
import functools
import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path

from marsad.actors.compose import (
    CLOSING_QUOTE,
    COLLECTIVE_ROLES,
    NISBA_ENDINGS,
    OPENING_QUOTES,
    POSSESSIVE_PRONOUNS,
    Composer,
    Piece,
    is_community,
)
from marsad.actors.coref import link_anaphors
from marsad.actors.latter import latter_mentions
from marsad.actors.matcher import Match
from marsad.actors.orgref import OrgMemory
from marsad.actors.resolve import ActorIndex, PhraseResolver
from marsad.actors.surnames import SurnameMemory
from marsad.config import Config
from marsad.errors import ConfigError
from marsad.lexicons.schema import ActorEntry
from marsad.model import Actor, Document, Mention, Sentence, Token
from marsad.text import normalize
from marsad.text.normalize import without_article

log = logging.getLogger(__name__)

OWN_ORIGINS = frozenset({"lexicon", "coref"})
NER_ACTOR_LABELS = {"PERS": "person", "ORG": "org"}


@functools.lru_cache(maxsize=4)
def default_index(lexicon_dir: str | None = None) -> ActorIndex:
    """The index of the bundled actor lexicon (plus ``lexicon_dir``), built once per process."""
    from marsad.lexicons import load_actor_lexicon

    lexicon = load_actor_lexicon(Path(lexicon_dir) if lexicon_dir else None)
    index = ActorIndex(lexicon.entries)
    log.info("actor index: %d names", index.matcher.size)
    return index


def _published(doc: Document, config: Config) -> date | None:
    if doc.meta.published is not None:
        return doc.meta.published
    if config.published:
        try:
            return date.fromisoformat(config.published)
        except ValueError:
            raise ConfigError(f"published {config.published!r} is not YYYY-MM-DD") from None
    return None


class ActorStage:
    """Resolve actor mentions (``actors@1``): requires tokens, provides mentions.

    ``lexicon`` (any iterable of :class:`ActorEntry`) replaces the bundled lexicon, for tests
    and for users with their own; by default the process-wide index of
    :func:`default_index` is used.
    """

    name = "actors@1"
    requires: tuple[str, ...] = ("tokens",)
    provides: tuple[str, ...] = ("mentions",)

    def __init__(self, config: Config | None = None, *, lexicon: Iterable[ActorEntry] | None = None) -> None:
        self.config = config or Config()
        if lexicon is not None:
            entries = getattr(lexicon, "entries", lexicon)
            self.index = ActorIndex(entries)
        else:
            self.index = default_index(self.config.lexicon_dir)

    def __call__(self, doc: Document) -> Document:
        if doc.left_alone:
            return doc
        day = _published(doc, self.config)
        resolver = PhraseResolver(self.index, doc.text, day)
        ner = [m for m in doc.mentions if m.origin == "ner"]
        places = frozenset((m.start, m.end) for m in ner if m.label == "LOC")
        place_ends = frozenset(e for _, e in places)
        kept = [m for m in doc.mentions if m.origin not in OWN_ORIGINS and m.origin != "ner"]
        tokens = doc.tokens
        starts = [t.start for t in tokens]
        found: list[Mention] = []
        spokes: set[int] = set()  # starts of the mentions extended over a spokesperson's words
        people = SurnameMemory()
        orgs = OrgMemory(self.index.org_anaphors)
        bases = _names_a_base(tokens)
        for lo, hi in _sentence_ranges(doc.sentences, len(tokens)):
            pieces = [_capital_named(_piece(m, day), tokens, lo) for m in self.index.matcher.find_all(tokens, lo, hi)]
            titled = frozenset(p.end for p in pieces if p.kind == "sector")
            named_first = [_first_name(p, tokens, ner) for p in pieces]  # (each piece judged once)
            first_names = frozenset(p.first for p, f in zip(pieces, named_first, strict=True) if f)
            pieces = [p for p, f in zip(pieces, named_first, strict=True) if not f and not _patronymic(p, tokens, ner)
                      and not _surname(p, tokens, ner, titled) and not _namesake(p, first_names)]
            pieces = self._with_ner(pieces, ner, tokens, starts, lo, hi, day)
            pieces = [replace(p, kind="place") if _of_a_place(p, tokens, place_ends, lo) else p
                      for p in pieces if not _bare_nisba(p, pieces, tokens, hi) and not _negated_adjective(p, tokens, lo)]
            pieces = orgs.apply(self._filter(people.apply(pieces, tokens, lo, hi), tokens, found, lo, day,
                                             bases=bases), tokens, lo, hi)
            for phrase in Composer(tokens, lo, hi, places).compose(pieces):
                mentions, spoken = _with_honorific(resolver.resolve(phrase), phrase.first, tokens, lo, doc.text)
                if spoken:
                    spokes.add(mentions[0].start)
                found.extend(mentions)
                people.remember(phrase, (m.actor for m in mentions), tokens, doc.text)
        spans = [(m.start, m.end) for m in found]
        # NER entities that became (part of) an actor mention are replaced by it; the rest stay.
        found.extend(m for m in ner if not _overlaps(m, spans))
        found.sort(key=lambda m: (m.start, -m.end))
        if spokes:
            found = _spokesperson_named(found, spokes, tokens, starts, doc.text)
        found = _official_of(found, tokens, starts, doc.text)
        latter = latter_mentions(doc.text, tokens, doc.sentences, found)  # وأكد الأخير: the one named last
        if latter:
            found = sorted([*found, *latter], key=lambda m: (m.start, -m.end))
        mentions = link_anaphors(doc.text, found, resolver.possessives, self.index.anaphors)
        merged = sorted([*kept, *mentions], key=lambda m: (m.start, -m.end))
        return replace(doc, mentions=tuple(merged))

    def _with_ner(self, pieces: list[Piece], ner: Sequence[Mention], tokens: Sequence[Token],
                  starts: list[int], lo: int, hi: int, day: date | None = None) -> list[Piece]:
        """Add NER persons/organisations that no lexicon piece overlaps, as pieces; a person whose
        name without its patronymics is a lexicon name is that person (عادل بن أحمد الجبير)."""
        if not ner:
            return pieces
        s_start = tokens[lo].start if lo < len(tokens) else 0
        s_end = tokens[hi - 1].end if hi > lo else 0
        spans = [(p.start, p.end) for p in pieces]
        extra = []
        for m in ner:
            kind = NER_ACTOR_LABELS.get(m.label)
            if kind is None or m.start < s_start or m.end > s_end or normalize(m.text) in _NO_ACTOR_NAMES:
                continue  # (النصر من عند الله: God, which the NER may tag a person, is no actor)
            first = bisect.bisect_left(starts, m.start)
            last = bisect.bisect_left(starts, m.end) - 1
            if first > last or first < lo or last >= hi:
                continue
            entries = self._without_patronymics(tokens, first, last) if kind == "person" else ()
            if entries:  # the whole name replaces the pieces inside it (a surname: الجبير)
                pieces = [p for p in pieces if not (m.start <= p.start and p.end <= m.end)]
                extra.append(_piece(Match(first, last, m.start, m.end, entries), day))
                continue
            inside = [p for p in pieces if p.start < m.end and m.start < p.end]
            if inside and all(is_community(p) and m.start <= p.start and p.end <= m.end
                              and (p.first, p.last) != (first, last) for p in inside):
                # الاتحاد العالمي لعلماء المسلمين، مجلس القيادة اليهودية: a community's word ending
                # a longer name is the name's
                pieces = [p for p in pieces if p not in inside]
                spans = [(p.start, p.end) for p in pieces]
            elif _overlaps(m, spans):
                continue
            extra.append(Piece(first=first, last=last, start=m.start, end=m.end, kind=kind,
                               origin="ner", label=m.label))
        return sorted([*pieces, *extra], key=lambda p: p.first)

    def _without_patronymics(self, tokens: Sequence[Token], first: int, last: int) -> tuple[ActorEntry, ...]:
        """The lexicon person whose listed name is this name without its patronymics (بن/ابن/بنت and
        the father's name: عادل بن أحمد الجبير → عادل الجبير), if the rest is exactly one such name."""
        keep: list[Token] = []
        i = first
        while i <= last:
            if tokens[i].norm in _PATRONYMIC_WORDS and i < last:
                i += 3 if tokens[i + 1].norm == "عبد" and i + 2 <= last else 2  # بن عبد الله
                continue
            keep.append(tokens[i])
            i += 1
        if len(keep) < 2 or len(keep) == last - first + 1:
            return ()
        found = self.index.matcher.find_all(keep)
        if len(found) == 1 and found[0].first == 0 and found[0].last == len(keep) - 1 \
                and found[0].entries[0].kind == "person":
            return found[0].entries
        return ()

    def _filter(self, pieces: list[Piece], tokens: Sequence[Token], found: Sequence[Mention],
                lo: int, day: date | None = None, *, bases: bool = False) -> list[Piece]:
        """Drop the pieces that are words of another reading in their context.

        - a one-word surname that is also a common word (رئيسي "main", شريف "noble") counts
          only after a title, or once the person was named in full earlier, and never right
          after a preposition-prefixed indefinite word (بشكل رئيسي "mainly");
        - a nisba-shaped one-word sector or organisation name right after a definite noun is
          that noun's adjective (التوترات الدبلوماسية "diplomatic tensions", الدول العربية "the
          Arab states", not Al Arabiya; المسؤولين السياسيين والعسكريين);
        - a bare one-word sector or organisation name opening a clause right before another
          actor is a verb (وطالب البرلمان "and parliament demanded", not "student"; وفتح الجيش
          "and the army opened", not Fatah), but not a passive participle (ومبعوث أمريكا);
        - a country name after a word for a natural feature names that feature (بحر الصين
          الجنوبي، خليج عمان، نهر الأردن), not the state; a person's or organisation's name after
          a place or institution in the construct state names it (فندق الجزيرة، مستشفى الملك فهد);
        - a one-word definite sector noun right after a person's full name and before punctuation
          is the family name (محمد صالح القاضي، المكنى; not يتهم شريف الجيش بالتدخل);
        - a nationality adjective after a currency (ريال سعودي), a word of origin (من أصل
          فلسطيني، الجنسية الأمريكية) or of language (اللغة الفرنسية، اللغتين الإيطالية والصينية), or
          before الصنع/المنشأ (روسية الصنع "Russian-made"), names no state;
        - the singular الإرهابي right after an organisation or a sector noun is its adjective
          (تنظيم داعش الإرهابي), no second actor;
        - مسقط before رأس is a birthplace (مسقط رأس والده), not Muscat, and the person or title
          after مسقط رأس is whose birthplace it is (مسقط رأس ونستون تشرشل), no actor;
        - a name ending in الله whose first word has a preposition or a case vowel is a phrase
          about God (بفضل الله، وفضلُ الله يؤتيه من يشاء), not a person (Fazlullah);
        - a plural noun followed by its own adjective is a description, not an anaphor
          (الدول العربية "the Arab states"; الدول التي تطلب "the states that ask"), and so is a dual after حل (حل الدولتين "the
          two-state solution");
        - القاعدة alone in a document that names a military base and never al-Qaeda (``bases``,
          :func:`_names_a_base`) is that base (قاعدة العند … قصفوا القاعدة).
        """
        out: list[Piece] = []
        seen = {m.actor.name for m in found if m.actor is not None and m.actor.kind == "person"}
        tongue: int | None = None  # where the last adjective of a language ends
        for k, p in enumerate(pieces):
            prev = pieces[k - 1] if k else None
            if prev is not None and prev.kind == "person" and prev.last > prev.first:
                seen.update(e.name_en for e in prev.entries)  # (named in full earlier in the sentence)
            if p.kind == "person" and p.entries and p.first == p.last and not self._surname_ok(
                p, prev, tokens, seen, day
            ):
                continue
            if p.kind == "person" and p.entries and p.first == p.last and _verb_reading(
                p, pieces[k + 1] if k + 1 < len(pieces) else None, tokens, lo, titles=True
            ):
                continue  # وترأس رئيسة الوزراء: "and chaired", not Truss
            if p.kind == "sector" and _quoted_with_more(p, pieces, tokens, lo):
                continue  # «سفراء الحزم»: a sector noun opening a quoted name of a programme or a group
            if p.kind == "sector" and p.entry is not None and p.entry.role == _TERRORISTS and p.first == p.last \
                    and prev is not None and prev.last == p.first - 1 and prev.kind in ("org", "sector") \
                    and tokens[p.first].proclitics == ("ال",) and tokens[p.first].norm.endswith("ي"):
                continue  # تنظيم داعش الإرهابي، تنظيم الإخوان الإرهابي: the group's adjective, no second actor
            if p.kind == "person" and p.last > p.first and tokens[p.last].base == _GOD and (
                    _HARAKAT.intersection(tokens[p.first].text)
                    or set(tokens[p.first].proclitics) & {"ب", "ل", "ك"}):
                continue  # بفضل الله، وفضلُ الله يؤتيه: God's grace, not Mullah Fazlullah
            if p.kind in ("country", "adjective") and p.first > lo \
                    and tokens[p.first - 1].base in NATURAL_FEATURES:
                continue  # ببحر الصين الجنوبي: the sea, not China
            if p.kind == "country" and p.first > lo and _construct_head(tokens[p.first - 1], _SONS):
                continue  # بني إسرائيل، بنو إسرائيل: the Israelites of scripture, no state
            if (p.kind in ("person", "org") or (p.kind == "sector" and p.entry is not None
                                                 and p.entry.role in _NAMESAKE_TITLES
                                                 and tokens[p.first].proclitics in ((), ("ال",)))) \
                    and p.first > lo and _construct_head(tokens[p.first - 1], VENUES):
                continue  # فندق الجزيرة، مستشفى الملك فهد، مدينة الملك عبد العزيز: the place its name is given to
            if p.kind in ("person", "sector") and p.first - 1 > lo and _construct_head(tokens[p.first - 2], VENUES) \
                    and tokens[p.first - 1].norm in _NAMESAKE_TITLE_WORDS:
                continue  # مستشفى الملك سعود، جامعة الأمير سلطان: the name after the title the place is given
            if p.kind in ("person", "sector") and p.first - 1 > lo and tokens[p.first - 1].text in OPENING_QUOTES \
                    and _construct_head(tokens[p.first - 2], _QUOTED_VENUES):
                continue  # قصر "أبا السعود"، مسجد "الإمام علي": a quoted name the place is given (not an
                # organisation's: مدرسة "الأونروا" is UNRWA's school)
            if p.kind == "person" and p.first - 1 > lo and _construct_head(tokens[p.first - 2], VENUES) \
                    and tokens[p.first - 1].kind == "word" and not tokens[p.first - 1].proclitics \
                    and not tokens[p.first - 1].enclitic:
                continue  # مطار حميد كرزاي: a surname matched alone after a first name and a venue
            if p.kind == "sector" and p.first == p.last and tokens[p.first].proclitics == ("ال",) \
                    and prev is not None and prev.kind == "person" and prev.first < prev.last == p.first - 1 \
                    and (p.last + 1 >= len(tokens) or tokens[p.last + 1].kind == "punct"):
                continue  # محمد صالح القاضي، المكنى: a family name, no judge
            if p.kind == "plural" and (_described(p, pieces[k + 1] if k + 1 < len(pieces) else None, tokens)
                                       or (p.first > 0 and tokens[p.first - 1].base == "حل")):
                continue  # حل الدولتين: the two-state solution, no pair of states named before
            if p.kind == "org" and p.first == p.last and p.last + 1 < len(tokens) \
                    and tokens[p.last + 1].base in BASE_ADJECTIVES:
                continue  # القاعدة الجوية "the air base", not al-Qaeda
            if p.kind == "org" and p.first == p.last and p.first > lo and tokens[p.first].base == _BASE \
                    and tokens[p.first - 1].base in _OUTSKIRTS:
                continue  # على مشارف القاعدة، بوابة القاعدة: a military base, not al-Qaeda
            if p.kind == "sector" and p.first == p.last and tokens[p.first].base == _DEAN \
                    and p.last + 1 < len(tokens) and tokens[p.last + 1].base in _FACULTIES:
                continue  # عميد كلية الطب، عميد شؤون الطلاب، عميد السلك الدبلوماسي: a dean or doyen, no brigadier
            if p.kind == "org" and p.entry is not None and p.entry.id == _UNGA and p.last - p.first == 1 \
                    and _of_a_company(tokens, p.last + 1):
                continue  # الجمعية العامة غير العادية لشركة الإنماء: a company's general meeting, no UN body
            if p.kind == "sector" and p.first == p.last and tokens[p.first].base == _AVIATION \
                    and not tokens[p.first].has_article and k + 1 < len(pieces) and pieces[k + 1].first == p.last + 1 \
                    and pieces[k + 1].kind in ("country", "capital"):
                continue  # طيران الإمارات، طيران الخليج: an airline, no air force (طيران التحالف is one)
            if p.kind == "sector" and p.first == p.last and tokens[p.first].base in _CIVIL_QUALIFIED \
                    and p.last + 1 < len(tokens) and tokens[p.last + 1].base == _CIVIL:
                continue  # هيئة الطيران المدني الإماراتية: civil aviation, no air force
            if bases and p.kind == "org" and p.first == p.last and tokens[p.first].base == _BASE:
                continue  # قاعدة العند … قصفوا القاعدة: the base the document names
            if p.kind == "sector" and p.first == p.last and tokens[p.first].base == "نيابه" and (
                    (p.last + 1 < len(tokens) and tokens[p.last + 1].norm == "عن")
                    or tokens[p.first].proclitics == ("ب", "ال")):
                continue  # نيابة عن "on behalf of", مدير الجامعة بالنيابة "acting": not the prosecution
            if p.kind == "sector" and p.first == p.last and p.entry is not None and p.entry.id == "sec.legislator" \
                    and tokens[p.first].base in _DEPUTY and not tokens[p.first].has_article \
                    and p.last + 1 < len(tokens) and tokens[p.last + 1].proclitics == ("ال",) \
                    and tokens[p.last + 1].base in _DEPUTISED \
                    and not (k + 1 < len(pieces) and pieces[k + 1].first == p.last + 1):
                continue  # نائب الناطق الإعلامي: the deputy of an office, no legislator (one the lexicon
                # knows, نائب القائد الأعلى، نائب السفير, keeps the longer reading of the pieces)
            if p.kind == "sector" and p.first == p.last and tokens[p.first].enclitic and tokens[p.first].base == _LED \
                    and ((k + 1 < len(pieces) and pieces[k + 1].first == p.last + 1
                          and pieces[k + 1].kind in ("country", "org", "capital")
                          and tokens[p.last + 1].proclitics[:1] != ("ل",))
                         or (p.last + 1 < len(tokens) and tokens[p.last + 1].proclitics == ("ال",)
                             and tokens[p.last + 1].base in _MAJORITY | _MINORITY)):
                continue  # غزو قادته الولايات المتحدة، حملة قادتها السعودية، قادتها الغالبية الشيعية: "led it"
            if p.kind == "sector" and p.first == p.last and tokens[p.first].enclitic \
                    and tokens[p.first].base in _MEMBERS:
                continue  # قتلوا مئات من أفرادهما: "their members", the possessor's, no civilians
            if p.kind == "capital" and p.first == p.last and tokens[p.first].base == _MUSCAT \
                    and p.last + 1 < len(tokens) and tokens[p.last + 1].base in _HEAD \
                    and tokens[p.last + 1].proclitics in ((), ("ال",)):
                continue  # مسقط رأس والده، لمسقط الرأس "birthplace": no Muscat
            if p.kind in ("person", "sector") and p.first - 2 >= lo and tokens[p.first - 1].base in _HEAD \
                    and not tokens[p.first - 1].proclitics and tokens[p.first - 2].base == _MUSCAT:
                continue  # زار مسقط رأس ونستون تشرشل: whose birthplace it is, no one visited
            if p.kind == "adjective" and p.first > lo and tokens[p.first - 1].base in CURRENCIES:
                continue  # ريال سعودي، دولار أمريكي: a currency, not the state
            if p.kind == "sector" and p.first == p.last and tokens[p.first].base in _MILITARY_ADJECTIVE \
                    and not tokens[p.first].proclitics and not tokens[p.first].enclitic and p.first > lo \
                    and _military_adjective(tokens[p.first - 1], tokens[p.first]) \
                    and not (k + 1 < len(pieces) and pieces[k + 1].first == p.last + 1
                             and pieces[k + 1].kind in ("adjective", "country")
                             and tokens[pieces[k + 1].first].norm.endswith("يا")):
                continue  # تدخل عسكري، وجود عسكري، بالتدخل عسكريا: "military", no soldier (عسكريا تركيا is one)
            if p.kind == "sector" and p.first == p.last and tokens[p.first].base == _OPPOSING \
                    and tokens[p.first].enclitic in _POSSESSIVES:
                continue  # أعرب عن معارضته للاتفاق: "his objection", the verbal noun, no opposition
            if is_community(p) and p.first - 2 >= lo and tokens[p.first - 1].base in _MAJORITY \
                    and tokens[p.first - 2].base in _HAVING:
                continue  # مدينة عفرين ذات الغالبية الكردية، ميانمار ذات الأغلبية البوذية: a place's people
            if p.kind == "adjective" and p.first > lo and tokens[p.first - 1].base in _ORIGINS:
                continue  # من أصل فلسطيني، ذي الأصول الفلسطينية، يحمل الجنسية الأمريكية: a person's origin
            if p.kind == "adjective" and p.first > lo and (tokens[p.first - 1].base in _LANGUAGES or (
                    tongue is not None and tongue == p.first - 1 and tokens[p.first].proclitics[:1] == ("و",))):
                tongue = p.last
                continue  # اللغة الفرنسية، دعم اللغتين الإيطالية والصينية: a language, no state
            if p.kind == "adjective" and p.last + 1 < len(tokens) and tokens[p.last + 1].base in _MADE \
                    and tokens[p.last + 1].proclitics == ("ال",):
                continue  # بطارية دفاع جوي روسية الصنع، أسلحة أمريكية المنشأ: where it was made
            if p.kind == "adjective" and p.first >= lo + 2 and tokens[p.first - 2].base in _SON_OF \
                    and not (prev is not None and prev.last == p.first - 1):
                continue  # عبدالله بن عبدالمحسن التركي: a family name after a patronymic, not Turkey
            if p.kind == "adjective" and p.first >= lo + 2 and tokens[p.first - 2].base in _KUNYA \
                    and tokens[p.first].has_article and (prev is None or prev.last != p.first - 1 or (
                        prev.kind == "person" and prev.first == p.first - 2 and not prev.entries)):
                continue  # أبو خالد السوري، أبي عمر الشيشاني: the nisba of a kunya, no Syria
            if p.kind in ("sector", "org") and (_attributive(p, prev, tokens) or _verb_reading(
                p, pieces[k + 1] if k + 1 < len(pieces) else None, tokens, lo
            )):
                continue
            out.append(p)
        return out

    def _surname_ok(self, p: Piece, prev: Piece | None, tokens: Sequence[Token], seen: set[str],
                    day: date | None = None) -> bool:
        names = {e.name_en for e in p.entries}
        terms = [e for e in p.entries if e.kind == "person"]
        if day is not None and names & self.index.multiword and not names & seen and terms \
                and all(e.valid_from is not None and e.valid_from > day for e in terms):
            return False  # إسبر in 2018 (Esper's office began in 2019): someone else of that name
        if not names & self.index.multiword or not self.index.is_common_word(tokens[p.first]):
            return True  # known by one word only, or a surname that is no common word (بوتين)
        if prev is not None and prev.kind == "sector" and prev.last >= p.first - 3:
            return True  # الرئيس رئيسي، الجنرال منير
        before = tokens[p.first - 1] if p.first else None
        if before is not None and before.kind == "word" and not before.has_article and any(
            s.kind == "proclitic" and s.norm in _PREPOSITIONS for s in before.segments
        ):
            return False  # بشكل رئيسي
        return bool(names & seen)


#: The nisba عسكري "military" (normalised, bare and accusative), which the soldier lexicon holds too.
_MILITARY_ADJECTIVE = frozenset({"عسكري", "عسكريا"})
#: Nouns of things and acts that عسكري qualifies (normalised): after one it is "military", not "a
#: soldier" (وجود عسكري، تدخل عسكري، هجوم عسكري، حل عسكري); not مصدر، مسؤول، مجلس, whose عسكري is a person.
_MILITARY_QUALIFIED = frozenset(normalize(w) for w in (
    "وجود", "تواجد", "تدخل", "تعاون", "دعم", "حل", "عمل", "تصعيد", "هجوم", "رد", "انتشار", "تحالف",
    "نشاط", "خيار", "تهديد", "عتاد", "اتفاق", "تنسيق", "موقع", "مطار", "هدف", "استعراض", "زي", "تدريب",
    "انقلاب", "عرض", "حشد", "تحرك", "انزال", "تفوق", "ضغط", "تصعيدا", "حسم", "طابع", "بعد", "جهد",
    "مجهود", "مخطط", "إنفاق", "انفاق", "تمرين", "تعزيز", "صراع", "نزاع", "اشتباك", "تقدم", "انسحاب"))


def _military_adjective(prev: Token, tok: Token) -> bool:
    """Whether عسكري/عسكريا is the adjective "military(ly)": the accusative after anything but a
    count (بالتدخل عسكريا; not 15 عسكريا), the bare form after a noun of a thing or an act."""
    if tok.norm.endswith("ا"):
        return not (prev.kind == "number" or prev.base.endswith("ين") or prev.base in ("عشر", "عشره"))
    return prev.kind == "word" and prev.base in _MILITARY_QUALIFIED and not prev.enclitic


#: Origin and nationality nouns (normalised): the nisba after one describes a person (من أصل
#: فلسطيني، يحمل الجنسية الأمريكية), not the state as an actor.
_ORIGINS = frozenset({"اصل", "اصول", "جنسيه", "جنسيات"})
#: "Majority" and "having" (normalised bases): ذات الغالبية الكردية describes a place by its people.
_MAJORITY = frozenset(normalize(w) for w in ("غالبية", "أغلبية", "أكثرية"))
_HAVING = frozenset(normalize(w) for w in ("ذات", "ذو", "ذي", "ذوي"))
_MINORITY = frozenset(normalize(w) for w in ("أقلية", "أقليات"))
#: معارضة "opposition" (normalised): with a possessive pronoun, the verbal noun "objecting".
_OPPOSING = normalize("معارضة")
_POSSESSIVES = POSSESSIVE_PRONOUNS | {"ي"}  # (معارضتي "my objection" too: no construct plural here)
#: Words for a language (normalised bases): the nisba after one names the language (اللغة الفرنسية).
_LANGUAGES = frozenset({"لغه", "لغات", "لغتين", "لغتان", "لهجه", "لهجات"})
#: "Base" (normalised), al-Qaeda's name too, and the words of a place's edge or gate before it
#: (مشارف القاعدة، محيط القاعدة، بوابة القاعدة), after which it is a military base.
_BASE = "قاعده"
_OUTSKIRTS = frozenset({"مشارف", "محيط", "بوابه", "اسوار", "سور", "مدخل", "قرب", "سياج", "مدرج"})
#: Words right before القاعدة that make it al-Qaeda (normalised bases): تنظيم القاعدة، عناصر القاعدة.
_OF_ALQAEDA = frozenset(normalize(w) for w in (
    "تنظيم", "تنظيمات", "عناصر", "مسلحي", "مسلحو", "مقاتلي", "مقاتلو", "زعيم", "زعماء", "قادة", "قائد", "قيادي",
    "قياديي", "فرع", "فروع", "شبكة", "جماعة", "خلايا", "خلية", "أعضاء", "عضو", "أمير", "معاقل"))
#: عميد "brigadier", also "dean" or "doyen" before one of these (normalised bases): عميد كلية الطب،
#: عميد شؤون الطلاب، عميد السلك الدبلوماسي، عميد الأسرى.
_DEAN = normalize("عميد")
_FACULTIES = frozenset(normalize(w) for w in (
    "كلية", "كليات", "شؤون", "معهد", "عمادة", "سلك", "أسرى", "بحث", "دراسات", "قبول", "طلاب", "خدمة", "مركز"))
#: The lands of al-Qaeda's branches after القاعدة في (جزيرة العرب، بلاد المغرب، شبه القارة).
_ALQAEDA_LANDS = frozenset(normalize(w) for w in ("جزيرة", "بلاد", "شبه"))
#: Words after قاعدة that name no military base (قاعدة بيانات "a database").
_NO_BASE = frozenset(normalize(w) for w in ("بيانات", "معلومات", "شعبية", "جماهيرية", "ذهبية", "عامة", "قانونية"))


#: The UN General Assembly, whose short name الجمعية العامة is also any company's or club's general meeting.
_UNGA = "org.unga"
#: Bodies that hold a general meeting (normalised bases): الجمعية العامة لشركة، للبنك، للنادي.
_COMPANIES = frozenset(normalize(w) for w in (
    "شركة", "بنك", "مصرف", "نادي", "اتحاد", "جمعية", "مؤسسة", "صندوق", "مساهمين"))
#: "Ordinary" (normalised): الجمعية العامة العادية / غير العادية is a company's meeting.
_ORDINARY = frozenset(normalize(w) for w in ("العادية", "عادية"))


def _of_a_company(tokens: Sequence[Token], i: int) -> bool:
    """Whether token ``i`` (right after الجمعية العامة) makes it a company's or a club's general
    meeting: (غير) العادية, or لـ + a company, a bank, a club or a union."""
    if i >= len(tokens):
        return False
    tok = tokens[i]
    if tok.base in _ORDINARY or (tok.norm == "غير" and i + 1 < len(tokens) and tokens[i + 1].base in _ORDINARY):
        return True
    return tok.proclitics[:1] == ("ل",) and tok.base in _COMPANIES


def _names_a_base(tokens: Sequence[Token]) -> bool:
    """Whether a document names a military base (قاعدة العند، قاعدة حميميم الجوية، قاعدة
    عسكرية، القاعدة الجوية) and never al-Qaeda (تنظيم القاعدة، عناصر القاعدة، القاعدة في جزيرة
    العرب): its bare القاعدة is then that base."""
    base = False
    for i, tok in enumerate(tokens):
        if tok.base != _BASE or i + 1 >= len(tokens):
            continue
        nxt = tokens[i + 1]
        if tok.has_article and ((i > 0 and tokens[i - 1].base in _OF_ALQAEDA) or (
                nxt.norm == "في" and i + 2 < len(tokens) and tokens[i + 2].base in _ALQAEDA_LANDS)):
            return False  # تنظيم القاعدة، القاعدة في جزيرة العرب (not القاعدة في لحج, a base)
        if nxt.kind == "word" and nxt.proclitics[:1] != ("و",) and (
                nxt.base in BASE_ADJECTIVES or (not tok.has_article and not tok.enclitic and nxt.has_article
                                                 and nxt.base not in _NO_BASE)):
            base = True
    return base


#: "Make", "origin" (normalised bases) after a nationality adjective: روسية الصنع "Russian-made",
#: أمريكية المنشأ: where a thing was made, no actor.
_MADE = frozenset({"صنع", "منشا"})
#: Currencies (normalised, clitic-free, singular and plural): the nisba after one names the
#: currency (ريال سعودي، ملايين الدولارات الأمريكية), not an actor.
CURRENCIES = frozenset({"ريال", "ريالات", "دولار", "دولارات", "جنيه", "جنيهات", "دينار", "دنانير", "درهم",
                        "دراهم", "ليره", "ليرات", "يورو", "روبيه", "روبيات", "تومان", "ين", "يوان", "روبل",
                        "فرنك", "شيكل", "اوقيه"})


#: Adjectives (normalised, without the article) of a military installation: a one-word
#: organisation name right before one is a common noun (القاعدة الجوية، القاعدة العسكرية).
BASE_ADJECTIVES = frozenset({"جويه", "عسكريه", "بحريه", "بريه", "جوي", "عسكري", "بحري"})


#: Proclitic prepositions (بـ لـ كـ).
_PREPOSITIONS = frozenset({"ب", "ل", "ك"})


def _described(p: Piece, nxt: Piece | None, tokens: Sequence[Token]) -> bool:
    """الدول العربية، الدول الأخرى: a plural noun with its own adjective is no anaphor."""
    e = p.entry
    if e is None or e.form != "plural" or p.last + 1 >= len(tokens):
        return False
    after = tokens[p.last + 1]
    if nxt is not None and nxt.first == p.last + 1 and nxt.kind == "adjective":
        return False  # a nationality follows (الدول الخليجية is handled by composition)
    if after.norm in _PLURAL_RELATIVES:
        return True  # الدول التي تطلب هذه الأموال: the countries the clause defines, not those named
    if after.text.startswith("الـ") and p.last + 2 < len(tokens) and tokens[p.last + 2].kind == "number":
        return True  # الدول الـ193 الأعضاء: a count of its own (not الدول الثلاث 105 صواريخ)
    return after.kind == "word" and after.has_article and after.proclitics == ("ال",)


#: Relative pronouns of a plural of things or people (normalised): after الدول they restrict it
#: to a set the clause defines.
_PLURAL_RELATIVES = frozenset({"التي", "الذين", "اللاتي", "اللواتي"})


def _verb_reading(p: Piece, nxt: Piece | None, tokens: Sequence[Token], lo: int, *, titles: bool = False) -> bool:
    """وطالب البرلمان: a clause-initial bare word followed at once by an actor is a verb. With
    ``titles`` (a one-word surname after a conjunction: وترأس رئيسة الوزراء), a title or a name
    without the article counts as that actor too."""
    if nxt is None or p.first != p.last or nxt.first != p.last + 1:
        return False
    tok = tokens[p.first]
    if tok.has_article or tok.enclitic or not (p.first == lo or _first_norm(tok) in ("و", "ف")):
        return False
    if p.kind == "sector" and len(tok.base) >= 5 and tok.text.endswith(("ي", "و")):
        return False  # ومسلحي حركة الشباب، ومقاتلو حزب الله: a construct plural, no verb
    if len(tok.base) == 5 and tok.base[0] == "م" and tok.base[3] == "و":
        return False  # ومبعوث أمريكا، ومندوب روسيا: a passive participle (مفعول), no verb
    if titles:
        return _first_norm(tok) in ("و", "ف") and nxt.kind in ("sector", "person", "country", "capital", "org")
    return tokens[nxt.first].has_article or nxt.kind in ("country", "capital", "org")


#: Words for natural features that a country name can complete (بحر الصين، خليج عمان، نهر
#: الأردن، جبال لبنان), as clitic-free normalised words.
NATURAL_FEATURES = frozenset({"بحر", "خليج", "مضيق", "نهر", "جبال", "جبل", "صحراء", "هضبه", "بحيره", "وادي"})
#: Places and institutions named after a person or an organisation in the construct state
#: (فندق الجزيرة، مستشفى الملك فهد، جامعة الملك سعود، مدينة الصدر، مؤسسة ترامب), normalised.
VENUES = frozenset({"فندق", "مستشفي", "مستشفيات", "مدرسه", "مدارس", "جامعه", "كليه", "معهد", "شارع", "ساحه",
                    "ميدان", "مسجد", "جامع", "مطار", "ميناء", "ملعب", "استاد", "سوق", "مخيم", "جسر", "مجمع",
                    "برج", "قاعه", "مدينه", "حي", "مركز", "موسسه", "جايزه", "طريق"})  # fmt: skip


def _construct_head(tok: Token, words: frozenset[str]) -> bool:
    """Whether ``tok`` is one of ``words`` (normalised bases) with neither the article nor a pronoun:
    a noun in the construct state, whose genitive follows (فندق الجزيرة، بني إسرائيل)."""
    return tok.base in words and not tok.has_article and not tok.enclitic


def _quoted_with_more(p: Piece, pieces: Sequence[Piece], tokens: Sequence[Token], lo: int) -> bool:
    """Whether the sector noun ``p``, with no article, opens a name in quotation marks that goes on
    past it with words no other piece covers (طلاب من «سفراء الحزم»: a programme, no ambassadors)."""
    if p.first <= lo or tokens[p.first - 1].text not in OPENING_QUOTES or tokens[p.first].has_article:
        return False  # («القوات المعادية»: a quoted phrase, the forces described)
    mark = tokens[p.first - 1].text
    closing = CLOSING_QUOTE[mark]
    if closing == mark and sum(1 for t in tokens[lo:p.first] if t.text == mark) % 2 == 0:
        return False  # ("الميليشيات هددت حدود" بلاده: the mark before closes a quotation)
    for k in range(p.last + 1, min(len(tokens), p.last + 1 + _QUOTED_NAME_WORDS)):
        if tokens[k].text == closing:
            rest = range(p.last + 1, k)
            return len(rest) > 0 and all(tokens[j].kind == "word" for j in rest) \
                and not any(q.first <= j <= q.last for q in pieces for j in rest)
        if tokens[k].kind != "word":
            return False
    return False


#: How many words may follow a sector noun inside the quotation marks of a name.
_QUOTED_NAME_WORDS = 4
#: The role of the sector noun الإرهابي, which after a group's name is its adjective.
_TERRORISTS = "terrorists"
#: Venues and "palace", after which a quoted name is the place's (قصر "أبا السعود"); unquoted, قصر
#: الرئيس is the president's.
_QUOTED_VENUES = VENUES | {"قصر"}


def _first_norm(tok: Token) -> str | None:
    seg = tok.segments[0] if tok.segments else None
    return seg.norm if seg is not None and seg.kind == "proclitic" else None


#: Nouns for the members of a body (normalised bases): with a possessive pronoun they belong to
#: the body it refers to (أفرادها، عناصره), which the lexicon cannot tell.
_MEMBERS = frozenset({"افراد", "عناصر", "اعضاء"})


def _of_a_place(p: Piece, tokens: Sequence[Token], place_ends: frozenset[int], lo: int) -> bool:
    """A nisba adjective right after a place the NER found (``place_ends``: where its LOC
    mentions end; مدينة الفلوجة العراقية، حلب السورية) says where the place is: its country as a
    place (where something happens, not who acts)."""
    if p.kind != "adjective" or p.first != p.last or p.first <= lo or not tokens[p.first].has_article:
        return False
    return tokens[p.first - 1].end in place_ends


#: Singular participles that name militants or kidnappers alone (المتشدد "the hardliner", الخاطف)
#: and describe the noun before them (اليمين المتطرف "the far right", الكفاح المسلح، هجوم خاطف "a
#: lightning attack"), normalised.
_PARTICIPLES = frozenset(normalize(w) for w in ("متطرف", "متشدد", "مسلح", "خاطف"))
#: "Responsible" (normalised bases), which after a definite noun and before عن describes it (الجهة
#: المسؤولة عن الهجوم), though alone it is an official.
_RESPONSIBLE = frozenset(normalize(w) for w in ("مسؤول", "مسؤولة", "مسؤولين", "مسؤولون"))
#: Wrongs (normalised bases, without the article) that those "responsible for" did: المسؤولين عن
#: الهجوم are its perpetrators, no officials (المسؤولين عن الملف، عن حراسة المنشأة are).
_WRONGS = frozenset(normalize(w) for w in (
    "هجوم", "هجمات", "هجمه", "اعتداء", "اعتداءات", "تفجير", "تفجيرات", "قصف", "قتل", "مقتل", "اغتيال",
    "ارتكاب", "شن", "اطلاق", "تنفيذ", "استخدام", "قرصنه", "اختطاف", "خطف", "جريمه", "جرايم", "انتهاك",
    "انتهاكات", "حادث", "حادثه", "مجزره", "مجازر", "تعذيب", "فساد", "تسريب", "اختفاء", "تسميم", "تدمير",
    "تهريب", "عنف", "اعمال", "عمليه", "عمليات", "هدم", "حرق", "احراق", "اعدام", "اباده"))
#: Demonstratives (normalised) between عن and the wrong (المسؤولين عن هذه الجريمة).
_THIS = frozenset({"هذا", "هذه", "ذلك", "تلك", "هذين", "هاتين", "هولاء"})
#: "Pro-" (normalised singular bases): right after an actor and before لـ it describes that actor
#: (حزب معارض مؤيد للأكراد، الفصائل المؤيدة لتركيا), no supporter of its own.
_PRO = frozenset(normalize(w) for w in ("مؤيد", "مؤيدة"))
#: "Not, non-" (normalised): غير مسؤول is "irresponsible".
_NOT = normalize("غير")
#: The diplomat's role, and the nouns of acts and states (normalised bases) that دبلوماسي after them
#: qualifies as an adjective (تصعيد دبلوماسي، توتر دبلوماسي، حل دبلوماسي، تحرك دبلوماسي).
_DIPLOMAT = "diplomat"
_DIPLOMATIC_QUALIFIED = frozenset(normalize(w) for w in (
    "حل", "تصعيد", "توتر", "تحرك", "حراك", "جهد", "جهود", "عمل", "نشاط", "تمثيل", "حضور", "تواصل", "تنسيق",
    "ضغط", "نجاح", "فشل", "انتصار", "حرج", "خلاف", "صراع", "طابع", "غطاء", "مسعى", "مسار", "موقف", "تقارب",
    "انفراج", "اختراق", "عرف", "بروتوكول", "دعم", "رد", "احتجاج", "تبادل", "جواز"))
#: "Aviation" (normalised): bare before a country, an airline (طيران الإمارات).
_AVIATION = normalize("طيران")
#: "Civil(ian)" (normalised) and the nouns it qualifies as an adjective (عصيان مدني، مجتمع مدني).
_CIVIL = normalize("مدني")
_CIVIL_QUALIFIED = frozenset(normalize(w) for w in (
    "عصيان", "عصيانا", "مجتمع", "طيران", "دفاع", "حكم", "زي", "حراك", "نشاط", "عمل"))
#: Nouns of acts and ideas that such a participle qualifies without the article (هجوم مسلح، صراع
#: مسلح، فكر متطرف), normalised bases.
_QUALIFIED = frozenset(normalize(w) for w in (
    "هجوم", "هجمات", "اعتداء", "اعتداءات", "صراع", "نزاع", "سطو", "اشتباك", "اشتباكات", "تمرد", "عمل",
    "كفاح", "فكر", "خطاب", "تيار", "جناح", "هجوما", "صراعا", "نزاعا", "تمردا", "عنف", "نشاط", "سلوك",
    "توغل", "اجتياح", "تقدم"))
#: Fire and projectiles that مدفعية without the article describes (قذائف مدفعية "artillery shells",
#: نيران مدفعية "artillery fire"), normalised bases; with the article it is whose they are (قذائف
#: المدفعية "the artillery's shells").
_PROJECTILES = frozenset(normalize(w) for w in (
    "قذيفة", "قذائف", "قذيفتين", "قذيفتان", "نيران", "نار", "رشقات", "رشقة", "طلقات", "طلقة"))
_ARTILLERY = normalize("مدفعية")


@functools.lru_cache(maxsize=256)
def _named_by_members(entry: ActorEntry, base: str) -> bool:
    """Whether an organisation's names hold the sound plural of the nisba ``base`` (normalised,
    without the article): حوثي with الحوثيين names the Houthis by their members, where العربية
    (Al Arabiya) has no plural and stays "Arabic" after a definite noun."""
    return base.endswith("ي") and any(without_article(normalize(n)) in (base + "ين", base + "ون") for n in entry.names)


def _attributive(p: Piece, prev: Piece | None, tokens: Sequence[Token]) -> bool:
    """A one-word nisba-shaped name (or a singular participle: اليمين المتطرف) right after a
    definite word that is no actor, or an
    indefinite accusative one right after an indefinite accusative noun (دعما دبلوماسيا
    "diplomatic support", not a diplomat)."""
    if p.first != p.last or p.first == 0:
        return False
    tok, before = tokens[p.first], tokens[p.first - 1]
    if p.kind == "sector" and tok.base in _RESPONSIBLE and before.kind == "word" and before.base == _NOT \
            and not tok.enclitic and set(tok.proclitics) <= {"ال"}:
        return True  # سلوك غير مسؤول، الموقف غير المسؤول: "irresponsible", no official
    if p.kind == "sector" and tok.base in _RESPONSIBLE and tok.proclitics == ("ال",) and before.kind == "word" \
            and before.has_article and (prev is None or prev.last != p.first - 1 or (
                prev.kind == "sector" and prev.entry is not None and not prev.entry.standalone)) \
            and p.last + 1 < len(tokens) and tokens[p.last + 1].norm == "عن":
        # الشركة المسؤولة عن إدارة الجسر، الأطراف المسؤولة عن الأزمة: "responsible for", no official
        # (after a noun that is an actor alone it may be one: التقى الوزير المسؤولين عن الملف)
        return True
    if p.kind == "sector" and tok.base in _RESPONSIBLE and set(tok.proclitics) <= {"ال"} and not tok.enclitic \
            and p.last + 2 < len(tokens) and tokens[p.last + 1].norm == "عن":
        act = p.last + 2 + (tokens[p.last + 2].norm in _THIS and p.last + 3 < len(tokens))
        if without_article(tokens[act].base) in _WRONGS:
            return True  # محاسبة المسؤولين عن الهجوم، عن هذه الجريمة: its perpetrators, no officials
    if p.kind == "sector" and tok.base in _PRO and prev is not None and prev.last == p.first - 1 \
            and set(tok.proclitics) <= {"ال"} and not tok.enclitic and p.last + 1 < len(tokens) \
            and tokens[p.last + 1].proclitics[:1] == ("ل",):
        return True  # زعيم حزب معارض مؤيد للأكراد: "pro-Kurdish", the party's description
    if p.kind == "org" and p.entry is not None and _named_by_members(p.entry, tok.base):
        return False  # الهجوم الحوثي: a group named by its members' nisba (الحوثي، الحوثيين) is the adjective's
    if p.kind == "sector" and tok.base == _CIVIL and tok.proclitics == ("ال",) and before.kind == "word" \
            and before.has_article and before.base in _CIVIL_QUALIFIED:
        return True  # الطيران المدني، المجتمع المدني: "civil", no civilian (an actor before it or not)
    if not tokens[p.first].has_article:
        if p.kind == "sector" and tok.base == _ARTILLERY and not tok.proclitics and not tok.enclitic \
                and before.kind == "word" and not before.has_article and before.base in _PROJECTILES:
            return True  # قصفت بقذائف مدفعية مواقع: the shells' adjective, no second (firing) actor
        if p.kind == "sector" and tok.base in _PARTICIPLES and not tok.proclitics and not tok.enclitic \
                and before.kind == "word" and not before.has_article and before.base in _QUALIFIED:
            return True  # هجوم مسلح، صراع مسلح، فكر متطرف: the noun's adjective, no gunman
        if p.kind == "sector" and tok.base == _CIVIL and not tok.proclitics and not tok.enclitic \
                and before.kind == "word" and not before.has_article and before.base in _CIVIL_QUALIFIED:
            return True  # عصيان مدني، مجتمع مدني، طيران مدني: "civil", no civilian
        if p.kind == "sector" and p.entry is not None and p.entry.role == _DIPLOMAT and tok.base.endswith("ي") \
                and not tok.proclitics and not tok.enclitic \
                and before.kind == "word" and not before.has_article and not before.enclitic \
                and (prev is None or prev.last != p.first - 1) \
                and (set(before.proclitics) & {"ب", "ل"} or before.base in _DIPLOMATIC_QUALIFIED):
            return True  # بحرج دبلوماسي، تصعيد دبلوماسي، توتر دبلوماسي: "diplomatic", no diplomat
            # (مصدر دبلوماسي، قال دبلوماسي غربي: a diplomat)
        return p.kind == "sector" and (prev is None or prev.last != p.first - 1) \
            and tok.kind == before.kind == "word" and not tok.proclitics and not before.proclitics \
            and tok.norm.endswith("يا") and len(before.norm) > 3 and before.norm.endswith("ا") \
            and not before.norm.endswith(("يا", "وا"))
    if tokens[p.first].base in _PARTICIPLES and p.kind == "sector" and tokens[p.first].proclitics == ("ال",) \
            and (prev is None or prev.last != p.first - 1):
        before = tokens[p.first - 1]  # اليمين المتطرف، الفكر المتشدد، الكفاح المسلح: a description
        return before.kind == "word" and before.has_article and not before.enclitic
    if not tokens[p.first].base.endswith(NISBA_ENDINGS):
        return False
    before = tokens[p.first - 1]
    if p.kind == "sector" and prev is not None and prev.last == p.first - 1:
        return False  # المسؤولون العسكريون: the noun before is itself an actor
    if tokens[p.first].base.endswith(("يين", "يون")) and not before.base.endswith(("ين", "ون", "ات")):
        return False  # قصف الجيش الحوثيين: a plural nisba does not describe a singular noun
    # (للغة العربية: ل + the article before a word opening with ل is written لل, its alif dropped;
    # تواجدها العسكري: a noun with its pronoun is definite too, before a singular nisba only, as
    # شنته الميليشيات is a verb and its subject)
    return before.kind == "word" and (before.has_article or before.norm.startswith("لل") or (
        before.enclitic is not None and len(before.base) >= 3 and tokens[p.first].base.endswith(("ي", "يه"))))


#: Honorifics that stand before a title or a name (صاحب السمو الملكي الأمير، معالي الوزير،
#: فخامة الرئيس) and epithets (المخلوع صالح), as sequences of clitic-free normalised words; the
#: first may carry a proclitic.
HONORIFICS: tuple[tuple[str, ...], ...] = tuple(sorted((
    tuple(h.split()) for h in (
        "حضره صاحب السمو الملكي", "حضره صاحب السمو", "حضره صاحب الجلاله",
        "صاحب السمو الملكي", "صاحبه السمو الملكي", "صاحب السمو", "صاحبه السمو", "صاحب الجلاله",
        "صاحب المعالي", "صاحب الفخامه", "صاحب السعاده", "صاحب السماحه", "صاحب الغبطه",
        "صاحب النيافه", "صاحب القداسه", "سمو", "جلاله", "فخامه", "معالي", "سعاده", "سماحه",
        "قداسه", "غبطه", "نيافه", "مولانا",
        # epithets written before a name (ودعا المخلوع صالح، الراحل ياسر عرفات)
        "المخلوع", "المعزول", "الراحل",
    )), key=len, reverse=True))
#: Words for one who speaks for the actor named after them (المتحدث باسم وزارة الدفاع، الناطق الرسمي
#: باسم الحكومة): what the spokesperson says, the actor says; as clitic-free normalised words.
SPOKESPERSON: tuple[tuple[str, ...], ...] = tuple(
    tuple(h.split()) for h in (
        "متحدث رسمي اسم", "متحدثه رسميه اسم", "ناطق رسمي اسم", "ناطقه رسميه اسم",
        "متحدث اسم", "متحدثه اسم", "ناطق اسم", "ناطقه اسم",
    ))
#: Words for a member of the body of an organisation named after them with لـ (عضو المكتب السياسي
#: لحركة حماس، عضو اللجنة التنفيذية لمنظمة التحرير): the member speaks and acts for it; as
#: clitic-free normalised words.
MEMBER_OF: tuple[tuple[str, ...], ...] = tuple(
    tuple(h.split()) for h in (
        "عضو مكتب سياسي", "عضوه مكتب سياسي", "عضو لجنه تنفيذيه", "عضوه لجنه تنفيذيه",
        "عضو لجنه مركزيه", "عضوه لجنه مركزيه", "رئيس مكتب سياسي", "عضو قياده", "عضو مجلس قياده",
    ))
_HONORIFIC_BASES = [tuple(without_article(w) for w in h) for h in HONORIFICS] \
    + list(SPOKESPERSON) + list(MEMBER_OF)
_HONORIFIC_LAST = frozenset(b[-1] for b in _HONORIFIC_BASES)  # the word right before the mention
_MEMBER_LAST = frozenset(b[-1] for b in MEMBER_OF)


def _with_honorific(mentions: list[Mention], first: int, tokens: Sequence[Token], lo: int,
                    text: str) -> tuple[list[Mention], bool]:
    """The first mention of a phrase, extended back over the honorific right before it
    (استقبل صاحب السمو الملكي الأمير محمد بن سلمان: the honorific is part of the subject) or
    over the words of a spokesperson (اتهم المتحدث باسم وزارة الدفاع الروسية: the ministry accuses);
    and whether they were a spokesperson's (:func:`_spokesperson_named` then joins a name after it)."""
    if not mentions or first <= lo or tokens[first - 1].base not in _HONORIFIC_LAST:
        return mentions, False
    member = tokens[first - 1].base in _MEMBER_LAST and tokens[first].proclitics[:1] == ("ل",) \
        and mentions[0].actor is not None and mentions[0].actor.kind == "org"  # (لحركة حماس)
    if not member and (mentions[0].start != tokens[first].start or tokens[first].proclitics not in ((), ("ال",))):
        return mentions, False
    for bases in (MEMBER_OF if member else _HONORIFIC_BASES):
        k = first - len(bases)
        if k < lo:
            continue
        run = tokens[k:first]
        if all(t.kind == "word" and t.base == b and (j == 0 or t.proclitics in ((), ("ال",), ("ب",)))
               for j, (t, b) in enumerate(zip(run, bases, strict=True))):
            start = _word_start(run[0])
            head = mentions[0]
            actor = head.actor
            if actor is not None and getattr(actor, "start", None) == head.start:
                actor = replace(actor, start=start, text=text[start : actor.end])
            return [replace(head, start=start, text=text[start : head.end], actor=actor), *mentions[1:]], \
                bases in SPOKESPERSON
    return mentions, False


def _merge_pairs(found: list[Mention], join: Callable[[Mention, Mention], Actor | None], text: str) -> list[Mention]:
    """Each mention and the one after it as one mention, where ``join`` gives the actor the pair
    stands for (None: left apart)."""
    out: list[Mention] = []
    i = 0
    while i < len(found):
        m = found[i]
        nxt = found[i + 1] if i + 1 < len(found) else None
        keep = join(m, nxt) if nxt is not None else None
        if nxt is not None and keep is not None:
            actor = replace(keep, start=m.start, end=nxt.end, text=text[m.start : nxt.end])
            out.append(replace(m, end=nxt.end, text=text[m.start : nxt.end], actor=actor))
            i += 2
            continue
        out.append(m)
        i += 1
    return out


def _spokesperson_named(found: list[Mention], spokes: set[int], tokens: Sequence[Token], starts: list[int],
                        text: str) -> list[Mention]:
    """A spokesperson's mention (المتحدث باسم وزارة الخارجية الإيرانية) with a person's name right
    after it is one mention of that person: المتحدث باسم وزارة الخارجية بهرام قاسمي speaks, no one
    speaks to him. A person the lexicon knows keeps his codes, of his country; one it does not know
    (المتحدث باسم الكرملين ديمتري بيسكوف) speaks for the body, whose codes the mention keeps."""

    def join(m: Mention, nxt: Mention) -> Actor | None:
        if m.start not in spokes or m.actor is None or nxt.start <= m.end \
                or not (nxt.label == "PERS" or (nxt.actor is not None and nxt.actor.kind == "person")):
            return None
        k = bisect.bisect_left(starts, m.end)  # the first token after the spokesperson's mention
        last = bisect.bisect_left(starts, nxt.end) - 1
        if k >= len(tokens) or tokens[k].start != nxt.start or text[m.end : nxt.start].strip() \
                or any(set(t.proclitics) & {"ب", "ل", "ك"} for t in tokens[k : last + 1]):
            return None  # (a name the tagger ran on into a word with a preposition, تامر الرفاعي بالتقرير: left alone)
        person = nxt.actor
        return person if person is not None and person.kind == "person" and (
            person.country is not None or person.group is not None) else m.actor

    return _merge_pairs(found, join, text)


#: The sector entry of officials (مسؤول، مسؤولون) and the sectors of the bodies that make one theirs.
_OFFICIALS = "sec.officials"
_OFFICIAL_BODIES = frozenset({"GOV", "MIL", "COP", "SPY", "JUD", "LEG", "IGO", "OPP", "PTY", "UAF", "REB", "INS",
                              "SEP", "BUS", "MED", "NGO", "HRI", "EDU", "HLH", "REL", "LAB", "ELI"})


def _official_of(found: list[Mention], tokens: Sequence[Token], starts: list[int], text: str) -> list[Mention]:
    """An official of no country (مسؤول، مسؤولون) with a body right after في or بـ is that body's man, one
    mention with the body's codes (مصدر مسؤول في وزارة الخارجية السعودية: SAUGOV, مسؤول بوزارة الدفاع
    الأمريكية: USAMIL, مسؤولون في حركة حماس: HAMAS); before, the official was GOV of no country and the
    body another actor, which a verb after could take as its object. A place after في (مسؤول في مصر)
    is where he is, no body."""

    def join(m: Mention, nxt: Mention) -> Actor | None:
        a, body = m.actor, nxt.actor
        if a is None or a.entry != _OFFICIALS or a.country is not None or a.group is not None or body is None \
                or body.kind not in ("sector", "org") or nxt.start <= m.end or body.sector not in _OFFICIAL_BODIES:
            return None
        k = bisect.bisect_left(starts, m.end)  # the first token after the official's mention
        j = bisect.bisect_right(starts, nxt.start) - 1  # the body's first token (its بـ with it)
        nt = tokens[j] if 0 <= j < len(tokens) else None
        between = text[m.end : nxt.start].strip()
        in_body = nt is not None and ((k == j and nt.proclitics[:1] == ("ب",) and between == "ب")
                                      or (k + 1 == j and tokens[k].norm == "في" and between == tokens[k].text
                                          and nt.proclitics in ((), ("ال",))))
        return body if in_body else None

    return _merge_pairs(found, join, text)


def _word_start(tok: Token) -> int:
    """Where a word starts after its proclitics (ومعالي → معالي، بفخامة → فخامة); the
    preposition still governs the mention through its token."""
    for seg in tok.segments:
        if seg.kind == "proclitic":
            continue
        return seg.start
    return tok.start


#: Names the NER may tag that are no actor of political events (normalised).
_GOD = normalize("الله")
#: "Sons of" (normalised bases): بني/بنو/بنى + a people's name are that people, no state.
_SONS = frozenset(normalize(w) for w in ("بني", "بنو", "بنى"))
#: مسقط "Muscat" and رأس "head" (normalised): مسقط رأس is "birthplace", no capital.
_MUSCAT = "مسقط"
_HEAD = frozenset({"راس"})
#: قادة "leaders", spelled with a pronoun like قاده "led it" (normalised base).
_LED = "قاده"
#: Titles of one ruler that, with his name, name a place after a venue noun (مدينة الملك عبد العزيز،
#: جامعة الأمير سلطان): the roles of their sector entries.
_NAMESAKE_TITLES = frozenset({"king", "emir", "sultan", "crown_prince", "religious"})  # (مسجد الإمام الصادق)
#: The titles (normalised, with the article) between a place and the name it is given (مستشفى الملك سعود).
_NAMESAKE_TITLE_WORDS = frozenset(normalize(w) for w in (
    "الملك", "الأمير", "الأميرة", "الشيخ", "الشيخة", "الإمام", "السلطان", "الملكة"))
#: Short vowels and tanween: a name's first word written with its case ending (فضلُ) is a phrase
#: of religious text, not a person's name.
_HARAKAT = frozenset(chr(c) for c in range(0x064B, 0x0651))
_NO_ACTOR_NAMES = frozenset(normalize(w) for w in ("الله", "بالله", "والله", "لله", "اللهم"))
#: Bodies named by a nisba adjective (الخارجية، الداخلية، البحرية): without the article and a
#: genitive the word is the adjective (زيارة خارجية، قطع بحرية); دورية، مروحية are nouns.
_NISBA_NAMED = frozenset({"foreign_ministry", "interior_ministry", "navy"})


#: "Quasi-, semi-" (normalised base; لشبه، وشبه too): the one word after it is no name.
_QUASI = normalize("شبه")


def _negated_adjective(p: Piece, tokens: Sequence[Token], lo: int) -> bool:
    """A sector noun or nisba with the article right after غير is an adjective negated: التصريحات
    غير المسؤولة "irresponsible" (no official), الشركات غير الأمريكية "non-American"; and a one-word
    name right after شبه "quasi-" is a common noun or adjective (شبه الجزيرة "peninsula": no Al
    Jazeera; شبه عسكرية "paramilitary")."""
    if p.first - 1 < lo:
        return False
    before = tokens[p.first - 1]
    if before.base == _QUASI and "ال" not in before.proclitics and p.kind in ("adjective", "org") \
            and p.first == p.last:
        return True  # شبه الجزيرة العربية "the Arabian Peninsula" (no Al Jazeera), قوات شبه عسكرية "paramilitary"
    return p.kind in ("sector", "adjective") and before.norm == "غير" and tokens[p.first].has_article


def _bare_nisba(p: Piece, pieces: Sequence[Piece], tokens: Sequence[Token], hi: int) -> bool:
    """A ministry named by its nisba (الخارجية، خارجية البحرين) written without the article and
    with no genitive after it is the adjective: زيارة خارجية "a foreign visit"."""
    if p.kind != "sector" or p.first != p.last or tokens[p.first].has_article or p.entry is None \
            or p.entry.role not in _NISBA_NAMED:
        return False
    k = p.last + 1
    if k >= hi:
        return True
    if any(q.first == k and q.kind in ("country", "capital", "org") for q in pieces):
        return False  # خارجية البحرين
    nxt = tokens[k]
    return not (nxt.kind == "word" and nxt.proclitics == ("ال",))


def _first_name(p: Piece, tokens: Sequence[Token], ner: Sequence[Mention]) -> bool:
    """A one-word title or nisba without the article that opens a longer name the NER tagged
    (الأستاذ سلطان البازعي، الدكتور أمير الخطيب، تركي السديري), or a nisba right before a family
    name with the article that the NER tagged alone (تركي المالكي): the person's first name, no
    sultan, emir or Turk."""
    if p.first != p.last or tokens[p.first].proclitics or p.entry is None:
        return False
    if p.kind == "sector" and (p.entry.role is None or p.entry.role in COLLECTIVE_ROLES):
        return False  # (متظاهرون غاضبون, which the NER may take for a name, stay protesters)
    if p.kind not in ("sector", "adjective"):
        return False  # (تركي السديري: Turki, no Turk)
    if p.kind == "adjective" and p.last + 1 < len(tokens) and tokens[p.last + 1].has_article \
            and any(m.label == "PERS" and m.start == tokens[p.last + 1].start for m in ner):
        return True  # تركي المالكي: a family name with the article right after, which the NER tagged alone
    return any(m.label == "PERS" and m.start == p.start and m.end > p.end for m in ner)


def _surname(p: Piece, tokens: Sequence[Token], ner: Sequence[Mention], titled: frozenset[int] = frozenset()) -> bool:
    """A nisba with the article that ends a longer name the NER tagged (الدكتور عبدالله التركي،
    محمد المصري), or a capital's name without it in a name right after a title (``titled``: the
    end offsets of sector pieces; الجندي استيبان سانتياغو): the person's family name, no Turk,
    Egyptian or Chile."""
    if p.first != p.last or not (
            (p.kind == "adjective" and tokens[p.first].has_article)
            or (p.kind == "capital" and not tokens[p.first].proclitics)):
        return False
    # (a capital only in a name right after a title: الجندي استيبان سانتياغو; وزار أبي أسمرة is
    # Abiy visiting Asmara, whatever the NER says)
    return any(m.label == "PERS" and m.end == p.end and m.start < p.start
               and (p.kind != "capital" or any(m.start - 2 <= e < m.start for e in titled)) for m in ner)


def _namesake(p: Piece, first_names: frozenset[int]) -> bool:
    """A person the lexicon knows by one word right after a word that opens a longer name the NER
    tagged as its first name (``first_names``: a title or nisba without the article, :func:`_first_name`):
    someone else of that family name (العقيد تركي المالكي is not Nouri al-Maliki)."""
    return p.kind == "person" and p.first == p.last and p.first - 1 in first_names


def _patronymic(p: Piece, tokens: Sequence[Token], ner: Sequence[Mention]) -> bool:
    """A name that starts with بن/ابن inside a longer name the NER tagged (حمد بن علي العطية is
    not Ben Ali): the lexicon name is a patronymic of someone else."""
    if p.kind != "person" or p.first == 0 or tokens[p.first].base not in _SON_OF:
        return False
    before = tokens[p.first - 1]
    return any(m.label == "PERS" and m.start <= before.start and m.end >= p.end for m in ner)


#: "Deputy" (normalised), which is also "legislator" alone (نائب، نائبة).
_DEPUTY = frozenset({"نايب", "نايبه"})
#: Offices (normalised bases) whose deputy نائب names, in the construct (نائب الناطق، نائب القائد).
_DEPUTISED = frozenset({"ناطق", "متحدث", "قايد", "مدير", "امين", "محافظ", "وزير", "سفير", "قنصل", "مندوب",
                        "مستشار", "ممثل", "عميد", "مفتي", "رييس", "مرشد", "نقيب", "منسق", "مبعوث"})
#: "Son of" (normalised), opening a man's patronymic (حمد بن علي العطية، عبدالله بن عبدالمحسن التركي).
_SON_OF = frozenset({"بن", "ابن"})
#: "Father of" (normalised), which opens a kunya (أبو خالد السوري، أبي عمر الشيشاني): the nisba
#: that ends one is part of the name.
_KUNYA = frozenset({"ابو", "ابي", "ابا"})
#: The words that open a patronymic in a full name, a man's or a woman's (عادل بن أحمد الجبير).
_PATRONYMIC_WORDS = _SON_OF | {"بنت"}


def _piece(m: Match, day: date | None) -> Piece:
    """A lexicon match as a piece; within each kind, the entries valid on ``day`` come first
    (حركة طالبان: the insurgency until 2021-08-14, the government from the next day)."""
    entries = m.entries
    if len(entries) > 1 and day is not None:
        order = {k: i for i, k in reversed(list(enumerate(e.kind for e in entries)))}
        entries = tuple(sorted(entries, key=lambda e: (order[e.kind], not e.valid_on(day))))
    return Piece(first=m.first, last=m.last, start=m.start, end=m.end, kind=entries[0].kind,
                 entries=entries)


#: "Capital" (normalised): a name right after it, or after it and a nisba (العاصمة الأردنية عمان),
#: is a city, which decides between a country and a capital spelled alike (عمان: Oman or Amman).
_CAPITAL_WORDS = frozenset({"عاصمه"})


def _capital_named(p: Piece, tokens: Sequence[Token], lo: int) -> Piece:
    """A name that is both a country and a capital reads as the capital after the word for
    capital (العاصمة عمان، العاصمة الأردنية عمان) or where its shadda writes the capital
    (عمّان); elsewhere the country comes first."""
    if p.kind != "country" or not any(e.kind == "capital" for e in p.entries):
        return p
    before = [tokens[i].base for i in range(max(lo, p.first - 2), p.first)]
    if not any(b in _CAPITAL_WORDS for b in before) and "مّ" not in tokens[p.first].text:
        return p  # عمّان with its shadda is Amman (Oman is عُمان)
    entries = tuple(sorted(p.entries, key=lambda e: e.kind != "capital"))
    return replace(p, kind="capital", entries=entries)


def _sentence_ranges(sentences: Sequence[Sentence], ntokens: int) -> list[tuple[int, int]]:
    if not sentences:
        return [(0, ntokens)]
    return [(s.token_start, s.token_end) for s in sentences]


def _overlaps(m: Mention, spans: Sequence[tuple[int, int]]) -> bool:
    return any(a < m.end and m.start < b for a, b in spans)
