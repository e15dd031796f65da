"""Dated events of one article: every time expression that dates a happening, and the
background dates (states, trends, measures) apart.

The body is read as one text (paragraphs joined by blank lines) so that an anaphoric
expression at the start of a paragraph ("A day earlier, ...") can lean on the date the
previous paragraph gave. Each TIMEX3 that resolves to a calendar date is one mention:

* not an event at all (``event_kinds.NOT_EVENT_RULES``): label years and months, titles,
  sport periods, embedded posts' date lines, holidays as nouns, clock times naming a
  shift; durations, sets, vague and unresolved values; "today" inside a quotation;
* ``kind``: ``happening``, or ``background`` (``event_kinds.BACKGROUND_RULES``: "since
  1996", "as of March", "so far this year", a yearly statistic, a target);
* ``date`` in the contract's forms (``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``; a week is its
  Monday), ``precision`` (day, week, month, quarter, half, season, year) and ``value``
  (the TIMEX3 value: ``2019-W46``, ``2019-Q3``, ``2019-FA``);
* ``expression``: the time words as written, with their preposition ("on Monday");
* ``text``: a short standalone line, who did what (``event_lines``); ``sentence``: the
  source sentence whole; ``paragraph``: 0-based index into the paragraphs;
* ``people``: the article's people whose name or surname the sentence holds.

A relative day inside a quotation ("yesterday", "tomorrow") counts from when the words
were said: the day the sentence gives for saying them ("..., she said on Thursday"), else
the article's date when the story is of that day; when the story last dated something
days before its own date, the day of saying is unknown and the mention is left out.
A tight span ("March 30-April 4", "2019-2020") is one mention, dated by its start;
"the Saturday before Christmas" is Saturday's alone.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from datetime import date, timedelta

from ..model import Event, Quote
from ..rules.time_words import SCHEDULED_OCCASIONS
from .event_anchored import anchored_times
from .event_kinds import background, not_an_event
from .event_mention import EventDate, Mention, event_date
from .event_checks import MAX_WORDS
from .event_finish import finish
from .event_lines import event_line, occasion_line
from .event_phrases import others_written_out
from .event_people import _aliases, _names_with_roles, cast_of, people_in, titles_before_names
from .event_subjects import Quoted, Subjects, corporate_names
from .timex import Timex, find_timexes
from .timex import calendar as cal
from .timex.calendar import parse_dct
from .timex.context import sentence_bounds, tense

__all__ = ["extract_events", "unresolved_expressions", "expression_as_written", "event_date",
           "_aliases"]

PARAGRAPH_SEPARATOR = "\n\n"

_PREPOSITION = re.compile(
    r"(?<![\w’'])(?P<prep>(?i:on|in|at|since|by|until|till|from|during|before|after|through|"
    r"throughout|around|until|as of|as early as|as soon as|starting|beginning|for|"
    r"ahead of|over|within|of))(?:[ \t\u00a0]{1,3}(?:at least|at most|about|around|roughly))?[ \t\u00a0\u202f]{1,3}$")
_DEICTIC_DAY = re.compile(r"(?i)^(?:today|tonight|yesterday|tomorrow|last night|this (?:morning|afternoon|evening)|"
                          r"(?:yesterday|tomorrow) (?:morning|afternoon|evening|night))$")
# how many mentions on each side of a mention its line may write out as dates
_OTHERS_NEAR = 6
_PAST_WEEK = re.compile(r"(?i)(?:the )?past (?:seven days|week)")


# ---- wording ---------------------------------------------------------------------------

def expression_as_written(text: str, t: Timex) -> str:
    """The time words with their preposition; a possessive weekday keeps its occasion."""
    start, end = t.start, t.end
    m = _PREPOSITION.search(text, max(0, start - 24), start)
    if m and m.group("prep").lower() not in ("of", "for", "over", "within"):
        start = m.start("prep")
    tail = text[end:end + 60]
    if tail[:2] in ("’s", "'s"):
        words = re.findall(r"[ \t]+[\w-]+", tail[2:])[:3]
        span = 2
        for i, w in enumerate(words):
            if w.strip().lower() in SCHEDULED_OCCASIONS:
                span = 2 + sum(len(x) for x in words[: i + 1])
                break
        end += span
    return " ".join(text[start:end].split())


class Quotations:
    """Where the quotations of a text lie, found in one pass: a curly “...” pair (or the
    typewriter ``...'' of older wire copy), or a straight "..." pair within one paragraph
    (an unclosed quotation ends with it)."""

    def __init__(self, text: str):
        self.opens: list[int] = []
        self.closes: list[int] = []
        curly = straight = None
        for m in re.finditer(r"[“”\"]|``|''|\n\n", text):
            ch = {"``": "“", "''": "”"}.get(m.group(0), m.group(0))
            if ch == "\n\n":
                for o in (curly, straight):
                    if o is not None:
                        self._add(o, m.start())
                curly = straight = None
            elif ch == "“":
                if curly is None:
                    curly = m.start()
            elif ch == "”":
                if curly is not None:
                    self._add(curly, m.start())
                    curly = None
            elif straight is None:
                straight = m.start()
            else:
                self._add(straight, m.start())
                straight = None
        for o in (curly, straight):
            if o is not None:
                self._add(o, len(text))
        order = sorted(range(len(self.opens)), key=self.opens.__getitem__)
        self.opens = [self.opens[i] for i in order]
        self.closes = [self.closes[i] for i in order]

    def _add(self, start: int, end: int) -> None:
        self.opens.append(start)
        self.closes.append(end)

    def opening(self, at: int) -> int | None:
        """The offset of the quote mark opening a quotation that holds ``at``, or None."""
        i = bisect_right(self.opens, at) - 1
        for j in (i, i - 1):              # a straight pair may sit inside a curly one
            if j >= 0 and self.opens[j] < at < self.closes[j]:
                return self.opens[j]
        return None


# ---- dates said inside a quotation -----------------------------------------------------

def _said_on(quotes: Quotations, mention: Mention, dated: list[Timex], starts: list[int]) -> date | None:
    """The day the quotation was said, when its sentence gives it outside the quote marks
    ("“...,” she said on Thursday")."""
    lo, hi = bisect_left(starts, mention.start), bisect_left(starts, mention.end)
    for t in dated[lo:hi][:20]:
        if t is not mention.t and quotes.opening(t.start) is None:
            d = event_date(t.value)
            if d and d.precision == "day":
                return date.fromisoformat(d.date)
    return None


def _as_week(t: Timex, day: date) -> Timex:
    iso = day.isocalendar()
    return Timex(t.start, t.end, t.text, t.type, f"{iso[0]:04d}-W{iso[1]:02d}", t.mod)


def _requote(t: Timex, dct: date, said: date) -> Timex:
    shift = said - dct
    d = event_date(t.value)
    new_day = date.fromisoformat(d.date) + shift
    return Timex(t.start, t.end, t.text, t.type, new_day.isoformat() + t.value[10:], t.mod)


# ---- events -----------------------------------------------------------------------------

def _joins(text: str, timexes: list[Timex]) -> list[str | None]:
    """For each timex, how the next one continues it: "span" ("March 30-April 4": one
    mention, dated by its start; "from 2002 to 2005" stays two, each end a date of its
    own), "anchor" ("the Saturday before Christmas": Christmas only places Saturday), or
    None."""
    out: list[str | None] = []
    for a, b in zip(timexes, timexes[1:]):
        gap = text[a.end:b.start]
        da, db = event_date(a.value), event_date(b.value)
        same = da is not None and db is not None and da.precision == db.precision
        if same and re.fullmatch(r"[ \t\u00a0]?[-–][ \t\u00a0]?", gap):
            out.append("span")
        elif re.fullmatch(r"[ \t\u00a0]{1,3}(?i:before|after|following|preceding)[ \t\u00a0]{1,3}", gap):
            out.append("anchor")
        else:
            out.append(None)
    return out + [None]


_IN_OFFSET = re.compile(r"(?i)(?<![\w’'])in[ \t\u00a0]{1,3}$")
_FUTURE = re.compile(r"(?i)(?<![\w’'])(?:will|shall|[’']ll|(?:is|are|was|were)[ \t]+(?:due|set|expected|scheduled|"
                     r"slated|poised|going)[ \t]+to|(?:is|are)[ \t]+to)(?![\w’'])")
_OFFSET_VALUE = re.compile(r"P(\d{1,3})([DWMY])")
# a present tense of meeting, playing or opening, no past in the clause: "the teams meet
# again in three days" (not "it takes three days", a duration)
_PRESENT_SCHEDULE = re.compile(r"(?i)\b(?:meet|meets|play|plays|face|faces|open|opens|start|starts|"
                               r"begin|begins|return|returns|resume|resumes|vote|votes|host|hosts)\b")


def _as_future_date(text: str, t: Timex, dct: date | None) -> Timex:
    """"will meet again in three days": a count of days, weeks, months or years after "in"
    in a clause about the future is the date that far from the article's (TimeML keeps
    "three days" a duration; the chronology needs the day it points to). A past clause
    ("built it in three days") keeps the duration."""
    m = _OFFSET_VALUE.fullmatch(t.value or "")
    if dct is None or t.type != "DURATION" or m is None or t.mod \
            or not _IN_OFFSET.search(text, max(0, t.start - 8), t.start):
        return t
    s, _ = sentence_bounds(text, t.start, t.end)
    clause = re.split(r"[,;:]", text[s:t.start])[-1]
    if not _FUTURE.search(clause) and not (_PRESENT_SCHEDULE.search(clause) and not t.text.lower().startswith(("a ", "an "))
                                           and tense(text, t.start, t.end) != "past"):
        return t
    n, unit = int(m.group(1)), m.group(2)
    if unit == "D":
        value = cal.fmt_day(dct + timedelta(days=n))
    elif unit == "W":
        value = cal.fmt_week(dct + timedelta(weeks=n))
    elif unit == "M":
        value = cal.fmt_month(*cal.add_months(dct.year, dct.month, n))
    else:
        value = cal.fmt_year(dct.year + n)
    return Timex(t.start, t.end, t.text, "DATE", value)


def _paragraph_starts(paragraphs: list[str]) -> list[int]:
    starts, pos = [], 0
    for p in paragraphs:
        starts.append(pos)
        pos += len(p) + len(PARAGRAPH_SEPARATOR)
    return starts


def _occasion_date(text: str, t: Timex) -> bool:
    """Does the date sit on an occasion's noun ("the 100th anniversary on Thursday",
    "ahead of Friday's first anniversary", "the inauguration of X on January 20")?"""
    if text[t.end:t.end + 2] in ("’s", "'s"):
        return re.match(r"[’']s[ \t]+(?:[\w-]+[ \t]+){0,2}(?:" + "|".join(SCHEDULED_OCCASIONS) + r")\b",
                        text[t.end:t.end + 60]) is not None
    left = text[max(0, t.start - 80):t.start]
    m = re.search(r"(\w+)(?:[ \t]+of(?:[ \t]+[A-Z][\w’'-]*){1,3})?[ \t]+(?:on|in)[ \t]+$", left)
    return bool(m and m.group(1).lower() in SCHEDULED_OCCASIONS)


def extract_events(paragraphs: list[str], dct: str | None,
                   people: list[str] | None = None, roles: dict[str, list[str]] | None = None,
                   quotes: list[Quote] | None = None) -> list[Event]:
    """The dated mentions of an article body (see the module docstring). ``people``: the
    names the quote stage found; ``roles``: their roles (name -> roles), to resolve "the
    ambassador" in an event line; ``quotes``: the quotations it attributed (a "he said"
    it resolved names the line's subject)."""
    if not paragraphs:
        return []
    text = PARAGRAPH_SEPARATOR.join(paragraphs)
    starts = _paragraph_starts(paragraphs)
    dct_date = parse_dct(dct)
    known = _with_role_names([p for p in (people or []) if p and p.strip()], paragraphs)
    aliases = _aliases(known)
    cast = cast_of(known, roles or {}, titles_before_names(paragraphs))
    persons = set(known)
    subjects = Subjects(cast, text, _quoted(quotes or [], starts, paragraphs),
                        orgs=sorted({q.speaker for q in quotes or [] if q.speaker and q.speaker not in persons}),
                        named_orgs=sorted(set(corporate_names(text))))

    timexes = [t for t in (_as_future_date(text, t, dct_date) for t in find_timexes(text, dct))
               if t.type in ("DATE", "TIME")]
    timexes = anchored_times(text, timexes)
    timex_starts = [t.start for t in timexes]
    quotes = Quotations(text)
    events: list[Event] = []
    seen: set[tuple[int, int, str]] = set()
    last_date: date | None = None           # the day the story last gave, for quotations
    joins = _joins(text, timexes)
    nothing: dict[int, bool] = {}         # timex index -> it dates nothing (each judged once)

    def _dates_nothing(j: int, mention: Mention) -> bool:
        if j not in nothing:
            nothing[j] = not_an_event(mention) is not None
        return nothing[j]

    for i, t in enumerate(timexes):
        d = event_date(t.value)
        if d is not None and dct_date is not None and _PAST_WEEK.fullmatch(t.text):
            t = _as_week(t, dct_date - timedelta(days=3))   # the seven days before the article
            d = event_date(t.value)
        if d is None or (i > 0 and joins[i - 1]):
            continue                          # the end of a span, or an anchor placing the one before
        k = bisect_right(starts, t.start) - 1
        p_start, p_end = starts[k], starts[k] + len(paragraphs[k])
        s, e = sentence_bounds(text, t.start, t.end)
        s, e = max(s, p_start), min(e, p_end)
        if e - s > _LONGEST_SENTENCE:         # a hostile run-on: the clauses around the date only
            s, e = _window(text, s, e, t.start, t.end)
        m = Mention(text, t, s, e, p_start, p_end, dct_date)
        opened = quotes.opening(t.start)
        if opened is not None and _DEICTIC_DAY.match(t.text) and dct_date is not None:
            said = _said_on(quotes, m, timexes, timex_starts)
            if said is not None and said != dct_date:
                t = m.t = _requote(t, dct_date, said)
                d = event_date(t.value)
            elif t.text.lower() in ("today", "tonight"):
                continue                      # the speaker's present, not a dated happening
            elif last_date is not None and (dct_date - last_date).days > 1:
                continue                      # said on a day the story does not give
        if d.precision == "day" and opened is None:
            last_date = date.fromisoformat(d.date)
        nothing[i] = not_an_event(m) is not None      # (m.t may be requoted: judged afresh)
        if nothing[i]:
            continue
        key = (k, s, d.date)
        if key in seen:
            continue
        seen.add(key)
        kind = "background" if background(m) else "happening"
        span_to = timexes[i + 1].end if i + 1 < len(timexes) and joins[i] == "span" else None
        # (a mention that dates nothing, "if he wins on Saturday", is not written out; only
        # the nearest few of a sentence, so a run of hundreds of dates stays linear)
        lo, hi = bisect_left(timex_starts, s), bisect_right(timex_starts, e)
        near = range(max(lo, i - _OTHERS_NEAR), min(hi, i + _OTHERS_NEAR + 1))
        others = [(expression_as_written(text, timexes[j]), od) for j in near
                  if j != i and timexes[j].end <= e and (od := event_date(timexes[j].value)) is not None
                  and not _dates_nothing(j, Mention(text, timexes[j], s, e, p_start, p_end, dct_date))]
        events.append(_event(m, d, k, kind, subjects, aliases, span_to, others))
    return events


def _with_role_names(known: list[str], paragraphs: list[str]) -> list[str]:
    """``known`` plus the names introduced with a title or role that are neither part of
    a known name nor hold one ("Zhou Ming" beside "President Zhou Ming Li" is not new).
    Word runs are looked up in a set of every known name's runs: linear in the names,
    however many share a family name (issue 16)."""
    def runs(name: str) -> list[tuple[str, ...]]:
        words = tuple(name.split())
        return [words[i:j] for i in range(len(words)) for j in range(i + 1, min(len(words), i + 6) + 1)]

    inside = {r for k in known for r in runs(k)}       # every run of words of a known name
    whole = {tuple(k.split()) for k in known}
    out, seen = list(known), set(known)
    for name in _names_with_roles(paragraphs):
        words = tuple(name.split())
        if name in seen or words in inside or any(r in whole for r in runs(name)):
            continue
        out.append(name)
        seen.add(name)
        inside.update(runs(name))
        whole.add(words)
    return out


def _quoted(quotes: list[Quote], starts: list[int], paragraphs: list[str]) -> list[Quoted]:
    """The attributed quotations at their offsets in the body text."""
    out = []
    for q in quotes:
        if q.speaker and q.start is not None and q.end is not None and 0 <= q.paragraph < len(starts) \
                and q.end <= len(paragraphs[q.paragraph]):
            out.append(Quoted(starts[q.paragraph] + q.start, starts[q.paragraph] + q.end, q.speaker,
                              q.speaker_as_written or ""))
    return out


def _event(m: Mention, d: EventDate, k: int, kind: str, subjects: Subjects, aliases,
           span_to: int | None = None, others: list[tuple[str, EventDate]] = ()) -> Event:
    text, t = m.text, m.t
    sentence = text[m.start:m.end]
    expression = expression_as_written(text, t)
    if span_to is not None:                   # "from 2002 to 2005", "March 30-April 4"
        expression = expression + " ".join(text[t.end:span_to].split(" "))
    at = text.find(expression, max(m.start, t.start - 30), m.end)
    at = (at if at >= 0 else t.start) - m.start
    line = None
    if kind == "happening" and _occasion_date(text, t):
        line = occasion_line(sentence, at, expression)
        if line is not None:
            line = finish(line)
    if line is None:
        previous = text[max(0, m.start - 400):m.start]
        prev_sentence = re.split(r"(?<=[.!?])\s+", previous.strip())[-1] if previous.strip() else ""
        # background keeps its date phrase ("grounded since March", "36 percent of the
        # electorate in 2012"), but an opening relative one goes ("Last year, trade ...")
        opening = not text[m.start:m.start + at].strip() and not re.match(
            r"(?i)(?:since|as of|until|till|through|by|so far)\b", expression)
        line = event_line(sentence, at, expression, drop_date=kind == "happening" or opening,
                          subjects=subjects, sentence_start=m.start, previous=prev_sentence,
                          when=(d.precision, d.date, d.value), opening=m.start == 0)
        # another mention's relative phrase left in the line is written out as its date
        dated = others_written_out(line, [(x, od.precision, od.date, od.value) for x, od in others
                                          if x != expression])
        line = dated if len(dated.split()) <= MAX_WORDS else line
    return Event(date=d.date, expression=expression, paragraph=k, text=line,
                 people=people_in(sentence, aliases), kind=kind, precision=d.precision,
                 value=d.value, sentence=" ".join(sentence.split()))


def unresolved_expressions(paragraphs: list[str]) -> list[tuple[int, str]]:
    """For an article without a date: (paragraph, expression) of each relative date
    ("on Monday", "last year") left unresolved, for ``check`` to report."""
    if not paragraphs:
        return []
    text = PARAGRAPH_SEPARATOR.join(paragraphs)
    starts = _paragraph_starts(paragraphs)
    out = []
    for t in find_timexes(text, None):
        if t.type in ("DATE", "TIME") and "X" in t.value:
            out.append((bisect_right(starts, t.start) - 1, expression_as_written(text, t)))
    return out


# a sentence longer than this (no article's is) is cut to the clauses around each date, so
# that a mention costs the same however long a run-on sentence is
_LONGEST_SENTENCE = 1500
_WINDOW = 600


def _window(text: str, s: int, e: int, t_start: int, t_end: int) -> tuple[int, int]:
    """The span of the sentence text[s:e] around the date text[t_start:t_end]: about
    ``_WINDOW`` characters either side, cut at a clause boundary (a comma or a semicolon)
    where one is near."""
    lo, hi = max(s, t_start - _WINDOW), min(e, t_end + _WINDOW)
    if lo > s:
        cut = max(text.rfind(", ", lo, max(lo, t_start - 40)), text.rfind("; ", lo, max(lo, t_start - 40)))
        lo = cut + 2 if cut >= 0 else lo
    if hi < e:
        cut = max(text.rfind(", ", t_end, hi), text.rfind("; ", t_end, hi))
        hi = cut if cut > t_end else hi
    return lo, hi
