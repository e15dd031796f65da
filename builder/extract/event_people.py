"""Who a dated event involves, and who a pronoun or a description in its line stands for.

``known_names`` gathers the people the quote stage found and those named with a title
or an appositive role ("President Zhou Ming", "Oleg Petrov, an associate professor");
``people_in`` lists those a sentence names; ``subject_name`` resolves the subject of an
event line ("He", "The ambassador", "Doe") to the full name, looking back from the
sentence to the people named last (bounded: a few sentences, never the whole article).
"""
from __future__ import annotations

import functools
import re

try:                                    # name helpers shared with the quote attributor
    from .quotes.names import family_names, gender_of_given, is_name_word, title_word
except ImportError:                     # pragma: no cover - keeps events usable alone
    family_names = None
    gender_of_given = None
    is_name_word = None
    title_word = None

from ..rules.event_words import TITLE_QUALIFIERS

_SHE = re.compile(r"(?i)\b(?:she|her|hers|herself|ms|mrs|woman|mother|wife|daughter)\b")
_HE = re.compile(r"(?i)\b(?:he|him|his|himself|mr|man|father|husband|son)\b")

_WORD = re.compile(r"[A-Za-z’'][\w’'.-]*")


# "Oleg Petrov, an associate professor": starts only at a word's start and each word is
# bounded, so one long capitalised token costs one bounded attempt, not a rescan per letter
_APPOSITIVE = re.compile(r"(?<![\w’'-])((?:[A-Z][\w’'-]{1,30} ){1,2}[A-Z][\w’'-]{1,30}), "
                         r"(?:(?:a|an|the) )?((?:[a-z-]{1,30} ){0,3}[a-z-]{1,30})(?![\w-])")


def _names_with_roles(paragraphs: list[str]) -> list[str]:
    """Full names introduced with a title ("President Zhou Ming") or an appositive role
    ("Oleg Petrov, an associate professor")."""
    if is_name_word is None:
        return []
    found: list[str] = []
    for para in paragraphs:
        toks = [(m.start(), m.end(), m.group(0)) for m in _WORD.finditer(para)]
        i = 0
        while i < len(toks):
            w = toks[i][2]
            if title_word(w.lower().rstrip(".")) and w.lower() not in ("state", "first", "second", "new", "current"):
                j = i + 1
                run = []
                while j < len(toks) and len(run) < 3 and is_name_word(toks[j][2]) \
                        and para[toks[j - 1][1]:toks[j][0]].strip() == "":
                    run.append(toks[j][2])
                    j += 1
                if len(run) >= 2:
                    found.append(" ".join(_strip_possessive(x) for x in run))
                    i = j
                    continue
            i += 1
        for m in _APPOSITIVE.finditer(para):
            name_tokens = m.group(1).split()
            role = m.group(2).split()
            if all(is_name_word(x) for x in name_tokens) and any(title_word(r) for r in role):
                found.append(" ".join(name_tokens))
    return found


def titles_before_names(paragraphs: list[str]) -> dict[str, list[str]]:
    """Full name -> the titles written before it ("President Zhou Ming" -> "president"),
    so that "the President" in a line names them. A title with a qualifier before it
    ("former President", "Vice President") is another office: not recorded."""
    if is_name_word is None:
        return {}
    out: dict[str, list[str]] = {}
    for para in paragraphs:
        toks = [(m.start(), m.end(), m.group(0)) for m in _WORD.finditer(para)]
        for i, (_, _, w) in enumerate(toks):
            title = w.lower().rstrip(".")
            if not title_word(title) or title in ("state", "first", "second", "new", "current"):
                continue
            if i and toks[i - 1][2].lower().rstrip(".") in TITLE_QUALIFIERS:
                continue
            run = []
            for j in range(i + 1, min(i + 4, len(toks))):
                word = _strip_possessive(toks[j][2].rstrip(".,;:"))
                if not is_name_word(word) or para[toks[j - 1][1]:toks[j][0]].strip():
                    break
                run.append(word)
                if toks[j][2][-1:] in ".,;:" and not re.fullmatch(r"[A-Z]\.", toks[j][2]):
                    break                   # the name ends the sentence or clause
            if len(run) >= 2:
                out.setdefault(" ".join(run), []).append(title)
    return out


def _strip_possessive(word: str) -> str:
    for suffix in ("’s", "'s"):
        if word.endswith(suffix):
            return word[: -len(suffix)]
    return word


def _aliases(names: list[str]) -> dict[str, str]:
    """Word or phrase -> full name; a surname two people share stays out. Independent of
    the order of ``names`` and of string hashing (the build must give the same pages on
    every run)."""
    owners: dict[str, set[str]] = {}
    for name in names:
        tokens = name.split()
        forms = {name}
        if family_names is not None and len(tokens) > 1:
            forms.update(family_names(tokens))
        elif len(tokens) > 1:
            forms.add(tokens[-1])
        for f in forms:
            owners.setdefault(f, set()).add(name)
    out = {}
    for f, o in owners.items():
        others = sorted(o - {f})
        if len(others) == 1:
            out[f] = others[0]        # "Reyes" with "Sofia Reyes": the one fuller name
        elif f in o:
            out[f] = f                # the form is a name of its own, shared by several
    return out


@functools.lru_cache(maxsize=4096)
def _form_pattern(form: str) -> re.Pattern:
    """A name form as a whole word (its own cache: re's is shared and far smaller)."""
    return re.compile(r"(?<![\w’'-])" + re.escape(form) + r"(?:[’']s)?(?![\w-])")


def people_in(sentence: str, aliases: dict[str, str]) -> list[str]:
    found: list[tuple[int, str]] = []
    for form, name in aliases.items():
        m = _form_pattern(form).search(sentence)
        if m:
            found.append((m.start(), name))
    out: list[str] = []
    for _, name in sorted(found):
        if name not in out:
            out.append(name)
    return out



# ---- who a line's subject stands for ------------------------------------------------------


_FULL_NAME = re.compile(r"(?<![\w’'-])([A-Z][a-z]+)(?:\s[A-Z]\.)?\s[A-Z][\w’'-]+")


def _others(text: str, start: int, end: int, name: str) -> list[str]:
    """Other people named in full between ``start`` and ``end`` by a given name the
    quote stage never met ("Patrick W. Carlo"): a pronoun may be theirs."""
    if gender_of_given is None:
        return []
    own = set(name.split())
    out: list[str] = []
    for m in _FULL_NAME.finditer(text, start, end):
        words = m.group(0).split()
        if words[0] not in own and gender_of_given(words) is not None and m.group(0) not in out:
            out.append(m.group(0))
    return out


# a capitalised word standing alone (no capitalised word beside it): a surname, maybe a person's
_LONE_CAPITAL = re.compile(r"(?<![\w’'.-])(?<![A-Z][\w’'.-]\s)(?<![A-Z][\w’'.-]{2}\s)(?<![A-Z][\w’'.-]{3}\s)"
                           r"(?<![A-Z][\w’'.-]{4}\s)(?<![A-Z][\w’'.-]{5}\s)(?<![A-Z][\w’'.-]{6}\s)"
                           r"[A-Z][a-z][\w’'-]*(?![\w-]|\s[A-Z])")


class Cast:
    """The people of one article as an event line needs them: every written form of a
    name ("Chen", "Chen Hao") to the full name, and role words ("ambassador") to the one
    person who holds them."""

    def __init__(self, aliases: dict[str, str], roles: dict[str, str]):
        self.aliases = aliases
        self.roles = roles
        forms = sorted(aliases, key=len, reverse=True)
        self._pattern = re.compile(
            r"(?<![\w’'-])(?:" + "|".join(re.escape(f) for f in forms) + r")(?:[’']s)?(?![\w-])"
        ) if forms else None

    def full(self, form: str) -> str | None:
        return self.aliases.get(_strip_possessive(form))

    def last_person(self, text: str, before: int, window: int = 700, gender: str | None = None) -> str | None:
        """The person named last in the ``window`` characters before offset ``before``
        (of that gender, when the pronoun has one and the given name tells)."""
        if self._pattern is None:
            return None
        found = [(self.full(m.group(0)), m.start(), m.end())
                 for m in self._pattern.finditer(text, max(0, before - window), before)]
        found = [f for f in found if f[0]]
        # a subject ("Doyle said", "said Doyle") before an object ("considering Lena Marsh")
        for subjects_only in (True, False):
            for name, start, end in reversed(found):
                if subjects_only and not _subject_position(text, start):
                    continue
                if gender is None:
                    return name
                g = self._gender(name, text, end, before)
                if g is None or g == gender:
                    return name
        return None

    def subject_of(self, text: str, start: int, end: int, gender: str | None = None) -> str | None:
        """The first person named in subject position in text[start:end] (the sentence
        before a pronoun), if their gender does not contradict the pronoun's."""
        if self._pattern is None or start < 0:
            return None
        for m in self._pattern.finditer(text, start, end):
            if not _subject_position(text, m.start()):
                continue
            name = self.full(m.group(0))
            if not name:
                continue
            g = self._gender(name, text, m.end(), end + 200)
            return name if g is None or gender is None or g == gender else None
        return None

    def only_person(self, text: str, before: int, gender: str | None = None, window: int = 400) -> str | None:
        """The one person named in the ``window`` characters before ``before`` (no other
        name to confuse a pronoun with), if the gender does not contradict."""
        if self._pattern is None:
            return None
        # a surname right after a capitalised word is part of another name ("New York")
        names = {self.full(m.group(0)) for m in self._pattern.finditer(text, max(0, before - window), before)
                 if " " in m.group(0) or not re.search(r"[A-Z][\w.’'-]*\s$", text[max(0, m.start() - 20):m.start()])}
        names.discard(None)
        if len(names) != 1:
            return None
        name = names.pop()
        others = _others(text, max(0, before - window), before, name)
        if others:
            # a person the quote stage never met is named too: the pronoun is the one
            # person of its gender among them, if the genders tell them apart
            people = [(n, gender_of_given(n.split())) for n in [name, *others]]
            fits = [n for n, g in people if gender is not None and g in (gender, None)]
            return fits[0] if len(fits) == 1 else None
        g = gender_of_given(name.split()) if gender_of_given is not None else None
        return name if g is None or gender is None or g == gender else None

    def one_of_gender(self, text: str, start: int, end: int, gender: str) -> str | None:
        """The one person named in text[start:end] (the sentence before a pronoun) whose
        given name has the pronoun's gender, when every person named there has a given
        name that tells ("A poll shows Ana Lima ahead of Rui Costa. She trails ...": Ana
        Lima); None at any doubt."""
        if self._pattern is None or gender_of_given is None or start < 0:
            return None
        stops = list(re.finditer(r"[.!?][”\"’]?\s+(?=\S)", text[start:end].rstrip()))
        start = start + stops[-1].end() if stops else start     # the last sentence only
        found = [m for m in self._pattern.finditer(text, start, end)
                 if " " in m.group(0) or not re.search(r"[A-Z][\w.’'-]*\s$", text[max(0, m.start() - 20):m.start()])]
        names = {self.full(m.group(0)) for m in found}
        names.discard(None)
        others = [m for m in _FULL_NAME.finditer(text, start, end) if gender_of_given(m.group(0).split()) is not None]
        names.update(m.group(0) for m in others)
        covered = [(m.start(), m.end()) for m in found + others]
        for m in _LONE_CAPITAL.finditer(text, start, end):
            if m.start() > start + 1 and not any(a <= m.start() < b for a, b in covered):
                return None             # "a supporter of Trump’s campaign": someone the cast does not know
        genders = {n: gender_of_given(n.split()) for n in names}
        fits = [n for n, g in genders.items() if g == gender]
        if None in genders.values() or len(fits) != 1:
            return None
        return fits[0]

    def _gender(self, name: str, text: str, end: int, before: int) -> str | None:
        """From the given name, else from the first pronoun after this mention of the name
        and before the sentence being resolved ("Doyle, who said she ...")."""
        g = gender_of_given(name.split()) if gender_of_given is not None else None
        if g is not None:
            return g
        m = re.search(r"(?i)\b(?:(she|her|hers|herself)|(he|his|him|himself))\b", text[end:min(end + 160, before)])
        if m is None:
            return None
        return "f" if m.group(1) else "m"

    def by_role(self, words: list[str]) -> str | None:
        """ "the ambassador", "the Chinese foreign minister": the one person with that role."""
        for w in reversed(words):
            name = self.roles.get(w.lower())
            if name:
                return name
        return None


def _subject_position(text: str, start: int) -> bool:
    """Is the name at ``start`` a subject: opening a sentence or clause, or after "said"?"""
    # the capitalised words before it are more of the name ("Gov. Tom Hale", "J.R. Vance"), never a
    # word ending the sentence before ("... its primary Tuesday. Hale has")
    m = re.search(r"([\w’'.,;:“”\"]+)\s+(?:(?:[A-Z][\w’'-]*|[A-Z][a-z]{0,2}\.|(?:[A-Z]\.)+)\s+){0,3}$",
                  text[max(0, start - 60):start])
    if m is None:
        return True
    prev = m.group(1)
    if prev[-1:] in ".,;:“”\"" or prev.lower() in ("said", "says", "told", "according"):
        return True
    return not prev[:1].islower()

def cast_of(names: list[str], roles: dict[str, list[str]],
            titles: dict[str, list[str]] | None = None) -> Cast:
    """``roles``: full name -> the roles the quote stage read for that person;
    ``titles``: name -> titles written before it (``titles_before_names``)."""
    aliases = _aliases(names)
    holders: dict[str, set[str]] = {}
    for name, ts in (titles or {}).items():
        for t in ts:        # a titled name the cast lacks still makes a title shared
            holders.setdefault(t, set()).add(aliases.get(name, name))
    for name, rs in roles.items():
        for role in rs:
            words = re.findall(r"[A-Za-z’'-]+", role.lower())
            for w in words[-2:]:
                if title_word is not None and title_word(w) and w not in ("state", "new", "former"):
                    holders.setdefault(w, set()).add(name)
    unique = {w: next(iter(n)) for w, n in holders.items() if len(n) == 1}
    return Cast(aliases, unique)
