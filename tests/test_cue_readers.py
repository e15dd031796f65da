"""The cue readers of builder/extract/quotes/readers.py, one test table each.

Each row is an invented sentence and what the reader of that kind must make of it: the
cue it finds, the subject as written (None: no valid cue of that kind), and the words it
takes as the content (None: no content; "" : any). A reader is a match/subject/content
triple registered in ``cues.READERS``; these tables pin each one apart from the rest of
attribution.
"""
from __future__ import annotations

import pytest

from builder.extract.quotes.cues import READERS, read_cues
from builder.extract.quotes.marks import find_quotes
from builder.extract.quotes.text import tokenize


def cues_of(sentence: str, kind: str):
    toks = tokenize(sentence, find_quotes(sentence))
    out = []
    for c in read_cues(sentence, toks, set()):
        if c.kind != kind or not c.valid:
            continue
        content = None
        if c.content:
            a, b = c.content
            content = sentence[toks[a].start:toks[b - 1].end]
        out.append((c.verb, c.subj.text if c.subj else None, content, c.reports))
    return out


def check(sentence, kind, verb, subject, content, reports=None):
    found = cues_of(sentence, kind)
    if subject is None:
        assert not [f for f in found if f[0] == verb], found
        return
    hits = [f for f in found if f[0] == verb]
    assert hits, f"no {kind} cue {verb!r} in {sentence!r}: {found}"
    got_verb, got_subject, got_content, got_reports = hits[0]
    assert got_subject == subject
    if content is None:
        assert got_content is None
    elif content:
        assert got_content == content
    if reports is not None:
        assert got_reports is reports


def test_the_table_lists_every_reader_once_in_order():
    kinds = [r.kind for r in READERS]
    assert kinds == ["according", "quoted", "quotes", "participle", "label", "dash",
                     "remark", "phrasal", "question", "noun", "verb", "colon", "thought"]


COLON = [
    ("Jane Doe reacted: “They said things. What are they talking about?”", ":", "Jane Doe",
     "“They said things. What are they talking about?”"),
    ("The senator wrapped up his speech: “I will fight for you!”", ":", "The senator", ""),
    ("The crowd chanted: “Send them home!”", ":", None, None),
    ("Jane Doe said in a statement: “We are sorry.”", ":", None, None),   # the verb's cue
]


@pytest.mark.parametrize("sentence,verb,subject,content", COLON)
def test_colon_reader(sentence, verb, subject, content):
    check(sentence, "colon", verb, subject, content, reports=False if subject else None)


ACCORDING = [
    ("The plant will close, according to Helen Ward, a union official.", "according to",
     "Helen Ward", "The plant will close"),
    ("According to the ministry, exports fell.", "according to", "the ministry",
     "exports fell"),
    ("According to his aunt, Jane Doe, he left early.", "according to", "Jane Doe",
     "he left early"),
    ("It rose, according to data.", "according to", None, None),   # no speaker
    # an unnamed group speaks with no speaker named
    ("According to police officials, the car was stolen.", "according to",
     "police officials", "the car was stolen"),
    ("The deal is close, according to people familiar with the talks.", "according to",
     "people familiar with the talks", "The deal is close"),
    # between commas: the clause after a subordinate opening, or the whole sentence
    ("While most stayed, according to the mayor, two left.", "according to", "the mayor",
     "two left"),
    ("The plan, according to the mayor, failed.", "according to", "the mayor",
     "The plan, according to the mayor, failed"),
    ("The plan failed, according to the mayor, and the town paid.", "according to",
     "the mayor", "The plan failed"),
]


@pytest.mark.parametrize("sentence,verb,subject,content", ACCORDING)
def test_according(sentence, verb, subject, content):
    check(sentence, "according", verb, subject, content)


QUOTED = [
    ("“We will not bow,” a ministry statement quoted Ri Son-gwon as saying.",
     "quoted ... as saying", "Ri Son-gwon", "“We will not bow,”"),
    ("“We stand together,” Olsen was quoted as saying by the agency Norpress.",
     "quoted ... as saying", "Olsen", ""),
    ("Olsen was quoted as saying the talks had failed.", "quoted ... as saying", "Olsen",
     "the talks had failed"),
]


@pytest.mark.parametrize("sentence,verb,subject,content", QUOTED)
def test_quoted_as_saying(sentence, verb, subject, content):
    check(sentence, "quoted", verb, subject, content)


QUOTES = [
    ("“Prices will rise,” the newspaper quotes a source close to the firm.", "quotes",
     "a source close to the firm", "“Prices will rise,”"),
    ("The quotes were read aloud.", "quotes", None, None),
]


@pytest.mark.parametrize("sentence,verb,subject,content", QUOTES)
def test_outlet_quotes(sentence, verb, subject, content):
    check(sentence, "quotes", verb, subject, content)


PARTICIPLE = [
    # the clause's subject speaks
    ("Tomas Herzog spoke for an hour, saying “we will win.”", "saying", "Tomas Herzog",
     "“we will win.”", True),
    ("Ana Lopes wrote to the board, telling members, “the vote stands.”", "telling",
     "Ana Lopes", "“the vote stands.”", True),
    # the speaker of the cue before it
    ("“It is over,” Jane Doe said, adding that the team had lost.", "adding", "Jane Doe",
     "the team had lost", True),
    # a topic, not speech
    ("Olaf Brenner left early, saying goodbye to nobody in particular at all.", "saying",
     "Olaf Brenner", "", None),
    # no comma or lead word: a noun, not a cue
    ("The saying goes that time heals.", "saying", None, None, None),
    # phrasal participles, and speech acts through their complement only
    ("Tomas Herzog spoke for an hour, pointing out that the polls were wrong.",
     "pointing out", "Tomas Herzog", "the polls were wrong", True),
    ("Ana Lopes spoke in Ohio, urging voters to stay home.", "urging", "Ana Lopes",
     "voters to stay home", True),
    ("Ana Lopes spoke in Ohio, calling for a recount of the votes.", "calling for",
     "Ana Lopes", "a recount of the votes", True),
    ("Ana Lopes spoke in Ohio, criticizing the plan.", "criticizing", "Ana Lopes",
     "the plan", False),
    ("The bank had a busy year, advising the firm on its sale to a rival.", "advising",
     "The bank", "", False),
    # the clause's subject is a plain noun phrase
    ("The departments declined to comment, saying the case was open.", "saying",
     "The departments", "the case was open", True),
    # an aside between commas before "that"
    ("Olaf Brenner spoke about taxes, saying, apparently for the first time, that he "
     "would cut them.", "saying", "Olaf Brenner", "he would cut them", True),
]


@pytest.mark.parametrize("sentence,verb,subject,content,reports", PARTICIPLE)
def test_participle(sentence, verb, subject, content, reports):
    check(sentence, "participle", verb, subject, content, reports)


def test_absolute_with_a_share_saying_is_a_verb_with_the_share_as_its_subject():
    check("Most voters shrugged, with three in 10 saying the pick would not sway them.",
          "verb", "saying", "three in 10", "the pick would not sway them", True)
    check("The hall filled early, with many farmers saying they had driven all night.",
          "verb", "saying", "many farmers", "they had driven all night", True)
    # the absolute phrase ends at its first comma
    check("Okafor came second, with 22 percent saying they would not back him, Reyes at "
          "20 percent.", "verb", "saying", "22 percent", "they would not back him", True)
    # a document's words, not a share of people: no cue
    check("Protesters marched past, with a banner saying the mayor must go.", "verb",
          "saying", None, None)


def test_progressive_is_a_verb_with_its_subject_before_the_auxiliary():
    check("Mary Jones is saying that the deal is dead.", "verb", "saying", "Mary Jones",
          "the deal is dead", True)


LABEL = [
    ("Rep. Jane Doe (D-Ohio): “This is wrong.”", ":", "Rep. Jane Doe",
     "“This is wrong.”"),
    ("Kowalski: “We will build it.”", ":", "Kowalski", "“We will build it.”"),
    ("Update: “The road is closed.”", ":", None, None),     # furniture, not a name
    ("The rule is simple: “no phones.”", ":", None, None),   # not a name before the colon
]


@pytest.mark.parametrize("sentence,verb,subject,content", LABEL)
def test_colon_label(sentence, verb, subject, content):
    check(sentence, "label", verb, subject, content)


DASH = [
    ("“We want our jobs back.” — Maria Lopez, a steelworker", "—", "Maria Lopez",
     "“We want our jobs back.”"),
    ("“Enough.” — said nobody", "—", None, None),      # a verb follows: not a signature
]


@pytest.mark.parametrize("sentence,verb,subject,content", DASH)
def test_dash_signature(sentence, verb, subject, content):
    check(sentence, "dash", verb, subject, content)


REMARK = [
    ("“It is a disgrace,” Ivo Brandt said. Brandt made the remarks in Berlin.",
     "made the remark", "Brandt", None),
]


@pytest.mark.parametrize("sentence,verb,subject,content", REMARK)
def test_made_the_remark(sentence, verb, subject, content):
    check(sentence, "remark", verb, subject, content)


PHRASAL = [
    ("Kwame Mensah pointed out that the line was late.", "pointed out", "Kwame Mensah",
     "the line was late", True),
    ("“Never again,” Ivo Brandt shot back.", "shot back", "Ivo Brandt", "“Never again,”",
     True),
    ("He went on: “We are ready.”", "went on", "He", "“We are ready.”", True),
    ("Prices went on rising all year.", "went on", "Prices", None, None),
]


@pytest.mark.parametrize("sentence,verb,subject,content,reports", PHRASAL)
def test_phrasal_verb(sentence, verb, subject, content, reports):
    check(sentence, "verb", verb, subject, content, reports)


VERB = [
    # report verbs: a clause after them, or the sentence before them
    ("Ingrid Dahl said the report would be published in March.", "said", "Ingrid Dahl",
     "the report would be published in March", True),
    ("Voters face a clear choice, said Tomas Herzog.", "said", "Tomas Herzog",
     "Voters face a clear choice", True),
    ("“We are fine,” said Mr. Schmidt.", "said", "Mr. Schmidt", "“We are fine,”", True),
    ("The senator testified that the calls were routine.", "testified", "The senator",
     "the calls were routine", True),
    ("Dahl told reporters the plan was dead.", "told", "Dahl", "the plan was dead", True),
    ("Olaf Brenner announced the deal.", "announced", "Olaf Brenner", "the deal", False),
    ("Biden has maintained a polling lead for months.", "maintained", "Biden",
     "a polling lead for months", False),
    ("Biden maintained that the lead was real.", "maintained", "Biden",
     "the lead was real", True),
    # an opening phrase is not what a verb with its own complement reports; a commitment
    # verb reports its infinitive (what the speaker said they would do)
    ("In every field, Ana Lopes vowed to build more.", "vowed", "Ana Lopes",
     "to build more", True),
    ("Ana Lopes promised on Tuesday to cut the fee.", "promised", "Ana Lopes",
     "to cut the fee", True),
    ("Ana Lopes promised to the voters a new bridge.", "promised", "Ana Lopes", None, None),
    ("An aide, who requested anonymity to discuss the talks, said no.", "requested",
     "An aide", None, None),
    ("The police threatened to use force, as the protests grew.", "threatened",
     "The police", "to use force", True),
    ("The team noted if the rate rose.", "noted", "The team", "", False),
    # an adjunct, then a clause without "that"
    ("Olaf Brenner said on Friday he met the mayor last week.", "said", "Olaf Brenner",
     "he met the mayor last week", True),
    ("Dahl told reporters in Ohio the plan was dead.", "told", "Dahl", "the plan was dead",
     True),
    ("Dahl said in Las Vegas at a forum hosted by Kim Ode.", "said", "Dahl", None, None),
    ("Critics say this is only a pause.", "say", "Critics", "this is only a pause", True),
    ("Years after Ana Lopes vowed to cut taxes, the party did the opposite.", "vowed",
     "Ana Lopes", "to cut taxes", True),
    # "As X reported, ...": the clause after the comma
    ("As the Daily Ledger reported, the mayor resigned in May.", "reported",
     "the Daily Ledger", "the mayor resigned in May", True),
    ("As the mayor spoke, the crowd cheered.", "spoke", None, None, None),
    # a second verb of the clause's subject; a subject before asides; an unnamed group
    ("Ivo Brandt visited the plant and said the jobs were safe.", "said", "Ivo Brandt",
     "the jobs were safe", True),
    ("Brandt backed the plan but has since said it was a mistake.", "said", "Brandt",
     "it was a mistake", True),
    ("Jane Doe, 60, a retired nurse, said she was elated.", "said", "Jane Doe",
     "she was elated", True),
    ("Sen. Ivo Brandt, R-Ohio, speaking on the radio, said the bill would pass.", "said",
     "Sen. Ivo Brandt", "the bill would pass", True),
    ("People familiar with the talks say the deal is close.", "say",
     "People familiar with the talks", "the deal is close", True),
    ("Proponents of the bill, however, say it would save money.", "say",
     "Proponents of the bill", "it would save money", True),
    ("Prices, say analysts, will keep rising.", "say", "analysts", "", True),
    ("The rule, which helps explain the delay, was dropped.", "explain", None, None, None),
    ("Dahl told voters that if the plan failed, he would advise a new vote.", "told", "Dahl",
     "if the plan failed, he would advise a new vote", True),
    ("Professors Dahl and Ode suggest the rate will fall.", "suggest",
     "Professors Dahl and Ode", "the rate will fall", True),
    ("The levy angered voters who say the tax is unfair.", "say", "voters",
     "the tax is unfair", True),
    ("It drew support from unions who said the law hurt them.", "said", "unions",
     "the law hurt them", True),
    ("Levine says he agrees with the plan.", "says", "Levine", "he agrees with the plan",
     True),
    ("Tomas Herzog, who said the plan failed, resigned.", "said", "Tomas Herzog",
     "the plan failed", True),
    # manner verbs: a quotation, not bare words
    ("“Nonsense,” Ivo Brandt scoffed.", "scoffed", "Ivo Brandt", "“Nonsense,”", True),
    # speech acts: their complement is speech, their topic is not
    ("Lena Vogt accused the mayor of lying about the budget.", "accused", "Lena Vogt",
     "the mayor of lying about the budget", True),
    ("Lena Vogt criticized the budget.", "criticized", "Lena Vogt", "the budget", False),
    ("Lena Vogt urged voters to stay home.", "urged", "Lena Vogt",
     "voters to stay home", True),
    ("Lena Vogt is calling for a recount.", "calling for", "Lena Vogt", "a recount", True),
    ("Ana Lopes called the plan “a disgrace”.", "called", "Ana Lopes", "", False),
    # questions
    ("Dahl asked whether the plan was legal.", "asked", "Dahl",
     "whether the plan was legal", True),
    # beliefs are not speech; nouns are not verbs
    ("Dahl believes the plan will work.", "believes", None, None, None),
    ("The Sputnik report said the talks went well.", "report", None, None, None),
    ("Data on states shows little change.", "states", None, None, None),
    ("He was told to wait.", "told", None, None, None),
]


@pytest.mark.parametrize("sentence,verb,subject,content,reports", VERB)
def test_speech_verb(sentence, verb, subject, content, reports):
    check(sentence, "verb", verb, subject, content, reports)
