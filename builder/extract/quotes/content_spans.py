"""Token spans of what a speech cue reports: the person told ("told his counterpart"),
the speech after the cue ("said that ...", "replied: “...”", "said the plan ..."), the
speech before it ("..., the ambassador said."), whether a cue ends its clause, and where
another speaker's clause cuts the content short. Pure helpers over a sentence's tokens,
used by the cue readers (``readers.py``, ``thoughts.py``, ``according.py`` ...); the
speaker's own noun phrase is ``spans.py``'s.
"""
from __future__ import annotations

from ...rules import attribution as A
from ...rules import speakers as SP
from ...rules import speech as R
from ...rules import speech_verbs as V
from . import names as N
from .cues import Cue, Sentence
from .text import Tok


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
                and stoks[m].low not in A.TOLD_OBJECT_STOPS \
                and stoks[m].low not in V.QUESTION_WORDS and stoks[m].low != "to" \
                and stoks[m].low not in R.SUBORDINATORS and stoks[m].low != "as":
            m += 1      # "asked the attorney whether ...", "asked the mayor to ..."
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
        got = _after_adjunct(stoks, k, hi, cue)
        if got is None and k + 1 < hi and (
                (t.low in ("about", "over") and _amount_word(stoks[k + 1].low))
                or (t.low == "at" and stoks[k + 1].low in ("least", "most"))) \
                and looks_like_clause(stoks, k, hi):
            # "said about half of the money was spent", "said at least 400 people came":
            # an amount
            return (k, hi), "bare"
        return got
    if t.low in A.CONTENT_BLOCKERS or t.low in R.NOT_SPEECH_OBJECTS:
        return None
    return (k, hi), "bare"


def looks_like_clause(stoks: list[Tok], k: int, hi: int, loose: bool = False) -> bool:
    """The words from ``k`` read as a clause (a subject and a finite verb: "the plan
    would fail", "Petrov lied", "he'll win", "Marsh enjoys"), not a noun phrase ("the deal",
    "a polling lead", "the importance of trade"). ``loose`` (a report verb's bare
    object): also past a relative clause between commas ("the pipeline, which X backs,
    would fail") and with a base form after a plural subject ("the attacks highlight
    the threat")."""
    if k >= hi or stoks[k].kind != "w":
        return k < hi and stoks[k].kind == "q"
    first = _plain(stoks[k].low)
    if first.split("'")[0] in A.SUBJECT_PRONOUNS and ("'" in first or (
            k + 1 < hi and stoks[k + 1].kind == "w" and not stoks[k + 1].is_cap)):
        return True     # "he said", "they're", "it's"
    m = k + 1
    while m < min(hi, k + 16):
        t = stoks[m]
        if t.kind == "q":
            return True
        if t.kind == "p":
            if loose and t.text == "," and m + 1 < hi and stoks[m + 1].low in ("which", "who"):
                close = next((x for x in range(m + 2, min(hi, m + 16))
                              if stoks[x].text == ","), None)
                if close is not None:
                    m = close + 1       # ", which is widely supported by X,": past it
                    continue
            if t.text in ",;:(—–":
                return False
            m += 1
            continue
        if t.low in A.CLAUSE_BREAKS:
            return False
        if _finite(stoks, m) or (loose and _base_after_plural(stoks, m, hi)):
            return True
        m += 1
    return False


def _base_after_plural(stoks: list[Tok], m: int, hi: int) -> bool:
    """"the attacks highlight the threat", "polls give him": a plain verb form after a
    plural noun, with an object or a preposition after it."""
    t, prev = stoks[m], stoks[m - 1]
    nxt = stoks[m + 1] if m + 1 < hi else None
    low, before = t.low, _plain(prev.low)
    if t.is_cap or prev.kind != "w" or prev.is_cap or nxt is None or nxt.kind != "w" \
            or len(low) < 3 or low.endswith(("s", "ed", "ing", "ly")) \
            or low in N.PREPOSITIONS or low in N.DETERMINERS or low in R.PRONOUNS \
            or low in A.NOUN_MARKERS or low in A.NOT_BASE_VERBS or low in R.TIME_WORDS \
            or low in ("and", "or", "but", "than", "as", "not"):
        return False
    plural = before.endswith("s") and not before.endswith(("ss", "us", "is", "'s")) \
        and len(before) > 3
    return plural and (nxt.low in N.DETERMINERS or nxt.low in A.POSSESSIVES
                       or nxt.low in ("him", "her", "them", "us", "me", "it", "that"))


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
            if not _adjunct_end(stoks[m - 1]) and not _to_listener_that(stoks, k, m, hi, cue):
                return None     # "boasted of relations that they ...": a relative clause
            return ((m + 1, hi), "that") if m + 1 < hi else None
        if u.kind == "p" and u.text == ":" and m + 1 < hi:
            return (m + 1, hi), "colon"
    return _bare_after_adjunct(stoks, k, hi)


_LISTENER_PRONOUNS = {"me", "him", "her", "us", "them", "you"}


def _to_listener_that(stoks: list[Tok], k: int, m: int, hi: int, cue: Cue | None) -> bool:
    """"complained to the board that the plan ...", "wrote to the senator's office that
    it ...": a report verb, "to" and a short listener (no verb, no punctuation), then a
    "that" whose clause opens with its subject (not "to the aide that ran the office")."""
    if cue is None or cue.cls != "report" or stoks[k].low != "to" or not 1 < m - k <= 6 \
            or m + 1 >= hi:
        return False
    if cue.left_subject and cue.s0 > 0 and stoks[cue.s0 - 1].low == "that":
        return False    # "X alleged that Y admitted to Z that ...": left to X's statement
    if any(t.kind != "w" or t.low in V.VERB_FORMS or t.low in A.FINITE_WORDS
           or t.low in R.SUBORDINATORS for t in stoks[k + 1:m]):
        return False
    first = stoks[k + 1]
    if not (first.is_cap or first.low in N.DETERMINERS or first.low in A.POSSESSIVES
            or first.low in _LISTENER_PRONOUNS or (m - k == 2 and first.low.endswith("s"))):
        return False    # "reason to know that ...", "agreed to talk on the condition that"
    nxt = stoks[m + 1]
    low = nxt.low.replace("’", "'").split("'")[0]
    opens = nxt.kind == "w" and (low in A.SUBJECT_PRONOUNS or low in N.DETERMINERS
                                 or low in A.POSSESSIVES or nxt.is_cap)
    return opens and looks_like_clause(stoks, m + 1, hi)


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
                and stoks[m - 1].low not in R.TIME_WORDS \
                and not (m - 1 == k and _lone_adverb(stoks[k].low)):
            continue
        prev = stoks[m - 1]
        pronoun = u.low.replace("’", "'").split("'")[0]     # "she's", "it’s"
        opens = pronoun in A.SUBJECT_PRONOUNS or u.low in N.DETERMINERS or (
            u.is_cap and (prev.low in R.TIME_WORDS or not prev.is_cap))   # not "Las Vegas"
        if m - 1 == k and stoks[k].low == "here" and u.low in R.TIME_WORDS:
            continue    # "said here Friday the plan ...": the adjunct goes on
        if opens and u.low not in N.PREPOSITIONS and s_word(stoks, m + 1) not in R.TIME_WORDS \
                and looks_like_clause(stoks, m, hi):
            return (m, hi), "bare"
    return None


def _amount_word(low: str) -> bool:
    """A number or a share ("200", "half", "a third" is left to its article)."""
    return low[:1].isdigit() or low in A.NUMBER_WORDS or low in A.QUANTITY_WORDS


def _lone_adverb(low: str) -> bool:
    """An adverb that is a whole adjunct after the verb ("said privately the plan ...",
    "said again he ...", "said here the plan ..." with a wire's dateline town, "also
    said"), not a conjunction ("said once the plan ...")."""
    return low not in ("once", "since", "as", "while", "when") and (
        low == "here" or low in A.VERB_ADVERBS or low in A.TIME_ADVERBS
        or (low.endswith("ly") and len(low) > 4))


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
    return after_opening(stoks, 0, hi, start - 1)


def left_content(s: Sentence, cue: Cue) -> tuple[int, int] | None:
    """"..., the ambassador said." / "“...,” Hu said": the speech before the cue, back to
    the sentence start or a semicolon."""
    stoks = s.toks
    start = cue.s0 if cue.left_subject else cue.vi
    if cue.left_subject and cue.cls == "report" and start >= 2 \
            and stoks[start - 1].low == "as" and stoks[start - 2].text == "," \
            and _as_cue_ends(stoks, cue.vj, s.hi) \
            and not any(t.low in _NEGATIONS or t.low.endswith(("n't", "n’t"))
                        for t in stoks[:start - 2]):
        # "The senator lied, as the Courier reported.": the claim before, when the
        # sentence ends with the cue (not "given that, as X reported, he ...", not "the
        # plan won't fail, as some predicted": a claim denied)
        start -= 1
    if not (start > 0 and (stoks[start - 1].kind == "q" or stoks[start - 1].text in ",—–")):
        return None
    if cue.left_subject and stoks[start].low in ("who", "which"):
        return None     # "(Doe, who did not respond to ...": the words before are Doe
    end = start if stoks[start - 1].kind == "q" else start - 1
    a = 0
    for m in range(end - 1, -1, -1):
        if stoks[m].kind == "p" and stoks[m].text == ";":
            a = m + 1
            break
    a, end = trim_content(stoks, a, end)
    if end <= a or _opening_phrase(stoks, a, end):
        return None    # "In every policy realm, Petrov vowed ...": an opening phrase
    return after_opening(stoks, a, end, end)


_NEGATIONS = {"not", "never", "no", "nor", "neither"}
_AS_CUE_ADJUNCTS = {"in", "on", "at", "last", "this", "earlier", "before", "after", "during",
                    "yesterday", "today", "recently", "previously", "first", "again"}


def _as_cue_ends(stoks: list[Tok], k: int, hi: int) -> bool:
    """After the verb of a closing "as X reported": nothing, or a short adjunct of time
    or place ("on Monday", "in a column"); not an object ("as voters responded to ...")."""
    rest = [t for t in stoks[k:hi] if not (t.kind == "p" and t.text in ".!?")]
    if not rest:
        return True
    return rest[0].kind == "w" and rest[0].low in _AS_CUE_ADJUNCTS and len(rest) <= 8 \
        and not any(t.kind == "q" or t.text in (",", "—", "–", ";") for t in rest)


def after_opening(stoks: list[Tok], a: int, b: int, upto: int) -> tuple[int, int]:
    """"Because of the levy, “she needs him,” Doe said", "Bound by years of trade, the
    two towns, Doe said, now have ...": a phrase opening the sentence up to a comma
    before ``upto`` is the writer's setting, not what was said, when a quotation follows
    it or it is a participle's; the content starts after that comma. (A subordinate
    clause or a phrase before a plain clause, "After the vote, the levy will fail", is as
    often part of what was said.)"""
    k = a
    if stoks[k].kind == "w" and stoks[k].low in A.SENTENCE_COORDINATORS:
        k += 1
    first = stoks[k] if k < b else None
    if first is None or first.kind != "w":
        return a, b
    participle = len(first.low) > 4 and first.low.endswith(("ing", "ed")) \
        and first.low not in A.FINITE_WORDS and first.low not in N.PREPOSITIONS
    if not (participle or first.low in N.PREPOSITIONS or first.low in R.SUBORDINATORS
            or first.low in ("as", "despite", "amid", "unlike", "like")) or first.low == "to":
        return a, b     # "To switch vendors, “would not be an option,”": the subject
    for m in range(k + 2, min(b, upto) - 1):
        t = stoks[m]
        if t.kind == "q":
            break
        if t.text != ",":
            continue
        if stoks[m + 1].kind == "q" and (m + 2 >= b or stoks[m + 2].kind != "w"):
            return m + 1, b     # "As for the plan, “I write it off,”": the quotation
        if participle and (_opens_main(stoks, m + 1, b) or (
                upto < b and _opens_main(stoks, m + 1, upto, subject_only=True)
                and not any(u.text == "," for u in stoks[m + 1:upto]))):
            return m + 1, b     # the subject before a parenthetical cue: "the two towns"
    return a, b


def _opens_main(stoks: list[Tok], k: int, b: int, subject_only: bool = False) -> bool:
    """A clause with a subject of its own starts at ``k`` ("the two towns ... have");
    ``subject_only``: its subject, up to a parenthetical cue at ``b``."""
    t = stoks[k]
    low = _plain(t.low).split("'")[0]
    return t.kind == "w" and (low in A.SUBJECT_PRONOUNS or low in N.DETERMINERS
                              or low in A.POSSESSIVES or t.is_cap) \
        and low not in N.PREPOSITIONS and low not in R.SUBORDINATORS \
        and (subject_only or looks_like_clause(stoks, k, b))


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
    return not any(_finite(stoks, m) for m in range(a + 1, b) if stoks[m].kind == "w"
                   and stoks[m - 1].text != ",")   # ", held along the border": a participle


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
    if (t.low in R.SUBORDINATORS or t.low == "as") and k + 1 < s.hi \
            and _plain(s.toks[k + 1].low).split("'")[0] in A.SUBJECT_PRONOUNS \
            and s.toks[k + 1].low not in ("that", "this", "there"):
        return True     # "..., Doe told aides as he labored over ...": the occasion
    # "he said on Monday in a statement.", not "boasted of relations that they ..."
    rest = []
    for u in s.toks[k:s.hi]:
        if u.text in (",", ";", "—", "–"):
            break           # "said during his visit, as the two ...": the adjunct ends
        rest.append(u)
    return t.low in R.ADJUNCT_STARTERS and len(rest) <= 8 \
        and not any((u.kind == "q" and not _show_title(s.toks, k + x)) or u.low == "that"
                    for x, u in enumerate(rest))


def _show_title(stoks: list[Tok], x: int) -> bool:
    """'said on MSNBC's “Morning Joe.”', 'told NBC's “Today”': the quotation after a
    possessive or a preposition is the show's or the work's title (Title Case, short)."""
    from .entries import _possessive, _title_case
    words = stoks[x].text.strip("“”„«»‘’\"' ").split()
    prev = stoks[x - 1] if x > 0 else None
    return bool(words) and len(words) <= 6 and prev is not None and prev.kind == "w" \
        and (_possessive(prev.text) or prev.low in A.TITLE_PREPOSITIONS) \
        and _title_case([w.rstrip(",.") for w in words])


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
