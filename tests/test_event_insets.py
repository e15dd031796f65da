"""A happening told in an inset clause keeps its date though the sentence holds a figure
(invented sentences)."""
from __future__ import annotations

import pytest

from builder.extract.events import extract_events


@pytest.mark.parametrize("sentence, date, kind", [
    ("The old limit on fees, set in 2004, was $500.", "2004", "happening"),
    ("The benefit, which was expanded in 1985, was 40 percent of pay.", "1985", "happening"),
    # the figure of the date's own clause stays a figure of the period
    ("Sales, up 5 percent in 2015, were $3 million.", "2015", "background"),
    ("The average rent was $900 in 2015, the agency said.", "2015", "background"),
])
def test_an_inset_happening_is_not_the_sentence_figure(sentence, date, kind):
    found = [(e.date, e.kind) for e in extract_events([sentence], "2016-05-19")]
    assert found == [(date, kind)], found


@pytest.mark.parametrize("sentence, kind", [
    ("About 60 percent of salaried workers qualified for the benefit in 1985.", "background"),
    ("One-third of households owned a car in 1985.", "background"),
    # a share that voted is a result, a happening of the vote
    ("Half of the members backed the plan in 1985.", "happening"),
])
def test_a_share_of_a_group_in_a_past_year_is_a_statistic(sentence, kind):
    found = [(e.date, e.kind) for e in extract_events([sentence], "2016-05-19")]
    assert found == [("1985", kind)], found
