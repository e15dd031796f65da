"""Build the generated site with Zensical (MkDocs' successor) and crawl it in Chromium.

MkDocs 1.6.1 is its last release and Material for MkDocs is in maintenance; Zensical, by
the same authors, reads ``mkdocs.yml``. This script measures how far the switch is:

1. generate ``docs/`` from ``content/`` with ``python -m builder build --no-site`` in a
   copy of the project (the user's own command);
2. build it with MkDocs (``python -m builder build``) and with Zensical (pinned below,
   installed once into ``.cache/zensical-venv``), each into its own folder;
3. serve both over http and crawl them the same way: every page reached by links, broken
   links and anchors, console errors and requests to other hosts in headless Chromium on
   the main pages, and a search in the theme's search box for a word of an article.

    python benchmarks/zensical.py            # prints the comparison
    python benchmarks/zensical.py --json

Nothing here changes the project; the site users get is still MkDocs'.
"""
from __future__ import annotations

import argparse
import functools
import http.server
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urldefrag, urljoin, urlparse

REPO = Path(__file__).resolve().parents[1]
ZENSICAL = "zensical==0.0.73"      # the newest release installable without zensical-ui (not on PyPI)
VENV = REPO / ".cache" / "zensical-venv"
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
PAGES = ("", "chronology/", "speakers/", "articles/", "about/", "editing/")


def zensical() -> Path:
    exe = VENV / "bin" / "zensical"
    if not exe.exists():
        subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True)
        subprocess.run([str(VENV / "bin" / "pip"), "install", "-q", "--disable-pip-version-check",
                        ZENSICAL], check=True)
    return exe


def project_copy(dest: Path) -> Path:
    dest.mkdir(parents=True)
    shutil.copy2(REPO / "mkdocs.yml", dest / "mkdocs.yml")
    shutil.copytree(REPO / "docs", dest / "docs", ignore=shutil.ignore_patterns(
        "articles", "speakers", "chronology", "data", "search", "index.md", ".generated.json"))
    shutil.copytree(REPO / "content", dest / "content", ignore=shutil.ignore_patterns(".previous"))
    return dest


def builder(project: Path, *args: str) -> tuple[float, subprocess.CompletedProcess]:
    t = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "builder", "--root", str(project), *args],
                          cwd=REPO, capture_output=True, text=True)
    return time.perf_counter() - t, proc


def zensical_build(project: Path) -> tuple[float, subprocess.CompletedProcess, Path]:
    work = project.parent / "zensical"
    shutil.copytree(project / "docs", work / "docs")
    shutil.copy2(project / "mkdocs.yml", work / "mkdocs.yml")
    t = time.perf_counter()
    proc = subprocess.run([str(zensical()), "build", "--clean"], cwd=work, capture_output=True,
                          text=True)
    return time.perf_counter() - t, proc, work / "site"


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def serve(folder: Path) -> tuple[str, http.server.ThreadingHTTPServer]:
    httpd = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(_Quiet, directory=str(folder)))
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    return f"http://127.0.0.1:{httpd.server_address[1]}/", httpd


class _Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.hrefs: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if a.get("id"):
            self.ids.add(a["id"])
        for key in ("href", "src"):
            if a.get(key) and tag in ("a", "link", "script", "img"):
                self.hrefs.append(a[key])


def crawl(base: str) -> dict:
    seen: dict[str, _Links] = {}
    broken: list[str] = []
    queue, fragments = [base], []
    while queue:
        url = queue.pop()
        if url in seen:
            continue
        parser = _Links()
        seen[url] = parser
        try:
            with urllib.request.urlopen(url) as resp:
                body = resp.read().decode("utf-8", "replace")
                if "html" in resp.headers.get("content-type", ""):
                    parser.feed(body)
        except OSError:
            broken.append(url)
            continue
        for href in parser.hrefs:
            full, frag = urldefrag(urljoin(url, href))
            if urlparse(full).netloc != urlparse(base).netloc:
                continue
            if frag:
                fragments.append((url, full, frag))
            queue.append(full)
    anchors = [f"{full}#{frag} (from {src})" for src, full, frag in fragments
               if full in seen and seen[full].ids and frag not in seen[full].ids]
    pages = sorted(u[len(base):] for u in seen if u.endswith("/") or u.endswith(".html"))
    return {"urls": len(seen), "pages": pages, "broken_links": broken,
            "broken_anchors": sorted(set(anchors))}


def site_facts(site: Path) -> dict:
    """What differs without our MkDocs plugin and CSP step: the search index's size and
    whether pages carry the Content-Security-Policy."""
    def kb(paths):
        return round(sum(p.stat().st_size for p in paths if p.is_file()) / 1024, 1)

    home = (site / "index.html").read_text(encoding="utf-8")
    return {"theme_index_kb": kb([site / "search.json", site / "search" / "search_index.json"]),
            "our_index_kb": kb((site / "search" / "tl").glob("*")),
            "csp": "Content-Security-Policy" in home}


def search_word(project: Path) -> tuple[str, str]:
    """A long word of one article only, and that article's page address."""
    articles = json.loads((project / "docs" / "data" / "articles.json").read_text(encoding="utf-8"))
    counts: dict[str, int] = {}
    for a in articles:
        for w in set(re.findall(r"[A-Za-z]{9,}", " ".join(a["paragraphs"]).lower())):
            counts[w] = counts.get(w, 0) + 1
    for pattern in (r"[A-Z][a-z]{8,}", r"[A-Za-z]{9,}"):     # a name first: no stop word
        for a in articles:
            for w in re.findall(pattern, " ".join(a["paragraphs"])):
                if counts.get(w.lower()) == 1:
                    return w.lower(), a["url"]
    return "", ""


# Material's search box and results; Zensical's search opens a <dialog> from a button
_MATERIAL_BOX, _MATERIAL_RESULT = "input.md-search__input", ".md-search-result__link"
_ZENSICAL_BUTTON, _ZENSICAL_RESULT = ".md-search__button", "dialog a[href]"


def _search(page, base: str, word: str, target: str) -> bool:
    """Type ``word`` in the theme's search and say whether a result leads to ``target``."""
    page.goto(base)
    page.wait_for_load_state("networkidle")
    if page.locator(_MATERIAL_BOX).count():
        page.locator("label.md-search__icon, .md-search__input").first.click()
        page.locator(_MATERIAL_BOX).focus()
        results = _MATERIAL_RESULT
    else:
        page.locator(_ZENSICAL_BUTTON).first.click()
        results = _ZENSICAL_RESULT
    page.keyboard.type(word, delay=20)
    want = target.strip("/")
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:     # Playwright's locators reach into shadow roots
        hrefs = page.locator(results).evaluate_all("els => els.map(e => e.href)")
        if any(want in h for h in hrefs):
            return True
        page.wait_for_timeout(250)
    return False


def browse(base: str, word: str, target: str) -> dict:
    from playwright.sync_api import sync_playwright

    errors: list[str] = []
    foreign: list[str] = []
    found = False
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=[
            "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync"])
        page = b.new_context().new_page()
        page.on("console", lambda m: m.type == "error" and errors.append(m.text))
        page.on("pageerror", lambda e: errors.append(str(e)))

        def route(r):
            url = r.request.url
            if url.startswith(("http://127.0.0.1", "data:", "blob:", "about:")):
                r.continue_()
            else:
                foreign.append(url)
                r.abort()

        page.route("**/*", route)
        for path in PAGES:
            page.goto(base + path)
            page.wait_for_load_state("networkidle")
        if word:
            found = _search(page, base, word, target)
        b.close()
    return {"console_errors": errors, "foreign_requests": sorted(set(foreign)),
            "search_word": word, "search_finds_article": found}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        project = project_copy(Path(tmp) / "project")
        gen_s, proc = builder(project, "build", "--no-site")
        if proc.returncode:
            print(proc.stderr, file=sys.stderr)
            return 1
        word, target = search_word(project)
        mk_s, proc = builder(project, "build")
        if proc.returncode:
            print(proc.stderr, file=sys.stderr)
            return 1
        z_s, zproc, zsite = zensical_build(project)
        report = {"generate_docs_s": round(gen_s, 2), "zensical": ZENSICAL}
        for name, site, seconds, ok in (("mkdocs", project / "site", mk_s, True),
                                        ("zensical", zsite, z_s, zproc.returncode == 0)):
            entry = {"build_s": round(seconds, 2), "built": ok}
            if ok:
                entry.update(site_facts(site))
                base, httpd = serve(site)
                entry.update(crawl(base))
                entry.update(browse(base, word, target))
                httpd.shutdown()
            else:
                entry["error"] = (zproc.stderr or zproc.stdout)[-2000:]
            report[name] = entry
        if report["zensical"].get("built"):
            mk, zs = set(report["mkdocs"]["pages"]), set(report["zensical"]["pages"])
            report["pages_only_in_mkdocs"] = sorted(mk - zs)
            report["pages_only_in_zensical"] = sorted(zs - mk)
    if args.json:
        print(json.dumps(report, indent=1))
        return 0
    print(f"{ZENSICAL}; docs/ generated in {report['generate_docs_s']} s")
    for name in ("mkdocs", "zensical"):
        e = report[name]
        if not e["built"]:
            print(f"{name:9} build FAILED: {e['error'][-300:]}")
            continue
        print(f"{name:9} build {e['build_s']:6.2f} s | {e['urls']:4d} URLs, {len(e['pages'])} pages | "
              f"broken links {len(e['broken_links'])}, anchors {len(e['broken_anchors'])} | "
              f"console errors {len(e['console_errors'])}, foreign requests "
              f"{len(e['foreign_requests'])} | search {e['search_word']!r}: "
              f"{'found' if e['search_finds_article'] else 'NOT found'} | theme's index "
              f"{e['theme_index_kb']} KB, ours {e['our_index_kb']} KB | CSP "
              f"{'yes' if e['csp'] else 'no'}")
        for key in ("broken_links", "broken_anchors", "console_errors", "foreign_requests"):
            for item in e[key][:3]:
                print(f"          {key}: {item}")
    if "pages_only_in_mkdocs" in report:
        print(f"pages only in the MkDocs site: {len(report['pages_only_in_mkdocs'])} "
              f"{report['pages_only_in_mkdocs'][:5]}; only in Zensical's: "
              f"{len(report['pages_only_in_zensical'])} {report['pages_only_in_zensical'][:5]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
