"""Quote marks -> quoted spans of one paragraph.

Curly marks say which way they face; straight ``"`` marks are read from what stands
either side (a space before and a letter after opens, the reverse closes). A new
opening mark inside an open quote ends the open one there (copied text often drops a
closing mark where the original had a paragraph break). A quote still open at the end
of the paragraph runs to the end (``closed`` is False): news style continues a quote
over paragraphs by opening every paragraph and closing only the last. A paragraph whose
first mark is a closing one continues a quote from the paragraph before.

Single curly marks count as quotes only in a paragraph with no double marks (British
style); inside double quotes they are quotes within the quote and stay part of it.
Straight single marks, in a paragraph with no other marks, count only where they cannot
be apostrophes (``_straight_singles``).
Everything runs in one pass over the characters: bounded time on any input.
"""
from __future__ import annotations

from dataclasses import dataclass

import re

from ...rules.speech import CLOSE_DOUBLE, CLOSE_SINGLE, OPEN_DOUBLE, OPEN_SINGLE, STRAIGHT_DOUBLE
from ...rules.speech_verbs import VERB_FORMS

_SPACE_BEFORE = set("([{<—–-/:;\u00a0")
_SPACE_AFTER = set(",.;:!?)]}>—–-…\u00a0")


@dataclass
class Span:
    """One quotation: ``start``/``end`` bound the words inside the marks."""

    start: int
    end: int
    mark_start: int          # where the opening mark is (== start when there is none)
    mark_end: int            # just after the closing mark (== end when there is none)
    closed: bool = True      # False: runs to the end of the paragraph
    continued: bool = False  # True: no opening mark, continues the previous paragraph
    single: bool = False     # single marks ‘…’


def _open_side(text: str, i: int) -> bool:
    return i == 0 or text[i - 1].isspace() or text[i - 1] in _SPACE_BEFORE


def _close_side(text: str, i: int) -> bool:
    return i + 1 >= len(text) or text[i + 1].isspace() or text[i + 1] in _SPACE_AFTER


def _role(text: str, i: int) -> str:
    ch = text[i]
    before, after = _open_side(text, i), _close_side(text, i)
    if ch in OPEN_DOUBLE:
        # a left mark used where a right one belongs ("word“ next")
        return "close" if (after and not before) else "open"
    if ch in CLOSE_DOUBLE:
        return "open" if (before and not after) else "close"
    if before and not after:
        return "open"
    if after and not before:
        return "close"
    return "either"


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    # the comma before the closing mark belongs to the attribution, not the speaker
    while b > a and text[b - 1] in ",":
        b -= 1
        while b > a and text[b - 1].isspace():
            b -= 1
    return a, b


def _pair(text: str, marks: list[tuple[int, str, int]], single: bool) -> list[Span]:
    """marks: (index, role, length) of each quote mark, in order."""
    spans: list[Span] = []
    cur: int | None = None      # index of the open mark
    cur_len = 1
    first = True
    for i, role, size in marks:
        if cur is None:
            if role == "close" and first and not single:
                a, b = _trim(text, 0, i)
                if b > a:
                    spans.append(Span(a, b, a, i + size, closed=True, continued=True))
            elif role in ("open", "either"):
                cur, cur_len = i, size
        else:
            if role in ("close", "either"):
                a, b = _trim(text, cur + cur_len, i)
                if b > a:
                    spans.append(Span(a, b, cur, i + size, single=single))
                cur = None
            else:  # a new quote opens while one is open: the open one ends here
                a, b = _trim(text, cur + cur_len, i)
                if b > a:
                    spans.append(Span(a, b, cur, b, closed=False, single=single))
                cur, cur_len = i, size
        first = False
    if cur is not None:
        a, b = _trim(text, cur + cur_len, len(text))
        if b > a:
            spans.append(Span(a, b, cur, b, closed=False, single=single))
    return spans


def _double_marks(text: str) -> list[tuple[int, str, int]]:
    out: list[tuple[int, str, int]] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        pair = text[i:i + 2]
        if text[i:i + 3] in ("'''", "’’’") and (i + 3 >= n or not text[i + 3].isalpha()):
            # a single quote closing inside a double one (‘‘... ’old-school,’’’): the
            # last two marks are the double one; opening (‘‘’Fox...) the first two
            if _open_side(text, i):
                out.append((i, "open", 2))
            else:
                out.append((i + 1, "close", 2))
            i += 3
            continue
        if pair in ("’’", "''") and (i == 0 or not text[i - 1].isalpha() or i + 2 >= n
                                    or not text[i + 2].isalpha()):
            # two single marks standing for a double one (wire copy: ‘‘...’’); spaced on
            # both sides ("yet, '' said Doe") it closes an open quote, else opens one
            after = i + 2 >= n or text[i + 2].isspace() or text[i + 2] in _SPACE_AFTER
            role = "close" if not _open_side(text, i) else "either" if after else "open"
            out.append((i, role, 2))
            i += 2
            continue
        if pair in ("‘‘", "``"):
            out.append((i, "open", 2))
            i += 2
            continue
        if ch in OPEN_DOUBLE or ch in CLOSE_DOUBLE or ch in STRAIGHT_DOUBLE:
            out.append((i, _role(text, i), 1))
        i += 1
    return out


def find_quotes(text: str) -> list[Span]:
    """The quoted spans of one paragraph, in order."""
    doubles = _double_marks(text)
    if doubles:
        return _pair(text, doubles, single=False)
    singles: list[tuple[int, str, int]] = []
    for i, ch in enumerate(text):
        if ch == OPEN_SINGLE and _open_side(text, i):
            singles.append((i, "open", 1))
        elif ch == CLOSE_SINGLE and not _open_side(text, i) and _close_side(text, i):
            # "countries’ ties" is a possessive, not a closing mark, unless a quote is open
            singles.append((i, "close", 1))
    if not singles:
        return _straight_singles(text) or _dialogue_dash(text)
    spans = _pair(text, singles, single=True)
    # a stray possessive can close early; keep only spans that look like speech
    return [s for s in spans if s.closed or len(text[s.start:s.end].split()) >= 3]


_DASH_OPENING = re.compile(r"[—–]\s+(?=\S)")
_WORD = re.compile(r"[A-Za-z][\w’'.-]*")
DASH_CUE_WORDS = 6       # words between the comma and the speech verb at most


def _dialogue_dash(text: str) -> list[Span]:
    """Dialogue set off by a dash instead of quote marks ("— We asked for help, Mr Brandt
    said."): the words between the dash and the comma before a speech verb, when the
    paragraph has no quote marks at all."""
    m = _DASH_OPENING.match(text)
    if m is None:
        return []
    start = m.end()
    for comma in range(start, min(len(text), start + 600)):
        if text[comma] != ",":
            continue
        words = _WORD.findall(text[comma + 1:comma + 80])[:DASH_CUE_WORDS]
        if any(VERB_FORMS.get(w.lower().rstrip("."), ("", ""))[1] in ("report", "manner")
               for w in words) \
                and comma - start >= 8:
            return [Span(start, comma, m.start(), comma)]
        break
    return []


def _straight_singles(text: str) -> list[Span]:
    """British copy typed with straight single marks ('We are ready,' he said). The mark
    is also the apostrophe ("it's", "voters' rights", "rock 'n' roll", "the '90s"), so
    a quote opens only before a letter or a digit after a space, closes only after a
    stop or a comma or before a punctuation mark, and counts only when closed and at
    least two words long."""
    if "'" not in text:
        return []
    marks: list[tuple[int, str, int]] = []
    for i, ch in enumerate(text):
        if ch != "'":
            continue
        nxt = text[i + 1] if i + 1 < len(text) else ""
        prev = text[i - 1] if i else ""
        if _open_side(text, i) and nxt.isalpha():
            marks.append((i, "open", 1))
        elif prev and not prev.isspace() and (prev in ",.?!…" or (
                _close_side(text, i) and nxt and not nxt.isspace() and not nxt.isalnum())):
            marks.append((i, "close", 1))
    spans = _pair(text, marks, single=True)
    return [s for s in spans if s.closed and len(text[s.start:s.end].split()) >= 2
            and text[s.mark_start] == "'"]
