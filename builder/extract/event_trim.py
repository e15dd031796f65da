"""Cutting a sentence down to the clause that holds its date, at clause boundaries.

``fit`` is the last of the line builder's shapes: a subordinate clause holding the date
("came after Petrov and Marsh held their first meeting on May 3" -> "Petrov and Marsh
held their first meeting"), else the sentence without a side clause of another
happening (", while the Kremlin said ..."), without asides that do not hold the date
(brackets, dashes, ", which ...,", ", the X," after a name), then the window of clauses
around the date that fits ``MAX_WORDS``; a verb phrase without a subject of its own
borrows the sentence's. ``shorter`` gives the main clause alone of a line that may not
stand. Never an ellipsis: what is cut is cut at a clause boundary.
"""
from __future__ import annotations

import re

from ..rules.event_words import COMPLEMENT_VERBS, OTHER_TIME_NAMES
from .clauses import SUBORDINATORS as _SUBORDINATORS, clause_end, is_verb_word as _is_verb, main_start, \
    subject_of as _subject, thing_subject
from .event_checks import MAX_WORDS
from .event_people import gender_of_given
from .event_phrases import cut_words as _cut_words, inside_quotation as _inside_quotation


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
        span = (m.start(), m.end())
        if re.match(r",\s(?:which|who)\s", m.group(0)):
            span = _relative_aside_end(line, m.start(), m.end())
            if span is None:
                continue                    # where the aside ends is not clear: kept
        if not span[0] <= keep_at < span[1]:
            spans.append(span)
    return spans


def _relative_aside_end(line: str, start: int, end: int) -> tuple[int, int] | None:
    """ ", which offered $9 (or $3 a share), or C$37 a share, said ...": a relative aside
    goes on past a comma that "or"/"and" follows (a coordination inside it), up to the
    next comma."""
    for _ in range(4):
        if not re.match(r"\s(?:or|and)\s(?![a-z]+(?:ed|s)\b)", line[end:]):
            return start, end
        more = re.compile(r",(?=\s)").search(line, end)
        if more is None or re.search(r"[;“”\"]", line[end:more.start()]):
            return None
        end = more.end()
    return None


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


def _antecedent(left: str, limit: int = 4) -> str | None:
    """The noun phrase right before ", which": "to diversify bilateral trade, which" ->
    "bilateral trade" (at most ``limit`` words); an "-ing" word after a form of "be" or a
    preposition is a verb's, not the noun phrase's ("are developing new phones, which"
    -> "new phones")."""
    words = left.rstrip(" ,").split()
    out: list[str] = []
    for k in range(len(words) - 1, max(-1, len(words) - 1 - limit), -1):
        w, low = words[k], words[k].lower()
        if _is_verb(low) or low in _SUBORDINATORS or low.endswith(("ize", "ify", "ate")):
            break
        if out and _VERB_ING.fullmatch(w) and k > 0 and words[k - 1].lower() in _BE_OR_PREPOSITION:
            break                       # "are developing new phones", "on backing Costa": a verb's -ing
        out.insert(0, w)
        if low in ("the", "a", "an", "its", "their", "his", "her"):
            break
    return " ".join(out) if out else None


_VERB_ING = re.compile(r"[a-z][a-z-]*ing")
_BE_OR_PREPOSITION = frozenset("is are was were be been am being on of about for by in at with from to "
                               "into after before without".split())


def _has_subject(clause: str) -> bool:
    """Does the clause name its own subject ("their militaries carried out", "in the most
    recent show of solidarity, their militaries carried out")?"""
    clause = re.sub(r",\s(?:who|which)\b[^,;]{1,120},(?=\s)", "", clause)   # "Reyes, who's third, was"
    if _subject(clause):
        return True
    head = clause.split(", ", 1)
    return len(head) == 2 and _words(head[0]) <= 12 and _subject(head[1]) is not None


_SUBORDINATE = re.compile(r"(?<![\w’'])(?:after|before|since|when|because|while|once|until|as|"
                          r"(?<![^\n])(?:After|Before|Since|When|Because|While|Once|As))\s+"
                          r"(?=[A-Z]|(?:the|a|an|he|she|they|it|his|her|their|its|we|i)\s)")
# "since takeover speculators surfaced", "after local police said": a subordinator before a
# bare noun phrase, which opens a clause only when that clause names its own subject
_SUBORDINATE_BARE = re.compile(r"(?<![\w’'])(?:after|before|since|when|because|while|once|until)\s+"
                               r"(?=[a-z][\w’'-]*\s)")


def _subordinate(line: str, at: int) -> tuple[int, int] | None:
    """The clause a subordinator opens, when it holds the date: "came after Petrov and
    Marsh held their first meeting, in Geneva on May 3" -> "Petrov and Marsh held ...";
    "since Russia launched its assault a year ago" -> "Russia launched its assault"."""
    best = None
    openers = sorted(list(_SUBORDINATE.finditer(line, 0, at)) + [m for m in _SUBORDINATE_BARE.finditer(line, 0, at)
                                                                 if _bare_clause(line[m.end():at])],
                     key=lambda m: m.start())
    for m in openers:
        stretch = line[m.end():at]
        if re.search(r";|\s[–—]\s|[“”\"]", stretch) or _inside_quotation(line, m.start()) != _inside_quotation(line, at):
            continue                    # "“... because his name is dragged,” an insider said on Monday"
        if any(_is_verb(w) for w in re.findall(r"[a-z’']+", stretch)):
            best = m
    if best is None:
        return None
    end = _ANY_COMMA.search(line, at)
    own = clause_end(line, best.end(), at)
    if own <= at:                       # "after police said they believe the IRA was behind ... last
        own = clause_end(line, at)      # week": the date is in the reported clause, which goes on
    if re.search(r"(?<![\w’'])that\s", line[at:own]):
        own = len(line)                 # "after news broke on Monday that the firms had agreed": the
                                        # reported clause goes on to the comma
    end = min(end.start() if end else len(line), own)
    if re.search(r"\b(?:them|him)\b|(?<!^)\bit\b", line[best.end():end]):
        return None                     # "since Bush carried it in 2000": "it" is in the main clause
    return best.end(), end


def _bare_clause(stretch: str) -> bool:
    """Does the stretch after a subordinator open on a bare noun phrase that is the
    subject of its verb ("takeover speculators surfaced", "local police said"), not on a
    verb or a participle ("after signing the deal") or a noun phrase with no verb of its own
    ("after months of talks")?"""
    first = re.match(r"[a-z][\w’'-]*", stretch)
    if not first or _is_verb(first.group(0)) or first.group(0).endswith("ing") \
            or first.group(0) in _SUBORDINATORS or first.group(0) in _PREPOSITIONS:
        return False
    subject = _subject(re.sub(r"\s(?:--|[–—])\s.*?\s(?:--|[–—])\s", " ", stretch))   # an aside between dashes
    if not subject or _words(subject) > 4:
        return False
    # a noun phrase: no preposition, no "to", no adverb or participle ("initially saying",
    # "expected to")
    return not any(w.lower() in _PREPOSITIONS or w.lower() in ("be", "not") or re.search(r"(?:ly|ing|ed)$", w)
                   for w in subject.split())


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


_RELATIVE = re.compile(r",\s(?:which|who)\s+(?=[a-z])")
_AUXILIARY = frozenset({"is", "are", "was", "were", "has", "have", "had", "will", "would", "could",
                        "can", "may", "might", "should", "must"})


def relative_holding_date(line: str, at: int) -> str | None:
    """ "placed on the ministry's most wanted list, which began in 1950" -> "The
    ministry's most wanted list began in 1950": a relative clause whose pronoun is its subject, holding the
    date (and no clause break before it), with its antecedent as the subject. None when
    the relative pronoun is an object ("the unit, which it bought in 2009") or the
    antecedent is not a plain noun phrase."""
    found = None
    for m in _RELATIVE.finditer(line, 0, at):
        found = m
    if found is None or re.search(r"[,;“”\"]|\s[–—]\s", line[found.end():at]) \
            or _inside_quotation(line, found.start()) or _inside_quotation(line, at):
        return None
    first = re.match(r"[a-z’']+", line[found.end():])
    if first is None or not (_is_verb(first.group(0)) or first.group(0) in _AUXILIARY):
        return None
    np = _np_before(line[:found.start()])
    while np and np.split()[0] in _PREPOSITIONS and " " in np:
        np = np.split(" ", 1)[1]            # "released through Big Machine, which"
    if not np or (_words(np) < 2 and not np[:1].isupper()) or re.match(r"[$€£\d]", np) \
            or re.search(r"(?i)\b(?:last|next|this)\s+(?:year|month|week)\b", np):
        return None                         # "it, which", "$154 million last year, which": no agent
    end = _ANY_COMMA.search(line, at)
    clause = line[found.end():end.start() if end else len(line)].strip().rstrip(",;: .")
    return f"{np[:1].upper()}{np[1:]} {clause}."


_PREPOSITIONS = frozenset({"through", "via", "with", "without", "into", "onto", "across", "against",
                           "among", "between", "toward", "towards", "upon", "within", "about",
                           "around", "behind", "beyond", "near", "of", "off", "like", "unlike",
                           "in", "on", "at", "for", "from", "by", "to", "over", "under"})
_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "this", "that", "these",
                          "those", "our"})


def _np_before(left: str) -> str | None:
    """The noun phrase ending ``left``: from the nearest determiner within six words
    ("the ministry's most wanted list"), else the words back to a verb or a preposition."""
    words = left.rstrip(" ,").split()[-8:]
    for i in range(len(words) - 1, -1, -1):
        low = words[i].lower()
        if low in _DETERMINERS:
            inner = words[i + 1:]
            if any(w.lower() in _SUBORDINATORS and not _joins_names(inner, k) for k, w in enumerate(inner)):
                break                       # "the plan for the town": not one noun phrase
            return " ".join(words[i:])
    return _antecedent(left)


def _joins_names(words: list[str], k: int) -> bool:
    """ "San Bernardino and Paris": an "and" between two capitalised words."""
    return words[k] in ("and", "&") and 0 < k < len(words) - 1 \
        and words[k - 1][:1].isupper() and words[k + 1][:1].isupper()


def fit(line: str, at: int) -> str:
    """Cut the line to about MAX_WORDS around offset ``at`` at clause boundaries."""
    relative = relative_holding_date(line, at)
    if relative is not None and _words(relative) >= 4:
        return relative
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
        if FRAGMENT.match(core) and lo > 0:
            # "Including one that ...", "Shortly after news broke ...": not a sentence alone
            prev = max((m.end() for m in splitter.finditer(line, 0, max(0, lo - 2))), default=0)
            wider = _with_subject(line, prev, hi)
            if _words(wider) <= MAX_WORDS + 5:
                core = wider
        if _words(core) <= MAX_WORDS and not FRAGMENT.match(core):
            return core
    return _cut_words(core)


FRAGMENT = re.compile(r"^(?:including|which|shortly|since|that|while|whereas|although|because|"
                       r"as|after|before|when|who|whose|where)\b", re.I)


def _drop_side_clauses(line: str, at: int) -> str:
    """ ", while the Kremlin said ..." after the dated clause: another happening."""
    m = re.search(r",\s(?:while|whereas|but|and\s(?=[A-Z]\w+\s\w+|(?:he|she|they|it|we)\s))[^;]*$", line[at:])
    head = line[:at + m.start()] if m else ""
    if m and _words(line) > 15 and any(_is_verb(w) for w in re.findall(r"(?<![\w’'])[a-z][\w’']*", head)) \
            and _inside_quotation(line, at + m.start()) == _inside_quotation(line, min(at, len(line) - 1)):
        return head                     # never "X, a former envoy, | and Y, an aide, testified", nor a
    return line                         # quotation cut when the date is outside it


def shorter(line: str) -> list[str]:
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


# where a line too long may end, the rest being another clause: a dash aside, a trailing
# subordinate clause, a relative clause after a noun, a second verb phrase with its auxiliary
_TAIL_CUTS = (
    re.compile(r"\s[-–—]\s"),
    re.compile(r",?\s(?:because|while|although|though|unless|whereas)\s"
               r"(?=(?:the|a|an|he|she|it|they|we|its|their|his|her)\s|[A-Z])"),
    re.compile(r",?\sas\s(?=(?:the|a|an|its|their|his|her)\s[a-z]+(?:\s[a-z]+)?\s(?:is|are|was|were|has|have|had|"
               r"[a-z]+s|[a-z]+ed)\s)"),
    re.compile(r"(?<=[a-z])\s(?:that|which|who)\s(?=[a-z]+(?:ed|s)\b)"),
    re.compile(r",?\s(?:and|but)\s(?=(?:was|were|is|are|has|have|had|will|would)\s[a-z]+ing\b)"),
)


def tail_cuts(line: str, base: str, date_end: int) -> list[str]:
    """A line over ``MAX_WORDS`` cut where another clause begins after its date ("...
    surrounded the Statehouse in a protest | that closed half the districts"), longest
    first; never where the date's own clause is cut (the part cut off must stand after the
    date, offset ``date_end``, in the sentence ``base``)."""
    if _words(line) <= MAX_WORDS:
        return []
    out = []
    for cut in _TAIL_CUTS:
        for m in cut.finditer(line):
            head, tail = line[:m.start()].rstrip(" ,"), line[m.end():]
            prev = (re.findall(r"[\w’']+", head) or [""])[-1].lower()
            if not 12 <= _words(head) <= MAX_WORDS or (m.group(0).strip() in ("that", "which", "who") and (
                    _is_verb(prev) or prev in COMPLEMENT_VERBS)):
                continue
            k = base.find(tail[:40])
            if k >= date_end and not _inside_quotation(line, m.start()):
                out.append(head)
    return sorted(set(out), key=len, reverse=True)
