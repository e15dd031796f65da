"""Dates shown to readers at their precision: "2001", "July 2001", "28 June 2021"."""
from __future__ import annotations

import datetime as _dt


def precision(value: str) -> str:
    return {4: "year", 7: "month"}.get(len(value), "day")


def human(value: str | None, precision_: str | None = None) -> str:
    if not value:
        return "undated"
    try:
        if precision_ == "week" and len(value) == 10:
            d = _dt.date.fromisoformat(value)
            return f"week of {d.day} {d:%B %Y}"
        if len(value) == 4:
            return value
        if len(value) == 7:
            return _dt.date.fromisoformat(value + "-01").strftime("%B %Y")
        d = _dt.date.fromisoformat(value[:10])
        return f"{d.day} {d:%B %Y}"
    except ValueError:
        return value
