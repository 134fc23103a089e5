"""Date arithmetic for the temporal grammar: resolving calendar facts against a publication date.

Every function returns an ``(ISO 8601 value, precision)`` pair or ``None`` when the facts do not
make a valid date. Values: ``YYYY-MM-DD`` (day), ``YYYY-MM`` (month), ``YYYY`` (year) and
``a/b`` (interval, both ends inclusive days).
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from hijridate import Gregorian, Hijri

from marsad.model import DatePrecision

Resolved = tuple[str, DatePrecision]

# How far after publication a day and month without a year may lie and still be read as this year
# (a coming event announced in the article); beyond it the date is last year's.
FUTURE_WINDOW_DAYS = 31


def day(d: date) -> Resolved:
    """A day."""
    return d.isoformat(), "day"


def shift_day(d: date, n: int) -> Resolved:
    """The day ``n`` days from ``d``."""
    return day(d + timedelta(days=n))


def month(y: int, m: int) -> Resolved:
    """A month."""
    return f"{y:04d}-{m:02d}", "month"


def year(y: int) -> Resolved:
    """A year."""
    return f"{y:04d}", "year"


def interval(a: date, b: date) -> Resolved:
    """The days from ``a`` to ``b``, both included."""
    return f"{a.isoformat()}/{b.isoformat()}", "interval"


def add_months(d: date, n: int) -> date:
    """``d`` moved by ``n`` calendar months, clamped to the end of the month."""
    total = d.year * 12 + d.month - 1 + n
    y, m = divmod(total, 12)
    last = calendar.monthrange(y, m + 1)[1]
    return date(y, m + 1, min(d.day, last))


def shift(anchor: date, n: int, unit: str) -> date:
    """``anchor`` moved by ``n`` units (day, week, month, year, decade); ``n`` may be negative."""
    if unit == "day":
        return anchor + timedelta(days=n)
    if unit == "week":
        return anchor + timedelta(weeks=n)
    if unit == "month":
        return add_months(anchor, n)
    if unit == "year":
        return add_months(anchor, 12 * n)
    return add_months(anchor, 120 * n)


def safe_date(y: int, m: int, d: int) -> date | None:
    """The date, or ``None`` when there is no such day (31 April)."""
    try:
        return date(y, m, d)
    except ValueError:
        return None


def day_month(d: int, m: int, y: int | None, pub: date | None, rel: str | None = None) -> Resolved | None:
    """A day of a month. Without a year: the latest such day not after publication, or this year's
    when it lies at most :data:`FUTURE_WINDOW_DAYS` ahead; ``future``: the next one after
    publication; ``past``: the latest one before it."""
    if y is not None:
        found = safe_date(y, m, d)
        return day(found) if found else None
    if pub is None:
        return None
    found = safe_date(pub.year, m, d)
    if found is None:
        return None
    if rel == "future":
        if found <= pub:
            found = safe_date(pub.year + 1, m, d)
    elif (rel == "past" and found >= pub) or found > pub + timedelta(days=FUTURE_WINDOW_DAYS):
        found = safe_date(pub.year - 1, m, d)
    return day(found) if found else None


def month_without_year(m: int, pub: date, rel: str | None) -> Resolved:
    """A month name without a year: the latest such month not after publication (``past``: before
    the current month; ``future``: the next such month after it; ``current``: this year's)."""
    if rel == "future":
        y = pub.year if m > pub.month else pub.year + 1
    elif rel == "past":
        y = pub.year if m < pub.month else pub.year - 1
    elif rel == "current":
        y = pub.year
    else:
        y = pub.year if m <= pub.month else pub.year - 1
    return month(y, m)


def weekday(iso_wd: int, pub: date, rel: str | None) -> Resolved:
    """A weekday: the latest such day on or before publication (``past``: strictly before;
    ``future``: strictly after)."""
    back = (pub.isoweekday() - iso_wd) % 7
    if rel == "future":
        ahead = (iso_wd - pub.isoweekday()) % 7 or 7
        return day(pub + timedelta(days=ahead))
    if rel == "past" and back == 0:
        back = 7
    return day(pub - timedelta(days=back))


def period(unit: str, offset: int, pub: date) -> Resolved:
    """The week, month or year ``offset`` units from publication's (ISO weeks, Monday to Sunday)."""
    if unit == "week":
        monday = pub - timedelta(days=pub.weekday()) + timedelta(weeks=offset)
        return interval(monday, monday + timedelta(days=6))
    if unit == "month":
        d = add_months(pub.replace(day=1), offset)
        return month(d.year, d.month)
    return year(pub.year + offset)


def ago(n: int, unit: str, pub: date) -> Resolved:
    """``n`` units before publication, as precise as the unit allows."""
    d = shift(pub, -n, unit)
    if unit in ("day", "week"):
        return day(d)
    if unit == "month":
        return month(d.year, d.month)
    return year(d.year)


def lasting(n: int, unit: str, anchor: date) -> Resolved:
    """An interval of ``n`` units ending on ``anchor`` (both ends inclusive)."""
    start = shift(anchor, -n, unit) + timedelta(days=1)
    return interval(start, anchor)


def since(n: int, unit: str, anchor: date) -> Resolved:
    """The interval from ``n`` units before ``anchor`` up to ``anchor``."""
    return interval(shift(anchor, -n, unit), anchor)


def hijri_day(d: int, m: int, y: int) -> Resolved | None:
    """A day of the Hijri calendar, as its Gregorian day."""
    try:
        g = Hijri(y, m, d).to_gregorian()
    except (ValueError, OverflowError):
        return None
    return day(date(g.year, g.month, g.day))


def hijri_month(m: int, y: int) -> Resolved | None:
    """A Hijri month as the interval of its Gregorian days."""
    try:
        h = Hijri(y, m, 1)
        first = h.to_gregorian()
        last = Hijri(y, m, h.month_length()).to_gregorian()
    except (ValueError, OverflowError):
        return None
    return interval(date(first.year, first.month, first.day), date(last.year, last.month, last.day))


def hijri_year(y: int) -> Resolved | None:
    """A Hijri year as the interval of its Gregorian days."""
    first = hijri_month(1, y)
    last = hijri_month(12, y)
    if first is None or last is None:
        return None
    return f"{first[0].split('/')[0]}/{last[0].split('/')[1]}", "interval"


def hijri_month_without_year(m: int, pub: date) -> Resolved | None:
    """The latest Hijri month ``m`` that began on or before publication."""
    try:
        h = Gregorian(pub.year, pub.month, pub.day).to_hijri()
    except (ValueError, OverflowError):
        return None
    y = h.year if m <= h.month else h.year - 1
    return hijri_month(m, y)
