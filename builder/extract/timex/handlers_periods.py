"""Handlers for seasons, quarters and halves (financial reports)."""
from __future__ import annotations

from datetime import date

from ...rules import time_words as tw
from . import calendar as cal
from .calendar import Point
from .result import Result, Context
from .parsers import _prev_word
from .resolution import _tense, _anchor_year
from .patterns import Candidate


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
        return _quarter_ordinal(c, ctx, unit, det)
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
    return _quarter_of_report(c, ctx, unit, det)


def _quarter_ordinal(c: Candidate, ctx: Context, unit: str, det: str) -> Result | None:
    """ "the third quarter (of 1990)", "first-half", "the last quarter of this year"."""
    g = c.groups
    dct = ctx.dct
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


def _quarter_of_report(c: Candidate, ctx: Context, unit: str, det: str) -> Result | None:
    """ "the quarter", "the latest quarter", "the year-ago period": relative to the
    quarter the report is about, or to the DCT."""
    dct = ctx.dct
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
