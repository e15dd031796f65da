"""The MkDocs plugin ``timeline`` (mkdocs.yml: ``plugins: [search, timeline]``).

The second of the two modules that import MkDocs (with ``mkdocs_glue``, which only runs
it as a subprocess); the work itself is in ``builder.pagehtml`` and
``builder.search_index``, which run without MkDocs.

* Generated pages (listed in ``docs/.generated.json``) skip Python-Markdown: the fast
  converter gives the same HTML and table of contents in a fraction of the time. A page
  it cannot convert goes through Python-Markdown as before. Links are resolved and
  checked by MkDocs' own code, so strict mode sees every broken link as before.
* Search: every page is left out of the theme's single-file index; the build writes a
  chunked index of every page (``search/tl/``) and a worker that answers the theme's
  search box from it (``search/worker.js``), and each page points the theme there.
"""
from __future__ import annotations

import json
import logging
import os
import re
from pathlib import Path

from mkdocs.config import config_options
from mkdocs.plugins import BasePlugin
from mkdocs.structure.toc import get_toc

from .pagehtml import convert

log = logging.getLogger("mkdocs.plugins.timeline")
_WORKER = re.compile(r'("search":\s*")([^"]*?)assets/javascripts/workers/search\.[0-9a-f]+\.min\.js"')

try:                                     # MkDocs' own link resolution and checking
    from mkdocs.structure.pages import _RelativePathTreeprocessor
except ImportError:                      # pragma: no cover - another MkDocs version
    _RelativePathTreeprocessor = None


def _not_the_dirty_warning(record: logging.LogRecord) -> bool:
    return "'dirty' build is being performed" not in record.getMessage()


class TimelinePlugin(BasePlugin):
    config_scheme = (
        ("fast_pages", config_options.Type(bool, default=True)),
        ("search", config_options.Type(bool, default=True)),
    )

    def __init__(self):
        super().__init__()
        self.generated: set[str] = set()
        self.fast = self.slow = 0

    def on_config(self, config):
        path = Path(config["docs_dir"]) / ".generated.json"
        try:
            self.generated = set(json.loads(path.read_text(encoding="utf-8")))
        except (OSError, ValueError):
            self.generated = set()
        self.fast = self.slow = 0
        return config

    def on_pre_build(self, *, config):
        # ``builder.mkdocs_glue`` runs --dirty builds only when nothing but generated pages
        # changed (navigation is explicit, search is ours): MkDocs' warning about stale
        # navigation does not apply there, and in strict mode it would abort the build
        if os.environ.get("TIMELINE_DIRTY_OK") == "1":
            logger = logging.getLogger("mkdocs.commands.build")
            if _not_the_dirty_warning not in logger.filters:
                logger.addFilter(_not_the_dirty_warning)

    def on_page_markdown(self, markdown, *, page, config, files):
        if self.config["search"]:
            page.meta["search"] = {"exclude": True}      # in search/tl instead
        if (not self.config["fast_pages"] or _RelativePathTreeprocessor is None
                or page.file.src_uri not in self.generated):
            return markdown
        links = _RelativePathTreeprocessor(page.file, files, config)
        result = convert(markdown, links.path_to_url)
        if result is None:
            self.slow += 1
            log.debug("%s: outside the fast subset, rendered by Python-Markdown", page.file.src_uri)
            return markdown
        self.fast += 1

        def render(config, files, _page=page, _result=result, _links=links):
            _page.content = _result.html
            _page.toc = get_toc(_result.toc)
            _page._title_from_render = _result.title
            _page.present_anchor_ids = set(_result.anchor_ids)
            _page.links_to_anchors = _links.links_to_anchors

        page.render = render            # this page only; MkDocs calls it next
        return markdown

    def on_post_page(self, output, *, page, config):
        if self.config["search"]:
            output = _WORKER.sub(lambda m: f'{m.group(1)}{m.group(2)}search/worker.js"', output, count=1)
        return output

    def on_post_build(self, *, config):
        if self.fast or self.slow:
            log.debug("timeline: %d generated pages by the fast path, %d by Python-Markdown",
                      self.fast, self.slow)
