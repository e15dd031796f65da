"""Words and patterns for finding an article's publication date in copied text.

Data for ``builder/extract/structure.py``. Only explicit dates count: a full date
(day, month and year) on a date line ("Published: 28 Jun 2021",
"Monday, 12 July 2021", "Nov. 19, 2019 8:03 am ET", "By Jane Roe - 11/19/19 06:56 AM EST") or in a wire
dateline at the start of the body ("BEIJING, June 28, 2021 (Reuters) -"). A numeric date
("11/19/19", "19.11.2019") is read only when its order is certain: a number above 12 is
the day, a US time zone on the line puts the month first, a European or Asian one and
the dotted form put the day first; "11/12/19" with no zone is not used.
"""
from __future__ import annotations

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
    "april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
    "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9, "october": 10,
    "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}

WEEKDAYS = [
    "monday", "mon", "tuesday", "tue", "tues", "wednesday", "wed", "thursday", "thu",
    "thur", "thurs", "friday", "fri", "saturday", "sat", "sunday", "sun",
]

_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
# after the year: the end of a word, or text the copy glued on ("Nov 20 20194:29 AM",
# "Nov. 20, 2019Updated: ...")
_YEAR_END = r"(?:(?!\d)|(?=\d{1,2}:\d\d))"

# full dates inside a line (case-insensitive)
FULL_DATES = [
    _MONTH + r"\s+" + _DAY + r",?\s+" + _YEAR + _YEAR_END,         # June 28, 2021 / Nov 20 2019
    r"\b" + _DAY + r"\s+(?:of\s+)?" + _MONTH + r",?\s+" + _YEAR + _YEAR_END,  # 28 Jun 2021
    r"\b" + _YEAR + r"-(?P<month_num>[01]\d)-(?P<day_num>[0-3]\d)\b",  # 2021-06-28
]
# numeric dates: month/day or day/month, the year in two or four digits (dotted: four)
NUMERIC_DATE = (r"(?<![\d/.])(?P<a>[0-3]?\d)(?P<sep>/)(?P<b>[0-3]?\d)/(?P<year>(?:19|20)?\d\d)"
                r"(?![\d/]|\.\d)"
                r"|(?<![\d/.])(?P<da>[0-3]?\d)(?P<dsep>\.)(?P<db>[01]?\d)\.(?P<dyear>(?:19|20)\d\d)"
                r"(?![\d/]|\.\d)")
# time zones of countries that write the month first, and of ones that write the day first
MONTH_FIRST_ZONES = {"et", "est", "edt", "ct", "cst", "cdt", "mt", "mst", "mdt", "pt", "pst",
                     "pdt", "akst", "akdt", "hst"}
DAY_FIRST_ZONES = {"gmt", "bst", "cet", "cest", "eet", "eest", "wet", "west", "ist", "msk",
                   "aest", "aedt", "acst", "awst", "nzst", "nzdt", "sast", "wat", "eat", "hkt",
                   "sgt", "pkt"}

# month and day without a year (wire datelines "June 28 (Reuters)")
MONTH_DAY = [
    _MONTH + r"\s+" + _DAY + r"\b",
    r"\b" + _DAY + r"\s+" + _MONTH + r"\b",
]

# words a date line may carry besides the date itself
DATE_LINE_WORDS = {
    "published", "posted", "updated", "last", "modified", "first", "on", "at", "date",
    "am", "pm", "a", "m", "p", "et", "est", "edt", "ct", "cst", "cdt", "pt", "pst", "pdt",
    "gmt", "bst", "utc", "cet", "cest", "hkt", "sgt", "ist", "jst", "aest", "time",
    "hours", "ago", "mins", "minutes", "h", "hrs", "the", "of",
}
# labels that say the date is the publication date (preferred) or a later update
PUBLISHED_LABEL = r"\b(published|posted|first published|date)\b"
UPDATED_LABEL = r"\b(updated|last modified|modified|edited)\b"
# a date line has at most this many words
DATE_LINE_MAX_WORDS = 16

# wire dateline at the start of a paragraph: "BEIJING, June 28 (Reuters) -", a press
# release's "NEW YORK, Nov. 19, 2019 /PRNewswire/ --",
# "WASHINGTON (AP) —", "Dekalb, Ill. —"; the place is in capitals or Title Case
DATELINE = (
    r"^(?P<place>[A-Z][A-Za-z.'\u2019 -]{1,40}(?:,\s*[A-Z][A-Za-z.' -]{1,30}){0,2}?)"
    r",?\s*(?P<when>[A-Za-z]{3,9}\.?\s+\d{1,2}(?:,?\s+(?:19|20)\d\d)?)?"
    r"\s*(?:\((?P<agency>[^()]{1,40})\)|/[^/\s][^/]{0,39}/)?\s*(?:[-\u2013\u2014]{1,2}|_)\s"
)
