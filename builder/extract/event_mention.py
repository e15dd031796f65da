"""One dated mention in its sentence, and the date it gives at its precision.

``Mention`` is what every rule of ``event_kinds`` and ``event_labels`` reads: the time
expression, its sentence and paragraph. ``event_date`` turns a resolved TIMEX3 value into
the date and precision the chronology shows ("2019-W46" -> the week's Monday, "week").
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from .timex import Timex

# ---- dates at their precision ----------------------------------------------------------


@dataclass(frozen=True)
class EventDate:
    date: str          # YYYY | YYYY-MM | YYYY-MM-DD (a week: its Monday)
    precision: str     # day | week | month | quarter | half | season | year
    value: str         # the TIMEX3 value ("2019-W46", "2019-Q3", "2019-FA")


_SEASON_OR_PART = re.compile(r"(\d{4})-(Q[1-4]|H[12]|SP|SU|FA|WI)")
# a value coarser than a day: a year, a month, a quarter, a half or a season
_COARSE = re.compile(r"\d{4}(?:-(?:\d\d|Q[1-4]|H[12]|SP|SU|FA|WI))?")


def event_date(value: str) -> EventDate | None:
    """The date and precision a resolved TIMEX3 value supports (None: not a calendar date)."""
    if not value or "X" in value or value.endswith("_REF") or value.startswith("P"):
        return None
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})(?:T|$)", value)
    if m:
        day = f"{m.group(1)}-{m.group(2)}-{m.group(3)}"
        return EventDate(day, "day", value)
    if re.fullmatch(r"\d{4}-\d{2}", value):
        return EventDate(value, "month", value)
    m = re.fullmatch(r"(\d{4})-W(\d{2})(?:-WE)?", value)
    if m:
        try:
            monday = date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1)
        except ValueError:
            return None
        return EventDate(monday.isoformat(), "week", value)
    m = _SEASON_OR_PART.fullmatch(value)
    if m:
        part = m.group(2)
        precision = {"Q": "quarter", "H": "half"}.get(part[0], "season")
        return EventDate(m.group(1), precision, value)
    if re.fullmatch(r"\d{4}", value):
        return EventDate(value, "year", value)
    return None


def week_of(day: str) -> str:
    """The Monday of the ISO week holding ``day``."""
    d = date.fromisoformat(day)
    return (d - timedelta(days=d.isoweekday() - 1)).isoformat()


# ---- one mention in its sentence -------------------------------------------------------


@dataclass
class Mention:
    text: str              # the whole body (paragraphs joined)
    t: Timex
    start: int             # the sentence
    end: int
    p_start: int           # the paragraph
    p_end: int
    dct: date | None = None

    def before(self, n: int = 60) -> str:
        return self.text[max(self.start, self.t.start - n):self.t.start]

    def after(self, n: int = 60) -> str:
        return self.text[self.t.end:min(self.end, self.t.end + n)]

    def words_before(self, n: int) -> list[str]:
        return [w.lower() for w in _WORDS.findall(self.before(12 * n + 12))][-n:]

    def sentence(self) -> str:
        return self.text[self.start:self.end]


_WORDS = re.compile(r"[A-Za-z’'$%\d][\w’'.%$-]*")
_YEAR = re.compile(r"\d{4}")


def follower(m: Mention) -> str:
    """The word right after the expression (its case kept), '' at a punctuation mark."""
    g = re.match(r"[ \t\u00a0]{1,3}([A-Za-z][\w’'-]*)", m.text[m.t.end:m.t.end + 40])
    return g.group(1) if g else ""



# where a clause ends inside its sentence: a semicolon, a dash, or ", which/while/but/and"
CLAUSE_CUT = re.compile(r";|\s[—–]\s|,\s(?=(?:which|while|but|and)\b)")


def clause_of(m: Mention, cut: re.Pattern = CLAUSE_CUT) -> str:
    """The clause around the expression: the sentence cut where ``cut`` matches."""
    s = m.sentence()
    at = m.t.start - m.start
    cuts = [0] + [x.end() for x in cut.finditer(s)] + [len(s)]
    for a, b in zip(cuts, cuts[1:]):
        if a <= at < b:
            return s[a:b]
    return s
