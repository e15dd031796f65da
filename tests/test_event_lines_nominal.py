"""Event lines from a happening named by a noun the date sits on (``event_nominal``), and
descriptions of a named thing: invented sentences with the line each should give."""
from __future__ import annotations

import pytest

from builder.extract.event_nominal import nominal_line
from builder.extract.events import extract_events


@pytest.mark.parametrize("sentence, phrase, expected", [
    # the date between the owner and the noun; the main clause is of another time
    ("Despite Ms. Varga’s Oct. 11 announcement that the two firms had reached a deal, no contract "
     "has been signed.", "Oct. 11", "Ms. Varga announced that the two firms had reached a deal"),
    ("Coach Lund said his players were tired after the Harriers’ Nov. 9 loss at Dunmore.",
     "Nov. 9", "The Harriers lost at Dunmore"),
    # the date after the noun's complement, with the rest of its clause
    ("The Central Bank’s decision to raise its main rate by a point last month should slow lending.",
     "last month", "The Central Bank decided to raise its main rate by a point"),
    ("Investors worry, as shown by his sudden departure from a summit last May in Oslo with the "
     "prime minister, Ola Berg.", "last May", "He left a summit in Oslo with the prime minister"),
    ("But Ana Ruiz's decision to champion a merger with Orbis in 2001 - the boldest move of her career - "
     "cost her the job.", "in 2001", "Ana Ruiz decided to champion a merger with Orbis"),
    ("Since Pia Holm's decision to leave the label last fall, we have honoured her requests.",
     "last fall", "Pia Holm decided to leave the label"),
    # a possessive date owns the place of the happening
    ("Reyes’s appearance at Wednesday’s hearing, and his ties to the mayor, worry the council.",
     "at Wednesday’s", "Reyes appeared at the hearing"),
    # "of": the one it happened to, or the object with its agent
    ("The ruling follows the testimony Tuesday of three former managers, including an engineer.",
     "Tuesday", "Three former managers testified"),
    ("He is accused over the leak of papers and the release of classified cables by Openfile in 2011.",
     "in 2011", "Openfile released classified cables"),
    ("Flags flew at half-mast after the death of Ana Ruiz in 2010.", "in 2010", "Ana Ruiz died"),
    ("The release of the audit on Monday angered the union.", "on Monday", "The audit was released"),
    ("Costa’s speech at Monday’s summit, and his closeness to Lima, worry the party.", "at Monday’s",
     "Costa spoke at the summit"),
    # the complement ends before a relative clause
    ("She cited Lima’s September 2011 visit to the United Nations in which she spoke.", "September 2011",
     "Lima visited the United Nations"),
    # a noun whose verb keeps its preposition
    ("Lima listened in on Mayor Costa's July 25 call with Governor Reyes.", "July 25",
     "Mayor Costa spoke by phone with Governor Reyes"),
    ("Critics recalled Minister Okafor's May 3 meeting with the bankers.", "May 3", "Minister Okafor met the bankers"),
])
def test_a_noun_of_a_happening_gives_its_line(sentence, phrase, expected):
    assert nominal_line(sentence, sentence.find(phrase), phrase) == expected


@pytest.mark.parametrize("sentence, phrase", [
    # the noun's object is not where its verb needs it: no line rather than a wrong one
    ("Doe's loss of the seat in 2018 hurt the party.", "in 2018"),
    ("Doe's release from prison on Monday surprised many.", "on Monday"),
    ("Doe's May 3 call for calm went unheeded.", "May 3"),
    ("Doe's 2016 victory over Roe was narrow.", "2016"),
    # the words after the noun are a clause of their own
    ("Doe’s appearance follows the vote Tuesday of the board.", "Tuesday"),
    # a noun that is no happening
    ("Doe's op-ed in May drew replies.", "in May"),
    # the date is on a noun after the object ("to influence the Nov. 8 election"), not on the release
    ("Officials said Russia engineered the release of the emails to influence the Nov. 8 election.", "Nov. 8"),
    # an election's owner may be a country as well as a person: no line
    ("Parties battle to win the country’s Dec. 12 election.", "Dec. 12"),
    # the date is on the main verb, not on a noun
    ("Doe announced her decision on Monday.", "on Monday"),
])
def test_no_nominal_line_where_the_noun_does_not_carry_it(sentence, phrase):
    assert nominal_line(sentence, sentence.find(phrase), phrase) is None


def test_the_nominal_line_is_the_entry_line():
    e = extract_events(["Ana Ruiz praised the team after the Harriers’ Nov. 9 win at Dunmore."],
                       "2021-11-20", ["Ana Ruiz"])
    assert [x.text for x in e] == ["The Harriers won at Dunmore."]


@pytest.mark.parametrize("paragraphs, expected", [
    # a description with modifiers before its kind word takes the named subject before it
    (["Orbitline is holding a surprise launch in Lisbon next month. The software giant is holding "
      "a press day on December 2 to show its apps."],
     "Orbitline is holding a press day to show its apps."),
])
def test_a_description_with_modifiers_is_named(paragraphs, expected):
    e = extract_events(paragraphs + ["Fans of Orbitline wrote in."], "2021-11-20")
    assert expected in [x.text for x in e], [x.text for x in e]
