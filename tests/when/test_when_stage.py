"""WhenStage: fills doc.times from the text and the publication date."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from marsad.config import Config
from marsad.errors import ConfigError, LexiconError
from marsad.model import DocMeta
from marsad.text import analyze_text
from marsad.when.calendar import check_calendar, read_calendar
from marsad.when.cues import check_cues, read_cues
from marsad.when.stage import WhenStage, publication_date

HEAD = "# id: t\n# version: 1\n# licence: MIT\n# provenance: test\n"


def test_stage_uses_document_metadata_before_config(example_text: str) -> None:
    doc = replace(analyze_text(example_text), meta=DocMeta(published=date(2024, 4, 24)))
    out = WhenStage(Config(published="2020-01-01"))(doc)
    assert [(t.text, t.value) for t in out.times][:3] == [
        ("اليوم الأربعاء", "2024-04-24"), ("استمرت ثلاثة أيام", "2024-04-22/2024-04-24"),
        ("يناير/كانون الثاني", "2024-01")]
    assert all(example_text[t.start:t.end] == t.text for t in out.times)


def test_stage_falls_back_to_config_published() -> None:
    out = WhenStage(Config(published="2024-04-24"))(analyze_text("وصل الوفد أمس"))
    assert [t.value for t in out.times] == ["2024-04-23"]
    assert publication_date(out, Config()) is None


def test_bad_published_option_is_a_config_error() -> None:
    with pytest.raises(ConfigError):
        WhenStage(Config(published="24/04/2024"))


def test_stage_contract() -> None:
    stage = WhenStage(Config())
    assert (stage.name, stage.provides) == ("when@1", ("times",))


def test_data_files_validate() -> None:
    assert check_calendar()["calendar month"] >= 30
    assert check_cues()["attach prep"] >= 5


@pytest.mark.parametrize(("row", "message"), [
    ("month\t13\tيناير\t\n", "within 1..12"),
    ("season\t1\tربيع\t\n", "unknown kind"),
    ("unit\tfortnight\tأسبوعين\t\n", "unit must be"),
    ("month\t1\tيناير\tmaybe\n", "context"),
    ("month\t1\tيناير||كانون\t\n", "empty name"),
])
def test_calendar_errors_name_file_and_line(tmp_path: Path, row: str, message: str) -> None:
    path = tmp_path / "calendar.tsv"
    path.write_text(HEAD + "kind\tvalue\tnames\tcontext\n" + row, encoding="utf-8")
    with pytest.raises(LexiconError, match=message) as err:
        read_calendar(path)
    assert err.value.where == f"{path}:6"


@pytest.mark.parametrize(("row", "message"), [
    ("verb\tقال\n", "unknown kind"),
    ("prep\tفي||على\n", "empty word"),
])
def test_cue_errors_name_file_and_line(tmp_path: Path, row: str, message: str) -> None:
    path = tmp_path / "attach.tsv"
    path.write_text(HEAD + "kind\twords\n" + row, encoding="utf-8")
    with pytest.raises(LexiconError, match=message) as err:
        read_cues(path)
    assert err.value.where == f"{path}:6"
