"""Which clause of a sentence gives the line when the date is not on its main verb:
invented sentences with the line each should give."""
from __future__ import annotations

import pytest

from builder.extract.event_contact import contact_relative
from builder.extract.event_participles import subordinate_participle
from builder.extract.event_people import Cast
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
    # the participle belongs to a clause after a comma ("he said after meeting"): not the subject's
    ("Victory is vital, he said after meeting Thursday with party aides.", "Thursday"),
    # a prospect, not a happening: "after winning X on Mar. 15, she would have to"
    ("Ana Lima explained that after winning her home state on Mar. 15, she would need more.", "on Mar. 15"),
    # the words before the verb are no name
    ("That is partly why front-runner Ana Lima quit before announcing her run in April.", "in April"),
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


@pytest.mark.parametrize("paragraph, expected", [
    # a line too long ends where another clause begins after its date
    ("Several thousand nurses wearing blue surrounded the state capitol on Tuesday to call for better pay "
     "and more respect from the governor's office in a protest that closed more than half of the clinics "
     "for the day.",
     "Several thousand nurses wearing blue surrounded the state capitol to call for better pay and more "
     "respect from the governor's office in a protest."),
    ("Orbis said on Monday that its finances were so weak that it would not have the cash to make a "
     "required payment of $12 million to its pension fund and was negotiating a possible takeover of the "
     "plan by a state agency.",
     "Orbis said that its finances were so weak that it would not have the cash to make a required "
     "payment of $12 million to its pension fund."),
])
def test_a_line_too_long_ends_where_another_clause_begins(paragraph, expected):
    e = extract_events([paragraph], "2019-11-20")[0]
    assert e.text == expected, e.text


def test_a_cut_never_takes_the_clause_that_holds_the_date():
    from builder.extract.event_trim import tail_cuts
    base = ("The utility kept the power on for some 375,000 people and small businesses in eighteen "
            "northern and central farming counties across the long dry valley as the region faces "
            "extreme fire weather that started on Monday.")
    line = base.replace(" on Monday", "")
    assert tail_cuts(line, base, 0)             # another date would let it end there
    assert tail_cuts(line, base, base.find("on Monday") + len("on Monday")) == []


@pytest.mark.parametrize("paragraph, expected", [
    # a subordinator before a bare noun phrase that is its clause's subject: that clause
    ("Holt Corp. has been under pressure to sell assets since activist investors -- including a "
     "fund run by Ken Rowe -- surfaced holding small stakes last year.",
     "Activist investors -- including a fund run by Ken Rowe -- surfaced holding small stakes."),
    # the date inside a reported clause: the subordinate clause goes on to hold it
    ("The vote had been widely expected after coastal police said they believe the gang was behind "
     "two robberies in Marlow last week.",
     "Coastal police said they believe the gang was behind two robberies in Marlow."),
    # a reported clause after the date goes on to the comma, never cut at its own verb
    ("Shortly after news broke on Monday that the two firms had come to an agreement on the songs, "
     "Holt Media denied it.",
     "News broke that the two firms had come to an agreement on the songs."),
])
def test_a_subordinate_clause_on_a_bare_noun_phrase_holds_the_date(paragraph, expected):
    e = extract_events([paragraph], "1998-10-30")[0]
    assert e.text == expected, e.text


@pytest.mark.parametrize("paragraph, kept", [
    # a preposition's noun phrase or a participle is no clause of its own
    ("The deal collapsed after months of talks last year.", "The deal collapsed"),
    ("The deal collapsed after signing the accord last year in Paris.", "The deal collapsed"),
    ("Ana Lima, after initially saying she would stay away, took to the airwaves this week.", "Ana Lima"),
    ("The pact, once expected to be signed within weeks of a summit, could now slip into next year, "
     "analysts say.", "The pact"),
])
def test_a_bare_phrase_after_a_subordinator_is_no_clause(paragraph, kept):
    e = extract_events([paragraph], "1998-10-30")[0]
    assert e.text.startswith(kept), e.text


def test_a_speech_participle_takes_the_sentence_subject():
    """A line cut to ", saying on Friday that ..." gets the sentence's subject and the
    verb's past, never "Saying that ..." alone; the participle opening is an editor's
    objection."""
    from builder.extract.event_checks import line_problems
    from builder.extract.events import extract_events
    [e] = extract_events(["The Portuguese foreign minister, meanwhile, sought to soften the harsh words of his "
                          "colleague, saying on Friday that Lisbon now feels the talks must wait at least until "
                          "the secretary general Tilda Varga visits Madrid in a last-ditch effort at diplomacy."],
                         "1998-02-14")
    assert e.text == ("The Portuguese foreign minister said that Lisbon now feels the talks must wait at least "
                      "until the secretary general Tilda Varga visits Madrid in a last-ditch effort at diplomacy."), e.text
    assert "a fragment opened by a participle" in line_problems("Saying that the talks must wait.")
    assert "a fragment opened by a participle" in line_problems("With forecasters warning that smog will worsen.")
    assert line_problems("Beijing said the talks must wait.") == []
    assert line_problems("Citing an example, Jo Roe said the talks must wait.") == []


@pytest.mark.parametrize("sentence, expected", [
    # the "-ing" word after "are" or a preposition is the verb's, not the antecedent's
    ("Makers are developing new phones, which are expected to reach the market early next year.",
     "New phones are expected to reach the market."),
    ("Ana Lima said she was not yet sold on backing Rui Costa, who will face a rival in a primary on Tuesday.",
     "Rui Costa will face a rival in a primary."),
    # after a determiner it is the noun phrase's own
    ("Ana Lima praised the growing trade, which rose sharply in 2012.", "The growing trade rose sharply."),
])
def test_a_relative_clause_s_antecedent_leaves_out_the_verb_before_it(sentence, expected):
    e = extract_events([sentence], "2019-11-19", ["Ana Lima", "Rui Costa"])[-1]
    assert e.text == expected, e.text


@pytest.mark.parametrize("sentence, expected", [
    # a relative clause without a pronoun, the noun its object, holds the date: its subject did it
    ("The Harbour Party beat the mayor in a town Rui Costa won by 30 points in 2016.",
     "Rui Costa won a town by 30 points."),
    ("According to a memo Ana Lima prepared for her lawyers in October of 2006, the will was never signed.",
     "Ana Lima prepared a memo for her lawyers."),
    # its pronoun is the sentence's named subject
    ("Ana Lima continued the talks she began with the union last August.", "Ana Lima began the talks with the union."),
])
def test_a_dated_relative_clause_without_a_pronoun_is_the_line(sentence, expected):
    e = extract_events([sentence], "2019-11-19", ["Ana Lima", "Rui Costa"])[-1]
    assert e.text == expected, e.text


@pytest.mark.parametrize("sentence, phrase", [
    # a name that is no person of the article: a compound noun, not a clause
    ("The state Senate voted on the bill in March.", "in March"),
    # inside a quotation the words stay as said
    ("“I think the talks we held in March were good,” Ana Lima said.", "in March"),
    # a noun after a comma sums up the clause before it: the line would say nothing
    ("Ana Lima said aides had leaked the plan, a claim Rui Costa denied in March.", "in March"),
])
def test_no_contact_clause_line_otherwise(sentence, phrase):
    cast = Cast({"Ana Lima": "Ana Lima", "Lima": "Ana Lima", "Rui Costa": "Rui Costa", "Costa": "Rui Costa"}, {})
    assert contact_relative(sentence, sentence.find(phrase), phrase, cast) is None
