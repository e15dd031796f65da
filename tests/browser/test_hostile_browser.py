"""The hostile corpus's site in Chromium: markup from article text never runs.

The site built from tests/hostile/ (the `page` cases of cases.yml): the pages of the cases
that carry markup, and every page that is not an article's, are opened with
alert/confirm/prompt and every way of running code watched: no dialog, no console
error, no script error, no request to another host, no Content-Security-Policy violation
(an escaping failure that produced an inline script would be blocked and reported), no
element carrying an event handler, and the hostile text is visible as text.
"""
from __future__ import annotations

import pytest

from tests.hostile.corpus import cases, shared_hostile_site
from tests.hostile.scan import norm

WATCH = """
window.__ran = [];
for (const name of ["alert", "confirm", "prompt", "print", "open"]) {
  const real = window[name];
  window[name] = function (...args) { window.__ran.push(name + ":" + args.join(",")); };
}
document.addEventListener("securitypolicyviolation",
  e => window.__ran.push("csp:" + e.violatedDirective + " " + e.blockedURI + " " + (e.sample || "")));
"""

# what could run, found in the live DOM (after the theme's scripts ran)
DOM_CHECK = """() => {
  const found = [];
  for (const el of document.querySelectorAll("*")) {
    for (const a of el.attributes) {
      if (a.name.startsWith("on")) found.push(el.tagName + " " + a.name);
      const v = a.value.replace(/[\\x00-\\x20]+/g, "").toLowerCase();
      if (["href", "src", "action", "formaction", "data", "srcdoc"].includes(a.name)
          && /^(javascript|data|vbscript):/.test(v)) found.push(el.tagName + " " + a.name + "=" + v);
    }
  }
  for (const el of document.querySelectorAll(
      "article script, article iframe, article img, article svg:not(.tl-spark), article .tl-spark :not(rect), "
      + "article object, article embed"))
    found.push("in content: " + el.tagName);
  return found;
}"""


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory):
    return shared_hostile_site(tmp_path_factory)


@pytest.fixture(scope="module")
def hostile_url(hostile_site, serve_dir):
    return serve_dir(hostile_site.project / "site")


@pytest.fixture(scope="module")
def visited(hostile_site, hostile_url, browser):
    """The pages, each opened once: url -> (text of the content, what ran)."""
    from tests.browser.conftest import PageWatch

    site = hostile_site.project / "site"
    # where hostile text lands: the pages of the script cases, and every generated page
    # that is not an article's (home, indexes, chronology, speakers)
    others = {"" if p.parent == site else p.parent.relative_to(site).as_posix() + "/"
              for p in site.rglob("index.html")
              if p.parent.parent.name != "articles" and p.parent.name not in ("about", "editing")}
    urls = sorted(others | {hostile_site.pages[c.id] for c in SCRIPT_CASES if c.id in hostile_site.pages})
    context = browser.new_context()
    page = context.new_page()
    page.add_init_script(WATCH)
    watch = PageWatch(page)
    out = {}
    for url in urls:
        before = (len(watch.errors), len(watch.dialogs), len(watch.foreign))
        page.goto(hostile_url + url, wait_until="load")
        ran = page.evaluate("window.__ran") + page.evaluate(DOM_CHECK)
        ran += watch.errors[before[0]:] + watch.dialogs[before[1]:] + watch.foreign[before[2]:]
        # as rendered (innerText): CSS may change case (the topic label is in capitals)
        out[url] = (norm(page.locator("article").first.inner_text()).casefold(), ran)
    context.close()
    return out


def test_no_page_runs_anything(visited):
    assert len(visited) > 10
    assert {url: ran for url, (text, ran) in visited.items() if ran} == {}


SCRIPT_CASES = [c for c in cases(expect="page") if any("<" in s for s in c.shows)]


@pytest.mark.parametrize("case", SCRIPT_CASES, ids=lambda c: c.id)
def test_the_hostile_text_is_visible(hostile_site, visited, case):
    if case.as_ in ("article", "raw"):
        texts = [visited[hostile_site.pages[case.id]][0]]
    else:
        texts = [text for text, _ in visited.values()]
    for shown in case.shows:
        assert any(norm(shown).casefold() in t for t in texts), shown
