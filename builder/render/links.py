"""Look-ups across the linked collection that every page renderer needs."""
from __future__ import annotations

import re
from collections import Counter

from ..model import Article, ChronologyEvent, Collection, RegistrySpeaker
from .urls import rel, speaker_path


class Links:
    def __init__(self, collection: Collection):
        self.collection = collection
        self.articles = {a.id: a for a in collection.articles}
        self._by_title = {_norm(a.title): a for a in collection.articles}
        self._quote_speaker: dict[tuple[str, int], RegistrySpeaker] = {}
        self._speakers_of: dict[str, Counter] = {}
        self._by_id = {s.id: s for s in collection.speakers}
        for sp in collection.speakers:
            for ref in sp.quotes:
                self._quote_speaker[(ref.article, ref.index)] = sp
                if _is_speech(self.articles.get(ref.article), ref.index):
                    counts = self._speakers_of.get(ref.article)
                    if counts is None:           # (not setdefault: a Counter per quote)
                        counts = self._speakers_of[ref.article] = Counter()
                    counts[sp.id] += 1
        self._spans: dict[tuple[str, int], list] = {}
        for aid, spans in collection.name_spans.items():
            for span in spans:
                self._spans.setdefault((aid, span.paragraph), []).append(span)
        self._events_of: dict[str, list[ChronologyEvent]] = {}
        for ev in collection.events:
            if ev.kind != "event":
                continue
            for src in ev.sources:
                lst = self._events_of.setdefault(src.article, [])
                if not lst or lst[-1] is not ev:
                    lst.append(ev)

    def speaker_of_quote(self, article_id: str, index: int) -> RegistrySpeaker | None:
        return self._quote_speaker.get((article_id, index))

    def article_speakers(self, article_id: str) -> list[tuple[RegistrySpeaker, int]]:
        counts = self._speakers_of.get(article_id, Counter())
        return [(self._by_id[sid], n) for sid, n in
                sorted(counts.items(), key=lambda kv: (-kv[1], self._by_id[kv[0]].name))]

    @staticmethod
    def role_in(sp: RegistrySpeaker, article_id: str) -> str | None:
        roles = [r.role for r in sp.roles if r.article == article_id]
        return roles[0] if roles else None

    @staticmethod
    def speaker_page(sp: RegistrySpeaker) -> str:
        return speaker_path(sp.id)

    def article_by_title(self, title: str) -> Article | None:
        return self._by_title.get(_norm(title))

    def article_events(self, article_id: str) -> list[ChronologyEvent]:
        return self._events_of.get(article_id, [])

    def name_mentions(self, article_id: str, paragraph: int, here: str) -> list[tuple[int, int, str]]:
        """Spans of the paragraph that name a speaker (found by the link stage), each with
        the URL of the speaker's page."""
        return [(s.start, s.end, rel(here, speaker_path(s.speaker)))
                for s in self._spans.get((article_id, paragraph), ())]


def _norm(title: str) -> str:
    return " ".join(re.sub(r"[^\w]+", " ", title.lower()).split())


def _is_speech(article: Article | None, index: int) -> bool:
    """The quote is words said (an article lists its speakers by them), not a thought or
    a topic (``Quote.attribution``), which only the speaker's page lists."""
    if article is None or index >= len(article.quotes):
        return True
    return article.quotes[index].attribution == "speech"
