"""Two cue readers of the table in ``cues.py`` for quotations signed by a name rather than
introduced by a verb: a label ("Rep. Jane Doe (D-Ohio): “...”", a transcript's speaker)
and a dash signature ("“...” — Jane Doe, a voter in Ohio"). Registered just before the
"remark" reader (after the participles), as they were tried when they lived in
``readers.py``.
"""
from __future__ import annotations

from ...rules import speech as R
from ...rules import speech_verbs as V
from . import spans as S
from .cues import Cue, Reader, Sentence, register
from .scan import appositive_role


# ---- labels: "Rep. Jane Doe (D-Ohio): “...”", "“...” — Jane Doe" -------------------------------

def _match_label(s: Sentence, i: int):
    """A name at the start of a sentence, then a colon and a quotation."""
    if any(t.kind != "p" for t in s.toks[:i]):
        return None
    for c in range(i + 1, min(len(s.toks) - 1, i + 14)):
        t = s.toks[c]
        if t.kind == "p" and t.text == ":":
            if s.toks[c + 1].kind == "q" and _label_name(s, i, c) is not None:
                return Cue(":", "label", c, c + 1)
            return None
        if t.kind == "q":
            return None
    return None


def _label_name(s: Sentence, a: int, b: int):
    """A person's name of two words or more (or with a title) in [a, b), parenthesis
    ("(R-S.C.)") left out."""
    m = s.classify(a, b)
    if m.kind == "name" and (len(m.name) >= 2 or m.role or m.honorific or (
            b - a == 1 and s.toks[a].low not in R.NOT_NAME_WORDS)):
        return m
    return None


def _subject_label(s: Sentence, cue: Cue) -> None:
    first = next(k for k, t in enumerate(s.toks) if t.kind != "p")
    cue.s0, cue.s1 = first, cue.vi
    cue.subj = _label_name(s, first, cue.vi)
    cue.valid = cue.subj is not None
    cue.reports = False
    cue.person_hint = True      # a transcript's speaker is a person


def _content_label(s: Sentence, cue: Cue, cues: list[Cue]):
    return (cue.vj, s.hi) if cue.vj < s.hi else None


def _match_dash(s: Sentence, i: int):
    """“...” — Jane Doe, a voter in Ohio: a quotation signed by a name after a dash."""
    if i < 2 or s.toks[i - 1].text not in S.DASHES or s.toks[i - 2].kind != "q" \
            or not s.toks[i].is_cap:
        return None
    if any(t.kind == "q" or t.low in V.VERB_FORMS for t in s.toks[i:]):
        return None
    return Cue(s.toks[i - 1].text, "dash", i, i)


def _subject_dash(s: Sentence, cue: Cue) -> None:
    b = cue.vi
    while b < s.hi and s.toks[b].text not in (",", "(", ";") and b - cue.vi < 8:
        b += 1
    m = s.classify(cue.vi, b)
    cue.left_subject = False
    cue.s0, cue.s1, cue.subj = cue.vi, b, m
    cue.valid = m.kind == "name" or (m.kind == "description" and b - cue.vi <= 4)
    cue.reports = False
    if cue.valid and m.kind == "name":
        cue.appos = appositive_role(s.text, s.toks, b)


def _content_dash(s: Sentence, cue: Cue, cues: list[Cue]):
    q = cue.vi - 2
    return q, q + 1


register(Reader("label", _match_label, _subject_label, _content_label), before="remark")
register(Reader("dash", _match_dash, _subject_dash, _content_dash), before="remark")
