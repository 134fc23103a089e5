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
from marsad.ner.clusters import WordClusters
from marsad.ner.gazetteer import Gazetteer

log = logging.getLogger(__name__)

CUES_FILE = Path(__file__).resolve().parent / "data" / "cues.tsv"
_CACHE_MAX = 300_000


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
# per word: own features, {offset: features seen from a neighbour}, norm, gazetteer key, mid cluster
_Cached = tuple[list[str], dict[int, list[str]], str, str, str]


@lru_cache(maxsize=200_000)
def analyze_word(word: str) -> WordAnalysis:
    """Normalise and segment one given token with the text layer (cached per word)."""
    from marsad.text import normalize, tokenize

    toks = tokenize(word)
    words = [t for t in toks if t.kind == "word"]
    if not words:
        norm = normalize(word)
        return WordAnalysis(norm, norm, norm, (), None, False)
    main = max(words, key=lambda t: len(t.text))
    return WordAnalysis(normalize(word), main.base, main.stem, main.proclitics, main.enclitic, main.has_article)


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
                 analyzer: Analyzer = analyze_word) -> None:
        self.config = config
        self.clusters = clusters if config.clusters else None
        self.cues = cues if (cues is not None and config.cues) else {}
        self.gazetteer = gazetteer if config.gazetteer else None
        self.analyze = analyzer
        self._cache: dict[str, _Cached] = {}

    def _cluster_feats(self, prefix: str, word: str) -> list[str]:
        assert self.clusters is not None
        ids = self.clusters.get(word)
        if ids is None:
            return [f"{prefix}=none"]
        return [f"{prefix}{i}={c}" for i, c in enumerate(ids)]

    def _word(self, word: str) -> _Cached:
        """(own features, {offset: features seen from a neighbour}, norm, gazetteer key, mid cluster)."""
        hit = self._cache.get(word)
        if hit is not None:
            return hit
        a = self.analyze(word)
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
        if self.clusters is not None:
            cl = self._cluster_feats("c", norm)
            own += cl
            near += cl
            if a.base != norm:
                own += self._cluster_feats("bc", a.base)
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
        out = (own, ctx, norm, key, mid)
        if len(self._cache) >= _CACHE_MAX:  # bound memory on endless streams of new words
            self._cache.clear()
        self._cache[word] = out
        return out

    def _context(self, near: list[str]) -> dict[int, list[str]]:
        """A word's features as seen from each neighbour offset (fewer from 2 tokens away)."""
        far = [f for f in near if f.startswith(("w=", "b=", "cue=", "c1", "c2", "c=")) and f != "art"]
        ctx: dict[int, list[str]] = {}
        for off in range(-self.config.window, self.config.window + 1):
            if off:
                src = near if abs(off) == 1 else far
                ctx[off] = [f"{off:+d}{f}" for f in src]
        return ctx

    def sentence(self, words: Sequence[str]) -> list[list[str]]:
        """Features of every token of a sentence."""
        info = [self._word(w) for w in words]
        n = len(words)
        gaz = self.gazetteer.tags([(i[2], i[3]) for i in info]) if self.gazetteer else [None] * n
        out: list[list[str]] = []
        win = self.config.window
        for i in range(n):
            feats = ["bias", *info[i][0]]
            for off in range(-win, win + 1):
                j = i + off
                if off == 0:
                    continue
                if 0 <= j < n:
                    feats += info[j][1][off]
                elif j == -1 or j == n:
                    feats.append(f"{off:+d}BOUND")
            if gaz[i]:
                feats.append(f"gz={gaz[i]}")
            if i > 0 and gaz[i - 1]:
                feats.append(f"-1gz={gaz[i - 1]}")
            if i + 1 < n and gaz[i + 1]:
                feats.append(f"+1gz={gaz[i + 1]}")
            if self.config.bigrams:
                if i > 0:
                    feats.append(f"bg-={info[i - 1][2]}|{info[i][2]}")
                if i + 1 < n:
                    feats.append(f"bg+={info[i][2]}|{info[i + 1][2]}")
            if self.config.cluster_bigrams and self.clusters is not None:
                # cluster (k index 2) of the previous/next word joined with this word's
                here = info[i][4]
                feats.append(f"cb-={info[i - 1][4] if i > 0 else 'B'}|{here}")
                feats.append(f"cb+={here}|{info[i + 1][4] if i + 1 < n else 'B'}")
            out.append(feats)
        return out
