"""Who said what: speech cues in each sentence, the quotes and reported speech they
introduce, and the speaker each refers to.

A sentence is read as tokens with every quotation as one token. Cues are speech verbs
with a subject ("Zhou said", "said Hu", "Oleg Petrov, the Russian ambassador, said"),
"according to X", "X quoted Y as saying" and "Y made the remark". Each cue gets the span
of the sentence that is the speech it reports (its content): after the verb ("said
that ...", "replied: “...”") or, when the cue comes last, everything before it
("..., the ambassador said."). A quotation takes the speaker of the innermost cue whose
content holds it; an outer cue whose content holds another speaker's cue only relays
(it becomes the quote's outlet). Quotations with no cue in their sentence continue the
speaker of the paragraph (a quote split by its attribution) or of the paragraph before
(a quote over several paragraphs).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ...model import Notice, Quote, Speaker
from ...rules import speech as R
from . import names as N
from .marks import Span, find_quotes
from .people import Cast, Entity, Org, Person, Pos, _appositive, scan_names
from .text import _DOTTED, Tok, sentences, tokenize

MAX_SENTENCE_TOKENS = 400        # longer "sentences" are not prose: no attribution

_HARD_STOP = set(",;:()[]—–-.!?")
_DASHES = set("—–-")
_OBJECT_WORDS = {"him", "her", "them", "us", "me", "reporters", "journalists", "lawmakers",
                 "parliament", "mps", "delegates", "listeners", "viewers", "readers",
                 "supporters", "investors", "students", "officials", "colleagues", "staff",
                 "congress", "senators", "the"}
_CORE_VERBS = {"say", "says", "said", "told", "tell", "tells", "added", "adds", "noted",
               "warned", "warns", "stressed", "insisted", "argued", "argues", "believe",
               "believes", "claimed", "claims", "reported", "announced", "stated"}


@dataclass
class Ref:
    """A speaker as the text gives it; resolved to an entity now or after the article."""

    mention: N.Mention
    entity: Entity | None = None
    pos: Pos = (0, 0)
    pending: bool = False          # a description naming someone introduced later
    group: bool = False
    follows: "Ref | None" = None   # a pronoun standing for a description resolved later
    gender: str | None = None
    unnamed: bool = False          # "a spokesman": never resolved to a named person

    def target(self) -> Entity | None:
        if self.entity is None and self.follows is not None and self.follows is not self:
            return self.follows.entity
        return self.entity

    @property
    def as_written(self) -> str | None:
        return self.mention.text or None


@dataclass
class Cue:
    verb: str
    kind: str                      # verb | according | quoted | remark
    vi: int
    vj: int
    subj: N.Mention | None = None
    s0: int = -1
    s1: int = -1
    left_subject: bool = True
    appos: str | None = None
    content: tuple[int, int] | None = None
    outlet: N.Mention | None = None
    ref: Ref | None = None
    relays: bool = False           # its content is another speaker's (it is the outlet)
    valid: bool = False

    right: bool = False            # its content follows the verb
    person_hint: bool = False      # the context shows the subject is a person

    @property
    def speaks(self) -> bool:
        """Has a subject that can take over an outer cue's content."""
        if not (self.valid and self.subj is not None):
            return False
        if self.subj.kind == "pronoun" and self.subj.pronoun == "they":
            return False
        return self.subj.kind in ("name", "pronoun", "description", "org", "relative")


@dataclass
class _Pending:
    """A quotation whose speaker comes from context (no cue in its sentence)."""

    quote: Quote
    para: int
    sent: int
    only_quote: bool


@dataclass
class _State:
    cast: Cast
    quotes: list[Quote] = field(default_factory=list)
    refs: list[Ref | None] = field(default_factory=list)      # per quote
    outlets: list[Ref | None] = field(default_factory=list)   # per quote
    notices: list[Notice] = field(default_factory=list)


# ---- cues --------------------------------------------------------------------------

def find_cues(stoks: list[Tok]) -> list[Cue]:
    cues: list[Cue] = []
    n = len(stoks)
    i = 0
    while i < n:
        t = stoks[i]
        if t.kind != "w":
            i += 1
            continue
        low = t.low
        nxt = stoks[i + 1].low if i + 1 < n and stoks[i + 1].kind == "w" else ""
        prev = stoks[i - 1] if i > 0 else None
        plow = prev.low if prev is not None and prev.kind == "w" else ""
        if low == "according" and nxt == "to":
            cues.append(Cue("according to", "according", i, i + 2))
            i += 2
            continue
        if low in ("quoted", "quotes", "quoting"):
            for m in range(i + 1, min(n - 1, i + 12)):
                if stoks[m].low == "as" and stoks[m + 1].low in ("saying", "telling",
                                                                "stating", "writing"):
                    cues.append(Cue("quoted ... as saying", "quoted", i, m + 2))
                    i = m + 2
                    break
            else:
                if plow not in R.PASSIVE_AUX and plow not in N.DETERMINERS:
                    cues.append(Cue(low, "quotes", i, i + 1))
                i += 1
            continue
        if low in ("made", "makes", "make") and i + 2 < n and stoks[i + 1].low in (
                "the", "his", "her", "these", "those", "its", "their", "a") \
                and stoks[i + 2].low in R.REMARK_NOUNS:
            cues.append(Cue("made the remark", "remark", i, i + 3))
            i += 3
            continue
        if low in R.PHRASAL_SPEECH_VERBS and nxt in R.PHRASAL_SPEECH_VERBS[low] and nxt != "that":
            if plow not in R.PASSIVE_AUX:
                cues.append(Cue(f"{low} {nxt}", "verb", i, i + 2))
            i += 2
            continue
        if low in R.REPORTING_VERBS or low in R.SPEECH_ACT_VERBS:
            skip = (plow in R.PASSIVE_AUX or plow in N.DETERMINERS or plow == "to"
                    or (t.is_cap and i > 0 and prev is not None and prev.kind == "w")
                    or (prev is not None and prev.kind == "w"
                        and N.strip_possessive(prev.text)[1])
                    or (low == "said" and nxt == "to")
                    or (low == "said" and plow == "that" and i == 1))
            if not skip:
                cues.append(Cue(low, "verb", i, i + 1))
        i += 1
    return cues


def _left_np(stoks: list[Tok], vi: int, lo: int) -> tuple[int, int]:
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
        if t.kind == "p" and t.text == "." and _abbreviation_dot(stoks, k - 1):
            k -= 1   # "U.S. Attorney Jane Doe said"
            continue
        if t.kind == "q" or (t.kind == "p" and t.text in _HARD_STOP):
            break
        if t.kind == "w" and t.low in R.SUBJECT_BOUNDARY_WORDS:
            if t.low in ("and", "&") and k - 2 >= lo and stoks[k - 2].kind == "w" \
                    and stoks[k - 2].is_cap and k < j and stoks[k].is_cap:
                k -= 1
                continue
            if t.low == "and" and k - 2 >= lo and k < j and stoks[k - 2].kind == "w" \
                    and not stoks[k - 2].is_cap and stoks[k - 2].low.endswith("s") \
                    and (k - 3 < lo or stoks[k - 3].kind != "w"
                         or stoks[k - 3].low in N.DETERMINERS):
                k -= 1   # "leaders and diplomats from both": one plural subject
                continue
            break
        k -= 1
    return k, j


_INVERSION_STOP = {"that", "when", "as", "while", "adding", "who", "which", "according",
                   "after", "before", "during", "on", "through", "via", "with", "from",
                   "told", "said", "in", "at", "last", "this", "on", "today", "yesterday"}


def _abbreviation_dot(stoks: list[Tok], i: int) -> bool:
    """The "." at ``i`` ends an abbreviation or initial inside a name ("U.S.", "W.")."""
    if i <= 0 or i + 1 >= len(stoks) or stoks[i + 1].kind != "w" or not stoks[i + 1].is_cap:
        return False
    prev = stoks[i - 1]
    return prev.kind == "w" and prev.end == stoks[i].start and (
        (len(prev.text) == 1 and prev.text.isupper()) or bool(_DOTTED.fullmatch(prev.text)))


def _right_np(stoks: list[Tok], vj: int) -> tuple[int, int]:
    k = vj
    n = len(stoks)
    while k < n and k - vj < 12:
        t = stoks[k]
        if t.kind == "p" and t.text == "." and _abbreviation_dot(stoks, k):
            k += 1
            continue
        if t.kind != "w":
            if t.kind == "p" and t.text in "-’'" and k + 1 < n and stoks[k + 1].kind == "w":
                k += 1
                continue
            break
        if t.low in _INVERSION_STOP and not (t.low in ("in", "to", "of", "at") and k + 1 < n
                                             and stoks[k + 1].is_cap and k > vj):
            break
        k += 1
    return vj, k


def _antecedent_np(stoks: list[Tok], comma: int) -> tuple[int, int]:
    """For "..., which added": the phrase before the comma."""
    k = comma
    while k > 0:
        t = stoks[k - 1]
        if t.kind != "w" or t.low in R.SUBJECT_BOUNDARY_WORDS or t.low in ("to", "by", "from"):
            break
        k -= 1
    return k, comma


def _skip_object(stoks: list[Tok], k: int, hi: int) -> int:
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
    if first.kind == "w" and first.low in _OBJECT_WORDS and first.low != "the":
        return k + 1
    if first.kind == "w" and first.low in N.DETERMINERS:
        m = k + 1
        while m < hi and m - k < 4 and stoks[m].kind == "w" and stoks[m].low not in (
                "that", "the", "a", "it", "he", "she", "they", "we"):
            m += 1
        return m
    return k


def _right_content(cue: Cue, stoks: list[Tok], hi: int) -> tuple[int, int] | None:
    k = cue.vj if cue.left_subject else max(cue.vj, cue.s1)
    if not cue.left_subject and cue.appos:
        # "said Li, a professor at X, adding ..." -- skip the appositive
        while k < hi and not (stoks[k].kind == "p" and stoks[k].text in ",.;:"):
            k += 1
        if k < hi and stoks[k].text == ",":
            k += 1
            while k < hi and not (stoks[k].kind == "p" and stoks[k].text in ",.;:"):
                k += 1
    if cue.kind == "verb" and cue.verb in R.OBJECT_VERBS:
        k = _skip_object(stoks, k, hi)
    if k >= hi:
        return None
    t = stoks[k]
    if cue.verb in R.QUOTE_ONLY_VERBS and not (t.kind == "q" or t.text in ":," and k + 1 < hi
                                               and stoks[k + 1].kind == "q"):
        return None
    if t.kind == "w" and t.low == "that":
        return (k + 1, hi) if k + 1 < hi else None
    if t.kind == "p":
        if t.text == ":" and k + 1 < hi:
            return k + 1, hi
        if t.text in ",—–" and k + 1 < hi and stoks[k + 1].kind == "q":
            return k + 1, hi
        return None
    if t.kind == "q":
        return k, hi
    if t.low in R.ADJUNCT_STARTERS:
        for m in range(k, min(hi, k + 14)):
            u = stoks[m]
            if u.kind == "q" or (u.kind == "p" and u.text in ";.!?"):
                break
            if u.kind == "w" and u.low == "that":
                return (m + 1, hi) if m + 1 < hi else None
            if u.kind == "p" and u.text == ":" and m + 1 < hi:
                return m + 1, hi
        return None
    if t.low in ("saying", "adding", "citing", "calling"):
        return None
    return k, hi


def _parenthetical(cue: Cue, stoks: list[Tok], hi: int) -> tuple[int, int] | None:
    """"A lot of money, he says, has gone abroad": the attribution sits inside the
    reported sentence; its content is the whole sentence."""
    start = cue.s0 if cue.left_subject else cue.vi
    end = cue.vj if cue.left_subject else max(cue.vj, cue.s1)
    if start <= 0 or end >= hi or stoks[start - 1].text != "," or stoks[end].text != ",":
        return None
    if end + 1 >= hi or stoks[end + 1].kind != "w" or stoks[end + 1].low in (
            "adding", "saying", "as", "while", "but", "and", "although", "who", "which"):
        return None
    if not any(t.kind == "w" for t in stoks[:start - 1]):
        return None
    return 0, hi


def _sentence_end(stoks: list[Tok]) -> int:
    e = len(stoks)
    while e > 0 and stoks[e - 1].kind == "p" and stoks[e - 1].text in ".!?…)":
        e -= 1
    return e


def _clip(content: tuple[int, int], stoks: list[Tok], cue: Cue, cues: list[Cue]) -> tuple[int, int]:
    """End a cue's content where another speaker's clause or a relay starts."""
    a, b = content
    starts = {c.s0 for c in cues if c is not cue and c.valid and c.left_subject and c.s0 > a}
    starts |= {c.vi for c in cues if c is not cue and c.valid and not c.left_subject
               and c.vi > a and c.kind == "verb"}
    starts |= {c.vi for c in cues if c is not cue and c.kind == "according" and c.vi > a}
    for m in range(a, b):
        t = stoks[m]
        if t.kind == "p" and t.text == ";":
            return a, m
        if t.kind == "p" and t.text in ",—–" and m > a:
            nxt = [x for x in range(m + 1, min(b + 3, m + 4))]
            if any(x in starts for x in nxt[:3]):
                # only when the words in between are conjunctions: ", while the X said"
                first = min(x for x in nxt[:3] if x in starts)
                if all(stoks[y].kind == "w" and stoks[y].low in ("and", "but", "while",
                                                                "whereas", "as", "with")
                       for y in range(m + 1, first)):
                    return a, m
    return a, b


def _trim_content(stoks: list[Tok], a: int, b: int) -> tuple[int, int]:
    while b > a and stoks[b - 1].kind == "p" and stoks[b - 1].text in ",;:.—–-":
        b -= 1
    while a < b and stoks[a].kind == "p" and stoks[a].text in ",;:—–-":
        a += 1
    if a < b and stoks[a].kind == "w" and stoks[a].low == "that":
        a += 1
    return a, b


def read_cues(text: str, stoks: list[Tok], known_orgs: set[str]) -> list[Cue]:
    """Find and fill the cues of one sentence (subjects, contents, relays)."""
    cues = find_cues(stoks)
    hi = _sentence_end(stoks)
    lo = 0
    for cue in cues:
        if cue.kind == "according":
            a = cue.vj
            b = a
            while b < hi and b - a < 14 and not (
                    stoks[b].kind == "q" or (stoks[b].kind == "p" and stoks[b].text in ",;:()")) \
                    and stoks[b].low not in ("which", "who", "that"):
                b += 1
            cue.s0, cue.s1, cue.left_subject = a, b, False
            cue.subj = N.classify_np(text, stoks[a:b], known_orgs)
            cue.appos = _appositive(text, stoks, b) if cue.subj.kind == "name" else None
            if cue.subj.kind in ("description", "none") and b < hi and stoks[b].text == ",":
                # "according to his aunt, Jane Doe, ..."
                e = b + 1
                while e < hi and e - b < 8 and stoks[e].kind == "w":
                    e += 1
                named = N.classify_np(text, stoks[b + 1:e], known_orgs)
                if named.kind == "name" and e < hi and stoks[e].text == ",":
                    named.role = named.role or N.role_text(text, stoks[a:b])
                    cue.subj, cue.s1 = named, e
            cue.valid = cue.subj.kind in ("name", "org", "description")
            continue
        if cue.kind == "quoted":
            m = cue.vj - 2
            inner = stoks[cue.vi + 1:m]
            by = [x for x, t in enumerate(inner) if t.low == "by"]
            left0, left1 = _left_np(stoks, cue.vi, lo)
            if cue.vi > 0 and stoks[cue.vi - 1].low in R.PASSIVE_AUX:
                # "Zhou was quoted by Norpress as saying", "... as saying by Norpress"
                left0, left1 = _left_np(stoks, cue.vi - 1, lo)
                cue.subj = N.classify_np(text, stoks[left0:left1], known_orgs)
                cue.s0, cue.s1 = left0, left1
                if by:
                    cue.outlet = N.classify_np(text, inner[by[0] + 1:], known_orgs)
                elif cue.vj < hi and stoks[cue.vj].low == "by":
                    e = cue.vj + 1
                    while e < hi and e - cue.vj < 10 and stoks[e].kind == "w":
                        e += 1
                    cue.outlet = N.classify_np(text, stoks[cue.vj + 1:e], known_orgs)
                    cue.vj = e
            else:
                cue.subj = N.classify_np(text, inner, known_orgs)
                cue.s0, cue.s1 = cue.vi + 1, m
                cue.outlet = N.classify_np(text, stoks[left0:left1], known_orgs)
                cue.left_subject = True
                cue.s0 = left0 if left1 > left0 else cue.s0
            cue.valid = cue.subj.kind in ("name", "pronoun", "description", "org")
            if cue.valid:
                lo = cue.vj
            continue
        if cue.kind == "quotes":
            # "“...,” the newspaper quotes a source close to the firm."
            b = cue.vj
            while b < hi and b - cue.vj < 14 and not (
                    stoks[b].kind == "q" or (stoks[b].kind == "p" and stoks[b].text in ",;:()")):
                b += 1
            left0, left1 = _left_np(stoks, cue.vi, lo)
            cue.subj = N.classify_np(text, stoks[cue.vj:b], known_orgs)
            cue.outlet = N.classify_np(text, stoks[left0:left1], known_orgs)
            cue.s0, cue.s1 = (left0, left1) if left1 > left0 else (cue.vi, cue.vi)
            cue.valid = cue.subj.kind in ("name", "description", "org", "pronoun") \
                and cue.outlet.kind in ("org", "name", "description")
            if cue.valid:
                lo = b
            continue
        # speech verbs and "made the remark"
        k, j = _left_np(stoks, cue.vi, lo)
        subj = N.classify_np(text, stoks[k:j], known_orgs) if j > k else N.Mention("none")
        cue.s0, cue.s1 = k, j
        if subj.kind == "none" and j == k and k > 0:
            before = stoks[k - 1]
            if before.kind == "w" and before.low in ("which", "who") and k >= 2 \
                    and stoks[k - 2].text == ",":
                a0, a1 = _antecedent_np(stoks, k - 2)
                subj = N.classify_np(text, stoks[a0:a1], known_orgs)
                if subj.kind == "none" or subj.kind == "group":
                    subj = N.Mention("none")
                cue.s0 = k - 1
            elif (before.text == "," or before.text in _DASHES) and cue.kind == "verb":
                subj = _appositive_subject(text, stoks, k - 1, lo, cue, known_orgs)
                if subj.kind == "none":
                    subj = _inverted(text, stoks, cue, known_orgs)
            elif before.kind == "q" and cue.kind == "verb":
                subj = _inverted(text, stoks, cue, known_orgs)
        elif subj.kind == "none" and j == k and k == 0 and cue.kind == "verb":
            subj = _inverted(text, stoks, cue, known_orgs)
        cue.subj = subj
        if subj.kind in ("pronoun",) and subj.pronoun in ("i", "we"):
            subj.kind = "none"
        cue.valid = subj.kind not in ("none",) and not (
            cue.verb in R.SPEECH_ACT_VERBS and subj.kind == "group")
        if cue.valid:
            lo = cue.vj
    # contents
    for cue in cues:
        if not cue.valid:
            continue
        if cue.kind == "according":
            if cue.vi > 0 and any(t.kind != "p" for t in stoks[:cue.vi]):
                a = 0
                for prev in cues:
                    if prev is not cue and prev.valid and prev.content and prev.vi < cue.vi \
                            and prev.kind == "according":
                        a = max(a, prev.s1)
                cue.content = _trim_content(stoks, a, cue.vi)
            else:
                b = cue.s1
                if b < hi and stoks[b].text == ",":
                    b += 1
                    if cue.appos:
                        while b < hi and stoks[b].text != ",":
                            b += 1
                        b += 1
                cue.content = (b, hi) if b < hi else None
            continue
        if cue.kind == "remark":
            continue
        right = _right_content(cue, stoks, hi) if cue.kind in ("verb", "quoted") else None
        if right is None and cue.kind == "verb" and not cue.appos:
            right = _parenthetical(cue, stoks, hi)
        if cue.kind == "quoted" and right is not None and cue.vj < len(stoks) \
                and stoks[min(cue.vj, len(stoks) - 1)].kind == "p" \
                and stoks[min(cue.vj, len(stoks) - 1)].text == ".":
            right = None
        if right is not None:
            right = _clip(right, stoks, cue, cues)
            right = _trim_content(stoks, *right)
            if right[1] > right[0]:
                cue.content = right
                cue.right = True
                continue
        start = cue.s0 if cue.left_subject else cue.vi
        if start > 0 and (stoks[start - 1].kind == "q" or stoks[start - 1].text in ",—–"):
            end = start if stoks[start - 1].kind == "q" else start - 1
            a = 0
            for m in range(end - 1, -1, -1):
                if stoks[m].kind == "p" and stoks[m].text == ";":
                    a = m + 1
                    break
            a, end = _trim_content(stoks, a, end)
            if end > a:
                cue.content = (a, end)
    # relays: a cue whose content holds another speaking cue reports that one's words
    for cue in cues:
        if not (cue.valid and cue.content):
            continue
        a, b = cue.content
        for other in cues:
            if other is cue or not other.valid:
                continue
            if cue.right and cue.kind != "according" and other.s0 != a:
                continue   # only "X said Y told ..." nests, not a clause further on
            if a <= other.vi < b and (other.speaks or (other.content and cue.kind == "according")
                                      or other.kind == "remark"):
                if other.subj is not None and other.subj.kind == "group" \
                        and cue.kind != "according":
                    continue
                cue.relays = True
    return cues


def _appositive_subject(text: str, stoks: list[Tok], comma: int, lo: int, cue: Cue,
                        known_orgs: set[str]) -> N.Mention:
    """"X, a professor at Y, said" / "The minister, X, said" / "X, when asked, replied"."""
    mark = stoks[comma].text
    stops = ",;:()" if mark == "," else ";:()" + "".join(_DASHES)
    c = comma - 1
    while c >= lo and not ((stoks[c].kind == "q" and mark == ",") or (
            stoks[c].kind == "p" and stoks[c].text in stops)):
        c -= 1
    part = stoks[c + 1:comma]
    if mark in _DASHES:
        # "Mr Herron - who is running his own campaign - said"
        if c < lo or stoks[c].text not in _DASHES:
            return N.Mention("none")
        k, j = _left_np(stoks, c, lo)
        np1 = N.classify_np(text, stoks[k:j], known_orgs) if j > k else N.Mention("none")
        if np1.kind in ("name", "org", "description", "pronoun"):
            cue.s0, cue.s1 = k, j
            return np1
        return N.Mention("none")
    if c < lo or stoks[c].text != ",":
        # a stray comma: "“...,” shop owner Jane Doe, told the agency"
        if part and c >= lo and stoks[c].kind == "q" and len(part) <= 8:
            m = N.classify_np(text, part, known_orgs)
            if m.kind in ("name", "description", "org"):
                cue.s0, cue.s1 = c + 1, comma
                return m
        return N.Mention("none")
    k, j = _left_np(stoks, c, lo)
    if j <= k or not part:
        return N.Mention("none")
    lows = [t.low for t in part]
    if any((t.low in N._CLAUSE_VERBS or t.low in ("may", "might", "must")) and not t.is_cap
           for t in part) \
            and lows[0] not in ("who", "which", "when", "while", "after", "as", "if"):
        return N.Mention("none")   # ", the dollar may weaken, said X": a clause, not an aside
    np1 = N.classify_np(text, stoks[k:j], known_orgs)
    interruption = lows[0] in ("when", "while", "after", "before", "as", "if", "speaking",
                               "asked", "according", "in", "on", "at", "during", "though",
                               "although", "however", "meanwhile", "too", "also")
    if np1.kind in ("name", "org") and not interruption:
        if "and" in lows and all(t.is_cap or t.low in ("and", ",") for t in part):
            return N.Mention("group", np1.text)   # "Zhou, Li and Zhang said"
        cue.appos = _appositive(text, stoks, c)
        cue.s0, cue.s1 = k, j
        return np1
    if np1.kind in ("name", "org", "pronoun") and interruption:
        cue.s0, cue.s1 = k, j
        if lows[0] in ("speaking", "asked", "when", "while"):
            cue.person_hint = True   # "Volkov, speaking in Moscow, said": a person
        return np1
    if np1.kind in ("description", "none", "group"):
        # "The Shadow Minister, Joan Pike, said", "Another peer, Lord Skidelsky, said"
        inner = N.classify_np(text, part, known_orgs)
        if inner.kind == "name":
            cue.appos = np1.role if np1.kind == "description" else None
            cue.s0, cue.s1 = k, comma
            return inner
    return N.Mention("none")


def _inverted(text: str, stoks: list[Tok], cue: Cue, known_orgs: set[str]) -> N.Mention:
    """"“...,” said Hu" / "..., says top diplomat Zhou Wei"."""
    a, b = _right_np(stoks, cue.vj)
    if b <= a:
        return N.Mention("none")
    subj = N.classify_np(text, stoks[a:b], known_orgs)
    if subj.kind not in ("name", "description", "org", "pronoun", "group"):
        return N.Mention("none")
    if subj.kind == "description" and b < len(stoks) and stoks[b].text == ",":
        # "said its chief executive, Sir Howard Newby."
        e = b + 1
        while e < len(stoks) and e - b < 8 and stoks[e].kind == "w" or (
                e < len(stoks) and stoks[e].text == "." and e + 1 < len(stoks)
                and stoks[e + 1].kind == "w"):
            e += 1
        named = N.classify_np(text, stoks[b + 1:e], known_orgs)
        if named.kind == "name":
            named.role = named.role or subj.role
            cue.left_subject = False
            cue.s0, cue.s1 = a, e
            return named
    cue.left_subject = False
    cue.s0, cue.s1 = a, b
    cue.appos = _appositive(text, stoks, b) if subj.kind == "name" else None
    return subj


# ---- resolving speakers ---------------------------------------------------------------

def _resolve(cast: Cast, m: N.Mention, pos: Pos, appos: str | None = None,
             person_hint: bool = False) -> Ref:
    ref = Ref(m, pos=pos)
    if m.kind == "org" and m.org and " " not in m.org.strip() \
            and cast.find_family(m.org, pos) is not None:
        # a single name known as a person's in this article is the person
        m = N.Mention("name", m.text, m.start, m.end, name=[m.org])
        ref.mention = m
    if m.kind == "name":
        hon = (m.honorific or "").lower().rstrip(".")
        if len(m.name) == 1 and hon in R.PEERAGE_HONORIFICS and cast.lookup(m.name, pos) is None:
            m.name = [m.honorific.rstrip(".")] + list(m.name)     # "Lord Falconer"
        p = cast.find_given(m.name[0], pos) if (len(m.name) == 1
                                                and hon in R.GIVEN_NAME_HONORIFICS) else None
        p = p or cast.lookup(m.name, pos)
        if p is None and len(m.name) == 1 and not (m.honorific or m.role or appos) \
                and not _surname_alone(m.name[0]) and not person_hint:
            # a single unknown capitalised word speaking is an organisation ("Boeing said")
            ref.entity = cast.add_org(m.name[0], pos)
            cast.note(pos, ref.entity)
            return ref
        p = p or cast.person_for(m.name, pos)
        cast.add_form(p, list(m.name))
        cast.speakers_seen.append((pos, p))
        if m.gender and not p.gender:
            p.gender = m.gender
        for role in (m.role, appos):
            if role and all(role.lower() != r.lower() for _, r in p.roles):
                p.roles.append((pos, role))
        ref.entity = p
    elif m.kind == "org" and m.org:
        ref.entity = cast.add_org(m.org, pos, m.role)
    elif m.kind == "pronoun":
        if m.pronoun in ("he", "she", "him", "her", "he/she"):
            p = cast.antecedent(pos, m.gender)
            if isinstance(p, Person):
                if not p.gender and m.gender in ("m", "f"):
                    p.gender = m.gender
                ref.entity = p
            elif p is not None:          # a description resolved later
                ref.follows = p
                return ref
        elif m.pronoun == "it":
            ref.entity = cast.last_org(pos)
        elif m.pronoun == "they":
            last = cast.last_entity(pos)
            if isinstance(last, Org):
                ref.entity = last
            else:
                ref.group = True
    elif m.kind == "description" and m.head and not _definite(m):
        # "a spokesman": someone the article does not name; "he" may refer to them
        ref.unnamed = True
        cast.note(pos, ref)
    elif m.kind == "description" and m.head and _definite(m):
        # "the ambassador": someone named before with that role, or (pending) after;
        # "the source" after "a Labour source" is that unnamed person again
        unnamed = cast.unnamed_like(m.head, pos)
        if unnamed is not None:
            ref.follows = unnamed
            return ref
        p = cast.by_role(m.head, m.role, pos)
        if p is not None:
            ref.entity = p
            _add_description_role(p, m, pos)
        else:
            ref.pending = True
            cast.note(pos, ref)
    elif m.kind == "org" and m.document:
        ref.entity = cast.last_org(pos)   # "the report said"
    elif m.kind == "group":
        ref.group = True
    if ref.entity is not None:
        cast.note(pos, ref.entity)
    return ref


def _surname_alone(word: str) -> bool:
    """A family name that is hardly anything else: "Li", "Kim", "Nguyen"."""
    low = word.lower()
    return low in R.FAMILY_FIRST_SURNAMES or N.pinyin_syllable_count(low) == 1 \
        or (len(low) > 4 and low.endswith(R.SURNAME_ENDINGS))


def _definite(m: N.Mention) -> bool:
    """A description that may name someone introduced later: "the ambassador", "China's
    top diplomat"; not "a spokesman", not "the president's aide"."""
    words = m.text.split() if m.text else []
    if not words or words[0].lower() in ("a", "an", "one", "some", "another", "any"):
        return False
    for w in words:
        base, poss = N.strip_possessive(w)
        if poss and base[:1].isupper() and not N.place_word(base.lower()):
            return False
    return True


def _add_description_role(p: Person, m: N.Mention, pos: Pos) -> None:
    role = m.role
    if role and len(role.split()) >= 2 and all(role.lower() != r.lower() for _, r in p.roles):
        p.roles.append((pos, role))


def _outlet_name(m: N.Mention | None) -> str | None:
    if m is None:
        return None
    if m.kind == "org":
        return m.org or None
    if m.kind == "name":
        return " ".join(m.name) or None
    return None


def _choose_cue(x: int, cues: list[Cue]) -> tuple[Cue | None, str | None]:
    """The cue whose speaker said quotation token ``x``, and the outlet if relayed."""
    holding = [c for c in cues if c.valid and c.content and c.content[0] <= x < c.content[1]]
    holding.sort(key=lambda c: c.content[1] - c.content[0])
    chosen = None
    for c in holding:
        if not c.relays:
            chosen = c
            break
    if chosen is None and holding:
        chosen = holding[0]
    if chosen is not None and chosen.ref is not None and chosen.ref.group:
        outer = [c for c in holding if c is not chosen and c.kind != "according"
                 and c.ref is not None and not c.ref.group]
        if outer:
            chosen = outer[0]
    if chosen is None:
        speaking = [c for c in cues if c.valid and c.kind in ("verb", "quoted", "quotes")
                    and not c.relays]
        if not speaking:
            return None, None
        chosen = min(speaking, key=lambda c: abs(c.vi - x))
        holding = [c for c in cues if c.valid and c.content and c is not chosen
                   and c.content[0] <= chosen.vi < c.content[1]]
    outlet = _outlet_name(chosen.outlet) if chosen.kind in ("quoted", "quotes") else None
    if outlet is None:
        for c in holding:
            if c is chosen or c.subj is None:
                continue
            if c.kind == "according" or c.subj.kind == "org" or c.subj.document:
                outlet = _outlet_name(c.subj)
                if outlet:
                    break
    return chosen, outlet


def _indirect_outlet(cue: Cue, cues: list[Cue]) -> str | None:
    for c in cues:
        if c is cue or not (c.valid and c.content and c.relays) or c.subj is None:
            continue
        if c.content[0] <= cue.vi < c.content[1]:
            name = _outlet_name(c.subj) if (c.kind == "according" or c.subj.kind == "org"
                                           or c.subj.document) else None
            if name:
                return name
    if cue.kind in ("quoted", "quotes"):
        return _outlet_name(cue.outlet)
    return None


# ---- the article ----------------------------------------------------------------------

@dataclass
class _Para:
    text: str
    spans: list[Span]
    toks: list[Tok]
    sents: list[tuple[int, int]]


def _parse(paragraphs: list[str]) -> list[_Para]:
    out = []
    for text in paragraphs:
        spans = find_quotes(text)
        toks = tokenize(text, spans)
        out.append(_Para(text, spans, toks, sentences(text, toks, spans)))
    return out


def extract_quotes(paragraphs: list[str]) -> tuple[list[Quote], list[Speaker], list[Notice]]:
    """Quotes (direct and reported) of one article's body, its speakers, and notices."""
    paragraphs = [p if isinstance(p, str) else "" for p in paragraphs]
    paras = _parse(paragraphs)
    cast = Cast()
    mentions = []
    for pi, para in enumerate(paras):
        for a, b in para.sents:
            if b - a <= MAX_SENTENCE_TOKENS:
                mentions.extend(scan_names(para.text, para.toks[a:b], pi, cast))
    cast.build(mentions)

    items: list[tuple[Quote, Ref | None]] = []
    cue_of: dict[int, str] = {}           # speaker reference -> cue of its first quote
    all_refs: list[Ref] = []              # every speaker reference, quoted or not
    prev_last: Ref | None = None          # the last speaker of the paragraph before
    prev_open = False                     # the paragraph before ended inside a quote
    for pi, para in enumerate(paras):
        events: list[tuple[int, Ref]] = []   # (sentence, speaker) in reading order
        pending: list[tuple[int, Quote, bool]] = []
        for si, (a, b) in enumerate(para.sents):
            stoks = para.toks[a:b]
            cues = read_cues(para.text, stoks, cast.known_orgs) \
                if b - a <= MAX_SENTENCE_TOKENS else []
            only_quotes = all(u.kind != "w" for u in stoks)   # the sentence is quotation only
            for cue in cues:
                if not cue.valid or cue.subj is None:
                    continue
                at = cue.s0 if 0 <= cue.s0 < len(stoks) else cue.vi
                pos = (pi, stoks[at].start)
                if cue.kind == "quoted" and cue.outlet is not None \
                        and cue.outlet.kind in ("org",) and cue.outlet.org:
                    cast.note(pos, cast.add_org(cue.outlet.org, pos, cue.outlet.role))
                cue.ref = _resolve(cast, cue.subj, pos, cue.appos, cue.person_hint)
                all_refs.append(cue.ref)
            for x, t in enumerate(stoks):
                if t.kind != "q":
                    continue
                span = para.spans[t.q]
                q = Quote(text=para.text[span.start:span.end], kind="direct", speaker=None,
                          speaker_as_written=None, paragraph=pi, cue=None,
                          start=span.start, end=span.end)
                cue, outlet = _choose_cue(x, cues)
                if cue is not None and cue.ref is not None:
                    q.cue, q.outlet = cue.verb, outlet
                    cue_of.setdefault(id(cue.ref), cue.verb)
                    items.append((q, cue.ref))
                    if not cue.relays:
                        events.append((si, cue.ref))
                else:
                    if only_quotes:
                        pending.append((si, q, True))
                    else:
                        items.append((q, None))
            for cue in cues:
                if not cue.valid or cue.ref is None:
                    continue
                if not cue.relays and not any(e[1] is cue.ref for e in events):
                    events.append((si, cue.ref))
                if not cue.content or cue.relays or cue.kind == "remark":
                    continue
                if cue.kind == "verb" and cue.verb not in R.INDIRECT_VERBS:
                    continue
                if cue.ref.group and cue.verb not in _CORE_VERBS:
                    continue
                c0, c1 = cue.content
                words = sum(1 for u in stoks[c0:c1] if u.kind == "w")
                if words == 0 or words + sum(1 for u in stoks[c0:c1] if u.kind == "q") < 2:
                    continue
                if cue.verb in ("added", "adds", "add") and stoks[c0].text[:1].isdigit():
                    continue   # "shares added 5.3%": a price, not speech
                start, end = stoks[c0].start, stoks[c1 - 1].end
                q = Quote(text=para.text[start:end], kind="indirect", speaker=None,
                          speaker_as_written=None, paragraph=pi, cue=cue.verb,
                          outlet=_indirect_outlet(cue, cues), start=start, end=end)
                items.append((q, cue.ref))
        # quotes standing alone take the speaker from around them
        for si, q, _ in pending:
            events.sort(key=lambda e: e[0])
            before = [r for s, r in events if s < si]
            after = [r for s, r in events if s > si]
            between_only_quotes = not any(s < si for s, _ in events)
            ref = None
            if before:
                ref = before[-1]
            elif prev_open and prev_last is not None:
                ref = prev_last
            elif after and between_only_quotes and _attributed_quote_follows(para, si):
                ref = after[0]
            elif prev_last is not None:
                ref = prev_last
            elif after:
                ref = after[0]
            if ref is not None:
                q.cue = cue_of.get(id(ref))
                items.append((q, ref))
                events.append((si, ref))
            else:
                items.append((q, None))
        events.sort(key=lambda e: e[0])
        speakers_here = [r for _, r in events]
        has_quote = bool(para.spans)
        if speakers_here:
            prev_last = speakers_here[-1]
        elif not has_quote:
            prev_last = None
        prev_open = bool(para.spans) and not para.spans[-1].closed
    # descriptions naming someone introduced later ("the ambassador has said" in the lede)
    for ref in all_refs:
        if ref.pending and ref.entity is None:
            m = ref.mention
            p = cast.by_role(m.head or "", m.role, ref.pos, forward=True) or \
                cast.last_speaker(ref.pos) or cast.first_subject_after(ref.pos)
            if p is not None:
                ref.entity = p
                _add_description_role(p, m, ref.pos)
            ref.pending = False
    for ref in all_refs:
        if ref.entity is None and ref.follows is not None:
            ref.entity = ref.target()
    return _finish(cast, paras, items)


def _attributed_quote_follows(para: _Para, si: int) -> bool:
    for a, b in para.sents[si + 1:]:
        stoks = para.toks[a:b]
        if any(t.kind == "w" for t in stoks):
            return any(t.kind == "q" for t in stoks)
    return False


def _finish(cast: Cast, paras: list[_Para], items: list[tuple[Quote, Ref | None]]
            ) -> tuple[list[Quote], list[Speaker], list[Notice]]:
    items.sort(key=lambda it: (it[0].paragraph, it[0].start or 0, it[0].kind != "direct"))
    quotes: list[Quote] = []
    order: list[Entity] = []
    in_order: set[int] = set()
    notices: list[Notice] = []
    for q, ref in items:
        if ref is not None:
            q.speaker_as_written = ref.as_written
            if ref.entity is not None:
                q.speaker = ref.entity.display
                if id(ref.entity) not in in_order:
                    in_order.add(id(ref.entity))
                    order.append(ref.entity)
        if q.speaker is None and q.kind == "direct":
            snippet = q.text if len(q.text) <= 60 else q.text[:57] + "..."
            notices.append(Notice("quote-without-speaker",
                                  f"no speaker found for the quote “{snippet}”", q.paragraph))
        quotes.append(q)
    speakers = [_speaker(e) for e in order]
    seen: set[tuple[str, int]] = set()
    quoted = {id(e) for e in order}
    for form, p, pos in cast.misspelt:
        if (form, pos[0]) in seen or id(p) not in quoted:
            continue
        seen.add((form, pos[0]))
        notices.append(Notice("misspelling", f"“{form}” taken to be {p.display} "
                              "(probable misspelling)", pos[0]))
    for pi, para in enumerate(paras):
        if para.spans and not para.spans[-1].closed:
            nxt = paras[pi + 1].text.lstrip()[:1] if pi + 1 < len(paras) else ""
            if nxt not in ("“", '"', "«", "„"):
                notices.append(Notice("unclosed-quote", "a quote mark is opened but never "
                                      "closed", pi))
    notices.sort(key=lambda n: (n.paragraph if n.paragraph is not None else -1))
    return quotes, speakers, notices


def _tidy_roles(roles: list[str]) -> list[str]:
    """Drop a role that is only the tail of a fuller one ("spokesman" beside "foreign
    ministry spokesman")."""
    out = []
    for r in roles:
        low = r.lower()
        if any(o != r and (o.lower().endswith(" " + low)) for o in roles):
            continue
        out.append(r)
    return out


def _speaker(e: Entity) -> Speaker:
    if isinstance(e, Person):
        canonical = e.display
        aliases: list[str] = []
        for f in e.forms:
            s = " ".join(f)
            if s != canonical and s not in aliases:
                aliases.append(s)
        for s in e.misspellings:
            if s != canonical and s not in aliases:
                aliases.append(s)
        roles: list[str] = []
        for _, r in sorted(e.roles, key=lambda x: x[0]):
            if all(r.lower() != x.lower() for x in roles):
                roles.append(r)
        misspelt = [s for s in e.misspellings if s != canonical]
        return Speaker(canonical, aliases, _tidy_roles(roles), "person", misspelt)
    roles = []
    for _, r in sorted(e.roles, key=lambda x: x[0]):
        if all(r.lower() != x.lower() for x in roles):
            roles.append(r)
    aliases = [f for f in e.forms if f != e.name]
    return Speaker(e.name, aliases, _tidy_roles(roles), "organisation", [])
