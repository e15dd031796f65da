"""Subjects the plain noun-phrase reading of ``spans.py`` leaves out, for reported speech:

* a second verb of the clause's subject: "Giles attempted to ... and said he had ...",
  "the department has deemed the pages personal and says it ...";
* a subject before several asides: "Jane Doe, 60, a doctor, said", "Sen. Jane Doe,
  R-Ohio, appearing on television, said", "Doe, meanwhile, who has no endorsements, said";
* a plural noun phrase with words after its head, standing for people the article does
  not name: "people familiar with the talks said", "analysts at the bank say", "those
  surveyed said", "proponents of the bill say" (an unnamed group: no speaker, as the
  contract has it for "officials said").

Pure helpers over a sentence's tokens, used by the cue readers (``readers.py``).
"""
from __future__ import annotations

from ...rules import speech as R
from . import mentions as M
from .cues import Cue, Sentence
from .scan import appositive_role

_USABLE = ("name", "pronoun", "description", "org", "group")
_STOPS = ",;:()"


def _plural(low: str) -> bool:
    return low in R.PERSON_PLURALS or low in R.GROUP_WORDS or (
        len(low) > 3 and low.endswith("s") and not low.endswith(("ss", "us", "is", "ics", "'s",
                                                                  "’s")))


def _opens(s: Sentence, k: int) -> bool:
    """Token ``k`` opens the sentence (its capital says nothing)."""
    return all(t.kind == "p" for t in s.toks[:k])


def plural_subject(s: Sentence, k: int, j: int) -> M.Mention:
    """The words [k, j) as an unnamed group: a plural head ("forecasters", "Iowa biofuels
    advocates", "House Republicans") maybe with words describing it after ("people
    familiar with the session", "proponents of the bill", "those surveyed"); else none."""
    toks = s.toks
    if any(t.low in M._CLAUSE_VERBS for t in toks[k:j]) or (
            k > 0 and toks[k - 1].low in R.RELATIVE_WORDS):
        return M.Mention("none")      # "which helps explain", "deals ... are not the"
    h = k
    while h < j and toks[h].kind == "w" and toks[h].low not in R.POSTMODIFIER_STARTS \
            and not (h > k and not toks[h].is_cap and toks[h].low.endswith(("ing", "ed"))):
        h += 1
    if h == k or h - k > 5:
        return M.Mention("none")
    words = toks[k:h]
    head = words[-1]
    if any(t.low in M._CLAUSE_VERBS or t.low in R.SUBJECT_BOUNDARY_WORDS for t in words):
        return M.Mention("none")
    if h < j and not (toks[h].kind == "w"):
        return M.Mention("none")
    first = words[0].low
    if len(words) == 1 and first in R.GROUP_DETERMINERS and h < j:
        pass                          # "those surveyed", "many in the party"
    elif head.is_cap and head.low not in R.PARTY_PLURALS and not (
            len(words) == 1 and _plural(head.low) and _opens(s, k)):
        return M.Mention("none")      # a name: the name classifier's business
    elif not _plural(head.low) or first in ("a", "an", "one", "this", "that"):
        return M.Mention("none")
    text = s.text[toks[k].start:toks[j - 1].end]
    return M.Mention("group", text, toks[k].start, toks[j - 1].end, head=head.low)


def coordinated_subject(s: Sentence, cue: Cue, c: int) -> M.Mention:
    """"X did this and said ...": the subject of the clause the verb is joined to by the
    word at ``c`` (and, but): the speaker of a cue before it in the sentence, else the
    sentence's subject."""
    from .spans import clause_subject   # spans imports this module's helpers
    if s.last is not None and s.last.subj is not None and s.last.vi < c:
        cue.lead = s.last
        cue.s0, cue.s1 = c, c + 1
        return s.last.subj
    found = clause_subject(s, c)
    if found is None:
        return M.Mention("none")
    a, b, m = found
    if m.kind == "pronoun" and m.pronoun in ("i", "we"):
        return M.Mention("none")
    cue.s0, cue.s1 = c, c + 1       # the subject stays where it is; "and" bounds the content
    return m


def _aside_is_clause(part) -> bool:
    """An aside with a verb of its own before any relative word ("the dollar may weaken"),
    not a role ("a veteran who now is an employee", "R-Fla.", "60")."""
    lows = [t.low for t in part]
    if not lows or lows[0] in R.ASIDE_CLAUSE_OPENERS:
        return False
    rel = next((x for x, w in enumerate(lows) if w in R.RELATIVE_WORDS), len(lows))
    return any((t.low in M._CLAUSE_VERBS or t.low in R.SUBJECT_BOUNDARY_WORDS) and not t.is_cap
               for t in part[:rel])


def subject_before_asides(s: Sentence, comma: int, cue: Cue) -> M.Mention:
    """"Jane Doe, 60, a doctor, said": the noun phrase opening the sentence (or the
    clause after ``s.lo``), followed by up to three comma-separated asides ending at the
    comma at ``comma``. The asides are not clauses (or are relative ones: ", who ...,")."""
    stoks = s.toks
    start = s.lo
    while start < comma and stoks[start].kind == "p":
        start += 1
    m = comma
    for n in range(4):
        c = m - 1
        while c >= start and not (stoks[c].kind == "q" or (
                stoks[c].kind == "p" and stoks[c].text in _STOPS)):
            c -= 1
        if c >= start and stoks[c].kind == "q":
            return M.Mention("none")
        if c < start:
            # no aside at all ("Prices, say analysts, ..."): not this reading
            return _opening_subject(s, start, m, cue) if n else M.Mention("none")
        if stoks[c].text != "," or _aside_is_clause(stoks[c + 1:m]):
            return M.Mention("none")
        m = c
    return M.Mention("none")


def _opening_subject(s: Sentence, a: int, b: int, cue: Cue) -> M.Mention:
    if b <= a or b - a > 12:
        return M.Mention("none")
    np = s.classify(a, b)
    if np.kind == "none":
        np = plural_subject(s, a, b)
    if np.kind not in _USABLE or (np.kind == "pronoun" and np.pronoun in ("i", "we")):
        return M.Mention("none")
    cue.s0, cue.s1 = a, b
    if np.kind == "name":
        cue.appos = appositive_role(s.text, s.toks, b)
    return np


def around_according(s: Sentence, cue: Cue, before: tuple[int, int]) -> tuple[int, int]:
    """"According to X" between commas inside a sentence: what it reports is the words
    before it, the clause after it when the words before only open a subordinate clause
    ("While A, according to X, B": B; "because, according to X, B": B), or the whole
    sentence when the words before are a subject whose verb follows ("At the heart of it,
    according to X, was a decision ...")."""
    from .spans import looks_like_clause, trim_content
    stoks, hi = s.toks, s.hi
    a, b = before
    e = cue.s1
    if cue.appos:
        e += 1
        while e < hi and stoks[e].text != ",":
            e += 1
    if b <= a or e + 1 >= hi or stoks[e].text != "," or stoks[cue.vi - 1].text != ",":
        return before
    nxt = stoks[e + 1]
    if nxt.kind != "w":
        return before
    if stoks[b - 1].low in R.SUBORDINATORS or stoks[a].low in R.SUBORDINATORS:
        return trim_content(stoks, e + 1, hi)
    if not nxt.is_cap and nxt.low not in R.CONTENT_OPENERS \
            and not looks_like_clause(stoks, a, b):
        return a, hi
    return before
