"""The seed chronology as shipped (issue 14, "Done when"): every entry reads as a
standalone line, none is misdated or misfiled, and the core seed happenings are found.

The table below is the chronology a reader sees (the five seed articles and the editors'
content/events.yml): date, precision, kind and line of every entry. A change to the
extractor or the merging that alters one must be looked at and the table updated by
hand, as an editor would approve it (the golden files hold the same, but are rewritten
by a flag).
"""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from builder.extract.article import enrich
from builder.extract.event_checks import line_problems
from builder.link.chronology import merge_events
from builder.link.overrides import read_event_overrides
from builder.read.content import load_article

ROOT = Path(__file__).resolve().parents[1]

# (date, precision, kind, line): every entry but the publications, in chronology order
SEED_CHRONOLOGY = [
    ("1996", "year", "background", "Moscow has been moving closer to Beijing since 1996 with a “strategic partnership” implicitly aimed at countering America’s global predominance."),
    ("2001-07", "month", "event", "Vladimir Putin had signed the treaty in the Kremlin with former Chinese leader Jiang Zemin."),
    ("2005", "year", "event", "The bilateral Strategic Security Consultation Mechanism was set up for annual meetings to establish a common approach on security and other core interests and concerns."),
    ("2014", "year", "event", "Russia’s relations with the West nosedived over Ukraine and other issues."),
    ("2019", "year", "event", "China and Russia elevated their already close relationship to the status of a “comprehensive strategic cooperative partnership in a new era” when Chinese President Xi Jinping visited Moscow."),
    ("2020", "year", "background", "Bilateral trade reached US$108 billion, far short of the 2024 target of US$200 billion."),
    ("2020", "year", "background", "President Xi Jinping has had five telephone conversations with Vladimir Putin, more than any other world leader."),
    # a statistic of the first half year is background, like the year's trade figure above
    ("2020", "year", "background", "Chinese official data recorded a 35 per cent increase in Russian agricultural exports to China in the first half of 2020."),
    ("2020-10", "month", "event", "Russian President Vladimir Putin, when asked about a possible alliance, replied: “We have not set that goal for ourselves.”"),
    ("2020-12-21", "week", "event", "The Chinese and Russian militaries carry out a joint patrol, flying bombers over the Sea of Japan and the East China Sea"),
    ("2020-12-28", "day", "event", "In a phone conversation with Russian President Vladimir Putin, Xi Jinping said the relationship between China and Russia “has strong independent value”."),
    ("2020-12-28", "day", "event", "Joe Biden called for stronger coalitions with “like-minded partners and allies” against China on the trade and economic fronts."),
    ("2020-12-29", "day", "event", "Russian ambassador to China Andrey Denisov said relations between the two countries were strong enough to resist any influence by “external factors”, including a new US government."),
    ("2021-01-20", "day", "event", "The inauguration of Joe Biden."),
    ("2021-06-16", "day", "event", "Vladimir Putin and US President Joe Biden held their first face-to-face meeting, in Geneva."),
    ("2021-06-28", "day", "event", "Chinese President Xi Jinping and his Russian counterpart Vladimir Putin met by video link for a second time in a month."),
    ("2021-07", "month", "event", "The treaty was due to expire."),
    ("2021-07-01", "day", "event", "The Chinese Communist Party’s 100th anniversary."),
    ("2021-07-05", "week", "event", "The Russian Ministry of Finance announced that it had fully removed US dollar assets from the country’s sovereign wealth fund."),
    ("2021-07-11", "day", "event", "Wang Yi spoke at a reception in Beijing marking the 20th anniversary of the signing of the Treaty of Good Neighbourliness and Friendly Cooperation."),
    ("2021-07-11", "day", "event", "Andrey Denisov, the Russian ambassador in China, said that Russia would work with China “at its best”."),
    ("2022", "year", "event", "Chinese President Xi Jinping and Russian leader Vladimir Putin struck an agreement to deepen their comprehensive strategic partnership."),
    ("2022", "year", "event", "Russia launched its full-scale military assault on Ukraine."),
    ("2023-02-20", "day", "event", "US President Joe Biden reinforced Washington’s support with a surprise visit to the Ukrainian capital Kyiv."),
    ("2023-02-21", "day", "event", "State Councillor Wang Yi made the remark during his meeting with Russia’s Security Council Secretary Nikolai Patrushev, according to Russian news agency Sputnik."),
    ("2023-02-21", "day", "event", "Wang Yi landed in the Russian capital after a tour in France, Italy, Germany and Hungary."),
    ("2023-02-22", "day", "event", "Russia’s foreign ministry said Wang Yi will meet foreign minister Sergey Lavrov."),
    ("2023-02-24", "day", "event", "The first anniversary of the war in Ukraine."),
    ("2024", "year", "background", "Bilateral trade remains far off the target of reaching US$200 billion by 2024."),
]

# the core happenings the seeds date: (date, words of the source paragraph); found when
# an entry at that date cites that paragraph
CORE = [
    ("2001-07", "back in July 2001"), ("2005", "set up in 2005"), ("2014", "nosedived"),
    ("2019", "in 2019 when"), ("2020-10", "In October, Russian President"),
    ("2020-12-21", "solidarity last week"), ("2020-12-28", "on Monday evening"),
    ("2020-12-28", "On Monday, Biden called"), ("2020-12-29", "said at the embassy on Tuesday"),
    ("2021-06-16", "in Geneva on June 16"), ("2021-06-28", "met by video link on Monday"),
    ("2021-06-28", "During Monday’s talks"), ("2021-07", "due to expire next month"),
    ("2021-07-11", "reception in Beijing on Sunday"), ("2021-07-11", "said on Sunday that Russia"),
    ("2022", "struck at the end of last year"), ("2022", "launched its full-scale military assault"),
    ("2023-02-20", "A day earlier"), ("2023-02-21", "Patrushev on Tuesday"),
    ("2023-02-21", "landed in the Russian capital on Tuesday"), ("2023-02-22", "Lavrov on Wednesday"),
]


@pytest.fixture(scope="module")
def seed_site():
    paths = sorted((ROOT / "content" / "articles").glob("*.md"))
    if len(paths) < 5:
        pytest.skip("the five seed articles are not in content/articles")
    articles = [enrich(load_article(p)) for p in paths]
    entries, messages = merge_events(articles, read_event_overrides(ROOT / "content" / "events.yml"))
    assert messages == []
    return articles, [e for e in entries if e.kind != "publication"]


def test_the_seed_chronology_is_the_one_an_editor_approved(seed_site):
    _, entries = seed_site
    assert [(e.date, e.precision, e.kind, e.text) for e in entries] == SEED_CHRONOLOGY


def test_every_seed_line_stands_alone(seed_site):
    """No editor's objection (``event_checks``); a line without a verb only names an
    occasion ("The inauguration of X."). (Lines the editors wrote themselves in
    content/events.yml are theirs.)"""
    _, entries = seed_site
    edited = set((yaml.safe_load((ROOT / "content" / "events.yml").read_text(encoding="utf-8")) or {})
                 .get("correct") or {})
    for e in entries:
        if e.id in edited:
            continue
        problems = line_problems(e.text)
        if problems == ["no verb"]:
            assert e.text.startswith("The ") and len(e.text.split()) <= 8, e.text
            continue
        assert problems == [], (e.text, problems)
        assert "…" not in e.text and len(e.text.split()) <= 35


def test_the_core_seed_happenings_are_found_at_their_dates(seed_site):
    articles, entries = seed_site
    found = 0
    for date, words in CORE:
        where = [(a.id, i) for a in articles for i, p in enumerate(a.paragraphs) if words in p]
        assert len(where) == 1, words
        found += any(e.date == date and any((s.article, s.paragraph) == where[0] for s in e.sources)
                     for e in entries)
    assert found / len(CORE) >= 0.95, found


def test_a_happening_is_dated_by_itself_not_by_another_date_of_its_sentence(seed_site):
    """"During Monday's talks, Putin also offered congratulations on the party's 100th
    anniversary on Thursday" is Monday's talks; the anniversary is an entry of its own."""
    articles, entries = seed_site
    where = [(a.id, i) for a in articles for i, p in enumerate(a.paragraphs) if "During Monday’s talks" in p][0]
    dates = {e.date for e in entries if any((s.article, s.paragraph) == where for s in e.sources)}
    assert "2021-06-28" in dates and "2021-07" not in dates
