"""Parse and validate actor lexicon files into :class:`~marsad.lexicons.schema.ActorEntry` records.

Each file declares its kind in the header (``# kind: person``); the columns it needs depend on
the kind (:data:`COLUMNS`). Cells holding several Arabic names separate them with ``|``.
Adjective files hold one base form (the masculine singular nisba) per country and the loader
expands it into every gender, number and definiteness (:func:`nisba_forms`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from datetime import date
from pathlib import Path
from typing import Any, cast

from marsad.errors import LexiconError
from marsad.lexicons.codes import SECTORS, iso3_codes
from marsad.lexicons.schema import ActorEntry, EntryKind, LexiconHeader
from marsad.lexicons.tsv import LexiconErrors, read_lexicon_tsv

#: Required columns per kind (other columns are optional: ``note``, ``wikidata``, dates...).
COLUMNS: dict[str, tuple[str, ...]] = {
    "country": ("id", "country", "names", "name_en"),
    "capital": ("id", "country", "sector", "names", "name_en"),
    "adjective": ("id", "country", "bases", "name_en"),
    # nisba bases, broken plurals and collective names are each optional (one is needed)
    "community": ("id", "group", "name_en"),
    "sector": ("id", "sector", "names", "name_en", "role", "standalone"),
    # people of an organisation (a group id, or sector IGO) may leave country empty
    "person": ("id", "names", "name_en", "country", "sector", "role", "valid_from", "valid_to"),
    "org": ("id", "group", "names", "name_en", "country", "sector", "wikidata"),
    "plural": ("id", "names", "name_en", "form"),
    "anaphor": ("id", "names", "name_en"),
}

#: Adjective forms: (form code, suffixes added to the masculine singular base ending in ي).
NISBA_SUFFIXES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("m.sg", ("", "ا")),  # ا: the indefinite accusative (جنديا أمريكيا), never with the article
    ("f.sg", ("ة",)),
    ("m.pl", ("ون", "ين")),
    ("f.pl", ("ات",)),
    ("m.du", ("ان", "ين")),
    ("f.du", ("تان", "تين")),
)

_ARABIC_LETTER = re.compile(r"[\u0621-\u064A\u0671-\u06D3\u06FA-\u06FF]")
_ARABIC_NAME = re.compile(r"^[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF\u200c 0-9\-']+$")
_QID = re.compile(r"^Q[1-9]\d*$")
_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.:-]*$")
_GROUP = re.compile(r"^[A-Z0-9][A-Z0-9_-]*$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_ROLE = re.compile(r"^[a-z][a-z0-9_]*$")


def nisba_forms(base: str) -> dict[str, tuple[str, ...]]:
    """Every form of a nationality adjective from its masculine singular (إيراني → الإيرانيات…).

    Returns ``{form code: surfaces}``, each surface with and without the article ال. A two-word
    base (كوري جنوبي) inflects and takes the article on both words (الكوريين الجنوبيين).
    """
    words = base.split()
    out: dict[str, tuple[str, ...]] = {}
    for form, suffixes in NISBA_SUFFIXES:
        bare = [" ".join(w + s for w in words) for s in suffixes]
        definite = [" ".join("ال" + w + s for w in words) for s in suffixes if s != "ا"]
        out[form] = tuple(bare + definite)
    return out


def parse_actor_file(path: Path) -> tuple[LexiconHeader, list[ActorEntry]]:
    """Read one actor lexicon file and return its validated entries."""
    probe, _ = read_lexicon_tsv(path)
    kind = probe.get("kind")
    if kind not in COLUMNS:
        raise LexiconError(f"header '# kind:' must be one of {', '.join(COLUMNS)}, not {kind!r}",
                           where=f"{path}:1")
    header, rows = read_lexicon_tsv(path, required_columns=COLUMNS[kind])
    maker = _MAKERS[kind]
    entries: list[ActorEntry] = []
    errors: list[LexiconError] = []
    for lineno, row in rows:
        try:
            entries.extend(maker(row, str(path), lineno))
        except ValueError as exc:  # a parse helper's message, given its place
            errors.append(LexiconError(str(exc), where=f"{path}:{lineno}"))
    LexiconErrors.raise_if_any(errors)
    return header, entries


def validate_entries(entries: Iterable[ActorEntry]) -> None:
    """Checks that span files: ids are unique over the whole lexicon, the terms of one person
    (rows sharing ``name_en``) give one gender, and no community's code is an organisation's group."""
    entries = list(entries)
    seen: dict[str, ActorEntry] = {}
    genders: dict[str, ActorEntry] = {}
    errors: list[LexiconError] = []
    orgs = {e.group: e for e in entries if e.kind == "org" and e.group}
    clashes: set[tuple[str, int]] = set()  # (one error per row, not per generated form)
    for entry in entries:
        if entry.kind == "community" and entry.group in orgs and (entry.file, entry.line) not in clashes:
            clashes.add((entry.file, entry.line))
            org = orgs[entry.group]
            errors.append(LexiconError(f"community code {entry.group!r} is the group of {org.id!r} "
                                       f"({org.file}:{org.line})", where=f"{entry.file}:{entry.line}"))
        if entry.kind == "person" and entry.gender is not None:
            other = genders.setdefault(entry.name_en, entry)
            if other.gender != entry.gender:
                errors.append(LexiconError(f"gender {entry.gender!r} of {entry.name_en!r} differs from "
                                           f"{other.gender!r} at {other.file}:{other.line}",
                                           where=f"{entry.file}:{entry.line}"))
        first = seen.get(entry.id)
        if first is not None:
            errors.append(LexiconError(f"duplicate id {entry.id!r} (first at {first.file}:{first.line})",
                                       where=f"{entry.file}:{entry.line}"))
            continue
        seen[entry.id] = entry
    LexiconErrors.raise_if_any(errors)


# --- cell parsers (raise ValueError; parse_actor_file adds file:line) -----------------------

def _ident(value: str) -> str:
    if not _ID.match(value):
        raise ValueError(f"bad id {value!r}")
    return value


def _names(value: str, column: str = "names") -> tuple[str, ...]:
    names = tuple(n.strip() for n in value.split("|"))
    if not value or any(not n for n in names):
        raise ValueError(f"empty name in column {column!r}")
    for name in names:
        if not _ARABIC_NAME.match(name) or not _ARABIC_LETTER.search(name):
            raise ValueError(f"name {name!r} in column {column!r} is not in Arabic script")
    repeated = sorted({n for n in names if names.count(n) > 1})
    if repeated:
        raise ValueError(f"name {repeated[0]!r} is repeated in column {column!r}")
    return names


def _country(value: str, *, required: bool) -> str | None:
    if not value:
        if required:
            raise ValueError("empty country code")
        return None
    if value not in iso3_codes():
        raise ValueError(f"unknown ISO 3166 alpha-3 code {value!r}")
    return value


def _sector(value: str, *, required: bool = True) -> str | None:
    if not value:
        if required:
            raise ValueError("empty sector code")
        return None
    if value not in SECTORS:
        raise ValueError(f"unknown sector code {value!r}")
    return value


def _date(value: str, column: str) -> date | None:
    if not value:
        return None
    try:
        if not _DATE.match(value):
            raise ValueError(value)
        return date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"bad date {value!r} in column {column!r} (want YYYY-MM-DD)") from None


def _dates(row: dict[str, str]) -> tuple[date | None, date | None]:
    start = _date(row.get("valid_from", ""), "valid_from")
    end = _date(row.get("valid_to", ""), "valid_to")
    if start and end and start > end:
        raise ValueError(f"valid_from {start} is after valid_to {end}")
    return start, end


def _qid(value: str, *, required: bool = False) -> str | None:
    if not value:
        if required:
            raise ValueError("empty wikidata QID")
        return None
    if not _QID.match(value):
        raise ValueError(f"bad wikidata QID {value!r}")
    return value


def _role(value: str, *, required: bool) -> str | None:
    if not value:
        if required:
            raise ValueError("empty role")
        return None
    if not _ROLE.match(value):
        raise ValueError(f"bad role {value!r} (lower_snake_case)")
    return value


def _gender(value: str) -> str | None:
    if value not in ("", "m", "f"):
        raise ValueError(f"bad gender {value!r} (m or f)")
    return value or None


def _name_en(value: str) -> str:
    if not value:
        raise ValueError("empty name_en")
    return value


# --- one maker per kind ----------------------------------------------------------------------

Maker = Callable[[dict[str, str], str, int], list[ActorEntry]]


def _entry(row: dict[str, str], kind: str, file: str, line: int, *, id_suffix: str = "",
           **fields: Any) -> ActorEntry:
    return ActorEntry(id=_ident(row["id"]) + id_suffix, kind=cast(EntryKind, kind),
                      name_en=_name_en(row["name_en"]), file=file, line=line,
                      note=row.get("note") or None, **fields)


def _make_country(row: dict[str, str], file: str, line: int) -> list[ActorEntry]:
    country = _country(row["country"], required=True)
    if row["id"] != country:
        raise ValueError(f"country id {row['id']!r} must equal its ISO3 code {country!r}")
    return [_entry(row, "country", file, line, names=_names(row["names"]),
                       country=country, wikidata=_qid(row.get("wikidata", "")))]


def _make_capital(row: dict[str, str], file: str, line: int) -> list[ActorEntry]:
    start, end = _dates(row)
    return [_entry(row, "capital", file, line, names=_names(row["names"]),
                       country=_country(row["country"], required=True), sector=_sector(row["sector"]),
                       valid_from=start, valid_to=end, wikidata=_qid(row.get("wikidata", "")))]


def _nisba_surfaces(row: dict[str, str]) -> dict[str, list[str]]:
    """The surfaces of a row's nisba ``bases`` by form (those its ``forms`` cell keeps) and of its
    ``broken_plurals`` (``pl.broken``, with and without ال)."""
    bases = _names(row["bases"], "bases") if row.get("bases") else ()
    for base in bases:
        if any(not w.endswith("ي") or w.startswith("ال") for w in base.split()):
            raise ValueError(f"base {base!r}: every word must end in ي and lack the article ال")
    known = [form for form, _ in NISBA_SUFFIXES]
    keep = {f.strip() for f in row["forms"].split("|") if f.strip()} if row.get("forms") else set(known)
    if keep - set(known):
        raise ValueError(f"forms must be among {', '.join(known)}, not {', '.join(sorted(keep - set(known)))}")
    by_form: dict[str, list[str]] = {}
    for base in bases:
        for form, surfaces in nisba_forms(base).items():
            if form in keep:  # مالي/المالية are also "financial": Mali keeps only its plurals
                by_form.setdefault(form, []).extend(s for s in surfaces if s not in by_form.get(form, []))
    broken = row.get("broken_plurals", "")
    if broken:
        bare = _names(broken, "broken_plurals")
        by_form["pl.broken"] = [*bare, *("ال" + b for b in bare if not b.startswith("ال"))]
    return by_form


def _make_adjective(row: dict[str, str], file: str, line: int) -> list[ActorEntry]:
    country = _country(row["country"], required=True)
    _names(row["bases"], "bases")  # (at least one base)
    return [_entry(row, "adjective", file, line, id_suffix=f".{form}", names=tuple(dict.fromkeys(names)),
                   country=country, form=form)
            for form, names in _nisba_surfaces(row).items()]


def _make_community(row: dict[str, str], file: str, line: int) -> list[ActorEntry]:
    code = _group(row["group"], required=True)
    assert code is not None
    if len(code) != 3:
        raise ValueError(f"community code {code!r} must be three letters")
    if code in iso3_codes() or code in SECTORS:  # (its code is an actor code's start: KURMIL)
        raise ValueError(f"community code {code!r} is already an ISO 3166 country or a sector code")
    by_form = _nisba_surfaces(row)
    for name in _names(row["names"]) if row.get("names") else ():
        # collective names (الكرد، الشيعة، الروهينغا), each as written; a sound plural (المسلمين،
        # مسلمات) is an adjective's plural (مواطنين فرنسيين مسلمين)
        last = name.split()[-1]
        form = "m.pl" if " " not in name and last.endswith(("ون", "ين")) else \
            "f.pl" if " " not in name and last.endswith("ات") else "collective"
        by_form.setdefault(form, []).append(name)  # (repeats are dropped below, and _names refuses them)
    if not by_form:
        raise ValueError("a community needs bases, broken_plurals or names")
    return [_entry(row, "community", file, line, id_suffix=f".{form}", names=tuple(dict.fromkeys(names)),
                   group=code, form=form, wikidata=_qid(row.get("wikidata", "")))
            for form, names in by_form.items()]


def with_article(names: Iterable[str]) -> tuple[str, ...]:
    """The names plus the article form of every one-word name written without it (جيش → الجيش)."""
    out: list[str] = []
    for name in names:
        out.append(name)
        if " " not in name and not name.startswith("ال"):
            out.append("ال" + name)
    return tuple(dict.fromkeys(out))


def _standalone(value: str) -> bool:
    if value not in ("", "yes", "no"):
        raise ValueError(f"standalone must be 'yes' or 'no', not {value!r}")
    return value != "no"


def _make_sector(row: dict[str, str], file: str, line: int) -> list[ActorEntry]:
    names = with_article(_names(row["names"]))
    if row.get("names_indef"):  # indefinite accusatives (مسلحا) and constructs (مسلحو): no article
        names = tuple(dict.fromkeys(names + _names(row["names_indef"], "names_indef")))
    return [_entry(row, "sector", file, line, names=names,
                   sector=_sector(row["sector"]), role=_role(row.get("role", ""), required=False),
                   standalone=_standalone(row.get("standalone", "")))]


def _make_person(row: dict[str, str], file: str, line: int) -> list[ActorEntry]:
    start, end = _dates(row)
    if start is None:
        raise ValueError("a term of office needs valid_from")
    sector = _sector(row["sector"])
    group = _group(row.get("group", ""), required=False)
    return [_entry(row, "person", file, line, names=_names(row["names"]),
                   country=_country(row["country"], required=sector != "IGO" and group is None),
                   sector=sector, role=_role(row["role"], required=True), valid_from=start, valid_to=end,
                   wikidata=_qid(row.get("wikidata", "")), group=group, gender=_gender(row.get("gender", "")))]


def _group(value: str, *, required: bool) -> str | None:
    if not value:
        if required:
            raise ValueError("empty group id")
        return None
    if not _GROUP.match(value):
        raise ValueError(f"bad group id {value!r} (UPPER_CASE)")
    return value


def _make_org(row: dict[str, str], file: str, line: int) -> list[ActorEntry]:
    start, end = _dates(row)
    group = _group(row["group"], required=True)
    return [_entry(row, "org", file, line, names=_names(row["names"]),
                       country=_country(row["country"], required=False), sector=_sector(row["sector"]),
                       group=group, wikidata=_qid(row["wikidata"]), valid_from=start, valid_to=end,
                       role=_role(row.get("role", ""), required=False))]


def _make_plural(row: dict[str, str], file: str, line: int) -> list[ActorEntry]:
    form = row["form"]
    if form not in ("dual", "plural"):
        raise ValueError(f"form must be 'dual' or 'plural', not {form!r}")
    return [_entry(row, "plural", file, line, names=_names(row["names"]),
                       form=form, role=_role(row.get("role", ""), required=False))]


def _make_anaphor(row: dict[str, str], file: str, line: int) -> list[ActorEntry]:
    names = _names(row["names"])
    for name in names:
        if " " in name or not name.startswith("ال") or len(name) < 4:
            raise ValueError(f"anaphor {name!r} must be one word with the article ال")
    return [_entry(row, "anaphor", file, line, names=names)]


_MAKERS: dict[str, Maker] = {
    "country": _make_country,
    "capital": _make_capital,
    "adjective": _make_adjective,
    "community": _make_community,
    "sector": _make_sector,
    "person": _make_person,
    "org": _make_org,
    "plural": _make_plural,
    "anaphor": _make_anaphor,
}
