"""Handlers for durations, vague references, sets, clock times, holidays and "ref" words."""
from __future__ import annotations

import re
from datetime import date, timedelta

from ...rules import time_words as tw
from . import calendar as cal
from .context import words
from .result import Result, Context
from .parsers import (
    duration_value,
    month_number,
    _next_words,
    parse_number,
    _prev_word,
    quantity,
    unit_name,
    weekday_number,
)
from .resolution import _tense, _date_result, _sentence_ref
from .patterns import Candidate


def handle_duration(c: Candidate, ctx: Context) -> Result | None:
    g = c.groups
    text = ctx.text
    unit = unit_name(g["unit"])
    if unit not in tw.UNITS:
        return None
    if g.get("half"):
        return Result("DURATION", duration_value(0.5, unit))
    q_text = " ".join(g["q"].lower().split())
    n = quantity(q_text)
    if n is None:
        return None
    if g.get("andhalf") and n != "X":
        n += 0.5                             # "a year and a half"
    after = text[c.end:c.end + 20]
    if re.match(r"[ \t\u00a0\u202f]{1,3}old(?![\w])", after):
        return None                          # "52 years old": an age
    if g.get("old") and _is_age(text, c.end):
        return None                          # "a 52-year-old obstetrician": an age
    is_article = q_text in ("a", "an", "one", "a single")
    if unit == "second" and is_article and not re.match(r"\s*[,.;)]", after):
        return None                          # "a second time"
    if unit == "quarter" and (is_article or q_text in ("three",)) and re.match(r"[\s-]*(?:of|century|-century)", after):
        return None                          # "a quarter of the vote"
    if unit in ("minute", "second") and is_article and re.match(r"\s*(?:'s|’s)", after):
        return None
    if is_article and re.match(r"\s*(?:[‘'’]s)?\s*(?:worth|supply|salary|pay|wages|rent|income)", after):
        return None
    if q_text == "one" and re.match(r"\s+(?:of|or)\b", after):
        return None
    value = duration_value(n, unit)
    start = None
    compound = "-" in text[c.spans["q"][1]:c.spans["unit"][0]]
    if g.get("the") and not g.get("rel") and (g.get("old") or is_article or compound):
        start = c.spans["q"][0]              # "the 50-year-old alliance", "the 30-day": no article
    if compound and g.get("rel") and not is_article and text[c.spans["unit"][1]:c.spans["unit"][1] + 1] != "s":
        start = c.spans["q"][0]              # "the next five-year plan": the adjective alone
    if is_article and g.get("long") and "-" in g["long"]:
        start = c.spans["unit"][0]           # "a year-long inquiry": the article is the noun's
    return Result("DURATION", value, start=start)


_PERSON_SUFFIXES = ("er", "or", "ist", "ian", "ant", "ent", "ee", "man", "woman")


_NOUN_USE_FOLLOWERS = frozenset({"in", "of", "with", "who", "and", "or", "was", "is", "had",
                                 "has", "at", "on", "from", "to", "for", "whose", "would",
                                 "will", "could", "said", "says"})


def _is_age(text: str, end: int) -> bool:
    """Does the "N-year-old" compound ending at ``end`` give a person's age?"""
    following = words(text, end, min(len(text), end + 60))[:3]
    if not following or re.match(r"\s*[,.;:)'’]", text[end:end + 3]):
        return True                          # used as a noun: "the 6-year-old"
    if following[0][2] in _NOUN_USE_FOLLOWERS:
        return True                          # "any other 6-year-old in the care of"
    for _, _, w in following:
        w = re.sub(r"['’]s$", "", w)
        head = w.split("-")[-1]
        if w in tw.PERSON_NOUNS or head in tw.PERSON_NOUNS:
            return True
        if head.endswith(_PERSON_SUFFIXES) and len(head) > 4:
            return True
    first = following[0]
    return text[first[0]].isupper()


_DAY_OF_AFTER = re.compile(r"[ \t\u00a0\u202f]{1,3}of[ \t\u00a0\u202f]{1,3}(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|today|"
                           r"yesterday|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?[ \t\u00a0\u202f]{1,3}\d)")


def handle_vague(c: Candidate, ctx: Context) -> Result | None:
    g = c.groups
    if g.get("one"):
        return Result("DURATION", duration_value(1, unit_name(g["one"])))
    unit = unit_name(g["unit"])
    if unit not in tw.UNITS:
        return None
    rel = (g.get("rel") or "").lower()
    if rel in ("early", "first") and _DAY_OF_AFTER.match(ctx.text, c.end):
        return None          # "the early hours of Thursday": a part of that day, not a span
    # the extent is the match itself, without modifiers folded in on the left
    return Result("DURATION", duration_value("X", unit), start=c.start)


def handle_set(c: Candidate, ctx: Context) -> Result | None:
    g = c.groups
    if g.get("adv"):
        word = g["adv"]
        if word[0].isupper():
            prev = ctx.text[max(0, c.start - 30):c.start].rstrip()
            if prev and prev[-1].isalpha() and re.search(r"[A-Z][\w’']*$", prev):
                return None                  # a newspaper name: "China Daily"
            if re.match(r"\s+[A-Z]", ctx.text[c.end:c.end + 3]):
                return None                  # "Daily Mail"
        return Result("SET", tw.SET_WORDS[word.lower()])
    unit_word = g["unit"]
    if g.get("every"):
        wd = weekday_number(unit_word)
        if wd and unit_word[0].isupper():
            return Result("SET", f"XXXX-WXX-{wd}")
        m = month_number(unit_word) if unit_word[0].isupper() else None
        if m:
            return Result("SET", f"XXXX-{m:02d}")
        if unit_word.lower() in tw.SEASONS:
            return Result("SET", f"XXXX-{tw.SEASONS[unit_word.lower()]}")
        if unit_word.lower() == "weekend":
            return Result("SET", "XXXX-WXX-WE")
        unit = unit_name(unit_word)
        if unit not in tw.UNITS:
            return None
        q = (g.get("q") or "").lower()
        n = 2 if q == "other" else (parse_number(q) if q else 1)
        if n is None:
            return None
        if g["every"].lower() == "per" and q:
            return None
        if unit == "second" and not q:
            return None
        return Result("SET", duration_value(n, unit))
    unit = unit_name(unit_word)
    if unit not in tw.UNITS:
        return None
    return Result("SET", duration_value(1, unit))


def handle_clock(c: Candidate, ctx: Context) -> Result | None:
    g = c.groups
    day = _sentence_ref(ctx, c, "day")
    base = cal.fmt_day(day.date) if day else cal.fmt_day(ctx.dct) if ctx.dct else "XXXX-XX-XX"
    if g.get("word"):
        w = g["word"].lower()
        hhmm = "24:00" if w == "midnight" else "12:00"
        return Result("TIME", f"{base}T{hhmm}")
    h = int(g["h"])
    mi = int(g["mi"]) if g.get("mi") else 0
    ampm = (g.get("ampm") or "").lower().replace(".", "")
    pod2 = (g.get("pod2") or "").lower()
    if ampm.startswith("p") or any(w in pod2 for w in ("afternoon", "evening", "night")):
        if h > 12:
            return None
        if h < 12:
            h += 12
    elif ampm.startswith("a") or "morning" in pod2:
        if h > 12:
            return None
        if h == 12:
            h = 0
    if h > 24:
        return None
    return Result("TIME", f"{base}T{h:02d}:{mi:02d}")


def _holiday_date(name: str, year: int) -> date | None:
    key = name.lower()
    if key in tw.FIXED_HOLIDAYS:
        m, d = tw.FIXED_HOLIDAYS[key]
        return date(year, m, d)
    if key in tw.WEEKDAY_HOLIDAYS:
        m, wd, n = tw.WEEKDAY_HOLIDAYS[key]
        if n == 0:
            return cal.election_day(year)
        return cal.nth_weekday(year, m, wd, n)
    if key in tw.EASTER_HOLIDAYS:
        return cal.easter(year) + timedelta(days=tw.EASTER_HOLIDAYS[key])
    if key in tw.THANKSGIVING_DAYS:
        return cal.nth_weekday(year, 11, 4, 4) + timedelta(days=tw.THANKSGIVING_DAYS[key])
    return None


def handle_holiday(c: Candidate, ctx: Context) -> Result | None:
    g = c.groups
    name = " ".join(g["name"].split())
    if name.lower() == "may day" and not g.get("year"):
        return None
    if g.get("year"):
        d = _holiday_date(name, int(g["year"]))
        return _date_result(d) if d else None
    if ctx.dct is None:
        key = name.lower()
        if key in tw.FIXED_HOLIDAYS:
            m, d = tw.FIXED_HOLIDAYS[key]
            return Result("DATE", f"XXXX-{m:02d}-{d:02d}")
        return Result("DATE", "XXXX-XX-XX")
    rel = (g.get("rel") or "").lower()
    y = ctx.dct.year
    options = [d for d in (_holiday_date(name, yy) for yy in (y - 1, y, y + 1)) if d]
    if not options:
        return None
    if rel == "last":
        past = [d for d in options if d < ctx.dct]
        return _date_result(past[-1]) if past else None
    if rel == "next":
        fut = [d for d in options if d > ctx.dct]
        return _date_result(fut[0]) if fut else None
    if rel == "this":
        return _date_result(_holiday_date(name, y))
    t = _tense(ctx, c)
    if t == "past":
        past = [d for d in options if d <= ctx.dct]
        return _date_result(past[-1])
    if t == "future":
        fut = [d for d in options if d >= ctx.dct]
        return _date_result(fut[0])
    return _date_result(min(options, key=lambda d: abs((d - ctx.dct).days)))


def handle_ref(c: Candidate, ctx: Context) -> Result | None:
    phrase = " ".join(c.groups["phrase"].lower().split())
    text = ctx.text
    if phrase in ("earlier", "previously"):
        return Result("DATE", "PAST_REF")
    if phrase == "previously":
        return Result("DATE", "PAST_REF")
    if phrase == "present":
        if _prev_word(text, c.start) != "at":
            return None
        return Result("DATE", "PRESENT_REF")
    if phrase == "current":
        nxt = _next_words(text, c.end, 1)
        if not nxt or nxt[0] in tw.CURRENT_NOT_TIME or text[c.start].isupper() and c.start > 0 and text[c.start - 1] not in ".\n\"“":
            return None
    if phrase == "the present":
        nxt = _next_words(text, c.end, 1)
        if nxt and nxt[0] not in ("day",) and re.match(r"\s+[a-z]", text[c.end:c.end + 3]) and nxt[0] not in ("and", "or", "is", "was", "to", "in", "as"):
            return None
    if phrase == "now":
        before = text[max(0, c.start - 6):c.start].lower()
        if before.endswith("from "):
            return None
    if phrase in tw.PRESENT_REF_PHRASES:
        return Result("DATE", "PRESENT_REF")
    if phrase in tw.PAST_REF_PHRASES:
        return Result("DATE", "PAST_REF")
    if phrase in tw.FUTURE_REF_PHRASES:
        return Result("DATE", "FUTURE_REF")
    return None
