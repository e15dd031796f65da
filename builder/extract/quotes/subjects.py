"""Subjects the plain noun-phrase reading of ``spans.py`` leaves out, for reported speech:

* a second verb of the clause's subject: "Giles attempted to ... and said he had ...",
  "the department has deemed the pages personal and says it ...";
* a subject before several asides: "Jane Doe, 60, a doctor, said", "Sen. Jane Doe,
  R-Ohio, appearing on television, said", "Doe, meanwhile, who has no endorsements, said";
* a plural noun phrase with words after its head, standing for people the article does
  not name: "people familiar with the talks said", "analysts at the bank say", "those
  surveyed said", "proponents of the bill say" (an unnamed group: no speaker, as the
  contract has it for "officials said");
* the antecedent of a restrictive relative: "Republicans who say ...";
* what "according to X" between commas reports (before it, after it, or around it).

Pure helpers over a sentence's tokens, used by the cue readers (``readers.py``).
"""
from __future__ import annotations

from ...rules import speech as R
from ...rules import speech_verbs as V
from . import mentions as M
from . import names as N
from .cues import Cue, Sentence
from .scan import appositive_role

_USABLE = ("name", "pronoun", "description", "org", "group")
N_STARTS_NOT_SUBJECT = {"and", "but", "or", "to", "of", "in", "on", "at", "for", "with", "by",
                        "from", "as", "that", "which", "who", "including"}
_STOPS = ",;:()"


def _plural(low: str) -> bool:
    return low in R.PERSON_PLURALS or low in R.GROUP_WORDS or low in R.COLLECTIVE_PLURALS or (
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
    elif not _plural(head.low) or first in ("a", "an", "one", "this", "that") \
            or head.low in R.DOCUMENT_WORDS or head.low in R.DATA_WORDS:
        return M.Mention("none")      # "exit polls", "figures": a source, nobody's words
    text = s.text[toks[k].start:toks[j - 1].end]
    return M.Mention("group", text, toks[k].start, toks[j - 1].end, head=head.low)


def _np_or_group(s: Sentence, a: int, b: int) -> M.Mention:
    """What [a, b) stands for; a plural of people ("Republicans in Congress", "Democrats
    and Republicans") is an unnamed group, not an organisation's name."""
    np = s.classify(a, b)
    if np.kind in ("none", "org"):
        group = plural_subject(s, a, b)
        if group.kind == "group" and (np.kind == "none" or group.head in R.PARTY_PLURALS):
            return group
    return np


def coordinated_subject(s: Sentence, cue: Cue, c: int) -> M.Mention:
    """"X did this and said ...": the subject of the clause the verb is joined to by the
    word at ``c`` (and, but): the speaker of a cue before it in the sentence, else the
    sentence's subject."""
    cue.joined = True
    a, b, m = nearest_subject(s, c)
    last = s.last
    if last is not None and last.subj is not None and last.vi < c \
            and (m.kind == "none" or a <= s.lo):
        # "X said ..., and added ...", "X said he watched it and slammed ...": the same
        # speaker, unless a clause of its own comes between ("..., while Y deny and say")
        cue.lead = last
        cue.s0, cue.s1 = c, c + 1
        return last.subj
    if m.kind == "pronoun" and m.pronoun in ("i", "we"):
        return M.Mention("none")
    cue.s0, cue.s1 = a, b
    return m


def _after_noun(stoks, b: int) -> bool:
    """The -ed word at ``b`` follows a noun, not a determiner or a possessive ("the
    elected official", "China's state-owned giant" are no verbs)."""
    prev = stoks[b - 1]
    if prev.kind == "w" and prev.low.endswith("ly") and len(prev.low) > 4 and b >= 2 \
            and not prev.is_cap:
        return _after_noun(stoks, b - 1)    # "Jane Roe repeatedly invoked ...": an adverb
    return prev.kind == "w" and prev.low not in N.DETERMINERS \
        and not prev.low.endswith(("'s", "’s")) and not prev.low.endswith("ly")


def _clause_starts(s: Sentence, c: int) -> list[int]:
    """Where a clause may start before ``c``, nearest first: after a comma, a semicolon,
    a dash or a subordinating word ("while the police deny ... and say"), or the
    sentence's start (at most 40 tokens back: linear)."""
    stoks = s.toks
    lo = max(s.lo, c - 40)
    out = [m + 1 for m in range(c - 1, lo - 1, -1)
           if stoks[m].text in (",", ";", "—", "–") or stoks[m].low in R.SUBORDINATORS]
    if lo == 0 or lo == s.lo:
        out.append(lo)
    return out


def nearest_subject(s: Sentence, c: int) -> tuple[int, int, M.Mention]:
    """The subject of the clause the verb at ``c + 1`` is joined to: the nearest noun
    phrase, opening a clause, that a finite verb follows ("Giles attempted ...", "the
    city's police deny ..."); at the sentence's start also one an aside follows ("De
    Blasio, speaking on the radio, called ...")."""
    from .spans import _finite       # spans imports this module
    stoks = s.toks
    for a in _clause_starts(s, c):
        while a < c and stoks[a].kind == "p":
            a += 1
        first = stoks[a] if a < c else None
        if first is None or first.kind != "w" or first.low in N_STARTS_NOT_SUBJECT \
                or first.low in R.SUBORDINATORS or first.low in N.PREPOSITIONS \
                or (not first.is_cap and (first.low.endswith(("ing", "ed"))
                                          or first.low in V.VERB_FORMS)):
            continue
        opening = s.lo == 0 and all(t.kind == "p" for t in stoks[:a])
        for b in range(a + 1, min(c, a + 9)):
            t = stoks[b]
            verb = t.kind == "w" and not t.is_cap and "-" not in t.low and (
                t.low in M._CLAUSE_VERBS or _finite(stoks, b) or t.low in V.VERB_FORMS
                or t.low in V.BELIEF_FORMS or (t.low.endswith("ed") and _after_noun(stoks, b)))
            aside = t.text == "," and opening
            if t.kind == "w" and not verb and t.low in R.SUBJECT_BOUNDARY_WORDS:
                break
            if not (verb or aside or t.kind != "w"):
                continue
            if not (verb or aside):
                break
            np = _np_or_group(s, a, b)
            if np.kind in _USABLE:
                return a, b, np
            break
    return -1, -1, M.Mention("none")


def _aside_is_clause(part) -> bool:
    """An aside with a verb of its own before any relative word ("the dollar may weaken"),
    not a role ("a veteran who now is an employee", "R-Fla.", "60")."""
    lows = [t.low for t in part]
    if not lows or lows[0] in R.ASIDE_CLAUSE_OPENERS:
        return False
    rel = next((x for x, w in enumerate(lows) if w in R.RELATIVE_WORDS), len(lows))
    return any((t.low in M._CLAUSE_VERBS or t.low in R.SUBJECT_BOUNDARY_WORDS) and not t.is_cap
               and not _joins_titles(part, x) for x, t in enumerate(part[:rel]))


def _joins_titles(part, x: int) -> bool:
    """"professor of law and author of ...": "and" before another title joins two roles
    of one person, no clause."""
    return part[x].low == "and" and x + 1 < len(part) and N.title_head(part[x + 1].low) \
        and any(N.title_head(t.low) for t in part[:x])


def subject_before_asides(s: Sentence, comma: int, cue: Cue) -> M.Mention:
    """"Jane Doe, 60, a doctor, said": the noun phrase opening the sentence (or the
    clause after ``s.lo``), followed by up to three comma-separated asides ending at the
    comma at ``comma``. The asides are not clauses (or are relative ones: ", who ...,")."""
    stoks = s.toks
    start = s.lo
    while start < comma and stoks[start].kind == "p":
        start += 1
    if start + 1 < comma and stoks[start].low == "as" and stoks[start + 1].is_cap \
            and cue.verb.lower() in ("put it", "puts it"):
        start += 1      # "As Jane Roe, a law professor, put it, ...": the subject after "as"
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
    np = _np_or_group(s, a, b)
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


def antecedent_subject(s: Sentence, cue: Cue, rel: int) -> M.Mention:
    """"Republicans who say the law is ...", "unions who said ...": the noun phrase the
    relative word at ``rel`` hangs from, when it names people (a group, a person, an
    organisation), not a thing ("the plan that critics ...")."""
    from .spans import _finite, antecedent_np
    k, j = antecedent_np(s.toks, rel)
    for m in range(j - 1, k, -1):       # "The levy angered voters who": after the verb
        t = s.toks[m]
        if not t.is_cap and (t.low in M._CLAUSE_VERBS or _finite(s.toks, m)
                             or t.low.endswith("ed") or t.low in V.VERB_FORMS):
            k = m + 1
            break
    while k < j and s.toks[k].low in N_STARTS_NOT_SUBJECT:
        k += 1                          # "including a career officer who ..."
    if j <= k:
        return M.Mention("none")
    np = _np_or_group(s, k, j)
    if np.kind in ("group", "org") and s.toks[k].low in ("a", "an") and k >= 2 \
            and s.toks[k - 1].text == "," and s.toks[k - 2].is_cap \
            and not any(t.is_cap for t in s.toks[k + 1:j]):
        # "the Harbor Trade Council, a group that has praised ...": the group named
        a, b = antecedent_np(s.toks, k - 1)
        a = next((m + 1 for m in range(b - 1, a - 1, -1) if not s.toks[m].is_cap
                  and s.toks[m].low not in ("of", "for", "and", "the", "&")), a)
        named = _np_or_group(s, a, b) if b > a else M.Mention("none")
        if named.kind in ("org", "name"):
            k, j, np = a, b, named
    # a bare role ("Doe, a banker and former official who has suggested ...") is the
    # appositive of someone named before it, not a speaker to resolve on its own
    if np.kind not in ("name", "org", "group") or (
            np.kind == "org" and np.generic):
        return M.Mention("none")
    cue.s0, cue.s1 = k, j
    return np


def document_antecedent(s: Sentence, cue: Cue, rel: int) -> M.Mention:
    """"a blog post that said the firm ...", "the report, which says ...": a document
    the relative word at ``rel`` hangs from says what follows (its writer unnamed)."""
    from .spans import antecedent_np
    if cue.lemma not in V.SAY_LEMMAS or not cue.verb or s.word(rel) not in ("that", "which"):
        return M.Mention("none")
    end = rel - 1 if s.word(rel - 1) == "," else rel
    k, j = antecedent_np(s.toks, end)
    if j <= k or s.toks[j - 1].low not in R.DOCUMENT_WORDS:
        return M.Mention("none")
    for m in range(j - 1, k - 1, -1):      # "rejected claims in a post": from its determiner
        if s.toks[m].low in N.DETERMINERS:
            k = m
            break
    a, b = s.toks[k].start, s.toks[j - 1].end
    cue.s0, cue.s1 = k, j
    return M.Mention("org", s.text[a:b], a, b, document=True)   # no speaker, as "the report"
