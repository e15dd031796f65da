"""Browser tests: the built site served over http on 127.0.0.1, driven in headless Chromium."""
from __future__ import annotations

import functools
import http.server
import os
import shutil
import threading
from pathlib import Path

import pytest

from tests.sitebuild import make_project, run_builder

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")


def pytest_collection_modifyitems(items):
    for item in items:
        item.add_marker(pytest.mark.browser)


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture(scope="session")
def serve_dir():
    servers = []

    def start(directory: Path) -> str:
        handler = functools.partial(_QuietHandler, directory=str(directory))
        httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=httpd.serve_forever, daemon=True).start()
        servers.append(httpd)
        return f"http://127.0.0.1:{httpd.server_address[1]}/"

    yield start
    for s in servers:
        s.shutdown()


@pytest.fixture(scope="session")
def seed_site(tmp_path_factory) -> Path:
    project = make_project(tmp_path_factory.mktemp("seed-site"))
    run_builder(project, "build", check=True)
    return project / "site"


RENAME = """speakers:
  - name: Andrey Denisov
    rename: Andrei Denisov
  - name: russias-foreign-ministry
    description: The ministry in Moscow.
"""


MOVED_TO = "an-article-renamed-by-its-editor"


@pytest.fixture(scope="session")
def renamed_site(tmp_path_factory) -> Path:
    """The seed site with a speaker renamed and another corrected by its page id, and an
    article renamed with `rename` (its old address: ``site.moved_from``)."""
    project = make_project(tmp_path_factory.mktemp("renamed-site"))
    (project / "content" / "speakers.yml").write_text(RENAME, encoding="utf-8")
    first = sorted((project / "content" / "articles").glob("*.md"))[0]
    run_builder(project, "rename", first.name, MOVED_TO, check=True)
    (project / "moved-from").write_text(first.stem, encoding="utf-8")
    run_builder(project, "build", check=True)
    return project / "site"


@pytest.fixture(scope="session")
def base_url(seed_site, serve_dir) -> str:
    return serve_dir(seed_site)


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists() and not shutil.which(CHROMIUM):
        pytest.skip(f"no Chromium at {CHROMIUM} (install Debian's chromium, or set CHROMIUM)")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=[
            "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync"])
        yield b
        b.close()


class PageWatch:
    """Records console errors, page errors, dialogs and requests to other hosts."""

    def __init__(self, page):
        self.errors: list[str] = []
        self.foreign: list[str] = []
        self.dialogs: list[str] = []
        page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        page.on("pageerror", lambda e: self.errors.append(str(e)))

        def on_dialog(d):
            self.dialogs.append(d.message)
            d.dismiss()

        page.on("dialog", on_dialog)

        def route(r):
            url = r.request.url
            if url.startswith(("http://127.0.0.1", "data:", "blob:", "about:")):
                r.continue_()
            else:
                self.foreign.append(url)
                r.abort()

        page.route("**/*", route)


@pytest.fixture
def page(browser):
    context = browser.new_context()
    pg = context.new_page()
    pg.watch = PageWatch(pg)
    yield pg
    context.close()
