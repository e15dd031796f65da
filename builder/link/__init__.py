"""Link stage: all extracted articles -> one Collection (speakers, chronology).

Pelican-style: nothing is rendered until the whole collection is known. The speakers
come first; ``identity.Directory`` over them resolves every person the events name, so
after this stage people are speaker ids, never names to match.
"""
from __future__ import annotations

from ..model import Article, Collection
from .chronology import merge_events
from .identity import Directory, name_spans
from .incremental import Grouping
from .overrides import Overrides
from .registry import build_registry


def link(articles: list[Article], overrides: Overrides | None = None, jobs: int = 1,
         facts: dict[str, tuple] | None = None, references: dict[str, list] | None = None,
         grouping: Grouping | None = None) -> Collection:
    """``jobs``: processes the chronology may use for a large collection; ``facts``: what
    each article's events say (``mentions.article_facts``, cached with its extraction),
    ``references``: what each names by age or as a label (``references.article_references``,
    kept by the build between builds), where known. None of them changes the result.
    ``grouping``: the chronology's grouping kept from the last build (``incremental``):
    an edit groups again only the years it touches, with the word weights of the last full
    grouping (counted again when the mentions drift: the rule is in ``incremental``)."""
    overrides = overrides or Overrides()
    speakers, speaker_messages = build_registry(articles, overrides.speakers)
    people = grouping.directory(speakers, articles) if hasattr(grouping, "directory") \
        else Directory(speakers, articles)
    events, event_messages = merge_events(articles, overrides.events, jobs=jobs, people=people,
                                           facts=facts, references=references,
                                           grouped=grouping)
    quoted: dict[str, list] = {}
    for sp in speakers:
        for aid in dict.fromkeys(ref.article for ref in sp.quotes):
            quoted.setdefault(aid, []).append(sp)
    spans_of = getattr(grouping, "name_spans", name_spans)
    spans = {a.id: spans_of(a, quoted[a.id]) for a in articles if a.id in quoted}
    notices = (overrides.speakers.notes + speaker_messages + overrides.events.notes
               + event_messages)
    return Collection(articles=articles, speakers=speakers, events=events, notices=notices,
                      name_spans=spans)
