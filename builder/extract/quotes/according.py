"""The "according to X" reader (a cue reader of the table in ``cues.py``, tried first):
"according to Jane Doe", "according to his aunt, Jane Doe", "according to sources
familiar with ...", "according to a count by the AP" (the document's author), and a
document with no author named ("according to his biography"), which reports with no
speaker. Its content is the sentence before it, or the words after it.
"""
from __future__ import annotations

from ...rules import attribution as A
from ...rules import speech as R
from . import mentions as M
from . import names as N
from . import content_spans as CS
from . import subjects as SUB
from .cues import Cue, Reader, Sentence, register
from .names import place_word
from .scan import appositive_role


# ---- according to X ------------------------------------------------------------------

def _match_according(s: Sentence, i: int):
    if s.word(i) == "according" and s.word(i + 1) == "to":
        return Cue("according to", "according", i, i + 2)
    return None


def _subject_according(s: Sentence, cue: Cue) -> None:
    stoks, hi = s.toks, s.hi
    a = b = cue.vj
    while b < hi and b - a < 14 and not (
            stoks[b].kind == "q" or (stoks[b].kind == "p" and stoks[b].text in ",;:()")) \
            and stoks[b].low not in A.ACCORDING_SUBJECT_STOPS:
        b += 1
    cue.s0, cue.s1, cue.left_subject = a, b, False
    cue.subj = s.classify(a, b)
    cue.appos = appositive_role(s.text, stoks, b) if cue.subj.kind == "name" else None
    if cue.subj.kind in ("description", "none") and b < hi and stoks[b].text == ",":
        # "according to his aunt, Jane Doe, ..."
        e = b + 1
        while e < hi and e - b < 8 and stoks[e].kind == "w":
            e += 1
        named = s.classify(b + 1, e)
        if named.kind == "name" and e < hi and stoks[e].text == ",":
            named.role = named.role or N.role_text(s.text, stoks[a:b])
            cue.subj, cue.s1 = named, e
    if cue.subj.kind == "none":
        cue.subj = SUB.plural_subject(s, a, b)   # "according to sources familiar with ..."
    if cue.subj.kind == "none":
        cue.subj = _document_author(s, a, b)     # "according to a count by the AP"
    if cue.subj.kind == "none":
        cue.subj = _named_data_source(s, a, b)   # "according to a CNN tally"
    if cue.subj.kind == "none":
        cue.subj = _unnamed_source(s, a, b)      # "according to exit polls"
    # an unnamed group ("according to officials") speaks with no speaker named
    cue.valid = cue.subj.kind in ("name", "org", "description", "group")


def _document_author(s: Sentence, a: int, b: int) -> M.Mention:
    """"a count by The Associated Press", "an email from the union's president": the
    named author (a name or an organisation after "by"/"from") of a document word."""
    stoks = s.toks
    document = False
    for m in range(a, b - 1):
        low = stoks[m].low
        if low in R.DOCUMENT_WORDS or low in A.RECORD_WORDS or low in A.SOURCE_NOUNS \
                or low in R.DATA_WORDS:
            document = True     # "a declaration filed in federal court by X"
        elif low in ("by", "from") and document and m > a:
            author = s.classify(m + 1, b)
            if author.kind in ("name", "org"):
                return author
            break
    return M.Mention("none")


def _named_data_source(s: Sentence, a: int, b: int) -> M.Mention:
    """"a CNN tally", "the RealClearPolitics polling average", "HuffPost Pollster's
    average": figures whose compiler is named before the data word (its author, as in
    "a count by the AP"); figures with no one named stay nobody's words."""
    stoks = s.toks
    h = a
    while h < b and stoks[h].kind == "w" and stoks[h].low not in A.SOURCE_NOUN_ENDS:
        h += 1
    head = N.strip_possessive(stoks[h - 1].low)[0] if h > a else ""
    if not (head in A.RECORD_WORDS or head in R.DATA_WORDS or head in A.DATA_HEADS):
        return M.Mention("none")
    caps = [m for m in range(a, h - 1) if stoks[m].is_cap or (
        stoks[m].low == "of" and a < m and stoks[m - 1].is_cap and stoks[m + 1].is_cap)]
    if not caps or caps != list(range(caps[0], caps[-1] + 1)) \
            or any(stoks[m].low in R.NATIONALITIES or place_word(stoks[m].low) for m in caps):
        return M.Mention("none")    # "a Pew survey of Ohio voters": Pew; not "a state poll"
    author = M.classify_np(s.text, stoks[caps[0]:caps[-1] + 1], s.known_orgs, as_org=True)
    return author if author.kind in ("org", "name") else M.Mention("none")


def _unnamed_source(s: Sentence, a: int, b: int) -> M.Mention:
    """"exit polls", "a new poll", "his biography", "early results of exit polls
    conducted for ...": a document or a record with no author named is a source that
    speaks for no one (an unnamed group without members: no speaker)."""
    stoks = s.toks
    h = a
    while h < b and stoks[h].kind == "w" and stoks[h].low not in A.SOURCE_NOUN_ENDS \
            and not (h > a and stoks[h].low.endswith("ed")):
        h += 1
    if h == a or h - a > 6:
        return M.Mention("none")
    head = N.strip_possessive(stoks[h - 1].low)[0]
    if head not in A.SOURCE_NOUNS:
        return M.Mention("none")
    return M.Mention("group", s.text[stoks[a].start:stoks[b - 1].end], stoks[a].start,
                     stoks[b - 1].end, head=head)


def _content_according(s: Sentence, cue: Cue, cues: list[Cue]):
    stoks, hi = s.toks, s.hi
    if cue.vi > 0 and any(t.kind != "p" and t.low not in A.SENTENCE_CONNECTIVES
                          for t in stoks[:cue.vi]):
        a = 0
        for prev in cues:
            if prev is not cue and prev.valid and prev.content and prev.vi < cue.vi \
                    and prev.kind == "according":
                a = max(a, prev.s1)
        return SUB.around_according(s, cue, CS.trim_content(stoks, a, cue.vi))
    b = cue.s1
    if b < hi and stoks[b].text == ",":
        b += 1
        if cue.appos:
            while b < hi and stoks[b].text != ",":
                b += 1
            b += 1
    return (b, hi) if b < hi else None


register(Reader("according", _match_according, _subject_according, _content_according))
