"""Words that look like speech verbs but are not used as one, and a document that says
what follows a relative "that". Invented sentences, their expected entries beside them."""
from __future__ import annotations

import pytest

from builder.extract.quotes import extract_quotes


def entries(*paragraphs: str):
    quotes, _, _ = extract_quotes(list(paragraphs))
    return [(q.speaker, q.cue, q.text) for q in quotes if q.kind == "indirect"]


NOT_SPEECH = [
    # a noun-like form before a relative "that" and a finite verb: a plural noun
    "Most Southern states that will hold contests in March have large rural populations.",
    "Rust Belt states that have lost factories are the prize in the fall.",
    # a form after a degree word and a determiner: an adjective
    "Harvard runs the most elaborate and expensive hiring process that anyone has ever created.",
]


@pytest.mark.parametrize("sentence", NOT_SPEECH)
def test_a_noun_or_adjective_form_reports_nothing(sentence):
    assert entries(sentence) == []


VERB = [
    # after a person's name or a pronoun the form is the verb and "that" its clause's subject
    ("Jane Marsh notes that was a mistake.", ("Jane Marsh", "notes", "was a mistake")),
    ("The report states that the levy failed.", (None, "states", "the levy failed")),
    ("Most say the levy will pass.", (None, "say", "the levy will pass")),
]


@pytest.mark.parametrize("sentence, want", VERB)
def test_the_verb_reading_stays(sentence, want):
    assert want in entries(sentence)


def test_a_document_before_that_said_says_what_follows():
    got = entries("The firm denounced claims made in a viral online post that said the "
                  "company misreported its sales.")
    assert (None, "said", "the company misreported its sales") in got
    assert entries("Jane Marsh read a letter that said the plant would close.") \
        == [(None, "said", "the plant would close")]


NAMED = [
    # a naming verb's object pronoun and the name or word it is given
    ("Jane Marsh called him divisive.", ("Jane Marsh", "called", "him divisive")),
    ("Jane Marsh has called them cowards and frauds.",
     ("Jane Marsh", "called", "them cowards and frauds")),
    # an object pronoun after a noun-like form in -s shows the verb
    ("Tom Okafor calls himself a reformer.", ("Tom Okafor", "calls", "himself a reformer")),
]


@pytest.mark.parametrize("sentence, want", NAMED)
def test_a_naming_verb_with_a_pronoun_object_names(sentence, want):
    assert want in [(sp, cue, text) for sp, cue, text in entries(sentence)]


@pytest.mark.parametrize("sentence", ["Jane Marsh called him back on Monday.",
                                      "Jane Marsh called them up.",
                                      "Jane Marsh called him twice."])
def test_a_call_is_no_naming(sentence):
    assert entries(sentence) == []


ENDS = [
    # a quotation closing its sentence, then a sentence of its own whose words hold a
    # speech form ("protest") after a verb of another kind: the report ends at the quotation
    ("Jane Marsh told reporters she thought Okafor had “made up the story.” Okafor and "
     "several other aides resigned in protest.",
     ("Jane Marsh", "told", "she thought Okafor had “made up the story.”")),
    # an attribution after the quotation still belongs to it (an adjective in -ed)
    ("Jane Marsh said the town had “too much to lose.” The retired teacher said it twice.",
     ("Jane Marsh", "said", "the town had “too much to lose.”")),
]


@pytest.mark.parametrize("sentence, want", ENDS)
def test_a_report_ends_with_its_sentence(sentence, want):
    assert want in entries(sentence)


def test_an_attribution_after_a_question_stays_with_it():
    quotes, _, _ = extract_quotes(["“Is it fair?” the retired teacher asked."])
    assert [(q.kind, q.cue, q.text) for q in quotes] == [("direct", "asked", "Is it fair?")]


def test_a_thought_word_after_a_possessive_is_a_noun():
    assert entries("The board’s hope at this point was to close the plant by May.") == []
    assert (None, "hopes", "to close the plant by May") in entries(
        "The board hopes to close the plant by May.")


CONTINUED = [
    # "continue to" + a report verb: that verb is the cue, with the subject of "continue"
    ("Jane Marsh continued to complain that the board had been unfair to her.",
     ("Jane Marsh", "continued to complain", "the board had been unfair to her")),
    ("Jane Marsh will continue to argue that the levy fails.",
     ("Jane Marsh", "continue to argue", "the levy fails")),
    ("Jane Marsh spoke for an hour, continuing to insist that the levy would pass.",
     ("Jane Marsh", "continuing to insist", "the levy would pass")),
    ("Jane Marsh went on to say that some members are angry with the board.",
     ("Jane Marsh", "went on to say", "some members are angry with the board")),
    # "agree" with a bare clause of its own subject and verb
    ("Most Republicans agreed they had no real recourse at this point.",
     (None, "agreed", "they had no real recourse at this point")),
]


@pytest.mark.parametrize("sentence, want", CONTINUED)
def test_a_verb_after_continue_to_and_agree_with_a_bare_clause_report(sentence, want):
    assert want in entries("Jane Marsh is a senator from Ohio.", sentence)


def test_continue_to_without_a_report_verb_and_agree_with_an_object_report_nothing():
    assert entries("Jane Marsh is a senator.", "Jane Marsh continued to express doubts.",
                   "Jane Marsh went on to win the race.",
                   "The two sides agreed the terms of the deal on Monday.",
                   "The union agreed to pay $3 million.") == []
    # a plain "continues" still ends the statement before it ("..., his office continues")
    assert ("Jane Marsh", "said", "she opposes the war") in entries(
        "Even as Jane Marsh has said that she opposes the war, her office continues to "
        "carve out exceptions for the army.")
