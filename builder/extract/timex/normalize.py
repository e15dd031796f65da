"""Turn a candidate match into a TIMEX3 type, value and mod.

Deictic expressions ("last week", "on Monday", "a year ago") are resolved against the
document creation time (DCT); anaphoric ones ("a day earlier", "the following year",
"that day") against the last date the text mentioned (``Context.ref``), falling back
to the DCT. Past or future for "on Monday", "in October", "June 16" comes from the
tense of the clause (``context.tense``). Without a DCT, relative expressions get
unresolved values (``XXXX-WXX-1``, ``XXXX-10``, ``PAST_REF``), never a guess.
"""
from __future__ import annotations

from .handlers_dates import (
    handle_century,
    handle_date,
    handle_decade,
    handle_isodate,
    handle_month,
    handle_monthweek,
    handle_monthyear,
    handle_usdate,
    handle_ordday,
    handle_year,
    handle_yearwords,
)
from .handlers_relative import (
    handle_ago,
    handle_deictic,
    handle_relunit,
    handle_theyear,
    handle_weekday,
    handle_weekdays,
    handle_yearago,
)
from .handlers_periods import handle_season, handle_quarter
from .handlers_other import (
    handle_clock,
    handle_duration,
    handle_holiday,
    handle_ref,
    handle_set,
    handle_vague,
)
from .patterns import Candidate
from .result import Context, Result


HANDLERS = {
    "date": handle_date, "isodate": handle_isodate, "usdate": handle_usdate, "ordday": handle_ordday,
    "monthyear": handle_monthyear, "month": handle_month, "monthweek": handle_monthweek, "year": handle_year,
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
