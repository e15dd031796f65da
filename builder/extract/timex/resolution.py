"""Resolving relative dates against the DCT or the last date mentioned (``Context.ref``);
the tense of a clause decides past or future."""
from __future__ import annotations

from datetime import date, timedelta

from . import calendar as cal
from .calendar import Point
from .context import sentence_bounds, tense
from .result import Result, Context
from .patterns import Candidate


def _tense(ctx: Context, c: Candidate, months: bool = False, weekdays: bool = False) -> str | None:
    """'past', 'future', 'nearest' (weekdays only) or None. A plan told in the past ("was due to be released") may
    lie on either side of now for a month or a weekday: None (the nearest one); a
    bare "would" or "was to" looks ahead of a month but is the nearest weekday ("said
    on Monday he would meet them Friday", "was to arrive on Monday": days either side
    of the writing); other expressions look ahead."""
    key = (c.start, c.end)
    if key not in ctx.tenses:
        ctx.tenses[key] = tense(ctx.text, c.start, c.end)
    t = ctx.tenses[key]
    if t == "future-in-past":
        return "nearest" if weekdays else (None if months else "future")
    if t == "future-told":
        return "nearest" if weekdays else "future"
    return t


def resolve_weekday(dct: date, weekday: int, direction: str) -> date:
    """direction: 'past' (today or before), 'future' (today or after), 'nearest' (the
    closer of those), 'last' (strictly before), 'next' (strictly after)."""
    diff = weekday - dct.isoweekday()
    if direction == "nearest":        # the closer of the two, the one gone by on a tie
        direction = "past" if diff <= 0 and diff >= -3 or diff >= 4 else "future"
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


def resolve_month_day(dct: date, month: int, day: int, direction: str | None,
                      firm: bool = False) -> date | None:
    """The date of a month and day without a year, on the side of the DCT the tense
    gives; a cue far from the date may mislead, so a date within two months of the DCT
    beats one almost a year away, unless the tense is ``firm`` (its verb right before)."""
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
    if not firm and abs((chosen - dct).days) > 300 and abs((nearest - dct).days) <= 62:
        chosen = nearest
    return chosen


def _direction(tense_: str | None) -> str | None:
    return tense_


def _date_result(d: date) -> Result:
    return Result("DATE", cal.fmt_day(d))


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


_POD = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI",
        "mornings": "MO", "afternoons": "AF", "evenings": "EV", "nights": "NI"}


def _with_pod(d: date | None, pod: str | None, unresolved: str = "XXXX-XX-XX") -> Result:
    base = cal.fmt_day(d) if d else unresolved
    if pod:
        return Result("TIME", f"{base}T{_POD[pod.lower()]}")
    return Result("DATE", base)


def _anchor(ctx: Context, granularity: str) -> Point | None:
    """The reference point for an anaphoric expression of this granularity."""
    order = {"day": 0, "week": 1, "month": 2, "quarter": 3, "season": 3, "half": 4, "year": 5}
    ref = ctx.ref
    if ref is not None and order.get(ref.granularity, 9) <= order.get(granularity, 5):
        return ref
    if ctx.dct is None:
        return None
    return Point("day", ctx.dct.year, ctx.dct.month, ctx.dct.day)


def _day_anchor(ctx: Context, c: Candidate) -> Point | None:
    """The day an anaphoric day ("the next day", "two days later", "that morning")
    counts from: the last day the text gave. With none (no date before it, or only a
    month or a year) it has no anchor: the publication date would give a past verb a
    day after the story was written, or a day nobody named. A past verb does not count
    from a day still to come ("ahead of next Tuesday's vote. A day earlier, six were
    arrested"): it takes the last day before it not after the publication date."""
    ref = ctx.ref
    if ref is None or ref.granularity != "day":
        return None
    if ctx.dct is not None and ref.date > ctx.dct and _tense(ctx, c) == "past":
        return ctx.past_day
    return ref


def _unresolved(granularity: str) -> str:
    return {"day": "XXXX-XX-XX", "week": "XXXX-WXX", "month": "XXXX-XX",
            "year": "XXXX", "quarter": "XXXX-QX", "weekend": "XXXX-WXX-WE"}.get(granularity, "XXXX")


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


def _edge_mod(edge: str) -> str | None:
    if any(w in edge for w in ("end", "close", "latter", "last part", "late")):
        return "END"
    if any(w in edge for w in ("beginning", "start", "dawn", "early", "first part")):
        return "START"
    if "middle" in edge or "mid" in edge:
        return "MID"
    return None


def _sentence_ref(ctx: Context, c: Candidate, *granularities: str) -> Point | None:
    """The last date the text mentioned, if it has one of these granularities and lies
    in the expression's own sentence ("The talks, held on 21 March, ended at 10.30pm")."""
    ref = ctx.ref
    if ref is None or ref.granularity not in granularities or ctx.ref_start >= c.start:
        return None
    if sentence_bounds(ctx.text, c.start, c.end)[0] > ctx.ref_start:
        return None
    return ref
