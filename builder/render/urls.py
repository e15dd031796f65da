"""Where each page lives (paths under docs/) and the links between them.

Raw HTML links are not rewritten by MkDocs, so they are computed here relative to the
page that contains them (``use_directory_urls: true``: ``a/b.md`` is served at ``a/b/``).
"""
from __future__ import annotations

import posixpath
from urllib.parse import quote


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


def rel(from_path: str, to_path: str, fragment: str = "") -> str:
    """Relative URL from the page at ``from_path`` to the page at ``to_path``."""
    base = url_of(from_path) or "./"
    target = url_of(to_path) or "./"
    out = posixpath.relpath("/" + target, "/" + base if base.endswith("/") else "/" + posixpath.dirname(base))
    if target.endswith("/") and not out.endswith("/"):
        out += "/"
    if out == "./":
        out = "./"
    return out + (f"#{quote(fragment, safe='-_.~')}" if fragment else "")


def md_link(from_path: str, to_path: str, fragment: str = "") -> str:
    """Markdown link target from one docs file to another (MkDocs resolves and checks it)."""
    out = posixpath.relpath(to_path, posixpath.dirname(from_path) or ".")
    # ids may come from editors' files: percent-encode so nothing can close the link
    return out + (f"#{quote(fragment, safe='-_.~')}" if fragment else "")
