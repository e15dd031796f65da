"""Read a saved web page (.html, .htm, .html.gz): main text and the page's own metadata.

A saved page knows what copied text loses: publication date, canonical URL, authors,
site name. The main text is found by trafilatura (a maintained extractor that leads
the public article-extraction benchmarks) and kept as blocks, one per line, with what
the markup says of each (heading, caption, link share); the extract stage
(``builder.extract.html``) runs the project's own structure rules on them.

Nothing is fetched: the page is parsed from the local bytes and only lxml trees are
handed to trafilatura (its metadata reader runs htmldate, which downloads a string
that starts with ``http``). The publication date is read from the page's explicit
metadata only (see ``_page_date``), never guessed from URLs or loose text.
"""
from __future__ import annotations

import codecs
import copy
import datetime as _dt
import json
import logging
import re
import zlib
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import ContentError
from ..rules import datelines as D

HTML_SUFFIXES = (".html", ".htm", ".html.gz", ".htm.gz")
# Saved pages carry inline scripts and styles: a few MB is normal, 20 MB is not a news page.
MAX_BYTES = 20 * 1024 * 1024
# An article has at least a few sentences; fewer words than this is an index or error page.
MIN_ARTICLE_WORDS = 60
# An index page's main text is mostly link text (story cards); an article's is not.
MAX_LINK_SHARE = 0.5
# A main text spread over this many story cards, none holding this share of it, is an index.
CARDS_MIN_PARAGRAPHS = 5
CARDS_MAX_SHARE = 0.4
# A news page has a few thousand elements; extraction time grows faster than their number,
# so a page with more is refused rather than left to run for minutes.
MAX_ELEMENTS = 60_000

_WORD = re.compile(r"\w+")
_WS = re.compile(r"\s+")
_META_CHARSET = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9._:\-]{1,40})""", re.IGNORECASE)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]{0,200}\?>", re.IGNORECASE)
_HTML_SIGN = re.compile(rb"<(?:!doctype\s+html|html|head|body|p|div|article|h1|title)\b", re.IGNORECASE)
_WRITTEN_DATES = [re.compile(p, re.IGNORECASE) for p in D.FULL_DATES]
_ISO_DATE = re.compile(r"^(\d{4})-?(\d{2})-?(\d{2})(?:$|[T ]|\d{2})")

# The page's own statements of its publication date (OpenGraph, schema.org, Dublin Core and
# the common newsroom CMS fields); modification dates are deliberately absent.
PUBLISHED_META = frozenset({
    "article:published_time", "og:article:published_time", "og:published_time",
    "article:published", "datepublished", "publishdate", "pdate", "publish-date", "publish_date",
    "pubdate", "date",
    "dc.date", "dc.date.issued", "dcterms.issued", "dcterms.created", "dc.date.created",
    "sailthru.date", "parsely-pub-date", "article.published", "article_date_original",
    "cxenseparse:recs:publishtime", "citation_publication_date", "originalpublicationdate",
})
PUBLICATION_TYPES = frozenset({
    "NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle",
    "BackgroundNewsArticle", "ReviewNewsArticle", "BlogPosting", "LiveBlogPosting", "Report",
    "ScholarlyArticle", "TechArticle", "SatiricalArticle",
})

logging.getLogger("trafilatura").addHandler(logging.NullHandler())
logging.getLogger("htmldate").addHandler(logging.NullHandler())


@dataclass
class Block:
    """One line of the main text as the page marks it up."""

    text: str
    kind: str                 # title | paragraph | heading | item | quote | cell | caption | credit
    link_share: float = 0.0   # share of its words that are link text in the page
    in_caption: bool = False  # inside a <figure>/<figcaption> or a caption-classed element

    @property
    def link(self) -> bool:
        """The whole line is a link (a related story, a navigation item)."""
        return self.link_share >= 0.9


@dataclass
class HtmlPage:
    path: str
    blocks: list[Block]                  # headline first (when known), then the main text
    title: str | None = None             # the page's headline (h1, else og:title / <title>)
    date: str | None = None              # YYYY-MM-DD from the page's metadata
    date_stamp: str | None = None        # the metadata value it was read from
    url: str | None = None               # canonical URL
    authors: list[str] = field(default_factory=list)
    site_name: str | None = None
    description: str | None = None
    topic: str | None = None             # the section the page files itself under
    page_text: str = ""                  # the whole page's visible text (see page_text())
    encoding: str = "utf-8"
    warnings: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        """The input for ``structure()``: one block per line (see ``layout``)."""
        return self.layout()[0]

    def layout(self) -> tuple[str, list[int]]:
        """(text, the 0-based line of each block): one block per line, and a blank line
        around paragraphs as a browser's copy has them (the text rules read blank lines:
        a lone line between blank lines, a credit line closing a caption group)."""
        out: list[str] = []
        where: list[int] = []
        prev: Block | None = None
        for b in self.blocks:
            if prev is not None and _blank_between(prev, b):
                out.append("")
            where.append(len(out))
            out.append(b.text)
            prev = b
        return "\n".join(out) + "\n", where


def _blank_between(a: Block, b: Block) -> bool:
    if BLANK_MODE == "all":
        return not (a.kind == b.kind == "item" or b.kind == "credit")
    return "paragraph" in (a.kind, b.kind) or "quote" in (a.kind, b.kind)


BLANK_MODE = "p"


def is_html_path(path: Path | str) -> bool:
    return str(path).lower().endswith(HTML_SUFFIXES)


# ---- bytes -> text -----------------------------------------------------------------


def _mb(n: int) -> str:
    return f"{n / 1e6:.1f} MB"


def _too_big(path: str, size: int, what: str = "file is") -> ContentError:
    return ContentError(path, f"{what} {_mb(size)}, larger than the {MAX_BYTES // (1024 * 1024)} MB "
                              "a saved article page can be; refused")


def read_bytes(path: Path) -> bytes:
    """The page's bytes, gunzipped for .gz, refusing oversized files and gzip bombs."""
    p = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise _too_big(p, size)
        data = path.read_bytes()
    except FileNotFoundError:
        raise ContentError(p, "no such file") from None
    except IsADirectoryError:
        raise ContentError(p, "is a folder, not a file") from None
    except PermissionError:
        raise ContentError(p, "cannot be read (permission denied)") from None
    if p.lower().endswith(".gz") or data[:2] == b"\x1f\x8b":
        data = gunzip(data, p)
    return data


def gunzip(data: bytes, path: str) -> bytes:
    """Decompress at most MAX_BYTES (a small .gz can expand to gigabytes)."""
    out = bytearray()
    try:
        while data:
            d = zlib.decompressobj(16 + zlib.MAX_WBITS)
            while True:
                chunk = d.decompress(data, MAX_BYTES + 1 - len(out))
                out += chunk
                if len(out) > MAX_BYTES:
                    raise ContentError(path, f"decompresses to more than {MAX_BYTES // (1024 * 1024)} "
                                             "MB, larger than a saved article page can be; refused")
                data = d.unconsumed_tail
                if not data or d.eof:
                    break
            if not d.eof:
                raise ContentError(path, "the gzip file is truncated")
            data = d.unused_data.lstrip(b"\x00")   # a further gzip member, if any
    except zlib.error as exc:
        raise ContentError(path, f"not a valid gzip file ({exc})") from None
    return bytes(out)


# The text encodings a web page can declare (the WHATWG Encoding Standard's), by Python's
# name for them. Python knows other codecs ("undefined", "punycode", "rot13", "base64",
# "utf-7", "unicode_escape") that no browser reads a page in: declaring one is an error in
# the page, ignored like an unknown name.
WEB_CODECS = frozenset({
    "utf-8", "utf-16-le", "utf-16-be", "utf-16", "cp866", "koi8-r", "koi8-u", "mac-roman",
    "mac-cyrillic", "cp874", "cp1250", "cp1251", "cp1252", "cp1253", "cp1254", "cp1255", "cp1256",
    "cp1257", "cp1258", "gbk", "gb2312", "gb18030", "big5", "big5hkscs", "euc_jp", "iso2022_jp",
    "shift_jis", "cp932", "euc_kr", "cp949",
    *(f"iso8859-{n}" for n in (2, 3, 4, 5, 6, 7, 8, 10, 13, 14, 15, 16)),
})
# labels browsers accept that Python spells otherwise
_WEB_LABELS = {"windows-874": "cp874", "x-mac-cyrillic": "mac-cyrillic", "x-sjis": "shift_jis",
               "x-x-big5": "big5", "x-gbk": "gbk", "ms_kanji": "shift_jis"}


def _codec(name: str) -> str | None:
    """The Python codec for a declared charset, or None when no browser would read a page
    in it (an unknown or non-text codec name)."""
    label = name.strip().lower()
    try:
        canonical = codecs.lookup(_WEB_LABELS.get(label, label)).name
    except (LookupError, ValueError):
        return None
    # as browsers do (WHATWG): Latin-1 and ASCII labels mean Windows-1252
    if canonical in ("latin-1", "iso8859-1", "ascii"):
        return "cp1252"
    return canonical if canonical in WEB_CODECS else None


def decode_html(data: bytes, path: str) -> tuple[str, str, list[str]]:
    """-> (text, encoding, warnings). BOM, then the declared charset, then UTF-8, then
    Windows-1252; a declaration that the bytes contradict is reported, not trusted."""
    warnings: list[str] = []
    if not data.strip():
        raise ContentError(path, "file is empty")
    for bom, enc in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"),
                     (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF16_LE, "utf-16"),
                     (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(enc), enc.replace("-sig", ""), warnings
            except UnicodeDecodeError as exc:
                raise ContentError(path, f"invalid {enc.upper()} text: {exc.reason}") from None
    if b"\x00" in data[:65536]:
        raise ContentError(path, "looks like a binary file (NUL bytes), not a web page")
    m = _META_CHARSET.search(data[:16384])
    declared = m.group(1).decode("ascii", "replace") if m else None
    codec = _codec(declared) if declared else None
    if declared and codec is None:
        warnings.append(f"{path}: declares an unknown character set {declared!r}; ignored")
    utf8 = _try(data, "utf-8")
    if codec and not codec.startswith("utf"):
        if utf8 is not None and not data.isascii():
            # non-ASCII bytes that happen to form valid UTF-8 are UTF-8: the declaration is wrong
            warnings.append(f"{path}: declares {declared} but the bytes are UTF-8; read as UTF-8")
            return utf8, "utf-8", warnings
        text = _try(data, codec)
        if text is not None:
            return text, codec, warnings
    elif utf8 is not None:
        return utf8, "utf-8", warnings
    text = data.decode("cp1252", errors="replace")
    what = f"declares {declared} but is not" if codec else "not valid UTF-8"
    warnings.append(f"{path}: {what}; decoded as Windows-1252 (check the special characters)")
    return text, "cp1252", warnings


def _try(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except (UnicodeError, LookupError, ValueError):   # any codec's failure, not only decoding
        return None


def parse_tree(text: str, path: str):
    """Unicode HTML -> lxml tree (lenient: lxml repairs unclosed and stray tags)."""
    # here, not at the top: only saved web pages need lxml (~25 ms to import), and every
    # extraction imports this module (is_html_path)
    from lxml import etree
    from lxml import html as lxml_html

    text = _XML_DECL.sub("", text, count=1)
    # libxml2 stops at NUL and rejects some control characters
    text = re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f]", " ", text)
    parser = lxml_html.HTMLParser(remove_comments=True, remove_pis=True, no_network=True,
                                  default_doctype=False)
    try:
        tree = lxml_html.document_fromstring(text, parser=parser)
    except (etree.ParserError, ValueError) as exc:
        raise ContentError(path, f"cannot be read as HTML ({exc})") from None
    if tree is None or tree.find("body") is None and len(tree) == 0:
        raise ContentError(path, "cannot be read as HTML (no document)")
    return tree


# ---- the main text ---------------------------------------------------------------------


def _clean(text: str) -> str:
    return _WS.sub(" ", text).strip()


def _line_texts(el) -> list[str]:
    """Text of one trafilatura block, split at its line breaks (<lb/>)."""
    lines: list[list[str]] = [[]]

    def walk(e) -> None:
        if e.tag == "lb":
            lines.append([])
        else:
            if e.text:
                lines[-1].append(e.text)
            for child in e:
                walk(child)
        if e.tail and e is not el:
            lines[-1].append(e.tail)

    walk(el)
    return [t for t in (_clean("".join(parts)) for parts in lines) if t]


def _blocks(body) -> list[Block]:
    """trafilatura's XML body -> one Block per line."""
    blocks: list[Block] = []

    def add(el, kind: str, prefix: str = "") -> None:
        for text in _line_texts(el):
            blocks.append(Block(prefix + text, kind))

    def walk(el, kind_hint: str | None = None) -> None:
        for child in el:
            tag = child.tag
            if tag == "head":
                add(child, "heading")
            elif tag == "p":
                add(child, kind_hint or "paragraph")
            elif tag == "list":
                for item in child.iter("item"):
                    # nested lists are walked by iter(); keep only the item's own text
                    own = copy.copy(item)
                    for sub in own.findall("list"):
                        own.remove(sub)
                    add(own, "item", "- ")
            elif tag == "quote":
                if len(child) and all(c.tag in ("p", "list", "head", "quote") for c in child):
                    walk(child, "quote")
                else:
                    add(child, "quote")
            elif tag == "table":
                for row in child.iter("row"):
                    cells = [" ".join(_line_texts(c)) for c in row.iter("cell")]
                    text = " \t".join(c for c in cells if c)
                    if text:
                        blocks.append(Block(text, "cell"))
            elif tag in ("graphic", "lb"):
                continue
            elif tag == "div" or len(child):
                walk(child, kind_hint)
            else:
                add(child, kind_hint or "paragraph")

    walk(body)
    return blocks


def _main_text(tree) -> tuple[list[Block], bool]:
    """(the main text's blocks, whether they come from a list of story cards)."""
    import trafilatura     # here, not at the top: ~150 ms to import, for saved web pages only

    doc = trafilatura.bare_extraction(
        copy.deepcopy(tree), favor_precision=True, include_comments=False, include_tables=True,
        include_links=False, include_images=False, include_formatting=True, with_metadata=False,
        deduplicate=False)
    if doc is None or getattr(doc, "body", None) is None:
        return [], False
    blocks = _blocks(doc.body)
    elements = _witness(tree, blocks)
    return _with_captions(tree, blocks, elements), _story_cards(tree, blocks, elements)


def _story_cards(tree, blocks: list[Block], elements: list) -> bool:
    """An index page's "main text" is the summaries of many story cards, each under its
    own headline; an article's paragraphs stand under one headline. Each paragraph is
    grouped by its nearest ancestor that holds a heading: an article has one big group,
    a list of cards has as many groups as paragraphs (measured on the 60 benchmark
    articles: the largest group always holds at least half the paragraphs)."""
    body = tree.find("body")
    if body is None:
        return False
    holds_heading = set()
    for h in body.iter("h1", "h2", "h3", "h4", "h5", "h6"):
        holds_heading.update(h.iterancestors())
    groups: dict = {}
    for b, e in zip(blocks, elements):
        if e is None or b.kind != "paragraph":
            continue
        group = next((a for a in e.iterancestors() if a in holds_heading), None)
        groups[group] = groups.get(group, 0) + 1
    n = sum(groups.values())
    return n >= CARDS_MIN_PARAGRAPHS and max(groups.values()) < CARDS_MAX_SHARE * n


def _key(text: str) -> str:
    return " ".join(_WORD.findall(text.lower()))


# elements whose text trafilatura turns into one block
_BLOCK_TAGS = ("p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "dd", "dt", "td",
               "th", "figcaption", "caption", "pre", "a")
_CAPTION_CLASS = re.compile(r"caption|credit", re.IGNORECASE)


def _witness(tree, blocks: list[Block]) -> list:
    """What the page's own markup says about each line: how much of it is link text
    and whether it sits in a photo caption. trafilatura's link output (include_links)
    loses text on some pages, so the lines are looked up in the original tree; returns
    the element each block was found as (None when not found)."""
    wanted = {_key(b.text) for b in blocks}
    found: dict[str, object] = {}
    share: dict[str, float] = {}
    links: set[str] = set()
    body = tree.find("body")
    for el in (body if body is not None else tree).iter(*_BLOCK_TAGS):
        key = _key(el.text_content())
        if not key:
            continue
        if el.tag == "a":
            links.add(key)
        if key in wanted and (key not in found or share[key] >= 0.5):
            # the same words as a link elsewhere (a menu, a teaser) and as text: the text
            # is what trafilatura took
            el_share = _link_share(el, len(key.split()))
            if key not in found or el_share < share[key]:
                found[key], share[key] = el, el_share
    for b in blocks:
        key = _key(b.text)
        words = key.split()
        if not words:
            continue
        el = found.get(key)
        if el is not None:
            b.link_share = share[key]
            b.in_caption = any(x.tag in ("figcaption", "figure") or
                               _CAPTION_CLASS.search(f"{x.get('class', '')} {x.get('id', '')}")
                               for x in [el, *el.iterancestors()])
        else:
            # a line of a block split at <br>: count the link texts it contains
            text = f" {key} "
            covered = sum(len(k.split()) for k in links if f" {k} " in text)
            b.link_share = min(1.0, covered / len(words))
    return [found.get(_key(b.text)) for b in blocks]


def _link_share(el, words: int) -> float:
    """Share of the element's words that are link text (1.0 inside a link)."""
    if el.tag == "a" or any(x.tag == "a" for x in el.iterancestors()):
        return 1.0
    # (the parser never nests a link in a link)
    linked = sum(len(_WORD.findall(a.text_content())) for a in el.iter("a"))
    return min(1.0, linked / words) if words else 0.0


# a caption's credit, and screen-reader labels ("Image caption") that are not shown
_CREDIT_CLASS = re.compile(r"credit|copyright|source|photographer|byline|author", re.IGNORECASE)
_HIDDEN_CLASS = re.compile(r"off-?screen|visually-?hidden|sr-only|screen-?reader|a11y|truncat|toggle",
                           re.IGNORECASE)
_CAPTION_MIN_WORDS = 3
_CAPTION_MAX_WORDS = 120
_NOT_SHOWN = {"script", "style", "template", "noscript", "button", "select", "option", "svg"}
# "Photo: AP", "Credit: ...": the label before the credit itself
_CREDIT_LABEL = re.compile(r"^(?:(?:photo|photograph|image|picture|credit|source)s?\s*(?:copyright|credit)?"
                           r"\s*:\s*|(?:photo|photograph|image|picture)s?\s+(?:by|credit)\s*:?\s*)",
                           re.IGNORECASE)


def _attrs(el) -> str:
    return f"{el.get('class', '')} {el.get('id', '')} {el.get('itemprop', '')}"


def _caption_parts(el) -> tuple[str, str | None]:
    """(caption text, credit) of a caption element; the credit is the text of a
    credit-marked child ("<span class=credit>AP</span>"), when there is one."""
    text_parts: list[str] = []
    credit_parts: list[str] = []

    def walk(e, into: list[str]) -> None:
        if not isinstance(e.tag, str):
            return
        if e is not el and (_HIDDEN_CLASS.search(_attrs(e)) or e.tag in _NOT_SHOWN):
            if e.tail:
                into.append(e.tail)
            return
        target = credit_parts if e is not el and _CREDIT_CLASS.search(_attrs(e)) else into
        if e.text:
            target.append(e.text)
        for child in e:
            walk(child, target)
        if e is not el and e.tail:
            into.append(e.tail)

    walk(el, text_parts)
    return _clean(" ".join(text_parts)), (_clean(" ".join(credit_parts)) or None)


def _container(elements: list) -> object | None:
    """The deepest element holding at least three quarters of the main text's blocks."""
    found = [e for e in elements if e is not None]
    if not found:
        return None
    counts: dict = {}
    depth: dict = {}
    for e in found:
        chain = [e, *e.iterancestors()]
        for d, anc in enumerate(reversed(chain)):
            counts[anc] = counts.get(anc, 0) + 1
            depth[anc] = d
    need = 0.75 * len(found)
    best = max((a for a, c in counts.items() if c >= need), key=lambda a: depth[a], default=None)
    return best


def _with_captions(tree, blocks: list[Block], elements: list) -> list[Block]:
    """Insert the photo captions of the article (<figcaption> and caption-classed
    elements inside the main text's container) at their place in the text."""
    container = _container(elements)
    if container is None:
        return blocks
    holds_text = set()
    for e in elements:
        if e is not None:
            holds_text.add(e)
            holds_text.update(e.iterancestors())
    order = {e: i for i, e in enumerate(tree.iter())}
    candidates = []
    seen_keys: list[str] = []
    for el in container.iter():
        if not isinstance(el.tag, str) or el in holds_text or el.tag in _NOT_SHOWN:
            continue
        if el.tag != "figcaption" and not re.search(r"caption", _attrs(el), re.IGNORECASE):
            continue
        if any(a.tag == "figcaption" or re.search(r"caption", _attrs(a), re.IGNORECASE)
               for a in el.iterancestors()):
            continue   # the outer caption element is taken whole
        text, credit = _caption_parts(el)
        words = len(_WORD.findall(text))
        if words < _CAPTION_MIN_WORDS or words > _CAPTION_MAX_WORDS:
            continue   # a "Caption" toggle, an "Advertisement" label, a whole story
        key = f" {_key(text)} "
        if any(key in seen or seen in key for seen in seen_keys):
            continue   # the same photo again in a gallery ("Image 1 of 23 ...")
        seen_keys.append(key)
        if credit:
            credit = _CREDIT_LABEL.sub("", credit).strip(" ()") or None
        candidates.append((order.get(el, 0), text, credit))
    if not candidates:
        return blocks
    # place each caption before the first main-text block that follows it in the page
    positions = [order.get(e) if e is not None else None for e in elements]
    out: list[Block] = []
    pending = sorted(candidates)
    for b, pos in zip(blocks, positions):
        while pending and pos is not None and pending[0][0] < pos:
            _, text, credit = pending.pop(0)
            out.append(Block(text, "caption", in_caption=True))
            if credit:
                out.append(Block(credit, "credit", in_caption=True))
        out.append(b)
    for _, text, credit in pending:
        out.append(Block(text, "caption", in_caption=True))
        if credit:
            out.append(Block(credit, "credit", in_caption=True))
    return out


# ---- the whole page as a reader sees it ---------------------------------------------

_SKIP_RENDER = {"script", "style", "template", "head", "title", "meta", "link", "svg", "iframe",
                "object", "embed", "canvas", "audio", "video", "source", "track", "map", "select",
                "datalist", "button", "input", "textarea", "img", "picture"}
_BLOCK_RENDER = {"address", "article", "aside", "blockquote", "center", "dd", "details", "dialog",
                 "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form",
                 "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "legend", "li",
                 "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody",
                 "thead", "tfoot", "tr", "ul", "caption", "body", "html", "noscript", "option"}
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)


def page_text(tree) -> str:
    """The page's visible text, one block per line, roughly as a browser's innerText
    gives it to someone who selects all and copies: the input the text path is built for."""
    lines: list[str] = []
    buf: list[str] = []

    def flush(blank: bool = False) -> None:
        if buf:
            text = _clean("".join(buf))
            buf.clear()
            if text:
                lines.append(text)
        if blank and lines and lines[-1]:
            lines.append("")

    # iterative walk: deep pages must not hit the recursion limit
    body = tree.find("body")
    stack: list = [(body if body is not None else tree, False)]
    while stack:
        el, closing = stack.pop()
        if closing:
            if el.tag in _BLOCK_RENDER:
                flush(el.tag == "p")
            if el.tail:
                buf.append(el.tail)
            continue
        tag = el.tag if isinstance(el.tag, str) else None
        if tag is None or tag in _SKIP_RENDER or el.get("hidden") is not None \
                or _HIDDEN_STYLE.search(el.get("style") or ""):
            if el.tail:
                buf.append(el.tail)
            continue
        if tag == "br":
            flush()
            if el.tail:
                buf.append(el.tail)
            continue
        if tag in _BLOCK_RENDER:
            flush(tag == "p")
        elif tag in ("td", "th") and buf:
            buf.append(" \t ")
        if el.text:
            buf.append(el.text)
        stack.append((el, True))
        for child in reversed(el):
            stack.append((child, False))
    flush()
    while lines and not lines[-1]:
        lines.pop()
    return "\n".join(lines) + "\n"


# ---- metadata ------------------------------------------------------------------------


def _headline(tree, meta_title: str | None) -> str | None:
    """The headline as the page shows it: the first <h1> that agrees with the page's
    title metadata (a logo or section name in <h1> does not), else that metadata."""
    meta_words = {w.lower() for w in _WORD.findall(meta_title or "")}
    for h1 in tree.iter("h1"):
        text = _clean(h1.text_content())
        words = [w.lower() for w in _WORD.findall(text)]
        if not words or len(words) > 60:
            continue
        if not meta_words:
            return text
        if sum(w in meta_words for w in words) >= 0.6 * len(words):
            return text
    return _clean(meta_title) if meta_title else None


def _authors(value: str | None, site: str | None) -> list[str]:
    """trafilatura's "A; B; Site" -> ["A", "B"] (the outlet is the source, not an author)."""
    if not value:
        return []
    out: list[str] = []
    site_key = f" {_key(site or '')} "
    for part in re.split(r"\s*;\s*", value):
        name = _clean(part)
        key = _key(name)
        if not key or len(name) > 80 or f" {key} " in site_key or "." in name.split()[-1]:
            continue
        if name not in out:
            out.append(name)
    return out


def _iso_date(value: str | None) -> str | None:
    """YYYY-MM-DD from an ISO 8601 value ("2019-11-13T16:00:01-05:00", "20191113"), if it is
    a real date between 1995 and tomorrow (placeholders like 0001-01-01 are refused)."""
    if not value:
        return None
    value = value.strip()[:100]
    m = _ISO_DATE.match(value)
    try:
        if m:
            day = _dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        else:
            # a written-out date ("19 Nov 2019 07:09 GMT", "Nov 19, 2019"), as some CMSs emit
            m = next((m for m in (rx.search(value) for rx in _WRITTEN_DATES) if m), None)
            if not m:
                return None
            g = m.groupdict()
            month = int(g["month_num"]) if g.get("month_num") else D.MONTHS[g["month"].lower()]
            day = _dt.date(int(g["year"]), month, int(g.get("day_num") or g["day"]))
    except (ValueError, KeyError):
        return None
    if not _dt.date(1995, 1, 1) <= day <= _dt.date.today() + _dt.timedelta(days=1):
        return None
    return day.isoformat()


def _json_ld_dates(tree) -> list[tuple[str, str]]:
    """(day, value) of the JSON-LD objects' datePublished, article types first."""
    found: list[tuple[int, str, str]] = []

    def visit(obj, depth: int = 0) -> None:
        if depth > 8 or len(found) > 50:
            return
        if isinstance(obj, list):
            for item in obj[:200]:
                visit(item, depth + 1)
        elif isinstance(obj, dict):
            kind = obj.get("@type")
            kinds = {str(k) for k in kind} if isinstance(kind, list) else {str(kind)}
            value = obj.get("datePublished")
            day = _iso_date(value) if isinstance(value, str) else None
            if day:
                found.append((0 if kinds & PUBLICATION_TYPES else 1, day, value.strip()))
            for key, value in obj.items():
                if key != "datePublished" and isinstance(value, (dict, list)):
                    visit(value, depth + 1)

    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json" or not script.text:
            continue
        if len(script.text) > 1_000_000:
            continue
        try:
            visit(json.loads(script.text))
        except (ValueError, RecursionError):
            continue
    return [(day, value) for _, day, value in sorted(found, key=lambda x: x[0])]


def _page_date(tree) -> tuple[str | None, str | None]:
    """The publication date the page states in its metadata: JSON-LD ``datePublished``,
    then <meta> publication-date fields, then an element marked ``datePublished`` or
    ``pubdate``. Never from URLs (of the page or of its images) nor from loose text:
    htmldate, which trafilatura uses, reads both and took image upload dates for
    publication dates on 2 of the 60 benchmark pages."""
    days = _json_ld_dates(tree)
    if days:
        return days[0]
    for meta in tree.iter("meta"):
        names = {n.lower() for a in ("property", "name", "itemprop") for n in (meta.get(a) or "").split()}
        if names & PUBLISHED_META:
            value = meta.get("content")
            day = _iso_date(value)
            if day:
                return day, value.strip()
    for el in tree.iter():
        if not isinstance(el.tag, str):
            continue
        if "datePublished" in (el.get("itemprop") or "").split() or \
                el.tag == "time" and el.get("pubdate") is not None:
            value = el.get("datetime") or el.get("content")
            day = _iso_date(value)
            if day:
                return day, value.strip()
    return None, None


def _metadata(tree) -> dict:
    from trafilatura.metadata import extract_metadata     # as trafilatura in _main_text

    try:
        # its date (htmldate) is not used, see _page_date; no URL is given, nothing is fetched
        meta = extract_metadata(copy.deepcopy(tree), default_url=None, extensive=False)
    except Exception:   # a library bug on an odd page costs the metadata, not the article
        meta = None
    get = (lambda k: getattr(meta, k, None)) if meta is not None else (lambda k: None)
    url = get("url")
    if url and not re.match(r"^https?://[^\s/]+\.[^\s/]+", url):
        url = None
    site = get("sitename")
    section = None
    for m in tree.iter("meta"):
        if (m.get("property") or m.get("name") or "").strip().lower() == "article:section":
            section = _clean(m.get("content") or "") or None
            break
    return {
        "topic": section if section and len(section) <= 60 else None,
        "title": get("title"), "url": url, "site_name": _clean(site) if site else None,
        "authors": _authors(get("author"), site), "description": get("description"),
    }


# ---- the page ---------------------------------------------------------------------------


def parse_html(data: bytes, path: str) -> HtmlPage:
    """Bytes of a saved page -> HtmlPage (pure: nothing read or fetched)."""
    if len(data) > MAX_BYTES:
        raise _too_big(path, len(data), "page is")
    text, encoding, warnings = decode_html(data, path)
    if not _HTML_SIGN.search(text[:65536].encode("utf-8", "replace")):
        raise ContentError(path, "does not look like a web page (no HTML tags)")
    tree = parse_tree(text, path)
    elements = sum(1 for _ in tree.iter())
    if elements > MAX_ELEMENTS:
        raise ContentError(path, f"the page has {elements} HTML elements, more than the {MAX_ELEMENTS} "
                                 "a saved article page has; refused")
    meta = _metadata(tree)
    title = _headline(tree, meta["title"]) or None
    blocks, cards = _main_text(tree)
    if cards:
        raise ContentError(path, "the page is a list of stories (an index or section page), "
                                 "not an article")
    words = sum(len(_WORD.findall(b.text)) for b in blocks)
    if words < MIN_ARTICLE_WORDS:
        raise ContentError(path, f"no article text found ({words} words of main text): "
                                 "an index page, an error page or not an article?")
    link_words = sum(len(_WORD.findall(b.text)) for b in blocks if b.link)
    if link_words > MAX_LINK_SHARE * words:
        raise ContentError(path, "the main text is mostly links: an index or section page, "
                                 "not an article")
    if title:
        blocks.insert(0, Block(title, "title"))
    date, stamp = _page_date(tree)
    return HtmlPage(path=path, blocks=blocks, title=title, date=date, date_stamp=stamp,
                    url=meta["url"], authors=meta["authors"], site_name=meta["site_name"],
                    description=meta["description"], topic=meta["topic"],
                    page_text=page_text(tree), encoding=encoding, warnings=warnings)


def read_html(path: Path) -> HtmlPage:
    """A saved page's file -> HtmlPage. Any failure to decode it, whatever codec or
    library raised it, is a one-line error naming the file, so that importing a folder
    goes on with the next file."""
    data = read_bytes(path)
    try:
        return parse_html(data, str(path))
    except UnicodeError as exc:
        raise ContentError(str(path), f"cannot be decoded as text ({exc})") from None


_STAMP = re.compile(r"^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?\s*"
                    r"(?P<zone>Z|[+-]\d{2}:?\d{2}|GMT|UTC)?$", re.IGNORECASE)


def resolve_date(page_date: str | None, stamp: str | None,
                 text_date: str | None) -> tuple[str | None, str | None, str | None]:
    """(date, date_source, disagreement) for a page whose metadata says `page_date`
    (read from `stamp`) and whose text says `text_date`.

    The metadata wins. A UTC time stamp is not a disagreement when the text's date is
    the same moment's date somewhere on Earth (an evening story in New York is stamped
    the next day in UTC): the text's local date is kept."""
    if page_date is None:
        return text_date, ("inferred" if text_date else None), None
    if text_date is None or text_date == page_date:
        return page_date, "page-metadata", None
    m = _STAMP.match((stamp or "").strip())
    zone = (m.group("zone") or "").upper().replace(":", "") if m else ""
    if m and zone in ("", "Z", "+0000", "-0000", "GMT", "UTC"):
        instant = _dt.datetime(*(int(g) for g in m.groups()[:5]))
        local_days = {(instant + _dt.timedelta(hours=h)).date().isoformat() for h in range(-12, 15)}
        if text_date in local_days:
            return text_date, "page-metadata", None
    return page_date, "page-metadata", (
        f"the page's metadata dates it {page_date} ({stamp}) but the text says {text_date}; "
        f"{page_date} is used")
