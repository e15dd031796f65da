"""A saved page's main text, as blocks, and the whole page as a reader sees it.

Part of reading a saved page (``builder.read.html``): trafilatura finds the main text
(asked for lxml trees only: nothing is fetched); each of its lines becomes a ``Block``
with what the markup says of it (heading, caption, credit, link share); ``page_text``
renders the whole page's visible text, for the dates and bylines outside the main text.
"""
from __future__ import annotations

import copy
import logging
import re
from dataclasses import dataclass

# A main text spread over this many story cards, none holding this share of it, is an index.
CARDS_MIN_PARAGRAPHS = 5
CARDS_MAX_SHARE = 0.4

WORD = re.compile(r"\w+")
_WS = re.compile(r"\s+")

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


# ---- the main text ---------------------------------------------------------------------


def clean(text: str) -> str:
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
    return [t for t in (clean("".join(parts)) for parts in lines) if t]


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


def main_text(tree) -> tuple[list[Block], bool]:
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


def text_key(text: str) -> str:
    return " ".join(WORD.findall(text.lower()))


# elements whose text trafilatura turns into one block
_BLOCK_TAGS = ("p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "dd", "dt", "td",
               "th", "figcaption", "caption", "pre", "a")
_CAPTION_CLASS = re.compile(r"caption|credit", re.IGNORECASE)


def _witness(tree, blocks: list[Block]) -> list:
    """What the page's own markup says about each line: how much of it is link text
    and whether it sits in a photo caption. trafilatura's link output (include_links)
    loses text on some pages, so the lines are looked up in the original tree; returns
    the element each block was found as (None when not found)."""
    wanted = {text_key(b.text) for b in blocks}
    found: dict[str, object] = {}
    share: dict[str, float] = {}
    links: set[str] = set()
    body = tree.find("body")
    for el in (body if body is not None else tree).iter(*_BLOCK_TAGS):
        key = text_key(el.text_content())
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
        key = text_key(b.text)
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
    return [found.get(text_key(b.text)) for b in blocks]


def _link_share(el, words: int) -> float:
    """Share of the element's words that are link text (1.0 inside a link)."""
    if el.tag == "a" or any(x.tag == "a" for x in el.iterancestors()):
        return 1.0
    # (the parser never nests a link in a link)
    linked = sum(len(WORD.findall(a.text_content())) for a in el.iter("a"))
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
    return clean(" ".join(text_parts)), (clean(" ".join(credit_parts)) or None)


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
        words = len(WORD.findall(text))
        if words < _CAPTION_MIN_WORDS or words > _CAPTION_MAX_WORDS:
            continue   # a "Caption" toggle, an "Advertisement" label, a whole story
        key = f" {text_key(text)} "
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
            text = clean("".join(buf))
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
