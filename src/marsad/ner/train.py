"""Training the CRF tagger on a CoNLL file (ANERcorp train by default).

``python -m marsad.ner.train`` (or ``marsad train ner``) reproduces the bundled model:
the first CRF on all features; with stacking, ``folds`` first-pass models give out-of-fold
predictions on the training data, and a second CRF learns from those plus the document-level
features of :mod:`marsad.ner.stacking`. ``--dev N`` holds out the last N sentences of the
training file (ANERcorp is in document order) to tune on; the reported figures on a test file
never feed back into any choice.
"""

from __future__ import annotations

import argparse
import json
import logging
import shutil
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import pycrfsuite

from marsad.errors import ModelError
from marsad.ner.clusters import DEFAULT_CLUSTERS, load_clusters
from marsad.ner.conll import Sentence, read_conll
from marsad.ner.crf import MODELS_DIR, CrfTagger, ModelMeta, build_extractor, gazetteer_key
from marsad.ner.fastcrf import FastCrf, read_crfsuite
from marsad.ner.features import FeatureConfig, FeatureExtractor
from marsad.ner.scoring import score_entities
from marsad.ner.stacking import StackConfig, confidence_features, stacked_features

log = logging.getLogger(__name__)

SHARED_ANER = Path(__file__).resolve().parents[3].parent / "shared" / "data" / "ner" / "ANERcorp"
DEFAULT_TRAIN = SHARED_ANER / "ANERCorp_CamelLab_train.txt"

XSeq = list[list[str]]
# tags sentences lo:hi of the training data with a fold model: labels and confidence features
FoldTagger = Callable[[Path, int, int], tuple[list[list[str]], list[list[list[str]]]]]


@dataclass(frozen=True, slots=True)
class CrfParams:
    """L-BFGS settings of crfsuite; ``minfreq`` prunes features seen fewer times in training."""

    c1: float = 0.05
    c2: float = 0.02
    max_iterations: int = 150
    minfreq: int = 1

    def to_dict(self) -> dict[str, float | int]:
        return {"c1": self.c1, "c2": self.c2, "max_iterations": self.max_iterations,
                "minfreq": self.minfreq}


@dataclass(frozen=True, slots=True)
class NeuralSettings:
    """The network mixed with the stacked CRF (:mod:`marsad.ner.neural`; training needs PyTorch)."""

    vectors: Path = Path("build/ner-vectors.npz")  # scripts/build_word_clusters.py --vectors-out
    epochs: int = 50
    hidden: int = 100  # LSTM units per direction
    crf_weight: float = 0.5  # the CRF's share of the mixed marginals
    seed: int = 1
    threads: int = 1  # the bundled network was trained on one thread (another count may round differently)


@dataclass(frozen=True, slots=True)
class TrainSettings:
    """Everything a training run needs besides the data."""

    features: FeatureConfig = field(default_factory=FeatureConfig)
    params: CrfParams = field(default_factory=CrfParams)
    params2: CrfParams | None = None  # second pass (defaults to ``params``)
    stack: StackConfig | None = field(default_factory=StackConfig)
    clusters: Path | None = DEFAULT_CLUSTERS
    neural: NeuralSettings | None = None  # with a stacked model only


def train_crf(xseqs: Sequence[XSeq], yseqs: Sequence[Sequence[str]], path: Path, params: CrfParams) -> None:
    """Train one CRF with L-BFGS and write it to ``path``."""
    trainer = pycrfsuite.Trainer(verbose=False)
    for x, y in zip(xseqs, yseqs, strict=True):
        if x:
            trainer.append(x, list(y))
    trainer.set_params({"c1": params.c1, "c2": params.c2, "max_iterations": params.max_iterations,
                        "feature.minfreq": params.minfreq, "feature.possible_transitions": True})
    t0 = time.time()
    trainer.train(str(path))
    log.info("trained %s in %.0fs (%d sequences)", path.name, time.time() - t0, len(xseqs))


def _tag_all(path: Path, xseqs: Sequence[XSeq]) -> list[list[str]]:
    tagger = pycrfsuite.Tagger()
    tagger.open(str(path))
    out = [tagger.tag(x) if x else [] for x in xseqs]
    tagger.close()
    return out


def _out_of_fold(xseqs: Sequence[XSeq], yseqs: Sequence[Sequence[str]], folds: int, params: CrfParams,
                 tmp: Path, fast: FoldTagger | None,
                 ) -> tuple[list[list[str]], list[list[list[str]]] | None]:
    """First-pass predictions on the training data, each block tagged by a model that did not see it
    (with ``fast``: tagged by it, which also gives the confidence features of those blocks)."""
    n = len(xseqs)
    pred: list[list[str]] = [[] for _ in range(n)]
    conf: list[list[list[str]]] | None = [[] for _ in range(n)] if fast else None
    bounds = [round(n * k / folds) for k in range(folds + 1)]
    for k in range(folds):
        lo, hi = bounds[k], bounds[k + 1]
        path = tmp / f"fold{k}.crfsuite"
        train_crf([*xseqs[:lo], *xseqs[hi:]], [*yseqs[:lo], *yseqs[hi:]], path, params)
        if fast is None or conf is None:
            pred[lo:hi] = _tag_all(path, xseqs[lo:hi])
        else:
            pred[lo:hi], conf[lo:hi] = fast(path, lo, hi)
    return pred, conf


def _fold_tagger(extractor: FeatureExtractor, words: Sequence[Sequence[str]]) -> FoldTagger:
    """Tags sentences ``lo:hi`` with a fold model and gives their confidence features."""
    def tag(path: Path, lo: int, hi: int) -> tuple[list[list[str]], list[list[list[str]]]]:
        crf = FastCrf(read_crfsuite(path), extractor)
        block = words[lo:hi]
        labels, _, marg = crf.tag_full(block, [extractor.words(s) for s in block], with_marginals=True)
        assert marg is not None
        return labels, [confidence_features(crf.weights.labels, marg[k, : len(y)].tolist(), y)
                        for k, y in enumerate(labels)]
    return tag


def train_model(sentences: Sequence[Sentence], out: Path, settings: TrainSettings,
                info: dict[str, Any] | None = None) -> ModelMeta:
    """Train a model on ``sentences`` and write ``out`` (``NAME.json``) and its CRF files beside it."""
    if not sentences:
        raise ModelError("no training sentences")
    if settings.neural is not None and settings.stack is not None:
        from marsad.ner.neural_train import check_can_train

        check_can_train(settings.neural.vectors)  # before the CRF fits, not after them
    out = out.with_suffix(".json")
    out.parent.mkdir(parents=True, exist_ok=True)
    clusters = load_clusters(settings.clusters) if settings.features.clusters and settings.clusters else None
    extractor = build_extractor(settings.features, clusters)
    words = [list(s.tokens) for s in sentences]
    ys = [list(s.tags) for s in sentences]
    xs = [extractor.sentence(w) for w in words]
    stem = out.stem
    crf_files = [f"{stem}.crfsuite"]
    train_crf(xs, ys, out.parent / crf_files[0], settings.params)
    if settings.stack is not None:
        with tempfile.TemporaryDirectory(prefix="marsad-ner-") as tmp:
            fast = _fold_tagger(extractor, words) if settings.stack.confidence else None
            oof, conf = _out_of_fold(xs, ys, settings.stack.folds, settings.params, Path(tmp), fast)
        keys = [[gazetteer_key(w) for w in s] for s in words]
        x2 = stacked_features(xs, keys, oof, settings.stack, conf)
        crf_files.append(f"{stem}.stack.crfsuite")
        train_crf(x2, ys, out.parent / crf_files[1], settings.params2 or settings.params)
    neural_file, neural_info = None, {}
    if settings.neural is not None and settings.stack is not None:
        from marsad.ner.neural_train import train_neural

        neural_file = f"{stem}.nn.npz"
        ns = settings.neural
        neural_info = {"neural": {**train_neural(sentences, extractor, ns.vectors, out.parent / neural_file,
                                                 epochs=ns.epochs, seed=ns.seed, threads=ns.threads,
                                                 hidden=ns.hidden),
                                  "vectors": ns.vectors.name, "seed": ns.seed}}
    cluster_name = None
    if clusters is not None and settings.clusters is not None:
        cluster_name = settings.clusters.name
        target = out.parent / cluster_name
        if target.resolve() != settings.clusters.resolve():
            shutil.copyfile(settings.clusters, target)
    meta = ModelMeta(features=settings.features, clusters=cluster_name, stack=settings.stack,
                     crf_files=tuple(crf_files),
                     info={"params": settings.params.to_dict(),
                           "params2": (settings.params2 or settings.params).to_dict(),
                           "sentences": len(sentences), "tokens": sum(len(w) for w in words),
                           **neural_info, **(info or {})},
                     neural_file=neural_file,
                     neural_weight=settings.neural.crf_weight if settings.neural else 0.5)
    out.write_text(json.dumps(meta.to_dict(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return meta


def evaluate(tagger: CrfTagger, sentences: Sequence[Sentence]) -> dict[str, Any]:
    """Tag ``sentences`` as one running text and score them (entity-level, CoNLL)."""
    pred, _ = tagger.tag_document([s.tokens for s in sentences])
    return score_entities([s.tags for s in sentences], pred).to_dict()


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    """Parse the options of ``python -m marsad.ner.train`` (also used by ``marsad train ner``)."""
    _P, _S = CrfParams(), StackConfig()
    ap = argparse.ArgumentParser(prog="python -m marsad.ner.train", description=__doc__.split("\n\n")[0])
    ap.add_argument("--train", type=Path, default=DEFAULT_TRAIN)
    ap.add_argument("--out", type=Path, default=MODELS_DIR / "ner.json")
    ap.add_argument("--clusters", type=Path, default=DEFAULT_CLUSTERS)
    ap.add_argument("--dev", type=int, default=0, help="hold out the last N sentences and score them")
    ap.add_argument("--test", type=Path, default=None, help="score this file after training (report only)")
    ap.add_argument("--c1", type=float, default=_P.c1)
    ap.add_argument("--c2", type=float, default=_P.c2)
    ap.add_argument("--iterations", type=int, default=_P.max_iterations)
    ap.add_argument("--minfreq", type=int, default=_P.minfreq)
    ap.add_argument("--no-stack", action="store_true", help="train the first pass only")
    ap.add_argument("--window", type=int, default=_S.window)
    ap.add_argument("--folds", type=int, default=_S.folds)
    ap.add_argument("--confidence", action="store_true",
                    help="the second CRF also sees the first pass's marginals")
    ap.add_argument("--no-clusters", action="store_true")
    ap.add_argument("--no-gazetteer", action="store_true")
    ap.add_argument("--no-cues", action="store_true")
    ap.add_argument("--no-cluster-bigrams", dest="cluster_bigrams", action="store_false")
    ap.add_argument("--embedding", action="store_true", help="binarised-embedding features")
    ap.add_argument("--no-nisba", dest="nisba", action="store_false", help="no nisba-adjective features")
    ap.add_argument("--no-near-base-clusters", dest="near_base_clusters", action="store_false",
                    help="neighbours do not see the clusters of a word's clitic-free base")
    ap.add_argument("--feature-window", type=int, default=FeatureConfig().window)
    _N = NeuralSettings()
    ap.add_argument("--neural-epochs", type=int, default=_N.epochs,
                    help="epochs of the network mixed with the stacked CRF (0: no network; needs PyTorch)")
    ap.add_argument("--vectors", type=Path, default=_N.vectors,
                    help="word vectors of scripts/build_word_clusters.py --vectors-out")
    ap.add_argument("--crf-weight", type=float, default=_N.crf_weight, help="the CRF's share of the mixture")
    ap.add_argument("--threads", type=int, default=_N.threads, help="CPU threads of the network's training")
    return ap.parse_args(argv)


def settings_from_args(args: argparse.Namespace) -> TrainSettings:
    """The training settings named by command-line options."""
    feats = replace(FeatureConfig(), clusters=not args.no_clusters, gazetteer=not args.no_gazetteer,
                    cues=not args.no_cues, cluster_bigrams=args.cluster_bigrams,
                    embedding=args.embedding, nisba=args.nisba,
                    near_base_clusters=args.near_base_clusters, window=args.feature_window)
    params = CrfParams(args.c1, args.c2, args.iterations, args.minfreq)
    stack = None if args.no_stack else StackConfig(args.window, args.folds, int(args.confidence))
    neural = None
    if args.neural_epochs > 0 and stack is not None:
        neural = NeuralSettings(vectors=args.vectors, epochs=args.neural_epochs, crf_weight=args.crf_weight,
                                threads=args.threads)
    return TrainSettings(features=feats, params=params, stack=stack,
                         clusters=None if args.no_clusters else args.clusters, neural=neural)


def run(args: argparse.Namespace) -> dict[str, Any]:
    """Train (and score on dev/test when asked); returns the figures measured."""
    sents = read_conll(args.train)
    train, dev = (sents[: -args.dev], sents[-args.dev :]) if args.dev else (sents, [])
    settings = settings_from_args(args)
    t0 = time.time()
    train_model(train, args.out, settings, info={"train_file": args.train.name, "dev_sentences": len(dev)})
    report: dict[str, Any] = {"train_seconds": round(time.time() - t0, 1)}
    tagger = CrfTagger.load(args.out)
    if dev:
        report["dev"] = evaluate(tagger, dev)
    if args.test is not None:
        report["test"] = evaluate(tagger, read_conll(args.test))
    meta = json.loads(args.out.with_suffix(".json").read_text(encoding="utf-8"))
    meta["info"]["scores"] = report
    args.out.with_suffix(".json").write_text(json.dumps(meta, ensure_ascii=False, indent=1) + "\n",
                                             encoding="utf-8")
    return report


def main(argv: Sequence[str] | None = None) -> None:
    """Command-line entry point of ``python -m marsad.ner.train``."""
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s: %(message)s")
    report = run(parse_args(argv))
    log.info("%s", json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
