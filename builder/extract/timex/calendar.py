"""Calendar arithmetic and TIMEX3 value formatting (pure functions, no text)."""
from __future__ import annotations

import calendar as _calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from ...dates import parse_or_none

# A resolved point on the time line at some granularity, used as an anchor for
# anaphoric expressions ("a day earlier", "the following year").
GRANULARITIES = ("century", "decade", "year", "half", "quarter", "season", "month",
                 "week", "day")


@dataclass(frozen=True)
class Point:
    granularity: str          # one of GRANULARITIES
    year: int
    month: int = 1
    day: int = 1
    part: int = 0             # quarter / half number, or ISO week
    season: str = ""

    @property
    def date(self) -> date:
        return date(self.year, self.month, min(self.day, days_in_month(self.year, self.month)))


def days_in_month(year: int, month: int) -> int:
    return _calendar.monthrange(year, month)[1]


def valid_date(year: int, month: int, day: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= days_in_month(year, month) and 1 <= year <= 9999


def fmt_year(year: int) -> str:
    return f"{year:04d}"


def fmt_month(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def fmt_day(d: date) -> str:
    return d.isoformat()


def fmt_week(d: date) -> str:
    iso = d.isocalendar()
    return f"{iso[0]:04d}-W{iso[1]:02d}"


def quarter_of(month: int) -> int:
    return (month - 1) // 3 + 1


def add_months(year: int, month: int, n: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + n
    return index // 12, index % 12 + 1


def add_months_to_date(d: date, n: int) -> date:
    y, m = add_months(d.year, d.month, n)
    return date(y, m, min(d.day, days_in_month(y, m)))


def add_years_to_date(d: date, n: int) -> date:
    y = d.year + n
    return date(y, d.month, min(d.day, days_in_month(y, d.month)))


def parse_dct(dct: str | None) -> date | None:
    """The document date (a day; a time after it is ignored), by the one date parser."""
    day = parse_or_none(dct.strip()[:10]) if dct else None
    return day.first_day if day is not None and day.day else None


def nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The n-th ISO weekday (1=Mon) of a month; n=-1 for the last one."""
    if n == -1:
        d = date(year, month, days_in_month(year, month))
        while d.isoweekday() != weekday:
            d -= timedelta(days=1)
        return d
    d = date(year, month, 1)
    while d.isoweekday() != weekday:
        d += timedelta(days=1)
    return d + timedelta(weeks=n - 1)


def election_day(year: int) -> date:
    """US election day: the Tuesday after the first Monday of November."""
    return nth_weekday(year, 11, 1, 1) + timedelta(days=1)


def easter(year: int) -> date:
    """Gregorian Easter Sunday (anonymous Gregorian algorithm)."""
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    month, day = divmod(h + l - 7 * m + 114, 31)
    return date(year, month, day + 1)


def point_value(p: Point) -> str:
    """The TIMEX3 value of a point."""
    if p.granularity == "day":
        return fmt_day(p.date)
    if p.granularity == "week":
        return fmt_week(p.date)
    if p.granularity == "month":
        return fmt_month(p.year, p.month)
    if p.granularity == "quarter":
        return f"{p.year:04d}-Q{p.part}"
    if p.granularity == "half":
        return f"{p.year:04d}-H{p.part}"
    if p.granularity == "season":
        return f"{p.year:04d}-{p.season}"
    if p.granularity == "decade":
        return f"{p.year // 10:03d}"
    if p.granularity == "century":
        return f"{p.year // 100:02d}"
    return fmt_year(p.year)


def point_from_value(value: str) -> Point | None:
    """Parse a resolved TIMEX3 DATE/TIME value back into a point (None if vague)."""
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", value)
    if m:
        y, mo, d = (int(g) for g in m.groups())
        if valid_date(y, mo, d):
            return Point("day", y, mo, d)
        return None
    m = re.fullmatch(r"(\d{4})-W(\d{2})(?:-WE)?", value)
    if m:
        y, w = int(m.group(1)), int(m.group(2))
        try:
            d = date.fromisocalendar(y, w, 1)
        except ValueError:
            return None
        return Point("week", d.year, d.month, d.day, part=w)
    m = re.fullmatch(r"(\d{4})-(\d{2})", value)
    if m:
        y, mo = int(m.group(1)), int(m.group(2))
        return Point("month", y, mo) if 1 <= mo <= 12 else None
    m = re.fullmatch(r"(\d{4})-Q([1-4])", value)
    if m:
        q = int(m.group(2))
        return Point("quarter", int(m.group(1)), 3 * q - 2, part=q)
    m = re.fullmatch(r"(\d{4})-H([12])", value)
    if m:
        h = int(m.group(2))
        return Point("half", int(m.group(1)), 6 * h - 5, part=h)
    m = re.fullmatch(r"(\d{4})-(SP|SU|FA|WI)", value)
    if m:
        start = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[m.group(2)]
        return Point("season", int(m.group(1)), start, season=m.group(2))
    m = re.fullmatch(r"(\d{4})", value)
    if m:
        return Point("year", int(m.group(1)))
    return None


def shift(p: Point, unit: str, n: int) -> Point:
    """Move a point by n units ("day", "week", "month", "quarter", "year")."""
    if unit == "day":
        d = p.date + timedelta(days=n)
        return Point(p.granularity if p.granularity == "day" else "day", d.year, d.month, d.day)
    if unit == "week":
        d = p.date + timedelta(weeks=n)
        return Point("week" if p.granularity != "day" else "day", d.year, d.month, d.day,
                     part=d.isocalendar()[1])
    if unit == "month":
        y, m = add_months(p.year, p.month, n)
        return Point(p.granularity, y, m, min(p.day, days_in_month(y, m)))
    if unit == "quarter":
        y, m = add_months(p.year, p.month, 3 * n)
        return Point("quarter", y, m, part=quarter_of(m))
    if unit == "half":
        y, m = add_months(p.year, p.month, 6 * n)
        return Point("half", y, m, part=1 if m <= 6 else 2)
    # year
    y = p.year + n
    return Point(p.granularity, y, p.month, min(p.day, days_in_month(y, p.month)), p.part,
                 p.season)
