"""Linked collection -> every generated file under docs/ (path -> text). Pure.

``site_pages`` gives each file as a ``Page``: its path, a function that renders it and,
for the pages of one article or one speaker, ``key``: a fingerprint of everything the
page shows (the article, or the speaker with their articles and events, and what the
link stage says about them). Two collections that give a page one key give it the same
text, so a build that kept the key of each page it wrote need not render that page
again (``builder/build.py`` keeps them). Pages of the whole collection (home, indexes,
chronology, data) have no key and are always rendered.
"""
from __future__ import annotations

import hashlib
import io
import pickle
from dataclasses import dataclass
from typing import Callable, Iterator

from ..model import Article, Collection
from .article import render_article
from .chronology import render_chronology
from .data import iter_data_files
from .home import render_articles_index, render_home
from .links import Links
from .memo import RenderMemo
from .redirects import render_redirects
from .sources import Sentences
from .speakers import render_speaker, render_speaker_index
from .urls import article_path, speaker_path

Text = str | Iterator[str]


@dataclass
class Page:
    path: str
    render: Callable[[], Text]
    key: str | None = None          # fingerprint of the page's inputs (None: always rendered)


def fingerprint(value) -> str:
    """A digest of small plain model data (dataclasses, lists, tuples, dicts, strings,
    numbers): equal values give equal digests whatever objects they share. Made from the
    value's ``repr`` (every field of a model dataclass is in it): a page key's speakers
    digest three to six times faster than pickled; its chronology entries are
    ``RenderMemo.entry_digest``'s, a whole article, its long texts, ``content_fingerprint``'s."""
    return hashlib.blake2b(repr(value).encode("utf-8", "surrogatepass"),
                           digest_size=16).hexdigest()


def content_fingerprint(value) -> str:
    """``fingerprint`` of a value of long texts (an article), from its pickle (the
    pickler's memo off: shared objects do not change it), which copies long strings
    where ``repr`` escapes them character by character."""
    buf = io.BytesIO()
    pickler = pickle.Pickler(buf, protocol=pickle.HIGHEST_PROTOCOL)
    pickler.fast = True
    pickler.dump(value)
    return hashlib.blake2b(buf.getbuffer(), digest_size=16).hexdigest()


def _article_inputs(a: Article, fp: str, links: Links, events: Callable[[list], list[str]]) -> tuple:
    """Everything ``render_article`` reads besides the article itself."""
    aid = a.id or ""

    def who(sp):
        return None if sp is None else (sp.id, sp.name, sp.kind, sp.description)

    return ("article", fp, aid,
            [who(links.speaker_of_quote(aid, i)) for i in range(len(a.quotes))],
            [(who(sp), links.role_in(sp, aid), n) for sp, n in links.article_speakers(aid)],
            links.collection.name_spans.get(aid, []),
            events(links.article_events(aid)),
            [getattr(links.article_by_title(t), "id", None) for t in a.related])


def _index_keys(collection: Collection, site: dict) -> tuple[str, str, str]:
    """The keys of the home page, the article list and the speaker index: what each shows
    of the articles (never their bodies) and of the speakers."""
    arts = [(a.id, a.date, a.title, a.topic, a.standfirst[:1]) for a in collection.articles]
    n_events = sum(1 for e in collection.events if e.kind == "event")
    home = fingerprint(("home", site.get("title"), site.get("intro"), arts,
                        len(collection.speakers), n_events))
    listed = fingerprint(("articles", [x[:3] for x in arts]))
    dates = {a.id: a.date or "" for a in collection.articles}
    speakers = fingerprint(("speakers", [(sp.id, sp.name, sp.kind, len(sp.quotes), len(sp.articles),
                                          [(r.role, dates.get(r.article)) for r in sp.roles])
                                         for sp in collection.speakers]))
    return home, listed, speakers


def site_pages(collection: Collection, site: dict, known: dict[str, str] | None = None,
               memo: RenderMemo | None = None) -> Iterator[Page]:
    """Every generated file, one at a time (a 10,000-article site is never all in memory).
    ``known``: article id -> a key of the article's content that the caller already has
    (the extraction cache's key of its file), so that it need not be fingerprinted.
    ``memo``: pieces of the chronology page and the data files an earlier build rendered
    (``render/memo.py``)."""
    known = known or {}
    memo = memo if memo is not None else RenderMemo()
    links = Links(collection)
    speakers_by_id = {sp.id: sp for sp in collection.speakers}

    def events(evs: list) -> list[str]:
        """What the pages show of these events (digested once per event, with the
        chronology's keys of it: ``RenderMemo.entry_digest``)."""
        return [memo.entry_digest(e, speakers_by_id) for e in evs]

    fps = {a.id or "": known.get(a.id or "") or content_fingerprint(a)
           for a in collection.articles}
    sentences = Sentences(collection.articles)
    home, listed, speakers = _index_keys(collection, site)
    yield Page("index.md", lambda: render_home(collection, site), home)
    yield Page("articles/index.md", lambda: render_articles_index(collection), listed)
    yield Page("speakers/index.md", lambda: render_speaker_index(collection), speakers)
    yield Page("chronology/index.md", lambda: render_chronology(collection, memo, fps, sentences))
    for a in collection.articles:
        fp = fps[a.id or ""]
        yield Page(article_path(a.id), lambda a=a: render_article(a, links),
                   fingerprint(_article_inputs(a, fp, links, events)))
    articles = {a.id: a for a in collection.articles}
    for path, text in render_redirects(site.get("redirects") or {}, articles):   # renamed articles
        yield Page(path, lambda text=text: text)
    # a speaker page looks at its own articles and events only: give it just those, so
    # the pages cost time in proportion to their size, not speakers x (articles + events)
    events_of: dict[str, list] = {}
    for e in collection.events:
        if e.kind == "event":
            for sid in dict.fromkeys(p.speaker for p in e.people if p.speaker):
                events_of.setdefault(sid, []).append(e)
    for sp in collection.speakers:
        ids = [i for i in dict.fromkeys([*sp.articles, *(r.article for r in sp.roles),
                                         *(q.article for q in sp.quotes)]) if i in articles]
        view = Collection(articles=[articles[i] for i in ids], speakers=collection.speakers,
                          events=events_of.get(sp.id, []))
        yield Page(speaker_path(sp.id), lambda sp=sp, view=view: render_speaker(sp, view),
                   fingerprint(("speaker", sp, [(i, fps[i]) for i in ids], events(view.events))))
    # the data files come in pieces (the quotes of 10,000 articles are 100+ MB of JSON)
    for path, text in iter_data_files(collection, site.get("title") or "Timeline", memo, fps,
                                      sentences):
        yield Page(path, lambda text=text: text)


def iter_site(collection: Collection, site: dict) -> Iterator[tuple[str, Text]]:
    """Every generated file: (path, text), or (path, pieces of text) for large data files."""
    for page in site_pages(collection, site):
        yield page.path, page.render()


def render_site(collection: Collection, site: dict) -> dict[str, str]:
    return {path: text if isinstance(text, str) else "".join(text)
            for path, text in iter_site(collection, site)}
