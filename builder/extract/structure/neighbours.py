"""Cues spanning neighbouring lines (pass 1b of the structure stage).

A credit line makes the line above it a caption; a running time makes the next line a
video title; a line printed twice in a row is a related-story link; short lines printed
three times are template; the lines under a "Related" heading are its items; prose glued
under a story card is that card's summary; a lone question the next paragraph does not
take up is a link.
"""
from __future__ import annotations

import re

from ...rules import furniture as F
from .lines import AUTHOR_NAME, VIDEO_TIME, Feat, content_stems, headline_like, is_prose

_BY = re.compile(r"^by\b", re.IGNORECASE)
_VIDEO_HEADING = re.compile(r"^(?:videos?|watch)(?: now)?\W*$", re.IGNORECASE)
_URL = re.compile(r"(?:https?://|pic\.twitter\.com/|www\.)\S+")

# ---- pass 1b: cues spanning neighbouring lines ------------------------------------


def _prev_nonblank(feats: list[Feat], i: int) -> int:
    j = i - 1
    while j >= 0 and not feats[j].text:
        j -= 1
    return j


def _next_nonblank(feats: list[Feat], i: int) -> int:
    j = i + 1
    while j < len(feats) and not feats[j].text:
        j += 1
    return j if j < len(feats) else -1


def mark_credit_captions(feats: list[Feat], cls: list[str], why: list[str]) -> None:
    """A credit line right under a text line makes that line a caption."""
    n = len(feats)
    for i in range(1, n):
        f = feats[i]
        if not f.text:
            continue
        credit = cls[i] == "credit"
        if not credit and cls[i] == "" and _weak_credit(feats, i):
            credit = True
            cls[i], why[i] = "credit", "short name line under a caption"
        if not credit:
            continue
        j = i - 1
        while j >= 0 and j > i - 4 and cls[j] == "credit":   # credit lines come one or two at a time
            j -= 1
        if j < 0 or not feats[j].text or cls[j] not in ("", "caption"):
            continue
        if feats[j].words > 80:
            continue
        cls[j], why[j] = "caption", "photo caption above its credit"
        # galleries print the caption twice; an expandable one, whole and cut ("... less")
        k = _prev_nonblank(feats, j)
        if k >= j - 2 and cls[k] in ("", "related") and _same_start(feats[k].text, feats[j].text):
            cls[k], why[k] = "caption", "photo caption (repeated)"


def _same_start(a: str, b: str, words: int = 8) -> bool:
    wa, wb = a.split()[:words], b.split()[:words]
    return len(wa) == len(wb) and wa == wb


def _weak_credit(feats: list[Feat], i: int) -> bool:
    """A short Title Case line between a text line and a blank line: a photo credit."""
    f = feats[i]
    if f.words == 0 or f.words > 5 or f.ends_sentence or i + 1 < len(feats) and feats[i + 1].text:
        return False
    prev = feats[i - 1]
    if not prev.text or prev.words < 4 or prev.text.endswith(":"):
        return False
    ws = [w for w in re.split(r"[\s/,|]+", f.text) if w]
    return all(w[:1].isupper() or not w[:1].isalpha() for w in ws)


def mark_author_names(feats: list[Feat], cls: list[str], why: list[str]) -> None:
    """A bare name right above a date line is the author's ("Jane Roe" / "Published: ...")."""
    for i in range(len(feats) - 1):
        if cls[i] == "" and cls[i + 1] == "dateline" and AUTHOR_NAME.match(feats[i].text):
            cls[i], why[i] = "byline", "name right above the date line"


def mark_credit_bylines(feats: list[Feat], cls: list[str], why: list[str]) -> None:
    """A second byline ("Jane Roe, Associated Press") under a short line that itself stands
    below the byline or date line is a photo credit, and the line above it its caption."""
    for i in range(len(feats)):
        if cls[i] != "byline" or _BY.match(feats[i].text):
            continue
        j = _prev_nonblank(feats, i)
        if j < 0 or cls[j] != "" or not headline_like(feats[j]):
            continue
        k = _prev_nonblank(feats, j)
        if k >= 0 and cls[k] in ("byline", "dateline"):
            cls[i], why[i] = "credit", "photo credit (a name under a caption, below the byline)"
            cls[j], why[j] = "caption", "photo caption above its credit"


def mark_videos(feats: list[Feat], cls: list[str], why: list[str]) -> None:
    """A running time ("01:22") is followed by the clip's title, often twice."""
    n = len(feats)
    for i in range(n):
        if cls[i] != "video" or not VIDEO_TIME.match(feats[i].text):
            continue
        title = None
        j = i + 1
        while j < n and j <= i + 6:
            f = feats[j]
            if not f.text:
                j += 1
                continue
            if title is None and cls[j] == "" and headline_like(f):
                title = f.text
            elif f.text != title:
                break
            cls[j], why[j] = "video", "title of a video clip"
            j += 1


def mark_video_blurbs(feats: list[Feat], cls: list[str], why: list[str]) -> None:
    """Under a "Video" heading, a headline-like line and the paragraph after it are the
    clip's title and blurb, not the article's text."""
    n = len(feats)
    for i in range(n):
        if cls[i] != "list-heading" or not _VIDEO_HEADING.match(feats[i].text):
            continue
        j = _next_nonblank(feats, i)
        if j < 0 or cls[j] not in ("", "related") or not headline_like(feats[j]):
            continue
        k = _next_nonblank(feats, j)
        cls[j], why[j] = "video", "title of a video clip"
        if k >= 0 and cls[k] == "" and is_prose(feats[k]) and feats[k].words <= 80:
            cls[k], why[k] = "video", "blurb of a video clip"


def mark_posts(feats: list[Feat], cls: list[str], why: list[str]) -> None:
    """The line right above an embedded post's signature ("\u2014 Jane Roe (@jane) November
    18, 2019") is the post's text, when it is no longer than a post can be; so are the
    lines above it that end no sentence, as a post's lines often do ("Delhi has turned
    into a gas chamber"), while the whole stays within a post's length. The article's own
    paragraph above the post ends its sentence and stays."""
    for i in range(len(feats)):
        if cls[i] != "post-signature":
            continue
        j = _prev_nonblank(feats, i)
        if j < 0 or cls[j] not in ("", "related"):
            continue
        size = len(_URL.sub("http://x", feats[j].text))
        if size > F.POST_MAX_CHARS:
            continue
        cls[j], why[j] = "post", "text of an embedded social-media post"
        k = _prev_nonblank(feats, j)
        while k >= 0 and cls[k] in ("", "related") and not feats[k].ends_sentence:
            size += len(_URL.sub("http://x", feats[k].text))
            if size > F.POST_MAX_CHARS:
                break
            cls[k], why[k] = "post", "text of an embedded social-media post (an earlier line)"
            k = _prev_nonblank(feats, k)


def mark_repeats(feats: list[Feat], cls: list[str], why: list[str]) -> None:
    """A line repeated right after itself: a related-story link (or a doubled heading)."""
    prev = -1
    for i, f in enumerate(feats):
        if not f.text:
            continue
        if prev >= 0 and feats[prev].text == f.text and cls[i] in ("", "related", "duplicate"):
            cls[i], why[i] = "duplicate", "repeats the line above"
            if cls[prev] == "" and headline_like(feats[prev]):
                cls[prev], why[prev] = "related", "headline-like line repeated twice"
        prev = i


def mark_template_repeats(feats: list[Feat], cls: list[str], why: list[str]) -> None:
    """Short lines printed three or more times on the page are template (section labels)."""
    counts: dict[str, int] = {}
    for f in feats:
        if 0 < f.words <= F.SHORT_WORDS:
            counts[f.text] = counts.get(f.text, 0) + 1
    for i, f in enumerate(feats):
        if cls[i] in ("", "related", "duplicate") and counts.get(f.text, 0) >= 3:
            cls[i], why[i] = "repeated", f"short line printed {counts[f.text]} times on the page"


def mark_text_start(feats: list[Feat], cls: list[str], why: list[str]) -> None:
    """A database copy marks where its text begins ("FULL TEXT."): the sentences between
    the first line (the headline) and the marker are its deck and summary, not body."""
    marker = next((i for i, c in enumerate(cls) if c == "text-marker"), None)
    if marker is None:
        return
    first = next((i for i, f in enumerate(feats) if f.text), marker)
    for k in range(first + 1, marker):
        if cls[k] in ("", "teaser") and feats[k].text and feats[k].ends_sentence:
            cls[k], why[k] = "standfirst", "above the line that marks where the text begins"


def mark_lists(feats: list[Feat], cls: list[str], why: list[str]) -> None:
    """The lines right under a list heading ("Related", "Key points") are its items."""
    n = len(feats)
    for i in range(n):
        if cls[i] not in ("list-heading", "summary-heading"):
            continue
        j = i + 1
        while j < n and not feats[j].text:
            j += 1
        block = []
        while j < n and feats[j].text and len(block) < F.LIST_MAX_ITEMS:
            block.append(j)
            j += 1
        items = [k for k in block if cls[k] in ("", "related", "duplicate", "bullet", "repeated")]
        if not items:
            continue
        lone = feats[block[0]]
        if len(block) == 1 and cls[i] == "list-heading" and is_prose(lone) and \
                lone.words > 12 and not lone.text.endswith("?"):
            continue   # one paragraph under a short heading: a subhead, not a list
        if cls[i] == "list-heading" and len(block) == 1:
            items += _spaced_items(feats, cls, j)
        for k in items:
            if cls[i] == "summary-heading":
                cls[k], why[k] = "standfirst", "item of a summary list"
            else:
                cls[k], why[k] = "related", "item of a list of other stories"


def _spaced_items(feats: list[Feat], cls: list[str], j: int) -> list[int]:
    """A list whose items stand between blank lines: the next lines, one at a time, while
    each reads as a headline in Title Case (a sentence of the text does not)."""
    items = []
    while len(items) < F.LIST_MAX_ITEMS:
        while j < len(feats) and not feats[j].text:
            j += 1
        if j >= len(feats) or cls[j] not in ("", "related") or not _title_case_headline(feats[j]):
            break
        items.append(j)
        j += 1
        if j < len(feats) and feats[j].text:
            break                       # a block of several lines: not one item
    return items


def _title_case_headline(f: Feat) -> bool:
    words = [w for w in f.text.split() if w[:1].isalpha()]
    if not 3 <= f.words <= F.QUESTION_LINK_MAX_WORDS or len(words) < 3:
        return False
    return sum(w[0].isupper() for w in words) >= 0.8 * len(words)


_CARD_PARTS = {"", "related", "duplicate", "repeated", "dateline", "byline", "label"}


def mark_teasers(feats: list[Feat], cls: list[str], why: list[str]) -> None:
    """Prose glued under three or more short lines (label, headline, author, date) is the
    summary of a story card in a list of other stories, not article text; so is the
    paragraph right under a headline printed twice (a linked story's card)."""
    run = 0
    for i, f in enumerate(feats):
        if not f.text:
            run = 0
            continue
        prose = is_prose(f)
        if prose and cls[i] == "" and run >= 3:
            cls[i], why[i] = "teaser", "summary under another story's headline"
        if cls[i] in _CARD_PARTS and not prose:
            run += 1
        else:
            run = 0
    for i, f in enumerate(feats):
        if cls[i] == "duplicate" and i > 0 and cls[i - 1] == "related":
            k = _next_nonblank(feats, i)
            if k >= 0 and k <= i + 2 and cls[k] == "" and is_prose(feats[k]) and feats[k].words <= 80:
                cls[k], why[k] = "teaser", "summary under a linked story's headline (printed twice)"


# a speaker's label opening a turn of a transcript ("JANE ROE: ...")
_TURN_LABEL = re.compile(r"[A-Z][A-Z.’'-]+(?: [A-Z][A-Z.’'-]+){0,2}:\s")


def mark_question_links(feats: list[Feat], cls: list[str], why: list[str]) -> None:
    """A lone question between paragraphs that the next paragraph does not take up
    ("Could X help Y after Z?") is a link to another story, not a subhead."""
    n = len(feats)
    lone = []
    for i, f in enumerate(feats):
        if cls[i] != "" or not (F.QUESTION_LINK_MIN_WORDS <= f.words <= F.QUESTION_LINK_MAX_WORDS):
            continue
        s = f.text
        if not s.endswith("?") or any(q in s for q in "\"\u201c\u201d") or re.search(r"[.!?]\s", s):
            continue
        if _TURN_LABEL.match(s):
            continue   # "ROE: Do you regret it?": a question asked in a transcript
        if i == 0 or feats[i - 1].text or i + 1 < n and feats[i + 1].text:
            continue   # only a line standing alone between blank lines
        j = i + 1
        while j < n and (not feats[j].text or cls[j] not in ("",)):
            j += 1
        if j >= n or not is_prose(feats[j]):
            continue
        lone.append(i)
        if content_stems(s) & content_stems(" ".join(feats[j].text.split()[:80])):
            continue
        cls[i], why[i] = "related", "lone question that the next paragraph does not take up"
    if len(lone) >= F.QUESTION_SUBHEADS_MIN:
        for i in lone:
            cls[i], why[i] = "", "question subhead (the page is built on questions)"


