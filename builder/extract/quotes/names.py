"""People's and organisations' names: what is a name, how it is referred to, and what
a noun phrase before or after a speech verb stands for.

Pure helpers over tokens; the article-level bookkeeping (who is who) is in
``people.py``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ...rules import speech as R
from .text import Tok

_LETTERS = re.compile(r"^[^\W\d_](?:[^\W\d_]|['’\-.](?=[^\W\d_]))*$")
PARTICLES = {"de", "da", "van", "von", "der", "den", "bin", "al", "el", "la", "le", "du",
             "dos", "das", "di", "del", "ter", "ten", "y", "ibn", "abu", "bint", "mac"}
DETERMINERS = {"the", "a", "an", "this", "that", "these", "those", "his", "her", "its",
               "their", "our", "my", "your", "another", "one", "some", "any"}
PREPOSITIONS = {"to", "in", "of", "at", "for", "from", "by", "with", "on", "into",
                "under", "over", "between", "among", "about", "against", "near", "via",
                "within", "without", "across", "after", "before", "during", "since"}
CONNECTORS = {"of", "to", "for", "and", "in", "at", "on", "the", "&"}
_APOS = "’'"


def strip_possessive(word: str) -> tuple[str, bool]:
    for suffix in ("’s", "'s", "’", "'"):
        if word.endswith(suffix) and len(word) > len(suffix) + 1:
            return word[: -len(suffix)], True
    return word, False


def place_word(low: str) -> bool:
    base, _ = strip_possessive(low)
    if base in R.COUNTRIES or base in R.CITIES or base in R.NATIONALITIES \
            or base in R.US_STATES or (base.endswith("s") and base[:-1] in R.NATIONALITIES):
        return True     # "Americans" too
    if "-" in base:  # "Sino-Russian", "Beijing-Moscow"
        parts = [p for p in base.split("-") if p]
        return bool(parts) and all(p in R.COUNTRIES or p in R.CITIES or p in R.NATIONALITIES
                                   for p in parts)
    return False


def title_word(low: str) -> bool:
    return low in R.TITLE_HEADS or low in R.TITLE_MODIFIERS


def is_acronym(word: str) -> bool:
    base, _ = strip_possessive(word)
    letters = [c for c in base if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters) and len(base) <= 8


def is_name_word(word: str) -> bool:
    """A word that can be part of a person's name: "Zhou", "O'Brien", "Ying-jeou"."""
    base, _ = strip_possessive(word)
    if not base or not base[0].isupper() or not _LETTERS.match(base):
        return False
    if not any(c.islower() for c in base):
        return False
    low = base.lower()
    if low in R.NOT_NAME_WORDS or low in R.HONORIFICS or title_word(low) or place_word(low):
        return False
    if _CONTRACTION.search(low) or low.split("'")[0].split("’")[0] in R.PRONOUNS:
        return False   # "We’ll", "He's"
    if "-" in low and low.rsplit("-", 1)[1] in R.COMPOUND_TAILS:
        return False   # "Sacramento-based", "Chinese-born"
    if low in R.ORG_HEADS or low in R.AFFILIATION_ADJECTIVES or low in R.DOCUMENT_WORDS:
        return False
    if low in R.GROUP_WORDS or low in R.PERSON_PLURALS:
        return False
    if low.endswith(_ADVERB_ENDINGS) and len(low) > 6:
        return False   # "Locally, ...", "Separately, ..."
    return True


_HONORIFIC_STEMS = {h.rstrip(".") for h in R.HONORIFICS}
_GIVEN = R.MALE_GIVEN_NAMES | R.FEMALE_GIVEN_NAMES
_CONTRACTION = re.compile(r"['’](?:ll|re|ve|d|m|t)$|n['’]t$")
_ADVERB_ENDINGS = ("ally", "ously", "ively", "ently", "antly", "arly", "ably", "ibly", "fully",
                   "lessly", "ingly", "edly", "wise", "ward", "wards")


# ---- Chinese names, family name first ------------------------------------------

@lru_cache(maxsize=1)
def _syllables() -> frozenset[str]:
    return frozenset(i + f for i in R.PINYIN_INITIALS for f in R.PINYIN_FINALS)


@lru_cache(maxsize=4096)
def pinyin_syllable_count(word: str) -> int:
    """Number of pinyin syllables ``word`` splits into, 0 if it does not."""
    w = word.lower().replace("ü", "v")
    if not w.isalpha() or len(w) > 12:
        return 0
    syl = _syllables()
    best = [0] + [10 ** 6] * len(w)
    for end in range(1, len(w) + 1):
        for start in range(max(0, end - 6), end):
            if best[start] < 10 ** 6 and w[start:end] in syl:
                best[end] = min(best[end], best[start] + 1)
    return best[len(w)] if best[len(w)] < 10 ** 6 else 0


def family_first(tokens: list[str]) -> bool:
    """True for names written family name first: "Zhou Enlai", "Kim Jong-un"."""
    if len(tokens) < 2:
        return False
    first = tokens[0].lower()
    if first in R.FAMILY_FIRST_SURNAMES:
        return True
    if len(tokens) == 2 and "-" in tokens[1] and tokens[1].split("-")[1][:1].islower():
        return True  # "Tsai Ing-wen"
    if pinyin_syllable_count(first) != 1:
        return False
    return all(0 < pinyin_syllable_count(t.replace("-", "")) <= 3 for t in tokens[1:]) \
        and len(tokens) <= 3


def family_names(tokens: list[str]) -> list[str]:
    """The words a name may be shortened to, the usual one first."""
    if not tokens:
        return []
    if len(tokens) == 1:
        return [tokens[0]]
    if family_first(tokens):
        return [tokens[0], tokens[-1]]
    return [tokens[-1]]


def given_names(tokens: list[str]) -> list[str]:
    if len(tokens) < 2:
        return []
    return tokens[1:] if family_first(tokens) else tokens[:-1]


def osa_distance(a: str, b: str, limit: int = 3) -> int:
    """Edit distance with transpositions (optimal string alignment), capped at limit."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev2: list[int] | None = None
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if prev2 is not None and i > 1 and j > 1 and a[i - 1] == b[j - 2] \
                    and a[i - 2] == b[j - 1]:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        prev2, prev = prev, cur
        if min(prev) > limit:
            return limit + 1
    return prev[len(b)]


def gender_of_given(tokens: list[str]) -> str | None:
    for g in given_names(tokens)[:1]:
        low = g.lower()
        if low in R.MALE_GIVEN_NAMES:
            return "m"
        if low in R.FEMALE_GIVEN_NAMES:
            return "f"
    return None


# ---- noun phrases --------------------------------------------------------------

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


_TIME_LEADS = {"last", "this", "next", "on", "in", "earlier", "late", "early", "that"}


def strip_np(toks: list[Tok]) -> list[Tok]:
    """Drop conjunctions and adverbs around a subject: "and Petrov also" -> "Petrov"."""
    lead = {"and", "but", "while", "whereas", "so", "then", "also", "however", "yet", "or",
            "as", "because", "although", "though", "when", "if", "since", "both"}
    a, b = 0, len(toks)
    while a < b and (toks[a].kind == "p" or toks[a].low in lead):
        if toks[a].low == "both" and b - a > 1:
            break
        a += 1
    # a time phrase opening the sentence: "Last week State Department official X said"
    while b - a >= 3 and toks[a].low in _TIME_LEADS and toks[a + 1].low in R.TIME_WORDS:
        a += 2
    while b - a >= 2 and toks[a].low in ("yesterday", "today", "tonight", "earlier", "later"):
        a += 1
    while True:
        while b > a and (toks[b - 1].kind == "p" or (toks[b - 1].low in R.SPEAKER_VERB_FILLERS
                                                     and not toks[b - 1].is_cap)):
            b -= 1
        # a time phrase before the verb: "the commission on Thursday said"
        if b - a >= 3 and toks[b - 1].low in R.TIME_WORDS and (
                toks[b - 2].low in ("on", "in", "at", "last", "this", "earlier", "late",
                                    "early", "on", "next")):
            b -= 2
            continue
        if b - a >= 3 and toks[b - 1].low in R.TIME_WORDS and toks[b - 2].low in (
                "the", "this", "last") and toks[b - 3].low in ("on", "in", "at", "during"):
            b -= 3
            continue
        break
    while b - a >= 2 and toks[b - 1].kind == "w" and toks[b - 1].low in R.POSTNOMINALS \
            and toks[b - 1].text[:1].isupper():
        b -= 1    # "Guy Mansfield QC"
    # a parenthesis is an alias or an aside: "the British Chamber of Commerce (BCC)"
    out = []
    depth = 0
    for t in toks[a:b]:
        if t.kind == "p" and t.text == "(":
            depth += 1
        elif t.kind == "p" and t.text == ")":
            depth = max(0, depth - 1)
        elif depth == 0:
            out.append(t)
    return out


def group_members(text: str, toks: list[Tok], known_orgs) -> list[list[str]]:
    """"Hu and Volkov", "Zhou, Li and Zhang": the name of each member, when every one
    is a person's name (else none: "Hu and the ministry")."""
    parts: list[list[Tok]] = [[]]
    for t in toks:
        if t.low in ("and", "&") or t.text == ",":
            parts.append([])
        else:
            parts[-1].append(t)
    names = []
    for part in parts:
        if not part:
            continue
        m = classify_np(text, part, known_orgs)
        if m.kind != "name":
            return []
        names.append(m.name)
    return names if len(names) >= 2 else []


def name_run_end(toks: list[Tok]) -> int:
    """Index where the trailing run of name words starts (len(toks) if none)."""
    i = len(toks)
    # a surname that is also a common word ("Theresa May", "Jack Straw")
    if i >= 2 and toks[-1].kind == "w" and toks[-1].is_cap and toks[-2].kind == "w" \
            and is_name_word(toks[-2].text) and _surname_like(toks[-1].text, toks[-2].text):
        i -= 1
    while i > 0:
        t = toks[i - 1]
        if t.kind == "w" and is_name_word(t.text):
            i -= 1
        elif t.kind == "w" and t.low in PARTICLES and i < len(toks) and i > 1 \
                and is_name_word(toks[i - 2].text):
            i -= 1
        elif t.kind == "p" and t.text == "." and i > 1 and len(toks[i - 2].text) == 1 \
                and toks[i - 2].text.isupper() and i < len(toks):
            i -= 2  # an initial: "George W. Bush"
        else:
            break
    # a run may not start with a particle or an initial's dot
    while i < len(toks) and (toks[i].kind != "w" or not toks[i].text[:1].isupper()):
        i += 1
    if i < len(toks) and given_place(toks, i - 1):
        i -= 1
    return i


def given_place(toks: list[Tok], k: int) -> bool:
    """A place name used as a given name: "Minister Sofia Lind", "Jordan Peterson said"."""
    if k < 0 or k + 1 >= len(toks):
        return False
    t = toks[k]
    if not (t.kind == "w" and t.is_cap and place_word(t.low) and t.low not in R.NATIONALITIES
            and not strip_possessive(t.text)[1] and "-" not in t.text):
        return False
    if not is_name_word(toks[k + 1].text):
        return False
    before = toks[k - 1] if k > 0 else None
    return before is None or (before.kind == "w" and before.low in R.TITLE_HEADS
                              and before.is_cap)


_FUNCTION = {"the", "a", "an", "and", "or", "but", "of", "to", "in", "on", "at", "for",
             "by", "with", "from", "he", "she", "it", "they", "we", "i", "his", "her",
             "its", "their", "this", "that", "monday", "tuesday", "wednesday", "thursday",
             "friday", "saturday", "sunday", "said", "says", "told", "new", "year"}


def _surname_like(word: str, before: str = "") -> bool:
    """A capitalised word after a name word that may end the name ("Theresa May"); a
    nationality only after a known given name ("David French")."""
    base, _ = strip_possessive(word)
    low = base.lower()
    if not _LETTERS.match(base) or not any(c.islower() for c in base) or low in _FUNCTION:
        return False
    if (low in R.NATIONALITIES or title_word(low) or low in R.NOT_NAME_WORDS) \
            and low not in _FUNCTION and before.lower() in _GIVEN:
        return True     # "David French", "Ken Doctor", "Steven Law": a surname
    if low in R.AFFILIATION_ADJECTIVES or low in R.PERSON_PLURALS:
        return False
    return not (title_word(low) or place_word(low) or low in R.ORG_HEADS
                or low in R.HONORIFICS or low in R.NOT_NAME_WORDS)


def name_words(toks: list[Tok]) -> list[str]:
    out = []
    for t in toks:
        if t.kind == "w":
            out.append(strip_possessive(t.text)[0])
        elif out and t.text == ".":
            out[-1] += "."
    return out


def role_text(text: str, toks: list[Tok]) -> str | None:
    """A title phrase as a role: "the Russian ambassador to Beijing" -> without "the";
    abbreviated titles written out ("Sen." -> "Senator")."""
    while toks and (toks[0].low in DETERMINERS or toks[0].kind == "p"):
        toks = toks[1:]
    while toks and toks[-1].kind == "p":
        toks = toks[:-1]
    if not toks:
        return None
    if not any(title_head(t.low) for t in toks if t.kind == "w"):
        return None
    if not any(t.low in R.TITLE_ABBREVIATIONS for t in toks):
        return _text(text, toks)
    out, pos, skip_dot = [], toks[0].start, False
    for t in toks:
        if skip_dot and t.text == "." and t.start == pos:
            pos = t.end
            skip_dot = False
            continue
        skip_dot = False
        out.append(text[pos:t.start])
        if t.kind == "w" and t.low in R.TITLE_ABBREVIATIONS:
            out.append(R.TITLE_ABBREVIATIONS[t.low].title() if t.text[:1].isupper()
                       else R.TITLE_ABBREVIATIONS[t.low])
            skip_dot = True
        else:
            out.append(t.text)
        pos = t.end
    return "".join(out)


def title_head(low: str) -> bool:
    """A word naming an office or occupation ("ambassador", "Sen.", "ambassador's")."""
    base = strip_possessive(low)[0]
    return base in R.TITLE_HEADS or base in R.TITLE_ABBREVIATIONS


def _org_from_document(text: str, toks: list[Tok], known_orgs: set[str]) -> Mention | None:
    """ "the X report", "a ministry statement", "a report from X", "a transcript published
    by X" -> the organisation behind the document."""
    for i, t in enumerate(toks):
        if t.low in R.DOCUMENT_WORDS:
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
                if before:
                    inner = classify_np(text, before, known_orgs, as_org=True)
                    if inner.kind in ("org", "name") and (any(t.is_cap for t in before) or (
                            len(before) >= 2 and before[-1].low in R.BODY_HEADS)):
                        org = inner.org or " ".join(inner.name)
                        return Mention("org", _text(text, toks), toks[0].start, toks[-1].end,
                                       org=org, document=True, role=inner.role)
            return None
    return None


_AGE = re.compile(r"(\d{1,3})-year-old")


def age_of(low: str) -> int | None:
    """56 for "56-year-old"."""
    m = _AGE.fullmatch(low)
    return int(m.group(1)) if m else None
_CLAUSE_VERBS = {"was", "were", "is", "are", "has", "have", "had", "be", "been", "being",
                 "will", "would", "can", "could", "should", "did", "does"}


def _verb_before_object(toks: list[Tok], k: int) -> bool:
    """"The team looked at ...": a past-tense verb (an -ed word before a preposition or
    determiner) shows a clause, not a noun phrase ("an elected official" is one)."""
    t = toks[k]
    if t.kind != "w" or t.is_cap or not t.low.endswith("ed") or len(t.low) < 5:
        return False
    nxt = toks[k + 1].low if k + 1 < len(toks) else ""
    return nxt in PREPOSITIONS or nxt in DETERMINERS


def _title_plural(head: str) -> bool:
    """"strategists", "specialists", "prosecutors": many people of an occupation."""
    return head.endswith("s") and (head[:-1] in R.TITLE_HEADS or (
        head.endswith("ies") and head[:-3] + "y" in R.TITLE_HEADS))


def _share(lows: list[str]) -> bool:
    """"61 percent", "nine in 10", "nearly half", "a majority of voters": a share of
    people (a poll's respondents)."""
    return any(w in R.SHARE_WORDS or w.endswith("%") for w in lows) or (
        "in" in lows and lows.index("in") > 0 and lows[lows.index("in") - 1] in R.NUMBER_WORDS)


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


def _head_index(toks: list[Tok]) -> int:
    """The head noun of a description: the last word before a prepositional tail
    ("the ambassador to Beijing"); a preposition inside a capitalised name does not
    count ("a Department for Work and Pensions spokeswoman")."""
    end = len(toks)
    for i in range(1, len(toks) - 1):
        if toks[i].low in PREPOSITIONS and not (toks[i - 1].is_cap and toks[i + 1].is_cap):
            end = i
            break
    # "the Shadow Secretary of State": the title word, not the last word
    last = strip_possessive(toks[end - 1].low)[0]
    if last in R.ORG_HEADS or last in R.TITLE_HEADS or last in R.GROUP_WORDS:
        return end - 1   # "the official news agency": the agency
    titles = [k for k in range(end) if strip_possessive(toks[k].low)[0] in R.TITLE_HEADS]
    return titles[-1] if titles else end - 1


def org_name(text: str, toks: list[Tok]) -> str:
    """An organisation's name without the article and place-of-business adjectives
    ("the Sacramento-based McClatchy" -> "McClatchy")."""
    while toks and (toks[0].low in ("the", "a", "an") or (
            len(toks) > 1 and toks[0].low.endswith(_BASED))):
        toks = toks[1:]
    return _text(text, toks)


_BASED = ("-based", "-headquartered")


def classify_np(text: str, toks: list[Tok], known_orgs: set[str] | frozenset = frozenset(),
                as_org: bool = False) -> Mention:
    """What the words before (or after) a speech verb stand for."""
    toks = strip_np([t for t in toks if t.kind != "q"])
    if not toks or len(toks) > 20:
        return Mention("none")
    if any(t.low in _CLAUSE_VERBS or _verb_before_object(toks, k)
           for k, t in enumerate(toks) if k):
        return Mention("none")   # "his answer was not a summary": a clause, not a speaker
    lead = toks[0].low
    if lead in PREPOSITIONS or lead in ("speaking", "asked", "earlier", "later"):
        # an opening phrase without a comma: "In his message the party leader said"
        return _tail_np(text, toks, known_orgs, as_org)
    # "Nick Smith of Big Bank", "analyst Jane Doe at X": the name, then an affiliation
    for i in range(1, len(toks) - 1):
        if toks[i].low in ("of", "at", "from", "with") and toks[i - 1].kind == "w" \
                and is_name_word(toks[i - 1].text) and not is_acronym(toks[i - 1].text):
            head = toks[:i]
            r = name_run_end(head)
            if r < len(head) and (len(head) - r >= 2 or any(
                    title_head(t.low) or t.low.rstrip(".") in _HONORIFIC_STEMS
                    for t in head[:r])):
                m = classify_np(text, head, known_orgs, as_org)
                if m.kind == "name":
                    tail = toks[i + 1:]
                    place = len(tail) <= 3 and all(place_word(t.low) or t.kind == "p"
                                                   or t.low == "the" for t in tail)
                    if m.role:
                        m.role = f"{m.role} {_text(text, toks[i:])}"
                    elif not place:     # "Sen. Jane Doe of Ohio": a place is no role
                        m.role = _text(text, tail)
                    return m
            break
    if len(toks) > 16:
        return Mention("none")
    whole = _text(text, toks)
    start, end = toks[0].start, toks[-1].end
    lows = [t.low for t in toks]
    if len(toks) == 1 and toks[0].is_cap and lows[0] in R.NATIONALITIES \
            and not toks[0].text.isupper():
        # "Cuban said": a nationality never speaks; a surname (Mark Cuban) does
        return Mention("name", whole, start, end, name=[strip_possessive(toks[0].text)[0]])
    if len(toks) == 1 and lows[0] in R.PRONOUNS:
        return Mention("pronoun", whole, start, end, pronoun=lows[0],
                       gender=R.PRONOUNS[lows[0]])
    if len(toks) == 1 and lows[0] in ("which", "who", "whom"):
        return Mention("relative", whole, start, end)
    if len(toks) <= 3 and _AGE.fullmatch(lows[-1]) and lows[0] in ("the", "a"):
        # "the 56-year-old said": the person of that age, else the one last talked about
        return Mention("pronoun", whole, start, end, pronoun="he/she", gender=None,
                       age=age_of(lows[-1]))
    # documents relay someone's words
    if any(low in R.DOCUMENT_WORDS for low in lows) and not as_org:
        doc = _org_from_document(text, toks, known_orgs)
        if doc is not None:
            return doc
    # coordination: "Hu and Volkov", "both sides" -> a group, not one speaker
    if lows[0] == "both":
        return Mention("group", whole, start, end)
    for i, low in enumerate(lows):
        if low in ("and", "&") and 0 < i < len(toks) - 1:
            right = toks[i + 1:]
            r0 = name_run_end(right)
            title_inside = any(t.low in R.TITLE_HEADS for t in right[:r0]) and toks[i - 1].is_cap
            if title_inside:
                continue
            if sum(1 for t in toks[:i] if t.kind == "w") > 4:
                # "Rosneft now owns Yugansk and Russia said": a clause, then the subject
                return classify_np(text, right, known_orgs, as_org)
            return Mention("group", whole, start, end,
                           members=group_members(text, toks, known_orgs))
    low_text = " ".join(lows)
    for metonym in R.INSTITUTION_METONYMS:
        if low_text == metonym or low_text == "the " + metonym:
            return Mention("org", whole, start, end, org=org_name(text, toks))
    if (low_text in R.KNOWN_OUTLETS and any(t.is_cap for t in toks)) or low_text in known_orgs:
        return Mention("org", whole, start, end, org=org_name(text, toks))

    r = name_run_end(toks)
    prefix = toks[:r]
    run = toks[r:]
    h0 = _head_index(toks)
    if run and lows[0] in DETERMINERS and h0 < r and not toks[h0].is_cap \
            and h0 + 1 < len(toks) and lows[h0 + 1] in ("of", "in", "at", "from", "with", "for",
                                                         "by", "on"):
        run = []   # "the authors of the study in JAMA Psychiatry": the name is not the head
    if run and len(run) <= 5:
        before = prefix[-1].low if prefix else ""
        words = name_words(run)
        joined = " ".join(words).lower()
        # "news agency X", "state broadcaster X", "investment bank X", "US oil giant X"
        if any((t.low in R.OUTLET_DESCRIPTORS or t.low in R.ORG_HEADS) and not t.is_cap
               for t in prefix[-4:]) and not any(t.low in R.TITLE_HEADS for t in prefix) \
                and before not in PREPOSITIONS:
            return Mention("org", whole, start, end, org=" ".join(words),
                           role=org_name(text, prefix) or None)
        if joined in known_orgs or joined in R.KNOWN_OUTLETS:
            return Mention("org", whole, start, end, org=" ".join(words),
                           role=org_name(text, prefix) or None)
        if lows[0] == "the" and not any(t.low in R.TITLE_HEADS for t in prefix) \
                and not (prefix and strip_possessive(prefix[-1].text)[1]
                         and not place_word(prefix[-1].low)) \
                and all(t.is_cap or t.low in CONNECTORS for t in prefix[1:]):
            # "the Tories", "the Liberal Democrats": institutions, not people
            # (but "the Fabian Society's Jane Doe" is a person)
            return Mention("org", whole, start, end, org=org_name(text, toks))

        if prefix and prefix[-1].is_cap and prefix[-1].low in R.NATIONALITIES \
                and len(words) == 1 and not any(t.low in R.TITLE_HEADS for t in prefix):
            # "British Airways", "Dutch firm X" is handled above: a nationality + one word
            return Mention("org", whole, start, end, org=_text(text, [prefix[-1]] + run))
        if before in PREPOSITIONS or before in DETERMINERS:
            pass  # "the ambassador to Beijing", "the Family": not a person's name
        else:
            honorific = None
            gender = None
            if len(prefix) >= 2 and prefix[-1].text == "." and prefix[-2].kind == "w":
                prefix = prefix[:-1]        # "Mr. Ward": the honorific before its dot
            if prefix and strip_possessive(prefix[-1].low)[0].rstrip(".") in _HONORIFIC_STEMS:
                honorific = prefix[-1].text
                gender = R.HONORIFICS.get(prefix[-1].low) or R.HONORIFICS.get(
                    prefix[-1].low + ".")
            if as_org:
                return Mention("org", whole, start, end, org=" ".join(words))
            role = role_text(text, prefix[:-1] if honorific else prefix)
            if role is None and prefix and strip_possessive(prefix[-1].text)[1] \
                    and prefix[-1].is_cap and not place_word(prefix[-1].low):
                # "the Fabian Society's Jane Doe": the organisation is the affiliation
                role = org_name(text, prefix)
            for t in prefix:
                g = R.GENDERED_HEADS.get(t.low)
                if g:
                    gender = gender or g
            return Mention("name", whole, start, end, name=words, honorific=honorific,
                           role=role, gender=gender or gender_of_given(words))
    # an acronym: "NHK", "the BBC"
    last = toks[-1]
    if last.kind == "w" and is_acronym(last.text) and last.low not in R.TITLE_HEADS:
        return Mention("org", whole, start, end, org=strip_possessive(last.text)[0],
                       role=org_name(text, toks[:-1]) or None)
    # a country or capital for its government: "Russia said", "Beijing has said"
    bare = [t for t in toks if t.low not in ("the",)]
    if len(bare) == 1 and bare[0].is_cap and place_word(bare[0].low) \
            and bare[0].low not in R.NATIONALITIES:
        return Mention("org", whole, start, end, org=strip_possessive(bare[0].text)[0])
    # "the report", "the statement": the document of an organisation named before
    if any(low in R.DOCUMENT_WORDS for low in lows[-1:]) and lows[0] in ("the", "this", "that"):
        return Mention("org", whole, start, end, document=True)
    # a proper name after "the": "the Bank of England", "the Council of Mortgage Lenders"
    if lows[0] == "the" and len(toks) >= 2 and toks[1].is_cap and all(
            t.is_cap or t.low in CONNECTORS or t.kind == "p" for t in toks[1:]) \
            and not any(t.low in R.TITLE_HEADS for t in toks) \
            and toks[-1].low not in R.PERSON_NOUNS:
        # (a party in the plural is an institution: "the Liberal Democrats said")
        return Mention("org", whole, start, end, org=org_name(text, toks))
    # a description: "the ambassador", "Russia's foreign ministry", "the two sides"
    h = _head_index(toks)
    head = strip_possessive(toks[h].low)[0]
    if head in R.GROUP_WORDS or head in R.PERSON_PLURALS or _title_plural(head) or (
            lows[0] in ("the",) and len(toks) >= 2
            and lows[1] in ("two", "three", "four", "pair", "both")) or _share(lows):
        return Mention("group", whole, start, end, head=head)
    if not toks[h].is_cap and lows[0] in ("the", "some", "many", "several", "two", "three") \
            and head.endswith("s") and not head.endswith(("ss", "us", "is", "ics")) \
            and head not in R.TITLE_HEADS and head not in R.ORG_HEADS \
            and head not in R.DOCUMENT_WORDS:
        return Mention("group", whole, start, end, head=head)   # "the authors", "the rebels"
    if head in R.ORG_HEADS or as_org:
        # "the state-run Global Times newspaper", "Norpress news agency": the name inside
        if head in R.OUTLET_DESCRIPTORS and not toks[h].is_cap:
            caps = [i for i in range(h) if toks[i].is_cap and not place_word(toks[i].low)
                    and toks[i].low not in ("the",) and toks[i].low not in R.NATIONALITIES]
            if caps and caps == list(range(caps[0], caps[-1] + 1)):
                name = _text(text, toks[caps[0]:caps[-1] + 1])
                role = " ".join(t.text for t in toks if t not in toks[caps[0]:caps[-1] + 1]
                                and t.low not in ("the", "a", "an"))
                return Mention("org", whole, start, end, org=name, role=role or None)
        if lows[0] in ("the", "this", "that", "its", "his", "her", "their") and not any(
                t.is_cap for t in toks[1:]) and not as_org:
            # "the company", "the production company", "his office": an organisation
            # named before, not a name of its own
            return Mention("org", whole, start, end, head=head, generic=True,
                           org=org_name(text, toks))
        return Mention("org", whole, start, end, org=org_name(text, toks))
    if head in R.TITLE_HEADS or head in R.PERSON_NOUNS:
        gender = R.GENDERED_HEADS.get(head) or R.GENDERED_PERSON_NOUNS.get(head)
        return Mention("description", whole, start, end, head=head,
                       role=role_text(text, toks), gender=gender)
    if toks[h].is_cap and lows[0] == "the" and h == 1:
        return Mention("org", whole, start, end, org=org_name(text, toks))
    return Mention("none", whole, start, end)
