"""Gazetteer features from the actor lexicon: longest multi-word matches over a sentence.

Names are matched word by word on two forms of each token, both normalised with
:func:`marsad.text.normalize`: the token itself and the token without its conjunction and
preposition proclitics (the article kept), so that ``والولايات المتحدة`` matches the name
``الولايات المتحدة``. A match gives each token a ``B-kind``/``I-kind`` label (kind: country,
capital, adjective, sector, person, org, plural).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Sequence
from typing import Any

log = logging.getLogger(__name__)

_END = "\x00"  # cannot be a word


class Gazetteer:
    """A word trie of normalised names, each ending in the kind of entry it names."""

    def __init__(self, names: Iterable[tuple[str, Sequence[str]]], max_len: int = 8) -> None:
        """``names``: (kind, words of one name) pairs, words already in matching form."""
        # nested dicts: word -> child node; the _END key holds the kind of a name ending there
        self._root: dict[str, Any] = {}
        self.max_len = max_len
        self.size = 0
        for kind, words in names:
            if not words or len(words) > max_len or not all(words):
                continue
            node: dict[str, Any] = self._root
            for w in words:
                node = node.setdefault(w, {})
            node.setdefault(_END, kind)  # first kind given wins: files are read in a fixed order
            self.size += 1

    def tags(self, forms: Sequence[tuple[str, str]]) -> list[str | None]:
        """BIO labels of the longest matches; ``forms[i]`` are the two matching forms of token i."""
        n = len(forms)
        out: list[str | None] = [None] * n
        i = 0
        while i < n:
            best_end, best_kind = -1, ""
            frontier = [self._root]
            j = i
            while frontier and j < n and j - i < self.max_len:
                nxt = []
                first, second = forms[j]
                for node in frontier:
                    for form in (first, second) if second != first else (first,):
                        child = node.get(form) if form else None
                        if child is not None:
                            nxt.append(child)
                            if _END in child:
                                best_end, best_kind = j + 1, child[_END]
                frontier = nxt
                j += 1
            if best_end > i:
                out[i] = f"B-{best_kind}"
                for k in range(i + 1, best_end):
                    out[k] = f"I-{best_kind}"
                i = best_end
            else:
                i += 1
        return out


def lexicon_gazetteer(key: Callable[[str], tuple[str, str]]) -> Gazetteer | None:
    """A gazetteer of the bundled actor lexicon, or ``None`` when it cannot be loaded.

    ``key`` maps a word to its two matching forms (the same function the tagger uses on tokens);
    a name word matches when either of its forms equals one of the token's.
    """
    try:
        from marsad.lexicons import load_actor_lexicon

        lexicon = load_actor_lexicon()
    except ImportError:
        log.warning("actor lexicon not available: no gazetteer features")
        return None
    pairs: list[tuple[str, list[str]]] = []
    for entry in lexicon.entries:
        if entry.kind == "community":
            continue  # (the bundled taggers were trained without them: their features stay as trained)
        for name in entry.names:
            words = name.split()
            # a name word is stored in its clitic-stripped form (second form), as tokens are
            # looked up by both forms
            pairs.append((entry.kind, [key(w)[1] for w in words]))
    return Gazetteer(pairs)
