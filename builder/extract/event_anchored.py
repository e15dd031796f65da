"""Times anchored to another happening of the story: "two hours after his tweet",
"shortly after the ruling", "a day before the vote", "three weeks before he died".

Such a time has no date of its own; it takes the date of the happening it names when the
story dates that happening to the day elsewhere: a sentence holding a day ("The court
ruled on Monday") and a word of the same stem as the anchor's ("ruling" / "ruled",
"tweet" / "tweeted"). The offset decides the date and its precision: minutes, hours,
"shortly", "moments" keep the anchor's day; a day, a night, "the morning after" move it
one day, "three days" three; a number of weeks gives the month the shift lands in. An
anchor the story does not date, or dates to more than one day, dates nothing; vague
offsets ("weeks before the election", "months after") are left alone.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from datetime import date, timedelta

from .event_checks import is_verb
from .timex import Timex
from .timex.context import sentence_bounds

__all__ = ["anchored_times"]

_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
            "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_SP = r"[ \t\u00a0]{1,3}"
_ANCHORED = re.compile(
    rf"(?<![\w-])(?P<off>(?:(?:just|only|about|some|roughly|nearly|almost|barely|not{_SP}a{_SP}full|"
    rf"not{_SP}even{_SP}a|less{_SP}than(?:{_SP}an?)?){_SP})?"
    rf"(?:(?P<soon>shortly|soon|moments|minutes|hours)"
    rf"|(?P<n>an?|one|two|three|four|five|six|seven|eight|nine|ten|\d{{1,2}}){_SP}"
    rf"(?P<unit>minutes?|hours?|days?|nights?|weeks?)"
    rf"|(?:the|one){_SP}(?P<part>day|night|morning|afternoon|evening)))"
    rf"{_SP}(?P<dir>after|before){_SP}(?P<anchor>[^.,;:!?\n\"“”]{{2,80}})",
    re.IGNORECASE)
# words of an anchor phrase that name no happening
_NOT_HEADS = frozenset("""the a an his her their its our my your this that these those he she
they it we i you him them initial first last final latest recent previous next same
being was were is are be been had has have did do does said says would could will
other another more most all some any both each even also just then still""".split())
_WORD = re.compile(r"[A-Za-z][a-z]+")
_WORD_OR_MARK = re.compile(r"[A-Za-z][\w'’/-]*|[^\w\s]")
_NEAR = 8           # how many words either side of a date a verb may name what it dates
_BESIDE = 3         # ... and any other word
_SUFFIXES = ("ments", "ment", "ings", "ing", "ions", "ion", "ers", "er", "ed", "es", "s", "e")
_DAY_VALUE = re.compile(r"\d{4}-\d{2}-\d{2}(?![\d-])")


def _stem(word: str) -> str:
    w = word.lower()
    for suffix in _SUFFIXES:
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            return w[: -len(suffix)]
    return w


_BOUNDARY_WORDS = frozenset("""in on at of to for and but or when while that by with as from
during against over amid""".split())


def _head(anchor: str) -> re.Match | None:
    """The word naming the anchor happening: the first that ends a noun phrase (a comma,
    a preposition, a conjunction or the end follows it: "his initial tweet, ...", "the
    attack in ..."). A clause ("after the governor threw his support") is left alone: its
    subject is no happening. The word is lower-case (a name recurs in sentences about
    other things), no function word, no adverb."""
    words = list(_WORD_OR_MARK.finditer(anchor))
    for i, m in enumerate(words[:5]):
        if not m.group()[0].isalpha():
            return None
        nxt = words[i + 1].group() if i + 1 < len(words) else ""
        if nxt and nxt[0].isalpha() and nxt.lower() not in _BOUNDARY_WORDS:
            continue
        w = m.group()
        if w.lower() in _NOT_HEADS or w[0].isupper() or w.endswith("ly") or len(w) < 4:
            return None
        return m
    return None


def _clause_words(anchor: str) -> list[str]:
    """The words of an anchor clause ("the polls closed", "the governor threw his
    support behind him") that may name its happening: its first content words."""
    return [w for w in _WORD.findall(anchor)[:6]
            if w.lower() not in _NOT_HEADS and not w[0].isupper() and not w.endswith("ly") and len(w) >= 4]


def _near_words(text: str, s: int, e: int, t: Timex) -> set[str]:
    """The words of a dated sentence that may name what its date dates: a verb in the
    past within a few words ("The court ruled on Monday"), any word right beside it
    ("the attacks on Friday"; not "the attacks reframed the contest Saturday")."""
    before, after = _WORD.findall(text[s:t.start])[-_NEAR:], _WORD.findall(text[t.end:e])[:_NEAR]
    beside = before[-_BESIDE:] + after[:_BESIDE]
    return set(beside) | {w for w in before + after if w.endswith("ed")}


def _shift(m: re.Match, day: date) -> tuple[str, str] | None:
    """The (value, precision) the offset gives from the anchor's day."""
    sign = -1 if m.group("dir").lower() == "before" else 1
    if m.group("soon"):
        return day.isoformat(), "day"
    if m.group("part"):
        return (day + timedelta(days=sign)).isoformat(), "day"
    n_word, unit = m.group("n").lower(), m.group("unit").lower().rstrip("s")
    n = int(n_word) if n_word.isdigit() else _NUMBERS.get(n_word)
    if n is None:
        return None
    if unit in ("minute", "hour"):
        return day.isoformat(), "day"
    if unit in ("day", "night"):
        return (day + timedelta(days=sign * n)).isoformat(), "day"
    shifted = day + timedelta(weeks=sign * n)
    return f"{shifted.year:04d}-{shifted.month:02d}", "month"


def _written_anchor(text: str, m: re.Match, t: Timex) -> Timex | None:
    """The anchored time when its anchor carries its own day, the sentence's only date:
    "Three days after the firm's Feb. 10 announcement, Jo Roe ..." (Feb. 13); the day
    must open the anchor's noun phrase (a few words in, no punctuation before it)."""
    if not _DAY_VALUE.match(t.value) or not m.start("anchor") <= t.start <= m.start("anchor") + 40:
        return None
    lead = text[m.start("anchor"):t.start]
    words = lead.split()
    if len(words) > 5 or re.search(r"[,;:()\"“”]", lead) or any(is_verb(w) for w in words):
        return None                           # "shortly after news broke on Monday": a clause's date
    shifted = _shift(m, date.fromisoformat(t.value[:10]))
    if shifted is None:
        return None
    start, end = m.start("off"), t.end
    rest = re.match(r"(?:[’']s)?(?:[ \t\u00a0]+(?!(?:he|she|they|it|we|you|i|the|a|an)\b)[a-z][\w’'-]*){1,3}"
                    r"(?=[,;:!?]|\.(?:\s|$))", text[end:end + 50]) \
        or re.match(r"(?:[’']s)?[ \t\u00a0]+(?!(?:" + "|".join(_BOUNDARY_WORDS) + r")\b)[a-z][\w’'-]*",
                    text[end:end + 50])
    end += rest.end() if rest else 0          # the anchor's noun: "... Feb. 10 announcement"
    return Timex(start, end, text[start:end], "DATE", shifted[0])


def anchored_times(text: str, timexes: list[Timex]) -> list[Timex]:
    """``timexes`` (sorted, dated) with a Timex for each anchored time whose anchor the
    story dates to one day; an anchored time overlapping a written date is left out."""
    found: list[Timex] = []
    days_of: dict[str, set[date]] = {}      # stem -> the days of the sentences holding it
    for t in timexes:
        if _DAY_VALUE.match(t.value):
            s, e = sentence_bounds(text, t.start, t.end)
            d = date.fromisoformat(t.value[:10])
            for w in _near_words(text, s, e, t):
                days_of.setdefault(_stem(w), set()).add(d)
    starts = [t.start for t in timexes]
    for m in _ANCHORED.finditer(text):
        start = m.start("off")
        s, e = sentence_bounds(text, start, m.end("dir"))
        lo, hi = bisect_left(starts, s), bisect_left(starts, e)
        if hi - lo == 1 and (own := _written_anchor(text, m, timexes[lo])) is not None:
            found.append(own)                 # "three days after the firm's Feb. 10 announcement"
            continue
        if lo != hi:
            continue                          # the sentence dates itself
        anchor = m.group("anchor")
        head = _head(anchor)
        days = days_of.get(_stem(head.group()), set()) if head is not None else set()
        if days:
            end = m.start("anchor") + head.end()
        else:                                 # a clause: its words agree on one day
            days = set().union(*(days_of.get(_stem(w), set()) for w in _clause_words(anchor)))
            end = m.start("anchor") + len(anchor.rstrip())
        shifted = _shift(m, next(iter(days))) if len(days) == 1 else None
        if shifted is not None:
            found.append(Timex(start, end, text[start:end], "DATE", shifted[0]))
    if not found:
        return timexes
    return sorted(timexes + found, key=lambda t: t.start)
