"""Token spans around a speech cue: the speaker's noun phrase before or after it, the
person told, and the words that are the reported speech. Pure helpers over a sentence's
tokens, used by the cue readers (``readers.py``).
"""
from __future__ import annotations

import re

from ...rules import attribution as A
from ...rules import speakers as SP
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
                k - 2 >= lo and N.is_suffix(stoks[k - 2].text)
                and stoks[k - 2].end == t.start)):
            k -= 1   # "U.S. Attorney Jane Doe said", "Jane Doe Jr. said"
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


def _joins_subject(stoks: list[Tok], k: int, j: int, lo: int) -> bool:
    """The boundary word at ``k - 1`` joins two parts of one subject: "Hu and Volkov",
    "leaders and diplomats from both"."""
    t = stoks[k - 1]
    if t.low in ("and", "&") and k - 2 >= lo and stoks[k - 2].kind == "w" \
            and stoks[k - 2].is_cap and k < j and (stoks[k].is_cap
                                                   or stoks[k].low in ("others", "other")):
        return True     # "Doe and others", "Doe and other voters"
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


def antecedent_np(stoks: list[Tok], comma: int) -> tuple[int, int]:
    """For "..., which added": the phrase before the comma."""
    k = comma
    while k > 0:
        t = stoks[k - 1]
        if t.kind != "w" or t.low in R.SUBJECT_BOUNDARY_WORDS or t.low in ("to", "by", "from"):
            break
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
    k, j = left_np(stoks, c, lo)
    if j <= k or not part or _PARTY_TAG.fullmatch(s.text[stoks[k].start:stoks[j - 1].end]):
        return M.Mention("none")    # "Sen. Jane Doe, R-Ohio, speaking ..., said": see subjects
    return _aside_subject(s, k, j, c, comma, part, cue)


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
    """"“...,” said Hu" / "..., says top diplomat Zhou Wei"."""
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
                         or stoks[b].low in A.INVERSION_STOP):
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
        if b == a or b >= upto:
            continue
        nxt = stoks[b]
        if nxt.text == "," or (nxt.kind == "w" and not nxt.is_cap):
            m = s.classify(a, b)
            if m.kind in ("name", "pronoun", "description", "org"):
                return a, b, m
    return None


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


def skip_object(stoks: list[Tok], k: int, hi: int) -> int:
    """After "told": the person told ("told his Russian counterpart", "told Y that")."""
    if k >= hi:
        return k
    for m in range(k, min(hi, k + 9)):
        u = stoks[m]
        if u.kind == "w" and u.low == "that":
            return m
        if u.kind == "q" or (u.kind == "p" and u.text in ",;:.!?"):
            if stoks[k].low in N.DETERMINERS or m - k <= 3:
                return m
            break
    first = stoks[k]
    if first.kind == "w" and first.is_cap:
        # "told Ivanov", "told BBC Radio 4's Today programme"
        m = k
        while m < hi and stoks[m].kind == "w" and (stoks[m].is_cap or stoks[m].text[:1].isdigit()):
            m += 1
        while m < hi and m - k < 8 and stoks[m].kind == "w" and stoks[m].low in R.MEDIA_NOUNS:
            m += 1
        return m
    if first.kind == "w" and first.low in A.OBJECT_WORDS and first.low != "the":
        return k + 1
    if first.kind == "w" and first.low in N.DETERMINERS:
        m = k + 1
        while m < hi and m - k < 4 and stoks[m].kind == "w" \
                and stoks[m].low not in A.TOLD_OBJECT_STOPS:
            m += 1
        return m
    return k


# ---- the reported content ----------------------------------------------------------------

def right_content(s: Sentence, cue: Cue, skip_told: bool = True
                  ) -> tuple[tuple[int, int], str] | None:
    """The speech after the cue and how it is introduced ("that", "colon", "quote",
    "bare"): "said that ...", "replied: “...”", "told Y the ...", "said the plan ..."."""
    stoks, hi = s.toks, s.hi
    k = cue.vj if cue.left_subject else max(cue.vj, cue.s1)
    if not cue.left_subject and cue.appos:
        k = _after_appositive(stoks, k, hi)
    if skip_told and cue.lemma in V.OBJECT_LEMMAS:
        k = skip_object(stoks, k, hi)
    if k >= hi:
        return None
    t = stoks[k]
    if t.kind == "w" and t.low == "that":
        return ((k + 1, hi), "that") if k + 1 < hi else None
    if t.kind == "p":
        if t.text == ":" and k + 1 < hi:
            return (k + 1, hi), "colon"
        if t.text in ",—–" and k + 1 < hi and stoks[k + 1].kind == "q":
            return (k + 1, hi), "quote"
        return None
    if t.kind == "q":
        return (k, hi), "quote"
    if t.low == "to" and cue.lemma in V.TO_COMPLEMENT_LEMMAS and _infinitive(stoks, k, hi):
        return (k, _infinitive_end(stoks, k, hi)), "to"    # "promised to take bold action"
    if t.low in R.ADJUNCT_STARTERS:
        return _after_adjunct(stoks, k, hi, cue)
    if t.low in A.CONTENT_BLOCKERS or t.low in R.NOT_SPEECH_OBJECTS:
        return None
    return (k, hi), "bare"


def looks_like_clause(stoks: list[Tok], k: int, hi: int) -> bool:
    """The words from ``k`` read as a clause (a subject and a finite verb: "the plan
    would fail", "Petrov lied", "he'll win", "Marsh enjoys"), not a noun phrase ("the deal",
    "a polling lead", "the importance of trade")."""
    if k >= hi or stoks[k].kind != "w":
        return k < hi and stoks[k].kind == "q"
    first = _plain(stoks[k].low)
    if first.split("'")[0] in A.SUBJECT_PRONOUNS and ("'" in first or (
            k + 1 < hi and stoks[k + 1].kind == "w" and not stoks[k + 1].is_cap)):
        return True     # "he said", "they're", "it's"
    for m in range(k + 1, min(hi, k + 16)):
        t = stoks[m]
        if t.kind == "q":
            return True
        if t.kind == "p":
            if t.text in ",;:(—–":
                return False
            continue
        if t.low in A.CLAUSE_BREAKS:
            return False
        if _finite(stoks, m):
            return True
    return False


def _plain(low: str) -> str:
    return low.replace("’", "'")


def _finite(stoks: list[Tok], m: int) -> bool:
    """The word at ``m`` (not the first of a clause) is a finite verb."""
    t, prev = stoks[m], stoks[m - 1]
    low = _plain(t.low)
    if prev.kind == "w" and prev.low in A.NOUN_MARKERS:
        return False
    if low in A.FINITE_WORDS or low in A.IRREGULAR_PAST or low.endswith("n't"):
        return True
    if t.is_cap or prev.kind != "w" or len(low) <= 3:
        return False
    before = _plain(prev.low)
    if before.endswith(("ing", "ed", "ly", "al", "ive", "ful", "ic", "ous")):
        return False
    if low.endswith("ed"):
        return True
    if low.endswith("s") and not low.endswith(("ss", "us", "is", "'s")):
        # "Marsh enjoys", "the plan needs": a name, or a noun after a determiner
        return prev.is_cap or (m >= 2 and stoks[m - 2].kind == "w"
                               and stoks[m - 2].low in A.NOUN_MARKERS)
    return False


def _after_appositive(stoks: list[Tok], k: int, hi: int) -> int:
    """"said Li, a professor at X, adding ...": skip the appositive."""
    while k < hi and not (stoks[k].kind == "p" and stoks[k].text in ",.;:"):
        k += 1
    if k < hi and stoks[k].text == ",":
        k += 1
        while k < hi and not (stoks[k].kind == "p" and stoks[k].text in ",.;:"):
            k += 1
    return k


def _infinitive(stoks: list[Tok], k: int, hi: int) -> bool:
    """"to" at ``k`` opens an infinitive ("to take", "to never"), not a phrase ("to
    the voters", "to Iowa")."""
    nxt = stoks[k + 1] if k + 1 < hi else None
    return nxt is not None and nxt.kind == "w" and not nxt.is_cap \
        and nxt.low not in N.DETERMINERS and nxt.low not in R.PRONOUNS \
        and nxt.low not in A.OBJECT_WORDS and not nxt.text[:1].isdigit()


def _infinitive_end(stoks: list[Tok], k: int, hi: int) -> int:
    """The infinitive ends where a comma opens a clause of the writer's ("threatened to
    use force, as the protests escalate")."""
    for m in range(k + 1, hi - 1):
        if stoks[m].text == "," and stoks[m + 1].low in R.SUBORDINATORS | {"as"}:
            return m
    return hi


def _after_adjunct(stoks: list[Tok], k: int, hi: int, cue: Cue | None = None
                   ) -> tuple[tuple[int, int], str] | None:
    """"said on Monday that ...", "said in a statement: ...", "promised Monday to ..."."""
    if stoks[k].low in A.SUBJECT_PRONOUNS and s_word(stoks, k + 1) not in R.TIME_WORDS \
            and looks_like_clause(stoks, k, hi):
        return (k, hi), "bare"      # "say this is ...": a pronoun, not "this week"
    for m in range(k, min(hi, k + 14)):
        u = stoks[m]
        if u.kind == "q" or (u.kind == "p" and u.text in ";.!?"):
            break
        if u.low == "to" and m > k and cue is not None and cue.lemma in V.TO_COMPLEMENT_LEMMAS \
                and _adjunct_end(stoks[m - 1]) and _infinitive(stoks, m, hi):
            return (m, _infinitive_end(stoks, m, hi)), "to"
        if u.kind == "w" and u.low == "that":
            if not _adjunct_end(stoks[m - 1]):
                return None     # "boasted of relations that they ...": a relative clause
            return ((m + 1, hi), "that") if m + 1 < hi else None
        if u.kind == "p" and u.text == ":" and m + 1 < hi:
            return (m + 1, hi), "colon"
    return _bare_after_adjunct(stoks, k, hi)


def _bare_after_adjunct(stoks: list[Tok], k: int, hi: int
                        ) -> tuple[tuple[int, int], str] | None:
    """"said on Friday he met ...", "said Tuesday his actions are ...", "told reporters in
    a statement the plan would fail": a short adjunct ending in a time word, a name or a
    document word, then a clause with no "that" (a subject and a finite verb)."""
    for m in range(k + 1, min(hi, k + 8)):
        u = stoks[m]
        if u.kind != "w":
            return None
        if not _adjunct_end(stoks[m - 1]) or stoks[m - 1].low in R.ADJUNCT_STARTERS \
                and stoks[m - 1].low not in R.TIME_WORDS:
            continue
        prev = stoks[m - 1]
        opens = u.low in A.SUBJECT_PRONOUNS or u.low in N.DETERMINERS or (
            u.is_cap and (prev.low in R.TIME_WORDS or not prev.is_cap))   # not "Las Vegas"
        if opens and u.low not in N.PREPOSITIONS and s_word(stoks, m + 1) not in R.TIME_WORDS \
                and looks_like_clause(stoks, m, hi):
            return (m, hi), "bare"
    return None


def s_word(stoks: list[Tok], i: int) -> str:
    return stoks[i].low if 0 <= i < len(stoks) and stoks[i].kind == "w" else ""


def _adjunct_end(t: Tok) -> bool:
    """The word before "that" closes an adjunct ("said on Monday that", "in a statement
    that", "told reporters in Beijing that"), not a noun the "that" clause describes."""
    return t.kind != "w" or t.is_cap or t.text[:1].isdigit() or t.low in R.TIME_WORDS \
        or t.low in R.DOCUMENT_WORDS or t.low in R.MEDIA_NOUNS or t.low in R.ADJUNCT_STARTERS \
        or t.low.endswith("ly")


def parenthetical_content(s: Sentence, cue: Cue) -> tuple[int, int] | None:
    """"A lot of money, he says, has gone abroad": the attribution sits inside the
    reported sentence; its content is the whole sentence."""
    stoks, hi = s.toks, s.hi
    start = cue.s0 if cue.left_subject else cue.vi
    end = cue.vj if cue.left_subject else max(cue.vj, cue.s1)
    if start <= 0 or end >= hi or stoks[start - 1].text != "," or stoks[end].text != ",":
        return None
    if end + 1 >= hi or stoks[end + 1].kind != "w" \
            or stoks[end + 1].low in A.PARENTHETICAL_ENDERS:
        return None
    if not any(t.kind == "w" for t in stoks[:start - 1]):
        return None
    return 0, hi




def left_content(s: Sentence, cue: Cue) -> tuple[int, int] | None:
    """"..., the ambassador said." / "“...,” Hu said": the speech before the cue, back to
    the sentence start or a semicolon."""
    stoks = s.toks
    start = cue.s0 if cue.left_subject else cue.vi
    if not (start > 0 and (stoks[start - 1].kind == "q" or stoks[start - 1].text in ",—–")):
        return None
    end = start if stoks[start - 1].kind == "q" else start - 1
    a = 0
    for m in range(end - 1, -1, -1):
        if stoks[m].kind == "p" and stoks[m].text == ";":
            a = m + 1
            break
    a, end = trim_content(stoks, a, end)
    if end <= a or _opening_phrase(stoks, a, end):
        return None    # "In every policy realm, Petrov vowed ...": an opening phrase
    return a, end


def _opening_phrase(stoks: list[Tok], a: int, b: int) -> bool:
    """The words [a, b) open the sentence without being speech: a phrase starting with
    a preposition or a participle ("Asked about the plan,", "On Monday,"), or a dateline
    ("DECATUR, Ill. —"), with no quotation and no finite verb in it."""
    first = stoks[a]
    if first.kind != "w" or not (first.low in N.PREPOSITIONS or first.low in A.OPENERS
                                 or (first.text.isupper() and len(first.text) > 2)):
        return False
    if any(t.kind == "q" for t in stoks[a:b]):
        return False
    return not any(_finite(stoks, m) for m in range(a + 1, b) if stoks[m].kind == "w")


def ends_clause(s: Sentence, cue: Cue) -> bool:
    """Nothing of the verb's own follows it ("..., he said." / "..., he said on Monday
    in a statement."), so the words before it may be what it reports."""
    k = cue.vj if cue.left_subject else max(cue.vj, cue.s1)
    if cue.lemma in V.OBJECT_LEMMAS:
        k = skip_object(s.toks, k, s.hi)     # "..., Xi told his counterpart, in ..."
    if k >= s.hi:
        return True
    t = s.toks[k]
    if t.kind == "q" or t.text in ",;—–(":
        return True
    if t.low == "to" and k + 1 < s.hi:       # "said to reporters", not "vowed to build"
        return to_listener(s.toks, k + 1)
    # "he said on Monday in a statement.", not "boasted of relations that they ..."
    rest = []
    for u in s.toks[k:s.hi]:
        if u.text in (",", ";", "—", "–"):
            break           # "said during his visit, as the two ...": the adjunct ends
        rest.append(u)
    return t.low in R.ADJUNCT_STARTERS and len(rest) <= 8 \
        and not any(u.kind == "q" or u.low == "that" for u in rest)


def to_listener(stoks: list[Tok], k: int) -> bool:
    """After "said to": whom it was said to ("reporters", "his aides", "Jane Doe",
    "cheers from the crowd"), not a verb ("said to be", "vowed to build")."""
    if k >= len(stoks) or stoks[k].kind != "w":
        return False
    t = stoks[k]
    low = t.low
    if low in ("be", "have", "been", "having"):
        return False
    if low in SP.CROWD_NOISES or (low.endswith(SP.ADJECTIVE_ENDINGS) and k + 1 < len(stoks)
                                  and stoks[k + 1].low in SP.CROWD_NOISES):
        return True     # "said to applause", "said to enthusiastic cheers"
    return t.is_cap or low in N.DETERMINERS or low in A.OBJECT_WORDS or (
        len(low) > 3 and low.endswith("s") and not low.endswith(("ss", "us", "is")))


def clip(content: tuple[int, int], stoks: list[Tok], cue: Cue, cues: list[Cue]) -> tuple[int, int]:
    """End a cue's content where another speaker's clause or a relay starts."""
    a, b = content
    # a verb joined to the speaker's own ("..., and emphasised ...") goes on their
    # statement, unless it opens a quotation ("... and added, “...”"): that ends it
    for c in cues:
        if c.joined and c.lead is cue and a < c.s0 < b and opens_quote(stoks, c.vj):
            b = c.s0
    cues = [c for c in cues if not (c.lead is not None and c.kind == "verb")]
    # a speech act's clause ("..., he would advise buying it") goes on the statement
    starts = {c.s0 for c in cues if c is not cue and c.valid and c.left_subject and c.s0 > a
              and c.cls != "act"}
    starts |= {c.vi for c in cues if c is not cue and c.valid and not c.left_subject
               and c.vi > a and c.kind == "verb"}
    starts |= {c.vi for c in cues if c is not cue and c.kind == "according" and c.vi > a}
    for m in range(a, b):
        t = stoks[m]
        if t.kind == "p" and t.text == ";":
            return a, m
        if t.kind == "p" and t.text in ",—–" and m > a:
            near = [x for x in range(m + 1, min(b + 3, m + 4)) if x in starts]
            # only when the words in between are conjunctions: ", while the X said"
            if near and all(stoks[y].kind == "w" and (stoks[y].low in A.CLAUSE_JOINERS
                                                      or stoks[y].low in R.SUBORDINATORS)
                            for y in range(m + 1, near[0])):
                return a, m
    return a, b








def opens_quote(stoks: list[Tok], k: int) -> bool:
    """A quotation starts at ``k`` or right after a comma or colon there."""
    if k < len(stoks) and stoks[k].kind == "q":
        return True
    return k + 1 < len(stoks) and stoks[k].text in (",", ":") and stoks[k + 1].kind == "q"


def trim_content(stoks: list[Tok], a: int, b: int) -> tuple[int, int]:
    while b > a and stoks[b - 1].kind == "p" and stoks[b - 1].text in ",;:.—–-":
        b -= 1
    while a < b and stoks[a].kind == "p" and stoks[a].text in ",;:—–-":
        a += 1
    if a < b and stoks[a].kind == "w" and stoks[a].low == "that":
        a += 1
    return a, b
