"""The names and roles the quote stage gives the speaker index: what a reader sees on a
speaker's page must be a name and a role, never a piece of a sentence."""
from __future__ import annotations

import pytest

from builder.extract.quotes import extract_quotes
from builder.extract.quotes.people import whole_role


def speakers(*paragraphs: str) -> dict[str, list[str]]:
    _, found, _ = extract_quotes(list(paragraphs))
    return {s.name: list(s.roles) for s in found}


def quoted_by(*paragraphs: str) -> list[str | None]:
    quotes, _, _ = extract_quotes(list(paragraphs))
    return [q.speaker for q in quotes]


@pytest.mark.parametrize("opener", ["Neither", "Either", "Including", "Nevertheless"])
def test_a_sentence_opener_is_no_part_of_the_name(opener):
    found = speakers(f"{opener} Jane Roe nor her rivals showed any appetite for a fight.",
                     "“We will win,” Ms. Roe said.")
    assert "Jane Roe" in found and not any(n.startswith(opener) for n in found)


@pytest.mark.parametrize("phrase, org", [
    ("according to a 2014 Labor Department study", "Labor Department"),
    ("according to a recent Harbor Research poll", "Harbor Research"),
    ("according to the 2019 Harbor Research report", "Harbor Research"),
])
def test_a_year_or_a_modifier_before_a_document_is_no_part_of_its_author(phrase, org):
    assert quoted_by(f"Most employers pay for maternity leave, {phrase}.") == [org]


def test_mr_never_names_the_woman_of_that_family_name():
    assert quoted_by("The mayor and his wife, Michelle Dorsey, greeted the guests.",
                     "“We are grateful,” Mr. Dorsey said.",
                     "“It was lovely,” Mrs. Dorsey said.") == ["Dorsey", "Michelle Dorsey"]


@pytest.mark.parametrize("role, clean", [
    # cut inside a name by the full stop of an initial, an honorific or an abbreviation
    ("former director of the policy office under President George W", "former director of the policy office"),
    ("former national security adviser to Mr", "former national security adviser"),
    ("former deputy chief of mission for the U.S", "former deputy chief of mission"),
    ("president of the A.F.L", "president"),
    ("Indiana leader and close friend of Governor", None),      # a friend of whom?
    ("former backer of Senator", None),
    ("senior strategist for Governor", "senior strategist"),
    ("former governor who argued for Ms", "former governor"),
    ("Representative James E", None),
    # a speech verb before it, a year after it
    ("said Senate Minority Leader", "Senate Minority Leader"),
    ("Fed governor since 2014", "Fed governor"),
    # whole roles stay as they are
    ("adviser to the President", "adviser to the President"),
    ("ambassador to the U.N.", "ambassador to the U.N."),
    ("professor at the University of Texas", "professor at the University of Texas"),
    ("minister of Finance", "minister of Finance"),
    ("state party chairwoman", "state party chairwoman"),
])
def test_a_role_is_whole_or_none(role, clean):
    assert whole_role(role) == clean


def test_a_role_cut_at_an_abbreviation_reaches_the_speaker_trimmed():
    found = speakers("“The campaign goes on,” said Ann Ware, a senior adviser to Mr. Cole.")
    assert found.get("Ann Ware") == ["senior adviser"]


def test_a_son_named_after_his_father_is_another_speaker():
    assert quoted_by("Oleg Petrov, the mayor, said on Monday that the bridge would open.",
                     "“That is a mistake,” Oleg Petrov Jr. said.",
                     "“We will open it,” Mr. Petrov said.") == ["Oleg Petrov", "Oleg Petrov Jr.", "Oleg Petrov"]


def test_a_given_name_alone_is_the_one_person_of_the_article_with_it():
    assert quoted_by("Hillary Rodham spoke in Des Moines on Monday.",
                     "“We will win this,” Hillary said.") == ["Hillary Rodham"]
    # two people with that given name: no guess
    assert quoted_by("Sarah Smith and Sarah Jones spoke.",
                     "“It went well,” Sarah told reporters.") != ["Sarah Smith"]


@pytest.mark.parametrize("sentence, org", [
    ("Clinton leads, the Harbor Post reported.", "Harbor Post"),
    ("Clinton leads, according to a Harbor Post poll.", "Harbor Post"),
    ("Clinton leads, according to July's Harbor Post poll.", "Harbor Post"),
    ("The audit found lapses, according to the State Department inspector general's report.",
     "State Department inspector general"),
    ("Sales fell, a Reuters Report said.", "Reuters"),
])
def test_a_newspaper_is_named_whole_and_a_document_by_its_owner(sentence, org):
    assert quoted_by(sentence) == [org]


@pytest.mark.parametrize("sentence, speaker", [
    ("“We march on,” Martin Luther King III said.", "Martin Luther King III"),   # a surname that is a title
    ("“No,” Harry B. Harris Jr. said.", "Harry B. Harris Jr."),
])
def test_a_generational_suffix_ends_a_name_and_is_never_one(sentence, speaker):
    assert quoted_by(sentence) == [speaker]


@pytest.mark.parametrize("paragraph, name", [
    # a given name that is also a word ("Bill", "Mark") after a capitalised title
    ("U.S. President Bill Okafor said on Friday he had ordered the strikes.", "Bill Okafor"),
    ("Sen. Mark Doyle said the bill would pass.", "Mark Doyle"),
    # a particle joined to the surname by a hyphen
    ('Ambassador Ahmed Maher el-Sayed called the attack "cowardly and criminal."', "Ahmed Maher el-Sayed"),
    ("Foreign Minister Amal bin-Rashid said talks would resume.", "Amal bin-Rashid"),
])
def test_whole_names_after_titles(paragraph, name):
    assert quoted_by(paragraph) == [name]


def test_a_shared_family_name_means_the_subject_not_the_one_named_in_its_aside():
    """ "Raul Okafor, younger brother of President Fidel Okafor, ..." then "Okafor said":
    the subject of the sentence before, not his brother named in his description."""
    assert quoted_by(
        "With the yacht behind him, Raul Okafor, younger brother of President Fidel Okafor and "
        "head of the armed forces, likened the battle to the fight for the boy.",
        '"Here, no one gives up!" Okafor declared.') == ["Raul Okafor"]


@pytest.mark.parametrize("later, firm", [
    ("Larkin Data said its sales rose.", "Larkin Data Corp"),       # a document word in it
    ("Baxter said its sales rose.", "Baxter-Lowell Co"),            # the first half
    ("BNR said its sales rose.", "BNR Holdings Inc"),               # no acronym of it
])
def test_a_firm_called_short_is_named_as_the_article_gave_it_in_full(later, firm):
    first = {"Larkin Data": "Larkin Data Corp.", "Baxter": "Baxter-Lowell Co.",
             "BNR": "BNR Holdings Inc."}[later.split(" said")[0]]
    assert quoted_by(f"{first} agreed on Monday to sell a unit to a rival.", later)[-1] == firm


def test_a_firm_called_by_the_word_before_its_chiefs_title_is_that_word():
    assert quoted_by("Pear CEO Tom Harlan spoke on Monday.",
                     "Pear said its sales rose.")[-1] == "Pear"


@pytest.mark.parametrize("sentence, org", [
    ("The conservative-leaning Harbor Foundation said the levy would slow growth.",
     "Harbor Foundation"),
    ("The official Lakeland News Agency said the talks had failed.", "Lakeland News Agency"),
    ("The nonpartisan Harbor Budget Office said costs would rise.", "Harbor Budget Office"),
    ("The foreign ministry said the talks had failed.", "foreign ministry"),
])
def test_an_adjective_before_an_organisations_name_is_no_part_of_it(sentence, org):
    assert quoted_by(sentence) == [org]


def test_an_organisation_called_by_its_head_alone_is_the_one_named_before_in_full():
    assert quoted_by("The Harbor City Chronicle says police are looking into the case.",
                     "The Chronicle says he was arrested a block away.") == [
        "Harbor City Chronicle", "Harbor City Chronicle"]


def test_a_country_is_not_the_bank_named_of_it():
    assert quoted_by("The Bank of Lakeland cut its rate on Monday.",
                     "Lakeland said it would expand its purchases of bonds.")[-1] != "Bank of Lakeland"


def test_a_document_word_ending_a_bureau_of_names_is_the_bureaus():
    assert quoted_by("The Bureau of Harbor Statistics said the economy added jobs.") == [
        "Bureau of Harbor Statistics"]


@pytest.mark.parametrize("paragraphs, speaker", [
    (['“We will lose,” Mayor Jan van Dorn said.', '“Later,” Van Dorn said.'], "Jan van Dorn"),
    (['Mayor Bill de Pell spoke on Monday.', '“We will win,” de Pell said.'], "Bill de Pell"),
])
def test_a_given_name_that_is_also_a_word_starts_a_name_with_a_particle(paragraphs, speaker):
    assert set(quoted_by(*paragraphs)) == {speaker}


def test_a_mayor_named_with_a_particle_is_not_the_candidate_described_after():
    found = quoted_by("Tom Harlan called on Mayor Bill de Pell to restart the program. "
                      "De Pell disbanded the unit in April.",
                      "“We have to start it again,” the Republican presidential candidate "
                      "said.")
    assert found[-1] == "Tom Harlan"        # had been "De Pell", the last one named


@pytest.mark.parametrize("modified", ["a Jo Roe rally", "the Jo Roe campaign"])
def test_a_full_name_before_the_noun_it_qualifies_gives_the_family_name_its_person(modified):
    assert quoted_by(f"Hundreds came to {modified} here last week, waving signs.",
                     "Roe said the campaign would go on.",
                     "“We are not done,” Roe said.") == ["Jo Roe", "Jo Roe"]


def test_a_capitalised_document_word_ending_a_name_is_part_of_the_firms_name():
    assert quoted_by("During that time, Harbor Data had losses of more than $1 billion.",
                     "Last week Harbor Data reported earnings of $9.8 million.",
                     "The company said it would sell its wagering business.") == [
        "Harbor Data", "Harbor Data"]


@pytest.mark.parametrize("title", ["Detective", "Trooper"])
def test_a_police_rank_before_a_name_is_a_title_not_a_given_name(title):
    assert quoted_by(f"The men took no money, said {title} Jo Roe, a police spokesman.",
                     "The spokesman said the men fled.") == ["Jo Roe", "Jo Roe"]


@pytest.mark.parametrize("agency", ["the U.S. Harbor Bureau of Investigation",
                                    "the Harbor Bureau of Investigation (HBI)",
                                    "the U.S. Harbor Bureau of Investigation (HBI)"])
def test_a_title_naming_an_agency_with_its_initials_opens_the_named_speakers_clause(agency):
    assert quoted_by(f"Director of {agency} Jo Roe said Friday that the raid was a "
                     "response to the bombings.") == ["Jo Roe"]


@pytest.mark.parametrize("asked", ["asked the boy, who wore a cap.",
                                   "the child asked, as the crowd laughed."])
def test_a_child_described_is_not_the_office_holder_talked_about(asked):
    found = quoted_by("Gov. Tim Bale took questions from the crowd. He spoke about the wall.",
                      f"“How big is that wall?” {asked}",
                      "“As big as it needs to be,” Bale said.")
    assert found[1:] == [None, "Tim Bale"]


@pytest.mark.parametrize("sentence, org", [
    ("Jo Roe heads the Harbor Trade Council, a group that has praised the tariff decisions.",
     "Harbor Trade Council"),
    ("Prices rose, said Jo Roe, who heads the Alliance for Harbor Manufacturing, a group "
     "that has applauded the tariffs.", "Alliance for Harbor Manufacturing"),
])
def test_a_group_in_apposition_to_a_name_speaks_as_the_named_group(sentence, org):
    assert quoted_by(sentence)[-1] == org


@pytest.mark.parametrize("sentence, speaker", [
    ("Lakeland's central bank ended a meeting on Friday by announcing it would buy bonds.",
     "Lakeland's central bank"),
    ("Jo Roe's campaign manager ended the call by saying the campaign would go on.",
     None),     # the manager, unnamed; never Jo Roe
])
def test_a_possessive_opening_the_subject_is_not_the_speaker_of_its_participle(sentence,
                                                                                speaker):
    assert quoted_by("Jo Roe and the Bank of Lakeland made news on Monday.",
                     sentence) == [speaker]
