"""The home page: what the microsite is, the articles newest first, counts
(``templates/home.md``); and the list of all articles (``templates/articles.md``)."""
from __future__ import annotations

from ..model import Collection
from .templates import render


def newest_first(collection: Collection):
    dated = sorted((a for a in collection.articles if a.date), key=lambda a: (a.date, a.id), reverse=True)
    undated = sorted((a for a in collection.articles if not a.date), key=lambda a: a.id or "")
    return dated, undated


def render_home(collection: Collection, site: dict) -> str:
    dated, undated = newest_first(collection)
    page = render("home.md", site=site, dated=dated, undated=undated,
                  articles=len(collection.articles), speakers=len(collection.speakers),
                  events=sum(1 for e in collection.events if e.kind == "event"))
    return page[:-1]


def render_articles_index(collection: Collection) -> str:
    dated, undated = newest_first(collection)
    return render("articles.md", articles=collection.articles, dated=dated, undated=undated)


__all__ = ["render_home", "render_articles_index"]
