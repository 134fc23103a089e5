"""Plural actors and the anaphors that refer back to sets of countries.

Representation (the contract with the event coder):

- A mention that stands for several actors carries a :class:`PluralActor` (``kind ==
  "plural"``): an :class:`~marsad.model.Actor` subclass with one more field, ``members``.
  That is the case for coordinated adjectives (الزعيمان الباكستاني والإيراني → members PAK and
  IRN, each spanning its own adjective) and for dual/plural anaphors (الدولتان، الجانبان،
  الطرفان، الدول، كل منهما → the last set of countries in the document, each member spanning
  the anaphor itself and carrying the antecedent's name, country and codes; the anaphor's
  sector, when it has one — الزعيمان → GOV — overrides the antecedent's).
- A PluralActor's own ``country`` and ``code`` are ``None``; call :func:`resolve_plural` to
  get the actors it stands for (and emit one event per member, or one per ordered pair for
  reciprocal phrases such as كل منهما).
- Coordinated country mentions (باكستان وإيران) stay separate mentions; :func:`antecedent_set`
  returns the set active at an offset, which is what a dual verb without a subject (وأكدتا)
  refers to. :func:`last_actor` offers the last single actor before an offset (pro-drop).
- A sector noun with a possessive pronoun (قواتها، حكومته) takes the country of the last
  single actor; with a dual/plural pronoun (قواتهما) it becomes a PluralActor over the set.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace

from marsad.lexicons.codes import NONSTATE_SECTORS
from marsad.model import Actor, Document, Mention
from marsad.text import normalize
from marsad.text.dateline import dateline_end

_COORDINATORS = frozenset("و،,")


@dataclass(frozen=True, slots=True)
class PluralActor(Actor):
    """An actor mention standing for several actors (``members``), e.g. الدولتان."""

    members: tuple[Actor, ...] = ()


def actor_code(country: str | None, sector: str | None, group: str | None = None) -> str | None:
    """The CAMEO-style code: a group id, else country + sector, else whichever is known."""
    if group:
        return group
    if country and sector:
        return country + sector
    return country or sector


def community_code(country: str | None, community: str, sector: str | None) -> str:
    """The code of an ethnic or religious community's actor: its country's code, if any, before
    the community's, then its sector's (KUR, KURMIL, SYRKURMIL, ISRDRZ)."""
    return (country or "") + community + (sector or "")


def resolve_plural(doc: Document, mention: Mention) -> tuple[Actor, ...]:
    """The actors a mention stands for: a plural's members, a single actor, or nothing.

    ``doc`` is accepted for symmetry with the other helpers (members are resolved by the
    actor stage already, so the answer never depends on later stages).
    """
    del doc
    actor = mention.actor
    if actor is None:
        return ()
    if isinstance(actor, PluralActor):
        return actor.members
    return (actor,)


def _coordinated(text: str, a: Mention, b: Mention) -> bool:
    """Whether ``b`` follows ``a`` with only و / a comma between them (باكستان وإيران)."""
    if b.start < a.end or b.start - a.end > 4:
        return False
    between = text[a.end : b.start].replace(" ", "")
    return bool(between) and set(between) <= _COORDINATORS


def _countryish(m: Mention) -> bool:
    """A single actor of a country that a dual or plural may refer back to; not the media that
    report (رويترز، وكالة الأنباء الألمانية: the agency is no party to what it reports)."""
    a = m.actor
    return a is not None and not isinstance(a, PluralActor) and a.country is not None and a.sector != "MED"


class SetTracker:
    """Walks mentions in text order and remembers the last set of two or more countries."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._dateline = dateline_end(text)  # its places are where the story was filed, no pair
        self.last_set: tuple[Actor, ...] = ()
        self._chain: list[Mention] = []
        self._recent: list[Actor] = []  # distinct-country actors, most recent last
        #: the last single actor with a country, not a place, or a non-state group of none
        self.last_single: Actor | None = None
        #: whether that actor was named by a sound masculine plural (الحوثيين، المسلحون), which no
        #: singular pronoun refers to
        self.last_single_plural = False
        #: the last two parties joined by و, of a country or not (الفصائل المقاتلة وتنظيم داعش),
        #: and whether they came after the last set of countries: a dual of sides may be them
        self.last_pair: tuple[Actor, ...] = ()
        self._pair_chain: list[Mention] = []
        self._pair_newer = False

    def see(self, m: Mention) -> None:
        """Update the state with a resolved mention."""
        if m.end <= self._dateline:
            return
        actor = m.actor
        self._see_party(m)
        if isinstance(actor, PluralActor):
            if len({a.country for a in actor.members}) >= 2:
                self.last_set = actor.members
                self._pair_newer = False
            self._chain = []
            return
        if actor is not None and actor.country is None and actor.group and actor.sector in NONSTATE_SECTORS \
                and actor.kind not in ("place", "adjective"):
            # قالت مصادر في تنظيم داعش إن مقاتليه سيطروا: a group of no country owns what is its
            # after it (its fighters are the group), no country named before it
            self.last_single = actor
            self.last_single_plural = _sound_plural(m)
        if not _countryish(m):
            return
        if self._chain and _coordinated(self.text, self._chain[-1], m):
            self._chain.append(m)
        else:
            self._chain = [m]
        members = _distinct(x.actor for x in self._chain)
        if len(members) >= 2:
            self.last_set = members
            self._pair_newer = False
        assert actor is not None
        self._recent = [a for a in self._recent if a.country != actor.country] + [actor]
        if actor.kind != "place":
            self.last_single = actor
            self.last_single_plural = _sound_plural(m)

    def _see_party(self, m: Mention) -> None:
        """Follow pairs of parties joined by و, whether or not a country is theirs (the fighting
        factions and ISIS; the army and the rebels), for a dual of sides after them."""
        a = m.actor
        if a is None or isinstance(a, PluralActor) or a.kind in ("place", "adjective") or a.sector == "MED" \
                or not (a.country or a.group):
            return  # (ومسؤولين آخرين: officials of no country are no side)
        if self._pair_chain and _coordinated(self.text, self._pair_chain[-1], m):
            self._pair_chain.append(m)
        else:
            self._pair_chain = [m]
        # one side per country or group (الرئيس الباكستاني آصف علي زرداري ورئيس الوزراء شهباز شريف: one)
        parties = tuple({(x.actor.group or x.actor.country): x.actor
                         for x in self._pair_chain if x.actor is not None}.values())
        if len(parties) == 2:
            self.last_pair, self._pair_newer = parties, True

    def antecedents(self, form: str | None = "dual", role: str | None = None) -> tuple[Actor, ...]:
        """The set an anaphor of ``form`` (``dual``/``plural``) refers to now.

        A plural (الدول) takes the last coordinated set only. A dual takes the last set when it
        has two members, else the last two countries mentioned; a dual of sides (الطرفين) takes
        the last two parties joined by و when they came after that set (اشتباكات بين الفصائل
        المقاتلة وتنظيم داعش … بين الطرفين), of a country or not.
        """
        if form == "dual" and role == "side" and self._pair_newer:
            return self.last_pair
        if form == "plural":
            return self.last_set
        if len(self.last_set) == 2:
            return self.last_set
        return tuple(self._recent[-2:]) if len(self._recent) >= 2 else ()


@dataclass(frozen=True, slots=True)
class AnaphorContext:
    """What anaphor linking needs from the lexicon: country names and each plural's form/role."""

    country_names: Mapping[str, str] = field(default_factory=dict)
    # plural entry id → (form, role): ("dual", "country"), ("plural", "leader")...
    plurals: Mapping[str, tuple[str | None, str | None]] = field(default_factory=dict)
    #: sector entries of role :data:`OWN_COUNTRY_ROLE` (بلاده "his country"): possessed, they are
    #: the owner's country itself, named as such
    own_country: frozenset[str] = frozenset()


def _distinct(actors: Iterable[Actor | None]) -> tuple[Actor, ...]:
    out: dict[str, Actor] = {}
    for a in actors:
        if a is not None and a.country and a.country not in out:
            out[a.country] = a
    return tuple(out.values())


def member_for(anaphor: Actor, antecedent: Actor, *, role: str | None = None,
               country_name: str | None = None) -> Actor:
    """A member of an anaphor: the antecedent's identity at the anaphor's span.

    ``role`` is the anaphor's (``country``, ``side``, ``leader``…). For ``country`` (البلدين)
    the member is the country itself, whatever part of it the antecedent named (البيت الأبيض
    → United States); an anaphor with its own sector (الزعيمان → GOV) keeps the antecedent
    when the sectors agree and otherwise stands for that sector of the antecedent's country.
    """
    if role == "country" and antecedent.country:
        country_name = country_name or antecedent.country
        return Actor(text=anaphor.text, start=anaphor.start, end=anaphor.end, name=country_name,
                     country=antecedent.country, code=antecedent.country, entry=antecedent.country,
                     kind="country")
    sector = anaphor.sector or antecedent.sector
    if sector == antecedent.sector:  # the antecedent itself (ترامب وكيم ... الزعيمان)
        return replace(antecedent, text=anaphor.text, start=anaphor.start, end=anaphor.end,
                       kind="country" if antecedent.kind == "place" else antecedent.kind)
    # الزعيمان after واشنطن وبيونغ يانغ: each country's leader, not the city
    owner = country_name or antecedent.country or antecedent.name
    return Actor(
        text=anaphor.text, start=anaphor.start, end=anaphor.end, name=f"{owner} {role or sector}",
        country=antecedent.country, sector=sector, code=actor_code(antecedent.country, sector),
        entry=anaphor.entry, kind="sector",
    )


#: Possessive pronouns referring to one owner (قواتها، حكومته) and to two or more (قواتهما).
SINGULAR_POSSESSIVES = frozenset({"ه", "ها"})
PLURAL_POSSESSIVES = frozenset({"هما", "هم", "هن"})
#: The role of a sector noun that, possessed, is its owner's country (بلاده، بلادها).
OWN_COUNTRY_ROLE = "own_country"


def link_anaphors(text: str, mentions: Sequence[Mention], possessives: Mapping[int, str] | None = None,
                  context: AnaphorContext | None = None) -> list[Mention]:
    """Resolve anaphors over mentions in text order.

    Plural anaphors (PluralActors without members) get the set they refer to (see
    :meth:`SetTracker.antecedents`); possessed sector nouns (``possessives``: mention start →
    pronoun, e.g. قواتها) get the country of the last single actor (ه، ها) or become plurals
    over the last set (هما، هم).
    """
    possessives = possessives or {}
    ctx = context or AnaphorContext()
    tracker = SetTracker(text)
    out: list[Mention] = []
    speaker: Mention | None = None  # the last person or official with a country (see _own_country)
    party: Mention | None = None  # the last political party named (حزبه after it is that party)
    seen = _CountriesSeen()
    for m in mentions:
        actor = m.actor
        if actor is not None and actor.country is None and not isinstance(actor, PluralActor) \
                and actor.kind == "sector" and _of_the_country(m) and (country := seen.focus()) is not None:
            # رئيس البلاد، حكومة البلاد: the country the text is about
            m = replace(m, actor=replace(actor, country=country, code=actor_code(country, actor.sector),
                                         name=f"{ctx.country_names.get(country, country)} {actor.name}"))
        elif actor is not None and actor.entry in ctx.own_country and m.start in possessives:
            owned = _own_country(text, m, speaker, ctx)
            if owned is None:
                continue  # بلاده with no one of a country before it in its sentence: no actor
            m = owned
        elif isinstance(actor, PluralActor) and not actor.members:
            form, role = ctx.plurals.get(actor.entry or "", ("dual", None))
            members = () if _quantified(text, m.start) else tuple(
                member_for(actor, a, role=role, country_name=ctx.country_names.get(a.country or ""))
                for a in tracker.antecedents(form, role)
            )
            name = " and ".join(a.name for a in members) or actor.name
            m = replace(m, actor=replace(actor, members=members, name=name))
        elif actor is not None and m.start in possessives and actor.sector == _PARTY and not actor.group \
                and possessives[m.start] in SINGULAR_POSSESSIVES and party is not None \
                and not any(ch in _SENTENCE_ENDS for ch in text[party.end : m.start]):
            # عضو الهيئة السياسية لحركة نداء تونس … أن حزبه يستنكر: his party is the one named
            # before it in its sentence
            assert party.actor is not None
            m = replace(m, actor=replace(party.actor, text=m.text, start=m.start, end=m.end))
        elif actor is not None and m.start in possessives and actor.country is None:
            m = replace(m, actor=_possessed(actor, possessives[m.start], tracker))
        tracker.see(m)
        seen.see(m)
        out.append(m)
        if m.actor is not None and m.actor.kind in _SPEAKER_KINDS and m.actor.country is not None \
                and not isinstance(m.actor, PluralActor):
            speaker = m
        if m.actor is not None and m.actor.kind == "org" and m.actor.sector == _PARTY and m.actor.group:
            party = m
    return out


#: The sector of political parties: possessed (حزبه), the party last named in the sentence.
_PARTY = "PTY"
#: "The country" (normalised), as the last word of a sector noun's mention: the country the text is about.
_THE_COUNTRY = frozenset({"البلاد"})


def _of_the_country(m: Mention) -> bool:
    """Whether a mention ends in البلاد "the country" (رئيس البلاد، حكومة البلاد، جيش البلاد)."""
    words = m.text.split()
    return len(words) >= 2 and normalize(words[-1]) in _THE_COUNTRY


class _CountriesSeen:
    """The countries named so far in a document, to tell which one البلاد "the country" is: the
    one named most often before it, the latest of those tied (زعيم الحزب الحاكم في رومانيا … نقل
    سفارة رومانيا … لتحذو حذو الولايات المتحدة، لكن رئيس البلاد نفى: Romania's, not the country
    named last); the media's country (صحيفة ديلي ميل البريطانية) and plurals count for none."""

    def __init__(self) -> None:
        self.counts: dict[str, int] = {}
        self.order: dict[str, int] = {}

    def see(self, m: Mention) -> None:
        if not _countryish(m) or m.actor is None or m.actor.country is None:
            return
        c = m.actor.country
        self.counts[c] = self.counts.get(c, 0) + 1
        self.order[c] = m.start

    def focus(self) -> str | None:
        if not self.counts:
            return None
        return max(self.counts, key=lambda c: (self.counts[c], self.order[c]))


#: Quantifiers (normalised) that make a plural generic (بعض الدول "some states", عدة دول، كل الدول):
#: no set named before.
_QUANTIFIERS = frozenset({"بعض", "عده", "معظم", "كل", "غالبيه", "اغلب", "مختلف", "ساير", "جميع", "كافه"})


def _quantified(text: str, start: int) -> bool:
    """Whether the word right before offset ``start`` is a quantifier (ترفضه بعض الدول)."""
    words = text[max(0, start - 20) : start].split()
    return bool(words) and normalize(words[-1]) in _QUANTIFIERS


#: Kinds of actor whose country بلاده "his country" may be: people and offices (the speaker
#: whose country it is), not a country, a place or an adjective (المسألة السورية).
_SPEAKER_KINDS = frozenset({"person", "sector"})
_SENTENCE_ENDS = frozenset(".!?؟\n")


def _own_country(text: str, m: Mention, speaker: Mention | None, ctx: AnaphorContext) -> Mention | None:
    """بلاده، بلادها، بلدهم: the country of the last person or office named before it in its
    sentence (قال نائب رئيس الوزراء التركي إن بلاده ترفض → Türkiye), as its government, named
    after the country, of kind ``pronoun``; ``None`` where there is none (the sentence names no
    one of a country)."""
    if speaker is None or speaker.actor is None or any(ch in _SENTENCE_ENDS for ch in text[speaker.end : m.start]):
        return None
    country = speaker.actor.country
    assert m.actor is not None and country is not None
    return replace(m, actor=replace(m.actor, country=country, name=ctx.country_names.get(country, country),
                                    code=actor_code(country, m.actor.sector), kind="pronoun"))


#: Sectors of a possessed noun that a non-state owner's members carry: fighters and forces (UAF,
#: MIL, …) and leaders (GOV), not people (CVL) or others.
_MEMBER_SECTORS = NONSTATE_SECTORS | {"MIL", "COP", "SPY", "GOV"}


def _sound_plural(m: Mention) -> bool:
    """Whether a mention other than a country, capital or person is headed by a sound masculine plural
    (-ين، -ون: الحوثيين، المسلحون الحوثيون), which a singular pronoun (ه، ها) cannot refer to (a
    nisba plural after another head, نواب البريطانيين, is no head)."""
    if m.actor is None or m.actor.kind in ("country", "capital", "person"):
        return False  # (جونسون، حسين: names)
    words = m.text.split()
    head = normalize(words[0]) if words else ""
    return len(head) >= 5 and head.endswith(("ين", "ون"))


def _possessed(actor: Actor, pronoun: str, tracker: SetTracker) -> Actor:
    """قواتها → the forces of the last single actor (قواتهم, when it was named by a sound plural:
    الحوثيون); قواتهما → of each member of the last set."""
    if tracker.last_single is not None and (
            (pronoun in SINGULAR_POSSESSIVES and not tracker.last_single_plural)
            or (pronoun == "هم" and tracker.last_single_plural)):
        # (not مواقع الحوثيين … طائراته: "its" is no plural's; قال الحوثيون إن قواتهم: "their" is)
        owner = tracker.last_single
        if owner.group and owner.sector in NONSTATE_SECTORS and actor.sector in _MEMBER_SECTORS:
            # قالت حركة الشباب إن مقاتليها هاجموا: a non-state group's fighters, forces or leaders
            # are that group (as مقاتلو حزب الله is), not a second, nameless actor of its country;
            # its civilians (أطفالها) are not
            return replace(actor, country=owner.country, name=f"{owner.name} {actor.name}",
                           sector=owner.sector, group=owner.group, wikidata=owner.wikidata,
                           code=owner.group)
        return replace(actor, country=owner.country, name=f"{owner.name} {actor.name}",
                       code=actor_code(owner.country, actor.sector))
    if pronoun in PLURAL_POSSESSIVES:
        owners = tracker.antecedents()
        if owners:
            members = tuple(member_for(actor, o) for o in owners)
            return PluralActor(text=actor.text, start=actor.start, end=actor.end,
                               name=" and ".join(f"{o.name} {actor.name}" for o in owners),
                               sector=actor.sector, entry=actor.entry, kind="plural", members=members)
    return actor


def antecedent_set(doc: Document, offset: int, *, form: str = "dual") -> tuple[Actor, ...]:
    """The set of countries a dual (``form="dual"``) or plural (``"plural"``) subject at
    ``offset`` refers to (وأكدتا after باكستان وإيران → PAK, IRN); see :meth:`SetTracker.antecedents`."""
    tracker = SetTracker(doc.text)
    for m in doc.mentions:
        if m.start >= offset:
            break
        tracker.see(m)
    return tracker.antecedents(form)


def last_actor(doc: Document, offset: int, *, plural: bool | None = None) -> Mention | None:
    """The last mention with an actor ending before ``offset`` (a pro-drop subject candidate).

    ``plural=True`` wants a :class:`PluralActor`, ``False`` a single actor, ``None`` either.
    Places (``kind == "place"``) are skipped: a city in a place phrase is not a subject.
    """
    for m in reversed(doc.mentions):
        a = m.actor
        if m.end > offset or a is None or a.kind == "place":
            continue
        if plural is None or plural == isinstance(a, PluralActor):
            return m
    return None
