"""Finding candidate triggers: lexicon expressions in a sentence's tokens.

A token is looked up under a few keys: its normalised surface, its base (clitics stripped by the
tokeniser), and — because a verb's prefix letters can look like clitics and the other way round —
the surface without a conjunction (و، ف), without the future or subjunctive prefix of a present
verb (س، ل), without an enclitic object pronoun (استهدفته), and a noun without its accusative
alif (تهديدا → تهديد). Verbs are looked up only on tokens without the article.

Overlapping candidates are resolved longest first: a multiword expression beats the single
words inside it (وقف إطلاق النار beats إطلاق النار; طائرة مسيرة blocks مسيرة).
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass

from marsad.actors.matcher import NUMBER_WORDS
from marsad.caching import Generations
from marsad.events.inflect import Reading
from marsad.events.lexicon import EventEntry, EventLexicon, strip_variants
from marsad.model import Token
from marsad.text import normalize
from marsad.when.calendar import load_calendar

_VERB_PREFIXES = ("و", "ف")
_PRESENT_PREFIXES = ("س", "ل")  # future سـ, subjunctive لـ (ليتعهد)
_FIRST_PERSON = "ي"  # the enclitic "my"
_VERB_ENCLITICS = ("هما", "هم", "هن", "ها", "ه", "كم", "نا", "ني", "ك")
_PUNCT_STOP = frozenset("،,;؛:.!?؟()[]–—-")
_MAX_GAP = 3  # words allowed between the parts of a multiword expression
_MAX_FIRST_GAP = 5  # … and between the head verb and the next part (the subject stands there: VSO)
# (after a head noun, _MAX_GAP: its agent may stand there, إطلاق تركيا مؤخرا سراح, but no more)
#: Particle roles that open a clause (:mod:`marsad.events.clauses`), which no expression runs across.
CLAUSE_ROLES = ("relative", "complement", "subordinator")


@dataclass(frozen=True, slots=True)
class Trigger:
    """A lexicon match in the text: the entry, the tokens it covers and what the form says."""

    entry: EventEntry
    head: int  # document index of the head token
    tokens: tuple[int, ...]  # document indexes of every matched word (head first)
    pos: str  # "verb" | "noun"
    readings: frozenset[Reading] = frozenset()
    future: bool = False  # written with the future prefix سـ
    purpose: bool = False  # a masdar with the purpose لـ (لشن، لتعزيز)
    passive: bool = False  # the written form shows a passive (ألقي, not ألقى)

    @property
    def last(self) -> int:
        return max(self.tokens)

    @property
    def is_event(self) -> bool:
        return self.entry.event_type is not None and "block" not in self.entry.flags


@dataclass(frozen=True, slots=True)
class TokenKeys:
    """The lookup keys of one token form."""

    verb: tuple[tuple[str, str], ...]  # (key, stripped present prefix: "" | "س" | "ل")
    noun: frozenset[str]


# Per-surface caches hold at most this many forms, in two generations (:mod:`marsad.caching`):
# the forms in use stay cached on a long stream of news, and a worker's memory stays bounded.
CACHE_MAX = 30_000
_CACHE: Generations[str, TokenKeys] = Generations(CACHE_MAX)


#: The marks written over or under a letter that a word's last letter is read past (short vowels,
#: tanween, shadda, sukun), and among them the three of nunation (ً ٌ ٍ).
VOWEL_MARKS = "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652"
_TANWEEN = frozenset(VOWEL_MARKS[:3])


def token_keys(tok: Token) -> TokenKeys:
    """The verb and noun lookup keys of a token (cached by surface: the tokeniser is
    deterministic on it)."""
    hit = _CACHE.get(tok.text)
    if hit is not None:
        return hit
    norm = tok.norm
    verb: list[tuple[str, str]] = []
    ta_marbuta = tok.text.rstrip(VOWEL_MARKS).endswith("ة")
    if not tok.has_article and not any(ch in _TANWEEN for ch in tok.text) and tok.base not in NUMBER_WORDS:
        # (ميداناً رحباً "a wide field": a word written with tanween is a noun or adjective, no verb;
        # nor is a number word: في مهلة تسعين يوما, ninety, no تسعين "you strive")
        stems = [(norm, "")]
        for p in _VERB_PREFIXES:
            # وشن: a doubled verb of two letters after و/ف, where the tokeniser split the
            # conjunction off (not ورد "was mentioned", one word to it)
            if norm.startswith(p) and (len(norm) > 3 or tok.proclitics[:1] == (p,)):
                stems.append((norm[1:], ""))
        for s, _ in list(stems):
            for p in _PRESENT_PREFIXES:
                if s.startswith(p) and len(s) > 3 and s[1] in "يتنا":
                    stems.append((s[1:], p))
        for s, fut in list(stems):
            for e in _VERB_ENCLITICS:  # استهدفته، هاجموها (but قاطعة ends in ة, not the pronoun ه)
                if ta_marbuta and e == "ه":
                    continue
                if s.endswith(e) and len(s) - len(e) >= 2:  # شنه، رده: a doubled verb has two letters
                    stems.append((s[: -len(e)], fut))
                    if tok.enclitic is not None and s[: -len(e)].endswith("ا") and len(s) - len(e) >= 3:
                        # أجراه، تبناها، ألقاه: a defective past in ى writes it ا before a pronoun
                        # (the lexicon's forms are normalised, ى to ي)
                        stems.append((s[: -len(e) - 1] + "ي", fut))
        verb = list(dict.fromkeys(stems))
    noun = set(strip_variants(norm, ta_marbuta))
    noun.add(tok.base)
    for k in list(noun):
        if k.endswith("ا") and len(k) >= 4 and not (tok.enclitic and not k.endswith(tok.enclitic)):
            # accusative alif: تهديدا، هجوما (no tanween before a pronoun: قتلاهم is قتلى + هم)
            noun.add(k[:-1])
    keys = TokenKeys(tuple(verb), frozenset(noun))
    _CACHE.put(tok.text, keys)
    return keys


def _stop(tok: Token) -> bool:
    return tok.kind == "punct" and any(ch in _PUNCT_STOP for ch in tok.text)


#: Words of an aside of time between two commas (وأعرب في بيان، أمس، عن رفضه; أعلنت الوزارة، مساء
#: الثلاثاء، مقتل …), normalised: days, times of day and the words of أول من أمس.
#: The days of the week with the article (normalised).
WEEKDAYS = frozenset({"السبت", "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه"})
#: One-word adverbs of time (normalised) that stand between a verb and its subject and count as no
#: word of the gap before an expression's next part (خرج أمس آلاف في مظاهرة).
_TIME_ADVERBS = frozenset({"امس", "اليوم"}) | WEEKDAYS
_TIME_ASIDE_WORDS = _TIME_ADVERBS | {"الغد", "صباح", "مساء", "ليل", "ليله", "ظهر", "فجر", "اول", "من", "يوم"}
#: Commas (Arabic and Latin).
COMMAS = frozenset({"،", ","})
#: The pronouns of the third person (normalised enclitics), the longer before those they end with.
THIRD_PERSON_PRONOUNS = ("هما", "هم", "هن", "ها", "ه")
_TIME_ASIDE_WORDS_MAX = 3


def time_aside_end(tokens: Sequence[Token], i: int) -> int | None:
    """If token ``i`` is a comma that opens an aside of time closed by another comma (، أمس، /
    ، مساء الثلاثاء، / ، أول من أمس،), the index of the closing comma: the aside cuts no clause and
    no expression (the verb before it still governs what follows). ``None`` otherwise."""
    if tokens[i].kind != "punct" or tokens[i].text not in COMMAS:
        return None
    for k in range(i + 2, min(len(tokens), i + 2 + _TIME_ASIDE_WORDS_MAX)):
        tok = tokens[k]
        if tok.kind == "punct":
            words = tokens[i + 1:k]
            if tok.text in COMMAS and words[0].norm != "من" \
                    and all(w.kind == "word" and w.norm in _TIME_ASIDE_WORDS for w in words) \
                    and (words[0].norm != "اول" or [w.norm for w in words] == ["اول", "من", "امس"]):
                return k
            return None
        if tok.kind != "word" or tok.norm not in _TIME_ASIDE_WORDS:
            return None
    return None


_SHORT_BRACKET_WORDS = 2  # words in a bracketed aside a phrase's parts may stand apart by


def short_bracket_close(tokens: Sequence[Token], i: int, words: int, end: int | None = None) -> int | None:
    """The closing bracket of a round bracket at ``i`` (indexes into ``tokens``, before ``end``)
    that holds one to ``words`` words and nothing else (أبريل (نيسان)، (واس)، (25 عاما)); ``None``
    otherwise."""
    for k in range(i + 1, min(len(tokens) if end is None else end, i + words + 2)):
        if tokens[k].kind == "punct":
            return k if tokens[k].text == ")" and k > i + 1 else None
    return None


def particle_clause_role(lex: EventLexicon, tok: Token) -> tuple[str, str] | None:
    """The clause-opening role the particle lexicon gives a token (its written form first, then its
    base) and that role's value: relative, complement or subordinator."""
    for key in (tok.norm, tok.base):
        roles = lex.particles.get(key)
        if roles:
            for role in CLAUSE_ROLES:
                if role in roles:
                    return role, roles[role]
    return None


def _match_tail(lex: EventLexicon, tokens: Sequence[Token], offset: int, after: int, stop: int,
                words: tuple[frozenset[str], ...], first_gap: int = _MAX_FIRST_GAP,
                inside: frozenset[int] = frozenset(), pronoun: frozenset[int] = frozenset()) -> tuple[int, ...] | None:
    """Match the words after a phrase head (document indexes), each within a small gap
    (``first_gap`` words at most between the head and the next part), within the head's clause.
    A name counts as one word of the gap (``inside``: the indexes of the words of actor mentions
    after their first): أطلقت طائرة بدون طيار تابعة لوكالة المخابرات المركزية الأميركية عدة صواريخ.
    The words numbered in ``pronoun`` match only with a possessive pronoun (سفيرها)."""
    found: list[int] = []
    pos = after
    for n, keys in enumerate(words):
        hit = None
        gap = first_gap if n == 0 else _MAX_GAP
        j, between = pos + 1, 0
        while j < stop and between <= gap:
            tok = tokens[j - offset]
            aside = time_aside_end(tokens, j - offset) if tok.kind == "punct" else None
            if aside is not None:  # وأعرب في بيان، أمس، عن رفضه
                j = offset + aside + 1
                continue
            close = short_bracket_close(tokens, j - offset, _SHORT_BRACKET_WORDS) if tok.text == "(" else None
            if close is not None and offset + close < stop:
                # فرض في أبريل (نيسان) الماضي عقوبات: a short aside in brackets, its words counted
                between += close - (j - offset) - 1
                j = offset + close + 1
                continue
            if time_comma(tokens, j - offset) and j + 1 < stop and keys & token_keys(tokens[j + 1 - offset]).noun \
                    and n not in pronoun and j + 1 not in inside and tokens[pos - offset].enclitic is None:
                # فرضت الولايات المتحدة في مايو الماضي، عقوبات: a comma after a time, no clause's end
                # (not في تقرير نشرته الخميس، القوات: a verb with its object pronoun has its object)
                hit = j + 1
                break
            if _stop(tok) or particle_clause_role(lex, tok) is not None:  # قائد عمليات ديالى إن انتحارية
                break
            if keys & token_keys(tok).noun and (n not in pronoun or (tok.enclitic and tok.enclitic != _FIRST_PERSON)) \
                    and (j not in inside or j - 1 == pos) \
                    and not (j - 1 > pos and tokens[j - 1 - offset].norm in _OTHER_ARGUMENT):
                # سفيري إيران والعراق: a dual in the construct state, no "my ambassador"; a word
                # inside a name only right after the part before it (القائم بالأعمال; not تقدم قوات
                # تحالف دعم الشرعية: the coalition's name, no support offered); not after a
                # preposition of no part (لاعبي كرة القدم … عن دعمهم: no support offered)
                hit = j
                break
            if j not in inside and not (n == 0 and j - after <= 2 and tok.norm in _TIME_ADVERBS):
                between += 1  # (خرج أمس سكان أحياء وسط الخرطوم في مظاهرة: أمس is no word of the gap)
            j += 1
        if hit is None:
            return None
        found.append(hit)
        pos = hit
    return tuple(found)


def _b_kept(entry: EventEntry, tokens: Sequence[Token], tail: tuple[int, ...], offset: int) -> bool:
    """Whether each word of an expression written with بـ (حكم بالإعدام، قضى بالسجن) carries it in
    the text: حكم الإعدام without it is "the death sentence", a noun (نفذت السلطات حكم الإعدام)."""
    written = entry.label.split()[1:]
    return all(not (w.startswith("ب") and len(w) > 3 and w[1:3] == "ال") or "ب" in tokens[j - offset].proclitics
               for w, j in zip(written, tail, strict=False))


def _object_with_lam(entry: EventEntry, tokens: Sequence[Token], tail: tuple[int, ...], offset: int) -> bool:
    """Whether the word after an expression's verb, its object, carries a لـ the expression does not
    write (تبادل لإطلاق النار "an exchange of fire"): a verb takes its object bare, so the head is
    the verbal noun, whose object لـ may mark (بعد اعتداء وتبادل لإطلاق النار على نقطة تفتيش)."""
    written = entry.label.split()[1:2]
    return bool(tail) and bool(written) and not written[0].startswith("ل") \
        and tokens[tail[0] - offset].proclitics[-1:] == ("ل",)


#: Prepositions (normalised) that open another argument, never a part of an expression's object
#: (not the partitive من: فرضت حزمة من العقوبات، أطلقت العديد من القذائف; nor في: خرج آلاف في مظاهرات).
_OTHER_ARGUMENT = frozenset({"عن", "مع", "ضد", "حول", "بشان", "بخصوص", "خلال"})


def _passive_written(tok: Token, entry: EventEntry) -> bool:
    """ألقي (written with ي) is the passive of ألقى: the vowel letter tells them apart (in the
    past only: the present active يلقي/تلقي ends with ي too, the caller checks the tense; the
    1st person أُلقي is rare in news)."""
    label = entry.label.split("/")[0].split()[0]
    return label.endswith("ى") and tok.text.rstrip(VOWEL_MARKS).endswith("ي")


_DAMMA = "\u064f"


_SHADDA = "\u0651"
_FATHA = "\u064e"


def _doubled_active_present(stem: str) -> bool:
    """تُجمّد، يُهدِّد، تُندّد: a present whose second root letter bears a shadda (the form فعّل of a
    verb of three root letters) has a damma on its prefix in the active too; it is a passive only
    with a fatha by the shadda (يُجمَّد). A shadda on the last letter is the root's own doubling
    (يُردّ: a passive of ردّ)."""
    if stem[:1] not in ("ي", "ت", "ن", "أ"):
        return False
    letters: list[tuple[str, str]] = []
    for ch in stem:
        if ch in VOWEL_MARKS and letters:
            letters[-1] = (letters[-1][0], letters[-1][1] + ch)
        elif ch not in VOWEL_MARKS:
            letters.append((ch, ""))
    if len(letters) < 4:
        return False
    marks = letters[2][1]
    return _SHADDA in marks and _FATHA not in marks


def _damma_passive(tok: Token, entry: EventEntry) -> bool:
    """قُتل، يُقتل، وقُتل: a damma written on the first letter of a verb of three root letters is
    its passive (the active of a longer verb has one too: يُهاجم، يُرسل). So it is on the first
    letter of a past of the form أفعل (أُطلق), and on the first letter or the ت of a verb of the
    forms افتعل and استفعل, past or present (اعتُقلا، استُهدف، يُعتقل; their active has no damma)."""
    label = entry.label.split("/")[0].split()[0]
    # (وُجهت، فُرض: a و or ف with the damma is the verb's own first letter, no conjunction)
    own = label[:1] == tok.text[:1] and tok.text[1:2] == _DAMMA
    stem = tok.text[1:] if tok.text[:1] in ("و", "ف") and not own else tok.text
    if len(label) == 3:
        return stem[1:2] == _DAMMA and not _doubled_active_present(stem)
    if len(label) == 4 and label[0] == "أ":
        return stem[:1] in ("أ", "ا") and stem[1:2] == _DAMMA
    if len(label) in (5, 6) and label[0] == "ا" and label[2] == "ت":
        return (stem[:1] == "ا" and _DAMMA in (stem[1:2], stem[3:4])) or (stem[:1] in ("ي", "ت") and stem[1:2] == _DAMMA)
    return False


_HAMZAS = frozenset("أإآؤئء")  # letters that write a hamza


@dataclass(frozen=True, slots=True)
class _Hits:
    """What the lexicon holds for one token surface (cached): verb, noun and phrase-head entries."""

    verbs: tuple[tuple[EventEntry, frozenset[Reading], bool], ...]  # entry, readings, future prefix
    nouns: tuple[EventEntry, ...]
    phrases: tuple[tuple[EventEntry, frozenset[Reading], bool], ...]  # entry, head readings, future

    def __bool__(self) -> bool:
        return bool(self.verbs or self.nouns or self.phrases)


#: The prepositions written on a word (بـ، لـ، كـ); no past verb takes one, so a past head with one
#: is its verbal noun (ببسط سيطرة).
PROCLITIC_PREPS = ("ب", "ل", "ك")


def _lookup(lex: EventLexicon, tok: Token) -> _Hits:
    hit: _Hits | None = lex.lookups.get(tok.text)
    if hit is not None:
        return hit
    keys = token_keys(tok)
    verbs: list[tuple[EventEntry, frozenset[Reading], bool]] = []
    for key, prefix in keys.verb:
        for vh in lex.verbs.get(key, ()):
            readings = vh.readings
            if prefix:  # a stripped سـ/لـ only makes sense on a present form
                readings = frozenset(r for r in readings if r[0] == "pres")
                if not readings:
                    continue
            if "fail" in vh.entry.flags:
                # أفشل is the past of أفشل "foiled" (أفشل التحالف هجوما), not "I fail": a failure
                # verb has no first-person singular present
                readings = frozenset(r for r in readings if r != ("pres", "1s"))
                if not readings:
                    continue
            if "hamza" in vh.entry.flags and not any(ch in _HAMZAS for ch in tok.text):
                # هنا "here", اثني "two": the past of هنأ، أثنى only with its hamza written
                readings = frozenset(r for r in readings if r[0] == "pres")
                if not readings:
                    continue
            if "past_only" in vh.entry.flags:  # يعد "is considered", not "promises"; وعدا "a promise"
                readings = frozenset(r for r in readings if r[0] == "past" and r[1] != "3md")
                if not readings:
                    continue
            if "state_present" in vh.entry.flags:
                # تسيطر المعارضة على: "controls", a state; only سيطرت "took" reports an event, and
                # with a pronoun the word is the verbal noun (سيطرتها "its control")
                readings = frozenset(r for r in readings if r[0] == "past")
                if not readings or tok.enclitic is not None:
                    continue
            verbs.append((vh.entry, readings, prefix == "س"))
        if verbs:
            break
    nouns = tuple(dict.fromkeys(e for key in sorted(keys.noun) for e in lex.nouns.get(key, ())))
    phrases: dict[str, tuple[EventEntry, frozenset[Reading], bool]] = {}
    prefix_of = {k: p for k, p in reversed(keys.verb)}
    # (a word written with tanween reads as no verb as a phrase's head either: تجمّعًا "a gathering",
    # no تجمع "gathered")
    nunated = any(ch in _TANWEEN for ch in tok.text)
    verb_keys = frozenset(k for k, _ in keys.verb)
    for key in [k for k, _ in keys.verb] + sorted(keys.noun):
        for entry in lex.phrases.get(key, ()):
            if entry.id not in phrases:
                readings = frozenset() if nunated else lex.phrase_heads.get(key, {}).get(entry.id, frozenset())
                if "state_present" in entry.flags:  # (سيطر على الوضع: a past head only, as its verb,
                    # read as written: not its dual in ا nor a noun's accusative, أصدرت حكما بالسجن)
                    readings = frozenset(r for r in readings if r[0] == "past" and r[1] != "3md") \
                        if key in verb_keys else frozenset()
                    if not readings or tok.enclitic is not None or tok.has_article \
                            or any(p in PROCLITIC_PREPS for p in tok.proclitics):
                        continue  # (تعهد ببسط سيطرة أكبر: the verbal noun بسط, no verb)
                phrases[entry.id] = (entry, readings, bool(readings) and prefix_of.get(key) == "س")
    out = _Hits(tuple(verbs), nouns, tuple(phrases.values()))
    lex.lookups.put(tok.text, out)
    return out


def heads_phrase_of(lex: EventLexicon, tok: Token, event_type: str) -> bool:
    """Whether ``tok`` reads as the verb that heads an expression of ``event_type`` (فرضها: the
    فرض of فرض عقوبات, SANCTION)."""
    return any(entry.event_type == event_type and readings for entry, readings, _ in _lookup(lex, tok).phrases)


#: Object pronouns (normalised) that resume a noun before the verb (صاروخا أطلقه، قذائف أطلقتها).
_RESUMING = frozenset({"ه", "ها", "هم", "هما"})
#: The preposition عبر "via, across" (normalised), spelled as the verb عبّر "expressed".
_ACROSS = normalize("عبر")
#: Words after which عبر opens a clause as the verb عبّر (وقد عبر، كما عبر، وكان عبر).
_EXPRESSED_OPENERS = frozenset({"قد", "لقد", "كما", "كان", "كانت"})
_EXPRESSED_REACH = 7  # words from عبّر to the عن of what it expresses (past its subject)


def expressed_verb(tokens: Sequence[Token], i: int) -> bool:
    """Whether the word at ``i`` is عبر read as the verb عبّر "expressed": it opens its clause
    (after و/ف, a mark, قد, كما or كان) and عن follows within a few words (وعبر الرئيس الفرنسي عن
    قلقه; not أعلن عبر قناة الجزيرة عن رفضه, the preposition "via" after a verb)."""
    tok = tokens[i]
    if tok.kind != "word" or tok.base != _ACROSS or tok.enclitic:
        return False
    before = tokens[i - 1] if i > 0 else None
    opens = tok.proclitics[:1] in (("و",), ("ف",)) or before is None or before.kind == "punct" \
        or before.base in _EXPRESSED_OPENERS
    return opens and any(t.norm == "عن" for t in tokens[i + 1 : i + 1 + _EXPRESSED_REACH])


def verb_like(lex: EventLexicon, tokens: Sequence[Token], offset: int) -> list[int]:
    """Document indexes of the words that read as a verb of the lexicon (an event or reporting
    verb, or the head of a verbal expression whose other words are missing: أطلقتها), support
    verbs (شن، نفذ) left out: where a new clause's verb may stand."""
    out = []
    for i, tok in enumerate(tokens):
        if tok.kind != "word" or _after_preposition(tokens, i) or _such_as(tokens, i):
            continue
        hits = _lookup(lex, tok)
        if hits.nouns and i + 1 < len(tokens) and _manner_adjective(tokens[i + 1]):
            continue  # استهدف قصف صاروخي مواقع: the verbal noun, no clause's verb
        if tok.base == _ACROSS and not expressed_verb(tokens, i):
            continue  # اعتداء عبر استخدام سكاكين: the preposition "via", no verb عبّر
        # (not the head of an expression read only as its past verb, whose head is mostly a noun
        # where its other words are missing: حكم نيودلهي، تنفيذ حكم الإعدام)
        if any("light" not in e.flags for e, _, _ in hits.verbs) \
                or any(r for e, r, _ in hits.phrases if "state_present" not in e.flags):
            out.append(offset + i)
    return out


#: Prepositions written as words: what follows one is a noun (في قتل، من اعتقال), never a verb.
PREPOSITION_WORDS = frozenset({"في", "علي", "الي", "من", "عن", "مع", "ضد", "بعد", "قبل", "خلال",
                                "منذ", "عقب", "اثر", "جراء", "بسبب", "لدي", "حول", "عبر", "دون",
                                "بشان", "بخصوص",  # بشأن فرض عقوبات "about imposing", no فرض "imposed"
                                # nouns of time used as prepositions: في أعقاب قصف، أثناء اقتحام، قبيل
                                "اعقاب", "اثناء", "ابان", "عشيه", "غداه", "قبيل",
                                "عند", "ازاء", "تجاه", "وفق", "حسب", "بحسب",  # نزولا عند طلب، وفق اتفاق
                                "مثل"})  # fmt: skip  (مثل قتل الطيار: "such as the killing of")

_OPENING_QUOTES = frozenset({'"', "«", "“", "'"})
#: Quotation marks that only close, and all quotation marks.
_CLOSING_MARKS = frozenset({"»", "”"})
_QUOTE_MARKS = _OPENING_QUOTES | _CLOSING_MARKS
#: Nouns that a quoted name or title follows (normalised bases): a verb inside the quotation names
#: the movement, campaign or slogan (تحالف "حركة ألمانيا تساعد"، حملة «ارحل»), no act.
_NAMING_NOUNS = frozenset(normalize(w) for w in (
    "حركة", "حملة", "مبادرة", "تحالف", "ائتلاف", "جمعية", "منظمة", "برنامج", "مشروع", "شعار", "عنوان", "وسم",
    "هاشتاغ", "هاشتاق", "كتاب", "فيلم", "تجمع"))
_QUOTED_NAME_WORDS = 4


def _quoted_name(tokens: Sequence[Token], i: int) -> bool:
    """Whether token ``i`` stands within a few words after an opening quotation mark that follows
    a naming noun (``_NAMING_NOUNS``): a word of a quoted name."""
    for k in range(i - 1, max(-1, i - 1 - _QUOTED_NAME_WORDS), -1):
        t = tokens[k]
        if t.kind == "punct":
            return t.text in _OPENING_QUOTES and k >= 1 and tokens[k - 1].kind == "word" \
                and tokens[k - 1].base in _NAMING_NOUNS
    return False


#: "It was / will be done" (bases), the auxiliary of the passive with a verbal noun (وتم اعتقاله):
#: the word right after it is that verbal noun, no verb (سيتم قتل البغدادي: no "killed al-Baghdadi").
DONE = frozenset({"تم", "يتم", "تتم"})


def _ministry(tok: Token) -> bool:
    """وزارته، وزارتها: "his/her ministry" (وزارة with its pronoun), not "and she visited him"."""
    return tok.norm.startswith("وزارت") and tok.enclitic is not None


def _quoted_alone(tokens: Sequence[Token], i: int) -> bool:
    """Whether token ``i`` is the one word between an opening and a closing quotation mark, with
    punctuation or nothing after it: a name or a term cited (مكتوب على أوله «ودّان»، وهو اسم البلدة:
    a town, no verb "and condemned"); a quoted verb with its object goes on (أن مشاركته "يهدد" أمن
    لبنان)."""
    return 0 < i < len(tokens) - 1 and tokens[i - 1].kind == "punct" and tokens[i - 1].text in _OPENING_QUOTES \
        and tokens[i + 1].kind == "punct" and tokens[i + 1].text in _QUOTE_MARKS \
        and (i + 2 >= len(tokens) or tokens[i + 2].kind == "punct")


#: Number words whose counted noun follows in the genitive (normalised bases).
_HUNDREDS = frozenset({"ميه", "مايه", "مليون", "ملايين", "مليار", "الف", "الاف", "ميات", "عشرات"})
#: "Several", which stands before its noun (بعدة فرق "with several troupes", no فرّق) or after
#: it (غارات جوية عدة استهدفت: a verb follows): before only after a preposition.
_SEVERAL = frozenset({"عده", "بضعه", "بضع"})


#: Prepositions that keep their reading after و or فـ (وعن ضرب المقاتلين "and about the fighters'
#: beating", no ضرب "he beat"), normalised; not those that are verbs as well once و stands before
#: them (وقبل "and accepted", وحول "and transferred", ومثل "and appeared", وعبر "and expressed",
#: ودون "and wrote down", وأثر "and affected", وعقب "and commented", وحسب، ووفق).
_JOINED_PREPOSITIONS = frozenset({"في", "علي", "الي", "من", "عن", "مع", "ضد", "بعد", "خلال", "منذ",
                                  "جراء", "بسبب", "لدي", "بشان", "بخصوص", "اعقاب", "اثناء", "ابان",
                                  "عند", "ازاء", "تجاه"})
_AND = frozenset({("و",), ("ف",)})
#: من "from", alone or with و (normalised): before أجل "for the sake of" and the words of plan.
FROM_WORDS = frozenset({"من", "ومن"})
#: Nouns that make a preposition of على before them, never verbs (normalised): على خلفية قمع
#: "against the backdrop of the repression", على هامش لقاء "on the sidelines of a meeting".
_BACKDROP = frozenset({"خلفيه", "هامش"})


def _after_preposition(tokens: Sequence[Token], i: int) -> bool:
    """في قتل، على اعتقال: a word governed by a preposition is a noun, not a verb; so are the
    verbal noun after عملية، محاولة، تهمة … (عملية خطف) and the counted noun after a number
    (17 طالبا، ثلاثين طالباً "students", not the dual "they demanded"; a plural verb after a number keeps its
    reading: 3 قتلوا). An adjective spelled like a verb is none either: after بشكل/بصورة/بطريقة
    ("in a … way": بشكل قاطع "categorically") or in accusative agreement with an indefinite noun
    before it (نفيا قاطعا "a categorical denial", not "they two boycotted")."""
    if i <= 0:
        return False
    prev = tokens[i - 1]
    if prev.kind == "punct" and prev.text in _OPENING_QUOTES and i >= 2:
        prev = tokens[i - 2]  # مشيرا إلى "قصف عنيف": a quotation a preposition governs
        if prev.norm not in PREPOSITION_WORDS:
            return False
    norm = prev.norm
    if prev.base in _STANDING and tokens[i].base in _PLACE_ADVERBS:
        return True  # بالوقوف خلف العملية، يقف وراء الهجوم: "behind", no خلّف "left (casualties)"
    if norm in PREPOSITION_WORDS or norm in MANNER_NOUNS or norm in _PLACE_ADVERBS or prev.base in _BACKDROP \
            or (prev.base in _PLACE_ADVERBS and not prev.has_article and not prev.enclitic) \
            or (prev.proclitics in _AND and prev.base in _JOINED_PREPOSITIONS and not prev.enclitic):
        return True
    if norm[-1:] == "ا" and _accusative_pair(prev, tokens[i]):
        return True
    if norm == "او" and i >= 2 and tokens[i - 2].norm.endswith("ا") and _accusative_pair(tokens[i - 2], tokens[i]):
        return True  # لا يعني تعنتا أو تخليا: two indefinite accusatives joined by أو, no dual verb
    if prev.kind == "number" and year_number(tokens, i - 1):
        return False  # عام 1990 اجتاحت: a year counts nothing
    if prev.kind == "number" or (prev.text == ")" and i >= 2 and tokens[i - 2].kind == "number"):
        return not tokens[i].norm.endswith("وا")  # also (13) فرقة، (6) فرق: "teams", not "dispersed"
    if prev.base in _HUNDREDS and not prev.enclitic and not tokens[i].norm.endswith("وا"):
        return True  # نصف مليون طالب، ألف طالب: the genitive counted after a hundred, thousand, million
    if prev.base in _SEVERAL and not prev.enclitic and not tokens[i].norm.endswith("وا") \
            and (any(c in ("ب", "ل") for c in prev.proclitics) or (i >= 2 and tokens[i - 2].norm in PREPOSITION_WORDS)):
        return True  # بعدة فرق، في عدة مدن
    if prev.base in NUMBER_WORDS:  # ثلاثين طالباً: the indefinite accusative counted after a tens word
        tok = tokens[i]
        return tok.norm.endswith("ا") and not tok.norm.endswith("وا") and not tok.proclitics and not tok.enclitic
    if norm == "اجل":
        return i >= 2 and tokens[i - 2].norm in FROM_WORDS  # من أجل دعم: "for the sake of"
    return norm.endswith(_MASDAR_ENDINGS) and not prev.has_article and prev.base in _MASDAR_HEADS \
        and not tokens[i].proclitics  # (جرائم قتل; not من جرائم وتطالب: a verb joined by و)


@functools.cache
def _year_heads() -> frozenset[str]:
    """Words after which a number is a year: the calendar's words for "year" (عام، سنة; with the
    article or a preposition: العام، لعام) and its one-word Gregorian and Hijri month names."""
    cal = load_calendar()
    names = [n for kind in ("month", "hijri") for n in cal.table(kind)]
    names += [n for n, unit in cal.strs("unit").items() if unit == "year"]
    return frozenset(normalize(n) for n in names if " " not in n)


@functools.cache
def _time_ends() -> frozenset[str]:
    """Words that end a phrase of time (normalised): the calendar's one-word month names, the
    weekdays and the words past, next and current (مايو، الخميس، الماضي، المقبل، الجاري)."""
    cal = load_calendar()
    names = [n for kind in ("month", "hijri", "weekday", "relword") for n in cal.table(kind)]
    return frozenset(normalize(n) for n in names if " " not in n)


def time_comma(tokens: Sequence[Token], i: int) -> bool:
    """Whether token ``i`` is a comma right after a phrase of time (في مايو الماضي، / عام 2015، / يوم
    الخميس،): a writer's pause between a verb's time and its object, which cuts no expression."""
    if tokens[i].kind != "punct" or tokens[i].text not in COMMAS or i == 0:
        return False
    return tokens[i - 1].norm in _time_ends() or year_number(tokens, i - 1)


def time_adverb_comma(tokens: Sequence[Token], i: int) -> bool:
    """:func:`time_comma`, or a comma right after أمس، اليوم or a weekday alone (شنت المقاتلات أمس،
    غارات)."""
    return time_comma(tokens, i) or (tokens[i].kind == "punct" and tokens[i].text in COMMAS and i > 0
                                     and tokens[i - 1].norm in _TIME_ADVERBS)


def year_number(tokens: Sequence[Token], k: int) -> bool:
    """Whether the number at ``k`` is a year: four digits from 1900 to 2099 after a year word or a
    month name (عام 1990، أغسطس 1990) or a preposition (في 2014، منذ 2011)."""
    num = tokens[k]
    if len(num.text) != 4 or not num.text.isdigit() or not 1900 <= int(num.text) <= 2099 or k == 0:
        return False
    head = tokens[k - 1]
    heads = _year_heads()
    return head.base in heads or head.norm in PREPOSITION_WORDS or head.base in PREPOSITION_WORDS


#: Elatives that take an indefinite accusative of specification (أكثر توافقا "more compatible").
_ELATIVES = frozenset({"اكثر", "اقل", "اشد"})


def _specification(tokens: Sequence[Token], i: int) -> bool:
    """أكثر توافقا مع الدستور، أقل عنفا، أشد دعما: the indefinite accusative after an elative names
    a degree of a quality ("more compatible"), neither an event nor a verb."""
    if i <= 0 or tokens[i - 1].base not in _ELATIVES:
        return False
    if tokens[i - 1].has_article and i >= 2 and tokens[i - 2].norm == "علي":
        return False  # على الأقل قتلوا: "at least … were killed" (not الأكثر طلبا للجوء "most asking")
    tok = tokens[i]
    return tok.kind == "word" and not tok.has_article and not tok.enclitic and tok.norm.endswith("ا") \
        and not tok.norm.endswith("وا")


#: "There is" (normalised): the word after one is a noun, never a verb (هناك فرقا بين: "a
#: difference", not فرّقا "the two dispersed").
_EXISTENTIALS = frozenset({"هناك", "هنالك", "ثمه"})
#: باسم "in the name of", before the body a spokesperson speaks for (normalised).
_IN_THE_NAME_OF = "باسم"
#: The feminine of "assistant", also "help" (normalised), and the offices (bases) whose holder's
#: assistant it names in construct: مساعدة وزير الخارجية، مساعدة مندوب هولندا.
_ASSISTANT = "مساعده"
_OFFICES = frozenset({"وزير", "وزيره", "رييس", "رييسه", "مدير", "مديره", "مندوب", "مندوبه", "امين", "امينه",
                      "قايد", "مبعوث", "سفير", "سفيره", "ممثل", "ممثله", "مستشار", "مستشاره"})


#: Two places titled together (normalised, no clitics): مدينتي حمص وتدمر، بلدتي الفوعة وكفريا.
_TWO_PLACES = frozenset({"مدينتي", "مدينتين", "بلدتي", "بلدتين", "قريتي", "قريتين", "محافظتي", "محافظتين",
                         "منطقتي", "منطقتين", "ولايتي", "ولايتين", "المدينتين", "البلدتين", "القريتين",
                         "المحافظتين", "المنطقتين", "الولايتين"})


def _second_place(tokens: Sequence[Token], i: int) -> bool:
    """Whether token ``i`` (with و) is the second of two places a dual title names (بين مدينتي
    حمص وتدمر: Palmyra, no "destroys")."""
    if i < 2 or tokens[i].proclitics[:1] != ("و",) or tokens[i - 1].kind != "word":
        return False
    word = tokens[i - 2].norm
    for p in tokens[i - 2].proclitics:
        if p != "ال" and word.startswith(p):
            word = word[len(p):]
    return word in _TWO_PLACES


def _assistant_of(tokens: Sequence[Token], i: int) -> bool:
    """Whether token ``i`` is مساعدة without the article in construct with an office (مساعدة
    وزير الخارجية: the minister's assistant, no help given), or مساعده written with the pronoun
    ه and no article (من مساعده ونيستون لورد: "his assistant"; help with a pronoun is مساعدته)."""
    tok = tokens[i]
    if tok.norm != _ASSISTANT and not (tok.base == "مساعد" and tok.enclitic == "ه"):
        return False  # (ومساعده، لمساعده: the same with a conjunction or a preposition)
    if not tok.has_article and tok.text.rstrip(VOWEL_MARKS).endswith("ه"):
        return True
    return i + 1 < len(tokens) and tokens[i + 1].base in _OFFICES and tokens[i + 1].proclitics in ((), ("ال",))


def _after_inna(lex: EventLexicon, tokens: Sequence[Token], i: int) -> bool:
    """قال إن طرد المهاجرين أولى أولوياته: after a verb of saying, إنّ (written with the hamza
    below) is the complementiser, which a noun or pronoun follows, never a verb (the conditional
    إنْ takes one, but not after قال). So is أنّ (hamza above) right after a verb of saying and
    its subject (أعلن الوزير الجمعة أن دعم إيران للحوثيين يهدد: the support, no verb); not past
    بعد، قبل … (بعد أن دعم: أنْ, which takes a verb)."""
    if i < 2 or tokens[i - 2].end == tokens[i - 1].start:
        return False  # مون جاي-إن تعهدا: the end of a name, not the particle
    particle = tokens[i - 1].text.lstrip("وف")
    if particle == "إن":
        for j in range(i - 2, -1, -1):
            prev = tokens[j]
            if prev.kind == "word" and _reporting(lex, prev):
                return True
        return False
    if particle not in ("أن", "ان", "بأن", "بان"):
        return False
    for j in range(i - 2, max(-1, i - 2 - _ANNA_SUBJECT_WORDS), -1):
        prev = tokens[j]
        if prev.kind != "word" or prev.base in _AN_GOVERNORS or prev.norm in PREPOSITION_WORDS \
                or prev.text.lstrip("وف") in ("أن", "إن", "ان", "بأن", "بان"):
            return False  # (أضاف أن من المقرر أن يلتقي: the second أن is أنْ)
        if _reporting(lex, prev):
            return True
    return False


def _reporting(lex: EventLexicon, tok: Token) -> bool:
    """Whether the word may be read as a verb of saying (a ``report.`` entry)."""
    return any(e.id.startswith("report.") for e, _, _ in _lookup(lex, tok).verbs)


#: Words between a verb of saying and أنّ: its subject and a time (أعلن وزير الخارجية الأميركي الجمعة أن).
_ANNA_SUBJECT_WORDS = 6
#: Words (normalised bases) after which أن is أنْ, which takes a verb (بعد أن، قبل أن، منذ أن، يجب أن).
_AN_GOVERNORS = frozenset(normalize(w) for w in (
    "بعد", "قبل", "منذ", "حتى", "إلى", "يجب", "ينبغي", "يمكن", "بد", "دون", "بدون", "عوض", "بدل", "يريد",
    "تريد", "أراد", "أرادت", "يحاول", "تحاول", "حاول", "حاولت", "قرر", "قررت", "يستطيع", "تستطيع"))


#: Verbal nouns in the indefinite accusative that say how someone was killed or hurt (قتل طعنا،
#: أعدم شنقا، رميا بالرصاص): adverbs of manner, not the dual past verb they are spelled like; and
#: مولانا, the title of clerics in South Asia (مولانا فضل الله), not a form of مول "he financed".
MANNER_ACCUSATIVES = frozenset({"طعنا", "خنقا", "شنقا", "ضربا", "حرقا", "رميا", "دهسا", "ذبحا", "غرقا",
                                 "رجما", "صعقا", "تعذيبا", "مولانا"})  # fmt: skip
#: Nouns in the indefinite accusative spelled like a dual past verb of the form فاعل (normalised):
#: حاكما "as governor" (قضى أعواما حاكما للولاية), not حاكَما "the two put on trial".
_NOUN_ACCUSATIVES = frozenset({"حاكما", "قاتلا"})


#: Forms (clitic-free bases, normalised) of جاء/أتى "came, comes", whose subject in news is an
#: event noun: وجاء طرد الدبلوماسيين بعد، ويأتي قصف المدينة بعد.
_COMES = frozenset({"جاء", "جاءت", "ياتي", "تاتي", "اتي", "اتت"})


#: Verbs of banning or preventing (normalised, clitic-free), which take a verbal noun: that noun is
#: kept from happening (الاتحاد الذي يحظر قتل الحيتان، منعت الشرطة المظاهرة).
BANNING = frozenset({"حظر", "حظرت", "يحظر", "تحظر", "حظروا", "يحظرون", "منع", "منعت", "يمنع", "تمنع",
                      "منعوا", "يمنعون"})


def _after_finite_verb(lex: EventLexicon, tokens: Sequence[Token], i: int) -> bool:
    """Whether a bare word (no clitic) comes right after a word that only reads as a verb of the
    lexicon (no noun of it): then it is no past verb, which would need و or a particle first, but
    the verbal noun it governs (تدعم قصف مواقع داعش "supports the bombing", يؤيد نفي بوتن، يرفض طرد
    السفير, أعلن قتل). The caller leaves out a word inside an actor's name (صحفي اردني تلقى: no
    أردّني)."""
    if i <= 0 or tokens[i].proclitics or tokens[i].enclitic:
        return False
    prev = tokens[i - 1]
    if prev.kind != "word" or prev.has_article or any(ch in _TANWEEN for ch in prev.text):
        return False
    hits = _lookup(lex, prev)
    if not hits.verbs or hits.nouns:
        return False
    # (حادث دهس قتل خلاله رجل: a sound past of three letters, all its readings the 3rd person
    # masculine, is spelled like its verbal noun فعل, which may stand in a construct before a verb)
    return not (len(prev.norm) == 3 and prev.norm[-1] not in "اي" and all(
        r == ("past", "3ms") for _, readings, _ in hits.verbs for r in readings))


def _after_governing_verb(lex: EventLexicon, tokens: Sequence[Token], i: int, named: bool = False) -> bool:
    """قررت طرد، تعتزم فرض، واصلت قصف: right after a verb of intent or a support verb comes its
    verbal noun (a verb would need أن first), never a finite verb; so after جاء/يأتي (وجاء طرد
    الدبلوماسيين: "the expulsion came"). ``named``: the word before is inside an actor's name
    (صحفي اردني تلقى: no verb أردّ)."""
    if i <= 0 or tokens[i - 1].kind != "word":
        return False
    if _undergone_accusative(lex, tokens, i):
        return True
    if named:
        return False
    if tokens[i - 1].base in _COMES and not tokens[i].proclitics:
        return True
    if tokens[i - 1].norm in BANNING and not tokens[i].proclitics:
        return True  # يحظر قتل الحيتان: what is banned is a verbal noun
    # (a support verb that takes its noun with بـ governs no bare word: وهو أمر تعارضه موسكو)
    return any(e.id.startswith(("modal.", "light.")) and ("b_object" not in e.flags or "ب" in tokens[i].proclitics)
               for e, _, _ in _lookup(lex, tokens[i - 1]).verbs)


#: How many words (the subject) may stand between a verb of undergoing and the verbal noun it takes.
_UNDERGONE_REACH = 3


def _undergone_accusative(lex: EventLexicon, tokens: Sequence[Token], i: int) -> bool:
    """تلقت بريطانيا دعما، نال الرئيس الأمريكي دعما: a word in the accusative alif after a verb of
    undergoing and its subject (words with no proclitic but the article) is the verbal noun
    undergone, no dual verb."""
    tok = tokens[i]
    if tok.proclitics or tok.enclitic or not tok.norm.endswith("ا") or tok.norm.endswith("وا"):
        return False  # (سجناء اتهموا: a plural verb)
    return _after_undergoing(lex, tokens, i, least=1)


def _after_undergoing(lex: EventLexicon, tokens: Sequence[Token], i: int, *, least: int = 0) -> bool:
    """Whether a verb of undergoing stands before token ``i`` with ``least`` to ``_UNDERGONE_REACH``
    words between (its subject), each with no proclitic but the article: تعرضت فنزويلا لفرض عقوبات
    (``least`` 0: the لـ-word is the verbal noun undergone), تلقت بريطانيا دعما (``least`` 1)."""
    for j in range(i - 1, max(-1, i - 2 - _UNDERGONE_REACH), -1):
        if i - 1 - j >= least and any("undergo" in e.flags for e, _, _ in _lookup(lex, tokens[j]).verbs):
            return True
        if tokens[j].kind != "word" or tokens[j].proclitics not in ((), ("ال",)):
            return False
    return False


#: How far back from a word with a pronoun its reporting verb may stand (أعلنت إسرائيل مرارا رفضها).
_REPORT_REACH = 4


def _reported_masdar(lex: EventLexicon, tokens: Sequence[Token], i: int, hits: _Hits,
                     inside: frozenset[int] = frozenset(), offset: int = 0, *, phrase: bool = False) -> bool:
    """أعلنت إسرائيل مرارا رفضها، أكد الرئيس دعمه: a word with a possessive pronoun a few words
    after a verb of saying, with no verb or complementiser between, is the verbal noun ("its
    rejection"), not a finite verb ("he rejected it"), when the lexicon has both; so is any such
    word a few words after a verb of condemning (أدانت الحكومة خطف الصحفيين: "the kidnapping"). A
    name counts as one word and a day as none (``inside``: the document indexes of the words of
    actor mentions after their first; دانت منظمة هيومن رايتس ووتش الخميس قصف المتمردين)."""
    if not hits.nouns and not phrase:
        return False  # (``phrase``: the first word of an expression, whose verbal noun the expression is)
    counted = 0
    quoted = False  # (a quotation after a verb of saying is speech: its verbs are verbs)
    marks = 0  # quotation marks passed: an odd number opens speech (وأضافت "هذا الأسبوع أطلقت)
    for j in range(i - 1, -1, -1):
        prev = tokens[j]
        if prev.kind == "punct" and prev.text in _OPENING_QUOTES and j == i - 1:
            quoted = True
            continue  # ترفض «حظر طيران»
        if prev.kind == "punct" and (j < i - 1 or prev.text in _CLOSING_MARKS) and prev.text in _QUOTE_MARKS:
            # أعلن حلف شمال الأطلسي "ناتو"، الثلاثاء، طرد، أعلنت «ولاية سيناء» قتل: a quoted name
            # (both its marks)
            marks += 1
            continue
        if prev.kind == "punct" and prev.text in COMMAS and (
                (j >= 1 and tokens[j - 1].norm in _DAYS) or (j + 1 < i and tokens[j + 1].norm in _DAYS)):
            continue  # … and a day in commas
        if prev.kind != "word":
            return False
        if offset + j in inside or prev.norm in _DAYS:
            continue
        counted += 1
        if counted > _REPORT_REACH:
            return False
        verbs = _lookup(lex, prev).verbs
        if (tokens[i].enclitic or (not quoted and not tokens[i].proclitics)) and marks % 2 == 0 \
                and _reporting(lex, prev):
            return True  # (أعلنت واشنطن فرض عقوبات: a verb of saying takes a finite verb only after أن)
        if any(("condemn" in e.flags or (e.event_type == "REJECT" and "deny" not in e.flags
                                         and not tokens[i].proclitics))
               and r for e, r, _ in verbs):
            # وأدانت الحكومة الأردنية خطف الصحفيين، ترفض الولايات المتحدة فرض حظر جوي: what is
            # condemned or refused is an act, a noun
            return True
        if verbs or prev.norm in ("ان", "بان", "انه", "انها") or prev.base in ("ان", "بان", "لان") \
                or prev.norm in RELATIVE_PRONOUNS:
            return False  # (أكد مسؤولون أنهم لا يلقون، الجيش الذي رد: a new clause and its verb)
    return False


def _resumed(lex: EventLexicon, tokens: Sequence[Token], i: int, hits: _Hits) -> bool:
    """قصفا شنته طائرات التحالف، هجوما نفذه مسلحون: a word right before a support verb whose
    object pronoun resumes it is the verbal noun that verb carries out, not a verb ("they two
    shelled")."""
    if not hits.nouns or i + 1 >= len(tokens):
        return False
    nxt = tokens[i + 1]
    return nxt.kind == "word" and bool(nxt.enclitic) and any("light" in e.flags for e, _, _ in _lookup(lex, nxt).verbs)


#: Words of a day (normalised) after which فجر is "dawn" (فجر أمس، فجر اليوم، فجر الجمعة).
_DAYS = frozenset({"امس", "اليوم", "الغد", "غد", "السبت", "الاحد", "الاثنين", "الثلاثاء", "الاربعاء",
                   "الخميس", "الجمعه", "يوم"})


#: How far back a word with the same base and pronoun makes a coordinated one a noun.
_PARALLEL_REACH = 8


def _parallel_noun(lex: EventLexicon, tokens: Sequence[Token], i: int) -> bool:
    """Whether the word at ``i``, after و and with a pronoun, repeats a verbal noun a few words
    before it with the same base and pronoun: a list of verbal nouns (بسبب دعمها للحوثيين ودعمها
    لحزب الله "its support … and its support"), no verb "and he supported her"."""
    tok = tokens[i]
    if tok.proclitics[:1] != ("و",) or tok.enclitic is None:
        return False
    return any(tokens[j].base == tok.base and tokens[j].enclitic == tok.enclitic
               and tokens[j].proclitics[:1] != ("و",) and _lookup(lex, tokens[j]).nouns
               for j in range(max(0, i - _PARALLEL_REACH), i))


def _joined_masdar(lex: EventLexicon, tokens: Sequence[Token], i: int) -> bool:
    """Whether the word at ``i``, after و with no pronoun, follows at once a verbal noun in the
    construct state (no article, no pronoun): two verbal nouns sharing the genitive after them
    (الكف عن اعتقال وطرد المهاجرين), no verb "and he expelled"."""
    tok = tokens[i]
    if tok.proclitics != ("و",) or tok.enclitic is not None or i < 1:
        return False
    prev = tokens[i - 1]
    if prev.kind != "word" or prev.has_article or prev.enclitic is not None or prev.norm.endswith(("ا", "وا")):
        return False
    if _lookup(lex, prev).nouns:
        return True
    # في تأسيس ودعم جبهة النصرة: a verbal noun of the form تفعيل that a preposition governs
    governed = bool(set(prev.proclitics) & {"ب", "ل"}) or (i >= 2 and tokens[i - 2].norm in PREPOSITION_WORDS)
    return governed and len(prev.base) == 5 and prev.base.startswith("ت") and prev.base[3] == "ي"


_REQUEST_REACH = 5  # words from a request to the preposition of what it asks (دعت الأمم المتحدة إلى)
_CONJUNCT_CHAIN = 3  # words of the first verbal noun's phrase before و (بتفعيل حق العودة ورفع)


def _requested_conjunct(lex: EventLexicon, tokens: Sequence[Token], i: int) -> bool:
    """Whether the word at ``i``, after و and with no pronoun, continues a list of what a request
    asks for: a word with بـ or after إلى a few words after a request (دعا، طالب، للمطالبة), then
    only definite or construct nouns up to the و (دعت الأمم المتحدة إلى الحوار وفرض عقوبات، للمطالبة
    بتفعيل حق العودة ورفع الحصار): the verbal noun, no verb "and it imposed"."""
    tok = tokens[i]
    if tok.proclitics != ("و",) or tok.enclitic is not None:
        return False
    for j in range(i - 1, max(-1, i - 2 - _CONJUNCT_CHAIN), -1):
        t = tokens[j]
        if t.kind != "word" or "و" in t.proclitics:
            return False
        after_ila = j > 0 and tokens[j - 1].norm == "الي"
        if "ب" in t.proclitics or after_ila:
            head = j - 1 if after_ila else j
            return any(v.event_type == "REQUEST"
                       for k in range(max(0, head - _REQUEST_REACH), head)
                       for v in (*(e for e, _r, _f in _lookup(lex, tokens[k]).verbs), *_lookup(lex, tokens[k]).nouns))
        if not (t.has_article or not t.proclitics):
            return False  # (a construct noun, a definite one, or one with its pronoun: بتحمل مسؤولياته ورفع الحظر)
    return False


#: "Decisive, conclusive" (قاطع, the participle of قطع; normalised), spelled like the verb قاطع
#: "boycotted", and the nouns (normalised bases) it describes in news (دليل قاطع، رفضا قاطعا، بشكل
#: قاطع، على نحو قاطع، نفي قاطع).
_DECISIVE = frozenset({"قاطع", "قاطعا"})
_DECIDED_NOUNS = frozenset({"دليل", "ادله", "رفض", "نفي", "شكل", "نحو", "رد", "موقف", "حكم", "اثبات", "برهان",
                            "جواب", "تاكيد", "تحذير", "قرار", "دليلا", "رفضا", "نفيا", "ردا", "موقفا"})


def _decisive(tokens: Sequence[Token], i: int) -> bool:
    """Whether token ``i`` is قاطع "decisive" right after a noun it describes (دون دليل قاطع،
    رفضا قاطعا، بشكل قاطع): no verb "boycotted"."""
    tok = tokens[i]
    return tok.norm in _DECISIVE and not tok.proclitics and i > 0 and tokens[i - 1].kind == "word" \
        and tokens[i - 1].base in _DECIDED_NOUNS and not tokens[i - 1].enclitic


def _dawn(tokens: Sequence[Token], i: int) -> bool:
    """شنت القوات فجر أمس حملة دهم: فجر before a day is the time of day, not فجّر "detonated"."""
    tok = tokens[i]
    return tok.norm in ("فجر", "وفجر") and i + 1 < len(tokens) and tokens[i + 1].norm in _DAYS


#: Nouns of deciding or campaigning whose genitive is a verbal noun spelled like a past verb (قرار
#: نقل السفارة، قرار شن ضربات، حملة طرد دبلوماسيين), normalised.
_DECISION_HEADS = frozenset({"قرار", "قرارات", "خطه", "خطط", "حمله", "حملات"})


def _after_decision(tokens: Sequence[Token], i: int) -> bool:
    """Whether token ``i`` stands right after an indefinite noun of deciding and has no pronoun:
    then it is no past verb (a past verb describing the decision takes a pronoun: قرار اتخذته
    الحكومة)."""
    if i == 0 or tokens[i].enclitic:
        return False
    prev = tokens[i - 1]
    if prev.kind == "word" and prev.base in _DECISION_HEADS and not prev.has_article and not prev.enclitic:
        return True
    # قرار بريطانيا طرد، قرار رئيسة الوزراء البريطانية تيريزا ماي طرد: the decision's maker in its
    # genitive, then the verbal noun decided on
    for k in range(i - 1, max(-1, i - 2 - DECIDER_WORDS), -1):
        tok = tokens[k]
        if k < i - 1 and tok.kind == "word" and tok.base in DECISION_NOUNS and not tok.has_article and not tok.enclitic:
            return not tokens[i].proclitics  # (لقرار ترامب الانسحاب: with its own preposition too)
        if tok.kind != "word" or tok.enclitic or not set(tok.proclitics) <= {"و", "ال"} \
                or tok.norm in _THAT or tok.base in RELATIVE_PRONOUNS:
            break  # (لقرار الرئيس ترامب نقلها والذي رحبت به: a relative clause, no name)
    # قررت روسيا طرد، أعلنت الحكومة تعليق: a verb of deciding or announcing, its subject of one or
    # two words, then the verbal noun it takes as object
    for k in (i - 2, i - 3, i - 4):
        if k < 0 or tokens[i].proclitics[:1] in (("و",), ("ف",)) or tokens[i].base in _DECIDING_VERBS:
            return False
        if tokens[k].kind == "word" and tokens[k].base in _DECIDING_VERBS and not tokens[k].enclitic \
                and all(tokens[j].kind == "word" and not set(tokens[j].proclitics) & {"ب", "ل"}
                        and tokens[j].base not in _DECIDING_VERBS and tokens[j].norm not in _THAT
                        and tokens[j].base not in RELATIVE_PRONOUNS for j in range(k + 1, i)):
            # (a subject of three words: أعلن جهاز المخابرات الهولندية طرد; not أعلن الجيش الذي رد)
            return tokens[k + 1].has_article or k + 1 == i - 1 or (k + 2 < i and tokens[k + 2].has_article)
    return False


#: Relative pronouns (normalised): no name of a decision's maker runs past one.
RELATIVE_PRONOUNS = frozenset({"الذي", "التي", "اللذين", "اللتين", "اللذان", "اللتان", "الذين", "اللاتي",
                               "اللواتي"})
#: Nouns of deciding (normalised bases) whose maker may stand between them and the verbal noun.
DECISION_NOUNS = frozenset({"قرار", "قرارات"})
#: Prepositions of topic (normalised): what follows one is spoken or decided about (بشأن، حول، بخصوص).
TOPIC_PREPOSITIONS = frozenset({"بشان", "حول", "بخصوص"})
#: How many words may name the maker of a decision between قرار and the verbal noun decided on.
DECIDER_WORDS = 5
#: أن "that" with its pronouns (normalised): a clause, no subject, follows the verb before it.
_THAT = frozenset({"ان", "انه", "انها", "انهم", "انهما", "بان", "بانه", "بانها", "لان"})
#: Verbs of deciding, trying, wanting, going on and announcing (normalised; ـت/ـوا forms too) whose object
#: is a verbal noun: قررت روسيا طرد 23 دبلوماسيا.
_DECIDING_VERBS = frozenset({"قرر", "قررت", "قرروا", "يقرر", "تقرر", "اعتزم", "اعتزمت", "يعتزم", "تعتزم",
                             "حاول", "حاولت", "يحاول", "تحاول", "اعلن", "اعلنت", "يعلن", "تعلن", "واصل",
                             "واصلت", "يواصل", "تواصل",
                             "اراد", "ارادت", "ارادوا", "يريد", "تريد", "يريدون"})  # أراد الناتو قتل القذافي


def _accusative_nisba(tok: Token, nxt: Token) -> bool:
    """Whether an indefinite accusative nisba adjective follows a word in the accusative alif
    (تحالفا مصريا "an Egyptian alliance", not the dual "they two allied"); not a verb whose alif
    is its root's (ودعا روسيا)."""
    return tok.norm.endswith("ا") and not tok.norm.endswith("وا") and not tok.enclitic and len(tok.base) >= 5 \
        and nxt.kind == "word" \
        and len(nxt.norm) >= 4 and nxt.norm.endswith("يا") and not nxt.has_article and not nxt.proclitics \
        and not nxt.enclitic


#: Adverbs in the accusative alif (normalised) that stand between a verb and its arguments
#: (اتفقا مجددا، قال حاليا); ``arguments.SKIPPABLE`` holds them too. Not دائما, which after an
#: indefinite accusative is the adjective "permanent" (حظرا دائما), no "always".
ADVERBS_IN_AN = frozenset({"ايضا", "مجددا", "رسميا", "حاليا", "سابقا", "لاحقا", "اخيرا", "موخرا", "فورا",
                           "تقريبا", "جدا", "نهارا", "ليلا", "صباحا", "ظهرا", "عمدا", "معا", "سويا",
                           "فجرا", "عصرا"})
#: Those and more adverbs in the accusative alif, which follow verbs as readily as nouns.
_ADVERBS_AFTER_VERBS = ADVERBS_IN_AN | {"جميعا", "كثيرا", "قليلا", "تماما", "نهاييا", "جزييا", "شخصيا",
                                        "علنا", "سرا", "اولا", "ثانيا", "احيانا", "غالبا"}


#: Adjectives (normalised) that describe an act's manner and follow its verbal noun, never a verb:
#: قصف جوي، قصف مدفعي، قصف صاروخي is no verb "bombed".
_MANNER_ADJECTIVES = frozenset({"جوي", "جويه", "مدفعي", "مدفعيه", "صاروخي", "صاروخيه", "عنيف", "عنيفه",
                                "مكثف", "مكثفه", "دامي", "داميه", "مزدوج", "مزدوجه", "منسق", "منسقه",
                                "متبادل", "متبادله", "عشوايي", "عشواييه"})


def _manner_adjective(nxt: Token) -> bool:
    """Whether ``nxt`` is a bare adjective of manner (:data:`_MANNER_ADJECTIVES`), so that the word
    before it is the verbal noun it describes (قصف جوي ومدفعي تركي ضد داعش)."""
    return nxt.kind == "word" and not nxt.proclitics and not nxt.enclitic and nxt.norm in _MANNER_ADJECTIVES


def _accusative_adjective(tok: Token, nxt: Token) -> bool:
    """Whether an indefinite accusative adjective that is no actor follows a word of four letters
    or more in the accusative alif (دعما كبيرا "great support", not "they two supported")."""
    return tok.norm.endswith("ا") and not tok.norm.endswith("وا") and not tok.enclitic and not tok.proclitics \
        and len(tok.base) >= 4 and nxt.kind == "word" and len(nxt.norm) >= 4 and nxt.norm.endswith("ا") \
        and not nxt.norm.endswith(("وا", "اا")) and not nxt.has_article and not nxt.proclitics and not nxt.enclitic \
        and nxt.norm not in _ADVERBS_AFTER_VERBS  # (اشتبكا أيضا، التقيا مجددا: adverbs follow verbs)


#: Short vowels and the nunation of the nominative and genitive (not the accusative's ً, which
#: news writes on the alif, nor the shadda).
_VOWELS = frozenset("\u064c\u064d\u064e\u064f\u0650\u0652")


def _vocalised(tok: Token) -> bool:
    """Whether a word is written with two short vowels or more (قَتَلَ، يُصِبْ): news leaves its
    words unvowelled but for one mark (قُتل); a fully vowelled word is scripture, a hadith or a
    verse quoted in a sermon."""
    return not _VOWELS.isdisjoint(tok.text) and sum(ch in _VOWELS for ch in tok.text) >= 2


def _third_form_defective(past: str) -> bool:
    """A defective verb of the forms فاعل or تفاعل (قاضى، نادى، تفادى): its past ends in ى and its
    passive is written with و (قوضي), so no form of it ends in ي in the past."""
    return past.endswith("ى") and ((len(past) == 4 and past[1] == "ا")
                                   or (len(past) == 5 and past[0] == "ت" and past[2] == "ا"))


def _noun_written(tok: Token, hits: _Hits) -> bool:
    """Whether the spelling shows a noun where a verb of the lexicon also reads: a stem written
    with إ (hamza under the alif) opens a verbal noun (وإدانتهم، إطلاق), never a verb in the past
    or present; and a stem in ت with a pronoun, where the verb would be in the first or second
    person only, is a noun's ta marbuta (كرر دعوته "his call", not "I called him"); a plural in
    ى with a pronoun reads as a dual verb only (قتلاهم، جرحاهم); a word in ي where the verb is a
    defective of the forms فاعل/تفاعل (past in ى, passive with و: قوضي) is a noun (قاضي "judge",
    نادي "club"; not ألقي, the passive of ألقى)."""
    stem = next((s.text for s in tok.segments if s.kind == "stem"), tok.text)
    if stem.startswith("إ"):
        return True
    pgns = {pgn for _, readings, _ in hits.verbs for _, pgn in readings}
    if not tok.enclitic and stem.endswith("ي") and hits.verbs and all(
            _third_form_defective(e.label.split("/")[0]) and all(tense == "past" for tense, _ in readings)
            for e, readings, _ in hits.verbs):
        return True  # قاضي المحكمة "the judge": the past قاضى "sued" is written with ى
    if tok.enclitic and pgns and pgns <= {"3md", "3fd"}:
        return True  # جثث قتلاهم "their dead" (قتلى + هم), not "the two killed them"
    return bool(tok.enclitic) and stem.endswith("ت") and not any(pgn[0] == "3" for pgn in pgns)


def _prayer(tokens: Sequence[Token], i: int) -> bool:
    """أيده الله، حفظه الله، نصره الله: a verb with God for its subject right after it is a prayer
    ("may God support him"), and a verb written before الله is often the first word of a name (نصر
    الله، فتح الله غولن): no act of anyone in the news. A noun of asking before الله is a prayer
    to God (داعيا الله أن يحفظه)."""
    return i + 1 < len(tokens) and tokens[i + 1].norm == "الله" and not tokens[i + 1].proclitics


def _let_us(tokens: Sequence[Token], i: int) -> bool:
    """دعونا نسأل، دعنا نتذكر: the imperative "let us" before a verb of the first person plural,
    or "leave aside" before من (دعونا من كوريا الجنوبية), not "we called" (دعونا الحكومة إلى الحوار)."""
    tok = tokens[i]
    if not (tok.base == "دعونا" or (tok.base == "دع" and tok.enclitic == "نا")) or i + 1 >= len(tokens):
        return False
    nxt = tokens[i + 1]
    if nxt.norm == "من":
        return True
    return nxt.kind == "word" and nxt.norm.startswith("ن") and len(nxt.norm) >= 3 and not nxt.has_article


def _accusative_pair(prev: Token, tok: Token) -> bool:
    """An indefinite accusative noun and an adjective agreeing with it (نفيا قاطعا، رفضا قاطعا):
    both end in the tanween alif, with no clitic on either (جهودها وتعاونها are pronouns), and the
    second is no plural verb (سوريا طلبوا) and no three-letter defective verb, whose alif is its
    root (أوباما دعا، كوستا نجا: a name in ا before "he called", "he survived")."""
    return (len(tok.norm) >= 5 and tok.norm.endswith("ا") and prev.norm.endswith("ا") and not tok.norm.endswith("وا")
            and prev.kind == "word" and tok.kind == "word" and len(prev.base) >= 4 and not prev.has_article
            and all(s.kind == "stem" for s in prev.segments) and all(s.kind == "stem" for s in tok.segments))


#: Particles (normalised) after which a bare مثل is the verb مثّل "represented" (الذي مثل بلاده،
#: وقد مثل أمام المحكمة), not the preposition "like, such as".
_BEFORE_REPRESENTED = frozenset({"الذي", "التي", "الذين", "قد", "لقد", "وقد", "فقد", "كما", "حيث", "عندما",
                                 "بعدما", "حينما", "حين", "لما", "ما"})


def _such_as(tokens: Sequence[Token], i: int) -> bool:
    """Whether a bare مثل is the preposition "like, such as" (ووكلائها مثل حزب الله، دول مثل
    روسيا، ، مثل إيران): unless a particle that opens a verb's clause stands before it."""
    tok = tokens[i]
    if tok.norm != "مثل" or tok.proclitics or tok.enclitic:
        return False
    return i == 0 or tokens[i - 1].norm not in _BEFORE_REPRESENTED


#: "Thanks" (normalised), the accusative masdar said as a word of thanks.
_THANKS = "شكرا"
#: لـ with the pronouns of those thanked (normalised).
_TO_YOU = frozenset({"لك", "لكم", "لكما", "لكن", "له", "لها", "لهم", "لهما"})


def _thanks(tokens: Sequence[Token], i: int) -> bool:
    """Whether a bare شكرا is the word of thanks, no dual verb "they two thanked": at the end of
    its phrase or before لـ (شكرا لكم، شكرا للرئيس), where the verb would take its object."""
    tok = tokens[i]
    if tok.norm != _THANKS or tok.proclitics or tok.enclitic:
        return False
    if i + 1 >= len(tokens) or tokens[i + 1].kind != "word":
        return True
    nxt = tokens[i + 1]
    return nxt.proclitics[:1] == ("ل",) or nxt.norm in _TO_YOU


#: Adverbs of place that govern a noun (أمام أعين كيم "before Kim's eyes", not أعين "I help").
_PLACE_ADVERBS = frozenset({"امام", "وراء", "خلف", "تحت", "فوق", "وسط",  # (وسط قصف مكثف: "amid")
                            # directions in the construct state (شمالي سجن كهريزك، جنوب مطار بغداد;
                            # not غربي، شرقي, mostly "Western, Eastern": دبلوماسي غربي قتل)
                            "شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي",
                            # near, inside, outside, between (قرب سجن عوفر: "near Ofer prison", no سجن
                            # "imprisoned"; داخل سجن، بين قتل)
                            "قرب", "داخل", "خارج", "بين"})
#: Forms of وقف "to stand" (normalised bases), after which خلف/وراء is "behind" (الوقوف خلف الهجوم).
_STANDING = frozenset({"وقوف", "يقف", "تقف", "يقفون", "يقفان", "تقفان", "وقف", "وقفت", "وقفوا",
                       "واقف", "واقفه", "واقفين", "واقفون"})
#: "In a … way": the word after one is an adjective (بشكل قاطع، بصورة مباشرة), never a verb.
MANNER_NOUNS = frozenset({"بشكل", "بصوره", "بطريقه"})

#: Nouns whose complement is a verbal noun (عملية خطف، محاولة اغتيال، بتهمة قتل، جريمة قتل، في إطار
#: دعم): the word after one, when it has no article, is its genitive, not a verb.
_MASDAR_HEADS = frozenset({"عمليه", "عمليات", "محاوله", "محاولات", "جريمه", "جرايم", "حادث", "حادثه",
                           "حوادث", "تهمه", "تهم", "قضيه", "قضايا", "اجراءات", "اجراء",
                           "وجود",  # (عدم وجود فرق بين: "a difference", no فرّق)
                           # nouns of a frame, always in the construct state (في إطار دعم الأهالي)
                           "اطار", "سياق", "سبيل",
                           # of cause and aim, bare or after بـ (نتيجة رفض أميركا، بهدف دعم، بحجة
                           # مواجهة، بذريعة حماية، بدعوى)
                           "نتيجه", "هدف", "حجه", "ذريعه", "دعوي"})  # fmt: skip
_MASDAR_ENDINGS = tuple(_MASDAR_HEADS)  # a cheap test on the surface before the base is computed


#: Particles that put a present verb in the jussive (as written, with a conjunction or not).
_JUSSIVE_PARTICLES = frozenset(c + p for c in ("", "و", "ف") for p in ("لم", "لما"))
#: Words of news (normalised) that, after لم ترد / لم يرد, make the verb ورد "came in" (لم ترد
#: معلومات عن إصابات "no reports came in"), no jussive of أراد "want" or ردّ "answer".
_NEWS_WORDS = frozenset(normalize(w) for w in (
    "معلومات", "أنباء", "تقارير", "تفاصيل", "أخبار", "إشارة", "أرقام", "حصيلة", "بيانات", "تعليقات"))


def _news_after(tokens: Sequence[Token], i: int) -> bool:
    """Whether a word of news follows token ``i``, past أي "any" (لم ترد أي معلومات)."""
    k = i + 1
    if k < len(tokens) and tokens[k].norm == "اي":
        k += 1
    return k < len(tokens) and tokens[k].norm in _NEWS_WORDS


def _clipped(tok: Token, entry: EventEntry) -> bool:
    """Whether ``tok`` is the jussive of a defective verb of the 3rd person singular, its last
    letter dropped (يدع، تدع for يدعو; يلق for يلقي), which only a jussive particle allows."""
    parts = entry.label.split("/")
    if len(parts) < 2:
        return False
    present = normalize(parts[1].split()[0])
    if len(present) < 4 or present[-1] not in "يىو":
        return False
    word = tok.norm[len("".join(p for p in tok.proclitics if p in ("و", "ف"))):]
    return word[:1] in ("ي", "ت") and word[1:] == present[1:-1]


def _jussive(lex: EventLexicon, tok: Token) -> list[tuple[EventEntry, frozenset[Reading]]]:
    """The hollow verbs whose short jussive the token is (without a future prefix: لم سيقل is no form)."""
    for key, prefix in token_keys(tok).verb:
        if prefix:
            continue
        hits = lex.jussive.get(key)
        if hits:
            return [(vh.entry, vh.readings) for vh in hits]
    return []


_FRONTED_REACH = 2  # words (adjectives) between a fronted noun and the verb that resumes it


def _fronted_object(lex: EventLexicon, tokens: Sequence[Token], i: int, entry: EventEntry) -> int | None:
    """The index of the noun of a two-word expression of attack standing before its verb, when the
    verb at ``i`` carries a pronoun resuming it and only a few words of no expression (its
    adjectives) stand between (صاروخا باليستيا أطلقته ميليشيا الحوثي، صواريخ أطلقها الحوثيون): an
    indefinite noun, with no article, described by the clause the verb opens. Not a noun that is an
    event of its own (قذيفة أطلقتها: the shell's own reading keeps its author and its victims), nor
    past a relative pronoun (اتفاقية أوسلو التي وقعتها: an agreement recalled, no new one)."""
    tok = tokens[i]
    if entry.event_type != "ASSAULT" or len(entry.words) != 1 or entry.pronoun_words or tok.enclitic not in _RESUMING:
        return None
    for j in range(i - 1, max(-1, i - 2 - _FRONTED_REACH), -1):
        prev = tokens[j]
        if prev.kind != "word" or prev.norm in RELATIVE_PRONOUNS:
            return None
        hits = _lookup(lex, prev)
        if entry.words[0] & token_keys(prev).noun:
            return j if not prev.has_article and not (set(prev.proclitics) & {"و", "ف"}) and not hits.nouns else None
        if prev.has_article or prev.proclitics or hits:
            return None  # (not past a definite noun, a word with a clitic or another expression's word)
    return None


def find_triggers(lex: EventLexicon, tokens: Sequence[Token], offset: int,
                  inside: frozenset[int] = frozenset()) -> list[Trigger]:
    """All candidate triggers of a sentence (``tokens`` start at document index ``offset``),
    overlaps resolved, in text order. ``inside``: the document indexes of the words of actor
    mentions after their first: a name counts as one word between the parts of an expression,
    and no expression starts inside one (تحالف دعم الشرعية … عملية is no دعم … عملية), nor is a
    word inside one read as a verb (صحفي اردني: no أردّني)."""
    cands: list[Trigger] = []
    stop = offset + len(tokens)
    for i, tok in enumerate(tokens):
        if tok.kind != "word" or _vocalised(tok) or tok.norm in ADVERBS_IN_AN:
            continue  # (قَتَلَ النَّاسَ، ما لم يُصِبْ دمًا: scripture, a sermon or verse quoted, no news;
            # فجرا "at dawn", no فجّرا "they two bombed")
        if i and tokens[i - 1].norm in _JUSSIVE_PARTICLES and not _news_after(tokens, i):
            # لم يقل، لم تستطع: a hollow verb's jussive (not لم ترد معلومات: no news came in)
            for entry, readings in _jussive(lex, tok):
                cands.append(Trigger(entry, offset + i, (offset + i,), "verb", readings))
        hits = _lookup(lex, tok)
        if not hits or _specification(tokens, i) or _second_place(tokens, i):
            continue
        idx = offset + i
        purpose = tok.proclitics == ("ل",)
        statistic = _rate_of(tokens, i)  # (بنسبة رفض: neither a verb nor an event noun)
        for entry, readings, future in () if idx in inside else hits.phrases:  # تحالف دعم الشرعية … عملية
            tail = _match_tail(lex, tokens, offset, idx, stop, entry.words,
                               0 if "tight" in entry.flags else _MAX_FIRST_GAP if readings else _MAX_GAP,
                               inside, entry.pronoun_words)
            if tail is None and readings and (fronted := _fronted_object(lex, tokens, i, entry)) is not None:
                # صاروخا باليستيا أطلقته ميليشيا الحوثي: the expression's noun before its verb, which
                # resumes it with a pronoun (an indefinite noun's describing clause)
                cands.append(Trigger(entry, idx, (idx, offset + fronted), "verb", readings, future=future))
                continue
            if tail is None or ("state_present" in entry.flags and not _b_kept(entry, tokens, tail, offset)):
                continue
            if readings and (_after_preposition(tokens, i) or tok.has_article or "ب" in tok.proclitics
                             or _object_with_lam(entry, tokens, tail, offset)
                             or (purpose and all(r[0] == "past" for r in readings) and _after_undergoing(lex, tokens, i))
                             or _reported_masdar(lex, tokens, i, hits, inside, offset, phrase=True)
                             or _requested_conjunct(lex, tokens, i)):
                # في تبادل لإطلاق النار، للتوصل إلى اتفاق، بفرض عقوبات: the verbal noun (no verb takes
                # the article or بـ; تعرضت فنزويلا لفرض عقوبات: nor لـ before a past form)
                if "state_present" in entry.flags:
                    continue  # (an expression read only as its past verb: من بسط سيطرته)
                readings, future = frozenset(), False
            if readings and "state_present" in entry.flags and _after_finite_verb(lex, tokens, i):
                continue  # نفذت السلطات حكم الإعدام، أيدت المحكمة حكم الإعدام: the noun a verb governs
            pos = "verb" if readings else "noun"
            cands.append(Trigger(entry, idx, (idx, *tail), pos, readings, future=future,
                                 passive=pos == "verb" and (
                                     (_passive_written(tok, entry)
                                      and not any(r[0] == "pres" and r[1][0] != "1" for r in readings))
                                     or _damma_passive(tok, entry)),  # (وُجهت لهم تهمة، فُرضت عقوبات)
                                 purpose=pos == "noun" and purpose))
        if not _after_preposition(tokens, i) and not _let_us(tokens, i) and not _after_inna(lex, tokens, i) \
                and not (i and tokens[i - 1].norm in _EXISTENTIALS) \
                and not (tok.norm in MANNER_ACCUSATIVES | _NOUN_ACCUSATIVES and not tok.proclitics) \
                and not _after_governing_verb(lex, tokens, i, idx - 1 in inside) \
                and not _reported_masdar(lex, tokens, i, hits, inside, offset) \
                and not _resumed(lex, tokens, i, hits) and not _dawn(tokens, i) and not _prayer(tokens, i) \
                and not _such_as(tokens, i) and not _thanks(tokens, i) \
                and not (hits.nouns and (_parallel_noun(lex, tokens, i) or _joined_masdar(lex, tokens, i))) \
                and not (hits.nouns and _requested_conjunct(lex, tokens, i)) and not _decisive(tokens, i):
            decided = _after_decision(tokens, i) or (idx - 1 not in inside and _after_finite_verb(lex, tokens, i))
            described = i + 1 < len(tokens) and (_accusative_nisba(tok, tokens[i + 1]) or (
                idx + 1 not in inside and _accusative_adjective(tok, tokens[i + 1]))
                or (hits.nouns and _manner_adjective(tokens[i + 1])))
            # (a word inside an actor's name is no verb: صحفي اردني "Jordanian", not أردّني)
            hamza_end = tok.text.rstrip(VOWEL_MARKS).endswith("أ")
            lam_next = tok.norm.endswith("ا") and not tok.norm.endswith("تا") and not tok.enclitic \
                and i + 1 < len(tokens) and tokens[i + 1].proclitics[:1] == ("ل",)  # (not تعرضتا لاعتداء)
            for entry, readings, future in () if _noun_written(tok, hits) or idx in inside or described \
                    or _quoted_name(tokens, i) or _quoted_alone(tokens, i) or statistic \
                    or (i > 0 and tokens[i - 1].base in DONE and hits.nouns) or _ministry(tok) else hits.verbs:
                if hamza_end:  # لا نفتأ "we keep on": a final أ is a hamza, no dual alif (نفتا "they two denied")
                    readings = frozenset(r for r in readings if r[1] not in ("3md", "3fd"))
                    if not readings:
                        continue
                if lam_next and entry.event_type and "ل" not in entry.target:
                    # دعما للحكومة "in support of the government": a verb that takes no لـ is no past
                    # dual before one, but the verbal noun in the accusative (دعا لعقد اجتماع stays
                    # دعا; لم ينفجرا لأسباب تقنية, a present, stays a verb)
                    readings = frozenset(r for r in readings if r[0] != "past" or r[1] not in ("3md", "3fd"))
                    if not readings:
                        continue
                if decided:  # قرار نقل السفارة: the verbal noun; قرار يطالب: a clause describing it
                    readings = frozenset(r for r in readings if r[0] != "past")
                    if not readings:
                        continue
                if _clipped(tok, entry) and not (i and tokens[i - 1].norm in _JUSSIVE_PARTICLES):
                    continue  # لن يدع إيران تمتلك: "let" (ودع); only لم يدع is دعا's jussive
                if _new_plural(tokens, i):
                    continue  # نازيون جدد، أعضاء جدد: "new", the adjective, no verb of renewing
                if "needs_prep" in entry.flags and not prep_follows(tokens, i, entry):
                    continue  # اعتدت أن أعمل "I got used to", قمة تجمع الرئيسين "brings together"
                if "preposition_too" in entry.flags and not _verb_not_preposition(tokens, i, offset, inside):
                    continue  # كشفت الشرطة عبر صفحتها على تويتر عن: "via", no عبّر "expressed"
                if _madda_name(tok, entry):
                    continue  # زوجته آيدا: a name written with آ, no أيّدا "they two supported"
                if tok.norm == _STUDENT and not tok.proclitics and i + 1 < len(tokens) \
                        and tokens[i + 1].kind == "word" and not tokens[i + 1].has_article \
                        and tokens[i + 1].norm.endswith("ي") and len(tokens[i + 1].norm) >= 4:
                    continue  # أبحاث طالب سعودي: a Saudi student, no one demanding
                cands.append(Trigger(entry, idx, (idx,), "verb", readings, future=future,
                                     passive=_damma_passive(tok, entry)))
        for entry in () if (i and tokens[i - 1].norm == _IN_THE_NAME_OF) or _assistant_of(tokens, i) \
                or (tok.norm in MANNER_ACCUSATIVES and not tok.proclitics) or statistic else hits.nouns:
            if entry.event_type == "REQUEST" and _prayer(tokens, i):
                continue  # داعيا الله أن يحفظه، دعاء الله: a prayer, no one asked
            if _nisba_only(lex, tok, entry):
                continue  # مسؤول تنفيذي، سلاح هجومي: the adjective, no "my execution", "my attack"
            # (قتل عشرة صيادين ذبحا: the manner of the killing, no second event)
            # (المتحدث باسم تحالف "دعم الشرعية": the name of a body, no alliance made)
            cands.append(Trigger(entry, idx, (idx,), "noun", purpose=purpose))
    return _resolve(cands)


#: Prepositions a verb of the lexicon is spelled like (normalised): عبر "via", عبّر "expressed".
_PREPOSITION_SPELLINGS = frozenset({"عبر"})
#: لـ with a pronoun (normalised): عبرت له عن.
_LAM_PRONOUNS = frozenset({"له", "لها", "لهم", "لهما", "لهن", "لي", "لنا", "لك", "لكم"})


def _verb_not_preposition(tokens: Sequence[Token], i: int, offset: int, inside: frozenset[int]) -> bool:
    """Whether a word spelled like a preposition (عبر "via", flag ``preposition_too``) reads as the
    verb (عبّر "expressed"): inflected (عبرت، يعبر، عبرا), or followed at once by its own عن, a
    pronoun with لـ (عبرت له عن), a time or a comma (عبر الاثنين عن), an actor's name of several
    words (عبر الرئيس الفرنسي عن) or a bare word (a name or a title in the construct: عبر ماكرون عن،
    عبر وزير الخارجية عن); the preposition governs a definite noun (عبر صفحتها، عبر الهاتف)."""
    tok = tokens[i]
    if tok.base not in _PREPOSITION_SPELLINGS:
        return True  # (عبرت، يعبرون: inflected, no preposition)
    if tok.enclitic is not None or i + 1 >= len(tokens):
        return False  # (تمر عبره "through it": the preposition with its pronoun)
    nxt = tokens[i + 1]
    if nxt.kind == "punct":
        return nxt.text in COMMAS
    if nxt.base == "عن" or nxt.norm in _LAM_PRONOUNS or nxt.norm in _DAYS or offset + i + 2 in inside:
        return True
    return not nxt.proclitics and nxt.enclitic is None


#: Words after a verb flagged needs_prep within which its preposition must stand (past a VSO subject).
PREP_REACH = 8


def prep_follows(tokens: Sequence[Token], i: int, entry: EventEntry) -> bool:
    """Whether one of the entry's target prepositions (with a pronoun or not) stands within
    :data:`PREP_REACH` words after the verb at ``i``, past its subject and a time in commas if
    need be (اعتدت بالضرب على، اعتدى عليها، اعتدى مسلحون من ميليشيات الحوثي، الأربعاء، على مسيرة،
    تجمع مئات من الأقباط أمام الكاتدرائية), and before any عن (لن تثني السودان عن دوره: "deter")."""
    preps = set(entry.target) - {"obj"}
    words = 0
    for tok in tokens[i + 1:]:
        if tok.kind == "punct":
            continue
        if tok.base in preps or preps.intersection(tok.proclitics):
            return True  # (على، أمام; بـ and لـ on their noun: أمر باعتقال)
        if tok.base == "عن":
            return False  # لن تثنيه عن: ثنى عن "deterred", no أثنى على "praised"
        words += 1
        if words >= PREP_REACH:
            break
    return False


def _nisba_only(lex: EventLexicon, tok: Token, entry: EventEntry) -> bool:
    """Whether a noun entry reads on a word ending in ي only as that noun with the pronoun "my",
    where the tokeniser split off no pronoun (تنفيذي، هجومي، احتجاجي، انتقامي): a nisba adjective
    ("executive", "offensive"); news says "my …" of an event in quotations only, and the tokeniser
    splits the pronoun where the spelling shows it (زيارتي)."""
    base = tok.base  # (written ي, not the ى of a plural that normalises alike: قتلى)
    return tok.enclitic is None and tok.text.rstrip(VOWEL_MARKS).endswith("ي") and len(base) >= 4 \
        and entry not in lex.nouns.get(base, ()) and entry in lex.nouns.get(base[:-1], ())


#: Nouns of a rate or share (normalised bases): the verbal noun in their genitive is a statistic, no
#: event (بنسبة رفض 88 في المائة، معدلات رفض متدنية، معدل الاعتقالات).
_RATES = frozenset(normalize(w) for w in ("نسبة", "نسب", "معدل", "معدلات"))


def _rate_of(tokens: Sequence[Token], i: int) -> bool:
    """Whether token ``i`` is in the genitive of a noun of rate: right after it, that noun in the
    construct state (no article, no pronoun; a preposition on it is allowed: بنسبة رفض)."""
    if i == 0 or tokens[i].enclitic or set(tokens[i].proclitics) - {"ال"}:
        return False
    prev = tokens[i - 1]
    return prev.kind == "word" and prev.base in _RATES and not prev.has_article and not prev.enclitic


def _madda_name(tok: Token, entry: EventEntry) -> bool:
    """Whether the word is written with آ where the verb has أ (آيدا، آمنة): no form of that verb
    (أيّد، أمّن) starts so."""
    stem = tok.text[len("".join(tok.proclitics)):] if tok.proclitics and tok.text.startswith("".join(tok.proclitics)) \
        else tok.text
    return stem.startswith("آ") and entry.label.startswith("أ")


#: طالب "demanded", spelled like طالب "student".
_STUDENT = "طالب"
#: جدد "renewed", spelled like جُدد "new" (the plural adjective).
_NEW_PLURAL = "جدد"


def _new_plural(tokens: Sequence[Token], i: int) -> bool:
    """Whether جدد with no clitic follows an indefinite plural noun (نازيون جدد، أعضاء جدد،
    مستوطنين جدد): the adjective "new"."""
    tok = tokens[i]
    if tok.norm != _NEW_PLURAL or tok.proclitics or tok.enclitic or i == 0:
        return False
    prev = tokens[i - 1]
    return prev.kind == "word" and not prev.has_article and not prev.enclitic and len(prev.norm) >= 4 \
        and prev.norm.endswith(("ون", "ين", "اء"))


def _rank(t: Trigger) -> tuple[int, int, int, int, int]:
    kind = {"phrase": 0, "verb": 1, "noun": 2}[t.entry.kind]
    # أصيب is the passive "was hit" (3rd person) far more often in news than "I hit" (أصاب,
    # 1st person present): on one token, a verb reading in the 3rd person goes first.
    speaker = 1 if t.readings and not any(pgn[0] == "3" for _, pgn in t.readings) else 0
    # of two phrases on the same words, one that asks for a pronoun (استدعى سفير+) is the more precise
    return (-len(t.tokens), kind, -len(t.entry.pronoun_words), t.head, speaker)


def _resolve(cands: list[Trigger]) -> list[Trigger]:
    """Keep the longest non-overlapping candidates; on one token a verb reading beats a noun
    reading (verbs are only looked up on tokens without the article)."""
    taken: dict[int, Trigger] = {}
    kept: list[Trigger] = []
    for t in sorted(cands, key=_rank):
        if any(i in taken for i in t.tokens):
            continue
        for i in t.tokens:
            taken[i] = t
        kept.append(t)
    return sorted(kept, key=lambda t: t.head)
