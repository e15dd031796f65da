"""Where each page lives (paths under docs/) and the links between them.

Raw HTML links are not rewritten by MkDocs, so they are computed here relative to the
page that contains them (``use_directory_urls: true``: ``a/b.md`` is served at ``a/b/``).
"""
from __future__ import annotations

import posixpath
from functools import lru_cache
from urllib.parse import quote


# ids no article or speaker page may have: a folder's own page (articles/index.md...)
RESERVED_IDS = frozenset({"index"})


def article_path(article_id: str) -> str:
    return f"articles/{article_id}.md"


def speaker_path(speaker_id: str) -> str:
    return f"speakers/{speaker_id}.md"


def url_of(path: str) -> str:
    """docs-relative Markdown path -> site-relative URL (directory style)."""
    if path == "index.md":
        return ""
    if path.endswith("/index.md"):
        return path[: -len("index.md")]
    return path[:-3] + "/"


def _relpath(path: str, start: str) -> str:
    """``posixpath.relpath`` for two paths under one root, without asking the operating
    system for the current folder (it did, twice per link: most of a big site's render)."""
    p = [x for x in posixpath.normpath("/" + path).split("/") if x]
    s = [x for x in posixpath.normpath("/" + start).split("/") if x]
    i, n = 0, min(len(p), len(s))
    while i < n and p[i] == s[i]:
        i += 1
    parts = [".."] * (len(s) - i) + p[i:]
    return "/".join(parts) if parts else "."


@lru_cache(maxsize=1 << 16)      # pure, and the same pairs recur (article -> its speakers)
def rel(from_path: str, to_path: str, fragment: str = "") -> str:
    """Relative URL from the page at ``from_path`` to the page at ``to_path``."""
    base = url_of(from_path) or "./"
    target = url_of(to_path) or "./"
    out = _relpath(target, base if base.endswith("/") else posixpath.dirname(base))
    if target.endswith("/") and not out.endswith("/"):
        out += "/"
    if out == "./":
        out = "./"
    return out + (f"#{quote(fragment, safe='-_.~')}" if fragment else "")


@lru_cache(maxsize=1 << 16)
def md_link(from_path: str, to_path: str, fragment: str = "") -> str:
    """Markdown link target from one docs file to another (MkDocs resolves and checks it)."""
    out = _relpath(to_path, posixpath.dirname(from_path) or ".")
    # ids may come from editors' files: percent-encode so nothing can close the link
    return out + (f"#{quote(fragment, safe='-_.~')}" if fragment else "")
