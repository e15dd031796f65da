"""The search index's memory between builds: each segment as the last build left it
(``SegmentCache``, its states made and patched by ``search_patch``) and the documents of
the chronology's entries and of the speakers (``EntryMemo``, kept by ``entry_store``);
``build_index`` makes the index files from them.

The modules depend in one direction: ``search_index`` (documents, terms, the file
formats) <- ``search_patch`` (a segment's state) <- this module.
"""
from __future__ import annotations

import hashlib
from pathlib import Path

from ..cache import no_gc
from ..rules.search_words import STOP_WORDS
from . import entry_store
from .search_index import (CHRONOLOGY, CHUNK_SLOTS, INDEX_DIR, INDEX_ROOT, MAX_TERM, URL_SLOTS,
                           WORKER_SOURCE, SearchDoc, _dump, postings_of, segment_count,
                           segment_of)
from .search_patch import (IndexFiles, ShardMissing, build_state, load_state, patch,
                           prune_shards, save_state)
from .urls import url_of

ENTRIES = "entries.pickle"    # in the segments' folder: EntryMemo's index (``entry_store``)
SHARDS = "shards"             # in the segments' folder: each shard's part of a segment
# a cached segment or memo is the work of these modules: another version of them builds
# it again
_HERE = Path(__file__).parent
_FORMAT = hashlib.sha256(b"".join((_HERE / f).read_bytes() for f in (
    "search_index.py", "search_patch.py", "search_cache.py"))).hexdigest()[:12]


class SegmentCache:
    """Each segment as the last build left it (``search_patch.SegmentState``), in memory and
    in ``.cache/search/`` (``search_patch.save_state``: an edit writes the shards it made
    again): a segment whose documents did not change is not built again, one whose
    documents changed is patched."""

    def __init__(self, folder: Path | None = None):
        self.folder = folder
        self.memory: dict[tuple[int, int], object] = {}
        self.entries: dict | None = None     # the last EntryMemo's terms
        self._entry_files: dict = {}         # their buckets on disk (``entry_store``)
        self.built = self.patched = 0

    def _path(self, number: int, k: int) -> Path:
        return self.folder / f"{number}-of-{k}.pickle"

    def state(self, number: int, k: int):
        kept = self.memory.get((number, k))
        # (a shard it has not read may be gone: another build of the project pruned it)
        if kept is not None and all(p.is_file() for p in kept.unloaded.values()):
            return kept
        self.memory.pop((number, k), None)
        if self.folder is None:
            return None
        try:
            with no_gc():            # a million small objects, none of them garbage
                state = load_state(self._path(number, k), self.folder / SHARDS, _FORMAT)
        except Exception:            # none, damaged, or of classes that changed
            return None
        if state is not None:
            self.memory[(number, k)] = state
        return state

    def put(self, number: int, k: int, state) -> None:
        self.memory[(number, k)] = state
        if self.folder is not None:
            try:
                save_state(self._path(number, k), self.folder / SHARDS, _FORMAT, state)
            except OSError:
                pass

    def entry_memo(self, article_keys: dict[str, str]) -> EntryMemo:
        old = self.entries                  # kept in memory by a server between saves
        if old is None and self.folder is not None:
            found = entry_store.load(self.folder, ENTRIES, _FORMAT)
            if found is not None:
                old, self._entry_files = found
        return EntryMemo(article_keys, old)

    def save_entry_memo(self, memo: EntryMemo) -> None:
        """Keep ``memo``'s documents (``entry_store``: the buckets that changed written)."""
        self.entries = memo.new
        if self.folder is not None:
            try:
                self._entry_files = entry_store.save(self.folder, ENTRIES, _FORMAT, memo.new, self._entry_files)
            except OSError:
                pass

    def prune(self, k: int) -> None:
        """Forget the segments of another number of segments."""
        self.memory = {key: v for key, v in self.memory.items() if key[1] == k}
        if self.folder is not None and self.folder.is_dir():
            for f in self.folder.iterdir():
                if f.suffix in (".json", ".pickle") and not f.name.endswith(f"-of-{k}.pickle") \
                        and not f.name.startswith(ENTRIES[:-len(".pickle")]):
                    try:
                        f.unlink()
                    except OSError:
                        pass
            prune_shards(self.folder / SHARDS, k)


def build_index(docs: list[SearchDoc], cache: SegmentCache | None = None):
    """All documents -> {path under docs/: text} of the index files and the worker (a
    ``search_patch.IndexFiles``: the text of a shard not read is read when asked for)."""
    cache = cache or SegmentCache()
    k = segment_count(sum(postings_of(d) for d in docs))
    groups: list[list[SearchDoc]] = [[] for _ in range(k)]
    for d in docs:
        groups[segment_of(d.key, k)].append(d)
    segments = []
    out = IndexFiles()            # a shard not read: its text read only if asked for
    for number, group in enumerate(groups):
        digests = {d.key: d.digest() for d in group}
        h = hashlib.sha256(f"{_FORMAT}/{number}/{k}".encode())
        for key in sorted(digests):
            h.update(key.encode() + b"\0" + digests[key].encode())
        digest = h.hexdigest()
        state = cache.state(number, k)
        if state is None or state.digest != digest:
            try:
                patched = state is not None and patch(state, group, digests, digest)
            except ShardMissing:
                patched = False
            if patched:
                cache.patched += 1
            else:
                state = build_state(number, group, digest, digests)
                cache.built += 1
            cache.put(number, k, state)
        entry, files = state.output()
        segments.append(entry)
        for name, text in files.items():
            out[f"{INDEX_DIR}/{name}"] = text
    cache.prune(k)
    out[f"{INDEX_DIR}/index.json"] = _dump({"version": 3, "fold": "nfkd-lower", "min": 2,
                                            "max": MAX_TERM, "chunk": CHUNK_SLOTS,
                                            "urlspan": URL_SLOTS,
                                            "stop": sorted(STOP_WORDS),
                                            "chronology": [url_of(CHRONOLOGY), "Chronology"],
                                            "segments": segments}) + "\n"
    out[f"{INDEX_ROOT}/worker.js"] = WORKER_SOURCE.read_text(encoding="utf-8")
    return out


class EntryMemo:
    """The last build's entry documents (whole, their digests with them) and speaker
    documents' terms by what they are made of: the entry's id, kind, date, line, people
    and sources (a speaker's names, roles, description and quotes), and the cache key of
    each source article (its text, so its sentences and quotes). An edit computes again
    only the documents it touched; one citing an article with no cache key is always
    computed."""

    def __init__(self, article_keys: dict[str, str], old: dict | None = None):
        self.article_keys, self.old, self.new = article_keys, old or {}, {}

    def key(self, e) -> tuple | None:
        keys = tuple(self.article_keys.get(s.article) for s in e.sources)
        if not all(keys):
            return None
        return (e.id, e.kind, e.date, e.precision, e.text, tuple(p.name for p in e.people),
                tuple((s.article, s.paragraph) for s in e.sources), keys)

    def speaker_key(self, sp) -> tuple | None:
        keys = tuple(self.article_keys.get(ref.article) for ref in sp.quotes)
        if not all(keys):
            return None
        return ("s:", sp.name, tuple(sp.aliases), tuple(r.role for r in sp.roles),
                sp.description, tuple((ref.article, ref.index) for ref in sp.quotes), keys)
