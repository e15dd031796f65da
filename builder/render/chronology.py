"""The chronology: years as headings, months within, entries linked to their sources.

Built for readers who do not use a mouse: a "jump to a year" navigation landmark at the
top, years as ``##`` headings and months as ``###`` headings (screen readers jump between
them), entries as ordered lists in time order. Each entry starts with its date as a link
to the entry itself: one Tab stop per entry, described by the entry's text, and the place
where docs/assets/site.js adds arrow-key movement between entries. The person filter is a
form hidden until that script runs (progressive enhancement: without it, readers use the
per-person links below it).
"""
from __future__ import annotations

from urllib.parse import quote

from ..model import Collection, ChronologyEvent
from .dates import human, time_tag
from .escape import h, yaml_str
from .urls import article_path, rel, speaker_path

HERE = "chronology/index.md"


def render_chronology(collection: Collection) -> str:
    articles = {a.id: a for a in collection.articles}
    speakers = {s.id: s for s in collection.speakers}
    events = sorted(collection.events, key=lambda e: (e.date, e.kind != "publication", e.id))
    n_events = sum(1 for e in events if e.kind == "event")
    out = ["---", 'title: "Chronology"', "---", "", "# Chronology", "",
           f"{n_events} dated events from {len(collection.articles)} articles, oldest first. "
           "Each entry links to the paragraphs that mention it. Entries marked "
           "<span class=\"tl-badge\">published</span> are the articles themselves.", ""]
    # the people with a speaker page, each once (by id), by name
    people = sorted({p.speaker: speakers[p.speaker] for e in events for p in e.people
                     if p.speaker in speakers}.values(), key=lambda sp: (sp.name, sp.id))
    if people:
        options = "".join(f'<option value="{h(sp.name)}">{h(sp.name)}</option>' for sp in people)
        out += ['<form class="tl-filter" role="search" aria-label="Filter the chronology by person" hidden>'
                '<label for="tl-person">Show only events involving</label> '
                f'<select id="tl-person" aria-describedby="tl-filter-status">'
                f'<option value="">everyone</option>{options}</select> '
                '<output id="tl-filter-status" for="tl-person" aria-live="polite"></output></form>', ""]
    years = sorted({e.date[:4] for e in events})
    if years:
        # a "skip to year" control: one landmark, one link per year heading (## YYYY -> id YYYY)
        links = "".join(f'<li><a href="#{h(y)}">{h(y)}</a></li>' for y in years)
        out += ['<nav class="tl-years" aria-labelledby="tl-years-label">'
                '<p class="tl-years-label" id="tl-years-label">Jump to a year:</p>'
                f'<ul>{links}</ul></nav>', ""]
    if events:
        out += ['<p class="tl-keys" hidden>Keyboard: on any link of an entry, the <kbd>Down</kbd> '
                'and <kbd>Up</kbd> arrow keys move to the next or previous entry, <kbd>Home</kbd> '
                'and <kbd>End</kbd> to the first or last.</p>', ""]
    if people:
        out += ['<p class="tl-people">Events by person: ' + ", ".join(
            f'<a href="{h(rel(HERE, speaker_path(sp.id), "on-the-timeline"))}">{h(sp.name)}</a>'
            for sp in people) + "</p>", ""]
    year = month = None
    block: list[str] = []

    def flush():
        if block:
            out.append('<ol class="tl-events">' + "".join(block) + "</ol>")
            out.append("")
            block.clear()

    for n, e in enumerate(events):
        y = e.date[:4]
        if y != year:
            flush()
            year, month = y, None
            out += [f"## {y}", ""]
        m = e.date[:7] if len(e.date) >= 7 else None
        if m != month and m is not None:
            flush()
            month = m
            out += [f'<h3 class="tl-month" id="m-{m}">{h(human(m))}</h3>', ""]
        block.append(_entry(e, articles, speakers, n))
    flush()
    return "\n".join(out)


def _entry(e: ChronologyEvent, articles: dict, speakers: dict, n: int) -> str:
    sources = []
    for s in e.sources:
        a = articles.get(s.article)
        if a is None:
            continue
        frag = f"p-{s.paragraph}" if s.paragraph is not None else ""
        label = h(a.title) if s.paragraph is None else f"{h(_short(a.title))}, ¶{s.paragraph + 1}"
        sources.append(f'<a href="{h(rel(HERE, article_path(a.id), frag))}">{label}</a>')
    people = [f'<a class="tl-person" href="{h(rel(HERE, speaker_path(p.speaker)))}">'
              f'{h(speakers[p.speaker].name)}</a>' if p.speaker in speakers else h(p.name)
              for p in e.people]
    names = h("|".join(p.name for p in e.people))    # what the person filter compares
    eid = h(e.id)
    text_id = f"tl-text-{n}"      # ids may come from editors' files: a space would split an IDREF
    # the date links to the entry itself; its description is what happened
    date = (f'<a class="tl-entry-link" href="#{h(quote(e.id, safe="-_.~"))}" aria-describedby="{text_id}">'
            f'{time_tag(e.date, e.precision)}</a>')
    if e.kind == "publication":
        return (f'<li class="tl-event tl-publication" id="{eid}" data-people="">'
                f'{date} <span class="tl-badge">published</span> '
                f'<span class="tl-event-text" id="{text_id}">'
                f'{sources[0] if sources else h(e.text)}</span></li>')
    background = e.kind == "background"      # a state or trend, not a happening of that date
    parts = [f'<li class="tl-event{" tl-background" if background else ""}" id="{eid}" data-people="{names}">{date} '
             + ('<span class="tl-badge">background</span> ' if background else "")
             + f'<span class="tl-event-text" id="{text_id}">{h(e.text)}</span>']
    if people:
        parts.append(f'<span class="tl-event-people">People: {", ".join(people)}</span>')
    if sources:
        parts.append(f'<span class="tl-event-sources">Sources: {"; ".join(sources)}</span>')
    return " ".join(parts) + "</li>"


def _short(title: str, n: int = 60) -> str:
    return title if len(title) <= n else title[: n - 1].rsplit(" ", 1)[0] + "…"


__all__ = ["render_chronology", "yaml_str"]
