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


_LONG_ADJUNCT = 30


def after_adjuncts(s: Sentence, cue: Cue) -> tuple[tuple[int, int], str] | None:
    """What a report verb says after adjuncts the plain reading stops at: "said on NBC's
    ''Meet the Press'' on Sunday that ...", "said, per a translator, that ...", "said
    Thursday during a taping in Buffalo, New York, that ...", "says, win or lose, he's
    staying": a "that" after a comma or an adjunct's last word, or a clause after an
    aside between commas; no other cue, no quotation but a title, before it."""
    from .entries import _title_case
    stoks, hi = s.toks, s.hi
    k = cue.vj
    if k >= hi or not (stoks[k].text == "," or stoks[k].low in R.ADJUNCT_STARTERS
                       or stoks[k].low in R.TIME_WORDS):
        return None
    if not after_sentence_part(stoks, cue):
        return None
    # a subject inside the sentence ("after Doe told X in Y that ...") reports only a
    # "that" clause, not a clause after an aside
    inside = any(t.kind != "p" for t in stoks[:cue.s0])
    for m in range(k, min(hi - 1, k + _LONG_ADJUNCT)):
        t = stoks[m]
        if t.kind == "q":
            words = t.text.strip("“”\"‘’' ,.").split()
            if not (0 < len(words) <= 6 and _title_case(words)):
                return None
            continue
        if t.kind == "p" and t.text in ";:.!?()":
            return None
        if t.kind == "w" and m > k and (t.low in V.VERB_FORMS or t.low in A.CLAUSE_BREAKS):
            return None
        if t.low == "that" and m > k and (stoks[m - 1].text == "," or stoks[m - 1].kind == "q"
                                          or _adjunct_word(stoks[m - 1])
                                          or (m - k <= 8 and stoks[k].low in _PLACE_PREPS)):
            return ((m + 1, hi), "that") if looks_like_clause(stoks, m + 1, hi) else None
        if t.text == "," and m > k + 1 and stoks[k].text == "," and not inside \
                and _opens_clause(stoks[m + 1]) \
                and looks_like_clause(stoks, m + 1, hi):
            return (m + 1, hi), "bare"           # "says, win or lose, he's staying"
    return None


def _adjunct_word(t: Tok) -> bool:
    return t.kind == "w" and (t.is_cap or t.text[:1].isdigit() or t.low in R.TIME_WORDS
                              or t.low in R.DOCUMENT_WORDS or t.low in R.MEDIA_NOUNS
                              or t.low in A.PERIOD_UNITS or t.low.endswith("ly"))


_PLACE_PREPS = {"in", "on", "at", "during", "through", "via"}   # "wrote in his memoir that"


def _opens_clause(t: Tok) -> bool:
    low = t.low.replace("’", "'").split("'")[0]
    return t.kind == "w" and (low in A.SUBJECT_PRONOUNS or low in N.DETERMINERS
                              or low in A.POSSESSIVES)


def after_sentence_part(stoks: list[Tok], cue: Cue) -> bool:
    """The cue's subject does not follow a comma or a quotation: the cue does not
    attribute the words before it ("The ties cannot be broken, Xi told his counterpart,
    in a signal that ...": the statement is before, the "that" is the signal's)."""
    return 0 <= cue.s0 < len(stoks) and (cue.s0 == 0 or not (
        stoks[cue.s0 - 1].text in (",", "—", "–") or stoks[cue.s0 - 1].kind == "q"))
