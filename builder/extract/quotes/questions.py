"""Questions put to someone: "Asked whether the plan failed, Doe said ...", "“...,” Doe
said when asked if he would run", "Asked by Jane Roe why ...". A cue reader of the table
in ``cues.py`` (tried before the speech verbs, which would read "Asked" as a verb without
a subject). The question is reported speech of whoever asked it: the person named after
"by", else an unnamed asker (no speaker, as for "officials said"). Only a question clause
(whether, if, why, how, what, ...) or, after "by X", an infinitive ("asked by X to
respond") is one; "asked about the plan" names a topic and is left out.

The asker is never the speaker of the sentence's other cues: the cue is not ``s.last``
(no ", saying ..." after it), moves no subject bound, and speaks for no one's quotation.
"""
from __future__ import annotations

from ...rules import attribution as A
from ...rules import speech as R
from ...rules import speech_verbs as V
from . import mentions as M
from .cues import Cue, Reader, Sentence, register
from .content_spans import trim_content

_MAX_ADJUNCT = 8


def _match_question(s: Sentence, i: int):
    """"asked" opening the sentence, after a comma, or after "when"/"after" ("Asked on
    Monday whether ...", "when asked by a reporter if ..."): the cue, else None."""
    if s.word(i) != "asked":
        return None
    before = [t for t in s.toks[:i] if t.kind != "p"]
    prev = s.toks[i - 1] if i > 0 else None
    if not (not before or (prev is not None and prev.text == ",")
            or s.word(i - 1) in A.QUESTION_LEADS):
        return None
    if before and prev is not None and prev.text == "," and _listener_after(s, i + 1):
        return None     # "Jane Roe, an editor, asked Doe if ...": the verb, with its subject
    if _question_start(s, i + 1) is None:
        return None
    return Cue("asked", "question", i, i + 1, lemma="ask", cls="report")


def _listener_after(s: Sentence, k: int) -> bool:
    """The word after "asked" is the person asked ("asked Doe if", "asked him whether",
    "asked the mayor why"): "asked" is an active verb, not a question put to the subject."""
    if k >= s.hi or s.toks[k].kind != "w":
        return False
    t = s.toks[k]
    return (t.is_cap and t.low not in R.TIME_WORDS) or t.low in ("him", "her", "them", "me", "us") \
        or t.low in ("the", "a", "an", "his", "their", "its")


def _question_start(s: Sentence, k: int) -> tuple[int, int, int] | None:
    """(question start, agent start, agent end) after "asked": a few adjunct words, maybe
    "by X", then a question word (or "to" after an agent); agent -1 when none."""
    stoks = s.toks
    agent = (-1, -1)
    m = k
    while m < s.hi and m - k <= _MAX_ADJUNCT:
        t = stoks[m]
        if t.kind != "w":
            return None
        low = t.low
        if low in V.QUESTION_WORDS and m > k - 1 and not (low == "when" and agent[0] < 0
                                                        and m == k):
            return m, agent[0], agent[1]
        if low == "to" and agent[0] >= 0 and m + 1 < s.hi and stoks[m + 1].kind == "w":
            return m, agent[0], agent[1]
        if low == "by" and agent[0] < 0:
            agent = (m + 1, m + 1)
        elif agent[0] >= 0 and agent[1] == m:
            agent = (agent[0], m + 1)
        if low in V.VERB_FORMS and low != "asked":
            return None
        m += 1
    return None


def _subject_question(s: Sentence, cue: Cue) -> None:
    found = _question_start(s, cue.vj)
    q, a0, a1 = found
    cue.left_subject = False
    subj = s.classify(a0, a1) if a0 >= 0 and a1 > a0 else M.Mention("none")
    if subj.kind not in ("name", "org"):
        subj = M.Mention("group", "", members=[])     # an unnamed asker
    cue.subj = subj
    cue.s0, cue.s1 = (a0, a1) if subj.kind != "group" else (cue.vi, cue.vi)
    cue.valid = True


def _content_question(s: Sentence, cue: Cue, cues: list[Cue]):
    """The question, up to the comma before the subject of the next cue ("Asked whether
    A, B, Doe said"), else to the first comma, else to the sentence's end."""
    q = _question_start(s, cue.vj)[0]
    stoks = s.toks
    later = [c.s0 for c in cues if c is not cue and c.valid and c.left_subject
             and c.kind != "question" and c.s0 > q]
    if later:
        b = min(later)
        if b - 1 > q and stoks[b - 1].text == ",":
            a, b = trim_content(stoks, q, b - 1)
            return (a, b) if b - a >= 2 and not _holds_cue(cues, cue, a, b) else None
    b = next((m for m in range(q, s.hi) if stoks[m].text in (",", ";", ":") or stoks[m].kind == "q"),
             s.hi)
    a, b = trim_content(stoks, q, b)
    return (a, b) if b - a >= 2 and not _holds_cue(cues, cue, a, b) else None


def _holds_cue(cues: list[Cue], cue: Cue, a: int, b: int) -> bool:
    return any(c is not cue and c.valid and a <= c.vi < b and c.kind != "thought" for c in cues)


register(Reader("question", _match_question, _subject_question, _content_question),
         before="verb")
