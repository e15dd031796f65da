"""Thoughts and topics (``attribution`` of a quote entry): a named person's belief,
expectation, hope or fear with its complement is a ``thought``; what a speech act is
about ("criticized the plan") a ``topic``; everything said stays ``speech``.
Invented sentences, their expected entries beside them."""
from __future__ import annotations

import pytest

from builder.extract.quotes import extract_quotes


def entries(*paragraphs: str):
    quotes, _, _ = extract_quotes(list(paragraphs))
    return [(q.attribution, q.speaker, q.cue, q.text) for q in quotes]


THOUGHTS = [
    ("Jane Marsh believes the levy is unfair to farmers.",
     ("thought", "Jane Marsh", "believes", "the levy is unfair to farmers")),
    ("Tom Okafor is confident that the bill will pass.",
     ("thought", "Tom Okafor", "is confident", "the bill will pass")),
    ("Tom Okafor worries that the council will stall it.",
     ("thought", "Tom Okafor", "worries", "the council will stall it")),
    ("Ana Reyes hopes to win the seat in the spring.",
     ("thought", "Ana Reyes", "hopes", "to win the seat in the spring")),
    ("Ana Reyes expects the mayor to resign.",
     ("thought", "Ana Reyes", "expects", "the mayor to resign")),
    ("Ana Reyes does not think the city can pay for it.",
     ("thought", "Ana Reyes", "think", "the city can pay for it")),
]


@pytest.mark.parametrize("sentence, want", THOUGHTS)
def test_a_belief_with_its_complement_is_a_thought(sentence, want):
    assert want in entries(sentence)


NOT_THOUGHTS = [
    "Ana Reyes expects a vote in March.",            # a bare object
    "Ana Reyes knew the mayor well.",
    "The deal is expected to close in May.",         # nobody's expectation
    "I think the city can pay for it.",              # the writer's own
    "Ana Reyes thought about it for a week.",
    "Ana Reyes is confident.",
    "The plan will fail, Ana Reyes believes.",       # the clause before: too often the writer's
    "The fair was not as good as the organisers hoped it would be.",   # a comparison
    "Sales rose faster than analysts expected they would.",
    "Jane Marsh of the Civic Policy think tank told a radio station the levy was unfair.",
]


@pytest.mark.parametrize("sentence", NOT_THOUGHTS)
def test_no_thought_without_a_believer_and_a_complement(sentence):
    assert [e for e in entries(sentence) if e[0] == "thought"] == []


@pytest.mark.parametrize("sentence, want", [
    ("Many observers expect the council to fold.", "the council to fold"),
    ("Some farm economists believe the levy will backfire.", "the levy will backfire"),
])
def test_an_unnamed_groups_view_is_a_thought_with_no_speaker(sentence, want):
    # as an unnamed group's statement ("officials said ...") is speech with no speaker
    assert [e for e in entries(sentence) if e[0] == "thought"] == [
        ("thought", None, sentence.split()[2] if sentence.startswith("Many") else "believe",
         want)]


def test_a_belief_inside_a_statement_is_the_statement():
    got = entries("Tom Okafor said he believes the plan will fail.")
    assert got == [("speech", "Tom Okafor", "said", "he believes the plan will fail")]


def test_a_belief_inside_a_quotation_is_no_entry_of_its_own():
    got = entries("“I think it will pass,” Tom Okafor said.")
    assert [e[0] for e in got] == ["speech"]


def test_a_pronoun_believer_is_resolved():
    got = entries("Jane Marsh met the board on Monday. She believes the merger will fail.")
    assert ("thought", "Jane Marsh", "believes", "the merger will fail") in got


def test_speech_keeps_its_default():
    got = entries("Jane Marsh said the levy would rise.")
    assert got == [("speech", "Jane Marsh", "said", "the levy would rise")]


TOPICS = [
    ("Lena Vogt criticized the budget plan of the mayor.",
     ("topic", "Lena Vogt", "criticized", "the budget plan of the mayor")),
    ("Lena Vogt cited polls showing a tight race, and her aides agreed.",
     ("topic", "Lena Vogt", "cited", "polls showing a tight race")),
    ("Lena Vogt spoke about the proposed border wall, saying it will be big.",
     ("topic", "Lena Vogt", "spoke about", "the proposed border wall")),
    ("Lena Vogt called him a liar.", ("topic", "Lena Vogt", "called", "him a liar")),
    ("Lena Vogt pointed to the mayor's record on housing.",
     ("topic", "Lena Vogt", "pointed to", "the mayor's record on housing")),
    ("Asked about the levy, Lena Vogt ducked, pointing to her record on roads.",
     ("topic", "Lena Vogt", "pointing to", "her record on roads")),
    # a contrast after "but" is no part of what it was about
    ("Lena Vogt criticized the mayor's plan but not the mayor.",
     ("topic", "Lena Vogt", "criticized", "the mayor's plan")),
    # the occasion is not what it was about
    ("Lena Vogt denied the charges through her lawyer.",
     ("topic", "Lena Vogt", "denied", "the charges")),
    ("Lena Vogt attacked the council members from the Senate floor.",
     ("topic", "Lena Vogt", "attacked", "the council members")),
]


@pytest.mark.parametrize("sentence, want", TOPICS)
def test_a_speech_act_with_a_bare_object_names_its_topic(sentence, want):
    assert want in entries(sentence)


NOT_TOPICS = [
    "Lena Vogt called the police on Monday.",      # a call, not a name given
    "Lena Vogt ripped into the council.",          # no object
    "The two mayors discussed trade.",             # a group: no one's topic
    # the writer naming whom a quotation meant; a form of address
    "“We need steady hands,” Lena Vogt said, referring to the mayor.",
    "Lena Vogt refers to the mayor as “Tom.”",
]


@pytest.mark.parametrize("sentence", NOT_TOPICS)
def test_no_topic_without_a_speaker_and_an_object(sentence):
    assert [e for e in entries(sentence) if e[0] == "topic"] == []


def test_a_topic_holding_a_quotation_leaves_the_quotation_the_entry():
    got = entries("Lena Vogt criticized the plan as “a costly fraud that will fail” on Monday.")
    assert [e[0] for e in got if e[0] != "speech"] == []


def test_a_topic_ends_where_the_next_cue_starts():
    got = entries("Lena Vogt criticized the levy and said it would hurt farmers.")
    assert ("topic", "Lena Vogt", "criticized", "the levy") in got
    assert ("speech", "Lena Vogt", "said", "it would hurt farmers") in got


@pytest.mark.parametrize("sentence", [
    "Tom Okafor said Lena Vogt discussed the delay with the board.",   # Okafor's statement
    "Lena Vogt will discuss her new book on the show.",                 # a plan
    "They need to act if they expect to stay in the race.",             # a condition
])
def test_no_view_or_topic_inside_a_statement_a_plan_or_a_condition(sentence):
    assert [e for e in entries(sentence) if e[0] != "speech"] == []


@pytest.mark.parametrize("sentence, want", [
    ("Ana Reyes questioned the mayor’s record on crime.",
     ("topic", "Ana Reyes", "questioned", "the mayor’s record on crime")),
    ("Ana Reyes denied the allegations.", ("topic", "Ana Reyes", "denied", "the allegations")),
    ("“It is wrong,” Tom Okafor said, explaining the council’s decision.",
     ("topic", "Tom Okafor", "explaining", "the council’s decision")),
])
def test_a_report_verb_with_a_bare_object_names_its_topic(sentence, want):
    assert want in entries(sentence)


def test_a_report_verb_with_a_clause_stays_speech():
    got = entries("Ana Reyes questioned whether the plan would work.")
    assert got == [("speech", "Ana Reyes", "questioned", "whether the plan would work")]


def test_the_speaker_page_lists_views_and_topics_apart_led_by_their_cue():
    from builder.model import Article, Collection, Quote, QuoteRef, RegistrySpeaker
    from builder.render import render_site
    paras = ["Lena Vogt said the levy would rise.", "Lena Vogt believes the <b>levy</b> is unfair."]
    a = Article(id="2021-01-01-x", title="T", date="2021-01-01", paragraphs=paras, quotes=[
        Quote(text="the levy would rise", kind="indirect", speaker="Lena Vogt",
              speaker_as_written="Lena Vogt", paragraph=0, cue="said", start=15, end=34),
        Quote(text="the <b>levy</b> is unfair", kind="indirect", speaker="Lena Vogt",
              speaker_as_written="Lena Vogt", paragraph=1, cue="believes", start=19, end=44,
              attribution="thought")])
    sp = RegistrySpeaker(id="lena-vogt", name="Lena Vogt", articles=[a.id],
                         quotes=[QuoteRef(a.id, 0), QuoteRef(a.id, 1)])
    files = render_site(Collection(articles=[a], speakers=[sp], events=[]), {"title": "T", "intro": []})
    page = files["speakers/lena-vogt.md"]
    quotes, views = page.split("## Views and topics reported")
    assert "the levy would rise" in quotes and "unfair" not in quotes
    assert "1 quotes, 1 views and topics" in quotes
    assert '<span class="tl-view-cue">Lena Vogt believes</span> the &lt;b&gt;levy&lt;/b&gt; is unfair' in views
    assert "blockquote" not in views            # never shown as a quotation
    article = files["articles/2021-01-01-x.md"]
    assert article.count('class="tl-reported"') == 1    # the thought is not marked as said
    assert "(1 quote)" in article


VIEWS = [
    ("Ana Reyes has long viewed the treaty as a mistake.",
     ("thought", "Ana Reyes", "viewed", "the treaty as a mistake")),
    ("Ana Reyes saw the vote held on Sunday as a test of the new council, and so did many.",
     ("thought", "Ana Reyes", "saw", "the vote held on Sunday as a test of the new council")),
    ("Tom Okafor regards the levy and the toll as unfair to farmers.",
     ("thought", "Tom Okafor", "regards", "the levy and the toll as unfair to farmers")),
]


@pytest.mark.parametrize("sentence, want", VIEWS)
def test_seeing_something_as_something_is_a_thought(sentence, want):
    assert want in entries(sentence)


NOT_VIEWS = [
    "Ana Reyes saw wages fall as prices rose.",          # "as" opens a clause of time
    "Ana Reyes saw the mayor as he left the hall.",
    "The plan is seen as a test of the council.",        # no one who sees it
    "Ana Reyes saw the mayor as well as his deputy.",    # a comparison
    "Ana Reyes saw the film as a child.",                # when she was one
    "Tom Okafor first saw the city as a young student.",
    "The town has drawn suspicion from the capital, which sees the valley as its own.",
    "The Okafor campaign saw the county vote as the start of the race.",   # an organisation
    "Party leaders see him as an asset to candidates in the fall.",   # no believer named
]


@pytest.mark.parametrize("sentence", NOT_VIEWS)
def test_other_uses_of_see_as_are_no_thought(sentence):
    assert [e for e in entries(sentence) if e[0] == "thought"] == []
