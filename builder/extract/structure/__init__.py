"""Structure stage: raw text copied from a news page -> a clean, structured article.

The copy mixes the article with page furniture. Each input line is classified
(``Line.cls``, with a short ``reason`` for ``extract --explain``) in four steps:

1. *Local cues*, one line at a time: ads, promos, share buttons, captions and
   credits, bylines, date lines, comment counts, tag and copyright lines, list
   headings, video running times, bullets (patterns in ``builder/rules/``).
2. *Neighbouring lines*: a credit line makes the line above it a caption; a
   running time makes the next line a video title; a line printed twice in a row
   is a related-story link; short lines printed three times are template; the
   lines under a "Related" heading are its items; prose glued under a story card
   (label, headline, author, date) is that card's summary; a lone question that
   the next paragraph does not take up is a link.
3. *The main text*: every line gets a weight (prose lines weigh their word
   count, headline-like lines and furniture weigh against, bylines, dates and
   copyright lines strongly) and the run of lines with the largest total is the
   article body (a maximum-sum segment, as in Finn et al.'s body-text extraction).
   Inside it, prose lines are paragraphs; headline-like lines without final
   punctuation are related-story links.
4. *The header* above the body: the headline (the nearest headline-like line, or
   the most plausible one when that rule does not fit: see ``headline.py``; never
   none for a non-empty text), the standfirst below it and the topic label above
   it, with the lead photo caption; the date, only when the text states it, and
   the authors its bylines name.

Body paragraphs are kept exactly as written (only surrounding whitespace is
removed; a text that ran the whole story together with no breaks gets a break at each
sentence end, with a note: ``runons.py``); every line that is not kept is listed with its class and reason, so
nothing is dropped silently. Work is linear in the size of the input (each
distinct line is classified once; every search is bounded).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ...model import Caption
from .body import assemble, keep_every_line, label_rest, main_region
from .bylines import authors_of
from .dates import stated_date
from .runons import split_run_ons
from .header import read_caption, read_header
from .lines import PRINT, Feat, features, local_cues
from .neighbours import (mark_author_names, mark_credit_bylines, mark_credit_captions, mark_lists, mark_text_start,
                         mark_posts, mark_question_links, mark_repeats, mark_teasers,
                         mark_template_repeats, mark_video_blurbs, mark_videos)

__all__ = ["Line", "Structured", "structure"]


# dates read with less certainty: a note for the editor
_DATE_NOTES = {
    "updated-date": "the text gives only the date it was updated ({date}): the article is "
                    "dated by it; correct `date:` if it was published earlier",
    "day+copyright-year": "the date line gives a day without a year: the year {year} is the "
                          "page's copyright year; check `date:`",
}


@dataclass(slots=True)
class Line:
    """One input line and how it was classified."""

    number: int          # 1-based line number in the input
    text: str
    cls: str             # topic, headline, standfirst, caption, lead-caption, body, related, ...
    reason: str = ""


@dataclass
class Structured:
    title: str | None
    topic: str | None
    standfirst: list[str]
    lead_caption: Caption | None
    captions: list[Caption]
    related: list[str]
    print_headline: str | None
    paragraphs: list[str]
    lines: list[Line]
    date: str | None = None          # YYYY-MM-DD, only when the text states it
    date_how: str | None = None      # "full-date" | "updated-date" | "dateline" |
    #                                  "day+copyright-year" | "copyright-year"
    year: int | None = None          # the year, also when only a copyright year is known
    partial_date: str | None = None  # a dateline's day without a year, TIMEX style: "XXXX-06-28"
    bylines: list[str] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)   # names read from the bylines
    # how the headline and body were found when the plain rules did not fit: notes for
    # the editor ("the first line of the text is taken for the headline ...")
    notes: list[str] = field(default_factory=list)
    headline_how: str = ""     # the note of these saying how the headline was chosen, if any


# ---- the whole pass -----------------------------------------------------------------

# the passes over neighbouring lines, in order (each reads and refines the classes)
_NEIGHBOUR_PASSES = (mark_credit_captions, mark_credit_bylines, mark_author_names, mark_videos,
                     mark_posts, mark_repeats, mark_template_repeats, mark_text_start, mark_lists,
                     mark_video_blurbs, mark_teasers, mark_question_links)


def structure(text: str) -> Structured:
    """Classify every line of a copied page and assemble the structured article."""
    raw = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if raw and raw[-1] == "":
        raw.pop()
    n = len(raw)
    feats, cls, why = _classify(raw)
    for mark in _NEIGHBOUR_PASSES:
        mark(feats, cls, why)

    start, end = main_region(feats, cls)
    header = read_header(feats, cls, why, start if end >= start else n, end)
    body = assemble(feats, cls, why, header.body_start, end, header.title)
    notes = [header.how] if header.how else []
    if not body.paragraphs and any(f.text for f in feats):
        body = keep_every_line(feats, cls, why, header.title_at)
        notes.append("no article text was recognised: every line of the text is kept as "
                     "body; delete what is not the article")
    body.paragraphs, body.at, run_ons = split_run_ons(body.paragraphs, body.at)
    if run_ons:
        notes.append(f"{run_ons} paragraph(s) of the text ran the whole story together with no "
                     "breaks: split at the ends of their sentences; check the breaks")
    label_rest(feats, cls, why, body.start, body.end if body.paragraphs else -1)
    captions = body.captions + _captions_after(feats, cls, body.end if body.paragraphs else n)

    date, date_how, year, partial = stated_date(feats, cls, body.paragraphs, header.zone,
                                                body.start, body.end)
    if date and date_how in _DATE_NOTES:
        notes.append(_DATE_NOTES[date_how].format(date=date, year=year))
    bylines = [feats[i].text for i in range(n) if cls[i] == "byline"]
    authors = authors_of(_own_bylines(feats, cls, header.zone, body))
    lines = [Line(i + 1, raw[i], cls[i] or "other", why[i]) for i in range(n)]
    return Structured(
        title=header.title, topic=header.topic, standfirst=header.standfirst,
        lead_caption=header.lead_caption, captions=captions, related=body.related,
        print_headline=_print_headline(feats, cls), paragraphs=body.paragraphs, lines=lines,
        date=date, date_how=date_how, year=year, partial_date=partial, bylines=bylines,
        authors=authors, notes=notes, headline_how=header.how,
    )


def _classify(raw: list[str]) -> tuple[list[Feat], list[str], list[str]]:
    """Pass 1: each line's features and local class. Pages repeat lines (menus,
    "Advertisement", blank lines): each distinct text is classified once."""
    n = len(raw)
    feats: list[Feat] = []
    cls: list[str] = [""] * n
    why: list[str] = [""] * n
    seen: dict[str, tuple[Feat, tuple[str, str] | None]] = {}
    for i, t in enumerate(raw):
        key = t.strip()
        got = seen.get(key)
        if got is None:
            f = features(key)
            got = seen[key] = (f, local_cues(key, f))
        feats.append(got[0])
        if got[1]:
            cls[i], why[i] = got[1]
    return feats, cls, why


def _own_bylines(feats: list[Feat], cls: list[str], zone: int, body) -> list[str]:
    """The article's own bylines: in its header or its text, else just after the text;
    not those of the lists of other stories around it."""
    end = body.end if body.paragraphs else len(feats) - 1
    own = [feats[i].text for i in range(min(zone, body.start), end + 1) if cls[i] == "byline"]
    return own or [feats[i].text for i in range(end + 1, min(len(feats), end + 16))
                   if cls[i] == "byline"]


def _captions_after(feats: list[Feat], cls: list[str], end: int) -> list[Caption]:
    """Photo captions right after the last paragraph belong to the article too."""
    out = []
    j = end + 1
    while j < len(feats) and cls[j] in ("blank", "caption"):
        if cls[j] == "caption":
            out.append(read_caption(feats, cls, j))
        j += 1
    return out


def _print_headline(feats: list[Feat], cls: list[str]) -> str | None:
    for i, f in enumerate(feats):
        if cls[i] == "print-headline":
            m = next((m for rx in PRINT if (m := rx.search(f.text[:600]))), None)
            if m:
                # a comment count may be glued on: "... renewing 2001 treaty69"
                return re.sub(r"(?<=[a-z\u2019\u201d'\")])\d{1,5}$", "", m.group("headline").strip())
    return None
