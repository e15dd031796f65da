"""The first pass over an article: the names it gives, with the titles before them and
the appositives after them ("Norway's ambassador Ivan Sokolov", "Pavel Orlov, an
associate professor at ..."), and the acronyms it defines ("(BCC)"). Its mentions are
clustered into people by ``people.Cast.build``.
"""
from __future__ import annotations

import re

from ...rules import speech as R
from ...rules import speech_verbs as V
from ...rules import time_words as TW
from . import mentions as M
from . import names as N
from .people import NameMention, Names
from .text import Tok


# ---- the first pass: names the article gives -----------------------------------

_HONORIFIC_STEMS = {h.rstrip(".") for h in R.HONORIFICS}
# words after which a subject is the main clause's ("and Petrov said", "but Marsh")
_MAIN_BEFORE = {"and", "but", "then", "so", "yet", "still", "also", "instead"}
_SUBJECT_BEFORE = {"and", "but", "while", "as", "when", "after", "before", "because",
                   "although", "though", "that", "which", "who", "then", "so", "yet",
                   "since", "once", "if", "where", "whereas"}


_DOTTED = re.compile(r"[A-Z](?:\.[A-Z])+")     # "U.S", "U.N" (the last dot apart)


def _title_prefix(toks: list[Tok], i: int) -> int:
    """Start index of the title words before the name starting at ``i``
    ("Russia’s Security Council Secretary", "Brazilian ambassador to Japan")."""
    k = i
    while k > 0:
        t = toks[k - 1]
        if t.kind == "p" and t.text == "." and k >= 2 and toks[k - 2].kind == "w" \
                and toks[k - 2].low in R.TITLE_ABBREVIATIONS:
            k -= 1      # "Gov. Eric Holm": the abbreviation's dot
            continue
        if t.kind != "w":
            break
        low = t.low
        base = N.strip_possessive(low)[0]
        if N.title_word(base) or base in R.NATIONALITIES or N.place_word(base) \
                or base in R.AFFILIATION_ADJECTIVES:
            k -= 1
        elif base in R.ORG_HEADS and k < i and (t.is_cap or N.title_word(toks[k].low)
                                                 or toks[k].low in R.ORG_HEADS):
            k -= 1   # "Security Council Secretary", "foreign ministry spokesman"
        elif t.is_cap and not N.is_name_word(t.text) and base not in R.NOT_NAME_WORDS:
            k -= 1   # an acronym or a capitalised organisation word
        elif t.is_cap and k < i and toks[k].is_cap and base not in N._FUNCTION \
                and base not in R.TIME_WORDS and base not in N.DETERMINERS \
                and base not in ("but", "while", "when", "after", "before", "if", "as"):
            k -= 1   # a word of a capitalised title: "Economy Minister", "Trade and Industry"
        elif low in N.CONNECTORS and low != "the" and k - 1 > 0 and k < i and (
                toks[k - 2].is_cap or toks[k - 2].low in R.TITLE_HEADS):
            k -= 1
        elif low == "the" and k - 1 > 0 and k < i and toks[k].is_cap \
                and toks[k - 2].low in ("to", "of", "for", "in", "at"):
            k -= 1   # "ambassador to the US"
        else:
            break
    # never start on a connector
    while k < i and toks[k].low in N.CONNECTORS:
        k += 1
    return k


def appositive_role(text: str, toks: list[Tok], j: int) -> str | None:
    """", an associate professor at X," after a name -> the role."""
    if j >= len(toks) or toks[j].text != ",":
        return None
    k = j + 1
    while k < len(toks) and not (toks[k].kind == "q" or (
            toks[k].kind == "p" and toks[k].text in ",.;:!?()[]—–-")):
        k += 1
    part = toks[j + 1:k]
    if len(part) == 1 and part[0].text.isdigit() and k < len(toks) and toks[k].text == ",":
        return appositive_role(text, toks, k)       # "Jane Doe, 56, a retiree in ..."
    if not part or len(part) > 20:
        return None
    lows = [t.low for t in part]
    if lows[0] in ("who", "which") and len(part) > 2 and lows[1] in ("is", "was", "are", "were"):
        part = part[2:]
        while part and part[0].low in ("also", "now", "then", "currently", "still"):
            part = part[1:]
    elif lows[0] in ("when", "while", "after", "before", "as", "if", "speaking", "asked",
                     "according", "although", "though", "who", "which", "whose"):
        return None
    if not part:
        return None
    first = part[0]
    base = N.strip_possessive(first.low)[0]
    if not (base in N.DETERMINERS or N.title_word(base) or base in R.NATIONALITIES
            or N.place_word(base) or first.is_cap or base in R.AFFILIATION_ADJECTIVES):
        return None   # ", more than any other leader," is not a role
    return N.role_text(text, part)


def _acronym_aliases(text: str, toks: list[Tok], cast: Names) -> None:
    """"the British Chamber of Commerce (BCC)": BCC is another name of that body."""
    for i in range(1, len(toks) - 2):
        if not (toks[i].text == "(" and toks[i + 2].text == ")" and toks[i + 1].kind == "w"):
            continue
        short = toks[i + 1].text
        if not (short.isalpha() and 2 <= len(short) <= 8 and short[0].isupper()):
            continue
        k = i
        while k > 0 and i - k < 10 and toks[k - 1].kind == "w" and (
                toks[k - 1].is_cap or toks[k - 1].low in ("of", "for", "and", "&", "on")):
            k -= 1
        while k < i and not toks[k].is_cap:
            k += 1
        words = [t for t in toks[k:i] if t.is_cap]
        initials = "".join(t.text[0] for t in words).lower()
        if words and initials == short.lower():
            cast.org_aliases[short.lower()] = text[toks[k].start:toks[i - 1].end]


def scan_names(text: str, toks: list[Tok], para: int, cast: Names,
               families: set[str] = frozenset()) -> list[NameMention]:
    """Name mentions (outside quotes) of one sentence, with titles and appositives
    (``families``: family names the article gave before that are also common words)."""
    _acronym_aliases(text, toks, cast)
    _phrases(text, toks, para, cast)
    out: list[NameMention] = []
    i = 0
    n = len(toks)
    while i < n:
        t = toks[i]
        if t.kind == "w" and t.is_cap and N.is_acronym(t.text):
            prev = toks[i - 1].low if i else ""
            if prev in R.OUTLET_DESCRIPTORS:
                cast.add_org(N.strip_possessive(t.text)[0], (para, t.start))
        if _family_word_alone(toks, i, families):
            m = _mention(text, toks, i, i + 1, para, cast)
            if m is not None:
                out.append(m)
            i += 1
            continue
        if not (t.kind == "w" and (N.is_name_word(t.text) or _given_before_particle(toks, i))) \
                or _opening_speech_verb(toks, i):
            i += 1
            continue
        j = _run_end(toks, i)
        i = _after_office_name(toks, i, j)
        if N.given_place(toks, i - 1):
            i -= 1
        m = _mention(text, toks, i, j, para, cast)
        if m is not None:
            out.append(m)
        i = j
    return out


def family_words(mentions: list[NameMention]) -> set[str]:
    """The family names among ``mentions`` that are also common words ("Jo Deacon", "Al
    West"): read as a name only after a given name."""
    return {m.words[-1].lower() for m in mentions
            if len(m.words) >= 2 and not N.is_name_word(m.words[-1])}


def _family_word_alone(toks: list[Tok], i: int, families: set[str]) -> bool:
    """"Deacon had nothing to add": a family name the article gave in full before ("Jo
    Deacon") that is also a common word, alone as a clause's subject (a verb after it,
    no name word or "the" around it), is that person."""
    t = toks[i]
    if t.kind != "w" or not t.is_cap or t.low not in families:
        return False
    if i > 0 and (toks[i - 1].is_cap or toks[i - 1].low in N.DETERMINERS):
        return False
    return i + 1 < len(toks) and (_verb_after(toks, i + 1) or toks[i + 1].low in _AUXILIARIES)


def _nickname(toks: list[Tok], j: int) -> bool:
    """A quoted nickname of one or two name words between a known given name and a
    family name ('Juan "Chico" Ortiz')."""
    if toks[j].kind != "q" or j + 1 >= len(toks) or toks[j - 1].low not in N._GIVEN \
            or not N.is_name_word(toks[j + 1].text):
        return False
    words = toks[j].text.strip("\"'“”‘’").split()
    return 1 <= len(words) <= 2 and all(N.is_name_word(w) for w in words)


def _opening_speech_verb(toks: list[Tok], i: int) -> bool:
    """"Added Roe:", "Stated Roe:": a speech verb opening the sentence before a name is no
    part of the name (unless it is a given name too)."""
    return i == 0 and toks[i].low in V.VERB_FORMS and toks[i].low not in N._GIVEN \
        and i + 1 < len(toks) and N.is_name_word(toks[i + 1].text)


_AUXILIARIES = {"had", "has", "was", "is", "would", "will", "did", "does", "could", "says"}


def _given_before_particle(toks: list[Tok], i: int) -> bool:
    """"Bill de Roe", "Jan van Dorn": a given name that is also a common word, before a
    particle and a surname, starts a name."""
    return toks[i].is_cap and toks[i].low in N._ANY_GIVEN and i + 2 < len(toks) \
        and toks[i + 1].low in N.PARTICLES and toks[i + 1].kind == "w" \
        and N.is_name_word(toks[i + 2].text)


def _after_office_name(toks: list[Tok], i: int, j: int) -> int:
    """"Director of Public Prosecution Eva-Marie Persson": after "of", a run of
    capitalised words ending in a known given name and a surname (or an initial between)
    names an office, then its holder; the holder's name starts at the given name."""
    if j - i < 3 or i == 0 or toks[i - 1].low != "of":
        return i
    words = [k for k in range(i, j) if toks[k].kind == "w"]
    for k in words[1:-1]:
        low = toks[k].low
        if (low in N._GIVEN or low.split("-")[0] in N._GIVEN) and 2 <= len(
                [w for w in words if w >= k]) <= 3:
            return k
    return i


def pronoun_subjects(toks: list[Tok], para: int) -> list[tuple[tuple[int, int], str]]:
    """"He", "she" as the subject of a clause at the start of a sentence ("She witnessed
    the fight ..."): where the text goes on about someone, with the gender it shows."""
    out = []
    first_comma = next((k for k, t in enumerate(toks) if t.text == ","), len(toks))
    for i, t in enumerate(toks):
        if t.kind != "w" or t.low not in ("he", "she"):
            continue
        prev = toks[i - 1] if i else None
        if prev is None or prev.kind == "q" or (prev.text == "," and i - 1 == first_comma) \
                or prev.low in _MAIN_BEFORE:
            out.append(((para, t.start), "m" if t.low == "he" else "f"))
    return out


def _phrases(text: str, toks: list[Tok], para: int, cast: Names) -> None:
    """Capitalised names of several words ("Harbor United", "Lakeside Global Capital"),
    by their first word, for an organisation later called by that word alone."""
    n = len(toks)
    i = 0
    while i < n:
        if not (toks[i].kind == "w" and toks[i].is_cap) or toks[i].low in N.DETERMINERS:
            i += 1
            continue
        j = i + 1
        while j < n and toks[j].kind == "w" and (toks[j].is_cap or (
                toks[j].low in ("of", "&") and j + 1 < n and toks[j + 1].is_cap)):
            j += 1
        first = N.strip_possessive(toks[i].text)[0].lower()
        if j - i >= 2:
            last = N.strip_possessive(toks[j - 1].text)[0]
            phrase = text[toks[i].start:toks[j - 2].end] + " " + last
            cast.note_phrase((para, toks[i].start), phrase,
                             alias=first not in R.NOT_NAME_WORDS)
        i = j


def _run_end(toks: list[Tok], i: int) -> int:
    """The end of the run of name words starting at ``i`` ("George W. Bush", "de Gaulle",
    "Theresa May")."""
    n = len(toks)
    j = i + 1
    while j < n:
        u = toks[j]
        if N.strip_possessive(toks[j - 1].text)[1]:
            break       # "Twitter's Adam Sharp": two names
        if u.kind == "w" and N.is_suffix(u.text):
            j += 1      # "James P. Kennedy Jr.": the suffix, with its dot
            if j < n and toks[j].text == "." and toks[j].start == u.end:
                j += 1
            return j
        if u.kind == "w" and N.is_name_word(u.text):
            j += 1
        elif u.kind == "w" and u.low in N.PARTICLES and j + 1 < n \
                and N.is_name_word(toks[j + 1].text):
            j += 1
        elif u.kind == "p" and u.text == "." and len(toks[j - 1].text) == 1 \
                and j + 1 < n and N.is_name_word(toks[j + 1].text):
            j += 1
        elif u.kind == "w" and len(u.text) == 1 and u.text.isupper() and j + 2 < n \
                and toks[j + 1].text == "." and N.is_name_word(toks[j + 2].text):
            j += 1      # a middle initial: "Silvia S. Martins"
        elif _nickname(toks, j):
            j += 1      # a nickname in quotation marks: 'Juan "Chico" Ortiz'
        else:
            break
    if j < n and toks[j].is_cap and N._surname_like(toks[j].text, toks[j - 1].text) \
            and not N.strip_possessive(toks[j - 1].text)[1]:
        j += 1
    return j


def _org_named(text: str, toks: list[Tok], i: int, j: int, words: list[str],
               prefix: list[Tok], pos, cast: Names) -> bool:
    """The run names an organisation ("news agency X", "the X report", "X Group"): noted
    as one; True when it is not a person."""
    n = len(toks)
    if (i > 0 and toks[i - 1].low in R.OUTLET_DESCRIPTORS and not toks[i - 1].is_cap) or (
            i >= 2 and toks[i - 1].low in ("from", "by") and j - i == 1
            and toks[i - 2].low in R.DOCUMENT_WORDS) or (
            j < n and toks[j].low in ("report", "reports", "newspaper", "agency")):
        cast.add_org(" ".join(words), pos, M.org_name(text, prefix) if prefix else None)
        return True
    if " ".join(words).lower() in R.KNOWN_OUTLETS:
        cast.add_org(" ".join(words), pos)
        return True
    if j < n and toks[j].is_cap and toks[j].low in R.ORG_HEADS:
        return True    # "Shanghai Automotive Industry Corp", "Union Investment Group"
    if j < n and not toks[j].is_cap and not _owner(toks, i, j) and (
            toks[j].low in R.OUTLET_DESCRIPTORS or (
            toks[j].low == "news" and j + 1 < n and toks[j + 1].low in R.OUTLET_DESCRIPTORS)):
        cast.add_org(" ".join(words), pos)   # "the Global Times newspaper"
        return True
    return False


def _name_modifier(toks: list[Tok], i: int, j: int, words: list[str]) -> bool:
    """"a Jo Roe rally", "the Tim Bale campaign": a person's full name (a known given name
    first) before the common noun it qualifies is the person named, not "the X"."""
    return len(words) >= 2 and toks[i].low in N._GIVEN and j < len(toks) \
        and toks[j].kind == "w" and not toks[j].is_cap \
        and not N.strip_possessive(toks[j - 1].text)[1]


def _owner(toks: list[Tok], i: int, j: int) -> bool:
    """"Jane Doe's radio show", "Tom Roe's website": a known given name, then a possessive
    family name, owns the outlet word after it; the person is no outlet's name."""
    return j - i >= 2 and N.strip_possessive(toks[j - 1].text)[1] \
        and toks[i].low in N._GIVEN


def _mention(text: str, toks: list[Tok], i: int, j: int, para: int,
             cast: Names) -> NameMention | None:
    """The person's name in toks[i:j] with what stands around it, or None (an
    organisation's name, or "the X" without a title)."""
    run = toks[i:j]
    words = N.name_words(run)
    possessive = N.strip_possessive(run[-1].text)[1]
    h = i - 1
    if i >= 2 and toks[h].text == "." and toks[h - 1].end == toks[h].start:
        h -= 1          # "Mr. Netanyahu": the honorific's dot is a token of its own
    prev = toks[h] if h >= 0 else None
    hon_before = prev is not None and prev.kind == "w" \
        and prev.low.rstrip(".") in _HONORIFIC_STEMS
    if not hon_before:
        h, prev = i, (toks[i - 1] if i > 0 else None)
    k = _title_prefix(toks, h)
    prefix = toks[k:h]
    pos = (para, toks[i].start)
    if _org_named(text, toks, i, j, words, prefix, pos, cast):
        return None
    modifier = prev is not None and prev.low in ("the", "a", "an") and not prefix
    if modifier and not _name_modifier(toks, i, j, words):
        return None
    if len(words) == 1 and not possessive and j < len(toks) and toks[j].is_cap \
            and not N.is_acronym(toks[j].text) and toks[j].low not in R.TIME_WORDS \
            and words[0].lower() not in N._GIVEN:
        return None     # "the International Atomic Energy Agency": a name's first word
    if hon_before and len(words) == 1 and prev.low.rstrip(".") in R.PEERAGE_HONORIFICS:
        words = [prev.text.rstrip(".")] + words     # "Lord Holme"
    honorific = prev.text if hon_before else None
    gender = (R.HONORIFICS.get(prev.low) or R.HONORIFICS.get(prev.low + ".")) \
        if hon_before else None
    role = N.role_text(text, prefix) if prefix else None
    appos = appositive_role(text, toks, j)
    for x in prefix:
        gender = gender or R.GENDERED_HEADS.get(x.low)
    subject, main = _subject(toks, k, j)
    possessive = possessive or modifier     # "a Jo Roe rally": as weak as "Jo Roe's"
    subject = subject and not possessive
    evidence = len(words) >= 2 or bool(role or honorific or appos)
    if len(words) > 4:
        words = words[-3:]
    m = NameMention(words, pos, role, appos, honorific, gender, subject, evidence)
    m.main = main and not possessive
    m.possessive = possessive
    m.age = _age(toks, k, j)
    m.pair = _paired(toks, k, j)
    return m


def _paired(toks: list[Tok], k: int, j: int) -> str:
    """"Jo Roe and Sen. Al Poe", "Jo Roe (R-Va.) and Al Poe": the name (with its title
    from ``k``, ending at ``j``) is the "first" or the "second" of two names joined by
    "and"."""
    if j < len(toks) and toks[j].text == "(":
        j = next((n + 1 for n in range(j, min(len(toks), j + 8)) if toks[n].text == ")"), j)
    if j + 1 < len(toks) and toks[j].low in ("and", "&") and toks[j + 1].is_cap:
        return "first"
    if k >= 2 and toks[k - 1].low in ("and", "&") and (toks[k - 2].is_cap
                                                       or toks[k - 2].text == ")"):
        return "second"
    return ""


def _subject(toks: list[Tok], k: int, j: int) -> tuple[bool, bool]:
    """Is the name (with its title from ``k``, ending at ``j``) a subject; is it the
    subject of the sentence's main clause (not after "when", "that", ...)?"""
    n = len(toks)
    before = toks[k - 1] if k > 0 else None
    lead = before
    opening = before is None or before.text == "," or before.low in _SUBJECT_BEFORE
    if not opening and k > 0:
        # an organisation's name in the title: "Transport Union general secretary X",
        # "Director of the U.S. Federal Bureau of Investigation (FBI) X"
        m = k
        while m > 0:
            if (toks[m - 1].kind == "w" and (toks[m - 1].is_cap
                                             or toks[m - 1].low in N.CONNECTORS)) \
                    or toks[m - 1].text == "&" or _initialism_dot(toks, m - 1):
                m -= 1
            elif m >= 3 and toks[m - 1].text == ")" and toks[m - 3].text == "(" \
                    and N.is_acronym(toks[m - 2].text):
                m -= 3      # "(FBI)" after an organisation's name
            else:
                break
        opening = (m == 0 or toks[m - 1].text == ",") and toks[m].low != "the"
        lead = toks[m - 1] if m > 0 else None
    if opening and before is not None and before.text == "," and any(
            t.text == "," for t in toks[:k - 1]) and not _verb_after(toks, j):
        opening = False   # after a second comma: a list or an appositive, not a subject
        # (unless a verb follows: "Asked whether ..., which ..., Ban demurred.")
    if opening and before is not None and before.text == "," and k >= 2 and (
            N.title_head(toks[k - 2].low) or toks[k - 2].low in R.PERSON_NOUNS) \
            and not toks[k - 2].is_cap:
        opening = False   # "... with his lawyer, Jane Doe, to ...": who the noun names
    coordinated = lead is not None and lead.low in ("and", "&") and k >= 2 \
        and toks[k - 2].is_cap      # "Lena Marsh and Oleg Petrov": a pair, not one subject
    if not opening and 0 < k <= 3 and toks[0].is_cap and all(
            t.kind == "w" and t.low not in N.DETERMINERS and t.low not in _SUBJECT_BEFORE
            and t.low not in N.PREPOSITIONS and not _verb_form(t) for t in toks[:k]):
        opening, lead = True, None      # "Tennis great Odile Marchand remembered ..."
    if not opening and _time_opener(toks[:k]) and _verb_after(toks, j):
        opening, lead = True, None      # "On Thursday evening Jane Roe delivered ..."
    subject = opening and not coordinated and not (j < n and toks[j].low in ("and", "&")) \
        and not (j == n or toks[j].text in (".", "!", "?"))
    # (a name that ends its sentence has no verb after it: the last of a list, "..., and
    # Sen. Al Poe.", is no clause's subject)
    main = subject and (lead is None or lead.text == "," or lead.kind == "q"
                        or lead.low in _MAIN_BEFORE)
    return subject, main


def _initialism_dot(toks: list[Tok], i: int) -> bool:
    """The dot at ``i`` ends a dotted initialism after "the" ("the U.S. Federal Bureau of
    ...")."""
    return toks[i].text == "." and i > 1 and toks[i - 1].end == toks[i].start \
        and _DOTTED.fullmatch(toks[i - 1].text) is not None and toks[i - 2].low == "the"


_TIME_OPENERS = {"on", "in", "at", "last", "this", "early", "late", "earlier", "later",
                 "by", "during", "that", "each", "every", "next"}
_TIME_FILLERS = {"the", "of", "early", "late"}


def _time_opener(toks: list[Tok]) -> bool:
    """The sentence opens with a time adverbial and no comma ("On Thursday evening",
    "Last week", "In 2015", "Early Monday"): what follows may be the main subject."""
    words = [t for t in toks if t.text != "."]
    if not words or len(words) > 5 or words[0].low not in _TIME_OPENERS \
            or any(t.kind != "w" for t in words):
        return False
    times = [t for t in words[1:] if t.low in R.TIME_WORDS or t.low == "day"
             or t.text.isdigit() or t.low in TW.MONTH_ABBREVIATIONS]
    return bool(times) and all(t in times or t.low in _TIME_FILLERS for t in words[1:])


def _verb_after(toks: list[Tok], j: int) -> bool:
    """A past-tense or speech verb right after the name ("..., Ban demurred.")."""
    if j >= len(toks) or toks[j].kind != "w" or toks[j].is_cap:
        return False
    low = toks[j].low
    return (low.endswith("ed") and len(low) > 4) or low in V.VERB_FORMS \
        or low in V.BELIEF_FORMS


def _verb_form(t: Tok) -> bool:
    """A verb between the sentence's first word and a name: the name is its object or
    its clause's subject ("Doe said Roe will ...", "Doe told Roe"), not a title's."""
    return not t.is_cap and (t.low in V.VERB_FORMS or t.low in V.BELIEF_FORMS
                             or t.low in V.THOUGHT_FORMS)


def _age(toks: list[Tok], k: int, j: int) -> int | None:
    """"Jane Doe, 56," or "56-year-old Jane Doe": the age the text gives."""
    n = len(toks)
    if j + 1 < n and toks[j].text == "," and toks[j + 1].text.isdigit() \
            and (j + 2 >= n or toks[j + 2].text in (",", ".", ";", ")")) \
            and 0 < int(toks[j + 1].text) < 120:
        return int(toks[j + 1].text)
    for t in toks[max(0, k - 3):k + 1]:
        age = N.age_of(t.low)
        if age is not None:
            return age
    return None
