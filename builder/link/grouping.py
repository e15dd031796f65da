"""Mentions of one happening, grouped: which pairs are compared, scored, then joined.

Blocking: only mentions sharing a word or a person at a common date prefix are
compared (near-linear for thousands of articles); with many mentions the pairs are
scored in forked processes. Linked pairs are joined strongest first (union-find) as long
as the two groups stay compatible (``scoring.Group``): no mega-clusters by chaining.
"""
from __future__ import annotations

from bisect import bisect_left

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


def _block_keys(m: Mention) -> list[tuple[tuple, bool]]:
    """The blocks ``m`` is in (see ``_candidate_pairs``): (key, whether its date is the
    key's date)."""
    base = {("a", m.article)} | {("p", t) for k in m.principal_keys for t in k}
    by_level = {4: base | {("w", w) for w in m.proper},
                7: base | {("w", w) for w in m.proper | m.rare},
                10: base | {("w", w) for w in m.words}}
    return [((prefix,) + k, prefix == m.date)
            for prefix in _prefixes(m.date) for k in by_level[len(prefix)]]


def _blocks(mentions: list[Mention]) -> dict[tuple, tuple[list[int], list[int]]]:
    """Block key -> the indices of its mentions whose date is the key's, and of those
    whose date refines it (each list ascending: ``mentions`` is in canonical order)."""
    blocks: dict[tuple, tuple[list[int], list[int]]] = {}
    for m in mentions:
        for key, exact in _block_keys(m):
            blocks.setdefault(key, ([], []))[0 if exact else 1].append(m.index)
    return blocks


def _windowed(exact: list[int], finer: list[int]) -> bool:
    return len(exact) * (len(exact) + len(finer)) > BLOCK_PAIRS


def _add_block_pairs(exact: list[int], finer: list[int], pairs: set[tuple[int, int]]) -> None:
    if not exact:
        return
    if not _windowed(exact, finer):
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


def _in_block(block: tuple[list[int], list[int]], x: int, y: int) -> bool:
    """Whether the block makes the pair ``x`` < ``y`` (as ``_add_block_pairs`` would)."""
    exact, finer = block

    def at(lst: list[int], i: int) -> int:
        k = bisect_left(lst, i)
        return k if k < len(lst) and lst[k] == i else -1

    ex, ey = at(exact, x), at(exact, y)
    if _windowed(exact, finer):
        return ex >= 0 and ey >= 0 and abs(ey - ex) <= BLOCK_WINDOW
    return (ex >= 0 or ey >= 0) and (ex >= 0 or at(finer, x) >= 0) \
        and (ey >= 0 or at(finer, y) >= 0)


def _candidate_pairs(mentions: list[Mention]) -> set[tuple[int, int]]:
    """Pairs worth comparing: mentions sharing a word or a person where one's date is the
    key's date and the other's is that date or a refinement of it (blocking keeps this
    near-linear for thousands of articles).

    Only what ``link_score`` could link on makes a block: two mentions of different
    articles link when they share a principal person, or on the same day enough words, or
    a proper name, or (neither date a bare year) a rare word. So a year's blocks are made
    of people and proper names only, a month's also of rare words, a day's of every word:
    the same links as blocks of every word at every level, in a fraction of the pairs."""
    pairs: set[tuple[int, int]] = set()
    for exact, finer in _blocks(mentions).values():
        _add_block_pairs(exact, finer, pairs)
    return pairs


def rescored_pairs(mentions: list[Mention], w2: dict[str, float], linked: list[tuple],
                   changed: list[Mention]) -> list[tuple[float, int, int]]:
    """What ``_scored_pairs(mentions, w2)`` gives, from the linkable pairs of the last
    grouping of these mentions (``linked``: (minus score, mention, mention)) when only
    ``changed`` mentions were added or went away since, with the same weights: a pair of
    two mentions kept scores as it did, and only the blocks holding a changed mention can
    make pairs that were not compared then. So the pairs kept are taken when a block
    still makes them, and only the pairs of those blocks are scored."""
    blocks = _blocks(mentions)
    here = {id(m) for m in mentions}
    out: dict[tuple[int, int], float] = {}
    keys_of: dict[int, set] = {}
    for score, a, b in linked:
        if id(a) not in here or id(b) not in here:
            continue                          # one went away
        x, y = sorted((a.index, b.index))
        ka = keys_of.get(id(a)) or keys_of.setdefault(id(a), {k for k, _ in _block_keys(a)})
        kb = keys_of.get(id(b)) or keys_of.setdefault(id(b), {k for k, _ in _block_keys(b)})
        if any(_in_block(blocks[k], x, y) for k in ka & kb if k in blocks):
            out[(x, y)] = score
    pairs: set[tuple[int, int]] = set()
    for key in {k for m in changed for k, _ in _block_keys(m)}:
        if key in blocks:
            _add_block_pairs(*blocks[key], pairs)
    for x, y in pairs:
        if (x, y) not in out:
            s = link_score(mentions[x], mentions[y], w2)
            if s > 0:
                out[(x, y)] = -round(s, 9)
    return [(score, x, y) for (x, y), score in out.items()]


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


def group_mentions(mentions: list[Mention], w2: dict[str, float], jobs: int = 1,
                   scored: list[tuple[float, int, int]] | None = None) -> list[list[Mention]]:
    """``mentions`` (weighed, in canonical order, each ``index`` its position) grouped;
    ``scored``: their linkable pairs with scores, where known (``rescored_pairs``)."""
    scored = _scored_pairs(mentions, w2, jobs) if scored is None else scored
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
