"""Dated mentions that date nothing: the rules that keep them out of the chronology.

A year or month that labels something ("the 2001 treaty", "2008's “Fearless”", "the 2020
Democratic hopeful", "the 2022/23 season", "a scrambled November landscape"), unless it
dates a happening the sentence is about ("during the 2000 election", "the December
debate"); a title in quotes (“1989”); a sport's period ("the third quarter" of a game);
the date line of an embedded post ("(@handle) November 20, 2019") or a paragraph that is
only a date line; a holiday used as a noun ("calling Christmas a sham"); a clock time
naming a shift; a comparison base ("up from 1.8% on Monday", "than in 2012"); "the Class
of 2020". Each rule is a small function over one ``Mention``; ``event_kinds`` holds the
tables that run them.
"""
from __future__ import annotations

import re

from ..rules.event_words import EVENT_FAMILY_OF, FINANCE_WORDS, HAPPENING_NOUNS, READER_GREETING, SHIFT_WORDS, SPORT_WORDS
from ..rules.datelines import DATELINE
from ..rules.time_words import MONTHS, PLANNED_EVENT_NOUNS, WEEKDAYS
from .event_checks import is_verb
from .event_mention import _YEAR, Mention, follower as _follower

_TEMPORAL_PREP = frozenset({"in", "since", "by", "until", "till", "from", "during", "before",
                            "after", "through", "throughout", "of", "around", "between",
                            "and", "to", "circa", "early", "late", "mid", "at", "on", "for",
                            "following", "ahead", "amid", "until"})
# prepositions that make "<prep> the 2000 election" a time adverbial of its own
_EVENT_PREP = frozenset({"during", "throughout", "amid",
                         "amid", "throughout", "of"})
_NP_FILLERS = frozenset({"the", "a", "an", "his", "her", "its", "their", "our", "this",
                         "that", "time", "of"})
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
_CAPITALISED_NOT_LABEL = frozenset(m.capitalize() for m in MONTHS) | frozenset(
    w.capitalize() for w in WEEKDAYS) | {"I"}
_QUOTES = "“”\"‘’'«»"
_CAPITALISED_OPENERS = frozenset({"on", "last", "next", "this", "since", "by", "until", "from",
                                  "before", "after", "that", "early", "late", "and", "or"})




def _in_time_adverbial(m: Mention) -> bool:
    """"during the 2000 election", "at the time of his 2018 physical": a preposition of
    time before the noun phrase the label sits in."""
    words = m.words_before(5)
    while words and words[-1] in _NP_FILLERS - {"of"}:
        words.pop()
    if words and words[-1] == "of" and words[-2:-1] == ["time"]:
        return True                     # "at the time of"
    return bool(words) and words[-1] in _EVENT_PREP - {"of"}


def label_year(m: Mention) -> bool:
    """A bare year used as a modifier: "the 2001 treaty", "2008's “Fearless”", "the 2020
    Democratic hopeful", "the 2022/23 season", a title “1989”."""
    t = m.t
    if not _YEAR.fullmatch(t.text) and not re.fullmatch(r"(?i)(?:fiscal|FY|financial)(?: year)? ?\d{4}", t.text):
        return False
    after = m.text[t.end:t.end + 4]
    if re.match(r"[/–-]\d{2}\b", after):
        return True                     # a season across two years: "2022/23", "2019-20"
    before = m.text[max(0, t.start - 1):t.start]
    if before and before in _QUOTES and after[:1] in _QUOTES + ".,":
        return True                     # the whole of a quotation: a title
    if after[:2] in ("’s", "'s"):
        return True                     # "2008's “Fearless”", "2019's best seller"
    past = m.dct is not None and _YEAR.fullmatch(t.text) is not None and int(t.text) < m.dct.year
    other = _COORDINATED_AFTER.match(m.text, t.end)
    if other and past and _occasion_adverbial(m.text, t.start, other.group(2)):
        return False                    # "in the 2008 and 2012 primaries": when it happened
    if other and not _after_time_preposition(m.text, t.start):
        return _label_word(other.group(2))  # "the 2008 and 2012 cycles": both years label
    first = _COORDINATED_BEFORE.search(m.text, max(0, t.start - 40), t.start)     # (anchored at t.start)
    if first and not _after_time_preposition(m.text, first.start()):
        follower = _follower(m)         # "the 2008 and 2012 cycles": the second year
        return bool(follower) and _label_word(follower) and not (past and _occasion_adverbial(
            m.text, first.start(), follower))
    words = m.words_before(1)
    if words and words[-1] in _TEMPORAL_PREP:
        return False                    # "in 2019 Chinese President Xi visited"
    follower = _follower(m)
    if not follower:
        return False
    if past and _occasion_adverbial(m.text, t.start, follower):
        return False                    # "in the 2008 primary, she won": when it happened
    if past and _MAKING_OF.search(m.text, max(0, t.start - 40), t.start):
        return False                    # "since passage of the 1938 law": the law's making, that year
    if past and _names_a_happening(m.text, t.end) and _adverbial_or_subject(m):
        return False                    # "in his 2004 reelection win", "That 1969 fire
        #                                 spread": the happening of that year the clause is told in
    return _label_word(follower) and not _in_time_adverbial(m)


# nouns of a happening a past year may date from before ("his 2004 reelection win", "the
# 1987 crash", "a 2011 drone strike"); not a document, a law or a study ("the 2013
# immigration bill", "a 2014 study"), a state ("the 2008 financial crisis") or a campaign
# or a term (periods, not happenings)
_HAPPENING_HEADS = frozenset("""
win wins victory victories loss defeat defeats upset landslide race contest election elections
primary primaries caucus caucuses runoff referendum vote convention debate debates
attack attacks bombing bombings shooting shootings killing killings murder murders massacre
assassination kidnapping strike airstrike airstrikes raid raids invasion uprising revolution
coup riot riots crash fire explosion blast earthquake quake hurricane storm flood collapse
arrest arrests trial hearing hearings ruling verdict decision summit meeting talks visit trip
speech interview debut premiere sale merger takeover acquisition bankruptcy recapitalization
rally protest protests march walkout shutdown event inauguration wedding funeral death
discussion conversation appearance announcement endorsement testimony
""".split())
# the making of a document, a law or an institution the year labels: "passage of the 1938
# law", "the signing of the 1994 treaty" (the year a law or a treaty is named by is the
# year it was made)
_MAKING_OF = re.compile(r"(?i)\b(?:passage|passing|signing|adoption|enactment|ratification|approval|founding|"
                        r"creation|drafting|unveiling|publication)[ \t\u00a0]+of[ \t\u00a0]+(?:the[ \t\u00a0]+|a[ \t\u00a0]+|its[ \t\u00a0]+|their[ \t\u00a0]+)?$")
_HEAD_WORD = re.compile(r"[ \t\u00a0]{1,3}([A-Za-z][\w.’'-]*)")


_NP_OPENERS = frozenset({"the", "a", "an", "his", "her", "its", "their", "our", "my", "your",
                         "that", "this", "those", "these"})
_PLACING_PREPOSITIONS = frozenset({"in", "at", "during", "after", "before", "following", "amid",
                                   "throughout"})
_SPANS = frozenset({"days", "weeks", "months", "years", "decades", "day", "week", "month", "year",
                    "decade", "summer", "winter", "spring", "fall", "autumn", "morning", "night",
                    "shortly", "soon", "long", "just", "right"})


def _adverbial_or_subject(m: Mention) -> bool:
    """The noun phrase the year opens places the clause's happening ("got 62 million votes
    in his 2004 reelection win", "fled after the 1987 crash") or is its subject ("That 1969
    fire turned ..."); an object or an apposition ("singled out his 2005 vote", "Roe, the
    1973 decision") only names it, and "three decades after his 1985 debut" dates
    something later."""
    words = m.words_before(5)
    while words and (words[-1] in _NP_OPENERS or words[-1].endswith(("'s", "’s"))):
        words.pop()
    if not words:
        return len(m.words_before(5)) <= 1 and not m.before(12).strip(" \t“\"‘'(").endswith(",")
    if words[-1] not in _PLACING_PREPOSITIONS:
        return False
    return not (words[-1] in ("after", "before") and len(words) > 1 and words[-2] in _SPANS)


def _names_a_happening(text: str, end: int) -> bool:
    """A happening noun among the (up to four) words of the noun phrase the year opens:
    "the 2014 Senate victories", "the 1998 abortion clinic bombing"."""
    at = end
    for _ in range(4):
        w = _HEAD_WORD.match(text, at, min(len(text), at + 40))
        if w is None:
            return False
        word = w.group(1).rstrip(".").lower()
        if word in _HAPPENING_HEADS and w.group(1)[0].islower():
            return True
        if word in _NOT_LABEL_WORDS or word.endswith("ed") and w.group(1)[0].islower():
            return False                # the noun phrase has ended ("2004 and", "1996 banned")
        at = w.end()
    return False


# a year joined to another before one noun: "the 2008 and 2012 cycles", "2019, 2020 budgets"
_COORDINATED_AFTER = re.compile(r"(?:,[ \t]*|[ \t]+(?:and|or|&)[ \t]+)(\d{4})[ \t]+([A-Za-z][\w’'-]*)")
_COORDINATED_BEFORE = re.compile(r"\b\d{4}(?:,[ \t]*|[ \t]+(?:and|or|&)[ \t]+)$")
# occasions a year names when a preposition of time stands before it: "in the 2008 primary"
_OCCASIONS = PLANNED_EVENT_NOUNS | frozenset({"primaries", "caucus", "caucuses", "convention",
                                              "olympics", "games", "races", "midterms", "midterm",
                                              "general"})


def _after_time_preposition(text: str, start: int) -> bool:
    """A preposition of time right before the year (or its "the"): "in 2008 and 2012"."""
    words = re.findall(r"[A-Za-z]+", text[max(0, start - 24):start].lower())
    if words and words[-1] == "the":
        words.pop()
    return bool(words) and words[-1] in _TEMPORAL_PREP - {"and", "of", "to"}


def _occasion_adverbial(text: str, start: int, follower: str) -> bool:
    """ "in the 2008 primary", "during the 2012 general election": a preposition of time,
    "the", the year and an occasion: the year dates the happening told around it (the
    caller keeps this to past years: "in the 2016 campaign" of a 2016 article is the
    running campaign's label)."""
    words = re.findall(r"[A-Za-z]+", text[max(0, start - 24):start].lower())
    return len(words) >= 2 and words[-1] == "the" and words[-2] in ("in", "during", "throughout", "amid") \
        and follower.lower() in _OCCASIONS


def _label_word(follower: str) -> bool:
    """Can the word after a year be the noun it labels ("treaty", "Democratic")?"""
    if follower[0].isupper():
        return follower not in _CAPITALISED_NOT_LABEL
    return follower not in _NOT_LABEL_WORDS and not follower.endswith("ly")


def label_month(m: Mention) -> bool:
    """A month name modifying a noun: "a scrambled November landscape", "Norway's October
    oil production" (but "the December debate" names a happening of that month)."""
    t = m.t
    parts = t.text.split()
    if parts[0].rstrip(".").lower() not in MONTHS or len(parts) > 2 \
            or (len(parts) == 2 and not _YEAR.fullmatch(parts[1])):
        return False                    # "November", "a March 2019 study"
    follower = _follower(m)
    if not follower or not follower[0].islower() or follower in _NOT_LABEL_WORDS:
        return False
    words = m.words_before(1)
    if not words or words[-1] in _TEMPORAL_PREP or words[-1] in ("last", "next", "this"):
        return False
    nouns = re.findall(r"[a-z]+", m.after(40).lower())[:3]
    if any(n in PLANNED_EVENT_NOUNS or n in EVENT_FAMILY_OF or n in HAPPENING_NOUNS for n in nouns):
        return False                    # "a key September conversation", "an October news conference"
    return not _in_time_adverbial(m)


def label_weekday(m: Mention) -> bool:
    """A weekday naming an edition or a routine: "end Saturday publication", "the Sunday
    papers" (not "said Saturday that", "met Monday with")."""
    if m.t.text.lower() not in WEEKDAYS:
        return False
    follower = _follower(m)
    if not follower or not follower[0].islower() or follower in _NOT_LABEL_WORDS \
            or follower in ("morning", "afternoon", "evening", "night", "nights") or follower.endswith(("ed", "ly")) \
            or follower in HAPPENING_NOUNS:
        return False                    # "his Tuesday wins" are Tuesday's
    words = m.words_before(1)
    if not words:
        return False
    prev = words[-1]
    return prev in ("the", "a", "its", "their", "his", "her", "end", "ends", "ended", "of", "every") \
        or prev.endswith("’s")


def citation_date(m: Mention) -> bool:
    """The date of a cited source in brackets: "(…, USATODAY.com, Thursday)"."""
    return re.search(r"\([^()]{2,200},[ \t\u00a0]*$", m.before(200)) is not None \
        and re.match(r"[ \t\u00a0]*\)", m.text[m.t.end:m.t.end + 4]) is not None


def copyright_year(m: Mention) -> bool:
    """ "Copyright 2023", "© 2019 NYP Holdings": the page's copyright line."""
    return re.search(r"(?i)(?:copyright|©|\(c\))[ \t\u00a0]*(?:\d{4}[ \t\u00a0]*[-–][ \t\u00a0]*)?$", m.before(30)) is not None


def window_to_now(m: Mention) -> bool:
    """ "used cannabis in the past month", "in the past year": a window ending now, not a
    calendar month or year (the past week stays: it is dated as its week); "in last
    month's shooting" owns a happening of the calendar month."""
    if m.text[m.t.end:m.t.end + 2] in ("'s", "’s"):
        return False
    return re.fullmatch(r"(?i)(?:the )?(?:past|last) (?:month|year|twelve months|12 months|decade)", m.t.text) is not None \
        and re.search(r"(?i)\b(?:in|over|during|within|for)[ \t\u00a0]{1,3}$", m.before(10)) is not None


def span_from_now(m: Mention) -> bool:
    """ "every day between now and November", "a theme from now to Election Day", "from
    now until the vote", "have between now and Friday to decide": the end of a stretch
    that starts now is a limit, not when anything happens."""
    return re.search(r"(?i)(?:^|\W)(?:between[ \t\u00a0]+now[ \t\u00a0]+and|from[ \t\u00a0]+now[ \t\u00a0]+"
                     r"(?:on[ \t\u00a0]+)?(?:until|till|to|through|thru))[ \t\u00a0]+(?:the[ \t\u00a0]+)?$", m.before(50)) is not None


def embedded_post_date(m: Mention) -> bool:
    """The date line of an embedded post: "— Name (@handle) November 20, 2019"."""
    return re.search(r"\(@\w{1,30}\)[ \t\u00a0]*$", m.text[max(m.p_start, m.t.start - 40):m.t.start]) is not None


def date_line(m: Mention) -> bool:
    """A paragraph that is only a date line ("November 18, 2019 | 4:10pm", "By A Writer
    Nov. 18, 2019 7:04 pm ET"): no verb, a handful of words besides the date."""
    if m.p_end - m.p_start > 300:
        return False
    para = m.text[m.p_start:m.p_end]
    rest = (para[:m.t.start - m.p_start] + " " + para[m.t.end - m.p_start:]).lower()
    words = [w for w in re.findall(r"[a-z]+", rest) if w not in _DATE_LINE_WORDS]
    return len(words) <= 3 and not re.search(r"\b(?:said|says|was|is|were|are|will)\b", rest) \
        and not any(is_verb(w) for w in words)       # "Earlier Friday, lawyers filed a petition."


_WIRE_DATELINE = re.compile(DATELINE)


def wire_dateline(m: Mention) -> bool:
    """ "WASHINGTON, Aug. 24 (UPI) — A spokesman ...": the date of a wire dateline opening
    the paragraph is the story's, not a happening the sentence tells."""
    d = _WIRE_DATELINE.match(m.text, m.p_start, m.p_end)
    if d is None or d.group("when") is None or not d.start("when") <= m.t.start < d.end("when") + 1:
        return False
    place = d.group("place")
    return bool(d.group("agency")) or place.upper() == place


def reader_greeting(m: Mention) -> bool:
    """ "This is the tech news you need to know this Tuesday", "Good morning, and welcome
    to ... this Monday": a newsletter's greeting to its reader, dated by the issue."""
    return re.search(READER_GREETING, m.sentence(), re.I) is not None


_DATE_LINE_WORDS = frozenset({"am", "pm", "a", "p", "m", "by", "updated", "published", "et", "gmt",
                              "utc", "est", "last", "modified", "on", "mon", "tue", "wed", "thu",
                              "fri", "sat", "sun", "posted", "at"})


def sport_period(m: Mention) -> bool:
    """ "the third quarter", "the first half" of a game, not of a year."""
    if not re.search(r"(?i)\b(?:quarter|half|period|inning)\b", m.t.text) or _YEAR.search(m.t.text):
        return False
    if re.match(r"[ \t\u00a0]{1,3}of[ \t\u00a0]{1,3}(?:the[ \t\u00a0]{1,3})?(?:year|fiscal|\d{4})", m.after(30)):
        return False
    sentence = set(re.findall(r"[a-z$%]+", m.sentence().lower()))
    if sentence & FINANCE_WORDS or "$" in m.sentence() or "%" in m.sentence():
        return False
    near = m.text[max(m.p_start, m.t.start - 600):min(m.p_end, m.t.end + 600)]   # bounded
    paragraph = set(re.findall(r"[a-z-]+", near.lower()))
    return bool((sentence | paragraph) & SPORT_WORDS)


_DEICTIC_WORDS = frozenset({"yesterday", "today", "tomorrow", "tonight"})


def holiday_as_noun(m: Mention) -> bool:
    """ "calling Christmas a sham": a holiday's name with no preposition of time."""
    if not re.fullmatch(r"(?:[A-Z][a-z’'.]+ ?){1,3}", m.t.text) or any(
            w.lower().rstrip(".") in WEEKDAYS or w.lower().rstrip(".") in MONTHS
            or w.lower() in _DEICTIC_WORDS for w in m.t.text.split()):
        return False                    # "Earlier Friday", "Late Monday", "Yesterday,": a day, no holiday
    words = m.words_before(1)
    return not words or words[-1] not in _TEMPORAL_PREP | {"last", "next", "this", "over"}


def clock_shift(m: Mention) -> bool:
    """A clock time naming a shift or a daily slot ("the midnight-to-8 a.m. shift")."""
    if m.t.type != "TIME" or not re.search(r"T\d\d:\d\d$", m.t.value) or re.search(r"\d{4}|[A-Z][a-z]+day", m.t.text):
        return False
    around = (m.before(40) + " " + m.after(40)).lower()
    return bool(set(re.findall(r"[a-z]+", around)) & SHIFT_WORDS) or m.text[m.t.end:m.t.end + 4] == "-to-" \
        or m.text[max(0, m.t.start - 4):m.t.start] == "-to-"



# a figure in words with its unit: "up eight points from March", "a four-point dip from
# March" (not "one from January", "three transactions from 2009")
_NUMBER_WORD = (r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
                r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|half a)"
                r"(?:-(?:point|percent|percentage-point)|\s+(?:percentage\s+)?(?:points?|percent|per cent)\b)")
_COMPARED = re.compile(
    r"(?:\d[\d.,]*\s?(?:%|percent|per cent|points?|million|billion)?|\b(?:higher|lower)|" + _NUMBER_WORD + r")"
    r"\s+(?:[\w.,$%-]+\s+){0,3}?(?:from|compared (?:with|to))\s+"
    r"(?:(?!(?:that|who|which|when|where|after|before|because|and|but)\b)[\w'’-]+\s+){0,4}"
    r"(?:in\s+|on\s+|at\s+|during\s+)?$")


def comparison_base(m: Mention) -> bool:
    """ "down from 1.808% late on Monday", "up from 633 million francs last year", "an
    increase from the previous year", "than
    Romney was in 2012", "down 5 percent from the year-to-date period last year", "not as
    strong as 2018": the date of a level something is compared with. Nothing happened
    then that the sentence tells: the chronology leaves it out (its line would tell the
    new level's happening under the old date)."""
    before = m.before(50).lower()
    if _COMPARED.search(m.before(90).lower()) or re.search(
            r"\bas\s+(?!(?:soon|early|late|long|recently|far|of)\b)\w+\s+as\s+(?:in\s+)?$", before):
        return True
    if re.search(r"\bfrom\s+(?:[$€£]?\d[\d.,/]*\s?(?:%|percent|per cent)?(?:\s+(?:million|billion|trillion|thousand))?"
                 r"(?:\s+(?!(?:to|until|till|through|and|or)\b)[a-z]+)?\s+)?(?:late\s+|early\s+)?(?:on\s+|in\s+)?$", before) \
            and re.search(r"\b(?:up|down|increase|decrease|rise|fall|drop|jump|gain|from|narrowed|widened|"
                          r"shrank|improved|eased|slipped|rose|fell|grew|declined|dropped|climbed)\b", before):
        return bool(re.search(r"\d|increase|decrease|rise|fall|drop|jump|gain|\b(?:narrowed|widened|shrank|improved"
                              r"|eased|slipped|rose|fell|grew|declined|climbed)\b", before))
    if re.search(r"(?:^|,)\s*(?:compared (?:with|to)|versus|vs\.?)\s+(?:[\w'’-]+\s+){0,4}$", before):
        return True                 # "Sales fell in March, compared with a year earlier"
    if _COMPARED_FIGURE.search(m.before(110).lower()):
        return True                 # "up from $66.8 million, or 81 cents a share, a year ago"
    return re.search(r"\bthan\s+(?:\w+\s+){0,3}$", before) is not None


# "from", "compared with" or "versus", then a figure given in a few words ("$66.8 million,
# or 81 cents a share,", "earnings of $33 million", "C$307.2") right before the date: the
# level of the date something is compared with
_FIGURE_WORD = r"(?:[a-z]{0,2}[$€£¥#]?\d[\d.,]*%?|or|of|a|an|about|nearly|some|cents?|shares?|million|billion|" \
               r"trillion|percent|per|cent|points?|[a-z]+ (?:dollars|cents)|guilders|francs|marks|yen|pounds|euros|" \
               r"dollars|earnings|profits?|net|income|sales|revenues?|losses|loss|the|same|level|total)"
_COMPARED_FIGURE = re.compile(r"\b(?:from|compared (?:with|to)|versus|vs\.?)\s+((?:" + _FIGURE_WORD + r",?\s+){1,12})"
                              r"(?:in\s+|on\s+|at\s+|during\s+)?$")


def class_of(m: Mention) -> bool:
    """ "the Class of 2020", "a vintage of 2015": a year naming a group, not a date."""
    return re.search(r"(?i)\b(?:class|vintage|cohort|batch)[ \t\u00a0]+of[ \t\u00a0]+$",
                     m.before(20)) is not None




_WEEKDAY_START = re.compile(r"(?i)(?:" + "|".join(WEEKDAYS) + r")\b")
# a coarser period right after a weekday: "a rainy Thursday afternoon this month", "on a
# Monday in March", "one Sunday last year"
_PERIOD_AFTER = re.compile(r"(?i)[ \t\u00a0]{1,3}(?:(?:earlier|later)[ \t\u00a0]+)?(?:this|last|next|that)[ \t\u00a0]+"
                           r"(?:month|year|spring|summer|fall|autumn|winter)\b"
                           r"|[ \t\u00a0]{1,3}(?:in|of)[ \t\u00a0]+(?:early[ \t\u00a0]+|late[ \t\u00a0]+|mid-?)?"
                           r"(?:" + "|".join(m.capitalize() for m in MONTHS) + r")\b")


def weekday_of_period(m: Mention) -> bool:
    """A weekday told only with the month or year around it ("on a rainy Thursday
    afternoon this month", "one Monday in March"): which Thursday the text does not say;
    the month's own mention dates it."""
    if not _WEEKDAY_START.match(m.t.text):
        return False
    if not re.search(r"(?i)\b(?:a|an|one|another)[ \t\u00a0]+(?:[\w’'-]+[ \t\u00a0]+){0,2}$", m.before(30)):
        return False                    # "on Thursday this month" may name the day; "a Thursday" does not
    return _PERIOD_AFTER.match(m.text, m.t.end) is not None


def record_date(m: Mention) -> bool:
    """ "payable Jan. 2 to stock of record Dec. 15", "rights for holders of record as of
    Nov. 8": a record date names which holders a payment goes to, a cutoff labelling them;
    nothing happens that day (the payment's own date, "payable Jan. 2", is a happening)."""
    return re.search(r"(?i)\bof[ \t\u00a0]+record[ \t\u00a0]+(?:(?:on|as[ \t\u00a0]+of|at)[ \t\u00a0]+)?$",
                     m.before(30)) is not None
