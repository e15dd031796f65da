"""Whom a direct quotation's "he", "she" or description refers to, and names read in
odd places (issue 13): small invented paragraphs, the quotation's first words and the
speaker a reader names, side by side."""
from __future__ import annotations

import pytest

from builder.extract.quotes import extract_quotes
from tests.test_direct_speakers import _quote


CASES = [
    # the name after "said" is what the speaker spoke about, not who "he" goes on to be
    (['Vice presidential nominee Oleg Petrov spoke to reporters on Saturday.',
      'Petrov said Mark Dole will be following a different schedule.',
      '“Mark Dole will release his papers after the audit,” he said.',
      'Anna Reyes, a lawyer, backs Mark Dole.'], "Mark Dole will release", "Oleg Petrov"),
    (['Ivan Sokol, a businessman, backs Mark Dole.',
      'Sokol told Dole voters in the county have been slow to come round.',
      '“In the beginning it was completely no,” he said.'], "In the beginning", "Ivan Sokol"),
    # a title before a name at the start of the sentence still opens its subject
    (['Tennis great Odile Marchand remembered the match against Anna Reyes.',
      '“It was hard,” she said.'], "It was hard", "Odile Marchand"),
    # a description's party or country must agree with the role of whom it names
    (['Republican presidential nominee Mark Dole said it would have been nice if '
      'Democratic nominee Anna Reyes had congratulated him.',
      '“I was curious to see whether she would mention my name,” the Republican nominee '
      'said at a rally.', '“We will win in November,” the Democratic nominee said later.'],
     "We will win", "Anna Reyes"),
    # a party member described by a state is the one whose role gives that state, not
    # whoever was talked about last
    (['Vermont Sen. Tom Harlan met the party chairman, Jim Pell, on Monday.',
      'Pell said the meeting had gone well. “We are united,” Pell said.',
      '“We are not there yet,” the Vermont Republican said.'], "We are not there yet",
     "Tom Harlan"),
    (['French President Paul Girard met U.S. President Mark Dole in Rome.',
      'Dole spoke of trade. “We share the same values,” the French president said.'],
     "We share", "Paul Girard"),
    # whom a speaker spoke of ("it would be nice if Roe had ...") is not the topic
    (['Mark Dole said Friday that it would “have been cool” had Anna Reyes congratulated '
      'him for doing something in the election that nobody has ever done before.',
      '“I was curious to see whether she would mention my name,” the Republican nominee '
      'said at a rally.'], "I was curious", "Mark Dole"),
    # a surname that is also a title ("King") after an initial; initials run together
    (["''We did feel it was stifling,'' Representative Paul T. King, Republican of Ohio, "
      "said of the years before. ''He gave us a voice.''"], "We did feel", "Paul T. King"),
    (['The team lost on Saturday.', '“We will be back,” Coach P.J. Fleming said after the '
      'game.'], "We will be back", "P.J. Fleming"),
    # a description after the verb, then the name it goes on to give
    (["''The odds are that there will be a whole term with eight justices,'' said another "
      "leading advocate, Andrew J. Pinner of the law firm Mayer Brook."], "The odds",
     "Andrew J. Pinner"),
    # a state's abbreviation in an aside is no name ("retired in Cambridge, Mass., said")
    (["''I would have been sitting in a cell,'' Mr. Danson, now 81 and retired in "
      "Cambridge, Mass., said by telephone."], "I would have", "Danson"),
    # a family name two people share takes the gender its sentence shows
    (['Lena Marsh spoke in Iowa on Monday. Tom Marsh spoke in Ohio.',
      '“I have noticed that he has had trouble,” Marsh herself said.'], "I have noticed",
     "Lena Marsh"),
    (['Tom Marsh spoke in Ohio on Monday. Lena Marsh spoke in Iowa.',
      '“I have noticed that she has had trouble,” Marsh himself said.'], "I have noticed",
     "Tom Marsh"),
    # the family name He before a given name in pinyin is no pronoun
    (['The trade deal was signed in the Oval Office.',
      '“It is a good deal for both sides,” He Lifang, a former official, said.'],
     "It is a good deal", "He Lifang"),
    # a question's attribution after a long aside stays with it
    (['The minister spoke in the Oval Office.',
      '“What is the incentive of implementing this deal?” Mark Dole, the former executive '
      'director for China at the fund, said at an event in Washington.'],
     "What is the incentive", "Mark Dole"),
    # a name after a long opening phrase is its sentence's subject when a verb follows;
    # a relative clause's speaker ("who has called ...") is no topic
    (['Ivan Sokol, the outgoing secretary-general, spoke in Paris on Monday.',
      'Asked whether he was concerned that Mark Dole, the presumptive nominee, who has '
      'called the accord a hoax, could win, Sokol demurred.',
      '“There is just one science,” he said.'], "There is just one", "Ivan Sokol"),
    # a single name whose reported words call it "his" is a person "he" goes on with
    (['Mark Dole picked the home team. Voters were not surprised.',
      'Sokol openly admitted that his pick was politically motivated. “With an eye to the '
      'primary, I pick the state team,” he said.'], "With an eye", "Sokol"),
    # a name right before a colon, after a dash or "from", is whom the quotation is from
    (['Turnout was high in the state - Michael P. Dolan: “At long last the contests have '
      'started.”'], "At long last", "Michael P. Dolan"),
    (['Anna Reyes wrote about the polls.', 'What that means for this year - More from Reyes: '
      '“The partisanship of the state is a starting point.”'], "The partisanship",
     "Anna Reyes"),
    # a statement closing a sentence without a cue, after a lead-in, goes on with the
    # paragraph's speaker
    (['“It is an enormous moment,” said Ivan Sokol, a strategist. Now, “within the '
      'business community there is a constituency saying this is fine.”'],
     "within the business", "Ivan Sokol"),
    (['“It is an enormous moment,” said Ivan Sokol, a strategist. Unless rivals quit the '
      'race, “it is very difficult to see how he is stopped on his way.”'],
     "it is very difficult", "Ivan Sokol"),
    (['“She has the friends she had in grade school,” Mark Dole has said while stumping '
      'for his wife. That makes her “by definition a trustworthy and reliable person.”'],
     "by definition", "Mark Dole"),
    # a given name that is also a month or a word of no gender ("Jan", "June") opens the
    # name, and "she" goes back to its bearer
    (['Lena Marsh hopes to make the case to women.',
      'Former Ohio governor Jan Brewer, an early supporter of Marsh, calls security “a '
      'priority” for women. “That is something I think will resonate,” she said.'],
     "That is something", "Jan Brewer"),
    (['“We will vote in the fall,” June Okafor said.'], "We will vote", "June Okafor"),
    # a statement named before a comma hands the quotation closing the sentence to the
    # clause's subject; an opening adverb is no name
    (['Immediately after the vote, Mark Dole issued a statement, “Last night, our party '
      'was defeated by its own members.”'], "Last night, our party", "Mark Dole"),
    # "when asked" names no one: a quotation standing alone after it goes on with the
    # speaker before
    (['“Jobs, jobs, jobs,” Anna Reyes said on Monday when asked what Mark Dole would do '
      'in office. “Nobody did it better or created more jobs.”'], "Nobody did it",
     "Anna Reyes"),
    # a name in quote marks inside the aside between a speaker and the verb
    (['“We have had better conventions than this one,” Ohio delegate Bill Eastman, wearing '
      'a hat and “Roe 2016” pins, said matter-of-factly.'], "We have had", "Bill Eastman"),
    # "said to" a crowd's noise is said, not "said to be"
    (['Tom Roe spoke in Ohio.', '“We cannot afford to be so correct anymore,” he said to '
      'enthusiastic cheers.'], "We cannot afford", "Tom Roe"),
    (['Tom Roe spoke in Ohio.', '“We cannot afford to be so correct anymore,” he said to '
      'applause.'], "We cannot afford", "Tom Roe"),
    # a bare title means the untitled person this paragraph is about, not a holder of the
    # title named in an earlier paragraph; in a paragraph of its own, the holder
    (['Sen. John Mack spoke in 2000.', 'Tom Cole defends his record on television. '
      '“Securing our borders is a matter of security,” the senator says.'],
     "Securing our borders", "Tom Cole"),
    (['Sen. John Mack spoke in 2000. Tom Cole listened.',
      '“Securing our borders is a matter of security,” the senator says.'],
     "Securing our borders", "John Mack"),
    # a given name that is also a place, after an age or a lower-case word, opens the name
    (['He is accused by 19-year-old Virginia Goff, a former aide.',
      '“He knows exactly what he has done,” Goff said.'], "He knows", "Virginia Goff"),
    (['He lives in Virginia Beach now.', '“He knows what he has done,” Beach said.'],
     "He knows", "Beach"),
    # with no one else to go back to, "he" is the man named earlier in its own sentence
    (['Last month, when I asked Tom Roe if he would ever endorse her, he looked into my '
      'camera and said, “I am going to endorse you!”'], "I am going to", "Tom Roe"),
    # a family name two people share takes the gender of the paragraph's "she"/"he"
    (['Anna Marsh spoke in 1996. Tom Marsh spoke later.',
      'Asked about it in the debate, Marsh said, “I do take responsibility.” She followed '
      'that by saying, “I am not a natural politician.”'], "I do take", "Anna Marsh"),
    (['Anna Marsh spoke in 1996. Tom Marsh spoke later.',
      'Asked about it in the debate, Marsh said, “I do take responsibility.” She followed '
      'that by saying, “I am not a natural politician.”'], "I am not", "Anna Marsh"),
    # "the newspaper", "the editorial board": the newspaper named last
    (['The Ohio Ledger Journal wrote about Roe on Monday.',
      '“He is wrong about taxes and about trade,” the conservative-leaning newspaper wrote.'],
     "He is wrong", "Ohio Ledger Journal"),
    (['The Ohio Ledger Journal wrote about Roe on Monday.',
      '“He cannot win the state,” the paper’s editorial board said.'],
     "He cannot win", "Ohio Ledger Journal"),
    # a group's named member is whom a later "she" or "he" of that gender means
    (['Mary Stone spoke first.', 'Anna Edwards and Tom Roe said they could not support '
      'Stone. “I will write in another name,” she said.'], "I will write", "Anna Edwards"),
    (['Mary Stone spoke first.', 'Anna Edwards and Tom Roe said they could not support '
      'Stone. “I will write in another name,” he said.'], "I will write", "Tom Roe"),
    (['Mary Stone spoke first.', '“It is my last chance,” said Stacey Edwards, 31.',
      'Edwards and others said they could not support Stone. “I will write in another '
      'name,” she said.'], "I will write", "Stacey Edwards"),
    # a family name ending like an adverb ("-wards") is a name
    (['“The real estate world is complex,” Ben Woodward said. “It is a maze.”'],
     "It is a maze", "Ben Woodward"),
    # the subject a subordinator opens speaks when the sentence's own is no person
    (['The debate was so subdued that Mark Dole was prompted to say, “So far, I cannot '
      'believe how civil it has been.”'], "So far, I cannot", "Mark Dole"),
]


@pytest.mark.parametrize("paragraphs,start,speaker", CASES)
def test_direct_speaker(paragraphs, start, speaker):
    assert _quote(paragraphs, start).speaker == speaker


def test_a_short_phrase_closing_a_sentence_is_no_continued_statement():
    quotes, _, _ = extract_quotes(['“It is an enormous moment,” said Ivan Sokol, a '
                                   'strategist. The race is “over” now.',
                                   '“It is late,” said Ivan Sokol. Critics called the '
                                   'plan “a bridge to nowhere and back again” last week.'])
    # the short phrases are never Sokol's continued statement; the critics' words, called
    # out as their judgement of the plan, are theirs (an unnamed group: no speaker)
    assert [(q.text, q.speaker) for q in quotes] == [
        ("It is an enormous moment", "Ivan Sokol"), ("It is late", "Ivan Sokol"),
        ("a bridge to nowhere and back again", None)]


def test_a_statement_before_a_comma_hands_over_only_a_closing_quotation():
    quotes, _, _ = extract_quotes(['Mark Dole issued a statement, “Last night, our party '
                                   'was defeated,” and left the room.'])
    assert [q.speaker for q in quotes] == [None]


def test_others_beside_no_one_named_before_are_no_person():
    quotes, speakers, _ = extract_quotes(['Acme and others said they could not support the '
                                          'plan. “We will write in another name,” she said.'])
    assert speakers == [] and [q.speaker for q in quotes] == [None, None]


def test_a_term_in_the_speakers_aside_is_no_quote_of_theirs():
    quotes, _, _ = extract_quotes(['“We have had better conventions than this one,” delegate '
                                   'Bill Eastman, wearing a hat and “Roe 2016” pins, said.'])
    assert [q.text for q in quotes] == ["We have had better conventions than this one"]


def test_a_verb_phrase_before_the_verb_is_no_organisation():
    quotes, speakers, _ = extract_quotes(['“Roe needs a strategy for targeting voters,” Nate '
                                          'Gold, the polling guru who founded a website '
                                          'tweeted on Wednesday.'])
    assert [s.name for s in speakers if "website" in s.name] == []


def test_a_shared_family_name_takes_the_gender_of_the_reported_clause():
    quotes, _, _ = extract_quotes(['Lena Marsh spoke in Iowa on Monday. Tom Marsh spoke in '
                                   'Ohio.', 'Marsh said she would win the state.'])
    assert [(q.kind, q.speaker) for q in quotes] == [("indirect", "Lena Marsh")]


DASHES = [
    # dialogue set off by a dash instead of quote marks is a direct quotation
    ("— We asked for help, Mr Brandon said.", "We asked for help", "Brandon"),
    ("– We asked for help again, said Ms Roe.", "We asked for help again", "Roe"),
]


@pytest.mark.parametrize("paragraph,text,speaker", DASHES)
def test_dialogue_dash(paragraph, text, speaker):
    quotes, _, _ = extract_quotes([paragraph])
    assert [(q.kind, q.text, q.speaker) for q in quotes] == [("direct", text, speaker)]


def test_a_dash_before_a_list_item_is_no_quotation():
    quotes, _, _ = extract_quotes(["— Prices rose 5 percent, the data showed.",
                                   "— Item one, with a list of things."])
    assert [q for q in quotes if q.kind == "direct"] == []


def test_an_attributed_question_has_its_cue():
    quotes, _, _ = extract_quotes(['“What is the incentive?” Mark Dole, the former executive '
                                   'director for China at the fund, said at an event.'])
    assert [(q.speaker, q.cue) for q in quotes] == [("Mark Dole", "said")]


def test_no_name_before_the_colon_is_no_speaker():
    quotes, _, _ = extract_quotes(['The sign said something - The crowd: “Go home now, we do '
                                   'not want you here.”'])
    assert [q.speaker for q in quotes] == [None]


def test_a_single_name_speaking_of_its_own_is_no_person():
    quotes, speakers, _ = extract_quotes(['Harbor said its profit rose.'])
    assert [(s.name, s.kind) for s in speakers] == [("Harbor", "organisation")]


def test_the_unnamed_person_again_is_not_someone_named_in_between():
    quotes, _, _ = extract_quotes([
        '“If I was a donor, I’d want answers,” said a prominent committee member.',
        '“We have more staff than ever,” said Steven Chung, a campaign spokesman.',
        '“Nobody cares when you spend your own money,” the committee member said.'])
    last = [q for q in quotes if q.text.startswith("Nobody cares")][0]
    assert (last.speaker, last.speaker_as_written) == (None, "the committee member")


def test_the_spokesman_again_may_be_the_named_spokesman():
    quotes, _, _ = extract_quotes([
        '“If I was a donor, I’d want answers,” said a prominent committee member.',
        '“We have more staff than ever,” said Steven Chung, a committee member.',
        '“Nobody cares when you spend your own money,” the committee member said.'])
    last = [q for q in quotes if q.text.startswith("Nobody cares")][0]
    assert last.speaker == "Steven Chung"


VERBS = [
    # speech verbs of manner after a quotation
    ('"An awful lot of analysts said no," remembered Roy Vale, the firm\'s former '
     'spokesman.', "Roy Vale"),
    ('"France will always be France," an angry Paul Girard retaliated.', "Paul Girard"),
    ('"That is a fair point," Anna Reyes cracked.', "Anna Reyes"),
]


@pytest.mark.parametrize("paragraph,speaker", VERBS)
def test_manner_verb(paragraph, speaker):
    quotes, _, _ = extract_quotes([paragraph])
    assert [(q.kind, q.speaker) for q in quotes] == [("direct", speaker)]


def test_a_manner_verb_reports_no_bare_words():
    quotes, _, _ = extract_quotes(['Anna Reyes remembered the day her father died.',
                                   'Police cracked down on the protest.'])
    assert quotes == []


PRONOUNS = [
    # a paragraph naming someone only in passing (a question, an object) does not stop the
    # speaker of the paragraph before from going on
    (['Carl Tobin, a law professor, was not optimistic.',
      '“I think they will run out the clock,” Tobin said.',
      'But what if the nominee wins? Would she pick judges more liberal than Mark Dole?',
      '“She should do whatever she wants,” he said.'], "She should", "Carl Tobin"),
    # ... unless only the one named in passing can be "she"
    (['Grant Yelton, a strategist, said small towns matter.',
      '“It is a good day for them,” Yelton said.',
      'At the barn, one local woman, Karen Robel, pulled the candidate aside.',
      '“I am so glad you came,” she told him.'], "I am so glad", "Karen Robel"),
    # a surname that is also a party word after a given name ("Ben Green") is a name
    (['Her mother is passionate about Senator Mark Dole.',
      'Ms. Hughes avoids the subject, but their neighbor Benjamin Green, 83, knows what '
      'Washington needs. “It will take a junkyard dog,” he said.'], "It will take",
     "Benjamin Green"),
    # of the men a paragraph names only in passing, the first (its topic), not the last
    (['Mark Dole and his top aides have reminded other Democrats that he will do what it '
      'takes to stop Paul Girard from winning.',
      '“Let me make it very clear,” he asserted to reporters.'], "Let me make", "Mark Dole"),
    # someone named in full is a person "he" may be, whatever their given name
    (["Kazakhstan's foreign minister, Yerbol Sadykov, plays down concerns.",
      '“Our philosophy is simple,” he said in an interview.'], "Our philosophy",
     "Yerbol Sadykov"),
]


@pytest.mark.parametrize("paragraphs,start,speaker", PRONOUNS)
def test_whom_he_or_she_goes_on_with(paragraphs, start, speaker):
    assert _quote(paragraphs, start).speaker == speaker


def test_a_place_is_never_he():
    quotes, _, _ = extract_quotes(['In San Francisco, a group marched in silence. A man '
                                   'carried one of the photos. “I cried the whole parade,” '
                                   'he said.'])
    assert [q.speaker for q in quotes] == [None]


SURNAMES = [
    # a surname that is also a nationality or a title, before an affiliation or alone
    ("“This is an extreme revision,” said Paul French of the National Grocers Federation.",
     "Paul French"),
    ("“We intend to do that,” said Post Editor Martin Baron.", "Martin Baron"),
    ("''It is not going to be easy for Mark Dole,'' said Representative Paul T. King of "
     "Ohio, who endorsed Mr. Dole on Tuesday.", "Paul T. King"),
    # a title before "of" is no surname
    ("“It is over,” said U.S. Secretary of State Anna Reyes of the Treasury.", "Anna Reyes"),
]


@pytest.mark.parametrize("paragraph,speaker", SURNAMES)
def test_a_surname_that_is_also_a_word(paragraph, speaker):
    quotes, _, _ = extract_quotes([paragraph])
    assert [(q.kind, q.speaker) for q in quotes] == [("direct", speaker)]


def test_two_titles_of_one_person_are_no_group():
    from builder.extract.quotes.marks import find_quotes
    from builder.extract.quotes.mentions import classify_np
    from builder.extract.quotes.text import tokenize

    def kind(s):
        m = classify_np(s, tokenize(s, find_quotes(s)))
        return m.kind, m.name
    assert kind("former Ohio Gov. and party Chairman Ed Rendon") == ("name", ["Ed", "Rendon"])
    assert kind("Gov. Mark Dole and Sen. Anna Reyes")[0] == "group"
    assert kind("the governor and Mark Dole")[0] == "group"


def test_a_clause_with_a_speech_verb_is_no_speakers_name():
    quotes, speakers, _ = extract_quotes([
        'Mark Dole spoke on Monday.',
        '“A lot of it has to do with the economy,” the retired neurosurgeon told RBLT TV in '
        'a video posted to its account.'])
    assert [s.name for s in speakers if "told" in s.name] == []
    assert all("told" not in (q.speaker or "") for q in quotes)


def test_a_dotted_abbreviation_inside_a_description_keeps_it_whole():
    """ "a senior U.S. official told ...": an unnamed source, never the named official the
    text spoke of before (the description is not cut at "U.S.")."""
    quotes, _, _ = extract_quotes([
        "Secretary of State Jo R. Brandt said the border was calm.",
        "“Very few” of the 2,500 visitors complied with the order, a senior U.S. official told reporters."])
    [q] = [q for q in quotes if "Very few" in q.text]
    assert q.speaker is None
    assert q.speaker_as_written == "a senior U.S. official"


def test_an_anti_or_pro_compound_is_no_speaker():
    """ "Anti-Castro demonstrators", "Pro-Kremlin media": an adjective, not a person or an
    organisation; "the government" after it is not it."""
    quotes, _, _ = extract_quotes([
        "Anti-Marlow demonstrators thronged the street near the ministry in Lisbon on Wednesday, "
        "demanding that Rui be allowed to stay.",
        "In Havana, the government gave a guarded first response to the ruling, warning against "
        "\"excessive optimism\" and predicting \"the mafia\" would still put up a fight."])
    assert quotes
    assert all(q.speaker != "Anti-Marlow" for q in quotes), [(q.speaker, q.text) for q in quotes]


def test_the_subject_of_two_descriptions_is_before_the_first():
    """ "X, the professor ... in Baltimore, Maryland, and former head of Y, said": the
    second description opens with "and"; the speaker is X, not the place before it."""
    quotes, _, _ = extract_quotes([
        "Doctor Jo Brandt, the professor of surgery at the city hospital in Lisbon, Portugal, "
        "and former president of the society, said that the current system works well."])
    assert [q.speaker for q in quotes] == ["Jo Brandt"]


def test_a_possessive_description_then_a_name_speaks_as_the_name():
    """ "Rui's paternal great-uncle, Jo Brandt, is fighting ..., saying ...": the name
    between commas is the subject, not the possessive before the description."""
    quotes, _, _ = extract_quotes([
        "Rui's paternal great-uncle, Jo Brandt, is fighting to keep the boy in Lisbon, "
        "saying he can give the child a better life."])
    assert [q.speaker for q in quotes] == ["Jo Brandt"]
