"""Where reported speech ends: the writer's own additions after a comma (a relative
clause about a person or a place, a contrast with its own subject) are not what was
said; a relative clause inside the statement, a "but that ..." and a quotation are.
Invented sentences, their expected entries beside them."""
from __future__ import annotations

import pytest

from builder.extract.quotes import extract_quotes


def reported(*paragraphs: str):
    quotes, _, _ = extract_quotes(list(paragraphs))
    return [(q.speaker, q.cue, q.text) for q in quotes if q.kind == "indirect"]


CUT = [
    ("Jane Marsh said the levy would help Tom Okafor, who faces a primary in May.",
     ("Jane Marsh", "said", "the levy would help Tom Okafor")),
    ("Jane Marsh said the visit was worth it, despite the rain in Salem, where she "
     "trails in every poll.",
     ("Jane Marsh", "said", "the visit was worth it, despite the rain in Salem")),
    ("Jane Marsh said the board would back the levy, whereas the mayor holds a veto.",
     ("Jane Marsh", "said", "the board would back the levy")),
    # a comparison of the writer's, to the end of the content
    ("In the survey, 52 percent said Jane Marsh would do better, compared with 41 percent "
     "for Tom Okafor.",
     (None, "said", "Jane Marsh would do better")),
    ("The company reported a profit of $2 a share, well above the $1 analysts expected.",
     (None, "reported", "a profit of $2 a share")),
]

KEPT = [
    # a relative clause closed before the main verb ("..., still faces ...")
    ("Jane Marsh said the mayor, who has raised more than anyone, still faces a hard race.",
     ("Jane Marsh", "said", "the mayor, who has raised more than anyone, still faces a hard race")),
    # "but that ...", "but" with no subject: the statement goes on
    ("Jane Marsh said the board would back the levy, but that the mayor might veto it.",
     ("Jane Marsh", "said",
      "the board would back the levy, but that the mayor might veto it")),
    ("Jane Marsh said she backed the levy, but hasn't decided how to vote.",
     ("Jane Marsh", "said", "she backed the levy, but hasn't decided how to vote")),
    # a comparison followed by more of the statement ("..., because ...") stays
    ("Jane Marsh said the mill earned less, well below forecasts, because of the strike.",
     ("Jane Marsh", "said", "the mill earned less, well below forecasts, because of the strike")),
    # "which" clauses are as often part of what was said
    ("Jane Marsh said the bank bought bonds, which kept rates low.",
     ("Jane Marsh", "said", "the bank bought bonds, which kept rates low")),
]


@pytest.mark.parametrize("sentence, want", CUT + KEPT)
def test_reported_speech_ends_where_the_writer_adds_to_it(sentence, want):
    assert want in reported(sentence)


def direct(*paragraphs: str):
    quotes, _, _ = extract_quotes(list(paragraphs))
    return [(q.kind, q.speaker, q.text) for q in quotes]


OPENED = [
    # a phrase opening the sentence before a quotation: the quotation is what was said
    ("As for the mayor's plans, \"I kind of write them off,\" said Tom Okafor.",
     ("direct", "Tom Okafor", "I kind of write them off")),
    ("Because of the vote, \"she does need him,\" Ana Reyes said.",
     ("direct", "Ana Reyes", "she does need him")),
    # a participle's phrase before the clause is the writer's setting
    ("Emerging from two hours with the mayor, the chief \"looked ashen,\" Tom Okafor said.",
     ("indirect", "Tom Okafor", "the chief \"looked ashen,\"")),
    # a subordinate clause or a phrase before a plain clause stays (as often said)
    ("After the vote, the levy will fail, Tom Okafor said.",
     ("indirect", "Tom Okafor", "After the vote, the levy will fail")),
]


@pytest.mark.parametrize("sentence, want", OPENED)
def test_an_opening_phrase_is_left_out_before_a_quotation_or_after_a_participle(sentence, want):
    assert want in direct(sentence)


CLAUSES = [
    # a short clause with no "that" after "said": a verb in -s before an adverb or a
    # preposition, not more of a noun phrase
    ("Tom Okafor said the current system works well.",
     ("Tom Okafor", "said", "the current system works well")),
    ("Jane Marsh said rural bus service depends on the levy.",
     ("Jane Marsh", "said", "rural bus service depends on the levy")),
    # a report verb's clause past a relative clause between commas
    ("Tom Okafor argued the bridge, which voters approved in May, would cost too much.",
     ("Tom Okafor", "argued", "the bridge, which voters approved in May, would cost too much")),
    # a plain verb form after a plural subject
    ("The Daily Planet suggested the recent floods highlight the cost of delay.",
     ("Daily Planet", "suggested", "the recent floods highlight the cost of delay")),
    # "said X must ...": X's obligation, the speaker's statement (no relay)
    ("Jane Marsh said the council must rebut the mayor's claims.",
     ("Jane Marsh", "said", "the council must rebut the mayor's claims")),
    # a question put to a listener named after an aside, or with a longer listener
    ("Jane Roe, an editor at the Daily Planet, asked Okafor if the council would meet again.",
     ("Jane Roe", "asked", "if the council would meet again")),
    ("Tom Okafor asked the U.S. attorney in D.C. whether Marsh had broken the law.",
     ("Tom Okafor", "asked", "whether Marsh had broken the law")),
]


@pytest.mark.parametrize("sentence, want", CLAUSES)
def test_reported_clauses_read_without_that(sentence, want):
    assert want in reported(sentence)


def test_a_plural_noun_after_said_is_no_verb():
    # "30 minutes into": a span of time, not a subject and its verb
    assert reported("Tom Okafor said 30 minutes into the debate.") == []


def test_an_infinitive_before_a_quotation_is_its_subject():
    got = direct("To switch to another supplier, \"would not be an option,\" Tom Okafor said.")
    assert ("indirect", "Tom Okafor",
            "To switch to another supplier, \"would not be an option,\"") in got


RELATIVE = [
    ("The paper withheld details that officials said would compromise the inquiry.",
     ("said", "would compromise the inquiry")),
    ("Doe mocked the story, an event that Tom Okafor says led him to faith.",
     ("says", "led him to faith")),
    ("The council proposed a Sunday, which the mayor had said was unacceptable.",
     ("said", "was unacceptable")),
]


@pytest.mark.parametrize("sentence, want", RELATIVE)
def test_what_someone_said_of_a_relative_clauses_noun(sentence, want):
    assert want in [(cue, text) for _, cue, text in reported(sentence)]


def test_a_relative_clause_about_the_speaker_is_no_such_statement():
    assert reported("Tom Okafor, who said the plan failed, resigned.") == [
        ("Tom Okafor", "said", "the plan failed")]


TITLES = [
    # the title of the work or show a cue's adjunct names is not what was said: the
    # speech stands before the cue
    ("The flood ended plans to rebuild the mill, Tom Okafor said in his 2012 book, "
     "\"A River Town.\"",
     ("Tom Okafor", "said", "The flood ended plans to rebuild the mill")),
    ("The levy was a mistake, Jane Marsh said Wednesday on WXYZ's \"Morning Desk.\"",
     ("Jane Marsh", "said", "The levy was a mistake")),
]


@pytest.mark.parametrize("sentence, want", TITLES)
def test_a_titled_work_after_the_cue_leaves_the_speech_before_it(sentence, want):
    assert want in reported(sentence)


def test_a_verb_taking_a_noun_leaves_the_main_clause_alone():
    got = reported("Some records that Tom Okafor questioned are already stored in a vault.")
    assert not any(text.startswith("are already stored") for _, _, text in got)


def test_a_clause_of_the_occasion_after_the_listener_leaves_the_speech_before_the_cue():
    got = reported("This is not about me, Tom Okafor told his closest aides as he "
                   "worked over one of the last speeches of his term.")
    assert got == [("Tom Okafor", "told", "This is not about me")]


LISTENER = [
    ("Jane Marsh complained to the county board that the levy had doubled.",
     ("Jane Marsh", "complained", "the levy had doubled")),
    ("The Farmers League wrote to Okafor's office that it had not approved the flyer.",
     (None, "wrote", "it had not approved the flyer")),
    ("Tom Okafor admitted to investigators that he had signed the memo.",
     ("Tom Okafor", "admitted", "he had signed the memo")),
]


@pytest.mark.parametrize("sentence, want", LISTENER)
def test_the_statement_after_to_and_a_listener(sentence, want):
    got = reported(sentence)
    assert any(cue == want[1] and text == want[2] for _, cue, text in got), got
    if want[0] is not None:
        assert want in got


def test_to_before_a_verb_or_inside_another_statement_is_no_listener():
    assert reported("Jane Marsh had every reason to know that the levy would fail.") == []
    got = reported("Auditors alleged that Okafor and Reyes both admitted to aides that "
                   "they had skipped the checks.")
    assert not any(cue == "admitted" for _, cue, _ in got)
