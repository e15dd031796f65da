"""The chronology's grouping kept one year per file (``link.grouping_store``): after every
edit of a random sequence, saved and loaded back, the next link is byte for byte a full
link with the same word counts; an edit rewrites only the years it grouped again; a year
file that does not match the core makes the grouping unusable (a full link follows)."""
from __future__ import annotations

import pickle
import random

from builder.extract.article import enrich
from builder.link import grouping_store as G
from builder.link import link
from builder.link.incremental import Grouping, full_grouping
from builder.model import Article
from tests.test_link_incremental import YEARS, dump, edit, keyed, no_drift_limit, paragraph, story  # noqa: F401

VERSION = "v1"


def files(folder) -> dict[str, bytes]:
    return {f.name: f.read_bytes() for f in folder.iterdir()}


def saved_and_loaded(folder, grouping: Grouping, articles: list[Article]) -> Grouping:
    grouping.detach(articles)
    G.save(folder, VERSION, grouping)
    loaded = G.load(folder, VERSION)
    assert loaded is not None
    return loaded


def test_a_grouping_saved_by_year_and_loaded_links_as_a_full_link(tmp_path, no_drift_limit):
    rng = random.Random(5)
    articles = [story(rng, f"s{i}") for i in range(30)]
    grouping = Grouping()
    link(articles, facts=keyed(grouping, articles), grouping=grouping)
    counted = grouping.stats
    kept_files = 0
    for n in range(20):
        grouping = saved_and_loaded(tmp_path, grouping, articles)
        before = files(tmp_path)
        if n % 4 == 3:
            # an article the next link finds changed gets a paragraph before the others:
            # its events' places move, while some of its mentions stay the same
            i = rng.randrange(len(articles))
            a = articles[i]
            articles[i] = enrich(Article(title=a.title, paragraphs=[paragraph(rng), *a.paragraphs],
                                         date=a.date, id=a.id, path=a.path))
            what = f"paragraph before {a.id}"
        else:
            what = edit(rng, articles, n)
        facts = keyed(grouping, articles)
        got = dump(link(articles, facts=facts, grouping=grouping))
        assert grouping.stats == counted, what
        full = dump(link(articles, facts=facts,
                         grouping=lambda arts, jobs, f: full_grouping(arts, counted, f)))
        assert got == full, what
        regrouped = set(grouping.last.split()[1:]) if grouping.last.startswith("years") else set()
        grouping.detach(articles)
        G.save(tmp_path, VERSION, grouping)
        after = files(tmp_path)
        for y in YEARS:
            name = f"year-{y}.pickle"
            if y in regrouped:
                assert after.get(name) != before.get(name), what
            elif name in before and after.get(name) == before[name]:
                kept_files += 1
        again = G.load(tmp_path, VERSION)
        facts = keyed(again, articles)
        assert dump(link(articles, facts=facts, grouping=again)) == got, what
        grouping = again
    assert kept_files > 10          # most edits leave most years' files as they were


def test_a_year_file_that_is_not_the_cores_makes_the_grouping_unusable(tmp_path, no_drift_limit):
    rng = random.Random(9)
    articles = [story(rng, f"s{i}") for i in range(12)]
    grouping = Grouping()
    link(articles, facts=keyed(grouping, articles), grouping=grouping)
    grouping.detach(articles)
    G.save(tmp_path, VERSION, grouping)
    assert G.load(tmp_path, VERSION) is not None
    assert G.load(tmp_path, "another version") is None
    name = sorted(f.name for f in tmp_path.glob("year-*.pickle"))[0]
    version, y, stamp, *rest = pickle.loads((tmp_path / name).read_bytes())
    (tmp_path / name).write_bytes(pickle.dumps((version, y, "other", *rest)))   # a save cut short
    assert G.load(tmp_path, VERSION) is None
    (tmp_path / name).unlink()
    assert G.load(tmp_path, VERSION) is None
    (tmp_path / G.CORE).write_bytes(b"damaged")
    assert G.load(tmp_path, VERSION) is None


def test_a_year_whose_mentions_moved_in_their_article_is_written_again(tmp_path, no_drift_limit):
    """An article's first paragraph gets a second event: its later events move one place
    down its list while their mentions stay the same (their years are not grouped again);
    their year's file is written again, or the next build would read the wrong events."""
    rng = random.Random(4)
    first = "Dockers in Oslo went on strike on March 3, 2019, about fishing quotas."
    later = "Anna Rossi met Oleg Petrov in Lagos on May 5, 2021, to sign a grain accord."
    articles = [story(rng, f"s{i}") for i in range(8)]
    articles.append(enrich(Article(title="Port", date="2021-06-01", id="port", path="port.md",
                                   paragraphs=[first, later])))
    grouping = Grouping()
    link(articles, facts=keyed(grouping, articles), grouping=grouping)
    counted = grouping.stats
    grouping = saved_and_loaded(tmp_path, grouping, articles)
    places = [e.date[:4] for e in articles[-1].events]
    articles[-1] = enrich(Article(title="Port", date="2021-06-01", id="port", path="port.md",
                                  paragraphs=[first + " Lena Berg visited Rome on March 9, 2019, "
                                                      "to review the pipeline deal.", later]))
    assert [e.date[:4] for e in articles[-1].events] == ["2019", *places]
    link(articles, facts=keyed(grouping, articles), grouping=grouping)
    assert grouping.last == "years: 2019"
    grouping = saved_and_loaded(tmp_path, grouping, articles)
    facts = keyed(grouping, articles)
    got = dump(link(articles, facts=facts, grouping=grouping))
    assert grouping.last == "kept"
    assert got == dump(link(articles, facts=facts,
                            grouping=lambda arts, jobs, f: full_grouping(arts, counted, f)))


def test_equal_word_sets_of_a_year_are_saved_and_loaded_as_one_object(tmp_path, no_drift_limit):
    rng = random.Random(8)
    articles = [story(rng, f"s{i}") for i in range(12)]
    grouping = Grouping()
    got = dump(link(articles, facts=keyed(grouping, articles), grouping=grouping))
    loaded = saved_and_loaded(tmp_path, grouping, articles)
    assert dump(link(articles, facts=keyed(loaded, articles), grouping=loaded)) == got
    for y, groups in loaded.years.items():
        mentions = [m for g in groups for m in g]
        for name in G.SHARED_SETS:
            values = [getattr(m, name) for m in mentions]
            assert len({id(v) for v in values}) == len(set(values)), (y, name)
