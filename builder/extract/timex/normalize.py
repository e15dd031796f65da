"""Turn a candidate match into a TIMEX3 type, value and mod.

Deictic expressions ("last week", "on Monday", "a year ago") are resolved against the
document creation time (DCT); anaphoric ones ("a day earlier", "the following year",
"that day") against the last date the text mentioned (``Context.ref``), falling back
to the DCT. Past or future for "on Monday", "in October", "June 16" comes from the
tense of the clause (``context.tense``). Without a DCT, relative expressions get
unresolved values (``XXXX-WXX-1``, ``XXXX-10``, ``PAST_REF``), never a guess.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta

from ...rules import time_words as tw
from . import calendar as cal
from .calendar import Point
from .context import (
    possessive_names_past,
    scheduled_occasion_after,
    scheduled_occasion_before,
    sentence_bounds,
    tense,
    words,
)
from .patterns import Candidate


@dataclass
class Result:
    type: str
    value: str
    mod: str | None = None
    start: int | None = None      # adjusted extent, if the rule trims its match
    end: int | None = None


# a span that looks like a date but cannot exist ("February 30"): it hides shorter
# readings inside it and yields no timex
INVALID = Result("INVALID", "")


@dataclass
class Context:
    text: str
    dct: date | None
    ref: Point | None = None          # last resolved date in the text
    ref_start: int = -1               # where that date was written
    ref_end: int = -1
    quarter_ref: Point | None = None  # last quarter mentioned (financial reports)
    quarter_ref_end: int = -10 ** 9
    tenses: dict = field(default_factory=dict)   # (start, end) -> tense, shared by passes


# ---- small parsers -----------------------------------------------------------------

_MONTH_LOOKUP = {**tw.MONTHS, **tw.MONTH_ABBREVIATIONS}
_WEEKDAY_LOOKUP = {**tw.WEEKDAYS, **tw.WEEKDAY_ABBREVIATIONS}


def month_number(word: str) -> int | None:
    return _MONTH_LOOKUP.get(word.lower().rstrip("."))


def weekday_number(word: str) -> int | None:
    w = word.lower().rstrip(".")
    if w.endswith("s") and w[:-1] in tw.WEEKDAYS:
        w = w[:-1]
    return _WEEKDAY_LOOKUP.get(w)


def day_number(word: str) -> int:
    return int(re.match(r"\d+", word).group(0))


def parse_number(text: str) -> float | None:
    """'seven' -> 7, 'twenty-four' -> 24, '2 1/2' -> 2.5, 'a hundred' -> 100."""
    t = text.lower().strip()
    half = 0.0
    m = re.search(r"\s*(?:and a half|1/2|½)$", t)
    if m:
        half = 0.5
        t = t[: m.start()].strip()
    if not t:
        return half or None
    if re.fullmatch(r"[\d,]+(?:\.\d+)?", t):
        try:
            return float(t.replace(",", "")) + half
        except ValueError:
            return None
    total, current = 0, 0
    for token in re.split(r"[\s-]+", t):
        if token in ("a", "an", "one") and current == 0:
            current = 1
            continue
        if token == "and":
            continue
        v = tw.NUMBER_WORDS.get(token)
        if v is None:
            return None
        if v == 100:
            current = max(current, 1) * 100
        elif v == 1000:
            total += max(current, 1) * 1000
            current = 0
        elif v == 12 and token == "dozen":
            current = max(current, 1) * 12
        else:
            current += v
    return float(total + current) + half


def quantity(text: str) -> float | str | None:
    """A number, 'X' for vague quantities ('several', 'a few'), None if unparseable."""
    t = " ".join(text.lower().split())
    if t in tw.ARTICLE_QUANTITIES:
        v = tw.ARTICLE_QUANTITIES[t]
        return 0.5 if v == 0 else float(v)
    if t in tw.VAGUE_QUANTITIES:
        return "X"
    return parse_number(t)


def unit_name(text: str) -> str:
    u = " ".join(text.lower().split())
    if u.endswith("year") and " " in u:       # fiscal year, financial year
        return "year"
    return tw.UNIT_PLURALS.get(u, u)


def duration_value(n: float | str, unit: str) -> str:
    letter, is_time = tw.UNITS[unit]
    prefix = "PT" if is_time else "P"
    if unit == "century" and n == "X":
        return "PXC"
    if n == "X":
        return f"{prefix}X{letter}"
    n = float(n) * tw.UNIT_MULTIPLIERS.get(unit, 1)
    if n == int(n):
        return f"{prefix}{int(n)}{letter}"
    whole = int(n)
    # halves become the next smaller unit: 2 1/2 years -> P2Y6M
    smaller = {"Y": ("M", 6), "M": ("D", 15), "W": ("D", 3), "D": ("H", 12), "Q": ("M", 1)}
    if is_time:
        sub = {"H": ("M", 30), "M": ("S", 30)}.get(letter)
        if sub:
            return f"PT{whole}{letter}{sub[1]}{sub[0]}" if whole else f"PT{sub[1]}{sub[0]}"
        return f"PT{n}{letter}"
    sub_letter, sub_n = smaller.get(letter, ("", 0))
    if letter == "D":
        return f"P{whole}DT12H" if whole else "PT12H"
    if letter == "Q":
        return f"P{int(n * 3)}M"
    head = f"{whole}{letter}" if whole else ""
    return f"P{head}{sub_n}{sub_letter}"


_LAST_WORD = re.compile(r"([A-Za-z$][A-Za-z'’.$-]{0,30}|\d[\d,.:]{0,20})[^A-Za-z0-9]{0,6}$")


def _prev_word(text: str, start: int) -> str:
    m = _LAST_WORD.search(text, max(0, start - 40), start)
    return m.group(1).lower().rstrip(".") if m else ""


def _next_words(text: str, end: int, n: int = 2) -> list[str]:
    return [w for _, _, w in words(text, end, min(len(text), end + 12 * n + 8))[:n]]


def _tense(ctx: Context, c: Candidate, months: bool = False) -> str | None:
    """'past', 'future' or None. A plan told in the past ("was due to be released") looks
    ahead for a weekday, but a month may lie on either side of now: None (the nearest)."""
    key = (c.start, c.end)
    if key not in ctx.tenses:
        ctx.tenses[key] = tense(ctx.text, c.start, c.end)
    t = ctx.tenses[key]
    if t == "future-in-past":
        return None if months else "future"
    return t


# ---- resolution against the DCT ------------------------------------------------------

def resolve_weekday(dct: date, weekday: int, direction: str) -> date:
    """direction: 'past' (today or before), 'future' (today or after), 'last'
    (strictly before), 'next' (strictly after)."""
    diff = weekday - dct.isoweekday()
    if direction == "past":
        return dct + timedelta(days=diff if diff <= 0 else diff - 7)
    if direction == "future":
        return dct + timedelta(days=diff if diff >= 0 else diff + 7)
    if direction == "last":
        return dct + timedelta(days=diff if diff < 0 else diff - 7)
    return dct + timedelta(days=diff if diff > 0 else diff + 7)


def resolve_month(dct: date, month: int, direction: str | None) -> int:
    """The year of a bare month name."""
    y, m = dct.year, dct.month
    if direction == "past":
        return y if month <= m else y - 1
    if direction == "future":
        return y if month >= m else y + 1
    if direction == "last":
        return y if month < m else y - 1
    if direction == "next":
        return y if month > m else y + 1
    # no tense: the nearest one, the past one on a tie
    best = min((y - 1, y, y + 1), key=lambda yy: (abs((yy * 12 + month) - (y * 12 + m)), yy > y))
    return best


def resolve_month_day(dct: date, month: int, day: int, direction: str | None) -> date | None:
    options = [date(yy, month, day) for yy in (dct.year - 1, dct.year, dct.year + 1)
               if cal.valid_date(yy, month, day)]
    if not options:
        return None
    nearest = min(options, key=lambda d: (abs((d - dct).days), d > dct))
    chosen = nearest
    if direction == "past":
        past = [d for d in options if d <= dct]
        chosen = past[-1] if past else nearest
    elif direction == "future":
        future = [d for d in options if d >= dct]
        chosen = future[0] if future else nearest
    # a tense cue far from the date may mislead: a date within two months of the
    # DCT beats one almost a year away
    if abs((chosen - dct).days) > 300 and abs((nearest - dct).days) <= 62:
        chosen = nearest
    return chosen


def _direction(tense_: str | None) -> str | None:
    return tense_


# ---- handlers ----------------------------------------------------------------------

def _date_result(d: date) -> Result:
    return Result("DATE", cal.fmt_day(d))


def handle_date(c: Candidate, ctx: Context) -> Result | None:
    g = c.groups
    month = month_number(g["mon"])
    if month is None:
        return None
    day = day_number(g["day"]) if g.get("day") else None
    if g.get("year"):
        year = int(g["year"])
        if day is None:
            return Result("DATE", cal.fmt_month(year, month))
        return _date_result(date(year, month, day)) if cal.valid_date(year, month, day) else INVALID
    if g.get("relyear"):
        rel = g["relyear"].lower()
        base = _anchor_year(ctx, rel)
        if base is None:
            return Result("DATE", f"XXXX-{month:02d}" + (f"-{day:02d}" if day else ""))
        if day is None:
            return Result("DATE", cal.fmt_month(base, month))
        return _date_result(date(base, month, day)) if cal.valid_date(base, month, day) else None
    if day is None or not 1 <= day <= 31:
        return None
    if not cal.valid_date(2000, month, day):      # February 30: no such day
        return INVALID
    rel = " ".join((g.get("rel") or "").lower().split())
    if rel and ctx.dct is not None:
        # "last Oct. 23": the latest one before the DCT; "next March 5": the first after
        y = ctx.dct.year
        options = [date(yy, month, day) for yy in (y - 1, y, y + 1) if cal.valid_date(yy, month, day)]
        if rel in ("last", "this past"):
            past = [d for d in options if d < ctx.dct]
            return _date_result(past[-1]) if past else None
        if rel in ("next", "this coming"):
            future = [d for d in options if d > ctx.dct]
            return _date_result(future[0]) if future else None
        return _date_result(date(y, month, day)) if cal.valid_date(y, month, day) else None
    if ctx.dct is None:
        return Result("DATE", f"XXXX-{month:02d}-{day:02d}")
    prev = _prev_word(ctx.text, c.start)
    direction = "past" if prev == "since" else _tense(ctx, c, months=True)
    if direction is None and prev in ("until", "till", "by"):
        direction = "future"
    year_ref = _sentence_ref(ctx, c, "year")
    if year_ref is not None and year_ref.year < ctx.dct.year and direction != "future" \
            and _prev_word(ctx.text, ctx.ref_start) in ("the", "a", "an", "his", "her", "its", "their") \
            and cal.valid_date(year_ref.year, month, day):
        # the sentence is set in a year it names as a label: "an issue in the 2016
        # campaign, after she fainted at a September 11 event" (not "approved in 1987")
        return _date_result(date(year_ref.year, month, day))
    d = resolve_month_day(ctx.dct, month, day, direction)
    if d is None:
        return None
    return _date_result(d)


def _anchor_year(ctx: Context, rel: str) -> int | None:
    if ctx.dct is None:
        return None
    y = ctx.dct.year
    if rel in ("this", "the current", "current"):
        return y
    if rel == "last" or rel == "the previous":
        return y - 1
    if rel == "next" or rel == "the following":
        return (ctx.ref.year + 1) if (rel == "the following" and ctx.ref) else y + 1
    if rel in ("the same", "that"):
        return ctx.ref.year if ctx.ref else y
    return y


def handle_isodate(c: Candidate, ctx: Context) -> Result | None:
    y, m, d = int(c.groups["year"]), int(c.groups["m"]), int(c.groups["day"])
    return _date_result(date(y, m, d)) if cal.valid_date(y, m, d) else INVALID


def handle_usdate(c: Candidate, ctx: Context) -> Result | None:
    y = c.groups["year"]
    year = int(y) if len(y) == 4 else (2000 + int(y) if int(y) < 50 else 1900 + int(y))
    m, d = int(c.groups["m"]), int(c.groups["day"])
    return _date_result(date(year, m, d)) if cal.valid_date(year, m, d) else None


def handle_monthyear(c: Candidate, ctx: Context) -> Result | None:
    month = month_number(c.groups["mon"])
    if month is None:
        return None
    return Result("DATE", cal.fmt_month(int(c.groups["year"]), month))


_MONTH_CUES = frozenset({
    "in", "since", "by", "until", "till", "through", "during", "of", "from", "to",
    "before", "after", "between", "and", "early", "late", "mid", "last", "this", "next",
    "or", "until", "around", "throughout", "end", "beginning", "start", "on",
    "for", "until", "into", "earlier", "later", "each", "every", "past", "coming",
})


_MONTH_LINK = re.compile(r"[ \t\u00a0\u202f]{0,3}(?:-|–|—|/|(?i:and|to|or|through|until|till|into))[ \t\u00a0\u202f]{0,3}")


def handle_month(c: Candidate, ctx: Context) -> Result | None:
    g = c.groups
    word = g["mon"]
    month = month_number(word)
    if month is None:
        return None
    rel = (g.get("rel") or "").lower()
    if word.lower() in tw.AMBIGUOUS_MONTHS and not rel:
        prev = _prev_word(ctx.text, c.start)
        if prev.rstrip("-") not in _MONTH_CUES:
            return None
        nxt = _next_words(ctx.text, c.end, 1)
        if nxt and nxt[0] in ("to", "on", "against", "for", "through", "with") and prev not in ("in", "since", "until", "by", "of", "during", "early", "late", "mid"):
            return None
    if rel == "the month of":
        rel = ""
    ref = ctx.ref
    if (not rel and ref is not None and ref.granularity == "month" and 0 <= c.start - ctx.ref_end <= 12
            and _MONTH_LINK.fullmatch(ctx.text, ctx.ref_end, c.start)):
        # "between March and May", "from October to January": the range runs forward
        return Result("DATE", cal.fmt_month(ref.year + (1 if month < ref.month else 0), month))
    if ctx.dct is None:
        return Result("DATE", f"XXXX-{month:02d}")
    if rel in ("last", "this past", "the past", "past"):
        year = resolve_month(ctx.dct, month, "last")
        if (ctx.dct.year * 12 + ctx.dct.month) - (year * 12 + month) <= 1:
            year -= 1        # the month just gone would be "last month"
        return Result("DATE", cal.fmt_month(year, month))
    elif rel in ("next", "this coming", "the coming", "coming"):
        direction = "next"
    elif rel == "this":
        return Result("DATE", cal.fmt_month(ctx.dct.year, month))
    else:
        prev = _prev_word(ctx.text, c.start)
        direction = "past" if prev == "since" else _tense(ctx, c, months=True)
        if direction is None and prev in ("by", "until", "till", "through"):
            direction = "future"          # "to conclude by May": a deadline ahead
        elif direction == "past" and prev in ("by", "until", "till", "through"):
            # a limit in a past clause ("extended the loans through January", "talks that
            # were supposed to conclude by May") is often still ahead: the nearest one
            direction = None
        elif (direction == "past" and prev != "since" and month == ctx.dct.month % 12 + 1
              and not _fronted(ctx, c)):
            # the month after the DCT's, eleven months back, would be "last November";
            # a bare name in a past clause is the coming one ("agreed to buy it in November")
            direction = "future"
        elif direction == "future" and month == (ctx.dct.month - 2) % 12 + 1:
            # likewise the month before, eleven months ahead, would be "next February":
            # "data for February will be released next month" is the one just gone
            direction = "past"
    return Result("DATE", cal.fmt_month(resolve_month(ctx.dct, month, direction), month))


def _fronted(ctx: Context, c: Candidate) -> bool:
    """Does the expression open its sentence ("In December, the firm bid ...")? Then it
    dates the main verb, whose tense holds."""
    s, _ = sentence_bounds(ctx.text, c.start, c.end)
    return (re.fullmatch(r"[\W]{0,3}(?:\w+[ \t\u00a0]+){0,2}", ctx.text[s:c.start]) is not None
            and ctx.text[c.end:c.end + 1] == ",")


_NOT_YEAR_BEFORE = frozenset({
    "us$", "hk$", "s$", "a$", "c$", "no", "number", "flight", "room", "page", "pp",
    "route", "highway", "article", "section", "paragraph", "rank", "ranked", "resolution",
    "code", "channel", "bus", "line", "platform", "gate", "exit", "unit", "apartment",
    "suite", "box", "po", "p.o", "tel", "fax", "phone", "rule", "law", "act", "bill",
    "about", "nearly", "approximately", "some", "than", "almost", "roughly", "over",
    "only", "just", "another", "additional", "extra", "total", "least", "most",
})
_NOT_YEAR_AFTER = frozenset({
    "people", "men", "women", "children", "police", "troops", "staff", "personnel",
    "km", "kg", "mw", "mph", "ft", "feet", "m", "miles", "metres", "meters", "yuan",
    "dollars", "euros", "percent", "per", "%", "cattle", "sheep", "fish", "aircraft",
    "kilometres", "kilometers", "tonnes", "tons", "barrels", "acres", "hectares",
    "times", "votes", "seats", "calories", "points", "pounds", "units", "rubles",
    "roubles", "won", "yen", "rupees", "hours", "minutes", "seconds", "gmt", "utc",
    "hrs", "local", "sq", "square", "cubic", "cc", "bhp", "hp", "gb", "mb",
})
_YEAR_CUES = frozenset({
    "in", "since", "by", "until", "till", "from", "of", "to", "before", "after", "during",
    "circa", "c", "year", "fiscal", "early", "late", "mid", "and", "through", "the",
    "between", "ad", "bc", "around", "end", "beginning", "summer", "winter", "spring",
    "autumn", "fall", "january", "february", "march", "april", "may", "june", "july",
    "august", "september", "october", "november", "december",
})


_YEAR_SPAN_AFTER = re.compile(r"[ \t\u00a0]{0,3}(?:to|-|–|and|until|through)[ \t\u00a0]{0,3}(?:1[89]|20)\d\d\b")
_CURRENCY_BEFORE = re.compile(r"[$€£¥#]\s*$")
_DIGIT_BEFORE = re.compile(r"\d[.,]?\s?$")
_PERCENT_AFTER = re.compile(r"\s?(?:%|per\s?cent|percent)")
_DECIMAL_AFTER = re.compile(r"[.,]\d")
_COMPOUND_AFTER = re.compile(r"-(?:year|month|day|week|strong|member|seat|page|point|km|mile)", re.I)
_LOWER_AFTER = re.compile(r"\s[a-z]")


def handle_year(c: Candidate, ctx: Context) -> Result | None:
    g = c.groups
    text = ctx.text
    if g.get("yy"):
        yy = int(g["yy"])
        pivot = (ctx.dct.year % 100 + 10) if ctx.dct else 30
        return Result("DATE", f"{2000 + yy if yy <= pivot else 1900 + yy:04d}")
    year = int(g["year"])
    pre = g.get("pre")
    if not pre:
        before = text[max(0, c.start - 4):c.start]
        if _CURRENCY_BEFORE.search(before) or _DIGIT_BEFORE.search(before):
            return None
        prev = _prev_word(text, c.start)
        if prev in _NOT_YEAR_BEFORE and not _YEAR_SPAN_AFTER.match(text, c.end):
            return None                      # "about 2000 people" (but "at least 2002 to 2005")
        after = text[c.end:c.end + 12]
        if _PERCENT_AFTER.match(after) or _DECIMAL_AFTER.match(after):
            return None
        if _COMPOUND_AFTER.match(after):
            return None
        nxt = _next_words(text, c.end, 1)
        if nxt:
            n0 = nxt[0]
            if n0 in _NOT_YEAR_AFTER:
                return None
            if (n0.endswith("s") and len(n0) > 3 and not n0.endswith(("'s", "’s", "ss", "us", "is"))
                    and _LOWER_AFTER.match(after) and n0 not in ("was", "has", "as", "its", "this", "his")):
                return None
        if year < 1800 and prev not in _YEAR_CUES:
            return None
    return Result("DATE", cal.fmt_year(year))


def handle_yearwords(c: Candidate, ctx: Context) -> Result | None:
    cent = c.groups["cent"].lower()
    rest = (c.groups.get("rest") or "").lower()
    if cent.startswith("two"):
        base = 2000
        n = parse_number(rest) if rest else 0
        return Result("DATE", cal.fmt_year(base + int(n or 0)))
    base = {"nineteen": 1900, "eighteen": 1800}[cent]
    if rest == "hundred":
        return Result("DATE", cal.fmt_year(base))
    rest = re.sub(r"^oh[- ]", "", rest)
    n = parse_number(rest)
    if n is None or n >= 100:
        return None
    return Result("DATE", cal.fmt_year(base + int(n)))


_DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
                 "seventies": 7, "eighties": 8, "nineties": 9}


def handle_decade(c: Candidate, ctx: Context) -> Result | None:
    g = c.groups
    if g.get("dec"):
        return Result("DATE", g["dec"][:3])
    if g.get("dec2"):
        d = int(g["dec2"][0])
        century = 20 if (d <= 1 and ctx.dct and ctx.dct.year >= 2010) else 19
        if g["dec2"] == "00":
            century = 20
        return Result("DATE", f"{century}{d}")
    if g.get("decword"):
        return Result("DATE", f"19{_DECADE_WORDS[g['decword'].lower()]}")
    return None


def handle_century(c: Candidate, ctx: Context) -> Result | None:
    g = c.groups
    if g.get("ord"):
        o = g["ord"].lower()
        n = tw.ORDINALS.get(o) or int(re.match(r"\d+", o).group(0)) if re.match(r"\d", o) or o in tw.ORDINALS else None
        if not n or n > 25:
            return None
        return Result("DATE", f"{n - 1:02d}")
    if ctx.dct is None:
        return Result("DATE", "XX")
    rel = g["rel"].lower()
    cent = ctx.dct.year // 100
    if rel in ("the past", "the last", "the previous"):
        return Result("DURATION", "P100Y")
    if rel == "last":
        cent -= 1
    elif rel in ("next", "the next"):
        cent += 1
    return Result("DATE", f"{cent:02d}")


_POD = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI",
        "mornings": "MO", "afternoons": "AF", "evenings": "EV", "nights": "NI"}


def _with_pod(d: date | None, pod: str | None, unresolved: str = "XXXX-XX-XX") -> Result:
    base = cal.fmt_day(d) if d else unresolved
    if pod:
        return Result("TIME", f"{base}T{_POD[pod.lower()]}")
    return Result("DATE", base)


def handle_weekday(c: Candidate, ctx: Context) -> Result | None:
    g = c.groups
    wd = weekday_number(g["wd"])
    if wd is None:
        return None
    pod = g.get("pod")
    if pod and pod.lower().endswith("s"):
        return Result("SET", f"XXXX-WXX-{wd}T{_POD[pod.lower()]}")
    rel = (g.get("rel") or "").lower()
    if g["wd"].endswith(".") and not pod:
        # "Sat." alone is too ambiguous; abbreviations only inside full dates
        return None
    if ctx.dct is None:
        return _with_pod(None, pod, f"XXXX-WXX-{wd}")
    if rel in ("last", "this past", "past"):
        d = resolve_weekday(ctx.dct, wd, "last")
    elif rel in ("next", "this coming", "coming"):
        d = resolve_weekday(ctx.dct, wd, "next")
    elif rel in ("the previous", "the following", "the next") and ctx.ref and ctx.ref.granularity == "day":
        anchor = ctx.ref.date
        d = resolve_weekday(anchor, wd, "last" if rel == "the previous" else "next")
    else:
        prev = _prev_word(ctx.text, c.start)
        t = "past" if prev == "since" else _tense(ctx, c)
        if t is None and prev in ("until", "till", "by"):
            t = "future"                     # "has until Monday to raise the money"
        if scheduled_occasion_before(ctx.text, c.start) or (
                ctx.text[c.end:c.end + 2] in ("'s", "’s") and scheduled_occasion_after(ctx.text, c.end)
                and t != "past"):
            t = "future"
        if t is None and rel == "this":
            t = "future"
        if t == "future" and not rel and possessive_names_past(ctx.text, c.start, c.end):
            t = "past"
        d = resolve_weekday(ctx.dct, wd, "future" if t == "future" else "past")
    return _with_pod(d, pod)


def handle_weekdays(c: Candidate, ctx: Context) -> Result | None:
    wd = weekday_number(c.groups["wd"])
    if wd is None:
        return None
    pod = c.groups.get("pod")
    return Result("SET", f"XXXX-WXX-{wd}" + (f"T{_POD[pod.lower()]}" if pod else ""))


def handle_deictic(c: Candidate, ctx: Context) -> Result | None:
    g = c.groups
    pod = g.get("pod")
    word = " ".join((g.get("word") or g.get("rel") or "").lower().split())
    offsets = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1, "overnight": 0,
               "this": 0, "last": -1, "the day before yesterday": -2,
               "the day after tomorrow": 2}
    if word not in offsets:
        return None
    if word == "today":
        after = ctx.text[c.end:c.end + 30]
        m = re.match(r"['’]s\s+([a-z]+)", after)
        if m and m.group(1) in tw.GENERIC_TODAY_NOUNS:
            return None                       # "today's world"
        written = ctx.text[c.start:c.end]
        if written == "Today" and re.search(r"[A-Z][\w.]*\s+$", ctx.text[max(0, c.start - 20):c.start]):
            return None                       # a programme name: "VOA Today"
        if written == "TODAY" and re.search(r"(?<![\w.])[A-Z][A-Z.&]+\s+$", ctx.text[max(0, c.start - 20):c.start]):
            return None                       # a masthead in capitals: "told USA TODAY"
    if word == "last" and (pod or "").lower() != "night":
        return None
    if word in ("tonight", "overnight"):
        pod = "night"
    if word == "last":
        pod = "night"
    d = ctx.dct + timedelta(days=offsets[word]) if ctx.dct else None
    return _with_pod(d, pod)


_REL_MAP = {
    "last": "last", "past": "last", "the past": "last", "the last": "last", "this past": "last",
    "this": "this", "the current": "this", "current": "this", "the present": "this",
    "next": "next", "coming": "next", "the coming": "next", "this coming": "next",
    "upcoming": "next", "the upcoming": "next", "the next": "anext",
    "the previous": "aprev", "previous": "aprev", "the preceding": "aprev",
    "the following": "anext", "following": "anext",
    "the same": "asame", "same": "asame", "that": "asame", "that same": "asame",
    "this same": "asame", "the": "the",
}


def _anchor(ctx: Context, granularity: str) -> Point | None:
    """The reference point for an anaphoric expression of this granularity."""
    order = {"day": 0, "week": 1, "month": 2, "quarter": 3, "season": 3, "half": 4, "year": 5}
    ref = ctx.ref
    if ref is not None and order.get(ref.granularity, 9) <= order.get(granularity, 5):
        return ref
    if ctx.dct is None:
        return None
    return Point("day", ctx.dct.year, ctx.dct.month, ctx.dct.day)


def _unresolved(granularity: str) -> str:
    return {"day": "XXXX-XX-XX", "week": "XXXX-WXX", "month": "XXXX-XX",
            "year": "XXXX", "quarter": "XXXX-QX", "weekend": "XXXX-WXX-WE"}.get(granularity, "XXXX")


def handle_relunit(c: Candidate, ctx: Context) -> Result | None:
    g = c.groups
    rel_word = " ".join((g.get("rel") or "").lower().split())
    rel = _REL_MAP.get(rel_word)
    if rel is None:
        return None
    if g.get("season"):
        return _season(c, ctx, g["season"], rel, None)
    unit = unit_name(g["unit"]) if g.get("unit") else ""
    written = ctx.text[c.start:c.end]
    if (written.istitle() and len(written.split()) == 2 and c.start > 0
            and not re.search(r"(?:^|[.!?\n][\"'”’)]*)\s*$", ctx.text[max(0, c.start - 4):c.start])):
        return None                           # a title mid-sentence: ABC's "This Week"
    edge = " ".join((g.get("edge") or "").lower().split())
    mod = _edge_mod(edge) if edge else None
    if g.get("inthe"):
        # "earlier in the week": the week of the sentence's date, or of the DCT
        ref = _sentence_ref(ctx, c, *{"week": ("day", "week"), "month": ("day", "week", "month")}.get(
            unit, ("day", "week", "month", "year")))
        if ref is None and ctx.dct is None:
            return Result("DATE", _unresolved(unit))
        a = ref or Point("day", ctx.dct.year, ctx.dct.month, ctx.dct.day)
        return Result("DATE", _step_value(a, unit, 0))
    if g.get("dir"):
        return _day_before_after(c, ctx, unit, g["dir"].lower(), (g.get("deictic") or "").lower())
    if unit in ("morning", "afternoon", "evening", "night"):
        if rel == "this":
            d = ctx.dct
        elif rel == "last" and unit == "night":
            d = ctx.dct - timedelta(days=1) if ctx.dct else None
        elif rel in ("asame", "anext", "aprev"):
            a = _anchor(ctx, "day")
            d = a.date if a else None
            if d and rel == "anext":
                d += timedelta(days=1)
            elif d and rel == "aprev":
                d -= timedelta(days=1)
        else:
            return None
        return _with_pod(d, unit)
    if unit == "day":
        if rel not in ("asame", "anext", "aprev"):
            return None
        a = _anchor(ctx, "day")
        if a is None:
            return Result("DATE", "XXXX-XX-XX")
        d = a.date + timedelta(days={"asame": 0, "anext": 1, "aprev": -1}[rel])
        return _date_result(d)
    if unit == "decade":
        if rel == "last" or rel_word in ("the next", "the coming", "the following"):
            return Result("DURATION", "P10Y", mod)     # the ten years up to or from now
        if ctx.dct is None:
            return Result("DATE", "XXX")
        if rel == "this" or (rel == "the" and edge):      # "by the end of the decade"
            return Result("DATE", f"{ctx.dct.year // 10:03d}", mod)
        if rel == "next":
            return Result("DATE", f"{ctx.dct.year // 10 + 1:03d}", mod)
        return None
    if unit == "century":
        if ctx.dct is not None and (rel == "this" or (rel == "the" and edge)):
            return Result("DATE", f"{ctx.dct.year // 100:02d}", mod)   # "the turn of the century"
        return None
    if unit not in ("week", "weekend", "month", "year", "quarter"):
        return None
    granularity = "week" if unit == "weekend" else unit
    if rel == "the" and not edge:
        if unit == "weekend":
            return _the_weekend(c, ctx)
        return None
    finer = {"week": ("day",), "month": ("day", "week", "month"),
             "quarter": ("day", "week", "month", "quarter"),
             "year": ("day", "week", "month", "quarter", "season", "half", "year")}.get(granularity, ())
    same_sentence = _sentence_ref(ctx, c, *finer) if rel == "the" and edge else None
    if rel in ("asame", "anext", "aprev") or (rel == "the" and edge and g.get("rel", "").lower() == "that"):
        a = _anchor(ctx, granularity)
        step = {"asame": 0, "anext": 1, "aprev": -1}.get(rel, 0)
    elif same_sentence is not None:
        # "announced on Feb. 11 that he would step down at the end of the month"
        a, step = same_sentence, 0
    else:
        if ctx.dct is None:
            return Result("DATE", _unresolved("weekend" if unit == "weekend" else granularity), mod)
        a = Point("day", ctx.dct.year, ctx.dct.month, ctx.dct.day)
        step = {"last": -1, "this": 0, "next": 1, "the": 0}[rel]
        if unit == "weekend" and rel == "this" and ctx.dct.isoweekday() <= 4 and _tense(ctx, c) == "past":
            step = -1                 # written on a Monday, "cleared barricades this weekend": the one just gone
    if a is None:
        return Result("DATE", _unresolved("weekend" if unit == "weekend" else granularity), mod)
    value = _step_value(a, unit, step)
    if edge and unit == "year" and ("first half" in edge or "second half" in edge or "latter half" in edge):
        return Result("DATE", f"{value[:4]}-H{1 if 'first' in edge else 2}")
    return Result("DATE", value, mod)


def _step_value(a: Point, unit: str, step: int) -> str:
    d = a.date
    if unit in ("week", "weekend"):
        v = cal.fmt_week(d + timedelta(weeks=step))
        return v + "-WE" if unit == "weekend" else v
    if unit == "month":
        y, m = cal.add_months(a.year, a.month, step)
        return cal.fmt_month(y, m)
    if unit == "quarter":
        y, m = cal.add_months(a.year, a.month, 3 * step)
        return f"{y:04d}-Q{cal.quarter_of(m)}"
    return cal.fmt_year(a.year + step)


def _the_weekend(c: Candidate, ctx: Context) -> Result:
    if ctx.dct is None:
        return Result("DATE", "XXXX-WXX-WE")
    d = ctx.dct
    t = _tense(ctx, c)
    if t == "future":
        if d.isoweekday() >= 6:
            return Result("DATE", cal.fmt_week(d) + "-WE")
        return Result("DATE", cal.fmt_week(d) + "-WE")
    if d.isoweekday() >= 6:
        return Result("DATE", cal.fmt_week(d) + "-WE")
    return Result("DATE", cal.fmt_week(d - timedelta(weeks=1)) + "-WE")


def _day_before_after(c: Candidate, ctx: Context, unit: str, direction: str, deictic: str) -> Result | None:
    step = -1 if direction == "before" else 1
    if deictic:
        if ctx.dct is None:
            return Result("DATE", "XXXX-XX-XX")
        base = ctx.dct + timedelta(days=-1 if deictic == "yesterday" else 1)
        return _date_result(base + timedelta(days=step))
    if unit in ("day", "morning", "afternoon", "evening", "night"):
        a = _anchor(ctx, "day")
        if a is None:
            return Result("DATE", "XXXX-XX-XX")
        d = a.date + timedelta(days=step)
        return _with_pod(d, None if unit == "day" else unit)
    if unit in ("week", "weekend", "month", "year"):
        a = _anchor(ctx, "week" if unit == "weekend" else unit)
        if a is None:
            return Result("DATE", _unresolved("week" if unit == "weekend" else unit))
        return Result("DATE", _step_value(a, unit, step))
    return None


def _edge_mod(edge: str) -> str | None:
    if any(w in edge for w in ("end", "close", "latter", "last part", "late")):
        return "END"
    if any(w in edge for w in ("beginning", "start", "dawn", "early", "first part")):
        return "START"
    if "middle" in edge or "mid" in edge:
        return "MID"
    return None


def _season_year(dct: date, season: str, direction: str | None) -> int:
    """The year of a season mentioned without one (winter counts from December)."""
    start_month = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[season]
    y, m = dct.year, dct.month
    if season == "WI" and m <= 2:
        y -= 1           # January 2021 is in winter 2020
    in_season_or_after = (m >= start_month) or (season == "WI" and dct.month <= 2)
    if direction in ("last",):
        # the most recent season that is over
        end_month = {"SP": 5, "SU": 8, "FA": 11, "WI": 2}[season]
        if season == "WI":
            return y - 1 if dct.month <= 2 or dct.month == 12 else y - 1
        return y if m > end_month else y - 1
    if direction == "next":
        if season == "WI":
            return y if (dct.month < 12 and dct.month > 2) else y + 1
        return y if m < start_month else y + 1
    if direction == "past":
        return y if in_season_or_after else y - 1
    if direction == "future":
        if season == "WI":
            return y
        end_month = {"SP": 5, "SU": 8, "FA": 11}[season]
        return y if m <= end_month else y + 1
    return y


def _season(c: Candidate, ctx: Context, word: str, rel: str | None, year: str | None) -> Result | None:
    season = tw.SEASONS[word.lower()]
    if word.lower() == "fall" and not year and rel in (None, "the", "asame"):
        return None
    if year:
        return Result("DATE", f"{int(year):04d}-{season}")
    if rel in ("aprev", "anext", "asame") and ctx.ref is not None:
        y = ctx.ref.year + {"aprev": -1, "anext": 1, "asame": 0}[rel]
        return Result("DATE", f"{y:04d}-{season}")
    if ctx.dct is None:
        return Result("DATE", f"XXXX-{season}")
    if rel == "this":
        y = ctx.dct.year - (1 if season == "WI" and ctx.dct.month <= 2 else 0)
        if season == "WI" and 3 <= ctx.dct.month <= 5 and _tense(ctx, c) == "past":
            y -= 1       # in spring, "this winter was cold": the winter just gone
    elif rel == "last":
        y = _season_year(ctx.dct, season, "last")
    elif rel == "next":
        y = _season_year(ctx.dct, season, "next")
    else:
        y = _season_year(ctx.dct, season, _tense(ctx, c))
    return Result("DATE", f"{y:04d}-{season}")


def handle_season(c: Candidate, ctx: Context) -> Result | None:
    g = c.groups
    if not g.get("year"):
        prev = _prev_word(ctx.text, c.start)
        if not g.get("the") and prev not in ("in", "during", "this", "last", "next", "by", "until",
                                             "since", "over", "through", "early", "late",
                                             "mid", "throughout", "of", "before", "after"):
            return None
    return _season(c, ctx, g["season"], "the" if g.get("the") else None, g.get("year"))


def _quarter_context(ctx: Context, c: Candidate) -> Point | None:
    if ctx.quarter_ref is not None and c.start - ctx.quarter_ref_end < 600:
        return ctx.quarter_ref
    return None


def handle_quarter(c: Candidate, ctx: Context) -> Result | None:
    g = c.groups
    dct = ctx.dct
    if g.get("qn"):
        kind, n = g["qn"][0], int(g["qn"][1])
        year = int(g["year2"]) if g.get("year2") else (dct.year if dct else None)
        label = "Q" if kind == "Q" else "H"
        return Result("DATE", f"{year:04d}-{label}{n}" if year else f"XXXX-{label}{n}")
    unit = " ".join((g.get("unit") or "").lower().split())
    det = " ".join((g.get("det") or "").lower().split())
    if g.get("ord"):
        ordinal = g["ord"].lower()
        label = "H" if unit == "half" else "Q"
        table = tw.HALF_ORDINALS if label == "H" else tw.QUARTER_ORDINALS
        n = table.get(ordinal)
        if n is None:
            return None
        year = None
        explicit = True
        if g.get("year1"):
            year = int(g["year1"])
        elif g.get("year2"):
            year = int(g["year2"])
        elif g.get("relyear"):
            year = _anchor_year(ctx, " ".join(g["relyear"].lower().split()))
        elif det.startswith("this year"):
            year = dct.year if dct else None
        elif det.startswith("last year"):
            year = dct.year - 1 if dct else None
        elif det.startswith("next year"):
            year = dct.year + 1 if dct else None
        elif det in ("the year-ago", "the year-earlier"):
            q = _quarter_context(ctx, c)
            year = (q.year if q else (dct.year if dct else 0)) - 1 if (q or dct) else None
        elif g.get("theyear") and ctx.ref is not None:
            year = ctx.ref.year
        else:
            explicit = False
        if label == "H" and not explicit:
            # "the second half" alone is usually sport; keep "first-half", "half year"
            tail = ctx.text[c.start:c.end].lower()
            if not ("year" in tail or "-half" in tail):
                return None
        if ordinal in ("last",) and label == "Q" and not explicit:
            if dct is None:
                return Result("DATE", "XXXX-QX")
            y, m = cal.add_months(dct.year, dct.month, -3)
            return _quarter_result(ctx, c, y, cal.quarter_of(m))
        if year is None:
            if dct is None:
                return Result("DATE", f"XXXX-{label}{n}")
            year = dct.year
            current = cal.quarter_of(dct.month) if label == "Q" else (1 if dct.month <= 6 else 2)
            if n > current and _tense(ctx, c) == "past":
                year -= 1
            if label == "Q":
                q = _quarter_context(ctx, c)
                if q is not None and q.part == n:
                    year = q.year
        start = None
        if det == "the" and "-" in ctx.text[c.spans["ord"][1]:c.spans["unit"][0]]:
            start = c.spans["ord"][0]        # "the third-quarter results": an adjective
        if label == "Q":
            r = _quarter_result(ctx, c, year, n)
            r.start = start
            return r
        return Result("DATE", f"{year:04d}-H{n}", start=start)
    # "the 1988 period", "the 1988 quarter": that year's quarter of the report
    if g.get("year1"):
        q = _quarter_context(ctx, c)
        year = int(g["year1"])
        if q is not None:
            return Result("DATE", f"{year:04d}-Q{q.part}")
        return Result("DATE", cal.fmt_year(year)) if unit == "period" else None
    if det.startswith(("last year", "this year")):
        q = _quarter_context(ctx, c)
        if dct is None:
            return Result("DATE", "XXXX-QX")
        n = q.part if q else cal.quarter_of(cal.add_months(dct.year, dct.month, -3)[1])
        return Result("DATE", f"{dct.year - (1 if det.startswith('last') else 0):04d}-Q{n}")
    # "the quarter", "the latest quarter", "the year-ago period"
    if unit == "period" and det not in ("the latest", "the year-ago", "the year-earlier",
                                        "the comparable", "the corresponding", "the same",
                                        "the most recent", "the current", "the past"):
        return None
    text_lc = ctx.text[c.start:c.end].lower()
    year_ago = ("year-ago" in det or "year-earlier" in det or "comparable" in det
                or "corresponding" in det or "a year ago" in text_lc or "a year earlier" in text_lc
                or text_lc.endswith("last year"))
    q = _quarter_context(ctx, c)
    if dct is None and q is None:
        return Result("DATE", "XXXX-QX")
    if det in ("the current", "this") and dct:
        base = (dct.year, cal.quarter_of(dct.month))
    elif det in ("next", "the next", "the following") and dct:
        y, m = cal.add_months(dct.year, dct.month, 3)
        base = (y, cal.quarter_of(m))
    elif det in ("the", "that", "the same") and q is not None:
        base = (q.year, q.part)
    elif det in ("the previous", "the prior") and q is not None:
        y, m = cal.add_months(q.year, 3 * q.part - 2, -3)
        base = (y, cal.quarter_of(m))
    elif year_ago and q is not None:
        base = (q.year, q.part)
    elif dct is not None:
        y, m = cal.add_months(dct.year, dct.month, -3)
        base = (y, cal.quarter_of(m))
    else:
        base = (q.year, q.part)
    year, n = base
    if year_ago:
        year -= 1
        return Result("DATE", f"{year:04d}-Q{n}")
    return _quarter_result(ctx, c, year, n)


def _quarter_result(ctx: Context, c: Candidate, year: int, n: int) -> Result:
    # a report's own period is never ahead of its date: a forecast for "the third
    # quarter of 1990" does not become the quarter that "a year ago" compares with
    if ctx.dct is None or (year, n) <= (ctx.dct.year, cal.quarter_of(ctx.dct.month)):
        ctx.quarter_ref = Point("quarter", year, 3 * n - 2, part=n)
        ctx.quarter_ref_end = c.end
    return Result("DATE", f"{year:04d}-Q{n}")


def handle_yearago(c: Candidate, ctx: Context) -> Result | None:
    unit = " ".join((c.groups.get("unit") or "").lower().split())
    if "months" in unit:
        n = parse_number(unit.split()[0]) if " " in unit else None
        return Result("DURATION", f"P{int(n)}M" if n else "PXM")
    q = _quarter_context(ctx, c)
    if q is not None:
        return Result("DATE", f"{q.year - 1:04d}-Q{q.part}")
    if ctx.dct is None:
        return Result("DATE", "XXXX")
    return Result("DATE", cal.fmt_year(ctx.dct.year - 1))


def handle_theyear(c: Candidate, ctx: Context) -> Result | None:
    """ "the year ended June 30" is a year-long period; "for the year", "the full year"
    is the current (reporting) year."""
    g = c.groups
    if g.get("yearend"):
        if ctx.dct is None:
            return Result("DATE", "XXXX", "END")
        since = g["skip"].lower().startswith("since")   # "since year-end": the one just gone
        return Result("DATE", cal.fmt_year(ctx.dct.year - (1 if since else 0)), "END")
    kind = " ".join((g.get("kind") or "").lower().split())
    if g.get("ended"):
        return Result("DURATION", "P1Y")
    if not (g.get("skip") or kind in ("full", "fiscal", "current fiscal")):
        return None
    if ctx.dct is None:
        return Result("DATE", "XXXX")
    return Result("DATE", cal.fmt_year(ctx.dct.year))


def handle_ago(c: Candidate, ctx: Context) -> Result | None:
    g = c.groups
    n = quantity(g["q"])
    unit = unit_name(g["unit"])
    if n is None or unit not in tw.UNITS:
        return None
    if g.get("andhalf") and n != "X":
        n += 0.5
    if n != "X" and unit == "year" and float(n) != int(n):
        n, unit = float(n) * 12, "month"     # "a year and a half ago": 18 months ago
    direction = " ".join(g["dir"].lower().split())
    backwards = direction in ("ago", "earlier", "before", "back", "prior")
    deictic = direction in ("ago", "back", "from now", "hence")
    if n == "X":
        if deictic:
            return Result("DATE", "PAST_REF" if backwards else "FUTURE_REF")
        return Result("DURATION", duration_value("X", unit))
    steps = float(n) * tw.UNIT_MULTIPLIERS.get(unit, 1)
    sign = -1 if backwards else 1
    if unit in ("decade", "century", "millennium"):
        unit = "year"
    if unit == "fortnight":
        unit = "week"
    granularity = unit if unit in ("day", "week", "month", "quarter", "year") else "day"
    if deictic:
        if ctx.dct is None:
            return Result("DATE", "PAST_REF" if backwards else "FUTURE_REF")
        a = Point("day", ctx.dct.year, ctx.dct.month, ctx.dct.day)
        if unit == "year" and backwards:
            q = _quarter_context(ctx, c)
            if q is not None and steps == 1:
                return Result("DATE", f"{q.year - 1:04d}-Q{q.part}")
    else:
        a = _anchor(ctx, granularity)
        if a is None:
            return Result("DATE", _unresolved(granularity))
        if unit == "year" and a.granularity == "quarter":
            return Result("DATE", f"{a.year + sign * int(steps):04d}-Q{a.part}")
    k = int(round(steps))
    d = a.date
    if unit in ("second", "minute", "hour"):
        return Result("DATE", cal.fmt_day(d)) if deictic else None
    if unit in ("day", "night"):
        return _date_result(d + timedelta(days=sign * k))
    if unit == "week":
        return Result("DATE", cal.fmt_week(d + timedelta(weeks=sign * k)))
    if unit == "month":
        y, m = cal.add_months(d.year, d.month, sign * k)
        return Result("DATE", cal.fmt_month(y, m))
    if unit == "quarter":
        y, m = cal.add_months(d.year, d.month, sign * 3 * k)
        return Result("DATE", f"{y:04d}-Q{cal.quarter_of(m)}")
    return Result("DATE", cal.fmt_year(a.year + sign * k))


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


def _sentence_ref(ctx: Context, c: Candidate, *granularities: str) -> Point | None:
    """The last date the text mentioned, if it has one of these granularities and lies
    in the expression's own sentence ("The talks, held on 21 March, ended at 10.30pm")."""
    ref = ctx.ref
    if ref is None or ref.granularity not in granularities or ctx.ref_start >= c.start:
        return None
    if sentence_bounds(ctx.text, c.start, c.end)[0] > ctx.ref_start:
        return None
    return ref


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


HANDLERS = {
    "date": handle_date, "isodate": handle_isodate, "usdate": handle_usdate,
    "monthyear": handle_monthyear, "month": handle_month, "year": handle_year,
    "yearwords": handle_yearwords, "decade": handle_decade, "century": handle_century,
    "weekday": handle_weekday, "weekdays": handle_weekdays, "deictic": handle_deictic,
    "relunit": handle_relunit, "season": handle_season, "quarter": handle_quarter,
    "yearago": handle_yearago, "theyear": handle_theyear, "ago": handle_ago, "duration": handle_duration,
    "vague": handle_vague, "set": handle_set, "clock": handle_clock,
    "holiday": handle_holiday, "ref": handle_ref,
}


def normalize(c: Candidate, ctx: Context) -> Result | None:
    handler = HANDLERS.get(c.kind)
    if handler is None:
        return None
    try:
        return handler(c, ctx)
    except (ValueError, OverflowError):
        # odd input (a year 0, an impossible date): no timex rather than a crash
        return None
