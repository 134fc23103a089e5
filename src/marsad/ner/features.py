"""Token features for the CRF tagger.

Everything that depends only on a word (its normalised form, affixes, clitic segmentation, word
clusters, cue-word class) is computed once per word type and cached; a sentence's features are then
assembled from the cached lists of the word and its neighbours (window +-2), plus gazetteer matches
that span several tokens. This keeps tagging fast (tens of thousands of tokens per second).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from functools import lru_cache
from pathlib import Path

from marsad.errors import LexiconError
from marsad.lexicons.tsv import read_lexicon_tsv
from marsad.model import Token
from marsad.ner.clusters import WordClusters
from marsad.ner.gazetteer import Gazetteer

log = logging.getLogger(__name__)

CUES_FILE = Path(__file__).resolve().parent / "data" / "cues.tsv"
CACHE_MAX = 20_000  # word types whose feature lists are kept: bounds a long-running worker


@dataclass(frozen=True, slots=True)
class FeatureConfig:
    """Which feature groups the extractor emits (stored with the model, so tagging matches training)."""

    prefixes: tuple[int, ...] = (1, 2, 3)
    suffixes: tuple[int, ...] = (1, 2, 3, 4)
    clusters: bool = True
    cues: bool = True
    gazetteer: bool = True
    bigrams: bool = True
    cluster_bigrams: bool = True
    embedding: bool = False  # binarised-embedding features (needs a cluster file with a code column)
    window: int = 2
    near_base_clusters: bool = False  # neighbours also see the clusters of a word's clitic-free base
    nisba: bool = False  # nisba-adjective shape (-ي, -ية, -يون, -يين ...) of a word and its neighbours

    def to_dict(self) -> dict[str, object]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, object]) -> FeatureConfig:
        kw = {k: tuple(v) if isinstance(v, list) else v for k, v in data.items() if k in cls.__slots__}
        return cls(**kw)  # type: ignore[arg-type]


@dataclass(frozen=True, slots=True)
class WordAnalysis:
    """What the text layer says about one word: normalised form and clitic segmentation."""

    norm: str
    base: str
    stem: str
    proclitics: tuple[str, ...]
    enclitic: str | None
    article: bool


Analyzer = Callable[[str], WordAnalysis]
# per word: own features, features seen from the neighbour at each offset (index offset + window),
# norm, gazetteer key, mid cluster. Tuples of strings only: the garbage collector stops tracking
# them, which matters with hundreds of thousands of cached words.
_Cached = tuple[tuple[str, ...], tuple[tuple[str, ...], ...], str, str, str]
Parsed = tuple[list[_Cached], list[str | None]]  # a sentence's word analyses and gazetteer labels


def analyze_word_uncached(word: str) -> WordAnalysis:
    """Normalise and segment one given token with the text layer."""
    from marsad.text import normalize, tokenize

    toks = tokenize(word)
    words = [t for t in toks if t.kind == "word"]
    if not words:
        norm = normalize(word)
        return WordAnalysis(norm, norm, norm, (), None, False)
    main = max(words, key=lambda t: len(t.text))
    return WordAnalysis(normalize(word), main.base, main.stem, main.proclitics, main.enclitic, main.has_article)


analyze_word = lru_cache(maxsize=20_000)(analyze_word_uncached)


def token_analysis(token: Token) -> WordAnalysis:
    """What :func:`analyze_word` says of ``token.text``, read from a token of the text layer
    (which has segmented it already) instead of segmenting its text again."""
    from marsad.text import normalize

    if token.kind != "word":
        norm = normalize(token.text)
        return WordAnalysis(norm, norm, norm, (), None, False)
    return WordAnalysis(normalize(token.text), token.base, token.stem, token.proclitics, token.enclitic,
                        token.has_article)
analyze_word.__doc__ = "Normalise and segment one given token with the text layer (cached per word)."


def load_cues(path: str | Path = CUES_FILE) -> dict[str, str]:
    """Read the cue-word file: normalised word -> cue class (title, speech, place, org, ...)."""
    from marsad.text import normalize

    _header, rows = read_lexicon_tsv(path, required_columns=("class", "words"))
    out: dict[str, str] = {}
    for line, row in rows:
        if not row["class"].isidentifier():
            raise LexiconError(f"bad cue class {row['class']!r}", where=f"{path}:{line}")
        for w in row["words"].split("|"):
            if w.strip():
                out.setdefault(normalize(w.strip()), row["class"])
    return out


_NISBA_ENDINGS = ("يه", "يين", "يون", "يات")


def _is_nisba(base: str) -> bool:
    """Whether a clitic-free normalised word looks like a nisba adjective (مصري، الفلسطينية...)."""
    if len(base) < 4:
        return False
    return base.endswith(_NISBA_ENDINGS) or (base.endswith("ي") and not base.endswith(("وي", "اي")))


def _shape(word: str) -> list[str]:
    feats: list[str] = []
    if any(c.isdigit() for c in word):
        feats.append("sh=dig" if all(c.isdigit() or c in ".,/-" for c in word) else "sh=hasdig")
    if any("a" <= c.lower() <= "z" for c in word):
        feats.append("sh=lat" + ("U" if word[:1].isupper() else ""))
    if not any(c.isalnum() for c in word):
        feats.append("sh=pun")
    n = len(word)
    feats.append(f"len={min(n, 8) if n > 2 else 'short'}")
    return feats


class FeatureExtractor:
    """Turns sentences (lists of word strings) into lists of crfsuite feature strings."""

    def __init__(self, config: FeatureConfig, clusters: WordClusters | None = None,
                 cues: dict[str, str] | None = None, gazetteer: Gazetteer | None = None,
                 analyzer: Analyzer = analyze_word_uncached) -> None:
        self.config = config
        self.clusters = clusters if config.clusters else None
        self.cues = cues if (cues is not None and config.cues) else {}
        self.gazetteer = gazetteer if config.gazetteer else None
        self.analyze = analyzer
        # two generations of cached words (at most CACHE_MAX in all): when the young one is
        # full it becomes the old one, and an old word seen again moves back to the young one,
        # so that the frequent words stay cached on an endless stream of new ones
        self._cache: dict[str, _Cached] = {}
        self._old: dict[str, _Cached] = {}

    def _cluster_feats(self, prefix: str, word: str) -> list[str]:
        assert self.clusters is not None
        ids = self.clusters.get(word)
        if ids is None:
            return [f"{prefix}=none"]
        return [f"{prefix}{i}={c}" for i, c in enumerate(ids)]

    def word_features(self, word: str, token: Token | None = None) -> _Cached:
        """(own features, features seen from each neighbour, norm, gazetteer key, mid cluster).

        ``token``: the text layer's token of ``word`` when the caller has it; a word not cached
        yet is then not segmented again (see :func:`token_analysis`).
        """
        hit = self._cache.get(word)
        if hit is not None:
            return hit
        hit = self._old.get(word)
        if hit is not None:
            self._remember(word, hit)
            return hit
        a = token_analysis(token) if token is not None else self.analyze(word)
        cfg = self.config
        norm = a.norm
        own = [f"w={norm}", *_shape(word)]
        if word != norm:
            own.append(f"raw={word.lower()}")
        own += [f"p{k}={norm[:k]}" for k in cfg.prefixes if len(norm) > k]
        own += [f"s{k}={norm[-k:]}" for k in cfg.suffixes if len(norm) > k]
        if a.base != norm:
            own += [f"b={a.base}", f"bs3={a.base[-3:]}", f"bp2={a.base[:2]}"]
        if a.stem != a.base:
            own.append(f"st={a.stem}")
        if a.proclitics:
            own.append("pro=" + "+".join(a.proclitics))
        if a.enclitic:
            own.append(f"enc={a.enclitic}")
        key = ("ال" + a.base) if a.article else a.base
        cue = self.cues.get(norm) or self.cues.get(key) or self.cues.get(a.base)
        near = [f"w={norm}", *[f for f in own if f.startswith("sh=")]]
        if a.article:
            near.append("art")
        if a.base != norm:
            near.append(f"b={a.base}")
        if cue:
            own.append(f"cue={cue}")
            near.append(f"cue={cue}")
        if cfg.nisba and _is_nisba(a.base):
            own.append("nisba")
            near.append("nisba")
        if self.clusters is not None:
            cl = self._cluster_feats("c", norm)
            own += cl
            near += cl
            if a.base != norm:
                bcl = self._cluster_feats("bc", a.base)
                own += bcl
                if cfg.near_base_clusters:
                    near += bcl[:2]
            code = self.clusters.code(norm) if cfg.embedding else None
            if code:
                emb = [f"e{d}{ch}" for d, ch in enumerate(code) if ch != "0"]
                own += emb
                near += emb
        ctx = self._context(near)
        mid = "X"
        if self.clusters is not None:
            ids = self.clusters.get(norm)
            mid = ids[min(2, len(ids) - 1)] if ids else "X"
        out = (tuple(own), ctx, norm, key, mid)
        self._remember(word, out)
        return out

    def _remember(self, word: str, info: _Cached) -> None:
        if len(self._cache) >= CACHE_MAX // 2:  # bound memory on endless streams of new words
            self._old = self._cache
            self._cache = {}
        self._cache[word] = info

    def _context(self, near: list[str]) -> tuple[tuple[str, ...], ...]:
        """A word's features as seen from each neighbour offset (fewer from 2 tokens away),
        indexed by offset + window (the middle one, the word itself, is empty)."""
        far = [f for f in near if f.startswith(("w=", "b=", "cue=", "c1", "c2", "c=")) and f != "art"]
        win = self.config.window
        out: list[tuple[str, ...]] = []
        for off in range(-win, win + 1):
            mark = f"{off:+d}"
            out.append(tuple([mark + f for f in (near if abs(off) == 1 else far)]) if off else ())
        return tuple(out)

    def words(self, words: Sequence[str], tokens: Sequence[Token] | None = None) -> Parsed:
        """The cached per-word analyses of a sentence (``tokens``: the text layer's tokens of
        ``words``, when known) and its gazetteer labels."""
        get = self._cache.get  # the young generation's hits skip a method call
        if tokens is None:
            info = [get(w) or self.word_features(w) for w in words]
        else:
            info = [get(w) or self.word_features(w, t) for w, t in zip(words, tokens, strict=True)]
        gaz: list[str | None] = (self.gazetteer.tags([(i[2], i[3]) for i in info]) if self.gazetteer
                                 else [None] * len(info))
        return info, gaz

    def pair_features(self, info: Sequence[_Cached], gaz: Sequence[str | None], i: int) -> list[str]:
        """The features of token ``i`` that do not come from a single word: gazetteer labels, word
        and cluster bigrams (sentence-boundary features are left to the caller)."""
        n = len(info)
        feats = self.gazetteer_features(gaz, i)
        feats += self.link_features(info[i - 1] if i > 0 else None, info[i])[1]
        feats += self.link_features(info[i], info[i + 1] if i + 1 < n else None)[0]
        return feats

    @staticmethod
    def gazetteer_features(gaz: Sequence[str | None], i: int) -> list[str]:
        """Gazetteer labels of token ``i`` and of its two neighbours."""
        feats: list[str] = []
        if gaz[i]:
            feats.append(f"gz={gaz[i]}")
        if i > 0 and gaz[i - 1]:
            feats.append(f"-1gz={gaz[i - 1]}")
        if i + 1 < len(gaz) and gaz[i + 1]:
            feats.append(f"+1gz={gaz[i + 1]}")
        return feats

    def link_features(self, left: _Cached | None, right: _Cached | None) -> tuple[list[str], list[str]]:
        """Features joining two adjacent words (``None``: the sentence boundary): word and cluster
        bigrams, as (features of the left word's token, features of the right word's token)."""
        to_left: list[str] = []
        to_right: list[str] = []
        if self.config.bigrams and left is not None and right is not None:
            to_left, to_right = self.bigram_features(left[2], right[2])
        more = self.cluster_link_features(left[4] if left else None, right[4] if right else None)
        return to_left + more[0], to_right + more[1]

    @staticmethod
    def bigram_features(left: str, right: str) -> tuple[list[str], list[str]]:
        """The word-bigram features of two adjacent normalised words (left token's, right token's);
        emitted only with ``config.bigrams``."""
        return [f"bg+={left}|{right}"], [f"bg-={left}|{right}"]

    def cluster_link_features(self, left: str | None, right: str | None) -> tuple[list[str], list[str]]:
        """The cluster-bigram features of two adjacent words' mid clusters (``None``: the sentence
        boundary), as (features of the left word's token, features of the right word's token)."""
        if not (self.config.cluster_bigrams and self.clusters is not None):
            return [], []
        # cluster (k index 2) of the previous/next word joined with this word's
        pair = f"{left if left is not None else 'B'}|{right if right is not None else 'B'}"
        return ([f"cb+={pair}"] if left is not None else []), ([f"cb-={pair}"] if right is not None else [])

    def sentence(self, words: Sequence[str]) -> list[list[str]]:
        """Features of every token of a sentence."""
        info, gaz = self.words(words)
        n = len(words)
        out: list[list[str]] = []
        win = self.config.window
        for i in range(n):
            feats = ["bias", *info[i][0]]
            for off in range(-win, win + 1):
                j = i + off
                if off == 0:
                    continue
                if 0 <= j < n:
                    feats += info[j][1][off + win]
                elif j == -1 or j == n:
                    feats.append(f"{off:+d}BOUND")
            feats += self.pair_features(info, gaz, i)
            out.append(feats)
        return out
