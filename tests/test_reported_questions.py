"""Questions put to someone ("Asked whether ..., Doe said ...") are reported speech of
whoever asked (the person after "by", else no one named); listeners and shows after
"told" are no statement. Invented sentences, their expected entries beside them."""
from __future__ import annotations

import pytest

from builder.extract.quotes import extract_quotes


def entries(*paragraphs: str):
    quotes, _, _ = extract_quotes(list(paragraphs))
    return [(q.kind, q.speaker, q.cue, q.text) for q in quotes]


QUESTIONS = [
    ("Asked whether the plan, which friends described as a failure, had worked, Jane "
     "Marsh said: “I hope so.”",
     ("indirect", None, "asked", "whether the plan, which friends described as a failure, "
                                 "had worked")),
    ("“You bet I would,” Tom Okafor said when asked whether he would close the bridge.",
     ("indirect", None, "asked", "whether he would close the bridge")),
    ("Asked by Ana Reyes to respond to the criticism, Okafor said the mayor was wrong.",
     ("indirect", "Ana Reyes", "asked", "to respond to the criticism")),
    ("Asked on Monday if he would run, Okafor shook his head.",
     ("indirect", None, "asked", "if he would run")),
]


@pytest.mark.parametrize("sentence, want", QUESTIONS)
def test_a_question_put_to_someone_is_reported(sentence, want):
    assert want in entries(sentence)


def test_the_answer_keeps_its_speaker():
    got = entries("Asked whether the levy was fair, Jane Marsh said it was not.")
    assert ("indirect", "Jane Marsh", "said", "it was not") in got


def test_an_answer_after_a_question_is_not_the_askers():
    # the question's unnamed asker is no speaker for ", saying ..."
    got = entries("Asked about the levy, Jane Marsh demurred, saying it was early.")
    assert ("indirect", "Jane Marsh", "saying", "it was early") in got


def test_asked_about_a_topic_is_no_question():
    assert not any(e[2] == "asked" for e in entries("Asked about the plan, Marsh laughed."))


LISTENERS = [
    "“We will win,” Tom Okafor told cheering supporters in Ames on Monday morning.",
    "“We are proud of you,” Jane Marsh told young leaders in the old city, near the port.",
]


@pytest.mark.parametrize("sentence", LISTENERS)
def test_the_listener_after_told_is_no_statement(sentence):
    assert [e[0] for e in entries(sentence)] == ["direct"]


def test_a_show_after_told_is_no_quote_and_the_participle_after_it_speaks():
    got = entries("“He is fair game,” Jane Marsh told “Morning Time,” reminding the hosts "
                  "that the mayor has often denounced the levy.")
    assert ("direct", "Jane Marsh", "told", "He is fair game") in got
    assert ("indirect", "Jane Marsh", "reminding",
            "the mayor has often denounced the levy") in got
    assert not any(e[3] == "Morning Time" for e in got)


def test_a_statement_after_the_listener_and_adjuncts():
    got = entries("Jane Marsh has told friends since the spring, at fundraisers, that she "
                  "is worried about the levy.")
    assert ("indirect", "Jane Marsh", "told", "she is worried about the levy") in got


def test_asked_about_a_topic_has_no_speaker_after_it():
    # "about ..." is the topic put to the speaker, not who asked
    got = entries("Asked about the criticisms of Governor Jane Marsh, Tom Okafor said the "
                  "levy would pass.")
    assert got == [("indirect", "Tom Okafor", "said", "the levy would pass")]


REQUESTS = [
    ("Tom Okafor asked her to call the mayor at once.",
     ("indirect", "Tom Okafor", "asked", "her to call the mayor at once")),
    ("Tom Okafor asked the mayor to resign by Friday.",
     ("indirect", "Tom Okafor", "asked", "the mayor to resign by Friday")),
    ("Ana Reyes pressed him on the budget, asking Okafor to explain the deficit.",
     ("indirect", "Ana Reyes", "asking", "Okafor to explain the deficit")),
    # the person asked ends before the question ("the clerk", not "the clerk whether")
    ("Ana Reyes asked the clerk whether the ballots had been counted.",
     ("indirect", "Ana Reyes", "asked", "whether the ballots had been counted")),
]


@pytest.mark.parametrize("sentence, want", REQUESTS)
def test_a_request_or_a_question_put_to_someone(sentence, want):
    assert want in entries(sentence)


@pytest.mark.parametrize("sentence", [
    "Tom Okafor asked for a recount.",           # a thing asked for, no words
    "Tom Okafor was asked to leave the hall.",   # no one who asks
])
def test_no_request_without_a_complement_or_an_asker(sentence):
    assert entries(sentence) == []


@pytest.mark.parametrize("sentence, want", [
    ("Jane Marsh described how the plan would cut jobs at the mill.",
     ("indirect", "Jane Marsh", "described", "how the plan would cut jobs at the mill")),
    ("Tom Okafor described why the mill closed in 2009.",
     ("indirect", "Tom Okafor", "described", "why the mill closed in 2009")),
])
def test_an_account_of_how_or_why_is_reported(sentence, want):
    assert want in entries(sentence)


def test_how_without_a_clause_is_no_account():
    assert [e for e in entries("Jane Marsh described how to fix a bike.")
            if e[2] == "described"] == []
