"""Dated events of one article: every time expression that dates a happening.

The body is read as one text (paragraphs joined by blank lines) so that an anaphoric
expression at the start of a paragraph ("A day earlier, ...") can lean on the date the
previous paragraph gave. Each TIMEX3 that resolves to a calendar date becomes an event
with:

* ``date`` at the precision the text supports: ``YYYY-MM-DD`` for a day (a time of day
  is dropped), ``YYYY-MM`` for a month, ``YYYY`` for a year, quarter, half or season;
  a week (``last week``) becomes its month when the whole ISO week (Monday to Sunday)
  lies in one month, otherwise the year of its Thursday (the ISO week's own year);
* ``expression``: the time words as written, with their preposition ("on Monday",
  "back in July 2001" gives "in July 2001");
* ``paragraph``: 0-based index into the paragraphs;
* ``text``: the sentence around the expression, cut to the clauses around it when it is
  longer than ``MAX_TEXT`` characters, without dangling quote marks;
* ``people``: the known people (``people`` argument) and the people named with a title
  or an appositive role anywhere in the article ("President Zhou Ming",
  "Oleg Petrov, an associate professor") whose name or surname occurs in the sentence.

Not events: durations and sets ("seven years", "every week"), vague spans ("in recent
years"), PRESENT_REF / PAST_REF / FUTURE_REF, decades and centuries, unresolved values
(any relative expression when the article has no date), a year used as a label before a
noun ("the 2001 treaty", "the 2024 target"), a future deadline after "by" ("by 2024"),
and "today" inside a quotation (the speaker's present, not a dated happening).
"""
from __future__ import annotations

import functools
import re
from bisect import bisect_right
from datetime import date, timedelta

from ..model import Event
from ..rules.time_words import SCHEDULED_OCCASIONS
from .timex import Timex, find_timexes
from .timex.calendar import parse_dct
from .timex.context import sentence_bounds

try:                                    # name helpers shared with the quote attributor
    from .quotes.names import family_names, is_name_word, title_word
except ImportError:                     # pragma: no cover - keeps events usable alone
    family_names = None
    is_name_word = None
    title_word = None

MAX_TEXT = 200
PARAGRAPH_SEPARATOR = "\n\n"

_PREPOSITION = re.compile(
    r"(?<![\w’'])(?P<prep>(?i:on|in|at|since|by|until|till|from|during|before|after|through|"
    r"throughout|around|until|as of|as early as|as soon as|starting|beginning|for|"
    r"ahead of|over|within|of))[ \t\u00a0\u202f]{1,3}$")
_LABEL_FOLLOWER = re.compile(r"[ \t\u00a0\u202f]{1,3}(?P<word>[a-z][a-z-]{1,30})(?![\w’'-])")
_NOT_LABEL_WORDS = frozenset({
    "and", "or", "but", "when", "while", "where", "after", "before", "since", "until",
    "as", "at", "in", "on", "for", "from", "to", "of", "by", "with", "that", "which",
    "who", "was", "were", "is", "are", "had", "has", "have", "will", "would", "could",
    "should", "did", "does", "do", "the", "a", "an", "than", "then", "through", "during",
    "amid", "despite", "because", "if", "though", "although", "onwards", "onward",
    "alone", "only", "too", "also", "again", "already", "against", "into", "over",
    "under", "so", "not", "its", "his", "her", "their", "it", "he", "she", "they", "we",
    "up", "down", "out", "off", "about", "around", "per", "via", "following", "ago",
    "later", "earlier", "itself", "saw", "brought", "marked", "ended", "began",
})
_TEMPORAL_PREPOSITIONS = frozenset({
    "in", "since", "by", "until", "till", "from", "during", "before", "after", "through",
    "throughout", "of", "around", "between", "and", "to", "circa", "early", "late", "mid",
})
_QUOTE_OPEN = "“‘«"
_QUOTE_CLOSE = "”’»"


# ---- dates ---------------------------------------------------------------------------

def event_date(value: str) -> str | None:
    """The event date ("YYYY", "YYYY-MM", "YYYY-MM-DD") a resolved TIMEX3 value supports."""
    if not value or "X" in value or value.endswith("_REF") or value.startswith("P"):
        return None
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})(?:T|$)", value)
    if m:
        return f"{m.group(1)}-{m.group(2)}-{m.group(3)}"
    m = re.fullmatch(r"(\d{4})-(\d{2})", value)
    if m:
        return value
    m = re.fullmatch(r"(\d{4})-W(\d{2})(?:-WE)?", value)
    if m:
        try:
            monday = date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1)
        except ValueError:
            return None
        sunday = monday + timedelta(days=6)
        if (monday.year, monday.month) == (sunday.year, sunday.month):
            return f"{monday.year:04d}-{monday.month:02d}"
        return f"{(monday + timedelta(days=3)).year:04d}"
    m = re.fullmatch(r"(\d{4})(?:-(?:Q[1-4]|H[12]|SP|SU|FA|WI))?", value)
    if m:
        return m.group(1)
    return None


def _is_label(text: str, t: Timex) -> bool:
    """A bare year before a noun, not after a temporal preposition: "the 2001 treaty"."""
    if not re.fullmatch(r"\d{4}", t.text):
        return False
    m = _LABEL_FOLLOWER.match(text, t.end)
    if not m or m.group("word") in _NOT_LABEL_WORDS or m.group("word").endswith("ly"):
        return False
    before = re.search(r"([A-Za-z]+)[ \t\u00a0\u202f]{1,3}$", text[max(0, t.start - 20):t.start])
    return not (before and before.group(1).lower() in _TEMPORAL_PREPOSITIONS)


def _inside_quotation(text: str, start: int, lo: int) -> bool:
    """Is offset ``start`` inside a “...” quotation opened in text[lo:start]?"""
    segment = text[lo:start]
    opened = segment.rfind("“")
    closed = segment.rfind("”")
    if opened > closed:
        return True
    return segment.count('"') % 2 == 1


# ---- wording ---------------------------------------------------------------------------

def expression_as_written(text: str, t: Timex) -> str:
    """The time words with their preposition; a possessive weekday keeps its occasion."""
    start, end = t.start, t.end
    m = _PREPOSITION.search(text, max(0, start - 24), start)
    if m and m.group("prep").lower() not in ("of", "for", "over", "within"):
        start = m.start("prep")
    tail = text[end:end + 60]
    if tail[:2] in ("’s", "'s"):
        words = re.findall(r"[ \t\u00a0\u202f]+[\w-]+", tail[2:])[:3]
        span = 2
        for i, w in enumerate(words):
            if w.strip().lower() in SCHEDULED_OCCASIONS:
                span = 2 + sum(len(x) for x in words[: i + 1])
                break
        end += span
    return " ".join(text[start:end].split())


_CLAUSE_SPLIT = re.compile(r"[,;:]\s+|\s+[–—]\s+|\s+-\s+")


def _balance_quotes(s: str) -> str:
    """Drop quote marks left without their partner by cutting a sentence."""
    chars = list(s)
    stack: list[int] = []
    drop: set[int] = set()
    for i, ch in enumerate(chars):
        if ch == "“":
            stack.append(i)
        elif ch == "”":
            if stack:
                stack.pop()
            else:
                drop.add(i)
    drop.update(stack)
    straight = [i for i, ch in enumerate(chars) if ch == '"']
    if len(straight) % 2:
        drop.add(straight[-1] if straight[-1] > len(chars) // 2 else straight[0])
    # a single opening quote with no closing one ("‘back to back’" is balanced)
    for i, ch in enumerate(chars):
        if ch == "‘" and "’" not in s[i + 1:]:
            drop.add(i)
    return "".join(ch for i, ch in enumerate(chars) if i not in drop)


def describe(sentence: str, at: int, max_len: int = MAX_TEXT) -> str:
    """One line from ``sentence`` around offset ``at`` (the time expression)."""
    s = " ".join(sentence.split())
    # keep ``at`` meaningful after whitespace folding
    at = len(" ".join(sentence[:at].split()))
    if len(s) > max_len:
        cuts = [0] + [m.end() for m in _CLAUSE_SPLIT.finditer(s)] + [len(s) + 1]
        pieces = [(cuts[i], cuts[i + 1]) for i in range(len(cuts) - 1)]
        k = next((i for i, (a, b) in enumerate(pieces) if a <= at < b), len(pieces) - 1)
        lo, hi = pieces[k]
        right = k + 1
        # the dated clause and what follows it, then the opening clause (who did
        # what), then the clauses just before it
        while right < len(pieces) and pieces[right][1] - lo <= max_len + 1:
            hi = pieces[right][1]
            right += 1
        head_room = max_len - (hi - lo) - 3
        if k > 0 and not (head_room >= 25 and pieces[0][1] < lo):
            left = k - 1
            while left >= 0 and hi - pieces[left][0] <= max_len + 1:
                lo = pieces[left][0]
                left -= 1
        core = s[lo:hi]
        if len(core) > max_len:       # one clause too long: cut at a word boundary
            start = max(0, min(at - lo - max_len // 2, len(core) - max_len))
            core = core[start:start + max_len]
            if start > 0:
                core = core.split(" ", 1)[-1]
            core = core.rsplit(" ", 1)[0] + " …"
        elif lo > 0:
            # keep who did what: the sentence's opening clause, then the dated clause
            head = s[:pieces[0][1]].rstrip(" ,;:–—-")
            room = max_len - len(core) - 3
            if room >= 25:
                if len(head) > room:
                    head = head[:room].rsplit(" ", 1)[0]
                core = head + " … " + re.sub(r"^(?i:and|but|or|while|as)\s+", "", core)
        s = core
    s = _balance_quotes(s.strip())
    s = re.sub(r"^[\s,;:–—-]+|[\s,;:–—-]+$", "", s)
    s = re.sub(r"^(?i:and|but|or|while|as)\s+", "", s)
    s = re.sub(r"\s+([,.;:])", r"\1", s)
    if s and s[0].islower():
        s = s[0].upper() + s[1:]
    return s


# ---- people -----------------------------------------------------------------------------

_WORD = re.compile(r"[A-Za-z’'][\w’'.-]*")


# "Oleg Petrov, an associate professor": starts only at a word's start and each word is
# bounded, so one long capitalised token costs one bounded attempt, not a rescan per letter
_APPOSITIVE = re.compile(r"(?<![\w’'-])((?:[A-Z][\w’'-]{1,30} ){1,2}[A-Z][\w’'-]{1,30}), "
                         r"(?:(?:a|an|the) )?((?:[a-z-]{1,30} ){0,3}[a-z-]{1,30})(?![\w-])")


def _names_with_roles(paragraphs: list[str]) -> list[str]:
    """Full names introduced with a title ("President Zhou Ming") or an appositive role
    ("Oleg Petrov, an associate professor")."""
    if is_name_word is None:
        return []
    found: list[str] = []
    for para in paragraphs:
        toks = [(m.start(), m.end(), m.group(0)) for m in _WORD.finditer(para)]
        i = 0
        while i < len(toks):
            w = toks[i][2]
            if title_word(w.lower().rstrip(".")) and w.lower() not in ("state", "first", "second", "new", "current"):
                j = i + 1
                run = []
                while j < len(toks) and len(run) < 3 and is_name_word(toks[j][2]) \
                        and para[toks[j - 1][1]:toks[j][0]].strip() == "":
                    run.append(toks[j][2])
                    j += 1
                if len(run) >= 2:
                    found.append(" ".join(_strip_possessive(x) for x in run))
                    i = j
                    continue
            i += 1
        for m in _APPOSITIVE.finditer(para):
            name_tokens = m.group(1).split()
            role = m.group(2).split()
            if all(is_name_word(x) for x in name_tokens) and any(title_word(r) for r in role):
                found.append(" ".join(name_tokens))
    return found


def _strip_possessive(word: str) -> str:
    for suffix in ("’s", "'s"):
        if word.endswith(suffix):
            return word[: -len(suffix)]
    return word


def _aliases(names: list[str]) -> dict[str, str]:
    """Word or phrase -> full name; a surname two people share stays out. Independent of
    the order of ``names`` and of string hashing (the build must give the same pages on
    every run)."""
    owners: dict[str, set[str]] = {}
    for name in names:
        tokens = name.split()
        forms = {name}
        if family_names is not None and len(tokens) > 1:
            forms.update(family_names(tokens))
        elif len(tokens) > 1:
            forms.add(tokens[-1])
        for f in forms:
            owners.setdefault(f, set()).add(name)
    out = {}
    for f, o in owners.items():
        others = sorted(o - {f})
        if len(others) == 1:
            out[f] = others[0]        # "Reyes" with "Sofia Reyes": the one fuller name
        elif f in o:
            out[f] = f                # the form is a name of its own, shared by several
    return out


@functools.lru_cache(maxsize=4096)
def _form_pattern(form: str) -> re.Pattern:
    """A name form as a whole word (its own cache: re's is shared and far smaller)."""
    return re.compile(r"(?<![\w’'-])" + re.escape(form) + r"(?:[’']s)?(?![\w-])")


def people_in(sentence: str, aliases: dict[str, str]) -> list[str]:
    found: list[tuple[int, str]] = []
    for form, name in aliases.items():
        m = _form_pattern(form).search(sentence)
        if m:
            found.append((m.start(), name))
    out: list[str] = []
    for _, name in sorted(found):
        if name not in out:
            out.append(name)
    return out


# ---- events -------------------------------------------------------------------------

def _future_deadline(text: str, t: Timex, day: str, dct: date | None) -> bool:
    before = text[max(0, t.start - 12):t.start]
    if not re.search(r"(?<![\w’'])(?i:by)[ \t\u00a0\u202f]{1,3}$", before) or dct is None:
        return False
    return day[:4] > f"{dct.year:04d}" or (len(day) > 4 and day > dct.isoformat()[:len(day)])


def extract_events(paragraphs: list[str], dct: str | None,
                   people: list[str] | None = None) -> list[Event]:
    """The dated happenings of an article body (see the module docstring)."""
    if not paragraphs:
        return []
    text = PARAGRAPH_SEPARATOR.join(paragraphs)
    starts = []
    pos = 0
    for p in paragraphs:
        starts.append(pos)
        pos += len(p) + len(PARAGRAPH_SEPARATOR)
    dct_date = parse_dct(dct)
    known = [p for p in (people or []) if p and p.strip()]
    for name in _names_with_roles(paragraphs):
        if name not in known and not any(name in k or k in name for k in known):
            known.append(name)
    aliases = _aliases(known)

    events: list[Event] = []
    seen: set[tuple[int, int, str]] = set()
    for t in find_timexes(text, dct):
        if t.type not in ("DATE", "TIME"):
            continue
        day = event_date(t.value)
        if day is None or _is_label(text, t) or _future_deadline(text, t, day, dct_date):
            continue
        k = bisect_right(starts, t.start) - 1
        p_start, p_end = starts[k], starts[k] + len(paragraphs[k])
        s, e = sentence_bounds(text, t.start, t.end)
        s, e = max(s, p_start), min(e, p_end)
        if t.text.lower() in ("today", "tonight") and _inside_quotation(text, t.start, p_start):
            continue
        key = (k, s, day)
        if key in seen:
            continue
        seen.add(key)
        sentence = text[s:e]
        events.append(Event(
            date=day,
            expression=expression_as_written(text, t),
            paragraph=k,
            text=describe(sentence, t.start - s),
            people=people_in(sentence, aliases),
        ))
    return events


def unresolved_expressions(paragraphs: list[str]) -> list[tuple[int, str]]:
    """For an article without a date: (paragraph, expression) of each relative date
    ("on Monday", "last year") left unresolved, for ``check`` to report."""
    if not paragraphs:
        return []
    text = PARAGRAPH_SEPARATOR.join(paragraphs)
    starts = []
    pos = 0
    for p in paragraphs:
        starts.append(pos)
        pos += len(p) + len(PARAGRAPH_SEPARATOR)
    out = []
    for t in find_timexes(text, None):
        if t.type in ("DATE", "TIME") and "X" in t.value:
            out.append((bisect_right(starts, t.start) - 1, expression_as_written(text, t)))
    return out
