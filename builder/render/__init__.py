"""Linked collection -> every generated file under docs/ (path -> text). Pure."""
from __future__ import annotations

from typing import Iterator

from ..model import Collection
from .article import render_article
from .chronology import render_chronology
from .data import iter_data_files
from .home import render_articles_index, render_home
from .links import Links
from .redirects import render_redirects
from .speakers import render_speaker, render_speaker_index
from .urls import article_path, speaker_path


def iter_site(collection: Collection, site: dict) -> Iterator[tuple[str, str | Iterator[str]]]:
    """Every generated file, one at a time (a 10,000-article site is never all in memory):
    (path, text), or (path, pieces of text) for the large data files."""
    links = Links(collection)
    yield "index.md", render_home(collection, site)
    yield "articles/index.md", render_articles_index(collection)
    yield "speakers/index.md", render_speaker_index(collection)
    yield "chronology/index.md", render_chronology(collection)
    for a in collection.articles:
        yield article_path(a.id), render_article(a, links)
    articles = {a.id: a for a in collection.articles}
    yield from render_redirects(site.get("redirects") or {}, articles)   # renamed articles
    # a speaker page looks at its own articles and events only: give it just those, so
    # the pages cost time in proportion to their size, not speakers x (articles + events)
    events_of: dict[str, list] = {}
    for e in collection.events:
        if e.kind == "event":
            for sid in dict.fromkeys(p.speaker for p in e.people if p.speaker):
                events_of.setdefault(sid, []).append(e)
    for sp in collection.speakers:
        ids = dict.fromkeys([*sp.articles, *(r.article for r in sp.roles), *(q.article for q in sp.quotes)])
        view = Collection(articles=[articles[i] for i in ids if i in articles],
                          speakers=collection.speakers, events=events_of.get(sp.id, []))
        yield speaker_path(sp.id), render_speaker(sp, view)
    # the data files come in pieces (the quotes of 10,000 articles are 100+ MB of JSON)
    yield from iter_data_files(collection, site.get("title") or "Timeline")


def render_site(collection: Collection, site: dict) -> dict[str, str]:
    return {path: text if isinstance(text, str) else "".join(text)
            for path, text in iter_site(collection, site)}
