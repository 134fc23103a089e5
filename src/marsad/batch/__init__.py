"""Scale-out on Dask: code partitions of the input in parallel and load them into the store.

The same code path runs on a :class:`distributed.LocalCluster` (``marsad ingest --workers N``)
and on a real cluster (``--scheduler ADDRESS``); see :func:`ingest_distributed`.
"""

from marsad.batch.runner import dask_client, ingest_distributed
from marsad.batch.worker import PartInfo, code_part, read_part, write_part

__all__ = ["PartInfo", "code_part", "dask_client", "ingest_distributed", "read_part", "write_part"]
