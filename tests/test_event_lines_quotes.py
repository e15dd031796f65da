"""Quotations in event lines: a quotation that runs on past its sentence stays a quotation
with its words as said; a relative date written out never lands after a preposition of
its own. Invented sentences with the line each should give."""
from __future__ import annotations

import pytest

from builder.extract.events import extract_events


@pytest.mark.parametrize("paragraphs, expected", [
    # the quotation opens in the sentence and closes in the next one: closed at the sentence's end
    (['Ana Lima said on Tuesday that the city "is going to have to find a deal that I like. It will."'],
     'Ana Lima said that the city "is going to have to find a deal that I like."'),
    (["Ana Lima told the council on Tuesday, “We cannot wait for the money. Not again.”"],
     "Ana Lima told the council, “We cannot wait for the money.”"),
    # a date inside the quotation stays: the words are the speaker's
    (['Rui Costa told the board, "I feared at the meeting on July 25 how the vote would go. I still do."'],
     'Rui Costa told the board, "I feared at the meeting on July 25 how the vote would go."'),
])
def test_a_quotation_running_on_is_closed_at_the_sentence_end(paragraphs, expected):
    lines = [e.text for e in extract_events(paragraphs, "2021-11-20", ["Ana Lima", "Rui Costa"])]
    assert expected in lines, lines


@pytest.mark.parametrize("paragraphs, expected", [
    (["Talks between the two sides went on for days, with talks continuing into Tuesday night."],
     "Talks between the two sides went on for days, with talks continuing into 16 November 2021."),
    (["The deal could now be pushed into next year, traders say."], "The deal could now be pushed into 2022"),
])
def test_a_written_out_date_after_a_preposition_has_no_second_one(paragraphs, expected):
    lines = [e.text for e in extract_events(paragraphs, "2021-11-20")]
    assert any(x.startswith(expected) for x in lines), lines


def test_a_quotation_moved_after_its_speaker_is_never_cut_at_its_own_but():
    paragraph = ('"We talk about it all the time, but under this council, the waiting is over," Lima said '
                 "at a rally in Monroe, La., on Nov. 6, 2019.")
    e = extract_events([paragraph], "2019-11-20", ["Ana Lima"])[0]
    assert e.text == ("Ana Lima said at a rally in Monroe, La.: “We talk about it all the time, but under "
                      "this council, the waiting is over.”"), e.text


def test_a_long_line_is_never_cut_inside_a_quotation():
    paragraph = ("A group of 67 artists, writers, actors and scientists this week published an open letter and "
                 'called on people to "remember the long campaigns against other groups that ended with '
                 'millions dead and many more displaced across the whole region."')
    lines = [e.text for e in extract_events([paragraph], "2021-11-20")]
    assert all(x.count('"') % 2 == 0 and "remember" in x for x in lines), lines
    assert all('"remember the long campaigns' in x for x in lines), lines


def test_a_sentence_that_is_all_quotation_is_given_its_speaker():
    """ "“Freedom is on the ballot this November.”" after '..., said Ana Lima, ...': the
    line says who said it, as the quote stage found it."""
    from builder.extract.article import extract_text
    text = ("Ruling sets the stakes for the race\n\nThe court struck down the law on Monday.\n\n"
            '"This decision shows what we have said all along," said Ana Lima, president of a '
            'rights group. "Reproductive freedom very much is on the ballot this November."\n')
    article = extract_text(text, "a.txt", "2016-06-28").article
    lines = {e.date: e.text for e in article.events}
    assert lines["2016-11"] == "Ana Lima said: “Reproductive freedom very much is on the ballot this November.”"


def test_a_long_cue_keeps_the_words_after_it_whole():
    """ "told X ... on 28 July" moved before the quotation keeps "28" whole (the cue's
    pattern may end inside a word: nothing is inserted there)."""
    from builder.extract.clauses import quote_first
    line = ("“We will want a leader who carries the platform the party adopted,” Jo Roe told "
            "The Orbis Post in an interview on 28 July 2016 at the convention.")
    assert quote_first(line) == ("Jo Roe told The Orbis Post in an interview on 28 July 2016 at the "
                                 "convention: “We will want a leader who carries the platform the party adopted.”")
