"""The temporal grammar: regular-expression rules over normalised text, compiled once per process.

Each rule finds one kind of expression (a day of a month, a weekday, a relative period, a duration,
a Hijri date, ...) in the matching form of the text (:func:`marsad.text.normalize.normalize`) and
resolves it against the publication date with :mod:`marsad.when.resolve`. The spans found are in
normalised coordinates; :func:`find_times` maps them back to the original text. Where rules
overlap, the longest expression wins.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache

from marsad.model import DatePrecision
from marsad.text.normalize import DIACRITICS, INVISIBLE, normalize, normalize_with_map
from marsad.when import resolve as R
from marsad.when.calendar import Calendar, load_calendar

Resolver = Callable[[re.Match[str], "Ctx"], "R.Resolved | None"]


@dataclass(frozen=True, slots=True)
class Found:
    """An expression found in normalised text (``start``/``end`` are normalised offsets)."""

    start: int
    end: int
    value: str
    precision: DatePrecision
    yearless: tuple[int, int] | None = None  # (month, day or 0) of a date written without its year
    year: int | None = None  # the year written in a day or month expression


@dataclass(frozen=True, slots=True)
class Ctx:
    """What resolution needs: the calendar tables and the publication date."""

    cal: Calendar
    months: dict[str, int]
    hijri: dict[str, int]
    weekdays: dict[str, int]
    numbers: dict[str, int]
    days: dict[str, int]
    units: dict[str, str]
    rel: dict[str, str]
    pub: date | None


def alt(words: Iterable[str]) -> str:
    """A regex alternation of normalised words, longest first, inner spaces as ``\\s+``."""
    forms = sorted({" ".join(normalize(w).split()) for w in words}, key=len, reverse=True)
    return "(?:" + "|".join(r"\s+".join(map(re.escape, f.split())) for f in forms) + ")"


def key(s: str) -> str:
    """The table key of a matched piece of normalised text (single spaces)."""
    return " ".join(s.split())


def ordinal_days(cal: Calendar) -> dict[str, int]:
    """Day numbers written as ordinal words: الاول … العاشر, الحادي عشر …, الحادي والعشرين …"""
    units = cal.ints("ordinal")
    tens = cal.ints("tens")
    out: dict[str, int] = {w: n for w, n in units.items() if n <= 10}
    for w, n in units.items():
        if n < 10:
            out[f"{w} عشر"] = 10 + n
        for tw, t in tens.items():
            if n < 10 and t + n <= 31:
                out[f"{w} و{tw}"] = t + n
    out |= tens
    return out


# -- the rules -----------------------------------------------------------------------------------

_B = r"(?<![\w])(?:[وف])?(?:[بل](?=ال))?"  # a word start, with the proclitics a date word may carry
_E = r"(?!\w)"
# a noun with the article right after a unit makes a construct (منذ عقد الثمانينات), not a quantity
_CONSTRUCT = r"ال(?!(?:ي|ا|ذي|تي|ذين)(?!\w))\w"
_YEAR = r"(?P<y>(?:19|20)\d\d)(?!\d)(?:\s*م" + _E + ")?"


@dataclass(frozen=True, slots=True)
class Rule:
    """A rule: its pattern, its resolver, and what must occur near a match (``keys``: one of these
    words, clitics aside; else ``anchor``: a match of this cheap pattern). Rules run only in
    windows around their keys or anchors, which keeps the grammar fast on long texts."""

    name: str
    pattern: re.Pattern[str]
    resolve: Resolver
    keys: frozenset[str] = frozenset()
    anchor: re.Pattern[str] | None = None


_LEFT, _RIGHT = 45, 70  # window around a key: room for a day number before a month, a year after it
_DIGIT_DATE = re.compile(r"\d\s*[/.-]\s*\d")
_YEAR4 = re.compile(r"(?<!\d)(?:19|20|1[34])\d\d(?!\d)")


def _int(m: re.Match[str], group: str) -> int | None:
    v = m.groupdict().get(group)
    return int(v) if v else None


def _daynum(m: re.Match[str], ctx: Ctx) -> int | None:
    if m.group("dd"):
        return int(m.group("dd"))
    if m.group("dw"):
        return ctx.days.get(key(m.group("dw")))
    return None


def _month_of(m: re.Match[str], ctx: Ctx, *, has_context: bool) -> int | None:
    """The month of a (possibly slash-paired) month name; ``None`` for a bare context word."""
    m1 = key(m.group("m1"))
    m2 = key(m.group("m2")) if m.group("m2") else None
    if m2 is not None and ctx.months[m1] != ctx.months[m2]:
        return None
    if m2 is None and not has_context and m1 in ctx.cal.needs_context:
        return None
    return ctx.months[m1]


def _count(m: re.Match[str], ctx: Ctx) -> tuple[int, str] | None:
    """The ``(n, unit)`` of a quantity: ``ثلاثة ايام``, ``يومين``, ``عام``, ``5 سنوات``."""
    if m.group("u2"):
        return 2, ctx.units[key(m.group("u2"))]
    if m.group("u1"):
        return 1, ctx.units[key(m.group("u1"))]
    raw = m.group("n")
    n = int(raw) if raw.isdigit() else ctx.numbers.get(key(raw))
    if not n:
        return None
    return n, ctx.units[key(m.group("u"))]


def _r_numeric(m: re.Match[str], ctx: Ctx) -> R.Resolved | None:
    found = R.safe_date(int(m.group("y")), int(m.group("mo")), int(m.group("d")))
    return R.day(found) if found else None


def _r_day_month(m: re.Match[str], ctx: Ctx) -> R.Resolved | None:
    d = _daynum(m, ctx)
    mo = _month_of(m, ctx, has_context=True)
    if d is None or mo is None:
        return None
    rel = ctx.rel.get(key(m.group("rel"))) if m.group("rel") else None
    return R.day_month(d, mo, _int(m, "y"), ctx.pub, rel)


def _r_day_this_month(m: re.Match[str], ctx: Ctx) -> R.Resolved | None:
    d = _daynum(m, ctx)
    if d is None or ctx.pub is None:
        return None
    rel = ctx.rel.get(key(m.group("rel") or ""), "current")
    offset = {"past": -1, "future": 1}.get(rel, 0)
    first = R.add_months(ctx.pub.replace(day=1), offset)
    found = R.safe_date(first.year, first.month, d)
    return R.day(found) if found else None


def _r_month(m: re.Match[str], ctx: Ctx) -> R.Resolved | None:
    y = _int(m, "y")
    mo = _month_of(m, ctx, has_context=bool(y or m.group("shahr")))
    if mo is None:
        return None
    if y is not None:
        return R.month(y, mo)
    if ctx.pub is None:
        return None
    rel = ctx.rel.get(key(m.group("rel"))) if m.group("rel") else None
    return R.month_without_year(mo, ctx.pub, rel)


def _r_year(m: re.Match[str], ctx: Ctx) -> R.Resolved | None:
    y = int(m.group("y"))
    y2 = _int(m, "y2")
    if y2 is not None:
        return (f"{y}/{y2}", "interval") if y < y2 else None
    return R.year(y)


def _r_this_day(m: re.Match[str], ctx: Ctx) -> R.Resolved | None:
    if ctx.pub is None:  # no day to repeat: the year alone, when it is written
        return None if m.group("last") else R.year(int(m.group("y")))
    y = ctx.pub.year - 1 if m.group("last") else int(m.group("y"))
    d = R.safe_date(y, ctx.pub.month, ctx.pub.day)
    return R.day(d) if d is not None else R.year(y)


def _r_hijri(m: re.Match[str], ctx: Ctx) -> R.Resolved | None:
    hm = ctx.hijri[key(m.group("hm"))]
    d = _daynum(m, ctx)
    y = _int(m, "hy")
    if key(m.group("hm")) in ctx.cal.needs_context and not (d or y or m.group("shahr") or m.group("mub")):
        return None
    if y is not None:
        return R.hijri_day(d, hm, y) if d else R.hijri_month(hm, y)
    if d is not None or ctx.pub is None:
        return None
    return R.hijri_month_without_year(hm, ctx.pub)


def _r_hijri_year(m: re.Match[str], ctx: Ctx) -> R.Resolved | None:
    return R.hijri_year(int(m.group("hy")))


def _r_weekday(m: re.Match[str], ctx: Ctx) -> R.Resolved | None:
    if ctx.pub is None:
        return None
    rel = ctx.rel.get(key(m.group("rel"))) if m.group("rel") else None
    if m.group("pre") and key(m.group("pre")) in ("غدا", "غد"):
        rel = "future"
    return R.weekday(ctx.weekdays[key(m.group("wd"))], ctx.pub, rel)


_RELDAY = {"امس": -1, "الامس": -1, "اول امس": -2, "اول من امس": -2, "امس الاول": -2,
           "اليوم": 0, "الليله": 0, "الليله الماضيه": -1, "هذا الصباح": 0, "غدا": 1, "يوم غد": 1,
           "بعد غد": 2, "الغد": 1}  # fmt: skip


def _r_relday(m: re.Match[str], ctx: Ctx) -> R.Resolved | None:
    if ctx.pub is None:
        return None
    return R.shift_day(ctx.pub, _RELDAY[key(m.group("w"))])


def _after_general_noun(m: re.Match[str], ctx: Ctx) -> bool:
    """Whether the match follows a noun that makes العام an adjective (الأمين العام الحالي)."""
    before = m.string[max(0, m.start() - 20):m.start()].split()
    return bool(before) and before[-1] in ctx.cal.table("general")


def _r_period(m: re.Match[str], ctx: Ctx) -> R.Resolved | None:
    if ctx.pub is None or _after_general_noun(m, ctx):
        return None
    unit = {"الاسبوع": "week", "الشهر": "month", "العام": "year", "السنه": "year"}[key(m.group("unit"))]
    rel = ctx.rel.get(key(m.group("rel"))) if m.group("rel") else "current"
    return R.period(unit, {"past": -1, "future": 1}.get(rel or "current", 0), ctx.pub)


def _r_ago(m: re.Match[str], ctx: Ctx) -> R.Resolved | None:
    q = _count(m, ctx)
    if q is None or ctx.pub is None:
        return None
    if key(m.group("ago")) == "منذ":
        return R.since(q[0], q[1], ctx.pub)
    return R.ago(q[0], q[1], ctx.pub)


def _r_duration(m: re.Match[str], ctx: Ctx) -> R.Resolved | None:
    q = _count(m, ctx)
    if q is None or ctx.pub is None:
        return None
    return R.lasting(q[0], q[1], ctx.pub)


def _rule_keys(cal: Calendar) -> dict[str, frozenset[str] | re.Pattern[str]]:
    """What each rule needs nearby: words (first words of its vocabulary) or a cheap anchor pattern."""

    def first(table: Iterable[str]) -> frozenset[str]:
        return frozenset(w.split()[0] for w in table)

    months_k, hijri_k = first(cal.table("month")), first(cal.table("hijri"))
    return {
        "numeric": _DIGIT_DATE, "iso": _DIGIT_DATE, "day_month": months_k, "day_this_month": frozenset({"الشهر"}),
        "month": months_k, "year": _YEAR4, "bare_year": _YEAR4, "since_year": _YEAR4, "hijri": hijri_k,
        "hijri_year": _YEAR4, "year_label": _YEAR4, "this_day": frozenset({"مثل"}),
        "weekday": first(cal.table("weekday")),
        "relday": frozenset({"امس", "الامس", "غدا", "غد", "الليله", "الصباح"}), "today": frozenset({"اليوم"}),
        "period": frozenset({"الاسبوع", "الشهر", "العام", "السنه"}), "ago": frozenset({"قبل", "منذ"}),
        "duration": first(normalize(w) for w in ("استمرت", "استمر", "تستمر", "يستمر", "دامت", "دام", "تدوم",
                                                 "يدوم", "لمدة", "مدى", "مدار", "طوال", "طيلة")),
    }  # fmt: skip


def _rules(cal: Calendar, days: dict[str, int]) -> list[Rule]:
    months = alt(cal.table("month"))
    monthx = rf"(?P<m1>{months})(?:(?:\s*[/(]\s*|\s+)(?P<m2>{months})(?!\w)\s*\)?)?"
    dayw = alt(days)
    day = rf"(?:(?:ال\s*)?(?P<dd>(?:[12]\d|3[01]|0?[1-9]))(?!\d)|(?P<dw>{dayw}))"
    rel = alt(cal.table("relword"))
    mods = alt(["مطلع", "أوائل", "أواخر", "منتصف", "بداية", "نهاية", "أواسط", "أول", "آخر", "مستهل"])
    year_tail = rf"(?:\s*,?\s*(?:من\s+)?(?:عام\s+|العام\s+|سنه\s+)?{_YEAR})?"
    hij = alt(cal.table("hijri"))
    wd = alt(cal.table("weekday"))
    nums = alt(cal.table("cardinal"))
    units = alt(cal.table("unit"))
    units2 = alt(cal.table("unit2"))
    sing = alt([w for w, u in cal.strs("unit").items() if w in ("يوم", "يوما", "اسبوع", "اسبوعا", "شهر", "شهرا", "عام", "عاما", "سنه", "عقد")])
    qual = alt(["نحو", "حوالي", "قرابة", "أكثر من", "أقل من", "ما يقرب من", "ما يزيد عن", "ما يزيد على",
                "زهاء", "أزيد من"])
    qty = rf"(?:{qual}\s+)?(?:(?P<n>\d{{1,3}}|{nums})\s+(?P<u>{units})|(?P<u2>{units2})|(?P<u1>{sing}))"
    lasting = alt(["استمرت", "استمر", "تستمر", "يستمر", "دامت", "دام", "تدوم", "يدوم", "لمدة", "على مدى",
                   "على مدار", "طوال", "طيلة"])
    pre = alt(["اليوم", "يوم", "ليلة", "مساء", "صباح", "فجر", "ظهر", "عصر", "نهار", "غدا", "غد"])
    yearword = r"(?:عام|العام|سنه|السنه|عامي)"
    specs: list[tuple[str, str, Resolver]] = [
        ("numeric", r"(?<!\d)(?P<d>[12]\d|3[01]|0?[1-9])\s*([/.-])\s*(?P<mo>1[0-2]|0?[1-9])\s*\2\s*(?P<y>(?:19|20)\d\d)(?!\d)", _r_numeric),
        ("iso", r"(?<!\d)(?P<y>(?:19|20)\d\d)-(?P<mo>1[0-2]|0[1-9])-(?P<d>[12]\d|3[01]|0[1-9])(?!\d)", _r_numeric),
        ("day_month", rf"(?<!قوي )(?<!تيار )(?<!حركه )(?<!تحالف )(?<!ثوره ){_B}(?P<x>(?:يوم\s+)?{day}(?:\s+من)?(?:\s+شهر)?\s+{monthx}(?:\s+(?P<rel>{rel})|{year_tail})){_E}", _r_day_month),
        ("day_this_month", rf"{_B}(?P<x>(?:يوم\s+)?{day}(?:\s+من)?\s+(?:الشهر\s+(?P<rel>{rel})|هذا\s+الشهر)){_E}", _r_day_this_month),
        ("month", rf"(?<!قوي \d )(?<!قوي \d\d )(?<!تيار \d\d ){_B}(?P<x>(?:{mods}\s+)?(?P<shahr>شهر\s+)?{monthx}(?:\s+(?P<rel>{rel}))?{year_tail}){_E}", _r_month),
        ("year", rf"{_B}(?P<x>(?:منذ\s+|{mods}\s+)?{yearword}\s+{_YEAR}(?:\s+و\s*(?P<y2>(?:19|20)\d\d))?){_E}", _r_year),
        ("bare_year", rf"{_B}(?:في|حتى|بحلول|قبل|بعد)\s+(?P<x>(?P<y>(?:19|20)\d\d))(?!\d)(?!\s*(?:%|في\s+المئه|في\s+المايه))", _r_year),
        ("since_year", rf"{_B}(?P<x>منذ\s+(?P<y>(?:19|20)\d\d))(?!\d)", _r_year),
        # a chronology's line label: "1990: اجتاحت القوات العراقية الكويت", "- 2003 — ..."
        ("year_label", r"(?m)^[ \t]*(?:[-•*·][ \t]*)?(?P<x>(?P<y>(?:19|20)\d\d))(?!\d)[ \t]*(?:م[ \t]*)?[:\-–—](?![ \t]*\d)",
         _r_year),
        # "on this day in 1990": the publication's day and month in that year
        ("this_day", rf"{_B}(?P<x>(?:في\s+)?مثل\s+هذا\s+اليوم\s+(?:من\s+)?(?:{yearword}\s+{_YEAR}|(?P<last>العام\s+الماضي|السنه\s+الماضيه))){_E}",
         _r_this_day),
        ("hijri", rf"{_B}(?P<x>(?:{day}(?:\s+من)?\s+)?(?P<shahr>شهر\s+)?(?P<hm>{hij})(?P<mub>\s+المبارك)?(?:\s+(?:عام\s+|سنه\s+)?(?P<hy>1[34]\d\d)(?:\s*ه{_E})?)?){_E}", _r_hijri),
        ("hijri_year", rf"{_B}(?P<x>(?:عام\s+|سنه\s+)?(?P<hy>1[34]\d\d)\s*ه){_E}", _r_hijri_year),
        ("weekday", rf"{_B}(?P<x>(?:(?P<pre>{pre})\s+)?(?P<wd>{wd})(?:\s+(?P<rel>{rel}))?){_E}(?!\s+عشر)", _r_weekday),
        ("relday", rf"{_B}(?P<x>(?:(?:مساء|صباح|ليله|فجر|ظهر|عصر|يوم)\s+)?(?P<w>اول\s+من\s+امس|اول\s+امس|امس\s+الاول|الليله\s+الماضيه|هذا\s+الصباح|يوم\s+غد|بعد\s+غد|غدا|الليله|الامس|امس)){_E}", _r_relday),
        ("today", rf"{_B}(?P<x>(?:(?:مساء|صباح|ظهر|عصر|فجر)\s+)?(?P<w>اليوم)){_E}(?!\s+ال)", _r_relday),
        ("period", rf"{_B}(?P<x>(?:{mods}\s+)?(?:(?P<unit>الاسبوع|الشهر|العام|السنه)\s+(?P<rel>{rel})|(?:هذا|هذه)\s+(?P<unit_>الاسبوع|الشهر|العام|السنه))){_E}", _r_period_any),
        ("ago", rf"{_B}(?P<x>(?P<ago>قبل|منذ)\s+{qty}){_E}(?!\s+(?:\d|{_CONSTRUCT}))", _r_ago),
        ("duration", rf"{_B}(?P<x>{lasting}\s+{qty}){_E}(?!\s+(?:{_CONSTRUCT}|امس|غد))", _r_duration),
    ]
    keys = _rule_keys(cal)
    rules = []
    for name, p, fn in specs:
        k = keys[name]
        rules.append(Rule(name, re.compile(p), fn, keys=k if isinstance(k, frozenset) else frozenset(),
                          anchor=None if isinstance(k, frozenset) else k))
    return rules


def _key_spans(norm: str, key: str, cache: dict[str, list[tuple[int, int]]]) -> list[tuple[int, int]]:
    """Where ``key`` occurs in ``norm`` (as a substring: the rule's pattern checks word edges)."""
    spans = cache.get(key)
    if spans is None:
        spans = []
        i = norm.find(key)
        while i >= 0:
            spans.append((i, i + len(key)))
            i = norm.find(key, i + 1)
        cache[key] = spans
    return spans


def _windows(spans: list[tuple[int, int]], n: int) -> list[tuple[int, int]]:
    """Merged windows of text around key spans."""
    out: list[tuple[int, int]] = []
    for a, b in sorted(spans):
        lo, hi = max(0, a - _LEFT), min(n, b + _RIGHT)
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out


def _matches(rule: Rule, norm: str, cache: dict[str, list[tuple[int, int]]]) -> list[re.Match[str]]:
    if rule.anchor is not None:
        spans = [m.span() for m in rule.anchor.finditer(norm)]
    else:
        spans = [sp for k in rule.keys for sp in _key_spans(norm, k, cache)]
    found: dict[int, re.Match[str]] = {}
    for lo, hi in _windows(spans, len(norm)):
        for m in rule.pattern.finditer(norm, lo, hi):
            found.setdefault(m.start(), m)
    return list(found.values())


def _r_period_any(m: re.Match[str], ctx: Ctx) -> R.Resolved | None:
    if m.group("unit_") and not _after_general_noun(m, ctx):
        if ctx.pub is None:
            return None
        unit = {"الاسبوع": "week", "الشهر": "month", "العام": "year", "السنه": "year"}[key(m.group("unit_"))]
        return R.period(unit, 0, ctx.pub)
    return _r_period(m, ctx)


@lru_cache(maxsize=1)
def _compiled() -> tuple[Ctx, tuple[Rule, ...]]:
    """The resolution tables (a context without publication date) and the compiled rules."""
    cal = load_calendar()
    days = ordinal_days(cal)
    ctx = Ctx(cal=cal, months=cal.ints("month"), hijri=cal.ints("hijri"), weekdays=cal.ints("weekday"),
              numbers=cal.ints("cardinal"), days=days, units=cal.strs("unit") | cal.strs("unit2"),
              rel=cal.strs("relword"), pub=None)
    return ctx, tuple(_rules(cal, days))


def find_in_normalized(norm: str, pub: date | None) -> list[Found]:
    """All temporal expressions of a normalised text, longest first where they overlap."""
    base, rules = _compiled()
    ctx = replace(base, pub=pub)
    found: list[Found] = []
    cache: dict[str, list[tuple[int, int]]] = {}
    for rule in rules:
        for m in _matches(rule, norm, cache):
            res = rule.resolve(m, ctx)
            if res is not None:
                found.append(_found(rule, m, res, ctx))
    found.sort(key=lambda f: (f.start - f.end, f.start))
    kept: list[Found] = []
    for f in found:
        if all(f.end <= k.start or f.start >= k.end for k in kept):
            kept.append(f)
    return _share_years(norm, sorted(kept, key=lambda f: f.start))


def _found(rule: Rule, m: re.Match[str], res: R.Resolved, ctx: Ctx) -> Found:
    group = "x" if "x" in rule.pattern.groupindex else 0
    f = Found(m.start(group), m.end(group), res[0], res[1])
    if rule.name in ("day_month", "month") and res[1] in ("day", "month"):
        groups = m.groupdict()
        if groups.get("y"):
            return replace(f, year=int(groups["y"]))
        if not groups.get("rel"):
            day = _daynum(m, ctx) if rule.name == "day_month" else None
            return replace(f, yearless=(int(res[0][5:7]), day or 0))
    elif rule.name in ("numeric", "iso"):
        return replace(f, year=int(m.group("y")))
    return f


_RANGE_LINK = re.compile(r"\s*(?:-|/|الي|حتي|و|او)?\s*")


def _share_years(norm: str, found: list[Found]) -> list[Found]:
    """Give a yearless date the year of the dated one it is paired with (``من 28 مايو الى 12
    اغسطس 2013``, ``بين يناير ويونيو 2017``); a first date later in the year than the second
    falls in the year before (``من ديسمبر الى فبراير 2017``)."""
    out = list(found)
    for i in range(len(out) - 2, -1, -1):
        f, g = out[i], out[i + 1]
        if f.yearless is None or g.year is None or not _RANGE_LINK.fullmatch(norm, f.end, g.start):
            continue
        month, day = f.yearless
        g_key = (int(g.value[5:7]), int(g.value[8:10]) if g.precision == "day" else 99)
        year = g.year - 1 if (month, day) > g_key else g.year
        if day and R.safe_date(year, month, day) is None:
            continue
        value = f"{year:04d}-{month:02d}" + (f"-{day:02d}" if day else "")
        out[i] = replace(f, value=value, yearless=None, year=year)
    return out


def find_times(text: str, pub: date | None) -> list[tuple[int, int, str, DatePrecision]]:
    """Temporal expressions of ``text`` as ``(start, end, value, precision)`` in original offsets."""
    norm, to_original = _normalized(text)
    out = []
    for f in find_in_normalized(norm, pub):
        start = to_original(f.start)
        end = to_original(f.end - 1) + 1
        while end < len(text) and _is_mark(text[end]):
            end += 1
        out.append((start, end, f.value, f.precision))
    return out


_EXPANDING = re.compile("[\ufb50-\ufdff\ufe70-\ufeff]")  # presentation forms: one glyph, two letters
_DROPPED = re.compile("[" + re.escape(DIACRITICS + "\u0640" + INVISIBLE) + "]")


def _normalized(text: str) -> tuple[str, Callable[[int], int]]:
    """The matching form of ``text`` and a map from its offsets back to ``text``'s.

    Normalisation mostly maps characters one to one and drops marks; then the map only needs the
    dropped positions (found at C speed). Anything else (a presentation form expanding to two
    letters) takes the text layer's full character map.
    """
    norm = normalize(text)
    if _EXPANDING.search(text):
        norm, index = normalize_with_map(text)
        return norm, index.__getitem__
    if len(norm) == len(text):
        return norm, lambda i: i
    dropped = [m.start() for m in _DROPPED.finditer(text)]
    if len(text) - len(dropped) != len(norm):
        norm, index = normalize_with_map(text)
        return norm, index.__getitem__

    def to_original(i: int) -> int:
        k = 0
        while k < len(dropped) and dropped[k] <= i + k:
            k += 1
        return i + k

    return norm, to_original


def _is_mark(ch: str) -> bool:
    """A character that normalisation drops and that belongs to the preceding letter (harakat, tatweel)."""
    return ch == "\u0640" or "\u064b" <= ch <= "\u065f" or ch == "\u0670"
