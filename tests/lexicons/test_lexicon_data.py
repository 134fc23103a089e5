"""The bundled actor lexicon: coverage thresholds, consistency, and who held an office on a day."""

from __future__ import annotations

import itertools
from collections import defaultdict
from datetime import date, timedelta

import pytest

from marsad.lexicons import ActorLexicon, load_actor_lexicon
from marsad.lexicons.codes import iso3_codes, iso_table

# Offices held by one person at a time (per country); a one-day overlap is a handover day.
SINGLE_HOLDER_ROLES = {"president", "prime_minister", "chancellor", "foreign_minister", "defence_minister",
                       "army_chief", "king", "emir", "sultan", "supreme_leader", "crown_prince"}


@pytest.fixture(scope="module")
def lexicon() -> ActorLexicon:
    return load_actor_lexicon()


def test_coverage_thresholds(lexicon: ActorLexicon) -> None:
    counts = lexicon.counts()
    assert counts["person"] >= 400
    assert counts["org_with_qid"] >= 150
    assert counts["country"] == len(iso_table())
    assert counts["adjective_forms"] >= 2000
    assert counts["capital"] >= 100
    assert counts["sector"] >= 60
    assert counts["plural"] >= 10


def test_every_iso3_code_is_a_country_entry(lexicon: ActorLexicon) -> None:
    assert {e.country for e in lexicon.by_kind("country")} == set(iso3_codes())
    assert len(iso3_codes()) >= 249


@pytest.mark.parametrize(
    ("code", "names"),
    [
        ("USA", {"الولايات المتحدة", "أمريكا", "أميركا", "الولايات المتحدة الأمريكية"}),
        ("SAU", {"المملكة العربية السعودية", "السعودية"}),
        ("SYR", {"سوريا", "سورية"}),
        ("ARE", {"الإمارات"}),
        ("PSE", {"فلسطين"}),
        ("MMR", {"ميانمار", "بورما"}),
    ],
)
def test_news_spellings_of_countries(lexicon: ActorLexicon, code: str, names: set[str]) -> None:
    assert names <= set(lexicon.by_id(code).names)
    assert not any("(" in n for e in lexicon.by_kind("country") for n in e.names)


def test_referenced_countries_are_known(lexicon: ActorLexicon) -> None:
    countries = {e.country for e in lexicon.by_kind("country")}
    assert {e.country for e in lexicon.entries if e.country} <= countries


def test_org_groups_are_consistent(lexicon: ActorLexicon) -> None:
    qids: dict[str, set[str]] = defaultdict(set)
    for org in lexicon.by_kind("org"):
        if org.wikidata:
            qids[org.wikidata].add(org.group or "")
    assert all(len(groups) == 1 for groups in qids.values()), "one QID names two groups"
    groups = {e.group for e in lexicon.by_kind("org")}
    assert {p.group for p in lexicon.by_kind("person") if p.group} <= groups


def test_no_overlapping_terms(lexicon: ActorLexicon) -> None:
    terms = defaultdict(list)
    for person in lexicon.by_kind("person"):
        if person.role in SINGLE_HOLDER_ROLES and not person.group:
            terms[(person.country, person.role)].append(person)
    clashes = []
    for holders in terms.values():
        holders.sort(key=lambda p: p.valid_from or date.min)
        for before, after in itertools.pairwise(holders):
            end = before.valid_to or date.max
            if after.valid_from and end - after.valid_from > timedelta(days=1):
                clashes.append(f"{before.id} / {after.id}")
    assert not clashes


@pytest.mark.parametrize(
    ("country", "role", "day", "expected"),
    [
        ("PAK", "president", date(2024, 4, 24), "Asif Ali Zardari"),
        ("PAK", "president", date(2012, 1, 1), "Asif Ali Zardari"),
        ("PAK", "president", date(2020, 1, 1), "Arif Alvi"),
        ("PAK", "prime_minister", date(2024, 4, 24), "Shehbaz Sharif"),
        ("PAK", "army_chief", date(2024, 4, 24), "Asim Munir"),
        ("PAK", "army_chief", date(2020, 6, 1), "Qamar Javed Bajwa"),
        ("IRN", "president", date(2024, 4, 24), "Ebrahim Raisi"),
        ("IRN", "president", date(2025, 1, 1), "Masoud Pezeshkian"),
        ("IRN", "foreign_minister", date(2015, 7, 14), "Mohammad Javad Zarif"),
        ("USA", "president", date(2019, 6, 1), "Donald Trump"),
        ("USA", "president", date(2023, 6, 1), "Joe Biden"),
        ("AFG", "president", date(2020, 1, 1), "Ashraf Ghani"),
        ("ISR", "prime_minister", date(2021, 9, 1), "Naftali Bennett"),
        ("EGY", "president", date(2013, 1, 1), "Mohamed Morsi"),
        ("GBR", "prime_minister", date(2022, 10, 1), "Liz Truss"),
    ],
)
def test_office_holder_on_a_day(lexicon: ActorLexicon, country: str, role: str, day: date, expected: str) -> None:
    assert [p.name_en for p in lexicon.office_holders(country, role, day)] == [expected]


def test_valid_on_bounds(lexicon: ActorLexicon) -> None:
    raisi = lexicon.by_id("p.IRN.raisi.president")
    assert raisi.valid_on(date(2021, 8, 3)) and raisi.valid_on(date(2024, 5, 19))
    assert not raisi.valid_on(date(2021, 8, 2)) and not raisi.valid_on(date(2024, 5, 20))
    assert raisi.valid_on(None)
    assert lexicon.by_id("p.PAK.munir.coas").valid_on(date(2030, 1, 1))  # open term


def test_taliban_have_dated_roles(lexicon: ActorLexicon) -> None:
    rows = [o for o in lexicon.by_kind("org") if o.group == "TALIBAN"]
    on = {o.sector for o in rows if o.valid_on(date(2020, 1, 1))}, {o.sector for o in rows if o.valid_on(date(2024, 4, 24))}
    assert on == ({"INS"}, {"GOV"})


def test_sector_nouns_and_anaphors(lexicon: ActorLexicon) -> None:
    by_name = {n: e for e in lexicon.by_kind("sector") for n in e.names}
    for name, sector in [("الجيش", "MIL"), ("الشرطة", "COP"), ("قوات الأمن", "COP"), ("المخابرات", "SPY"),
                         ("المتمردين", "REB"), ("الانفصاليون", "SEP"), ("المتشددين", "UAF"), ("المعارضة", "OPP"),
                         ("المحتجون", "CVL"), ("الحكومة", "GOV"), ("البرلمان", "LEG"), ("المحكمة", "JUD"),
                         ("وزير الخارجية", "GOV"), ("القوات الجوية", "MIL"), ("اللاجئون", "REF")]:
        assert by_name[name].sector == sector, name
    assert by_name["الشركة"].standalone is False
    plural_names = {n for e in lexicon.by_kind("plural") for n in e.names}
    assert {"الدولتان", "الجانبين", "الزعيمان", "الطرفين"} <= plural_names


@pytest.mark.parametrize(("day", "expected"), [
    (date(2018, 10, 15), {"MHP": "Devlet Bahçeli", "CHP": "Kemal Kılıçdaroğlu", "IYI": "Meral Akşener"}),
    (date(2024, 6, 1), {"MHP": "Devlet Bahçeli", "CHP": "Özgür Özel"}),
])
def test_turkish_party_leaders_by_date(lexicon: ActorLexicon, day: date, expected: dict[str, str]) -> None:
    """The leaders of Turkey's parties that Arabic news names most (دولت بهجلي، كمال كيليتشدار أوغلو)
    lead their party on the day only."""
    leaders = {p.group: p.name_en for p in lexicon.by_kind("person")
               if p.role == "party_leader" and p.country == "TUR" and p.valid_on(day)}
    assert leaders == expected
