"""A paragraph as tokens (words, punctuation, whole quotations) and sentences.

A quotation is one token, so a sentence is split only outside quotes and the words
around a quote (the attribution) are easy to read: ``“…,” Zhou said.`` is the tokens
QUOTE , Zhou said .
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ...rules.speech_verbs import VERB_FORMS
from .marks import Span

# letters/digits, joined by inner apostrophes, hyphens, dots ("U.S") and digit commas
_WORD = re.compile(r"[^\W_](?:[^\W_]|['’\-.](?=[^\W_])|(?<=\d),(?=\d{3}))*")
_TERMINAL = ".!?…"
_DOTTED = re.compile(r"(?:[A-Za-z]{1,2}\.)+[A-Za-z]{1,2}")   # "U.S", "e.g"
ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "st", "prof", "gen", "gov", "sen", "rep", "lt", "col",
    "capt", "sgt", "jr", "sr", "inc", "ltd", "co", "corp", "no", "vs", "fig", "rev",
    "hon", "messrs", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
    "oct", "nov", "dec", "mt", "ft", "approx", "dept", "est", "maj", "adm", "cmdr",
    "e.g", "i.e", "cf", "al", "pp", "vol",
}


@dataclass
class Tok:
    text: str
    start: int
    end: int
    kind: str          # "w" word, "p" punctuation, "q" quotation
    q: int = -1        # index of the quotation (kind "q")

    @property
    def low(self) -> str:
        return self.text.lower()

    @property
    def is_cap(self) -> bool:
        return self.kind == "w" and self.text[:1].isupper()


def tokenize(text: str, spans: list[Span]) -> list[Tok]:
    toks: list[Tok] = []
    pos = 0

    def words(a: int, b: int) -> None:
        i = a
        while i < b:
            ch = text[i]
            if ch.isspace():
                i += 1
                continue
            m = _WORD.match(text, i, b)
            if m:
                toks.append(Tok(m.group(), m.start(), m.end(), "w"))
                i = m.end()
            else:
                toks.append(Tok(ch, i, i + 1, "p"))
                i += 1

    for qi, s in enumerate(spans):
        words(pos, s.mark_start)
        toks.append(Tok(text[s.mark_start:s.mark_end], s.mark_start, s.mark_end, "q", qi))
        pos = max(pos, s.mark_end)
    words(pos, len(text))
    return toks


def _quote_ends_sentence(text: str, span: Span) -> bool:
    inner = text[span.start:span.end].rstrip(" ’'”\")]")
    return bool(inner) and inner[-1] in _TERMINAL


ATTRIBUTION_TOKENS = 24      # a name and its asides ("Jane Doe, the former director for
#                              China at the fund, said") before the verb, at most


def _attribution_follows(toks: list[Tok], i: int) -> bool:
    """After “...?” or “...!”: an attribution follows ("Smith asked.", "Rep. Jane Doe,
    R-Ohio, said of the plan."), so the sentence goes on."""
    reach = 12
    if any(t.text == "," for t in toks[i + 1:i + 6]) and toks[i].kind == "w" \
            and toks[i].text[:1].isupper():
        reach = ATTRIBUTION_TOKENS      # a name, then an aside after its comma
    for j in range(i, min(i + reach, len(toks))):
        t = toks[j]
        if t.kind == "q" or (t.kind == "p" and t.text not in ".,-()"):
            return False
        if t.kind == "w" and t.low in _CLAUSE_WORDS:
            return False    # "ONGC, which is majority-owned by the state, ...": a new sentence
        if t.kind == "w" and _other_verb(t, toks[j + 1] if j + 1 < len(toks) else None):
            return False    # "Doe and two aides resigned in protest.": a sentence of its own
        if t.kind == "w" and t.low in VERB_FORMS:
            after = toks[j + 1] if j + 1 < len(toks) else None
            return after is None or (after.kind == "p" and after.text in ".,;!?") \
                or after.low in _AFTER_CUE
    return False


# words after a verb in -ed ("resigned in protest", "walked out"), not after an adjective
# in -ed ("the retired teacher said")
_AFTER_VERB = {"in", "on", "at", "to", "from", "for", "with", "by", "out", "up", "off", "the",
               "a", "an", "his", "her", "their", "its", "after", "before", "over"}


def _other_verb(t: Tok, nxt: Tok | None) -> bool:
    """A verb of the sentence that is no speech verb: a past in -ed before a preposition
    or a determiner, or a contraction ("they're", "isn't")."""
    low = t.low.replace("’", "'")
    if low.endswith(("'re", "'ve", "'ll", "n't")):
        return True
    return low.endswith("ed") and len(low) > 4 and low not in VERB_FORMS \
        and nxt is not None and nxt.kind == "w" and nxt.low in _AFTER_VERB


_CLAUSE_WORDS = {"which", "who", "whose", "that", "is", "are", "was", "were", "has", "have",
                 "had", "will", "would", "can", "could", "should", "may", "might", "must"}
_AFTER_CUE = {"of", "about", "on", "in", "at", "to", "during", "after", "before", "when",
              "while", "as", "with", "on", "recently", "later", "earlier", "afterward"}


def _starts_sentence(tok: Tok) -> bool:
    if tok.kind == "q":
        return True
    if tok.kind == "p":
        return tok.text in "([“‘\"'"
    return tok.text[:1].isupper() or tok.text[:1].isdigit()


def sentences(text: str, toks: list[Tok], spans: list[Span]) -> list[tuple[int, int]]:
    """Sentences as [a, b) ranges of token indexes."""
    out: list[tuple[int, int]] = []
    a = 0
    n = len(toks)
    for k, t in enumerate(toks):
        if k + 1 >= n:
            break
        nxt = toks[k + 1]
        end = False
        if t.kind == "p" and t.text in _TERMINAL and _starts_sentence(nxt):
            end = True
            if t.text == "." and k > 0 and toks[k - 1].kind == "w" and toks[k - 1].end == t.start:
                prev = toks[k - 1].text
                if prev.lower() in ABBREVIATIONS or (len(prev) == 1 and prev.isupper()) \
                        or _DOTTED.fullmatch(prev):
                    end = False
        elif t.kind == "q" and _quote_ends_sentence(text, spans[t.q]) and (
                nxt.kind == "q" or (nxt.kind == "w" and nxt.text[:1].isupper())
                or (nxt.kind == "p" and nxt.text in "([")):     # “...” (An aside.)
            # “Is it fair?” Smith asked. -- the attribution still belongs to the quote
            end = not _attribution_follows(toks, k + 1)
        if end:
            out.append((a, k + 1))
            a = k + 1
    if a < n:
        out.append((a, n))
    return out
