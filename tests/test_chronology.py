"""The chronology: events merged across articles, editors' overrides, events/timeline JSON.

Real data: the five seed articles in content/articles (extracted by the real pipeline).
Invented cases: small articles whose events also come from the real extractor, so a
test fails if either the extraction or the merging stops doing its job.
"""
from __future__ import annotations

import json
import random
from dataclasses import asdict
from pathlib import Path

import pytest
import yaml

from builder.build import Project, generate
from builder.errors import ContentError
from builder.extract.article import enrich
from builder.link.chronology import merge_events
from builder.link.overrides import editor_date, parse_event_overrides, read_event_overrides
from builder.model import Article, Collection, Event
from builder.read.content import load_article
from builder.render.data import events_json, timeline_json
from builder.render.escape import h

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = ROOT / "content" / "articles"


# ---- helpers -------------------------------------------------------------------------

@pytest.fixture(scope="module")
def seeds() -> list[Article]:
    paths = sorted(ARTICLES.glob("*.md"))
    if len(paths) < 5:
        pytest.skip("the five seed articles are not in content/articles")
    return [enrich(load_article(p)) for p in paths]


@pytest.fixture(scope="module")
def seed_chronology(seeds):
    entries, messages = merge_events(seeds)
    assert messages == []
    return [e for e in entries if e.kind in ("event", "background")]   # background: states, tallies


def article(aid: str, date: str | None, *paragraphs: str, title: str = "A story") -> Article:
    a = Article(title=title, paragraphs=list(paragraphs), date=date, id=aid, path=f"{aid}.md")
    return enrich(a)


def locate(articles: list[Article], phrase: str) -> tuple[str, int]:
    """(article id, paragraph) of the one paragraph containing ``phrase``."""
    hits = [(a.id, i) for a in articles for i, p in enumerate(a.paragraphs) if phrase in p]
    assert len(hits) == 1, (phrase, hits)
    return hits[0]


def entries_citing(entries, source: tuple[str, int], date: str | None = None):
    return [e for e in entries
            if any((s.article, s.paragraph) == source for s in e.sources)
            and (date is None or e.date == date)]


def one_entry(entries, articles, phrases: list[str], date: str):
    """The single entry at ``date`` citing every paragraph located by ``phrases``."""
    found = []
    for phrase in phrases:
        hits = entries_citing(entries, locate(articles, phrase), date)
        assert len(hits) == 1, (phrase, date, [(e.id, e.date, e.text) for e in hits])
        found.append(hits[0].id)
    assert len(set(found)) == 1, (phrases, found)
    return next(e for e in entries if e.id == found[0])


def names(entry) -> list[str]:
    return [p.name for p in entry.people]


def overrides_of(data: dict):
    """content/events.yml holding ``data`` (as an editor would write it)."""
    return parse_event_overrides(yaml.safe_dump(data, allow_unicode=True))


def chronology(*articles: Article, overrides: dict | None = None):
    entries, messages = merge_events(list(articles), overrides_of(overrides or {}))
    return [e for e in entries if e.kind in ("event", "background")], messages


# ---- the seeds -----------------------------------------------------------------------

def test_seed_ambassadors_tuesday_statement_is_one_entry_citing_both_articles(seed_chronology, seeds):
    e = one_entry(seed_chronology, seeds, ["said at the embassy on Tuesday",
                                           "On Tuesday, Russian ambassador to China"], "2020-12-29")
    assert "Andrey Denisov" in names(e)
    assert len({s.article for s in e.sources}) == 2


def test_seed_video_summit_mentioned_in_three_paragraphs_is_one_entry(seed_chronology, seeds):
    e = one_entry(seed_chronology, seeds, ["met by video link on Monday", "On Monday, Putin said",
                                           "During Monday’s talks"], "2021-06-28")
    assert {"Xi Jinping", "Vladimir Putin"} <= set(names(e))
    # the headline is the clearest sentence: the one that says who met
    assert e.text.startswith("Chinese President Xi Jinping and his Russian counterpart")


def test_seed_treaty_signing_is_one_entry_citing_both_treaty_articles(seed_chronology, seeds):
    """Dated "July 2001" in one article; "the 2001 treaty", "a 20-year-old friendship treaty"
    and "the 20th anniversary of the signing" name it without a date of their own."""
    e = one_entry(seed_chronology, seeds, ["back in July 2001", "under the 2001 treaty",
                                           "20th anniversary of the signing"], "2001-07")
    assert e.precision == "month" and len({s.article for s in e.sources}) == 2
    assert [x for x in seed_chronology if x.date.startswith("2001")] == [e]


def test_seed_different_events_on_the_same_day_stay_apart(seed_chronology, seeds):
    call = entries_citing(seed_chronology, locate(seeds, "on Monday evening"), "2020-12-28")
    biden = entries_citing(seed_chronology, locate(seeds, "On Monday, Biden called"), "2020-12-28")
    assert len(call) == 1 and len(biden) == 1 and call[0].id != biden[0].id
    reception = entries_citing(seed_chronology, locate(seeds, "reception in Beijing on Sunday"), "2021-07-11")
    ambassador = entries_citing(seed_chronology, locate(seeds, "said on Sunday that Russia"), "2021-07-11")
    assert len(reception) == 1 and len(ambassador) == 1 and reception[0].id != ambassador[0].id
    # one article's two dates for the same sentence stay two events
    assert len(entries_citing(seed_chronology, locate(seeds, "solidarity last week"))) == 2


def test_seed_count_of_calls_this_year_is_not_mondays_call(seed_chronology, seeds):
    """"five telephone conversations this year" counts calls; it is not the call on Monday."""
    calls = entries_citing(seed_chronology, locate(seeds, "five telephone conversations"), "2020")
    monday = entries_citing(seed_chronology, locate(seeds, "on Monday evening"), "2020-12-28")
    assert len(calls) == 1 and len(monday) == 1
    assert len(monday[0].sources) == 1


def test_seed_every_mention_is_cited_once_at_a_compatible_date(seed_chronology, seeds):
    for a in seeds:
        for ev in a.events:
            hits = [e for e in seed_chronology
                    if any((s.article, s.paragraph) == (a.id, ev.paragraph) for s in e.sources)
                    and ev.expression in e.expressions
                    and (e.date.startswith(ev.date) or ev.date.startswith(e.date))]
            assert len(hits) == 1, (a.id, ev)


def test_seed_no_entry_joins_two_dates_of_one_article_or_two_days(seed_chronology, seeds):
    by_id = {a.id: a for a in seeds}
    for e in seed_chronology:
        dates = {ev.date for s in e.sources for ev in by_id[s.article].events
                 if ev.paragraph == s.paragraph and ev.expression in e.expressions}
        days = {d for d in dates if len(d) == 10}
        assert len(days) <= 1, (e.id, dates)


def test_seed_chronology_is_sorted_with_one_publication_per_dated_article(seeds):
    entries, _ = merge_events(seeds)
    assert [e.date for e in entries] == sorted(e.date for e in entries)
    pubs = [e for e in entries if e.kind == "publication"]
    assert sorted(p.sources[0].article for p in pubs) == sorted(a.id for a in seeds if a.date)
    ids = [e.id for e in entries]
    assert len(ids) == len(set(ids))


# ---- invented articles: merging rules --------------------------------------------------

def test_same_event_at_two_precisions_merges_into_the_more_precise_date():
    a = article("a", "2021-06-28", "Vladimir Putin signed the treaty in the Kremlin with "
                "Chinese leader Jiang Zemin in July 2001, settling old border disputes.")
    b = article("b", "2021-07-12", "The friendship treaty was signed by Vladimir Putin and "
                "Jiang Zemin in 2001 in Moscow.")
    entries, _ = chronology(a, b)
    treaty = [e for e in entries if e.date.startswith("2001")]
    assert len(treaty) == 1, [(e.date, e.text) for e in entries]
    assert treaty[0].date == "2001-07" and treaty[0].precision == "month"
    assert {s.article for s in treaty[0].sources} == {"a", "b"}


def test_paraphrased_meeting_on_the_same_day_merges_across_articles():
    a = article("a", "2021-06-29", "Chinese President Xi Jinping and Russian President Vladimir Putin "
                "held talks by video link on Monday and agreed to extend their friendship treaty.")
    b = article("b", "2021-06-28", "Xi Jinping spoke with Vladimir Putin in a video call on Monday, "
                "the Kremlin said.")
    entries, _ = chronology(a, b)
    assert len(entries) == 1 and entries[0].date == "2021-06-28"
    assert {s.article for s in entries[0].sources} == {"a", "b"}


def test_one_person_two_different_happenings_on_one_day_stay_apart():
    a = article("a", "2021-03-02", "Russian President Vladimir Putin met Turkish President "
                "Recep Tayyip Erdogan in Sochi on Monday.")
    b = article("b", "2021-03-02", "On Monday, Russian President Vladimir Putin signed a decree "
                "raising pensions for veterans.")
    entries, _ = chronology(a, b)
    assert len([e for e in entries if e.date == "2021-03-01"]) == 2


def test_unrelated_events_of_the_same_year_stay_apart():
    a = article("a", "2021-05-01", "Exports of soybeans to China doubled in 2020.")
    b = article("b", "2021-05-03", "The two navies held a joint exercise in the Baltic Sea in 2020.")
    entries, _ = chronology(a, b)
    assert len(entries) == 2


def test_one_shared_name_in_one_year_is_not_one_happening():
    """Two of a person's wins in one year, in two articles, share only the two words of her
    name (not known as a person's: nobody quoted her): however rare the name, that says
    who, not what happened. Weights are set by hand as a large archive would give them."""
    from builder.link.mentions import mentions_of
    from builder.link.scoring import link_score, weights
    a = article("a", "2015-11-24", "Oil does not stir up the fervor it did during the 2000 election, "
                "when Ana Dorsey's support for ethanol helped her win the caucus.")
    b = article("b", "2016-03-07", "Republicans have not won Vermont since Ana Dorsey carried it narrowly in 2000.")
    ms, lower = mentions_of([a, b])
    weights(ms, lower)
    w2 = {w: 25.0 if w in ("ana", "dorsey") else 1.0 for m in ms for w in m.words}
    for m in ms:
        m.norm = sum(w2[w] for w in m.words)
    assert {"ana", "dorsey"} <= ms[0].words & ms[1].words
    assert link_score(ms[0], ms[1], w2) == 0.0


def test_a_statement_of_the_day_is_not_a_back_reference_to_its_one_happening():
    """ "whatever happened on Saturday" joins the day's one happening; a newspaper that
    warned something on Monday is a happening of its own."""
    a = article("a", "2019-11-19",
                "On Monday, the state daily, the mouthpiece of the party, warned that there is "
                "absolutely no room for compromise.",
                "The Senate debated a relief bill on Monday that imposes sanctions on officials "
                "deemed responsible for abuses.")
    entries, _ = chronology(a)
    assert len([e for e in entries if e.date == "2019-11-18"]) == 2
    b = article("b", "2019-11-19", "The storm flooded the harbour on Saturday.",
                "Which is not to say that whatever happened on Saturday was minor.")
    entries, _ = chronology(b)
    assert len([e for e in entries if e.date == "2019-11-16"]) == 1


def test_a_count_of_calls_does_not_swallow_one_call():
    a = article("a", "2020-12-29", "This year President Xi Jinping has had five telephone "
                "conversations with Vladimir Putin.")
    b = article("b", "2020-12-29", "Xi Jinping and Vladimir Putin spoke by telephone on Monday.")
    entries, _ = chronology(a, b)
    assert sorted(e.date for e in entries) == ["2020", "2020-12-28"]


def test_a_name_that_only_qualifies_something_does_not_join_events():
    a = article("a", "2020-12-29",
                "On Monday, President Xi Jinping told Russian President Vladimir Putin that ties would "
                "endure whatever policies the incoming administration of Joe Biden adopted.",
                "On Monday, Joe Biden called for stronger coalitions against China on trade.")
    entries, _ = chronology(a)
    assert len(entries) == 2


def test_same_event_in_two_paragraphs_of_one_article_is_one_entry():
    a = article("a", "2023-02-22",
                "Chinese diplomat Wang Yi met Nikolai Patrushev, the secretary of Russia's Security "
                "Council, in Moscow on Tuesday.",
                "Officials said other things.",
                "During Tuesday's meeting, Wang Yi told Patrushev that ties were solid.")
    entries, _ = chronology(a)
    assert len(entries) == 1
    assert [s.paragraph for s in entries[0].sources] == [0, 2]


def test_no_chaining_across_two_days_through_a_coarse_mention():
    a = article("a", "2021-07-01", "Vladimir Putin met Xi Jinping by video link on June 28 to discuss the treaty.")
    b = article("b", "2021-07-01", "Vladimir Putin met Xi Jinping by video link on June 15 to discuss the treaty.")
    c = article("c", "2021-07-02", "In June, Vladimir Putin met Xi Jinping by video link to discuss the treaty.")
    entries, _ = chronology(a, b, c)
    days = [e for e in entries if len(e.date) == 10]
    assert sorted(e.date for e in days) == ["2021-06-15", "2021-06-28"]
    assert all(len({s.article for s in e.sources}) <= 2 for e in entries)


def test_output_does_not_depend_on_article_order(seeds):
    extra = [article("x-invented", "2021-07-13", "Vladimir Putin signed the treaty with Jiang Zemin in 2001.")]
    base = seeds + extra
    reference = [asdict(e) for e in merge_events(base)[0]]
    rng = random.Random(7)
    for _ in range(4):
        shuffled = base[:]
        rng.shuffle(shuffled)
        assert [asdict(e) for e in merge_events(shuffled)[0]] == reference


def test_ids_do_not_change_when_an_unrelated_article_is_added(seeds):
    before = {e.id for e in merge_events(seeds)[0]}
    unrelated = article("z-unrelated", "2024-01-05", "A storm hit the coast of Peru on Thursday.")
    after = {e.id for e in merge_events(seeds + [unrelated])[0]}
    assert before <= after and len(after - before) == 2      # its event and its publication


def test_headline_drops_a_leading_relative_date_and_prefers_a_clear_sentence():
    a = article("a", "2021-07-12", "On Sunday, the foreign minister Wang Yi spoke at a reception "
                "marking the anniversary of the treaty.")
    entries, _ = chronology(a)
    assert entries[0].text.startswith("The foreign minister Wang Yi spoke")


def test_odd_input_does_not_crash():
    empty = Article(title="Empty", paragraphs=[], date="2021-01-01", id="empty")
    undated = article("undated", None, "It happened on Monday, he said.")
    assert chronology(empty, undated) == ([], [])
    many = [article(f"m{i:03d}", "2021-06-29", "Vladimir Putin met Xi Jinping by video link on Monday.")
            for i in range(60)]
    entries, _ = chronology(*many)
    assert len(entries) == 1 and len(entries[0].sources) == 60


# ---- editors' overrides ---------------------------------------------------------------

@pytest.fixture()
def two_articles():
    a = article("a", "2021-06-29",
                "Xi Jinping and Vladimir Putin met by video link on Monday.",
                "Vladimir Putin signed the treaty with Jiang Zemin in July 2001.")
    b = article("b", "2021-06-28", "Xi Jinping spoke with Vladimir Putin in a video call on Monday.",
                "Exports rose by a third in 2020.")
    return [a, b]


def ids_by_date(entries) -> dict[str, str]:
    return {e.date: e.id for e in entries}


def test_overrides_hide_merge_correct_and_add(two_articles):
    entries, _ = chronology(*two_articles)
    ids = ids_by_date(entries)
    overrides = {
        "hide": [ids["2020"]],
        "merge": [[ids["2001-07"], ids["2021-06-28"]]],
        "correct": {ids["2001-07"]: {"date": "2001-07-16", "text": "Treaty signed in Moscow.",
                                     "people": ["Vladimir Putin", "Jiang Zemin"]}},
        "add": [{"date": "2021-07-01", "text": "Party centenary.",
                 "sources": [{"article": "a", "paragraph": 0}]}],
    }
    out, messages = chronology(*two_articles, overrides=overrides)
    assert messages == []
    assert sorted(e.date for e in out) == ["2001-07-16", "2021-07-01"]
    merged = next(e for e in out if e.date == "2001-07-16")
    assert merged.text == "Treaty signed in Moscow." and merged.precision == "day"
    assert {(s.article, s.paragraph) for s in merged.sources} == {("a", 1), ("a", 0), ("b", 0)}
    added = next(e for e in out if e.date == "2021-07-01")
    assert added.sources[0].article == "a" and added.kind == "event"


def test_override_split_gives_one_entry_per_article(two_articles):
    entries, _ = chronology(*two_articles)
    summit = next(e for e in entries if e.date == "2021-06-28")
    assert len(summit.sources) == 2
    out, messages = chronology(*two_articles, overrides={"split": [summit.id]})
    assert messages == []
    parts = [e for e in out if e.date == "2021-06-28"]
    assert len(parts) == 2 and {p.sources[0].article for p in parts} == {"a", "b"}


def test_malformed_overrides_are_reported_and_the_rest_applies(two_articles, tmp_path):
    entries, _ = chronology(*two_articles)
    ids = ids_by_date(entries)
    path = tmp_path / "events.yml"
    path.write_text(
        "hide: [e-1999-000000, " + ids["2020"] + "]\n"
        "correct:\n"
        "  " + ids["2001-07"] + ": {date: 2021-02-30}\n"
        "  e-2000-abcdef: {text: Nothing}\n"
        "merge:\n"
        "  - [" + ids["2001-07"] + "]\n"
        "add:\n"
        "  - {date: 2021-02-30, text: Impossible}\n"
        "  - {date: 2021-03-01, text: Missing article, sources: [{article: nowhere, paragraph: 1}]}\n"
        "  - {date: 2021-03-02, text: Bad paragraph, sources: [{article: a, paragraph: 9}]}\n"
        "  - {date: 2021-03-03, text: Good one}\n"
        "colour: blue\n", encoding="utf-8")
    overrides = read_event_overrides(path)
    out, messages = merge_events(two_articles, overrides)
    messages = overrides.notes + messages       # what reading found, then what applying found
    text = "\n".join(messages)
    assert len(messages) == 8, text
    assert f"{path}:1: hide: no event 'e-1999-000000'" in text
    assert f"{path}:3: correct {ids['2001-07']}: date 2021-02-30 does not exist" in text
    assert f"{path}:4: correct: no event 'e-2000-abcdef'" in text
    assert f"{path}:6: merge[0]: must list two or more event ids" in text
    assert f"{path}:8: add[0]: date 2021-02-30 does not exist" in text
    assert "source names no known article 'nowhere'" in text
    assert "article 'a' has no paragraph 9" in text
    assert "unknown section 'colour'" in text
    events = [e for e in out if e.kind == "event"]
    dates = sorted(e.date for e in events)
    assert "2020" not in dates                       # the good hide applied
    assert "2001-07" in dates                        # the bad correction left it alone
    assert "2021-03-03" in dates and "2021-02-30" not in dates and "2021-03-01" not in dates


def test_an_old_id_still_finds_its_entry_after_a_more_precise_mention_arrives():
    a = article("a", "2021-07-12", "The friendship treaty was signed by Vladimir Putin and Jiang Zemin in 2001.")
    old_id = chronology(a)[0][0].id
    b = article("b", "2021-06-28", "Vladimir Putin signed the friendship treaty with Jiang Zemin in July 2001.")
    entries, _ = chronology(a, b)
    assert len(entries) == 1 and entries[0].id != old_id
    out, messages = chronology(a, b, overrides={"correct": {old_id: {"text": "Treaty signed."}}})
    assert messages == [] and out[0].text == "Treaty signed."


@pytest.mark.parametrize("value, expected", [
    ("2021", "2021"), (2021, "2021"), ("2021-07", "2021-07"), ("2021-07-12", "2021-07-12"),
    ("2024-02-29", "2024-02-29")])
def test_editor_dates(value, expected):
    assert editor_date(value) == expected


@pytest.mark.parametrize("value", ["2021-02-30", "2023-02-29", "2021-13", "21-07-12", "July 2021",
                                   None, True, 3.5, [2021]])
def test_impossible_editor_dates_are_refused(value):
    with pytest.raises(ValueError):
        editor_date(value)


def test_read_event_overrides_one_note_for_a_file_that_is_not_a_mapping(tmp_path):
    assert read_event_overrides(tmp_path / "missing.yml").notes == []
    path = tmp_path / "events.yml"
    path.write_text("# nothing yet\n", encoding="utf-8")
    empty = read_event_overrides(path)
    assert (empty.notes, empty.hide, empty.add) == ([], [], [])
    path.write_text("hide: [a\n", encoding="utf-8")
    broken = read_event_overrides(path)
    assert len(broken.notes) == 1 and "invalid YAML" in broken.notes[0] and broken.hide == []
    assert broken.notes[0].startswith(f"{path}:1: ")       # where the [ opened
    path.write_text("- just a list\n", encoding="utf-8")
    assert "must be a mapping" in read_event_overrides(path).notes[0]


def test_build_goes_on_with_a_bad_events_file(tmp_path, seeds):
    root = tmp_path
    (root / "content" / "articles").mkdir(parents=True)
    src = sorted(ARTICLES.glob("*.md"))[0]
    (root / "content" / "articles" / src.name).write_text(src.read_text(encoding="utf-8"), encoding="utf-8")
    (root / "content" / "events.yml").write_text(
        "add:\n  - {date: 2021-02-30, text: Impossible}\n  - {date: 2021-03-03, text: Added by an editor}\n",
        encoding="utf-8")
    collection, files, report = generate(Project(root))
    assert any("2021-02-30 does not exist" in n for n in report.notices)
    events = json.loads(files["data/events.json"])
    assert any(e["text"] == "Added by an editor" for e in events)


# ---- events.json and timeline.json -------------------------------------------------------

def test_events_json_has_the_contract_fields_sorted_by_date(seeds):
    entries, _ = merge_events(seeds)
    data = events_json(Collection(articles=seeds, events=entries))
    assert data and [d["date"] for d in data] == sorted(d["date"] for d in data)
    for d in data:
        assert set(d) == {"id", "date", "precision", "text", "people", "speaker_ids", "sources", "kind",
                          "sentence"}
        assert len(d["speaker_ids"]) == len(d["people"]) and d["kind"] in ("event", "background")
        assert d["precision"] in {4: ("year",), 7: ("month",), 10: ("day", "week")}[len(d["date"])]
        assert all(set(s) == {"article", "paragraph", "sentence"} and isinstance(s["paragraph"], int)
                   for s in d["sources"])
        # the source sentence is one of its sources' sentences, and a sentence of that paragraph
        said = [s["sentence"] for s in d["sources"] if s["sentence"]]
        assert d["sentence"] in said if said else d["sentence"] is None
        paragraphs = {a.id: a.paragraphs for a in seeds}
        for s in d["sources"]:
            if s["sentence"]:
                assert s["sentence"] in paragraphs[s["article"]][s["paragraph"]]
    assert not any(d["id"].startswith("pub-") for d in data)


def test_timeline_json_is_timelinejs3_with_escaped_html(seeds):
    evil = article("evil", "2021-08-02", "On Monday, <script>alert(1)</script> & Vladimir Putin met "
                   "Xi Jinping.", title="<b>Bold</b> title")
    arts = seeds + [evil]
    entries, _ = merge_events(arts)
    data = timeline_json(Collection(articles=arts, events=entries), "A <title>")
    assert data["title"]["text"]["headline"] == "A &lt;title&gt;"
    assert len(data["events"]) == len(entries)
    groups = {s["group"] for s in data["events"]}
    assert {"Events", "Published"} <= groups <= {"Events", "Published", "Background"}
    lines = {e.id: e for e in entries}
    for slide in data["events"]:                     # the headline is the entry's line
        e = lines[slide["unique_id"]]
        if e.kind != "publication":
            assert slide["text"]["headline"] == h(e.text)
        assert slide["group"] == {"publication": "Published", "background": "Background"}.get(e.kind, "Events")
    for slide in data["events"]:
        d = slide["start_date"]
        assert isinstance(d["year"], int)
        assert 1 <= d.get("month", 1) <= 12 and 1 <= d.get("day", 1) <= 31
        assert set(d) <= {"year", "month", "day"}
        assert slide["text"]["headline"] and "<script>" not in json.dumps(slide)
        assert slide["unique_id"]
    pubs = [s for s in data["events"] if s["group"] == "Published"]
    assert len(pubs) == len(arts)
    assert any("&lt;b&gt;Bold&lt;/b&gt;" in s["text"]["headline"] for s in pubs)
    json.dumps(data)          # serialisable


# ---- real newswire: TempEval-3 training articles (many on the same stories) ----------

def _timeml_articles(folder: Path, prefix: str = "") -> list[Article]:
    import html
    import re
    out = []
    for p in sorted(folder.glob(f"{prefix}*.tml")):
        x = p.read_text(encoding="utf-8")
        dct = re.search(r'<DCT><TIMEX3[^>]*value="(\d{4}-\d{2}-\d{2})', x)
        body = re.search(r"<TEXT>(.*?)</TEXT>", x, re.S)
        if not dct or not body:
            continue
        text = html.unescape(re.sub(r"<[^>]+>", "", body.group(1))).replace("``", '"').replace("''", '"')
        paragraphs = [" ".join(b.split()) for b in re.split(r"\n\s*\n", text) if b.strip()]
        out.append(enrich(Article(title=p.stem, paragraphs=paragraphs, date=dct.group(1), id=p.stem)))
    return out


def _mention_texts(entry, by_id):
    return [ev.text for s in entry.sources for ev in by_id[s.article].events
            if ev.paragraph == s.paragraph and ev.expression in entry.expressions]


@pytest.fixture(scope="module")
def aquaint(shared):
    return _timeml_articles(shared / "data" / "tempeval3" / "tbaq-cleaned" / "AQUAINT")


@pytest.fixture(scope="module")
def wsj(shared):
    return _timeml_articles(shared / "data" / "tempeval3" / "tbaq-cleaned" / "TimeBank", "wsj_")


def test_newswire_story_reported_by_many_articles_is_one_entry(aquaint):
    entries = [e for e in merge_events(aquaint)[0] if e.kind == "event"]
    by_id = {a.id: a for a in aquaint}
    bombing = [e for e in entries if e.date == "1998-08-07"
               and sum("embass" in t.lower() for t in _mention_texts(e, by_id)) >= 3]
    assert len(bombing) == 1
    assert len({s.article for s in bombing[0].sources}) >= 10
    rescue = [e for e in entries if e.date == "1999-11-25" and len({s.article for s in e.sources}) >= 3]
    assert len(rescue) == 1 and len({s.article for s in rescue[0].sources}) >= 8


def test_newswire_templates_of_different_companies_do_not_merge(wsj):
    """Earnings and share-price reports use the same words every day; the company differs."""
    entries = [e for e in merge_events(wsj)[0] if e.kind == "event"]
    by_id = {a.id: a for a in wsj}
    assert max(len({s.article for s in e.sources}) for e in entries) <= 3
    for e in entries:
        if len(e.date) == 4:
            assert len({s.article for s in e.sources}) <= 2, (e.date, _mention_texts(e, by_id))


# ---- references: events named by their age or as a label -----------------------------

def test_anniversary_age_and_label_cite_the_event_they_name():
    a = article("a", "2021-06-28",
                "Vladimir Putin signed the friendship treaty with Jiang Zemin in the Kremlin in July 2001.",
                "Beijing and Moscow renewed the 20-year-old friendship treaty on Monday.",
                "Cooperation grew under the 2001 treaty.")
    b = article("b", "2021-07-12",
                "Wang Yi spoke at a reception in Beijing on Sunday marking the 20th anniversary of the "
                "signing of the friendship treaty.",
                "A 20-year-old student asked a question.",
                "The 2001 census counted the city's people.")
    entries, _ = chronology(a, b)
    signing = next(e for e in entries if e.date == "2001-07")
    assert {(s.article, s.paragraph) for s in signing.sources} == {("a", 0), ("a", 1), ("a", 2), ("b", 0)}
    assert "20th anniversary of the signing of the friendship treaty" in signing.expressions
    # the reception keeps its own entry on its own date
    assert any(e.date == "2021-07-11" and ("b", 0) in {(s.article, s.paragraph) for s in e.sources}
               for e in entries)


def test_references_to_nothing_known_cite_nothing():
    a = article("a", "2021-06-28", "The party celebrated its 100th anniversary of the founding of the party on Thursday.",
                "A 39-year-old businessman spoke to reporters on Monday.")
    entries, _ = chronology(a)
    assert all(len(e.sources) == 1 for e in entries)


def test_one_article_same_day_same_kind_merges_unless_the_people_differ():
    a = article("a", "2021-06-29", "Xi Jinping and Vladimir Putin met by video link on Monday.",
                "Other things were said.",
                "The talks on Monday lasted two hours.")
    entries, _ = chronology(a)
    assert len(entries) == 1 and len(entries[0].sources) == 2
    b = article("b", "2023-02-21", "President Xi Jinping met President Vladimir Putin on Monday.",
                "Other things were said.",
                "On Monday, President Joe Biden met President Volodymyr Zelensky in Kyiv.")
    entries, _ = chronology(b)
    assert len(entries) == 2


# ---- merges: one entry per happening (issue 14 item 4) ------------------------------------

def test_a_week_long_tour_does_not_join_the_day_it_passed_through():
    """One writer dates one happening one way: "this week" in the article that says
    "on Tuesday" is another happening (or a span), even with the same person and words."""
    a = article("a", "2021-03-11",
                "This week, Senator Ann Lee launched a tour of three states, visiting Ohio and Iowa.",
                "Other things were said.",
                "Senator Ann Lee spoke at a town hall in Iowa on Tuesday about her tour.")
    entries, _ = chronology(a)
    assert sorted((e.date, e.precision) for e in entries) == [("2021-03-08", "week"),
                                                             ("2021-03-09", "day")]


def test_a_year_does_not_join_a_dated_statement_of_the_same_article():
    """(The extractor drops a label year such as "the 2021 Music Awards"; a year it keeps
    still never joins a day the same article gives.)"""
    a = article("a", "2021-11-16",
                "On Monday, Acme Records issued a statement about the singer's performance at the awards.")
    a.events.append(Event(date="2021", expression="in 2021", paragraph=0, precision="year",
                          value="2021", text="Acme Records issued a statement about the singer's "
                          "performance at the awards in 2021."))
    entries, _ = chronology(a)
    assert len(entries) == 2, [(e.date, e.text) for e in entries]
    # across articles a coarser date may join a finer one on enough evidence
    c = article("c", "2021-11-16",
                "On Monday, Acme Records issued a statement about the singer's performance at the awards.")
    b = article("b", "2021-11-17", "Acme Records issued a statement about the singer's "
                "performance at the awards in 2021.")
    b.events[0].date, b.events[0].precision, b.events[0].value = "2021", "year", "2021"
    assert len(chronology(c, b)[0]) == 1


def test_two_things_of_next_year_in_one_paragraph_stay_two():
    a = article("a", "2021-11-20",
                "Some senators say a trial will interfere with their campaigns early next year. "
                "Others say that the inquiry could hurt candidates in the elections next year.")
    entries, _ = chronology(a)
    assert len(entries) == 2, [(e.date, e.text) for e in entries]


def test_whatever_happened_on_saturday_is_saturdays_one_happening():
    """A mention that says nothing of what happened names its day's one happening."""
    a = article("a", "2021-11-18",
                "President Ann Lee made an unscheduled trip to the Walter Reed hospital on Saturday for an exam.",
                "Officials said little.",
                "Which is not to say that whatever happened on Saturday was minor.")
    entries, _ = chronology(a)
    assert len(entries) == 1 and [s.paragraph for s in entries[0].sources] == [0, 2]
    b = article("b", "2021-11-18",
                "President Ann Lee made an unscheduled trip to the Walter Reed hospital on Saturday.",
                "On Saturday, floods closed the coast road near Dover.",
                "Which is not to say that whatever happened on Saturday was minor.")
    entries, _ = chronology(b)
    assert len(entries) == 3            # two happenings that day: which one is not said


def test_one_article_same_day_same_place_and_words_is_one_happening():
    a = article("a", "2021-11-19",
                "Several thousand teachers surrounded the Bellmont Statehouse on Tuesday to call for better pay.",
                "Other things were said.",
                "Teachers at the Bellmont Statehouse on Tuesday chanted for better pay for an hour.")
    entries, _ = chronology(a)
    assert len(entries) == 1 and len(entries[0].sources) == 2


def test_a_background_mention_never_joins_a_happening():
    """The extractor marks states and trends ``kind: background`` (this one it does not
    catch); one never merges into the happening of its date."""
    a = article("a", "2021-11-18",
                "Ann Lee's campaign filed its papers in Dover on Monday.",
                "Ann Lee's campaign was still optimistic in Dover as recently as Monday.")
    assert len(chronology(a)[0]) == 1
    a.events[1].kind = "background"
    assert len(chronology(a)[0]) == 2


def test_a_weekend_never_joins_a_weekday_it_does_not_contain():
    """A week or a weekend is the days it stands for (its TIMEX3 value), not its month:
    the weekend before a Wednesday hearing is not that hearing."""
    a = article("a", "2019-11-20", "Gordon Sondland testified on Wednesday at the hearing in the "
                "House about the Kyiv meeting.")
    b = article("b", "2019-11-20", "Gordon Sondland testified in November at the hearing in the "
                "House about the Kyiv meeting.")
    assert len(chronology(a, b)[0]) == 1
    b.events[0].value = "2019-W46-WE"      # the weekend of 16-17 November
    assert len(chronology(a, b)[0]) == 2
    b.events[0].value = "2019-W47"         # the week of the hearing
    assert len(chronology(a, b)[0]) == 1


def test_one_person_is_one_entry_person_whatever_name_each_mention_uses():
    a = article("a", "2021-06-29", "President Donald Trump met Ann Lee at the White House on Monday.")
    b = article("b", "2021-06-29", "Trump met Ann Lee in the Oval Office of the White House on Monday.")
    entries, _ = chronology(a, b)
    assert len(entries) == 1 and names(entries[0]).count("Donald Trump") == 1
    assert "Trump" not in names(entries[0])


def test_one_person_landing_and_meeting_on_one_day_are_two_happenings():
    """Two mentions of one article and day, each saying what kind of happening it was and
    with no kind in common, stay apart even with the same person."""
    a = article("a", "2023-05-10",
                "Foreign Minister Ana Lima held a meeting with Defence Secretary Rui Costa on Tuesday.",
                "Other things were said.",
                "Ana Lima landed in the capital on Tuesday after a tour of three countries.")
    entries, _ = chronology(a)
    assert len(entries) == 2, [(e.date, e.text) for e in entries]
    # the same kind, told twice, stays one
    b = article("b", "2023-05-10",
                "Foreign Minister Ana Lima held a meeting with Defence Secretary Rui Costa on Tuesday.",
                "Other things were said.",
                "At the meeting on Tuesday, Ana Lima spoke of trade.")
    assert len(chronology(b)[0]) == 1


def test_two_measures_of_one_article_and_day_stay_two():
    """Two levels over one period ("averaged 1.8 percent in October") are background, and
    one article's two background statements are two. (A level something is compared with,
    "down from 1.8% late on Monday", is no entry at all: see test_events.)"""
    a = article("a", "2019-11-19",
                "The yield on benchmark notes averaged 1.786 percent in October.",
                "The yield on the long bond averaged 2.252 percent in October.")
    entries, _ = chronology(a)
    assert [e.kind for e in entries] == ["background", "background"], [(e.kind, e.text) for e in entries]



def test_a_reference_cites_the_entry_of_its_own_year_among_entries_sharing_its_words():
    """References are compared with the entries of their years that share a word with
    them (only those words are indexed): an entry of another year with the same words is
    never cited, and two references of two years each cite their own."""
    a = article("a", "2031-05-02",
                "Mira Tolvane signed the harbour accord with Osric Penhallow in Corvale in June 2011.",
                "Mira Tolvane signed the harbour accord with Osric Penhallow again in Corvale in "
                "June 2021.")
    b = article("b", "2031-06-20",
                "Envoys met on Sunday marking the 20th anniversary of the signing of the harbour accord.")
    c = article("c", "2031-06-21",
                "Envoys met on Saturday marking the 10th anniversary of the signing of the harbour accord.")
    entries, _ = chronology(a, b, c)
    cited = {e.date: {(s.article, s.paragraph) for s in e.sources} for e in entries
             if e.date in ("2011-06", "2021-06")}
    assert cited == {"2011-06": {("a", 0), ("b", 0)}, "2021-06": {("a", 1), ("c", 0)}}


def test_a_lone_family_name_gives_way_only_to_the_one_full_name_with_it():
    from builder.link.identity import _fold_lone_family_names
    from builder.model import PersonRef

    full, lone = PersonRef("Tomas Velk"), PersonRef("Velk")
    assert _fold_lone_family_names([lone, full]) == [full]
    two = [lone, full, PersonRef("Anna Velk")]
    assert _fold_lone_family_names(two) == two                   # whose? kept as written
    named = [PersonRef("Tomas Velk", "tomas-velk"), PersonRef("Anna Orrin")]
    assert _fold_lone_family_names(named) == named
    assert _fold_lone_family_names([PersonRef("Velk", "velk")]) == [PersonRef("Velk", "velk")]
