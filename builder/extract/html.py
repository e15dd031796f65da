"""A saved web page's structure: the text rules, with the page's markup as a second witness.

``builder.read.html`` reads the page into blocks (its main text, one line each, and what
the markup says of each); the project's own structure rules (``builder.extract.structure``)
then run on the text built from them — the headline line, then one line per block — so
captions, credits, promos and related-story lines the extractor leaves in are removed
exactly as for copied text. Where the text alone is ambiguous the HTML decides (see
``structure_page``): a subhead marked up as a heading, or a list item that is not a link,
is article text even when it looks like a related-story link.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..model import Caption
from ..read.html import Block, HtmlPage
from ..read.html_blocks import WORD, text_key
from .structure import structure
from .structure.body import without_hover_cards

# classes the text rules give to lines they cannot tell from related-story links
_AMBIGUOUS = {"related", "repeated", "label", "teaser", "duplicate", "next-in"}
# a statement's end; a question is left to the text rules (a headline linking to another
# story is often a question, and not every site marks its links as links)
_SENTENCE_END = re.compile(r"[.!:;\u2026][\"'\u201d\u2019)\]]*$")


def _reads_as_text(b: Block) -> bool:
    """A subhead, or a line that ends as a sentence does: not a menu label, a
    fragment or a headline."""
    if b.kind == "heading":
        return True
    return len(WORD.findall(b.text)) >= 3 and bool(_SENTENCE_END.search(b.text))


def structure_page(page: HtmlPage):
    """``structure()`` on the page's text, then the markup settles what text cannot.

    * The page's headline is the headline (the text rules cannot tell a headline
      ending in "?" or "!" from a sentence).
    * A photo caption in the markup (<figcaption>, caption-classed element) is a
      caption, with the credit the markup names; a caption the text rules recognise
      in a plain paragraph ("... (Photo: AP)") stays one too.
    * After the first body line, a heading or a sentence that the markup shows is not
      a link and not a caption is article text, even when it looks like a related-story
      link or a list item to the text rules.
    * A body line that is entirely a link is a related story.
    """
    text, where = page.layout()
    s = structure(text)
    view = _View(page.blocks, [s.lines[k] for k in where], text_key(page.title or ""))
    title, notes = s.title, list(s.notes)
    if page.title and page.blocks and page.blocks[0].kind == "title":
        title = page.title
        notes = [note for note in notes if note != s.headline_how]
        _take_page_headline(view)
    demoted = _mark_by_markup(view)
    paragraphs, captions, lead = _assemble(view, s)
    date, date_how, year = _stated_date(page, s)
    not_related = {ln.text.strip() for ln in view.lines if ln.cls not in ("related", "next-in")}
    related = [r for r in s.related if r not in not_related and text_key(r) != view.title_key]
    related += [d for d in demoted if d not in related]
    return replace(s, title=title, topic=s.topic or page.topic, paragraphs=paragraphs,
                   captions=captions, related=related, lead_caption=lead, lines=view.lines,
                   date=date, date_how=date_how, year=year, notes=notes,
                   headline_how="" if title != s.title else s.headline_how)


@dataclass
class _View:
    """The page's blocks beside the text rules' lines, one each."""
    blocks: list[Block]
    lines: list
    title_key: str

    def mark(self, i: int, cls: str, reason: str) -> None:
        self.lines[i] = replace(self.lines[i], cls=cls, reason=reason)


def _take_page_headline(view: _View) -> None:
    """The page's <h1> is the headline; a line the text rules took for it is text or a label."""
    lines, blocks = view.lines, view.blocks
    if lines[0].cls == "headline":
        return
    view.mark(0, "headline", "the page's headline (<h1>)")
    for i in range(1, len(lines)):
        if lines[i].cls == "headline":
            view.mark(i, "" if _reads_as_text(blocks[i]) else "label",
                      "headline-like line below the page's headline")


def _mark_by_markup(view: _View) -> list[str]:
    """Captions and credits the markup names; text the markup shows is not a link becomes
    body, a body line that is all link becomes related. -> the lines demoted to related."""
    lines, blocks, n = view.lines, view.blocks, len(view.lines)
    for i in range(1, n):
        if blocks[i].kind == "caption":
            view.mark(i, "caption", "photo caption in the page's markup")
        elif blocks[i].kind == "credit":
            view.mark(i, "credit", "photo credit in the page's markup")
    first = next((i for i in range(n) if lines[i].cls == "body"), n)
    demoted: list[str] = []
    for i in range(first, n):
        ln, b = lines[i], blocks[i]
        text = ln.text.strip()
        if not text or b.kind in ("caption", "credit"):
            continue
        if (ln.cls in _AMBIGUOUS or ln.cls == "") and b.link_share < 0.5 and not b.in_caption \
                and text_key(text) != view.title_key and _reads_as_text(b):
            view.mark(i, "body", f"{b.kind} in the page's main text, not a link")
        elif ln.cls == "body" and b.link:
            view.mark(i, "related", "the whole line is a link in the page")
            demoted.append(text)
        elif ln.cls == "body" and b.in_caption:
            view.mark(i, "caption", "inside a photo caption in the page's markup")
    return demoted


def _assemble(view: _View, s) -> tuple[list[str], list[Caption], Caption | None]:
    """Paragraphs and captions as structure() assembles them: a caption stands before the
    next paragraph; the first caption of the markup above the text is the lead one."""
    lines, blocks, n = view.lines, view.blocks, len(view.lines)
    # structure's captions, to keep its split of a credit written into the line
    text_captions = ([s.lead_caption] if s.lead_caption else []) + list(s.captions)

    def caption_of(i: int) -> Caption:
        line = lines[i].text.strip()
        found = next((c for c in text_captions if c.text and c.text in line), None)
        credit = found.credit if found else None
        if i + 1 < n and blocks[i + 1].kind == "credit":
            credit = blocks[i + 1].text
        return Caption(text=found.text if found else line, credit=credit)

    paragraphs: list[str] = []
    captions: list[Caption] = []
    pending: list[Caption] = []
    lead = s.lead_caption
    for i, ln in enumerate(lines):
        if ln.cls == "body":
            captions += [replace(c, before=len(paragraphs)) for c in pending]
            pending = []
            paragraphs.append(without_hover_cards(ln.text.strip()))
        elif ln.cls == "caption":
            c = caption_of(i)
            if lead is not None and c.text == lead.text:
                lead = replace(lead, credit=lead.credit or c.credit)
                view.mark(i, "lead-caption", "photo caption at the top")
            elif lead is None and not paragraphs and blocks[i].kind == "caption":
                lead = c
                view.mark(i, "lead-caption", "photo caption at the top")
            else:
                pending.append(c)
    return paragraphs, captions + pending, lead


def _stated_date(page: HtmlPage, s) -> tuple[str | None, str | None, int | None]:
    """The date the text states: a dateline in the body, else a date line on the page."""
    date, date_how, year = s.date, s.date_how, s.year
    if date is None and page.page_text:
        whole = structure(page.page_text)
        if whole.date or year is None:
            date, date_how, year = whole.date, whole.date_how, whole.year
    return date, date_how, year
