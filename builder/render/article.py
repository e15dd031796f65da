"""One article page: headline, date, topic, standfirst, captions, anchored body, extras."""
from __future__ import annotations

from ..model import Article, Caption, Quote
from .dates import human, time_tag
from .escape import h, md, yaml_str
from .links import Links
from .urls import article_path, md_link, rel


def render_article(article: Article, links: Links) -> str:
    here = article_path(article.id or "")
    out: list[str] = [
        "---",
        f"title: {yaml_str(article.title)}",
        f"description: {yaml_str(article.standfirst[0] if article.standfirst else article.paragraphs[0][:200])}",
        "---",
        "",
    ]
    if article.topic:
        out += [f'<p class="tl-topic">{h(article.topic)}</p>', ""]
    out += [f"# {md(article.title)}", ""]
    meta = [time_tag(article.date)]
    if article.source_name:
        meta.append(f'<span class="tl-source">{h(article.source_name)}</span>')
    if article.authors:
        meta.append(f'<span class="tl-byline">By {h(", ".join(article.authors))}</span>')
    out += [f'<p class="tl-meta">{" · ".join(meta)}</p>', ""]
    if article.standfirst:
        items = "".join(f"<li>{h(s)}</li>" for s in article.standfirst)
        out += [f'<ul class="tl-standfirst" aria-label="Summary">{items}</ul>', ""]
    if article.lead_caption:
        out += [_figure(article.lead_caption, "tl-lead-caption"), ""]

    captions_before: dict[int, list[Caption]] = {}
    trailing: list[Caption] = []
    for c in article.captions:
        if c.before is not None and c.before < len(article.paragraphs):
            captions_before.setdefault(c.before, []).append(c)
        else:
            trailing.append(c)
    quotes_in: dict[int, list[tuple[int, Quote]]] = {}
    for i, q in enumerate(article.quotes):
        quotes_in.setdefault(q.paragraph, []).append((i, q))

    for n, text in enumerate(article.paragraphs):
        for c in captions_before.get(n, []):
            out += [_figure(c, "tl-caption"), ""]
        out += [_paragraph(article, n, text, quotes_in.get(n, []), links, here), ""]
    for c in trailing:
        out += [_figure(c, "tl-caption"), ""]

    speakers = links.article_speakers(article.id or "")
    if speakers:
        out += ["## Quoted in this article", ""]
        for sp, count in speakers:
            role = links.role_in(sp, article.id or "")
            role_txt = f" — {md(role)}" if role else ""
            plural = "quote" if count == 1 else "quotes"
            out.append(f"- [{md(sp.name)}]({md_link(here, links.speaker_page(sp))}){role_txt} "
                       f"({count} {plural})")
        out.append("")
    events = links.article_events(article.id or "")
    if events:
        out += ["## On the timeline", ""]
        for ev in events:
            out.append(f"- [{md(human(ev.date, ev.precision))}]({md_link(here, 'chronology/index.md', ev.id)}): "
                       f"{md(ev.text)}")
        out.append("")
    if article.related:
        out += ["## Related stories", ""]
        for title in article.related:
            target = links.article_by_title(title)
            if target and target.id != article.id:
                out.append(f"- [{md(title)}]({target.id}.md)")
            else:
                out.append(f"- {md(title)}")
        out.append("")
    if article.print_headline:
        out += ["## Print edition", "", f'<p class="tl-print">Appeared in print as: '
                f'<cite>{h(article.print_headline)}</cite></p>', ""]
    if article.source_name or article.source_url:
        out += ["## Source", ""]
        name = h(article.source_name or article.source_url)
        url = article.source_url or ""
        if url.startswith(("https://", "http://")):
            out.append(f'<p class="tl-source-line"><a href="{h(url)}" rel="nofollow noopener">{name}</a></p>')
        else:
            out.append(f'<p class="tl-source-line">{name}</p>')
        out.append("")
    return "\n".join(out)


def _figure(c: Caption, cls: str) -> str:
    credit = f' <span class="tl-credit">Photo: {h(c.credit)}</span>' if c.credit else ""
    return (f'<figure class="{cls}">'
            f'<figcaption>{h(c.text)}{credit}</figcaption></figure>')


def _paragraph(article: Article, n: int, text: str, quotes: list[tuple[int, Quote]],
               links: Links, here: str) -> str:
    spans: list[tuple[int, int, str, str]] = []   # start, end, open tag, close tag
    for i, q in quotes:
        if q.start is None or q.end is None or not (0 <= q.start < q.end <= len(text)):
            continue
        sp = links.speaker_of_quote(article.id or "", i)
        who = sp.name if sp else (q.speaker or "unknown speaker")
        if q.kind == "direct":
            spans.append((q.start, q.end, f'<q class="tl-quote" title="{h(who)}">', "</q>"))
        else:
            spans.append((q.start, q.end, f'<span class="tl-reported" title="Reported: {h(who)}">', "</span>"))
    mentions = [(a, b, f'<a class="tl-speaker" href="{h(url)}">', "</a>")
                for a, b, url in links.name_mentions(article.id or "", n, here)]
    # a name inside a quote is the quote's own text: only link names outside quotes
    mentions = [m for m in mentions if all(m[1] <= s[0] or m[0] >= s[1] for s in spans)]
    parts = [_nested(text, spans + mentions)]
    anchor = f'<a class="tl-anchor" href="#p-{n}" aria-label="Link to paragraph {n + 1}">¶</a>'
    return f'<p id="p-{n}" class="tl-para">{"".join(parts)} {anchor}</p>'


def _nested(text: str, spans: list[tuple[int, int, str, str]]) -> str:
    """Escape ``text`` and wrap the spans in their tags; a span inside another nests
    (a quoted fragment within reported speech), a span crossing another is dropped so
    the markup stays well-formed."""
    spans = sorted(spans, key=lambda s: (s[0], -s[1]))
    kept: list[tuple[int, int, str, str]] = []
    stack: list[int] = []                  # ends of the open spans
    for s in spans:
        while stack and stack[-1] <= s[0]:
            stack.pop()
        if stack and s[1] > stack[-1]:
            continue                       # crosses an open span
        kept.append(s)
        stack.append(s[1])
    events: list[tuple] = []               # position, close-before-open, markup, tie-breaks
    for i, (a, b, open_tag, close_tag) in enumerate(kept):
        events.append((a, 1, open_tag, -b, i))
        events.append((b, 0, close_tag, -a, -i))
    events.sort(key=lambda e: (e[0], e[1], e[3], e[4]))
    out, pos = [], 0
    for at, _, markup, _, _ in events:
        out.append(h(text[pos:at]))
        out.append(markup)
        pos = at
    out.append(h(text[pos:]))
    return "".join(out)
