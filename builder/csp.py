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
_CONTENT = re.compile(r"<article\b[^>]*\bclass=[\"'][^\"']*\bmd-content__inner\b", re.I)


def _content_area(html: str) -> tuple[int, int]:
    """Where the page's own content (generated from article text) lies: from the theme's
    ``<article class="md-content__inner ...">`` to the last ``</article>``."""
    start = _CONTENT.search(html)
    end = html.rfind("</article>")
    if start is None or end < start.start():
        return -1, -1
    return start.start(), end + len("</article>")


def inline_script_hashes(html: str) -> set[str]:
    """Hashes of the theme's inline scripts. A script inside the content area is never
    the theme's: were one ever to get through escaping, the policy still blocks it."""
    out = set()
    lo, hi = _content_area(html)
    for m in _INLINE_SCRIPT.finditer(html):
        if re.search(r"type=[\"']application/(ld\+)?json", m.group(1), re.I):
            continue               # data blocks are never executed
        if lo <= m.start() < hi:
            continue
        digest = hashlib.sha256(m.group(2).encode("utf-8")).digest()
        out.add("'sha256-" + base64.b64encode(digest).decode("ascii") + "'")
    return out


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
    hashes: set[str] = set()
    texts = {}
    for p in pages:
        texts[p] = p.read_text(encoding="utf-8")
        hashes |= inline_script_hashes(texts[p])
    csp = policy(hashes)
    for p, text in texts.items():
        p.write_text(with_meta(text, csp), encoding="utf-8")
    (site_dir / "_headers").write_text(f"/*\n  Content-Security-Policy: {csp}\n", encoding="utf-8")
    return csp
