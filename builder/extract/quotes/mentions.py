"""What a noun phrase next to a speech cue stands for: a person's name, a pronoun, a
description ("the ambassador"), an organisation, a group, a document that relays words.

``classify_np`` reads the phrase through a table of small classifiers (``_CLASSIFIERS``),
tried in order; the first that recognises the phrase says what it is. Pure functions over
tokens; who a mention refers to is decided in ``resolve.py``.
"""
from __future__ import annotations

import re

from dataclasses import dataclass, field

from ...rules import speakers as S
from ...rules import speech as R
from ...rules import time_words as TW
from .names import (_AGE, _GIVEN, CONNECTORS, DETERMINERS, PREPOSITIONS, _HONORIFIC_STEMS, age_of,
                    gender_of_given, initials, is_acronym, is_name_word, is_suffix, name_run_end, name_words,
                    place_word, role_text, strip_possessive, title_head, title_word)
from .np_shape import (CLAUSE_VERBS, SPEECH_FINITE, head_index, org_name, share_of_people, strip_np,
                       title_plural, verb_before_object)
from .text import Tok

_CLAUSE_VERBS = CLAUSE_VERBS     # (the subject finders read it here)


@dataclass
class Mention:
    """What a noun phrase next to a speech cue stands for."""

    kind: str                       # name | pronoun | description | org | group | relative | none
    text: str = ""                  # as written (titles included, appositive not)
    start: int = 0
    end: int = 0
    name: list[str] = field(default_factory=list)   # person name words ("Andrey", "Petrov")
    honorific: str | None = None
    role: str | None = None         # title before the name, or the description itself
    head: str | None = None         # description head noun ("ambassador")
    org: str | None = None          # organisation name
    document: bool = False          # "the X report", "a ministry statement": a relay
    gender: str | None = None
    pronoun: str | None = None
    age: int | None = None          # "the 56-year-old"
    members: list[list[str]] = field(default_factory=list)   # a group of named people
    generic: bool = False           # "the company": an organisation named elsewhere

    @property
    def is_person(self) -> bool:
        return self.kind in ("name", "pronoun", "description")


def _text(text: str, toks: list[Tok]) -> str:
    return text[toks[0].start:toks[-1].end] if toks else ""


def group_members(text: str, toks: list[Tok], known_orgs) -> list[list[str]]:
    """"Hu and Volkov", "Zhou, Li and Zhang": the name of each member, when every one
    is a person's name (else none: "Hu and the ministry")."""
    parts: list[list[Tok]] = [[]]
    for t in toks:
        if t.low in ("and", "&") or t.text == ",":
            parts.append([])
        else:
            parts[-1].append(t)
    names, single, unnamed = [], [], False
    for part in parts:
        if not part:
            continue
        if part[0].low in _UNNAMED_OTHERS and not any(t.is_cap for t in part):
            unnamed = True      # "Doe and others", "Doe and other voters"
            continue
        m = classify_np(text, part, known_orgs)
        if m.kind == "name":
            names.append(m.name)
        elif len(part) == 1 and part[0].is_cap and is_name_word(part[0].text):
            single.append([part[0].text])   # "Doe and others": whom "Doe" names, if anyone
        else:
            return []
    if unnamed:
        return names + single
    return names if len(names) >= 2 and not single else []


_UNNAMED_OTHERS = {"others", "other", "several", "many", "some", "dozens", "hundreds"}


_CALENDAR_WORDS = frozenset(TW.MONTHS) | frozenset(TW.WEEKDAYS)   # "July's ... poll"
_YEAR_TOKEN = re.compile(r"(?:1[89]|20)\d\d(?:[’']s)?")


def _inside_a_firms_name(toks: list[Tok], i: int, known_orgs: set[str]) -> bool:
    """"Acme Data Corp.", then "Acme Data said": a capitalised document word after a
    capitalised one, before a company's suffix, after "Bureau of", or starting (with the
    words before it) a name the article gave an organisation, is a word of that name, not
    a document's."""
    if not (toks[i].is_cap and i > 0 and toks[i - 1].is_cap):
        return False
    if i + 1 < len(toks) and toks[i + 1].low.rstrip(".") in _FIRM_SUFFIXES:
        return True
    k = i
    while k > 0 and (toks[k - 1].is_cap or (toks[k - 1].low in ("of", "and") and k > 1
                                            and toks[k - 2].is_cap)):
        k -= 1
    words = [x.low for x in toks[k:i + 1]]
    if any(w == "of" and j and words[j - 1] in R.ORG_HEADS for j, w in enumerate(words)):
        return True       # "the Bureau of Labor Statistics"
    while not toks[k].is_cap:
        k += 1
    run = " ".join(x.low for x in toks[k:i + 1])
    return any(o.startswith(run + " ") for o in known_orgs)


_FIRM_SUFFIXES = {"corp", "corporation", "co", "cos", "inc", "ltd", "plc", "llc", "lp",
                  "llp", "ag", "sa", "nv", "gmbh", "group", "holdings"}


def _org_from_document(text: str, toks: list[Tok], known_orgs: set[str]) -> Mention | None:
    """ "the X report", "a ministry statement", "a report from X", "a transcript published
    by X" -> the organisation behind the document."""
    for i, t in enumerate(toks):
        if t.low in R.DOCUMENT_WORDS and t.is_cap and i == len(toks) - 1 and i > 0 \
                and toks[i - 1].is_cap and toks[0].low not in DETERMINERS:
            # a capitalised document word ending a name is the name's ("Harbor Data said")
            return Mention("org", _text(text, toks), toks[0].start, toks[-1].end,
                           org=strip_possessive(org_name(text, toks))[0])
        if t.low in R.DOCUMENT_WORDS and not (t.low in R.ORG_HEADS and t.is_cap and i > 0
                                               and toks[i - 1].is_cap) \
                and not _inside_a_firms_name(toks, i, known_orgs) \
                and not _modifies_a_title(toks, i):
            # (a newspaper's word inside its name is the name's: "the Washington Post")
            rest = toks[i + 1:]
            for j, r in enumerate(rest):
                if r.low in ("from", "by", "of") and j + 1 < len(rest):
                    inner = classify_np(text, rest[j + 1:], known_orgs)
                    if inner.kind in ("org", "name"):
                        org = inner.org or " ".join(inner.name)
                        return Mention("org", _text(text, toks), toks[0].start, toks[-1].end,
                                       org=org, document=True, role=inner.role)
            if i > 0:
                before = [x for x in toks[:i] if x.low not in ("more", "detailed", "brief",
                                                               "new", "latest", "official",
                                                               "short", "separate", "full")]
                first = next((n for n, x in enumerate(before) if x.is_cap
                              and strip_possessive(x.low)[0] not in _CALENDAR_WORDS), None)
                if first is not None:
                    # a year or a lower-case modifier before the name is no part of it
                    # ("a 2014 Labor Department study", "a recent Washington Post poll")
                    before = [x for x in before[first:] if not _YEAR_TOKEN.fullmatch(x.text)]
                if before:
                    inner = classify_np(text, before, known_orgs, as_org=True)
                    if inner.kind in ("org", "name") and (any(t.is_cap for t in before) or (
                            len(before) >= 2 and before[-1].low in R.BODY_HEADS)):
                        org = strip_possessive(inner.org or " ".join(inner.name))[0]
                        return Mention("org", _text(text, toks), toks[0].start, toks[-1].end,
                                       org=org, document=True, role=inner.role)
            return None
    return None


def _modifies_a_title(toks: list[Tok], i: int) -> bool:
    """"the Ledger's deputy editorial page editor Jo Roe": the document word is a
    modifier of a title word after it, not the head ("the editorial said")."""
    return any(t.kind == "w" and not t.is_cap and title_word(t.low)
               for t in toks[i + 1:i + 4])


def _tail_np(text: str, toks: list[Tok], known_orgs, as_org: bool) -> Mention:
    starts = [i for i in range(1, len(toks)) if toks[i].low in ("the", "a", "an", "his", "her",
                                                                "its", "their")
              or (toks[i].kind == "w" and toks[i].low in R.PRONOUNS and i == len(toks) - 1)]
    for i in reversed(starts):
        m = classify_np(text, toks[i:], known_orgs, as_org)
        if m.kind != "none":
            return m
    r = name_run_end(toks)
    if 0 < r < len(toks):
        k = r
        while k > 1 and (title_word(toks[k - 1].low) or toks[k - 1].low in R.NATIONALITIES):
            k -= 1
        return classify_np(text, toks[k:], known_orgs, as_org)
    return Mention("none")


@dataclass
class _NP:
    """A noun phrase being classified, with what the classifiers share."""

    text: str
    toks: list[Tok]
    known_orgs: set[str] | frozenset
    as_org: bool

    def __post_init__(self) -> None:
        self.lows = [t.low for t in self.toks]
        self.whole = _text(self.text, self.toks)
        self.start, self.end = self.toks[0].start, self.toks[-1].end

    def m(self, kind: str, **kw) -> Mention:
        return Mention(kind, self.whole, self.start, self.end, **kw)


def classify_np(text: str, toks: list[Tok], known_orgs: set[str] | frozenset = frozenset(),
                as_org: bool = False) -> Mention:
    """What the words before (or after) a speech verb stand for."""
    toks = strip_np([t for t in toks if t.kind != "q"])
    if not toks or len(toks) > 20:
        return Mention("none")
    if any(t.low in CLAUSE_VERBS or t.low in SPEECH_FINITE or verb_before_object(toks, k)
           for k, t in enumerate(toks) if k):
        return Mention("none")   # "his answer was not a summary": a clause, not a speaker
    np = _NP(text, toks, known_orgs, as_org)
    for classifier in _CLASSIFIERS:
        found = classifier(np)
        if found is not None:
            return found
    return np.m("none")


def _opening_phrase(np: _NP) -> Mention | None:
    """"In his message the party leader said": the subject after the opening phrase."""
    if np.lows[0] in PREPOSITIONS or np.lows[0] in ("speaking", "asked", "earlier", "later"):
        return _tail_np(np.text, np.toks, np.known_orgs, np.as_org)
    return None


def _affiliated_name(np: _NP) -> Mention | None:
    """"Nick Smith of Big Bank", "analyst Jane Doe at X": the name, then an affiliation."""
    toks = np.toks
    for i in range(1, len(toks) - 1):
        if not (toks[i].low in ("of", "at", "from", "with") and toks[i - 1].kind == "w"
                and (is_name_word(toks[i - 1].text) or _given_then_word(toks, i - 1))
                and not is_acronym(toks[i - 1].text)):
            continue
        head = toks[:i]
        r = name_run_end(head)
        if r < len(head) and (len(head) - r >= 2 or any(
                title_head(t.low) or t.low.rstrip(".") in _HONORIFIC_STEMS for t in head[:r])):
            m = classify_np(np.text, head, np.known_orgs, np.as_org)
            if m.kind == "name":
                tail = toks[i + 1:]
                place = len(tail) <= 3 and all(place_word(t.low) or t.kind == "p"
                                               or t.low == "the" for t in tail)
                if m.role:
                    m.role = f"{m.role} {_text(np.text, toks[i:])}"
                elif not place:     # "Sen. Jane Doe of Ohio": a place is no role
                    m.role = _text(np.text, tail)
                return m
        return None
    return Mention("none") if len(toks) > 16 else None


def _given_then_word(toks: list[Tok], k: int) -> bool:
    """A surname that is also a word after a known given name or a middle initial:
    "Jo French (of ...)", "Ana T. King (of ...)"."""
    if k >= 3 and toks[k - 1].text == "." and initials(toks[k - 2].text) \
            and is_name_word(toks[k - 3].text):
        return True
    return k >= 1 and toks[k - 1].low in _GIVEN and name_run_end(toks[:k + 1]) < k


def _one_word(np: _NP) -> Mention | None:
    """A pronoun, "who", a surname that is a nationality word, "the 56-year-old"."""
    toks, lows = np.toks, np.lows
    if len(toks) == 1 and toks[0].is_cap and lows[0] in R.NATIONALITIES \
            and not toks[0].text.isupper():
        # "Cuban said": a nationality never speaks; a surname (Mark Cuban) does
        return np.m("name", name=[strip_possessive(toks[0].text)[0]])
    if len(toks) == 1 and lows[0] in R.PRONOUNS:
        return np.m("pronoun", pronoun=lows[0], gender=R.PRONOUNS[lows[0]])
    if len(toks) == 1 and lows[0] in ("which", "who", "whom"):
        return np.m("relative")
    if len(toks) <= 3 and _AGE.fullmatch(lows[-1]) and lows[0] in ("the", "a"):
        # "the 56-year-old said": the person of that age, else the one last talked about
        return np.m("pronoun", pronoun="he/she", gender=None, age=age_of(lows[-1]))
    return None


def _document(np: _NP) -> Mention | None:
    """"the X report", "a ministry statement": a document relays its author's words."""
    if any(low in R.DOCUMENT_WORDS for low in np.lows) and not np.as_org:
        found = _org_from_document(np.text, np.toks, np.known_orgs)
        last = np.toks[-1]
        if found is None and last.low in R.DOCUMENT_WORDS and last.low.endswith("s") \
                and not last.is_cap and np.lows[0] not in DETERMINERS:
            # "court records", "federal prison records": papers nobody in particular
            # wrote; they relay the words, they do not speak them (no speaker)
            return np.m("org")
        return found
    return None


def _coordination(np: _NP) -> Mention | None:
    """"Hu and Volkov", "both sides": a group, not one speaker."""
    toks, lows = np.toks, np.lows
    if lows[0] == "both":
        return np.m("group")
    for i, low in enumerate(lows):
        if low in ("and", "&") and 0 < i < len(toks) - 1:
            right = toks[i + 1:]
            r0 = name_run_end(right)
            if any(t.low in R.TITLE_HEADS for t in right[:r0]) \
                    and (toks[i - 1].is_cap or _ends_in_title(toks[:i])):
                continue    # "former Gov. and party Chairman Jo Roe": one person's titles
            if sum(1 for t in toks[:i] if t.kind == "w") > 4:
                # "Rosneft now owns Yugansk and Russia said": a clause, then the subject
                return classify_np(np.text, right, np.known_orgs, np.as_org)
            return np.m("group", members=group_members(np.text, toks, np.known_orgs))
    return None


def _ends_in_title(toks: list[Tok]) -> bool:
    """The words before "and" end in a title ("former Pennsylvania Gov.", "the
    governor"), not a name."""
    words = [t for t in toks if t.kind == "w"]
    if not words:
        return False
    low = words[-1].low.rstrip(".")
    return low in R.TITLE_HEADS or title_head(low) or low in _HONORIFIC_STEMS


def _institution(np: _NP) -> Mention | None:
    """"the White House", "Reuters", an organisation the article named."""
    low_text = " ".join(np.lows)
    for metonym in R.INSTITUTION_METONYMS:
        if low_text == metonym or low_text == "the " + metonym:
            return np.m("org", org=org_name(np.text, np.toks))
    if (low_text in R.KNOWN_OUTLETS and any(t.is_cap for t in np.toks)) \
            or low_text in np.known_orgs:
        return np.m("org", org=org_name(np.text, np.toks))
    return None


def _named(np: _NP) -> Mention | None:
    """A run of name words at the end: a person ("Foreign Minister Ana Lopes"), or an
    organisation by what stands before it ("news agency X", "the Tories")."""
    toks, lows, text = np.toks, np.lows, np.text
    r = name_run_end(toks)
    prefix, run = toks[:r], toks[r:]
    h0 = head_index(toks)
    if run and lows[0] in DETERMINERS and h0 < r and not toks[h0].is_cap \
            and h0 + 1 < len(toks) and (lows[h0 + 1] in PREPOSITIONS
                                        or lows[h0 + 1].endswith("ing")):
        # "the authors of the study in JAMA Psychiatry", "one pastor supporting Mr. Reyes":
        # the name is not the head
        return None
    if not run or len(run) > 5:
        return None
    before = prefix[-1].low if prefix else ""
    words = name_words(run)
    joined = " ".join(words).lower()
    # "news agency X", "state broadcaster X", "investment bank X", "US oil giant X"
    if (any((t.low in R.OUTLET_DESCRIPTORS or t.low in R.ORG_HEADS) and not t.is_cap
            for t in prefix[-4:]) and not any(t.low in R.TITLE_HEADS for t in prefix)
            and before not in PREPOSITIONS) or joined in np.known_orgs \
            or joined in R.KNOWN_OUTLETS:
        return np.m("org", org=" ".join(words), role=org_name(text, prefix) or None)
    if lows[0] == "the" and not any(t.low in R.TITLE_HEADS for t in prefix) \
            and not (prefix and strip_possessive(prefix[-1].text)[1]
                     and not place_word(prefix[-1].low)) \
            and all(t.is_cap or t.low in CONNECTORS for t in prefix[1:]):
        # "the Tories", "the Liberal Democrats": institutions, not people
        # (but "the Fabian Society's Jane Doe" is a person)
        return np.m("org", org=org_name(text, toks))
    if prefix and prefix[-1].is_cap and prefix[-1].low in R.NATIONALITIES \
            and len(words) == 1 and not any(t.low in R.TITLE_HEADS for t in prefix):
        # "British Airways": a nationality and one word
        return np.m("org", org=_text(text, [prefix[-1]] + run))
    if before in PREPOSITIONS or before in DETERMINERS:
        return None  # "the ambassador to Beijing", "the Family": not a person's name
    if np.as_org:
        return np.m("org", org=" ".join(words))
    return _person(np, prefix, words)


def _person(np: _NP, prefix: list[Tok], words: list[str]) -> Mention:
    """A person's name with its title, honorific and the gender they show."""
    honorific = None
    gender = None
    if len(prefix) >= 2 and prefix[-1].text == "." and prefix[-2].kind == "w":
        prefix = prefix[:-1]        # "Mr. Ward": the honorific before its dot
    if prefix and strip_possessive(prefix[-1].low)[0].rstrip(".") in _HONORIFIC_STEMS:
        honorific = prefix[-1].text
        gender = R.HONORIFICS.get(prefix[-1].low) or R.HONORIFICS.get(prefix[-1].low + ".")
    role = role_text(np.text, prefix[:-1] if honorific else prefix)
    if role is None and prefix and strip_possessive(prefix[-1].text)[1] \
            and prefix[-1].is_cap and not place_word(prefix[-1].low):
        # "the Fabian Society's Jane Doe": the organisation is the affiliation
        role = strip_possessive(org_name(np.text, prefix))[0]
    for t in prefix:
        gender = gender or R.GENDERED_HEADS.get(t.low)
    if len(words) == 1 and prefix and prefix[-1].is_cap and prefix[-1].low in S.REGNAL_TITLES:
        words = [prefix[-1].text] + words       # "King Abdul": the title is in the name
    return np.m("name", name=words, honorific=honorific, role=role,
                gender=gender or gender_of_given(words))


def _acronym_or_place(np: _NP) -> Mention | None:
    """"NHK", "the BBC"; a country or capital for its government ("Beijing has said");
    "the report" (the document of an organisation named before)."""
    toks, lows = np.toks, np.lows
    last = toks[-1]
    if last.kind == "w" and is_acronym(last.text) and last.low not in R.TITLE_HEADS \
            and not (is_suffix(last.text) and len(toks) >= 2 and toks[-2].is_cap):   # "King III"
        return np.m("org", org=strip_possessive(last.text)[0],
                    role=org_name(np.text, toks[:-1]) or None)
    bare = [t for t in toks if t.low not in ("the",)]
    if len(bare) == 1 and bare[0].is_cap and place_word(bare[0].low) \
            and bare[0].low not in R.NATIONALITIES:
        return np.m("org", org=strip_possessive(bare[0].text)[0])
    if any(low in R.DOCUMENT_WORDS or low in S.DOCUMENT_KINDS for low in lows[-1:]) \
            and lows[0] in ("the", "this", "that") \
            and not (last.is_cap and last.low in R.ORG_HEADS and len(toks) > 2 and toks[-2].is_cap):
        return np.m("org", document=True)    # "the report" (not "the Washington Post")
    # a proper name after "the": "the Bank of England", "the Council of Mortgage Lenders"
    if lows[0] == "the" and len(toks) >= 2 and toks[1].is_cap and all(
            t.is_cap or t.low in CONNECTORS or t.kind == "p" for t in toks[1:]) \
            and not any(t.low in R.TITLE_HEADS for t in _before_of(toks)) \
            and toks[-1].low not in R.PERSON_NOUNS:
        # (a party in the plural is an institution: "the Liberal Democrats said")
        return np.m("org", org=org_name(np.text, toks))
    return None


def _before_of(toks: list[Tok]) -> list[Tok]:
    """The words of "the <Organisation> of ..." a title among them would make a person's:
    after an organisation's word and "of", "for" or "on", a title word is what the body
    deals with ("the Department of Justice", "the Office of the President"), not a
    title ("the Secretary of State" keeps all its words)."""
    if len(toks) >= 4 and toks[1].low in R.ORG_HEADS and toks[1].low not in R.TITLE_HEADS:
        k = next((i for i in range(2, len(toks)) if toks[i].low in ("of", "for", "on")), None)
        if k is not None:
            return toks[:k]
    return toks


def _description(np: _NP) -> Mention | None:
    """"the ambassador", "Russia's foreign ministry", "the two sides", "61 percent"."""
    toks, lows = np.toks, np.lows
    h = head_index(toks)
    head = strip_possessive(toks[h].low)[0]
    if head in R.GROUP_WORDS or head in R.PERSON_PLURALS or title_plural(head) or (
            lows[0] in ("the",) and len(toks) >= 2
            and lows[1] in ("two", "three", "four", "pair", "both")) or (
                share_of_people(lows) and head not in R.TITLE_HEADS):   # not "the majority leader"
        return np.m("group", head=head)
    if not toks[h].is_cap and lows[0] in ("the", "some", "many", "several", "two", "three") \
            and head.endswith("s") and not head.endswith(("ss", "us", "is", "ics")) \
            and head not in R.TITLE_HEADS and head not in R.ORG_HEADS \
            and head not in R.DOCUMENT_WORDS:
        return np.m("group", head=head)   # "the authors", "the rebels"
    if head in R.ORG_HEADS or np.as_org:
        return _organisation(np, h, head)
    if head in R.TITLE_HEADS or head in R.PERSON_NOUNS:
        gender = R.GENDERED_HEADS.get(head) or R.GENDERED_PERSON_NOUNS.get(head)
        return np.m("description", head=head, role=role_text(np.text, toks), gender=gender)
    if toks[h].is_cap and lows[0] == "the" and h == 1:
        return np.m("org", org=org_name(np.text, toks))
    return None


def _organisation(np: _NP, h: int, head: str) -> Mention:
    """An organisation described: its name inside ("the state-run Global Times
    newspaper"), or a kind named elsewhere ("the company")."""
    toks, lows = np.toks, np.lows
    if head in R.OUTLET_DESCRIPTORS and not toks[h].is_cap:
        caps = [i for i in range(h) if toks[i].is_cap and not place_word(toks[i].low)
                and toks[i].low not in ("the",) and toks[i].low not in R.NATIONALITIES]
        if caps and caps == list(range(caps[0], caps[-1] + 1)):
            name = _text(np.text, toks[caps[0]:caps[-1] + 1])
            role = " ".join(t.text for t in toks if t not in toks[caps[0]:caps[-1] + 1]
                            and t.low not in ("the", "a", "an"))
            return np.m("org", org=name, role=role or None)
    if lows[0] in ("the", "this", "that", "its", "his", "her", "their") and not any(
            t.is_cap for t in toks[1:h] if not _based_in(toks, t)) \
            and not any(t.is_cap for t in toks[h:]) and not np.as_org:
        # "the company", "the production company", "his office": an organisation named
        # before, not a name of its own
        return np.m("org", head=head, generic=True, org=org_name(np.text, toks))
    if not np.as_org and not any(t.is_cap for t in toks) \
            and any(w in ("a", "an", "the") for w in lows[1:]):
        return np.m("none")     # "founded a website", "has set up a website": a verb phrase
    return np.m("org", org=org_name(np.text, toks))


def _based_in(toks: list[Tok], t: Tok) -> bool:
    """"The New York-based company": a capitalised word of the place a description says
    it is based in, no name of its own."""
    k = toks.index(t)
    while k < len(toks) and toks[k].is_cap:
        if toks[k].low.endswith(("-based", "-headquartered")):
            return True
        k += 1
    return False


def _honorific_name(np: _NP) -> Mention | None:
    """"Mr. English", "Ms. Green": after an honorific, a capitalised word is a name even
    when it is also a common word (not "Mr. President")."""
    toks = np.toks
    if not toks or toks[0].low.rstrip(".") not in _HONORIFIC_STEMS:
        return None
    k = 2 if len(toks) > 1 and toks[1].text == "." and toks[1].start == toks[0].end else 1
    run = toks[k:]
    if not 1 <= len(run) <= 2 or not all(
            t.kind == "w" and t.is_cap and t.text[1:].islower()
            and strip_possessive(t.low)[0] not in S.ADDRESS_TITLES
            and t.low not in R.PRONOUNS and t.low not in DETERMINERS for t in run):
        return None
    hon = toks[0].low + ("." if k == 2 else "")
    return np.m("name", name=[strip_possessive(t.text)[0] for t in run],
                honorific=toks[0].text, gender=R.HONORIFICS.get(hon)
                or R.HONORIFICS.get(toks[0].low))


def _given_and_word(np: _NP) -> Mention | None:
    """"Cornel West", "Ian Read": a given name (known, or a name word) and a capitalised
    common word."""
    toks = np.toks
    if len(toks) == 2 and toks[0].kind == "w" and toks[0].is_cap and _plain_cap(toks[1]) \
            and toks[0].low not in np.known_orgs \
            and (toks[0].low in _GIVEN or (is_name_word(toks[0].text)
                                           and not place_word(toks[0].low))):
        words = [toks[0].text, strip_possessive(toks[1].text)[0]]
        return np.m("name", name=words, gender=gender_of_given(words))
    return None


def _inner_capitalised(np: _NP) -> Mention | None:
    """'"...," Read said': one capitalised word that does not open its sentence (after a
    quotation or a comma) is a name, even when it is also a common word."""
    toks = np.toks
    if len(toks) != 1 or not _plain_cap(toks[0]):
        return None
    before = np.text[:toks[0].start].rstrip()
    if not before or before[-1] not in ",\"”’'":
        return None
    return np.m("name", name=[strip_possessive(toks[0].text)[0]])


def _plain_cap(t: Tok) -> bool:
    """A capitalised word that is no title, pronoun, group or organisation word."""
    if t.kind != "w" or not t.is_cap or is_acronym(t.text) or not t.text[1:].islower():
        return False
    low = strip_possessive(t.low)[0]
    return not (low in R.PRONOUNS or low in DETERMINERS or title_word(low)
                or title_head(low) or low in R.GROUP_WORDS or low in R.PERSON_PLURALS
                or low in R.ORG_HEADS or low in R.DOCUMENT_WORDS or low in R.HONORIFICS
                or low in R.NATIONALITIES or low in R.TIME_WORDS)


def _name_then_comma(np: _NP) -> Mention | None:
    """"Misha Shah, 32, of Chicago", "Jane Doe, president and CEO of X": a full name
    before the first comma is the speaker, what follows its role (an age is no role)."""
    toks = np.toks
    k = next((i for i, t in enumerate(toks) if t.text == ","), None)
    if k is None or k < 2 or k == len(toks) - 1:
        return None
    head = classify_np(np.text, toks[:k], np.known_orgs, np.as_org)
    if head.kind != "name" or (len(head.name) < 2 and not head.honorific):
        return None
    rest = [t for t in toks[k + 1:] if not (t.text.isdigit() or t.text == ",")]
    if rest and rest[0].low in ("now", "who", "whose", "which"):
        rest = []
    if rest and not head.role:
        head.role = _text(np.text, rest)
    head.text, head.end = np.whole, np.end
    return head


def _capitalised_org(np: _NP) -> Mention | None:
    """"Amnesty International", "Doctors Without Borders": capitalised words that end in
    a common word (a person's name ends in a name word) and hold no title are the name
    of an organisation."""
    toks = np.toks
    words = [t for t in toks if t.kind == "w"]
    if len(words) < 2 or len(words) != len(toks) or not all(t.is_cap for t in words) \
            or is_name_word(words[-1].text) or is_acronym(words[-1].text) \
            or words[0].low in DETERMINERS or words[0].low in R.PRONOUNS \
            or any(title_head(t.low) or t.low in R.TITLE_HEADS or t.low in R.TIME_WORDS
                   or t.low in R.NATIONALITIES or place_word(t.low) for t in words):
        # (a place is no speaker: "from Englewood, New Jersey, who said")
        return None
    return np.m("org", org=np.whole)


_CLASSIFIERS = [_opening_phrase, _name_then_comma, _affiliated_name, _one_word, _document, _coordination,
                _institution, _honorific_name, _given_and_word, _named, _acronym_or_place,
                _description, _inner_capitalised, _capitalised_org]
