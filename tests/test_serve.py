"""The editor loop: saving a content file refreshes the page with exactly one rebuild.

Every wait is for a condition (the page answers, shows the edit, the process ends); the
limit on each only catches a hang, so a busy machine makes these tests slower, never
failing (issue 16).
"""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.request

import pytest

from tests.sitebuild import ROOT, make_project


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=2) as r:
            return r.read().decode("utf-8")
    except OSError:
        return None


HANG = 600          # seconds: only a hang takes this long, however busy the machine


def _wait(predicate, proc: subprocess.Popen | None = None, timeout: float = HANG) -> bool:
    """Wait until ``predicate()`` holds; give up early when ``proc`` has ended."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if predicate():
            return True
        if proc is not None and proc.poll() is not None:
            return predicate()
        time.sleep(0.2)
    return False


def _start(project, temp):
    """`serve` in its own process group, with its own temp folder (MkDocs serves from one)."""
    port = _free_port()
    temp.mkdir(exist_ok=True)
    proc = subprocess.Popen([sys.executable, "-m", "builder", "--root", str(project), "serve",
                             "--dev-addr", f"127.0.0.1:{port}"], cwd=ROOT, stderr=subprocess.PIPE,
                            stdout=subprocess.DEVNULL, text=True, start_new_session=True,
                            env={**os.environ, "NO_MKDOCS_2_WARNING": "1", "TMPDIR": str(temp)})
    log: list[str] = []
    threading.Thread(target=lambda: [log.append(ln) for ln in proc.stderr], daemon=True).start()
    base = f"http://127.0.0.1:{port}/"
    assert _wait(lambda: _get(base) is not None, proc), "".join(log)
    return proc, base, log


def _stop(proc, group: bool = True, sig=signal.SIGINT) -> int:
    if group:
        os.killpg(proc.pid, sig)
    else:
        proc.send_signal(sig)
    try:
        return proc.wait(timeout=HANG)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        raise


@pytest.fixture
def server(tmp_path):
    project = make_project(tmp_path)
    proc, base, log = _start(project, tmp_path / "tmp")
    try:
        yield project, base, log, proc
    finally:
        _stop(proc)


@pytest.mark.parametrize("group, sig", [(True, signal.SIGINT), (False, signal.SIGTERM)],
                         ids=["ctrl-c", "kill"])
def test_stopping_the_server_leaves_no_temporary_site(tmp_path, group, sig):
    """Ctrl-C at a terminal (the whole group) or `kill` of our process: MkDocs stops
    cleanly and removes the temporary site folder it served from."""
    project = make_project(tmp_path)
    temp = tmp_path / "tmp"
    proc, base, log = _start(project, temp)
    assert any(temp.glob("mkdocs_*"))              # MkDocs serves from the temp folder
    assert _stop(proc, group, sig) == 0, "".join(log)
    assert not any(temp.glob("mkdocs_*")), "".join(log)


def test_stopping_waits_for_mkdocs_however_long_it_takes():
    """`serve` stops MkDocs with one SIGINT and waits until it has stopped: a slow shutdown
    (a busy machine) is never cut short by a later signal, which would leave MkDocs'
    temporary folder behind. The stand-in takes 12 s to stop."""
    from builder.serve import _stop

    slow = ("import signal, sys, time\n"
            "def stop(*_):\n    time.sleep(12); sys.exit(0)\n"
            "signal.signal(signal.SIGINT, stop)\n"
            "print('ready', flush=True)\n"
            "while True: time.sleep(1)\n")
    server = subprocess.Popen([sys.executable, "-c", slow], stdout=subprocess.PIPE, text=True)
    assert server.stdout.readline() == "ready\n"
    _stop(server)
    assert server.returncode == 0          # it stopped itself: no SIGTERM, no SIGKILL


def test_saving_an_article_refreshes_its_page_with_one_rebuild(server):
    project, base, log, proc = server
    article = sorted((project / "content" / "articles").glob("*.md"))[0]
    url = f"{base}articles/{article.stem}/"
    assert _wait(lambda: (_get(url) or "").count("tl-para") > 0, proc)
    assert any("Serving on" in ln for ln in log)      # MkDocs' first build is done
    rebuilds_before = sum("Detected file changes" in ln for ln in log)
    text = article.read_text()
    article.write_text(text.rstrip("\n") + "\n\nA brand new closing paragraph by an editor.\n")
    assert _wait(lambda: "brand new closing paragraph" in (_get(url) or ""), proc), "".join(log[-20:])
    time.sleep(3)                        # a rebuild loop would show up here
    rebuilds = sum("Detected file changes" in ln for ln in log) - rebuilds_before
    assert rebuilds == 1, "".join(log[-30:])


def test_a_broken_save_keeps_the_last_good_page(server):
    project, base, log, proc = server
    article = sorted((project / "content" / "articles").glob("*.md"))[0]
    url = f"{base}articles/{article.stem}/"
    assert _wait(lambda: (_get(url) or "").count("tl-para") > 0, proc)
    good = _get(url)
    article.write_text("---\ntitle: [broken\n---\n\nBody.\n")
    assert _wait(lambda: any(str(article) in ln and "error" in ln for ln in log), proc), "".join(log[-20:])
    assert "tl-para" in (_get(url) or "") and _get(url).count("tl-para") == good.count("tl-para")


def test_serve_names_files_as_build_and_check_do(tmp_path):
    """Started in the project folder (the usual `make serve`), a broken save is named
    `content/articles/<name>.md:<line>`, as `build` and `check` name it, not by an
    absolute path (issue 18.6)."""
    project = make_project(tmp_path)
    temp = tmp_path / "tmp"
    temp.mkdir()
    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-m", "builder", "serve", "--dev-addr",
                             f"127.0.0.1:{port}"], cwd=project, stderr=subprocess.PIPE,
                            stdout=subprocess.DEVNULL, text=True, start_new_session=True,
                            env={**os.environ, "NO_MKDOCS_2_WARNING": "1", "TMPDIR": str(temp),
                                 "PYTHONPATH": str(ROOT)})
    log: list[str] = []
    threading.Thread(target=lambda: [log.append(ln) for ln in proc.stderr], daemon=True).start()
    try:
        assert _wait(lambda: _get(f"http://127.0.0.1:{port}/") is not None, proc), "".join(log)
        article = sorted((project / "content" / "articles").glob("*.md"))[0]
        article.write_text("---\ntitle: [broken\n---\n\nBody.\n")
        shown = f"content/articles/{article.name}:2"
        assert _wait(lambda: any(ln.startswith(f"error: {shown}") for ln in log), proc), \
            "".join(log[-20:])
        assert not any(str(project) in ln for ln in log), "".join(log[-20:])
    finally:
        _stop(proc)


def test_serve_says_what_build_says_once_and_not_mkdocs_nav_notice(server):
    """A bad entry of events.yml is printed by `serve` as by `build` (issue 18.5), once
    however many saves follow, and MkDocs' list of generated pages "not included in the
    nav" never appears."""
    project, base, log, proc = server
    events = project / "content" / "events.yml"
    events.write_text("add:\n  - {date: 2021-02-30, text: An impossible day}\n", encoding="utf-8")
    note = "2021-02-30 does not exist"
    assert _wait(lambda: any(note in ln for ln in log), proc), "".join(log[-20:])
    at = next(i for i, ln in enumerate(log) if note in ln)
    # that save's MkDocs rebuild has finished (a save during it could be skipped by --dirty)
    assert _wait(lambda: any("Documentation built" in ln for ln in log[at:]), proc), "".join(log[-20:])
    article = sorted((project / "content" / "articles").glob("*.md"))[0]
    url = f"{base}articles/{article.stem}/"
    article.write_text(article.read_text().rstrip("\n") + "\n\nA closing line for a second save.\n")
    assert _wait(lambda: "closing line for a second save" in (_get(url) or ""), proc), "".join(log[-20:])
    assert sum(note in ln for ln in log) == 1, "".join(log)
    assert all(ln.startswith("note: ") for ln in log if note in ln)
    assert not any("not included in the" in ln for ln in log), "".join(log)


def test_the_nav_notice_still_names_a_hand_written_page():
    import logging

    from builder.site.plugin import OMITTED, _GeneratedNotInNav

    keep = _GeneratedNotInNav({"articles/a.md", "speakers/b.md"}).filter

    def record(msg):
        return logging.LogRecord("mkdocs.structure.nav", logging.INFO, "", 0, msg, None, None)

    assert not keep(record(OMITTED + ' "nav" configuration:\n  - articles/a.md\n  - speakers/b.md'))
    assert keep(record(OMITTED + ' "nav" configuration:\n  - articles/a.md\n  - notes.md'))
    assert keep(record("Documentation built in 0.5 seconds"))
