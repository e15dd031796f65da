"""A group of mentions as one chronology entry: date, line, people, sources, id.

An entry takes the most precise date of its mentions, the clearest short sentence as
its text (no cut sentence, no pronoun or quotation opening, names preferred, then the
shortest; a leading relative date such as "On Monday," dropped), every person (resolved
by ``identity``: one per person, a speaker by its id) and every source paragraph. The id
(``e-<date>-<hash>``) comes from the defining mention, the earliest-published one at the
entry's date: adding an unrelated article changes no id.
"""
from __future__ import annotations

import re

from ..dates import precision
from ..extract.event_checks import line_problems
from ..model import ChronologyEvent, Source
from ..rules.event_words import PRONOUN_OPENERS, RELATIVE_OPENERS
from .identity import Directory
from .mentions import Mention, tokens


def _headline_rank(m: Mention, finest: str) -> tuple:
    text = m.event.text
    first = (tokens(text)[:1] or [""])[0].lower()
    quoted = sum(len(q) for q in re.findall(r"“[^”]*”|\"[^\"]*\"", text))
    return (
        bool(line_problems(text)),                     # an editor would object to it
        "…" in text,                                   # cut by the extractor
        first in PRONOUN_OPENERS,                       # "He said ...": who?
        text[:1] in "“\"‘'",                            # starts inside a quotation
        quoted > len(text) / 2,                         # mostly someone else's words
        len(text) < 40,                                 # too short to stand alone
        m.date != finest,                               # the mention that gives the date
        _REPORT.match(text) is not None,                # "X said ...": a report of it, not it
        -min(len(m.people), 3),                         # names who did it
        len(text),                                      # then the shortest
        m.sort_key(),
    )


# a line that reports what someone said about the happening ("Tim Morrison said he was
# surprised that ... the call"), where another mention may say the happening itself
_REPORT = re.compile(r"^(?:\S+\s){1,6}?(?:said|says|added|recalled|noted)\b")


def headline(mentions: list[Mention]) -> str:
    """The clearest short sentence among the mentions, without a leading relative date."""
    if len(mentions) == 1:
        best = mentions[0]                   # nothing to choose from (most entries)
    else:
        finest = max((m.date for m in mentions), key=len)
        best = min(mentions, key=lambda m: _headline_rank(m, finest))
    return _strip_relative_opening(best.event.text, best.event.expression)


def _strip_relative_opening(text: str, expression: str) -> str:
    """"On Monday, Petrov said ..." -> "Petrov said ..." (the entry shows the date)."""
    if not expression or not text.lower().startswith(expression.lower()):
        return text
    words = [w.lower() for w in tokens(expression)]
    if not words or not all(w in RELATIVE_OPENERS or w.isdigit() for w in words):
        return text
    rest = text[len(expression):]
    m = re.match(r"\s*,\s+", rest)
    if not m:
        return text
    rest = rest[m.end():]
    if len(rest) < 20:
        return text
    return rest[0].upper() + rest[1:]


def to_entry(cluster: list[Mention], people: Directory, headline_of=None
             ) -> tuple[ChronologyEvent, list[str]]:
    """One entry from a group of mentions, and the mention ids it answers to.
    ``headline_of``: ``headline`` or one that remembers it (``link.incremental``)."""
    date = max((m.date for m in cluster), key=len)      # all compatible: the finest
    defining = min((m for m in cluster if m.date == date), key=Mention.sort_key)
    sources: list[Source] = []
    seen: set[tuple[str, int]] = set()
    expressions: list[str] = []
    for m in cluster:
        if (m.article, m.event.paragraph) not in seen:
            seen.add((m.article, m.event.paragraph))
            sources.append(Source(m.article, m.event.paragraph))
        if m.event.expression not in expressions:
            expressions.append(m.event.expression)
    exact = precision(date)
    if defining.event.precision == "week" and len(date) == 7:
        date, exact = defining.event.date, "week"            # "week of 18 November 2019"
    entry = ChronologyEvent(id=f"e-{date}-{defining.id}", date=date,
                            precision=exact, text=(headline_of or headline)(cluster),
                            people=people.people((p, m.article) for m in cluster for p in m.all_people),
                            sources=sources, expressions=expressions,
                            kind="background" if all(m.event.kind == "background" for m in cluster)
                            else "event")
    return entry, [m.id for m in cluster]
