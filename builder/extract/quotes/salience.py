"""Who the article is talking about at each point: the people and organisations that were
subjects or speakers, in reading order, for the mentions that do not name anyone
("he", "it", "the ambassador", "the 56-year-old").

Positions are kept sorted and searched by bisection; a pronoun looks back through at most
``LOOK_BACK`` entries, so resolving costs the same at the end of a long article as at
its start.
"""
from __future__ import annotations

import bisect

from ...rules import speech as R
from .people import NEVER, Entity, NameMention, Names, Org, Person, Pos

LOOK_BACK = 400          # salient entries a pronoun looks back through at most


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

    def build(self, mentions: list[NameMention]) -> None:
        super().build(mentions)
        for m in mentions:
            if m.subject:
                p = self.lookup(m.words, m.pos, record=False)
                if p is not None:
                    self.note(m.pos, p)

    def note(self, pos: Pos, entity) -> None:
        """``entity`` (a person, an organisation, or a reference resolved later) is
        talked about at ``pos``."""
        bisect.insort(self.salient, (pos, entity), key=_at)
        if isinstance(entity, Org):
            bisect.insort(self._salient_orgs, (pos, entity), key=_at)
        if isinstance(entity, (Person, Org)):
            bisect.insort(self._salient_at.setdefault(id(entity), []), pos)

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
        for _, e in self._before(pos):
            if getattr(e, "pending", False) or getattr(e, "unnamed", False):
                g = getattr(e.mention, "gender", None)
                if not (gender in ("m", "f") and g and g != gender):
                    return e
                continue
            if not isinstance(e, Person):
                continue
            if gender in ("m", "f") and e.gender and e.gender != gender:
                continue
            if strict and not (e.roles or e.gender
                               or self._first_spoken.get(e.id, NEVER) < pos):
                continue   # a capitalised pair of words that may not be a person at all
            return e
        return None

    def last_org(self, pos: Pos) -> Org | None:
        i = bisect.bisect_left(self._salient_orgs, pos, key=_at)
        return self._salient_orgs[i - 1][1] if i else None

    def last_entity(self, pos: Pos) -> Entity | None:
        for _, e in self._before(pos):
            if isinstance(e, (Person, Org)):
                return e
        return None

    def last_speaker(self, pos: Pos, window: int = 2) -> Person | None:
        i = bisect.bisect_left(self.speakers_seen, pos, key=_at)
        if not i:
            return None
        at, p = self.speakers_seen[i - 1]
        return p if at[0] >= pos[0] - window else None

    # ---- descriptions ---------------------------------------------------------

    def by_role(self, head: str, role_text: str | None, pos: Pos,
                forward: bool = False, window: int = 3) -> Person | None:
        """The person a description ("the ambassador") means, by the roles given."""
        wanted, nat = _wanted_roles(head, role_text)

        def matches(p: Person) -> int:
            score = 0
            for _, r in p.roles:
                low = r.lower()
                words = set(low.replace("’", "'").replace(",", " ").split())
                if any((w in words) if " " not in w else (w in low) for w in wanted):
                    score = max(score, 2 if (nat and nat.split()[0] in low) else 1)
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
            return best[1] if best else None
        later = []
        for p in cands:
            nxt = p.first_mention_after(pos)
            if nxt is not None and nxt[0] <= pos[0] + window and matches(p):
                later.append((-matches(p), nxt, p))
        return min(later, key=lambda x: (x[0], x[1]))[2] if later else None

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
            if isinstance(e, Person):
                return None      # someone named came in between
            if getattr(e, "unnamed", False) and getattr(e.mention, "head", None) == head:
                return e
        return None


NEVER_BEFORE: Pos = (-1, -1)


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
