"""Dates that date no happening because the sentence is generic, hypothetical or a note
about the page: rules of ``event_kinds.NOT_EVENT_RULES`` kept apart from the labels.

* ``habitual``: what happens every year at that time ("In November, the air gets still",
  "rice is typically harvested in late October");
* ``nowadays``: "today" meaning these days ("still leaves her angry today", "continues to
  suffer today");
* ``even_if``: a date inside a concession about what might be ("even if it stretches well
  into 2020");
* ``correction_notice``: the date of an editor's correction or clarification.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..rules.time_words import HABITUAL_WORDS, MONTHS, PLANNED_EVENT_NOUNS

if TYPE_CHECKING:                                     # pragma: no cover
    from .event_kinds import Mention

_CLAUSE_CUT = re.compile(r";|\s[—–]\s|,\s(?=(?:which|while|but|and|although|though)\b)")
_YEARLESS = re.compile(r"(?i)^(?:(?:in|on|by|during|early|late|mid|the)[ \t\u00a0-]+)*"
                       r"(?:early|late|mid)?[ \t\u00a0-]*(?:" + "|".join(sorted(MONTHS, key=len, reverse=True))
                       + r")\.?(?:[ \t\u00a0]+\d{1,2}(?:st|nd|rd|th)?)?$")
# verbs of a change that comes with the season ("the air gets still", "leaves turn")
_GENERIC_PRESENT = re.compile(r"\b(?:gets|get|turns|turn|becomes|become|tends|tend|grows|grow)\b")
_NOWADAYS = re.compile(r"\b(?:still|even|continues to|continue to|to this day|remains|remain)\b")
_NOTICE = re.compile(r"(?i)^\W*(?:correction|clarification|editor[’']?s[ \t]+note)\b[^:\n]{0,60}:")


def _clause(m: Mention) -> str:
    s = m.sentence()
    at = m.t.start - m.start
    cuts = [0] + [x.end() for x in _CLAUSE_CUT.finditer(s)] + [len(s)]
    for a, b in zip(cuts, cuts[1:]):
        if a <= at < b:
            return s[a:b]
    return s


def habitual(m: Mention) -> bool:
    """A month or a day of the year without its year, in a clause that tells what is
    usual ("typically", "every year") or what the season brings ("the air gets still").
    A planned happening of that month ("the vote is in November") stays one."""
    if not _YEARLESS.match(m.t.text):
        return False
    clause = _clause(m).lower()
    if any(w in clause for w in HABITUAL_WORDS):
        return True
    words = set(re.findall(r"[a-z]+", clause))
    if words & PLANNED_EVENT_NOUNS or re.search(r"\b(?:was|were|had|did|will|would|\w+ed)\b", clause):
        return False
    return _GENERIC_PRESENT.search(clause) is not None


def nowadays(m: Mention) -> bool:
    """ "Today" in a clause about what still holds: these days, not the article's day."""
    return m.t.text.lower() == "today" and _NOWADAYS.search(_clause(m).lower()) is not None


def even_if(m: Mention) -> bool:
    """A date inside "even if ..." (what might be, conceded), up to the clause's end."""
    before = m.text[m.start:m.t.start].lower()
    at = before.rfind("even if ")
    return at >= 0 and not re.search(r"[,;:—–]", before[at:])


def correction_notice(m: Mention) -> bool:
    """ "Correction, Nov. 15, 2019: This article originally misidentified ...": the date
    of a note about the page, not of the story."""
    return _NOTICE.match(m.sentence()) is not None


RULES = (habitual, nowadays, even_if, correction_notice)
