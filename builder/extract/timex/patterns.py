"""Regular expressions that find candidate time expressions (HeidelTime-style rules).

Each rule is (kind, pattern); ``builder.extract.timex.normalize`` turns a match of a kind
into a TIMEX3 type and value. Patterns are built from the word lists in
``builder.rules.time_words`` and use only bounded repetition ({0,n}, alternations of
literal words), so matching time stays linear in the input.

Extents follow TimeML: prepositions ("on", "in", "since") stay outside; determiners
and modifiers ("the", "last", "early", "about") stay inside.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ...rules import time_words as tw


def _alt(words, flags: str = "") -> str:
    """A non-capturing alternation of literal words, longest first."""
    body = "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))
    return f"(?{flags}:{body})" if flags else f"(?:{body})"


def _ci(words) -> str:
    return _alt(words, "i")


def _capitalised(words) -> str:
    """Capitalised and upper-case spellings only (month and day names are proper nouns)."""
    forms = set()
    for w in words:
        forms.add(w[:1].upper() + w[1:])
        forms.add(w.upper())
    return _alt(forms)


def _titled(phrases) -> str:
    """Title-cased spellings of multi-word names ("New Year's Day")."""
    return _alt(" ".join(w[:1].upper() + w[1:] for w in p.split()) for p in phrases)


B = r"(?<![\w’'])"         # left word boundary (not inside a possessive word)
E = r"(?![\w])"           # right word boundary
SP = r"[ \t\u00a0\u202f]{1,3}"        # spaces inside an expression (never a line break)
SPN = r"\s{1,3}"          # spaces, line break allowed

# ---- calendar fragments ------------------------------------------------------------

MONTH_FULL = _capitalised(tw.MONTHS)
MONTH_ABBR = (_capitalised(k for k in tw.MONTH_ABBREVIATIONS) + r"(?:\.|(?=[ \t\u00a0\u202f]{1,3}\d))")
MONTH = f"(?:{MONTH_FULL}|{MONTH_ABBR})"
WEEKDAY_FULL = _capitalised(tw.WEEKDAYS)
WEEKDAY_ABBR = _capitalised(tw.WEEKDAY_ABBREVIATIONS) + r"\."
WEEKDAY = f"(?:{WEEKDAY_FULL}|{WEEKDAY_ABBR})"
WEEKDAY_PLURAL = _capitalised(w + "s" for w in tw.WEEKDAYS)
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\d:,]\d)"
YEAR = r"(?:1[0-9]\d\d|20\d\d)(?![\d])"
SEASON = _ci(tw.SEASONS)
PART_OF_DAY = _ci(("morning", "afternoon", "evening", "night"))

_UNIT_WORDS = list(tw.UNITS) + list(tw.UNIT_PLURALS)
UNIT = _ci(_UNIT_WORDS)
UNIT_PLURAL = _ci(tw.UNIT_PLURALS)
UNIT_SINGULAR = _ci(tw.UNITS)

_TEEN = _alt(tw.TEEN_WORDS)
_ONES = _alt(tw.UNIT_NUMBER_WORDS)
_TENS = _alt(tw.TENS_WORDS)
NUMBER_WORD = (f"(?i:(?:{_TENS}(?:[- ]{_ONES})?|{_TEEN}|{_ONES})(?:[- ](?:hundred|thousand))?"
               r"|(?:a |one )?hundred|(?:a |one )?thousand|(?:a )?dozen)")
DIGITS = r"\d{1,3}(?:,\d{3}){0,3}(?:\.\d{1,2})?"
HALF = r"(?:[ \t\u00a0\u202f]{1,3}and[ \t\u00a0\u202f]{1,3}a[ \t\u00a0\u202f]{1,3}half|[ \t\u00a0\u202f]{0,2}(?:1/2|½))"
NUMBER = f"(?:{DIGITS}|{NUMBER_WORD})(?:{HALF})?"
QUANTITY = (f"(?:{NUMBER}|{_ci(tw.VAGUE_QUANTITIES)}|{_ci(tw.ARTICLE_QUANTITIES)})")
ORDINAL_WORD = _ci(tw.ORDINALS)
ORDINAL = rf"(?:{ORDINAL_WORD}|\d{{1,2}}(?:st|nd|rd|th))"

APPROX = _ci((
    "about", "around", "approximately", "roughly", "nearly", "almost", "more than",
    "less than", "fewer than", "at least", "at most", "up to", "some", "just over",
    "just under", "well over", "barely", "over", "under", "upwards of", "close to",
    "in excess of", "no more than", "no less than", "not more than", "not less than",
    "the better part of", "the best part of", "a little over", "a little more than",
    "little more than", "just", "only", "an estimated", "an additional", "another",
))

REL_DEICTIC = _ci(("last", "this", "next", "this past", "this coming", "past", "coming",
                   "the past", "the last", "the coming", "the next", "the current",
                   "current", "the present", "the previous", "the following",
                   "the same", "previous", "following", "the preceding", "upcoming",
                   "the upcoming", "that", "the", "this same", "that same", "same"))

CLOCK_AMPM = r"(?:[ap]\.m\.?|[AP]\.M\.?|[ap]m(?![\w])|[AP]M(?![\w]))"
TIME_ZONE = _alt(tw.TIME_ZONES) + r"(?![\w])"


@dataclass
class Rule:
    kind: str
    pattern: re.Pattern
    priority: int = 0            # wins ties between spans of equal length
    anchors: frozenset = frozenset()   # lower-case words one of which every match holds
    digits: bool = False         # a number token is also an anchor
    reach: tuple = (100, 100)    # (before, after) the anchor a match may extend


@dataclass
class Candidate:
    start: int
    end: int
    kind: str
    groups: dict = field(default_factory=dict)
    priority: int = 0
    spans: dict = field(default_factory=dict)     # group name -> (start, end)


_MONTH_WORDS = set(tw.MONTHS) | set(tw.MONTH_ABBREVIATIONS)
_WEEKDAY_WORDS = set(tw.WEEKDAYS) | set(tw.WEEKDAY_ABBREVIATIONS) | {w + "s" for w in tw.WEEKDAYS}
_UNIT_ANCHORS = (set(tw.UNITS) | set(tw.UNIT_PLURALS) | {"weekend", "weekends"}
                 | set(tw.PARTS_OF_DAY) | {p + "s" for p in tw.PARTS_OF_DAY} | set(tw.SEASONS))


UNIT_ANCHOR_WORDS = frozenset(set(tw.UNITS) | set(tw.UNIT_PLURALS) | {"weekend", "weekends"})


def _phrase_words(phrases) -> set[str]:
    out: set[str] = set()
    for p in phrases:
        out.update(re.findall(r"[a-z]+", p.lower()))
    return out


# the words that must occur in any match of a kind: rules run only near them, so
# plain prose costs one tokenising pass
KIND_ANCHORS: dict[str, tuple[frozenset, bool]] = {
    "date": (frozenset(_MONTH_WORDS), False),
    "isodate": (frozenset(), True),
    "usdate": (frozenset(), True),
    "ordday": (frozenset({"st", "nd", "rd", "th"}), False),
    "monthyear": (frozenset(_MONTH_WORDS), False),
    "month": (frozenset(_MONTH_WORDS), False),
    "monthweek": (frozenset(_MONTH_WORDS), False),
    "year": (frozenset(), True),
    "yearwords": (frozenset({"nineteen", "eighteen", "thousand"}), False),
    "decade": (frozenset({"twenties", "thirties", "forties", "fifties", "sixties",
                          "seventies", "eighties", "nineties"}), True),
    "century": (frozenset({"century"}), False),
    "weekday": (frozenset(_WEEKDAY_WORDS), False),
    "weekdays": (frozenset(_WEEKDAY_WORDS), False),
    "deictic": (frozenset({"today", "yesterday", "tomorrow", "tonight", "overnight",
                           "morning", "afternoon", "evening", "night"}), False),
    "relunit": (frozenset(_UNIT_ANCHORS), False),
    "season": (frozenset(tw.SEASONS), False),
    "quarter": (frozenset({"quarter", "half", "period", "q", "h"}), False),
    "yearago": (frozenset({"year"}), False),
    "theyear": (frozenset({"year"}), False),
    "ago": (frozenset(_UNIT_ANCHORS), False),
    "duration": (frozenset(_UNIT_ANCHORS), False),
    "vague": (frozenset(_UNIT_ANCHORS), False),
    "set": (frozenset(_UNIT_ANCHORS | set(tw.SET_WORDS) | _WEEKDAY_WORDS | set(tw.MONTHS)), False),
    "clock": (frozenset({"noon", "midnight", "midday", "mid", "m", "am", "pm", "clock", "hrs",
                         "morning", "afternoon", "evening", "night", "local"}
                        | {z.lower() for z in tw.TIME_ZONES}), False),
    "holiday": (frozenset(_phrase_words(list(tw.FIXED_HOLIDAYS) + list(tw.WEEKDAY_HOLIDAYS)
                                        + list(tw.EASTER_HOLIDAYS) + list(tw.THANKSGIVING_DAYS))), False),
    "ref": (frozenset(_phrase_words(tw.PRESENT_REF_PHRASES + tw.PAST_REF_PHRASES
                                    + tw.FUTURE_REF_PHRASES)) - {"the", "a", "as", "at", "for", "some",
                                                                 "not", "long", "more", "most",
                                                                 "until", "this", "these", "right",
                                                                 "just", "short", "near"}
            | {"previously", "earlier", "ago", "past", "future", "present"}, False),
}


# how far (characters) a match of a kind may start before / end after its anchor word
KIND_REACH: dict[str, tuple[int, int]] = {
    "date": (36, 24), "isodate": (12, 12), "usdate": (12, 12), "ordday": (20, 6), "monthyear": (22, 16),
    "month": (26, 12), "monthweek": (40, 16), "year": (36, 10), "yearwords": (30, 45), "decade": (16, 8),
    "century": (42, 12), "weekday": (24, 16), "weekdays": (6, 16), "deictic": (28, 22),
    "relunit": (44, 30), "theyear": (30, 20), "season": (24, 22), "quarter": (56, 48), "yearago": (22, 30),
    "ago": (50, 16), "duration": (56, 14), "vague": (34, 10), "set": (40, 12),
    "clock": (28, 26), "holiday": (28, 22), "ref": (32, 28),
}


def _rule(kind: str, body: str, priority: int = 0) -> Rule:
    """A rule; a leading ``(?P<skip>...)`` group is context kept out of the extent."""
    anchors, digits = KIND_ANCHORS[kind]
    # ASCII: \w and \d stay cheap ASCII classes (the vocabulary is ASCII English)
    return Rule(kind, re.compile(B + body + E, re.ASCII), priority, anchors, digits, KIND_REACH[kind])


# "a year and a half", "an hour and a half": the half after the unit
_AND_A_HALF = r"(?P<andhalf>[ \t\u00a0\u202f]{1,3}(?i:and[ \t\u00a0\u202f]{1,3}a[ \t\u00a0\u202f]{1,3}half)(?![\w-]))?"
_WD_PREFIX = rf"(?:(?P<wd>{WEEKDAY}),?{SP})?"
_REL_YEAR = r"(?P<relyear>(?i:this|last|next|the same|that|the previous|the following))"

RULES: list[Rule] = [
    # Friday, Oct. 23, 1998 / July 4, 1776 / Aug. 7 1998
    _rule("date", rf"{_WD_PREFIX}(?P<mon>{MONTH}){SP}(?P<day>{DAY})(?:,{SP}|{SP}|,)(?P<year>{YEAR})", 5),
    # 16 June 2021 / the 16th of June, 2021
    _rule("date", rf"{_WD_PREFIX}(?:(?i:the){SP})?(?P<day>{DAY})(?:{SP}(?i:of))?{SP}(?P<mon>{MONTH}),?{SP}(?P<year>{YEAR})", 5),
    # June 16 / Friday, Oct. 23 / June 16th
    _rule("date", rf"{_WD_PREFIX}(?P<mon>{MONTH}){SP}(?P<day>{DAY})(?![\w])", 4),
    # 16 June / the 16th of June
    _rule("date", rf"{_WD_PREFIX}(?:(?i:the){SP})?(?P<day>{DAY})(?:{SP}(?i:of))?{SP}(?P<mon>{MONTH})", 3),
    # last Oct. 23 / next March 5 / this June 16
    _rule("date", rf"(?P<rel>(?i:last|this|next|this{SP}past|this{SP}coming)){SP}(?P<mon>{MONTH}){SP}(?P<day>{DAY})(?![\w])", 5),
    # June 16 this year / July last year
    _rule("date", rf"(?P<mon>{MONTH})(?:{SP}(?P<day>{DAY}))?,?{SP}{_REL_YEAR}{SP}(?i:year)", 6),
    # 2021-06-28, 06/28/2021
    _rule("isodate", r"(?P<year>(?:1[0-9]|20)\d\d)-(?P<m>0[1-9]|1[0-2])-(?P<day>[0-3]\d)(?![\d-])", 6),
    _rule("usdate", r"(?P<m>1[0-2]|0?[1-9])/(?P<day>3[01]|[12]\d|0?[1-9])/(?P<year>(?:19|20)\d\d|\d\d)(?![\d/])", 6),
    # the first week of March / the last week of October 2015: a week of the month
    _rule("monthweek", rf"(?:(?i:the){SP})?(?P<ord>(?i:first|second|third|fourth|last|final)){SP}(?i:week){SP}(?i:of){SP}"
                       rf"(?:(?P<rel>(?i:last|this|next)){SP})?(?P<mon>{MONTH})(?:,?{SP}(?P<year>{YEAR}))?(?![\w-])", 5),
    # July 2001 / July of 2001 / mid-July 2001
    _rule("monthyear", rf"(?P<mon>{MONTH})(?:,|{SP}(?i:of))?{SP}(?P<year>{YEAR})", 4),
    # October / last October / this coming March
    _rule("month", rf"(?:(?P<rel>{_ci(('last', 'this', 'next', 'this past', 'this coming', 'the coming', 'the past', 'the month of', 'past', 'coming'))}){SP})?(?P<mon>{MONTH_FULL}|(?:Sept|Sep|Oct|Nov|Dec|Jan|Feb|Aug|Apr)\.)(?![\w-])", 1),
    # 1996 / fiscal 1989 / FY2020 / the year 2000
    _rule("year", rf"(?:(?P<pre>(?i:fiscal(?:{SP}year)?|calendar(?:{SP}year)?|the{SP}year|model{SP}year|FY)){SP}?)?(?P<year>{YEAR})", 2),
    _rule("year", rf"(?P<pre>(?i:fiscal|FY|the{SP}year)){SP}?['’](?P<yy>\d\d)(?![\w])", 2),
    # nineteen ninety-six / the year two thousand
    _rule("yearwords", rf"(?:(?i:the{SP}year){SP})?(?P<cent>(?i:nineteen|eighteen)){SP}(?P<rest>{_TENS}(?:[- ]{_ONES})?|{_TEEN}|(?i:oh)[- ]{_ONES}|(?i:hundred))", 2),
    _rule("yearwords", rf"(?i:the{SP}year){SP}(?P<cent>(?i:two{SP}thousand))(?:{SP}(?i:and{SP})?(?P<rest>{_TENS}(?:[- ]{_ONES})?|{_TEEN}|{_ONES}))?", 3),
    # "on the 14th": a day of the month the sentence or the article's date gives
    _rule("ordday", rf"(?P<skip>(?i:on|by|until|since){SP})(?i:the){SP}(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)(?=[ \t\u00a0\u202f]{{0,2}}(?:[,.;:!?)—–]|$)|{SP}(?i:and|when|after|before|at|in|as|to|but|while|with)\b)", 2),
    # the 1990s / the '90s / the mid-1980s / the nineties
    _rule("decade", rf"(?:(?P<the>(?i:the)){SP})?(?P<dec>(?:1[0-9]|20)\d0)['’]?s", 3),
    _rule("decade", rf"(?:(?P<the>(?i:the)){SP})?['’](?P<dec2>\d0)['’]?s", 3),
    _rule("decade", rf"(?P<the>(?i:the)){SP}(?P<dec2>\d0)s", 2),
    _rule("decade", rf"(?P<the>(?i:the)){SP}(?P<decword>(?i:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))", 2),
    # the 21st century / this century
    _rule("century", rf"(?:(?i:the){SP})?(?P<ord>{ORDINAL})[ \t\u00a0\u202f-]{{1,3}}(?i:century)", 3),
    _rule("century", rf"(?P<rel>(?i:this|last|next|the (?:past|last|previous|next|current))){SP}(?i:century)", 3),
    # Monday / last Monday / Monday evening / this coming Sunday
    _rule("weekday", rf"(?:(?P<rel>{_ci(('last', 'this', 'next', 'this past', 'this coming', 'the previous', 'the following', 'the next', 'coming', 'that'))}){SP})?(?P<wd>{WEEKDAY})(?![\w])(?:{SP}(?P<pod>{PART_OF_DAY})(?![\w]))?", 2),
    _rule("weekdays", rf"(?P<wd>{WEEKDAY_PLURAL})(?:{SP}(?P<pod>{_ci(('mornings', 'afternoons', 'evenings', 'nights'))}))?", 2),
    _rule("weekday", rf"(?P<wd>{WEEKDAY_FULL}){SP}(?P<pod>{_ci(('mornings', 'afternoons', 'evenings', 'nights'))})", 3),
    # today / yesterday / tomorrow evening / last night / tonight
    _rule("deictic", rf"(?P<word>(?i:today|yesterday|tomorrow|tonight|overnight))(?:{SP}(?P<pod>{PART_OF_DAY}))?(?![\w])", 2),
    _rule("deictic", rf"(?P<word>(?i:the{SP}day{SP}before{SP}yesterday|the{SP}day{SP}after{SP}tomorrow))", 3),
    _rule("deictic", rf"(?P<rel>(?i:this|last|tomorrow|yesterday)){SP}(?P<pod>{PART_OF_DAY})", 2),
    # last week / this year / the coming month / next weekend / the same day
    _rule("relunit", rf"(?P<rel>{REL_DEICTIC}){SP}(?P<unit>(?i:week|weekend|month|year|quarter|fiscal{SP}year|financial{SP}year|decade|day|morning|afternoon|evening|night|half))(?![\w-])", 1),
    _rule("relunit", rf"(?P<rel>{REL_DEICTIC}){SP}(?P<season>{SEASON})(?![\w-])", 1),
    _rule("relunit", rf"(?P<edge>(?i:the{SP})?(?i:end|beginning|start|middle|close|turn|first{SP}half|second{SP}half|latter{SP}half|latter{SP}part|early{SP}part|first{SP}part){SP}(?i:of)){SP}(?P<rel>(?i:the|this|that|next|last)){SP}(?P<unit>(?i:week|month|year|quarter|decade|century|day))(?![\w-])", 2),
    _rule("relunit", rf"(?P<rel>(?i:the)){SP}(?P<unit>(?i:day|week|weekend|month|year|morning|afternoon|evening|night)){SP}(?P<dir>(?i:before|after))(?:{SP}(?P<deictic>(?i:yesterday|tomorrow)))?(?=[ \t\u00a0\u202f]{{0,3}}[,.;:!?)\]—–\"”]|$|\s(?i:and|when|that|as)\s)", 2),
    # "earlier in the week", "later in the day": a part of the current unit
    _rule("relunit", rf"(?P<inthe>(?i:earlier|later)){SP}(?i:in){SP}(?P<rel>(?i:the)){SP}(?P<unit>(?i:day|week|month|year))(?![\w-])", 3),
    # "late in the day", "early in the week" (of a month or a year the tense would decide)
    _rule("relunit", rf"(?P<inthe>(?i:early|late)){SP}(?i:in){SP}(?P<rel>(?i:the)){SP}(?P<unit>(?i:day|week))(?![\w-])", 3),
    # financial reports: "the year ended June 30" (a duration), "for the full year"
    _rule("theyear", rf"(?:(?P<skip>(?i:for){SP}))?(?P<the>(?i:the)){SP}(?:(?P<kind>(?i:full|fiscal|financial|latest{SP}fiscal|current{SP}fiscal)){SP})?(?i:year)(?![\w-])(?:(?={SP}(?P<ended>(?i:ended|ending|to{SP}date|through))))?", 1),
    # "by year-end", "since year end", "by year's end": the end of the current year
    _rule("theyear", rf"(?P<skip>(?i:by|since|at|around|about|before|until|till|after|toward|towards|near|through){SP})(?P<yearend>(?i:year[- ]end|year['’]s{SP}end))(?![\w-])", 2),
    # bare "summer", "winter of 2001", "fall 1998"
    _rule("season", rf"(?:(?P<the>(?i:the)){SP})?(?P<season>{SEASON})(?:(?:{SP}(?i:of))?{SP}(?P<year>{YEAR}))?", 0),
    # the third quarter / third-quarter / the 1988 second quarter / Q3 2020 / the first half year
    _rule("quarter", rf"(?:(?P<det>(?i:the|this{SP}year['’]s|last{SP}year['’]s|next{SP}year['’]s|the{SP}year-(?:ago|earlier)|the{SP}comparable|the{SP}same)){SP})?(?:(?P<year1>{YEAR}){SP})?(?:(?i:fiscal|financial)[\s-]{{1,2}})?(?P<ord>{_ci(tw.QUARTER_ORDINALS)})[ \t\u00a0\u202f-]{{1,3}}(?:(?i:fiscal|financial)[\s-]{{1,2}})?(?P<unit>(?i:quarter|half))(?:{SP}(?i:year))?(?![\w-])(?:{SP}(?i:of)(?:{SP}(?i:fiscal))?{SP}(?:(?P<year2>{YEAR})|(?P<relyear>(?i:this|last|next|the{SP}(?:current|previous|same|following))){SP}(?i:year)|(?P<theyear>(?i:the{SP}year))))?", 3),
    _rule("quarter", rf"(?P<qn>Q[1-4]|H[12])(?![-\u2010\u2011][A-Za-z])(?:{SP}(?P<year2>{YEAR}))?", 2),   # not "H1-B visas"
    _rule("quarter", rf"(?P<det>(?i:the)){SP}(?P<year1>{YEAR}){SP}(?P<unit>(?i:period|quarter))(?![\w-])", 2),
    _rule("quarter", rf"(?P<det>(?i:last{SP}year['’]s|this{SP}year['’]s|the{SP}(?:latest|current|past|previous|last|same|next|following|year-ago|year-earlier|comparable|corresponding|year-ago|most{SP}recent|recent|prior|first|second|third|fourth)|last|this|next|that|a{SP}year{SP}ago|the)){SP}(?P<unit>(?i:quarter|period))(?![\w-])(?:{SP}(?i:a{SP}year{SP}(?:ago|earlier)|last{SP}year))?", 1),
    _rule("yearago", rf"(?:(?P<the>(?i:the)){SP})?(?i:year[- ](?:ago|earlier))(?:{SP}(?P<unit>(?i:quarter|period|nine{SP}months|six{SP}months)))?", 2),
    # a year ago / two weeks earlier / three days later / ten years from now
    _rule("ago", rf"(?P<q>{QUANTITY}){SP}(?:(?i:more){SP})?(?P<unit>{UNIT}){_AND_A_HALF}(?:{SP}(?i:or{SP}so))?{SP}(?P<dir>(?i:ago|earlier|later|from{SP}now|hence|(?:before|after|back|prior)(?=[ \t\u00a0\u202f]{{0,2}}(?:[,.;:!?)]|$))))(?![\w-])", 4),
    # 20-year-old / seven years / the past two months / a decade / 5 1/2 hours
    _rule("duration", rf"(?:(?P<the>(?i:the|its|their|his|her)){SP})?(?:(?P<rel>(?i:past|last|next|first|coming|previous|final|latest|following|remaining|ensuing|initial|preceding|subsequent|same|full|entire|whole|prior|recent|other|additional|further|extra)){SP})?(?P<q>{QUANTITY})(?:[ \t\u00a0\u202f-]{{1,2}}(?P<more>(?i:more|further|additional|straight|consecutive|full|long|short|calendar|trading|working|business)))?[ \t\u00a0\u202f-]{{1,2}}(?P<unit>{UNIT}){_AND_A_HALF}(?P<old>-old)?(?:(?P<long>[ \t\u00a0\u202f-](?i:long))(?![\w-]))?(?![\w])", 2),
    # half an hour / half a century
    _rule("duration", rf"(?P<half>(?i:half{SP}an?|a{SP}half{SP}an?)){SP}(?P<unit>{UNIT_SINGULAR})", 2),
    # bare plural units in recurring frames: for years, weeks after, recent months
    _rule("vague", rf"(?:(?P<the>(?i:the)){SP})?(?P<rel>(?i:recent|coming|past|last|next|following|previous|ensuing|subsequent|early|first|final|later|many|intervening|preceding)){SP}(?P<unit>{UNIT_PLURAL})", 1),
    _rule("vague", rf"(?P<skip>(?i:for|over|in|within|took|lasted|after|spent){SP})(?P<unit>(?i:years|months|weeks|days|decades|hours|centuries|minutes))(?![\w-])(?!{SP}(?i:of{SP}(?!talks|negotiations|fighting|war)|old|ago))", 0),
    _rule("vague", rf"(?P<unit>(?i:years|months|weeks|days|decades|hours|centuries))(?=[ \t\u00a0\u202f]{{1,3}}(?i:after|before|later|earlier)[ \t\u00a0\u202f])", 0),
    _rule("vague", rf"(?P<the>(?i:the)){SP}(?P<unit>(?i:years|months|weeks|days|decades|hours)){SP}(?i:ahead)(?![\w-])", 1),
    _rule("vague", rf"(?P<unit>(?i:decades|years|months|weeks|days))-long", 1),
    # "a year-long inquiry", "the day-long meeting": one unit
    _rule("vague", rf"(?P<one>(?i:century|decade|year|month|week|day|hour))-long(?![\w-])", 1),
    # every week / each year / every other Monday / daily / twice a year
    _rule("set", rf"(?P<every>(?i:every|each|per)){SP}(?:(?P<q>(?i:other)|{NUMBER}){SP})?(?P<unit>{UNIT}|{WEEKDAY_FULL}|{MONTH_FULL}|{SEASON}|(?i:weekend))(?![\w-])", 2),
    _rule("set", rf"(?P<adv>{_ci(tw.SET_WORDS)})", 0),
    _rule("set", rf"(?P<freq>(?i:once|twice|thrice|(?:{NUMBER}){SP}times)){SP}(?:(?i:a|an|per|each|every)){SP}(?P<unit>{UNIT_SINGULAR})", 3),
    _rule("set", rf"(?P<skip>(?:\d{{1,3}}|[%]|(?i:million|billion|thousand|cents|percent|dollars|yuan|euros|rubles|roubles|pounds|barrels|tonnes|tons|units|times|visitors|people|cases|flights|trips|meetings)){SP})(?P<a>(?i:a|per)){SP}(?P<unit>(?i:year|month|week|day|night|hour))(?![\w-])", 4),
    # 5 p.m. / 10:35 a.m. EST / 17:00 GMT / noon / midnight / 4 in the morning
    _rule("clock", rf"(?P<h>[01]?\d|2[0-3])(?:[:.](?P<mi>[0-5]\d))?[ \t\u00a0\u202f]{{0,2}}(?P<ampm>{CLOCK_AMPM})(?:{SP}(?P<tz>{TIME_ZONE}|(?i:local{SP}time)))?", 3),
    _rule("clock", rf"(?P<h>[01]?\d|2[0-3]):(?P<mi>[0-5]\d)(?:{SP}(?P<tz>{TIME_ZONE}|(?i:local{SP}time|hrs|hours)))", 3),
    _rule("clock", rf"(?P<h>[01]\d|2[0-3])(?P<mi>[0-5]\d){SP}(?P<tz>{TIME_ZONE}|(?i:hrs))", 2),
    _rule("clock", rf"(?P<h>1[0-2]|[1-9]){SP}(?i:o['’]clock)(?:{SP}(?P<pod2>(?i:in{SP}the{SP}(?:morning|afternoon|evening)|at{SP}night)))?", 3),
    _rule("clock", rf"(?P<h>1[0-2]|[1-9]){SP}(?P<pod2>(?i:in{SP}the{SP}(?:morning|afternoon|evening)|at{SP}night))", 2),
    _rule("clock", rf"(?P<word>(?i:noon|midnight|midday|mid-day))", 1),
    # Christmas / Thanksgiving Day / New Year's Eve 2019
    _rule("holiday", rf"(?:(?P<rel>(?i:last|this|next)){SP})?(?P<name>{_titled(list(tw.FIXED_HOLIDAYS) + list(tw.WEEKDAY_HOLIDAYS) + list(tw.EASTER_HOLIDAYS) + list(tw.THANKSGIVING_DAYS))})(?:,?{SP}(?P<year>{YEAR}))?", 2),
    # now / currently / the future / recently / the past
    _rule("ref", rf"(?P<phrase>{_ci(tw.PRESENT_REF_PHRASES + tw.PAST_REF_PHRASES + tw.FUTURE_REF_PHRASES)})(?![\w-])", 0),
    # that day / the same week / that year (anaphoric)
]

# ---- affixes: words that extend a found core expression ---------------------------

# "early 1991", "mid-November", "the end of 1994", "late last week", "earlier this month"
LEFT_MODIFIER = re.compile(
    r"(?P<mod>(?i:(?:the|its|their)[ \t\u00a0\u202f]{1,3})?(?i:very[ \t\u00a0\u202f]{1,3})?"
    r"(?i:early|earlier|late|later|mid|"
    r"end[ \t\u00a0\u202f]{1,3}of|beginning[ \t\u00a0\u202f]{1,3}of|start[ \t\u00a0\u202f]{1,3}of|middle[ \t\u00a0\u202f]{1,3}of|close[ \t\u00a0\u202f]{1,3}of|"
    r"turn[ \t\u00a0\u202f]{1,3}of|dawn[ \t\u00a0\u202f]{1,3}of|first[ \t\u00a0\u202f]{1,3}half[ \t\u00a0\u202f]{1,3}of|second[ \t\u00a0\u202f]{1,3}half[ \t\u00a0\u202f]{1,3}of|"
    r"latter[ \t\u00a0\u202f]{1,3}half[ \t\u00a0\u202f]{1,3}of|first[ \t\u00a0\u202f]{1,3}part[ \t\u00a0\u202f]{1,3}of|early[ \t\u00a0\u202f]{1,3}part[ \t\u00a0\u202f]{1,3}of|"
    r"latter[ \t\u00a0\u202f]{1,3}part[ \t\u00a0\u202f]{1,3}of|last[ \t\u00a0\u202f]{1,3}part[ \t\u00a0\u202f]{1,3}of|"
    r"the[ \t\u00a0\u202f]{1,3}rest[ \t\u00a0\u202f]{1,3}of))"
    r"(?P<sep>[ \t\u00a0\u202f]{1,3}|-)$"
)
APPROX_LEFT = re.compile(rf"(?P<mod>{APPROX})[ \t\u00a0\u202f]{{1,3}}$")
RIGHT_OR_SO = re.compile(r"^(?P<tail>[ \t\u00a0\u202f]{1,3}(?i:or[ \t\u00a0\u202f]{1,3}so|or[ \t\u00a0\u202f]{1,3}more|and[ \t\u00a0\u202f]{1,3}beyond))(?![\w])")
# a clock time followed by the day it belongs to: "5 p.m. Tuesday", "10 p.m. EST, Nov. 9"
CLOCK_DATE_GLUE = re.compile(r"^(?:,?[ \t\u00a0\u202f]{1,3}(?:(?i:on|of)[ \t\u00a0\u202f]{1,3})?|,?[ \t\u00a0\u202f]{1,3})$")
