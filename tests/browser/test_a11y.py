"""Accessibility of the built seed site (WCAG 2.2 AA), proven in headless Chromium.

- axe-core (shipped by axe-playwright-python, nothing downloaded) on the home page, an
  article, the chronology, the speaker index and a speaker page: light and dark palettes
  (chosen by prefers-color-scheme and by the palette toggle), desktop and mobile widths, and
  in interactive states (search open, drawer open, filter applied, a linked paragraph).
  No violation may remain unless it is listed in ACCEPTED with its reason, and only minor
  or moderate ones may be listed.
- Keyboard: Tab through every page at both widths; every stop shows a focus ring, is on
  screen and not under the sticky header, in document order; every link and control of the
  page content is reached. The chronology: skip to a year, arrow keys between entries, the
  person filter announcing how many entries remain. The drawer, search, palette toggle.
- Meaning without colour or layout: language, <time datetime> at its precision, entries
  as ordered lists in time order, quotations with their speaker, captions in figures.
- prefers-reduced-motion, nothing essential behind hover, no single-key shortcuts.

Keyboard walks emulate prefers-reduced-motion so that positions are read after, not during,
the theme's transitions.
"""
from __future__ import annotations

import json
import re

import pytest

from tests.browser.conftest import PageWatch

axe_sync = pytest.importorskip("axe_playwright_python.sync_playwright",
                               reason="axe-playwright-python is not installed (pip install -e .[test])")

AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]
# rule id -> why it is accepted. Only "minor" or "moderate" violations may be listed here;
# serious and critical ones always fail. Currently none is needed.
ACCEPTED: dict[str, str] = {}

DESKTOP = {"width": 1280, "height": 800}
MOBILE = {"width": 375, "height": 740}
HEADER_SLACK = 2          # px: rounding at the sticky header's edge


# ---------------------------------------------------------------- the chronology's markup (no browser)


def test_chronology_markup_for_keyboard_and_screen_readers():
    from builder.model import Article, ChronologyEvent, Collection, PersonRef, RegistrySpeaker, Source
    from builder.render.chronology import render_chronology

    art = Article(title="Leaders meet", paragraphs=["One.", "Two."], date="2021-06-28", id="leaders-meet")
    events = [
        ChronologyEvent(id="e-2001-07-aa", date="2001-07", precision="month", text="A treaty is signed",
                        people=[PersonRef("Ann Lee", "ann-lee")], sources=[Source("leaders-meet", 1)]),
        ChronologyEvent(id='e x"odd', date="2021-06-28", precision="day", text="They <meet>",
                        sources=[Source("leaders-meet", 0)]),
        ChronologyEvent(id="pub-leaders-meet", date="2021-06-28", precision="day", text="Leaders meet",
                        kind="publication", sources=[Source("leaders-meet", None)]),
    ]
    col = Collection(articles=[art], events=events,
                     speakers=[RegistrySpeaker(id="ann-lee", name="Ann Lee", articles=["leaders-meet"])])
    page = "".join(render_chronology(col))
    # a named navigation landmark with one link per year heading, in order
    nav = re.search(r'<nav class="tl-years" aria-labelledby="([^"]+)">(.*?)</nav>', page)
    assert nav and f'id="{nav.group(1)}"' in nav.group(2)
    assert re.findall(r'href="#(\d{4})"', nav.group(2)) == ["2001", "2021"]
    assert re.findall(r"^## (\d{4})$", page, re.M) == ["2001", "2021"]
    # each entry: its date links to it and is described by its text, an id safe as an IDREF
    links = re.findall(r'<a class="tl-entry-link" href="([^"]+)" aria-describedby="([^"]+)">', page)
    assert [href for href, _ in links] == ["#e-2001-07-aa", "#pub-leaders-meet", "#e%20x%22odd"]  # publications first on their day
    for _, ref in links:
        assert " " not in ref and page.count(f'id="{ref}"') == 1
    assert "They &lt;meet&gt;" in page and "<meet>" not in page
    # the filter starts hidden (shown by the script) and names its status output
    assert re.search(r'<form class="tl-filter"[^>]*hidden>', page)
    assert 'aria-describedby="tl-filter-status"' in page and '<output id="tl-filter-status"' in page


# ---------------------------------------------------------------- fixtures and helpers


@pytest.fixture(scope="session")
def site_data(seed_site):
    def load(name):
        return json.loads((seed_site / "data" / name).read_text(encoding="utf-8"))
    return {"articles": load("articles.json"), "speakers": load("speakers.json"),
            "events": load("events.json")}


@pytest.fixture(scope="session")
def pages(site_data) -> dict[str, str]:
    """The five kinds of page, each represented by its richest instance in the seeds."""
    article = max(site_data["articles"], key=lambda a: (len(a["captions"]) + (a["lead_caption"] is not None),
                                                        len(a["paragraphs"])))
    people = [s for s in site_data["speakers"] if s["kind"] == "person"] or site_data["speakers"]
    speaker = max(people, key=lambda s: (s["quote_count"], len(s["articles"])))
    return {"home": "", "article": f"articles/{article['id']}/", "chronology": "chronology/",
            "speakers": "speakers/", "speaker": f"speakers/{speaker['id']}/"}


@pytest.fixture(scope="session")
def axe():
    return axe_sync.Axe()


@pytest.fixture
def open_page(browser, base_url):
    """open_page(path, viewport=..., color_scheme=..., reduced_motion=...) -> a loaded page."""
    contexts = []

    def opener(path: str = "", viewport=DESKTOP, color_scheme="light", reduced_motion="no-preference"):
        ctx = browser.new_context(viewport=viewport, color_scheme=color_scheme, reduced_motion=reduced_motion)
        contexts.append(ctx)
        pg = ctx.new_page()
        pg.watch = PageWatch(pg)
        goto(pg, base_url + path)
        return pg

    yield opener
    for ctx in contexts:
        ctx.close()


def goto(pg, url: str) -> None:
    pg.goto(url)
    pg.wait_for_selector("html[data-tl-ready]", state="attached", timeout=30000)


def settle(pg) -> None:
    """Two animation frames: the theme reacts to focus and scroll on the next frame."""
    pg.evaluate("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")


def run_axe(axe, pg, context=None) -> list[dict]:
    # colours are judged when the theme's fades have finished, not half-way through
    pg.wait_for_function("() => document.getAnimations().every(a => a.playState !== 'running')", timeout=30000)
    options = {"runOnly": {"type": "tag", "values": AXE_TAGS}, "resultTypes": ["violations"]}
    return axe.run(pg, context=context, options=options).response["violations"]


def problems(violations: list[dict], where: str) -> list[str]:
    out = []
    for v in violations:
        if v["id"] in ACCEPTED and v["impact"] in ("minor", "moderate"):
            continue
        targets = ", ".join(str(n["target"]) for n in v["nodes"][:4])
        summary = v["nodes"][0].get("failureSummary", "").replace("\n", " ")[:300] if v["nodes"] else ""
        out.append(f"{where}: {v['id']} ({v['impact']}) x{len(v['nodes'])} at {targets}: {summary}")
    return out


def scheme(pg) -> str:
    return pg.evaluate("document.body.getAttribute('data-md-color-scheme')")


# JS: describe the focused element as the reader sees it (the theme draws the palette
# toggle's focus on the label next to its visually hidden radio button).
FOCUS_JS = """async () => {
  await new Promise(r => requestAnimationFrame(r));
  const el = document.activeElement;
  if (!el || el === document.body || el === document.documentElement) return null;
  let shown = el;
  const r0 = el.getBoundingClientRect();
  if ((r0.width < 1 || r0.height < 1) && el.nextElementSibling && el.nextElementSibling.tagName === 'LABEL')
    shown = el.nextElementSibling;
  const r = shown.getBoundingClientRect();
  const cs = getComputedStyle(shown);
  const ring = (cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 1) || cs.boxShadow !== 'none';
  const header = document.querySelector('.md-header');
  const hb = header ? header.getBoundingClientRect().bottom : 0;
  const inHeader = !!(header && header.contains(shown)) || !!shown.closest('.md-search, .md-sidebar--primary, .md-skip');
  let hit = null, unobscured = false;
  for (const rect of shown.getClientRects()) {
    if (rect.width < 1 || rect.height < 1) continue;
    const x = rect.left + rect.width / 2, y = rect.top + rect.height / 2;
    const h = document.elementFromPoint(x, y);
    hit = h ? h.tagName + '.' + (h.getAttribute('class') || '') : null;
    if (h && (h === shown || shown.contains(h) || h.contains(shown))) { unobscured = true; break; }
  }
  let index = -1;
  for (let n = el; n; n = n.previousElementSibling ? deepest(n.previousElementSibling) : n.parentElement) index++;
  function deepest(n) { while (n.lastElementChild) n = n.lastElementChild; return n; }
  return {
    index,
    desc: el.tagName + (el.id ? '#' + el.id : '') + '.' + (el.getAttribute('class') || '') + ' "' +
          (el.getAttribute('aria-label') || el.innerText || el.value || '').trim().slice(0, 40) + '"',
    box: [r.left, r.top, r.right, r.bottom], vw: innerWidth, vh: innerHeight, headerBottom: hb,
    inHeader, ring, unobscured, hit, inContent: !!el.closest('article.md-content__inner'),
    entry: el.closest('li.tl-event') ? el.closest('li.tl-event').id : null,
    described: (() => { const d = el.getAttribute('aria-describedby') && document.getElementById(el.getAttribute('aria-describedby'));
                        return d ? d.textContent.trim() : ''; })(),
  };
}"""

# every link and control of the page content that a reader can see
CONTENT_FOCUSABLES_JS = """() => {
  const all = Array.from(document.querySelectorAll('*'));
  const sel = 'a[href], button, input:not([type=hidden]), select, textarea, [tabindex]:not([tabindex="-1"])';
  return Array.from(document.querySelectorAll('article.md-content__inner ' + sel.split(', ').join(', article.md-content__inner ')))
    .filter(el => !el.disabled && el.getClientRects().length && getComputedStyle(el).visibility !== 'hidden'
                  && !el.closest('[hidden]')
                  && !(el.closest('details:not([open])') && !el.closest('summary')))   // behind a closed disclosure
    .map(el => all.indexOf(el));
}"""


def tab_walk(pg, limit: int) -> list[dict]:
    """Press Tab until focus leaves the page (or `limit` presses); describe every stop."""
    stops = []
    for _ in range(limit):
        pg.keyboard.press("Tab")
        info = pg.evaluate(FOCUS_JS)      # waits a frame for the theme to react
        if info is None:
            break
        if stop_problems(info):            # the theme may open something over a few frames
            pg.wait_for_timeout(150)
            info = pg.evaluate(FOCUS_JS) or info
        if stops and info["index"] == stops[0]["index"]:
            break                        # wrapped around
        stops.append(info)
    return stops


def stop_problems(stop: dict) -> list[str]:
    out = []
    left, top, right, bottom = stop["box"]
    if not stop["ring"]:
        out.append("no visible focus indicator")
    if right - left < 1 or bottom - top < 1:
        out.append(f"no size {stop['box']}")
    if left < -1 or top < -1 or right > stop["vw"] + 1 or bottom > stop["vh"] + 1:
        out.append(f"off screen {[round(v) for v in stop['box']]} in {stop['vw']}x{stop['vh']}")
    if not stop["inHeader"] and top < stop["headerBottom"] - HEADER_SLACK:
        out.append(f"under the sticky header (top {round(top)} < {round(stop['headerBottom'])})")
    if not stop["unobscured"]:
        out.append(f"covered by {stop['hit']}")
    return out


# ---------------------------------------------------------------- axe-core

ALL = ("home", "article", "chronology", "speakers", "speaker")
MODES = {   # mode -> browser settings and the pages checked in it
    "light": (dict(viewport=DESKTOP, color_scheme="light"), ALL),
    "dark": (dict(viewport=DESKTOP, color_scheme="dark"), ALL),
    "mobile-light": (dict(viewport=MOBILE, color_scheme="light"), ALL),
    # dark colours are the same at every width: the pages whose layout changes most
    "mobile-dark": (dict(viewport=MOBILE, color_scheme="dark"), ("article", "chronology")),
}


@pytest.mark.parametrize("mode", list(MODES))
def test_axe_finds_no_violation_on_any_kind_of_page(open_page, axe, pages, base_url, mode):
    opts, kinds = MODES[mode]
    pg = open_page("", **opts)
    found = []
    for name in kinds:
        goto(pg, base_url + pages[name])
        expected = "slate" if opts["color_scheme"] == "dark" else "default"
        assert scheme(pg) == expected, f"{name}: palette {scheme(pg)}, expected {expected}"
        found += problems(run_axe(axe, pg), f"{mode} {name}")
    assert not found, "\n".join(found)
    assert not pg.watch.errors, pg.watch.errors


def test_axe_after_switching_palette_with_the_toggle(open_page, axe, pages, base_url):
    """The dark palette chosen with the header toggle (by keyboard) sticks on every kind of
    page and passes on the chronology (the other pages are checked in dark mode above)."""
    pg = open_page("", color_scheme="light")
    assert scheme(pg) == "default"
    pg.evaluate("() => Array.from(document.querySelectorAll('input.md-option')).find(i => !i.nextElementSibling.hidden).focus()")
    pg.keyboard.press("Enter")
    pg.wait_for_function("() => document.body.getAttribute('data-md-color-scheme') === 'slate'", timeout=30000)
    for name, path in pages.items():
        goto(pg, base_url + path)
        assert scheme(pg) == "slate", f"{name}: the chosen palette did not stick"
    goto(pg, base_url + pages["chronology"])
    found = problems(run_axe(axe, pg), "toggled-dark chronology")
    assert not found, "\n".join(found)


@pytest.mark.parametrize("color_scheme", ["light", "dark"])
def test_axe_in_interactive_states(open_page, axe, pages, base_url, site_data, color_scheme):
    found = []
    # a linked paragraph (highlighted by :target)
    article = next(a for a in site_data["articles"] if f"articles/{a['id']}/" == pages["article"])
    pg = open_page(f"{pages['article']}#p-{len(article['paragraphs']) // 2}", color_scheme=color_scheme)
    found += problems(run_axe(axe, pg), "linked paragraph")
    # the chronology filtered to one person
    goto(pg, base_url + pages["chronology"])
    person = pg.locator("#tl-person option").nth(1).get_attribute("value")
    pg.select_option("#tl-person", person)
    found += problems(run_axe(axe, pg), "filtered chronology")
    # search open with results
    word = max(re.findall(r"[A-Za-z]{6,}", article["title"]), key=len)
    pg.focus("input.md-search__input")
    pg.keyboard.type(word.lower())
    pg.locator(".md-search-result__item").first.wait_for(timeout=30000)
    found += problems(run_axe(axe, pg), "search results")
    # the navigation drawer open (narrow screen)
    mob = open_page(pages["article"], viewport=MOBILE, color_scheme=color_scheme)
    mob.focus(".md-header .tl-label-button")
    mob.keyboard.press("Enter")
    mob.wait_for_function("() => document.getElementById('__drawer').checked")
    found += problems(run_axe(axe, mob), "drawer open")
    assert not found, "\n".join(found)


# ---------------------------------------------------------------- keyboard: every page


# every kind of page at desktop width; at mobile width the pages whose layout changes most
# (the header, drawer and search are the same on every page)
WALKS = [(kind, "desktop") for kind in ALL] + [(kind, "mobile") for kind in ("home", "article", "chronology")]


@pytest.mark.parametrize("kind,viewport", WALKS, ids=[f"{k}-{v}" for k, v in WALKS])
def test_tab_reaches_everything_in_order_with_visible_focus_on_screen(open_page, pages, kind, viewport):
    pg = open_page(pages[kind], viewport=DESKTOP if viewport == "desktop" else MOBILE,
                   reduced_motion="reduce")
    assert pg.evaluate("document.querySelectorAll('[tabindex]:not([tabindex=\"0\"]):not([tabindex=\"-1\"])').length") == 0, \
        "a positive tabindex breaks the reading order"
    expected = pg.evaluate(CONTENT_FOCUSABLES_JS)
    stops = tab_walk(pg, limit=len(expected) + 80)
    bad = [f"{s['desc']}: {'; '.join(p)}" for s in stops if (p := stop_problems(s))]
    assert not bad, "\n".join(bad)
    order = [s["index"] for s in stops]
    assert order == sorted(order), "focus order differs from reading order: " + \
        " -> ".join(s["desc"] for s in stops)
    reached = {s["index"] for s in stops}
    missed = [i for i in expected if i not in reached]
    assert not missed, f"{len(missed)} of {len(expected)} content links/controls never got focus"
    assert stops[0]["desc"].startswith("A.md-skip"), "the first Tab stop is the skip link"
    assert not pg.watch.errors, pg.watch.errors


def test_skip_link_moves_focus_to_the_content(open_page, pages):
    pg = open_page(pages["article"], reduced_motion="reduce")
    pg.evaluate(FOCUS_LOG_JS)
    pg.keyboard.press("Tab")
    skip = pg.evaluate(FOCUS_JS)
    assert skip and "Skip to content" in skip["desc"] and not stop_problems(skip), skip
    follow_in_page_link(pg)
    pg.keyboard.press("Tab")
    settle(pg)
    after = pg.evaluate(FOCUS_JS)
    assert after and after["inContent"], f"after the skip link, Tab went to {after and after['desc']}: {focus_log(pg)}"
    assert not stop_problems(after)


# ---------------------------------------------------------------- keyboard: the chronology


FOCUS_LOG_JS = """() => { if (window.__tlFocusLog) return; window.__tlFocusLog = [];
  const t0 = performance.now(), log = window.__tlFocusLog;
  const d = e => e && e.tagName ? e.tagName + '.' + (e.getAttribute('class') || '').split(' ')[0] : String(e);
  document.addEventListener('focusin', e => log.push(['in', Math.round(performance.now() - t0), d(e.target)]), true);
  document.addEventListener('focusout', e => log.push(['out', Math.round(performance.now() - t0), d(e.target)]), true);
  window.addEventListener('hashchange', () => log.push(['hash', Math.round(performance.now() - t0), location.hash]));
}"""


def focus_log(pg) -> list:
    """What focus did since FOCUS_LOG_JS was installed (for failure messages)."""
    return pg.evaluate("() => window.__tlFocusLog || []")


def follow_in_page_link(pg) -> None:
    """Press Enter on the focused link to a heading of the page: focus lands on the heading
    (so a screen reader announces it and Tab continues from there)."""
    target = pg.evaluate("() => decodeURIComponent(document.activeElement.hash.slice(1))")
    pg.keyboard.press("Enter")
    pg.wait_for_function("id => document.activeElement.id === id && location.hash !== ''", arg=target, timeout=30000)
    settle(pg)
    stop = pg.evaluate(FOCUS_JS)
    assert stop and not stop_problems(stop), (stop, stop and stop_problems(stop))


def _tab_to(pg, selector: str, limit: int = 200, hash: str | None = None) -> None:
    """Press Tab until the focused element matches `selector` (and links to `hash`)."""
    for _ in range(limit):
        pg.keyboard.press("Tab")
        if pg.evaluate("([s, h]) => document.activeElement.matches(s) && (!h || document.activeElement.hash === h)",
                       [selector, hash]):
            settle(pg)
            return
    raise AssertionError(f"Tab never reached {selector} {hash or ''}")


@pytest.mark.parametrize("viewport", ["desktop", "mobile"])
def test_chronology_skip_to_a_year_by_keyboard(open_page, pages, viewport):
    pg = open_page(pages["chronology"], viewport=DESKTOP if viewport == "desktop" else MOBILE,
                   reduced_motion="reduce")
    nav = pg.locator("nav.tl-years")
    assert nav.count() == 1
    assert "year" in pg.evaluate("""() => { const n = document.querySelector('nav.tl-years');
        return document.getElementById(n.getAttribute('aria-labelledby')).textContent.toLowerCase(); }""")
    years = pg.locator("article h2").evaluate_all("hs => hs.map(h => [h.id, h.textContent.replace('¶', '').trim()])")
    links = nav.locator("a").evaluate_all("as => as.map(a => [a.hash, a.textContent.trim()])")
    assert links == [["#" + i, t] for i, t in years], "one link per year heading, in order"
    target_id = years[-1][0] if len(years) < 3 else years[len(years) // 2][0]
    _tab_to(pg, "nav.tl-years a", hash="#" + target_id)
    pg.evaluate(FOCUS_LOG_JS)
    stop = pg.evaluate(FOCUS_JS)
    assert not stop_problems(stop), stop_problems(stop)
    follow_in_page_link(pg)
    top = pg.evaluate("id => document.getElementById(id).getBoundingClientRect().top", target_id)
    header = pg.evaluate("document.querySelector('.md-header').getBoundingClientRect().bottom")
    assert header - HEADER_SLACK <= top < pg.viewport_size["height"] / 2, "the year heading is in view, below the header"
    # the next Tab continues from the year: its first entry (perhaps after the heading's ¶ link)
    first_entry = pg.evaluate("""id => { let el = document.getElementById(id);
        while (el && !(el.matches('ol.tl-events'))) el = el.nextElementSibling;
        return el.querySelector('a.tl-entry-link').hash; }""", target_id)
    for _ in range(3):
        pg.keyboard.press("Tab")
        settle(pg)
        if pg.evaluate("document.activeElement.matches('a.tl-entry-link')"):
            break
    assert pg.evaluate("document.activeElement.hash") == first_entry, focus_log(pg)
    assert not stop_problems(pg.evaluate(FOCUS_JS))


@pytest.mark.parametrize("viewport", ["desktop", "mobile"])
def test_chronology_arrow_keys_move_entry_to_entry_on_screen(open_page, pages, viewport):
    pg = open_page(pages["chronology"], viewport=DESKTOP if viewport == "desktop" else MOBILE,
                   reduced_motion="reduce")
    assert pg.locator(".tl-keys").is_visible(), "the keys are explained on the page"
    ids = pg.locator("li.tl-event").evaluate_all("ls => ls.map(l => l.id)")
    assert len(ids) >= 3
    _tab_to(pg, "a.tl-entry-link")
    seen = []
    for n in range(len(ids)):
        info = pg.evaluate(FOCUS_JS)      # waits a frame
        assert not stop_problems(info), (n, info["desc"], stop_problems(info))
        seen.append(info["entry"])
        # a screen reader hears the date, then what happened
        assert info["described"], f"entry {seen[-1]} has no description"
        if n < len(ids) - 1:
            pg.keyboard.press("ArrowDown")
    assert seen == ids, "Down arrow visits every entry in order"
    pg.keyboard.press("ArrowDown")            # at the end: stays
    assert pg.evaluate("document.activeElement.closest('li.tl-event').id") == ids[-1]
    pg.keyboard.press("ArrowUp")
    settle(pg)
    assert pg.evaluate("document.activeElement.closest('li.tl-event').id") == ids[-2]
    assert not stop_problems(pg.evaluate(FOCUS_JS))
    pg.keyboard.press("Home")
    settle(pg)
    assert pg.evaluate("document.activeElement.closest('li.tl-event').id") == ids[0]
    assert not stop_problems(pg.evaluate(FOCUS_JS))
    pg.keyboard.press("End")
    settle(pg)
    assert pg.evaluate("document.activeElement.closest('li.tl-event').id") == ids[-1]
    assert not stop_problems(pg.evaluate(FOCUS_JS))
    # from another link inside an entry (a source), Down goes to the next entry's date
    src = pg.locator("li.tl-event:not(.tl-publication) .tl-event-sources a").first
    src_entry = src.evaluate("a => a.closest('li.tl-event').id")
    src.focus()
    pg.keyboard.press("ArrowDown")
    settle(pg)
    assert pg.evaluate("document.activeElement.closest('li.tl-event').id") == ids[ids.index(src_entry) + 1]
    assert pg.evaluate("document.activeElement.matches('a.tl-entry-link')")


def test_chronology_filter_by_keyboard_announces_what_remains(open_page, pages, site_data):
    pg = open_page(pages["chronology"], reduced_motion="reduce")
    select = pg.locator("form.tl-filter select")
    assert pg.locator("form.tl-filter").is_visible(), "the script shows the filter"
    status = pg.locator("form.tl-filter output")
    assert status.get_attribute("aria-live") == "polite"
    assert pg.evaluate("document.querySelector('label[for=tl-person]').textContent.trim()"), "the select has a label"
    total = pg.locator("li.tl-event").count()
    _tab_to(pg, "form.tl-filter select")
    assert not stop_problems(pg.evaluate(FOCUS_JS))
    pg.keyboard.press("ArrowDown")             # a closed select changes value with the arrows
    who = select.input_value()
    assert who, "Down arrow picked the first person"
    pg.wait_for_function("() => document.querySelector('form.tl-filter output').textContent !== ''")
    expected = [e for e in pg.locator("li.tl-event").evaluate_all(
        "ls => ls.map(l => l.getAttribute('data-people').split('|'))") if who in e]
    shown = pg.locator("li.tl-event:visible").count()
    assert shown == len(expected) > 0
    assert status.inner_text() == f"Showing {shown} of {total} entries: those involving {who}."
    assert shown == sum(1 for e in site_data["events"] if who in e["people"]), "the data agree"
    # no heading stands over an empty year or month; the year links follow
    empty = pg.evaluate("""() => Array.from(document.querySelectorAll('article h2, article h3.tl-month'))
        .filter(h => !h.hidden).filter(h => {
            const stop = h.tagName === 'H2' ? /^H2$/ : /^H[23]$/;
            for (let el = h.nextElementSibling; el && !stop.test(el.tagName); el = el.nextElementSibling)
                if (el.matches('ol.tl-events') && !el.hidden && el.querySelector('li.tl-event:not([hidden])')) return false;
            return true; }).map(h => h.textContent)""")
    assert not empty, f"headings left over no entries: {empty}"
    visible_years = pg.locator("article h2:visible").evaluate_all("hs => hs.map(h => '#' + h.id)")
    year_links = pg.locator("nav.tl-years a:visible").evaluate_all("as => as.map(a => a.hash)")
    assert year_links == visible_years
    # arrow keys now skip the hidden entries
    _tab_to(pg, "a.tl-entry-link")
    visible_ids = pg.locator("li.tl-event:visible").evaluate_all("ls => ls.map(l => l.id)")
    seen = [pg.evaluate("document.activeElement.closest('li').id")]
    for _ in range(len(visible_ids) - 1):
        pg.keyboard.press("ArrowDown")
        seen.append(pg.evaluate("document.activeElement.closest('li').id"))
    assert seen == visible_ids
    # back to everyone
    select.focus()
    pg.keyboard.press("Home")
    pg.wait_for_function("() => document.querySelector('form.tl-filter output').textContent.startsWith('Showing all')")
    assert status.inner_text() == f"Showing all {total} entries."
    assert pg.locator("li.tl-event:visible").count() == total
    assert not pg.watch.errors, pg.watch.errors


def test_chronology_filter_survives_the_back_button(open_page, pages, base_url):
    """The browser may restore the chosen person when the reader comes back: the list agrees."""
    pg = open_page(pages["chronology"], reduced_motion="reduce")
    who = pg.locator("#tl-person option").nth(1).get_attribute("value")
    pg.select_option("#tl-person", who)
    shown = pg.locator("li.tl-event:visible").count()
    goto(pg, base_url + pages["speakers"])
    pg.go_back()
    pg.wait_for_selector("html[data-tl-ready]", state="attached")
    value = pg.input_value("#tl-person")
    expected = shown if value == who else pg.locator("li.tl-event").count()
    assert pg.locator("li.tl-event:visible").count() == expected, f"select says {value!r}"


# ---------------------------------------------------------------- keyboard: theme controls


def test_drawer_opens_closes_and_keeps_focus_on_screen(open_page, pages):
    pg = open_page(pages["chronology"], viewport=MOBILE, reduced_motion="reduce")
    in_drawer = "document.querySelector('.md-sidebar--primary').contains(document.activeElement)"
    _tab_to(pg, ".md-header .tl-label-button")
    button = pg.locator(".md-header .tl-label-button")
    assert button.get_attribute("role") == "button" and button.get_attribute("aria-expanded") == "false"
    assert pg.evaluate("document.activeElement.getAttribute('aria-label')") == "Site navigation"
    assert not stop_problems(pg.evaluate(FOCUS_JS))
    # Enter opens it and moves focus in; Escape closes it and brings focus back
    pg.keyboard.press("Enter")
    settle(pg)
    assert button.get_attribute("aria-expanded") == "true"
    assert pg.evaluate(in_drawer), "focus moves into the opened drawer"
    pg.keyboard.press("Escape")
    settle(pg)
    assert button.get_attribute("aria-expanded") == "false"
    assert pg.evaluate("document.activeElement.getAttribute('aria-label')") == "Site navigation"
    # every stop inside is on screen; tabbing out of the drawer closes it
    pg.keyboard.press(" ")
    settle(pg)
    stops = [pg.evaluate(FOCUS_JS)]
    for _ in range(40):
        pg.keyboard.press("Tab")
        settle(pg)
        if not pg.evaluate(in_drawer):
            break
        stops.append(pg.evaluate(FOCUS_JS))
    bad = [f"{s['desc']}: {'; '.join(p)}" for s in stops if (p := stop_problems(s))]
    assert not bad, "\n".join(bad)
    assert len(stops) >= 3, "the drawer's links are reachable"
    assert button.get_attribute("aria-expanded") == "false", "leaving the drawer closes it"
    after = pg.evaluate(FOCUS_JS)
    assert after and not stop_problems(after), after
    # the page's table of contents opens as a panel from its own button
    button.focus()
    pg.keyboard.press("Enter")
    settle(pg)
    opener = pg.locator(".md-nav--primary label.md-nav__link[for='__toc'] > .tl-label-button")
    assert opener.count() == 1 and opener.is_visible()
    _tab_to(pg, ".md-nav--primary label.md-nav__link[for='__toc'] > .tl-label-button", limit=20)
    assert opener.get_attribute("aria-expanded") == "false"
    pg.keyboard.press("Enter")
    settle(pg)
    assert opener.get_attribute("aria-expanded") == "true"
    first = pg.evaluate(FOCUS_JS)
    assert not stop_problems(first), (first["desc"], stop_problems(first))
    assert pg.evaluate("document.activeElement.closest('.md-nav--secondary') !== null"), first["desc"]
    pg.keyboard.press("Escape")
    settle(pg)
    assert opener.get_attribute("aria-expanded") == "false"
    assert pg.evaluate("document.activeElement.closest('label[for=\"__toc\"]') !== null")
    assert pg.evaluate(in_drawer), "Escape in a panel closes the panel, not the drawer"


@pytest.mark.parametrize("viewport", ["desktop", "mobile"])
def test_search_by_keyboard(open_page, pages, site_data, viewport):
    pg = open_page(pages["home"], viewport=DESKTOP if viewport == "desktop" else MOBILE,
                   reduced_motion="reduce")
    _tab_to(pg, "input.md-search__input")
    assert not stop_problems(pg.evaluate(FOCUS_JS))
    title = site_data["articles"][0]["title"]
    word = max(re.findall(r"[A-Za-z]{6,}", title), key=len).lower()
    pg.keyboard.type(word)
    pg.locator(".md-search-result__item").first.wait_for(timeout=30000)
    pg.wait_for_function("() => /\\d/.test(document.querySelector('.md-search-result__meta').textContent)")
    pg.wait_for_timeout(200)                  # the theme renders results in more than one pass
    pg.keyboard.press("ArrowDown")
    settle(pg)
    first = pg.evaluate(FOCUS_JS)
    assert first and "md-search-result__link" in first["desc"], first
    assert not stop_problems(first), stop_problems(first)
    pg.keyboard.press("Escape")
    settle(pg)
    assert not pg.evaluate("document.getElementById('__search').checked"), "Escape closes the search"


def test_palette_toggle_by_keyboard(open_page, pages):
    pg = open_page(pages["home"], reduced_motion="reduce")
    _tab_to(pg, "input.md-option")
    stop = pg.evaluate(FOCUS_JS)
    assert not stop_problems(stop), stop_problems(stop)
    name = pg.evaluate("document.activeElement.getAttribute('aria-label')")
    assert name and "dark" in name.lower()
    pg.keyboard.press("Enter")
    pg.wait_for_function("() => document.body.getAttribute('data-md-color-scheme') === 'slate'", timeout=30000)
    assert "light" in pg.evaluate("document.activeElement.getAttribute('aria-label')").lower()
    assert not stop_problems(pg.evaluate(FOCUS_JS))


def test_no_single_character_shortcuts(open_page, pages, base_url):
    """WCAG 2.1.4: bare letters do nothing unless typed into a field."""
    pg = open_page(pages["article"], reduced_motion="reduce")
    url = pg.url
    for key in ("s", "f", "/", "n", "."):
        pg.keyboard.press(key)
    settle(pg)
    assert pg.url == url, "a letter turned the page"
    assert not pg.evaluate("document.activeElement.matches('input.md-search__input')"), "a letter opened the search"
    pg.focus("input.md-search__input")
    pg.keyboard.type("sn")
    assert pg.input_value("input.md-search__input") == "sn", "typing in the search box still works"


# ---------------------------------------------------------------- meaning without colour or layout

TIME_TEXT = {
    4: re.compile(r"^\d{4}$"),
    7: re.compile(r"^(January|February|March|April|May|June|July|August|September|October|November|December) \d{4}$"),
    10: re.compile(r"^(?:week of )?\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}$"),
}


def test_language_dates_landmarks_on_every_kind_of_page(open_page, pages, base_url):
    pg = open_page("")
    for name, path in pages.items():
        goto(pg, base_url + path)
        assert pg.evaluate("document.documentElement.lang") == "en", name
        times = pg.locator("article time").evaluate_all(
            "ts => ts.map(t => [t.getAttribute('datetime'), t.textContent.trim()])")
        for value, text in times:
            assert value and len(value) in TIME_TEXT, (name, value)
            assert TIME_TEXT[len(value)].match(text), (name, value, text)
            assert value[:4] in text, (name, value, text)
        assert pg.locator("main").count() == 1, name
        assert pg.locator("h1").count() == 1, name
        unnamed = pg.evaluate("""() => Array.from(document.querySelectorAll('nav'))
            .filter(n => !n.getAttribute('aria-label') && !n.getAttribute('aria-labelledby')).length""")
        assert unnamed == 0, f"{name}: a navigation landmark has no name"


def test_chronology_entries_are_ordered_lists_in_time_order(open_page, pages, site_data):
    pg = open_page(pages["chronology"])
    rows = pg.evaluate("""() => Array.from(document.querySelectorAll('li.tl-event')).map(li => ({
        id: li.id, parent: li.parentElement.tagName, date: li.querySelector('time').getAttribute('datetime'),
        year: (() => { let el = li.parentElement; while (el && el.tagName !== 'H2') el = el.previousElementSibling;
                       return el ? el.id : null; })() }))""")
    assert rows and all(r["parent"] == "OL" for r in rows)
    # happenings by year; background (states and trends) in a strand of its own after them
    background = {e["id"] for e in site_data["events"] if e["kind"] == "background"}
    happenings = [r for r in rows if r["id"] not in background]
    strand = [r for r in rows if r["id"] in background]
    assert rows == happenings + strand, "the background strand comes after the years"
    for part in (happenings, strand):
        dates = [r["date"] for r in part]
        assert dates == sorted(dates), "entries are in time order"
    assert all(r["year"] == r["date"][:4] for r in happenings), "each entry sits under its year heading"
    assert all(r["year"] == "background" for r in strand), "background sits under its own heading"
    assert {r["id"] for r in rows if not r["id"].startswith("pub-")} == {e["id"] for e in site_data["events"]}
    months = pg.evaluate("""() => Array.from(document.querySelectorAll('h3.tl-month')).map(h => {
        const ol = h.nextElementSibling; return [h.id, Array.from(ol.querySelectorAll('time')).map(t => t.getAttribute('datetime'))]; })""")
    for mid, values in months:
        assert values and all(v.startswith(mid[2:]) for v in values), (mid, values)


def test_quotes_and_captions_carry_their_meaning(open_page, pages, site_data):
    pg = open_page(pages["article"])
    quotes = pg.locator("q.tl-quote").evaluate_all("qs => qs.map(q => q.getAttribute('title'))")
    assert quotes and all(t and t.strip() for t in quotes), "every quotation names its speaker"
    figures = pg.evaluate("""() => Array.from(document.querySelectorAll('figure.tl-caption, figure.tl-lead-caption'))
        .map(f => [f.getAttribute('role'), f.querySelector(':scope > figcaption') ? f.querySelector(':scope > figcaption').textContent.trim() : ''])""")
    article = next(a for a in site_data["articles"] if f"articles/{a['id']}/" == pages["article"])
    assert len(figures) == len(article["captions"]) + (article["lead_caption"] is not None)
    assert all(role is None and text for role, text in figures), "captions are figcaptions of their figure"
    goto(pg, pg.url.split("/articles/")[0] + "/" + pages["speaker"])
    blocks = pg.evaluate("""() => Array.from(document.querySelectorAll('figure.tl-quote-block')).map(f => [
        !!f.querySelector(':scope > blockquote'), (f.querySelector(':scope > figcaption') || {}).textContent || ''])""")
    assert blocks and all(has_q and cap.strip().startswith("—") for has_q, cap in blocks), \
        "each quote is a blockquote captioned with its speaker"


def test_pages_reflow_at_320_css_pixels(open_page, pages, base_url):
    """WCAG 1.4.10: at 320 px wide (1280 px at 400% zoom) nothing needs sideways scrolling
    (tables may scroll inside their own box, which the theme provides)."""
    pg = open_page("", viewport={"width": 320, "height": 640})
    wide = []
    for name, path in pages.items():
        goto(pg, base_url + path)
        # the theme clips sideways overflow (html overflow-x: hidden), so look for content
        # that sticks out rather than for a scroll bar
        culprits = pg.evaluate("""() => Array.from(document.querySelectorAll('main *'))
            .filter(e => e.getClientRects().length && !e.closest('.md-typeset__scrollwrap, .md-sidebar'))
            .filter(e => { const r = e.getBoundingClientRect(); return r.width > 0 && (r.right > innerWidth + 1 || r.left < -1); })
            .slice(0, 3).map(e => e.tagName + '.' + e.className)""")
        if culprits:
            wide.append(f"{name}: {culprits}")
    assert not wide, wide


# ---------------------------------------------------------------- contrast of states axe does not see

CONTRAST_JS = """el => {
  const rgb = s => (s.match(/[\\d.]+/g) || []).map(Number);
  const lum = ([r, g, b]) => [r, g, b].map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; })
      .reduce((s, v, i) => s + v * [0.2126, 0.7152, 0.0722][i], 0);
  let bg = null;
  for (let n = el; n && !bg; n = n.parentElement) {
    const c = rgb(getComputedStyle(n).backgroundColor);
    if (c.length === 3 || (c.length === 4 && c[3] === 1)) bg = c.slice(0, 3);
  }
  bg = bg || [255, 255, 255];
  const fg = rgb(getComputedStyle(el).color).slice(0, 3);
  const [a, b] = [lum(fg), lum(bg)].sort((x, y) => y - x);
  return (a + 0.05) / (b + 0.05);
}"""


@pytest.mark.parametrize("color_scheme", ["light", "dark"])
def test_links_keep_their_contrast_under_focus_and_pointer(open_page, pages, color_scheme):
    """The theme recolours a link under focus or the pointer; that colour must read too."""
    pg = open_page(pages["article"], color_scheme=color_scheme, reduced_motion="reduce")
    low = []
    for sel in ("article p.tl-para a", "article li a", ".md-sidebar--secondary a.md-nav__link", ".md-tabs__link"):
        link = pg.locator(sel).first
        if not link.count():
            continue
        link.focus()
        settle(pg)
        focused = link.evaluate(CONTRAST_JS)
        link.hover()
        settle(pg)
        hovered = link.evaluate(CONTRAST_JS)
        if min(focused, hovered) < 4.5:
            low.append(f"{sel}: focus {focused:.2f}, hover {hovered:.2f}")
        pg.mouse.move(0, pg.viewport_size["height"] - 1)
    assert not low, low


# ---------------------------------------------------------------- motion and hover


def test_reduced_motion_stops_transitions_and_smooth_scrolling(open_page, pages):
    probe = """() => ({
        tabs: getComputedStyle(document.querySelector('.md-tabs__link')).transitionDuration,
        sidebar: getComputedStyle(document.querySelector('.md-sidebar--primary')).transitionDuration,
        scroll: getComputedStyle(document.documentElement).scrollBehavior,
        smooth: (() => { const d = document.createElement('div');
            d.style.cssText = 'width:100px;height:50px;overflow:auto;scroll-behavior:auto';
            d.innerHTML = '<div style="width:1000px;height:10px"></div>'; document.body.appendChild(d);
            d.scrollTo({left: 300, behavior: 'smooth'}); const now = d.scrollLeft; d.remove(); return now; })(),
    })"""
    moving = open_page(pages["home"])
    normal = moving.evaluate(probe)
    assert normal["tabs"] != "0s", "the theme animates by default (else this test proves nothing)"
    still = open_page(pages["home"], reduced_motion="reduce").evaluate(probe)
    assert still["tabs"] == "0s" and still["sidebar"] == "0s"
    assert still["scroll"] == "auto"
    assert still["smooth"] == 300, "script-driven smooth scrolling jumps at once"


def test_paragraph_links_visible_without_hover(open_page, pages):
    pg = open_page(pages["article"], reduced_motion="reduce")
    anchors = pg.locator("a.tl-anchor")
    assert anchors.count() > 0
    style = anchors.first.evaluate("a => { const s = getComputedStyle(a); return [s.opacity, s.visibility]; }")
    assert style == ["1", "visible"], "the ¶ links show without hovering"
    assert anchors.first.get_attribute("aria-label"), "the ¶ link says what it links to"
    # heading permalinks appear when focused
    pg.locator("article h2 a.headerlink").first.focus()
    assert pg.locator("article h2 a.headerlink").first.evaluate("a => getComputedStyle(a).opacity") == "1"
