"""Actor lexicon files: each kind parses into entries, and every bad entry is named by file:line."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from marsad.errors import LexiconError
from marsad.lexicons import ActorLexicon, LexiconErrors, actor_files, load_actor_lexicon
from marsad.lexicons.actors import nisba_forms, parse_actor_file, validate_entries, with_article

LexFile = Callable[..., Path]
HEADER = "# id: test.{kind}\n# version: 1\n# licence: MIT\n# provenance: unit test\n# kind: {kind}\n"

GOOD_ROWS = {
    "country": "IRN\tIRN\tإيران\tIran",
    "capital": "cap.t\tIRN\tGOV\tطهران\tTehran",
    "adjective": "adj.t\tIRN\tإيراني\tIranian\t",
    "sector": "sec.t\tMIL\tarmy\tجيش\tarmy\tyes",
    "person": "p.t\tإبراهيم رئيسي\tEbrahim Raisi\tIRN\tGOV\tpresident\t2021-08-03\t2024-05-19\tQ123",
    "org": "org.t\tTEST\tحركة الاختبار\tTest movement\t\tUAF\tQ42\t\t",
    "plural": "pl.t\tdual\tcountry\tالدولتان|الدولتين\tthe two countries",
    "anaphor": "an.t\tالحركة\tthe movement",
    "community": "com.t\tKUR\tKurds\tكردي\tأكراد\tالكرد\t",
}


@pytest.mark.parametrize(
    ("kind", "row", "message"),
    [
        ("capital", "cap.t\tZZZ\tGOV\tطهران\tTehran", "unknown ISO 3166"),
        ("capital", "cap.t\tIRN\tXYZ\tطهران\tTehran", "unknown sector"),
        ("capital", "cap.t\tIRN\tGOV\tTehran\tTehran", "not in Arabic script"),
        ("capital", "cap.t\tIRN\tGOV\tطهران||تهران\tTehran", "empty name"),
        ("capital", "cap.t\tIRN\tGOV\tطهران|طهران\tTehran", "repeated"),
        ("capital", "cap.t\tIRN\tGOV\tطهران\t", "empty name_en"),
        ("capital", "bad id!\tIRN\tGOV\tطهران\tTehran", "bad id"),
        ("country", "IRN\tPAK\tباكستان\tPakistan", "must equal"),
        ("adjective", "adj.t\tIRN\tالإيراني\tIranian\t", "article"),
        ("adjective", "adj.t\tIRN\tإيرانية\tIranian\t", "end in ي"),
        ("sector", "sec.t\tMIL\tArmy\tجيش\tarmy\tyes", "lower_snake_case"),
        ("sector", "sec.t\tMIL\tarmy\tجيش\tarmy\tmaybe", "standalone"),
        ("person", "p.t\tرئيسي\tRaisi\tIRN\tGOV\tpresident\t2024-05-19\t2021-08-03\t", "after valid_to"),
        ("person", "p.t\tرئيسي\tRaisi\tIRN\tGOV\tpresident\t2021-13-01\t\t", "bad date"),
        ("person", "p.t\tرئيسي\tRaisi\tIRN\tGOV\tpresident\t3 Aug 2021\t\t", "bad date"),
        ("person", "p.t\tرئيسي\tRaisi\tIRN\tGOV\tpresident\t\t\t", "needs valid_from"),
        ("person", "p.t\tرئيسي\tRaisi\tIRN\tGOV\t\t2021-08-03\t\t", "empty role"),
        ("person", "p.t\tرئيسي\tRaisi\tIRN\tGOV\tpresident\t2021-08-03\t\tQ12x", "QID"),
        ("person", "p.t\tرئيسي\tRaisi\t\tGOV\tpresident\t2021-08-03\t\t", "empty country"),
        ("person", "p.t\tرئيسي\tRaisi\tIRN\tGOV\tpresident\t2021-08-03\t\t\tman", "bad gender"),
        ("org", "org.t\tlower\tحركة\tTest\t\tUAF\t\t\t", "group id"),
        ("org", "org.t\tTEST\tحركة\tTest\t\t\t\t\t", "empty sector"),
        ("plural", "pl.t\tmany\tcountry\tالدول\tcountries", "dual"),
        ("anaphor", "an.t\tحركة\tthe movement", "one word with the article"),
        ("community", "com.t\tKURD\tKurds\tكردي\t\t\t", "three letters"),
        ("community", "com.t\tTKM\tTurkmen\tتركماني\t\t\t", "ISO 3166 country or a sector"),  # Turkmenistan's code
        ("community", "com.t\tCVL\tcivilians\tمدني\t\t\t", "ISO 3166 country or a sector"),
        ("community", "com.t\tKUR\tKurds\t\t\t\t", "needs bases"),
        ("community", "com.t\tKUR\tKurds\tالكردي\t\t\t", "article"),
        ("community", "com.t\tkur\tKurds\tكردي\t\t\t", "group id"),
        ("anaphor", "an.t\tالحركة الإسلامية\tthe movement", "one word with the article"),
    ],
)
def test_bad_entry_names_file_and_line(lexfile: LexFile, kind: str, row: str, message: str) -> None:
    path = lexfile(kind, GOOD_ROWS[kind], "", "# comment", row)
    with pytest.raises(LexiconError) as info:
        parse_actor_file(path)
    assert info.value.where == f"{path}:10"  # 5 header lines, column row, good row, blank, comment
    assert message in info.value.message


def test_every_bad_line_is_reported(lexfile: LexFile) -> None:
    path = lexfile("capital", "cap.a\tZZZ\tGOV\tطهران\tTehran", GOOD_ROWS["capital"], "cap.b\tIRN\tXYZ\tطهران\tT")
    with pytest.raises(LexiconErrors) as info:
        parse_actor_file(path)
    assert [e.where for e in info.value.errors] == [f"{path}:7", f"{path}:9"]
    assert info.value.where == f"{path}:7"
    assert "1 more" in info.value.message


@pytest.mark.parametrize("kind", sorted(GOOD_ROWS))
def test_good_rows_parse(lexfile: LexFile, kind: str) -> None:
    path = lexfile(kind, GOOD_ROWS[kind])
    header, entries = parse_actor_file(path)
    assert header.get("kind") == kind
    assert entries and all(e.kind == kind and e.file == str(path) and e.line == 7 for e in entries)


def test_missing_or_unknown_kind(lexfile: LexFile) -> None:
    bad = HEADER.format(kind="verb")
    path = lexfile("capital", GOOD_ROWS["capital"], header=bad)
    with pytest.raises(LexiconError, match="kind") as info:
        parse_actor_file(path)
    assert info.value.where == f"{path}:1"


def test_strict_directory_rejects_other_kinds(tmp_path: Path) -> None:
    (tmp_path / "verbs.tsv").write_text("# id: v\n# version: 1\n# licence: MIT\n# provenance: p\n# kind: verb\nx\n",
                                        encoding="utf-8")
    assert actor_files(tmp_path) == []
    with pytest.raises(LexiconError, match="kind") as info:
        actor_files(tmp_path, strict=True)
    assert info.value.where == f"{tmp_path / 'verbs.tsv'}:1"


def test_missing_required_column(tmp_path: Path) -> None:
    path = tmp_path / "p.tsv"
    path.write_text(HEADER.format(kind="person") + "id\tnames\tname_en\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="valid_from") as info:
        parse_actor_file(path)
    assert info.value.where == f"{path}:6"


def test_duplicate_ids_across_files(lexfile: LexFile) -> None:
    first = lexfile("capital", GOOD_ROWS["capital"], name="a.tsv")
    second = lexfile("capital", "", GOOD_ROWS["capital"], name="b.tsv")
    entries = parse_actor_file(first)[1] + parse_actor_file(second)[1]
    with pytest.raises(LexiconError, match="duplicate id") as info:
        validate_entries(entries)
    assert info.value.where == f"{second}:8"
    assert f"{first}:7" in info.value.message


def test_the_terms_of_one_person_give_one_gender(lexfile: LexFile) -> None:
    path = lexfile("person", "p.a\tرئيسي\tRaisi\tIRN\tGOV\tpresident\t2021-08-03\t\t\tm",
                   "p.b\tرئيسي\tRaisi\tIRN\tGOV\tjudge\t2019-03-07\t2021-07-01\t\tf")
    entries = parse_actor_file(path)[1]
    assert [e.gender for e in entries] == ["m", "f"]
    with pytest.raises(LexiconError, match="gender 'f' of 'Raisi'") as info:
        validate_entries(entries)
    assert info.value.where == f"{path}:8"


def test_person_entry_fields(lexfile: LexFile) -> None:
    (entry,) = parse_actor_file(lexfile("person", GOOD_ROWS["person"]))[1]
    assert entry.names == ("إبراهيم رئيسي",)
    assert (entry.country, entry.sector, entry.role, entry.wikidata) == ("IRN", "GOV", "president", "Q123")
    assert (entry.valid_from, entry.valid_to) == (date(2021, 8, 3), date(2024, 5, 19))


def test_sector_names_gain_the_article(lexfile: LexFile) -> None:
    (entry,) = parse_actor_file(lexfile("sector", "sec.t\tMIL\tarmy\tجيش|قائد الجيش\tarmy\tno"))[1]
    assert entry.names == ("جيش", "الجيش", "قائد الجيش")
    assert entry.standalone is False
    assert with_article(["الجيش", "جنود"]) == ("الجيش", "جنود", "الجنود")


def test_adjective_forms_are_generated(lexfile: LexFile) -> None:
    path = lexfile("adjective", "adj.t\tTUR\tتركي\tTurkish\tأتراك")
    entries = {e.form: e for e in parse_actor_file(path)[1]}
    assert set(entries) == {"m.sg", "f.sg", "m.pl", "f.pl", "m.du", "f.du", "pl.broken"}
    assert entries["m.pl"].id == "adj.t.m.pl"
    assert {"تركيون", "تركيين", "الأتراك"} <= set(entries["m.pl"].names) | set(entries["pl.broken"].names)
    assert all(e.country == "TUR" for e in entries.values())


def test_community_forms_are_generated(lexfile: LexFile) -> None:
    """A community's nisba inflects like a nationality's; its collective names are kept as written,
    a sound plural among them as the plural (المسلمين); no country, its code as its group."""
    path = lexfile("community", "com.t\tKUR\tKurds\tكردي\tأكراد\tالكرد\t",
                   "com.m\tMOS\tMuslims\t\t\tالمسلمين|مسلمات\t", "com.s\tSUN\tSunnis\tسني\t\tأهل السنة\tm.pl")
    entries = {e.id: e for e in parse_actor_file(path)[1]}
    assert "الكردية" in entries["com.t.f.sg"].names and "كرديين" in entries["com.t.m.pl"].names
    assert entries["com.t.pl.broken"].names == ("أكراد", "الأكراد")
    assert entries["com.t.collective"].names == ("الكرد",)
    assert entries["com.m.m.pl"].names == ("المسلمين",) and entries["com.m.f.pl"].names == ("مسلمات",)
    assert set(entries) >= {"com.s.m.pl", "com.s.collective"} and "com.s.m.sg" not in entries
    assert all(e.kind == "community" and e.country is None for e in entries.values())
    assert {e.group for e in entries.values()} == {"KUR", "MOS", "SUN"}


def test_a_community_code_is_no_organisation_group(lexfile: LexFile) -> None:
    community = lexfile("community", "com.t\tTST\tTesters\tتجريبي\t\t\t")
    org = lexfile("org", "org.t\tTST\tحركة الاختبار\tTest movement\t\tUAF\t\t\t")
    with pytest.raises(LexiconError, match=r"community code 'TST' is the group of 'org\.t'") as info:
        validate_entries(parse_actor_file(org)[1] + parse_actor_file(community)[1])
    assert info.value.where == f"{community}:7"


def test_adjective_forms_can_be_restricted(lexfile: LexFile) -> None:
    """مالي is also "financial": only the plural and dual forms stand for Mali."""
    path = lexfile("adjective", "adj.t\tMLI\tمالي\tMalian\t\tm.pl|m.du")
    assert {e.form for e in parse_actor_file(path)[1]} == {"m.pl", "m.du"}
    with pytest.raises(LexiconError, match="forms must be among"):
        parse_actor_file(lexfile("adjective", "adj.t\tMLI\tمالي\tMalian\t\tplural", name="bad.tsv"))


@pytest.mark.parametrize(
    ("base", "form", "expected"),
    [
        ("إيراني", "m.sg", {"إيراني", "إيرانيا", "الإيراني"}),
        ("إيراني", "f.sg", {"إيرانية", "الإيرانية"}),
        ("إيراني", "m.pl", {"إيرانيون", "إيرانيين", "الإيرانيون", "الإيرانيين"}),
        ("إيراني", "f.pl", {"إيرانيات", "الإيرانيات"}),
        ("إيراني", "m.du", {"إيرانيان", "إيرانيين", "الإيرانيان", "الإيرانيين"}),
        ("إيراني", "f.du", {"إيرانيتان", "إيرانيتين", "الإيرانيتان", "الإيرانيتين"}),
        ("كوري جنوبي", "f.sg", {"كورية جنوبية", "الكورية الجنوبية"}),
        ("كوري جنوبي", "m.sg", {"كوري جنوبي", "كوريا جنوبيا", "الكوري الجنوبي"}),
    ],
)
def test_nisba_forms(base: str, form: str, expected: set[str]) -> None:
    assert set(nisba_forms(base)[form]) == expected


def test_extra_dir_is_loaded_and_validated(lexfile: LexFile, tmp_path: Path) -> None:
    lexfile("capital", "cap.extra\tIRN\tGOV\tمشهد\tMashhad (test)")
    (tmp_path / "notes.tsv").write_text("# id: n\n# version: 1\n# licence: MIT\n# provenance: p\nx\n", encoding="utf-8")
    (tmp_path / "verbs.tsv").write_text("# id: v\n# version: 1\n# licence: MIT\n# provenance: p\n# kind: verb\nx\n",
                                        encoding="utf-8")
    lexicon = load_actor_lexicon(tmp_path)
    assert lexicon.by_id("cap.extra").names == ("مشهد",)
    assert lexicon.by_id("cap.extra") in lexicon.by_kind("capital")
    assert load_actor_lexicon(tmp_path) is lexicon  # cached per argument
    assert lexicon.counts()["capital"] == load_actor_lexicon().counts()["capital"] + 1


def test_extra_dir_bad_file_and_duplicate_of_bundled_id(lexfile: LexFile, tmp_path: Path) -> None:
    path = lexfile("capital", "cap.IRN\tIRN\tGOV\tطهران\tTehran again")
    with pytest.raises(LexiconError, match=r"duplicate id 'cap\.IRN'") as info:
        load_actor_lexicon(tmp_path)
    assert info.value.where == f"{path}:7"
    with pytest.raises(LexiconError, match="not a directory"):
        load_actor_lexicon(tmp_path / "absent")


def test_lookups_on_a_small_lexicon(lexfile: LexFile) -> None:
    entries = parse_actor_file(lexfile("person", GOOD_ROWS["person"]))[1]
    lexicon = ActorLexicon(entries=tuple(entries))
    assert lexicon.get("nope") is None
    with pytest.raises(KeyError):
        lexicon.by_id("nope")
    assert lexicon.by_kind("org") == ()
    assert lexicon.office_holders("IRN", "president", date(2022, 1, 1)) == tuple(entries)
    assert lexicon.office_holders("IRN", "president", date(2025, 1, 1)) == ()
    assert lexicon.counts()["person"] == 1
