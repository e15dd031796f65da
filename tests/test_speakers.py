"""Who speaks: pronouns, honorifics and names that are also common words
(builder.extract.quotes: salience.py, people.py, mentions.py). Small invented articles,
each with the speaker a reader would name."""
from __future__ import annotations

import pytest

from builder.extract.quotes import extract_quotes


def speakers(*paragraphs: str) -> list[tuple[str, str | None]]:
    quotes, _, _ = extract_quotes(list(paragraphs))
    return [(q.text, q.speaker) for q in quotes if q.kind == "direct"]


def speaker(paragraphs: tuple[str, ...], start: str) -> str | None:
    hits = [s for t, s in speakers(*paragraphs) if t.startswith(start)]
    assert hits, speakers(*paragraphs)
    return hits[0]


def test_pronoun_skips_the_subject_of_a_clause_inside_reported_speech():
    paras = ("Alan Marsh said the plan helped the town, which did not need it as much "
             "as the county that Peter Quill runs.",
             "\u201cIt is a start,\u201d he said.")
    assert speaker(paras, "It is a start") == "Alan Marsh"


def test_subordinate_subject_is_still_the_antecedent_when_nothing_else_is():
    paras = ("Voters in Dover heard from Nora Vance, the candidate, on Tuesday.",
             "When Vance walked in late, the crowd turned around.",
             "\u201cDon\u2019t mind me!\u201d she told them.")
    assert speaker(paras, "Don") == "Nora Vance"


@pytest.mark.parametrize("honorific", ["Mr.", "Mr"])
def test_honorific_with_its_dot_keeps_the_gender(honorific):
    # "Mr. Lopez" is not Maria Lopez, with or without the dot after "Mr"
    paras = ("Maria Lopez, the mayor, opened the bridge on Monday.",
             f"\u201cWe waited ten years,\u201d {honorific} Lopez said.")
    assert speaker(paras, "We waited") != "Maria Lopez"
    paras2 = ("Maria Lopez, the mayor, opened the bridge with Daniel Lopez, her brother.",
              f"\u201cWe waited ten years,\u201d {honorific} Lopez said.")
    assert speaker(paras2, "We waited") == "Daniel Lopez"


@pytest.mark.parametrize("name, later", [
    ("Bryan English", "Mr. English"),     # a nationality word after an honorific
    ("Matthew Prince", "Mr. Prince"),    # a title
    ("Ian Read", "Read"),                # a verb, inside the sentence
    ("Marty West", "West"),              # a direction
])
def test_family_name_that_is_a_common_word(name, later):
    paras = (f"{name}, a director at the firm, spoke to reporters on Friday.",
             "The deal was signed last week.",
             f"\u201cThis deal is good for shareholders,\u201d {later} said.")
    assert speaker(paras, "This deal") == name


def test_form_of_address_is_not_a_name():
    quotes, _, _ = extract_quotes(["\u201cThank you,\u201d Mr. President said."])
    assert all(q.speaker != "President" for q in quotes)


def test_given_name_that_is_a_common_word():
    paras = ("Bill Tolliver, the pollster, sounded a cautious note on Monday.",
             "\u201cIt will take more than one report,\u201d he said.")
    assert speaker(paras, "It will take") == "Bill Tolliver"


def test_modal_opening_a_question_is_no_given_name():
    quotes, speakers_, _ = extract_quotes([
        "Will Tolliver win the seat? Jane Marsh, a pollster, doubts it.",
        "\u201cHe has no chance,\u201d she said."])
    assert all(s.name != "Will Tolliver" for s in speakers_)
    assert [q.speaker for q in quotes if q.kind == "direct"] == ["Jane Marsh"]


def test_speaker_of_a_subordinate_clause_is_not_the_topic():
    paras = ("Dana Whitlock hit back at the paper, pointing out that the paper's reporter "
             "Tom Abney had reported in June that her campaign was failing.",
             "\u201cApparently not,\u201d she said.",
             "Ron Keel answered the paper, pointing out that its reporter Tom Abney had "
             "reported in June that his campaign was failing.",
             "\u201cWrong again,\u201d he said.")
    assert speaker(paras, "Apparently not") == "Dana Whitlock"
    assert speaker(paras, "Wrong again") == "Ron Keel"


def test_given_name_and_a_common_word_after_said():
    paras = ("Critics are hard to convince, said Cornel Green, a former official under "
             "Presidents Ronald Reagan and George W. Bush.",
             "\u201cIt has to be something people understand,\u201d he said.")
    assert speaker(paras, "It has to be") == "Cornel Green"


def test_single_name_speaking_as_i_is_a_person():
    paras = ("\u201cWe are tired of being told that,\u201d Bracco said.",
             "\u201cI am the son of an immigrant,\u201d he said.")
    quotes, speakers_, _ = extract_quotes(list(paras))
    assert [q.speaker for q in quotes if q.kind == "direct"] == ["Bracco", None]
    paras = ("\u201cI am tired of being told that,\u201d Bracco said.",
             "\u201cI am the son of an immigrant,\u201d he said.")
    quotes, speakers_, _ = extract_quotes(list(paras))
    assert [q.speaker for q in quotes if q.kind == "direct"] == ["Bracco", "Bracco"]
    assert [s.kind for s in speakers_ if s.name == "Bracco"] == ["person"]


def test_the_suit_speaks_for_whoever_filed_it():
    paras = ("Mayor Ann Lee slammed a lawsuit filed by a former aide named Tom Abney.",
             "The lawsuit was filed on Monday in federal court.",
             "\u201cThe mayor fired me for my service,\u201d the suit says.")
    assert speaker(paras, "The mayor fired") == "Tom Abney"


def test_a_suit_someone_only_criticised_is_not_theirs():
    paras = ("Mayor Ann Lee slammed a lawsuit over the budget on Monday.",
             "\u201cThe city broke the law,\u201d the suit says.")
    assert speaker(paras, "The city broke") is None


def test_the_statement_is_that_of_who_said_in_a_statement():
    paras = ("Two soldiers died in a crash, the Northland army said in a statement.",
             "Rival militias in Westland claimed they shot the helicopter down.",
             "\u201cThe cause is under investigation,\u201d the statement said.")
    assert speaker(paras, "The cause is") == "Northland army"


def test_described_role_prefers_the_person_talked_about():
    paras = ("President Ivan Petrov held his annual news conference on Friday.",
             "He rose to the defence of Jan Novak, the embattled president of the "
             "football league.",
             "And he even praised a candidate abroad.",
             "\u201cHe is a very talented man,\u201d the Russian leader said.")
    assert speaker(paras, "He is a very") == "Ivan Petrov"


def test_bare_title_keeps_its_usual_referent():
    paras = ("President Ivan Petrov spoke on Tuesday.",
             "Jan Novak, president of a gun safety group, live tweeted as Petrov spoke.",
             "An early tweet quoted the president as saying \u201cWe must act now!\u201d")
    assert speaker(paras, "We must act") == "Ivan Petrov"


def test_statement_opening_a_sentence_continues_the_speaker():
    paras = ("\u201cVoters will not care about this,\u201d Dana Whitlock told reporters. "
             "\u201cWhat they care about is that she is focused on raising incomes\u201d "
             "and other pocketbook issues.",)
    assert speaker(paras, "What they care") == "Dana Whitlock"
    paras = ("\u201cI am glad,\u201d Dana Whitlock said on Monday. \u201cMake our great "
             "town safe and proud again\u201d was the slogan of the rally.",)
    assert speaker(paras, "Make our great") is None


def test_unnamed_asker_in_a_when_clause_is_not_the_topic():
    paras = ("Mr. Abney himself tried to draw a distinction during an interview, when a "
             "reporter asked if the new deployments meant that he was reversing his pledge.",
             "\u201cWe are not going to invade anybody,\u201d he said.")
    assert speaker(paras, "We are not going") == "Abney"


def test_opening_preposition_is_not_a_given_name():
    paras = ("Absent Abney's health plan, which he has not introduced, Dana Whitlock "
             "pointed to his votes in Congress.",
             "\u201cIt would end the care we know,\u201d she said.")
    quotes, speakers_, _ = extract_quotes(list(paras))
    assert all("Absent" not in s.name for s in speakers_)
    assert speaker(paras, "It would end") != "Absent Abney"


def test_someone_described_by_a_thing_is_not_the_last_speaker():
    paras = ("\u201cWe will fight on,\u201d Senator Ivan Petrov said on Monday.",
             "A group of donors released a video mocking him, titled \u201cA Very Petrov "
             "Winter.\u201d",
             "\u201cThe snow fell on the capital and the senator stayed home,\u201d says "
             "the ad\u2019s narrator.")
    assert speaker(paras, "The snow fell") is None


def test_description_after_said_goes_on_to_name_the_speaker():
    paras = ("Abney was known for telling others he was in charge, said another witness "
             "in the inquiry, former White House adviser Nora Vance.",)
    quotes, _, _ = extract_quotes(list(paras))
    assert [q.speaker for q in quotes if q.kind == "indirect"] == ["Nora Vance"]


def test_a_co_founder_is_a_founder():
    paras = ("Prosecutors dropped a case against Goldleaf co-founder Ivan Petrov in 2010.",
             "With the end of Ivan Petrov's legal troubles, one chapter is over. "
             "But another one, in the United States, has barely begun.",
             "The Goldleaf founder always argued that the case was political.")
    quotes, _, _ = extract_quotes(list(paras))
    assert [q.speaker for q in quotes if q.kind == "indirect"] == ["Ivan Petrov"]


def test_full_name_given_only_inside_a_quotation():
    paras = ("\u201cCoach (Frank) Tolliver came in here and congratulated me,\u201d "
             "Abney said.",
             "\u201cHe is just playing terrific basketball,\u201d Tolliver said.")
    quotes, speakers_, _ = extract_quotes(list(paras))
    assert speaker(paras, "He is just") == "Frank Tolliver"
    assert [s.kind for s in speakers_ if s.name == "Frank Tolliver"] == ["person"]


def test_two_given_names_in_quotations_complete_nothing():
    paras = ("\u201cI met Frank Tolliver and later Anna Tolliver,\u201d Abney said.",
             "\u201cHe is just playing terrific basketball,\u201d Tolliver said.")
    assert speaker(paras, "He is just") == "Tolliver"


def test_time_plural_opening_a_sentence_is_no_name():
    paras = ("Hours later, Ivan Petrov returned the compliment, telling reporters, "
             "\u201cWe have been friends for a long time.\u201d",)
    quotes, speakers_, _ = extract_quotes(list(paras))
    assert all(s.name != "Hours" for s in speakers_)
    assert speaker(paras, "We have been") == "Ivan Petrov"


def test_a_name_in_a_possessive_is_a_weak_antecedent():
    paras = ("Across town is Wayne Borders, a canvasser who left his restaurant job. "
             "Dismayed by his memory of Bill Tolliver's years in office, he joined the "
             "campaign.",
             "\u201cI am knocking on doors all over town,\u201d he said.")
    assert speaker(paras, "I am knocking") == "Wayne Borders"


def test_family_name_alone_means_the_one_last_a_subject():
    paras = ("Anna Varga said on Monday that she would run for the seat.",
             "Her rival, Peter Varga, is her cousin.",
             "Victor Tolliver's campaign mocked Peter Varga's speech.",
             "\u201cI will win,\u201d Varga said.")
    assert speaker(paras, "I will win") == "Peter Varga"
    paras = ("Anna Varga said on Monday that she would run for the seat.",
             "Critics pointed to Peter Varga's record in the same seat.",
             "\u201cI will win,\u201d Varga said.")
    assert speaker(paras, "I will win") == "Anna Varga"


def test_his_campaign_is_the_campaign_of_whom_his_means():
    paras = ("Ivan Petrov said he would debate on Sunday, but the Northland Party "
             "refused.",
             "His campaign protested that the party knew of a rally planned that day.")
    quotes, _, _ = extract_quotes(list(paras))
    assert [q.speaker for q in quotes if q.text.startswith("the party knew")] == \
        ["Ivan Petrov\u2019s campaign"]


def test_first_word_of_an_organisation_is_no_person():
    paras = ("Gustav Ando, research director for ACM Life Sciences, a consulting "
             "company, spoke on Monday.",
             "\u201cIt is a risky strategy,\u201d he said.")
    quotes, speakers_, _ = extract_quotes(list(paras))
    assert [s.name for s in speakers_] == ["Gustav Ando"]
    assert speaker(paras, "It is a risky") == "Gustav Ando"


def test_given_name_of_either_gender_does_not_block_he():
    paras = ("\u201cIt is a lull,\u201d said Mo Abney, a former campaign aide, on Monday.",
             "This has been a concern for the party this year, Abney said. And now there "
             "is discomfort with the schedule, he said.")
    quotes, _, _ = extract_quotes(list(paras))
    assert [q.speaker for q in quotes if "discomfort" in q.text] == ["Mo Abney"]


def test_neither_opens_no_name():
    quotes, speakers_, _ = extract_quotes([
        "Neither Ivan Petrov nor Jan Novak spoke, but Petrov wrote, \u201cWe will win.\u201d"])
    assert all(not s.name.startswith("Neither") for s in speakers_)


def test_he_added_goes_on_with_the_last_speaker_not_a_man_named_in_passing():
    paras = ("Tom Weller said he had offers for the boat, but “none of them were serious.”",
             "He did not elaborate.",
             "Harbor officer Dan Rufus holds up the boat used by Tom Weller during the race.",
             "“The boat is fully repaired and ready to sail,” he added.")
    assert speaker(paras, "The boat is fully") == "Tom Weller"


@pytest.mark.parametrize("paras", [
    ("Senator Ann Kessel spoke at the fair on Friday.",
     "A reporter asked Kessel whether she would run again. She replied: “Not this year.”"),
    ("Ann Kessel spoke at the fair on Friday.",
     "When a reporter asked her about the vote, she said: “Not this year.”"),
])
def test_she_who_replies_to_an_unnamed_asker_is_the_person_asked(paras):
    assert speaker(paras, "Not this year") == "Ann Kessel"
