"""Near-duplicate articles: signatures, links to the original, and clusters that count a story once."""

from __future__ import annotations

import pytest
from store_fakes import COPY, FAKE, OTHER, STORY, doc

from marsad.store import DedupParams, Signer, StoreWriter, ingest
from marsad.store.dedup import band_keys, similarity

signer = Signer()


@pytest.mark.parametrize(("a", "b", "same"), [
    (STORY, STORY, True),
    (STORY, COPY, True),  # wire copy: a dateline and one word changed
    (STORY, STORY.replace("إيران", "ايران").replace("أيام", "ايام"), True),  # spelling variants normalise away
    (STORY, OTHER, False),
    (STORY, STORY[: len(STORY) // 2], False),  # half an article is another article
])  # fmt: skip
def test_similarity_of_pairs(a: str, b: str, same: bool) -> None:
    sa, sb = signer.signature(a), signer.signature(b)
    assert sa is not None and sb is not None
    assert (similarity(sa, sb) >= signer.params.threshold) is same


def test_short_texts_get_no_signature() -> None:
    assert signer.signature("هاجمت باكستان إيران") is None
    assert signer.signature("") is None


def test_signature_is_deterministic_and_banded() -> None:
    sig = signer.signature(STORY)
    assert sig == Signer().signature(STORY) and sig is not None
    b, r = DedupParams().bands
    assert len(sig) == 4 * DedupParams().num_perm and b * r <= DedupParams().num_perm
    assert len(band_keys(sig, DedupParams())) == b


def _links(w: StoreWriter) -> dict[str, str | None]:
    return dict(w.con.execute("SELECT id, duplicate_of FROM documents").fetchall())


@pytest.mark.parametrize("batch_size", [1, 10])  # across batches and inside one batch
def test_copies_link_to_the_original(writer: StoreWriter, batch_size: int) -> None:
    docs = [doc(STORY, "orig", "A"), doc(OTHER, "other", "B"), doc(COPY, "copy1", "C"),
            doc(COPY + " انتهى", "copy2", "D")]
    stats = ingest(docs, writer, FAKE, batch_size=batch_size)
    assert stats.duplicates == 2
    assert _links(writer) == {"orig": None, "other": None, "copy1": "orig", "copy2": "orig"}


def test_clusters_count_a_story_once(writer: StoreWriter) -> None:
    ingest([doc(STORY, "orig", "A"), doc(COPY, "copy", "B"), doc(STORY + " تحديث أخير مختلف قليلا عن الأصل",
                                                                 "update", "C")], writer, FAKE)
    ingest([doc(OTHER.replace("انتقدت", "هاجمت").replace("إيران الهند", "باكستان إيران"), "fresh", "D")],
           writer, FAKE)
    rows = writer.con.execute(
        "SELECT event_type, source_key, target_key, num_mentions, num_articles, num_sources, num_copies "
        "FROM event_clusters ORDER BY event_type").fetchall()
    # ASSAULT PAK→IRN on 2024-04-24: one story (+2 copies) and one independent article.
    assert ("ASSAULT", "PAK", "IRN", 2, 2, 4, 2) in rows
    assert ("CONSULT", "IND", "PAK", 1, 1, 3, 2) in rows
    linked = writer.con.execute("SELECT count(*) FROM events WHERE cluster_id IN "
                                "(SELECT cluster_id FROM event_clusters WHERE event_type = 'ASSAULT')").fetchone()
    assert linked == (4,)  # every mention stays linked to its cluster


def test_cluster_counts_do_not_change_when_reingested(writer: StoreWriter) -> None:
    docs = [doc(STORY, "orig", "A"), doc(COPY, "copy", "B")]
    ingest(docs, writer, FAKE)
    first = writer.con.execute("SELECT * EXCLUDE (updated_at) FROM event_clusters ORDER BY cluster_id").fetchall()
    ingest(docs, writer, FAKE)
    assert writer.con.execute("SELECT * EXCLUDE (updated_at) FROM event_clusters ORDER BY cluster_id").fetchall() == first


def test_dedup_settings_are_fixed_per_store(db) -> None:
    with StoreWriter(db, DedupParams(threshold=0.5)) as w:
        assert w.params.threshold == 0.5
    with StoreWriter(db) as w:  # the stored setting wins over the default
        assert w.params.threshold == 0.5
