"""The site deployed as a project site (``user.github.io/repo/``, issue 18.4): built with
``SITE_URL`` ending in a sub-path and served under it, as GitHub Pages does (a missing
address gets the site's 404.html). The 404 page's links stay under the sub-path and the
theme's instant navigation (active only with a site_url) works."""
from __future__ import annotations

import functools
import http.server
import os
import subprocess
import sys
import threading
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urljoin, urlparse

import pytest

from tests.sitebuild import ROOT

SUB = "repo"


class _PagesHandler(http.server.SimpleHTTPRequestHandler):
    """A static host that answers a missing address with the site's 404.html."""

    def log_message(self, *args):
        pass

    def send_error(self, code, message=None, explain=None):
        page = Path(self.directory) / SUB / "404.html"
        if code != 404 or not page.is_file():
            return super().send_error(code, message, explain)
        body = page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture(scope="module")
def subpath_base(seed_site, tmp_path_factory):
    """The seed project's pages (already generated) put through MkDocs again with a
    SITE_URL under /repo/, and served from the folder above."""
    host = tmp_path_factory.mktemp("pages-host")
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0),
                                            functools.partial(_PagesHandler, directory=str(host)))
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{httpd.server_address[1]}/{SUB}/"
    project = seed_site.parent
    proc = subprocess.run([sys.executable, "-m", "builder", "--root", str(project), "build",
                           "--site-dir", str(host / SUB)], cwd=ROOT, capture_output=True, text=True,
                          timeout=300, env={**os.environ, "SITE_URL": base, "NO_MKDOCS_2_WARNING": "1"})
    assert proc.returncode == 0, proc.stderr
    yield base
    httpd.shutdown()


def _status(url: str) -> int:
    try:
        with urllib.request.urlopen(url) as r:
            return r.status
    except urllib.error.HTTPError as exc:
        return exc.code


def test_the_404_page_links_stay_under_the_sub_path(page, subpath_base):
    missing = subpath_base + "articles/no-such-article/deeper/"
    response = page.goto(missing)
    assert response.status == 404
    assert page.locator("h1").first.inner_text().strip() == "404 - Not found"
    hrefs = page.locator("a[href]").evaluate_all("as => as.map(a => a.href)")
    own = [h for h in hrefs if urlparse(h).netloc == urlparse(subpath_base).netloc]
    assert own and all(h.startswith(subpath_base) for h in own), [h for h in own if not h.startswith(subpath_base)]
    for target in {h.split("#")[0] for h in own}:
        assert _status(target) == 200, target
    assets = page.evaluate("() => performance.getEntriesByType('resource').map(e => e.name)")
    assert assets and all(a.startswith(subpath_base) for a in assets if urlparse(a).netloc == urlparse(subpath_base).netloc)
    page.wait_for_selector("html[data-tl-ready]", state="attached", timeout=30000)   # site.js ran
    assert not page.watch.foreign
    assert all("404" in e for e in page.watch.errors), page.watch.errors   # only the page's own status


def test_instant_navigation_works_under_the_sub_path(page, subpath_base):
    page.goto(subpath_base)
    page.wait_for_selector("html[data-tl-ready]", state="attached", timeout=30000)
    page.evaluate("() => { window.__samePage = true; }")
    page.locator(".md-tabs a", has_text="Chronology").first.click()
    page.wait_for_url(urljoin(subpath_base, "chronology/"), timeout=30000)
    page.wait_for_function("() => document.querySelector('article h1') && "
                           "document.querySelector('article h1').textContent.startsWith('Chronology')")
    assert page.evaluate("() => window.__samePage === true"), "a full page load, not instant navigation"
    # the chronology's own script ran on the new page, and a speaker link works from there
    page.wait_for_selector("form.tl-filter:not([hidden])", timeout=30000)
    page.locator("a.tl-person").first.click()
    page.wait_for_url(f"{subpath_base}speakers/**", timeout=30000)
    assert page.evaluate("() => window.__samePage === true")
    assert not page.watch.errors and not page.watch.foreign
