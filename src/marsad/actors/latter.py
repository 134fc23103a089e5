""""The latter" (الأخير، الأخيرة): the actor named last before it.

News names two parties and then refers to the second as الأخير (masculine) or الأخيرة (feminine):
التقى بوتين بأردوغان، وأكد الأخير …; تلقى ترامب رسالة من كيم، يطلب فيها الأخير …; ذكرت تقارير أن
الأخيرة رفضت (a country). :func:`latter_mentions` turns each such word into a mention of the actor
named last before it, in its sentence or the one before, that agrees with it: for الأخير a person
not known to be a woman, for الأخيرة a woman, a country, a capital, an organisation or a body or
force not known to be a man; not where a
definite noun that is no actor stands between them (بين العاهل السعودي والكاردينال الفرنسي، … قام
بها الأخير: the cardinal is the latter, and no actor).

The same words are also the adjective "last" (زيارته الأخيرة، الأسبوع الأخير، قرار نتنياهو الأخير،
السنوات العشر الأخيرة، قبل الأخير). The word is read as "the latter" only where no noun it could
describe stands right before it: the word before is no actor, carries no article, no pronoun (but
that of a preposition: فيها الأخير), is no number and no word of time, and is not قبل/بعد
(penultimate); and it is not "the last of its kind" (الأخير من نوعه).
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import replace

from marsad.actors.matcher import token_span
from marsad.model import Mention, Sentence, Token
from marsad.text import normalize

#: The two words' bases (normalised, without the article), with the gender each agrees with.
_LATTER = {normalize("أخير"): "m", normalize("أخيرة"): "f"}
#: Words before which the adjective reading is the only one (normalised bases): time, order and
#: counting (السنوات العشر الأخيرة، قبل الأخير، المرة الأخيرة).
_NOT_BEFORE = frozenset(normalize(w) for w in (
    "قبل", "بعد", "ما", "سنوات", "سنة", "سنين", "عام", "أعوام", "عاما", "أشهر", "شهور", "شهر", "شهرا",
    "أسابيع", "أسبوع", "أيام", "يوم", "يوما", "ساعات", "ساعة", "دقائق", "مرة", "مرات", "عقود", "عقد",
    "فترة", "آونة", "لحظة", "لحظات", "مراحل", "مرحلة", "جولة", "جولات", "نسخة", "دورة", "حلقة",
))
#: Prepositions (normalised bases) whose pronoun may stand right before "the latter" (فيها الأخير).
_PREPOSITIONS = frozenset(normalize(w) for w in ("في", "على", "إلى", "من", "عن", "ل", "ب", "مع", "لدى", "عند"))
#: "Of its kind" after من (الأخير من نوعه): the adjective.
_KIND = frozenset(normalize(w) for w in ("نوعه", "نوعها"))
#: Endings of a nisba adjective's base (normalised: السياسي، الانتخابية).
_NISBA_ENDINGS = ("ي", "يه")
#: What الأخيرة may resume besides a woman: a state, a capital, an organisation or a body or force
#: (قوات الشرعية، الحكومة: a thing's plural agrees in the feminine singular).
_FEMALE_KINDS = frozenset({"country", "capital", "org", "sector"})


def _anaphoric(tokens: Sequence[Token], i: int, covered: frozenset[int]) -> bool:
    """Whether the word at ``i`` reads as "the latter" rather than as the adjective "last"."""
    tok = tokens[i]
    if tok.proclitics[-1:] != ("ال",) or tok.enclitic:
        return False
    if i + 2 < len(tokens) and tokens[i + 1].norm == "من" and tokens[i + 2].norm in _KIND:
        return False
    if i == 0 or tokens[i - 1].kind == "punct":
        return True
    prev = tokens[i - 1]
    if prev.kind != "word" or i - 1 in covered or prev.has_article or prev.base in _NOT_BEFORE \
            or prev.norm in _NOT_BEFORE:
        return False
    return not prev.enclitic or prev.base in _PREPOSITIONS


def latter_mentions(text: str, tokens: Sequence[Token], sentences: Sequence[Sentence],
                    mentions: Sequence[Mention]) -> list[Mention]:
    """Mentions for "the latter" (الأخير، الأخيرة), each the actor named last before it in its
    sentence or the one before that agrees with it (``mentions`` in text order)."""
    out: list[Mention] = []
    words = [(i, g) for i, tok in enumerate(tokens) if tok.kind == "word" and (g := _LATTER.get(tok.base))]
    actors = [m for m in mentions if m.actor is not None]
    if not words or not actors:
        return out  # (most documents: nothing more is built for them)
    ends = [m.end for m in actors]
    tok_starts = [t.start for t in tokens]
    covered = frozenset(k for m in mentions for k in range(  # (places too: مواجهات غزة الأخيرة)
        max(0, bisect.bisect_right(tok_starts, m.start) - 1), bisect.bisect_left(tok_starts, m.end)))
    starts = [s.start for s in sentences]
    for i, gender in words:
        tok = tokens[i]
        if i in covered or not _anaphoric(tokens, i, covered):
            continue
        s = bisect.bisect_right(starts, tok.start) - 1
        floor = sentences[max(0, s - 1)].start if s >= 0 else 0
        k = bisect.bisect_right(ends, tok.start) - 1
        while k >= 0 and actors[k].start >= floor:
            a = actors[k].actor
            assert a is not None
            if (gender == "m" and a.kind == "person" and a.gender != "f") or (
                    gender == "f" and a.gender != "m" and (a.kind in _FEMALE_KINDS or (a.kind == "person" and a.gender == "f"))):
                if _noun_between(tokens, bisect.bisect_left(tok_starts, actors[k].end), i, covered):
                    break  # (بين العاهل السعودي والكاردينال الفرنسي … الأخير: the cardinal, no actor)
                start, end = token_span(tok)
                out.append(Mention(text[start:end], start, end, actors[k].label, "coref",
                                   replace(a, text=text[start:end], start=start, end=end)))
                break
            k -= 1
    return out


def _noun_between(tokens: Sequence[Token], lo: int, hi: int, covered: frozenset[int]) -> bool:
    """Whether a definite noun that is no actor and no nisba adjective stands between tokens ``lo``
    and ``hi``: the latter may be that noun rather than the actor before it (سيطرة النظام، بدأ
    الأخير: the regime; not برنامج ترمب الانتخابي، ويرفض الأخير)."""
    for j in range(lo, hi):
        t = tokens[j]
        if t.kind == "word" and j not in covered and t.has_article and not t.base.endswith(_NISBA_ENDINGS):
            return True
    return False

