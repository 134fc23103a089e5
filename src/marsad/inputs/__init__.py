"""Reading news inputs into :class:`~marsad.model.Document` objects.

Formats: ``.txt`` (UTF-8, UTF-8 with BOM, UTF-16 with BOM, Windows-1256), ``.jsonl`` and
``.jsonl.gz`` (one record per line: ``id``, ``text``, ``title``, ``published``, ``source``,
``url``; other fields kept in ``DocMeta.extra``), ``.html``/``.htm`` (main text and metadata via
trafilatura), directories (recursive, sorted) and ``-`` for stdin. Bad inputs come out as
:class:`InputFailure` records (see :func:`read_documents`) or, with
:func:`read_documents_strict`, as an :class:`~marsad.errors.InputError`.
"""

from marsad.inputs.encoding import decode_text
from marsad.inputs.failure import InputFailure
from marsad.inputs.formats import DEFAULT_MAX_BYTES, ReadOptions
from marsad.inputs.reader import EXTENSIONS, input_files, read_documents, read_documents_strict
from marsad.inputs.records import document_from_record, parse_date

__all__ = [
    "DEFAULT_MAX_BYTES",
    "EXTENSIONS",
    "InputFailure",
    "ReadOptions",
    "decode_text",
    "document_from_record",
    "input_files",
    "parse_date",
    "read_documents",
    "read_documents_strict",
]
