"""The chronology's grouping kept between builds: an edit groups again only the years its
mentions fall in (``Grouping``, in place of ``grouping.cluster_mentions``).

Why a year can be grouped alone: two mentions are compared only within a block keyed
by a date prefix, and every prefix starts with the year; a mention joins another only
through a scored pair or as a bare back-reference to its own article's day. So, with
the same word weights, grouping each year's mentions alone (in canonical order) gives
exactly the groups of grouping all mentions at once.

The weights are another matter: a word's weight is its IDF over all mentions, so one
added mention changes every weight, and any pair's score may cross a threshold. Here the
counts they come from (``scoring.WordStats``) are counted by a full grouping and kept;
a word they do not know weighs as if in one mention of one article. The rule:

* the groups are exactly those of a full grouping with the kept counts
  (``full_grouping``; tests/test_link_incremental.py compares them after every edit of
  a random sequence);
* the counts are counted again (a full grouping) when the mentions added and removed
  since they were counted exceed ``DRIFT_SHARE`` of the mentions counted, when the code
  of the link stage changes (the state is versioned by the caller), and whenever no state
  is kept (a cold build). A small collection therefore always groups in full: one edit
  is more than 2% of its mentions.

Names known from any article (``mentions.article_names``) add people to other articles'
mentions: an edit that adds or removes such a name makes again the mentions of every
article whose events' text holds the name's first word.
"""
from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass, field

from ..model import Article
from .entries import headline
from .grouping import _scored_pairs, group_mentions, rescored_pairs
from .identity import Directory, name_spans
from .mentions import Mention, article_names, mentions_of, names_index
from .scoring import WordStats, weights, word_stats

DRIFT_SHARE = 0.02      # mentions added and removed since the counts, as a share of them


@dataclass
class _Kept:
    key: object                           # what the article's mentions were made from
    names: set[tuple[str, ...]]           # article_names
    mentions: list[Mention]


def year(m: Mention) -> str:
    return m.date[:4]


@dataclass
class Grouping:
    """Callable as ``grouping.cluster_mentions`` (``merge_events(..., grouped=)``);
    ``keys``: each article's content key by id (``build.Extractions.keys``), set by the
    caller: an article whose key, id and date are unchanged is not read again."""

    keys: dict[str, str] = field(default_factory=dict)
    stats: WordStats | None = None
    w2: dict[str, float] = field(default_factory=dict)
    kept: dict[str, _Kept] = field(default_factory=dict)
    names: Counter = field(default_factory=Counter)
    years: dict[str, list[list[Mention]]] = field(default_factory=dict)
    # each year's linkable pairs as its last grouping scored them: (minus score, mention,
    # mention); a year grouped again scores only the pairs its changed mentions' blocks make
    linked: dict[str, list[tuple]] = field(default_factory=dict)
    drift: int = 0
    last: str = ""                        # "full", "kept" or "years: ..." (for reports, tests)
    # the headline of each group of several mentions, by what it depends on (this build's,
    # the last build's)
    _headlines: dict = field(default_factory=dict)
    _last_headlines: dict = field(default_factory=dict)
    _spans: dict = field(default_factory=dict)           # name_spans, likewise
    _directory: tuple | None = None                      # (what it was made of, Directory)
    _last_spans: dict = field(default_factory=dict)
    # id(mention) -> (the mention, what ``_attach`` found it detached as): ``detach``
    # gives an unchanged mention the same again instead of hashing its event
    _attached: dict = field(default_factory=dict, compare=False, repr=False)
    # each year as its file holds it, where this grouping was loaded from or saved to
    # (``grouping_store``: a year left as it was is not written again)
    _saved: dict = field(default_factory=dict, compare=False, repr=False)

    def _key(self, a: Article) -> object:
        key = self.keys.get(a.id or "")
        return (a.id, a.date, key) if key else (a.id, a.date, repr(a.events))

    def __call__(self, articles: list[Article], jobs: int = 1, facts: dict | None = None
                 ) -> tuple[list[list[Mention]], dict[str, float]]:
        if self._headlines or self._spans:
            self._last_headlines, self._headlines = self._headlines, {}
            self._last_spans, self._spans = self._spans, {}
        ids = [a.id or "" for a in articles]
        if self.stats is None or len(set(ids)) != len(ids):
            return self.full(articles, jobs, facts)
        keys = {a.id or "": self._key(a) for a in articles}
        self._attach(articles, keys)
        changed = [a for a in articles if (k := self.kept.get(a.id or "")) is None
                   or k.key != keys[a.id or ""]]
        removed = set(self.kept) - set(ids)
        if not changed and not removed:
            self.last = "kept"
            return self._result(articles)
        old = {i: self.kept[i] for i in [a.id or "" for a in changed] + sorted(removed)
               if i in self.kept}
        names = Counter(self.names)
        for k in old.values():
            names.subtract(k.names)
        fresh = {a.id or "": article_names(a) for a in changed}
        for n in fresh.values():
            names.update(n)
        names = +names
        touched = set(names) ^ set(+self.names)
        if touched:
            changed += self._naming(articles, {a.id for a in changed}, touched)
        made, _ = mentions_of(changed, facts, names_index(names))
        made, added, gone = _reuse(made, [self.kept[a.id or ""] for a in changed
                                          if (a.id or "") in self.kept] + [self.kept[i] for i in removed])
        drift = self.drift + len(added) + len(gone)
        if drift > DRIFT_SHARE * self.stats.mentions:
            return self.full(articles, jobs, facts)
        weights(added, frozenset(), self.stats, self.w2)
        dirty = {year(m) for m in gone} | {year(m) for m in added}
        for i in removed:
            del self.kept[i]
        by_article: dict[str, list[Mention]] = {}
        for m in made:
            by_article.setdefault(m.article, []).append(m)
        for a in changed:
            i = a.id or ""
            self.kept[i] = _Kept(keys[i], fresh.get(i, self.kept[i].names if i in self.kept
                                                    else article_names(a)),
                                 by_article.get(i, []))
        self.names, self.drift = names, drift
        if dirty:
            self._group_years(articles, dirty, added + gone)
        self.last = "years: " + " ".join(sorted(dirty))
        return self._result(articles)

    def headline(self, cluster: list[Mention]) -> str:
        """``entries.headline`` of a group, remembered from the last build while its
        mentions are the same."""
        if len(cluster) == 1:
            return headline(cluster)
        key = tuple((m.sort_key(), m.date, m.people) for m in cluster)
        text = self._headlines.get(key) or self._last_headlines.get(key)
        if text is None:
            text = headline(cluster)
        self._headlines[key] = text
        return text

    def name_spans(self, a: Article, speakers: list) -> list:
        """``identity.name_spans`` of an article, remembered from the last build while the
        article and its speakers' names are the same."""
        if not self.keys.get(a.id or ""):
            return name_spans(a, speakers)         # no content key: its paragraphs unknown
        key = (self._key(a), tuple((sp.id, sp.name, tuple(sp.aliases), sp.kind) for sp in speakers))
        found = self._spans.get(key) or self._last_spans.get(key)
        if found is None:
            found = name_spans(a, speakers)
        self._spans[key] = found
        return found

    def directory(self, speakers: list, articles: list[Article]) -> Directory:
        """``identity.Directory(speakers, articles)``: the last build's while every
        speaker's id, names and kind, and the set of full names the events give, are the
        same; refreshed then (``Directory.refresh``) for the articles whose quoted
        speakers or events' full names changed, the resolutions of the others kept."""
        quoted: dict[str, set[str]] = {}
        for sp in speakers:
            for aid in sp.articles:
                quoted.setdefault(aid, set()).add(sp.id)
        per: dict[str, tuple] = {aid: (frozenset(ids), ()) for aid, ids in quoted.items()}
        by_id: dict[str, Article] = {}
        for a in articles:
            aid = a.id or ""
            by_id[aid] = a
            per[aid] = (frozenset(quoted.get(aid, ())),
                        tuple(p for e in a.events for p in e.people if len(p.split()) >= 2))
        key = (tuple((sp.id, sp.name, tuple(sp.aliases), sp.kind) for sp in speakers),
               frozenset(p for _, names in per.values() for p in names))
        unique = len(by_id) == len(articles)
        if unique and self._directory is not None and self._directory[0] == key:
            _, old, people = self._directory
            changed = {aid: by_id.get(aid) for aid in old.keys() | per.keys()
                       if old.get(aid) != per.get(aid)}
            if changed:
                people.refresh(speakers, changed)
            people.by_id = {sp.id: sp for sp in speakers}        # this build's speakers
        else:
            people = Directory(speakers, articles)
        self._directory = (key, per, people) if unique else None
        return people

    def detach(self, articles: list[Article]) -> None:
        """Before pickling: each mention's event as its place in its article's events
        (the events are read again with the articles: half the pickle's size, and no
        second copy of every event in memory). Unusable until ``_attach``."""
        attached, self._attached = self._attached, {}
        for a in articles:
            k = self.kept.get(a.id or "")
            if k is None:
                continue
            place = None
            for m in k.mentions:
                if not isinstance(m.event, _Detached):
                    mine, was = attached.get(id(m), (None, None))
                    if mine is m and was.index < len(a.events) and a.events[was.index] is m.event:
                        m.event = was              # attached from it this build: unchanged
                        continue
                    if place is None:
                        place = {id(e): i for i, e in enumerate(a.events)}
                    i = place.get(id(m.event))
                    if i is None:          # kept from an earlier build: an equal event
                        i = next((j for j, e in enumerate(a.events) if e == m.event), -1)
                    m.event = _Detached(i, _digest(m.event))

    def _attach(self, articles: list[Article], keys: dict) -> None:
        """Each detached mention of an unchanged article given its event again; an article
        whose events do not fit is made again."""
        for a in articles:
            k = self.kept.get(a.id or "")
            if k is None or k.key != keys[a.id or ""]:
                continue
            for m in k.mentions:
                if isinstance(m.event, _Detached):
                    if not 0 <= m.event.index < len(a.events):
                        k.key = None
                        break
                    self._attached[id(m)] = (m, m.event)
                    m.event = a.events[m.event.index]

    def __getstate__(self) -> dict:
        # a directory is quicker made again than read back (kept by a server only); the
        # headlines and spans of the build before the last are a server's only (the next
        # build takes those of the last as its fallback)
        return {**self.__dict__, "_directory": None, "_last_headlines": {}, "_last_spans": {},
                "_attached": {}, "_saved": {}}

    def _naming(self, articles: list[Article], skip: set, touched: set) -> list[Article]:
        """The articles not in ``skip`` whose events' text may hold one of ``touched``
        names (its first word appears in it)."""
        firsts = {n[0] for n in touched}
        return [a for a in articles if a.id not in skip
                and any(f in e.text for e in a.events for f in firsts)]

    def full(self, articles: list[Article], jobs: int = 1, facts: dict | None = None,
             stats: WordStats | None = None) -> tuple[list[list[Mention]], dict[str, float]]:
        """Every mention made and grouped again, with ``stats`` (default: counted now)."""
        names: Counter = Counter()
        found = {}
        for a in articles:
            found[a.id or ""] = article_names(a)
            names.update(found[a.id or ""])
        mentions, lower = mentions_of(articles, facts, names_index(names))
        self.stats = stats or word_stats(mentions, lower)
        self.w2 = weights(mentions, lower, self.stats)
        by_article: dict[str, list[Mention]] = {}
        for m in mentions:
            by_article.setdefault(m.article, []).append(m)
        self.kept = {a.id or "": _Kept(self._key(a), found[a.id or ""], by_article.get(a.id or "", []))
                     for a in articles}
        self.names, self.drift, self.last = +names, 0, "full"
        self.years, self.linked = {}, {}
        scored = _scored_pairs(mentions, self.w2, jobs) if mentions else []
        for c in group_mentions(mentions, self.w2, jobs, scored) if mentions else []:
            self.years.setdefault(year(c[0]), []).append(c)
            self.linked.setdefault(year(c[0]), [])
        for score, x, y in scored:
            self.linked[year(mentions[x])].append((score, mentions[x], mentions[y]))
        return self._result(articles)

    def _group_years(self, articles: list[Article], dirty: set[str],
                     changed: list[Mention]) -> None:
        """Each year in ``dirty`` grouped again from its mentions alone, its pairs scored
        again only where ``changed`` mentions (added or gone) make new ones
        (``grouping.rescored_pairs``: the same pairs and scores)."""
        lists: dict[str, list[Mention]] = {y: [] for y in dirty}
        for a in articles:
            for m in self.kept[a.id or ""].mentions:
                if year(m) in lists:
                    lists[year(m)].append(m)
        for y, ms in lists.items():
            ms.sort(key=Mention.sort_key)
            for i, m in enumerate(ms):
                m.index = i
            if ms:
                old = self.linked.get(y, [] if y not in self.years else None)
                scored = _scored_pairs(ms, self.w2, 1) if old is None else \
                    rescored_pairs(ms, self.w2, old, [m for m in changed if year(m) == y])
                self.years[y] = group_mentions(ms, self.w2, 1, scored)
                self.linked[y] = [(score, ms[a], ms[b]) for score, a, b in scored]
            else:
                self.years.pop(y, None)
                self.linked.pop(y, None)

    def _result(self, articles: list[Article]) -> tuple[list[list[Mention]], dict[str, float]]:
        """All groups in canonical order (that of their first mention; a year's own order
        among equals)."""
        groups = [c for y in sorted(self.years) for c in self.years[y]]
        groups.sort(key=lambda c: c[0].sort_key())
        return groups, self.w2


@dataclass(frozen=True)
class _Detached:
    """A pickled mention's event: its place in the article's events, a digest of it."""

    index: int
    digest: str


def _digest(event) -> str:
    if isinstance(event, _Detached):
        return event.digest
    return hashlib.sha1(repr(event).encode()).hexdigest()


def _signature(m: Mention) -> tuple:
    """What a mention is made from (its event, article, the people known in it)."""
    return (m.article, m.published, _digest(m.event), m.people, m.all_people)


def _reuse(made: list[Mention], old: list[_Kept]) -> tuple[list[Mention], list[Mention], list[Mention]]:
    """``made`` with each mention the same as one kept from the last build replaced by
    that one (weighed already: its year need not be grouped again); and the mentions
    added, and those kept that are gone."""
    kept: dict[tuple, list[Mention]] = {}
    for k in old:
        for m in k.mentions:
            kept.setdefault(_signature(m), []).append(m)
    out, added = [], []
    for m in made:
        same = kept.get(_signature(m))
        if same:
            same[0].event = m.event            # the same event (it may be detached)
            m = same.pop(0)
        else:
            added.append(m)
        out.append(m)
    gone = [m for ms in kept.values() for m in ms]
    return out, added, gone


def full_grouping(articles: list[Article], stats: WordStats, facts: dict | None = None
                  ) -> tuple[list[list[Mention]], dict[str, float]]:
    """What ``Grouping`` must give: all mentions grouped at once with the counts ``stats``."""
    return Grouping().full(articles, 1, facts, stats)
