"""A place a line names by its kind: "when the state went to Reyes" -> "when Oklahoma went
to Reyes", for the one US state named just before."""
from __future__ import annotations

import re

from ..rules.places import US_STATES
from .event_subjects import SALIENT_WINDOW, Subjects

_PLACE_KINDS = {"state": US_STATES}
_HOME_STATE = re.compile(r"\s(?:senator|governor|congressman|congresswoman|lawmaker|legislator|native)\b")
_PLACE = re.compile(r"(?<![\w’'-])(?:(?:New|North|South|West|Rhode)\s)?[A-Z][a-z]+(?![\w’'-])")


def name_places(line: str, subjects: Subjects, start: int, end: int) -> str:
    """ "when the state went to Reyes" -> "when Oklahoma went to Reyes": "the state"
    for the one US state named in the paragraph or two before it and its own sentence;
    left as written when the line names one, or two were named."""
    m = re.search(r"(?<![\w’'-])[Tt]he (state)(?=[’']s\b|\s(?!of\b)|[,.;:]|$)", line)
    if not m:
        return line
    names = _PLACE_KINDS[m.group(1)]
    own = re.compile(r"(?<![\w’'-])[Tt]he " + m.group(1) + r"\b").search(subjects.text, start, end)
    window = subjects.text[max(0, start - SALIENT_WINDOW // 2):own.start() if own else start]
    found = {w.group(0) for w in _PLACE.finditer(window) if w.group(0).split()[-1].lower() in names
             and not _HOME_STATE.match(window, w.end())}     # "the Vermont senator": a person's state
    if len(found) != 1 or any(w.group(0).split()[-1].lower() in names for w in _PLACE.finditer(line)):
        return line
    return line[:m.start()] + found.pop() + line[m.end():]
