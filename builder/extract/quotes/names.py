"""People's and organisations' names: what is a name, how it is referred to, and what
a noun phrase before or after a speech verb stands for.

Pure helpers over tokens; the article-level bookkeeping (who is who) is in
``people.py``.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ...rules import given_names as G
from ...rules import speakers as S
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
    if low in R.NOT_NAME_WORDS or low in R.HONORIFICS or title_word(low) or place_word(low) \
            or low in S.NOT_NAME_OPENERS:
        return False
    if _CONTRACTION.search(low) or low.split("'")[0].split("’")[0] in R.PRONOUNS:
        return False   # "We’ll", "He's"
    if "-" in low and (low.rsplit("-", 1)[1] in R.COMPOUND_TAILS or low.split("-", 1)[0] in R.COMPOUND_HEADS):
        return False   # "Sacramento-based", "Chinese-born", "Anti-Marlow"
    if low in R.ORG_HEADS or low in R.AFFILIATION_ADJECTIVES or low in R.DOCUMENT_WORDS:
        return False
    if low in R.GROUP_WORDS or low in R.PERSON_PLURALS:
        return False
    if (low.endswith(_ADVERB_ENDINGS) and len(low) > 6) or low.rstrip("s") in _WARD_ADVERBS:
        return False   # "Locally, ...", "Separately, ...", "Afterwards, ..."
    return True


_HONORIFIC_STEMS = {h.rstrip(".") for h in R.HONORIFICS}
_GIVEN = R.MALE_GIVEN_NAMES | R.FEMALE_GIVEN_NAMES
_ANY_GIVEN = _GIVEN | G.EITHER | S.EITHER_GENDER_GIVEN_NAMES   # "Jan", "June": no gender
_CONTRACTION = re.compile(r"['’](?:ll|re|ve|d|m|t)$|n['’]t$")
_ADVERB_ENDINGS = ("ally", "ously", "ively", "ently", "antly", "arly", "ably", "ibly", "fully",
                   "lessly", "ingly", "edly", "wise")
# "-ward" adverbs by name: "Edwards", "Woodward" are family names
_WARD_ADVERBS = {"afterward", "backward", "forward", "toward", "onward", "upward",
                 "downward", "inward", "outward", "homeward", "eastward", "westward",
                 "northward", "southward", "skyward", "untoward"}


# ---- Chinese names, family name first ------------------------------------------

@lru_cache(maxsize=1)
def _syllables() -> frozenset[str]:
    return frozenset(i + f for i in R.PINYIN_INITIALS for f in R.PINYIN_FINALS)


@lru_cache(maxsize=1 << 16)      # one entry per distinct word: 4096 thrashed past 4,096 given names (a large archive)
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


def is_suffix(word: str) -> bool:
    """A generational suffix: "Jr.", "Sr", "III"."""
    return word.rstrip(".").lower() in R.NAME_SUFFIXES


def suffix_of(words: list[str]) -> str:
    """A full name's generational suffix, folded ("jr", "iii"), or "" without one: two
    names with different suffixes are two people (a father and his son)."""
    return words[-1].rstrip(".").lower() if len(words) >= 2 and is_suffix(words[-1]) else ""


def _core(tokens: list[str]) -> list[str]:
    """The name without its generational suffix ("Kennedy Jr." -> "Kennedy")."""
    while len(tokens) >= 2 and is_suffix(tokens[-1]):
        tokens = tokens[:-1]
    return tokens


def family_names(tokens: list[str]) -> list[str]:
    """The words a name may be shortened to, the usual one first."""
    tokens = _core(tokens)
    if not tokens:
        return []
    if len(tokens) == 1:
        return [tokens[0]]
    if family_first(tokens):
        return [tokens[0], tokens[-1]]
    return [tokens[-1]]


def given_names(tokens: list[str]) -> list[str]:
    tokens = _core(tokens)
    if len(tokens) < 2:
        return []
    return tokens[1:] if family_first(tokens) else tokens[:-1]



def given_compatible(a: list[str], b: list[str], key=str.lower) -> bool:
    """Given names that may be one person's: equal, initials, short forms ("Josh" for
    "Joshua"), a middle name more or less; words compared as ``key`` folds them."""
    if not a or not b:
        return True
    la = [key(w).rstrip(".") for w in a]
    lb = [key(w).rstrip(".") for w in b]
    short, long_ = (la, lb) if len(la) <= len(lb) else (lb, la)
    i = 0
    for w in long_:
        if i < len(short) and (w == short[i] or (len(short[i]) == 1 and w.startswith(short[i]))
                               or _short_form(short[i], w)):
            i += 1
    return i == len(short)


def _short_form(a: str, b: str) -> bool:
    """ "Josh" for "Joshua", "Alex" for "Alexander": one given name starts the other."""
    x, y = (a, b) if len(a) <= len(b) else (b, a)
    return len(x) >= 3 and y.startswith(x) and "-" not in y

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
        if low in S.EITHER_GENDER_GIVEN_NAMES:
            return None         # "Mo Mowlam", "Mo Elleithee"
        if low in R.MALE_GIVEN_NAMES:
            return "m"
        if low in R.FEMALE_GIVEN_NAMES:
            return "f"
        if len(low) >= 4 and low.endswith("a") and low.isalpha() and g[:1].isupper() \
                and low not in S.MALE_NAMES_IN_A and not low.endswith("ya") \
                and len(tokens) >= 2:
            return "f"          # "Arianna", "Huma" (not "Yukiya", "Ilya"): women's
    return None


# ---- names in a run of tokens ---------------------------------------------------

def suffix_start(toks: list[Tok]) -> int:
    """Where a trailing generational suffix ("Jr.", "III") after a name word starts
    (len(toks) if none)."""
    n = len(toks)
    i = n - 1 if n and toks[-1].text == "." else n
    if i >= 2 and toks[i - 1].kind == "w" and is_suffix(toks[i - 1].text) \
            and (i == n or toks[i - 1].end == toks[i].start) \
            and toks[i - 2].kind == "w" and toks[i - 2].is_cap:
        return i - 1                  # (the word before a suffix is a surname: "King III")
    return n


def name_run_end(toks: list[Tok]) -> int:
    """Index where the trailing run of name words starts (len(toks) if none); a
    generational suffix belongs to the run ("James P. Kennedy Jr.")."""
    end = suffix_start(toks)
    if end < len(toks):
        i = _name_run_end(toks[:end])
        if i >= end:
            # the word before the suffix is a surname whatever else it may be ("King III")
            i = min(_name_run_end(toks[:end - 1]), end - 1)
        return i if i < end else len(toks)
    return _name_run_end(toks)


_INITIALS = re.compile(r"^[A-Z](?:\.[A-Z])*$")


def _family_he(toks: list[Tok], k: int) -> bool:
    """"He Jianxiong", "He Lifeng": the family name He before a given name in pinyin,
    not the pronoun."""
    if toks[k].text != "He" or k + 1 >= len(toks):
        return False
    nxt = toks[k + 1]
    return nxt.kind == "w" and nxt.is_cap and nxt.text[1:].islower() \
        and pinyin_syllable_count(nxt.low) >= 1 and nxt.low not in R.NOT_NAME_WORDS \
        and nxt.low not in R.PRONOUNS


def initials(word: str) -> bool:
    """An initial before its dot: "W" ("George W. Bush"), "P.J" ("P.J. Fleck")."""
    return bool(_INITIALS.match(word))


_PARTICLE_SURNAME = re.compile(r"^(?:el|al|ad|as|ash|an|ar|at|az|bin|ibn|abu|bint|de|di|da|du|la|le|van|von|ben)-"
                               r"[A-Z][a-z]+(?:['’][a-z]+)?$")


def _name_run_end(toks: list[Tok]) -> int:
    i = len(toks)
    if i >= 2 and toks[-1].kind == "w" and _PARTICLE_SURNAME.match(toks[-1].text) \
            and toks[-2].kind == "w" and is_name_word(toks[-2].text):
        i -= 1      # "Ahmed Maher el-Sayed", "Bashar al-Assad": a particle joined to the surname
    # a surname that is also a common word ("Theresa May", "Jack Straw"), or any
    # capitalised word after an initial ("Ana T. King", "P.J. Vance")
    if i >= 2 and toks[-1].kind == "w" and toks[-1].is_cap and ((
            toks[-2].kind == "w" and is_name_word(toks[-2].text)
            and _surname_like(toks[-1].text, toks[-2].text)) or (
            i >= 3 and toks[-2].text == "." and initials(toks[-3].text)
            and _LETTERS.match(toks[-1].text) and any(c.islower() for c in toks[-1].text)
            and toks[-1].low not in _FUNCTION and not place_word(toks[-1].low))):
        i -= 1
    while i > 0:
        t = toks[i - 1]
        if t.kind == "w" and i < len(toks) and strip_possessive(t.text)[1]:
            break   # "Twitter's Adam Sharp": the possessive is another name
        if t.kind == "w" and (is_name_word(t.text) or _family_he(toks, i - 1)):
            i -= 1
        elif t.kind == "w" and t.low in PARTICLES and i < len(toks) and i > 1 \
                and is_name_word(toks[i - 2].text):
            i -= 1
        elif t.kind == "w" and t.low in PARTICLES and i < len(toks) and i > 1 \
                and _given_name(toks[i - 2]):
            i -= 2      # "Bill de Roe", "Jan van Dorn": a given name that is also a word
            break
        elif t.kind == "p" and t.text == "." and i > 1 and initials(toks[i - 2].text) \
                and i < len(toks):
            i -= 2  # an initial: "George W. Bush", "P.J. Fleck"
        else:
            break
    # a run may not start with a particle or an initial's dot
    while i < len(toks) and (toks[i].kind != "w" or not toks[i].text[:1].isupper()):
        i += 1
    if i < len(toks) and given_place(toks, i - 1):
        i -= 1
    return i


def _given_name(t: Tok) -> bool:
    return t.kind == "w" and t.is_cap and t.low in _ANY_GIVEN


def given_place(toks: list[Tok], k: int) -> bool:
    """A place name used as a given name: "Minister Sofia Lind", "Jordan Peterson said"."""
    if k < 0 or k + 1 >= len(toks):
        return False
    t = toks[k]
    before = toks[k - 1] if k > 0 else None
    if _common_given(t) and is_name_word(toks[k + 1].text) and (
            before is None or before.kind == "p"
            or (before.kind == "w" and not before.is_cap and before.low not in DETERMINERS)
            or (before.kind == "w" and before.is_cap and before.low in R.TITLE_HEADS)):
        return True     # "Bill Okafor", "said Grant Green", "President Bill Okafor": a given
        #                 name, also a word
    if t.kind == "w" and t.is_cap and t.low in _ANY_GIVEN and place_word(t.low) \
            and is_name_word(toks[k + 1].text) and before is not None and before.kind == "w" \
            and not before.is_cap and before.low not in PREPOSITIONS \
            and before.low not in DETERMINERS:
        return True     # "17-year-old Virginia Doe", "said Georgia Roe": a given name
    if not (t.kind == "w" and t.is_cap and place_word(t.low) and t.low not in R.NATIONALITIES
            and not strip_possessive(t.text)[1] and "-" not in t.text):
        return False
    if not is_name_word(toks[k + 1].text):
        return False
    return before is None or (before.kind == "w" and before.low in R.TITLE_HEADS
                              and before.is_cap)


def _common_given(t: Tok) -> bool:
    """A given name that is also a common word ("Bill", "Grant", "Mark"), not a modal
    ("Will Smith win?")."""
    return t.kind == "w" and t.is_cap and t.text[1:].islower() and t.low in _ANY_GIVEN \
        and t.low in R.NOT_NAME_WORDS and t.low not in S.MODAL_GIVEN_NAMES


_FUNCTION = {"the", "a", "an", "and", "or", "but", "of", "to", "in", "on", "at", "for",
             "by", "with", "from", "he", "she", "it", "they", "we", "i", "his", "her",
             "its", "their", "this", "that", "monday", "tuesday", "wednesday", "thursday",
             "friday", "saturday", "sunday", "said", "says", "told", "new", "year"}


def _surname_like(word: str, before: str = "") -> bool:
    """A capitalised word after a name word that may end the name ("Theresa May"); a
    nationality only after a known given name ("Jo French")."""
    base, _ = strip_possessive(word)
    low = base.lower()
    if not _LETTERS.match(base) or not any(c.islower() for c in base) or low in _FUNCTION:
        return False
    if (low in R.NATIONALITIES or title_word(low) or low in R.NOT_NAME_WORDS
            or low in R.HONORIFICS or low in R.AFFILIATION_ADJECTIVES) \
            and low not in _FUNCTION and before.lower() in _GIVEN:
        return True     # "Jo French", "Ken Doctor", "Ana Baron", "Rui Green": a surname
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


_AGE = re.compile(r"(\d{1,3})-year-old")


def age_of(low: str) -> int | None:
    """56 for "56-year-old"."""
    m = _AGE.fullmatch(low)
    return int(m.group(1)) if m else None


def _text(text: str, toks: list[Tok]) -> str:
    return text[toks[0].start:toks[-1].end] if toks else ""


def suffix_dot(stoks, i: int, lo: int) -> bool:
    """The "." at ``i`` of a generational suffix ending a name after token ``lo`` ("said
    Jane Doe Jr., his lawyer", "said Jane Doe Jr. on Monday"): part of the name, not the
    sentence's end."""
    prev = stoks[i - 1]
    return i > lo + 1 and prev.kind == "w" and prev.end == stoks[i].start \
        and prev.low in R.NAME_SUFFIXES and i + 1 < len(stoks) \
        and (stoks[i + 1].kind == "p" or not stoks[i + 1].is_cap)


def adverb(low: str) -> bool:
    """A lower-case word formed as an adverb ("jokingly", "angrily", "reportedly")."""
    return (len(low) > 6 and (low.endswith(_ADVERB_ENDINGS) or low.endswith("ily"))) \
        or low.rstrip("s") in _WARD_ADVERBS
