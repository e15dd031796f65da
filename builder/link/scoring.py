"""How sure the chronology is that two mentions tell of one happening.

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
  rare word or a name. A coarser date joining a finer one needs more. Two reports that
  each name a different actor ("Compaq shares fell", "GM closed down") are different
  events; so are a meeting and a bombing; so are "five phone calls this year" and one call.

``Group`` keeps a growing cluster from ever holding two different days, or two dates of
one paragraph (no chaining).
"""
from __future__ import annotations

import math
from dataclasses import dataclass

from ..rules.event_words import GROUPS_OF_FAMILY
from .mentions import NOT_ACTOR_WORDS, WEAK_WORDS, Mention

# Evidence thresholds (weighted overlap of content words, 0..1); see link_score.
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


def compatible(a: str, b: str) -> bool:
    return a.startswith(b) or b.startswith(a)


def _overlap(ka: tuple[frozenset[str], ...], kb: tuple[frozenset[str], ...]) -> frozenset[str]:
    """Name tokens of the people named on both sides ("Putin" is "Vladimir Putin")."""
    out: frozenset[str] = frozenset()
    for x in ka:
        for y in kb:
            if x <= y or y <= x:
                out = out | x | y
    return out


def _idf(mentions: list[Mention]) -> dict[str, float]:
    df: dict[str, int] = {}
    for m in mentions:
        for w in m.words:
            df[w] = df.get(w, 0) + 1
    n = len(mentions)
    return {w: math.log(1 + n / c) for w, c in df.items()}


def weights(mentions: list[Mention], lower: frozenset[str]) -> dict[str, float]:
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


def _similarity(a: Mention, b: Mention, w2: dict[str, float],
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


def dates_conflict(d1: str, g1: bool, d2: str, g2: bool) -> bool:
    """Dates (with their aggregate flags) that cannot be one event: two different days,
    or a count of happenings ("five calls this year") and one happening."""
    if not compatible(d1, d2):
        return True
    if d1 != d2:
        return g1 if len(d1) < len(d2) else g2
    return g1 != g2


def _cannot_link(a: Mention, b: Mention) -> bool:
    if a.article == b.article and a.event.paragraph == b.event.paragraph and a.date != b.date:
        return True                     # two dates in one paragraph: two happenings
    return dates_conflict(a.date, a.aggregate, b.date, b.aggregate)


@dataclass
class Group:
    """What the no-chaining check needs to know about a growing cluster."""

    members: list[int]
    finest: str
    dates: dict[tuple[str, int], str]   # (article, paragraph) -> its date in this group
    signatures: set[tuple[str, bool]]   # (date, aggregate)

    def conflicts(self, other: "Group") -> bool:
        if not compatible(self.finest, other.finest):
            return True
        small, large = sorted((self.dates, other.dates), key=len)
        if any(large.get(where, d) != d for where, d in small.items()):
            return True
        return any(dates_conflict(d1, g1, d2, g2)
                   for d1, g1 in self.signatures for d2, g2 in other.signatures)

    def absorb(self, other: "Group") -> None:
        self.members += other.members
        if len(other.finest) > len(self.finest):
            self.finest = other.finest
        self.dates.update(other.dates)
        self.signatures |= other.signatures


def _groups(kinds: frozenset[str]) -> frozenset[str]:
    return frozenset(g for k in kinds for g in GROUPS_OF_FAMILY.get(k[1:], ()))


def link_score(a: Mention, b: Mention, w2: dict[str, float]) -> float:
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
