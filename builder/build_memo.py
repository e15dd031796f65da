"""What one build keeps for the next, under ``.cache/`` (a server keeps it in memory too):
ways to skip work whose inputs did not change, never a source of truth.

* ``PageKeys``: the key of each page the last build wrote (``render.Page.key``), so that
  a page whose key is unchanged is neither rendered nor compared (``pages.json``);
* ``remembered_pieces``: where the pieces of the whole-collection pages (the chronology's
  list items, the data files' records) stand in the files written (``render/memo.py``);
* ``known_references``: what each article names by age or as a label
  (``link.references``), by the article's cache key;
* ``kept_grouping``: the chronology's grouping (``link.incremental.Grouping``): an edit
  groups again only the years it touches (``link-grouping/``: a file per year and a
  core, ``link.grouping_store``; an edit writes the years it grouped again).

``project`` is a ``build.Project`` and ``store`` a ``build.Extractions`` (its ``keys``:
each article's cache key; with ``keep``, what is kept in memory between builds).
"""
from __future__ import annotations

import mmap
import os
from contextlib import contextmanager
from typing import Iterator

from . import cache as C
from .link import grouping_store
from .link.incremental import Grouping
from .link.references import article_references
from .model import Article
from .render.memo import FILES as PIECE_FILES, RenderMemo

RENDER_FILES = "render-places.pickle"      # where records are in the data files written
REFERENCES = "references.pickle"           # known_references
GROUPING = "link-grouping"                 # kept_grouping (a folder)
OLD_GROUPING = "link-grouping.pickle"      # one file, before the grouping was kept by year


class PageKeys:
    """The key of each page the last build wrote (``render.Page.key``), so that a page
    whose key is unchanged is neither rendered nor compared. Trusted only while the
    generated files are exactly as that build left them and the code is the same
    (``.cache/pages.json``; anything else: every page is rendered)."""

    def __init__(self, project, old: dict[str, str] | None = None):
        self.project, self.old, self.new = project, old or {}, {}

    @classmethod
    def load(cls, project, generated: str) -> "PageKeys":
        """The keys the last build wrote, if ``generated`` (the generated files' state
        now) is the state it left them in."""
        data = C.load_json(project.root, "pages.json")
        if data.get("code") != C.code_version("site") or data.get("generated") != generated:
            return cls(project)
        keys = data.get("keys")
        return cls(project, keys if isinstance(keys, dict) else {})

    def kept(self, path: str, key: str | None) -> bool:
        if key is None:
            return False
        self.new[path] = key
        return self.old.get(path) == key

    def save(self, generated: str) -> None:
        C.save_json(self.project.root, "pages.json",
                    {"code": C.code_version("site"), "generated": generated, "keys": self.new})


@contextmanager
def remembered_pieces(project) -> Iterator[RenderMemo]:
    """Where the pieces of the whole-collection pages stand in the files the last build
    wrote (``render/memo.py``), with those files where they are exactly as that build
    left them (size, time, inode); the places in the files this build wrote kept after."""
    version = C.code_version("site")
    record = C.load_pickle(project.root, RENDER_FILES, version)
    files, places = record if isinstance(record, tuple) and len(record) == 2 else ({}, {})
    sources, handles = {}, []
    for rel in PIECE_FILES:
        try:
            fh = open(project.docs / rel, "rb")
        except OSError:
            continue
        handles.append(fh)
        try:
            st = os.fstat(fh.fileno())
            if isinstance(files, dict) and files.get(rel) == [st.st_size, st.st_mtime_ns, st.st_ino] \
                    and st.st_size:
                sources[rel] = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)
        except (OSError, ValueError):
            pass
    memo = RenderMemo(sources, {rel: places[rel] for rel in sources if rel in places})
    try:
        yield memo
    finally:
        for m in sources.values():
            m.close()
        for fh in handles:
            fh.close()
    written = {}
    for rel in PIECE_FILES:
        try:
            st = os.stat(project.docs / rel)
            written[rel] = [st.st_size, st.st_mtime_ns, st.st_ino]
        except OSError:
            pass
    C.save_pickle(project.root, RENDER_FILES, version, (written, memo.places))


def known_references(project, store, articles: list[Article]) -> dict[str, list]:
    """What each article names by age or as a label (``link.references``), kept between
    builds by the article's cache key and id (in memory for a server, else
    .cache/references.pickle, for the version of the code that found them)."""
    version = C.code_version("site")
    old = store.references if store.references is not None else (
        C.load_pickle(project.root, REFERENCES, version) or {})
    new, out = {}, {}
    for a in articles:
        key = store.keys.get(a.id or "")
        if key is None:
            continue                       # not extracted whole: found again each build
        found = old.get((key, a.id))
        if found is None:
            found = article_references(a)
        new[(key, a.id)] = out[a.id or ""] = found
    if new.keys() != old.keys():
        C.save_pickle(project.root, REFERENCES, version, new)
    store.references = new if store.keep else None
    return out


def kept_grouping(project, store) -> Grouping:
    """The chronology's grouping the last build left (in memory for a server, else
    .cache/link-grouping/, for the version of the code that made it), or a new one;
    given the articles' cache keys. Taken from the store until ``keep_grouping``: a link
    that fails midway leaves none behind."""
    found = store.grouping if store.grouping is not None else load_grouping(project.root)
    store.grouping = None
    grouping = found if isinstance(found, Grouping) else Grouping()
    grouping.keys = store.keys
    return grouping


def keep_grouping(project, store, grouping: Grouping, articles: list[Article]) -> None:
    """Keep ``grouping`` for the next build (saved only when it changed; then unusable
    until the next build's link: ``Grouping.detach``)."""
    grouping.keys = {}
    if store.keep:
        store.grouping = grouping
    elif grouping.last != "kept":
        grouping.detach(articles)
        save_grouping(project.root, grouping)


def load_grouping(root) -> Grouping | None:
    """The grouping the last build saved under ``root``'s .cache/ (None: none usable)."""
    return grouping_store.load(root / C.CACHE_DIR / GROUPING, C.code_version("site"))


def save_grouping(root, grouping: Grouping) -> None:
    """Keep a detached ``grouping`` under ``root``'s .cache/ (the years changed since it
    was loaded from there, and its core)."""
    folder = root / C.CACHE_DIR / GROUPING
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return
    grouping_store.save(folder, C.code_version("site"), grouping)
    try:
        (root / C.CACHE_DIR / OLD_GROUPING).unlink()
    except OSError:
        pass
