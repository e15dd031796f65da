"""Which quotations are quotes, and one entry per statement.

Quote marks also set off names, titles and terms: a song, a show, a slogan, a nickname
("known as the “Three Amigos”"), a word the writer holds at a distance (a scare quote:
the “skinny” deal). Those are no one's words: ``names_something`` tells them from speech
by what stands around them. A short quotation nobody is found to have said is such a term
too (``SHORT_TERM_WORDS``); a longer one stays, with a notice for the editor.

A reported statement may hold the speaker's own words in quote marks (Vogt said growth
was “fragile”): that is one statement, so ``merge_fragments`` keeps the reported entry
(its text shows the marks) and drops the quoted words inside it when the speaker is the
same, so that a speaker's page does not count one statement twice.
"""
from __future__ import annotations

from ...rules import attribution as A
from ...rules import speech_verbs as V
from .text import ABBREVIATIONS, Tok

SHORT_TERM_WORDS = 3          # a quotation this short with no speaker is a term


def names_something(text: str, stoks: list[Tok], x: int) -> bool:
    """The quotation token ``x`` is a name, a title or a term, not someone's words: after
    a naming phrase ("known as", "dubbed", "the slogan"), or a short phrase in Title Case
    that no speech cue introduces ("Bad Blood", "Meet the Press")."""
    inner = stoks[x].text.strip("“”„«»‘’\"' ")
    words = inner.split()
    if _subtitled(words) or (words and _by_author(stoks, x, _title_case(words))):
        return True     # “Doe: A Life in Politics”; “Ten Days in June,” by Jane Doe
    if _excerpt_after_byline(stoks, x):
        return True     # “Mill to close,” by the Star's Jo Roe: “The mill ...”
    if not words or len(words) > 8:
        return False
    if not any(sum(c.isalpha() for c in w) >= 2 and not w.startswith(("@", "#", "[", "http"))
               for w in words):
        return True     # “2016-06-29”, “@handle”, “[Outlet.]”: no words anyone said
    if (_after_naming_words(stoks, x) and not _called_so(stoks, x, words)) \
            or _after_naming_verb(stoks, x):
        return True
    prev = stoks[x - 1] if x > 0 else None
    if prev is not None and prev.kind == "w" and len(words) <= 6 and (
            prev.low in A.TITLE_PREPOSITIONS or _possessive(prev.text)) \
            and _title_case([w.rstrip(",.") for w in words]):
        return True     # 'said on ABC's “This Week.”', 'appearing on “Meet the Press,”'

    if prev is not None and prev.kind == "w" and prev.low in V.VERB_FORMS \
            and V.VERB_FORMS[prev.low][0] in V.OBJECT_LEMMAS and len(words) <= 5 \
            and _title_case([w.rstrip(",") for w in words]):
        return True     # 'Doe told “Fox and Friends,” ...': the show that heard it
    if _cue_next_to(stoks, x):
        return False
    return _title_case(words)


def _subtitled(words: list[str]) -> bool:
    """A work's title with a subtitle: Title Case on both sides of a colon, four words or
    more (“Steel Town: The Rise and Fall of an Industry”); nobody speaks in Title Case."""
    cut = next((k for k, w in enumerate(words) if w.endswith(":")), None)
    return cut is not None and 0 <= cut < len(words) - 1 and len(words) >= 4 \
        and len(words) <= 20 and _title_case(words)


def _by_author(stoks: list[Tok], x: int, title: bool) -> bool:
    """A quotation followed by a comma, "by" and a capitalised name is a work and its
    author (“Mill to close in May,” by the Star's Jo Roe: ...); without the comma only a
    title in Title Case (“Ten Days in June” by Jane Doe; not a “hit piece” by the Star)."""
    k = x + 1
    if k < len(stoks) and stoks[k].text == ",":
        k += 1
    elif not title and not stoks[x].text.rstrip("”’\"'» ").endswith(","):
        return False
    if not (k + 1 < len(stoks) and stoks[k].kind == "w" and stoks[k].low == "by"):
        return False
    nxt = stoks[k + 1]
    if nxt.kind == "w" and nxt.low == "the" and k + 2 < len(stoks):
        nxt = stoks[k + 2]
    return nxt.kind == "w" and nxt.text[:1].isupper()


def _excerpt_after_byline(stoks: list[Tok], x: int) -> bool:
    """A quotation after a work's title and its byline and a colon (a newsletter's
    “Mill to close,” by the Star's Jo Roe: “The mill will close ...”) is an excerpt of
    that piece, not someone's words in the news."""
    if x < 4 or stoks[x - 1].text != ":":
        return False
    for k in range(x - 2, max(0, x - 9), -1):
        t = stoks[k]
        if t.kind != "w" and t.text not in (".", "'", "’"):
            return False
        if t.kind == "w" and t.low == "by":
            return _by_author(stoks, k - 1 if stoks[k - 1].text != "," else k - 2, True) \
                and stoks[k - 1].kind in ("q", "p") and any(
                    u.kind == "q" for u in stoks[max(0, k - 2):k])
    return False


def _possessive(word: str) -> bool:
    return word.endswith(("'s", "’s", "s'", "s’")) and word[:1].isupper()


def _after_naming_words(stoks: list[Tok], x: int) -> bool:
    before = [t.low for t in stoks[max(0, x - 3):x] if t.kind == "w"]
    if not before:
        return False
    if before[-1] in A.NAMING_WORDS or before[-1] in A.WORK_WORDS \
            or " ".join(before[-2:]) in A.NAMING_PHRASES:
        return True
    # "was called", "so-called": the passive names; "Petrov called it “...”" is speech
    return before[-1] == "called" and len(before) >= 2 and before[-2] in A.NAMING_PASSIVE


_CALLING = {"call", "calls", "called", "calling", "label", "labels", "labeled", "labelled",
            "labeling", "labelling"}


def _called_so(stoks: list[Tok], x: int, words: list[str]) -> bool:
    """"called the plan “a disgrace”", "called it “the worst deal ever”": a judgement in
    lower case after "called" and its object is the speaker's words, not the name of the
    plan or show ("called the plan “Fair Start”" names it)."""
    if not words or not words[0][:1].islower() or _title_case(words):
        return False
    return any(t.kind == "w" and t.low in _CALLING for t in stoks[max(0, x - 4):x]) \
        and not any(t.kind == "q" for t in stoks[max(0, x - 4):x])


def _after_naming_verb(stoks: list[Tok], x: int) -> bool:
    """"dubbed the merged company “new Gannett”": a naming verb and its object."""
    for t in stoks[max(0, x - 5):x]:
        if t.kind == "w" and t.low in A.NAMING_VERBS:
            return True
    return False


def _cue_next_to(stoks: list[Tok], x: int) -> bool:
    """A speech cue stands right before or after the quotation ("said: “...”",
    "“...,” he said", "“...” — Jane Doe")."""
    prev = stoks[x - 1] if x > 0 else None
    if prev is not None and (prev.text in (":", ",", "—", "–") or prev.low in V.VERB_FORMS):
        return True
    # words set off as speech ("“Again,” Foreign Minister Jane Doe said"): the cue may
    # stand after a longer subject
    inner = stoks[x].text.rstrip("”’\"'» ")
    spoken = inner.endswith((",", "?", "!")) or (x + 1 < len(stoks) and stoks[x + 1].text == ",")
    for k, t in enumerate(stoks[x + 1:x + (12 if spoken else 5)]):
        if t.kind == "q" or (k >= 4 and t.kind == "p" and t.text in ".;!?" and not (
                stoks[x + k].kind == "w" and stoks[x + k].low in ABBREVIATIONS)):
            return False
        if t.kind == "w" and t.low in V.VERB_FORMS:
            return True
        if t.kind == "p" and t.text in "—–":
            return True
    return False


def _title_case(words: list[str]) -> bool:
    """Every word that is not a short function word starts with a capital letter, and
    the phrase is no sentence (a sentence ends with its own stop: "Thank You."). A title
    of three words or more may hold the full stop of the sentence it ends (the US style:
    their hit “Takin’ It to the Streets.”)."""
    content = [w for w in words if w.lower().strip(",.:;!?") not in A.TITLE_SMALL_WORDS]
    if words[-1][-1:] in ".!?" and len(words) > 1 and (len(words) < 3 or len(content) < 2
                                                        or words[-1][-1:] != "."):
        return False
    return bool(content) and all(w[:1].isupper() or w[:1].isdigit() for w in content) \
        and any(w[:1].isupper() for w in content)


def is_heading(text: str, toks: list[Tok]) -> bool:
    """A subhead inside the body ("3. “Not some irregular channel”", "Volker insists he
    worked through “official” channel"): a short line that is numbered, or that ends
    without a full stop; its quotation marks set off a title, not a quote."""
    words = [t for t in toks if t.kind == "w"]
    if not words or len(words) + sum(len(t.text.split()) for t in toks if t.kind == "q") > 15:
        return False
    stripped = text.rstrip().rstrip("”’\"'»)").rstrip()
    numbered = toks[0].kind == "w" and toks[0].text.isdigit() and len(toks) > 1 \
        and toks[1].text in (".", ")")
    return numbered or not stripped.endswith((".", "!", "?", "…", ":", ";", ","))


SUBHEAD_WORDS = 8     # a line in single marks this short may be a subhead


def doubled(spans) -> bool:
    """The article sets its quotations in double marks (“…”, "…", ''…''), more often than
    in single ones: a line set in single marks is then set as a headline is."""
    single = sum(1 for s in spans if s.single and not s.continued)
    return sum(1 for s in spans if not s.single and not s.continued) > single


def single_marked_subhead(text: str, toks: list[Tok], spans, double_style: bool) -> bool:
    """A subhead between paragraphs ('A really tough decision.'): a short line in single
    marks alone in its paragraph, in an article that quotes in double marks, pulls words
    from the story below it as a headline does; no one speaks them there."""
    return double_style and len(spans) == 1 and spans[0].single and spans[0].closed \
        and all(t.kind != "w" for t in toks) \
        and len(text[spans[0].start:spans[0].end].split()) <= SUBHEAD_WORDS


def merge_fragments(items: list[tuple]) -> list[tuple]:
    """Drop the direct quotations lying inside a reported statement of the same speaker.
    ``items``: (quote, speaker key) sorted by paragraph and start; one pass per paragraph
    (a statement covering a quotation starts before it)."""
    out = []
    reach: dict[object, int] = {}       # speaker key -> furthest end of their statements
    para = None
    for q, key in items:
        if q.paragraph != para:
            para, reach = q.paragraph, {}
        if q.kind == "indirect":
            if q.attribution == "speech":   # a thought or a topic leaves quotations be
                reach[key] = max(reach.get(key, -1), q.end or 0)
            out.append((q, key))
        elif reach.get(key, -1) >= (q.end or 0):
            continue        # the statement holds these words already
        else:
            out.append((q, key))
    return out
