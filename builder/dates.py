"""Dates at their precision, the one parser: "2001", "2001-07", "2001-07-16".

``parse`` reads an ISO 8601 date of a year, a month or a day (or a ``datetime.date``,
or a year as a number) into a ``PartialDate`` and checks that it exists (no 2021-02-30,
no month 13); its message says what is wrong. Every stage that reads a date goes
through it (publication dates in front matter and on the command line, the timex
document date, event dates, editors' dates), and everything shown to readers comes
from the parsed value (``human``), so a date is checked one way everywhere. Parsed
values are cached: a date string is parsed once however often it is shown.
"""
from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass
from functools import lru_cache

_ISO = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
PRECISIONS = ("year", "month", "day")


@dataclass(frozen=True, order=True)
class PartialDate:
    year: int
    month: int | None = None
    day: int | None = None

    @property
    def precision(self) -> str:
        return "day" if self.day else "month" if self.month else "year"

    @property
    def iso(self) -> str:
        out = f"{self.year:04d}"
        if self.month:
            out += f"-{self.month:02d}"
            if self.day:
                out += f"-{self.day:02d}"
        return out

    @property
    def first_day(self) -> _dt.date:
        return _dt.date(self.year, self.month or 1, self.day or 1)

    def human(self, precision: str | None = None) -> str:
        """ "2001", "July 2001", "16 July 2001"; a week given by its Monday: "week of
        18 November 2019"."""
        if self.day and precision == "week":
            return f"week of {self.day} {self.first_day:%B %Y}"
        if self.day:
            return f"{self.day} {self.first_day:%B %Y}"
        if self.month:
            return f"{self.first_day:%B %Y}"
        return f"{self.year:04d}"

    def __str__(self) -> str:
        return self.iso


@lru_cache(maxsize=1 << 14)
def _parse_text(text: str) -> PartialDate:
    m = _ISO.fullmatch(text)
    if not m:
        raise ValueError(f"date {text!r} must look like 2021, 2021-07 or 2021-07-12")
    year, month, day = (int(g) if g else None for g in m.groups())
    if month is not None and not 1 <= month <= 12:
        raise ValueError(f"date {text} has no month {m.group(2)}")
    if day is not None:
        try:
            _dt.date(year, month, day)
        except ValueError:
            raise ValueError(f"date {text} does not exist") from None
    return PartialDate(year, month, day)


def parse(value: object) -> PartialDate:
    """A date at its precision, checked to exist; ValueError says what is wrong."""
    if isinstance(value, _dt.datetime):
        value = value.date()
    if isinstance(value, _dt.date):
        return PartialDate(value.year, value.month, value.day)
    if isinstance(value, int) and not isinstance(value, bool):
        value = f"{value:04d}"
    if not isinstance(value, str):
        raise ValueError(f"date {value!r} must look like 2021, 2021-07 or 2021-07-12")
    return _parse_text(value.strip())


def parse_or_none(value: object) -> PartialDate | None:
    try:
        return parse(value)
    except ValueError:
        return None


def is_real_date(value: object) -> bool:
    return parse_or_none(value) is not None


def precision(value: str) -> str:
    """ "year", "month" or "day" of an ISO date at its precision."""
    return parse(value).precision


def human(value: str | None, precision: str | None = None) -> str:
    """A date as readers see it ("week of ..." for a week given by its Monday); "undated"
    for none, the text itself if not a date."""
    if not value:
        return "undated"
    d = parse_or_none(value[:10])
    return d.human(precision) if d is not None else value


# ---- the days a date stands for -------------------------------------------------------

_WEEK = re.compile(r"(\d{4})-W(\d{2})(-WE)?")
_PART = re.compile(r"(\d{4})-(Q[1-4]|H[12]|SP|SU|FA|WI)")
# months of each part of a year (a northern winter runs into the next year)
_PART_MONTHS = {"Q1": (1, 3), "Q2": (4, 6), "Q3": (7, 9), "Q4": (10, 12), "H1": (1, 6),
                "H2": (7, 12), "SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}


def _month_end(year: int, month: int) -> _dt.date:
    year, month = year + (month - 1) // 12, (month - 1) % 12 + 1
    nxt = _dt.date(year + month // 12, month % 12 + 1, 1)
    return nxt - _dt.timedelta(days=1)


@lru_cache(maxsize=1 << 14)
def span(value: str) -> tuple[int, int] | None:
    """The first and last day (ordinals) a date or a TIMEX3 value stands for: a day, an
    ISO week ("2019-W47"), its weekend ("2019-W46-WE"), a month, a quarter, a half, a
    season, a year. None for anything else."""
    d = parse_or_none(value)
    if d is not None:
        first = d.first_day
        last = (first if d.day else _month_end(d.year, d.month) if d.month
                else _dt.date(d.year, 12, 31))
        return first.toordinal(), last.toordinal()
    m = _WEEK.fullmatch(value or "")
    if m:
        try:
            monday = _dt.date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1)
        except ValueError:
            return None
        first = monday + _dt.timedelta(days=5 if m.group(3) else 0)
        return first.toordinal(), (monday + _dt.timedelta(days=6)).toordinal()
    m = _PART.fullmatch(value or "")
    if m:
        year, (lo, hi) = int(m.group(1)), _PART_MONTHS[m.group(2)]
        return _dt.date(year, lo, 1).toordinal(), _month_end(year, hi).toordinal()
    return None
