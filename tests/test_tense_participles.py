"""An -ed word right after a preposition is an adjective, no past tense (invented sentences)."""
from __future__ import annotations

from builder.extract.events import extract_events


def test_an_adjective_after_a_preposition_does_not_make_a_named_day_past():
    found = [(e.expression, e.date) for e in extract_events([
        "The party warns about faked leaks close to Election Day.",
        # a verb after its subject still tells the past
        "Volunteers knocked on doors on Labor Day.",
    ], "2016-08-17")]
    assert found == [("Election Day", "2016-11-08"), ("on Labor Day", "2015-09-07")], found


def test_a_named_day_of_the_calendar_is_dated_by_its_rule_and_kept_in_its_line():
    """ "Super Tuesday" (the first Tuesday in March), "Black Friday" (the day after
    Thanksgiving): the named day, not the weekday nearest the article; the line keeps
    the name."""
    found = [(e.date, e.text) for e in extract_events([
        "Marsh won seven states on Super Tuesday.",
        "Stores opened early on Black Friday.",
    ], "2016-07-20")]
    assert found == [("2016-03-01", "Marsh won seven states on Super Tuesday."),
                     ("2015-11-27", "Stores opened early on Black Friday.")], found
