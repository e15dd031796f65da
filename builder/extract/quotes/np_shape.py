"""The shape of a noun phrase next to a speech cue, before anyone asks what it stands
for: its bounds without conjunctions, time phrases and asides (``strip_np``), its head
noun, whether it is a clause rather than a phrase, a plural of an occupation, a share of
people, and an organisation's bare name. Pure functions over tokens, used by
``mentions.py`` (which classifies the phrase) and by the subject finders.
"""
from __future__ import annotations

from ...rules import speech as R
from .names import DETERMINERS, PREPOSITIONS, strip_possessive
from .text import Tok


def _text(text: str, toks: list[Tok]) -> str:
    return text[toks[0].start:toks[-1].end] if toks else ""


_TIME_LEADS = {"last", "this", "next", "on", "in", "earlier", "late", "early", "that"}
# "a fortnight ago", "two days later", "several weeks earlier": a count, a unit, a direction
_COUNTS = {"a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
           "several", "few", "some", "many", "eleven", "twelve", "twenty", "thirty"}
_UNITS = {"minute", "hour", "day", "night", "week", "fortnight", "month", "year", "decade", "moment"}
_SINCE_THEN = {"ago", "later", "earlier", "before", "after", "afterwards", "afterward", "on"}


def strip_np(toks: list[Tok]) -> list[Tok]:
    """Drop conjunctions and adverbs around a subject: "and Petrov also" -> "Petrov"."""
    lead = {"and", "but", "while", "whereas", "so", "then", "also", "however", "yet", "or",
            "as", "because", "although", "though", "when", "if", "since", "both"}
    a, b = 0, len(toks)
    while a < b and (toks[a].kind == "p" or toks[a].low in lead):
        if toks[a].low == "both" and b - a > 1:
            break
        a += 1
    # a time phrase opening the sentence: "Last week State Department official X said",
    # "Earlier this month the ministry", "A fortnight ago the board", "Two days later Doe"
    while True:
        if b - a >= 3 and toks[a].low in _TIME_LEADS and toks[a + 1].low in R.TIME_WORDS:
            a += 2
        elif b - a >= 2 and toks[a].low in ("yesterday", "today", "tonight", "earlier", "later"):
            a += 1
        elif b - a >= 4 and (toks[a].low in _COUNTS or toks[a].text.isdigit()) \
                and toks[a + 1].low.rstrip("s") in _UNITS and toks[a + 2].low in _SINCE_THEN:
            a += 3
        elif b - a >= 3 and toks[a].low.rstrip("s") in _UNITS and toks[a].low.endswith("s") \
                and toks[a + 1].low in _SINCE_THEN:
            a += 2                      # "Days later the court ruled"
        else:
            break
    while True:
        while b > a and (toks[b - 1].kind == "p" or (toks[b - 1].low in R.SPEAKER_VERB_FILLERS
                                                     and not toks[b - 1].is_cap)):
            b -= 1
        # a time phrase before the verb: "the commission on Thursday said"
        if b - a >= 3 and toks[b - 1].low in R.TIME_WORDS and (
                toks[b - 2].low in ("on", "in", "at", "last", "this", "earlier", "late",
                                    "early", "on", "next")):
            b -= 2
            continue
        if b - a >= 3 and toks[b - 1].low in R.TIME_WORDS and toks[b - 2].low in (
                "the", "this", "last") and toks[b - 3].low in ("on", "in", "at", "during"):
            b -= 3
            continue
        break
    while b - a >= 2 and toks[b - 1].kind == "w" and toks[b - 1].low in R.POSTNOMINALS \
            and toks[b - 1].text[:1].isupper():
        b -= 1    # "Guy Mansfield QC"
    # a parenthesis is an alias or an aside: "the British Chamber of Commerce (BCC)"
    out = []
    depth = 0
    for t in toks[a:b]:
        if t.kind == "p" and t.text == "(":
            depth += 1
        elif t.kind == "p" and t.text == ")":
            depth = max(0, depth - 1)
        elif depth == 0:
            out.append(t)
    return out


# finite speech verbs that are no noun: "the surgeon told TV in a video (posted ...)"
SPEECH_FINITE = {"said", "says", "told", "tells", "wrote", "writes"}
CLAUSE_VERBS = {"was", "were", "is", "are", "has", "have", "had", "be", "been", "being",
                 "will", "would", "can", "could", "should", "did", "does"}


def verb_before_object(toks: list[Tok], k: int) -> bool:
    """"The team looked at ...": a past-tense verb (an -ed word before a preposition or
    determiner) shows a clause, not a noun phrase ("an elected official" is one)."""
    t = toks[k]
    if t.kind != "w" or t.is_cap or not t.low.endswith("ed") or len(t.low) < 5:
        return False
    nxt = toks[k + 1].low if k + 1 < len(toks) else ""
    # ("a transcript published by X": a participle with its agent, still a noun phrase)
    return nxt != "by" and (nxt in PREPOSITIONS or nxt in DETERMINERS)


def title_plural(head: str) -> bool:
    """"strategists", "specialists", "prosecutors": many people of an occupation."""
    return head.endswith("s") and (head[:-1] in R.TITLE_HEADS or (
        head.endswith("ies") and head[:-3] + "y" in R.TITLE_HEADS))


def share_of_people(lows: list[str]) -> bool:
    """"61 percent", "nine in 10", "nearly half", "a majority of voters": a share of
    people (a poll's respondents)."""
    return any(w in R.SHARE_WORDS or w.endswith("%") for w in lows) or (
        "in" in lows and lows.index("in") > 0 and lows[lows.index("in") - 1] in R.NUMBER_WORDS)


def head_index(toks: list[Tok]) -> int:
    """The head noun of a description: the last word before a prepositional tail
    ("the ambassador to Beijing"); a preposition inside a capitalised name does not
    count ("a Department for Work and Pensions spokeswoman")."""
    end = len(toks)
    for i in range(1, len(toks) - 1):
        if toks[i].low in PREPOSITIONS and not (toks[i - 1].is_cap and toks[i + 1].is_cap):
            end = i
            break
    # "the Shadow Secretary of State": the title word, not the last word
    last = strip_possessive(toks[end - 1].low)[0]
    if last in R.ORG_HEADS or last in R.TITLE_HEADS or last in R.GROUP_WORDS:
        return end - 1   # "the official news agency": the agency
    titles = [k for k in range(end) if strip_possessive(toks[k].low)[0] in R.TITLE_HEADS]
    return titles[-1] if titles else end - 1


def org_name(text: str, toks: list[Tok]) -> str:
    """An organisation's name without the article and place-of-business adjectives
    ("the Sacramento-based McClatchy" -> "McClatchy")."""
    while toks and (toks[0].low in ("the", "a", "an") or (
            len(toks) > 1 and "-" in toks[0].low and not toks[0].is_cap
            and toks[0].low.rsplit("-", 1)[1] in R.COMPOUND_TAILS)
            or (len(toks) > 1 and toks[0].low.endswith(_BASED))):
        toks = toks[1:]   # "the state-run Korean Central News Agency" -> "Korean Central News Agency"
    k = 0
    while k < len(toks) - 1 and toks[k].kind == "w" and not toks[k].is_cap \
            and toks[k].low.isalpha() and toks[k].low not in PREPOSITIONS \
            and toks[k].low not in DETERMINERS:
        k += 1
    rest = toks[k:]
    if k and sum(t.is_cap for t in rest) >= 2 and all(
            t.is_cap or t.low in _NAME_LINKS for t in rest) and rest[0].is_cap:
        toks = rest       # "the official Harbor News Agency" -> "Harbor News Agency"
    return _text(text, toks)


_NAME_LINKS = {"of", "and", "&", "for", "on"}


_BASED = ("-based", "-headquartered")
