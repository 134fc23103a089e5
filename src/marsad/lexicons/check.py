"""Registry of lexicon validators run by ``marsad lexicon check``.

Each entry of :data:`CHECKS` is a ``"module:function"`` string naming a function
``(extra_dir: Path | None) -> dict[str, int]`` that validates one family of lexicon files and
returns counts to report, or raises :class:`~marsad.errors.LexiconError` naming file and line.
The event and place lexicons add their own validators here.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path

from marsad.errors import LexiconError

Validator = Callable[[Path | None], dict[str, int]]

CHECKS: tuple[str, ...] = (
    "marsad.lexicons.check:check_actor_lexicon",
    "marsad.events.lexicon:check_event_lexicon",
    "marsad.when.calendar:check_calendar",
    "marsad.when.cues:check_cues",
    "marsad.where.gazetteer:check_gazetteer",
)


def check_actor_lexicon(extra_dir: Path | None = None) -> dict[str, int]:
    """Validate the actor lexicon (bundled files plus ``extra_dir``) and return its counts."""
    from marsad.lexicons import load_actor_lexicon

    load_actor_lexicon.cache_clear()  # re-read the files: they may have been edited
    return load_actor_lexicon(extra_dir).counts()


def resolve_check(spec: str) -> Validator:
    """Import the validator named by a ``"module:function"`` string."""
    module_name, _, func_name = spec.partition(":")
    try:
        func = getattr(importlib.import_module(module_name), func_name)
    except (ImportError, AttributeError) as exc:
        raise LexiconError(f"cannot import lexicon check {spec!r}: {exc}", where="marsad.lexicons.check") from exc
    if not callable(func):
        raise LexiconError(f"lexicon check {spec!r} is not callable", where="marsad.lexicons.check")
    return func  # type: ignore[no-any-return]


def run_checks(extra_dir: Path | None = None,
               checks: tuple[str, ...] = CHECKS) -> list[tuple[str, dict[str, int]]]:
    """Run every registered validator; return ``(check name, counts)`` pairs in order.

    Raises the first failing validator's :class:`~marsad.errors.LexiconError`.
    """
    return [(spec, resolve_check(spec)(extra_dir)) for spec in checks]


def run_all_checks(extra_dir: Path | None = None, checks: tuple[str, ...] = CHECKS
                   ) -> tuple[list[tuple[str, dict[str, int]]], list[LexiconError]]:
    """Run every validator even when some fail: the counts of those that passed, and all errors."""
    results: list[tuple[str, dict[str, int]]] = []
    errors: list[LexiconError] = []
    for spec in checks:
        try:
            results.append((spec, resolve_check(spec)(extra_dir)))
        except LexiconError as exc:
            errors.extend(getattr(exc, "errors", (exc,)))
    return results, errors
