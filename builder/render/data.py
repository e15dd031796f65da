"""The contract's machine-readable files (site/data/*.json)."""
from __future__ import annotations

import dataclasses
import json
from typing import Iterator

from ..model import Collection, Quote
from ..dates import human, parse_or_none, precision
from ..link.chronology import chronology_order
from .escape import h
from .memo import RenderMemo, digest
from .sources import Sentences
from .templates import template_module
from .urls import article_path, speaker_path, url_of


def _json(value) -> str:
    return json.dumps(value, ensure_ascii=False)


def dump_chunks(data) -> Iterator[str]:
    """The text of a data file in pieces: one record per line, valid JSON with readable
    diffs, written by the C encoder (``indent=`` switches json to its pure-Python
    encoder, minutes for 10,000 articles), and never the whole file in memory at once."""
    if isinstance(data, list):
        if not data:
            yield "[]\n"
            return
        yield "["
        for i, record in enumerate(data):
            yield ("\n" if i == 0 else ",\n") + _json(record)
        yield "\n]\n"
    elif isinstance(data, dict):
        yield "{"
        for n, (key, value) in enumerate(data.items()):
            yield ("\n" if n == 0 else ",\n") + f"{_json(key)}: "
            if isinstance(value, list) and value:
                yield "["
                for i, record in enumerate(value):
                    yield ("\n" if i == 0 else ",\n") + _json(record)
                yield "\n]"
            else:
                yield _json(value)
        yield "\n}\n"
    else:
        yield _json(data) + "\n"


def _dump(data) -> str:
    return "".join(dump_chunks(data))


_QUOTE_FIELDS = [f.name for f in dataclasses.fields(Quote)]


def articles_json(c: Collection) -> list[dict]:
    out = []
    for a in c.articles:
        record = {"id": a.id, "url": url_of(article_path(a.id))}
        # quotes, speakers and events are in their own files: skip converting them here
        bare = dataclasses.replace(a, quotes=[], speakers=[], events=[])
        record.update({k: v for k, v in bare.to_contract().items() if k not in ("quotes", "speakers", "events")})
        out.append(record)
    return out


def quotes_json(c: Collection) -> list[dict]:
    speaker_of = {(r.article, r.index): sp.id for sp in c.speakers for r in sp.quotes}
    return [record for a in c.articles for record in _quotes_of(a, speaker_of)]


def _quotes_of(a, speaker_of: dict) -> list[dict]:
    out = []
    for i, q in enumerate(a.quotes):
        record = {"id": f"{a.id}-q{i}", "article": a.id, "speaker_id": speaker_of.get((a.id, i))}
        record.update({f: getattr(q, f) for f in _QUOTE_FIELDS})    # Quote is flat
        out.append(record)
    return out


def speakers_json(c: Collection) -> list[dict]:
    return [{"id": s.id, "name": s.name, "aliases": s.aliases,
             "roles": [{"role": r.role, "article": r.article} for r in s.roles],
             "kind": s.kind, "articles": s.articles, "quote_count": len(s.quotes),
             "url": url_of(speaker_path(s.id)), "description": s.description}
            for s in c.speakers]


def events_json(c: Collection) -> list[dict]:
    """Contract section 3: the merged events (publications are on the chronology page and
    in timeline.json, not here), sorted by date; ``text`` is the entry's line, ``sentence``
    the source sentence it comes from, and each source has the sentence it gives."""
    sentences = Sentences(c.articles)
    return [_event_record(e, sentences) for e in sorted(c.events, key=chronology_order)
            if e.kind in ("event", "background")]


def _event_record(e, sentences: Sentences) -> dict:
    sources = sentences.of_entry(e)
    return {"id": e.id, "date": e.date, "precision": e.precision, "text": e.text,
            "people": [p.name for p in e.people],
            "speaker_ids": [p.speaker for p in e.people],
            "sources": [{"article": s.article, "paragraph": s.paragraph, "sentence": said}
                        for s, said in sources],
            "kind": e.kind,             # event | background (a state, trend, measure)
            "sentence": sentences.sentence(e)}


_GROUPS = {"publication": "Published", "background": "Background"}


def _timeline_date(d) -> dict:
    """A TimelineJS date object at the date's precision (year, month, day as numbers)."""
    return {k: v for k, v in (("year", d.year), ("month", d.month), ("day", d.day)) if v}


def timeline_json(c: Collection, title: str) -> dict:
    """The chronology in Knight Lab TimelineJS 3 JSON. TimelineJS renders headline and
    text as HTML, so both are escaped; events and publications are separate groups."""
    articles = {a.id: a for a in c.articles}
    html = template_module("timeline.html")
    slides = _slides(sorted(c.events, key=chronology_order), articles, Sentences(c.articles), html)
    n_events = sum(1 for e in c.events if e.kind == "event")
    return {"title": {"text": {"headline": h(title), "text": str(html.intro(n_events, len(c.articles)))}},
            "events": slides, "scale": "human"}


def _slides(events, articles: dict, sentences: Sentences, html) -> list[dict]:
    """The TimelineJS slide of each entry with a date."""
    slides = []
    for e in events:
        date = parse_or_none(e.date)
        if date is None:
            continue
        links = []
        for s in e.sources:
            a = articles.get(s.article)
            if a is not None:
                links.append((url_of(article_path(a.id)) + (f"#p-{s.paragraph}" if s.paragraph is not None else ""),
                              a.title if s.paragraph is None else f"{a.title}, paragraph {s.paragraph + 1}"))
        first = articles.get(e.sources[0].article) if e.sources else None
        said = sentences.sentence(e) if e.kind != "publication" else None
        body = html.slide(e, [p.name for p in e.people], links, first.source_name if first else None,
                          said if said != e.text else None)
        slides.append({
            "unique_id": e.id,
            "start_date": _timeline_date(date),
            "display_date": date.human(e.precision),
            "text": {"headline": h(e.text), "text": str(body)},     # the headline: the event line
            "group": _GROUPS.get(e.kind, "Events"),
            "autolink": False,
        })
    return slides


def iter_data_files(c: Collection, title: str, memo: RenderMemo | None = None,
                    fps: dict[str, str] | None = None, sentences: Sentences | None = None
                    ) -> Iterator[tuple[str, Iterator[str]]]:
    """(path, text in pieces) of each data file; each is built only when its turn comes.
    With a ``memo`` (and ``fps``, a key of each article's content: ``render/memo.py``),
    the records of articles and entries whose inputs are those of records in the files
    the last build wrote are read back from them, the rest made as ``articles_json`` ...
    ``timeline_json`` make them (the same text)."""
    if memo is None or fps is None:
        for path, make in (("data/articles.json", lambda: articles_json(c)),
                           ("data/quotes.json", lambda: quotes_json(c)),
                           ("data/speakers.json", lambda: speakers_json(c)),
                           ("data/events.json", lambda: events_json(c)),
                           ("data/timeline.json", lambda: timeline_json(c, title))):
            yield path, dump_chunks(make())
        return
    sentences = sentences or Sentences(c.articles)
    path = "data/articles.json"
    yield path, _list(memo, path, ((digest("aj", (a.id, fps.get(a.id or ""))), a) for a in c.articles),
                      lambda a: [_json(r) for r in articles_json(Collection(articles=[a]))])
    speaker_of = {(r.article, r.index): sp.id for sp in c.speakers for r in sp.quotes}
    path = "data/quotes.json"
    yield path, _list(memo, path, ((digest("qj", (a.id, fps.get(a.id or ""), tuple(
        speaker_of.get((a.id, i)) for i in range(len(a.quotes))))), a) for a in c.articles),
                      lambda a: [_json(r) for r in _quotes_of(a, speaker_of)])
    yield "data/speakers.json", dump_chunks(speakers_json(c))
    ordered = sorted(c.events, key=chronology_order)
    speakers = {s.id: s for s in c.speakers}
    path = "data/events.json"
    yield path, _list(memo, path, ((memo.entry_key("ej", e, fps, speakers), e) for e in ordered
                                   if e.kind in ("event", "background")),
                      lambda e: [_json(_event_record(e, sentences))])
    articles = {a.id: a for a in c.articles}
    html = template_module("timeline.html")
    n_events = sum(1 for e in c.events if e.kind == "event")
    data = {"title": {"text": {"headline": h(title), "text": str(html.intro(n_events, len(c.articles)))}},
            "events": None, "scale": "human"}
    path = "data/timeline.json"
    yield path, _dict_with_lines(data, "events", lambda out: _records(
        memo, path, out, ((memo.entry_key("tj", e, fps, speakers), e) for e in ordered),
        lambda e: [_json(x) for x in _slides([e], articles, sentences, html)]))


class _Out:
    """Where the next piece of a file begins, in bytes (a record is remembered by where
    it is in the file written)."""

    def __init__(self):
        self.pos = 0

    def __call__(self, text: str) -> str:
        self.pos += len(text) if text.isascii() else len(text.encode("utf-8"))
        return text


def _records(memo: RenderMemo, path: str, out: _Out, keyed, make) -> Iterator[str]:
    """The JSON lines of each (key, item), each after its separator (``[`` and a line
    break before the first, a comma and one before the others; nothing at all without
    records): as the last build wrote them (``RenderMemo.block``) or made by
    ``make(item)`` (a list of lines, possibly none)."""
    first = True
    for key, item in keyed:
        found = memo.block(path, key)
        if found is None:
            block = ",\n".join(make(item))
            size = len(block) if block.isascii() else len(block.encode("utf-8"))
        else:
            block, size = found
        if not size:
            memo.place(path, key, out.pos, 0)
            continue
        sep = out("[\n" if first else ",\n")
        first = False
        memo.place(path, key, out.pos, size)
        out.pos += size
        yield sep + block
    if first:
        yield out("[]")


def _list(memo: RenderMemo, path: str, keyed, make) -> Iterator[str]:
    """What ``dump_chunks`` gives for a list of the records ``_records`` gives."""
    out = _Out()
    any_record = False
    for piece in _records(memo, path, out, keyed, make):
        if piece == "[]":
            yield "[]\n"
            return
        any_record = True
        yield piece
    yield "\n]\n" if any_record else "[]\n"


def _dict_with_lines(data: dict, name: str, records) -> Iterator[str]:
    """What ``dump_chunks`` gives for ``data`` whose ``name`` is the list of records
    ``records(out)`` gives (``_records``; ``out`` counts the bytes before them)."""
    out = _Out()
    yield out("{")
    for n, (key, value) in enumerate(data.items()):
        yield out(("\n" if n == 0 else ",\n") + f"{_json(key)}: ")
        if key == name:
            last = "[]"
            for piece in records(out):
                last = piece
                yield piece
            if last != "[]":
                yield out("\n]")
        elif isinstance(value, list) and value:
            yield out("[")
            for i, record in enumerate(value):
                yield out(("\n" if i == 0 else ",\n") + _json(record))
            yield out("\n]")
        else:
            yield out(_json(value))
    yield out("\n}\n")


def data_files(c: Collection, title: str) -> dict[str, str]:
    return {path: "".join(chunks) for path, chunks in iter_data_files(c, title)}


__all__ = ["data_files", "iter_data_files", "dump_chunks", "precision"]
