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
