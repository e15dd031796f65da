"""An object pronoun in an event line is written out as the person it stands for
(``event_objects.name_object``): invented sentences with the line each should give."""
from __future__ import annotations

import pytest

from builder.extract.events import extract_events


@pytest.mark.parametrize("paragraphs, people, expected", [
    # "her": the subject of the sentence before, of that gender
    (["Maria Okafor has strong support in the state. Gov. Tom Hale endorsed her on Tuesday, citing her record."],
     ["Maria Okafor", "Tom Hale"], "Gov. Tom Hale endorsed Maria Okafor, citing her record."),
    # "him": the one man the sentence before named, when its subject is a woman
    (["Jane Ruiz still found it hard to talk about Peter Vance’s death. She had represented him since 1978."],
     ["Jane Ruiz", "Peter Vance"], "Jane Ruiz had represented Peter Vance since 1978."),
])
def test_an_object_pronoun_is_the_person_the_sentence_before_named(paragraphs, people, expected):
    lines = [e.text for e in extract_events(paragraphs, "2016-06-03", people)]
    assert expected in lines, lines


@pytest.mark.parametrize("paragraphs, people, kept", [
    # a man named in the line before "him" may be the one meant: left as written
    (["Peter Vance spoke first. Tom Hale said the board fired him on Tuesday."],
     ["Peter Vance", "Tom Hale"], "fired him"),
    # a possessive "her" is no object
    (["Maria Okafor spoke first. Tom Hale praised her campaign on Tuesday."],
     ["Maria Okafor", "Tom Hale"], "praised her campaign"),
    # two women named before, neither its subject: unsure
    (["The board met Ana Lima and Maria Okafor. Tom Hale endorsed her on Tuesday."],
     ["Ana Lima", "Maria Okafor", "Tom Hale"], "endorsed her"),
])
def test_an_object_pronoun_stays_when_unsure(paragraphs, people, kept):
    lines = [e.text for e in extract_events(paragraphs, "2016-06-03", people)]
    assert any(kept in x for x in lines), lines


def test_a_name_opening_a_sentence_after_a_capitalised_word_is_its_subject():
    # "... on Tuesday. Maria Okafor has": the capitalised word ending the sentence before is no
    # part of her name, so she (not the pollster quoted after her) is the sentence's subject
    paragraphs = ["The state holds its primary Tuesday.",
                  "Maria Okafor has strong support, said Ana Lima, a pollster. Gov. Tom Hale endorsed her on Wednesday."]
    lines = [e.text for e in extract_events(paragraphs, "2016-06-03", ["Maria Okafor", "Ana Lima", "Tom Hale"])]
    assert "Gov. Tom Hale endorsed Maria Okafor." in lines, lines


def test_an_object_pronoun_is_a_subject_the_quote_stage_did_not_find():
    # "Okafor has ...": a family name the text wrote in full before, the sentence's subject,
    # whoever is quoted after it
    paragraphs = ["Polls show Maria Okafor's lead is narrow.",
                  "Okafor has strong support, said Ana Lima, a pollster. Gov. Tom Hale endorsed her on Wednesday."]
    lines = [e.text for e in extract_events(paragraphs, "2016-06-03", ["Ana Lima", "Tom Hale"])]
    assert "Gov. Tom Hale endorsed Maria Okafor." in lines, lines
