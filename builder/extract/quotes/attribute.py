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

from dataclasses import dataclass

from ...model import Notice, Quote, Speaker
from ...rules import attribution as A
from ...rules import speech as R
from . import readers  # noqa: F401  (registers the cue readers)
from .cues import read_cues
from .marks import Span, find_quotes
from .people import Cast, Entity, Person
from .scan import scan_names
from .resolve import Ref, add_description_role, choose_cue, indirect_outlet, resolve
from .text import Tok, sentences, tokenize

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
                cue.ref = resolve(cast, cue.subj, pos, cue.appos, cue.person_hint)
                all_refs.append(cue.ref)
            for x, t in enumerate(stoks):
                if t.kind != "q":
                    continue
                span = para.spans[t.q]
                q = Quote(text=para.text[span.start:span.end], kind="direct", speaker=None,
                          speaker_as_written=None, paragraph=pi, cue=None,
                          start=span.start, end=span.end)
                cue, outlet = choose_cue(x, cues)
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
                if cue.ref.group and cue.verb not in A.CORE_SPEECH_VERBS:
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
                          outlet=indirect_outlet(cue, cues), start=start, end=end)
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
                add_description_role(p, m, ref.pos)
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
