"""What a Dask worker does with one partition: code it with its cached pipeline, write Parquet.

A part is a folder holding one Parquet file per row table (``documents``, ``mentions``,
``events``, ``failures``, ``clusters``). The pipeline is built once per worker process by
:func:`marsad.store.coding.pipeline_for` (a module-level cache keyed by the spec), never per
document or per partition.
"""

from __future__ import annotations

import pickle
import shutil
from dataclasses import dataclass
from pathlib import Path

import pyarrow.parquet as pq

from marsad.inputs import InputFailure
from marsad.model import Document
from marsad.store.coding import PipelineSpec, code_batch, pipeline_for, signer_for
from marsad.store.dedup import DedupParams
from marsad.store.records import ROW_TABLES, RowBatch
from marsad.store.writer import release_memory


@dataclass(frozen=True, slots=True)
class PartInfo:
    """A written part: its folder and how many documents and failures it holds."""

    path: str
    documents: int
    failures: int


def write_part(batch: RowBatch, path: str | Path) -> None:
    """Write a batch as a part folder (replacing an older part of the same name)."""
    folder = Path(path)
    if folder.exists():
        shutil.rmtree(folder)
    tmp = folder.with_name(folder.name + ".tmp")
    tmp.mkdir(parents=True, exist_ok=True)
    for table in ROW_TABLES:
        pq.write_table(batch.tables[table], tmp / f"{table}.parquet", compression="zstd")
    tmp.rename(folder)  # a part folder is complete or absent


INPUTS = ".inputs.pickle"  # suffix of the file that carries a partition's inputs to its worker


def write_inputs(items: list[Document | InputFailure], path: Path) -> Path:
    """Write a partition's inputs for its worker (pickled; written whole or not at all)."""
    tmp = path.with_name(path.name + ".tmp")
    with tmp.open("wb") as fh:
        pickle.dump(items, fh, protocol=pickle.HIGHEST_PROTOCOL)
    tmp.replace(path)
    return path


def read_inputs(path: str | Path) -> list[Document | InputFailure]:
    """The inputs written by :func:`write_inputs` (a file this run's driver wrote: trusted)."""
    with Path(path).open("rb") as fh:
        items: list[Document | InputFailure] = pickle.load(fh)
    return items


def read_part(path: str | Path) -> RowBatch:
    """Read a part folder back into a batch."""
    folder = Path(path)
    return RowBatch({t: pq.read_table(folder / f"{t}.parquet") for t in ROW_TABLES})


def code_part(spec: PipelineSpec, params: DedupParams, items: list[Document | InputFailure],
              path: str) -> PartInfo:
    """The Dask task: code one partition of inputs and write it as a Parquet part."""
    batch = code_batch(pipeline_for(spec), items, signer_for(params))
    write_part(batch, path)
    info = PartInfo(path, batch.num_rows("documents"), batch.num_rows("failures"))
    del batch
    release_memory()  # a worker lives for the whole run: give back what this part's rows used
    return info
