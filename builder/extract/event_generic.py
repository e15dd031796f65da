"""Dates that date no happening because the sentence is generic, hypothetical or a note
about the page: rules of ``event_kinds.NOT_EVENT_RULES`` kept apart from the labels.

* ``habitual``: what happens every year at that time ("In November, the air gets still",
  "rice is typically harvested in late October");
* ``nowadays``: "today" meaning these days ("still leaves her angry today", "continues to
  suffer today");
* ``state_today``: the present state of things ("the role Doe plays today", "today's
  computers are ..."), unless the clause names an occasion ("the vote is today");
* ``even_if``: a date inside a concession about what might be ("even if it stretches well
  into 2020");
* ``conditional``: a date inside a condition ("if she carries the state on Tuesday");
* ``correction_notice``: the date of an editor's correction or clarification;
* ``some_weekday``: "One Sunday in late 2001", "every Monday": no one day;
* ``overnight_as_suddenly``: "doubling its size overnight": all at once;
* ``only_before``: "tweeted before Election Day": a bound, not the day;
* ``negated``: "did not hold a poll this year": the clause denies the happening.
"""
from __future__ import annotations

import re

from ..rules.time_words import HABITUAL_WORDS, MONTHS, PLANNED_EVENT_NOUNS, WEEKDAYS
from ..rules.event_words import EVENT_FAMILY_OF, HAPPENING_NOUNS
from .event_mention import Mention, clause_of

_CLAUSE_CUT = re.compile(r";|\s[—–]\s|,\s(?=(?:which|while|but|and|although|though)\b)")
_YEARLESS = re.compile(r"(?i)^(?:(?:in|on|by|during|early|late|mid|the)[ \t\u00a0-]+)*"
                       r"(?:early|late|mid)?[ \t\u00a0-]*(?:" + "|".join(sorted(MONTHS, key=len, reverse=True))
                       + r")\.?(?:[ \t\u00a0]+\d{1,2}(?:st|nd|rd|th)?)?$")
# verbs of a change that comes with the season ("the air gets still", "leaves turn")
_GENERIC_PRESENT = re.compile(r"\b(?:gets|get|turns|turn|becomes|become|tends|tend|grows|grow)\b")
_NOWADAYS = re.compile(r"\b(?:still|even|continues to|continue to|to this day|remains|remain)\b")
_NOTICE = re.compile(r"(?i)^\W*(?:correction|clarification|editor[’']?s[ \t]+note)\b[^:\n]{0,60}:")


def _clause(m: Mention) -> str:
    return clause_of(m, _CLAUSE_CUT)


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


# a noun after a determiner ("the vote", "today's first debate"), not a verb ("the right to vote")
_OCCASION_NOUN = re.compile(r"(?:\b(?:the|a|an|its|their|his|her|this|that|our|today[’']s)|[a-z][’']s)"
                            r"[ \t\u00a0]+([a-z]+)(?:[ \t\u00a0]+([a-z]+))?")


def state_today(m: Mention) -> bool:
    """ "Marsh's clear advantage today is ...", "the role Petrov plays today", "today's
    personal computers are ...": the present state of things, "these days", not a
    happening of the day; it dates nothing."""
    if m.t.text.lower().replace("’", "'") not in ("today", "today's", "now", "these days"):
        return False
    clause = _clause(m).lower()
    if any(w in PLANNED_EVENT_NOUNS for pair in _OCCASION_NOUN.findall(clause) for w in pair):
        return False                    # "the vote is today": a happening of the day
    return re.search(r"\b(?:is|are|remains|remain|plays|seems|appears|has|have)\b", clause) is not None \
        and re.search(r"\b(?:said|told|announced|was|were|did|will|would)\b|\w+ed\b", clause) is None


# a clause cut at commas and quotation marks too: "today" is read with its own verb
_TODAY_CUT = re.compile(r"[;,:“”\"]|\s[—–]\s|\b(?:that|which|who|because|when|while|but|and|said|says|told)\b")
# the present of a state: a copula not opening a plan or a progressive ("is expected to",
# "is meeting"), a modal "be", or "do" closing a comparison ("as workers do today")
_PRESENT_STATE = re.compile(
    r"\b(?:is|are|remains?|seems?|(?:may|might|could|can|would) be)[ \t\u00a0]+(?:today[ \t\u00a0]+)?"
    r"(?!(?:today\b|to\b|in\b|at\b|on\b|here\b|there\b|due\b|set\b|about\b|going\b|poised\b|likely\b|"
    r"scheduled\b|expected\b|slated\b|planned\b|not\b|\w+ing\b|\w+ed\b|been\b|being\b))\w+"
    r"|\b(?:is|are)[ \t\u00a0]+today\W*$"
    r"|\b(?:do|does)[ \t\u00a0]+today\b")
_PAST_OR_PLAN = re.compile(r"\b(?:was|were|had|has|have|will|\w+ed|said|told|did|went|came|took|made|won|lost|met|"
                           r"began|left|gave|got|saw|ran|spoke|wrote|sent|held|fell|rose)\b")


def today_as_now(m: Mention) -> bool:
    """The present of a state read in the clause of "today"'s own verb (``state_today``
    reads the whole sentence, and a speech verb before keeps it from firing): "The boy
    today is the symbol of our unity", "where the party is today", "a
    moderate judge today may be far better", "as federal workers do today": "today" as
    nowadays, the present of a state, no happening of the day (a past or planned act
    beside it, "the attack that happened today", "will rule today", stays one)."""
    if m.t.text.lower() != "today" or re.search(r"(?i)\b(?:\w+ed|said|says|told|spoke|met)[ \t\u00a0]+$", m.before(20)):
        return False                    # "said today", "announced today": the act's own day
    s = m.sentence()
    at = m.t.start - m.start
    cuts = [0] + [x.end() for x in _TODAY_CUT.finditer(s)] + [len(s)]
    clause = next((s[a:b] for a, b in zip(cuts, cuts[1:]) if a <= at < b), s).lower()
    if _PAST_OR_PLAN.search(clause) \
            or any(w in PLANNED_EVENT_NOUNS for pair in _OCCASION_NOUN.findall(clause) for w in pair):
        return False                    # "the vote is today": a happening of the day
    return _PRESENT_STATE.search(clause) is not None


def even_if(m: Mention) -> bool:
    """A date inside "even if ..." (what might be, conceded), up to the clause's end."""
    before = m.text[m.start:m.t.start].lower()
    at = before.rfind("even if ")
    return at >= 0 and not re.search(r"[,;:—–]", before[at:])


_IF = re.compile(r"(?i)(?<![\w’'])(?:if|unless)[ \t\u00a0]+")
# "if" meaning "whether" after a word of asking or knowing ("asked if", "not known if"),
# and "as if", "even if" (its own rule), "only if"
_NOT_A_CONDITION_BEFORE = frozenset({"as", "even", "asked", "ask", "asks", "asking", "know", "knew",
                                     "known", "knows", "wonder", "wondered", "wonders", "wondering",
                                     "see", "sure", "clear", "unclear", "decide", "decided", "determine",
                                     "check", "checked", "whether", "unsure", "uncertain"})
# another clause or a comparison opens before the date: "if it loses by more than it did
# in 2012", "if they lose when the case is heard in May"
_CONDITION_END = re.compile(r"(?i)[,;:—–()]|\s-\s|(?<![\w’'])(?:when|than|who|which|that|after|before|since|"
                            r"where|while|because|until|what|how|whom|whose)(?![\w’'])")


def conditional(m: Mention) -> bool:
    """A date inside a condition ("If she carries the state on Tuesday, ...", "unless the
    board approves it in May"): a happening supposed, not told. The condition runs from
    "if" to the date with nothing between that opens another clause. A date naming a
    planned happening stays ("if he wins the caucuses on Monday", "if Tuesday's vote", "if
    the November election goes their way"):
    that happening takes place either way."""
    before = m.before(200)              # the condition is at most 20 words long
    hits = list(_IF.finditer(before))
    if not hits:
        return False
    hit = hits[-1]
    prev = re.findall(r"[a-z]+", before[max(0, hit.start() - 20):hit.start()].lower())
    if prev and prev[-1] in _NOT_A_CONDITION_BEFORE:
        return False
    between = before[hit.end():]
    if _CONDITION_END.search(between) or len(between.split()) > 20:
        return False
    if m.text[m.t.end:m.t.end + 2] in ("’s", "'s"):
        return False
    following = re.findall(r"[a-z]+", m.text[m.t.end:m.t.end + 20].lower())[:1]
    if any(w in HAPPENING_NOUNS or w in EVENT_FAMILY_OF for w in following):
        return False        # "if he follows up his Tuesday wins": a happening the date names
    near = re.findall(r"[a-z]+", between.lower())[-4:] + following
    return not any(w in PLANNED_EVENT_NOUNS for w in near)


def correction_notice(m: Mention) -> bool:
    """ "Correction, Nov. 15, 2019: This article originally misidentified ...": the date
    of a note about the page, not of the story."""
    return _NOTICE.match(m.sentence()) is not None


def some_weekday(m: Mention) -> bool:
    """ "One Sunday in late 2001", "every Monday": a weekday not fixed to
    a date (the coarser date beside it, if any, is its own mention)."""
    if m.t.text.lower() not in WEEKDAYS:
        return False
    before = re.findall(r"[a-z]+", m.text[max(m.start, m.t.start - 12):m.t.start].lower())
    return bool(before) and before[-1] in ("one", "every", "each", "some", "any")


_SUDDEN = re.compile(r"\b(?:becom\w*|became|transform\w*|chang\w*|doubl\w*|tripl\w*|happen\w*|"
                     r"disappear\w*|vanish\w*|turn\w* into|sensation|success|star)\b")


def overnight_as_suddenly(m: Mention) -> bool:
    """ "doubling its size overnight", "it won't happen overnight", "became a star
    overnight": all at once, not the night before the article."""
    return m.t.text.lower() == "overnight" and _SUDDEN.search(_clause(m).lower()) is not None


def only_before(m: Mention) -> bool:
    """ "Trump tweeted before Election Day": some time before that day, not on it ("before
    Tuesday's vote" names the vote, a happening of that day, and stays)."""
    if not re.search(r"(?i)(?<![\w’'])before[ \t\u00a0]+$", m.text[max(m.start, m.t.start - 10):m.t.start]):
        return False
    return m.text[m.t.end:m.t.end + 2] not in ("’s", "'s")


# a negated verb: what did not happen ("did not hold a poll this year", "won't vote Friday",
# "has no intention of selling in 2020")
_NEGATION = re.compile(r"(?i)(?<![\w’'])(?:(?:did|does|do|has|have|had|was|were|is|are|will|would|could)"
                       r"(?:n[’']t|[ \t\u00a0]+not)|won[’']t|never|"
                       r"(?:has|have|had)[ \t\u00a0]+no[ \t\u00a0]+(?:intention|intentions|plans?)[ \t\u00a0]+(?:of|to))(?![\w’'])")
_NEGATION_WORDS_MAX = 10
# what ends the negation's reach before the date: another clause or a time bound
_SCOPE_END = re.compile(r"(?i)\b(?:until|till|since|before|after|but|that|who|which|when)\b|,")
# a date inside a noun phrase ("the July 25 call", "his 2006 death", "Tuesday's vote")
_NAMES_A_THING_BEFORE = re.compile(r"(?i)\b(?:the|a|an|his|her|its|their|our|my|your)[ \t\u00a0]+$")
# a noun right after the date: "the 2006 death", "Tuesday's vote" (a part of the day is no noun)
_NOUN_AFTER = re.compile(r"[’']s\b|[ \t]+(?!(?:night|morning|afternoon|evening)\b)[a-z]+\b(?![ \t]+(?:in|at|on|to)\b)")
# a subordinator right after the date: it closes its clause too ("on Thursday even if ...")
_OPENS_CLAUSE_AFTER = re.compile(r"(?i)[ \t\u00a0]+(?:even|if|unless|because|although|though|while|when|despite)\b")
# the date closes the clause: "... a poll this year.", "... next month, but"
_ADVERBIAL_END = re.compile(r"\s*(?:[.,;:!?)]|$)")


def negated(m: Mention) -> bool:
    """ "Republicans did not hold a poll this year": the date's clause denies the
    happening (a negated verb before the date, few words before it, nothing between that
    opens another clause). "did not arrive until Monday" arrived on Monday: it stays."""
    clause = _clause(m)
    at = m.t.start - m.start - (m.sentence().find(clause) if clause else 0)
    before = clause[:max(0, at)]
    hits = list(_NEGATION.finditer(before))
    if not hits:
        return False
    between = before[hits[-1].end():]
    if len(between.split()) > _NEGATION_WORDS_MAX or _SCOPE_END.search(between):
        return False
    # the date must date the verb, not name another happening: "was not on the July 25
    # call", "before Tuesday's event", "the December debate" happened or will
    if _NAMES_A_THING_BEFORE.search(between):
        return False
    after = m.text[m.t.end:m.t.end + 30]
    if _OPENS_CLAUSE_AFTER.match(after):
        return True                     # "on Thursday morning even if ...": the date closes its clause
    return _ADVERBIAL_END.match(after) is not None or not _NOUN_AFTER.match(after)


_HOPE = re.compile(r"(?i)(?<![\w’'])(?<!any )(?<!the )(?<!a )(?<!his )(?<!her )(?<!their )(?<!its )(?<!our )(?<!my )"
                   r"(?<!no )(?<!some )(?<!your )(?:(?:hope|hopes|hoped|hoping|wish|wishes|wished|wishing)(?:[ \t\u00a0]+that)?"
                   r"|(?:pray|prays|prayed|praying|dream|dreams|dreamed|dreamt|dreaming)[ \t\u00a0]+that)[ \t\u00a0]+")


def hoped_for(m: Mention) -> bool:
    """A date inside what someone hopes, wishes or prays for ("I hope that on Nov. 8 the
    voters will ...", "she wished the war would end next year", "fans pray that the team
    wins on Sunday"): a happening wished, not told. "hopes to finish by next year" is a
    target (background), "hoped for a win in the primary on Tuesday", "Hopes of a truce
    earlier in the day drove ..." (a noun) and a hope for a
    planned happening keep its date, and a dated hope ("said on Monday she hoped") dates
    the saying."""
    before = m.before(200)
    hits = list(_HOPE.finditer(before))
    if not hits:
        return False
    between = before[hits[-1].end():]
    if hits[-1].group(0)[0].isupper() or re.match(r"(?i)(?:to|for|of)[ \t\u00a0]", between) or _CONDITION_END.search(between) or len(between.split()) > 20:
        return False
    following = re.findall(r"[a-z]+", m.text[m.t.end:m.t.end + 20].lower())[:1]
    near = re.findall(r"[a-z]+", between.lower())[-4:] + following
    return not any(w in PLANNED_EVENT_NOUNS for w in near)     # the primary on Tuesday takes place either way


RULES = (habitual, nowadays, state_today, today_as_now, even_if, conditional, hoped_for, correction_notice, some_weekday,
         overnight_as_suddenly, only_before, negated)
