"""Pieces of the whole-collection pages remembered between builds by what they are made of.

The chronology page, ``events.json``, ``timeline.json``, ``articles.json`` and
``quotes.json`` are each one file over the whole collection: an edit changes a few of
their entries, yet rendering them costs time in proportion to all of them. Each piece
(one chronology entry's list item, one entry's or one article's JSON records) is a pure
function of a few inputs; ``RenderMemo`` keeps each piece's text under a digest of
those inputs (``entry_inputs``, ``article_inputs``), so a build renders only the pieces
whose inputs it has not seen, and joins the rest. Nothing else differs: a page made of
remembered pieces is the page rendered afresh, byte for byte (tests/test_incremental.py).

A data file's records are not kept as text: the memo keeps where each one is in the file
the last build wrote, and reads them back from it (a 10,000-article site's data files
are hundreds of megabytes; their positions a few). The chronology's list items are kept
as text (each carries its number, put in when it is printed).

An article is known by a key of its content (``fps``: the extraction cache's key of its
file, which covers its bytes and the extraction code, or a fingerprint of the article),
so the inputs of a piece are small tuples, never whole articles. The memo is only valid
for one version of the code (``builder/build.py`` keeps it in ``.cache/`` with the code
version) and keeps, after a build, only the pieces that build used.
"""
from __future__ import annotations

import hashlib


# the data files whose records are remembered by where they are in the file written
FILES = ("data/articles.json", "data/quotes.json", "data/events.json", "data/timeline.json")


class RenderMemo:
    """digest of a piece's inputs -> its text (the last build's, then this one's); for
    the records of a data file (``FILES``), ``places``: where they are in that file
    (first byte, bytes), read back from ``sources`` (path -> the file's bytes as the last
    build wrote it, a buffer: the caller vouches for it, e.g. by its size and time)."""

    def __init__(self, old: dict[bytes, object] | None = None, sources: dict | None = None,
                 places: dict[str, dict] | None = None):
        self.old = old or {}
        self.new: dict[bytes, object] = {}
        self.sources = sources or {}
        # path -> {key: (first byte, bytes)} of each record in that file (the last
        # build's, then this one's)
        self.old_places = places or {}
        self.places: dict[str, dict[bytes, tuple[int, int]]] = {}
        self.hits = self.misses = 0
        self._entries: dict[int, tuple[object, str]] = {}   # entry -> repr of its inputs

    def entry_key(self, kind: str, e, fps: dict[str, str], speakers: dict) -> bytes:
        """``digest(kind, entry_inputs(e, ...))``, the inputs taken once per entry (the
        chronology page and two data files ask for each entry)."""
        known = self._entries.get(id(e))
        if known is None or known[0] is not e:
            known = self._entries[id(e)] = (e, repr(entry_inputs(e, fps, speakers)))
        return hashlib.blake2b(f"{kind}\0{known[1]}".encode("utf-8", "surrogatepass"),
                               digest_size=16).digest()

    def get(self, key: bytes | None):
        if key is None:
            return None
        value = self.new.get(key)
        if value is None:
            value = self.old.get(key)
            if value is not None:
                self.new[key] = value
        if value is None:
            self.misses += 1
        else:
            self.hits += 1
        return value

    def block(self, path: str, key: bytes) -> tuple[str, int] | None:
        """The JSON lines the last build wrote for ``key`` in ``path``, as they stand
        there (joined by a comma and a line break), with their size in bytes ("", 0:
        none); None: unknown, or that file is not at hand."""
        found = self.old_places.get(path, {}).get(key)
        if type(found) is not tuple or len(found) != 2:
            self.misses += 1
            return None
        start, size = found
        if not size:
            self.hits += 1
            return "", 0
        buf = self.sources.get(path)
        if buf is None or start + size > len(buf):
            self.misses += 1
            return None
        try:
            text = buf[start:start + size].decode("utf-8")
        except UnicodeDecodeError:
            self.misses += 1
            return None
        self.hits += 1
        return text, size

    def place(self, path: str, key: bytes, start: int, size: int) -> None:
        """Where the records of ``key`` are in the file being written."""
        self.places.setdefault(path, {})[key] = (start, size)

    def put(self, key: bytes | None, value) -> None:
        if key is not None:
            self.new[key] = value


def digest(kind: str, inputs: tuple | None) -> bytes | None:
    """A digest of plain inputs (tuples of strings, numbers, None): their ``repr``."""
    if inputs is None:
        return None
    return hashlib.blake2b(f"{kind}\0{inputs!r}".encode("utf-8", "surrogatepass"),
                           digest_size=16).digest()


def entry_inputs(e, fps: dict[str, str], speakers: dict) -> tuple:
    """Everything a chronology entry's pieces read: the entry itself (its expressions
    excepted), the names of its people's speakers, and the content of each source
    article (its sentences and title) by key; an article not in the collection is None."""
    people = tuple((p.name, p.speaker, speakers[p.speaker].name if p.speaker in speakers else None)
                   for p in e.people)
    sources = tuple((s.article, s.paragraph, fps.get(s.article)) for s in e.sources)
    return (e.id, e.kind, e.date, e.precision, e.text, people, sources)
