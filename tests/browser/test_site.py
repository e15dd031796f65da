"""The seed site in a real browser: home, article pages, anchors, search, crawl, no leaks."""
from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urldefrag, urlparse

import pytest

from builder.read.content import load_article
from tests.sitebuild import ROOT

ARTICLES = sorted((load_article(p) for p in (ROOT / "content" / "articles").glob("*.md")),
                  key=lambda a: (a.date or "", a.id), reverse=True)


def test_home_lists_every_article_newest_first(page, base_url):
    page.goto(base_url)
    titles = page.locator("article li strong a").all_inner_texts()
    expected = [a.title for a in ARTICLES if a.date]
    assert titles[: len(expected)] == expected
    dates = page.locator("article li time").evaluate_all("els => els.map(e => e.getAttribute('datetime'))")
    assert dates[: len(expected)] == [a.date for a in ARTICLES if a.date]
    assert not page.watch.errors and not page.watch.foreign


@pytest.mark.parametrize("article", ARTICLES, ids=lambda a: a.id[:30])
def test_article_page_shows_its_parts(page, base_url, article):
    page.goto(f"{base_url}articles/{article.id}/")
    assert page.locator("h1").first.inner_text().rstrip("¶").strip() == article.title
    assert page.locator(".tl-meta time").get_attribute("datetime") == article.date
    for bullet in article.standfirst:
        assert bullet in page.locator(".tl-standfirst").inner_text()
    if article.lead_caption:
        assert article.lead_caption.text in page.locator(".tl-lead-caption").inner_text()
    assert page.locator(".tl-caption").count() == len(article.captions)
    paras = page.locator("p.tl-para")
    assert paras.count() == len(article.paragraphs)
    for n in (0, len(article.paragraphs) - 1):
        shown = paras.nth(n).inner_text().rstrip("¶").strip()
        assert shown == article.paragraphs[n]
    assert not page.watch.errors and not page.watch.foreign


def test_paragraph_link_lands_on_its_paragraph(page, base_url):
    article = max(ARTICLES, key=lambda a: len(a.paragraphs))
    n = len(article.paragraphs) - 2
    page.goto(f"{base_url}articles/{article.id}/#p-{n}")
    target = page.locator(f"#p-{n}")
    target.wait_for()
    page.wait_for_function(
        "id => { const r = document.getElementById(id).getBoundingClientRect();"
        " return r.top >= 0 && r.top < window.innerHeight; }", arg=f"p-{n}", timeout=30000)
    assert article.paragraphs[n][:40] in target.inner_text()


def _unique_body_word(article) -> str:
    others = " ".join(" ".join(a.paragraphs + [a.title] + a.standfirst) for a in ARTICLES if a is not article).lower()
    words = re.findall(r"[A-Za-z]{9,}", " ".join(article.paragraphs))   # long: never a stop word
    for w in sorted(set(words), key=words.index):
        if w.lower() not in others:
            return w
    pytest.skip("no word unique to one article")


def test_search_finds_an_article_by_a_word_of_its_body(page, base_url):
    article = ARTICLES[-1]
    word = _unique_body_word(article)
    page.goto(base_url)
    page.locator("label.md-search__icon, .md-search__input").first.click()
    box = page.locator("input.md-search__input")
    box.focus()
    for ch in word.lower():
        box.press(ch)
    results = page.locator(".md-search-result__item")
    results.first.wait_for(timeout=30000)
    hrefs = page.locator(".md-search-result__link").evaluate_all("els => els.map(e => e.href)")
    assert any(f"articles/{article.id}/" in h for h in hrefs), (word, hrefs)
    assert not page.watch.errors and not page.watch.foreign


class _Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.hrefs: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if "id" in a:
            self.ids.add(a["id"])
        for key in ("href", "src"):
            if a.get(key) and tag in ("a", "link", "script", "img"):
                self.hrefs.append(a[key])


def test_crawl_finds_no_broken_internal_link(seed_site, base_url):
    crawl(base_url)


def test_crawl_after_a_rename_and_a_page_id_correction_finds_no_broken_link(renamed_site, serve_dir):
    """speakers.yml renames a speaker and corrects another by its page id: every link and
    anchor of the site still works (the chronology's links to the renamed speaker's
    "On the timeline" section among them)."""
    base = serve_dir(renamed_site)
    pages = crawl(base)
    denisov = base + "speakers/andrei-denisov/"
    assert denisov in pages and "on-the-timeline" in pages[denisov].ids
    assert any(urljoin(src, href) == denisov + "#on-the-timeline"
               for src, parser in pages.items() for href in parser.hrefs)
    assert base + "speakers/andrey-denisov/" not in pages


def crawl(base_url: str) -> dict:
    """Every page reachable from ``base_url``; fails on a broken link or anchor."""
    import urllib.request

    seen: dict[str, _Links] = {}
    queue = [base_url]
    checked_fragments: list[tuple[str, str, str]] = []
    while queue:
        url = queue.pop()
        if url in seen:
            continue
        with urllib.request.urlopen(url) as resp:
            assert resp.status == 200, url
            ctype = resp.headers.get("content-type", "")
            body = resp.read().decode("utf-8", "replace")
        parser = _Links()
        if "html" in ctype:
            parser.feed(body)
        seen[url] = parser
        for href in parser.hrefs:
            full, frag = urldefrag(urljoin(url, href))
            if urlparse(full).netloc != urlparse(base_url).netloc:
                continue
            if frag:
                checked_fragments.append((url, full, frag))
            if full not in seen:
                queue.append(full)
    assert len(seen) > 10
    missing = [(src, f"{full}#{frag}") for src, full, frag in checked_fragments
               if full in seen and seen[full].ids and frag not in seen[full].ids]
    assert not missing, missing[:5]
    return seen


def test_no_request_leaves_localhost_anywhere(page, base_url):
    for path in ("", "chronology/", "speakers/", "articles/", "about/"):
        page.goto(base_url + path)
        page.wait_for_load_state("networkidle")
    assert not page.watch.foreign, page.watch.foreign
    assert not page.watch.errors, page.watch.errors
