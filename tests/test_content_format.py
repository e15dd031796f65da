"""The content file format: load, dump, round trip, and clear errors for bad files."""
from __future__ import annotations

import pytest

from builder.errors import ContentError
from builder.model import Article, Caption
from builder.read.content import dump_article, load_article_text, parse_body, slugify

GOOD = """---
title: A headline
date: 2021-07-12
topic: China-Russia relations
standfirst: [First bullet, Second bullet]
lead_caption: {text: A caption., credit: AP}
captions:
  - {text: Inline caption., credit: Reuters, before: 1}
related: [Another story]
print_headline: Print head
source: {name: A Paper, url: https://example.com/a}
---

First paragraph.

Second paragraph
wrapped by an editor.
"""


def test_load_reads_every_field():
    a = load_article_text(GOOD, "x.md")
    assert a.title == "A headline"
    assert a.date == "2021-07-12" and a.date_source == "front-matter"
    assert a.standfirst == ["First bullet", "Second bullet"]
    assert a.lead_caption == Caption("A caption.", "AP")
    assert a.captions == [Caption("Inline caption.", "Reuters", 1)]
    assert a.related == ["Another story"]
    assert a.print_headline == "Print head"
    assert (a.source_name, a.source_url) == ("A Paper", "https://example.com/a")
    assert a.paragraphs == ["First paragraph.", "Second paragraph wrapped by an editor."]


def test_dump_then_load_round_trips():
    a = Article(title="Title: with “quotes” and # signs", paragraphs=["One “two”.", "Three <b>."],
                date="2020-12-29", topic="Topic", standfirst=["S"], lead_caption=Caption("C", "AFP"),
                captions=[Caption("D", None, 0)], related=["R"], print_headline="P",
                source_name="Paper")
    text = dump_article(a, imported_from="content/sources/x.txt")
    b = load_article_text(text, "x.md")
    for field in ("title", "paragraphs", "date", "topic", "standfirst", "lead_caption", "captions",
                  "related", "print_headline", "source_name"):
        assert getattr(b, field) == getattr(a, field), field
    assert dump_article(b, imported_from="content/sources/x.txt") == text


@pytest.mark.parametrize("text, line, words", [
    ("---\ntitle: [unclosed\n---\nBody.\n", 2, "never closed"),
    ("---\ntitle: A\ntitle: B\n---\nBody.\n", 3, "given twice"),
    ("---\ntitle: A\ndate: [2021]\n---\nBody.\n", 3, "must be a date"),
    ("---\ntitle: A\ndate: 2021-02-30\n---\nBody.\n", 3, "not a real date"),
    ("---\ntitle: A\ndate: '2021-02-30'\n---\nBody.\n", 3, "not a real date"),
    ("---\ntitle: A\nx: &a [1]\ny: *a\n---\nBody.\n", 4, "aliases"),
    ("---\ntitle: !!python/object/apply:os.system [ls]\n---\nBody.\n", 2, "constructor"),
    ("---\ntitle: A\nbogus: 1\n---\nBody.\n", 3, "unknown front-matter field"),
    ("---\ndate: 2021-01-01\n---\nBody.\n", None, "'title' is missing"),
    ("---\ntitle: A\n", 1, "never closed"),
    ("no front matter\n", 1, "no front matter"),
    ("---\ntitle: A\n---\n\n", None, "no body"),
])
def test_bad_files_name_file_and_line(text, line, words):
    with pytest.raises(ContentError) as err:
        load_article_text(text, "content/articles/bad.md")
    assert words in err.value.message
    assert err.value.path == "content/articles/bad.md"
    if line is not None:
        assert err.value.line == line
    assert "\n" not in err.value.format()


def test_body_blocks():
    assert parse_body("a\n\n\n b \nc\n\n") == ["a", "b c"]


@pytest.mark.parametrize("title, slug", [
    ("China, Russia extend friendship treaty", "china-russia-extend-friendship-treaty"),
    ("../../etc/passwd", "etc-passwd"),
    ("/absolute/path", "absolute-path"),
    ("\x00", "untitled"),
    ("Ça va — déjà vu", "ca-va-deja-vu"),
    ("x" * 500, "x" * 60),
])
def test_slugs_stay_in_their_folder(title, slug):
    assert slugify(title) == slug
