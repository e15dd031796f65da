"""A line from a happening the sentence names with a noun, when the date is on that noun.

"Despite Doe's Oct. 11 announcement that the talks had failed, ..." is dated by the
announcement, not by what the sentence's main clause says: the line is "Doe announced
that the talks had failed". The noun's verb comes from ``NOMINAL_EVENTS`` (rules); who did
it is the noun's owner ("Doe's", "the Lions’", "his": named after) or the agent after
"by"; without either, its object in the passive ("the release of the report in May" ->
"The report was released"). Shapes:

* the date between the owner and the noun: "the Lions’ Nov. 9 loss at Minnesota" -> "The
  Lions lost at Minnesota";
* the date after the noun's complement: "the Fed's decision to cut rates last month" ->
  "The Fed decided to cut rates";
* the noun with "of": "the death of A B in 2010" -> "A B died"; "the release of X by Y in
  2010" -> "Y released X"; "the testimony Tuesday of four officials" -> "Four officials
  testified".

Nothing is built when the complement holds a verb of its own (a clause), when the owner
is not a plain name or pronoun, or when the noun's object is not where its verb needs it.
"""
from __future__ import annotations

import re

from ..rules.event_words import NOMINAL_EVENTS, NOMINAL_THAT
from .clauses import is_verb_word
from .event_checks import MAX_WORDS

_NAME = r"(?:[A-Z][\w.’'&-]*\s){0,3}[A-Z][\w.’'&-]*"
_OWNER = r"(?<![\w’'-])(?:(?P<owner>(?:[Tt]he\s)?" + _NAME + r")(?:[’']s|(?<=s)[’'])|(?P<pronoun>[Hh]is|[Hh]er|[Tt]heir))\s"
_PLAIN = r"[^,;:()“”\"–—]"
# words that open a sentence or a phrase, never part of an owner's name
_NOT_NAME = frozenset("""
since after before despite during following in on at with by for from of amid as when while
until once although though because but and yet so still however meanwhile then
""".split())
# what a noun's complement opens with ("decision to", "visit to", "announcement that")
_COMPLEMENT_OPENERS = frozenset("""
to at in on from of with for against over that into by before after across through toward towards
""".split())
_PRONOUN_SUBJECT = {"his": "He", "her": "She", "their": "They"}


def _owner(words: str) -> str | None:
    """The owner without an opening function word ("Since Doe" -> "Doe"), as a subject."""
    parts = words.split()
    while parts and parts[0].lower() in _NOT_NAME:
        parts = parts[1:]
    if not parts:
        return None
    if len(parts) == 1 and parts[0].lower() in _PRONOUN_SUBJECT:
        return _PRONOUN_SUBJECT[parts[0].lower()]
    return " ".join(parts)


def _no_clause(words: str, noun: str, before: str = "") -> bool:
    """No finite verb of its own: "to cut rates" is the noun's, "that the talks had
    failed" an announcement's; any other verb makes the stretch a clause (``before``: the
    noun's complement before ``words``)."""
    return _first_verb(words, noun, before) is None


def _first_verb(words: str, noun: str, before: str = "") -> re.Match | None:
    """The first finite verb in ``words`` that is not the noun's own (see ``_no_clause``)."""
    that = noun in NOMINAL_THAT and re.search(r"(?<![\w’'-])that\s", before) is not None
    for w in re.finditer(r"(?<![\w’'-])[a-z][\w’']*", words):
        if not is_verb_word(w.group(0)) or _adjective(w, words):
            continue
        if (before + words[:w.start()]).rstrip().endswith(" to") or (before + words[:w.start()]).rstrip() == "to":
            continue
        if noun in NOMINAL_THAT and (that or re.search(r"(?<![\w’'-])that\s", words[:w.start()])):
            continue
        return w
    return None


def _noun_phrase(words: str) -> bool:
    """A plain noun phrase: no relative word, no finite verb (an -ed word before a noun is
    an adjective: "classified material")."""
    return not re.search(r"\b(?:who|which|that|whose)\b", words) and not any(
        is_verb_word(w) and not w.endswith("ed") for w in re.findall(r"(?<![\w’'-])[a-z][\w’']*", words))


_FUNCTION = frozenset("""
a an the to of in on at for from with by that this these those his her its their and or but
as than into over about
""".split())


def _adjective(w: re.Match, words: str) -> bool:
    """An -ed word before a noun is an adjective ("classified material"), not a verb."""
    nxt = re.match(r"\s([a-z][\w’'-]*)", words[w.end():])
    return w.group(0).endswith("ed") and nxt is not None and nxt.group(1) not in _FUNCTION \
        and not is_verb_word(nxt.group(1))


def _complement(noun: str, rest: str) -> str | None:
    """What follows the verb: the noun's complement with its object preposition dropped
    ("visit to Beijing" -> "Beijing"); None when it does not fit the verb."""
    verb, _, prep = NOMINAL_EVENTS[noun]
    rest = rest.strip()
    first = rest.split(" ", 1)[0].lower() if rest else ""
    if prep:
        if first != prep:
            return None                 # "Doe's release from prison": not the noun's object
        return rest[len(prep):].strip()
    if first in ("of", "over"):
        return None                     # "Doe's loss of the seat", "victory over": no verb phrase here
    return rest


def _line(subject: str, noun: str, rest: str) -> str | None:
    rest = _complement(noun, rest)
    if rest is None or not _no_clause(rest, noun):
        return None
    out = f"{subject[0].upper() + subject[1:]} {NOMINAL_EVENTS[noun][0]} {rest}".strip()
    return out if len(out.split()) <= MAX_WORDS and len(out.split()) >= 3 else None


def _clause_rest(right: str, noun: str, before: str = "") -> str:
    """The noun's complement after ``right``'s start, to the end of its clause."""
    stop = re.search(r"[,;:()]|\s[-–—]\s|\s--\s|\s(?:in\s|at\s|on\s|during\s)?(?:which|who|whom|whose|where)\b", right)
    rest = right[:stop.start()] if stop else right
    verb = _first_verb(rest, noun, before)
    return (rest[:verb.start()] if verb else rest).strip().rstrip(".")


def nominal_line(line: str, at: int, phrase: str) -> str | None:
    """The line for a date on a noun of a happening (see the module docstring), or None."""
    if not phrase or line[at:at + len(phrase)] != phrase:
        return None
    left, right = line[:at], line[at + len(phrase):]
    return _date_after_owner(left, right) or _date_after_complement(left, right, phrase) or _of_noun(left, right)


def _date_after_owner(left: str, right: str) -> str | None:
    """ "the Lions’ Nov. 9 loss at Minnesota" -> "The Lions lost at Minnesota"."""
    m = re.search(_OWNER + r"$", left)
    n = re.match(r"\s(?P<noun>[a-z][\w-]*)\b", right)
    if n and n.group("noun") not in NOMINAL_EVENTS:
        n = re.match(r"\s[a-z][\w-]*\s(?P<noun>[a-z][\w-]*)\b", right)     # "Nov. 9 surprise visit"
    if not m or not n or n.group("noun") not in NOMINAL_EVENTS:
        return None
    owner = _owner(m.group("owner") or m.group("pronoun"))
    return _line(owner, n.group("noun"), _clause_rest(right[n.end():], n.group("noun"))) if owner else None


def _date_after_complement(left: str, right: str, phrase: str) -> str | None:
    """ "the Fed's decision to cut rates last month" -> "The Fed decided to cut rates"."""
    owners = list(re.finditer(_OWNER, left))
    if not owners:
        return None
    m = owners[-1]
    for adjectives in ("", r"[a-z][\w-]*\s"):         # "his abrupt departure from"
        tail = re.fullmatch(adjectives + r"(?P<noun>[a-z][\w-]*)(?P<comp>\s" + _PLAIN + r"{0,160}?)?\s*",
                            left[m.end():])
        if tail and tail.group("noun") in NOMINAL_EVENTS:
            break
    else:
        return None
    owner = _owner(m.group("owner") or m.group("pronoun"))
    noun, comp = tail.group("noun"), (tail.group("comp") or "").strip()
    if comp and comp.split()[0].lower() not in _COMPLEMENT_OPENERS:
        return None                     # "Doe's appearance follows the testimony": a clause
    rest = _clause_rest(right, noun, comp)
    if re.search(r"[’']s\b", phrase):   # "appearance at Wednesday's hearing": at the hearing
        lead = re.match(r"(?:at|in|on|during|before|after|for|to)\s", phrase)
        owned = re.split(r"[’']s\s?", phrase, maxsplit=1)[1]
        rest = " ".join(f"{lead.group(0) if lead else ''}the {owned} {rest}".split())
    elif comp and comp.split()[-1].lower() in _COMPLEMENT_OPENERS:
        return None                     # the complement would end on its preposition
    return _line(owner, noun, f"{comp} {rest}".strip()) if owner else None


_OF = re.compile(r"(?<![\w’'-])[Tt]he\s(?:[a-z][\w-]*\s)??(?P<noun>[a-z][\w-]*)\sof\s(?P<obj>" + _PLAIN + r"{2,100}?)"
                 r"(?:\sby\s(?P<agent>(?:[Tt]he\s)?" + _NAME + r"))?\s$")


def _of_noun(left: str, right: str) -> str | None:
    """ "the release of X by Y in 2010" -> "Y released X"; "the death of A B in 2010" -> "A
    B died"; "the testimony Tuesday of four officials" -> "Four officials testified"."""
    m = None
    for the in reversed(list(re.finditer(r"(?<![\w’'-])[Tt]he\s", left))):
        m = _OF.match(left, the.start())
        if m:
            break
    if m and m.group("noun") in NOMINAL_EVENTS:
        noun, obj, agent = m.group("noun"), m.group("obj"), m.group("agent")
        if obj.split()[-1].lower() in _FUNCTION or re.search(r"\sto\s[a-z]", obj):
            return None                 # "the release of the emails to influence the Nov. 8 election"
        verb, part, prep = NOMINAL_EVENTS[noun]
        if not _noun_phrase(obj):
            return None
        if prep == "of" and agent:
            return _line(agent, noun, "of " + obj)
        if prep == "of" and part:
            plural = obj.split()[-1].lower().endswith("s") and not obj.split()[-1][:1].isupper()
            out = f"{obj[0].upper() + obj[1:]} {'were' if plural else 'was'} {part}"
            return out if len(out.split()) <= MAX_WORDS else None
        if prep is None and not agent and obj[:1].isupper():
            return _line(obj, noun, "")         # "the death of A B": A B died
        return None
    n = re.search(r"(?<![\w’'-])[Tt]he\s(?P<noun>[a-z][\w-]*)\s$", left)
    o = re.match(r"\sof\s(?P<who>" + _PLAIN + r"{2,100}?)(?=[,;:.]|\s[–—]\s|$)", right)
    if n and o and n.group("noun") in NOMINAL_EVENTS and NOMINAL_EVENTS[n.group("noun")][2] is None:
        who = o.group("who")
        if _noun_phrase(who):
            return _line(who, n.group("noun"), "")
    return None
