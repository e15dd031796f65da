"""Organisations described, not named ("the company", "the New York-based company"):
the firm the article named before (builder.extract.quotes: mentions.py, salience.py).
Small invented articles."""
from __future__ import annotations

from builder.extract.quotes import extract_quotes


def speaker_of(paragraphs: list[str], start: str) -> str | None:
    quotes, _, _ = extract_quotes(paragraphs)
    hits = [q.speaker for q in quotes if q.text.startswith(start)]
    assert hits, [(q.text, q.speaker) for q in quotes]
    return hits[0]


def test_place_based_description_is_the_firm_named_before():
    paras = ["Lumenware Holdings Inc. posted a loss for the quarter.",
             "The Chicago-based company said it expects sales to fall by a third."]
    assert speaker_of(paras, "it expects sales") == "Lumenware Holdings Inc"
    paras[1] = "The New York-based company said it expects sales to fall by a third."
    assert speaker_of(paras, "it expects sales") == "Lumenware Holdings Inc"


def test_the_company_is_the_firm_named_by_its_legal_form():
    paras = ["Kellnor Foods Co. will open a plant in the north next year.",
             "The company said it was delaying construction because of market conditions."]
    assert speaker_of(paras, "it was delaying") == "Kellnor Foods Co"


def test_the_company_keeps_the_firm_talked_about_over_one_it_sells_to():
    paras = ["Brantwell Industries Inc. said it expects a charge for the quarter.",
             "The company said it agreed to sell a unit to Dorvan Tool Co., a small firm.",
             "Brantwell Industries earned $2 million a year ago.",
             "The company also said it continues to explore a sale of its smelter."]
    assert speaker_of(paras, "it continues to explore") == "Brantwell Industries Inc"


def _direct(paragraphs: list[str]) -> list[tuple[str, str | None]]:
    quotes, _, _ = extract_quotes(paragraphs)
    return [(q.text.rstrip("."), q.speaker) for q in quotes if q.kind == "direct"]


def test_a_judgement_after_called_and_its_object_is_the_speakers_words():
    # (in this file for its small helpers: a naming word as the object of "called")
    assert _direct(["Jo Roe called the plan “a disgrace.”"]) == [("a disgrace", "Jo Roe")]
    assert _direct(["Radio executive Jo Roe called the show “the best talk show of the "
                    "year.”"]) == [("the best talk show of the year", "Jo Roe")]
    # a name in Title Case stays the plan's name
    assert _direct(["Jo Roe called the plan “Fair Start.”"]) == []


def test_the_administration_far_back_is_the_only_one_named():
    paras = ["The Harlan administration said it would make more workers eligible for pay.",
             "Business groups said the rule would hurt small firms.",
             "Jo Roe, a lobbyist, said the rule was a mistake.",
             "Al Poe, a shop owner, said he would cut hours.",
             "Ana Reyes, a worker, said she welcomed it.",
             "Tom Okafor, an economist, said the effect would be small.",
             "The administration, for its part, expressed confidence it held the better hand."]
    assert speaker_of(paras, "confidence it held") == "Harlan administration"


def test_the_institute_far_back_is_the_only_one_named_in_passing():
    # named only in passing (no one's cue), six paragraphs up
    paras = ["The poll, released by the Westfield Policy Institute of Ohio, showed Jo Roe "
             "leading Al Poe, 46 percent to 44 percent.",
             "Jo Roe has led in the state for months.",
             "Al Poe said he would stay in the race.",
             "Ana Reyes said she would vote.",
             "Tom Okafor said he would not.",
             "Jo Roe said she was pleased.",
             "Among Democrats alone, Jo Roe leads Al Poe 49 percent to 41 percent, "
             "according to the institute."]
    assert speaker_of(paras, "Among Democrats alone") == "Westfield Policy Institute of Ohio"
