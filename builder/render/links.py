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
                self._speakers_of.setdefault(ref.article, Counter())[sp.id] += 1
        self._events_of: dict[str, list[ChronologyEvent]] = {}
        for ev in collection.events:
            if ev.kind != "event":
                continue
            for src in ev.sources:
                lst = self._events_of.setdefault(src.article, [])
                if not lst or lst[-1] is not ev:
                    lst.append(ev)
        self._mention_re: dict[str, tuple[re.Pattern | None, dict[str, RegistrySpeaker]]] = {}

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

    def name_mentions(self, article_id: str, text: str, here: str) -> list[tuple[int, int, str]]:
        """Spans of the names of speakers quoted in this article, linked to their pages."""
        if article_id not in self._mention_re:
            names: dict[str, RegistrySpeaker] = {}
            for sid in self._speakers_of.get(article_id, {}):
                sp = self._by_id[sid]
                for name in [sp.name, *sp.aliases]:
                    if len(name.split()) >= 2 or sp.kind == "organisation":
                        names.setdefault(name, sp)
            pattern = None
            if names:
                alts = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
                pattern = re.compile(rf"(?<![\w-])(?:{alts})(?![\w-])")
            self._mention_re[article_id] = (pattern, names)
        pattern, names = self._mention_re[article_id]
        if pattern is None:
            return []
        spans, seen = [], set()
        for m in pattern.finditer(text):
            sp = names[m.group(0)]
            if sp.id in seen:       # link a name once per paragraph
                continue
            seen.add(sp.id)
            spans.append((m.start(), m.end(), rel(here, speaker_path(sp.id))))
        return spans


def _norm(title: str) -> str:
    return " ".join(re.sub(r"[^\w]+", " ", title.lower()).split())
