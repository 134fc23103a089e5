"""Noun-phrase composition: lexicon pieces of one sentence grouped into actor phrases.

A *piece* is one lexicon match (or an NER person/organisation the lexicon does not know).
Composition reads the pieces of a sentence left to right and attaches to a head noun the
words that tell whose it is, the way Arabic news builds actor phrases:

- the nisba adjective after a noun: القوات الجوية الباكستانية (sector + adjective);
- coordinated adjectives: الزعيمان الباكستاني والإيراني (head + adjective + و adjective);
- the construct state: وزير خارجية إيران، حكومة طالبان (a head without the article
  followed by a country, capital or organisation without a proclitic);
- apposition of a title and a name: الرئيس الباكستاني آصف علي زرداري, with at most two
  article-bearing words between them (قائد الجيش القوي الجنرال عاصم منير);
- a place phrase right after a head that has no country yet: قوات الأمن في إيران gives the
  head the country of إيران (the country stays a mention of its own, marked as a place).

Composition only groups; :mod:`marsad.actors.resolve` turns a phrase into an actor.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from marsad.lexicons.codes import NONSTATE_SECTORS, STATE_SECTORS
from marsad.lexicons.schema import ActorEntry
from marsad.model import Token
from marsad.text import normalize
from marsad.text.normalize import without_article

#: Prepositions that put the following country or city in a place phrase ("in", "inside", "to").
PLACE_PREPOSITIONS = frozenset(normalize(w) for w in (
    "في", "داخل", "إلى", "قرب", "نحو", "بالقرب", "وسط", "ضواحي", "أطراف",
    "شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي",
))
#: Closed-class words that never stand alone as an actor name, although a one-word name may
#: normalise like them (أمام "in front of" is written like إمام "imam").
FUNCTION_WORDS = frozenset(normalize(w) for w in (
    "أمام", "بين", "عند", "فوق", "تحت", "خلال", "حول", "ضد", "مع", "منذ", "بعد", "قبل", "لدى",
    "عبر", "دون", "نحو", "حتى", "وراء", "خلف", "قرب", "عن", "على", "إلى", "في", "من", "أن", "إن",
    "لكن", "كما", "ثم", "أو", "أي", "كل", "بعض", "غير", "هذا", "هذه", "ذلك", "تلك", "الذي",
    "التي", "قد", "لقد", "لم", "لن", "ليس", "أيضا", "إذا", "لو", "ما", "لا", "هل",
))
#: Nouns that title a place named right after them (في العاصمة مقديشو، بمدينة حلب).
PLACE_TITLES = frozenset(normalize(w) for w in ("عاصمة", "مدينة", "بلدة", "قرية", "ولاية", "إقليم", "محافظة"))
#: Words after a bare رئيس that name the state it heads (رئيس البلاد، رئيس الدولة), normalised bases.
_OWN_STATE = frozenset({"بلاد", "دوله"})
#: How many words after رئيس may still name its body's country or organisation (رئيس المجلس
#: الاستشاري الليبي): with none there, the body is unknown.
_BODY_WORDS = 3
#: Nouns of the land around a place, one side or a part of it, in construct with it (ريف دمشق، ضواحي
#: بغداد، شرق دمشق، منطقة بغداد الجديدة، مطار دمشق): a capital named after them is a place, never
#: its government.
_AROUND = frozenset(normalize(w) for w in (
    "ريف", "ضواحي", "ضاحية", "أطراف", "محيط", "شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي",
    "وسط", "منطقة", "مناطق", "حي", "أحياء", "مطار"))
#: Military and police ranks (normalised, without the article): before a nationality and a name they
#: make an officer, not the private person an occupation does (الأدميرال الأميركي ويليام ماكرايفن).
_RANKS = frozenset(normalize(w) for w in (
    "أدميرال", "جنرال", "مشير", "فريق", "لواء", "عميد", "عقيد", "مقدم", "رائد", "نقيب", "ملازم", "رقيب",
    "عريف", "ضابط", "جندي", "طيار", "قائد", "كابتن", "كولونيل", "ميجر"))
#: Prepositions through which a place phrase gives its country to the head noun before it.
LOCATIVE_PREPOSITIONS = frozenset(normalize(w) for w in ("في", "داخل"))
#: Adjectives of tenure (normalised bases, with the article) between an office and the organisation
#: after it with لـ (الزعيم الجديد لحركة طالبان، الأمين العام السابق للأمم المتحدة).
_TENURE_ADJECTIVES = frozenset(normalize(w) for w in (
    "جديد", "جديدة", "سابق", "سابقة", "راحل", "راحلة", "حالي", "حالية", "مؤقت", "مؤقتة", "أول", "أولى"))
#: Adjectives of rank (normalised) that may stand between a title and the country or body it serves
#: in (مسؤول كبير في وزارة الخارجية، مسؤولة بارزة في كوريا الشمالية، مسؤول رفيع المستوى في).
_RANK_ADJECTIVES = frozenset(normalize(w) for w in (
    "كبير", "كبيرة", "كبار", "بارز", "بارزة", "بارزون", "بارزين", "رفيع", "رفيعة", "المستوى", "سابق", "سابقة",
    "سابقون", "سابقين", "رفيعو", "رفيعي"))
#: Sectors of organisations one serves in (مسلحون من طالبان، جنرالان في الحرس الثوري).
ARMED_OR_STATE_SECTORS = STATE_SECTORS | NONSTATE_SECTORS
#: Sound masculine plural endings (normalised), nominative and oblique: an adjective repeats its
#: noun's.
_SOUND_PLURALS = ("ون", "ين")
#: The construct duals (ـا، ـي) and the plurals of a title or a body (normalised): in the construct
#: state with a country and more countries joined by و, one for each (وزيرا خارجية روسيا وتركيا،
#: قادة فرنسا وألمانيا); of an organisation, its members, no one office holder (قادة داعش).
_SEVERAL_HEADS = frozenset(normalize(w) for w in (
    "وزيرا", "وزيري", "وزراء", "رئيسا", "رئيسي", "رؤساء", "زعيما", "زعيمي", "زعماء", "قائدا", "قائدي",
    "قادة", "سفيرا", "سفيري", "سفراء", "ممثلا", "ممثلي", "ممثلو", "مبعوثا", "مبعوثي", "مبعوثو", "مسؤولو",
    "مسؤولي", "جيشا", "جيشي", "جيوش", "حكومتا", "حكومتي", "برلمانا", "برلماني", "وفدا", "وفدي", "وفود",
    "شعبا", "شعبي", "شعوب", "حكام", "ملكا", "ملكي", "ملوك", "أمراء"))
#: Sectors of officials and delegations, and of legislators (مسؤولون من كوريا الجنوبية، سيناتورا من
#: الولايات المتحدة), whom من + one country makes that country's.
_OFFICIAL_HEADS = frozenset({"GOV", "LEG"})
#: The partitive preposition: مسلحون من حركة طالبان ("militants of the Taliban").
PARTITIVE = normalize("من")
#: How many modifier words may stand between a title and a name (القوي الجنرال).
MAX_APPOSITION_FILLERS = 2
#: Roles of envoys, whose title names where they are posted with لدى (السفير لدى ألمانيا).
_POSTED_ROLES = frozenset({"ambassador", "envoy", "diplomat"})
_POSTED_TO = "لدي"
#: في between a one person's title and the country or capital he holds it in, right before his
#: name (السفير الأمريكي في العراق دوغلاس سيليمان، المرجع الشيعي الأعلى في العراق علي السيستاني).
_STATIONED_IN = "في"
#: Nouns of a portfolio after لـ in a title (normalised bases): مساعد الوزير لقطاع السجون، وكيل الوزارة
#: للشؤون السياسية، مستشار الرئيس لشؤون الأمن القومي.
_PORTFOLIOS = frozenset({"قطاع", "شوون", "شيون"})
#: Deputies and assistants of an office (نائب وزير الخارجية، مساعد وزير الدفاع), normalised: of its
#: sector and country, but not its holder; the office after them may start without the article.
#: Bodies that a leader's name in their genitive names (حكومة نتنياهو، نظام الأسد، إدارة ترامب).
_RULED_BY = frozenset({"government", "regime", "administration"})
#: Offices held on a person's behalf: a known person right after one is its owner, not its holder
#: (مبعوث بوتين، موفد خادم الحرمين الشريفين: Putin's envoy, not Putin).
_SENT_BY = frozenset({"envoy"})
#: Kinsmen: a known person in their genitive is whose relative they are (صهر الرئيس الأمريكي دونالد
#: ترامب، نجل الرئيس: a private person of that person's country, not that person).
KIN_ROLES = frozenset({"relative"})
#: Offices of an organisation named after them with لـ (الأمين العام للأمم المتحدة، المبعوث الخاص للأمم المتحدة،
#: زعيم لحركة طالبان).
OF_ORG_ROLES = frozenset({"secretary_general", "secretariat", "director_general", "chief_executive", "envoy", "wing", "branch",
                          "leader", "commander", "navy", "air_force", "ground_forces"})
#: Offices whose genitive chain names a portfolio, body or region (وزير الطاقة، وزارة العدل، أمير منطقة الرياض).
_PORTFOLIO_ROLES = frozenset({"minister", "ministry", "ambassador", "governor", "emir"})
_MAX_CHAIN = 3
#: Plural words for the members of a body (normalised): a phrase they head names several people.
_PLURAL_MEMBERS = frozenset(normalize(w) for w in ("أعضاء", "عناصر", "أفراد", "منتسبي", "منتسبو"))
#: Broken plurals of news outlets (normalised) that head a media sector's term (صحف، وسائل إعلام):
#: several outlets, no one person's title.
_PLURAL_OUTLETS = frozenset(normalize(w) for w in ("صحف", "وسائل"))
#: Ranks, and the forces whose bare indefinite noun may be their genitive (ضابط شرطة، قائد جيش).
_RANK_ROLES = frozenset({"officer", "commander"})
_RANKED_BODIES = frozenset({"police", "army", "security_forces", "intelligence", "navy", "air_force"})
#: Sectors of armed groups whose singular epithet after a known group's name only describes it
#: (تنظيم داعش الإرهابي، الجماعة المتمردة), and the plural endings that make it an object instead.
_EPITHETS = frozenset({"UAF", "REB", "INS", "SEP"})
_PLURAL_ENDINGS = ("ين", "ون", "ات")
#: At most how many definite words name a party between its noun and المعارض (حزب الشعب الجمهوري المعارض).
_PARTY_NAME_WORDS = 2
#: Sectors of parties, which المعارض after them describes (الحزب المعارض، حزب الشعب الجمهوري المعارض).
_PARTIES = frozenset({"PTY", "OPP"})
#: The bare (indefinite) opposition adjectives (normalised) after a party noun: حزب معارض، أحزاب معارضة.
_OPPOSING_BARE = frozenset({"معارض", "معارضه"})
_MAX_JOINED = 5  # countries joined to a plural head's first (قادة فرنسا وألمانيا وبريطانيا: 2)


#: The forms of a nisba adjective proper (not broken plurals or collective names: الأكراد، الشيعة).
_NISBA_FORMS = frozenset({"m.sg", "f.sg", "m.pl", "f.pl", "m.du", "f.du"})


def is_community(piece: Piece) -> bool:
    """Whether a piece is an ethnic or religious community's name or nisba (الكردية، الأكراد): an
    adjective entry with a group and no country."""
    e = piece.entry
    return piece.kind == "adjective" and e is not None and e.country is None and e.group is not None


def several(word: str) -> bool:
    """Whether a title's first word (normalised, without clitics) is a construct dual or a plural
    (وزيرا، قادة، زعماء، ممثلو; :data:`_SEVERAL_HEADS`) or a feminine plural (حكومات، قوات)."""
    return word in _SEVERAL_HEADS or word.endswith("ات")


#: Words that end a genitive chain: no noun of it (قال وزير إن …، استقبل سفيرا أمس).
_NOT_GENITIVE = frozenset(normalize(w) for w in (
    "إن", "أن", "ان", "قد", "لقد", "كان", "كانت", "عن", "على", "إلى", "الى", "في", "من", "مع", "بعد", "قبل",
    "أمس", "اليوم", "الذي", "التي", "الذين", "ما", "لا", "لم", "لن", "هو", "هي", "كل", "بين", "حول",
    "خلال", "عبر", "ضد", "منذ", "حتى", "أيضا", "غير", "عند", "لدى", "نحو", "أو", "ثم", "السابق", "السابقة"))
#: Words continuing a name with its lineage (محمد بن نايف بن عبدالعزيز، حمد بن عيسى آل خليفة).
_LINEAGE = frozenset(normalize(w) for w in ("بن", "ابن", "آل"))
_ABD = normalize("عبد")  # the first word of a compound name (عبد العزيز، عبد الله)
DEPUTY_HEADS = frozenset(normalize(w) for w in ("نائب", "نائبة", "مساعد"))
#: Possessive pronouns a noun may carry (not ي "my", which a construct plural's ending reads as:
#: إرهابيي تنظيم داعش), after which it governs no genitive.
POSSESSIVE_PRONOUNS = frozenset({"ه", "ها", "هما", "هم", "هن", "نا", "كم"})
#: Vehicles (normalised bases): قائد before one is its driver (قائد سيارة الأجرة), no commander.
_VEHICLES = frozenset(normalize(w) for w in ("سيارة", "السيارة", "مركبة", "شاحنة", "حافلة", "دراجة", "جرار", "قطار",
                                              # (ودعت الوزارة قائدي السيارات إلى الحذر: drivers)
                                              "سيارات", "مركبات", "شاحنات", "حافلات", "دراجات", "قطارات"))
#: Quotation marks that may open a name after its head noun (لواء «أحرار الشام») or inside it, before
#: the words a text quotes (قوات "سوريا الديمقراطية"): the matcher steps over them.
OPENING_QUOTES = frozenset({"«", '"', "“"})
#: The closing quotation mark of each opening one.
CLOSING_QUOTE = {"«": "»", '"': '"', "“": "”"}
#: Sector roles naming bodies, not individuals: a name after them is not in apposition
#: (رافقت الشرطة المالكي "the police accompanied al-Maliki").
COLLECTIVE_ROLES = frozenset({
    "ministry", "foreign_ministry", "defence_ministry", "interior_ministry", "government",
    "authorities", "regime", "administration", "cabinet", "embassy", "delegation", "state",
    "parliament", "judiciary", "court", "prosecution", "army", "armed_forces", "forces", "air_force", "navy",
    "ground_forces", "troops", "military", "police", "security_forces", "intelligence",
    "militants", "terrorists", "rebels", "insurgents", "separatists", "criminals", "opposition",
    "armed_opposition", "protesters", "civilians", "business", "company", "refugees",
    "education", "labour", "farmers", "ngo", "human_rights", "activists", "party",
})


#: Collective roles whose entries' first term is one person of them (ناشط، مسلح، متظاهر).
_PEOPLE_ROLES = frozenset({"activists", "militants", "protesters", "refugees", "civilians", "rebels", "terrorists",
                           "separatists", "farmers"})
#: The opposition's role, whose first term names the body (معارضة) and its masculine one member.
_OPPOSITION = "opposition"


@dataclass(frozen=True, slots=True)
class Piece:
    """One lexicon match or NER entity: tokens ``first``..``last`` (inclusive), char span.

    ``entries`` is empty for an NER entity the lexicon does not know (``kind`` person/org).
    """

    first: int
    last: int
    start: int
    end: int
    kind: str
    entries: tuple[ActorEntry, ...] = ()
    origin: str = "lexicon"
    label: str | None = None  # the NER label, for pieces from NER mentions
    name: str | None = None  # the full name, for a person referred to by surname (coref)
    # what an earlier mention said of a person the lexicon does not know (coref, NER persons)
    country: str | None = None
    sector: str | None = None

    @property
    def entry(self) -> ActorEntry | None:
        return self.entries[0] if self.entries else None


@dataclass(slots=True)
class Phrase:
    """A head piece with what composition attached to it."""

    head: Piece
    dependent: Piece | None = None  # construct-state country / capital / organisation
    adjectives: list[Piece] = field(default_factory=list)  # nisba adjectives (>1: coordination)
    person: Piece | None = None  # the name in a title + name apposition
    # nisba adjectives of another country after an organisation: a description that changes
    # nothing (ميليشيات الحوثي الإيرانية "the Iran-backed Houthi militias"), kept in the span
    described: list[Piece] = field(default_factory=list)
    place_country: Piece | None = None  # the country of a following place phrase
    is_place: bool = False  # the head itself is the object of a place preposition
    # قواتها، حكومته: the head's possessive pronoun and where the word ends (the owner is
    # resolved from earlier mentions by :mod:`marsad.actors.coref`)
    possessive: tuple[str, int] | None = None
    # رئيس النادي، رئيس البلدية: the title heads a body the lexicon does not know (no actor)
    unknown_body: bool = False
    # الحزب الإيراني المعارض: المعارض after a party and its nisba makes it the opposition
    opposing: Piece | None = None
    # ولي ولي العهد before وزير الدفاع الأمير محمد بن سلمان: another title of the same person, right
    # before the phrase's own (kept in the span, resolved by the phrase's title and name)
    leading: Piece | None = None
    # قادة فرنسا وألمانيا وبريطانيا: more countries joined by و to a plural head's construct
    # dependent; the head is each one's (resolved as one plural mention, a member per country)
    joined: list[Piece] = field(default_factory=list)
    # القوات الكردية السورية، القيادي السوري الكردي: a community's nisba beside a country's, no و
    # between them (the head is that country's and that community's)
    community: Piece | None = None

    @property
    def first(self) -> int:
        first = min(self.head.first, self.person.first) if self.person is not None else self.head.first
        return min(first, self.leading.first) if self.leading is not None else first

    @property
    def last(self) -> int:
        parts = [self.head, self.dependent, self.person, *self.adjectives, *self.described, self.opposing,
                 *self.joined, self.community]
        return max(p.last for p in parts if p is not None)

    @property
    def start(self) -> int:
        start = min(self.head.start, self.person.start) if self.person is not None else self.head.start
        return min(start, self.leading.start) if self.leading is not None else start

    @property
    def end(self) -> int:
        parts = [self.head, self.dependent, self.person, *self.adjectives, *self.described, self.opposing,
                 *self.joined, self.community]
        end = max(p.end for p in parts if p is not None)
        return max(end, self.possessive[1]) if self.possessive else end


def _first_proclitic(tok: Token) -> str | None:
    seg = tok.segments[0] if tok.segments else None
    return seg.norm if seg is not None and seg.kind == "proclitic" else None


def _is_place_object(tokens: Sequence[Token], piece: Piece, lo: int) -> bool:
    """Whether ``piece`` is the object of a place preposition (في إيران، بإيران، إلى طهران),
    also through a noun titling the place (في العاصمة مقديشو، بالعاصمة الأفغانية كابول)."""
    if any(s.kind == "proclitic" and s.norm == "ب" and s.end <= piece.start for s in tokens[piece.first].segments):
        return True  # بإيران (but not بكين, whose ب belongs to the name)
    j = piece.first - 1
    if j - 1 > lo and tokens[j].norm == "من" and tokens[j - 1].base == "كل":
        j -= 2  # في كل من العراق وسوريا: the preposition before "each of"
        return j >= lo and (tokens[j].base in PLACE_PREPOSITIONS or "ب" in tokens[j + 1].proclitics)
    if j > lo and _plain_nisba(tokens[j]) and tokens[j - 1].base in PLACE_TITLES:
        j -= 1  # العاصمة الصومالية مقديشو
    if j >= lo and tokens[j].base in PLACE_TITLES:
        return "ب" in tokens[j].proclitics or (j - 1 >= lo and tokens[j - 1].base in PLACE_PREPOSITIONS) \
            or (j - 1 >= lo and tokens[j - 1].kind == "word" and not tokens[j - 1].proclitics
                and not tokens[j - 1].enclitic and tokens[j - 1].base in _PLACE_PARTS)
    if piece.kind == "capital" and piece.first - 1 >= lo and tokens[piece.first - 1].base in _AROUND \
            and not tokens[piece.first - 1].enclitic:
        return True  # ريف دمشق، ضواحي بغداد، شرق دمشق: the land around a city or one side of it
    if j - 1 >= lo and tokens[j].norm == "من" and tokens[j - 1].base in _SIDES \
            and tokens[j - 1].proclitics[-1:] == ("ال",):
        return True  # إلى الشمال من صنعاء، الجنوب من دمشق: a place in one direction from it
    # (تطالب فيه موسكو: a preposition with its pronoun is a whole phrase; the capital after it acts)
    return piece.first - 1 >= lo and tokens[piece.first - 1].base in PLACE_PREPOSITIONS \
        and tokens[piece.first - 1].enclitic is None


#: Directions (normalised bases) that with the article and من name a place from another (إلى الشمال من
#: صنعاء).
_SIDES = frozenset(normalize(w) for w in ("شمال", "جنوب", "شرق", "غرب"))

#: Endings of nisba adjectives (normalised): ي يه يين يون يات يان يتان يتين.
NISBA_ENDINGS = ("ي", "يه", "يين", "يون", "يات", "يان", "يتان", "يتين")


def _bare_nisba_word(tok: Token) -> bool:
    """An indefinite nisba-shaped word with no clitic (فني، حكومي، فنيا)."""
    return tok.kind == "word" and not tok.proclitics and not tok.enclitic and len(tok.base) >= 3 \
        and tok.base.endswith(("ي", "يه", "يا"))


def _plain_nisba(tok: Token) -> bool:
    """A definite nisba-shaped word with no other clitic (المركزية، الوطني، الحكومية)."""
    return tok.kind == "word" and tok.proclitics == ("ال",) and tok.base.endswith(NISBA_ENDINGS)


#: Academic and professional titles abbreviated with a full stop (د. doctor, م. engineer, أ. professor), normalised.
_ABBREVIATED_TITLES = frozenset(normalize(w) for w in ("د", "م", "أ"))
#: Nouns of a part of a country (normalised) that may stand, bare and in the construct state,
#: between a sector noun and the country or capital it belongs to (سكان أحياء وسط الخرطوم), and
#: how many of them.
_PLACE_NOUNS = frozenset(normalize(w) for w in (
    "مدينة", "مدن", "بلدة", "بلدات", "قرية", "قرى", "حي", "أحياء", "مخيم", "مخيمات", "منطقة", "مناطق",
    "محافظة", "محافظات", "ولاية", "ولايات", "إقليم", "أقاليم", "ريف", "ضواحي", "وسط", "شمال", "جنوب",
    "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي"))
_PLACE_CHAIN = 2
#: "Occupation" (normalised): قوات الاحتلال، سلطات الاحتلال take no country from where they are.
OCCUPATION = normalize("احتلال")
#: عن "for" a constituency (normalised): النائب عن محافظة الأنبار.
_FOR = "عن"
#: A municipality (normalised), whose head's genitive is its town (رئيس بلدية إسطنبول).
_MUNICIPALITY = frozenset(normalize(w) for w in ("بلدية", "بلديات"))
#: Nouns of a part of a place (normalised) whose genitive is a place: a noun titling a capital after
#: one (شوارع العاصمة لندن، أحياء العاصمة بغداد) names the city, not its government.
_PLACE_PARTS = _PLACE_NOUNS | frozenset(normalize(w) for w in (
    "شوارع", "شارع", "ساحات", "ساحة", "ميادين", "أنحاء", "أرجاء", "قلب", "مداخل", "مدخل", "أطراف"))


#: Roles of an office over a region (أمير منطقة الرياض، محافظ البصرة) that follows a title and a name
#: as his own: after a title and name, another country's minister is a guest, a region's governor
#: seldom is.
_REGIONAL_ROLES = frozenset({"emir", "governor"})


def _another_title(before: Phrase, ph: Phrase) -> bool:
    """Whether ``before`` is a bare title (no country, body, name or pronoun of its own) right
    before the title and name of ``ph``, and the lexicon gives that person a term in its role:
    two titles of one person (ولي ولي العهد وزير الدفاع الأمير محمد بن سلمان; not ولي العهد وزير
    الخارجية الأمريكي جون كيري, two people)."""
    head = before.head
    if head.kind != "sector" or head.entry is None or head.entry.role is None or before.dependent is not None \
            or before.adjectives or before.person is not None or before.possessive is not None \
            or before.leading is not None or before.last + 1 != ph.first or ph.person is None:
        return False
    return ph.head.kind == "sector" and any(e.role == head.entry.role for e in ph.person.entries)


def _fillers_ok(tokens: Sequence[Token], a: int, b: int) -> bool:
    """Whether tokens a..b-1 are at most two article-bearing words (القوي، الجنرال، السيد),
    after an optional comma (وزير الدفاع، أفيغدور ليبرمان), or a portfolio with لـ and at most three
    such words (لقطاع السجون اللواء، للشؤون العربية السفير).

    Proclitics other than the article break the apposition (بالرئيس starts a new phrase). An
    abbreviated academic title with its full stop may end the gap (وزير التجارة د. توفيق الربيعة،
    أ.د. محمد).
    """
    while b - a >= 2 and tokens[b - 1].text == "." and tokens[b - 2].kind == "word" \
            and tokens[b - 2].norm in _ABBREVIATED_TITLES:
        b -= 2
    chain = tokens[a:b]
    if a < b and tokens[a].kind == "punct" and tokens[a].text in ("،", ","):
        a += 1
    if a < b and tokens[a].kind == "word" and tokens[a].proclitics[:1] == ("ل",) and tokens[a].base in _PORTFOLIOS \
            and not tokens[a].enclitic and b - a - 1 <= MAX_APPOSITION_FILLERS + 1 and all(
                t.kind == "word" and t.proclitics == ("ال",) and not t.enclitic for t in tokens[a + 1:b]):
        return True  # مساعد وزير الداخلية لقطاع السجون اللواء حسن السوهاجي: the title's portfolio
    gap = tokens[a:b]
    if len(gap) <= MAX_APPOSITION_FILLERS and all(
        t.kind == "word" and t.has_article and t.proclitics == ("ال",) for t in gap
    ):
        return True
    # وزير حقوق الإنسان عزالدين الأصبحي: a title in the construct state, its genitive chain (a word
    # or two with no clitic, then one with the article) before the name; no particle stands in it
    # (قال مسؤول إن الرئيس بوتين: two people)
    start = b - len(chain)
    return start > 0 and tokens[start - 1].kind == "word" and not tokens[start - 1].has_article \
        and 2 <= len(chain) <= MAX_APPOSITION_FILLERS + 1 \
        and all(t.kind == "word" and not t.proclitics and not t.enclitic and t.norm not in FUNCTION_WORDS
                for t in chain[:-1]) \
        and chain[-1].kind == "word" and chain[-1].proclitics == ("ال",) and not chain[-1].enclitic


class Composer:
    """Groups the pieces of one sentence into phrases (stateless between documents)."""

    def __init__(self, tokens: Sequence[Token], lo: int, hi: int, places: frozenset[tuple[int, int]] = frozenset()) -> None:
        self.tokens = tokens
        self.lo = lo
        self.hi = hi
        self.places = places  # (start, end) of the places the NER found

    def compose(self, pieces: Sequence[Piece]) -> list[Phrase]:
        """The phrases of a sentence, in text order; every piece ends up in exactly one."""
        out: list[Phrase] = []
        i, n = 0, len(pieces)
        while i < n:
            named = self._nationality_of_name(pieces, i)
            if named is not None:  # الكاتب المصري علاء الأسواني: one person, of that country
                out.append(Phrase(head=pieces[named], adjectives=[pieces[i]], leading=pieces[i]))
                i = named + 1
                continue
            phrase = Phrase(head=pieces[i])
            j = self._attach(phrase, pieces, i + 1)
            titled = self._title_after(phrase, pieces, j)
            if titled is not None:
                phrase, j = titled
            else:
                j = self._own_titles(phrase, pieces, j)
            phrase.is_place = phrase.head.kind in ("country", "capital") and (
                _is_place_object(self.tokens, phrase.head, self.lo) or self._joined_place(out, phrase.head)
            )
            phrase.possessive = self._possessive(phrase, out[-1].last if out else None)
            phrase.unknown_body = self._heads_unknown_body(phrase, pieces)
            if out and _another_title(out[-1], phrase):
                phrase.leading = out.pop().head
            out.append(phrase)
            i = j
        return out

    def _nationality_of_name(self, pieces: Sequence[Piece], i: int) -> int | None:
        """The index of a person piece the lexicon does not know whose nationality the nisba at
        ``i`` gives: the nisba is masculine singular, definite, and right after a definite word no
        piece covers that is no plural or feminine noun (an occupation: الكاتب، المصمم، الروائي), and
        the name, of two words or more, follows it at once or after a comma (الكاتب المصري علاء
        الأسواني، المصمم البلجيكي أوليفيه ديبي, so the name is no object of the verb before); ``None``
        otherwise (a known person is often the object: انتقد الإعلام الإيراني روحاني; so is a surname
        after a body: واعتقل الأمن التركي برانسون)."""
        adj = pieces[i]
        if adj.kind != "adjective" or adj.first != adj.last or i + 1 >= len(pieces) or adj.first - 1 < self.lo:
            return None
        word, before = self.tokens[adj.first], self.tokens[adj.first - 1]
        if word.proclitics != ("ال",) or word.enclitic or not word.norm.endswith("ي") \
                or before.kind != "word" or before.proclitics[-1:] != ("ال",) or before.enclitic \
                or before.norm.endswith(("ه", "ات", "ون", "ين")) or (i > 0 and pieces[i - 1].last >= adj.first - 1):
            return None
        if without_article(before.norm) in _RANKS:
            return None  # الأدميرال الأميركي ويليام ماكرايفن: an officer, no private person
        person = pieces[i + 1]
        gap = person.first - adj.last
        if person.kind != "person" or person.entries or person.country is not None or self._has_conj(person) \
                or person.first == person.last \
                or not (gap == 1 or (gap == 2 and self.tokens[adj.last + 1].text in ("،", ","))):
            return None
        return i + 1

    def _heads_unknown_body(self, ph: Phrase, pieces: Sequence[Piece]) -> bool:
        """Whether a bare رئيس/رئيسة in the construct state heads a body no piece names: a definite
        word right after it, or a word and a definite one (رئيس النادي، رئيس البلدية، رئيس هيئة
        السياحة), with no piece starting within a few words: the head of a club, a municipality or
        an authority, no state's president."""
        head = ph.head
        if head.kind == "sector" and head.first == head.last and head.entry is not None \
                and head.entry.role == "commander" and head.last + 1 < self.hi \
                and self.tokens[head.last + 1].base in _VEHICLES and not self.tokens[head.first].has_article:
            return True  # قائد سيارة الأجرة، قائد الشاحنة: its driver, no commander
        if head.kind != "sector" or head.first != head.last or head.entry is None or head.entry.role != "president" \
                or ph.dependent is not None or ph.adjectives or ph.person is not None or ph.place_country is not None:
            return False
        tok = self.tokens[head.first]
        if tok.has_article or ph.last != head.last:
            return False
        nxt = head.last + 1
        if nxt >= self.hi or self.tokens[nxt].kind != "word" or self.tokens[nxt].base in _OWN_STATE \
                or any(nxt <= p.first <= nxt + _BODY_WORDS for p in pieces):
            return False  # (رئيس البلاد; رئيس المجلس الاستشاري الليبي, رئيس منظمة الطاقة الذرية الإيرانية)
        if self.tokens[nxt].proclitics == ("ال",):
            return True
        after = nxt + 1
        return not self.tokens[nxt].proclitics and after < self.hi \
            and self.tokens[after].kind == "word" and self.tokens[after].proclitics == ("ال",)

    def _joined_place(self, before: list[Phrase], head: Piece) -> bool:
        """في العراق وسوريا: a country or capital joined by و to a place is a place too."""
        if not before or not before[-1].is_place or self.tokens[head.first].proclitics[:1] != ("و",):
            return False
        return before[-1].last == head.first - 1

    def _attach(self, ph: Phrase, pieces: Sequence[Piece], j: int) -> int:
        head, n = ph.head, len(pieces)
        if head.kind == "adjective" and j < n and pieces[j].first == head.last + 1 and is_community(pieces[j]) \
                and _first_proclitic(self.tokens[pieces[j].first]) is None \
                and self.tokens[pieces[j].first].has_article == self.tokens[head.last].has_article:
            # 21 مسيحيا قبطيا، عراقيين أكراد: a community's nisba agreeing with the nisba before it
            # describes the same people (of that country and community; of the first community)
            if is_community(head):
                ph.described.append(pieces[j])
            else:
                ph.community = pieces[j]
            return j + 1
        if head.kind in ("sector", "plural") and j < n and self._construct(head, pieces[j]):
            ph.dependent = pieces[j]
            j = self._joined_owners(ph, pieces, j + 1)
        if head.kind in ("sector", "plural", "org") or (head.kind == "person" and not head.entries):
            before = j
            j = self._adjectives(ph, pieces, j)
            if head.kind == "org" and not head.entries and not ph.adjectives and j < n \
                    and self._nisba_after_quote(ph, pieces[j]):
                # منظمة "شربا" الفرنسية: the nisba of a name the lexicon does not know describes it
                # (no country: a company or a charity is not its state) and is no actor of its own
                ph.described = [pieces[j]]
                j += 1
            if head.kind == "org" and head.entries:
                # حزب الله الشيعي، جماعة الإخوان المسلمين: a known organisation's community nisba
                # describes it (its own entry codes it), no actor of its own
                ph.described += [a for a in (*ph.adjectives, ph.community) if a is not None and is_community(a)]
                ph.adjectives = [a for a in ph.adjectives if not is_community(a)]
                ph.community = None
            org_country = head.entry.country if head.kind == "org" and head.entry else None
            if org_country and any(a.entry and a.entry.country != org_country for a in ph.adjectives):
                # ميليشيات الحوثي الإيرانية: the organisation keeps its country; a feminine
                # adjective agrees with its head noun and describes it, no actor of its own. A
                # masculine one may be a noun (واتهم حزب الله الإسرائيلي "accused the Israeli
                # side"): it stays an actor after the phrase.
                if all(self.tokens[a.last].norm.endswith("يه") for a in ph.adjectives):
                    ph.described = ph.adjectives
                else:
                    j = before
                ph.adjectives = []
        party = ph.dependent if ph.dependent is not None and ph.dependent.kind in ("sector", "org") \
            and ph.dependent.entry is not None and ph.dependent.entry.sector in _PARTIES else head
        named = j  # (the pieces in a party's name between its noun and المعارض: حزب العمال المعارض)
        if party is not head and party.first == party.last and (at := self._opposing_at(party.last + 1)) is not None:
            while named < n and pieces[named].last < at and pieces[named].first > party.last:
                named += 1
        if head.kind == "sector" and head.entry is not None and party.entry is not None and named < n \
                and (opp := pieces[named]).kind == "sector" and opp.entry is not None and opp.entry.sector == "OPP" \
                and opp.first == opp.last and (opp.first == ph.last + 1 or (
                    party is not head and opp.first == self._opposing_at(party.last + 1))) \
                and self._opposing(party, opp):
            # الحزب الإيراني المعارض، الأحزاب المعارضة، المقاتلون المعارضون; زعيم حزب معارض، زعيم حزب
            # العمال المعارض: the adjective of the party its title leads (past the party's name)
            ph.described += list(pieces[j:named])
            ph.opposing = opp
            j = named + 1
        elif head.kind == "org" and head.entries and j < n and (opp := pieces[j]).kind == "sector" \
                and opp.entry is not None and opp.first == opp.last \
                and (opp.first == ph.last + 1 or (opp.first == ph.last + 2
                                                  and self.tokens[ph.last + 1].text in CLOSING_QUOTE.values())) \
                and self.tokens[opp.first].proclitics == ("ال",) \
                and ((opp.entry.sector == "OPP" and self.tokens[ph.last].has_article)
                     or (opp.entry.sector in _EPITHETS and head.entry is not None and head.entry.sector in _EPITHETS
                         and not self.tokens[opp.first].norm.endswith(_PLURAL_ENDINGS))):
            # الحزب الديمقراطي الكردستاني الإيراني المعارض: the adjective of a known organisation's
            # definite name, which its own lexicon entry already codes; no actor of its own (also
            # past the quotation mark that closes the name: "المجلس الوطني للمقاومة الإيرانية" المعارض);
            # so is the singular epithet of an armed group (تنظيم "داعش" المتطرف، جماعة الحوثي المتمردة)
            ph.described.append(opp)
            j += 1
        if head.kind == "sector" and ph.dependent is None and (
                not ph.adjectives or (head.entry is not None and head.entry.role == "branch")):
            # (disjoint roles: each leaves a head of the other's alone; a branch past its nisba:
            # الفرع المصري لتنظيم داعش)
            j = self._of_org(ph, pieces, self._portfolio(ph, pieces, j))
        if head.kind == "sector" and not (head.entry and head.entry.role in COLLECTIVE_ROLES):
            j = self._apposition(ph, pieces, j)
        elif head.kind == "sector" and self._one_of(head):
            j = self._apposition(ph, pieces, j, at_once=True)
        if head.kind == "sector" and ph.dependent is None and not ph.adjectives and ph.person is None \
                and self.tokens[head.last].base != OCCUPATION:
            # (قوات الاحتلال في فلسطين: the occupier is no force of the land it occupies)
            ph.place_country = self._locative(ph, pieces, j)
        return j

    def _joined_owners(self, ph: Phrase, pieces: Sequence[Piece], j: int) -> int:
        """وزيرا خارجية روسيا وتركيا، قادة فرنسا وألمانيا وبريطانيا، ممثلي روسيا، الصين والهند: more
        countries after a dual or plural head's country in the construct (:data:`_SEVERAL_HEADS`, or a
        feminine plural: حكومات، قوات), joined by و (a list's earlier ones by a comma), are each the
        head's; the last of them is joined by و. A singular head keeps its one country (بين رئيس وزراء
        العراق وإيران: Iraq's prime minister and Iran)."""
        dep = ph.dependent
        word = self.tokens[ph.head.first]
        if dep is None or dep.kind != "country" or word.has_article or word.enclitic not in (None, "ي"):
            return j
        prefix = "".join(word.proclitics)  # (the dual's ـي is read as the pronoun "my": وزيري)
        bare = word.norm[len(prefix):] if word.norm.startswith(prefix) else word.base
        if not several(bare):
            return j
        joined: list[Piece] = []
        last, k = dep.last, j
        while k < len(pieces) and len(joined) < _MAX_JOINED and (p := pieces[k]).kind == "country":
            conj = _first_proclitic(self.tokens[p.first])
            gap = self.tokens[last + 1 : p.first]
            if not ((not gap and conj == "و") or (conj is None and len(gap) == 1 and gap[0].text in ("،", ","))):
                break
            joined.append(p)
            last, k = p.last, k + 1
        while joined and _first_proclitic(self.tokens[joined[-1].first]) != "و":
            joined.pop()  # (قادة فرنسا، ألمانيا: a list that is not closed by و is none)
        ph.joined = joined
        return j + len(joined)

    def _opposing(self, head: Piece, opp: Piece) -> bool:
        """Whether the opposition word ``opp`` right after ``head`` (and its adjectives) is its
        adjective: after a party with the article, or both without (الحزب الإيراني المعارض، حزب
        معارض), or after any plural of
        a sector whose sound plural ending and article it repeats, so that it agrees in case and
        cannot be the object (المقاتلون المعارضون، مقاتلين معارضين; not قتل المسلحون المعارضين)."""
        assert head.entry is not None
        word, adj = self.tokens[head.last], self.tokens[opp.first]
        if head.entry.sector in _PARTIES:
            # الحزب المعارض; حزب معارض, both bare (not حزب للمعارضين)
            return adj.proclitics == ("ال",) or (not adj.proclitics and not word.proclitics)
        if word.proclitics[-1:] != adj.proclitics[-1:] or (adj.proclitics and adj.proclitics != ("ال",)):
            return False
        return any(word.norm.endswith(e) and adj.norm.endswith(e) for e in _SOUND_PLURALS)

    def _title_after(self, ph: Phrase, pieces: Sequence[Piece], j: int) -> tuple[Phrase, int] | None:
        """A name the lexicon does not know, then the title in the construct state that says who
        he is (خالد الجار الله نائب وزير الخارجية الكويتي، راشد بن عبدالله آل خليفة وزير الداخلية
        البحريني، تيكيدا أليمو سفير إثيوبيا): one person, of the title's country and sector. A
        known name is left alone: after it a title is as often the object of the verb before
        (استقبل ترامب وزير الخارجية السعودي)."""
        head, leading = ph.head, None
        if head.kind == "sector" and ph.person is not None and ph.last == ph.person.last and ph.dependent is None \
                and not ph.adjectives and ph.leading is None and head.entry is not None \
                and head.entry.role not in COLLECTIVE_ROLES:
            # الأمير فيصل بن بندر أمير منطقة الرياض: a title, a name the lexicon does not know and
            # his office in the construct state; the first title leads the phrase
            head, leading = ph.person, ph.head
        if head.kind != "person" or head.entries or ph.adjectives or j >= len(pieces):
            return None
        nxt = pieces[j]
        if leading is not None and (nxt.entry is None or nxt.entry.role not in _REGIONAL_ROLES):
            return None  # استقبل الرئيس محمد ولد عبدالعزيز وزير الخارجية الأمريكي: a guest
        if nxt.kind != "sector" or nxt.first != head.last + 1 or self._has_conj(nxt) \
                or self.tokens[nxt.first].proclitics or nxt.entry is None or nxt.entry.role is None \
                or nxt.entry.role in COLLECTIVE_ROLES or nxt.entry.role == "media":
            return None  # العماد سليمان القادة: a definite noun after a name is the verb's object
            # (أبلغت ستورمي وسائل الإعلام: the media are told, no title of hers)
        title = Phrase(head=nxt)
        end = self._attach(title, pieces, j + 1)
        if title.person is not None or title.last == nxt.first:
            return None  # a title in the construct state: وزير الداخلية، سفير إثيوبيا، نائب وزير
        title.person, title.leading = head, leading
        return title, end

    def _of_org(self, ph: Phrase, pieces: Sequence[Piece], j: int) -> int:
        """An organisation's office and the organisation after it with لـ (الأمين العام للأمم
        المتحدة، الأمين العام لحزب الله): the office's owner, as a construct dependent would be."""
        head, n = ph.head, len(pieces)
        if head.entry is None or head.entry.role not in OF_ORG_ROLES or j >= n:
            return j
        nxt = pieces[j]
        gap = nxt.first - ph.last - 1
        if gap == 1 and not (self.tokens[ph.last + 1].kind == "word" and self.tokens[ph.last + 1].proclitics == ("ال",)
                             and self.tokens[ph.last + 1].base in _TENURE_ADJECTIVES):
            return j  # (الزعيم الجديد لحركة طالبان، الأمين العام السابق للأمم المتحدة: past "new", "former")
        if nxt.kind != "org" or gap > 1 or _first_proclitic(self.tokens[nxt.first]) != "ل" \
                or (nxt.entry is not None and nxt.entry.sector == "MED"):
            return j  # (قال مسؤول لوكالة رويترز: the agency is told, the official is not its own)
        ph.dependent = nxt
        j, k = j + 1, nxt.last + 1
        # the organisation's own nisba adjectives, singular, describe it and stay in the span (الأمين العام
        # لحزب الاتحاد الديمقراطي الكردي السوري: no Syria of its own), past up to two words with the
        # article (not people in the plural: دعا الأمين العام للأمم المتحدة الفلسطينيين: the object)
        while j < n and pieces[j].kind == "adjective" and pieces[j].first - k <= 2 \
                and self.tokens[pieces[j].last].norm.endswith(("ي", "يه")) and all(
                self.tokens[i].kind == "word" and self.tokens[i].proclitics == ("ال",) and not self.tokens[i].enclitic
                for i in range(k, pieces[j].first)):
            ph.described.append(pieces[j])
            k = pieces[j].last + 1
            j += 1
        return j

    def _portfolio(self, ph: Phrase, pieces: Sequence[Piece], j: int) -> int:
        """An office in the construct state and its genitive chain of common nouns, then whose it
        is: a country's nisba adjective after the chain (وزير الطاقة الإماراتي، محافظ البنك المركزي
        المصري) or a capital or country ending it (أمير منطقة الرياض، أمير دولة الكويت). Only
        offices of state whose genitive names a portfolio, a body or a region (minister, ministry,
        ambassador, governor, emir); the chain's words are no actor and no function word."""
        head, n = ph.head, len(pieces)
        tok = self.tokens[head.last]
        if head.entry is None or head.entry.role not in _PORTFOLIO_ROLES or tok.has_article or tok.enclitic:
            return j
        k = head.last + 1
        for _ in range(_MAX_CHAIN):
            if k >= self.hi:
                return j
            tok = self.tokens[k]
            if tok.kind != "word" or tok.enclitic or tok.proclitics not in ((), ("ال",)) or tok.norm in _NOT_GENITIVE:
                return j
            if j < n and pieces[j].first == k:
                if pieces[j].kind in ("capital", "country") and k > head.last + 1:
                    ph.dependent = pieces[j]  # أمير منطقة الرياض
                    return j + 1
                return j
            if tok.has_article:
                break
            k += 1
        else:
            return j
        m = k + 1
        while m < self.hi and m - k <= 2 and _plain_nisba(self.tokens[m]) and not (j < n and pieces[j].first == m):
            m += 1  # البنك المركزي المصري
        if j < n and pieces[j].first == m and self._adjectival(pieces[j], ph) \
                and _first_proclitic(self.tokens[m]) is None:
            ph.adjectives.append(pieces[j])
            return j + 1
        return j

    def _own_titles(self, ph: Phrase, pieces: Sequence[Piece], j: int) -> int:
        """A known person's name, past the rest of his lineage (بن عبدالعزيز، آل خليفة), then a
        title the lexicon says he holds or held, of no other country, and the titles that follow
        it with no conjunction (الأمير محمد بن نايف بن عبدالعزيز ولي العهد نائب رئيس مجلس الوزراء
        وزير الداخلية; ظريف وزير الخارجية الإيراني): his description, no actor of its own. Another
        office is left alone (استقبل ترامب وزير الخارجية السعودي: the object)."""
        head, n = ph.head, len(pieces)
        if head.kind != "person" or not head.entries or j >= n:
            return j
        roles = {e.role for e in head.entries if e.role}
        countries = {e.country for e in head.entries if e.country}
        j0, k = j, head.last + 1
        while k + 1 < self.hi and self.tokens[k].base in _LINEAGE and self.tokens[k + 1].kind == "word":
            k += 2  # بن عبدالعزيز، آل خليفة: the rest of the name
            if self.tokens[k - 1].norm == _ABD and k < self.hi and self.tokens[k].kind == "word" \
                    and self.tokens[k].has_article:
                k += 1  # بن عبد العزيز written in two words
        lineage: list[Piece] = []
        while j < n and pieces[j].last < k:
            lineage.append(pieces[j])  # a piece inside the lineage belongs to the name
            j += 1
        if j >= n or pieces[j].first != k:
            return j0
        described: list[Piece] = []
        while j < n and pieces[j].kind == "sector" and pieces[j].first == k \
                and self.tokens[k].proclitics in ((), ("ال",)) and (not self.tokens[k].proclitics or described):
            # (after his first title, the next may have the article: ولي ولي العهد النائب الثاني …)
            title = Phrase(head=pieces[j])
            end = self._attach(title, pieces, j + 1)
            entry = title.head.entry
            if title.person is not None or entry is None or (not described and entry.role not in roles):
                break
            own = {p.entry.country for p in (title.dependent, *title.adjectives) if p and p.entry and p.entry.country}
            if own - countries:
                break  # وزير الخارجية السعودي after an Iranian: another person
            described.extend(pieces[j:end])
            k, j = title.last + 1, end
        if not described:
            return j0  # (the pieces of the lineage stay phrases of their own)
        ph.described = [*lineage, *described]
        return j

    def _one_of(self, head: Piece) -> bool:
        """Whether a sector noun of a collective role names one person: one word, the singular of
        a role of people with the article (الناشطة، المسلح، المتظاهر), its entry's first term or that
        term in ة (the opposition's: its term without ة, المعارض). A name right after it is then that
        person's (الناشطة السعودية، منال الشريف، المعارض الأرمني نيكول باشينيان; not قتل مسلح نازي
        المشرعة جو كوكس)."""
        entry = head.entry
        if entry is None or entry.role not in _PEOPLE_ROLES | {_OPPOSITION} or head.first != head.last \
                or not entry.names or not self.tokens[head.first].has_article:
            return False
        word = without_article(self.tokens[head.first].norm)
        first = normalize(entry.names[0])
        if entry.role == _OPPOSITION:
            return word + "ه" == first  # المعارض: one dissident (المعارضة is the opposition)
        return word in (first, first + "ه")

    def _apposition(self, ph: Phrase, pieces: Sequence[Piece], j: int, *, at_once: bool = False) -> int:
        """A name after the title, past at most two modifiers or ranks (القوي الجنرال). ``at_once``:
        right after the phrase or its comma only."""
        k, n = j, len(pieces)
        if k < n and pieces[k].kind in ("country", "capital", "org") and pieces[k].first == ph.last + 2 \
                and self.tokens[ph.last + 1].norm == _POSTED_TO and ph.head.entry is not None \
                and ph.head.entry.role in _POSTED_ROLES:
            k += 1  # السفير الأميركي لدى ألمانيا، ريتشارد غرينيل: past where he is posted
        stationed = not at_once and k + 1 < n and pieces[k].kind in ("country", "capital") \
            and pieces[k].first == ph.last + 2 and self.tokens[ph.last + 1].norm == _STATIONED_IN \
            and pieces[k + 1].kind == "person" and pieces[k + 1].first == pieces[k].last + 1 \
            and not self._has_conj(pieces[k + 1])
        if stationed:
            k += 1  # المرجع الشيعي الأعلى في العراق علي السيستاني: past where he holds his office
        if at_once and (k >= n or not _fillers_ok(self.tokens, ph.last + 1, pieces[k].first)
                        or pieces[k].first - ph.last > 2 or (pieces[k].first == ph.last + 2
                                                             and self.tokens[ph.last + 1].text not in ("،", ","))):
            return j
        # one-word sector nouns with the article in between are ranks (الجنرال، اللواء); not right
        # after an indefinite phrase, whose definite title starts the next actor, the object
        # (انتقد نائب ديمقراطي أمريكي بارز الرئيس ترامب; with a comma it is apposition again:
        # مسؤول عسكري، العقيد …)
        while k < n and pieces[k].kind == "sector" and pieces[k].first == pieces[k].last \
                and self.tokens[pieces[k].first].has_article and not self._has_conj(pieces[k]) \
                and not self._indefinite_before(ph, pieces[k].first):
            k += 1
        if k >= n or pieces[k].kind != "person" or self._has_conj(pieces[k]):
            return j
        if any(self.tokens[a.last].norm.endswith(("يين", "يون")) for a in ph.adjectives) \
                or (head := without_article(self.tokens[ph.head.first].base)) in _PLURAL_MEMBERS or head in _PLURAL_OUTLETS:
            return j  # حث عدد من السيناتور الأميركيين الرئيس ترامب، حث ستة من أعضاء مجلس الشيوخ
            # الديمقراطيين ترامب: several people (a plural nisba, members) are no one person's
            # title; the rank or name after them is the object (nor are outlets: وانتقدت صحف
            # إسرائيلية نتنياهو)
        owner = {p.entry.country for p in (ph.dependent, *ph.adjectives) if p and p.entry and p.entry.country}
        if owner and pieces[k].entries and not owner & {e.country for e in pieces[k].entries}:
            return j  # ناشد وزير التجارة التركي ترامب: a known person of another country is the object
        if pieces[k].entries and all(e.sector == "GOV" for e in pieces[k].entries) and (ph.opposing is not None or any(
                p is not None and p.entry is not None and p.entry.sector == "OPP"
                for p in (ph.head, ph.dependent, *ph.adjectives))):
            return j  # اتهم رئيس حزب الشعب الجمهوري المعارض أردوغان: who leads the opposition is no one
            # who only ever held office in government; the name is the object
        gap = ph.last + 1
        opening = self.tokens[ph.first - 1] if ph.first > self.lo else None
        if opening is not None and opening.kind == "punct" and opening.text in CLOSING_QUOTE \
                and gap < pieces[k].first and self.tokens[gap].text == CLOSING_QUOTE[opening.text]:
            gap += 1  # «المرشد الأعلى» علي خامنئي: a quoted title is still the name's
        if stationed or _fillers_ok(self.tokens, gap, pieces[k].first) or self._place_genitive(ph, gap, pieces[k].first) \
                or self._representing(ph, gap, pieces[k].first) or self._posting(ph, gap, pieces[k].first):
            ph.person = pieces[k]
            if stationed and ph.dependent is None and not ph.adjectives:
                ph.place_country = pieces[k - 1]  # رئيس الوزراء في هنغاريا فيكتور أوربان: Hungary's
            return k + 1
        return j

    def _indefinite_before(self, ph: Phrase, b: int) -> bool:
        """Whether the phrase and the words after it up to ``b`` are all bare indefinite words
        (نائب ديمقراطي أمريكي بارز), with no comma: no construct with a definite genitive (رئيس
        التنظيم العقيد …), so a definite title at ``b`` is no rank of the phrase's."""
        if ph.dependent is not None:
            return False
        return all(t.kind == "word" and not t.has_article and not t.enclitic
                   for t in self.tokens[ph.last : b])

    def _posting(self, ph: Phrase, a: int, b: int) -> bool:
        """السفير الأميركي لدى ألمانيا، ريتشارد غرينيل: an envoy's title, لدى and up to three words of
        the country or body he is posted to, and an optional comma before the name: the title is the
        name's."""
        entry = ph.head.entry
        if entry is None or entry.role not in _POSTED_ROLES:
            return False
        gap = list(self.tokens[a:b])
        if gap and gap[-1].text in ("،", ","):
            gap.pop()
        return 2 <= len(gap) <= 4 and gap[0].norm == _POSTED_TO and all(
            t.kind == "word" and t.proclitics in ((), ("ال",)) and not t.enclitic for t in gap[1:])

    def _representing(self, ph: Phrase, a: int, b: int) -> bool:
        """النائب عن محافظة الأنبار فارس الفهداوي: a legislator, عن, at most one bare noun of a part of a
        country, and a place the NER found right before the name: the seat he holds, and the name is his."""
        if ph.head.entry is None or ph.head.entry.sector != "LEG" or ph.dependent is not None or ph.adjectives \
                or not 2 <= b - a <= 3 or self.tokens[a].norm != _FOR:
            return False
        gap = self.tokens[a + 1 : b]
        if any(t.kind != "word" or t.proclitics not in ((), ("ال",)) or t.enclitic for t in gap):
            return False
        return self._place_at_end(gap, _PLACE_NOUNS)

    def _place_genitive(self, ph: Phrase, a: int, b: int) -> bool:
        """رئيسة وزراء إسكتلندا نيكولا ستورجن، رئيس بلدية إسطنبول أكرم إمام أوغلو، حاكم ولاية
        كاليفورنيا: a title in the construct state whose genitive is a place the NER found (no
        country the lexicon knows), after at most one bare noun of a part of a country or a
        municipality, then the name: the title is the name's."""
        if ph.dependent is not None or ph.adjectives or self.tokens[ph.last].has_article or not 1 <= b - a <= 3:
            return False
        gap = self.tokens[a:b]
        if any(t.kind != "word" or t.proclitics or t.enclitic for t in gap):
            return False
        return self._place_at_end(gap, _PLACE_NOUNS | _MUNICIPALITY)

    def _place_at_end(self, gap: Sequence[Token], titles_ok: frozenset[str]) -> bool:
        """Whether the words ``gap`` end with a place the NER found, after at most one bare noun of
        ``titles_ok`` that titles it (محافظة الأنبار، بلدية إسطنبول، إسكتلندا)."""
        place = next(((s, e) for s, e in self.places if e == gap[-1].end), None)
        if place is None:
            return False
        titles = [t for t in gap if t.end <= place[0]]
        return len(titles) <= 1 and all(t.base in titles_ok and not t.proclitics for t in titles) \
            and all(t.start >= place[0] for t in gap[len(titles):])

    def _possessive(self, ph: Phrase, before: int | None) -> tuple[str, int] | None:
        """قواتها: a bare sector noun whose last word carries a possessive pronoun, or whose first
        word does before the definite adjectives of its name (دفاعاتها الجوية). Not one joined by و
        to a definite noun that is no actor, which owns it (المجتمع الدولي ومنظماته)."""
        head = ph.head
        if head.kind != "sector" or ph.last != head.last or ph.place_country is not None:
            return None
        tok = self.tokens[head.last]
        enc = tok.enclitic
        first = self.tokens[head.first]
        if _first_proclitic(first) == "و" and head.first - 1 >= self.lo and head.first - 1 != before \
                and self.tokens[head.first - 1].has_article:
            return None  # المجتمع الدولي ومنظماته الحقوقية: the community's own, no country's
        if enc is None and head.first < head.last and first.enclitic in POSSESSIVE_PRONOUNS \
                and all(self.tokens[i].proclitics == ("ال",) and not self.tokens[i].enclitic
                        for i in range(head.first + 1, head.last + 1)):
            return first.enclitic, tok.end  # دفاعاتها الجوية، قواته البحرية: on the noun, before its adjective
        if enc is None or head.end >= tok.end:
            return None
        return enc, tok.end

    def _has_conj(self, piece: Piece) -> bool:
        return _first_proclitic(self.tokens[piece.first]) in ("و", "ف", "ب", "ل")

    def _construct(self, head: Piece, dep: Piece) -> bool:
        """وزير خارجية إيران: the head's last word has no article, the dependent no proclitic
        (a country may have the article of its name: شرطة النرويج، حكومة العراق).

        The dependent is a country, capital or organisation, or a definite sector noun
        (قوات النظام السوري: the head keeps its sector, the nisba after both gives the country).
        """
        quoted = dep.kind == "org" and dep.first == head.last + 2 and self.tokens[head.last + 1].text in OPENING_QUOTES \
            and dep.entry is not None and dep.entry.sector in NONSTATE_SECTORS
        dep_tok = self.tokens[dep.first]
        if dep.kind == "org" and head.kind == "sector" and dep.first == dep.last == head.last + 1 \
                and self.tokens[head.last].proclitics[-1:] == ("ال",) and dep_tok.proclitics == ("ال",) \
                and dep_tok.base.endswith("ي"):
            return True  # القائد الحوثي، المتحدث الحوثي: a group's nisba (the stage keeps only one that names
            # a group by its members) is the adjective of the sector noun: the group's commander
        last_norm = self.tokens[head.last].norm
        if last_norm.endswith("ون") or (last_norm.endswith("ين") and len(last_norm) >= 6):
            return False  # ناشطون السلطات التركية: a sound plural keeps its ن only out of the construct state
        if (dep.first != head.last + 1 and not quoted and not self._through_places(head, dep)) \
                or self.tokens[head.last].has_article:
            return False  # (لواء «أحرار الشام»، مقاتلو "حزب الله": an armed group's quoted name is a dependent too)
        if self.tokens[head.last].enclitic in POSSESSIVE_PRONOUNS and head.end < self.tokens[head.last].end:
            return False  # تدعم بلاده النظام السوري: a noun with its possessive pronoun governs no genitive
        dep_tok = self.tokens[dep.first]
        if dep.kind == "person":  # حكومة نتنياهو، نظام الأسد، إدارة ترامب: his country's
            return head.kind == "sector" and head.entry is not None and head.entry.role in _RULED_BY | _SENT_BY | KIN_ROLES \
                and bool(dep.entries) and dep_tok.proclitics in ((), ("ال",))
        if dep.kind == "sector":
            # (قائد قوات الأمن، قائد حرس الحدود: a name of several words is definite by its last)
            return head.kind == "sector" and (dep_tok.proclitics == ("ال",) or (
                not dep_tok.proclitics and head.entry is not None and head.entry.role in KIN_ROLES) or (
                not dep_tok.proclitics and self.tokens[head.last].norm in DEPUTY_HEADS and head.first == head.last)
                or (not dep_tok.proclitics and dep.last > dep.first and self.tokens[dep.last].proclitics == ("ال",))
                or (not dep_tok.proclitics and dep.first == dep.last and not dep_tok.enclitic
                    and head.entry is not None and head.entry.role in _RANK_ROLES
                    and dep.entry is not None and dep.entry.role in _RANKED_BODIES)
                or (not dep_tok.proclitics and dep.first == dep.last and not dep_tok.enclitic
                    and dep.entry is not None and dep.entry.sector == "PTY" and self._opposing_at(dep.last + 1) is not None))
            # (ضابط شرطة، قائد شرطة مصري: an indefinite construct of a rank and a force; زعيم حزب
            # معارض: of a party its bare adjective makes the opposition's)
        if dep.kind in ("country", "capital"):  # the article of a name is no proclitic: شرطة النرويج
            return dep_tok.proclitics in ((), ("ال",))
        # an organisation, with the article too (مقاتلات التحالف العربي، قوات الحلف الأطلسي: the
        # coalition's and NATO's forces)
        return dep.kind == "org" and dep_tok.proclitics in ((), ("ال",))

    def _opposing_at(self, i: int) -> int | None:
        """Where the opposition adjective of a bare party noun ending before ``i`` stands: at ``i``
        without the article (حزب معارض), or with it past the one or two definite words of the party's
        name (حزب العمال المعارض، حزب الشعب الجمهوري المعارض); None if there is none."""
        if i < self.hi and self.tokens[i].norm in _OPPOSING_BARE:
            return i
        k = i
        while k < min(self.hi, i + _PARTY_NAME_WORDS) and self.tokens[k].kind == "word" \
                and self.tokens[k].proclitics == ("ال",) and not self.tokens[k].enclitic \
                and self.tokens[k].base not in _OPPOSING_BARE:
            k += 1
        if i < k < self.hi and self.tokens[k].proclitics == ("ال",) and self.tokens[k].base in _OPPOSING_BARE:
            return k
        return None

    def _through_places(self, head: Piece, dep: Piece) -> bool:
        """سكان أحياء وسط الخرطوم، أهالي مدينة غزة، شرطة ولاية نيويورك: a sector noun, then one or
        two bare nouns of a part of a country in the construct state, then the country or capital
        that gives the people their country."""
        between = self.tokens[head.last + 1 : dep.first]
        return head.kind == "sector" and dep.kind in ("country", "capital") and 1 <= len(between) <= _PLACE_CHAIN \
            and all(t.kind == "word" and not t.proclitics and not t.enclitic and t.base in _PLACE_NOUNS
                    for t in between)

    def _adjectives(self, ph: Phrase, pieces: Sequence[Piece], j: int) -> int:
        """Nisba adjectives after the head, coordinated with و; the first may follow at most
        two other definite nisba adjectives (المخابرات المركزية الأمريكية، الجيش الوطني الليبي)."""
        n = len(pieces)
        indefinite = not self.tokens[ph.last].has_article and not self.tokens[ph.last].enclitic
        if j < n and ((self._adjectival(pieces[j], ph) and 0 < pieces[j].first - ph.last - 1 <= 2 and all(
            _plain_nisba(t) or (indefinite and _bare_nisba_word(t) and not self.tokens[pieces[j].first].has_article)
            for t in self.tokens[ph.last + 1 : pieces[j].first]
        ) and _first_proclitic(self.tokens[pieces[j].first]) is None) or self._over_genitive(ph, pieces[j])):
            # (وفد فني فرنسي: indefinite nisba adjectives after an indefinite noun)
            ph.adjectives.append(pieces[j])
            j += 1
        while j < n and ((self._adjectival(pieces[j], ph) and pieces[j].first == ph.last + 1) or (
                not ph.adjectives and ph.head.entries and self._nisba_after_quote(ph, pieces[j]))) \
                and not (self.tokens[ph.last].has_article and not self.tokens[pieces[j].first].has_article):
            # (اعتقلت الشرطة إيرانيين: an indefinite nisba after a definite noun is no adjective of it)
            conj = _first_proclitic(self.tokens[pieces[j].first])
            entry = pieces[j].entry
            if len(ph.adjectives) == 1 and conj is None and ph.community is None \
                    and is_community(pieces[j]) != is_community(ph.adjectives[0]) \
                    and entry is not None and entry.form in _NISBA_FORMS:
                # القوات الكردية السورية، القيادي السوري الكردي: a community's nisba and a country's
                # describe one head, in either order (not a broken plural after them, which is a
                # noun: هل يدعم النظام السوري الأكراد)
                if is_community(pieces[j]):
                    ph.community = pieces[j]
                else:
                    ph.community, ph.adjectives = ph.adjectives[0], [pieces[j]]
                j += 1
                continue
            if ph.adjectives and conj != "و":
                # الجيش الباكستاني الإيراني is not coordination; a second bare nisba is its own.
                break
            if not ph.adjectives and conj is not None:
                break
            ph.adjectives.append(pieces[j])
            j += 1
        return j

    def _nisba_after_quote(self, ph: Phrase, piece: Piece) -> bool:
        """Whether ``piece`` is a nisba right after the token after the phrase, and that token
        closes the last quotation mark opened inside the phrase or right before it (صحيفة "جيروزاليم
        بوست" الإسرائيلية: the nisba after the closing mark is the name's)."""
        close = ph.last + 1
        if piece.first != close + 1 or not self._adjectival(piece, ph) or close >= len(self.tokens) \
                or self.tokens[close].kind != "punct":
            return False
        opened = [self.tokens[i].text for i in range(max(self.lo, ph.first - 1), ph.last + 1)
                  if self.tokens[i].kind == "punct" and self.tokens[i].text in OPENING_QUOTES]
        return bool(opened) and self.tokens[close].text == CLOSING_QUOTE[opened[-1]]

    def _over_genitive(self, ph: Phrase, piece: Piece) -> bool:
        """صيادي السمك النيجيريين، سائقي الشاحنات المصريين: a plural sector noun in the construct
        state with one definite common noun (no actor) after it, then a human plural nisba
        adjective: the adjective agrees with the people, not with the thing they work with; and any
        sector noun before الاحتلال and a nisba, which names the occupier (برلمان الاحتلال الإسرائيلي)."""
        head = self.tokens[ph.head.last]
        if ph.head.kind != "sector" or ph.dependent is not None or ph.adjectives or piece.kind != "adjective" \
                or piece.first != ph.last + 2 or head.has_article or head.enclitic or head.kind != "word":
            return False
        gen, adj = self.tokens[ph.last + 1], self.tokens[piece.first]
        if gen.kind == "word" and gen.proclitics == ("ال",) and gen.base == OCCUPATION and adj.proclitics == ("ال",):
            return True  # برلمان الاحتلال الإسرائيلي، حكومة الاحتلال الإسرائيلية: the occupier's own body
        return gen.kind == "word" and gen.proclitics == ("ال",) and not gen.enclitic \
            and adj.proclitics == ("ال",) and adj.norm.endswith(("يين", "يون"))

    def _adjectival(self, piece: Piece, ph: Phrase) -> bool:
        """A nisba adjective, or a country name that is spelled like its feminine nisba (السعودية:
        القوات السعودية "the Saudi forces", not the forces and Saudi Arabia) with the article,
        after a head it agrees with: not one man's title (شكر الرئيس السعودية: the country is
        thanked; الرئيس السعودي would be his)."""
        if piece.kind == "adjective":
            return True
        entry, last = ph.head.entry, self.tokens[ph.head.last]
        if entry is not None and entry.role is not None and entry.role not in COLLECTIVE_ROLES \
                and not last.norm.endswith(("ه", "ات")):
            return False
        return (
            piece.kind == "country" and piece.first == piece.last and self.tokens[piece.first].has_article
            and any(e.kind == "adjective" for e in piece.entries))

    def _locative(self, ph: Phrase, pieces: Sequence[Piece], j: int) -> Piece | None:
        """قوات الأمن في إيران: a country (or organisation) right after في/داخل, or بـ + country;
        مسلحون من طالبان: an organisation after the partitive من; مسؤولون من كوريا الجنوبية: a
        country after من, for officials and delegations."""
        if j >= len(pieces) or pieces[j].kind not in ("country", "capital", "org") \
                or self.tokens[ph.head.last].enclitic in POSSESSIVE_PRONOUNS:
            return None  # (سفارة بلاده في الكويت، قواته في سوريا: the owner's, wherever they are)
        nxt = pieces[j]
        gap = nxt.first - ph.last - 1
        if 2 <= gap <= 3 and all(self.tokens[i].kind == "word" and self.tokens[i].norm in _RANK_ADJECTIVES
                                 for i in range(ph.last + 1, nxt.first - 1)) \
                and self.tokens[nxt.first - 1].norm in LOCATIVE_PREPOSITIONS | {PARTITIVE}:
            gap = 1  # مسؤولة بارزة في كوريا الشمالية، مسؤول رفيع المستوى في الحرس الثوري: past its rank
        office = ph.head.entry is not None and ph.head.entry.sector in _OFFICIAL_HEADS \
            and ph.head.entry.role != "own_country" and not self.tokens[ph.head.last].enclitic and gap == 1
        official = office and self.tokens[nxt.first - 1].norm == PARTITIVE
        if nxt.kind == "org" and office and self.tokens[nxt.first - 1].norm in (PARTITIVE, "في") \
                and nxt.entry is not None and nxt.entry.sector != "MED":
            return nxt  # وفدا من جبهة الخلاص الوطني، مسؤولون من الأمم المتحدة، مسؤولون في الأمم المتحدة
        if nxt.kind == "org" and not (nxt.entry and nxt.entry.sector in ARMED_OR_STATE_SECTORS):
            return None  # المتظاهرون في المسيرة: a march, a channel, a party is no unit to serve in
        if gap == 1 and self.tokens[nxt.first - 1].base in LOCATIVE_PREPOSITIONS:
            return nxt  # جنرالان في الحرس الثوري: an organisation gives its country too
        if nxt.kind == "org":
            # 150 متمردا من طالبان: members of the organisation
            return nxt if gap == 1 and self.tokens[nxt.first - 1].norm == PARTITIVE else None
        if nxt.kind == "country" and official \
                and not (nxt.last + 1 < self.hi and self.tokens[nxt.last + 1].proclitics[:1] == ("و",)):
            # (مسؤولون من مصر والأردن: of both, no one country; قوات بلاده من سوريا: his own)
            return nxt  # مسؤولون من كوريا الجنوبية، وفد من إريتريا: officials of that state (soldiers
            # or refugees "from" a country may be another's: سحب جنود من سوريا)
        if gap == 0 and _is_place_object(self.tokens, nxt, self.lo) and self.tokens[nxt.first].proclitics:
            return nxt
        return None
