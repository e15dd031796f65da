"""The article's own text (pass 2 of the structure stage): the maximum-weight run of lines
is the main text; inside it, prose lines are paragraphs and headline-like lines are
related-story links; the lines outside it are named.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from ...model import Caption
from ...rules import furniture as F
from .header import read_caption
from .lines import COUNT, NUMBERED_SUBHEAD, Feat, headline_like, is_prose

# classes that are never body text, and how strongly each marks the edge of the body
EDGE = {"byline", "dateline", "print-headline", "copyright", "tags"}
FURNITURE_WEIGHT = -3.0
EDGE_WEIGHT = -25.0
HEADLINE_LIKE_WEIGHT = -3.0
MAX_LINE_WEIGHT = 120.0


def _weight(f: Feat, c: str) -> float:
    if c in ("blank", "bullet", "post-signature", "post"):
        return 0.0
    if c == "teaser":
        return -FURNITURE_WEIGHT
    if c in ("", "duplicate", "related") and is_prose(f) and c != "duplicate":
        return min(float(f.words), MAX_LINE_WEIGHT)
    if c in EDGE or c == "comments" and not COUNT.match(f.text):
        return EDGE_WEIGHT
    if c in ("", "related", "duplicate"):
        return HEADLINE_LIKE_WEIGHT
    return FURNITURE_WEIGHT


def main_region(feats: list[Feat], cls: list[str]) -> tuple[int, int]:
    """First and last line of the maximum-weight run (empty run: (0, -1))."""
    best, best_range = 0.0, (0, -1)
    run, run_start = 0.0, 0
    for i, f in enumerate(feats):
        c = cls[i]
        if c == "blank":
            continue   # weighs nothing
        if c == "tail":
            run = 0.0          # nothing after "About Acme Corp." or "###" joins the text
            continue
        w = _weight(f, c)
        if run <= 0:
            if w <= 0:
                continue
            run, run_start = 0.0, i
        run += w
        if run > best:
            best, best_range = run, (run_start, i)
    return best_range


@dataclass
class Body:
    start: int
    end: int
    paragraphs: list[str] = field(default_factory=list)
    captions: list[Caption] = field(default_factory=list)
    related: list[str] = field(default_factory=list)
    at: list[int] = field(default_factory=list)      # the line of each paragraph


def assemble(feats: list[Feat], cls: list[str], why: list[str], start: int, end: int,
             title: str | None) -> Body:
    """The main text's paragraphs, the captions between them (each before the paragraph
    that follows it) and the related-story links inside it."""
    body = Body(start, end)
    related_seen: set[str] = set()
    pending: list[Caption] = []
    seen_body: set[str] = set()
    for i in range(start, end + 1):
        f, c = feats[i], cls[i]
        if c in ("blank", "list-heading", "summary-heading", "headline", "text-marker"):
            continue
        if title is not None and f.text == title:
            cls[i], why[i] = "duplicate", "repeats the headline"
            continue
        if c == "caption":
            pending.append(read_caption(feats, cls, i))
            continue
        if c == "teaser" and body.paragraphs:
            continue   # a story card's summary inside the text (the first line is the text's own)
        reason = _paragraph_reason(f, c, why[i], bool(body.paragraphs))
        if reason:
            if f.text in seen_body:
                cls[i], why[i] = "duplicate", "repeats an earlier body paragraph"
                continue
            seen_body.add(f.text)
            cls[i], why[i] = "body", reason
            for cap in pending:
                cap.before = len(body.paragraphs)
                body.captions.append(cap)
            pending = []
            text = without_hover_cards(f.text)
            if text != f.text:
                why[i] = "prose line in the main text (a name's hover card glued into it is left out)"
            body.paragraphs.append(text)
            body.at.append(i)
        elif c in ("", "related"):
            cls[i] = "related"
            why[i] = why[i] or "short headline-like line between paragraphs"
            if f.text not in related_seen:
                related_seen.add(f.text)
                body.related.append(f.text)
    body.captions.extend(pending)
    _closing_bullets(feats, cls, why, body, seen_body)
    _drop_pull_quotes(body, cls, why)
    return body


_HOVER_START = re.compile(r"(?<=[a-z])(?=[A-Z])")
_NAME_WORDS = re.compile(r"(?:[A-Z][a-z.'\u2019-]*\s){1,3}([A-Z][a-z'\u2019]+(?:-[A-Z][a-z'\u2019]+)*)")


def without_hover_cards(text: str) -> str:
    """A paragraph without the hover cards a page glued into it after a name: "Gov. Jane
    RoeJane Lynn RoeTeaser one Teaser two MORE (R) said ..." -> "Gov. Jane Roe (R) said ..."
    (the name printed again, glued, then the card's links up to "MORE")."""
    if F.HOVER_CARD_END not in text:
        return text
    ends = [m.start() for m in re.finditer(re.escape(F.HOVER_CARD_END), text)]
    out, pos = [], 0
    for m in _HOVER_START.finditer(text):
        if m.start() < pos:
            continue
        name = _NAME_WORDS.match(text, m.start())
        before = text[max(0, m.start() - 40):m.start()].split()
        if not name or not before or before[-1] != name.group(1):
            continue          # the card opens with the name just printed (its surname)
        k = bisect.bisect_left(ends, name.end())
        if k == len(ends) or ends[k] > name.end() + F.HOVER_CARD_MAX_CHARS:
            continue
        end = ends[k]
        out.append(text[pos:m.start()])
        pos = end + len(F.HOVER_CARD_END)
    return "".join(out) + text[pos:] if out else text


def _paragraph_reason(f: Feat, c: str, why: str, after_text: bool) -> str | None:
    """Why a line of the main text is a paragraph, or None when it is not one."""
    if c == "bullet" or c in ("", "teaser") and is_prose(f):
        return why if c == "" and why else "prose line in the main text"
    if c == "" and NUMBERED_SUBHEAD.match(f.text) and f.words <= F.HEADLINE_MAX_WORDS:
        return "numbered subhead in the text"
    return None


def _closing_bullets(feats: list[Feat], cls: list[str], why: list[str], body: Body,
                     seen_body: set[str]) -> None:
    """A bulleted list closing the text belongs to it (bullets weigh nothing in the search)."""
    j = body.end + 1
    while body.paragraphs and j < len(feats) and cls[j] in ("blank", "bullet"):
        if cls[j] == "bullet" and feats[j].text not in seen_body:
            seen_body.add(feats[j].text)
            cls[j], why[j] = "body", "bulleted line closing the text"
            body.paragraphs.append(feats[j].text)
            body.at.append(j)
            body.end = j
        j += 1


# what a text with no recognisable article keeps as body: everything but these
_NEVER_TEXT = {"blank", "headline", "ad", "share", "promo", "gallery", "comments", "video"}


_TOKEN = re.compile(r"\w+")
PULL_QUOTE_MIN_WORDS = 8
PULL_QUOTE_MAX_WORDS = 40


def _drop_pull_quotes(body: Body, cls: list[str], why: list[str]) -> None:
    """A short paragraph whose words stand, in order, inside another paragraph is a pull
    quote the page set in large type (or a summary repeating the text): not a paragraph
    of its own. Found through each paragraph's first eight words, so the work stays linear."""
    words = [_TOKEN.findall(p.lower()) for p in body.paragraphs]
    starts: dict[tuple[str, ...], list[tuple[int, int]]] = {}
    for k, ws in enumerate(words):
        for j in range(len(ws) - PULL_QUOTE_MIN_WORDS + 1):
            places = starts.setdefault(tuple(ws[j:j + PULL_QUOTE_MIN_WORDS]), [])
            if len(places) < 8:
                places.append((k, j))
    drop = []
    for k, ws in enumerate(words):
        if not PULL_QUOTE_MIN_WORDS <= len(ws) <= PULL_QUOTE_MAX_WORDS:
            continue
        for other, j in starts.get(tuple(ws[:PULL_QUOTE_MIN_WORDS]), []):
            if other != k and len(words[other]) > len(ws) and words[other][j:j + len(ws)] == ws:
                drop.append((k, other))
                break
    for k, other in reversed(drop):
        i = body.at[k]
        cls[i], why[i] = "duplicate", "pull quote: its words stand in another paragraph"
        del body.paragraphs[k], body.at[k]
        for c in body.captions:
            if c.before is not None and c.before > k:
                c.before -= 1


def keep_every_line(feats: list[Feat], cls: list[str], why: list[str], title_at: int) -> Body:
    """No line reads as article text (a few words, a list, a page of furniture): rather
    than refuse it, keep its lines as the body, the editor's to trim. Lines that are
    only buttons and markers go first; if nothing else is left, every line stays (the
    headline's own line too, when it is the only one)."""
    lines = [i for i, f in enumerate(feats) if f.text]
    keep = [i for i in lines if i != title_at and cls[i] not in _NEVER_TEXT] or \
        [i for i in lines if i != title_at] or lines
    body = Body(keep[0], keep[-1]) if keep else Body(0, -1)
    seen: set[str] = set()
    for i in keep:
        if feats[i].text in seen:
            cls[i], why[i] = "duplicate", "repeats an earlier body paragraph"
            continue
        seen.add(feats[i].text)
        body.paragraphs.append(feats[i].text)
        cls[i], why[i] = "body", ("the only line of the text: headline and body" if i == title_at
                                  else "kept: no article text was recognised")
    return body


def label_rest(feats: list[Feat], cls: list[str], why: list[str], start: int, end: int) -> None:
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
            if in_list and after and headline_like(f):
                cls[i], why[i] = "next-in", "item of a list of other stories after the article"
            elif is_prose(f):
                cls[i], why[i] = "boilerplate", "prose outside the main text"
            else:
                cls[i], why[i] = "boilerplate", "short line outside the main text (menu, label, link)"
