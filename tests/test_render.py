"""Rendering: article text shows as text, never as HTML; links and anchors are right."""
from __future__ import annotations

import re
from html.parser import HTMLParser

import markdown
import pytest

from builder.model import (Article, Caption, ChronologyEvent, Collection, PersonRef, Quote, QuoteRef,
                           RegistrySpeaker, Source, SpeakerRole)
from builder.render import render_site
from builder.render.escape import md
from builder.render.urls import md_link, rel

HOSTILE = [
    "<script>alert(1)</script>",
    '<img src=x onerror="alert(2)">',
    "[click](javascript:alert(3))",
    "<a href='data:text/html,<script>alert(4)</script>'>x</a>",
    "**bold** _em_ `code` # heading {: onclick=alert(5) }",
    "&lt;script&gt; already escaped",
    '" onmouseover="alert(6)',
]


class _Tags(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def to_html(source: str) -> str:
    body = re.sub(r"^---\n.*?\n---\n", "", source, flags=re.S)
    return markdown.markdown(body, extensions=["toc", "tables", "admonition"])


def hostile_collection() -> Collection:
    a = Article(
        id="2021-01-01-x", title=HOSTILE[0] + " title", date="2021-01-01", topic=HOSTILE[1],
        standfirst=[HOSTILE[2]], lead_caption=Caption(HOSTILE[3], HOSTILE[0]),
        captions=[Caption(HOSTILE[4], "AP", 1)], related=[HOSTILE[5]], print_headline=HOSTILE[6],
        paragraphs=list(HOSTILE), source_name=HOSTILE[0], source_url="javascript:alert(7)",
        quotes=[Quote(text="alert(1)", kind="direct", speaker="<b>X</b>", speaker_as_written="<b>X</b>",
                      paragraph=0, cue="said", start=8, end=16)],
    )
    sp = RegistrySpeaker(id="x", name="<script>alert(8)</script>", aliases=["<b>X</b>"],
                         roles=[SpeakerRole("<i>role</i>", a.id)], articles=[a.id],
                         quotes=[QuoteRef(a.id, 0)])
    ev = ChronologyEvent(id="e-2021-01-01-abc", date="2021-01-01", precision="day",
                         text="<script>alert(9)</script>", people=[PersonRef(sp.name, sp.id)],
                         sources=[Source(a.id, 0)])
    return Collection(articles=[a], speakers=[sp], events=[ev])


def test_hostile_text_never_becomes_markup():
    files = render_site(hostile_collection(), {"title": "<script>t</script>", "intro": [HOSTILE[1]]})
    for path, source in files.items():
        if not path.endswith(".md"):
            continue
        html = to_html(source)
        parser = _Tags()
        parser.feed(html)
        for tag, attrs in parser.tags:
            assert tag not in ("script", "img", "iframe", "object", "embed"), (path, tag)
            for name, value in attrs.items():
                assert not name.startswith("on"), (path, tag, name)
                assert not (value or "").strip().lower().startswith(("javascript:", "data:")), (path, tag, value)
        # the text itself is still there, shown literally
        if path.startswith("articles/2021"):
            assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
            assert "[click](javascript:alert(3))" in html


def test_front_matter_titles_are_escaped():
    files = render_site(hostile_collection(), {"title": "T", "intro": []})
    # MkDocs templates do not autoescape: page titles must already be safe as HTML
    for path, source in files.items():
        if path.endswith(".md") and source.startswith("---\n"):
            front = source.split("---\n")[1]
            assert "<" not in front and ">" not in front, path
    front = files["articles/2021-01-01-x.md"].split("---\n")[1]
    assert 'title: "&lt;script&gt;alert(1)&lt;/script&gt; title"' in front


@pytest.mark.parametrize("text", HOSTILE + ["plain words.", "1. not a list", "- not a bullet", "> not a quote"])
def test_md_escape_round_trips_to_the_same_text(text):
    html = markdown.markdown(md(text))
    inner = re.sub(r"^<p>|</p>$", "", html)
    import html as h
    assert h.unescape(inner) == " ".join(text.split())


def test_paragraph_anchors_and_quote_markup():
    files = render_site(hostile_collection(), {"title": "T", "intro": []})
    html = to_html(files["articles/2021-01-01-x.md"])
    ids = re.findall(r'<p id="(p-\d+)"', html)
    assert ids == [f"p-{i}" for i in range(len(HOSTILE))]
    assert '<q class="tl-quote"' in html


def test_relative_links():
    assert rel("articles/a.md", "speakers/b.md", "x") == "../../speakers/b/#x"
    assert rel("chronology/index.md", "articles/a.md", "p-1") == "../articles/a/#p-1"
    assert rel("index.md", "articles/a.md") == "articles/a/"
    assert md_link("speakers/x.md", "chronology/index.md", "e-1") == "../chronology/index.md#e-1"


def test_quoted_fragments_nest_inside_reported_speech_and_crossing_spans_are_dropped():
    from builder.render.article import _nested
    text = 'He said ties were “rock solid” and <b> “growing”.'
    reported = (8, len(text) - 1, '<span class="r">', "</span>")
    frag1 = (text.index("rock"), text.index("solid") + 5, "<q>", "</q>")
    crossing = (text.index("solid"), text.index(" and") + 4, "<a>", "</a>")   # crosses frag1
    html = _nested(text, [frag1, reported, crossing])
    assert html == ('He said <span class="r">ties were “<q>rock solid</q>” and &lt;b&gt; “growing”</span>.')


def test_a_page_key_digest_sees_every_field_and_no_object_identity():
    """``fingerprint`` (page keys of events and speakers, from ``repr``) and
    ``content_fingerprint`` (whole articles): equal values give one digest whatever
    objects they share; a change of any nested field gives another."""
    from builder.render import content_fingerprint, fingerprint

    def entry(**change):
        fields = dict(id="e1", date="2031-03", precision="month", text="Lira Costan signed it.",
                      people=[PersonRef("Lira Costan", "lira-costan")],
                      sources=[Source("a-1", 2)], expressions=["in March"])
        return ChronologyEvent(**{**fields, **change})

    shared = Source("a-1", 2)
    assert fingerprint(entry()) == fingerprint(entry(sources=[shared]))
    assert fingerprint(("speaker", [entry(), entry()])) == fingerprint(("speaker", [entry()] * 2))
    for change in (dict(people=[PersonRef("Lira Costan")]), dict(sources=[Source("a-1", 3)]),
                   dict(expressions=["in march"]), dict(precision="day"), dict(kind="background"),
                   dict(text="Lira Costan signed it. ")):
        assert fingerprint(entry(**change)) != fingerprint(entry()), change
    one, two = (Article(title="Port deal", paragraphs=["Tomas Velk spoke.", "It rained."], id="a")
                for _ in range(2))
    assert content_fingerprint(one) == content_fingerprint(two)
    two.paragraphs[1] = "It snowed."
    assert content_fingerprint(one) != content_fingerprint(two)


def test_an_article_page_key_follows_what_the_page_shows_of_its_entries():
    """The key of an article's page digests each of its chronology entries by what the
    pages show of it (``RenderMemo.entry_digest``, shared with the chronology's keys):
    any change of its date, text, people or sources gives another key; its time
    expressions, which no page shows, do not; equal entries in other objects, the same."""
    from builder.render import site_pages

    def key(**change) -> str:
        fields = dict(id="e-2031-03-x", date="2031-03", precision="month",
                      text="Lira Costan signed the port deal.",
                      people=[PersonRef("Lira Costan", "lira-costan")],
                      sources=[Source("a-1", 0)], expressions=["in March"])
        art = Article(title="Port deal", paragraphs=["Lira Costan signed it in March 2031."],
                      id="a-1", date="2031-04-02")
        col = Collection(articles=[art], events=[ChronologyEvent(**{**fields, **change})],
                         speakers=[RegistrySpeaker(id="lira-costan", name="Lira Costan")])
        return next(p.key for p in site_pages(col, {}) if p.path == "articles/a-1.md")

    assert key() == key()
    assert key(expressions=["in march 2031"]) == key()
    for change in (dict(text="Lira Costan signed the deal."), dict(date="2031-03-05"),
                   dict(precision="day"), dict(people=[PersonRef("Lira Costan")]),
                   dict(sources=[Source("a-1", 0), Source("a-1", 1)])):
        assert key(**change) != key(), change
