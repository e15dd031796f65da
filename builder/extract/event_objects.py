"""An object pronoun in an event line written out as the person it stands for.

"Gov. Ana Lima endorsed her" says nothing alone: whom? When the line's "him" or "her"
is a verb's object (never a possessive "her campaign", never inside a quotation), it is
the person the sentence before had as its subject, when that person's gender is the
pronoun's; else the one person of that gender the sentence before named. Never when the
line itself names someone of that gender, or of an unknown one, before the pronoun: "Rui
Costa said the board fired him" may mean Rui Costa himself.
"""
from __future__ import annotations

import re

from .clauses import subject_of
from .event_checks import is_verb
from .event_people import gender_of_given

# "her" as an object: followed by the end, punctuation or a function word, not a noun
_OBJECT = re.compile(r"(?<=\s)(?P<w>him|her)(?=[,.;:!?)]|\s(?:to|in|on|at|for|with|as|after|before|and|but|"
                     r"since|from|during|because|when|while|that|the|a|an|until|over|into|about|by)\b|$)")
_NAME = re.compile(r"(?<![\w’'-])[A-Z][a-z]+(?:\s[A-Z]\.)?(?:\s[A-Z][\w’'-]+)+")


def _gender(name: str) -> str | None:
    return gender_of_given(name.split()) if gender_of_given is not None else None


def name_object(line: str, subjects, start: int, previous: str) -> str:
    """The line with its first object "him"/"her" named (see the module's docstring)."""
    m = _OBJECT.search(line)
    if not m or gender_of_given is None or line[:m.start()].count("“") > line[:m.start()].count("”") \
            or line[:m.start()].count('"') % 2:
        return line
    verb = re.search(r"([a-z]+)\s$", line[:m.start()])
    if not verb or not is_verb(verb.group(1)):
        return line
    gender = "f" if m.group("w") == "her" else "m"
    if re.search(r"(?i)\b(?:he|she|himself|herself)\b", line[:m.start()]):
        return line
    for n in _NAME.finditer(line[:m.start()]):
        if _gender(n.group(0)) in (gender, None) and n.group(0).split()[0] not in ("Gov", "Sen", "Rep"):
            return line                 # someone of that gender, or unknown, named before it
    name = _person_before(subjects, start, previous, gender)
    if not name or name in line or re.search(r"(?<![\w’'])" + re.escape(name.split()[-1]) + r"\b", line):
        return line
    return line[:m.start()] + name + line[m.end():]


def _named_subject(previous: str, subjects, start: int) -> str | None:
    """The sentence's subject when it is a person's name: one the quote stage found, or
    one written in full there or before ("Okafor has ..." after "Maria Okafor's")."""
    subject = subject_of(previous.strip())
    if not subject or not re.fullmatch(r"(?:[A-Z][\w’'-]+\s){0,2}[A-Z][\w’'-]+", subject):
        return None
    known = subjects.cast.full(subject) or subjects.cast.full(subject.split()[-1])
    if known:
        return known
    written = subjects.written_in_full(subject.split()[-1], start)
    if isinstance(written, str) and (" " not in subject or subject == written):
        return written
    return subject if " " in subject else None


def _person_before(subjects, start: int, previous: str, gender: str) -> str | None:
    """The subject of the sentence before when of that gender, else the one person of that
    gender it named (None when it named someone of an unknown gender too)."""
    cast, text = subjects.cast, subjects.text
    lo = text.rfind(previous, max(0, start - len(previous) - 4), start) if previous else -1
    if lo < 0:
        return None
    subject = _named_subject(previous, subjects, start) or cast.subject_of(text, lo, start)
    if subject and _gender(subject) == gender:
        return subject
    named = set()
    if cast._pattern is not None:
        named = {cast.full(x.group(0)) for x in cast._pattern.finditer(text, lo, start)} - {None}
    for x in _NAME.finditer(text, lo, start):
        found = re.sub(r"[’']s$", "", x.group(0))       # "Mike Ford’s death"
        if not any(found in n or n in found or found.split()[-1] == n.split()[-1] for n in named):
            named.add(found)
    genders = {n: _gender(n) for n in named}
    fits = [n for n, g in genders.items() if g == gender]
    if len(fits) != 1 or None in genders.values():
        return None
    return fits[0]
