"""Thoughts: what a named or resolvable person believes, expects, hopes, fears or knows,
with its complement ("Doe believes the deal is bad", "aides expect him to win", "Doe is
confident that ...", "Doe worries that ..."). A cue reader in the table of ``cues.py``
(registered last, so a speech cue at the same word wins), whose cues are quote entries
with ``attribution: thought`` (kind indirect, cue the verb phrase).

Only with a real complement: a that-clause, a clause, or an infinitive after the verbs
that take one ("hopes to win", "expects him to win"); a bare object is no thought
("expects a vote", "knew Doe well"). The subject is read as a speech verb's is
(``readers._subject_verb``: names, pronouns, descriptions, "who", asides); a thought
carries no words of its own, so it never makes a speech cue around it a relay.
"""
from __future__ import annotations

from ...rules import attribution as A
from ...rules import speech as R
from ...rules import speech_verbs as V
from ...rules import time_words as TW
from . import clauses as C
from . import names as N
from . import content_spans as CS
from .cues import Cue, Reader, Sentence, register
from .text import Tok
from .readers import _subject_verb

_NEGATORS = {"not", "n't", "never", "also", "still", "now", "long", "firmly", "strongly",
             "really", "genuinely", "clearly", "privately", "increasingly", "already"}
_NOT_BEFORE = {"to", "i", "we", "you", "would", "could", "should", "might", "as", "than",
               "what", "of", "his", "her", "their", "our", "its", "my", "your", "whose"}
_NOT_AFTER = {"so", "not", "about", "of", "that's", "how", "what", "nothing", "anything",
              "something", "everything", "more", "less", "otherwise", "twice", "better",
              "well", "little", "much", "free", "like", "tank", "tanks"}   # "think tank"
_OPENS_NO_CLAUSE = {"should", "would", "will", "could", "can", "may", "might", "must", "is",
                    "was", "are", "were", "has", "have", "had", "does", "did"}


def _match_thought(s: Sentence, i: int):
    """"believes", "thought", "expects"; "is hoping", "was worried", "are confident"."""
    low = s.word(i)
    prev = s.word(i - 1)
    if low in V.THOUGHT_ING or low in V.THOUGHT_ADJECTIVES:
        k = i - 1
        while k >= 0 and s.word(k) in _NEGATORS:
            k -= 1
        if s.word(k) not in A.BE_FORMS or s.word(k) in ("be", "been", "being"):
            if not (s.word(k) == "been" and s.word(k - 1) in ("has", "have", "had")):
                return None
        lemma = V.THOUGHT_ING.get(low, low)
        return _cue(s, k, i + 1, lemma)
    if low in V.AS_VIEW_FORMS and not (s.toks[i].is_cap and i > 0):
        return _match_view(s, i)
    if low not in V.THOUGHT_FORMS or s.toks[i].is_cap and i > 0:
        return None
    if prev in _NOT_BEFORE or prev in N.DETERMINERS or prev in R.PASSIVE_AUX \
            or prev in A.NO_VERB_AFTER or (i > 0 and N.strip_possessive(s.toks[i - 1].text)[1]):
        return None     # "to think", "as expected", "the thought", "the board's hope"
    return _cue(s, i, i + 1, V.THOUGHT_FORMS[low])


def _match_view(s: Sentence, i: int):
    """"see X as Y", "views X as Y", "have long regarded X as Y" (not "is seen as": no
    one sees; not "seen" without "have")."""
    prev = s.word(i - 1)
    k = i - 1
    while k >= 0 and s.word(k) in _NEGATORS:
        k -= 1
    if s.word(k) == "which":
        return None     # "a plan which sees costs as ...", "Moscow, which sees ...": how
        #                 the writer sums up a thing or a place, nobody's stated view
    if prev in _NOT_BEFORE or prev in N.DETERMINERS or prev in R.PASSIVE_AUX \
            or prev in A.NO_VERB_AFTER or s.word(k) in A.BE_FORMS \
            or (s.word(i) == "seen" and s.word(k) not in ("has", "have", "had")):
        return None
    if _view_span(s.toks, i + 1, s.hi) is None:
        return None
    return _cue(s, i, i + 1, V.AS_VIEW_FORMS[s.word(i)])


VIEW_OBJECT_REACH = 14      # words of the object before "as"


def _view_span(stoks: list[Tok], k: int, hi: int) -> tuple[int, int] | None:
    """The object and what it is seen as, to the end of the clause: "him as a potential
    asset to the party"; none when "as" opens a clause ("as he left") or a comparison."""
    if k >= hi or stoks[k].kind != "w" or stoks[k].low in N.PREPOSITIONS \
            or stoks[k].low in ("as", "that", "it", "to"):
        return None
    for m in range(k + 1, min(hi - 1, k + VIEW_OBJECT_REACH)):
        t = stoks[m]
        if t.kind != "w" or t.low in R.SUBJECT_BOUNDARY_WORDS and t.low not in ("as", "and", "or") \
                or t.low in A.FINITE_WORDS or t.low.endswith(("n't", "n’t")):
            return None     # "the elections held Sunday as ...": a participle goes on
        if t.low != "as":
            continue
        nxt = stoks[m + 1]
        if nxt.kind != "w" or nxt.low in A.SUBJECT_PRONOUNS or nxt.low in V.AS_NOT_VIEW:
            return None
        end = m + 1
        while end < hi and not (stoks[end].kind == "p" and stoks[end].text in ",;:.!?()—–"):
            end += 1
        if _clause_after_as(stoks, m + 1, end) or any(
                stoks[x].low in V.AS_LIFE_STAGES for x in range(m + 1, min(end, m + 4))):
            return None     # "saw wages fall as prices rose", "saw it as a young student"
        return k, end
    return None


def _clause_after_as(stoks: list[Tok], k: int, end: int) -> bool:
    """A subject and its verb right after "as" ("as prices rose", "as the vote neared"),
    before any preposition: a clause of time or cause, not what something is seen as."""
    for m in range(k + 1, min(end, k + 4)):
        if stoks[m].kind != "w" or stoks[m].low in N.PREPOSITIONS:
            return False
        if CS._finite(stoks, m):
            return True
    return False


def _cue(s: Sentence, vi: int, vj: int, lemma: str) -> Cue:
    text = s.text[s.toks[vi].start:s.toks[vj - 1].end]
    return Cue(text, "thought", vi, vj, lemma=lemma, cls="thought")


def _content_thought(s: Sentence, cue: Cue, cues: list[Cue]):
    """The complement after the cue (never the clause before it: "..., aides believe"
    is too often the writer's own sentence); none inside what a speech cue reports ("Doe
    said she believes ..." is her statement)."""
    span = _thought_content(s, cue, cues)
    if span is None:
        cue.valid = False       # no thought: no speaker for what follows either
    return span


def _thought_content(s: Sentence, cue: Cue, cues: list[Cue]):
    if _reported_by_another(cue, cues) or _hypothetical(s.toks, cue):
        return None
    span = _complement(s, cue)
    return C.right_content(s, cue, cues, span) if span is not None else None


def _reported_by_another(cue: Cue, cues: list[Cue]) -> bool:
    """The cue lies in what a speech cue reports ("Doe said she believes ...", "X said Y
    discussed ..."): that statement is the entry."""
    return any(c is not cue and c.kind != "thought" and c.content and c.reports
               and c.content[0] <= cue.vi < c.content[1] for c in cues)


def _hypothetical(stoks: list[Tok], cue: Cue) -> bool:
    """"if they expect to ...", "will discuss ...": a condition or a plan, not something
    thought or said; "as good as the organisers hoped it would be", "better than analysts
    expected": a comparison."""
    k = cue.s0 if cue.left_subject and 0 <= cue.s0 <= cue.vi else cue.vi
    if k > 0 and stoks[k - 1].low in ("if", "unless", "whether"):
        return True
    if cue.kind == "thought" and k > 0 and stoks[k - 1].low in ("as", "than"):
        return True
    m = cue.vi - 1
    while m >= 0 and stoks[m].kind == "w" and stoks[m].low.endswith("ly"):
        m -= 1
    return m >= 0 and stoks[m].low in _PLAN_WORDS


_PLAN_WORDS = {"will", "would", "could", "should", "may", "might", "can", "must", "to",
               "'ll", "shall"}


def _complement(s: Sentence, cue: Cue) -> tuple[int, int] | None:
    stoks, hi = s.toks, s.hi
    k = cue.vj
    if cue.lemma in V.AS_VIEW_FORMS.values():
        return _view_span(stoks, k, hi)
    if k >= hi or stoks[k].kind != "w":
        return None
    low = stoks[k].low
    if low == "that":
        return (k + 1, hi) if k + 1 < hi and _clause(stoks, k + 1, hi) else None
    if low == "to":
        if cue.lemma in V.THOUGHT_TO and CS._infinitive(stoks, k, hi):
            return k, CS._infinitive_end(stoks, k, hi)
        return None
    if cue.lemma in V.THOUGHT_TO:
        for m in range(k + 1, min(hi, k + 5)):     # "expects the senator to win"
            t = stoks[m]
            if t.kind != "w":
                break
            if t.low == "to" and CS._infinitive(stoks, m, hi):
                return k, CS._infinitive_end(stoks, m, hi)
    if low in _NOT_AFTER or low in N.PREPOSITIONS or low in R.ADJUNCT_STARTERS:
        return None
    if cue.lemma in V.THOUGHT_ADJECTIVES or cue.vj - cue.vi > 1 and stoks[cue.vj - 1].low \
            in V.THOUGHT_ADJECTIVES:
        return None     # "is confident the ...": only with "that"
    return (k, hi) if _clause(stoks, k, hi) else None


def _clause(stoks: list[Tok], k: int, hi: int) -> bool:
    """A clause of its own after a thought verb: not a verb ("which she thinks should
    ..."), not "it" as an object ("knew it too")."""
    low = stoks[k].low
    if low in _OPENS_NO_CLAUSE:
        return False
    if low in ("it", "this", "that", "them", "him", "her") and not (
            k + 1 < hi and stoks[k + 1].kind == "w" and (CS._finite(stoks, k + 1)
                                                          or "'" in stoks[k + 1].low
                                                          or "’" in stoks[k + 1].low)):
        return False
    return CS.looks_like_clause(stoks, k, hi, loose=True)


def _subject_thought(s: Sentence, cue: Cue) -> None:
    """The subject as a speech verb's; a thought word with no complement ("the think
    tank", "expects a vote") is no cue, and leaves the next subject's bound where it was
    ("Doe, a founder of the think tank X, said": Doe said)."""
    lo = s.lo
    _subject_verb(s, cue)
    if cue.valid and _complement(s, cue) is None:
        cue.valid, s.lo = False, lo
    elif cue.valid and cue.lemma in V.AS_VIEW_FORMS.values() and (
            cue.subj.kind == "org" or (cue.subj.kind == "group" and not cue.subj.members)):
        cue.valid, s.lo = False, lo     # "the campaign saw the vote as ...": the writer's
        #   account of an organisation's conduct; "experts see it as ...": a view needs a
        #   believer the article names or refers to


register(Reader("thought", _match_thought, _subject_thought, _content_thought))


# ---- what a cue's entry attributes ----------------------------------------------------

_TOPIC_ENDS = {",", ";", ":", "—", "–", "(", ")", "-"}


def attribution_of(stoks: list[Tok], cue: Cue, cues: list[Cue]) -> str | None:
    """"speech", "thought" or "topic" for a cue with content (None: no entry): a speech
    act's bare object is its topic ("criticized the plan"), unless it holds a quotation
    (then the quotation is the entry: "called the plan “a fraud”")."""
    if cue.kind == "thought":
        # an unnamed group's view ("many observers expect ...") is one with no speaker,
        # as an unnamed group's statement is
        return "thought" if cue.subj is not None else None
    if cue.reports:
        return "speech"
    if not (cue.cls == "act" or cue.lemma in V.TOPIC_REPORT_LEMMAS) \
            or cue.lemma in V.NOT_TOPIC_LEMMAS \
            or cue.subj is None or cue.subj.kind == "group" \
            or _reported_by_another(cue, cues) or _hypothetical(stoks, cue):
        return None
    if cue.kind == "participle" and cue.lead is None and (
            cue.subj.kind not in ("name", "pronoun", "description")
            or cue.subj.kind == "name" and len((cue.subj.text or "").split()) < 2):
        return None     # "Raising the prospect ..., X has ...": no clear actor
    a, b = topic_span(stoks, cue, cues)
    if b <= a:
        return None
    if any(t.kind == "q" for t in stoks[cue.content[0]:cue.content[1]]):
        return None     # "called the plan “a fraud”": the quotation is the entry
    first = stoks[a]
    if first.kind != "w" or first.low in N.PREPOSITIONS or first.low.endswith("ly") \
            or first.low in _OPENS_NO_CLAUSE:
        return None     # "ripped into ...", "attacked viciously": no object
    if cue.lemma in V.NAMING_LEMMAS and not (_names_as(stoks, a, b)
                                             or _names_as_bare(stoks, a, b)):
        return None
    if cue.lemma in V.GIVING_LEMMAS and _names_as(stoks, a, b):
        return None     # "denied Carter a photograph": a thing refused, not a denial
    return "topic"


# words after an object pronoun that give no name for it ("called him back on Monday")
_NOT_A_NAME = {"back", "up", "out", "off", "over", "again", "twice", "today", "yesterday",
               "tonight", "last", "later", "earlier", "late", "early", "names", "and", "or",
               "but", "repeatedly", "personally", "directly", "himself", "herself"}


def _names_as(stoks: list[Tok], a: int, b: int) -> bool:
    """An object and a name for it: "him a liar", "the plan a disaster", "him divisive",
    "them cowards" (an object pronoun, then a word of its own that is no particle,
    preposition, adverb or time)."""
    if b > a + 1 and stoks[a].low in ("him", "them", "himself", "herself", "themselves") \
            and stoks[a + 1].kind == "w" and not stoks[a + 1].is_cap:
        nxt = stoks[a + 1].low
        if nxt not in N.PREPOSITIONS and nxt not in _NOT_A_NAME and not nxt.endswith("ly") \
                and nxt not in TW.WEEKDAYS and nxt not in V.VERB_FORMS:
            return True
    return any(stoks[m].low in ("a", "an", "the") and stoks[m - 1].kind == "w"
               and stoks[m - 1].low not in N.PREPOSITIONS for m in range(a + 1, b))


def _names_as_bare(stoks: list[Tok], a: int, b: int) -> bool:
    """A naming verb's object and a name with no article: "Doe her mentor" (a possessive
    opening the name), "it shameful", "the ruling wrong" (an evaluative adjective ending
    the clause); not "called out his rival" (a particle), "a group called X is ..."."""
    for m in range(a + 1, b - 1):
        before = stoks[m - 1]
        if stoks[m].low in _NAME_POSSESSIVES and before.kind == "w" \
                and stoks[m + 1].kind == "w" and before.low not in _NOT_BEFORE_NAME \
                and not any(t.low in A.FINITE_WORDS for t in stoks[a:m]):
            return True     # "called Doe her mentor", "called the mill his second home"
    return b - a >= 2 and _evaluative(stoks[b - 1]) and all(
        t.kind == "w" and t.low not in N.PREPOSITIONS and t.low not in _JOINS
        and t.low not in A.FINITE_WORDS for t in stoks[a:b - 1]) and b - a <= 6


_NAME_POSSESSIVES = {"his", "her", "their", "its", "my", "our", "your"}
_JOINS = {"and", "or", "but", "nor", "as", "to", "that", "which", "who"}
_NOT_BEFORE_NAME = N.PREPOSITIONS | _JOINS | _NAME_POSSESSIVES | _NOT_A_NAME
# evaluative adjectives a speaker calls something ("called the ruling wrong"), by their
# words and their endings; nouns of the same endings are left out ("a cable", "a relish")
_EVALUATIVE = {"wrong", "right", "bad", "good", "great", "fair", "unfair", "false", "true",
               "racist", "sexist", "bigoted", "absurd", "crazy", "insane", "stupid", "dumb",
               "silly", "weak", "strong", "unconstitutional", "illegal", "legal", "lawful",
               "unlawful", "immoral", "moral", "divisive", "offensive", "abusive", "excessive",
               "naive", "corrupt", "incompetent", "irrelevant", "arrogant", "ignorant",
               "unfit", "unqualified", "extreme", "radical", "evil", "cruel", "rigged",
               "misguided", "premature", "inappropriate", "appropriate", "unprecedented",
               "inexcusable", "unacceptable", "irresponsible", "unpatriotic", "un-american",
               "hypocritical", "political", "unethical", "unjust", "unwise", "troubling",
               "disturbing", "insulting", "appalling", "alarming", "encouraging",
               "disappointing", "misleading", "outdated", "flawed", "overblown"}
_EVALUATIVE_ENDINGS = ("ful", "ous", "less", "ible", "able")
_NOT_EVALUATIVE = {"table", "cable", "fable", "stable", "vegetable", "constable", "bible",
                   "notable", "timetable", "turntable", "roundtable", "syllable", "bless",
                   "unless", "nevertheless", "regardless", "homeless", "wireless"}


def _evaluative(t: Tok) -> bool:
    """An evaluative adjective: a word of the list, or of an adjective's ending."""
    low = t.low
    if t.kind != "w" or t.is_cap or low in _NOT_EVALUATIVE:
        return False
    return low in _EVALUATIVE or (len(low) > 6 and low.endswith(_EVALUATIVE_ENDINGS))


_ADJUNCTS = {"during", "before", "after", "while", "when", "amid", "since"}
_PLACE_AT = {"at", "on", "in"}


def _adjunct_starts(stoks: list[Tok], m: int, b: int) -> bool:
    """A time or place adjunct starts at ``m``: "during a debate", "at a rally", "on
    Monday", "in an interview", "on his radio show", "from the Senate floor", "through
    his lawyer"."""
    t = stoks[m]
    if t.kind != "w":
        return False
    if t.low in _ADJUNCTS:
        return True
    nxt = stoks[m + 1].low if m + 1 < b and stoks[m + 1].kind == "w" else ""
    if t.low in _PLACE_AT and nxt in ("a", "an"):
        return True         # "at a press conference", "in an interview", "on a call"
    if t.low in _OCCASION_AT and nxt in _OCCASION_DETERMINERS:
        return True         # "on his radio show", "from the Senate floor", "via its site"
    return t.low in _PLACE_AT and (nxt in TW.WEEKDAYS or nxt in TW.MONTHS)


_OCCASION_AT = {"on", "at", "from", "through", "via"}
_OCCASION_DETERMINERS = {"his", "her", "its", "their", "the"}


def topic_span(stoks: list[Tok], cue: Cue, cues: list[Cue]) -> tuple[int, int]:
    """A topic runs from the act's object to the end of its clause: the first comma,
    semicolon, colon, dash or parenthesis, or the next cue ("criticized the plan and
    said ...")."""
    a, b = cue.content
    later = [c.s0 if c.left_subject and c.s0 > a else c.vi for c in cues
             if c is not cue and a < c.vi < b and c.kind != "noun"]
    if later:
        b = min(b, min(later))
    for m in range(a, b):
        if stoks[m].kind == "p" and stoks[m].text in _TOPIC_ENDS and m > a:
            b = m
            break
        if m > a and stoks[m].low == "but":
            b = m           # "referring to the mogul but not naming him"
            break
        if m > a + 1 and _adjunct_starts(stoks, m, b):
            b = m           # "praised the mayor at a rally on Monday": where and when
            break
    while b > a and stoks[b - 1].kind == "w" and stoks[b - 1].low in ("and", "but", "or",
                                                                        "while", "as"):
        b -= 1
    return CS.trim_content(stoks, a, b)
