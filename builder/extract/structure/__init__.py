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
4. *The header* above the body, read upwards: standfirst, headline, then the
   topic label above it, with the lead photo caption; and the date, only when the
   text states it.

Body paragraphs are kept exactly as written (only surrounding whitespace is
removed); every line that is not kept is listed with its class and reason, so
nothing is dropped silently. Work is linear in the size of the input (each
distinct line is classified once; every search is bounded).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ...model import Caption
from ...rules import furniture as F
from .dates import (stated_date)
from .body import label_rest, main_region
from .header import read_caption, read_header
from .lines import (Feat, NUMBERED_SUBHEAD, PRINT, features, is_prose, local_cues)
from .neighbours import (mark_author_names, mark_credit_captions, mark_lists, mark_question_links, mark_repeats, mark_teasers, mark_template_repeats, mark_videos)

__all__ = ["Line", "Structured", "structure"]


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
    date_how: str | None = None      # "full-date" | "updated-date" | "dateline" | "copyright-year"
    year: int | None = None          # the year, also when only a copyright year is known
    partial_date: str | None = None  # a dateline's day without a year, TIMEX style: "XXXX-06-28"
    bylines: list[str] = field(default_factory=list)


# ---- the whole pass -----------------------------------------------------------------


def structure(text: str) -> Structured:
    """Classify every line of a copied page and assemble the structured article."""
    raw = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if raw and raw[-1] == "":
        raw.pop()
    n = len(raw)
    feats: list[Feat] = []
    cls: list[str] = [""] * n
    why: list[str] = [""] * n
    # pages repeat lines (menus, "Advertisement", blank lines): classify each text once
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

    mark_credit_captions(feats, cls, why)
    mark_author_names(feats, cls, why)
    mark_videos(feats, cls, why)
    mark_repeats(feats, cls, why)
    mark_template_repeats(feats, cls, why)
    mark_lists(feats, cls, why)
    mark_teasers(feats, cls, why)
    mark_question_links(feats, cls, why)

    start, end = main_region(feats, cls)
    header = read_header(feats, cls, why, start if end >= start else n)
    title = header["title"]

    paragraphs: list[str] = []
    captions: list[Caption] = []
    related: list[str] = []
    related_seen: set[str] = set()
    pending: list[Caption] = []
    seen_body: set[str] = set()
    for i in range(start, end + 1):
        f, c = feats[i], cls[i]
        if c in ("blank", "list-heading", "summary-heading"):
            continue
        if title is not None and f.text == title:
            cls[i], why[i] = "duplicate", "repeats the headline"
            continue
        if c == "caption":
            pending.append(read_caption(feats, cls, i))
            continue
        if c == "teaser" and paragraphs:
            continue   # a story card's summary inside the text (the first line is the text's own)
        if c == "bullet" or c == "post-signature" and paragraphs or c in ("", "teaser") and is_prose(f):
            reason = why[i] if c in ("", "post-signature") and why[i] else "prose line in the main text"
        elif c == "" and NUMBERED_SUBHEAD.match(f.text) and f.words <= F.HEADLINE_MAX_WORDS:
            reason = "numbered subhead in the text"
        else:
            reason = None
        if reason:
            if f.text in seen_body:
                cls[i], why[i] = "duplicate", "repeats an earlier body paragraph"
                continue
            seen_body.add(f.text)
            cls[i], why[i] = "body", reason
            for cap in pending:
                cap.before = len(paragraphs)
                captions.append(cap)
            pending = []
            paragraphs.append(f.text)
        elif c in ("", "related"):
            cls[i] = "related"
            why[i] = why[i] or "short headline-like line between paragraphs"
            if f.text not in related_seen:
                related_seen.add(f.text)
                related.append(f.text)
    captions.extend(pending)
    # a bulleted list closing the text belongs to it (bullets weigh nothing in the search)
    j = end + 1
    while paragraphs and j < n and cls[j] in ("blank", "bullet"):
        if cls[j] == "bullet" and feats[j].text not in seen_body:
            seen_body.add(feats[j].text)
            cls[j], why[j] = "body", "bulleted line closing the text"
            paragraphs.append(feats[j].text)
            end = j
        j += 1

    label_rest(feats, cls, why, start, end if paragraphs else -1)
    # photo captions right after the last paragraph belong to the article too
    j = end + 1
    while paragraphs and j < n and cls[j] in ("blank", "caption"):
        if cls[j] == "caption":
            captions.append(read_caption(feats, cls, j))
        j += 1

    print_headline = None
    for i, f in enumerate(feats):
        if cls[i] == "print-headline":
            m = next((m for rx in PRINT if (m := rx.search(f.text[:600]))), None)
            if m:
                # a comment count may be glued on: "... renewing 2001 treaty69"
                print_headline = re.sub(r"(?<=[a-z\u2019\u201d'\")])\d{1,5}$", "",
                                        m.group("headline").strip())
                break

    date, date_how, year, partial = stated_date(feats, cls, paragraphs, header["zone"], start, end)
    bylines = [feats[i].text for i in range(n) if cls[i] == "byline"]
    lines = [Line(i + 1, raw[i], cls[i] or "other", why[i]) for i in range(n)]
    return Structured(
        title=title, topic=header["topic"], standfirst=header["standfirst"],
        lead_caption=header["lead_caption"], captions=captions, related=related,
        print_headline=print_headline, paragraphs=paragraphs, lines=lines,
        date=date, date_how=date_how, year=year, partial_date=partial, bylines=bylines,
    )


