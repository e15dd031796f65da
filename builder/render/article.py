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
            out.append(f"- [{md(human(ev.date))}](../chronology/index.md#{ev.id}): {md(ev.text)}")
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
    spans.sort()
    kept: list[tuple[int, int, str, str]] = []
    for s in spans:            # drop overlapping spans: the page must stay well-formed
        if not kept or s[0] >= kept[-1][1]:
            kept.append(s)
    for start, end, name_url in links.name_mentions(article.id or "", text, here):
        if all(end <= s[0] or start >= s[1] for s in kept):
            kept.append((start, end, f'<a class="tl-speaker" href="{h(name_url)}">', "</a>"))
    kept.sort()
    parts, pos = [], 0
    for start, end, open_tag, close_tag in kept:
        if start < pos:
            continue
        parts.append(h(text[pos:start]))
        parts.append(open_tag + h(text[start:end]) + close_tag)
        pos = end
    parts.append(h(text[pos:]))
    anchor = f'<a class="tl-anchor" href="#p-{n}" aria-label="Link to paragraph {n + 1}">¶</a>'
    return f'<p id="p-{n}" class="tl-para">{"".join(parts)} {anchor}</p>'
