"""Speakers as each article gives them, grouped into one cluster per real speaker.

Each article names its speakers by the fullest name it gives ("Zhou Wei"); across
articles the same person may appear as "Zhou Wei", as "Zhou" in an article that never
gives the given name, or misspelt. In order:

1. the same name key (``identity.name_key``), or for organisations ``identity.org_key``;
2. people whose full names agree (``identity.same_person``), compared only within a
   family name;
3. organisations known by the same name or alias in different articles;
4. a family name alone joins the one person of that family; among several, the one
   holding the office it is given ("President Marsh"), else the one the story is about
   (quoted in three articles or more and three times as many as any other); otherwise
   left apart and reported. One word read as an organisation in one article ("Volkov
   said") and as a person's family name elsewhere is that person, and the reverse;
5. a typing slip in a family name, when only one person fits (``identity.misspelt``).

People and organisations never match each other otherwise.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..keys import slugify
from ..model import Article, QuoteRef, SpeakerRole
from . import identity as I

ID_LENGTH = 80              # a speaker page id is a slug of its name, this long at most


@dataclass
class Local:
    """One speaker as one article gives it."""

    article: str
    name: str
    aliases: list[str]
    roles: list[str]
    kind: str
    quotes: list[int]
    order: int


@dataclass
class Cluster:
    members: list[Local] = field(default_factory=list)
    name: str | None = None                      # set by an editor (or a misspelling fold)
    extra_aliases: list[str] = field(default_factory=list)
    roles: list[SpeakerRole] | None = None       # set by an editor: replaces found roles
    description: str | None = None
    kind: str | None = None
    id: str | None = None                        # set by an editor
    page_id: str = ""                            # the id its page has before corrections
    moved_in: list[QuoteRef] = field(default_factory=list)

    @property
    def kind_(self) -> str:
        return self.kind or (self.members[0].kind if self.members else "person")

    def names(self) -> set[str]:
        """The name keys of every name and alias."""
        out = {I.name_key(m.name) for m in self.members}
        out |= {I.name_key(a) for m in self.members for a in m.aliases}
        out |= {I.name_key(a) for a in self.extra_aliases}
        if self.name:
            out.add(I.name_key(self.name))
        return out

    def full_names(self) -> list[list[str]]:
        """Each distinct name of two words or more, as words (a much-quoted speaker has a
        member in every article, mostly under the same name)."""
        names = dict.fromkeys(tuple(m.name.split()) for m in self.members)
        return [list(n) for n in names if len(n) >= 2]

    def display(self) -> str:
        if self.name:
            return self.name
        best = max(self.members, key=lambda m: (len(m.name.split()), len(m.quotes), -m.order))
        return best.name

    def slug(self) -> str:
        return slugify(self.display(), ID_LENGTH, fallback="speaker")

    def where(self) -> str:
        return ", ".join(sorted({m.article for m in self.members}))

    def weight(self) -> tuple[int, int]:
        return (len({m.article for m in self.members}), sum(len(m.quotes) for m in self.members))


def locals_of(articles: list[Article]) -> list[Local]:
    out: list[Local] = []
    for ai, a in enumerate(articles):
        aid = a.id or f"article-{ai}"
        by_name: dict[str, Local] = {}
        for s in a.speakers:
            loc = Local(aid, s.name, list(s.aliases) + list(s.misspellings), list(s.roles),
                        s.kind, [], len(out))
            by_name[s.name] = loc
            out.append(loc)
        for qi, q in enumerate(a.quotes):
            if not q.speaker:
                continue
            loc = by_name.get(q.speaker)
            if loc is None:
                loc = by_name[q.speaker] = Local(aid, q.speaker, [], [], "person", [], len(out))
                out.append(loc)
            loc.quotes.append(qi)
    return out


class _Union:
    """Union-find over clusters, merging members into the root. The root of a group is
    its first cluster in ``items`` order, whatever order the unions come in (so the
    result does not depend on the order candidate pairs are found in)."""

    def __init__(self, items: list[Cluster]) -> None:
        self.parent = {id(c): c for c in items}
        self.rank = {id(c): i for i, c in enumerate(items)}

    def find(self, c: Cluster) -> Cluster:
        root = c
        while self.parent[id(root)] is not root:
            root = self.parent[id(root)]
        while self.parent[id(c)] is not root:
            self.parent[id(c)], c = root, self.parent[id(c)]
        return root

    def union(self, a: Cluster, b: Cluster) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra is not rb:
            if self.rank[id(rb)] < self.rank[id(ra)]:
                ra, rb = rb, ra
            self.parent[id(rb)] = ra

    def merged(self, items: list[Cluster]) -> list[Cluster]:
        out = [c for c in items if self.find(c) is c]
        for c in items:
            root = self.find(c)
            if root is not c:
                root.members += c.members
        return out


def _chain(groups: dict[str, list[Cluster]], uf: _Union) -> None:
    """Every cluster of a group is one (they share a key): linked in a chain, not pairwise."""
    for group in groups.values():
        for b in group[1:]:
            uf.union(group[0], b)


def _by_name(locals_: list[Local]) -> list[Cluster]:
    clusters: list[Cluster] = []
    by_key: dict[tuple[str, str], Cluster] = {}
    for loc in locals_:
        key = (loc.kind, I.org_key(loc.name) if loc.kind == "organisation" else I.name_key(loc.name))
        c = by_key.get(key)
        if c is None:
            c = by_key[key] = Cluster()
            clusters.append(c)
        c.members.append(loc)
    return clusters


def _candidates(people: list[Cluster]) -> set[tuple[int, int]]:
    """Pairs (i, j), i < j, of clusters with full names ``identity.same_person`` may take
    for one person's (``identity.Candidates``: never every pair of a family)."""
    index = I.Candidates()
    names = [(i, words) for i, c in enumerate(people) for words in c.full_names()]
    for i, words in names:
        index.add(i, words)
    pairs: set[tuple[int, int]] = set()
    for i, words in names:
        pairs.update((min(i, j), max(i, j)) for j in index.find(words) if j != i)
    return pairs


def _join_people(people: list[Cluster]) -> list[Cluster]:
    """Step 2: clusters of people with a multi-word name key in common, or with full
    names ``identity.same_person`` takes for one person's, are one."""
    uf = _Union(people)
    shared: dict[str, list[Cluster]] = {}
    for c in people:
        for n in c.names():
            if len(n.split()) >= 2:
                shared.setdefault(n, []).append(c)
    _chain(shared, uf)
    forms = [c.full_names() for c in people]
    for i, j in sorted(_candidates(people)):
        a, b = people[i], people[j]
        if uf.find(a) is not uf.find(b) and any(I.same_person(x, y) for x in forms[i] for y in forms[j]):
            uf.union(a, b)
    return uf.merged(people)


def _join_orgs(orgs: list[Cluster]) -> list[Cluster]:
    groups: dict[str, list[Cluster]] = {}
    for c in orgs:
        for k in {I.org_key(n) for n in c.names()}:
            groups.setdefault(k, []).append(c)
    uf = _Union(orgs)
    _chain(groups, uf)
    return uf.merged(orgs)


def _as_kind(m: Local, kind: str) -> Local:
    m.kind = kind
    return m


def _lone_words(people: list[Cluster], singles: list[Cluster], orgs: list[Cluster],
                messages: list[str]) -> tuple[list[Cluster], list[Cluster]]:
    """Step 4: a family name alone, and one word read as the other kind elsewhere."""
    family: dict[str, list[Cluster]] = {}
    for d in people:
        for f in {f for n in d.full_names() for f in I.family_keys(n)}:
            family.setdefault(f, []).append(d)
    kept: list[Cluster] = []
    for c in singles:
        fits = family.get(I.name_key(c.display()), [])
        if len(fits) > 1:
            by_role = _same_office(c, fits)
            if by_role is not None:
                messages.append(f"speakers: '{c.display()}' ({c.where()}) taken to be "
                                f"'{by_role.display()}' (the one of {len(fits)} with that family "
                                f"name who holds the same office)")
                fits = [by_role]
            elif (top := _dominant(fits)) is not None:
                messages.append(f"speakers: '{c.display()}' ({c.where()}) taken to be "
                                f"'{top.display()}' (quoted in far more articles than the "
                                f"{len(fits) - 1} other(s) of that family name)")
                fits = [top]
        if len(fits) == 1:
            fits[0].members += c.members
            continue
        if len(fits) > 1:
            messages.append(f"speakers: '{c.display()}' ({c.where()}) could be any of "
                            + ", ".join(sorted(f.display() for f in fits))
                            + "; left apart (settle it in content/speakers.yml)")
        kept.append(c)
    kept_orgs: list[Cluster] = []
    for c in orgs:
        words = c.display().split()
        fits = family.get(I.name_key(c.display()), []) if len(words) == 1 else []
        if len(fits) > 1 and (top := _dominant(fits)) is not None:
            fits = [top]
        if len(fits) == 1 and not words[0].isupper() and not any(m.roles for m in c.members):
            fits[0].members += [_as_kind(m, "person") for m in c.members]
            messages.append(f"speakers: '{c.display()}' ({c.where()}) taken to be "
                            f"'{fits[0].display()}'")
            continue
        kept_orgs.append(c)
    org_index = {I.org_key(n): c for c in kept_orgs for n in c.names()}
    still: list[Cluster] = []
    for c in kept:
        target = org_index.get(I.org_key(c.display()))
        if target is not None and not any(m.roles for m in c.members):
            target.members += [_as_kind(m, "organisation") for m in c.members]
            continue
        still.append(c)
    return still, kept_orgs


_ROLE_END = re.compile(r"(?i)\s+(?:of|at|for|in|to|from|with|on|under|and|who|since)\s.*$")
_OFFICE_MARKS = frozenset({"vice", "deputy", "assistant", "associate", "first", "prime", "acting"})


def _offices(c: Cluster, whole: bool) -> set[str]:
    """The offices a cluster's roles name: the whole title ("foreign minister") or its
    head ("minister"; "U.S. President" and "President of the United States" are both
    "president"; "vice president", "first lady", "prime minister" keep their mark).
    A former office is none."""
    out = set()
    for m in c.members:
        for role in m.roles:
            words = re.findall(r"[a-z]+", _ROLE_END.sub("", role).lower())
            if not words or "former" in words:
                continue
            if whole:
                out.add(" ".join(words))
            elif len(words) > 1 and words[-2] in _OFFICE_MARKS:
                out.add(f"{words[-2]} {words[-1]}")
            else:
                out.add(words[-1])
    return out


def _same_office(c: Cluster, fits: list[Cluster]) -> Cluster | None:
    """Of several people of one family name, the only one holding an office the lone
    family name is given ("President Marsh" beside the president and the first lady):
    by the whole title first, then by its head; None when no one or several do."""
    for whole in (True, False):
        offices = _offices(c, whole)
        holding = [f for f in fits if _offices(f, whole) & offices] if offices else []
        if len(holding) == 1:
            return holding[0]
        if len(holding) > 1:
            return None
    return None


DOMINANT_ARTICLES, DOMINANT_RATIO = 3, 3


def _dominant(fits: list[Cluster]) -> Cluster | None:
    """Of several people of one family name, the one a lone family name means in a
    running story: quoted in at least three articles and three times as many as any
    other ("Okafor" beside John Okafor and two of his children named once each)."""
    ranked = sorted(fits, key=lambda f: -f.weight()[0])
    top, second = ranked[0].weight()[0], ranked[1].weight()[0]
    if top >= DOMINANT_ARTICLES and top >= DOMINANT_RATIO * second:
        return ranked[0]
    return None


def _misspellings(people: list[Cluster], messages: list[str]) -> list[Cluster]:
    """Step 5: a typing error in a family name, when only one person fits. Candidates are
    found by their given names and the shape of their family name (first letter, length:
    one slip changes the length by one at most), never by comparing every pair."""
    keys = {id(d): I.name_keys(d.full_names()) for d in people}
    shapes: dict[tuple, list[Cluster]] = {}

    def index(d: Cluster, pairs: I.NameKeys) -> None:
        for f, g in dict.fromkeys(pairs):
            if g:
                shapes.setdefault((g, f[:1], len(f)), []).append(d)

    for d in people:
        index(d, keys[id(d)])
    gone: set[int] = set()
    for c in people:
        if id(c) in gone:
            continue
        cands: dict[int, Cluster] = {}
        for f, g in dict.fromkeys(keys[id(c)]):
            for size in (len(f) - 1, len(f), len(f) + 1):
                for d in shapes.get((g, f[:1], size), ()) if g else ():
                    if d is not c and id(d) not in gone:
                        cands[id(d)] = d
        fits = [d for d in cands.values() if I.misspelt(keys[id(c)], keys[id(d)])]
        if len(fits) == 1:
            d = fits[0]
            keep, fold_in = (d, c) if d.weight() >= c.weight() else (c, d)
            messages.append(f"speakers: '{fold_in.display()}' ({fold_in.where()}) taken to be "
                            f"'{keep.display()}' (probable misspelling)")
            keep.name = keep.display()
            keep.members += fold_in.members
            keys[id(keep)] = list(dict.fromkeys(keys[id(keep)] + keys[id(fold_in)]))
            index(keep, keys[id(fold_in)])
            for m in fold_in.members:
                m.aliases.append(m.name)
            gone.add(id(fold_in))
        elif len(fits) > 1:
            messages.append(f"speakers: '{c.display()}' ({c.where()}) looks like "
                            + ", ".join(sorted(f.display() for f in fits))
                            + " (check the spelling)")
    return [c for c in people if id(c) not in gone]


def cluster(locals_: list[Local], messages: list[str]) -> list[Cluster]:
    """One cluster per real speaker (steps in the module docstring)."""
    clusters = _by_name(locals_)
    people = [c for c in clusters if c.kind_ == "person" and len(c.display().split()) >= 2]
    singles = [c for c in clusters if c.kind_ == "person" and len(c.display().split()) < 2]
    orgs = _join_orgs([c for c in clusters if c.kind_ == "organisation"])
    people = _join_people(people)
    singles, orgs = _lone_words(people, singles, orgs, messages)
    people = _misspellings(people, messages)
    return people + singles + orgs
