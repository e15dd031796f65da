"""Writing the generated files under docs/: all or nothing, and taken back on request.

The staging and undo folders are the build's own (``.cache/staging-*``, ``.cache/undo-*``,
made for it); what a killed build left of them is removed by the next build
(``clean_leftovers``, under the project's build lock).
"""
from __future__ import annotations

import filecmp
import json
import os
import shutil
import tempfile
from pathlib import Path
from typing import Iterable

from .cache import CACHE_DIR
from .errors import ContentError
from .fsutil import inside, write_atomic

MANIFEST = ".generated.json"
GENERATED_ROOTS = ("index.md", "articles", "speakers", "chronology", "data", "search")
_PRIVATE = ("staging-", "undo-")


def clean_leftovers(root: Path) -> None:
    """Remove the staging and undo folders of builds that were killed (call it holding
    the project's build lock: no other build is using any of them)."""
    cache = root / CACHE_DIR
    if not cache.is_dir():
        return
    for p in cache.iterdir():
        if p.name.startswith(_PRIVATE) or p.name in ("staging", "undo"):
            shutil.rmtree(p, ignore_errors=True)


def _private_folder(root: Path, kind: str) -> Path:
    cache = root / CACHE_DIR
    cache.mkdir(parents=True, exist_ok=True)
    return Path(tempfile.mkdtemp(prefix=f"{kind}-", dir=cache))


class DocsJournal:
    """What one build changed under docs/, so that it can be taken back.

    Each file the build replaces or removes is moved (not copied) into a folder of this
    build's own; each file it adds is listed. ``rollback`` puts docs/ back exactly as it
    was (contents and modification times, so MkDocs' dirty builds and the live-reload
    server see no change); ``commit`` forgets the old files. The CLI keeps the journal open
    until MkDocs has succeeded: a failing MkDocs step leaves the previous docs/ as well as
    the previous site/.
    """

    def __init__(self, root: Path):
        self.root = root
        self._folder: Path | None = None
        self.entries: list[tuple[Path, Path | None]] = []     # (target, saved old file or None)

    @property
    def folder(self) -> Path:
        if self._folder is None:
            self._folder = _private_folder(self.root, "undo")
        return self._folder

    def replace(self, src: Path, target: Path) -> None:
        """Move ``src`` over ``target``, keeping the old ``target`` aside."""
        saved: Path | None = self.folder / str(len(self.entries))
        try:
            os.replace(target, saved)
        except FileNotFoundError:
            saved = None
        self.entries.append((target, saved))
        try:
            os.replace(src, target)
        except OSError:              # staging on another file system
            write_atomic(target, src.read_bytes())

    def remove(self, target: Path) -> None:
        saved = self.folder / str(len(self.entries))
        os.replace(target, saved)
        self.entries.append((target, saved))

    def rollback(self) -> None:
        for target, saved in reversed(self.entries):
            if saved is None:
                target.unlink(missing_ok=True)
            else:
                target.parent.mkdir(parents=True, exist_ok=True)
                os.replace(saved, target)
        self.commit()

    def commit(self) -> None:
        self.entries.clear()
        if self._folder is not None:
            shutil.rmtree(self._folder, ignore_errors=True)
            self._folder = None


def write_generated(docs: Path, files: dict[str, str] | Iterable[tuple[str, str | Iterable[str]]],
                    report, staging: Path | None = None,
                    journal: DocsJournal | None = None) -> None:
    """Write the files whose text changed and remove stale ones, all or nothing.

    Files are rendered one at a time (``files`` may be a generator; a text None is a file
    the caller knows to be unchanged: kept, not compared); each changed one is
    first written to a staging folder outside docs/, and only when every file has been
    rendered are they moved into place. A failure while rendering, or two files for one
    path, leaves docs/ exactly as it was (and the live-reload server sees no change until
    the move). With a ``journal``, the whole write can be taken back later
    (``DocsJournal.rollback``)."""
    own_journal = journal is None
    journal = journal or DocsJournal(docs.parent)
    manifest_path = docs / MANIFEST
    try:
        previous = set(json.loads(manifest_path.read_text(encoding="utf-8")))
    except (FileNotFoundError, ValueError):
        previous = set()
    staging = staging or _private_folder(docs.parent, "staging")
    items = sorted(files.items()) if isinstance(files, dict) else files
    produced: list[str] = []
    try:
        staging.mkdir(parents=True, exist_ok=True)
        staged = _stage(docs, items, staging, produced, report)
        try:
            for tmp, target, rel in staged:
                target.parent.mkdir(parents=True, exist_ok=True)
                journal.replace(tmp, target)
                report.written.append(rel)
            for rel in sorted(previous - set(produced)):
                if not rel.startswith(GENERATED_ROOTS):
                    continue
                try:
                    journal.remove(inside(docs, rel))
                    report.removed.append(rel)
                except (FileNotFoundError, ValueError):
                    pass
            manifest = (json.dumps(sorted(produced), indent=0) + "\n").encode("utf-8")
            if _read_or_none(manifest_path) != manifest:
                tmp = staging / "manifest"
                tmp.write_bytes(manifest)
                journal.replace(tmp, manifest_path)
        except BaseException:        # a full disk halfway through the move: all back
            journal.rollback()
            raise
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    if own_journal:
        journal.commit()


def _stage(docs: Path, items, staging: Path, produced: list[str], report) -> list[tuple[Path, Path, str]]:
    """Each file whose bytes changed, written to ``staging``: (staged, target, path).
    Two files for one path (as a case-insensitive file system sees it) stop the build."""
    staged: list[tuple[Path, Path, str]] = []
    seen: dict[str, str] = {}
    base = str(docs)
    for rel, text in items:
        # a file kept as it is is not written: its path needs no resolving (a system call
        # per folder of it), only the check for two files at one path (on the path as a
        # string: a Path per file of a large site cost an edit more than the check)
        key = os.path.normpath(os.path.join(base, rel)).casefold()
        if key in seen:
            raise ContentError(str(docs / rel), f"two generated files would be written here "
                                                f"({seen[key]!r} and {rel!r}); the build stopped "
                                                "and nothing was changed")
        seen[key] = rel
        produced.append(rel)
        if text is None:         # its inputs are those of the file already written
            report.unchanged += 1
            continue
        target = inside(docs, rel)
        tmp = staging / f"{len(staged)}"
        if isinstance(text, str):
            raw = text.encode("utf-8")
            if _read_or_none(target) == raw:
                report.unchanged += 1
                continue
            tmp.write_bytes(raw)
        else:                    # a large file in pieces: written, then compared
            with open(tmp, "wb") as fh:
                for chunk in text:
                    fh.write(chunk.encode("utf-8"))
            try:
                if target.is_file() and filecmp.cmp(tmp, target, shallow=False):
                    tmp.unlink()
                    report.unchanged += 1
                    continue
            except OSError:
                pass
        staged.append((tmp, target, rel))
    return staged


def _read_or_none(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except (FileNotFoundError, IsADirectoryError):
        return None
