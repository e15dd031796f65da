"""The fast path for generated pages gives exactly what Python-Markdown gives.

Small invented pages in, the HTML of both converters compared side by side; constructs
outside the subset must be refused (None), never converted differently. The site-level
test builds the seed site both ways and compares every HTML file.
"""
from __future__ import annotations

import re
import shutil

import markdown
import pytest

from builder.site.pagehtml import convert
from tests.sitebuild import make_project, run_builder

IDENTITY = lambda href: href  # noqa: E731


def python_markdown(text: str) -> tuple[str, list]:
    md = markdown.Markdown(extensions=["toc", "tables", "admonition"],
                           extension_configs={"toc": {"permalink": True}})
    return md.convert(text), md.toc_tokens


SAME = {
    "headings and escapes": "# China\\-Russia ties \\(2021\\)\n\n## Quoted in this article\n\n## Quoted in this article\n\n### 28 June 2021: A \\#1 title\n",
    "raw blocks": '<p class="tl-topic">Trade</p>\n\n# Title\n\n<p id="p-0" class="tl-para">A &amp; B “said” <q class="tl-quote" title="X">it</q> <a class="tl-anchor" href="#p-0">¶</a></p>\n\n<figure class="tl-caption"><figcaption>Cap <span>Photo: AP</span></figcaption></figure>\n',
    "nested same-name tags in a raw block": '<ul class="tl-standfirst"><li>one<ul><li>two</li></ul></li></ul>\n\nText after.\n',
    "tight list with links and continuation": "- <time datetime=\"2021-06-28\">28 June 2021</time> — **[A \\- title](articles/a.md)**\n    <br>A summary \\(short\\)\n- [Wang Yi](../speakers/wang-yi.md) — foreign minister (3 quotes)\n",
    "loose list": "- <time>1</time> — [One](a.md)\n\n- <time>2</time> — [Two](b.md)\n\n- Three\n",
    "list then paragraph": "- one\n- two\n\nA paragraph\nwith two lines.\n",
    "table": "| Speaker | Latest role | Quotes | Articles |\n|---|---|---:|---:|\n| [Wang Yi](wang-yi.md) | Chinese foreign minister | 3 | 2 |\n| [TASS](tass.md) | organisation | 1 | 1 |\n",
    "anchor links and entities": "[A](#a) · [B](#b) · caf&eacute; &#8212; x &amp; y\n",
    "empty heading id": "## \\.\\.\\.\n\n## \\.\\.\\.\n",
    "chronology-like": '## 2021\n\n<h3 class="tl-month" id="m-2021-06">June 2021</h3>\n\n<ol class="tl-events"><li class="tl-event" id="e-1"><a href="#e-1"><time datetime="2021-06-28">28 June 2021</time></a> <span>Met</span></li></ol>\n',
}

REFUSED = {
    "emphasis": "Some *emphasis* here.\n",
    "code span": "Use `code` here.\n",
    "image": "![alt](x.png)\n",
    "nested list": "- one\n    - two\n",
    "multi-line raw block": "<div>\none\n</div>\n",
    "text after a raw block": "<p>one</p> tail\n",
    "setext heading": "Title\n=====\n",
    "hard break": "one  \ntwo\n",
    "reference link": "[a]: http://example.com\n",
    "blockquote": "> quoted\n",
    "lone bracket": "a ] b\n",
    "autolink": "<http://example.com>\n",
}


@pytest.mark.parametrize("name", list(SAME))
def test_fast_path_gives_python_markdowns_html_and_toc(name):
    text = SAME[name]
    expected_html, expected_toc = python_markdown(text)
    result = convert(text, IDENTITY)
    assert result is not None, name
    assert result.html == expected_html
    assert [(t["level"], t["id"], t["name"]) for t in _flat(result.toc)] == \
        [(t["level"], t["id"], t["name"]) for t in _flat(expected_toc)]


@pytest.mark.parametrize("name", list(REFUSED))
def test_outside_the_subset_is_refused(name):
    assert convert(REFUSED[name], IDENTITY) is None


def test_links_go_through_the_resolver_and_a_refusal_falls_back():
    seen = []

    def resolve(href):
        seen.append(href)
        return None if "missing" in href else "../../" + href.replace(".md", "/")

    ok = convert("- [A](speakers/a.md#x)\n", resolve)
    assert ok is not None and '<a href="../../speakers/a/#x">A</a>' in ok.html
    assert convert("- [B](missing.md)\n", resolve) is None
    assert seen == ["speakers/a.md#x", "missing.md"]


def test_anchor_ids_of_headings_and_raw_html_are_known():
    result = convert('# T\n\n<p id="p-0" class="tl-para">x</p>\n\n<li id="e-1">', IDENTITY)
    assert result is None                      # an <li> alone is not a block
    result = convert('# T\n\n<p id="p-0" class="tl-para">x <span id="s">y</span></p>\n', IDENTITY)
    assert {"t", "p-0", "s"} <= result.anchor_ids


def _flat(tokens):
    for t in tokens:
        yield t
        yield from _flat(t["children"])


def test_the_seed_site_is_the_same_with_and_without_the_fast_path(tmp_path):
    fast = make_project(tmp_path / "fast")
    slow = make_project(tmp_path / "slow")
    cfg = slow / "mkdocs.yml"
    text = cfg.read_text()
    assert re.search(r"^  - timeline\b.*$", text, re.M), "mkdocs.yml lists the timeline plugin"
    cfg.write_text(re.sub(r"^  - timeline\b.*$", "  - timeline:\n      fast_pages: false", text, flags=re.M))
    for project in (fast, slow):
        proc = run_builder(project, "build")
        assert proc.returncode == 0, proc.stderr
    pages = sorted(p.relative_to(fast / "site") for p in (fast / "site").rglob("*.html"))
    assert len(pages) > 20
    differ = [str(p) for p in pages if (fast / "site" / p).read_bytes() != (slow / "site" / p).read_bytes()]
    assert not differ, differ[:5]
    shutil.rmtree(tmp_path, ignore_errors=True)
