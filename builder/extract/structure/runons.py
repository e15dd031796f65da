"""A body paragraph that is a whole article run together: a copy that lost its paragraph
breaks (a database export, a wire text joined into one block, a paste from a PDF).

Read as one paragraph, it gives the reader one wall of text with one anchor, and every
later stage treats the whole story as one paragraph (who "he" is, which date a clause
takes). So a paragraph longer than ``RUN_ON_MIN_CHARS`` with at least
``RUN_ON_MIN_SENTENCES`` sentences, holding most of the body's text, is split at its sentence ends, one sentence a
paragraph, as wire copy is written. Never inside a quotation; and a quotation split by
its attribution stays whole ("A," she said. "B." is one paragraph). The words are kept
exactly; only the breaks are new, and the article notes it so the editor can check.
"""
from __future__ import annotations

import re

RUN_ON_MIN_CHARS = 1500
RUN_ON_MIN_SENTENCES = 8
RUN_ON_MIN_SHARE = 0.6       # of the body's characters: the text lost its breaks

# a sentence end: . ! ? (and closing quotes or brackets), spaces, then a capital, a digit or
# an opening quote; not after an abbreviation ("Mr.", "Jan.", "U.S.") or an initial ("J.")
_END = re.compile(r"[.!?](?:[\"'”’)\]]|''){0,3}\s+(?=(?:[\"“‘(\[]|``){0,2}[A-Z0-9])")
_ABBREVIATION = re.compile(
    r"(?:^|[\s(])(?:[A-Z]|[A-Za-z]\.[A-Za-z]|Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Sen|Rep|Gov|Lt|Col|Sgt|"
    r"Capt|Maj|Adm|Prof|Rev|Co|Corp|Inc|Ltd|No|vs|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|"
    r"Nov|Dec|Mass|Calif|Fla|Ill|Wash|Ariz|Colo|Conn|Mich|Minn|Penn|Tenn|Va)\.$")
# the attribution that ends the first part of a split quotation: '"A," she said.'
_ATTRIBUTION_END = re.compile(
    r"(?:[”\"]|'')\s+(?:[\w.’'-]+\s+){1,5}(?:said|says|added|adds|asked|asks|told\s[\w\s]{1,30}|"
    r"explained|continued|insisted|noted|declared|wrote|writes|recalled|argued)\.$")
_OPENS_QUOTE = re.compile(r"(?:[\"“‘]|``)")


def _quote_balance(text: str) -> tuple[int, int]:
    """(curly or typewriter quotations opened minus closed, straight quote marks) in ``text``."""
    return (text.count("“") + text.count("``") - text.count("”") - text.count("''"),
            text.count('"'))


def split_run_on(paragraph: str) -> list[str]:
    """The paragraph's sentences as paragraphs, or the paragraph itself when it is not a
    run-on (see the module docstring). Linear: each stretch between two sentence ends is
    looked at once."""
    if len(paragraph) < RUN_ON_MIN_CHARS:
        return [paragraph]
    cuts = [m.end() for m in _END.finditer(paragraph)
            if not _ABBREVIATION.search(paragraph[max(0, m.start() - 8):m.start() + 1])]
    if len(cuts) + 1 < RUN_ON_MIN_SENTENCES:
        return [paragraph]
    out: list[str] = []
    start = last = curly = straight = 0
    for cut in cuts:
        c, s = _quote_balance(paragraph[last:cut])
        curly, straight, last = curly + c, straight + s, cut
        if curly > 0 or straight % 2:
            continue                                # inside a quotation: no break
        chunk = paragraph[start:cut]
        if _OPENS_QUOTE.match(paragraph, cut) and _ATTRIBUTION_END.search(chunk[-200:].rstrip()):
            continue                                # '"A," she said. "B."' stays whole
        out.append(chunk.strip())
        start, curly, straight = cut, 0, 0
    out.append(paragraph[start:].strip())
    return [p for p in out if p]


def split_run_ons(paragraphs: list[str], at: list[int]) -> tuple[list[str], list[int], int]:
    """Every paragraph that holds most of the body's text (``RUN_ON_MIN_SHARE``) through
    ``split_run_on``, with the line each came from (``at``); also how many were split. A
    long paragraph among others is the writer's: it stays as written."""
    out: list[str] = []
    lines: list[int] = []
    split = 0
    total = sum(len(p) for p in paragraphs) or 1
    at = list(at) + [-1] * (len(paragraphs) - len(at))      # every line kept: no line numbers
    for p, line in zip(paragraphs, at):
        parts = split_run_on(p) if len(p) >= RUN_ON_MIN_SHARE * total else [p]
        split += len(parts) > 1
        out.extend(parts)
        lines.extend([line] * len(parts))
    return out, lines, split
