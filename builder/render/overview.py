"""The chronology's overview: events per month, drawn at build time as small SVG charts.

Each year of the chronology gets twelve bars, one per month, all on one scale, drawn
inside that year's link of the "jump to a year" navigation: read across, the links are
one chart of the whole story (where it thickens), and each year's bars link to that
year. The SVG is decoration for the eye only (hidden from screen readers, no text); its
text alternative is a sentence above it and each link's accessible name ("2021: 14
events, most in June (6)"). Happenings only: background and publications are not counted.
"""
from __future__ import annotations

from dataclasses import dataclass

from markupsafe import Markup

from ..dates import human
from ..model import ChronologyEvent
from .templates import fragments

HEIGHT = 32            # px of the tallest bar
BAR, GAP = 4, 1        # px


@dataclass
class YearChart:
    year: str
    svg: Markup
    label: str         # the link's accessible name: the year first, as it reads


def _count(n: int) -> str:
    return f"{n} event" + ("" if n == 1 else "s")


def _per_month(events: list[ChronologyEvent]) -> tuple[dict[str, list[int]], dict[str, int]]:
    months: dict[str, list[int]] = {}
    totals: dict[str, int] = {}
    for e in events:
        if e.kind != "event":
            continue
        y = e.date[:4]
        totals[y] = totals.get(y, 0) + 1
        bars = months.setdefault(y, [0] * 12)
        if len(e.date) >= 7:
            bars[int(e.date[5:7]) - 1] += 1
    return months, totals


def year_charts(events: list[ChronologyEvent], years: list[str]) -> dict[str, YearChart]:
    """Each of ``years`` (the chronology's year headings) -> its chart and link name."""
    months, totals = _per_month(events)
    most = max((n for bars in months.values() for n in bars), default=0) or 1
    f = fragments()
    out = {}
    for y in years:
        counts = months.get(y, [0] * 12)
        bars = tuple((m * (BAR + GAP), HEIGHT - h, h) for m, n in enumerate(counts) if n
                     for h in (max(2, round(HEIGHT * n / most)),))
        svg = f.spark(12 * (BAR + GAP) - GAP, HEIGHT, BAR, bars)
        label = f"{y}: {_count(totals.get(y, 0))}"
        if any(counts):
            peak = max(range(12), key=lambda m: (counts[m], -m))
            label += f", most in {human(f'{y}-{peak + 1:02d}').split()[0]} ({counts[peak]})"
        out[y] = YearChart(y, svg, label)
    return out


def summary(events: list[ChronologyEvent]) -> str:
    """The overview in words: the span, the total and the busiest month."""
    months, totals = _per_month(events)
    if not totals:
        return ""
    busiest = max(((n, f"{y}-{m + 1:02d}") for y, bars in months.items() for m, n in enumerate(bars)),
                  key=lambda p: (p[0], -int(p[1].replace("-", ""))), default=(0, ""))
    span = f"{min(totals)}–{max(totals)}" if len(totals) > 1 else min(totals)
    text = f"Events per month, {span}: {_count(sum(totals.values()))}"
    if busiest[0]:
        text += f", the most in {human(busiest[1])} ({busiest[0]})"
    return text + "."
