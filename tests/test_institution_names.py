"""An institution named "the <Department> of <word>" speaks as that institution even when
its last word is also a title ("Justice", "State"): issue 13, mentions._before_of.
Invented sentences."""
from __future__ import annotations

import pytest

from builder.extract.quotes import extract_quotes
from builder.extract.quotes import mentions as M
from builder.extract.quotes.marks import find_quotes
from builder.extract.quotes.text import tokenize


def _classify(phrase: str) -> M.Mention:
    return M.classify_np(phrase, tokenize(phrase, find_quotes(phrase)))


@pytest.mark.parametrize("phrase,org", [
    ("the Department of Justice", "Department of Justice"),
    ("the Ministry of Justice", "Ministry of Justice"),
    ("the Office of the President", "Office of the President"),
])
def test_an_institution_whose_name_ends_in_a_title_word_is_an_organisation(phrase, org):
    m = _classify(phrase)
    assert (m.kind, m.org) == ("org", org)


def test_a_title_of_a_person_stays_a_description():
    m = _classify("the Secretary of State")
    assert m.kind == "description"


def test_the_department_speaks_in_full():
    quotes, _, _ = extract_quotes(["“We will review the case and answer in court,” the "
                                   "Department of Justice said in a statement on Friday."])
    assert [q.speaker for q in quotes if q.kind == "direct"] == ["Department of Justice"]
