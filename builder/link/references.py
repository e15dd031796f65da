"""References: a past event an article names by its age or as a label, not by a date.

"the 20th anniversary of the signing of the treaty", "20 years since the signing", "a
20-year-old friendship treaty", "the 2001 treaty": the paragraph is cited on the one
entry of that year it names (sharing a kind of happening or a rare word, the most word
weight, no tie), and the phrase kept among the entry's expressions.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Article, ChronologyEvent, Event, Source
from ..rules.time_words import NUMBER_WORDS, ORDINALS
from .mentions import content_words, stem, tokens

# a reference is cited on an entry sharing a kind of happening or a word at least this
# heavy (squared IDF weight)
REFERENCE_WEIGHT = 1.0
REFERENCE_WORDS = 10        # words of the named event's phrase that are compared
AGE_HEAD_WORDS = 3          # "a 20-year-old friendship treaty": the thing aged is this near
# bounded work on huge input
MAX_PARAGRAPHS = 2000
MAX_PARAGRAPH_CHARS = 20000

_NUMBER = (r"(?P<num>\d{1,3})(?:st|nd|rd|th)?|(?P<word>" + "|".join(
    sorted(set(ORDINALS) | set(NUMBER_WORDS), key=len, reverse=True)) + ")")
_WHAT = r"(?P<what>[^.,;:!?()“”\"]{3,90})"
# "the 20th anniversary of the signing of the treaty", "Friday's first anniversary of
# the war", "20 years since the signing", "a 20-year-old friendship treaty", "the 2001 treaty"
_REFERENCES = [
    ("anniversary", re.compile(r"(?i)\b(?:" + _NUMBER + r")\s+anniversary\s+of\s+" + _WHAT)),
    ("since", re.compile(r"(?i)\b(?:" + _NUMBER + r")\s+years\s+(?:since|after)\s+" + _WHAT)),
    ("age", re.compile(r"(?i)\b(?:" + _NUMBER + r")-year-old\s+" + _WHAT)),
    ("label", re.compile(r"\b(?i:the|a|an|its|their|his|her|this)\s+(?P<year>(?:1[89]|20)\d\d)\s+"
                         r"(?P<what>[A-Za-z][\w’'-]*(?:\s+[a-z][\w’'-]*){0,2})")),
]


# words that end the noun phrase naming the event
PHRASE_ENDS = frozenset("""has have had is are was were will would could should may might can
did does do said says which that who whom when where while as after before because
""".split())


_REFERENCE_CUES = {"anniversary": "anniversary", "since": " years ", "age": "-year-old", "label": ""}


@dataclass
class _Reference:
    article: str
    paragraph: int
    years: tuple[str, ...]          # the year(s) the named event can be in
    words: frozenset[str]
    phrase: str


def _count(m: re.Match) -> int | None:
    if m.group("num"):
        return int(m.group("num"))
    word = m.group("word").lower()
    return ORDINALS.get(word) or NUMBER_WORDS.get(word)


def _references(a: Article) -> list[_Reference]:
    """Past events an article names by their age or as a label, not by a date."""
    if not a.date or not a.paragraphs:
        return []
    out = []
    for i, para in enumerate(a.paragraphs[:MAX_PARAGRAPHS]):
        para = para[:MAX_PARAGRAPH_CHARS]
        low = para.lower()
        for kind, pattern in _REFERENCES:
            if _REFERENCE_CUES[kind] not in low and kind != "label":
                continue                        # cheap test before the regular expression
            for m in pattern.finditer(para):
                what_words = []
                for w in m.group("what").split()[:REFERENCE_WORDS]:
                    if w.lower() in PHRASE_ENDS:
                        break                   # "the war in Ukraine | has drawn ..."
                    what_words.append(w)
                what = " ".join(what_words)
                if kind == "label":
                    years = (m.group("year"),)
                else:
                    n = _count(m)
                    if not n or n > 200:
                        continue
                    anchor = _anchor_year(a, i, para, m.start())
                    base = int(anchor) - n
                    # an age is rounded down: a 20-year-old treaty of 2021 may date from 2000
                    years = (f"{base:04d}",) if kind == "anniversary" else (f"{base:04d}", f"{base - 1:04d}")
                words, _ = content_words(Event(date="", expression="", paragraph=i, text=what))
                if kind == "age":
                    # "a 20-year-old treaty", not "a 39-year-old businessman": the thing
                    # aged is a kind of happening, and only that kind is compared
                    head = {stem(t) for t in tokens(what)[:AGE_HEAD_WORDS]}
                    words = frozenset(w for w in head if w.startswith("#"))
                if words:
                    phrase = " ".join(m.group(0)[:m.start("what") - m.start()].split() + [what])
                    out.append(_Reference(a.id or "", i, years, words, phrase))
    return out


def _anchor_year(a: Article, paragraph: int, text: str, at: int) -> str:
    """The year of the occasion: the dated event of the same sentence, else publication."""
    start = max(text.rfind(". ", 0, at), 0)
    for e in a.events:
        if e.paragraph == paragraph and e.date and text.find(e.text[:40], start) >= 0:
            return e.date[:4]
    return (a.date or "")[:4]


def article_references(a: Article) -> list[_Reference]:
    """What an article names by age or as a label (pure: a build may keep it per article)."""
    return _references(a)


def attach_references(articles: list[Article], entries: list[ChronologyEvent],
                       words: dict[str, frozenset[str]], w2: dict[str, float],
                       known: dict[str, list] | None = None) -> None:
    """Cite a reference's paragraph on the one entry it names: the entry of that year
    sharing the most weight of words, at least a kind of happening or a rare word.
    ``known``: ``article_references`` of articles, by id, where the caller has them."""
    refs = []
    for a in sorted(articles, key=lambda x: x.id or ""):
        found = known.get(a.id or "") if known else None
        refs += found if found is not None else _references(a)
    # (year, word) -> the entries of that year with that word, in order: a reference is
    # compared with the entries sharing a word with it, not with every entry of its year;
    # only the words some reference of that year has are indexed (references are few,
    # entries' words many: indexing them all was most of this stage's time)
    wanted: dict[str, set[str]] = {}
    for ref in refs:
        for year in ref.years:
            wanted.setdefault(year, set()).update(ref.words)
    by_word: dict[tuple[str, str], list[int]] = {}
    for i, e in enumerate(entries):
        year = e.date[:4]
        asked = wanted.get(year)
        if asked:
            for w in asked.intersection(words.get(e.id, ())):
                by_word.setdefault((year, w), []).append(i)
    order = {a.id: (a.date or "9999", a.id or "") for a in articles}     # sources in reading order
    for ref in refs:
        best, best_weight, tie = None, 0.0, False
        for year in ref.years:
            near = sorted({i for w in ref.words for i in by_word.get((year, w), ())})
            for e in (entries[i] for i in near):
                shared = ref.words & words.get(e.id, frozenset())
                if not any(w.startswith("#") or w2.get(w, 0) >= REFERENCE_WEIGHT for w in shared):
                    continue
                weight = sum(w2.get(w, 0.0) for w in shared)
                if weight > best_weight + 1e-9:
                    best, best_weight, tie = e, weight, False
                elif abs(weight - best_weight) <= 1e-9:
                    tie = True
        if best is None or tie:
            continue
        if all((s.article, s.paragraph) != (ref.article, ref.paragraph) for s in best.sources):
            best.sources.append(Source(ref.article, ref.paragraph))
            best.sources.sort(key=lambda s: (order.get(s.article, ("9999", "")), s.paragraph or 0))
        if ref.phrase not in best.expressions:
            best.expressions.append(ref.phrase)
