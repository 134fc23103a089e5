"""From composed phrases to actors: codes, office holders on the document date, names.

:class:`ActorIndex` holds everything built once per lexicon (the trie, office holders by
country and role, each person's terms of office, country names). :class:`PhraseResolver`
turns one :class:`~marsad.actors.compose.Phrase` into mentions for one document date.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import replace
from datetime import date

from marsad.actors.compose import (
    COLLECTIVE_ROLES,
    DEPUTY_HEADS,
    KIN_ROLES,
    OF_ORG_ROLES,
    Phrase,
    Piece,
    several,
)
from marsad.actors.coref import OWN_COUNTRY_ROLE, AnaphorContext, PluralActor, actor_code, community_code
from marsad.actors.matcher import ActorMatcher
from marsad.lexicons.codes import IGO_SECTORS, NONSTATE_SECTORS, STATE_SECTORS
from marsad.lexicons.schema import ActorEntry
from marsad.model import Actor, Mention, Token
from marsad.text import light_normalize, normalize
from marsad.text.normalize import without_article

#: Prefix of the holder keys of an organisation's offices (by group id, not country).
_GROUP = "group:"

#: The NER-style label of a mention, from the actor's kind.
LABELS = {"person": "PERS", "org": "ORG", "country": "LOC", "capital": "LOC", "place": "LOC"}


#: Nouns for the members of a body (normalised): composed with a sector noun they take its sector
#: (أفراد الشرطة → police, أعضاء الحكومة → government), where alone they are people.
MEMBER_HEADS = frozenset(normalize(w) for w in (  # (أفراد and افراد alike)
    "أفراد", "فرد", "عناصر", "عنصر", "أعضاء", "عضو", "منتسبي", "منتسبو", "منتسب"))
#: Sectors of armed men: with an opposition adjective (المقاتلون المعارضون، مسلحين معارضين) they
#: are rebels.
_ARMED_OPPOSING = frozenset({"UAF", "MIL", "REB"})
#: Words that make a title a former one (الرئيس الأمريكي السابق باراك أوباما، الرئيس اليمني المخلوع
#: علي عبد الله صالح: deposed).
_FORMER_TITLES = ("السابق", "الأسبق", "الاسبق", "المخلوع", "المعزول")
_FORMER = re.compile("|".join((*_FORMER_TITLES, "سابقا", "سابقاً")))
#: A word of a former office right after a title (الرئيس البرازيلي السابق، رئيس الوزراء الأسبق).
_FORMER_AFTER = re.compile(r"\s+(?:السابقة|" + "|".join(_FORMER_TITLES) + r")(?!\w)")
#: Roles of those who follow a person (أنصار، مؤيدو): the sector of the phrase, not the person's.
_FOLLOWERS = frozenset({"supporters"})
#: Roles of a generic head that lead or serve in whatever body follows it: its sector is the body's
#: (قائد الشرطة → police, قادة الحرس الوطني → military, ضابط الشرطة، ضابط شرطة → police).
LEADING_ROLES = frozenset({"commander", "officer"})
#: Head nouns that name an institution of government whatever body they belong to
#: (حكومة طالبان is a government, not the insurgency).
STATE_ROLES = frozenset({"government", "regime", "administration", "authorities", "cabinet", "ministry"})


def _feminine_forms(names: Iterable[str]) -> set[str]:
    """The feminine first words among a title's names: one ending in ة whose form without it is
    another name's first word (رئيسة beside رئيس، وزيرة beside وزير، المستشارة beside المستشار)."""
    firsts = {without_article(normalize(n).split()[0]) for n in names if n.split()}
    written = {without_article(normalize(n.split()[0])) for n in names if n.split() and n.split()[0].endswith("ة")}
    return {w for w in written if w[:-1] in firsts}  # (not أنصاره "his supporters": no ة)


def _own_body(org: ActorEntry, head: ActorEntry) -> bool:
    """Whether the ``head`` noun of organisation ``org`` is that organisation: the members or
    offices of an armed group or the opposition (زعيم حركة طالبان، مقاتلو حزب الله), and an office
    of state's title in any other body of neither a state nor states (رئيس حزب الوفد is no
    president of Egypt, زعيم حزب المحافظين no British government); not an institution of state
    (حكومة حزب العدالة والتنمية), and not the people of another body (أنصار الحزب: supporters)."""
    if org.sector is None or org.sector in STATE_SECTORS or org.sector in IGO_SECTORS \
            or head.role in STATE_ROLES:
        return False
    return org.sector in NONSTATE_SECTORS or head.sector in STATE_SECTORS


#: A one-word surname is also a common word when the corpus has it with the article this often
#: (رئيسي: الرئيسي "the main" 1951 times; بوتين: never).
COMMON_WORD_MIN_COUNT = 30


class ActorIndex:
    """Lookups over an actor lexicon, built once per process (see :func:`marsad.actors.stage.default_index`).

    ``vocabulary`` (light form → corpus count; by default the text layer's) tells which
    one-word surnames are also common words (:meth:`is_common_word`).
    """

    def __init__(self, entries: Iterable[ActorEntry], vocabulary: Mapping[str, int] | None = None) -> None:
        if vocabulary is None:
            from marsad.text.segment import default_segmenter

            vocabulary = default_segmenter().vocab
        # a community's name or nisba composes and argues as a nationality adjective does (القوات
        # الكردية، الأكراد); its entry keeps its code as its group and has no country
        self.entries = tuple(replace(e, kind="adjective") if e.kind == "community" else e for e in entries)
        # (organisation anaphors are found by :class:`marsad.actors.orgref.OrgMemory`, not matched)
        self.matcher = ActorMatcher(tuple(e for e in self.entries if e.kind != "anaphor"))
        self.org_anaphors = tuple(e for e in self.entries if e.kind == "anaphor")
        self.country_names: dict[str, str] = {}
        self.holders: dict[tuple[str, str], list[ActorEntry]] = {}
        self.multiword: set[str] = set()  # people (name_en) with a name of two words or more
        self.role_sectors: dict[str, str] = {"capital": "GOV"}  # role → sector (plural anaphors)
        self.feminine_titles: set[str] = set()  # وزيره، رئيسه، المستشاره (normalised first words)
        for e in self.entries:
            if e.kind == "sector" and e.role and e.sector:
                self.role_sectors.setdefault(e.role, e.sector)
                self.feminine_titles |= _feminine_forms(e.names)
            if e.kind == "country" and e.country and e.country not in self.country_names:
                self.country_names[e.country] = e.name_en
            elif e.kind == "person":
                if e.country and e.role:
                    self.holders.setdefault((e.country, e.role), []).append(e)
                if e.group and e.role:  # the UN's, NATO's, Hezbollah's secretary general
                    self.holders.setdefault((_GROUP + e.group, e.role), []).append(e)
                if any(len(n.split()) > 1 for n in e.names):
                    self.multiword.add(e.name_en)
        self.anaphors = AnaphorContext(
            country_names=dict(self.country_names),
            plurals={e.id: (e.form, e.role) for e in self.entries if e.kind == "plural"},
            own_country=frozenset(e.id for e in self.entries if e.kind == "sector" and e.role == OWN_COUNTRY_ROLE),
        )
        self._vocabulary = vocabulary

    def is_common_word(self, tok: Token) -> bool:
        """Whether a word is common with the article in the corpus (رئيسي: الرئيسي "the main")."""
        stem = next((seg.text for seg in tok.segments if seg.kind == "stem"), tok.text)
        if stem.startswith("ال"):
            return False
        return self._vocabulary.get(light_normalize("ال" + stem), 0) >= COMMON_WORD_MIN_COUNT

    def plural_sector(self, entry: ActorEntry) -> str | None:
        """The sector a plural anaphor implies (الزعيمان → GOV, الجيشان → MIL, الدولتان → none)."""
        if entry.sector:
            return entry.sector
        return self.role_sectors.get(entry.role) if entry.role else None

    def country_name(self, iso3: str | None) -> str | None:
        """The English name of a country code (the code itself when the lexicon lacks it)."""
        if iso3 is None:
            return None
        return self.country_names.get(iso3, iso3)

    def holder(self, country: str, role: str, day: date | None, *, feminine: bool = False) -> ActorEntry | None:
        """Who held ``role`` in ``country`` on ``day`` (the latest term when ``day`` is unknown); the
        state's office holder before a rival body's (الرئيس اليمني in 2018 is Hadi, not the president of
        the Houthis' council, whose row carries their group). A title written in the ``feminine``
        (وزيرة الخارجية) is held only by a woman: a man in office then is not she."""
        terms = [e for e in self.holders.get((country, role), ()) if e.valid_on(day)
                 and not (feminine and e.gender != "f")]
        if not terms:
            return None
        return max(terms, key=lambda e: (e.group is None, e.valid_from or date.min))


def choose_term(entries: Iterable[ActorEntry], day: date | None,
                role: str | None = None) -> tuple[ActorEntry, bool] | None:
    """A person's term of office for ``day``: ``(entry, current)``.

    Among terms valid on ``day`` the one matching ``role`` (the title before the name) wins,
    then the most recent. With none valid, the last term before ``day`` (``current`` False:
    a former office holder keeps his country but not his sector), else the first after it.
    """
    terms = [e for e in entries if e.kind == "person"]
    if not terms:
        return None
    valid = [e for e in terms if e.valid_on(day)]
    if valid:
        valid.sort(key=lambda e: (e.role != role, -(e.valid_from or date.min).toordinal()))
        return valid[0], True
    assert day is not None  # every term is valid on an unknown day
    past = [e for e in terms if e.valid_to and e.valid_to < day]
    if past:
        return max(past, key=lambda e: e.valid_to or date.min), False
    return min(terms, key=lambda e: e.valid_from or date.max), False


class PhraseResolver:
    """Builds the mentions of composed phrases for one document."""

    def __init__(self, index: ActorIndex, text: str, day: date | None) -> None:
        self.index = index
        self.text = text
        self.day = day
        #: start offset → possessive pronoun of the sector mentions whose owner coref resolves
        self.possessives: dict[int, str] = {}

    def actor(self, start: int, end: int, *, name: str, country: str | None = None,
              sector: str | None = None, group: str | None = None, code: str | None = None,
              wikidata: str | None = None, entry: str | None = None, kind: str = "other",
              gender: str | None = None) -> Actor:
        """An actor over ``text[start:end]``; ``code`` defaults to :func:`actor_code`."""
        return Actor(text=self.text[start:end], start=start, end=end, name=name, country=country,
                     sector=sector, group=group, code=code or actor_code(country, sector, group),
                     wikidata=wikidata, entry=entry, kind=kind, gender=gender)

    def feminine(self, piece: Piece) -> bool:
        """Whether a title is written in the feminine (وزيرة الخارجية، المستشارة، رئيسة الوزراء)."""
        words = self.text[piece.start:piece.end].split()
        return bool(words) and words[0].endswith("ة") and without_article(normalize(words[0])) in self.index.feminine_titles

    def mention(self, actor: Actor, origin: str = "lexicon", label: str | None = None) -> Mention:
        return Mention(text=actor.text, start=actor.start, end=actor.end,
                       label=label or LABELS.get(actor.kind, "ACTOR"), origin=origin, actor=actor)

    def resolve(self, ph: Phrase) -> list[Mention]:
        """The mentions of one phrase (usually one; none for a generic noun)."""
        head = ph.head
        if ph.unknown_body:
            return []  # رئيس النادي: the head of a body the lexicon does not know
        if ph.joined:
            return self._distributed(ph)
        if head.kind == "sector":
            return self._sector(ph)
        if head.kind == "plural":
            return self._plural(ph)
        if head.kind == "person":  # an NER name may take a nisba: خالد عثمان السوداني
            country = ph.adjectives[0].entry.country if ph.adjectives and ph.adjectives[0].entry else None
            # الكاتب المصري علاء الأسواني: a private person named by occupation and nationality
            private = ph.leading is not None and ph.leading in ph.adjectives and not head.entries
            return [self.mention(self._person(head, ph.start, ph.end, country=country,
                                              sector="CVL" if private else None), head.origin,
                                 head.label or "PERS")]
        if head.kind == "org":
            return [self.mention(self._org(ph), head.origin, head.label)]
        if head.kind in ("country", "capital"):
            return [self.mention(self._country(ph))]
        if head.kind in ("adjective", "place"):  # (place: the nisba of a place, حلب السورية)
            e = _entry(head)
            com = ph.community.entry if ph.community is not None else None
            group = com.group if com is not None else e.group
            return [self.mention(self.actor(ph.start, ph.end, name=self.index.country_name(e.country)
                                            or e.name_en, country=e.country, group=group, entry=e.id,
                                            code=community_code(e.country, group, None) if com is not None and group else None,
                                            kind=head.kind))]
        return []

    def _person(self, piece: Piece, start: int, end: int, *, role: str | None = None,
                country: str | None = None, sector: str | None = None, group: str | None = None,
                feminine: bool = False) -> Actor:
        """A named person: the term of office on the document date (title values as fallback); a
        name the lexicon does not know is a woman's after a title in the ``feminine``."""
        chosen = choose_term(piece.entries, self.day, role)
        if chosen is None:  # a name NER found that the lexicon does not know
            return self.actor(start, end, name=piece.name or self.text[piece.start:piece.end],
                              country=country or piece.country, sector=sector or piece.sector,
                              group=group, kind="person", gender="f" if feminine else None)
        e, current = chosen
        if role in _FOLLOWERS:
            pass  # أنصار الرئيس المعزول محمد مرسي: his supporters are civilians, whatever his office
        elif current or country not in (None, e.country) or _FORMER.search(self.text[start:end]):
            sector = e.sector if current else None
        # else نائب وزير الخارجية السوري فيصل المقداد before his term as minister: the title tells
        group = e.group if current else None
        if not current and e.group and e.sector in NONSTATE_SECTORS:
            # a former leader of an armed group or movement is still one of it (الصماد after his
            # term: the Houthis, not Yemen); an envoy of the UN is no longer the UN's
            group, sector = e.group, e.sector
        return self.actor(start, end, name=e.name_en, country=e.country or country,
                          sector=sector, group=group,
                          wikidata=e.wikidata, entry=e.id, kind="person", gender=e.gender)

    def _org(self, ph: Phrase) -> Actor:
        head = ph.head
        e = head.entry
        adj_country = ph.adjectives[0].entries[0].country if ph.adjectives else None
        if e is None:
            return self.actor(ph.start, ph.end, name=self.text[head.start:head.end],
                              country=adj_country, kind="org")
        return self.actor(ph.start, ph.end, name=e.name_en, country=e.country or adj_country,
                          sector=e.sector, group=e.group, wikidata=e.wikidata, entry=e.id, kind="org")

    def _country(self, ph: Phrase) -> Actor:
        e = _entry(ph.head)
        if ph.is_place:
            return self.actor(ph.start, ph.end, name=e.name_en, country=e.country,
                              wikidata=e.wikidata, entry=e.id, kind="place")
        sector = (e.sector or "GOV") if e.kind == "capital" else None
        return self.actor(ph.start, ph.end, name=e.name_en, country=e.country, sector=sector,
                          wikidata=e.wikidata, entry=e.id, kind=e.kind)

    def _owner(self, ph: Phrase) -> tuple[str | None, Piece | None]:
        """Whose the head is: the country of its adjective, construct dependent or place phrase; a
        named organisation in the construct before an adjective of its own country owns the head
        (ميليشيات حزب الله اللبنانية: Hezbollah's, not Lebanon's)."""
        if ph.adjectives:
            country = _entry(ph.adjectives[0]).country
            dep = ph.dependent
            if dep is not None and dep.kind == "org" and dep.entry is not None and dep.entry.group \
                    and dep.entry.country in (None, country):
                return country, dep
            return country, ph.adjectives[0]
        if ph.dependent is not None:
            return (ph.dependent.entry.country if ph.dependent.entry else None), ph.dependent
        if ph.place_country is not None:
            return _entry(ph.place_country).country, ph.place_country
        return None, None

    def _sector(self, ph: Phrase) -> list[Mention]:
        head = _entry(ph.head)
        if head.role in KIN_ROLES and ph.dependent is None:
            return []  # ابنته، والدها، والدته تريشيا: a kinsman named by a pronoun is no actor of his own
        if len(ph.adjectives) >= 2:
            return [self._coordinated(ph, head.sector)]
        country, owner = self._owner(ph)
        if ph.dependent is not None and ph.dependent.kind == "sector" and ph.dependent.entry is not None \
                and normalize(self.text[ph.head.start:ph.head.end]) in MEMBER_HEADS:
            # أفراد القوات الأمنية، أعضاء الحكومة: members of a body are that body
            head = ph.dependent.entry
            if owner is ph.dependent:
                country, owner = None, None
        elif ph.dependent is not None and ph.dependent.kind == "sector" and ph.dependent.entry is not None \
                and ph.dependent.entry.role is not None \
                and (deputy := normalize(self.text[ph.head.start:ph.head.end])) in DEPUTY_HEADS:
            # نائب وزير الخارجية الكويتي: the deputy serves where the office does, without holding it
            title = "assistant" if deputy.startswith("مساعد") else "deputy"
            head = replace(ph.dependent.entry, role=None, name_en=f"{title} {ph.dependent.entry.name_en}")
            if owner is ph.dependent:
                country, owner = None, None
        org = owner.entry if owner is not None and owner.kind == "org" else None
        if ph.person is not None and head.role in KIN_ROLES:
            # صهر الرئيس الأمريكي دونالد ترامب: the kinsman of the one named, a private person of his country
            kin_country = next((e.country for e in ph.person.entries if e.country), None) or country
            return [self.mention(self.actor(ph.start, ph.end, name=head.name_en, country=kin_country,
                                            sector=head.sector, group=None, entry=head.id, kind="sector"))]
        if ph.person is not None:
            # (زعيم حزب العمال المعارض جيرمي كوربن: the leader of an opposition party is of the opposition)
            sector, group = ("OPP" if ph.opposing is not None else head.sector), None
            if org is not None and _own_body(org, head):
                # كمال قليجدار أوغلو زعيم حزب الشعب الجمهوري: the leader of an opposition party or
                # an armed group is of it, not of his country's government
                country, sector, group = org.country, org.sector, org.group
                if ph.opposing is not None and org.sector == "PTY":
                    sector = "OPP"  # زعيم حزب العمال البريطاني المعارض: the party in opposition
            actor = self._person(ph.person, ph.start, ph.end, role=head.role, country=country,
                                 sector=sector, group=group, feminine=self.feminine(ph.head))
            return [self.mention(actor, ph.person.origin, "PERS")]
        if head.role and owner is not None and owner.kind == "org" and owner.entry is not None and owner.entry.group \
                and head.role in OF_ORG_ROLES and not self._several(ph.head):
            holder = self.index.holder(_GROUP + owner.entry.group, head.role, self.day,
                                       feminine=self.feminine(ph.head))
            if holder is not None:  # الأمين العام للأمم المتحدة: the one who held it then
                return self._holder(ph, holder, holder.country, holder.sector, holder.group)
            body = owner.entry  # الأمانة العامة لرابطة العالم الإسلامي: the office speaks for the organisation
            return [self.mention(self.actor(
                ph.start, ph.end, name=f"{body.name_en} {head.name_en}", country=body.country, sector=body.sector,
                group=body.group, wikidata=body.wikidata, entry=body.id, kind="org"))]
        dep = ph.dependent
        # قادة الميليشيات الليبية، زعيم المتمردين: the leaders of a non-state body are of it, no
        # office holder of the country
        led = dep is not None and dep.kind == "sector" and dep.entry is not None \
            and head.role in LEADING_ROLES | {"leader"} and dep.entry.sector in NONSTATE_SECTORS
        if head.role and head.role not in COLLECTIVE_ROLES and country and _FORMER_AFTER.match(self.text, ph.end):
            # الرئيس البرازيلي السابق (his name unknown or not found): a former office holder keeps
            # his country but not his sector, and is no one holding the office on the day (a former
            # body, الإدارة الأمريكية السابقة, acted as that body: it keeps its sector)
            cname = self.index.country_name(country)
            return [self.mention(self.actor(ph.start, ph.end, name=f"{cname or country} former {head.name_en}",
                                            country=country, entry=head.id, kind="sector"))]
        if head.role and country and not (owner is not None and owner.kind == "org") and not led:
            # (not رئيس حركة حماس: the group's head, not the president of its country)
            holder = self.index.holder(country, head.role, self.day, feminine=self.feminine(ph.head))
            if holder is not None:
                return self._holder(ph, holder, country, holder.sector or head.sector)
        if ph.possessive is not None:
            self.possessives[ph.start] = ph.possessive[0]
        elif country is None and (owner is None or owner.kind != "org") and not head.standalone \
                and ph.opposing is None:  # (الحزب المعارض: a party of the opposition is one)
            return []  # الشركة التابعة: a generic company is no actor without a country or name
        member = ph.dependent is not None and ph.dependent is owner \
            and normalize(self.text[ph.head.start:ph.head.end]) in MEMBER_HEADS
        if org is not None and (_own_body(org, head) or member):
            # زعيم حركة طالبان، مقاتلو حزب الله، رئيس حزب الوفد: members of a non-state body are that body
            # (أفراد الحرس الثوري، أعضاء الحزب: the members of any body are of it, no country's people)
            return [self.mention(self.actor(ph.start, ph.end, name=f"{org.name_en} {head.name_en}",
                                            country=org.country, sector=org.sector, group=org.group,
                                            wikidata=None, entry=org.id, kind="org"))]
        group = org.group if org is not None else None
        community = ph.community.entry.group if ph.community is not None and ph.community.entry else \
            owner.entry.group if owner is not None and owner.kind == "adjective" and owner.entry else None
        cname = self.index.country_name(country) or (owner.entry.name_en if owner and owner.entry else None)
        name = f"{cname} {head.name_en}" if cname else head.name_en
        sector = head.sector
        if ph.opposing is not None:  # المقاتلون المعارضون: armed opposition are rebels
            sector = "REB" if head.sector in _ARMED_OPPOSING else "OPP"
        if (head.role in LEADING_ROLES or led) and dep is not None and dep.kind == "sector" and dep.entry is not None \
                and ph.opposing is None:
            sector = dep.entry.sector  # قائد الشرطة العراقية: the commander of the police is police
        # رئيس المفوضية الأوروبية، مقاتلات التحالف العربي: an officer or the arms of an
        # inter-governmental body or a coalition of states are coded by it (جنرال في الحرس الثوري
        # stays IRNMIL: one state's force)
        igo = group if org is not None and (org.sector == "IGO" or org.role == "coalition") else None
        if community is not None:
            # القوات الكردية، مستوطنون يهود: the community's (KURMIL); القوات الكردية السورية: and
            # the country's (SYRKURMIL)
            if country is not None and ph.community is not None and ph.community.entry is not None:
                name = f"{cname} {ph.community.entry.name_en} {head.name_en}"
            return [self.mention(self.actor(ph.start, ph.end, name=name, country=country, sector=sector,
                                            group=community, code=community_code(country, community, sector),
                                            entry=head.id, kind="sector"))]
        return [self.mention(self.actor(ph.start, ph.end, name=name, country=country,
                                        sector=sector, group=group,
                                        code=actor_code(country, sector, igo), entry=head.id,
                                        kind="sector"))]

    def _several(self, head: Piece) -> bool:
        """Whether the title's first word is a dual or a plural (قادة داعش: the group's leaders, no
        one office holder)."""
        words = self.text[head.start:head.end].split()
        word = normalize(words[0]) if words else ""
        return several(word) or (word[:1] in ("و", "ف", "ل", "ب") and several(word[1:]))

    def _holder(self, ph: Phrase, holder: ActorEntry, country: str | None, sector: str | None,
                group: str | None = None) -> list[Mention]:
        """The phrase as the person who held its office on the document date."""
        return [self.mention(self.actor(ph.start, ph.end, name=holder.name_en, country=country, sector=sector,
                                        group=group, wikidata=holder.wikidata, entry=holder.id, kind="person",
                                        gender=holder.gender))]

    def _coordinated(self, ph: Phrase, sector: str | None) -> Mention:
        """الزعيمان الباكستاني والإيراني: one plural mention, one member per adjective."""
        members = []
        for adj in ph.adjectives:
            e = _entry(adj)
            cname = self.index.country_name(e.country) or e.name_en
            members.append(self.actor(adj.start, adj.end, name=cname, country=e.country, sector=sector,
                                      group=e.group, code=community_code(None, e.group, sector) if e.group else None,
                                      entry=e.id, kind="adjective"))
        head = _entry(ph.head)
        plural = PluralActor(text=self.text[ph.start:ph.end], start=ph.start, end=ph.end,
                             name=" and ".join(m.name for m in members), sector=sector,
                             entry=head.id, kind="plural", members=tuple(members))
        return self.mention(plural)

    def _distributed(self, ph: Phrase) -> list[Mention]:
        """وزيرا خارجية روسيا وتركيا، قادة فرنسا وألمانيا: the head resolved with each country in
        turn, as one plural mention with a member per country (each member spans its country's
        name: the span of the head is shared); a country with no actor of its own leaves the
        others as they are."""
        assert ph.dependent is not None
        members: list[Actor] = []
        for owner in (ph.dependent, *ph.joined):
            one = replace(ph, dependent=owner, joined=[])
            found = self._sector(one) if ph.head.kind == "sector" else self._plural(one)
            if len(found) != 1 or isinstance(found[0].actor, PluralActor) or found[0].actor is None:
                continue
            members.append(replace(found[0].actor, text=self.text[owner.start:owner.end],
                                   start=owner.start, end=owner.end))
        if not members:
            return []
        if len(members) == 1:
            return [self.mention(replace(members[0], text=self.text[ph.start:ph.end], start=ph.start, end=ph.end))]
        head = _entry(ph.head)
        plural = PluralActor(text=self.text[ph.start:ph.end], start=ph.start, end=ph.end,
                             name=" and ".join(m.name for m in members), sector=head.sector,
                             entry=head.id, kind="plural", members=tuple(members))
        return [self.mention(plural)]

    def _plural(self, ph: Phrase) -> list[Mention]:
        head = _entry(ph.head)
        sector = self.index.plural_sector(head)
        if len(ph.adjectives) >= 2:
            return [self._coordinated(ph, sector)]
        country, _ = self._owner(ph)
        if country is not None:  # الجانب الباكستاني، the dual with a single nisba: one actor
            cname = self.index.country_name(country)
            return [self.mention(self.actor(ph.start, ph.end, name=cname or country, country=country,
                                            sector=sector, entry=head.id, kind="sector"))]
        plural = PluralActor(text=self.text[ph.start:ph.end], start=ph.start, end=ph.end,
                             name=head.name_en, sector=sector, entry=head.id, kind="plural")
        return [self.mention(plural, origin="coref")]


def _entry(piece: Piece) -> ActorEntry:
    e = piece.entry
    if e is None:  # only NER persons/orgs have no entry, and they never reach these paths
        raise ValueError(f"piece {piece.kind} at {piece.start} has no lexicon entry")
    return e
