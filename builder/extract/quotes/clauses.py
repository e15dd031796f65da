"""Where reported content ends or starts when the clause around the cue says so (helpers
for the cue readers, beside ``content_spans.py``):

* "As the paper reported, <clause>": the clause after the comma;
* "After Jane Doe vowed to ..., the party ...": a cue in a subordinate clause reports up
  to the comma where the main clause starts;
* "Doe, who said the plan failed, left": a relative clause ends at the main verb.
"""
from __future__ import annotations

from ...rules import attribution as A
from ...rules import speech as R
from ...rules import speech_verbs as V
from ...rules import time_words as TW
from . import names as N
from .cues import Cue, Sentence
from .content_spans import _finite, clip, looks_like_clause, skip_object, trim_content
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
    span = end_trailer(s.toks, *span)
    if span[1] > span[0]:
        cue.right = True
        return span
    return None


def end_trailer(stoks: list[Tok], a: int, b: int) -> tuple[int, int]:
    """"said the plan would help Doe, who faces a primary in May": a non-restrictive
    relative clause about a person or a place, or a contrast with its own subject
    ("..., whereas the board ...") after a comma that runs to the end of the content is
    the writer's addition, not what was said; the content ends at that comma. A relative
    clause closed by a comma before the main verb ("the plan, which costs more, would
    fail") and a quotation after the comma stay."""
    for m in range(a + 3, b - 2):
        if stoks[m].text == ":":
            break                   # "two men: Doe, who ..., and Roe": a list
        if stoks[m].text != "," or any(t.kind == "q" for t in stoks[m + 1:b]):
            continue
        low = stoks[m + 1].low
        if low in A.TRAILER_RELATIVES and stoks[m + 1].kind == "w":
            if _end_relative(stoks, m + 1, b)[1] < b:
                continue            # the relative clause ends before the main verb
            return trim_content(stoks, a, m)
        if low in A.TRAILER_CONTRASTS and stoks[m + 1].kind == "w" \
                and _main_clause(stoks, m + 2, b) and stoks[m + 2].low != "that":
            return trim_content(stoks, a, m)
        if _comparison(stoks, m + 1, b):
            return trim_content(stoks, a, m)
    return a, b


def _comparison(stoks: list[Tok], k: int, b: int) -> bool:
    """", compared with 41 percent for Roe", ", up from 90 last year", ", well above the
    $2 analysts expected": a figure set against another after a comma, to the end of the
    content, is the writer's comparison, not what was said."""
    words = [t.low for t in stoks[k:min(b, k + 2)] if t.kind == "w"]
    if len(words) < 2 or stoks[k + 1].kind != "w" or any(t.text == "," for t in stoks[k:b]):
        return False        # ", well below forecasts, because of ...": the reason goes on
    return " ".join(words) in A.TRAILER_COMPARISONS


def _end_relative(stoks: list[Tok], a: int, b: int) -> tuple[int, int]:
    """"Doe, who said the plan failed, left": the relative clause ends at the comma the
    main clause's verb follows."""
    for m in range(a + 1, b - 1):
        if stoks[m].kind == "q":
            break
        nxt = stoks[m + 1]
        if stoks[m].text == "," and m + 2 < b and nxt.kind == "w" and not nxt.is_cap \
                and (nxt.low in A.VERB_ADVERBS or nxt.low in A.TIME_ADVERBS):
            nxt = stoks[m + 2]      # "Doe, who ..., still faces"
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
    pronoun = t.low.replace("’", "'").split("'")[0]      # "it's", "they’re"
    return (pronoun in A.SUBJECT_PRONOUNS or t.low in N.DETERMINERS or t.is_cap) \
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
    participle = cue.kind == "participle"
    if not participle and not after_sentence_part(stoks, cue):
        return None
    # a subject inside the sentence ("after Doe told X in Y that ...") reports only a
    # "that" clause, not a clause after an aside; so does a participle (", saying,
    # for the first time, that ...")
    inside = participle or any(t.kind != "p" for t in stoks[:cue.s0])
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


def rest_of_listener(s: Sentence, cue: Cue, span: tuple[int, int]) -> bool:
    """"“...,” Doe told a town hall with young leaders in Ohio", "..., she told 2,000
    people gathered at the arena": after a quotation the cue attributes, the bare words
    past the listener are more of the listener or the occasion unless they open a clause
    (a pronoun, a determiner, a name: "told reporters he would run"); so is a "that"
    opening a relative clause ("told a crowd that spilled out onto the street")."""
    k = cue.s0
    if cue.lemma != "tell" or not cue.left_subject or span[0] < cue.vj or k < 1 or not (
            s.toks[k - 1].kind == "q" or (k >= 2 and s.toks[k - 1].text in ",—"
                                          and s.toks[k - 2].kind == "q")):
        return False
    t = s.toks[span[0]]
    low = t.low.replace("’", "'").split("'")[0]
    return not (t.kind == "w" and (low in A.SUBJECT_PRONOUNS or low in N.DETERMINERS
                                   or low in A.POSSESSIVES or low in V.QUESTION_WORDS
                                   or low in ("not", "to") or (t.is_cap and not t.text.isupper()
                                                              and low not in N.PREPOSITIONS)))


def adjunct_only(s: Sentence, span: tuple[int, int]) -> bool:
    """Bare words after a verb that open with an adjunct (a preposition, a time word, an
    adverb in -ly: "aboard his plane on Monday as he ...", "Thursday with aides",
    "happily on television as returns came in") and hold no main clause after it: no
    finite verb, or only one inside a subordinate clause ("as", "when", ...). After a
    comma the clause may start afresh ("in an era of change, it needed ...")."""
    stoks = s.toks
    a, b = span
    first = stoks[a]
    if first.low in ("between", "about", "around", "over", "under", "nearly", "up"):
        return False                # an amount: "reported between $5,000 and $15,000"
    if first.kind != "w" or not (first.low in N.PREPOSITIONS or first.low in A.PLACE_ADVERBS
                                 or first.low in R.TIME_WORDS or first.low in A.TIME_ADVERBS
                                 or first.low.rstrip(".") in TW.MONTH_ABBREVIATIONS
                                 or (first.low.endswith("ly") and len(first.low) > 4)):
        return False
    k = a + 1
    comma = next((m for m in range(a + 1, b) if stoks[m].text == ","), None)
    if comma is not None:
        k = comma + 1
    for m in range(k, b):
        t = stoks[m]
        if t.kind == "q":
            return False
        if t.kind == "w" and _subordinate_start(stoks, m, b):
            return True
        if t.kind == "w" and m > a + 1 and _finite(stoks, m):
            return False
    return True


def _subordinate_start(stoks, m: int, b: int) -> bool:
    """A subordinate clause starts at ``m`` ("as he crossed", "after Doe fell ill"), not a
    preposition's object ("before the holiday") or a word set off by commas ("though,")."""
    low = stoks[m].low
    nxt = stoks[m + 1] if m + 1 < b else None
    if low not in R.SUBORDINATORS and low not in ("as", "who", "which") \
            or nxt is None or nxt.text == ",":
        return False
    if low in ("after", "before", "since", "until", "once"):
        return nxt.kind == "w" and (nxt.is_cap or nxt.low in A.SUBJECT_PRONOUNS)
    return True


def opening_clause(s: Sentence, cue: Cue, left: tuple[int, int]) -> bool:
    """"As the charges were unsealed, Doe testified before ...", "Asked about the plan,
    Doe said ...", "In June 2009, after the vote, Doe wrote ...": the words before the
    speaker open the sentence (a subordinate clause, a participle, an adjunct of time or
    place), with no quotation: what happened, not what was said. A parenthetical
    cue ("If it fails, he said, we ...") reports the sentence around it instead."""
    a, b = left
    first = s.word(a)
    if first in A.SENTENCE_COORDINATORS and a + 1 < b:
        a += 1                      # "And in Fayetteville on Wednesday, Doe said: ..."
        first = s.word(a)
    if any(t.kind == "q" for t in s.toks[a:b]):
        return False
    if first not in R.SUBORDINATORS and first != "as" and first not in A.OPENERS:
        return adjunct_only(s, (a, b))     # "In June 2009, after the vote," (no clause)
    if first in A.OPENERS:
        return first.endswith(("ed", "ing"))   # "Asked about ...": never the statement
    k = cue.s0 if cue.left_subject else cue.vi
    after = cue.vj if cue.left_subject else max(cue.vj, cue.s1)
    return b + 1 >= k and after < s.hi and s.toks[after].text != ","


# ---- participles: ", saying ...", "before adding", "is telling" ---------------------------------
