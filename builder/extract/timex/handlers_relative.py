"""Handlers for weekdays, deictic words ("today"), relative units ("last week",
"the following year") and "ago" expressions."""
from __future__ import annotations

import re
from datetime import timedelta

from ...rules import time_words as tw
from . import calendar as cal
from .calendar import Point
from .context import possessive_names_past, scheduled_occasion_after, scheduled_occasion_before
from .result import Result, Context
from .parsers import _prev_word, duration_value, parse_number, quantity, unit_name, weekday_number
from .resolution import (
    _POD,
    _anchor,
    _day_anchor,
    _date_result,
    _edge_mod,
    _sentence_ref,
    _step_value,
    _tense,
    _unresolved,
    _with_pod,
    resolve_weekday,
)
from .handlers_periods import _season, _quarter_context
from .patterns import Candidate


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
        t = "past" if prev == "since" else _tense(ctx, c, weekdays=True)
        if t is None and prev in ("until", "till", "by"):
            t = "future"                     # "has until Monday to raise the money"
        if scheduled_occasion_before(ctx.text, c.start) or (
                ctx.text[c.end:c.end + 2] in ("'s", "’s") and scheduled_occasion_after(ctx.text, c.end)
                and t != "past"):
            t = "future"
        if t is None and rel == "this":
            t = "future"
        if t in ("future", "nearest") and not rel and possessive_names_past(ctx.text, c.start, c.end):
            t = "past"
        d = resolve_weekday(ctx.dct, wd, t if t in ("future", "nearest") else "past")
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
    if g.get("inthe") and unit == "day":
        # "later in the day": the day its own sentence gives, else the story's: the last
        # day it gave in the week up to its date (an older day is background), else the DCT
        a = _sentence_ref(ctx, c, "day")
        d = a.date if a else (ctx.news_day or ctx.dct)
        return _date_result(d) if d else Result("DATE", "XXXX-XX-XX")
    if g.get("inthe"):
        # "earlier in the week": the week of the sentence's date, or of the DCT
        ref = _sentence_ref(ctx, c, *{"day": ("day",), "week": ("day", "week"),
                                      "month": ("day", "week", "month")}.get(
            unit, ("day", "week", "month", "year")))
        if ref is None and ctx.dct is None:
            return Result("DATE", _unresolved(unit))
        a = ref or Point("day", ctx.dct.year, ctx.dct.month, ctx.dct.day)
        edge_of = {"early": "START", "late": "END"}.get(g["inthe"].lower())
        return Result("DATE", _step_value(a, unit, 0), mod=edge_of)   # "late in the year": its end
    if g.get("dir"):
        return _day_before_after(c, ctx, unit, g["dir"].lower(), (g.get("deictic") or "").lower())
    if unit in ("morning", "afternoon", "evening", "night"):
        return _relunit_part_of_day(c, ctx, unit, rel)
    if unit == "day":
        return _relunit_day(c, ctx, rel)
    if unit in ("decade", "century"):
        return _relunit_decade_century(ctx, unit, rel, rel_word, edge, mod)
    if unit not in ("week", "weekend", "month", "year", "quarter"):
        return None
    return _relunit_calendar(c, ctx, unit, rel, edge, mod)


def _relunit_part_of_day(c: Candidate, ctx: Context, unit: str, rel: str) -> Result | None:
    if rel == "this":
        d = ctx.dct
    elif rel == "last" and unit == "night":
        d = ctx.dct - timedelta(days=1) if ctx.dct else None
    elif rel in ("asame", "anext", "aprev"):
        a = _day_anchor(ctx, c)
        d = a.date if a else None
        if d and rel == "anext":
            d += timedelta(days=1)
        elif d and rel == "aprev":
            d -= timedelta(days=1)
    else:
        return None
    return _with_pod(d, unit)


def _relunit_day(c: Candidate, ctx: Context, rel: str) -> Result | None:
    if rel not in ("asame", "anext", "aprev"):
        return None
    a = _day_anchor(ctx, c)
    if a is None:
        return Result("DATE", "XXXX-XX-XX")
    d = a.date + timedelta(days={"asame": 0, "anext": 1, "aprev": -1}[rel])
    return _date_result(d)


def _relunit_decade_century(ctx: Context, unit: str, rel: str, rel_word: str, edge: str,
                            mod: str | None) -> Result | None:
    if unit == "century":
        if ctx.dct is not None and (rel == "this" or (rel == "the" and edge)):
            return Result("DATE", f"{ctx.dct.year // 100:02d}", mod)   # "the turn of the century"
        return None
    if rel == "last" or rel_word in ("the next", "the coming", "the following"):
        return Result("DURATION", "P10Y", mod)     # the ten years up to or from now
    if ctx.dct is None:
        return Result("DATE", "XXX")
    if rel == "this" or (rel == "the" and edge):      # "by the end of the decade"
        return Result("DATE", f"{ctx.dct.year // 10:03d}", mod)
    if rel == "next":
        return Result("DATE", f"{ctx.dct.year // 10 + 1:03d}", mod)
    return None


def _relunit_calendar(c: Candidate, ctx: Context, unit: str, rel: str, edge: str,
                      mod: str | None) -> Result | None:
    """A week, weekend, month, quarter or year before, at or after its anchor."""
    g = c.groups
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
        a = _day_anchor(ctx, c)
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
        a = _day_anchor(ctx, c) if unit in ("day", "night") else _anchor(ctx, granularity)
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
