"""The search documents of the chronology's entries and of the speakers the last build made
(``search_cache.EntryMemo``), kept in ``.cache/search/`` in buckets: each entry's by its
year, the speakers' by a hash of their name. A save writes the buckets whose documents
changed since they were loaded (an edit touches the years of the entries it changed)
and a small index naming each bucket's file; the others stay as they are.

``entries.pickle``: (format, {bucket: file name}); each bucket ``entries-<bucket>.<token>
.pickle``: (format, {key: document}). A bucket's file missing or damaged makes the whole
memo unknown (every document is made again, the same result). The index is written
last and the files it no longer names removed after it: a save stopped midway leaves
the last index and its files.
"""
from __future__ import annotations

import os
import pickle
import secrets
import zlib
from pathlib import Path

from ..cache import no_gc
from ..fsutil import dump_atomic

SPEAKER_BUCKETS = 8


def bucket(key: tuple) -> str:
    """An entry's year (its key's date), or one of the speakers' buckets."""
    if key and key[0] == "s:":
        return f"s{zlib.crc32(str(key[1]).encode('utf-8', 'surrogatepass')) % SPEAKER_BUCKETS}"
    date = key[2] if len(key) > 2 and isinstance(key[2], str) else ""
    year = date[:4]
    return f"y{year}" if year.isdigit() else "y"


def load(folder: Path, index: str, fmt: str) -> tuple[dict, dict] | None:
    """(every key -> document, bucket -> (file name, its documents)) as ``save`` left
    them; None when unknown."""
    try:
        with no_gc():
            got, names = pickle.loads((folder / index).read_bytes())
            if got != fmt or not isinstance(names, dict):
                return None
            merged: dict = {}
            buckets: dict = {}
            for b, name in names.items():
                got, docs = pickle.loads((folder / name).read_bytes())
                if got != fmt or not isinstance(docs, dict):
                    return None
                merged.update(docs)
                buckets[b] = (name, docs)
    except Exception:            # none yet, damaged, or of classes that changed
        return None
    return merged, buckets


def save(folder: Path, index: str, fmt: str, new: dict, loaded: dict) -> dict:
    """Keep ``new`` (key -> document): the buckets that differ from ``loaded`` (as ``load``
    gave them, or the last save) written afresh, then the index. -> the buckets now."""
    parts: dict[str, dict] = {}
    for key, doc in new.items():
        parts.setdefault(bucket(key), {})[key] = doc
    stem = Path(index).stem
    now: dict = {}
    for b, docs in parts.items():
        name, old = loaded.get(b, (None, None))
        if old is None or len(old) != len(docs) or any(old.get(k) is not d for k, d in docs.items()):
            name = f"{stem}-{b}.{secrets.token_hex(6)}.pickle"
            dump_atomic(folder / name, (fmt, docs))
        now[b] = (name, docs)
    if now.keys() != loaded.keys() or any(now[b][0] != loaded[b][0] for b in now):
        dump_atomic(folder / index, (fmt, {b: n for b, (n, _) in now.items()}))
    live = {n for n, _ in now.values()}
    for f in folder.glob(f"{stem}-*.pickle"):
        if f.name not in live:
            try:
                os.unlink(f)
            except OSError:
                pass
    return now
