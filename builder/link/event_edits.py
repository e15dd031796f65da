"""content/events.yml applied to the chronology; the editors' entries always win.

Ids are the ones shown on the chronology page (and in ``data/events.json``); an id that
names any mention of an entry (it was that entry's id before articles were added) still
finds it. Operations apply in the order split (in ``chronology``), merge, correct, hide,
add; people are named as in speakers.yml (a name, an alias or a page id) and resolved
by ``identity``. What names nothing (an unknown id, a missing article or paragraph) is
reported with the entry's line and skipped; the rest applies.
"""
from __future__ import annotations

import hashlib

from ..dates import precision
from ..model import Article, ChronologyEvent, PersonRef, Source
from .identity import Directory
from .overrides import Addition, EventOverrides
from .scoring import compatible


def hash_of(event_id: str) -> str:
    """The mention hash at the end of an entry id (``e-2021-06-28-1a2b3c``)."""
    return event_id.rsplit("-", 1)[-1] if event_id.startswith("e-") else ""


class EventEditor:
    def __init__(self, overrides: EventOverrides, articles: list[Article], people: Directory,
                 messages: list[str]):
        self.o, self.people, self.messages = overrides, people, messages
        self.articles = {a.id: a for a in articles if a.id}

    def say(self, line: int | None, message: str) -> None:
        self.messages.append(f"{self.o.where(line)}: {message}")

    def refs(self, names: list[str]) -> list[PersonRef]:
        return self.people.named(names)

    def apply(self, entries: list[ChronologyEvent], aliases: dict[str, str]) -> list[ChronologyEvent]:
        by_id = {e.id: e for e in entries}

        def resolve(eid: str) -> ChronologyEvent | None:
            if eid in by_id:
                return by_id[eid]
            target = aliases.get(hash_of(eid))
            return by_id.get(target) if target else None

        for fix in self.o.merge:
            found = [resolve(g) for g in fix.ids]
            missing = [g for g, e in zip(fix.ids, found) if e is None]
            if missing:
                self.say(fix.line, f"merge[{fix.index}]: no event {missing[0]!r}; entry ignored")
                continue
            for other in found[1:]:
                if other is not found[0]:
                    by_id.pop(other.id, None)
                    _absorb(found[0], other, aliases)
        for c in self.o.correct:
            e = resolve(c.id)
            if e is None:
                self.say(c.line, f"correct: no event {c.id!r}; ignored")
                continue
            if c.date is not None:
                e.date, e.precision = c.date, precision(c.date)
            if c.text is not None:
                e.text = c.text
            if c.people is not None:
                e.people = self.refs(c.people)
        for named in self.o.hide:
            e = resolve(named.text)
            if e is None:
                self.say(named.line, f"hide: no event {named.text!r}; ignored")
            else:
                by_id.pop(e.id, None)
        for add in self.o.add:
            e = self.added(add)
            if e is None:
                continue
            if e.id in by_id:
                self.say(add.line, f"add[{add.index}]: id {e.id!r} is already taken; entry ignored")
                continue
            by_id[e.id] = e
        return list(by_id.values())

    def added(self, add: Addition) -> ChronologyEvent | None:
        sources = []
        for s in add.sources:
            a = self.articles.get(s.article)
            if a is None:
                self.say(add.line, f"add[{add.index}]: source names no known article "
                                   f"{s.article!r}; entry ignored")
                return None
            if s.paragraph is not None and not 0 <= s.paragraph < len(a.paragraphs):
                self.say(add.line, f"add[{add.index}]: article {s.article!r} has no paragraph "
                                   f"{s.paragraph!r} (it has 0 to {len(a.paragraphs) - 1}); "
                                   "entry ignored")
                return None
            sources.append(Source(s.article, s.paragraph))
        eid = add.id or "e-{}-{}".format(
            add.date, hashlib.sha1(f"add|{add.date}|{add.text}".encode()).hexdigest()[:6])
        return ChronologyEvent(id=eid, date=add.date, precision=precision(add.date), text=add.text,
                               people=self.refs(add.people), sources=sources, kind="event")


def _absorb(keep: ChronologyEvent, other: ChronologyEvent, aliases: dict[str, str]) -> None:
    keep.sources += [s for s in other.sources if s not in keep.sources]
    keep.people += [p for p in other.people if p not in keep.people]
    keep.expressions += [x for x in other.expressions if x not in keep.expressions]
    if len(other.date) > len(keep.date) and compatible(keep.date, other.date):
        keep.date, keep.precision = other.date, precision(other.date)
    for h, target in list(aliases.items()):
        if target == other.id:
            aliases[h] = keep.id
