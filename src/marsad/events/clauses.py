"""Splitting a sentence into clauses, so that each event takes its arguments from its own clause.

Boundaries: punctuation (، , ; : – and brackets), relative pronouns (الذي، التي، الذين …),
complementisers (أن، إن، بأن، also with a pronoun: أنه، إنها), subordinators (عندما، بينما …), and
a conjunction و/ف on a lexicon verb (وتعهدت، وألقي). A clause remembers what opened it and which
clause it hangs from; a complement clause of a reporting verb, and every clause after it in the
sentence, is *reported* (the speaker is kept in ``reported_by``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from marsad.events.lexicon import EventLexicon
from marsad.events.triggers import (
    COMMAS,
    DONE,
    FROM_WORDS,
    THIRD_PERSON_PRONOUNS,
    Trigger,
    particle_clause_role,
    time_adverb_comma,
    time_aside_end,
    time_comma,
)
from marsad.model import Token
from marsad.text import normalize
from marsad.text.dateline import dateline_end

#: The past forms of كان "was" (with و/ف before them, as the clitic-free base): after و, one opens a
#: clause here; a clause that opens with one and an actor (وكان الجيش قد قصف، وكانت اللجنة دعت) has
#: that actor as the verb's subject (``arguments``).
KANA = frozenset({"كان", "كانت", "كانوا", "كانا", "كانتا"})

_BOUNDARY_PUNCT = frozenset("،,;؛:–—()[]")
_COMPLEMENT_PRONOUNS = ("", "ه", "ها", "هم", "هما", "هن", "نا", "ني")
#: Words that open a new clause after an aside of time in commas (normalised): the aside's closing
#: comma still ends the clause before them (هاجم مسلحون مقر الجيش، اليوم الجمعة، كما هاجموا).
_OPENERS_AFTER_ASIDE = frozenset({"كما", "ثم", "حيث", "فيما", "بينما", "وقد", "فقد", "قبل", "بعد", "بعدما",
                                  "عقب", "اثر", "وذلك", "ما", "مما"}) | frozenset(normalize(w) for w in (
    # participles of saying: هاجم المسلحون القرية، الأحد، موضحا لوكالة فرانس برس: the speaker's aside
    "موضحا", "مضيفا", "مشيرا", "قائلا", "مؤكدا", "معتبرا", "لافتا", "مشددا", "معربا", "مبينا", "متابعا"))


@dataclass(frozen=True, slots=True)
class Clause:
    """A clause: a half-open range of document token indexes and what opened it."""

    index: int
    start: int
    end: int
    kind: str  # main | comma | coord | relative | complement | subordinate
    marker: int | None = None  # the token that opened it (pronoun, complementiser, verb)
    parent: int | None = None  # the clause it depends on

    def __contains__(self, tok_index: object) -> bool:
        return isinstance(tok_index, int) and self.start <= tok_index < self.end


def _resumptive_verb(tok: Token) -> bool:
    """Whether a word right after a relative pronoun reads as a present or past verb with a pronoun
    resuming the antecedent (تمتلكها، يقودها، أسسه): the relative clause's own verb."""
    return tok.kind == "word" and tok.enclitic in THIRD_PERSON_PRONOUNS and not tok.proclitics and not tok.has_article \
        and len(tok.base) >= 3


def _particle_role(lex: EventLexicon, tok: Token) -> tuple[str, str] | None:
    """The clause-opening role of a token: relative, complement or subordinator."""
    hit = particle_clause_role(lex, tok)
    if hit is not None:
        return hit
    norm = tok.norm[1:] if tok.norm[:1] in ("و", "ف") and len(tok.norm) > 3 else tok.norm
    for head in ("ان", "بان", "لان"):
        if norm.startswith(head) and norm[len(head):] in _COMPLEMENT_PRONOUNS[1:]:
            return "complement", head  # أنه، إنها، بأنهم
    return None


def _impersonal_opener(lex: EventLexicon, tokens: Sequence[Token], i: int) -> bool:
    """Whether من/ومن and a word of plan or likelihood open an impersonal clause at token ``i``
    (…، الاثنين، ومن المقرر خروج احتجاجات: the protests are no act of the subject before)."""
    return i + 1 < len(tokens) and tokens[i].norm in FROM_WORDS and bool(
        {"scheduled", "likely"} & set(lex.particles.get(tokens[i + 1].base, {})))


def _verb_ahead(tokens: Sequence[Token], i: int, offset: int, verbs: set[int] | frozenset[int]) -> bool:
    """Whether a verb follows token ``i`` before the next punctuation (وكانت السعودية ومصر أعلنت)."""
    for j in range(i + 1, len(tokens)):
        if tokens[j].kind == "punct":
            return False
        if offset + j in verbs:
            return True
    return False


def split_clauses(lex: EventLexicon, tokens: Sequence[Token], offset: int,
                  triggers: Sequence[Trigger], names: frozenset[int] = frozenset(),
                  closing: frozenset[int] = frozenset(), actor_ends: frozenset[int] = frozenset()) -> list[Clause]:
    """The clauses of one sentence (``tokens`` start at document index ``offset``). A particle
    at a token index in ``names`` is a word of a name, no clause opener (بان كي مون), and a comma
    there stands inside a name in apposition to a title (الرئيس الصيني، شي جينبينغ); a comma at
    an index in ``closing`` closes such an apposition (أجرى العاهل السعودي، الملك سلمان، اتصالا:
    the clause goes on). ``actor_ends``: the last tokens of definite actor mentions (a verb right
    after one that ends a relative clause's subject opens the antecedent's predicate; after an
    indefinite one, جنود أتراك طلبوا اللجوء, it describes that noun)."""
    verb_conj = {t.head for t in triggers
                 if t.pos == "verb" and tokens[t.head - offset].norm[:1] in ("و", "ف")
                 and tokens[t.head - offset].norm not in lex.verbs
                 and tokens[t.head - offset].norm not in lex.phrases}
    cuts: list[tuple[int, str]] = []  # (first token of the new clause, kind)
    verbs = {t.head for t in triggers if t.pos == "verb"}
    enclosing = _short_brackets(tokens, {v - offset for v in verbs})
    aside_close = -1  # the closing comma of an aside of time (، أمس،): no cut at either comma
    # a comma after a time inside an expression (فرضت الولايات المتحدة في مايو الماضي، عقوبات)
    time_commas = {offset + k for t in triggers for k in range(t.head + 1 - offset, t.last - offset)
                   if time_comma(tokens, k)}
    # … and one between a support verb and its verbal noun (شنت مقاتلات التحالف أمس، غارات)
    supports = sorted(t.head for t in triggers if t.pos == "verb" and "light" in t.entry.flags)
    nouns = {t.head for t in triggers if t.pos == "noun"}
    rel_verb: tuple[int, int] | None = None  # (the open relative clause's start, its first verb)
    for i, tok in enumerate(tokens):
        idx = offset + i
        if tok.kind == "punct" and i <= aside_close:
            continue
        if tok.kind == "punct" and i > 0:
            close = time_aside_end(tokens, i)
            if close is None and i + 1 < len(tokens) and tokens[i + 1].base in _MANNER_NOUNS \
                    and any((cuts[-1][0] if cuts else offset) <= v < idx for v in verbs):
                # (only after a verb of the clause: no clause of its own for a noun to reach past,
                # تقدم القوات، بدعم من التحالف، مع صفعة سياسية)
                close = _manner_aside_end(tokens, i, {v - offset for v in verbs})
            if close is not None:
                aside_close = close
                nxt = close + 1
                if cuts and cuts[-1][1] == "relative":
                    # التحالف، الذي تقوده السعودية، الجمعة، إجراءً: the first comma closes the
                    # relative clause; the aside opens what follows
                    cuts.append((idx + 1, "comma"))
                elif nxt < len(tokens) and (offset + nxt in verbs or tokens[nxt].norm in _OPENERS_AFTER_ASIDE
                                            or _impersonal_opener(lex, tokens, nxt)) \
                        and not _masdar_object(tokens, offset, nxt, triggers, cuts[-1][0] if cuts else offset):
                    cuts.append((offset + nxt, "comma"))  # …، اليوم الجمعة، كما هاجموا: a new clause
                continue
        if tok.kind == "punct":
            if idx + 1 in nouns and time_adverb_comma(tokens, i) \
                    and any((cuts[-1][0] if cuts else offset) <= h < idx for h in supports):
                continue
            if any(ch in _BOUNDARY_PUNCT for ch in tok.text) and idx not in names and i not in enclosing \
                    and idx not in closing and idx not in time_commas:
                # (الزعيم الكوري الشمالي، كيم جونغ أون: a comma inside a name in apposition)
                cuts.append((idx + 1, "comma"))
            continue
        if (idx in verb_conj or (tok.proclitics[:1] in (("و",), ("ف",)) and tok.base in DONE)
                or (tok.proclitics[:1] == ("و",) and tok.base in KANA and _verb_ahead(tokens, i, offset, verbs))) and i > 0:
            # (وسيتم استهدافها: the passive auxiliary is a verb too; وكانت السعودية … أعلنت قطع
            # العلاقات: وكان with a verb after it opens a clause of its own, which no verb before it
            # governs; not وكان القتلى خمسة مسلحين, which tells the casualties of the clause before,
            # nor فكان, which answers أما: أما المنسي فكان قد لقي مصرعه)
            cuts.append((idx, "coord"))
            continue
        if idx in verbs and cuts and cuts[-1][1] == "relative":
            if rel_verb is None or rel_verb[0] != cuts[-1][0]:
                rel_verb = (cuts[-1][0], i)  # the relative clause's own verb
            elif i - rel_verb[1] > 1 and not tok.proclitics and not tok.enclitic and idx - 1 in actor_ends \
                    and not (tok.norm.endswith("ا") and not tok.norm.endswith("وا")):
                # القوات السورية التي تدعمها روسيا وإيران شنت غارات: a second verb right after the
                # relative clause's own subject, bare and not right after the first (بدأت تشن), is the
                # antecedent's predicate (not طردها "expelling them", دعما "in support", نفذ عملية
                # دهس قتل فيها: a clause describing an indefinite noun)
                cuts.append((idx, "comma"))
                continue
        role = _particle_role(lex, tok) if idx not in names else None
        if role is not None and i > 0:
            cuts.append((idx, "relative" if role[0] == "relative" else
                         "complement" if role[0] == "complement" else "subordinate"))
            if role[0] == "relative" and i + 1 < len(tokens) and _resumptive_verb(tokens[i + 1]):
                rel_verb = (idx, i + 1)  # التي تمتلكها السعودية قالت: its own verb, of no lexicon
    clauses: list[Clause] = []
    start, kind = offset, "main"
    end_all = offset + len(tokens)
    for cut, ckind in [*cuts, (end_all, "end")]:
        if cut <= start:
            kind = _stronger(kind, ckind)
            continue
        parent = len(clauses) - 1 if clauses else None
        marker = start if kind in ("relative", "complement", "subordinate", "coord") else None
        clauses.append(Clause(len(clauses), start, cut, kind, marker, parent))
        start, kind = cut, ckind
    return clauses


#: Nouns of support or cover (normalised bases) that, with ب, open an aside of manner in commas
#: (شنت القوات، بدعم من التحالف، هجوما؛ بإسناد من الطيران، بغطاء جوي روسي).
_MANNER_NOUNS = frozenset({"دعم", "اسناد", "مسانده", "مساعده", "مشاركه", "غطاء", "تغطيه", "تنسيق", "موازره"})
#: The most words of such an aside, from its noun to its closing comma.
_MANNER_WORDS = 10


def _manner_aside_end(tokens: Sequence[Token], i: int, verbs: set[int]) -> int | None:
    """If token ``i`` is a comma that opens an aside of manner closed by another comma (، بدعم من
    التحالف الدولي، / ، بإسناد ومشاركة القوات الإماراتية،): the index of the closing comma. Like an
    aside of time it cuts no clause: the verb before it still governs what follows (أطلقت قوات
    المقاومة، بدعم من التحالف العربي، عملية). ``verbs``: positions of event verbs, which no aside
    holds. Without a closing comma in reach, ``i`` itself. ``None`` otherwise."""
    if tokens[i].text not in COMMAS or i + 1 >= len(tokens):
        return None
    first = tokens[i + 1]
    if first.kind != "word" or first.proclitics != ("ب",) or first.base not in _MANNER_NOUNS:
        return None
    for k in range(i + 2, min(len(tokens), i + 2 + _MANNER_WORDS)):
        if k in verbs:
            return None
        if tokens[k].kind == "punct":
            return k if tokens[k].text in COMMAS and k + 1 < len(tokens) and tokens[k + 1].kind == "word" else None
    return i  # no closing comma (، بإسناد من طائرات التحالف هجوما على): only the opening one cuts nothing


#: Verbs whose object may be a verbal noun of the lexicon: reporting, pledging, intending and
#: agreeing (أعلنت واشنطن فرض عقوبات، قررت الحكومة قطع العلاقات).
GOVERNING_FLAGS = frozenset({"report", "pledge", "intent", "joint"})


def _masdar_object(tokens: Sequence[Token], offset: int, nxt: int, triggers: Sequence[Trigger],
                   start: int) -> bool:
    """Whether the verb form right after an aside of time is the verbal noun object of a governing
    verb before the aside in the same clause (أعلنت الإدارة الأميركية، الأربعاء، فرض عقوبات: فرض
    is "imposing", as قصف، ضرب، قطع are nouns as well as verbs): a bare three-letter form, no
    conjunction or pronoun on it, read as the third person masculine singular past."""
    tok = tokens[nxt]
    if tok.proclitics or tok.enclitic or len(tok.norm) != 3:
        return False
    head = offset + nxt
    if not any(t.head == head and t.pos == "verb" and ("past", "3ms") in t.readings for t in triggers):
        return False
    return any(t.pos == "verb" and start <= t.head < head and t.entry.flags & GOVERNING_FLAGS for t in triggers)


#: The most words a pair of brackets may enclose and still be part of its clause: a name or an
#: abbreviation in brackets (بأن (داعش) تهدد، جهاز المخابرات (إس بي يو)), no aside.
_SHORT_BRACKETS = 4
#: Dashes after a dateline's bracketed agency (الرياض (رويترز) - قال).
_DASHES = frozenset({"-", "–", "—", "--"})


_DATELINE_START = 6  # the most tokens a dateline's place names take before its bracket


def _dateline_bracket(tokens: Sequence[Token], i: int, j: int) -> bool:
    """Whether the brackets at ``i`` and ``j`` close a dateline at the start of the sentence
    (:func:`marsad.text.dateline.dateline_end` on its words): the story starts after them even with
    no dash (أتلانتا، الولايات المتحدة الأمريكية (CNN) نفى الرئيس الفرنسي: the United States is where
    it was filed, no subject)."""
    if i == 0 or i > _DATELINE_START:
        return False
    return dateline_end(" ".join(t.text for t in tokens[: j + 1])) > 0


def _short_brackets(tokens: Sequence[Token], verbs: set[int]) -> set[int]:
    """The positions of round brackets that enclose at most :data:`_SHORT_BRACKETS` words and no
    punctuation or event verb: no clause boundary."""
    out: set[int] = set()
    for i, tok in enumerate(tokens):
        if tok.kind != "punct" or tok.text != "(":
            continue
        for j in range(i + 1, min(len(tokens), i + _SHORT_BRACKETS + 2)):
            if tokens[j].kind == "punct":
                dateline = (j + 1 < len(tokens) and tokens[j + 1].text in _DASHES) \
                    or (tokens[j].text == ")" and _dateline_bracket(tokens, i, j))
                if tokens[j].text == ")" and j > i + 1 and not dateline:
                    out.update((i, j))  # (not دبي (CNN) -- طالب: a dateline's agency ends it)
                break
            if j in verbs:
                break
    return out


def _stronger(a: str, b: str) -> str:
    """Two cuts at the same token (، التي): the more specific kind wins."""
    order = ("end", "main", "comma", "coord", "subordinate", "relative", "complement")
    return a if order.index(a) >= order.index(b) else b


def clause_of(clauses: Sequence[Clause], tok_index: int) -> Clause:
    """The clause holding a token."""
    for c in clauses:
        if tok_index in c:
            return c
    return clauses[-1]
