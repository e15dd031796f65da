"""Subjects of a speech verb that do not stand right before it (helpers of the verb
reader's ``_subject_verb`` in ``readers.py``):

* a time adjunct between them: "Doe on Tuesday said", "the senator last week told",
  "Doe at the time said", "the department less than two weeks ago said";
* no subject right before the verb: ", which added", "X, who ..., said" (the antecedent,
  or the name before appositives), "X did this and said", "Doe, 60, a doctor, said",
  "“...,” said X"; after a relative clause with a cue of its own, that cue's speaker
  ("Doe, who estimated that ..., said").
"""
from __future__ import annotations

import re

from ...rules import attribution as A
from ...rules import speech as R
from ...rules import speech_verbs as V
from ...rules import time_words as TW
from . import asides as AS
from . import mentions as M
from . import names as N
from . import spans as S
from . import subjects as SUB
from .cues import Cue, Sentence


def before_time_adjunct(s: Sentence, vi: int) -> int:
    """"Jane Doe on Tuesday said", "the senator last week told", "Doe at the time said":
    the subject stands before a short time adjunct (a weekday, maybe with "on" and a part
    of the day; "last/this" and a period; "at the time"), not right before the verb."""
    w = s.word
    k = vi - 1 if w(vi - 1) in A.DAY_PARTS else vi             # "Monday night"
    if w(k - 1) == "ago":                                       # "less than a week ago"
        k -= 1
        while k > vi - 6 and (w(k - 1) in A.AGO_WORDS or w(k - 1).isdigit()):
            k -= 1
        if w(k) not in A.PERIOD_UNITS and w(k) not in A.AGO_WORDS or k == vi - 1:
            return vi
    elif w(k - 1) in TW.WEEKDAYS:
        k -= 2 if w(k - 2) == "on" else 1
    elif w(k - 1) in A.PERIOD_UNITS | A.DAY_PARTS and w(k - 2) in A.PERIOD_DEICTICS:
        k -= 2                                                  # "last week", "last night"
    elif k == vi and (w(k - 3), w(k - 2), w(k - 1)) == ("at", "the", "time"):
        k -= 3
    else:
        return vi
    prev = s.toks[k - 1] if k > s.lo else None
    if prev is None or not (prev.kind == "w" or prev.text in (",", ")")) \
            or prev.low in N.PREPOSITIONS or prev.low in A.NO_VERB_AFTER:
        return vi
    return k


def _after_relative_aside(stoks: list[Tok], k: int, lo: int) -> int | None:
    """"Jo Roe, who, after trading insults with X, said": the verb at ``k`` follows an
    aside set off by commas right after "who"; the index just after that "who" (where
    the verb would stand without the aside), else None."""
    if k < 5 or stoks[k - 1].text != ",":
        return None
    for m in range(k - 2, max(lo, k - 20), -1):
        t = stoks[m]
        if t.kind == "q" or (t.kind == "p" and t.text in ";:()"):
            return None
        if t.text == ",":
            if m - 2 >= lo and stoks[m - 1].low in ("who", "which") \
                    and stoks[m - 2].text == ",":
                return m
            return None
    return None


def subject_not_before(s: Sentence, cue: Cue, k: int) -> M.Mention:
    """No subject right before the verb: ", which added", ", X, said", "“...,” said X"."""
    stoks = s.toks
    before = stoks[k - 1]
    aside = _after_relative_aside(stoks, k, s.lo)
    if aside is not None:
        return subject_not_before(s, cue, aside)    # "Jo Roe, who, after a row, said"
    if before.kind == "w" and before.low == "who" and k >= 2 and stoks[k - 2].kind == "w":
        return SUB.antecedent_subject(s, cue, k - 1)   # "Republicans who say ..."
    if before.kind == "w" and before.low in ("which", "who") and k >= 2 \
            and stoks[k - 2].text == ",":
        a0, a1 = S.antecedent_np(stoks, k - 2)
        subj = s.classify(a0, a1)
        cue.s0 = k - 1
        if subj.kind in ("description", "none") or _after_preposition(stoks, a0):
            # "Jane Doe of Ohio, the ranking Democrat, who said", "Jane Doe, a doctor
            # from Ames, Iowa, who said": the name before the appositives
            named = _earlier_name(s, a0)
            if named is not None:
                cue.appos = subj.role if subj.kind == "description" else None
                return named
        return M.Mention("none") if subj.kind in ("none", "group") else subj
    if before.kind == "w" and before.low in R.VERB_COORDINATORS and cue.kind in ("verb",
                                                                                 "phrasal"):
        if cue.lemma in V.NOUNISH and not cue.verb.endswith("ed"):
            return M.Mention("none")     # "and states that ...": a noun as likely
        return SUB.coordinated_subject(s, cue, k - 1)    # "X did this and said ..."
    if before.text == "," and cue.kind in ("verb", "thought"):
        lead = _relative_lead(s, k - 1)
        if lead is not None:
            cue.lead, cue.s0, cue.s1 = lead, k - 1, k
            return lead.subj
    if (before.text == "," or before.text in S.DASHES) and cue.kind in ("verb", "thought"):
        subj = S.appositive_subject(s, k - 1, cue)
        if subj.kind != "none" and 0 <= cue.s0 < len(stoks) \
                and stoks[cue.s0].low in N.PREPOSITIONS:
            subj = M.Mention("none")    # "... bridges'' to Mr. Sanders, said X": an object
        if subj.kind in ("name", "org") and before.text == "," and _inside_an_aside(stoks, cue.s0):
            # "Jo Roe, a pollster who works with Acme Group, a super PAC, said": the name
            # in the aside is an object there; the name opening the sentence speaks
            s0, s1 = cue.s0, cue.s1
            opening = SUB.subject_before_asides(s, k - 1, cue)
            if opening.kind == "name" and N.is_name_word(stoks[cue.s0].text):
                return opening
            cue.s0, cue.s1 = s0, s1
        if subj.kind == "none" and before.text == "," and k >= 3 and stoks[k - 2].text == ")":
            subj = _name_with_party_tag(s, k - 2, cue)        # "Gov. Jo Roe (R-Ohio), said"
        if subj.kind == "none" and before.text == ",":
            subj = SUB.subject_before_asides(s, k - 1, cue)   # "Doe, 60, a doctor, said"
        if subj.kind == "none" and before.text == ",":
            subj = AS.name_before_asides(s, k - 1, cue)
        return subj if subj.kind != "none" else S.inverted_subject(s, cue)
    if before.kind == "q" and cue.kind in ("verb", "thought") and _title_closing_aside(stoks, k - 1):
        # "Jane Roe, author of ''The Rules,'' put it": the title's comma closes the aside
        subj = SUB.subject_before_asides(s, k - 1, cue)
        if subj.kind != "none":
            return subj
    if before.kind == "q" and cue.kind == "verb":
        return S.inverted_subject(s, cue)
    return M.Mention("none")


_TITLE_WORDS = re.compile(r"[^\W\d_][\w'’-]*")


def _title_closing_aside(stoks, q: int) -> bool:
    """The quotation at ``q`` is a short title in Title Case ending in the aside's comma
    ("author of ''The Unwritten Rules,''"), after "of", "titled" or "called"."""
    inner = stoks[q].text.strip("\"“”'‘’`« »")
    words = _TITLE_WORDS.findall(inner)
    return q > 0 and stoks[q - 1].low in ("of", "titled", "entitled", "called") \
        and inner.endswith(",") and 0 < len(words) <= 8 \
        and all(w[:1].isupper() for w in words if len(w) > 3)


def _name_with_party_tag(s: Sentence, close: int, cue: Cue) -> M.Mention:
    """"..., Gov. Jo Roe (R-Ohio), said": the name before a party tag in parentheses."""
    stoks = s.toks
    o = next((x for x in range(close - 1, max(s.lo - 1, close - 6), -1) if stoks[x].text == "("),
             None)
    if o is None or not S._PARTY_TAG.fullmatch(s.text[stoks[o + 1].start:stoks[close - 1].end]):
        return M.Mention("none")
    a, b = S.left_np(stoks, o, s.lo)
    m = s.classify(a, b) if b > a else M.Mention("none")
    if m.kind != "name":
        return M.Mention("none")
    cue.s0, cue.s1 = a, b
    return m


def _inside_an_aside(stoks, a: int) -> bool:
    """The noun phrase at ``a`` follows a lowercase word ("works with Acme Group", "near
    the capital, Ames"): an object inside an aside, not the subject."""
    b = a - 1
    if b >= 1 and stoks[b].text == ",":
        b -= 1
    return b >= 0 and stoks[b].kind == "w" and not stoks[b].is_cap \
        and stoks[b].low not in ("and", "or", "but")


def _relative_lead(s: Sentence, comma: int) -> Cue | None:
    """"Jane Doe, who estimated that ..., said ...": the comma at ``comma`` closes a
    relative clause (after the speaker's name) whose own cue was read just before; the
    verb after it is the same person's (that cue's ``s.lo`` hides the name)."""
    stoks = s.toks
    last = next((c for c in reversed(s.read) if c.left_subject and 1 <= c.s0 < comma
                 and stoks[c.s0].low == "who"), None)
    if last is None or last.subj is None or last.subj.kind not in ("name", "description") \
            or last.kind != "verb" or stoks[last.s0 - 1].text != "," or last.vi > comma:
        return None
    inner = stoks[last.s0:comma]
    if any(t.kind == "q" or t.text in (";", ":") for t in inner) \
            or sum(t.text == "," for t in inner) > 1:
        return None
    return last


def _after_preposition(stoks, a: int) -> bool:
    return a > 0 and stoks[a - 1].low in ("from", "of", "in", "at", "by", "to", "near")


def _earlier_name(s: Sentence, a: int) -> M.Mention | None:
    """A person's name that opens one of the (at most three) comma-separated phrases
    before token ``a``, not the object of a preposition ("from Ames")."""
    stoks = s.toks
    m = a
    for _ in range(3):
        c = m - 1
        while c > s.lo and stoks[c].text != ",":
            if stoks[c].kind == "q" or stoks[c].text in ";:()":
                return None
            c -= 1
        if c <= s.lo or stoks[c].text != ",":
            return None
        b0, b1 = S.antecedent_np(stoks, c)
        if b1 <= b0:
            return None
        named = s.classify(b0, b1)
        if named.kind == "name" and not _after_preposition(stoks, b0):
            return named
        m = b0
    return None


_NUMBER = re.compile(r"^(?:\d[\d,.]*%?|\d+-\d+)$")


def quantity_subject(s: Sentence, k: int, j: int) -> M.Mention:
    """"61 percent", "about half of Democratic voters", "one in five", "a third", "most",
    "some of the women", "each side", "another": a share of people (poll respondents, the
    members of a group) saying something, an unnamed group with no speaker; else none."""
    toks = s.toks
    words = [t.low if t.kind == "w" else t.text for t in toks[k:j]]
    if not words or len(words) > 10 or any(t.kind == "q" or (t.kind == "p" and t.text != "%")
                                           for t in toks[k:j]):
        return M.Mention("none")
    m = 0
    while m < len(words) - 1 and words[m] in A.QUANTITY_HEDGES and words[m + 1] != "of":
        m += 1                          # "about", "nearly", "just over", "more than"
    head, rest = words[m], words[m + 1:]
    if head in ("a", "an"):
        while rest and head not in A.QUANTITY_WORDS:
            head, rest = rest[0], rest[1:]   # "a third", "a significant number"
    if "-" in head and _number(head.split("-")[0]) and head.split("-")[-1] in A.QUANTITY_WORDS:
        head = head.split("-")[-1]      # "two-thirds"
    if _number(head) and rest and rest[0] in ("percent", "%"):
        rest = rest[1:]
    elif _number(head) and len(rest) >= 2 and rest[0] == "in" and _number(rest[1]):
        rest = rest[2:]                 # "one in five", "six in 10"
        if rest and rest[0] != "of" and _plural_noun_phrase(toks[j - len(rest):j]):
            rest = []                   # "four in 10 likely voters"
    elif _number(head) and rest[:2] == ["out", "of"] and len(rest) >= 3 and _number(rest[2]):
        rest = rest[3:]                 # "nine out of 10"
    elif head in A.QUANTITY_WORDS and rest[:1] in (["side"], ["sides"]):
        rest = rest[1:]                 # "each side", "both sides"
    elif head not in A.QUANTITY_WORDS and not (_number(head) and rest[:1] == ["of"]):
        return M.Mention("none")
    if rest and rest[0] != "of":
        return M.Mention("none")        # "two officials", "many voters": a plural's
    text = s.text[toks[k].start:toks[j - 1].end]
    return M.Mention("group", text, toks[k].start, toks[j - 1].end, head=head)


def _plural_noun_phrase(toks) -> bool:
    """A few words ending in a plural of people ("likely voters", "Ohio Republican
    primary voters", up to six words): no verb, no preposition."""
    if not toks or len(toks) > 6 or any(t.kind != "w" or t.low in N.PREPOSITIONS
                                        or t.low in M._CLAUSE_VERBS for t in toks):
        return False
    head = toks[-1].low
    return head in R.PERSON_PLURALS or head in R.GROUP_WORDS


def _number(word: str) -> bool:
    return bool(_NUMBER.match(word)) or all(p in A.NUMBER_WORDS for p in word.split("-"))
