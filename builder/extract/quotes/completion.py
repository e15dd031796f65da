"""Full names the article gives only inside quotations: a person the narration calls
by the family name alone ("Vogel said") takes the given name a quotation supplies
("Coach (Frank) Vogel came in here"), when it is a known given name; such a single
name speaking is then a person, not an organisation.

One pass of a regular expression over the quotations' text, kept by family name:
linear in the article's length.
"""
from __future__ import annotations

import re

from . import names as N
from .people import Names

# a given name (its editor's parentheses allowed) and a family name
_PAIR = re.compile(r"\(?\b([A-Z][a-z]+)\)?\s+([A-Z][a-z]+(?:[-'’][A-Z][a-z]+)?)\b")


def quoted_full_names(quoted: list[str]) -> dict[str, str]:
    """Family name (lower case) -> the given name quotations put before it; a family
    name given two different given names is left out."""
    found: dict[str, str | None] = {}
    for text in quoted:
        for m in _PAIR.finditer(text):
            given, family = m.group(1), m.group(2)
            if given.lower() not in N._GIVEN or family.lower() in N._GIVEN:
                continue
            key = family.lower()
            found[key] = given if found.get(key, given) == given else None
    return {k: v for k, v in found.items() if v}


def complete(cast: Names, full: dict[str, str]) -> None:
    """Give the single-named people of ``cast`` the full name quotations give."""
    for family, given in full.items():
        people = cast.by_family.get(family, [])
        if len(people) != 1 or len(people[0].name) != 1:
            continue
        p = people[0]
        words = [given, p.name[0]]
        cast.add_form(p, words)
        p.name = words
        p.gender = p.gender or N.gender_of_given(words)
