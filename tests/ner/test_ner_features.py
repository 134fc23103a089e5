"""Feature extraction, cue words, word clusters and the gazetteer."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from marsad.errors import LexiconError, ModelError
from marsad.ner.clusters import WordClusters, load_clusters
from marsad.ner.features import FeatureConfig, FeatureExtractor, analyze_word, load_cues
from marsad.ner.gazetteer import Gazetteer

CLUSTERS = WordClusters((4, 16), {"بوش": ("1", "7"), "قال": ("2", "9"), "رييس": ("3", "11")})


def extractor(**kw: object) -> FeatureExtractor:
    cfg = FeatureConfig(**kw)  # type: ignore[arg-type]
    gaz = Gazetteer([("country", ["الولايات", "المتحده"]), ("person", ["بوش"])])
    return FeatureExtractor(cfg, clusters=CLUSTERS, cues={"قال": "speech", "الرييس": "title"}, gazetteer=gaz)


def test_analyze_word_segments_clitics() -> None:
    a = analyze_word("بالرئيس")
    assert a.norm == "بالرييس" and a.base == "رييس" and a.article
    assert analyze_word("وبوش").base == "بوش"


def test_word_features() -> None:
    feats = extractor().sentence(["قال", "الرئيس", "بوش"])
    own = set(feats[2])
    assert {"bias", "w=بوش", "c0=1", "c1=7", "gz=B-person", "-1cue=title", "-2cue=speech"} <= own
    assert "p1=ب" in own and "s2=وش" in own
    assert "-1w=الرييس" in own and "+1BOUND" in own
    # the article word: clitic-stripped base, its cluster, the article flag seen from its neighbour
    assert {"b=رييس", "bc0=3", "bc1=11", "cue=title"} <= set(feats[1])
    assert "-1art" in own
    assert "bg-=الرييس|بوش" in own


def test_multiword_gazetteer_through_clitics() -> None:
    feats = extractor().sentence(["في", "والولايات", "المتحدة"])
    assert "gz=B-country" in feats[1] and "gz=I-country" in feats[2]
    assert "+1gz=B-country" in feats[0]


def test_unknown_word_and_shapes() -> None:
    feats = extractor().sentence(["IBM", "2007"])
    assert "c=none" in feats[0] and "sh=latU" in feats[0]
    assert "sh=dig" in feats[1]


@pytest.mark.parametrize(("flag", "prefix"), [("clusters", "c0="), ("cues", "cue="), ("gazetteer", "gz="),
                                              ("bigrams", "bg-=")])
def test_feature_groups_can_be_switched_off(flag: str, prefix: str) -> None:
    sent = ["قال", "الرئيس", "بوش"]
    assert any(prefix in f for f in extractor().sentence(sent)[2])
    assert not any(prefix in f for f in extractor(**{flag: False}).sentence(sent)[2])


def test_config_round_trip() -> None:
    cfg = FeatureConfig(prefixes=(1, 2), window=1)
    assert FeatureConfig.from_dict(cfg.to_dict()) == cfg


def test_gazetteer_longest_match() -> None:
    gaz = Gazetteer([("org", ["الامم"]), ("org", ["الامم", "المتحده"]), ("country", ["مصر"])])
    forms = [(w, w) for w in ["الامم", "المتحده", "و", "مصر", "الامم"]]
    assert gaz.tags(forms) == ["B-org", "I-org", None, "B-country", "B-org"]


def test_bundled_cues_load() -> None:
    cues = load_cues()
    assert cues["قال"] == "speech" and cues["مدينه"] == "place" and cues["شركه"] == "org"


def test_bad_cue_class(tmp_path: Path) -> None:
    p = tmp_path / "cues.tsv"
    p.write_text("# id: x\n# version: 1\n# licence: MIT\n# provenance: test\nclass\twords\nbad class\tقال\n",
                 encoding="utf-8")
    with pytest.raises(LexiconError, match=r"cues\.tsv:6"):
        load_cues(p)


def test_cluster_file_round_trip(tmp_path: Path) -> None:
    p = tmp_path / "c.tsv.gz"
    with gzip.open(p, "wt", encoding="utf-8") as fh:
        fh.write("# id: test\n# ks: 2,8\nبوش\t1\t5\n")
    c = load_clusters(p)
    assert c.ks == (2, 8) and c.get("بوش") == ("1", "5") and c.get("x") is None


def test_bad_cluster_file(tmp_path: Path) -> None:
    p = tmp_path / "c.tsv.gz"
    with gzip.open(p, "wt", encoding="utf-8") as fh:
        fh.write("# ks: 2,8\nبوش\t1\n")
    with pytest.raises(ModelError, match=r"c\.tsv\.gz:2"):
        load_clusters(p)
    with pytest.raises(ModelError, match="not found"):
        load_clusters(tmp_path / "missing.gz")


def test_binarised_embedding_column(tmp_path: Path) -> None:
    p = tmp_path / "c.tsv.gz"
    with gzip.open(p, "wt", encoding="utf-8") as fh:
        fh.write("# ks: 2,8\n# bits: 4\nبوش\t1\t5\t+0-0\n")
    c = load_clusters(p)
    assert c.get("بوش") == ("1", "5") and c.code("بوش") == "+0-0" and c.code("x") is None
    ext = FeatureExtractor(FeatureConfig(embedding=True, gazetteer=False, cues=False), clusters=c)
    feats = ext.sentence(["بوش", "قال"])
    assert {"e0+", "e2-"} <= set(feats[0]) and "e1+" not in feats[0]
    assert "-1e0+" in feats[1]
