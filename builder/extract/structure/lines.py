"""Line features and local cues: what one copied line is, read on its own.

Part of the structure stage (see ``builder.extract.structure``). Every pattern comes from
``builder/rules/furniture.py`` and ``builder/rules/datelines.py``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ...rules import datelines as D
from ...rules import furniture as F

# ---- compiled rules ------------------------------------------------------------------

IGNORE_CASE = re.IGNORECASE


def _alt(patterns: list[str], flags: int = IGNORE_CASE) -> re.Pattern[str]:
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


WORD = re.compile(r"\w+")
_AD = re.compile(r"^(?:" + "|".join(F.AD_LINES) + r")\W*$", IGNORE_CASE)
_PROMO = _Prefiltered(F.PROMO_PATTERNS)
_STRONG_PROMO = _Prefiltered(F.STRONG_PROMO)
_LIST_HEADING = re.compile(r"^(?:" + "|".join(F.LIST_HEADINGS) + r")\s*[:.\u2026>\u00bb\u203a]*$", IGNORE_CASE)
_CAPTION_SUFFIX = [re.compile(p) for p in F.CAPTION_CREDIT_SUFFIX]
CAPTION_PREFIX = _alt(F.CAPTION_PREFIX)
_CREDIT_LINE = _alt(F.CREDIT_LINE)
_CAPTION_POSITION = re.compile(F.CAPTION_POSITION)
PRINT = [re.compile(p, IGNORE_CASE) for p in F.PRINT_HEADLINE]
_COPYRIGHT = _alt(F.COPYRIGHT)
COPYRIGHT_YEAR = re.compile(F.COPYRIGHT_YEAR, IGNORE_CASE)
_BYLINE = _alt(F.BYLINE)
COUNT = re.compile(F.COUNT_LINE, IGNORE_CASE)
_COMMENT = _alt(F.COMMENT_LINE)
VIDEO_TIME = re.compile(F.VIDEO_TIME)
_VIDEO_LINE = _alt(F.VIDEO_LINES)
_TAG_PREFIX = re.compile(F.TAG_PREFIX, IGNORE_CASE)
_GALLERY = re.compile(r"^(?:" + "|".join(F.GALLERY_LINES) + r")\W*$", IGNORE_CASE)
_SUMMARY_HEADING = re.compile(r"^(?:" + "|".join(F.SUMMARY_HEADINGS) + r")\s*[:.]?$", IGNORE_CASE)
_TEXT_MARKER = re.compile(r"^(?:" + "|".join(F.TEXT_MARKERS) + r")\s*[:.]?$", IGNORE_CASE)
_AUTHOR_BIO = re.compile("|".join(f"(?:{p})" for p in F.AUTHOR_BIO))
_CITATION = re.compile(F.CITATION)
AUTHOR_NAME = re.compile(F.AUTHOR_NAME)
_POST_SIGNATURE = re.compile(F.POST_SIGNATURE)
_POST_ONE_LINE = re.compile(F.POST_ONE_LINE)
_POST_MARKUP = re.compile(F.POST_MARKUP)
_TAIL_MARKER = _alt(F.TAIL_MARKERS)
_TRAILING_URL = re.compile(F.TRAILING_URL)
_CONTRIBUTORS = re.compile(F.CONTRIBUTORS, IGNORE_CASE)
_TIMESTAMP = _alt(F.TIMESTAMP)
NUMBERED_SUBHEAD = re.compile(F.NUMBERED_SUBHEAD)
_CREDIT_START = re.compile(r"^\(|^(?:photo|image|picture|credit)s?\b|^(?:h/t|hat tip)\b", IGNORE_CASE)
# matched against the lower-cased line (much faster than IGNORECASE for these)
_FULL_DATES = [re.compile(p) for p in D.FULL_DATES]
_NUMERIC_DATE = re.compile(D.NUMERIC_DATE)
MONTH_DAY = [re.compile(p, IGNORE_CASE) for p in D.MONTH_DAY]
PUBLISHED = re.compile(D.PUBLISHED_LABEL, IGNORE_CASE)
UPDATED = re.compile(D.UPDATED_LABEL, IGNORE_CASE)
DATELINE = re.compile(D.DATELINE)
_CLOCK_WORD = re.compile(r"^\d+(?:am|pm|h|hrs?|mins?)?$", IGNORE_CASE)
_CLOCK_END = re.compile(r"\d\s*[ap]\.m\.$", IGNORE_CASE)

# how far above the body the header (headline, standfirst, topic) is looked for
HEADER_REACH = 40


# ---- features of one line ---------------------------------------------------------


@dataclass(slots=True)
class Feat:
    text: str            # stripped
    words: int
    ends_sentence: bool
    starts_upper: bool
    sentences: bool      # two or more sentences (a paragraph even without a final stop)


def features(text: str) -> Feat:
    s = text.strip()
    nw = len(WORD.findall(s)) if len(s) < 20000 else len(s.split())
    core = s.rstrip(F.CLOSERS + " ")
    ends = bool(core) and core[-1] in F.SENTENCE_END
    if not ends and nw >= 6 and ("/" in s[-60:]):
        # an embedded post ending with its link: "... https://t.co/x"
        m = _TRAILING_URL.search(s[-300:])
        ends = bool(m) and len(WORD.findall(s[: len(s) - len(s[-300:]) + m.start()])) >= 6
    first = s.lstrip(F.OPENERS + " \u2022")[:1]
    sentences = nw >= 8 and bool(_SENTENCE_BREAK.search(s[:3000]))
    return Feat(s, nw, ends, first.isupper() or first.isdigit(), sentences)


def headline_like(f: Feat) -> bool:
    return 0 < f.words <= F.HEADLINE_MAX_WORDS and not f.ends_sentence and not f.sentences


# a sentence ends inside the line: "... no real policy. It's all flash"
_SENTENCE_BREAK = re.compile(r"[a-z]{2}[.!?][\u201d\u2019\"')]?\s+[\u201c\u2018\"']?[A-Z]")


def title_like(f: Feat) -> bool:
    """Could this line be the headline? (not a name, a link or a run of numbers)"""
    if not headline_like(f) or f.words < 3 or "http" in f.text or "www." in f.text:
        return False
    words = WORD.findall(f.text)
    if sum(w.isalpha() for w in words) * 2 < len(words):
        return False
    # four capitalised words and nothing else is a name or a label ("Tom Davies Associated Press")
    return not (len(words) <= 4 and all(w[0].isupper() for w in words) and not f.ends_sentence
                and ":" not in f.text)


def is_prose(f: Feat) -> bool:
    if f.words == 0:
        return False
    if f.words <= 15 and f.text.endswith(("...", "\u2026")):
        return False   # a truncated link text ("Oil prices steady after 2-day drop...")
    if f.ends_sentence:
        # "All..." or "Please." are prose; a lone "Menu:" is not
        return f.words >= 2 or f.text.endswith(("...", "\u2026", ".", "!", "?", "\u201d", '"'))
    return f.words > F.HEADLINE_MAX_WORDS or f.sentences


# ---- pass 1: local cues ------------------------------------------------------------


def caption_credit(s: str) -> tuple[str, str] | None:
    """(caption text, credit) when the line ends with a credit ("... Photo: AP")."""
    tail = s[-300:]
    for rx in _CAPTION_SUFFIX:
        m = rx.search(tail)
        if not m:
            continue
        credit = re.sub(F.CREDIT_STRIP, "", m.group("credit")).strip()
        credit = re.sub(F.CREDIT_LEAD_STRIP, "", credit)
        if not credit or len(credit.split()) > 8 or not (credit[0].isupper() or credit[0].isdigit()):
            continue
        text = (s[: len(s) - len(tail) + m.start()]).rstrip(" \t-\u2013\u2014|([")
        return text, credit
    return None


def _is_tags(s: str, f: Feat) -> bool:
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


def numeric_date(s: str) -> tuple[str, re.Match[str]] | None:
    """A numeric date in `s` (lower case) whose day/month order is certain, and the match:
    a number above 12 is the day; else the line's time zone decides; "." is day first."""
    for m in _NUMERIC_DATE.finditer(s):
        if m.group("dsep"):
            day, month, year = int(m.group("da")), int(m.group("db")), m.group("dyear")
        else:
            a, b, year = int(m.group("a")), int(m.group("b")), m.group("year")
            zones = set(WORD.findall(s))
            if a > 12 or (b <= 12 and zones & D.DAY_FIRST_ZONES and not zones & D.MONTH_FIRST_ZONES):
                day, month = a, b
            elif b > 12 or (zones & D.MONTH_FIRST_ZONES and not zones & D.DAY_FIRST_ZONES):
                month, day = a, b
            else:
                continue            # "11/12/19" with nothing to tell the order
        y = int(year) if len(year) == 4 else 2000 + int(year) if int(year) < 70 else 1900 + int(year)
        if 1 <= month <= 12 and 1 <= day <= 31:
            return f"{y:04d}-{month:02d}-{day:02d}", m
    return None


def full_date(s: str) -> tuple[str, re.Match[str]] | None:
    """A full date in `s` (lower-case it first) and the match: a month by name, an ISO
    date, else a numeric date of certain order."""
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
    return numeric_date(s)


def _is_date_line(s: str, f: Feat) -> bool:
    if f.words > D.DATE_LINE_MAX_WORDS or s[:1] in "\u2014\u2013-":
        return False
    low = s.lower()
    found = full_date(low)
    if not found:
        return False
    _, m = found
    rest = WORD.findall(s[: m.start()] + " " + s[m.end():]) if len(low) == len(s) else \
        WORD.findall(low[: m.start()] + " " + low[m.end():])
    other = [w for w in rest if w.lower() not in D.DATE_LINE_WORDS and w.lower() not in D.WEEKDAYS
             and not _CLOCK_WORD.match(w)]
    # besides the date, only labels, times and a name ("CBS News"); a lowercase word
    # ("the meeting happened on ...") makes it a sentence
    return len(other) <= 4 and all(w[:1].isupper() for w in other)


def local_cues(s: str, f: Feat) -> tuple[str, str] | None:
    """Class and reason from the line alone, or None for a possible text line."""
    if not s:
        return "blank", ""
    head = s[:600]
    for rx in PRINT:
        if rx.search(head):
            return "print-headline", "print-edition headline"
    if s[0] in F.BULLETS or s[0] in "-*" and f.words >= 4 and s[1:2] == " ":
        return "bullet", "bulleted line"
    short = f.words <= F.SHORT_WORDS
    if f.words <= 6 and _AD.match(head):
        return "ad", "advertisement marker"
    if VIDEO_TIME.match(s):
        return "video", "video running time"
    if COUNT.match(s):
        return "comments", "bare number (comment count or list number)"
    if short and _COMMENT.search(head):
        return "comments", "comments link"
    if short and _GALLERY.match(head):
        return "gallery", "photo gallery counter or button"
    if _STRONG_PROMO.search(s if len(s) < 5000 else head):
        return "promo", "app/newsletter/subscription promo"
    if s.endswith(F.LINK_ARROWS) and "«" not in s:
        return "promo", "a link's arrow ends the line"
    if f.words <= 80:
        got = caption_credit(s)
        if got and got[0].strip():
            return "caption", "ends with a photo credit"
        if got:
            return "credit", "photo credit"
    if CAPTION_PREFIX.search(head):
        return "caption", "starts like a photo caption"
    if f.words <= F.FURNITURE_MAX_WORDS and _COPYRIGHT.search(head):
        return "copyright", "copyright notice"
    if short and _CREDIT_LINE.search(head) and (not f.ends_sentence or _CREDIT_START.match(head)):
        return "credit", "photo credit"
    if f.words <= 5 and "/" in head and f.ends_sentence and _CREDIT_LINE.search(head.rstrip(".")) \
            and not re.search(r"\b[a-z]{3,}\b", head):
        return "credit", "photo credit (agency after a slash, with a full stop)"
    if f.words <= 80 and _CAPTION_POSITION.search(s):
        return "caption", "says who stands where in a photo"
    if f.words <= 15 and (not f.ends_sentence or _CLOCK_END.search(head)) and _BYLINE.search(head):
        return "byline", "byline"
    if f.words <= 120 and _AUTHOR_BIO.match(head):
        return "byline", "note about the author"
    if f.words <= 60 and _CONTRIBUTORS.search(s[:1000]):
        return "byline", "contributors' note"
    if f.words <= 14 and (not f.ends_sentence or _CLOCK_END.search(head)) and _TIMESTAMP.match(head):
        return "dateline", "time stamp"
    if f.words <= 60 and _CITATION.match(head):
        return "boilerplate", "an entry of a list of sources"
    if f.words <= F.TAIL_MARKER_MAX_WORDS and _TAIL_MARKER.match(s.strip()):
        return "tail", "closes the article's text (a press release's boilerplate follows)"
    if _POST_SIGNATURE.match(head):
        return "post-signature", "signature of an embedded social-media post"
    if _POST_MARKUP.match(s):
        return "post", "an embedded social-media post in its markup"
    if len(s) <= F.POST_MAX_CHARS + 400 and _POST_ONE_LINE.search(s):
        return "post", "an embedded social-media post with its signature, on one line"
    if _is_date_line(head, f):
        return "dateline", "publication/update date line"
    if short and all(w.lower() in F.SHARE_WORDS for w in WORD.findall(s)):
        return "share", "share/social buttons"
    if short and _SUMMARY_HEADING.match(head):
        return "summary-heading", "heading of a summary list"
    if short and _TEXT_MARKER.match(head) and (head.isupper() or head.rstrip(" .:")[-1:] in (":",) or head.endswith(":")):
        return "text-marker", "marks where the text begins (a database copy)"
    if short and _LIST_HEADING.match(head.strip(F.OPENERS + F.CLOSERS + " ")):
        return "list-heading", "heading of a list of other stories"
    if f.words <= 40 and "," in s and _is_tags(s, f):
        return "tags", "comma-separated tag list"
    if f.words <= 12 and _PROMO.search(head):
        return "promo", "promo/subscription/navigation wording"
    if short and _VIDEO_LINE.search(head):
        return "video", "video player label"
    return None


def content_stems(text: str) -> set[str]:
    """The content words of a text, cut to five letters ("plunge", "plunged" -> "plung")."""
    return {w[:5] for w in (t.lower() for t in WORD.findall(text))
            if len(w) >= 4 and not w.isdigit() and w not in F.FUNCTION_WORDS}
