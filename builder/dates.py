"""Dates at their precision: "2001", "2001-07", "2001-07-16" (ISO 8601, checked to exist)."""
from __future__ import annotations

import datetime as _dt
import re

ISO_DATE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")
PRECISIONS = {4: "year", 7: "month", 10: "day"}


def precision(value: str) -> str:
    """ "year", "month" or "day" of an ISO date at its precision."""
    return PRECISIONS.get(len(value), "day")


def is_real_date(value: str | None) -> bool:
    """An ISO date at its precision that exists (no 2021-02-30, no month 13)."""
    if not value or not ISO_DATE.fullmatch(value):
        return False
    try:
        _dt.date(int(value[:4]), int(value[5:7] or 1), int(value[8:10] or 1))
    except ValueError:
        return False
    return True
