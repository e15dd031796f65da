"""Whose document speaks: "the statement said", "the suit reads" quote the author named
when the document came in ("Big Bank issued a statement", "Podliska's lawsuit", "In a
letter, Jane Doe ..."), not whichever organisation was talked about last.

While the article's names are scanned, each sentence that mentions a document records
its owner: the possessive name right before the word, else the sentence's subject.
A later cue whose subject is "the <document>" looks up the latest record of that word
(or of its kind) a few paragraphs back. Records are kept in reading order and searched
by bisection, a bounded number of entries back.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass

from ...rules import speakers as S
from ...rules import speech as R
from . import names as N
from .people import NameMention, Pos
from .text import Tok

LOOK_BACK = 12          # document records looked through at most
WINDOW = 8              # paragraphs a document stays the one "the statement" means


@dataclass
class _Record:
    pos: Pos
    kind: str                    # the document's kind ("statement", "suit")
    owner: list[str]             # the owner's name words
    entity: object = None        # or the owner itself (a cue's speaker)


def document_kind(word: str) -> str | None:
    """The kind of document a word names, or None ("lawsuit" and "suit" are one kind)."""
    low = N.strip_possessive(word.lower())[0]
    if low in S.DOCUMENT_KINDS:
        return S.DOCUMENT_KINDS[low]
    if low in R.DOCUMENT_WORDS:
        return low[:-1] if low.endswith("s") and low[:-1] in R.DOCUMENT_WORDS else low
    return None


class Documents:
    """The documents an article mentions, with who issued each."""

    def __init__(self) -> None:
        self.records: list[_Record] = []

    def note_sentence(self, toks: list[Tok], para: int,
                      mentions: list[NameMention]) -> None:
        """Record each document the sentence mentions, with its owner."""
        subject = next((m for m in mentions if m.subject), None)
        for k, t in enumerate(toks):
            if t.kind != "w" or t.is_cap:
                continue
            if t.low in _SENT_AS and subject is not None and subject.pos[1] < t.start:
                # "Jane Doe emailed supporters": what "the email" later says is hers
                bisect.insort(self.records, _Record((para, t.start), _SENT_AS[t.low],
                                                    list(subject.words)), key=lambda r: r.pos)
                continue
            kind = document_kind(t.text)
            if kind is None:
                continue
            owner = _possessor(toks, k) or _agent(toks, k)
            if owner is None and _issued(toks, k) and subject is not None \
                    and subject.pos[1] < t.start:
                owner = list(subject.words)     # "Jane Doe issued a statement"
            if owner:
                bisect.insort(self.records, _Record((para, t.start), kind, owner),
                              key=lambda r: r.pos)

    def note_cue(self, toks: list[Tok], vj: int, para: int, entity) -> None:
        """"X said in a statement": the cue's speaker ``entity`` issued the document
        named within a few words after the cue (ending at ``vj``)."""
        for k in range(vj, min(len(toks), vj + 4)):
            kind = document_kind(toks[k].text) if toks[k].kind == "w" else None
            if kind is not None and k >= 2 and toks[k - 2].low == "in":
                bisect.insort(self.records, _Record((para, toks[k].start), kind, [], entity),
                              key=lambda r: r.pos)
                return

    def owner(self, word: str, pos: Pos):
        """The owner of "the <word>" at ``pos`` (the latest such document before): its
        name words, or the entity itself."""
        kind = document_kind(word)
        if kind is None:
            return None
        i = bisect.bisect_left(self.records, pos, key=lambda r: r.pos)
        for r in self.records[max(0, i - LOOK_BACK):i][::-1]:
            if r.pos[0] < pos[0] - WINDOW:
                return None
            if r.kind == kind:
                return r.entity or r.owner
        return None


def _possessor(toks: list[Tok], k: int) -> list[str] | None:
    """"Podliska's lawsuit", "Jane Doe’s statement": the name words before the word."""
    j = k - 1
    while j >= 0 and toks[j].kind == "w" and not toks[j].is_cap \
            and toks[j].low not in N.DETERMINERS and j >= k - 2:
        j -= 1          # "Doe's new statement", "Doe's federal lawsuit"
    if j < 0 or not N.strip_possessive(toks[j].text)[1] or not toks[j].is_cap:
        return None
    words = []
    while j >= 0 and toks[j].kind == "w" and N.is_name_word(toks[j].text):
        words.insert(0, N.strip_possessive(toks[j].text)[0])
        j -= 1
    return words or None


def _issued(toks: list[Tok], k: int) -> bool:
    """The sentence's subject issued the document at ``k``: "issued a statement", "in
    a letter", "sent an email" (not "slammed a lawsuit")."""
    j = k - 1
    while j >= 0 and toks[j].kind == "w" and not toks[j].is_cap and j >= k - 3:
        if toks[j].low in S.ISSUING_VERBS:
            return True
        if toks[j].low == "in" and j == k - 2:
            return True          # "in a statement", "in its report"
        j -= 1
    return False


def _caps_after(toks: list[Tok], j: int) -> list[str]:
    """The capitalised words from ``j`` on (after an optional "the")."""
    if j < len(toks) and toks[j].low == "the":
        j += 1
    words = []
    while j < len(toks) and toks[j].kind == "w" and (
            toks[j].is_cap or (words and toks[j].low in ("of", "for", "&")
                               and j + 1 < len(toks) and toks[j + 1].is_cap)):
        words.append(N.strip_possessive(toks[j].text)[0])
        j += 1
    return words


# verbs that send a document of a kind ("emailed supporters": an email)
_SENT_AS = {"emailed": "email", "e-mailed": "email", "tweeted": "tweet", "texted": "text"}


def _sender(toks: list[Tok], j: int) -> list[str] | None:
    """The name after "from": "from Jane Doe", "from the club's director, Jane Doe" (a
    description of the sender, then the name; never past another preposition)."""
    for i in range(j, min(len(toks), j + 8)):
        t = toks[i]
        if t.kind == "w" and t.is_cap:
            return _caps_after(toks, i) or None
        if t.text != "," and (t.kind != "w" or t.low in N.PREPOSITIONS):
            return None
    return None


def _agent(toks: list[Tok], k: int) -> list[str] | None:
    """"a lawsuit filed by Jane Doe", "a statement released by the Big Bank", "a letter
    from Jane Doe", "an email was sent from Jane Doe"."""
    for j in range(k + 1, min(len(toks), k + 4)):
        if toks[j].low == "from" and (j == k + 1 or toks[j - 1].low == "sent"):
            return _sender(toks, j + 1)
        if toks[j].low == "by":
            for i in range(j + 1, min(len(toks), j + 7)):   # "by a staffer named X"
                if toks[i].kind != "w":
                    return None
                if toks[i].is_cap:
                    return _caps_after(toks, i) or None
            return None
        if toks[j].kind != "w" or toks[j].is_cap:
            return None
    return None

