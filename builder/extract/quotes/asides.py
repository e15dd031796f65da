"""Subjects and contents a cue reader finds past what stands between them and the verb:
comma-separated asides ("“...,” Jane Doe, 67, a retired nurse in Allentown, Pa.,
said"), a parenthesis after a name ("Rep. Jane Doe (D-Ohio) reacted ..., saying"), a
short adjunct before a quotation ("said at a news conference, “...”"). Used by
``readers.py`` when its own readings find nothing.
"""
from __future__ import annotations

from ...rules import speech as R
from . import mentions as M
from . import names as N
from .cues import Cue, Sentence
from .scan import appositive_role


_OPENERS = {"but", "and", "so", "yet", "still", "now", "then", "meanwhile"}


def _after_preposition(stoks, a: int) -> bool:
    return a > 0 and stoks[a - 1].low in ("from", "of", "in", "at", "by", "to", "near")


MAX_ASIDES = 7           # comma-separated asides between a name and its verb at most


def name_before_asides(s: Sentence, comma: int, cue: Cue) -> M.Mention:
    """"“...,” Jane Doe, 67, a retired nurse in Allentown, Pa., said" / "Last week, Jane
    Doe (D-Ohio), editor of X, an old paper, wrote": the name that opens the clause
    (after its quotation, or after one opening phrase of the sentence), then asides."""
    stoks = s.toks
    cuts = [comma]
    c = comma - 1
    while c >= s.lo and comma - c < 48 and len(cuts) <= MAX_ASIDES:
        t = stoks[c]
        if t.kind == "q" and _term_in_aside(s, c):
            c -= 1          # "wearing “Roe 2016” pins": a name in quote marks
            continue
        if t.kind == "q" or (t.kind == "p" and t.text in ";:"):
            break
        if t.text == ",":
            cuts.append(c)
        c -= 1
    else:
        if c >= s.lo:
            return M.Mention("none")      # too far back: not one clause
    after_quote = c >= s.lo and stoks[c].kind == "q"
    if c >= s.lo and not after_quote:
        return M.Mention("none")
    starts = [c + 1] + [x + 1 for x in reversed(cuts[1:])]
    ends = list(reversed(cuts))
    for n, (a, b) in enumerate(zip(starts, ends)):
        if n > (0 if after_quote else 1) or b - a > 9:
            break
        if stoks[a].low in _OPENERS and a + 1 < b:
            a += 1          # "But Jane Doe, ..., argues"
        if not stoks[a].is_cap or stoks[a].low in N.PREPOSITIONS:
            continue        # "at a firm called X Y": not the subject
        m = s.classify(a, b)
        if m.kind == "name" and not _after_preposition(stoks, a) and (
                len(m.name) >= 2 or m.honorific or m.role or after_quote):
            cue.s0, cue.s1 = a, b
            cue.appos = appositive_role(s.text, stoks, b)
            return m
    return M.Mention("none")


TERM_WORDS = 4           # words of a name or term in quote marks inside an aside at most


def _term_in_aside(s: Sentence, c: int) -> bool:
    """The quotation at ``c`` is a short term between words of the aside ("and “Roe
    2016” pins"), not the quotation the subject follows."""
    stoks = s.toks
    if c - 1 < s.lo or c + 1 >= len(stoks) or stoks[c - 1].kind != "w" \
            or stoks[c + 1].kind != "w":
        return False
    t = stoks[c]
    return len(s.text[t.start:t.end].split()) <= TERM_WORDS


def name_then_parenthesis(s: Sentence, upto: int):
    """"Rep. Jane Doe (D-Ohio) reacted to the news, saying": a name opening the sentence
    (or its clause after an opening phrase), a parenthesis, then a verb."""
    stoks = s.toks
    starts = [0] + [m + 1 for m in range(min(upto, 12)) if stoks[m].text == ","][:1]
    for a in starts:
        p = next((x for x in range(a, min(upto, a + 8)) if stoks[x].text in ",(;"), None)
        if p is None or stoks[p].text != "(" or p == a:
            continue
        q = next((x for x in range(p + 1, min(upto, p + 10)) if stoks[x].text == ")"), None)
        if q is None or q + 1 >= upto or stoks[q + 1].kind != "w" or stoks[q + 1].is_cap:
            continue
        m = s.classify(a, p)
        if m.kind == "name":
            return a, p, m
    return None


def quote_after_adjunct(s: Sentence, cue: Cue):
    """"said at a news conference, “...”": the quotation after a short adjunct."""
    k = cue.vj
    if not cue.left_subject or k >= s.hi or s.word(k) not in R.ADJUNCT_STARTERS:
        return None
    for m in range(k + 1, min(s.hi, k + 10)):
        t = s.toks[m]
        if t.kind == "q":
            return ((m, s.hi), "quote") if s.toks[m - 1].text == "," else None
        if t.kind == "p" and t.text not in ",.-":
            return None
    return None
