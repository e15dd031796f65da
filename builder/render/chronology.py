"""The chronology: years as headings, months within, entries linked to their sources;
background (states and trends the articles date) in a strand of its own after the years.

Built for readers who do not use a mouse: a "jump to a year" navigation landmark at the
top, years as ``##`` headings and months as ``###`` headings (screen readers jump between
them), entries as ordered lists in time order. Each entry starts with its date as a link
to the entry itself: one Tab stop per entry, described by the entry's text, and the place
where docs/assets/site.js adds arrow-key movement between entries. The person filter is a
form hidden until that script runs (progressive enhancement: without it, readers use the
per-person links below it).
"""
from __future__ import annotations

import re
from typing import Iterator

from markupsafe import Markup

from ..link.chronology import chronology_order
from ..model import ChronologyEvent, Collection
from .memo import RenderMemo
from .overview import summary, year_charts
from .sources import Sentences
from .templates import render_pieces, template_module
from .urls import article_path, rel

HERE = "chronology/index.md"
BACKGROUND = "Background"      # the heading of the background strand
# an entry's number (its text's id) as it stands twice in its list item (a quotation
# mark of the entry's own text is escaped: it cannot close the attribute)
_NUMBER = re.compile(r'tl-text-(\d+)"')


def render_chronology(collection: Collection, memo: RenderMemo | None = None,
                      fps: dict[str, str] | None = None, sentences: Sentences | None = None
                      ) -> Iterator[str]:
    """The chronology page, in pieces (see ``templates.render_pieces``). ``memo``: the
    list items of entries whose inputs an earlier build rendered are read back from the
    page it wrote (``render/memo.py``; ``fps``: a key of each article's content, required
    with it), with their numbers put right; ``sentences``: shared with the data files."""
    articles = {a.id: a for a in collection.articles}
    speakers = {s.id: s for s in collection.speakers}
    events = sorted(collection.events, key=chronology_order)
    happenings = [e for e in events if e.kind != "background"]
    background = [e for e in events if e.kind == "background"]
    # the people with a speaker page, each once (by id), by name
    people = sorted({p.speaker: speakers[p.speaker] for e in events for p in e.people
                     if p.speaker in speakers}.values(), key=lambda sp: (sp.name, sp.id))
    years = _years(happenings)
    charts = year_charts(happenings, [y for y, _ in years])
    if background:     # its own strand, numbered after the happenings
        years.append((BACKGROUND, [(None, list(enumerate(background, len(happenings))))]))
    sentences = sentences or Sentences(collection.articles)
    macro = template_module("chronology_entry.html").entry
    memo = memo if memo is not None and fps is not None else None
    pending: list = []          # the key of the list item about to be printed

    def entry_html(n: int, e: ChronologyEvent) -> Markup:
        key = memo.entry_key("li", e, fps, speakers) if memo is not None else None
        found = memo.block(HERE, key) if key is not None else None
        text = _renumbered(found[0], n) if found else None
        if text is None:
            text = str(macro(n, e, _sources(e, articles, sentences), speakers, HERE))
        if key is not None:
            pending.append(key)
        return Markup(text)

    def tap(piece: str, start: int, size: int) -> None:
        """Each piece of the page as it is printed: a list item's place is kept."""
        if pending:
            memo.place(HERE, pending.pop(), start, size)

    return render_pieces("chronology.md", here=HERE, speakers=speakers, people=people,
                         years=years, charts=charts, overview=summary(happenings),
                         background=BACKGROUND, entry_html=entry_html,
                         tap=tap if memo is not None else None,
                         n_articles=len(collection.articles),
                         n_events=sum(1 for e in events if e.kind == "event"),
                         n_background=len(background))


def _renumbered(text: str, n: int) -> str | None:
    """A list item as printed under another number, printed under ``n`` (None: it does
    not read as one)."""
    found = _NUMBER.findall(text)
    if len(found) != 2 or found[0] != found[1]:
        return None
    return text.replace(f'tl-text-{found[0]}"', f'tl-text-{n}"')


def _years(events: list[ChronologyEvent]) -> list:
    """[(year, [(month heading or None, [(n, entry)])])]: years as headings, a month's
    heading where its first entry is (year-wide entries come first)."""
    years: list = []
    month = None
    for n, e in enumerate(events):
        y, m = e.date[:4], (e.date[:7] if len(e.date) >= 7 else None)
        if not years or years[-1][0] != y:
            years.append((y, []))
            month = None
        blocks = years[-1][1]
        if not blocks or (m is not None and m != month):
            blocks.append((m if m != month else None, []))
            month = m if m is not None else month
        blocks[-1][1].append((n, e))
    return years


def _sources(e: ChronologyEvent, articles: dict, sentences: Sentences
             ) -> list[tuple[str, str, int | None, str | None]]:
    """(link, article title, paragraph, the sentence there that dates the entry)."""
    out = []
    for s, sentence in sentences.of_entry(e) if e.kind != "publication" else [(s, None) for s in e.sources]:
        a = articles.get(s.article)
        if a is not None:
            frag = f"p-{s.paragraph}" if s.paragraph is not None else ""
            out.append((rel(HERE, article_path(a.id), frag), a.title, s.paragraph, sentence))
    return out
