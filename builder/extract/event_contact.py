"""A date inside a relative clause without a pronoun, whose noun is the clause's object
("a contact clause"): "Ana Lima ran in a district Rui Costa won by ten points in 2016" ->
"Rui Costa won a district by ten points" for 2016. The main clause is of another time;
the happening dated is the clause's.

Only where the clause's subject is a person of the article (a name of the cast: "a state
Senate voted" is no such clause) or "he"/"she" standing for the sentence's named subject
("X continued the talks she began in May"), its verb a past tense without a particle, the
noun no time ("an interview months before"), the date outside any quotation, and nothing
between the noun and the date breaks the clause (a comma, a bracket, a quotation mark, a
dash). The noun keeps its own determiner ("a district"), so that nothing is claimed the
source does not say.
"""
from __future__ import annotations

import re

from ..rules.attribution import IRREGULAR_PAST
from .event_checks import MAX_WORDS
from .clauses import subject_of
from .event_phrases import drop_phrase, inside_quotation as _inside_quotation, safe_to_drop

_FUNCTION = frozenset("""
of in on at to for from by with and or but as than that which who whom whose when while is was are
were be been has had have will would could should may might must not no its his her their our my
your this these those there here it he she they we i you after before since until because if although
though once unless where why how what whether like up out off down back over away
""".split())
_PRONOUNS = ("he", "she")
# a time in the noun phrase ("an interview several months before"): no object of the verb
_TIME = re.compile(r"\b(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|ago|earlier|later)\b")
_WORD = r"(?!(?:%s)\s)[a-z][\w-]*" % "|".join(sorted(_FUNCTION, key=len, reverse=True))
_CLAUSE = re.compile(
    r"(?<![\w’'-])(?P<det>a|an|the)\s(?P<np>(?:%s\s){0,3}%s)\s" % (_WORD, _WORD) +
    r"(?P<subj>(?:[A-Z][\w’'.-]*\s){0,3}[A-Z][\w’'-]*[a-z]|he|she)\s(?P<verb>[a-z]{3,})(?=[\s.])(?!\s(?:up|out|off|down|back|over|away|in|on)\b)")
_BREAK = re.compile(r"[,;:()“”\"]|\s[–—]\s|\s--\s")


def _past(verb: str) -> bool:
    return verb in IRREGULAR_PAST or (len(verb) > 4 and verb.endswith("ed") and not verb.endswith("eed"))


def contact_relative(line: str, at: int, phrase: str, cast) -> str | None:
    """The line of the contact relative clause that holds the date at ``at``, its
    subject and verb first, its noun as their object, the date phrase gone; None when
    the date is in no such clause."""
    found = None
    for m in _CLAUSE.finditer(line, 0, at):
        # after a comma the noun sums up the clause before ("..., a claim Costa denied"): no object
        if m.end() <= at and not _BREAK.search(line, m.start(), at) and not line[:m.start()].endswith(", "):
            found = m
    if found is None:
        return None
    np, subj, verb = found.group("np"), found.group("subj"), found.group("verb")
    if any(w in _FUNCTION for w in np.split()) or _TIME.search(np) or not _past(verb) \
            or _inside_quotation(line, at) or getattr(cast, "_pattern", None) is None:
        return None
    if subj in _PRONOUNS:
        # "X continued the talks he began in May": the pronoun is the sentence's named subject
        main = subject_of(line[:found.start()])
        subj = main if main and re.fullmatch(r"(?:[A-Z][\w’'.-]*\s){0,3}[A-Z][\w’'-]*", main) else None
        if subj is None or not (cast.full(subj) or cast.full(subj.split()[-1])):
            return None
    elif not (cast.full(subj) or cast.full(subj.split()[-1])):
        return None                     # not a person of the article: "the state Senate voted"
    end = _BREAK.search(line, at)
    stop = end.start() if end else len(line)
    rest = line[found.end():stop].rstrip(" .!?")
    shaped = f"{subj} {verb} {found.group('det')} {np}{rest}."
    where = shaped.find(phrase, len(subj) + len(verb) + len(np) + 3)
    if where < 0 or not safe_to_drop(shaped, where, phrase):
        return None
    shaped, _ = drop_phrase(shaped, phrase, where)
    return shaped if 4 <= len(shaped.split()) <= MAX_WORDS else None
