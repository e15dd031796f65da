"""Who a speaker is when the text first names them in an unusual place (issue 13): a
sentence opened by a time phrase without a comma, a person named in a possessive before
an outlet word. Invented paragraphs."""
from __future__ import annotations

from builder.extract.quotes import extract_quotes
from tests.test_direct_speakers import _quote


def test_a_time_phrase_without_comma_still_opens_the_main_subject():
    # "On Thursday evening Jane Roe delivered ...": Roe is the topic the description goes
    # on with, not the rival named in her sentence's aside
    paragraphs = ['On Thursday evening Jane Roe delivered her acceptance speech, painting '
                  'her rival, John Doe, as a man too unqualified for the job.',
                  '“A man you can bait with a tweet is not a man we can trust,” said the '
                  'Democratic nominee.']
    assert _quote(paragraphs, "A man you can bait").speaker == "Jane Roe"


def test_a_possessive_name_before_an_outlet_word_is_a_person():
    # "Hugh Tanner's radio show": Tanner owns the show; "Tanner" later is Hugh Tanner
    paragraphs = ['Mark Dole repeated the claim on Hugh Tanner’s radio show Thursday. After '
                  'Tanner suggested that Dole simply meant the policies had failed, Dole '
                  'disagreed.']
    quotes, _, _ = extract_quotes(paragraphs)
    hits = [q for q in quotes if q.text.startswith("Dole simply meant")]
    assert hits and hits[0].speaker == "Hugh Tanner"


def test_a_title_in_an_aside_closes_it_before_the_verb():
    # the comma inside the quoted title ends the aside; "and author of" joins two roles
    paragraphs = ["As Jane Roe, professor of law at Ames and author of ''The Unwritten "
                  "Rules,'' put it, ''Senators should remember that a compromise today may "
                  "be far better.''"]
    assert _quote(paragraphs, "Senators should").speaker == "Jane Roe"


def test_has_written_after_a_quotation_is_a_cue():
    paragraphs = ['"If the state imposes a levy, the duty is paid at the border," Jane Roe, a '
                  'senior fellow at the Acme Center, has written. "The exporter pays nothing."']
    assert _quote(paragraphs, "If the state").speaker == "Jane Roe"
    assert _quote(paragraphs, "The exporter").speaker == "Jane Roe"


def test_has_written_off_is_no_cue():
    quotes, _, _ = extract_quotes(['Like Doe, the committee has written off efforts by '
                                   'rebel delegates.'])
    assert not quotes


def test_two_single_marks_spaced_on_both_sides_close_an_open_quotation():
    # wire copy: ``...'' with a space before the closing marks
    from builder.extract.quotes.marks import find_quotes
    text = ("``I have not seen a pattern yet, '' said Patricia Roe, the county prosecutor. "
            "``The risk is real,'' she said.")
    spans = [text[s.start:s.end] for s in find_quotes(text)]
    assert spans == ["I have not seen a pattern yet", "The risk is real"]
    assert _quote([text], "I have not seen").speaker == "Patricia Roe"


def test_the_email_of_someone_who_emailed_is_theirs():
    paragraphs = ['Jane Roe, vice chairwoman for the campaign, emailed supporters on Monday '
                  'evening, telling them, “I am proud.”',
                  'The email goes on to say: “Doe wants to write his views into our law books.”']
    assert _quote(paragraphs, "Doe wants").speaker == "Jane Roe"


def test_a_document_sent_from_someone_is_theirs():
    paragraphs = ['An email was sent from the club’s executive director, Tom Vance, to the '
                  'members. The email said, “Effective immediately, we are going to wind down.”']
    assert _quote(paragraphs, "Effective immediately").speaker == "Tom Vance"
    # not past another preposition: the campaign's email to Jane Roe is not hers
    quotes, _, _ = extract_quotes(['An email from the campaign to Jane Roe went out. The '
                                   'email said, “We are going to wind down.”'])
    assert [q.speaker for q in quotes if q.text.startswith("We are")] == [None]


def test_a_name_before_its_appositive_and_a_relative_clause_is_the_subject():
    for text, start in (
            ("Jane Roe, a former executive director of the state party, whose roots are in "
             "the community, said the base was angry.", "the base was angry"),
            ("Tom Vance, an official at the Housing Authority in Arizona, which has a backlog "
             "of more than 500 homes, said the rule would force him to scale back.",
             "the rule would")):
        quotes, _, _ = extract_quotes([text])
        hits = [q for q in quotes if q.text.startswith(start)]
        assert hits and hits[0].speaker == text.split(",")[0]
    # a description opening the sentence stays the subject
    quotes, _, _ = extract_quotes(['Jane Roe spoke in Ames. The senator, who spoke at a '
                                   'rally, warned that the plan would hurt farmers.'])
    assert [q.speaker for q in quotes if q.text.startswith("the plan")] == ["Jane Roe"]


def test_a_name_inside_an_aside_is_no_subject():
    for text, start, speaker in (
            ("Geoff Vance, a pollster who is working with Acme Action, a super PAC, said the "
             "primaries helped.", "the primaries", "Geoff Vance"),
            ("Michael Seaman, who lives in an area outside of the state capital, Ames, said "
             "he still hopes.", "he still hopes", "Michael Seaman"),
            ("The minister, Jane Roe, said the plan was good.", "the plan", "Jane Roe")):
        quotes, _, _ = extract_quotes([text])
        assert [q.speaker for q in quotes if q.text.startswith(start)] == [speaker]


def test_a_participle_opening_the_sentence_is_no_name():
    for text, start in (
            ("Facing mounting criticism from both parties, Mr. Doe released a statement on "
             "Saturday, describing the family as heroes.", "the family"),
            ("Recognizing this, Mr. Doe joined Democrats in writing that the bill was flawed.",
             "the bill")):
        quotes, _, _ = extract_quotes([text])
        assert [q.speaker for q in quotes if q.text.startswith(start)] == ["Doe"]


def test_a_party_tag_in_parentheses_before_the_comma_and_verb():
    paragraph = ('Tuesday in Ames, after winning the state, Gov. Jo Roe (R-Iowa), said, “I am '
                 'getting ready to rent a covered wagon.”')
    assert _quote([paragraph], "I am getting").speaker == "Jo Roe"


def test_ever_opening_a_sentence_is_no_name():
    paragraph = ('Ever since she endorsed Mrs. Roe this month, Ms. Doe has been a powerful '
                 'surrogate, attacking Mr. Poe and visiting the campaign\'s headquarters to '
                 'encourage young staffers '
                 'with a simple message: "Don\'t give up now!"')
    assert _quote([paragraph], "Don't give up").speaker == "Doe"


def test_a_counted_time_phrase_opening_the_sentence_is_not_the_speaker():
    # "A fortnight ago", "Several weeks later", "Days later": a count, a unit and a
    # direction before the subject, no comma; the speaker is what follows
    cases = [
        (["The Ministry of Trade set the tariffs.",
          "Several weeks later the ministry said it would review them."],
         "it would review them", ("Ministry of Trade", "the ministry")),
        (["Jo Roe runs the board.", "A fortnight ago Roe said she would resign."],
         "she would resign", ("Jo Roe", "Roe")),
        (["Jo Roe runs the board.", "Days later Roe said she would stay."],
         "she would stay", ("Jo Roe", "Roe")),
    ]
    for paragraphs, start, expected in cases:
        quotes, _, _ = extract_quotes(paragraphs)
        hits = [q for q in quotes if q.text.startswith(start)]
        assert hits and (hits[0].speaker, hits[0].speaker_as_written) == expected, paragraphs
