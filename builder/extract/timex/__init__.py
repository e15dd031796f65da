"""Temporal expressions (TimeML TIMEX3): find them in text, normalise them against
the document creation time (DCT).

    >>> [(t.text, t.type, t.value) for t in find_timexes("They met on Monday.", "2021-06-30")]
    [('Monday', 'DATE', '2021-06-28')]

Stages: ``patterns`` proposes candidate spans (rule matches), overlapping candidates
are resolved longest-first, modifiers next to a core expression are folded in
("early", "the end of", "about"), then ``normalize`` gives each its type and value in
document order, so anaphoric expressions ("a day earlier") can use the date the text
mentioned last.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ...rules import time_words as tw
from . import patterns as P
from .calendar import parse_dct, point_from_value
from .normalize import Context, Result, normalize
from .patterns import Candidate

__all__ = ["Timex", "find_timexes", "impossible_dates"]


@dataclass
class Timex:
    start: int
    end: int
    text: str
    type: str          # DATE | TIME | DURATION | SET
    value: str         # TIMEX3 value
    mod: str | None = None


# kinds a left modifier ("early", "the end of") may attach to
_DATE_KINDS = frozenset({"date", "monthyear", "month", "year", "yearwords", "decade",
                         "century", "weekday", "deictic", "relunit", "season", "holiday",
                         "quarter"})
_APPROX_KINDS = frozenset({"duration", "ago", "clock", "date", "monthyear", "year", "theyear"})
_EDGE_MODS = (("end", "END"), ("close", "END"), ("late", "END"), ("latter", "END"),
              ("last part", "END"), ("beginning", "START"), ("start", "START"),
              ("dawn", "START"), ("early", "START"), ("first part", "START"),
              ("mid", "MID"), ("middle", "MID"))
_APPROX_MODS = {
    "about": "APPROX", "around": "APPROX", "approximately": "APPROX", "roughly": "APPROX",
    "some": "APPROX", "close to": "APPROX", "an estimated": "APPROX",
    "nearly": "LESS_THAN", "almost": "LESS_THAN", "less than": "LESS_THAN",
    "fewer than": "LESS_THAN", "under": "LESS_THAN", "just under": "LESS_THAN",
    "up to": "EQUAL_OR_LESS", "at most": "EQUAL_OR_LESS", "no more than": "EQUAL_OR_LESS",
    "not more than": "EQUAL_OR_LESS", "barely": "LESS_THAN",
    "more than": "MORE_THAN", "over": "MORE_THAN", "just over": "MORE_THAN",
    "well over": "MORE_THAN", "upwards of": "MORE_THAN", "in excess of": "MORE_THAN",
    "a little over": "MORE_THAN", "a little more than": "MORE_THAN",
    "little more than": "MORE_THAN", "at least": "EQUAL_OR_MORE",
    "no less than": "EQUAL_OR_MORE", "not less than": "EQUAL_OR_MORE",
    "the better part of": "LESS_THAN", "the best part of": "LESS_THAN",
}
# "over" means "more than" after these words ("for over a decade", "lasted over an hour")
_OVER_AS_MORE = re.compile(r"(?i:\b(?:for|in|of|after|within|last|lasts|lasted|lasting|take|takes|took|"
                           r"taking|taken|spent|spend|spends|than|nearly|just|well))[ \t\u00a0\u202f]{1,3}$")
_WEAK_APPROX = frozenset({"over", "under", "some", "just", "only", "another"})
_NUMBER_START = re.compile(r"(?i:\d|a\b|an\b|one|two|three|four|five|six|seven|eight|nine|ten|"
                           r"eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|"
                           r"eighty|ninety|hundred|several|a few|few|half)")


_TOKEN = re.compile(r"[A-Za-z]+|\d+")
_SPACE = re.compile(r"\s")
# rules grouped by kind: a kind's rules share anchor words and windows
_KINDS: list[str] = []
_KIND_RULES: dict[str, list[P.Rule]] = {}
for _rule in P.RULES:
    if _rule.kind not in _KIND_RULES:
        _KINDS.append(_rule.kind)
        _KIND_RULES[_rule.kind] = []
    _KIND_RULES[_rule.kind].append(_rule)
_WORD_KINDS: dict[str, list[int]] = {}
for _k, _kind in enumerate(_KINDS):
    for _w in P.KIND_ANCHORS[_kind][0]:
        _WORD_KINDS.setdefault(_w, []).append(_k)
# number tokens anchor only the kinds their length allows: 4 digits (years), 2 digits
# ('90s); a day number needs its month word, a clock time its a.m. or time zone
_DIGIT_KINDS = {
    2: [k for k, kind in enumerate(_KINDS) if kind == "decade"],     # the '90s
    4: [k for k, kind in enumerate(_KINDS) if P.KIND_ANCHORS[kind][1]],
}
_REACH = [P.KIND_REACH[kind] for kind in _KINDS]


def _snap_end(text: str, pos: int) -> int:
    """Move a window end to a space, so no word is cut at the window's edge."""
    if pos >= len(text):
        return len(text)
    m = _SPACE.search(text, pos, min(len(text), pos + 60))
    return m.start() if m else min(len(text), pos + 60)


def _candidates(text: str) -> list[Candidate]:
    """Every rule match, each kind of rule run only in windows around its anchor words."""
    found: list[Candidate] = []
    windows: list[list[int] | None] = [None] * len(_KINDS)

    def run(k: int, start: int, end: int) -> None:
        end = _snap_end(text, end)
        for rule in _KIND_RULES[_KINDS[k]]:
            for m in rule.pattern.finditer(text, start, end):
                groups = {g: v for g, v in m.groupdict().items() if v is not None}
                begin = m.end("skip") if "skip" in groups else m.start()
                if m.end() <= begin:
                    continue
                spans = {g: m.span(g) for g in groups}
                found.append(Candidate(begin, m.end(), rule.kind, groups, rule.priority, spans))

    recent: list[str] = ["", "", "", ""]       # the last four words, lower-cased
    pending: tuple[int, str, int, int] | None = None   # a plural unit waiting for its next word
    for m in _TOKEN.finditer(text):
        w = m.group(0)
        lw = w.lower()
        if pending is not None:
            # "weeks after", "years-long": the word after a bare plural unit decides
            k, unit, p_start, p_end = pending
            pending = None
            if lw in _VAGUE_AFTER:
                _open(windows, run, k, p_start, p_end)
        kinds = _DIGIT_KINDS.get(len(w)) if w[0].isdigit() else _WORD_KINDS.get(lw)
        if kinds:
            start, end = m.span()
            unit = lw in P.UNIT_ANCHOR_WORDS
            for k in kinds:
                if (unit or _KINDS[k] == "set") and not _unit_context_ok(_KINDS[k], lw, recent):
                    if _KINDS[k] == "vague" and (lw in tw.UNIT_PLURALS or lw in tw.UNITS):
                        pending = (k, lw, start, end)
                    continue
                _open(windows, run, k, start, end)
        recent = [recent[1], recent[2], recent[3], "#" if w[0].isdigit() else lw]
    for k, win in enumerate(windows):
        if win is not None:
            run(k, win[0], win[1])
    return found


# words that must come shortly before a unit word for a kind to be possible there:
# "two years" (a quantity), "last year" (a relation), "every year", "for years"
_QUANTITY_WORDS = (frozenset(tw.NUMBER_WORDS) | {"a", "an", "several", "few", "many", "some",
                   "couple", "dozen", "dozens", "hundreds", "thousands", "tens", "half",
                   "numerous", "various", "countless", "number", "pair", "single", "#"})
_UNIT_CONTEXT: dict[str, frozenset] = {
    "duration": _QUANTITY_WORDS,
    "ago": _QUANTITY_WORDS,
    "set": frozenset({"every", "each", "per", "a", "an", "once", "twice", "thrice", "times",
                      "other", "#"}),
    "relunit": frozenset({"last", "this", "next", "past", "coming", "current", "present",
                          "previous", "following", "same", "preceding", "upcoming", "that",
                          "the"}),
    "vague": frozenset({"recent", "coming", "past", "last", "next", "following", "previous",
                        "ensuing", "subsequent", "early", "first", "final", "later", "many",
                        "intervening", "preceding", "for", "over", "in", "within", "took",
                        "lasted", "after", "spent"}),
}
_VAGUE_AFTER = frozenset({"after", "before", "later", "earlier", "long", "ahead"})


def _unit_context_ok(kind: str, word: str, recent: list[str]) -> bool:
    need = _UNIT_CONTEXT.get(kind)
    if need is None or word in tw.SET_WORDS:
        return True
    if kind == "vague" and word not in tw.UNIT_PLURALS:
        return False
    return any(w in need for w in recent)


def _open(windows: list, run, k: int, start: int, end: int) -> None:
    """Open or extend kind k's window around an anchor at text[start:end]."""
    before, after = _REACH[k]
    win = windows[k]
    if win is not None and start - before <= win[1]:
        win[1] = end + after
    else:
        if win is not None:
            run(k, win[0], win[1])
        windows[k] = [max(0, start - before), end + after]


def _select(cands: list[Candidate], length: int, valid) -> list[Candidate]:
    """Longest valid candidates first; a candidate overlapping a chosen one is dropped.

    Validity is checked only for candidates still free, so "2000 people" (not a
    year) does not hide a shorter reading and costs nothing when a longer one won."""
    chosen: list[Candidate] = []
    taken = bytearray(length + 1)
    for c in sorted(cands, key=lambda c: (-(c.end - c.start), -c.priority, c.start)):
        if any(taken[c.start:c.end]) or not valid(c):
            continue
        chosen.append(c)
        taken[c.start:c.end] = b"\x01" * (c.end - c.start)
    return sorted(chosen, key=lambda c: c.start)


def _extend(text: str, chosen: list[Candidate]) -> list[tuple[Candidate, str | None, str | None, int, int]]:
    """Fold in modifiers next to each core expression.

    Returns (core candidate, mod, edge phrase, extended start, extended end); the core
    keeps its own offsets so normalisation looks at the words around the core."""
    out = []
    prev_end = 0
    for i, core_candidate in enumerate(chosen):
        c = core_candidate
        mod = None
        edge = None
        left = text[max(prev_end, c.start - 50):c.start]
        core = text[c.start:c.end]
        if c.kind in _DATE_KINDS:
            m = P.LEFT_MODIFIER.search(left)
            if m and m.start() >= 0:
                word = " ".join(m.group("mod").lower().split())
                ok = True
                if word.endswith(("earlier", "later")):
                    ok = c.kind in ("relunit", "deictic", "weekday") and not core.lower().startswith(("the ", "last", "next"))
                    ok = ok or (c.kind == "relunit" and core.lower().startswith(("this", "that", "next", "last")))
                if word.startswith(("the", "its", "their")) and not any(
                        k in word for k in ("end", "beginning", "start", "middle", "close", "turn",
                                            "dawn", "half", "part", "rest", "mid", "early", "late")):
                    ok = False
                if ok:
                    edge = word
                    for key, value in _EDGE_MODS:
                        if key in word and not word.endswith(("earlier", "later")):
                            mod = value
                            break
                    c = Candidate(c.start - (len(left) - m.start()), c.end, c.kind, c.groups, c.priority, c.spans)
        if c.kind in _APPROX_KINDS:
            left = text[max(prev_end, c.start - 30):c.start]
            m = P.APPROX_LEFT.search(left)
            if m:
                word = " ".join(m.group("mod").lower().split())
                core = text[c.start:c.end]
                if word == "over" and c.kind != "ago" and not _OVER_AS_MORE.search(
                        text[max(prev_end, c.start - 60):c.start - len(left) + m.start()]):
                    word = ""        # "built up over three decades": a span, not "more than"
                if word in _APPROX_MODS and (word not in _WEAK_APPROX or _NUMBER_START.match(core)):
                    if not (c.kind in ("date", "monthyear", "year") and word not in ("around", "about", "approximately", "roughly")):
                        mod = _APPROX_MODS[word]
                        c = Candidate(c.start - (len(left) - m.start()), c.end, c.kind, c.groups, c.priority, c.spans)
        if c.kind in ("duration", "ago"):
            nxt_start = chosen[i + 1].start if i + 1 < len(chosen) else len(text)
            m = P.RIGHT_OR_SO.match(text, c.end, min(nxt_start, c.end + 20))
            if m:
                c = Candidate(c.start, m.end(), c.kind, c.groups, c.priority, c.spans)
        out.append((core_candidate, mod, edge, c.start, c.end))
        prev_end = c.end
    return out


_TIME_PART = re.compile(r"T(\d\d:\d\d)$")
_DAY_VALUE = re.compile(r"(\d{4}|XXXX)-(\d\d|XX)-(\d\d|XX)(?=$|T[A-Z]{2}$)")
_POD_VALUE = re.compile(r"^\d{4}-\d\d-\d\dT(?:MO|AF|EV|NI|MI)$")
_DAY_THEN_CLOCK = re.compile(r",?[ \t\u00a0\u202f]{1,3}(?i:at|around|about|by|from|until|before|after)[ \t\u00a0\u202f]{1,3}")
_GLUE = re.compile(r",?[ \t\u00a0\u202f]{1,3}(?:(?i:on)[ \t\u00a0\u202f]{1,3})?")


def _merge_clock_dates(text: str, timexes: list[Timex]) -> list[Timex]:
    """ "5 p.m. Tuesday", "10 p.m. EST, Nov. 9": one TIME on that day."""
    out: list[Timex] = []
    i = 0
    while i < len(timexes):
        t = timexes[i]
        if i + 1 < len(timexes) and t.type == "TIME" and _TIME_PART.search(t.value):
            n = timexes[i + 1]
            gap = text[t.end:n.start]
            # the day may come with its part ("6:30 a.m. the following morning")
            day = _DAY_VALUE.match(n.value) if n.type == "DATE" or _POD_VALUE.search(n.value) else None
            if _GLUE.fullmatch(gap) and day:
                hhmm = _TIME_PART.search(t.value).group(1)
                if "on" in gap.lower():
                    # "10:35 a.m. on Friday": two timexes, the clock on that day
                    out.append(Timex(t.start, t.end, t.text, "TIME", f"{day.group(0)}T{hhmm}", t.mod))
                    i += 1
                    continue
                out.append(Timex(t.start, n.end, text[t.start:n.end], "TIME",
                                 f"{day.group(0)}T{hhmm}", t.mod))
                i += 2
                continue
        if (out and t.type == "TIME" and _TIME_PART.search(t.value) and out[-1].type == "DATE"
                and _DAY_VALUE.match(out[-1].value)
                and _DAY_THEN_CLOCK.fullmatch(text[out[-1].end:t.start])):
            # "Friday at 10 a.m.": the clock on that day
            t = Timex(t.start, t.end, t.text, t.type,
                      f"{out[-1].value}T{_TIME_PART.search(t.value).group(1)}", t.mod)
        out.append(t)
        i += 1
    return out


def find_timexes(text: str, dct: str | None) -> list[Timex]:
    """TIMEX3 expressions in ``text`` normalised against ``dct`` ("YYYY-MM-DD" or None).

    Offsets index ``text``; with no DCT, relative expressions keep unresolved values
    ("XXXX-WXX-1", "XXXX-10", "PAST_REF") and are never guessed.
    """
    if not text:
        return []
    dct_date = parse_dct(dct)
    cands = _candidates(text)
    # drop candidates that cannot be normalised before choosing among overlaps,
    # so "2000 people" does not hide a shorter valid reading
    tenses: dict = {}
    probe = Context(text, dct_date, tenses=tenses)
    chosen = _select(cands, len(text), lambda c: normalize(c, probe) is not None)
    ctx = Context(text, dct_date, tenses=tenses)
    result: list[Timex] = []
    for c, mod, edge, ext_start, ext_end in _extend(text, chosen):
        r: Result | None = normalize(c, ctx)
        if r is None or r.type == "INVALID":
            continue
        start = ext_start if r.start is None else r.start
        end = ext_end if r.end is None else r.end
        value = r.value
        if edge and r.type == "DATE" and re.fullmatch(r"\d{4}", value) and "half" in edge:
            value = f"{value}-H{1 if 'first' in edge else 2}"
            mod = None
        result.append(Timex(start, end, text[start:end], r.type, value, r.mod or mod))
        if r.type in ("DATE", "TIME"):
            point = point_from_value(value)
            if point is not None:
                ctx.ref = point
                ctx.ref_start = start
                ctx.ref_end = end
                if point.granularity == "day" and dct_date is not None \
                        and 0 <= (dct_date - point.date).days <= 7:
                    ctx.news_day = point.date
                if point.granularity == "day" and (dct_date is None or point.date <= dct_date):
                    ctx.past_day = point
    return _merge_clock_dates(text, result)


def impossible_dates(text: str) -> list[tuple[int, int, str]]:
    """Spans written like a calendar date that cannot exist ("February 30",
    "2021-02-29"), for ``check`` to report: (start, end, text)."""
    out: list[tuple[int, int, str]] = []
    probe = Context(text, None)
    for c in sorted(_candidates(text), key=lambda c: c.start):
        if c.kind in ("date", "isodate", "usdate"):
            r = normalize(c, probe)
            if r is not None and r.type == "INVALID" and not any(s <= c.start < e for s, e, _ in out):
                out.append((c.start, c.end, text[c.start:c.end]))
    return out
