"""The observatory store: coded documents, mentions, events and event clusters in an embedded DuckDB file.

Writing: :class:`StoreWriter` (one writer per file, one transaction per batch) and :func:`ingest`.
Reading (the API for the CLI and the web): :class:`Store`, opened read-only, with
:class:`EventFilter` for parameterised filters. Exporting: :func:`export`.
The schema is documented in ``docs/store.md`` and defined in :mod:`marsad.store.schema`.
"""

from marsad.store.coding import PipelineSpec, code_document, pipeline_for
from marsad.store.dedup import DedupParams, Signer
from marsad.store.export import EXPORTERS, export
from marsad.store.ingest import IngestStats, ingest
from marsad.store.reader import EventFilter, Store, check_select
from marsad.store.records import Failure
from marsad.store.schema import SCHEMA_VERSION, TABLES, connect
from marsad.store.writer import LoadResult, StoreWriter

__all__ = [
    "EXPORTERS",
    "SCHEMA_VERSION",
    "TABLES",
    "DedupParams",
    "EventFilter",
    "Failure",
    "IngestStats",
    "LoadResult",
    "PipelineSpec",
    "Signer",
    "Store",
    "StoreWriter",
    "check_select",
    "code_document",
    "connect",
    "export",
    "ingest",
    "pipeline_for",
]
