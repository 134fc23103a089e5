"""`marsad train ner`, `marsad tag --conll`, `marsad eval ner`: the NER tagger from the command line."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import typer
from rich.console import Console

from marsad.commands.groups import eval_app, train_app
from marsad.errors import InputError


def _train(
    train: Path | None = typer.Option(None, "--train", help="CoNLL `token TAG` training file "
                                      "(default: ../shared ANERcorp train)."),
    out: Path | None = typer.Option(None, "--out", help="Model to write (NAME.json plus NAME*.crfsuite; "
                                    "default: the bundled model)."),
    clusters: Path | None = typer.Option(None, "--clusters", help="Word-cluster file (default: bundled)."),
    dev: int = typer.Option(0, "--dev", min=0, help="Hold out the last N sentences and score them."),
    test: Path | None = typer.Option(None, "--test", help="Score this CoNLL file after training."),
    no_stack: bool = typer.Option(False, "--no-stack", help="Train the first CRF only."),
    neural_epochs: int | None = typer.Option(None, "--neural-epochs", min=0, help="Epochs of the network "
                                             "mixed with the stacked CRF (0: none; default: the bundled "
                                             "model's; needs PyTorch: pip install 'marsad[train]')."),
    vectors: Path | None = typer.Option(None, "--vectors", help="Word vectors of scripts/build_word_clusters.py "
                                        "--vectors-out (default: build/ner-vectors.npz)."),
) -> None:
    """Train the NER tagger (CRFs and network); with the defaults it reproduces the bundled model."""
    from marsad.ner import train as tr

    argv: list[str] = ["--dev", str(dev)]
    for flag, value in (("--train", train), ("--out", out), ("--clusters", clusters), ("--test", test),
                        ("--neural-epochs", neural_epochs), ("--vectors", vectors)):
        if value is not None:
            argv += [flag, str(value)]
    if no_stack:
        argv.append("--no-stack")
    args = tr.parse_args(argv)
    if not args.train.is_file():
        raise InputError("training file not found (give --train)", where=str(args.train))
    report = tr.run(args)
    typer.echo(json.dumps(report, ensure_ascii=False, indent=1))


def _tag(
    conll: Path = typer.Option(..., "--conll", help="CoNLL file: `token TAG` (or `token`) lines, "
                               "a blank line between sentences."),
    model: Path | None = typer.Option(None, "--model", help="Model NAME.json (default: bundled)."),
    output: Path | None = typer.Option(None, "--output", "-o", help="Write here instead of stdout."),
    first_pass: bool = typer.Option(False, "--first-pass", help="Use only the first CRF of a stacked model."),
    no_network: bool = typer.Option(False, "--no-network", help="Leave out the network mixed with the stacked "
                                    "CRFs (what `[ner] backend = \"crf-stacked\"` codes with)."),
) -> None:
    """Tag a CoNLL file; writes `token gold predicted` lines."""
    from marsad.ner.conll import read_conll, write_conll
    from marsad.ner.crf import CrfTagger

    sents = read_conll(conll)
    tagger = CrfTagger.load(model, first_pass_only=first_pass, network=not no_network)
    pred, _ = tagger.tag_document([s.tokens for s in sents])
    if output is None:
        write_conll(sys.stdout, sents, pred)
    else:
        with output.open("w", encoding="utf-8") as fh:
            write_conll(fh, sents, pred)


def _eval(
    files: list[Path] = typer.Argument(..., help="`token gold predicted` files (from `marsad tag`), or "
                                       "`token gold` files to tag with the model first (each file one "
                                       "document); figures are pooled over all files."),
    model: Path | None = typer.Option(None, "--model", help="Model NAME.json (default: bundled)."),
    as_json: bool = typer.Option(False, "--json", help="Print the figures as JSON."),
    first_pass: bool = typer.Option(False, "--first-pass", help="Use only the first CRF of a stacked model."),
    no_network: bool = typer.Option(False, "--no-network", help="Leave out the network mixed with the stacked "
                                    "CRFs (what `[ner] backend = \"crf-stacked\"` codes with)."),
) -> None:
    """Entity-level micro P/R/F1 (CoNLL: exact span and type) and per-type figures."""
    from marsad.ner.conll import read_columns
    from marsad.ner.evaluate import score_files, scores_table

    tagger = None
    for f in files:
        sents = read_columns(f)
        if sents and len(sents[0][0]) < 3:
            from marsad.ner.crf import CrfTagger

            tagger = CrfTagger.load(model, first_pass_only=first_pass, network=not no_network)
            break
    scores = score_files(files, tagger)
    if as_json:
        typer.echo(json.dumps(scores.to_dict(), indent=1))
    else:
        name = files[0].name if len(files) == 1 else f"{len(files)} files"
        Console().print(scores_table(scores, title=f"NER — {name}"))


def register(app: typer.Typer) -> None:
    """Add `tag` to the root app and `ner` to the `train` and `eval` groups."""
    train_app.command("ner")(_train)
    eval_app.command("ner")(_eval)
    app.command("tag")(_tag)
