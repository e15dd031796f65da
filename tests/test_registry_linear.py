"""The registry finds the people to compare through indexes (``identity.Candidates``),
never by comparing every pair of a family: the clusters must be exactly those of the
pairwise rule, on names built to sit at the rule's edges (initials, short forms, middle
names, family-name-first names, misspellings, names without given names)."""
from __future__ import annotations

import random

from builder.link.clusters import Cluster, Local, _Union, _join_people, cluster
from builder.link.identity import Candidates, Directory, same_person
from builder.link.registry import build_registry
from builder.model import Article, Event, Quote, Speaker

GIVEN = ["Oleg", "O.", "Ole", "Olga", "Alexander", "Alex", "Alexandra", "A.", "Anna",
         "Josh", "Joshua", "Jo", "J.", "Mary-Ann", "Mary", "Li", "Wei"]
MIDDLE = ["", "A.", "Anatolyevich", "Lee"]
FAMILY = ["Petrov", "Petorv", "Petrova", "Smith", "Smiht", "Zhou", "Wang"]


def random_name(rng: random.Random) -> str:
    family = rng.choice(FAMILY)
    if family in ("Zhou", "Wang") and rng.random() < 0.5:      # family name first
        return f"{family} {rng.choice(['Wei', 'Enlai', 'Yi', 'Li'])}"
    words = [rng.choice(GIVEN), rng.choice(MIDDLE), family]
    return " ".join(w for w in words if w)


def pairwise(people: list[Cluster]) -> list[Cluster]:
    """The rule as it reads: every pair of clusters compared."""
    uf = _Union(people)
    forms = [({n for n in c.names() if len(n.split()) >= 2}, c.full_names()) for c in people]
    for i, a in enumerate(people):
        for j in range(i + 1, len(people)):
            (ka, fa), (kb, fb) = forms[i], forms[j]
            if ka & kb or any(same_person(x, y) for x in fa for y in fb):
                uf.union(a, people[j])
    return uf.merged(people)


def clusters_of(names: list[str]) -> list[Cluster]:
    return [Cluster(members=[Local(f"a{i}", n, [], [], "person", [0], i)]) for i, n in enumerate(names)]


def shape(clusters: list[Cluster]) -> list[list[str]]:
    return [[m.name for m in c.members] for c in clusters]


def test_the_index_joins_exactly_the_pairs_the_rule_joins():
    rng = random.Random(7)
    for _ in range(40):
        names = [random_name(rng) for _ in range(rng.randrange(2, 40))]
        assert shape(_join_people(clusters_of(names))) == shape(pairwise(clusters_of(names))), names


def test_candidates_hold_every_name_the_rule_may_take_for_the_same_person():
    rng = random.Random(11)
    names = list(dict.fromkeys(random_name(rng) for _ in range(300)))
    index = Candidates()
    for n in names:
        index.add(n, n.split())
    for n in names:
        found = set(index.find(n.split()))
        for m in names:
            if same_person(n.split(), m.split()) or same_person(m.split(), n.split()):
                assert m in found, (n, m)
        assert len(found) < len(names)            # an index, not the whole list


def test_whole_registry_matches_the_pairwise_rule_with_misspellings_and_lone_names():
    rng = random.Random(3)
    locals_ = []
    for i in range(120):
        name = random_name(rng) if rng.random() < 0.85 else rng.choice(FAMILY)
        locals_.append(Local(f"a{i // 3}", name, [], [], "person", [0], i))
    fast = cluster([Local(**vars(m)) for m in locals_], [])
    import builder.link.clusters as C
    real = C._join_people
    try:
        C._join_people = pairwise
        slow = cluster([Local(**vars(m)) for m in locals_], [])
    finally:
        C._join_people = real
    assert shape(fast) == shape(slow)


def test_directory_resolves_among_thousands_of_one_family():
    """A name an event gives resolves to the one speaker it fits, the fullest name of
    someone never quoted, or a family name alone to the one speaker of that article."""
    arts = []
    for i in range(300):
        given = "".join(chr(97 + int(d)) for d in str(i)).capitalize() + "ander"
        name = f"{given} Smith"
        arts.append(Article(title=f"S{i}", paragraphs=["x"], id=f"s{i}",
                            quotes=[Quote("We will act", "direct", name, name, 0, "said")],
                            speakers=[Speaker(name)],
                            events=[Event("2021-06-03", "June 3", 0, "met", people=[f"Zed Q. Smith{i}"])]))
    speakers, _ = build_registry(arts)
    people = Directory(speakers, arts)
    assert len(speakers) == 300
    assert people.resolve("Bcander Smith").speaker == "bcander-smith"       # i = 12
    assert people.resolve("B. Smith", "s1").speaker == "bander-smith"       # only B... Smith of s1
    assert people.resolve("Smith", "s12").speaker == "bcander-smith"        # the one Smith of s12
    assert people.resolve("Zed Smith5").name == "Zed Q. Smith5"             # never quoted: fullest
    assert people.resolve("Qander Smith").speaker is None
