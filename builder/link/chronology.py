"""Link stage for time: every article's dated events -> one chronology.

The same real event is often mentioned by several articles, at different precisions
("in July 2001", "in 2001") and in different words, and sometimes twice in one article
("met by video link on Monday" ... "During Monday's talks"). In order:

* ``mentions``: each dated event of each article, with what its text says;
* ``scoring`` and ``grouping``: the mentions of one happening, grouped (the evidence
  and its thresholds are in ``scoring``);
* ``entries``: each group as one entry (date, line, people, sources, id);
* ``references``: paragraphs that name an event by its age or as a label cited on it;
* the editors' corrections (content/events.yml, ``event_edits``);
* each dated article's publication as an entry too (kind ``publication``, id
  ``pub-<article id>``).
"""
from __future__ import annotations

from ..model import Article, ChronologyEvent, Source
from .entries import headline, to_entry
from .event_edits import EventEditor, hash_of
from .grouping import cluster_mentions
from .identity import Directory
from .mentions import Mention
from .overrides import EventOverrides
from .references import attach_references


def chronology_order(e: ChronologyEvent) -> tuple:
    """The chronology's order: by date, a day's publications first, then by id."""
    return (e.date, e.kind != "publication", e.id)


def _split(clusters: list[list[Mention]], overrides: EventOverrides, people: Directory,
           messages: list[str], headline_of=None) -> tuple[list[ChronologyEvent], dict[str, str]]:
    """Each group as an entry; one entry per article for a group the editors split.
    And every mention hash -> the id of its entry."""
    built = [to_entry(c, people, headline_of) for c in clusters]
    wanted: dict[str, int] = {}
    for i, (entry, hashes) in enumerate(built):
        for sid in overrides.split:
            if sid.text == entry.id or hash_of(sid.text) in hashes:
                wanted.setdefault(sid.text, i)
    for sid in overrides.split:
        if sid.text not in wanted:
            messages.append(f"{overrides.where(sid.line)}: split: no event {sid.text!r}; ignored")
    entries: list[ChronologyEvent] = []
    aliases: dict[str, str] = {}
    split = set(wanted.values())
    for i, (cluster, (entry, hashes)) in enumerate(zip(clusters, built)):
        parts = [(entry, hashes)]
        if i in split:
            by_article: dict[str, list[Mention]] = {}
            for m in cluster:
                by_article.setdefault(m.article, []).append(m)
            parts = [to_entry(group, people) for group in by_article.values()]
        for part, part_hashes in parts:
            entries.append(part)
            for h in part_hashes:
                aliases.setdefault(h, part.id)
    return entries, aliases


def merge_events(articles: list[Article], overrides: EventOverrides | None = None,
                 jobs: int = 1, people: Directory | None = None,
                 facts: dict[str, tuple] | None = None, references: dict[str, list] | None = None,
                 grouped=None) -> tuple[list[ChronologyEvent], list[str]]:
    """The chronology of ``articles`` (events merged, editors' corrections applied,
    publications added), in chronology order; and messages about corrections that failed.
    ``people`` resolves names to speakers (default: the events' own names only);
    ``facts``: what each article's events say, where known (``mentions.article_facts``);
    ``references``: ``references.article_references`` of articles, by id, where known;
    ``grouped``: replaces ``cluster_mentions`` (``link.incremental``: the same groups)."""
    messages: list[str] = []
    overrides = overrides or EventOverrides()
    people = people or Directory([], articles)
    clusters, w2 = (grouped or cluster_mentions)(articles, jobs, facts)
    entries, aliases = _split(clusters, overrides, people, messages,
                              getattr(grouped, "headline", None))
    words: dict[str, frozenset[str]] = {}
    for cluster in clusters:
        for m in cluster:
            eid = aliases.get(m.id)
            if eid:
                words[eid] = words.get(eid, frozenset()) | m.words
    attach_references(articles, entries, words, w2, references)
    entries = EventEditor(overrides, articles, people, messages).apply(entries, aliases)
    for a in articles:
        if a.date:
            entries.append(ChronologyEvent(id=f"pub-{a.id}", date=a.date, precision="day",
                                           text=a.title, sources=[Source(a.id or "", None)],
                                           kind="publication"))
    entries.sort(key=chronology_order)
    return entries, messages


__all__ = ["chronology_order", "cluster_mentions", "headline", "merge_events"]
