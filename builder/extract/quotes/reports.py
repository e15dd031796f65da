"""What a speech verb's words after it report (helpers of the verb readers in
``readers.py``): whether bare words after the verb are reported speech ("said the plan
would fail", "said the current system works well", "details that officials said would
compromise ..."), the statement after a listener ("told friends, at fundraisers, that
..."; "asked the U.S. attorney in D.C. whether ..."), and a titled work after the verb's
adjunct ("said in his book, “An American Son.”"), which is no speech.
"""
from __future__ import annotations

from ...rules import attribution as A
from ...rules import speech as R
from ...rules import speech_verbs as V
from . import clauses as C
from . import content_spans as CS
from . import names as N
from . import spans as S
from .cues import Cue, Sentence
from .entries import _title_case


_LISTENER_REACH = 12
# words opening a clause of the occasion after a cue ("told aides as he left"), not speech
SETTING_WORDS = R.SUBORDINATORS | {"as"}


def question_after_listener(s: Sentence, cue: Cue) -> tuple[tuple[int, int], str] | None:
    """"asked the U.S. attorney in Washington whether ...": the question after a longer
    listener (a noun phrase and its prepositional phrases, no verb, no punctuation but an
    abbreviation's dots)."""
    stoks = s.toks
    if not cue.left_subject:
        return None
    for m in range(cue.vj + 1, min(s.hi - 1, cue.vj + _LISTENER_REACH)):
        t = stoks[m]
        if t.kind == "p" and t.text == "." and S.abbreviation_dot(stoks, m):
            continue
        if t.kind != "w" or t.low in V.VERB_FORMS or t.low == "that":
            return None
        if t.low in ("whether", "if", "why", "how", "what", "when", "where") \
                and CS.looks_like_clause(stoks, m + 1, s.hi):
            return (m, s.hi), "bare"
    return None


def titled_work(s: Sentence, cue: Cue, k: int) -> bool:
    """The quotation at (or after a comma at) ``k`` is the title of the work or show the
    cue's adjunct names ("said in his 2012 book, “An American Son.”", "said on NBC's
    “Meet the Press”"): a short phrase in Title Case after a document or media word."""
    stoks = s.toks
    x = k if stoks[k].kind == "q" else k + 1
    if x >= len(stoks) or stoks[x].kind != "q" or x <= cue.vj:
        return False
    words = stoks[x].text.strip("“”„«»‘’\"' ").split()
    if not words or len(words) > 8 or not _title_case([w.rstrip(",.") for w in words]):
        return False
    return any(t.kind == "w" and (t.low in R.DOCUMENT_WORDS or t.low in R.MEDIA_NOUNS
                                  or t.low in A.WORK_WORDS)
               for t in stoks[cue.vj:x])


def after_listener(s: Sentence, span: tuple[int, int]) -> tuple[tuple[int, int], str]:
    """"told friends since the spring, at fundraisers, that ...", "told a town hall in
    Salem, Ohio on Monday that ...": the statement after a listener and adjuncts is the
    "that" clause after a comma or an adjunct's last word (within 25 tokens)."""
    a, b = span
    for m in range(a + 1, min(b - 1, a + 25)):
        t = s.toks[m]
        if t.kind == "q" or t.text in (";", ":"):
            break
        if t.low == "that" and m > a and (s.toks[m - 1].text == "," or (
                m - 1 > a and CS._adjunct_end(s.toks[m - 1]) and s.toks[m - 1].kind == "w")) \
                and m + 1 < b:
            return (m + 1, b), "that"
    return span, "bare"


def reports(s: Sentence, cue: Cue, span: tuple[int, int], how: str) -> bool:
    """Is the span after the verb reported speech? A that-clause, a colon or a quotation
    is; bare words are when they read as a clause (a question after "asked whether")
    and the verb reports words; a speech act's bare object is its topic, not speech."""
    if how == "to":
        return True                 # "promised to ...": the commitment (TO_COMPLEMENT_LEMMAS)
    if how == "bare" and C.adjunct_only(s, span):
        return False                # "said Thursday with aides", "said happily as ..."
    if how == "bare" and s.word(span[0]).endswith("ing") and s.word(span[0] + 1) in N.DETERMINERS \
            and not CS.looks_like_clause(s.toks, span[0], span[1]):
        return False                # "said answering a question at a town hall": how
    if how == "bare" and cue.lemma in V.SAY_LEMMAS and s.word(span[0]) == "the" \
            and s.word(span[0] + 1) == "same" and s.word(span[0] + 2) not in R.TIME_WORDS \
            and s.word(span[0] + 2) not in ("time", "way"):
        return True                 # "49 percent say the same of Okafor": what others said
    if how == "quote" and cue.lemma in V.OBJECT_LEMMAS and span[0] == cue.vj \
            and _title_case(s.toks[span[0]].text.strip("“”\"‘’' ,.").split()):
        return False                # "told “Today” on Monday": a show, the listener
    if how in ("that", "colon", "quote"):
        return cue.cls != "act" or how == "that" or cue.lemma in V.ACT_COMPLEMENTS
    first = s.word(span[0])
    if cue.lemma in V.QUESTION_VERBS and first in V.QUESTION_WORDS:
        return True
    if cue.cls == "report" and _relative_speech(s, cue, span):
        return True                 # "information that officials said would compromise ..."
    if first in V.QUESTION_WORDS and cue.lemma not in V.QUESTION_CLAUSE_LEMMAS:
        return False                # "noted if and how often ...": recorded, not said
    if cue.lemma in V.ORG_STATEMENT_LEMMAS and cue.subj is not None and (
            cue.subj.kind == "org" or cue.subj.pronoun == "it"):
        return True
    if cue.lemma in V.BARE_CLAUSE_AGREE and cue.left_subject:
        # "most agreed they had no recourse", "everyone agrees the law was flawed": a
        # clause with its own subject and verb (not "agreed the terms", "agreed to pay")
        return s.word(span[0]) not in ("and", "or", "but", "while") \
            and CS.looks_like_clause(s.toks, span[0], span[1])
    if cue.cls == "act" and cue.lemma in V.QUESTION_CLAUSE_LEMMAS and first in ("how", "why") \
            and CS.looks_like_clause(s.toks, span[0] + 1, span[1]):
        return True                 # "described how the plant would close": an account
    if cue.cls != "report" or cue.lemma in V.CLAUSE_WITH_THAT:
        return False
    if cue.lemma in V.OBJECT_LEMMAS and span[0] == cue.vj:
        # "“...,” Doe told cheering supporters in Nashua": the listener, no statement
        return CS.looks_like_clause(s.toks, span[0], span[1])
    if cue.lemma in V.SAY_LEMMAS:
        # "said the plan ...": speech unless a few words with no verb ("said goodbye")
        return span[1] - span[0] > 6 or CS.looks_like_clause(s.toks, span[0], span[1]) \
            or _short_clause(s, span)
    return CS.looks_like_clause(s.toks, span[0], span[1], loose=True)


def _relative_speech(s: Sentence, cue: Cue, span: tuple[int, int]) -> bool:
    """"information that officials said would compromise security", "which it had said
    was unacceptable", "an event that Doe says led him to faith": the speaker's subject
    follows a relative word and the words after the verb are the rest of its clause (a
    finite verb first): what they said of the noun the relative stands for."""
    if not cue.left_subject or cue.s0 < 1 or s.word(cue.s0 - 1) not in ("that", "which", "who") \
            or cue.lemma not in V.RELATIVE_CLAUSE_LEMMAS:
        return False
    t = s.toks[span[0]]
    if t.kind != "w" or t.is_cap or span[1] - span[0] < 2:
        return False
    low = t.low.replace("’", "'")
    return low in A.FINITE_WORDS or low in A.IRREGULAR_PAST or low.endswith("n't") \
        or (low.endswith("ed") and len(low) > 4) \
        or (low.endswith("s") and not low.endswith(("ss", "us", "is")) and len(low) > 3
            and s.word(span[0] + 1) not in ("of", ""))


def _short_clause(s: Sentence, span: tuple[int, int]) -> bool:
    """"said his friends feel the same way", "said the current system works well", "said
    social media success depends on trust", "said Democrats opposed it": a short subject
    (up to four words, a determiner or a possessive first, or a bare noun or name) and a
    verb in -s or -ed, or a finite word, right after it, followed by what a verb takes
    (a preposition, a determiner, an adverb) rather than by more of a noun phrase."""
    stoks = s.toks
    a, b = span
    first = stoks[a]
    if first.kind != "w" or first.low in N.PREPOSITIONS or first.low in V.QUESTION_WORDS:
        return False
    marked = first.low in N.DETERMINERS or first.low in A.POSSESSIVES \
        or N.strip_possessive(first.text)[1]
    for m in range(a + 1, min(b, a + 5)):
        t = stoks[m]
        if t.kind != "w":
            return False
        if (m > a + 1 or not marked) and not t.is_cap and m + 1 < b and _verb_here(s, m):
            return True     # "depends on ...", "deserved better", "were its followers"
        if t.low in N.PREPOSITIONS or t.low in ("and", "or", "who", "which", "that"):
            return False
    return False


def _verb_here(s: Sentence, m: int) -> bool:
    low, nxt = s.toks[m].low, s.word(m + 1)
    if low in A.FINITE_WORDS or low in A.IRREGULAR_PAST or low.endswith("ed"):
        return True
    return low.endswith("s") and not low.endswith(("ss", "'s", "’s", "us", "is")) \
        and low not in A.PERIOD_UNITS and nxt != "of" \
        and (nxt in N.PREPOSITIONS or nxt in N.DETERMINERS or nxt in A.POSSESSIVES
             or nxt in A.VERB_COMPLEMENT_ADVERBS or (nxt.endswith("ly") and len(nxt) > 4))
