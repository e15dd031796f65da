"""Which part of a sentence an event line is made of, before it is cut to length.

``shape`` reads a schedule note ("Lakers: Visit the Thunder" -> "Lakers visit the
Thunder"), puts a quotation opening the sentence after its speaker ("X said: “...”"),
keeps of two sentences joined by ";" or a dash, or of two clauses joined by "and"/"but",
the one with the date when the other names a time of its own, takes an unnamed group's
report of a happening as the happening ("They note that the army cleared ..."), and then
builds the line from a participle opener, a relative clause inside the subject, or the
clauses around the date (``event_trim.fit``).
"""
from __future__ import annotations

import re

from ..rules.event_words import LINE_PRONOUNS as LINE_PRONOUNS_SET, OTHER_TIME_NAMES
from ..rules.time_words import SCHEDULE_VERBS_PRESENT
from .clauses import is_verb_word as _is_verb, quote_first as _quote_first, subject_of as _subject
from .event_checks import MAX_WORDS
from .event_participles import participle_opener as _participle_opener
from .event_phrases import inside_quotation as _inside_quotation, names_a_time
from .event_trim import fit as _fit


def _words(text: str) -> int:
    return len(text.split())


_LABELLED = re.compile(r"^(?P<who>[A-Z][\w’'.-]*(?:\s[A-Z][\w’'.-]*){0,3}):\s(?P<verb>[A-Z][a-z]+)\b(?P<rest>[^:]*)$")


def _labelled(line: str, at: int) -> tuple[str, int]:
    """ "Lakers: Visit the Thunder" (a schedule note: a name, a colon, a verb) -> "Lakers
    visit the Thunder"."""
    m = _LABELLED.match(line)
    if not m or m.group("verb").lower() not in SCHEDULE_VERBS_PRESENT:
        return line, at
    out = f"{m.group('who')} {m.group('verb').lower()}{m.group('rest')}"
    return out, max(0, at - 1)


def shape(line: str, at: int) -> str:
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


_MAIN_AFTER = re.compile(r",\s(?P<np>(?:The\s)?(?:[A-Z][\w’'.&-]*\s){0,3}[A-Z][\w’'.&-]*)\s"
                         r"(?P<verb>[a-z][\w’']*)\b")


def opening_when(line: str, at: int, phrase: str) -> str | None:
    """ "Since 1989, when it crushed the protests, Beijing has ..." -> "Beijing crushed the
    protests": a "when" clause in the sentence's opening adjunct whose pronoun is the main
    clause's named subject, the clause ending where that subject comes; None otherwise."""
    if line[at:at + len(phrase)] != phrase or not re.fullmatch(r"(?:[A-Z][a-z]+\s)?", line[:at]):
        return None
    when = re.match(r",\swhen\s(?P<pronoun>it|he|she|they)\s", line[at + len(phrase):])
    if not when:
        return None
    start = at + len(phrase) + when.end()
    for m in _MAIN_AFTER.finditer(line, start):
        if _is_verb(m.group("verb")) and m.group("np").split()[0] not in OTHER_TIME_NAMES:
            body = line[start:m.start()].strip().rstrip(",")
            out = f"{m.group('np')} {body}"
            return out if _words(out) <= MAX_WORDS and _words(body) >= 2 else None
    return None
