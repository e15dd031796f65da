"""Words that qualify a description of a person ("the Democratic nominee", "the French
president", "the Ohio governor"): a description with one names only someone whose role
agrees (data for ``builder/extract/quotes/salience.py``).

Each word maps to the value it stands for within its kind, so that synonyms agree
("GOP" and "Republican") and two values of one kind disagree ("Democratic" and
"Republican").
"""
from __future__ import annotations

# political parties and their usual short forms (US and UK usage)
PARTIES = {
    "democratic": "democratic", "democrat": "democratic", "democrats": "democratic",
    "republican": "republican", "gop": "republican", "republicans": "republican",
    "labour": "labour", "tory": "conservative", "conservative": "conservative",
    "liberal": "liberal", "green": "green", "libertarian": "libertarian",
    "socialist": "socialist", "communist": "communist",
}

# other names of one country, to the name its nationality word gives ("U.S." and
# "American" agree; "UK" and "British" agree)
COUNTRY_ALIASES = {
    "us": "united states", "u.s": "united states", "usa": "united states",
    "u.s.a": "united states", "america": "united states", "uk": "britain",
    "u.k": "britain", "great britain": "britain", "united kingdom": "britain",
}
