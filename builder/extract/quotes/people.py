"""The people and organisations of one article, and who a name refers to.

Built in two steps: a first pass over every paragraph collects the names the article
gives (``scan.py``: with the titles and appositives around them), clustered here into
people (full names first, then family names alone, then typing errors); then, while
attributions are read in order, a mention is resolved against what came before it:
names here, pronouns and descriptions in ``salience.py``.

Every lookup goes through an index (a family name with its given names' first letters,
a role word, a given name, positions kept sorted), so an article naming thousands of
people who share a family name or a title costs time in proportion to its length: a
name is compared with at most ``SCAN_LIMIT`` people that share its family name and
initials, and a typing error is folded only among few similar names.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from itertools import islice

from ...rules import speakers as S
from ...rules import speech as R
from . import names as N
from .name_match import (_called_by_given, _given_keys, _typo, regnal_name,
                         same_person_names)

Pos = tuple[int, int]   # (paragraph, character offset)
NEVER: Pos = (10 ** 9, 0)
_TOPICAL = ("main", "speaker", "sub", "intro")
SCAN_LIMIT = 24         # people compared with one name (or one description) at most
TYPO_LIMIT = 64         # more similar family names than this: no typo is folded


def _role_key(role: str) -> str:
    return role.lower()


@dataclass
class Person:
    id: int
    name: list[str]                       # canonical (fullest) form
    forms: list[list[str]] = field(default_factory=list)
    form_counts: dict[str, int] = field(default_factory=dict)
    roles: list[tuple[Pos, str]] = field(default_factory=list)   # one per role, first place
    mentions: list[Pos] = field(default_factory=list)            # sorted
    gender: str | None = None
    misspellings: list[str] = field(default_factory=list)
    kind: str = "person"
    family_set: set[str] = field(default_factory=set)
    form_keys: set[tuple[str, ...]] = field(default_factory=set)
    role_keys: dict[str, int] = field(default_factory=dict)
    age: int | None = None
    honorific: bool = False               # named with Mr, Ms, Dr ... at least once
    acts: bool = False                    # named in full as a subject or with a title

    @property
    def display(self) -> str:
        return " ".join(self.name)

    def families(self) -> set[str]:
        return self.family_set

    def first_mention(self) -> Pos:
        return self.mentions[0] if self.mentions else NEVER

    def last_mention_before(self, pos: Pos) -> Pos | None:
        i = bisect.bisect_left(self.mentions, pos)
        return self.mentions[i - 1] if i else None

    def first_mention_after(self, pos: Pos) -> Pos | None:
        i = bisect.bisect_right(self.mentions, pos)
        return self.mentions[i] if i < len(self.mentions) else None


@dataclass
class Org:
    key: str
    name: str
    roles: list[tuple[Pos, str]] = field(default_factory=list)
    forms: list[str] = field(default_factory=list)
    mentions: list[Pos] = field(default_factory=list)
    kind: str = "organisation"
    role_keys: dict[str, int] = field(default_factory=dict)

    @property
    def display(self) -> str:
        return self.name


Entity = Person | Org


_CUT_NAME_END = re.compile(
    r"(?:(?:^|\s)(?:[A-Z]|Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|Lt|Col|St)\.?"   # an initial, an honorific
    r"|(?:[A-Z]\.)+[A-Z]"                                                    # "the A.F.L", "the U.S"
    r"|\s(?:of|to|for|with|by)\s(?:" + "|".join(sorted(t.capitalize() for t in R.TITLE_HEADS if t.isalpha()))
    + r"))$")                                                                  # "friend of Governor"
_LAST_PREPOSITION = re.compile(r"\s(?:under|to|of|for|with|at|by|from)\s(?!.*\s(?:under|to|of|for|with|at|by|from)\s)")
_SINCE_YEAR = re.compile(r"\s+(?:since|from|until|in)\s+(?:19|20)\d\d$")


def whole_role(role: str) -> str | None:
    """A role as a reader may see it, or None. Cut off inside a name by the full stop of
    an initial, an honorific or an abbreviation ("adviser to then-President George W",
    "president of the A.F.L", "close friend of Governor" for "Gov. Mike Pence"), it loses
    the cut phrase ("adviser"), and is none when nothing is left; a speech verb before it
    ("said Senate Minority Leader") and a year after it ("Fed governor since 2014") go."""
    role = " ".join(role.split())
    words = role.split()
    first = words[0] if words else ""
    if len(words) > 1 and first in R.REPORTING_VERBS and (
            first.endswith("ed") or first in ("said", "says", "told", "tells", "wrote", "writes")):
        role = " ".join(words[1:])              # "said Senate Minority Leader" (not "state")
    role = _SINCE_YEAR.sub("", role)
    if not _CUT_NAME_END.search(role):
        return role
    m = _LAST_PREPOSITION.search(role)
    rest = role[:m.start()].strip(" ,") if m else ""
    rest = re.split(r"\s(?:who|which|that|whose)\s", rest)[0].strip(" ,")  # "governor who argued"
    last = rest.split()[-1].lower() if rest else ""
    if last in R.RELATION_NOUNS:
        return None                               # "close friend", "former backer": of whom?
    if len(rest.split()) >= 2 or rest.lower() in R.TITLE_HEADS:
        return rest
    return None


def add_role(e: Entity, pos: Pos, role: str) -> bool:
    """Give ``e`` a role (once per role, case-insensitively, at its first place); True
    when the role is new."""
    role = whole_role(role)
    if not role:
        return False
    key = _role_key(role)
    k = e.role_keys.get(key)
    if k is None:
        e.role_keys[key] = len(e.roles)
        e.roles.append((pos, role))
        return True
    if pos < e.roles[k][0]:
        e.roles[k] = (pos, role)
    return False


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
    main: bool = False          # the subject of a main clause
    age: int | None = None      # "Jane Doe, 56," / "56-year-old Jane Doe"
    possessive: bool = False    # "Tom Marsh's years": a weaker antecedent
    pair: str = ""              # "first" / "second" of "Jo Roe and (Sen.) Al Poe"


def _last(bucket: dict[int, Person], k: int) -> list[tuple[int, Person]]:
    """The ``k`` entries of a bucket added last."""
    return list(islice(reversed(bucket.items()), k))


class Names:
    """The people and organisations an article names, indexed for lookups."""

    def __init__(self) -> None:
        self.persons: list[Person] = []
        self.orgs: dict[str, Org] = {}
        self.known_orgs: set[str] = set()
        self.name_mentions: list[NameMention] = []
        self.misspelt: list[tuple[str, Person, Pos]] = []
        self.by_family: dict[str, list[Person]] = {}     # family name -> people
        self.org_aliases: dict[str, str] = {}            # "bcc" -> "British Chamber of ..."
        self.by_shape: dict[tuple[str, int], set[str]] = {}   # (initial, length) -> names
        self._by_given: dict[tuple[str, str], dict[int, Person]] = {}
        self._by_first_given: dict[str, dict[int, Person]] = {}
        self._family_mentions: dict[str, list[tuple[Pos, int]]] = {}
        self._by_role_word: dict[str, dict[int, Person]] = {}
        self._mention_pos: list[Pos] = []
        # every reference to a person in reading order: (pos, person or ref, kind), kind
        # "main" (subject of a main clause), "intro" (named with a role), "speaker",
        # "sub" (subject of a subordinate clause), "other"; and "ref" (a description)
        self.person_seq: list[tuple[Pos, object, str]] = []
        self.by_age_index: dict[int, dict[int, Person]] = {}
        self.phrases: dict[str, str] = {}    # first word -> a capitalised name it starts
        self.phrase_seq: list[tuple[Pos, str]] = []   # every such name, in reading order
        self._acronyms: dict[str, str] = {}

    # ---- building ------------------------------------------------------------

    def add_form(self, p: Person, words: list[str]) -> None:
        """Record a form of ``p``'s name and index it."""
        key = tuple(words)
        if key not in p.form_keys:
            p.form_keys.add(key)
            p.forms.append(list(words))
            if len(words) >= 2:
                for k in _given_keys(list(words), query=False):
                    self._by_given.setdefault(k, {})[p.id] = p
                given = N.given_names(list(words))
                if given:
                    self._by_first_given.setdefault(given[0].lower(), {})[p.id] = p
        for w in N.family_names(list(words)):
            low = w.lower()
            if low not in p.family_set:
                p.family_set.add(low)
                self.by_family.setdefault(low, []).append(p)
                self.by_shape.setdefault((low[:1], len(low)), set()).add(low)
                fm = self._family_mentions.setdefault(low, [])
                for at in p.mentions:
                    bisect.insort(fm, (at, p.id))

    def add_mention(self, p: Person, pos: Pos) -> None:
        bisect.insort(p.mentions, pos)
        for low in p.family_set:
            bisect.insort(self._family_mentions.setdefault(low, []), (pos, p.id))

    def add_role(self, e: Entity, pos: Pos, role: str) -> None:
        if add_role(e, pos, role) and isinstance(e, Person):
            low = role.lower()
            words = low.replace("’", "'").replace(",", " ").split()
            for w in set(words) | {part for w in words if "-" in w for part in w.split("-")}:
                self._by_role_word.setdefault(w, {})[e.id] = e

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
            add_role(org, pos, role)
        self.known_orgs.add(key)
        return org

    def _new_person(self, words: list[str]) -> Person:
        p = Person(len(self.persons), list(words))
        if len(words) >= 2:
            p.gender = N.gender_of_given(p.name)   # known while the article is read
        self.persons.append(p)
        return p

    def seq(self, pos: Pos, entity, kind: str) -> None:
        bisect.insort(self.person_seq, (pos, entity, kind), key=lambda x: x[0])

    def _attach(self, p: Person, m: NameMention) -> None:
        key = " ".join(m.words)
        self.add_form(p, m.words)
        p.form_counts[key] = p.form_counts.get(key, 0) + 1
        self.add_mention(p, m.pos)
        self.seq(m.pos, p, "main" if m.main else "intro" if (m.role or m.appositive)
                 else "sub" if m.subject else "poss" if m.possessive else "other")
        if m.age and not p.age:
            p.age = m.age
            self.by_age_index.setdefault(m.age, {})[p.id] = p
        p.honorific = p.honorific or bool(m.honorific)
        p.acts = p.acts or (len(m.words) >= 2 and bool(m.subject or m.role or m.appositive
                                                        or m.honorific))
        for role in (m.role, m.appositive):
            if role and "counterpart" not in role.lower():
                self.add_role(p, m.pos, role)
        if m.gender and not p.gender:
            p.gender = m.gender
        if len(m.words) > len(p.name) or (len(m.words) == len(p.name)
                                           and p.form_counts.get(" ".join(p.name), 0)
                                           < p.form_counts[key] and m.words != p.name
                                           and N.osa_distance(key, " ".join(p.name)) <= 2):
            p.name = list(m.words)

    def build(self, mentions: list[NameMention]) -> None:
        """Cluster the article's name mentions into people (full names first)."""
        for m in mentions:
            m.words = regnal_name(m.words, m.role)
        self.name_mentions = mentions
        self._mention_pos = [m.pos for m in mentions]
        full = [m for m in mentions if len(m.words) >= 2]
        single = [m for m in mentions if len(m.words) == 1 and m.evidence]
        full.sort(key=lambda m: (-len(m.words), m.pos))
        for m in full:
            target = self._full_match(m.words)
            if target is None:
                target = self._fuzzy_full(m.words)
                if target is not None:
                    self.misspelt.append((" ".join(m.words), target, m.pos))
            if target is None:
                target = self._new_person(m.words)
            self._attach(target, m)
        for m in sorted(single, key=lambda m: m.pos):
            self._attach_single(m)
        # a family name alone ("Zhou") is another form of the person named in full
        for m in mentions:
            if len(m.words) == 1 and not m.evidence:
                p = self.find_family(m.words[0], m.pos, m.gender) or self._given_alone(m)
                if p is not None:
                    self._attach(p, m)
        self._settle_names()

    def _attach_single(self, m: NameMention) -> None:
        p = self.find_family(m.words[0], m.pos, m.gender) or self._given_alone(m)
        if p is None:
            hits = self._typo_hits(m.words[0].lower())
            if len(hits) == 1:
                p = next(iter(hits.values()))
                self._note_typo(m.words[0], p, m.pos)
                self.add_mention(p, m.pos)
                for role in (m.role, m.appositive):
                    if role:
                        self.add_role(p, m.pos, role)
                return
        if p is None:
            p = self._new_person(m.words)
        self._attach(p, m)

    def _given_alone(self, m: NameMention) -> Person | None:
        """A given name alone: the one person named in full with it ("Ana" for Ana
        Lopes), when nobody has it as a family name."""
        p = self.find_given(m.words[0], m.pos)
        if p is not None and m.gender in ("m", "f") and p.gender not in (m.gender, None):
            return None
        return p if p is None or self._given_fits(m.words[0], p) else None

    def _given_fits(self, word: str, p: Person) -> bool:
        """"Lena" names Lena Marsh; a word no list knows as a given name names only a
        person the text named in full as a subject or with a title ("Border agents" is
        not the "Border Protection" of "Customs and Border Protection"), never an "Acme
        Co" read as a person."""
        low = word.lower()
        if low in R.MALE_GIVEN_NAMES or low in R.FEMALE_GIVEN_NAMES:
            return True
        return p.acts and low not in self.known_orgs and not any(
            w.lower().rstrip(".") in R.ORG_HEADS or w.lower().rstrip(".") in S.COMPANY_SUFFIXES
            for w in p.name)

    def _settle_names(self) -> None:
        """The fullest form is the canonical name; a misspelt variant never is."""
        wrong_forms: dict[int, set[str]] = {}
        for wrong, target, _ in self.misspelt:
            wrong_forms.setdefault(target.id, set()).add(wrong)
        for p in self.persons:
            if p.gender is None:
                p.gender = N.gender_of_given(p.name)
            if " ".join(p.name) in wrong_forms.get(p.id, ()):
                wrong = " ".join(p.name)
                best = max((f for f in p.forms if " ".join(f) != wrong and len(f) >= 2),
                           key=lambda f: p.form_counts.get(" ".join(f), 0), default=None)
                if best:
                    p.name = list(best)

    # ---- looking up ----------------------------------------------------------

    def _full_candidates(self, words: list[str]) -> list[Person]:
        found: dict[int, Person] = {}
        for k in _given_keys(words, query=True):
            found.update(_last(self._by_given.get(k, {}), SCAN_LIMIT))
        cands = sorted(found.values(), key=lambda p: p.id)
        return cands[-SCAN_LIMIT:]

    def _full_match(self, words: list[str]) -> Person | None:
        """The first person with a form naming the same person as ``words`` (2+ words)."""
        for p in self._full_candidates(words):
            if any(same_person_names(f, words) for f in p.forms if len(f) >= 2):
                return p
        return None

    def _typo_hits(self, low: str) -> dict[int, Person]:
        hits: dict[int, Person] = {}
        if len(low) < 5:
            return hits
        shapes = [self.by_shape.get((low[:1], size), ()) for size in range(len(low) - 2,
                                                                            len(low) + 3)]
        if sum(len(x) for x in shapes) > TYPO_LIMIT:
            return hits     # too many similar names to take any for a typing error
        for fams in shapes:
            for fam in fams:
                if _typo(low, fam):
                    for q in self.by_family.get(fam, ()):
                        hits[q.id] = q
        return hits

    def _fuzzy_full(self, words: list[str]) -> Person | None:
        hits = []
        fam = N.family_names(words)[0].lower()
        for p in self._typo_hits(fam).values():
            for f in p.forms:
                if len(f) < 2:
                    continue
                ff = N.family_names(f)[0].lower()
                if N.given_compatible(N.given_names(f), N.given_names(words)) \
                        and N.given_names(f) and N.given_names(words) \
                        and _typo(fam, ff):
                    hits.append(p)
                    break
        return hits[0] if len(hits) == 1 else None

    def find_family(self, word: str, pos: Pos, gender: str | None = None) -> Person | None:
        """The person a family name alone means at ``pos``: the one talked about last
        (of that gender, for "Mr." or "Mrs.": Tom and Lena Marsh stay apart)."""
        low = N.strip_possessive(word)[0].lower()
        cands = self.by_family.get(low)
        if not cands:
            return None
        seen = self._family_mentions.get(low, [])
        if gender in ("m", "f"):
            # "Mr. Marsh" is never the Lena Marsh the article named
            fits = [p for p in cands if p.gender in (gender, None)]
            if not fits:
                return None
            if len(fits) < len(cands):
                cands, ids = fits, {p.id for p in fits}
                seen = [s for s in seen if s[1] in ids]
            fits = [p for p in cands if p.gender == gender]
            if len(fits) == 1:
                return fits[0]
        if len(cands) == 1:
            return cands[0]
        by_family = [p for p in cands if not _called_by_given(p, low)]
        if len(by_family) == 1:
            return by_family[0]     # "Haddad" is not the Karim Haddad the text calls "Karim"
        plain = [p for p in cands if not N.suffix_of(p.name)]
        if len(plain) == 1:
            return plain[0]                  # "Mr. Petrov" is the father; the son is "Petrov Jr."
        topical = self._last_topical(cands, pos)
        if topical is not None:
            # "Marsh" after "Lena Marsh said ..., Tom Marsh's years": the one last
            # a subject or speaker, not the one last named in passing
            return topical
        i = bisect.bisect_left(seen, (pos, -1))
        if i:
            return self.persons[seen[i - 1][1]]
        return self.persons[seen[0][1]] if seen else cands[0]

    def _last_topical(self, cands: list[Person], pos: Pos,
                      limit: int = 150) -> Person | None:
        """Of ``cands``, the one most recently a subject, speaker or introduced with a
        role before ``pos`` (a bounded look back through ``person_seq``)."""
        ids = {p.id for p in cands}
        i = bisect.bisect_left(self.person_seq, pos, key=lambda x: x[0])
        first = None
        for k in range(i - 1, max(-1, i - 1 - limit), -1):
            at, e, kind = self.person_seq[k]
            if kind in _TOPICAL and isinstance(e, Person) and e.id in ids:
                if kind in ("main", "speaker"):
                    return e            # the subject or speaker, not one named in its aside
                if first is None:
                    first = e
            if first is not None and at[0] < pos[0] - 1:
                break                   # "Raul Castro, brother of President Fidel Castro"
        return first

    def lookup(self, words: list[str], pos: Pos, record: bool = True,
               gender: str | None = None) -> Person | None:
        """The person a name refers to at ``pos`` (of that ``gender`` when "Mr." or "Mrs."
        says it); folds a typo when unambiguous."""
        if not words:
            return None
        if len(words) >= 2:
            p = self._full_match(words)
            if p is not None:
                return p
            p = self._fuzzy_full(words)
            if p is not None and record:
                self._note_typo(" ".join(words), p, pos)
            return p
        p = self.find_family(words[0], pos, gender)
        if p is not None:
            return p
        low = words[0].lower()
        p = self.find_given(words[0], pos)        # "Lena" for Lena Marsh
        if p is not None and (gender not in ("m", "f") or p.gender in (gender, None)) \
                and self._given_fits(words[0], p):
            return p
        hits = {k: q for k, q in self._typo_hits(low).items()
                if gender not in ("m", "f") or q.gender in (gender, None)}
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

    def person_for(self, words: list[str], pos: Pos, gender: str | None = None) -> Person:
        p = self.lookup(words, pos, gender=gender)
        if p is None:
            p = self._new_person(words)
            self.add_form(p, words)
            self.add_mention(p, pos)
        return p

    def find_given(self, word: str, pos: Pos) -> Person | None:
        """"Sir Howard" for Sir Howard Newby: a knight by the given name."""
        hits = self._by_first_given.get(word.lower(), {})
        return next(iter(hits.values())) if len(hits) == 1 else None

    def role_candidates(self, wanted: set[str]) -> list[Person]:
        """People with a role word of ``wanted`` (a phrase by its first word)."""
        found: dict[int, Person] = {}
        for w in wanted:
            found.update(_last(self._by_role_word.get(w.split()[0], {}), SCAN_LIMIT))
        return sorted(found.values(), key=lambda p: p.id)

    def note_phrase(self, pos: Pos, phrase: str, alias: bool = True) -> None:
        """A capitalised name of several words, in reading order; indexed by first word
        and by the initials of each of its endings ("U.S. Drug Enforcement
        Administration": DEA, USDEA)."""
        self.phrase_seq.append((pos, phrase))
        if phrase.split()[-1].lower().rstrip(".") in _FIRM_SUFFIXES:
            self.known_orgs.add(phrase.lower())     # "Acme Data Corp.": a firm's name
        if alias:
            first = phrase.split()[0]
            self.phrases.setdefault(first.lower(), phrase)
            parts = first.split("-")
            if len(parts) == 2 and all(x[:1].isupper() for x in parts) \
                    and phrase.split()[-1].lower().rstrip(".") in _FIRM_SUFFIXES:
                self.phrases.setdefault(parts[0].lower(), phrase)   # "Lark-Baxter Co."
        words = phrase.split()
        for start, w in enumerate(words):
            if not w[:1].isupper():
                continue
            initials = "".join(x[0] for x in words[start:]
                               if x[:1].isupper()).replace(".", "").lower()
            if len(initials) >= 2:
                self._acronyms.setdefault(initials, " ".join(words[start:]))

    def expand_acronym(self, acronym: str) -> str:
        """"DEA" -> "Drug Enforcement Administration" when the article names it in full."""
        return self._acronyms.get("".join(c for c in acronym if c.isalpha()).lower(), acronym)

    def full_org_name(self, word: str, pos: Pos) -> str:
        """A single word for an organisation, written in full when the article gave a
        longer capitalised name starting with it ("Harbor" -> "Harbor United")."""
        phrase = self.phrases.get(word.lower())
        if phrase is None:
            return word
        first = phrase.split()[0].lower()
        if first in R.MALE_GIVEN_NAMES or first in R.FEMALE_GIVEN_NAMES:
            return word
        return _before_a_title(phrase, 1) or word

    def firm_in_full(self, name: str) -> str:
        """A firm's short name ("Acme Data", "ACX", "Lark") written in full when the
        article gave a longer capitalised name starting with it that ends in a company's
        suffix ("Acme Data Corp.", "ACX Holdings Inc.", "Lark-Baxter Co.")."""
        words = name.split()
        phrase = self.phrases.get(words[0].lower()) if words else None
        if phrase is None:
            return name
        first = words[0].lower()
        if first in R.MALE_GIVEN_NAMES or first in R.FEMALE_GIVEN_NAMES:
            return name
        full = _before_a_title(phrase, len(words))
        if not full or full.split()[-1].lower().rstrip(".") not in _FIRM_SUFFIXES:
            return name
        head = full.split()[:len(words)]
        head[0] = head[0].split("-")[0] if "-" not in words[0] else head[0]
        return full if [w.lower() for w in head] == [w.lower() for w in words] else name

    def first_subject_after(self, pos: Pos, window: int = 1) -> Person | None:
        i = bisect.bisect_right(self._mention_pos, pos)
        for m in self.name_mentions[i:i + SCAN_LIMIT * 8]:
            if m.pos[0] > pos[0] + window:
                break
            if (m.subject or m.role) and m.evidence:
                return self.lookup(m.words, m.pos, record=False)
        return None


_FIRM_SUFFIXES = {"corp", "corporation", "co", "cos", "inc", "ltd", "plc", "llc", "lp",
                  "llp", "ag", "sa", "nv", "gmbh", "holdings"}


def _before_a_title(phrase: str, keep: int) -> str | None:
    """The words of a capitalised phrase before a title ("Harbor CEO Jo Roe" -> "Harbor"),
    when more than ``keep`` of them are left."""
    words = phrase.split()
    cut = next((k for k in range(1, len(words))
                if words[k].lower().rstrip(".") in R.TITLE_HEADS), len(words))
    return " ".join(words[:cut]) if cut > keep else None
