"""A Content-Security-Policy the built site satisfies without 'unsafe-inline' scripts.

The theme has a few inline scripts (palette, storage scope, tabs); their SHA-256 hashes
are allowed, nothing else inline is. The policy goes into every page as a
``<meta http-equiv>`` (GitHub Pages cannot set headers) and into ``_headers`` for hosts
that can (Netlify, Cloudflare Pages). Pure functions over HTML text; the MkDocs glue
applies them to the freshly built site.
"""
from __future__ import annotations

import base64
import hashlib
import re
from pathlib import Path

_INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)([^>]*)>(.*?)</script>", re.S | re.I)
_HEAD = re.compile(r"<head[^>]*>", re.I)
_CHARSET = re.compile(r"<meta charset=[^>]*>", re.I)
_SCOPE = re.compile(r'new URL\("[^"\\<>]*",location\)')
_CONTENT = re.compile(r"<article\b[^>]*\bclass=[\"'][^\"']*\bmd-content__inner\b", re.I)


def _content_area(html: str) -> tuple[int, int]:
    """Where the page's own content (generated from article text) lies: from the theme's
    ``<article class="md-content__inner ...">`` to the last ``</article>``."""
    start = _CONTENT.search(html)
    end = html.rfind("</article>")
    if start is None or end < start.start():
        return -1, -1
    return start.start(), end + len("</article>")


def inline_scripts(html: str) -> list[str]:
    """The code of the page's executable inline scripts outside the content area. A script
    inside it is never the theme's: were one ever to get through escaping, the policy
    still blocks it."""
    out = []
    lo, hi = _content_area(html)
    for m in _INLINE_SCRIPT.finditer(html):
        if re.search(r"type=[\"']application/(ld\+)?json", m.group(1), re.I):
            continue               # data blocks are never executed
        if lo <= m.start() < hi:
            continue
        out.append(m.group(2))
    return out


def script_hash(code: str) -> str:
    digest = hashlib.sha256(code.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def inline_script_hashes(html: str) -> set[str]:
    return {script_hash(code) for code in inline_scripts(html)}


def _template(code: str) -> str:
    # the theme's scope script differs per page only in the relative path to the root
    return _SCOPE.sub('new URL("",location)', code)


def site_script_hashes(pages: list[str]) -> set[str]:
    """Hashes of the theme's inline scripts: those found (up to the path to the root) on
    two pages or more. Page text also reaches the header (the page title), outside the
    content area; a script injected there would be on its own page only."""
    scripts = [inline_scripts(html) for html in pages]
    seen: dict[str, int] = {}
    for codes in scripts:
        for t in {_template(c) for c in codes}:
            seen[t] = seen.get(t, 0) + 1
    least = 2 if len(pages) > 1 else 1
    return {script_hash(c) for codes in scripts for c in codes if seen[_template(c)] >= least}


def policy(hashes: set[str]) -> str:
    return "; ".join([
        "default-src 'self'",
        "script-src 'self' " + " ".join(sorted(hashes)),
        "style-src 'self' 'unsafe-inline'",          # the theme sets inline styles (not scripts)
        "img-src 'self' data:",
        "font-src 'self' data:",
        "connect-src 'self'",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
    ])


def with_meta(html: str, csp: str) -> str:
    tag = f'<meta http-equiv="Content-Security-Policy" content="{csp}">'
    m = _CHARSET.search(html) or _HEAD.search(html)
    if m is None:
        return html
    return html[: m.end()] + tag + html[m.end():]


def apply_to_site(site_dir: Path) -> str:
    pages = sorted(site_dir.rglob("*.html"))
    texts = {p: p.read_text(encoding="utf-8") for p in pages}
    csp = policy(site_script_hashes(list(texts.values())))
    for p, text in texts.items():
        p.write_text(with_meta(text, csp), encoding="utf-8")
    (site_dir / "_headers").write_text(f"/*\n  Content-Security-Policy: {csp}\n", encoding="utf-8")
    return csp
