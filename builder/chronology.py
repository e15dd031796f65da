"""Link stage for time: every article's dated events -> one chronology.

The same real event is often mentioned by several articles, at different precisions
("in July 2001", "in 2001") and in different words. Two mentions are merged when their
dates are compatible (one is the other or a refinement of it) and they talk about the
same thing: shared people, or enough shared content words. Each article's publication is
also an entry (kind "publication"), so readers see when each piece appeared.

``content/events.yml`` lets editors correct the result; their entries always win:

    hide: [e-2021-07-11-1a2b3c]            # ids as shown on the chronology page
    merge:                                 # each list becomes one entry (first id kept)
      - [e-2001-07-1a2b3c, e-2001-4d5e6f]
    split: [e-2021-06-28-1a2b3c]           # undo an automatic merge: one entry per mention
    correct:
      e-2021-06-28-1a2b3c: {date: 2021-06-28, text: "...", people: [...]}
    add:
      - {date: 2001-07-16, text: "...", people: [...], sources: [{article: ID, paragraph: 3}]}
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .content import parse_date
from .errors import ContentError
from .model import Article, ChronologyEvent, Event, Source
from .read.text import read_text
from .yamlsafe import load_yaml

_STOP = set("""a an the and or but of to in on at by for with from as is are was were be been has have had
it its this that these those their there they them he she his her we our you your i not no also
said says say would will could should may might can than then after before over under about into
two one new last next year years month months week weeks day days monday tuesday wednesday thursday
friday saturday sunday since during while when which who whom what where more most other such""".split())
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


@dataclass
class _Mention:
    article: str
    event: Event
    words: set[str] = field(default_factory=set)


def _words(text: str) -> set[str]:
    out = set()
    for w in re.findall(r"[A-Za-z][A-Za-z'-]+", text.lower()):
        w = w.strip("'-")
        if len(w) > 2 and w not in _STOP:
            out.add(w[:-1] if w.endswith("s") and len(w) > 4 else w)
    return out


def _compatible(a: str, b: str) -> bool:
    return a.startswith(b) or b.startswith(a)


def _same_event(m: _Mention, cluster: list[_Mention]) -> bool:
    for other in cluster:
        if not _compatible(m.event.date, other.event.date):
            return False
    for other in cluster:
        if other.article == m.article and other.event.paragraph == m.event.paragraph:
            return True
        people = set(m.event.people) & set(other.event.people)
        union = m.words | other.words
        jaccard = len(m.words & other.words) / len(union) if union else 0.0
        if jaccard >= 0.3 or (people and jaccard >= 0.12):
            return True
    return False


def _precision(date: str) -> str:
    return {4: "year", 7: "month"}.get(len(date), "day")


def _event_id(date: str, first: _Mention) -> str:
    key = f"{first.article}|{first.event.paragraph}|{first.event.expression}|{first.event.date}"
    return f"e-{date}-{hashlib.sha1(key.encode()).hexdigest()[:6]}"


def _to_entry(cluster: list[_Mention]) -> ChronologyEvent:
    cluster = sorted(cluster, key=lambda m: (m.article, m.event.paragraph))
    date = max((m.event.date for m in cluster), key=len)         # the most precise
    best = max(cluster, key=lambda m: (len(m.event.date), len(m.event.people), -len(m.event.text)))
    people: list[str] = []
    sources: list[Source] = []
    expressions: list[str] = []
    for m in cluster:
        for p in m.event.people:
            if p not in people:
                people.append(p)
        src = Source(m.article, m.event.paragraph)
        if src not in sources:
            sources.append(src)
        if m.event.expression not in expressions:
            expressions.append(m.event.expression)
    return ChronologyEvent(id=_event_id(date, cluster[0]), date=date, precision=_precision(date),
                           text=best.event.text, people=people, sources=sources, kind="event",
                           expressions=expressions)


def cluster_mentions(articles: list[Article]) -> list[list[_Mention]]:
    mentions = [
        _Mention(a.id or "", e, _words(e.text))
        for a in sorted(articles, key=lambda a: (a.date or "", a.id or ""))
        for e in a.events if e.date and DATE_RE.match(e.date)
    ]
    # the more precise first, so a year-only mention joins a dated cluster rather than seeding one
    mentions.sort(key=lambda m: (-len(m.event.date), m.event.date))
    clusters: list[list[_Mention]] = []
    by_year: dict[str, list[list[_Mention]]] = {}
    for m in mentions:
        for cluster in by_year.get(m.event.date[:4], []):
            if _same_event(m, cluster):
                cluster.append(m)
                break
        else:
            cluster = [m]
            clusters.append(cluster)
            by_year.setdefault(m.event.date[:4], []).append(cluster)
    return clusters


def merge_events(articles: list[Article], overrides: dict | None = None,
                 overrides_path: str = "content/events.yml") -> tuple[list[ChronologyEvent], list[str]]:
    clusters = cluster_mentions(articles)
    messages: list[str] = []
    overrides = overrides or {}
    split_ids = set(_id_list(overrides, "split", overrides_path, messages))
    entries: list[ChronologyEvent] = []
    for cluster in clusters:
        entry = _to_entry(cluster)
        if entry.id in split_ids and len(cluster) > 1:
            entries.extend(_to_entry([m]) for m in cluster)
        else:
            entries.append(entry)
    known = {a.id for a in articles}
    entries = _apply_overrides(entries, overrides, known, overrides_path, messages)
    for a in articles:
        if a.date:
            entries.append(ChronologyEvent(id=f"pub-{a.id}", date=a.date, precision="day",
                                           text=a.title, sources=[Source(a.id or "", None)],
                                           kind="publication"))
    entries.sort(key=lambda e: (e.date, e.kind != "publication", e.id))
    return entries, messages


def _id_list(overrides: dict, key: str, path: str, messages: list[str]) -> list[str]:
    value = overrides.get(key) or []
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        messages.append(f"{path}: '{key}' must be a list of event ids; ignored")
        return []
    return value


def _apply_overrides(entries: list[ChronologyEvent], overrides: dict, known_articles: set,
                     path: str, messages: list[str]) -> list[ChronologyEvent]:
    by_id = {e.id: e for e in entries}
    for group in overrides.get("merge") or []:
        if not isinstance(group, list) or len(group) < 2:
            messages.append(f"{path}: each 'merge' entry must list two or more event ids; ignored")
            continue
        missing = [g for g in group if g not in by_id]
        if missing:
            messages.append(f"{path}: merge: no event {missing[0]!r}; entry ignored")
            continue
        keep = by_id[group[0]]
        for other_id in group[1:]:
            other = by_id.pop(other_id)
            keep.sources += [s for s in other.sources if s not in keep.sources]
            keep.people += [p for p in other.people if p not in keep.people]
            keep.expressions += [x for x in other.expressions if x not in keep.expressions]
            if len(other.date) > len(keep.date) and _compatible(keep.date, other.date):
                keep.date, keep.precision = other.date, _precision(other.date)
    corrections = overrides.get("correct") or {}
    if not isinstance(corrections, dict):
        messages.append(f"{path}: 'correct' must map event ids to fields; ignored")
        corrections = {}
    for eid, fields in corrections.items():
        e = by_id.get(eid)
        if e is None or not isinstance(fields, dict):
            messages.append(f"{path}: correct: no event {eid!r} (or not a mapping); ignored")
            continue
        try:
            _set_fields(e, fields, path)
        except ContentError as exc:
            messages.append(exc.format())
    for eid in _id_list(overrides, "hide", path, messages):
        if by_id.pop(eid, None) is None:
            messages.append(f"{path}: hide: no event {eid!r}; ignored")
    for i, item in enumerate(overrides.get("add") or []):
        try:
            e = _added(item, i, known_articles, path)
        except ContentError as exc:
            messages.append(exc.format() + "; entry ignored")
            continue
        by_id[e.id] = e
    return list(by_id.values())


def _set_fields(e: ChronologyEvent, fields: dict[str, Any], path: str) -> None:
    if "date" in fields:
        date = _event_date(fields["date"], path)
        e.date, e.precision = date, _precision(date)
    if "text" in fields:
        e.text = str(fields["text"])
    if "people" in fields:
        if not isinstance(fields["people"], list):
            raise ContentError(path, f"{e.id}: 'people' must be a list")
        e.people = [str(p) for p in fields["people"]]


def _event_date(value: Any, path: str) -> str:
    if isinstance(value, int):
        value = str(value)
    if isinstance(value, str) and re.fullmatch(r"\d{4}(-\d{2})?", value):
        if len(value) == 7 and not 1 <= int(value[5:]) <= 12:
            raise ContentError(path, f"'{value}' is not a real month")
        return value
    return parse_date(value, path, field="date") or ""


def _added(item: Any, i: int, known_articles: set, path: str) -> ChronologyEvent:
    if not isinstance(item, dict) or "date" not in item or "text" not in item:
        raise ContentError(path, f"add[{i}] needs at least date and text")
    date = _event_date(item["date"], path)
    sources = []
    for s in item.get("sources") or []:
        if not isinstance(s, dict) or s.get("article") not in known_articles:
            raise ContentError(path, f"add[{i}]: source {s!r} names no known article")
        para = s.get("paragraph")
        sources.append(Source(s["article"], para if isinstance(para, int) else None))
    key = f"add|{date}|{item['text']}"
    return ChronologyEvent(id=str(item.get("id") or f"e-{date}-{hashlib.sha1(key.encode()).hexdigest()[:6]}"),
                           date=date, precision=_precision(date), text=str(item["text"]),
                           people=[str(p) for p in item.get("people") or []], sources=sources)


def load_event_overrides(path: Path) -> dict:
    if not path.is_file():
        return {}
    data = load_yaml(read_text(path).text, str(path)) or {}
    if not isinstance(data, dict):
        raise ContentError(str(path), "must be a mapping with add / hide / merge / split / correct")
    unknown = set(data) - {"add", "hide", "merge", "split", "correct"}
    if unknown:
        raise ContentError(str(path), f"unknown section '{sorted(unknown)[0]}' "
                                      "(known: add, hide, merge, split, correct)")
    return data
