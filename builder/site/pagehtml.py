"""Generated Markdown pages -> HTML without Python-Markdown (the fast path of the site).

The pages under docs/ that the build generates use a small, fixed part of Markdown:
ATX headings, one-line raw HTML blocks, bullet lists, pipe tables and paragraphs, with
links, ``**strong**``, inline HTML tags, entities and backslash escapes inline. Python-
Markdown spends most of its time on the raw HTML (a 15 KB article page costs it tens of
milliseconds, the chronology of 10,000 articles minutes); this module converts exactly
that subset in linear time and gives the same HTML, heading ids, permalinks and table
of contents as Python-Markdown with MkDocs' ``toc`` (permalink), ``tables`` settings.

Anything outside the subset makes ``convert`` return None, and the page goes through
Python-Markdown as before: the fast path never guesses. ``tests/test_pagehtml.py``
compares both on the seed site and on a synthetic corpus.

Links: every Markdown link target goes through ``resolve`` (the plugin resolves it with
MkDocs' public file API), which may refuse it (None): the page then takes the slow path, where MkDocs
reports the broken link as usual.
"""
from __future__ import annotations

import html as _html
import re
from dataclasses import dataclass, field
from typing import Callable

from markdown.extensions.toc import nest_toc_tokens, slugify, unique

ESCAPABLE = set("\\`*_{}[]()>#+-.!|")
BLOCK_TAGS = {"address", "article", "aside", "blockquote", "details", "dialog", "dd", "div",
              "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2",
              "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "main", "menu", "nav", "ol",
              "p", "section", "table", "ul", "summary"}
_HEADING = re.compile(r"(?P<level>#{1,6})(?P<header>(?:\\.|[^\\])*?)#*$")
_RAW_START = re.compile(r"<([a-zA-Z][a-zA-Z0-9]*)[\s>]")
_INLINE_TAG = re.compile(r"<(\/?[a-zA-Z][^<>@ ]*( [^<>]*)?|!--(?:(?!<!--|-->).)*--)>")
_AUTOLINK = re.compile(r"<(?:[Ff]|[Hh][Tt])[Tt][Pp][Ss]?://[^<>]*>|<[^<> !]+@[^@<> ]+>")
_ENTITY = re.compile(r"&(?:#[0-9]+|#x[0-9a-fA-F]+|[a-zA-Z0-9]+);")
_LIST_ITEM = re.compile(r"[ ]{0,3}[*+-][ ]+(.*)")
_TABLE_SEP = re.compile(r"\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*")
_SPECIAL = re.compile(r"[\\&<\[*_`\]!\n]")
_ID_DQ = re.compile(r'\sid="([^"]*)"')
_ID_SQ = re.compile(r"\sid='([^']*)'")
_BRACKETS = re.compile(r"[\[\]\\]")
_TAG_STRIP = re.compile(r"<(\/?[a-zA-Z][^<>@ ]*( [^<>]*)?|!--(?:(?!<!--|-->).)*--)>", re.S)
# a paragraph line must not start like any other Markdown block
_PARA_BAD_START = re.compile(r"[ \t]|[#>*+=|<`~_-]|\d+[.)]|\[[^\]]*\]:")


class Unsupported(Exception):
    """The page uses Markdown outside the fast path's subset."""


@dataclass
class PageHtml:
    html: str
    toc: list[dict] = field(default_factory=list)       # Python-Markdown's toc_tokens
    title: str | None = None                            # text of the first h1
    anchor_ids: set[str] = field(default_factory=set)   # every id on the page


Resolver = Callable[[str], "str | None"]


def convert(markdown: str, resolve: Resolver) -> PageHtml | None:
    try:
        return _Converter(resolve).run(markdown)
    except Unsupported:
        return None


def _escape_text(text: str) -> str:
    """What Python-Markdown's serializer does to text: a lone & and angle brackets."""
    if "&" in text:
        text = re.sub(r"&(?!(?:\#[0-9]+|\#x[0-9a-f]+|[0-9a-z]+);)", "&amp;", text)
    return text.replace("<", "&lt;").replace(">", "&gt;")


def _escape_attr(text: str) -> str:
    if "&" in text:
        text = re.sub(r"&(?!(?:\#[0-9]+|\#x[0-9a-f]+|[0-9a-z]+);)", "&amp;", text)
    return (text.replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
            .replace("\n", "&#10;"))


class _Converter:
    def __init__(self, resolve: Resolver):
        self.resolve = resolve
        self.used_ids: set[str] = set()
        self.counters: dict[str, int] = {}
        self.toc_flat: list[dict] = []
        self.title: str | None = None
        self.anchor_ids: set[str] = set()

    # ---- blocks --------------------------------------------------------------------------

    def run(self, markdown: str) -> PageHtml:
        if "\t" in markdown or "\r" in markdown:
            raise Unsupported("tabs or carriage returns")
        blocks: list[list[str]] = []
        gaps: list[bool] = []          # was there a blank line before this block
        current: list[str] = []
        blank_before = False
        for line in markdown.split("\n"):
            if line.strip() == "":
                if current:
                    blocks.append(current)
                    current = []
                blank_before = True
                continue
            if not current:
                gaps.append(blank_before)
            current.append(line)
            blank_before = False
        if current:
            blocks.append(current)
        out: list[str] = []
        i = 0
        while i < len(blocks):
            block = blocks[i]
            first = block[0]
            if first.startswith("#"):
                if len(block) != 1:
                    raise Unsupported("heading inside a block")
                out.append(self.heading(first))
            elif first.startswith("<"):
                out.append(self.raw_block(block))
            elif _LIST_ITEM.fullmatch(first):
                items: list[list[str]] = []
                loose = False
                while i < len(blocks) and _LIST_ITEM.fullmatch(blocks[i][0]):
                    if items:
                        loose = True
                    items += self.list_items(blocks[i])
                    i += 1
                i -= 1
                out.append(self.bullet_list(items, loose))
            elif first.startswith("|"):
                out.append(self.table(block))
            else:
                out.append(self.paragraph(block))
            i += 1
        toc = nest_toc_tokens(self.toc_flat)     # a flat list of headings -> a tree by level
        return PageHtml("\n".join(out).strip(), toc, self.title, self.anchor_ids | self.used_ids)

    def heading(self, line: str) -> str:
        m = _HEADING.fullmatch(line)
        if not m:
            raise Unsupported("heading")
        level = len(m.group("level"))
        inner = self.inline(m.group("header").strip())
        name = " ".join(_TAG_STRIP.sub("", inner).split())
        hid = unique(slugify(_html.unescape(name), "-"), self.used_ids, self.counters)
        self.toc_flat.append({"level": level, "id": hid, "name": name, "html": inner,
                              "data-toc-label": "", "children": []})
        if level == 1 and self.title is None:
            self.title = _html.unescape(name)
        return (f'<h{level} id="{_escape_attr(hid)}">{inner}<a class="headerlink" '
                f'href="#{_escape_attr(hid)}" title="Permanent link">&para;</a></h{level}>')

    def raw_block(self, block: list[str]) -> str:
        if len(block) != 1:
            raise Unsupported("multi-line raw HTML")
        line = block[0]
        m = _RAW_START.match(line)
        if not m or m.group(1).lower() not in BLOCK_TAGS:
            raise Unsupported("raw HTML that is not a block")
        tag = m.group(1)
        if not line.endswith(f"</{tag}>") or "<!--" in line:
            raise Unsupported("unbalanced raw block")
        # the first tag's own end tag must close the line (Python-Markdown ends the raw
        # block there); nested tags of the same name are counted
        if line.count(f"<{tag}") != 1 or line.count(f"</{tag}") != 1:
            depth = 0
            for t in re.finditer(rf"<(/?){re.escape(tag)}(?=[\s>/])", line):
                depth += -1 if t.group(1) else 1
                if depth == 0 and t.end() + 1 != len(line):
                    raise Unsupported("text after the raw block's end tag")
            if depth != 0:
                raise Unsupported("unbalanced raw block")
        if ' id="' in line:
            self.anchor_ids.update(part[:part.find('"')] for part in line.split(' id="')[1:])
        if "id='" in line:
            self.anchor_ids.update(_ID_SQ.findall(line))
        return line + "\n"            # Python-Markdown leaves a blank line after raw HTML

    def list_items(self, block: list[str]) -> list[list[str]]:
        items: list[list[str]] = []
        for line in block:
            m = _LIST_ITEM.fullmatch(line)
            if m:
                items.append([m.group(1)])
            elif line.startswith("    ") and items and not line[4:].startswith(" "):
                rest = line[4:]
                tag = _RAW_START.match(rest)
                if _LIST_ITEM.fullmatch(rest) or rest.startswith(("#", "|", ">")) or \
                        (rest.startswith("<") and (tag is None or tag.group(1).lower() in BLOCK_TAGS)):
                    raise Unsupported("nested block in a list")
                items[-1].append(line)     # Python-Markdown keeps the indentation
            else:
                raise Unsupported("lazy list continuation")
        return items

    def bullet_list(self, items: list[list[str]], loose: bool) -> str:
        out = ["<ul>"]
        for lines in items:
            for ln in lines:
                if ln.endswith("  "):
                    raise Unsupported("hard line break")
            text = self.inline("\n".join(lines).strip())
            out.append(f"<li>\n<p>{text}</p>\n</li>" if loose else f"<li>{text}</li>")
        out.append("</ul>")
        return "\n".join(out)

    def table(self, block: list[str]) -> str:
        if len(block) < 2 or not _TABLE_SEP.fullmatch(block[1]):
            raise Unsupported("not a table")
        header = self.cells(block[0])
        aligns = []
        for c in self.cells(block[1]):
            c = c.strip()
            aligns.append("center" if c.startswith(":") and c.endswith(":") else
                          "left" if c.startswith(":") else "right" if c.endswith(":") else None)
        if len(aligns) != len(header):
            raise Unsupported("table shape")
        out = ["<table>", "<thead>", "<tr>"]
        out += [self.cell("th", c, a) for c, a in zip(header, aligns)]
        out += ["</tr>", "</thead>", "<tbody>"]
        for line in block[2:]:
            if not line.startswith("|"):
                raise Unsupported("table row")
            row = self.cells(line)
            if len(row) != len(header):
                raise Unsupported("table row shape")
            out.append("<tr>")
            out += [self.cell("td", c, a) for c, a in zip(row, aligns)]
            out.append("</tr>")
        out += ["</tbody>", "</table>"]
        return "\n".join(out)

    @staticmethod
    def cells(line: str) -> list[str]:
        if "`" in line or "\\|" in line:
            raise Unsupported("code or escaped pipe in a table")
        line = line.strip()
        if line.startswith("|"):
            line = line[1:]
        if line.endswith("|"):
            line = line[:-1]
        return line.split("|")

    def cell(self, tag: str, text: str, align: str | None) -> str:
        style = f' style="text-align: {align};"' if align else ""
        return f"<{tag}{style}>{self.inline(text.strip())}</{tag}>"

    def paragraph(self, block: list[str]) -> str:
        for n, line in enumerate(block):
            if _PARA_BAD_START.match(line) or line.endswith("  "):
                raise Unsupported("paragraph line")
            if n and re.fullmatch(r"[=-]+\s*", line):
                raise Unsupported("setext heading")
        return f"<p>{self.inline(chr(10).join(block))}</p>"

    # ---- inline --------------------------------------------------------------------------

    def inline(self, text: str) -> str:
        out: list[str] = []
        plain: list[str] = []
        i, n = 0, len(text)

        def flush():
            if plain:
                out.append(_escape_text("".join(plain)))
                plain.clear()

        while i < n:
            m = _SPECIAL.search(text, i)
            if m is None:
                plain.append(text[i:])
                break
            if m.start() > i:
                plain.append(text[i:m.start()])
                i = m.start()
            ch = text[i]
            if ch == "\\":
                if i + 1 < n and text[i + 1] in ESCAPABLE:
                    plain.append(text[i + 1])
                    i += 2
                else:
                    plain.append(ch)
                    i += 1
            elif ch == "&":
                m = _ENTITY.match(text, i)
                if m:
                    flush()
                    out.append(m.group(0))
                    i = m.end()
                else:
                    plain.append(ch)
                    i += 1
            elif ch == "<":
                if _AUTOLINK.match(text, i):
                    raise Unsupported("autolink")
                m = _INLINE_TAG.match(text, i)
                if not m:
                    raise Unsupported("a lone <")
                flush()
                out.append(m.group(0))
                i = m.end()
            elif ch == "[":
                end, label, href = self.link(text, i)
                flush()
                url = self.resolve(href)
                if url is None:
                    raise Unsupported(f"link target {href}")
                out.append(f'<a href="{_escape_attr(url)}">{self.inline(label)}</a>')
                i = end
            elif ch == "*":
                if not text.startswith("**", i):
                    raise Unsupported("emphasis")
                close = text.find("**", i + 2)
                inner = text[i + 2:close]
                if close < 0 or not inner or inner[0].isspace() or inner[-1].isspace() \
                        or "*" in inner.replace("\\*", ""):
                    raise Unsupported("strong")
                flush()
                out.append(f"<strong>{self.inline(inner)}</strong>")
                i = close + 2
            elif ch == "\n":
                if text[i - 2:i] == "  ":
                    raise Unsupported("hard line break")
                plain.append(ch)
                i += 1
            elif ch == "!" and not text.startswith("![", i):
                plain.append(ch)
                i += 1
            else:                    # _ ` ] or an image
                raise Unsupported(f"inline {ch}")
        flush()
        return "".join(out)

    @staticmethod
    def link(text: str, start: int) -> tuple[int, str, str]:
        depth, i = 0, start
        while True:
            m = _BRACKETS.search(text, i)
            if m is None:
                raise Unsupported("unclosed [")
            i = m.start()
            c = text[i]
            if c == "\\":
                i += 2
                continue
            depth += 1 if c == "[" else -1
            if depth == 0:
                break
            i += 1
        label = text[start + 1:i]
        if i + 1 >= len(text) or text[i + 1] != "(":
            raise Unsupported("[ without a link")
        close = text.find(")", i + 2)
        href = text[i + 2:close] if close > 0 else ""
        if close < 0 or not href or any(c in href for c in " \t\n()<>\"'\\"):
            raise Unsupported("link target")
        return close + 1, label, href
