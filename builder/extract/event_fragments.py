"""Garbled lines an editor would object to, found by the shape of the line alone: a
clause cut short at its end ("... said that a suspect.", "... when Jo Roe."), a noun
phrase with no finite verb ("An attempt to appear calmer ahead of the vote."), a
complement missing ("The ruling is expected."), an inversion cut short ("There was Jo
Roe."), a line opened by a conjunction, a lower-case word or a lone word that needed
more ("Back, the firm ..."), a comma between a subject and its verb ("The results
from two firms, helped lift the index."), and two clauses joined by a comma alone ("Jo Roe
owns a mill, she had views on it."). ``event_checks.line_problems`` lists these with its
other objections; ``event_lines`` counts each as a broken sentence.
"""
from __future__ import annotations

import re
from typing import Callable

_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"")
_DETERMINERS = frozenset("a an the his her its their our my your this these those every each".split())
_PRONOUNS = frozenset("he she they it we i you".split())
_WORD = re.compile(r"[A-Za-z][\w’'.-]*")

# the word that opens a clause of its own; the clause after it must have a verb
_CLAUSE_OPENER = re.compile(r"(?i)(?:\b(?:that|when|where|whether|because|unless)|"
                            r"\b(?:in|on|at|for|of|by|with|from|to|during|after)\s+(?:which|whom))\s+")


def _clause_cut_short(bare: str, is_verb: Callable[[str], bool]) -> bool:
    """ "X said that a suspect.", "the moment when Jo Roe.", "a day in which she
    repeatedly.": the last clause of the line is its subject alone."""
    ms = list(_CLAUSE_OPENER.finditer(bare))
    if not ms:
        return False
    rest = bare[ms[-1].end():].strip().rstrip(".!?").strip()
    if not rest or "\x00" in rest or re.search(r"[,;:()—–]|\s-\s", rest):
        return False
    words = rest.split()
    if any(is_verb(w) or w.lower() in IRREGULAR_PASTS for w in words) or len(words) > 5:
        return False
    first = words[0].lower()
    if first in _PRONOUNS:                  # "in which she repeatedly."
        return all(w.lower().endswith("ly") for w in words[1:])
    if all(w[0].isupper() or w in ("of", "and", "de") for w in words) and words[-1][0].isupper():
        return True                         # "when Jo Roe."
    if first in _DETERMINERS and first != "that":
        if len(words) == 2:                 # "that the officers."
            return True
        last = words[-1].lower()
        return len(words) <= 4 and not last.endswith(("s", "ed")) and all(
            w[0].isupper() or w.lower() in _DETERMINERS for w in words[1:-1])
    return False


_CONTRACTED = _PRONOUNS | frozenset("that there what who here".split())     # "he’s": "he is", no possessive
_BLOCKERS = _DETERMINERS | frozenset("to of in on at for with from by about into".split())
_CORE_FINITE = frozenset("is are was were has have had will would could should can may might must does did do".split())
_FUNCTION = _BLOCKERS | frozenset("and or but as than that which who whom whose not more most less so very also "
                                  "ahead".split())
# common irregular pasts the time rules do not list
IRREGULAR_PASTS = frozenset("""
strode rode spoke swore wrote stole sang rang ran won sat stood told sold sent spent took threw wore shook
sought taught thought went saw struck swept slid spun sprang stuck sank swam wept withdrew overtook underwent
undertook upheld withheld forgave met paid
""".split())


def _no_finite_verb(bare: str, is_verb: Callable[[str], bool]) -> bool:
    """ "An attempt to appear calmer ahead of the vote.", "A group led by two of its
    directors.": every word that could be a finite verb is an infinitive ("to appear"),
    a noun ("the vote", "of talks") or a participle ("led by"). A word that may be a verb
    the word lists miss counts as one: an -s or -ed word, or a word after a name or a
    plural ("Voters fear ...")."""
    tokens = [w.rstrip(".") for w in re.findall(r"[A-Za-z][\w’'-]*|\d[\w.]*|[,;:—–]", bare)]
    for i, w in enumerate(tokens):
        if not w[0].isalpha() or (i and w[0].isupper()):
            continue                    # a capitalized word inside the line is a name ("May")
        low = w.lower()
        prev = tokens[i - 1].lower() if i else ""
        nxt = tokens[i + 1].lower() if i + 1 < len(tokens) else ""
        if low in _CORE_FINITE:
            return False
        maybe = is_verb(w) or low in IRREGULAR_PASTS or (w[0].islower() and (
            (low.endswith("s") and not low.endswith(("ss", "us", "is", "ics")))
            or (low.endswith("ed") and len(low) > 4)
            or (i and low not in _FUNCTION and not low.endswith("ly") and (
                tokens[i - 1][0].isupper() and prev not in _DETERMINERS
                or (prev.endswith("s") and not prev.endswith(("ss", "’s", "'s")) and prev not in _FUNCTION)))))
        if not maybe or prev in _BLOCKERS or (prev.endswith(("’s", "'s")) and prev[:-2] not in _CONTRACTED):
            continue
        if low.endswith("ed") and (nxt == "by" or i == 0 or (prev == "," and tokens[:i].count(",") == 1 == bare.count(","))):
            continue                    # "led by", "The poll, released on Monday": a participle
        return False
    return True


_AFTER_BE = re.compile(r"(?i)\b(?:is|are|was|were|be|been|being|’s|'s)\s+(?:(?:now|also|still|not|originally|"
                       r"tentatively|initially|officially)\s+)?(?:expected|due|scheduled|slated|set|poised|"
                       r"supposed|likely|unlikely|about|going)\s*[.!?]?\s*$")
# "pregnant with her second child, due.": the same words after a comma
_AFTER_COMMA = re.compile(r",\s*(?:expected|due|scheduled|slated|set)\s*[.!?]?\s*$")
_THERE_NAME = re.compile(r"There(?:\s+(?:is|was|are|were|will\s+be|had\s+been|has\s+been)|[’']s)\s+"
                         r"(?:[A-Z0-9][\w’'.-]*\s*)+(?:(?:in|on|at|during)\s[^,;:]*)?[.!?]?")
_VERB_FIRST = re.compile(r"[A-Z][a-z]{2,}(?:s|ed)\s+(?:the|a|an)\s")
_CONJUNCTION_OPENING = re.compile(r"(?:And|But|Or|Nor)\s")
# a lone word before a comma that was part of a phrase cut away ("Back, the firm said")
_LONE_OPENERS = frozenset("""
back just sometime ago right even only until through from of to late early mid around about
nearly almost since before after
""".split())


def _stray_comma(bare: str, is_verb: Callable[[str], bool], speech: re.Pattern) -> bool:
    """ "The results from two firms, helped lift the index.": one comma, between a subject
    with no verb and the verb."""
    if bare.count(",") != 1:
        return False
    left, _, right = bare.partition(",")
    right_words = _WORD.findall(right)
    left_words = _WORD.findall(left)
    if not right_words or not left_words or not right_words[0][0].islower():
        return False
    if not left_words[0][0].isupper() or len(left_words) < 2:
        return False
    verb = right_words[0]
    if not is_verb(verb) or speech.fullmatch(verb) or verb.lower().endswith("ed") and len(right_words) > 1 \
            and right_words[1].lower() in ("by", "in", "on", "at", "from", "with", "to", "as"):
        return False
    return not any(is_verb(w) for w in left_words) and not re.match(r"(?i)(?:in|on|at|after|before|during|"
                                                                    r"since|for|by|with|from|when|while|if|as|"
                                                                    r"although|though|because|once|until)\b", left)


_SPLICE_BLOCKERS = frozenset("""
if when because although though while as since after before once unless until who which that whether where even
whom whose what how why so
""".split())


_OPENING_PREPOSITIONS = frozenset("""
to in on at for with from by about into under over amid despite during like unlike up down near beyond toward
towards across against among around behind without within through throughout after before since until upon
""".split())


_TAG_VERBS = frozenset("say add note argue believe think claim insist recall suggest report".split())


def _comma_splice(bare: str, is_verb: Callable[[str], bool], speech: re.Pattern) -> bool:
    """ "Jo Roe owns a mill in Porto, she had views on the case.": two clauses, each with
    its subject and verb, joined by a comma alone (a subordinator or a relative cut
    away). A speech tag after the comma ("..., they say.") is no second clause."""
    m = re.match(r"([A-Z][^,;:]*), (he|she|it|they|we) ([a-z][\w’'-]*)(.*)$", bare)
    if not m:
        return False
    left = [w.rstrip(".") for w in _WORD.findall(m.group(1))]
    if len(left) < 3 or any(w.lower() in _SPLICE_BLOCKERS for w in left):
        return False
    if left[0].lower() in _OPENING_PREPOSITIONS or left[0].lower().endswith(("ing", "ed")) \
            or _no_finite_verb(m.group(1), is_verb):
        return False
    if (speech.fullmatch(m.group(3)) or m.group(3) in _TAG_VERBS) and (
            len(m.group(4).split()) <= 3 or m.group(4).startswith(",")):     # "..., he said, because ..."
        return False
    return True


def fragment_problems(text: str, is_verb: Callable[[str], bool], speech: re.Pattern) -> list[str]:
    """The objections of this module to ``text`` (empty when none)."""
    problems = []
    bare = _QUOTED.sub(" ", text).strip()
    if not bare:
        return problems
    if _clause_cut_short(_QUOTED.sub("\x00", text), is_verb):    # a quotation in the clause is its rest
        problems.append("a clause cut short")
    if _AFTER_BE.search(bare) or _AFTER_COMMA.search(bare):
        problems.append("a complement missing")
    there = _THERE_NAME.fullmatch(text.strip())
    if there and not any(is_verb(w) for w in _WORD.findall(text)[2:]) or (_VERB_FIRST.match(text) and "," not in bare):
        problems.append("a fragment with no subject")
    if _CONJUNCTION_OPENING.match(text) or re.match(r"[a-z]+\b(?![\w’'-]*[A-Z])", text):
        problems.append("a broken opening")
    first = re.match(r"([A-Za-z]+),\s", text)
    if first and (first.group(1).lower() in _LONE_OPENERS or (
            first.group(1).lower().endswith("ed") and first.group(1).lower() not in ("indeed", "united"))):
        problems.append("a broken opening")
    if _comma_splice(bare, is_verb, speech):
        problems.append("a comma splice")
    if _stray_comma(bare, is_verb, speech):
        problems.append("a stray comma")
    return problems
