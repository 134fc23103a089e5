"""Training the neural part of the NER model (needs PyTorch: ``pip install 'marsad[train]'``).

``python -m marsad.ner.neural_train`` (or ``marsad train ner --neural``) trains the BiLSTM-CRF of
:mod:`marsad.ner.neural` on ANERcorp train with the word vectors of
``scripts/build_word_clusters.py --vectors-out`` and writes its ``.npz``. Everything is seeded and
runs on the CPU in a fixed number of threads; the number of epochs is fixed (chosen on the last
400 sentences of train, ``--dev 400``), so the run needs no held-out data.
"""

from __future__ import annotations

import argparse
import json
import logging
import random
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from marsad.errors import ModelError
from marsad.ner.conll import Sentence, read_conll
from marsad.ner.features import FeatureExtractor
from marsad.ner.neural import (
    MAX_CHARS,
    NeuralTagger,
    NeuralToken,
    decode_bio,
    neural_tokens,
    word_vectors,
)
from marsad.ner.scoring import score_entities

log = logging.getLogger(__name__)

LABELS = ("O", "B-PERS", "I-PERS", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC")
DEFAULT_VECTORS = Path("build/ner-vectors.npz")  # scripts/build_word_clusters.py --vectors-only --vectors-out


def check_can_train(vectors: Path) -> None:
    """Fail at once, with one line, when the network cannot be trained here (no PyTorch, or no
    word-vector file), before anything slower runs."""
    try:
        import torch  # noqa: F401
    except ImportError:
        raise ModelError("training the neural NER model needs PyTorch (pip install 'marsad[train]'), "
                         "or pass --neural-epochs 0") from None
    if not vectors.is_file():
        raise ModelError("word vectors not found; build them with scripts/build_word_clusters.py "
                         "--vectors-only --vectors-out PATH", where=str(vectors))


def train_neural(train: Sequence[Sentence], extractor: FeatureExtractor, vectors: Path, out: Path, *,
                 epochs: int = 50, seed: int = 1, threads: int = 1, hidden: int = 100,
                 dev: Sequence[Sentence] = ()) -> dict[str, Any]:
    """Train the network on ``train`` and write it to ``out`` (``.npz``); with ``dev``, its
    micro-F1 after every epoch is logged and returned."""
    try:
        import torch
        from torch import nn
    except ImportError:
        raise ModelError("training the neural NER model needs PyTorch (pip install 'marsad[train]')") from None
    torch.manual_seed(seed)
    random.seed(seed)
    torch.set_num_threads(threads)
    torch.use_deterministic_algorithms(True)
    try:
        with np.load(vectors, allow_pickle=False) as z:
            stored = {k: z[k] for k in ("words", "emb_q4", "emb_q", "emb_scale") if k in z.files}
        words = stored["words"]
        vecs = word_vectors(stored, str(vectors))
    except (OSError, KeyError, ValueError) as exc:
        raise ModelError(f"cannot read word vectors ({exc}); build them with scripts/build_word_clusters.py "
                         "--vectors-only --vectors-out PATH", where=str(vectors)) from None
    widx = {str(w): i + 2 for i, w in enumerate(words)}
    toks = [neural_tokens(extractor, list(s.tokens)) for s in train]
    chars: dict[str, int] = {}
    for sent in toks:
        for norm, _b, _f in sent:
            for ch in norm[:MAX_CHARS]:
                chars.setdefault(ch, len(chars) + 2)
    feats = sorted({f for sent in toks for _n, _b, fs in sent for f in fs})
    fidx = {f: i for i, f in enumerate(feats)}
    lidx = {lab: i for i, lab in enumerate(LABELS)}

    def encode(sent: list[NeuralToken], tags: Sequence[str]) -> tuple[Any, ...]:
        w = [widx.get(n, 1) for n, _b, _f in sent]
        b = [widx.get(bb, 1) for _n, bb, _f in sent]
        ch = [[chars.get(c, 1) for c in n[:MAX_CHARS]] or [1] for n, _b, _f in sent]
        f = np.zeros((len(sent), len(feats)), np.float32)
        for i, (_n, _b, fs) in enumerate(sent):
            for x in fs:
                if x in fidx:
                    f[i, fidx[x]] = 1.0
        return w, b, ch, f, [lidx.get(t, 0) for t in tags]

    data = [encode(t, s.tags) for t, s in zip(toks, train, strict=True) if t]

    def batch(items: Sequence[tuple[Any, ...]]) -> tuple[Any, ...]:
        n = max(len(it[0]) for it in items)
        cl = max(len(c) for it in items for c in it[2])
        size = len(items)
        wt = torch.zeros(size, n, dtype=torch.long)
        bt = torch.zeros(size, n, dtype=torch.long)
        ct = torch.zeros(size, n, cl, dtype=torch.long)
        ft = torch.zeros(size, n, len(feats))
        yt = torch.zeros(size, n, dtype=torch.long)
        mt = torch.zeros(size, n, dtype=torch.bool)
        for k, (w, b, ch, f, y) in enumerate(items):
            m = len(w)
            wt[k, :m], bt[k, :m], yt[k, :m] = torch.tensor(w), torch.tensor(b), torch.tensor(y)
            mt[k, :m] = True
            ft[k, :m] = torch.from_numpy(f)
            for i, c in enumerate(ch):
                ct[k, i, : len(c)] = torch.tensor(c)
        return wt, bt, ct, ft, yt, mt

    class Net(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            dim = vecs.shape[1]
            self.emb = nn.Embedding(len(words) + 2, dim, padding_idx=0)
            with torch.no_grad():
                self.emb.weight.zero_()
                self.emb.weight[2:] = torch.from_numpy(vecs)
            self.emb.weight.requires_grad = False
            self.cemb = nn.Embedding(len(chars) + 2, 32, padding_idx=0)
            self.conv = nn.Conv1d(32, 64, 3, padding=1)
            self.drop = nn.Dropout(0.5)
            self.lstm = nn.LSTM(2 * dim + 64 + len(feats), hidden, batch_first=True, bidirectional=True)
            self.out = nn.Linear(2 * hidden, len(LABELS))
            self.trans = nn.Parameter(torch.zeros(len(LABELS), len(LABELS)))
            self.start = nn.Parameter(torch.zeros(len(LABELS)))

        def emissions(self, wt: Any, bt: Any, ct: Any, ft: Any, mt: Any) -> Any:
            size, n, cl = ct.shape
            ce = self.cemb(ct.view(size * n, cl)).transpose(1, 2)
            cf = torch.relu(self.conv(ce)).max(dim=2).values.view(size, n, -1)
            h = self.drop(torch.cat([self.emb(wt), self.emb(bt), cf, ft], -1))
            packed = nn.utils.rnn.pack_padded_sequence(h, mt.sum(1).cpu(), batch_first=True, enforce_sorted=False)
            o, _ = self.lstm(packed)
            o, _ = nn.utils.rnn.pad_packed_sequence(o, batch_first=True, total_length=n)
            return self.out(self.drop(o))

        def nll(self, e: Any, yt: Any, mt: Any) -> Any:
            n = e.shape[1]
            gold = self.start[yt[:, 0]] + e[:, 0].gather(1, yt[:, :1]).squeeze(1)
            for t in range(1, n):
                step = self.trans[yt[:, t - 1], yt[:, t]] + e[:, t].gather(1, yt[:, t : t + 1]).squeeze(1)
                gold = gold + step * mt[:, t]
            alpha = self.start + e[:, 0]
            for t in range(1, n):
                nxt = torch.logsumexp(alpha.unsqueeze(2) + self.trans.unsqueeze(0), 1) + e[:, t]
                alpha = torch.where(mt[:, t : t + 1], nxt, alpha)
            return (torch.logsumexp(alpha, 1) - gold).sum()

    net = Net()
    opt = torch.optim.Adam([p for p in net.parameters() if p.requires_grad], lr=1e-3)
    history: list[float] = []
    t0 = time.time()
    for epoch in range(epochs):
        order = sorted(range(len(data)), key=lambda i: len(data[i][0]) + random.random() * 5)
        batches = [order[i : i + 32] for i in range(0, len(order), 32)]
        random.shuffle(batches)
        net.train()
        total = 0.0
        for idx in batches:
            wt, bt, ct, ft, yt, mt = batch([data[i] for i in idx])
            loss = net.nll(net.emissions(wt, bt, ct, ft, mt), yt, mt) / len(idx)
            opt.zero_grad()
            loss.backward()
            nn.utils.clip_grad_norm_(net.parameters(), 5.0)
            opt.step()
            total += float(loss.item())
        line = f"epoch {epoch + 1}/{epochs}: loss {total:.1f} ({time.time() - t0:.0f}s)"
        if dev:
            net.eval()
            tagger = NeuralTagger(_export(net, stored, chars, feats))
            f1 = evaluate_neural(tagger, extractor, dev)
            history.append(f1)
            line += f", dev F1 {f1:.4f}"
        log.info("%s", line)
    net.eval()
    arrays = _export(net, stored, chars, feats)
    out.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(out, **arrays)  # type: ignore[arg-type]
    return {"epochs": epochs, "hidden": hidden, "seconds": round(time.time() - t0, 1), "dev_f1": history}


def _export(net: Any, vectors: dict[str, np.ndarray], chars: dict[str, int],
            feats: Sequence[str]) -> dict[str, np.ndarray]:
    """The trained network as the plain arrays of a model file (the word vectors as the vector
    file stores them: ``words``, ``emb_q4`` or ``emb_q``, ``emb_scale``)."""
    sd = {k: v.detach().cpu().numpy() for k, v in net.state_dict().items()}
    arrays: dict[str, np.ndarray] = {
        **vectors, "emb_scale": vectors["emb_scale"].astype(np.float32),
        "chars": np.array(sorted(chars, key=chars.__getitem__)), "feats": np.array(list(feats)),
        "labels": np.array(LABELS), "cemb": sd["cemb.weight"], "conv_w": sd["conv.weight"],
        "conv_b": sd["conv.bias"], "out_w": sd["out.weight"], "out_b": sd["out.bias"],
        "trans": sd["trans"], "start": sd["start"],
    }  # fmt: skip
    for d, suffix in (("f", ""), ("b", "_reverse")):
        for name in ("weight_ih", "weight_hh", "bias_ih", "bias_hh"):
            short = name.replace("weight", "w").replace("bias", "b")
            arrays[f"{d}_{short}"] = sd[f"lstm.{name}_l0{suffix}"]
    return arrays


def evaluate_neural(tagger: NeuralTagger, extractor: FeatureExtractor, sentences: Sequence[Sentence]) -> float:
    """Micro-F1 of the network alone (BIO decoding of its marginals) on ``sentences``."""
    marg = tagger.marginals([neural_tokens(extractor, list(s.tokens)) for s in sentences])
    best = decode_bio([np.log(np.maximum(m, 1e-12)) for m in marg], tagger.labels)
    pred = [[tagger.labels[j] for j in y] for y in best]
    return score_entities([s.tags for s in sentences], pred).micro.f1


def main(argv: Sequence[str] | None = None) -> None:
    """Command-line entry point of ``python -m marsad.ner.neural_train``."""
    from marsad.ner.crf import MODELS_DIR, build_extractor
    from marsad.ner.features import FeatureConfig
    from marsad.ner.train import DEFAULT_TRAIN

    ap = argparse.ArgumentParser(prog="python -m marsad.ner.neural_train", description=__doc__.split("\n\n")[0])
    ap.add_argument("--train", type=Path, default=DEFAULT_TRAIN)
    ap.add_argument("--vectors", type=Path, default=DEFAULT_VECTORS)
    ap.add_argument("--out", type=Path, default=MODELS_DIR / "ner.nn.npz")
    ap.add_argument("--dev", type=int, default=0, help="hold out the last N sentences and score them")
    ap.add_argument("--epochs", type=int, default=50)
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--hidden", type=int, default=100, help="LSTM units per direction")
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s: %(message)s")
    sents = read_conll(args.train)
    train, dev = (sents[: -args.dev], sents[-args.dev :]) if args.dev else (sents, [])
    extractor = build_extractor(FeatureConfig(), None)  # the network reads no clusters
    report = train_neural(train, extractor, args.vectors, args.out, epochs=args.epochs, seed=args.seed,
                          threads=args.threads, hidden=args.hidden, dev=dev)
    log.info("%s", json.dumps(report))


if __name__ == "__main__":
    main()
