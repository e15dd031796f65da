"""Property-based tests (Hypothesis) of every stage on arbitrary and hostile text.

On any input each stage terminates within a bound (Hypothesis' per-example deadline:
inputs are at most a few KB, so linear work takes milliseconds and runaway regex
backtracking blows the bound), never raises anything but ContentError where a file is at
fault, keeps every input line and paragraph accounted for, and never lets a ``<`` of
article text become markup on a page.

Example counts are fixed per test (see EXAMPLES); `pytest --hypothesis-show-statistics
tests/test_properties.py` prints what ran.
"""
from __future__ import annotations

import html
import re
from datetime import timedelta

import markdown
import pytest
import yaml
from hypothesis import HealthCheck, assume, event, given, settings
from hypothesis import strategies as st

from builder.errors import ContentError
from builder.extract.article import enrich, structure_raw
from builder.extract.events import extract_events
from builder.extract.quotes import extract_quotes
from builder.extract.structure import structure
from builder.extract.timex import find_timexes
from builder.link import link
from builder.link.identity import name_key, suspicious_name
from builder.model import Article, Caption, Event, Quote, Speaker
from builder.read.content import load_article_text, parse_body, slugify
from builder.read.text import decode
from builder.render import render_site
from builder.render.escape import md, yaml_str
from tests.hostile.scan import PageScan, norm

EXTENSIONS = ["toc", "tables", "admonition"]        # mkdocs.yml's markdown_extensions


def bounded(examples: int, seconds: float = 5.0):
    """Fixed example count, a per-example time bound, no database (runs are repeatable
    in CI), no health check about slow data generation (the inputs are big on purpose)."""
    return settings(max_examples=examples, deadline=timedelta(seconds=seconds), database=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                           HealthCheck.filter_too_much])


# ---- inputs ---------------------------------------------------------------------------

# what copied news text and hostile text are made of
BITS = [
    "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "</p>", "</article>", "<div>",
    '"', "'", "&amp;", "&lt;", "&#60;", "[x](javascript:alert(1))", "<javascript:x>",
    "{: onclick=x }", "*", "_", "`", "#", "|", "\\", "!", "[", "]", "(", ")", "-", "+", "1.",
    "> ", "    ", "!!! note", "[TOC]", "<!--", "-->", "]]>", "<?", "\t", "===", "---",
    "\u201c", "\u201d", "\u2018", "\u2019", "\u00ab", "\u00bb", "\u201e",
    " said ", " told reporters", "Jane Roe", ", the foreign minister,", "He said", "according to",
    "on Monday", "last week", "June 28, 2021", "2021", "in 1996", "10:35 a.m.", "next month",
    "Mr.", "U.S.", "Dr.", "\u2014", "\u2026", ".", ",", ":", " ",
    "\x00", "\x0b", "\x0c", "\x1b", "\x7f", "\x85", "\x90", "\u2028", "\ufeff", "\u200b",
    "\u00e9", "e\u0301", "\u4e2d", "\U0001f600", "\u202e",
]
fragment = st.one_of(st.sampled_from(BITS), st.text(max_size=12))
text = st.lists(fragment, max_size=40).map("".join)
# a line of a copied page, and one paragraph as the content format holds it
line = text.map(lambda s: s.replace("\r", " ").replace("\n", " "))
# non-empty by construction (a filter would make Hypothesis retry draws)
paragraph = st.lists(fragment, min_size=1, max_size=16).map(
    lambda bits: "".join(bits).replace("\r", " ").replace("\n", " ").strip() or "x")
NEWS_LINES = st.sampled_from([
    "", "World", "Leaders agree to extend the treaty", "By Jane Roe", "Advertisement",
    "Photo: AP", "01:22", "Related", "Read more", "69", "Published: 28 June 2021",
    "\u2022 A summary bullet of the article here",
    "The two leaders agreed on Monday to extend the treaty, officials said in a statement.",
    "\u201cThis is a good day,\u201d said Jane Roe, the foreign minister, on Tuesday.",
    "Copyright 2021 Example News. All rights reserved.",
])


# ---- structure: every line classified once, body text never lost --------------------------

# named classes (everything but the unnamed fallback "other")
LINE_CLASSES = {
    "blank", "body", "headline", "topic", "standfirst", "lead-caption", "caption", "credit",
    "related", "duplicate", "repeated", "byline", "dateline", "video", "list-heading",
    "summary-heading", "teaser", "label", "boilerplate", "next-in", "print-headline", "bullet",
    "ad", "promo", "share", "comments", "gallery", "copyright", "tags", "post-signature", "post",
}


@bounded(200)
@given(st.lists(st.one_of(NEWS_LINES, line), max_size=40),
       st.sampled_from(["\n", "\r\n", "\r"]))
def test_structure_classifies_every_line_once_and_keeps_the_body(lines, newline):
    text = newline.join(lines)
    s = structure(text)
    raw = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if raw and raw[-1] == "":
        raw.pop()
    # every input line, once, in order, with its own text
    assert [(ln.number, ln.text) for ln in s.lines] == list(enumerate(raw, 1))
    paragraphs = set(s.paragraphs)
    for ln in s.lines:
        kept = ln.text.strip()
        # a named class for every line that holds anything
        assert ln.cls in LINE_CLASSES or (ln.cls == "other" and not kept), ln
        assert (ln.cls == "blank") == (not kept), ln
        if ln.cls == "body":
            assert kept in paragraphs, ln
        elif ln.cls == "duplicate":             # a repeat of a line that is kept elsewhere
            assert kept in paragraphs or kept == s.title or \
                sum(1 for o in s.lines if o.text.strip() == kept) > 1, ln
        elif ln.cls == "headline":
            assert kept == s.title, ln
    # every paragraph is a body line, in input order
    body_lines = [ln.text.strip() for ln in s.lines if ln.cls == "body"]
    assert s.paragraphs == body_lines


# ---- quotes, time expressions, events ----------------------------------------------------

@bounded(200)
@given(st.lists(paragraph, max_size=6))
def test_quotes_point_into_their_paragraphs(paragraphs):
    quotes, speakers, notices = extract_quotes(paragraphs)
    for q in quotes:
        assert 0 <= q.paragraph < len(paragraphs)
        assert paragraphs[q.paragraph][q.start:q.end] == q.text, q
        assert q.kind in ("direct", "indirect")
    names = [s.name for s in speakers]
    assert len(names) == len(set(names)) and all(n.strip() for n in names)


@bounded(200)
@given(text, st.sampled_from([None, "2021-06-28", "2000-02-29", "1999-12-31"]))
def test_timexes_point_into_the_text(t, dct):
    last_end = 0
    for x in find_timexes(t, dct):
        assert 0 <= x.start < x.end <= len(t) and t[x.start:x.end] == x.text
        assert x.start >= last_end
        last_end = x.end
        assert x.type in ("DATE", "TIME", "DURATION", "SET") and x.value


@bounded(150)
@given(st.lists(paragraph, max_size=6), st.sampled_from([None, "2021-06-28", "2020-12-29"]),
       st.lists(st.sampled_from(["Jane Roe", "Xi Jinping", "Vladimir Putin", "Roe"]), max_size=3))
def test_events_point_into_their_paragraphs(paragraphs, date, people):
    for e in extract_events(paragraphs, date, people):
        assert 0 <= e.paragraph < len(paragraphs)
        assert re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", e.date), e
        assert "\n" not in e.text


# ---- rendering: article text is shown, never run -----------------------------------------

dates = st.sampled_from([None, "2020-12-29", "2021-06-28", "2023-02-21"])
event_dates = st.sampled_from(["2001", "2021-06", "2021-06-28", "1996-04-25"])


@st.composite
def articles(draw, n):
    paras = draw(st.lists(paragraph, min_size=1, max_size=4))
    names = list(dict.fromkeys(draw(st.lists(paragraph, max_size=2))))
    quotes = []
    for _ in range(draw(st.integers(0, 4))):
        p = draw(st.integers(0, len(paras) - 1))
        start = draw(st.integers(0, len(paras[p]) - 1))
        end = draw(st.integers(start + 1, len(paras[p])))
        quotes.append(Quote(text=paras[p][start:end], kind=draw(st.sampled_from(["direct", "indirect"])),
                            speaker=draw(st.sampled_from(names)) if names else None,
                            speaker_as_written=draw(st.one_of(st.none(), paragraph)), paragraph=p,
                            cue=draw(st.one_of(st.none(), paragraph)),
                            outlet=draw(st.one_of(st.none(), paragraph)), start=start, end=end))
    speakers = [Speaker(name=nm, aliases=draw(st.lists(paragraph, max_size=2)),
                        roles=draw(st.lists(paragraph, max_size=2)),
                        kind=draw(st.sampled_from(["person", "organisation"]))) for nm in names]
    events = [Event(date=draw(event_dates), expression=draw(paragraph), text=draw(paragraph),
                    paragraph=draw(st.integers(0, len(paras) - 1)),
                    people=draw(st.lists(st.sampled_from(names), max_size=2)) if names else [])
              for _ in range(draw(st.integers(0, 3)))]
    caption = st.builds(Caption, paragraph, st.one_of(st.none(), paragraph),
                        st.one_of(st.none(), st.integers(0, 6)))
    return Article(
        id=f"2021-01-0{n + 1}-article-{n}", title=draw(paragraph), paragraphs=paras,
        topic=draw(st.one_of(st.none(), paragraph)), date=draw(dates),
        standfirst=draw(st.lists(paragraph, max_size=2)),
        lead_caption=draw(st.one_of(st.none(), caption)), captions=draw(st.lists(caption, max_size=2)),
        related=draw(st.lists(paragraph, max_size=2)),
        print_headline=draw(st.one_of(st.none(), paragraph)),
        source_name=draw(st.one_of(st.none(), paragraph)),
        source_url=draw(st.one_of(st.none(), st.sampled_from(
            ["https://example.com/a?b=1&c=<2>", "javascript:alert(1)", "data:text/html,<script>x</script>",
             " javascript:alert(1)", "JAVASCRIPT:alert(1)",
             "http://x\" onmouseover=\"alert(1)"]), paragraph)),
        authors=draw(st.lists(paragraph, max_size=2)),
        quotes=quotes, speakers=speakers, events=events, path=f"article-{n}.md",
    )


def page_html(source: str) -> tuple[dict, PageScan, str]:
    """A generated page: (its front matter, the scan of its content, its HTML)."""
    m = re.match(r"---\n(.*?)\n---\n", source, re.S)
    front = yaml.safe_load(m.group(1)) if m else {}
    body = source[m.end():] if m else source
    out = markdown.markdown(body, extensions=EXTENSIONS)
    return front, PageScan(f'<article class="md-content__inner">{out}</article>'), out


def shown(value: str) -> str:
    # Python-Markdown drops STX/ETX (its placeholder marks) from the whole page
    return norm(value.replace("\x02", "").replace("\x03", ""))


@bounded(40)
@given(st.integers(1, 3).flatmap(lambda k: st.tuples(*[articles(i) for i in range(k)])),
       paragraph, st.lists(paragraph, max_size=2))
def test_rendered_pages_show_article_text_and_nothing_runs(arts, site_title, intro):
    collection = link(list(arts))
    files = render_site(collection, {"title": site_title, "intro": intro})
    for path, source in files.items():
        if not path.endswith(".md"):
            continue
        front, scan, out = page_html(source)
        assert scan.what_runs() == [], (path, scan.what_runs())
        for key in ("title", "description"):
            if key in front:                    # MkDocs puts these into the page unescaped
                assert "<" not in front[key] and ">" not in front[key], (path, front[key])
    for a in collection.articles:
        front, scan, out = page_html(files[f"articles/{a.id}.md"])
        # every paragraph, in order, exactly as written
        found = re.findall(r'<p id="p-(\d+)" class="tl-para">(.*?) <a class="tl-anchor"', out, re.S)
        assert [int(n) for n, _ in found] == list(range(len(a.paragraphs)))
        assert [norm(html.unescape(re.sub(r"<[^>]+>", "", body))) for _, body in found] == \
            [shown(p) for p in a.paragraphs]
        for value in [a.title, a.topic, a.print_headline, a.source_name, *a.standfirst, *a.related,
                      *(c.text for c in a.captions), *(c.credit or "" for c in a.captions)]:
            if value:
                assert shown(value) in scan.text, (a.id, value)


@bounded(300)
@given(line)
def test_md_renders_exactly_the_text_it_was_given(t):
    out = markdown.markdown(md(t), extensions=EXTENSIONS)
    scan = PageScan(f'<article class="md-content__inner">{out}</article>')
    assert scan.what_runs() == []
    assert scan.text == shown(t)


@bounded(200)
@given(text)
def test_page_titles_read_back_as_escaped_text(t):
    """MkDocs reads the page title from YAML and prints it unescaped: it must come back as
    HTML-escaped text, each character as given or, if YAML cannot hold it, a space."""
    value = yaml.safe_load("title: " + yaml_str(t))["title"]
    assert "<" not in value and ">" not in value
    back = html.unescape(value)
    assert len(back) == len(t)
    assert all(a == b or (b == " " and not a.isprintable()) for a, b in zip(t, back)), (t, back)


# ---- reading files: any bytes, any front matter ------------------------------------------

@bounded(300)
@given(st.one_of(st.binary(max_size=400), text.map(lambda s: s.encode("utf-8")),
                 text.map(lambda s: s.encode("utf-8")[:-1]),
                 text.map(lambda s: s.encode("utf-16"))))
def test_any_bytes_decode_or_give_one_clear_error(data):
    try:
        tf = decode(data, "f.txt")
    except ContentError as exc:
        assert exc.path == "f.txt" and "\n" not in exc.format()
        return
    assert "\r" not in tf.text and tf.text.strip()
    assert "\x00" not in tf.text


YAML_BITS = ["title: ", "date: ", "topic: ", "captions:\n- text: ", "  before: ", "source: {url: ",
             "&a ", "*a", "!!python/object:os.system ", "!!binary ", "<<: ", "? ", "- ", "[", "]",
             "{", "}", ": ", "'", '"', "\n", "  ", "\t", "2021-02-30", "2021-07-12", "#", "|", ">",
             "%YAML 1.1\n", "---\n", "...\n", "\x90", "\ufeff", "\\x00", "<script>"]


@bounded(300)
@given(st.lists(st.one_of(st.sampled_from(YAML_BITS), st.text(max_size=8)), max_size=30).map("".join),
       text)
def test_any_front_matter_loads_or_gives_one_clear_error(front, body):
    # a generated front matter holding a '---' line of its own ends there: the rest is body
    assume(not re.search(r"^(?:---|\.\.\.)[ \t]*$", front, re.MULTILINE))
    try:
        a = load_article_text(f"---\n{front}\n---\n\n{body}\n", "f.md")
    except ContentError as exc:
        assert exc.path == "f.md" and "\n" not in exc.format()
        return
    assert a.title and a.paragraphs == parse_body(body)
    assert a.date is None or re.fullmatch(r"\d{4}-\d{2}-\d{2}", a.date)


@bounded(200)
@given(text)
def test_slugs_are_safe_file_names(t):
    slug = slugify(t)
    assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", slug) and len(slug) <= 60


# ---- the whole pipeline on a raw copy ----------------------------------------------------

@bounded(50, seconds=10)
@given(st.lists(st.one_of(NEWS_LINES, line), max_size=4), st.lists(st.one_of(NEWS_LINES, line), max_size=30))
def test_any_raw_copy_is_an_article_or_one_clear_error(above, below):
    """Random lines around a headline and a paragraph (so that most inputs are articles)."""
    raw = "\n".join(above + ["Leaders agree to extend the treaty", "",
                              "The two leaders met in the capital on Monday, officials said.", ""] + below)
    try:
        article = structure_raw(raw, "copy.txt", "2021-06-28").article
    except ContentError as exc:
        assert exc.path == "copy.txt" and "\n" not in exc.format()
        event("refused with one line")
        return
    event("built a page")
    article.id = "2021-06-28-copy"
    enrich(article)
    files = render_site(link([article]), {"title": "T", "intro": []})
    front, scan, out = page_html(files["articles/2021-06-28-copy.md"])
    assert scan.what_runs() == []
    found = re.findall(r'<p id="p-\d+" class="tl-para">(.*?) <a class="tl-anchor"', out, re.S)
    assert [norm(html.unescape(re.sub(r"<[^>]+>", "", b))) for b in found] == \
        [shown(p) for p in article.paragraphs]


# ---- names: one key however they are written (builder/link/identity.py) -------------------

from builder.rules.confusables import LATIN_CYRILLIC, LATIN_GREEK  # noqa: E402

_LOOK_ALIKE = {latin: other for latin, other in LATIN_CYRILLIC + LATIN_GREEK}
_HIDDEN = "\u200b\u200c\u200d\u2060\ufeff\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u00ad"
latin_names = st.lists(st.from_regex(r"[A-Z][a-z]{2,9}", fullmatch=True), min_size=2, max_size=3).map(" ".join)


@given(latin_names, st.data())
def test_invisible_characters_never_make_another_name(name, data):
    """A zero-width joiner, a soft hyphen or a direction control anywhere inside a name
    (not between two of its words) leaves its key alone, and check says so."""
    spots = data.draw(st.lists(st.integers(1, len(name) - 1), min_size=1, max_size=3))
    chars = list(name)
    for at in sorted(spots, reverse=True):
        if chars[at - 1] != " " and chars[at] != " ":
            chars.insert(at, data.draw(st.sampled_from(_HIDDEN)))
    hidden = "".join(chars)
    assert name_key(hidden) == name_key(name)
    assert (suspicious_name(hidden) is not None) == (hidden != name)


@given(latin_names, st.data())
def test_a_look_alike_letter_of_another_script_never_makes_another_name(name, data):
    """One letter of a Latin name swapped for its Cyrillic or Greek look-alike ("Wang Yі")
    is the same name, and check says so."""
    spots = [i for i, ch in enumerate(name) if ch in _LOOK_ALIKE]
    assume(spots)
    at = data.draw(st.sampled_from(spots))
    swapped = name[:at] + _LOOK_ALIKE[name[at]] + name[at + 1:]
    assert name_key(swapped) == name_key(name)
    assert suspicious_name(swapped) is not None      # (every word has three letters or more)
