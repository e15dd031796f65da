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

import ctypes
import os
import signal
import subprocess
import threading
import time
from pathlib import Path

from .build import ARTICLE_BUDGET, ContentErrors, Extractions, Project, build_docs, editor_notes
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


def regenerate(project: Project, store: Extractions | None = None, jobs: int = 1,
               budget: float | None = ARTICLE_BUDGET, shown: set[str] | None = None) -> bool:
    """Regenerate docs/ and say what `build` says: each note (a skipped file, an ignored
    entry of events.yml) once, when it first appears; ``shown`` keeps the notes of the
    last run between saves."""
    t0 = time.perf_counter()
    try:
        collection, report = build_docs(project, jobs=jobs, store=store, budget=budget)
    except ContentErrors as exc:
        for m in exc.messages:
            say(f"error: {m} (previous pages kept)")
        return False
    except ContentError as exc:
        say(f"error: {exc.format()} (previous pages kept)")
        return False
    notes = editor_notes(collection, report)
    for n in notes:
        if shown is None or n not in shown:
            say(f"note: {n}")
    if shown is not None:
        shown.clear()
        shown.update(notes)
    for f in report.failures:
        say(f"error: {f}")
    say(f"content: {len(report.written)} page(s) regenerated in {time.perf_counter() - t0:.2f}s")
    return True


def serve(root: Path, dev_addr: str, poll: float = 0.3, budget: float | None = ARTICLE_BUDGET) -> int:
    project = Project(root)
    store = Extractions(project, keep=True)   # kept between saves
    jobs = os.cpu_count() or 1
    shown: set[str] = set()               # notes already printed
    regenerate(project, store, jobs, budget, shown)
    # MkDocs in a session of its own: only this process signals it (once), and it is told
    # to stop if this process dies without doing so
    server = start_server(Path(root).resolve(), dev_addr, start_new_session=True,
                          preexec_fn=_stop_with_parent)
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
                regenerate(project, store, jobs, budget, shown)
    except KeyboardInterrupt:
        pass
    finally:
        _stop(server)
    return 0


def _stop(server: subprocess.Popen) -> None:
    """Stop MkDocs the way Ctrl-C does, and wait until it has: it removes its temporary
    site folder as it stops, and a second signal in the middle would leave it behind. Only
    another Ctrl-C (or SIGTERM) while waiting makes it forceful: terminate, then kill."""
    if server.poll() is not None:
        return
    server.send_signal(signal.SIGINT)
    forceful = [server.terminate, server.kill]
    while True:
        try:
            server.wait()
            return
        except KeyboardInterrupt:
            if forceful:
                forceful.pop(0)()


def _stop_with_parent() -> None:
    """In MkDocs' process before it starts: SIGINT when this process dies (Linux)."""
    try:
        ctypes.CDLL(None).prctl(1, signal.SIGINT)        # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def _sigterm_as_interrupt(signum, frame):
    raise KeyboardInterrupt
