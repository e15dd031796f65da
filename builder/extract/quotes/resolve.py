"""Who a cue's subject refers to: a person or organisation of the article (``people.py``),
now or once the article has been read ("the ambassador" may name someone introduced
later), and which cue and outlet a quotation belongs to.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ...rules import descriptions as D
from ...rules import speakers as S
from ...rules import speech as R
from . import mentions as M
from . import names as N
from .cues import Cue
from .np_shape import title_plural
from .people import Entity, Org, Person, Pos
from .salience import Cast


@dataclass
class Ref:
    """A speaker as the text gives it; resolved to an entity now or after the article."""

    mention: M.Mention
    entity: Entity | None = None
    pos: Pos = (0, 0)
    pending: bool = False          # a description naming someone introduced later
    group: bool = False
    follows: "Ref | None" = None   # a pronoun standing for a description resolved later
    gender: str | None = None
    unnamed: bool = False          # "a spokesman": never resolved to a named person
    members: list = field(default_factory=list)   # a group's named members
    sub: bool = False              # the cue is in a subordinate clause ("when a reporter asked")

    def target(self) -> Entity | None:
        if self.entity is None and self.follows is not None and self.follows is not self:
            return self.follows.entity
        return self.entity

    @property
    def as_written(self) -> str | None:
        return self.mention.text or None



def resolve(cast: Cast, m: M.Mention, pos: Pos, appos: str | None = None,
            person_hint: bool = False, sent: Pos | None = None, sub: bool = False) -> Ref:
    """The speaker a cue's subject refers to at ``pos`` (``sent``: its sentence's start;
    ``sub``: the cue is in a subordinate clause), by the kind of mention (a table of
    resolvers, one per kind)."""
    ref = Ref(m, pos=pos, sub=sub)
    if m.kind == "org" and m.org and " " not in m.org.strip() \
            and cast.find_family(m.org, pos) is not None:
        # a single name known as a person's in this article is the person
        ref.mention = M.Mention("name", m.text, m.start, m.end, name=[m.org])
    handler = _RESOLVERS.get(ref.mention.kind)
    if handler is not None and handler(cast, ref, appos, person_hint, sent or pos):
        return ref
    if ref.entity is not None:
        cast.note(pos, ref.entity, speaking=not sub)
        if sub and isinstance(ref.entity, Person):
            cast.seq(pos, ref.entity, "sub")
    return ref


def _resolve_name(cast: Cast, ref: Ref, appos, person_hint: bool, sent: Pos) -> bool:
    m, pos = ref.mention, ref.pos
    hon = (m.honorific or "").lower().rstrip(".")
    if len(m.name) == 1 and hon in R.PEERAGE_HONORIFICS and cast.lookup(m.name, pos) is None:
        m.name = [m.honorific.rstrip(".")] + list(m.name)     # "Lord Falconer"
    p = cast.find_given(m.name[0], pos) if (len(m.name) == 1
                                            and hon in R.GIVEN_NAME_HONORIFICS) else None
    if p is None and len(m.name) == 1 and m.gender in ("m", "f"):
        p = cast.find_family(m.name[0], pos, m.gender)     # "Mr. Ward", "Mrs. Ward"
    gender = m.gender if len(m.name) == 1 else None
    if p is None and len(m.name) >= 2 and not (m.honorific or m.role):
        firm = cast.firm_in_full(" ".join(m.name))      # "Acme Data" of "Acme Data Corp."
        if firm != " ".join(m.name):
            ref.entity = cast.add_org(firm, pos)
            return False
    p = p or cast.lookup(m.name, pos, gender=gender)
    if p is None and len(m.name) == 1 and m.name[0].lower() in cast.quoted_names:
        m.name = [cast.quoted_names[m.name[0].lower()], m.name[0]]   # "Coach (Frank) Vogel"
        p = cast.lookup(m.name, pos)
    if p is None and len(m.name) == 1 and not (m.honorific or m.role or appos) \
            and not _surname_alone(m.name[0]) and not person_hint:
        # a single unknown capitalised word speaking is an organisation ("Boeing said"),
        # by its full name when the article gave one ("Harbor" -> Harbor United)
        ref.entity = cast.add_org(cast.full_org_name(m.name[0], pos), pos)
        return False
    p = p or cast.person_for(m.name, pos, gender)
    cast.add_form(p, list(m.name))
    cast.spoke(pos, p)
    if m.gender and not p.gender:
        p.gender = m.gender
    for role in (m.role, appos):
        if role:
            cast.add_role(p, pos, role)
    ref.entity = p
    return False


def _resolve_org(cast: Cast, ref: Ref, appos, person_hint: bool, sent: Pos) -> bool:
    m = ref.mention
    if m.generic:
        # "the company said": the organisation of that kind talked about last; a kind
        # that is an institution on its own stays ("the central bank")
        # ("the central bank"); a single bare noun is no name ("the commission");
        # "his campaign": the campaign of whom "his" means
        ref.entity = _pronoun_owned(cast, m, ref.pos, sent) \
            or (_of_an_outlet(m) and cast.last_outlet(ref.pos)) \
            or cast.org_by_head(m.head or "", ref.pos)
        if ref.entity is None and m.head not in R.GENERIC_ORG_HEADS and m.org \
                and len(m.org.split()) >= 2:
            ref.entity = cast.add_org(m.org, ref.pos, m.role)
        return False
    if m.org:
        m.org = _owner_in_full(cast, m.org, ref.pos)
        full = cast.expand_acronym(m.org) if N.is_acronym(m.org) else m.org
        if full == m.org:
            m.org = full = cast.firm_in_full(m.org)     # "Acme Data" -> "Acme Data Corp."
        if full == m.org:
            m.org = full = _named_before_by_last_word(cast, m.org)
        if full != m.org:
            cast.org_aliases.setdefault(m.org.lower(), full)    # "FAO": another name
        ref.entity = cast.add_org(m.org, ref.pos, m.role)
    elif m.document:
        # "the report said": its author, else the organisation talked about last
        word = (m.text or "").split()[-1:] or [""]
        ref.entity = cast.document_author(word[0], ref.pos)
        if ref.entity is None and word[0].lower() in R.DOCUMENT_WORDS:
            ref.entity = cast.last_org(ref.pos)
    return False


def _named_before_by_last_word(cast: Cast, org: str) -> str:
    """"the Chronicle" after "the Harbor City Chronicle": the one organisation named
    before whose name ends in that capitalised word, its head."""
    if " " in org or not org[:1].isupper() or N.is_acronym(org):
        return org
    low = org.lower()
    found = {o.name for o in cast.orgs.values()       # (not "Bank of Japan" for "Japan")
             if len(o.name.split()) >= 2 and o.name.split()[-1].lower() == low
             and o.name.split()[-2].lower() not in ("of", "for", "and", "&")}
    return found.pop() if len(found) == 1 else org


def _of_an_outlet(m: M.Mention) -> bool:
    """"the newspaper", "the paper's editorial board", "the editorial board"."""
    words = {N.strip_possessive(w)[0].lower() for w in (m.text or "").split()}
    return bool(words & R.OUTLET_DESCRIPTORS - {"agency", "service", "media", "radio",
                                                "television", "tv", "channel", "station",
                                                "network", "wire", "portal"}) \
        or "editorial" in words


ORGS_SCANNED = 40       # organisations (latest first named) a "his campaign" looks through


def _pronoun_owned(cast: Cast, m: M.Mention, pos: Pos, sent: Pos) -> Org | None:
    """"his campaign", "her office": that organisation of the person "his" means."""
    words = (m.text or "").split()
    gender = {"his": "m", "her": "f"}.get(words[0].lower()) if len(words) == 2 else None
    if gender is None or not m.head:
        return None
    p = cast.antecedent(pos, gender, sent)
    if not isinstance(p, Person):
        return None
    family = p.name[-1].lower()
    for org in list(cast.orgs.values())[-ORGS_SCANNED:]:   # "the Marsh campaign" before
        low = org.name.lower().replace("’", "'").split()
        if m.head in low and any(w.split("'")[0] == family for w in low):
            return org
    return cast.add_org(f"{' '.join(p.name)}’s {m.head}", pos)


_HONORIFIC_STEMS = {h.rstrip(".") for h in R.HONORIFICS}
_OWNED = re.compile(r"^(?P<owner>.+?)(?P<s>['’]s?)\s+(?P<rest>[^\s'’][^'’]*)$")


def _owner_in_full(cast: Cast, org: str, pos: Pos) -> str:
    """"Congressman Jane Doe’s office", "Doe’s office": a person's office or campaign
    named by the person's name in full, without the title ("Jane Doe’s office")."""
    m = _OWNED.match(org)
    if not m or m.group("rest").split()[-1].lower() not in R.ORG_HEADS:
        return org
    words = m.group("owner").split()
    k = len(words)
    while k > 0 and N.is_name_word(words[k - 1]) and not N.is_acronym(words[k - 1]):
        k -= 1
    name = words[k:]
    if not name or (k and not all(N.title_head(w.lower()) or N.title_word(w.lower())
                                  or w.lower().rstrip(".") in _HONORIFIC_STEMS
                                  for w in words[:k])):
        return org      # "the Justice Department’s office": no person owns it
    p = cast.lookup(name, pos, record=False)
    if p is not None and p.kind == "person":
        name = p.name
    return f"{' '.join(name)}{m.group('s')} {m.group('rest')}"


def _resolve_pronoun(cast: Cast, ref: Ref, appos, person_hint: bool, sent: Pos) -> bool:
    m, pos = ref.mention, ref.pos
    if m.pronoun in ("he", "she", "him", "her", "he/she"):
        p = cast.by_age(m.age, pos) if m.age else None
        p = p or cast.antecedent(pos, m.gender, sent)
        if isinstance(p, Person):
            if not p.gender and m.gender in ("m", "f"):
                p.gender = m.gender
            ref.entity = p
        elif p is not None:          # a description resolved later
            ref.follows = p
            return True
    elif m.pronoun == "it":
        ref.entity = cast.last_org(pos)
    elif m.pronoun == "they":
        last = cast.last_entity(pos)
        if isinstance(last, Org):
            ref.entity = last
        else:
            ref.group = True
    return False


def continued_speech(cast: Cast, verb: str, ref: Ref) -> None:
    """"“...,” he added": "added" and "continued" go on with someone who spoke before. A
    "he" whose antecedent has not spoken yet (someone named in passing between, as in a
    caption) is the last speaker of that gender within three paragraphs instead."""
    m, p = ref.mention, ref.entity
    if verb.lower() not in _GOING_ON or m.kind != "pronoun" or m.gender not in ("m", "f") \
            or not isinstance(p, Person) or cast.has_spoken(p, ref.pos):
        return
    last = cast.last_speaker(ref.pos, window=3)
    if last is not None and last is not p and last.gender == m.gender:
        ref.entity = last


_GOING_ON = {"added", "adds", "continued", "continues"}


def _resolve_description(cast: Cast, ref: Ref, appos, person_hint: bool, sent: Pos) -> bool:
    m, pos = ref.mention, ref.pos
    if not m.head:
        return False
    if " " not in m.text and m.text[:1].isupper():
        p = cast.find_family(m.text, pos)     # "Doctor says": the surname of Ken Doctor
        if p is not None:
            ref.entity = p
            return False
    if not _definite(m):
        # "a spokesman": someone the article does not name; "he" may refer to them
        ref.unnamed = True
        cast.note(pos, ref, speaking=not ref.sub)
        return True
    # "the ambassador": someone named before with that role, or (pending) after;
    # "the source" after "a Labour source" is that unnamed person again
    unnamed = cast.unnamed_like(m.head, pos)
    if unnamed is not None:
        ref.follows = unnamed
        return True
    # "the Russian leader" after "Mr. Petrov ... he": the person talked about, when that
    # person holds the role (a bare "the president" keeps its usual referent)
    topic = cast.antecedent(pos, m.gender, sent) if len((m.role or "").split()) >= 2 else None
    p = cast.by_role(m.head, m.role, pos, prefer=topic)
    if p is not None and m.head in R.TITLE_HEADS:
        p = _untitled_topic(cast, m, p, pos, sent) or p
    if p is None and m.head in D.PARTIES:
        p = cast.by_home_state(m.text, pos)     # "the Ohio Republican"
    if p is None and not of_a_thing(m):
        # "the woman said", "the businessman replied": the person just talked about (of
        # that gender), unless the article gave them another title; never for someone
        # described by a thing ("the ad's narrator")
        p = cast.antecedent(pos, m.gender, sent)
        if not isinstance(p, Person) or (m.head in R.TITLE_HEADS and p.roles) \
                or other_occupation(m.head, p) or grown_up(m.head, p):
            p = None
    if p is not None:
        ref.entity = p
        add_description_role(cast, p, m, pos)
        return False
    ref.pending = True
    cast.note(pos, ref, speaking=not ref.sub)
    return True


def other_occupation(head: str, p: Person) -> bool:
    """"the investigator said" after "said Jo Roe, a spokesman": an occupation the person
    just talked about is not given as theirs is someone else's (unnamed)."""
    return head in S.OCCUPATION_NOUNS and bool(p.roles) and not any(
        head in role.lower() for _, role in p.roles)


def grown_up(head: str, p: Person) -> bool:
    """"asked the boy" after "Gov. Tim Bale spoke": a child is not someone the article
    gives an office, an honorific or an adult's age."""
    if head not in S.CHILD_NOUNS:
        return False
    if p.honorific or (p.age is not None and p.age >= 18):
        return True
    return any(w in R.TITLE_HEADS and w not in S.CHILD_ROLES
               for _, role in p.roles for w in role.lower().replace(".", "").split())


def _untitled_topic(cast: Cast, m: M.Mention, holder: Person, pos: Pos,
                    sent: Pos) -> Person | None:
    """"Doe defends his record in an ad: “...,” the senator says": the person this
    paragraph is about, given no title anywhere, rather than a holder of the title last
    named in an earlier paragraph."""
    topic = cast.antecedent(pos, m.gender, sent)
    if not isinstance(topic, Person) or topic is holder or topic.roles:
        return None
    seen = topic.last_mention_before(pos)
    held = holder.last_mention_before(pos)
    if seen is None or seen[0] != pos[0] or (held is not None and held[0] == pos[0]):
        return None
    return topic


def _resolve_group(cast: Cast, ref: Ref, appos, person_hint: bool, sent: Pos) -> bool:
    """A group speaks: its members, when the text names each of them. Each is talked
    about, so a later "she" may be the one member she can be ("Anna Doe and Tom Roe said
    ... “...,” she said")."""
    ref.group = True
    others = any(w.lower() in ("others", "other") for w in (ref.mention.text or "").split())
    for name in ref.mention.members:
        p = cast.lookup(name, ref.pos, record=False) if others and len(name) == 1 else None
        if p is None and others and len(name) == 1:
            continue        # "Acme and others": no person named before
        p = p if isinstance(p, Person) else cast.person_for(name, ref.pos)
        cast.add_form(p, list(name))
        ref.members.append(p)
    if not ref.mention.members and _a_pair(ref.mention):
        ref.members = cast.last_pair(ref.pos)     # "the two lawmakers", "both men"
    for p in ref.members:
        cast.note(ref.pos, p, speaking=not ref.sub)
    return True


def _a_pair(m: M.Mention) -> bool:
    """"the two", "the two senators", "both men", "the pair": two
    people (no organisations, no things)."""
    words = [w.lower() for w in (m.text or "").split()]
    if words[:2] in (["the", "two"], ["the", "pair"]):
        rest = words[2:]
    elif words[:1] == ["both"]:
        rest = words[1:]
    else:
        return False
    return not rest or (len(rest) == 1 and (rest[0] in R.PERSON_PLURALS
                                            or title_plural(rest[0])))


_RESOLVERS = {"name": _resolve_name, "org": _resolve_org, "pronoun": _resolve_pronoun,
              "description": _resolve_description, "group": _resolve_group}


def _surname_alone(word: str) -> bool:
    """A family name that is hardly anything else: "Li", "Kim", "Nguyen"."""
    low = word.lower()
    return low in R.FAMILY_FIRST_SURNAMES or low in R.MALE_GIVEN_NAMES \
        or low in R.FEMALE_GIVEN_NAMES or N.pinyin_syllable_count(low) == 1 \
        or (len(low) > 4 and low.endswith(R.SURNAME_ENDINGS))


def of_a_thing(m: M.Mention) -> bool:
    """"the ad's narrator", "the company's spokesman", "its owner": described by what
    they belong to."""
    words = (m.text or "").split()
    return bool(words) and words[0].lower() == "its" or any(
        N.strip_possessive(w)[1] and not w[:1].isupper() for w in words[:-1])


def _definite(m: M.Mention) -> bool:
    """A description that may name someone introduced later: "the ambassador", "China's
    top diplomat"; not "a spokesman", not "the president's aide"."""
    words = m.text.split() if m.text else []
    if not words or words[0].lower() in ("a", "an", "one", "some", "another", "any"):
        return False
    for w in words:
        base, poss = N.strip_possessive(w)
        if poss and base[:1].isupper() and not N.place_word(base.lower()):
            return False
    return True


def add_description_role(cast: Cast, p: Person, m: M.Mention, pos: Pos) -> None:
    if m.role and len(m.role.split()) >= 2:
        cast.add_role(p, pos, m.role)


def _outlet_name(m: M.Mention | None) -> str | None:
    if m is None:
        return None
    if m.kind == "org":
        return m.org or None
    if m.kind == "name":
        return " ".join(m.name) or None
    return None


def choose_cue(x: int, cues: list[Cue]) -> tuple[Cue | None, str | None]:
    """The cue whose speaker said quotation token ``x``, and the outlet if relayed."""
    holding = [c for c in cues if c.valid and c.content and c.content[0] <= x < c.content[1]]
    holding.sort(key=lambda c: c.content[1] - c.content[0])
    chosen = None
    for c in holding:
        if not c.relays:
            chosen = c
            break
    if chosen is None and holding:
        chosen = holding[0]
    if chosen is not None and chosen.ref is not None and chosen.ref.group:
        outer = [c for c in holding if c is not chosen and c.kind != "according"
                 and c.ref is not None and not c.ref.group]
        if outer:
            chosen = outer[0]
    if chosen is None:
        speaking = [c for c in cues if c.valid and c.kind in ("verb", "quoted", "quotes")
                    and not c.relays]
        if not speaking:
            return None, None
        chosen = min(speaking, key=lambda c: abs(c.vi - x))
        holding = [c for c in cues if c.valid and c.content and c is not chosen
                   and c.content[0] <= chosen.vi < c.content[1]]
    outlet = _outlet_name(chosen.outlet) if chosen.kind in ("quoted", "quotes") else None
    if outlet is None:
        for c in holding:
            if c is chosen or c.subj is None:
                continue
            if c.kind == "according" or c.subj.kind == "org" or c.subj.document:
                outlet = _outlet_name(c.subj)
                if outlet:
                    break
    return chosen, outlet


def indirect_outlet(cue: Cue, cues: list[Cue]) -> str | None:
    for c in cues:
        if c is cue or not (c.valid and c.content and c.relays) or c.subj is None:
            continue
        if c.content[0] <= cue.vi < c.content[1]:
            name = _outlet_name(c.subj) if (c.kind == "according" or c.subj.kind == "org"
                                           or c.subj.document) else None
            if name:
                return name
    if cue.kind in ("quoted", "quotes"):
        return _outlet_name(cue.outlet)
    return None
