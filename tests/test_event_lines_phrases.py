"""What dropping a happening's date phrase leaves of the line (``event_phrases``):
invented sentences with the line each should give."""
from __future__ import annotations

import pytest

from builder.extract.event_phrases import drop_phrase


@pytest.mark.parametrize("line, phrase, expected", [
    # an appositive that only said when the happening was announced goes with the date
    ("Orbis acquired a 51% stake in the label, a deal announced at the beginning of the week.",
     "at the beginning of the week", "Orbis acquired a 51% stake in the label."),
    ("Orbis acquired a stake, a deal first announced on Monday.", "on Monday", "Orbis acquired a stake."),
    # ... but an appositive inside the sentence stays (its clause goes on)
    ("The deal, a merger announced on Monday, closed.", "on Monday", "The deal, a merger, closed."),
])
def test_dropping_the_date_of_an_appositive(line, phrase, expected):
    assert drop_phrase(line, phrase, line.find(phrase))[0] == expected


def test_a_quarter_or_a_half_stays_in_the_line():
    """The chronology heads such an entry with its year only: the period stays in the line
    (the figures are the quarter's, not the year's), written out with its year; a day's
    phrase still goes."""
    from builder.extract.events import extract_events
    lines = [e.text for e in extract_events(
        ["Orbis reported a loss of $4 million in the third quarter.",
         "On Monday, Orbis said it would cut 40 jobs."], "2021-11-20")]
    assert lines == ["Orbis reported a loss of $4 million in the third quarter of 2021.",
                     "Orbis said it would cut 40 jobs."], lines


@pytest.mark.parametrize("sentence, expected", [
    # a relative phrase that stays (a quarter's figures, a background line) is written out
    ("Dunmore Corp. said its sales rose 4% last quarter.",
     "Dunmore Corp. said its sales rose 4% in the third quarter of 2021."),
    ("Orbis had a charge of $3 million in the latest quarter covering job cuts.",
     "Orbis had a charge of $3 million in the third quarter of 2021 covering job cuts."),
    ("So far this year, 14 towns passed new parking rules, the league said.",
     "So far in 2021, 14 towns passed new parking rules."),
    # ... but not where the date written out would change it: an adjective, a part of the
    # period, one side of a comparison, "as of"
    ("Orbis reported lower third-quarter earnings.", "Orbis reported lower third-quarter earnings."),
    ("Since earlier this year, Orbis has cut 40 jobs.", "Since earlier this year, Orbis has cut 40 jobs."),
    ("Orbis expects twice as high a dividend this year as last.",
     "Orbis expects twice as high a dividend this year as last."),
    ("The following are the latest figures as of Monday for the injured.",
     "The following are the latest figures as of Monday for the injured."),
])
def test_a_relative_phrase_that_stays_is_written_out(sentence, expected):
    from builder.extract.events import extract_events
    lines = [e.text for e in extract_events([sentence], "2021-11-20")]
    assert lines == [expected], lines


@pytest.mark.parametrize("line, phrase, expected", [
    # a comma left before a colon or a full stop goes; an abbreviation keeps its one stop
    ("Lima said at a rally in Monroe, La., on Nov. 6: it was over.", "on Nov. 6",
     "Lima said at a rally in Monroe, La.: it was over."),
    ("Glass threw for three touchdowns and Orbis rolled past Dunmore, 45-17, on Tuesday night.",
     "on Tuesday night", "Glass threw for three touchdowns and Orbis rolled past Dunmore, 45-17."),
    # "back in 2015" loses its "back"; "shot in the back" keeps it
    ("Ruiz was shot in the back on Friday night as he left the bar.", "on Friday night",
     "Ruiz was shot in the back as he left the bar."),
    # a full date between a determiner and its noun takes its closing comma along
    ("The March 4, 1997, floods closed the valley road.", "March 4, 1997",
     "The floods closed the valley road."),
])
def test_no_stray_comma_where_the_date_was(line, phrase, expected):
    assert drop_phrase(line, phrase, line.find(phrase))[0] == expected


@pytest.mark.parametrize("line, phrase, expected", [
    # an -ed word right after a bare subject opening the sentence is its verb: it stays
    ("Talks collapsed on 3 March, two days after the envoy arrived.", "on 3 March",
     "Talks collapsed, two days after the envoy arrived."),
    ("The Orbis campaign responded on Friday, saying the claim was false.", "on Friday",
     "The Orbis campaign responded, saying the claim was false."),
    # ... but a participle that only carried the date still goes with it
    ("After his checkup conducted on Monday, Okafor said he was fit.", "on Monday",
     "After his checkup, Okafor said he was fit."),
    ("The files released on Thursday, which span a decade, show little.", "on Thursday",
     "The files, which span a decade, show little."),
    ("A poll released on Monday showed Roe ahead.", "on Monday", "A poll showed Roe ahead."),
])
def test_a_verb_after_its_subject_is_not_taken_for_a_participle(line, phrase, expected):
    assert drop_phrase(line, phrase, line.find(phrase))[0] == expected


# ---- what an editor objects to in a line, and what the line builder drops ---------------

from builder.extract.event_checks import line_problems  # noqa: E402
from builder.extract.events import extract_events  # noqa: E402


@pytest.mark.parametrize("line", [
    "Jo Roe told Example Radio.",                                   # told whom, not what
    "Jo Roe asked reporters rhetorically during a news conference.",
    "A spokesman said in a statement.",
    "The harbour and rail attacks, which occurred.",                # a noun phrase and its relative clause
    "Jo Roe said the annual talks, which started in a smaller form.",
    "In a letter to party colleagues released on 23 May 2016.",     # a phrase and a participle
    "The audit showed that during the first two years of her term.",
])
def test_lines_with_no_main_clause_or_nothing_said_are_objected_to(line):
    assert line_problems(line), line


@pytest.mark.parametrize("line", [
    "Jo Roe wrote a letter to Congress.",
    "Jo Roe told reporters she would run.",
    "Jo Roe asked the court to delay the trial.",
    "Rui Costa met Ana Lima, who arrived from Lisbon.",
    "The talks, which began in 2009, ended.",
    "During the talks both sides agreed to a truce.",
    "In a speech Jo Roe attacked the plan.",
])
def test_whole_lines_pass(line):
    assert line_problems(line) == [], line


@pytest.mark.parametrize("sentence, line", [
    # a weekday after a capitalised word is the date phrase, unless the word names the day
    ("Rep. Rui Costa addressed the controversy when introducing Ana Lima Thursday.",
     "Rep. Rui Costa addressed the controversy when introducing Ana Lima."),
    ("Voters went to the polls on Super Tuesday.", "Voters went to the polls on Super Tuesday."),
    # a connective ties the line to a sentence the chronology does not show
    ("The senator, however, voted against the bill on Tuesday.", "The senator voted against the bill."),
    ("After that, the senator voted against the bill on Tuesday.", "The senator voted against the bill."),
    ("In a poll on Tuesday, however, 73 percent of voters backed the plan.",
     "In a poll, 73 percent of voters backed the plan."),
])
def test_the_line_drops_its_date_and_connectives(sentence, line):
    assert [e.text for e in extract_events([sentence], "2016-06-03")] == [line]


def test_so_far_keeps_its_so():
    [e] = extract_events(["So far this year, 14 states passed at least 30 laws on abortion."], "2016-06-28")
    assert e.text.startswith("So far in 2016,"), e.text      # "so" stays; the year written out


def test_a_transcript_speaker_label_is_not_part_of_the_line():
    [e] = extract_events(["JANE ROE: Rui Costa released a video on Friday about the plan."], "2016-07-10")
    assert e.text == "Rui Costa released a video about the plan."



@pytest.mark.parametrize("sentence, line", [
    # a finite passive is no reduced relative; an appositive participle ends at its comma
    ("The summit will be held on Aug. 6 in Paris.", "The summit will be held in Paris."),
    ("The council, set up in 2005 for annual meetings, met again.", "The council was set up for annual meetings."),
])
def test_participle_lines(sentence, line):
    assert line in [e.text for e in extract_events([sentence], "2021-06-30")]


@pytest.mark.parametrize("line", [
    "Ana Lima and Rui Costa are the 455th and 456th people placed on the list, which began.",
    "The figures extended a surge in hiring that began, just when the market cooled.",
    "Two agents charged in the Dec. 21.",
])
def test_a_clause_emptied_of_its_date_is_objected_to(line):
    assert "a clause emptied of its date" in line_problems(line)


def test_roe_thanked_doe_who_resigned_is_a_whole_line():
    assert line_problems("Jo Roe thanked Ana Lima, who resigned.") == []


@pytest.mark.parametrize("sentence, line", [
    # 1990s wire copy: an underscore dateline and dash, ``typewriter'' quotes
    ("WASHINGTON _ The economy created jobs at a robust pace, the government reported on Friday.",
     "The economy created jobs at a robust pace."),
    ("Protesters marched on Friday, chanting ``Cuba libre'' and ``long live the republic.''",
     "Protesters marched, chanting “Cuba libre” and “long live the republic.”"),
    # a person's own past verb before the date is no participle to make passive
    ("The two were removed from the list after leader Jo Roe agreed in 1999 to hand them over.",
     "The two were removed from the list after leader Jo Roe agreed to hand them over."),
])
def test_wire_copy_lines(sentence, line):
    assert line in [e.text for e in extract_events([sentence], "1999-06-07")]


@pytest.mark.parametrize("line, phrase, expected", [
    # a date between the subject and its verb takes both its commas with it
    ("Senator Ana Lima, on Monday, said the bill would pass.", "on Monday",
     "Senator Ana Lima said the bill would pass."),
    ("First up, in fall 2020, is the novel that made her name.", "in fall 2020",
     "First up is the novel that made her name."),
    # ... but an appositive's commas stay, and so does an opening phrase's
    ("Lima, the mayor, on Monday, said the bill would pass.", "on Monday",
     "Lima, the mayor, said the bill would pass."),
    ("In Orbis, on Monday, lawmakers met.", "on Monday", "In Orbis, lawmakers met."),
    # a possessive date after "ahead of" keeps both prepositions
    ("Lima barnstorms the state ahead of Tuesday's primary.", "ahead of Tuesday's",
     "Lima barnstorms the state ahead of the primary."),
])
def test_dropping_a_date_keeps_the_sentence_whole(line, phrase, expected):
    assert drop_phrase(line, phrase, line.find(phrase))[0] == expected


@pytest.mark.parametrize("sentence, expected", [
    # the date is the verb's object or stands after an article: the line keeps it as said
    ("While fans spent the weekend watching the final season, Orbis cut its prices.",
     "fans spent the weekend watching"),
    ("Was it a mistake to open the fair on a Monday?", "open the fair on a Monday?"),
    # a date that only qualifies the noun after the article still goes
    ("Mary Lima fainted at a July 4 parade in Orbis.", "Mary Lima fainted at a parade in Orbis."),
])
def test_a_date_the_sentence_needs_stays(sentence, expected):
    from builder.extract.events import extract_events
    lines = [e.text for e in extract_events([sentence], "2019-11-19")]
    assert any(expected in line for line in lines), lines


def test_a_reported_clause_s_verb_is_not_made_passive():
    """ "figures showed the rate declined last month": "declined" is the reported clause's
    own verb, never "The rate was declined"."""
    from builder.extract.events import extract_events
    lines = [e.text for e in extract_events(
        ["The figures showed the jobless rate for adult men declined to 3.8 percent last month."],
        "1998-02-06")]
    assert lines and not any(" was declined" in line for line in lines), lines


def test_a_long_sentence_keeps_its_subject_not_a_bare_verb():
    """A sentence too long for a line loses the description between its subject and its
    verb, never the subject: "Said the deal ..." is a fragment an editor rejects."""
    from builder.extract.event_checks import line_problems
    from builder.extract.events import extract_events
    assert "a fragment with no subject" in line_problems("Said the revised deal would cut earnings.")
    sentence = ("Jo Q. Roe, president of the company's Orbis Networks unit in the north, said the revised "
                "agreement with Dunmore would dilute Orbis earnings by about 9% in 1990 and by "
                "significantly less thereafter.")
    lines = [e.text for e in extract_events([sentence], "1989-11-01")]
    assert lines and all(line.startswith("Jo Q. Roe said the revised agreement") for line in lines), lines
    # a description that holds the date stays
    lines = [e.text for e in extract_events(["Jo Roe, president of the unit since 2012, said sales fell."],
                                             "2016-01-05")]
    assert lines == ["Jo Roe, president of the unit since 2012, said sales fell."], lines


@pytest.mark.parametrize("sentence, expected", [
    # the description may hold commas, numbers and no verb; "speaking ..." is no finite verb
    ("Jo Roe, 35, the daughter of the former governor of the state and a senator of the party, said on "
     "Twitter on Monday, in reference to her first child, that she would run for the seat again.",
     "Jo Roe said on Twitter"),
    ("An Orbis official, speaking on the condition of anonymity to discuss the minister's schedule, "
     "said Wednesday that the minister would meet any candidate from any party who comes to the capital.",
     "An Orbis official said that the minister would meet"),
    # two subjects, each with a description: both stay
    ("Jo Roe, the former envoy to the region, and Al Poe, a former official of the council, testified "
     "side-by-side before the committee on Tuesday about the events at the center of the inquiry.",
     "Jo Roe, the former envoy to the region, and Al Poe"),
    # an opening adverbial is no subject: its comma-aside stays
    ("In January, a week after the 25th anniversary of the court's decision on the matter, a bombing in "
     "Dunmore killed a guard and wounded a nurse, and the police charged a fugitive in the attack.",
     "A week after the 25th anniversary"),
])
def test_a_long_sentence_loses_the_description_not_the_subject(sentence, expected):
    from builder.extract.events import extract_events
    lines = [e.text for e in extract_events([sentence], "2016-01-06")]
    assert lines and lines[0].startswith(expected), lines


def test_a_line_opening_with_an_auxiliary_is_a_fragment_unless_a_question():
    from builder.extract.event_checks import line_problems
    assert "a fragment with no subject" in line_problems("Was investigated by a panel for its role in the grants.")
    assert "a fragment with no subject" not in line_problems("Was it a mistake to open the fair on a Monday?")
    assert "a fragment with no subject" not in line_problems("Had he known, he would have stayed home.")


@pytest.mark.parametrize("paragraph, date, expected", [
    # another mention's relative day left in the line is written out as its date
    ("Ana Lima changed her schedule to be in Marlow on Thursday rather than in Dover, which also holds "
     "its primary Tuesday.", "2016-06-02",
     "Ana Lima changed her schedule to be in Marlow rather than in Dover, which holds its primary on 7 June 2016."),
])
def test_another_mentions_relative_phrase_is_written_out(paragraph, date, expected):
    from builder.extract.events import extract_events
    lines = {e.date: e.text for e in extract_events([paragraph], "2016-06-03", [])}
    assert lines.get(date) == expected, lines


def test_phrases_standing_together_or_quoted_stay_as_written():
    from builder.extract.events import extract_events
    lines = [e.text for e in extract_events(
        ["The ruling is due by Friday but could come as soon as Tuesday or Wednesday.",
         "“We will be back tomorrow,” Ana Lima said on Monday."], "2016-06-03", [])]
    assert not any("June 2016 or" in x or "or 8 June" in x for x in lines), lines
    assert not any("back on" in x for x in lines), lines


@pytest.mark.parametrize("line, phrase, kept", [
    ("The board met at 2:30pm on a Monday.", "Monday", "on a Monday"),                 # "a Monday"
    ("The firm will end Saturday delivery of its papers.", "Saturday", "Saturday delivery"),  # a noun after
    ("The rebels took power more than four decades ago in a coup.", "four decades ago", "more than four"),
    ("The rebels took power more than four decades ago in a coup.", "more than four decades ago", "more than four"),
    ("The firm plans to ship a computer early next year.", "next year", "early next year"),
])
def test_a_phrase_that_cannot_become_a_plain_date_stays(line, phrase, kept):
    from builder.extract.event_phrases import others_written_out
    assert kept in others_written_out(line, [(phrase, "year", "1960", "")]), line


def test_a_date_in_a_compound_word_and_a_supposed_date_are_not_written_out():
    """ "his Tuesday-night victories": the date goes whole from its own entry's line and is
    not written out in another's; a date inside a condition ("if she wins on Saturday")
    dates nothing, so no other line gets it as a date."""
    lines = {e.expression: e.text for e in extract_events(
        ["A paper owned by Ana Lima also this week printed an interview with Rui Costa given after his "
         "Tuesday-night victories, in which he thanked voters.",
         "If Rui Costa follows up his wins in the north with a victory on Saturday, the race moves to the "
         "capital on April 5."], "2016-03-18", ["Ana Lima", "Rui Costa"])}
    assert "Tuesday-night" not in lines["Tuesday"] and "-night" not in lines["Tuesday"], lines
    assert "his victories" in lines["Tuesday"], lines
    assert "2016-night" not in lines["this week"] and "March 2016-" not in lines["this week"], lines
    assert "March 2016" not in lines["on April 5"], lines


@pytest.mark.parametrize("sentence, line", [
    # a written-out period stays a noun phrase where the sentence needs one
    ("Orbis said most of its orders arrive late in the year, with the current quarter having begun well.",
     "Orbis said most of its orders arrive late in the year, with the fourth quarter of 1989 having begun well."),
    # inside a longer noun phrase the period is not written out at all
    ("Orbis Inc. reported a loss for its fourth quarter ended Sept. 30.",
     "Orbis Inc. reported a loss for its fourth quarter ended Sept. 30."),
    ("Orbis Inc. said its loss for the seasonally slow third quarter narrowed.",
     "Orbis Inc. said its loss for the seasonally slow third quarter narrowed."),
])
def test_a_written_out_period_keeps_the_sentence_whole(sentence, line):
    lines = [e.text for e in extract_events([sentence], "1989-10-26")]
    assert line in lines, lines
    assert not any(" its in " in x or " with in " in x or "slow in " in x for x in lines), lines


@pytest.mark.parametrize("line, phrase, expected", [
    # a named day with a possessive inside goes whole: never "on the Eve"
    ("Orbis released the files on New Year's Eve.", "on New Year's Eve", "Orbis released the files."),
    ("The pact was signed on Valentine's Day in Lima.", "on Valentine's Day", "The pact was signed in Lima."),
    # a possessive date still owns the noun after it
    ("Roe spoke at Wednesday's hearing.", "Wednesday's", "Roe spoke at the hearing."),
])
def test_a_named_day_with_a_possessive_goes_whole(line, phrase, expected):
    assert drop_phrase(line, phrase, line.find(phrase))[0] == expected


@pytest.mark.parametrize("sentence, line", [
    # a subject opening the sentence and its own -ed verb: no passive made of it
    ("The summit opened on Wednesday 3 March 2021 in Geneva.", "The summit opened in Geneva."),
    # a participle after the opening noun phrase, the sentence's verb after it: the
    # participle's words make the line, the other predicate stays out
    ("An accord struck last year by Orbis and Lumen to share ports expired on Monday.",
     "Orbis and Lumen struck an accord to share ports."),
    ("A treaty signed in 1990 by the two states remains in force.", "A treaty was signed by the two states."),
])
def test_an_opening_noun_phrase_and_its_verb(sentence, line):
    assert line in [e.text for e in extract_events([sentence], "2021-03-10")]


@pytest.mark.parametrize("sentence, line", [
    # a noun phrase that spans a date of its own is no participle's subject
    ("Roe won the seat in 2012 and Lima agreed in 2018 to step aside.", "Lima agreed to step aside."),
    # the participle's clause stops where the sentence's own verb begins
    ("The budget approved by Republicans in April raised pay.", "Republicans approved the budget."),
])
def test_a_participle_line_keeps_to_its_own_clause(sentence, line):
    assert line in [e.text for e in extract_events([sentence], "2021-03-10")]
