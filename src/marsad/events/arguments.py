"""Arguments from Arabic syntax: who is the source and who the target of a trigger.

The rules, each named so that ``marsad explain`` can say which one filled a slot:

- ``vso``: a singular verb followed by an actor that no preposition governs (تعهدت باكستان);
- ``svo``: an actor right before the verb at the start of its clause (باكستان وإيران ناقشتا); a
  dual or plural verb always looks back (VSO verbs agree in gender only);
- ``relative``: in a relative clause, the antecedent before الذي/التي/الذين;
- ``pro-drop``: a verb without an overt subject takes the last compatible subject (a dual/plural
  verb a set of actors, or the set of countries the actor stage tracks);
- ``obj``: the first actor after the verb (and its subject) that no preposition governs;
- ``prep:X``: an actor governed by the preposition X (على، ضد، إلى، مع، ب، من، عن، ل …) of the entry;
- ``genitive``: a verbal noun's idafa or adjective actor (زيارة الرئيس، الضربة الإسرائيلية);
- ``coordination``: actors joined by و (باكستان وإيران) form a set.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, replace

from marsad.actors.compose import ARMED_OR_STATE_SECTORS, OCCUPATION
from marsad.actors.coref import PluralActor
from marsad.events.clauses import KANA, Clause
from marsad.events.lexicon import NEVER_VERBS
from marsad.events.triggers import (
    ADVERBS_IN_AN,
    MANNER_ACCUSATIVES,
    MANNER_NOUNS,
    PREPOSITION_WORDS,
    PROCLITIC_PREPS,
    THIRD_PERSON_PRONOUNS,
    expressed_verb,
    short_bracket_close,
    year_number,
)
from marsad.model import Actor, Document, Mention, Token
from marsad.text import normalize
from marsad.text.dateline import dateline_end

#: Prepositions written as separate words (normalised).
PREPOSITIONS = frozenset({
    "في", "علي", "الي", "من", "عن", "مع", "ضد", "بين", "لدي", "حول", "ازاء", "بشان", "باتجاه",
    "بحق", "عبر", "نحو", "داخل", "خلال", "منذ", "حتي", "عند", "امام", "لصالح", "تجاه", "حيال",
    "جراء", "اثر", "عقب", "ضمن", "دون",
    # times (اختطفت مشاركين أثناء زيارتهم لمنزل الرئيس: when, no one seized)
    "اثناء", "ابان", "قبيل", "غداه", "عشيه",
    # places (مظاهرة خارج السفارة الإسرائيلية: the embassy is where, not who)
    "خارج", "قرب", "قباله", "وسط", "فوق", "تحت", "جوار",
    # "such as" (في بلدان عدة مثل سوريا واليمن: examples of the noun before, no verb's object)
    "مثل",
})  # fmt: skip
_PROCLITIC_PREPS = PROCLITIC_PREPS  # (بـ، لـ، كـ)


def preps_of(tok: Token) -> tuple[str, ...]:
    """The prepositional proclitics of a token, whatever stands around them (وبالهجوم: ب)."""
    return tuple(c for c in tok.proclitics if c in _PROCLITIC_PREPS)


def plain(tok: Token) -> bool:
    """A token with no proclitic but, at most, the article (الهجوم، هجوم; not بالهجوم، والهجوم)."""
    return all(c == "ال" for c in tok.proclitics)
#: Words of attribution (بحسب وكالة الأناضول، وفقا لمصادر، نقلا عن شهود): the actor after one is a
#: source of the news, not a participant of the event before it.
ATTRIBUTION = frozenset({"حسب", "وفق", "وفقا", "طبقا", "نقلا"})

#: Approximations before a count (ما لا يقل عن 23 مقاتلا، ما يزيد على مئة), in matching form.
_APPROX = tuple(tuple(p.split()) for p in (
    "ما لا يقل عن", "ما لا يقل علي", "لا يقل عن", "لا يقل علي", "ما يزيد عن", "ما يزيد علي",
    "ما يربو علي", "ما يقارب", "ما يناهز"))
_APPROX_WORDS = frozenset(w for p in _APPROX for w in p)
SKIPPABLE = frozenset({"امس", "اليوم", "مجدد", "بدوره", "بدورها", "كذلك",
                        "الاربعاء", "الخميس", "الجمعه", "السبت", "الاحد", "الاثنين", "الثلاثاء",
                        # times of day before أمس/اليوم (مساء أول من أمس، صباح اليوم) and على الأقل
                        "صباح", "مساء", "ليل", "ليله", "ظهر", "اول", "الاقل",
                        # adverbs made of ب + a verbal noun (هاجم بشدة قرار المحكمة)
                        "بشده", "بقوه", "بسرعه", "بحزم", "بعنف", "بوضوح", "بالفعل", "باستمرار", "بانتظام",
                        # adverbs of time with a pronoun or a suffix (سلمت بعدها الكويت)
                        "بعدها", "حينها", "عندها", "وقتها", "انذاك", "بعديذ", "حينيذ", "يومها",
                        # adverbs in -an (حاليا، لاحقا, and ADVERBS_IN_AN)
                        "خطا"}) | ADVERBS_IN_AN  # fmt: skip


#: Prepositions (normalised) that govern the people a count before them numbers, as arguments of a
#: verb or noun (بين مئات الشبان، على عشرات المتظاهرين، عن 18 شخصا).
_COUNT_GOVERNORS = frozenset({"بين", "علي", "عن", "مع", "الي", "ضد"})


def _each_of(tokens: Sequence[Token], i: int) -> bool:
    """Whether token ``i`` is the من of كل من ("each of": وتطالب كل من الفلبين وفيتنام; in the
    accusative, اتهمت لندن كلا من روسيا وسوريا)."""
    return tokens[i].norm == "من" and i > 0 and (tokens[i - 1].base == "كل" or tokens[i - 1].norm == "كلا") \
        and not tokens[i - 1].enclitic


def skippable(tokens: Sequence[Token], i: int) -> bool:
    """Whether token ``i`` of ``tokens`` is an adverb of time or manner that stands between a
    verb and its arguments (أمس، صباح، بشدة، الأسبوع الماضي), including the من of أول من أمس, or
    the كل من ("each of") before a list of actors."""
    tok = tokens[i]
    if tok.base in SKIPPABLE or tok.norm in SKIPPABLE:
        return True
    if _each_of(tokens, i) or (i + 1 < len(tokens) and _each_of(tokens, i + 1)):
        return True
    if _on_another_side(tokens, i) or (i >= 1 and _on_another_side(tokens, i - 1)) \
            or (i >= 2 and _on_another_side(tokens, i - 2) and tokens[i - 1].base in _SIDES):
        return True
    if (i + 1 < len(tokens) and _time_phrase(tok, tokens[i + 1])) or (i >= 1 and _time_phrase(tokens[i - 1], tok)):
        return True  # الليلة الماضية، الأسبوع المقبل (not العام alone: الأمين العام)
    return tok.norm == "من" and 0 < i < len(tokens) - 1 and tokens[i - 1].norm == "اول" \
        and tokens[i + 1].norm == "امس"


#: جهة/جانب "side", and the words after them that make "on the other hand" (من جهة أخرى، من
#: جهة ثانية), normalised.
_SIDES = frozenset({"جهه", "جانب"})
_OTHER = frozenset({"اخري", "ثانيه", "اخر", "ثان"})


def _on_another_side(tokens: Sequence[Token], i: int) -> bool:
    """Whether token ``i`` is the من of من جهة أخرى / من جهة ثانية / من جانب آخر ("on the other
    hand"), an adverb between a verb's subject and its object (ودعا النجيفي من جهة ثانية العبادي)."""
    return tokens[i].norm == "من" and i + 2 < len(tokens) and tokens[i + 1].base in _SIDES \
        and not tokens[i + 1].enclitic and tokens[i + 2].base in _OTHER


@dataclass(frozen=True, slots=True)
class Arg:
    """A filled slot: the actors (several for a set), the mentions behind them, and the rule."""

    actors: tuple[Actor, ...]
    mentions: tuple[Mention, ...]
    rule: str

    @property
    def plural(self) -> bool:
        return len(self.actors) > 1


@dataclass(frozen=True, slots=True)
class Placed:
    """A mention with the document token indexes it covers."""

    mention: Mention
    first: int
    last: int

    @property
    def actor(self) -> Actor:
        assert self.mention.actor is not None
        return self.mention.actor

    @property
    def is_place(self) -> bool:
        return self.actor.kind == "place"


def members(m: Mention) -> tuple[Actor, ...]:
    """The actors a mention stands for (a plural's members, or the one actor)."""
    a = m.actor
    if a is None:
        return ()
    if isinstance(a, PluralActor):
        return a.members
    return (a,)


#: Opening quotation marks and brackets, which may stand between a preposition and its noun.
_OPENING_MARKS = frozenset({"«", '"', "“", "(", "‘", "'", "["})
#: Marks that close a name in quotation marks or brackets.
_CLOSING_MARKS = frozenset({"»", '"', "”", ")", "’", "'", "]"})
#: Words that join two actors as one set ("و" written apart, أو "or").
_JOINING_WORDS = frozenset({"و", "او"})
#: Honorifics, ranks and titles of address a name may follow outside its mention (من معالي الفريق
#: الركن الشيخ راشد، بالدكتور محمد), as clitic-free normalised words: the preposition before them
#: governs the name.
_TITLES = frozenset({"معالي", "سمو", "فخامه", "جلاله", "سعاده", "سماحه", "صاحب", "ملكي", "شيخ", "امير",
                     "دكتور", "دكتوره", "د", "مهندس", "مهندسه", "استاذ", "استاذه", "سيد", "سيده", "فريق", "ركن",
                     "لواء", "عميد", "عقيد",
                     "مشير", "حاج"})
_TITLE_RUN = 5


class SentenceMentions:
    """The actor mentions of one sentence, placed on tokens, with the lookups the rules need."""

    def __init__(self, doc: Document, tokens: Sequence[Token], offset: int,
                 quantity: Callable[[Token], bool] | None = None) -> None:
        self.doc = doc
        self.tokens = tokens
        self.offset = offset
        self._quantity_word = quantity
        self._counting: dict[int, bool] = {}
        starts = [t.start for t in tokens]
        placed = []
        if tokens:
            lo, hi = tokens[0].start, tokens[-1].end
            # (the places of a dateline are where the story was filed, no one's subject or object:
            # دبي، الإمارات العربية المتحدة (CNN))
            lo = max(lo, dateline_end(doc.text))
            for m in doc.mentions:
                if m.actor is None or m.end <= lo or m.start >= hi:
                    continue
                first = max(0, bisect.bisect_right(starts, m.start) - 1)
                last = max(first, bisect.bisect_left(starts, m.end) - 1)
                placed.append(Placed(m, offset + first, offset + last))
        #: every placed mention, and those that can be arguments: not a source of information
        #: after حسب، بحسب، وفقا لـ، نقلا عن (قصفت الطائرات حسب المرصد السوري مواقع)
        self.placed = placed
        self.items = [p for p in placed if not self._attributed(p.first)]
        #: words read only as a present verb of one actor, with no pronoun (تنفي، تدعو): a conjunct
        #: right before one opens a new clause as its subject (والأمم المتحدة تدعو), no member of the
        #: list before (set by the coder)
        self.singular_verbs: frozenset[int] = frozenset()
        #: the heads of event nouns (set by the coder): مع before one opens a circumstance
        #: (تزامنت المواجهات مع شن التحالف غارات), no partner after it
        self.event_nouns: frozenset[int] = frozenset()

    def counts(self, idx: int) -> bool:
        """Whether token ``idx`` counts a noun phrase (نحو 500، آلاف، العشرات من): such words
        belong to the phrase of the actor they count, not between it and a verb."""
        hit = self._counting.get(idx)
        if hit is None:
            self._counting[idx] = False  # a guard while the answer depends on neighbours (من, ما يزيد على)
            tok = self.tok(idx)
            word = self._quantity_word
            if tok.kind == "number":
                hit = True
            elif word is None or tok.kind != "word":
                hit = False
            elif tok.norm == "من":  # partitive after a count: العشرات من المتظاهرين، أكثر من
                hit = idx > self.offset and self.counts(idx - 1)
            elif tok.norm in _APPROX_WORDS and self._approximates(idx):
                hit = True  # ما لا يقل عن 23 مقاتلا
            else:
                hit = word(tok)
            self._counting[idx] = hit
        return hit

    def _approximates(self, idx: int) -> bool:
        """Whether token ``idx`` is part of ما لا يقل عن / ما يزيد على … right before a count."""
        end = self.offset + len(self.tokens)
        for pattern in _APPROX:
            for k, w in enumerate(pattern):
                first = idx - k
                after = first + len(pattern)
                if w != self.tok(idx).norm or first < self.offset or after >= end:
                    continue
                if not all(self.tok(first + j).norm == pattern[j] for j in range(len(pattern))):
                    continue
                if self.tok(after).norm == "من" and after + 1 < end:
                    after += 1  # ما يقارب من 1100
                if self.tok(after).kind == "number" or self.counts(after):
                    return True
        return False

    def tok(self, idx: int) -> Token:
        return self.tokens[idx - self.offset]

    def at(self, idx: int) -> Placed | None:
        """The mention starting at token ``idx``."""
        for p in self.items:
            if p.first == idx:
                return p
        return None

    def first_of(self, arg: Arg) -> int | None:
        """The token where the first mention of ``arg`` starts (``None``: not placed here, or an
        argument with no mention of its own, such as the set a dual verb refers back to)."""
        if not arg.mentions:
            return None
        first = arg.mentions[0]
        return next((p.first for p in self.items if p.mention is first), None)

    def last_of(self, arg: Arg) -> int | None:
        """The token where the last mention of ``arg`` ends (``None``: not placed here)."""
        if not arg.mentions:
            return None
        last = arg.mentions[-1]
        return next((p.last for p in self.items if p.mention is last), None)

    def within(self, head: int, last: int) -> list[Placed]:
        """The actors (not places) starting after token ``head`` up to ``last``: the actor words
        of a multiword trigger (هجوم انتحاري)."""
        return [p for p in self.items if head < p.first <= last and not p.is_place]

    def _attributed(self, first: int) -> bool:
        """Whether an attribution word (حسب، بحسب، وفق، وفقا لـ، طبقا لـ، نقلا عن) governs the
        mention starting at token ``first``."""
        j = first - self.offset - 1
        while j >= 0 and self.tokens[j].kind == "punct" and self.tokens[j].text in _OPENING_MARKS:
            j -= 1
        if j < 0:
            return False
        prev = self.tokens[j]
        if prev.base in ATTRIBUTION:
            return True  # حسب المرصد (وفقا لوكالة: the ل is on the mention's word)
        if prev.kind == "word" and j >= 1 and (self.tokens[j - 1].norm == "حسبما" or (
                j >= 2 and self.tokens[j - 1].base == "ما" and self.tokens[j - 2].base in ATTRIBUTION)):
            return True  # وفق ما ذكر دبلوماسيون، حسبما أفادت الوكالة، وفقا لما نقلته: the verb's subject
        return prev.norm == "عن" and j > 0 and self.tokens[j - 1].base == "نقلا"

    def covering(self, idx: int) -> Placed | None:
        for p in self.placed:
            if p.first <= idx <= p.last:
                return p
        return None

    def prep_pronoun(self, i: int) -> bool:
        """Whether token ``i`` is a preposition with its pronoun (عليه، منها، فيه، بها، له)."""
        tok = self.tok(i)
        return tok.kind == "word" and ((tok.base in PREPOSITIONS and bool(tok.enclitic)) or tok.norm in PREP_PRONOUNS)

    def governed(self, p: Placed) -> str | None:
        """The preposition governing a mention, if any (a proclitic ب/ل or a preposition word)."""
        tok = self.tok(p.first)
        segs = [s for s in tok.segments if s.kind == "proclitic"]
        for s in segs:
            if s.norm in _PROCLITIC_PREPS and s.start < p.mention.start + 1:
                return s.norm
        prev = p.first - 1
        while prev > self.offset and self.tok(prev).text in _OPENING_MARKS:
            prev -= 1  # القتال ضد «داعش»: a quotation mark stands between the preposition and its noun
        quoted = prev < p.first - 1
        titles = 0
        while prev > self.offset and titles < _TITLE_RUN and self.tok(prev).kind == "word" \
                and self.tok(prev).base in _TITLES and self.covering(prev) is None:
            lead = preps_of(self.tok(prev))
            if lead:  # بالدكتور محمد
                return lead[0]
            prev -= 1  # من معالي الفريق الركن الشيخ راشد
            titles += 1
        if prev >= self.offset and self.counts(prev) and self.tok(prev).norm != "من":
            # بين مئات الشبان والجيش، على عشرات المدنيين: the preposition before the count governs it
            k = prev
            while k > self.offset and self.counts(k) and self.tok(k).norm != "من":
                k -= 1
            if k >= self.offset and not self.counts(k) and self.tok(k).kind == "word" \
                    and self.tok(k).base in _COUNT_GOVERNORS and not self.tok(k).enclitic:
                return self.tok(k).base  # (not ضمن خمسة شبان وجهت لهم تهمة: among them, of the clause after)
        if prev >= self.offset and not self.counts(prev):  # a partitive من counts, not governs
            pnorm = self.tok(prev).base
            if pnorm == "من" and _each_of(self.tokens, prev - self.offset):
                # كل من مصر والأردن: "each of", the noun is no object of من; في كل من العراق وسوريا:
                # the preposition before كل governs it
                each = self.tok(prev - 1)
                before = self.tok(prev - 2) if prev - 2 >= self.offset else None
                lead = preps_of(each)
                if lead:
                    return lead[0]
                return before.base if before is not None and before.base in PREPOSITIONS else None
            if expressed_verb(self.tokens, prev - self.offset):
                return None  # وعبر الاتحاد الأوروبي عن تضامنه: the verb عبّر "expressed", its subject
            if pnorm in PREPOSITIONS and not self.tok(prev).enclitic and not (quoted and pnorm == "من"):
                # (الذي ستنسحب منه بريطانيا، تستولي عليه "القاعدة": with its pronoun, the
                # preposition stands alone; 20 عنصرا من "داعش": من before a quoted name is the
                # partitive of members counted)
                return pnorm
        return None

    def coordinated(self, p: Placed, end: int) -> list[Placed]:
        """``p`` and the actors joined to it by و (باكستان وإيران، زرداري ورئيس الوزراء)."""
        out = [p]
        cur = p
        listed = False  # (in a list with commas: روسيا، وإيران، وتركيا)
        while True:
            nxt = self.at(cur.last + 1)
            if nxt is None and (listed or self._comma_list(cur, end)):
                nxt, listed = self.at(cur.last + 2), True
            ally = None
            counted = nxt is None and cur.last + 2 < end and self.tok(cur.last + 1).proclitics[:1] == ("و",) \
                and self.counts(cur.last + 1)
            if counted:  # وقتل جندي دولي وثمانية مقاتلين أفغان: the count carries the و
                ally = self.at(cur.last + 2)
                nxt = ally if ally is not None and ally.first == cur.last + 2 else None
            if nxt is None and cur.last + 2 < end and self.tok(cur.last + 1).base in _ALLIES \
                    and self.tok(cur.last + 1).proclitics == ("و",):
                ally = self.at(cur.last + 2)  # هددت دمشق وحليفتها موسكو: the ally named after it
                nxt = ally if ally is not None and not self.tok(ally.first).proclitics else None
            if nxt is None or nxt.first >= end or nxt.is_place:
                break
            tok = self.tok(nxt.first if ally is None else nxt.first - 1)
            if not (tok.segments and tok.segments[0].kind == "proclitic" and tok.segments[0].norm == "و"):
                break
            if nxt.last + 1 in self.singular_verbs and not self._opens_complement(p):
                break  # بعد الضربات على سوريا والأمم المتحدة تدعو: a new clause's subject (not after
                # إن: إن المملكة وجنودها وشعبها ستستهدف, one subject)
            out.append(nxt)
            cur = nxt
        return out

    def group_ending(self, p: Placed, end: int) -> list[Placed]:
        """The actors joined by و that end with ``p`` (11 شخصا و3 مغاربة: both), the earliest first;
        ``[p]`` when none comes before it."""
        return next((g for q in self.items if q.first < p.first and (g := self.coordinated(q, end))[-1] is p), [p])

    def _comma_joined(self, cur: Placed, end: int) -> Placed | None:
        """The actor right after a comma after ``cur`` that opens with و (روسيا، وإيران)."""
        if cur.last + 2 >= end or self.tok(cur.last + 1).text not in COMMAS:
            return None
        nxt = self.at(cur.last + 2)
        if nxt is None or nxt.first != cur.last + 2 or nxt.is_place or self.tok(nxt.first).proclitics[:1] != ("و",):
            return None
        return nxt

    def _comma_list(self, cur: Placed, end: int) -> bool:
        """Whether ``cur`` opens a list of three or more actors whose later members follow commas
        and و (روسيا، وإيران، وتركيا; not مصر، والأردن, which may open a new clause, nor الفصائل
        المعارضة، وإيران وروسيا, a new subject)."""
        second = self._comma_joined(cur, end)
        return second is not None and self._comma_joined(second, end) is not None

    def list_commas(self) -> frozenset[int]:
        """The commas inside lists of three or more actors joined by commas and و (اتفقت روسيا،
        وإيران، وتركيا): they cut no clause."""
        end = self.offset + len(self.tokens)
        out: set[int] = set()
        for p in self.items:
            if p.last + 1 in out or not self._comma_list(p, end):
                continue
            cur: Placed | None = p
            while cur is not None and (nxt := self._comma_joined(cur, end)) is not None:
                out.add(cur.last + 1)
                cur = nxt
        return frozenset(out)

    def _opens_complement(self, p: Placed) -> bool:
        """Whether mention ``p`` comes right after إن/أن with no pronoun: the subject of the
        complement clause, which a coordination after it continues."""
        return p.first - 1 >= self.offset and self.tok(p.first - 1).norm in ("ان", "بان") \
            and self.tok(p.first).proclitics in ((), ("ال",))

    def as_arg(self, group: list[Placed], rule: str) -> Arg:
        """The actors of a (coordinated) group of mentions. A member with neither country nor
        group (ومسؤولين آخرين) takes the country of the member before it, but for an occupier (بين
        الشبان الفلسطينيين وقوات الاحتلال: no Palestinian forces)."""
        actors: list[Actor] = []
        for p in group:
            occupier = self.tok(p.last).base == OCCUPATION
            for a in members(p.mention):
                prev = actors[-1] if actors else None
                if prev is not None and prev.country and not a.country and not a.group and a.sector and not occupier:
                    a = replace(a, country=prev.country, code=prev.country + a.sector)
                actors.append(a)
        return Arg(tuple(actors), tuple(p.mention for p in group), rule)

    def after(self, idx: int, clause: Clause, *, skip: frozenset[int] = frozenset()) -> list[Placed]:
        return [p for p in self.items if p.first > idx and p.first < clause.end and p.first not in skip]

    def before(self, idx: int, lo: int) -> list[Placed]:
        return [p for p in self.items if p.last < idx and p.first >= lo]


#: "Its ally", "its partner" (normalised bases) between و and an actor joined to the one before.
_ALLIES = frozenset({"حليف", "حليفه", "حلفاء", "شريك", "شريكه"})


def _gap_ok(sm: SentenceMentions, a: int, b: int, limit: int = 3, *, command: bool = False) -> bool:
    """Only adverbs, time words, the words counting the actor at b (نحو 500), honorifics and
    ranks outside any mention (دعا الفريق الركن الشيخ راشد) or at most ``limit`` other words lie
    between tokens a and b; with ``command``, قيادة right before b is no word either (دعت لها
    قيادة التحالف: the subject after a verb)."""
    between = [i for i in range(a + 1, b) if not sm.counts(i)]
    words = [i for i in between if sm.tok(i).kind != "punct" and not skippable(sm.tokens, i - sm.offset)
             and not (sm.tok(i).base in _TITLES and sm.covering(i) is None)
             and not (command and i == b - 1 and sm.tok(i).norm in _COMMAND)]
    return len(words) <= limit


#: Words that open a clause of place or time (normalised): an actor before one is no subject of
#: the verb after it (كردستان العراق حيث التقى، المدينة عندما هاجم).
_SUBORDINATORS = frozenset({"حيث", "حين", "حينما", "عندما", "بينما", "فيما", "بعدما", "كلما", "لما", "ريثما"})
#: The command of a force or group, right before its name (normalised, no clitic): قيادة التحالف
#: العربي is the coalition acting (التي دعت لها قيادة التحالف).
_COMMAND = frozenset({"قياده"})


def subject_after(sm: SentenceMentions, verb: int, clause: Clause, *, holdings: bool = False,
                  skip: frozenset[int] = frozenset(), claims: bool = False, destination: bool = False,
                  documents: bool = False) -> Arg | None:
    """VSO: the first ungoverned actor after the verb, close to it. With ``holdings`` (a verb of
    attack or seizure), not past a place or property noun (قصف مواقع الحوثيين: their sites); with
    ``claims`` (a verb that is no verb of saying), not past a bare noun of claims or reports right
    after the verb (نفى ادعاءات الجاسوس البريطاني: the spy's claims are denied, he denies nothing).
    Mentions starting at ``skip`` (the expression's own possessed word: استدعت سفيرها) are passed.
    With ``destination`` (a verb of arriving), the place reached right after the verb with إلى or
    لـ is passed, and the subject looked for after it (وصل إلى الإمارات، الخميس، شي جين بينغ). With
    ``documents`` (a verb of asking or saying), a document right after the verb speaks for the
    country of its nisba (ودعا مشروع القرار الأمريكي إلى)."""
    if claims and verb + 1 < clause.end:
        nxt = sm.tok(verb + 1)
        if nxt.kind == "word" and not nxt.proclitics and not nxt.enclitic and nxt.norm in _CLAIMS \
                and sm.covering(verb + 1) is None:
            return None
    head = verb
    for p in sm.after(head, clause, skip=skip):
        prep = sm.governed(p)
        if destination and verb == head and prep in ("الي", "ل") \
                and _gap_ok(sm, head, p.first, limit=1 if prep == "الي" else 0):
            verb = p.last  # وصل إلى الإمارات، الخميس، شي جين بينغ: the subject after the place reached
            continue
        if prep == "من" and not p.is_place and p.first - 2 > verb and _gap_ok(sm, verb, p.first - 2, limit=0) \
                and _member_word(sm.tok(p.first - 2)):
            return sm.as_arg(sm.coordinated(p, clause.end), "vso:members")  # ووصلت عناصر من القوات الروسية
        if p.is_place or (prep and not (prep == "ل" and p.first == verb + 2)):
            return None
        if prep == "ل":  # تعرضت دورية للجيش: the possessor of the subject noun
            return sm.as_arg(sm.coordinated(p, clause.end), "vso:possessor") \
                if _possessed_subject(sm.tok(verb + 1), holdings) else None
        if holdings and any(sm.tok(i).base in HOLDINGS for i in range(verb + 1, p.first)):
            return None  # قصف مواقع الحوثيين: the object's owner, not the subject
        if p.actor.kind == "adjective" and p.first > verb + 1 and (
                sm.tok(p.last).norm.endswith("ين")
                or (sm.tok(p.last).norm.endswith("ا") and accusative(sm, p.first - 1))) \
                and not any(sm.counts(i) or sm.tok(i).kind == "number" for i in range(verb + 1, p.first)):
            # اعتقلت موظفيها اليمنيين، تشكر باحثا مغربيا: an adjective in the oblique case, or in
            # the accusative after an accusative noun, describes the object (after a count it is the
            # counted genitive or specifier of the subject: تظاهر آلاف الفلسطينيين، سقط 17 قتيلا فلسطينيا)
            return None
        if p.actor.kind == "adjective" and p.first == verb + 2 and (
                _stance(sm, verb + 1) or (not documents and _stance(sm, verb + 1, _MEASURES))):
            # ورفض الموقف الروسي، تحارب الإرهاب الفلسطيني، انتقد القرارات الأمريكية: the adjective of
            # the object (a decision or a statement speaks only with a verb of saying: ودعا القرار)
            return None
        if documents and prep is None and p.actor.kind == "adjective" and _document_nisba(sm, verb, p):
            # ودعا مشروع القرار الأمريكي إلى تحقيق، وأكد البيان المصري: the document speaks for its author
            return sm.as_arg([p], "vso:document")
        if prep is None and p.actor.kind == "adjective" and _body_nisba(sm, verb, p):
            # نفت هيئة الطيران المدني الإماراتي: a body of state and its genitive, the nisba its country
            return sm.as_arg([p], "vso:body")
        if prep is None and _members_head(sm, verb, p):
            return sm.as_arg(sm.coordinated(p, clause.end), "vso:members")  # شارك فيها المئات من أعضاء جماعة الإخوان
        if any(sm.tok(i).norm in _ACCUSATIVE_COUNTS for i in range(verb + 1, p.first)):
            return None  # والتقى عددا من ممثلي الحكومة: "a number" in the accusative counts the object
        if (_gap_ok(sm, verb, occupation_start(sm, verb, p), limit=1, command=True) and not _definite_before(sm, verb, p)
                and not _governed_noun_before(sm, verb, p) and not _stance_of(sm, verb, p)) or _office_of(sm, verb, p):
            arg = sm.as_arg(sm.coordinated(p, clause.end), "vso")
            return _owner_after(sm, arg, clause) or _with_possessor(sm, arg, p)
        return None
    return None


#: Count nouns in the indefinite accusative (normalised): what they count is the verb's object.
_ACCUSATIVE_COUNTS = frozenset({"عددا"})


#: Nouns of a state's stance, plans and conduct (normalised bases) that neither speak nor act: with
#: the article and a nisba after them right after a verb, they are its object and the nisba their
#: adjective (رفض الموقف الروسي، انتقد الاقتراح الفرنسي), no subject.
_STANCES = frozenset(normalize(w) for w in (
    "موقف", "مواقف", "اقتراح", "اقتراحات", "مقترح", "مقترحات", "سياسة", "سياسات", "تدخل", "وجود", "إرهاب",
    "نفوذ", "دور", "تمدد", "برنامج", "ممارسات", "مطالب", "شروط", "خطة", "خطط", "مبادرة"))


#: Nouns of measures, decisions and claims (normalised bases): with the article and a nisba after
#: them right after a verb that is no verb of saying or asking, they are its object and the nisba
#: their adjective (انتقد القرارات الأمريكية، رفض الاتهامات الإيرانية، يدين الإجراءات الإسرائيلية).
_MEASURES = frozenset(normalize(w) for w in (
    "قرار", "قرارات", "إجراء", "إجراءات", "اتهامات", "ادعاءات", "مزاعم", "تصريحات", "تهديدات",
    "انتهاكات", "خروقات", "اتهام", "تهديد"))


def _stance(sm: SentenceMentions, i: int, nouns: frozenset[str] = _STANCES) -> bool:
    """Whether token ``i`` is a noun of stance or conduct (``_STANCES``, or ``nouns``) with the
    article alone and no actor on it."""
    tok = sm.tok(i)
    return tok.kind == "word" and tok.proclitics == ("ال",) and not tok.enclitic and tok.base in nouns \
        and sm.covering(i) is None


#: Participles of opposing (normalised bases): an actor after one with لـ is what is opposed
#: (الصحيفة المعارضة للرئيس، القوى المناهضة للحكومة), never the subject of the verb after it.
_OPPOSING = frozenset(normalize(w) for w in (
    "معارض", "معارضة", "معارضين", "معارضون", "مناهض", "مناهضة", "مناهضين", "مناهضون", "مناوئ", "مناوئة",
    "مناوئين", "مناوئون", "معادي", "معادية", "معادين", "معادون"))


def _opposed(sm: SentenceMentions, p: Placed) -> bool:
    """Whether ``p`` is governed by لـ right after a participle of opposing, past one adverb with
    بـ (المعارضة بشدة للرئيس)."""
    if sm.governed(p) != "ل" or p.first - 1 < sm.offset:
        return False
    k = p.first - 1
    if "ب" in sm.tok(k).proclitics and not sm.tok(k).has_article and k - 1 >= sm.offset:
        k -= 1  # (بشدة، بقوة)
    return sm.tok(k).kind == "word" and sm.tok(k).base in _OPPOSING


def stance_holder(sm: SentenceMentions, arg: Arg) -> Arg | None:
    """The actor before a participle of supporting or opposing whose لـ governs ``arg`` (الميليشيات
    in الميليشيات الموالية لإيران), rule ``svo:held``, or ``None``."""
    first = sm.first_of(arg)
    if first is None or len(arg.mentions) != 1 or sm.tok(first).proclitics[:1] != ("ل",) or first - 2 < sm.offset:
        return None
    stance = sm.tok(first - 1)
    if stance.kind != "word" or not (stance.base in _STANCE_ADJECTIVES or stance.base in _OPPOSING):
        return None
    held = sm.covering(first - 2)
    return sm.as_arg([held], "svo:held") if held is not None and not held.is_place else None


#: Nouns of claims and reports (normalised), bare right after a verb that is no verb of saying:
#: the verb's object, whose genitive is their author (نفى ادعاءات الجاسوس، رفض اتهامات واشنطن).
_CLAIMS = frozenset(normalize(w) for w in (
    "ادعاءات", "ادعاء", "مزاعم", "اتهامات", "اتهام", "تقارير", "تقرير", "أنباء", "تصريحات", "تصريح", "رواية",
    "شائعات", "روايات", "انتقادات", "تهديدات"))


def _subjects_nationality(sm: SentenceMentions, subject: Arg | None, p: Placed) -> bool:
    """Whether a bare nationality follows the bare subject past one or two bare nisba adjectives
    (انتقد نائب ديمقراطي أمريكي بارز الرئيس: the member is American, not the one criticised)."""
    last = sm.last_of(subject) if subject is not None else None
    if last is None or p.actor.kind != "adjective" or not 2 <= p.first - last <= 3 or sm.tok(p.first).proclitics \
            or sm.tok(last).has_article:
        return False
    return all(sm.tok(i).kind == "word" and not sm.tok(i).proclitics and not sm.tok(i).enclitic
               and sm.covering(i) is None and _NISBA.search(sm.tok(i).base) is not None for i in range(last + 1, p.first))


def _members_head(sm: SentenceMentions, verb: int, p: Placed) -> bool:
    """Whether a word for members stands right before the group or force ``p`` in the construct,
    after the verb, a pronoun with a preposition (فيها) and a count with من at most (شارك فيها المئات
    من أعضاء جماعة الإخوان، هاجم عناصر تنظيم داعش): the group's members are the subject."""
    j = p.first - 1
    if j <= verb or not _member_word(sm.tok(j)) or (p.actor.kind != "org" and p.actor.sector not in ARMED_OR_STATE_SECTORS):
        return False
    i = j - 1
    if i > verb and sm.tok(i).norm == "من" and not sm.tok(i).proclitics:
        i -= 1
        if i <= verb or not sm.counts(i):
            return False
        i -= 1
    return all(sm.prep_pronoun(k) or skippable(sm.tokens, k - sm.offset) or sm.counts(k) for k in range(verb + 1, i + 1))


def _possessed_subject(tok: Token, holdings: bool) -> bool:
    """Whether the word between a verb and لـ + actor may be the verb's subject owned by that
    actor (تعرضت دورية للجيش، قصف مدفعي للقوات التركية). A definite word is the object or a verbal
    noun whose complement the لـ phrase is (رفضت السماح للقوات الأمريكية "refused to allow US
    forces"); after a verb of attack or seizure, a noun other than a nisba (استهدفت مواقع لداعش،
    تعزيزات للحوثيين) is the object, and the actor owns what was hit. An indefinite accusative
    (وأضاف قائلا لوكالة الأنباء) describes the subject: the لـ-actor is whom it was said to."""
    if tok.kind != "word" or tok.has_article or tok.enclitic or tok.proclitics or tok.norm.endswith("ا"):
        return False
    return not holdings or (tok.norm.endswith("ي") and len(tok.norm) >= 3)


#: Heads of an office no lexicon entry names, in the construct state before what they run
#: (normalised): أمين جدة، مدير مستشفى الشفاء، عميد كلية الطب، وكيل الوزارة.
_OFFICE_HEADS = frozenset({"امين", "مدير", "مديره", "عميد", "وكيل", "مستشار", "منسق", "ممثل", "نقيب",
                           "محافظ", "رييس", "رييسه", "قايد", "مفتي", "امام", "خطيب", "مندوب"})
_OFFICE_CHAIN = 2


def _office_of(sm: SentenceMentions, verb: int, p: Placed) -> bool:
    """Whether a named person comes right after an office in the construct state that follows
    the verb, with at most two genitive words and titles between (زار أمين جدة د. هاني أبو راس
    المعرض، قال مدير مستشفى الشفاء محمد أبو سلمية): he holds it and is the subject."""
    if p.actor.kind != "person" or p.first <= verb + 1:
        return False
    head = sm.tok(verb + 1)
    if head.kind != "word" or head.base not in _OFFICE_HEADS or head.proclitics or head.enclitic:
        return False
    words = 0
    for i in range(verb + 2, p.first):
        tok = sm.tok(i)
        if tok.kind == "punct" and tok.text == ".":
            continue  # د. an abbreviation
        if tok.kind != "word" or preps_of(tok) or tok.base in PREPOSITIONS or tok.enclitic:
            return False
        if tok.base not in _TITLES:
            words += 1
    return 0 < words <= _OFFICE_CHAIN


def _governed_noun_before(sm: SentenceMentions, verb: int, p: Placed) -> bool:
    """Whether a word with a prepositional proclitic (بـ، لـ، كـ, also before the article) stands
    between the verb and actor ``p``: the actor is then that word's genitive or adjective (أشاد
    بدعم السعودية "praised Saudi Arabia's support", رفضه للاتفاق الروسي), not the verb's subject."""
    for i in range(verb + 1, p.first):
        tok = sm.tok(i)
        if tok.kind == "word" and preps_of(tok) and not sm.counts(i) \
                and not skippable(sm.tokens, i - sm.offset) and sm.covering(i) is None:
            return True
    return False


def _stance_of(sm: SentenceMentions, verb: int, p: Placed) -> bool:
    """Whether a bare noun of stance or conduct (``_STANCES``, without the article or a pronoun)
    stands right before actor ``p``, after the verb: the actor is its genitive (ونفى وجود قوات
    إيرانية في سوريا، رفض تدخل إيران), the verb's object, no subject."""
    k = p.first - 1
    if k <= verb:
        return False
    tok = sm.tok(k)
    return tok.kind == "word" and not tok.proclitics and not tok.enclitic and tok.base in _STANCES \
        and sm.covering(k) is None


def occupation_start(sm: SentenceMentions, verb: int, p: Placed) -> int:
    """Where the occupation before a private person's name opens (الكاتب السياسي الأميركي توم روجر:
    the definite words no actor covers right before a name the lexicon does not know that its
    nationality opens); ``p.first`` for any other mention."""
    titled = p.actor.kind == "person" and p.actor.entry is None and p.last > p.first \
        and sm.tok(p.first).proclitics == ("ال",) and sm.tok(p.first).norm.endswith("ي")
    k = p.first
    while titled and k - 1 > verb and sm.tok(k - 1).kind == "word" and sm.tok(k - 1).proclitics == ("ال",) \
            and not sm.tok(k - 1).enclitic and sm.covering(k - 1) is None:
        k -= 1
    return k


def _definite_before(sm: SentenceMentions, verb: int, p: Placed) -> bool:
    """Whether a definite noun no lexicon knows stands between the verb and actor ``p``, which
    is no adjective of it: that noun is the subject and ``p`` the object (حمّل الطراونة الحكومة
    الأردنية المسؤولية; but أكد البيان الإيراني: the Iranian statement)."""
    if p.actor.kind == "adjective":
        return False
    for i in range(verb + 1, occupation_start(sm, verb, p)):
        tok = sm.tok(i)
        if tok.kind == "word" and (tok.has_article or (tok.enclitic and not preps_of(tok) and tok.base not in PREPOSITIONS)) \
                and not skippable(sm.tokens, i - sm.offset) \
                and not sm.counts(i) and sm.covering(i) is None and tok.base not in _TITLES:
            # (الفريق الركن الشيخ راشد: ranks and titles before a name are none; a pronoun makes a
            # noun definite: اعتقلت موظفيها اليمنيين)
            return True
    return False


def _of_a_governed_noun(sm: SentenceMentions, p: Placed) -> bool:
    """Whether the adjective ``p`` describes the definite noun right before it, which a
    preposition governs (على الأراضي الفرنسية، بالأراضي السورية)."""
    k = p.first - 1
    if k < sm.offset or sm.tok(k).kind != "word" or not sm.tok(k).has_article or sm.covering(k) is not None:
        return False
    if any(c in ("ب", "ل", "ك") for c in preps_of(sm.tok(k))):
        return True
    return k - 1 >= sm.offset and sm.tok(k - 1).base in PREPOSITIONS and not sm.tok(k - 1).enclitic


#: Aircraft, ships and guns (normalised bases): an owner named after them with تابعة لـ acts
#: through them (طائرات وسفن حربية تابعة للتحالف).
_VEHICLES = frozenset({"طايرات", "طايره", "مقاتلات", "سفن", "سفينه", "بوارج", "بارجه", "زوارق", "مدفعيه",
                       "دبابات", "مروحيات", "مروحيه", "طيران", "قوارب"})


def _owner_after(sm: SentenceMentions, arg: Arg, clause: Clause) -> Arg | None:
    """The owner named right after the subject with تابع/تابعة + لـ (قصفت طائرات وسفن حربية تابعة
    للتحالف العربي مواقع للحوثيين): the coalition acts through its aircraft and ships."""
    first, last = sm.first_of(arg), sm.last_of(arg)
    if first is None or last is None or last + 2 >= clause.end or sm.tok(last + 1).base not in _BELONGING \
            or sm.tok(first).base not in _VEHICLES:
        return None  # (not جرح جندي تابع للجيش الليبي: the soldier, wounded)
    owner = sm.at(last + 2)
    if owner is None or owner.is_place or sm.governed(owner) != "ل":
        return None
    return sm.as_arg(sm.coordinated(owner, clause.end), "vso:owner")


def _with_possessor(sm: SentenceMentions, arg: Arg, p: Placed) -> Arg:
    """A sector noun without a country followed by لـ + an actor of a country takes that country
    (دورية للجيش اللبناني → a Lebanese patrol)."""
    nxt = sm.at(p.last + 1)
    if len(arg.actors) != 1 or nxt is None or sm.governed(nxt) != "ل":
        return arg
    a, owner = arg.actors[0], nxt.actor
    if a.country or a.group or not a.sector or not owner.country or owner.sector == "MED":
        return arg  # (قال مسؤول لوكالة رويترز: the agency is told, the official is no Briton)
    return Arg((replace(a, country=owner.country, code=owner.country + a.sector),), arg.mentions, arg.rule)


#: "Member" (normalised bases) in an apposition that describes the actor before it by the body it
#: belongs to (تركيا عضو حلف الناتو، فرنسا العضو الدائم في مجلس الأمن).
_MEMBER_OF = frozenset({"عضو", "عضوه"})
_MEMBER_GAP = 3  # words between the member word and the body (الدائم في، البارز في)


def _member_described(sm: SentenceMentions, cands: Sequence[Placed], body: Placed) -> Placed | None:
    """The actor right before a member word of which ``body`` is the body (تركيا عضو حلف شمال
    الأطلسي، فرنسا العضو الدائم في مجلس الأمن): ``body`` only describes that actor."""
    k = body.first - 1
    while k >= sm.offset and k > body.first - 1 - _MEMBER_GAP and sm.tok(k).base not in _MEMBER_OF:
        tok = sm.tok(k)
        if tok.kind != "word" or sm.covering(k) is not None or (not tok.has_article and tok.base not in PREPOSITIONS):
            return None  # only adjectives and a preposition between (العضو الدائم في)
        k -= 1
    if k < sm.offset or sm.tok(k).base not in _MEMBER_OF or sm.tok(k).proclitics not in ((), ("ال",)) \
            or sm.tok(k).enclitic:
        return None
    return next((p for p in cands if p.last == k - 1 and not p.is_place and sm.governed(p) is None), None)


def subject_before(sm: SentenceMentions, verb: int, clause: Clause) -> Arg | None:
    """SVO: an actor (or a coordinated set) ending right before the verb, in the same clause."""
    cands = [p for p in sm.before(verb, clause.start) if not p.is_place]
    if not cands and clause.kind == "comma" and clause.start == verb:
        closed = _apposition_before(sm, verb)
        if closed is not None:  # الزعيم الكوري الشمالي، كيم جونغ أون، التقى: the name in commas
            return sm.as_arg([closed], "svo")
    capacity = next((i for i in range(verb - 1, clause.start - 1, -1) if _capacity(sm.tok(i))), None)
    if capacity is not None and any(p.last == capacity - 1 for p in cands):
        # وكان ترامب بصفته القائد الأعلى للقوات المسلحة أمر: the one in that capacity, not the forces
        cands, verb = [p for p in cands if p.last < capacity], capacity
    described = described_before(sm, verb, clause)
    if described is not None:  # انتحاريا يستقل سيارة مشابهة لسيارات الشرطة فجر نفسه: the bomber, not the police
        cands, verb = [p for p in cands if p.last < described[0]], described[0]
    aside = _aside_before(sm, clause) if clause.kind == "comma" and clause.start == verb else None
    if aside is not None:  # ثمانية أشخاص، بينهم طفلان، قتلوا: the counted people, before the aside
        cands, verb = [p for p in sm.before(aside, sm.offset) if not p.is_place], aside
    if not cands:
        return None
    last = cands[-1]
    company = companion(sm, last, clause.start)
    if company is not None:  # الرئيس محمود عباس يرافقه وفد من كبار المسؤولين سيزور: the one accompanied
        cands, verb = [p for p in sm.before(company, clause.start) if not p.is_place], company
        if not cands:
            return None
        last = cands[-1]
    if last.actor.kind == "adjective" and _of_a_governed_noun(sm, last):
        return None  # مقيما على الأراضي الفرنسية قتلوا: the adjective of a place phrase, no subject
    if _opposed(sm, last):
        return None  # الصحيفة المعارضة بشدة للرئيس أردوغان ترفض: the one opposed is no subject
    v = verb
    while v - 1 > last.last and (sm.tok(v - 1).norm in _VERB_PARTICLES or sm.tok(v - 1).norm in STILL
                                 or sm.tok(v - 1).base in STILL_ONE_WORD):
        v -= 1  # المحتجين الغاضبين قد اقتحموا، الميليشيات لا تزال تحتجز: the verb's particles belong to it
    v = _before_unmanned(sm, last.last, v)  # طائرة أميركية من دون طيار شنت: the aircraft's adjective
    v = _where_before(sm, last, v, clause)  # إن السفير الأمريكي في موسكو التقى: where the subject is
    if not _gap_ok(sm, last.last, v, limit=1) or any(sm.tok(i).norm in _SUBORDINATORS for i in range(last.last + 1, v)):
        return None  # (زيارته لإقليم كردستان العراق حيث التقى: the place where, not who met)
    first = last
    for p in reversed(cands[:-1]):  # walk back over a coordination ending at `last`
        group = sm.coordinated(p, clause.end)
        if group[-1] is last:
            first = p
    if first.first > sm.offset and sm.tok(first.first - 1).norm in _AMONG:
        # أربعة فلسطينيين بينهم طفل قتلوا، المسؤولون الأتراك ومن بينهم أردوغان نفوا: the set before
        # "among them" (جولة في أربع دول بينها بلجيكا وفرنسا توجه: none, the members are no subject)
        k = first.first - 2
        if k >= sm.offset and sm.tok(k).base == "من":
            k -= 1
        owner = next((p for p in cands if p.last == k), None)
        if owner is None or sm.governed(owner) not in (None, "ل"):
            return None
        return sm.as_arg([owner], "svo")
    if sm.governed(first) == "من":
        head = _partitive_head(sm, cands, first)
        if head is not None:  # مقاتلين من تنظيم داعش هاجموا: the members, not the group after من
            return sm.as_arg([head], "svo")
        k = first.first - 2
        if k >= sm.offset and _member_word(sm.tok(k)):
            return sm.as_arg(sm.coordinated(first, clause.end), "svo:members")  # أن عنصرا من بوكو حرام قتل
    if sm.governed(first) == "ل" and first is last and first.first - 1 > clause.start:
        author = next((p for p in cands if p.last == first.first - 1 and sm.governed(p) is None), None)
        if author is not None and author.first - 1 in sm.event_nouns and not sm.tok(author.first - 1).has_article:
            # إن دعم إيران للحوثيين يهدد: the support is the subject, its author the source (not the
            # ones supported)
            return sm.as_arg([author], "svo")
    member = _member_described(sm, cands, first)
    if member is not None:  # كانت تركيا عضو حلف شمال الأطلسي قد وافقت: Türkiye, not NATO
        return sm.as_arg(sm.coordinated(member, clause.end), "svo:member")
    if sm.governed(first) and sm.governed(first) not in ("ل",):
        return None
    if first.first - 1 >= sm.offset and sm.tok(first.first - 1).text == "(" and clause_lead(sm, clause, first.first) != first.first:
        return None  # التنظيم الأم (القاعدة) استهدف: a name in brackets after a noun glosses it
    return sm.as_arg(sm.coordinated(first, clause.end), "svo")


def _where_before(sm: SentenceMentions, last: Placed, v: int, clause: Clause) -> int:
    """Where في and one place the NER or the lexicon names open, when they fill the words
    between the actor ``last`` and token ``v`` and the actor opens its clause or follows إنّ/أنّ,
    لكن or كان (إن السفير الأمريكي في موسكو التقى، إن الجيش السوري في درعا قصف: where the subject
    is, no gap between it and its verb); ``v`` otherwise. Not after an adjective, whose noun the
    place may be of, nor after a noun whose genitive the actor is (لموظفين من سفارة بلاده في الكويت
    يساعدون: the staff help)."""
    k = last.last + 1
    if v - k < 2 or sm.tok(k).norm != "في" or last.actor.kind in ("adjective", "place"):
        return v
    lead = occupation_start(sm, clause.start, last)
    if lead > clause.start and sm.tok(lead - 1).base not in _SUBJECT_LEADS:
        return v
    start, end = sm.tok(k + 1).start, sm.tok(v - 1).end
    place = any(p.is_place and p.first == k + 1 and p.last == v - 1 for p in sm.placed) or any(
        m.label == "LOC" and m.actor is None and m.start == start and m.end == end for m in sm.doc.mentions)
    return k if place else v


#: Words after which a noun phrase is a subject (normalised bases): إنّ/أنّ, لكنّ, كان.
_SUBJECT_LEADS = frozenset({"ان", "لكن", "كان", "كانت"})


def _before_unmanned(sm: SentenceMentions, last: int, v: int) -> int:
    """Token ``v``, or where (من) دون طيار / بدون طيار starts when it ends right before ``v`` and
    after token ``last`` (the actor's end): "unmanned" describes the aircraft."""
    if v - 2 > last and unmanned(sm.tokens, v - 1 - sm.offset):
        v -= 2
        if v - 1 > last and sm.tok(v - 1).norm == "من" and sm.tok(v).norm == _WITHOUT:
            v -= 1
    return v


def _apposition_before(sm: SentenceMentions, verb: int) -> Placed | None:
    """A title and the name in apposition to it in commas, the second comma right before the
    verb (الرئيس الصيني، شي جينبينغ، قال), or an actor in commas after a name no lexicon knows:
    the actor, which no preposition governs."""
    comma = verb - 1
    if comma <= sm.offset or sm.tok(comma).text not in COMMAS:
        return None
    p = sm.covering(comma - 1)
    if p is None or p.last != comma - 1 or p.is_place or sm.governed(p) is not None:
        return None
    if any(sm.tok(i).text in COMMAS for i in range(p.first + 1, p.last)):
        return p
    # قوات الدفاع الشعبي، الجناح العسكري لحزب العمال الكردستاني، دانت: the actor in commas after a
    # name no lexicon knows says who that is
    opened = p.first - 1
    return p if opened - 1 >= sm.offset and sm.tok(opened).text in COMMAS and sm.tok(opened - 1).kind == "word" \
        and sm.covering(opened - 1) is None and p.actor.kind != "adjective" \
        and sm.tok(p.first).proclitics[:1] != ("و",) else None  # (، ووزير الداخلية، : a conjunct)


def _partitive_head(sm: SentenceMentions, cands: list[Placed], p: Placed) -> Placed | None:
    """The actor that a partitive من + ``p`` completes (مسلحون من طالبان، مقاتلين من تنظيم داعش):
    right before the من, and resolved to the same group (or country) as ``p``."""
    i = cands.index(p)
    if i == 0:
        return None
    head = cands[i - 1]
    if head.last != p.first - 2 or sm.tok(p.first - 1).base != "من":
        return None
    a, b = head.mention.actor, p.mention.actor
    if a is None or b is None:
        return None
    if (a.group and a.group == b.group) or (a.country and a.country == b.country and not b.group):
        return head
    return None


#: بـ and لـ with a pronoun, which the tokeniser keeps as one word (بها، له، بهم، لهما).
PREP_PRONOUNS = frozenset(p + q for p in "بل" for q in THIRD_PERSON_PRONOUNS)


#: Words that open an aside about the people just counted (ثمانية أشخاص، بينهم طفلان، قتلوا).
ASIDE_OPENERS = frozenset({"بينهم", "بينهن", "منهم", "منهن", "معظمهم", "اغلبهم", "غالبيتهم", "اكثرهم"})
#: "Among them" (normalised): the actors after it list members of a set named before.
_AMONG = frozenset({"بينهم", "بينهن", "بينها", "منهم", "منهن"})
_ASIDE_WORDS = 8
#: "In his capacity as" (normalised bases, with بـ and a pronoun: بصفته، بوصفها، باعتباره): right after
#: an actor, what follows describes that actor, up to its verb.
_CAPACITIES = frozenset({"صفه", "بصفه", "وصف", "اعتبار"})


def _capacity(tok: Token) -> bool:
    """بصفته، بصفتها، بوصفه، باعتباره: "in his (her) capacity as", with its pronoun."""
    return tok.kind == "word" and tok.enclitic in ("ه", "ها") and tok.base in _CAPACITIES \
        and (tok.proclitics == ("ب",) or tok.norm.startswith("بصف"))


def amma_topic(sm: SentenceMentions, verb: int) -> Arg | None:
    """أما النمسا، التي لا تطل على البحر المتوسط، فقد طالبت: a verb that فـ (or فقد) opens after
    أما + an actor has that actor, the topic, as its subject, past any aside between them."""
    tok = sm.tok(verb)
    opened = tok.proclitics[:1] == ("ف",) or (verb > sm.offset and sm.tok(verb - 1).norm in ("فقد", "فلقد"))
    if not opened:
        return None
    for i in range(verb - 1, sm.offset - 1, -1):
        if sm.tok(i).base == "اما" and not sm.tok(i).enclitic:
            p = sm.at(i + 1)
            if p is None or p.is_place or p.last >= verb:
                return None
            return sm.as_arg(sm.coordinated(p, verb), "amma")
    return None


#: Verbs of accompanying (normalised present stems) that take the pronoun of the one accompanied
#: (يرافقه وفد، ترافقها زوجته), and the words of "in the company of" (برفقته، بصحبة، برفقة).
_ACCOMPANYING_VERBS = frozenset({"يرافق", "ترافق", "يصحب", "تصحب"})
_IN_COMPANY = frozenset({"برفقت", "برفقه"})
_COMPANY_NOUNS = frozenset({"رفقه", "رفقت", "صحبه", "صحبت"})
#: Words a companion's phrase may hold between the word of accompanying and the last companion.
_COMPANION_SPAN = 6


def _accompanying(tok: Token) -> bool:
    base = tok.base
    if base in _ACCOMPANYING_VERBS:
        return tok.enclitic is not None
    return base in _IN_COMPANY or (base in _COMPANY_NOUNS and "ب" in tok.proclitics)


def companion(sm: SentenceMentions, p: Placed, lo: int) -> int | None:
    """The word of accompanying that opens the phrase ``p`` ends (يرافقه وفد من كبار المسؤولين،
    برفقته وزير الخارجية ووزير الدفاع), within a few words and no punctuation: the companions are
    neither subject nor object of the verb after or before them (الرئيس يرافقه وفد سيزور; زار
    الرئيس يرافقه وزير الخارجية العراق)."""
    for k in range(p.first - 1, max(lo, p.first - 1 - _COMPANION_SPAN) - 1, -1):
        tok = sm.tok(k)
        if tok.kind != "word":
            return None
        if _accompanying(tok):
            return k
    return None


#: Present verbs that describe what an indefinite attacker or party rides, wears, carries or drives
#: (normalised): انتحاري يستقل سيارة مفخخة، مسلحون يرتدون زي الجيش، انتحارية تحمل حزاما ناسفا.
_DESCRIBING_VERBS = frozenset(normalize(w) for w in (
    "يستقل", "تستقل", "يستقلون", "يستقلان", "تستقلان", "يرتدي", "ترتدي", "يرتدون", "يرتديان", "ترتديان",
    "يحمل", "تحمل", "يحملون", "يحملان", "تحملان", "يقود", "تقود", "يقودون", "يقودان", "يركب", "تركب",
    "يركبون", "يركبان", "يتنكر", "يتنكرون", "تتنكر"))
_DESCRIBED_SPAN = 8  # words from the describing verb to the main one


def described_before(sm: SentenceMentions, verb: int, clause: Clause) -> tuple[int, Placed] | None:
    """A clause describing an indefinite actor between it and the verb (انتحاريا يستقل سيارة مفخخة
    مشابهة لسيارات الشرطة فجر نفسه، مسلحين كانوا يرتدون زي الجيش اقتحموا): the index of the word
    that opens the description (the describing verb, or كان before it) and the actor described,
    who is the verb's subject; any actor inside the description (الشرطة، الجيش) is not."""
    lo = max(clause.start + 1, verb - _DESCRIBED_SPAN)
    for k in range(verb - 1, lo - 1, -1):
        tok = sm.tok(k)
        if tok.kind == "punct":
            return None
        if tok.norm not in _DESCRIBING_VERBS:
            continue
        j = k - 1 if sm.tok(k - 1).norm in KANA else k
        p = sm.covering(j - 1) if j - 1 >= clause.start else None
        if p is None or p.last != j - 1 or p.is_place or sm.governed(p) is not None:
            return None
        head = sm.tok(p.first)
        if head.has_article or head.enclitic or p.actor.kind != "sector":
            return None  # (an indefinite noun: the attackers, definite, or a name would make a sentence
            # of their own, فموسى يقود حزبا يؤيد السيسي, whose verb the next one does not follow)
        return j, p
    return None


def _aside_before(sm: SentenceMentions, clause: Clause) -> int | None:
    """The comma before an aside that ends right before ``clause`` (، بينهم طفلان، قتلوا), if
    any: the aside opens with بينهم، منهم، من بينهم … and holds no more than a few words."""
    end = clause.start - 1  # the comma closing the aside
    if end <= sm.offset or sm.tok(end).kind != "punct":
        return None
    for j in range(end - 1, max(sm.offset - 1, end - _ASIDE_WORDS - 1), -1):
        tok = sm.tok(j)
        if tok.kind == "punct":
            return None
        if tok.norm in ASIDE_OPENERS:
            k = j - 1 if j > sm.offset and sm.tok(j - 1).norm == "من" else j
            return k - 1 if k > sm.offset and sm.tok(k - 1).kind == "punct" else None
    return None


def topic_subject(sm: SentenceMentions, verb: int, clause: Clause) -> Arg | None:
    """SVO at the head of a clause: an actor that is the first thing in its clause (after the
    conjunction, complementiser or relative pronoun) and stands right before the verb
    (أن قواته قتلت مسلحا)."""
    arg = subject_before(sm, verb, clause)
    if arg is None or not arg.mentions:
        return None
    first = min(m.start for m in arg.mentions)
    # (past an opening quotation mark or bracket, بأن (داعش) تهدد, and كان: وكانت اللجنة الدولية
    # للصليب الأحمر دعت إسرائيل, كان's noun is the verb's subject)
    lead = topic_lead(sm, clause, verb)
    placed = next((p for p in sm.items if p.mention.start == first), None)
    if placed is None or (placed.first > lead and not _headed_at_lead(sm, lead, placed)):
        return None
    return Arg(arg.actors, arg.mentions, "svo")


#: Quantifiers (normalised) that head a subject in the construct (معظم الطائرات الروسية قصفت).
_SUBJECT_QUANTIFIERS = frozenset({"معظم", "غالبيه", "اغلب", "اغلبيه", "بعض", "جميع", "كل", "كافه"})


def _headed_at_lead(sm: SentenceMentions, lead: int, p: Placed) -> bool:
    """Whether the actor ``p`` ends the phrase that opens the clause at ``lead``: after a
    quantifier in the construct (معظم الطائرات الروسية قصفت، غالبية الصحف البريطانية تتهم), or, when
    it is a nisba adjective, after the definite noun it describes, which one or two bare nouns in
    the construct may head (الصحف البريطانية تتهم فرنسا، طيران استطلاع الاحتلال الإسرائيلي ينتهك
    الأجواء اللبنانية): the phrase is the verb's subject, the actor after the verb its object."""
    i, tok = lead, sm.tok(lead)
    if tok.kind == "word" and not tok.proclitics and not tok.enclitic and tok.norm in _SUBJECT_QUANTIFIERS:
        i += 1
    if i == p.first:
        return i > lead
    if p.actor.kind != "adjective":
        return False
    heads = 0
    while i < p.first - 1 and heads < 2 and _bare_word(sm, i) and sm.covering(i) is None and len(sm.tok(i).norm) >= 3:
        i, heads = i + 1, heads + 1
    noun = sm.tok(i)
    return i == p.first - 1 and noun.kind == "word" and noun.proclitics == ("ال",) and noun.enclitic is None \
        and sm.covering(i) is None


#: Forms of زال "cease" (normalised) that make "still" after لا/ما/لم (لا تزال، ما زال، لم يزل), and
#: مازال written as one word: like كان, a sister of كان with the clause's subject after it, and no
#: negation of what follows (لا تزال الميليشيات تحتجز …: they still hold).
STILL = frozenset(normalize(w) for w in ("زال", "زالت", "زالوا", "يزال", "تزال", "يزالون", "تزالان", "يزالان",
                                         "نزال", "أزال", "يزل", "تزل"))
STILL_NEGATORS = frozenset({"لا", "ما", "لم"})
STILL_ONE_WORD = frozenset(normalize(w) for w in ("مازال", "مازالت", "مازالوا", "مايزال", "ماتزال"))


def topic_lead(sm: SentenceMentions, clause: Clause, verb: int) -> int:
    """The first token of the clause (:func:`clause_lead`), past a past form of كان that has a
    word after it before the verb (وكانت الانقسامات قد ساعدت: الانقسامات), and past لا تزال /
    ما زال "still" (ولا تزال القوات الإسرائيلية تحتجز: القوات)."""
    lead = clause_lead(sm, clause, verb)
    if lead < verb - 2 and sm.tok(lead).base in STILL_NEGATORS and sm.tok(lead + 1).norm in STILL:
        return lead + 2
    if lead < verb - 1 and sm.tok(lead).base in STILL_ONE_WORD:
        return lead + 1
    return lead + 1 if lead < verb - 1 and sm.tok(lead).base in KANA else lead


#: Nouns of time that a relative pronoun may follow (في الوقت الذي، في اليوم الذي، منذ العام الذي):
#: the clause then says when, and its subject is the main clause's, not an actor before the noun.
_TIME_NOUNS = frozenset({"وقت", "حين", "لحظه", "فتره", "يوم", "ساعه", "عام", "سنه", "شهر", "اسبوع",
                         "زمن", "مرحله", "توقيت"})  # fmt: skip


def time_noun(tok: Token) -> bool:
    """Whether a word is a noun of time (الأسبوع الماضي، العام، الوقت)."""
    return tok.base in _TIME_NOUNS or tok.base in _TIME_SPANS


def time_antecedent(sm: SentenceMentions, marker: int) -> bool:
    """Whether the relative pronoun at ``marker`` follows a noun of time (في الوقت الذي طالب فيه)."""
    return marker - 1 >= sm.offset and sm.tok(marker - 1).base in _TIME_NOUNS


def antecedent(sm: SentenceMentions, marker: int, lo: int, limit: int = 6) -> Placed | None:
    """The antecedent of a relative pronoun: the nearest actor before it (not a place); none
    after a noun of time."""
    if time_antecedent(sm, marker):
        return None
    # (بحسب حزب الله الذي اتهم: a source of information may be the antecedent)
    cands = [p for p in sm.placed if p.last < marker and p.first >= lo and not p.is_place]
    if not cands:
        return None
    best = cands[-1]
    if marker - best.last > limit:
        return None
    if sm.tok(marker).norm == "الذي" and best.first - 1 >= sm.offset and _bare_word(sm, best.first - 1) \
            and sm.covering(best.first - 1) is None and feminine_name(sm.as_arg([best], "relative")):
        return None  # ميثاق منظمة التعاون الإسلامي الذي يدعو: الذي agrees with the charter, not the organisation
    if sm.tok(marker).norm in ("الذي", "الذين") and best.actor.kind == "adjective" and best.first == best.last \
            and sm.tok(best.last).norm.endswith("يه"):
        return None  # اللاعبين في الدوري الوطني لكرة القدم الأمريكية الذين: a feminine nisba is no such antecedent
    if sm.tok(marker).norm in ("التي", "والتي") and best.last + 1 < marker and len(sm.tok(best.first).norm) >= 5 \
            and sm.tok(best.first).norm.endswith(("ين", "ون")) and best.actor.kind not in ("country", "capital", "person"):
        # المسلحين الحوثيين في المناطق التي سيطروا عليها: men in a sound plural (or two in a dual)
        # take الذين, not التي, past words between (جماعة الإخوان المسلمين التي: its head noun agrees;
        # مواقع المسلحين التي: right before it, the genitive of the sites, their owner, stays)
        return None
    if sm.tok(marker).proclitics[:1] == ("و",) and sm.governed(best) == "ل":
        # إسرائيل الحليفة المقربة للولايات المتحدة والتي تعارض: a relative clause joined by و
        # describes what the adjectives before it describe, not the لـ-actor inside them
        j = best.first - 1
        while j >= lo and sm.tok(j).kind == "word" and sm.tok(j).proclitics == ("ال",) \
                and not sm.tok(j).enclitic and sm.covering(j) is None:
            j -= 1
        if j < best.first - 1 and not any(sm.tok(k).base in _STANCE_ADJECTIVES for k in range(j + 1, best.first)):
            # (not المتشددون الموالون لتنظيم داعش، والذين: the group they are loyal to codes them)
            head = sm.covering(j) if j >= lo else None
            return head if head is not None and not head.is_place and head.last == j else None
    for i in range(best.last + 1, marker):  # سراح مسلم، الذي: a noun no lexicon knows is the antecedent
        tok = sm.tok(i)
        if tok.kind == "word" and sm.covering(i) is None and tok.base not in PREPOSITIONS \
                and not any(c in ("ب", "ل") for c in tok.proclitics) \
                and not (i - 1 >= sm.offset and sm.tok(i - 1).base in PREPOSITIONS):
            return None
    return best


_OBJECT_PRONOUNS = frozenset(THIRD_PERSON_PRONOUNS)  # object pronouns on a verb


def bare_subject_after(sm: SentenceMentions, verb: int, clause: Clause, *, intransitive: bool = False) -> bool:
    """Whether a bare word no lexicon knows, with no clitic, right after the verb is its subject:
    after an ``intransitive`` verb (تعرضت طائرة تابعة لشركة مصر للطيران للخطف، وخرجت مظاهرات،
    احتجت دول عدة على، ندد قادة الدول العربية بالقرار), or after one whose object is a pronoun on it
    (وجهها محقق بمكتب التحقيقات; not an adverb in the accusative, اعتقلته مجددا), and not a noun used
    as an adverb (واجتمع فور وصوله); or, after any verb, a plural that shows its nominative case
    (:func:`nominative_after`: توعدت دول غربية). Then no subject is dropped or carried on."""
    if nominative_after(sm, verb, clause) is not None:
        return True
    if not (intransitive or sm.tok(verb).enclitic in _OBJECT_PRONOUNS) or verb + 1 >= clause.end:
        return False
    tok = sm.tok(verb + 1)
    return _bare_word(sm, verb + 1) and sm.covering(verb + 1) is None and len(tok.norm) >= 2 \
        and tok.norm not in _ADVERBIAL_NOUNS and tok.norm not in _TIME_PREPOSITIONS and tok.norm not in MANNER_ACCUSATIVES \
        and (intransitive or not tok.norm.endswith("ا"))


#: Broken plurals of states, parties and people (normalised) whose indefinite accusative ends in
#: alif (دولا، أحزابا، أطرافا، نوابا، شهودا): without it, and with an indefinite adjective after
#: them, they are nominative, the verb's subject.
_AGENT_PLURALS = frozenset({"دول", "احزاب", "اطراف", "نواب", "شهود"})
#: Indefinite adjectives (normalised) that follow a plural noun: أخرى، عدة، كثيرة …
_PLAIN_ADJECTIVES = frozenset({"اخري", "عده", "كثيره", "عديده", "مختلفه", "كبري"})


def nominative_after(sm: SentenceMentions, verb: int, clause: Clause) -> int | None:
    """Where the nominative indefinite plural right after the verb ends (exclusive): a plural of
    :data:`_AGENT_PLURALS` with no alif, followed by an indefinite adjective of it (a nisba in ـية,
    or أخرى، عدة، كثيرة): توعدت دول غربية بالرد، دعت دول عدة (the object would be دولا غربية).
    It is the subject, so none is carried on; ``None`` where there is none."""
    if verb + 2 >= clause.end or not _bare_word(sm, verb + 1) or sm.covering(verb + 1) is not None:
        return None
    noun, adj = sm.tok(verb + 1), sm.tok(verb + 2)
    if noun.norm not in _AGENT_PLURALS or adj.kind != "word" or adj.proclitics or adj.enclitic \
            or not (adj.norm in _PLAIN_ADJECTIVES or (adj.norm.endswith("يه") and len(adj.norm) >= 5)):
        return None
    return verb + 3


def joined_to_nominative(sm: SentenceMentions, verb: int, clause: Clause) -> Arg | None:
    """The actors joined by و to the nominative plural right after the verb (دعت دول غربية ومسؤولون
    من الأمم المتحدة إلى: the UN officials call too, they are no object), or named as its leading
    members after على رأسها / في مقدمتها (توعدت دول غربية على رأسها الولايات المتحدة وفرنسا: the
    two threaten); ``None`` otherwise."""
    end = nominative_after(sm, verb, clause)
    if end is None or end >= clause.end:
        return None
    rule = "vso:joined"
    if end + 2 < clause.end and sm.tok(end + 1).enclitic == "ها" \
            and (sm.tok(end).base, sm.tok(end + 1).base) in _AT_THE_HEAD:
        end, rule = end + 2, "vso:led-by"
    elif sm.tok(end).proclitics[:1] != ("و",):
        return None
    p = next((q for q in sm.items if q.first == end and not q.is_place), None)
    return sm.as_arg(sm.coordinated(p, clause.end), rule) if p is not None else None


#: "At its head", "in its forefront" (normalised bases): the members named after lead the set.
_AT_THE_HEAD = frozenset({("علي", "راس"), ("في", "مقدمه")})


#: Nouns used as adverbs of time, place or manner (normalised) that neither :data:`PREPOSITIONS` nor
#: :func:`skippable` (which :func:`_bare_word` already leaves out: عقب، خلال، أمس، أيضا) cover: right
#: after a verb they open a phrase (واجتمع فور وصوله، اتفقا تماما), no subject.
_ADVERBIAL_NOUNS = frozenset({"فور", "بعيد", "حين", "حيث", "غدا", "تماما", "مرارا"})


def phrase_gap_subject(sm: SentenceMentions, words: Sequence[int]) -> bool:
    """Whether a bare word no lexicon knows stands right after the verb of a multiword expression,
    before the expression's next word (وتوصلت لجنة تفاوضية إلى اتفاق، وفتحت عناصر مسلحة النار): the
    gap holds the subject, so no subject is dropped or carried on (not an adverb in the accusative,
    توصلت مجددا إلى اتفاق)."""
    if len(words) < 2 or words[1] <= words[0] + 1:
        return False
    verb = words[0]
    return _bare_word(sm, verb + 1) and sm.covering(verb + 1) is None and not sm.tok(verb + 1).norm.endswith("ا") \
        and not sm.counts(verb + 1)


def _bare_word(sm: SentenceMentions, i: int) -> bool:
    """Token ``i`` is a word with no clitic that is no preposition and no adverb of time: a noun
    that may be a subject or an object."""
    tok = sm.tok(i)
    return tok.kind == "word" and not tok.proclitics and not tok.enclitic and tok.base not in PREPOSITIONS \
        and not skippable(sm.tokens, i - sm.offset)


def overt_nonactor_subject(sm: SentenceMentions, verb: int, clause: Clause) -> bool:
    """A definite noun right after a singular verb is its subject even when it is no actor
    (وقال البيان، وتهدف الزيارة), and so is a count (يحتشد عشرات الألوف، قتل 15 شخصا): then the
    subject is not dropped; so is a bare noun in the construct state right after a prepositional
    phrase of one definite noun (وشارك في التظاهرة رئيس إقليم كاتالونيا: no adjective of it)."""
    if _bare_head_after_phrase(sm, verb, clause):
        return True
    resumed = False
    for i in range(verb + 1, min(clause.end, verb + 3)):
        tok = sm.tok(i)
        if tok.kind not in ("word", "number") or skippable(sm.tokens, i - sm.offset):
            continue  # (وسيلتقي، اليوم، نظيره: a time word, no subject)
        if i == verb + 1 and tok.kind == "word" and tok.base in PREPOSITIONS and tok.enclitic is not None:
            resumed = True  # شارك فيها الآلاف: a preposition with a pronoun, then a count
            continue
        if sm.counts(i) and sm.covering(i) is None and not preps_of(tok):
            return True  # (لثلاث سنوات: a time, not a subject)
        if resumed:
            return False  # (أشاد فيه بالعلماء، طلبها منهما المغادرة: no count, the subject is dropped)
        if i == verb + 1 and tok.kind == "word" and not tok.proclitics and not tok.enclitic and not tok.norm.endswith("ا") \
                and sm.covering(i) is None and i + 1 < sm.offset + len(sm.tokens) \
                and sm.tok(i + 1).norm in COMPLEMENTISERS:
            return True  # ويقول خبراء إن، قال محللون إن: a bare noun before the complement clause
        if i == verb + 1 and tok.kind == "word" and not tok.proclitics and not tok.enclitic \
                and tok.norm.endswith("ون") and len(tok.norm) >= 6 and sm.covering(i) is None:
            return True  # ويتهم منتقدون الرئيس: a sound plural in the nominative names the subject
        if tok.kind == "word" and not tok.proclitics and tok.norm in DEMONSTRATIVES and i + 1 < clause.end \
                and sm.tok(i + 1).has_article and sm.covering(i + 1) is None:
            return True  # قد لا تستهدف هذه الضجة إسرائيل: "this uproar", no dropped subject
        if i == verb + 1 and tok.kind == "word" and not tok.proclitics and not tok.enclitic \
                and tok.base in _COLLECTIVE_HEADS and sm.covering(i) is None and i + 1 < clause.end \
                and sm.tok(i + 1).kind == "word" and sm.tok(i + 1).proclitics == ("ال",):
            return True  # وتطالب عائلات الضحايا، قصفت طائرات النظام: a plural of people or craft in the
            # construct is the subject, though no lexicon names it
        if i == verb + 1 and tok.kind == "word" and not tok.proclitics and not tok.enclitic \
                and tok.norm in _SOURCES_OF_NEWS and sm.covering(i) is None:
            return True  # قالت مصادر في تنظيم داعش إن، ذكرت تقارير: sources speak, no one named before
        return tok.kind == "word" and tok.has_article and tok.base not in PREPOSITIONS and sm.covering(i) is None
    return False


#: Bare nouns of the sources of news (normalised) that are a verb's subject right after it, though no
#: actor (قالت مصادر في الحركة، أفاد مصدر أمني، ذكرت تقارير، أفادت أنباء).
_SOURCES_OF_NEWS = frozenset(normalize(w) for w in ("مصادر", "مصدر", "تقارير", "أنباء", "معلومات", "شهود"))


def _bare_head_after_phrase(sm: SentenceMentions, verb: int, clause: Clause) -> bool:
    """Whether the verb is followed by في/على/إلى/من or بـ/لـ with one noun with the article, then a
    bare noun heading a construct (no adjective of the definite noun can be bare): that noun is
    the verb's subject (وشارك في التظاهرة رئيس إقليم كاتالونيا)."""
    i = verb + 1
    if i + 1 >= clause.end:
        return False
    tok = sm.tok(i)
    if tok.kind == "word" and tok.base in PREPOSITIONS and not tok.proclitics and not tok.enclitic:
        i += 1
        tok = sm.tok(i)
        if not (tok.kind == "word" and tok.proclitics == ("ال",)):
            return False
    elif not (tok.kind == "word" and tok.proclitics in (("ب", "ال"), ("ل", "ال"))):
        return False
    if tok.enclitic or sm.covering(i) is not None or i + 2 >= clause.end:
        return False
    head, nxt = sm.tok(i + 1), sm.tok(i + 2)
    return _bare_word(sm, i + 1) and len(head.norm) >= 3 and not head.norm.endswith(("ا", "ي", "يه")) \
        and head.norm not in NEVER_VERBS and not sm.counts(i + 1) and nxt.kind == "word" and nxt.proclitics[:1] != ("و",)


#: Plurals of people, bodies and craft (normalised bases) that head a subject in the construct
#: (عائلات الضحايا، جمعيات الدفاع عن حقوق الإنسان، طائرات النظام، أهالي المعتقلين).
_COLLECTIVE_HEADS = frozenset(normalize(w) for w in (
    "عائلات", "أسر", "أهالي", "ذوي", "سكان", "جمعيات", "منظمات", "نقابات", "طائرات", "مقاتلات", "زوارق", "سفن",
    "دبابات", "أنصار", "مناصرو", "مناصري", "طلاب", "مجموعات", "جماعات", "عشرات", "مئات", "آلاف", "ألوف", "ملايين",
))


#: Demonstratives (normalised) that open a noun phrase (هذه الضجة، تلك الدول).
DEMONSTRATIVES = frozenset({"هذا", "هذه", "هذان", "هاتان", "هولاء", "ذلك", "تلك", "اوليك"})


#: Complementisers (normalised, with the pronouns they carry) that open a reported clause.
COMPLEMENTISERS = frozenset(c + p for c in ("ان", "بان") for p in ("", "ه", "ها", "هم"))


def in_phrase(sm: SentenceMentions, p: Placed, verb: int) -> bool:
    """Whether mention ``p`` ends a noun phrase that a preposition governs (في هجوم انتحاري،
    بنيران القوات، في غارة على قاعدة التيفور الجوية السورية): part of a prepositional phrase,
    no object. The phrase is walked back from the mention over idafa heads (words without the
    article: قاعدة) and definite nouns followed by a definite nisba adjective (الجوية السورية)."""
    nxt = p.first
    for j in range(p.first - 1, max(verb, p.first - 8), -1):
        if sm.covering(j) is not None or sm.counts(j):
            return False  # another actor (the subject) or a count (ما يزيد على مئة مدني)
        tok = sm.tok(j)
        if tok.kind == "punct" and tok.text in QUOTES and j < p.first - 1 and _opening_quote(sm, j):
            continue  # بتهمة "إهانة علم مصر": a quotation that opens inside the phrase, before the
            # actor's own words (not اتهمت في بيان "جهاز الموساد: the quotation is the object)
        if tok.kind != "word" or skippable(sm.tokens, j - sm.offset):
            return False  # an adverb (بشدة) stands between the verb and its object
        if j - 1 > verb and unmanned(sm.tokens, j - sm.offset):
            return False  # طائرات أميركية بدون طيار المقاتلين: "unmanned" ends the subject's phrase
        if tok.base in PREPOSITIONS:  # فيه احد العناصر: في with its pronoun is a whole phrase
            return tok.enclitic is None and j < p.first - 1
        after = sm.tok(nxt)
        if nxt == p.first - 1 and sm.governed(p) == "ل" and _instrument_ends_at(sm, j, after):
            return False  # قصفت بالصواريخ مواقع لداعش، بقذائف مدفعية مواقع لداعش: the owned object follows
        if any(c in ("ب", "ك") for c in preps_of(tok)):
            return True
        if tok.has_article and not (after.has_article and _NISBA.search(after.base)):
            return False  # الجنوب مواقع: a definite noun ends its own phrase
        nxt = j
    return False


#: Nouns of manner after ب (بشكل رئيسي، بصورة مباشرة), as bases: their adjective ends no phrase.
_MANNER_NOUNS = frozenset(w.removeprefix("ب") for w in MANNER_NOUNS)


def _instrument_ends_at(sm: SentenceMentions, j: int, after: Token) -> bool:
    """Whether a phrase of means after ب ends at token ``j`` and the bare indefinite noun ``after``
    opens a new one (the object, owned by a لـ-actor after it): a definite noun with ب
    (قصفت بالصواريخ مواقع لداعش) or a ب-noun's indefinite nisba adjective (بقذائف مدفعية مواقع
    لداعش), neither of which takes a genitive. A word in ة after them is rather their adjective
    (بغارات جوية مكثفة للتحالف)."""
    if after.kind != "word" or after.proclitics or after.enclitic or after.has_article or _NISBA.search(after.base) \
            or after.base.endswith("ه"):
        return False
    tok = sm.tok(j)
    if tok.enclitic or tok.base in _MANNER_NOUNS:
        return False  # (بشكل رئيسي مبيعات: a manner adverb)
    if tok.has_article:
        return "ب" in preps_of(tok)
    if j - 1 < sm.offset or _NISBA.search(tok.base) is None:
        return False
    noun = sm.tok(j - 1)
    return noun.kind == "word" and "ب" in preps_of(noun) and not noun.has_article and not noun.enclitic \
        and noun.base not in _MANNER_NOUNS


def _opening_quote(sm: SentenceMentions, j: int) -> bool:
    """Whether the quotation mark at token ``j`` opens a quotation: «، “, or a straight one with an even
    number of the same mark before it in the sentence."""
    mark = sm.tok(j).text
    if mark in ("«", "“"):
        return True
    if mark in ("»", "”"):
        return False
    return sum(1 for i in range(sm.offset, j) if sm.tok(i).text == mark) % 2 == 0


_NISBA = re.compile(r"(ي|يه|يين|يون|يات)$")
#: Verbal nouns of confronting and fighting (normalised bases): a لـ-actor after one is the one
#: confronted (جهود للتصدي لتنظيم داعش، لمكافحة الإرهاب), no object of a verb before them.
_CONFRONTING = frozenset(normalize(w) for w in (
    "تصدي", "مكافحة", "محاربة", "مواجهة", "قتال", "ردع", "صد", "دحر"))
#: طيار after دون/بدون (normalised): "unmanned", an adjective of the aircraft before it.
_PILOT = "طيار"
_WITHOUT = "دون"


def unmanned(tokens: Sequence[Token], i: int) -> bool:
    """Whether token ``i`` is طيار right after دون or بدون: "unmanned", an adjective of the aircraft
    before it (طائرة من دون طيار), neither a negation nor a prepositional phrase."""
    return 0 < i < len(tokens) and tokens[i].norm == _PILOT and tokens[i - 1].base == _WITHOUT


#: Particles that may stand between a subject and its verb (الصاروخان لم ينفجرا).
_VERB_PARTICLES = frozenset({"لم", "لن", "قد", "لا", "ما", "لقد", "سوف"})


QUOTES = frozenset('"«“”»\'')
#: The comma, Latin and Arabic.
COMMAS = frozenset(",،")


def quoted_after(sm: SentenceMentions, arg: Arg, verb: int) -> bool:
    """Whether a quotation mark opens between ``arg`` and the verb."""
    last = sm.last_of(arg)
    return last is not None and any(sm.tok(i).kind == "punct" and sm.tok(i).text in QUOTES
                                    for i in range(last + 1, verb))


def nonactor_topic(sm: SentenceMentions, verb: int, clause: Clause) -> bool:
    """A definite noun that is no actor opens the clause (past كان) right before the verb (past
    لم/قد): it is the verb's subject (أن الصاروخين لم ينفجرا), so no dropped subject is looked for."""
    lead = topic_lead(sm, clause, verb)  # (وكانت الانقسامات الاجتماعية قد ساعدت أردوغان)
    if lead >= verb:
        return False
    tok = sm.tok(lead)
    if tok.kind == "word" and not tok.proclitics and tok.norm in DEMONSTRATIVES and lead + 1 < verb \
            and sm.tok(lead + 1).proclitics == ("ال",):
        if sm.tok(lead + 1).base in _GROUP_NOUNS:
            return False  # وكانت هذه المجموعة تبنت: a group named before, whose author may be known
        lead += 1  # أن هذه العملية تستهدف: the demonstrative's noun
        tok = sm.tok(lead)
    cov = sm.covering(lead)
    owned = tok.kind == "word" and not tok.proclitics and tok.enclitic is not None and lead + 1 < verb \
        and sm.tok(lead + 1).proclitics == ("ال",) and _NISBA.search(sm.tok(lead + 1).base) is not None
    # (إن حملتها العسكرية تستهدف: a noun with its pronoun and its adjective; not a verb with its object)
    owned = owned or (tok.kind == "word" and not tok.proclitics and tok.enclitic is not None
                      and tok.base == tok.stem + "ه" and lead - 1 >= sm.offset and sm.tok(lead - 1).norm in ("ان", "بان"))
    # (أن عائلته طلبت: a noun in ة with its pronoun right after أن/إن, which no verb is)
    if tok.kind != "word" or not (tok.has_article or owned) or (cov is not None and not cov.is_place) \
            or any(p in _PROCLITIC_PREPS for p in tok.proclitics):
        return False
    # (أن الغوطة الشرقية تعرضت مساء الأحد لقصف: a place, and the noun's definite adjectives)
    after = cov.last + 1 if cov is not None else lead + 1
    after = _adjectives_after(sm, after, verb)
    if owned and after < verb and sm.tok(after).norm in _PLACE_PREPOSITIONS and after + 1 < verb:
        place = sm.covering(after + 1)
        if place is not None and place.is_place:
            after = _adjectives_after(sm, place.last + 1, verb)  # حملتها العسكرية في الأراضي السورية تستهدف
        elif place is None and sm.tok(after + 1).proclitics == ("ال",):
            after = _adjectives_after(sm, after + 2, verb, nationalities=True)  # في الأراضي السورية
    return all(sm.tok(i).norm in _VERB_PARTICLES or sm.tok(i).base in KANA for i in range(after, verb))  # (الشابين كانا يخططان)


#: Nouns of groups and people (normalised bases) that a demonstrative points back to (هذه المجموعة،
#: هؤلاء المسلحين): no topic of a thing, the group named before.
_GROUP_NOUNS = frozenset(normalize(w) for w in (
    "مجموعة", "مجموعات", "جماعة", "جماعات", "حركة", "تنظيم", "فصيل", "فصائل", "قوات", "ميليشيا", "ميليشيات",
    "عناصر", "مسلحين", "مسلحون", "خلية", "شبكة", "أشخاص", "رجال", "دول", "دولة", "حكومة", "جهة", "جهات"))
#: Prepositions of place (normalised) whose phrase may stand between a topic and its verb.
_PLACE_PREPOSITIONS = frozenset({"في", "داخل", "شمال", "جنوب", "شرق", "غرب"})


def _adjectives_after(sm: SentenceMentions, i: int, verb: int, *, nationalities: bool = False) -> int:
    """The first token from ``i`` on that is no definite nisba adjective (before ``verb``); with
    ``nationalities``, a nationality adjective counts as one too (في الأراضي السورية)."""
    while i < verb and sm.tok(i).has_article and _NISBA.search(sm.tok(i).base) and not sm.tok(i).enclitic:
        cov = sm.covering(i)
        if cov is not None and not (nationalities and cov.actor.kind == "adjective" and cov.first == cov.last):
            break
        i += 1
    return i


#: Prepositions and prepositional nouns (بعد، قبل، إثر) that govern the noun after them: the
#: trigger finder's words, and طوال.
_GOVERNING_WORDS = PREPOSITIONS | PREPOSITION_WORDS | frozenset({"طوال"})


#: Particles between an indefinite noun and the verb of the clause describing it (normalised;
#: not the negations: في حالة لم توقع إيران, a condition whose subject follows the verb).
_DESCRIBING_PARTICLES = frozenset({"قد"})


#: Documents and statements that "say" in a clause describing them (أصدرت الوزارة بيانا يدين،
#: قرارا يطالب، رسالة تدعو), normalised, indefinite (in the accusative or not).
_DOCUMENT_NOUNS = frozenset({"بيان", "بيانا", "قرار", "قرارا", "خطاب", "خطابا", "رساله", "تقرير", "تقريرا",
                            "مذكره", "تصريح", "تصريحا", "تغريده", "بلاغ", "بلاغا", "نداء", "مشروع", "مشروعا",
                            "قانون", "قانونا", "وثيقه", "عريضه", "فتوي", "نص", "نصا", "اعلان", "اعلانا",
                            "بيانات", "قرارات", "تقارير", "رسايل", "تصريحات", "مذكرات", "خطابات"})  # fmt: skip


#: Prepositions before the body a document is put before or sent to (normalised).
_ADDRESSED = frozenset({"علي", "الي", "ل"})


def document_before(sm: SentenceMentions, verb: int, clause: Clause) -> bool:
    """Whether an indefinite document noun stands right before the verb, in its clause (أصدرت
    الخارجية الإيرانية بيانا يدين الهجوم، تبنى المجلس قرارا يدعو إسرائيل): the verb describes the
    document, whose author is its subject; the actor after it is its object."""
    i = verb - 1
    addressee = sm.covering(i) if i >= sm.offset else None
    if addressee is not None and addressee.last == i and sm.governed(addressee) in _ADDRESSED:
        # طرحت بريطانيا مسودة قرار على مجلس الأمن يدين إيران: past the body it is put before
        attached = bool(sm.tok(addressee.first).proclitics)  # لمجلس الأمن; else على مجلس الأمن
        i = addressee.first - (1 if attached else 2)
    if i < max(clause.start, sm.offset):
        return False
    tok = sm.tok(i)
    if i - 1 >= sm.offset and sm.tok(i - 1).base in _GOVERNING_WORDS:
        return False  # في خطاب أشاد فيه بالعلماء: the speaker praised "in a speech"
    return tok.kind == "word" and not tok.has_article and not tok.proclitics and not tok.enclitic \
        and tok.norm in _DOCUMENT_NOUNS and sm.covering(i) is None


def _document_nisba(sm: SentenceMentions, verb: int, p: Placed) -> bool:
    """Whether only a definite document noun (البيان، التقرير) or a bare one and its definite
    genitive (مشروع القرار، نص البيان) stand between the verb and the nisba ``p``: the document is the
    verb's subject and the nisba its author's country."""
    between = [sm.tok(i) for i in range(verb + 1, p.first)]
    if not 1 <= len(between) <= 2 or any(t.kind != "word" or t.enclitic for t in between):
        return False
    if len(between) == 1:
        return between[0].proclitics == ("ال",) and between[0].base in _DOCUMENT_NOUNS
    head, gen = between
    return not head.proclitics and gen.proclitics == ("ال",) \
        and (head.base in _DOCUMENT_NOUNS or gen.base in _DOCUMENT_NOUNS)


#: Bodies of a state (normalised bases) that act and speak for it: in the construct right after a
#: verb, with their genitive and a country's nisba after it (هيئة الطيران المدني الإماراتي); not
#: وكالة, mostly a news agency, which reports and acts for no state.
_BODY_NOUNS = frozenset(normalize(w) for w in ("هيئة", "لجنة", "سلطة", "مصلحة", "جهاز", "دائرة"))


def _body_nisba(sm: SentenceMentions, verb: int, p: Placed) -> bool:
    """Whether a bare noun of a body of state and one or two definite words (its genitive and that
    genitive's adjective) stand between the verb and the nisba ``p``: the body is the verb's
    subject and the nisba its country (نفت هيئة الطيران المدني الإماراتي: no Emirati object)."""
    between = [sm.tok(i) for i in range(verb + 1, p.first)]
    if not 2 <= len(between) <= 3 or any(t.kind != "word" or t.enclitic for t in between):
        return False
    head = between[0]
    return not head.proclitics and head.base in _BODY_NOUNS and all(t.proclitics == ("ال",) for t in between[1:]) \
        and all(sm.covering(verb + 1 + k) is None for k in range(len(between)))


def dual_noun_before(sm: SentenceMentions, verb: int) -> bool:
    """Whether a bare dual noun no lexicon knows stands right before the verb (شابان اجتمعا،
    طفلتان قتلتا): the verb's subject, so no pair named earlier is."""
    if verb - 1 < sm.offset:
        return False
    tok = sm.tok(verb - 1)
    return tok.kind == "word" and not tok.has_article and not tok.proclitics and not tok.enclitic \
        and tok.norm.endswith(("ان", "ين", "تان", "تين")) and len(tok.norm) >= 4 and sm.covering(verb - 1) is None


def noun_subject_before(sm: SentenceMentions, verb: int, clause: Clause) -> tuple[bool, Arg | None]:
    """An indefinite noun that is no actor right before the verb, written with ta marbuta (no verb
    ends with ة) or as a feminine dual (غارتان), or in the accusative right after أن, is its subject: خادمة قتلت رضيعها، عبوة
    ناسفة انفجرت، أن قانونا يحظر. Then no dropped subject is looked for. With its owner after it
    in a لـ phrase (a feminine plural too), the owner acts through it and is returned (ستة قرارات
    لمجلس الأمن تطالب طهران، طائرة تابعة لجيش الاحتلال أطلقت صاروخا)."""
    i = verb - 1
    described = i >= sm.offset and sm.tok(i).norm in _DESCRIBING_PARTICLES
    if described:  # إلى مواجهة قد تهدد: a clause describing an indefinite noun, its subject
        i -= 1
    if i < max(clause.start, sm.offset):
        return False, None
    owner = sm.covering(i)
    if owner is not None and sm.governed(owner) is None and not described \
            and owner.first - 1 == topic_lead(sm, clause, verb) and owner.first - 1 >= sm.offset:
        head = sm.tok(owner.first - 1)
        if head.kind == "word" and not head.has_article and not head.proclitics and not head.enclitic \
                and head.text.endswith("ة") and sm.covering(owner.first - 1) is None and owner.actor.kind == "org":
            # أمانة منظمة التعاون الإسلامي تستنكر، بعثة الاتحاد الإفريقي تنفي: a body of an
            # organisation and its name open the clause; the organisation acts through it (not an
            # actor after the verb: نوري المالكي in its object)
            return True, sm.as_arg([owner], "svo:owner")
    if owner is not None and (sm.governed(owner) != "ل" or owner.first - 1 < max(clause.start, sm.offset)):
        owner = None
    if owner is not None:
        i = owner.first - 1
    tok = sm.tok(i)
    if tok.kind != "word" or tok.has_article or tok.proclitics or sm.covering(i) is not None \
            or skippable(sm.tokens, i - sm.offset):
        return False, None
    if i - 1 >= sm.offset and sm.tok(i - 1).base in _GOVERNING_WORDS and not described:
        return False, None  # وبعد ساعة قتلت …: a noun a preposition governs is a time or place phrase
    if i - 2 >= sm.offset and sm.tok(i - 2).base in _GOVERNING_WORDS and not described and owner is None \
            and sm.tok(i - 1).kind == "word" and not sm.tok(i - 1).has_article and not sm.tok(i - 1).proclitics \
            and not sm.tok(i - 1).enclitic and sm.tok(i - 1).norm not in COMPLEMENTISERS:  # (not إلى أن صاروخا)
        return False, None  # في دعوة جديدة حث الوزير: the adjective of a noun a preposition governs
    verb_tok = sm.tok(verb)
    feminine_verb = verb_tok.kind == "word" and not verb_tok.enclitic and (
        verb_tok.norm.startswith("ت") or verb_tok.norm.endswith("ت"))
    if tok.text.endswith("ة") or (owner is not None and tok.norm.endswith("ات") and len(tok.norm) >= 5) \
            or (tok.norm.endswith("تان") and len(tok.norm) >= 5) \
            or (tok.norm.endswith("ات") and len(tok.norm) >= 5 and feminine_verb and tok.norm not in _DOCUMENT_NOUNS):
        # غارتان استهدفتا: a feminine dual; تغريدات تنتقد سياسته: a plural of things with its
        # verb in the feminine singular (not a document, بيانات تثمن: its author's, see document_before)
        return True, sm.as_arg([owner], "svo:owner") if owner is not None and not owner.is_place else None
    # أن قانونا يحظر: the accusative noun right after أن/إن is the subject of its clause
    return tok.norm.endswith("ا") and owner is None and i - 1 >= sm.offset \
        and sm.tok(i - 1).norm in ("ان", "لان", "بان"), None


#: Adjectives of stance that take لـ (normalised bases): the actor after them describes the noun
#: before (وسائل إعلام مؤيدة للحكومة، ميليشيات موالية لإيران، فصائل معارضة للنظام), no object.
_STANCE_ADJECTIVES = frozenset(normalize(w) for w in (
    "مؤيد", "مؤيدة", "مؤيدين", "مؤيدون", "موالية", "موالي", "موالين", "موالون", "موال", "داعمة", "داعم",
    "داعمين", "معارضة", "معارض", "معارضين", "معارضون", "مناهضة", "مناهض", "مناهضين", "مناصرة", "مناصر",
    "مناصرين"))  # (not تابعة لـ: a target's owner, أهدافا تابعة لحماس, is the one hit)


def _joined_to(sm: SentenceMentions, last: int, p: Placed) -> bool:
    """Whether actor ``p`` is joined by و or أو to the actor ending at ``last``, right after it
    (وإيران، و«القاعدة»، "الدولة الإسلامية" أو "جبهة النصرة")."""
    if last < sm.offset:
        return False  # (no actor before)
    if p.first == last + 1:
        return sm.tok(p.first).proclitics[:1] == ("و",)
    k = last + 1
    if k < p.first and sm.tok(k).text in _CLOSING_MARKS:
        k += 1  # (the quotation mark closing the first name)
    if k >= p.first or sm.tok(k).norm not in _JOINING_WORDS:
        return False
    k += 1
    return p.first == k or (p.first == k + 1 and sm.tok(k).text in _OPENING_MARKS)


#: Prepositions (normalised) whose actor acts for, against or with an event's agent, never as it: من
#: (بدعم من)، ضد، مع and بـ; not على (القبض على عشرة أشخاص تلقوا تدريبا على تنفيذ هجمات: they act).
_NO_AGENT_PREPS = frozenset({"من", "ضد", "مع", "ب"})


def obliques(sm: SentenceMentions, mentions: Sequence[Placed]) -> set[int]:
    """The first tokens of the mentions (in text order) that من، ضد، مع or بـ governs, or that are
    joined by و to one they govern (بدعم من الولايات المتحدة وبريطانيا وفرنسا: all three); not a
    body after its members (عناصر من الشرطة)."""
    out: set[int] = set()
    last_oblique = -2
    for p in mentions:
        prep = sm.governed(p)
        k = p.first - 1
        while k > sm.offset and sm.tok(k).text in QUOTES:
            k -= 1  # أعضاء في "حزب الله"
        if prep in ("في", "من") and k - 1 >= sm.offset and sm.tok(k).norm == prep and _member_word(sm.tok(k - 1)):
            continue  # أعضاء في حزب الله، عناصر من الشرطة: the members stand for the body
        if prep in _NO_AGENT_PREPS or (prep is None and _joined_to(sm, last_oblique, p)):
            out.add(p.first)
            last_oblique = p.last
    return out


def object_after(sm: SentenceMentions, verb: int, clause: Clause, subject: Arg | None,
                 *, skip: frozenset[int] = frozenset(), owners: bool = True) -> Arg | None:
    """The first actor after the verb that no preposition governs (a possessive لـ is allowed),
    directly or as part of a prepositional phrase (في هجوم انتحاري); mentions starting at the
    token indexes in ``skip`` (words of an event expression: هجوم انتحاري) are passed over. Without
    ``owners`` (a verb of no material act), a لـ-actor a few words after a definite object that is
    no actor is for whom something is done, no object (ناشدت جميع الأطراف توفير ممر آمن للمدنيين);
    an attack's object is often owned that way (استهدفت تجمعات وتعزيزات لميليشيا الحوثي)."""
    used = {m.start for m in subject.mentions} if subject else set()
    # (قصفت طائرات وسفن حربية تابعة للتحالف: what the owner acts through is no object either)
    owned_until = sm.first_of(subject) if subject is not None and subject.rule == "vso:owner" else None
    oblique_last = -1  # the last word of the latest actor a preposition governs
    side_last = -1  # the last word of the latest ally or side (إلى جانب، في صفوف)
    for p in sm.after(verb, clause, skip=skip):
        prep = sm.governed(p)
        if prep == "ل" and p.first == oblique_last + 1:
            continue  # قاتل في صفوف القوات البحرية للولايات المتحدة: the governed actor's owner
        if prep == "ل" and subject is not None and _owner_past_adjective(sm, subject, p):
            continue  # اتهم قادة سابقون للمخابرات الإسرائيلية نتنياهو: the subject's owner, past its adjective
        if prep is None and oblique_last >= 0 and p.first == oblique_last + 2 and sm.covering(p.first - 1) is None \
                and sm.tok(p.first - 1).proclitics == ("و", "ال"):
            oblique_last = p.last  # بالتعاون مع حزب العمال الكردستاني والداعية فتح الله غولن: joined to it
            continue
        if prep is None and oblique_last >= 0 and _joined_to(sm, oblique_last, p):
            oblique_last = p.last  # تحارب مع حماس والقاعدة، مع حماس و«القاعدة»: governed like it
            continue
        if prep == "من" and not p.is_place and p.first - 2 > verb and _member_word(sm.tok(p.first - 2)) \
                and past_adverbs(sm, _object_slot(sm, verb, subject), clause.end) == p.first - 2:
            # اعتقلت الشرطة عناصر من حركة حماس، استقبل قيادات من الحركة: the members in the object's
            # place are of the body after من, which the verb acts on
            return sm.as_arg(sm.coordinated(p, clause.end), "obj:members")
        inside = in_phrase(sm, p, verb)
        if inside or prep not in (None, "ل"):
            oblique_last = p.last
        if _alongside(sm, p) or (side_last >= 0 and _joined_after(sm, side_last, p)):
            side_last = p.last  # (في صفوف تنظيم موال للقاعدة أو تنظيم الدولة: both are sides)
            continue
        if companion(sm, p, verb + 1) is not None:
            continue  # زار الرئيس يرافقه وزير الخارجية العراق: the companion, no object
        if p.mention.start in used or inside or _titled_holder(sm, subject, p) \
                or _same_holder(subject, p) \
                or _subjects_nationality(sm, subject, p) \
                or member_named(sm, subject, p) or (owned_until is not None and p.first < owned_until) \
                or (p.first - 1 >= sm.offset and sm.tok(p.first - 1).norm in _AMONG) or _bracketed(sm, p, verb):
            continue  # (… بينهم صحفيون: members of a set listed, no object; (أحد أعضاء الوفد): an aside)
        thing = _counted_thing(sm, verb, p.first)
        if thing is not None and p.first - thing - 1 > _OWNER_GAP:
            # دمرت القوات ثلاث عجلات مفخخة كانت معدة لاستهداف آليات الجيش: the counted noun, no
            # actor, is the object; an actor soon after it names its owner (عدة مخابئ لطالبان)
            return None
        if p.is_place and prep is None:
            continue
        if prep is None and subject is not None and _nominative_plural(sm, p):
            continue  # واستقبل العسكريون العاملون: a plural in -ون is nominative, no object (an adjective)
        if prep == "ل" and p.first - 1 > verb and sm.tok(p.first - 1).base in _STANCE_ADJECTIVES:
            continue  # اتهمت وسائل إعلام مؤيدة للحكومة حزب الشعوب: the government describes the media
        if prep == "ل" and p.first - 1 > verb and sm.tok(p.first - 1).base in _CONFRONTING \
                and sm.tok(p.first - 1).proclitics[-1:] == ("ال",):
            continue  # تدعم أي جهود للتصدي لتنظيم داعش: the one confronted, no object of the verb
        if prep is None and p.first - 2 > verb and sm.tok(p.first - 1).proclitics == ("ل",) \
                and sm.tok(p.first - 2).base in _STANCE_ADJECTIVES:
            continue  # أغلقت الصحف المناهضة لسياسة أردوغان: whose policy the papers oppose, no object
        if prep is None and p.first - 1 > verb and sm.prep_pronoun(p.first - 1) and not _named_before(sm, subject, verb):
            # وتهيمن عليها وحدات حماية الشعب: after a preposition's pronoun comes a subject (with
            # the subject named before the verb, the object: بيانا تطالب فيه موسكو)
            continue
        if prep == "ل" and not owners and _object_before(sm, verb, subject, p, clause):
            return None  # ناشدت المفوضية جميع الأطراف توفير ممر آمن للمدنيين: for whom, not whom
        if prep == "ل" and not owners and subject is None and _owned_subject(sm, verb, p):
            return None  # والتقى المجلس التنفيذي للمنظمة: the body of the organisation meets
        if prep == "ل" and _accusative_object_before(sm, _object_slot(sm, verb, subject), p, clause):
            return None  # اعتقلت شابا بث … شريط فيديو لطائرة بدون طيار: the young man is the object
        if prep in (None, "ل"):
            if p.is_place:
                return None
            return sm.as_arg(sm.coordinated(p, clause.end), "obj")
    return None


def subject_after_event_noun(sm: SentenceMentions, verb: int, clause: Clause) -> Arg | None:
    """VOS after a support verb: its definite event noun right after it, maybe with an adjective,
    then the actor that no preposition governs is the subject (ونفذ الهجوم مسلحون من حركة طالبان،
    وشن الهجوم الانتحاري تنظيم داعش); ``None`` otherwise, and in a relative clause, whose antecedent
    is the subject (الطائرات التي شنت الغارات سورية أو روسية)."""
    j = verb + 1
    if clause.kind == "relative" or j >= clause.end or j not in sm.event_nouns or not sm.tok(j).has_article or sm.tok(j).enclitic:
        return None
    k = j + 1
    while k < clause.end and k <= j + 2 and sm.covering(k) is None and sm.tok(k).kind == "word" \
            and sm.tok(k).proclitics == ("ال",) and (sm.tok(k).base in EVENT_ADJECTIVES or sm.tok(k).base.endswith(("ي", "يه"))):
        k += 1  # (الهجوم الانتحاري، الهجوم الدامي: the noun's adjectives)
    p = sm.at(k) if k < clause.end else None
    if p is None or p.first != k or p.is_place or sm.governed(p) is not None or p.actor.kind == "adjective":
        return None
    return sm.as_arg(sm.coordinated(p, clause.end), "vos")


def _accusative_object_before(sm: SentenceMentions, slot: int, p: Placed, clause: Clause) -> bool:
    """Whether an indefinite accusative noun no actor covers stands in the object's place (past
    adverbs) more than a few words before the لـ-actor ``p``: that noun is the object, ``p`` at
    most what it is about (اعتقلت شابا بث على الانترنت شريط فيديو لطائرة بدون طيار)."""
    j = past_adverbs(sm, slot, clause.end)
    if j >= p.first or p.first - j - 1 <= _OWNER_GAP or sm.covering(j) is not None or not _bare_word(sm, j) \
            or sm.counts(j):
        return False
    tok = sm.tok(j)
    return tok.norm.endswith("ا") and len(tok.norm) >= 4 and tok.norm not in MANNER_ACCUSATIVES


def visited_after(sm: SentenceMentions, j: int) -> int | None:
    """The last word of an actor right at token ``j`` with لـ on it or after إلى (لإيران، إلى
    مصر): where a visit or a message goes, before the support verb that names its author; ``None``
    when there is none."""
    if j >= sm.offset + len(sm.tokens):
        return None
    tok = sm.tok(j)
    first = j + 1 if tok.norm == "الي" and not tok.proclitics else j
    p = sm.at(first) if first < sm.offset + len(sm.tokens) else None
    if p is None or (first == j and sm.governed(p) != "ل"):
        return None
    return p.last


def _object_slot(sm: SentenceMentions, verb: int, subject: Arg | None) -> int:
    """The token after which the object stands: the subject's last word when the subject follows
    the verb, else the verb's last word."""
    last = sm.last_of(subject) if subject is not None else None
    return last if last is not None and last > verb else verb


def _nominative_plural(sm: SentenceMentions, p: Placed) -> bool:
    """Whether ``p`` is one sector or nisba word in the sound masculine plural's nominative (-ون,
    with the article or none, after و too: العاملون، مسلحون، دبلوماسيون عرب ومصريون): never an
    object, which takes -ين."""
    tok = sm.tok(p.first)
    return p.first == p.last and p.actor.kind in ("sector", "adjective") and tok.kind == "word" \
        and tok.proclitics in ((), ("ال",), ("و",), ("و", "ال")) and not tok.enclitic and tok.base.endswith("ون") \
        and len(tok.base) >= 5


def _owned_subject(sm: SentenceMentions, verb: int, p: Placed) -> bool:
    """Whether only a definite noun that is no actor and its definite nisba adjective(s) stand
    between the verb and the لـ-actor ``p``: a body that is the verb's subject, of which the actor
    is the owner (والتقى المجلس التنفيذي للمنظمة، المكتب السياسي للحركة), not its object (a verbal
    noun alone takes لـ as its complement: رفضت السماح للقوات الأمريكية)."""
    between = range(verb + 1, p.first)
    return 2 <= len(between) <= 3 and all(
        sm.tok(i).kind == "word" and sm.tok(i).proclitics == ("ال",) and not sm.tok(i).enclitic
        and sm.covering(i) is None for i in between) and sm.tok(p.first - 1).base.endswith(("ي", "يه"))


def _bracketed(sm: SentenceMentions, p: Placed, verb: int) -> bool:
    """Whether mention ``p`` stands inside brackets opened after the verb (وطالب الوزير (أحد
    أعضاء الوفد) الحكومة بـ: an aside about the subject, no object)."""
    for j in range(p.first - 1, verb, -1):
        text = sm.tok(j).text
        if text == ")":
            return False
        if text == "(":
            return any(sm.tok(k).text == ")" for k in range(p.last + 1, sm.offset + len(sm.tokens)))
    return False


def _named_before(sm: SentenceMentions, subject: Arg | None, verb: int) -> bool:
    """Whether the subject is named in the sentence before the verb (not dropped or carried)."""
    first = sm.first_of(subject) if subject is not None else None
    return first is not None and first < verb


def _object_before(sm: SentenceMentions, verb: int, subject: Arg | None, p: Placed, clause: Clause) -> bool:
    """Whether a definite noun that is no actor, the verb's object, stands right after the verb
    (past its subject after it and adverbs), more than a few words before the لـ-actor ``p``: the
    actor is then for whom something is done, not the object (its owner stands right after it:
    استهدفت مواقع للحوثيين)."""
    last = sm.last_of(subject) if subject is not None else None
    start = last if last is not None and last > verb else verb
    i = past_adverbs(sm, start, clause.end)
    return i < p.first and p.first - i > _OWNER_GAP and _definite_object_at(sm, i, clause)


#: How many words of an office (نادي أبها الأدبي، لدى دولة الكويت) may stand between a title
#: and the titled name of its holder.
_OFFICE_WORDS = 5


def _titled_holder(sm: SentenceMentions, subject: Arg | None, p: Placed) -> bool:
    """Whether person ``p``, right after an honorific (الدكتور، الأستاذة), names the holder of the
    subject's title a few words before (استنكرت عضو مجلس الشورى الدكتورة منى آل مشيط التفجير،
    استنكر رئيس نادي أبها الأدبي الدكتور أحمد آل مريع): an apposition, no object."""
    last = sm.last_of(subject) if subject is not None else None
    if subject is None or last is None or p.actor.kind != "person" \
            or not all(a.kind == "sector" for a in subject.actors):
        return False
    title = p.first - 1
    if title <= last or sm.tok(title).base not in _TITLES or sm.tok(title).proclitics not in ((), ("ال",)):
        return False
    words = [sm.tok(i) for i in range(last + 1, title)]
    return len(words) <= _OFFICE_WORDS and all(
        t.kind == "word" and t.proclitics in ((), ("ال",)) and not t.enclitic for t in words)


def _same_holder(subject: Arg | None, p: Placed) -> bool:
    """Whether person ``p`` is the one the subject's title names (اتهمت السفيرة الأميركية في الأمم
    المتحدة نيكي هيلي روسيا: the ambassador on the document's date is Haley): an apposition, no
    object."""
    return subject is not None and p.actor.kind == "person" and p.actor.entry is not None \
        and any(a.entry == p.actor.entry for a in subject.actors)


def member_named(sm: SentenceMentions, subject: Arg | None, p: Placed) -> bool:
    """Whether person ``p`` names the subject, a title of an organisation's member with the
    organisation after it in a في/بـ phrase (قتل القيادي البارز في ميليشيات الحوثي صالح الصماد،
    القيادي بحركة حماس محمود الزهار) or an envoy with his post (دعا الموفد الخاص للأمم المتحدة إلى
    الشرق الأوسط نيكولاي ملادينوف القوات الإسرائيلية): an apposition, no object."""
    last = sm.last_of(subject) if subject is not None else None
    if subject is None or last is None or p.actor.kind != "person" \
            or not all(a.kind in ("sector", "org") for a in subject.actors):
        return False
    first = sm.first_of(subject)
    if p.first == last + 1 and first is not None and sm.tok(first).base in _SPEAKING_MEMBERS \
            and (all(a.kind == "org" for a in subject.actors) or sm.tok(first).base != "رييس") \
            and not (p.actor.sector == "GOV" and all(a.sector == "OPP" for a in subject.actors)):
        # عضو المكتب السياسي لحركة حماس موسى أبو مرزوق، متحدث باسم وزارة الدفاع الفرنسية الكولونيل
        # باتريك: the member or spokesperson, by name (not رئيس الوزراء ترامب: the president is no org;
        # not اتهم رئيس حزب الشعب الجمهوري المعارض أردوغان: a man of the government leads no opposition)
        return True
    org = sm.covering(p.first - 1)
    if org is not None and org.actor.kind == "org" and org.first > last:
        head = sm.tok(org.first)
        return (org.first == last + 1 and "ب" in head.proclitics) \
            or (org.first == last + 2 and sm.tok(last + 1).norm in _OF_PLACE)
    # a post named by words no lexicon holds (إلى الشرق الأوسط)
    words = [sm.tok(i) for i in range(last + 1, p.first)]
    return 2 <= len(words) <= _POST_WORDS and words[0].norm in _OF_PLACE and all(
        w.kind == "word" and not w.enclitic and ((c := sm.covering(w.index)) is None or c.is_place) for w in words[1:])


#: Heads of a mention of an organisation by one who speaks or acts for it (its member, its
#: spokesperson: عضو المكتب السياسي لحركة حماس، المتحدث باسم الجيش), normalised bases.
_SPEAKING_MEMBERS = frozenset({"عضو", "عضوه", "متحدث", "متحدثه", "ناطق", "ناطقه", "رييس"})
#: Prepositions of a member's organisation or an envoy's post (القيادي في حماس، الموفد إلى الشرق
#: الأوسط، السفير لدى واشنطن), normalised.
_OF_PLACE = frozenset({"في", "الي", "لدي"})
#: Heads of an organisation (normalised bases) that open its mention: رئيس حزب الشعب الجمهوري.
_HEADS = frozenset({"رييس", "رييسه", "زعيم", "زعيمه"})
_POST_WORDS = 4


def _alongside(sm: SentenceMentions, p: Placed) -> bool:
    """إلى جانب الجيش، إلى جانب قوات الأسد: an ally named after "alongside" (past one noun of
    its own), no object; nor the side in whose ranks one fights (يقاتل في صفوف تنظيم إرهابي موال
    للقاعدة), past a few words of its description with no punctuation."""
    if any(j - 1 >= sm.offset and sm.tok(j).base in ("جانب", "جنب") and sm.tok(j - 1).norm == "الي"
           for j in (p.first - 1, p.first - 2)):
        return True
    for j in range(p.first - 1, max(sm.offset, p.first - 1 - _RANKS_REACH), -1):
        tok = sm.tok(j)
        if tok.kind != "word" and not (j == p.first - 1 and tok.text in QUOTES):
            return False  # (في صفوف «داعش»: past the name's opening quotation mark)
        if tok.norm == "صفوف" and j - 1 >= sm.offset and sm.tok(j - 1).norm in ("في", "ضمن"):
            return True
    return False


def _joined_after(sm: SentenceMentions, last: int, p: Placed) -> bool:
    """Whether ``p`` is joined by و or أو to the actor ending at ``last`` (مصر أو الأردن، مصر والأردن)."""
    if p.first == last + 1:
        return sm.tok(p.first).proclitics[:1] == ("و",)
    return p.first == last + 2 and sm.tok(last + 1).norm in ("او", "و")


#: How many words may describe a side between في صفوف and its actor (تنظيم إرهابي موال لـ).
_RANKS_REACH = 4


#: Words that may stand between a counted object and the actor that owns it (عدة مخابئ مشتبه بها لطالبان).
_OWNER_GAP = 3


def bare(sm: SentenceMentions, verb: int, arg: Arg) -> bool:
    """Whether no preposition (not even a possessive لـ) stands between the verb and the argument's
    first mention or governs it: نظام الرئيس زين العابدين بن علي, not لجهود الرئيس, لأطراف في سوريا."""
    first = sm.first_of(arg)
    p = sm.at(first) if first is not None else None
    if p is None or sm.governed(p) is not None:
        return False
    for j in range(verb + 1, p.first):
        tok = sm.tok(j)
        prep_clitic = any(s.kind == "proclitic" and s.norm in _PROCLITIC_PREPS for s in tok.segments)
        if tok.base in PREPOSITIONS or tok.norm in _PROCLITIC_PREPS or prep_clitic:
            return False
    return True


def _counted_thing(sm: SentenceMentions, a: int, b: int) -> int | None:
    """The first word between tokens a and b that a number or counting word counts and that no
    actor covers (ثلاث عجلات، 300 متر): an object that is no actor; ``None`` if there is none."""
    for i in range(a + 1, b):
        if not sm.counts(i):
            continue
        k = i + 1
        while k < b and sm.counts(k):
            k += 1
        if k < b and sm.tok(k).kind == "word" and sm.covering(k) is None and sm.tok(k).norm != "من":
            return k
    return None


#: Titles of those sent somewhere (normalised bases): إلى after one names where to (مبعوث الأمم
#: المتحدة إلى سوريا، سفير بلاده إلى واشنطن).
_ENVOYS = frozenset({"مبعوث", "موفد", "سفير", "مندوب", "ممثل"})


def _envoy_to(sm: SentenceMentions, first: int) -> bool:
    """Whether the إلى governing the actor at ``first`` follows a mention headed by an envoy's title."""
    return envoy_post(sm, first - 1)


def envoy_post(sm: SentenceMentions, j: int) -> bool:
    """Whether token ``j`` is an إلى right after a mention headed by an envoy's title (الموفد
    الخاص للأمم المتحدة إلى الشرق الأوسط): the post he is sent to."""
    if j <= sm.offset or sm.tok(j).norm != "الي":
        return False
    before = sm.covering(j - 1)
    return before is not None and sm.tok(before.first).base in _ENVOYS


def _range_end(sm: SentenceMentions, after: int, first: int) -> bool:
    """Whether إلى between token ``after`` and the actor at ``first`` joins two numbers (من خمسة
    آلاف إلى عشرة آلاف شخص): the end of a range, no preposition of direction."""
    for j in range(max(after + 1, first - 4), first):
        if sm.tok(j).norm == "الي" and j - 1 > after and sm.counts(j - 1) and sm.counts(j + 1):
            return True
    return False


def prep_target(sm: SentenceMentions, trig_head: int, clause: Clause, preps: Sequence[str],
                *, allow_place: bool = True, place_after_b: bool = True) -> Arg | None:
    """An actor governed by one of ``preps`` after the trigger (within three words of it).
    ``place_after_b``: whether a place after بـ may be the target (not for a meeting, where it is
    the venue: اجتمع بالقاهرة مع الرئيس المصري; a state recognised, اعترفت بسوريا, may)."""
    want = set(preps)
    for p in sm.after(trig_head, clause):
        prep = sm.governed(p)
        if prep == "مع" and p.first - 2 >= sm.offset and sm.tok(p.first - 1).norm == "مع" \
                and sm.tok(p.first - 2).base in _BORDERS:
            continue  # على الحدود مع سوريا: "the border with", no partner
        if prep is None or prep not in want:
            # a preposition a few words before the actor: على مواقع الجيش، على تعزيزات للحوثيين،
            # من نظرائهم في كوريا (not when a preposition of its own that links no phrase governs
            # the actor: اعترفوا بالتجسس أمام المحكمة)
            if (prep is not None and prep not in _LINKING_PREPS) or not _prep_nearby(sm, p.first, want, trig_head) \
                    or (p.actor.kind == "capital" and sm.tok(p.first - 1).base != "عاصمه"):
                continue  # على طريق مطار كابل: a capital after a place noun is a place (not إلى العاصمة عمان)
            prep = "~"
        if p.is_place and (not allow_place or (prep == "ب" and not place_after_b)):
            continue  # (اجتمع بالقاهرة مع الرئيس المصري، لقائه بالرياض: where, not with whom)
        if prep == "ل" and p.first - 1 >= sm.offset and sm.tok(p.first - 1).base in _BELONGING:
            continue  # سفينة مساعدات تابعة للأمم المتحدة: the owner, not the one it goes to
        if p.first - 1 >= sm.offset and sm.tok(p.first - 1).norm in _AMONG:
            continue  # رحب عدد من السعوديين بالحملة بينهم صحفيون: members listed, no target
        if _range_end(sm, trig_head, p.first):
            continue  # نتحدث عن خمسة آلاف إلى عشرة آلاف شخص: "to" of a range of numbers
        if prep == "الي" and _envoy_to(sm, p.first):
            continue  # دعا مبعوث الأمم المتحدة إلى سوريا: where the envoy is sent, no one called on
        return sm.as_arg(sm.coordinated(p, clause.end), f"prep:{prep}")
    return None


#: "Belonging to" (normalised bases): the لـ-actor after one owns the noun before it.
_BELONGING = frozenset({"تابع", "تابعه", "تابعين", "تابعتين", "تابعون", "تابعان", "تابعتان"})
#: Borders (normalised bases): مع after one names the country across it (الحدود مع سوريا).
_BORDERS = frozenset({"حدود", "حدوده", "الحدودي", "حدودي", "حد"})
#: Words after على that make no object of attack (على الأقل، على يد، على إثر، على خلفية).
_NOT_STRUCK = frozenset({"الاقل", "اقل", "يد", "ايدي", "يدي", "اثر", "خلفيه", "الرغم", "رغم", "نحو", "مدي", "طول",
                         "امتداد", "حد", "الفور", "وقع", "هامش", "صعيد", "غرار", "مستوي", "مقربه", "بعد",
                         "قيد", "ما", "ان", "انه", "انها", "الحدود", "حدود", "مسافه", "ذلك", "هذا", "هذه",
                         "طريق", "الطريق", "ارض", "الارض", "جانب", "جانبي", "متن", "راس", "اساس"})
_STRUCK_WINDOW = 6


def struck_object(sm: SentenceMentions, trig_last: int, clause: Clause) -> bool:
    """Whether على or ضد + a noun follows an attack trigger closely in its clause: what was hit
    is named, even when it is no actor (هجوم على الموقع، صواريخ على منزل، انفجرت على دورية)."""
    for j in range(trig_last + 1, min(clause.end - 1, trig_last + 1 + _STRUCK_WINDOW)):
        tok = sm.tok(j)
        if tok.kind == "punct":
            return False
        if tok.base in ("علي", "ضد") and not tok.enclitic:
            nxt = sm.tok(j + 1)
            return nxt.kind == "word" and nxt.base not in _NOT_STRUCK and nxt.norm not in _NOT_STRUCK
    return False


#: Prepositions that tie an actor into the phrase before it (مواقع للحوثيين، مبعوث من كوريا،
#: نظرائهم في كوريا الشمالية، أهداف تابعة لحزب العمال، ضد التنظيمات كالقاعدة).
_LINKING_PREPS = frozenset({"ل", "من", "في", "ك"})


def _prep_nearby(sm: SentenceMentions, first: int, want: set[str], floor: int) -> bool:
    for j in range(first - 1, max(floor, first - 4), -1):
        tok = sm.tok(j)
        if tok.kind == "punct":
            return False
        if ((tok.base in want or tok.norm in want) and not tok.enclitic) or any(c in want for c in tok.proclitics):
            # في مكافحة، بدور المغرب (not منه: with its pronoun it stands alone; not مع استمرار هجوم
            # الجيش: "as the army's attack goes on", a circumstance, no one fought with; nor مع شن
            # التحالف غارات، مع إعلان الولايات المتحدة: with an event, no partner)
            return not (tok.norm == "مع" and (sm.tok(j + 1).base in _GOING_ON
                                              or (j + 1 < first and j + 1 in sm.event_nouns)))
    return False


#: Nouns of going on, growing or coming, or of what is announced or readied (normalised bases): مع
#: before one opens a circumstance of time (مع استمرار القصف، مع تصاعد التوتر، مع اقتراب الانتخابات،
#: مع إعلان الولايات المتحدة، مع وصول الوفد), no partner or opponent.
_GOING_ON = frozenset({"استمرار", "تواصل", "تصاعد", "تزايد", "اقتراب", "بدء", "بدايه", "حلول", "دخول",
                       "انطلاق", "تجدد", "اشتداد", "احتدام", "تفاقم", "تقدم", "اعلان", "وصول", "استعداد",
                       "قرار"})


#: Verbal nouns of fighting something (normalised bases): the actor in their genitive is fought.
_COMBATING = frozenset({"مكافحه", "مواجهه", "محاربه", "تصدي", "قتال", "مقاتله"})


def genitive(sm: SentenceMentions, noun_last: int, clause: Clause, *, lam_author: bool = True,
             holdings: bool = False) -> Arg | None:
    """The actor in a verbal noun's idafa or adjective: the next word(s) after the noun. After
    the noun's own adjective, لـ + actor is the author only where ``lam_author`` (غارة جوية
    لطائرات التحالف; not for a noun whose target لـ marks: زيارة رسمية لإسرائيل). With
    ``holdings`` (a noun of attack or seizure), an actor after a place or property noun is its
    owner, rule ``genitive:holding`` (قصف مواقع تنظيم داعش)."""
    after = noun_last + 1
    if after + 1 < sm.offset + len(sm.tokens) and not sm.tok(noun_last).has_article \
            and _time_phrase(sm.tok(after), sm.tok(after + 1)):
        return None  # صدامات الأسبوع الماضي: the time is the genitive (an actor after it is not)
    for p in sm.after(noun_last, clause):
        if p.is_place or sm.governed(p) not in (None, "ل"):
            return None
        if p.first == noun_last + 1 and sm.tok(noun_last).has_article and sm.governed(p) is None \
                and p.actor.kind != "adjective" and not sm.tok(p.first).has_article:
            return None  # وحضر اللقاء مندوب السعودية: a noun with the article has no genitive; the
            # bare noun after it is the verb's subject (an adjective still describes it: الهجوم الحوثي)
        if p.actor.kind == "sector" and p.first == noun_last + 1 and accusative(sm, p.first) \
                and sm.tok(noun_last).norm.endswith("ا"):
            return None  # تمردا مسلحا "an armed insurgency": an adjective in the accusative, no genitive
        if sm.governed(p) == "ل" and p.actor.sector == "MED":
            return None  # شارك في الاحتجاج لرويترز: whom one told (not مقابلة أجرتها: no genitive there)
        if sm.governed(p) == "ل" and not lam_author and p.actor.kind not in ("person", "sector"):
            return None  # إنذارا لحركة حماس: لـ marks whom it is for (زيارة لمسؤول فرنسي: by whom)
        if any(sm.tok(i).proclitics[:1] == ("و",) for i in range(noun_last + 1, p.first)):
            return None  # مجال المساعدات وطيارين كينيين: a coordinated noun is no genitive
        if any(sm.tok(i).base in ATTRIBUTION for i in range(noun_last + 1, p.first)):
            return None  # قذائف بحسب وكالة الأناضول: the agency reports the shelling
        if any(sm.tok(i).base in _COMBATING for i in range(noun_last + 1, p.first)):
            return None  # بمعركة مواجهة داعش، حرب مكافحة الإرهاب: the one fought, not the fighter
        if any(sm.tok(i).base in AGAINST_ADJECTIVES for i in range(noun_last + 1, p.first)):
            return None  # احتجاجات مناوئة للحكومة، معادية للولايات المتحدة: the one opposed, no author
        if any(c in ("ب", "ك") for i in range(noun_last + 1, p.first) for c in preps_of(sm.tok(i))):
            return None  # تفجير بالعاصمة أنقرة: where (قصف لفصائل المعارضة: لـ names the author)
        if any(sm.tok(i).proclitics == ("ل",) and sm.tok(i).kind == "word" and sm.tok(i).base not in _LAM_MEMBERS
               and not sm.counts(i) for i in range(noun_last + 1, p.first)):
            return None  # هجوم عسكري لطرد تنظيم الدولة، مفاوضات لمبادلة سجناء: a purpose (لـ + a noun)
            # between, whose object the actor is (not اجتماعا لقيادات ميليشيات الحوثي: its members;
            # not اعتقال لعدد من المسلحين: a count)
        if p.actor.kind in ("country", "capital") and any(_construct_noun(sm.tok(i)) for i in range(noun_last + 1, p.first)):
            return None  # رفض عودة روسيا: Russia is the genitive of the return, not the rejecter
        if p.actor.kind == "org" and not holdings and p.first - noun_last == 2 and _owned_noun(sm.tok(noun_last + 1)):
            # دعم خطة الأمم المتحدة: the UN owns the plan supported, as an attack's target owns the
            # sites hit (not غارة طائرة التحالف, the coalition's raid)
            return sm.as_arg(sm.coordinated(p, clause.end), "genitive:holding")
        start = noun_last
        while start + 1 < p.first and (_bare_nisba(sm.tok(start + 1)) or _accusative_nisba(sm.tok(start), sm.tok(start + 1))
                                       or _event_adjective(sm.tok(start + 1), sm.governed(p))) \
                and (lam_author or sm.governed(p) != "ل"):
            start += 1  # غارة جوية لطائرات التحالف، هجوما إرهابيا لتنظيم داعش: the noun's own adjective first
        if start > noun_last and p.first == start + 1 and sm.governed(p) is None \
                and p.actor.kind not in ("adjective", "country"):
            return None  # أجبرت انتفاضة شعبية الرئيس اليمني: no genitive right after the noun's
            # adjective (an idafa is not broken by one), the verb's object; an adjective still
            # describes it (الغارات الجوية الإسرائيلية), and a verb between names the author
            # (غارة جوية شنتها طائرات التحالف)
        if sm.tok(noun_last).has_article and sm.governed(p) is None and p.first > start + 1 \
                and (p.actor.kind != "adjective" or any(sm.counts(i) or _derived_masdar(sm.tok(i))
                                                        for i in range(start + 1, p.first))):
            return None  # وقتل في الغارة 20 فلسطينيا: a definite noun has no genitive (only adjectives;
            # وتعكس اللقاءات التوجه السعودي: the nisba is the next verbal noun's, the verb's object)
        if _gap_ok(sm, start, p.first, limit=1 if sm.governed(p) is None else 0):
            holding = holdings and any(sm.tok(i).base in HOLDINGS for i in range(start + 1, p.first))
            return sm.as_arg(sm.coordinated(p, clause.end), "genitive:holding" if holding else "genitive")
        return None
    return None


#: Adjectives of opposition (normalised bases): the actor after one with لـ is opposed, no author of
#: the event noun they describe (احتجاجات مناوئة للحكومة، تظاهرة معادية للولايات المتحدة).
AGAINST_ADJECTIVES = frozenset({"مناويه", "مناوي", "مناويين", "مناهضه", "مناهض", "مناهضين", "معاديه", "معادي",
                                "معاد", "معادين", "مضاده", "مضاد", "مناوييه"})


_OPPOSED_REACH = 3  # words from an event noun to the adjective of opposition that describes it


def opposed_after(sm: SentenceMentions, noun_last: int, clause: Clause) -> Arg | None:
    """The actor that an adjective of opposition right after an event noun (past its own nisba:
    احتجاجات شعبية مناهضة للحكومة) names with لـ (احتجاجات مناوئة للحكومة، تظاهرة معادية للولايات المتحدة): the one opposed, rule
    ``opposed``."""
    for i in range(noun_last + 1, min(clause.end - 1, noun_last + 1 + _OPPOSED_REACH)):
        tok = sm.tok(i)
        if tok.kind != "word" or tok.proclitics:
            return None
        if tok.base not in AGAINST_ADJECTIVES and not tok.base.endswith(("يه", "ي")):
            return None  # (past the noun's own nisba only: not اغتيالات طالت قيادات مناهضة لحزب الله)
        if tok.base in AGAINST_ADJECTIVES:
            p = sm.at(i + 1)
            if p is None or p.first != i + 1 or p.is_place or sm.governed(p) != "ل":
                return None
            return sm.as_arg(sm.coordinated(p, clause.end), "opposed")
    return None


#: Places and property that an actor holds (normalised): the actor after one of them, in the
#: genitive of a noun or after a verb of attack or seizure, owns what was hit; it did not act
#: (قصف مواقع تنظيم داعش، اقتحام مقر الحزب، استهدفت مواقع الحوثيين).
HOLDINGS = frozenset({
    "مواقع", "موقع", "مقرات", "مقر", "مراكز", "مركز", "معاقل", "معقل", "منازل", "منزل", "بيوت", "بيت",
    "قواعد", "قاعده", "تجمعات", "تجمع", "ثكنات", "ثكنه", "معسكرات", "معسكر", "مخازن", "مخزن",
    "مستودعات", "مستودع", "تحصينات", "اهداف", "هدف", "انفاق", "نفق", "منشات", "منشاه",
    "سفاره", "سفارات", "قنصليه", "مكاتب", "مكتب", "مخيمات", "مخيم", "ممتلكات", "اراضي", "ارض", "مخابي",
    # convoys and vehicles on the road (تفجير موكب رئيس الوزراء، استهداف دورية للجيش)
    "موكب", "مواكب", "قافله", "قوافل", "سياره", "حافله", "دوريه", "دوريات",
    # buildings people gather in (تفجير مسجد قوات الطوارئ، قصف مستشفى الحوثيين، مدرسة للأونروا)
    "مسجد", "مساجد", "كنيسه", "كنايس", "حسينيه", "معبد", "مدرسه", "مدارس", "مستشفي", "مستشفيات",
    "فندق", "فنادق", "مطار", "مطارات", "ميناء",
})


#: Countries whose names take a masculine verb (أعلن العراق، قال لبنان، أكد السودان) or either
#: (البحرين، اليابان، عمان, ANT news counted): every other country name, like every city, is
#: feminine (أعلنت مصر، قالت إيران، دعت الهند).
MASCULINE_COUNTRIES = frozenset({"IRQ", "LBN", "JOR", "SDN", "SSD", "YEM", "MAR", "SOM", "VAT", "BHR",
                                 "JPN", "OMN"})
#: Masculine nouns that open a country's long name (الاتحاد الروسي، الكيان الصهيوني).
_MASCULINE_HEADS = ("الاتحاد", "اتحاد", "الكيان", "كيان")


def feminine_country(arg: Arg) -> bool:
    """Whether ``arg`` is one country named by a feminine name (الهند، روسيا، الولايات المتحدة):
    right after a verb of the masculine singular it is that verb's object, not its subject
    (ودعا الهند إلى وقف الاتهامات، وطالب روسيا بالرد), and no such verb's dropped subject."""
    if len(arg.actors) != 1 or len(arg.mentions) != 1:
        return False
    actor = arg.actors[0]
    if actor.kind == "capital" and (actor.entry or "").startswith("cap."):
        return True  # cities are feminine (قالت موسكو، ودعا موسكو: the object); seats of power may not be (البيت الأبيض)
    return actor.kind == "country" and actor.country is not None and actor.country not in MASCULINE_COUNTRIES \
        and not arg.mentions[0].text.startswith(_MASCULINE_HEADS)


#: Feminine nouns of institutions and bodies (normalised, without the article) that head an
#: organisation's or a body's name: such a name takes a feminine verb (قالت الحكومة، أعلنت حركة حماس).
_FEMININE_BODIES = frozenset({"حكومه", "وزاره", "سفاره", "قنصليه", "قناه", "صحيفه", "وكاله", "منظمه", "هييه",
                              "جماعه", "حركه", "شركه", "رياسه", "قياده", "لجنه", "محكمه", "شرطه", "جامعه",
                              "جمعيه", "مجموعه", "مفوضيه", "اذاعه", "نقابه", "بعثه", "كتيبه", "فرقه",
                              "سلطه", "دوله", "جبهه"})  # fmt: skip


def feminine_name(arg: Arg) -> bool:
    """Whether ``arg`` is one actor with a feminine name: a country (:func:`feminine_country`) or an
    organisation headed by a feminine noun of institution (حركة حماس، قناة الجزيرة، منظمة الصحة
    العالمية; not a person: أسامة). Sector nouns (الحكومة، وزارة الدفاع) are left out: after a
    word that may be a verbal noun (واهتمام ودعم الحكومة) they are its genitive."""
    if feminine_country(arg):
        return True
    return len(arg.actors) == 1 and arg.actors[0].kind == "org" and feminine_head(arg)


def feminine_head(arg: Arg) -> bool:
    """Whether ``arg`` is one actor whose mention a feminine noun of institution heads, a sector's
    as much as an organisation's (الحكومة السعودية، حكومة الاحتلال، حركة حماس)."""
    if len(arg.actors) != 1 or len(arg.mentions) != 1:
        return False
    words = arg.mentions[0].text.split()
    head = normalize(words[0]) if words else ""
    return (head[2:] if head.startswith("ال") else head) in _FEMININE_BODIES


def oblique_plural(sm: SentenceMentions, arg: Arg) -> bool:
    """Whether ``arg`` is one group named by a sound masculine plural in the accusative or genitive
    (الحوثيين، المسلحين، الفلسطينيين), which cannot be a subject (الحوثيون، المسلحون): not a name that
    ends so (البحرين، فلسطين، حسين: a country or a person)."""
    first = sm.first_of(arg)
    if first is None or len(arg.actors) != 1 or arg.actors[0].kind not in ("sector", "adjective", "org"):
        return False
    mention = arg.mentions[0].text.split()
    return len(mention) == 1 and sm.tok(first).norm.endswith("ين") and len(sm.tok(first).base) >= 5


#: Particles after which a word spelled like a verb and its verbal noun (دعم، منح، رفض) is the verb.
_BEFORE_VERBS = frozenset({"قد", "لقد", "ثم", "كما", "حيث", "عندما", "اذا", "لو", "لما", "فيما", "بينما", "ان",
                           "انه", "انها", "الذي", "التي", "الذين", "كان", "لم", "لن", "لا", "ما"})


def clause_verb(sm: SentenceMentions, idx: int) -> bool:
    """Whether the word at ``idx`` stands where a verb does: opening its sentence or clause (after
    punctuation, و/ف or a particle: ودعا، إذا دعا، أنه دعا), not where its verbal noun would (إزاء
    منح إيران ميناء، وأثار دعم الولايات المتحدة: a genitive there is the author)."""
    tok = sm.tok(idx)
    if tok.proclitics[:1] in (("و",), ("ف",)) or idx == sm.offset:
        return True
    prev = sm.tok(idx - 1)
    return prev.kind == "punct" or prev.norm in _BEFORE_VERBS


def _bare_nisba(tok: Token) -> bool:
    """An indefinite nisba adjective with no clitic (جوية، عسكري; not مسلحة): the adjective of
    the noun before it."""
    return tok.kind == "word" and not tok.proclitics and not tok.enclitic and len(tok.norm) >= 4 \
        and tok.norm.endswith(("يه", "ي")) and not tok.norm.startswith("ال")  # not التي، الذي


#: Common adjectives of an event noun (normalised, indefinite): in لهجوم دام لتنظيم القاعدة the
#: author's لـ follows them, as it follows a nisba (غارة جوية لطائرات التحالف).
EVENT_ADJECTIVES = frozenset({"دام", "دامي", "داميه", "عنيف", "عنيفه", "جديد", "جديده", "كبير", "كبيره",
                              "مزدوج", "منسق", "واسع", "واسعه", "مماثل", "مماثله", "مباغت", "مفاجي", "مسلح"})


def _event_adjective(tok: Token, prep: str | None) -> bool:
    """A common adjective of an event noun (``EVENT_ADJECTIVES``), bare, before an actor with لـ
    (لهجوم دام لتنظيم القاعدة: al-Qaeda's attack)."""
    return prep == "ل" and tok.kind == "word" and not tok.proclitics and not tok.enclitic and tok.norm in EVENT_ADJECTIVES


def _accusative_nisba(noun: Token, tok: Token) -> bool:
    """A nisba adjective in the indefinite accusative after an indefinite accusative noun
    (هجوما إرهابيا، دعما عسكريا): the noun's own adjective."""
    return tok.kind == "word" and not tok.proclitics and not tok.enclitic and len(tok.norm) >= 5 \
        and tok.norm.endswith("يا") and noun.kind == "word" and not noun.has_article \
        and not noun.enclitic and noun.norm.endswith("ا")


#: Members, leaders and forces (normalised) of the actor after them: with لـ after a verbal noun
#: they are its author's (اجتماعا لقيادات ميليشيات الحوثي، غارة لطائرات التحالف), no purpose.
_LAM_MEMBERS = frozenset({"قيادات", "قاده", "قياديي", "قياديين", "عناصر", "اعضاء", "مقاتلي", "مسلحي", "ممثلي",
                          "مسوولي", "انصار", "انصاري", "طايرات", "طايره", "مقاتلات", "قوات", "جنود", "افراد",
                          "وحدات", "كتايب", "فصايل", "زعماء", "وزراء", "روساء", "سفراء", "وفود", "وفد", "شيوخ", "وجهاء",
                          "ابناء", "سكان", "اهالي"})


def _construct_noun(tok: Token) -> bool:
    """An indefinite feminine noun with no clitic, not a nisba adjective (عودة، زيارة، إعادة; not
    جوية، عسكرية): in a chain of nouns, the next word is its genitive."""
    return tok.kind == "word" and not tok.proclitics and not tok.enclitic and tok.norm.endswith("ه") \
        and not tok.norm.endswith("يه") and len(tok.norm) >= 4


#: Plans, efforts and positions (normalised) an organisation in their genitive owns (دعم خطة الأمم
#: المتحدة، رفض مبادرة الجامعة العربية): what is done with them is done to the organisation.
_OWNED_THINGS = frozenset({"خطه", "خطط", "جهود", "مبادره", "مبادرات", "مساعي", "مشروع", "مشاريع", "برنامج",
                           "برامج", "قرار", "قرارات", "موقف", "مواقف", "سياسه", "سياسات", "مقترح", "مقترحات",
                           "اقتراح", "رويه", "بيان", "دعوه", "دعوات", "شروط", "مطالب"})


def _owned_noun(tok: Token) -> bool:
    """A plain word (no article, no clitic) for a plan, effort or position (خطة، جهود، مبادرة):
    an organisation after it in a chain owns it."""
    return tok.kind == "word" and not tok.proclitics and not tok.enclitic and tok.norm in _OWNED_THINGS


def own_mention(sm: SentenceMentions, idx: int) -> Arg | None:
    """A trigger that is itself an actor mention (المتظاهرين) is its own source."""
    p = sm.covering(idx)
    if p is None or p.is_place:
        return None
    return sm.as_arg([p], "self")


def agent_phrase(sm: SentenceMentions, after: int, clause: Clause,
                 is_agent_noun: Callable[[Token], bool], verbs: Collection[int] = ()) -> Arg | None:
    """The doer named by an agent phrase after token ``after`` in the clause: بـ + a word of harm
    (برصاص، بنيران، بقذائف) or على يد, followed at once by an actor (استشهد شاب برصاص الجيش
    الإسرائيلي، قتل جندي على يد مسلحين), not past another verb (``verbs``: قتل 16 شخصا خلال تشييع
    مقاتلين قتلوا بيد مسلحين). Rule ``agent``."""
    j = after
    while j + 1 < clause.end - 1:
        j += 1
        tok = sm.tok(j)
        if tok.text == "(" and (close := _bracket_close(sm, j, clause.end)) is not None:
            j = close  # استشهد الشاب محمد (27 عاما) بطلق ناري: past an age or a day in brackets
            continue
        if tok.kind == "punct" or j in verbs:
            break
        if tok.kind != "word" or not is_agent_noun(tok):
            continue
        if "ب" not in preps_of(tok) and tok.norm != "بيد" and not (
                j > sm.offset and sm.tok(j - 1).base == "علي" and plain(tok)):
            continue
        p = _members_of(sm, j + 1, clause.end) or sm.at(j + 1)
        if p is not None and not p.is_place:
            return sm.as_arg(sm.coordinated(p, clause.end), "agent")
        fired = _fired_by(sm, j, clause)
        if fired is not None:
            return fired
    return None


_BRACKET_WORDS = 3  # words in a short bracketed aside: an age or a day ((25 عاما)، (الجمعة))


def _bracket_close(sm: SentenceMentions, i: int, end: int) -> int | None:
    """The closing bracket of a short aside opening at ``i`` (a few words, no other punctuation;
    document indexes)."""
    close = short_bracket_close(sm.tokens, i - sm.offset, _BRACKET_WORDS, end - sm.offset)
    return None if close is None else close + sm.offset


#: Past and present stems (normalised) of "fire" whose pronoun resumes a shot or shell (أطلقها).
_FIRED = frozenset({"اطلق", "يطلق", "تطلق"})
_FIRED_REACH = 10  # words between the shot and the verb that fired it (برصاصة في الرأس قبل ظهر اليوم أطلقها)


def _fired_by(sm: SentenceMentions, j: int, clause: Clause) -> Arg | None:
    """The actor right after أطلقها/أطلقه (and a preposition's pronoun: أطلقها عليه) a few words after
    the shot or shell at ``j``, with no punctuation between (برصاصة في الصدر أطلقها جنود الاحتلال
    الإسرائيلي): the one who fired it.
    Rule ``agent:fired``."""
    k, words = j, 0
    while k + 1 < clause.end - 1 and words < _FIRED_REACH:
        k += 1
        tok = sm.tok(k)
        if tok.text == "(" and (close := _bracket_close(sm, k, clause.end)) is not None:
            k = close  # برصاصة في الرأس قبل ظهر اليوم (الجمعة) أطلقها
            continue
        if tok.kind == "punct":
            return None
        words += 1
        if tok.kind == "word" and tok.base in _FIRED and tok.enclitic in ("ه", "ها", "هم"):
            after = k + 2 if k + 2 < clause.end and sm.prep_pronoun(k + 1) else k + 1  # (أطلقها عليه جنود)
            p = sm.at(after)
            return sm.as_arg(sm.coordinated(p, clause.end), "agent:fired") if p is not None and not p.is_place else None
    return None


#: Words for the members of a force or group, before a partitive من (أفراد من الشرطة).
_MEMBERS = frozenset({"افراد", "عناصر", "رجال", "جنود", "مسلحين", "مسلحي", "مقاتلين", "مقاتلي", "عنصرا", "عنصر",
                      "مسلحا", "مقاتلا", "اعضاء", "عضوا", "انصار",
                      "شخصيات", "قيادات"})  # زارت شخصيات من المعارضة الفنزويلية البيت الأبيض
_MEMBERS_REACH = 3  # the actor may stand a few words into the construct after من (قوة شرطة حرس الحدود)


def _member_word(tok: Token) -> bool:
    """A word for the members of a force or group, with no clitic before it (عناصر، أفراد، عنصرا)."""
    return (tok.norm in _MEMBERS or tok.base in _MEMBERS) and not tok.proclitics


def _members_of(sm: SentenceMentions, j: int, end: int) -> Placed | None:
    """The force or group that a word for its members at token ``j`` and a partitive من name
    (على يد أفراد من قوة شرطة حرس الحدود: the border police): its first actor, at most
    ``_MEMBERS_REACH`` words after من with no punctuation between, or the actor right after it in
    the same construct."""
    if j + 2 >= end or not _member_word(sm.tok(j)) or sm.tok(j + 1).norm != "من":
        return None
    for k in range(j + 2, min(end, j + 2 + _MEMBERS_REACH)):
        if sm.tok(k).kind != "word":
            return None
        p = sm.covering(k)
        if p is None:
            continue
        if p.first <= j + 1:
            return None
        while (nxt := sm.at(p.last + 1)) is not None and not nxt.is_place:
            p = nxt  # قوة شرطة حرس الحدود الإسرائيلية: the construct's last actor names the force
        return p
    return None


_BY_AGENT_WINDOW = 4  # من قبل may follow the trigger after at most three words (its object)


def by_agent(sm: SentenceMentions, after: int, clause: Clause) -> Arg | None:
    """The doer after من قبل ("by") in the clause, at most three words after token ``after``
    (حصار تعز من قبل الحوثيين، اعتقل الناشط من قبل الشرطة; not the doer of a later event: أغلقت
    إستونيا قنصليتها بعد تعرض سفيرتها لاعتداء من قبل متظاهرين). Rule ``agent``."""
    for j in range(after + 1, min(clause.end - 2, after + 1 + _BY_AGENT_WINDOW)):
        if sm.tok(j).norm == "من" and sm.tok(j + 1).norm == "قبل":
            p = sm.at(j + 2)
            return sm.as_arg(sm.coordinated(p, clause.end), "agent") if p is not None and not p.is_place else None
    return None


_FROM_WINDOW = 4  # how far after a thing received its من may stand (اتصالا هاتفيا اليوم من)


def from_actor(sm: SentenceMentions, after: int, clause: Clause) -> Arg | None:
    """Who a thing received came from: the actor من governs, with من at most ``_FROM_WINDOW``
    words after token ``after`` (تلقى اتصالا هاتفيا اليوم من معالي الفريق راشد، تلقت طلبا من
    بريطانيا); not a place, and not after an actor or a word for members, whose من is partitive
    (لأفراد من حزبه). Rule ``from``."""
    for j in range(after + 1, min(clause.end, after + 1 + _FROM_WINDOW)):
        if sm.tok(j).norm != "من":
            continue
        if j - 1 > after and (sm.covering(j - 1) is not None or sm.tok(j - 1).base in _MEMBERS):
            return None  # الاتهامات الموجهة له ولأفراد من حزبه: من after people names whose they are
        after_from = sm.after(j, clause)
        p = after_from[0] if after_from else None
        if p is None or p.is_place or p.first > j + 1 + _TITLE_RUN or sm.governed(p) != "من":
            return None
        return sm.as_arg(sm.coordinated(p, clause.end), "from")
    return None


def counted(sm: SentenceMentions, arg: Arg) -> bool:
    """Whether the first mention of ``arg`` is counted: a number or a counting word right before
    it (42 جنديا، عشرات المدنيين، أكثر من 20 شخصا)."""
    first = sm.first_of(arg)
    if first is None or first <= sm.offset:
        return False
    j = first - 1
    while j > sm.offset and sm.tok(j).kind == "punct" and sm.tok(j).text in QUOTES:
        j -= 1  # 20 عنصرا من " داعش "
    if sm.counts(j):
        return True
    # 20 عنصرا من داعش: a counted noun and the partitive من before the actor; 19 من عناصر تنظيم داعش:
    # the partitive before the members' word in the construct with the actor
    if _member_word(sm.tok(j)) and not sm.tok(j).enclitic and j - 2 >= sm.offset and sm.tok(j - 1).norm == "من" \
            and sm.counts(j - 2):
        return True
    return sm.tok(j).norm == "من" and j - 2 >= sm.offset and sm.tok(j - 1).kind == "word" and sm.counts(j - 2)


def counted_after(sm: SentenceMentions, verb: int, arg: Arg) -> bool:
    """Whether a number or counting word stands between token ``verb`` and the first mention of
    ``arg`` (قتل 400 ألف من أبناء شعبه، اعتقلت 20 عنصرا من داعش): what it counts is an object."""
    first = sm.first_of(arg)
    return first is not None and any(sm.counts(i) for i in range(verb + 1, first))


def indefinite(sm: SentenceMentions, arg: Arg) -> bool:
    """Whether ``arg`` is one indefinite common noun phrase (شخصا، مسلحين، جنديا عراقيا; not
    الجيش, not قوات الأمن, not a name)."""
    first, last = sm.first_of(arg), sm.last_of(arg)
    if first is None or last is None or len(arg.mentions) != 1 or len(arg.actors) != 1 \
            or arg.actors[0].kind != "sector":
        return False
    # (طائراته "its aircraft": a possessive pronoun makes the noun definite)
    return not any(sm.tok(i).has_article or sm.tok(i).enclitic for i in range(first, last + 1))


def object_near(sm: SentenceMentions, verb: int, clause: Clause) -> Arg | None:
    """:func:`object_after` when the object follows the verb closely (at most one word, or the
    words counting it, between them): not an actor deep in a later phrase (في هجوم انتحاري)."""
    obj = object_after(sm, verb, clause, None)
    if obj is None:
        return None
    first = sm.first_of(obj)
    return obj if first is not None and _gap_ok(sm, verb, first, limit=1) else None


def bare_subject(sm: SentenceMentions, subject: Arg, clause: Clause, victims: Collection[str] = ()) -> bool:
    """Whether nothing after a VSO subject can be its verb's object: no actor object and no
    number or counting word later in the clause, and the subject ends the clause or is followed
    by a preposition or a conjunction (not فجر مسلحون الطريق، خطف مسلحون سائقا); and the
    subject is a common noun or a person whose first word has no article, or a civilian of a
    sector in ``victims`` (not قصفت الطائرات في جنوب لبنان, not هددت سوريا بشن عملية). An unvowelled
    past with such a subject reads as a passive in news (قُتل شخص في انفجار، جُرح وزير
    الداخلية في تفجير)."""
    first, last = sm.first_of(subject), sm.last_of(subject)
    if first is None or last is None:
        return False
    if sm.tok(first).has_article and not (subject.actors and all(
            (a.sector in victims and a.group is None)
            or (a.kind in ("person", "adjective") and len(subject.actors) == 1 and not sm.tok(first - 1).has_article)
            for a in subject.actors)):
        return False  # قصفت الطائرات الإسرائيلية في جنوب لبنان: a definite subject acts (not a
        # civilian of ``victims``: قتلت الصحفية المالطية في تفجير, she was killed; nor a person or
        # a nationality standing alone: وقتل الصماد من جراء غارة، وقتل الفلسطيني الآخر بالرصاص; not
        # one describing a noun before it: واستهدفت الصواريخ الإسرائيلية)
    if last >= clause.end:
        return False  # اتهم وزير الخارجية الروسي، سيرغي لافروف، الولايات المتحدة: a named title acts
    if any(a.group is not None and a.kind != "person" for a in subject.actors):
        return False  # استهدفت مقاتلات التحالف العربي: a named organisation's forces act (a named
        # member may be killed: قتل صالح الصماد في غارة)
    if any(a.kind not in ("sector", "person", "adjective") for a in subject.actors):
        return False  # هددت سوريا وروسيا بشن عملية: a state or an organisation acts (قتل فلسطينيان: people)
    used = {m.start for m in subject.mentions}
    if any(p.mention.start not in used and not p.is_place and sm.governed(p) in (None, "ل")
           and not in_phrase(sm, p, last) for p in sm.after(last, clause)):
        return False
    if last + 1 < clause.end and sm.tok(last + 1).norm in _SUBJECT_FOLLOWERS:
        last += 1  # قتل فلسطينيان اثنان، قتل الفلسطيني الآخر: "two", "the other" describe the subject
    if last + 1 < clause.end and sm.tok(last + 1).text == "(":
        close = short_bracket_close(sm.tokens, last + 1 - sm.offset, _AGE_WORDS)
        if close is not None:
            last = sm.offset + close  # وقتل محمد نوارة (17 عاما) برصاص: an age or alias in brackets
    return nothing_after(sm, last, clause)


_AGE_WORDS = 3  # words of a bracketed aside after a name (17 عاما)


#: "Two" and "the other" (normalised), which follow the noun they describe (فلسطينيان اثنان،
#: الفلسطيني الآخر): no object of the verb.
_SUBJECT_FOLLOWERS = frozenset({"اثنان", "اثنتان", "اثنين", "اثنتين", "الاخر", "الاخري", "الاخرين", "الاخرون"})


#: Endings of a definite word after a noun phrase that make it the phrase's adjective (normalised).
_NISBA_ENDINGS = ("ي", "يه", "يين", "يون", "يات")


def _derived_masdar(tok: Token) -> bool:
    """Whether a definite word is shaped like the verbal noun of a derived verb, no adjective: the
    article alone as clitic, the opening of تفعّل، تفاعل، تفعيل (التوجه، التقارب، التعاون), انفعال
    (الانسحاب), استفعال (الاستقرار) or افتعال (الاعتراف), at least four letters (five after ا), no ة
    and no nisba ending (not التاريخية، الانتحاري، التابعة)."""
    if tok.kind != "word" or tok.proclitics != ("ال",) or tok.enclitic or tok.base.endswith(_NISBA_ENDINGS):
        return False
    stem = tok.base
    if len(stem) < 4 or tok.text.endswith("ة"):
        return False  # (التابعة "affiliated", a participle)
    if stem.startswith("ا"):
        return len(stem) >= 5 and (stem.startswith(("ان", "است")) or stem[2] == "ت")  # (افتعال: الاعتراف)
    return stem.startswith("ت") and stem[1] != "ا"  # (التابع "affiliated", the participle فاعل)


def past_adverbs(sm: SentenceMentions, idx: int, end: int) -> int:
    """The first token after ``idx`` that is no adverb of time or manner (أمس، صباح، بشدة), or
    ``end``."""
    i = idx + 1
    while i < end:
        if skippable(sm.tokens, i - sm.offset):
            i += 1
        elif i + 1 < end and _time_phrase(sm.tok(i), sm.tok(i + 1)):
            i += 2  # قتل أحد متظاهريها الأسبوع الماضي
        else:
            break
    return i


#: Nouns of a span of time and the adjectives that make them an adverb of time with them (الأسبوع
#: الماضي، العام الجاري، الشهر المقبل), normalised bases.
_TIME_SPANS = frozenset({"اسبوع", "عام", "شهر", "سنه", "ليله", "ايام", "اشهر", "اسابيع", "اعوام", "سنوات"})
_TIME_SPAN_ADJECTIVES = frozenset({"ماضي", "ماضيه", "جاري", "حالي", "مقبل", "مقبله", "فايت", "منصرم",
                                   "اخير", "اخيره", "ماضيين", "قادم", "قادمه"})


def _time_phrase(tok: Token, nxt: Token) -> bool:
    """الأسبوع الماضي، الأشهر الأخيرة; and هذا الأسبوع، هذه السنة ("this week", "this year")."""
    if tok.kind == "word" and not tok.proclitics and tok.norm in _THIS and nxt.proclitics == ("ال",) \
            and not nxt.enclitic and nxt.base in _TIME_SPANS:
        return True
    return tok.proclitics == ("ال",) and nxt.proclitics == ("ال",) and not tok.enclitic \
        and tok.base in _TIME_SPANS and nxt.base in _TIME_SPAN_ADJECTIVES


_THIS = frozenset({"هذا", "هذه"})  # normalised demonstratives before a span of time


def definite_object_after(sm: SentenceMentions, idx: int, clause: Clause) -> bool:
    """Whether a definite noun that is no actor follows token ``idx`` (past adverbs of time), in
    the construct state or with the article, with no preposition: an object (اقتحم العشرات من
    أفراد الشرطة ساحات المسجد; not شنقا, not في الهجوم)."""
    return _definite_object_at(sm, past_adverbs(sm, idx, clause.end), clause)


def _definite_object_at(sm: SentenceMentions, i: int, clause: Clause) -> bool:
    if i >= clause.end:
        return False
    tok = sm.tok(i)
    if tok.kind != "word" or sm.covering(i) is not None or tok.base in PREPOSITIONS \
            or tok.proclitics not in ((), ("ال",)):
        return False
    if tok.has_article:  # (ميليشيات الحوثي الانقلابية، الفصائل السورية الموالية: an adjective)
        return not tok.base.endswith(_NISBA_ENDINGS)
    nxt = sm.tok(i + 1) if i + 1 < clause.end else None
    return nxt is not None and nxt.kind == "word" and nxt.proclitics == ("ال",) and not tok.enclitic


def _governed_counts(sm: SentenceMentions, lo: int, hi: int) -> set[int]:
    """The tokens of counts in ``lo..hi`` that a preposition governs (طرد دبلوماسيون من 21 دولة،
    في 3 مدن): a count in a prepositional phrase is no object."""
    out: set[int] = set()
    for i in range(lo, hi):
        if sm.counts(i) and (i - 1 in out or (i - 1 >= sm.offset and sm.tok(i - 1).base in PREPOSITIONS)):
            out.add(i)
    return out


def nothing_after(sm: SentenceMentions, idx: int, clause: Clause) -> bool:
    """Whether no object can follow token ``idx`` in its clause: no number or counting word
    after it, and the next word (past adverbs of time) ends the clause or opens a new clause or
    a prepositional phrase (وأصيب، في انفجار، بجروح); a year (عام 2007) is a time word. Any
    other word may be an object no lexicon knows (خطف مسلحون رجل أعمال، اختطفوا نقيب الصيادلة)."""
    years = {i for i in range(idx + 1, clause.end) if sm.tok(i).kind == "number" and year_number(sm.tokens, i - sm.offset)}
    ages = _ages(sm, idx + 1, clause.end)
    governed = _governed_counts(sm, idx + 1, clause.end)
    if any(sm.counts(i) for i in range(idx + 1, clause.end) if i not in years and i not in ages and i not in governed):
        return False
    if any(accusative(sm, i) for i in range(idx + 1, clause.end) if i not in ages):
        return False  # التي تستهدف بهذه الصواريخ مدنا: an indefinite accusative after a phrase
    i, end, stop = idx + 1, clause.end, sm.offset + len(sm.tokens)
    while i < end or (i < stop and i == end and sm.tok(i).text in COMMAS):
        tok = sm.tok(i)
        if tok.kind != "word":
            after = _after_parenthetical(sm, i, stop)
            if after is None:
                return not _object_after_time_comma(sm, i, stop)
            # رفض نتنياهو، الأربعاء، دعوات: a time word in commas does not end the clause
            i, end = after, max(end, after + 1)
            continue
        if skippable(sm.tokens, i - sm.offset) or tok.norm in MANNER_ACCUSATIVES:
            i += 1  # (قتل حرقا: how, no object)
            continue
        if i + 1 in years:  # عام 2007: the year's head word and its number
            i += 2
            continue
        if i in ages:
            i += 1
            continue
        if tok.base in _DAY_WORDS and i + 1 < stop and skippable(sm.tokens, i + 1 - sm.offset):
            i += 1  # يومي الثلاثاء والأربعاء، يوم الجمعة: on the day(s), a time
            continue
        if tok.norm in _TIME_PREPOSITIONS and i + 1 < stop and sm.tok(i + 1).norm == "ذلك":
            i += 2  # قصفت بعد ذلك منشأة: "afterwards", an adverb before the object
            continue
        if tok.proclitics == ("و",) and tok.base in _ALLIES and tok.enclitic:
            return False  # وتحاصر قوات الجيش السوري وحلفاؤها المنطقة: its allies join the subject, which acts
        return bool(tok.proclitics and tok.proclitics[0] in ("و", "ب", "ل", "ف")) or tok.base in PREPOSITIONS \
            or tok.base in _TIME_PREPOSITIONS or tok.norm == "بيد"  # (بيد مسلحين "at the hands of": one word)
    return True


def _object_after_time_comma(sm: SentenceMentions, i: int, stop: int) -> bool:
    """Whether the comma at token ``i``, right after a word of time, stands before the verb's
    object: a bare noun in the construct state, no function word, preposition or attribution
    (اقتحمت قوات الاحتلال الإسرائيلية أمس، مخيم الدهيشة; not قتل جندي أمس، وفق مصادر)."""
    if sm.tok(i).text not in COMMAS or i - 1 < sm.offset or not skippable(sm.tokens, i - 1 - sm.offset) \
            or i + 2 >= stop:
        return False
    tok, nxt = sm.tok(i + 1), sm.tok(i + 2)
    return _bare_word(sm, i + 1) and not tok.norm.endswith("ا") and len(tok.norm) >= 3 \
        and tok.base not in _TIME_PREPOSITIONS and tok.base not in ATTRIBUTION and tok.norm not in COMPLEMENTISERS \
        and tok.norm not in NEVER_VERBS and nxt.kind == "word" and nxt.has_article


#: "Day", "the two days" (normalised bases), before a weekday: a phrase of time.
_DAY_WORDS = frozenset({"يوم", "يومي"})
#: Prepositions of time (clitic-free, normalised) that open a phrase after a verb (واعتقل بعد ذلك):
#: not in :data:`PREPOSITIONS`, since بعد and قبل are no place or party of an event.
_TIME_PREPOSITIONS = frozenset({"بعد", "قبل", "قبيل", "بعيد", "اثناء"})


#: Words for years of age after a number (عمره 24 عاما).
_AGE_UNITS = frozenset({"عاما", "عام", "سنه", "سنوات", "اعوام", "ربيعا"})


def _ages(sm: SentenceMentions, lo: int, hi: int) -> set[int]:
    """The tokens of age phrases between ``lo`` and ``hi``: عمره 24 عاما، البالغ من العمر 30 عاما
    (a description of the person before, no object or count of the verb)."""
    out: set[int] = set()
    for i in range(max(lo, sm.offset + 1), hi - 1):
        if sm.tok(i).kind != "number" or sm.tok(i + 1).base not in _AGE_UNITS or sm.tok(i - 1).base != "عمر":
            continue
        start = i - 1
        if start - 2 >= sm.offset and sm.tok(start - 1).base == "من" and sm.tok(start - 2).base == "بالغ":
            start -= 2
        out.update(range(start, i + 2))
    return out


def _owner_past_adjective(sm: SentenceMentions, subject: Arg, p: Placed) -> bool:
    """Whether the لـ-actor ``p`` follows the VSO subject past one or two of its adjectives
    "former" or "senior" (قادة سابقون للمخابرات الإسرائيلية، رئيس سابق للموساد، مسؤولون بارزون في):
    it names the subject's body, no object (not استهدفت القوات تعزيزات للميليشيا، موقعين لحماس: the
    object's owner)."""
    last = sm.last_of(subject)
    if last is None or not subject.rule.startswith("vso") or not 2 <= p.first - last <= 3:
        return False
    return all(_bare_word(sm, i) and sm.covering(i) is None and sm.tok(i).norm in _PERSON_ADJECTIVES
               for i in range(last + 1, p.first))


#: Adjectives of people after their title (normalised): former, senior, high-ranking.
_PERSON_ADJECTIVES = frozenset(normalize(w) for w in (
    "سابق", "سابقة", "سابقان", "سابقين", "سابقون", "بارز", "بارزة", "بارزان", "بارزين", "بارزون", "كبار"))


def object_after_apposition(sm: SentenceMentions, subject: Arg, clause: Clause) -> Arg | None:
    """اتهم وزير الخارجية الروسي، سيرغي لافروف، الولايات المتحدة: a VSO subject whose name stands
    in apposition between commas ends its clause at the closing comma; the actor right after it
    (and any run of adverbs in commas, ، الأربعاء،) is the verb's object."""
    last = sm.last_of(subject)
    stop = sm.offset + len(sm.tokens)
    first = sm.first_of(subject)
    if last is not None and last + 3 < stop and sm.tok(last + 1).norm == "في" and (place := sm.at(last + 2)) is not None \
            and place.is_place and place.first == last + 2 and place.last + 1 < stop and sm.tok(place.last + 1).text in COMMAS:
        last = place.last  # اتهم رئيس حزب الشعب الجمهوري المعارض في تركيا، كمال كيليجدار أوغلو، رئيس البلاد: past where he leads
    timed = last is not None and (adv := past_adverbs(sm, last, stop)) > last + 1 and adv + 1 < stop \
        and sm.tok(adv).text in COMMAS and adv + 1 >= clause.end
    if timed:
        # التقى الشيخ تميم بن حمد أمير دولة قطر اليوم، وزير الخارجية الروسي: past a time and its
        # comma, which stand after the subject, the actor is the object (no apposition of the subject's)
        p = sm.at(adv + 1)
        return sm.as_arg(sm.coordinated(p, stop), "obj") if p is not None and not p.is_place \
            and p.first == adv + 1 and sm.governed(p) is None else None
    if last is None or last + 2 < clause.end or last + 2 >= stop or sm.tok(last + 1).text not in COMMAS:
        return None
    # ، الأربعاء، الولايات المتحدة; a name in commas only after a title (وزير الخارجية، سيرغي
    # لافروف،; رئيس حزب الشعب الجمهوري: the head of an organisation), not after a plural (طالب
    # المتظاهرون، الرئيس الفلسطيني محمود عباس: the object)
    titled = (len(subject.actors) == 1 and (subject.actors[0].kind == "sector" or (
                  subject.actors[0].kind == "org" and first is not None and sm.tok(first).base in _HEADS))
              and not sm.tok(last).norm.endswith(("ون", "ين", "ات"))) \
        or (first is not None and first - 1 >= sm.offset and _bare_word(sm, first - 1) and sm.covering(first - 1) is None
            and first - 1 > clause.start)
    # (ممثل الحزب الديمقراطي الكردستاني الإيراني، محمد صالح قادري،: the genitive of a bare noun that
    # names the subject's man, whose name follows)
    after = _after_parenthetical(sm, last + 1, stop, names=titled)
    if after is None and _title_in_apposition(sm, last + 2, bool(subject.actors) and subject.actors[0].kind == "person"):
        return None  # دعا روتش كابوري، رئيس بوركينا فاسو، مواطني: a title in apposition, no object
    i = after if after is not None else last + 2
    while i < stop:  # past a place and adverbs: ، في القاهرة وزير الخارجية الأردني
        p = sm.at(i)
        if p is not None and not p.is_place:
            return sm.as_arg(sm.coordinated(p, stop), "obj") if sm.governed(p) is None else None
        tok = sm.tok(i)
        if p is not None:
            i = p.last + 1
        elif tok.kind == "word" and (tok.base in PREPOSITIONS or skippable(sm.tokens, i - sm.offset)):
            i += 1
        else:
            return None
    return None


#: Sector nouns that are one person's office (their lexicon entries): after a name and a comma,
#: one describes that name (محمد حسين، المفتي العام للقدس), whereas an institution is an object
#: (واتهمت زاخاروفا، السلطات الأميركية).
_OFFICES = frozenset(f"sec.{r}" for r in (
    "president", "vice_president", "prime_minister", "king", "emir", "sultan", "crown_prince",
    "supreme_leader", "foreign_minister", "defence_minister", "interior_minister", "minister",
    "counterpart", "diplomat", "ambassador", "charge_daffaires", "spokesperson", "secretary_general",
    "director_general", "governor", "leader", "assistant", "legislator", "speaker", "judge",
    "prosecutor", "army_chief", "commander", "officer", "chancellor", "politicians", "religious"))


#: Occupations that, as one singular word after a person's name and a comma, describe him
#: (جون داود، المحامي الشخصي للرئيس; جيمس فولي، الصحفي الأميركي); a plural is an object.
_OCCUPATIONS = frozenset(f"sec.{r}" for r in ("lawyers", "media", "activists", "health"))


#: Heads of an office (normalised) that open an organisation's name in the construct when they
#: describe a person in apposition (شيخ الأزهر، زعيم حزب الله، رئيس حركة حماس).
_APPOSED_HEADS = _OFFICE_HEADS | frozenset({"شيخ", "زعيم", "مرشد", "بطريرك", "امين"})


def _title_in_apposition(sm: SentenceMentions, i: int, person: bool) -> bool:
    """Whether token ``i``, after a name and a comma, opens a title describing that name: a
    sector noun without the article, in the construct state (رئيس بوركينا فاسو، زعيم حزب الرابطة،
    رئيسة المعارضة الإيرانية), or, after a ``person``, one person's office (المفتي العام للقدس); an
    object is an institution or a name (السلطات الأميركية، إيران), or an office after a body
    (وطالبت حركة فتح، السفير القطري، بالتراجع)."""
    p = sm.at(i)
    if p is not None and person and p.actor.kind == "org" and p.last > p.first and plain(sm.tok(i)) \
            and not sm.tok(i).has_article and sm.tok(i).base in _APPOSED_HEADS:
        return True  # أحمد الطيب، شيخ الأزهر: the head of an organisation, in the construct
    return p is not None and p.actor.kind == "sector" and plain(sm.tok(i)) \
        and (not sm.tok(i).has_article or (person and p.actor.entry in _OFFICES) or (
            person and p.actor.entry in _OCCUPATIONS and p.first == p.last
            and not sm.tok(i).norm.endswith(("ون", "ين", "ات"))))


def _after_parenthetical(sm: SentenceMentions, i: int, end: int, *, names: bool = True) -> int | None:
    """The token after a comma-delimited run of adverbs or of a person's name starting at the
    comma ``i`` (، الأربعاء،; وزير الخارجية الروسي، سيرغي لافروف،: the name in apposition), or
    ``None`` when token ``i`` opens no such run."""
    if sm.tok(i).text not in COMMAS:
        return None
    j = i + 1
    while j < end and sm.tok(j).kind == "word" and (skippable(sm.tokens, j - sm.offset) or (
            names and (cov := sm.covering(j)) is not None and cov.actor.kind == "person")):
        j += 1
    if j == i + 1 or j >= end or sm.tok(j).text not in COMMAS:
        return None
    return j + 1


def object_follows(sm: SentenceMentions, idx: int, clause: Clause) -> bool:
    """Whether an object noun follows token ``idx`` (past adverbs): a definite one or an
    indefinite accusative (تجمعا، مواقع; not شنقا, not في الهجوم)."""
    i = past_adverbs(sm, idx, clause.end)
    return _definite_object_at(sm, i, clause) or (i < clause.end and sm.covering(i) is None and accusative(sm, i))


def accusative(sm: SentenceMentions, i: int) -> bool:
    """An indefinite accusative noun (مدنا، سائقا): a bare word written with the alif of tanwin,
    not an adverb (of manner too: قتل حرقا)."""
    tok = sm.tok(i)
    if not (tok.kind == "word" and not tok.has_article and not tok.proclitics and len(tok.norm) >= 4
            and tok.norm.endswith("ا") and not tok.norm.endswith(("اا", "ءا")) and not skippable(sm.tokens, i - sm.offset)
            and tok.norm not in MANNER_ACCUSATIVES):
        return False
    own = sm.covering(i)  # (no name: سوريا، روسيا، أمريكا end in alif in every case)
    return own is None or own.actor.kind not in _PROPER_KINDS


#: Kinds of mention that are proper names: a name's final alif is no tanwin.
_PROPER_KINDS = frozenset({"country", "capital", "place", "person", "org"})


def clause_lead(sm: SentenceMentions, clause: Clause, stop: int) -> int:
    """The first token of ``clause`` after its marker (conjunction, complementiser, relative
    pronoun) and any punctuation (a quotation mark), or ``stop`` if none comes before it."""
    lead = clause.start + (1 if clause.marker is not None else 0)
    while lead < stop and sm.tok(lead).kind == "punct":
        lead += 1
    if lead == sm.offset and lead + 2 < stop and sm.tok(lead).kind == "number" \
            and sm.tok(lead + 1).text in _LIST_DASHES:
        lead += 2  # 1990- القوات العراقية تغزو الكويت: a year (or number) opening an item of a list
    if clause.marker is None and lead < stop and sm.tok(lead).norm in _OPENING_PARTICLES:
        lead += 1  # إن السعودية ستستهدف داعش، لكن إسرائيل تقصف: a sentence's own opening particle
        while lead < stop and sm.tok(lead).kind == "punct":
            lead += 1
    return min(lead, stop)


#: Dashes after a number that opens a sentence as an item of a list (1990- …، 3 - …).
_LIST_DASHES = frozenset({"-", "–", "—"})
#: Particles that open a sentence before its subject (normalised): emphatic إنّ and "but" (the
#: same particles open a complement or a subordinate clause inside a sentence, where the clause
#: splitter makes them the clause's marker).
_OPENING_PARTICLES = frozenset({"ان", "فان", "لكن", "ولكن"})


def leads(sm: SentenceMentions, arg: Arg, clause: Clause) -> bool:
    """Whether ``arg`` opens its clause (after the conjunction, complementiser or a quotation
    mark): أن شخصا قتل، «جنديا عراقيا قتل; not the subject of a verb before it. A word for its
    members with من before it is the actor's (أن عنصرا من بوكو حرام قتل)."""
    first = sm.first_of(arg)
    if first is None:
        return False
    lead = clause_lead(sm, clause, first)
    return lead == first or (lead == first - 2 and sm.tok(first - 1).norm == "من" and _member_word(sm.tok(lead)))
