"""What a handler returns (``Result``) and the state it reads and updates (``Context``)."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from .calendar import Point


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
    past_day: Point | None = None     # last day written that is not after the DCT
    news_day: date | None = None    # the last day written in the week up to the DCT
    quarter_ref: Point | None = None  # last quarter mentioned (financial reports)
    quarter_ref_end: int = -10 ** 9
    tenses: dict = field(default_factory=dict)   # (start, end) -> tense, shared by passes
