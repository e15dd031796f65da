"""The clause of a sentence that holds a date: a light segmenter for event lines.

An event line is built from the clause the date modifies, not from the sentence around
it. Three pieces of clause structure decide that, found with function words only:

* where the main clause starts (``main_start``): after opening adjuncts, each a piece
  up to a comma that a preposition or an adverb opens ("In a move that shocked many,
  especially in the state, X endorsed Y" -> "X endorsed Y");
* where a clause ends (``clause_end``): at a comma, semicolon, colon or dash, or where
  a finite verb follows a noun with no conjunction between, so the main predicate
  resumes ("X's gaze as he stood behind Y | is generating ...");
* a relative clause whose pronoun is its subject and which holds the date
  (``relative_line``): the line is its antecedent and its verb phrase ("said A B, a
  former senator who ran for the Senate in 2008" -> "A B ran for the Senate in 2008";
  "an area of the county that was burned in a wildfire last year" -> "An area of the
  county was burned in a wildfire last year"). An antecedent that is an indefinite
  description in apposition to a name gives the name;
* a date on a noun that "in which" follows (``in_which_line``): "an op-ed in May, in
  which she called for X" -> "she called for X in an op-ed";
* a date that introduces its happening with "when" (``when_clause``), and an "it"
  opening a subordinate clause, which takes the named subject of the clause it hangs on
  (``thing_subject``: "than Congress had demanded when it created" -> "Congress created").

``subject_of`` gives the words before a clause's first verb when they look like a
subject; the line builder (``event_lines``) puts these together with the older cuts.
"""
from __future__ import annotations

import re

from .event_checks import MAX_WORDS, is_verb
from ..rules.event_words import NOUN_VERBS
from .event_phrases import cut_words

PRESENT_VERBS = frozenset("""
is are has have will would says holds makes takes gives comes goes plans wants needs shows
remains leads runs gets sees can could should may might must does do
""".split())

# words that open an adjunct before the subject: "In a move that ..., ", "Especially in X, "
_OPENER_WORDS = frozenset("""
in at on during after before since for with under over despite following amid especially
particularly notably aside apart ahead from by like unlike
""".split())
_DETERMINERS = frozenset("a an the his her its their this these those our".split())
_QUANTIFIERS = frozenset("two three four five six seven eight nine ten dozens hundreds thousands "
                         "several many some".split())
_POSSESSIVE = frozenset("his her its their this these those our my your".split())
_NP_STOPS = frozenset("""
in at on to for with by from into over under during after before since as than about against
said says told who which that when while where because or
""".split())
_AUXILIARIES = frozenset("is are was were has have had will would".split())
# words after which a finite verb continues the same clause
_CONTINUE = frozenset("""
and or but that who which it he she they we i you not also still then now never already just
there this what
""".split())
_REL = re.compile(r"(?<![\w’'])(?P<pron>who|that|which)\s+(?=(?P<w>[a-z][\w’']*))")
_BOUNDARY = re.compile(r"[,;:](?=\s|$)|[()“”\"]|\s[–—]\s|\s--\s")


def is_verb_word(word: str) -> bool:
    """A finite verb form (present forms of a few common verbs as well)."""
    return word in PRESENT_VERBS or is_verb(word)


def main_start(line: str) -> int:
    """Where the main clause starts, after up to three opening adjuncts ("In 2019, ",
    "In a move that shocked many, especially in X, ")."""
    pos = 0
    for _ in range(3):
        m = re.match(r"([A-Za-z]+)\b[^,;:“”\"()]{0,90},\s+(?=\S)", line[pos:])
        if not m or m.group(1).lower() not in _OPENER_WORDS:
            break
        pos += m.end()
    return pos


def clause_end(line: str, start: int, after: int | None = None) -> int:
    """Where the clause running at ``start`` ends: the next comma, semicolon, colon,
    bracket, quote mark or dash (from ``after``, the date, when given), or a finite verb
    after a noun once the clause has its own verb ("as he stood behind Y on Super
    Tuesday | is generating")."""
    m = _BOUNDARY.search(line, start if after is None else after)
    end = m.start() if m else len(line)
    seen_verb = False
    prev = ""
    for w in re.finditer(r"[\w’'-]+", line[:end]):
        if w.start() < start:
            continue
        low = w.group(0).lower()
        if seen_verb and low in _AUXILIARIES and prev not in _CONTINUE and not is_verb_word(prev) \
                and not prev.endswith("ly"):
            return w.start() - 1 if line[w.start() - 1:w.start()] == " " else w.start()
        if is_verb_word(low) and w.group(0)[:1].islower():
            seen_verb = True
        prev = low
    return end


def _antecedent(left: str) -> str | None:
    """The noun phrase that ends ``left`` ("... communities in an area of A and B
    counties" -> "an area of A and B counties"; "Andrew Rice, a former senator" ->
    "Andrew Rice"; "Hill" -> "Hill")."""
    words = left.rstrip().split()
    out: list[str] = []
    for k in range(len(words) - 1, max(-1, len(words) - 11), -1):
        w, low = words[k], words[k].lower()
        noun = k > 0 and words[k - 1].lower() in _DETERMINERS         # "an op-ed", "the proposed"
        noun = noun or (k == len(words) - 1 and low in NOUN_VERBS)  # "the reunion tour that": a noun
        if w.endswith((",", ";", ":", "”", "\"")) or (low in _NP_STOPS and low != "of") \
                or (is_verb_word(low) and w[:1].islower() and not noun):
            break
        out.insert(0, w)
        if low in _DETERMINERS:
            break
    if not out or out[-1].lower() in _DETERMINERS or out[-1].lower() == "of" \
            or out[0].lower() in _POSSESSIVE or not re.search(r"\w", out[-1]):
        return None                     # "their session that starts": whose?
    np = " ".join(out)
    before = left[:len(left.rstrip()) - len(np)].rstrip()
    copula = re.search(r"(?<![\w’'-])((?:[A-Z][\w’'.-]*\s){0,3}[A-Z][\w’'.-]*)\s(?:is|was|are|were|became|remains)$", before)
    if copula and out[0].lower() in _DETERMINERS:
        return copula.group(1)          # "Okafor was the third witness who listened": Okafor
    if out[0].lower() in ("a", "an"):
        # an indefinite description after a name, in apposition: the name
        name = re.search(r"(?<![\w’'-])((?:[A-Z][\w’'.-]*\s){0,3}[A-Z][\w’'.-]*),$", before)
        if name and name.group(1).split()[0].lower() not in _OPENER_WORDS | _DETERMINERS:
            return name.group(1)
    if out[0].lower() in _DETERMINERS | _QUANTIFIERS or re.search(r"[’']s$", out[0]):
        return np
    if all(w[:1].isupper() for w in out) and len(out) <= 4:
        return np                       # a name
    return None                         # "assume that will be": no noun phrase


# after ", which" these open a clause about the noun before ("the license, which is set to
# expire", "the Class of 2020, which will be honored"), not about a whole clause
_WHICH_AUX = frozenset("is was are were will has had goes opens begins starts ends runs expires".split())


def relative_line(line: str, at: int) -> tuple[str, int] | None:
    """A date inside a relative clause whose pronoun is its subject: the antecedent and
    the clause as one line, with where the date landed in it; None when the date is not
    in such a clause or its antecedent is not a plain noun phrase."""
    best = None
    for m in _REL.finditer(line, 0, at):
        if not _BOUNDARY.search(line, m.end(), at):
            best = m
    if best is None or best.group("pron") == "which" and line[:best.start()].rstrip().endswith(",") \
            and best.group("w").lower() not in _WHICH_AUX:
        return None                     # ", which" may stand for a whole clause ("..., which angered")
    word = best.group("w")
    present = re.match(r"[a-z]{3,}[^s\W]s\s(?:at|to|in|on|the|a|an|its|his|her|their|from|into|with|for|through)\b",
                       line[best.end():])      # "the tour that stops at X": a present verb
    if not is_verb_word(word) and not present:
        nxt = re.match(r"[a-z]+ly\s+([a-z][\w’']*)", line[best.end():])
        if not nxt or not is_verb_word(nxt.group(1)):
            return None                 # "that" opening a complement ("alleged that no ...")
    left = line[:best.start()]
    if best.group("pron") == "that":
        prev = (left.split() or [""])[-1].lower().strip(",")
        if is_verb_word(prev) and prev not in NOUN_VERBS or prev in ("so", "such", "now", "given", "except", "so-called"):
            return None
    aside = re.search(r"\s(?:[–—]|--)\s[^–—]{1,120}\s(?:[–—]|--)\s*$", left)
    if aside:
        left = left[:aside.start()]     # "Two hostages — an American and an Australian — who"
    antecedent = _antecedent(left.rstrip(" ,"))
    end = clause_end(line, best.end(), at)
    body = line[best.end():end].strip()
    if antecedent is None or len(body.split()) < 2 or end <= at:
        return None
    antecedent = antecedent[0].upper() + antecedent[1:]
    out = f"{antecedent} {body}"
    return out, len(antecedent) + 1 + (at - best.end())


def quote_first(line: str) -> str:
    """ "“We must ...,” Doe said on Sunday." -> "Doe said on Sunday: “We must ...”"."""
    m = re.match(r"^[“\"](?P<q>[^”\"]{3,400})[,.!?]?[”\"],?\s+(?P<who>[^“”\"]{2,120}?)\s"
                 r"(?P<verb>said|says|told [^.,]{1,40}|added|stated|wrote|tweeted|insisted|warned)"
                 r"(?P<rest>[^“”\"]{0,120})$", line)
    if not m:
        return line
    # the verb and what follows it as written (a cue "told X ..." may end inside a word)
    tail = (m.group("verb") + m.group("rest")).strip()
    tail = tail if re.search(r"(?<![\w’'-])[A-Z][a-z]?\.$", tail) else tail.rstrip(".")    # "Monroe, La." keeps it
    who = m.group("who").strip()
    named = re.match(r"^((?:[A-Z][\w’'.-]*\s){1,3}[A-Z][\w’'.-]*),\s[^,]{3,100},$", who)
    if named:                           # "X, the bank's president," -> "X"
        who = named.group(1)
    quote = m.group("q").strip().rstrip(",;: ")
    if quote[-1:] not in ".!?":
        quote += "."
    return f"{who} {tail}: “{quote}”"


def typewriter_quotes(text: str) -> str:
    """''Wow,'' she said -> “Wow,” she said: typewriter quotes as curly ones; the wire's
    ``Wow,'' too, and its " _ " dash as a dash."""
    text = text.replace("``", "“").replace(" _ ", " — ")
    text = re.sub(r"(?<![\w’'])''(?=\S)", "“", text)
    return re.sub(r"(?<=\S)''(?![\w’'])", "”", text)


_NAMED_SUBJECT = re.compile(r"(?<![\w’'-])(?P<np>(?:[A-Z][\w’'.-]*\s){0,3}[A-Z][\w’'.-]*)\s(?:(?:had|has|have|was|were|"
                            r"is|are|will|would)\s)?(?P<verb>[a-z][\w’']*)\b(?P<rest>[^,;:–—“”\"()]{0,100})$")


def thing_subject(left: str, is_person) -> str | None:
    """ "... than Congress had demanded when it": the named subject of the clause the
    subordinator hangs on, for an "it" opening the subordinate clause; never a person
    (``is_person`` tells) and never across a comma, colon or dash."""
    m = _NAMED_SUBJECT.search(left.rstrip())
    if not m or not is_verb_word(m.group("verb")) or is_person(m.group("np")):
        return None
    if m.group("np").split()[0].lower() in _OPENER_WORDS | _DETERMINERS:
        return None
    return m.group("np")


_IN_WHICH = re.compile(r",?\s(?P<prep>in|at|during)\swhich\s(?P<clause>[^;:–—]{8,300}?)[.\s]*$")


def in_which_line(line: str, at: int, phrase: str) -> str | None:
    """A date on a noun that a clause opened by "in which" follows: "an op-ed in May,
    in which she called for X" -> "she called for X in an op-ed" (the clause is the
    happening; the noun says where)."""
    if not phrase or line[at:at + len(phrase)] != phrase:
        return None
    m = _IN_WHICH.match(line, at + len(phrase))
    np = _antecedent(line[:at].rstrip())
    if not m or np is None or np.split()[0].lower() not in _DETERMINERS:
        return None
    clause = re.sub(r"[.,](?=[”\"]$)", "", m.group("clause").strip())
    words = clause.split()
    if len(words) < 3 or not any(is_verb_word(w) for w in words[1:4]):
        return None
    return f"{clause} {m.group('prep')} {np}"


# words that open a clause with no subject of its own
SUBORDINATORS = ("when", "while", "as", "after", "before", "since", "although", "though",
                  "because", "which", "who", "where", "whereas", "but", "and", "including",
                  "amid", "despite", "following", "ahead", "according", "with", "during",
                  "in", "on", "at", "for", "from", "by", "to", "over", "under", "than", "if")
_VERBISH = re.compile(r"^(?:said|says|told|tells|was|were|is|are|has|have|had|will|would|"
                      r"could|can|did|does|\w+ed|\w+s)$")


def subject_of(clause: str) -> str | None:
    """The words before the clause's first verb, when they look like a subject (a word
    with a capital is a name, never the verb: "Lena Marsh edged out")."""
    words = clause[main_start(clause):].split()
    for i, w in enumerate(words[:8]):
        bare = w.strip(",")
        if i > 0 and bare[:1].islower() and (_VERBISH.match(bare) and not bare.endswith("s")
                                             or is_verb_word(bare)):
            subj = " ".join(words[:i])
            if subj.lower().split()[0] not in SUBORDINATORS and not subj.endswith(","):
                return subj
            return None
    return None


_WHEN = re.compile(r"^(?P<gap>(?:\s[a-z][\w’'-]*|\s(?:at|in|on|of)\s(?:the\s)?[A-Z][\w’'-]*(?:\s[A-Z][\w’'-]*)*){0,6}?)"
                   r",?\swhen\s(?P<clause>[^;:–—]{12,400}?)(?=[;:]|\s[–—]|$)")


_ATTRIBUTED = re.compile(r",\s(?:\(?[A-Z][\w’'.()-]*\s){1,6}(?:told|said)\b[^,]*$")


def when_clause(line: str, at: int, phrase: str) -> str | None:
    """The happening a date introduces with "when": "in 2008, when Marsh swept the
    rural counties" -> "Marsh swept the rural counties"; "a July 10 meeting at the White
    House when X told Y" -> "X told Y" (after a comma or a noun the date is on; "did it in
    2019 when X visited" keeps its main verb). The clause must name its subject."""
    if line[at:at + len(phrase)] != phrase:
        return None
    m = _WHEN.match(line[at + len(phrase):])
    if not m or not (m.group("gap").strip() or line[at + len(phrase):].startswith(",")):
        return None         # "elevated ties in 2019 when Xi visited": the main verb is the happening
    clause = m.group("clause").strip().rstrip(",.")
    clause = clause[:clause_end(clause, 0)] if _ATTRIBUTED.search(clause) else clause
    own = re.match(r"(?:[A-Z][\w.’'-]*\s){1,3}[A-Z][\w’'-]*(?:[’']s)?\s", clause)   # "A B's support helped him"
    if not subject_of(clause) or len(clause.split()) < 4 or re.search(r"\bthem\b", clause) \
            or (re.search(r"\bhim\b", clause) and not own):
        return None
    pronoun = re.match(r"(?i)(?:he|she|they)\b", clause)
    if pronoun:
        # "Petrov's July 25 call when he asked": the one whose date it is, else no line
        owner = re.search(r"((?:[A-Z][\w.-]*\s){0,2}[A-Z][\w.-]*)[’']s\s$", line[:at])
        if not owner:
            return None
        clause = owner.group(1) + clause[pronoun.end():]
    return clause if len(clause.split()) <= MAX_WORDS else cut_words(clause)
