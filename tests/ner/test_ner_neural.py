"""The numpy BiLSTM-CRF: a tiny random model built here, checked against direct computations."""

from __future__ import annotations

import itertools
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.errors import ModelError
from marsad.ner.fastcrf import marginals as crf_marginals
from marsad.ner.neural import NeuralTagger, decode_bio, embeddings, pack_int4, stored_vectors, unpack_int4

LABELS = ("O", "B-PERS", "I-PERS", "B-LOC", "I-LOC")


def tiny_arrays(seed: int = 0, hid: int = 3, dim: int = 4, filters: int = 5) -> dict[str, np.ndarray]:
    rng = np.random.default_rng(seed)
    words = np.array(["قال", "الرئيس", "بغداد", "محمد"])
    feats = np.array(["cue=title", "gz=B-country"])
    width = 2 * dim + filters + len(feats)

    def r(*shape: int) -> np.ndarray:
        return rng.normal(0, 0.5, shape).astype(np.float32)

    out = {"words": words, "emb_q": rng.integers(-127, 128, (len(words), dim)).astype(np.int8),
           "emb_scale": np.full(len(words), 0.01, np.float32), "chars": np.array(list("قالرئيسبغدمح")),
           "feats": feats, "labels": np.array(LABELS), "cemb": r(14, 6), "conv_w": r(filters, 6, 3),
           "conv_b": r(filters), "out_w": r(len(LABELS), 2 * hid), "out_b": r(len(LABELS)),
           "trans": r(len(LABELS), len(LABELS)), "start": r(len(LABELS))}  # fmt: skip
    for d in ("f", "b"):
        out |= {f"{d}_w_ih": r(4 * hid, width), f"{d}_w_hh": r(4 * hid, hid), f"{d}_b_ih": r(4 * hid),
                f"{d}_b_hh": r(4 * hid)}
    return out


@pytest.fixture(scope="module")
def tagger() -> NeuralTagger:
    return NeuralTagger(tiny_arrays())


SENT = [("قال", "قال", ["cue=speech"]), ("الرئيس", "رئيس", ["cue=title"]), ("محمد", "محمد", []),
        ("في", "في", []), ("بغداد", "بغداد", ["gz=B-country"])]  # fmt: skip


def _sig(x: np.ndarray) -> np.ndarray:
    return 1 / (1 + np.exp(-x))


def reference_marginals(a: dict[str, np.ndarray], sent: list) -> np.ndarray:
    """The same network written out token by token, and its CRF marginals by enumerating every
    label sequence."""
    vecs = embeddings(a["emb_q"], a["emb_scale"])
    widx = {w: i for i, w in enumerate(a["words"].tolist())}
    cidx = {c: i + 2 for i, c in enumerate(a["chars"].tolist())}
    fidx = {f: i for i, f in enumerate(a["feats"].tolist())}
    dim = vecs.shape[1]
    xs = []
    for norm, base, feats in sent:
        e = [vecs[widx[w]] if w in widx else np.zeros(dim) for w in (norm, base)]
        ch = a["cemb"][[cidx.get(c, 1) for c in norm]]
        padded = np.vstack([np.zeros((1, ch.shape[1])), ch, np.zeros((1, ch.shape[1]))])
        conv = np.array([[np.sum(padded[t : t + 3].T * a["conv_w"][f]) + a["conv_b"][f]
                          for f in range(a["conv_w"].shape[0])] for t in range(len(norm))])
        onehot = np.zeros(len(fidx))
        for f in feats:
            if f in fidx:
                onehot[fidx[f]] = 1
        xs.append(np.concatenate([*e, np.maximum(conv, 0).max(0), onehot]))

    def run(d: str, seq: list[np.ndarray]) -> list[np.ndarray]:
        hid = a[f"{d}_w_hh"].shape[1]
        h, c, out = np.zeros(hid), np.zeros(hid), []
        for x in seq:
            g = a[f"{d}_w_ih"] @ x + a[f"{d}_b_ih"] + a[f"{d}_w_hh"] @ h + a[f"{d}_b_hh"]
            i, f, gg, o = _sig(g[:hid]), _sig(g[hid : 2 * hid]), np.tanh(g[2 * hid : 3 * hid]), _sig(g[3 * hid :])
            c = f * c + i * gg
            h = o * np.tanh(c)
            out.append(h)
        return out

    fw, bw = run("f", xs), run("b", xs[::-1])[::-1]
    emit = np.array([a["out_w"] @ np.concatenate([f, b]) + a["out_b"] for f, b in zip(fw, bw, strict=True)])
    k, n = len(LABELS), len(sent)
    marg, total = np.zeros((n, k)), 0.0
    for ys in itertools.product(range(k), repeat=n):
        s = a["start"][ys[0]] + sum(emit[t, y] for t, y in enumerate(ys))
        s += sum(a["trans"][ys[t - 1], ys[t]] for t in range(1, n))
        p = np.exp(s)
        total += p
        for t, y in enumerate(ys):
            marg[t, y] += p
    return marg / total


def test_marginals_match_a_token_by_token_reference(tagger: NeuralTagger) -> None:
    got = tagger.marginals([SENT])[0]
    assert got.shape == (len(SENT), len(LABELS))
    np.testing.assert_allclose(got, reference_marginals(tiny_arrays(), SENT), atol=1e-5)


def test_a_sentence_is_tagged_alike_alone_or_beside_longer_ones(tagger: NeuralTagger) -> None:
    """Padding never reaches a sentence: batched with others (longer and empty), same marginals."""
    alone = tagger.marginals([SENT[:3]])[0]
    batched = tagger.marginals([SENT, [], SENT[:3], SENT + SENT])
    np.testing.assert_allclose(batched[2], alone, atol=1e-6)
    assert batched[1].shape == (0, len(LABELS))
    np.testing.assert_allclose(batched[0], tagger.marginals([SENT])[0], atol=1e-6)
    many = [SENT[: 1 + i % 5] for i in range(70)]  # more sentences than one batch holds
    for sent, got in zip(many, tagger.marginals(many), strict=True):
        np.testing.assert_allclose(got, tagger.marginals([sent])[0], atol=1e-6)


@settings(max_examples=30, deadline=None)
@given(st.lists(st.sampled_from(["قال", "محمد", "بغداد", "x", "؟", "ابن"]), min_size=1, max_size=6))
def test_marginals_are_distributions(words: list[str]) -> None:
    m = NeuralTagger(tiny_arrays(1)).marginals([[(w, w, []) for w in words]])[0]
    assert np.all(m >= 0) and np.allclose(m.sum(axis=1), 1.0)


@settings(max_examples=50, deadline=None)
@given(st.lists(st.lists(st.floats(-5, 5), min_size=5, max_size=5), min_size=1, max_size=7))
def test_bio_decoding_is_valid_and_optimal(rows: list[list[float]]) -> None:
    logp = np.array(rows)
    best = decode_bio([logp], LABELS)[0]
    tags = [LABELS[j] for j in best]
    for prev, tag in zip(["O", *tags], tags, strict=False):
        assert not tag.startswith("I-") or prev[2:] == tag[2:]
    valid = [ys for ys in itertools.product(range(len(LABELS)), repeat=len(rows))
             if all(not LABELS[y].startswith("I-") or (p is not None and LABELS[p][2:] == LABELS[y][2:])
                    for p, y in zip([None, *ys], ys, strict=False))]
    top = max(sum(logp[t, y] for t, y in enumerate(ys)) for ys in valid)
    assert sum(logp[t, y] for t, y in enumerate(best)) == pytest.approx(top)


def test_crf_marginals_of_one_token_are_a_softmax() -> None:
    emit = np.array([[[1.0, 2.0, 0.5]]])
    p = np.exp(emit[0, 0])
    np.testing.assert_allclose(crf_marginals(emit, [1], np.zeros((3, 3)))[0, 0], p / p.sum())


def test_model_files_round_trip_and_bad_ones_are_clear(tmp_path: Path) -> None:
    path = tmp_path / "nn.npz"
    np.savez_compressed(path, **tiny_arrays())
    loaded = NeuralTagger.load(path)
    np.testing.assert_allclose(loaded.marginals([SENT])[0], NeuralTagger(tiny_arrays()).marginals([SENT])[0])
    with pytest.raises(ModelError, match="not found"):
        NeuralTagger.load(tmp_path / "missing.npz")
    bad = tmp_path / "bad.npz"
    bad.write_bytes(b"not a zip file")
    with pytest.raises(ModelError, match="cannot read"):
        NeuralTagger.load(bad)
    partial = {k: v for k, v in tiny_arrays().items() if k != "trans"}
    with pytest.raises(ModelError, match="lacks trans"):
        NeuralTagger(partial)
    wrong = tiny_arrays() | {"feats": np.array(["cue=title"])}
    with pytest.raises(ModelError, match="input size"):
        NeuralTagger(wrong)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(st.integers(-8, 7), min_size=6, max_size=6), min_size=1, max_size=8))
def test_four_bit_rows_round_trip(rows: list[list[int]]) -> None:
    q = np.array(rows, dtype=np.int8)
    packed = pack_int4(q)
    assert packed.dtype == np.uint8 and packed.shape == (len(rows), 3)
    np.testing.assert_array_equal(unpack_int4(packed), q)


def test_four_bit_packing_layout_and_bad_input() -> None:
    # column 0 in the low nibble, column 1 in the high one, two's complement
    np.testing.assert_array_equal(pack_int4(np.array([[1, -1, -8, 7]], np.int8)), [[0xF1, 0x78]])
    for bad in (np.array([[1, 2, 3]], np.int8), np.array([[9, 0]], np.int8), np.array([1, 2], np.int8)):
        with pytest.raises(ValueError, match="pack_int4"):
            pack_int4(bad)


def test_a_model_with_four_bit_vectors_tags_like_its_int8_twin(tmp_path: Path) -> None:
    """The same integers stored packed (``emb_q4``) or as int8 (``emb_q``) give the same network;
    a model with neither, or with fewer vectors than words, is a clear error."""
    a = tiny_arrays()
    a["emb_q"] = np.clip(a["emb_q"] // 16, -7, 7).astype(np.int8)
    packed = {k: v for k, v in a.items() if k != "emb_q"} | {"emb_q4": pack_int4(a["emb_q"])}
    np.savez_compressed(tmp_path / "p.npz", **packed)
    np.testing.assert_array_equal(stored_vectors(packed), a["emb_q"])
    np.testing.assert_allclose(NeuralTagger.load(tmp_path / "p.npz").marginals([SENT])[0],
                               NeuralTagger(a).marginals([SENT])[0])
    with pytest.raises(ModelError, match="lack emb_q4"):
        NeuralTagger({k: v for k, v in a.items() if k != "emb_q"})
    with pytest.raises(ModelError, match="4 words but 3 vectors"):
        NeuralTagger(a | {"emb_q": a["emb_q"][:3], "emb_scale": a["emb_scale"][:3]})


ANER = ("O", "B-PERS", "I-PERS", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC")


def test_a_stacked_model_with_a_network_tags_alike_on_both_engines(tmp_path: Path) -> None:
    """A model whose ner.json names a network mixes its marginals into the stacked CRF's: both
    engines (numpy, python-crfsuite) give the same valid BIO labels, and its weight is checked."""
    import json

    from ner_tiny_corpus import LINES

    from marsad.ner.conll import parse_conll
    from marsad.ner.crf import CrfTagger
    from marsad.ner.stacking import StackConfig
    from marsad.ner.train import CrfParams, TrainSettings, train_model

    out = tmp_path / "m" / "tiny.json"
    train_model(parse_conll(LINES * 6), out, TrainSettings(params=CrfParams(max_iterations=10),
                                                           stack=StackConfig(window=2, folds=2)))
    arrays = tiny_arrays(2) | {"labels": np.array(ANER)}
    rng = np.random.default_rng(3)
    arrays |= {"out_w": rng.normal(0, 1, (len(ANER), 6)).astype(np.float32),
               "out_b": rng.normal(0, 1, len(ANER)).astype(np.float32),
               "trans": np.zeros((len(ANER), len(ANER)), np.float32), "start": np.zeros(len(ANER), np.float32)}
    np.savez_compressed(out.parent / "tiny.nn.npz", **arrays)
    meta = json.loads(out.read_text(encoding="utf-8"))
    plain = CrfTagger.load(out).tag_document([["زار", "بوش", "بغداد", "أمس"]])
    meta["neural"] = {"file": "tiny.nn.npz", "crf_weight": 0.5}
    out.write_text(json.dumps(meta), encoding="utf-8")
    words = [["زار", "بوش", "بغداد", "أمس"], ["قال", "الرئيس", "محمد"]]
    fast, slow = CrfTagger.load(out), CrfTagger.load(out, engine="crfsuite")
    assert fast.neural is not None and CrfTagger.load(out, first_pass_only=True).neural is None
    labels, scores = fast.tag_document(words)
    slow_labels, slow_scores = slow.tag_document(words)
    assert labels == slow_labels
    for a, b in zip(scores, slow_scores, strict=True):
        np.testing.assert_allclose(a, b, atol=1e-9)
    for sent in labels:
        for prev, tag in zip(["O", *sent], sent, strict=False):
            assert not tag.startswith("I-") or prev[2:] == tag[2:]
    assert all(0 < p <= 1 for row in scores for p in row)
    meta["neural"]["crf_weight"] = 1.0  # the CRF alone: its own labels back (BIO-decoded marginals)
    out.write_text(json.dumps(meta), encoding="utf-8")
    assert CrfTagger.load(out).tag_document(words[:1])[0] == plain[0]
    meta["neural"]["crf_weight"] = 1.5
    out.write_text(json.dumps(meta), encoding="utf-8")
    with pytest.raises(ModelError, match="between 0 and 1"):
        CrfTagger.load(out)


def test_training_the_network_writes_a_model_the_tagger_reads(tmp_path: Path) -> None:
    pytest.importorskip("torch")
    from ner_tiny_corpus import LINES

    from marsad.ner.conll import parse_conll
    from marsad.ner.crf import build_extractor
    from marsad.ner.features import FeatureConfig
    from marsad.ner.neural import neural_tokens
    from marsad.ner.neural_train import train_neural

    sents = parse_conll(LINES * 3)
    vectors = tmp_path / "v.npz"
    a = tiny_arrays()
    q4 = np.clip(a["emb_q"] // 16, -7, 7).astype(np.int8)
    np.savez_compressed(vectors, words=a["words"], emb_q4=pack_int4(q4), emb_scale=a["emb_scale"])
    ext = build_extractor(FeatureConfig(), None)
    report = train_neural(sents, ext, vectors, tmp_path / "nn.npz", epochs=2, threads=1, dev=sents[:2])
    assert report["epochs"] == 2 and len(report["dev_f1"]) == 2
    tagger = NeuralTagger.load(tmp_path / "nn.npz")
    with np.load(tmp_path / "nn.npz") as z:  # the vectors travel as the vector file stored them
        assert "emb_q" not in z.files and (stored_vectors(z) == q4).all()
    m = tagger.marginals([neural_tokens(ext, list(sents[0].tokens))])[0]
    assert m.shape == (len(sents[0].tokens), 9) and np.allclose(m.sum(1), 1)
    with pytest.raises(ModelError, match="word vectors"):
        train_neural(sents, ext, tmp_path / "none.npz", tmp_path / "x.npz", epochs=1)


def test_training_with_a_network_fails_first_without_its_vectors(tmp_path: Path) -> None:
    """The network's prerequisites are checked before the CRFs are fitted (minutes), not after."""
    from ner_tiny_corpus import LINES

    from marsad.ner.conll import parse_conll
    from marsad.ner.stacking import StackConfig
    from marsad.ner.train import CrfParams, NeuralSettings, TrainSettings, train_model

    settings = TrainSettings(params=CrfParams(max_iterations=5), stack=StackConfig(window=2, folds=2),
                             neural=NeuralSettings(vectors=tmp_path / "missing.npz", epochs=1))
    out = tmp_path / "m" / "tiny.json"
    with pytest.raises(ModelError, match=r"PyTorch|word vectors not found"):
        train_model(parse_conll(LINES * 3), out, settings)
    assert not (tmp_path / "m" / "tiny.crfsuite").exists()
