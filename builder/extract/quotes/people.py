"""The people and organisations of one article, and who a mention refers to.

Built in two steps: a first pass over every paragraph collects the names the article
gives (with the titles and appositives around them); then, while attributions are read
in order, a mention ("Zhou", "he", "the ambassador", "Petorv") is resolved against what
came before it.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from ...rules import speech as R
from . import names as N

Pos = tuple[int, int]   # (paragraph, character offset)


@dataclass
class Person:
    id: int
    name: list[str]                       # canonical (fullest) form
    forms: list[list[str]] = field(default_factory=list)
    form_counts: dict[str, int] = field(default_factory=dict)
    roles: list[tuple[Pos, str]] = field(default_factory=list)
    mentions: list[Pos] = field(default_factory=list)
    gender: str | None = None
    misspellings: list[str] = field(default_factory=list)
    kind: str = "person"

    @property
    def display(self) -> str:
        return " ".join(self.name)

    family_set: set[str] = field(default_factory=set)

    def families(self) -> set[str]:
        return self.family_set

    def first_mention(self) -> Pos:
        return min(self.mentions) if self.mentions else (10 ** 9, 0)


@dataclass
class Org:
    key: str
    name: str
    roles: list[tuple[Pos, str]] = field(default_factory=list)
    forms: list[str] = field(default_factory=list)
    mentions: list[Pos] = field(default_factory=list)
    kind: str = "organisation"

    @property
    def display(self) -> str:
        return self.name


Entity = Person | Org


@dataclass
class NameMention:
    words: list[str]
    pos: Pos
    role: str | None = None
    appositive: str | None = None
    honorific: str | None = None
    gender: str | None = None
    subject: bool = False
    evidence: bool = False


def _given_compatible(a: list[str], b: list[str]) -> bool:
    if not a or not b:
        return True
    la = [w.lower().rstrip(".") for w in a]
    lb = [w.lower().rstrip(".") for w in b]
    short, long_ = (la, lb) if len(la) <= len(lb) else (lb, la)
    i = 0
    for w in long_:
        if i < len(short) and (w == short[i] or (len(short[i]) == 1 and w.startswith(short[i]))
                               or _short_form(short[i], w)):
            i += 1
    return i == len(short)


def _short_form(a: str, b: str) -> bool:
    """ "Josh" for "Joshua", "Alex" for "Alexander": one given name starts the other."""
    x, y = (a, b) if len(a) <= len(b) else (b, a)
    return len(x) >= 3 and y.startswith(x) and "-" not in y


def same_person_names(a: list[str], b: list[str]) -> bool:
    """Could two full names be the same person? (family name equal, given names agree)"""
    fa = N.family_names(a)[0].lower()
    fb = N.family_names(b)[0].lower()
    if fa != fb:
        return False
    return _given_compatible(N.given_names(a), N.given_names(b))


class Cast:
    """Everyone the article names, plus the order they were last talked about."""

    def __init__(self) -> None:
        self.persons: list[Person] = []
        self.orgs: dict[str, Org] = {}
        self.known_orgs: set[str] = set()
        self.salient: list[tuple[Pos, Entity]] = []     # subject mentions and speakers
        self.name_mentions: list[NameMention] = []
        self.misspelt: list[tuple[str, Person, Pos]] = []
        self.by_family: dict[str, list[Person]] = {}     # family name -> people
        self.speakers_seen: list[tuple[Pos, Person]] = []  # people quoted so far, in order
        self.org_aliases: dict[str, str] = {}            # "bcc" -> "British Chamber of ..."
        self.by_shape: dict[tuple[str, int], set[str]] = {}   # (initial, length) -> names

    def add_form(self, p: Person, words: list[str]) -> None:
        """Record a form of ``p``'s name and index its family names."""
        if list(words) not in p.forms:
            p.forms.append(list(words))
        for w in N.family_names(list(words)):
            low = w.lower()
            if low not in p.family_set:
                p.family_set.add(low)
                self.by_family.setdefault(low, []).append(p)
                self.by_shape.setdefault((low[:1], len(low)), set()).add(low)

    def _candidates(self, words: list[str]) -> list[Person]:
        seen: dict[int, Person] = {}
        for w in N.family_names(words):
            for p in self.by_family.get(w.lower(), ()):
                seen[p.id] = p
        return list(seen.values())

    def _typo_hits(self, low: str) -> dict[int, Person]:
        hits: dict[int, Person] = {}
        if len(low) < 5:
            return hits
        for size in range(len(low) - 2, len(low) + 3):
            for fam in self.by_shape.get((low[:1], size), ()):
                if _typo(low, fam):
                    for q in self.by_family.get(fam, ()):
                        hits[q.id] = q
        return hits

    # ---- building ------------------------------------------------------------

    def add_org(self, name: str, pos: Pos, role: str | None = None) -> Org:
        full = self.org_aliases.get(name.lower())
        if full and full.lower() != name.lower():
            org = self.add_org(full, pos, role)
            if name not in org.forms:
                org.forms.append(name)
            self.known_orgs.add(name.lower())
            return org
        key = name.lower()
        org = self.orgs.get(key)
        if org is None:
            org = self.orgs[key] = Org(key, name)
        if name not in org.forms:
            org.forms.append(name)
        org.mentions.append(pos)
        if role:
            org.roles.append((pos, role))
        self.known_orgs.add(key)
        return org

    def _new_person(self, words: list[str]) -> Person:
        p = Person(len(self.persons), list(words))
        self.persons.append(p)
        return p

    def _attach(self, p: Person, m: NameMention) -> None:
        key = " ".join(m.words)
        self.add_form(p, m.words)
        p.form_counts[key] = p.form_counts.get(key, 0) + 1
        p.mentions.append(m.pos)
        for role in (m.role, m.appositive):
            if role and "counterpart" not in role.lower():
                p.roles.append((m.pos, role))
        if m.gender and not p.gender:
            p.gender = m.gender
        if len(m.words) > len(p.name) or (len(m.words) == len(p.name)
                                           and p.form_counts.get(" ".join(p.name), 0)
                                           < p.form_counts[key] and m.words != p.name
                                           and N.osa_distance(key, " ".join(p.name)) <= 2):
            p.name = list(m.words)

    def build(self, mentions: list[NameMention]) -> None:
        """Cluster the article's name mentions into people (full names first)."""
        self.name_mentions = mentions
        full = [m for m in mentions if len(m.words) >= 2]
        single = [m for m in mentions if len(m.words) == 1 and m.evidence]
        full.sort(key=lambda m: (-len(m.words), m.pos))
        for m in full:
            target = None
            for p in self._candidates(m.words):
                if any(same_person_names(f, m.words) for f in p.forms if len(f) >= 2):
                    target = p
                    break
            if target is None:
                target = self._fuzzy_full(m.words)
                if target is not None:
                    self.misspelt.append((" ".join(m.words), target, m.pos))
            if target is None:
                target = self._new_person(m.words)
            self._attach(target, m)
        for m in sorted(single, key=lambda m: m.pos):
            p = self.find_family(m.words[0], m.pos)
            if p is None:
                hits = self._typo_hits(m.words[0].lower())
                if len(hits) == 1:
                    p = next(iter(hits.values()))
                    self._note_typo(m.words[0], p, m.pos)
                    p.mentions.append(m.pos)
                    for role in (m.role, m.appositive):
                        if role:
                            p.roles.append((m.pos, role))
                    continue
            if p is None:
                p = self._new_person(m.words)
            self._attach(p, m)
        # a family name alone ("Zhou") is another form of the person named in full
        for m in mentions:
            if len(m.words) == 1 and not m.evidence:
                p = self.find_family(m.words[0], m.pos)
                if p is not None:
                    self._attach(p, m)
        for m in mentions:
            if m.subject:
                p = self.lookup(m.words, m.pos, record=False)
                if p is not None:
                    self.salient.append((m.pos, p))
        self.salient.sort(key=lambda x: x[0])
        # the fullest form is the canonical name; a misspelt variant never is
        for p in self.persons:
            if p.gender is None:
                p.gender = N.gender_of_given(p.name)
            for wrong, target, _ in self.misspelt:
                if target is p and " ".join(p.name) == wrong:
                    best = max((f for f in p.forms if " ".join(f) != wrong and len(f) >= 2),
                               key=lambda f: p.form_counts.get(" ".join(f), 0), default=None)
                    if best:
                        p.name = list(best)

    def _fuzzy_full(self, words: list[str]) -> Person | None:
        hits = []
        fam = N.family_names(words)[0].lower()
        for p in self._typo_hits(fam).values():
            for f in p.forms:
                if len(f) < 2:
                    continue
                ff = N.family_names(f)[0].lower()
                if _given_compatible(N.given_names(f), N.given_names(words)) \
                        and N.given_names(f) and N.given_names(words) \
                        and _typo(fam, ff):
                    hits.append(p)
                    break
        return hits[0] if len(hits) == 1 else None

    # ---- looking up ----------------------------------------------------------

    def find_family(self, word: str, pos: Pos) -> Person | None:
        low = N.strip_possessive(word)[0].lower()
        cands = list(self.by_family.get(low, ()))
        if not cands:
            return None
        if len(cands) == 1:
            return cands[0]
        before = [(max(x for x in p.mentions if x < pos), p) for p in cands
                  if any(x < pos for x in p.mentions)]
        if before:
            return max(before, key=lambda x: x[0])[1]
        return min(cands, key=lambda p: p.first_mention())

    def lookup(self, words: list[str], pos: Pos, record: bool = True) -> Person | None:
        """The person a name refers to at ``pos``; folds a typo when unambiguous."""
        if not words:
            return None
        if len(words) >= 2:
            for p in self._candidates(words):
                if any(same_person_names(f, words) for f in p.forms if len(f) >= 2):
                    return p
            p = self._fuzzy_full(words)
            if p is not None and record:
                self._note_typo(" ".join(words), p, pos)
            return p
        p = self.find_family(words[0], pos)
        if p is not None:
            return p
        hits = self._typo_hits(words[0].lower())
        if len(hits) == 1:
            q = next(iter(hits.values()))
            if record:
                self._note_typo(words[0], q, pos)
            return q
        return None

    def _note_typo(self, form: str, p: Person, pos: Pos) -> None:
        if form not in p.misspellings:
            p.misspellings.append(form)
        self.misspelt.append((form, p, pos))

    def person_for(self, words: list[str], pos: Pos) -> Person:
        p = self.lookup(words, pos)
        if p is None:
            p = self._new_person(words)
            self.add_form(p, words)
            p.mentions.append(pos)
        return p

    def note(self, pos: Pos, entity) -> None:
        bisect.insort(self.salient, (pos, entity), key=lambda x: x[0])

    def antecedent(self, pos: Pos, gender: str | None):
        """Who "he"/"she" at ``pos`` most likely means: the last person talked about
        (or a description of someone the article names only later). A name with nothing
        to show it is a person (no role, gender, or quote) is taken only when no better
        candidate is near."""
        best = self._antecedent(pos, gender, strict=True)
        if best is None or (isinstance(best, Person) and best.first_mention()[0] < pos[0] - 1):
            loose = self._antecedent(pos, gender, strict=False)
            if loose is not None:
                return loose
        return best

    def _antecedent(self, pos: Pos, gender: str | None, strict: bool):
        for at, e in reversed(self.salient):
            if at >= pos:
                continue
            if getattr(e, "pending", False) or getattr(e, "unnamed", False):
                g = getattr(e.mention, "gender", None)
                if not (gender in ("m", "f") and g and g != gender):
                    return e
                continue
            if not isinstance(e, Person):
                continue
            if gender in ("m", "f") and e.gender and e.gender != gender:
                continue
            if strict and not (e.roles or e.gender or any(p is e for at2, p in self.speakers_seen
                                                          if at2 < pos)):
                continue   # a capitalised pair of words that may not be a person at all
            return e
        return None

    def last_org(self, pos: Pos) -> Org | None:
        for at, e in reversed(self.salient):
            if at < pos and isinstance(e, Org):
                return e
        return None

    def last_entity(self, pos: Pos) -> Entity | None:
        for at, e in reversed(self.salient):
            if at < pos and isinstance(e, (Person, Org)):
                return e
        return None

    def by_role(self, head: str, role_text: str | None, pos: Pos,
                forward: bool = False, window: int = 3) -> Person | None:
        """The person a description ("the ambassador") means, by the roles given."""
        wanted = {head} | set(R.TITLE_SYNONYMS.get(head, ()))
        if role_text and head == "general":
            # "attorney general", "secretary general": the compound is the title
            words = role_text.lower().split()
            if "general" in words and words.index("general") > 0:
                wanted = {words[words.index("general") - 1] + " general"}
        nat = None
        if role_text:
            for w in role_text.lower().replace("’", "'").split():
                base = w.split("'")[0]
                if base in R.NATIONALITIES:
                    nat = R.NATIONALITIES[base]
                elif base in R.COUNTRIES:
                    nat = base

        def matches(p: Person) -> int:
            score = 0
            for _, r in p.roles:
                low = r.lower()
                words = set(low.replace("’", "'").replace(",", " ").split())
                if any((w in words) if " " not in w else (w in low) for w in wanted):
                    score = max(score, 2 if (nat and nat.split()[0] in low) else 1)
            return score

        if not forward:
            best = None
            for p in self.persons:
                s = matches(p)
                seen = [x for x in p.mentions if x < pos] + [at for at, e in self.salient
                                                              if e is p and at < pos]
                if s and seen:
                    key = (s, max(seen))
                    if best is None or key > best[0]:
                        best = (key, p)
            return best[1] if best else None
        later = [p for p in self.persons if matches(p)
                 and any(pos < x and x[0] <= pos[0] + window for x in p.mentions)]
        if later:
            return min(later, key=lambda p: (-matches(p), min(x for x in p.mentions if x > pos)))
        return None

    def unnamed_like(self, head: str, pos: Pos, window: int = 3):
        """An unnamed person described with ``head`` before ``pos`` ("a Labour source")."""
        for at, e in reversed(self.salient):
            if at >= pos or at[0] < pos[0] - window:
                continue
            if isinstance(e, Person):
                return None      # someone named came in between
            if getattr(e, "unnamed", False) and getattr(e.mention, "head", None) == head:
                return e
        return None

    def find_given(self, word: str, pos: Pos) -> Person | None:
        """"Sir Howard" for Sir Howard Newby: a knight by the given name."""
        low = word.lower()
        hits = [p for p in self.persons if any(
            len(f) >= 2 and N.given_names(f) and N.given_names(f)[0].lower() == low
            for f in p.forms)]
        return hits[0] if len(hits) == 1 else None

    def last_speaker(self, pos: Pos, window: int = 2) -> Person | None:
        for at, p in reversed(self.speakers_seen):
            if at < pos:
                return p if at[0] >= pos[0] - window else None
        return None

    def first_subject_after(self, pos: Pos, window: int = 1) -> Person | None:
        for m in self.name_mentions:
            if m.pos > pos and m.pos[0] <= pos[0] + window and (m.subject or m.role) \
                    and m.evidence:
                return self.lookup(m.words, m.pos, record=False)
        return None


def _typo(a: str, b: str) -> bool:
    """A plain typing error: one edit (two for long names), never for short names."""
    if a == b or min(len(a), len(b)) < 5 or a[0] != b[0]:
        return False
    limit = 2 if min(len(a), len(b)) >= 9 else 1
    # one or two slips leave the start or the end of the word intact: cheap pre-check
    k = max(1, min(len(a), len(b)) // (2 + limit) )
    if a[:k] != b[:k] and a[-k:] != b[-k:]:
        return False
    return N.osa_distance(a, b, limit) <= limit
