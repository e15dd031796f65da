"""Where a chronology entry comes from: each source paragraph with the sentence that dates it.

An entry's line is short; the reader (the chronology's "source sentence" disclosure), the
data (``events.json``'s ``sentence``), TimelineJS and search also get the whole sentence
each source paragraph gives. The link stage keeps each mention's sentence on the article's
events; here a source (article, paragraph) finds its mention again: an event of that
paragraph whose line is the entry's, else one whose date agrees with the entry's (the same
date or a less precise one: "2001" on a July 2001 entry). A paragraph cited because it
names the event as a label ("the 20th anniversary of the signing") has no dated mention:
its sentence is None and only its link is shown.
"""
from __future__ import annotations

from ..model import Article, ChronologyEvent, Event, Source


def _agrees(mention: str, entry: str) -> bool:
    return bool(mention) and (entry.startswith(mention) or mention.startswith(entry))


class Sentences:
    """The dated mentions of every article, by (article id, paragraph)."""

    def __init__(self, articles: list[Article]):
        self.articles = {a.id: a for a in articles}
        self._by_paragraph: dict[tuple[str, int], list[Event]] | None = None
        # entry -> its sources with their sentences (the chronology page and the data
        # files of one build ask for the same entries)
        self._of_entry: dict[int, tuple[ChronologyEvent, list]] = {}

    def _index(self) -> dict[tuple[str, int], list[Event]]:
        if self._by_paragraph is None:
            self._by_paragraph = {}
            for a in self.articles.values():
                for ev in a.events:
                    self._by_paragraph.setdefault((a.id or "", ev.paragraph), []).append(ev)
        return self._by_paragraph

    def of_source(self, entry: ChronologyEvent, source: Source) -> str | None:
        """The sentence of ``source`` that dates ``entry``, or None."""
        if source.paragraph is None:
            return None
        mentions = self._index().get((source.article, source.paragraph), [])
        best = next((m for m in mentions if m.text == entry.text and m.sentence), None) \
            or next((m for m in mentions if _agrees(m.date, entry.date) and m.sentence), None)
        return best.sentence if best else None

    def of_entry(self, entry: ChronologyEvent) -> list[tuple[Source, str | None]]:
        """Each source of ``entry`` with its sentence (None where there is none)."""
        known = self._of_entry.get(id(entry))
        if known is not None and known[0] is entry:
            return known[1]
        found = [(s, self.of_source(entry, s)) for s in entry.sources]
        self._of_entry[id(entry)] = (entry, found)
        return found

    def sentence(self, entry: ChronologyEvent) -> str | None:
        """The sentence the entry's line comes from (else the first source's)."""
        found = self.of_entry(entry)
        for s, sentence in found:
            if sentence and any(m.text == entry.text for m in
                                self._index().get((s.article, s.paragraph), [])):
                return sentence
        return next((sentence for _, sentence in found if sentence), None)
