"""What dropping a happening's date phrase leaves of the line (``event_phrases``):
invented sentences with the line each should give."""
from __future__ import annotations

import pytest

from builder.extract.event_phrases import drop_phrase


@pytest.mark.parametrize("line, phrase, expected", [
    # an appositive that only said when the happening was announced goes with the date
    ("Orbis acquired a 51% stake in the label, a deal announced at the beginning of the week.",
     "at the beginning of the week", "Orbis acquired a 51% stake in the label."),
    ("Orbis acquired a stake, a deal first announced on Monday.", "on Monday", "Orbis acquired a stake."),
    # ... but an appositive inside the sentence stays (its clause goes on)
    ("The deal, a merger announced on Monday, closed.", "on Monday", "The deal, a merger, closed."),
])
def test_dropping_the_date_of_an_appositive(line, phrase, expected):
    assert drop_phrase(line, phrase, line.find(phrase))[0] == expected


def test_a_quarter_or_a_half_stays_in_the_line():
    """The chronology heads such an entry with its year only: the period stays in the line
    (the figures are the quarter's, not the year's); a day's phrase still goes."""
    from builder.extract.events import extract_events
    lines = [e.text for e in extract_events(
        ["Orbis reported a loss of $4 million in the third quarter.",
         "On Monday, Orbis said it would cut 40 jobs."], "2021-11-20")]
    assert lines == ["Orbis reported a loss of $4 million in the third quarter.",
                     "Orbis said it would cut 40 jobs."], lines


@pytest.mark.parametrize("line, phrase, expected", [
    # a comma left before a colon or a full stop goes; an abbreviation keeps its one stop
    ("Lima said at a rally in Monroe, La., on Nov. 6: it was over.", "on Nov. 6",
     "Lima said at a rally in Monroe, La.: it was over."),
    ("Glass threw for three touchdowns and Orbis rolled past Dunmore, 45-17, on Tuesday night.",
     "on Tuesday night", "Glass threw for three touchdowns and Orbis rolled past Dunmore, 45-17."),
])
def test_no_stray_comma_where_the_date_was(line, phrase, expected):
    assert drop_phrase(line, phrase, line.find(phrase))[0] == expected
