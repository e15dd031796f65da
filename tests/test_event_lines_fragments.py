"""Garbled lines the editor's checker must object to, and good lines of the same shape it
must let through: invented lines, each with the objection (``event_fragments``)."""
from __future__ import annotations

import pytest

from builder.extract.event_checks import line_problems


@pytest.mark.parametrize("line, problem", [
    # the last clause is its subject alone: the verb and the rest were cut away
    ("Jo Roe recalled the evening on Radio Nine when Ada Moss.", "a clause cut short"),
    ("The police said that a suspect.", "a clause cut short"),
    ("The inspectors must certify that Ruritania.", "a clause cut short"),
    ("Ada Moss spoke after a week in which she repeatedly.", "a clause cut short"),
    ("The strong showings raised the prospect that the runoff.", "a clause cut short"),
    # a noun phrase: "to appear" is an infinitive, "the vote" a noun, "led by" a participle
    ("An attempt to appear calmer ahead of the vote.", "no verb"),
    ("A group led by two of the firm's directors.", "no verb"),
    ("The poll, released on 25 May 2016 by the Lakeside Institute.", "no verb"),
    ("The start of the long dispute.", "no verb"),
    ("An effort by the mayor to close the port.", "no verb"),
    # "expected", "due", "set" with what was expected cut away
    ("The case is expected.", "a complement missing"),
    ("The ruling was due.", "a complement missing"),
    ("The second vote is now set.", "a complement missing"),
    ("Ada Moss said that she is expecting her second child, due.", "a complement missing"),
    # a relative clause after a dash that never closes: no main clause
    ("Jo Roe - who ran the firm in 2001 and sold it to a rival.", "no main clause"),
    ("Ada Moss — who was mayor of Porto when the port closed.", "no main clause"),
    ("A loss to Ada Moss in this state - and which Jo Roe took in 1992.", "no main clause"),
    # two clauses joined by a comma alone (the subordinator that joined them cut away)
    ("Ada Moss and Jo Roe mail an offer to members, it will repay their costs.", "a comma splice"),
    ("There was no profit in 2001 from the mills, they lost $3 million.", "a comma splice"),
    # a date cut out of "between now and <date>"
    ("Jo Roe said that between now and that the board will decide.", "a word lost"),
    # a contracted pronoun opening the line is as unresolved as the pronoun
    ("It’s been a hard year for Norvale.", "'It’s' unresolved"),
    ("They're both going to have to compromise, Jo Roe said.", "'They're' unresolved"),
    # a date cut out between a semicolon and a comma
    ("Protests spread to the north as well;, the guards fired on the crowd.", "a word lost"),
    # an inversion cut short, a verb with its subject cut off
    ("There was Ada Moss.", "a fragment with no subject"),
    ("There's November.", "a fragment with no subject"),
    ("There was Ada Moss in the week of 15 August 2016.", "a fragment with no subject"),
    ("Comes the crowded state primary in Ruritania.", "a fragment with no subject"),
    # an opening a standalone line cannot have
    ("But Ada Moss resigned from the board.", "a broken opening"),
    ("And spring, members of both guilds opposed the merger.", "a broken opening"),
    ("in a letter published that he wants to leave.", "a broken opening"),
    ("Back, Ada Moss wrote to the board.", "a broken opening"),
    ("Unveiled, the chip holds two million transistors.", "a broken opening"),
    # a comma between the subject and its verb
    ("The results from two software firms, lifted the index 1.2 percent.", "a stray comma"),
    ("Harbor Radio News, parted ways with its chief editor.", "a stray comma"),
])
def test_a_garbled_line_is_objected_to(line, problem):
    assert problem in line_problems(line)


@pytest.mark.parametrize("line", [
    # a relative clause after the dash that closes an aside, the main verb after it
    "Two envoys — a Briton and a Dane — who had been held since 2016 were freed in a swap.",
    "Jo Roe left the stadium when the storm hit.",
    "Ada Moss said that the talks will resume.",
    "Ada Moss rejected that claim.",
    "The police said that a suspect was arrested in Lisbon.",
    "Jo Roe said that Ada Moss “has done nothing wrong.”",
    "Voters fear the vote will be close.",
    "Ada Moss plans to meet the mayor of Lisbon.",
    "The coastal team planned to leave Lisbon for Porto.",
    "Jo Roe, in the first half of 2015, gave $2 million to the museum.",
    "The scandal over her use of a private phone broke.",
    "Ada Moss strode across the stage in a red dress.",
    "The vote is expected to pass.",
    "There was a fire at the plant.",
    "Meanwhile, Ada Moss resigned from the board.",
    "So far, the firm has hired 40 engineers.",
    "Buried a foot beneath the ground, the rifle was found by a search team.",
    "Norvale reported a loss, compared with a profit a year earlier.",
    "Jo Roe, 52, was elected mayor of Porto.",
    "The Porto council, led by Ada Moss, voted to close the port.",
    "eBay bought the ticket site for $310 million.",
    "Norvale - which makes pumps - recorded $2 billion in sales.",
    "Ada Moss will choose between Porto and Lisbon.",
    "“It's a big moment,” said Jo Roe, a strategist for the mayor of Porto.",
    "Jo Roe said that between 2010 and 2012 the board met twice.",
    "Jo Roe — who ran the firm — sold it to a rival.",
    "The index closed higher, as expected.",
    "The senator wants to return to the campaign trail, they say.",
    "Jo Roe is leaning toward the mayor, he said, because the party needs to win.",
    "The poll, released on Monday, showed Ada Moss ahead.",
    "In Porto, the mayor's rally at a union hall appeared staged for the cameras.",
    "There was Jo Roe in Lisbon when the vote passed.",
    "Even if it does, it faces a series of legal challenges.",
    "A nurse from Lisbon who moved to Porto in 2013, she plans to vote for the first time.",
    "Toward the end of the last debate, she was asked about the protests.",
])
def test_a_good_line_of_the_same_shape_passes(line):
    assert line_problems(line) == []
