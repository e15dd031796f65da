"""Speech cues of one sentence, found and read by a table of cue readers.

A cue is what attributes words to someone: a speech verb ("said", "told"), "according
to", "X was quoted as saying", "X made the remarks". Each kind of cue has a *reader*
(``readers.py``) registered in ``READERS``: three small functions,

* ``match(sentence, i)``: does a cue of this kind start at token ``i``? -> the cue, or
  how many tokens to skip (a speech word not used as one: "was told"), or None;
* ``subject(sentence, cue)``: who (the noun phrase before or after the cue);
* ``content(sentence, cue, cues)``: the span of the sentence that is the speech it
  reports (after the cue, around it, or before it).

``read_cues`` runs them in that order over a sentence: every match (readers tried in
table order at each token, the first that matches wins), then every subject (left to
right; a valid cue moves the left bound of the next one's subject), then every content,
then marks the cues whose content holds another speaker's cue as relays ("the paper
said Doe told ..."). Adding a kind of cue is adding a reader to the table, with its
own test table (``tests/test_cue_readers.py``).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from . import mentions as M
from .text import Tok


@dataclass
class Cue:
    verb: str
    kind: str                      # the reader's kind: verb | according | quoted | ...
    vi: int                        # the cue's first token
    vj: int                        # just after its last token
    subj: M.Mention | None = None
    s0: int = -1                   # the subject's tokens
    s1: int = -1
    left_subject: bool = True      # the subject stands before the cue
    appos: str | None = None       # the role in an appositive after the subject
    content: tuple[int, int] | None = None
    outlet: M.Mention | None = None
    ref: object = None             # the resolved speaker (attribute.Ref)
    relays: bool = False           # its content is another speaker's (it is the outlet)
    valid: bool = False
    right: bool = False            # its content follows the verb
    person_hint: bool = False      # the context shows the subject is a person
    lemma: str = ""                # the speech verb's lemma ("say" for "said")
    cls: str = "report"            # its class (rules/speech_verbs.py): report, manner, act
    reports: bool = True           # its content is reported speech (not only a topic)
    lead: "Cue | None" = None      # the cue whose speaker this one shares (", adding")
    joined: bool = False           # a verb joined by and/but to its clause's subject

    @property
    def speaks(self) -> bool:
        """Has a subject that can take over an outer cue's content."""
        if not (self.valid and self.subj is not None):
            return False
        if self.subj.kind == "pronoun" and self.subj.pronoun == "they":
            return False
        return self.subj.kind in ("name", "pronoun", "description", "org", "relative")


@dataclass
class Sentence:
    """One sentence as tokens (quotations are single tokens), with what readers share."""

    text: str                      # the paragraph's text (tokens index into it)
    toks: list[Tok]
    known_orgs: set[str]
    hi: int = 0                    # end of its words (closing punctuation left out)
    lo: int = 0                    # left bound of the next subject
    last: "Cue | None" = None      # the last cue with a valid subject so far
    read: list = field(default_factory=list)    # the cues with a valid subject so far

    def __post_init__(self) -> None:
        e = len(self.toks)
        while e > 0 and self.toks[e - 1].kind == "p" and self.toks[e - 1].text in ".!?…)":
            e -= 1
        self.hi = e

    def word(self, i: int) -> str:
        """The lower-case word at ``i`` ("" for punctuation, quotations, the ends)."""
        if 0 <= i < len(self.toks) and self.toks[i].kind == "w":
            return self.toks[i].low
        return ""

    def classify(self, a: int, b: int, as_org: bool = False) -> M.Mention:
        return M.classify_np(self.text, self.toks[a:b], self.known_orgs, as_org)


Match = "Cue | int | None"


@dataclass(frozen=True)
class Reader:
    kind: str
    match: Callable[[Sentence, int], "Cue | int | None"]
    subject: Callable[[Sentence, Cue], None]
    content: Callable[[Sentence, Cue, list[Cue]], "tuple[int, int] | None"]


READERS: list[Reader] = []
_BY_KIND: dict[str, Reader] = {}


def register(reader: Reader, before: str | None = None) -> Reader:
    """Add a reader to the table (tried after those registered before it, or just before
    the reader of kind ``before``)."""
    at = next((k for k, r in enumerate(READERS) if r.kind == before), len(READERS))
    READERS.insert(at, reader)
    _BY_KIND[reader.kind] = reader
    return reader


def reader_of(cue: Cue) -> Reader:
    return _BY_KIND[cue.kind]


def find_cues(s: Sentence) -> list[Cue]:
    cues: list[Cue] = []
    n = len(s.toks)
    i = 0
    while i < n:
        if s.toks[i].kind != "w":
            i += 1
            continue
        step = 1
        for r in READERS:
            got = r.match(s, i)
            if got is None:
                continue
            if isinstance(got, Cue):
                cues.append(got)
                step = max(1, got.vj - i)
            else:
                step = max(1, got)
            break
        i += step
    return cues


def read_cues(text: str, stoks: list[Tok], known_orgs: set[str]) -> list[Cue]:
    """Find and fill the cues of one sentence (subjects, contents, relays)."""
    s = Sentence(text, stoks, known_orgs)
    cues = find_cues(s)
    for cue in cues:
        reader_of(cue).subject(s, cue)
        if cue.valid and cue.kind not in ("thought", "question", "noun"):
            # a thought, a question put to someone or a speech noun's possessor ("X
            # blamed Y's claim that ..., saying") is no speaker for ", saying ..."
            s.last = cue
            s.read.append(cue)
    for cue in cues:
        if cue.valid:
            cue.content = reader_of(cue).content(s, cue, cues)
    _mark_relays(cues, s.toks)
    return cues


def _carries_words(other: Cue, toks: list[Tok]) -> bool:
    """The cue attributes words of its own: reported speech, or a quotation in its
    content ("X said Y criticized the plan": Y's topic is not; X's statement stands)."""
    if other.kind in ("thought", "noun"):
        return False                # "X said he believes ...", "X said Y's claim that ...
        #                             was false": X's statement stands
    if other.kind not in ("verb", "participle"):
        return True
    if not other.content:
        return False                # "he agrees with ...": no words of its own
    if other.reports:
        return True
    a, b = other.content
    return any(t.kind == "q" for t in toks[a:b])


_MODALS = {"must", "should", "would", "will", "could", "can", "may", "might", "shall",
           "to", "not", "never"}


def _unrealised(toks: list[Tok], vi: int) -> bool:
    """The verb at ``vi`` follows a modal, "to" or a negation ("must rebut", "would
    say", "to tell", "did not say"): no words of that speaker are reported."""
    k = vi - 1
    while k >= 0 and toks[k].kind == "w" and toks[k].low.endswith("ly") and vi - k < 3:
        k -= 1
    return k >= 0 and toks[k].kind == "w" and toks[k].low in _MODALS


def _mark_relays(cues: list[Cue], toks: list[Tok]) -> None:
    """A cue whose content holds another speaking cue reports that one's words."""
    for cue in cues:
        if not (cue.valid and cue.content):
            continue
        a, b = cue.content
        for other in cues:
            if other is cue or not other.valid or not _carries_words(other, toks) \
                    or other.lead is cue:
                continue    # "X said he saw it and slammed ...": one statement goes on
            if cue.right and cue.kind != "according" and other.s0 != a:
                continue   # only "X said Y told ..." nests, not a clause further on
            if other.kind == "verb" and _unrealised(toks, other.vi):
                continue   # "X said Y must rebut ...": X's statement, not Y's words
            if a <= other.vi < b and (other.speaks or (other.content and cue.kind == "according")
                                      or other.kind == "remark"):
                if other.subj is not None and other.subj.kind == "group" \
                        and cue.kind != "according":
                    continue
                cue.relays = True
