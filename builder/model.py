"""The data model passed between pipeline stages.

Plain dataclasses, no behaviour beyond (de)serialisation helpers: every stage is a
pure function from one of these to another. Field names follow the newsroom's words
and the public contract (``CONTRACT.md``); extra fields are allowed, renames are not.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class Caption:
    """A photo caption with its credit ("Photo: AP" -> credit "AP")."""

    text: str
    credit: str | None = None
    # index of the body paragraph this caption stands before (None: lead photo / unknown)
    before: int | None = None


@dataclass
class Quote:
    text: str                      # quoted words, without quote marks
    kind: str                      # "direct" | "indirect"
    speaker: str | None            # canonical name within the article, or None
    speaker_as_written: str | None # "Zhou", "he", "the ambassador"
    paragraph: int                 # 0-based index into Article.paragraphs
    cue: str | None                # "said", "told", "according to"
    outlet: str | None = None      # who relayed it (a news agency, a broadcaster), if any
    start: int | None = None       # char offsets of `text` inside the paragraph
    end: int | None = None
    # a group speaking together ("Zhou and Petrov said"): its members' canonical names;
    # `speaker` is then None (the words are the group's, not one member's)
    group: list[str] = field(default_factory=list)
    # what is attributed: "speech" (words said or written), "thought" (a belief, hope,
    # fear or expectation with its complement), "topic" (what a speech act was about)
    attribution: str = "speech"


@dataclass
class Speaker:
    name: str                      # fullest name the article gives
    aliases: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    kind: str = "person"           # "person" | "organisation"
    # misspelt forms folded into this speaker (reported by `check`)
    misspellings: list[str] = field(default_factory=list)


@dataclass
class Event:
    date: str                      # "YYYY" | "YYYY-MM" | "YYYY-MM-DD" (a week: its Monday)
    expression: str                # the time words as written
    paragraph: int
    text: str                      # one short standalone line: who did what
    people: list[str] = field(default_factory=list)
    kind: str = "happening"        # "happening" | "background" (a state, trend, measure)
    precision: str = ""            # day | week | month | quarter | half | season | year
    value: str = ""                # the TIMEX3 value: "2019-W46", "2019-Q3", "2019-FA"
    sentence: str = ""             # the source sentence, whole


@dataclass
class Notice:
    """Something an editor should look at (reported by `check`)."""

    kind: str                      # e.g. "quote-without-speaker", "misspelling"
    message: str
    paragraph: int | None = None


@dataclass
class Article:
    title: str
    paragraphs: list[str]
    topic: str | None = None
    date: str | None = None                 # YYYY-MM-DD
    date_source: str | None = None          # given | front-matter | inferred | page-metadata
    standfirst: list[str] = field(default_factory=list)
    lead_caption: Caption | None = None
    captions: list[Caption] = field(default_factory=list)
    related: list[str] = field(default_factory=list)
    print_headline: str | None = None
    source_name: str | None = None
    source_url: str | None = None
    authors: list[str] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    speakers: list[Speaker] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    notices: list[Notice] = field(default_factory=list)
    id: str | None = None                   # slug of the content file, set when read from content/
    path: str | None = None                 # file it came from (for messages)

    def to_contract(self) -> dict[str, Any]:
        """The JSON object of CONTRACT.md section 1 (plus extra fields)."""
        def caption(c: Caption | None) -> dict[str, Any] | None:
            return None if c is None else {"text": c.text, "credit": c.credit, "before": c.before}

        return {
            "title": self.title,
            "topic": self.topic,
            "date": self.date,
            "date_source": self.date_source,
            "standfirst": list(self.standfirst),
            "lead_caption": caption(self.lead_caption),
            "captions": [caption(c) for c in self.captions],
            "related": list(self.related),
            "print_headline": self.print_headline,
            "paragraphs": list(self.paragraphs),
            "quotes": [asdict(q) for q in self.quotes],
            "speakers": [
                {"name": s.name, "aliases": s.aliases, "roles": s.roles, "kind": s.kind,
                 "misspellings": s.misspellings}
                for s in self.speakers
            ],
            "events": [asdict(e) for e in self.events],
            "source": {"name": self.source_name, "url": self.source_url},
            "authors": list(self.authors),
        }


# ---- the linked collection (output of the link stage) ----------------------------


@dataclass
class SpeakerRole:
    role: str
    article: str                   # article id the role was given in


@dataclass
class QuoteRef:
    article: str                   # article id
    index: int                     # index into that article's `quotes`


@dataclass
class RegistrySpeaker:
    """One real person or organisation across all articles."""

    id: str                        # slug, stable, safe as a file name
    name: str
    aliases: list[str] = field(default_factory=list)
    roles: list[SpeakerRole] = field(default_factory=list)
    kind: str = "person"
    articles: list[str] = field(default_factory=list)
    quotes: list[QuoteRef] = field(default_factory=list)
    description: str | None = None


@dataclass
class Source:
    article: str
    paragraph: int | None          # None for a publication entry


@dataclass(frozen=True, slots=True)
class PersonRef:
    """A person as the link stage resolved them: the name to show and, when they are in
    the speaker index, their speaker id (``RegistrySpeaker.id``). Render looks people up
    by ``speaker``, never by name."""

    name: str
    speaker: str | None = None


@dataclass(frozen=True, slots=True)
class NameSpan:
    """Where a paragraph of an article names one of its speakers (linked on the page)."""

    paragraph: int
    start: int
    end: int
    speaker: str                   # speaker id


@dataclass
class ChronologyEvent:
    """One real-world event on the time line, merged from every article that mentions it."""

    id: str
    date: str                      # YYYY | YYYY-MM | YYYY-MM-DD
    precision: str                 # year | month | week | day
    text: str
    people: list[PersonRef] = field(default_factory=list)   # one per person
    sources: list[Source] = field(default_factory=list)
    kind: str = "event"            # "event" | "background" (states, trends) | "publication"
    expressions: list[str] = field(default_factory=list)


@dataclass
class Collection:
    articles: list[Article]
    speakers: list[RegistrySpeaker] = field(default_factory=list)
    events: list[ChronologyEvent] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)   # messages for `check`/build output
    # article id -> where its paragraphs name its speakers (found by the link stage)
    name_spans: dict[str, list[NameSpan]] = field(default_factory=dict)
