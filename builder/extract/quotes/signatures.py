"""A signature in a paragraph of its own: the quotation above it is the named person's.

Fact checks and notebooks print a statement as a paragraph of quotations only, then the
speaker on the next line after a dash:

    "We will finish the bridge by spring."

    - Jane Roe, at a town hall in Dayton.

The dash reader (``labels.py``) reads a signature in the quotation's own sentence; this one
reads it across the paragraph break. Only a dash, a name and, after a comma, a few words
of context ("tweeting after the vote", "Dayton") make a signature; a dash before words
that are no name ("– Old hands –", a section heading) or a paragraph before it that has
words outside its quotations is left as it is.
"""
from __future__ import annotations

from . import mentions as M
from .resolve import resolve
from .spans import DASHES
from .text import Tok

MAX_WORDS = 14          # a signature is a line, not a sentence
MAX_NAME_TOKENS = 6     # "President Jane Q. Roe"


def signature_name(text: str, toks: list[Tok], known_orgs) -> M.Mention | None:
    """The name a signature paragraph gives (see the module docstring), or None."""
    if len(toks) < 2 or toks[0].text not in DASHES or toks[1].kind != "w" \
            or not toks[1].is_cap or any(t.kind == "q" for t in toks) \
            or sum(1 for t in toks if t.kind == "w") > MAX_WORDS:
        return None
    b = 1
    while b < len(toks) and (toks[b].kind == "w" or (
            toks[b].text == "." and b + 1 < len(toks) and toks[b + 1].kind == "w")):
        b += 1          # the name, with its initials ("Jane Q. Roe")
    if b - 1 > MAX_NAME_TOKENS or (b < len(toks) and toks[b].text not in (",", ".")):
        return None
    if any(t.text in DASHES for t in toks[b:]):
        return None     # "– Old Hands –": a heading between dashes
    m = M.classify_np(text, toks[1:b], known_orgs)
    return m if m.kind == "name" else None


def quotes_only(toks: list[Tok]) -> bool:
    """A paragraph of quotations and punctuation only."""
    return any(t.kind == "q" for t in toks) and all(t.kind != "w" for t in toks)


def sign_above(cast, items: list, refs: list, pi: int, text: str, toks: list[Tok]) -> None:
    """Paragraph ``pi`` a signature: the direct quotes of paragraph ``pi - 1`` (which has
    only quotations) in ``items`` (quote, speaker reference) pairs take its name for
    their speaker, resolved as a cue's subject is; ``refs`` gets the new reference."""
    m = signature_name(text, toks, cast.known_orgs)
    if m is None:
        return
    pos = (pi, toks[1].start)
    ref = resolve(cast, m, pos, None, True, pos)
    if ref.entity is None:
        return
    refs.append(ref)
    for k, (q, _) in enumerate(items):
        if q.paragraph == pi - 1 and q.kind == "direct":
            q.cue = toks[0].text
            items[k] = (q, ref)
