"""Handlers for calendar dates, months, years, decades and centuries."""
from __future__ import annotations

import re
from datetime import date, timedelta

from ...rules import time_words as tw
from . import calendar as cal
from .context import sentence_bounds
from .result import Result, INVALID, Context
from .parsers import month_number, day_number, parse_number, _prev_word, _next_words
from .resolution import (
    _anchor_year,
    _date_result,
    resolve_month,
    resolve_month_day,
    _sentence_ref,
    _tense,
)
from .patterns import Candidate


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
    if (month, day) in tw.HISTORIC_ATTACK_DAYS and _ATTACKS_AFTER.match(ctx.text, c.end):
        return _date_result(date(tw.HISTORIC_ATTACK_DAYS[(month, day)], month, day))
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
    d = resolve_month_day(ctx.dct, month, day, direction,
                          firm=direction == "past" and _verb_right_before(ctx, c))
    if d is None:
        return None
    return _date_result(d)


_ATTACKS_AFTER = re.compile(r"(?:,?\s*\d{4})?[ \t\u00a0]+(?:terrorist[ \t\u00a0]+|terror[ \t\u00a0]+)?attacks?\b", re.I)


_PAST_VERB_GAP = re.compile(
    r"(?i)(?:^|[^\w'’])([a-z]+)[ \t\u00a0]+"
    r"(?:(?:at|around|shortly after|just after)[ \t\u00a0]+(?:midnight|noon|dawn|dusk"
    r"|\d{1,2}(?:[:.]\d\d)?[ \t\u00a0]*(?:[ap]\.?m\.?)?)[ \t\u00a0]+)?"
    r"(?:(?:on|in|at)[ \t\u00a0]+)?(?:the[ \t\u00a0]+)?$")


def _verb_right_before(ctx: Context, c: Candidate) -> bool:
    """Is the date governed by a past verb standing right before it ("began on 1 January",
    "was signed in December")? Then its tense holds even for a date a year back."""
    m = _PAST_VERB_GAP.search(ctx.text, max(0, c.start - 40), c.start)
    if not m:
        return False
    w = m.group(1).lower()
    return w in tw.PAST_CUES and w not in ("was", "were", "had", "did") or (
        len(w) > 4 and w.endswith("ed") and w not in tw.NOT_PAST_ED)


def handle_isodate(c: Candidate, ctx: Context) -> Result | None:
    y, m, d = int(c.groups["year"]), int(c.groups["m"]), int(c.groups["day"])
    return _date_result(date(y, m, d)) if cal.valid_date(y, m, d) else INVALID


def handle_usdate(c: Candidate, ctx: Context) -> Result | None:
    y = c.groups["year"]
    year = int(y) if len(y) == 4 else (2000 + int(y) if int(y) < 50 else 1900 + int(y))
    m, d = int(c.groups["m"]), int(c.groups["day"])
    return _date_result(date(year, m, d)) if cal.valid_date(year, m, d) else None


def handle_ordday(c: Candidate, ctx: Context) -> Result | None:
    """ "on the 14th": that day of the month a date earlier in the sentence names ("began
    on Nov. 3 and ended on the 14th"), else of the month around the DCT, on the side
    the tense gives (the nearest without one)."""
    day = int(c.groups["day"])
    ref = _sentence_ref(ctx, c, "day", "month")
    if ref is not None:
        return _date_result(date(ref.year, ref.month, day)) if cal.valid_date(ref.year, ref.month, day) else None
    if ctx.dct is None:
        return None
    y, m = ctx.dct.year, ctx.dct.month
    options = [date(yy, mm, day) for yy, mm in (cal.add_months(y, m, -1), (y, m), cal.add_months(y, m, 1))
               if cal.valid_date(yy, mm, day)]
    if not options:
        return None
    direction = _tense(ctx, c)
    if direction == "past":
        options = [d for d in options if d <= ctx.dct] or options
        return _date_result(options[-1])
    if direction == "future":
        options = [d for d in options if d >= ctx.dct] or options
        return _date_result(options[0])
    return _date_result(min(options, key=lambda d: (abs((d - ctx.dct).days), d > ctx.dct)))


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
              and not _fronted(ctx, c) and not _verb_right_before(ctx, c)):
            # the month after the DCT's, eleven months back, would be "last November";
            # a bare name in a past clause is the coming one ("agreed to buy it in November")
            direction = "future"
        elif direction == "past" and prev == "the" and _names_an_occasion(ctx, c) \
                and not _verb_right_before(ctx, c):
            # "became the nominee, teeing up the November showdown": an occasion named by
            # its month lies on either side of now whatever the clause's tense: the nearest
            # ("won the November election" keeps the past of the verb right before it)
            direction = None
        elif direction == "future" and month == (ctx.dct.month - 2) % 12 + 1:
            # likewise the month before, eleven months ahead, would be "next February":
            # "data for February will be released next month" is the one just gone
            direction = "past"
    return Result("DATE", cal.fmt_month(resolve_month(ctx.dct, month, direction), month))


_ORDINAL_WEEKS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": -1, "final": -1}


def handle_monthweek(c: Candidate, ctx: Context) -> Result | None:
    """ "the first week of March", "the last week of October 2015": an ISO week of the
    month, counted in weeks that have most of their days in it (the first is the one
    holding the 4th; the last, the one holding the month's last day but three). The
    month's year is the one the month alone would get."""
    g = c.groups
    month = month_number(g["mon"])
    if month is None:
        return None
    if g.get("year"):
        year = int(g["year"])
    else:
        # the month word alone, after its "of" (which settles "March" and "May" as months)
        ms, me = c.spans["mon"]
        alone = {k: v for k, v in g.items() if k in ("mon", "rel")}
        got = handle_month(Candidate(ms, me, "month", alone, c.priority, {}), ctx)
        if got is None or not re.fullmatch(r"\d{4}-\d\d", got.value):
            return got
        year = int(got.value[:4])
    n = _ORDINAL_WEEKS[g["ord"].lower()]
    if n > 0:
        day = date(year, month, 4) + timedelta(weeks=n - 1)
    else:
        y2, m2 = (year + 1, 1) if month == 12 else (year, month + 1)
        day = date(y2, m2, 1) - timedelta(days=4)
    return Result("DATE", cal.fmt_week(day))


_OCCASION_WORDS = tw.PLANNED_EVENT_NOUNS | {"general", "presidential", "midterm", "primaries",
                                           "caucus", "caucuses", "convention", "elections"}


def _names_an_occasion(ctx: Context, c: Candidate) -> bool:
    """ "the November election", "the March 8 primary": the month before an occasion."""
    nxt = _next_words(ctx.text, c.end, 1)
    return bool(nxt) and nxt[0] in _OCCASION_WORDS


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


# occasions held many at once in one year: "in the 1992 primaries" is a year, not a count
_OCCASIONS_PLURAL = frozenset({"primaries", "caucuses", "elections", "midterms", "olympics"})


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
                    and _LOWER_AFTER.match(after) and n0 not in ("was", "has", "as", "its", "this", "his")
                    and not (n0 in _OCCASIONS_PLURAL and prev == "the")):
                return None                  # "2000 troops" (but "the 1992 primaries")
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
