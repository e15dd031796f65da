"""Every article and speaker page at a path of its own, decided before anything is written
(issue 16.5): names the pages reserve are renamed with a note, two articles for one page
stop the build, and the same article saved twice is left out. Pure: each returns its
messages; the build adds them to its report."""
from __future__ import annotations

import hashlib
import json

from .errors import ContentError
from .model import Article, Collection
from .render.urls import RESERVED_IDS


def rename_reserved_articles(articles: list[Article]) -> list[str]:
    """An article whose file name is a name the pages reserve (``index``, the list of
    articles) gets the first free ``index-N`` page instead, with a note."""
    notes = []
    taken = {a.id for a in articles}
    for a in articles:
        if a.id in RESERVED_IDS:
            new = _free_id(a.id, taken)
            notes.append(f"{a.path}: the name '{a.id}' is reserved for the list of "
                         f"articles; its page is articles/{new}/ (rename the file to choose)")
            a.id = new
    return notes


def rename_reserved_speakers(collection: Collection) -> list[str]:
    """The same for a speaker whose id a page reserves (``id: index`` in speakers.yml)."""
    notes = []
    taken = {sp.id for sp in collection.speakers}
    for sp in collection.speakers:
        if sp.id in RESERVED_IDS:
            new = _free_id(sp.id, taken)
            notes.append(f"speakers: id '{sp.id}' ({sp.name}) is reserved for the list of "
                         f"speakers; the page is speakers/{new}/")
            sp.id = new
    if notes:
        collection.speakers.sort(key=lambda s: s.id)
    return notes


def _free_id(wanted: str, taken: set[str]) -> str:
    n = 2
    while f"{wanted}-{n}" in taken:
        n += 1
    taken.add(f"{wanted}-{n}")
    return f"{wanted}-{n}"


def refuse_same_page(articles: list[Article]) -> None:
    """Two files whose pages would share a path (case folded) stop the build."""
    seen: dict[str, str] = {}
    for a in articles:
        key = (a.id or "").casefold()
        if key in seen:
            raise ContentError(a.path, f"has the same page path as {seen[key]}; rename one of them")
        seen[key] = a.path or ""


def drop_duplicates(articles: list[Article]) -> tuple[list[Article], list[str]]:
    """The same article twice (same headline and body) would double every quote and
    event: the first file (by name) is kept, the others are reported and left out."""
    seen: dict[str, Article] = {}
    kept, failures = [], []
    for a in articles:
        digest = hashlib.sha256(json.dumps([" ".join(a.title.split()).casefold(),
                                            [" ".join(p.split()) for p in a.paragraphs]],
                                           ensure_ascii=False).encode()).hexdigest()
        first = seen.get(digest)
        if first is not None:
            failures.append(f"{a.path}: duplicate of {first.path} (same headline and text); "
                            "left out: delete one of the two files")
            continue
        seen[digest] = a
        kept.append(a)
    return kept, failures
