"""The ends of a span are limits, not the dates of happenings (invented sentences)."""
from __future__ import annotations

import pytest

from builder.extract.events import extract_events


def kinds(paragraphs: list[str], dct: str = "2016-08-10") -> list[tuple[str, str, str]]:
    return [(e.expression, e.date, e.kind) for e in extract_events(paragraphs, dct)]


@pytest.mark.parametrize("sentence", [
    "“We will knock on doors every single day between now and November,” the organizer said.",
    "Turnout is going to be the theme of our campaign from now to Election Day.",
    "Much can change between now and next Wednesday, the chairman said.",
    "The mayor will hold town halls from now until Nov. 8.",
])
def test_the_end_of_a_stretch_from_now_dates_nothing(sentence):
    assert kinds([sentence]) == [], kinds([sentence])


@pytest.mark.parametrize("sentence", [
    "Farm income doubled from 1950 to 1960.",
    "The party held a series of referendums from 2010 to 2013.",
    "From 2010 to 2013 the party held a series of referendums.",
    "Lena Marsh was fined at least twice from 1991 to 1997.",
    "The archive covers letters from 2009 through the beginning of 2013.",
])
def test_both_ends_of_a_span_of_years_are_background(sentence):
    found = kinds([sentence])
    assert len(found) == 2 and {k for _, _, k in found} == {"background"}, found


def test_a_year_moved_to_another_stays_a_happening():
    found = kinds(["Organizers postponed the festival from 2020 to 2021."])
    assert ("2021", "2021", "happening") in found, found


def test_until_a_date_when_something_happens_dates_it():
    """ "until early 1990, when each takes the new name": the when-clause happens then;
    a bare "until 2047" stays the bound of a state."""
    found = kinds(["The shops will keep their old names until early 2017, when each will adopt the new brand.",
                   "The lease runs until 2047."])
    assert [(d, k) for _, d, k in found] == [("2017", "happening"), ("2047", "background")], found


@pytest.mark.parametrize("sentence, expression", [
    ("Through Oct. 19, the funds had an average 0.85% return.", "Through Oct. 19"),
    ("Sales changed little this year through August.", "this year"),
])
def test_a_tally_through_a_date_is_background(sentence, expression):
    found = {e: k for e, _, k in kinds([sentence], "1989-10-27")}
    assert found.get(expression) == "background", found
