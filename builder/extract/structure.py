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

from ..model import Caption
from ..rules import datelines as D
from ..rules import furniture as F

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


# ---- compiled rules ------------------------------------------------------------------

_I = re.IGNORECASE


def _alt(patterns: list[str], flags: int = _I) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns), flags)


class _Prefiltered:
    """An alternation of patterns, tried only when the line holds one of their first words.

    Python's regex engine tries every alternative at every position; a plain alternation
    of the patterns' leading literal words is much cheaper and rules most lines out.
    """

    def __init__(self, patterns: list[str]):
        self.full = _alt(patterns)
        words: set[str] = set()
        for p in patterns:
            p = re.sub(r"^(?:\^|\\b)+", "", p)
            group = re.match(r"\(([a-z' |]+)\)", p)
            heads = group.group(1).split("|") if group else [p]
            for head in heads:
                m = re.match(r"[a-z]+", head)
                if not m:
                    self.first = None   # a pattern without a leading word: no prefilter
                    return
                words.add(m.group(0))
        self.first = re.compile(r"\b(?:" + "|".join(sorted(words)) + ")")

    def search(self, text: str) -> re.Match[str] | None:
        if self.first is not None and not self.first.search(text.lower()):
            return None
        return self.full.search(text)


_WORD = re.compile(r"\w+")
_AD = re.compile(r"^(?:" + "|".join(F.AD_LINES) + r")\W*$", _I)
_PROMO = _Prefiltered(F.PROMO_PATTERNS)
_STRONG_PROMO = _Prefiltered(F.STRONG_PROMO)
_LIST_HEADING = re.compile(r"^(?:" + "|".join(F.LIST_HEADINGS) + r")\s*[:.\u2026>\u00bb\u203a]*$", _I)
_CAPTION_SUFFIX = [re.compile(p) for p in F.CAPTION_CREDIT_SUFFIX]
_CAPTION_PREFIX = _alt(F.CAPTION_PREFIX)
_CREDIT_LINE = _alt(F.CREDIT_LINE)
_PRINT = [re.compile(p, _I) for p in F.PRINT_HEADLINE]
_COPYRIGHT = _alt(F.COPYRIGHT)
_COPYRIGHT_YEAR = re.compile(F.COPYRIGHT_YEAR, _I)
_BYLINE = _alt(F.BYLINE)
_COUNT = re.compile(F.COUNT_LINE, _I)
_COMMENT = _alt(F.COMMENT_LINE)
_VIDEO_TIME = re.compile(F.VIDEO_TIME)
_VIDEO_LINE = _alt(F.VIDEO_LINES)
_TAG_PREFIX = re.compile(F.TAG_PREFIX, _I)
_GALLERY = re.compile(r"^(?:" + "|".join(F.GALLERY_LINES) + r")\W*$", _I)
_SUMMARY_HEADING = re.compile(r"^(?:" + "|".join(F.SUMMARY_HEADINGS) + r")\s*:?$", _I)
_AUTHOR_BIO = re.compile(F.AUTHOR_BIO)
_AUTHOR_NAME = re.compile(F.AUTHOR_NAME)
_POST_SIGNATURE = re.compile(F.POST_SIGNATURE)
_TRAILING_URL = re.compile(F.TRAILING_URL)
_CONTRIBUTORS = re.compile(F.CONTRIBUTORS, _I)
_TIMESTAMP = _alt(F.TIMESTAMP)
_NUMBERED_SUBHEAD = re.compile(F.NUMBERED_SUBHEAD)
_CREDIT_START = re.compile(r"^\(|^(?:photo|image|picture|credit)s?\b", _I)
# matched against the lower-cased line (much faster than IGNORECASE for these)
_FULL_DATES = [re.compile(p) for p in D.FULL_DATES]
_MONTH_DAY = [re.compile(p, _I) for p in D.MONTH_DAY]
_PUBLISHED = re.compile(D.PUBLISHED_LABEL, _I)
_UPDATED = re.compile(D.UPDATED_LABEL, _I)
_DATELINE = re.compile(D.DATELINE)
_CLOCK_WORD = re.compile(r"^\d+(?:am|pm|h|hrs?|mins?)?$", _I)
_CLOCK_END = re.compile(r"\d\s*[ap]\.m\.$", _I)

# classes that are never body text, and how strongly each marks the edge of the body
_EDGE = {"byline", "dateline", "print-headline", "copyright", "tags"}
_FURNITURE_WEIGHT = -3.0
_EDGE_WEIGHT = -25.0
_HEADLINE_LIKE_WEIGHT = -3.0
_MAX_LINE_WEIGHT = 120.0
# how far above the body the header (headline, standfirst, topic) is looked for
_HEADER_REACH = 40


# ---- features of one line ---------------------------------------------------------


@dataclass(slots=True)
class _Feat:
    text: str            # stripped
    words: int
    ends_sentence: bool
    starts_upper: bool
    sentences: bool      # two or more sentences (a paragraph even without a final stop)


def _features(text: str) -> _Feat:
    s = text.strip()
    nw = len(_WORD.findall(s)) if len(s) < 20000 else len(s.split())
    core = s.rstrip(F.CLOSERS + " ")
    ends = bool(core) and core[-1] in F.SENTENCE_END
    if not ends and nw >= 6 and ("/" in s[-60:]):
        # an embedded post ending with its link: "... https://t.co/x"
        m = _TRAILING_URL.search(s[-300:])
        ends = bool(m) and len(_WORD.findall(s[: len(s) - len(s[-300:]) + m.start()])) >= 6
    first = s.lstrip(F.OPENERS + " \u2022")[:1]
    sentences = nw >= 8 and bool(_SENTENCE_BREAK.search(s[:3000]))
    return _Feat(s, nw, ends, first.isupper() or first.isdigit(), sentences)


def _headline_like(f: _Feat) -> bool:
    return 0 < f.words <= F.HEADLINE_MAX_WORDS and not f.ends_sentence and not f.sentences


# a sentence ends inside the line: "... no real policy. It's all flash"
_SENTENCE_BREAK = re.compile(r"[a-z]{2}[.!?][\u201d\u2019\"')]?\s+[\u201c\u2018\"']?[A-Z]")


def _title_like(f: _Feat) -> bool:
    """Could this line be the headline? (not a name, a link or a run of numbers)"""
    if not _headline_like(f) or f.words < 3 or "http" in f.text or "www." in f.text:
        return False
    words = _WORD.findall(f.text)
    if sum(w.isalpha() for w in words) * 2 < len(words):
        return False
    # four capitalised words and nothing else is a name or a label ("Tom Davies Associated Press")
    return not (len(words) <= 4 and all(w[0].isupper() for w in words) and not f.ends_sentence
                and ":" not in f.text)


def _is_prose(f: _Feat) -> bool:
    if f.words == 0:
        return False
    if f.words <= 15 and f.text.endswith(("...", "\u2026")):
        return False   # a truncated link text ("Oil prices steady after 2-day drop...")
    if f.ends_sentence:
        # "All..." or "Please." are prose; a lone "Menu:" is not
        return f.words >= 2 or f.text.endswith(("...", "\u2026", ".", "!", "?", "\u201d", '"'))
    return f.words > F.HEADLINE_MAX_WORDS or f.sentences


# ---- pass 1: local cues ------------------------------------------------------------


def _caption_credit(s: str) -> tuple[str, str] | None:
    """(caption text, credit) when the line ends with a credit ("... Photo: AP")."""
    tail = s[-300:]
    for rx in _CAPTION_SUFFIX:
        m = rx.search(tail)
        if not m:
            continue
        credit = re.sub(F.CREDIT_STRIP, "", m.group("credit")).strip()
        if not credit or len(credit.split()) > 8 or not (credit[0].isupper() or credit[0].isdigit()):
            continue
        text = (s[: len(s) - len(tail) + m.start()]).rstrip(" \t-\u2013\u2014|(")
        return text, credit
    return None


def _is_tags(s: str, f: _Feat) -> bool:
    m = _TAG_PREFIX.match(s)
    body = s[m.end():] if m and m.end() < len(s) else s
    items = [i.strip() for i in body.split(",")]
    if len(items) < (2 if m else F.TAG_MIN_ITEMS + 1) or not all(items):
        return False
    for item in items:
        ws = item.split()
        if len(ws) > F.TAG_ITEM_MAX_WORDS or item[-1] in ".!?\u201d\"":
            return False
        if not m and not (item[0].isupper() or item[0].isdigit()):
            return False
    return True


def _full_date(s: str) -> tuple[str, re.Match[str]] | None:
    """A full date in `s` (lower-case it first) and the match."""
    for rx in _FULL_DATES:
        m = rx.search(s)
        if not m:
            continue
        g = m.groupdict()
        if g.get("month_num"):
            month, day = int(g["month_num"]), int(g["day_num"])
        else:
            month, day = D.MONTHS[g["month"].lower().rstrip(".")], int(g["day"])
        year = int(g["year"])
        if 1 <= month <= 12 and 1 <= day <= 31:
            return f"{year:04d}-{month:02d}-{day:02d}", m
    return None


def _is_date_line(s: str, f: _Feat) -> bool:
    if f.words > D.DATE_LINE_MAX_WORDS or s[:1] in "\u2014\u2013-":
        return False
    low = s.lower()
    found = _full_date(low)
    if not found:
        return False
    _, m = found
    rest = _WORD.findall(s[: m.start()] + " " + s[m.end():]) if len(low) == len(s) else \
        _WORD.findall(low[: m.start()] + " " + low[m.end():])
    other = [w for w in rest if w.lower() not in D.DATE_LINE_WORDS and w.lower() not in D.WEEKDAYS
             and not _CLOCK_WORD.match(w)]
    # besides the date, only labels, times and a name ("CBS News"); a lowercase word
    # ("the meeting happened on ...") makes it a sentence
    return len(other) <= 4 and all(w[:1].isupper() for w in other)


def _local(s: str, f: _Feat) -> tuple[str, str] | None:
    """Class and reason from the line alone, or None for a possible text line."""
    if not s:
        return "blank", ""
    head = s[:600]
    for rx in _PRINT:
        if rx.search(head):
            return "print-headline", "print-edition headline"
    if s[0] in F.BULLETS or s[0] in "-*" and f.words >= 4 and s[1:2] == " ":
        return "bullet", "bulleted line"
    short = f.words <= F.SHORT_WORDS
    if f.words <= 6 and _AD.match(head):
        return "ad", "advertisement marker"
    if _VIDEO_TIME.match(s):
        return "video", "video running time"
    if _COUNT.match(s):
        return "comments", "bare number (comment count or list number)"
    if short and _COMMENT.search(head):
        return "comments", "comments link"
    if short and _GALLERY.match(head):
        return "gallery", "photo gallery counter or button"
    if _STRONG_PROMO.search(s if len(s) < 5000 else head):
        return "promo", "app/newsletter/subscription promo"
    if f.words <= 80:
        got = _caption_credit(s)
        if got and got[0].strip():
            return "caption", "ends with a photo credit"
        if got:
            return "credit", "photo credit"
    if _CAPTION_PREFIX.search(head):
        return "caption", "starts like a photo caption"
    if f.words <= F.FURNITURE_MAX_WORDS and _COPYRIGHT.search(head):
        return "copyright", "copyright notice"
    if short and _CREDIT_LINE.search(head) and (not f.ends_sentence or _CREDIT_START.match(head)):
        return "credit", "photo credit"
    if f.words <= 15 and (not f.ends_sentence or _CLOCK_END.search(head)) and _BYLINE.search(head):
        return "byline", "byline"
    if f.words <= 80 and _AUTHOR_BIO.match(head):
        return "byline", "note about the author"
    if f.words <= 60 and _CONTRIBUTORS.search(s[:1000]):
        return "byline", "contributors' note"
    if f.words <= 14 and (not f.ends_sentence or _CLOCK_END.search(head)) and _TIMESTAMP.match(head):
        return "dateline", "time stamp"
    if _POST_SIGNATURE.match(head):
        return "post-signature", "signature of an embedded social-media post"
    if _is_date_line(head, f):
        return "dateline", "publication/update date line"
    if short and all(w.lower() in F.SHARE_WORDS for w in _WORD.findall(s)):
        return "share", "share/social buttons"
    if short and _SUMMARY_HEADING.match(head):
        return "summary-heading", "heading of a summary list"
    if short and _LIST_HEADING.match(head):
        return "list-heading", "heading of a list of other stories"
    if f.words <= 40 and "," in s and _is_tags(s, f):
        return "tags", "comma-separated tag list"
    if f.words <= 12 and _PROMO.search(head):
        return "promo", "promo/subscription/navigation wording"
    if short and _VIDEO_LINE.search(head):
        return "video", "video player label"
    return None


# ---- the whole pass -----------------------------------------------------------------


def structure(text: str) -> Structured:
    """Classify every line of a copied page and assemble the structured article."""
    raw = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if raw and raw[-1] == "":
        raw.pop()
    n = len(raw)
    feats: list[_Feat] = []
    cls: list[str] = [""] * n
    why: list[str] = [""] * n
    # pages repeat lines (menus, "Advertisement", blank lines): classify each text once
    seen: dict[str, tuple[_Feat, tuple[str, str] | None]] = {}
    for i, t in enumerate(raw):
        key = t.strip()
        got = seen.get(key)
        if got is None:
            f = _features(key)
            got = seen[key] = (f, _local(key, f))
        feats.append(got[0])
        if got[1]:
            cls[i], why[i] = got[1]

    _mark_credit_captions(feats, cls, why)
    _mark_author_names(feats, cls, why)
    _mark_videos(feats, cls, why)
    _mark_repeats(feats, cls, why)
    _mark_template_repeats(feats, cls, why)
    _mark_lists(feats, cls, why)
    _mark_teasers(feats, cls, why)
    _mark_question_links(feats, cls, why)

    start, end = _main_region(feats, cls)
    header = _header(feats, cls, why, start if end >= start else n)
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
            pending.append(_caption(feats, cls, i))
            continue
        if c == "teaser" and paragraphs:
            continue   # a story card's summary inside the text (the first line is the text's own)
        if c == "bullet" or c == "post-signature" and paragraphs or c in ("", "teaser") and _is_prose(f):
            reason = why[i] if c in ("", "post-signature") and why[i] else "prose line in the main text"
        elif c == "" and _NUMBERED_SUBHEAD.match(f.text) and f.words <= F.HEADLINE_MAX_WORDS:
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

    _label_rest(feats, cls, why, start, end if paragraphs else -1)
    # photo captions right after the last paragraph belong to the article too
    j = end + 1
    while paragraphs and j < n and cls[j] in ("blank", "caption"):
        if cls[j] == "caption":
            captions.append(_caption(feats, cls, j))
        j += 1

    print_headline = None
    for i, f in enumerate(feats):
        if cls[i] == "print-headline":
            m = next((m for rx in _PRINT if (m := rx.search(f.text[:600]))), None)
            if m:
                # a comment count may be glued on: "... renewing 2001 treaty69"
                print_headline = re.sub(r"(?<=[a-z\u2019\u201d'\")])\d{1,5}$", "",
                                        m.group("headline").strip())
                break

    date, date_how, year, partial = _date(feats, cls, paragraphs, header["zone"], start, end)
    bylines = [feats[i].text for i in range(n) if cls[i] == "byline"]
    lines = [Line(i + 1, raw[i], cls[i] or "other", why[i]) for i in range(n)]
    return Structured(
        title=title, topic=header["topic"], standfirst=header["standfirst"],
        lead_caption=header["lead_caption"], captions=captions, related=related,
        print_headline=print_headline, paragraphs=paragraphs, lines=lines,
        date=date, date_how=date_how, year=year, partial_date=partial, bylines=bylines,
    )


# ---- pass 1b: cues spanning neighbouring lines ------------------------------------


def _prev_nonblank(feats: list[_Feat], i: int) -> int:
    j = i - 1
    while j >= 0 and not feats[j].text:
        j -= 1
    return j


def _mark_credit_captions(feats: list[_Feat], cls: list[str], why: list[str]) -> None:
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
        # galleries print the caption twice
        k = _prev_nonblank(feats, j)
        if k >= 0 and k == j - 1 and feats[k].text == feats[j].text and cls[k] == "":
            cls[k], why[k] = "caption", "photo caption (repeated)"


def _weak_credit(feats: list[_Feat], i: int) -> bool:
    """A short Title Case line between a text line and a blank line: a photo credit."""
    f = feats[i]
    if f.words == 0 or f.words > 5 or f.ends_sentence or i + 1 < len(feats) and feats[i + 1].text:
        return False
    prev = feats[i - 1]
    if not prev.text or prev.words < 4 or prev.text.endswith(":"):
        return False
    ws = [w for w in re.split(r"[\s/,|]+", f.text) if w]
    return all(w[:1].isupper() or not w[:1].isalpha() for w in ws)


def _mark_author_names(feats: list[_Feat], cls: list[str], why: list[str]) -> None:
    """A bare name right above a date line is the author's ("Jane Roe" / "Published: ...")."""
    for i in range(len(feats) - 1):
        if cls[i] == "" and cls[i + 1] == "dateline" and _AUTHOR_NAME.match(feats[i].text):
            cls[i], why[i] = "byline", "name right above the date line"


def _mark_videos(feats: list[_Feat], cls: list[str], why: list[str]) -> None:
    """A running time ("01:22") is followed by the clip's title, often twice."""
    n = len(feats)
    for i in range(n):
        if cls[i] != "video" or not _VIDEO_TIME.match(feats[i].text):
            continue
        title = None
        j = i + 1
        while j < n and j <= i + 6:
            f = feats[j]
            if not f.text:
                j += 1
                continue
            if title is None and cls[j] == "" and _headline_like(f):
                title = f.text
            elif f.text != title:
                break
            cls[j], why[j] = "video", "title of a video clip"
            j += 1


def _mark_repeats(feats: list[_Feat], cls: list[str], why: list[str]) -> None:
    """A line repeated right after itself: a related-story link (or a doubled heading)."""
    prev = -1
    for i, f in enumerate(feats):
        if not f.text:
            continue
        if prev >= 0 and feats[prev].text == f.text and cls[i] in ("", "related", "duplicate"):
            cls[i], why[i] = "duplicate", "repeats the line above"
            if cls[prev] == "" and _headline_like(feats[prev]):
                cls[prev], why[prev] = "related", "headline-like line repeated twice"
        prev = i


def _mark_template_repeats(feats: list[_Feat], cls: list[str], why: list[str]) -> None:
    """Short lines printed three or more times on the page are template (section labels)."""
    counts: dict[str, int] = {}
    for f in feats:
        if 0 < f.words <= F.SHORT_WORDS:
            counts[f.text] = counts.get(f.text, 0) + 1
    for i, f in enumerate(feats):
        if cls[i] in ("", "related", "duplicate") and counts.get(f.text, 0) >= 3:
            cls[i], why[i] = "repeated", f"short line printed {counts[f.text]} times on the page"


def _mark_lists(feats: list[_Feat], cls: list[str], why: list[str]) -> None:
    """The lines right under a list heading ("Related", "Key points") are its items."""
    n = len(feats)
    for i in range(n):
        if cls[i] not in ("list-heading", "summary-heading"):
            continue
        j = i + 1
        while j < n and not feats[j].text:
            j += 1
        block = []
        while j < n and feats[j].text and len(block) < 40:
            block.append(j)
            j += 1
        items = [k for k in block if cls[k] in ("", "related", "duplicate", "bullet", "repeated")]
        if not items:
            continue
        lone = feats[block[0]]
        if len(block) == 1 and cls[i] == "list-heading" and _is_prose(lone) and \
                lone.words > 12 and not lone.text.endswith("?"):
            continue   # one paragraph under a short heading: a subhead, not a list
        for k in items:
            if cls[i] == "summary-heading":
                cls[k], why[k] = "standfirst", "item of a summary list"
            else:
                cls[k], why[k] = "related", "item of a list of other stories"


_CARD_PARTS = {"", "related", "duplicate", "repeated", "dateline", "byline", "label"}


def _mark_teasers(feats: list[_Feat], cls: list[str], why: list[str]) -> None:
    """Prose glued under three or more short lines (label, headline, author, date) is the
    summary of a story card in a list of other stories, not article text."""
    run = 0
    for i, f in enumerate(feats):
        if not f.text:
            run = 0
            continue
        prose = _is_prose(f)
        if prose and cls[i] == "" and run >= 3:
            cls[i], why[i] = "teaser", "summary under another story's headline"
        if cls[i] in _CARD_PARTS and not prose:
            run += 1
        else:
            run = 0


def _content_stems(text: str) -> set[str]:
    return {w[:5] for w in (t.lower() for t in _WORD.findall(text))
            if len(w) >= 4 and not w.isdigit() and w not in F.FUNCTION_WORDS}


def _mark_question_links(feats: list[_Feat], cls: list[str], why: list[str]) -> None:
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
        if i == 0 or feats[i - 1].text or i + 1 < n and feats[i + 1].text:
            continue   # only a line standing alone between blank lines
        j = i + 1
        while j < n and (not feats[j].text or cls[j] not in ("",)):
            j += 1
        if j >= n or not _is_prose(feats[j]):
            continue
        lone.append(i)
        if _content_stems(s) & _content_stems(" ".join(feats[j].text.split()[:80])):
            continue
        cls[i], why[i] = "related", "lone question that the next paragraph does not take up"
    if len(lone) >= F.QUESTION_SUBHEADS_MIN:
        for i in lone:
            cls[i], why[i] = "", "question subhead (the page is built on questions)"


# ---- pass 2: the main text ----------------------------------------------------------


def _weight(f: _Feat, c: str) -> float:
    if c in ("blank", "bullet", "post-signature"):
        return 0.0
    if c == "teaser":
        return -_FURNITURE_WEIGHT
    if c in ("", "duplicate", "related") and _is_prose(f) and c != "duplicate":
        return min(float(f.words), _MAX_LINE_WEIGHT)
    if c in _EDGE or c == "comments" and not _COUNT.match(f.text):
        return _EDGE_WEIGHT
    if c in ("", "related", "duplicate"):
        return _HEADLINE_LIKE_WEIGHT
    return _FURNITURE_WEIGHT


def _main_region(feats: list[_Feat], cls: list[str]) -> tuple[int, int]:
    """First and last line of the maximum-weight run (empty run: (0, -1))."""
    best, best_range = 0.0, (0, -1)
    run, run_start = 0.0, 0
    for i, f in enumerate(feats):
        c = cls[i]
        if c == "blank":
            continue   # weighs nothing
        w = _weight(f, c)
        if run <= 0:
            if w <= 0:
                continue
            run, run_start = 0.0, i
        run += w
        if run > best:
            best, best_range = run, (run_start, i)
    return best_range


# ---- pass 3: header above the body ----------------------------------------------------

_HEADER_SKIP = {"blank", "caption", "credit", "byline", "dateline", "ad", "promo", "share",
                "video", "comments", "copyright", "list-heading", "duplicate", "tags", "gallery",
                "summary-heading", "repeated", "post-signature"}


def _header(feats: list[_Feat], cls: list[str], why: list[str], body_start: int) -> dict:
    """Read upwards from the body: standfirst, headline, then the topic label above it."""
    title = topic = None
    title_at = -1
    deks: list[int] = []
    summary: list[int] = []
    lowest = max(0, body_start - _HEADER_REACH)
    i = body_start - 1
    while i >= lowest:
        f, c = feats[i], cls[i]
        if c in ("bullet", "standfirst"):
            if title is None:
                summary.insert(0, i)
        elif c in _HEADER_SKIP:
            pass
        elif title is None:
            if _title_like(f):
                title, title_at = f.text, i
            elif _headline_like(f):
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
        deks, lowest = [], max(0, body_start - _HEADER_REACH)
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
            lead = _caption(feats, cls, j)
            cls[j], why[j] = "lead-caption", "photo caption at the top"
    # the section label repeated between the header and the body
    if topic:
        for j in range(max(title_at, 0), body_start):
            if cls[j] in ("", "label", "related") and feats[j].text == topic:
                cls[j], why[j] = "topic", "repeats the section label"
    return {"title": title, "topic": topic, "standfirst": standfirst, "lead_caption": lead,
            "zone": lowest}


def _caption(feats: list[_Feat], cls: list[str], i: int) -> Caption:
    s = feats[i].text
    got = _caption_credit(s)
    if got:
        text, credit = got
        return Caption(text=text or s, credit=credit)
    m = _CAPTION_PREFIX.search(s)
    text = s[m.end():].strip() if m and m.start() == 0 and m.end() < len(s) else s
    credit = None
    j = i + 1
    parts = []
    while j < len(feats) and cls[j] == "credit" and feats[j].text:
        parts.append(feats[j].text)
        j += 1
    parts = [p for p in parts if not re.match(r"^credit\W*$", p, _I)]
    if parts:
        credit = re.sub(r"^(?:photo|image|picture|credit)s?\s*(?:copyright|credit|by)?\s*[:.]*\s*", "",
                        parts[0], flags=_I).strip(" ()")
    return Caption(text=text, credit=credit or None)


def _label_rest(feats: list[_Feat], cls: list[str], why: list[str], start: int, end: int) -> None:
    """Name the lines outside the main text that no cue has named yet."""
    in_list = False
    for i, f in enumerate(feats):
        c = cls[i]
        if start <= i <= end:
            continue
        if c == "list-heading":
            in_list = i > end
            continue
        after = i > end
        if c == "bullet":
            cls[i], why[i] = "boilerplate", "bulleted line outside the main text"
        elif c == "related" and after:
            cls[i], why[i] = "next-in", "item of a list of other stories after the article"
        elif c == "":
            if in_list and after and _headline_like(f):
                cls[i], why[i] = "next-in", "item of a list of other stories after the article"
            elif _is_prose(f):
                cls[i], why[i] = "boilerplate", "prose outside the main text"
            else:
                cls[i], why[i] = "boilerplate", "short line outside the main text (menu, label, link)"


# ---- publication date ---------------------------------------------------------------


def _date(feats: list[_Feat], cls: list[str], paragraphs: list[str], header_from: int,
          start: int, end: int) -> tuple[str | None, str | None, int | None, str | None]:
    """(date, how, year, partial) from what the text states explicitly, never guessed.

    A full date on a date line near the headline wins (a "published" label before an
    unlabelled one before an "updated" one), then one just under the body ("First
    published on ..."), then anywhere else; then a wire dateline with a year at the
    start of the body; as a last resort only the year of a copyright line.
    """
    best = None   # (zone, label rank, distance, date)
    for i, f in enumerate(feats):
        if cls[i] != "dateline":
            continue
        found = _full_date(f.text.lower())
        if not found:
            continue
        if header_from <= i < start:
            zone, distance = 0, start - i
        elif end < i <= end + 12:
            zone, distance = 1, i - end
        else:
            zone, distance = 2, i
        rank = 0 if _PUBLISHED.search(f.text) else 2 if _UPDATED.search(f.text) else 1
        key = (zone, rank, distance, found[0])
        if best is None or key < best:
            best = key
    if best:
        how = "updated-date" if best[1] == 2 else "full-date"
        return best[3], how, int(best[3][:4]), None
    partial = None
    if paragraphs:
        m = _DATELINE.match(paragraphs[0][:200])
        if m and m.group("when"):
            found = _full_date(m.group("when").lower())
            if found:
                return found[0], "dateline", int(found[0][:4]), None
            for rx in _MONTH_DAY:
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
        m = _COPYRIGHT_YEAR.search(f.text[:2000])
        if m:
            return None, "copyright-year", int(m.group("year")), partial
    return None, None, None, partial
