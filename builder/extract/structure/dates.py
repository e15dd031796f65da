"""The publication date the copied text states (never guessed)."""
from __future__ import annotations

from ...rules import datelines as D
from .lines import COPYRIGHT_YEAR, DATELINE, MONTH_DAY, PUBLISHED, UPDATED, Feat, full_date

# ---- publication date ---------------------------------------------------------------


def stated_date(feats: list[Feat], cls: list[str], paragraphs: list[str], header_from: int,
                start: int, end: int) -> tuple[str | None, str | None, int | None, str | None]:
    """(date, how, year, partial) from what the text states explicitly, never guessed.

    A full date on a date line near the headline wins (a "published" label before an
    unlabelled one before an "updated" one), then one just under the body ("First
    published on ..."; not an unlabelled sentence, the date of a correction), then a
    labelled one anywhere else (an unlabelled date far from both is the masthead's
    today); then a wire dateline with a year at the start of the body; as a last resort
    only the year of a copyright line.
    """
    best = None   # (zone, label rank, distance, date)
    for i, f in enumerate(feats):
        if cls[i] != "dateline":
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
                    month = D.MONTHS.get(md.group("month").lower().rstrip("."))
                    day = int(md.group("day"))
                    if month and 1 <= day <= 31:
                        partial = f"XXXX-{month:02d}-{day:02d}"
                    break
    for i, f in enumerate(feats):
        if cls[i] in ("body", "blank") or not ("\u00a9" in f.text or "opyright" in f.text
                                                or "(c)" in f.text or "(C)" in f.text):
            continue
        m = COPYRIGHT_YEAR.search(f.text[:2000])
        if m:
            return None, "copyright-year", int(m.group("year")), partial
    return None, None, None, partial

