"""Read a saved web page (.html, .htm, .html.gz): main text and the page's own metadata.

A saved page knows what copied text loses: publication date, canonical URL, authors,
site name. This module reads the bytes (size limits, gzip, the declared character set:
only a web page's encodings count) into an lxml tree; ``html_blocks`` finds the main text
with trafilatura (a maintained extractor that leads the public article-extraction
benchmarks) and keeps it as blocks, one per line, with what the markup says of each
(heading, caption, link share); ``html_meta`` reads the metadata. The extract stage
(``builder.extract.html``) runs the project's own structure rules on the blocks.

Nothing is fetched: the page is parsed from the local bytes and only lxml trees are
handed to trafilatura (its metadata reader runs htmldate, which downloads a string
that starts with ``http``). The publication date is read from the page's explicit
metadata only (see ``html_meta.page_date``), never guessed from URLs or loose text.
"""
from __future__ import annotations

import codecs
import re
import zlib
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import ContentError
from .html_blocks import WORD, Block, main_text, page_text
from .html_meta import page_headline, page_metadata, page_date, resolve_date

__all__ = ["Block", "HtmlPage", "HTML_SUFFIXES", "decode_html", "is_html_path", "parse_html",
           "read_html", "resolve_date"]

HTML_SUFFIXES = (".html", ".htm", ".html.gz", ".htm.gz")
# Saved pages carry inline scripts and styles: a few MB is normal, 20 MB is not a news page.
MAX_BYTES = 20 * 1024 * 1024
# An article has at least a few sentences; fewer words than this is an index or error page.
MIN_ARTICLE_WORDS = 60
# An index page's main text is mostly link text (story cards); an article's is not.
MAX_LINK_SHARE = 0.5
# A news page has a few thousand elements; extraction time grows faster than their number,
# so a page with more is refused rather than left to run for minutes.
MAX_ELEMENTS = 60_000

_META_CHARSET = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9._:\-]{1,40})""", re.IGNORECASE)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]{0,200}\?>", re.IGNORECASE)
_HTML_SIGN = re.compile(rb"<(?:!doctype\s+html|html|head|body|p|div|article|h1|title)\b", re.IGNORECASE)


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
    meta = page_metadata(tree)
    title = page_headline(tree, meta["title"]) or None
    blocks, cards = main_text(tree)
    if cards:
        raise ContentError(path, "the page is a list of stories (an index or section page), "
                                 "not an article")
    words = sum(len(WORD.findall(b.text)) for b in blocks)
    if words < MIN_ARTICLE_WORDS:
        raise ContentError(path, f"no article text found ({words} words of main text): "
                                 "an index page, an error page or not an article?")
    link_words = sum(len(WORD.findall(b.text)) for b in blocks if b.link)
    if link_words > MAX_LINK_SHARE * words:
        raise ContentError(path, "the main text is mostly links: an index or section page, "
                                 "not an article")
    if title:
        blocks.insert(0, Block(title, "title"))
    date, stamp = page_date(tree)
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
