"""The header above the body (pass 3 of the structure stage): headline, standfirst,
topic label and lead photo caption; the body's main region (pass 2) and the lines outside it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ...model import Caption
from ...rules import furniture as F
from .lines import (CAPTION_PREFIX, HEADER_REACH, IGNORE_CASE, Feat, caption_credit, headline_like,
                    title_like)
from .headline import choose

# ---- pass 3: header above the body ----------------------------------------------------

_HEADER_SKIP = {"blank", "caption", "credit", "byline", "dateline", "ad", "promo", "share",
                "video", "comments", "copyright", "list-heading", "duplicate", "tags", "gallery",
                "summary-heading", "repeated", "post-signature", "text-marker"}


@dataclass
class Header:
    title: str | None
    title_at: int                   # the headline's line (-1: none, or made from the text)
    how: str                        # "" for the plain rule; else how the headline was chosen
    topic: str | None
    standfirst: list[str]
    lead_caption: Caption | None
    zone: int                       # first line of the header
    body_start: int                 # the body's first line (after a headline taken from it)


@dataclass
class _Walk:
    title_at: int = -1
    topic_at: int = -1
    deks: list[int] = field(default_factory=list)
    summary: list[int] = field(default_factory=list)
    labels: list[int] = field(default_factory=list)
    repeats: list[int] = field(default_factory=list)
    lowest: int = 0


def read_header(feats: list[Feat], cls: list[str], why: list[str], start: int, end: int) -> Header:
    """The headline (see ``headline.choose``), then, read upwards from the body: the
    standfirst below the headline and the topic label above it, with the lead caption."""
    plain = _walk(feats, cls, start, -1)
    choice = choose(feats, cls, start, end, plain.title_at)
    body_start = start + 1 if choice.at == start else start
    walk = plain if choice.at == plain.title_at else _walk(feats, cls, body_start, choice.at)
    if choice.at < 0:
        walk = _Walk(lowest=max(0, body_start - HEADER_REACH))
    for i in walk.labels:
        cls[i], why[i] = "label", "short label below the headline"
    for i in walk.repeats:
        cls[i], why[i] = "duplicate", "repeats the headline"
    topic = None
    if walk.topic_at >= 0:
        topic = feats[walk.topic_at].text
        cls[walk.topic_at], why[walk.topic_at] = "topic", "section label above the headline"
    if choice.at >= 0:
        cls[choice.at] = "headline"
        why[choice.at] = f"headline: {choice.how}" if choice.how else "headline above the body"
    standfirst = _standfirst(feats, cls, why, walk)
    lead = None
    for j in range(walk.lowest, body_start):
        if cls[j] == "caption" and lead is None:
            lead = read_caption(feats, cls, j)
            cls[j], why[j] = "lead-caption", "photo caption at the top"
    # the section label repeated between the header and the body
    if topic:
        for j in range(max(choice.at, 0), body_start):
            if cls[j] in ("", "label", "related") and feats[j].text == topic:
                cls[j], why[j] = "topic", "repeats the section label"
    return Header(choice.title, choice.at, choice.how, topic, standfirst, lead, walk.lowest,
                  body_start)


def _walk(feats: list[Feat], cls: list[str], body_start: int, forced: int) -> _Walk:
    """Read upwards from the body: standfirst and labels, the headline (the first title-like
    line, or line ``forced`` when the headline was chosen), then the topic label above it.
    Only reads: the caller marks the lines."""
    w = _Walk(lowest=max(0, body_start - HEADER_REACH))
    if forced >= 0:
        w.lowest = min(w.lowest, forced)
    i = body_start - 1
    while i >= w.lowest:
        f, c = feats[i], cls[i]
        if w.title_at < 0:
            if i == forced or forced < 0 and c not in _HEADER_SKIP and c not in ("bullet", "standfirst") \
                    and title_like(f):
                w.title_at = i
            elif c in ("bullet", "standfirst"):
                w.summary.insert(0, i)
            elif c in _HEADER_SKIP:
                pass
            elif headline_like(f):
                w.labels.append(i)
            elif len(w.deks) < 3 and f.ends_sentence and c in ("", "teaser"):
                w.deks.insert(0, i)
            elif forced < 0:
                w.lowest = i + 1
                break
        elif c == "bullet" or c in _HEADER_SKIP:
            pass
        elif f.text == feats[w.title_at].text:
            w.repeats.append(i)
        else:
            if _topic_like(feats, cls, i):
                w.topic_at = w.lowest = i
            else:
                w.lowest = i + 1
            break
        i -= 1
    if w.title_at < 0:
        w.deks, w.summary, w.labels = [], [], []
        w.lowest = max(0, body_start - HEADER_REACH)
    else:
        w.repeats += [j for j in range(w.title_at + 1, body_start)
                      if feats[j].text == feats[w.title_at].text and j not in w.summary]
        w.summary = [j for j in w.summary if feats[j].text != feats[w.title_at].text]
    return w


_NAV = re.compile(r"^(?:" + "|".join(F.NAV_LABELS) + r")\W*$", re.IGNORECASE)


def _topic_like(feats: list[Feat], cls: list[str], i: int) -> bool:
    """A section label: a few words, no digits, not a navigation label ("Home", "RSS",
    "E-Edition": the menu around the headline)."""
    f, c = feats[i], cls[i]
    return 0 < f.words <= F.TOPIC_MAX_WORDS and not f.ends_sentence and f.starts_upper \
        and c in ("", "related", "repeated", "label", "standfirst") \
        and not any(ch.isdigit() for ch in f.text) and not _NAV.match(f.text)


def _standfirst(feats: list[Feat], cls: list[str], why: list[str], walk: _Walk) -> list[str]:
    standfirst: list[str] = []
    for j in sorted(walk.summary + walk.deks):
        if j in walk.summary:
            why[j] = "summary bullet below the headline" if cls[j] == "bullet" else why[j]
            standfirst.append(feats[j].text.lstrip(F.BULLETS + " \t-*").strip())
        else:
            why[j] = "summary sentence below the headline"
            standfirst.append(feats[j].text)
        cls[j] = "standfirst"
    return standfirst


def read_caption(feats: list[Feat], cls: list[str], i: int) -> Caption:
    s = feats[i].text
    got = caption_credit(s)
    if got:
        text, credit = got
        return Caption(text=text or s, credit=credit)
    m = CAPTION_PREFIX.search(s)
    text = s[m.end():].strip() if m and m.start() == 0 and m.end() < len(s) else s
    credit = None
    j = i + 1
    parts = []
    while j < len(feats) and cls[j] == "credit" and feats[j].text:
        parts.append(feats[j].text)
        j += 1
    parts = [p for p in parts if not re.match(r"^credit\W*$", p, IGNORE_CASE)]
    if parts:
        credit = re.sub(r"^(?:photo|image|picture|credit)s?\s*(?:copyright|credit|by)?\s*[:.]*\s*", "",
                        parts[0], flags=IGNORE_CASE).strip(" ()")
    return Caption(text=text, credit=credit or None)
