"""A reporting period's own figures: background, never the period's happening.

"Net income rose 51% in the third quarter", "the company earned $7.6 billion last year",
"a loss for the third quarter", "its third-quarter performance", "loss reserves stood at
$108 million on June 30": each measures a period (or a day's level), and the chronology
does not show a quarter or a year as the date something happened. What happened is the
report of the figures, dated by its own date ("said on Tuesday", "last week reported") and
kept as a happening. General English of company and economic reports only.
"""
from __future__ import annotations

import re

from .event_mention import _COARSE, Mention, clause_of

_FIGURE_NOUNS = (r"(?:net income|net profit|net loss|net|earnings|profits?|sales|revenues?|income|losses|loss|"
                 r"turnover|cash flow|operating (?:profit|income|loss)|results?|performance|margins?|output|"
                 r"shipments|orders|per-share earnings|earnings per share)")
_CHANGE = (r"(?:rose|rises|fell|falls|climbed|climbs|jumped|jumps|dropped|drops|declined|declines|increased|increases|"
           r"decreased|decreases|slipped|slips|surged|surges|plunged|plunges|soared|soars|grew|grows|gained|gains|"
           r"tumbled|tumbles|slid|slides|edged (?:up|down)|doubled|tripled|narrowed|narrows|widened|widens|"
           r"totaled|totalled|totals|amounted to|came to|reached|was|were)")
# the figure noun as the subject of a change verb: "net income rose 51%", "sales fell to $3 billion"
_FIGURE_CHANGED = re.compile(r"\b" + _FIGURE_NOUNS + r"\s+(?:(?:of|at|for)\s+(?:the\s+)?[\w&.’'-]+(?:\s+[\w&.’'-]+){0,3}\s+)?"
                             r"(?:also\s+|only\s+)?" + _CHANGE + r"\b")
_AMOUNT = re.compile(r"[$€£¥]\s?\d|\d\s?(?:%|percent|per cent)|\b\d[\d.,]*\s+(?:million|billion|trillion)\b"
                     r"|\b(?:million|billion|trillion)\b")
# a verb of earning or losing with an amount: "earned nearly $7.6 billion", "lost $3 million"
_EARNED = re.compile(r"\b(?:earned|earns|netted|nets|lost|loses|posted|posts|booked|books)\s+(?:a\s+|an\s+)?(?:(?:net|record|quarterly|annual|operating|pretax|"
                     r"after-tax)\s+)?(?:(?:about|nearly|almost|roughly|some|just|only|more than|less than|"
                     r"an estimated)\s+)?[$€£¥]\s?\d")
# the figure noun right before the date: "a loss for the third quarter", "earnings in the quarter"
_FIGURE_FOR = re.compile(r"(?i)\b(" + _FIGURE_NOUNS + r")\s+(?:of\s+[^,;]{1,30}?\s+)?(?:for|in|during|over)\s+(?:the\s+)?$")
# the date as the figure's modifier: "third-quarter earnings", "its 1988 sales", "fiscal 1989 results"
_FIGURE_AFTER = re.compile(r"(?i)^[ \t\u00a0]*(?:(?:net|operating|pretax|per-share|consolidated)\s+)?(" + _FIGURE_NOUNS + r")\b")
# nouns that name other things too ("his 2008 loss", "the 2016 results" of a vote): a
# figure only beside an amount or a quarter or half of a year
_AMBIGUOUS = frozenset("loss losses result results performance output orders margin margins".split())
# a level held at a date: "stood at $108 million on June 30", "closed at $8 a share on Oct. 9"
_LEVEL_AT = re.compile(r"\b(?:stood|stands|standing|closed|closes|closing|was unchanged|remained|remains|stayed|"
                       r"ended|ends|finished|traded|trades|trading)\s+at\s+[$€£¥]?\d[^,;]{0,40}?(?:\s(?:on|at|as of)\s*)?$"
                       r"|\bfrom\s+(?:a\s+(?:price|level|high|low|rate)\s+of\s+)?[$€£¥]\s?\d[^,;]{0,30}?\s(?:on|at)\s*$")
# where the figure's clause ends: "started work in 1992 and earns $21 an hour", "revenue
# totaled $1 billion, reflecting its acquisition of X earlier this year"
_FIGURE_CUT = re.compile(r";|\s[—–]\s|\band\b|,\s(?=(?:which|while|but|reflecting|because|after|following|when|as|amid|"
                         r"despite|since|including)\b)")
_LEVEL_FIRST = re.compile(r",?[ \t\u00a0]+(?:[\w’'.&-]+[ \t\u00a0]+){1,5}?(?:stood|closed|was unchanged|remained|stayed|"
                          r"ended|finished|traded)[ \t\u00a0]+at[ \t\u00a0]+[$€£¥]?\d")
_REPORT_VERB = re.compile(r"(?i)\b(?:reported|reports|announced|announces|posted|posts|said|says|disclosed|released)\s*$")


def _future(m: Mention) -> bool:
    return m.dct is not None and m.t.value[:4].isdigit() and int(m.t.value[:4]) > m.dct.year


def period_figure(m: Mention) -> bool:
    """A period's own figure (earnings, sales, a loss, a result) told with the period: the
    figure is the period's measure, background, whether it is the company's latest result
    or a comparison ("net income rose 51% in the third quarter", "earned $7.6 billion last
    year", "reported a loss for the third quarter", "third-quarter earnings of $9.8
    million"). A sale, a deal or a charge for a happening named with the date, and a
    forecast for a coming period (other rules), are not this rule's."""
    if not _COARSE.fullmatch(m.t.value) or _future(m):
        return False
    clause = clause_of(m).lower()
    sure = bool(re.search(r"-(?:Q[1-4]|H[12])$", m.t.value)) or _AMOUNT.search(clause) is not None
    after = _FIGURE_AFTER.match(m.text[m.t.end:m.t.end + 60])
    if after and (sure or after.group(1).lower() not in _AMBIGUOUS):
        return True                    # "third-quarter earnings", "its 1988 sales"
    before = _FIGURE_FOR.search(m.before(80))
    if before and (sure or before.group(1).lower() not in _AMBIGUOUS):
        return True                    # "a net loss for the third quarter"
    own = clause_of(m, _FIGURE_CUT).lower()
    if _EARNED.search(own) or (_FIGURE_CHANGED.search(own) and _AMOUNT.search(own)):
        return True
    return False


def level_at_date(m: Mention) -> bool:
    """A level held at a day: "loss reserves stood at $108 million on June 30", "the stock
    closed at $12 on Oct. 9", "from a price of $8 a share on Oct. 9": the day is when the
    level was measured, a figure rather than a happening (a report of it on that day,
    "reported on Tuesday that ...", is one)."""
    before = m.before(90)
    if _LEVEL_AT.search(before.lower()):
        return not _REPORT_VERB.search(before)
    # the day first: "On June 30, loss reserves stood at $108 million"
    fronted = re.fullmatch(r"\W*(?:on|as of|at)?\W*", m.text[m.start:m.t.start], re.I) is not None
    return fronted and _LEVEL_FIRST.match(m.text[m.t.end:m.t.end + 120].lower()) is not None


RULES = (period_figure, level_at_date)
