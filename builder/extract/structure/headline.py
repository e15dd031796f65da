"""Choosing the headline: the most plausible line, never a refusal.

The plain rule (``header.walk``) takes the first headline-like line above the body. On
pages it does not fit — a headline ending in "?" or ".", a clean copy whose first line is
the headline, a headline behind a long menu or inside a list the page prints around it,
a photo caption or a "related" link standing between it and the text — every plausible
line above the body is scored by a table of small signals (below), and the best one wins:

* it shares content words with the opening paragraphs (the strongest sign);
* a byline or a date line stands just below it (or just above it);
* it is the plain rule's choice, or the first line of the text;
* it is near the body; it is not an item of a list, a caption, a shouted label or a name.

When no line is plausible, the text's first words are the headline. Whatever is chosen
in any way but the plain rule is said in ``Choice.how``, for the editor's note.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from ...rules import furniture as F
from .lines import DATELINE, WORD, Feat, content_stems, is_prose

# lines that are neither text nor a sign of where the headline is (buttons, ads, blanks)
NOISE = {"blank", "share", "promo", "ad", "gallery", "credit", "comments", "video", "copyright",
         "duplicate"}
# classes a headline can have been given by the earlier passes (a list item, a card
# summary, a short label, a line the page repeats, a caption guessed from its neighbour)
CANDIDATE = {"", "related", "repeated", "standfirst", "teaser", "label", "caption"}
# the caption a neighbouring name made (a headline above its author's name looks the same)
WEAK_CAPTION = "photo caption above its credit"
LISTED = {"related", "standfirst", "teaser"}
META = {"byline", "dateline"}

_NOT_HEADLINE = re.compile("|".join(f"(?:{p})" for p in F.NOT_HEADLINE), re.IGNORECASE)
_SENTENCE_END = re.compile(r"(?<=[a-z]{2}[.!?])[\u201d\u2019\"')]?\s+(?=[\u201c\u2018\"'(]?[A-Z])")


@dataclass
class Choice:
    at: int                 # the headline's line, -1 when made from the text's first words
    title: str | None
    how: str = ""           # "" when the plain rule chose it; otherwise the editor's note


@dataclass
class _Page:
    """What the signals read: the lines, their classes and the body's place."""
    feats: list[Feat]
    cls: list[str]
    start: int               # first line of the body
    plain_at: int            # the plain rule's headline, -1 when none
    lede: set[str]           # content stems of the opening paragraphs
    counts: dict[str, int]   # how often each line's text is printed on the page
    text_lines: list[int]    # lines above the body that are not noise, in order


def choose(feats: list[Feat], cls: list[str], start: int, end: int, plain_at: int) -> Choice:
    """The most plausible headline above the body (``start``..``end``), or the body's first
    line when the text is a clean copy opening with its headline."""
    page = _Page(feats, cls, start, plain_at, _lede(feats, cls, start, end),
                 Counter(f.text for f in feats if f.text),
                 [i for i in range(start) if cls[i] not in NOISE])
    candidates = [i for i in page.text_lines[-F.HEADLINE_SCAN_LINES:] if _plausible(page, i)]
    if not candidates and plain_at >= 0:
        candidates = [plain_at]        # the plain rule's line, though it looks like no headline
    lead = _lead_line(page, end) if plain_at < 0 and not candidates else -1
    if lead >= 0:
        return Choice(lead, feats[lead].text, "the first line of the text is taken for the "
                      f"headline{_ending(feats[lead].text)}")
    if not candidates:
        return _first_words(feats, cls, start, end)
    scored = sorted(((_score(page, i), -abs(start - i), i) for i in candidates), reverse=True)
    best = scored[0][2]
    if best == plain_at:
        return Choice(best, feats[best].text)
    reasons = [why for signal, weight, why in _SIGNALS if why and signal(page, best) > 0]
    said = " and ".join(reasons) if reasons else "the most plausible"
    n = len(candidates)
    return Choice(best, feats[best].text, f"the headline was chosen among {n} headline-like "
                  f"line{'s' if n > 1 else ''} above the text: it {said}")


def _ending(text: str) -> str:
    core = text.rstrip(F.CLOSERS + " ")
    return f" (it ends with \u201c{core[-1]}\u201d)" if core and core[-1] in ".?!;:" else ""


# ---- which lines can be a headline ----------------------------------------------------


def _shaped(f: Feat, max_words: int = F.HEADLINE_MAX_WORDS) -> bool:
    """A headline's shape: a few words, mostly letters, not a link, a label or a fragment."""
    s = f.text
    if not F.HEADLINE_MIN_WORDS <= f.words <= max_words or "http" in s or "www." in s:
        return False
    words = WORD.findall(s)
    if sum(w.isalpha() for w in words) * 2 < len(words):
        return False
    first = s.lstrip(F.OPENERS + " ")[:1]
    if not (first.isupper() or first.isdigit()) or s.endswith((",", ":", "...", "\u2026")):
        return False
    if s[0] in "-\u2013\u2014":          # "\u2014 Jane Roe on Sunday ...": an attribution line
        return False
    if f.sentences and f.words > 20:      # two sentences: a paragraph, not "Rep. Jane Roe ..."
        return False
    return not _NOT_HEADLINE.search(s)


def _plausible(page: _Page, i: int) -> bool:
    c = page.cls[i]
    if c not in CANDIDATE:
        return False
    if c == "standfirst":
        j = i - 1
        while j >= 0 and not page.feats[j].text:
            j -= 1
        if j >= 0 and page.cls[j] == "summary-heading":
            return False                # an item under "Key points" or "ABSTRACT."
    return _shaped(page.feats[i]) and not (c == "caption" and not _weak_caption(page, i))


def _weak_caption(page: _Page, i: int) -> bool:
    """A caption only because a short name line follows it (maybe its author's)."""
    from_credit = page.cls[i + 1] == "credit" if i + 1 < len(page.cls) else False
    return from_credit and not page.feats[i].ends_sentence


def _lead_line(page: _Page, end: int) -> int:
    """The body's first line when the text opens with its headline: nothing but buttons and
    labels above it, a short line, and paragraphs after it (one of the next three longer)."""
    i, feats = page.start, page.feats
    if i > end or any(feats[j].words > 3 for j in page.text_lines):
        return -1
    f = feats[i]
    if not _shaped(f, F.LEAD_HEADLINE_MAX_WORDS) or DATELINE.match(f.text[:200]):
        return -1
    after = [j for j in range(i + 1, min(end, i + 12) + 1) if page.cls[j] not in NOISE][:3]
    if not after or not is_prose(feats[after[0]]):
        return -1
    return i if max(feats[j].words for j in after) > f.words else -1


def _first_words(feats: list[Feat], cls: list[str], start: int, end: int) -> Choice:
    """No line can be the headline: the first sentence of the text (its first 15 words)."""
    first = start if start <= end else next((i for i, f in enumerate(feats) if f.text), -1)
    if first < 0:
        return Choice(-1, None)
    text = _SENTENCE_END.split(feats[first].text, 1)[0]
    words = text.split()
    if len(words) > 15:
        text = " ".join(words[:15]).rstrip(",;:") + "\u2026"
    return Choice(-1, text, "no line of the text reads as a headline: its first words are "
                  "used; write one")


# ---- the signals ------------------------------------------------------------------------


def _lede(feats: list[Feat], cls: list[str], start: int, end: int) -> set[str]:
    words: list[str] = []
    for i in range(start, end + 1):
        if cls[i] in ("", "teaser", "related") and is_prose(feats[i]):
            words += feats[i].text.split()[:80]
            if len(words) >= 120:
                break
    return content_stems(" ".join(words))


def _lede_overlap(page: _Page, i: int) -> float:
    """The share of the line's content words the opening paragraphs use, less for a line
    of one to three (a section label's few words are all in the text as well)."""
    stems = content_stems(page.feats[i].text)
    if not stems:
        return 0.0
    return len(stems & page.lede) / len(stems) * min(1.0, len(stems) / 4)


def _near(page: _Page, i: int, step: int, reach: int) -> float:
    """1 when a byline or date line is among the ``reach`` text lines below (step 1) or
    above (step -1) line ``i``, before the body."""
    j, seen = i + step, 0
    while 0 <= j < page.start and seen < reach:
        c = page.cls[j]
        if c in META:
            return 1.0
        if c not in NOISE and c != "caption":
            seen += 1
        j += step
    return 0.0


def _meta_below(page: _Page, i: int) -> float:
    return _near(page, i, 1, 4)


def _after_meta(page: _Page, i: int) -> float:
    """A byline or date line just above and none below: the line comes after the header
    (a caption, a video's title, a subhead), since the header's meta follows its headline."""
    return 1.0 if _near(page, i, -1, 2) and not _near(page, i, 1, 4) else 0.0


def _plain(page: _Page, i: int) -> float:
    return 1.0 if i == page.plain_at else 0.0


def _distance(page: _Page, i: int) -> float:
    """Text lines between the line and the body (a headline stands close to its text)."""
    lines = page.text_lines
    k = len(lines)
    while k > 0 and lines[k - 1] > i:
        k -= 1
    return min(30.0, float(len(lines) - k))


def _listed(page: _Page, i: int) -> float:
    return 1.0 if page.cls[i] in LISTED or page.cls[i] == "caption" else 0.0


def _short(page: _Page, i: int) -> float:
    return 1.0 if page.feats[i].words < 5 else 0.0


def _shouted(page: _Page, i: int) -> float:
    return 1.0 if page.feats[i].text.isupper() else 0.0


def _full_stop(page: _Page, i: int) -> float:
    """A sentence with a full stop: a standfirst more often than a headline (more so when
    it is long)."""
    f = page.feats[i]
    if not f.text.rstrip(F.CLOSERS + " ").endswith("."):
        return 0.0
    return 2.0 if f.words > 15 else 1.0


def _standfirst_below(page: _Page, i: int) -> float:
    """The next text line is longer, and not a list's next item: the standfirst (or a
    subhead) below the headline."""
    j = next((j for j in page.text_lines if j > i), -1)
    if j < 0 or page.cls[j] not in ("", "teaser", "label", "standfirst") or _in_list(page, j):
        return 0.0
    return 1.0 if page.feats[j].words > page.feats[i].words else 0.0


def _in_list(page: _Page, i: int) -> float:
    """One of four or more headline-shaped lines in a row (no blank line between): an item
    of a list of other stories or videos."""
    feats, n = page.feats, len(page.feats)

    def listed(j: int) -> bool:
        return 0 <= j < n and feats[j].text != "" and page.cls[j] in ("", "related", "label") \
            and _shaped(feats[j]) and not feats[j].ends_sentence

    if not listed(i):
        return 0.0
    run = 1
    for step in (-1, 1):
        j = i + step
        while listed(j) and run < 4:
            run, j = run + 1, j + step
    return 1.0 if run >= 4 else 0.0


def _repeated(page: _Page, i: int) -> float:
    """A long line the page prints a few times: its headline, in the breadcrumbs, the title
    bar and the share text (a menu's labels are short, or printed on every item)."""
    f = page.feats[i]
    return 1.0 if f.words >= 4 and 3 <= page.counts.get(f.text, 0) <= 6 else 0.0


def _names_only(page: _Page, i: int) -> float:
    """Capitalised words joined by a lower-case "and": names in a byline or a credit ("Jane
    Roe and John Doe Example Times"), not a headline."""
    words = WORD.findall(page.feats[i].text)
    return 1.0 if all(w[0].isupper() or w in F.NAME_JOINERS for w in words) \
        and any(w in ("and", "&") for w in words) else 0.0


# (signal, weight, what the editor's note says when it counted for the chosen line)
_SIGNALS = [
    (_lede_overlap, 3.0, "shares words with the opening paragraphs"),
    (_meta_below, 2.0, "stands above the byline or date line"),
    (_after_meta, -1.0, ""),
    (_standfirst_below, 1.0, "stands above a standfirst"),
    (_plain, 1.0, "is the nearest headline-like line above the text"),
    (_repeated, 1.5, "is printed several times on the page"),
    (_in_list, -1.5, ""),
    (_distance, -0.05, ""),
    (_listed, -1.0, ""),
    (_short, -0.5, ""),
    (_shouted, -0.5, ""),
    (_full_stop, -0.5, ""),
    (_names_only, -1.5, ""),
]


def _score(page: _Page, i: int) -> float:
    return sum(weight * signal(page, i) for signal, weight, _ in _SIGNALS)
