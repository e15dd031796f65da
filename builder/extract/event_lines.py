"""One short standalone line per dated mention: who did what, from the clause that
carries the date.

First the clause the date modifies, where the sentence's structure shows it
(``clauses``): a relative clause ("a senator who ran in 2008" -> "X ran"), a clause
after "when" or "in which", a subordinate clause (ending where the main predicate
resumes), a clause after a dash with a named subject of its own. Else the source
sentence is cut down step by step until it fits ``MAX_WORDS``: the date phrase of a
happening goes (the chronology shows the date; "Monday's talks" becomes "the talks"),
then asides that do not hold the date (brackets, dashes, ", which ...,", ", the X," after
a name), then the clauses away from the date; a verb phrase without a subject of its own
borrows the sentence's. A part of the sentence of another time goes first: of two
sentences joined by ";", or of two clauses joined by "and"/"but", the one with the date
stays when the other names a time of its own. The subject is then resolved: a pronoun to
the person named last, a description ("the ambassador") to the one person with that
role, a surname to the full name; "the President" inside the line and "the state" (the
one US state named just before) too. A direct quotation opening the sentence follows its
speaker ("X said: “...”"). Never an ellipsis: what is cut is cut at a clause boundary; when
every candidate is broken, the sentence itself trimmed at a clause boundary that keeps
the date is preferred to a fragment.
"""
from __future__ import annotations

import re

from ..rules.datelines import DATELINE
from ..rules.event_words import COMPLEMENT_VERBS, LINE_PRONOUNS as LINE_PRONOUNS_SET, OTHER_TIME_NAMES, PARTICIPLE_PAST, PAST_PARTICIPLES
from ..rules.time_words import NOT_PAST_ED as NOT_PAST_ED_LINE, PAST_CUES as PAST_CUES_LINE, SCHEDULE_VERBS_PRESENT
from .event_checks import line_problems
from .clauses import SUBORDINATORS as _SUBORDINATORS, clause_end, in_which_line, is_verb_word as _is_verb, main_start, quote_first as _quote_first, \
    relative_line, subject_of as _subject, thing_subject, typewriter_quotes, when_clause as _when_clause
from .event_finish import finish
from .event_phrases import (
    coordinated,
    drop_phrase,
    in_name,
    cut_words as _cut_words,
    inside_quotation as _inside_quotation,
    is_relative,
    names_a_time,
    safe_to_drop,
    write_out,
    written_out,
)
from .event_people import gender_of_given
from .event_subjects import Subjects, name_places, name_titles, resolve_subject, speaker_after

MAX_WORDS = 30

_SPACE = re.compile(r"\s+")
_PRONOUNS = {"he": "person", "she": "person", "his": "person-possessive",
             "her": "person-possessive", "it": "thing", "its": "thing-possessive"}

def _fold(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


def _words(text: str) -> int:
    return len(text.split())


def _asides(line: str, keep_at: int) -> list[tuple[int, int]]:
    """Spans of asides: (brackets), – dashes –, ", which/who ...," that do not hold
    offset ``keep_at``."""
    spans = []
    for m in re.finditer(r"\s?\([^()]{1,200}\)|\s[–—][^–—]{1,200}[–—](?=\s)|,\s(?:which|who)\s[^,;]{1,200},(?=\s)"
                         r"|(?<=\w),\s(?:a|an|the)\s[^,;]{2,100},(?=\s(?!and\b|or\b))", line):
        if m.group(0).startswith(", ") and not _appositive(line, m):
            continue
        if not m.start() <= keep_at < m.end():
            spans.append((m.start(), m.end()))
    return spans


def _appositive(line: str, m: re.Match) -> bool:
    """ ", the GateHouse parent," after a name: a description without a verb."""
    if re.match(r",\s(?:which|who)\s", m.group(0)):
        return True
    if re.search(r"\b(?:who|whom|whose|which|that)\b", m.group(0)):
        return False                    # ", an Air Force major who Gowdy," runs on past the comma
    name = re.search(r"(?<![\w’'-])[A-Z][\w’'.-]*$", line[:m.start()])
    words = re.findall(r"(?<![\w’'])[a-z][\w’']*", m.group(0))
    return name is not None and name.group(0) not in OTHER_TIME_NAMES and m.start() + 2 != main_start(line) \
        and len(m.group(0).split()) <= 9 and not any(_is_verb(w) or w.endswith("ed") for w in words)


def _cut(line: str, spans: list[tuple[int, int]], at: int = 0) -> tuple[str, int]:
    """The line without the spans, and where offset ``at`` lands in it."""
    out, pos, removed = [], 0, 0
    for a, b in sorted(spans):
        if a < pos:
            continue
        out.append(line[pos:a])
        if b <= at:
            removed += b - a
        pos = b
    out.append(line[pos:])
    joined = "".join(out)
    new_at = max(0, at - removed)
    head = re.sub(r"\s+([,.;:])", r"\1", " ".join(joined[:new_at].split()))
    full = re.sub(r"\s+([,.;:])", r"\1", " ".join(joined.split()))
    return full, min(len(head) + (1 if head else 0), max(0, len(full) - 1))


_CLAUSE_CUT = re.compile(r",\s+(?=(?:while|whereas|but|although|though|as|when|which|and|"
                         r"including|amid|despite|according|where|after|before|even)\b)|;\s+|\s[–—]\s|:\s+(?=[A-Z“\"])")


def _clauses(line: str) -> list[tuple[int, int]]:
    cuts = [0] + [m.end() for m in _CLAUSE_CUT.finditer(line)] + [len(line)]
    return [(cuts[i], cuts[i + 1]) for i in range(len(cuts) - 1) if cuts[i + 1] > cuts[i]]


_ANY_COMMA = re.compile(r",\s+")
# pieces that may follow the dated clause in a line: who said so, what it included
_RIGHT_OK = re.compile(r"^(?:according to|including|in|at|on|to|with|for|state|the\s\w+\s(?:said|reported))\b", re.I)


def _window(line: str, at: int, splitter: re.Pattern) -> tuple[int, int]:
    """The pieces of ``line`` (cut by ``splitter``) around offset ``at`` that fit."""
    cuts = [0] + [m.end() for m in splitter.finditer(line)] + [len(line)]
    pieces = [(cuts[i], cuts[i + 1]) for i in range(len(cuts) - 1) if cuts[i + 1] > cuts[i]]
    k = next((i for i, (a, b) in enumerate(pieces) if a <= at < b), len(pieces) - 1)
    lo, hi = pieces[k]
    right = k
    while right + 1 < len(pieces) and _words(line[lo:pieces[right + 1][1]]) <= MAX_WORDS \
            and _RIGHT_OK.match(line[pieces[right + 1][0]:]):
        right += 1
        hi = pieces[right][1]
    while right + 1 < len(pieces) and _words(line[pieces[right + 1][0]:pieces[right + 1][1]]) <= 3 \
            and line[pieces[right + 1][0]:pieces[right + 1][0] + 1].isupper():
        right += 1                      # ", Deval Patrick," an appositive name: not a place to cut
        hi = pieces[right][1]
    for _ in range(2):                  # "In a call with Petrov on Monday, Zhou said ...": the clause
        if right + 1 < len(pieces) and not any(_is_verb(w) for w in re.findall(r"[a-z’']+", line[lo:hi])):
            right += 1                  # "X's appearance at the hearing, and his closeness to Y, is ..."
            hi = pieces[right][1]
    left = k
    while left > 0 and _words(line[pieces[left - 1][0]:hi]) <= MAX_WORDS:
        left -= 1
        lo = pieces[left][0]
    return lo, hi


def _with_subject(line: str, lo: int, hi: int) -> str:
    """text[lo:hi], with the sentence's subject when the piece has none of its own."""
    core = line[lo:hi].strip().rstrip(",;:–— ")
    if lo == 0:
        return core
    which = re.match(r"^(?:which|who)\s+(?=\w)", core)
    if which:
        antecedent = _antecedent(line[:lo])
        if antecedent:
            return antecedent + " " + core[which.end():]
    core = re.sub(r"^(?i:and|but|while|whereas|as|which|although|though|even)\s+", "", core)
    subject = _subject(line[:lo])
    first = re.match(r"(?:[a-z]+ly\s)?([a-z][\w’']*)", core)
    if subject and not _has_subject(core) and _words(subject) + _words(core) <= MAX_WORDS + 5 \
            and first and _is_verb(first.group(1)):
        core = subject + " " + core     # only a verb phrase borrows a subject ("a wild turnaround" does not)
    return core


def _antecedent(left: str) -> str | None:
    """The noun phrase right before ", which": "to diversify bilateral trade, which" ->
    "bilateral trade"."""
    words = left.rstrip(" ,").split()
    out: list[str] = []
    for w in reversed(words[-4:]):
        low = w.lower()
        if _is_verb(low) or low in _SUBORDINATORS or low.endswith(("ize", "ify", "ate")):
            break
        out.insert(0, w)
        if low in ("the", "a", "an", "its", "their", "his", "her"):
            break
    return " ".join(out) if out else None


def _has_subject(clause: str) -> bool:
    """Does the clause name its own subject ("their militaries carried out", "in the most
    recent show of solidarity, their militaries carried out")?"""
    clause = re.sub(r",\s(?:who|which)\b[^,;]{1,120},(?=\s)", "", clause)   # "Reyes, who's third, was"
    if _subject(clause):
        return True
    head = clause.split(", ", 1)
    return len(head) == 2 and _words(head[0]) <= 12 and _subject(head[1]) is not None


_SUBORDINATE = re.compile(r"(?<![\w’'])(?:after|before|since|when|because|while|once|until|as)\s+"
                          r"(?=[A-Z]|(?:the|a|an|he|she|they|it|his|her|their|its|we|i)\s)")


def _subordinate(line: str, at: int) -> tuple[int, int] | None:
    """The clause a subordinator opens, when it holds the date: "came after Petrov and
    Marsh held their first meeting, in Geneva on May 3" -> "Petrov and Marsh held ...";
    "since Russia launched its assault a year ago" -> "Russia launched its assault"."""
    best = None
    for m in _SUBORDINATE.finditer(line, 0, at):
        stretch = line[m.end():at]
        if re.search(r";|\s[–—]\s|[“”\"]", stretch) or _inside_quotation(line, m.start()) != _inside_quotation(line, at):
            continue                    # "“... because his name is dragged,” an insider said on Monday"
        if any(_is_verb(w) for w in re.findall(r"[a-z’']+", stretch)):
            best = m
    if best is None:
        return None
    end = _ANY_COMMA.search(line, at)
    end = min(end.start() if end else len(line), clause_end(line, best.end(), at))
    if re.search(r"\b(?:them|him)\b|(?<!^)\bit\b", line[best.end():end]):
        return None                     # "since Bush carried it in 2000": "it" is in the main clause
    return best.end(), end


def _subordinate_it(line: str, at: int) -> tuple[int, int] | None:
    """The subordinate clause holding the date whose "it" the main clause's named object
    is (see ``_it_named``); None otherwise."""
    found = None
    for m in _SUBORDINATE.finditer(line, 0, at):
        found = m
    if found is None or re.search(r"[;“”\"]|\s[–—]\s", line[found.end():at]):
        return None
    end = _ANY_COMMA.search(line, at)
    end = min(end.start() if end else len(line), clause_end(line, found.end(), at))
    clause = line[found.end():end]
    if re.search(r"\b(?:them|him)\b", clause) or _it_named(line, found.end(), clause) == clause:
        return None
    return found.end(), end


def _it_named(line: str, lo: int, clause: str) -> str:
    """ "haven't won New Hampshire since Bush carried it in 2000" -> "Bush carried New
    Hampshire": an "it" inside the subordinate clause is the main clause's named object
    right before the subordinator (a verb, then a name)."""
    obj = re.search(r"(?<![\w’'])[a-z][\w’']*\s((?:[A-Z][\w’'.-]*\s){0,3}[A-Z][\w’'.-]*),?\s+[a-z]+\s*$", line[:lo])
    if not obj or not _is_verb(re.match(r"[a-z][\w’']*", obj.group(0)).group(0)) \
            or len(re.findall(r"(?<![\w’'])it(?![\w’'])", clause)) != 1:
        return clause
    return re.sub(r"(?<![\w’'])it(?![\w’'])", obj.group(1), clause, count=1)


def _is_person(np: str) -> bool:
    return gender_of_given is None or gender_of_given(np.split()) is not None or len(np.split()) == 2


def _fit(line: str, at: int) -> str:
    """Cut the line to about MAX_WORDS around offset ``at`` at clause boundaries."""
    sub = _subordinate(line, at) or _subordinate_it(line, at)
    if sub is not None and _words(line[sub[0]:sub[1]]) >= 4:
        clause = _it_named(line, sub[0], line[sub[0]:sub[1]].strip().rstrip(",;: "))
        if not clause.startswith("it ") and not re.search(r"(?<![\w’'])(?:it|him|them)(?![\w’'])", clause[1:]):
            return clause
        owner = thing_subject(line[:sub[0]], _is_person)     # "when it created": the clause's own subject
        if owner:
            return owner + clause[2:]
    line = _drop_side_clauses(line, at)
    if _words(line) <= MAX_WORDS:
        return line
    line, at = _cut(line, _asides(line, at), at)
    if _words(line) <= MAX_WORDS:
        return line
    at = min(at, len(line) - 1)
    for splitter in (_CLAUSE_CUT, _ANY_COMMA):
        lo, hi = _window(line, at, splitter)
        core = _with_subject(line, lo, hi)
        if _FRAGMENT.match(core) and lo > 0:
            # "Including one that ...", "Shortly after news broke ...": not a sentence alone
            prev = max((m.end() for m in splitter.finditer(line, 0, max(0, lo - 2))), default=0)
            wider = _with_subject(line, prev, hi)
            if _words(wider) <= MAX_WORDS + 5:
                core = wider
        if _words(core) <= MAX_WORDS and not _FRAGMENT.match(core):
            return core
    return _cut_words(core)


_FRAGMENT = re.compile(r"^(?:including|which|shortly|since|that|while|whereas|although|because|"
                       r"as|after|before|when|who|whose|where)\b", re.I)


def _drop_side_clauses(line: str, at: int) -> str:
    """ ", while the Kremlin said ..." after the dated clause: another happening."""
    m = re.search(r",\s(?:while|whereas|but|and\s(?=[A-Z]\w+\s\w+|(?:he|she|they|it|we)\s))[^;]*$", line[at:])
    head = line[:at + m.start()] if m else ""
    if m and _words(line) > 15 and any(_is_verb(w) for w in re.findall(r"(?<![\w’'])[a-z][\w’']*", head)):
        return head                     # never "X, a former envoy, | and Y, an aide, testified"
    return line


def _participle_opener(line: str, at: int) -> str | None:
    """ "Speaking at a reception in Beijing marking the anniversary, Wang said ..." ->
    "Wang spoke at a reception in Beijing marking the anniversary"."""
    m = re.match(r"^(?P<ing>[A-Z][a-z]+ing)\s(?P<rest>[^;]{3,300}?),\s(?P<subj>(?:[A-Z][\w’'.-]*\s){0,4}[A-Z][\w’'.-]*)\s(?P<verb>[a-z]+)\b", line)
    if not m or at > m.end("rest"):
        return None
    past = PARTICIPLE_PAST.get(m.group("ing").lower())
    if past is None or not _is_verb(m.group("verb")):
        return None
    out = f"{m.group('subj')} {past} {m.group('rest')}"
    return out if _words(out) <= MAX_WORDS + 5 else _cut_words(out)


_PARTICIPLE = r"(?P<part>set up|drawn up|struck|signed|held|built|founded|created|established|" \
              r"launched|written|agreed|reached|adopted|passed|approved|opened)"


def _reduced_relative(line: str, at: int, phrase: str) -> str | None:
    """A past participle dated by the phrase: "an agreement struck at the end of last year
    by Zhou and Petrov to deepen ..." -> "Zhou and Petrov struck an agreement to deepen ...";
    "the Mechanism, set up in 2005 for annual meetings" -> "The Mechanism was set up for
    annual meetings"."""
    left = line[:at]
    m = re.search(r"(?P<np>(?:\b[Tt]he|\b[Aa]n?)\s[^,;:()“”]{2,90}?),?\s" + _PARTICIPLE + r"\s$", left)
    if not m or re.search(r"\b(?:that|which|who)\b", m.group("np")):
        return _object_relative(line, at, phrase) or _any_participle(line, at, phrase)
    right = line[at + len(phrase):] if line[at:at + len(phrase)] == phrase else None
    if right is None:
        return None
    by = re.match(r"\s?by\s(?P<agent>(?:[A-Z][\w’'.-]*|and|leader|President|president|Russian|Chinese|[a-z]+\s(?=[A-Z]))"
                  r"(?:\s(?:[A-Z][\w’'.-]*|and|leader|[a-z]+(?=\s[A-Z]))){0,12})", right)
    part = m.group("part")
    np = m.group("np")
    if by:
        rest = right[by.end():]
        out = f"{by.group('agent')} {PARTICIPLE_PAST.get(part, part)} {np[0].lower() + np[1:]}{rest}"
    else:
        out = f"{np[0].upper() + np[1:]} was {part}{right}"
    out = out.strip()
    return out if _words(out) <= MAX_WORDS else _cut_words(out)


_NP_BEFORE = r"(?P<np>(?<![\w’'])(?:[Tt]he|[Aa]n?)\s[^,;:()“”\"–—]{2,90}?)"
_AGENT = r"(?P<agent>(?:[A-Z][\w’'.&-]*)(?:\s(?:and\s)?[A-Z][\w’'.&-]*){0,5})"
_CLAUSE_STOP = re.compile(r"[,;:()“”\"]|\s[–—]\s|\s(?:will|would|could|should|may|might|must|is|are|was|were|"
                          r"has|have|had|remains?|said|says)\b")


# verbs after which a new clause with a subject of its own follows ("said she and X left")
_SPEECH = frozenset("said says told tells reported announced added noted argued believes believed thinks "
                    "thought wrote insisted warned claimed".split())
_NP_CANNOT_END = frozenset("""
near of in on at for from to with by about around against into over under after before like
and or but than as
""".split())


def _tail(right: str) -> str:
    """What follows the date inside its own clause: up to a comma or the main verb."""
    stop = _CLAUSE_STOP.search(right)
    return right[:stop.start()] if stop else right


def _verbless(np: str) -> bool:
    """A noun phrase alone: no verb, no relative word, no pronoun subject, not ending on a
    preposition ("the schools near" + a name is no noun phrase)."""
    last = np.split()[-1].lower()
    if last in COMPLEMENT_VERBS or any(w.lower() in COMPLEMENT_VERBS for w in np.split()[1:]):
        return False                    # "The officials know (that ...)": a clause, no noun phrase
    return not any(_is_verb(w) for w in re.findall(r"(?<![\w’'])[a-z][\w’']*", np)) \
        and not re.search(r"\b(?:that|which|who|whom|whose|he|she|they|it|we|I)\b", np) \
        and last not in _NP_CANNOT_END


def _participle(word: str) -> bool:
    w = word.lower()
    return w in PAST_PARTICIPLES or (len(w) > 4 and w.endswith("ed") and (
        w not in NOT_PAST_ED_LINE or w in _VERB_NOT_ADJECTIVE))


# -ed words the time rules read as adjectives that after a noun are a verb's participle
_VERB_NOT_ADJECTIVE = frozenset("appointed elected designated registered renewed increased reduced "
                                "developed organised organized".split())


def _plural(np: str) -> bool:
    head = re.split(r"\s(?:of|on|in|at|for|from|to|with|by|against|into|over)\s", np, maxsplit=1)[0].split()[-1]
    return head.lower().endswith("s") and not head.lower().endswith(("ss", "us", "is")) and not head[:1].isupper()


def _any_participle(line: str, at: int, phrase: str) -> str | None:
    """Any past participle after a noun phrase the sentence's verb governs, dated by the
    phrase: "wants Y to end the tariffs on cars imposed on Sept. 1" -> "The tariffs on
    cars were imposed"; "the budget approved by Republicans in April that raised pay" ->
    "Republicans approved the budget that raised pay". Never a subject's own verb ("The
    bill passed on Monday": the noun phrase opens the line)."""
    if line[at:at + len(phrase)] != phrase:
        return None
    left = line[:at]
    words = list(re.finditer(r"(?<=\s)[a-z]+(?=\s)", left))[-8:]
    for w in reversed(words):
        between = _BETWEEN.match(left, w.end())
        if not between or not _participle(w.group(0)):
            continue
        np = _noun_phrase_before(left[:w.start()])
        clause = re.split(r",|;|\b(?:since|when|after|before|because|while|as|that|which|who|although|though|"
                          r"if|until|once)\b", left[:np.start()] if np else "")[-1]
        passive = between.group("agent") or (w.group(0) in PAST_PARTICIPLES and w.group(0) not in PAST_CUES_LINE)
        verbs = [v for v in re.finditer(r"(?<![\w’'])[a-z][\w’']*", clause) if _is_verb(v.group(0))]
        if not np or not passive and (not verbs or verbs[-1].group(0) in _SPEECH or re.search(
                r"\b(?:he|she|they|we|I)\b", clause[verbs[-1].end():])):
            return None                 # no noun phrase, or the participle may be a verb of its own subject
        return _passive_line(np.group("np"), w.group(0), between, _tail(line[at + len(phrase):]).rstrip())
    return None


def _noun_phrase_before(left: str) -> re.Match | None:
    """The noun phrase ending ``left`` that a participle after it qualifies: from the
    nearest article, over "of"/"on"/"for" ("the tariffs on the cars imposed" -> the
    tariffs on the cars), never over another preposition ("an inquiry into an
    allegation made" -> an allegation)."""
    found = None
    for m in reversed(list(re.finditer(r"(?<![\w’'])(?:[Tt]he|[Aa]n?)\s", left))):
        np = re.compile(_NP_BEFORE + r"\s$").match(left, m.start())
        if not np or not _verbless(np.group("np")):
            break
        found = np
        if not re.search(r"\s(?:of|on|for)\s$", left[:m.start()]):
            break
    return found


_BETWEEN = re.compile(r"(?:\s(?P<pp>(?:on|against|into|to|for|from|in|at|with|over)\s[^,;:()“”\"–—]{2,60}?))?"
                      r"(?:\sby\s" + _AGENT + r")?\s$")


def _passive_line(np: str, part: str, between: re.Match, rest: str) -> str | None:
    pp = (" " + between.group("pp")) if between.group("pp") else ""
    if between.group("agent"):
        out = f"{between.group('agent')} {PARTICIPLE_PAST.get(part, part)} {np[0].lower() + np[1:]}{pp}{rest}"
    else:
        out = f"{np[0].upper() + np[1:]} {'were' if _plural(np) else 'was'} {part}{pp}{rest}"
    out = out.strip()
    return out if _words(out) <= MAX_WORDS else None


def _named_subject(left: str) -> str | None:
    """The sentence's subject when it is a name ("Rui Costa said", "Mr. Costa’s approach
    has"): who a "he"/"she" later in the sentence most plainly is."""
    subject = _subject(re.sub(r"^(?:But|And|Yet|So|Still|Now)\s", "", left.strip()))
    m = re.match(r"^((?:[A-Z][\w’'.-]*\s){0,3}[A-Z][\w’'.-]*?)(?:[’']s\s\S.*)?$", subject or "")
    if not m or m.group(1).split()[0].lower() in ("the", "a", "an", "this", "that", "it", "he", "she", "they"):
        return None
    return m.group(1)


def _object_relative(line: str, at: int, phrase: str) -> str | None:
    """A relative clause whose subject is a pronoun or a name, dated by the phrase: "a
    commission he appointed in February to study pay" -> "He appointed a commission to
    study pay" (the pronoun is named after); "the deals that Reyes showcased last month"
    -> "Reyes showcased the deals"."""
    if line[at:at + len(phrase)] != phrase:
        return None
    left = line[:at]
    m = re.search(r"\s(?P<that>(?:that|which)\s)?(?P<who>he|she|they|" + _AGENT.replace("agent", "name")
                  + r")\s(?P<verb>[a-z]+)\s$", left)
    if not m or not (m.group("that") or m.group("who") in ("he", "she", "they")):
        return None                     # a name without "that": "the schools near Evansville left"
    np = _noun_phrase_before(left[:m.start() + 1])
    verb = m.group("verb")
    if not np or not (verb.endswith("ed") and len(verb) > 4 or verb in PAST_CUES_LINE):
        return None
    if verb in PAST_PARTICIPLES and verb not in PAST_CUES_LINE and not verb.endswith("ed"):
        return None                     # "taken", "given": a participle, not a past tense
    np = np.group("np")
    rest = _tail(line[at + len(phrase):]).rstrip()
    who = m.group("who")
    if who in ("he", "she"):            # the sentence's subject, which naming resolves after
        subject = _subject(re.sub(r"^(?:But|And|Yet|So|Still|Now)\s", "", left[:m.start()].strip()))
        who = _named_subject(left[:m.start()]) or (
            subject if subject and _words(subject) <= 4 and not re.search(r"[’']s\b", subject) else who)
    out = f"{who[0].upper() + who[1:]} {verb} {np[0].lower() + np[1:]}{rest}".strip()
    return out if _words(out) <= MAX_WORDS else None


def occasion_line(sentence: str, phrase_at: int, phrase: str = "") -> str | None:
    """ "... for the party's 100th anniversary on Thursday" -> "The party's 100th
    anniversary": the occasion a date belongs to, when the date sits on its noun."""
    if re.search(r"[’']s\b", phrase):
        # "ahead of Friday's first anniversary of the war has drawn": the occasion named after
        after = sentence[phrase_at + len(phrase):]
        words = []
        for w in after.split():
            if _is_verb(w.lower().strip(",.;:")) or w.lower() in ("has", "had", "was", "is", "will"):
                break
            words.append(w)
            if w[-1:] in ",.;:":
                break
        tail = " ".join(words).rstrip(",.;:")
        noun = re.split(r"[’']s\s", phrase, maxsplit=1)[-1]
        return f"The {noun} {tail}".strip()
    left = sentence[:phrase_at]
    m = None
    for m in re.finditer(r"(?:(?<=\s)|^)(?:the|a|an|its|their|his|her)\s+(?=[^,;:.“”\"]{0,80}$)", left, re.I):
        pass
    if m is not None:
        m = re.compile(r"[\s\S]*").match(left, m.start())
    if m is None:
        m = re.search(r"(?:(?<=\s)|^)[A-Z][\w’'-]*(?:\s[A-Z][\w’'-]*){0,4}[’']s\s[^,;:.“”\"]{0,60}$", left)
    if m is None:
        return None
    np = left[m.start():].strip()
    np = re.sub(r"\s+(?:on|in|at)$", "", np)
    return np[0].upper() + np[1:] if np else None


def _prepare(sentence: str, at: int, phrase: str, opening: bool) -> tuple[str, int, str]:
    """The sentence folded to one line, without a wire dateline or credit ("SAN
    FRANCISCO (AP) —", "(CNN)"), "also"/"too"; ``at`` moved with it."""
    line = _fold(typewriter_quotes(sentence))
    at = len(_fold(typewriter_quotes(sentence[:at]))) + (1 if at and sentence[:at][-1:].isspace() else 0)
    phrase = _fold(typewriter_quotes(phrase))
    m = _CREDIT.match(line) or (_DATELINE.match(line) if opening or _DATELINE_STRONG.match(line) else None)
    place = m.groupdict().get("place") if m else None
    if place and re.search(r"(?<![\w’'-])[a-z]{3,}", place):
        m = None                        # "Two hostages — an American ...": no place, no dateline
    if m and m.end() < at and len(line) - m.end() > 20:
        line, at = line[m.end():], at - m.end()
    shorter = _outside_quotes(line, lambda part: re.sub(r"\s(?:also|too)(?=\s)", "", part))
    at -= len(line[:at]) - len(_outside_quotes(line[:at], lambda part: re.sub(r"\s(?:also|too)(?=\s)", "", part)))
    line = shorter
    at = min(max(0, at), max(0, len(line) - 1))
    at = max(0, line.find(phrase, max(0, at - 12))) if phrase in line else at
    return line, at, phrase


def _outside_quotes(text: str, change) -> str:
    """``change`` applied to the parts of ``text`` outside quotation marks (a quotation's
    words stay as said)."""
    parts = re.split(r"(“[^”]*”?|\"[^\"]*\"?)", text)
    return "".join(p if i % 2 else change(p) for i, p in enumerate(parts))


_CREDIT = re.compile(r"^\((?:[A-Z][A-Za-z]{1,12})\)\s*(?=[A-Z])")
_DATELINE = re.compile(DATELINE)
_DATELINE_STRONG = re.compile(r"^(?:[A-Z]{2,}[A-Z .'-]*(?:,\s*[A-Z][A-Za-z.' -]{1,30})?\s*(?:\([^()]{1,40}\))?|"
                              r"[^()]{2,60}\((?:AP|Reuters|AFP|CNN|dpa|UPI|Xinhua|TASS)\))\s*[-\u2013\u2014]{1,2}\s")


def _date_variants(line: str, at: int, phrase: str, drop_date: bool, when) -> list[tuple[str, int, bool]]:
    """The line with its date phrase handled, best first: (line, where the date was,
    phrase kept?). Dropped where it goes cleanly, else written out (a relative phrase)
    or kept (an absolute one)."""
    if not drop_date:
        return [(line, at, True)]
    out = []
    subject = re.match(r"\s*(?:will|would|is|was|has|had|saw|brought|marked|could|may|might)\b",
                       line[at + len(phrase):]) is not None       # "Next week will bring contests"
    if _inside_quotation(line, at) and _quote_closes(line, at):
        out.append((line, at, True))    # a quotation's words kept as said come first
    if not subject and safe_to_drop(line, at, phrase):
        shorter, where = drop_phrase(line, phrase, at)
        if _words(shorter) >= 3 and shorter != line:
            out.append((shorter, where, False))
    if is_relative(phrase) and when is not None and not in_name(line, at, phrase) \
            and not coordinated(line, at, phrase) and not _inside_quotation(line, at) \
            and not re.search(r"[’']s$", phrase):        # "last week's game": never "the week of ... game"
        replacement = written_out(*when)
        if replacement:
            out.append((*write_out(line, phrase, at, replacement), False))
    if (line, at, True) not in out:
        out.append((line, at, True))
    return out


def _quote_closes(line: str, at: int) -> bool:
    """Does the quotation around ``at`` close within the line (its words are someone's,
    to keep exactly)?"""
    return re.search(r"[”\"]", line[at:]) is not None


_LABELLED = re.compile(r"^(?P<who>[A-Z][\w’'.-]*(?:\s[A-Z][\w’'.-]*){0,3}):\s(?P<verb>[A-Z][a-z]+)\b(?P<rest>[^:]*)$")


def _labelled(line: str, at: int) -> tuple[str, int]:
    """ "Lakers: Visit the Thunder" (a schedule note: a name, a colon, a verb) -> "Lakers
    visit the Thunder"."""
    m = _LABELLED.match(line)
    if not m or m.group("verb").lower() not in SCHEDULE_VERBS_PRESENT:
        return line, at
    out = f"{m.group('who')} {m.group('verb').lower()}{m.group('rest')}"
    return out, max(0, at - 1)


def _shape(line: str, at: int) -> str:
    """The line cut to a sentence of about MAX_WORDS around the date."""
    line, at = _labelled(line, at)
    quoted_first = _quote_first(line)
    if quoted_first != line:            # the quotation now follows its speaker: the date moves with
        colon = quoted_first.find(": “")  # its part (the quotation's words, or the attribution)
        inside = line[:1] in "“\"" and _inside_quotation(line, at)
        line, at = quoted_first, (colon + 2 + at if inside else max(0, colon - 1))
        at = min(at, len(line) - 1)
    line, at = _second_conjunct(*_first_conjunct(*_own_clause(line, at)))
    line, at = _reported_clause(line, at)
    return _participle_opener(line, at) or _subject_relative(line, at) or _fit(line, at)


def _own_clause(line: str, at: int) -> tuple[str, int]:
    """Of two sentences joined by a semicolon, the one that holds the date: "The deal
    closed in 2018; the firm remains a shareholder as of March" -> the second for March.
    Only when the other part holds a time of its own (it is of another time) and the
    part names its own subject; else the whole line."""
    if at >= len(line) or _inside_quotation(line, at):
        return line, at
    cuts = [m for m in re.finditer(r";\s+|\s(?:[–—]|--)\s+", line) if not _inside_quotation(line, m.start())]
    if not cuts:
        return line, at
    bounds = [0] + [m.end() for m in cuts] + [len(line)]
    for lo, hi in zip(bounds, bounds[1:]):
        if lo <= at < hi:
            piece = re.sub(r"[\s;–—-]+$", "", line[lo:hi])
            rest = line[:lo] + " " + line[hi:]
            dash = lo and line[lo - 2:lo].strip() in ("–", "—", "--")
            # after a dash, only a clause with a named subject of its own ("— McClatchy is planning")
            named = dash and any(_is_verb(w) for w in re.findall(r"(?<![\w’'])[a-z][\w’']*", line[:lo])) \
                and (_subject(piece) or "")[:1].isupper() \
                and not _subject(piece).lower().startswith(("the ", "a ", "an ", "this ", "that "))
            if piece == line.strip() or _words(piece) < 3 or not _subject(piece) \
                    or not (names_a_time(rest) and not dash or named):
                return line, at
            piece = piece[0].upper() + piece[1:] if lo else piece
            return piece, min(at - lo, max(0, len(piece) - 1))
    return line, at


def _first_conjunct(line: str, at: int) -> tuple[str, int]:
    """ "X endorsed Y last week and has appeared at rallies over the past days" -> "X
    endorsed Y" for last week: the date in the first of two clauses joined by "and"/"but",
    the second (a verb of its own, or a subject and verb) of another time."""
    if at >= len(line) or _inside_quotation(line, at):
        return line, at
    m = re.compile(r",?\s(?:and|but)\s(?=(?P<w>[\w’']+))").search(line, at)
    if not m or _inside_quotation(line, m.start()):
        return line, at
    head, tail = line[:m.start()].rstrip(" ,"), line[m.end():]
    verb = _is_verb(m.group("w").lower())
    own = _subject(tail)
    if (not verb and not (own and _words(own) <= 3)) or not names_a_time(tail) or names_a_time(head[at:]) \
            or not _subject(head) or _words(head) < 4 or re.search(r"[;:–—(]", tail):
        return line, at
    return head, min(at, len(head) - 1)


def _second_conjunct(line: str, at: int) -> tuple[str, int]:
    """ "The inquiry had been shelved in 2017 but was re-opened this year" -> "The inquiry
    was re-opened" for this year: the date in the second of two verb phrases joined by
    "and"/"but", the first naming a time of its own; the subject is the sentence's."""
    if at > len(line) or _inside_quotation(line, min(at, len(line) - 1)):
        return line, at
    m = None
    for m in re.compile(r",?\s(?:and|but)\s(?=(?P<w>[\w’']+))").finditer(line, 0, at):
        pass
    if m is None or _inside_quotation(line, m.start()):
        return line, at
    head, tail = line[:m.start()], line[m.end():]
    subject = _subject(head)
    if not subject or not names_a_time(head[len(subject):]) or re.search(r"[;:–—(]", line[m.start():at]):
        return line, at
    if not (_is_verb(m.group("w").lower()) or m.group("w").lower() in ("is", "was", "were", "are", "has", "had")):
        own = _subject(tail)            # "and Lima agreed in 2018": a named subject of its own
        if own and own[:1].isupper() and tail.startswith(own) and own.split()[0].lower() not in LINE_PRONOUNS_SET \
                and own.split()[0].lower() not in ("the", "a", "an"):
            return tail, at - m.end()
        return line, at
    if names_a_time(head[len(subject):]) and _words(subject) <= 8 and head.startswith(subject):
        out = subject + " " + tail
        return out, min(len(out) - 1, at - m.end() + len(subject) + 1)
    return line, at


_REPORTING = re.compile(r"^(?:(?:Meanwhile|But|And|Still|However|Yet|Now),?\s)?"
                        r"(?:[Tt]hey|[Ww]e|[Ss]ome|[Oo]thers|[Mm]any|[Cc]ritics|[Oo]bservers|[Aa]nalysts)\s(?:also\s)?"
                        r"(?:note|noted|say|said|argue|argued|believe|believed|think|thought|point out|pointed out|"
                        r"warn|warned|fear|feared)\s(?:that\s)?")


def _reported_clause(line: str, at: int) -> tuple[str, int]:
    """ "They note that the army cleared barricades this weekend" -> "The army cleared
    barricades": an unnamed group's report of a dated happening is the happening, when
    the reported clause names its own subject."""
    m = _REPORTING.match(line)
    if not m or at < m.end() or _inside_quotation(line, at):
        return line, at
    rest = line[m.end():]
    subject = _subject(rest)
    if not subject or subject.split()[0].lower() in LINE_PRONOUNS_SET:
        return line, at
    return rest[0].upper() + rest[1:], at - m.end()


_SUBJECT_RELATIVE = re.compile(r"^(?P<np>[A-Z][^,;:“”\"]{3,140}?),\s(?:which|who)\s(?P<rel>[^,;:“”\"]{3,140}?),\s"
                               r"(?P<verb>[a-z][\w’']*)\b")


def _subject_relative(line: str, at: int) -> str | None:
    """The date in a relative clause inside the subject: "The merger of A and B, which
    became final Tuesday, will create ..." -> "The merger of A and B became final" (the
    subject has no verb of its own; the main verb follows the clause)."""
    m = _SUBJECT_RELATIVE.match(line)
    verb = m.group("verb") if m else ""
    if not m or not m.start("rel") <= at <= m.end("rel") + 1 or not (
            _is_verb(verb) or re.fullmatch(r"[a-z]{3,}(?:es|ed)", verb)):
        return None
    np, rel = m.group("np"), m.group("rel")
    lower = r"(?<![\w’'])[a-z][\w’']*"
    if any(_is_verb(w) for w in re.findall(lower, np)) or not any(
            _is_verb(w) for w in re.findall(lower, rel)):
        return None
    out = f"{np} {rel}"
    return out if _words(out) <= MAX_WORDS else None


_RELATIVE_DAY = re.compile(r"(?<![A-Z][a-z])(?<![A-Z][a-z]{2}\s)(?<![A-Z][a-z]{3}\s)(?<![A-Z][a-z]{4}\s)(?<![\w’'-])"
                           r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|[Yy]esterday|[Tt]omorrow|[Tt]onight|"
                           r"(?:[Tt]his|[Ll]ast|[Nn]ext)\s(?:week|month|year))\b")


def _problems(line: str, phrase: str, kept: bool, happening: bool = False) -> list[str]:
    problems = line_problems(line)
    bare = re.sub(r"“[^”]*”|\"[^\"]*\"", " ", line)
    if kept and phrase and is_relative(phrase) and phrase.lower() in bare.lower():
        problems.append("its relative date left")
    elif happening and _RELATIVE_DAY.search(re.sub(r"“[^”]*”|\"[^\"]*\"", " ", line)):
        problems.append("a relative day left")          # "could come as soon as Tuesday or Wednesday"
    return problems


def event_line(sentence: str, at: int, phrase: str, *, drop_date: bool, subjects: Subjects,
               sentence_start: int, previous: str, when=None, opening: bool = False) -> str:
    """The line for the mention whose date phrase ``phrase`` starts at ``at`` in
    ``sentence`` (the source sentence; ``sentence_start`` its offset in the text;
    ``when``: (precision, date, value) to write a relative phrase out; ``opening``: the
    sentence opens the article, where a dateline may stand). Several candidates are
    built, best first; the first without an editor's objection (``event_checks``) wins,
    else the one with the fewest."""
    base, at, phrase = _prepare(sentence, at, phrase, opening)
    text = subjects.text
    end = sentence_start + len(sentence)
    candidates = []
    variants = _date_variants(base, at, phrase, drop_date, when)
    reduced = (_when_clause(base, at, phrase) or in_which_line(base, at, phrase)
               or _reduced_relative(base, at, phrase)) if drop_date else None
    relative = relative_line(base, at)
    if relative:
        relative = [(_fit(*r[:2]), r[2]) for r in _date_variants(*relative, phrase, drop_date, when)]
    shaped_variants = ([(reduced, False)] if reduced else []) + (relative or []) + \
        [(_shape(line, where), kept) for line, where, kept in variants]
    for shaped, kept in shaped_variants:
        for variant in dict.fromkeys([shaped] + _shorter(shaped)):
            out = _named(variant, subjects, sentence_start, end, previous)
            problems = _problems(out, phrase, kept, drop_date)
            if not problems:
                return out
            candidates.append((_weight(problems), len(candidates), out))
    best = min(candidates) if candidates else None
    if best and best[0] > len(_problems(best[2], phrase, False, drop_date)) and variants[0][2] is False:
        # only broken lines: the sentence itself, trimmed at a clause boundary after its date
        trimmed = _cut_words(variants[0][0])
        out = _named(trimmed, subjects, sentence_start, end, previous)
        problems = _problems(out, phrase, False, drop_date)
        if len(trimmed) > variants[0][1] and not set(problems) & set(_BROKEN) \
                and not _FRAGMENT.match(out):
            best = min(best, (_weight(problems), len(candidates), out))
    return best[2] if best else finish(base)


_BROKEN = ("no verb", "says nothing", "a fragment opened by a subordinator", "a word lost", "unbalanced brackets or quotation marks")


def _weight(problems: list[str]) -> int:
    """How bad a candidate is: a broken sentence counts double (a faithful long line reads
    better than a fragment)."""
    return sum(2 if p in _BROKEN else 1 for p in problems)


def _named(line: str, subjects: Subjects, start: int, end: int, previous: str) -> str:
    """The line with its subject named and finished."""
    line = re.sub(r"^((?:[A-Z][\w’'.-]*\s){0,5}[A-Z][\w’'.-]*), (?:who|which) (?=[a-z])", r"\1 ", line.strip())
    line = _in_sentence_antecedent(line.strip(), subjects, start, end)
    line = name_titles(resolve_subject(line.strip(), subjects, start, previous, end), subjects)
    line = name_places(line, subjects, start, end)
    if re.match(r"^(?:I|We|My|Our)\b", line):
        speaker = speaker_after(subjects.text, end, subjects.cast)
        if speaker:
            line = f"{speaker} said: “{finish(line).rstrip('.')}.”"
    return finish(line)


_FULL_NAME = re.compile(r"(?<![\w’'])([A-Z][a-z]+(?:\s[A-Z]\.)?\s[A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?![\w-])")


def _in_sentence_antecedent(line: str, subjects: Subjects, start: int, end: int) -> str:
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


def _shorter(line: str) -> list[str]:
    """Shorter lines from one that may not stand: the main clause alone (up to a
    semicolon, a dash or a ", but"), without an opening fragment ("Especially in X, ")."""
    out = []
    said = re.search(r",\s(?:said|says|according to)\s(?:[A-Z][\w’'.&-]*\s?){1,4}(?:,\s[^,;“”\"]{2,80})?\.?$", line)
    if said and _words(line) > MAX_WORDS and _words(line[:said.start()]) >= 6:
        out.append(line[:said.start()])         # "..., said A B, the utility's meteorologist"
    m = re.search(r";\s|\s[–—]\s|\s--\s|,\s(?:but|while|whereas|though|although)\s", line)
    if m and _words(line[:m.start()]) >= 4:
        out.append(line[:m.start()])
    lead = re.match(r"^(?:especially|particularly|notably|even|just|only)\b[^,]{0,80},\s(?=[A-Z])", line, re.I)
    if lead:
        out.append(line[lead.end():])
    return out
