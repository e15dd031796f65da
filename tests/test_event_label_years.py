"""A past year that labels a law or a happening noun may date a happening (invented sentences)."""
from __future__ import annotations

from builder.extract.events import extract_events


def test_the_making_of_a_labelled_law_or_a_labelled_discussion_is_dated():
    found = [(e.expression, e.date, e.kind) for e in extract_events([
        "The rule is the largest change since passage of the 1938 law that set the wage.",
        "Roe voiced support for the plan in a 2002 discussion with Marsh.",
        "The signing of the 1994 treaty ended the war.",
        # a year that only labels the law stays a label
        "Officials cited the 2010 law.",
    ], "2016-05-19")]
    assert found == [("1938", "1938", "happening"), ("2002", "2002", "happening"),
                     ("1994", "1994", "happening")], found
