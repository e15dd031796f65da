"""Dated events: the seeds' explicitly dated happenings, and invented sentences."""
from __future__ import annotations

from pathlib import Path

import pytest

from builder.extract.event_kinds import event_date
from builder.extract.events import extract_events

SOURCES = Path(__file__).resolve().parents[1] / "content" / "sources"


def seed_paragraphs(seed: str) -> list[str]:
    """The seed's non-empty lines: each line of these raw copies is one paragraph."""
    path = next(SOURCES.glob(f"{seed}_*.txt"), None)
    if path is None:
        pytest.skip(f"seed {seed} not found")
    return [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def index_of(paragraphs: list[str], phrase: str) -> int:
    hits = [i for i, p in enumerate(paragraphs) if phrase in p]
    assert hits, phrase
    return hits[0]


# (phrase locating the paragraph, expected date) for every explicitly dated event
SEED_EVENTS = {
    "000": ("2021-07-12", [
        ("Speaking at a reception in Beijing on Sunday", "2021-07-11"),
        ("in 2019 when Chinese President Xi Jinping", "2019"),
        ("said on Sunday that Russia would work", "2021-07-11"),
        ("Last week, the Russian Ministry of Finance", "2021-07-05"),     # the week of 5 July
        ("Last year, bilateral trade reached", "2020"),
    ]),
    "001": ("2021-06-28", [
        ("met by video link on Monday", "2021-06-28"),
        ("back in July 2001", "2001-07"),
        ("It was due to expire next month", "2021-07"),
        ("On Monday, Putin said", "2021-06-28"),
        ("in Geneva on June 16", "2021-06-16"),
        ("since 1996 with", "1996"),
        ("other issues in 2014", "2014"),
        ("100th anniversary on Thursday", "2021-07-01"),
        ("During Monday’s talks", "2021-06-28"),
    ]),
    "002": ("2023-02-21", [
        ("Nikolai Patrushev on Tuesday", "2023-02-21"),
        ("assault on Ukraine a year ago", "2022"),
        ("at the end of last year", "2022"),
        ("ahead of Friday’s first anniversary", "2023-02-24"),
        ("landed in the Russian capital on Tuesday", "2023-02-21"),
        ("A day earlier, US President Joe Biden", "2023-02-20"),
        ("Sergey Lavrov on Wednesday", "2023-02-22"),
        ("set up in 2005", "2005"),
    ]),
    "003": ("2020-12-29", [
        ("on Monday evening", "2020-12-28"),
        ("Joe Biden on January 20", "2021-01-20"),
        ("On Monday, Biden called", "2020-12-28"),
        ("On Tuesday, Russian ambassador", "2020-12-29"),
    ]),
    "004": ("2020-12-29", [
        ("said at the embassy on Tuesday", "2020-12-29"),
        ("In October, Russian President", "2020-10"),
        ("This year President Xi Jinping", "2020"),
        ("solidarity last week", "2020-12-21"),
        ("in the first half year", "2020"),
    ]),
}

# dates that must not become events: labels, targets, vague spans, durations
SEED_NON_EVENTS = {
    "000": ["2024"],
    "001": ["2001"],            # "under the 2001 treaty": a label
    "004": ["2024", "2018"],    # "by 2024" target; "a 2018 training exercise"
}


@pytest.mark.parametrize("seed", sorted(SEED_EVENTS))
def test_seed_events_have_date_and_paragraph(seed):
    dct, expected = SEED_EVENTS[seed]
    paragraphs = seed_paragraphs(seed)
    events = extract_events(paragraphs, dct)
    found = {(e.paragraph, e.date) for e in events}
    for phrase, date in expected:
        assert (index_of(paragraphs, phrase), date) in found, (phrase, date)
    for date in SEED_NON_EVENTS.get(seed, []):       # a target may be background, not a happening
        assert date not in {e.date for e in events if e.kind == "happening"}, date


@pytest.mark.parametrize("seed", sorted(SEED_EVENTS))
def test_seed_events_are_readable(seed):
    dct, _ = SEED_EVENTS[seed]
    for e in extract_events(seed_paragraphs(seed), dct):
        assert 3 <= len(e.text.split()) <= 35, e.text
        assert "…" not in e.text and e.text[0].isupper() and e.text[-1] in ".”", e.text
        assert e.text.count("“") == e.text.count("”"), e.text
        assert e.expression in e.sentence and e.kind in ("happening", "background")
        assert e.text.split()[0].lower() not in ("he", "she", "it", "they", "speaking"), e.text


def test_seed_people_and_expressions():
    paragraphs = seed_paragraphs("001")
    events = extract_events(paragraphs, "2021-06-28", ["Xi Jinping", "Vladimir Putin"])
    geneva = next(e for e in events if e.date == "2021-06-16")
    assert geneva.expression == "on June 16"
    assert {"Vladimir Putin", "Joe Biden"} <= set(geneva.people)
    treaty = next(e for e in events if e.date == "2001-07")
    assert treaty.expression == "in July 2001"
    assert "Jiang Zemin" in treaty.people
    paragraphs = seed_paragraphs("002")
    kyiv = next(e for e in extract_events(paragraphs, "2023-02-21") if e.date == "2023-02-20")
    assert kyiv.expression == "A day earlier" and kyiv.people == ["Joe Biden", "Volodymyr Zelensky"]


# ---- invented sentences ---------------------------------------------------------

def test_relative_dates_need_the_article_date():
    paragraphs = ["The two leaders met on Monday.", "The treaty was signed in July 2001."]
    assert [(e.date, e.paragraph) for e in extract_events(paragraphs, None)] == [("2001-07", 1)]
    dated = extract_events(paragraphs, "2021-06-30")
    assert [(e.date, e.expression) for e in dated] == [("2021-06-28", "on Monday"),
                                                      ("2001-07", "in July 2001")]


def test_unresolved_expressions_of_an_undated_article():
    from builder.extract.events import unresolved_expressions
    paragraphs = ["The leaders met on Monday.", "Trade fell last year.", "It began in 2001."]
    assert unresolved_expressions(paragraphs) == [(0, "on Monday"), (1, "last year")]


def test_labels_durations_and_vague_spans_are_not_events():
    paragraphs = ["Trade fell short of the 2024 target and the 2001 treaty stays in force.",
                  "Talks lasted seven years and ties improved in recent years.",
                  "The countries have cooperated since 2001, and now trade is growing.",
                  "Trade should reach $200 billion by 2030."]
    events = extract_events(paragraphs, "2021-01-01")
    assert [(e.date, e.paragraph, e.expression, e.kind) for e in events] == [
        ("2001", 2, "since 2001", "background"), ("2030", 3, "by 2030", "background")]


def test_today_in_a_quotation_is_not_an_event():
    paragraphs = ["“Today we have good opportunities,” he said.",
                  "The minister arrived today in Moscow."]
    assert [(e.date, e.paragraph) for e in extract_events(paragraphs, "2023-02-21")] == [
        ("2023-02-21", 1)]


def test_anaphora_crosses_paragraphs():
    paragraphs = ["Wang landed in Moscow on Tuesday.", "A day earlier, Biden was in Kyiv."]
    events = extract_events(paragraphs, "2023-02-23")
    assert [(e.date, e.paragraph) for e in events] == [("2023-02-21", 0), ("2023-02-20", 1)]


def test_people_with_titles_and_surnames():
    paragraphs = ["Chinese President Xi Jinping met Russian President Vladimir Putin in Moscow.",
                  "On Monday, Xi and Putin signed a statement, said Artyom Lukin, a professor."]
    events = extract_events(paragraphs, "2023-03-22")
    assert events[0].people == ["Xi Jinping", "Vladimir Putin", "Artyom Lukin"]


@pytest.mark.parametrize("value, expected", [
    ("2021-06-28", ("2021-06-28", "day")), ("2020-12-28TEV", ("2020-12-28", "day")),
    ("2001-07", ("2001-07", "month")), ("2020", ("2020", "year")),
    ("2020-W52", ("2020-12-21", "week")),            # a week is its Monday
    ("2021-W26-WE", ("2021-06-28", "week")),         # a weekend too, with its week
    ("2020-H1", ("2020", "half")), ("2020-Q3", ("2020", "quarter")), ("2020-SU", ("2020", "season")),
    ("PRESENT_REF", None), ("P7Y", None), ("XXXX-WXX-1", None), ("199", None), ("20", None),
])
def test_event_precision(value, expected):
    d = event_date(value)
    assert (d and (d.date, d.precision)) == expected
    if d:
        assert d.value == value


def test_name_forms_resolve_the_same_way_on_every_run():
    """A lone surname that is also the family name of one full name goes to that name,
    whatever the order of the names and the process's string-hash seed (a set's order
    once decided it: the same article gave "Reyes" on one run, "Sofia Reyes" on another)."""
    import subprocess
    import sys

    code = ("from builder.extract.events import _aliases; import json; "
            "print(json.dumps([_aliases(['Reyes', 'Sofia Reyes']), _aliases(['Sofia Reyes', 'Reyes']), "
            "_aliases(['Ana Lima', 'Rui Lima', 'Lima'])], sort_keys=True))")
    outs = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                           env={**__import__("os").environ, "PYTHONHASHSEED": str(seed)}).stdout
            for seed in range(8)}
    assert len(outs) == 1
    import json
    one, two, three = json.loads(outs.pop())
    assert one == two and one["Reyes"] == "Sofia Reyes"
    assert three["Lima"] == "Lima"          # shared by two full names: the name of its own
