"""Link stage for time: every article's dated events -> one chronology.

The same real event is often mentioned by several articles, at different precisions
("in July 2001", "in 2001") and in different words, and sometimes twice in one article
("met by video link on Monday" ... "During Monday's talks"). Each mention (one dated
event of one article) is compared with the mentions it could be the same happening as.

* Dates must be compatible: equal, or one a refinement of the other ("2001" and
  "2001-07"). Two dates in one paragraph are two happenings.
* Evidence: the principal people both name (a name that only qualifies something, "the
  administration of X", does not count; a full name known from any article counts even
  without its title); the content words both use, weighted by rarity (IDF over all
  mentions, titles and nationalities weigh little) with word families for the kind of
  happening ("met", "talks", "summit" are one kind; ``rules/event_words.py``).
* Same day, same article: shared principal people suffice, or the same kind of
  happening when the people do not differ ("met on Monday" ... "Monday's talks").
  Across articles: shared people and the same kind of happening (or neither says its
  kind: two reports of what someone said that day), or enough shared words including a
  rare word or a name. A coarser date joining a finer one needs more. Two reports that each name a different
  actor ("Compaq shares fell", "GM closed down") are different events; so are a meeting
  and a bombing; so are "five phone calls this year" and one call.

Linked pairs are joined strongest first (union-find) as long as the two groups stay
compatible: no group ever holds two different days, or two dates of one paragraph, so
no mega-clusters by chaining. Mentions are sorted by content before clustering: the
result does not depend on the order of the articles.

An entry takes the most precise date of its mentions, the clearest short sentence as
its text (no cut sentence, no pronoun or quotation opening, names preferred, then the
shortest; a leading relative date such as "On Monday," dropped), every person and every
source paragraph. A paragraph that names the event by its age or as a label ("the 20th
anniversary of the signing of the treaty", "a 20-year-old treaty", "the 2001 treaty")
is cited too. The id (``e-<date>-<hash>``) comes from the defining mention, the
earliest-published one at the entry's date: adding an unrelated article changes no id.
Each dated article's publication is also an entry (kind ``publication``, id
``pub-<article id>``).

``content/events.yml`` lets editors correct the result; their entries always win.
Ids are the ones shown on the chronology page (and in ``data/events.json``); an id that
names any mention of an entry (it was that entry's id before articles were added) still
finds it. Every section is optional:

    hide: [e-2021-07-11-1a2b3c]            # drop these entries
    merge:                                 # each list becomes one entry (first id kept)
      - [e-2001-07-1a2b3c, e-2001-4d5e6f]
    split: [e-2021-06-28-1a2b3c]           # undo an automatic merge: one entry per article
    correct:                               # change an entry's date, text or people
      e-2021-06-28-1a2b3c: {date: 2021-06-28, text: "...", people: [...]}
    add:                                   # an entry the articles do not date
      - {date: 2001-07-16, text: "...", people: [...], sources: [{article: ID, paragraph: 3}]}

Operations apply in the order split, merge, correct, hide, add. A malformed entry (an
impossible date such as 2021-02-30, an unknown id, a source naming a missing article or
paragraph) is reported and skipped; the rest of the file still applies.
"""
from __future__ import annotations

import datetime as _dt
import functools
import gc
import hashlib
import math
import multiprocessing
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from ..errors import ContentError
from ..model import Article, ChronologyEvent, Event, Source
from ..read.text import read_text
from ..rules.event_words import (AGGREGATE_NOUNS, COUNT_WORDS, EVENT_FAMILY_OF, GROUPS_OF_FAMILY,
                                PERIPHERAL_BEFORE_NAME, PRONOUN_OPENERS, RELATIVE_OPENERS,
                                STOP_WORDS)
from ..rules.speech import (CITIES, COUNTRIES, NATIONALITIES, ORG_HEADS, REPORTING_VERBS, TITLE_HEADS,
                           TITLE_MODIFIERS)
from ..rules.time_words import NUMBER_WORDS, ORDINALS
from ..yamlsafe import _StrictLoader

DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
SECTIONS = ("split", "merge", "correct", "hide", "add")

# Evidence thresholds (weighted overlap of content words, 0..1); see _link_score.
SIM_WITH_PEOPLE = 0.06      # shared principal people + a little shared content
SIM_SAME_KIND = 0.12        # shared kind of happening + some shared content
SIM_COARSE = 0.18           # a coarser date joining a finer one needs more
SIM_ALONE = 0.30            # enough shared content on its own (two words at least)
SIM_ALONE_COARSE = 0.45     # the same, when one date is coarser than the other,
SIM_MANY = 0.20             # or this much when they share at least MANY_WORDS words
MANY_WORDS = 4
SIM_DIFFERENT_NAMES = 0.6   # words this alike still link mentions that name different actors
WEAK_WEIGHT = 0.3           # weight of title and nationality words
# a word in at most this many articles (or this share of them) is rare: words alone link
# two mentions only if they share a rare word or a name
RARE_ARTICLES = 3
RARE_SHARE = 0.01
# a reference ("the 2001 treaty") is cited on an entry sharing a kind of happening or a
# word at least this heavy (squared IDF weight)
REFERENCE_WEIGHT = 1.0
REFERENCE_WORDS = 10        # words of the named event's phrase that are compared
AGE_HEAD_WORDS = 3          # "a 20-year-old friendship treaty": the thing aged is this near
# bounded work on huge input
MAX_PARAGRAPHS = 2000
MAX_PARAGRAPH_CHARS = 20000
# Blocking: only mentions sharing a word or a person at a common date prefix are
# compared; a key that would give more pairs than this compares near neighbours only
PARALLEL_MENTIONS = 20000   # from this many dated mentions (about 1,300 articles), pairs are scored in parallel
BLOCK_PAIRS = 20000
BLOCK_WINDOW = 20

# places say where, not who, and "Corp" or "Ministry" not which one: they never tell
# two actors apart
NOT_ACTOR_WORDS = frozenset(w for c in CITIES for w in c.split()) | frozenset(ORG_HEADS)
WEAK_WORDS = frozenset(TITLE_HEADS) | frozenset(TITLE_MODIFIERS) | frozenset(NATIONALITIES) \
    | frozenset(w for c in COUNTRIES for w in c.split())
_TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’-]*")
_NAME_PART = re.compile(r"[A-Z][\w’'-]*")


# ---- mentions -------------------------------------------------------------------------

@dataclass
class _Mention:
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

    def sort_key(self) -> tuple:
        e = self.event
        return (self.published or "9999", self.article, e.paragraph, e.date, e.expression, e.text)

    def mention_id(self) -> str:
        e = self.event
        key = f"{self.article}|{e.paragraph}|{e.expression}|{e.date}"
        return hashlib.sha1(key.encode()).hexdigest()[:6]


@functools.lru_cache(maxsize=1 << 16)
def _stem(token: str) -> str:
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


def _tokens(text: str) -> list[str]:
    out = []
    for t in _TOKEN.findall(text):
        if t[-2:] in ("'s", "’s"):
            t = t[:-2]
        t = t.strip("'’-")
        if t:
            out.append(t)
    return out


def _content_words(event: Event, lower: set[str] | None = None) -> tuple[frozenset[str], frozenset[str]]:
    """The words that say what happened (stemmed, families folded), and among them the
    proper names other than the people's ("Compaq", "Geneva", "TASS"); ``lower`` collects
    the stems of the words written in lower case."""
    # names stay in: a person the extractor did not recognise still counts as a rare word
    skip = {t.lower() for t in _tokens(event.expression)}
    people = {t.lower() for p in event.people for t in _tokens(p)}
    out, proper = set(), set()
    for t in _tokens(event.text):
        low = t.lower()
        if lower is not None and t.islower():
            lower.add(_stem(t))
        if len(low) < 2 or low in skip or low in STOP_WORDS or low in REPORTING_VERBS:
            continue
        if low.isdigit() and len(low) != 4:
            continue
        w = _stem(t)
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
    toks = [t.lower() for t in _tokens(event.text)]
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
        parts = [p for p in _tokens(person) if len(p) > 1]
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


def _real_date(value: str | None) -> bool:
    if not value or not DATE_RE.match(value):
        return False
    if len(value) == 10:
        try:
            _dt.date.fromisoformat(value)
        except ValueError:
            return False
    return len(value) != 7 or 1 <= int(value[5:7]) <= 12


def _known_names(articles: list[Article]) -> dict[str, list[tuple[str, ...]]]:
    """Full names (two words or more) of the people any article's events name, indexed
    by their first word: another article may name the same person without a title."""
    names: set[tuple[str, ...]] = set()
    for a in articles:
        for e in a.events:
            for p in e.people:
                toks = tuple(_tokens(p))
                if len(toks) >= 2:
                    names.add(toks)
    index: dict[str, list[tuple[str, ...]]] = {}
    for toks in sorted(names):
        index.setdefault(toks[0], []).append(toks)
    return index


def _names_in(text: str, index: dict[str, list[tuple[str, ...]]]) -> list[str]:
    toks = _tokens(text)
    found: list[str] = []
    for i, t in enumerate(toks):
        for name in index.get(t, ()):
            if tuple(toks[i:i + len(name)]) == name:
                full = " ".join(name)
                if full not in found:
                    found.append(full)
    return found


def _mentions(articles: list[Article]) -> tuple[list[_Mention], frozenset[str]]:
    """Every dated event as a mention, in canonical order; and the stems of the words
    seen in lower case anywhere (a capitalised word also written so is a common word)."""
    index = _known_names(articles)
    out: list[_Mention] = []
    lower: set[str] = set()
    for a in articles:
        for e in a.events:
            if not _real_date(e.date):
                continue
            people = list(e.people)
            keys = [_person_key(p) for p in people]
            for name in _names_in(e.text, index):
                k = _person_key(name)
                if not any(k <= x or x <= k for x in keys):
                    people.append(name)
                    keys.append(k)
            words, proper = _content_words(e, lower)
            # a week (its Monday) merges as its month; the entry shows it as a week again
            date = e.date[:7] if getattr(e, "precision", "") == "week" else e.date
            out.append(_Mention(article=a.id or "", published=a.date or "", event=e, date=date,
                                words=words, proper=proper, people=_principal_people(people, e.text),
                                # background (a state, a trend) never joins a happening
                                aggregate=_is_aggregate(e) or getattr(e, "kind", "") == "background",
                                all_people=tuple(people)))
    for m in out:
        m.kinds = frozenset(w for w in m.words if w.startswith("#"))
        m.person_keys = tuple(k for k in map(_person_key, m.all_people) if k)
        m.principal_keys = tuple(k for k in map(_person_key, m.people) if k)
    out.sort(key=_Mention.sort_key)
    for i, m in enumerate(out):
        m.index = i
    return out, frozenset(lower)


# ---- evidence -------------------------------------------------------------------------

def _compatible(a: str, b: str) -> bool:
    return a.startswith(b) or b.startswith(a)


@functools.lru_cache(maxsize=1 << 14)
def _person_key(name: str) -> frozenset[str]:
    return frozenset(t.lower() for t in _tokens(name) if len(t) > 1)


def _same_person(a: str, b: str) -> bool:
    ka, kb = _person_key(a), _person_key(b)
    return bool(ka and kb) and (ka <= kb or kb <= ka)


def _overlap(ka: tuple[frozenset[str], ...], kb: tuple[frozenset[str], ...]) -> frozenset[str]:
    """Name tokens of the people named on both sides ("Putin" is "Vladimir Putin")."""
    out: frozenset[str] = frozenset()
    for x in ka:
        for y in kb:
            if x <= y or y <= x:
                out = out | x | y
    return out


def _idf(mentions: list[_Mention]) -> dict[str, float]:
    df: dict[str, int] = {}
    for m in mentions:
        for w in m.words:
            df[w] = df.get(w, 0) + 1
    n = len(mentions)
    return {w: math.log(1 + n / c) for w, c in df.items()}


def _weights(mentions: list[_Mention], lower: frozenset[str]) -> dict[str, float]:
    """Squared weight of each word: IDF, lower for titles and nationalities ("Russian
    President" says little about what happened). Sets each mention's norm and keeps,
    of its proper names, the rare ones: those name who acted ("Compaq shares fell")."""
    idf = _idf(mentions)
    w2 = {w: (v * (WEAK_WEIGHT if w in WEAK_WORDS else 1.0)) ** 2 for w, v in idf.items()}
    # rare: in few articles (a company named ten times in its own story is still rare)
    in_articles: dict[str, set[str]] = {}
    for m in mentions:
        for w in m.words:
            in_articles.setdefault(w, set()).add(m.article)
    n_articles = len({m.article for m in mentions})
    limit = max(RARE_ARTICLES, n_articles * RARE_SHARE)
    rare_words = {w for w, arts in in_articles.items() if len(arts) <= limit}
    # a capitalised word also written in lower case is a common word ("Sales rose")
    for m in mentions:
        m.norm = sum(w2[w] for w in m.words)
        m.rare = frozenset(w for w in m.words if w in rare_words and w not in WEAK_WORDS)
        m.proper = frozenset(w for w in m.proper if w not in lower and w not in NOT_ACTOR_WORDS)
        m.actors = m.proper | frozenset(t for k in m.principal_keys for t in k)
    return w2


def _similarity(a: _Mention, b: _Mention, w2: dict[str, float],
                skip: frozenset[str] = frozenset()) -> tuple[float, int]:
    """Weighted overlap of content words (cosine of IDF-weighted word sets) and the
    number of shared words that are not titles or nationalities; ``skip``: the names of
    the people both share, already counted as people."""
    shared = a.words & b.words
    if skip:
        shared = shared - skip
    if not shared:
        return 0.0, 0
    na, nb = a.norm, b.norm
    if skip:
        na -= sum(w2[w] for w in a.words & skip)
        nb -= sum(w2[w] for w in b.words & skip)
    if na <= 0 or nb <= 0:
        return 0.0, 0
    strong = sum(1 for w in shared if w not in WEAK_WORDS)
    return sum(w2[w] for w in shared) / math.sqrt(na * nb), strong


def _dates_conflict(d1: str, g1: bool, d2: str, g2: bool) -> bool:
    """Dates (with their aggregate flags) that cannot be one event: two different days,
    or a count of happenings ("five calls this year") and one happening."""
    if not _compatible(d1, d2):
        return True
    if d1 != d2:
        return g1 if len(d1) < len(d2) else g2
    return g1 != g2


def _cannot_link(a: _Mention, b: _Mention) -> bool:
    if a.article == b.article and a.event.paragraph == b.event.paragraph and a.date != b.date:
        return True                     # two dates in one paragraph: two happenings
    return _dates_conflict(a.date, a.aggregate, b.date, b.aggregate)


@dataclass
class _Group:
    """What the no-chaining check needs to know about a growing cluster."""

    members: list[int]
    finest: str
    dates: dict[tuple[str, int], str]   # (article, paragraph) -> its date in this group
    signatures: set[tuple[str, bool]]   # (date, aggregate)

    def conflicts(self, other: "_Group") -> bool:
        if not _compatible(self.finest, other.finest):
            return True
        small, large = sorted((self.dates, other.dates), key=len)
        if any(large.get(where, d) != d for where, d in small.items()):
            return True
        return any(_dates_conflict(d1, g1, d2, g2)
                   for d1, g1 in self.signatures for d2, g2 in other.signatures)

    def absorb(self, other: "_Group") -> None:
        self.members += other.members
        if len(other.finest) > len(self.finest):
            self.finest = other.finest
        self.dates.update(other.dates)
        self.signatures |= other.signatures


def _groups(kinds: frozenset[str]) -> frozenset[str]:
    return frozenset(g for k in kinds for g in GROUPS_OF_FAMILY.get(k[1:], ()))


def _link_score(a: _Mention, b: _Mention, w2: dict[str, float]) -> float:
    """How sure we are that two mentions are one event (0: not linked)."""
    if _cannot_link(a, b):
        return 0.0
    sim, n_shared = _similarity(a, b, w2, _overlap(a.person_keys, b.person_keys))
    people = bool(_overlap(a.principal_keys, b.principal_keys))
    kind = bool(a.kinds & b.kinds)
    score = sim + (0.3 if people else 0.0) + (0.1 if kind else 0.0)
    # each names someone or something rare the other does not ("Compaq shares fell" and
    # "GM closed down" on the same day): different actors, different events
    if a.article != b.article and not people and (a.actors - b.words) and (b.actors - a.words) \
            and sim < SIM_DIFFERENT_NAMES:
        return 0.0
    # words alone: enough of them, one of them rare or a name, and more when one date is coarser
    # (it could be any day of that month or year)
    # (a year is a wide window: there, a shared name)
    shared_name = bool(a.proper & b.proper)
    if shared_name or (a.rare & b.rare and len(a.date) > 4 and len(b.date) > 4):
        if a.date == b.date:
            if sim >= SIM_ALONE and n_shared >= 2:
                return score
        elif (sim >= SIM_ALONE_COARSE and n_shared >= 2) or (sim >= SIM_MANY and n_shared >= MANY_WORDS):
            return score
    # kinds of happening that never describe one event together: a bombing and a vote
    if a.kinds and b.kinds and not kind and not (_groups(a.kinds) & _groups(b.kinds)):
        return 0.0
    if a.article == b.article:
        disjoint = a.people and b.people and not people
        if a.event.paragraph == b.event.paragraph:
            return 0.0 if disjoint else 1.0 + score
        if len(a.date) == 10 and (people or (kind and not disjoint)):
            return score                # "met on Monday" ... "Monday's talks"
        return score if people and kind and sim >= SIM_WITH_PEOPLE else 0.0
    if a.date == b.date and len(a.date) == 10:
        # the same day: the same principal people doing the same kind of thing (or
        # neither says what kind: two reports of what someone said that day)
        if people and (kind or not (a.kinds or b.kinds) or sim >= SIM_WITH_PEOPLE):
            return score
        return score if kind and sim >= SIM_SAME_KIND else 0.0
    # a coarser date joining a finer one, or the same month or year: a wide window
    strong = people and (kind or sim >= SIM_COARSE) and sim >= SIM_WITH_PEOPLE
    return score if strong else 0.0


def _prefixes(date: str) -> list[str]:
    return [date[:n] for n in (4, 7, 10) if n <= len(date)]


def _candidate_pairs(mentions: list[_Mention]) -> set[tuple[int, int]]:
    """Pairs worth comparing: mentions sharing a word or a person where one's date is the
    key's date and the other's is that date or a refinement of it (blocking keeps this
    near-linear for thousands of articles).

    Only what ``_link_score`` could link on makes a block: two mentions of different
    articles link when they share a principal person, or on the same day enough words, or
    a proper name, or (neither date a bare year) a rare word. So a year's blocks are made
    of people and proper names only, a month's also of rare words, a day's of every word:
    the same links as blocks of every word at every level, in a fraction of the pairs."""
    blocks: dict[tuple, tuple[list[int], list[int]]] = {}
    for m in mentions:
        base = {("a", m.article)} | {("p", t) for k in m.principal_keys for t in k}
        by_level = {4: base | {("w", w) for w in m.proper},
                    7: base | {("w", w) for w in m.proper | m.rare},
                    10: base | {("w", w) for w in m.words}}
        for prefix in _prefixes(m.date):
            exact = prefix == m.date
            for k in by_level[len(prefix)]:
                block = blocks.setdefault((prefix,) + k, ([], []))
                block[0 if exact else 1].append(m.index)
    pairs: set[tuple[int, int]] = set()
    for exact, finer in blocks.values():
        if not exact:
            continue
        if len(exact) * (len(exact) + len(finer)) <= BLOCK_PAIRS:
            others = exact + finer
            for i, x in enumerate(exact):
                for y in others[i + 1:]:
                    pairs.add((x, y) if x < y else (y, x))
        else:
            # a word this common at this date: only near neighbours in canonical order
            # (enough to connect a much-reported event; union-find does the rest)
            for i, x in enumerate(exact):
                for y in exact[i + 1:i + 1 + BLOCK_WINDOW]:
                    pairs.add((x, y))
    return pairs


def _scored(some: list[_Mention], mentions: list[_Mention], w2: dict[str, float]
            ) -> list[tuple[float, int, int]]:
    """The linkable pairs among ``some`` of the ``mentions``, with their scores."""
    out = []
    for x, y in _candidate_pairs(some):
        s = _link_score(mentions[x], mentions[y], w2)
        if s > 0:
            out.append((-round(s, 9), x, y))
    return out


_FORKED: tuple[list[_Mention], dict[str, float]] | None = None   # read by forked workers


def _scored_share(indices: list[int]) -> list[tuple[float, int, int]]:
    mentions, w2 = _FORKED
    return _scored([mentions[i] for i in indices], mentions, w2)


def _scored_pairs(mentions: list[_Mention], w2: dict[str, float], jobs: int
                  ) -> list[tuple[float, int, int]]:
    """Every linkable pair with its score. Mentions of different years never link (their
    dates conflict), so with many mentions the years are shared out among ``jobs``
    forked processes, which inherit the mentions instead of receiving them."""
    global _FORKED
    if jobs <= 1 or len(mentions) < PARALLEL_MENTIONS or not hasattr(os, "fork"):
        return _scored(mentions, mentions, w2)
    by_year: dict[str, list[int]] = {}
    for m in mentions:
        by_year.setdefault(m.date[:4], []).append(m.index)
    shares: list[list[int]] = [[] for _ in range(jobs)]
    for year in sorted(by_year, key=lambda y: -len(by_year[y])):   # biggest first, to the lightest
        min(shares, key=len).extend(by_year[year])
    _FORKED = (mentions, w2)
    # Memory: the children share the parent's pages until they write to them; the cyclic
    # GC would write to every object it scans, so the objects made so far are frozen out
    # of its reach. The parent scores the first share itself: one process fewer.
    gc.freeze()
    try:
        with multiprocessing.get_context("fork").Pool(jobs - 1) as pool:
            pending = pool.map_async(_scored_share, shares[1:])
            parts = [_scored_share(shares[0])] + pending.get()
    finally:
        _FORKED = None
        gc.unfreeze()
    return [item for part in parts for item in part]


def cluster_mentions(articles: list[Article], jobs: int = 1
                     ) -> tuple[list[list[_Mention]], dict[str, float]]:
    """Mentions of the same real event, grouped (groups in canonical order); and the word
    weights they were grouped with."""
    mentions, lower = _mentions(articles)
    if not mentions:
        return [], {}
    w2 = _weights(mentions, lower)
    scored = _scored_pairs(mentions, w2, jobs)
    scored.sort()
    parent = list(range(len(mentions)))
    groups = {m.index: _Group([m.index], m.date, {(m.article, m.event.paragraph): m.date},
                              {(m.date, m.aggregate)})
              for m in mentions}

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for _, x, y in scored:
        rx, ry = find(x), find(y)
        if rx == ry or groups[rx].conflicts(groups[ry]):
            continue
        if rx > ry:
            rx, ry = ry, rx
        parent[ry] = rx
        groups[rx].absorb(groups.pop(ry))
    return [[mentions[i] for i in sorted(g.members)] for _, g in sorted(groups.items())], w2


# ---- entries --------------------------------------------------------------------------

def _precision(date: str) -> str:
    return {4: "year", 7: "month"}.get(len(date), "day")


def _headline_rank(m: _Mention, finest: str) -> tuple:
    text = m.event.text
    first = (_tokens(text)[:1] or [""])[0].lower()
    quoted = sum(len(q) for q in re.findall(r"“[^”]*”|\"[^\"]*\"", text))
    return (
        "…" in text,                                   # cut by the extractor
        first in PRONOUN_OPENERS,                       # "He said ...": who?
        text[:1] in "“\"‘'",                            # starts inside a quotation
        quoted > len(text) / 2,                         # mostly someone else's words
        len(text) < 40,                                 # too short to stand alone
        m.date != finest,                               # the mention that gives the date
        -min(len(m.people), 3),                         # names who did it
        len(text),                                      # then the shortest
        m.sort_key(),
    )


def headline(mentions: list[_Mention]) -> str:
    """The clearest short sentence among the mentions, without a leading relative date."""
    finest = max((m.date for m in mentions), key=len)
    best = min(mentions, key=lambda m: _headline_rank(m, finest))
    return _strip_relative_opening(best.event.text, best.event.expression)


def _strip_relative_opening(text: str, expression: str) -> str:
    """"On Monday, Putin said ..." -> "Putin said ..." (the entry shows the date)."""
    if not expression or not text.lower().startswith(expression.lower()):
        return text
    words = [w.lower() for w in _tokens(expression)]
    if not words or not all(w in RELATIVE_OPENERS or w.isdigit() for w in words):
        return text
    rest = text[len(expression):]
    m = re.match(r"\s*,\s+", rest)
    if not m:
        return text
    rest = rest[m.end():]
    if len(rest) < 20:
        return text
    return rest[0].upper() + rest[1:]


def _to_entry(cluster: list[_Mention]) -> tuple[ChronologyEvent, list[str]]:
    date = max((m.date for m in cluster), key=len)      # all compatible: the finest
    defining = min((m for m in cluster if m.date == date), key=_Mention.sort_key)
    people: list[str] = []
    sources: list[Source] = []
    seen: set[tuple[str, int]] = set()
    expressions: list[str] = []
    for m in cluster:
        for p in m.all_people:
            same = next((i for i, q in enumerate(people) if _same_person(p, q)), None)
            if same is None:
                people.append(p)
            elif len(p) > len(people[same]):          # the fuller name
                people[same] = p
        if (m.article, m.event.paragraph) not in seen:
            seen.add((m.article, m.event.paragraph))
            sources.append(Source(m.article, m.event.paragraph))
        if m.event.expression not in expressions:
            expressions.append(m.event.expression)
    precision = _precision(date)
    if defining.event.precision == "week" and len(date) == 7:
        date, precision = defining.event.date, "week"       # "week of 18 November 2019"
    entry = ChronologyEvent(id=f"e-{date}-{defining.mention_id()}", date=date,
                            precision=precision, text=headline(cluster), people=people,
                            sources=sources, expressions=expressions,
                            kind="background" if all(m.event.kind == "background" for m in cluster) else "event")
    aliases = [m.mention_id() for m in cluster]
    return entry, aliases


# ---- references: a past event named without a date of its own ----------------------------

_NUMBER = (r"(?P<num>\d{1,3})(?:st|nd|rd|th)?|(?P<word>" + "|".join(
    sorted(set(ORDINALS) | set(NUMBER_WORDS), key=len, reverse=True)) + ")")
_WHAT = r"(?P<what>[^.,;:!?()“”\"]{3,90})"
# "the 20th anniversary of the signing of the treaty", "Friday's first anniversary of
# the war", "20 years since the signing", "a 20-year-old friendship treaty", "the 2001 treaty"
_REFERENCES = [
    ("anniversary", re.compile(r"(?i)\b(?:" + _NUMBER + r")\s+anniversary\s+of\s+" + _WHAT)),
    ("since", re.compile(r"(?i)\b(?:" + _NUMBER + r")\s+years\s+(?:since|after)\s+" + _WHAT)),
    ("age", re.compile(r"(?i)\b(?:" + _NUMBER + r")-year-old\s+" + _WHAT)),
    ("label", re.compile(r"\b(?i:the|a|an|its|their|his|her|this)\s+(?P<year>(?:1[89]|20)\d\d)\s+"
                         r"(?P<what>[A-Za-z][\w’'-]*(?:\s+[a-z][\w’'-]*){0,2})")),
]


# words that end the noun phrase naming the event
PHRASE_ENDS = frozenset("""has have had is are was were will would could should may might can
did does do said says which that who whom when where while as after before because
""".split())


_REFERENCE_CUES = {"anniversary": "anniversary", "since": " years ", "age": "-year-old", "label": ""}


@dataclass
class _Reference:
    article: str
    paragraph: int
    years: tuple[str, ...]          # the year(s) the named event can be in
    words: frozenset[str]
    phrase: str


def _count(m: re.Match) -> int | None:
    if m.group("num"):
        return int(m.group("num"))
    word = m.group("word").lower()
    return ORDINALS.get(word) or NUMBER_WORDS.get(word)


def _references(a: Article) -> list[_Reference]:
    """Past events an article names by their age or as a label, not by a date."""
    if not a.date or not a.paragraphs:
        return []
    out = []
    for i, para in enumerate(a.paragraphs[:MAX_PARAGRAPHS]):
        para = para[:MAX_PARAGRAPH_CHARS]
        low = para.lower()
        for kind, pattern in _REFERENCES:
            if _REFERENCE_CUES[kind] not in low and kind != "label":
                continue                        # cheap test before the regular expression
            for m in pattern.finditer(para):
                what_words = []
                for w in m.group("what").split()[:REFERENCE_WORDS]:
                    if w.lower() in PHRASE_ENDS:
                        break                   # "the war in Ukraine | has drawn ..."
                    what_words.append(w)
                what = " ".join(what_words)
                if kind == "label":
                    years = (m.group("year"),)
                else:
                    n = _count(m)
                    if not n or n > 200:
                        continue
                    anchor = _anchor_year(a, i, para, m.start())
                    base = int(anchor) - n
                    # an age is rounded down: a 20-year-old treaty of 2021 may date from 2000
                    years = (f"{base:04d}",) if kind == "anniversary" else (f"{base:04d}", f"{base - 1:04d}")
                words, _ = _content_words(Event(date="", expression="", paragraph=i, text=what))
                if kind == "age":
                    # "a 20-year-old treaty", not "a 39-year-old businessman": the thing
                    # aged is a kind of happening, and only that kind is compared
                    head = {_stem(t) for t in _tokens(what)[:AGE_HEAD_WORDS]}
                    words = frozenset(w for w in head if w.startswith("#"))
                if words:
                    phrase = " ".join(m.group(0)[:m.start("what") - m.start()].split() + [what])
                    out.append(_Reference(a.id or "", i, years, words, phrase))
    return out


def _anchor_year(a: Article, paragraph: int, text: str, at: int) -> str:
    """The year of the occasion: the dated event of the same sentence, else publication."""
    start = max(text.rfind(". ", 0, at), 0)
    for e in a.events:
        if e.paragraph == paragraph and e.date and text.find(e.text[:40], start) >= 0:
            return e.date[:4]
    return (a.date or "")[:4]


def _attach_references(articles: list[Article], entries: list[ChronologyEvent],
                       words: dict[str, frozenset[str]], w2: dict[str, float]) -> None:
    """Cite a reference's paragraph on the one entry it names: the entry of that year
    sharing the most weight of words, at least a kind of happening or a rare word."""
    # (year, word) -> the entries of that year with that word, in order: a reference is
    # compared with the entries sharing a word with it, not with every entry of its year
    by_word: dict[tuple[str, str], list[int]] = {}
    for i, e in enumerate(entries):
        for w in words.get(e.id, ()):
            by_word.setdefault((e.date[:4], w), []).append(i)
    order = {a.id: (a.date or "9999", a.id or "") for a in articles}     # sources in reading order
    for a in sorted(articles, key=lambda x: x.id or ""):
        for ref in _references(a):
            best, best_weight, tie = None, 0.0, False
            for year in ref.years:
                near = sorted({i for w in ref.words for i in by_word.get((year, w), ())})
                for e in (entries[i] for i in near):
                    shared = ref.words & words.get(e.id, frozenset())
                    if not any(w.startswith("#") or w2.get(w, 0) >= REFERENCE_WEIGHT for w in shared):
                        continue
                    weight = sum(w2.get(w, 0.0) for w in shared)
                    if weight > best_weight + 1e-9:
                        best, best_weight, tie = e, weight, False
                    elif abs(weight - best_weight) <= 1e-9:
                        tie = True
            if best is None or tie:
                continue
            if all((s.article, s.paragraph) != (ref.article, ref.paragraph) for s in best.sources):
                best.sources.append(Source(ref.article, ref.paragraph))
                best.sources.sort(key=lambda s: (order.get(s.article, ("9999", "")), s.paragraph or 0))
            if ref.phrase not in best.expressions:
                best.expressions.append(ref.phrase)


def merge_events(articles: list[Article], overrides: dict | None = None,
                 overrides_path: str = "content/events.yml", jobs: int = 1
                 ) -> tuple[list[ChronologyEvent], list[str]]:
    """The chronology of ``articles`` (events merged, editors' overrides applied,
    publications added), sorted by date; and messages about overrides that failed."""
    messages: list[str] = []
    overrides = overrides if isinstance(overrides, dict) else {}
    lines = getattr(overrides, "lines", {})
    ed = _Editor(overrides_path, lines, messages, {a.id: a for a in articles if a.id})
    for key in sorted(set(overrides) - set(SECTIONS), key=str):
        ed.say((str(key),), f"unknown section '{key}' (known: {', '.join(SECTIONS)}); ignored")

    entries: list[ChronologyEvent] = []
    aliases: dict[str, str] = {}             # mention hash -> entry id
    split_ids = ed.id_list(overrides, "split")
    clusters, w2 = cluster_mentions(articles, jobs)
    built = [_to_entry(c) for c in clusters]
    wanted_split = {}
    for i, (entry, hashes) in enumerate(built):
        for sid in split_ids:
            if sid == entry.id or _hash_of(sid) in hashes:
                wanted_split.setdefault(sid, i)
    for i, (cluster, (entry, hashes)) in enumerate(zip(clusters, built)):
        if i in wanted_split.values():
            by_article: dict[str, list[_Mention]] = {}
            for m in cluster:
                by_article.setdefault(m.article, []).append(m)
            for group in by_article.values():
                part, part_hashes = _to_entry(group)
                entries.append(part)
                for h in part_hashes:
                    aliases[h] = part.id
        else:
            entries.append(entry)
            for h in hashes:
                aliases.setdefault(h, entry.id)
    for sid in split_ids:
        if sid not in wanted_split:
            ed.say(("split", sid), f"split: no event {sid!r}; ignored")
    words: dict[str, frozenset[str]] = {}
    for cluster in clusters:
        for m in cluster:
            eid = aliases.get(m.mention_id())
            if eid:
                words[eid] = words.get(eid, frozenset()) | m.words
    _attach_references(articles, entries, words, w2)
    entries = ed.apply(entries, overrides, aliases)
    for a in articles:
        if a.date:
            entries.append(ChronologyEvent(id=f"pub-{a.id}", date=a.date, precision="day",
                                           text=a.title, sources=[Source(a.id or "", None)],
                                           kind="publication"))
    entries.sort(key=lambda e: (e.date, e.kind != "publication", e.id))
    return entries, messages


def _hash_of(event_id: str) -> str:
    return event_id.rsplit("-", 1)[-1] if event_id.startswith("e-") else ""


# ---- editors' overrides ---------------------------------------------------------------

class _Editor:
    """Applies content/events.yml; every problem becomes a message, never an exception."""

    def __init__(self, path: str, lines: dict, messages: list[str], articles: dict[str, Article]):
        self.path, self.lines, self.messages, self.articles = path, lines, messages, articles

    def say(self, where: tuple, message: str) -> None:
        line = self.lines.get(where) or self.lines.get(where[:1])
        self.messages.append(f"{self.path}{':' + str(line) if line else ''}: {message}")

    def id_list(self, overrides: dict, key: str) -> list[str]:
        value = overrides.get(key)
        if value is None:
            return []
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list):
            self.say((key,), f"'{key}' must be a list of event ids; ignored")
            return []
        out = []
        for i, v in enumerate(value):
            if isinstance(v, str) and v.strip():
                out.append(v.strip())
            else:
                self.say((key, i), f"{key}[{i}]: {v!r} is not an event id; ignored")
        return out

    def apply(self, entries: list[ChronologyEvent], overrides: dict,
              aliases: dict[str, str]) -> list[ChronologyEvent]:
        by_id = {e.id: e for e in entries}

        def resolve(eid: str) -> ChronologyEvent | None:
            if eid in by_id:
                return by_id[eid]
            target = aliases.get(_hash_of(eid))
            return by_id.get(target) if target else None

        # merge
        groups = overrides.get("merge")
        if groups is not None and not isinstance(groups, list):
            self.say(("merge",), "'merge' must be a list of lists of event ids; ignored")
            groups = []
        for i, group in enumerate(groups or []):
            if not isinstance(group, list) or len(group) < 2 or not all(isinstance(g, str) for g in group):
                self.say(("merge", i), f"merge[{i}]: must list two or more event ids; ignored")
                continue
            found = [resolve(g) for g in group]
            missing = [g for g, e in zip(group, found) if e is None]
            if missing:
                self.say(("merge", i), f"merge[{i}]: no event {missing[0]!r}; entry ignored")
                continue
            keep = found[0]
            for other in found[1:]:
                if other is keep:
                    continue
                by_id.pop(other.id, None)
                keep.sources += [s for s in other.sources if s not in keep.sources]
                keep.people += [p for p in other.people if p not in keep.people]
                keep.expressions += [x for x in other.expressions if x not in keep.expressions]
                if len(other.date) > len(keep.date) and _compatible(keep.date, other.date):
                    keep.date, keep.precision = other.date, _precision(other.date)
                for h, target in list(aliases.items()):
                    if target == other.id:
                        aliases[h] = keep.id
        # correct
        corrections = overrides.get("correct")
        if corrections is not None and not isinstance(corrections, dict):
            self.say(("correct",), "'correct' must map event ids to fields; ignored")
            corrections = {}
        for eid, fields in (corrections or {}).items():
            e = resolve(str(eid))
            if e is None:
                self.say(("correct", eid), f"correct: no event {eid!r}; ignored")
                continue
            try:
                _set_fields(e, fields, str(eid))
            except ValueError as exc:
                self.say(("correct", eid), f"correct {eid}: {exc}; ignored")
        # hide
        for i, eid in enumerate(self.id_list(overrides, "hide")):
            e = resolve(eid)
            if e is None:
                self.say(("hide", i), f"hide: no event {eid!r}; ignored")
            else:
                by_id.pop(e.id, None)
        # add
        added = overrides.get("add")
        if added is not None and not isinstance(added, list):
            self.say(("add",), "'add' must be a list of events; ignored")
            added = []
        for i, item in enumerate(added or []):
            try:
                e = _added(item, self.articles)
            except ValueError as exc:
                self.say(("add", i), f"add[{i}]: {exc}; entry ignored")
                continue
            if e.id in by_id:
                self.say(("add", i), f"add[{i}]: id {e.id!r} is already taken; entry ignored")
                continue
            by_id[e.id] = e
        return list(by_id.values())


def _set_fields(e: ChronologyEvent, fields: Any, eid: str) -> None:
    """All or nothing: a bad field leaves the entry as it was."""
    if not isinstance(fields, dict) or not fields:
        raise ValueError("give the fields to change (date, text, people)")
    unknown = sorted(set(map(str, fields)) - {"date", "text", "people"})
    if unknown:
        raise ValueError(f"unknown field '{unknown[0]}' (known: date, text, people)")
    new: dict[str, Any] = {}
    if "date" in fields:
        new["date"] = event_date(fields["date"])
    if "text" in fields:
        if not isinstance(fields["text"], str) or not fields["text"].strip():
            raise ValueError("'text' must be a non-empty line of text")
        new["text"] = " ".join(fields["text"].split())
    if "people" in fields:
        new["people"] = _people(fields["people"])
    if "date" in new:
        e.date, e.precision = new["date"], _precision(new["date"])
    if "text" in new:
        e.text = new["text"]
    if "people" in new:
        e.people = new["people"]


def _people(value: Any) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(p, str) and p.strip() for p in value):
        raise ValueError("'people' must be a list of names")
    return [" ".join(p.split()) for p in value]


def event_date(value: Any) -> str:
    """An editor's date: YYYY, YYYY-MM or YYYY-MM-DD, checked to exist."""
    if isinstance(value, _dt.datetime):
        value = value.date()
    if isinstance(value, _dt.date):
        return value.isoformat()
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        raise ValueError(f"date {value!r} must look like 2021, 2021-07 or 2021-07-12")
    text = value.strip()
    m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", text)
    if not m:
        raise ValueError(f"date {value!r} must look like 2021, 2021-07 or 2021-07-12")
    year, month, day = m.group(1), m.group(2), m.group(3)
    if month and not 1 <= int(month) <= 12:
        raise ValueError(f"date {text} has no month {month}")
    if day:
        try:
            _dt.date(int(year), int(month), int(day))
        except ValueError:
            raise ValueError(f"date {text} does not exist") from None
    return text


def _added(item: Any, articles: dict[str, Article]) -> ChronologyEvent:
    if not isinstance(item, dict):
        raise ValueError("must be a mapping with date and text")
    unknown = sorted(set(map(str, item)) - {"id", "date", "text", "people", "sources"})
    if unknown:
        raise ValueError(f"unknown field '{unknown[0]}' (known: id, date, text, people, sources)")
    if "date" not in item or "text" not in item:
        raise ValueError("needs at least date and text")
    date = event_date(item["date"])
    if not isinstance(item["text"], str) or not item["text"].strip():
        raise ValueError("'text' must be a non-empty line of text")
    text = " ".join(item["text"].split())
    people = _people(item["people"]) if "people" in item else []
    sources = []
    raw_sources = item.get("sources") or []
    if not isinstance(raw_sources, list):
        raise ValueError("'sources' must be a list of {article, paragraph}")
    for s in raw_sources:
        if not isinstance(s, dict) or not isinstance(s.get("article"), str):
            raise ValueError(f"source {s!r} must be a mapping with 'article'")
        a = articles.get(s["article"])
        if a is None:
            raise ValueError(f"source names no known article {s['article']!r}")
        para = s.get("paragraph")
        if para is not None and (isinstance(para, bool) or not isinstance(para, int)
                                 or not 0 <= para < len(a.paragraphs)):
            raise ValueError(f"article {s['article']!r} has no paragraph {para!r} "
                             f"(it has 0 to {len(a.paragraphs) - 1})")
        sources.append(Source(s["article"], para))
    eid = item.get("id")
    if eid is not None and (not isinstance(eid, str) or not re.fullmatch(r"[A-Za-z0-9][\w-]*", eid)
                            or eid.startswith("pub-")):
        raise ValueError(f"id {eid!r} must be letters, digits, '-' or '_' (and not start with 'pub-')")
    if eid is None:
        eid = f"e-{date}-{hashlib.sha1(f'add|{date}|{text}'.encode()).hexdigest()[:6]}"
    return ChronologyEvent(id=eid, date=date, precision=_precision(date), text=text,
                           people=people, sources=sources, kind="event")


# ---- loading events.yml -----------------------------------------------------------------

class EventOverrides(dict):
    """The parsed events.yml; ``lines`` maps (section[, index or id]) to a line number."""

    lines: dict[tuple, int]

    def __init__(self, data: dict | None = None, lines: dict[tuple, int] | None = None):
        super().__init__(data or {})
        self.lines = lines or {}


class _Loader(_StrictLoader):
    """Dates stay text, so one impossible date spoils only its own entry."""


_Loader.add_constructor("tag:yaml.org,2002:timestamp",
                        lambda loader, node: loader.construct_scalar(node))


def load_event_overrides(path: Path) -> EventOverrides:
    """Parse content/events.yml (missing file: no overrides). Raises ContentError only
    when the whole file is unusable (not YAML, not a mapping); problems inside one
    entry are reported by ``merge_events``."""
    if not path.is_file():
        return EventOverrides()
    text = read_text(path).text
    try:
        loader = _Loader(text)
        try:
            node = loader.get_single_node()
            data = loader.construct_document(node) if node is not None else None
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        raise ContentError(str(path), f"invalid YAML: {exc.problem or exc.context or 'invalid YAML'}",
                           mark.line + 1 if mark is not None else None) from None
    except (yaml.YAMLError, RecursionError) as exc:
        raise ContentError(str(path), f"invalid YAML: {exc}") from None
    if data is None:
        return EventOverrides()
    if not isinstance(data, dict):
        raise ContentError(str(path), "must be a mapping with add / hide / merge / split / correct")
    return EventOverrides(data, _lines(node))


def _lines(node: Any) -> dict[tuple, int]:
    lines: dict[tuple, int] = {}
    if not isinstance(node, yaml.MappingNode):
        return lines
    for key_node, value_node in node.value:
        section = key_node.value
        lines[(section,)] = key_node.start_mark.line + 1
        if isinstance(value_node, yaml.SequenceNode):
            for i, item in enumerate(value_node.value):
                lines[(section, i)] = item.start_mark.line + 1
                if isinstance(item, yaml.ScalarNode):
                    lines.setdefault((section, item.value), item.start_mark.line + 1)
        elif isinstance(value_node, yaml.MappingNode):
            for k, _ in value_node.value:
                lines[(section, k.value)] = k.start_mark.line + 1
    return lines


__all__ = ["EventOverrides", "cluster_mentions", "event_date", "headline", "load_event_overrides",
           "merge_events"]
