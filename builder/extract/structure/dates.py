"""The publication date the copied text states (never guessed)."""
from __future__ import annotations

import re

from ...rules import datelines as D
from .lines import COPYRIGHT_YEAR, DATELINE, MONTH_DAY, PUBLISHED, UPDATED, Feat, full_date

DATED_CLASSES = ("dateline", "byline")

# ---- publication date ---------------------------------------------------------------


def stated_date(feats: list[Feat], cls: list[str], paragraphs: list[str], header_from: int,
                start: int, end: int) -> tuple[str | None, str | None, int | None, str | None]:
    """(date, how, year, partial) from what the text states explicitly, never guessed.

    A full date on a date line near the headline wins (a "published" label before an
    unlabelled one before an "updated" one), then one just under the body ("First
    published on ..."; not an unlabelled sentence, the date of a correction), then a
    labelled one anywhere else (an unlabelled date far from both is the masthead's
    today). A byline may carry the date ("By Jane Roe - 11/19/19 06:56 AM EST"). Then a
    wire dateline with a year at the start of the body; then a day without a year on a
    date line near the headline ("Posted Nov 19, 6:51 AM"), in the year of the page's
    copyright line (how: "day+copyright-year"); as a last resort only the copyright year.
    """
    best = None   # (zone, label rank, distance, date)
    for i, f in enumerate(feats):
        if cls[i] not in DATED_CLASSES:
            continue
        found = full_date(f.text.lower())
        if not found:
            continue
        if header_from <= i < start:
            zone, distance = 0, start - i
        elif end < i <= end + 12:
            zone, distance = 1, i - end
        else:
            zone, distance = 2, i
        rank = 0 if PUBLISHED.search(f.text) else 2 if UPDATED.search(f.text) else 1
        if cls[i] == "byline" and rank == 2:
            continue    # "By Jane Roe Updated Nov 13, 2019": a later edit, not the day it ran
        if zone == 1 and rank == 1 and f.text.endswith("."):
            continue    # "Tuesday, May 3, 2016." closing a correction: when it was corrected
        if zone == 2 and rank == 1:
            continue    # far from the headline and the text, unlabelled: the masthead's today
        key = (zone, rank, distance, found[0])
        if best is None or key < best:
            best = key
    if best:
        how = "updated-date" if best[1] == 2 else "full-date"
        return best[3], how, int(best[3][:4]), None
    partial = None
    if paragraphs:
        m = DATELINE.match(paragraphs[0][:200])
        if m and m.group("when"):
            found = full_date(m.group("when").lower())
            if found:
                return found[0], "dateline", int(found[0][:4]), None
            for rx in MONTH_DAY:
                md = rx.search(m.group("when"))
                if md:
                    if _month_day(md):
                        partial = f"XXXX-{_month_day(md)}"
                    break
    day = _header_day(feats, cls, header_from, start)
    for i, f in enumerate(feats):
        if cls[i] in ("body", "blank") or not ("\u00a9" in f.text or "opyright" in f.text
                                                or "(c)" in f.text or "(C)" in f.text):
            continue
        m = COPYRIGHT_YEAR.search(f.text[:2000])
        if m:
            year = int(m.group("year"))
            if day:
                return f"{year:04d}-{day}", "day+copyright-year", year, partial
            return None, "copyright-year", year, partial
    return None, None, None, partial


def _month_day(md: re.Match[str]) -> str | None:
    """"MM-DD" of a MONTH_DAY match, None for a day no month has."""
    month = D.MONTHS.get(md.group("month").lower().rstrip("."))
    day = int(md.group("day"))
    return f"{month:02d}-{day:02d}" if month and 1 <= day <= 31 else None


def _header_day(feats: list[Feat], cls: list[str], header_from: int, start: int) -> str | None:
    """"MM-DD" of a date line or byline between the headline zone and the body that gives
    a month and day but no year: a day labelled "published" first, one labelled "updated"
    never (the words just before each day label it: "Updated Nov 19; Posted Nov 18")."""
    found = []
    for i in range(max(header_from, 0), max(start, 0)):
        if cls[i] not in DATED_CLASSES:
            continue
        text = feats[i].text
        seen = len(found)
        for rx in MONTH_DAY:
            before = 0
            for md in rx.finditer(text):
                label = text[before:md.start()]
                before = md.end()
                if _month_day(md) and not UPDATED.search(label):
                    found.append((0 if PUBLISHED.search(label) else 1, _month_day(md)))
            if len(found) > seen:
                break
    return min(found)[1] if found else None
