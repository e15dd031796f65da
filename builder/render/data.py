"""The contract's machine-readable files (site/data/*.json)."""
from __future__ import annotations

import json
from dataclasses import asdict

from ..model import Collection
from .dates import human, precision
from .urls import article_path, speaker_path, url_of


def _dump(data) -> str:
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def articles_json(c: Collection) -> list[dict]:
    out = []
    for a in c.articles:
        record = {"id": a.id, "url": url_of(article_path(a.id))}
        record.update({k: v for k, v in a.to_contract().items() if k not in ("quotes", "speakers", "events")})
        out.append(record)
    return out


def quotes_json(c: Collection) -> list[dict]:
    speaker_of = {(r.article, r.index): sp.id for sp in c.speakers for r in sp.quotes}
    out = []
    for a in c.articles:
        for i, q in enumerate(a.quotes):
            record = {"id": f"{a.id}-q{i}", "article": a.id, "speaker_id": speaker_of.get((a.id, i))}
            record.update(asdict(q))
            out.append(record)
    return out


def speakers_json(c: Collection) -> list[dict]:
    return [{"id": s.id, "name": s.name, "aliases": s.aliases,
             "roles": [{"role": r.role, "article": r.article} for r in s.roles],
             "kind": s.kind, "articles": s.articles, "quote_count": len(s.quotes),
             "url": url_of(speaker_path(s.id)), "description": s.description}
            for s in c.speakers]


def events_json(c: Collection) -> list[dict]:
    return [{"id": e.id, "date": e.date, "precision": e.precision, "text": e.text,
             "people": e.people,
             "sources": [{"article": s.article, "paragraph": s.paragraph} for s in e.sources],
             "kind": e.kind, "expressions": e.expressions}
            for e in sorted(c.events, key=lambda e: (e.date, e.id)) if e.kind == "event"]


def timeline_json(c: Collection, title: str) -> dict:
    articles = {a.id: a for a in c.articles}
    events = []
    for e in sorted(c.events, key=lambda e: (e.date, e.id)):
        y, m, d = (e.date.split("-") + [None, None])[:3]
        start = {"year": int(y)}
        if m:
            start["month"] = int(m)
        if d:
            start["day"] = int(d)
        links = []
        for s in e.sources:
            a = articles.get(s.article)
            if a is not None:
                href = url_of(article_path(a.id)) + (f"#p-{s.paragraph}" if s.paragraph is not None else "")
                links.append({"url": href, "title": a.title})
        events.append({
            "unique_id": e.id,
            "start_date": start,
            "display_date": human(e.date),
            "text": {"headline": e.text if e.kind == "event" else f"Published: {e.text}",
                     "text": "; ".join(lk["title"] for lk in links)},
            "group": "Articles" if e.kind == "publication" else "Events",
            "sources": links,
        })
    return {"title": {"text": {"headline": title, "text": ""}}, "events": events}


def data_files(c: Collection, title: str) -> dict[str, str]:
    return {
        "data/articles.json": _dump(articles_json(c)),
        "data/quotes.json": _dump(quotes_json(c)),
        "data/speakers.json": _dump(speakers_json(c)),
        "data/events.json": _dump(events_json(c)),
        "data/timeline.json": _dump(timeline_json(c, title)),
    }


__all__ = ["data_files", "precision"]
