"""Speech nouns ("his claim that ...", "Doe's suggestion that ..."): the possessive is
the speaker and the "that" clause what they said; not without a possessive (a verb's:
"supporters claim that"), not a relative clause ("the claim that he made in May"), not
as the sentence's subject (its clause ends at the main verb). Invented sentences."""
from __future__ import annotations

import pytest

from builder.extract.quotes import extract_quotes


def reported(*paragraphs: str):
    quotes, _, _ = extract_quotes(list(paragraphs))
    return [(q.speaker, q.cue, q.text) for q in quotes if q.kind == "indirect"]


FOUND = [
    ("Voters dismissed Tom Okafor's claim that the levy would pay for itself.",
     ("Tom Okafor", "claim", "the levy would pay for itself")),
    ("Tom Okafor spoke in Salem. Voters laughed at his earlier assertion that the mill "
     "would reopen, which drew jeers.",
     ("Tom Okafor", "assertion", "the mill would reopen")),
    ("Jane Marsh rejected Okafor's suggestion that the judge was biased - a charge he "
     "later dropped.",
     ("Okafor", "suggestion", "the judge was biased")),
]


@pytest.mark.parametrize("text, want", FOUND)
def test_a_speech_noun_reports_its_possessors_words(text, want):
    assert want in reported(text)


NOT_NOUN_CUES = [
    "His claim that the levy would pay for itself was false.",
    "Tom Okafor repeated the claim that he made in May.",
]


@pytest.mark.parametrize("text", NOT_NOUN_CUES)
def test_no_speech_noun_cue_without_its_reading(text):
    assert not any(cue in ("claim",) for _, cue, _ in reported(text))


def test_the_verb_claim_is_still_a_verb():
    assert ("Tom Okafor", "claim", "the vote was rigged") not in reported(
        "Supporters of Tom Okafor claim that the vote was rigged.")
    assert any(text == "the vote was rigged" for _, _, text in reported(
        "Supporters of Tom Okafor claim that the vote was rigged."))


def test_a_statement_holding_a_speech_noun_is_not_a_relay():
    got = reported("Jane Marsh said Okafor's claim that the levy would pay for itself "
                   "is simply not true.")
    assert any(spk == "Jane Marsh" and cue == "said" for spk, cue, _ in got)


def test_a_speech_noun_opening_a_reported_clause_is_left_to_it():
    got = reported("Jane Marsh said Okafor's claim that the levy would pay for itself "
                   "is simply not true.")
    assert not any(cue == "claim" for _, cue, _ in got)


def test_a_speech_nouns_possessor_is_no_speaker_for_a_participle_after_it():
    got = reported("Jane Marsh blamed the press for an issue out of Tom Okafor's claim "
                   "that the mayor \"founded the gang,\" saying reporters were nitpicking.")
    assert ("Jane Marsh", "saying", "reporters were nitpicking") in got


def test_the_possessor_is_named_without_its_possessive():
    """ "the President's insistence that ...": the speaker is "the President" (resolved as
    any description is: here to nobody), never an organisation called "President's"."""
    got = reported("Critics questioned whether the President’s insistence that the deal would "
                   "have to wait its turn was right.")
    assert got and all("’s" not in (speaker or "") for speaker, _, _ in got), got
