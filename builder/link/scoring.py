"""How sure the chronology is that two mentions tell of one happening.

* Dates: each mention stands for a span of days (a day, a week or weekend, a month, a
  quarter, a season, a year: its TIMEX3 value when the extractor gives one). Two
  mentions can be one happening only if one span lies within the other ("Tuesday" in
  "this week", never "the weekend" and "Wednesday"). Two dates in one paragraph are two
  happenings; a background mention (a state, a trend, a label year) is never a happening.
* Evidence: the principal people both name (a name that only qualifies something, "the
  administration of X", does not count; a full name known from any article counts even
  without its title); the content words both use, weighted by rarity (IDF over all
  mentions, titles and nationalities weigh little) with word families for the kind of
  happening ("met", "talks", "summit" are one kind; ``rules/event_words.py``).
* One article (``_same_article``): mentions of one day join on shared people, a shared
  kind of happening, or a shared name with more words in common, unless they name other
  people or kinds of happening; a writer names a happening again by its day, so
  mentions at different precisions never join; two that each say what kind of
  happening it was, and no kind in common ("landed", "a meeting"), are two. Across articles (``_across_articles``):
  shared people and the same kind of happening (or neither says its kind: two reports
  of what someone said that day), or enough shared words including a rare word or a
  name; a coarser date joining a finer one needs more. Two reports that each name a
  different actor ("Compaq shares fell", "GM closed down") are different events; so are
  a meeting and a bombing; so are "five phone calls this year" and one call.

``Group`` keeps a growing cluster from ever holding spans that do not nest, or two dates
of one paragraph (no chaining).
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
    """Name tokens of the people named on both sides ("Petrov" is "Oleg Petrov")."""
    out: frozenset[str] = frozenset()
    for x in ka:
        for y in kb:
            if x <= y or y <= x:
                out = out | x | y
    return out


@dataclass(frozen=True)
class WordStats:
    """What the word weights are computed from: per word, the mentions and the articles
    it is in, the number of mentions and of articles, the stems seen in lower case.
    ``word_stats`` counts them over all mentions; an incremental link keeps one count
    between builds (``link.incremental``), and a word it does not know counts as in one
    mention of one article."""

    mentions: int
    articles: int
    df: dict[str, int]
    in_articles: dict[str, int]
    lower: frozenset[str]


def word_stats(mentions: list[Mention], lower: frozenset[str]) -> WordStats:
    df: dict[str, int] = {}
    in_articles: dict[str, set[str]] = {}
    for m in mentions:
        for w in m.words:
            df[w] = df.get(w, 0) + 1
            in_articles.setdefault(w, set()).add(m.article)
    return WordStats(len(mentions), len({m.article for m in mentions}), df,
                     {w: len(arts) for w, arts in in_articles.items()}, lower)


def weights(mentions: list[Mention], lower: frozenset[str], stats: WordStats | None = None,
            w2: dict[str, float] | None = None) -> dict[str, float]:
    """Squared weight of each word: IDF, lower for titles and nationalities ("Russian
    President" says little about what happened). Sets each mention's norm and keeps,
    of its proper names, the rare ones: those name who acted ("Compaq shares fell").
    ``stats``: the counts to weigh with (default: those of ``mentions``, ``lower``);
    ``w2``: weights already known (added to)."""
    stats = stats or word_stats(mentions, lower)
    n, df, w2 = stats.mentions, stats.df, {} if w2 is None else w2
    for m in mentions:
        for w in m.words:
            if w not in w2:
                v = math.log(1 + n / df.get(w, 1))
                w2[w] = (v * (WEAK_WEIGHT if w in WEAK_WORDS else 1.0)) ** 2
    # rare: in few articles (a company named ten times in its own story is still rare)
    limit = max(RARE_ARTICLES, stats.articles * RARE_SHARE)
    counts = stats.in_articles
    # a capitalised word also written in lower case is a common word ("Sales rose")
    for m in mentions:
        m.norm = sum(w2[w] for w in m.words)
        m.rare = frozenset(w for w in m.words
                           if counts.get(w, 1) <= limit and w not in WEAK_WORDS)
        m.proper = frozenset(w for w in m.proper
                             if w not in stats.lower and w not in NOT_ACTOR_WORDS)
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


Span = tuple[int, int]


def nested(a: Span, b: Span) -> bool:
    """One span of days lies within the other ("Tuesday" in "this week", "2001-07" in
    "2001"); "the weekend" and "Wednesday" are not."""
    return (a[0] <= b[0] and b[1] <= a[1]) or (b[0] <= a[0] and a[1] <= b[1])


def _wider(a: Span, b: Span) -> bool:
    return a[1] - a[0] > b[1] - b[0]


def dates_conflict(s1: Span, g1: bool, s2: Span, g2: bool) -> bool:
    """Spans (with their aggregate flags) that cannot be one event: days apart, or a
    count of happenings ("five calls this year") and one happening."""
    if not nested(s1, s2):
        return True
    if s1 != s2:
        return g1 if _wider(s1, s2) else g2
    return g1 != g2


def _cannot_link(a: Mention, b: Mention) -> bool:
    if a.background != b.background:
        return True                     # a state or trend is never the happening of its date
    if a.article == b.article and a.event.paragraph == b.event.paragraph and a.span != b.span:
        return True                     # two dates in one paragraph: two happenings
    return dates_conflict(a.span, a.aggregate, b.span, b.aggregate)


@dataclass
class Group:
    """What the no-chaining check needs to know about a growing cluster."""

    members: list[int]
    dates: dict[tuple[str, int], Span]   # (article, paragraph) -> its span in this group
    signatures: set[tuple[Span, bool]]   # (span, aggregate) of every member

    def conflicts(self, other: "Group") -> bool:
        small, large = sorted((self.dates, other.dates), key=len)
        if any(large.get(where, d) != d for where, d in small.items()):
            return True
        return any(dates_conflict(s1, g1, s2, g2)
                   for s1, g1 in self.signatures for s2, g2 in other.signatures)

    def absorb(self, other: "Group") -> None:
        self.members += other.members
        self.dates.update(other.dates)
        self.signatures |= other.signatures


def _groups(kinds: frozenset[str]) -> frozenset[str]:
    return frozenset(g for k in kinds for g in GROUPS_OF_FAMILY.get(k[1:], ()))


@dataclass
class _Evidence:
    sim: float                # weighted share of content words (people's names apart)
    shared: int               # shared words that are not titles or nationalities
    people: bool              # a principal person in common
    kind: bool                # a kind of happening in common
    clash: bool               # kinds of happening that never tell of one event
    disjoint: bool            # each has principal people, none in common

    @property
    def score(self) -> float:
        return self.sim + (0.3 if self.people else 0.0) + (0.1 if self.kind else 0.0)


def _evidence(a: Mention, b: Mention, w2: dict[str, float]) -> _Evidence:
    sim, shared = _similarity(a, b, w2, _overlap(a.person_keys, b.person_keys))
    people = bool(_overlap(a.principal_keys, b.principal_keys))
    kind = bool(a.kinds & b.kinds)
    clash = bool(a.kinds and b.kinds and not kind and not (_groups(a.kinds) & _groups(b.kinds)))
    return _Evidence(sim, shared, people, kind, clash, bool(a.people and b.people and not people))


def _same_article(a: Mention, b: Mention, e: _Evidence) -> float:
    """One article, one day: mentions that name the same people, the same kind of
    happening, or the same name (a place, a company) with more words in common, tell of
    one happening, unless they name different people or kinds of happening. A writer who
    dates a happening to the day names it again by its day ("Tuesday's event"): a mention
    at another precision ("this week", "last month", "in 2019") is another happening or
    a span, never merged with it. Two mentions of one month or year join only when they
    name the same people and kind of happening. (A mention that says nothing of what
    happened joins its day's one happening: ``grouping``.)"""
    if a.background and b.background:
        return 0.0        # two measures or states in one article ("the 10-year yield was 1.8%
        #                   late on Monday", "the 30-year bond's 2.3%"): two statements
    day = a.span == b.span and a.span[0] == a.span[1]
    words_alone = day and a.proper & b.proper and e.sim >= SIM_ALONE and e.shared >= 2
    if e.clash or (e.disjoint and not words_alone):
        return 0.0
    if day:
        if a.event.paragraph == b.event.paragraph:
            return 1.0 + e.score
        if a.kinds and b.kinds and not e.kind:
            return 0.0    # "landed in the capital" and "a meeting with X", both that day: two
        # (a name the whole article is about recurs in many of its mentions: a shared
        # name needs some shared content too)
        told_alike = e.people or e.kind or (a.proper & b.proper and e.sim >= SIM_SAME_KIND) or (
            e.shared >= 2 and e.sim >= SIM_ALONE)
        return e.score if told_alike else 0.0
    if a.span != b.span:
        return 0.0        # one writer dates one happening one way: "this week" is another
    return e.score if e.people and e.kind and e.sim >= SIM_WITH_PEOPLE else 0.0


def _across_articles(a: Mention, b: Mention, e: _Evidence) -> float:
    # each names someone or something rare the other does not ("Compaq shares fell" and
    # "GM closed down" on the same day): different actors, different events
    if not e.people and (a.actors - b.words) and (b.actors - a.words) and e.sim < SIM_DIFFERENT_NAMES:
        return 0.0
    # words alone: enough of them, one of them rare or a name, and more when one date is
    # coarser (it could be any day of that month or year; a year is a wide window: there,
    # a shared name)
    # (one name's words are who, not what: "George Bush" shared is not two shared words)
    what = (a.words & b.words) - a.proper - b.proper - _overlap(a.person_keys, b.person_keys)
    if (a.proper & b.proper or (a.rare & b.rare and len(a.date) > 4 and len(b.date) > 4)) and what:
        if a.span == b.span:
            if e.sim >= SIM_ALONE and e.shared >= 2:
                return e.score
        elif (e.sim >= SIM_ALONE_COARSE and e.shared >= 2) or (e.sim >= SIM_MANY and e.shared >= MANY_WORDS):
            return e.score
    if e.clash:
        return 0.0                      # a bombing and a vote
    if a.span == b.span and a.span[0] == a.span[1]:
        # the same day: the same principal people doing the same kind of thing (or
        # neither says what kind: two reports of what someone said that day)
        if e.people and (e.kind or not (a.kinds or b.kinds) or e.sim >= SIM_WITH_PEOPLE):
            return e.score
        return e.score if e.kind and e.sim >= SIM_SAME_KIND else 0.0
    # a coarser date joining a finer one, or the same month or year: a wide window
    strong = e.people and (e.kind or e.sim >= SIM_COARSE) and e.sim >= SIM_WITH_PEOPLE
    return e.score if strong else 0.0


def link_score(a: Mention, b: Mention, w2: dict[str, float]) -> float:
    """How sure we are that two mentions are one happening (0: not linked)."""
    if _cannot_link(a, b):
        return 0.0
    e = _evidence(a, b, w2)
    return _same_article(a, b, e) if a.article == b.article else _across_articles(a, b, e)
