"""Reading built pages back: the visible text of the content area, and anything that runs.

A page is safe when nothing in it can execute: no element that runs or loads (script,
iframe, img, svg, ...) inside the content generated from article text, no event-handler
attribute anywhere, no javascript:/data: URL, and every inline script outside the
content allowed by the page's own Content-Security-Policy (the theme's, by hash).
"""
from __future__ import annotations

import base64
import hashlib
import re
from html.parser import HTMLParser
from pathlib import Path


def norm(text: str) -> str:
    return " ".join(text.split())




RUNNABLE_TAGS = {"script", "iframe", "frame", "frameset", "object", "embed", "applet", "img",
                 "svg", "math", "style", "link", "meta", "base", "video", "audio", "source",
                 "input", "button", "textarea", "template", "noscript", "form"}
URL_ATTRS = {"href", "src", "action", "formaction", "data", "srcdoc", "xlink:href", "poster",
             "background", "ping", "srcset"}
BAD_SCHEMES = ("javascript:", "data:", "vbscript:")
# the site's own markup that is allowed inside the content area despite the list above
OWN_FORMS = {("form", "tl-filter"), ("svg", "tl-spark")}   # the chronology's chart: rects only


class PageScan(HTMLParser):
    """One built page: the text of its content area, and anything in it that could run."""

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.depth = 0                   # <article class="md-content__inner"> nesting
        self.raw: list[str] = []         # where text is hidden (script, style, title)
        self.chunks: list[str] = []
        self.runs: list[str] = []        # findings: things that could run
        self.inline_scripts: list[tuple[str, bool]] = []   # (code, in content area)
        self.csp: str | None = None
        self._script: list[str] | None = None
        self.feed(html)
        self.close()
        self.text = norm("".join(self.chunks))

    def handle_starttag(self, tag, attrs):
        a = {k.lower(): (v or "") for k, v in attrs}
        in_content = self.depth > 0
        if tag == "article" and ("md-content__inner" in a.get("class", "") or in_content):
            self.depth += 1
        for name, value in a.items():
            if name.startswith("on"):
                self.runs.append(f"<{tag} {name}=...>")
            squashed = re.sub(r"[\x00-\x20]+", "", value).lower()
            if name in URL_ATTRS and squashed.startswith(BAD_SCHEMES):
                self.runs.append(f"<{tag} {name}={value[:40]!r}>")
        if tag == "meta" and a.get("http-equiv", "").lower() == "refresh":
            self.runs.append("<meta http-equiv=refresh>")
        if tag == "base":
            self.runs.append("<base>")
        if in_content and tag in RUNNABLE_TAGS and (tag, a.get("class", "")) not in OWN_FORMS:
            self.runs.append(f"<{tag}> in the content")
        if tag == "meta" and a.get("http-equiv", "").lower() == "content-security-policy":
            self.csp = a.get("content")
        if tag == "script":
            src = a.get("src")
            if src is not None:
                if re.match(r"^[a-z][a-z0-9+.-]*:|^//", src.strip(), re.I):
                    self.runs.append(f"<script src={src!r}> from elsewhere")
            elif not re.match(r"application/(ld\+)?json", a.get("type", ""), re.I):
                self._script = []
                self.inline_scripts.append(("", in_content))
        if tag in ("script", "style", "title", "textarea", "template"):
            self.raw.append(tag)

    def handle_endtag(self, tag):
        if tag == "article" and self.depth:
            self.depth -= 1
        if self.raw and self.raw[-1] == tag:
            self.raw.pop()
        if tag == "script" and self._script is not None:
            code = "".join(self._script)
            self.inline_scripts[-1] = (code, self.inline_scripts[-1][1])
            self._script = None

    def handle_data(self, data):
        if self._script is not None:
            self._script.append(data)
        elif self.depth and not self.raw:
            self.chunks.append(data)

    def what_runs(self) -> list[str]:
        """Findings, plus inline scripts the page's policy does not allow (never in content)."""
        found = list(self.runs)
        allowed = set(re.findall(r"'(sha256-[A-Za-z0-9+/=]+)'", self.csp or ""))
        for code, in_content in self.inline_scripts:
            digest = "sha256-" + base64.b64encode(hashlib.sha256(code.encode()).digest()).decode()
            if in_content:
                found.append(f"inline <script> in the content: {code[:40]!r}")
            elif digest not in allowed:
                found.append(f"inline <script> not allowed by the page's policy: {code[:40]!r}")
        return found


def scan_site(site: Path) -> dict[str, PageScan]:
    """site-relative page URL ("articles/x/") -> its scan."""
    out = {}
    for f in sorted(site.rglob("*.html")):
        rel = f.relative_to(site).as_posix()
        url = "" if rel == "index.html" else rel[: -len("index.html")] if rel.endswith("/index.html") else rel
        out[url] = PageScan(f.read_text(encoding="utf-8"))
    return out
