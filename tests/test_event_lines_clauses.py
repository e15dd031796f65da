"""Which clause of a sentence gives the line when the date is not on its main verb:
invented sentences with the line each should give."""
from __future__ import annotations

import pytest

from builder.extract.event_participles import subordinate_participle
from builder.extract.events import extract_events


@pytest.mark.parametrize("sentence, phrase, expected", [
    # a participle clause after "after"/"since" holds the date: the main clause's subject did it
    ("Ana Lima has lived abroad for years after seeking asylum at the embassy in Oslo in 2012.",
     "in 2012", "Ana Lima sought asylum at the embassy in Oslo"),
    ("Lima, who denies the charge, has run the club since joining it from a rival in 2015.",
     "in 2015", "Lima joined it from a rival"),
])
def test_a_dated_participle_clause_is_the_line(sentence, phrase, expected):
    assert subordinate_participle(sentence, sentence.find(phrase), phrase) == expected


@pytest.mark.parametrize("sentence, phrase", [
    # the subject is no name: no line built from it
    ("The club has grown after signing three players in 2015.", "in 2015"),
    # a participle the table does not know
    ("Ana Lima has grown after pondering the offer in 2015.", "in 2015"),
    # the date is outside the participle clause
    ("In 2015, Ana Lima moved abroad after seeking asylum.", "In 2015"),
])
def test_no_participle_line_otherwise(sentence, phrase):
    assert subordinate_participle(sentence, sentence.find(phrase), phrase) is None


def test_a_relative_clause_after_the_subject_is_left_out_not_spliced():
    e = extract_events(["Lima, who denies the charge, appealed the ruling on Monday."], "2019-11-19",
                       ["Ana Lima"])[-1]
    assert e.text == "Ana Lima appealed the ruling.", e.text


@pytest.mark.parametrize("paragraph, expected", [
    # the pronoun of a "when" clause in the opening adjunct is the main clause's named subject
    ("Since 2004, when it closed the northern mines, Orbis has avoided any strike.",
     "Orbis closed the northern mines."),
    ("In 2004, when she left the party, Ana Lima was its leader.", "Ana Lima left the party."),
])
def test_a_when_clause_opening_the_sentence_takes_the_main_subject(paragraph, expected):
    e = extract_events([paragraph], "2019-11-19", ["Ana Lima"])[0]
    assert e.text == expected, e.text
