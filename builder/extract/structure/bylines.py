"""The authors a copied page names in its bylines.

"By Jane Roe and John Doe | Example News", "By JANE ROE", "Jane Roe, Associated Press",
"Reporting by Jane Roe; Editing by John Doe", a bare name above the date line: the names
before the outlet, role, date or separator, one by one (patterns in
``builder/rules/furniture.py``). Notes about the author and contributors' notes name
other people as well and are not read.
"""
from __future__ import annotations

import re

from ...rules import furniture as F

_LEAD = re.compile(F.BYLINE_LEAD, re.IGNORECASE)
_END = re.compile(F.BYLINE_END, re.IGNORECASE)
_SPLIT = re.compile(F.BYLINE_SPLIT, re.IGNORECASE)
_TOKEN = re.compile(r"[^\s,;]+")
_NAME_WORD = re.compile(r"^(?:[A-Z\u00c0-\u024f][\w\u00c0-\u024f'\u2019.-]*|[A-Z]\.)$")
_OTHER_PEOPLE = re.compile(r"\bcontributed\b|\b(?:is|was) (?:a|an|the)\b|\bediting by\b|"
                           r"\badditional reporting\b|\babout the author\b", re.IGNORECASE)
MAX_NAME_WORDS = 4


def authors_of(bylines: list[str]) -> list[str]:
    """Every person the bylines name as an author, in order, once; when some bylines are
    signed ("By ...", "Author: ..."), only those."""
    names: list[str] = []
    signed = [line for line in bylines if _LEAD.match(line.strip())]
    for line in signed or bylines:      # "By Jane Roe" wins over a bare name elsewhere
        for name in _names(line):
            if name.lower() not in (n.lower() for n in names):
                names.append(name)
    return names


def _names(line: str) -> list[str]:
    text = line.strip()[:300]
    m = _LEAD.match(text)
    if m:
        text = text[m.end():]
    elif _OTHER_PEOPLE.search(text):
        return []
    end = _END.search(text)
    if end:
        text = text[:end.start()]
    text = re.split(r"(?i)\bediting by\b|\badditional reporting\b", text)[0]
    return [n for n in (_name(part) for part in _SPLIT.split(text)) if n]


def _name(part: str) -> str | None:
    words = _TOKEN.findall(part.strip(" .:-\u2013\u2014"))
    while len(words) > 2 and words[-1].isupper() and len(words[-1]) >= 2 and \
            not words[-1].endswith(".") and not all(w.isupper() for w in words):
        words.pop()          # an outlet in capitals after the name ("Kevin McCoy USA TODAY")
    if not 2 <= len(words) <= MAX_NAME_WORDS:
        return None
    if any(w.lower().strip(".") in F.BYLINE_NOT_NAME for w in words):
        return None
    if not all(_NAME_WORD.match(w) or w.lower() in F.NAME_JOINERS for w in words):
        return None
    if all(w.isupper() for w in words if len(w) > 2):      # "JANE ROE" -> "Jane Roe"
        words = [w.capitalize() if len(w) > 2 else w for w in words]
    return " ".join(words)
