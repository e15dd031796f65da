"""The right speaker for direct quotes (issue 13): small invented paragraphs, each with
the quotation's first words and the speaker a reader names, side by side."""
from __future__ import annotations

import pytest

from builder.extract.quotes import extract_quotes


def _quote(paragraphs: list[str], start: str):
    quotes, _, _ = extract_quotes(paragraphs)
    hits = [q for q in quotes if q.kind == "direct" and q.text.startswith(start)]
    assert hits, f"no direct quote starting {start!r}: {[q.text[:30] for q in quotes]}"
    return hits[0]


CASES = [
    # an inverted cue whose name ends in a generational suffix
    (['“We will win this,” said Oleg Petrov Jr., a former official. “Nothing stops us.”'],
     "We will win", "Oleg Petrov Jr."),
    (['“We will win this,” said Oleg Petrov Jr., a former official. “Nothing stops us.”'],
     "Nothing stops", "Oleg Petrov Jr."),
    (['“It is late in the day,” said Anna Reyes Jr. on Monday.'], "It is late", "Anna Reyes Jr."),
    (['“It is late in the day,” said Anna Reyes Jr.'], "It is late", "Anna Reyes Jr."),
    # wire copy's doubled single marks, a quotation inside ending with them
    (["''I would call it 'old-school,''' said Mark Dole."], "I would call", "Mark Dole"),
    # a share word before a title is no share of people ("minority leader")
    (['Oleg Petrov has advice for his party.',
      'Petrov would not say more. The minority leader said: “I do not think it matters.”'],
     "I do not think", "Oleg Petrov"),
    # a clause about someone, a colon, their words
    (['Oleg Petrov spoke at a rally on Monday.',
      'Petrov reacted: “They said things. What are they talking about?”'],
     "They said things", "Oleg Petrov"),
    (['Anna Reyes apologized for what happened: “Yes, I should have used two accounts.”'],
     "Yes, I should", "Anna Reyes"),
    # a manner adverb between the subject and the verb
    (['Oleg Petrov jokingly said, “I hate to say it, I am becoming mainstream.”'],
     "I hate to say", "Oleg Petrov"),
    (['“It is fine with me, really,” Anna Reyes angrily replied.'], "It is fine", "Anna Reyes"),
    # a name, then many asides, then the verb
    (['“We are scared of both,” Mark Dole, 30, of Raleigh, N.C., who was among those '
      'polled, said in an interview.'], "We are scared", "Mark Dole"),
    (['“I do not think she told the truth,” Cecelia Marsh, 67, a retired nurse in '
      'Allentown, Pa., said.'], "I do not think", "Cecelia Marsh"),
    (['Just last week, Mark Dole, editor of a weekly, an old paper in the city, wrote, '
      '“When we think of the war, we should think of the last one.”'],
     "When we think", "Mark Dole"),
    (['After winning the state, Gov. Mark Dole (R-Ohio), said, “I am ready to rent a '
      'covered wagon.”'], "I am ready", "Mark Dole"),
    # a parenthesis after the name of a clause a participle hangs from
    (['In a statement, Rep. Anna Reyes (D-N.Y.) reacted to the news, saying: “The man '
      'should be in prison.”'], "The man should", "Anna Reyes"),
    (['Anna Reyes, herself a supporter, drew boos upon saying, “He heard the people.”'],
     "He heard the people", "Anna Reyes"),
    # "to say" with a quotation right after: the clause's subject says it
    (['The columnist Mark Dole went so far as to say: “The network as we know it is '
      'over.”'], "The network", "Mark Dole"),
    # "she" goes to a woman whose given name is not listed but ends in "-a"; "he" to a
    # man whose name ends in "-ya"
    (['The poll showed voters disapprove of President Oleg Petrov’s record.',
      'The coverage will be biased, according to a post from Arianna Marsh.',
      '“We will cover the ways the campaign is unique,” she wrote.'],
     "We will cover", "Arianna Marsh"),
    (['Anna Reyes spoke first. Then Yukiya Amano took the floor.',
      '“I urge them to comply with every resolution,” he said.'], "I urge them", "Yukiya Amano"),
    # a paragraph that introduces its subject's words, then a quotation standing alone
    (['Voters went to the polls.', 'Oleg Petrov issued a statement on Monday.',
      '“We will never give up on this fight for the workers. Never.”'],
     "We will never", "Oleg Petrov"),
    (['When Mark Dole died in 1998, Anna Reyes released the following statement:',
      '“I offer my condolences to his family and friends. He was brave.”'],
     "I offer my", "Anna Reyes"),
]


@pytest.mark.parametrize("paragraphs,start,speaker", CASES)
def test_direct_speaker(paragraphs, start, speaker):
    assert _quote(paragraphs, start).speaker == speaker


NO_SPEAKER = [
    # a paragraph about someone that says nothing of speech introduces no speaker
    (['Voters went to the polls.', 'Oleg Petrov met the mayor on Monday.',
      '“We will never give up on this fight for the workers. Never.”'], "We will never"),
    # a colon after a group, a thing or an owned noun hands the words to nobody named
    (['Oleg Petrov spoke.', 'The crowd chanted: “Send them all home now!”'], "Send them"),
    (['Oleg Petrov spoke.', 'The sign read: “Go home now, we do not want you.”'], "Go home"),
    (["Oleg Petrov's first five questioners ranged from skeptical to hostile: "
      "“Is it time for your strategy to change?”"], "Is it time"),
]


@pytest.mark.parametrize("paragraphs,start", NO_SPEAKER)
def test_no_speaker(paragraphs, start):
    assert _quote(paragraphs, start).speaker is None


def test_quote_after_an_adjunct_is_the_cues_words_not_the_opening_phrase():
    quotes, _, _ = extract_quotes(['In the spring after the scandal broke, Anna Reyes said at '
                                   'a press conference, “I did not send any secret files.”'])
    assert [(q.kind, q.speaker) for q in quotes] == [("direct", "Anna Reyes")]


def test_a_modal_before_the_adverb_is_no_speech_act():
    quotes, _, _ = extract_quotes(['He said the union should formally declare a strike.'])
    assert [q.text for q in quotes] == ["the union should formally declare a strike"]


# ---- a monarch's one name, a given name alone (two people sharing a family name) ------

MONARCH = [
    "Iraq's Omar Haddad called the blockade an act of war on Thursday.",
    "“We will not bend,” Omar said in a broadcast.",
    "Later, Jordan's King Haddad met the envoy in Amman.",
    "“Our port is our only outlet to the sea,” Haddad said.",
    "“I speak for nobody but myself,” he said.",
]


@pytest.mark.parametrize("start, speaker", [
    ("We will not bend", "Omar Haddad"),          # the given name alone: the one named so
    ("Our port is", "King Haddad"),              # the shared family name: not "Omar"
    ("I speak for", "King Haddad"),
])
def test_a_monarch_and_a_namesake_stay_apart(start, speaker):
    assert _quote(MONARCH, start).speaker == speaker


def test_a_regnal_title_is_part_of_the_name():
    quotes = ["Pope Linus arrived in the city on Sunday.",
              "“Peace is possible,” Linus told the crowd."]
    assert _quote(quotes, "Peace is").speaker == "Pope Linus"


def test_a_family_name_the_article_uses_for_both_goes_by_the_last_one_talked_about():
    # nobody is called by a given name alone: the family name stays with the topic
    paras = ["Jane Roe, the senator, and her husband, Tom Roe, attended the rally.",
             "Jane Roe spoke first.",
             "“We are ready,” Roe said."]
    assert _quote(paras, "We are ready").speaker == "Jane Roe"



@pytest.mark.parametrize("paras, start, speaker", [
    # a capitalised word opening a sentence is no given name of an organisation's words
    (["Rep. Jane Roe visited the border and spoke with agents from Customs and Border "
      "Protection.", 'Border agents "say we have to pay attention to this," she said.'],
     "say we have", "Jane Roe"),
])
def test_a_word_opening_a_sentence_is_no_given_name_of_an_organisation(paras, start, speaker):
    quotes, _, _ = extract_quotes(paras)
    assert [q.speaker for q in quotes if start in q.text] == [speaker]


@pytest.mark.parametrize("org", ["Amnesty International", "Human Rights Watch",
                                 "Harbor Freedom Watch"])
def test_capitalised_words_ending_in_a_common_word_are_an_organisation(org):
    paras = ["Jane Roe, the trade minister, flew to Geneva on Monday.",
             f"“The detainees were beaten in their cells,” {org} said in a report."]
    assert _quote(paras, "The detainees").speaker == org


def test_capitalised_title_words_are_no_organisation():
    paras = ["“The detainees were beaten in their cells,” Senior Adviser said."]
    assert _quote(paras, "The detainees").speaker is None


# ---- "Although he called it “...,” Mr. Roe forecast ...": the name after the clause ----

CATAPHORA = ["Tom Reyes, the chairman of Acme, met the staff on Monday.",
             "A company spokesman, Bill Stone, said the plant would be built later."]


@pytest.mark.parametrize("sentence, start, speaker", [
    ('Although he called the market "highly competitive for all of us," Mr. Reyes forecast '
     'higher earnings.', "highly competitive", "Tom Reyes"),
    ('While she called the budget "highly irresponsible for a city of this size," Jane Roe '
     'voted for it.', "highly irresponsible", "Jane Roe"),
    # no name opens the main clause: the pronoun keeps its antecedent before
    ('Although he called the market "highly competitive for all of us," the board approved '
     'the plan.', "highly competitive", "Bill Stone"),
])
def test_a_pronoun_in_an_opening_clause_is_the_main_clauses_subject(sentence, start, speaker):
    assert _quote(CATAPHORA + [sentence], start).speaker == speaker


def test_a_name_of_the_other_gender_is_not_the_pronouns():
    paras = CATAPHORA + ['Although he called the market "highly competitive for all of us," '
                         'Jane Roe forecast higher earnings.']
    assert _quote(paras, "highly competitive").speaker == "Bill Stone"


# ---- an occupation the person quoted last was not given is someone else's ------------

def test_an_occupation_nobody_named_holds_is_an_unnamed_person():
    paras = ['“The bureau does not know where he is,” said Paul Stone, a spokesman for the '
             'bureau.',
             'Police want to question a woman who traveled with him.',
             '“She may have been with him after the fire,” the investigator said.']
    assert _quote(paras, "She may have been").speaker is None


def test_an_occupation_the_person_was_given_is_theirs():
    paras = ['“The bureau does not know where he is,” said Paul Stone, an investigator for the '
             'bureau.',
             '“She may have been with him after the fire,” the investigator said.']
    assert _quote(paras, "She may have been").speaker == "Paul Stone"


# ---- the last name of a list ends its sentence: no subject a "he" goes on with -------

def test_a_list_ending_the_sentence_does_not_take_the_speakers_he():
    paras = ['“We show anger, we show emotion,” said Paul Lott, who named his choices behind '
             'Senator Rick Sand, Senator Mark Rube, and Senator Ted Crane.',
             '“We are alive, unlike the robots,” he said.']
    assert _quote(paras, "We are alive").speaker == "Paul Lott"


# ---- a family name that is also a common word, alone after the full name -------------

@pytest.mark.parametrize("paras, start, speaker", [
    (['Karen Deacon is running for the House seat.',
      'In an interview, Deacon had nothing bad to say about Senator Mary Gill. “He is '
      'reminding them,” she said.'], "He is reminding", "Karen Deacon"),
    (['Carl West spoke at the rally on Sunday.', 'Senator Tom Sand did not attend.',
      'West landed a sharp dig at the senator. “I took the money but it did not affect '
      'me?” he said.'], "I took the money", "Carl West"),
])
def test_a_family_name_that_is_a_common_word_is_the_person_named_before(paras, start, speaker):
    assert _quote(paras, start).speaker == speaker


def test_a_common_word_no_one_bears_as_family_name_stays_a_word():
    paras = ['Senator Tom Sand spoke in Paris on Sunday.',
             'West leaders had little to add. “We will wait and see,” he said.']
    assert _quote(paras, "We will wait").speaker == "Tom Sand"


# ---- a quotation after its speaker's sentence is not a subordinate clause's subject's ---

@pytest.mark.parametrize("paras, start, speaker", [
    (['The race went on.',
      '“And I am not being paid!” Tom Vell declared, a point he makes after every show '
      'during which callers asked how much money he was getting. “I make my own money.”'],
     "I make my own", "Tom Vell"),
    (['The race went on.',
      '“There is a lot of name-calling going on,” Jim Bash told a crowd that the campaign '
      'estimated at 3,000 people. “Labels are for soup cans.”'],
     "Labels are for", "Jim Bash"),
])
def test_a_quotation_goes_on_with_the_speaker_not_a_relative_clauses_subject(paras, start,
                                                                             speaker):
    assert _quote(paras, start).speaker == speaker


# ---- a speech verb opening the sentence, the name, a colon ------------------------------

@pytest.mark.parametrize("cue", ["Said Stine:", "Added Stine:", "Stated Stine:"])
def test_an_opening_verb_then_the_name_and_a_colon_hands_on_the_quotation(cue):
    paras = ['Rob Stine spoke to the paper on Monday.', cue,
             '“I think the stakes are so high that they would do anything to stay in power.”']
    assert _quote(paras, "I think the stakes").speaker == "Rob Stine"


def test_a_colon_after_a_verbs_object_names_no_speaker():
    paras = ['Rob Stine spoke to the paper on Monday.',
             'Another, more selfish, reason for Tom Rowe to back Stine: his son.']
    quotes, _, _ = extract_quotes(paras)
    assert not any("his son" in q.text for q in quotes)


# ---- a nickname in quotation marks inside a name -----------------------------------------

@pytest.mark.parametrize("marks", ['"Chico"', '“Chico”'])
def test_a_quoted_nickname_inside_a_name_keeps_the_name_whole(marks):
    paras = ['In the city, a group marched in silence.',
             f'Juan {marks} Manzo of Oakland carried one of the photos. '
             '“I pretty much cried the whole parade,” he said.']
    assert _quote(paras, "I pretty much").speaker == "Juan Manzo"
