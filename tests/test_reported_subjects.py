"""Reported speech whose subject does not stand right before the verb: an adverb or an
auxiliary between them ("has long said"), a time adjunct ("on Tuesday said"), and
occasions of speech between the verb and its "that" ("argued during the debate that").
Invented sentences, their expected entries beside them."""
from __future__ import annotations

import pytest

from builder.extract.quotes import extract_quotes


def entries(*paragraphs: str):
    quotes, _, _ = extract_quotes(list(paragraphs))
    return [(q.kind, q.speaker, q.cue, q.text) for q in quotes]


FOUND = [
    ("Jane Marsh has long said that the levy is unfair to farmers.",
     ("indirect", "Jane Marsh", "said", "the levy is unfair to farmers")),
    ("Tom Okafor and Ana Reyes have both argued that the bridge must be rebuilt.",
     ("indirect", None, "argued", "the bridge must be rebuilt")),
    ("Tom Okafor on Tuesday said the council would vote again.",
     ("indirect", "Tom Okafor", "said", "the council would vote again")),
    ("Tom Okafor on Monday night told reporters the council would vote again.",
     ("indirect", "Tom Okafor", "told", "the council would vote again")),
    ("Ana Reyes last week said the budget was balanced.",
     ("indirect", "Ana Reyes", "said", "the budget was balanced")),
    ("Ana Reyes said Monday she’s ready to run again.",
     ("indirect", "Ana Reyes", "said", "she’s ready to run again")),
    ("Ana Reyes at the time said she had not read the report.",
     ("indirect", "Ana Reyes", "said", "she had not read the report")),
    ("Ana Reyes argued during the second debate that the tax would hurt renters.",
     ("indirect", "Ana Reyes", "argued", "the tax would hurt renters")),
    ("Both senators spoke to farmers in Ames. And both vowed to cut the levy.",
     ("indirect", None, "vowed", "to cut the levy")),
    # a verb joined by "and" to a clause whose verb has an adverb before it
    ("Ana Reyes repeatedly invoked the governor and suggested that the levy was his idea.",
     ("indirect", "Ana Reyes", "suggested", "the levy was his idea")),
]


@pytest.mark.parametrize("sentence, want", FOUND)
def test_reported_speech_with_its_subject_further_left(sentence, want):
    assert want in entries(sentence)


def test_a_modal_before_the_adverb_is_no_speech_act():
    assert entries("The board should formally declare that the levy failed.") == []



def test_the_verb_after_a_relative_clause_is_the_named_persons():
    got = entries("Jane Marsh, who estimated that a third of the workers were unhappy, "
                  "said she voted for the mayor in 2012.")
    assert ("indirect", "Jane Marsh", "estimated", "a third of the workers were unhappy") in got
    assert ("indirect", "Jane Marsh", "said", "she voted for the mayor in 2012") in got


SHORT_CLAUSES = [
    ("Jane Marsh, a Republican, said the Okafor family deserved better.",
     ("indirect", "Jane Marsh", "said", "the Okafor family deserved better")),
    ("The group said the two men were its members.",
     ("indirect", None, "said", "the two men were its members")),
    ("But as Tom Okafor noted, those voters will give the plan a second look.",
     ("indirect", "Tom Okafor", "noted", "those voters will give the plan a second look")),
]


@pytest.mark.parametrize("sentence, want", SHORT_CLAUSES)
def test_short_reported_clauses(sentence, want):
    assert want in entries(sentence)


def test_a_short_object_of_say_is_no_clause():
    assert entries("Jane Marsh said her goodbyes to the staff.") == []


ASIDES = [
    # a thought word with no complement ("think tank") does not hide the subject
    ("Matt Okafor, a founder of the centrist think tank Civic Way, said the mayor had "
     "avoided mistakes.", ("indirect", "Matt Okafor", "said", "the mayor had avoided mistakes")),
    # the relative clause holds two cues: the verb after it is still the named person's
    ("Reyes, who says Marsh is attacking him because the polls have tightened, said voters "
     "should back him.", ("indirect", "Reyes", "said", "voters should back him")),
    ("The State Department less than two weeks ago said it would release the emails.",
     ("indirect", "State Department", "said", "it would release the emails")),
]


@pytest.mark.parametrize("sentence, want", ASIDES)
def test_subjects_before_asides_and_adjuncts(sentence, want):
    assert want in entries(sentence)


def test_a_relative_clause_after_an_inverted_speaker_is_no_statement():
    got = entries("“We have seen a growing discourse,” said a city official who was not "
                  "authorized to speak publicly.")
    assert [e[0] for e in got] == ["direct"]


def test_a_name_after_a_preposition_before_the_verb_is_no_speaker():
    got = entries("But the mayor would do well to begin ''building bridges'' to Mr. Okafor, "
                  "said Jane Marsh, a former strategist for the party.")
    assert any(e[0] == "indirect" and e[1] == "Jane Marsh" for e in got)
    assert not any(e[1] == "Okafor" or (e[3] or "").startswith("Jane Marsh") for e in got)


ADJUNCTS = [
    ("Jane Marsh said on the ''Morning Hour'' show on Sunday that the mayor had lied.",
     ("indirect", "Jane Marsh", "said", "the mayor had lied")),
    ("Tom Okafor said, through a translator, that the bridge was unsafe.",
     ("indirect", "Tom Okafor", "said", "the bridge was unsafe")),
    ("Ana Reyes says, win or lose in the primary, she’s staying in the race.",
     ("indirect", "Ana Reyes", "says", "she’s staying in the race")),
    ("Tom Okafor wrote in his 1990 memoir that he had been the best student in his class.",
     ("indirect", "Tom Okafor", "wrote", "he had been the best student in his class")),
    ("Ana Reyes told a town hall in Salem, Ohio on Monday that the levy is unfair.",
     ("indirect", "Ana Reyes", "told", "the levy is unfair")),
    ("Jane Marsh said privately the mayor had lied.",
     ("indirect", "Jane Marsh", "said", "the mayor had lied")),
    ("Tom Okafor says again he will not run.",
     ("indirect", "Tom Okafor", "says", "he will not run")),
]


@pytest.mark.parametrize("sentence, want", ADJUNCTS)
def test_the_statement_after_adjuncts(sentence, want):
    assert want in entries(sentence)


def test_once_after_the_verb_opens_no_statement_by_itself():
    # "once" there is a conjunction: the clause after it is a condition, not the statement
    got = entries("Jane Marsh said once the bridge opens, tolls will fall.")
    assert ("indirect", "Jane Marsh", "said", "the bridge opens, tolls will fall") not in got


def test_a_parenthetical_cue_keeps_the_sentence_around_it():
    got = entries("Many of the closures, he said, have involved public courses.")
    assert not any(e[3] == "have involved public courses" for e in got)


def test_a_relative_that_after_an_object_is_no_statement():
    assert entries("Jane Marsh wrote columns that angered readers.") == []


ACCORDING = [
    ("According to a count by the Civic Press, Marsh now has at least 723 delegates.",
     ("indirect", "Civic Press", "according to", "Marsh now has at least 723 delegates")),
    ("The levy failed, according to an email from Jane Marsh.",
     ("indirect", "Jane Marsh", "according to", "The levy failed")),
]


@pytest.mark.parametrize("sentence, want", ACCORDING)
def test_according_to_a_document_by_its_named_author(sentence, want):
    assert want in entries(sentence)


UNNAMED_SOURCES = [
    ("According to a new report, Marsh leads the race.",
     ("indirect", None, "according to", "Marsh leads the race")),
    ("According to a court filing, the firm owed $2 million.",
     ("indirect", None, "according to", "the firm owed $2 million")),
    ("The pilot had flown for the airline since 2004, according to his online profile.",
     ("indirect", None, "according to", "The pilot had flown for the airline since 2004")),
]


@pytest.mark.parametrize("sentence, want", UNNAMED_SOURCES)
def test_according_to_a_document_without_an_author_speaks_for_no_one(sentence, want):
    # what the document says is reported, but it names no speaker
    assert entries(sentence) == [want]


def test_according_to_a_document_with_its_author_further_on():
    got = entries("Okafor leads the race, according to the average of recent polls "
                  "compiled by Civic Metrics.")
    assert got == [("indirect", "Civic Metrics", "according to", "Okafor leads the race")]
    got = entries("The mayor knew of the delay, according to a declaration filed in county "
                  "court by Jane Marsh.")
    assert got == [("indirect", "Jane Marsh", "according to", "The mayor knew of the delay")]


@pytest.mark.parametrize("sentence, want", [
    ("Okafor has won 310 delegates, according to a Civic Metrics tally, but his path narrows.",
     ("indirect", "Civic Metrics", "according to", "Okafor has won 310 delegates")),
    ("Okafor trails by 4 points, according to Vote Tracker’s polling average.",
     ("indirect", "Vote Tracker", "according to", "Okafor trails by 4 points")),
    ("Okafor leads by nine points, according to the PollHub average in the county.",
     ("indirect", "PollHub", "according to", "Okafor leads by nine points")),
])
def test_according_to_figures_whose_compiler_is_named_before_them(sentence, want):
    # as "a count by the AP": the compiler named is the source
    assert entries(sentence) == [want]


@pytest.mark.parametrize("sentence", [
    "Okafor won 61 percent of the rural vote, according to exit polls.",   # data: figures
    "Okafor leads by nine points, according to the latest polling average.",
    "According to early results of a survey, most voters were undecided.",
    "Pollution has cut two years from lives in the region, according to one estimate.",
    "According to plan, the vote was held on Monday.",
    "The vote was held on Monday, according to the schedule it had set itself in 2019 "
    "after a long dispute over the order of business and the rules of the chamber.",
])
def test_according_to_no_document_or_a_long_phrase_is_nothing(sentence):
    assert entries(sentence) == []


SHARES = [
    ("About half of the county's voters said they want a new mayor.",
     ("indirect", None, "said", "they want a new mayor")),
    ("Nearly a third say they don't know.", ("indirect", None, "say", "they don't know")),
    ("One in five say the tax is too high.", ("indirect", None, "say", "the tax is too high")),
    ("Six in 10 say the mayor is doing a good job.",
     ("indirect", None, "say", "the mayor is doing a good job")),
    ("Each side said the other would be to blame.",
     ("indirect", None, "said", "the other would be to blame")),
    ("One survey counts 400 farms; another says there are about 520.",
     ("indirect", None, "says", "there are about 520")),
    ("Some of the farmers said they had sold their land.",
     ("indirect", None, "said", "they had sold their land")),
    ("A significant number of council members said they would abstain.",
     ("indirect", None, "said", "they would abstain")),
    ("In the county poll, 42% say the levy is too high.",
     ("indirect", None, "say", "the levy is too high")),
    ("Two-thirds say the bridge should be rebuilt.",
     ("indirect", None, "say", "the bridge should be rebuilt")),
    ("Nearly nine out of 10 say the roads are worse.",
     ("indirect", None, "say", "the roads are worse")),
    ("About four in 10 county primary voters say that the mayor is honest.",
     ("indirect", None, "say", "the mayor is honest")),
    ("About six in 10 North Dale Democratic primary voters say that the mayor is honest.",
     ("indirect", None, "say", "the mayor is honest")),
    ("Those surveyed say the economy should come first.",
     ("indirect", None, "say", "the economy should come first")),
]


@pytest.mark.parametrize("sentence, want", [
    ("County police say the driver fled on foot.", "the driver fled on foot"),
    ("Hospital staff say the ward was closed.", "the ward was closed"),
])
def test_a_collective_noun_takes_say_as_its_verb(sentence, want):
    assert want in [e[3] for e in entries(sentence) if e[2] == "say"]


def test_an_amount_after_the_verb_opens_the_statement():
    got = entries("The budget office said about half of the money was spent.")
    assert ("indirect", None, "said", "about half of the money was spent") in got
    got = entries("Tom Okafor said about 30 minutes later that he would go.")
    assert ("indirect", "Tom Okafor", "said", "he would go") in got


def test_at_least_after_the_verb_opens_the_statement():
    got = entries("Harbor Valley Police reported at least 900 people entered the hall.")
    assert ("indirect", "Harbor Valley Police", "reported",
            "at least 900 people entered the hall") in got
    got = entries("Ana Reyes said at most a third of the funds were spent.")
    assert ("indirect", "Ana Reyes", "said", "at most a third of the funds were spent") in got
    got = entries("Ana Reyes said at least once that she would run.")
    assert ("indirect", "Ana Reyes", "said", "she would run") in got


@pytest.mark.parametrize("sentence, want", SHARES)
def test_a_share_of_people_speaks_as_an_unnamed_group(sentence, want):
    # poll respondents or members of a group: what they said, with no speaker
    assert want in entries(sentence)


@pytest.mark.parametrize("sentence", [
    "The said agreement was signed in May.",       # a determiner, no subject
    "A third report says little about the levy.",   # no clause after it
    "Those farmers should have a say in the plan.",     # a noun after a determiner
])
def test_a_determiner_before_a_speech_word_is_no_share(sentence):
    assert [e for e in entries(sentence) if e[1] is None and e[2] in ("said", "says")] == []


@pytest.mark.parametrize("sentence, kept", [
    ("As the charges were unsealed in Albany, Jane Marsh testified before the Senate "
     "committee, where lawmakers expressed outrage.", []),
    ("Asked about his criticisms of the mayor, Okafor said that was part of the race — no "
     "different, he said, from any other campaign.", ["was part of the race — no different"]),
    ("If the plan fails, he said, we will leave.", ["If the plan fails, he said, we will leave"]),
    ("In June 2009, after the mayor fell ill, Jane Marsh emailed the staff: “Get well.”",
     ["Get well."]),
    ("And in Dayton on Wednesday, Okafor said: “We are winning.”", ["We are winning."]),
    ("In Ohio, the plan failed, Okafor said.", ["In Ohio, the plan failed"]),
    ("Later, the plan failed, he said.", ["Later, the plan failed"]),
])
def test_an_opening_clause_or_participle_is_not_the_statement(sentence, kept):
    # what happened ("As the charges were unsealed,") or what was asked ("Asked about
    # ...,") opens the sentence; the statement is elsewhere, or there is none
    assert [e[3] for e in entries(sentence)] == kept


def test_what_a_speaker_calls_someone_is_a_topic():
    got = entries("Tom Okafor went after Reyes, calling him a fraud.")
    assert ("indirect", "Tom Okafor", "calling", "him a fraud") in got


@pytest.mark.parametrize("sentence, want", [
    ("Jane Marsh called the ruling wrong but urged calm.", "the ruling wrong"),
    ("Tom Okafor called it shameful.", "it shameful"),
    ("Jane Marsh called Okafor's remarks racist.", "Okafor's remarks racist"),
    ("Tom Okafor called Reyes his mentor.", "Reyes his mentor"),
])
def test_what_a_speaker_calls_something_without_an_article(sentence, want):
    # an evaluative adjective after the object, or a name opened by a possessive
    assert want in [e[3] for e in entries(sentence) if e[2] == "called"]


@pytest.mark.parametrize("sentence", [
    "Tom Okafor left the hall, calling a cab.",       # a call, not a name given
    "Jane Marsh called the county hospital twice.",    # no adjective ends the object
    "A new group called Farm Voices is expanding its operations.",   # named, not called
    "Tom Okafor called Reyes and his lawyer.",
    "Jane Marsh called out her rival for the remark.",   # a particle: no name given
    # the writer's gloss of what a quotation meant, nobody's words
    "“It is a danger,” Jane Marsh said, referring to the new levy on farms.",
    "He was referring to an accord struck last year by the two mayors.",
])
def test_no_topic_without_a_name_given_nor_in_a_gloss(sentence):
    assert [e for e in entries(sentence) if e[0] == "indirect"] == []


def test_a_topic_inside_a_statement_does_not_take_it_over():
    got = entries("Jane Marsh said the mayor had called Okafor a clown.")
    assert got == [("indirect", "Jane Marsh", "said", "the mayor had called Okafor a clown")]


@pytest.mark.parametrize("sentence, reported", [
    ("“We are ready,” Jane Marsh told a town hall meeting with young leaders in the "
     "capital city, formerly a fort.", []),
    ("“We are ready,” she told 2,267 people gathered at the arena.", []),
    ("“We are ready,” Marsh told a crowd at the hall that spilled out onto the street.", []),
    ("“We are ready,” Marsh told reporters she would run again.", ["she would run again"]),
    ("“We are ready,” Marsh told the crowd that she would run again.",
     ["she would run again"]),
])
def test_after_a_quotation_the_words_past_the_listener_are_the_occasion(sentence, reported):
    assert [e[3] for e in entries(sentence) if e[0] == "indirect"] == reported


@pytest.mark.parametrize("sentence, reported", [
    ("Rubio’s poor showings in the four states that cast votes on Saturday hurt him.", []),
    ("Jane Marsh posted a message on the site reading “Thank you Ohio” after polls closed.",
     []),
    ("Jane Marsh posted on the site that the levy had failed.", ["the levy had failed"]),
    ("The report states that the levy failed.", ["the levy failed"]),
])
def test_a_counted_noun_or_a_post_is_no_statement(sentence, reported):
    assert [e[3] for e in entries(sentence) if e[0] == "indirect"] == reported


@pytest.mark.parametrize("sentence", [
    "“We will win,” Ana Reyes said aboard her campaign bus on Monday as she crossed Ohio.",
    "“We will win,” Tom Okafor said Thursday with party aides.",
    "“We will win,” Tom Okafor said happily on television as returns came in.",
])
def test_an_adjunct_after_the_verb_is_not_what_was_said(sentence):
    assert [e for e in entries(sentence) if e[0] == "indirect"] == []


@pytest.mark.parametrize("sentence, want", [
    ("Tom Okafor said on Friday he would run.", "he would run"),
    ("Tom Okafor said in an interview the plan failed.", "the plan failed"),
])
def test_a_clause_after_an_adjunct_is_still_the_statement(sentence, want):
    assert [e[3] for e in entries(sentence)] == [want]


RELATIVE_SUBJECTS = [
    ("The judges who ruled that the county could not close the polls said the law was unclear.",
     ("indirect", None, "said", "the law was unclear")),
    ("A young woman who had been a student in the town asked whether the mill would reopen.",
     ("indirect", None, "asked", "whether the mill would reopen")),
    ("The state officials whose rules were struck down say the court has changed.",
     ("indirect", None, "say", "the court has changed")),
]


@pytest.mark.parametrize("sentence, want", RELATIVE_SUBJECTS)
def test_a_subject_with_its_relative_clause_before_the_verb(sentence, want):
    assert want in entries(sentence)


def test_a_relative_clause_after_an_appositive_comma_is_not_the_subject():
    # "Doe, a farmer who ...": the farmer is Doe's appositive; Doe speaks, not "a farmer"
    got = entries("Tom Okafor, a farmer who has grown wheat for years, said the levy was unfair.")
    assert got == [("indirect", "Tom Okafor", "said", "the levy was unfair")]


@pytest.mark.parametrize("sentence, want", [
    ("Mrs. Okafor's confidants say she is ready to run.",
     ("indirect", None, "say", "she is ready to run")),
    ("A wide array of economists say the levy is sound.",
     ("indirect", None, "say", "the levy is sound")),
    ("Dozens of farmers said the bridge should stay open.",
     ("indirect", None, "said", "the bridge should stay open")),
])
def test_someones_people_and_a_number_of_people_speak_as_unnamed_groups(sentence, want):
    assert entries(sentence) == [want]


@pytest.mark.parametrize("sentence, want", [
    # what others said, said again by reference
    ("Six in 10 say the mayor is honest, and only 40 percent say the same of his rival.",
     ("indirect", None, "say", "the same of his rival")),
    # a pronoun right before the verb, after words that are no subject
    ("Tom Okafor was so taken with the plan he said the town should adopt it at once.",
     ("indirect", "Tom Okafor", "said", "the town should adopt it at once")),
    # a pronoun and a name, one subject of the statement before them
    ("The bridge will close in May, she and Mr. Okafor said.",
     ("indirect", None, "said", "The bridge will close in May")),
])
def test_more_subjects_and_contents_of_say(sentence, want):
    assert want in entries(sentence)


@pytest.mark.parametrize("sentence", [
    "Tom Okafor liked the short story he wrote where the mayor loses.",     # an object
    # another's report of what he told: the lawyers' statement, not his
    "Tom Okafor left in May. Lawyers raised doubts, saying he had told the boy that the "
    "house was sold.",
])
def test_no_statement_of_his_from_an_object_or_anothers_report(sentence):
    assert [e for e in entries(sentence) if e[1] == "Tom Okafor"] == []


def test_according_to_after_a_connective_reports_what_follows():
    got = entries("But, according to the mayor, 46 ballots were never counted.")
    assert got == [("indirect", None, "according to", "46 ballots were never counted")]


@pytest.mark.parametrize("sentence, unwanted", [
    # a parenthetical cue before another speaker's clause reports no words of its own
    ("Instead, she said, her boss told her he had booked a room.", "Instead, she said"),
    # an opening phrase with a participle is where, not what was told
    ("In the last speech of his trip, held along the border, Tom Okafor told the story of "
     "the old mill.", "In the last speech of his trip, held along the border"),
    # a participle after the verb says how it was said
    ("“We will rebuild,” Tom Okafor said answering a question at a town hall in Salem.",
     "answering a question at a town hall in Salem"),
    # the name before a relative clause's cue is its antecedent, not what was said
    ("(Tom Okafor, who did not respond to a request for comment, has denied the report.)",
     "(Tom Okafor"),
])
def test_no_statement_from_the_words_around_a_cue(sentence, unwanted):
    assert unwanted not in [e[3] for e in entries(sentence)]


@pytest.mark.parametrize("sentence, speaker", [
    ("Lumenware Data Inc., Fort Lyle, Colo., said it hired an adviser.", "Lumenware Data Inc"),
    ("Brightpath Corp., Marlow Falls, New Mexico, said it hired an adviser.", "Brightpath Corp"),
])
def test_a_place_of_business_after_the_speaker_is_not_the_speaker(sentence, speaker):
    # "Company, Town, State, said": the town is where the company is, not who speaks
    assert entries(sentence) == [("indirect", speaker, "said", "it hired an adviser")]


@pytest.mark.parametrize("description", ["The Democratic front-runner",
                                         "The self-described socialist",
                                         "The former first lady"])
def test_a_candidate_described_by_standing_speaks(description):
    got = entries("Ana Reyes toured the mill in Salem on Monday.",
                  f"{description} said the levy would be repealed.")
    assert ("indirect", "Ana Reyes", "said", "the levy would be repealed") in got


def test_a_closing_as_clause_reports_the_claim_before_it():
    got = entries("The senator lied about his record, as the Harbor Ledger reported on Monday.")
    assert ("indirect", "Harbor Ledger", "reported", "The senator lied about his record") in got
    got = entries("The mill will close, as Ana Reyes wrote in a column last week.")
    assert ("indirect", "Ana Reyes", "wrote", "The mill will close") in got
    # an object after the verb ("as" meaning "because"), or a claim denied: no report
    assert entries("The county flipped, as voters responded to the new plan.") == []
    assert entries("The defeat won't derail his campaign, as some have speculated.") == []
    # an aside in the middle of the sentence reports what follows, not what came before
    got = entries("There are doubts about the plan, given that, as the Harbor Ledger "
                  "reported on Monday, the mayor has left.")
    assert all(e[3] != "There are doubts about the plan, given that" for e in got)


def test_a_town_and_its_state_inside_a_relative_clause_are_not_the_speaker():
    got = entries("Governor Ana Reyes, who was to fly to Dayton, Ohio, on Monday to promote "
                  "the plan, said it would help farmers.")
    assert ("indirect", "Ana Reyes", "said", "it would help farmers") in got
    # a firm's place of business after its name stays as before
    got = entries("Orbis Corp., Fort Lyle, Colo., said it would close the plant.")
    assert ("indirect", "Orbis Corp", "said", "it would close the plant") in got


def test_the_name_before_who_speaks_past_an_aside_and_a_copula():
    got = entries("Then there was the radio host Al Poe, who lamented, “We have spent years "
                  "attacking the press.”")
    assert ("direct", "Al Poe", "lamented", "We have spent years attacking the press.") in got
    got = entries("Jo Roe, who, after a long silence, said the plan had failed, left the party.")
    assert ("indirect", "Jo Roe", "said", "the plan had failed") in got


def test_a_document_word_before_a_title_is_no_document():
    got = entries("The Harbor Ledger's deputy editorial page editor Jo Roe said the party "
                  "had lost its way.")
    assert ("indirect", "Jo Roe", "said", "the party had lost its way") in got
    got = entries("A Harbor Ledger editorial said the party had lost its way.")
    assert ("indirect", "Harbor Ledger", "said", "the party had lost its way") in got


def test_a_towns_state_in_an_opening_phrase_is_not_the_participles_speaker():
    got = entries("At a campaign event in Marlow, Iowa, on Sunday, Mrs. Reyes tried to expand "
                  "on her earlier statement, saying that the levy would fall.")
    assert ("indirect", "Reyes", "saying", "the levy would fall") in got
