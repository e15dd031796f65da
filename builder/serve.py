"""`serve`: MkDocs' live-reload server, plus a watcher on content/.

MkDocs watches docs/; this process watches content/ and regenerates docs/ when an
editor saves. Only files whose text changed are written, so one save gives exactly one
MkDocs rebuild (and a broken save keeps the last good pages, with a one-line error).

At scale: extractions stay in memory between saves (a save re-extracts one article),
and MkDocs runs with ``--dirty``, so it re-renders only the pages whose files changed;
navigation is explicit and the search index is regenerated with the pages, so neither
goes stale.
"""
from __future__ import annotations

import os
import signal
import subprocess
import threading
import time
from pathlib import Path

from .build import ContentErrors, Extractions, Project, build_docs
from .console import say
from .errors import ContentError
from .site.glue import start_server


def _snapshot(folder: Path) -> dict[str, tuple[float, int]]:
    state = {}
    for p in folder.rglob("*"):
        if p.is_file() and not any(part.startswith(".") for part in p.relative_to(folder).parts):
            st = p.stat()
            state[str(p)] = (st.st_mtime, st.st_size)
    return state


def regenerate(project: Project, store: Extractions | None = None, jobs: int = 1) -> bool:
    t0 = time.perf_counter()
    try:
        _, report = build_docs(project, jobs=jobs, store=store)
    except ContentErrors as exc:
        for m in exc.messages:
            say(f"error: {m} (previous pages kept)")
        return False
    except ContentError as exc:
        say(f"error: {exc.format()} (previous pages kept)")
        return False
    for f in report.failures:
        say(f"error: {f}")
    say(f"content: {len(report.written)} page(s) regenerated in {time.perf_counter() - t0:.2f}s")
    return True


def serve(root: Path, dev_addr: str, poll: float = 0.3) -> int:
    project = Project(root)
    store = Extractions(project)          # kept between saves
    jobs = os.cpu_count() or 1
    regenerate(project, store, jobs)
    server = start_server(root, dev_addr)
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, _sigterm_as_interrupt)   # `kill` stops cleanly too
    state = _snapshot(project.content)
    try:
        while server.poll() is None:
            time.sleep(poll)
            now = _snapshot(project.content)
            if now != state:
                time.sleep(0.05)          # let an editor's save finish
                state = _snapshot(project.content)
                regenerate(project, store, jobs)
    except KeyboardInterrupt:
        pass
    finally:
        _stop(server)
    return 0


def _stop(server: subprocess.Popen) -> None:
    """Stop MkDocs the way Ctrl-C does, so that it removes its temporary site folder.

    Ctrl-C at a terminal reaches both processes: MkDocs is then already shutting down, and
    a second signal (or SIGTERM) in the middle would leave its folder in the temp dir."""
    steps = [(None, 3), (lambda: server.send_signal(signal.SIGINT), 10),
             (server.terminate, 10), (server.kill, 10)]
    for act, timeout in steps:
        if act is not None:
            act()
        try:
            server.wait(timeout=timeout)
            return
        except subprocess.TimeoutExpired:
            pass


def _sigterm_as_interrupt(signum, frame):
    raise KeyboardInterrupt
