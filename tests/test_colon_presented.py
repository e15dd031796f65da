""""Here's Jane Doe in 1992: “...”": the person a sentence opening with "here" presents
says the quotation after the colon (issue 13, colon._presented). Invented sentences."""
from __future__ import annotations

import pytest

from builder.extract.quotes import extract_quotes


def _speaker(paragraphs: list[str]) -> str | None:
    quotes, _, _ = extract_quotes(paragraphs)
    return [q.speaker for q in quotes if q.kind == "direct"][0]


@pytest.mark.parametrize("sentence", [
    "Here’s Roe in December 1992: “Our new direction must rest on the new realities.”",
    "Here is Jane Roe on the plan: “Our new direction must rest on the new realities.”",
    "Here's Roe: “Our new direction must rest on the new realities of the town.”",
])
def test_the_person_presented_says_the_quotation(sentence):
    assert _speaker(["Jane Roe spoke at the hall on Monday.", sentence]) == "Jane Roe"


@pytest.mark.parametrize("sentence", [
    "Here is the Daily Courier: “Our new direction must rest on the new realities.”",
    "Here is Paris, a city of lights: “Our new direction must rest on the new realities.”",
])
def test_no_person_presented_no_speaker(sentence):
    assert _speaker(["Jane Roe spoke at the hall on Monday.", sentence]) != "Jane Roe"
