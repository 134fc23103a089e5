"""The shared sub-command groups ``marsad train ...`` and ``marsad eval ...``.

Command modules add their commands to :data:`train_app` / :data:`eval_app` (for example
``marsad train ner``, ``marsad eval ner``, ``marsad eval gsr``); :func:`register` mounts both
groups on the root app, once, from ``COMMAND_MODULES``.
"""

from __future__ import annotations

import typer

train_app = typer.Typer(help="Train the statistical models marsad bundles.", no_args_is_help=True)
eval_app = typer.Typer(help="Score marsad against annotated data.", no_args_is_help=True)


def register(app: typer.Typer) -> None:
    """Mount the ``train`` and ``eval`` groups on the root app."""
    app.add_typer(train_app, name="train")
    app.add_typer(eval_app, name="eval")
