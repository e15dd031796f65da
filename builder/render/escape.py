"""Article text is untrusted: everything from it goes through one of these."""
from __future__ import annotations

import html
import re

# Python-Markdown's own backslash-escapable characters (markdown.Markdown.ESCAPED_CHARS),
# and "|", which the tables extension (on in mkdocs.yml) adds: unescaped, a "|" in a name
# or role would split a table cell and push the text after it out of the table
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|])")
# what a YAML scalar cannot hold (PyYAML's reader refuses it, so MkDocs would drop the
# page's whole front matter and show it as text) or reads as a line break
_NOT_YAML = re.compile("[^\t\n\r\x20-\x7e\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]"
                       "|[\x85\u2028\u2029\ufeff]")


def h(text: str | None) -> str:
    """Text -> HTML text or attribute value."""
    return html.escape(text or "", quote=True)


def md(text: str | None) -> str:
    """Text -> Markdown inline source that renders as exactly that text, never as HTML."""
    return _MD_SPECIAL.sub(r"\\\1", html.escape(" ".join((text or "").split()), quote=False))


def yaml_str(text: str | None) -> str:
    """A page-front-matter value (title, description) as a double-quoted YAML scalar.

    MkDocs' templates do not autoescape, and the theme puts ``page.title`` into the page
    unescaped (header, nav, <title>, meta description), so the value is HTML-escaped first.
    """
    s = h(text).replace("\\", "\\\\").replace('"', '\\"')
    s = _NOT_YAML.sub(" ", "".join(ch if ch >= " " else " " for ch in s))
    return f'"{s}"'
