"""A signature in a paragraph of its own ("- Jane Roe.") names who spoke the paragraph of
quotations above it (issue 13; builder/extract/quotes/signatures.py). Invented text."""
from __future__ import annotations

from builder.extract.quotes import extract_quotes


def _speakers(paragraphs: list[str]) -> dict[str, str | None]:
    quotes, _, _ = extract_quotes(paragraphs)
    return {q.text[:12]: q.speaker for q in quotes if q.kind == "direct"}


def test_a_signature_line_names_the_quotation_above():
    got = _speakers(["Oleg Petrov and Anna Reyes met in a debate on Tuesday.",
                     "“We will finish the bridge by spring, and the city will pay.”",
                     "- Anna Reyes.",
                     "“The bridge is a waste of money that the town does not have.”",
                     "-Oleg Petrov, speaking after the debate."])
    assert got == {"We will fini": "Anna Reyes", "The bridge i": "Oleg Petrov"}


def test_a_family_name_alone_signs_for_the_person_named_before():
    got = _speakers(["Oleg Petrov and Anna Reyes met in a debate on Tuesday.",
                     "“We will finish the bridge by spring, and the city will pay.”",
                     "- Reyes."])
    assert got == {"We will fini": "Anna Reyes"}


def test_a_heading_between_dashes_signs_nothing():
    got = _speakers(["Oleg Petrov spoke to the crowd on Tuesday.",
                     "“We will finish the bridge by spring,” he said.",
                     "“It will be the best bridge in the state and it will be paid for.”",
                     "– Old Hands –."])
    assert got["It will be t"] == "Oleg Petrov"


def test_a_dash_line_after_prose_signs_nothing():
    got = _speakers(["Oleg Petrov spoke to the crowd on Tuesday. “We will finish the "
                     "bridge by spring,” he said.",
                     "- Anna Reyes."])
    assert got == {"We will fini": "Oleg Petrov"}
