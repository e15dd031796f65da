"""The speech-noun reader (a cue reader of the table in ``cues.py``): "denied his claim
that the vote was rigged", "about Doe's suggestion that the judge was biased". The
noun's possessive is the speaker; the "that" clause is what they said. Only a noun
phrase after a verb or a preposition is read (as the subject of its sentence, "His claim
that ... was false", the clause's end is the main verb's business), and only a clause
with a subject and a verb that takes more than nothing after it (not a relative clause:
"the claim that he made in May").
"""
from __future__ import annotations

from ...rules import speech as R
from ...rules import speech_nouns as SN
from ...rules import speech_verbs as V
from . import clauses as C
from . import content_spans as CS
from . import mentions as M
from . import names as N
from .cues import Cue, Reader, Sentence, register
from .text import Tok


def _match_noun(s: Sentence, i: int):
    if s.word(i) not in SN.SPEECH_NOUNS or s.word(i + 1) != "that" or _possessor(s, i) is None:
        return None     # "supporters claim that ...": the verb's
    # an act's class: its possessive does not cut short the statement of a verb around
    # it ("dismissed Doe's claim that ..." is the dismissal's topic too)
    return Cue(s.toks[i].low, "noun", i, i + 1, lemma=s.toks[i].low, cls="act")


def _possessor(s: Sentence, i: int) -> tuple[int, int] | None:
    """[a, b) of the possessive before the noun at ``i`` (past a modifier or two)."""
    k = i - 1
    while k >= 0 and i - k <= 2 and s.word(k) in SN.NOUN_MODIFIERS:
        k -= 1
    if k < 0 or s.toks[k].kind != "w":
        return None
    if s.toks[k].low in SN.POSSESSIVE_PRONOUNS:
        return k, k + 1
    if not N.strip_possessive(s.toks[k].text)[1]:
        return None
    a = k
    while a > 0 and k - a < 5 and s.toks[a - 1].kind == "w" and (
            s.toks[a - 1].is_cap or s.toks[a - 1].low in ("the", "of")):
        a -= 1
    return a, k + 1


def _subject_noun(s: Sentence, cue: Cue) -> None:
    found = _possessor(s, cue.vi)
    cue.valid = False
    if found is None:
        return
    a, b = found
    before = s.toks[a - 1] if a > 0 else None
    if before is None or before.kind != "w" or before.is_cap or before.low == "that" \
            or (before.low in V.VERB_FORMS and V.VERB_FORMS[before.low][1] == "report"):
        return          # the phrase opens a clause ("His claim that ... was false", "said
        #                 Doe's claim that ... is untrue"): its clause ends at the main verb
    low = s.toks[a].low
    if b - a == 1 and low in SN.POSSESSIVE_PRONOUNS:
        t = s.toks[a]
        subj = M.Mention("pronoun", t.text, t.start, t.end, pronoun=SN.POSSESSIVE_PRONOUNS[low],
                         gender={"his": "m", "her": "f"}.get(low))
    else:
        # the possessor without its "'s": "the President's insistence" is the President's
        last = s.toks[b - 1]
        bare = N.strip_possessive(last.text)[0]
        toks = s.toks[a:b - 1] + [Tok(bare, last.start, last.start + len(bare), last.kind)]
        subj = M.classify_np(s.text, toks, s.known_orgs, False)
    if subj.kind not in ("name", "pronoun", "org", "description"):
        return
    cue.subj, cue.s0, cue.s1, cue.valid = subj, a, b, True


def _content_noun(s: Sentence, cue: Cue, cues: list[Cue]):
    stoks = s.toks
    k = cue.vj + 1
    if k >= s.hi or not CS.looks_like_clause(stoks, k, s.hi) or _relative(s, k):
        return None
    span = C.right_content(s, cue, cues, (k, s.hi))
    if span is None:
        return None
    a, b = span
    end = next((m for m in range(a + 1, b) if stoks[m].kind == "p"
                and stoks[m].text in (",", ";", "—", "–", "-", "(")), b)
    return CS.trim_content(stoks, a, end)   # a noun's clause is short: up to a comma or dash


def _relative(s: Sentence, k: int) -> bool:
    """"the claim that he made in May": the clause's verb takes nothing after it."""
    for m in range(k + 1, min(s.hi, k + 6)):
        if s.toks[m].kind == "w" and CS._finite(s.toks, m):
            nxt = s.toks[m + 1] if m + 1 < s.hi else None
            if nxt is None or nxt.kind == "p":
                return True
            if nxt.low in N.PREPOSITIONS and nxt.low != "to" or nxt.low in R.TIME_WORDS:
                return True
            return False
    return False


register(Reader("noun", _match_noun, _subject_noun, _content_noun), before="verb")
