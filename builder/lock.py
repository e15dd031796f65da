"""One build at a time per project: a lock on ``.cache/build.lock``.

The operating system holds the lock for the process (``fcntl.lockf``, a POSIX record
lock: not inherited by forked workers, released when the process ends however it ends),
so a killed build never leaves it held: the next build takes it over at once. The file
names the holder (pid and command line), so that a build that has to wait says which
process it waits for.

Re-entrant within a process: the CLI holds the lock for docs/ and site/ together, and
``build_docs`` and ``render_site_dir`` take it again for callers that run them alone.
"""
from __future__ import annotations

import errno
import fcntl
import os
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator

LOCK_FILE = Path(".cache") / "build.lock"

_held: dict[str, list] = {}          # lock path -> [fd, depth]


@contextmanager
def project_lock(root: Path, on_wait: Callable[[str], None] | None = None) -> Iterator[bool]:
    """Hold the project's build lock; yields True for the outermost holder in this
    process (the one that may clean what killed builds left). ``on_wait`` is called once,
    with a description of the holder, when another process holds it."""
    if not Path(root).is_dir():          # no project there: nothing to protect (nor to create)
        yield True
        return
    path = Path(root).resolve() / LOCK_FILE
    key = str(path)
    if key in _held:
        _held[key][1] += 1
        try:
            yield False
        finally:
            _held[key][1] -= 1
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        _acquire(fd, on_wait)
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()} {' '.join(sys.argv) or 'python'}\n".encode("utf-8", "replace"), 0)
        _held[key] = [fd, 1]
        try:
            yield True
        finally:
            del _held[key]
            try:
                os.ftruncate(fd, 0)          # a clean end: nobody holds it
            except OSError:
                pass
    finally:
        os.close(fd)                         # (closing it is what releases the lock)


def holder(root: Path) -> str:
    """Who holds (or last held, if killed) the lock: 'pid N (command)', or ''."""
    try:
        text = (Path(root) / LOCK_FILE).read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""
    return _describe(text)


def _describe(text: str) -> str:
    pid, _, command = text.strip().partition(" ")
    if not pid.isdigit():
        return ""
    return f"pid {pid}" + (f" ({command[:120]})" if command else "")


def _acquire(fd: int, on_wait: Callable[[str], None] | None) -> None:
    try:
        fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return
    except OSError as exc:
        if exc.errno in (errno.ENOLCK, errno.EOPNOTSUPP, errno.ENOSYS):
            return                           # a file system without locks: nothing to hold
        if exc.errno not in (errno.EACCES, errno.EAGAIN):
            raise
    if on_wait is not None:
        on_wait(_describe(os.pread(fd, 4096, 0).decode("utf-8", "replace")) or "another process")
    fcntl.lockf(fd, fcntl.LOCK_EX)
