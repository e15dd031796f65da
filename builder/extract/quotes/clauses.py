"""Where reported content ends or starts when the clause around the cue says so (helpers
for the cue readers, beside ``spans.py``):

* "As the paper reported, <clause>": the clause after the comma;
* "After Jane Doe vowed to ..., the party ...": a cue in a subordinate clause reports up
  to the comma where the main clause starts;
* "Doe, who said the plan failed, left": a relative clause ends at the main verb.
"""
from __future__ import annotations

from ...rules import attribution as A
from ...rules import speech as R
from ...rules import speech_verbs as V
from . import names as N
from .cues import Cue, Sentence
from .spans import _finite, clip, looks_like_clause, skip_object, trim_content
from .text import Tok


def as_content(s: Sentence, cue: Cue) -> tuple[int, int] | None:
    """"As the paper reported, the deal fell through": the clause after the comma is
    what the cue reports ("As X said," opening the sentence, a report verb)."""
    stoks, hi = s.toks, s.hi
    if not cue.left_subject or cue.cls != "report" or cue.s0 < 1 \
            or stoks[cue.s0 - 1].low != "as" \
            or any(t.kind != "p" and t.low not in A.SENTENCE_COORDINATORS
                   for t in stoks[:cue.s0 - 1]) \
            or sum(t.kind == "w" for t in stoks[:cue.s0 - 1]) > 1:
        return None     # "As the paper reported,", "But as Doe noted,"
    k = cue.vj
    if cue.lemma in V.OBJECT_LEMMAS:
        k = skip_object(stoks, k, hi)
    k = _skip_occasion(stoks, k, hi)        # "as Doe pointed out in a column,"
    if k + 1 >= hi or stoks[k].text != ",":
        return None
    a, b = trim_content(stoks, k + 1, hi)
    for m in range(a, b):
        if stoks[m].kind == "p" and stoks[m].text == ";":
            b = m
            break
    return (a, b) if b > a and looks_like_clause(stoks, a, b) else None


def _skip_occasion(stoks: list[Tok], k: int, hi: int) -> int:
    """After the verb of "as X noted": a short adjunct opened by a preposition up to the
    comma ("in a column on his website"), else ``k``."""
    if k >= hi or stoks[k].low not in ("in", "on", "at", "during"):
        return k
    for m in range(k + 1, min(hi, k + 10)):
        if stoks[m].kind != "w":
            return m if stoks[m].text == "," else k
    return k


def end_subordinate(s: Sentence, cue: Cue, content: tuple[int, int]) -> tuple[int, int]:
    """"After Jane Doe said the plan failed, the board ...": a cue in a clause opened by a
    subordinating word reports up to that clause's comma, not the main clause after it."""
    a, b = content
    stoks = s.toks
    if cue.left_subject and 1 <= cue.s0 < len(stoks) and stoks[cue.s0].low in ("who", "which") \
            and stoks[cue.s0 - 1].text == ",":
        return _end_relative(stoks, a, b)
    if not cue.left_subject or cue.s0 < 1 or stoks[cue.s0 - 1].low not in R.SUBORDINATORS:
        return content
    for m in range(a, b):
        if stoks[m].kind == "q":
            return content          # a quotation runs on: leave it whole
        if stoks[m].kind == "p" and stoks[m].text == "," and m > a and m + 1 < b \
                and _main_clause(stoks, m + 1, b):
            return trim_content(stoks, a, m)
    return content


def right_content(s: Sentence, cue: Cue, cues: list[Cue], span: tuple[int, int]
                  ) -> tuple[int, int] | None:
    """What a cue reports on its right, ``span`` trimmed: clipped at the next cue, the
    trailing punctuation and asides gone, ended with its subordinate clause; None when
    nothing is left. A cue that keeps it reads rightwards (``cue.right``)."""
    span = trim_content(s.toks, *clip(span, s.toks, cue, cues))
    span = end_subordinate(s, cue, span)
    if span[1] > span[0]:
        cue.right = True
        return span
    return None


def _end_relative(stoks: list[Tok], a: int, b: int) -> tuple[int, int]:
    """"Doe, who said the plan failed, left": the relative clause ends at the comma the
    main clause's verb follows."""
    for m in range(a + 1, b - 1):
        if stoks[m].kind == "q":
            break
        nxt = stoks[m + 1]
        if stoks[m].text == "," and nxt.kind == "w" and not nxt.is_cap and (
                nxt.low in A.FINITE_WORDS or nxt.low in A.IRREGULAR_PAST or _finite(stoks, m + 1)
                or nxt.low.endswith("ed") or nxt.low in V.VERB_FORMS):
            return trim_content(stoks, a, m)
    return a, b


def _main_clause(stoks: list[Tok], k: int, b: int) -> bool:
    """A clause with its own subject starts at ``k`` ("the party did ..."), not an
    appositive or a coordinated phrase (", or ISIS, has used ...")."""
    t = stoks[k]
    if t.kind != "w" or t.low in A.CLAUSE_JOINERS or t.low in ("or", "nor"):
        return False
    return (t.low in A.SUBJECT_PRONOUNS or t.low in N.DETERMINERS or t.is_cap) \
        and looks_like_clause(stoks, k, b)
