"""The home page: what the microsite is, the articles newest first, counts."""
from __future__ import annotations

from ..model import Collection
from .dates import human, time_tag
from .escape import h, md, yaml_str
from .urls import article_path


def newest_first(collection: Collection):
    dated = sorted((a for a in collection.articles if a.date), key=lambda a: (a.date, a.id), reverse=True)
    undated = sorted((a for a in collection.articles if not a.date), key=lambda a: a.id or "")
    return dated, undated


def render_home(collection: Collection, site: dict) -> str:
    dated, undated = newest_first(collection)
    events = [e for e in collection.events if e.kind == "event"]
    out = ["---", f"title: {yaml_str(site.get('title') or 'Home')}", "---", "",
           f"# {md(site.get('title') or 'Timeline')}", ""]
    for para in site.get("intro") or []:
        out += [md(para), ""]
    span = ""
    if dated:
        span = f" · from {time_tag(dated[-1].date)} to {time_tag(dated[0].date)}"
    out += [f'<p class="tl-counts">{len(collection.articles)} articles · '
            f'{len(collection.speakers)} speakers · {len(events)} events on the timeline{span}</p>', ""]
    out += ["[Read the chronology](chronology/index.md) · [Who said what](speakers/index.md) · "
            "[All articles](articles/index.md)", ""]
    out += ["## Articles", ""]
    out += article_list(dated, "")
    if undated:
        out += ["## Undated articles", "",
                "These articles have no publication date yet, so they are not on the timeline.", ""]
        out += article_list(undated, "")
    return "\n".join(out)


def article_list(articles, prefix: str) -> list[str]:
    out = []
    for a in articles:
        summary = a.standfirst[0] if a.standfirst else ""
        topic = f" · {md(a.topic)}" if a.topic else ""
        out.append(f"- {time_tag(a.date)}{topic} — **[{md(a.title)}]({prefix}{article_path(a.id)})**")
        if summary:
            out.append(f"    <br>{md(summary)}")
    out.append("")
    return out


def render_articles_index(collection: Collection) -> str:
    dated, undated = newest_first(collection)
    out = ["---", 'title: "Articles"', "---", "", "# Articles", "",
           f"{len(collection.articles)} articles, newest first.", ""]
    year = None
    for a in dated:
        if a.date[:4] != year:
            year = a.date[:4]
            out += [f"## {year}", ""]
        out += _item(a)
    if undated:
        out += ["## Undated", ""]
        for a in undated:
            out += _item(a)
    return "\n".join(out) + "\n"


def _item(a) -> list[str]:
    return [f"- {time_tag(a.date)} — [{md(a.title)}]({a.id}.md)", ""]


__all__ = ["render_home", "render_articles_index", "human"]
