"""Full names whose given name no list knows ("Garnet Hathaway was ejected ...").

``Subjects.written_in_full`` writes a family name standing alone in a line out in full
from a full name the text gave before, when its given name is a known one, initials, or
follows an honorific. A given name no list holds still counts when the two words open a
sentence as its subject, right before a verb ("Ilkka Vantanen was ejected", "Tauno Rask
signed"), and neither word is a place, a nationality, a title, a month or a weekday:
such a pair reads as a person's name, and a later "Vantanen" alone is that person.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..rules.places import CITIES, COUNTRIES, NATIONALITIES, US_STATES
from ..rules.speakers import NOT_NAME_OPENERS
from ..rules.speech import TITLE_HEADS
from ..rules.time_words import MONTHS, WEEKDAYS
from .clauses import is_verb_word

# two capitalised words opening a sentence (or a note after a colon), then a lower-case word
_OPENING_PAIR = re.compile(r"(?:^|(?<=[.!?:]\s)|(?<=\n))(?P<given>[A-Z][a-z]{2,})\s(?P<family>[A-Z][a-z]{2,})"
                           r"\s(?P<verb>[a-z]+)\b")
_DIRECTIONS = frozenset({"north", "south", "east", "west", "new", "upper", "lower", "great", "united", "saint",
                         "san", "santa", "los", "las", "fort", "port", "mount", "lake", "central", "greater",
                         "the", "this", "that", "these", "those", "but", "and", "when", "while", "after",
                         "before", "since", "during", "under", "over", "both", "many", "most", "some"})


def _plain_word(word: str) -> bool:
    low = word.lower()
    return not (low in _DIRECTIONS or low in NOT_NAME_OPENERS or low in TITLE_HEADS or low in MONTHS
                or low in WEEKDAYS or low in CITIES or low in COUNTRIES or low in US_STATES
                or low in NATIONALITIES)


@lru_cache(maxsize=8)
def opening_full_names(text: str) -> dict[str, list[tuple[int, str]]]:
    """family name -> [(offset, "Given Family")] for each pair opening a sentence as its
    subject before a verb, neither word a place, nationality, title, month or weekday."""
    out: dict[str, list[tuple[int, str]]] = {}
    for m in _OPENING_PAIR.finditer(text):
        verb = m.group("verb")
        if not (is_verb_word(verb) or verb in ("was", "is", "has", "had", "will", "would")):
            continue
        if not (_plain_word(m.group("given")) and _plain_word(m.group("family"))):
            continue
        out.setdefault(m.group("family"), []).append((m.start(), m.group("given") + " " + m.group("family")))
    return out
