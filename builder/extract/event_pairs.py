"""A line opening with a description of two people ("The two", "The two leaders", "The
officers") names them: "Ana Lima and Rui Costa met. The two leaders signed ..." -> "Ana
Lima and Rui Costa signed ...".

The pair is the last two people the text named together ("Lima and Costa") within about
two paragraphs before the line's sentence, when nobody else was named after them: a wrong
pair is worse than the description, so any doubt leaves the line as written.
"""
from __future__ import annotations

import re

from .event_subjects import SALIENT_WINDOW, Subjects

# plural nouns that describe people ("the officers", "the brothers"); after "The two" any
# plural noun does ("The two leaders")
PERSON_PLURALS = frozenset("""
officers guards men women leaders brothers sisters suspects defendants lawmakers senators
candidates rivals partners founders co-founders executives researchers scientists players
coaches boys girls friends siblings parents spouses writers authors officials
""".split())

_OPENING = re.compile(r"^[Tt]he\s(?:two(?:\s(?:[a-z][\w-]*\s)?[a-z][\w-]*s)?|(?P<plural>[a-z][\w-]*s))(?=\s[a-z])")


def pair_subject(line: str, subjects: Subjects, before: int) -> str:
    """The line with its opening "The two ..." or "The officers" named as the pair of
    people the text named together last, else as written. ``before``: where the line's
    sentence starts in the text."""
    m = _OPENING.match(line)
    if not m or (m.group("plural") and m.group("plural") not in PERSON_PLURALS):
        return line
    cast, text = subjects.cast, subjects.text
    if cast._pattern is None:
        return line
    lo = max(0, before - SALIENT_WINDOW)
    pairs = list(_PAIR.finditer(text, lo, before))
    if not pairs:
        return line
    pair = pairs[-1]
    if re.search(r"(?i)\b(?:two|both|pair|couple)\b", text[pair.end():before]):
        return line                     # "X and Y replace two former agents. The two ...": the agents
    first, second = _person(pair.group(1), cast), _person(pair.group(2), cast)
    if bool(first) != bool(second):     # one of a pair of people the quote stage missed
        first = first or _written_before(pair.group(1), text, pair.start())
        second = second or _written_before(pair.group(2), text, pair.start())
    if not first or not second or first == second:
        return line
    later = {cast.full(n.group(0)) for n in cast._pattern.finditer(text, pair.end(), before)} - {None}
    if later - {first, second}:
        return line                     # someone else was named after them
    return f"{first} and {second}" + line[m.end():]


_NAME = r"[A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+){0,2}"
_PAIR = re.compile(rf"(?<![\w’'-])({_NAME}),?\s(?:and|&)\s({_NAME})(?![\w’'-])")


def _person(name: str, cast) -> str | None:
    """The cast's full name for ``name``, or for its family name when one person of the
    cast has it ("Noel" -> "Tova Noel")."""
    full = cast.full(name)
    if full:
        return full
    family = name.split()[-1]
    names = {n for n in cast.aliases.values() if n.split()[-1] == family and len(n.split()) > 1}
    return names.pop() if len(names) == 1 else None


def _written_before(name: str, text: str, before: int) -> str | None:
    """A name as the text wrote it in full before ``before``: "Ana Lima" as written, "Lima"
    the one two-word name ending in it ("Ana Lima") written inside a sentence."""
    if " " in name:
        return name
    found = {m.group(0) for m in re.finditer(rf"(?<=[a-z,] )[A-Z][a-z]+ {re.escape(name)}(?![\w’'-])", text[:before])}
    return found.pop() if len(found) == 1 else None
