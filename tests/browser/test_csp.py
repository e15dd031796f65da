"""The shipped Content-Security-Policy, in Chromium: every page of the seed site loads under
it with no violation, the theme still works under it, and it does block inline code.

The site is served the way a host that reads ``_headers`` (Netlify, Cloudflare Pages)
would serve it: the policy as an HTTP header as well as the ``<meta>`` tag in every page
(GitHub Pages), so both copies are in force at once.
"""
from __future__ import annotations

import functools
import http.server
import re
import threading
from pathlib import Path

import pytest

from tests.browser.conftest import PageWatch

VIOLATIONS = """
window.__csp = [];
document.addEventListener("securitypolicyviolation", e => window.__csp.push(
  [e.violatedDirective, e.blockedURI, (e.sample || "").slice(0, 60), e.sourceFile, e.lineNumber].join(" ")));
"""


def header_policy(site: Path) -> str:
    m = re.search(r"^\s+Content-Security-Policy:\s*(.+)$", (site / "_headers").read_text(), re.M)
    assert m, "_headers has no Content-Security-Policy"
    return m.group(1).strip()


@pytest.fixture(scope="module")
def csp_url(seed_site):
    """The seed site served with the policy of _headers as an HTTP header."""
    policy = header_policy(seed_site)

    class Handler(http.server.SimpleHTTPRequestHandler):
        def end_headers(self):
            self.send_header("Content-Security-Policy", policy)
            super().end_headers()

        def log_message(self, *args):
            pass

    httpd = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(Handler, directory=str(seed_site)))
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/"
    httpd.shutdown()


@pytest.fixture
def csp_page(browser):
    context = browser.new_context()
    page = context.new_page()
    page.add_init_script(VIOLATIONS)
    page.watch = PageWatch(page)
    yield page
    context.close()


def pages_of(site: Path) -> list[str]:
    """site-relative URLs of every page ("", "about/", "404.html", ...)."""
    rels = (p.relative_to(site).as_posix() for p in site.rglob("*.html"))
    return sorted(r.removesuffix("index.html") for r in rels)


def test_the_policy_allows_no_inline_script_and_every_page_carries_it(seed_site):
    policy = header_policy(seed_site)
    script_src = re.search(r"script-src ([^;]+)", policy).group(1).split()
    assert "'unsafe-inline'" not in script_src and "'unsafe-eval'" not in script_src
    assert all(s == "'self'" or re.fullmatch(r"'sha256-[A-Za-z0-9+/]+=*'", s) for s in script_src)
    assert "object-src 'none'" in policy and "base-uri 'self'" in policy
    for rel in pages_of(seed_site):
        html = (seed_site / (rel + "index.html" if not rel.endswith(".html") else rel)).read_text()
        meta = re.findall(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">', html)
        assert meta == [policy], rel
        # the policy comes before any script, or it would not cover it
        assert html.index("Content-Security-Policy") < html.find("<script"), rel


def test_every_page_loads_under_the_policy_with_no_violation(seed_site, csp_url, csp_page):
    urls = pages_of(seed_site)
    assert len(urls) >= 10
    found = {}
    for rel in urls:
        csp_page.goto(csp_url + rel, wait_until="load")
        # the theme's inline scripts ran: the storage scope (in <head>) and the palette
        assert csp_page.evaluate("typeof __md_get === 'function' && 'palette' in window"), rel
        violations = csp_page.evaluate("window.__csp")
        if violations:
            found[rel] = violations
    assert found == {}
    assert csp_page.watch.errors == [] and csp_page.watch.foreign == []


def test_the_theme_works_under_the_policy(seed_site, csp_url, csp_page):
    """Search (a web worker and its index), the palette toggle, instant navigation and the
    chronology's person filter all run under the policy without a violation."""
    page = csp_page
    page.goto(csp_url, wait_until="load")
    page.locator("label.md-search__icon, .md-search__input").first.click()
    box = page.locator("input.md-search__input")
    box.focus()
    for ch in "russia":
        box.press(ch)
    page.locator(".md-search-result__item").first.wait_for(timeout=30000)
    page.keyboard.press("Escape")
    scheme = page.evaluate("document.body.dataset.mdColorScheme")
    page.locator("form[data-md-component=palette] label:visible").first.click()
    page.wait_for_function("s => document.body.dataset.mdColorScheme !== s", arg=scheme, timeout=30000)
    page.locator("a.md-tabs__link, .md-nav__link").filter(has_text="Chronology").first.click()
    page.wait_for_url(re.compile(r"chronology/"), timeout=30000)
    select = page.locator("#tl-person")
    if select.count():
        page.wait_for_function("!document.querySelector('.tl-filter').hidden", timeout=30000)
        value = select.locator("option").nth(1).get_attribute("value")
        select.select_option(value)
    assert page.evaluate("window.__csp") == []
    assert page.watch.errors == [] and page.watch.foreign == []


def test_the_policy_blocks_inline_code_that_got_into_a_page(seed_site, csp_url, csp_page):
    """Were escaping ever to fail: an inline script and an event handler in the content
    do not run; the browser reports them as violations."""
    page = csp_page
    article = next(r for r in pages_of(seed_site) if r.startswith("articles/2"))

    def inject(route):
        response = route.fetch()
        body = response.text().replace(
            '<p id="p-0"', '<script>window.__ran = "script"</script>'
                           '<img src="x" onerror="window.__ran = \'handler\'"><p id="p-0"', 1)
        assert "window.__ran" in body
        route.fulfill(response=response, body=body)

    page.route(csp_url + article, inject)
    page.goto(csp_url + article, wait_until="load")
    page.wait_for_timeout(200)
    assert page.evaluate("window.__ran") is None
    directives = {v.split()[0] for v in page.evaluate("window.__csp")}
    assert {"script-src-elem", "script-src-attr"} <= directives, page.evaluate("window.__csp")
