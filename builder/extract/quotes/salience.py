"""Who the article is talking about at each point: the people and organisations that were
subjects or speakers, in reading order, for the mentions that do not name anyone
("he", "it", "the ambassador", "the 56-year-old").

Positions are kept sorted and searched by bisection; a pronoun looks back through at most
``LOOK_BACK`` entries, so resolving costs the same at the end of a long article as at
its start.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from ...rules import descriptions as D
from ...rules import speakers as SP
from ...rules import speech as R
from . import names as N
from .documents import Documents
from .people import NEVER, Entity, NameMention, Names, Org, Person, Pos

LOOK_BACK = 150          # entries a pronoun looks back through at most (about three paragraphs)
# who a pronoun most likely continues: the topic (a speaker, a main clause's subject, a
# "he"/"she" there), else someone just introduced with a role, else anyone named
# a subordinate clause's subject ("..., the extent that Marsh did") only when the
# paragraph has no topic
_TIER = {"speaker": "topic", "main": "topic", "pron": "topic", "ref": "topic",
         "intro": "intro", "sub": "sub", "other": "other", "poss": "poss"}


@dataclass
class _Pronoun:
    """A clause-subject "he"/"she" (not a cue's): resolved once, in reading order."""

    gender: str
    entity: object = None
    done: bool = False


def _at(entry: tuple) -> Pos:
    return entry[0]


class Cast(Names):
    """Everyone the article names, plus the order they were last talked about."""

    def __init__(self) -> None:
        super().__init__()
        self.salient: list[tuple[Pos, object]] = []     # subject mentions, speakers, refs
        self._salient_orgs: list[tuple[Pos, Org]] = []
        self._salient_at: dict[int, list[Pos]] = {}     # id(entity) -> positions
        self.speakers_seen: list[tuple[Pos, Person]] = []  # people quoted, in order
        self._first_spoken: dict[int, Pos] = {}
        self._pron_next = 0          # person_seq entries before this are settled
        self.documents = Documents()     # who issued each document ("the statement")
        self.quoted_names: dict[str, str] = {}   # family -> given name, from quotations
        self.pairs: list[tuple[Pos, tuple[Person, Person]]] = []   # two people named together

    def build(self, mentions: list[NameMention],
              pronouns: list[tuple[Pos, str]] = ()) -> None:
        super().build(mentions)
        for pos, gender in pronouns:
            self.seq(pos, _Pronoun(gender), "pron")
        first = None
        for m in mentions:
            if m.pair == "first":
                first = m
            elif m.pair == "second" and first is not None and first.pos[0] == m.pos[0]:
                a, b = self.lookup(first.words, first.pos, record=False), \
                    self.lookup(m.words, m.pos, record=False)
                if isinstance(a, Person) and isinstance(b, Person) and a is not b:
                    self.pairs.append((m.pos, (a, b)))
                first = None
        for m in mentions:
            if m.subject:
                p = self.lookup(m.words, m.pos, record=False)
                if p is not None:
                    # already in person_seq with its clause's kind ("main", "sub"):
                    # a subordinate clause's subject is not the topic a "he" continues
                    self.note(m.pos, p, speaking=False)

    def note(self, pos: Pos, entity, speaking: bool = True) -> None:
        """``entity`` (a person, an organisation, or a reference resolved later) is
        talked about at ``pos`` (``speaking``: as a cue's subject)."""
        bisect.insort(self.salient, (pos, entity), key=_at)
        if isinstance(entity, Person):
            if speaking:
                self.seq(pos, entity, "speaker")
        elif not isinstance(entity, Org):
            self.seq(pos, entity, "ref" if speaking else "sub")
        if isinstance(entity, Org):
            bisect.insort(self._salient_orgs, (pos, entity), key=_at)
        if isinstance(entity, (Person, Org)):
            bisect.insort(self._salient_at.setdefault(id(entity), []), pos)

    def forget(self, pos: Pos, entity) -> None:
        """``entity`` noted at ``pos`` is no antecedent after all."""
        self.person_seq = [e for e in self.person_seq if not (e[0] == pos and e[1] is entity)]
        self.salient = [e for e in self.salient if not (e[0] == pos and e[1] is entity)]

    def spoke(self, pos: Pos, p: Person) -> None:
        """``p`` is quoted at ``pos``."""
        bisect.insort(self.speakers_seen, (pos, p), key=_at)
        if pos < self._first_spoken.get(p.id, NEVER):
            self._first_spoken[p.id] = pos

    def _before(self, pos: Pos, limit: int = LOOK_BACK):
        """Salient entries before ``pos``, latest first."""
        i = bisect.bisect_left(self.salient, pos, key=_at)
        for k in range(i - 1, max(-1, i - 1 - limit), -1):
            yield self.salient[k]

    # ---- pronouns -------------------------------------------------------------

    def antecedent(self, pos: Pos, gender: str | None, sent: Pos | None = None):
        """Who "he"/"she" at ``pos`` means (``sent``: where its sentence starts). Looking
        back paragraph by paragraph (this one, then two before), of the right gender:
        the last speaker or subject of a main clause (a "he" or "she" there stands for
        whom it meant), else the last person introduced with a role, else, before this
        sentence, the last person named at all. A description of someone named later
        may stand in ("the spokesman ... he said")."""
        self._settle_pronouns(pos)
        return self._antecedent(pos, gender, sent or pos)

    def _antecedent(self, pos: Pos, gender: str | None, sent: Pos, in_sentence: bool = True):
        i = bisect.bisect_left(self.person_seq, pos, key=_at)
        lo = max(0, i - LOOK_BACK)
        last_resort = None      # someone named earlier in this very sentence
        passing = None          # only named in passing in the paragraph before
        for para in range(pos[0], pos[0] - 3, -1):
            found: dict[str, object] = {}
            k = i - 1
            while k >= lo and self.person_seq[k][0][0] >= para:
                at, e, kind = self.person_seq[k]
                k -= 1
                tier = _TIER.get(kind, "other")
                if (tier in found and not (tier == "other" and para != pos[0]
                                           and gender in ("m", "f")
                                           and getattr(e, "gender", None) == gender)) \
                        or at[0] != para:
                    continue    # of those named in passing before, the first known he/she
                if kind == "pron":
                    if e.gender != gender and gender in ("m", "f"):
                        continue
                    e = e.entity
                if e is None or not self._agrees(e, gender, at, kind):
                    continue
                if tier == "topic":
                    return e if passing is None else self._goes_on(passing, e, kind, gender)
                if tier in ("intro", "sub") or (para != pos[0] or at < sent) \
                        and isinstance(e, Person):
                    found[tier] = e
                elif in_sentence and isinstance(e, Person) and last_resort is None \
                        and gender in ("m", "f") and e.gender == gender:
                    last_resort = e     # "When I asked Roe if ..., he said"
            if passing is not None:
                return passing
            if found:
                best = found.get("sub") or found.get("intro") or found.get("other") \
                    or found.get("poss")
                if para == pos[0] or "sub" in found or "intro" in found:
                    return best
                passing = best      # named only in passing: see _goes_on
            i = k + 1
        return passing if passing is not None else last_resort

    @staticmethod
    def _goes_on(passing: Person, topic, kind: str, gender: str | None):
        """A paragraph that names people only in passing (no subject, no speaker) does not
        stop the speaker of the paragraph before from going on ("Doe said ... / Would she
        pick judges more liberal than Roe? / “...,” he said" is Doe), unless only the one
        named in passing is known to be "he" or "she"."""
        if kind != "speaker" or not isinstance(topic, Person):
            return passing
        if gender in ("m", "f") and passing.gender == gender and topic.gender != gender:
            return passing
        return topic

    def paragraph_pronoun(self, pos: Pos) -> str | None:
        """The gender of the clause-subject "he"/"she" nearest ``pos`` in its paragraph,
        when the paragraph uses only one of the two."""
        i = bisect.bisect_left(self.person_seq, (pos[0], 0), key=_at)
        genders = set()
        while i < len(self.person_seq) and self.person_seq[i][0][0] == pos[0]:
            _, e, kind = self.person_seq[i]
            if kind == "pron" and e.gender in ("m", "f"):
                genders.add(e.gender)
            i += 1
        return genders.pop() if len(genders) == 1 else None

    def _settle_pronouns(self, pos: Pos) -> None:
        """Resolve, in reading order, every clause-subject "he"/"she" before ``pos``."""
        while self._pron_next < len(self.person_seq):
            at, e, kind = self.person_seq[self._pron_next]
            if at >= pos:
                break
            self._pron_next += 1
            if kind == "pron" and not e.done:
                e.done = True
                p = self._antecedent(at, e.gender, (at[0], 0), in_sentence=False)
                if isinstance(p, Person):
                    e.entity = p
                    if not p.gender:
                        p.gender = e.gender

    def _agrees(self, e, gender: str | None, at: Pos, kind: str) -> bool:
        """``e`` may be "he"/"she" (``gender``): a person (not a place or a firm's name)
        whose gender, when known, is that one; or a description of someone."""
        if not isinstance(e, Person):
            if getattr(e, "pending", False) or getattr(e, "unnamed", False):
                g = getattr(e.mention, "gender", None)
                return not (gender in ("m", "f") and g and g != gender)
            return False
        if gender in ("m", "f") and e.gender and e.gender != gender:
            return False
        if N.place_word(" ".join(e.name).lower()):
            return False        # "In San Francisco, ...": a place is no "he"
        return bool(e.roles or e.gender or e.honorific or e.age
                    or self._first_spoken.get(e.id, NEVER) <= at
                    or (len(e.name) >= 2 and (_TIER.get(kind) in ("topic", "sub")
                                              or gender in ("m", "f"))))

    def by_age(self, age: int, pos: Pos, window: int = 2) -> Person | None:
        """"The 56-year-old": the person the article gives that age, near ``pos``."""
        hits = [p for p in self.by_age_index.get(age, {}).values()
                if abs(p.first_mention()[0] - pos[0]) <= window]
        return hits[0] if len(hits) == 1 else None

    def document_author(self, word: str, pos: Pos) -> Entity | None:
        """Who issued "the <word>" ("the statement", "the suit") at ``pos``: the owner
        named when it came in, a person of the article or else an organisation."""
        words = self.documents.owner(word, pos)
        if not words or isinstance(words, (Person, Org)):
            return words or None
        p = self.lookup(words, pos, record=False)
        if p is not None:
            return p
        org = self.orgs.get(" ".join(words).lower())
        if org is None and len(words) >= 2:
            org = self.add_org(" ".join(words), pos)
        return org

    def last_org(self, pos: Pos) -> Org | None:
        i = bisect.bisect_left(self._salient_orgs, pos, key=_at)
        return self._salient_orgs[i - 1][1] if i else None

    def org_by_head(self, head: str, pos: Pos, window: int = 4) -> Org | None:
        """"The agency", "the production company": the organisation named last before
        ``pos`` with that word in its name or role, else (for a bare kind: "the company")
        the last organisation talked about nearby."""
        best: tuple[Pos, object] | None = None
        i = bisect.bisect_left(self._salient_orgs, pos, key=_at)
        fallback = None
        for k in range(i - 1, max(-1, i - 1 - LOOK_BACK), -1):
            at, org = self._salient_orgs[k]
            if at[0] < pos[0] - window:
                break
            if _has_word(org.name, head) or any(_has_word(r, head) for _, r in org.roles):
                best = (at, org)
                break
            if fallback is None and any(c.isupper() for c in org.name):
                fallback = org
        i = bisect.bisect_left(self.phrase_seq, pos, key=_at)
        firm = None
        for k in range(i - 1, max(-1, i - 1 - LOOK_BACK), -1):
            at, phrase = self.phrase_seq[k]
            if at[0] < pos[0] - window or (best is not None and at <= best[0]):
                break
            if _has_word(phrase, head):
                best = (at, phrase)
                break
            if firm is None and head in _FIRM_HEADS and _firm_name(phrase):
                firm = (at, phrase)
        if best is None and head not in _FIRM_HEADS:
            best = self._only_one_named(head, pos)
        if best is None and fallback is None:
            best = firm     # no organisation talked about: the firm named last
        if best is not None:
            return best[1] if isinstance(best[1], Org) else self.add_org(best[1], best[0])
        return fallback if head in R.GENERIC_ORG_HEADS else None

    def _only_one_named(self, head: str, pos: Pos) -> tuple[Pos, Org] | None:
        """"The administration" paragraphs after "the Obama administration said": the
        one organisation the article talked about before ``pos`` with that word in its
        name, however far back (none when it named two)."""
        i = bisect.bisect_left(self._salient_orgs, pos, key=_at)
        found = {org.name.lower(): (at, org) for at, org in self._salient_orgs[:i]
                 if _has_word(org.name, head)}
        i = bisect.bisect_left(self.phrase_seq, pos, key=_at)
        for at, phrase in self.phrase_seq[:i]:
            if _has_word(phrase, head):
                found.setdefault(phrase.lower(), (at, phrase))
        return next(iter(found.values())) if len(found) == 1 else None

    def last_outlet(self, pos: Pos, window: int = 4) -> Org | None:
        """"The newspaper", "the paper's editorial board": the newspaper or magazine named
        last before ``pos`` (a name ending like one: "... Journal", "... Register")."""
        best: tuple[Pos, object] | None = None
        for seq in (self._salient_orgs, self.phrase_seq):
            i = bisect.bisect_left(seq, pos, key=_at)
            for k in range(i - 1, max(-1, i - 1 - LOOK_BACK), -1):
                at, e = seq[k]
                if at[0] < pos[0] - window or (best is not None and at <= best[0]):
                    break
                name = e.name if isinstance(e, Org) else e
                words = name.lower().replace("’", "'").split()
                last = words[-1].split("'")[0] if words else ""
                if last in SP.NEWSPAPER_NAME_WORDS or name.lower() in R.KNOWN_OUTLETS:
                    best = (at, e)
                    break
        if best is None:
            return None
        return best[1] if isinstance(best[1], Org) else self.add_org(best[1], best[0])

    def last_entity(self, pos: Pos) -> Entity | None:
        for _, e in self._before(pos):
            if isinstance(e, (Person, Org)):
                return e
        return None

    def last_pair(self, pos: Pos, window: int = 2) -> list[Person]:
        """The two people "the two" at ``pos`` means: the last two named together ("Jo
        Roe and Sen. Al Poe sent a letter. ... The two said") in this paragraph or the
        ``window`` before; else none."""
        i = bisect.bisect_left(self.pairs, pos, key=_at)
        if i and self.pairs[i - 1][0][0] >= pos[0] - window:
            return list(self.pairs[i - 1][1])
        return []

    def has_spoken(self, p: Person, pos: Pos) -> bool:
        return self._first_spoken.get(p.id, NEVER) < pos

    def last_speaker(self, pos: Pos, window: int = 2) -> Person | None:
        i = bisect.bisect_left(self.speakers_seen, pos, key=_at)
        if not i:
            return None
        at, p = self.speakers_seen[i - 1]
        return p if at[0] >= pos[0] - window else None

    # ---- descriptions ---------------------------------------------------------

    def by_role(self, head: str, role_text: str | None, pos: Pos,
                forward: bool = False, window: int = 3, prefer=None) -> Person | None:
        """The person a description ("the ambassador") means, by the roles given; of
        several with that role, ``prefer`` (who the text is talking about) when it is one."""
        wanted, nat = _wanted_roles(head, role_text)
        former = bool(role_text) and bool(_FORMER & set(role_text.lower().split()))
        quals = qualifiers(role_text)

        def matches(p: Person) -> int:
            score = 0
            for _, r in p.roles:
                low = r.lower()
                words = _title_words(low, former)
                if any((w in words) if " " not in w else (w in low) for w in wanted):
                    agree = _agreement(quals, qualifiers(r))
                    if agree is None:
                        continue    # "the Democratic nominee" is not the Republican one
                    score = max(score, 2 if (agree or (nat and nat.split()[0] in low)) else 1)
            return score

        cands = self.role_candidates(wanted)
        if not forward:
            best = None
            for p in cands:
                s = matches(p)
                seen = max(self.last_mention_before(p, pos), self._last_salient(p, pos))
                if s and seen != NEVER_BEFORE:
                    key = (s, seen)
                    if best is None or key > best[0]:
                        best = (key, p)
            if best is not None and isinstance(prefer, Person) and prefer in cands \
                    and matches(prefer) >= best[0][0] \
                    and self.last_mention_before(prefer, pos) != NEVER_BEFORE:
                return prefer   # the person talked about, unless another's role agrees better
            return best[1] if best else None
        later = []
        for p in cands:
            nxt = p.first_mention_after(pos)
            if nxt is not None and nxt[0] <= pos[0] + window and matches(p):
                later.append((-matches(p), nxt, p))
        return min(later, key=lambda x: (x[0], x[1]))[2] if later else None

    def by_home_state(self, text: str, pos: Pos) -> Person | None:
        """"the Ohio Republican", "the Ohio Democrat": a party member described by a
        state is the person last named before ``pos`` whose role gives that state (and
        no other party), not whoever was talked about last."""
        quals = qualifiers(text)
        if "state" not in quals:
            return None
        best = None
        for p in self.persons:
            if not any(_agreement(quals, qualifiers(r)) and qualifiers(r).get("state")
                       for _, r in p.roles):
                continue
            seen = self.last_mention_before(p, pos)
            if seen != NEVER_BEFORE and (best is None or seen > best[0]):
                best = (seen, p)
        return best[1] if best else None

    @staticmethod
    def last_mention_before(p: Person, pos: Pos) -> Pos:
        at = p.last_mention_before(pos)
        return NEVER_BEFORE if at is None else at

    def _last_salient(self, e: Entity, pos: Pos) -> Pos:
        seen = self._salient_at.get(id(e), [])
        i = bisect.bisect_left(seen, pos)
        return seen[i - 1] if i else NEVER_BEFORE

    def unnamed_like(self, head: str, pos: Pos, window: int = 3):
        """An unnamed person described with ``head`` before ``pos`` ("a Labour source")."""
        for at, e in self._before(pos):
            if at[0] < pos[0] - window:
                return None
            if isinstance(e, Person) and (not e.roles or any(
                    head in _title_words(r.lower()) for _, r in e.roles)):
                return None      # someone named came in between (who may hold that title)
            if getattr(e, "unnamed", False) and getattr(e.mention, "head", None) == head:
                return e
        return None


NEVER_BEFORE: Pos = (-1, -1)


_FORMER = {"former", "ex", "onetime", "erstwhile", "retired"}


def _title_words(role: str, former: bool = False) -> set[str]:
    """The title words of a role; a title after "vice", "deputy", "assistant" ... is
    another office ("vice president" is no president); a former one ("the former New
    Jersey governor") is what "the former governor" means, never "the governor"."""
    # a co-founder is a founder, a co-chair a chair ("vice president" is no president)
    role = re.sub(r"\bco-(?=\w)", "", role)
    words = role.replace("’", "'").replace(",", " ").replace("-", " ").split()
    if former != bool(_FORMER & set(words)):
        return set()
    return {w for k, w in enumerate(words)
            if not (k and words[k - 1] in R.SUBORDINATE_TITLE_MODIFIERS)}


def qualifiers(text: str | None) -> dict[str, str]:
    """What a description or a role says of its holder's country, party and state:
    "the French president" -> {"country": "france"}, "Ohio's Republican governor" ->
    {"party": "republican", "state": "ohio"}."""
    out: dict[str, str] = {}
    for w in (text or "").lower().replace("’", "'").replace(",", " ").split():
        base = w.split("'")[0].strip("().")
        if base in R.NATIONALITIES:
            out.setdefault("country", R.NATIONALITIES[base])
        elif base in R.COUNTRIES or base in D.COUNTRY_ALIASES:
            out.setdefault("country", D.COUNTRY_ALIASES.get(base, base))
        elif base in D.PARTIES:
            out.setdefault("party", D.PARTIES[base])
        elif base in R.US_STATES:
            out.setdefault("state", base)
    return out


def _agreement(wanted: dict[str, str], role: dict[str, str]) -> bool | None:
    """None when the role names another country, party or state than the description;
    True when it names the same one; False when it says nothing of them."""
    same = False
    for kind, value in wanted.items():
        if kind in role:
            if role[kind] != value:
                return None
            same = True
    return same


# "the company" means a firm named before by its legal form ("Kellnor Foods Co.")
_FIRM_HEADS = {"company", "firm", "corporation", "business"}
_FIRM_FORMS = {"corp", "corporation", "co", "cos", "inc", "ltd", "plc", "llc", "ag", "gmbh"}


def _firm_name(phrase: str) -> bool:
    words = phrase.split()
    return len(words) >= 2 and words[-1].lower().rstrip(".") in _FIRM_FORMS


def _has_word(name: str, head: str) -> bool:
    words = name.lower().replace("’", "'").split()
    return head in words or head + "s" in words


def _wanted_roles(head: str, role_text: str | None) -> tuple[set[str], str | None]:
    """The role words a description's head stands for, and the nationality it names."""
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
    return wanted, nat
