"""The colon reader: a clause about someone, then a colon and their words.

"Jane Doe reacted: “...”", "She apologized for what happened: “...”", "The senator
wrapped up his speech: “...”": the clause has no speech verb, but the colon hands the
quotation to its subject. Tried last at each token, so a speech verb before the colon
("Doe said in a statement: “...”") keeps its own cue; a sentence that already has a
speaker (an earlier cue) is left to it.

Only a person speaks this way: a name, "he"/"she", or a description of a person ("the
senator"); an organisation, a thing ("the sign read:") or a group ("the crowd chanted:")
is not read here.
"""
from __future__ import annotations

from ...rules import speakers as SP
from ...rules import speech as R
from . import names as N
from . import spans as S
from .cues import Cue, Reader, Sentence, register

MAX_CLAUSE = 16          # words between the subject and the colon at most


def _match_colon(s: Sentence, i: int):
    """The word before a colon that opens a quotation; or a word naming a statement
    before a comma and a quotation that closes the sentence ("Doe issued a statement,
    “...”")."""
    k = i + 1
    if i == 0 or k + 1 >= len(s.toks) or s.toks[k + 1].kind != "q":
        return None
    if s.toks[k].text == ",":
        if s.toks[i].low not in SP.INTRODUCING_WORDS or k + 2 < s.hi:
            return None
    elif s.toks[k].text != ":":
        return None
    return Cue(":", "colon", k, k + 1)


def _person_subject(m) -> bool:
    if m.kind == "name" or (m.kind == "group" and m.members):
        return True
    if m.kind == "pronoun":
        return m.pronoun in ("he", "she")
    return m.kind == "description" and (m.head in R.TITLE_HEADS or m.head in R.PERSON_NOUNS) \
        and (m.text or "").split()[0].lower() in ("the", "this", "that")


_NAME_LEADS = {"from", "by"}      # "More from Jones:", "A note by Jane Doe:"
LABEL_WORDS = 6          # words of a name standing right before the colon at most


def _name_before_colon(s: Sentence, colon: int):
    """"HEADLINE - Jane Doe: “...”", "More from Jones: “...”": a person's name (or two
    joined by "and") right before the colon, after a dash or "from", is who the
    quotation is from."""
    stoks = s.toks
    k = colon
    while k > 0 and colon - k < LABEL_WORDS and (
            (stoks[k - 1].kind == "w" and (stoks[k - 1].is_cap or stoks[k - 1].low == "and"))
            or (stoks[k - 1].text == "." and k >= 2 and N.initials(stoks[k - 2].text))):
        k -= 1
    if k == colon or k == 0 or not (stoks[k - 1].text in S.DASHES
                                    or stoks[k - 1].low in _NAME_LEADS):
        return None
    m = s.classify(k, colon)
    if (m.kind == "name" and (len(m.name) >= 2 or stoks[k - 1].kind == "w")) \
            or (m.kind == "group" and m.members):
        return k, colon, m
    return None


def _subject_colon(s: Sentence, cue: Cue) -> None:
    cue.valid = False
    cue.reports = False
    if s.last is not None or any(t.kind == "q" for t in s.toks[:cue.vi]):
        return
    found = _name_before_colon(s, cue.vi) or _presented(s, cue.vi) \
        or S.clause_subject(s, cue.vi)
    if found is None or not _person_subject(found[2]):
        found = _subordinate_subject(s, cue.vi) or found
    if found is None:
        return
    a, b, m = found
    if not _person_subject(m) or cue.vi - b > MAX_CLAUSE or a < s.lo \
            or any(N.strip_possessive(t.text)[1] for t in s.toks[a:b]):
        return          # "Doe's first questioners ranged from ...: “...”"
    if any(t.text in ";(" for t in s.toks[b:cue.vi]):
        return
    cue.s0, cue.s1, cue.subj = a, b, m
    cue.person_hint = True
    cue.valid = True


_HERE = {"here’s": 1, "here's": 1, "here": 2}     # "Here's Doe", "Here is Doe"
_PHRASE_LEADS = {"in", "on", "at", "from", "during", "after", "before", "with", "about"}


def _presented(s: Sentence, colon: int):
    """"Here's Jane Doe in 1992: “...”", "Here is Doe on the plan: “...”": the person a
    sentence opening with "here" presents, before a short phrase of time or topic."""
    stoks = s.toks
    lo = next((k for k, t in enumerate(stoks) if t.kind != "p"), colon)   # its first word
    skip = _HERE.get(stoks[lo].low) if lo < colon else None
    if skip is None or (skip == 2 and s.word(lo + 1) not in ("is", "was")):
        return None
    a = b = lo + skip
    while b < colon and stoks[b].kind == "w" and stoks[b].is_cap:
        b += 1
    if b == a or (b < colon and s.word(b) not in _PHRASE_LEADS):
        return None
    if any(t.kind != "w" for t in stoks[b:colon]):
        return None
    m = s.classify(a, b)
    return (a, b, m) if m.kind == "name" else None


_SUBORDINATORS = {"that", "when", "because", "after", "as", "since", "until", "once"}


def _subordinate_subject(s: Sentence, upto: int):
    """"The debate was so calm that Doe was prompted to say, “...”": the subject of the
    clause a subordinator opens before the colon, when the sentence's own is no person."""
    for k in range(upto - 1, max(s.lo, upto - MAX_CLAUSE) - 1, -1):
        t = s.toks[k]
        if t.kind == "q" or t.text == ";":
            return None
        if t.kind == "w" and t.low in _SUBORDINATORS:
            b = k + 1
            while b < upto and S._np_token(s.toks, k + 1, b):
                b += 1
            if k + 1 < b < upto and s.toks[b].kind == "w" and not s.toks[b].is_cap:
                return k + 1, b, s.classify(k + 1, b)
            return None
    return None


def _content_colon(s: Sentence, cue: Cue, cues: list[Cue]):
    return (cue.vj, s.hi) if cue.vj < s.hi else (cue.vj, cue.vj + 1)


register(Reader("colon", _match_colon, _subject_colon, _content_colon))
