"""The text layer: normalisation for matching, sentence segmentation, tokenisation with clitics.

* :func:`normalize` — the matching form every stage compares Arabic strings in (both sides);
  :func:`normalize_with_map` adds an index back to original offsets.
* :func:`split_sentences` — sentence spans; :func:`tokenize` — tokens with clitic segments, each
  with offsets into the original text; :func:`analyze_text` — both, on a :class:`Document`.
* :class:`marsad.text.stage.TextStage` — the pipeline stage ``text@1``.
* ``python -m marsad.text.evaluate`` — segmentation accuracy on the hand-checked gold table.

>>> from marsad.text import normalize, tokenize
>>> normalize("إِبْرَاهِيم")
'ابراهيم'
>>> [t.text for t in tokenize("وقال الرئيس")]
['وقال', 'الرئيس']
>>> [(s.text, s.kind) for s in tokenize("بالرئيس")[0].segments]
[('ب', 'proclitic'), ('ال', 'article'), ('رئيس', 'stem')]
"""

from __future__ import annotations

from dataclasses import replace

from marsad.config import Config
from marsad.model import Document
from marsad.text.normalize import light_normalize, normalize, normalize_with_map
from marsad.text.sentences import split_sentences
from marsad.text.stem import light_stem
from marsad.text.tokenize import Tokenizer, tokenize

__all__ = [
    "Tokenizer",
    "analyze_text",
    "light_normalize",
    "light_stem",
    "normalize",
    "normalize_with_map",
    "split_sentences",
    "tokenize",
]


def analyze_text(text_or_doc: str | Document, config: Config | None = None) -> Document:
    """Run the text stage on a string or a document: sentences and tokens filled in."""
    from marsad.text.stage import TextStage  # the stage module imports this package

    doc = Document.from_text(text_or_doc) if isinstance(text_or_doc, str) else text_or_doc
    out = TextStage(config)(doc)
    if TextStage.name not in out.stages:
        out = replace(out, stages=(*out.stages, TextStage.name))
    return out
