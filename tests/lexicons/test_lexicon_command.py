"""`marsad lexicon check`: counts on success, file:line and exit 1 on a bad entry."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from typer.testing import CliRunner

from marsad.cli import app
from marsad.lexicons.check import CHECKS, resolve_check, run_all_checks, run_checks

LexFile = Callable[..., Path]
runner = CliRunner()


def test_check_prints_counts() -> None:
    result = runner.invoke(app, ["lexicon", "check"])
    assert result.exit_code == 0, result.output
    for label in ("countries and territories", "people: terms of office", "organisations with a Wikidata QID",
                  "adjective surface forms", "sector nouns", "capitals and seats of power"):
        assert label in result.output


def test_check_names_the_bad_line_of_an_extra_dir(lexfile: LexFile, tmp_path: Path) -> None:
    path = lexfile("person", "p.x\tرئيس\tX\tIRN\tGOV\tpresident\t2020-02-30\t\t")
    result = runner.invoke(app, ["lexicon", "check", "--dir", str(tmp_path)])
    assert result.exit_code == 1
    assert f"{path}:7" in result.output
    assert "bad date" in result.output


def test_check_lists_every_bad_line(lexfile: LexFile, tmp_path: Path) -> None:
    people = lexfile("person", "p.x\tرئيس\tX\tIRN\tGOV\tpresident\t2020-02-30\t\t",
                     "p.y\tرئيس\tY\tIRN\tGOV\tpresident\t2020-01-01\t2019-01-01\t")
    orgs = lexfile("org", "org.x\tX\tحركة\tX\t\tUAF\tQ0\t\t")
    result = runner.invoke(app, ["lexicon", "check", "--dir", str(tmp_path)])
    assert result.exit_code == 1
    for where in (f"{orgs}:7", f"{people}:7", f"{people}:8"):
        assert where in result.output


def test_check_accepts_a_good_extra_dir(lexfile: LexFile, tmp_path: Path) -> None:
    lexfile("plural", "pl.extra\tplural\tcountry\tالبلدان الأعضاء\tmember countries")
    result = runner.invoke(app, ["lexicon", "check", "--dir", str(tmp_path)])
    assert result.exit_code == 0, result.output


def test_registry_entries_resolve() -> None:
    assert "marsad.lexicons.check:check_actor_lexicon" in CHECKS
    for spec in CHECKS:
        assert callable(resolve_check(spec))
    results = dict(run_checks(None, ("marsad.lexicons.check:check_actor_lexicon",)))
    assert results["marsad.lexicons.check:check_actor_lexicon"]["person"] >= 400


def test_run_all_checks_keeps_going() -> None:
    specs = ("marsad.lexicons.check:no_such_function", "marsad.lexicons.check:check_actor_lexicon")
    results, errors = run_all_checks(None, specs)
    assert [spec for spec, _ in results] == [specs[1]]
    assert len(errors) == 1 and "cannot import" in errors[0].message


def test_unknown_check_is_a_lexicon_error() -> None:
    import pytest

    from marsad.errors import LexiconError

    with pytest.raises(LexiconError, match="cannot import"):
        resolve_check("marsad.lexicons.check:no_such_function")
