"""Who an event line's opening subject is: "He landed ..." -> "Chen Hao landed ...".

In order, for the subject the line opens with:

* a pronoun or a description the quote stage resolved: when the line's sentence holds
  the cue of a quotation whose speaker was written that way ("he said", "the
  ambassador said"), the quotation's speaker (``builder/extract/quotes`` resolved it);
* "he"/"she": the person named as the subject of the sentence before, else the one
  person named in the text just before, else the last person talked about (named as a
  subject or quoted) within two paragraphs whose gender does not contradict the pronoun
  and with no other such person between;
* "they": two people named together in the sentence before, else the plural group
  ("Harbour Party leaders") or the organisation that opened it;
* "it": the thing the sentence before did something to ("the treaty");
* "the ambassador", "the President": the one person with that role or title (a title
  written before a name counts; "former President" or "Vice President" does not);
* "the candidate" (``PERSON_DESCRIPTION_HEADS``): the one person the sentence before
  named, as its subject;
* "the firm", "the agency" (``ORG_DESCRIPTION_HEADS``): the organisation the quote stage
  found that was named last nearby, one with the kind word in its name first;
* a surname: the full name.

A subject after an opening phrase ("In his last exam, he ...") or at the start of a
quotation cut open ("“The President received ...") is resolved the same way.

A wrong name is worse than a pronoun: a subject no rule resolves stays as written (and
``event_checks`` objects to the line).
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

from ..rules.event_words import CORPORATE_SUFFIXES, ORG_DESCRIPTION_HEADS, PERSON_DESCRIPTION_HEADS, \
    PLACE_DESCRIPTION_HEADS, PUBLIC_DESCRIPTION_HEADS, THING_DESCRIPTION_HEADS
from ..rules.speakers import EITHER_GENDER_GIVEN_NAMES
from ..rules.speech import FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES
from .event_checks import MAX_WORDS, is_verb
from .event_full_names import opening_full_names
from .event_people import Cast, _subject_position, gender_of_given

_OPENERS = re.compile(r"^(?:However|Meanwhile|Still|But|And|Also|Separately|Yet|Instead|Indeed|"
                      r"Moreover|Furthermore|Nonetheless|Nevertheless|Then|Now|So|Earlier|Later|"
                      r"Additionally|In addition|Similarly|Likewise|Overall|In all|Finally|After that|Since then|By then|"
                      r"At that point|In response|As a result|In turn|Even so|Otherwise|Thus|Therefore|Hence|"
                      r"In fact|Of course|After all),?\s+(?=\S)(?!(?:to|of|than|far)\b)")
# a connective inside the line ("X, however, said", "X said, though, that"): it ties the
# line to a sentence the chronology does not show
_INNER_CONNECTIVE = re.compile(r",\s(?:however|though|meanwhile|moreover|furthermore|nevertheless|nonetheless|"
                               r"in turn|in fact|of course|too|also|instead|then),(?=\s)")
_FUNCTION = frozenset({"in", "at", "on", "of", "to", "with", "by", "for", "and", "or", "the",
                       "a", "an", "from", "into", "that", "which", "who", "was", "were", "is",
                       "are", "had", "has", "have", "will", "would"})
# an opening adverbial phrase before the subject: "In his latest exam, he ..."
_LEAD = re.compile(r"^(?:In|At|On|During|After|Before|Since|For|With|Under|Over|Despite|Following)\s"
                   r"[^,“”\"]{2,80},\s(?=\S)")
# how far back the last person talked about may be: about two paragraphs
SALIENT_WINDOW = 1200


@dataclass
class Quoted:
    """A quotation the quote stage attributed: where its words lie in the text, who said
    them and how the speaker was written ("he", "the ambassador", "Doe")."""
    start: int
    end: int
    speaker: str
    as_written: str


@dataclass
class Subjects:
    """What resolving a line's subject needs about the article."""
    cast: Cast
    text: str
    quoted: list[Quoted] = field(default_factory=list)      # in text order
    orgs: list[str] = field(default_factory=list)           # organisations the quote stage found
    # organisations the text names with a legal form ("Orbis Data Corp."): a "the company"
    # with no speaking organisation nearby may mean one of them
    named_orgs: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.quoted.sort(key=lambda q: q.start)
        self._starts = [q.start for q in self.quoted]
        self._orgs = _alternation(self.orgs)
        self._named_orgs = _alternation(self.named_orgs)

    def written_in_full(self, family: str, before: int) -> str | None | bool:
        """The one full name with this family name that the text writes before offset
        ``before``: a known given name and the family name ("Kylie Jenner"), or initials
        ("P.J. Fleck"); None when none is, False when several are."""
        if not hasattr(self, "_full_names"):
            self._full_names: dict[str, list[tuple[int, str]]] = {}
            for m in _WRITTEN_FULL.finditer(self.text):
                first = m.group("given")
                if "." not in first and first.lower() not in MALE_GIVEN_NAMES | FEMALE_GIVEN_NAMES \
                        and first.lower() not in EITHER_GENDER_GIVEN_NAMES \
                        and not _HONORIFIC_BEFORE.search(self.text, max(0, m.start() - 6), m.start()):
                    continue                    # "Dr. Osric Pellam": a person's name all the same
                self._full_names.setdefault(m.group("family"), []).append((m.start(), m.group(0)))
        names = {n for at, n in self._full_names.get(family, []) if at < before}
        if not names:                   # "Ilkka Vantanen was ejected": a given name no list holds
            names = {n for at, n in opening_full_names(self.text).get(family, []) if at < before}
        if len(names) > 1:
            return False                # several people share it: none
        return names.pop() if names else None

    def org_before(self, before: int, head: str) -> str | None:
        """ "The firm bid ...": the organisation of that kind named last in the
        ``SALIENT_WINDOW`` characters before ``before`` (one with the kind word in its
        name first: "the agency" -> "the Coastal Transit Agency"), as the quote
        stage resolves "the company said"."""
        for orgs, named in ((self._orgs, False), (self._named_orgs, True)):
            if orgs is None:
                continue
            found = []
            for m in orgs.finditer(self.text, max(0, before - SALIENT_WINDOW), before):
                the = re.search(r"(?:^|\W)([Tt]he )$", self.text[max(0, m.start() - 5):m.start()])
                found.append(("the " if the and m.group(0)[:1].isupper() else "") + _org_forms(m.group(0))[-1])
            for name in reversed(found):
                if head.lower() in name.lower().split():
                    return name
            if found and named and head.lower() not in PUBLIC_DESCRIPTION_HEADS:
                # no organisation spoke: the one the sentence before named, else the one the
                # story opened with (an adviser or a rival named later is seldom "the company")
                last_stop = max(self.text.rfind(". ", 0, before - 2), self.text.rfind("\n", 0, before - 2))
                recent = [m.group(0) for m in orgs.finditer(self.text, max(0, last_stop), before)]
                name = recent[-1] if recent else orgs.search(self.text, 0, before).group(0)
                forms = [f for o in self.named_orgs for f in _org_forms(o) if name in _org_forms(o)]
                return name if " " in name or not forms else forms[0]     # "Service Corp.", not "Service"
            if found:
                return found[-1]
        return None

    def quoted_near(self, start: int, end: int) -> list[Quoted]:
        """Quotations whose words lie in text[start:end] or touch it."""
        i = bisect_left(self._starts, start - 600)
        out = []
        for q in self.quoted[i:]:
            if q.start > end:
                break
            if q.end >= start - 2:
                out.append(q)
        return out

    def speaker_written(self, written: str, start: int, end: int) -> str | None:
        """The speaker of a quotation in the sentence text[start:end] whose speaker was
        written ``written`` ("he", "the ambassador")."""
        names = {q.speaker for q in self.quoted_near(start, end)
                 if q.as_written and q.as_written.lower() == written.lower() and q.speaker}
        return names.pop() if len(names) == 1 else None

    def salient(self, before: int, gender: str | None) -> str | None:
        """The last person talked about before ``before`` (named as a subject, or quoted)
        whose gender does not contradict; None when someone of another or unknown gender
        was talked about in between and the pronoun has no gender to choose by."""
        cast = self.cast
        if cast._pattern is None:
            return None
        lo = max(0, before - SALIENT_WINDOW)
        found: list[tuple[int, int, str]] = []
        for m in cast._pattern.finditer(self.text, lo, before):
            name = cast.full(m.group(0))
            if name and _subject_position(self.text, m.start()) and \
                    (" " in m.group(0) or not re.search(r"[A-Z][\w.’'-]*\s$", self.text[max(0, m.start() - 20):m.start()])):
                found.append((m.start(), m.end(), name))
        for q in self.quoted_near(lo, before):
            if q.end < before and q.speaker in cast.aliases.values():
                found.append((q.end, q.end, q.speaker))
        for _, end, name in sorted(found, reverse=True):
            g = cast._gender(name, self.text, end, before) if gender else None
            if gender is None or g == gender:
                return name
            if g is None:
                return None         # someone of unknown gender came between
        return None


def _connective_out(m: re.Match) -> str:
    """ "X, however, said" -> "X said"; "In a poll, however, most" -> "In a poll, most"."""
    following = re.match(r"\s*([\w’'-]+)", m.string[m.end():])
    return "" if following and is_verb(following.group(1)) else ","


def resolve_subject(line: str, subjects: Subjects, before: int, previous: str, end: int | None = None) -> str:
    """The line with its opening subject named: "He landed" -> "Chen Hao landed".
    ``before``: where the line's sentence starts in the text; ``end``: where it ends."""
    cast, text = subjects.cast, subjects.text
    end = before + 400 if end is None else end
    line = _INNER_CONNECTIVE.sub(_connective_out, _OPENERS.sub("", line))
    if line[:1] in "“\"" and line.count(line[0]) + line.count("”") * (line[0] == "“") == 1:
        # a quotation cut open ("“The President received ..."), whose subject a name
        # replaces; a quotation's words that stay as written keep their mark
        said = _OPENERS.sub("", line[1:])
        named = resolve_subject(said, subjects, before, previous, end)
        return named if named.split()[:1] != said.split()[:1] else line
    lead = _LEAD.match(line)
    if lead and re.match(r"(?:he|she|the [a-z]+)\s", line[lead.end():]):
        said = line[lead.end():]
        rest = resolve_subject(said, subjects, before, previous, end)
        # only a name, never the pronoun or description capitalised, goes after the phrase
        return line[:lead.end()] + rest if rest[:1] != said[:1].upper() or rest[1:] != said[1:] else line
    if line[:1].islower():
        line = line[0].upper() + line[1:]
    m = re.match(r"^(?P<w>[A-Z][\w’'-]*)(?P<rest>.*)$", line, re.S)
    if not m:
        return line
    word = m.group("w")
    low = word.lower()
    rest = m.group("rest")
    if low in ("he", "she", "his", "her"):
        gender = "f" if low in ("she", "her") else "m"
        name = (subjects.speaker_written("she" if gender == "f" else "he", before, end)
                if low in ("he", "she") else None) \
            or cast.subject_of(text, before - len(previous) - 1, before, gender=gender) \
            or cast.only_person(text, before, gender=gender) \
            or cast.one_of_gender(text, before - len(previous) - 1, before, gender) \
            or subjects.salient(before, gender)
        if name:
            return name + ("’s" if low in ("his", "her") else "") + rest
        return line
    if low == "they":
        name = subjects.speaker_written("they", before, end)
        if name:
            return name + rest
        pair = re.search(r"(?<![\w’'])([A-Z][\w’'-]+(?: [A-Z][\w’'-]+){0,2}) and ([A-Z][\w’'-]+(?: [A-Z][\w’'-]+){0,2})(?=\s[a-z])",
                         previous)
        if pair:
            return pair.group(0) + rest
        group = _group_subject(previous, subjects)
        return group + rest if group else line
    if low == "its":
        owner = _named_thing_subject(previous, cast, text)
        return owner + ("’" if owner.endswith("s") else "’s") + rest if owner else line
    if low == "it":
        thing = _thing_before(previous)
        if thing:
            return thing[0].upper() + thing[1:] + rest
        return line
    if low == "the":
        org = _org_description(line)
        if org:
            name = (subjects.org_before(before, org.group("head")) if org.group("head") in ORG_DESCRIPTION_HEADS
                    else None) or _named_thing_subject(previous, cast, text) \
                or introduced_as(org.group("head"), text, before)
            if name and org.group("head") in PUBLIC_DESCRIPTION_HEADS and any(
                    name in _org_forms(o) for o in subjects.named_orgs):
                name = None             # "the agency" is never a company named with its legal form
            if name and name not in line:
                rest = line[org.end():]
                if re.match(r"[’']s\b", rest) and re.search(r"[’']s$|s$", name):
                    rest = rest[2:] if re.search(r"[’']s$", name) else "’" + rest[2:]   # "Dunmore's’s" -> "Dunmore's"
                return name + rest
            return line
        head = re.match(r"^The\s+((?:[\w’'-]+\s+){0,3}?)([A-Za-z-]+)\b", line)
        if head and re.fullmatch(r"[A-Z]{2,}", head.group(2)):
            return line                 # "The EPA": an organisation's own short name, already named
        if head:
            name = subjects.speaker_written(head.group(0), before, end) or cast.by_role([head.group(2)]) \
                or _described_before(head.group(2), subjects, before, previous, head.group(1))
            if name and name not in line:
                return name + line[head.end():]
        named_after = re.match(r"^The\s+(?:[a-z][\w’'-]*\s+){0,2}[a-z][\w’'-]*, ((?:[A-Z][\w’'.-]*\s){0,3}[A-Z][\w’'.-]*)"
                               r"((?:, \d{1,3})?), (?=[a-z])", line)
        if named_after:                 # "The boy, Ana Lima, 6, was found" -> "Ana Lima, 6, was found"
            return named_after.group(1) + named_after.group(2) + (", " if named_after.group(2) else " ") + line[named_after.end():]
        if head and not head.group(1):
            kinds = head.group(2) in PLACE_DESCRIPTION_HEADS | THING_DESCRIPTION_HEADS
            name = introduced_as(head.group(2), text, before, appositive_only=not kinds)
            if name and name not in line:   # "The town released ..." -> "Marlow released ..."
                return name[:1].upper() + name[1:] + line[head.end():]
        whole = re.match(r"^The\s+((?:[\w’'-]+\s+){1,3}?)([A-Za-z-]+)(?=\s(?:had|has|was|is|were|will|would|[a-z]+ed)\b)", line)
        if whole:                       # "The Portuguese boss had been": the head before the verb
            name = _described_before(whole.group(2), subjects, before, previous, whole.group(1))
            if name and name not in line:
                return name + line[whole.end():]
        return line
    base = re.sub(r"[’']s$", "", word)
    full = cast.full(base) or (_by_given_name(base, cast) if not re.match(r"\s[A-Z]", rest) else None)
    written = subjects.written_in_full(base, end) if full else None
    if written is False or (written and full and written not in full and full not in written):
        return line                     # the text names someone else with it too: left as written
    if full and full != base and full not in line and not rest.startswith(tuple(" " + w for w in full.split()[1:]) or ("\0",)):
        return full + word[len(base):] + rest
    return line


def _by_given_name(word: str, cast: Cast) -> str | None:
    """ "Taylor decided ...": the one person of the article whose given name it is."""
    low = word.lower()
    if low not in MALE_GIVEN_NAMES and low not in FEMALE_GIVEN_NAMES and low not in EITHER_GENDER_GIVEN_NAMES:
        return None
    names = {n for n in cast.aliases.values() if n.split()[0] == word and len(n.split()) > 1}
    return names.pop() if len(names) == 1 else None


_NAME_WORD = re.compile(r"(?<![\w’'.-])(?<![A-Z][\w’'.-]\s)(?<![A-Z][\w’'.-]{2}\s)(?<![A-Z][\w’'.-]{3}\s)"
                        r"(?<![A-Z][\w’'.-]{4}\s)(?<![A-Z][\w’'.-]{5}\s)(?<![A-Z][\w’'.-]{6}\s)"
                        r"[A-Z][a-z][\w’'-]*(?![\w-]|\s[A-Z]|\.\w)")


def name_people(line: str, subjects: Subjects, end: int) -> str:
    """ "Fleck said Morgan has made progress" -> "P.J. Fleck said Tanner Morgan ...": a
    family name standing alone in the line (not beside another capitalised word, not
    inside a quotation) is written out as the one person of the article who has it, at
    its first mention in the line; one the quote stage did not find counts when the text
    wrote it in full before the line's sentence ends (``end``). An honorific before it
    goes with it ("Mr. Brandt stressed" -> "Jo R. Brandt stressed")."""
    cast = subjects.cast
    out, seen = [], set()
    for part in re.split(r"(“[^”]*”?|\"[^\"]*\"?)", line):
        if part[:1] in "“\"":
            out.append(part)
            continue

        def full_of(word: str, before: str, after: str) -> str | None:
            base = re.sub(r"[’']s$", "", word)
            full = cast.full(base)
            full = full if full != base else None      # the quote stage knew only "Fleck"
            written = subjects.written_in_full(base, end)
            if written is False or (full and written and written not in full and full not in written):
                return None     # "Clinton": the text names two, or another than the quote stage's
            full = full or written
            if not full or full == base or " " not in full or full in line or base in seen \
                    or _NOT_ALONE_BEFORE.search(before) or _NOT_ALONE_AFTER.match(after):
                return None
            seen.add(base)
            return full + word[len(base):]

        def named(m: re.Match, part: str = part) -> str:
            return full_of(m.group(0), part[:m.start()], part[m.end():]) or m.group(0)

        def honorific(m: re.Match, part: str = part) -> str:
            return full_of(m.group(1), part[:m.start()], part[m.end():]) or m.group(0)
        part = _HONORIFIC_NAME.sub(honorific, part)
        out.append(_NAME_WORD.sub(named, part))
    named_line = "".join(out)
    return named_line if len(named_line.split()) <= MAX_WORDS else line


# "Mr. Brandt", "Dr. Okafor": the honorific goes when the name is written out in full
_HONORIFIC_NAME = re.compile(r"(?<![\w’'.-])(?:Mr|Mrs|Ms|Dr|Miss)\.?\s(?=[A-Z][a-z])"
                             r"([A-Z][a-z][\w’'-]*)(?![\w-]|\s[A-Z]|\.\w)")


_HONORIFIC_BEFORE = re.compile(r"(?<![\w.])(?:Dr|Mr|Mrs|Ms|Miss|Prof)\.?\s$")
# a full name as written: a given name or initials, then the family name
_WRITTEN_FULL = re.compile(r"(?<![\w’'.-])(?P<given>[A-Z][a-z]+|(?:[A-Z]\.){1,2}(?=\s))\s(?:[A-Z]\.\s)?"
                           r"(?P<family>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?:(?=[’']s\b)|(?![\w’'-]|\s[A-Z]))")   # "Ana Lima's"
# "the Clinton campaign" (a name as a modifier), "Noel and Thomas" (a pair, one of them
# unknown: "Noel and Michael Thomas" would read as one family): left as written
_NOT_ALONE_BEFORE = re.compile(r"(?:(?<![\w’'-])[Tt]he|[A-Z][\w’'.-]*\s(?:and|or|&))\s$")
_NOT_ALONE_AFTER = re.compile(r"\s(?:and|or|&)\s[A-Z]")



def name_titles(line: str, subjects: Subjects) -> str:
    """ "suggested that the President change his diet" -> "suggested that Ana Kowalski
    change ...": a capitalised title after "the" inside the line, for the one person
    holding it (as the line's subject is resolved)."""
    def named(m: re.Match) -> str:
        name = subjects.cast.by_role([m.group(1)])
        return name if name and name not in line else m.group(0)
    return re.sub(r"(?<=[\s(])the ([A-Z][a-z]{3,})(?![\w’'-]|\s[A-Z])", named, line)


# "the country" is left alone: in a story about one country it is that country, whatever
# other country the story named last
_GROUP = re.compile(r"^(?:The\s)?(?P<np>(?:[A-Z][\w’'-]*\s){1,4}(?:[a-z][\w-]*\s)?[a-z][\w-]*[^s\W]s)\s(?P<verb>[a-z]+)\b")


def _group_subject(previous: str, subjects: Subjects) -> str | None:
    """ "Harbour Party leaders have insisted ... But they may ...": "they" is the
    plural group the sentence before opened with as its subject (named words and a plural
    noun, then a verb), or the organisation the quote stage found that opened it."""
    previous = _OPENERS.sub("", previous.strip())
    m = _GROUP.match(previous)
    if m:
        from .event_checks import is_verb
        if is_verb(m.group("verb")) and m.group("np").split()[0].lower() not in _FUNCTION:
            return ("the " if previous.startswith("The ") else "") + m.group("np")
    if subjects._orgs is not None:
        o = subjects._orgs.match(re.sub(r"^The\s", "", previous))
        if o and re.match(r"\s(?:[a-z]+\s)?[a-z]+", previous[previous.find(o.group(0)) + len(o.group(0)):]):
            return ("the " if previous.startswith("The ") else "") + _org_forms(o.group(0))[-1]
    return None


_NAME = r"(?:[A-Z][\w’'.&-]*(?:\s(?:of\s|de\s|and\s)?[A-Z][\w’'.&-]*){0,4})"


def introduced_as(head: str, text: str, before: int, appositive_only: bool = False) -> str | None:
    """The one name the text introduced before offset ``before`` with this description:
    "the town of Marlow", "Marlow, a town of 21,000", "the Example Composite index",
    "rock band the Silver Owls", "the boy, Ana Lima," -> for "the town", "the index", "the
    band", "the boy" (any other head: only "the boy, Ana Lima,"). None when it
    introduced none, or more than one."""
    h = re.escape(head)
    window = text[max(0, before - 6000):before]
    found = set()
    patterns = ((rf"(?i:\bthe {h} of) ({_NAME})", 1),
                (rf"({_NAME}), (?:a|an|the) (?:[\w-]+ ){{0,3}}{h}\b", 1),
                (rf"\b[Tt]he ((?:[A-Z][\w’'.&-]*\s){{1,4}})(?i:{h})\b", 0),
                (rf"\b{h} ((?:the )?{_NAME})", 1),
                (rf"\b[Tt]he {h}, ({_NAME}),", 1))
    for pattern, group in patterns[-1:] if appositive_only else patterns:
        for m in re.finditer(pattern, window):
            name = m.group(group).strip()
            if group == 0:
                name = "the " + m.group(1) + m.group(0).split()[-1]
            if name.split()[0] not in ("The", "A", "An", "This", "That", "In", "On", "At"):
                found.add(name)
    return found.pop() if len(found) == 1 else None


def _named_thing_subject(previous: str, cast: Cast, text: str = "") -> str | None:
    """ "Emirates is the biggest buyer. But its cutback ...": the sentence before's subject
    when it is a name and no person's (an organisation, a country) — whose "its" is."""
    from .clauses import subject_of
    subject = subject_of(re.sub(r"^(?:But|And|Yet|So|Still|Now)\s", "", previous.strip()))
    if not subject or not re.fullmatch(r"(?:The\s)?(?:[A-Z][\w&.’'-]*\s){0,3}[A-Z][\w&.’'-]*", subject):
        return None                     # "Emirates", "The Hang Seng", never "The company"
    first = subject.split()[1 if subject.startswith("The ") and len(subject.split()) > 1 else 0]
    if first.lower() in ("a", "an", "this", "that", "it", "he", "she", "they", "we", "i", "its", "the"):
        return None
    if cast.full(subject) or (gender_of_given is not None and gender_of_given(subject.split()) is not None):
        return None                     # a person: "its" is never theirs
    if " " not in subject and not re.fullmatch(r"[A-Z]{2,}", subject) \
            and not re.search(r"[a-z,;]\s" + re.escape(subject) + r"\b", text):
        return None                     # "Trade is slowing": a capital only because it opens the sentence
    return subject


def _described_before(head: str, subjects: Subjects, before: int, previous: str, modifiers: str = "") -> str | None:
    """ "Dorsey spoke. The candidate hopes ...": the one person the sentence before named,
    as its subject, for a description no office tells (``PERSON_DESCRIPTION_HEADS``, or
    an age: "The 48-year-old Australian")."""
    cast = subjects.cast
    aged = re.search(r"\b\d{1,3}-year-old\b", modifiers) and head[:1].isupper()
    if not (head.lower() in PERSON_DESCRIPTION_HEADS or aged) or cast._pattern is None:
        return None
    start = subjects.text.rfind(previous, max(0, before - len(previous) - 4), before) if previous else -1
    if start < 0:
        return None
    named = {cast.full(m.group(0)) for m in cast._pattern.finditer(subjects.text, max(0, start), before)}
    if len(named) != 1 or None in named:
        return None
    return cast.subject_of(subjects.text, start, before) or (named.pop() if modifiers.strip() else None)


def _alternation(names: list[str]) -> re.Pattern | None:
    """One pattern for every form of these organisations' names, longest first."""
    forms = sorted({f for o in names if o and o[:1].isupper() for f in _org_forms(o)}, key=len, reverse=True)
    return re.compile(r"(?<![\w’'-])(?:" + "|".join(re.escape(f) for f in forms) + r")(?![\w-])") \
        if forms else None


# a name ending with its legal form, which ends the name ("Service Corp. International" is
# no "Service Corp.")
_CORPORATE_NAME = re.compile(r"(?<![\w’'&.-])(?:[A-Z][\w&’'.-]*\s){1,4}(?:Co|Inc|Corp|Ltd|LLC|PLC|AG|SA|NV)\b\.?")


def corporate_names(text: str) -> list[str]:
    """Organisations the text names with their legal form ("Orbis Data Corp.", "Harlow
    Media Co."), which a later "the company" may mean; a sentence-opening word is no part
    of the name ("But Orbis Data Corp." -> "Orbis Data Corp.")."""
    out = []
    for m in _CORPORATE_NAME.finditer(text):
        if re.match(r"\.?\s[A-Z][a-z]", text[m.end():]):
            continue                    # "Service Corp. International": the name goes on
        name = re.sub(r"^(?:(?:But|And|Yet|So|The|A|An|In|On|At|For|With|By|From|Of|To|When|While|After|Before|"
                      r"Both|Unlike|Like|Shares|Stock)\s)+", "", m.group(0))
        if len(name.split()) > 1:
            out.append(name)
    return out


def _org_forms(name: str) -> list[str]:
    """ "Harlow Media Co" -> ["Harlow Media Co", "Harlow Media"]: the name without its legal form."""
    words = name.split()
    if len(words) > 1 and words[-1].lower().rstrip(",") in CORPORATE_SUFFIXES:
        return [name, " ".join(words[:-1]).rstrip(",")]
    return [name]


def _org_description(line: str) -> re.Match | None:
    """ "The firm bid", "The private equity firm’s offer": a description of an organisation
    opening the line (lower-case words up to a kind word of ``ORG_DESCRIPTION_HEADS``)."""
    for words in range(4):              # "The tech giant is": the kind word may follow modifiers
        m = re.match(r"^The\s+(?:(?:[A-Z][\w.’'-]*\s)?[A-Z][\w.’']*-based\s+)?(?:[a-z][\w-]*\s+){%d}"
                     r"(?P<head>[a-z]+)(?=[’']s\b|\s+[a-z]|,)" % words, line)   # "The New York-based firm"
        if m is None:
            return None
        if m.group("head") in ORG_DESCRIPTION_HEADS | THING_DESCRIPTION_HEADS:
            return m
    return None


def thing_before(previous: str) -> str | None:
    return _thing_before(previous)


def _thing_before(previous: str) -> str | None:
    """ "Petrov signed the treaty in the Kremlin." -> "the treaty": the first definite noun
    phrase of the previous sentence that is not after a preposition of place."""
    from .event_checks import is_verb
    words = previous.split()
    for i, w in enumerate(words):
        if w.lower() != "the" or i + 1 >= len(words):
            continue
        if i > 0 and not is_verb(words[i - 1].lower()):
            continue                    # the subject opening the sentence, or a verb's object
        np = ["the"]
        for x in words[i + 1:i + 4]:
            bare = x.strip(",.;:")
            if bare.lower() in _FUNCTION or not bare.isalpha() or bare[0].isupper():
                break
            np.append(bare)
            if x != bare:
                break
        if len(np) > 1 and np[-1] not in ("same", "other", "first", "last", "next", "most", "year",
                                         "week", "month", "day"):
            return " ".join(np)
    return None


def speaker_after(text: str, at: int, cast: Cast) -> str | None:
    """The speaker of a quotation, from its attribution after the quote marks close
    ("..., Doyle said", "..., said Tim Okafor")."""
    window = text[at:at + 400].split("\n\n", 1)[0]
    m = re.search(r"[”\"]\s*,?\s*(?:(?:said|says|told \w+|added|testified)\s+(?P<a>[A-Z][\w’'.-]*(?:\s[A-Z][\w’'.-]*){0,3})"
                  r"|(?P<b>[A-Z][\w’'.-]*(?:\s[A-Z][\w’'.-]*){0,3})\s+(?:said|says|told|added|testified))", window)
    if not m:
        return None
    name = m.group("a") or m.group("b")
    return cast.full(name.split()[-1]) or cast.full(name) or name


_FULL_NAME = re.compile(r"(?<![\w’'])([A-Z][a-z]+(?:\s[A-Z]\.)?\s[A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?![\w-])")


def in_sentence_antecedent(line: str, subjects: Subjects, start: int, end: int) -> str:
    """A line cut from inside its sentence that opens on "he"/"she": the one person of
    that gender the sentence named before the cut ("... to make Lena Marsh's health
    an issue -- after she was seen ..." -> "Lena Marsh was seen ...")."""
    m = re.match(r"^([Hh]e|[Ss]he|[Hh]is|[Hh]er)\s+(\S+(?:\s+\S+){0,2})", line)
    if not m:
        return line
    word = m.group(1).lower()
    k = subjects.text.find(word + line[len(word):m.end()], start, end)
    if k <= start:
        return line
    gender = "f" if word in ("she", "her") else "m"
    cast = subjects.cast
    if cast._pattern is None:
        return line
    names = {cast.full(n.group(0)) for n in cast._pattern.finditer(subjects.text, start, k)} - {None}
    if gender_of_given is not None:     # a full name the cast does not hold (nobody quoted it)
        for n in _FULL_NAME.finditer(subjects.text, start, k):
            if not any(n.group(1) in x or x in n.group(1) for x in names) \
                    and gender_of_given(n.group(1).split()) is not None:
                names.add(n.group(1))
    genders = {n: _gender_in(subjects, n, k) for n in names}
    fits = [n for n, g in genders.items() if g in (gender, None)]
    if len(fits) != 1 or genders[fits[0]] != gender:
        return line                     # nobody, or someone of unknown gender beside
    name = fits[0]
    others = [n for n in names if n != name]
    for w in re.finditer(r"(?<=[\s(“\"])[A-Z][\w’'-]*|^[A-Z][\w-]*[’']s\b", subjects.text[start:k]):
        bare = re.sub(r"[’']s$", "", w.group(0))
        if bare not in name.split() and not any(bare in o.split() for o in others):
            return line                 # another name ("Elian's father ... when he"): unsure
    return name + ("’s" if word in ("his", "her") else "") + line[len(word):]


def _gender_in(subjects: Subjects, name: str, before: int) -> str | None:
    """A person's gender from the given name, else from the pronoun after the first
    mention of the name before ``before``."""
    first = subjects.text.find(name.split()[-1], 0, before)
    end = first + len(name.split()[-1]) if first >= 0 else before
    return subjects.cast._gender(name, subjects.text, end, before)
