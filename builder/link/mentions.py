"""Each dated event of each article as a mention: what the chronology compares.

A mention keeps its event, the article and its publication date, and what its text says:
content words (stemmed, kinds of happening folded into families, ``rules/event_words.py``),
proper names other than the people's, the principal people (not those only named as a
modifier, "the administration of X") and every full name known from any article that the
text contains. Mentions come in a canonical order (by publication, article, paragraph,
date, words), so nothing depends on the order of the articles.
"""
from __future__ import annotations

import functools
import hashlib
import pickle
import re
from dataclasses import dataclass

from ..model import Article, Event
from ..rules.event_words import (AGGREGATE_NOUNS, COUNT_WORDS, EVENT_FAMILY_OF,
                                 PERIPHERAL_BEFORE_NAME, STOP_WORDS)
from ..rules.speech import (CITIES, COUNTRIES, NATIONALITIES, ORG_HEADS, REPORTING_VERBS,
                            TITLE_HEADS, TITLE_MODIFIERS)
from ..dates import is_real_date, span

# places say where, not who, and "Corp" or "Ministry" not which one: they never tell
# two actors apart
NOT_ACTOR_WORDS = frozenset(w for c in CITIES for w in c.split()) | frozenset(ORG_HEADS)
WEAK_WORDS = frozenset(TITLE_HEADS) | frozenset(TITLE_MODIFIERS) | frozenset(NATIONALITIES) \
    | frozenset(w for c in COUNTRIES for w in c.split())
_TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’-]*")
_NAME_PART = re.compile(r"[A-Z][\w’'-]*")


@dataclass
class Mention:
    article: str
    published: str                  # the article's date ("" if undated)
    event: Event
    words: frozenset[str] = frozenset()
    kinds: frozenset[str] = frozenset()
    people: tuple[str, ...] = ()    # principal people, as written in the event
    all_people: tuple[str, ...] = ()  # the event's people and known names found in its text
    proper: frozenset[str] = frozenset()  # proper names among the words (not people, not places)
    rare: frozenset[str] = frozenset()    # rare words
    actors: frozenset[str] = frozenset()  # proper names and principal people's names
    aggregate: bool = False
    index: int = 0                  # position in the canonical order
    # precomputed for speed: name-token sets of all people and of the principal ones
    person_keys: tuple[frozenset[str], ...] = ()
    principal_keys: tuple[frozenset[str], ...] = ()
    norm: float = 0.0               # sum of squared word weights

    date: str = ""                  # the event's date (a copy, read very often)
    span: tuple[int, int] = (0, 0)  # the first and last day it stands for (ordinals)
    background: bool = False        # a state, trend or label year, not a happening
    statement: bool = False         # its line tells of words said ("warned that", "told")

    @property
    def bare(self) -> bool:
        """Says nothing of what happened or who did it ("what happened on Saturday"): no
        person, no kind of happening, no name, and no statement made ("the People's Daily
        warned that ..." is a happening of its own)."""
        return not (self.principal_keys or self.kinds or self.proper or self.statement)

    def sort_key(self) -> tuple:
        e = self.event
        return (self.published or "9999", self.article, e.paragraph, e.date, e.expression, e.text)

    @functools.cached_property
    def id(self) -> str:
        """The mention's hash: the last part of its entry's id (and an alias of it)."""
        e = self.event
        key = f"{self.article}|{e.paragraph}|{e.expression}|{e.date}"
        return hashlib.sha1(key.encode()).hexdigest()[:6]


@functools.lru_cache(maxsize=1 << 16)
def stem(token: str) -> str:
    w = token.lower()
    family = EVENT_FAMILY_OF.get(w)
    if family:
        return "#" + family
    if len(w) > 5 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 4 and w.endswith("s") and not w.endswith("ss"):
        w = w[:-1]
    if len(w) > 6 and w.endswith("ing"):
        w = w[:-3]
    elif len(w) > 5 and w.endswith("ed"):
        w = w[:-2]
    return w


def tokens(text: str) -> list[str]:
    out = []
    for t in _TOKEN.findall(text):
        if t[-2:] in ("'s", "’s"):
            t = t[:-2]
        t = t.strip("'’-")
        if t:
            out.append(t)
    return out


def content_words(event: Event, lower: set[str] | None = None) -> tuple[frozenset[str], frozenset[str]]:
    """The words that say what happened (stemmed, families folded), and among them the
    proper names other than the people's ("Compaq", "Geneva", "TASS"); ``lower`` collects
    the stems of the words written in lower case."""
    # names stay in: a person the extractor did not recognise still counts as a rare word
    skip = {t.lower() for t in tokens(event.expression)}
    people = {t.lower() for p in event.people for t in tokens(p)}
    out, proper = set(), set()
    for t in tokens(event.text):
        low = t.lower()
        if lower is not None and t.islower():
            lower.add(stem(t))
        if len(low) < 2 or low in skip or low in STOP_WORDS or low in REPORTING_VERBS:
            continue
        if low.isdigit() and len(low) != 4:
            continue
        w = stem(t)
        out.add(w)
        if t[0].isupper() and low not in people and w not in WEAK_WORDS and low not in WEAK_WORDS \
                and not w.startswith("#"):
            proper.add(w)                       # (common words are filtered in _weights)
    return frozenset(out), frozenset(proper)


def _is_aggregate(event: Event) -> bool:
    """A count before a plural event word over a month or a year: "five telephone
    conversations this year" (several happenings). Within one day, "two bomb attacks"
    are one event told in parts."""
    if len(event.date) >= 10:
        return False
    toks = [t.lower() for t in tokens(event.text)]
    for i, t in enumerate(toks):
        if t in COUNT_WORDS or (t.isdigit() and len(t) < 4):
            following = toks[i + 1:i + 3]
            if following[:1] and following[0].isdigit():
                continue                        # a date: "Aug. 7, 1998, bombings"
            if any(x in AGGREGATE_NOUNS for x in following):
                return True
    return False


def _principal_people(people: list[str], text: str) -> tuple[str, ...]:
    """The people minus those only named as a modifier ("the administration of X")."""
    out = []
    for person in people:
        parts = [p for p in tokens(person) if len(p) > 1]
        spans = []
        for part in parts:
            spans += [m.start() for m in re.finditer(r"(?<![\w’'-])" + re.escape(part) + r"(?![\w-])", text)]
        if not spans:
            continue                            # named in the sentence, not in the description
        peripheral = all(_after_modifier(text[:s]) for s in spans)
        if not peripheral:
            out.append(person)
    return tuple(out)


def _after_modifier(before: str) -> bool:
    words = before.split()[-6:]
    # skip the title words and given names right before the name ("of US President Joe")
    while words and (_NAME_PART.fullmatch(words[-1]) or words[-1].lower() in ("the", "a", "an")):
        words.pop()
    return bool(words) and words[-1].lower() in PERIPHERAL_BEFORE_NAME


def _known_names(articles: list[Article]) -> dict[str, list[tuple[str, ...]]]:
    """Full names (two words or more) of the people any article's events name, indexed
    by their first word: another article may name the same person without a title."""
    names: set[tuple[str, ...]] = set()
    for a in articles:
        names |= article_names(a)
    return names_index(names)


def article_names(a: Article) -> set[tuple[str, ...]]:
    """The full names (as tokens) of the people the article's events name."""
    names: set[tuple[str, ...]] = set()
    for e in a.events:
        for p in e.people:
            toks = tuple(tokens(p))
            if len(toks) >= 2:
                names.add(toks)
    return names


def names_index(names) -> dict[str, list[tuple[str, ...]]]:
    index: dict[str, list[tuple[str, ...]]] = {}
    for toks in sorted(names):
        index.setdefault(toks[0], []).append(toks)
    return index


def _names_in(text: str, index: dict[str, list[tuple[str, ...]]]) -> list[str]:
    toks = tokens(text)
    found: list[str] = []
    for i, t in enumerate(toks):
        for name in index.get(t, ()):
            if tuple(toks[i:i + len(name)]) == name:
                full = " ".join(name)
                if full not in found:
                    found.append(full)
    return found


_PAST_SPEECH = frozenset({"said", "told", "wrote", "spoke", "tweeted"})


def _tells_a_statement(text: str) -> bool:
    """A speech verb in the past among the line's words ("warned", "said", "told")."""
    for t in tokens(text):
        low = t.lower()
        if low in _PAST_SPEECH or (low.endswith("ed") and low in REPORTING_VERBS):
            return True
    return False


def _span(e: Event) -> tuple[int, int]:
    """The days the mention stands for: its TIMEX3 value's (a week, a weekend, a season),
    else its date's (a week's date is its Monday: never the span of a week alone)."""
    value = (e.value or "").split("T")[0]
    return span(value) or span(e.date[:7] if e.precision == "week" else e.date) or (0, 0)


def event_facts(e: Event) -> tuple | None:
    """What a mention takes from its event alone (None for an event with no real date):
    (content words, proper names, stems written in lower case, aggregate, span,
    statement, principal people among the event's own). Pure: cached with the article's
    extraction (``article_facts``), so a build re-reads them instead of re-tokenising
    every article."""
    if not is_real_date(e.date):
        return None
    lower: set[str] = set()
    words, proper = content_words(e, lower)
    return (words, proper, frozenset(lower), _is_aggregate(e), _span(e),
            _tells_a_statement(e.text), _principal_people(list(e.people), e.text))


def article_facts(article: Article) -> tuple:
    """``event_facts`` of each of the article's events, in order."""
    return tuple(event_facts(e) for e in article.events)


def packed_facts(article: Article) -> bytes:
    """``article_facts`` as the extraction cache keeps them: pickled (``PackedFacts``)."""
    return pickle.dumps(article_facts(article), protocol=pickle.HIGHEST_PROTOCOL)


class PackedFacts(dict):
    """Article id -> ``article_facts``, each held pickled until it is asked for. An edit
    makes the mentions of the articles it changed only (``link.incremental``), yet every
    article's facts are read with its extraction: unpickled, their word sets took 38 MB
    at 1,000 articles, pickled 2 MB. A value that is not bytes is given as it is."""

    def __getitem__(self, key):
        return _unpacked(super().__getitem__(key))

    def get(self, key, default=None):
        value = super().get(key)
        return default if value is None else _unpacked(value)


def _unpacked(value):
    return pickle.loads(value) if isinstance(value, bytes) else value


def mentions_of(articles: list[Article], facts: dict[str, tuple] | None = None,
                index: dict[str, list[tuple[str, ...]]] | None = None
                ) -> tuple[list[Mention], frozenset[str]]:
    """Every dated event as a mention, in canonical order; and the stems of the words
    seen in lower case anywhere (a capitalised word also written so is a common word).
    ``facts``: article id -> ``article_facts`` of it, where known (the same result);
    ``index``: the known full names (default: ``_known_names(articles)``)."""
    if index is None:
        index = _known_names(articles)
    out: list[Mention] = []
    lower: set[str] = set()
    for a in articles:
        known = facts.get(a.id) if facts else None
        if known is None or len(known) != len(a.events):
            known = article_facts(a)
        for e, f in zip(a.events, known):
            if f is None:
                continue
            words, proper, low, aggregate, days, statement, principal = f
            people = list(e.people)
            keys = [person_key(p) for p in people]
            for name in _names_in(e.text, index):
                k = person_key(name)
                if not any(k <= x or x <= k for x in keys):
                    people.append(name)
                    keys.append(k)
            if len(people) != len(e.people):     # a name known from another article
                principal = _principal_people(people, e.text)
            lower |= low
            # a week (its Monday) is blocked and named as its month; its span is the week
            date = e.date[:7] if e.precision == "week" else e.date
            out.append(Mention(article=a.id or "", published=a.date or "", event=e, date=date,
                               words=words, proper=proper, people=principal,
                               aggregate=aggregate, all_people=tuple(people),
                               span=days, background=e.kind == "background",
                               statement=statement))
    for m in out:
        m.kinds = frozenset(w for w in m.words if w.startswith("#"))
        m.person_keys = tuple(k for k in map(person_key, m.all_people) if k)
        m.principal_keys = tuple(k for k in map(person_key, m.people) if k)
    out.sort(key=Mention.sort_key)
    for i, m in enumerate(out):
        m.index = i
    return out, frozenset(lower)


@functools.lru_cache(maxsize=1 << 14)
def person_key(name: str) -> frozenset[str]:
    """The name's words of two letters or more, lower-cased ("Petrov" is in "Oleg Petrov")."""
    return frozenset(t.lower() for t in tokens(name) if len(t) > 1)
