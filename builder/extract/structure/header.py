"""The header above the body (pass 3 of the structure stage): headline, standfirst,
topic label and lead photo caption; the body's main region (pass 2) and the lines outside it.
"""
from __future__ import annotations

import re

from ...model import Caption
from ...rules import furniture as F
from .lines import (CAPTION_PREFIX, HEADER_REACH, IGNORE_CASE, Feat, caption_credit, headline_like,
                    title_like)

# ---- pass 3: header above the body ----------------------------------------------------

_HEADER_SKIP = {"blank", "caption", "credit", "byline", "dateline", "ad", "promo", "share",
                "video", "comments", "copyright", "list-heading", "duplicate", "tags", "gallery",
                "summary-heading", "repeated", "post-signature"}


def read_header(feats: list[Feat], cls: list[str], why: list[str], body_start: int) -> dict:
    """Read upwards from the body: standfirst, headline, then the topic label above it."""
    title = topic = None
    title_at = -1
    deks: list[int] = []
    summary: list[int] = []
    lowest = max(0, body_start - HEADER_REACH)
    i = body_start - 1
    while i >= lowest:
        f, c = feats[i], cls[i]
        if c in ("bullet", "standfirst"):
            if title is None:
                summary.insert(0, i)
        elif c in _HEADER_SKIP:
            pass
        elif title is None:
            if title_like(f):
                title, title_at = f.text, i
            elif headline_like(f):
                cls[i], why[i] = "label", "short label below the headline"
            elif len(deks) < 3 and f.ends_sentence and c in ("", "teaser"):
                deks.insert(0, i)
            else:
                lowest = i + 1
                break
        else:
            if f.text == title:
                cls[i], why[i] = "duplicate", "repeats the headline"
            elif 0 < f.words <= F.TOPIC_MAX_WORDS and not f.ends_sentence and \
                    c in ("", "related", "repeated") and f.starts_upper and \
                    not any(ch.isdigit() for ch in f.text):
                topic = f.text
                cls[i], why[i] = "topic", "section label above the headline"
                lowest = i
                break
            else:
                lowest = i + 1
                break
        i -= 1
    if title is None:
        deks, lowest = [], max(0, body_start - HEADER_REACH)
    else:
        cls[title_at], why[title_at] = "headline", "headline above the body"
    standfirst: list[str] = []
    for j in sorted(summary + deks):
        if j in summary:
            why[j] = "summary bullet below the headline" if cls[j] == "bullet" else why[j]
            standfirst.append(feats[j].text.lstrip(F.BULLETS + " \t-*").strip())
        else:
            why[j] = "summary sentence below the headline"
            standfirst.append(feats[j].text)
        cls[j] = "standfirst"
    lead = None
    for j in range(lowest, body_start):
        if cls[j] == "caption" and lead is None:
            lead = read_caption(feats, cls, j)
            cls[j], why[j] = "lead-caption", "photo caption at the top"
    # the section label repeated between the header and the body
    if topic:
        for j in range(max(title_at, 0), body_start):
            if cls[j] in ("", "label", "related") and feats[j].text == topic:
                cls[j], why[j] = "topic", "repeats the section label"
    return {"title": title, "topic": topic, "standfirst": standfirst, "lead_caption": lead,
            "zone": lowest}


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
