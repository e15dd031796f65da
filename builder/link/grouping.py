"""Mentions of one happening, grouped: which pairs are compared, scored, then joined.

Blocking: only mentions sharing a word or a person at a common date prefix are
compared (near-linear for thousands of articles); with many mentions the pairs are
scored in forked processes. Linked pairs are joined strongest first (union-find) as long
as the two groups stay compatible (``scoring.Group``): no mega-clusters by chaining.
"""
from __future__ import annotations

from ..model import Article
from .forked import can_fork, map_forked
from .mentions import Mention, mentions_of
from .scoring import Group, link_score, weights

# Blocking: a key that would give more pairs than this compares near neighbours only
PARALLEL_MENTIONS = 20000   # from this many dated mentions (about 1,300 articles), pairs are scored in parallel
BLOCK_PAIRS = 20000
BLOCK_WINDOW = 20


def _prefixes(date: str) -> list[str]:
    return [date[:n] for n in (4, 7, 10) if n <= len(date)]


def _candidate_pairs(mentions: list[Mention]) -> set[tuple[int, int]]:
    """Pairs worth comparing: mentions sharing a word or a person where one's date is the
    key's date and the other's is that date or a refinement of it (blocking keeps this
    near-linear for thousands of articles).

    Only what ``link_score`` could link on makes a block: two mentions of different
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


def _scored(some: list[Mention], mentions: list[Mention], w2: dict[str, float]
            ) -> list[tuple[float, int, int]]:
    """The linkable pairs among ``some`` of the ``mentions``, with their scores."""
    out = []
    for x, y in _candidate_pairs(some):
        s = link_score(mentions[x], mentions[y], w2)
        if s > 0:
            out.append((-round(s, 9), x, y))
    return out


def _scored_pairs(mentions: list[Mention], w2: dict[str, float], jobs: int
                  ) -> list[tuple[float, int, int]]:
    """Every linkable pair with its score. Mentions of different years never link (their
    dates conflict), so with many mentions the years are shared out among ``jobs``
    forked processes (``forked.map_forked``)."""
    if jobs <= 1 or len(mentions) < PARALLEL_MENTIONS or not can_fork():
        return _scored(mentions, mentions, w2)
    by_year: dict[str, list[int]] = {}
    for m in mentions:
        by_year.setdefault(m.date[:4], []).append(m.index)
    shares: list[list[int]] = [[] for _ in range(jobs)]
    for year in sorted(by_year, key=lambda y: -len(by_year[y])):   # biggest first, to the lightest
        min(shares, key=len).extend(by_year[year])
    parts = map_forked(lambda share: _scored([mentions[i] for i in share], mentions, w2), shares)
    return [item for part in parts for item in part]


def cluster_mentions(articles: list[Article], jobs: int = 1, facts: dict[str, tuple] | None = None
                     ) -> tuple[list[list[Mention]], dict[str, float]]:
    """Mentions of the same real event, grouped (groups in canonical order); and the word
    weights they were grouped with. ``facts``: ``mentions.article_facts`` known per article."""
    mentions, lower = mentions_of(articles, facts)
    if not mentions:
        return [], {}
    w2 = weights(mentions, lower)
    return group_mentions(mentions, w2, jobs), w2


def group_mentions(mentions: list[Mention], w2: dict[str, float], jobs: int = 1
                   ) -> list[list[Mention]]:
    """``mentions`` (weighed, in canonical order, each ``index`` its position) grouped."""
    scored = _scored_pairs(mentions, w2, jobs)
    scored.sort()
    parent = list(range(len(mentions)))
    groups = {m.index: Group([m.index], {(m.article, m.event.paragraph): m.span},
                             {(m.span, m.aggregate)})
              for m in mentions}

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def join(x: int, y: int) -> None:
        rx, ry = find(x), find(y)
        if rx == ry or groups[rx].conflicts(groups[ry]):
            return
        if rx > ry:
            rx, ry = ry, rx
        parent[ry] = rx
        groups[rx].absorb(groups.pop(ry))

    for _, x, y in scored:
        join(x, y)
    for x, y in _bare_back_references(mentions, find):
        join(x, y)
    return [[mentions[i] for i in sorted(g.members)] for _, g in sorted(groups.items())]


def _bare_back_references(mentions: list[Mention], find) -> list[tuple[int, int]]:
    """A mention that says nothing of what happened or who did it ("whatever happened on
    Saturday", "again Wednesday night") names its day's one happening in its article: it
    joins that happening when the article tells of only one that day."""
    days: dict[tuple[str, tuple[int, int]], tuple[list[int], set[int]]] = {}
    for m in mentions:
        if m.span[0] == m.span[1] and not m.background:
            bare, told = days.setdefault((m.article, m.span), ([], set()))
            if m.bare:
                bare.append(m.index)
            else:
                told.add(find(m.index))
    out = []
    for bare, told in days.values():
        if bare and len(told) == 1:
            target = next(iter(told))
            out += [(target, x) for x in bare]
    return out
