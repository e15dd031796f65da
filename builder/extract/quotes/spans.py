"""Token spans of a speech cue's speaker: the noun phrase before the verb ("Jane Doe
said"), after it ("said Hu"), before an aside ("X, a professor at Y, said"), and a
clause's subject. Pure helpers over a sentence's tokens, used by the cue readers
(``readers.py``); what a cue reports is ``content_spans.py``'s.
"""
from __future__ import annotations

import re

from ...rules import attribution as A
from ...rules import speech as R
from ...rules import speech_verbs as V
from . import mentions as M
from . import names as N
from .cues import Cue, Sentence
from .scan import appositive_role
from .text import _DOTTED, ABBREVIATIONS, Tok

# a party and state tag after a lawmaker's name ("R-Ohio", "D-N.Y.", "I-Vt")
_PARTY_TAG = re.compile(r"[A-Z]{1,2}-[A-Z][A-Za-z.]*")
HARD_STOP = set(",;:()[]—–-.!?")
DASHES = set("—–-")


# ---- the speaker's noun phrase ---------------------------------------------------------

def left_np(stoks: list[Tok], vi: int, lo: int) -> tuple[int, int]:
    """The subject before the verb at ``vi`` (not before ``lo``): [k, j)."""
    j = vi
    while j > lo and stoks[j - 1].kind == "w" and stoks[j - 1].low in R.SPEAKER_VERB_FILLERS \
            and not stoks[j - 1].is_cap:
        j -= 1
    k = j
    while k > lo:
        t = stoks[k - 1]
        if t.kind == "p" and t.text == ")":
            # "the British Chamber of Commerce (BCC) has said": step over the parenthesis
            m = k - 2
            while m >= lo and m > k - 10 and stoks[m].text != "(" and stoks[m].kind != "q":
                m -= 1
            if m >= lo and stoks[m].text == "(":
                k = m
                continue
            break
        if t.kind == "p" and t.text == "." and (abbreviation_dot(stoks, k - 1) or (
                k - 2 >= lo and (N.is_suffix(stoks[k - 2].text) or legal_form(stoks[k - 2]))
                and stoks[k - 2].end == t.start)):
            k -= 1   # "U.S. Attorney Jane Doe said", "Jane Doe Jr. said", "Orbis Corp. said"
            continue
        if t.kind == "q" or (t.kind == "p" and t.text in HARD_STOP):
            break
        if t.kind == "w" and t.low in R.SUBJECT_BOUNDARY_WORDS:
            if _joins_subject(stoks, k, j, lo):
                k -= 1
                continue
            break
        k -= 1
    return k, j


_LEGAL_FORMS = frozenset({"inc", "corp", "co", "ltd", "llc", "plc", "bhd", "cos"})


def legal_form(t: Tok) -> bool:
    """A company's legal form written with its dot, which ends the name and no sentence:
    "Orbis Corp.", "Harlow & Co.", "Tesco Ltd."."""
    return t.kind == "w" and t.is_cap and t.low in _LEGAL_FORMS


def _joins_subject(stoks: list[Tok], k: int, j: int, lo: int) -> bool:
    """The boundary word at ``k - 1`` joins two parts of one subject: "Hu and Volkov",
    "leaders and diplomats from both"."""
    t = stoks[k - 1]
    before = k - 2
    if before - 1 >= lo and stoks[before].text == "." and legal_form(stoks[before - 1]):
        before -= 1     # "Orbis Inc. and Harlow Corp. said"
    if t.low in ("and", "&") and before >= lo and stoks[before].kind == "w" \
            and stoks[before].is_cap and k < j and (stoks[k].is_cap
                                                   or stoks[k].low in ("others", "other")):
        return True     # "Doe and others", "Doe and other voters"
    if t.low == "and" and k - 2 >= lo and stoks[k - 2].low in ("he", "she") and k < j \
            and stoks[k].is_cap and (k - 3 < lo or stoks[k - 3].kind != "w"):
        return True     # "..., he and Mr. Allen said": the pronoun and a name
    return t.low == "and" and k - 2 >= lo and k < j and stoks[k - 2].kind == "w" \
        and not stoks[k - 2].is_cap and stoks[k - 2].low.endswith("s") \
        and (k - 3 < lo or stoks[k - 3].kind != "w" or stoks[k - 3].low in N.DETERMINERS)


def abbreviation_dot(stoks: list[Tok], i: int) -> bool:
    """The "." at ``i`` ends an abbreviation or initial inside a name ("U.S.", "W."), or
    a dotted abbreviation inside a description ("a senior U.S. official": a lowercase
    word after it, so no sentence ends there)."""
    if i <= 0 or i + 1 >= len(stoks) or stoks[i + 1].kind != "w":
        return False
    prev = stoks[i - 1]
    if not stoks[i + 1].is_cap:
        return prev.kind == "w" and prev.end == stoks[i].start and bool(_DOTTED.fullmatch(prev.text)) \
            and stoks[i + 1].text[:1].islower()
    return prev.kind == "w" and prev.end == stoks[i].start and (
        (len(prev.text) == 1 and prev.text.isupper()) or bool(_DOTTED.fullmatch(prev.text))
        or prev.low in ABBREVIATIONS)


def right_np(stoks: list[Tok], vj: int) -> tuple[int, int]:
    """An inverted subject after the verb ending at ``vj``: [vj, k)."""
    k = vj
    n = len(stoks)
    while k < n and k - vj < 12:
        t = stoks[k]
        if t.kind == "p" and t.text == "." and (abbreviation_dot(stoks, k)
                                                  or N.suffix_dot(stoks, k, vj)):
            k += 1
            continue
        if t.kind != "w":
            if t.kind == "p" and t.text in "-’'" and k + 1 < n and stoks[k + 1].kind == "w":
                k += 1
                continue
            break
        if t.low in A.INVERSION_STOP and not (t.low in A.INVERSION_NAME_PREPOSITIONS
                                              and k + 1 < n and stoks[k + 1].is_cap and k > vj):
            break
        k += 1
    return vj, k


_ANTECEDENT_STOPS = {"was", "is", "were", "are", "been", "be"}


def antecedent_np(stoks: list[Tok], comma: int) -> tuple[int, int]:
    """For "..., which added": the phrase before the comma."""
    k = comma
    while k > 0:
        t = stoks[k - 1]
        if t.kind != "w" or t.low in R.SUBJECT_BOUNDARY_WORDS or t.low in ("to", "by", "from") \
                or t.low in _ANTECEDENT_STOPS:
            break       # "Then there was Jo Roe, who said": the name after the copula
        k -= 1
    return k, comma


def appositive_subject(s: Sentence, comma: int, cue: Cue) -> M.Mention:
    """"X, a professor at Y, said" / "The minister, X, said" / "X, when asked, replied"."""
    stoks, lo = s.toks, s.lo
    mark = stoks[comma].text
    stops = ",;:()" if mark == "," else ";:()" + "".join(DASHES)
    c = comma - 1
    while c >= lo and not ((stoks[c].kind == "q" and mark == ",") or (
            stoks[c].kind == "p" and stoks[c].text in stops)):
        c -= 1
    part = stoks[c + 1:comma]
    if mark in DASHES:
        return _dash_aside_subject(s, c, cue)
    if c < lo or stoks[c].text != ",":
        # a stray comma: "“...,” shop owner Jane Doe, told the agency"
        if part and c >= lo and stoks[c].kind == "q" and len(part) <= 8:
            m = M.classify_np(s.text, part, s.known_orgs)
            if m.kind in ("name", "description", "org"):
                cue.s0, cue.s1 = c + 1, comma
                return m
        return M.Mention("none")
    c = _first_of_appositives(stoks, c, lo, part)
    part = stoks[c + 1:comma]
    k, j = left_np(stoks, c, lo)
    if j <= k or not part or _PARTY_TAG.fullmatch(s.text[stoks[k].start:stoks[j - 1].end]):
        return M.Mention("none")    # "Sen. Jane Doe, R-Ohio, speaking ..., said": see subjects
    if k - 1 > lo and stoks[k - 1].text == "," and stoks[j - 1].is_cap and _a_state(part):
        # "Acme Corp., Fort Lyle, Colo., said": a place of business (a town, then its
        # state or country) after the speaker, not the speaker
        return appositive_subject(s, k - 1, cue)
    if k - 2 > lo and stoks[k - 1].text == "," and stoks[k - 2].kind == "w" \
            and stoks[k - 2].is_cap and _a_state(stoks[k:j]):
        # "Jo Roe, who was to fly to Dayton, Ohio, on Monday to ..., said": the state
        # after a town inside the aside, not the speaker; the aside runs on before it
        return appositive_subject(s, k - 1, cue)
    return _aside_subject(s, k, j, c, comma, part, cue)


def _a_state(part: list[Tok]) -> bool:
    """A state or country alone ("Texas", "New Mexico", "Colo.")."""
    if _abbreviated_word(part):
        return True
    words = [t for t in part if t.kind == "w"]
    return bool(words) and len(words) == len(part) and N.place_word(words[-1].low) \
        and all(t.is_cap and (N.place_word(t.low) or t.low == "new") for t in words)


def _first_of_appositives(stoks: list[Tok], c: int, lo: int, part: list[Tok]) -> int:
    """ "Jo Roe, the professor of surgery in Lisbon, Portugal, and former head of the
    board, said": an aside opening with "and" and a lowercase word is the second of two
    descriptions; the subject stands before the first one's comma (at most four back)."""
    if len(part) < 2 or part[0].low != "and" or part[1].is_cap or part[1].kind != "w":
        return c
    first = c
    for _ in range(4):
        b = first - 1
        while b >= lo and not (stoks[b].kind == "q" or (stoks[b].kind == "p" and stoks[b].text in ",;:()")):
            b -= 1
        if b < lo or stoks[b].text != ",":
            break
        first = b
    return first if first != c and any(t.kind == "w" and t.low in ("the", "a", "an") for t in stoks[first + 1:first + 3]) \
        else c


def _dash_aside_subject(s: Sentence, c: int, cue: Cue) -> M.Mention:
    """"Mr Herron - who is running his own campaign - said"."""
    if c < s.lo or s.toks[c].text not in DASHES:
        return M.Mention("none")
    k, j = left_np(s.toks, c, s.lo)
    np1 = s.classify(k, j) if j > k else M.Mention("none")
    if np1.kind in ("name", "org", "description", "pronoun"):
        cue.s0, cue.s1 = k, j
        return np1
    return M.Mention("none")


def _aside_subject(s: Sentence, k: int, j: int, c: int, comma: int, part: list[Tok],
                   cue: Cue) -> M.Mention:
    """The subject [k, j) before an aside ``part`` between the commas at c and comma."""
    lows = [t.low for t in part]
    rel = next((x for x, w in enumerate(lows) if w in A.CLAUSE_BREAKS), len(part))
    if any((t.low in M._CLAUSE_VERBS or t.low in A.MODAL_CLAUSE_WORDS) and not t.is_cap
           for t in part[:rel]) \
            and lows[0] not in ("who", "which", "when", "while", "after", "as", "if"):
        return M.Mention("none")   # ", the dollar may weaken, said X": a clause, not an aside
    np1 = s.classify(k, j)
    if np1.kind == "description" and rel == 0 and k - 1 > s.lo and s.toks[k - 1].text == ",":
        # "Jane Roe, a former director of the party, whose roots are ..., said": the
        # description is the name's appositive; the name before it is the subject
        k0, j0 = left_np(s.toks, k - 1, s.lo)
        named = s.classify(k0, j0) if j0 > k0 else None
        if named is not None and named.kind == "name" and k0 in (s.lo, s.lo + 1):
            cue.appos = np1.role
            cue.s0, cue.s1 = k0, j0
            return named
    if np1.kind in ("description", "pronoun") and rel == 0:
        cue.s0, cue.s1 = k, j       # "The senator, who spoke at a rally, warned ..."
        return np1
    interruption = lows[0] in A.INTERRUPTION_STARTERS
    if np1.kind in ("name", "org") and not interruption:
        if "and" in lows and all(t.is_cap or t.low in ("and", ",") for t in part):
            # "Zhou, Li and Zhang said"
            return M.Mention("group", np1.text, members=M.group_members(
                s.text, s.toks[k:comma], s.known_orgs))
        cue.appos = appositive_role(s.text, s.toks, c)
        cue.s0, cue.s1 = k, j
        return np1
    if np1.kind in ("name", "org", "pronoun") and interruption:
        cue.s0, cue.s1 = k, j
        if lows[0] in A.PERSON_ASIDES:
            cue.person_hint = True   # "Volkov, speaking in Moscow, said": a person
        return np1
    if np1.kind in ("description", "none", "group"):
        # "The Shadow Minister, Joan Pike, said", "Another peer, Lord Skidelsky, said"
        inner = M.classify_np(s.text, part, s.known_orgs)
        if inner.kind == "name" and not _abbreviated_word(part):
            cue.appos = np1.role if np1.kind == "description" else None
            cue.s0, cue.s1 = k, comma
            return inner
    return M.Mention("none")


def _abbreviated_word(part: list[Tok]) -> bool:
    """One capitalised word with its abbreviation's dot ("Cambridge, Mass., said"): a
    state or a title cut short, not a person's name."""
    return len(part) == 2 and part[0].kind == "w" and part[1].text == "." \
        and part[1].start == part[0].end and len(part[0].text) > 1


def inverted_subject(s: Sentence, cue: Cue) -> M.Mention:
    """"“...,” said Hu" / "..., says top diplomat Zhou Wei" / "Added Hu: “...”" (a colon
    after the name only when the verb opens the sentence)."""
    stoks = s.toks
    a, b = right_np(stoks, cue.vj)
    if b <= a:
        return M.Mention("none")
    subj = s.classify(a, b)
    described = subj.kind == "description" or (subj.kind == "none"
                                                 and stoks[a].low in N.DETERMINERS)
    if subj.kind not in ("name", "description", "org", "pronoun", "group") and not described:
        return M.Mention("none")
    if b < s.hi and not (stoks[b].kind == "q" or stoks[b].text in ",;(—–"
                         or stoks[b].low in A.INVERSION_STOP
                         or (stoks[b].text == ":" and a == cue.vj
                             and all(t.kind != "w" for t in stoks[:cue.vi]))):
        return M.Mention("none")    # "warned voters against ...": an object, not a speaker
    if subj.kind in ("group", "description") and cue.cls == "act":
        return M.Mention("none")
    if described and b < len(stoks) and stoks[b].text == "," and cue.cls != "act":
        # "said its chief executive, Sir Howard Newby.", "said another leading advocate,
        # Andrew J. Pincus of the law firm X."
        e = b + 1
        while e < len(stoks) and e - b < 12 and stoks[e].kind == "w" or (
                e < len(stoks) and stoks[e].text == "." and e + 1 < len(stoks)
                and stoks[e + 1].kind == "w"):
            e += 1
        named = s.classify(b + 1, e)
        if named.kind == "name":
            named.role = named.role or subj.role or (N.role_text(s.text, stoks[a:b])
                                                     if subj.kind == "none" else None)
            cue.left_subject = False
            cue.s0, cue.s1 = a, e
            return named
    if subj.kind == "none":
        return subj
    cue.left_subject = False
    cue.s0, cue.s1 = a, b
    cue.appos = appositive_role(s.text, stoks, b) if subj.kind == "name" else None
    return subj


def clause_subject(s: Sentence, upto: int) -> tuple[int, int, M.Mention] | None:
    """The subject of the clause before ``upto``: the speaker of the last valid cue
    there, else the first noun phrase of the sentence (or after an opening phrase and
    its comma) that is followed by a verb."""
    stoks = s.toks
    starts = [0] + [m + 1 for m in range(upto) if stoks[m].text == ","][:3]
    for a in starts:
        if a >= upto:
            break
        b = a
        while b < upto and _np_token(stoks, a, b):
            b += 1
        if b == a or b >= upto or _participle_opener(stoks, a, b):
            continue
        if stoks[b - 1].kind == "w" and stoks[b - 1].text.endswith(("'s", "’s")):
            e = b                       # "Rui's paternal uncle": the possessive opens a description
            while e < upto and e - b < 4 and stoks[e].kind == "w" and not stoks[e].is_cap:
                e += 1
            if e > b and e < upto and stoks[e].text == ",":
                named = _named_after_description(s, a, e, upto)
                if named is not None:
                    return named
            f = next((f for f in range(b + 1, min(e + 1, upto)) if _finite(stoks, f)), None)
            if f is not None and s.classify(a, f).kind in ("description", "org"):
                return a, f, s.classify(a, f)   # "Lakeland's central bank ended ...": all of it
        nxt = stoks[b]
        if nxt.text == "," and a >= 2 and stoks[a - 2].is_cap \
                and all(N.place_word(t.low) for t in stoks[a:b]):
            continue    # "At an event in Ames, Iowa, on Sunday, Roe ...": a town's state
        if nxt.text == "," or (nxt.kind == "w" and not nxt.is_cap):
            named = _named_after_description(s, a, b, upto) if nxt.text == "," else None
            if named is not None:
                return named
            m = s.classify(a, b)
            if m.kind in ("name", "pronoun", "description", "org"):
                return a, b, m
    return None


def _participle_opener(stoks, a: int, b: int) -> bool:
    """"Facing mounting criticism, Mr. Doe ...", "Recognizing this, Doe ...": a participle
    opening the sentence, before its object (no verb after it: "King said" is a name)."""
    t = stoks[a]
    if a != 0 or b != 1 or not t.low.endswith("ing") or len(t.low) < 6 \
            or t.low in N._GIVEN or b >= len(stoks):
        return False
    nxt = stoks[b]
    return nxt.kind == "w" and not nxt.is_cap and nxt.low not in V.VERB_FORMS \
        and not nxt.low.endswith("ed") and any(x.text == "," for x in stoks[b:])


def _named_after_description(s: Sentence, a: int, b: int, upto: int) -> tuple[int, int, M.Mention] | None:
    """ "Rui's great-uncle, Jo Brandt, is fighting ..., saying": a description
    (its head a lowercase word) then a name between commas: the name is the subject."""
    stoks = s.toks
    if stoks[b - 1].kind != "w" or stoks[b - 1].is_cap:
        return None
    c = b + 1
    e = c
    while e < upto and _np_token(stoks, c, e):
        e += 1
    if e == c or e >= upto or stoks[e].text != "," or not all(t.is_cap for t in stoks[c:e] if t.kind == "w"):
        return None
    m = s.classify(c, e)
    return (c, e, m) if m.kind == "name" else None


def _np_token(stoks: list[Tok], a: int, b: int) -> bool:
    """Token ``b`` may belong to a subject noun phrase starting at ``a``."""
    t = stoks[b]
    if t.kind == "p":
        return t.text == "." and abbreviation_dot(stoks, b) or (
            t.text in "-’'" and b + 1 < len(stoks) and stoks[b + 1].kind == "w")
    if t.kind != "w":
        return False
    low = N.strip_possessive(t.low)[0]
    if b == a and (low in N.DETERMINERS or low in R.PRONOUNS):
        return True
    if b > a and stoks[a].low in R.PRONOUNS and len(stoks[a].text) <= 4:
        return False     # "he", "she": one word
    return t.is_cap or N.title_word(low) or low in R.PERSON_NOUNS or (
        low in ("of", "and") and b + 1 < len(stoks) and stoks[b + 1].is_cap)


# what subjects.py takes from here (read there at call time: it is imported by spans' users)
from .content_spans import _finite, looks_like_clause, trim_content  # noqa: E402,F401
