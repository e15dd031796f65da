"""Reading saved web pages: bytes, encodings, the main text, metadata, refusals.

Small invented pages check one behaviour each; a few pages of the public
article-extraction benchmark check the same on real markup (skipped without
../shared), and a floor test keeps the HTML path's score on a small slice.
"""
from __future__ import annotations

import gzip
import json
import socket
from pathlib import Path

import pytest

from builder import cli
from builder.errors import ContentError
from builder.extract.article import structure_html
from builder.extract.html import structure_page
from builder.importer import expand_inputs, import_one
from builder.read import html as H
from builder.read.html import decode_html, parse_html, read_html, resolve_date

BODY = [
    "Officials from the two countries met in the capital on Tuesday to discuss a new trade "
    "agreement covering energy, grain and machinery, according to a statement released afterwards.",
    "“We have agreed on the main principles and the details will follow by the end of the year,” "
    "the deputy trade minister told reporters after the meeting, which lasted four hours.",
    "The agreement would raise the volume of cross-border trade by a fifth within three years, "
    "the statement said, and would open two new rail crossings along the shared border.",
    "Analysts said the deal reflected a long-running effort by both governments to reduce their "
    "reliance on markets elsewhere, though many details remained unclear on Tuesday evening.",
    "Negotiators are expected to meet again next month to settle the remaining questions on "
    "tariffs and on the financing of the new rail crossings, the ministry said in its statement.",
    "A spokeswoman for the foreign ministry said the talks had been held in a constructive "
    "atmosphere and that both sides had expressed satisfaction with the progress made so far.",
]
SUBHEAD = "What happens next"
CAPTION = "The deputy trade minister speaks to reporters after the talks on Tuesday."


def article_page(*, charset: str = "utf-8", extra_head: str = "", body: list[str] | None = None,
                 jsonld_date: str = "2021-06-29T08:30:00+08:00") -> str:
    paras = body if body is not None else BODY
    middle = len(paras) // 2
    ps = "\n".join(f"<p>{p}</p>" for p in paras[:middle])
    ps2 = "\n".join(f"<p>{p}</p>" for p in paras[middle:])
    return f"""<!DOCTYPE html>
<html lang="en"><head>
<meta charset="{charset}">
<title>Neighbours sign trade pact | The Daily Example</title>
<meta property="og:title" content="Neighbours sign a new trade pact">
<meta property="og:site_name" content="The Daily Example">
<meta property="og:url" content="https://news.example.org/world/2021/06/29/trade-pact">
<meta property="og:image" content="https://cdn.example.org/images/2017/03/28/photo.jpg">
<meta property="article:section" content="World">
<meta name="author" content="Jane Roe">
<link rel="canonical" href="https://news.example.org/world/2021/06/29/trade-pact">
<script type="application/ld+json">
{{"@context": "https://schema.org", "@type": "NewsArticle",
  "headline": "Neighbours sign a new trade pact",
  "datePublished": "{jsonld_date}",
  "author": [{{"@type": "Person", "name": "Jane Roe"}}, {{"@type": "Person", "name": "John Doe"}}],
  "publisher": {{"@type": "Organization", "name": "The Daily Example"}}}}
</script>
{extra_head}
</head><body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
<li><a href="/business">Business</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>
<main><article>
<h1>Neighbours sign a new trade pact</h1>
<p class="byline">By Jane Roe and John Doe</p>
<figure><img src="/img/minister.jpg" alt="">
<figcaption>{CAPTION} <span class="credit">Photo: Example Agency</span></figcaption></figure>
{ps}
<h2>{SUBHEAD}</h2>
{ps2}
<aside class="related"><h3>Related</h3><ul>
<li><a href="/a">Border crossing reopens after two years</a></li>
<li><a href="/b">Grain exports reach a record high</a></li>
<li><a href="/c">Rail link plan approved by parliament</a></li></ul></aside>
</article></main>
<footer><p>© 2021 The Daily Example. All rights reserved.</p></footer>
</body></html>
"""


def write(tmp_path: Path, name: str, text: str | bytes) -> Path:
    p = tmp_path / name
    p.write_bytes(text.encode("utf-8") if isinstance(text, str) else text)
    return p


# ---- the article and its metadata ----------------------------------------------------


@pytest.fixture
def no_network(monkeypatch):
    """Any attempt to open a connection fails the test."""
    def refuse(*args, **kwargs):
        raise AssertionError("the HTML reader tried to use the network")
    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


def test_article_metadata(tmp_path, no_network):
    page = read_html(write(tmp_path, "pact.html", article_page()))
    assert page.title == "Neighbours sign a new trade pact"      # the <h1>, not the <title>
    assert page.date == "2021-06-29"
    assert page.url == "https://news.example.org/world/2021/06/29/trade-pact"
    assert page.site_name == "The Daily Example"
    assert "Jane Roe" in page.authors
    assert page.topic == "World"


def test_article_structure(tmp_path, no_network):
    page = read_html(write(tmp_path, "pact.html", article_page()))
    s = structure_page(page)
    assert s.title == "Neighbours sign a new trade pact"
    assert s.paragraphs[0] == BODY[0]
    for p in BODY:
        assert p in s.paragraphs
    assert SUBHEAD in s.paragraphs                        # a subhead is article text
    assert not any(CAPTION[:30] in p for p in s.paragraphs)
    assert not any("Border crossing" in p or "Home" == p for p in s.paragraphs)
    caps = ([s.lead_caption] if s.lead_caption else []) + s.captions
    assert [(c.text, c.credit) for c in caps] == [(CAPTION, "Example Agency")]


def test_markup_settles_links_and_subheads(tmp_path):
    # the subhead's words are also a menu link; a whole-paragraph link sits in the text
    link = "Border talks stall again as both sides dig in over tariffs and quotas."
    html = article_page().replace(
        '<li><a href="/sport">Sport</a></li>',
        f'<li><a href="/sport">Sport</a></li><li><a href="/next">{SUBHEAD}</a></li>').replace(
        f"<p>{BODY[1]}</p>", f'<p>{BODY[1]}</p>\n<p><a href="/talks">{link}</a></p>')
    s = structure_page(read_html(write(tmp_path, "p.html", html)))
    assert SUBHEAD in s.paragraphs and BODY[1] in s.paragraphs
    assert link not in s.paragraphs


def test_structure_html_article(tmp_path):
    ex = structure_html(read_html(write(tmp_path, "pact.html", article_page())))
    a = ex.article
    assert (a.date, a.date_source) == ("2021-06-29", "page-metadata")
    assert a.source_url.endswith("/trade-pact") and a.source_name == "The Daily Example"
    assert a.authors and not a.notices
    given = structure_html(read_html(write(tmp_path, "pact.html", article_page())), "2021-07-01")
    assert (given.article.date, given.article.date_source) == ("2021-07-01", "given")


def test_dateline_disagreeing_with_metadata_is_a_notice(tmp_path):
    body = ["BEIJING, June 20, 2021 (Example) - " + BODY[0]] + BODY[1:]
    ex = structure_html(read_html(write(tmp_path, "p.html", article_page(body=body))))
    assert ex.article.date == "2021-06-29"                    # the metadata wins
    assert [n.kind for n in ex.article.notices] == ["date-disagreement"]
    assert "2021-06-20" in ex.article.notices[0].message


def test_placeholder_and_image_dates_are_not_publication_dates(tmp_path):
    # 0001-01-01 is a CMS placeholder; the og:image path holds an upload date (2017/03/28)
    page = read_html(write(tmp_path, "p.html", article_page(jsonld_date="0001-01-01T00:00:00Z")))
    assert page.date is None


@pytest.mark.parametrize("page_date, stamp, text_date, expected", [
    (None, None, "2021-06-28", ("2021-06-28", "inferred", False)),
    ("2021-06-29", "2021-06-29T08:30:00+08:00", None, ("2021-06-29", "page-metadata", False)),
    # evening in New York, next morning in UTC: the same moment, the local date is kept
    ("2019-11-20", "2019-11-20T01:50:59Z", "2019-11-19", ("2019-11-19", "page-metadata", False)),
    ("2019-11-13", "2019-11-13T16:00:01-05:00", "2019-11-20", ("2019-11-13", "page-metadata", True)),
    ("2019-11-20", "2019-11-20T01:50:59Z", "2019-11-12", ("2019-11-20", "page-metadata", True)),
])
def test_resolve_date(page_date, stamp, text_date, expected):
    date, source, disagreement = resolve_date(page_date, stamp, text_date)
    assert (date, source, disagreement is not None) == expected


# ---- bytes and encodings -------------------------------------------------------------


def test_gzip_page(tmp_path):
    page = read_html(write(tmp_path, "pact.html.gz", gzip.compress(article_page().encode())))
    assert page.title == "Neighbours sign a new trade pact"


def test_wrong_charset_declaration_utf8_bytes():
    html = article_page(charset="iso-8859-1").replace("reporters", "reporters in Zürich")
    text, enc, warnings = decode_html(html.encode("utf-8"), "p.html")
    assert enc == "utf-8" and "Zürich" in text and "“We" in text
    assert "declares iso-8859-1" in warnings[0]


def test_wrong_charset_declaration_windows_1252_bytes():
    html = article_page(charset="utf-8")
    text, enc, warnings = decode_html(html.encode("cp1252"), "p.html")
    assert enc == "cp1252" and "“We have agreed" in text
    assert "Windows-1252" in warnings[0]


def test_declared_legacy_charset_is_used():
    text, enc, warnings = decode_html(article_page(charset="windows-1251").replace(
        "reporters", "журналистам").encode("cp1251"), "p.html")
    assert enc == "cp1251" and "журналистам" in text and not warnings


def test_unknown_charset_is_ignored_with_a_warning():
    text, enc, warnings = decode_html(article_page(charset="no-such-set").encode(), "p.html")
    assert enc == "utf-8" and "unknown character set" in warnings[0]


@pytest.mark.parametrize("charset", ["undefined", "punycode", "utf-7", "rot13", "base64", "idna",
                                     "unicode_escape", "zlib"])
@pytest.mark.parametrize("bytes_are", ["ascii", "windows-1252", "utf-8"])
def test_a_charset_no_browser_reads_is_ignored(charset, bytes_are):
    # Python has codecs under these names; no web page is written in them (issue 16)
    html = article_page(charset=charset)
    data = html.encode("ascii", "replace") if bytes_are == "ascii" else \
        html.replace("reporters", "reporters in Zürich").encode(bytes_are)
    text, enc, warnings = decode_html(data, "p.html")
    assert enc in ("utf-8", "cp1252") and "unknown character set" in warnings[0]
    assert BODY[0] in text and (bytes_are == "ascii" or "Zürich" in text)


def test_folder_import_goes_on_past_a_bad_charset(tmp_path, capsys):
    src = tmp_path / "in"
    src.mkdir()
    write(src, "a-undefined.html", article_page(charset="undefined").encode("cp1252"))
    write(src, "b-punycode.html", article_page(charset="punycode").encode("ascii", "replace"))
    write(src, "c-good.html", article_page().replace("Tuesday", "Wednesday"))
    assert cli.main(["--root", str(tmp_path), "import", str(src)]) == 0
    err = capsys.readouterr().err
    assert "Traceback" not in err and "3 imported" in err
    assert len(list((tmp_path / "content" / "articles").glob("*.md"))) == 3


def test_any_decoding_failure_is_one_line_and_the_import_goes_on(tmp_path, capsys, monkeypatch):
    # a codec error no rule foresaw (raised from inside the reader) names the file, one line
    src = tmp_path / "in"
    src.mkdir()
    write(src, "a-bad.html", article_page())
    write(src, "b-good.txt", "Leaders agree to extend the treaty\n\n" + "\n\n".join(BODY) + "\n")
    real = H.decode_html

    def failing(data, path):
        if "a-bad" in path:
            raise UnicodeDecodeError("weird-codec", b"\xff", 0, 1, "cannot decode")
        return real(data, path)

    monkeypatch.setattr(H, "decode_html", failing)
    assert cli.main(["--root", str(tmp_path), "import", str(src), "--date", "2021-06-29"]) == 2
    err = capsys.readouterr().err
    failed = [ln for ln in err.splitlines() if "] failed" in ln]
    assert len(failed) == 1 and "a-bad.html" in failed[0] and "cannot be decoded" in failed[0]
    assert "1 imported" in err and "Traceback" not in err


def test_malformed_html_is_read(tmp_path):
    # unclosed paragraphs and stray closing tags: the parser repairs them
    html = article_page().replace("</p>", "", 3).replace("<h2>", "</div></span><h2>")
    s = structure_page(read_html(write(tmp_path, "m.html", html)))
    assert BODY[-1] in s.paragraphs


@pytest.mark.parametrize("data, words", [
    (b"", "empty"),
    (b"\x00\x01\x02\x03" * 100, "binary"),
    (b"just some words, no markup at all", "does not look like a web page"),
    (b"<html><body><p>Page not found</p></body></html>", "no article text"),
    (b"<html><body>" + b"<div><p><b><i>" * 3000 + b"</body></html>", "no article text"),
])
def test_bad_input_refused(data, words):
    with pytest.raises(ContentError) as err:
        parse_html(data, "bad.html")
    assert words in err.value.message and err.value.path == "bad.html"


def test_index_page_refused():
    cards = "\n".join(
        f'<div class="card"><h3><a href="/s{i}">Story number {i} about the regional economy '
        f'and its prospects</a></h3><p><a href="/s{i}">Read more about story number {i} and '
        f'what it means for the region</a></p></div>' for i in range(30))
    html = f"<html><head><title>World news</title></head><body><h1>World</h1>{cards}</body></html>"
    with pytest.raises(ContentError) as err:
        parse_html(html.encode(), "index.html")
    assert "index" in err.value.message


def test_index_page_with_unlinked_summaries_refused():
    # story cards: a linked headline, a summary that is not a link, a date
    cards = "\n".join(
        f'<div class="card"><h3><a href="/s{i}">Story {i} headline about the region</a></h3>'
        f'<p>{BODY[i % len(BODY)]}</p><time datetime="2021-06-2{i}">June 2{i}</time></div>'
        for i in range(8))
    html = f"<html><head><title>World</title></head><body><h1>World</h1>{cards}</body></html>"
    with pytest.raises(ContentError) as err:
        parse_html(html.encode(), "index.html")
    assert "list of stories" in err.value.message


def test_error_page_refused():
    html = ("<html><head><title>Page not found</title></head><body><h1>Page not found</h1>"
            "<p>Sorry, the page you were looking for does not exist or has moved.</p>"
            "<p><a href='/'>Go to the home page</a></p></body></html>")
    with pytest.raises(ContentError) as err:
        parse_html(html.encode(), "404.html")
    assert "no article text" in err.value.message


def test_mangled_pages_never_crash():
    """Random cuts, stray tags, comment openers and bytes: a ContentError or a result."""
    import random

    rnd = random.Random(7)
    base = article_page().encode()
    junk = [b"<p>", b"</div>", b"<h1>", b"<figcaption>", b"<a href='x'>", b"<script>", b"<!--",
            b"<![CDATA[", b"<?xml version='1.0' encoding='utf-16'?>", b"\xff\xfe", b"&#xD800;",
            b"<meta charset='utf-16'>", b"<table><tr><td>", b"\x1f\x8b"]
    for _ in range(40):
        data = bytearray(base)
        for _ in range(rnd.randint(1, 8)):
            pos = rnd.randrange(len(data))
            op = rnd.random()
            if op < 0.5:
                data[pos:pos] = rnd.choice(junk)
            elif op < 0.8:
                del data[pos:pos + rnd.randint(1, 300)]
            else:
                data[pos:pos] = bytes(rnd.randrange(1, 256) for _ in range(20))
        try:
            page = parse_html(bytes(data), "m.html")
            structure_page(page)
        except ContentError as exc:
            assert exc.path == "m.html"


def test_oversized_file_refused_before_reading(tmp_path):
    big = tmp_path / "big.html"
    with big.open("wb") as fh:
        fh.truncate(50 * 1024 * 1024)
    with pytest.raises(ContentError) as err:
        read_html(big)
    assert "50.0 MB" in err.value.message or "52.4 MB" in err.value.message


def test_page_with_too_many_elements_refused(monkeypatch):
    monkeypatch.setattr(H, "MAX_ELEMENTS", 500)
    html = article_page().replace("<main>", "<main>" + "<span>x</span>" * 600)
    with pytest.raises(ContentError) as err:
        parse_html(html.encode(), "wide.html")
    assert "HTML elements" in err.value.message


def test_gzip_bomb_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(H, "MAX_BYTES", 1024 * 1024)
    bomb = write(tmp_path, "bomb.html.gz", gzip.compress(b" " * (3 * 1024 * 1024)))
    assert bomb.stat().st_size < 10_000
    with pytest.raises(ContentError) as err:
        read_html(bomb)
    assert "decompresses to more than" in err.value.message


@pytest.mark.parametrize("data, words", [
    (b"\x1f\x8b\x08\x00garbage", "gzip"),
    (gzip.compress(b"<html>" * 1000, mtime=0)[:-20], "truncated"),
])
def test_broken_gzip_refused(tmp_path, data, words):
    with pytest.raises(ContentError) as err:
        read_html(write(tmp_path, "x.html.gz", data))
    assert words in err.value.message


# ---- the commands ---------------------------------------------------------------------


@pytest.mark.parametrize("name, data", [
    ("index.html", b"<html><body><ul><li><a href='/a'>A story</a></li></ul></body></html>"),
    ("broken.html.gz", b"\x1f\x8bnot really gzip"),
])
def test_cli_bad_page_one_line_exit_2_nothing_written(tmp_path, capsys, name, data):
    path = write(tmp_path, name, data)
    assert cli.main(["--root", str(tmp_path), "import", str(path)]) == 2
    err = capsys.readouterr().err
    failed = [ln for ln in err.splitlines() if "failed" in ln and name in ln]
    assert len(failed) == 1
    assert not list((tmp_path / "content" / "articles").glob("*.md"))
    assert cli.main(["extract", str(path)]) == 2
    lines = capsys.readouterr().err.strip().splitlines()
    assert len(lines) == 1 and name in lines[0]


def test_cli_extract_explain_lists_the_page_lines(tmp_path, capsys):
    path = write(tmp_path, "pact.html", article_page())
    assert cli.main(["extract", str(path), "--explain"]) == 0
    out = capsys.readouterr().out.splitlines()
    classes = {line.split()[1] for line in out}
    assert {"headline", "body", "lead-caption", "credit"} <= classes
    assert any("What happens next" in line and " body " in line for line in out)


def test_import_writes_metadata_into_front_matter(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    write(src, "pact.html", article_page())
    (src / "notes.pdf").write_bytes(b"%PDF")
    inputs = expand_inputs([src])
    assert [p.name for p in inputs] == ["pact.html"]
    articles = tmp_path / "content" / "articles"
    articles.mkdir(parents=True)
    r = import_one(inputs[0], articles, None, False, repo_root=tmp_path)
    assert r.status == "imported" and r.target.name.startswith("2021-06-29-")
    text = r.target.read_text(encoding="utf-8")
    assert "url: https://news.example.org/world/2021/06/29/trade-pact" in text
    assert "name: The Daily Example" in text and "Jane Roe" in text
    assert CAPTION in text and "credit: Example Agency" in text
    assert text.split("\n---\n", 1)[1].strip().startswith(BODY[0])


# ---- real pages ------------------------------------------------------------------------


SEEDS = sorted((Path(__file__).resolve().parents[1] / "content" / "sources").glob("*.txt"))


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name)
def test_seed_as_a_page_gives_the_text_paths_article(seed):
    """A seed article laid out as a plain page (headline in <h1>, every other line a <p>,
    no link markup) gives the same headline and body as the text path."""
    import html as html_escape

    from builder.extract.structure import structure

    text = seed.read_text(encoding="utf-8")
    s_text = structure(text)
    body = "\n".join(f"<h1>{html_escape.escape(ln)}</h1>" if ln.strip() == s_text.title
                     else f"<p>{html_escape.escape(ln)}</p>" for ln in text.splitlines() if ln.strip())
    page = parse_html(f"<html><body>{body}</body></html>".encode(), seed.name)
    s_html = structure_page(page)
    assert s_html.title == s_text.title
    same = set(s_html.paragraphs) & set(s_text.paragraphs)
    assert len(same) >= 0.9 * len(s_text.paragraphs) and len(same) >= 0.9 * len(s_html.paragraphs)



def bench(shared: Path) -> tuple[Path, dict]:
    data = shared / "data" / "article-extraction-benchmark"
    return data, json.loads((data / "ground-truth.json").read_text(encoding="utf-8"))


def test_benchmark_pages_metadata_and_no_captions(shared, no_network):
    data, truth = bench(shared)
    checked = 0
    for page_id in sorted(truth)[:12]:
        page = read_html(data / "html" / f"{page_id}.html.gz")
        s = structure_page(page)
        assert s.title and len(s.title.split()) >= 3
        # the URL the benchmark recorded and the page's canonical URL name the same story
        if page.url:
            assert page.url.split("/")[2].split(".")[-2] in truth[page_id]["url"]
        if page.date:
            assert page.date.startswith("2019-")       # the benchmark pages were saved in Nov 2019
        captions = [c.text for c in s.captions] + ([s.lead_caption.text] if s.lead_caption else [])
        for cap in captions:
            assert cap not in s.paragraphs
        checked += 1
    assert checked == 12


def test_benchmark_floor(shared):
    """The HTML path on the first 10 benchmark pages (by id) stays above its floor."""
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from benchmarks.html_extraction import load, project_stages
    from benchmarks.extraction import score

    paths, golds = load(10)
    stages, _, refused = project_stages(paths)
    result = score(stages["project"], golds)
    assert not refused
    assert result["f1"] >= FLOOR_F1_FIRST_10, result
    assert result["precision"] >= FLOOR_P_FIRST_10, result


# last recorded on the first 10 pages; lower only with a reason in the commit message
FLOOR_F1_FIRST_10 = 0.980   # recorded 0.986
FLOOR_P_FIRST_10 = 0.975    # recorded 0.982
