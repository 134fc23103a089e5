"""Frames around a trigger: negation, modality, reported speech, and what makes it no event.

For each candidate trigger the coder asks, within its clause (and the clause it hangs from):

- is it negated (لا، لم، لن، ليس، عدم just before it; or in the complement of نفى)?
- is it future (سوف، سـ، لن) or under a pledge or an intention (تعهد، يعتزم، يسعى)?
- is it not asserted at all: requested (دعا إلى، طالب بـ), a purpose (لشن، بهدف), feared
  (مخاوف من), conditional (إذا، لو), or merely described (يشكل تهديدا)?
- is it reported (in the complement of قال، أكد، أعلن … or any clause after it in the sentence)?
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from marsad.events.arguments import STILL, THIRD_PERSON_PRONOUNS, preps_of, unmanned
from marsad.events.clauses import Clause
from marsad.events.lexicon import EventLexicon
from marsad.events.triggers import (
    BANNING,
    DECISION_NOUNS,
    FROM_WORDS,
    TOPIC_PREPOSITIONS,
    Trigger,
    token_keys,
)
from marsad.model import Token
from marsad.text import normalize

_NEG_WINDOW = 2


@dataclass(slots=True)
class Frame:
    """What the context says about one trigger."""

    negated: bool = False
    negator: str | None = None
    modality: str | None = None
    modal_trigger: Trigger | None = None
    unasserted: str | None = None  # why the event is not asserted (then it is not coded)
    reporter: Trigger | None = None  # the reporting verb whose complement holds the trigger
    light: Trigger | None = None  # a support verb governing a verbal noun
    undergo: Trigger | None = None  # تعرض لـ: its subject is the target
    cause: Trigger | None = None  # أسفر عن: the noun inherits the cause event's source
    retaliate: bool = False
    threat: Trigger | None = None  # هدد بفرض عقوبات: the threat whose بـ-complement holds the trigger


def particle_roles(lex: EventLexicon, tok: Token) -> dict[str, str]:
    """The particle roles of a token (under any of its lookup keys)."""
    out: dict[str, str] = {}
    for key in (tok.norm, tok.base):
        out.update(lex.particles.get(key, {}))
    if not out:
        for key in token_keys(tok).noun:
            out.update(lex.particles.get(key, {}))
    return out


def _negation(lex: EventLexicon, tokens: Sequence[Token], offset: int, trig: Trigger,
              clause: Clause) -> str | None:
    lo = max(clause.start, trig.head - _NEG_WINDOW)
    for j in range(trig.head - 1, lo - 1, -1):
        tok = tokens[j - offset]
        role = lex.particles.get(tok.norm, {}).get("negation") or lex.particles.get(tok.base, {}).get("negation")
        if role == "دون" and unmanned(tokens, j + 1 - offset):
            continue  # طائرة من دون طيار شنت غارة: "unmanned", no negation
        if role and tok.norm == _LAMMA and not _imperfect_next(tokens, j - offset):
            continue  # لما قام به المركز: "for what" or "when" before a past verb; لمّا يصل: "not yet"
        if role and j + 1 < trig.head and tokens[j + 1 - offset].norm in _HESITATING:
            return None  # لم يتأخر الرد الإسرائيلي برفض، لم يتورع عن إحراق نفسه: "did not hesitate to", it was done
        if role and j + 1 < trig.head and tokens[j + 1 - offset].norm in STILL:
            return None  # لا تزال تحتجز، لا يزال يقصف: "still", it goes on
        if role and _not_only(tokens, trig.last + 1 - offset):
            return None  # لا تهدد حياة المواطنين فحسب، بل تطيل الحرب: "not only … but", it is done
        if role and trig.pos == "noun" and j + 1 < trig.head and "ال" in tokens[trig.head - offset].proclitics \
                and tokens[j + 1 - offset].kind == "word" and tokens[j + 1 - offset].base not in _HAPPENING:
            return None  # لم تلق الضربات التي شنتها إجماعا، لم تكن الضربات هي الأولى: a known event, what is denied is said of it
        if role:
            return role
        if tok.norm in _THAT_NOT and (tok.norm != "الا" or (j > offset and tokens[j - 1 - offset].base == "علي")) \
                and _imperfect_next(tokens, j - offset):
            return "ألا"  # ضمانات بألا يعودوا للقتال، اتفقا على ألا يهاجم: "that … not" (not إلا "except")
    if _or_after_without(lex, tokens, offset, trig, clause):
        return "دون"  # دون شروط مسبقة أو طلب شيء من واشنطن: "without conditions or asking"
    before = clause.start - 1
    if clause.kind == "complement" and before >= offset and tokens[before - offset].base == "دون" \
            and clause.start <= trig.head <= clause.start + _NEG_WINDOW:
        return "دون"  # غادر دون أن يلتقي الرئيس: "without meeting"
    return None


_LAMMA = "لما"
#: Verbs of happening (normalised bases, after لم/لا/لن): a definite event noun after them is negated
#: (لم يقع الهجوم); after any other verb it is a known event that something is denied of.
_HAPPENING = frozenset(normalize(w) for w in (
    "يقع", "تقع", "يحدث", "تحدث", "يجر", "تجر", "يجري", "تجري", "يتم", "تتم", "يسجل", "تسجل", "يحصل", "تحصل",
    "يكتمل", "تكتمل", "ينفذ", "تنفذ", "يبدأ", "تبدأ"))
#: "Or" (normalised), and how many words may stand between "without" and it.
_OR = "او"
_WITHOUT_SPAN = 3


def _or_after_without(lex: EventLexicon, tokens: Sequence[Token], offset: int, trig: Trigger,
                      clause: Clause) -> bool:
    """Whether the trigger is joined by أو to the noun that دون or بدون governs, past at most two of
    its words and no punctuation (دون شروط مسبقة أو طلب شيء): it is "without" too."""
    k = trig.head - 1
    if k < max(clause.start, offset) or tokens[k - offset].norm != _OR or tokens[trig.head - offset].proclitics:
        return False
    for j in range(k - 1, max(clause.start, offset, k - 1 - _WITHOUT_SPAN) - 1, -1):
        tok = tokens[j - offset]
        if tok.kind != "word":
            return False
        if (lex.particles.get(tok.norm, {}).get("negation") or lex.particles.get(tok.base, {}).get("negation")) == "دون":
            return j < k - 1
    return False
#: "Only" and "but (also)" (normalised): after a negation they make "not only … but", and the
#: negated act is affirmed.
_ONLY = frozenset(normalize(w) for w in ("فحسب", "فقط"))
_BUT_ALSO = frozenset(normalize(w) for w in ("بل", "وإنما", "إنما", "ولكن", "لكن"))
#: How many words "only" may stand after the negated trigger.
_ONLY_WINDOW = 10


def _not_only(tokens: Sequence[Token], i: int) -> bool:
    """Whether "only", then "but", follows within a few words from token ``i`` (the word after a
    negated trigger)."""
    for k in range(i, min(len(tokens), i + _ONLY_WINDOW)):
        if tokens[k].norm in _BUT_ALSO:
            return False  # لم تهاجم المدنيين، بل قصفت المسلحين فقط: "only" is the other clause's
        if tokens[k].norm in _ONLY:
            nxt = [t for t in tokens[k + 1:k + 4] if t.kind == "word"]
            return bool(nxt) and nxt[0].norm in _BUT_ALSO
    return False
#: أن + لا written as one word (normalised): بألا, and ألا after على (alone it may be إلا "except").
_THAT_NOT = frozenset({"بالا", "الا"})
#: "Despite" (normalised): what follows is conceded, no support verb's verbal noun (يواصل فريقها مهمته
#: رغم الضربات الغربية: the strikes are not the team's).
_DESPITE = frozenset({"رغم", "برغم", "بالرغم", "رغما"})
#: Verbal nouns of discussing, investigating or suspecting (normalised bases): a support verb does not
#: reach past one to the event discussed (بدأت الشرطة التحقيق في مقتل الصحفي: no killing by the police).
DISCUSSING = frozenset({"بحث", "مناقشه", "تحقيق", "تحقيقات", "شك", "تحري"})
#: Verbs of hesitating or delaying (normalised, as after لم، لن، لا): negated, they affirm the act
#: after them (لم يتردد في، لم يتورع عن، لم يتأخر … برفض).
_HESITATING = frozenset(normalize(w) for w in (
    "تأخر", "يتأخر", "تتأخر", "تردد", "يتردد", "تتردد", "تورع", "يتورع", "تتورع", "توان", "يتوان", "تتوان",
    "توانى", "يتوانى", "تتوانى", "تلكأ", "يتلكأ", "تتلكأ",
))


def _imperfect_next(tokens: Sequence[Token], i: int) -> bool:
    """Whether the word after token ``i`` may be an imperfect verb (its first letter a prefix of
    the present: يصل، تتم، نعرف، أعرف)."""
    return i + 1 < len(tokens) and tokens[i + 1].kind == "word" and not tokens[i + 1].proclitics \
        and tokens[i + 1].norm[:1] in ("ي", "ت", "ن", "ا")


def _aside_noun(tokens: Sequence[Token], offset: int, t: Trigger) -> bool:
    """Whether the event noun ``t`` is no support verb's object but a manner phrase with its
    agent (بدعم من التحالف، بمساعدة من) or a purpose phrase (لإطلاق)."""
    tok = tokens[t.head - offset]
    if tok.proclitics[:1] == ("ل",):
        return True  # a purpose phrase on the way (أقامت منصات لإطلاق الصواريخ من أجل استهداف)
    nxt = t.last + 1 - offset
    if nxt + 1 < len(tokens) and tokens[nxt].kind == "word" and not tokens[nxt].proclitics \
            and tokens[nxt + 1].norm == "من":
        nxt += 1  # بدعم جوي من التحالف: past the noun's adjective
    return tok.proclitics[:1] == ("ب",) and nxt < len(tokens) and tokens[nxt].norm == "من"


def _governors(triggers: Sequence[Trigger], trig: Trigger, clause: Clause) -> list[Trigger]:
    """Function or event triggers before ``trig`` in its clause, nearest first."""
    return [t for t in reversed(triggers) if clause.start <= t.head < trig.head]


#: Words after which a verbal noun is a topic, an occurrence or a charge, no act of a support
#: verb's subject (حول وقوع هجوم، بشأن الهجوم، تهمة القتل), normalised bases.
_TOPIC_OR_OCCURRENCE = frozenset({"وقوع", "حدوث", "حول", "بشان", "شان", "بخصوص", "خصوص",
                                  "تهمه", "تهم",  # وجهت الشرطة تهمة القتل لرجل: the charge
                                  "ملابسات", "تفاصيل"})  # يواصلون بحثهم لكشف ملابسات عملية إطلاق النار
#: Nouns of suspending, freezing, cancelling, preventing or absence (normalised bases): an event
#: noun in their genitive, or after them with لـ, is kept from happening or absent (أعلن الحوثيون وقفا
#: مؤقتا للعمليات، تعليق المناورات، تجميد المساعدات، إلغاء الزيارة، منع الاحتجاجات، انتفاء التهديد،
#: إزالة العقوبات).
#: Not وقف/إنهاء "stopping, ending": what is to stop is going on (إنهاء الدعم الإيراني للحوثيين).
_HALTS = frozenset({"وقفا", "تعليق", "منع", "تجميد", "الغاء", "انتفاء", "غياب", "ازاله", "تخفيف", "فك", "تجنب", "تفادي"})


#: Verbs of calling off or putting off (normalised, clitic-free): the verbal noun right after one
#: does not take place (ألغى زيارته المقررة، أرجأ الاجتماع).
_CANCELLING = frozenset({"الغي", "الغت", "يلغي", "تلغي", "الغوا", "ارجا", "ارجات", "يرجي", "ترجي", "اجل",
                         "اجلت", "يوجل", "توجل"})


_PLACE_PREPS = frozenset({"في", "الي", "علي", "من", "عن", "مع"})


#: "Occurrence" (normalised bases), between a noun of preventing and the event it prevents.
_OCCURRENCE = frozenset({"وقوع", "حدوث"})


#: Words of warning (normalised bases): the verbal noun after one and من is warned against.
_WARNINGS = frozenset({"حذر", "حذرت", "حذروا", "يحذر", "تحذر", "يحذرون", "محذرا", "محذره", "محذرين",
                       "تحذير", "تحذيرات"})


def _warned_against(tokens: Sequence[Token], offset: int, trig: Trigger) -> bool:
    """Whether the verbal noun follows من after a word of warning, a few words back (حذر الوزير في
    الوقت ذاته من سحب القوات، محذرا من شن هجوم)."""
    i = trig.head - offset
    if i < 2 or tokens[i - 1].norm != "من":
        return False
    return any(tokens[k].base in _WARNINGS for k in range(max(0, i - 6), i - 1))


def _halted(tokens: Sequence[Token], offset: int, trig: Trigger) -> bool:
    """Whether the event noun is what a noun of suspending keeps from happening: right after it in
    the construct state (تعليق المناورات) or after it and one adjective with لـ (وقفا مؤقتا للعمليات)."""
    i = trig.head - offset
    j = i - 1 if i >= 2 and tokens[i - 1].base in _OCCURRENCE and not tokens[i - 1].proclitics else i
    if j >= 1 and tokens[j - 1].base in _HALTS and not tokens[j - 1].enclitic \
            and tokens[i].proclitics in ((), ("ال",)):
        return True  # (تفادي حدوث اشتباكات، منع وقوع هجمات: past the word for its occurrence)
    if tokens[i].proclitics[:1] not in (("ب",), ("ل",)):
        for k in range(i - 1, max(-1, i - 5), -1):  # ألغى زيارته، أرجأت الحكومة الليبية الاجتماع
            tok = tokens[k]
            if tok.base in _CANCELLING and not tok.enclitic and not (k >= 1 and tokens[k - 1].norm == "من"):
                return True  # called off or put off (not من أجل "for the sake of")
            if k == i - 1 and tok.norm in BANNING:  # (the verbs of banning of the trigger finder)
                return True  # يحظر قتل الحيتان: banned right after the verb
            if tok.kind != "word" or set(tok.proclitics) & {"ب", "ل"} or tok.base in _PLACE_PREPS:
                break
    if tokens[i].proclitics[:1] != ("ل",):
        return False
    return any(k >= 0 and tokens[k].base in _HALTS and not tokens[k].enclitic for k in (i - 1, i - 2))


def _halted_support(tokens: Sequence[Token], offset: int, light: Trigger) -> bool:
    """Whether the support word of an event noun is kept from happening, a noun of suspending or a
    verb of calling off right before it and no clitic on it: what it supports does not take place
    (منع شن هجوم، تجنب تنفيذ عمليات عسكرية وهجمات، تعليق شن الغارات، ألغى القيام بزيارة)."""
    i = light.head - offset
    if i < 1 or tokens[i].proclitics not in ((), ("ال",)) or tokens[i].enclitic:
        return False
    before = tokens[i - 1]
    return not before.enclitic and (before.base in _HALTS or before.base in _CANCELLING)


#: Stocks of arms (normalised bases) that a state destroys as its own (دمرت ترسانتها الكيميائية).
_ARSENALS = frozenset({"ترسانه", "ترسانات", "اسلحه", "مخزون", "مخزونات"})
#: The possessive pronoun that refers to the subject of a verb of each person-number-gender.
_OWN_PRONOUN = {"3fs": "ها", "3ms": "ه", "3mp": "هم", "3md": "هما", "3fd": "هما"}


def _own_arsenal(tokens: Sequence[Token], offset: int, trig: Trigger) -> bool:
    """Whether the verb's object, right after it, is a stock of arms with a pronoun that refers
    to the verb's own subject (أكدت دمشق أنها دمرت ترسانتها، دمرت روسيا مخزونها)."""
    k = trig.last - offset + 1
    if k >= len(tokens):
        return False
    tok = tokens[k]
    own = {_OWN_PRONOUN.get(pgn) for _, pgn in trig.readings}
    return tok.kind == "word" and tok.base in _ARSENALS and tok.enclitic is not None and tok.enclitic in own \
        and not set(tok.proclitics) & {"ب", "ل", "ك"}


#: Animals (normalised bases) that a cull or a hunt kills: no political violence.
_ANIMAL_WORDS = frozenset({"دجاجه", "دجاج", "طيور", "ماشيه", "مواشي", "ابقار", "بقره", "خنازير", "خنزير", "اغنام",
                           "حيوانات", "كلاب", "دواجن", "ابل", "خيول"})


def _animals(tokens: Sequence[Token], offset: int, trig: Trigger) -> bool:
    """Whether the act's object, among the four words after it (past a number: تعدم عشرة آلاف
    دجاجة; رأس من الماشية), is an animal."""
    for k in range(trig.last - offset + 1, min(len(tokens), trig.last - offset + 5)):
        tok = tokens[k]
        if tok.kind == "punct":
            return False
        if tok.kind == "word" and tok.base in _ANIMAL_WORDS:
            return True
    return False


#: Verbal nouns of taking or blocking (normalised bases): aid in their genitive is not given by the
#: clause's subject (قامت الميليشيا بنهب الأموال وسرقة المساعدات، مصادرة المساعدات، احتجاز شحنات الإغاثة).
_TAKING = frozenset({"سرقه", "نهب", "مصادره", "احتجاز", "استيلاء", "عرقله", "اعتراض"})


def _taken(tokens: Sequence[Token], offset: int, trig: Trigger) -> bool:
    """Whether the aid noun is the genitive of a noun of taking or blocking right before it, or
    after على that follows one (الاستيلاء على المساعدات)."""
    k = trig.head - offset - 1
    if k >= 1 and tokens[k].norm == "علي":
        k -= 1
    return k >= 0 and tokens[k].kind == "word" and tokens[k].base in _TAKING and not tokens[k].enclitic


#: Adjectives of a verbal noun that make it possible or expected, not reported (normalised bases,
#: definite or not): الضربة الأميركية المحتملة، هجوم وشيك، العملية العسكرية المرتقبة.
_POSSIBLE = frozenset({"محتمل", "محتمله", "مرتقب", "مرتقبه", "وشيك", "وشيكه", "متوقع", "متوقعه",
                       "مزعوم", "مزعومه", "مفترض", "مفترضه"})  # (دعم إيراني مزعوم: alleged, not reported)


def _possible(tokens: Sequence[Token], offset: int, trig: Trigger) -> bool:
    """Whether an adjective of possibility or allegation follows the verbal noun among its first
    three adjectives (الضربة الأميركية المحتملة، دعم إيراني مزعوم)."""
    for k in range(trig.last - offset + 1, min(len(tokens), trig.last - offset + 4)):
        tok = tokens[k]
        if tok.kind != "word" or tok.proclitics not in ((), ("ال",)) or tok.enclitic:
            return False
        if tok.base in _POSSIBLE:
            return True
    return False


#: Heads of a verbal noun that may stand between it and a word of topic (ملابسات عملية إطلاق النار).
OPERATIONS = frozenset({"عمليه", "عمليات", "حادث", "حادثه"})


def _topic_before(tokens: Sequence[Token], i: int) -> bool:
    """Whether a word of topic, occurrence or charge (:data:`_TOPIC_OR_OCCURRENCE`) stands right
    before token ``i``, or before the عملية/حادث that heads it."""
    if i >= 1 and tokens[i - 1].base in OPERATIONS and not tokens[i - 1].enclitic:
        i -= 1
    return i >= 1 and tokens[i - 1].base in _TOPIC_OR_OCCURRENCE


#: How far after a threat its بـ-complement may begin (هددت واشنطن بشن ضربة، تهديدات واشنطن بشن ضربة).
_THREAT_REACH = 8  # (its subject may stand between: هددت دمشق وحليفتها موسكو بشن، لوحت دول غربية على رأسها الولايات المتحدة بتنفيذ)


def _threatened_by(triggers: Sequence[Trigger], trig: Trigger, clause: Clause, tokens: Sequence[Token],
                   offset: int, fr: Frame) -> Trigger | None:
    """The threat (a THREATEN verb or noun) whose بـ-complement holds the verbal noun ``trig``:
    the verbal noun itself with بـ (هدد بقتل الرهائن) or its support verb's noun with بـ (هددت
    بشن ضربة), a few words after the threat. What is threatened has not happened."""
    if not trig.is_event or trig.pos != "noun" or trig.entry.event_type == "THREATEN":
        return None
    opener = fr.light if fr.light is not None and fr.light.pos == "noun" else trig
    if "ب" not in tokens[opener.head - offset].proclitics:
        return None
    return _near_governor(triggers, opener, clause, "THREATEN", _THREAT_REACH)


#: Cooperative events a refusal's object names: offers and proposals, which a refusal leaves
#: undone (رفضت تركيا أي وساطة فرنسية، رفضت إسرائيل وقف إطلاق النار). A refused attack happened
#: (رفضت مصر الهجوم على …: a condemnation), so attacks are not listed.
_REFUSABLE = frozenset({"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT"})
_REFUSAL_REACH = 4


def _refused_by(triggers: Sequence[Trigger], trig: Trigger, clause: Clause) -> Trigger | None:
    """The verb of refusal (a REJECT verb) whose object is the cooperative verbal noun ``trig``,
    a few words after it in its clause."""
    if not trig.is_event or trig.pos != "noun" or trig.entry.event_type not in _REFUSABLE:
        return None
    return _near_governor(triggers, trig, clause, "REJECT", _REFUSAL_REACH, verbs_only=True)


_DENIAL_REACH = 6  # words between a verb of denial and the event it denies (its subject, مزاعم)


def _denied_object(triggers: Sequence[Trigger], trig: Trigger, clause: Clause) -> bool:
    """Whether the nearest trigger before ``trig`` in its clause is a verb of denial a few words
    before it, with no other trigger between: its object, the event denied (نفت البعثة قتلها
    لمدنيين، نفت الحكومة قصف المستشفى، نفت بشدة مزاعم قتل مدنيين)."""
    govs = _governors(triggers, trig, clause)
    return bool(govs) and govs[0].pos == "verb" and bool(govs[0].entry.flags & _DENYING) \
        and 0 < trig.head - govs[0].last <= _DENIAL_REACH


#: Flags of verbs whose object event did not happen: denying it (نفى قصف المستشفى) or refraining
#: from it (امتنع عن انتقاد روسيا).
_DENYING = frozenset({"deny", "refrain"})


def _denied_means(tokens: Sequence[Token], offset: int, triggers: Sequence[Trigger], trig: Trigger,
                  clause: Clause) -> bool:
    """Whether the noun ``trig`` with بـ names how a denied event of its type was done, a few words
    after it with no other trigger between (نفى حزب الله استهداف أحد مواقعه بغارة إسرائيلية: no raid
    either)."""
    if trig.pos != "noun" or "ب" not in tokens[trig.head - offset].proclitics:
        return False
    govs = _governors(triggers, trig, clause)
    return bool(govs) and govs[0].pos == "noun" and govs[0].entry.event_type == trig.entry.event_type \
        and 0 < trig.head - govs[0].last <= _DENIED_MEANS_REACH and _denied_object(triggers, govs[0], clause)


_DENIED_MEANS_REACH = 8  # words from a denied event noun to its بـ of means (استهداف أحد مواقعه على الحدود اللبنانية السورية بغارة)


def _near_governor(triggers: Sequence[Trigger], trig: Trigger, clause: Clause, event_type: str, reach: int,
                   *, verbs_only: bool = False) -> Trigger | None:
    """The nearest trigger of ``event_type`` before ``trig`` in its clause that ends at most
    ``reach`` tokens before it (a verb only, with ``verbs_only``)."""
    for t in _governors(triggers, trig, clause):
        if t.entry.event_type == event_type and 0 < trig.head - t.last <= reach and (t.pos == "verb" or not verbs_only):
            return t
    return None


_FUTURE_VERB_REACH = 3  # words from a verb with the future سـ to the verbal noun it takes (ستواصل إسرائيل قصف)


def _future_verb_before(tokens: Sequence[Token], offset: int, heads: frozenset[int], trig: Trigger,
                        clause: Clause) -> bool:
    """Whether a verbal noun follows, within a few words of its clause, a verb of no event of its own
    that carries the future سـ (ستعيد فرض العقوبات، ستواصل إسرائيل قصف غزة، سيبدأ تطبيق): it is to come."""
    reach = _FUTURE_VERB_REACH
    if trig.pos != "noun":
        head = tokens[trig.head - offset]
        if head.proclitics or head.enclitic or not any(tense == "past" for tense, _ in trig.readings):
            return False
        reach = 1  # ستعيد فرض العقوبات: a bare past right after a verb is its verbal noun
    for k in range(trig.head - 1, max(clause.start - 1, trig.head - 1 - reach), -1):
        tok = tokens[k - offset]
        if tok.kind != "word" or k in heads:
            return False
        if "س" in tok.proclitics and tok.base[:1] in ("ي", "ت", "ن", "ا"):
            return tok.base[1:] not in _REMAINING  # (سيبقى الحظر دائما: the ban is in force)
    return False


#: Present stems (normalised, past the person prefix) of verbs of remaining or lasting: the event
#: after سيبقى، سيظل، سيستمر is going on already, not to come.
_REMAINING = frozenset({"بقي", "ظل", "ستمر", "دوم", "بقون", "ظلون", "ستمرون"})


def frame_for(lex: EventLexicon, tokens: Sequence[Token], offset: int, triggers: Sequence[Trigger],
              trig: Trigger, clause: Clause, clauses: Sequence[Clause], *,
              inside: frozenset[int] = frozenset()) -> Frame:
    """The frame of one trigger (``inside``: the document indexes of the words of actor names
    after their first)."""
    fr = Frame()
    neg = _negation(lex, tokens, offset, trig, clause)
    if neg:
        fr.negated, fr.negator = True, neg
        if neg == "لن":
            fr.modality = "future"
    heads = frozenset(t.head for t in triggers)  # (where the sentence's triggers stand, for the checks below)
    if trig.future or _future_verb_before(tokens, offset, heads, trig, clause):
        fr.modality = "future"
    if "pledge" in trig.entry.flags and trig.is_event:
        fr.modality = fr.modality or "pledge"  # تعهدت مصر بـ…: the pledge itself
    _particles_before(lex, tokens, offset, trig, clause, fr)
    before = _before_complement(lex, tokens, offset, clause)  # (each word's roles looked up once)
    irrealis = _complement_particle(before, "irrealis")
    if any(roles.get("irrealis") in _WISHES for _, roles, _ in before):
        fr.modality = fr.modality or "intent"  # أعرب عن رغبته في أن يزور: to come
    if irrealis is not None:
        fr.unasserted = fr.unasserted or f"not asserted ({irrealis} أن)"
    likely = _complement_particle(before, "likely", after_min=True)
    if likely is not None:
        fr.unasserted = fr.unasserted or f"not asserted (من {likely} أن)"
    hope = _complement_particle(before, "hope")
    if hope is not None and trig.pos == "verb" and clause.marker is not None and trig.head - clause.marker <= _HOPED_REACH:
        # أعرب عن أمله في أن يزور الكويت: the verb hoped for (not المحادثات الأخيرة in أمله بأن تضفي
        # المحادثات الأخيرة, nor a later verb of the clause)
        fr.unasserted = fr.unasserted or f"hoped for, not asserted ({hope} أن)"
    if trig.pos == "noun" and (hoped := _hoped_noun(lex, tokens, offset, trig)) is not None:
        # أعرب عن أمله بزيارة الرياض، أعربت عن أملها في الإفراج عن: the act hoped for, as after أمله في أن
        fr.unasserted = fr.unasserted or f"hoped for, not asserted ({hoped} بـ/في)"
    if _complement_particle(before, "scheduled", after_min=True) is not None:
        fr.modality = fr.modality or "future"  # من المقرر أن يزور، من المتوقع أن يلتقي: to come
    elif (unplanned := _not_planned(before)) is not None and trig.pos == "verb" and clause.marker is not None \
            and trig.head - clause.marker <= _HOPED_REACH and not fr.negated:
        # ومن غير المقرر أن يزور أوباما قبر والده: not scheduled, the visit is not to come
        fr.negated, fr.negator = True, unplanned
    if _apodosis(lex, tokens, offset, clause, clauses):
        fr.unasserted = fr.unasserted or "a condition or its answer (إذا … فـ، إذا … و)"
    crossed = False  # a verb between the governor and the trigger, or an event noun not joined to it
    # (a purpose لـ-noun is its agent's too: قيام مئات الفلسطينيين بتنظيم مظاهرة للمطالبة برفع الحصار)
    coordinated = tokens[trig.head - offset].proclitics[:1] in (("و",), ("ل",))
    # past an event noun not joined to the trigger, or an inquiry into it: the trigger is that
    # event's object, or what is inquired into (طالب بإجراء تحقيق في مقتل الصحفي)
    nested = _inquired(tokens, offset, trig)
    for gov in _governors(triggers, trig, clause):
        if gov.pos == "verb" and "light" in gov.entry.flags and gov.last == gov.head \
                and tokens[gov.head - offset].enclitic in THIRD_PERSON_PRONOUNS:
            continue  # التحالف الذي تقوده السعودية غارات: a support verb with its object pronoun supports nothing after it
        discussed = any(tokens[k - offset].base in DISCUSSING or tokens[k - offset].norm in _DESPITE
                        for k in range(gov.last + 1, trig.head)) or _past_b_object(tokens, offset, gov, trig)
        # (عقد مجلس الأمن جلسة لبحث وقف إطلاق النار: what a meeting discusses is no act of its holder)
        modal = bool(_MODAL_FLAGS & gov.entry.flags)  # (what only a request, pledge or intent heeds)
        _apply_governor(gov, trig, fr, support=not crossed and not discussed,
                        governed=trig.head != gov.last + 1 or bool(preps_of(tokens[trig.head - offset])),
                        caused=_caused(tokens, offset, gov, trig, clause, triggers),
                        intended=not modal or not (_means_after(tokens, offset, gov, trig)
                                                   or _before_aim(tokens, offset, gov, trig)),
                        background=nested or (modal and _since_when(tokens, offset, gov, trig, heads)))
        # طالب بإجراء تحقيق في مقتل الصحفي، تهدف المسيرة إلى التنديد بالحصار: what the event asked
        # for or intended is about has happened; only that event is asked for or intended
        nested = nested or (gov.pos == "noun" and gov.is_event and gov.entry.event_type in _PRESUPPOSING
                            and not coordinated and gov.head not in inside
                            and not _aside_noun(tokens, offset, gov) and _object_phrase(tokens, offset, gov, trig))
        _apply_polarity(lex, tokens, offset, gov, clause, trig, fr)
        # قامت بريطانيا بطرد الدبلوماسيين بعد اتهام … بمحاولة اغتيال: a support verb's noun is the
        # first event noun after it, with those joined to it by و (شنت غارات وقصفا; a noun of no
        # event between stops nothing: شنت حملة اعتقالات), not one further on, nor the event
        # noun's own genitive (قامت القوات بقمع مسيرة: the march is not the forces')
        crossed = crossed or gov.pos == "verb" or (
            gov.pos == "noun" and gov.is_event and not coordinated
            and gov.head not in inside and not _aside_noun(tokens, offset, gov))
    if fr.light is not None and trig.pos == "noun" and (
            _answered(tokens, offset, trig) or (fr.retaliate and not _response_means(tokens, offset, fr.light, trig))):
        # وجهت … ضربة ردا على هجوم; سترد بقوة على العقوبات، ردا على "الهجوم"، ردا على تقارير عن
        # هجوم، رد إيراني محتمل بعد قصف: the act answered is not theirs (ردت بغارات: it is)
        fr.light, fr.retaliate = None, False
    if fr.light is not None and trig.pos == "noun" and _topic_before(tokens, trig.head - offset):
        # يجري التحقيق في التقارير حول وقوع هجوم كيميائي: the attack investigated, not conducted
        fr.light, fr.retaliate = None, False
    if trig.pos == "verb" and trig.entry.event_type == "ASSAULT" and _own_arsenal(tokens, offset, trig):
        fr.unasserted = fr.unasserted or "its own arsenal destroyed (دمرت ترسانتها): disarmament, no attack"
    if trig.pos == "noun" and trig.entry.event_type == "AID" and _taken(tokens, offset, trig):
        fr.unasserted = fr.unasserted or "aid stolen, seized or blocked (سرقة المساعدات), not given"
    if trig.entry.event_type == "ASSAULT" and _animals(tokens, offset, trig):
        fr.unasserted = fr.unasserted or "animals culled or killed (تعدم عشرة آلاف دجاجة), no political violence"
    if trig.pos == "noun" and trig.is_event and trig.head - 2 >= clause.start \
            and tokens[trig.head - 1 - offset].norm == _SAKE and tokens[trig.head - 2 - offset].norm in FROM_WORDS:
        fr.unasserted = fr.unasserted or "purpose (من أجل): to be done, not done"  # من أجل تهديد إسرائيل
    if trig.pos == "noun" and trig.is_event and _possible(tokens, offset, trig):
        fr.unasserted = fr.unasserted or "possible, expected or alleged, not reported (محتمل، مرتقب، وشيك، مزعوم)"
    if trig.pos == "noun" and trig.entry.event_type == "ASSAULT" and _figurative(tokens, offset, trig):
        fr.unasserted = fr.unasserted or "figurative: a political, legal, electoral or media battle, no violence"
    if trig.pos == "noun" and trig.is_event and _decided_about(tokens, offset, trig):
        fr.unasserted = fr.unasserted or "what a decision is about (قرار بشأن الانسحاب), not an act yet"
    if trig.pos == "noun" and trig.is_event and _warned_against(
            tokens, offset, fr.light if fr.light is not None and fr.light.pos == "noun" else trig):
        fr.unasserted = fr.unasserted or "warned against (حذر من سحب القوات): not done"
    if trig.pos == "noun" and trig.is_event and (
            _halted(tokens, offset, trig) or (fr.light is not None and _halted_support(tokens, offset, fr.light))):
        fr.unasserted = fr.unasserted or "suspended, frozen, cancelled or prevented (تعليق المناورات، تجميد المساعدات)"
    threat = _threatened_by(triggers, trig, clause, tokens, offset, fr)
    if threat is not None:
        fr.unasserted = fr.unasserted or f"threatened, not asserted ({threat.entry.id})"
        fr.threat = threat
    refusal = _refused_by(triggers, trig, clause)
    if refusal is not None:
        fr.unasserted = fr.unasserted or f"refused, not asserted ({refusal.entry.id})"
    if fr.undergo is None and trig.pos == "noun" and trig.head == clause.start and clause.kind == "comma" \
            and tokens[trig.head - offset].proclitics[:1] == ("ل",):
        # تعرض قيادي في حماس، هو وكيل الوزارة، للخطف: the لـ-noun after an aside still
        # completes the verb of undergoing before it
        fr.undergo = _undergo_before(triggers, clauses, clause)
    outer = _complement_governor(triggers, trig, clause, clauses, tokens, offset)
    if outer is not None:  # يعتزم أن يقتحم، لم تستطع أن تقتحم، طالب بأن
        gov, gov_clause = outer
        _apply_governor(gov, trig, fr)
        _apply_polarity(lex, tokens, offset, gov, gov_clause, trig, fr)
    if fr.light is not None and trig.is_event:  # لم تشن إسرائيل غارات، ستشن، لن تشن
        neg = _negation(lex, tokens, offset, fr.light, clause)
        if neg and not fr.negated and "fail" not in fr.light.entry.flags:  # لم تفشل: it happened
            fr.negated, fr.negator = True, neg
        if fr.light.future or neg == "لن":
            fr.modality = fr.modality or "future"
    if trig.purpose and trig.pos == "noun" and fr.undergo is None:
        fr.unasserted = fr.unasserted or "purpose (لـ + verbal noun)"
    fr.reporter = _reporter(triggers, trig, clause, clauses, tokens, offset)
    deny = (fr.reporter is not None and "deny" in fr.reporter.entry.flags) or _denied_object(triggers, trig, clause) \
        or _denied_means(tokens, offset, triggers, trig, clause) \
        or (fr.light is not None and trig.is_event and _denied_object(triggers, fr.light, clause))
    # (نفى الجيش شن غارات، نفى قيامه بقصف المستشفى، نفى توجيه انتقادات: the support noun is what
    # the verb of denial governs, and the act it supports is denied with it)
    if deny and _copula_subject(tokens, offset, trig):
        pass  # نفت أن تكون المناورات المشتركة استفزازا: the drills are held, what they are is denied
    elif deny:
        fr.negated, fr.negator = True, "نفى"
    elif _no_existence(tokens, offset, trig):
        # لا وجود لحرب أو مفاوضات مع الولايات المتحدة: "there is no" such event
        fr.negated, fr.negator = True, "لا وجود"
    elif _baseless(tokens, offset, trig):
        # الأنباء عن طرد السفير التركي لا أساس لها من الصحة: a report called groundless, denied
        fr.negated, fr.negator = True, "لا أساس"
    elif trig.pos == "noun" and trig.is_event and trig.head > offset and tokens[trig.head - offset - 1].base in _ANY:
        # إحباط أي تهديد محتمل، سترد على أي هجمات: "any" attack is none in particular
        fr.unasserted = fr.unasserted or f"any such event, none in particular ({tokens[trig.head - offset - 1].text})"
    elif trig.pos == "verb" and trig.head - offset >= 2 and tokens[trig.head - offset - 1].norm in ("ما", "من") \
            and tokens[trig.head - offset - 2].base == "كل":
        # التعامل مع كل ما يهدد أمن الوطن، كل من يعتدي على: whatever or whoever does it, no one act
        fr.unasserted = fr.unasserted or "whatever or whoever does it (كل ما، كل من), no particular event"
    elif trig.pos == "verb" and _any_subject(triggers, tokens, offset, trig, clause):
        # إن أي ضربات عسكرية أمريكية في سوريا تستهدف جيشها: "any" strikes aim at no one in particular
        fr.unasserted = fr.unasserted or "its subject is any such event, none in particular (أي ضربات تستهدف)"
    return fr


_EXISTENCE = frozenset({"وجود"})
_NO_EXISTENCE_REACH = 4  # words from وجود to the event noun it denies (لا وجود لحرب أو مفاوضات)


def _no_existence(tokens: Sequence[Token], offset: int, trig: Trigger) -> bool:
    """Whether an event noun follows لا وجود لـ within a few words and no punctuation: there is none
    (لا وجود لحرب أو مفاوضات مع الولايات المتحدة، لا وجود لأي اتفاق)."""
    if trig.pos != "noun":
        return False
    for k in range(trig.head - 1 - offset, max(0, trig.head - offset - 1 - _NO_EXISTENCE_REACH), -1):
        tok = tokens[k]
        if tok.kind != "word":
            return False
        if tok.base in _EXISTENCE and not tok.proclitics and k >= 1 and tokens[k - 1].norm == "لا" \
                and "ل" in tokens[k + 1].proclitics:
            return True
    return False


#: Forms of كان "to be" (normalised) after أن: a verbal noun right after one is the copula's subject.
_COPULAS = frozenset({"يكون", "تكون", "كان", "كانت", "يكونوا", "يكونا", "تكونا"})


def _copula_subject(tokens: Sequence[Token], offset: int, trig: Trigger) -> bool:
    """Whether a verbal noun stands right after أن + a form of كان: the subject of a clause that
    says what the event was (نفى أن يكون الهجوم من تنفيذ داعش، نفت أن تكون المناورات استفزازا), which
    a denial leaves standing; not after هناك (أن يكون هناك هجوم: none)."""
    k = trig.head - offset
    return trig.pos == "noun" and k >= 2 and tokens[k - 1].norm in _COPULAS and tokens[k - 2].norm in ("ان", "بان")


#: Reports, claims and rumours (normalised bases) whose content a sentence may call groundless.
_REPORTS = frozenset(normalize(w) for w in (
    "أنباء", "الأنباء", "أخبار", "تقارير", "ادعاءات", "مزاعم", "شائعات", "إشاعات", "تداول", "تسريبات", "اتهامات"))
#: How many words before the trigger the report noun may stand (الأنباء التي تم تداولها عن طرد).
_REPORT_REACH = 10


def _baseless(tokens: Sequence[Token], offset: int, trig: Trigger) -> bool:
    """Whether the event is the content of a report, a claim or a rumour a few words before it
    that the sentence, after it, calls groundless or untrue (لا أساس لها من الصحة، عارية عن الصحة)."""
    i = trig.head - offset
    if not any(tokens[k].base in _REPORTS for k in range(max(0, i - _REPORT_REACH), i)):
        return False
    for k in range(trig.last + 1 - offset, len(tokens) - 1):
        word, nxt = tokens[k], tokens[k + 1]
        if word.norm == "لا" and nxt.base == "اساس":
            return True  # لا أساس لها من الصحة
        if word.base in ("عار", "عاريه") and (nxt.norm in ("عن", "من") or (
                k + 2 < len(tokens) and tokens[k + 2].norm in ("عن", "من"))):
            return True  # عارية (تماما) عن الصحة
    return False


def _any_subject(triggers: Sequence[Trigger], tokens: Sequence[Token], offset: int, trig: Trigger,
                 clause: Clause) -> bool:
    """Whether an event noun after أي/أية stands before the verb in its clause, with no other
    verb between: the verb's subject is "any" such event."""
    for n in triggers:
        if n.pos == "noun" and n.is_event and clause.start < n.head < trig.head \
                and tokens[n.head - offset - 1].base in _ANY \
                and not any(o.pos == "verb" and n.head < o.head < trig.head for o in triggers):
            return True
    return False


_IRREALIS_REACH = 3  # words between a particle of necessity or possibility and its أن (يجب على إسرائيل أن)


_HOPED_REACH = 2  # words from the أن after a word of hope to the verb hoped for (أن لا يتدخل)


def _before_complement(lex: EventLexicon, tokens: Sequence[Token], offset: int,
                       clause: Clause) -> list[tuple[str, dict[str, str], bool]]:
    """The words a few words before the أن that opens a complement clause, nearest first, up to
    the first one that is no word: each with its particle roles and whether من stands right
    before it (empty for any other clause)."""
    if clause.kind != "complement" or clause.marker is None:
        return []
    out: list[tuple[str, dict[str, str], bool]] = []
    k = clause.marker - offset
    for j in range(k - 1, max(-1, k - 1 - _IRREALIS_REACH), -1):
        tok = tokens[j]
        if tok.kind != "word":
            break
        out.append((tok.text, particle_roles(lex, tok), j > 0 and tokens[j - 1].base == "من"))
    return out


def _hoped_noun(lex: EventLexicon, tokens: Sequence[Token], offset: int, trig: Trigger) -> str | None:
    """The word of hope (particle role ``hope``: أمله، أملها، يأمل) that a verbal noun follows with
    بـ on it or after في (أمله بزيارة، أملها في الإفراج), or ``None``."""
    k = trig.head - offset
    if "ب" in tokens[k].proclitics:
        j = k - 1
    elif k >= 2 and tokens[k - 1].norm == "في" and tokens[k].proclitics[:1] != ("و",):
        j = k - 2
    else:
        return None
    return tokens[j].text if j >= 0 and tokens[j].kind == "word" and "hope" in particle_roles(lex, tokens[j]) else None


def _not_planned(before: Sequence[tuple[str, dict[str, str], bool]]) -> str | None:
    """من غير المقرر أن: the word right before the complement's أن is a particle of a plan
    (``scheduled``), and غير after من stands right before it: "it is not planned that"."""
    if len(before) < 2 or "scheduled" not in before[0][1] or normalize(before[1][0]) != _NOT or not before[1][2]:
        return None
    return f"غير {before[0][0]}"


#: غير ("not", "other than"), normalised.
_NOT = normalize("غير")


def _complement_particle(before: Sequence[tuple[str, dict[str, str], bool]], role: str, *,
                         after_min: bool = False) -> str | None:
    """The particle of ``role`` among the words before a complement's أن (:func:`_before_complement`;
    with ``after_min``, right after من): of necessity or possibility (``irrealis``: يجب أن تنسحب،
    يمكن أن تقود إلى القبض، ينبغي على إسرائيل أن; ``likely``: من المحتمل أن، من المرجح أن), what the
    clause says is not reported; of a plan (``scheduled``: من المقرر أن، من المتوقع أن), it is to come
    (not المقرر الخاص "the rapporteur"). ``None`` when there is none."""
    return next((text for text, roles, min_before in before if role in roles and (not after_min or min_before)
                 and roles[role] not in _ABLE and roles[role] not in _WISHES), None)
    # (وأضاف القدرة أن: a surname, no capacity; رغبته في أن: an intent, not unasserted)


#: Adjectives (normalised bases, without the article) that make a battle or an attack one of
#: words, courts or votes (معركته القضائية، هجوما سياسيا، المعركة الانتخابية).
_FIGURATIVE = frozenset(normalize(w) for w in (
    "قضائية", "قضائي", "قضائيا", "قانونية", "قانوني", "قانونيا", "انتخابية", "انتخابي", "انتخابيا",
    "سياسية", "سياسي", "سياسيا", "إعلامية", "إعلامي", "إعلاميا", "دبلوماسية", "دبلوماسي", "دبلوماسيا",
    "كلامية", "كلامي", "كلاميا", "لفظية", "لفظي", "لفظيا", "رياضية", "كروية", "فكرية", "فكري"))


def _figurative(tokens: Sequence[Token], offset: int, trig: Trigger) -> bool:
    """Whether an attack noun is one of words, courts, votes or sport: an adjective of
    :data:`_FIGURATIVE` right after it (معركته القضائية، هجوما سياسيا، المعركة الانتخابية)."""
    i = trig.last - offset + 1
    if i >= len(tokens) or tokens[i].kind != "word" or tokens[i].enclitic:
        return False
    tok = tokens[i]
    return tok.base in _FIGURATIVE and tok.proclitics in ((), ("ال",))


#: Nouns of deciding (normalised bases, the accusative قرارا too).
_DECISIONS = DECISION_NOUNS | {"قرارا"}


def _decided_about(tokens: Sequence[Token], offset: int, trig: Trigger) -> bool:
    """Whether a verbal noun is what a decision is about (لم يتخذ قرارا بشأن الانسحاب، القرار
    النهائي حول شن ضربات): a noun of deciding, and at most one adjective, then بشأن/حول/بخصوص right
    before it or before its support masdar. Whether the decision is taken or not, the act is not
    reported."""
    i = min(trig.tokens) - offset
    if i >= 3 and tokens[i - 1].kind == "word" and not tokens[i - 1].proclitics and not tokens[i - 1].enclitic \
            and tokens[i - 2].norm in TOPIC_PREPOSITIONS:
        i -= 1  # حول شن ضربات: a support masdar between
    if i < 2 or tokens[i - 1].norm not in TOPIC_PREPOSITIONS:
        return False
    for j in (i - 2, i - 3):
        if j < 0 or tokens[j].kind != "word":
            return False
        if tokens[j].base in _DECISIONS:
            return True
    return False


#: "Any" (أي، أية; normalised, clitic-free) before a verbal noun: no particular event.
_ANY = frozenset({"اي", "ايه"})


def _apodosis(lex: EventLexicon, tokens: Sequence[Token], offset: int, clause: Clause,
              clauses: Sequence[Clause]) -> bool:
    """Whether ``clause`` opens with فـ or و right after a clause that holds a conditional
    particle (إذا أطلق النار علينا فسندمر قواته; إذا استدعى الأمر وطلب منها شركاؤها): the answer
    of the condition, or more of it, not asserted."""
    if clause.kind == "coord" and tokens[clause.start - offset].proclitics[:1] not in (("ف",), ("و",)):
        return False
    if clause.kind not in ("coord", "complement"):
        return False  # (إذا فشل التصويت فإن العقوبات تعود، إذا شك أحد في أن إيران تنتهك: the condition's own clauses)
    prev = next((c for c in clauses if c.index == clause.index - 1), None)
    return prev is not None and prev.end == clause.start and any(
        "conditional" in particle_roles(lex, tokens[j - offset]) for j in range(prev.start, prev.end))


#: Bases (normalised) of the noun of response before على: ردا على، رداً على، في رد على.
_RESPONSE = frozenset({"رد", "ردا"})


#: Bases of adverbial phrases with بـ that may stand before a support verb's بـ-object (ستقوم فرنسا
#: بموجب الاتفاقات بمساعدة، قامت بدورها بإرسال، قامت بالتعاون مع الجيش بشن).
_B_ADVERBIALS = frozenset({"موجب", "شكل", "دور", "تعاون", "تنسيق", "فعل", "تزامن", "نفس", "اسم", "مشاركه",
                           "صوره", "اضافه"})


def _past_b_object(tokens: Sequence[Token], offset: int, gov: Trigger, trig: Trigger) -> bool:
    """Whether the verbal noun stands past the بـ-object of a support verb that takes one (flag
    ``b_object``: قام بـ): not that object, nor its genitive right after it (قامت الشرطة بحملة
    مداهمات), nor a noun joined to it by و (قاموا بذبح 18 شخصا وخطف، قامت بمطاردة المتظاهرين وتم
    اعتقال): the verb does the first
    (قامت بتعديل توقيتها في أعقاب القمة، تقوم بنقل شحنات نفط بالمخالفة للعقوبات: no summit, no
    sanctions of theirs)."""
    if "b_object" not in gov.entry.flags:
        return False
    for k in range(gov.last + 1, trig.head + 1):
        tok = tokens[k - offset]
        if ("ب" in tok.proclitics or tok.norm == "ب") and tok.base not in _B_ADVERBIALS:
            first = k + 1 if tok.norm == "ب" else k  # (بـ"أعمال شغب": بـ apart)
            joined = any("و" in tokens[j - offset].proclitics[:1] for j in (trig.head, trig.head - 1) if j > k)
            return not (trig.head in (first, first + 1) or joined)  # (وتم اعتقال: و on the word before)
    return False


def _ala_before(tokens: Sequence[Token], offset: int, trig: Trigger) -> int | None:
    """The index of على right before the verbal noun, or before one bare noun before it (على سقوط
    قذيفة), or ``None``."""
    i = trig.head - offset
    if i >= 2 and tokens[i - 1].kind == "word" and not tokens[i - 1].proclitics and not tokens[i - 1].enclitic \
            and tokens[i - 2].norm == "علي":
        return i - 2  # (one bare noun between: the shell's fall answered)
    return i - 1 if i >= 1 and tokens[i - 1].norm == "علي" else None  # على, normalised


def _answered(tokens: Sequence[Token], offset: int, trig: Trigger) -> bool:
    """Whether the verbal noun is what a response answers (ردا على هجوم، ردا على سقوط قذيفة): its
    author is the one answered, not the subject of the support verb of the sentence."""
    j = _ala_before(tokens, offset, trig)
    return j is not None and j >= 1 and tokens[j - 1].base in _RESPONSE


def _response_means(tokens: Sequence[Token], offset: int, gov: Trigger, trig: Trigger) -> bool:
    """Whether the verbal noun is the means of a response (ردت بغارات، رد الجيش بقصف، لترد عليهم
    بقنابل الغاز): the nearest of بـ and على back from the noun (on it included) to the verb of
    response is بـ; على names what is answered (سترد بقوة على العقوبات، ردا على تقارير عن هجوم، رد
    "مناسب" على "الهجمات"), and with neither the noun is no part of the response (رد محتمل بعد قصف)."""
    for k in range(trig.head, gov.last, -1):
        tok = tokens[k - offset]
        if tok.base == "علي":
            return False
        if "ب" in tok.proclitics or tok.norm == "ب":
            return True
    return False


def _undergo_before(triggers: Sequence[Trigger], clauses: Sequence[Clause], clause: Clause) -> Trigger | None:
    """The verb of undergoing (تعرض، واجه) of the clause before ``clause`` (past at most two short
    asides with no trigger in them: تعرض الوزير، الثلاثاء، للخطف), if no event noun completes
    that verb in its own clause."""
    cur = clause
    for _ in range(_ASIDES + 1):
        prev = next((c for c in clauses if c.index == cur.index - 1), None)
        if prev is None or prev.end != cur.start:
            return None
        inside = [t for t in triggers if prev.start <= t.head < prev.end]
        if inside or prev.kind != "comma" or prev.end - prev.start > _ASIDE_TOKENS:
            gov = next((t for t in inside if "undergo" in t.entry.flags), None)
            if gov is None or any(t.is_event and t.pos == "noun" and t.head > gov.head for t in inside):
                return None
            return gov
        cur = prev
    return None


_ASIDES = 2  # short comma clauses with no trigger between a verb of undergoing and its noun
_ASIDE_TOKENS = 8


#: Values of the irrealis particles of wishing and readiness (رغبة، استعداد، اهتمام): the events after
#: them are intended, modality intent, not unasserted.
_WISHES = frozenset({"wish", "readiness", "interest"})
#: Values of the irrealis particles of capacity (قدرة، قادر): they count only with على after them.
_ABLE = frozenset({"capacity", "capable"})
_ABLE_REACH = 4  # words from a word of capacity to its على (قدرة النظام السوري على)
_SAKE = "اجل"  # من أجل "for the sake of" (normalised): the verbal noun after it is a purpose
_WISHED_REACH = 4  # words from a word of wishing to the event wished (عزم ترامب سحب قواته، رغبتهما في تعزيز)
_WISH_NEGATION_REACH = 4  # words from a negation to the word of wishing it denies (لم تبد إيران أي رغبة)


def _particles_before(lex: EventLexicon, tokens: Sequence[Token], offset: int, trig: Trigger,
                      clause: Clause, fr: Frame) -> None:
    for j in range(clause.start, trig.head):
        roles = particle_roles(lex, tokens[j - offset])
        if "future" in roles and trig.head - j <= 3:
            fr.modality = fr.modality or "future"
        if "scheduled" in roles and trig.pos == "noun" and trig.head - j <= 3 and j - 1 >= clause.start \
                and tokens[j - 1 - offset].norm in FROM_WORDS:
            fr.modality = fr.modality or "future"  # ومن المقرر خروج احتجاجات، من المتوقع وصول الرئيس: to come
        if "irrealis" in roles and roles["irrealis"] in _WISHES:
            # أبدت استعدادها لإجراء محادثات، أكدا رغبتهما في تعزيز التعاون: an intent expressed, the
            # event to come (CAMEO's "express intent to"), kept with modality intent; not تابعت باهتمام
            # "with interest", تركيز الاهتمام على "attention"; only the event right after it, not one
            # further on (أعرب عن عزمه فتح تحقيق في اعتقال شرطة بلاده لـ6 أتراك وترحيلهم: done)
            tok = tokens[j - offset]
            if "ب" not in tok.proclitics and not (tok.has_article and tok.enclitic is None) \
                    and trig.head - j <= _WISHED_REACH:
                fr.modality = fr.modality or "intent"
                # ولم تبد إيران أي رغبة في إجراء محادثات: a wish denied, the event not intended
                neg = next((tokens[k - offset].norm for k in range(max(clause.start, j - _WISH_NEGATION_REACH), j)
                            if "negation" in particle_roles(lex, tokens[k - offset])), None)
                if neg is not None and not fr.negated:
                    fr.negated, fr.negator = True, neg
            continue
        if "irrealis" in roles and (roles["irrealis"] not in _ABLE or any(
                tokens[k - offset].base == "علي" for k in range(j + 1, min(j + 1 + _ABLE_REACH, trig.head)))):
            # (القدرة على شن هجمات، قادرا على، قدرة النظام السوري على; not the name أشرف القدرة:
            # capacity takes على, past its genitive)
            fr.unasserted = fr.unasserted or f"not asserted ({roles['irrealis']}: {tokens[j - offset].text})"
        if "conditional" in roles:
            fr.unasserted = fr.unasserted or f"conditional ({tokens[j - offset].text})"


#: How far after a descriptive verb (يشكل، يعتبر) its predicate noun stands: a verbal noun
#: further on belongs to another phrase (شكل في كركوك لمقاتلة القاعدة نجا من محاولة اغتيال).
_DESCRIBED_WORDS = 4


#: Words of time (normalised) after which a noun is when something happened, no result of a verb of
#: causing before them (منذ بدء المسيرات، إثر قصف، خلال اشتباكات).
_WHEN_WORDS = frozenset({"منذ", "بعد", "قبل", "عقب", "اثر", "خلال", "اعقاب", "قبيل", "غداه", "عشيه", "اثناء"})


_RESULT_PREPOSITIONS = frozenset({"الي", "عن"})  # أدى إلى، أسفر عن (normalised)


def _caused(tokens: Sequence[Token], offset: int, gov: Trigger, trig: Trigger, clause: Clause,
            triggers: Sequence[Trigger]) -> bool:
    """Whether a verb of causing ``gov`` causes the noun ``trig``: no word of time between them
    (أدى القمع إلى مقتل 48 منذ بدء مسيرات: not the marches), and the noun is not inside the verb's
    subject, before the إلى or عن that opens its result, with no verb or punctuation between (أدى
    قمع الجيش للمسيرة إلى مقتل: the march is repressed, not caused; تسبب القصف بمقتل مدني … أفادت
    سانا عن still is)."""
    between = range(gov.last + 1 - offset, trig.head - offset)
    if any(tokens[k].norm in _WHEN_WORDS for k in between):
        return False
    if any(tokens[k].norm in _RESULT_PREPOSITIONS for k in between) or trig.head == gov.last + 1:
        return True  # (وأدى الهجوم إلى مقتل: the subject right after the verb keeps what it had)
    verbs = {t.head for t in triggers if t.pos == "verb"}
    for k in range(trig.last + 1 - offset, min(clause.end, trig.last + 1 + _RESULT_REACH) - offset):
        if tokens[k].kind == "punct" or k + offset in verbs:
            return True
        if tokens[k].norm in _RESULT_PREPOSITIONS:
            return False
    return True


_RESULT_REACH = 8  # words after a noun within which the إلى/عن of the result may still come


#: Words after which the means phrase of من خلال has ended and the aim begins (تسعى من خلال زيارته إلى
#: تعزيز، أرادت من خلال الاستهداف أن …), normalised.
_AIM_OPENERS = frozenset({"الي", "ان", "لكي", "كي", "بهدف"})
_MEANS_REACH = 3  # words from the خلال of من خلال to the verbal noun that is the means


#: Types of event nouns whose object has happened: one condemns or protests what was done (التنديد
#: بالحصار); not a refusal, request or threat, whose object is not done (رفض إطلاق النار).
_PRESUPPOSING = frozenset({"ACCUSE", "PROTEST"})
#: Nouns of inquiry (normalised bases): what one inquires into with في has happened.
_INQUIRIES = frozenset({"تحقيق", "تحقيقا", "تحقيقات", "تقصي", "تحري"})


def _inquired(tokens: Sequence[Token], offset: int, trig: Trigger) -> bool:
    """Whether the noun ``trig`` follows a noun of inquiry and في (تحقيق في مقتل الصحفي، التحقيقات في
    الهجوم): it is what is inquired into, which a request or an intent for the inquiry leaves standing."""
    k = trig.head - offset
    return trig.pos == "noun" and k >= 2 and tokens[k - 1].base == "في" and not tokens[k - 1].proclitics \
        and tokens[k - 2].base in _INQUIRIES


#: Prepositions (normalised bases and proclitics) by which an event noun takes the event it is about.
_OBJECT_PREPOSITIONS = frozenset({"في", "علي", "عن", "ضد", "ب"})


def _object_phrase(tokens: Sequence[Token], offset: int, gov: Trigger, trig: Trigger) -> bool:
    """Whether the noun ``trig`` is the event noun ``gov``'s object: right after it, or after في، على،
    عن، ضد or بـ a few words on, with no إلى or أن between (تحقيق في مقتل، التنديد بالحصار، الرد على
    الهجوم; not مسيرة العودة أيضا إلى التنديد, where إلى is a verb's)."""
    if trig.head == gov.last + 1:
        return True
    if trig.head - gov.last > 4 or any(tokens[k - offset].norm in _AIM_OPENERS for k in range(gov.last + 1, trig.head)):
        return False
    before = tokens[trig.head - 1 - offset]
    own = tokens[trig.head - offset]
    return before.base in _OBJECT_PREPOSITIONS or bool(set(own.proclitics) & {"ب"})


#: Verbs of aiming or striving (entry ids) whose aim follows إلى، لـ or أن: a noun between the verb and
#: that word is its subject or means (تهدف مسيرة العودة إلى التنديد: the march takes place).
_AIM_VERBS = frozenset({"modal.hadafa", "modal.saa"})


def _before_aim(tokens: Sequence[Token], offset: int, gov: Trigger, trig: Trigger) -> bool:
    """Whether the noun ``trig`` stands after a verb of aiming or striving before the إلى، لـ or أن
    that opens its aim (وتهدف مسيرة العودة إلى التنديد: the march is the subject, no intent)."""
    if trig.pos != "noun" or gov.entry.id not in _AIM_VERBS or "ل" in tokens[trig.head - offset].proclitics:
        return False
    return not any(tokens[k - offset].norm in _AIM_OPENERS or "ل" in tokens[k - offset].proclitics
                   for k in range(gov.last + 1, trig.head))


def _means_after(tokens: Sequence[Token], offset: int, gov: Trigger, trig: Trigger) -> bool:
    """Whether the noun ``trig`` is the means after من خلال past a verb of intent or striving, not
    what is intended (أرادت طهران من خلال هذا الاستهداف الجديد للسعودية تخفيف الضغوط، تسعى الصين من
    خلال زيارة وزير خارجيتها إلى تعزيز العلاقات: the attack and the visit took place)."""
    if trig.pos != "noun":
        return False
    for k in range(trig.head - 1, max(gov.last, trig.head - 1 - _MEANS_REACH), -1):
        tok = tokens[k - offset]
        if tok.norm in _AIM_OPENERS or tok.kind == "punct":
            return False
        if tok.norm == "خلال" and k - 1 > gov.last and tokens[k - 1 - offset].norm == "من":
            return "ل" not in tokens[trig.head - offset].proclitics
    return False


#: Words of time and cause (normalised bases) that place a noun after them in what has already
#: happened (بعد مقتل، إثر الغارات، عقب هجوم، منذ بدء، جراء القصف); not قبل "before", which may
#: name what is still to come.
_BACKGROUND_WORDS = (_WHEN_WORDS - {"قبل", "قبيل", "عشيه"}) | {"جراء", "بسبب", "ابان"}
_SINCE_REACH = 4  # words from such a word to the verbal noun it governs (بعد يومين من الهجوم)
#: Flags of the governors whose reach :func:`_since_when`, :func:`_means_after` and :func:`_before_aim` limit.
_MODAL_FLAGS = frozenset({"request", "pledge", "intent"})


def _since_when(tokens: Sequence[Token], offset: int, gov: Trigger, trig: Trigger, heads: frozenset[int]) -> bool:
    """Whether the noun ``trig`` stands in a phrase of time or cause after the request, pledge or
    intent ``gov``, with no other event between: the background of the request, already
    happened, not what is asked or intended (طالبت الأمم المتحدة بإجراء تحقيق بعد مقتل صحفي، قررت
    الحكومة تأجيل الانتخابات بعد هجوم نفذته طالبان، دعت إلى عقد اجتماع إثر الغارات الإسرائيلية)."""
    if trig.pos != "noun":
        return False
    for k in range(trig.head - 1, max(gov.last, trig.head - 1 - _SINCE_REACH), -1):
        tok = tokens[k - offset]
        if tok.kind == "punct" or k in heads:
            return False
        if tok.base in _BACKGROUND_WORDS and not tok.enclitic:
            return True
    return False


def _apply_governor(gov: Trigger, trig: Trigger, fr: Frame, *, support: bool = True, governed: bool = True,
                    caused: bool = True, intended: bool = True, background: bool = False) -> None:
    """What governor ``gov`` makes of ``trig``'s frame. A support verb supports only a verbal noun
    with no other verb between them (``support``: أطلق أردوغان حربا تستهدف حزب العمال … خلف العملية
    الانتحارية: the war is Erdogan's, the suicide attack is not). An intransitive verb of undergoing
    (تعرض لـ، إلى) governs no noun right after it without a preposition (``governed`` false: فرنسا
    تعرض الوساطة "France offers mediation"). A verb of causing causes no noun past a word of time
    (``caused`` false: أدى القمع إلى مقتل 48 منذ بدء مسيرات: the marches are not the repression's). A
    verb of intent intends no noun that is its means (``intended`` false: تسعى من خلال زيارته إلى), and
    neither it nor a request reaches a noun in a phrase of time or cause after it (``background``: طالبت
    بإجراء تحقيق بعد مقتل صحفي, the killing happened)."""
    flags = gov.entry.flags
    if "request" in flags and trig.is_event and gov.head != trig.head and not background:
        fr.unasserted = fr.unasserted or f"requested, not asserted ({gov.entry.id})"
    if ("pledge" in flags or "intent" in flags) and fr.modal_trigger is None and intended and not background:
        fr.modality = "pledge" if "pledge" in flags else "intent"
        fr.modal_trigger = gov
    if "describe" in flags and (
            (trig.pos == "noun" and trig.head - gov.last <= _DESCRIBED_WORDS) or trig.head == gov.last + 1):
        # (شكلت تحديا: right after the verb, a verbal noun in the accusative, no dual "they defied")
        fr.unasserted = fr.unasserted or f"described, not reported ({gov.entry.id})"
    if "light" in flags and fr.light is None and trig.pos == "noun" and support:
        fr.light = gov
        if "retaliate" in flags:
            fr.retaliate = True
        if gov.purpose:
            fr.unasserted = fr.unasserted or "purpose (لـ + support verb)"
    if "undergo" in flags and fr.undergo is None and trig.pos == "noun" and (governed or "intransitive" not in flags):
        fr.undergo = gov
    if "cause" in flags and fr.cause is None and trig.pos == "noun" and caused:
        fr.cause = gov


#: Flags of the verbs that govern the events of an أن-complement clause after them.
_COMPLEMENT_GOVERNORS = ("pledge", "intent", "request", "ability", "fail")


def _complement_governor(triggers: Sequence[Trigger], trig: Trigger, clause: Clause,
                         clauses: Sequence[Clause], tokens: Sequence[Token] = (),
                         offset: int = 0) -> tuple[Trigger, Clause] | None:
    """The modal, request, ability or failure verb whose أن-complement holds the trigger:
    the last such verb of the clause just before the trigger's complement clause. A complement
    joined by و to an earlier one, past comma clauses in between (سأل الله أن يحفظ البلاد بقيادة
    الملك، وولي عهده، وأن يعين رجال الأمن), shares its verb."""
    while clause.kind == "complement" and clause.index > 0:
        prev = next((c for c in clauses if c.index == clause.index - 1), None)
        if prev is None or prev.end != clause.start:
            return None
        for t in reversed(triggers):
            if prev.start <= t.head < prev.end and t.head != trig.head and any(
                    f in t.entry.flags for f in _COMPLEMENT_GOVERNORS):
                return t, prev
        if not _coordinated(tokens, offset, clause):
            return None
        while prev.kind == "comma" and prev.index > 0:  # back to the complement it continues
            before = next((c for c in clauses if c.index == prev.index - 1), None)
            if before is None or before.end != prev.start:
                return None
            prev = before
        if prev.kind != "complement":
            return None
        clause = prev
    return None


def _coordinated(tokens: Sequence[Token], offset: int, clause: Clause) -> bool:
    """Whether a clause starts with the conjunction و (وأن، وبأن)."""
    k = clause.start - offset
    return 0 <= k < len(tokens) and "و" in tokens[k].proclitics


def _apply_polarity(lex: EventLexicon, tokens: Sequence[Token], offset: int, gov: Trigger,
                    gov_clause: Clause, trig: Trigger, fr: Frame) -> None:
    """An ability verb, and the verb of intent that gives the event its modality, pass their
    negation to the event they govern (لم تستطع القوات أن تقتحم، لا تنوي عقد اجتماع،
    لم تتمكن من اقتحام: no storming); a failure verb negates it unless itself negated (فشلت
    القوات في اقتحام)."""
    flags = gov.entry.flags
    intent = "intent" in flags and gov is fr.modal_trigger
    if gov.head == trig.head or not trig.is_event or not ("ability" in flags or "fail" in flags or intent):
        return
    neg = _negation(lex, tokens, offset, gov, gov_clause)
    if intent:  # لا تنوي عقد اجتماع، لم يقرر إرسال قوات: no intent, nothing to come
        if neg and not fr.negated:
            fr.negated, fr.negator = True, neg
        return
    if "ability" in flags and neg and not fr.negated:
        fr.negated, fr.negator = True, neg
    elif "fail" in flags and not neg and not fr.negated:
        fr.negated, fr.negator = True, gov.entry.label.split("/")[0]


def _reporter(triggers: Sequence[Trigger], trig: Trigger, clause: Clause,
              clauses: Sequence[Clause], tokens: Sequence[Token], offset: int) -> Trigger | None:
    """The reporting (or denying) verb whose complement holds the trigger: the last one before
    the first complement clause that precedes the trigger in the sentence, unless a clause
    between opens another side's word or act (:func:`_other_side`)."""
    reporter = None
    for c in clauses:
        if c.start > trig.head:
            break
        if c.kind == "complement":
            before = [t for t in triggers if t.head < c.start and
                      ("report" in t.entry.flags or "deny" in t.entry.flags)]
            if before:
                reporter = before[-1]
        elif reporter is not None and _other_side(tokens, offset, c):
            reporter = None
    return reporter


#: Nouns of a side that, after من with a pronoun, open another actor's turn (من جهتها، من جانبه).
_SIDES = frozenset({"جهه", "جانب", "ناحيه", "طرف"})


def _other_side(tokens: Sequence[Token], offset: int, c: Clause) -> bool:
    """Whether a clause opens with "for its part" or "in return" (ومن جهتها، من جانبه، وفي المقابل،
    بالمقابل): what follows is another side's word or act, no longer the report before it (قالت
    واشنطن إن الوزيرين مسؤولان عن اعتقاله، وفي المقابل، تعهدت تركيا بالرد)."""
    k = c.start - offset
    if not 0 <= k < len(tokens):
        return False
    first = tokens[k]
    if first.base == "مقابل" and "ب" in first.proclitics:
        return True
    if k + 1 >= len(tokens):
        return False
    second = tokens[k + 1]
    return (first.base == "في" and second.base == "مقابل" and second.has_article) or (
        first.base == "من" and second.base in _SIDES and second.enclitic is not None)
