"""Properties: whatever the batch size and however often it runs, an ingest ends in the same store."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from store_fakes import COPY, FAKE, OTHER, STORY, counts, doc

from marsad.store import StoreWriter, ingest

TEXTS = [STORY, COPY, OTHER, "BOOM " + OTHER, STORY + " ثم انتهى الاجتماع دون اتفاق على أي شيء"]
docs_strategy = st.lists(st.tuples(st.sampled_from(range(len(TEXTS))), st.sampled_from("ABC")), max_size=8)


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(docs_strategy, st.integers(1, 5), st.integers(1, 2))
def test_same_store_whatever_the_batching(picks: list[tuple[int, str]], size: int, runs: int) -> None:
    items = [doc(TEXTS[t], f"{t}{src}", src) for t, src in picks]
    with tempfile.TemporaryDirectory() as tmp:
        one, many = Path(tmp, "one.duckdb"), Path(tmp, "many.duckdb")
        with StoreWriter(one) as w:
            ingest(items, w, FAKE, batch_size=len(items) or 1)
        for _ in range(runs):
            with StoreWriter(many) as w:
                ingest(items, w, FAKE, batch_size=size)
        assert counts(many) == counts(one)
