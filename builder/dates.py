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
