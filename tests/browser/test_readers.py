"""What a reader does on the seed site (issues 14 and 18), in headless Chromium.

Search lands on the matching paragraph and on a chronology entry; the speaker index reads
as one table with letter headings and a jump bar, sorts with JavaScript and reads without
it; the chronology opens with its overview chart, keeps the background apart and shows
each entry's source sentence one click away. Expected values come from the site's own
data files (data/*.json), never from names written here.
"""
from __future__ import annotations

import json
import re
import unicodedata

import pytest

from tests.browser.conftest import PageWatch


@pytest.fixture(scope="module")
def data(seed_site):
    def load(name):
        return json.loads((seed_site / "data" / name).read_text(encoding="utf-8"))
    return {"articles": load("articles.json"), "speakers": load("speakers.json"),
            "events": load("events.json")}


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()


def _words(text: str) -> list[str]:
    return [_fold(w) for w in re.findall(r"[^\W\d_]{8,}", text)]


def _site_text(data) -> list[tuple[str, str]]:
    """(where, text) for every piece of text search indexes."""
    out = []
    for a in data["articles"]:
        out += [(f"a:{a['id']}:{n}", p) for n, p in enumerate(a["paragraphs"])]
        out += [(f"a:{a['id']}:title", a["title"])] + [(f"a:{a['id']}:x", s) for s in a["standfirst"]]
        out += [(f"a:{a['id']}:x", c["text"]) for c in a["captions"] + ([a["lead_caption"]] if a["lead_caption"] else [])]
    for e in data["events"]:
        out.append((f"e:{e['id']}", " ".join([e["text"], e["sentence"] or "", *e["people"]]
                                             + [s["sentence"] or "" for s in e["sources"]])))
    for s in data["speakers"]:
        out.append((f"s:{s['id']}", " ".join([s["name"], *s["aliases"]] + [r["role"] for r in s["roles"]])))
    return out


def _search(page, base_url, query: str):
    page.goto(base_url)
    page.wait_for_selector("html[data-tl-ready]", state="attached", timeout=30000)
    page.locator("label.md-search__icon, .md-search__input").first.click()
    box = page.locator("input.md-search__input")
    box.focus()
    page.keyboard.type(query + " ")          # a finished word: passages are fetched
    page.locator(".md-search-result__item").first.wait_for(timeout=30000)


def _result_link(page, pattern: str):
    """The first result link whose address matches ``pattern`` (waits for it)."""
    page.wait_for_function(
        "re => Array.from(document.querySelectorAll('.md-search-result__link'))"
        ".some(a => new RegExp(re).test(a.getAttribute('href')))", arg=pattern, timeout=30000)
    links = page.locator(".md-search-result__link")
    for i in range(links.count()):
        if re.search(pattern, links.nth(i).get_attribute("href")):
            return links.nth(i)
    raise AssertionError(pattern)


def _on_screen(page, selector: str, timeout: float = 30000) -> None:
    page.wait_for_function(
        "sel => { const el = document.querySelector(sel); if (!el) return false;"
        " const r = el.getBoundingClientRect(); return r.top >= 0 && r.top < window.innerHeight; }",
        arg=selector, timeout=timeout)


# ---------------------------------------------------------------- search (18.1, 14.5)


def test_search_lands_on_the_matching_paragraph_highlighted(page, base_url, data):
    """A word found in one paragraph of one article only (not its first): the result points
    at that paragraph (#p-N), shows the word highlighted, and following it lands there."""
    texts = _site_text(data)
    seen: dict[str, set[str]] = {}
    for where, text in texts:
        for w in _words(text):
            seen.setdefault(w, set()).add(where)
    target = next(((w, where) for w, places in seen.items() if len(places) == 1
                   for where in places if re.fullmatch(r"a:.+:[1-9]\d*", where)), None)
    if target is None:
        pytest.skip("no word of the seeds stands in one paragraph only")
    word, where = target
    _, article, n = where.split(":")
    _search(page, base_url, word)
    link = _result_link(page, rf"articles/{re.escape(article)}/.*#p-{n}$")
    assert word in _fold(" ".join(link.locator("mark").all_inner_texts()))
    assert f"paragraph {int(n) + 1}" in link.inner_text()
    link.click()
    page.wait_for_function("h => location.hash === h", arg=f"#p-{n}", timeout=30000)
    _on_screen(page, f"#p-{n}")
    assert word in _fold(page.locator(f"#p-{n}").inner_text())
    assert not page.watch.errors and not page.watch.foreign


def test_search_lists_chronology_entries_and_jumps_to_one(page, base_url, data):
    """A word of one chronology entry's line: the entry is a result of its own kind (under
    "Chronology", linked to #<entry id>); following it lands on the entry, marked."""
    texts = _site_text(data)
    counts: dict[str, int] = {}
    for _, text in texts:
        for w in set(_words(text)):
            counts[w] = counts.get(w, 0) + 1
    entry = word = None
    for e in data["events"]:
        rare = [w for w in _words(e["text"]) if counts.get(w, 0) <= 2]
        if rare:
            entry, word = e, rare[0]
            break
    if entry is None:
        pytest.skip("no entry with a rare word")
    _search(page, base_url, word)
    assert page.locator(".md-search-result__item", has=page.locator("h1", has_text="Chronology")).count() == 1
    link = _result_link(page, rf"chronology/.*#{re.escape(entry['id'])}$")
    assert word in _fold(" ".join(link.locator("mark").all_inner_texts()))
    link.click()
    page.wait_for_function("h => decodeURIComponent(location.hash) === h", arg="#" + entry["id"], timeout=30000)
    _on_screen(page, f"[id='{entry['id']}']")
    assert page.evaluate("() => document.querySelector('li.tl-event:target') !== null")
    assert not page.watch.errors and not page.watch.foreign


def test_search_labels_a_speaker_as_a_speaker(page, base_url, data):
    speaker = max(data["speakers"], key=lambda s: s["quote_count"])
    _search(page, base_url, speaker["name"].split()[-1])
    link = _result_link(page, rf"speakers/{re.escape(speaker['id'])}/")
    assert link.locator(".tl-result-kind").inner_text().strip().lower() == "speaker"


# ---------------------------------------------------------------- the speaker index (18.2)


def _initial(name: str) -> str:
    first = _fold(name.lstrip("\"'“‘([")[:1]).upper()
    return first if first.isalpha() else "Other"


def _index_rows(page) -> list[dict]:
    return page.evaluate("""() => Array.from(document.querySelectorAll('table.tl-speaker-index tbody'))
        .filter(b => !b.hidden).flatMap(b => Array.from(b.rows)).filter(r => !r.classList.contains('tl-letter'))
        .map(r => ({name: r.cells[0].innerText.trim(), quotes: +r.cells[2].innerText}))""")


def test_speaker_index_is_one_table_with_letter_headings_and_a_jump_bar(page, base_url, data):
    page.goto(base_url + "speakers/")
    page.wait_for_selector("html[data-tl-ready]", state="attached", timeout=30000)
    assert page.locator("article table").count() == 1
    assert page.locator("table.tl-speaker-index thead th").count() == 4
    names = sorted((s["name"] for s in data["speakers"]), key=_fold)
    letters = list(dict.fromkeys(_initial(n) for n in names))
    assert page.locator("table.tl-speaker-index h2").all_inner_texts() == letters
    assert [r["name"] for r in _index_rows(page)] == names
    jump = page.locator("nav.tl-letters a")
    assert jump.all_inner_texts() == letters
    # the last letter's link scrolls its heading into view
    jump.last.click()
    target = "#" + jump.last.get_attribute("href").split("#")[1]
    page.wait_for_function("h => location.hash === h", arg=target)
    _on_screen(page, target)
    assert not page.watch.errors and not page.watch.foreign


def test_speaker_index_sorts_by_quotes_and_back_by_name(page, base_url, data):
    page.goto(base_url + "speakers/")
    page.wait_for_selector("table.tl-speaker-index th button.tl-sort", timeout=30000)
    page.locator("th[data-sort=quotes] button").click()
    rows = _index_rows(page)
    assert [r["quotes"] for r in rows] == sorted((s["quote_count"] for s in data["speakers"]), reverse=True)
    assert page.locator("th[data-sort=quotes]").get_attribute("aria-sort") == "descending"
    assert "quotes" in page.locator(".tl-sort-status").inner_text()
    assert not page.locator("nav.tl-letters").is_visible()      # no letters in that order
    page.locator("th[data-sort=name] button").click()
    assert [r["name"] for r in _index_rows(page)] == sorted((s["name"] for s in data["speakers"]), key=_fold)
    assert page.locator("th[data-sort=name]").get_attribute("aria-sort") == "ascending"
    assert page.locator("nav.tl-letters").is_visible()
    assert not page.watch.errors


def test_speaker_index_reads_without_javascript(browser, base_url, data):
    ctx = browser.new_context(java_script_enabled=False)
    try:
        pg = ctx.new_page()
        pg.watch = PageWatch(pg)
        pg.goto(base_url + "speakers/")
        assert pg.locator("button.tl-sort").count() == 0
        assert [r["name"] for r in _index_rows(pg)] == sorted((s["name"] for s in data["speakers"]), key=_fold)
        assert pg.locator("nav.tl-letters a").count() == len({_initial(s["name"]) for s in data["speakers"]})
        assert not pg.watch.foreign
    finally:
        ctx.close()


# ---------------------------------------------------------------- the chronology (14.2, 14.5)


def test_chronology_overview_chart_links_to_each_year(page, base_url, data):
    page.goto(base_url + "chronology/")
    happenings = [e for e in data["events"] if e["kind"] == "event"]
    years = sorted({e["date"][:4] for e in happenings})
    links = page.locator("nav.tl-years a:has(svg.tl-spark)")
    assert ["#" + links.nth(i).get_attribute("href").split("#")[1] for i in range(links.count())] == \
        [f"#{y}" for y in years]
    for i, y in enumerate(years):
        label = links.nth(i).get_attribute("aria-label")     # the text alternative, per year
        n = sum(1 for e in happenings if e["date"][:4] == y)
        assert label.startswith(f"{y}: {n} event"), label
        bars = links.nth(i).locator("svg rect:not(.tl-axis)").count()
        assert bars == len({e["date"][:7] for e in happenings if e["date"][:4] == y and len(e["date"]) >= 7})
    assert page.locator("svg.tl-spark[aria-hidden=true]").count() == len(years)
    assert f"{len(happenings)} events" in page.locator("p.tl-overview").inner_text()
    assert page.evaluate("() => location.hash") == ""
    links.last.click()
    page.wait_for_function("() => location.hash !== ''", timeout=30000)
    # the year's heading comes on screen (navigation.tracking may then move the address's
    # hash to whichever heading the scroll settles on, so the hash is not what is checked)
    _on_screen(page, f"[id='{years[-1]}']", timeout=30000)
    assert not page.watch.errors and not page.watch.foreign


def test_chronology_background_strand_and_source_sentence(page, base_url, data):
    page.goto(base_url + "chronology/")
    background = [e["id"] for e in data["events"] if e["kind"] == "background"]
    strand = page.locator("ol.tl-background-strand > li.tl-event").evaluate_all("ls => ls.map(l => l.id)")
    assert strand == background
    # the strand is the last section, under its own heading, and no year lists background
    assert page.locator("article h2").last.inner_text().strip().startswith("Background")
    assert page.locator("ol.tl-events:not(.tl-background-strand) li.tl-background").count() == 0
    # an entry's source sentence, one click away
    entry = next(e for e in data["events"] if e["sentence"] and e["sentence"] != e["text"])
    li = page.locator(f"li[id='{entry['id']}']")
    details = li.locator("details.tl-sentences")
    assert not details.locator("blockquote").first.is_visible()
    details.locator("summary").click()
    shown = details.locator("blockquote").first
    assert shown.is_visible() and entry["sentence"] in " ".join(details.locator("blockquote p:first-child").all_inner_texts())
    assert not page.watch.errors and not page.watch.foreign


# ---------------------------------------------------------------- a renamed article (18.7)


def test_an_old_article_address_lands_on_the_new_one_at_the_same_paragraph(renamed_site, serve_dir, browser):
    from tests.browser.conftest import MOVED_TO

    old = (renamed_site.parent / "moved-from").read_text(encoding="utf-8")
    base = serve_dir(renamed_site)
    ctx = browser.new_context()
    try:
        pg = ctx.new_page()
        pg.watch = PageWatch(pg)
        pg.goto(f"{base}articles/{old}/#p-1")
        pg.wait_for_url(f"{base}articles/{MOVED_TO}/#p-1", timeout=30000)
        _on_screen(pg, "#p-1")
        assert not pg.watch.errors and not pg.watch.foreign
    finally:
        ctx.close()
    # without JavaScript the old address names the new one
    ctx = browser.new_context(java_script_enabled=False)
    try:
        pg = ctx.new_page()
        pg.goto(f"{base}articles/{old}/")
        link = pg.locator("article a[data-tl-redirect]")
        assert link.get_attribute("href").rstrip("/").endswith(MOVED_TO)
    finally:
        ctx.close()
