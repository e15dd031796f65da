"""Link stage: all extracted articles -> one Collection (speakers, chronology).

Pelican-style: nothing is rendered until the whole collection is known.
"""
from __future__ import annotations

from ..model import Article, Collection
from .chronology import merge_events
from .registry import build_registry


def link(articles: list[Article], speaker_overrides: dict | None = None,
         event_overrides: dict | None = None, jobs: int = 1) -> Collection:
    """``jobs``: processes the chronology may use for a large collection (same result)."""
    speakers, speaker_messages = build_registry(articles, speaker_overrides)
    events, event_messages = merge_events(articles, event_overrides, jobs=jobs)
    notices = [str(m) for m in speaker_messages] + list(event_messages)
    return Collection(articles=articles, speakers=speakers, events=events, notices=notices)
