"""Dates of what is only supposed, expected or usual, and years that name a thing: no
happening told at that date (``RULES``, in ``event_kinds.NOT_EVENT_RULES``).

* ``denied_outcome``: a date inside an outcome the sentence denies follows ("the dispute
  does not mean the party will lose the state in November");
* ``expected_state``: a state expected at a date ("the suburbs are expected to be
  decisive on Election Day"): a forecast of how things will be, not a happening;
* ``seasonal_habit``: a season without its year in a clause in the present ("In winter,
  when orders slow, the plant is quiet"): what is usual each year;
* ``named_year``: a year after a noun as part of a name ("the mood campaign 2016 left",
  "its Vision 2030 plan").

General English only.
"""
from __future__ import annotations

import re

from ..rules.event_words import HAPPENING_NOUNS
from ..rules.time_words import MONTHS, PLANNED_EVENT_NOUNS
from .event_checks import is_verb
from .event_mention import _YEAR, Mention, clause_of

_SP = r"[ \t\u00a0]+"
# an implication denied: "does not mean", "doesn't guarantee", "is no guarantee that"
_DENIED = re.compile(r"(?i)(?<![\w’'])(?:(?:does|do|did|will|would)(?:n[’']t|" + _SP + r"not)|won[’']t)" + _SP
                     + r"(?:necessarily" + _SP + r")?(?:mean|guarantee|ensure|signal|suggest)(?:" + _SP + r"that)?" + _SP
                     + r"|(?<![\w’'])(?:is|was)" + _SP + r"no" + _SP + r"(?:guarantee|sign|indication)" + _SP + r"(?:that" + _SP + r")?")
# another clause opens between the denial and the date
_CLAUSE_END = re.compile(r"(?i)[,;:—–()]|\s-\s|(?<![\w’'])(?:when|than|who|which|that|where|after|before|since|"
                         r"while|because|until|but)(?![\w’'])")


def denied_outcome(m: Mention) -> bool:
    """ "The quarrel does not mean the party will lose the state in November", "a lead is
    no guarantee she wins on Tuesday": the outcome is denied to follow, a supposition, and
    the date dates nothing told (a planned happening named at the date, "the vote in
    November", is told elsewhere in its own right and stays here too)."""
    before = m.before(200)
    hits = list(_DENIED.finditer(before))
    if not hits:
        return False
    between = before[hits[-1].end():]
    if _CLAUSE_END.search(between) or len(between.split()) > 20:
        return False
    if m.text[m.t.end:m.t.end + 2] in ("’s", "'s"):
        return False
    following = re.findall(r"[a-z]+", m.text[m.t.end:m.t.end + 20].lower())[:1]
    near = re.findall(r"[a-z]+", between.lower())[-3:] + following
    return not any(w in PLANNED_EVENT_NOUNS for w in near)


# "are expected to be decisive", "is likely to remain close": a state forecast
_EXPECTED = re.compile(r"(?i)(?<![\w’'])(?:expected|likely|projected|predicted|forecast|poised|unlikely)" + _SP
                       + r"to" + _SP + r"(?:be|remain|stay|prove)" + _SP + r"(?:(?:very|more|less|most|even|especially|"
                       r"particularly|quite|highly|fairly|so|too)" + _SP + r")?([a-z][\w’'-]*)")
# what after "be" is no adjective of a state: a passive or a place of a planned happening
_NOT_STATE = re.compile(r"(?:\w+ed|\w+en|made|held|sent|told|paid|sold|built|set|put|cut|hit|won|lost|"
                        r"in|at|on|out|back|here|there|present|among|the|a|an|his|her|their|its|our|"
                        r"able|about|due|up|down|over|through|done|gone|first|last|next)")


def expected_state(m: Mention) -> bool:
    """ "The two states are expected to be pivotal on Election Day", "turnout is likely to
    remain low in March": how things are expected to be then, a forecast of a state, no
    happening ("is expected to be announced on Monday", "expected to be in Iowa on
    Tuesday" plan one and stay)."""
    clause = clause_of(m)
    at = m.t.start - m.start - max(0, m.sentence().find(clause))
    hits = list(_EXPECTED.finditer(clause[:max(0, at)]))
    if not hits:
        return False
    hit = hits[-1]
    if _NOT_STATE.fullmatch(hit.group(1).lower()):
        return False
    between = clause[hit.end():at]
    return len(between.split()) <= 6 and not _CLAUSE_END.search(between)


_SEASONS = r"(?:spring|summer|fall|autumn|winter)"
# a season alone, no year, no "this", "last", "next": "during summer", "in the fall", "winter"
_BARE_SEASON = re.compile(r"(?i)(?:(?:in|during|through|over|the|early|late|mid)[ \t\u00a0-]+)*" + _SEASONS)
_PAST_OR_FUTURE = re.compile(r"\b(?:was|were|had|did|will|would|won[’']t|\w+ed|said|told|went|came|took|made|"
                             r"won|lost|met|began|left|gave|got|saw|ran|spoke|wrote|sent|held|fell|rose)\b")
_PRESENT = re.compile(r"\b(?:is|are|has|have|can|tends?|gets?|becomes?|peaks?|runs?|stays?|remains?)\b")


def seasonal_habit(m: Mention) -> bool:
    """ "During summer and fall, when demand peaks, her shift is long", "In winter the
    roads are closed": a season without a year in a sentence in the present tells what
    happens every year, no dated happening (a planned happening, "the vote is in the
    fall", and a clause in the past or future keep the date)."""
    if not _BARE_SEASON.fullmatch(m.t.text.strip()):
        return False
    s = clause_of(m, re.compile(r";|\s[—–]\s|,\s(?=(?:but|and)\b)")).lower()
    if _PAST_OR_FUTURE.search(s) or not _PRESENT.search(s):
        return False
    words = set(re.findall(r"[a-z]+", s))
    return not words & PLANNED_EVENT_NOUNS


_NOT_A_NAME = frozenset({"in", "of", "since", "until", "by", "from", "to", "for", "during", "after", "before",
                         "and", "or", "than", "through", "about", "around", "early", "late", "mid", "year",
                         "fiscal", "spring", "summer", "fall", "autumn", "winter", "the", "a", "an", "on", "at",
                         "is", "was", "be", "been", "are", "were", "circa", "c", "ca", "between", "till", "within",
                         "into", "last", "this", "next", "that", "every", "each", "per", "as", "like", "over"})
_MONTHS_LOWER = frozenset(w.lower().rstrip(".") for w in MONTHS)


def named_year(m: Mention) -> bool:
    """ "the hope campaign 2016 gave them", "its Vision 2030 plan", "Census 2020 counts":
    a year right after a noun is part of a name; the noun's thing is named, nothing is
    dated by it. A year after a preposition, a month, a season, "fiscal" or a holiday
    ("Christmas 2019") dates something and is no name."""
    if not _YEAR.fullmatch(m.t.text):
        return False
    g = re.search(r"(?<![\w’'.-])([A-Za-z][a-z]+)[ \t\u00a0]$", m.text[max(m.start, m.t.start - 30):m.t.start])
    if not g:
        return False
    word = g.group(1)
    low = word.lower()
    if low in _NOT_A_NAME or low in _MONTHS_LOWER or low.endswith(("ed", "ing", "ly")) or is_verb(low):
        return False
    if word[0].isupper():
        # a capitalised head: a name only when it opens no sentence and is no holiday or day
        if low in ("day", "eve", "christmas", "easter", "thanksgiving", "night", "week") \
                or re.search(r"(?:^|[.!?]\s*)$", m.text[m.start:m.t.start - len(word) - 1]):
            return False
        return True
    # a lowercase head: a name only when the year is followed by a verb or ends a noun phrase
    # that is a subject or an object ("campaign 2016 has inspired", "the mood of campaign 2016.")
    return re.match(r"[ \t\u00a0]+(?:has|have|had|is|was|will|would|could|gave|left|brought|inspired|"
                    r"made|became|turned)\b", m.text[m.t.end:m.t.end + 20]) is not None


# "shortly after", "the day after": at about that date, or at a date counted from it
_NEAR_AFTER = frozenset({"shortly", "soon", "right", "just", "immediately", "directly", "hours", "hour", "minutes",
                         "moments", "day", "night", "morning", "evening", "afternoon", "days", "weeks", "week"})


def only_after(m: Mention) -> bool:
    """ "will have most delegates after Super Tuesday", "the shares are redeemable after
    Jan. 1": some time after that date, a bound, not a happening on it ("after Tuesday's
    vote" names the vote, a happening of that day; "shortly after Christmas", "the day
    after Christmas" are at or counted from it and stay)."""
    lead = re.match(r"(?i)after[ \t\u00a0]+", m.t.text)
    before = m.text[max(m.start, m.t.start - 30):m.t.start]
    if not lead:
        g = re.search(r"(?i)(?<![\w’'])after[ \t\u00a0]+$", before)
        if not g:
            return False
        before = before[:g.start()]
    prev = re.findall(r"[a-z]+", before.lower())[-1:]
    if prev and prev[0] in _NEAR_AFTER:
        return False
    following = re.findall(r"[a-z]+", m.text[m.t.end:m.t.end + 20].lower())[:1]
    if any(w in PLANNED_EVENT_NOUNS or w in HAPPENING_NOUNS for w in following):
        return False                    # "after Super Tuesday balloting": the balloting's day
    if re.match(r",?[ \t\u00a0]+when\b", m.text[m.t.end:m.t.end + 10]):
        return False                    # "after last week, when the index fell": the fall's week
    return m.text[m.t.end:m.t.end + 2] not in ("’s", "'s")


# a fear: "worried (that)", "feared", "is afraid" (not "fears of", "worried about")
_FEAR = re.compile(r"(?i)(?<![\w’'])(?:worr(?:y|ies|ied|ying)|fear(?:s|ed|ing)?|(?:is|are|was|were)[ \t\u00a0]+afraid|"
                   r"dread(?:s|ed|ing)?)(?:[ \t\u00a0]+that)?[ \t\u00a0]+(?!(?:of|about|for|over|to|on|in|at)\b)")
_MODAL = re.compile(r"(?i)(?<![\w’'])(?:would|will|could|might|may|won[’']t)(?![\w’'])")


def feared(m: Mention) -> bool:
    """ "Many worried their efforts would fail today", "she feared the dam might break on
    Sunday": an outcome feared, told with a modal, is no happening of that date ("feared
    on Sunday that ..." dates the fearing; a planned happening named stays)."""
    before = m.before(200)
    hits = list(_FEAR.finditer(before))
    if not hits:
        return False
    between = before[hits[-1].end():]
    modals = list(_MODAL.finditer(between))
    if not modals or _CLAUSE_END.search(between) or len(between.split()) > 20:
        return False
    if re.search(r"(?i)(?<![\w’'])to[ \t\u00a0]+[a-z]+", between[modals[-1].end():]):
        return False                    # "will hurt their ability to court voters next year": the nested act's date
    if m.text[m.t.end:m.t.end + 2] in ("’s", "'s"):
        return False
    following = re.findall(r"[a-z]+", m.text[m.t.end:m.t.end + 20].lower())[:1]
    near = re.findall(r"[a-z]+", between.lower())[-3:] + following
    return not any(w in PLANNED_EVENT_NOUNS for w in near)


RULES = (denied_outcome, expected_state, seasonal_habit, named_year, only_after, feared)


_PERIOD = re.compile(r"(?i)(?:this|last|next|that)[ \t\u00a0]+(?:week|weekend|month|year|season|summer|winter|spring|fall|autumn)"
                     r"|today|yesterday")
# the period's own description: a copula and no noun of a happening, passive or plan after it
_DESCRIBED = re.compile(r"[ \t\u00a0]+(?:is|was|has been|had been|looks|looked|seems|seemed|feels|felt)[ \t\u00a0]+"
                        r"(?:(?:very|so|more|less|quite|pretty|really|also|not|even|much)[ \t\u00a0]+)?"
                        r"(?!(?:the|a|an|his|her|their|its|our|my|your|when|why|what|where|to|about|going|set|expected|"
                        r"scheduled|due|election|\w+ed|\w+ing)\b)([a-z][\w’'-]*)[ \t\u00a0]*(?:[.!,;]|$)")


def period_as_subject(m: Mention) -> bool:
    """ "This week is positive.", "Last month was quiet, too": a period opening its
    sentence as the subject of a copula and an adjective describes the period, a state,
    not a happening in it ("Today is the day we vote" names a happening and stays)."""
    if not _PERIOD.fullmatch(m.t.text.strip()):
        return False
    opening = m.text[m.start:m.t.start]
    if not re.fullmatch(r"[\W]*", opening):
        return False
    return _DESCRIBED.match(m.text[m.t.end:min(m.end, m.t.end + 60)]) is not None


def fronted_by(m: Mention) -> bool:
    """ "By 2010, his comeback was complete", "By midday the crowd had swelled to 300",
    "By 2018, the wage would be the highest": a date after "by" opening its sentence
    tells a state reached by then (or a limit), not a happening of that date ("By March
    1, when nine states vote" names the vote's day and stays)."""
    lead = re.match(r"By[ \t\u00a0]", m.t.text)
    opening = m.text[m.start:m.t.start]
    if not lead and not re.fullmatch(r"[\W]*By[ \t\u00a0]+(?:the[ \t\u00a0]+(?:end|start|middle|close)[ \t\u00a0]+of[ \t\u00a0]+)?", opening):
        return False
    if lead and not re.fullmatch(r"[\W]*", opening):
        return False
    return re.match(r",?[ \t\u00a0]+when\b", m.text[m.t.end:m.t.end + 10]) is None


# a copula and an adjective: "were the most dangerous", "was unchanged", "were the same at 37%"
_COPULA_ADJ = re.compile(r"(?i)(?<![\w’'])(?:was|were)[ \t\u00a0]+(?:(?:not|still|already|also|very|so|far|much|"
                         r"even|again|roughly|about|nearly|almost|just|actually|really|then|once|probably|perhaps|arguably)[ \t\u00a0]+)*(?:the[ \t\u00a0]+(?:most|least|same|highest|"
                         r"lowest|largest|biggest|smallest|best|worst)|more|less|(?:the[ \t\u00a0]+)?[a-z]{2,}est)\b")
_ACT = re.compile(r"(?i)(?<![\w’'])(?:\w+ed|said|told|says|won|lost|met|made|took|gave|went|came|ran|began|left|"
                  r"held|sent|got|became|fell|rose|hit|put|set|cut)(?![\w’'])")


def superlative_state(m: Mention) -> bool:
    """ "The two cities were the most dangerous in the country in 2014", "ratings were
    the same at 37% in late July": a copula and a superlative or comparison describe how
    things stood then, a state (background), when no act is told in the clause."""
    clause = clause_of(m, re.compile(r";|\s[—–]\s|,\s(?=(?:which|while|but|and|although|though|who)\b)|[“”\"]"))
    g = _COPULA_ADJ.search(clause)
    if not g:
        return False
    if re.search(r"(?i)\b(?:when|as|while|after|before)[ \t\u00a0]+(?:he|she|they|it|we|i|the|[A-Z]\w+)\b",
                 m.text[m.t.end:m.end]):
        return False                    # "was emphatic Monday when he spoke": the speaking's day
    return _ACT.search(clause) is None


# an amount, then at most four words, then "by": "to 450 gigawatts by", "1 million users by the end of"
_AMOUNT_BY = re.compile(r"(?i)(?:[$€£¥][ ]?\d|\d)[\d,.]*(?:[ \t\u00a0]*(?:%|percent|per cent))?"
                        r"(?:[ \t\u00a0]+(?:million|billion|trillion))?(?:[ \t\u00a0]+[a-z][\w-]*){0,4}[ \t\u00a0]+by[ \t\u00a0]+"
                        r"(?:the[ \t\u00a0]+(?:end|start|middle|close)[ \t\u00a0]+of[ \t\u00a0]+)?$")


def amount_by(m: Mention) -> bool:
    """ "going from 175 gigawatts to 450 gigawatts by 2030", "to sign up 2 million members
    by the end of 2021": an amount to be reached by a date, a target or a level, background
    (the pledge or the report of it is the happening, dated by its own date)."""
    if re.match(r"(?i)by[ \t\u00a0]", m.t.text):
        before = m.text[max(m.start, m.t.start - 80):m.t.start] + "by "
    else:
        before = m.text[max(m.start, m.t.start - 80):m.t.start]
    return _AMOUNT_BY.search(before) is not None and not re.match(r",?[ \t\u00a0]+when\b", m.text[m.t.end:m.t.end + 10])


STATE_RULES = (period_as_subject, fronted_by, superlative_state, amount_by)
