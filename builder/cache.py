"""Caches under ``.cache/`` (git-ignored): a way to skip work, never a source of truth.

* Each article's extraction (the enriched Article, its search terms and its link facts)
  is stored under the hash of the code version, the file's path and its bytes. A failed
  extraction is never stored, so the next build tries again and reports it again.
* ``search/``: each segment of the search index as the last build left it, patched by
  the next (``render/search_patch.py``; its shards apart in ``shards/``), and the terms
  of the chronology entries' search documents (``render/search_cache.EntryMemo``, in
  buckets by year: ``render/entry_store.py``).
* ``link-grouping/``: the chronology's grouping, a file per year (``link/grouping_store.py``).
* ``render-places.pickle``, ``references.pickle``, ``pages.json``: what one build keeps
  for the next (``build_memo.py``).
* ``state.json`` remembers the fingerprint of the inputs of the last build that finished
  without any error, so a build with nothing changed can stop early.

Deleting ``.cache/`` is always safe: the next build is a cold one.
"""
from __future__ import annotations

import ctypes
import gc
import hashlib
import json
import os
import pickle
import re
import shutil
import sys
from contextlib import contextmanager
from pathlib import Path

from .fsutil import dump_atomic, write_atomic

CACHE_DIR = ".cache"
PACKAGE = Path(__file__).resolve().parent
SOURCE_SUFFIXES = (".py", ".yml", ".yaml", ".js")
# compute the search terms cached with each article (keys.py: how words are folded)
SEARCH_TERMS = ("render/search_index.py", "keys.py")
# compute the link facts cached with each article (the rules they use are extraction's)
LINK_FACTS = ("link/mentions.py", "dates.py")
# the page templates (render/templates/): part of the code a site is built with
TEMPLATES = (".md", ".html")
# an import statement (read as text: parsing every module would cost a build 0.15 s)
_IMPORT = re.compile(r"^[ \t]*(?:from[ \t]+(?P<dots>\.*)(?P<module>[\w.]*)[ \t]+import[ \t]+"
                     r"(?P<names>\([^)]*\)|[^\n]*)|import[ \t]+(?P<plain>[^\n]*))", re.MULTILINE)

_versions: dict[str, str] = {}


def code_version(kind: str = "extract") -> str:
    """Hash of the builder's source that ``kind`` depends on (and of the Python version).

    ``extract``: the files of ``extract_sources()``; ``search``: the module that computes
    the search terms (cached beside each extraction, recomputed alone when only it
    changes); ``mentions``: likewise, the module that computes the link facts of each
    article's events (``link.mentions.article_facts``); ``site``: everything, the page templates included.
    """
    if kind in ("search", "mentions") and kind not in _versions:
        src = b"\0".join((PACKAGE / f).read_bytes() for f in (SEARCH_TERMS if kind == "search" else LINK_FACTS))
        _versions[kind] = hashlib.sha256(src).hexdigest()[:20]
    if kind not in _versions:
        files = extract_sources() if kind == "extract" else _sources(PACKAGE, TEMPLATES)
        h = hashlib.sha256(f"{sys.version_info[:2]}".encode())
        for p in files:
            rel = p.relative_to(PACKAGE).as_posix()
            h.update(rel.encode() + b"\0" + p.read_bytes() + b"\0")
        _versions[kind] = h.hexdigest()[:20]
    return _versions[kind]


def extract_sources() -> list[Path]:
    """The files a cached extraction depends on, found by following imports from the
    ``extract`` package: every file of each package reached (``extract/``, ``read/``,
    ``rules/``, data files included) and each module at the package root reached
    (``model.py``, ``errors.py``...). Editing any other file keeps the extraction cache
    (tests/test_scale_build.py checks that extracting an article loads nothing else)."""
    files = {PACKAGE / "__init__.py"}
    seen: set[str] = set()
    todo = ["extract"]
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        found = _sources(PACKAGE / name) if (PACKAGE / name).is_dir() else [PACKAGE / f"{name}.py"]
        files.update(found)
        for p in found:
            if p.suffix == ".py":
                todo.extend(_builder_imports(p))
    return sorted(files)


def _sources(folder: Path, more: tuple[str, ...] = ()) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix in SOURCE_SUFFIXES + more
                  and "__pycache__" not in p.parts)


def _builder_imports(path: Path) -> set[str]:
    """The top-level names under ``builder/`` (a package or a module) that ``path``
    imports, wherever in the file the import stands."""
    here = path.parent.relative_to(PACKAGE).parts
    names: set[str] = set()
    for m in _IMPORT.finditer(path.read_text(encoding="utf-8")):
        if m["plain"] is not None:                   # import builder.x.y [as z], ...
            modules = [a.split()[0] for a in m["plain"].split(",") if a.strip()]
        else:                                        # from ..x import y / from builder import x
            parts = ["builder", *here[:len(here) - len(m["dots"]) + 1]] if m["dots"] else []
            base = ".".join(parts + ([m["module"]] if m["module"] else []))
            listed = re.sub(r"#[^\n]*", "", m["names"]).strip("() \n")
            imported = [a.split()[0] for a in listed.split(",") if a.strip()]
            modules = [f"{base}.{a}" for a in imported] if base == "builder" else [base]
        names.update(mod.split(".")[1] for mod in modules if mod.startswith("builder."))
    return {n for n in names if (PACKAGE / n).is_dir() or (PACKAGE / f"{n}.py").is_file()}


def text_key(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:20]


def file_key(rel_path: str, data: bytes, version: str) -> str:
    return hashlib.sha256(version.encode() + b"\0" + rel_path.encode() + b"\0" + data).hexdigest()


@contextmanager
def no_gc():
    """Loading thousands of small objects: the cyclic GC would rescan them again and
    again (it more than doubles the time) and none of them is garbage."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


@contextmanager
def frozen_heap():
    """Everything allocated so far (the linked collection: millions of objects that live
    until the build ends) moved out of the cyclic GC's reach (``gc.freeze``): collections
    then scan only what is made inside, so the garbage of rendering is still collected
    without rescanning the collection each time (which cost an edit 0.3-0.7 s)."""
    gc.freeze()
    try:
        yield gc.freeze            # called again: what was made since goes out of reach too
    finally:
        gc.unfreeze()


def release_memory() -> None:
    """Hand memory freed by Python back to the system before MkDocs' processes start:
    glibc keeps a freed heap for this process's reuse (after a 10,000-article collection
    that is hundreds of MB the MkDocs processes then cannot have)."""
    gc.collect()
    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):     # not glibc: nothing to do
        pass


class ExtractionCache:
    """``key -> (Article, search terms, their version, link facts, their version)`` as one
    pickle per article (an entry of three, from an older version, lacks the link facts)."""

    def __init__(self, root: Path, version: str | None = None):
        self.version = version or code_version("extract")
        self.folder = root / CACHE_DIR / "extract" / self.version
        self.hits = self.misses = 0

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.pickle"

    def get(self, key: str):
        try:
            data = self._path(key).read_bytes()
        except OSError:
            self.misses += 1
            return None
        try:
            value = pickle.loads(data)
        except Exception:            # a damaged entry is a miss, and is replaced
            self.misses += 1
            return None
        self.hits += 1
        return value

    def put(self, key: str, value) -> None:
        try:
            write_atomic(self._path(key), pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
        except OSError:
            pass                      # a read-only or full disk costs speed, not correctness

    def prune(self, keep: set[str]) -> int:
        """Remove entries not in ``keep`` and every other code version's folder."""
        removed = 0
        base = self.folder.parent
        if base.is_dir():
            for other in base.iterdir():
                if other.name != self.version and other.is_dir():
                    _rmtree(other)
        if self.folder.is_dir():
            for sub in self.folder.iterdir():
                for f in sub.glob("*.pickle"):
                    if f.stem not in keep:
                        try:
                            f.unlink()
                            removed += 1
                        except OSError:
                            pass
        return removed


def _rmtree(path: Path) -> None:
    shutil.rmtree(path, ignore_errors=True)


# ---- the last good build ----------------------------------------------------------------

def state_path(root: Path) -> Path:
    return root / CACHE_DIR / "state.json"


def load_state(root: Path) -> dict:
    try:
        data = json.loads(state_path(root).read_text(encoding="utf-8"))
        return data if isinstance(data, dict) else {}
    except (OSError, ValueError):
        return {}


def save_state(root: Path, state: dict) -> None:
    try:
        # compact: written 4 times per build, and it lists every docs file (indented, the
        # pure-Python encoder took 4x as long: 0.05 s per save at 1,000 articles)
        write_atomic(state_path(root), json.dumps(state, separators=(",", ":"), sort_keys=True) + "\n")
    except OSError:
        pass


def load_json(root: Path, name: str) -> dict:
    """A JSON object kept under .cache/ ({} when missing or damaged)."""
    try:
        data = json.loads((root / CACHE_DIR / name).read_text(encoding="utf-8"))
        return data if isinstance(data, dict) else {}
    except (OSError, ValueError):
        return {}


def save_json(root: Path, name: str, data: dict) -> None:
    try:
        write_atomic(root / CACHE_DIR / name, json.dumps(data, separators=(",", ":")))
    except OSError:
        pass


def load_pickle(root: Path, name: str, version: str):
    """A value pickled under .cache/ by ``save_pickle`` with this ``version`` (None when
    missing, damaged or of another version)."""
    try:
        with no_gc():
            found, value = pickle.loads((root / CACHE_DIR / name).read_bytes())
    except Exception:            # none yet, damaged, or of classes that changed
        return None
    return value if found == version else None


def save_pickle(root: Path, name: str, version: str, value) -> None:
    try:
        dump_atomic(root / CACHE_DIR / name, (version, value))
    except OSError:
        pass


def forget_state(root: Path, key: str | None = None) -> None:
    """Drop the record of the last good build (all of it, or one entry)."""
    if key is None:
        try:
            os.unlink(state_path(root))
        except OSError:
            pass
        return
    state = load_state(root)
    if key in state:
        del state[key]
        save_state(root, state)


# A file whose modification time is this close to a build's start (or later) may have been
# saved in the same tick of the file system's clock as the build read it: its bytes are
# hashed, so that a save the clock cannot tell apart is still seen ("racy" files, as git
# calls them).
RACY_NS = 2_000_000_000


def tree_state(folder: Path, since_ns: int | None, skip=(), keep=None, also=(),
               skip_dir=None) -> dict:
    """What a build of ``folder``'s files depends on, taken before the build reads them:
    ``stat``, the hash of every file's path, size and modification time, and ``racy``,
    the hash of the bytes of each file changed since ``since_ns - RACY_NS`` (and of those
    named in ``also``; none with ``since_ns`` None). ``skip``: top-level names left out;
    ``keep(rel)``: which files count; ``skip_dir(name)``: top-level folders not walked
    (the caller vouches that ``keep`` counts none of their files)."""
    h = hashlib.sha256()
    racy: dict[str, str] = {}
    also = set(also)
    if folder.is_dir():
        for dirpath, dirnames, filenames in os.walk(folder):
            dirnames.sort()
            rel_dir = os.path.relpath(dirpath, folder)
            if rel_dir != "." and rel_dir.split(os.sep)[0] in skip:
                dirnames[:] = []
                continue
            if rel_dir == "." and skip_dir is not None:
                dirnames[:] = [d for d in dirnames if not skip_dir(d)]
            for name in sorted(filenames):
                rel = name if rel_dir == "." else f"{rel_dir}/{name}".replace(os.sep, "/")
                if rel in skip or (keep is not None and not keep(rel)):
                    continue
                path = os.path.join(dirpath, name)
                try:
                    st = os.stat(path)
                except OSError:
                    continue
                h.update(f"{rel}\0{st.st_size}\0{st.st_mtime_ns}\n".encode())
                if rel in also or since_ns is not None and st.st_mtime_ns >= since_ns - RACY_NS:
                    racy[rel] = _bytes_hash(path)
    return {"stat": h.hexdigest(), "racy": racy}


def same_state(recorded: dict | None, current: dict) -> bool:
    """``current`` (taken with ``also=recorded["racy"]``) shows no change since ``recorded``."""
    if not isinstance(recorded, dict) or recorded.get("stat") != current["stat"]:
        return False
    racy = recorded.get("racy") or {}
    return isinstance(racy, dict) and all(current["racy"].get(rel) == digest for rel, digest in racy.items())


def _bytes_hash(path: str) -> str:
    try:
        with open(path, "rb") as fh:
            return hashlib.file_digest(fh, "sha256").hexdigest()
    except OSError:
        return "-"
