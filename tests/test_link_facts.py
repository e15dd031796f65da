"""Link facts: what each dated event of an article says (its words, names, span...),
computed once with the article's extraction and cached with it. Mentions built from
them must be exactly the mentions built from the articles themselves."""
from __future__ import annotations

from dataclasses import fields
from pathlib import Path

import pytest

from builder.build import Project, collect, BuildReport, Extractions
from builder.extract.article import enrich
from builder.link.chronology import merge_events
from builder.link.mentions import article_facts, mentions_of
from builder.model import Article
from builder.read.content import load_article
from tests.sitebuild import make_project

ROOT = Path(__file__).resolve().parents[1]


def _article(aid: str, date: str, *paragraphs: str) -> Article:
    return enrich(Article(title="A story", paragraphs=list(paragraphs), date=date, id=aid,
                          path=f"{aid}.md"))


def _plain(mentions) -> list[tuple]:
    return [tuple(getattr(m, f.name) for f in fields(m) if f.name != "event") + (m.event.text,)
            for m in mentions]


def _invented() -> list[Article]:
    # the second article names Oleg Petrov in full in an event; the first calls him by
    # his surname only: the full name is known from another article (facts cannot know it)
    return [_article("a", "2021-05-04", "Petrov met the Italian delegation in Rome on May 3, 2021.",
                     "Exports of grain doubled in 2020, the ministry said."),
            _article("b", "2021-05-06", "Trade minister Oleg Petrov met Anna Rossi in Rome on May 3, 2021, "
                     "to discuss grain."),
            _article("c", "2021-05-08", "Anna Rossi met Oleg Petrov on Monday, officials said.",
                     "A bomb exploded in Lagos on May 7, 2021.")]


@pytest.mark.parametrize("which", ["invented", "seeds"])
def test_mentions_from_cached_facts_equal_mentions_from_the_articles(which):
    if which == "seeds":
        paths = sorted((ROOT / "content" / "articles").glob("*.md"))
        if len(paths) < 5:
            pytest.skip("the seed articles are not in content/articles")
        articles = [enrich(load_article(p)) for p in paths]
    else:
        articles = _invented()
    facts = {a.id: article_facts(a) for a in articles}
    plain, lower = mentions_of(articles)
    cached, lower2 = mentions_of(articles, facts)
    assert plain and _plain(cached) == _plain(plain) and lower2 == lower
    assert [e.__dict__ for e in merge_events(articles, facts=facts)[0]] == \
        [e.__dict__ for e in merge_events(articles)[0]]


def test_facts_that_do_not_fit_the_article_are_computed_again():
    articles = _invented()
    plain, _ = mentions_of(articles)
    wrong = {a.id: article_facts(articles[0]) for a in articles}   # another article's facts
    assert _plain(mentions_of(articles, {"c": ()})[0]) == _plain(plain)
    assert len(wrong["b"]) != len(articles[1].events)
    assert _plain(mentions_of(articles, {"b": wrong["b"]})[0]) == _plain(plain)


def test_a_cache_entry_without_facts_or_of_another_version_gets_them(tmp_path, monkeypatch):
    import builder.cache as C

    root = make_project(tmp_path / "p", with_seeds=False, articles={
        "2021-05-06-talks.md": "---\ntitle: Talks\ndate: 2021-05-06\n---\n\n"
                               "Oleg Petrov met Anna Rossi in Rome on May 3, 2021.\n"})
    project = Project(root)
    store = Extractions(project)
    [art] = collect(project, BuildReport(), 1, store, budget=None)
    assert store.facts[art.id] == article_facts(art) and art.events
    key = store.keys[art.id]
    entry = store.disk.get(key)
    store.disk.put(key, entry[:3])                               # as an older version left it
    again = Extractions(project)
    collect(project, BuildReport(), 1, again, budget=None)
    assert again.facts[art.id] == article_facts(art) and len(again.disk.get(key)) == 5
    monkeypatch.setitem(C._versions, "mentions", "another")      # link/mentions.py changed
    third = Extractions(project)
    collect(project, BuildReport(), 1, third, budget=None)
    assert third.disk.get(key)[4] == "another"


def test_cached_facts_stay_pickled_until_an_article_s_mentions_are_made(tmp_path):
    """The build holds each article's facts pickled (``PackedFacts``: an edit makes the
    mentions of the articles it changed only); unpacked they are ``article_facts``, and
    mentions made from them are the mentions made from the articles."""
    from builder.link.mentions import PackedFacts

    root = make_project(tmp_path / "p", with_seeds=False, articles={
        "2031-05-06-talks.md": "---\ntitle: Talks\ndate: 2031-05-06\n---\n\n"
                               "Ilse Varnholm met Tarek Oduya in Corvale on May 3, 2031.\n",
        "2031-05-09-port.md": "---\ntitle: Port\ndate: 2031-05-09\n---\n\n"
                              "Varnholm opened the Corvale port on Friday.\n"})
    project = Project(root)
    for _ in range(2):                              # extracted, then from the cache
        store = Extractions(project)
        articles = collect(project, BuildReport(), 1, store, budget=None)
        assert isinstance(store.facts, PackedFacts)
        assert all(type(dict.get(store.facts, a.id)) is bytes for a in articles)
        assert [store.facts.get(a.id) for a in articles] == [article_facts(a) for a in articles]
        assert store.facts.get("no-such-article") is None
        assert _plain(mentions_of(articles, store.facts)[0]) == _plain(mentions_of(articles)[0])
    assert PackedFacts({"x": ((1,),)})["x"] == ((1,),)      # an older entry's tuple as it is
