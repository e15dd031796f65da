"""What a dated mention is: a happening, background, or nothing the chronology shows.

Each rule is a small function over one ``Mention`` (``event_mention``: the time
expression in its sentence); the tables at the bottom say which rules drop a mention
(``event_labels``, ``event_generic``) and which file it as background (here). General
English and news conventions only. Background is a state, trend or measure, not a
happening of that date: "since 1996" (but "Since 1989, when it crushed the protests"
dates the crackdown), "as of March", "so far this year", "until 2047", a state reached
"by 2016", a target ("reach $200 billion by 2030"), a yearly statistic ("made up 36
percent of the electorate in 2012"), a forecast, a role a person held then.
"""
from __future__ import annotations

import re

from ..rules.event_words import FORECAST_NOUNS, HAPPENING_NOUNS, MEASURE_VERBS, PAST_PARTICIPLES, TENURE_VERBS
from ..rules.speech import TITLE_HEADS
from ..rules.time_words import MONTHS
from . import event_generic as generic
from . import event_results as results
from . import event_supposed as supposed
from .event_checks import is_verb
from .event_labels import (
    citation_date, class_of, clock_shift, comparison_base, copyright_year, date_line,
    embedded_post_date, holiday_as_noun, label_month, label_weekday, label_year,
    reader_greeting, record_date, span_from_now, sport_period, weekday_of_period, window_to_now, wire_dateline,
)
from .event_mention import _COARSE, _WORDS, _YEAR, Mention, clause_of as _clause

# ---- background: states, trends, measures --------------------------------------------

def since(m: Mention) -> bool:
    """ "grounded since March", "the first time since 1905"; but "Since 1989, when it
    crushed the protests" dates the crackdown the when-clause tells."""
    if not re.search(r"(?i)(?:^|\W)since[ \t\u00a0]{1,3}(?:(?:early|late|mid|the)[ \t\u00a0-]{1,3})?$", m.before(30)):
        return False
    return not re.match(r",?[ \t\u00a0]{1,3}when\b", m.after(10))


def tally_to_now(m: Mention) -> bool:
    """ "This year Zhou has had five calls with Petrov", "has risen 5% this month": the
    present perfect over the current period is a tally up to now, not one happening."""
    if not re.fullmatch(r"(?i)(?:so far )?this (?:year|month|season)|(?:so far )?in \d{4}", m.t.text):
        return False
    return re.search(r"(?i)\b(?:has|have)\s+(?:\w+\s+)?(?:had|been|\w+ed|made|held|seen|grown|risen|fallen|won|lost)\b",
                     _clause(m)) is not None


def period_end(m: Mention) -> bool:
    """ "the third quarter ended Sept. 29", "the year ending March 31": the end of a
    reporting period, not a happening."""
    return re.search(r"(?i)\b(?:quarter|year|period|month|week|months|weeks)\s+(?:that\s+)?(?:ended|ending|ends|through)[ \t\u00a0]+$",
                     m.before(40)) is not None


def span_between(m: Mention) -> bool:
    """ "surveys completed between 2008 and 2016", "a surge of new voters between January
    and April": the span of a repeated activity or a trend, not a happening at either end."""
    if not re.fullmatch(r"\d{4}(?:-\d\d)?", m.t.value):
        return False
    end = r"(?:\d{4}|" + _MONTH_NAMES + r")"
    start = re.search(r"(?i)\bbetween[ \t\u00a0]{1,3}$", m.before(12)) is not None \
        and re.match(r"[ \t\u00a0]{1,3}(?:and|to|-|–)[ \t\u00a0]{0,3}" + end, m.after(16)) is not None
    return start or re.search(r"(?i)\bbetween[ \t\u00a0]{1,3}" + end + r"(?:[ \t\u00a0]+\d{4})?[ \t\u00a0]{1,3}(?:and|to)[ \t\u00a0]{1,3}$",
                              m.before(30)) is not None


_MONTH_NAMES = "(?:" + "|".join(m.capitalize() for m in MONTHS) + ")"


_YEARS_SPAN_END = re.compile(r"[ \t\u00a0]{0,3}(?:[-–]|to|until|till|through|thru)[ \t\u00a0]{0,3}(?:the[ \t\u00a0]+(?:end|beginning|start|middle)[ \t\u00a0]+of[ \t\u00a0]+)?(\d{4})(?!\d)")
_YEARS_SPAN_START = re.compile(r"(?i)(?<!\d)(\d{4})[ \t\u00a0]{0,3}(?:[-–]|to|until|till|through|thru)[ \t\u00a0]{0,3}$")


def years_span(m: Mention) -> bool:
    """ "who served as adviser from 2013 to 2015", "first lady, 1981-1989", "income doubled
    from 1950 to 1960", "held a series of votes from 2010 to 2013", "was fined twice from
    1991 to 1997": a stretch of years of a tenure, a state, a trend or a series is not a
    happening of its first or last year (a happening a span of years long is told by its
    start: "began in 2013"). One doing over the years ("ran the scheme from 2002 to 2005")
    stays the person's doing, and so does a date moved from one year to another."""
    if not re.fullmatch(r"\d{4}", m.t.value):
        return False
    year = int(m.t.value)
    start = m.t.start
    after = _YEARS_SPAN_END.match(m.text, m.t.end, min(m.end, m.t.end + 30))
    if after is None or int(after.group(1)) <= year:
        before = _YEARS_SPAN_START.search(m.text, max(m.start, m.t.start - 30), m.t.start)
        if before is None or int(before.group(1)) >= year:
            return False
        start = before.start(1)
    # a tenure or a state ("served", "was"), or a bare span after a title or a name
    # ("first lady, 1981-1989"); a trend ("doubled") or a series ("a series of", "twice")
    lead = m.text[m.start:start]
    lead = re.split(r";|\s[—–]\s|,\s(?=(?:which|while|but|and|who)\b)", lead)[-1]
    if re.search(r"(?:,|\()[ \t\u00a0]*(?:from[ \t\u00a0]+)?$", lead):
        return True
    if _MOVED.search(lead):
        return False
    if re.fullmatch(r"(?i)\W*(?:from|between)?\s*", lead):
        lead = _clause(m)               # a fronted span: "From 2010 to 2013 the party held a series of votes"
    words = [w.lower() for w in _WORDS.findall(lead)][-12:]
    return any(w in TENURE_VERBS or w in MEASURE_VERBS or w in _TREND_VERBS for w in words) \
        or _SERIES.search(lead) is not None


# a trend, or what a record covers
_TREND_VERBS = frozenset("doubled tripled quadrupled halved shrank shrunk dwindled swelled grown risen fallen "
                         "cover covers covered covering spans spanning".split())
# a repeated doing: "a series of", "at least twice", "three separate transactions"
_SERIES = re.compile(r"(?i)\b(?:(?:a|the)[ \t\u00a0]+series[ \t\u00a0]+of|twice|(?:\d+|two|three|four|five|six|seven|eight|nine|ten|"
                     r"several|many|multiple|numerous)[ \t\u00a0]+(?:separate[ \t\u00a0]+|different[ \t\u00a0]+)?(?:times|occasions|"
                     r"[a-z]+s\b)|repeatedly|dozens[ \t\u00a0]+of|hundreds[ \t\u00a0]+of|thousands[ \t\u00a0]+of|each[ \t\u00a0]+year|"
                     r"every[ \t\u00a0]+year|annually)")


# a date moved from one year to the next: the new year is when the thing is due
_MOVED = re.compile(r"(?i)\b(?:mov|postpon|delay|push|shift|reschedul|chang|switch|bump|advanc|brought|bring)\w*"
                    r"(?:[ \t\u00a0]+[\w’'-]+){0,6}[ \t\u00a0]+from[ \t\u00a0]+$")


def document_date(m: Mention) -> bool:
    """ "a letter dated Feb. 4", "a memo dated last March": the date a document bears,
    which names the document; its writing is no happening the chronology shows."""
    return re.search(r"(?i)(?<![\w’'])dated[ \t\u00a0]+(?:on[ \t\u00a0]+)?$", m.before(14)) is not None


def as_of(m: Mention) -> bool:
    return re.search(r"(?i)\bas of[ \t\u00a0]{1,3}$", m.before(12)) is not None


def so_far(m: Mention) -> bool:
    """ "killed so far this year", "so far in 2019": a running tally."""
    return re.search(r"(?i)\bso far[ \t\u00a0]{1,3}(?:in[ \t\u00a0]{1,3})?$", m.before(20)) is not None


def tally_through(m: Mention) -> bool:
    """ "Through Oct. 19, the funds had a 0.85% return", "sales this year through August":
    a running tally up to a date, not a happening of the date or of the period."""
    if re.search(r"(?:^|[.!?“\"(]\s*)(?:Through|Thru)[ \t\u00a0]+$", m.text[max(m.start, m.t.start - 12):m.t.start]) \
            and re.match(r"[^,;]{0,12},", m.after(14)):
        return True
    return _COARSE.fullmatch(m.t.value) is not None and re.match(
        r"[ \t\u00a0]+(?:through|thru)[ \t\u00a0]+(?:the[ \t\u00a0]+end[ \t\u00a0]+of[ \t\u00a0]+)?" + _MONTH_NAMES, m.after(30)) is not None


# a negated verb right before "until": "will not begin until 2017", "won't reopen until May"
_NOT_UNTIL = re.compile(r"(?i)(?:\bnot|n[’']t|\bnever)(?:[ \t\u00a0]+(?:be|been|have|yet|even|fully|formally|officially))?"
                        r"(?:[ \t\u00a0]+(?:expected|likely|set|scheduled|due)[ \t\u00a0]+to)?"
                        r"[ \t\u00a0]+[\w’'-]+(?:[ \t\u00a0]+[\w’'-]+)?$")


def until(m: Mention) -> bool:
    """ "safeguarded until 2047", "funding until at least 2021", "liked the job, like the
    others, until last month": how long a state lasts (but "has until Monday to pay",
    "postponed until Tuesday", "extended its deadline until 9 a.m." set a deadline: a
    happening of that day; "will not begin until 2017" tells when it begins)."""
    g = re.search(r"(?i)(\w+),?[ \t\u00a0]{1,3}(?:until|till|through)[ \t\u00a0]{1,3}(?:at least[ \t\u00a0]{1,3})?$",
                  m.before(40))
    if not g:
        return False
    if _NOT_UNTIL.search(re.split(r";|,\s(?:and|but)\b|\s[—–]\s", m.before(90)[:-len(g.group(0))] + " " + g.group(1))[-1]):
        if not re.match(r"(?i)[ \t\u00a0]*(?:or[ \t\u00a0]+later|at[ \t\u00a0]+the[ \t\u00a0]+earliest)\b", m.after(20)):
            return False                # "will not begin until 2017": it begins then, a happening
    if re.search(r"(?i)(?:until|till)\W*(?:at least\W*)?$", g.group(0)) \
            and _DEADLINE_SET.search(m.before(80)[:-len(g.group(0))] + " " + g.group(1)):
        return False                    # "postponed until Tuesday", "extended its deadline until 9 a.m.": a deadline
    if re.match(r",?[ \t\u00a0]{1,3}when\b", m.after(10)):
        return False                    # "until early 1990, when each bank takes the new name"
    return g.group(1).lower() not in ("has", "have", "had")


# a deadline set or moved: the date after "until" is when the thing is due, a happening
_DEADLINE_SET = re.compile(r"(?i)\b(?:extend(?:s|ed|ing)?|postpon(?:e|es|ed|ing)|delay(?:s|ed|ing)?|defer(?:s|red|ring)?|"
                           r"put off|puts off|pushed back|push back|adjourn(?:s|ed|ing)?|deadline|"
                           r"gave|give|gives|given|giving)\b(?![^,;.]*\b(?:while|but|and then)\b)[^,;.]{0,60}$")


_TARGET = re.compile(r"\b(?:wants?|wanted|aims?|aimed|goal|target|targets|expects?|expected|hopes?|hoped"
                     r"|pledged?|pledges|vows?|vowed|commit(?:s|ted)?|promised?|promises|seeks?|sought)\b")


def by_state_or_target(m: Mention) -> bool:
    """ "had been legalized by 2016" (a state reached), "reach $200 billion by 2030" (a
    target); a deadline for an act ("a decision is due by next week") is a happening."""
    if not re.search(r"(?i)(?:^|\W)by[ \t\u00a0]{1,3}(?:the[ \t\u00a0]{1,3}(?:end|start|middle)[ \t\u00a0]{1,3}of[ \t\u00a0]{1,3})?$",
                     m.before(30)):
        return False
    clause = m.before(120).lower()
    if re.search(r"\b(?:had|has|have)\s+(?:\w+\s+)?(?:been|\w+ed)\b", clause):
        return True
    if m.dct is not None and re.fullmatch(r"\d{4}(?:-(?:Q[1-4]|H[12]))?", m.t.value) \
            and int(m.t.value[:4]) >= m.dct.year and (_TARGET.search(clause)
                                                      or set(re.findall(r"[a-z]+", clause)) & MEASURE_VERBS):
        return True     # "wants it to turn a profit by 2021", "to grow to 85 by 2022": a target
    return bool(re.search(r"[$€£¥]\s?\d|\d\s?(?:%|percent|per cent)|\b(?:billion|million|trillion)\b", clause))


# a figure, then "from"/"compared with" and a short noun phrase before the date: "down 5
# percent from the year-to-date period last year", "up 4 percent from the previous year",
# "12 percent higher compared with the same quarter in 2018" (not a score "112-107 over
# the Kings on Tuesday")

_FIGURE = re.compile(r"\d\s?(?:%|percent|per cent)|[$€£¥]\s?\d|\d[\d,.]*\s(?:million|billion|trillion|people|voters)"
                     r"|\b\d{1,3}(?:,\d{3})+\b|\bone-(?:third|quarter|half)\b|\bhalf of\b")
# a share of a group as the subject: "93 percent of voters were white", "60 percent of
# workers qualified" (a share of a group over a year is a statistic of it; a share that
# voted, "60 percent of voters backed Roe", is a result, like "won 60 percent")
_SHARE_WAS = re.compile(r"\d\s?(?:%|percent|per cent) of [^,;]{0,60}\b(?:was|were|is|are)\b"
                        r"|(?:\d\s?(?:%|percent|per cent)|\bhalf|\bone-(?:third|quarter|fifth))"
                        r" of (?:the |all )?(?:[a-z-]+ ){0,4}?(?:[a-z-]+s|people|workers|staff) "
                        r"(?:(?:who|that) [a-z]+ (?:[a-z-]+ ){0,3})?(?:was|were|is|are|(?!(?:backed|voted|supported|approved|opposed|rejected|endorsed|elected|favored|favoured)\b)[a-z]{3,}ed)\b")
_REPORTED = re.compile(r"\b(?:reported|announced|said|says|found|showed|released|published)\s+that\b")
_PROJECTION = re.compile(r"\b(?:could|might|may|would|will)\s+(?:\w+\s+)?(?:fall|rise|grow|drop|reach|climb|decline)\b")


_HAD_RESULTS = re.compile(r"\b(?:had|has|have|posted|reported)\s+(?:net\s+|annual\s+|total\s+)?"
                          r"(?:sales|revenues?|earnings|profits?|losses|income|turnover|a (?:net )?(?:loss|profit))\b")


def inset_happening(m: Mention) -> bool:
    """ "The old cap, set in 2004, was $500", "the rule, which was expanded in 1985, covers
    40 percent": the date sits in an inset clause of its own that tells a happening (a
    past participle or "which was" + one, between commas or dashes); the figure of the
    sentence belongs to the main clause, not to that date."""
    s = m.text[m.start:m.end]
    at, end = m.t.start - m.start, m.t.end - m.start
    opens = [x.end() for x in re.finditer(r",\s|\s[—–]\s|\(", s[:at])]
    if not opens:
        return False
    inset = s[opens[-1]:at]
    close = re.match(r"[^,;:—–()]*?(?:,\s|\s[—–]\s|\))", s[end:])
    if close is None or _FIGURE.search(inset + s[end:end + close.end()]):
        return False
    # the main clause resumes with its verb: the inset sat between its subject and verb
    resume = re.match(r"\s*(?:(?:not|also|still|now|only)\s+)?([a-z]+)\b", s[end + close.end():])
    if resume is None or not (resume.group(1) in _RESUMING or is_verb(resume.group(1))):
        return False
    head = re.match(r"(?i)(?:(?:which|that|who)\s+(?:was|were|had\s+been|has\s+been)\s+)?(?:first\s+|originally\s+|last\s+)?"
                    r"([a-z]+)\b", inset)
    return head is not None and (head.group(1).endswith("ed") or head.group(1) in PAST_PARTICIPLES) \
        and len(inset.split()) <= 8


_RESUMING = frozenset("is are was were has have had will would can could may might must does did do".split())


def yearly_statistic(m: Mention) -> bool:
    """A measure over a year gone by: "made up 36 percent of the electorate in 2012",
    "an estimated 964,000 people had the disorder in 2017", "93 percent of voters in 2012
    were white", "trade reached $108 billion last year"; or a projected share ("could fall
    to under one-third in 2016"). A report of it dated by its release ("In 2016, the
    department reported that ...") and a share won ("won 60 percent") are happenings."""
    if inset_happening(m):
        return False
    if not re.fullmatch(r"\d{4}(?:-H[12]|-Q[1-4])?", m.t.value):
        return False
    clause = _clause(m).lower()
    if not _FIGURE.search(clause) or re.search(r"\bw[oi]n\b|\bwon\b", clause):
        return False
    if _REPORTED.search(m.sentence()[:max(0, m.t.start - m.start)].lower()):
        return False
    measured = bool(set(re.findall(r"[a-z]+", clause)) & MEASURE_VERBS) or _SHARE_WAS.search(clause) is not None \
        or _HAD_RESULTS.search(clause) is not None \
        or re.search(r"\b(?:made|make|makes) up\b|\baccount(?:ed|s)? for\b", clause) is not None
    if not measured:
        return False
    if m.dct is not None and int(m.t.value[:4]) >= m.dct.year and len(m.t.value) == 4:
        return _PROJECTION.search(clause) is not None and re.search(r"percent|%|one-|half", clause) is not None
    return True


# a sum of money in a reporting period: a verb of earning or a result noun with "of"
# right before the figure ("earned $22.5 million", "a net loss of $3 million", "sales of
# about $40 million", "$12 million in revenue")
_MONEY = r"(?:about |nearly |almost |roughly |some |just |only |more than |less than |an estimated )?[$€£¥]\s?\d"
_RESULT_NOUNS = (r"(?:sales|revenues?|earnings|profits?|income|losses|loss|gains?|turnover|cash flow|charges?|"
                 r"write-?offs?|write-?downs?|dividends?)")
_RESULT = re.compile(
    r"\b(?:earned|netted|lost)\s+(?:a\s+(?:record\s+)?)?" + _MONEY
    + r"|\b" + _RESULT_NOUNS + r"\s+(?:totaling\s+|totalling\s+)?of\s+" + _MONEY
    + r"|[$€£¥]\s?\d[\d.,]*\s+(?:million|billion|trillion)?\s*in\s+(?:annual\s+|net\s+|operating\s+)?"
      r"(?:sales|revenues?|earnings|profits?|income|losses)\b")
# a part of a period's result (a gain or a charge booked in it), or a figure held ("had
# sales of", "had $12 million in revenue"): a figure, never the period's news itself
_PART = re.compile(r"\b(?:gains?|charges?|write-?offs?|write-?downs?|provisions?)\s+of\s+" + _MONEY
                   + r"|\bhad\s+(?:net\s+|annual\s+|total\s+)?(?:sales|revenues?)\s+of\s+" + _MONEY
                   + r"|\bhad\s+(?:(?:more than|about|nearly|some|only)\s+)?[$€£¥]\s?\d[\d.,]*\s+(?:million|billion)?\s*in\s+"
                     r"(?:annual\s+|net\s+)?(?:sales|revenues?)\b")
# the period a result is compared with: "a year earlier", "in the year-ago quarter"
_COMPARED_PERIOD = re.compile(r"(?i)\b(?:year-ago|year-earlier|year earlier|year ago|prior-year|prior year|"
                              r"previous (?:year|quarter|period)|corresponding|same (?:period|quarter|month))\b")


def period_result(m: Mention) -> bool:
    """A sum of money of a reporting period that is not the period's news: the result of
    the period it is compared with ("the unit earned $22.5 million in the year-ago
    quarter", "net income of $5 million a year earlier"), a part of a result ("an after-tax
    gain of about $30 million in the quarter"), or a figure held ("In fiscal 2015 the plant
    had sales of about $40 million"). A firm's own result for the period it reports ("earned
    $5 million in the third quarter") and a sale "for $40 million in 2015" stay happenings."""
    if not _COARSE.fullmatch(m.t.value):
        return False
    if (m.words_before(1) or [""])[-1] in HAPPENING_NOUNS | _MISHAP_NOUNS:
        return False                    # "the earthquake last month will result in a charge of $10 million"
    clause = _clause(m).lower()
    if _PART.search(clause):
        return True
    return _COMPARED_PERIOD.search(m.t.text) is not None and _RESULT.search(clause) is not None


# a mishap named right before a date: the date is the mishap's ("the flood last month")
_MISHAP_NOUNS = frozenset("""
earthquake quake storm hurricane typhoon flood floods fire fires explosion blast bombing
strike strikes spill outage accident
""".split())


_COUNT = re.compile(r"\b(?:had|has|have|recorded|records|saw|sees|logged|registered|counted|suffered|reported)\s+"
                    r"(?:(?:more than|over|about|nearly|almost|just|only|roughly|some|a total of|at least)\s+)?"
                    r"(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a dozen|"
                    r"dozens of|hundreds of|thousands of)\s+(?:[a-z-]+\s+){0,2}?[a-z-]{3,}s\b")


def yearly_count(m: Mention) -> bool:
    """ "In 2014, the town had 115 instances of violent crime", "the city recorded two
    murders in 2014": a count over a year gone by, a statistic rather than a happening."""
    if inset_happening(m):
        return False
    if not re.fullmatch(r"\d{4}", m.t.value) or m.dct is None or int(m.t.value) >= m.dct.year:
        return False
    lead = m.text[m.start:m.t.start]
    fronted = re.fullmatch(r"\W*(?:in|during|for|by)?\s*", lead, re.I) is not None
    before = re.split(r";|\s[—–]\s|,\s(?=(?:which|while|but|and)\b)", lead)[-1].lower()
    counts = [c for c in _COUNT.finditer(_clause(m).lower() if fronted else before)
              if not re.search(r"\b(?:years?|months?|weeks?|days?|hours?|decades?|times)$", c.group(0))]
    return bool(counts)


_LEVEL = re.compile(r"\b(?:was|were|is|are|averaged|averages|stood at|stands at|came in at|"
                    r"(?:remained|remains|stayed|stays|held|holds|hovered|hovers)(?: steady| unchanged)? (?:at|near|around)|"
                    r"was unchanged at)\s+"
                    r"(?:about\s+|nearly\s+|almost\s+|roughly\s+|just\s+|only\s+|an average of\s+)?"
                    r"(?:[$€£¥]\s?\d|\d[\d.,]*\s?(?:%|percent|per cent))")


def period_level(m: Mention) -> bool:
    """A level measured over a month, a quarter or a year: "the average price of a new car
    sold in October was $39,014", "the rate averaged 5.7 percent in October": a figure of
    the period, not a happening (a sale or a vote counted in it is one)."""
    if inset_happening(m):
        return False
    if not _COARSE.fullmatch(m.t.value):
        return False
    if _REPORTED.search(m.sentence().lower()):
        return False    # "In 2016, the department reported that ... was 4 percent": a report
    return _LEVEL.search(_clause(m).lower()) is not None


_RATE = re.compile(r"\bat (?:a|an) (?:[\w-]+ )?(?:rate|pace) of\b|\b(?:averaging|averaged|averages|average)\s+(?:of\s+)?"
                   r"(?:about |nearly |almost |roughly |more than |less than )?[$€£¥]?\d|\ban average of\s+(?:about |nearly |almost )?[$€£¥]?\d"
                   r"|\baverage (?:[\w-]+ ){0,3}(?:for|in|during) [^,;]{0,40}\b(?:is|was|were|are|stood at)\b")


def period_rate(m: Mention) -> bool:
    """A rate or an average over a month, a quarter or a year: "the economy has been
    creating jobs at a rate of 300,000 a month", "after averaging 242,000 for the first
    nine months of 1997", "the average daily turnover for October is 148 million shares",
    "had an average of 5.6 million shares outstanding in the quarter": a figure of the
    period, not a happening (a report of it dated by its release is one)."""
    if inset_happening(m):
        return False
    if not _COARSE.fullmatch(m.t.value):
        return False
    if _REPORTED.search(m.sentence().lower()) or re.search(r"(?i)\b(?:reported|said|announced|released)[ \t\u00a0]+$", m.before(14)):
        return False
    return _RATE.search(_clause(m, _RATE_CUT).lower()) is not None


# the clause cut at every "and" too: "The plant opened in March and averaged 40 cars a day"
_RATE_CUT = re.compile(r";|\s[—–]\s|,\s(?=(?:which|while|but)\b)|\band\b")


_FORECAST = re.compile(r"\b(?:expect|forecast|predict|project|estimate|anticipate)(?:s|ed|ing)?\b"
                       r"|\b(?:forecasts?|projections?|estimates?|outlook)\b")


def forecast(m: Mention) -> bool:
    """A figure forecast for a year, a quarter or a month: "Analysts expect 16.6 million
    cars will be sold this year", "the bank forecasts growth of 2 percent next year": an
    expectation about the period, not a happening in it (a release "expected on Friday"
    is dated to a day and stays a happening)."""
    if not _COARSE.fullmatch(m.t.value):
        return False
    clause = _clause(m).lower()
    if _FORECAST.search(clause) is None or _FIGURE.search(clause) is None:
        return False
    # "projected in May that ...", "In May, the bank forecast ...": when it was forecast
    return not (_FORECAST_MADE_BEFORE.search(m.before(40).lower())
                or _FORECAST_MADE_AFTER.match(m.after(60).lower()) and m.before(3).strip(" ,").lower() in ("", "in"))


# a clause about what a period will bring: a modal or an expectation
_OUTLOOK = re.compile(r"\b(?:will|would|could|can expect|expects?|is likely to|are likely to|is expected to|"
                      r"are expected to|should)\b")
_OUTLOOK_MEASURES = frozenset("""
dividend dividends profit profits earnings revenue revenues sales income growth margin margins
return returns yield yields payout payouts
""".split())


def financial_outlook(m: Mention) -> bool:
    """ "holders can expect strong dividends next year", "shares that will receive only
    partial dividends this year", "a dividend this year nearly twice as high": what a
    year, a half or a quarter will bring in money (a payment "in March" is a happening), a measure of the period to come (or
    not yet closed), never a happening dated by it."""
    if not re.fullmatch(r"\d{4}(?:-[QH]\d)?", m.t.value) or m.dct is None or m.t.value[:4] < str(m.dct.year):
        return False
    clause = _clause(m).lower()
    return _OUTLOOK.search(clause) is not None and bool(set(re.findall(r"[a-z]+", clause)) & _OUTLOOK_MEASURES)


_FORECAST_MADE_BEFORE = re.compile(r"\b(?:expected|forecast|predicted|projected|estimated|anticipated)"
                                   r"[ \t\u00a0]+(?:in|on|during|last|earlier|this)?[ \t\u00a0]*$")
_FORECAST_MADE_AFTER = re.compile(r",?[ \t\u00a0]+(?:the |a |an )?(?:[\w’'.-]+[ \t\u00a0]+){0,4}?"
                                  r"(?:forecast|predicted|projected|estimated)\b")


_LIMIT = re.compile(r"\b(?:can|could|may|is allowed to|are allowed to|is permitted to|are permitted to)\s+"
                    r"(?:\w+\s+){1,3}(?:up to|as much as|no more than|at most)\s+(?:[$€£¥]\s?\d|\d)")


def allowance(m: Mention) -> bool:
    """A limit that holds for a period: "In 2019, you can contribute up to $19,000", "a
    household may claim as much as $500 this year": a rule in force, not a happening."""
    if not _COARSE.fullmatch(m.t.value):
        return False
    return _LIMIT.search(_clause(m).lower()) is not None


def overtaken_plan(m: Mention) -> bool:
    """ "It had been due to expire Friday" (and was extended): a plan the past perfect says
    was overtaken; nothing happened then."""
    return re.search(r"(?i)\bhad[ \t\u00a0]+been[ \t\u00a0]+(?:due|scheduled|set|slated|expected|planned)[ \t\u00a0]+to"
                     r"[ \t\u00a0]+[a-z]+[ \t\u00a0]+(?:(?:on|in|at|by)[ \t\u00a0]+)?$", m.before(60)) is not None


def dating_back(m: Mention) -> bool:
    """ "a losing streak dating to 2007", "a rivalry that goes back to 1990": where a
    state or a series starts, not a happening."""
    return re.search(r"(?i)\b(?:dating|dates?|dated|going|goes|go|stretching|stretches|reaching"
                     r"|(?:traced?|traces|tracing)[ \t\u00a0]+(?:its|their|his|her)?[ \t\u00a0]*(?:\w+[ \t\u00a0]+)?)"
                     r"[ \t\u00a0]+(?:back[ \t\u00a0]+)?to[ \t\u00a0]+(?:the[ \t\u00a0]+)?"
                     r"(?:(?:early|late|mid)[ \t\u00a0-]+)?$", m.before(40)) is not None


_ROLE_BEFORE = re.compile(
    r"(?i)(?:^|,|\()[ \t\u00a0]*(?:who[ \t\u00a0]+(?:was|were|had[ \t\u00a0]+been)[ \t\u00a0]+|then[ \t\u00a0]+)?"
    r"(?:(?:a|an|the|then|former|his|her|their)[ \t\u00a0]+)?((?:[\w’'.&-]+[ \t\u00a0]+){0,14}?)"
    r"(?:in|during|on|for|from)?[ \t\u00a0]*$")
_ROLE_VERBISH = re.compile(r"(?i)^(?:\w+ed|\w+ing|said|told|won|lost|ran|led|made|took|gave|met|who|which|that"
                           r"|when|where|while|as|once|if|until|still|after|before|because|is|are|was|were|be|been|being|has|have|had|will|would)$")


def role_description(m: Mention) -> bool:
    """ "said Jo Roe, a strategist on the governor's campaign in 2008", "Roe, who was the
    senator's top adviser in 2012", "the party's chairman four years ago": a date inside a
    person's description by an office or occupation (an appositive after a name, or "who
    was" + role) dates a role the person held, a state, not a happening."""
    lead = m.text[max(m.start, m.t.start - 300):m.t.start]     # a role is a few words: bounded
    lead = re.split(r"[;:“”\"]|\s[—–]\s", lead)[-1]
    hit = _ROLE_BEFORE.search(lead)
    if hit is None:
        return False
    opener = lead[:hit.start()].rstrip()
    words = [w for w in _WORDS.findall(hit.group(1))]
    if not words or any(w.islower() and (_ROLE_VERBISH.match(w) or w in PAST_PARTICIPLES) for w in words):
        return False
    if not any(w.lower().rstrip("s") in TITLE_HEADS or w.lower() in TITLE_HEADS for w in words):
        return False
    copular = re.search(r"(?i)\bwho[ \t\u00a0]+(?:was|were|had[ \t\u00a0]+been)\b", lead[hit.start():]) is not None
    # an appositive: the description follows a name (a capitalised word before the comma)
    appositive = hit.group(0).lstrip()[:1] in (",", "(") and re.search(
        r"[A-Z][\w’'.-]*[ \t\u00a0]*$", opener) is not None
    return (copular or appositive) and m.after(2)[:1] in ("", ",", ".", ")", ";", " ") \
        and re.match(r"[ \t\u00a0]*(?:,|\.|\)|;|$|and\b)", m.after(8)) is not None


_INTO_WITH_BEFORE = re.compile(r"(?i)\b(?:(?:came|comes|come|coming|went|goes|go|going|headed|heads|head|heading)"
                               r"[ \t\u00a0]+into|entered|enters|enter|entering)[ \t\u00a0]+$")


def carried_into(m: Mention) -> bool:
    """ "Rivers, who came into Tuesday with a lead of 40 delegates", "the mayor enters the
    weekend with momentum": what someone holds as a day begins, a state (the day's own
    happening, "went into Tuesday's vote", is dated by its noun)."""
    if m.t.text.lower().endswith(("'s", "’s")):
        return False
    return _INTO_WITH_BEFORE.search(m.before(30)) is not None \
        and re.match(r"[ \t\u00a0]+with\b", m.after(8)) is not None


_LEVEL_THEN = re.compile(r"(?i)\b(?:what|where|how)[ \t\u00a0]+(?:[\w’'-]+[ \t\u00a0]+){1,3}?"
                         r"(?:was|were|had been|used to be|stood|looked)[ \t\u00a0]+(?:in|on|at|during|back in)?[ \t\u00a0]*$")


def level_then(m: Mention) -> bool:
    """ "worth only half what it was in October", "nowhere near where it was in 2012",
    "properties worth $130 million in October": the level or the value of an earlier date
    a present one is measured against, a state then."""
    if _LEVEL_THEN.search(m.before(50)):
        return True
    worth = _WORTH_THEN.search(m.before(70))
    return worth is not None and re.search(r"\d|\b(?:million|billion|trillion|thousand|hundred|dollars?|pounds?|euros?)\b",
                                           worth.group(1)) is not None


# "worth $130 million in October", "worth a hundred million dollars last year": a value then
_AMOUNT_WORD = (r"(?:[$€£¥]?\d[\d.,]*|a|an|about|nearly|almost|some|roughly|only|just|more|less|than|over|under|"
                r"one|two|three|four|five|six|seven|eight|nine|ten|twelve|[a-z]+teen|[a-z]+ty|hundred|thousand|"
                r"million|billion|trillion|dollars?|pounds?|euros?|yen|cents?)")
_WORTH_THEN = re.compile(r"(?i)\bworth[ \t\u00a0]+((?:" + _AMOUNT_WORD + r"[ \t\u00a0-]+){1,6}?)(?:in|on|at|during|as of)[ \t\u00a0]+$")


def year_as_subject(m: Mention) -> bool:
    """ "2019 is just not as strong as 2018", "2016 was a bad year": the year itself
    described, not a happening in it."""
    return _YEAR.fullmatch(m.t.text) is not None and re.match(
        r"[ \t\u00a0]+(?:is|was|has been|will be|had been|looks|looked)\b", m.after(20)) is not None \
        and re.search(r"(?:^|[.!?“\"‘]\s*)$", m.before(4) if m.t.start - 4 >= m.start else
                      m.text[m.start:m.t.start]) is not None



def future_measure(m: Mention) -> bool:
    """ "worries over global demand next year", "growth in 2021 is seen at 2%": a measure
    of a period still to come (a noun of demand, growth, output ... right before the
    date) frames a forecast; nothing happens on that date."""
    if m.dct is None or not re.fullmatch(r"\d{4}(?:-\d{2})?|\d{4}-(?:Q[1-4]|H[12])", m.t.value):
        return False
    if m.t.value[:7] <= m.dct.isoformat()[:len(m.t.value[:7])]:
        return False                    # not after the publication date
    words = m.words_before(2)
    noun = words[-2] if words and words[-1] in ("for", "in", "during", "over") and len(words) > 1 else (words or [""])[-1]
    return noun in FORECAST_NOUNS


NOT_EVENT_RULES = (label_year, label_month, label_weekday, citation_date, copyright_year, window_to_now,
                   embedded_post_date, date_line, sport_period, span_from_now,
                   holiday_as_noun, clock_shift, class_of, reader_greeting, comparison_base, wire_dateline, weekday_of_period, record_date) + generic.RULES + supposed.RULES
BACKGROUND_RULES = (since, document_date, period_end, span_between, years_span, as_of, so_far, tally_to_now, tally_through, until, by_state_or_target,
                    yearly_statistic, yearly_count, period_result, period_level, period_rate, forecast, financial_outlook, allowance, overtaken_plan, dating_back, carried_into, level_then, role_description, year_as_subject, future_measure) + results.RULES + supposed.STATE_RULES


def not_an_event(m: Mention) -> str | None:
    """The name of the rule that says the mention dates nothing, or None."""
    for rule in NOT_EVENT_RULES:
        if rule(m):
            return rule.__name__
    return None


def background(m: Mention) -> str | None:
    """The name of the rule that files the mention as background, or None (a happening)."""
    for rule in BACKGROUND_RULES:
        if rule(m):
            return rule.__name__
    return None
