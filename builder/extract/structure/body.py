"""The article's own text (pass 2 of the structure stage): the maximum-weight run of lines
is the main text; inside it, prose lines are paragraphs and headline-like lines are
related-story links; the lines outside it are named.
"""
from __future__ import annotations

from .lines import COUNT, Feat, headline_like, is_prose

# classes that are never body text, and how strongly each marks the edge of the body
EDGE = {"byline", "dateline", "print-headline", "copyright", "tags"}
FURNITURE_WEIGHT = -3.0
EDGE_WEIGHT = -25.0
HEADLINE_LIKE_WEIGHT = -3.0
MAX_LINE_WEIGHT = 120.0


def _weight(f: Feat, c: str) -> float:
    if c in ("blank", "bullet", "post-signature"):
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
        w = _weight(f, c)
        if run <= 0:
            if w <= 0:
                continue
            run, run_start = 0.0, i
        run += w
        if run > best:
            best, best_range = run, (run_start, i)
    return best_range


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
