"""When two names are one person, read from the names alone: a monarch's one name with
its title, given names that agree (an initial, a short form), the index keys a full name
is found by, a plain typing error, and whether the text calls someone by a given name.
Pure functions over name words (and a person's recorded forms), used by ``people.py``.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ...rules import speakers as S
from . import names as N

if TYPE_CHECKING:
    from .people import Person


def regnal_name(words: list[str], role: str | None) -> list[str]:
    """ "King Abdul", "Pope Linus": a monarch's one name goes with the title right before
    it (the name is no family name: "King Abdul" is not "Omar Abdul")."""
    if len(words) != 1 or not role:
        return words
    last = role.split()[-1]
    if last[:1].isupper() and last.lower().rstrip(".") in S.REGNAL_TITLES:
        return [last, words[0]]
    return words


def same_person_names(a: list[str], b: list[str]) -> bool:
    """Could two full names be the same person? (family name equal, given names agree)"""
    fa = N.family_names(a)[0].lower()
    fb = N.family_names(b)[0].lower()
    if fa != fb or N.suffix_of(a) != N.suffix_of(b):
        return False                     # "Oleg Petrov Jr." is not his father
    return N.given_compatible(N.given_names(a), N.given_names(b))



def _given_keys(words: list[str], query: bool) -> list[tuple[str, str]]:
    """Index keys of a full name: its family name with each given name's first three
    letters, or with the initial it is written as. Two compatible names share a key
    (a given name matches another equal to it, starting with it, or by its initial)."""
    fam = N.family_names(words)[0].lower()
    keys = []
    for g in N.given_names(words):
        g = g.lower().rstrip(".")
        if not g:
            continue
        if len(g) == 1:
            keys.append((fam, "initial " + g))
            if query:
                keys.append((fam, "letter " + g))
        else:
            keys.append((fam, "start " + g[:3]))
            keys.append((fam, ("initial " if query else "letter ") + g[0]))
    return keys


def _called_by_given(p: Person, family: str) -> bool:
    """The article calls ``p`` by a given name alone ("Karim" for Karim Haddad), so the
    family name alone, shared with another person, is not how it names ``p``."""
    given = {g.lower() for g in N.given_names(p.name)}
    by_given = sum(p.form_counts.get(f[0], 0) for f in p.forms
                   if len(f) == 1 and f[0].lower() != family and f[0].lower() in given)
    by_family = sum(p.form_counts.get(f[0], 0) for f in p.forms
                    if len(f) == 1 and f[0].lower() == family)
    return by_given > by_family     # (Jo Roe, called "Roe" more often than "Jo", is "Roe")


def _typo(a: str, b: str) -> bool:
    """A plain typing error: one edit (two for long names), never for short names."""
    if a == b or min(len(a), len(b)) < 5 or a[0] != b[0]:
        return False
    limit = 2 if min(len(a), len(b)) >= 9 else 1
    # one or two slips leave the start or the end of the word intact: cheap pre-check
    k = max(1, min(len(a), len(b)) // (2 + limit))
    if a[:k] != b[:k] and a[-k:] != b[-k:]:
        return False
    return N.osa_distance(a, b, limit) <= limit
