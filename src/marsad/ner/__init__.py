"""Named-entity recognition: a CRF tagger (PERS/LOC/ORG/MISC, BIO) trained on ANERcorp.

The public API: :func:`read_conll` (CoNLL ``token TAG`` files), :func:`score_entities`
(strict CoNLL entity-level scoring), :class:`marsad.ner.crf.CrfTagger` (the bundled model) and
:class:`NerStage` (the pipeline stage, in :mod:`marsad.ner.stage`).
"""

from marsad.ner.conll import Sentence, read_conll, write_conll
from marsad.ner.scoring import Chunk, Scores, chunks, score_entities

__all__ = ["Chunk", "Scores", "Sentence", "chunks", "read_conll", "score_entities", "write_conll"]
