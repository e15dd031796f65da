"""One article page: headline, date, topic, standfirst, captions, anchored body, extras.

The page is ``templates/article.md``; a paragraph's quotes and speaker names are marked
up here (spans nest, ``_nested``) with the tags of ``templates/fragments.html``.
"""
from __future__ import annotations

from markupsafe import Markup

from ..model import Article, Caption, Quote
from .escape import h
from .links import Links
from .templates import fragments, render
from .urls import article_path


def render_article(article: Article, links: Links) -> str:
    here = article_path(article.id or "")
    captions_before: dict[int, list[Caption]] = {}
    trailing: list[Caption] = []
    for c in article.captions:
        if c.before is not None and c.before < len(article.paragraphs):
            captions_before.setdefault(c.before, []).append(c)
        else:
            trailing.append(c)
    quotes_in: dict[int, list[tuple[int, Quote]]] = {}
    for i, q in enumerate(article.quotes):
        if q.attribution == "speech":       # thoughts and topics are not marked as quotes
            quotes_in.setdefault(q.paragraph, []).append((i, q))
    blocks: list[tuple] = []                          # (caption, class, n, paragraph)
    if article.lead_caption:
        blocks.append((article.lead_caption, "tl-lead-caption", None, None))
    for n, text in enumerate(article.paragraphs):
        blocks += [(c, "tl-caption", None, None) for c in captions_before.get(n, [])]
        blocks.append((None, None, n, _paragraph(article, n, text, quotes_in.get(n, []), links, here)))
    blocks += [(c, "tl-caption", None, None) for c in trailing]
    related = []
    for title in article.related:
        target = links.article_by_title(title)
        related.append((title, target.id if target and target.id != article.id else None))
    url = article.source_url or ""
    page = render(
        "article.md", article=article, here=here, blocks=blocks,
        description=article.standfirst[0] if article.standfirst else article.paragraphs[0][:200],
        speakers=[(sp, links.role_in(sp, article.id or ""), count)
                  for sp, count in links.article_speakers(article.id or "")],
        events=links.article_events(article.id or ""), related=related,
        source_url=url if url.startswith(("https://", "http://")) else None)
    return page[:-1]                     # the last block's blank line


def _paragraph(article: Article, n: int, text: str, quotes: list[tuple[int, Quote]],
               links: Links, here: str) -> Markup:
    f = fragments()
    spans: list[tuple[int, int, str, str]] = []   # start, end, open tag, close tag
    for i, q in quotes:
        if q.start is None or q.end is None or not (0 <= q.start < q.end <= len(text)):
            continue
        sp = links.speaker_of_quote(article.id or "", i)
        who = sp.name if sp else (q.speaker or "unknown speaker")
        spans.append((q.start, q.end, f.quote_open(q.kind, who), f.quote_close(q.kind)))
    close = Markup("</a>")
    mentions = [(a, b, f.speaker_open(url), close)
                for a, b, url in links.name_mentions(article.id or "", n, here)]
    # a name inside a quote is the quote's own text: only link names outside quotes
    mentions = [m for m in mentions if all(m[1] <= s[0] or m[0] >= s[1] for s in spans)]
    return Markup(_nested(text, spans + mentions))


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
