"""Longest-match lookup of actor lexicon names over tokens: a token-level trie.

Every lexicon name is tokenised with the text layer, exactly like a document, and each of its
tokens becomes one trie key: the clitic-free base (``Token.base``, plus the enclitic pronoun
when the name has one, as in كل منهما). A document token offers a few candidate keys (its base,
base + enclitic, its normalised surface without a leading و/ف, its normalised surface) so that
وإيران, بالرئيس, لطالبان and the construct state (وزير خارجية for وزير الخارجية) all meet the
same key. The index is built once per process; matching is dictionary lookups only.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from marsad.actors.compose import CLOSING_QUOTE, FUNCTION_WORDS, OPENING_QUOTES
from marsad.caching import Generations
from marsad.lexicons.schema import ActorEntry
from marsad.model import Token
from marsad.text import normalize, tokenize

_CONJUNCTIONS = frozenset({"و", "ف"})

#: Number words after which a counted noun takes the accusative -ا (عشرين مسلحا، 11 جنديا).
NUMBER_WORDS = frozenset(normalize(w) for w in (
    "عشر", "عشرة", "عشرين", "عشرون", "ثلاثين", "ثلاثون", "أربعين", "أربعون", "خمسين", "خمسون",
    "ستين", "ستون", "سبعين", "سبعون", "ثمانين", "ثمانون", "تسعين", "تسعون",
))

#: How many surface forms :meth:`ActorMatcher.keys` remembers (two generations).
_KEYS_MEMO_SIZE = 30_000

#: Kinds whose names written with the article ال match only words that have it (sector nouns
#: lose it in the construct state, قوات الأمن for القوات; adjectives list both forms).
_ARTICLE_KINDS = frozenset({"plural", "org", "country", "capital", "person"})

#: Kinds whose names written without the article match only words without it (السيول
#: "the floods" is no سيول "Seoul"; a country may take it or not: البيرو، الباكستان).
_BARE_KINDS = frozenset({"person", "org", "capital"})

# When several kinds share one name, the more specific reading wins.
#: Kinds of entries that are proper names (of a person, an organisation, a state, a capital).
_PROPER_KINDS = frozenset({"person", "org", "country", "capital"})

KIND_PRIORITY: dict[str, int] = {
    "person": 0, "org": 1, "country": 2, "capital": 3, "sector": 4, "plural": 5, "adjective": 6,
}  # fmt: skip


@dataclass(slots=True)
class _Node:
    children: dict[str, _Node] = field(default_factory=dict)
    entries: list[ActorEntry] = field(default_factory=list)
    # ids of the entries with a name ending here that starts with / without the article ال:
    # the article decides between readings (السورية is the adjective, سورية the country) and a
    # plural anaphor needs it unless the lexicon lists a bare form (الدول, not دول المنطقة)
    with_article: set[str] = field(default_factory=set)
    bare: set[str] = field(default_factory=set)


@dataclass(frozen=True, slots=True)
class Match:
    """A lexicon name found in the tokens ``first``..``last`` (inclusive positions).

    ``start``/``end`` are offsets into the original text: from the article (or the stem when
    there is no article) of the first token, so that proclitics such as و ب ل stay outside,
    to the end of the last token's stem (or its enclitic when the name includes one).
    ``entries`` are every lexicon entry of that name, the preferred kind first.
    """

    first: int
    last: int
    start: int
    end: int
    entries: tuple[ActorEntry, ...]

    @property
    def kind(self) -> str:
        return self.entries[0].kind

    @property
    def entry(self) -> ActorEntry:
        return self.entries[0]


def token_key(tok: Token) -> str:
    """The trie key of one token of a lexicon name."""
    if any(s.kind == "proclitic" for s in tok.segments):
        # The tokenizer saw a proclitic inside a name (بلوشستان): keep the whole word.
        return tok.norm
    enc = tok.enclitic
    return tok.base + enc if enc else tok.base


def candidate_keys(tok: Token) -> tuple[str, ...]:
    """The keys a document token may match, most specific first (deduplicated).

    The word with its enclitic comes before the bare base: أوزبكستاني is the adjective, even
    when the tokenizer reads its ي as "my" (أوزبكستان + ي).
    """
    base = tok.base
    enc = tok.enclitic
    out = [base + enc, base] if enc else [base]
    if len(base) >= 4 and base[-1] == "و" and not tok.has_article:
        out.append(base + "ن")  # the construct plural: مقاتلو حزب الله for مقاتلون
    segs = tok.segments
    if segs and segs[0].kind == "proclitic" and segs[0].norm in _CONJUNCTIONS:
        out.append("".join(s.norm for s in segs[1:]))
    out.append(tok.norm)
    return tuple(dict.fromkeys(out))


def _after_number(tok: Token) -> bool:
    return tok.kind == "number" or tok.base in NUMBER_WORDS


def _counted(tokens: Sequence[Token], j: int) -> bool:
    """Whether ``tokens[j]`` is an accusative counted noun or its adjective (20 مسلحا، جنديا عراقيا)."""
    tok = tokens[j]
    if j == 0 or not tok.norm.endswith("ا") or len(tok.base) < 4 or tok.has_article:
        return False
    prev = tokens[j - 1]
    if _after_number(prev):
        return True
    return j >= 2 and prev.base.endswith("ا") and _after_number(tokens[j - 2])


#: Names that are also verbal nouns, with the preposition they then take (normalised): قضاء
#: "judiciary" and القضاء على "eliminating".
_VERBAL_NOUN_USES = {"قضاء": "علي"}
#: The adjectives that make أمريكا/أميركا a continent or region (normalised, without the article).
_AMERICAS = frozenset(normalize(w) for w in ("جنوبية", "شمالية", "لاتينية", "وسطى", "الوسطى"))
#: Nouns written with a final alif maqsura that normalise like a nisba (normalised): مجرى "course,
#: channel" is no مجري "Hungarian" (the nisba is written with ي, or ى in Egyptian spelling only
#: where no such noun exists).
_MAQSURA_NOUNS = frozenset({"مجري"})
#: Names that, without the article and in the construct state, are the verbal noun of another
#: verb (normalised): ادعاء الفتاة "the girl's claim" (ادّعى), not الادعاء "the prosecution".
_CONSTRUCT_VERBAL_NOUNS = frozenset({"ادعاء"})
#: Nouns that the adjective مالي "financial" follows in news far more often than the country Mali
#: does (دعم مالي، فساد مالي، مبلغ مالي، عجز مالي، استقلال مالي وإداري), normalised.
_FINANCIAL_HEADS = frozenset(normalize(w) for w in (
    "دعم", "عون", "عجز", "فساد", "استقلال", "انهيار", "مبلغ", "اتحاد", "استحقاق", "مردود", "عرض",
    "ضخ", "مركز", "حافز", "نظام", "قرض", "وضع", "تمويل", "غطاء", "مورد", "دخل", "إصلاح", "تعويض",
    "احتيال", "عائد", "ربح", "إنفاق", "التزام", "تحويل", "سوق", "قطاع", "مستشار", "خبير", "تقرير",
    "إجراء", "ضغط", "حصار", "تضخم", "تدقيق", "فائض", "رصيد", "مكسب", "مال", "عبء", "أمان",
    "عفو", "حساب", "دين", "تعاون", "احتياطي", "مخصص", "تحفيز",
))


def _financial(tokens: Sequence[Token], i: int, stop: int) -> bool:
    """Whether the bare word at ``i`` that is also a country name (مالي) is the adjective
    "financial": after a noun it usually qualifies (:data:`_FINANCIAL_HEADS`, without the article
    or a pronoun), or before another nisba adjective joined by و (مالي وإداري)."""
    prev = tokens[i - 1] if i > 0 else None
    if prev is not None and prev.kind == "word" and not prev.has_article and not prev.enclitic \
            and prev.base in _FINANCIAL_HEADS:
        return True
    nxt = tokens[i + 1] if i + 1 < stop else None
    return nxt is not None and nxt.kind == "word" and nxt.proclitics == ("و",) \
        and nxt.base.endswith("ي") and len(nxt.base) > 3 and not nxt.enclitic


def _joining_hyphen(tokens: Sequence[Token], j: int, i: int, stop: int) -> bool:
    """Whether ``tokens[j]`` is a hyphen inside a name begun at ``i``, touching the words on
    both sides (جونغ-أون، عبد-الله)."""
    if not i < j < stop - 1:
        return False
    tok = tokens[j]
    return tok.kind == "punct" and tok.text == "-" \
        and tokens[j - 1].end == tok.start and tokens[j + 1].start == tok.end and tokens[j + 1].kind == "word"


def _opening_quote_inside(tokens: Sequence[Token], j: int, i: int, stop: int) -> bool:
    """Whether ``tokens[j]`` is an opening quotation mark after the first word of a name begun at
    ``i``, with a word right after it (قوات "سوريا الديمقراطية"، تنظيم «الدولة الإسلامية»)."""
    tok = tokens[j]
    return i < j < stop - 1 and tok.kind == "punct" and tok.text in OPENING_QUOTES \
        and tokens[j + 1].kind == "word" and tokens[j + 1].start == tok.end


def _closing_quote_inside(tokens: Sequence[Token], j: int, i: int, stop: int) -> bool:
    """Whether ``tokens[j]`` closes a quotation mark opened right before the name begun at ``i``,
    with a word after it that may go on with the name («طالبان» باكستان: the Pakistani Taliban)."""
    if not (0 < i < j < stop - 1):
        return False
    opening, tok = tokens[i - 1], tokens[j]
    return opening.kind == "punct" and tok.kind == "punct" and tok.text == CLOSING_QUOTE.get(opening.text) \
        and tokens[j - 1].end == tok.start and tokens[j + 1].kind == "word"


def _span_start(tok: Token, key: str) -> int:
    """Where a mention starting with ``tok`` begins: its article, else its stem.

    When the name matched the token's whole surface (a name the tokenizer would split, such
    as بلوشستان), the mention starts where that surface does.
    """
    if key == tok.norm:
        return tok.start
    segs = tok.segments
    if key not in (tok.base, tok.base + "ن", tok.base + (tok.enclitic or "")) and len(segs) > 1 \
            and segs[0].kind == "proclitic":
        return segs[1].start  # the surface without its leading conjunction
    for seg in segs:
        if seg.kind == "article":
            # ل+ال is written لل: the article segment is then a bare ل, so start at the stem.
            return seg.start if normalize(seg.text) == "ال" else _stem_start(tok)
        if seg.kind == "stem":
            return seg.start
    return tok.start


def _stem_start(tok: Token) -> int:
    for seg in tok.segments:
        if seg.kind == "stem":
            return seg.start
    return tok.start


def _span_end(tok: Token, key: str) -> int:
    """Where a mention ending with ``tok`` ends: after the stem (of a construct plural too:
    موظفوها matched as موظفون), or the matched enclitic."""
    if key in (tok.base, tok.base + "ن"):
        for seg in tok.segments:
            if seg.kind == "stem":
                return seg.end
    return tok.end


def _by_article(node: _Node, article: bool) -> tuple[ActorEntry, ...]:
    """The node's entries, those written like the text (with or without ال) first."""
    if len(node.entries) == 1:
        return tuple(node.entries)
    same = node.with_article if article else node.bare
    return tuple(sorted(node.entries, key=lambda e: e.id not in same))  # stable: kind order kept


_HAMZAS = frozenset("أإ")


def _first_letters(entries: tuple[ActorEntry, ...], fkey: str) -> frozenset[str]:
    """How the lexicon writes the first letter of the word keyed ``fkey`` (the article left
    out) in the names of ``entries``."""
    out = set()
    for e in entries:
        for name in e.names:
            word = name.split()[0]
            word = word[2:] if word.startswith("ال") and len(word) > 3 else word
            if normalize(word) == fkey:
                out.add(word[:1])
    return frozenset(out)


def _hamza_clash(tok: Token, fkey: str, entries: tuple[ActorEntry, ...]) -> bool:
    """Whether the text writes the first word of a common noun with its hamza on the alif where
    the lexicon writes it under (or the reverse): أعلام "flags" is not إعلام "the media", أمام
    "before" not إمام. A word written with a bare alif matches either."""
    stem = next((s.text for s in tok.segments if s.kind == "stem"), tok.text)
    if stem[:1] not in _HAMZAS or entries[0].kind != "sector":
        return False  # (a name is one name however its hamza is written: أسرائيل)
    letters = _first_letters(entries, fkey)
    return bool(letters) and letters <= _HAMZAS and stem[:1] not in letters


def token_span(tok: Token) -> tuple[int, int]:
    """The mention span of a lone token: from its article or stem to the end of its stem."""
    return _span_start(tok, tok.base), _span_end(tok, tok.base)


class ActorMatcher:
    """A token-level trie over the normalised names of actor lexicon entries."""

    def __init__(self, entries: Iterable[ActorEntry]) -> None:
        self._root = _Node()
        self._keys: Generations[tuple[str, str], tuple[str, ...]] = Generations(_KEYS_MEMO_SIZE)
        self.size = 0
        entries = list(entries)
        for entry in entries:
            for name in entry.names:
                self._add(name, entry)
        self._sort(self._root)
        # countries whose name is also a common nisba word: their adjective lexicon row keeps
        # no masculine singular (مالي "financial")
        adjectives = [e for e in entries if e.kind == "adjective"]
        self._common_nisbas = frozenset(
            e.country for e in adjectives if e.country is not None
            and not any(a.country == e.country and a.form == "m.sg" for a in adjectives))

    def _add(self, name: str, entry: ActorEntry) -> None:
        toks = [t for t in tokenize(name) if t.kind != "punct"]
        if not toks:
            return
        node = self._root
        for tok in toks:
            node = node.children.setdefault(token_key(tok), _Node())
        (node.with_article if toks[0].has_article else node.bare).add(entry.id)
        if entry not in node.entries:
            node.entries.append(entry)
            self.size += 1

    def _sort(self, node: _Node) -> None:
        stack = [node]
        while stack:
            n = stack.pop()
            n.entries.sort(key=lambda e: KIND_PRIORITY.get(e.kind, 9))
            stack.extend(n.children.values())

    def keys(self, tok: Token) -> tuple[str, ...]:
        """:func:`candidate_keys`, memoised per surface form (the tokenizer analyses a form
        the same way every time)."""
        memo = (tok.text, tok.norm)
        keys = self._keys.get(memo)
        if keys is None:
            keys = candidate_keys(tok)
            self._keys.put(memo, keys)
        return keys

    def match_at(self, tokens: Sequence[Token], i: int, stop: int) -> Match | None:
        """The longest name starting at ``tokens[i]`` and ending before ``tokens[stop]``.

        ``i`` and ``stop`` are positions in ``tokens``; the returned ``first``/``last`` are
        positions in the same sequence.
        """
        tok = tokens[i]
        if tok.kind not in ("word", "latin"):
            return None
        roots = self._root.children
        if not any(k in roots for k in self.keys(tok)) and not _counted(tokens, i):
            return None  # the common case: no name starts here
        best: tuple[int, _Node, str, str] | None = None
        # (node, key of the first token, key of the last token) reachable so far
        frontier: list[tuple[_Node, str, str]] = [(self._root, "", "")]
        j = i
        while frontier and j < stop:
            tok = tokens[j]
            if _joining_hyphen(tokens, j, i, stop) or _opening_quote_inside(tokens, j, i, stop) \
                    or _closing_quote_inside(tokens, j, i, stop):
                j += 1  # كيم جونغ-أون: a hyphen joining two words of a name; قوات "سوريا الديمقراطية"
                continue
            if tok.kind not in ("word", "latin") and not (tok.kind == "number" and j > i):
                break  # names hold words, and numbers after their first word (حركة إم 23)
            keys = self.keys(tok)
            if _counted(tokens, j):
                keys = (*keys, tok.base[:-1])
            nxt: list[tuple[_Node, str, str]] = []
            for node, fkey, _ in frontier:
                for key in keys:
                    child = node.children.get(key)
                    if child is not None:
                        nxt.append((child, fkey or key, key))
            for node, fkey, key in nxt:
                if node.entries and (best is None or best[0] < j - i + 1):
                    best = (j - i + 1, node, fkey, key)
            frontier = nxt
            j += 1
        if best is None:
            return None
        length, node, fkey, lkey = best
        first, last = tokens[i], tokens[i + length - 1]
        if length == 1 and not first.has_article and first.base in FUNCTION_WORDS:
            return None
        entries = _by_article(node, first.has_article)
        if entries[0].kind != "adjective" and _joining_hyphen(tokens, i + length, i, stop):
            # بانغي-ري (Punggye-ri): the word goes on past the name (Bangui) with a hyphen (a nisba
            # may be one of a hyphenated pair: ضربات أمريكية-بريطانية، الناشط البحريني-الدانماركي)
            return None
        if entries[0].kind in _ARTICLE_KINDS and not first.has_article and entries[0].id not in node.bare:
            # دول (states of …) is not the anaphor الدول; جزيرة (an island) is not الجزيرة
            return None
        if entries[0].kind in _BARE_KINDS and first.has_article and entries[0].id not in node.with_article:
            # the article makes another word of a name written without it: الرئيسي (main) is
            # not رئيسي (Raisi), الحماس (zeal) is not حماس
            return None
        if entries[0].kind == "adjective" and length == 1 and first.text.endswith("ى") and first.base in _MAQSURA_NOUNS \
                and not first.has_article:
            return None  # مجرى النهر "the course of the river", not مجري "Hungarian"
        if entries[0].kind in _PROPER_KINDS and last.enclitic not in (None, "ي") and lkey == last.base:
            # حماسه "his zeal", بلوميه: a name takes no possessive pronoun; matched without the
            # pronoun the word is another (a nisba's ي stays: تشادي)
            return None
        if entries[0].kind == "org" and entries[0].role == "organ" and i + length < stop \
                and tokens[i + length].kind == "word" and tokens[i + length].proclitics[:1] == ("ل",):
            return None  # الجمعية العامة لأصدقاء الصحفيين: another body's general assembly, not the UN's
        if _hamza_clash(first, fkey, entries):
            return None  # أعلام الولايات المتحدة "flags": not الإعلام "the media"
        if length == 1 and i + 1 < stop and _VERBAL_NOUN_USES.get(first.base) == tokens[i + 1].norm:
            return None  # القضاء على الإرهاب "eliminating terrorism", no judiciary
        if length == 1 and i + 1 < stop and first.base in _CONSTRUCT_VERBAL_NOUNS and not first.has_article \
                and not first.enclitic and tokens[i + 1].kind == "word":
            return None  # ادعاء الفتاة بأنها "the girl's claim that", no prosecution
        if entries[0].kind == "country" and entries[0].country == "USA" and length == 1 and i + 1 < stop \
                and tokens[i + 1].has_article and tokens[i + 1].base in _AMERICAS:
            return None  # أميركا الجنوبية، أمريكا اللاتينية: a continent, not the United States
        if entries[0].country == "USA" and length == 1 and first.norm.endswith(("كتين", "كيتين", "كتان", "كيتان")) \
                and i > 0 and tokens[i - 1].kind == "word" and not tokens[i - 1].norm.endswith(("ان", "ين")):
            return None  # قمة الأميركيتين "the Summit of the Americas": the two continents, not the
            # adjective of a dual (السفارتان الأمريكيتان)
        if entries[0].kind == "country" and length == 1 and not first.has_article \
                and entries[0].country in self._common_nisbas and _financial(tokens, i, stop):
            return None  # دعم مالي، مبلغ مالي، استقلال مالي وإداري: "financial", not Mali
        if entries[0].kind == "country" and length == 1 and first.has_article \
                and entries[0].id not in node.with_article and first.base.endswith(("ي", "ين")):
            # ال + a country name ending in ي is a nisba adjective: المالي is "financial" (or
            # "Malian", which the adjective lexicon gives where it can), not Mali; one ending in
            # ين is a sound plural: البنين "the boys" (مدارس البنين), not Benin
            return None
        return Match(
            first=i, last=i + length - 1, start=_span_start(first, fkey), end=_span_end(last, lkey),
            entries=entries,
        )

    def find_all(self, tokens: Sequence[Token], lo: int = 0, hi: int | None = None) -> list[Match]:
        """Greedy left-to-right longest matches over ``tokens[lo:hi]`` (list positions)."""
        stop = len(tokens) if hi is None else hi
        out: list[Match] = []
        i = lo
        while i < stop:
            m = self.match_at(tokens, i, stop)
            if m is None:
                i += 1
                continue
            if m.last > m.first and not tokens[m.last].has_article:
                # رئيس جمهورية مصر العربية: a title matched with its last word written without
                # the article (رئيس الجمهورية) is in construct with a country name that begins
                # with that word; the title ends before it and the country is matched whole
                longer = self.match_at(tokens, m.last, stop)
                if longer is not None and longer.last > m.last and longer.entries[0].kind == "country":
                    head = self.match_at(tokens, m.first, m.last)
                    if head is not None and head.last == m.last - 1:
                        m = head
            out.append(m)
            i += m.last - m.first + 1
        return out
