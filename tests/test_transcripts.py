"""Turns of an interview transcript printed in an article are quotes of the people the
labels name (builder/extract/quotes/transcripts.py). Invented texts."""
from __future__ import annotations

from builder.extract.article import extract_text

INTERVIEW = """Governor defends her record on television

Governor Ana Lima (R-OK) spoke to the network on Sunday about the budget.

JANE ROE: The budget was cut again this week. Why?

LIMA: We had no choice. The revenue fell by a third.

ROE: Do you regret it?

LIMA: No. I would do it again.
"""


def quotes_of(text: str):
    article = extract_text(text, "a.txt", "2016-07-10").article
    return article.quotes, {s.name for s in article.speakers}


def test_each_turn_is_a_quote_of_the_person_its_label_names():
    quotes, speakers = quotes_of(INTERVIEW)
    turns = [(q.speaker, q.text[:20]) for q in quotes if q.cue == ":"]
    assert turns == [("Jane Roe", "The budget was cut a"), ("Ana Lima", "We had no choice. Th"),
                     ("Jane Roe", "Do you regret it?"), ("Ana Lima", "No. I would do it ag")]
    assert {"Ana Lima", "Jane Roe"} <= speakers


def test_a_lone_label_or_one_that_names_nobody_is_no_turn():
    lone = ("Council approves the budget\n\nUPDATE: The council approved the budget on Monday, "
            "officials said.\n\nThe vote was 5-2.\n")
    assert [q for q in quotes_of(lone)[0] if q.cue == ":"] == []
    nobody = ("Poll shows a tight race\n\nPOLLSTER: The race is tied in the state.\n\n"
              "ANALYSIS: Turnout will decide it.\n")
    assert [q for q in quotes_of(nobody)[0] if q.cue == ":"] == []


def test_a_letter_to_an_advice_column_is_no_turn():
    text = ("Readers ask about family trips\n\nDEAR ABBY: My husband bought tickets to India "
            "without asking me. What should I do?\n\nDEAR WORRIED: Talk to him before the trip.\n\n"
            "DEAR ABBY: My sister is ill. How do I help?\n")
    assert [q for q in quotes_of(text)[0] if q.cue == ":"] == []


def test_a_label_with_a_title_names_the_person_after_it():
    text = ("Senator takes questions on the bridge\n\nSenator Jane Roe spoke with the radio "
            "host Oleg Petrov on Sunday about the bridge plan.\n\n"
            "MR. PETROV: Senator, will the bridge be finished by spring?\n\n"
            "SEN. JANE ROE: I think it will be, if the county pays its share.\n\n"
            "MR. PETROV: And if it does not?\n\n"
            "MS. ROE: Then we will find the money somewhere else.\n")
    turns = [(q.speaker, q.text[:12]) for q in quotes_of(text)[0] if q.cue == ":"]
    assert turns == [("Oleg Petrov", "Senator, wil"), ("Jane Roe", "I think it w"),
                     ("Oleg Petrov", "And if it do"), ("Jane Roe", "Then we will")]
