"""Clitic segmentation of Arabic words, decided with a corpus-derived vocabulary.

A word (in its light form, see :func:`marsad.text.normalize.light_normalize`) is read as

    [conjunction و ف] [preposition ب ك ل | future س] [article ال] stem [enclitic pronoun]

and a clitic is split off only when the word counts of ``data/vocab.tsv.gz`` (derived from 19 M
words of news by ``scripts/build_text_vocab.py``) say so:

* a form that itself takes a proclitic that could not stand before the candidate clitic is a word:
  ``الوزير`` and ``ووزير`` make ``وزير`` a word, ``لبيان`` makes ``بيان`` one;
* the remainder must be a known word (seen at least ``MIN_REST`` times) and the whole form must not
  be much more frequent than it: ``وقال`` is rarer than ``قال``, so it is و+قال, while ``وزير`` is
  1,000 times as frequent as ``زير``. The allowed ratio depends on how productive each clitic is
  (و attaches to everything, ك rarely, the enclitic ي almost never in news). It is relaxed for a
  remainder that is a common noun (ب and ل form adverbials such as ``بشكل``, ``بسبب``) and for a
  frequent form that is never seen with a proclitic of its own (``وأضافت`` opens news sentences);
* a final pronoun that gives a better-attested stem beats a proclitic (``كلهم`` is كل+هم, not ك+لهم);
* a rare form whose remainder is rare too is split after و/ف only when the remainder has the
  shape of an inflected verb (``وتنجلي``, ``واعتمروا``), since rare words are mostly names;
* the article is split unless the whole form takes the article itself (``الالتزام`` → ``التزام``),
  is a form-VIII verb of a root in ل (``التزم`` beside ``يلتزم``) or a hamza word written without
  its hamza (``المانيا``);
* an enclitic pronoun is split when the stem is a known word, the whole is not much more frequent,
  and the whole does not take the article (``العربي`` makes ``عربي`` a word, not عرب+ي).

Closed-class words and fixed phrases are listed in ``data/clitic_exceptions.tsv``. Before an
enclitic the stem gets its dictionary spelling back: ``حكومتهم`` → ``حكومة`` + ``هم``,
``مستشفاه`` → ``مستشفى`` + ``ه``, ``لقائه`` → ``لقاء`` + ``ه`` (the segment text stays the surface).
"""

from __future__ import annotations

import gzip
import logging
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from marsad.errors import LexiconError
from marsad.model import SegmentKind

log = logging.getLogger(__name__)

__all__ = ["Piece", "Segmenter", "default_segmenter", "load_exceptions", "load_vocabulary"]

VOCAB_FILE = "data/vocab.tsv.gz"
ENCLITIC_MEMO = 30_000  # forms whose enclitic analysis is remembered (bounds a long-running worker)
EXCEPTIONS_FILE = "data/clitic_exceptions.tsv"

CONJUNCTIONS = "وف"
PREPOSITIONS = "بكل"
FUTURE = "س"
IMPERFECT_PREFIXES = "يتنأ"
ARTICLE = "ال"
# Longest first, so that هما is tried before هم and ه.
ENCLITICS = ("هما", "هم", "هن", "ها", "ه", "كم", "ك", "نا", "ي")

# How much more frequent the whole form may be than its remainder for the split to be accepted.
PREFIX_RATIO: Mapping[str, float] = {"و": 3.0, "ف": 2.0, "ب": 2.0, "ل": 2.0, "ك": 0.5, "س": 3.0}
ENCLITIC_RATIO: Mapping[str, float] = {
    "هما": 3.0, "هم": 3.0, "هن": 1.0, "ها": 3.0, "ه": 3.0, "كم": 0.3, "ك": 0.1, "نا": 0.3, "ي": 0.02,
}  # fmt: skip
NOUN_BONUS = 10.0  # the ratio is multiplied by this in the relaxed cases (see the module docstring)
NOUN_BONUS_CLITICS = "بل"  # prepositions that fuse with common nouns into adverbials
FREQUENT_FORM = 50  # seen this often, a form not seen after a proclitic of its own is a clitic form
PREFIXED_SHARE = 0.02  # ... and one that is (at this share of its count) is a word
NOUN_SHARE = 0.05  # the definite form must be at least this share of the bare form to mark a noun
ENCLITIC_SHARE = 0.1  # the share of a stem's count credited to its form with a pronoun
MIN_COUNT = 2  # a stem seen fewer times than this in the corpus is not a known word
MIN_STEM = 2  # letters
MIN_REST = 5  # a word after a proclitic must be seen this often (rare names: كايسي is not ك+ايسي)
THIRD_PERSON = frozenset({"ه", "ها", "هم", "هما"})
_CLITIC_FIRST = frozenset(CONJUNCTIONS + PREPOSITIONS + FUTURE + "ا")
_ENCLITIC_LAST = frozenset(e[-1] for e in ENCLITICS)

# (start, end, kind, source): a segment as offsets into the light form; ``source`` is the light
# spelling whose normalised form is the segment's ``norm`` (``ال`` for an article written ``ل``).
Piece = tuple[int, int, SegmentKind, str]


def _data_path(name: str) -> Path:
    return Path(str(resources.files("marsad.text").joinpath(name)))


def load_vocabulary(path: Path | None = None) -> dict[str, int]:
    """Read the word-frequency list (``word<TAB>count``, gzip, ``#`` header lines)."""
    p = path or _data_path(VOCAB_FILE)
    if not p.exists():
        log.warning("text vocabulary %s is missing: clitics are split by rule only", p)
        return {}
    vocab: dict[str, int] = {}
    with gzip.open(p, "rt", encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if line.startswith("#") or not line.strip():
                continue
            word, sep, count = line.rstrip("\n").partition("\t")
            if not sep or not word or not count.isdigit():
                raise LexiconError(f"expected 'word<TAB>count', got {line.strip()[:40]!r}", where=f"{p}:{n}")
            vocab[word] = int(count)
    return vocab


def load_exceptions(path: Path | None = None) -> dict[str, tuple[str, ...]]:
    """Read the exception list: ``form<TAB>segmentation`` (pieces joined with ``+``)."""
    p = path or _data_path(EXCEPTIONS_FILE)
    out: dict[str, tuple[str, ...]] = {}
    for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1):
        if line.startswith("#") or not line.strip():
            continue
        cols = line.split("\t")
        form = cols[0].strip()
        seg = cols[1].strip() if len(cols) > 1 and cols[1].strip() else form
        pieces = tuple(seg.split("+"))
        if "".join(pieces) != form or not all(pieces):
            raise LexiconError(f"segmentation {seg!r} does not spell {form!r}", where=f"{p}:{n}")
        out[form] = pieces
    return out


def _looks_like_verb(rest: str, clitic: str) -> bool:
    """Whether a rare remainder has the shape of an inflected verb (for rare whole forms only).

    After و/ف only: an imperfect in ت/ن, a future in س, or a plural past in وا (not ي: وي- starts
    many foreign names, ويليامسون). Not after س alone, whose rare words are mostly names (سيلفيا).
    """
    if len(rest) < 4 or clitic not in CONJUNCTIONS:
        return False
    if rest[0] == FUTURE:
        return rest[1] in IMPERFECT_PREFIXES
    return rest[0] in "تن" or rest.endswith("وا")


@dataclass(frozen=True, slots=True)
class _Prefix:
    text: str
    kind: SegmentKind
    source: str


class Segmenter:
    """Splits light-form words into clitic pieces; see the module docstring for the method."""

    def __init__(self, vocabulary: Mapping[str, int], exceptions: Mapping[str, tuple[str, ...]]) -> None:
        self.vocab = vocabulary
        self.exceptions = exceptions
        self._enclitic_memo: dict[str, tuple[str, str, str] | None] = {}

    def count(self, form: str) -> int:
        """How often ``form`` (light form) was seen in the news corpus."""
        return self.vocab.get(form, 0)

    def is_word(self, form: str) -> bool:
        """Whether ``form`` is a known word (seen at least ``MIN_COUNT`` times)."""
        return self.vocab.get(form, 0) >= MIN_COUNT

    def _prefixed_count(self, form: str, clitic: str) -> int:
        """How often ``form`` is seen after a proclitic that could not precede ``clitic``.

        No article or conjunction can precede a conjunction, so ال, و, ف before ``وX`` mean that
        ``وX`` is a word (الوزير, ووزير). Before a preposition or ``س``, ال, ب, ل, ك are impossible
        (لبيان and البيان make بيان a word; no text has لبشكل).
        """
        get = self.vocab.get
        if clitic in CONJUNCTIONS:
            n = get("و" + form, 0) + get("ف" + form, 0)
        else:
            # ل before لX spells للX, which is ل + ال + X: no evidence either way.
            n = get("ب" + form, 0) + get("ك" + form, 0) + (0 if form[0] == "ل" else get("ل" + form, 0))
        return n + self._definite_count(form)

    def _definite_count(self, form: str) -> int:
        """How often ``ال`` + ``form`` is seen, unless that is mostly a word in أل/إل/آل without its
        hamza (``الوان`` is ``ألوان``, not ال+وان; ``القي`` is ``ألقي``)."""
        get = self.vocab.get
        d = get(ARTICLE + form, 0)
        if d and (get("أل" + form, 0) > d or get("إل" + form, 0) > d or get("آل" + form, 0) > d):
            return 0
        return d

    def is_noun(self, form: str) -> bool:
        """Whether ``form`` is itself seen with the article (``البشر``, ``الوزير``, ``العربي``).

        A form that takes ال is a noun stem: neither a proclitic before it (ب+شر) nor a pronoun
        after it (عرب+ي) can be a clitic, because ال never precedes a clitic or a pronoun suffix.
        """
        d = self._definite_count(form)
        return d >= MIN_COUNT and d >= NOUN_SHARE * self.count(form)

    # -- plausibility of a remainder ------------------------------------------------------------
    def _plausibility(self, form: str, slot: int) -> float:
        """How plausible ``form`` is as a word that may still carry clitics of ``slot`` and later.

        Slots: 1 = preposition/future, 2 = article, 3 = enclitic only. A form seen in the corpus
        scores its count (for ``ال…`` forms, the count of the definite or bare noun, whichever is
        larger: ``بالقرب`` is ب + ``القرب`` because ``قرب`` is frequent), plus a share of its stem's
        count when it ends in a pronoun; an unseen one scores a discounted count of its analysis.
        """
        c = float(self.count(form))
        if len(form) < MIN_STEM + 1:
            return c
        if slot <= 2 and form.startswith(ARTICLE) and len(form) >= 2 + MIN_STEM:
            c = max(c, float(self.count(form[2:])))
        split = self._enclitic(form)
        if split is not None:
            # دوره is also دور+ه: its pronoun reading adds to its plausibility (بدوره = ب+دور+ه).
            c += ENCLITIC_SHARE * (self.count(split[1]) + self.count(ARTICLE + split[1]))
        if c == 0.0 and slot <= 1 and form[0] in PREPOSITIONS:
            c = 0.1 * self._plausibility(form[1:], 2)
        return c

    def _accept_prefix(self, form: str, k: int, clitic: str, slot: int) -> bool:
        """Whether ``form[:k]`` is the clitic ``clitic`` (see the module docstring)."""
        rest = form[k:]
        if len(rest) < MIN_STEM:
            return False
        if self.count(form) < MIN_REST and self.count(rest) < MIN_REST and _looks_like_verb(rest, clitic):
            return True  # rare وتنجلي, واعتمروا, وسيحاكمكم: a verb after و/ف, by its shape
        prefixed = self._prefixed_count(form, clitic)
        if prefixed >= max(MIN_REST, PREFIXED_SHARE * self.count(form)):
            return False  # the whole form takes proclitics itself (الوزير, ووزير): a word
        if (
            clitic in CONJUNCTIONS
            and rest[0] in CONJUNCTIONS
            and rest not in self.exceptions
            and self._accept_prefix(rest, 1, rest[0], 1)
        ):
            return False  # ف+و+… or و+و+…: two conjunctions never stack
        article_rest = slot <= 2 and rest.startswith(ARTICLE) and self._article_ok(rest)
        noun_rest = article_rest or (len(rest) > MIN_STEM and self.is_noun(rest))
        if clitic == "ك" and not (article_rest or noun_rest):
            return False  # ك "as, like" precedes nouns only: كيا, كلم are words
        # س precedes a verb as it is: its remainder must be a word in its own right.
        p = float(self.count(rest)) if clitic == FUTURE else self._plausibility(rest, slot)
        if p < MIN_REST and not article_rest:
            return False
        if self._enclitic_wins(form, rest, p, k, clitic, slot):
            return False
        bonus = NOUN_BONUS if article_rest or (clitic in NOUN_BONUS_CLITICS and noun_rest) else 1.0
        if clitic in CONJUNCTIONS and self.count(form) >= FREQUENT_FORM:
            # A frequent form (almost) never seen after ال/و/ف is no word: وأضافت (4,070 times, 14
            # times أضافت) opens news sentences, but no text has الوأضافت.
            bonus *= NOUN_BONUS
        return self.count(form) <= PREFIX_RATIO[clitic] * bonus * max(p, 1.0)

    def _enclitic_wins(self, form: str, rest: str, p: float, k: int, clitic: str, slot: int) -> bool:
        """Whether reading a pronoun at the end beats reading ``clitic`` at the start.

        ``كلهم`` is كل+هم, not ك+لهم; but ``وفيهم`` is و+في+هم (``وفي`` is itself و+في) and
        ``وقواه`` is و+قوى+ه (``قواه`` has the better pronoun reading of its own).
        """
        split = self._enclitic(form)
        if split is None or self.count(split[1]) < p:
            return False
        rest_split = self._enclitic(rest)
        if rest_split is not None and self.count(rest_split[1]) >= self.count(split[1]):
            return False
        return not self._accept_prefix(split[0], k, clitic, slot)

    # -- the pieces -----------------------------------------------------------------------------
    def _prefixes(self, form: str) -> list[_Prefix]:
        out: list[_Prefix] = []
        pos = 0
        if form[0] in CONJUNCTIONS and self._accept_prefix(form, 1, form[0], 1):
            out.append(_Prefix(form[0], "proclitic", form[0]))
            pos = 1
        rest = form[pos:]
        if rest in self.exceptions:
            return out
        if (
            rest.startswith("لل")
            and len(rest) >= 2 + MIN_STEM
            and self._article_ok("ال" + rest[2:])
            # للبنان is ل + لبنان, not ل + ال + بنان: the word in ل is the better attested.
            and (
                self.count(rest[1:]) <= self._definite_count(rest[2:])
                or self._accept_prefix(rest[1:], 1, "ل", 2)  # لتحويل is itself ل+تحويل
            )
        ):
            out += [_Prefix("ل", "proclitic", "ل"), _Prefix("ل", "article", ARTICLE)]
            return out
        if len(rest) > MIN_STEM and rest[0] in PREPOSITIONS and self._accept_prefix(rest, 1, rest[0], 2):
            out.append(_Prefix(rest[0], "proclitic", rest[0]))
            pos += 1
        elif (
            len(rest) > MIN_STEM + 1
            and rest[0] == FUTURE
            and rest[1] in IMPERFECT_PREFIXES
            and self._accept_prefix(rest, 1, FUTURE, 3)
        ):
            out.append(_Prefix(FUTURE, "proclitic", FUTURE))
            pos += 1
        rest = form[pos:]
        if rest.startswith(ARTICLE) and self._article_ok(rest):
            out.append(_Prefix(ARTICLE, "article", ARTICLE))
        return out

    def _article_ok(self, form: str) -> bool:
        """Whether a form spelled ``ال…`` starts with the article (nearly always, in news).

        Not when the whole form itself takes the article (``الالتزام`` → ``التزام`` is a noun), when
        it is a form-VIII verb of a root in ل (``التزم`` beside ``يلتزم``), or when it is a word in
        أ/آ/إ written without its hamza (``المانيا`` for ``ألمانيا``, ``الاف`` for ``آلاف``).
        """
        stem = form[2:]
        if len(stem) < MIN_STEM or form in self.exceptions or self.is_noun(form):
            return False
        if form.startswith("الت") and self.count("يل" + stem) >= max(MIN_COUNT, 0.01 * self.count(form)):
            return False
        whole = self.count(form)
        return not any(self.count(h + form[1:]) > whole for h in "أآإ")

    def _enclitic(self, form: str) -> tuple[str, str, str] | None:
        """``(stem, dictionary spelling of the stem, enclitic)`` when ``form`` ends with a pronoun."""
        memo = self._enclitic_memo
        if form in memo:
            return memo[form]
        if len(memo) > ENCLITIC_MEMO:
            memo.clear()
        memo[form] = result = self._find_enclitic(form)
        return result

    def _find_enclitic(self, form: str) -> tuple[str, str, str] | None:
        if form[-1] not in _ENCLITIC_LAST:
            return None
        whole = self.count(form)
        if self.is_noun(form):
            return None
        for enc in ENCLITICS:
            if not form.endswith(enc) or len(form) - len(enc) < MIN_STEM:
                continue
            stem = form[: -len(enc)]
            spelling = self._dictionary_spelling(stem)
            c = self.count(spelling) + self.count(ARTICLE + spelling)
            if c < (MIN_REST if len(stem) == MIN_STEM else MIN_COUNT):
                continue
            limit = ENCLITIC_RATIO[enc] * c
            if enc in THIRD_PERSON and whole >= FREQUENT_FORM and len(stem) > MIN_STEM and self.is_noun(spelling):
                # نظيره is 7 times as frequent as نظير (a counterpart is always someone's), but a
                # frequent form that never takes ال, on a noun that does, is that noun + pronoun.
                limit *= NOUN_BONUS
            if whole <= limit:
                return stem, spelling, enc
        return None

    def _dictionary_spelling(self, stem: str) -> str:
        """The spelling of ``stem`` as a free word: ت → ة, ئ/ؤ → ء, ا/ي → ى, و → وا before a pronoun."""
        last = stem[-1]
        if last == "ت":
            # A noun in ة (حكومت+هم) or a verb in ت (نفذت+ه): whichever the corpus knows better.
            return max((stem, stem[:-1] + "ة"), key=self.count)
        if last in "ئؤ":
            return stem[:-1] + "ء"  # لقائه → لقاء+ه, أعضاؤه → أعضاء+ه
        candidates = [stem]
        if last in "اي":
            candidates.append(stem[:-1] + "ى")
        elif last == "و":
            candidates.append(stem + "ا")
        return max(candidates, key=self.count)

    def segment(self, form: str) -> list[Piece]:
        """The pieces of a light-form Arabic word, as offsets into ``form``."""
        exc = self.exceptions.get(form)
        if exc is not None:
            return self._from_exception(exc)
        if form[0] not in _CLITIC_FIRST and form[-1] not in _ENCLITIC_LAST:
            return [(0, len(form), "stem", form)]  # most words: nothing to look at
        pieces: list[Piece] = []
        pos = 0
        prefixes = self._prefixes(form) if len(form) > MIN_STEM else []
        for p in prefixes:
            pieces.append((pos, pos + len(p.text), p.kind, p.source))
            pos += len(p.text)
        rest = form[pos:]
        if prefixes and prefixes[-1].kind != "article" and rest in self.exceptions:
            pieces += [(pos + a, pos + b, k, src) for a, b, k, src in self._from_exception(self.exceptions[rest])]
            return pieces
        split = None if prefixes and prefixes[-1].kind == "article" else self._enclitic(rest)
        if split is None:
            pieces.append((pos, len(form), "stem", rest))
        else:
            stem, spelling, enc = split
            pieces.append((pos, pos + len(stem), "stem", spelling))
            pieces.append((pos + len(stem), len(form), "enclitic", enc))
        return pieces

    @staticmethod
    def _from_exception(parts: tuple[str, ...]) -> list[Piece]:
        """Pieces of a listed segmentation: clitics before the stem, pronouns after it."""
        pieces: list[Piece] = []
        pos = 0
        seen_stem = False
        for i, part in enumerate(parts):
            kind: SegmentKind
            source = part
            last = i == len(parts) - 1
            if seen_stem:
                kind = "enclitic"
            elif not last and part == ARTICLE:
                kind = "article"
            elif not last and part == "ل" and i > 0 and parts[i - 1] == "ل":
                kind, source = "article", ARTICLE
            elif not last and part in CONJUNCTIONS + PREPOSITIONS + FUTURE:
                kind = "proclitic"
            else:
                kind, seen_stem = "stem", True
            pieces.append((pos, pos + len(part), kind, source))
            pos += len(part)
        return pieces


@lru_cache(maxsize=1)
def default_segmenter() -> Segmenter:
    """The segmenter with the bundled vocabulary and exception list (loaded once, on first use)."""
    return Segmenter(load_vocabulary(), load_exceptions())
