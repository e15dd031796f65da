"""The link stage kept between builds (``link.incremental.Grouping``): after every edit of
a random sequence, its output is byte for byte that of a full link with the same word
counts; only the years the edit touches are grouped again; and the counts are counted
again (a full link, equal to a link from scratch) once the mentions drift past the rule.
"""
from __future__ import annotations

import json
import pickle
import random
from dataclasses import asdict

import pytest

import builder.link.incremental as INC
from builder.extract.article import enrich
from builder.link import link
from builder.link.identity import Directory
from builder.link.incremental import Grouping, full_grouping
from builder.link.mentions import article_facts
from builder.model import Article

PEOPLE = ["Oleg Petrov", "Anna Rossi", "Maria Silva", "John Okafor", "Lena Berg", "Tomas Varga"]
ROLES = ["Trade Minister", "Foreign Minister", "central bank governor", "Ambassador"]
CITIES = ["Rome", "Lagos", "Lisbon", "Oslo", "Nairobi"]
MONTHS = ["March", "April", "May", "June", "October"]
YEARS = ["2019", "2020", "2021", "2022"]
WHAT = ["to discuss trade", "to sign a grain accord", "about the port strike",
        "to review the pipeline deal", "about fishing quotas"]


def paragraph(rng: random.Random) -> str:
    a, b = rng.sample(PEOPLE, 2)
    year, month, day = rng.choice(YEARS), rng.choice(MONTHS), rng.randrange(1, 28)
    kind = rng.randrange(6)
    if kind == 0:
        return f"{rng.choice(ROLES)} {a} met {b} in {rng.choice(CITIES)} on {month} {day}, {year}, {rng.choice(WHAT)}."
    if kind == 1:
        return f"“The talks were useful,” said {a} on {month} {day}, {year}, after meeting {b.split()[-1]}."
    if kind == 2:
        return f"In {month} {year}, the government of {a} signed an accord with {rng.choice(CITIES)} {rng.choice(WHAT)}."
    if kind == 3:
        return f"{b.split()[-1]} visited {rng.choice(CITIES)} in {year} {rng.choice(WHAT)}."
    if kind == 4:
        return f"Dockers in {rng.choice(CITIES)} went on strike on {month} {day}, {year}, {rng.choice(WHAT)}."
    return f"On {month} {day}, {year}, {a} and {b} held talks {rng.choice(WHAT)}."


def story(rng: random.Random, aid: str) -> Article:
    date = f"{rng.choice(YEARS)}-0{rng.randrange(1, 10)}-{rng.randrange(10, 28)}"
    paras = [paragraph(rng) for _ in range(rng.randrange(2, 6))]
    return enrich(Article(title=f"Story {aid}", paragraphs=paras, date=date, id=aid, path=f"{aid}.md"))


def edit(rng: random.Random, articles: list[Article], n: int) -> str:
    """One random edit of ``articles`` in place (as a reader of content/ would see it)."""
    what = rng.randrange(5)
    i = rng.randrange(len(articles))
    a = articles[i]
    if what == 0 and len(articles) > 3:
        del articles[i]
        return f"removed {a.id}"
    if what == 1:
        articles.append(story(rng, f"new-{n}"))
        return f"added new-{n}"
    paras = list(a.paragraphs)
    if what == 2:
        paras[rng.randrange(len(paras))] = paragraph(rng)
    elif what == 3:
        paras.append(paragraph(rng))
    else:
        date = f"{rng.choice(YEARS)}-0{rng.randrange(1, 10)}-{rng.randrange(10, 28)}"
        articles[i] = enrich(Article(title=a.title, paragraphs=paras, date=date, id=a.id, path=a.path))
        return f"date of {a.id}"
    articles[i] = enrich(Article(title=a.title, paragraphs=paras, date=a.date, id=a.id, path=a.path))
    return f"paragraph of {a.id}"


def dump(collection) -> str:
    return json.dumps({"events": [asdict(e) for e in collection.events],
                       "speakers": [asdict(s) for s in collection.speakers],
                       "notices": collection.notices,
                       "spans": {k: [asdict(s) for s in v] for k, v in collection.name_spans.items()}},
                      sort_keys=True, default=str)


def keyed(grouping: Grouping, articles: list[Article]) -> dict:
    """What the build gives the grouping: each article's content key (here its content)."""
    grouping.keys = {a.id: json.dumps(asdict(a), sort_keys=True, default=str) for a in articles}
    return {a.id: article_facts(a) for a in articles}


@pytest.fixture
def no_drift_limit(monkeypatch):
    monkeypatch.setattr(INC, "DRIFT_SHARE", 1e9)


def counted_directories(monkeypatch) -> list:
    """A list that grows by one each time the link makes a speakers' ``Directory``."""
    made = []

    class Counted(INC.Directory):
        def __init__(self, *args):
            made.append(1)
            super().__init__(*args)

    monkeypatch.setattr(INC, "Directory", Counted)
    return made


def test_incremental_link_equals_a_full_link_with_the_same_counts_after_random_edits(
        no_drift_limit, monkeypatch):
    made = counted_directories(monkeypatch)
    rng = random.Random(17)
    articles = [story(rng, f"s{i}") for i in range(30)]
    grouping = Grouping()
    facts = keyed(grouping, articles)
    link(articles, facts=facts, grouping=grouping)
    assert grouping.last == "full"
    counted = grouping.stats
    assert dump(link(articles, facts=facts, grouping=grouping)) == dump(link(articles))
    assert grouping.last == "kept"
    partial = kept_directory = 0
    for n in range(25):
        if n % 3 == 2:                # as the command line keeps it: pickled, events detached
            grouping.detach(articles)
            grouping = pickle.loads(pickle.dumps(grouping))
        what = edit(rng, articles, n)
        facts = keyed(grouping, articles)
        before = len(made)
        got = dump(link(articles, facts=facts, grouping=grouping))
        kept_directory += len(made) == before
        assert grouping.stats == counted, what
        assert grouping.last.startswith("years: ") or grouping.last == "kept", what
        partial += len(grouping.last.split()) - 1 < len(YEARS)
        full = dump(link(articles, facts=facts,
                         grouping=lambda arts, jobs, f: full_grouping(arts, counted, f)))
        assert got == full, what
    assert partial > 5          # most edits touch fewer than all years
    assert kept_directory > 2   # and keep the speakers' and events' names (not pickled)


def test_a_name_another_article_adds_makes_again_the_mentions_that_hold_it(no_drift_limit):
    """An article naming "Ida Kovacs" in full makes her a person of another article's
    event that holds her full name only as a modifier: that article's mentions change too."""
    rng = random.Random(3)
    other = enrich(Article(title="Port", date="2021-05-02", id="port", path="port.md", paragraphs=[
        "Dockers in Oslo went on strike on March 3, 2021, against the plan of Ida Kovacs."]))
    articles = [story(rng, f"s{i}") for i in range(6)] + [other]
    grouping = Grouping()
    link(articles, facts=keyed(grouping, articles), grouping=grouping)
    articles.append(enrich(Article(title="Talks", date="2021-05-03", id="talks", path="talks.md",
                                   paragraphs=["Trade Minister Ida Kovacs met Anna Rossi in Oslo on "
                                               "March 3, 2021, to discuss the port strike.",
                                               "“We will reopen the port,” Kovacs said."])))
    assert "Ida Kovacs" in articles[-1].events[0].people
    facts = keyed(grouping, articles)
    got = dump(link(articles, facts=facts, grouping=grouping))
    full = dump(link(articles, facts=facts,
                     grouping=lambda arts, jobs, f: full_grouping(arts, grouping.stats, f)))
    assert got == full and grouping.last == "years: 2021"
    assert any("Ida Kovacs" in m.all_people for m in grouping.kept["port"].mentions)


def test_the_counts_are_counted_again_once_the_mentions_drift(monkeypatch):
    """The rule: once the mentions added and removed since the counts exceed DRIFT_SHARE
    of those counted, the link is a full one, equal to a link from scratch."""
    monkeypatch.setattr(INC, "DRIFT_SHARE", 0.2)
    rng = random.Random(8)
    articles = [story(rng, f"s{i}") for i in range(20)]
    grouping = Grouping()
    link(articles, facts=keyed(grouping, articles), grouping=grouping)
    counted = grouping.stats
    seen = []
    for n in range(12):
        edit(rng, articles, n)
        facts = keyed(grouping, articles)
        got = dump(link(articles, facts=facts, grouping=grouping))
        seen.append(grouping.last)
        if grouping.last == "full":
            assert got == dump(link(articles))
            assert grouping.drift == 0 and grouping.stats is not counted
            counted = grouping.stats
        else:
            assert grouping.drift <= 0.2 * counted.mentions
    assert "full" in seen and any(s.startswith("years") for s in seen)


def test_builds_keep_the_grouping_and_equal_a_clean_build_with_the_same_counts(tmp_path, no_drift_limit):
    """Through ``build_docs`` (the CLI's path: the grouping pickled under .cache/): after
    each random edit, docs/ is what a clean build of the same content gives when it
    starts from the same word counts."""
    import shutil

    from builder import build_memo as M
    from builder import cache as C
    from builder.build import Project, build_docs
    from tests.sitebuild import make_project
    from tests.test_incremental import (_stories_built, add_article, change_date, change_paragraph,
                                        generated, remove_article)

    rng = random.Random(23)
    root, project, _ = _stories_built(tmp_path, rng, 6)
    for step in range(6):
        what = rng.choice([change_paragraph, change_date, add_article, remove_article])(root, rng)
        build_docs(project, budget=None)
        kept = M.load_grouping(root)
        assert kept.last.startswith("years: "), what
        clean = make_project(tmp_path / f"clean-{step}", with_seeds=False)
        shutil.rmtree(clean / "content")
        shutil.copytree(root / "content", clean / "content")
        shutil.copytree(root / C.CACHE_DIR / "extract", clean / C.CACHE_DIR / "extract")
        M.save_grouping(clean, Grouping(stats=kept.stats))
        build_docs(Project(clean), budget=None)
        assert generated(root) == generated(clean), what


def test_a_pickled_grouping_detaches_each_mention_as_a_fresh_one_would(no_drift_limit):
    """``detach`` gives a mention ``_attach`` found unchanged its record again (no hashing
    of its event): after edits of a pickled grouping, every mention's record is the one
    made from its event, and the next link still equals a full one."""
    rng = random.Random(31)
    articles = [story(rng, f"s{i}") for i in range(16)]
    grouping = Grouping()
    link(articles, facts=keyed(grouping, articles), grouping=grouping)
    for n in range(8):
        grouping.detach(articles)
        grouping = pickle.loads(pickle.dumps(grouping))
        edit(rng, articles, n)
        link(articles, facts=keyed(grouping, articles), grouping=grouping)
        # then, before it is pickled again, an article the last link found unchanged gets
        # a paragraph before the others: its events' places move
        i = rng.randrange(len(articles))
        a = articles[i]
        articles[i] = enrich(Article(title=a.title, paragraphs=[paragraph(rng), *a.paragraphs],
                                     date=a.date, id=a.id, path=a.path))
        facts = keyed(grouping, articles)
        got = dump(link(articles, facts=facts, grouping=grouping))
        events = {(m.article, id(m)): m.event for k in grouping.kept.values() for m in k.mentions}
        grouping.detach(articles)
        by_id = {a.id: a for a in articles}
        for k in grouping.kept.values():
            for m in k.mentions:
                event = events[(m.article, id(m))]
                place = next(i for i, e in enumerate(by_id[m.article].events) if e is event)
                assert m.event == INC._Detached(place, INC._digest(event))
        grouping = pickle.loads(pickle.dumps(grouping))
        facts = keyed(grouping, articles)
        assert dump(link(articles, facts=facts, grouping=grouping)) == got


def test_a_refreshed_directory_is_a_fresh_one_and_resolves_alike(no_drift_limit, monkeypatch):
    """An edit that keeps every speaker's names and the set of the events' full names
    refreshes the last build's ``Directory`` for the articles it touched: its indexes by
    article and every resolution are those of a directory made afresh."""
    made = counted_directories(monkeypatch)
    rng = random.Random(41)
    articles = [story(rng, f"s{i}") for i in range(24)]
    grouping = Grouping()
    link(articles, facts=keyed(grouping, articles), grouping=grouping)
    refreshed = changes = 0
    resolved: dict = {}
    for n in range(12):
        i = rng.randrange(len(articles))
        a = articles[i]
        # a quote by someone already known (two share a family name: which one a lone
        # "Kovacs" is depends on who is quoted in the article), or a date moved
        who = ["Ida Kovacs", "Pal Kovacs"][n % 4 // 2] if n < 4 else \
            rng.choice(["Ida Kovacs", "Pal Kovacs", "Oleg Petrov"])
        paras = [*a.paragraphs, f"“We will keep talking,” {who} said on Tuesday."] if n % 2 \
            else a.paragraphs
        articles[i] = enrich(Article(title=a.title, paragraphs=paras, date=a.date if n % 2 else
                                     f"{rng.choice(YEARS)}-0{rng.randrange(1, 10)}-11",
                                     id=a.id, path=a.path))
        before = len(made)
        collection = link(articles, facts=keyed(grouping, articles), grouping=grouping)
        refreshed += len(made) == before
        people = grouping._directory[2]
        fresh = Directory(collection.speakers, articles)
        assert people.articles_of == fresh.articles_of
        for index in ("family_in", "event_names_in", "event_names", "by_family", "by_key"):
            assert {k: set(v) for k, v in getattr(people, index).items()} == \
                {k: set(v) for k, v in getattr(fresh, index).items()}, index
        asked = [(p, a.id) for a in articles for e in a.events for p in e.people]
        asked += [(sp.name.split()[-1], a.id) for sp in collection.speakers for a in articles]
        changes += sum(a.id in resolved and people.resolve("Kovacs", a.id) != resolved[a.id]
                       for a in articles)
        resolved = {a.id: people.resolve("Kovacs", a.id) for a in articles}
        asked += [(sp.name, None) for sp in collection.speakers]
        for name, aid in asked:
            assert people.resolve(name, aid) == fresh.resolve(name, aid), (name, aid)
    assert refreshed > 3 and changes > 2      # and a quote changed whom "Kovacs" means


@pytest.mark.parametrize("block_pairs", [4, 20000])
def test_a_year_grouped_again_scores_only_the_changed_mentions_pairs(no_drift_limit, monkeypatch,
                                                                    block_pairs):
    """A dirty year keeps the scores of its unchanged pairs (``grouping.rescored_pairs``):
    the pairs and scores are those of scoring the whole year, so the link equals a full
    one, with blocks so small that most compare near neighbours only (their windows move
    as mentions come and go) and with the usual size; and far fewer pairs are scored."""
    import builder.link.grouping as G

    monkeypatch.setattr(G, "BLOCK_PAIRS", block_pairs)
    monkeypatch.setattr(G, "BLOCK_WINDOW", 2 if block_pairs < 100 else G.BLOCK_WINDOW)
    scored = []
    real = G.link_score
    monkeypatch.setattr(G, "link_score", lambda a, b, w2: scored.append(1) or real(a, b, w2))
    rng = random.Random(5 + block_pairs)
    articles = [story(rng, f"s{i}") for i in range(40)]
    grouping = Grouping()
    link(articles, facts=keyed(grouping, articles), grouping=grouping)
    counted = grouping.stats
    regrouped = 0
    for n in range(14):
        what = edit(rng, articles, n)
        facts = keyed(grouping, articles)
        scored.clear()
        got = dump(link(articles, facts=facts, grouping=grouping))
        if grouping.last.startswith("years: "):
            years = grouping.last.split()[1:]
            mentions = [m for y in years for c in grouping.years.get(y, []) for m in c]
            whole = 0
            for y in years:
                ms = sorted((m for m in mentions if m.date[:4] == y), key=lambda m: m.sort_key())
                for i, m in enumerate(ms):
                    m.index = i
                whole += len(G._candidate_pairs(ms))
            regrouped += 1
            assert len(scored) < whole or whole == 0, what
        full = dump(link(articles, facts=facts,
                         grouping=lambda arts, jobs, f: full_grouping(arts, counted, f)))
        assert got == full, what
    assert regrouped > 5


@pytest.mark.parametrize("seed", range(4))
def test_rescored_pairs_are_the_pairs_of_scoring_all_again(monkeypatch, seed):
    """``rescored_pairs`` after mentions come and go gives exactly the pairs and scores
    of scoring every candidate pair again, with blocks small enough that their windows
    of near neighbours move."""
    import builder.link.grouping as G
    from builder.link.mentions import mentions_of
    from builder.link.scoring import weights

    monkeypatch.setattr(G, "BLOCK_PAIRS", 6)
    monkeypatch.setattr(G, "BLOCK_WINDOW", 2)
    rng = random.Random(seed)
    pool, lower = mentions_of([story(rng, f"s{i}") for i in range(40)])
    w2 = weights(pool, lower)
    pool = [m for m in pool if m.date[:4] == "2021"]

    def indexed(ms):
        ms = sorted(ms, key=lambda m: m.sort_key())
        for i, m in enumerate(ms):
            m.index = i
        return ms

    ms = indexed(rng.sample(pool, len(pool) * 2 // 3))
    linked = [(s, ms[x], ms[y]) for s, x, y in G._scored(ms, ms, w2)]
    for _ in range(6):
        gone = rng.sample(ms, 3)
        added = rng.sample([m for m in pool if m not in ms], 3)
        ms = indexed([m for m in ms if m not in gone] + added)
        got = G.rescored_pairs(ms, w2, linked, added + gone)
        assert sorted(got) == sorted(G._scored(ms, ms, w2))
        linked = [(s, ms[x], ms[y]) for s, x, y in got]
