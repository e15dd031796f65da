"""The MkDocs plugin ``timeline`` (mkdocs.yml: ``plugins: [search, timeline]``).

The one module that imports MkDocs (``builder.site.glue`` only runs it as a subprocess),
and only its public API (plugin events, ``Files``, ``File.url``, ``Page.meta``,
``Page.links_to_anchors`` and ``present_anchor_ids``, ``get_relative_url``, ``get_toc``);
the work itself is in ``builder.site.pagehtml`` and ``builder.render.search_index``, which
run without it.

* Generated pages (listed in ``docs/.generated.json``) skip Python-Markdown: the fast
  converter gives the same HTML and table of contents in a fraction of the time
  (tests/test_pagehtml.py builds the seed site both ways). A page it cannot convert goes
  through Python-Markdown as before. A link the fast path cannot resolve to a page sends
  the page that way too, so strict mode sees every broken link as before; links to
  anchors are handed to MkDocs' own anchor check.
* Memory: a converted page's HTML waits on disk between MkDocs' two passes over the pages
  instead of in memory (MkDocs holds every page's source and HTML until the last one is
  written).
* Parallel full builds: with ``TIMELINE_SHARD=i/k`` (set by ``builder.site.glue``), this process
  renders only its share of the generated pages; the others are not even read.
* Search: every page is left out of the theme's single-file index; the build writes a
  chunked index of every page (``search/tl/``) and a worker that answers the theme's
  search box from it (``search/worker.js``), and each page points the theme there.
* Incremental builds: with ``TIMELINE_ONLY=FILE`` (set by ``builder.site.glue``), only the
  docs files listed in FILE are rendered or copied, into an empty folder (the glue then
  moves them into the site).
* ``--dirty`` builds (incremental builds, the live-reload server): MkDocs' warning about
  stale navigation is dropped when the glue asks (navigation is explicit, search ours),
  and pages whose source was deleted are removed from the output.
"""
from __future__ import annotations

import json
import logging
import os
import posixpath
import re
import shutil
import tempfile
from pathlib import Path

from jinja2 import ChoiceLoader, DictLoader
from mkdocs.config import config_options
from mkdocs.plugins import BasePlugin
from mkdocs.structure.toc import get_toc
from mkdocs.utils import get_relative_url

from .glue import shard_of
from .pagehtml import convert

log = logging.getLogger("mkdocs.plugins.timeline")
_WORKER = re.compile(r'("search":\s*")([^"]*?)assets/javascripts/workers/search\.[0-9a-f]+\.min\.js"')

class _Links:
    """Link resolution for one generated page, with MkDocs' public file API: a link to
    another documentation file becomes its URL relative to this page, and a link to an
    anchor is recorded (``Page.links_to_anchors``) for MkDocs to check. The target of
    each (folder, path) is remembered across pages: the thousands of links to the same
    pages are looked up once. Anything else (a link to a missing or excluded file, a
    query, an absolute or encoded path) is refused (None): the page then goes through
    Python-Markdown, where MkDocs resolves and reports it as usual."""

    def __init__(self, page, files, known: dict):
        self.page, self.files, self.known = page, files, known
        self.folder = posixpath.dirname(page.file.src_uri)
        self.to_anchors: dict = {}

    def __call__(self, href: str) -> str | None:
        path, _, anchor = href.partition("#")
        mark = "#" if anchor else ""
        if not path:
            if anchor:
                self.to_anchors.setdefault(self.page.file, {}).setdefault(anchor, href)
            return mark + anchor
        if any(c in path for c in ":?%\\") or path.startswith("/"):
            return None
        key = (self.folder, path)
        target = self.known.get(key)
        if target is None:
            uri = posixpath.normpath(posixpath.join(self.folder, path))
            target = None if uri.startswith("../") else self.files.get_file_from_path(uri)
            if target is None or target.inclusion.is_excluded():
                return None
            self.known[key] = target
        if anchor:
            self.to_anchors.setdefault(target, {}).setdefault(anchor, href)
        return get_relative_url(target.url, self.page.file.url) + mark + anchor


SKIP_TEMPLATE = "tl-skip.html"       # renders nothing: MkDocs writes no file for the page


def _shard() -> tuple[int, int]:
    """``TIMELINE_SHARD=i/k`` (set by builder.site.glue): this process renders part i of k."""
    try:
        i, k = (int(x) for x in os.environ.get("TIMELINE_SHARD", "0/1").split("/"))
        return (i, k) if 0 <= i < k else (0, 1)
    except ValueError:
        return 0, 1


def _only() -> set[str] | None:
    """``TIMELINE_ONLY=FILE`` (set by builder.site.glue for an incremental build): the docs
    files listed in FILE (JSON) are the only ones rendered or copied; None: every file."""
    path = os.environ.get("TIMELINE_ONLY")
    if not path:
        return None
    try:
        return set(json.loads(Path(path).read_text(encoding="utf-8")))
    except (OSError, ValueError):
        return None


def _not_the_dirty_warning(record: logging.LogRecord) -> bool:
    return "'dirty' build is being performed" not in record.getMessage()


OMITTED = "The following pages exist in the docs directory, but are not included in the"


class _GeneratedNotInNav(logging.Filter):
    """MkDocs' notice that pages are "not included in the nav", when every page it lists
    is a generated one (articles and speakers are reached from the index pages, never
    from the nav): on each save of `serve` it repeated hundreds of lines that are not the
    editor's business. A hand-written page left out of the nav is still reported."""

    def __init__(self, generated: set[str]):
        super().__init__()
        self.generated = generated

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if not message.startswith(OMITTED):
            return True
        listed = [line.strip()[2:] for line in message.splitlines()[1:] if line.strip().startswith("- ")]
        return not all(p.replace("\\", "/") in self.generated for p in listed)


def _render_nothing(page, config, files):
    page.content, page.toc = "", get_toc([])


class TimelinePlugin(BasePlugin):
    config_scheme = (
        ("fast_pages", config_options.Type(bool, default=True)),
        ("search", config_options.Type(bool, default=True)),
    )

    def __init__(self):
        super().__init__()
        self.generated: set[str] = set()
        self.fast = self.slow = 0
        self.stash: Path | None = None           # HTML of converted pages until written
        self.stashed: dict[str, Path] = {}

    def on_startup(self, *, command, dirty):
        self.dirty = dirty            # (defining on_startup also keeps the plugin alive
                                      # between the live-reload server's rebuilds)

    def on_config(self, config):
        path = Path(config["docs_dir"]) / ".generated.json"
        try:
            self.generated = set(json.loads(path.read_text(encoding="utf-8")))
        except (OSError, ValueError):
            self.generated = set()
        self.fast = self.slow = 0
        self.known: dict = {}
        self.shard = _shard()
        self.only = _only()
        if self.shard[0] > 0:
            config.theme.static_templates.clear()     # 404.html and sitemap.xml: part 0's
        self._clean()
        return config

    # ---- parallel builds: part i of k renders only its own pages ----------------------------

    def mine(self, src_uri: str) -> bool:
        if self.only is not None:
            return src_uri in self.only
        i, k = self.shard
        if k == 1:
            return True
        return shard_of(src_uri, k) == i if src_uri in self.generated else i == 0

    def on_files(self, files, *, config):
        if self.shard[0] > 0 or self.only is not None:   # static files: part 0 copies them
            for f in [f for f in files if not f.is_documentation_page()
                      and (self.only is None or f.src_uri not in self.only)]:
                files.remove(f)                        # (``only``: but the changed ones)
        return files

    def on_env(self, env, *, config, files):
        if self.shard[1] > 1 or self.only is not None:
            env.loader = ChoiceLoader([DictLoader({SKIP_TEMPLATE: ""}), env.loader])
        return env

    def on_page_read_source(self, *, page, config):
        if not self.mine(page.file.src_uri):           # another part's page: not even read
            return f"---\ntemplate: {SKIP_TEMPLATE}\n---\n"
        return None

    def _clean(self):
        if self.stash is not None:
            shutil.rmtree(self.stash, ignore_errors=True)
        self.stash, self.stashed = None, {}

    def on_pre_build(self, *, config):
        nav_log = logging.getLogger("mkdocs.structure.nav")
        for f in [f for f in nav_log.filters if isinstance(f, _GeneratedNotInNav)]:
            nav_log.removeFilter(f)
        nav_log.addFilter(_GeneratedNotInNav(self.generated))
        # ``builder.site.glue`` runs --dirty builds only when nothing but generated pages
        # changed (navigation is explicit, search is ours): MkDocs' warning about stale
        # navigation does not apply there, and in strict mode it would abort the build
        if os.environ.get("TIMELINE_DIRTY_OK") == "1":
            logger = logging.getLogger("mkdocs.commands.build")
            if _not_the_dirty_warning not in logger.filters:
                logger.addFilter(_not_the_dirty_warning)

    def on_page_markdown(self, markdown, *, page, config, files):
        if self.config["search"]:
            page.meta["search"] = {"exclude": True}      # in search/tl instead
        if not self.mine(page.file.src_uri):
            page.render = _render_nothing.__get__(page)
            return ""
        if not self.config["fast_pages"] or page.file.src_uri not in self.generated:
            return markdown
        links = _Links(page, files, self.known)
        result = convert(markdown, links)
        if result is None:
            self.slow += 1
            log.debug("%s: outside the fast subset, rendered by Python-Markdown", page.file.src_uri)
            return markdown
        self.fast += 1
        # MkDocs keeps every page's source and HTML in memory from the first page read to
        # the last one written (2.5 GB for 10,000 articles): a converted page's HTML waits
        # on disk instead, and comes back just for its turn in the template
        if self.stash is None:
            self.stash = Path(tempfile.mkdtemp(prefix="tl-pages-"))
        stashed = self.stash / f"{len(self.stashed)}.html"
        stashed.write_text(result.html, encoding="utf-8")
        self.stashed[page.file.src_uri] = stashed
        toc, anchors = result.toc, set(result.anchor_ids)
        if result.title and "title" not in page.meta:     # (generated pages give a title)
            page.meta["title"] = result.title

        def render(config, files, _page=page, _links=links):
            _page.content = ""
            _page.toc = get_toc(toc)
            _page.present_anchor_ids = anchors        # for MkDocs' anchor validation
            _page.links_to_anchors = _links.to_anchors

        page.render = render            # this page only; MkDocs calls it next
        return ""                       # page.markdown: not needed any more

    def on_page_context(self, context, *, page, config, nav):
        stashed = self.stashed.get(page.file.src_uri)
        if stashed is not None:
            page.content = stashed.read_text(encoding="utf-8")
        return context

    def on_post_page(self, output, *, page, config):
        if self.config["search"]:
            output = _WORKER.sub(lambda m: f'{m.group(1)}{m.group(2)}search/worker.js"', output, count=1)
        stashed = self.stashed.pop(page.file.src_uri, None)
        if stashed is not None:
            page.content = ""            # written next: free it
            try:
                stashed.unlink()
            except OSError:
                pass
        return output

    def on_post_build(self, *, config):
        if getattr(self, "dirty", False):
            self._drop_removed_pages(Path(config["docs_dir"]), Path(config["site_dir"]))
        if self.fast or self.slow:
            log.debug("timeline: %d generated pages by the fast path, %d by Python-Markdown",
                      self.fast, self.slow)
        self._clean()

    @staticmethod
    def _drop_removed_pages(docs_dir: Path, site_dir: Path) -> None:
        """A --dirty build leaves the pages of deleted articles and speakers in place."""
        for folder in ("articles", "speakers"):
            base = site_dir / folder
            if not base.is_dir():
                continue
            for d in base.iterdir():
                if d.is_dir() and (d / "index.html").is_file() \
                        and not (docs_dir / folder / f"{d.name}.md").is_file() \
                        and not (docs_dir / folder / d.name / "index.md").is_file():
                    shutil.rmtree(d, ignore_errors=True)

    def on_build_error(self, *, error):
        self._clean()

    def on_shutdown(self):
        self._clean()
