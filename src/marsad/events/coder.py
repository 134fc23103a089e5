"""The event coder: sentence by sentence, clause by clause, lexicon triggers → PLOVER events.

For each sentence: find the candidate triggers (:mod:`marsad.events.triggers`), split the clauses
(:mod:`marsad.events.clauses`), read each trigger's frame (:mod:`marsad.events.frames`), fill the
source and target from Arabic syntax (:mod:`marsad.events.arguments`), then decide: a candidate
without an actor, not asserted, described rather than reported, or a repeat of an event already
coded is dropped — and the reason is kept, so ``marsad explain`` can show it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from marsad.actors.compose import CLOSING_QUOTE, FUNCTION_WORDS, NISBA_ENDINGS, OPENING_QUOTES
from marsad.actors.coref import PLURAL_POSSESSIVES, SINGULAR_POSSESSIVES
from marsad.actors.stage import SPOKESPERSON
from marsad.caching import Generations
from marsad.events import arguments as A
from marsad.events.arguments import Arg, Placed, SentenceMentions
from marsad.events.clauses import GOVERNING_FLAGS, Clause, clause_of, split_clauses
from marsad.events.frames import DISCUSSING, OPERATIONS, Frame, frame_for, particle_roles
from marsad.events.lexicon import EventLexicon
from marsad.events.render import EventFactory
from marsad.events.reportness import ReportCues, ReportGroup, load_report_cues
from marsad.events.triggers import (
    COMMAS,
    DECIDER_WORDS,
    DECISION_NOUNS,
    DONE,
    PREPOSITION_WORDS,
    RELATIVE_PRONOUNS,
    TOPIC_PREPOSITIONS,
    VOWEL_MARKS,
    WEEKDAYS,
    Trigger,
    find_triggers,
    heads_phrase_of,
    verb_like,
    year_number,
)
from marsad.model import Actor, Document, Event, Sentence, Token
from marsad.text import normalize
from marsad.text.normalize import without_article

_PLURAL_PGN = frozenset({"3md", "3fd", "3mp", "3fp"})
#: Verbal nouns of saying (normalised bases): the actor in their genitive says what أن introduces.
_SAYING_NOUNS = frozenset(normalize(w) for w in (
    "إعلان", "تأكيد", "قول", "زعم", "ادعاء", "إقرار", "اعتراف", "نفي", "تصريح", "إشارة", "تحذير", "إبلاغ"))
#: The persons of the relative pronouns (normalised): a verb joined to a relative clause with no
#: subject of its own agrees with its pronoun (التي: a woman, or things; الذين: men).
_RELATIVE_PGN: dict[str, frozenset[str]] = {
    "الذي": frozenset({"3ms"}), "التي": frozenset({"3fs", "3fp"}), "الذين": frozenset({"3mp"}),
    "اللذين": frozenset({"3md"}), "اللذان": frozenset({"3md"}), "اللتين": frozenset({"3fd"}), "اللتان": frozenset({"3fd"})}
#: "Against" (normalised): a verb of fighting with ضد after it is active.
_AGAINST = "ضد"
#: Facts, errors and parts in a deed (normalised bases): اعترف بـ one admits it, recognises no actor.
_FACTS = frozenset(normalize(w) for w in (
    "حقيقة", "وجود", "خطأ", "أخطاء", "فشل", "هزيمة", "مسؤولية", "تورط", "ضلوع", "صعوبة", "صحة", "ارتكاب",
    "مشاركة", "قيام", "تقصير", "ذنب"))
#: The noun of attack, and its nisba adjective "offensive" (normalised), spelled like "my attack".
_ATTACK = "assault.hujum"
_OFFENSIVE = frozenset({"هجومي", "هجوميه", "هجوميا", "هجوميين", "هجوميون"})
#: The verb of blessing, and the words of the formula praising God it stands in (الله تبارك وتعالى).
_BLESS = "support.baraka"
_EXALTED = normalize("تعالى")
#: Words of ruling (normalised bases): an execution noun with بـ right after one is a sentence.
_RULINGS = frozenset(normalize(w) for w in (
    "حكم", "حكما", "أحكام", "حكمت", "قضى", "قضت", "يقضي", "تقضي", "قضاء", "أمر", "أمرت"))
#: Rulings (normalised bases) that a court upholds (أيدت المحكمة الحكم): no support.
_JUDGMENTS = frozenset(normalize(w) for w in ("حكم", "حكما", "أحكام"))
#: Carrying out (normalised bases): sentences carried out are executions done.
_CARRIED_OUT = frozenset(normalize(w) for w in ("تنفيذ", "نفذ", "نفذت", "ينفذ", "تنفذ", "نفذوا"))
_CARRY_REACH = 8
#: Adjectives of parcels (normalised bases): طرد before one is a parcel (طردا غذائيا، طرد مشبوه).
_PARCELS = frozenset(normalize(w) for w in (
    "غذائي", "غذائية", "غذائيا", "بريدي", "بريدية", "بريديا", "مشبوه", "مشبوها", "ملغوم", "ملغوما",
    "مفخخ", "مفخخا", "متفجر", "متفجرا"))
#: أمام and على (normalised): after قطع الطريق, the idiom "forestall" unless traffic follows.
_BEFORE_OR_ON = frozenset(normalize(w) for w in ("أمام", "على"))
#: Vehicles, traffic and passers-by (normalised bases): the road is blocked before them.
_TRAFFIC = frozenset(normalize(w) for w in (
    "سيارات", "سيارة", "مركبات", "مركبة", "شاحنات", "شاحنة", "حافلات", "حافلة", "عربات", "حركة", "سير",
    "مرور", "مارة", "قوافل", "قافلة", "مسافرين", "سائقين"))
#: Actor-lexicon entries of protesters: their attacks and coercion are riots (PROTEST, CAMEO 145).
_PROTESTER_ENTRIES = frozenset({"sec.protesters"})
_NO_RIOT_MODES = frozenset({"arrest", "crowd-control"})  # done to protesters, never by them
_HOLDING_TYPES = frozenset({"ASSAULT", "COERCE"})  # attacks and seizures hit what an actor holds
#: Hostile acts whose reporting accuses their author (an attack, a seizure, a threat, a sanction),
#: and modes of other types that are wrongs too (a violation, a riot, a veto).
_ACCUSABLE = frozenset({"ASSAULT", "COERCE", "THREATEN", "SANCTION"})
_ACCUSABLE_MODES = frozenset({"defy", "riot", "veto"})
#: Storms (normalised bases), hazards like those of the particle role ``accident`` but also the
#: names of military operations (عاصفة الحزم), so kept out of that role: see ``_hazard_subject``.
_STORMS = frozenset({"عاصفه", "عواصف"})
#: Sectors whose members attack with words (هاجم رئيس الوزراء المعارضة) and those who attack with arms.
_SPEAKER_SECTORS = frozenset({"GOV", "LEG", "JUD", "PTY", "OPP", "MED", "ELI", "HRI", "NGO", "IGO"})
_ARMED_SECTORS = frozenset({"MIL", "COP", "SPY", "UAF", "INS", "REB", "SEP", "TER", "CRM"})
#: Event types whose verb, with a bare subject after it and no object, reads as a passive (قتل شخص،
#: اعتقل صحفي): acts done to people. Verbs of saying and of politics (هدد، رفض، انتقد، التقى) with a
#: bare subject are active with their object left out or further on.
_SUFFERED = frozenset({"ASSAULT", "COERCE"})
#: Nouns of announcing (normalised): the actor in the genitive of one does the act it announces,
#: when that act's genitive names its author (إعلان ماي عقوبات ضد روسيا).
_ANNOUNCING = frozenset({"اعلان"})
#: Words after an event noun within which a masdar of purpose of its type is its purpose
#: (تظاهرات في قطاع غزة احتجاجا على).
_PURPOSE_OF_EVENT = 5
#: Positions, policies, decisions and words (normalised bases): what a verbal attack is on.
_STANCES = frozenset({"موقف", "مواقف", "سياسه", "سياسات", "قرار", "قرارات", "تصريحات", "تصريح", "خطاب",
                      "تصرفات", "نهج", "اداء", "تعامل", "مقترح", "مقترحات", "خطه", "رويه",
                      "تحقيق", "تحقيقات", "تقرير", "تقارير",  # (هجومه على التحقيق الذي يجريه المحقق)
                      "تغريده", "تغريدات", "بيان", "كلمه", "مقال", "كتاب", "اتفاق",  # (هجوما مبطنا على تغريدة زوجها)
                      "قانون", "قوانين", "تشريعات", "دستور", "حكم", "احكام", "برنامج"})  # (هجومه العلني على قوانين الهجرة)
#: "Two" (normalised), which follows an indefinite plural as its number (دبلوماسيين اثنين).
_TWO = frozenset({"اثنين", "اثنان", "اثنتين", "اثنتان"})
#: Inflicting losses (كبّد خسائر), spelled in its present like تكبّد "suffered".
_INFLICT_LOSSES = "assault.kabbada_khasair"
#: Scourges (normalised bases) that "strike" a country as a figure of speech (الإرهاب الذي يضرب سوريا).
_SCOURGES = frozenset({"ارهاب", "تطرف", "عنف", "فساد", "فقر", "جفاف", "وباء", "فيروس", "زلزال", "اعصار",
                       "فيضانات", "ازمه", "كساد", "تضخم", "جوع", "مرض",
                       # الانشقاقات تضرب معسكرات الحوثيين، الخلافات تضرب الحزب: troubles within
                       "انشقاقات", "انشقاق", "خلافات", "انقسامات", "ازمات", "فوضي", "بطاله",
                       # اهتزازات تصيب قلب الاقتصاد: an economy's shocks
                       "اهتزازات", "اهتزاز", "هزات", "تقلبات", "ركود",
                       # storms, quakes and floods (العاصفة "ألبرتو" التي ضربت كوبا)
                       "عاصفه", "عواصف", "اعاصير", "زلازل", "هزه", "سيول", "فيضان", "تسونامي", "جايحه"})
#: How many words a scourge's name in quotation marks and its adjectives may take between the
#: scourge and the relative pronoun (الإعصار الاستوائي "ساغار" الذي ضرب).
_SCOURGE_NAME_WORDS = 4
#: Removals from office, and meetings, a demand names its addressee by (normalised bases): يطالبون برحيل الأسد.
_REMOVALS = frozenset({"رحيل", "استقاله", "اقاله", "تنحي", "تنحيه", "فصل", "محاكمه", "محاسبه", "اسقاط",
                       "عزل", "طرد", "سحب",
                       # and the meetings it calls a body to (دعت إلى اجتماع عاجل لمجلس الأمن)
                       "اجتماع", "جلسه"})
#: "The late" (normalised bases): a person so described is dead and meets no one.
_LATE = frozenset({"راحل", "راحله"})


#: Prepositions (normalised, written apart) after which a bare indefinite noun right before a verb
#: is the subject of a clause describing it (القبض على طالب قتل والديه، حكم على رجل هاجم).
#: … and "any", "every" (اعتراض أي صاروخ يستهدف سوريا: the missile would target, no one named before).
_DESCRIBED_AFTER = frozenset({"علي", "ضد", "مع", "عن", "الي", "اي", "ايه", "كل"})


def _after_described_noun(sm: SentenceMentions, head: int) -> bool:
    """Whether the verb at ``head`` follows a bare indefinite noun (no article, clitic or actor, no
    noun of time) that a preposition governs: the verb opens a clause describing that noun, whose
    subject it is, and no actor named earlier is dropped (ألقت الشرطة القبض على طالب قتل والديه: the
    student killed, not the police; not بعد ساعات هاجمت: a time)."""
    k = head - 1
    if k - 1 < sm.offset:
        return False
    noun, prep = sm.tok(k), sm.tok(k - 1)
    return noun.kind == "word" and not noun.proclitics and noun.enclitic is None and prep.norm in _DESCRIBED_AFTER \
        and sm.covering(k) is None and not A.time_noun(noun) and noun.norm not in PREPOSITION_WORDS \
        and noun.norm not in FUNCTION_WORDS \
        and not sm.tok(head).proclitics


#: How many bare adjectives may stand between an indefinite noun and the verb describing it.
_DESCRIBING_ADJECTIVES = 2


def _described_in_relative(sm: SentenceMentions, head: int, marker: int) -> bool:
    """Whether the verb at ``head``, deep in a relative clause, follows a bare indefinite noun that
    is no actor, with up to two bare adjectives (بعد تظاهرات ضخمة طالبت برحيله): the verb opens a
    clause describing that noun, its subject, and the relative pronoun's antecedent is not (the
    deposed president demanded nothing). Not the clause's first word after the pronoun, not a
    noun of time, not a verb joined by و."""
    if sm.tok(head).proclitics:
        return False
    k = head - 1
    for _ in range(_DESCRIBING_ADJECTIVES + 1):
        if k <= marker + 1:
            return False
        tok = sm.tok(k)
        if tok.kind != "word" or tok.has_article or tok.proclitics or tok.enclitic is not None \
                or sm.covering(k) is not None or A.time_noun(tok) or tok.norm in PREPOSITION_WORDS \
                or tok.norm in FUNCTION_WORDS or tok.norm in A.SKIPPABLE:
            return False
        prev = sm.tok(k - 1)
        if prev.kind == "word" and (prev.norm in PREPOSITION_WORDS or prev.base in A.PREPOSITIONS):
            return True  # (بعد تظاهرات ضخمة: the noun a preposition governs)
        k -= 1
    return False


#: Ordinals and elatives (normalised) that head an indefinite noun in the construct: "the first,
#: the highest … to do it" (أول رئيس أمريكي يزور، أرفع مسؤول يلتقي).
_RANKING = frozenset({"اول", "ثاني", "ثالث", "اخر", "ارفع", "اكبر", "اعلي", "اهم", "ابرز"})


def _after_who(sm: SentenceMentions, head: int) -> bool:
    """Whether the word at ``head`` follows "who" (من، لمن، ممن), or a verb after it joined by
    أو/و (عدد من قتلوا أو اعتقلوا): its subject is "whoever" (أتوجه بالسؤال لمن يعارضونه), no
    actor dropped earlier."""
    k = head - 1
    for _ in range(3):
        if k < sm.offset:
            return False
        tok = sm.tok(k)
        if tok.norm in _WHO:
            return True
        if tok.norm not in ("او", "و") or k - 1 < sm.offset or sm.tok(k - 1).has_article:
            return False
        k -= 2
    return False


#: Coordinated clauses a verb with no subject of its own looks back over for the first one's.
_CHAIN_CLAUSES = 4
#: Points of the compass (normalised bases) that open a place phrase after a noun (شرق خان يونس).
_DIRECTIONS = frozenset({"شرق", "غرب", "شمال", "جنوب", "شرقي", "غربي", "شمالي", "جنوبي"})
#: Prepositions of topic and nouns of its circumstances (normalised): a verbal noun after one is
#: what is spoken about or investigated (لكشف ملابسات عملية إطلاق النار).
_ABOUT = frozenset({"بشان", "حول", "بخصوص", "ازاء", "تجاه", "حيال", "ملابسات", "تفاصيل",
                    "يتعلق", "تتعلق", "المتعلق", "المتعلقه", "متعلق", "متعلقه"})  # يتعلق بالهجوم
#: The verb readings a pronoun on أن/إن can be the subject of (أنها هاجمت، أنهم هاجموا).
_PRONOUN_PGN = {"ه": {"3ms"}, "ها": {"3fs", "3fp"}, "هم": {"3mp"}, "هما": {"3md", "3fd"}, "هن": {"3fp"}}
_GRIEVANCE_WORDS = 16  # how far after a protest trigger its demands or slogans are looked for
_HOSTILE_QUADS = frozenset({3, 4})
_FRIENDLY_QUADS = frozenset({1, 2})
#: Words of speech that, with بـ after a verb of going, make it addressing someone (normalised).
_SPEECH_WITH = frozenset({"قول", "كلام", "حديث", "شكر", "سوال", "خطاب", "نداء", "رساله", "تهنيه", "التحيه", "تحيه"})
#: Support verbs of aiming an act at someone (وجّه): لـ after their noun names its target.
_DIRECTING = frozenset({"light.wajjaha", "light.tawjih"})
#: Events that aim at someone as the subject of a verb of aiming (وتستهدف العقوبات مشتريات إيران),
#: where an attack would be its object (استهدفت اجتماعا).
_AIMING_EVENTS = frozenset({"SANCTION", "AID", "SUPPORT", "COOPERATE", "AGREE", "REQUEST"})
#: مسؤولية (normalised, as a prefix): a claim of responsibility names an attack's author.
_RESPONSIBILITY = "مسوولي"
#: Sectors of people who suffer arrests and attacks more than they make them (civilians, refugees,
#: students, journalists, workers, religious figures, children).
_CIVILIAN_SECTORS = frozenset({"CVL", "REF", "EDU", "MED", "LAB", "REL", "AGR", "HLH", "BUS"})
#: Words after بـ that say how something is condemned, not of what (بأشد العبارات، بعبارات شديدة);
#: the adverbs بشدة، بقوة، بحزم are ``arguments.SKIPPABLE``.
_MANNER_AFTER_B = frozenset({"اشد", "عباره", "عبارات"})
#: Words after بـ right after يدين that say what one owes or professes (يدين بالولاء، يدينون بأكثر
#: من، تدين بالإسلام، يدين بالفضل): دان "owe, profess", not أدان "condemn" (يدين بشدة، بأشد العبارات)
_OWED = frozenset({"ولاء", "دين", "اسلام", "مسيحيه", "يهوديه", "ديانه", "فضل", "كثير", "شكر", "اكثر", "مبلغ",
                   "مليار", "مليون", "ملايين", "دولار", "اموال", "ديون", "ثروه", "ثروات", "وجود", "بقاء",
                   "نجاح", "عرفان", "جميل"})
#: Crowds a verb of dispersing acts on, besides protesters and the protest nouns (فرقت الشرطة الحشود)
_CROWDS = frozenset({"حشد", "حشود", "جموع", "جمع", "تجمع", "تجمعات", "تجمهر", "متجمهرين", "مصلين", "مشيعين",
                     "انصار", "مناصرين", "مويدين", "طلاب", "جمهور", "جماهير", "مشجعين", "سكان", "اهالي", "مواطنين"})
#: How far after a verb of dispersing its crowd may stand (past its subject and a time)
_CROWD_REACH = 8
#: What one waves with بـ (لوح بيده، لوحوا بالأعلام): no threat
_WAVED = frozenset({"يد", "يدي", "ايدي", "علم", "اعلام", "رايه", "رايات", "منديل"})
#: Words that may stand between a verb that "applies to" and its على (ينسحب ذلك على، ينسحب الأمر على)
_THAT_MATTER = frozenset({"ذلك", "هذا", "امر", "الامر", "حال", "الحال", "كلام", "الكلام"})
_MATERIAL_CONFLICT = 4
#: Deeds no news outlet does (its subject or genitive there only reports them).
_DEEDS = frozenset({"ASSAULT", "COERCE", "SANCTION", "MOBILIZE"})
#: Sectors whose protest is a diplomatic or official one, in words (a government, a parliament, a court,
#: an inter-governmental organisation: الجامعة العربية تحتج على مفاوضات).
_OFFICIAL_SECTORS = frozenset({"GOV", "LEG", "JUD", "IGO"})
#: Words saying who issued what is condemned (الصادرة عن، صدرت عن), and how far after the verb
#: they (or من قبل "by") may stand.
_ISSUED = frozenset(normalize(w) for w in ("صادرة", "صادر", "صادرين", "صدرت", "صدر"))
_ISSUER_WINDOW = 10
#: Prepositions of the circumstance a passive verb may have before its counted subject (قتل خلال
#: المعارك العشرات، قتل في الغارة 20 شخصا), and how many words that phrase may take.
_CIRCUMSTANCE_PREPS = frozenset(normalize(w) for w in ("في", "خلال", "أثناء", "جراء", "إثر", "بسبب"))
_CIRCUMSTANCE_WORDS = 3
#: دفاع عن النفس "self-defence", and the negations before it that make it an accusation again.
_DEFENCE = frozenset({"دفاع", "دفاعا"})
_NOT = frozenset({"ليس", "ليست", "ليسوا", "لا", "غير", "لم", "لن"})
#: Before دفاع: a right to self-defence (حق إسرائيل في الدفاع عن نفسها) is said of the other side.
_RIGHT_TO = frozenset({"في", "حق"})


def _self_defence(toks: Sequence[Token]) -> int | None:
    """Where the sentence calls something self-defence (دفاع عن النفس، في إطار الدفاع عن النفس):
    the character offset of دفاع, or ``None``; not where it is negated (ليست دفاعا عن النفس) or a
    right (حق … في الدفاع عن نفسها)."""
    for i in range(len(toks) - 2):
        if toks[i].base in _DEFENCE and toks[i + 1].base == "عن" and toks[i + 2].base == "نفس" \
                and not any(t.base in _NOT for t in toks[max(0, i - 2):i]) \
                and not (i and toks[i - 1].base in _RIGHT_TO):
            return toks[i].start
    return None


_STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})
_EXPRESSED = normalize("عبر")  # عبّر عن "expressed", spelled as the preposition عبر "across"
_EXECUTIVE = _STATE_SECTORS - {"LEG", "JUD"}
_PAST_REPORT = 0.1  # confidence for a past-tense verb trigger outside a relative clause
#: Words that introduce the attack in which casualties fell (مقتل جنديين في هجوم، جراء القصف).
_LINKING = frozenset({"في", "جراء", "اثر", "خلال", "بسبب", "نتيجه"})
#: "Succumbing" (متأثرا، متأثرين …) and "to (his) wounds" (بجراحه، بجروحه، بإصابته), normalised
#: beginnings; how many words after a verb of killing they may stand, past its subject.
_SUCCUMBING = "متاثر"
_TO_WOUNDS = ("بجراح", "بجروح", "باصاب")
_SUCCUMBED_REACH = 8
_ROLE_CACHE = 30_000  # surfaces whose particle roles :meth:`Coder._roles_of` keeps (two generations)
#: Prepositions (normalised) that aim an act at its target or destination (على، ضد، إلى، لـ).
_AIMED = frozenset({"علي", "ضد", "الي", "ل"})
#: "In it", "during it" (normalised) after a verb that says what a call or a meeting held.
_IN_IT = frozenset({"فيه", "فيها", "خلاله", "خلالها"})
_IN_IT_REACH = 3  # words from فيه to the verbal noun it introduces (عبر فيه عن إدانته)
_CLOSING_MARKS = frozenset(CLOSING_QUOTE.values())  # closing quotation marks
_INNA_NOUN_REACH = 6  # words from the noun of إن to its verb (إن أعضاء «الفرقة 30» قتلوا)
#: God (normalised) and the epithets that follow His name (normalised bases) in a prayer.
_GOD = frozenset({"الله", "المولي"})
_AYAT = normalize("آية")  # آية الله: the title of a Shia cleric, no one praying to God
_EPITHETS = frozenset({"قدير", "عز", "تعالي", "سبحانه", "علي", "جل"})
_PRAYER_REACH = 10  # words from a verb of asking to the God it asks (ودعا معالي رئيس المجلس … المولى القدير)
_RECEIVED = frozenset({"REF"})  # sectors one takes in rather than meets
#: Craft, cargo, arms and mail (normalised bases) that arrive without anyone visiting: as the
#: antecedent of the relative clause of a verb of arriving (الأسلحة التي تصل إلى الحوثيين) or its
#: subject after a place and a time (وصلت إلى إسرائيل، الخميس، أول طائرة ركاب).
_CONVEYED = frozenset({"طايره", "طايرات", "سفينه", "سفن", "باخره", "قافله", "قوافل", "شحنه", "شحنات",
                       "اسلحه", "سلاح", "صواريخ", "صاروخ", "ذخاير", "معدات", "مساعدات", "رساله", "رسايل",
                       "قطار", "حافله", "حافلات", "سياره", "سيارات", "رحله", "رحلات", "بضايع", "امدادات"})
_NOUN_ADJECTIVES = 2  # definite adjectives between an event noun and its relative pronoun (الهجوم الكيماوي الذي)
_CONVEYED_ADJECTIVES = 2  # definite adjectives between a cargo and the relative pronoun (المساعدات الإنسانية التي)
_CONVEYED_REACH = 8  # words after a verb of arriving where its subject may stand, past a place and a time
#: Nouns of a figure (normalised bases) that "reach" a level after وصل.
_FIGURES = frozenset({"عدد", "اعداد", "حصيله", "نسبه", "قيمه", "حجم", "سعر", "اسعار", "معدل", "معدلات",
                      "مستوي", "رقم", "ارقام", "كميه", "كميات"})  # the commas around a name in apposition to a title
_JOINED_ADDRESSEE = 3  # a definite noun and up to two adjectives joined by و to the one asked
_ELABORATION = -0.3  # confidence of a protest in a sentence that only elaborates on one
_ILLNESS_WORDS = 6  # how far after a verb of injury (or إصابة) an illness word makes it no wound
#: How far after a noun a verb of undergoing with a pronoun may resume it (تهديد بوجود قنبلة تلقته).
_UNDERGONE_AFTER = 3
#: Words that open an accusative object after a verbal noun's genitive (اعتقال الجيش أحد الإرهابيين).
_ACCUSATIVE_HEADS = frozenset({"احد", "احدي", "عدد", "عددا", "بعض"})
#: Nisba adverbs of domain in the accusative (normalised): after a verbal noun's genitive they say
#: how (اجتياح فنزويلا عسكريا "invading Venezuela militarily"), no object that makes the genitive the doer.
_DOMAIN_ADVERBS = frozenset({"عسكريا", "سياسيا", "اقتصاديا", "دبلوماسيا", "امنيا", "جويا", "بريا", "بحريا"})
#: A body and the remains of the dead (normalised bases), received by a verb of receiving: no meeting.
_REMAINS = frozenset(normalize(w) for w in ("جثمان", "جثامين", "جثة", "جثث", "رفات"))


def _accusative_look(t: Trigger, sm: SentenceMentions) -> bool:
    """Whether a dual verb with no pronoun, ending in ا, reads as well as an indefinite accusative
    (a verbal noun or a participle): without و, right after a comma (، طالبا منها: "asking her") or
    an actor (تبلغه من الرئيس عون طلبا بتدخل: "a request"), or before a bare word in the accusative
    that is no adverb (ورفضا دوليا: "international rejection"; not اشتبكا أيضا). It then has no
    dropped subject: neither an earlier dual subject nor a set of actors named before."""
    tok = sm.tok(t.head)
    if tok.enclitic is not None or not tok.norm.endswith("ا") or t.head != t.last:
        return False
    end = sm.offset + len(sm.tokens)
    if t.head - 1 >= sm.offset and not tok.proclitics and tok.norm[:1] not in ("و", "ف"):
        # (، واتفقا، وأشادا: a verb joined by و, split off or not; وافقا is left alone too)
        prev = sm.tok(t.head - 1)
        if (prev.kind == "punct" and prev.text in A.COMMAS) or sm.covering(t.head - 1) is not None:
            return True
    if t.head + 1 < end:
        nxt = sm.tok(t.head + 1)
        return nxt.kind == "word" and not nxt.proclitics and not nxt.enclitic and nxt.norm.endswith("ا") \
            and sm.covering(t.head + 1) is None and not A.skippable(sm.tokens, t.head + 1 - sm.offset)
    return False  # (اشتبكا أيضا: an adverb after a verb)


def _b_keeps_object(t: Trigger, sm: SentenceMentions) -> bool:
    """Whether the genitive of a verbal noun may still be its object: the noun carries no بـ (بدعم
    التحالف "with the coalition's support" has its supporter there), or it is an attack, a
    coercion or praise (بغزو الكويت "by invading Kuwait", بتهنئة الرئيس "by congratulating the
    president")."""
    e = t.entry
    return "ب" not in A.preps_of(sm.tok(t.head)) or e.event_type in _SUFFERED or e.mode == "praise"


def _person_of(arg: Arg, gender: str) -> bool:
    """Whether ``arg`` is one person the lexicon or a title gives this gender ("m", "f")."""
    return len(arg.actors) == 1 and arg.actors[0].kind == "person" and arg.actors[0].gender == gender


def _masculine_singular(pgns: set[str]) -> bool:
    """Whether the third-person readings of a verb are those of the masculine singular only (دعا،
    واتهم: also أتهم "I accuse")."""
    return {p for p in pgns if p[0] == "3"} == {"3ms"}


def _feminine_singular(t: Trigger) -> bool:
    """Whether the third-person readings of a verb are those of the feminine singular only
    (اعتقلت، قتلت: also "I/you arrested")."""
    return {pgn for _, pgn in t.readings if pgn[0] == "3"} == {"3fs"}


def _doers(arg: Arg) -> bool:
    """Whether every actor of ``arg`` is one that acts on others: a state or its capital, an
    organisation, an armed or state body (true of no actor at all)."""
    return all(a.kind in ("org", "country", "capital") or a.sector in _ARMED_SECTORS | _STATE_SECTORS for a in arg.actors)


def _agrees(arg: Arg, pgns: set[str], *, gendered: bool = True) -> bool:
    """Whether a subject can be that of a verb with these person-number-gender readings:
    a dual verb wants a set; a masculine plural verb a set or a plural noun (not a country);
    with ``gendered``, a masculine singular verb no feminine country name."""
    if not pgns:
        return True
    if pgns <= {"3md", "3fd"}:
        return arg.plural
    if gendered and _masculine_singular(pgns) and (A.feminine_name(arg) or _person_of(arg, "f")):
        return False  # وقال (he): not الهند, not الحكومة, not ميركل
    if gendered and {p for p in pgns if p[0] == "3"} <= {"3fs", "3fp"} and _person_of(arg, "m"):
        return False  # وقالت (she), قال إنها: not أوباما, not الرئيس الأمريكي
    if gendered and {p for p in pgns if p[0] == "3"} == {"3fs"} and arg.actors \
            and all(a.kind == "adjective" and (a.entry or "").endswith(".m.sg") for a in arg.actors):
        return False  # ألماني يتصل بالشرطة فتقبض عليه: she (the police), not the German man
    if pgns <= {"3mp"}:
        return arg.plural or not any(a.kind in ("country", "capital", "person", "place") for a in arg.actors)
    return True


def clause_of_range(start: int, end: int) -> Clause:
    """A pseudo-clause over a token range (for looking at a noun's own phrase)."""
    return Clause(-1, start, end + 4, "phrase")


def _nothing_after(sm: SentenceMentions, t: Trigger, own: Clause) -> bool:
    """:func:`arguments.nothing_after` a relative clause's verb in its own span, unless that span ends right after
    it at a bare word (one that may be read as a verb) in the construct with a definite word: a
    verbal noun and its genitive, the verb's object (التي تحظر نقل السجناء: نقل is what is banned,
    no verb "transferred")."""
    k = t.last + 1
    if own.end == k and k + 1 < sm.offset + len(sm.tokens):
        tok = sm.tok(k)
        if tok.kind == "word" and not tok.proclitics and not tok.enclitic and tok.base not in A.PREPOSITIONS \
                and not A.skippable(sm.tokens, k - sm.offset) and sm.tok(k + 1).has_article:
            return False
    return A.nothing_after(sm, t.last, own)


def _passive_readable(t: Trigger) -> bool:
    """Whether the written verb may be a passive: any present form (يقتل/يُقتل, يهاجم/يُهاجم),
    or a past whose passive is spelled like its active (قتل/قُتل; not هاجم/هوجم, أصاب/أصيب)."""
    if t.entry.kind != "verb" or not t.entry.passive_apart:
        return True
    return any(r[0] == "pres" for r in t.readings)


#: Sector entries that title one person (a name right after one is his, in apposition).
_PERSON_TITLES = frozenset("sec." + r for r in (
    "president", "vice_president", "prime_minister", "deputy_prime_minister", "king", "emir", "sultan",
    "crown_prince", "deputy_crown_prince", "supreme_leader", "foreign_minister", "defence_minister",
    "interior_minister", "minister", "official", "diplomat", "ambassador", "consul", "envoy", "charge_d_affaires",
    "spokesperson", "secretary_general", "director_general", "governor", "leader", "leading_member", "assistant",
    "legislator", "speaker", "judge", "army_chief", "commander", "officer"))
#: Words that title one person (normalised bases): a name right after the phrase they open is his
#: (المتحدث الرسمي باسم الجيش المصري تامر الرفاعي، الأدميرال الأميركي ويليام ماكرايفن).
_TITLE_WORDS = frozenset(normalize(w) for w in (
    "متحدث", "متحدثة", "ناطق", "ناطقة", "قيادي", "قيادية", "أدميرال", "الأدميرال", "جنرال", "لواء", "عميد",
    "عقيد", "مقدم", "رائد", "نقيب", "مستشار", "مستشارة", "مدير", "مديرة", "رئيس", "رئيسة", "وزير", "وزيرة",
    "سفير", "سفيرة", "قائد", "زعيم", "مسؤول", "مسؤولة", "نائب", "نائبة", "محافظ", "أمين", "مبعوث", "مبعوثة",
    "مندوب", "مندوبة", "ممثل", "ممثلة", "موفد", "موفدة", "مفوض", "مفوضة", "منسق", "منسقة"))
#: Words of a spokesperson (normalised, the first words of the actor stage's ``SPOKESPERSON``): the
#: name after المتحدث باسم … is his.
_SPOKESPERSON_WORDS = frozenset(words[0] for words in SPOKESPERSON)
#: What a threat puts at risk (normalised): the actor in its genitive is threatened (يهدد أمن لبنان،
#: يهدد مستقبل نتانياهو، تهدد استقرار المنطقة، تهدد حياة المدنيين، تهدد مصالح الولايات المتحدة).
_WELFARE = frozenset({"امن", "استقرار", "مستقبل", "حياه", "ارواح", "سلامه", "مصالح", "وحده", "سياده", "وجود",
                      "بقاء", "اقتصاد", "سمعه", "مصير", "مكانه", "علاقات", "حكم", "نظام"})
#: Words of a phrase of time after منذ (منذ فترة طويلة، منذ عام 2011).
_SINCE_WORDS = 4
#: Pronouns that can refer back to a relative clause's antecedent (on the verb or a later word);
#: on a verb, the third-person object pronouns (قمعها، استهدفهم، اعتقله).
_RESUMPTIVE = frozenset(_PRONOUN_PGN)
#: The pronouns that agree in number with each relative pronoun (normalised): الذي … ـه، الذين …
#: ـهم (gender is left free: news writes التي … بشنه of an attack).
_MARKER_PRONOUNS = {"الذي": ("ه", "ها"), "التي": ("ه", "ها"), "الذين": ("هم", "هن"), "اللذان": ("هما",),
                    "اللذين": ("هما",), "اللتان": ("هما",), "اللتين": ("هما",), "اللواتي": ("هن", "هم", "ها"),
                    "اللاتي": ("هن", "هم", "ها"), "اللايي": ("هن", "هم", "ها")}

#: The one pronoun of the same gender and number as each singular or plural relative pronoun.
_STRICT_RESUMPTIVE = {"الذي": "ه", "التي": "ها", "الذين": "هم", "اللواتي": "هن", "اللاتي": "هن"}


def _own_subject_before(subjects: list[tuple[int, Arg]], k: int, pgns: set[str]) -> bool:
    """Whether a subject recorded before ``subjects[k]`` in the same sentence, none of a clause
    describing a governed noun, agrees with ``pgns`` (the sentence named its own subject)."""
    sentence = subjects[k][0]
    j = k - 1
    while j >= 0 and subjects[j][0] == sentence:
        other = subjects[j][1]
        if not other.rule.startswith("described") and _agrees(other, pgns):
            return True
        j -= 1
    return False


def _accusative_masdar(tok: Token) -> bool:
    """A bare word in the indefinite accusative (دعما، احتجاجا): no article, no clitic, final alif."""
    return tok.kind == "word" and not tok.has_article and not tok.proclitics and not tok.enclitic \
        and tok.norm.endswith("ا")


def _resumes(tok: Token, marker: Token | None = None) -> bool:
    """Whether a word carries a pronoun that can refer back to an antecedent (قمعها، منه، بها:
    بـ and لـ with a pronoun stay one word, ``A.PREP_PRONOUNS``); with the relative pronoun
    ``marker``, one that agrees with it in number (الذي يعارض عودة النازحين إلى بلادهم: هم is not
    الذي's)."""
    pron: str | None
    if tok.enclitic in _RESUMPTIVE:
        pron = tok.enclitic
    elif tok.norm in A.PREP_PRONOUNS:
        pron = next((p for p in A.THIRD_PERSON_PRONOUNS if tok.norm.endswith(p)), None)
    else:
        return False
    agreeing = _MARKER_PRONOUNS.get(marker.norm) if marker is not None else None
    return agreeing is None or pron in agreeing


@dataclass(slots=True)
class Decision:
    """What the coder did with one candidate trigger (for ``marsad explain``)."""

    trigger: Trigger
    clause: Clause
    frame: Frame
    source: Arg | None = None
    target: Arg | None = None
    status: str = "dropped"  # coded | dropped | function
    reason: str = ""
    events: list[Event] = field(default_factory=list)
    salience: list[tuple[float, str]] = field(default_factory=list)  # confidence adjustments, why
    veto: str = ""  # why the trigger is no event of its type here (العقوبات تستهدف: no attack)
    riot: bool = False  # an attack or coercion by protesters: coded as PROTEST, mode riot
    verbal: bool = False  # an attack verb of a speaker with no weapon: coded as ACCUSE (CAMEO 111)


@dataclass(slots=True)
class SentenceTrace:
    """Everything the coder saw and decided in one sentence."""

    sentence: Sentence
    triggers: list[Trigger]
    clauses: list[Clause]
    decisions: list[Decision]


@dataclass(slots=True)
class DocState:
    """What the coder remembers across the sentences of one document."""

    subjects: list[tuple[int, Arg]] = field(default_factory=list)  # (sentence index, overt subject)
    events: list[Event] = field(default_factory=list)
    sentence: int = 0
    #: the spans of the document's place mentions, by the tagger (LOC) or the gazetteer (made at the
    #: first verb trigger that asks, once per document)
    places: frozenset[tuple[int, int]] | None = None


#: "The suspect", "the accused" (normalised), whose charge follows with بـ (المشتبه به بتنفيذ
#: الهجوم، المتهم بقتل): the act is theirs, not the subject's of the verb before.
_SUSPECTS = frozenset({"المشتبه", "مشتبه", "المتهم", "متهم", "المتهمين", "المتهمون", "متهمين", "المشتبهين"})
#: Sector nouns without ة that take a feminine verb (the plural-like bodies: الشرطة has ة).
_FEMININE_BODIES = frozenset({"قوات", "عناصر"})
#: Nouns of occurrence (normalised): an event after one happened, with no agent in the clause
#: (اجتمعت حكومة أنقرة بعد وقوع التفجير الانتحاري: not the government's bombing).
_OCCURRENCE = frozenset({"وقوع", "حدوث"})
#: "One of" (normalised أحد، إحدى, with no article: not الأحد "Sunday"): it counts the noun after it
#: (قتل أحد متظاهريها "one of its protesters was killed").
_ONE_OF = frozenset({"احد", "احدي"})
#: "Others" in the nominative (normalised), the patients of a casualty verb (وجرح آخرون).
_OTHERS = frozenset({"اخرون"})
#: Third-person pronouns (normalised) that open an aside describing the noun before them (، وهو …،).
_PRONOUNS = frozenset({"هو", "هي", "هم", "هما", "هن"})
#: كان and قد before a past verb (normalised): كان التقى، كانت قد استهدفت.
_KANA = frozenset({"كان", "كانت", "كانوا", "قد"})


def _right_after_relative(c: Clause, t: Trigger, sm: SentenceMentions) -> bool:
    """Whether the verb ``t`` opens its relative clause: right after the relative pronoun, or past
    كان or قد only (الذي كان ينتقد الكرملين: the antecedent criticised the Kremlin)."""
    return c.kind == "relative" and c.marker is not None and c.marker < t.head \
        and all(sm.tok(i).norm in _KANA for i in range(c.marker + 1, t.head))


#: Indefinite duals for two members or persons (normalised), counting like a number (قتل عنصران).
_DUAL_PEOPLE = frozenset({"عنصران", "شخصان", "فردان", "رجلان", "مدنيان", "مواطنان", "طفلان", "جنديان"})
#: Sectors whose indefinite dual word counts two people (جنديان، شرطيان، مسلحان، مدنيان).
_PEOPLE_SECTORS = frozenset({"MIL", "COP", "UAF", "CVL", "REB", "INS", "SPY", "MED", "REF", "LAB", "EDU", "HLH"})
#: Negations that may stand between a subject's aside and its verb (أن تركيا، …، لم تنذر).
_VERB_NEGATIONS = frozenset({"لم", "لن", "لا"})
#: How many adjectives an event noun may have before the verb it is the subject of.
_ADJECTIVE_REACH = 4
#: How long a verbless aside in commas between a subject and its verb may be (words and marks).
_ASIDE_WORDS = 10
#: Prepositions of time (normalised): a hostile act after one is an event the clause is dated by
#: (تعهدت ميركل بتقديم مساندة عقب الهجوم الإرهابي: not Merkel's attack), while talks after one
#: are often the subject's own (قال ترامب عقب محادثات مع بوتين).
_AFTER = frozenset({"عقب", "بعد", "اثر", "قبل", "قبيل", "غداه", "عشيه"})
#: "Amid", "in the light of" (normalised: في خضم، وسط، في ظل، في غمرة): an event after one is the
#: background of the clause, of any type (أعلن مسؤولون فرض حالة الطوارئ في خضم احتجاجات: not
#: the officials' protest).
_AMID = frozenset({"خضم", "وسط", "ظل", "غمره"})
#: "Because of", "as a result of" (normalised): an event after one caused what the clause reports
#: (ودانت الجامعة العربية التصعيد … جراء قمع جيش الاحتلال للمظاهرات: not the League's repression).
_CAUSES = frozenset({"جراء", "بسبب", "نتيجه", "بفعل"})
#: Words after which an event noun is the background of the clause, no act of its subject.
_BACKGROUND = _ABOUT | _OCCURRENCE | _AMID | _CAUSES
#: The perpetrators of an act, the place of it and the containing of it (normalised bases): the
#: event noun in their genitive is no act of the clause's subject (مالي تسعى إلى كشف هوية منفذي الهجوم).
_PERPETRATORS = frozenset(normalize(w) for w in (
    "منفذي", "منفذو", "منفذ", "مرتكبي", "مرتكبو", "مرتكب", "مدبري", "مدبرو", "مدبر", "مخططي", "مخططو",
    # … and the place where it happened (روسيا وسوريا تحاولان تطهير موقع الهجوم: not theirs)
    "موقع", "مكان", "مسرح",
    # … and the one who contains, disperses or quells it (كانت قوات الأمن تحاول احتواء احتجاجات
    # مناهضة للحكومة: the forces protest nothing)
    "احتواء", "تفريق", "فض", "إخماد", "تطويق"))
#: Prepositions, proclitic or written apart (normalised bases).
_PREPOSITION_BASES = A.PREPOSITIONS | PREPOSITION_WORDS
#: Words of discussing (normalised bases): an event in their object is what is discussed, no act
#: of the clause's subject (يجتمع مجلس الأمن لبحث الهجمات بالصواريخ والقذائف على إسرائيل), within
#: a few words of them with no punctuation between.
_DISCUSS = frozenset({"بحث", "يبحث", "تبحث", "بحثا", "بحثت", "مناقشه", "ناقش", "يناقش", "تناقش", "ناقشا",
                      "ناقشت", "ناقشوا", "بحثوا", "تتناول", "يتناول", "تناولت", "تناول", "تناولا"})
_DISCUSSED_REACH = 6
#: Verbal nouns of discussing or investigating (normalised bases; not شك, "doubt", as in لا شك).
_INVESTIGATING = DISCUSSING - {"شك"}
#: Event types whose verbal noun names its author with من (احتجاج من طهران، دعم من السعودية).
_VOICED = frozenset({"PROTEST", "ACCUSE", "THREATEN", "REQUEST", "SUPPORT"})
#: "Charge(s)" (normalised bases): the verbal noun in their genitive is what someone is charged with.
_CHARGES = frozenset({"تهمه", "تهم", "تهمتي"})
#: What is admitted after اعترف بـ (normalised bases, without the article): the presence, a relation,
#: a force, a fault, a failure, a defeat, a loss, one's involvement, a charge, an attempt, a giving
#: or a receiving (اعترفت إيران بوجود مقاتلين، اعترف بفشله، اعترف بتقديم معلومات).
_ADMISSIONS = frozenset(normalize(w) for w in (
    "وجود", "علاقة", "علاقات", "قوة", "نفوذ", "فشل", "خطأ", "أخطاء", "ذنب", "مسؤولية", "تهم", "تهمة", "تورط",
    "هزيمة", "خسارة", "خسائر", "تمكن", "سيطرة", "محاولة", "تقديم", "تلقي", "ارتكاب", "جريمة", "جرائم",
    "مصرع", "مقتل", "إصابة", "سقوط", "تجسس", "صعوبة", "تقصير"))
_ADMIT_REACH = 8  # how far after the verb its بـ-word may stand (past the subject)
#: Words of time in office that split a title from the name of the one man it titles (normalised):
#: وزيرة الخارجية الأميركية آنذاك، هيلاري كلينتون، الرئيس البرازيلي الأسبق لولا دا سيلفا.
_APPOSED_GAP = frozenset(normalize(w) for w in (
    "آنذاك", "حينها", "وقتها", "السابق", "السابقة", "الأسبق", "الأسبقة", "الراحل", "الراحلة", "المعزول",
    "المخلوع", "الحالي", "الحالية"))
#: "Those responsible" (normalised), whose act follows with عن (تحديد المسؤولين عن هجمات).
_RESPONSIBLE = frozenset(normalize(w) for w in (
    "المسؤول", "مسؤول", "المسؤولين", "مسؤولين", "المسؤولون", "مسؤولون", "المسؤولة", "مسؤولة",
    "المسئول", "مسئول", "المسئولين", "مسئولين", "المسئولون", "مسئولون"))


def _suspected(sm: SentenceMentions, i: int) -> bool:
    """Whether the verbal noun at token ``i`` is a charge (وجهت الشرطة تهمة القتل لرجل), the charge
    of a suspect (كشفت الشرطة هوية المشتبه به بتنفيذ الهجوم: the police carried out nothing) or
    the act of those responsible for it
    (مشروع قرار يهدف إلى تحديد المسؤولين عن هجمات: the sponsors attacked no one)."""
    j = i - 1
    if j >= sm.offset and sm.tok(j).base in _CHARGES and not sm.tok(j).enclitic:
        return True  # وجهت الشرطة تهمة القتل لرجل، اعتقل بتهمة قتل: the charge, not the police's act
    if "ب" in A.preps_of(sm.tok(i)):
        if j > sm.offset and sm.tok(j).norm in ("به", "بها", "بهم", "بهما"):
            j -= 1
        heads = _SUSPECTS
    elif j > sm.offset and sm.tok(j).norm == "عن":
        j, heads = j - 1, _RESPONSIBLE
    else:
        return False
    # (نظام الأسد المتهم بشن هجوم: an adjective of the actor before it, who is the suspect)
    return j >= sm.offset and sm.tok(j).norm in heads and (j == sm.offset or sm.covering(j - 1) is None)


#: Verbal nouns of economic or civil action (normalised bases) that a verb of aiming (يستهدف) takes
#: as "aims to": raising, cutting, importing, attracting, reaching (تستهدف الحكومة زيادة الإنتاج);
#: and a state's security, stability, interests, sovereignty or unity, which are threatened, not
#: attacked (تحالف يستهدف أمن المغرب); and dragging a state into war, stirring, undermining or
#: thwarting, which are aims, not attacks (استفزازات تستهدف جر فنزويلا إلى صراع).
_AIMS = frozenset({"زياده", "رفع", "خفض", "تخفيض", "تقليص", "استيراد", "تصدير", "انتاج", "جذب", "استقطاب",
                   "تحقيق", "وصول", "حصول", "بيع", "شراء", "انشاء", "توفير", "تطوير", "تحسين", "تعزيز",
                   "توظيف", "استثمار", "تدريب", "تاهيل", "مضاعفه", "نمو", "توسيع", "استكمال", "انجاز",
                   "تنفيذ", "خصخصه", "طرح", "تشغيل", "استقبال", "مساعده", "دعم", "تمويل", "تقديم",
                   "امن", "استقرار", "مصالح", "سياده", "وحده", "جر", "زج", "اشعال", "اثاره", "تقويض",
                   "زعزعه", "اضعاف", "عرقله", "افشال", "منع",
                   # delivering, protecting, ending, settling (يستهدف إيصال المساعدات إلى مستحقيها)
                   "ايصال", "توصيل", "حمايه", "انهاء", "معالجه", "تسويه", "تسهيل", "توحيد",
                   # restoring, establishing, ensuring, changing (تستهدف إعادة حكومة هادي إلى السلطة)
                   "اعاده", "استعاده", "اقامه", "ارساء", "بناء", "ضمان", "تغيير"})  # fmt: skip
#: Verbal nouns (normalised bases) that open a phrase of purpose with لـ (لتنفيذ إصلاحات، لتحقيق السلام):
#: no object of the verbal noun before them.
_PURPOSES = frozenset({"تنفيذ", "تحقيق", "تعزيز", "تطوير", "تحسين", "توفير", "انشاء", "بناء", "اعاده", "تمويل",
                       "مواجهه", "مكافحه", "تسهيل", "ضمان", "ايصال", "انهاء", "معالجه", "تسويه", "توحيد",
                       "استكمال", "انجاز", "تلبيه", "تجاوز", "حمايه", "اجراء", "تنظيم", "دعم"})  # fmt: skip
#: Words, statements and news (normalised bases) that, right after an attack verb as its subject,
#: make the verb a metaphor (فجرت تصريحات الجبير أزمة، أشعلت تغريدة ترامب جدلا).
_SPEECH = frozenset({"تصريحات", "تصريح", "تغريده", "تغريدات", "كلمه", "خطاب", "انباء", "تقارير", "تقرير",
                     "اتهامات", "مواقف", "شايعات", "فتوي", "دعوات"})
#: Writings, words and slogans (normalised bases) that, as the subject right before an attack verb
#: (or its relative pronoun), attack in words (المقالات التي تهاجم، تغريدات هاجمت فيها الرئيس).
_WRITINGS = _SPEECH | frozenset({"مقال", "مقالات", "لافته", "لافتات", "شعار", "شعارات", "هتافات", "منشور",
                                 "منشورات", "افتتاحيه", "رساله", "رسايل", "كتاب", "كتب", "بيانات"})
#: Deaths and decisions (normalised bases) that, right after فجّر as its subject, make it "spark"
#: (فجرت وفاة الشاب احتجاجات، فجر قرار الحكومة أزمة); event nouns the lexicon codes count too.
_SPARKING = frozenset({"وفاه", "موت", "قرار", "قرارات", "حادثه", "حادث", "قضيه", "خبر", "نبا", "مشروع", "قانون"})
#: What one contests (normalised bases) with طعن في or طعن بـ: rulings, results, laws, claims,
#: rights and standing (طعن في الحكم، في شرعية الانتخابات، في أهلية خصمه، بقرار المحكمة).
_CONTESTED = _STANCES | frozenset({
    "شرعيه", "قانونيه", "دستوريه", "نتايج", "نتيجه", "روايه", "روايات", "اتهامات", "تهم", "تهمه", "قضيه",
    "اهليه", "صحه", "نزاهه", "مصداقيه", "انتخابات", "انتخاب", "تلميحات", "ادعاءات", "مزاعم", "شهاده",
    "عقد", "ترشيح", "ترشح", "تعيين", "فوز", "اجراءات", "وطنيه", "ولاء", "كفاءه", "استقلاليه", "حياد",
    "حياديه", "دين", "اسلام", "عقيده", "ذمه", "نسب", "شهادات", "وثيقه", "وثايق", "صلاحيه", "ملكيه"})
_CONTEST_REACH = 10  # words after طعن where في + what it contests may stand, past its subject
#: Event types whose noun an adjective of opposition with لـ gives a target (احتجاجات مناوئة للحكومة).
_OPPOSING_TYPES = frozenset({"PROTEST", "ACCUSE", "ASSAULT", "THREATEN", "COERCE", "SANCTION", "REJECT"})
_MEN_PLURAL = ("ين", "ون")  # endings of the men's sound plural (normalised: متظاهرين، المتظاهرون)
#: كان and كانت (normalised bases) opening a clause whose subject stands before its verb.
_KANA_VERBS = frozenset({"كان", "كانت"})
_KANA_SUBJECT_WORDS = 4  # words of a subject no lexicon knows between كان and the verb
#: "Is suspected" (normalised base; يُشتبه with its damma too): the one named right before it is the
#: suspect, the author of the act after its في or بـ (رجلا يشتبه بأنه قتل، أشخاص يشتبه في دعمهم
#: الجبهة), never the subject of the sentence, which arrests or reports; "the suspect(s)" (المشتبه
#: بارتكابهم, one of :data:`_SUSPECTS`) is the suspect itself.
_IS_SUSPECTED = "يشتبه"
_TIME_ASIDE = 3  # words of a time in commas between a charge noun and its بـ (إدانتهما، الأسبوع الماضي، بانتهاك)
_CONSTRUCT_CHAIN = 3  # bare nouns from a preposition to the actor in their genitive (عن اختيار كوبرنيك)
#: Sound masculine plurals of people in the oblique construct state (normalised): after a verb they
#: are its object (يستهدف مقاتلي الوحدات الكردية); the subject would be مقاتلو.
_OBLIQUE_CONSTRUCTS = frozenset({"مقاتلي", "مسلحي", "مناصري", "مويدي", "معارضي", "منتسبي", "مسوولي", "ممثلي",
                                 "موظفي", "مواطني", "متظاهري", "معتقلي", "مستوطني", "لاجيي", "نازحي"})
#: Passive participles of directing (normalised) right after an event noun (الاتهامات الموجهة له،
#: الانتقادات الموجهة إلى الحكومة): someone else directed it, not the clause's subject.
_DIRECTED = frozenset({"الموجهه", "الموجه", "موجهه", "موجه"})
#: Words from the accused to the charge that opens with بـ (القوات الموالية للحكومة اليمنية بتعذيب).
_ACCUSED_WORDS = 6
#: بأن (normalised, with its pronouns) opening the charge after the accused (اتهمه بأنه يدعم الإرهاب).
_THAT_CHARGES = frozenset({"بان", "بانه", "بانها", "بانهم", "بانهما", "بانهن"})
#: Plurals of دعا "call" spelled as those of ادّعى "claim" (normalised, clitic-free): before أن they
#: claim (يدعون أن إنجازات كثيرة اخترعت منذ قرون).
_CLAIMING = frozenset({"يدعون", "تدعون"})
#: Feelings, waves and crowds (normalised bases) that "sweep" a country as an attack verb's subject
#: (غضب عارم يجتاح الهند، تجتاح الاحتجاجات المدن، اجتاحت موجة من الغضب الشارع): no attack.
_SWEEPING = frozenset({"غضب", "موجه", "موجات", "احتجاجات", "مظاهرات", "تظاهرات", "فرحه", "قلق", "ذعر",
                       "مخاوف", "فوضي", "حمي", "وباء", "حماسه", "صدمه", "حزن"})
#: Actors that are buildings or missions (lexicon entry ids): in an attack noun's genitive they are
#: hit, never its authors (تفجير السفارة الأميركية، الهجوم على القنصلية).
_SITES = frozenset({"sec.embassy"})
#: The expressions of holding someone responsible (حمّل … المسؤولية), by entry id prefix.
#: Counterparts and compatriots (normalised bases): with a pronoun referring back to the
#: subject (نظيره، نظراءه، مواطنه) they are the verb's object, not its subject.
_COUNTERPARTS = frozenset({"نظير", "نظيره", "نظراء", "نظيريه", "مواطن", "مواطني"})
#: Particles and adverbs between a relative pronoun and its verb (normalised): والتي طالما عارضتها.
_RELATIVE_ADVERBS = frozenset({"طالما", "قد", "لم", "لا", "لن", "ما", "كثيرا", "دايما", "سبق", "ان"})
#: Offices in the indefinite accusative (normalised), what someone is appointed as (عينه محافظا).
_OFFICES_ACCUSATIVE = frozenset({"زعيما", "محافظا", "وزيرا", "رييسا", "سفيرا", "قايدا", "مديرا", "نايبا",
                                 "مستشارا", "اميرا", "ممثلا", "مبعوثا", "ناطقا", "متحدثا", "قاضيا", "امينا",
                                 # duals and plurals (تعيين وزيرين جديدين، عين سفراء جددا)
                                 "وزيرين", "سفيرين", "وزراء", "سفراء", "قضاه", "مستشارين", "نايبين", "مديرين",
                                 "قاده", "محافظين", "مبعوثين", "ممثلين"})  # (يعين قادة عسكريين جددا للجيش)
_APPOINT_REACH = 6
#: Participles of being charged (normalised bases, with or without the article): المتهم بقتل.
_CHARGED = frozenset(normalize(w) for w in ("متهم", "متهمين", "متهمون", "متهمة", "متهمان", "متهمات", "متهما"))
#: Nouns of involvement (normalised bases): with بـ after a charge, the actor in their genitive is
#: the one accused (اتهمت واشنطن بتورط إيران، الاتهامات البريطانية بضلوع الرئيس بوتين).
_INVOLVEMENT = frozenset(normalize(w) for w in ("تورط", "ضلوع", "مسؤولية", "وقوف"))
#: How many words after a charge its noun of involvement may stand (past the accuser's name).
_INVOLVEMENT_WORDS = 6
#: How many words (an actor counting as one) may stand between an event noun and the verb that
#: describes it (عقوبات جديدة مرتبطة بإيران تستهدف).
_DESCRIBED_REACH = 4
#: Funding (مَوَّل), spelled like مول "mall" (a loanword): the words after or before a mall's name.
_FINANCE = "aid.mawwala"
_MALL_AFTER = frozenset(normalize(w) for w in ("تجاري", "تسوق"))  # (bases: التجاري، للتسوق)
_MALL_BEFORE = frozenset(normalize(w) for w in ("مركز", "مجمع", "افتتاح", "افتتح"))
#: Power, offices, rounds of a contest and courts (normalised bases) that one "reaches" (وصل إلى
#: السلطة، إلى سدة الحكم، إلى النهائي، إلى المحكمة): no visit; and how many words after the verb إلى may stand.
_OFFICE_REACHED = frozenset(normalize(w) for w in (
    "سلطة", "حكم", "سدة", "رئاسة", "منصب", "مناصب", "كرسي", "عرش", "نهائي", "نهائيات", "دور", "مونديال", "قبة",
    "محكمة", "قضاء"))  # (وصلت القضية إلى المحكمة الدستورية: a case goes to court)
_REACH_WINDOW = 8
#: "On" (normalised): تعيّن على "it was incumbent on".
_ON = "علي"
#: "Who", "whoever" (normalised, with a preposition or conjunction): before a verb, its subject.
_WHO = frozenset({"من", "لمن", "ممن", "فمن", "ومن", "بمن"})
_HOLD_RESPONSIBLE = "accuse.hammala_masuliya"
#: A share of a responsibility (normalised): حمّل السلطة جزءا من المسؤولية.
_SHARE = frozenset({"جزءا", "قسطا", "نصيبا", "بعض"})
#: Plans, policies, laws and measures (normalised): what "aims at" (يستهدف) something.
_PLANS = frozenset({"خطه", "خطط", "سياسه", "سياسات", "برنامج", "برامج", "مشروع", "مشاريع", "مشروعات",
                    "قانون", "قوانين", "قرار", "قرارات", "اجراءات", "اجراء", "استراتيجيه", "مبادره",
                    "مبادرات", "جهود", "خطوه", "خطوات", "اتفاق", "اتفاقيه", "تعديلات", "اصلاحات",
                    "عقوبات", "عقوبه", "تدابير", "حزمه",
                    # words and charges that target someone (التهديدات التي تستهدف بلاده، الاتهامات
                    # التي تستهدف السعودية), and duties and curbs (رسوم جمركية تستهدف الصين)
                    "تهديدات", "تهديد", "اتهامات", "انتقادات", "شايعات", "ادعاءات", "مزاعم", "تصريحات",
                    "رسوم", "ضرايب", "قيود"})  # fmt: skip


class Coder:
    """Codes events in documents that carry tokens and actor mentions."""

    def __init__(self, lex: EventLexicon, *, require_actor: bool = True,
                 report_cues: ReportCues | None = None) -> None:
        self.lex = lex
        self.require_actor = require_actor
        self.factory = EventFactory(lex)
        self.report_cues = report_cues if report_cues is not None else load_report_cues()
        self._report_hits: list[tuple[ReportGroup, int]] | None = None  # this sentence's cues
        self._verb_like: list[int] = []  # this sentence's words that read as a verb
        self._event_verbs: frozenset[int] = frozenset()  # … and its verbs that trigger an event
        self._clauses: list[Clause] = []  # this sentence's clauses
        self._about: frozenset[int] = frozenset()  # this sentence's verbal nouns after بشأن، حول …
        self._topics: frozenset[int] = frozenset()  # this sentence's prepositions of topic
        self._elaborates: bool | None = None  # whether this sentence elaborates on a protest
        self._roles: Generations[str, dict[str, str]] = Generations(_ROLE_CACHE)  # surface → particle roles

    def _roles_of(self, tok: Token) -> dict[str, str]:
        """:func:`particle_roles` of a token, cached by surface (the rules that scan every word
        of a sentence or clause ask it per word)."""
        hit = self._roles.get(tok.text)
        if hit is None:
            hit = particle_roles(self.lex, tok)
            self._roles.put(tok.text, hit)
        return hit

    def _counts(self, tok: Token) -> bool:
        """A word that counts the noun after it (نحو، آلاف، عشرات، أكثر): a quantifier particle."""
        return "quantifier" in self._roles_of(tok)

    def code(self, doc: Document, *, trace: list[SentenceTrace] | None = None) -> tuple[Event, ...]:
        """All events of a document, in text order; pass ``trace`` to collect the decisions."""
        state = DocState()
        self.factory.reset(doc)
        for sent in doc.sentences:
            state.sentence = sent.index
            st = self.code_sentence(doc, sent, state)
            if trace is not None:
                trace.append(st)
        return tuple(state.events)

    def code_sentence(self, doc: Document, sent: Sentence, state: DocState) -> SentenceTrace:
        toks = doc.tokens[sent.token_start : sent.token_end]
        off = sent.token_start
        sm = SentenceMentions(doc, toks, off, self._counts)
        in_names = frozenset(i for p in sm.items for i in range(p.first + 1, p.last + 1))
        triggers = find_triggers(self.lex, toks, off, in_names)
        # الداعية فتح الله غولن، الدول الداعية: a participle that is no state of the subject is no
        # expression at all (it frames nothing either)
        triggers = [t for t in triggers if "participle" not in t.entry.flags or self._circumstantial(t, sm)]
        # (a word inside a name is no verb: الرئيس السوري بشار الأسد, no أسدى; nor the first word of a
        # known organisation's or person's name of several words: فيلق القدس, no فـ+يلق "then meets")
        long_names = [p for p in sm.items if p.last > p.first and p.actor.kind in ("person", "org")]
        name_heads = frozenset(p.first for p in long_names if p.mention.origin == "lexicon")
        self._verb_like = [i for i in verb_like(self.lex, toks, off) if i not in in_names and i not in name_heads]
        self._event_verbs = frozenset()
        self._event_subjects: dict[int, int] = {}  # a verb → the event noun that is its subject
        sm.singular_verbs = frozenset(  # والأمم المتحدة تدعو (not شركات من روسيا وسنغافورة تتهمها)
            t.head for t in triggers if t.pos == "verb" and t.readings and sm.tok(t.head).enclitic is None
            and "light" not in t.entry.flags and all(r == ("pres", "3ms") or r == ("pres", "3fs") for r in t.readings))
        sm.event_nouns = frozenset(t.head for t in triggers if t.pos == "noun")
        # بشأن، حول، بخصوص: what follows is a topic (طالبت بإجراء تحقيق بشأن اختفاء الصحفي: the
        # journalist is not asked), no object or target of the trigger before
        self._topics = frozenset(off + i for i, tok in enumerate(toks) if tok.norm in TOPIC_PREPOSITIONS)
        self._about = frozenset(t.head for t in triggers  # حول سحب القوات: a verbal noun of topic
                                if t.pos == "noun" and t.head > off and toks[t.head - 1 - off].norm in _ABOUT)
        names = in_names | {p.first for p in long_names}
        closing = frozenset(p.last + 1 for p in sm.items if p.last + 1 < off + len(toks)
                            and toks[p.last + 1 - off].text in COMMAS
                            and any(toks[i - off].text in COMMAS for i in range(p.first + 1, p.last))) \
            | sm.list_commas()  # (روسيا، وإيران، وتركيا: one list, one clause)
        clauses = split_clauses(self.lex, toks, off, triggers, frozenset(names), closing,
                                frozenset(p.last for p in sm.items if p.actor.kind in ("country", "capital", "org", "person")
                                          or sm.tok(p.first).has_article)) if toks else []
        self._clauses = clauses
        # relative clause start → its overt subject and its verb's person-number-gender readings
        self._relative_subjects: dict[int, tuple[Arg, frozenset[str]]] = {}
        self._report_hits, self._elaborates = None, None
        every = [Decision(t, clause_of(clauses, t.head),
                          frame_for(self.lex, toks, off, triggers, t, clause_of(clauses, t.head), clauses,
                                    inside=in_names))
                 for t in triggers]
        for d in every:  # منظمة العفو الدولية، قوات التحالف، تحالف دعم الشرعية: words of a name
            inside = sm.covering(d.trigger.head)
            if inside is not None and inside.last >= d.trigger.last and (
                    inside.first < d.trigger.head
                    or (inside.actor.kind in ("org", "person") and inside.last > inside.first == d.trigger.head)):
                # قاضي خليل الله: a name may open with a word spelled like a verb
                d.veto = f"a word of the name {inside.mention.text!r}, not an event"
            elif inside is not None and d.trigger.pos == "verb" and inside.first == inside.last == d.trigger.head \
                    and inside.actor.kind == "sector" and d.trigger.head - 1 in self._verb_like:
                # منح حاكم ولاية كوينزلاند: a title right after a verb is its subject, not a verb
                d.veto = f"the title {inside.mention.text!r} right after a verb, not a verb"
                self._verb_like = [i for i in self._verb_like if i != d.trigger.head]
            if not d.veto and d.trigger.pos == "verb" and self._place_word(d.trigger, doc, sm, state):
                # بين محافظة تعز وعدن: Aden, which the tagger names a place, no "they promised"
                d.veto = "a word the tagger names a place, not a verb"
            if not d.veto and self._cognate(d, sm, every):
                d.veto = "the verb's cognate accusative (ترفض رفضا قاطعا): the verb's own event"
            if not d.veto and "object_first" in d.trigger.entry.flags and d.trigger.pos == "verb" \
                    and sm.tok(d.trigger.head).enclitic is None and d.trigger.last + 1 < sm.offset + len(sm.tokens) \
                    and "ب" in A.preps_of(sm.tok(d.trigger.last + 1)):
                # تنذر بإطالة الأزمة: a بـ right after the verb, before any object, is "portends"
                d.veto = "بـ right after the verb: it portends, no one is warned"
            if not d.veto and "appoint" in d.trigger.entry.flags and self._office_after(d.trigger, sm):
                d.veto = "an office in the accusative after it (تعين الملا منصور زعيما): an appointment, no aid"
            if not d.veto and "appoint" in d.trigger.entry.flags and d.trigger.pos == "verb" \
                    and d.trigger.last + 1 < sm.offset + len(sm.tokens) and sm.tok(d.trigger.last + 1).base == _ON:
                d.veto = "على right after it (تعيّن على القاضي): 'it was incumbent on', no aid"
            if not d.veto and d.trigger.entry.event_type == "CONSULT" and d.trigger.pos == "verb" \
                    and self._addressed(d.trigger, sm, clause_of(clauses, d.trigger.head)):
                # وتوجه أردوغان إلى رئيس وزراء كوسوفو بالقول: he turned to him with words, no visit
                d.veto = "turned to someone with words (توجه … بالقول، بالكلام): an address, no visit"
            if not d.veto and d.trigger.pos == "verb" and d.trigger.entry.event_type == "ASSAULT" \
                    and self._disaster_after(d.trigger, sm):
                # دمرت أمطار غزيرة أكثر من 20 منزلا، قتلت الفيضانات: a disaster is the subject
                d.veto = "a disaster or an accident right after the verb is its subject: no attack"
            if not d.veto and "direct" in d.trigger.entry.flags and self._lam_after(d.trigger, sm):
                # يدينان لها بالكثير، يدين له بالفضل: with لـ at once, دان "owe", no condemnation
                d.veto = "لـ + a pronoun or an actor right after the verb: it owes, no one is condemned"
            if not d.veto and "direct" in d.trigger.entry.flags and self._owed_after(d.trigger, sm):
                # يدين بالولاء للحوثيين، يدينون بأكثر من 51 ألف دولار، تدين بالإسلام
                d.veto = "بـ + what is owed or professed right after the verb: دان 'owe', no condemnation"
            if not d.veto and d.trigger.pos == "verb" and d.trigger.last > d.trigger.head \
                    and self._man_after_feminine_only(d.trigger, sm):
                # وتوقع المندوب الروسي … تطبيق الاتفاق: a man cannot be the subject of "she signs";
                # the word is another verb (توقّع "expected"), the expression none
                d.veto = "a man's title right after a verb read only as feminine: another verb, no expression"
            if not d.veto and "occupier" in d.trigger.entry.flags and d.trigger.pos == "noun" \
                    and self._in_construct(d.trigger, sm):
                d.veto = "the genitive of a noun (قوات الاحتلال، إقرار الاحتلال الإسرائيلي): the occupying power, no event"
            if not d.veto and "extends" in d.trigger.entry.flags and d.trigger.pos == "verb" \
                    and self._applies_to(d.trigger, sm):
                d.veto = "على + an actor or a pronoun after it (تنسحب على لبنان حالات التشرذم): it applies to, no withdrawal"
            if not d.veto and "crowd_object" in d.trigger.entry.flags and d.trigger.pos == "verb" \
                    and not self._crowd_after(d.trigger, sm, d.clause, triggers):
                d.veto = "no crowd after it (فرق عمل، فرق الإنقاذ، لا فرق بين): teams or a difference, no dispersal"
            if not d.veto and d.trigger.entry.id == _FINANCE and self._mall(d.trigger, sm):
                d.veto = "مول as a mall's name (مركز عسير مول التجاري، بالعثيم مول): a mall, no funding"
            if not d.veto and d.trigger.entry.mode == "recognize" and self._acknowledges(d.trigger, sm):
                d.veto = "بـ + a fact right after it (اعترف بحقيقة وجود قوات، بوجود، بالخطأ): it admits, recognises no one"
            if not d.veto and "sentenced" in d.trigger.entry.flags and d.trigger.head > sm.offset \
                    and sm.tok(d.trigger.head).proclitics[:1] == ("ب",) and sm.tok(d.trigger.head - 1).base in _RULINGS \
                    and not self._carried_out(d.trigger.head - 1, sm):
                # (نفذ العراق 111 حكما بالإعدام، تنفيذ أحكام بإعدام 13 محكوما: the sentences were carried out)
                d.veto = "بـ right after a word of ruling (حكم بإعدام لبناني، قضت المحكمة بإعدام): a sentence, no execution"
            if not d.veto and d.trigger.entry.id == _ATTACK and sm.tok(d.trigger.head).norm in _OFFENSIVE:
                d.veto = "the nisba adjective هجومي 'offensive' (أسلحة هجومية، من هجومي إلى دفاعي): no attack"
            if not d.veto and d.trigger.entry.id == _BLESS and d.trigger.pos == "verb" and self._praising_god(d.trigger, sm):
                d.veto = "تبارك after الله or before وتعالى: a formula praising God, no one is praised"
            if not d.veto and "parcel" in d.trigger.entry.flags and d.trigger.last + 1 < sm.offset + len(sm.tokens) \
                    and sm.tok(d.trigger.last + 1).base in _PARCELS:
                d.veto = "an adjective of parcels right after it (طردا غذائيا، طرد مشبوه): a parcel, no expulsion"
            if not d.veto and "forestall" in d.trigger.entry.flags and self._forestalls(d.trigger, sm):
                d.veto = "أمام/على + no vehicle or traffic right after it (قطع الطريق أمام تحول إيران): 'forestall', no protest"
            if not d.veto and "passive_to" in d.trigger.entry.flags and d.trigger.pos == "verb" \
                    and self._passive_to(d.trigger, sm):
                d.veto = "a preposition's pronoun right after the verb, no actor before it (وُجهت إليه تهمة): a passive"
            if not d.veto and "brandish" in d.trigger.entry.flags and d.trigger.pos == "verb" \
                    and not self._brandished(d.trigger, sm):
                d.veto = "no بـ of a threat after it (لوحا للحضور، تلوح في الأفق، لوح بيده): it waves or looms"
        decisions = [d for d in every if not d.veto]
        self._event_verbs = frozenset(d.trigger.head for d in decisions if d.trigger.pos == "verb" and d.trigger.is_event)
        by_head = {d.trigger.head: d for d in decisions}
        for d in decisions:  # verbs first: their subjects feed the nouns they govern
            if d.trigger.pos == "verb":
                self._verb_subject(d, sm, state, toks, off, decisions)
                if d.source is None and (by := A.by_agent(sm, d.trigger.last, d.clause)) is not None:
                    d.source = by  # فرضت العقوبات على إيران من قبل الأمم المتحدة: a passive, "by" names the doer
                if "via" in d.trigger.entry.flags and d.source is not None:
                    d.source = self._quoted(sm, d.source, d.clause)
        for d in decisions:
            if d.trigger.pos == "noun":
                self._noun_args(d, sm, state, by_head, decisions)
                self._suffered_losses(d, sm)  # بعد تكبد ميليشياته خسائر: the verbal noun, suffered too
        for d in decisions:
            if d.trigger.pos == "verb" and d.target is not None and d.target.rule == "svo-passive":
                self._not_the_attacker(d, decisions)
        for d in decisions:
            if d.trigger.pos == "verb":
                self._verb_target(d, sm, by_head, decisions)
                if self._own_name(d, sm) and d.target is not None:
                    # ندد المتحدث باسم الجيش المصري تامر الرفاعي بتقرير: his name; the object, if
                    # any, comes after it (دان الأدميرال الأميركي ويليام ماكرايفن الرئيس ترامب)
                    name_last = sm.last_of(d.target)
                    d.target = A.object_after(sm, name_last, self._own_span(d, decisions), d.source) \
                        if name_last is not None and "obj" in d.trigger.entry.target else None
                self._suffered_losses(d, sm)
            self._attacker_of_the_attack(d, decisions, sm)
            self._grievance(d, sm)
        for d in decisions:
            if d.frame.threat is not None and d.target is not None and d.target.actors:
                self._threatened_target(d, by_head.get(d.frame.threat.head))
        for d in decisions:  # شن الجيش عشرات الغارات استهدفت حزب الله: the attacks' author, found by
            # their support verb once the nouns have theirs, acts through them
            n = by_head.get(self._event_subjects.get(d.trigger.head, -1))
            if d.source is None and n is not None and n.source is not None and n.source.rule.startswith("light"):
                d.source = Arg(n.source.actors, n.source.mentions, "author-of-the-attack")
        for d in decisions:  # (after the verbs' objects: the one a verb of charging accuses)
            if d.trigger.pos == "noun" and d.source is None and d.frame.light is None \
                    and "ب" in A.preps_of(sm.tok(d.trigger.head)) \
                    and (accused := self._accused_before(d, decisions)) is not None:
                d.source = Arg(accused.actors, accused.mentions, "charged")  # اتهم الجيش الفصائل بإطلاق الصواريخ
        for d in decisions:  # محاكمة 5 سعوديين متهمين بتفجير المسجد: the accused did it, no support verb's subject
            if d.trigger.pos == "noun" and "ب" in A.preps_of(sm.tok(d.trigger.head)) \
                    and (charged := self._charged_by_participle(d.trigger, sm)) is not None:
                d.source = charged
        new: list[Event] = []
        for d in every:
            self._decide(d, sm, state, sent, new, decisions)
        new = self._accusations(decisions, new, sent, toks)
        kept = self._dedupe(new, decisions, toks, off, state)
        state.events.extend(kept)
        return SentenceTrace(sent, triggers, clauses, every)

    @staticmethod
    def _not_the_attacker(d: Decision, decisions: list[Decision]) -> None:
        """A passive's patient before it is not the author of an attack named earlier in the
        sentence: those hurt in it are its target, if it has one (تعرضت لهجوم تبنته حركة طالبان
        باكستان حيث أصيبت بجروح: the Taliban were not wounded)."""
        assert d.target is not None
        own = {_key(a) for a in d.target.actors}
        for o in decisions:
            if o.trigger.pos == "noun" and o.trigger.head < d.trigger.head and o.trigger.entry.event_type == "ASSAULT" \
                    and o.source is not None and o.source.actors and {_key(a) for a in o.source.actors} == own:
                d.target = Arg(o.target.actors, o.target.mentions, "attack-target") if o.target is not None else None
                return

    # -- subjects ------------------------------------------------------------------------------

    def _verb_subject(self, d: Decision, sm: SentenceMentions, state: DocState,
                      toks: Sequence[Token], off: int, decisions: list[Decision]) -> None:
        t, c = d.trigger, d.clause
        if t.passive or "passive" in t.entry.flags or self._succumbed(t, sm, c):
            # لقي ثلاثة مدنيين مصرعهم: in an expression, the subject stands between its parts
            d.target = A.subject_after(sm, t.head if self._gapped(t) else t.last, c)
            if d.target is None:  # أن خمسة مدنيين أصيبوا: a subject before a passive is its patient
                before = A.subject_before(sm, t.head, c)
                before = (A.stance_holder(sm, before) or before) if before else None  # (not لإيران in
                # الميليشيات الموالية لإيران قُتلوا: the militias)
                d.target = Arg(before.actors, before.mentions, "svo-passive") if before else None
            if d.target is None and t.passive and c.kind == "relative" and c.marker is not None \
                    and not A.time_antecedent(sm, c.marker):
                # القادة الذين قُتلوا: a written passive (not لقي حتفه, which may be no attack's)
                ante = self._relative_subject(sm, c.marker, decisions)
                d.target = Arg(ante.actors, ante.mentions, "relative-passive") if ante is not None else None
            d.source = self._agent(sm, t, c)  # استشهد شاب برصاص الجيش: the doer, when named
            return
        event = self._event_subject(d, sm, decisions) if t.is_event else None
        if event is not None:
            d.source = event[1]  # هجوم انتحاري استهدف دورية: the attack acts, through its author
            self._event_subjects[t.head] = event[0].head
            if t.entry.event_type == "ASSAULT" and event[0].entry.event_type != "ASSAULT":
                d.veto = (f"its subject is a {event[0].entry.event_type} event (العقوبات تستهدف): "
                          "aiming at, not attacking")
            return
        own = self._own_span(d, decisions)
        # أما النمسا، التي لا تطل على البحر، فقد طالبت; أما بريطانيا فقد طردت 23 دبلوماسيا: the topic
        # is the subject (and the verb active)
        subj = self._complement_pronoun(d, sm, decisions) or A.amma_topic(sm, t.head) or self._done_before(d, sm)
        # كما أنها طالبت المملكة العربية السعودية: the pronoun on أن is the subject (whoever it
        # refers to); the actor after the verb is its object, no subject after the verb
        that_pronoun = subj is None and self._pronoun_on_that(t, c, sm)
        nxt = t.last + 1 - off
        while nxt < len(toks) - 1 and A.skippable(toks, nxt):
            nxt += 1  # قتل أمس سبعة …
        plural = bool(t.readings) and all(pgn in _PLURAL_PGN for _, pgn in t.readings)
        # (وقال مسؤول لرويترز "اتفقنا": a verb of the first person has its subject in it)
        first_person = bool(t.readings) and all(pgn[0] == "1" for _, pgn in t.readings)
        before = A.subject_before(sm, t.head, c) if subj is None and not first_person else None
        if before is not None and before.rule == "svo" and not A.counted(sm, before) \
                and all(a.country and not a.group for a in before.actors) \
                and (held := A.stance_holder(sm, before)) is not None and not A.counted(sm, held) \
                and all(a.sector in _CROWD_SECTORS and not a.group for a in held.actors):
            # نشطاء مؤيدين للكرملين احتشدوا: civilians rally, not the state they back (armed men act
            # for their patron: الميليشيات الموالية لإيران قصفت → IRN; متشددون موالون لتنظيم داعش → ISIS)
            before = Arg(held.actors, held.mentions, "svo")
        if before is not None and t.pos == "verb" and self._resumed_object(t, sm) and self._indefinite_noun(before, sm) \
                and not A.leads(sm, before, c):  # (not إن مسلحين هاجموه: the clause's own subject)
            before = None  # حكومة موازية لم يعترف بها المجتمع الدولي: the noun the pronoun resumes, no subject
        if before is None and subj is None:
            before = self._subject_before_aside(t, c, sm) or self._described_subject(t, sm, c)
        elif before is not None and before.rule == "svo" and (ranked := self._described_subject(t, sm, c)) is not None \
                and ranked.rule == "described:ranked" and ranked.mentions == before.mentions:
            before = ranked  # وهو أول رئيس أمريكي يلتقي كيم: the first to meet him, no VSO
        noun_subject, owner = A.noun_subject_before(sm, t.head, c) if not plural else (False, None)
        resumed_after = self._prep_pronoun_after(t, sm)
        nearest = sm.at(t.last + 2 if resumed_after else t.last + 1)
        if noun_subject and (sm.tok(t.head).enclitic in _RESUMPTIVE or resumed_after) and nearest is not None \
                and not nearest.is_place and sm.governed(nearest) is None:
            # قنبلة تلقته السلطات، جلسة لمجلس الأمن دعت لها بريطانيا: the pronoun resumes the noun,
            # the actor after is the subject
            noun_subject = False
        if noun_subject:
            # اعتقلت الشرطة خادمة قتلت رضيعها: the maid killed, not the police; طائرة تابعة لجيش
            # الاحتلال أطلقت: the army, through its drone
            before = owner
        # (a document "says" in the present: بيانا يدين; قرار شن ضربات is a verbal noun's decision)
        document = not noun_subject and subj is None and bool(t.readings) \
            and all(tense == "pres" for tense, _ in t.readings) and A.document_before(sm, t.head, c)
        if document and before is None and (author := self._clause_subject(d, decisions)) is not None:
            before = Arg(author.actors, author.mentions, "document-author")  # تبنى المجلس … قرارا يدعو: the council's
        if before is not None and A.quoted_after(sm, before, t.head) and any(
                o.trigger.pos == "verb" and o.trigger.last == (sm.first_of(before) or 0) - 1 for o in decisions):
            before = None  # وأضاف المرصد "قتل …": the speaker before the quotation is another verb's subject
        passive_reading = subj is None and "obj" in t.entry.target and _passive_readable(t) \
            and before is None and "territory" not in t.entry.flags  # القوات الأميركية قتلت 11 مسلحا: active
        # الغارات التي استهدفت تنظيم داعش: a verb right after the relative pronoun, with no pronoun
        # referring back to the antecedent in its clause, has the antecedent as subject; the actor
        # after it is its object (with a pronoun, التي نفذها الجيش, the actor is the subject); so no
        # passive of a count after it either (الشاب الذي قتل خمسة جنود), past a noun of time
        gap = c.marker is not None and _right_after_relative(c, t, sm) \
            and not any(_resumes(sm.tok(i), None if i == t.head or A.time_antecedent(sm, c.marker) else sm.tok(c.marker))
                        for i in range(t.head, own.end))  # (الذي اختطفتهم: any pronoun on the verb itself)
        if passive_reading and not plural and not (gap and not A.time_antecedent(sm, c.marker or 0)) \
                and nxt < len(toks) and (t.entry.event_type in _SUFFERED or toks[nxt].kind == "number") and (
                self._is_count(toks, nxt, sm, off) or self._count_after_phrase(toks, nxt, sm, off)):
            # قتل 5 جنود: passive reading (a verb before its subject stays singular: خطفوا أربعة
            # has a dropped subject and an object); not with an object after the count (اقتحم
            # العشرات من أفراد الشرطة ساحات المسجد: the police stormed); a count in words is the
            # subject of a verb of another type (وانتقد عدد من النواب الأميركيين ترامب)
            counted = A.object_after(sm, t.last, own, None)
            last = sm.last_of(counted) if counted is not None else None
            one_of = toks[nxt].norm in _ONE_OF  # (وقتل أحد المسلحين شرطيا: "one of" acts on an object)
            if last is None or not (A.definite_object_after(sm, last, own)
                                    or (one_of and A.object_near(sm, last, own) is not None)):
                d.target = counted
                # اقتحمت القوات البلدة، واعتقلت العشرات من المسلحين: a feminine verb joined to a
                # clause whose subject it agrees with carries that subject; the count is its object
                # (وقتل 20 شخصا stays a passive: a carried plural of men would make it قتلوا)
                chained = self._chain_subject(d, decisions, sm) \
                    if c.kind == "coord" and _feminine_singular(t) else None
                d.source = chained if chained is not None else self._agent(sm, t, c)
                return
        if passive_reading and not plural and not gap and nxt < len(toks) \
                and _people_dual(toks[nxt], dual := sm.covering(off + nxt)):
            # قتل جنديان إسرائيليان، فيما قتل عنصران من القوات المصرية: two people, counted by the
            # dual, are the passive's subject when nothing after them can be an object (not وقتل
            # مسلحان جنديا: the two gunmen killed)
            end = dual.last if dual is not None else off + nxt
            part = sm.at(end + 2) if end + 2 < own.end and sm.tok(end + 1).norm == "من" else None
            if part is not None and not part.is_place:
                end = part.last
            if A.nothing_after(sm, end, own):
                who, rule = (part, "vso-passive:partitive") if part is not None and not part.is_place \
                    else (dual, "vso-passive")
                d.target = sm.as_arg([who], rule) if who is not None else None
                d.source = self._agent(sm, t, c)
                return
        if subj is not None and "obj" in t.entry.target and _passive_readable(t) and self._agent_at_once(sm, t, own):
            # فإنه اعتقل على يد أفراد من الشرطة: the one the pronoun resumes was arrested, by the agent
            d.target = Arg(subj.actors, subj.mentions, "complement-passive")
            d.source = self._agent(sm, t, c)
            return
        agent = self._agent(sm, t, c) if passive_reading else None
        patient = A.object_after(sm, t.last, own, agent) if agent is not None else None
        last = sm.last_of(patient) if patient is not None else None
        if last is not None and A.object_follows(sm, last, c):
            agent = None  # قصفت فصائل المعارضة تجمعا لهم بقذيفة دبابة: an object after the actor, who acts
        if agent is not None:  # قتل جندي عراقي برصاص مسلحين: a named doer makes the verb passive
            d.target = patient
            d.source = agent
            return
        held = A.stance_holder(sm, before) if subj is None and before is not None else None
        if held is not None and A.counted(sm, held):
            before = held  # 70 عنصرا من الميليشيات الموالية لإيران قتلوا: the militias, not Iran
        if subj is None and before is not None and "obj" in t.entry.target and _passive_readable(t) \
                and (A.counted(sm, before) or ((A.indefinite(sm, before) or before.rule == "described:ranked")
                                               and (A.leads(sm, before, c) or sm.last_of(before) == t.head - 1)
                                               and t.entry.event_type in _SUFFERED
                     and sm.tok(t.head).enclitic is None and A.nothing_after(sm, t.last, own))
                     or self._civilian_undergoes(t, before, sm, own)
                     or self._agent_at_once(sm, t, own) or self._charge_at_once(sm, t)):
            agent = self._agent(sm, t, c)
            if agent is not None or (A.object_near(sm, t.last, own) is None
                                     and not A.definite_object_after(sm, t.last, own)):
                # 42 جنديا قتلوا في هجوم، 11 مدنيا قتلوا برصاص مسلحين، أن شخصا قتل، رفات جنود
                # أميركيين قتلوا خلال الحرب: a counted or indefinite subject (leading its clause or
                # right before the verb) and no object (or a named doer): the passive reading (not
                # with a noun after the verb: نحو 251 مستوطنا اقتحموا المسجد, the settlers acted)
                d.target = Arg(before.actors, before.mentions, "svo-passive")
                d.source = agent
                return
        subj = subj or (None if gap else A.topic_subject(sm, t.head, c))
        if subj is not None and subj.rule == "svo" and (after := self._subject_after_object_pronoun(d, subj, sm)) is not None:
            subj = before = after  # وكانت السعودية أول دولة زارها ترامب
        if subj is not None and subj.rule == "svo" and "obj" in t.entry.target and self._topic_object(t, subj, sm):
            d.target, subj = Arg(subj.actors, subj.mentions, "topic-object"), None  # (المحتج … ضربته قنبلة)
        elif subj is not None and subj.rule == "svo" and self._charge_at_once(sm, t):
            d.target, subj = Arg(subj.actors, subj.mentions, "svo-passive"), None  # (جونسون قد اتهم بأنه)
        # استدعت سفير الفلبين: after an expression that takes an object and whose words stand
        # together comes the object; its subject stands before it or between its words
        closed = t.last > t.head and not self._gapped(t) and "obj" in t.entry.target
        # (نرفض العدوانية الإيرانية، رفضنا القرار: no subject after it either)
        # أن الحركة التي بايعت تنظيم القاعدة، تقاتل الحكومة: the noun before the comma acts (a
        # verb with a pronoun, نفذه مسلحون, has its subject after it)
        comma_subject = self._subject_before_comma(t, c, sm, decisions) if subj is None else None
        topic = bool(comma_subject) and sm.tok(t.head).enclitic is None
        # (its subject stands before it: no VSO)
        aside = before is not None and before.rule in ("svo-aside", "described:ranked")
        pronoun = subj is None and _pronoun_before(t, sm)
        if pronoun and (ante := _pronoun_antecedent(t, sm)) is not None:
            subj = ante  # أحد مقاتلي التنظيم، وهو يتوعد مجلس النواب: the fighter threatens
        but = subj is None and before is None and _pronoun_on_but(t, sm)
        if but:  # غير أنه ينفي، لكنها تساعد: the pronoun on the particle is the subject
            subj = self._but_antecedent(t, sm, state)
        # (في الوقت الذي يزور وفد من الأمم المتحدة المدينة: a clause of time has its subject after
        # its verb, no antecedent to stand for it)
        timed = gap and A.time_antecedent(sm, c.marker or 0)
        if subj is None and not (plural or closed or (gap and not timed) or noun_subject or first_person or document or topic or aside
                                 or that_pronoun or self._noun_topic(t, sm, c, own) or pronoun or but):
            subj = A.subject_after(sm, t.head, c, holdings=t.entry.event_type in _HOLDING_TYPES,
                                   claims=not ({"report", "via", "written"} & set(t.entry.flags)),
                                   skip=frozenset(t.tokens[1 + i] for i in t.entry.pronoun_words),
                                   destination="arrive" in t.entry.flags and t.pos == "verb",
                                   documents=t.entry.event_type == "REQUEST" or "report" in t.entry.flags)
            if subj is not None and (self._no_subject(t, subj, sm, decisions)
                                     or (before is not None and A.leads(sm, before, c)
                                         and A.counted_after(sm, t.last, subj))):
                subj = None  # وبشار الأسد قتل 400 ألف من أبناء شعبه: with a subject before the verb, the counted actor after it is its object
        if passive_reading and subj is not None and subj.rule.startswith("vso") \
                and t.entry.event_type in _SUFFERED and sm.tok(t.head).enclitic is None \
                and A.bare_subject(sm, subj, own, _CIVILIAN_SECTORS):
            # قتل شخص واصيب آخرون، جرح وزير الداخلية في تفجير: no object anywhere, the passive reading
            # (of a physical act: وهدد ترامب، ورفض رئيس الوزراء … التصريحات are active)
            chained = self._chain_subject(d, decisions, sm) if c.kind == "coord" else None
            if chained is not None:
                # استولى تنظيم داعش على بلدات، وقتل بعض الأجانب: a verb in a chain of coordinated
                # verbs has the chain's subject, the civilians after it are its object
                d.source, d.target = chained, Arg(subj.actors, subj.mentions, "obj")
                return
            d.target = Arg(subj.actors, subj.mentions, "vso-passive")
            return
        if subj is None and passive_reading and t.entry.event_type in _SUFFERED and sm.tok(t.head).enclitic is None \
                and nxt < len(toks) and toks[nxt].norm in _OTHERS:
            # قتل ستة من الحوثيين وجرح آخرون: "others" (nominative) are the verb's patients, more of
            # those the casualty verb before it counted; no one acts
            prior = next((o for o in reversed(decisions) if o.trigger.head < t.head and o.target is not None
                          and o.source is None and o.trigger.entry.event_type == t.entry.event_type), None)
            d.target = Arg(prior.target.actors, prior.target.mentions, "others") \
                if prior is not None and prior.target is not None else None
            d.source = self._agent(sm, t, c)
            return
        if subj is not None and subj.rule.startswith("vso") and "charge" in t.entry.flags \
                and sm.tok(t.head).enclitic is None and sm.first_of(subj) == t.last + 2 and sm.prep_pronoun(t.last + 1) \
                and sm.tok(t.last + 1).norm.startswith("ب"):
            # هجوم دوما الذي اتهمت به دمشق: the charge's pronoun first, then the accused (a passive)
            d.target = Arg(subj.actors, subj.mentions, "obj:accused")
            d.source = self._agent(sm, t, c)
            return
        if subj is not None and subj.rule.startswith("vso") and "charge" in t.entry.flags \
                and sm.tok(t.head).enclitic is None and self._charged(subj, sm):
            # واتهم لندن بممارسة ضغوط، اتهمت دمشق بتنفيذه: one actor right before the charge is
            # the accused; with a pronoun on the charge resuming the act, the verb is a passive
            d.target = Arg(subj.actors, subj.mentions, "obj:accused")
            last = sm.last_of(subj)
            if last is not None and sm.tok(last + 1).enclitic in _RESUMPTIVE:
                d.source = self._agent(sm, t, c)
                return
            subj = None
        if subj is not None and subj.rule.startswith("vso") and t.entry.id.startswith(_HOLD_RESPONSIBLE) \
                and self._gapped(t) and not sm.tok(t.last).enclitic and not sm.tok(t.head).enclitic \
                and self._alone_between(t, subj, sm):
            # وحملت كوبا مسؤولية التقاعس: one actor between حمّل and the responsibility is the one
            # held responsible; the one holding it stands before the verb or was named earlier (not
            # تحملت الحكومة مسؤولياتها: her own duty)
            d.target, subj = Arg(subj.actors, subj.mentions, "obj:held"), None
        if subj is not None and subj.rule.startswith("vso") and t.pos == "verb" and t.entry.event_type == "REQUEST" \
                and c.kind == "coord" and (shared := self._caller_before(t, subj, sm, c, decisions)) is not None:
            # طالب البابا فرنسيس باتخاذ إجراءات وحث زعماء العالم على الإنصات: the one who asked
            # before calls on the actor after the verb, followed by what he asks of it
            d.target, subj = Arg(subj.actors, subj.mentions, "obj:addressee"), Arg(shared.actors, shared.mentions, "coord-shared")
        if subj is not None and subj.rule.startswith("vso") and t.pos == "verb" and t.entry.event_type == "CONSULT" \
                and (c.kind == "coord" or (c.kind == "comma" and sm.tok(t.head).proclitics[:1] == ("و",))) \
                and (shared := self._visitor_before(t, subj, sm, c, decisions)) is not None:
            # وزار السيسي موسكو، والتقى بوتين: the visitor named before meets the one after the verb
            d.target, subj = Arg(subj.actors, subj.mentions, "obj:met"), Arg(shared.actors, shared.mentions, "coord-shared")
        if subj is not None and subj.rule.startswith("vso") and t.pos == "verb" and "obj" in t.entry.target \
                and self._masculine_title_after_feminine(t, subj, sm):
            # والتقت الرئيس الفرنسي، استقبلت وزير الخارجية: a man's title cannot be the subject of a
            # feminine verb; he is its object, the subject a woman named before
            d.target, subj = Arg(subj.actors, subj.mentions, "obj"), None
        if subj is not None and subj.rule.startswith("vso") and t.pos == "verb" and "obj" in t.entry.target \
                and self._pronoun_subject_before(t, c, sm):
            # كما أنها تدعم حزب الله: the pronoun on أن is the subject (of no actor the coder knows
            # here); the actor after the verb is its object
            d.target, subj = Arg(subj.actors, subj.mentions, "obj"), None
        if subj is not None and subj.rule.startswith("vso") and t.pos == "verb" and t.entry.event_type == "THREATEN" \
                and self._welfare_of(t, subj, sm):
            # يهدد أمن لبنان، قد يهدد مستقبل نتانياهو: the actor after the security or future that is
            # threatened owns it; the threat comes from before the verb
            d.target, subj = Arg(subj.actors, subj.mentions, "obj:welfare"), None
        if subj is not None and subj.rule.startswith("vso") and t.pos == "verb" and "obj" in t.entry.target \
                and t.entry.event_type in _SUFFERED and not _passive_readable(t) and sm.tok(t.head).enclitic is None \
                and A.counted(sm, subj) and A.counted_after(sm, t.last, subj) \
                and A.bare_subject(sm, subj, own, _CIVILIAN_SECTORS):
            # وأصابت عشرات المواطنين الفلسطينيين: a verb whose passive is spelled apart is active, and
            # civilians counted after it with nothing after them are its object; the subject is dropped
            d.target, subj = Arg(subj.actors, subj.mentions, "obj"), None
        if subj is not None and subj.rule.startswith("vso") and (ante_subj := self._relative_gap(t, c, subj, sm, decisions)) is not None:
            # فالس الذي انتقد بدوره ترامب: with no pronoun resuming the antecedent, the relative
            # pronoun is the subject and the actor after the verb its object
            d.target, subj = Arg(subj.actors, subj.mentions, "obj:after-relative"), ante_subj
        if subj is not None and subj.rule.startswith("vso") and t.entry.event_type == "ASSAULT" \
                and subj.actors and all(a.entry in _SITES for a in subj.actors):
            # استهدف السفارة الأميركية، واستهدفت السفارة بصواريخ: an embassy is a site, struck, no attacker
            d.target, subj = Arg(subj.actors, subj.mentions, "obj:site"), None
        if subj is not None and self._destination(t, subj, sm, own):
            # سيزور فلسطين، شقيقي زار إيران: a country alone after a verb of visiting is where
            # the visitor goes; the visitor stands before the verb or was named earlier
            d.target, subj = Arg(subj.actors, subj.mentions, "obj:destination"), None
        if subj is None and before is not None and "obj" in t.entry.target and self._topic_object(t, before, sm):
            # المحتج القتيل ضربته في رأسه قنبلة يدوية: a man before a feminine verb whose pronoun
            # refers to him is its object; the verb's subject is a thing after it
            d.target = Arg(before.actors, before.mentions, "topic-object")
            before = None
        if subj is None and before is not None and (after := self._subject_after_object_pronoun(d, before, sm)) is not None:
            before = after  # إيران هاجمتها إسرائيل
        if subj is not None and subj.rule.startswith("vso") and before is not None and "obj" in t.entry.target \
                and self._oblique_plural(subj, sm) and (sm.last_of(before) or 0) >= t.head - 2:
            # لكن فيينا لم تطرد دبلوماسيين روس: a sound plural in -ين after the verb is in the
            # accusative, its object; the actor right before the verb is its subject
            subj = before
        if subj is not None and subj.rule.startswith("vso") and before is not None and before.rule == "svo" \
                and "obj" in t.entry.target and t.pos == "verb" and sm.tok(t.head).enclitic is None \
                and sm.last_of(before) == t.head - 1 and A.indefinite(sm, before) \
                and bool(t.readings) and all(tense == "pres" for tense, _ in t.readings):
            # قاعدة تستخدمها قوات إيرانية تساند الحكومة السورية، ميليشيات عراقية تدعم النظام: a
            # present verb right after an indefinite actor describes it (a relative clause with no
            # pronoun): that actor is its subject, the one after the verb its object
            d.target, subj = Arg(subj.actors, subj.mentions, "obj"), Arg(before.actors, before.mentions, "svo:described")
        if subj is not None and subj.rule == "vso" and before is None and t.pos == "verb" and "obj" in t.entry.target \
                and sm.first_of(subj) == t.last + 1 and sm.tok(t.head).enclitic is None and self._oblique_plural(subj, sm) \
                and sm.tok(t.last + 1).proclitics == () and self._plural_phrase(subj, sm):
            # وطرد دبلوماسيين روسيين اثنين من كل من إسبانيا: an indefinite sound plural in -ين right
            # after the verb is its object (a subject would be دبلوماسيون); the subject is dropped
            d.target, subj = Arg(subj.actors, subj.mentions, "obj:oblique"), None
        if subj is not None and subj.rule == "vso" and before is None and t.pos == "verb" and "obj" in t.entry.target \
                and sm.first_of(subj) == t.last + 1 and sm.tok(t.head).enclitic is None \
                and self._oblique_construct(subj, sm):
            # وحث مؤيديه على المشاركة، ووعد مناصريه: a sound plural in the construct state before a
            # pronoun (مؤيديه; the subject would be مؤيدوه) is the object; the subject is dropped
            d.target, subj = Arg(subj.actors, subj.mentions, "obj:oblique"), None
        if subj is None:
            subj = before
        if subj is None and t.pos == "verb" and "light" in t.entry.flags:
            subj = A.subject_after_event_noun(sm, t.last, c)  # ونفذ الهجوم مسلحون من طالبان
        # في الوقت الذي طالب فيه: a clause of time, not of an antecedent: its subject is dropped
        relative = c.kind == "relative" and c.marker is not None and not A.time_antecedent(sm, c.marker)
        # (مدرعاتها التي زودها بها التحالف، العقوبة التي طالما عارضتها القوانين: a pronoun on the
        # clause's first verb resumes the antecedent as its object; the antecedent is no subject. A
        # later word, الذي أبدى تضامنه, may be a verbal noun whose pronoun is the antecedent's)
        if subj is None and relative and c.marker is not None and not _described_in_relative(sm, t.head, c.marker) \
                and not (t.pos == "verb" and (self._resumed_object(t, sm)  # (not يهاجموننا: "us")
                                              or self._resumed_in_target(t, sm, c.marker))
                         and all(sm.tok(i).norm in _RELATIVE_ADVERBS for i in range(c.marker + 1, t.head))):
            subj = self._relative_subject(sm, c.marker, decisions)
            if subj is not None and subj.rule == "relative" and "obj" in t.entry.target and _passive_readable(t) \
                    and (t.entry.event_type in _SUFFERED or not all(r[0] == "pres" for r in t.readings)) \
                    and not (t.entry.event_type == "ASSAULT" and all(r[0] == "pres" for r in t.readings)
                             and t.entry.form == 3) \
                    and sm.tok(t.head).enclitic is None and _nothing_after(sm, t, own) \
                    and not any(sm.tok(i).norm == _AGAINST for i in range(t.last + 1, own.end)) \
                    and not any(o.trigger.pos == "noun" and o.trigger.head == t.last + 1 for o in decisions):
                # الناشط الذي اعتقل، الجنود الذين قتلوا في الهجوم: nothing after the verb, the
                # antecedent is its patient (not the present of an attack of the form فاعل, whose
                # passive news hardly writes: للتحالف الذي يقاتل من أجل انتزاع الميناء fights, where
                # القس الذي يحاكم بتهم الإرهاب is tried; not الاتحاد الذي يحظر قتل الحيتان: a verbal noun is its
                # object; not تركيا التي تطالب بتسليمه: a present that is no attack or arrest is active;
                # not with ضد after it: الذين يقاتلون منذ 2015 ضد قوات fight)
                d.target = Arg(subj.actors, subj.mentions, "relative-passive")
                d.source = self._agent(sm, t, c)
                return
        if subj is not None:
            if c.kind == "relative" and subj.rule.startswith("vso"):
                # التحالف الذي تقوده الولايات المتحدة … وقصفت أهدافا: an actor named inside a
                # relative clause is no subject that a later verb carries on, but one coordinated
                # with it (المرة التي تستهدف فيها ميليشيا الحوثي المسجد، وأصابت مناراته)
                self._relative_subjects[c.start] = (subj, frozenset(pgn for _, pgn in t.readings))
            else:
                state.subjects.append((state.sentence, subj))
        elif A.bare_subject_after(sm, t.head, c, intransitive=bool({"intransitive", "thing_subject"} & t.entry.flags)):
            # (انفجرت قنبلة: the device named after the verb is its subject, no one dropped; دعت دول
            # غربية ومسؤولون من الأمم المتحدة: the actors joined to it are subjects with it)
            subj = A.joined_to_nominative(sm, t.head, c)
        elif t.pos == "verb" and A.phrase_gap_subject(sm, t.tokens):
            pass  # وتوصلت لجنة تفاوضية إلى اتفاق: the bare noun in the expression's gap is its subject
        elif c.kind == "coord" and (carried := self._relative_before(c, t, sm, decisions)) is not None:
            subj = carried
        elif c.kind == "coord" and t.pos == "verb" and (chained := self._chain_subject(d, decisions, sm)) is not None:
            subj = chained  # استولى التنظيم على بلدات، وقتل بعض الأجانب، وشن هجمات: the chain's subject
        elif c.kind == "coord" and t.pos == "verb" and (lead := self._lead_subject_before(c, t, sm, decisions)) is not None:
            subj = lead  # بعد أن تولى ترامب منصبه وانسحب من الاتفاق: Trump withdrew
        elif relative:
            pass  # سراح مسلم، الذي اعتقل: the antecedent, no actor, is the subject; none is dropped
        elif (caller := self._caller_in_call(t, sm, decisions)) is not None:
            subj = caller  # تلقى الملك اتصالا هاتفيا من ملك البحرين أعرب فيه عن استنكاره: the caller
        elif c.kind == "relative" and self._time_clause_subject(t, sm):
            pass  # في الوقت الذي هاجمت به القوى الغربية سوريا: the clause names its own subject
        elif c.kind == "relative" and (main := self._main_subject(t, decisions)) is not None:
            subj = main  # في الوقت الذي طالب فيه: the subject of the main clause before it
        elif (plural or not A.overt_nonactor_subject(sm, t.head, c)) and not A.nonactor_topic(sm, t.head, c) \
                and not noun_subject and not document and not topic and not _after_who(sm, t.head) \
                and not (comma_subject if comma_subject is not None else self._subject_before_comma(t, c, sm, decisions)) \
                and not self._unnamed_speaker(d, sm, decisions) and not self._bare_passive(t, sm, own) \
                and not self._light_noun_subject(t, sm, decisions) \
                and not (plural and t.pos == "verb" and A.dual_noun_before(sm, t.head)) \
                and not self._complement_topic(t, c, sm) and not self._noun_after_object_pronoun(t, sm, c) \
                and not self._accused_pronoun(d, sm, decisions) and not _after_described_noun(sm, t.head) \
                and not (pronoun and _after_a_word(t.head - 1, sm)) \
                and not (but and _after_a_word(_particle_start(t, sm), sm)) \
                and not self._kana_noun_subject(t, c, sm):  # وكانت جماعات حقوق الإنسان اتهمت: its own subject
            # (يظهر أحد معاونيه وهو يضرب: the pronoun right after a noun is that noun's, no earlier
            # subject; after a comma or opening its sentence it may name the topic: ، وهي تحظى بدعم)
            subj = self._wisher(t, sm, decisions) \
                or self._pro_drop(state, t, sm, self._speaker(d, decisions) or self._quoting(d, sm, decisions))
        d.source = subj

    @staticmethod
    def _but_antecedent(t: Trigger, sm: SentenceMentions, state: DocState) -> Arg | None:
        """Whom the pronoun on لكن (غير أن، إلا أن، بيد أن) right before the verb names, in its own
        sentence: the last subject before the particle that agrees with it, else the last actor
        before it that no preposition governs and that agrees, no nationality adjective (وتتهم أنقرة
        غولن …، غير أنه ينفي: the feminine Ankara is no ه, Gülen is)."""
        start = _particle_start(t, sm)
        pgns = set(_PRONOUN_PGN.get(sm.tok(t.head - 1).enclitic or "", ()))
        for sent_i, arg in reversed(state.subjects):
            if sent_i != state.sentence:
                break
            first = sm.first_of(arg)
            if first is not None and first < start and _agrees(arg, pgns):
                return Arg(arg.actors, arg.mentions, "but-pronoun")
        for p in reversed(sm.items):
            if p.last >= start or p.is_place or sm.governed(p) is not None or p.actor.kind == "adjective":
                continue  # (القصف التركي، فإنها: a nationality describes a noun, it is no antecedent)
            arg = sm.as_arg([p], "but-pronoun")
            if _agrees(arg, pgns):
                return arg
        return None

    @staticmethod
    def _wisher(t: Trigger, sm: SentenceMentions, decisions: list[Decision]) -> Arg | None:
        """أعرب المبعوث الأممي عن أمله في أن يقوم بزيارة: the subject of the verb before the noun of
        wishing whose pronoun is the verb's subject (the one who hopes is the one who visits)."""
        if not _wished_by_speaker(t, sm):
            return None
        verb = max((o for o in decisions if o.trigger.pos == "verb" and o.trigger.head < t.head - 2
                    and o.source is not None), key=lambda o: o.trigger.head, default=None)
        if verb is None or verb.source is None:
            return None
        return _if_agrees(Arg(verb.source.actors, verb.source.mentions, "wisher"), t, sm)

    @staticmethod
    def _own_name(d: Decision, sm: SentenceMentions) -> bool:
        """Whether the target is a person's name no lexicon knows standing right after the subject,
        a title of one person (:data:`_PERSON_TITLES`: المتحدث باسم الجيش المصري تامر الرفاعي،
        الأدميرال الأميركي ويليام ماكرايفن): the title's holder, in apposition, no one acted on (not
        after a body or a country, واعتقل الأمن التركي برانسون، اتهمت تركيا غولن; nor after a person the
        lexicon knows, استقبل ترامب ماكرون). The name may stand in commas (انتقد المتحدث باسم الجيش
        الإسرائيلي، أفيخاي أدرعي، خطاب …), and a spokesperson's body may be an organisation."""
        if d.source is None or d.target is None or len(d.target.actors) != 1 or len(d.source.actors) != 1:
            return False
        tgt, src = d.target.actors[0], d.source.actors[0]
        first, last = sm.first_of(d.target), sm.last_of(d.source)
        if first is not None and last is not None and first == last + 2 and sm.tok(last + 1).text in A.COMMAS:
            last += 1  # (the comma of the apposition)
        spokesperson = first is not None and any(
            sm.tok(i).base in _SPOKESPERSON_WORDS for i in range(d.trigger.last + 1, first))
        if tgt.kind != "person" or tgt.code is not None \
                or not (src.kind in ("sector", "adjective") or (src.kind == "person" and src.entry is None)
                        or (src.kind == "org" and spokesperson)) \
                or first is None or last is None or first != last + 1 or sm.tok(first).proclitics \
                or not d.trigger.last < last:
            return False
        return src.entry in _PERSON_TITLES or any(
            sm.tok(i).base in _TITLE_WORDS for i in range(d.trigger.last + 1, first))

    @staticmethod
    def _feminine_only(t: Trigger, sm: SentenceMentions) -> bool:
        """Whether a verb with no pronoun of its own is read, in the third person, only as feminine
        singular (التقت، استقبلت، توقع "she signs")."""
        return sm.tok(t.head).enclitic is None and {pgn for _, pgn in t.readings if pgn[0] == "3"} == {"3fs"}

    @staticmethod
    def _man_title(tok: Token) -> bool:
        """Whether a word is a man's title (:data:`_TITLE_WORDS` without the feminine ة: الرئيس، وزير،
        السفير), with no pronoun."""
        return tok.kind == "word" and tok.base in _TITLE_WORDS and not tok.base.endswith("ه") and tok.enclitic is None

    def _man_after_feminine_only(self, t: Trigger, sm: SentenceMentions) -> bool:
        """Whether a verb read only as feminine (:meth:`_feminine_only`) has a man's title with the
        article right after it that is not the expression's own object."""
        if not self._feminine_only(t, sm) or t.head + 1 >= sm.offset + len(sm.tokens) or t.head + 1 in t.tokens:
            return False  # (استدعت السفير الصيني: the title is the expression's own object)
        tok = sm.tok(t.head + 1)
        return tok.has_article and self._man_title(tok)

    def _masculine_title_after_feminine(self, t: Trigger, subj: Arg, sm: SentenceMentions) -> bool:
        """Whether a verb read only as feminine (:meth:`_feminine_only`) has after it a subject of one
        actor that opens with a man's title, which cannot be its subject."""
        first = sm.first_of(subj)
        return first is not None and len(subj.actors) == 1 and self._feminine_only(t, sm) \
            and self._man_title(sm.tok(first))

    @staticmethod
    def _pronoun_subject_before(t: Trigger, c: Clause, sm: SentenceMentions) -> bool:
        """Whether the verb comes right after the أن/إن that opens its complement clause and that
        carries a pronoun, not ه, of the verb's person, number and gender (أنها تدعم، إنهم يرفضون):
        that pronoun is the verb's subject."""
        if c.kind != "complement" or c.marker is None or c.marker != t.head - 1 or sm.tok(t.head).enclitic is not None:
            return False
        marker = sm.tok(c.marker)
        if marker.enclitic in (None, "ه"):
            return False  # (أنه قتل مسلحون جنديا: أنه may hold the pronoun of the matter)
        want = _PRONOUN_PGN.get(marker.enclitic or "")
        pgns = {pgn for _, pgn in t.readings}
        return want is not None and bool(pgns) and pgns <= want

    @staticmethod
    def _welfare_of(t: Trigger, subj: Arg, sm: SentenceMentions) -> bool:
        """Whether a noun of what can be threatened (:data:`_WELFARE`: أمن، استقرار، مستقبل، حياة),
        in the construct state, stands between the verb and the actor after it (يهدد أمن لبنان)."""
        first = sm.first_of(subj)
        if first is None or first != t.last + 2 or sm.tok(t.head).enclitic is not None:
            return False
        tok = sm.tok(t.last + 1)
        return tok.kind == "word" and not tok.proclitics and tok.enclitic is None and tok.base in _WELFARE

    @staticmethod
    def _oblique_plural(arg: Arg, sm: SentenceMentions) -> bool:
        """Whether an argument is one sector word whose first token is a sound masculine plural in
        -ين (دبلوماسيين، مسلحين، المتظاهرين): the accusative or genitive, never a subject."""
        first = sm.first_of(arg)
        p = sm.at(first) if first is not None else None
        if p is None or p.actor.kind != "sector" or len(arg.actors) != 1:
            return False
        tok = sm.tok(p.first)
        return tok.kind == "word" and len(tok.base) >= 5 and tok.base.endswith("ين") and tok.enclitic is None

    @staticmethod
    def _oblique_construct(arg: Arg, sm: SentenceMentions) -> bool:
        """Whether an argument is one sector word, a sound masculine plural in the construct state
        before a pronoun of the third person (مؤيديه، مناصريهم، ممثليها): the accusative or
        genitive of -ين, never a subject (مؤيدوه)."""
        first = sm.first_of(arg)
        p = sm.at(first) if first is not None else None
        if p is None or p.actor.kind != "sector" or len(arg.actors) != 1 or p.first != p.last:
            return False
        tok = sm.tok(p.first)
        return tok.kind == "word" and not tok.proclitics and tok.enclitic in _THIRD_PERSON \
            and len(tok.base) >= 5 and tok.base.endswith("ي")

    @staticmethod
    def _plural_phrase(arg: Arg, sm: SentenceMentions) -> bool:
        """Whether ``arg`` is a plural noun alone or with one plural nisba in -يين (دبلوماسيين روسيين،
        مسؤولين مصريين; not a name in -ين: تورشين نجل دونالد ترامب)."""
        first, last = sm.first_of(arg), sm.last_of(arg)
        return first is not None and last is not None and (
            last == first or (last == first + 1 and sm.tok(last).base.endswith("يين")))

    @staticmethod
    def _noun_after_object_pronoun(t: Trigger, sm: SentenceMentions, c: Clause) -> bool:
        """Whether a noun follows a verb that carries its object as a pronoun (هجوم شنه طيران
        التحالف): the noun is the subject, an actor or not, so none is dropped."""
        k = t.last + 1
        if t.pos != "verb" or t.last != t.head or sm.tok(t.head).enclitic not in _RESUMPTIVE or k >= c.end:
            return False
        tok = sm.tok(k)
        return tok.kind == "word" and set(tok.proclitics) <= {"ال"} and tok.base not in A.PREPOSITIONS \
            and not A.skippable(sm.tokens, k - sm.offset) and tok.norm not in A.COMPLEMENTISERS

    @staticmethod
    def _caller_in_call(t: Trigger, sm: SentenceMentions, decisions: list[Decision]) -> Arg | None:
        """The one a call or a message came from (من after the noun), when a verb right after it
        says what was in it (أعرب فيه، أكد خلاله): تلقى خادم الحرمين اتصالا هاتفيا من ملك البحرين أعرب
        فيه عن استنكاره: the King of Bahrain condemns, not the one called."""
        if t.pos == "verb":
            if t.head + 1 >= sm.offset + len(sm.tokens) or sm.tok(t.head + 1).norm not in _IN_IT:
                return None
        elif not any(sm.tok(i).norm in _IN_IT for i in range(max(sm.offset, t.head - _IN_IT_REACH), t.head)):
            return None  # (عبر فيه عن إدانته: the noun a few words after فيه)
        call = next((o for o in reversed(decisions) if o.trigger.pos == "noun" and o.trigger.head < t.head
                     and o.trigger.entry.event_type == "CONSULT"), None)
        if call is None or (t.pos == "noun" and not any(
                sm.tok(i).norm in _IN_IT for i in range(call.trigger.last + 1, t.head))):
            return None
        src = A.from_actor(sm, call.trigger.last, clause_of_range(call.trigger.last, t.head - 1))
        return Arg(src.actors, src.mentions, "caller") if src is not None else None

    def _complement_topic(self, t: Trigger, c: Clause, sm: SentenceMentions) -> bool:
        """Whether a noun that is no actor stands right after the أن/إن (without a pronoun) that
        opens the verb's complement clause, a few words before the verb and no other verb between:
        the noun of إن is the verb's subject (إن أعضاء «الفرقة 30» قتلوا مقاتلين: not the Syrian
        opposition named before), so no subject is dropped."""
        if c.kind != "complement" or c.marker is None or t.pos != "verb":
            return False
        marker = sm.tok(c.marker)
        k = c.marker + 1
        if marker.enclitic is not None or marker.norm not in A.COMPLEMENTISERS or not k < t.head <= k + _INNA_NOUN_REACH:
            return False
        tok = sm.tok(k)
        return tok.kind == "word" and set(tok.proclitics) <= {"ال"} and tok.enclitic is None and sm.covering(k) is None \
            and not any(k <= i < t.head for i in self._verb_like)  # (أن بلاده دعت، أن بعضهم حاول: anaphors)

    @staticmethod
    def _past_own_quote(t: Trigger, sm: SentenceMentions) -> int:
        """The closing quotation mark right after a one-word noun that stands alone in quotation
        marks (بـ"الاحتلال" التركي، "العدوان" الأمريكي), else the noun's last word."""
        end = sm.offset + len(sm.tokens)
        if t.last != t.head or t.last + 1 >= end or t.head - 1 < sm.offset:
            return t.last
        before, after = sm.tok(t.head - 1), sm.tok(t.last + 1)
        if before.kind == "punct" and before.text in OPENING_QUOTES and after.kind == "punct" \
                and after.text == CLOSING_QUOTE[before.text]:
            return t.last + 1
        return t.last

    @staticmethod
    def _own_adjective(sm: SentenceMentions, noun: int, arg: Arg) -> bool:
        """Whether the adjective ``arg`` describes the noun at ``noun``: right after it, or after
        its other adjectives, all with the article as the noun has it or not (الدعم الأمريكي،
        الدعم المالي القطري; not دعم أشقائهم اليمنيين)."""
        first = sm.first_of(arg)
        if first is None or first <= noun:
            return False
        quoted = sm.tok(noun).kind == "punct" and sm.tok(noun).text in _CLOSING_MARKS and noun - 1 >= sm.offset
        article = sm.tok(noun - 1 if quoted else noun).has_article  # (بـ"الاحتلال" التركي)
        return all(sm.tok(i).has_article == article for i in range(noun + 1, first + 1)) \
            and all(sm.covering(i) is None and sm.tok(i).kind == "word" and sm.tok(i).base.endswith(("ي", "يه"))
                    and set(sm.tok(i).proclitics) <= {"ال"} and not sm.tok(i).enclitic for i in range(noun + 1, first))

    @staticmethod
    def _civilian_undergoes(t: Trigger, before: Arg, sm: SentenceMentions, own: Clause) -> bool:
        """A civilian (no state, armed or party actor) right before a verb of arrest or attack that
        has nothing after it undergoes it (وكان هذا المواطن الإكوادوري (35 عاما) اعتقل في الأول من
        يونيو: was arrested; not الجيش اعتقل)."""
        return t.entry.event_type in _SUFFERED and sm.tok(t.head).enclitic is None and bool(before.actors) \
            and all((a.group is None and a.sector in _CIVILIAN_SECTORS) or _community_people(a) for a in before.actors) \
            and A.nothing_after(sm, t.last, own)

    @staticmethod
    def _past_adjectives(t: Trigger, sm: SentenceMentions, by_head: dict[int, Decision], *, definite: bool) -> int:
        """The first token after an event noun and up to ``_NOUN_ADJECTIVES`` adjectives: ``definite``
        ones with the article (الهجوم الكيماوي المروع), or else bare ones, a nisba or a word in ة (زيارة
        رسمية، ضربات جوية مكثفة); none that an actor covers or that is a trigger."""
        j = t.last + 1
        while j < t.last + 1 + _NOUN_ADJECTIVES and j + 1 < sm.offset + len(sm.tokens) \
                and not sm.tok(j).enclitic and sm.covering(j) is None and j not in by_head \
                and sm.tok(j + 1).kind == "word" and (
                    sm.tok(j).proclitics == ("ال",) if definite else (
                        sm.tok(j).kind == "word" and not sm.tok(j).proclitics
                        and sm.tok(j).norm.endswith(("ه", "ي")) and sm.tok(j).base not in A.PREPOSITIONS)):
            j += 1
        return j

    @staticmethod
    def _described_subject(t: Trigger, sm: SentenceMentions, c: Clause) -> Arg | None:
        """An indefinite actor a preposition governs, or one an ordinal or elative heads (أول، أرفع),
        right before a verb that agrees with it and carries no pronoun: the verb opens a clause
        describing it, whose subject it is (اشتبكت الشرطة مع يهود متشددين أقاموا اعتصاما، بنيران
        مسلحين هاجموا القرية، أرفع مسؤول أميركي يلتقي كيم; not هجوم شنه مسلحون)."""
        if t.pos != "verb" or t.head - 1 < max(c.start, sm.offset) or sm.tok(t.head).enclitic is not None:
            return None
        p = sm.covering(t.head - 1)
        if p is None or p.is_place or p.last != t.head - 1:
            return None
        ranked = p.first - 1 >= sm.offset and sm.tok(p.first - 1).norm in _RANKING and not sm.tok(p.first).proclitics
        if sm.governed(p) in (None, "ل") and not ranked:
            return None  # (أول مسؤول أميركي يلتقي كيم، أرفع مسؤول يزور: the first or highest who did it)
        arg = sm.as_arg([p], "described")
        # (third-person readings: قتلت after خادمة is "she killed", not "I killed")
        pgns = {pgn for _, pgn in t.readings if pgn[0] == "3"}
        bare = ranked and not any(sm.tok(i).has_article or sm.tok(i).enclitic for i in range(p.first, p.last + 1))
        if not (A.indefinite(sm, arg) or bare) or not pgns or not _agrees(arg, pgns) \
                or not (pgns <= {"3mp", "3fp", "3fs"} or ((ranked or not _passive_readable(t))
                                                          and pgns <= {"3ms", "3mp", "3fp", "3fs"})):
            return None  # (a masculine singular only after a rank or as a past whose passive is
            # spelled apart, على مسلح هاجم السفارة: a bare one may be a passive, على مسلح قتل)
        return Arg(arg.actors, arg.mentions, "described:ranked") if ranked else arg

    @staticmethod
    def _noun_topic(t: Trigger, sm: SentenceMentions, c: Clause, own: Clause) -> bool:
        """A definite noun that is no actor (nor a time word) opens the clause right before the verb,
        and no pronoun after the verb resumes it (أن "البيان يطالب الدول، أن الطائرات قصفت الجيش;
        not أن الصواريخ أطلقتها حماس, العملية قامت بها القوات): it is the verb's subject, and the actor
        after the verb is its object."""
        if not A.nonactor_topic(sm, t.head, c):
            return False
        lead = A.topic_lead(sm, c, t.head)
        first = sm.tok(lead)
        if A.skippable(sm.tokens, lead - sm.offset) or A.time_noun(first) or sm.covering(lead) is not None \
                or (first.has_article and "ال" + first.base in WEEKDAYS):
            return False  # (اليوم يزور الرئيس، والأسبوع الماضي فرض مجلس الأمن، والجمعة نفى نصرالله: a time;
            # أن الغوطة تعرضت: a place)
        return not any(_resumes(sm.tok(i)) for i in range(t.head, min(own.end, t.last + 3)))

    def _is_count(self, toks: Sequence[Token], j: int, sm: SentenceMentions, off: int) -> bool:
        """Whether token ``j`` counts what follows: a number, a quantifier (عشرات) or a counting
        phrase (ما لا يقل عن)."""
        return toks[j].kind == "number" or "quantifier" in particle_roles(self.lex, toks[j]) or sm.counts(off + j) \
            or (toks[j].norm in _ONE_OF and j + 1 < len(toks) and toks[j + 1].kind == "word")

    def _count_after_phrase(self, toks: Sequence[Token], i: int, sm: SentenceMentions, off: int) -> bool:
        """Whether a prepositional phrase of time or cause at token ``i`` (خلال تلك المعارك، في
        الغارة) is followed, within its few words, by a count: قتل خلال المعارك العشرات، قتل في
        الغارة 20 شخصا read as passives, the count their subject."""
        if toks[i].base not in _CIRCUMSTANCE_PREPS:
            return False
        if toks[i].enclitic:  # الموقع الذي قتل فيه ما لا يقل عن 40 شخصا (not قتل فيه الجيش 20 فلسطينيا)
            return i + 1 < len(toks) and self._is_count(toks, i + 1, sm, off)
        for j in range(i + 1, min(len(toks), i + 1 + _CIRCUMSTANCE_WORDS + 1)):
            if self._is_count(toks, j, sm, off):
                return j > i + 1 and not year_number(toks, j)  # (قتل في عام 2011: a year)
            if toks[j].kind != "word" or off + j in self._verb_like or sm.covering(off + j) is not None:
                return False  # (قتل في الغارة الإسرائيلية …: an actor in the phrase is left to the other rules)
        return False

    @staticmethod
    def _feminine_after_resumption(t: Trigger, sm: SentenceMentions) -> Placed | None:
        """The ungoverned actor with a feminine name or head (a country, a city, الحكومة، حركة حماس)
        right after a masculine singular verb and the preposition with its pronoun after it (انتقد
        فيها، اتهم فيه): no subject of the verb, which would be feminine, but its object; or None."""
        if t.last + 2 >= sm.offset + len(sm.tokens) or not sm.prep_pronoun(t.last + 1) \
                or not _masculine_singular({pgn for _, pgn in t.readings}):
            return None
        p = sm.at(t.last + 2)
        if p is None or p.is_place or sm.governed(p) is not None:
            return None
        lead = sm.as_arg([p], "obj")
        return p if A.feminine_name(lead) or A.feminine_head(lead) else None

    @staticmethod
    def _no_subject(t: Trigger, subj: Arg, sm: SentenceMentions, decisions: list[Decision]) -> bool:
        """Whether the actor after the verb that :func:`A.subject_after` found is no subject of it,
        by agreement or case: a feminine country name right after a masculine verb is its object
        (ودعا الهند إلى، وطالب روسيا بالرد; not where a past form may be the verbal noun, whose
        genitive is its author: إزاء منح إيران); the actor after the verbal noun the verb governs is
        that noun's genitive (ورفض زيارة دمشق); a plural in -ين is the object (يقاتل الحوثيين; the
        subject would be الحوثيون)."""
        adjacent = sm.first_of(subj) in (t.head + 1, t.last + 1)
        if adjacent and _masculine_singular({pgn for _, pgn in t.readings}) and A.feminine_name(subj) \
                and (all(tense == "pres" for tense, _ in t.readings) or A.clause_verb(sm, t.head)):
            return True
        if sm.first_of(subj) == t.last + 2 and Coder._feminine_after_resumption(t, sm) is not None:
            # تغريدة انتقد فيها الحكومة السعودية، تصريحات انتقد فيها السعودية والإمارات: past the
            # pronoun that resumes the statement, a masculine verb's feminine actor is its object
            return True
        if not subj.rule.startswith("vso"):
            return False
        first = sm.first_of(subj)
        if t.is_event and first is not None and sm.tok(first).base in _COUNTERPARTS and sm.tok(first).enclitic:
            return True  # وسيلتقي نظيره المصري، يتهم مواطنه الكاتب: "his counterpart" is the one met
        if any(o.trigger.pos == "noun" and o.trigger.head == t.last + 1 and not sm.tok(o.trigger.head).proclitics
               and (sm.first_of(subj) or 0) > o.trigger.last for o in decisions):
            return True
        if adjacent and first is not None and not sm.tok(first).proclitics and sm.tok(first).norm in _OBLIQUE_CONSTRUCTS:
            return True  # يستهدف مقاتلي الوحدات الكردية: the oblique (the subject would be مقاتلو)
        return adjacent and not subj.plural and A.oblique_plural(sm, subj)

    @staticmethod
    def _charged(subj: Arg, sm: SentenceMentions) -> bool:
        """Whether the charge (a word with بـ: بتنفيذ، بمحاولة) follows ``subj`` right away, or
        past adverbs and a phrase of time (وتتهم حماس منذ فترة طويلة بالتمييز)."""
        last = sm.last_of(subj)
        end = sm.offset + len(sm.tokens)
        if last is None or last + 1 >= end:
            return False
        i = A.past_adverbs(sm, last, end - 1)
        if sm.tok(i).norm == "منذ":
            i = next((j for j in range(i + 1, min(end, i + 1 + _SINCE_WORDS))
                      if "ب" in A.preps_of(sm.tok(j))), i)
        nxt = sm.tok(i)
        if nxt.kind == "word" and nxt.norm in _THAT_CHARGES:
            return True  # اتهم حزب العمال وتنظيم الدولة بأن مصلحتهما واحدة: accused of what follows
        return nxt.kind == "word" and "ب" in A.preps_of(nxt) and sm.covering(i) is None \
            and Coder._involved(sm, i) is None  # (اتهمت واشنطن بتورط إيران: Iran is accused)

    @staticmethod
    def _involved(sm: SentenceMentions, i: int) -> Arg | None:
        """The actor in the genitive of a noun of involvement with بـ at token ``i`` (بتورط إيران،
        بضلوع الرئيس فلاديمير بوتين، بالوقوف وراء: not a noun with a pronoun, بمسؤوليته)."""
        tok = sm.tok(i)
        if tok.kind != "word" or "ب" not in A.preps_of(tok) or tok.base not in _INVOLVEMENT or tok.enclitic \
                or i + 1 >= sm.offset + len(sm.tokens):
            return None
        p = sm.at(i + 1)
        if p is None or p.is_place:
            return None
        return sm.as_arg(sm.coordinated(p, sm.offset + len(sm.tokens)), "charge:involved")

    @staticmethod
    def _involved_after(t: Trigger, sm: SentenceMentions, end: int) -> Arg | None:
        """The one a charge accuses through the noun of involvement a few words after it, before
        ``end`` and any punctuation (ووجهت واشنطن اتهامات بتورط إيران في الهجوم → IRN)."""
        for k in range(t.last + 1, min(end, t.last + 1 + _INVOLVEMENT_WORDS)):
            if sm.tok(k).kind == "punct":
                return None
            if (found := Coder._involved(sm, k)) is not None:
                return found
        return None

    def _subject_before_comma(self, t: Trigger, c: Clause, sm: SentenceMentions, decisions: list[Decision]) -> bool:
        """Whether the verb opens a comma clause right after a complement clause with no verb
        (and any relative clauses describing its noun), which opens with a noun that is no actor:
        that noun is the verb's subject (أن هذه الفئة من المفسدين، يرتكبون إجراما; أن الحركة التي
        تقود تمردا والتي بايعت تنظيم القاعدة، تقاتل الحكومة), so no dropped one is looked for."""
        if c.kind != "comma" or A.clause_lead(sm, c, t.head) != t.head:
            return False
        prev = self._clause_before(c)
        while prev is not None and prev.kind == "relative":  # أن الحركة التي بايعت القاعدة، تقاتل
            prev = self._clause_before(prev)
        if prev is None or prev.kind != "complement" or prev.marker is None or prev.marker + 1 >= prev.end:
            return False
        if any(prev.start <= o.trigger.head < prev.end and o.trigger.pos == "verb" for o in decisions) \
                or any(prev.start <= i < prev.end for i in self._verb_like):
            return False
        lead = sm.tok(prev.marker + 1)
        return lead.kind == "word" and sm.covering(prev.marker + 1) is None and not lead.enclitic \
            and (lead.has_article or lead.norm in A.DEMONSTRATIVES)

    def _clause_before(self, c: Clause) -> Clause | None:
        """The clause of the sentence that ends where ``c`` starts."""
        return next((p for p in self._clauses if p.end == c.start), None)

    def _subject_before_aside(self, t: Trigger, c: Clause, sm: SentenceMentions) -> Arg | None:
        """The actor before an aside in commas, when the verb opens the comma clause right after it
        (past كان/قد): the subject. The aside is a relative clause (وكانت مقاتلات التحالف العربي،
        الذي تقوده السعودية، استهدفت) or a short phrase with no verb (موفد الملك، المستشار في الديوان
        الملكي نزار العلولا، كان التقى); after كان the actor right before the comma is the subject
        too (أن وزير الخارجية، عادل الجبير، كان التقى رئيس الوزراء: not the one he met)."""
        if c.kind != "comma" or any(sm.tok(i).norm not in _KANA | _VERB_NEGATIONS for i in range(c.start, t.head)):
            return None
        prev = self._clause_before(c)
        if prev is not None and (lead := self._complement_lead(prev, sm)) is not None:
            return lead  # أن تركيا، على عكس بعض المعلومات، لم تنذر: أن's noun past an adverbial aside
        if prev is not None and prev.kind == "relative" and prev.end == c.start and prev.marker == prev.start \
                and prev.start - 1 >= sm.offset and sm.tok(c.start - 1).kind != "punct":
            # القوات السورية التي تدعمها روسيا وإيران شنت: the relative clause's antecedent (no commas)
            p = sm.covering(prev.start - 1)
            if p is not None and p.last == prev.start - 1 and not p.is_place and sm.governed(p) is None \
                    and p in sm.items and clause_of(self._clauses, p.first).kind != "relative":
                return sm.as_arg(sm.coordinated(p, prev.start), "svo-relative")
            return None
        if c.start - 2 < sm.offset or sm.tok(c.start - 1).text not in A.COMMAS:
            return None
        if prev is not None and (examples := self._such_as_aside(prev, sm)) is not None:
            return examples
        while prev is not None and prev.kind == "complement" and prev.start - 1 >= sm.offset \
                and sm.tok(prev.start - 1).kind != "punct" and (before := self._clause_before(prev)) is not None \
                and before.kind in ("relative", "complement"):
            # أردوغان، الذي سبق وأن وصف القوارب بأنها خدمة، ينفي: the clauses a relative aside holds
            prev = before
        aside = prev is not None and prev.start - 2 >= sm.offset and sm.tok(prev.start - 1).text in A.COMMAS and (
            prev.marker == prev.start if prev.kind == "relative" else
            prev.kind == "comma" and prev.end - prev.start <= _ASIDE_WORDS and self._appositive(sm, prev.start)
            and not any(prev.start <= i < prev.end for i in self._verb_like))
        for last in ((prev.start - 2,) if aside and prev is not None else ()) + \
                ((c.start - 2,) if c.start != t.head else ()):
            p = sm.covering(last)
            if p is not None and p.last == last and not p.is_place and sm.governed(p) is None \
                    and clause_of(self._clauses, p.first).kind != "relative" and p in sm.items \
                    and not self._construct_of_prep(p, sm):
                return sm.as_arg([p], "svo-aside")  # (not وفق ما ذكر دبلوماسيون: the source of information)
        return None

    def _construct_of_prep(self, p: Placed, sm: SentenceMentions) -> bool:
        """Whether mention ``p`` ends a chain of up to three bare nouns that a preposition governs
        (ومع إعلان نايكي عن اختيار كوبرنيك، الاثنين الماضي، أحرق: Kaepernick is in the genitive of
        اختيار after عن, no subject of the verb after the aside)."""
        k = p.first - 1
        for _ in range(_CONSTRUCT_CHAIN):
            if k < sm.offset:
                return False
            tok = sm.tok(k)
            if tok.kind != "word" or tok.enclitic or k in self._verb_like:
                return False
            if tok.base in A.PREPOSITIONS and tok.proclitics[-1:] != ("ال",):
                return True
            if tok.has_article:
                return False
            if set(tok.proclitics) & {"ب", "ل", "ك"}:
                return True
            k -= 1
        return False

    def _such_as_aside(self, aside: Clause, sm: SentenceMentions) -> Arg | None:
        """The actors an aside in commas gives as examples of the noun before it, no actor
        itself or one of no country (دول أوروبية أخرى، مثل النمسا وفرنسا وبلجيكا، فرضت حظرا): they stand for it, the
        subject of the verb after the aside. The aside holds مثل and the actors only."""
        lead = sm.tok(aside.start)
        if aside.kind != "comma" or lead.norm != "مثل" or lead.proclitics or lead.enclitic \
                or aside.start - 2 < sm.offset or sm.tok(aside.start - 1).text not in A.COMMAS \
                or sm.tok(aside.start - 2).kind != "word" \
                or any(aside.start <= i < aside.end for i in self._verb_like):
            return None
        noun = sm.covering(aside.start - 2)
        if noun is not None and (noun.actor.kind != "sector" or noun.actor.country is not None):
            return None  # (a generic actor, جماعات مسلحة، مثل حركة الشباب، gives way to its examples)
        p = sm.at(aside.start + 1)
        if p is None or p.is_place:
            return None
        arg = sm.as_arg(sm.coordinated(p, aside.end - 1), "svo-examples")
        return arg if sm.last_of(arg) == aside.end - 2 else None

    def _complement_lead(self, aside: Clause, sm: SentenceMentions) -> Arg | None:
        """The actor that alone follows أن/إن in the clause before a short verbless aside in commas
        (ان بلاده، على عكس بعض المعلومات، لم تنذر): the subject of the verb after the aside, whatever
        the aside is, since أن's noun needs its predicate."""
        if aside.kind != "comma" or aside.end - aside.start > _ASIDE_WORDS or aside.start - 3 < sm.offset \
                or sm.tok(aside.start - 1).text not in A.COMMAS \
                or any(aside.start <= i < aside.end for i in self._verb_like):
            return None
        before = self._clause_before(aside)
        if before is None or before.kind != "complement" or before.marker != before.start \
                or sm.tok(before.start).enclitic is not None:
            return None
        p = sm.at(before.start + 1)
        if p is None or p.is_place or p.last != aside.start - 2 or p not in sm.items:
            return None
        return sm.as_arg(sm.coordinated(p, aside.start - 1), "svo-aside")

    @staticmethod
    def _appositive(sm: SentenceMentions, i: int) -> bool:
        """Whether an aside opening at token ``i`` describes the noun before it (المستشار في
        الديوان الملكي، نزار العلولا): a word with no clitic but the article, not a preposition, and
        no conjunction (ووسط إجراءات أمن مشددة is an adverbial)."""
        tok = sm.tok(i)
        if tok.kind == "word" and tok.proclitics == ("و",) and tok.base in _PRONOUNS:
            return True  # الرئيس محمد بخاري، وهو حاكم عسكري سابق، بحث
        return tok.kind == "word" and tok.proclitics in ((), ("ال",)) and tok.norm not in A.PREPOSITION_WORDS

    def _relative_before(self, c: Clause, t: Trigger, sm: SentenceMentions, decisions: list[Decision]) -> Arg | None:
        """The overt subject of the relative clause right before the coordinated clause ``c``,
        which a verb joined to it shares when the two verbs agree (المواقع التي دمرتها ميليشيات
        الحوثي واطلعوا: the ministers, a masculine plural, looked, not the militias). A relative
        clause whose verb no lexicon knows and names no subject right after it has the relative
        pronoun, its antecedent, for subject, and so has the verb joined to it (عون، الذي سيستدعي
        رسميا الحريري ويطلب منه: Aoun asks)."""
        prev = self._clause_before(c)
        if prev is None or prev.kind != "relative":
            return None
        if prev.start not in self._relative_subjects:
            return self._antecedent_subject(prev, t, sm, decisions)
        arg, pgns = self._relative_subjects[prev.start]
        mine = {pgn for _, pgn in t.readings}
        if pgns and mine and not pgns & mine:
            return None
        return Arg(arg.actors, arg.mentions, "relative-coord")

    def _relative_gap(self, t: Trigger, c: Clause, subj: Arg, sm: SentenceMentions,
                      decisions: list[Decision]) -> Arg | None:
        """The antecedent actor of the relative clause ``c`` as the subject of its first verb ``t``,
        which takes an object and carries no pronoun: the actor after the verb (past adverbs, with
        no pronoun of its own) is its object, as no pronoun resumes the antecedent (الذي انتقد بدوره
        ترامب: Trump is criticised). The verb agrees with the relative pronoun and the antecedent."""
        m = c.marker
        if m is None or t.pos != "verb" or not _right_after_relative(c, t, sm) or "obj" not in t.entry.target \
                or sm.tok(t.head).enclitic is not None or A.time_antecedent(sm, m):
            return None
        first = sm.first_of(subj)
        if first is None or sm.tok(first).enclitic is not None \
                or any(not A.skippable(sm.tokens, i - sm.offset) for i in range(t.last + 1, first)):
            return None  # (الحكومة التي انتقد رئيسها; الرئيس الذي التقى به الوزير)
        pgns = {pgn for _, pgn in t.readings}
        if not _agrees_with_relative(t, sm.tok(m)):
            return None
        ante = self._relative_subject(sm, m, decisions)
        if ante is None or ante.rule != "relative" or not _agrees(ante, pgns) \
                or any(a.kind == "adjective" for a in ante.actors):
            return None
        a_first, a_last = sm.first_of(ante), sm.last_of(ante)
        if a_first is None or a_last is None or not (a_last == m - 1 or (a_last == m - 2 and sm.tok(m - 1).text in COMMAS)):
            return None  # (للأسباب التي دعت السعودية: the reasons, no actor, are the antecedent)
        head = sm.tok(a_first - 1) if a_first > sm.offset else None
        if head is not None and head.kind == "word" and not head.has_article and not head.proclitics \
                and not head.enclitic and head.base not in A.PREPOSITIONS:
            return None  # جلسة مجلس الأمن التي دعت روسيا: the session, whose genitive the actor is
        return Arg(ante.actors, ante.mentions, "relative")

    def _antecedent_subject(self, rel: Clause, t: Trigger, sm: SentenceMentions,
                            decisions: list[Decision]) -> Arg | None:
        """The antecedent of the relative clause ``rel`` as the subject of ``t``, joined to it: the
        relative's first word is a bare verb with no pronoun (no trigger's, no actor's) and no actor
        stands right after it; ``t`` agrees with the relative pronoun (الذي … وتخوض: another
        subject) and with the antecedent, an actor or an event noun's author. An actor that a
        preposition governs right after an event noun leaves the antecedent unknown (الضربات
        الإسرائيلية على سوريا التي وقعت واستهدفت: the strikes or Syria)."""
        m = rel.marker
        if m is None or m + 2 >= rel.end or A.time_antecedent(sm, m) or sm.tok(rel.end - 1).text in COMMAS:
            return None  # (الذي فجر نفسه في مارس، وأشاد: after a comma the verb is the sentence's)
        if not _agrees_with_relative(t, sm.tok(m)):
            return None
        verb = sm.tok(m + 1)
        if verb.kind != "word" or verb.has_article or verb.enclitic or verb.proclitics not in ((), ("س",)) \
                or sm.covering(m + 1) is not None \
                or verb.base in A.PREPOSITIONS or sm.at(m + 2) is not None:
            return None
        ante = self._relative_subject(sm, m, decisions)
        first = sm.first_of(ante) if ante is not None else None
        if ante is None or (ante.rule == "relative" and first is not None and (p := sm.at(first)) is not None
                            and sm.governed(p) is not None and sm.tok(m - 1).text not in COMMAS
                            and any(d.trigger.pos == "noun" and d.trigger.is_event and first - 10 <= d.trigger.last < first
                                    for d in decisions)):
            return None  # الضربات الإسرائيلية على سوريا التي: the strikes or Syria, no telling
        arg = Arg(ante.actors, ante.mentions, "relative-coord")
        return arg if _agrees(arg, {pgn for _, pgn in t.readings}) else None

    @staticmethod
    def _topic_object(t: Trigger, before: Arg, sm: SentenceMentions) -> bool:
        """Whether the actor before the verb is a masculine noun that the verb's pronoun ه
        resumes while the verb itself is feminine (المحتج … ضربته قنبلة): not its subject."""
        head = sm.tok(t.head)
        first = sm.first_of(before)
        pgns = {pgn for _, pgn in t.readings}
        if head.enclitic != "ه" or "3fs" not in pgns or any(pgn[0] == "3" and pgn != "3fs" for pgn in pgns) \
                or first is None or len(before.actors) != 1:
            return False
        actor = before.actors[0]
        word = sm.tok(first)
        if actor.kind == "adjective":  # قس أمريكي تتهمه: a masculine nisba, of the noun it describes
            return first == sm.last_of(before) and word.norm.endswith(("ي", "يا"))
        return actor.kind == "sector" and not word.norm.endswith(("ه", "ات")) and word.base not in _FEMININE_BODIES

    @staticmethod
    def _unnamed_speaker(d: Decision, sm: SentenceMentions, decisions: list[Decision]) -> bool:
        """Whether the verb is the first of a complement clause whose complementiser carries a
        pronoun (إنها) after a verb of saying whose subject is a noun no lexicon knows (وقالت
        الفيدرالية العربية إنها "تدين"): the pronoun, and so the verb's subject, is that speaker,
        not an actor named earlier."""
        c, t = d.clause, d.trigger
        if c.kind != "complement" or c.marker is None or sm.tok(c.marker).enclitic not in _RESUMPTIVE:
            return False
        if any(o.trigger.pos == "verb" and c.start <= o.trigger.head < t.head for o in decisions):
            return False
        intro = next((o for o in reversed(decisions) if o.trigger.pos == "verb" and o.trigger.head < c.start), None)
        return intro is not None and intro.source is None and intro.trigger.last < c.marker \
            and A.overt_nonactor_subject(sm, intro.trigger.head, intro.clause)

    @staticmethod
    def _light_noun_subject(t: Trigger, sm: SentenceMentions, decisions: list[Decision]) -> bool:
        """Whether a support verb is followed at once by a noun that is not its verbal noun (شن
        طيران التحالف غارات): that noun, no actor, is its subject; none is dropped."""
        if "light" not in t.entry.flags or t.pos != "verb" or t.last != t.head or sm.tok(t.head).enclitic:
            return False
        k = t.last + 1
        if k >= sm.offset + len(sm.tokens) or any(o.trigger.head <= k <= o.trigger.last for o in decisions):
            return False
        tok = sm.tok(k)
        return tok.kind == "word" and not tok.proclitics and not tok.enclitic and len(tok.norm) >= 3 \
            and sm.covering(k) is None and not A.skippable(sm.tokens, k - sm.offset) \
            and tok.base not in A.PREPOSITIONS and k + 1 < sm.offset + len(sm.tokens) \
            and (sm.tok(k + 1).has_article or (tok.norm.endswith("ون") and len(tok.norm) >= 5))  # (نظم نازيون جدد تجمعا)

    @staticmethod
    def _bare_passive(t: Trigger, sm: SentenceMentions, own: Clause) -> bool:
        """A verb of a physical act (an arrest, a killing) spelled as its passive, with no pronoun
        and nothing after it that could be its object (الزامل انتقد الخطط، واعتقل بعد ذلك): the
        passive, whose dropped subject is the one who suffered it, not an earlier actor."""
        return t.pos == "verb" and t.entry.event_type in _SUFFERED and "obj" in t.entry.target \
            and _passive_readable(t) and sm.tok(t.head).enclitic is None and A.nothing_after(sm, t.last, own)

    @staticmethod
    def _subject_after_object_pronoun(d: Decision, topic: Arg, sm: SentenceMentions) -> Arg | None:
        """The actor right after a one-word verb that carries an object pronoun (وكانت السعودية
        أول دولة زارها ترامب، إيران هاجمتها إسرائيل، استقبله الرئيس): the verb's subject, when it
        agrees with the verb and is no indefinite accusative (عينه رئيسا) or place; then ``topic``,
        the actor before the verb, is what the pronoun resumes, and the decision's target when the
        entry takes an object."""
        t = d.trigger
        head = sm.tok(t.head)
        if t.pos != "verb" or t.last != t.head or head.enclitic not in _RESUMPTIVE:
            return None
        p = sm.at(t.last + 1)
        if p is None or p.is_place or sm.governed(p) is not None or p in topic.mentions \
                or p.actor.kind not in ("person", "country", "org", "sector", "capital") or A.accusative(sm, p.first):
            return None
        arg = sm.as_arg([p], "vso")
        if not _agrees(arg, {pgn for _, pgn in t.readings}):
            return None
        if "obj" in t.entry.target:
            d.target = Arg(topic.actors, topic.mentions, "topic-object")
        return arg

    @staticmethod
    def _chain_subject(d: Decision, decisions: Sequence[Decision], sm: SentenceMentions) -> Arg | None:
        """The subject of the verb of the clause right before ``d``'s, when that is the main
        clause with its subject by word order, a complement whose pronoun on أن/إن is its subject,
        or a coordinated clause that took the chain's subject itself; not a verb of saying, nor one with an object pronoun (فصائل تدعمها إيران
        وتقاتل: the factions fight); agreeing with ``d``'s verb."""
        prev = next((o for o in reversed(decisions) if o.trigger.pos == "verb" and o.clause.end == d.clause.start),
                    None)
        if prev is None or prev.source is None or "report" in prev.trigger.entry.flags \
                or sm.tok(prev.trigger.head).enclitic is not None:
            return None
        rule = prev.source.rule
        # (قال الحاكم إنه قام بتعبئة الحرس الوطني وطلب من السكان: the pronoun on إن is the subject
        # of both verbs)
        if not ((prev.clause.kind == "main" and rule in ("vso", "svo")) or (prev.clause.kind == "coord" and rule == "coord-lead")
                or (prev.clause.kind == "complement" and rule == "complement-pronoun")):
            return None
        pgns = {pgn for _, pgn in d.trigger.readings}
        if not _agrees(prev.source, pgns) or not ({pgn for _, pgn in prev.trigger.readings} & pgns):
            return None
        return Arg(prev.source.actors, prev.source.mentions, "coord-lead")

    def _lead_subject_before(self, c: Clause, t: Trigger, sm: SentenceMentions,
                             decisions: list[Decision]) -> Arg | None:
        """The actor right after the first word of the clause before the coordinated clause
        ``c``, when that word is a verb no lexicon knows (no trigger, no article, no actor): its
        subject, which the verb joined to it shares (تولى ترامب منصبه وانسحب من الاتفاق)."""
        prev = self._clause_before(c)
        if prev is None or (prev.marker is not None and sm.tok(prev.marker).enclitic is not None):
            return None  # أنها استدعت دبلوماسيا روسيا: the pronoun is the subject, the actor after the object
        walked = False
        for _ in range(_CHAIN_CLAUSES):
            # وغيرت تركيا موقفها، بعد أن احتفظت …، وأقدمت على فتح قواعدها، وشنت غارات: back over
            # coordinated verbs with no subject of their own (and the subordinate clauses between)
            # to the first, whose subject they all share
            if prev is None:
                return None
            # (a coordinated clause opens with its verb, the conjunction on it: وقتلوا أحد الموظفين)
            lead = prev.start if prev.kind == "coord" else A.clause_lead(sm, prev, prev.end)
            # (a clause of time, بعد أن، قبل أن, but not a relative or a reported clause: their verbs
            # have other subjects)
            inner = prev.kind == "subordinate" or (
                prev.kind == "complement" and prev.marker is not None and prev.marker > sm.offset
                and sm.tok(prev.marker - 1).norm in _AFTER)
            if prev.kind in ("relative", "complement") and walked and not inner:
                return None
            if lead + 1 >= prev.end or any(o.trigger.head <= lead <= o.trigger.last for o in decisions):
                if walked and inner:
                    prev = self._clause_before(prev)
                    continue
                return None
            if prev.kind in ("main", "complement", "subordinate") \
                    and (svo := self._svo_lead(prev, lead, sm, decisions)) is not None:
                # إن الشرطة التركية طوقت المكان واعتقلت صحفيين: the actor opening the clause before a
                # verb no lexicon knows is its subject, which the verb joined to it shares
                return _if_agrees(sm.as_arg([svo], "coord-lead"), t, sm)
            tok = sm.tok(lead)
            # (بتسميم جاسوس روسي، وطالبت: بـ and كـ go on no verb; the spy is no subject)
            if tok.kind != "word" or tok.has_article or tok.enclitic or sm.covering(lead) is not None \
                    or tok.base in A.PREPOSITIONS or A.skippable(sm.tokens, lead - sm.offset) \
                    or set(tok.proclitics) & {"ب", "ك"}:
                if walked and inner:
                    prev = self._clause_before(prev)
                    continue
                return None
            p = sm.at(lead + 1)
            if p is None and (inner or prev.kind == "coord") and sm.covering(lead + 1) is None \
                    and not sm.tok(lead + 1).has_article and sm.tok(lead + 1).kind == "word":
                prev, walked = self._clause_before(prev), True  # (وأقدمت على فتح: no subject of its own)
                continue
            if p is None or p.is_place or sm.governed(p) is not None \
                    or p.actor.kind not in ("person", "country", "org", "sector", "capital") \
                    or (p.actor.kind == "sector" and A.accusative(sm, p.first)):  # (not روسيا)
                return None
            return _if_agrees(sm.as_arg([p], "coord-lead"), t, sm)
        return None

    @staticmethod
    def _svo_lead(prev: Clause, lead: int, sm: SentenceMentions, decisions: list[Decision]) -> Placed | None:
        """The actor opening clause ``prev`` at ``lead`` (no preposition on it, no place) when a
        bare word follows it that no lexicon knows and no trigger holds: a verb, or a predicate
        (البحرية الصينية أمرت السفينتين، الجيش قادر على), whose subject it is."""
        p = sm.at(lead)
        if p is None or p.first != lead or p.is_place or sm.governed(p) is not None \
                or p.actor.kind not in ("person", "country", "org", "sector", "capital") or p.last + 1 >= prev.end:
            return None
        nxt, k = sm.tok(p.last + 1), p.last + 1
        # (عبر عن: "expressed", no preposition "across")
        expressed = nxt.base == _EXPRESSED and k + 1 < prev.end and sm.tok(k + 1).norm == "عن"
        if nxt.kind != "word" or nxt.has_article or set(nxt.proclitics) - {"س"} or sm.covering(k) is not None \
                or (nxt.base in A.PREPOSITIONS and not expressed) or A.skippable(sm.tokens, k - sm.offset) \
                or any(o.trigger.head <= k <= o.trigger.last for o in decisions):
            return None
        return p

    @staticmethod
    def _time_clause_subject(t: Trigger, sm: SentenceMentions) -> bool:
        """Whether a verb of a clause of time has the time's pronoun on a preposition right after
        it and then a definite noun no lexicon knows (في الوقت الذي هاجمت به القوى الغربية): that noun
        is its subject, and the main clause's is not carried over."""
        end = sm.offset + len(sm.tokens)
        if t.last + 2 >= end:
            return False
        noun = sm.tok(t.last + 2)
        return sm.prep_pronoun(t.last + 1) \
            and noun.kind == "word" and noun.proclitics == ("ال",) and sm.covering(t.last + 2) is None

    @staticmethod
    def _main_subject(t: Trigger, decisions: list[Decision]) -> Arg | None:
        """The subject of the sentence's first main-clause verb before ``t`` (the head of the
        sentence, which a clause of time such as في الوقت الذي … qualifies)."""
        for o in decisions:
            if o.trigger.pos == "verb" and o.clause.kind == "main" and o.source is not None \
                    and o.trigger.head < t.head:
                return Arg(o.source.actors, o.source.mentions, "time-clause")
        return None

    @staticmethod
    def _gapped(t: Trigger) -> bool:
        """A verbal expression with words between its head and its next part (the subject)."""
        return t.pos == "verb" and len(t.tokens) > 1 and t.tokens[1] > t.head + 1

    def _prep_target(self, d: Decision, sm: SentenceMentions, decisions: list[Decision],
                     preps: list[str]) -> Arg | None:
        """The prepositional target of the trigger (:func:`arguments.prep_target`); an actor a
        few words after مع is none when another event's noun follows مع (تزامنت المكالمة مع زيارة
        وزير الخارجية بومبيو: the calls coincide with Pompeo's visit, he is not the one called)."""
        tgt = A.prep_target(sm, d.trigger.head, self._own_span(d, decisions), preps,
                            place_after_b=d.trigger.entry.event_type != "CONSULT")
        first = sm.first_of(tgt) if tgt is not None else None
        if tgt is not None and tgt.rule == "prep:~" and first is not None and any(
                o.trigger.pos == "noun" and o.trigger.is_event and d.trigger.last < o.trigger.head < first
                and sm.tok(o.trigger.head - 1).norm == "مع" for o in decisions):
            return None  # (not هدد بتوجيه ضربة للنظام، رحبت بالضربات الأمريكية: what is threatened or welcomed)
        if tgt is not None and first is not None and first - 1 >= sm.offset \
                and sm.tok(first - 1).base in _DIRECTIVES and "ل" in A.preps_of(sm.tok(first - 1)):
            return None  # المساعدات تأتي إنفاذا لتوجيهات خادم الحرمين: who directs it, no one it is for
        return tgt

    def _own_span(self, d: Decision, decisions: list[Decision]) -> Clause:
        """The trigger's clause up to the next verb in it: an object or a prepositional target
        lies before that verb (قتل جنديان في هجوم استهدف دوريتهما: the patrol is the object of
        استهدف, not of قتل nor of هجوم; قتل طفل جراء قذيفة أطلقتها الميليشيات: the militias
        are the subject of أطلقتها, a verb even without the rest of its expression). A verbal
        noun after a preposition of topic ends it too: what follows is that topic's (التوصل إلى
        اتفاق حول سحب القوات الإيرانية … قرب الحدود مع إسرائيل: Israel is no party to the deal), and so
        does the preposition of topic itself (بإجراء تحقيق بشأن اختفاء الصحفي)."""
        c, t = d.clause, d.trigger
        heads = [o.trigger.head for o in decisions  # not a support verb (هجوم شنه الحوثيون على)
                 if (o.trigger.pos == "verb" and "light" not in o.trigger.entry.flags)
                 or o.trigger.head in self._about]
        nxt = min((h for h in (*heads, *self._verb_like, *self._topics) if t.last < h < c.end), default=c.end)
        return c if nxt == c.end else replace(c, end=nxt)

    @staticmethod
    def _succumbed(t: Trigger, sm: SentenceMentions, c: Clause) -> bool:
        """Whether a verb of killing whose passive is spelled like its active has "succumbing to
        his wounds" (متأثرا بجراحه، متأثرين بإصاباتهم) after it in its clause: the passive, its
        subject the one killed (قتل عنصر من الجيش اللبناني متأثرا بجراحه: no soldier killed anyone)."""
        if t.pos != "verb" or t.entry.event_type != "ASSAULT" or not _passive_readable(t) \
                or sm.tok(t.head).enclitic is not None:
            return False
        for i in range(t.last + 1, min(c.end, sm.offset + len(sm.tokens)) - 1):
            if i - t.last > _SUCCUMBED_REACH:
                return False
            if sm.tok(i).norm.startswith(_SUCCUMBING) and sm.tok(i + 1).norm.startswith(_TO_WOUNDS):
                return True
        return False

    @staticmethod
    def _event_subject(d: Decision, sm: SentenceMentions,
                       decisions: list[Decision]) -> tuple[Trigger, Arg | None] | None:
        """An event noun that is the verb's subject, and the actor its own phrase names as its
        author: an indefinite one right before the verb, which then opens a relative clause
        without a pronoun (هجوم انتحاري استهدف دورية، غارة إسرائيلية قتلت خمسة), a definite one
        opening the clause (الهجوم أسفر عن), or one right after the verb (استهدف آخر هجوم انتحاري
        القوات). Its adjective or genitive actor (انتحاري، إسرائيلية) is no subject of the verb."""
        t, c = d.trigger, d.clause
        for other in decisions:  # VSO: an indefinite attack noun right after an attack verb (past آخر)
            n = other.trigger
            if t.entry.event_type == n.entry.event_type == "ASSAULT" and not sm.tok(n.head).has_article \
                    and n.pos == "noun" and t.last < n.head <= t.last + 2 and n.head < c.end \
                    and not sm.tok(n.head).proclitics \
                    and all(sm.prep_pronoun(i) or (sm.tok(i).kind == "word" and not sm.tok(i).proclitics
                                                   and sm.covering(i) is None and sm.tok(i).base not in A.PREPOSITIONS)
                            for i in range(t.last + 1, n.head)):
                return n, Coder._author_of(n, sm)  # (في وقت استهدف فيه اعتداءان تجمعين: past the time's pronoun)
            if "aim" in t.entry.flags and n.pos == "noun" and n.is_event and n.head == t.last + 1 \
                    and n.entry.event_type in _AIMING_EVENTS and sm.tok(n.head).has_article \
                    and not A.preps_of(sm.tok(n.head)):
                return n, Coder._author_of(n, sm)  # وتستهدف العقوبات مشتريات إيران: the sanctions aim
        after = sm.at(t.last + 1) if t.last + 1 < c.end else None
        if sm.tok(t.head).enclitic in _RESUMPTIVE and after is not None and not after.is_place \
                and sm.governed(after) is None:
            return None  # سلسلة مناورات انتقدتها تايوان: the pronoun resumes the noun, the actor after acts
        for other in reversed(decisions):
            n = other.trigger
            if n.pos != "noun" or not n.is_event or n.head >= t.head or n.head < c.start:
                continue
            k = n.last + 1  # an attack's, past its own indefinite adjective (هجوم دام لتنظيم القاعدة استهدف،
            # هجوم كيماوي استهدف)
            if t.entry.event_type == n.entry.event_type == "ASSAULT":
                # past its adjectives, joined by و too (قصفا جويا ومدفعيا عنيفا استهدف)
                j = k
                while j < t.head and j - k < _ADJECTIVE_REACH and not any(o.trigger.head == j for o in decisions) \
                        and (_bare_adjective(sm, j) or (j > k and _joined_adjective(sm, j))):
                    j += 1
                if j > k and (j == t.head or _lam_actor(sm, j) is not None):
                    k = j
            if t.entry.event_type == n.entry.event_type == "ASSAULT" and k < t.head:
                k = _weapon_after(sm, k, t.head)  # هجوم بغاز الأعصاب استهدف: past what it was made with
            own = sm.at(k)
            end = own.last if own is not None and not own.is_place and own.first > n.head else k - 1
            if own is not None and end == own.last:
                while end + 1 < t.head and end - own.last < 2 and _definite_nisba(sm, end + 1):
                    end += 1  # ضربات التحالف الجوية قتلت: past the noun's adjective after its genitive
            while end + 1 < t.head and sm.tok(end + 1).norm in _VERB_NEGATIONS:
                end += 1  # إن الغارات الغربية لم تدمر: past the verb's negation
            if end != t.head - 1:
                return None
            if sm.tok(n.head).has_article and A.clause_lead(sm, c, n.head) != n.head \
                    and not (n.head - 1 >= sm.offset and sm.counts(n.head - 1)):
                # a definite event noun is the subject only opening its clause (counted, عشرات
                # الغارات استهدفت, it is indefinite: a clause describing it follows)
                return None
            lead = A.clause_lead(sm, c, n.head)
            if (lead == n.head and A.preps_of(sm.tok(n.head))) or (lead == n.head - 1 and (
                    sm.tok(lead).base in _PREPOSITION_BASES)):
                # وبعد تهديدات واشنطن قصفت روسيا: a prepositional phrase opening the clause is no
                # subject (في هجوم انتحاري استهدف دورية, after the verb, stays one)
                return None
            return n, Coder._author_of(n, sm)
        if "aim" in t.entry.flags and (aimed := Coder._described_event_before(t, sm, decisions)) is not None:
            return aimed, Coder._author_of(aimed, sm)  # عقوبات جديدة مرتبطة بإيران تستهدف كيانات
        return Coder._event_before_comma(d, sm, decisions)

    @staticmethod
    def _described_event_before(t: Trigger, sm: SentenceMentions, decisions: list[Decision]) -> Trigger | None:
        """An indefinite event noun of another type than the verb's, a few words before it with only
        its bare adjectives and a participle's بـ/لـ-actor between (عقوبات جديدة مرتبطة بإيران تستهدف):
        the verb opens a clause describing it, and the event is its subject."""
        # (the noun ends its trigger: a verbal noun, or an expression's noun, فرضت واشنطن عقوبات)
        by_last = {o.trigger.last: o.trigger for o in decisions if o.trigger.pos == "noun" or o.trigger.last > o.trigger.head}
        i, steps = t.head - 1, 0
        while i >= sm.offset and steps < _DESCRIBED_REACH:
            n = by_last.get(i)
            if n is not None:
                tok = sm.tok(i)
                ok = n.is_event and n.entry.event_type != t.entry.event_type \
                    and not tok.has_article and not tok.proclitics and not tok.enclitic
                return n if ok else None
            p = sm.covering(i)
            if p is not None:
                if sm.governed(p) not in ("ب", "ل"):
                    return None
                i, steps = p.first - 1, steps + 1
                continue
            tok = sm.tok(i)
            if tok.kind != "word" or tok.has_article or tok.proclitics or tok.enclitic:
                return None
            i, steps = i - 1, steps + 1
        return None

    @staticmethod
    def _event_before_comma(d: Decision, sm: SentenceMentions,
                            decisions: list[Decision]) -> tuple[Trigger, Arg | None] | None:
        """A feminine verb opening a comma clause, right after a clause whose last event is an
        attack noun with no verb after it: the attacks are its subject, through their author
        (نفذ الجيش غارات جوية نهاية الأسبوع، استهدفت متمردين تشاديين; دانت البحرين إطلاق صواريخ
        من قبل الحوثيين، استهدفت تجمعات سكانية: not the rebels' nor Bahrain's attack)."""
        t, c = d.trigger, d.clause
        if c.kind != "comma" or A.clause_lead(sm, c, t.head) != t.head or t.entry.event_type != "ASSAULT" \
                or not any(pgn == "3fs" for _, pgn in t.readings) or sm.tok(t.head).enclitic:
            return None
        if c.start - 1 <= sm.offset or sm.tok(c.start - 1).text not in A.COMMAS:
            return None
        before = [o for o in decisions if o.trigger.head < c.start - 1]
        if not before:
            return None
        n = before[-1]
        if n.trigger.pos != "noun" or n.trigger.entry.event_type != "ASSAULT" or n.clause.end != c.start:
            return None
        head = n.trigger.head
        if head - 1 >= sm.offset and sm.tok(head - 1).base in OPERATIONS and not sm.tok(head - 1).enclitic:
            head -= 1  # (عملية الاختطاف)
        if A.preps_of(sm.tok(head)) or (head - 1 >= sm.offset and sm.tok(head - 1).base in _PREPOSITION_BASES):
            return None  # ورداً على عملية الاختطاف، قصفت كتائب القسام: a fronted phrase, no subject
        light = next((o for o in decisions if o.trigger is n.frame.light), None) if n.frame.light else None
        return n.trigger, Coder._author_of(n.trigger, sm) or n.source or (light.source if light else None) \
            or A.by_agent(sm, n.trigger.last, n.clause)

    @staticmethod
    def _author_of(n: Trigger, sm: SentenceMentions) -> Arg | None:
        """The actor an event noun's own phrase names as its author: its genitive or adjective
        actor (غارة إسرائيلية), one inside the expression (هجوم انتحاري), or its own word."""
        own = sm.at(n.last + 1)
        if own is None:  # past its adjectives: هجوم دام لتنظيم القاعدة، قصف جوي وصاروخي للتحالف
            k, end = n.last + 1, sm.offset + len(sm.tokens)
            if k < end and _bare_adjective(sm, k):
                k += 1  # (only adjectives joined by و after the first: ضربات استهدفت مواقع للنظام)
                while k < end and k - n.last <= _ADJECTIVE_REACH and _joined_adjective(sm, k):
                    k += 1
                if k < end:
                    own = _lam_actor(sm, k)
        if own is not None and not own.is_place and n.entry.genitive == "source" and (
                sm.governed(own) is None or (sm.governed(own) == "ل" and "ل" not in n.entry.target)) \
                and not (n.entry.event_type == "ASSAULT" and own.actor.entry in _SITES):
            # (اعتداء لبوكو حرام: لـ names the author where the noun's target takes no لـ; هجوم
            # السفارة: the embassy is the site attacked, no author)
            return sm.as_arg([own], "event-author")
        inner = sm.within(n.head, n.last)
        if inner:
            return sm.as_arg(inner[:1], "event-author")
        own_arg = A.own_mention(sm, n.head)
        return Arg(own_arg.actors, own_arg.mentions, "event-author") if own_arg else None

    def _agent(self, sm: SentenceMentions, t: Trigger, c: Clause) -> Arg | None:
        """The doer of a passive event in an agent phrase after the trigger (برصاص الجيش، من
        قبل الشرطة)."""
        return A.agent_phrase(sm, t.last, c, self._agent_noun, self._event_verbs) or A.by_agent(sm, t.last, c)

    @staticmethod
    def _charge_at_once(sm: SentenceMentions, t: Trigger) -> bool:
        """Whether the charge (بـ) follows a verb of accusing at once, with no one accused between
        (كان بوريس جونسون قد اتهم بأنه عرض …): the subject before it is the accused."""
        return "charge" in t.entry.flags and sm.tok(t.head).enclitic is None \
            and t.last + 1 < sm.offset + len(sm.tokens) and sm.tok(t.last + 1).kind == "word" \
            and "ب" in A.preps_of(sm.tok(t.last + 1))

    def _agent_at_once(self, sm: SentenceMentions, t: Trigger, own: Clause) -> bool:
        """Whether an agent phrase follows the verb at once and nothing after it can be an object
        (خاشقجي قتل على يد سعوديين داخل القنصلية): the verb is a passive, whatever its subject."""
        if sm.tok(t.head).enclitic is not None or t.last + 2 >= own.end:
            return False
        nxt = sm.tok(t.last + 1)
        at_once = ("ب" in A.preps_of(nxt) and self._agent_noun(nxt)) or (
            nxt.norm == "علي" and self._agent_noun(sm.tok(t.last + 2)) and A.plain(sm.tok(t.last + 2)))
        if not at_once:
            return False
        agent = self._agent(sm, t, own)
        last = sm.last_of(agent) if agent is not None else None
        while last is not None and (nxt_actor := sm.at(last + 1)) is not None and not nxt_actor.is_place:
            last = nxt_actor.last  # برصاص ضابط شرطة: the force in the construct is the agent's, no object
        while last is not None and last + 1 < own.end and (adj := sm.tok(last + 1)).kind == "word" \
                and adj.proclitics == ("ال",) and not adj.enclitic and sm.covering(last + 1) is None:
            last += 1  # برصاص القوات المشتركة: the doer's own adjective, no object
        return last is not None and A.nothing_after(sm, last, own)

    @staticmethod
    def _thing_moves(t: Trigger, c: Clause, sm: SentenceMentions) -> bool:
        """Whether a thing is the verb's subject: an indefinite noun that is no actor right before the
        verb, the subject of the clause describing it (سفينة مساعدات بحمولة 65000 سلة غذائية وصلت إلى
        اليمن), or a definite noun that is no actor right after it (ووصلت القضية إلى الأمم المتحدة)."""
        if "obj" not in t.entry.target and A.overt_nonactor_subject(sm, t.head, c):
            return True  # ووصلت القضية إلى الأمم المتحدة: a definite noun after a verb with no object
        if t.head - 1 < sm.offset or sm.tok(t.head - 1).enclitic or sm.covering(t.head - 1) is not None:
            return False  # (قال إن شقيقها زار إيران: a kinsman, a person)
        noun_subject, owner = A.noun_subject_before(sm, t.head, c)
        return noun_subject and owner is None

    @staticmethod
    def _conveyed_source(source: Arg, sm: SentenceMentions) -> bool:
        """Whether the source names a craft or a cargo (``_CONVEYED``): its mention opens with one
        (طائرة سعودية), or it is a nisba after one and up to two indefinite adjectives (سفينة
        إغاثية سعودية)."""
        first = sm.first_of(source)
        if first is None or len(source.mentions) != 1:
            return False
        if sm.tok(first).base in _CONVEYED:
            return True
        if not source.actors or source.actors[0].kind != "adjective":
            return False
        k = first - 1
        while k > sm.offset and first - k <= _CONVEYED_ADJECTIVES and not sm.tok(k).proclitics \
                and sm.tok(k).base.endswith(("ي", "يه")) and sm.tok(k).base not in _CONVEYED:
            k -= 1  # (إغاثية)
        return k >= sm.offset and sm.tok(k).base in _CONVEYED and sm.tok(k).proclitics in ((), ("ال",))

    @staticmethod
    def _conveyed(t: Trigger, c: Clause, sm: SentenceMentions) -> int | None:
        """Where a craft, a cargo or arms (``_CONVEYED``) is the subject of a verb of arriving: the
        antecedent right before its relative pronoun (الأسلحة التي تصل), or the first noun after it
        that no preposition governs, within a few words of places and times (وصلت إلى إسرائيل،
        الخميس، أول طائرة); None if none is."""
        if t.head - 2 >= max(c.start - 1, sm.offset) and sm.tok(t.head - 1).norm in RELATIVE_PRONOUNS:
            k = t.head - 2
            while k - 1 >= sm.offset and k > t.head - 2 - _CONVEYED_ADJECTIVES and sm.tok(k).proclitics == ("ال",) \
                    and sm.tok(k).base not in _CONVEYED and sm.covering(k) is None \
                    and sm.tok(k - 1).proclitics == ("ال",):
                k -= 1  # المساعدات الإنسانية الحيوية التي تصل: past the cargo's adjectives
            ante = sm.tok(k)
            ok = ante.kind == "word" and ante.base in _CONVEYED and ante.proclitics in ((), ("ال",))
            return k if ok else None
        governed = False
        for i in range(t.last + 1, min(c.end, t.last + 1 + _CONVEYED_REACH)):
            tok = sm.tok(i)
            if tok.kind != "word":
                governed = False
                continue
            if tok.base in _CONVEYED and tok.proclitics in ((), ("ال",)) and not governed \
                    and sm.covering(i) is None:
                return i
            if tok.base in A.PREPOSITIONS or A.preps_of(tok):
                governed = True  # إلى إسرائيل: a place, then perhaps a time
            elif not (governed or A.skippable(sm.tokens, i - sm.offset) or tok.norm in ("اول", "اخر")):
                return None  # ووصل الوزير: the first bare noun is the subject, and no thing
        return None

    @staticmethod
    def _alone_between(t: Trigger, subj: Arg, sm: SentenceMentions) -> bool:
        """Whether ``subj`` (and what is coordinated with it) is the only actor, and the only noun
        phrase, between the head of a gapped expression and its next part (past adverbs and an
        adverbial accusative: وحمل بوتين شخصيا مسؤولية), and no لـ-actor is held after it."""
        first, last = sm.first_of(subj), sm.last_of(subj)
        if first is None or last is None or not t.head < first <= last < t.tokens[1]:
            return False
        nxt = A.past_adverbs(sm, last, t.tokens[1])
        if nxt < t.tokens[1] and not (nxt + 1 == t.tokens[1] and sm.tok(nxt).norm.endswith("يا")) \
                and not (nxt + 2 == t.tokens[1] and sm.tok(nxt).norm in _SHARE and sm.tok(nxt + 1).norm == "من"):
            # ولم تحمل حماس أي جهة مسؤولية: an object that is no actor (not شخصيا, not جزءا من المسؤولية)
            return False
        if [p for p in sm.items if t.head < p.first < t.tokens[1] and not first <= p.first <= last]:
            return False
        # (حملت إيران المسؤولية عن الهجوم للولايات المتحدة: the one held responsible comes with لـ)
        return not [p for p in sm.items if p.first > t.last and sm.governed(p) == "ل"]

    @staticmethod
    def _office_after(t: Trigger, sm: SentenceMentions) -> bool:
        """Whether an office in the indefinite accusative (زعيما، محافظا، وزيرا) stands within a few
        words after the verb, past its object, with no punctuation between."""
        end = sm.offset + len(sm.tokens)
        for i in range(t.last + 1, min(end, t.last + 1 + _APPOINT_REACH)):
            tok = sm.tok(i)
            if tok.kind == "punct" and tok.text not in A.QUOTES:
                return False
            if tok.kind == "word" and not tok.proclitics and tok.norm in _OFFICES_ACCUSATIVE:
                return True
        return False

    @staticmethod
    def _resumed_object(t: Trigger, sm: SentenceMentions) -> bool:
        """Whether a 3rd-person pronoun on the verb, or بـ/لـ with one right after it, resumes a
        relative clause's antecedent as the verb's object (زودها، لم يعترف بها المجتمع الدولي)."""
        if sm.tok(t.head).enclitic in _RESUMPTIVE:
            return True
        nxt = t.last + 1
        return nxt < sm.offset + len(sm.tokens) and sm.tok(nxt).norm in A.PREP_PRONOUNS

    @staticmethod
    def _cataphoric_subject(t: Trigger, sm: SentenceMentions, decisions: list[Decision]) -> Arg | None:
        """The subject named after the verb of the main clause, for a verbal noun with a pronoun in
        a phrase (one or two prepositions before it) that opens the sentence before a comma (وخلال زيارته الأولى إلى العراق،
        بحث وزير الدفاع الأميركي آشتون كارتر: the visit is Carter's, whom the pronoun announces),
        when it agrees with the pronoun."""
        lead = [sm.tok(i) for i in range(sm.offset, t.head)]
        if not lead or len(lead) > 2 or not all(
                tok.kind == "word" and not tok.enclitic and (tok.base in A.PREPOSITIONS or tok.base in PREPOSITION_WORDS)
                for tok in lead):
            return None
        comma = next((i for i in range(t.last + 1, sm.offset + len(sm.tokens)) if sm.tok(i).text in A.COMMAS), None)
        if comma is None:
            return None
        verb = next((o for o in decisions if o.trigger.pos == "verb" and o.trigger.head > comma), None)
        if verb is None or verb.source is None or not verb.source.rule.startswith("vso") \
                or any(sm.tok(i).kind == "punct" for i in range(comma + 1, verb.trigger.head)) \
                or not _agrees(verb.source, set(_PRONOUN_PGN.get(sm.tok(t.head).enclitic or "", ()))):
            return None
        return Arg(verb.source.actors, verb.source.mentions, "cataphoric")

    @staticmethod
    def _prep_pronoun_after(t: Trigger, sm: SentenceMentions) -> bool:
        """Whether a preposition with a third-person pronoun follows the verb right away (دعت لها،
        احتجوا عليها، انسحب منه)."""
        nxt = t.last + 1
        return t.pos == "verb" and nxt < sm.offset + len(sm.tokens) and sm.prep_pronoun(nxt) \
            and (sm.tok(nxt).enclitic is None or sm.tok(nxt).enclitic in _RESUMPTIVE)

    @staticmethod
    def _resumed_in_target(t: Trigger, sm: SentenceMentions, marker: int) -> bool:
        """Whether one of the verb's target prepositions, with a pronoun that agrees with the
        relative pronoun ``marker``, follows it (القس، الذي أفرج عنه؛ الناشطة التي اعتدي عليها):
        the pronoun resumes the antecedent, which is no subject. Only with a pronoun of the
        antecedent's gender and number (not الولايات المتحدة التي انسحبت منه: the agreement), on
        a verb that has a passive (not انسحب، انشق), and not the partner of a joint act (المبعوث
        الذي التقى معه: the envoy met the other)."""
        nxt = t.last + 1
        if nxt >= sm.offset + len(sm.tokens) or "joint" in t.entry.flags or not _passive_readable(t) \
                or (t.entry.kind == "verb" and t.entry.form == 7):  # (انفعل: intransitive, no passive of a person)
            return False
        tok = sm.tok(nxt)
        preps = {p for p in t.entry.target if p != "obj"}
        return tok.kind == "word" and tok.base in preps \
            and tok.enclitic == _STRICT_RESUMPTIVE.get(sm.tok(marker).norm)

    @staticmethod
    def _indefinite_noun(arg: Arg, sm: SentenceMentions) -> bool:
        """Whether ``arg`` is one common noun phrase with no article anywhere (حكومة موازية; not
        ميليشيات الحوثي, not قوات النظام السوري, not a name)."""
        first, last = sm.first_of(arg), sm.last_of(arg)
        return first is not None and last is not None and len(arg.actors) == 1 and arg.actors[0].kind == "sector" \
            and not any(sm.tok(i).has_article for i in range(first, last + 1))

    @staticmethod
    def _visitor_before(t: Trigger, subj: Arg, sm: SentenceMentions, c: Clause, decisions: list[Decision]) -> Arg | None:
        """The overt subject of a verb of visiting or meeting earlier in the sentence, not the
        actor after this one, when that actor is the only one after this verb in its clause."""
        first = sm.first_of(subj)
        last = sm.last_of(subj)
        if len(subj.actors) != 1 or subj.actors[0].kind == "plural" or last is None \
                or (subj.actors[0].kind == "sector" and sm.tok(last).norm.endswith(("ان", "ين", "ون"))):
            return None  # (وبحث الرئيسان: both parties are the subject)
        prev = next((o for o in reversed(decisions) if o.trigger.head < t.head and o.trigger.pos == "verb"
                     and o.trigger.entry.event_type == "CONSULT" and o.source is not None
                     and o.source.rule.startswith(("vso", "svo"))), None)
        if prev is None or prev.source is None or sm.first_of(prev.source) == first:
            return None
        if [p for p in sm.items if last < p.first < c.end and not p.is_place and sm.governed(p) is None]:
            return None  # (والتقى بوتين نظيره: an object after it, the actor right after is the subject)
        return prev.source

    def _caller_before(self, t: Trigger, subj: Arg, sm: SentenceMentions, c: Clause,
                       decisions: list[Decision]) -> Arg | None:
        """The overt subject of the verb of the clause before a coordinated verb of asking,
        when the actor after this verb is followed at once by what is asked (إلى، على، بـ):
        then that actor is the one asked, and the subject carries on (وشكرت الناشطة كندا، ودعت
        الولايات المتحدة إلى الانضمام)."""
        prev_clause = self._clause_before(c)
        last = sm.last_of(subj)
        if prev_clause is None or last is None or last + 1 >= sm.offset + len(sm.tokens):
            return None
        nxt = sm.tok(last + 1)
        if nxt.proclitics[:1] == ("و",) and nxt.kind == "word" and nxt.has_article:
            # ودعت المجلس الأوروبي والدول الأعضاء إلى: a definite noun (and its adjective) joined
            # to the actor is asked too
            for k in range(last + 2, min(last + 1 + _JOINED_ADDRESSEE, sm.offset + len(sm.tokens))):
                nxt = sm.tok(k)
                if nxt.kind != "word" or nxt.proclitics != ("ال",):
                    break
        if not (nxt.norm in ("الي", "علي") or (nxt.proclitics[:1] == ("ب",) and nxt.kind == "word")):
            return None
        prev = next((o for o in reversed(decisions) if prev_clause.start <= o.trigger.head < prev_clause.end
                     and o.trigger.pos == "verb" and o.source is not None
                     and o.source.rule.startswith(("vso", "svo"))), None)
        if prev is None or prev.source is None or sm.first_of(prev.source) == sm.first_of(subj):
            return None
        return prev.source if _agrees(prev.source, {pgn for _, pgn in t.readings}) else None

    @staticmethod
    def _lam_after(t: Trigger, sm: SentenceMentions) -> bool:
        """Whether لـ with a pronoun (له، لها) or an actor, or بـ with a pronoun (به), follows the
        verb at once, which has no pronoun of its own."""
        tok = _after_bare_verb(t, sm)
        if tok is None:
            return False
        if tok.norm in A.PREP_PRONOUNS and tok.norm.startswith(("ل", "ب")):
            return True  # (المبلغ الذي تدين به اليونان: بـ with a pronoun, what it owes)
        return sm.at(t.last + 1) is not None and "ل" in tok.proclitics

    @staticmethod
    def _owed_after(t: Trigger, sm: SentenceMentions) -> bool:
        """Whether بـ with a word of what is owed or professed (:data:`_OWED`, or a figure) follows
        the verb at once, which has no pronoun of its own."""
        tok = _after_bare_verb(t, sm)
        return tok is not None and "ب" in tok.proclitics and (tok.base in _OWED or tok.base[:1].isdigit())

    @staticmethod
    def _state_journey(t: Trigger, sm: SentenceMentions) -> bool:
        """Whether the noun, in the construct state, has a country or an organisation of states
        (sector IGO) as its genitive right after it: that body's course, no march (not a city: مسيرة
        القدس may be a march's name)."""
        tok = sm.tok(t.head)
        if t.last != t.head or tok.has_article or tok.enclitic is not None or t.last + 1 >= sm.offset + len(sm.tokens):
            return False
        p = sm.covering(t.last + 1)
        return p is not None and p.first == t.last + 1 and (p.actor.kind == "country" or p.actor.sector == "IGO")

    def _in_construct(self, t: Trigger, sm: SentenceMentions) -> bool:
        """Whether the noun has the article and follows a noun in the construct state (no article,
        no pronoun, no preposition, no verb; و allowed), or a one-word body the lexicon knows: it is
        that noun's genitive (إجراءات وتدابير الاحتلال، برلمان الاحتلال الإسرائيلي; not تدين الاحتلال
        التركي، التزم بها الاحتلال)."""
        tok = sm.tok(t.head)
        if not tok.has_article or t.head - 1 < sm.offset or set(tok.proclitics) - {"ال"}:
            return False
        prev = sm.tok(t.head - 1)
        held = sm.covering(t.head - 1)
        # (برلمان الاحتلال الإسرائيلي: a one-word body the actor lexicon knows heads it too)
        body = held is not None and held.first == held.last == t.head - 1 and held.actor.kind == "sector"
        return prev.kind == "word" and not prev.has_article and prev.enclitic is None \
            and set(prev.proclitics) <= {"و"} and prev.base not in A.PREPOSITIONS and (held is None or body) \
            and prev.norm not in A.COMPLEMENTISERS and prev.norm not in A.PREP_PRONOUNS \
            and t.head - 1 not in self._verb_like and not A.skippable(sm.tokens, t.head - 1 - sm.offset)

    @staticmethod
    def _applies_to(t: Trigger, sm: SentenceMentions) -> bool:
        """Whether على with an actor or a pronoun (عليه، عليها) follows the verb at once or after ذلك،
        هذا، الأمر (:data:`_THAT_MATTER`)."""
        end = sm.offset + len(sm.tokens)
        i = t.last + 1
        if i < end and sm.tok(i).norm in _THAT_MATTER:
            i += 1
        if i >= end or sm.tok(i).base != "علي":
            return False
        if sm.tok(i).enclitic is not None:
            return True
        p = sm.covering(i + 1) if i + 1 < end else None
        return p is not None and p.first == i + 1

    def _crowd_after(self, t: Trigger, sm: SentenceMentions, c: Clause, triggers: list[Trigger]) -> bool:
        """Whether a crowd (protesters, a protest noun, :data:`_CROWDS`) stands a few words after a
        verb of dispersing, inside its clause and before any other verb."""
        protests = {o.head for o in triggers if o.entry.event_type == "PROTEST" and o.pos == "noun"}
        for i in range(t.last + 1, min(c.end, t.last + 1 + _CROWD_REACH)):
            tok = sm.tok(i)
            if i in protests or tok.base in _CROWDS or (tok.base[:-1] in _CROWDS and tok.base.endswith("ا")) \
                    or "protester" in self._roles_of(tok):  # (تجمعا، حشودا: the accusative's alif)
                return True
            if i in self._verb_like:
                return False
        return False

    def _brandished(self, t: Trigger, sm: SentenceMentions) -> bool:
        """Whether بـ with what is brandished follows a verb of brandishing before the next verb or
        relative (past an aside: لوحت إيران، على لسان وزيرها، بالعودة), not a hand or a flag it waves, and
        not with في الأفق or بالأفق right after the verb (it looms)."""
        end = sm.offset + len(sm.tokens)
        if t.last + 2 < end and sm.tok(t.last + 1).norm == "في" and sm.tok(t.last + 2).base == "افق":
            return False
        if t.last + 1 < end and sm.tok(t.last + 1).base == "افق" and "ب" in sm.tok(t.last + 1).proclitics:
            return False  # (يلوح بالأفق: it looms, the horizon is no threat)
        for i in range(t.last + 1, end):
            tok = sm.tok(i)
            if i in self._verb_like or "relative" in self._roles_of(tok):
                return False  # (ولوحا للحضور الذين هللوا بهتافات: the بـ of another verb)
            if tok.kind == "word" and ("ب" in tok.proclitics or tok.norm == "ب"
                                       or (tok.norm.startswith("ب") and tok.norm[1:] in self.lex.nouns)):
                return tok.base not in _WAVED  # (بـ"إجراءات"، برد عسكري: a بـ apart or left on a noun)
        return False

    def _material(self, event_type: str | None) -> bool:
        """Whether an event type is material conflict (PLOVER quad class 4: ASSAULT, COERCE, …)."""
        return self.lex.ontology.types[event_type or ""].quad_class == _MATERIAL_CONFLICT

    def _agent_noun(self, tok: Token) -> bool:
        return "agent" in self._roles_of(tok)

    @staticmethod
    def _done_before(d: Decision, sm: SentenceMentions) -> Arg | None:
        """سبق لأوباما أن زار كينيا "Obama has visited Kenya before": the actor after سبق with لـ,
        right before أن, is the subject of the first verb of the complement."""
        c, t = d.clause, d.trigger
        if c.kind != "complement" or c.marker is None or t.pos != "verb" or sm.tok(c.marker).norm != "ان" \
                or sm.tok(c.marker).enclitic is not None or any(
                    sm.tok(i).kind != "word" or sm.tok(i).has_article for i in range(c.marker + 1, t.head)):
            return None
        p = sm.covering(c.marker - 1) if c.marker - 1 >= sm.offset else None
        if p is None or p.is_place or p.last != c.marker - 1 or sm.governed(p) != "ل" or p.first - 1 < sm.offset:
            return None
        head = sm.tok(p.first - 1) if sm.tok(p.first).proclitics[-1:] == ("ل",) else None
        if head is None or head.base != "سبق":
            return None
        return sm.as_arg([p], "done-before")

    def _complement_pronoun(self, d: Decision, sm: SentenceMentions, decisions: list[Decision]) -> Arg | None:
        """نفت إيران أنها هاجمت …: the pronoun on أن is the subject of the first verb after it,
        and it refers to the subject of the verb before the complement."""
        c, t = d.clause, d.trigger
        if c.kind != "complement" or c.marker is None or sm.tok(c.marker).enclitic is None:
            return None
        want = _PRONOUN_PGN.get(sm.tok(c.marker).enclitic or "")
        # إنها تعتزم فرض عقوبات: the pronoun is the subject of the verb of intent, whose subject does
        # what it governs
        modal = d.frame.modal_trigger
        lead_verb = modal if modal is not None and modal.pos == "verb" and c.marker < modal.head \
            and t.head == modal.last + 1 else t
        pgns = {pgn for _, pgn in lead_verb.readings}
        if want and pgns and not pgns & want:
            return None  # أعلن المرصد أنه قصفت قوات النظام: a pronoun of the matter, the verb disagrees
        if any(o.trigger.pos == "verb" and c.start <= o.trigger.head < t.head and o.trigger is not lead_verb
               for o in decisions) \
                or any(c.marker < i < t.head and i != lead_verb.head for i in self._verb_like) \
                or _after_who(sm, lead_verb.head):
            return None  # (إننا ننضم … عن عدد من قتلوا أو اعتقلوا: the pronoun is another verb's subject)
        if (suspect := self._suspect(c.marker, sm)) is not None:
            # رجلا يشتبه بأنه قتل: the suspect, not who arrests or reports him (a noun's pronoun, in
            # يشتبه بأنه كان حارسا … وأثار طرده, may be the one it befalls)
            return suspect[0] if t.pos == "verb" else None
        for other in reversed(decisions):
            if other.trigger.head < c.start and other.trigger.pos == "verb" \
                    and other.trigger.entry.event_type == "ACCUSE" and "ب" in sm.tok(c.marker).proclitics:
                # تتهم روسيا مقاتلي المعارضة بأنها تفرض حظرا: the pronoun is the accused, the last
                # actor between the verb and بأن
                accuser = {m.start for m in other.source.mentions} if other.source is not None else set()
                accused = [p for p in sm.placed if other.trigger.last < p.first and p.last < c.marker
                           and not p.is_place and sm.governed(p) is None and p.mention.start not in accuser]
                if accused:
                    return sm.as_arg([accused[-1]], "complement-pronoun:accused")
                if self._accused_unnamed(other, c, sm):
                    return None  # اتهمت قطر جارتها الخليجية بأنها أغلقت: the accused, no actor, did it
            if other.trigger.head < c.start and other.trigger.pos == "verb" and other.source is not None:
                first = sm.first_of(other.source)
                if want and (not _agrees(other.source, want) or (
                        want == {"3ms"} and len(other.source.mentions) == 1 and first is not None
                        and (sm.tok(first).text.rstrip(VOWEL_MARKS).endswith("ة")
                             or _feminine_plural_body(sm, first, other.source)))):
                    return None  # قالت وزارة الخارجية إنه سيزور: ه is no ministry, but someone named before
                    # (تقول السلطات إنه تبادل إطلاق النار: nor the authorities)
                return Arg(other.source.actors, other.source.mentions, "complement-pronoun")
        return self._sayer_in_construct(c.marker, want, sm)

    @staticmethod
    def _sayer_in_construct(marker: int, want: set[str] | None, sm: SentenceMentions) -> Arg | None:
        """إعلان الولايات المتحدة أنها سلمت مصر: the actor in the genitive of a verbal noun of saying
        right before أن with a pronoun is the one the pronoun names (then the actor after the verb is
        its object)."""
        p = sm.covering(marker - 1) if marker - 1 >= sm.offset else None
        if p is None or p.is_place or p.last != marker - 1 or p.first - 1 < sm.offset or sm.governed(p) is not None:
            return None
        noun = sm.tok(p.first - 1)
        if noun.kind != "word" or noun.has_article or noun.enclitic or noun.base not in _SAYING_NOUNS:
            return None
        arg = sm.as_arg([p], "complement-pronoun:sayer")
        return arg if not want or _agrees(arg, want) else None

    @staticmethod
    def _accused_unnamed(accusing: Decision, c: Clause, sm: SentenceMentions) -> bool:
        """Whether words that are no actor stand between a verb of accusing (and its subject
        after it) and the بأن of clause ``c``: the one accused, whom the pronoun on أن names."""
        src = accusing.source
        last = sm.last_of(src) if src is not None else None
        start = max(accusing.trigger.last, last if last is not None else -1) + 1
        return c.marker is not None and any(
            sm.tok(i).kind == "word" and not A.skippable(sm.tokens, i - sm.offset) for i in range(start, c.marker))

    def _accused_pronoun(self, d: Decision, sm: SentenceMentions, decisions: list[Decision]) -> bool:
        """Whether the verb's subject is the pronoun on بأن after a verb of accusing whose object
        is no actor (اتهمت قطر جارتها الخليجية بأنها أغلقت): then no subject is dropped either."""
        c = d.clause
        if c.kind != "complement" or c.marker is None or sm.tok(c.marker).enclitic is None \
                or "ب" not in sm.tok(c.marker).proclitics:
            return False
        other = next((o for o in reversed(decisions) if o.trigger.head < c.start and o.trigger.pos == "verb"), None)
        return other is not None and other.trigger.entry.event_type == "ACCUSE" and self._accused_unnamed(other, c, sm)

    def _relative_subject(self, sm: SentenceMentions, marker: int, decisions: list[Decision]) -> Arg | None:
        """The antecedent of a relative pronoun: an actor, or an event noun whose author then
        is the subject (الضربة الإسرائيلية … التي استهدفت → ISR)."""
        ante = A.antecedent(sm, marker, sm.offset)
        nouns = [d for d in decisions if d.trigger.pos == "noun" and d.trigger.is_event
                 and d.trigger.last < marker and marker - d.trigger.last <= 10]
        if nouns and (ante is None or nouns[-1].trigger.last > ante.last):
            e = nouns[-1].trigger
            gen = A.genitive(sm, e.last, clause_of_range(e.head, e.last + 1),
                             holdings=e.entry.event_type in _HOLDING_TYPES)
            if gen is not None and e.entry.genitive == "source" and gen.rule == "genitive":
                return Arg(gen.actors, gen.mentions, "relative:event-author")
        return sm.as_arg([ante], "relative") if ante is not None else None

    @staticmethod
    def _quoted(sm: SentenceMentions, channel: Arg, c: Clause) -> Arg | None:
        """نقلت وكالة تاس عن شويغو: the one quoted (عن right after the channel) speaks; one the
        sentence does not name (عن مصادر) leaves no speaker; without عن the channel stays."""
        last = sm.last_of(channel)
        if last is None or last + 1 >= sm.offset + len(sm.tokens) or sm.tok(last + 1).norm != "عن":
            return channel
        p = sm.at(last + 2)
        return sm.as_arg(sm.coordinated(p, c.end), "quoted") if p is not None and not p.is_place else None

    @staticmethod
    def _speaker(d: Decision, decisions: list[Decision]) -> Arg | None:
        """The subject of the reporting verb whose complement holds the trigger."""
        rep = d.frame.reporter
        return next((o.source for o in decisions if rep is not None and o.trigger is rep), None)

    @staticmethod
    def _quoting(d: Decision, sm: SentenceMentions, decisions: list[Decision]) -> Arg | None:
        """The subject of the reporting verb right before a quotation that holds the trigger
        (وقال شكري "ندعو السلطات الإسرائيلية"): the one whose words these are."""
        rep = max((o for o in decisions if "report" in o.trigger.entry.flags and o.trigger.head < d.trigger.head
                   and o.source is not None), key=lambda o: o.trigger.head, default=None)
        if rep is None or rep.source is None:
            return None
        quote = next((i for i in range(rep.trigger.last + 1, d.trigger.head)
                      if sm.tok(i).kind == "punct" and sm.tok(i).text in A.QUOTES), None)
        first = sm.first_of(rep.source)
        return rep.source if quote is not None and first is not None and first < quote else None

    def _pro_drop(self, state: DocState, t: Trigger, sm: SentenceMentions,
                  speaker: Arg | None = None) -> Arg | None:
        """The last compatible overt subject of this or the previous sentence; not the speaker
        of the report that holds the verb (وأضاف المرصد "قتل 23 مقاتلا": the observatory did
        not kill; a speaker who did says so with a pronoun, قال الجيش إنه قتل)."""
        if "report" in t.entry.flags and _impersonal(sm.tok(t.head)):
            return None  # يذكر أن، يشار إلى أن: "it is mentioned that", no one's report
        pgns = {pgn for _, pgn in t.readings}
        if pgns and all(pgn[0] == "1" for pgn in pgns):
            # وقال "ندعو السلطات الإسرائيلية …": "we" are the one who speaks, no earlier subject
            return Arg(speaker.actors, speaker.mentions, "speaker") if speaker is not None else None
        if pgns and pgns <= {"3md", "3fd"} and _accusative_look(t, sm):
            return None  # ، طالبا منها: "asking her", no verb "the two demanded"
        said = {m.start for m in speaker.mentions} if speaker is not None else set()
        subjects = state.subjects
        for k in range(len(subjects) - 1, -1, -1):
            sent_i, arg = subjects[k]
            if sent_i < state.sentence - 1:
                break
            if said and {m.start for m in arg.mentions} == said:
                continue
            if arg.rule.startswith("described") and _own_subject_before(subjects, k, pgns):
                # إضافة إلى جنود أميركيين يشكلون جزءا …، كما عقد اجتماعا: a noun a preposition governs,
                # the subject of the clause describing it, is no topic; the sentence's own subject is
                continue
            if all(a.sector == "MED" for a in arg.actors):
                continue  # وقالت وول ستريت جورنال …: the media report; a later act is someone else's
            # توصلها إلى اتفاق: a word with a pronoun may be the verbal noun, whose pronoun is the agent
            if _agrees(arg, pgns, gendered=sm.tok(t.head).enclitic is None):
                return Arg(arg.actors, arg.mentions, "pro-drop")
        if pgns and pgns <= {"3md", "3fd"}:
            from marsad.actors.coref import antecedent_set

            actors = tuple(a for a in antecedent_set(sm.doc, sm.tok(t.head).start) if a.sector != "MED")
            if len(actors) > 1:
                return Arg(actors, (), "pro-drop:set")
        return None

    # -- verbal nouns --------------------------------------------------------------------------

    def _noun_args(self, d: Decision, sm: SentenceMentions, state: DocState,
                   by_head: dict[int, Decision], decisions: list[Decision]) -> None:
        t, c, e, fr = d.trigger, d.clause, d.trigger.entry, d.frame
        if "participle" in e.flags:
            self._participle_args(d, sm, decisions)
            return
        src = A.own_mention(sm, t.head)
        tgt = None
        disowned = False  # a possessive pronoun that cannot refer to the clause's subject
        # (with a support verb, its subject is the author: لـ after the noun names whom it befalls,
        # ستوجه واشنطن ضربة عسكرية للنظام السوري)
        # بـ"الاحتلال" التركي: a noun alone in quotation marks keeps its adjective after them
        last = self._past_own_quote(t, sm)
        gen = A.genitive(sm, last, c, lam_author="ل" not in e.target and fr.light is None,
                         holdings=e.event_type in _HOLDING_TYPES)
        if gen is not None and self._verb_between(sm, t.last, gen, decisions):
            gen = None  # هجمات تستهدف قوات الأمن: the actor after a verb is the verb's, no genitive
        elif gen is not None and "ل" in e.target \
                and ("objective_genitive" in e.flags or (t.head == t.last and _accusative_masdar(sm.tok(t.head)))) \
                and (first := sm.first_of(gen)) is not None and (placed := sm.at(first)) is not None \
                and sm.governed(placed) == "ل":
            # دعما للحكومة: a noun in the indefinite accusative has no genitive; برقية تهنئة للرئيس،
            # دعم للحكومة: nor one whose genitive may be its object; لـ names its target, a person too
            gen = None
        object_gen = None
        if gen is not None and fr.light is not None and fr.light.pos == "verb" and "objective_genitive" in e.flags \
                and gen.rule == "genitive" and sm.tok(t.last).enclitic is None and fr.light.last < t.head \
                and not any(a.kind == "adjective" for a in gen.actors) \
                and _b_keeps_object(t, sm) \
                and self._accusative_after_genitive(gen, sm) is None:
            # (not بدأ اجتياح الجيش الإسرائيلي لبنان: with an object of its own, the genitive invades)
            # واصلت مقاتلات التحالف استهداف آليات عسكرية للميليشيات: after a support verb the
            # genitive is the object (the لـ-owner after it, if any, is the one hit); the verb's
            # subject acts (not an adjective, الاحتلال الإسرائيلي, nor بدعم القوات الإماراتية: the
            # supporter)
            object_gen, gen = gen, None
        if gen is not None and "venue_genitive" in e.flags and any(a.kind in ("country", "capital") for a in gen.actors):
            gen = None  # قمة سنغافورة، اجتماع فيينا: the place where they meet, no participant
        if gen is not None and e.event_type == "PROTEST" and all(a.kind == "capital" for a in gen.actors):
            gen = None  # مسيرة واشنطن، مظاهرات طهران: the city marched in, not its government
        if gen is not None and e.event_type == "ASSAULT" and gen.rule == "genitive" and sm.tok(t.last).enclitic is None \
                and all(a.kind == "capital" for a in gen.actors) \
                and not A.struck_object(sm, t.last, c):
            # هجمات باريس، قصف دمشق: the city struck (not غارات موسكو على حلب, Moscow's; not
            # اجتياحهم العاصمة, where the pronoun is the author and the capital the object)
            gen = None
        if gen is not None and "destination_genitive" in e.flags and gen.rule == "genitive" \
                and all(a.kind in ("country", "capital") for a in gen.actors):
            tgt, gen = Arg(gen.actors, gen.mentions, "genitive:destination"), None  # زيارة دمشق: where to
        if gen is not None and "condemn" in e.flags and gen.rule == "genitive" \
                and (first := sm.first_of(gen)) is not None and first > t.last + 1 \
                and all(sm.tok(i).kind == "word" and not sm.tok(i).has_article and not sm.tok(i).proclitics
                        and not sm.tok(i).enclitic for i in range(t.last + 1, first)):
            # إدانة عنف النظام السوري: the noun between is what is condemned, the actor its author
            tgt, gen = Arg(gen.actors, gen.mentions, "condemned-genitive"), None
        if gen is not None and e.genitive == "target" and gen.rule == "genitive":
            agent_of = self._accusative_after(gen, sm)
            if agent_of is not None:
                # اعتقال الجيش الوطني الليبي أحد الإرهابيين، إعدام التنظيم 20 شخصا: an accusative after
                # the genitive makes the genitive the doer and the accusative the one it befell
                src, tgt, gen = Arg(gen.actors, gen.mentions, "genitive:agent"), agent_of[0], None
        if gen is not None and e.genitive == "target" and e.event_type == "COERCE" and e.mode != "expel" \
                and gen.rule == "genitive" and gen.actors and all(_authority(a) for a in gen.actors):
            # احتجاز السلطات الصومالية طائرة، قمع الجيش الإسرائيلي مظاهرات، اعتقال السلطات الإيرانية
            # لرجل الدين: a state's authorities, government, forces or police in the genitive of
            # arresting, holding or repressing do it (they are not held; one official may be). Not
            # of expelling: طرد القوات الإثيوبية من أراضيها, the forces are driven out
            src, gen = Arg(gen.actors, gen.mentions, "genitive:authority"), None
        if gen is not None and e.genitive == "source" and (gen.rule == "genitive:holding" or (
                e.event_type == "ASSAULT" and gen.rule == "genitive" and gen.actors and (
                    all(a.entry in _SITES for a in gen.actors)
                    or (all(a.sector == "CVL" and a.group is None for a in gen.actors)
                        and (e.cameo or "").startswith("19") and sm.first_of(gen) == t.last + 1
                        and not self._struck_after(gen, sm))))):
            # قصف مواقع داعش: ISIS was hit; تفجير السفارة الأميركية: the embassy is a site, hit;
            # قصف مدنيين سوريين: civilians are bombed by military force (CAMEO 19x), with no على/ضد
            # of their own target after them (not اعتداء مستوطنين على مزارعين, هجوم المحتجين)
            tgt = Arg(gen.actors, gen.mentions, "genitive:holding")
        elif gen is not None and e.genitive == "source" and sm.tok(t.last).enclitic in _RESUMPTIVE:
            # اجتياحهم العاصمة صنعاء، قصفها المدينة: the pronoun is the author, the actor after it the object
            tgt = Arg(gen.actors, gen.mentions, "masdar-object")
        elif gen is not None and e.genitive == "target":
            tgt = gen
        elif gen is not None and e.genitive == "source" and src is None:
            src = gen
        elif gen is not None and e.kind == "phrase" and src is None and self._phrase_nisba(gen, t, sm):
            # فرض العقوبات الأميركية على إيران: the nisba of the phrase's last noun names its author,
            # as it does the noun's alone (العقوبات الأميركية)
            src = Arg(gen.actors, gen.mentions, "genitive:nisba")
        elif gen is not None and e.genitive is None and gen.rule == "genitive" and src is None \
                and self._doer_before_prep(gen, sm, e.target):
            # إفراج أنقرة عن القس الأميركي: a state right before the noun's own preposition does it
            src = Arg(gen.actors, gen.mentions, "genitive:agent")
        if src is None and sm.tok(t.head).enclitic in ("ه", "ها", "هم", "هما") \
                and (caller := self._caller_in_call(t, sm, decisions)) is not None:
            src = caller  # اتصالا هاتفيا من ملك الأردن عبر فيه عن إدانته: the caller's condemnation
        suspect = self._suspect(t.head, sm) if src is None and sm.tok(t.head).enclitic in _RESUMPTIVE else None
        if suspect is not None:
            src = suspect[0]  # أشخاص يشتبه في دعمهم جبهة النصرة: the suspects', not who arrested them
        elif src is None and sm.tok(t.head).enclitic in ("ه", "ها", "هم", "هما") and fr.cause is None and not (
                e.genitive == "target" and t.head > sm.offset and sm.tok(t.head - 1).norm in _AFTER):
            # (اعتقل الأمريكيون صدام حسين قبل إعدامه: before or after his execution, another's act;
            # مما أدى إلى مقتله: the subject of a verb of causing is the cause, whose author the
            # cause rule below finds)
            gov = self._clause_subject(d, decisions)
            if e.genitive == "target" and self._reacting(d, decisions):
                gov = None  # ندد الرئيس الفرنسي باعتقاله، دعت المنظمة إلى التحقيق … أثناء اعتقاله: not who held him
            # (ومطالبتهم بعفو عام: "their" demand, not the one minister's who comments on it)
            # (اعتقاله: the pronoun is the one held, and says nothing of who held him)
            agrees = gov is not None and (e.genitive == "target" or _agrees(
                gov, set(_PRONOUN_PGN.get(sm.tok(t.head).enclitic or "", ()))))
            src = Arg(gov.actors, gov.mentions, "possessive") if gov and agrees else None
            disowned = gov is not None and not agrees
        if src is None and fr.light is not None and fr.light.pos == "noun" \
                and (decider := self._decider(fr.light, sm)) is not None:
            src = decider  # قرار الولايات المتحدة وبريطانيا وفرنسا شن ضربات: who decided strikes
        if src is None and fr.light is not None and not self._resumed_away(t, fr.light, sm):
            src = self._light_agent(fr.light, sm, by_head, c, t)
        light_after: Decision | None = None
        if src is None:  # هجوم شنه مسلحون، اعتداء تبناه التنظيم، زيارة قام بها: the support verb comes after
            # (past the relative pronoun of a definite noun: الهجوم الذي شنه ترامب)
            # الهجوم الكيماوي المروع الذي نفذه نظام الأسد: past the noun's adjectives
            j = self._past_adjectives(t, sm, by_head, definite=True)
            end = sm.offset + len(sm.tokens)
            named_after: int | None = None  # the author must be named after this token, not before the verb
            if j + 1 < end and sm.tok(j).norm in RELATIVE_PRONOUNS:
                k = j + 1
            else:  # زيارة رسمية يقوم بها، ضربات جوية شنتها، زيارة لإيران تقوم بها، الزيارة إلى مصر التي
                # يقوم بها: past an indefinite noun's adjectives and the place a visit goes to
                k = t.last + 1 if sm.tok(t.last).has_article else self._past_adjectives(t, sm, by_head, definite=False)
                visited = A.visited_after(sm, k) if {"ل", "الي"} & set(t.entry.target) else None
                if visited is not None and visited + 1 < end:
                    k = named_after = visited + 1  # (the place visited is no subject of the verb)
                if k + 1 < end and sm.tok(k).norm in RELATIVE_PRONOUNS:
                    k += 1
                elif k > t.last + 1:
                    # (no relative pronoun: the author is named after the verb, not dropped: زيارة
                    # رسمية يقوم بها إلى باريس has the crown prince named before)
                    named_after = k
            after = by_head.get(k)
            author = after.source if after is not None else None
            if author is not None and named_after is not None and (sm.first_of(author) or end) <= named_after:
                # زيارة لإيران تقوم بها وزيرة الخارجية: the actor after the verb's pronoun (قام بها
                # الرئيس، شنتها القوات) is the author
                q = k + 1 if sm.tok(k).enclitic is not None else k + 2
                p = sm.at(q) if q < end else None
                author = sm.as_arg(sm.coordinated(p, end), "vso") \
                    if p is not None and not p.is_place and sm.governed(p) is None else None
            supports = after is not None and ("light" in after.trigger.entry.flags or (
                "pose" in after.trigger.entry.flags and e.event_type == "THREATEN"))  # التهديد الذي يشكله داعش
            if supports and after is not None and author is not None \
                    and (sm.tok(k).enclitic is not None or (  # زيارة قام بها الرئيس: بـ with the pronoun
                        k + 1 < sm.offset + len(sm.tokens) and sm.tok(k + 1).norm in A.PREP_PRONOUNS
                        and sm.tok(k + 1).norm.startswith("ب"))):
                src = Arg(author.actors, author.mentions, f"light-after:{after.trigger.entry.id}")
                light_after = after
            elif after is not None and "light" in after.trigger.entry.flags and after.source is None \
                    and sm.tok(k).enclitic is not None and k + 1 < sm.offset + len(sm.tokens) \
                    and (nxt := sm.tok(k + 1)).kind == "word" and not nxt.proclitics and not nxt.enclitic \
                    and nxt.base not in _PREPOSITION_BASES and not A.skippable(sm.tokens, k + 1 - sm.offset):
                # اتهامات وجهها محقق بمكتب التحقيقات: its own support verb names an author no
                # lexicon knows; the clause's subject (قلل لافروف من شأن …) is none
                disowned = True
            if src is None and not disowned:
                src = self._phrase_verb_after(t, sm, by_head, j)  # العقوبات التي فرضها الاتحاد الأوروبي
        # تلقت مساعدات لضمان إطلاق سراح المختطفين: only the first thing after the verb is undergone
        undergo = fr.undergo if fr.undergo is not None and not any(
            fr.undergo.head < o.trigger.head < t.head and o.trigger.pos == "noun" for o in decisions) else None
        if undergo is not None and undergo.head in by_head:
            und = by_head[undergo.head].source
            agent = (self._agent(sm, t, c) if e.event_type == "ASSAULT" else A.by_agent(sm, t.last, c)) \
                if und is not None and tgt is None else None
            if und is not None and tgt is None and not (agent is not None and {m.start for m in agent.mentions}
                                                        & {m.start for m in und.mentions}):
                # (أن النزلاء تعرضوا للضرب من قبل قوات الدرك: the agent is no one who underwent it)
                tgt = Arg(und.actors, und.mentions, "undergo")
        if undergo is not None and src is None:
            # تلقى اتصالا هاتفيا من وزير الداخلية، تعرض لانتقادات من المعارضة: who it came
            # from (تلقينا إنذارا للضربة من الروس: the warning's, not the strike's)
            src = A.from_actor(sm, t.last, self._own_span(d, decisions))
        undergoer = next((o for o in decisions if t.last < o.trigger.head <= t.last + _UNDERGONE_AFTER), None)
        if tgt is None and undergoer is not None and "undergo" in undergoer.trigger.entry.flags \
                and undergoer.source is not None and sm.tok(undergoer.trigger.head).enclitic is not None:
            # تهديد بوجود قنبلة تلقته السلطات: a verb of undergoing whose pronoun resumes the noun
            # names who underwent it
            tgt = Arg(undergoer.source.actors, undergoer.source.mentions,
                      f"undergo-after:{undergoer.trigger.entry.id}")
        if src is None and (decider := self._decider(t, sm)) is not None:
            src = decider  # قرار بريطانيا طرد 23 دبلوماسيا روسيا: who decided it acts
        if src is None:  # مقتل جندي برصاص مسلحين؛ حصار تعز من قبل الحوثيين
            src = self._agent(sm, t, c) if e.event_type == "ASSAULT" else A.by_agent(sm, t.last, c)
        if src is None and fr.cause is not None:
            src = self._cause_source(d, decisions)
        if src is None and e.event_type in _VOICED and fr.light is None and fr.undergo is None \
                and not (e.event_type == "ACCUSE" and self._charge_follows(t, sm)):
            # أثارت احتجاجا شديدا من طهران، تهديدات من إيران: who it came from (not من inside the
            # charge: بعد إدانته بتلقي الرشاوى وأموال من رجل أعمال, the one who paid)
            src = A.from_actor(sm, t.last, c)
        if src is None and fr.light is None and fr.cause is None and fr.undergo is None and not disowned \
                and not (t.head > sm.offset and (sm.tok(t.head - 1).norm in _BACKGROUND
                                                 or sm.tok(t.head - 1).base in _PERPETRATORS or (
                    sm.tok(t.head - 1).norm in _AFTER and e.event_type in _ACCUSABLE))) and not _suspected(sm, t.head) \
                and not _discussed(sm, t.head, c) and not _investigated(sm, t.head, c) \
                and not self._discussed_by_verb(t, c, sm, decisions) and not (
                    t.last + 1 < sm.offset + len(sm.tokens) and sm.tok(t.last + 1).norm in _DIRECTED):
            # (الاتهامات الموجهة له: someone else directed them at him)
            # تبادلتا الاتهامات بشأن الهجوم: what they talk about is no act of theirs
            gov = self._clause_subject(d, decisions, governing=True,
                                       accusative=sm.tok(t.head).norm.endswith("ا") and not sm.tok(t.head).has_article)
            src = Arg(gov.actors, gov.mentions, "governing-subject") if gov else None
        if tgt is None and e.target:
            preps = [p for p in e.target if p != "obj"]
            if fr.light is not None and fr.light.entry.id in _DIRECTING:
                # وجه ضربة للنظام، وجه انتقادات لواشنطن، وجه انتقادا قاسيا إلى روما: whom it is aimed at
                preps += [p for p in ("ل", "الي") if p not in preps]
            tgt = self._prep_target(d, sm, decisions, preps) if preps else None
            if tgt is not None and tgt.rule == "prep:~" and self._inside_request(t, tgt, sm):
                tgt = None  # للمطالبة بالسماح للاجئين بالعودة: the refugees are not asked
            aimed = [p for p in preps if p in _AIMED]
            if tgt is None and aimed and light_after is not None and light_after.clause.kind == "relative":
                # الزيارة التي قام بها الرئيس إلى موسكو: where to is said in the relative clause
                # (not في: العملية التي بدأتها قوات المقاومة بدعم القوات الإماراتية في التحالف)
                tgt = A.prep_target(sm, light_after.trigger.head, self._own_span(light_after, decisions), aimed)
        if tgt is None and e.event_type == "ACCUSE":
            tgt = self._involved_after(t, sm, self._own_span(d, decisions).end)  # الاتهامات البريطانية بضلوع بوتين
        if "destination_genitive" in e.flags and (lam_ila := self._visitor_with_lam(t, sm, c)) is not None \
                and (src is None or src.rule == "genitive"):
            # زيارة رسمية للبشير إلى القاهرة، زيارة لوزير الخارجية الإيراني إلى دمشق: the one with
            # لـ goes to the one with إلى
            src, tgt = lam_ila
        if object_gen is not None and (tgt is None or tgt.rule == "prep:~"):
            # (ستواصل دعم الحكومة السورية في جهودها لاستئصال الإرهابيين: the genitive right after
            # the noun, not an actor a linking preposition reaches further on)
            tgt = Arg(object_gen.actors, object_gen.mentions, "genitive-object")
        accusative = self._accusative_after_genitive(src, sm) \
            if tgt is None and src is not None and src.rule == "genitive" and "objective_genitive" in e.flags else None
        if accusative is not None:
            tgt = accusative  # اجتياح الجيش الإسرائيلي لبنان: the genitive invades the accusative after it
        elif tgt is None and src is not None and src.rule == "genitive" and "objective_genitive" in e.flags \
                and not (all(a.kind == "adjective" for a in src.actors) and self._own_adjective(sm, last, src)) \
                and _b_keeps_object(t, sm) \
                and not self._lam_object_after(src, sm) and self._patient_genitive(src, t, sm):
            # في دعم الحوثيين، غزو الكويت: with no prepositional target, the genitive is the one
            # supported or invaded; بدعم التحالف ("with the coalition's support") keeps its
            # genitive as the supporter (not بغزو الكويت "by invading Kuwait", nor بتهنئة الرئيس
            # "by congratulating the president": one praises no one "with" his praise), and an adjective
            # right after the noun is the author (الدعم الأمريكي، الغزو الأمريكي; not دعم أشقائهم
            # اليمنيين, where it describes the object, nor مساعدة السوريين, a definite plural after
            # an indefinite noun: the genitive "the Syrians")
            tgt = Arg(src.actors, src.mentions, "genitive-object")
            src = A.by_agent(sm, t.last, c)  # استهداف المدنيين من قبل قوات الاحتلال
        elif tgt is None and src is not None and src.rule == "genitive" and e.genitive == "source" \
                and (gen_last := sm.last_of(src)) is not None \
                and (sm.first_of(src) != gen_last or not self._nisba_word(sm, gen_last)) \
                and (agent := A.by_agent(sm, gen_last, c)) is not None:
            # اتهام قادة كينيين من قبل المحكمة الجنائية الدولية: "by" names the doer, and the
            # genitive is the one the act is done to (not a bare nisba: تفجير انتحاري من قبل امرأة
            # is a suicide bombing)
            tgt, src = Arg(src.actors, src.mentions, "genitive-object"), agent
        if src is None and t.last > t.head:  # هجوم انتحاري: an actor word inside the expression
            inner = sm.within(t.head, t.last)
            if inner and "obj" in e.target and t.pos == "noun" and len(t.tokens) > 1 and inner[0].first >= t.tokens[1]:
                # طرد السفير التركي، استدعاء السفير الأمريكي: the verbal noun's object word is the one
                # expelled (an actor before it is the genitive author: طرد الكويت في أبريل سفير مانيلا)
                tgt = tgt or sm.as_arg(inner[:1], "phrase-object")
            else:
                src = sm.as_arg(inner[:1], "phrase-actor") if inner else None
        head = sm.tok(t.head)
        if src is None and t.head == t.last and not head.has_article and not head.proclitics \
                and not head.enclitic and head.norm.endswith("ا") and head.kind == "word" and fr.undergo is None:
            # خرج مئات من المتظاهرين احتجاجا على …: a masdar of purpose (indefinite accusative)
            # has the clause's subject as its agent, the last actor before it no preposition governs
            # (not after a verb of undergoing: تلقى تهديدا, the subject was threatened)
            prior = next((o for o in reversed(decisions) if o.trigger.pos == "noun" and o.trigger.is_event
                          and o.trigger.entry.event_type == e.event_type and 0 < t.head - o.trigger.last <= _PURPOSE_OF_EVENT
                          and not any(o.trigger.last < i < t.head for i in self._verb_like)), None)
            if prior is not None:
                # مواجهات بين الفلسطينيين وجنود إسرائيليين خلال تظاهرات احتجاجا على: the purpose of
                # the protests named just before is theirs, whoever (if anyone) they are
                src = Arg(prior.source.actors, prior.source.mentions, "purpose-of-event") if prior.source else None
                if prior.frame.unasserted and not fr.unasserted:
                    # أي تظاهرات محتملة للفلسطينيين احتجاجا على: the purpose of a protest that
                    # is not reported is not either
                    fr.unasserted = f"the purpose of an event not asserted ({prior.frame.unasserted})"
            else:
                before = [p for p in sm.before(t.head, c.start) if not p.is_place and sm.governed(p) is None]
                src = sm.as_arg(sm.coordinated(before[-1], c.end), "purpose") if before else None
                if src is not None and fr.light is not None and any(
                        o.trigger.is_event and (sm.last_of(src) or 0) < o.trigger.head < t.head for o in decisions):
                    # قتل 5 شرطيين وجندي في هجمات … ومجموعة يسارية تبنت هجوما: after a support verb
                    # the noun is its object; an actor before another event is that event's, no author
                    src = None
                near = next((o for o in reversed(decisions) if o.trigger.pos == "verb"
                             and c.start <= o.trigger.head < t.head), None)
                first = sm.first_of(src) if src is not None else None
                if src is not None and near is not None and near.source is not None and first is not None \
                        and first > near.trigger.head and not near.source.rule.startswith("pro-drop") \
                        and not {m.start for m in src.mentions} & {m.start for m in near.source.mentions}:
                    # استدعت السلطات الإيرانية السفير الألماني احتجاجا على: the verb's subject
                    # protests, not the actor after the verb, its object
                    src = Arg(near.source.actors, near.source.mentions, "purpose")
        # إثر اتهامه بالعداء، بعد إدانتهما، الأسبوع الماضي، بانتهاك: he is the accused
        charged = e.event_type == "ACCUSE" and self._charge_follows(t, sm)
        if src is None and t.head == t.last and head.enclitic in _RESUMPTIVE and head.kind == "word" \
                and e.genitive != "target" and not charged:
            # ضاعفت الجماعة هجماتها، غطاء جوي للمعارضة السورية في قتالها: the pronoun refers to
            # the last actor before it in its clause, a preposition governing it or not (not a
            # nationality adjective of a thing: زيارته للعاصمة الإريترية ولقائه). Not for a noun
            # whose genitive is the one it befalls (تم اعتقاله): who arrested often comes before
            parallel = next((o for o in reversed(decisions) if o.trigger.pos == "noun" and o.source is not None
                             and o.source.rule.startswith("possessive") and o.trigger.head < t.head
                             and sm.tok(o.trigger.head).base == head.base
                             and sm.tok(o.trigger.head).enclitic == head.enclitic), None)
            if parallel is not None and parallel.source is not None and head.proclitics[:1] == ("و",):
                # دعمها للحوثيين ودعمها لحزب الله: the same word with the same pronoun, coordinated,
                # has the same owner (not the actor named in between)
                src = Arg(parallel.source.actors, parallel.source.mentions, "possessive-parallel")
            else:
                before = [p for p in sm.before(t.head, c.start) if not p.is_place and p.actor.kind != "adjective"]
                src = sm.as_arg(sm.coordinated(before[-1], c.end), "possessive-antecedent") if before else None
                want = _PRONOUN_PGN.get(head.enclitic or "") if head.enclitic in ("ه", "ها") else None
                if src is not None and want and not _agrees(src, want):
                    src = None  # الراغبين بزيارتها after ترامب, بهجومه after روسيا: not theirs
                if src is not None and t.head > sm.offset and sm.tok(t.head - 1).base in DONE and tgt is None \
                        and sm.last_of(src) == t.head - 2:
                    # الحوثيين تم استهدافهم: after "it is done" the pronoun is the patient, the actor
                    # right before (not past other nouns: ألغام يتم تفجيرها after the militias)
                    tgt, src = Arg(src.actors, src.mentions, "possessive-patient"), None
        if charged and src is None and tgt is None and t.head == t.last and head.enclitic in _RESUMPTIVE:
            tgt = self._charged_owner(t, sm, c, decisions)
        if src is None and head.enclitic in ("ه", "ها", "هم", "هما") and e.genitive != "target" and not charged:
            src = self._cataphoric_subject(t, sm, decisions)  # وخلال زيارته إلى العراق، بحث كارتر
        if "light" in e.flags and src is None and not _suspected(sm, t.head) \
                and head.proclitics[:1] in (("ل",), ("ب",)) \
                and not head.enclitic and not self._controlled_by_object(t, sm, c, decisions):
            # سوف يزور اليابان للمشاركة في القمة: a support masdar of purpose is the verb's subject's
            # act, not that of the verb's object before it
            verb = any(o.trigger.pos == "verb" and c.start <= o.trigger.head < t.head for o in decisions)
            gov = self._clause_subject(d, decisions) if verb else self._lead_actor(t, sm, c)
            src = Arg(gov.actors, gov.mentions, "purpose-agent") if gov is not None else None
        elif "light" in e.flags and src is None and not _suspected(sm, t.head) and not _discussed(sm, t.head, c) \
                and not (t.head > sm.offset and sm.tok(t.head - 1).norm in _ABOUT):  # a support masdar (الرد): the actor before it
            # (not قراره النهائي حول شن ضربات: what is decided about is no act yet)
            before = [p for p in sm.before(t.head, c.start) if not p.is_place]
            oblique = A.obliques(sm, before)  # (بدعم من الولايات المتحدة وبريطانيا وفرنسا في شن: no agents)
            before = [p for p in before if p.first not in oblique]
            src = sm.as_arg([before[-1]], "masdar-agent") if before else None
        if tgt is None and src is not None and src.rule == "genitive" and "charge" in e.flags \
                and not all(a.kind == "adjective" for a in src.actors) and self._charge_after(sm, src):
            # إدانة مزارع نيوزيلندي بالوحشية، اتهام روسيا بالتدخل: the genitive is the one
            # convicted or accused of what بـ names (not إدانة مصر بأشد العبارات للهجوم)
            tgt = Arg(src.actors, src.mentions, "genitive-accused")
            src = None
        elif tgt is None and src is not None and src.rule == "genitive" and "charge" in e.flags \
                and (gen_last := sm.last_of(src)) is not None and gen_last + 2 < sm.offset + len(sm.tokens) \
                and sm.tok(gen_last + 1).norm == "من" and sm.tok(gen_last + 2).norm == "قبل":
            # سيتم اتهام إسرائيل من قبل كل العالم: with its accuser named after من قبل, the genitive
            # is the one accused
            tgt = Arg(src.actors, src.mentions, "genitive-accused")
            src = A.by_agent(sm, gen_last, c)
        elif tgt is None and src is not None and src.rule == "genitive" and "charge" in e.flags \
                and src.actors and all(a.kind == "adjective" for a in src.actors) \
                and (first := sm.first_of(src)) is not None and first > t.last + 1 \
                and sm.tok(t.last + 1).kind == "word" and sm.tok(t.last + 1).has_article and sm.at(t.last + 1) is None:
            # اتهامات التدخل الروسي، إدانة الهجوم الإسرائيلي: the nationality of the act in the
            # genitive is the one accused or condemned, not the one accusing
            tgt = Arg(src.actors, src.mentions, "genitive-accused")
            src = None
        if charged and src is not None and tgt is None and t.head == t.last and head.enclitic in _RESUMPTIVE \
                and (accused := self._charged_owner(t, sm, c, decisions)) is not None:
            # على خلفية اتهامها بدعم الإرهاب after قطعت السعودية العلاقات مع قطر: the pronoun is
            # Qatar, accused; the subject (Saudi Arabia) accuses, unless it is the one accused
            # (ضربات ضد دمشق إثر اتهامها، اتهمت موسكو … إثر اتهامها: no one named accuses)
            if {m.start for m in src.mentions} & {m.start for m in accused.mentions}:
                src = None
            by = next((j for j in range(t.last + 1, c.end - 2)
                       if sm.tok(j).norm == "من" and sm.tok(j + 1).norm == "قبل"), None)
            if by is not None:  # اتهامه بارتكاب جرائم حرب من قبل المحكمة الجنائية الدولية: who accuses
                accuser = sm.at(by + 2)
                src = sm.as_arg(sm.coordinated(accuser, c.end), "agent") \
                    if accuser is not None and not accuser.is_place else None
            tgt = accused
        if tgt is None and e.event_type in _OPPOSING_TYPES:
            tgt = A.opposed_after(sm, t.last, c)  # احتجاجات مناوئة للحكومة: the government is protested
        d.source, d.target = src, tgt

    @staticmethod
    def _charged_owner(t: Trigger, sm: SentenceMentions, c: Clause, decisions: list[Decision],
                       lo: int | None = None) -> Arg | None:
        """The one a charge noun's pronoun names when its charge follows (لسجن صحفيي وكالة رويترز بعد
        إدانتهما بانتهاك): the last actor before it in its clause that agrees with it (not a court
        or whoever acts in the sentence, nor people's origin after من or where they are after في: حكمت
        محكمة إسرائيلية على يهودي … إثر إدانته، 29 أجنبية من روسيا وطاجيكستان بعد إدانتهن، الأستاذ في
        جامعة أوكسفورد … بعد اتهامه); with ``lo``, looked for from that token on (the sentence's start
        for the object pronoun of a coordinated verb) instead of the clause's."""
        head = sm.tok(t.head)
        acting = {m.start for o in decisions if o.source is not None and o.trigger.head < t.head
                  for m in o.source.mentions}
        before = [p for p in sm.before(t.head, c.start if lo is None else lo) if not p.is_place and p.actor.kind != "adjective"]
        accused_at: Placed | None = before[-1] if before else None
        group = sm.group_ending(accused_at, c.end) if accused_at is not None else []
        accused = sm.as_arg(group, "possessive-accused") \
            if group and not {p.mention.start for p in group} & acting \
            and all(p.actor.sector != "JUD" for p in group) and sm.governed(group[0]) not in ("من", "في") else None
        want = _PRONOUN_PGN.get(head.enclitic or "") if head.enclitic in ("ه", "ها") else None
        if accused is not None and head.enclitic in ("هم", "هن", "هما") and len(accused.actors) == 1 \
                and accused.actors[0].kind == "person":
            return None  # (بناء على طلب ترامب بعد إدانتهم: the players, not the one man)
        return accused if accused is not None and not (want and not _agrees(accused, want)) else None

    def _disaster_after(self, t: Trigger, sm: SentenceMentions) -> bool:
        """Whether a word of a disaster or an accident (particle role ``accident``) follows the
        verb at once, not as the first word of a name (عاصفة الحزم، عاصفة الصحراء: operations)."""
        end = sm.offset + len(sm.tokens)
        if t.last + 1 >= end or "accident" not in self._roles_of(sm.tok(t.last + 1)):
            return False
        tok = sm.tok(t.last + 1)
        return tok.has_article or t.last + 2 >= end or not sm.tok(t.last + 2).has_article

    @staticmethod
    def _visitor_with_lam(t: Trigger, sm: SentenceMentions, c: Clause) -> tuple[Arg, Arg] | None:
        """The actor with لـ right after a noun of visiting (past its adjectives) and the actor
        with إلى right after that one (الزيارة الرابعة للسيسي إلى موسكو): the visitor and where
        to. ``None`` unless both are there, and with a possessive pronoun on the noun, the visitor
        (زيارته لمصر إلى سلطنة عمان: Egypt is visited)."""
        after = sm.after(t.last, c)
        if len(after) < 2 or sm.tok(t.head).enclitic is not None:
            return None
        lam, ila = after[0], after[1]
        if sm.governed(lam) != "ل" or lam.is_place or lam.actor.kind == "adjective" or not all(
                sm.tok(i).kind == "word" and not set(sm.tok(i).proclitics) - {"ال"} for i in range(t.last + 1, lam.first)):
            return None
        if ila.first != lam.last + 2 or sm.tok(lam.last + 1).norm != "الي" or ila.actor.kind == "adjective":
            return None
        return sm.as_arg([lam], "visitor-lam"), sm.as_arg([ila], "prep:الي")

    @staticmethod
    def _god_addressed(t: Trigger, c: Clause, sm: SentenceMentions) -> bool:
        """Whether God is the one asked: الله or المولى with no preposition, a few words after a
        word of asking, followed by أن or an epithet (القدير، عز وجل، تعالى، سبحانه)."""
        for i in range(t.last + 1, min(c.end, t.last + 1 + _PRAYER_REACH)):
            tok = sm.tok(i)
            if tok.norm in _GOD and set(tok.proclitics) <= {"ال"} and i + 1 < sm.offset + len(sm.tokens) \
                    and not (i > sm.offset and sm.tok(i - 1).norm == _AYAT) \
                    and (sm.tok(i + 1).norm in A.COMPLEMENTISERS or sm.tok(i + 1).base in _EPITHETS):
                # (not آية الله علي السيستاني: the title "ayatollah" before a name)
                return True
        return False

    @staticmethod
    def _doer_before_prep(gen: Arg, sm: SentenceMentions, preps: Sequence[str]) -> bool:
        """Whether a genitive is a state, an armed body or an organisation followed at once by a
        preposition (a word: عن، على) the noun takes its target with."""
        last = sm.last_of(gen)
        if last is None or last + 1 >= sm.offset + len(sm.tokens) or not gen.actors or not _doers(gen):
            return False
        nxt = sm.tok(last + 1)
        return nxt.kind == "word" and nxt.norm in preps and nxt.norm in A.PREPOSITIONS

    @staticmethod
    def _decider(t: Trigger, sm: SentenceMentions) -> Arg | None:
        """The maker of the decision a verbal noun follows (قرار بريطانيا طرد، قرار رئيسة الوزراء
        البريطانية تيريزا ماي طرد): the actor in the genitive of an indefinite قرار/قرارات a few
        words before, with nothing but words of its name between. So too the one who announces an
        act whose genitive names its author (إعلان رئيسة الحكومة البريطانية تيريزا ماي عقوبات ضد
        روسيا, إعلان ترامب الانسحاب); not a death or an arrest, which one announces of others
        (إعلان الجيش مقتل جنديين)."""
        if set(sm.tok(t.head).proclitics) - {"ال"}:
            return None
        announced = t.entry.genitive == "source"
        for k in range(t.head - 2, max(sm.offset - 1, t.head - 2 - DECIDER_WORDS), -1):
            tok = sm.tok(k)
            if tok.kind == "word" and (tok.base in DECISION_NOUNS or (announced and tok.base in _ANNOUNCING)) \
                    and not tok.has_article and not tok.enclitic:
                # (لقرار ترامب الانسحاب: the noun of deciding may have its own preposition)
                p = sm.at(k + 1)
                joined = sm.coordinated(p, t.head) if p is not None and not p.is_place else []
                if not joined or joined[-1].last != t.head - 1:
                    return None
                return sm.as_arg(joined, "decider")
            if tok.kind != "word" or set(tok.proclitics) & {"ب", "ل"}:
                return None
        return None

    @staticmethod
    def _patient_genitive(gen: Arg, t: Trigger, sm: SentenceMentions) -> bool:
        """Whether a verbal noun's genitive can be the one it befalls: an adjective, or a noun with
        no word carrying a pronoun before it (an idafa, قتال تنظيم "الدولة الإسلامية"; not أي حصار
        تفرضه الولايات المتحدة), and no لـ-phrase right after a doer (a state, an armed body, an
        organisation: حصار القوات التركية لمدينة عفرين, the forces besiege; مساعدة اللاجئين للعودة
        stays a purpose)."""
        first, last = sm.first_of(gen), sm.last_of(gen)
        if first is None or last is None:
            return False
        if not all(a.kind == "adjective" for a in gen.actors) and not all(
                sm.tok(i).kind == "punct" or (sm.tok(i).kind == "word" and sm.tok(i).enclitic is None)
                for i in range(t.last + 1, first)):
            return False
        doer = _doers(gen)
        if doer and last + 1 < sm.offset + len(sm.tokens) and t.entry.event_type == "ASSAULT":
            nxt = sm.tok(last + 1)
            obj = sm.at(last + 1)
            if (obj is not None and not obj.is_place and obj.actor.kind in ("country", "capital", "org", "person")) or (
                    nxt.kind == "word" and not nxt.proclitics and not nxt.enclitic and len(nxt.norm) >= 4
                    and not A.skippable(sm.tokens, last + 1 - sm.offset) and nxt.base not in A.PREPOSITIONS
                    and nxt.base not in _DIRECTIONS and nxt.norm not in A.COMPLEMENTISERS and sm.covering(last + 1) is None
                    and nxt.norm not in _DOMAIN_ADVERBS):
                # استهداف الحوثيين المملكة، استهداف مقاتلات التحالف تجمعات: an object (an actor, or an
                # indefinite noun) follows, the genitive acts (not قتال تنظيم داعش الإرهابي، أو)
                return False
        # (مساعدة أوكرانيا لتنفيذ إصلاحات: a phrase of purpose, Ukraine is helped)
        return not (doer and last + 1 < sm.offset + len(sm.tokens) and sm.tok(last + 1).proclitics[:1] == ("ل",)
                    and sm.tok(last + 1).base not in _PURPOSES)

    @staticmethod
    def _admitted(t: Trigger, sm: SentenceMentions, c: Clause) -> bool:
        """Whether the first word with بـ after a verb of recognising (past its subject) is an event
        noun or a word of a state of affairs, a fault or a fact (بمقتل، بوجود، بقوة، بفشله، بخطأ،
        بتورط، بأن): it is admitted; a state, a government, a city or independence is recognised."""
        for j in range(t.last + 1, min(c.end, t.last + 1 + _ADMIT_REACH)):
            tok = sm.tok(j)
            if tok.kind != "word":
                return False
            if tok.proclitics[:1] == ("ب",) or tok.norm in A.COMPLEMENTISERS:
                return tok.norm in A.COMPLEMENTISERS or j in sm.event_nouns \
                    or without_article(tok.base) in _ADMISSIONS
        return False

    @staticmethod
    def _charge_follows(t: Trigger, sm: SentenceMentions) -> bool:
        """Whether a word with بـ follows the noun right away or past a time in commas (اتهامه
        بالعداء، إدانتهما، الأسبوع الماضي، بانتهاك): what it charges."""
        end, k = sm.offset + len(sm.tokens), t.last + 1
        if k < end and sm.tok(k).text in A.COMMAS:
            j = k + 1
            while j < end and j - k <= _TIME_ASIDE and A.skippable(sm.tokens, j - sm.offset):
                j += 1
            if j > k + 1 and j + 1 < end and sm.tok(j).text in A.COMMAS:
                k = j + 1
        return k < end and "ب" in A.preps_of(sm.tok(k))

    @staticmethod
    def _charge_after(sm: SentenceMentions, gen: Arg) -> bool:
        """Whether a charge with بـ follows the genitive right away (بالوحشية، بالتدخل; not an
        adverb of manner: بشدة، بأشد العبارات)."""
        last = sm.last_of(gen)
        if last is None or last + 1 >= sm.offset + len(sm.tokens):
            return False
        tok = sm.tok(last + 1)
        return tok.kind == "word" and tok.proclitics[:1] == ("ب",) and sm.covering(last + 1) is None \
            and not A.skippable(sm.tokens, last + 1 - sm.offset) and tok.base not in _MANNER_AFTER_B \
            and tok.norm not in _ABOUT and tok.norm not in A.COMPLEMENTISERS  # (اتهامات واشنطن بأن، بشأن)

    @staticmethod
    def _accusative_after_genitive(gen: Arg, sm: SentenceMentions) -> Arg | None:
        """A state, a capital or a known organisation right after a verbal noun's genitive, which no
        preposition governs: the verbal noun's object in the accusative, the genitive its author
        (اجتياح الجيش الإسرائيلي لبنان، غزو الولايات المتحدة العراق)."""
        last = sm.last_of(gen)
        p = sm.at(last + 1) if last is not None else None
        if p is None or sm.governed(p) is not None or sm.tok(p.first).proclitics[:1] == ("و",) \
                or not (p.actor.kind in ("country", "capital") or (p.actor.kind == "org" and p.actor.group)):
            return None  # (a sector noun or a nisba after it may describe it: بمساعدة فصائل مسلحة معارضة)
        return sm.as_arg([p], "obj:accusative")

    @staticmethod
    def _lam_object_after(gen: Arg, sm: SentenceMentions) -> bool:
        """Whether لـ with a pronoun follows the genitive right away (منذ غزو أمريكا له: the
        pronoun is the one invaded, the genitive the invader), or a definite لـ-noun no lexicon
        knows as an actor does, or an indefinite one after a state or an armed body."""
        last = sm.last_of(gen)
        end = sm.offset + len(sm.tokens)
        if last is None or last + 1 >= end:
            return False
        tok = sm.tok(last + 1)
        if tok.norm in A.PREP_PRONOUNS and tok.norm.startswith("ل"):
            return True
        # استهداف ميليشيات الحوثي المستمر للمناطق السكنية: a definite لـ-noun after the genitive
        # (past one definite adjective) is what the act befalls, the genitive its author
        k = last + 2 if tok.kind == "word" and tok.proclitics == ("ال",) and not tok.enclitic and last + 2 < end else last + 1
        nxt = sm.tok(k)
        if nxt.kind == "word" and nxt.proclitics[:2] == ("ل", "ال") and sm.covering(k) is None:
            return True
        # استهداف «داعش» أخيرا لمساجد: an indefinite لـ-noun after an armed body or a state, too
        # (past a closing quotation mark and an adverb)
        k = last + 1
        while k < end - 1 and ((sm.tok(k).kind == "punct" and sm.tok(k).text in _CLOSING_MARKS)
                               or A.skippable(sm.tokens, k - sm.offset)):
            k += 1
        nxt = sm.tok(k)
        return nxt.kind == "word" and nxt.proclitics == ("ل",) and not nxt.enclitic and sm.covering(k) is None \
            and bool(gen.actors) and _doers(gen) and nxt.base not in _PURPOSES  # (مساعدة أوكرانيا لتنفيذ إصلاحات)

    @staticmethod
    def _accusative_after(gen: Arg, sm: SentenceMentions) -> tuple[Arg | None] | None:
        """The accusative object right after a verbal noun's genitive, when the genitive is a doer
        (a state or armed body, an organisation, a country): an actor with no preposition or with
        the لـ of the object (its ``Arg``: غزو أمريكا للعراق), or a count, أحد/عدد or لـ with a
        pronoun with no actor (``(None,)``); ``None`` when there is none."""
        last = sm.last_of(gen)
        if last is None or last + 1 >= sm.offset + len(sm.tokens) or not _doers(gen):
            return None
        nxt = sm.at(last + 1)
        if nxt is not None and sm.governed(nxt) == "ل" and not nxt.is_place and nxt.actor.kind != "adjective":
            return (sm.as_arg([nxt], "genitive:patient"),)  # غزو أمريكا للعراق، احتلال إسرائيل لفلسطين
        if nxt is None and Coder._lam_object_after(gen, sm):
            return (None,)  # منذ غزو أمريكا له: the one invaded, a pronoun
        if nxt is None and sm.tok(last + 1).kind == "word" and sm.tok(last + 1).proclitics[:1] == ("ل",) \
                and not sm.tok(last + 1).enclitic:  # (توقيف ضباط لمحاكمتهم: a purpose)
            return (None,)  # قمع جيش الاحتلال لمظاهرات: the object with لـ, no actor
        if nxt is not None:
            if nxt.is_place or sm.governed(nxt) is not None or nxt.actor.kind in ("adjective", "person") \
                    or (not sm.tok(last).has_article and all(a.kind == "sector" for a in gen.actors)):
                return None  # (a nisba describes the genitive; a name after a title is in apposition;
                # an indefinite noun has its own genitive: قتل ضباط شرطة "police officers")
            return (sm.as_arg([nxt], "genitive:patient"),)
        tok = sm.tok(last + 1)
        if (tok.kind == "number" or (tok.kind == "word" and not tok.proclitics)) \
                and (sm.counts(last + 1) or tok.norm in _ACCUSATIVE_HEADS) \
                and not (tok.norm in _TWO and not sm.tok(last).has_article):
            return (None,)  # (not طرد دبلوماسيين روسيين اثنين: "two", the indefinite genitive's number)
        return None

    @staticmethod
    def _resumed_away(t: Trigger, light: Trigger, sm: SentenceMentions) -> bool:
        """Whether a support verb that carries its object pronoun (أطلقتها، شنتها) stands before
        the verbal noun, which is then neither its object nor its instrument (بسيارة مفخخة) nor an
        actor's genitive (جنود الاحتلال): رسائل أطلقتها روسيا في أعقاب الضربات, the strikes are
        not Russia's. (On a support noun the pronoun is its agent: أكدت مشاركتها في القمة.)"""
        return t.head > light.last and light.pos == "verb" and sm.tok(light.head).enclitic in _RESUMPTIVE \
            and "ب" not in A.preps_of(sm.tok(t.head)) and sm.covering(t.head - 1) is None

    @staticmethod
    def _verb_between(sm: SentenceMentions, noun: int, gen: Arg, decisions: list[Decision]) -> bool:
        """Whether a verb stands between a verbal noun and the actor taken for its genitive, which
        is then the verb's: one with no pronoun resuming the noun (هجمات تستهدف قوات الأمن), or the verb
        of another event that resumes it (مناورات انتقدتها تايوان); not a support verb with its pronoun
        (عقوبات فرضتها الولايات المتحدة) nor a claim (هجوم أعلن تنظيم القاعدة مسؤوليته عنه), where the
        actor is the noun's author."""
        first, last = sm.first_of(gen), sm.last_of(gen)
        if first is None or last is None:
            return False
        between = [o for o in decisions if o.trigger.pos == "verb" and noun < o.trigger.head < first]
        verbs = [o.trigger.head for o in between]
        if not verbs:
            return False
        if any(_resumes(sm.tok(o.trigger.head)) and o.trigger.is_event and "light" not in o.trigger.entry.flags
               for o in between):
            return True  # سلسلة مناورات انتقدتها تايوان، في اتهام نفته دمشق: the subject of another
            # event's verb that resumes the noun criticises or denies it, it is not the noun's author
        if any(_resumes(sm.tok(i)) for i in verbs):
            return False  # (عقوبات فرضتها الولايات المتحدة; قانون عفو أقره البرلمان: no event of its own)
        end = min(sm.offset + len(sm.tokens), last + 4)
        return not any(sm.tok(i).norm.startswith(_RESPONSIBILITY) for i in range(last + 1, end))

    @staticmethod
    def _addressed(t: Trigger, sm: SentenceMentions, c: Clause) -> bool:
        """Whether a word of speech with بـ follows a verb of going in its clause (توجه إلى ترامب
        بالقول، توجه بالكلام إلى): the verb means addressing someone."""
        return any(sm.tok(i).base in _SPEECH_WITH and "ب" in A.preps_of(sm.tok(i))
                   for i in range(t.last + 1, min(c.end, t.last + 9)))

    @staticmethod
    def _circumstantial(t: Trigger, sm: SentenceMentions) -> bool:
        """Whether a participle describes the subject's state (حال): bare (no article, no clitic), and
        in the masculine accusative (داعيا، مطالبا) or after punctuation, a definite word or a name
        (، داعية الحوثيين؛ شوارع برشلونة مطالبين), not right after a bare noun it would qualify
        (تظاهرات كبرى منددة)."""
        tok = sm.tok(t.head)
        if tok.proclitics or tok.enclitic or tok.has_article:
            return False
        if tok.norm.endswith("ا") or t.head <= sm.offset:
            return True
        prev = sm.tok(t.head - 1)
        return prev.kind == "punct" or prev.has_article or prev.enclitic is not None or sm.covering(t.head - 1) is not None

    @staticmethod
    def _has_speaker(speaker: Decision, sm: SentenceMentions, complement: int) -> bool:
        """Whether a reporting verb has a subject, named or not: an actor, or a word between it and
        the complement it reports that is no complementiser (أكد الشيخ الزوبعي أن; not يذكر أن)."""
        if speaker.source is not None or A.overt_nonactor_subject(sm, speaker.trigger.head, speaker.clause):
            return True
        nxt = speaker.trigger.head + 1
        return nxt < complement and sm.tok(nxt).kind == "word" and sm.tok(nxt).norm not in A.COMPLEMENTISERS

    def _after_report(self, d: Decision, sm: SentenceMentions, decisions: list[Decision]) -> bool:
        """Whether a participle follows, in a clause of its own, the complement of a reporting verb
        with a subject the coder cannot name (ذكرت المملكة بأن «الحوثيين أظهروا …»، داعية مجلس
        الأمن): the speaker calls, not an actor inside what is reported."""
        speaker = next((o for o in reversed(decisions) if o.trigger.pos == "verb" and o.trigger.head < d.clause.start
                        and "report" in o.trigger.entry.flags), None)
        if speaker is None:
            return False
        complement = next((c for c in self._clauses if c.kind == "complement"
                           and speaker.trigger.head < c.start < d.clause.start), None)
        return complement is not None and d.clause.kind != "complement" and self._has_speaker(speaker, sm, complement.start)

    @staticmethod
    def _ruling_upheld(t: Trigger, sm: SentenceMentions) -> bool:
        """Whether the object of a verb of endorsing, right after it past its subject, a time and
        commas, is a ruling (حكما، الحكم، الأحكام، حكم بإعدام): a court upholds it."""
        end = sm.offset + len(sm.tokens)
        for i in range(t.last + 1, min(end, t.last + 8)):
            tok = sm.tok(i)
            if tok.kind == "punct" and tok.text in COMMAS:
                continue
            if tok.kind != "word":
                return False
            if tok.base in _JUDGMENTS and not set(tok.proclitics) - {"ال"} and not tok.enclitic:
                # (الحكم، حكما، حكم بإعدام; not حكم العسكر "the military's rule")
                return tok.has_article or tok.norm.endswith("ا") or (
                    i + 1 < end and sm.tok(i + 1).proclitics[:1] == ("ب",))
            if sm.covering(i) is None and not A.skippable(sm.tokens, i - sm.offset) and not tok.has_article:
                return False
        return False

    @staticmethod
    def _body_received(t: Trigger, sm: SentenceMentions) -> bool:
        """Whether the object right after a verb of receiving (past a time adverb) is a body or the
        remains of the dead (استقبل الأهالي جثمان الشهيد: the subject stands between)."""
        end = sm.offset + len(sm.tokens)
        for i in range(t.last + 1, min(end, t.last + 6)):
            tok = sm.tok(i)
            if tok.kind != "word":
                return False
            if tok.base in _REMAINS and not set(tok.proclitics) - {"ال"}:
                return True
            if sm.covering(i) is None and not A.skippable(sm.tokens, i - sm.offset):
                return False
        return False

    def _participle_args(self, d: Decision, sm: SentenceMentions, decisions: list[Decision]) -> None:
        """An active participle in the accusative describing the subject (رحبت الحكومة بالهدنة،
        داعية الحوثيين إلى احترامها؛ خرج المتظاهرون مطالبين برحيل الرئيس): the subject of the verb
        before it acts; the actor right after it, or after its preposition, is the one acted on."""
        t, c, e = d.trigger, d.clause, d.trigger.entry
        verb = next((o for o in reversed(decisions) if o.trigger.pos == "verb" and o.trigger.head < t.head
                     and o.source is not None and o.source.actors and o.clause.kind != "relative"), None)
        if verb is not None and verb.clause.kind == "complement":
            # اعتبر الوزير أن فرنسا لا تستخدم الفيتو، داعيا الصين: the speaker calls, even one the
            # coder cannot name (أكد الشيخ الزوبعي أن إيران هي المعيق، داعيا; يذكر أن ماكرون يدافع
            # عن الاتفاق، داعيا: a speaker of no one, the one in the complement)
            speaker = next((o for o in reversed(decisions) if o.trigger.head < verb.clause.start
                            and "report" in o.trigger.entry.flags), None)
            if speaker is not None and self._has_speaker(speaker, sm, verb.clause.start):
                verb = speaker
        d.source = Arg(verb.source.actors, verb.source.mentions, "participle-subject") if verb and verb.source else None
        if verb is not None and verb.source is not None and (described := self._plural_described(t, verb, sm)) is not None:
            # فتحت قوات الأمن النار على متظاهرين شباب مطالبين بفرص عمل: the protesters demand, the
            # men's plural agrees with them, not with the forces
            d.source = described
        if d.source is None and verb is None and not self._after_report(d, sm, decisions):
            # (خرج آلاف السوريين مطالبين: a verb of no event, its subject after it)
            lo = max((i for i in self._verb_like if i < t.head), default=sm.offset)
            before = [p for p in sm.before(t.head, lo) if not p.is_place and sm.governed(p) is None]
            d.source = sm.as_arg([before[0]], "participle-subject") if before else None
        d.target = A.object_after(sm, t.last, c, None)
        if d.target is None and e.target:
            d.target = self._prep_target(d, sm, decisions, list(e.target))
        if d.target is not None:
            d.target = Arg(d.target.actors, d.target.mentions, f"participle-{d.target.rule}")

    def _kana_noun_subject(self, t: Trigger, c: Clause, sm: SentenceMentions) -> bool:
        """Whether the verb's clause opens with كان/كانت and up to four bare words that no lexicon
        knows, no verb, number or preposition among them (وكانت جماعات حقوق الإنسان اتهمت): they
        are its subject, named after كان, so none is carried from before (not كانت قد اتهمت)."""
        if t.pos != "verb" or c.start >= t.head:
            return False
        lead = sm.tok(c.start)
        if lead.kind != "word" or lead.base not in _KANA_VERBS or set(lead.proclitics) - {"و", "ف"} or lead.enclitic:
            return False
        words = range(c.start + 1, t.head)
        if words and sm.tok(words[0]).norm in A.DEMONSTRATIVES:
            return False  # وكانت هذه المجموعة تبنت: "this group" resumes one named before
        return 1 <= len(words) <= _KANA_SUBJECT_WORDS and all(
            sm.tok(i).kind == "word" and sm.tok(i).norm not in _KANA and sm.covering(i) is None
            and i not in self._verb_like and not set(sm.tok(i).proclitics) & {"ب", "ل", "ك"}
            and sm.tok(i).base not in _PREPOSITION_BASES and not sm.counts(i) for i in words)

    @staticmethod
    def _plural_described(t: Trigger, verb: Decision, sm: SentenceMentions) -> Arg | None:
        """A participle in the men's plural (مطالبين، متهمين) whose verb's subject is no men's plural
        describes the nearest men's plural actor between the verb and it instead (فتحت قوات الأمن
        النار على متظاهرين شباب في البصرة مطالبين): that actor, rule ``participle-described``."""
        if not sm.tok(t.head).norm.endswith("ين") or verb.source is None:
            return None
        last = sm.last_of(verb.source)
        if last is None or sm.tok(last).norm.endswith(_MEN_PLURAL):
            return None
        between = [p for p in sm.items if verb.trigger.last < p.first and p.last < t.head and not p.is_place]
        for p in reversed(between):
            if sm.tok(p.last).norm.endswith(_MEN_PLURAL) and p.actor.kind in ("sector", "adjective"):
                return sm.as_arg([p], "participle-described")
        return None

    @staticmethod
    def _charged_by_participle(t: Trigger, sm: SentenceMentions) -> Arg | None:
        """The actor right before a participle of charging right before the verbal noun with بـ
        (5 سعوديين متهمين بتفجير، الشاب المتهم بقتل): the author of the act charged."""
        i = t.head - 1
        if i - 1 < sm.offset or sm.tok(i).base not in _CHARGED or sm.tok(i).enclitic:
            return None
        p = sm.covering(i - 1)
        return sm.as_arg([p], "charged") if p is not None and not p.is_place and p.last == i - 1 else None

    @staticmethod
    def _accused_before(d: Decision, decisions: list[Decision]) -> Arg | None:
        """The one accused by the nearest verb before a verbal noun with بـ in its clause, when that
        verb is a verb of charging (اتهم الجيش الإسرائيلي الفصائل الفلسطينية بإطلاق عشرات الصواريخ:
        the factions fired): the author of the charged act."""
        for other in reversed(decisions):
            o = other.trigger
            if o.pos == "verb" and d.clause.start <= o.head < d.trigger.head:
                if "charge" in o.entry.flags and not other.frame.negated and other.target is not None \
                        and other.target.actors:
                    return other.target
                return None
        return None

    @staticmethod
    def _clause_subject(d: Decision, decisions: list[Decision], *, governing: bool = False,
                        accusative: bool = False) -> Arg | None:
        """The subject of the nearest verb before the noun in its clause. With ``governing``,
        only a verb whose subject is the noun's agent too: a reporting, pledging or intending
        verb (أكدا رغبتهما في تعزيز التعاون) or one of joint action (اتفقت على توسيع التعاون).
        ``accusative``: the noun is an indefinite accusative (احتجاجا، of purpose or manner)."""
        for other in reversed(decisions):
            o = other.trigger
            if o.pos == "verb" and d.clause.start <= o.head < d.trigger.head:
                if governing and (not (o.entry.flags & GOVERNING_FLAGS) or "written" in o.entry.flags):
                    return None  # (كتب علوش على تويتر "… ومداهمات للمقابر": the raids are not his)
                e = d.trigger.entry
                if governing and o.entry.flags & GOVERNING_FLAGS == {"report"} and "admit" not in o.entry.flags \
                        and (e.event_type == "ASSAULT" or (
                            e.event_type == "PROTEST" and not d.trigger.purpose and not accusative
                            and other.source is not None and other.source.actors
                            and all(a.sector in _OFFICIAL_SECTORS | {"HLH"} for a in other.source.actors))):
                    # أعلنت وزارة الداخلية مقتل جندي في هجوم، أعلنت وزارة الصحة ارتفاع ضحايا الاحتجاجات:
                    # who reports it did not attack; an official body did not protest (a union that
                    # announces a strike may be striking)
                    return None
                return other.source
        return None

    def _phrase_verb_after(self, t: Trigger, sm: SentenceMentions, by_head: dict[int, Decision], j: int) -> Arg | None:
        """The author of an event noun named after a relative pronoun (at token ``j``, past the
        noun's adjectives) and the verb of the noun's own expression, with a pronoun resuming the
        noun (العقوبات التي فرضها الاتحاد الأوروبي: فرض of فرض عقوبات), as after a support verb; the
        verb itself is no trigger there."""
        end = sm.offset + len(sm.tokens)
        etype = t.entry.event_type
        if t.pos != "noun" or etype is None or j + 2 >= end or sm.tok(j).norm not in RELATIVE_PRONOUNS:
            return None
        k = j + 1
        tok = sm.tok(k)
        if tok.enclitic not in _RESUMPTIVE or tok.proclitics or k in by_head \
                or not heads_phrase_of(self.lex, tok, etype):
            return None
        p = sm.at(k + 1)
        if p is None or p.first != k + 1 or p.is_place or sm.governed(p) is not None:
            return None
        return sm.as_arg(sm.coordinated(p, end), "phrase-after")

    @staticmethod
    def _threatened_target(d: Decision, threat: Decision | None) -> None:
        """A threat with no target of its own threatens the target of the act it threatens
        (هدد ترامب بفرض رسوم جمركية على الصين، هددت تركيا بشن عملية عسكرية ضد الأكراد، وهدد الحوثيون
        بقصف الرياض), not its own author."""
        if threat is None or threat.target is not None or d.target is None:
            return
        own = {_key(a) for a in threat.source.actors} if threat.source is not None else set()
        if any(_key(a) in own for a in d.target.actors):
            return
        threat.target = Arg(d.target.actors, d.target.mentions, "threatened-act")

    @staticmethod
    def _reacting(d: Decision, decisions: list[Decision]) -> bool:
        """Whether the nearest verb before the noun in its clause condemns, accuses, asks, refuses
        or reports: its subject reacts to the act the noun names, and did not do it."""
        for other in reversed(decisions):
            o = other.trigger
            if o.pos == "verb" and d.clause.start <= o.head < d.trigger.head:
                return o.entry.event_type in _REACTIONS or "report" in o.entry.flags
        return False

    @staticmethod
    def _controlled_by_object(t: Trigger, sm: SentenceMentions, c: Clause, decisions: list[Decision]) -> bool:
        """Whether the actor before a support masdar of purpose is the one who is to act: the
        object of a request or a charge (دعا الرئيس إيران للمشاركة، اتهم النظام بشن), or an actor of no country name right
        before it that no preposition governs (حشد أنصاره للقيام بمسيرة)."""
        near = next((o for o in reversed(decisions) if c.start <= o.trigger.head < t.head), None)
        if near is not None and (near.trigger.entry.event_type in ("REQUEST", "ACCUSE")
                                 or near.trigger.entry.flags & {"request", "charge"}):
            return True  # (اتهم النظام بشن هجوم، الأسد المتهم بشن هجوم: the accused, as the object of a charge)
        verb = next((o for o in reversed(decisions) if o.trigger.pos == "verb" and c.start <= o.trigger.head < t.head), None)
        if verb is not None:
            return False
        # (حشد أنصاره للقيام بمسيرة، نظام الأسد المتهم بشن هجوم: the actor just before, no preposition
        # governing it, not a country a verb of travel took: سافر الرئيس إلى تركيا للمشاركة)
        before = [p for p in sm.before(t.head, c.start) if not p.is_place]
        p = before[-1] if before else None
        return p is not None and sm.governed(p) is None and t.head - p.last <= 3 \
            and p.actor.kind not in ("country", "capital")

    @staticmethod
    def _lead_actor(t: Trigger, sm: SentenceMentions, c: Clause) -> Arg | None:
        """The actor that opens the clause before ``t``, or follows its first word (وسافر الرئيس
        الإيراني إلى تركيا للمشاركة، الرئيس الإيراني سافر): the subject of a verb no lexicon knows;
        none governed by a preposition."""
        lead = A.topic_lead(sm, c, t.head)
        for p in sm.before(t.head, c.start):
            if not p.is_place and sm.governed(p) is None and p.first in (lead, lead + 1):
                return sm.as_arg([p], "lead")
        return None

    def _light_agent(self, light: Trigger, sm: SentenceMentions, by_head: dict[int, Decision],
                     c: Clause, t: Trigger) -> Arg | None:
        ld = by_head.get(light.head)
        if ld is None:
            return None
        if light.pos == "noun" and (any(light.last < i < t.head for i in self._verb_like)
                                    or any(sm.tok(i).norm in _AFTER for i in range(light.last + 1, t.head))):
            # اتهمت النظام بشنه ما دفعها لتوجيه ضربات: a verb between, the noun is another's;
            # تصعيدا حادا بالتوتر إثر محاولة اغتيال: what came before the escalation is not its act
            return None
        if ld.source is not None:
            return Arg(ld.source.actors, ld.source.mentions, f"light:{light.entry.id}")
        return None

    def _cause_source(self, d: Decision, decisions: list[Decision]) -> Arg | None:
        """The author of the event that caused this one (اشتباكات … ما أدى إلى مقتل): the source of
        the event noun right after the causing verb (أدى القصف إلى مقتل), or of the nearest event
        before the causing verb, or none when that event has none (an
        earlier one, أعربت عن قلقها إزاء الاشتباكات, is no cause), or when a verb or a reported
        clause stands between them."""
        cause = d.frame.cause
        limit = cause.head if cause is not None else d.trigger.head
        if cause is not None and cause.pos == "verb":
            subject = next((o for o in decisions if o.trigger.pos == "noun" and o.trigger.is_event
                            and o.trigger.head == cause.last + 1 and o.trigger.head < d.trigger.head), None)
            if subject is not None and self._material(subject.trigger.entry.event_type):
                # وأدى القصف الإسرائيلي إلى مقتل، أسفرت غارات النظام عن مقتل: the event named right after the verb caused it
                src = subject.source
                return Arg(src.actors, src.mentions, "cause") if src is not None else None
        for other in reversed(decisions):
            if other.trigger.head < limit and other.trigger.is_event:
                last = other.trigger.last
                if any(last < i < limit for i in self._verb_like) \
                        or any(c.kind == "complement" and last < c.start <= limit for c in self._clauses):
                    # قمة … إن الاحتفال … تزامن مع مواجهات … أسفرت عن مقتل: past a reported clause
                    # or another verb, the summit caused no deaths
                    return None
                if not self._material(other.trigger.entry.event_type):
                    # دانت الجامعة التصعيد الذي أسفر عن مقتل 16، استهدف انتحاري اجتماعا مما أسفر عن
                    # مقتل: a condemnation, a threat, a meeting or a request kills no one
                    continue
                src = other.source
                return Arg(src.actors, src.mentions, "cause") if src is not None else None
        return None

    # -- verb targets --------------------------------------------------------------------------

    def _verb_target(self, d: Decision, sm: SentenceMentions, by_head: dict[int, Decision],
                     decisions: list[Decision]) -> None:
        t, e = d.trigger, d.trigger.entry
        if d.target is not None or not t.is_event:
            return
        if "condemn" in e.flags:
            for other in decisions:
                o = other.trigger
                if o.pos == "noun" and o.is_event and d.clause.start <= o.head < d.clause.end \
                        and o.head > t.last and other.source is not None and "participle" not in o.entry.flags:
                    # (not يدين … داعيا إلى: the participle is the condemner's own call)
                    d.target = Arg(other.source.actors, other.source.mentions, "condemned-event-author")
                    return
            d.target = self._issuer(sm, t.last) or self._agent(sm, t, d.clause)
            if d.target is not None:
                # (دان جريمة حرق الرضيع الفلسطيني على يد مستوطنين إسرائيليين: the hands it was done by,
                # though the crime is no event noun, are the ones condemned, not its victim)
                return
        preps = [p for p in e.target if p != "obj"]
        if preps:
            d.target = self._prep_target(d, sm, decisions, preps)
            if d.target is not None and d.target.rule == "prep:~" and self._inside_request(t, d.target, sm):
                d.target = None
            first = sm.first_of(d.target) if d.target is not None else None
            if first is not None and "joint" in e.flags and d.target is not None and d.target.rule == "prep:مع" \
                    and ((d.source is not None and (len(d.source.actors) > 1 or any(a.kind == "plural" for a in d.source.actors)))
                         or (bool(t.readings) and all(pgn in _PLURAL_PGN for _, pgn in t.readings))) \
                    and any(sm.tok(i).base == "علي" for i in range(t.last + 1, first)):
                # اتفق الرئيسان على العمل معا لتأمين الحدود مع سوريا: after what was agreed (على)
                # مع belongs to it, no partner; the two subjects agree with each other (one subject
                # keeps it: اتفق على التحدث مع الرئيس ترامب)
                d.target = None
            if d.target is not None and d.target.rule.startswith("prep:") and first is not None \
                    and "obj" in e.target and e.event_type == "REQUEST" and t.pos == "verb" and t.last == t.head \
                    and sm.tok(t.head).enclitic is None:
                # دعا النجيفي … العبادي بالعودة إلى مجلس النواب: the one called on stands before
                # what he is called to
                obj = A.object_after(sm, t.last, self._own_span(d, decisions), d.source)
                obj_first = sm.first_of(obj) if obj is not None else None
                named = (at := sm.at(first)) is not None and A.member_named(sm, d.source, at)
                if obj is not None and obj_first is not None and (obj_first < first or named):
                    d.target = obj  # (دعا الموفد … إلى الشرق الأوسط نيكولاي ملادينوف القوات: the name is his)
                elif named:
                    d.target = None
        if d.target is None and "b_genitive" in e.flags and t.last > t.head and t.last + 1 < d.clause.end \
                and "ب" in sm.tok(t.last).proclitics and (owed := sm.at(t.last + 1)) is not None \
                and not owed.is_place and (d.source is None or owed.mention not in d.source.mentions):
            # قضت محكمة مصرية بسجن الرئيس البرازيلي السابق: the one sentenced in the noun's genitive
            d.target = sm.as_arg([owed], "genitive")
        if d.target is None and preps and t.pos == "verb" and d.clause.kind == "relative" \
                and d.clause.marker is not None and self._resumed_by(sm, d, decisions, preps):
            # الاتحاد الأوروبي، الذي ستنسحب منه بريطانيا: the preposition's pronoun is the antecedent
            d.target = self._antecedent_target(sm, d)
        if d.target is None and "obj" in e.target:
            # حمّل الطراونة الحكومة المسؤولية: in an expression with words between its parts,
            # the object may stand inside it (after the subject)
            start = t.head if self._gapped(t) else t.last
            head_noun = sm.at(t.last) if t.last > t.head else None
            if start == t.last and head_noun is not None and not head_noun.is_place:
                start = t.last - 1  # أغلقت سفارة إيران: the expression's noun heads the object
            owned = frozenset(p.first for o in decisions if o.trigger.pos == "noun" and o.trigger.head > t.last
                              for p in sm.within(o.trigger.head, o.trigger.last))
            material = self._material(e.event_type)
            d.target = A.object_after(sm, start, self._own_span(d, decisions), d.source, skip=owned, owners=material)
            if d.target is not None and self._inside_request(t, d.target, sm, past_content=True, source=d.source):
                d.target = None  # طالب ماكرون بوصول المساعدات للسكان: no one asked
            if d.target is not None and t.pos == "verb" and t.last == t.head \
                    and sm.tok(t.head).enclitic in _RESUMPTIVE and A.bare(sm, t.head, d.target):
                # قمعها نظام بن علي، تستهدفها قوات التحالف: the pronoun on the verb is its object,
                # an actor after it with no preposition is its subject (منحتها … لوحدات: a recipient)
                d.target = None
            elif d.target is not None and t.pos == "verb" and t.last == t.head \
                    and sm.tok(t.head).enclitic in _RESUMPTIVE \
                    and (sm.first_of(d.target) or 0) > A.past_adverbs(sm, t.head, d.clause.end) \
                    and "ل" not in A.preps_of(sm.tok(sm.first_of(d.target) or 0)):
                # وحثها على ممارسة الضغوط … ومعارضة موقف حزبهم: the pronoun is the object, and an
                # actor further on belongs to a later phrase (a recipient with لـ stays: منحتها
                # الولايات المتحدة لوحدات حماية الشعب)
                d.target = None
            if d.target is None and t.pos == "verb" and (fem := self._feminine_after_resumption(t, sm)) is not None:
                # تغريدة انتقد فيها الحكومة السعودية: the feminine actor past the pronoun that resumes
                # the statement is the masculine verb's object (:meth:`_no_subject`)
                d.target = sm.as_arg(sm.coordinated(fem, d.clause.end), "obj")
            if d.target is None and d.source is not None and d.source.rule == "vso":
                d.target = A.object_after_apposition(sm, d.source, d.clause)
            if d.target is None and "charge" in e.flags and t.pos == "verb":
                d.target = self._accused_after_aside(d, sm)
            if d.target is None and "charge" in e.flags and t.pos == "verb" and t.last == t.head \
                    and sm.tok(t.head).enclitic in _RESUMPTIVE and self._charge_follows(t, sm):
                # وقطعت السعودية ومصر علاقاتها مع قطر واتهمتها بمساندة الإرهاب: the pronoun on the verb,
                # its charge after it, is the last actor before it that agrees (not its subject)
                relative = d.clause.kind == "relative" and d.clause.marker is not None and d.clause.marker < t.head
                # (هذا البنك الذي اتهمه وزير خارجية البحرين: in a relative clause only its antecedent,
                # and only when the pronoun agrees with the relative pronoun: المعارضة الإيطالية التي
                # اتهمته, the opposition accused him)
                agrees = relative and d.clause.marker is not None \
                    and _STRICT_RESUMPTIVE.get(sm.tok(d.clause.marker).norm) == sm.tok(t.head).enclitic
                accused = (self._antecedent_target(sm, d) if agrees else None) if relative \
                    else self._charged_owner(t, sm, d.clause, decisions, lo=sm.offset)
                own = {m.start for m in d.source.mentions} if d.source is not None else set()
                if accused is not None and not {m.start for m in accused.mentions} & own:
                    d.target = Arg(accused.actors, accused.mentions, "object-pronoun-accused")
        if d.target is None and "obj" in e.target and t.pos == "verb" and d.clause.kind == "relative" \
                and d.clause.marker is not None and d.clause.marker < t.head \
                and sm.tok(t.head).enclitic in _RESUMPTIVE and d.source is not None:
            # تنظيم داعش الذي تقاتله طهران: the object pronoun on the verb is the antecedent
            d.target = self._antecedent_target(sm, d)
        if d.target is None and "obj" in e.target and t.pos == "verb" and t.last == t.head \
                and sm.tok(t.head).enclitic in _RESUMPTIVE and d.source is not None and d.source.rule == "vso":
            d.target = self._described_before(t, sm)
        if d.target is None and e.event_type == "ACCUSE":
            d.target = self._involved_after(t, sm, self._own_span(d, decisions).end)
        first = sm.first_of(d.target) if d.target is not None else None
        if "condemn" in e.flags and first is not None and any(
                o.trigger.pos == "noun" and o.trigger.is_event and t.last < o.trigger.head < first for o in decisions):
            # أدانت مصر اغتيال السفير الروسي، ندد بقتل المدنيين: the actor after the condemned act is
            # its victim, no one condemned (the act's author, had it one, was taken above)
            d.target = None

    @staticmethod
    def _described_before(t: Trigger, sm: SentenceMentions) -> Arg | None:
        """The indefinite noun phrase right before a verb whose object pronoun resumes it, in a
        clause describing it with no relative pronoun (قس أمريكي تتهمه أنقرة بدعم الإرهاب، ناشطين
        معارضين تلاحقهم السلطات): an actor with no article anywhere, of a sector (ناشطين
        معارضين) or a nationality after a bare noun (قس أمريكي); the verb's object."""
        p = sm.covering(t.head - 1) if t.head - 1 >= sm.offset else None
        if p is None or p.last != t.head - 1 or p.is_place \
                or any(sm.tok(i).has_article for i in range(p.first, p.last + 1)):
            return None
        if p.actor.kind == "adjective":
            noun = sm.tok(p.first - 1) if p.first == p.last and p.first - 1 >= sm.offset else None
            if noun is None or noun.kind != "word" or noun.has_article or noun.enclitic \
                    or sm.covering(p.first - 1) is not None or noun.base in A.PREPOSITIONS:
                return None
        elif p.actor.kind != "sector":
            return None
        return sm.as_arg([p], "described-object")

    def _accused_after_aside(self, d: Decision, sm: SentenceMentions) -> Arg | None:
        """The accused opening the comma clause right after the verb's, before the charge (اتهمت
        منظمة العفو الدولية في تقرير نشرته الخميس، القوات الموالية للحكومة بتعذيب سجناء): the verb's
        own clause held only its subject and an aside."""
        nxt = next((c for c in self._clauses if c.start == d.clause.end and c.kind == "comma"), None)
        if nxt is None:
            return None
        p = sm.at(nxt.start)
        if p is None or p.is_place or sm.governed(p) is not None:
            return None
        arg = sm.as_arg(sm.coordinated(p, nxt.end), "obj:accused")
        last = sm.last_of(arg)
        if last is None:
            return None
        for k in range(last + 1, min(nxt.end, last + 1 + _ACCUSED_WORDS)):  # (past its own description:
            tok = sm.tok(k)  # القوات الموالية للحكومة اليمنية بتعذيب)
            if tok.kind != "word" or k in self._verb_like:
                return None
            if "ب" in A.preps_of(tok) and sm.covering(k) is None:
                return arg
        return None

    @staticmethod
    def _inside_request(t: Trigger, target: Arg, sm: SentenceMentions, *, past_content: bool = False,
                        source: Arg | None = None) -> bool:
        """Whether a request's target stands inside what is asked for, so that no one is asked
        (تطالب بعودة الفلسطينيين، دعت إلى حرمان إيران): not after من, which names him (طلبت روسيا
        من كل القوات), nor after a removal from office or a meeting (يطالبون برحيل الأسد، دعت إلى
        اجتماع لمجلس الأمن). With ``past_content``, an object only counts as inside when a word
        with بـ, لـ or إلى stands between the request and it (طالب ماكرون بوصول المساعدات للسكان،
        تدعوان لتحرك أوروبي لمواجهة أزمة المهاجرين; not طالب روسيا بالانسحاب, whose object comes
        first; a لـ right after an actor past the request's subject goes on its name or title:
        مفوضية الأمم المتحدة لحقوق الإنسان)."""
        if t.entry.event_type != "REQUEST" or (tf := sm.first_of(target)) is None:
            return False
        lo = t.last + 1
        if past_content and source is not None and (sl := sm.last_of(source)) is not None and sl < tf:
            lo = max(lo, sl + 1)  # (الموفد الخاص للأمم المتحدة إلى الشرق الأوسط: the title's إلى)
        if past_content and not any((("ب" in A.preps_of(sm.tok(i)) or ("ل" in A.preps_of(sm.tok(i))
                                                                 and (i == lo or sm.covering(i - 1) is None)))
                                     and sm.covering(i) is None)
                                    or (sm.tok(i).norm == "الي" and i + 1 < tf and sm.covering(i + 1) is None
                                        and not A.envoy_post(sm, i))
                                    for i in range(lo, tf)):
            return False  # (a named actor after إلى or بـ, or an envoy's post, is no content: الموفد
            # الخاص للأمم المتحدة إلى الشرق الأوسط)
        return not any(sm.tok(i).norm == "من" or sm.tok(i).base in _REMOVALS
                       for i in range(max(t.last + 1, tf - 2), tf))

    @staticmethod
    def _issuer(sm: SentenceMentions, verb: int) -> Arg | None:
        """Who made what is condemned: the actor right after من قبل "by" or (ال)صادرة عن، صدرت عن
        "issued by" a few words after the verb (تدين التصريحات العدائية من قبل مسؤولي الجمهورية
        الإيرانية، أدانت التصريحات التي صدرت عن المالكي)."""
        end = sm.offset + len(sm.tokens)
        for i in range(verb + 1, min(end - 1, verb + 1 + _ISSUER_WINDOW)):
            tok, nxt = sm.tok(i), sm.tok(i + 1)
            if (tok.norm == "من" and nxt.norm == "قبل") or (tok.base in _ISSUED and nxt.norm == "عن"):
                p = next((p for p in sm.items if i + 1 < p.first <= i + 3 and not p.is_place), None)
                return sm.as_arg(sm.coordinated(p, end), "condemned-issuer") if p is not None else None
            if tok.kind == "punct" and tok.text in (".", "،", ",", "؛"):
                return None
        return None

    @staticmethod
    def _antecedent_target(sm: SentenceMentions, d: Decision) -> Arg | None:
        """The antecedent of the relative clause of ``d`` as its target, unless it is the source."""
        assert d.clause.marker is not None
        ante = A.antecedent(sm, d.clause.marker, sm.offset)
        if ante is None or (d.source is not None and ante.mention in d.source.mentions):
            return None
        return sm.as_arg([ante], "relative:resumptive")

    def _resumed_by(self, sm: SentenceMentions, d: Decision, decisions: list[Decision], preps: list[str]) -> bool:
        """Whether one of the verb's target prepositions, with a pronoun, follows its head in its
        own span (ستنسحب منه، تطالب به، احتجوا عليه، أطلق عليهم الجنود النار)."""
        own = self._own_span(d, decisions)
        want = set(preps)  # normalised by the lexicon
        for i in range(d.trigger.head + 1, min(own.end, d.trigger.last + 3)):  # أطلق عليهم الجنود النار
            tok = sm.tok(i)
            if tok.kind == "word" and ((tok.enclitic in _RESUMPTIVE and tok.base in want)
                                       or (tok.norm in A.PREP_PRONOUNS and tok.norm[0] in want)):
                return True
        return False

    def _attacker_of_the_attack(self, d: Decision, decisions: list[Decision], sm: SentenceMentions) -> None:
        """قتل ثلاثة جنود في هجوم شنه مسلحون، مقتل 15 جنديا في هجوم شنه متمردون: the victims'
        verb or noun takes the author of the attack named after it in the sentence (and an
        expulsion or arrest, the author of the campaign: رحلت … وستواصل ترحيلهم). Physical acts
        only: praise for a support (أشاد … بدعم الإمارات) is not given by the supporter."""
        t = d.trigger
        # قتل القيادي البارز في ميليشيات الحوثي … في غارة للتحالف: a definite VSO subject with no
        # object and the author of the attack it died in named after it: the passive reading
        # (a verb that takes no object has no personal passive: سيطر تنظيم الدولة على أجزاء … في هجوم)
        subj_last = sm.last_of(d.source) if d.source is not None else None
        passive = t.pos == "verb" and d.target is None and d.source is not None and d.source.rule == "vso" \
            and t.entry.event_type == "ASSAULT" and "obj" in t.entry.target and "territory" not in t.entry.flags \
            and _passive_readable(t) \
            and sm.tok(t.head).enclitic is None \
            and subj_last is not None and not A.object_follows(sm, subj_last, d.clause)  # (not قصفت الفصائل تجمعا)
        if (d.source is not None and not passive) or (d.target is None and not passive) or not t.is_event \
                or t.entry.event_type not in ("ASSAULT", "COERCE"):
            return
        noun = d.trigger.pos == "noun"
        if noun and d.frame.cause is not None:
            return  # أسفرت الهجمات عن مقتل: the consequence's author is the cause's
        for other in decisions:
            o = other.trigger
            if (noun or passive) and not (other.clause is d.clause and self._linked(sm, o)):
                continue  # a casualty noun joins only the attack it happened in (مقتل … في هجوم)
            if other.clause is not d.clause and other.clause.kind in ("coord", "comma") and other.source is not None \
                    and other.source.rule.startswith(("possessive", "light:")):
                continue  # قتل 26 متمردا …، وضاعفت «فارك» هجماتها: another act, joined with its own verb
            if passive and o.pos == "noun" and o.head > d.trigger.last and other.source is None \
                    and o.entry.event_type == d.trigger.entry.event_type and o.entry.genitive == "source" \
                    and other.frame.light is None and sm.tok(o.head - 1).base in _LINKING:
                # قتل قيادي في تنظيم القاعدة في غارة بطائرة بدون طيار: killed in an attack whose
                # author is not named, still the passive reading (the leader killed no one); an
                # attack noun after في، جراء، إثر … (not بالغارات, an instrument an object may follow;
                # not a casualty noun: وتسبب تمرد بوكو حرام بمقتل)
                assert d.source is not None
                d.target, d.source = Arg(d.source.actors, d.source.mentions, "vso-passive"), None
                return
            if o.pos == "noun" and o.head > d.trigger.last and other.source is not None \
                    and o.entry.event_type == d.trigger.entry.event_type:
                if other.frame.light is not None and other.frame.light.pos == "noun" \
                        and other.source.rule.startswith("light:") and sm.tok(other.frame.light.head).enclitic is not None:
                    # قتلت شابة خلال مشاركتها بالمعارك إثر قصف تركي: her own fight (a support noun
                    # with a pronoun), not the attack that killed her
                    continue
                if passive:
                    assert d.source is not None
                    if set(other.source.actors) & set(d.source.actors):
                        return
                    d.target = Arg(d.source.actors, d.source.mentions, "vso-passive")
                d.source = Arg(other.source.actors, other.source.mentions, "author-of-the-attack")
                return

    def _grievance(self, d: Decision, sm: SentenceMentions) -> None:
        """A protest without a target is against the actor its demands or slogans name later in
        the sentence (للمطالبة باستقالة الحكومة، هتافات منها «يسقط بوش»، غضب من قرار بريطانيا،
        الموت لأمريكا): a word of grievance followed at once by an actor."""
        t = d.trigger
        if d.target is not None or t.entry.event_type != "PROTEST":
            return
        end = sm.offset + len(sm.tokens)
        for j in range(t.last + 1, min(end - 1, t.last + 1 + _GRIEVANCE_WORDS)):
            tok = sm.tok(j)
            if tok.kind != "word" or "grievance" not in self._roles_of(tok):
                continue
            for k in range(j + 1, min(end, j + 3)):
                p = sm.at(k)
                if p is not None and not p.is_place and (d.source is None or p.mention not in d.source.mentions):
                    d.target = sm.as_arg([p], "grievance")
                    return
                if sm.tok(k).kind == "word" and sm.covering(k) is None and k > j + 1:
                    break

    @staticmethod
    def _linked(sm: SentenceMentions, t: Trigger) -> bool:
        """Whether an event noun is introduced as the circumstance of another event: في هجوم،
        بغارة، جراء القصف، إثر انفجار."""
        tok = sm.tok(t.head)
        if "ب" in A.preps_of(tok):
            return True
        prev = sm.tok(t.head - 1) if t.head - 1 >= sm.offset else None
        return prev is not None and prev.base in _LINKING and A.plain(tok)

    # -- deciding ------------------------------------------------------------------------------

    def _decide(self, d: Decision, sm: SentenceMentions, state: DocState, sent: Sentence,
                out: list[Event], decisions: list[Decision]) -> None:
        t, e, fr = d.trigger, d.trigger.entry, d.frame
        if "block" in e.flags:
            d.status, d.reason = "function", "fixed expression, not an event"
            return
        if not t.is_event:
            d.status, d.reason = "function", ", ".join(sorted(e.flags))
            return
        if fr.unasserted:
            d.reason = fr.unasserted
            return
        if d.veto:
            d.reason = d.veto
            return
        if "pledge" in e.flags and any(o.frame.modal_trigger is t and o.trigger.is_event for o in decisions):
            d.status, d.reason = "function", "pledge governing another event (lends it its modality)"
            return
        if "place_subject" in e.flags and d.source is not None and any(a.kind == "capital" for a in d.source.actors):
            # بغداد ستشهد تظاهرات: the city is where people protest, its country's, no government
            d.source = Arg(tuple(replace(a, sector=None, code=a.country or a.code) if a.kind == "capital" else a
                                 for a in d.source.actors), d.source.mentions, d.source.rule)
        if fr.retaliate and d.target is None and d.source is not None:
            d.target = self._retaliation_target(d.source, state.events + out)
        if e.mode == "visit" and d.source is not None and self._travellers(sm, d.source):
            d.reason = "a counted group of people travelling (وصل 80 مصابا، زار 40 ألف سائح), not a visit"
            return
        if "contest" in e.flags and t.pos == "verb" and self._contests(t, sm):
            d.reason = "contests a ruling, a result or a claim (طعن في الحكم، في أهلية خصمه): no attack"
            return
        if "afflict" in e.flags and self._illness(sm, d.clause, t.last):
            d.reason = "an illness or a feeling (أصيب بفيروس، بنوبة قلبية، بخيبة أمل), not a wound"
            return
        if e.event_type in ("ASSAULT", "THREATEN") and t.pos == "verb" and self._hazard_subject(sm, t):
            d.reason = "a storm, quake or flood that struck or threatens (عاصفة ضربت موسكو، تهدد العاصفة بورتوريكو), no attack"
            return
        if "aim" in e.flags and t.pos == "verb" and self._plan_subject(sm, t):
            d.reason = "a plan, policy or law aims at something (خطط تستهدف المنطقة), no attack"
            return
        if e.id.startswith(_HOLD_RESPONSIBLE) and self._own_duty(d, sm):
            d.reason = "shoulders its own responsibility (تحمل مسؤوليته، مسؤولياتها), no one held responsible"
            return
        if e.event_type == "ASSAULT" and t.pos == "verb" and t.last + 1 < sm.offset + len(sm.tokens) \
                and sm.tok(t.last + 1).base in _SPEECH and not sm.tok(t.last + 1).proclitics \
                and sm.covering(t.last + 1) is None:
            d.reason = "words as its subject (فجرت تصريحات الوزير أزمة): a statement sparks, no attack"
            return
        if "spark" in e.flags and t.pos == "verb" and t.last + 1 < sm.offset + len(sm.tokens) \
                and (sm.tok(t.last + 1).base in _SPARKING or any(
                    o.trigger.head == t.last + 1 and o.trigger.pos == "noun" for o in decisions)) \
                and not sm.tok(t.last + 1).proclitics:
            d.reason = "an event or a death as its subject (فجر مقتل الشاب مظاهرات): it sparks, no attack"
            return
        if e.event_type == "REQUEST" and t.pos == "verb" and sm.tok(t.head).base in _CLAIMING \
                and t.last + 1 < sm.offset + len(sm.tokens) and sm.tok(t.last + 1).norm in ("ان", "بان"):
            d.reason = "يدّعون أن \"they claim that\", written as يدعون \"they call\": no request"
            return
        if e.event_type == "ASSAULT" and t.pos == "verb" and (self._swept(sm, t) or self._swept_relative(sm, t, d.clause)):
            d.reason = "a feeling, a wave or protests as its subject (غضب عارم يجتاح الهند): they sweep, no attack"
            return
        if "aim" in e.flags and t.pos == "verb" and self._aim_object(sm, t, d.clause):
            d.reason = "aims to do something (مصر تستهدف استيراد، تستهدف أن تصل العائدات), no attack"
            return
        if "crowd" in e.flags and self._celebration(sm):
            d.reason = "a crowd in a festivity (خرجوا في مسيرات احتفالا، فرحا), no protest"
            return
        if "journey" in e.flags and t.pos == "noun" and sm.tok(t.head).enclitic in ("ه", "ها"):
            d.reason = "one person's career or journey (يواصل السائح مسيرته، مسيرتها المهنية), no march"
            return
        if "journey" in e.flags and t.pos == "noun" and self._state_journey(t, sm):
            d.reason = "the course of a state or an organisation of states (مسيرة دول مجلس التعاون), no march"
            return
        if e.event_type == "REQUEST" and self._god_addressed(t, d.clause, sm):
            d.reason = "a prayer: God is asked (دعا المولى القدير أن يحفظ، سائلا الله أن), no one in the news"
            return
        if "host" in e.flags and t.pos == "noun" and d.source is None and d.target is not None \
                and sm.tok(t.head).enclitic and t.head > sm.offset and sm.tok(t.head - 1).norm == "في":
            # وكان في استقباله ولي العهد الأردني: the one "at his reception" is the host, the
            # pronoun the guest
            d.source, d.target = Arg(d.target.actors, d.target.mentions, "host-at-reception"), None
        if "host" in e.flags and d.target is not None and d.target.actors \
                and all(a.sector in _RECEIVED for a in d.target.actors):
            d.reason = "refugees or migrants received or hosted (اللاجئين الذين ستستقبلهم، يستضيف مليون لاجئ): no meeting"
            return
        if "endorse" in e.flags and t.pos == "verb" and self._ruling_upheld(t, sm):
            d.reason = "a ruling upheld (أيدت محكمة النقض حكما بإعدام، أيدت المحكمة الحكم): a court's decision, no support"
            return
        if "host" in e.flags and t.pos == "verb" and self._body_received(t, sm):
            d.reason = "a body or remains received (استقبل جثمان الشهيد، جثامين الجنود): no meeting"
            return
        end = sm.offset + len(sm.tokens)
        if "arrive" in e.flags and t.pos == "verb" and t.last + 1 < end and (
                (sm.tok(t.last + 1).base in _FIGURES and not sm.tok(t.last + 1).proclitics)
                or (t.last + 2 < end and sm.tok(t.last + 1).norm == "الي" and sm.tok(t.last + 2).base == "حد")
                or (sm.tok(t.last + 1).kind == "word" and sm.tok(t.last + 1).enclitic is not None
                    and not sm.tok(t.last + 1).proclitics and sm.covering(t.last + 1) is None
                    and sm.tok(t.last + 1).base not in A.PREPOSITIONS)
                or any(o.trigger.head == t.last + 1 and o.trigger.pos == "noun" for o in decisions)):
            # (لتصل أصداؤها إلى تونس، أن تصل عمليات التحرير إلى صنعاء: a thing reaches)
            d.reason = "a figure reaches a level or a thing goes as far as (وصلت أعداد المنضمين إلى، وصلت إلى حد): no visit"
            return
        if "arrive" in e.flags and t.pos == "verb" and self._reaches_office(t, d.clause, sm):
            d.reason = "it reaches power, an office, a final or a court (وصلوا إلى السلطة، وصل إلى النهائي): no visit"
            return
        if e.event_type == "CONSULT" and d.target is not None and (last := sm.last_of(d.target)) is not None \
                and last + 1 < sm.offset + len(sm.tokens) and sm.tok(last + 1).base in _LATE:
            # زيارتهم لمنزل الرئيس الراحل، زار ضريح الملك الراحل: the late are not met
            d.target = None
        if "arrive" in e.flags and t.pos == "verb" and d.source is None and A.nonactor_topic(sm, t.head, d.clause):
            d.reason = "a thing or people of no actor named before the verb arrive (أن الجثث وصلت إلى بانغي): no one visits"
            return
        if e.event_type == "CONSULT" and t.pos == "verb" and d.source is None and self._thing_moves(t, d.clause, sm):
            d.reason = "a thing right before the verb is its subject (سفينة مساعدات … وصلت): no one visits"
            return
        if "arrive" in e.flags and t.pos == "verb" and (conveyed := self._conveyed(t, d.clause, sm)) is not None and (
                d.source is None or (d.source.rule.startswith("vso") and (first := sm.first_of(d.source)) is not None
                                     and conveyed < first)):
            # (وصلت … أول طائرة ركاب: the passengers are the plane's genitive, no subject)
            d.reason = "craft, cargo or arms arrive (الأسلحة التي تصل إلى الحوثيين، وصلت … أول طائرة ركاب): no one visits"
            return
        if "arrive" in e.flags and t.pos == "verb" and d.source is not None and self._conveyed_source(d.source, sm):
            d.reason = "a country's craft or cargo arrives (وصلت طائرة سعودية، سفينة إغاثية سعودية تصل): no visit"
            return
        if e.event_type == "ASSAULT" and d.source is None and self._accident(sm, decisions):
            d.reason = "deaths in an accident or a disaster (حادث مروري، غرق، زلزال), no attack"
            return
        etype = e.event_type
        if self._rioters(d, sm):
            # أحرق المتظاهرون مقر الحزب، اقتحم المحتجون القنصلية: protesters' violence is a riot
            d.riot, etype = True, "PROTEST"
        elif "verbal" in e.flags and self._speaks(d) and not self._cued(d, sm):
            # هاجم ترامب سيشنز، هاجم كيم "القوات المعادية": a speaker attacks with words
            d.verbal, etype = True, "ACCUSE"
        elif "verbal" in e.flags and t.pos == "verb" and d.source is None and d.target is not None \
                and d.target.actors and all(a.kind == "person" and a.sector not in _ARMED_SECTORS
                                            for a in d.target.actors) and not self._cued(d, sm):
            # وهاجم على الأخص الرئيس الأميركي السابق باراك أوباما، هاجمت الطالبة ترامب: a named
            # person, attacked by one the coder cannot place, with no weapon or casualty, in words
            d.verbal, etype = True, "ACCUSE"
        elif "verbal" in e.flags and t.pos == "verb" and self._written_subject(t, sm) and not self._cued(d, sm):
            # المقالات التي تهاجم الملفين، تغريدات هاجمت فيها الرئيس، شعارات تهاجم النظام: writings
            # and slogans attack in words
            d.verbal, etype = True, "ACCUSE"
        elif "physical" in e.flags:
            pass  # أمر الرئيس بشن ضربات ضد النظام السوري: strikes are no words, whoever orders them
        elif etype == "ASSAULT" and e.mode is None and self._on_a_stance(t, sm) and not self._cued(d, sm):
            # شرع عباس في الهجوم على الموقف الأميركي، هاجم سياسة الحكومة: an attack on a position
            # or a policy is in words
            d.verbal, etype = True, "ACCUSE"
        elif etype == "ASSAULT" and e.mode is None and (d.source is None or self._speaks(d)) \
                and self._words_attack_on(d, sm) and not self._cued(d, sm):
            # لم أهاجم الملك سلمان، جدد هجومه على جماعة الإخوان: "I" or a pronoun's owner attacking
            # a politician, a party or the media attacks in words
            d.verbal, etype = True, "ACCUSE"
        elif etype == "ASSAULT" and t.pos == "noun" and e.mode is None and self._between_people(d) \
                and not self._cued(d, sm):
            # يكثف أردوغان هجومه على دميرتاش: one politician's attack on another is in words
            d.verbal, etype = True, "ACCUSE"
        elif etype == "PROTEST" and e.mode is None and d.source is not None and d.source.actors \
                and not sm.tok(t.head).norm.endswith("ات") and all(
                    (a.sector in _OFFICIAL_SECTORS and a.kind != "capital") or a.kind == "country"
                    or (a.kind == "capital" and t.pos == "verb") for a in d.source.actors):
            # أصدرت وزارة الخارجية اليابانية احتجاجا شديد اللهجة، البحرين تحتج على تصريحات خامنئي:
            # a government or a state protests in words (a protest of no kind, in the singular;
            # boycotts, strikes, marches and الاحتجاجات stay protests, and a capital may be where
            # they take place; a nationality, احتج آلاف الإيرانيين, is people)
            d.verbal, etype = True, "ACCUSE"
        elif etype == "PROTEST" and e.mode is None and d.source is not None and d.source.rule == "from" \
                and d.source.actors and all(a.kind == "country" for a in d.source.actors):
            # أثار احتجاجات من الولايات المتحدة والفلبين وفيتنام: protests from states are words
            d.verbal, etype = True, "ACCUSE"
        if etype == "PROTEST" and e.mode == "obstruct" and d.source is not None \
                and d.source.actors and all(a.kind in ("country", "capital") or a.sector in _STATE_SECTORS | _ARMED_SECTORS
                                            for a in d.source.actors):
            # ستقطع طريق التواصل بين الحوثيين والعالم، قطعت القوات الطرق: a state or its forces
            # cutting a road is no protest, nor is an armed group's (محاولات المليشيات الحوثية قطع طرق الإمداد)
            d.reason = "a state, its forces or an armed group cut a road or block a way: no protest"
            return
        unsourced = ""
        if etype in _DEEDS and d.source is not None and d.source.actors \
                and all(a.sector == "MED" for a in d.source.actors):
            # أعلن التليفزيون العراقي القبض على، قالت وسائل إعلام سورية إنها أصابت: the media
            # report a deed, they do not do it
            unsourced = f"the media ({d.source.rule}) report the deed, they are no source"
            d.source = None
        if d.source is None and d.target is None and self.require_actor:
            d.reason = "no actor in source or target position"
            return
        if self.require_actor and (d.source is None or d.target is None) and not any(
                _identified(a) or _crowd(a, etype) for arg in (d.source, d.target) if arg for a in arg.actors):
            d.reason = "only a generic actor (no country or group) on one side"
            return
        if self.require_actor and not any(a.code for arg in (d.source, d.target) if arg for a in arg.actors):
            # زار الشيخ محمد العيسى … البواردي، يتعاون المطرب مع الشاعر: names the lexicon does not
            # know, with no country, sector or group on either side, are no political actors
            d.reason = "no actor with a code on either side (unknown names only)"
            return
        if "recognize" in e.flags and t.pos == "verb" and self._admitted(t, sm, d.clause):
            d.reason = "admitting an act or a fault (اعترفت الميليشيات بمقتل قائدها، اعترف بفشله): no recognition"
            return
        if "thing_subject" in e.flags and d.source is not None and d.source.rule.startswith(("vso", "svo")) \
                and any(a.kind in ("person", "sector", "plural") for a in d.source.actors):
            d.reason = "a person as the subject: a burst of feeling, not an explosion (انفجر الجندي من الضحك)"
            return
        if "needs_actor_target" in e.flags and d.target is None and not (
                "joint" in e.flags and d.source is not None and len({_party(a) for a in d.source.actors}) > 1):
            # (بحث وزيرا الدفاع الأمريكي والتركي الوضع: joined subjects are each other's party)
            d.reason = "no actor as target (the entry needs one)"
            return
        if etype == "ASSAULT" and t.pos == "verb" and (scourge := self._scourge_subject(t, d.clause, sm)) is not None \
                and (d.source is None or scourge < (sm.first_of(d.source) or -1) < t.head):
            d.reason = "a scourge as the subject (الإرهاب الذي يضرب سوريا): no one's attack"
            return
        if etype == "THREATEN" and d.source is None and t.pos == "verb" and self._thing_before(t, d.clause, sm):
            d.reason = "a thing threatens (سوء التغذية يهدد أرواح الصغار): a danger, no one's threat"
            return
        if e.id == "agree.wafaqa" and t.pos == "verb" and t.readings and all(tense == "pres" for tense, _ in t.readings) \
                and t.last + 1 < sm.offset + len(sm.tokens) \
                and (sm.tok(t.last + 1).norm in WEEKDAYS or sm.tok(t.last + 1).kind == "number"):
            d.reason = "a date that falls on a day (الذكرى السبعين … الذي يوافق الثلاثاء): no agreement"
            return
        if etype == "CONSULT" and e.mode == "visit" and d.source is not None and d.source.actors \
                and all(a.sector == "REF" for a in d.source.actors):
            d.reason = "migrants or refugees arriving (وصل مليون مهاجر إلى الاتحاد الأوروبي): no visit"
            return
        if etype == "CONSULT" and d.source is not None and d.target is not None and d.target.rule == "prep:بين" \
                and len(d.target.actors) > 1 and all(a.sector == "MED" for a in d.source.actors) \
                and not any(a.sector == "MED" for a in d.target.actors):
            # تابعت الصحف … اللقاء بين ترامب وكيم: the meeting is the two parties'; the outlets that
            # report it are no party of it
            d.source = None
        if etype == "CONSULT" and any(a.sector == "MED" for arg in (d.source, d.target) if arg for a in arg.actors):
            d.reason = "the media as a party: an interview or a broadcast, no consultation (استضافت قناة الجزيرة الوزير)"
            return
        if "weak" in e.flags and d.target is None and fr.light is None and not self._cued(d, sm):
            d.reason = "ambiguous word without an actor target, support verb or mode/casualty cue"
            return
        if d.source is not None and d.target is not None and d.target.mentions and d.source.rule == "author-of-the-attack" \
                and len(d.source.mentions) > 1 and {m.start for m in d.target.mentions} <= {m.start for m in d.source.mentions}:
            # دمرت ضربات شنتها الولايات المتحدة وبريطانيا وفرنسا مركزا: the set that names the source
            # is no object of its own members' attack
            d.target = None
        if d.source is not None and d.target is not None and d.target.actors \
                and all(a.kind == "pronoun" for a in d.target.actors) \
                and {_party(a) for a in d.target.actors} <= {_party(a) for a in d.source.actors}:
            d.target = None  # دعا بومبيو حلفاء بلاده: his own country is no one he acts on
        pairs = self._pairs(d, sm)
        if not pairs and self.require_actor:
            d.reason = "source and target are the same actor"
            return
        reporter = self._reporter_actor(fr, decisions)
        d.salience = self._salience(d, sm)
        if unsourced:
            d.salience.append((0.0, unsourced))
        events = [self.factory.make(d, sent, src, tgt, reporter, sm) for src, tgt in pairs or [(None, None)]]
        d.events, d.status = events, "coded"
        d.reason = "coded"
        out.extend(events)

    @staticmethod
    def _discussed_by_verb(t: Trigger, c: Clause, sm: SentenceMentions, decisions: list[Decision]) -> bool:
        """Whether the last verb before the event noun in its clause is a verb of discussing
        (بحث أوباما ونظيره التركي خلال اتصال هاتفي الحرب في سوريا والمعركة ضد تنظيم داعش: the
        fight is a topic, no act of theirs), however many words its subject takes; not a noun a
        preposition governs (بحث المبعوث خلال زيارة قادته إلى طهران: his visit)."""
        tok = sm.tok(t.head)
        if set(tok.proclitics) & {"ب", "ل", "ك"} or (t.head - 1 >= c.start and sm.tok(t.head - 1).base in A.PREPOSITIONS):
            return False
        verb = next((o.trigger for o in reversed(decisions)
                     if o.trigger.pos == "verb" and c.start <= o.trigger.head < t.head), None)
        return verb is not None and sm.tok(verb.head).base in _DISCUSS and not sm.tok(verb.head).enclitic

    def _hazard_subject(self, sm: SentenceMentions, t: Trigger) -> bool:
        """Whether a natural hazard is the verb's subject: the word right before the verb (or before
        its one adjective: عاصفة ثلجية ضربت، موجة حرارة شديدة ضربت) or right after it (ضرب زلزال المنطقة) is a storm, a quake,
        a flood … (particle role ``accident`` or :data:`_STORMS`). A storm word in construct with a
        definite noun is an operation's name (عاصفة الحزم، عاصفة الصحراء), no hazard."""
        end = sm.offset + len(sm.tokens)
        for j in (t.head - 1, t.head - 2, t.last + 1):
            if not sm.offset <= j < end:
                continue
            tok = sm.tok(j)
            if tok.kind != "word" or (j == t.head - 2 and not sm.tok(t.head - 1).base.endswith(("يه", "ي", "ه"))):
                continue
            if tok.base in _STORMS:
                named = not tok.has_article and j + 1 < end and sm.tok(j + 1).has_article \
                    and not sm.tok(j + 1).base.endswith(("يه", "ي"))
                return not named
            if "accident" in self._roles_of(tok) and not tok.enclitic:
                return True
        return False

    @staticmethod
    def _own_duty(d: Decision, sm: SentenceMentions) -> bool:
        """تحمل مسؤوليته: responsibility with a possessive pronoun and no one named as held
        responsible (an object between the verb and it, or لـ right after it: تحمل الدول الثلاث
        مسؤوليته لنظام دمشق) is the subject's own duty (form V تحمّل, not حمّل)."""
        t = d.trigger
        if not sm.tok(t.last).enclitic:
            return False
        end = sm.offset + len(sm.tokens)
        nxt = A.past_adverbs(sm, t.last, end)
        if nxt < end and sm.tok(nxt).kind == "word" and sm.tok(nxt).proclitics[:1] == ("ل",):
            return False  # ليحملوا مسؤوليتها أيضا للأنظمة: the ones held responsible, with لـ
        src_last = sm.last_of(d.source) if d.source is not None else None
        start = src_last if src_last is not None and t.head < src_last < t.last else t.head
        if A.past_adverbs(sm, start, end) < t.last and A.definite_object_after(sm, start, d.clause):
            return False  # وحمل المالكي المتعاطفين مع القاعدة مسؤوليته: an object, no actor
        first = sm.first_of(d.target) if d.target is not None else None
        return first is None or not (t.head < first < t.last and (d.source is None or sm.first_of(d.source) != first))

    @staticmethod
    def _aim_object(sm: SentenceMentions, t: Trigger, c: Clause) -> bool:
        """Whether what the verb aims at, its first word past its subject and adverbs, is أن or a
        verbal noun of economic or civil action (:data:`_AIMS`): "aims to" (تستهدف الحكومة زيادة
        الإنتاج، مصر تستهدف استيراد 7 ملايين طن)."""
        end = sm.offset + len(sm.tokens)  # (أن opens a clause of its own)
        i = A.past_adverbs(sm, t.last, end)
        p = sm.covering(i) if i < end else None
        if p is not None:  # (its VSO subject)
            i = A.past_adverbs(sm, p.last, end)
        if i >= end or (i >= c.end and i != c.end):
            return False
        if i + 2 < end and sm.tok(i).norm == "من" and sm.tok(i + 1).norm == "خلال":
            i += 2  # تستهدف السعودية من خلال تشغيل المدينة الاقتصادية: by means of an economic act
        tok = sm.tok(i)
        return tok.kind == "word" and not tok.enclitic and (
            (tok.norm in ("ان", "الي") and not tok.proclitics) or (tok.base in _AIMS and tok.proclitics in ((), ("ال",))))

    def _phrase_nisba(self, gen: Arg, t: Trigger, sm: SentenceMentions) -> bool:
        """Whether the genitive of a phrase is a nisba right after its last word, a noun whose own
        entry of the phrase's type takes its genitive as the author (فرض العقوبات الأميركية، فرض
        حظر أمريكي; not طرد السفير الأمريكي, whose ambassador is no author)."""
        return gen.rule == "genitive" and bool(gen.actors) and all(a.kind == "adjective" for a in gen.actors) \
            and sm.first_of(gen) == t.last + 1 and any(
                n.event_type == t.entry.event_type and n.genitive == "source"
                for n in self.lex.nouns.get(sm.tok(t.last).base, ()))

    @staticmethod
    def _written_subject(t: Trigger, sm: SentenceMentions) -> bool:
        """Whether the word right before the verb, or before its relative pronoun, is a writing,
        words or a slogan (:data:`_WRITINGS`): its subject (المقالات التي تهاجم، تغريدات هاجمت فيها)."""
        k = t.head - 1
        if k >= sm.offset and sm.tok(k).norm in RELATIVE_PRONOUNS:
            k -= 1
        return k >= sm.offset and sm.tok(k).kind == "word" and sm.tok(k).base in _WRITINGS \
            and not set(sm.tok(k).proclitics) - {"ال", "و"}

    @staticmethod
    def _suspect(i: int, sm: SentenceMentions) -> tuple[Arg | None] | None:
        """Where token ``i`` (بأنه، أنهم after في, or a verbal noun with a pronoun) opens what one
        is suspected of (يشتبه بأنه قتل، يشتبه في دعمهم، المشتبه بارتكابهم): the suspect, the
        actor that ends right before يشتبه with those joined to it by و (none for المشتبه, which is the
        suspect itself, nor where no actor stands there), in a 1-tuple; ``None`` where ``i`` opens
        no such thing."""
        k = i - 1
        if "ب" not in sm.tok(i).proclitics[:1]:
            if k < sm.offset or sm.tok(k).norm != "في":
                return None
            k -= 1
        if k < sm.offset or not (sm.tok(k).base == _IS_SUSPECTED or sm.tok(k).norm in _SUSPECTS):
            return None
        p = sm.covering(k - 1) if sm.tok(k).base == _IS_SUSPECTED and k - 1 >= sm.offset else None
        if p is None or p.last != k - 1:
            return (None,)
        # (11 سوريا و3 مغاربة يشتبه: all those joined by و to the last are suspects)
        group = sm.group_ending(p, k)
        return (sm.as_arg(group, "suspect"),)

    @staticmethod
    def _contests(t: Trigger, sm: SentenceMentions) -> bool:
        """Whether في or بـ with a ruling, a result, a law, a claim or a right stands a few words
        after the verb, past commas but no other mark (طعن رئيس الوزراء في أهلية خصمه، طعنت الشركة بقرار المحكمة):
        a challenge; not a place or a body part (طعن حارسا في البلدة، طعنه في العنق، بسكين)."""
        end, words, i = sm.offset + len(sm.tokens), 0, t.last + 1
        while i < end and words < _CONTEST_REACH:
            tok = sm.tok(i)
            i += 1
            if tok.kind != "word":
                if tok.text in A.COMMAS:
                    continue  # past a subject's apposition (رئيس وزراء ماليزيا، المنتهية ولايته نجيب، في)
                return False
            words += 1
            if tok.norm == "في" and not tok.proclitics and i < end:
                nxt = sm.tok(i)
                return nxt.kind == "word" and nxt.base in _CONTESTED and nxt.proclitics in ((), ("ال",))
            if tok.proclitics[:1] == ("ب",) and tok.base in _CONTESTED:
                return True
        return False

    @staticmethod
    def _plan_subject(sm: SentenceMentions, t: Trigger) -> bool:
        """Whether the verb's subject is a plan, policy, law or measure (:data:`_PLANS`): the noun
        before it, past its adjectives and a relative pronoun (خطط غربية إيرانية تستهدف، البرنامج
        الذي يستهدف), or the word right after it (يستهدف المشروع تحقيق)."""
        end = sm.offset + len(sm.tokens)
        if t.last + 1 < end and sm.tok(t.last + 1).base in _PLANS and not A.preps_of(sm.tok(t.last + 1)):
            return True
        j, relative = t.head - 1, False
        while j >= sm.offset and j >= t.head - 5:
            tok = sm.tok(j)
            if tok.kind == "punct" and tok.text in A.QUOTES:
                j -= 1  # (رفض "التهديدات" التي تستهدف بلاده: past the quotation marks)
                continue
            if tok.kind != "word":
                return False
            cov = sm.covering(j)
            if tok.norm in RELATIVE_PRONOUNS and Coder._plan_chain(sm, j):
                return True  # قوانين مكافحة الفساد التي تستهدف الروس: the head of a genitive chain
            if tok.norm in RELATIVE_PRONOUNS or tok.base.endswith(NISBA_ENDINGS) \
                    or (cov is not None and cov.actor.kind == "adjective") \
                    or (not tok.proclitics and tok.norm in A.EVENT_ADJECTIVES) or A.skippable(sm.tokens, j - sm.offset):
                relative = relative or tok.norm in RELATIVE_PRONOUNS
                j -= 1  # (عقوبات اقتصادية جديدة الاثنين تستهدف: past adjectives and a day)
                continue
            # (بالعقوبات التي تستهدف: a relative pronoun's antecedent, whatever governs it)
            # (رسوما جمركية تستهدف الصين: the indefinite accusative too)
            plan = tok.base in _PLANS or (tok.base.endswith("ا") and tok.base[:-1] in _PLANS)
            return plan and (relative or not A.preps_of(tok))
        return False

    @staticmethod
    def _plan_chain(sm: SentenceMentions, rel: int) -> bool:
        """Whether a plan, policy or law heads the genitive chain of up to three plain words
        (no preposition, no actor) before the relative pronoun at ``rel``."""
        for k in range(rel - 1, max(sm.offset - 1, rel - 4), -1):
            tok = sm.tok(k)
            if tok.kind != "word" or A.preps_of(tok) or sm.covering(k) is not None:
                return False
            if tok.base in _PLANS:
                return True
        return False

    @staticmethod
    def _destination(t: Trigger, subj: Arg, sm: SentenceMentions, own: Clause) -> bool:
        """Whether the VSO subject of a verb of visiting (زار، يزور) is rather its object: a
        country or capital with no other actor after it in the clause but more places (countries
        are visited; their leaders and envoys visit: قبل أن تزور ملاوي ثم كينيا)."""
        if t.entry.mode != "visit" or "obj" not in t.entry.target or not subj.rule.startswith("vso"):
            return False
        if not all(a.kind in ("country", "capital") for a in subj.actors):
            return False
        last = sm.last_of(subj)
        if last is None:
            return False
        after = A.object_after(sm, last, own, subj)
        return after is None or all(a.kind in ("country", "capital") for a in after.actors)

    @staticmethod
    def _mall(t: Trigger, sm: SentenceMentions) -> bool:
        """Whether the bare word مول is "mall": before التجاري/للتسوق, right after a definite name
        with بـ (بالعثيم مول), or a word or two after مركز or مجمع (مركز عسير مول التجاري)."""
        tok, end = sm.tok(t.head), sm.offset + len(sm.tokens)
        if tok.proclitics or tok.enclitic or t.last != t.head:
            return False
        if t.head + 1 < end and sm.tok(t.head + 1).base in _MALL_AFTER:
            return True
        if t.head - 1 >= sm.offset and sm.tok(t.head - 1).proclitics[:1] == ("ب",) and sm.tok(t.head - 1).has_article:
            return True  # بالعثيم مول: a name with بـ right before, no verb after a preposition's noun
        return any(sm.tok(k).base in _MALL_BEFORE for k in range(max(sm.offset, t.head - 3), t.head))

    @staticmethod
    def _nisba_word(sm: SentenceMentions, i: int) -> bool:
        """Whether token ``i`` is a bare nisba-shaped word with no article (انتحاري): an adjective."""
        tok = sm.tok(i)
        return tok.kind == "word" and not tok.proclitics and not tok.enclitic and tok.base.endswith(NISBA_ENDINGS)

    @staticmethod
    def _struck_after(arg: Arg, sm: SentenceMentions) -> bool:
        """Whether على or ضد stands within two words after ``arg`` (its own target follows)."""
        last = sm.last_of(arg)
        end = sm.offset + len(sm.tokens)
        return last is not None and any(sm.tok(k).norm in ("علي", "ضد") for k in range(last + 1, min(end, last + 3)))

    @staticmethod
    def _pronoun_on_that(t: Trigger, c: Clause, sm: SentenceMentions) -> bool:
        """Whether the verb comes right after an أن/إن carrying a feminine, dual or plural pronoun it
        agrees with (أنها طالبت، أنهم اعتقلوا): that pronoun is its subject (not ه, which may be the
        pronoun of the matter: إنه قصف الجيش; but a masculine verb with ه before a feminine noun, which
        no masculine verb right before it has for subject, has ه for subject: إنه يستهدف الوحدات
        الكردية، أنه استهدف الحكومة)."""
        if t.pos != "verb" or c.kind != "complement" or c.marker is None or c.marker != t.head - 1:
            return False
        enc = sm.tok(c.marker).enclitic
        pgns = {pgn for _, pgn in t.readings}
        if enc == "ه" and _masculine_singular(pgns):
            nxt = sm.at(t.last + 1)
            if nxt is None or nxt.is_place or sm.governed(nxt) is not None or nxt.actor.kind == "person":
                return False
            arg = sm.as_arg([nxt], "object")
            return sm.tok(nxt.first).text.rstrip(VOWEL_MARKS).endswith("ة") or _feminine_plural_body(sm, nxt.first, arg)
        if enc not in ("ها", "هم", "هما", "هن"):
            return False
        return bool(pgns & set(_PRONOUN_PGN[enc]))

    @staticmethod
    def _praising_god(t: Trigger, sm: SentenceMentions) -> bool:
        """Whether the verb of blessing stands right after الله or right before وتعالى (الله تبارك
        وتعالى، تبارك اسمه)."""
        before = sm.tok(t.head - 1) if t.head > sm.offset else None
        after = sm.tok(t.last + 1) if t.last + 1 < sm.offset + len(sm.tokens) else None
        return (before is not None and before.base in _GOD) or (after is not None and after.base == _EXALTED)

    @staticmethod
    def _carried_out(ruling: int, sm: SentenceMentions) -> bool:
        """Whether a word of carrying out stands a few words before the word of ruling at
        ``ruling``, with no punctuation between (نفذ العراق ما لا يقل عن 111 حكما بالإعدام)."""
        for k in range(ruling - 1, max(sm.offset, ruling - _CARRY_REACH) - 1, -1):
            if sm.tok(k).kind == "punct":
                return False
            if sm.tok(k).base in _CARRIED_OUT:
                return True
        return False

    @staticmethod
    def _acknowledges(t: Trigger, sm: SentenceMentions) -> bool:
        """Whether the word right after the verb and its subject is a fact, an error or a part in
        something with بـ (بحقيقة، بوجود، بالخطأ، بمسؤوليته، بتورط): admitting, no recognition of
        an actor."""
        k, end = t.last + 1, sm.offset + len(sm.tokens)
        while k < end and (p := sm.covering(k)) is not None:
            k = p.last + 1  # past the subject (اعترف الرئيس الأمريكي باراك أوباما بحقيقة)
        return k < end and sm.tok(k).proclitics[:1] == ("ب",) and sm.tok(k).base in _FACTS

    @staticmethod
    def _forestalls(t: Trigger, sm: SentenceMentions) -> bool:
        """Whether أمام or على stands right after the road blocked, and the word after it is no
        vehicle, traffic or passer-by (قطع الطريق أمام السيارات is a road blocked)."""
        k, end = t.last + 1, sm.offset + len(sm.tokens)
        if k + 1 >= end or sm.tok(k).norm not in _BEFORE_OR_ON:
            return False
        return sm.tok(k + 1).base not in _TRAFFIC

    @staticmethod
    def _reaches_office(t: Trigger, c: Clause, sm: SentenceMentions) -> bool:
        """Whether إلى before power, an office, a round of a contest or a court follows the verb
        within a few words in its clause (وصل حزب العدالة إلى السلطة، وصل إلى النهائي، وصلت إلى
        المحكمة الدستورية)."""
        for i in range(t.last + 1, min(c.end, t.last + 1 + _REACH_WINDOW) - 1):
            if sm.tok(i).norm == "الي" and sm.tok(i + 1).base in _OFFICE_REACHED:
                return True
        return False

    @staticmethod
    def _passive_to(t: Trigger, sm: SentenceMentions) -> bool:
        """Whether the verb of ``t`` has a preposition's pronoun right after it and no actor right
        before it (وُجهت إليه تهمة، وجهت لهم تهم; not النيابة وجهت إليه تهمة)."""
        return t.head + 1 < sm.offset + len(sm.tokens) and sm.prep_pronoun(t.head + 1) \
            and (t.head == sm.offset or sm.covering(t.head - 1) is None)

    @staticmethod
    def _speaks(d: Decision) -> bool:
        """Whether the subject is one who attacks with words: people (not soldiers), a
        government, parliament, court, party, opposition or the media, never a state by its name
        or an armed force (هاجمت إسرائيل غزة، هاجم مسلحون)."""
        if d.source is None or not d.source.actors:
            return False
        return all((a.kind == "person" and a.sector not in _ARMED_SECTORS)
                   or (a.kind in ("sector", "org") and a.sector in _SPEAKER_SECTORS) for a in d.source.actors)

    @staticmethod
    def _place_word(t: Trigger, doc: Document, sm: SentenceMentions, state: DocState) -> bool:
        """Whether the verb's one word is exactly a mention of a place, by the tagger or the
        gazetteer (وعدن: "and Aden")."""
        if t.last != t.head:
            return False
        if state.places is None:
            state.places = frozenset((m.start, m.end) for m in doc.mentions
                                     if m.label == "LOC" or (m.actor is not None and m.actor.kind == "place"))
        tok = sm.tok(t.head)
        return (tok.start, tok.end) in state.places

    @staticmethod
    def _cognate(d: Decision, sm: SentenceMentions, every: Sequence[Decision]) -> bool:
        """Whether a verbal noun in the indefinite accusative right after a verb of its event type
        is that verb's cognate accusative (ترفض رفضا قاطعا، نفى نفيا قاطعا، أدانت إدانة شديدة):
        it only says how the verb's act was done (رفضا is no dual "they two rejected" either)."""
        t = d.trigger
        tok = sm.tok(t.head)
        if not t.is_event or t.head == sm.offset or t.last != t.head or tok.has_article or tok.proclitics or tok.enclitic \
                or not (tok.norm.endswith("ا") or tok.norm.endswith(("ه", "ة"))):
            return False
        # (a noun in ة is the accusative only of a verb of its own root, إدانة after أدانت, ضربة
        # after ضربت; قتلت غارة للتحالف: the raid is the subject, nominative)
        return any(o.trigger.pos == "verb" and o.trigger.last == t.head - 1
                   and o.trigger.entry.event_type == t.entry.event_type
                   and (tok.norm.endswith("ا") or _same_root(o.trigger.entry.label, tok.norm)) for o in every)

    @staticmethod
    def _thing_before(t: Trigger, c: Clause, sm: SentenceMentions) -> bool:
        """Whether words and no actor open the verb's clause before it (سوء التغذية يهدد، الجفاف
        يهدد), or the relative pronoun right before it follows a word that is no actor (المخاطر التي
        تهدد الأمن القومي): the verb's subject is a thing."""
        if c.kind == "relative" and c.marker is not None and c.marker == t.head - 1 and c.marker - 1 >= sm.offset:
            ante = sm.tok(c.marker - 1)
            return ante.kind == "word" and ante.has_article and sm.covering(c.marker - 1) is None \
                and not A.preps_of(ante) and ante.enclitic is None
        lead = A.clause_lead(sm, c, t.head)
        if lead >= t.head:
            return False
        first = sm.tok(lead)  # (أمس هددت إيران، وفي وقت لاحق هددت: a time or place phrase, no subject)
        if A.skippable(sm.tokens, lead - sm.offset) or first.base in _PREPOSITION_BASES:
            return False
        return all(sm.tok(i).kind == "word" and sm.covering(i) is None
                   and not A.preps_of(sm.tok(i)) for i in range(lead, t.head))

    @staticmethod
    def _on_a_stance(t: Trigger, sm: SentenceMentions) -> bool:
        """Whether what is attacked is a position, a policy, a decision or words: the noun after
        على (الهجوم على الموقف الأميركي) or the verb's object (هاجم سياسة الحكومة)."""
        end = sm.offset + len(sm.tokens)
        k = t.last + 1
        own = sm.tok(t.head).has_article or bool(sm.tok(t.head).enclitic)  # a definite noun: definite adjectives
        while k < end and k <= t.last + 2 and sm.tok(k).kind == "word" and sm.tok(k).base not in _STANCES \
                and not sm.tok(k).enclitic and (
                    (not sm.tok(k).proclitics and sm.tok(k).norm.endswith("ا"))
                    or (own and sm.tok(k).proclitics == ("ال",) and sm.covering(k) is None)):
            k += 1  # هجوما مبطنا على، هجومه العلني على: past the noun's own adjective
        if k < end and sm.tok(k).norm == "علي":
            k += 1
        return k < end and sm.tok(k).kind == "word" and sm.tok(k).base in _STANCES and not sm.tok(k).enclitic

    @staticmethod
    def _suffered_losses(d: Decision, sm: SentenceMentions) -> None:
        """تكبد الحوثيون خسائر: تكبّد (form V, "suffered"), not كبّد "inflicted", when its
        subject is the only actor and no one it inflicts them on follows: the subject is hit."""
        tok = sm.tok(d.trigger.head)
        if d.trigger.entry.id != _INFLICT_LOSSES or d.target is not None or d.source is None \
                or not tok.base.startswith(("تكبد", "يتكبد")):
            return
        d.target, d.source = Arg(d.source.actors, d.source.mentions, "suffered"), None

    @staticmethod
    def _scourge_subject(t: Trigger, c: Clause, sm: SentenceMentions) -> int | None:
        """Where the verb's subject is a scourge named by an abstract noun: right before it
        (الإرهاب يضرب) or before the relative pronoun that opens its clause (الإرهاب الذي يضرب),
        past the scourge's name in quotation marks and its adjectives (الإعصار الاستوائي "ساغار" الذي
        ضرب: a storm's name is no actor). The index of the scourge word, or ``None``."""
        k = t.head - 1
        if c.marker is not None and _right_after_relative(c, t, sm):
            k = c.marker - 1
            if k >= sm.offset and sm.tok(k).text in A.QUOTES:  # back to the opening quotation mark
                opening = next((j for j in range(k - 1, max(sm.offset - 1, k - _SCOURGE_NAME_WORDS - 2), -1)
                                if sm.tok(j).text in A.QUOTES), None)
                k = opening - 1 if opening is not None else k
            floor = k - _SCOURGE_NAME_WORDS
            while k > max(sm.offset, floor) and sm.tok(k).kind == "word" and sm.tok(k).has_article \
                    and sm.covering(k) is None and sm.tok(k).base not in _SCOURGES:
                k -= 1  # الاستوائي، المداري: the scourge's adjectives
        return k if k >= sm.offset and sm.tok(k).base in _SCOURGES and sm.covering(k) is None else None

    @staticmethod
    def _words_attack_on(d: Decision, sm: SentenceMentions) -> bool:
        """Whether an attack in the first person (لم أهاجم) or a verbal noun with a possessive
        pronoun (هجومه على) aims at unarmed people, a party, the opposition or the media (not any
        person's attack: heads of state and leaders of armed groups launch real ones)."""
        t = d.trigger
        first = t.pos == "verb" and bool(t.readings) and all(pgn[0] == "1" for _, pgn in t.readings)
        owned = t.pos == "noun" and t.last == t.head and sm.tok(t.head).enclitic in _RESUMPTIVE
        if not (first or owned) or d.target is None or not d.target.actors:
            return False
        return _words_targets(d.target.actors)

    @staticmethod
    def _between_people(d: Decision) -> bool:
        """Whether both source and target are named people holding no arms (نائب، زعيم حزب), or
        the target is a party, the media or a government, parliament or court named by its office
        (شن أسامة النجيفي هجوما على حكومة العبادي): an attack by one person on them is one of words."""
        if d.source is None or d.target is None or not d.source.actors or not d.target.actors:
            return False
        return all(a.kind == "person" and a.sector not in _ARMED_SECTORS for a in d.source.actors) \
            and _words_targets(d.target.actors, bodies=True)

    @staticmethod
    def _swept(sm: SentenceMentions, t: Trigger) -> bool:
        """Whether the attack verb's subject is a feeling, a wave or protests: the word right after
        it (اجتاحت موجة من الغضب، وتجتاح الاحتجاجات المدن), or a noun (and its adjective) right before
        it that opens the sentence or follows a punctuation mark (غضب عارم يجتاح الهند)."""
        end = sm.offset + len(sm.tokens)
        if t.last + 1 < end and sm.tok(t.last + 1).base in _SWEEPING and not set(sm.tok(t.last + 1).proclitics) - {"ال"}:
            return True
        for k in (t.head - 1, t.head - 2):  # (the subject opens the sentence or follows a punctuation mark:
            # not خلال الاحتجاجات قتلت الشرطة; nor a relative clause's antecedent: الاحتجاجات التي قتل فيها)
            if k >= sm.offset and sm.tok(k).base in _SWEEPING and not set(sm.tok(k).proclitics) - {"ال", "و"} \
                    and all(sm.tok(j).kind == "word" and sm.tok(j).norm not in RELATIVE_PRONOUNS for j in range(k, t.head)) \
                    and (k == sm.offset or sm.tok(k - 1).kind == "punct"):
                return True
        return False

    @staticmethod
    def _swept_relative(sm: SentenceMentions, t: Trigger, c: Clause) -> bool:
        """Whether the attack verb opens a relative clause, with no pronoun on it, whose antecedent
        (past up to two adjectives with the article) is a feeling, a wave or protests: its subject
        (المظاهرات الكثيرة التي اجتاحت إسرائيل; not الاحتجاجات التي قتل فيها, resumed after the verb)."""
        if c.kind != "relative" or c.marker is None or c.marker != t.head - 1 or sm.tok(t.head).enclitic is not None:
            return False
        end = min(c.end, t.last + 3)
        if any(_resumes(sm.tok(i)) for i in range(t.last + 1, end)):
            return False
        k = c.marker - 1
        for _ in range(2):
            if k > sm.offset and sm.tok(k).proclitics == ("ال",) and sm.tok(k).base not in _SWEEPING:
                k -= 1
        return k >= sm.offset and sm.tok(k).base in _SWEEPING and not set(sm.tok(k).proclitics) - {"ال", "و"}

    def _celebration(self, sm: SentenceMentions) -> bool:
        """Whether the sentence tells of a festivity (a word of particle role ``celebration``:
        احتفالا، فرحا، زغاريد) and of no grievance (role ``grievance``: ضد، تنديدا، للمطالبة)."""
        roles = [self._roles_of(tok) for tok in sm.tokens]
        return any("celebration" in r for r in roles) and not any("grievance" in r for r in roles)

    def _accident(self, sm: SentenceMentions, decisions: list[Decision]) -> bool:
        """Whether the sentence says its casualties came from an accident or a disaster (a word of
        particle role ``accident``) and no attack in it has an author."""
        if any(o.trigger.entry.event_type == "ASSAULT" and o.source is not None for o in decisions):
            return False
        return any("accident" in self._roles_of(tok) for tok in sm.tokens)

    @staticmethod
    def _travellers(sm: SentenceMentions, src: Arg) -> bool:
        """A source that is a counted group of people holding no office (80 مصابا يمنيا، 40 ألف
        سائح روسي, not ثلاثة وزراء عرب): people travelling, not a state or group visiting."""
        if any(a.sector in _STATE_SECTORS for a in src.actors):
            return False
        if A.counted(sm, src):
            return True
        first = sm.first_of(src)  # 80 مصابا يمنيا: a counted noun before its nisba adjective
        return first is not None and first - 2 >= sm.offset and bool(src.actors) and src.actors[0].kind == "adjective" \
            and sm.tok(first - 1).kind == "word" and sm.counts(first - 2)

    def _illness(self, sm: SentenceMentions, c: Clause, after: int) -> bool:
        """An illness word (particle role ``illness``) within the few words after ``after`` in its
        clause: what someone fell ill with (أصيب الرئيس بفيروس كورونا، إصابته بنوبة قلبية)."""
        for i in range(after + 1, min(c.end, after + 1 + _ILLNESS_WORDS)):
            tok = sm.tok(i)
            if tok.kind == "punct":
                return False
            if "illness" in self._roles_of(tok):
                return True
        return False

    @staticmethod
    def _rioters(d: Decision, sm: SentenceMentions) -> bool:
        """Whether an attack or coercion is done by protesters (PLOVER: PROTEST, mode riot), not
        done to them: not dispersal or arrest (تفرق المتظاهرون "the protesters dispersed"), and
        not a plural in -ين right after the verb, which is no nominative subject (وقتل متظاهرين:
        protesters were killed)."""
        e, src = d.trigger.entry, d.source
        if e.event_type not in ("ASSAULT", "COERCE") or e.mode in _NO_RIOT_MODES or src is None \
                or not src.actors or not all(a.entry in _PROTESTER_ENTRIES for a in src.actors):
            return False
        first = sm.first_of(src)
        return not (src.rule.startswith("vso") and first is not None and sm.tok(first).norm.endswith("ين")
                    and not A.counted(sm, src))

    def _salience(self, d: Decision, sm: SentenceMentions) -> list[tuple[float, str]]:
        """How clearly the sentence reports the event (rather than mentions it in passing):
        confidence adjustments with their reasons."""
        t, c = d.trigger, d.clause
        out: list[tuple[float, str]] = []
        tok = sm.tok(t.head)
        if t.pos == "verb" and c.kind == "relative":
            out.append((-0.25, "background: in a relative clause"))
        if t.pos == "verb" and t.readings and all(r[0] == "pres" for r in t.readings) and not d.frame.modality:
            out.append((-0.1, "present tense: habitual or ongoing rather than a reported act"))
        elif t.pos == "verb" and any(r[0] == "past" for r in t.readings) \
                and not any(r[0] == "pres" and r[1][0] in "23" for r in t.readings) \
                and c.kind != "relative" and not d.frame.modality and not d.frame.negated:
            out.append((_PAST_REPORT, "past tense (a 3rd-person present reading excluded) outside a relative clause: a reported act"))
        framed = d.frame.light or d.frame.undergo or d.frame.cause
        if t.pos == "noun" and not framed:
            nxt = sm.tok(t.last + 1) if t.last + 1 < sm.offset + len(sm.tokens) else None
            named = sm.covering(t.last + 1)
            definite = tok.has_article or tok.enclitic is not None or (
                nxt is not None and nxt.kind == "word" and t.entry.kind != "phrase" and (
                    nxt.has_article or (named is not None and named.actor.kind in ("person", "org", "country"))))
            if definite:
                out.append((-0.25, "a reference to a known event (definite verbal noun)"))
            prev = sm.tok(t.head - 1) if t.head - 1 >= sm.offset else None
            if A.preps_of(tok) or (prev is not None and prev.base in A.PREPOSITIONS):
                out.append((-0.1, "governed by a preposition"))
        if d.trigger.entry.event_type == "ASSAULT" and self._casualties(sm, c, t.last):
            out.append((0.2, "casualties reported in the clause"))
        elif d.trigger.entry.event_type == "ASSAULT" and d.target is not None and A.counted(sm, d.target):
            out.append((0.2, "its victims counted (ثمانية أشخاص قتلوا)"))
        if d.trigger.entry.event_type == "ASSAULT" and d.target is None and A.struck_object(sm, t.last, c):
            out.append((0.1, "what it hit is named (على منزل، على دورية)"))
        out.extend(self._report_adjustments(d, sm))
        return out

    def _elaboration(self, sm: SentenceMentions) -> bool:
        """The sentence speaks of *the* protesters (المتظاهرون, with the article) and counts no
        crowd (آلاف المتظاهرين, نحو 500 متظاهر): it elaborates on a protest reported before —
        what the protesters chanted or carried — rather than reporting one."""
        definite = counted = False
        for i, tok in enumerate(sm.tokens):
            if "protester" not in particle_roles(self.lex, tok):
                continue
            before = [b for b in sm.tokens[max(0, i - 3) : i] if b.base != "من"]
            if any(b.kind == "number" or "quantifier" in particle_roles(self.lex, b) for b in before[-2:]):
                counted = True
            elif tok.has_article:
                definite = True
        return definite and not counted

    def _report_adjustments(self, d: Decision, sm: SentenceMentions) -> list[tuple[float, str]]:
        """The sentence's report-ness cues for the decision's event type
        (:mod:`marsad.events.reportness`; background frames only up to the end of its clause),
        and for a protest the elaboration rule. The cues are found once per sentence."""
        if self._report_hits is None:
            self._report_hits = self.report_cues.groups_in(sm.tokens)
        etype = d.trigger.entry.event_type or ""
        out = self.report_cues.adjustments(sm.tokens, etype, self._report_hits, d.clause.end - sm.offset)
        if etype == "PROTEST" and "onset" not in d.trigger.entry.flags:
            if self._elaborates is None:
                self._elaborates = self._elaboration(sm)
            if self._elaborates:
                out.append((_ELABORATION, "elaboration: the protesters (definite) of a protest reported before"))
        return out

    def _cued(self, d: Decision, sm: SentenceMentions) -> bool:
        """A mode cue (جوية، صاروخية، بالرصاص …) or casualties in the trigger's clause."""
        return (self.factory.mode(d, sm) is not None and d.trigger.entry.mode is None) \
            or self._casualties(sm, d.clause, d.trigger.last)

    def _casualties(self, sm: SentenceMentions, c: Clause, trig_last: int | None = None) -> bool:
        """Casualty words in the clause (قتلى، جرحى، مقتل …), or a count right after the trigger."""
        if trig_last is not None:
            for i in range(trig_last + 1, min(c.end, trig_last + 4)):
                tok = sm.tok(i)
                if (tok.kind == "number" or "quantifier" in particle_roles(self.lex, tok)) and tok.norm not in WEEKDAYS:
                    return True  # (صباح الاثنين "Monday morning", no الاثنين "the two")
        for i in range(c.start, c.end):
            tok = sm.tok(i)
            roles = particle_roles(self.lex, tok)
            if ("casualty" in roles and not self._illness(sm, c, i)) or (
                    tok.kind == "number" and i + 1 < c.end and "casualty" in particle_roles(self.lex, sm.tok(i + 1))):
                return True
        return False

    def _pairs(self, d: Decision, sm: SentenceMentions) -> list[tuple[Actor | None, Actor | None]]:
        # (a plural with no members, الدول of no named countries, is no one: no pair is lost for it)
        srcs: Sequence[Actor | None] = d.source.actors if d.source and d.source.actors else (None,)
        tgts: Sequence[Actor | None] = d.target.actors if d.target and d.target.actors else (None,)
        ttype = self.lex.ontology.types[d.trigger.entry.event_type or ""]
        joint = ttype.joint or "joint" in d.trigger.entry.flags
        if len(srcs) > 1 and d.target is None and (self._reciprocal(d, sm)
                                                   or (joint and ttype.quad_class in _HOSTILE_QUADS)):
            # كل منهما … الطرف الآخر; اشتبك الجيش والمسلحون، تبادلت الهند وباكستان الاتهامات: a
            # hostile joint act goes each way (a meeting or an agreement is one event)
            return [(a, b) for a in srcs for b in srcs if a is not b and _party(a) != _party(b)][:12]
        if len(srcs) > 1 and d.target is None and joint:
            first = srcs[0]
            return [(first, b) for b in srcs[1:] if _party(b) != _party(first)][:6]
        if (d.source is None or d.source.rule.startswith("pro-drop")) and d.target is not None \
                and len(d.target.mentions) > 1 and joint and d.target.rule == "prep:بين":
            # اشتباكات بين الشرطة والمسلحين: the parties, each named (prep_target joins them by و),
            # act on each other (a subject dropped from earlier is none of them: ووقع تبادل لإطلاق
            # النار بين الجيش التركي ومقاتلي داعش); a clash goes each way. One plural (بين الطرفين) stays as it was:
            # its members come from the pair named last, which may be a party and its patron.
            parties: list[Actor | None] = [a for a in tgts[:6] if a is not None]
            if ttype.quad_class in _HOSTILE_QUADS:
                return [(a, b) for a in parties for b in parties if a is not b and _party(a) != _party(b)][:12]
            return [(parties[0], b) for b in parties[1:] if _party(b) != _party(parties[0])][:6]
        pairs = [(a, b) for a in srcs[:6] for b in tgts[:6] if a is None or b is None or _party(a) != _party(b)]
        if d.source is not None and d.target is not None and self._apposed(d, sm):
            # الرئيس البرازيلي الأسبق لولا دا سيلفا، وزيرة الخارجية الأميركية آنذاك، هيلاري كلينتون:
            # a title and a name a few words apart are one man, not a private man and his state
            pairs = [(a, b) for a, b in pairs if a is None or b is None
                     or _party(a, persons=False) != _party(b, persons=False)]
        return pairs

    @staticmethod
    def _apposed(d: Decision, sm: SentenceMentions) -> bool:
        """Whether a source mention and a target mention of ``d`` are split only by words of time in
        office and commas (a title and the name after it: الرئيس البرازيلي الأسبق لولا دا سيلفا)."""
        assert d.source is not None and d.target is not None
        for m in d.source.mentions:
            for n in d.target.mentions:
                a, b = (m, n) if m.end <= n.start else (n, m)
                gap = sm.doc.text[a.end : b.start].replace("،", " ").replace(",", " ").split()
                if gap and all(normalize(w) in _APPOSED_GAP for w in gap):
                    return True
        return False

    def _reciprocal(self, d: Decision, sm: SentenceMentions) -> bool:
        """كل منهما … الطرف الآخر: one event each way."""
        c = d.clause
        roles = [particle_roles(self.lex, sm.tok(i)) for i in range(c.start, c.end)]
        return any("reciprocal" in r for r in roles) and any("other_party" in r for r in roles)

    def _reporter_actor(self, fr: Frame, decisions: list[Decision]) -> Actor | None:
        if fr.reporter is None:
            return None
        for d in decisions:
            if d.trigger is fr.reporter and d.source is not None and d.source.actors:
                return d.source.actors[0]
        return None

    @staticmethod
    def _retaliation_target(src: Arg, events: Sequence[Event]) -> Arg | None:
        """رد: the author of the last hostile act by someone else (its source's country)."""
        own = {_key(a) for a in src.actors}
        for ev in reversed(events):
            if ev.event_type == "ASSAULT" and ev.source is not None and _key(ev.source) not in own \
                    and (ev.source.country or "") not in {a.country for a in src.actors}:
                return Arg((ev.source,), (), "retaliation")
        return None

    # -- after the decisions -------------------------------------------------------------------

    def _accusations(self, decisions: list[Decision], new: list[Event], sent: Sentence,
                     toks: Sequence[Token]) -> list[Event]:
        """A speaker who reports another actor's hostile act accuses it (تقول باكستان إن طالبان
        كثفت هجماتها → ACCUSE PAK → TTP); the media do not (أفاد مراسل …، ذكرت وسائل إعلام), nor
        does one who calls the act self-defence (اعتبرت واشنطن أن الغارات التركية دفاع عن النفس),
        nor one reporting a fight against a named armed group (تقاتل الدولة الإسلامية)."""
        out = list(new)
        defence = _self_defence(toks)
        backing = {d.trigger.last + 1: d for d in decisions if d.status in ("coded", "function")
                   and not d.frame.negated and d.trigger.entry.event_type
                   and self.lex.ontology.types[d.trigger.entry.event_type].quad_class in _FRIENDLY_QUADS}
        for d in decisions:
            if self._backed(d, backing.get(d.trigger.head)):
                continue
            for ev in d.events:
                rep = ev.reported_by
                q = self.lex.ontology.types[ev.event_type].quad_class
                if rep is None or ev.source is None or ev.negated or q not in _HOSTILE_QUADS \
                        or not (ev.event_type in _ACCUSABLE or ev.mode in _ACCUSABLE_MODES):
                    continue  # طلب، دعا، رفض، نشر جنودا: a request, a refusal, a deployment is no wrong done
                if ev.event_type == "ACCUSE" or _key(rep) == _key(ev.source) or not _identified(ev.source):
                    continue  # an accusation names whom it accuses: not "the army" of no country
                if d.source is not None and len(d.source.actors) > 1 and not d.frame.retaliate \
                        and any(_key(a) == _key(rep) for a in d.source.actors):
                    continue  # أعلنت كل من ألمانيا وفرنسا أنها ستطرد: one of the doers accuses no other
                if not _identified(rep):
                    continue  # … and who accuses: "officials", "a military source", a name of no known
                    # country or group (a newspaper, a spokesman of his own side, the suspect himself)
                if rep.country and rep.country == ev.source.country and (
                        ev.source.sector in _STATE_SECTORS or (ev.source.group is None and ev.source.sector is None)):
                    continue  # a state reporting its own (forces') action accuses nobody, a named force of
                    # the state too (قال نتنياهو إن الجيش الإسرائيلي نفذ هجوما: the IDF, a group of its own)
                if rep.sector == "MED":
                    continue  # a correspondent or a news agency reports; it accuses nobody
                if ev.event_type == "SANCTION" and ev.source.sector == "IGO":
                    continue  # قرارات مجلس الأمن الذي فرض عقوبات على بيونغ يانغ: the UN's measures, no wrong
                if defence is not None and defence > ev.trigger.end:
                    continue  # اعتبرت واشنطن أن الغارات التركية دفاع عن النفس: a justification
                if ev.target is not None and ev.target.group is not None and ev.target.sector == "UAF":
                    continue  # قال أوغلو إن المعارضة تقاتل الدولة الإسلامية: fighting an armed group is no wrong
                out.append(self.factory.derived(ev, "ACCUSE", rep, ev.source, "rule:reported-hostility"))
        return out

    @staticmethod
    def _backed(d: Decision, friendly: Decision | None) -> bool:
        """Whether a hostile noun event is what a friendly verb right before it abides by or backs
        (ستلتزم بالعقوبات الأمريكية، تدعم الضربات الفرنسية) with an author of its own: the report is
        of the backing, no accusation of the author."""
        if friendly is None or d.trigger.pos != "noun" or d.source is None or not d.source.actors:
            return False
        backers = {_key(a) for a in friendly.source.actors} if friendly.source else set()
        return not any(_key(a) in backers for a in d.source.actors)

    def _dedupe(self, events: list[Event], decisions: list[Decision], toks: Sequence[Token], off: int,
                state: DocState) -> list[Event]:
        """One event per type and dyad in a sentence; an event without a target (or source) gives
        way to one of the same type with it; a repeat of an earlier event referred to with a
        demonstrative (بهذا الالتزام) is the same event. An event that gives way lends the one
        that stays its confidence when higher (two mentions of one event: the better evidence)."""
        kept: list[Event] = []
        merged: list[Event] = []
        for ev in events:
            if any(_same(ev, k) for k in kept):
                merged.append(ev)
                continue
            if ev.target is None and any(k.event_type == ev.event_type and k.target is not None
                                         and _key(k.source) == _key(ev.source) for k in events):
                merged.append(ev)
                continue
            if ev.source is None and any(k.event_type == ev.event_type and k.source is not None
                                         and _key(k.target) == _key(ev.target) for k in events):
                merged.append(ev)
                continue
            if self._anaphoric_repeat(ev, toks, off, state):
                continue
            kept.append(ev)
        for ev in merged:
            for i, k in enumerate(kept):
                if _absorbs(k, ev):
                    if ev.confidence > k.confidence:
                        kept[i] = replace(k, confidence=ev.confidence)
                    break
        return kept

    def _anaphoric_repeat(self, ev: Event, toks: Sequence[Token], off: int, state: DocState) -> bool:
        earlier = [p for p in state.events if p.event_type == ev.event_type
                   and {_key(p.source), _key(p.target)} == {_key(ev.source), _key(ev.target)}]
        if not earlier:
            return False
        start = next((i for i, t in enumerate(toks) if t.start >= ev.trigger.end), len(toks))
        return any("demonstrative" in particle_roles(self.lex, t) for t in toks[start:])


#: Reporting verbs read as impersonal passives when no subject is named (يُذكر أن "it is
#: mentioned that", يُشار إلى أن, يُقال إن), normalised, without a conjunction.
_IMPERSONAL_REPORTS = frozenset({"يذكر", "يشار", "يقال", "يلاحظ"})


def _impersonal(tok: Token) -> bool:
    return tok.base in _IMPERSONAL_REPORTS and tok.proclitics in ((), ("و",), ("ف",))


def _discussed(sm: SentenceMentions, head: int, c: Clause) -> bool:
    """Whether a word of discussing (:data:`_DISCUSS`) or a verbal noun of discussing or investigating
    (:data:`_INVESTIGATING`) stands a few words before the event noun at
    ``head`` in its clause, with no punctuation between: the event is what is discussed."""
    for j in range(head - 1, max(c.start, head - _DISCUSSED_REACH) - 1, -1):
        tok = sm.tok(j)
        if tok.kind == "punct":
            return False
        if (tok.base in _DISCUSS or tok.base in _INVESTIGATING) and not tok.enclitic:
            return True  # (تعهد بالتحقيق في الغارة: a noun of investigating too)
    return False


def _investigated(sm: SentenceMentions, head: int, c: Clause) -> bool:
    """Whether the event noun at ``head`` follows في in a relative clause on a noun of discussing or
    investigating whose pronoun a word of the clause carries (التحقيق الذي تعهد الجيش بإجرائه في
    الغارة: the raid is what is investigated, not what the army pledged)."""
    if c.kind != "relative" or c.marker is None or c.marker - 1 < sm.offset or head - 1 <= c.marker \
            or sm.tok(head - 1).norm != "في" or sm.tok(c.marker - 1).base not in _INVESTIGATING:
        return False
    return any(sm.tok(i).enclitic in ("ه", "ها") for i in range(c.marker + 1, head - 1))


def _people_dual(tok: Token, p: Placed | None) -> bool:
    """Whether a word is an indefinite dual in the nominative (-ان) of people, which counts two of
    them like a number: a sector word (جنديان، شرطيان) or a word for members or persons (عنصران،
    شخصان): the passive subject of a verb of harm when nothing after it can be an object (قتل جنديان
    من الجيش الإسرائيلي، فيما قتل عنصران من القوات المصرية)."""
    if tok.kind != "word" or tok.proclitics or tok.enclitic or not tok.norm.endswith("ان") or len(tok.norm) < 5:
        return False
    if tok.norm in _DUAL_PEOPLE:
        return True
    return p is not None and p.first == p.last and p.actor.kind == "sector" and p.actor.sector in _PEOPLE_SECTORS


#: Nouns of directives and orders (normalised bases): the actor after لـ + one of them ordered the
#: act (تنفيذا لتوجيهات الملك، استجابة لأوامر الرئيس), no target of it; not a request or an
#: invitation, whose author often receives the act (تلبية لدعوة نظيره، استجابة لطلب الحكومة).
_DIRECTIVES = frozenset({"توجيهات", "توجيه", "تعليمات", "اوامر", "امر", "توصيات"})
#: Event types of verbs whose subject reacts to an act named after them (condemns, accuses, asks
#: about or refuses it) rather than doing it.
_REACTIONS = frozenset({"ACCUSE", "REQUEST", "REJECT"})


def _key(a: Actor | None) -> str | None:
    """Who an actor is, for telling dyads apart: a named group, else a country, else a code."""
    if a is None:
        return None
    return a.group or a.country or a.code or a.name


#: Nouns of wishing and intending (normalised) whose possessive pronoun, before أن, names who is
#: to act (أعرب عن أمله في أن يزور، أكد عزمه على أن، أبدى استعداده لأن).
_WISH_NOUNS = frozenset(normalize(w) for w in ("أمل", "آمال", "رغبة", "استعداد", "عزم", "نية", "تطلع", "حرص"))
_THIRD_PERSON = SINGULAR_POSSESSIVES | PLURAL_POSSESSIVES


#: Independent pronouns of the third person (normalised) and the verb readings they agree with.
_INDEPENDENT_PGN = {"هو": {"3ms"}, "هي": {"3fs"}, "هم": {"3mp"}, "هما": {"3md", "3fd"}, "هن": {"3fp"}}


def _pronoun_before(t: Trigger, sm: SentenceMentions) -> bool:
    """Whether an independent pronoun the verb agrees with stands right before it (وهو يتوعد
    مجلس النواب، فهم يرفضون): the pronoun is its subject, so an actor after the verb is its object."""
    if t.pos != "verb" or t.head - 1 < sm.offset:
        return False
    tok = sm.tok(t.head - 1)
    pgns = _INDEPENDENT_PGN.get(tok.base) if tok.kind == "word" and not set(tok.proclitics) - {"و", "ف"} \
        and not tok.enclitic else None
    return bool(pgns and pgns & {pgn for _, pgn in t.readings})


def _after_a_word(k: int, sm: SentenceMentions) -> bool:
    """Whether token ``k`` comes right after a word of its sentence (no punctuation between)."""
    return k - 1 >= sm.offset and sm.tok(k - 1).kind == "word"


#: Particles of contrast (normalised bases) that carry the subject's pronoun (لكنه، لكنها), and the
#: words before أن in غير أنه، إلا أنها، بيد أنهم ("but").
_BUT = frozenset({"لكن", "ولكن"})
_BUT_BEFORE_THAT = frozenset({"غير", "الا", "بيد"})


def _pronoun_on_but(t: Trigger, sm: SentenceMentions) -> bool:
    """Whether the verb comes right after لكن (or غير أن، إلا أن، بيد أن, or فإنّ answering فيما، إذ،
    أما) carrying a third-person pronoun the verb agrees with (لكنه دافع، غير أنه ينفي، لكنهما اشتبكا،
    فإنها تدعو): that pronoun is its subject, so no actor after the verb is."""
    k = t.head - 1
    if t.pos != "verb" or k < sm.offset:
        return False
    tok = sm.tok(k)
    enc = tok.enclitic
    if tok.kind != "word" or enc not in _PRONOUN_PGN:
        return False
    if tok.base not in _BUT and not (tok.base == "ان" and not tok.proclitics and k - 1 >= sm.offset
                                     and sm.tok(k - 1).norm in _BUT_BEFORE_THAT) \
            and not (tok.base == "ان" and tok.proclitics == ("ف",)):  # (وفيما أدانت …، فإنها دعت)
        return False
    return bool({pgn for _, pgn in t.readings} & _PRONOUN_PGN[enc])


def _particle_start(t: Trigger, sm: SentenceMentions) -> int:
    """The first token of the particle of contrast before the verb (غير of غير أنه, or لكنه)."""
    k = t.head - 1
    return k - 1 if sm.tok(k).base == "ان" else k


def _pronoun_antecedent(t: Trigger, sm: SentenceMentions) -> Arg | None:
    """The actor ending right before the independent pronoun before the verb (past a comma; no
    preposition on it), which the pronoun names when the verb agrees with it."""
    k = t.head - 2
    if k >= sm.offset and sm.tok(k).text in ("،", ","):
        k -= 1
    p = sm.covering(k) if k >= sm.offset else None
    if p is None or p.last != k or p.is_place or sm.governed(p) is not None:
        return None
    if p.first - 1 >= sm.offset and (sm.tok(p.first - 1).base in A.PREPOSITIONS or sm.tok(p.first - 1).norm in _AFTER):
        return None  # بعد القوات الحكومية، وهي تحظى: the pronoun names the sentence's topic
    arg = sm.as_arg([p], "pronoun-antecedent")
    return arg if _agrees(arg, {pgn for _, pgn in t.readings}) else None


def _wished_by_speaker(t: Trigger, sm: SentenceMentions) -> bool:
    """Whether the verb ``t`` comes right after أن (لأن) that follows a noun of wishing or intending
    with a third-person possessive pronoun, past في، على or لـ (عن أمله في أن يقوم، عزمه على أن يزور):
    the pronoun's owner, the speaker, is its subject."""
    k = t.head - 1
    if k < sm.offset or sm.tok(k).base != "ان" or set(sm.tok(k).proclitics) - {"ل"}:
        return False
    k -= 1
    if k >= sm.offset and not sm.tok(k + 1).proclitics and sm.tok(k).norm in ("في", "علي"):
        k -= 1  # (أمله في أن; استعداده لأن)
    if k < sm.offset:
        return False
    noun = sm.tok(k)
    return noun.enclitic in _THIRD_PERSON and noun.base in _WISH_NOUNS


def _if_agrees(arg: Arg, t: Trigger, sm: SentenceMentions) -> Arg | None:
    """``arg`` when it can be the subject of verb ``t`` (:func:`_agrees`; gendered unless the verb
    carries an object pronoun), else ``None``."""
    return arg if _agrees(arg, {pgn for _, pgn in t.readings}, gendered=sm.tok(t.head).enclitic is None) else None


def _feminine_plural_body(sm: SentenceMentions, first: int, arg: Arg) -> bool:
    """Whether ``arg`` opens with a sound feminine plural with the article (السلطات، القوات،
    الولايات المتحدة), which a feminine pronoun resumes (إنها), no masculine one; not a person's
    name (عرفات)."""
    tok = sm.tok(first)
    return tok.has_article and tok.norm.endswith("ات") and len(tok.norm) >= 6 \
        and not any(a.kind == "person" for a in arg.actors)


def _agrees_with_relative(t: Trigger, pronoun: Token) -> bool:
    """Whether the verb ``t`` agrees in person, number and gender with the relative pronoun."""
    return bool({pgn for _, pgn in t.readings} & _RELATIVE_PGN.get(pronoun.norm, frozenset()))


def _weapon_after(sm: SentenceMentions, k: int, verb: int) -> int:
    """``verb`` when words ``k``..``verb``-1 are a بـ phrase of no actor (a word with بـ and at
    most two more with the article or none, no other clitic: بغاز الأعصاب، بسيارة مفخخة) that
    says what an attack was made with; else ``k``."""
    tok = sm.tok(k)
    if tok.kind != "word" or tok.proclitics[:1] != ("ب",) or tok.enclitic or sm.covering(k) is not None \
            or verb - k > 3:
        return k
    rest = range(k + 1, verb)
    if all(sm.tok(i).kind == "word" and sm.tok(i).proclitics in ((), ("ال",)) and not sm.tok(i).enclitic
           and sm.covering(i) is None for i in rest):
        return verb
    return k


def _bare_adjective(sm: SentenceMentions, k: int) -> bool:
    """Whether word ``k`` may be an indefinite adjective of the noun before it (دام، جديد): a bare
    word of no actor, preposition or adverb."""
    tok = sm.tok(k)
    return tok.kind == "word" and not tok.has_article and not tok.proclitics and not tok.enclitic \
        and sm.covering(k) is None and tok.base not in A.PREPOSITIONS and not A.skippable(sm.tokens, k - sm.offset)


def _definite_nisba(sm: SentenceMentions, k: int) -> bool:
    """Whether word ``k`` is a nisba adjective with the article and no other clitic, covered by no
    actor (الجوية، العسكرية)."""
    tok = sm.tok(k)
    return tok.kind == "word" and tok.proclitics == ("ال",) and not tok.enclitic and sm.covering(k) is None \
        and tok.norm.endswith(NISBA_ENDINGS)


def _joined_adjective(sm: SentenceMentions, k: int) -> bool:
    """Whether word ``k`` may be an indefinite adjective joined by و to the one before it
    (جويا ومدفعيا): و alone on a bare word of no actor."""
    tok = sm.tok(k)
    return tok.kind == "word" and not tok.has_article and tok.proclitics == ("و",) and not tok.enclitic \
        and sm.covering(k) is None and tok.base not in A.PREPOSITIONS


_WEAK_LETTERS = str.maketrans("", "", "اويىءئؤأإآ")


def _same_root(verb: str, noun: str) -> bool:
    """Whether a verb's citation form (أدان) and a noun (إدانة, normalised) share its root: the
    verb's strong letters, in order, among the noun's (weak letters and hamza left out)."""
    letters = iter(noun.translate(_WEAK_LETTERS))
    return all(ch in letters for ch in normalize(verb).translate(_WEAK_LETTERS))


#: Actor entries of a state's bodies that arrest, hold and repress (not one office holder).
_AUTHORITIES = frozenset({"sec.authorities", "sec.government", "sec.regime", "sec.administration", "sec.forces",
                          "sec.armed_forces", "sec.army", "sec.troops", "sec.police", "sec.security_forces",
                          "sec.intelligence"})


def _authority(a: Actor) -> bool:
    """Whether an actor is a state's authorities, government, forces or police: a body of
    :data:`_AUTHORITIES`, or an organisation of the military, the police or the intelligence (the
    Israeli army)."""
    return (a.kind == "sector" and a.entry in _AUTHORITIES) or (a.kind == "org" and a.sector in ("MIL", "COP", "SPY"))


def _lam_actor(sm: SentenceMentions, k: int) -> Placed | None:
    """The actor starting at ``k`` with لـ (لتنظيم القاعدة), if any."""
    own = sm.at(k)
    return own if own is not None and sm.governed(own) == "ل" else None


def _party(a: Actor | None, *, persons: bool = True) -> tuple[str | None, ...] | None:
    """Which side an actor is on, for telling a source from its target: a named group, else a
    country's state (government, army, police alike) or one of its non-state sectors, so that
    militants and police of one country are two parties (قتل مسلحون عراقيون شرطيين عراقيين)
    where a ministry and the army are one; a known person with no sector (out of office) is a
    party of his own (with ``persons``)."""
    if a is None:
        return None
    if a.group or not a.country:
        return (_key(a),)
    if persons and a.kind == "person" and a.sector is None:
        # وجه فرانسوا هولاند انتقادات للرئيس الحالي إيمانويل ماكرون: a known man out of office
        # (or of no office) is himself, not his country's state
        return (a.country, "person", a.entry or a.name)
    return (a.country, "state" if a.sector in _EXECUTIVE or a.sector is None else a.sector)


def _community_people(a: Actor) -> bool:
    """An ethnic or religious community itself or its civilians (المسلمين، الأقباط، مواطنين
    أكراد), no force or body of it: a nisba with a group and no country (no armed, state or party
    sector)."""
    return a.kind == "adjective" and a.country is None and a.group is not None and a.sector in (None, "CVL")


def _same_actor(a: Actor | None, b: Actor | None) -> bool:
    """The same actor for deduplication: the same identity, or two state actors of one country
    (the embassy and the Revolutionary Guard are both Iran hit by one strike)."""
    if _key(a) == _key(b):
        return True
    if a is None or b is None or not a.country or a.country != b.country:
        return False
    return (a.sector in _STATE_SECTORS or a.sector is None) and (b.sector in _STATE_SECTORS or b.sector is None) \
        and (a.group is None or a.sector in _STATE_SECTORS) and (b.group is None or b.sector in _STATE_SECTORS)


def _same(a: Event, b: Event) -> bool:
    return (a.event_type == b.event_type and _same_actor(a.source, b.source)
            and _same_actor(a.target, b.target) and a.negated == b.negated)


def _absorbs(kept: Event, ev: Event) -> bool:
    """Whether ``ev`` was dropped as a mention of the same event as ``kept``."""
    if kept.event_type != ev.event_type or kept.negated != ev.negated:
        return False
    return _same(ev, kept) or (ev.target is None and _key(kept.source) == _key(ev.source)) \
        or (ev.source is None and _key(kept.target) == _key(ev.target))


def _identified(a: Actor | None) -> bool:
    return a is not None and bool(a.country or a.group)


#: Sectors of society whose members protest as a crowd or strike: civilians, the opposition,
#: workers and unions, students and teachers, farmers, refugees, rights activists (not the
#: sectors that also hold institutions, outlets or companies: وزارة الصحة، تلفزيون المسيرة).
_CROWD_SECTORS = frozenset({"CVL", "OPP", "LAB", "EDU", "AGR", "REF", "HRI"})


def _after_bare_verb(t: Trigger, sm: SentenceMentions) -> Token | None:
    """The word right after a one-word verb that has no pronoun of its own, or ``None``."""
    nxt = t.last + 1
    if sm.tok(t.head).enclitic is not None or t.last != t.head or nxt >= sm.offset + len(sm.tokens):
        return None
    return sm.tok(nxt)


def _words_targets(actors: Sequence[Actor], *, bodies: bool = False) -> bool:
    """Whether every actor is one attacked in words: an unarmed person, a party, the opposition or
    the media; with ``bodies``, a government, a parliament or a court named by its office too
    (حكومة العبادي، البرلمان; not a state by its name)."""
    sectors = ("MED", "PTY", "OPP", "GOV", "LEG", "JUD") if bodies else ("MED", "PTY", "OPP")
    return all((a.kind == "person" and a.sector not in _ARMED_SECTORS)
               or (a.kind in ("sector", "org") and a.sector in sectors) for a in actors)


def _crowd(a: Actor | None, event_type: str | None) -> bool:
    """Protesters protesting, workers striking: the crowd is the event's actor even without a
    country or group."""
    return a is not None and event_type == "PROTEST" and a.sector in _CROWD_SECTORS
