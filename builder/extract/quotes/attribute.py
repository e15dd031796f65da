"""Who said what in one article: the quotations and reported speech, their speakers
and the notices an editor should see.

A sentence is read as tokens with every quotation as one token; its cues (``cues.py``)
each get a subject and the span they report. A quotation takes the speaker of the
innermost cue whose content holds it; an outer cue whose content holds another speaker's
cue only relays (it becomes the quote's outlet). Quotations with no cue in their
sentence continue the speaker of the paragraph (a quote split by its attribution) or of
the paragraph before (a quote over several paragraphs). Subjects are resolved in reading
order (``resolve.py``); descriptions naming someone introduced later are resolved once
the article is read. Then ``entries.py`` drops names and terms in quote marks and keeps
one entry per statement.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from ...model import Notice, Quote, Speaker
from ...rules import speakers as S
from . import mentions as M
from . import readers  # noqa: F401  (registers the cue readers)
from .completion import complete, quoted_full_names
from .cues import Cue, Sentence, read_cues
from .entries import (SHORT_TERM_WORDS, doubled, is_heading, merge_fragments,
                      names_something, single_marked_subhead)
from .marks import Span, find_quotes
from .people import Entity, Person
from .scan import family_words, pronoun_subjects, scan_names
from .salience import Cast
from .resolve import (Ref, add_description_role, choose_cue, continued_speech, grown_up,
                      indirect_outlet, of_a_thing, other_occupation, resolve)
from .signatures import quotes_only, sign_above
from .spans import clause_subject
from .text import Tok, sentences, tokenize
from .thoughts import attribution_of, topic_span

MAX_SENTENCE_TOKENS = 400        # longer "sentences" are not prose: no attribution


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
    mentions, pronouns = [], []
    families: set[str] = set()
    for pi, para in enumerate(paras):
        for a, b in para.sents:
            if b - a <= MAX_SENTENCE_TOKENS:
                found = scan_names(para.text, para.toks[a:b], pi, cast, families)
                families |= family_words(found)
                cast.documents.note_sentence(para.toks[a:b], pi, found)
                mentions.extend(found)
                pronouns.extend(pronoun_subjects(para.toks[a:b], pi))
    cast.build(mentions, pronouns)
    cast.quoted_names = quoted_full_names([p.text[s.start:s.end] for p in paras
                                           for s in p.spans])
    st = _State(cast)
    double_style = doubled([s for p in paras for s in p.spans])
    for pi, para in enumerate(paras):
        if para.spans and para.spans[-1].closed and is_heading(para.text, para.toks) \
                or single_marked_subhead(para.text, para.toks, para.spans, double_style):
            st.prev_last, st.prev_open = None, False      # a subhead: no one speaks
            continue
        _read_paragraph(st, pi, para)
        if pi and not para.spans and quotes_only(paras[pi - 1].toks):
            sign_above(st.cast, st.items, st.all_refs, pi, para.text, para.toks)
    _resolve_late(cast, st.all_refs)
    complete(cast, cast.quoted_names)
    return _finish(cast, paras, st.items, st.terms)


@dataclass
class _State:
    """What reading the article so far has found."""

    cast: Cast
    items: list[tuple[Quote, Ref | None]] = field(default_factory=list)
    cue_of: dict[int, str] = field(default_factory=dict)   # speaker ref -> its first cue
    all_refs: list[Ref] = field(default_factory=list)      # every speaker reference
    prev_last: Ref | None = None       # the last speaker of the paragraph before
    prev_open: bool = False            # the paragraph before ended inside a quote
    terms: set[int] = field(default_factory=set)   # quotations that name something


def _read_paragraph(st: _State, pi: int, para: _Para) -> None:
    events: list[tuple[int, Ref]] = []   # (sentence, speaker) in reading order
    pending: list[tuple[int, Quote]] = []
    for si, (a, b) in enumerate(para.sents):
        stoks = para.toks[a:b]
        cues = read_cues(para.text, stoks, st.cast.known_orgs) \
            if b - a <= MAX_SENTENCE_TOKENS else []
        _resolve_cues(st, pi, stoks, cues, para)
        quoted = _direct_quotes(st, pi, si, para, stoks, cues, pending,
                                events[-1][1] if events else None)
        events.extend((si, r) for r in quoted)
        seen = {id(r) for r in quoted}
        for cue in cues:
            if cue.valid and cue.ref is not None and not cue.relays and id(cue.ref) not in seen \
                    and not _nobody(cue.ref) and not (quoted and _subordinate(stoks, cue)):
                seen.add(id(cue.ref))
                events.append((si, cue.ref))
        _reported(st, pi, para, stoks, cues)
    last = _place_pending(st, para, events, pending)
    if last is not None:
        st.prev_last = last
    elif not para.spans:
        st.prev_last = _introduced(st, pi, para)
    st.prev_open = bool(para.spans) and not para.spans[-1].closed


def _nobody(ref: Ref) -> bool:
    """A group the text names no one of, or no subject at all ("when asked what ..."):
    no speaker for the quotations standing alone after it."""
    return ref.group and not ref.members and not (ref.mention.text or "").strip()


def _introduced(st: _State, pi: int, para: _Para) -> Ref | None:
    """A paragraph without quotations whose last sentence has a person's name for its
    subject and speaks of a statement or an occasion of speech ("Jane Doe issued a
    statement on Monday."): that person, for a quotation standing alone after it."""
    if not para.sents:
        return None
    a, b = para.sents[-1]
    stoks = para.toks[a:b]
    w = next((k for k, t in enumerate(stoks) if t.kind == "w" and t.low in S.INTRODUCING_WORDS),
             None)
    if w is None:
        return None
    # the clause of that word ("When Wallace died, Doe released a statement:": Doe)
    c = max((k for k in range(w) if stoks[k].text == ","), default=-1)
    if c < 0 and stoks[0].low in S.SUBORDINATORS:
        return None
    stoks = stoks[c + 1:]
    found = clause_subject(Sentence(para.text, stoks, st.cast.known_orgs), w - c - 1)
    if found is None or found[2].kind != "name":
        return None
    m = found[2]
    pos = (pi, stoks[found[0]].start)
    p = st.cast.lookup(m.name, pos, record=False)
    return Ref(m, entity=p, pos=pos) if isinstance(p, Person) else None


def _resolve_cues(st: _State, pi: int, stoks: list[Tok], cues: list[Cue],
                  para: _Para) -> None:
    for cue in cues:
        if not cue.valid or cue.subj is None:
            continue
        if cue.lead is not None and cue.lead.ref is not None:
            cue.ref = cue.lead.ref      # ", adding ...": the same speaker
            continue
        at = cue.s0 if 0 <= cue.s0 < len(stoks) else cue.vi
        pos = (pi, stoks[at].start)
        if cue.kind == "quoted" and cue.outlet is not None \
                and cue.outlet.kind in ("org",) and cue.outlet.org:
            st.cast.note(pos, st.cast.add_org(cue.outlet.org, pos, cue.outlet.role))
        _name_after_description(para, stoks, cue, st.cast.known_orgs)
        _gender_shown(st.cast, stoks, cue, pos)
        hint = cue.person_hint or _first_person(para, stoks, cue) or _gendered(stoks, cue)
        later = _cataphora(st.cast, pi, stoks, cue)
        if later is not None:
            cue.ref = Ref(cue.subj, entity=later, pos=pos, sub=True)
            st.cast.spoke(pos, later)
            st.all_refs.append(cue.ref)
            continue
        cue.ref = resolve(st.cast, cue.subj, pos, cue.appos, hint, (pi, stoks[0].start),
                          sub=_subordinate(stoks, cue) or _reported_within(cue, cues)
                          or _relative(stoks, cue))
        continued_speech(st.cast, cue.verb or "", cue.ref)
        if cue.lemma == "ask" and cue.ref.unnamed:
            st.cast.forget(pos, cue.ref)   # "a reporter asked Doe ...": "she replied" is Doe
        if cue.ref.entity is not None:
            after = cue.vj if cue.left_subject else max(cue.vj, cue.s1)
            st.cast.documents.note_cue(stoks, after, pi, cue.ref.entity)
        st.all_refs.append(cue.ref)


def _cataphora(cast: Cast, pi: int, stoks: list[Tok], cue: Cue) -> Person | None:
    """"Although he called it “...,” Mr. Roe forecast ...": "he" or "she" in a clause
    opening the sentence is the subject of the main clause after its comma, when that is
    a person's name of the same gender."""
    m = cue.subj
    if m.kind != "pronoun" or m.pronoun not in ("he", "she"):
        return None
    first = next((i for i, t in enumerate(stoks) if t.kind == "w"), None)
    if first is None or stoks[first].low not in S.OPENING_SUBORDINATORS \
            or any(t.text == "," for t in stoks[first:max(first, cue.s0)]):
        return None
    c = next((i for i in range(max(cue.vj, cue.s1), len(stoks)) if stoks[i].text == ","
              or (stoks[i].kind == "q" and stoks[i].text.rstrip("\"”'’ ").endswith(","))),
             None)      # (a quotation may hold the comma: '“...,” Mr. Roe said')
    if c is None or c + 1 >= len(stoks):
        return None
    lo, hi = stoks[c + 1].start, stoks[min(c + 4, len(stoks) - 1)].start
    i = bisect.bisect_left(cast.name_mentions, (pi, lo), key=lambda n: n.pos)
    if i >= len(cast.name_mentions) or cast.name_mentions[i].pos > (pi, hi) \
            or cast.name_mentions[i].possessive:
        return None
    nm = cast.name_mentions[i]
    p = cast.lookup(nm.words, nm.pos, record=False)
    if not isinstance(p, Person) or (p.gender and p.gender != m.gender):
        return None
    return p


_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I’m|I've|I’ve|me|my|myself)\b")


_REFLEXIVES = {"himself": "m", "herself": "f"}
_SUBJECT_PRONOUNS = {"he": "m", "she": "f"}


def _gender_shown(cast: Cast, stoks: list[Tok], cue: Cue, pos=None) -> None:
    """A family name alone that two people of the article share ("Clinton") takes the
    gender its sentence shows: "Clinton herself said", "Clinton said she would ..."
    (the reported clause's subject is most often the speaker)."""
    m = cue.subj
    if m is None or m.kind != "name" or len(m.name) != 1 or m.gender:
        return
    people = cast.by_family.get(m.name[0].lower(), [])
    if len(people) < 2:
        return
    gender = None
    if cue.left_subject and 0 <= cue.s1 < len(stoks):
        gender = _REFLEXIVES.get(stoks[cue.s1].low)
    if gender is None and cue.content and cue.right and cue.content[0] < len(stoks):
        k = cue.content[0]
        if stoks[k].low == "that" and k + 1 < len(stoks):
            k += 1
        gender = _SUBJECT_PRONOUNS.get(stoks[k].low)
    if gender is None and pos is not None:
        gender = cast.paragraph_pronoun(pos)    # "Doe said, “...” She followed that ..."
    if gender and any(p.gender == gender for p in people):
        m.gender = gender


_GENDERED = {"he", "she", "his", "her", "him", "himself", "herself"}
GENDERED_REACH = 6       # words of the reported clause looked at for "he", "his" ...


def _gendered(stoks: list[Tok], cue: Cue) -> bool:
    """The words the cue reports speak of its subject as "he" or "she" ("Cruz admitted
    that his pick was political"): a single name speaking is a person, not a firm."""
    if cue.subj is None or cue.subj.kind != "name" or not cue.content or not cue.right \
            or not cue.left_subject or not (cue.s0 == 0 or stoks[cue.s0 - 1].kind == "q"
                                            or stoks[cue.s0 - 1].low in ("and", "but")):
        return False    # only a name opening its clause ("of Huntsville, said" is a place)
    a, b = cue.content
    return any(t.kind == "w" and t.low in _GENDERED
               for t in stoks[a:min(b, a + GENDERED_REACH)])


_PERSON_KINDS = ("name", "pronoun", "description")


def _relative(stoks: list[Tok], cue: Cue) -> bool:
    """The cue is a relative clause's ("Roe, who has called the plan a hoax, ..."): its
    subject is what the sentence speaks of, not the clause the article goes on with."""
    return cue.left_subject and 0 <= cue.s0 < len(stoks) and stoks[cue.s0].low in ("who",
                                                                                "which")


def _reported_within(cue: Cue, cues: list[Cue]) -> bool:
    """The cue stands inside what a person before it said ("Doe said it would be nice if
    Roe had congratulated him"): Roe is what Doe spoke of, not whom a later "he" or
    "the nominee" continues."""
    return any(c is not cue and c.valid and c.content and c.vi < cue.vi
               and c.content[0] <= cue.vi < c.content[1] and c.subj is not None
               and c.subj.kind in _PERSON_KINDS for c in cues)


def _first_person(para: _Para, stoks: list[Tok], cue: Cue) -> bool:
    """The quotation the cue holds speaks as "I": a person ("Reyes said" after "I am the
    son of an immigrant"), not an organisation (which says "we")."""
    if cue.subj is None or cue.subj.kind != "name" or not cue.content:
        return False
    return any(t.kind == "q" and _FIRST_PERSON.search(
        para.text[para.spans[t.q].start:para.spans[t.q].end])
        for t in stoks[cue.content[0]:cue.content[1]])


def _name_after_description(para: _Para, stoks: list[Tok], cue: Cue, known_orgs) -> None:
    """'said another witness in the probe, former adviser Fiona Hill': the person the
    description after the verb goes on to name, after a comma, is the speaker."""
    if cue.left_subject or cue.subj is None or cue.subj.kind != "description" \
            or not 0 <= cue.s1 <= len(stoks):
        return
    k = cue.s1
    while k < len(stoks) and stoks[k].kind == "w":
        k += 1          # "in the impeachment probe"
    if k >= len(stoks) or stoks[k].text != "," or k - cue.s1 > 6:
        return
    j = k + 1
    while j < len(stoks) and stoks[j].kind == "w":
        j += 1
    if j < len(stoks) and stoks[j].text not in (".", ",", ";"):
        return
    m = M.classify_np(para.text, stoks[k + 1:j], known_orgs)
    if m.kind == "name" and len(m.name) >= 2:
        cue.appos = cue.appos or m.role or cue.subj.text
        cue.subj = m


CONTINUED_WORDS = 6     # a statement, not a phrase ("the Gordon problem")


def _subordinate(stoks: list[Tok], cue: Cue) -> bool:
    """The cue's subject opens a subordinate clause ("pointing out that the paper's
    reporter had reported ..."): not the topic a later "he" continues."""
    return cue.left_subject and 0 < cue.s0 < len(stoks) \
        and stoks[cue.s0 - 1].low in S.SUBORDINATORS


def _direct_quotes(st: _State, pi: int, si: int, para: _Para, stoks: list[Tok],
                   cues: list[Cue], pending: list[tuple[int, Quote]],
                   last: Ref | None = None) -> list[Ref]:
    """Each quotation of the sentence with the cue that holds it; the speakers of those
    not relayed, in order. A sentence of quotations only waits for its context; a
    statement opening a sentence without any cue, after a speaker earlier in the
    paragraph, continues that speaker ('"A," Doe said. "B" and other issues.')."""
    speakers: list[Ref] = []
    only_quotes = all(u.kind != "w" for u in stoks)
    for x, t in enumerate(stoks):
        if t.kind != "q":
            continue
        span = para.spans[t.q]
        q = Quote(text=para.text[span.start:span.end], kind="direct", speaker=None,
                  speaker_as_written=None, paragraph=pi, cue=None,
                  start=span.start, end=span.end)
        if names_something(para.text, stoks, x):
            st.terms.add(id(q))
        cue, outlet = choose_cue(x, cues)
        if cue is not None and _in_aside(stoks, cue, x) and len(q.text.split()) <= SHORT_TERM_WORDS:
            cue = None      # a term in the speaker's own aside ("wearing “Roe” pins")
        if cue is not None and cue.ref is not None:
            q.cue, q.outlet = cue.verb, outlet
            st.cue_of.setdefault(id(cue.ref), cue.verb)
            st.items.append((q, cue.ref))
            if not cue.relays:
                speakers.append(cue.ref)
        elif only_quotes:
            pending.append((si, q))
        elif last is not None and not any(c.valid for c in cues) \
                and len(q.text.split()) >= CONTINUED_WORDS and _continues(stoks, x):
            q.cue = st.cue_of.get(id(last))
            st.items.append((q, last))
        else:
            st.items.append((q, None))
    return speakers


def _continues(stoks: list[Tok], x: int) -> bool:
    """A statement in a sentence without a cue goes on with the paragraph's speaker when it
    opens the sentence (and is not its subject: '"..." was the slogan') or closes it after
    a lead-in ('Now, "..."', 'Unless rivals quit, "..."', 'That makes her "..."')."""
    if x == 0:
        return not (x + 1 < len(stoks) and stoks[x + 1].low in S.COPULAS)
    return all(u.kind == "p" for u in stoks[x + 1:])


def _in_aside(stoks: list[Tok], cue: Cue, x: int) -> bool:
    """Quotation ``x`` stands between words of the aside that separates the cue's
    subject from its verb by commas ("Doe, wearing “Roe” pins, said")."""
    return cue.left_subject and 0 <= cue.s1 < x < cue.vi - 1 < len(stoks) \
        and stoks[cue.s1].text == "," and stoks[cue.vi - 1].text == "," \
        and stoks[x - 1].kind == stoks[x + 1].kind == "w"


def _reported(st: _State, pi: int, para: _Para, stoks: list[Tok], cues: list[Cue]) -> None:
    """The reported speech of each cue that reports a clause."""
    for cue in cues:
        if not cue.valid or cue.ref is None:
            continue
        if not cue.content or cue.relays or cue.kind == "remark":
            continue
        attribution = attribution_of(stoks, cue, cues)
        if attribution is None:
            continue
        c0, c1 = topic_span(stoks, cue, cues) if not cue.reports else cue.content
        words = sum(1 for u in stoks[c0:c1] if u.kind == "w")
        if words == 0 or words + sum(1 for u in stoks[c0:c1] if u.kind == "q") < 2:
            continue
        if cue.verb in ("added", "adds", "add") and stoks[c0].text[:1].isdigit():
            continue   # "shares added 5.3%": a price, not speech
        start, end = stoks[c0].start, stoks[c1 - 1].end
        q = Quote(text=para.text[start:end], kind="indirect", speaker=None,
                  speaker_as_written=None, paragraph=pi, cue=cue.verb,
                  outlet=indirect_outlet(cue, cues), start=start, end=end,
                  attribution=attribution)
        st.items.append((q, cue.ref))


def _place_pending(st: _State, para: _Para, events: list[tuple[int, Ref]],
                   pending: list[tuple[int, Quote]]) -> Ref | None:
    """Quotations standing alone take the speaker from around them: the last speaker
    before them in the paragraph, the paragraph before's when a quote runs on, the next
    one when an attributed quotation follows. -> the paragraph's last speaker.

    ``events`` are in sentence order and ``pending`` too: one pass over both."""
    follows = _quote_follows(para)
    j = 0                                   # events[:j] are before the pending quotation
    assigned: tuple[int, Ref] | None = None  # the last speaker given to one of them
    for si, q in pending:
        while j < len(events) and events[j][0] < si:
            j += 1
        before = events[j - 1] if j else None
        if assigned is not None and assigned[0] < si and (before is None
                                                          or assigned[0] >= before[0]):
            before = assigned
        k = j
        while k < len(events) and events[k][0] <= si:
            k += 1
        after = events[k][1] if k < len(events) else None
        ref = None
        if before is not None:
            ref = before[1]
        elif st.prev_open and st.prev_last is not None:
            ref = st.prev_last
        elif after is not None and follows[si]:
            ref = after
        elif st.prev_last is not None:
            ref = st.prev_last
        elif after is not None:
            ref = after
        if ref is not None:
            q.cue = st.cue_of.get(id(ref))
            assigned = (si, ref)
        st.items.append((q, ref))
    last = events[-1] if events else None
    if assigned is not None and (last is None or assigned[0] >= last[0]):
        last = assigned
    return last[1] if last is not None else None


def _quote_follows(para: _Para) -> list[bool]:
    """For each sentence: the next one with words holds a quotation."""
    out = [False] * len(para.sents)
    nxt = False
    for si in range(len(para.sents) - 1, -1, -1):
        out[si] = nxt
        a, b = para.sents[si]
        stoks = para.toks[a:b]
        if any(t.kind == "w" for t in stoks):
            nxt = any(t.kind == "q" for t in stoks)
    return out


def _resolve_late(cast: Cast, refs: list[Ref]) -> None:
    """Descriptions naming someone introduced later ("the ambassador has said" in the
    lede), and pronouns that stood for them."""
    for ref in refs:
        if ref.pending and ref.entity is None:
            m = ref.mention
            p = cast.by_role(m.head or "", m.role, ref.pos, forward=True)
            if p is None and not of_a_thing(m):
                p = cast.last_speaker(ref.pos) or cast.first_subject_after(ref.pos)
                if p is not None and (other_occupation(m.head or "", p)
                                      or grown_up(m.head or "", p)):
                    p = None        # "the investigator" is not the spokesman quoted last
            if p is not None:
                ref.entity = p
                add_description_role(cast, p, m, ref.pos)
            ref.pending = False
    for ref in refs:
        if ref.entity is None and ref.follows is not None:
            ref.entity = ref.target()


def _finish(cast: Cast, paras: list[_Para], items: list[tuple[Quote, Ref | None]],
            terms: set[int]) -> tuple[list[Quote], list[Speaker], list[Notice]]:
    order: list[Entity] = []
    in_order: set[int] = set()

    def speaks(e: Entity) -> None:
        if id(e) not in in_order:
            in_order.add(id(e))
            order.append(e)

    keyed = []
    for q, ref in items:
        key = None
        if ref is not None:
            q.speaker_as_written = ref.as_written
            if ref.entity is not None:
                q.speaker, key = ref.entity.display, id(ref.entity)
            elif ref.group and ref.members:
                q.group = [p.display for p in ref.members]
                key = tuple(id(p) for p in ref.members)
        if id(q) in terms or (q.kind == "direct" and (ref is None or ref.group)
                              and key is None and len(q.text.split()) <= SHORT_TERM_WORDS):
            continue    # a title, a name or a term in quote marks: no one's words
        keyed.append((q, key))
    keyed.sort(key=lambda it: (it[0].paragraph, it[0].start or 0, it[0].kind == "direct"))
    kept = {id(q) for q, _ in merge_fragments(keyed)}
    items = [(q, ref) for q, ref in items if id(q) in kept]
    items.sort(key=lambda it: (it[0].paragraph, it[0].start or 0, it[0].kind != "direct"))
    notices: list[Notice] = []
    for q, ref in items:
        if ref is not None and ref.entity is not None:
            speaks(ref.entity)
        elif ref is not None and ref.group:
            for p in ref.members:
                speaks(p)
        if q.speaker is None and not q.group and q.kind == "direct":
            snippet = q.text if len(q.text) <= 60 else q.text[:57] + "..."
            notices.append(Notice("quote-without-speaker",
                                  f"no speaker found for the quote “{snippet}”", q.paragraph))
    quotes = [q for q, _ in items]
    notices += _other_notices(cast, paras, {id(e) for e in order})
    notices.sort(key=lambda n: (n.paragraph if n.paragraph is not None else -1))
    return quotes, [_speaker(e) for e in order], notices


def _other_notices(cast: Cast, paras: list[_Para], quoted: set[int]) -> list[Notice]:
    """Misspelt names of quoted people; quote marks opened and never closed."""
    notices = []
    seen: set[tuple[str, int]] = set()
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
    return notices


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
