"""Pieces of the whole-collection pages read back from the files the last build wrote.

The chronology page, ``events.json``, ``timeline.json``, ``articles.json`` and
``quotes.json`` are each one file over the whole collection: an edit changes a few of
their entries, yet rendering them costs time in proportion to all of them. Each piece
(one chronology entry's list item, one entry's or one article's JSON records) is a pure
function of a few inputs, known by a digest of them (``RenderMemo.entry_key``, ``digest``). A
build records where each piece stands in the file it writes; the next one reads the
pieces whose digest it finds there back from that file (if the file is exactly as that
build left it) and renders only the others. Nothing else differs: a page made of pieces
read back is the page rendered afresh, byte for byte (tests/test_incremental.py). What is
kept is a few positions per piece, never text (a 10,000-article site's data files are
hundreds of megabytes); a list item read back gets its number put right (its text's id).

An article is known by a key of its content (``fps``: the extraction cache's key of its
file, which covers its bytes and the extraction code, or a fingerprint of the article),
so the inputs of a piece are small tuples, never whole articles. The positions are only
valid for one version of the code (``builder/build_memo.py`` keeps them in ``.cache/``
with the code version and the size, time and inode of each file).
"""
from __future__ import annotations

import hashlib


# the files whose pieces are remembered by where they are in the file written
FILES = ("chronology/index.md", "data/articles.json", "data/quotes.json", "data/events.json",
         "data/timeline.json")


class RenderMemo:
    """Where each piece (a digest of its inputs) is in the file the last build wrote
    (``old_places``: path -> {key: (first byte, bytes)}), read back from ``sources`` (path
    -> that file's bytes, a buffer: the caller vouches that it is as that build wrote it,
    e.g. by its size, time and inode); and where each piece is in the files this build
    writes (``places``)."""

    def __init__(self, sources: dict | None = None, places: dict[str, dict] | None = None):
        self.sources = sources or {}
        # path -> {key: (first byte, bytes)} of each record in that file (the last
        # build's, then this one's)
        self.old_places = places or {}
        self.places: dict[str, dict[bytes, tuple[int, int]]] = {}
        self.hits = self.misses = 0
        # entry -> [it, the repr of its own inputs (bytes), their digest, the fps its
        # sources were read with, the repr of its own inputs and its sources' keys]
        self._entries: dict[int, list] = {}

    def _own(self, e, speakers: dict) -> list:
        known = self._entries.get(id(e))
        if known is None or known[0] is not e:
            own = repr(entry_own_inputs(e, speakers)).encode("utf-8", "surrogatepass")
            known = self._entries[id(e)] = [e, own, hashlib.blake2b(own, digest_size=16)
                                             .hexdigest(), None, b""]
        return known

    def entry_key(self, kind: str, e, fps: dict[str, str], speakers: dict) -> bytes:
        """A digest of ``kind`` and everything a chronology entry's pieces read: its own
        inputs (``entry_own_inputs``) and the content of each source article (its
        sentences and title) by key (None: an article not in the collection); taken once
        per entry (the chronology page and two data files ask for each entry, the pages
        of its articles and people for ``entry_digest``)."""
        known = self._own(e, speakers)
        if known[3] is not fps:
            texts = tuple(fps.get(s.article) for s in e.sources)
            known[3], known[4] = fps, known[1] + b"\0" + repr(texts).encode("utf-8", "surrogatepass")
        h = hashlib.blake2b(kind.encode() + b"\0", digest_size=16)
        h.update(known[4])
        return h.digest()

    def entry_digest(self, e, speakers: dict) -> str:
        """A digest of the entry's own inputs (``entry_own_inputs``: what an article's or
        a speaker's page shows of it; its source articles by id, not by content)."""
        return self._own(e, speakers)[2]

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



def digest(kind: str, inputs: tuple | None) -> bytes | None:
    """A digest of plain inputs (tuples of strings, numbers, None): their ``repr``."""
    if inputs is None:
        return None
    return hashlib.blake2b(f"{kind}\0{inputs!r}".encode("utf-8", "surrogatepass"),
                           digest_size=16).digest()


def entry_own_inputs(e, speakers: dict) -> tuple:
    """The entry itself (its expressions excepted: no page shows them) and the names of its
    people's speakers; its sources by article and paragraph."""
    people = tuple((p.name, p.speaker, speakers[p.speaker].name if p.speaker in speakers else None)
                   for p in e.people)
    sources = tuple((s.article, s.paragraph) for s in e.sources)
    return (e.id, e.kind, e.date, e.precision, e.text, people, sources)

