"""Hostile and broken input (issue 7): nothing injects, nothing crashes, nothing is lost.

The corpus is tests/hostile/ (one small file per case) and its table tests/hostile/cases.yml
(what each case must give). Page cases are built together into one site and read back from
the HTML MkDocs wrote; error cases are run one by one through the command line against a
project built before, which must not change. Big inputs are made here, in tmp_path.
Also here: atomic builds (a stage that fails leaves docs/ and site/ as they were) and
imports that never destroy an editor's file.
"""
from __future__ import annotations

import errno
import gzip
import hashlib
import io
import json
import os
import re
import shutil
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import pytest

from builder.cli import main
from builder.extract.article import extract_path
from tests.hostile.corpus import (HOSTILE, RAW_DATE, Case, build_hostile_site, cases,
                                  shared_hostile_site)
from tests.hostile.scan import PageScan, norm, scan_site
from tests.sitebuild import left_beside, make_project, run_builder

PLAIN = (HOSTILE / "plain.md").read_text(encoding="utf-8")


def cli(*args: str) -> tuple[int, str, str]:
    """The command line in-process: (exit code, stdout, stderr). An uncaught exception
    (what a user would see as a traceback) fails the test that called it."""
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = main(list(args))
    return code, out.getvalue(), err.getvalue()


def test_the_scanner_sees_what_runs():
    """The checks below are only as good as this scanner: it must catch each trick."""
    head = '<html><head><meta http-equiv="Content-Security-Policy" content="script-src \'self\'"></head>'
    bad = [
        '<article class="md-content__inner"><p>x<script>alert(1)</script></p></article>',
        '<article class="md-content__inner"><img src=x onerror=alert(1)></article>',
        '<article class="md-content__inner"><a href=" JaVaScRiPt:alert(1)">x</a></article>',
        '<article class="md-content__inner"><a href="data:text/html,x">x</a></article>',
        '<article class="md-content__inner"><svg><circle/></svg></article>',
        '<div onclick="x()">outside the content</div>',
        '<script>alert("not hashed")</script>',
        '<script src="https://evil.example/x.js"></script>',
        '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
    ]
    for html in bad:
        assert PageScan(head + html).what_runs(), html
    good = head + ('<article class="md-content__inner"><p>&lt;script&gt;alert(1)&lt;/script&gt;</p>'
                   '<a href="../x/">ok</a></article><script src="assets/site.js"></script>')
    scan = PageScan(good)
    assert scan.what_runs() == [] and scan.text == "<script>alert(1)</script>ok"


# ---- the page cases: one site holding all of them -----------------------------------------

@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    return shared_hostile_site(tmp_path_factory)


@pytest.fixture(scope="module")
def scans(hostile):
    return scan_site(hostile.project / "site")


def test_nothing_on_the_hostile_site_runs(hostile, scans):
    assert len(scans) > 10
    found = {url: s.what_runs() for url, s in scans.items() if s.what_runs()}
    assert found == {}


PAGE_CASES = cases(expect="page", as_=("article", "raw", "speakers", "events", "site"))


@pytest.mark.parametrize("case", PAGE_CASES, ids=lambda c: c.id)
def test_page_case_shows_its_text_as_text(hostile, scans, case: Case):
    if case.as_ in ("article", "raw"):
        assert case.id in hostile.pages, f"{case.file} gave no page"
        text = scans[hostile.pages[case.id]].text
    else:   # the editors' files show on the speaker, chronology and home pages
        text = "\n".join(s.text for s in scans.values())
    for shown in case.shows:
        assert norm(shown) in text, shown
    for hidden in case.hides:
        assert norm(hidden) not in text, hidden
    if case.notes:
        notes = [ln for ln in hostile.build_log.splitlines() if ln.startswith("note:")]
        assert any(case.notes in ln for ln in notes), hostile.build_log


def test_every_raw_copy_became_its_own_file_inside_content_articles(hostile):
    """Titles like '/etc/cron.d/...' or '../../etc/passwd', very long ones, ones that
    differ only in case or Unicode normalisation, or in another script: each lands in
    content/articles/ under a safe name of its own, and nothing is written elsewhere."""
    raws = [c for c in PAGE_CASES if c.as_ == "raw"]
    articles = hostile.project / "content" / "articles"
    targets = [hostile.imported.get(c.file) for c in raws]
    assert None not in targets, [c.file for c, t in zip(raws, targets) if t is None]
    assert len(set(targets)) == len(raws)
    for t in targets:
        assert t.parent == articles and re.fullmatch(r"[a-z0-9][a-z0-9-]{0,150}\.md", t.name), t
    assert hostile.import_wrote == set(targets)          # and nothing anywhere else


@pytest.mark.parametrize("case", [c for c in PAGE_CASES if c.as_ == "raw" and c.warns], ids=lambda c: c.id)
def test_raw_case_warns_naming_the_file(hostile, case: Case):
    lines = [ln for ln in hostile.import_log.splitlines() if ln.startswith("warning:") and case.file in ln]
    assert lines and all(case.warns in ln for ln in lines[:1]), hostile.import_log
    code, out, err = cli("extract", str(case.path), "--date", RAW_DATE)
    assert code == 0 and json.loads(out)["paragraphs"]
    assert any(ln.startswith(f"warning: {case.path}") and case.warns in ln for ln in err.splitlines()), err


@pytest.mark.parametrize("case", [c for c in PAGE_CASES if c.paragraphs], ids=lambda c: c.id)
def test_raw_case_keeps_every_paragraph_apart(hostile, scans, case: Case):
    article = extract_path(case.path, RAW_DATE, extract=False).article
    assert len(article.paragraphs) == case.paragraphs
    page = scans[hostile.pages[case.id]]
    for p in article.paragraphs:
        assert norm(p) in page.text


# ---- the error cases: one line, exit 2, nothing changed ----------------------------------

def snapshot(project: Path) -> dict[str, tuple]:
    """Every file under docs/ and site/: its bytes' hash and its inode and mtime (a
    rewrite with the same bytes still shows)."""
    out = {}
    for top in ("docs", "site"):
        for p in sorted((project / top).rglob("*")):
            if p.is_file():
                st = p.stat()
                out[p.relative_to(project).as_posix()] = (hashlib.sha1(p.read_bytes()).hexdigest(),
                                                          st.st_ino, st.st_mtime_ns)
    return out


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    """A project with two good articles, built (docs/ and site/) before any bad input."""
    project = make_project(tmp_path_factory.mktemp("template") / "project", with_seeds=False,
                           articles={"2021-06-01-a-plain-article.md": PLAIN,
                                     "2021-06-02-another.md": PLAIN.replace("A plain", "Another")})
    run_builder(project, "build", check=True)
    return project


def copy_project(template: Path, dest: Path) -> Path:
    shutil.copytree(template, dest)
    return dest


@pytest.fixture(scope="module")
def baseline(template, tmp_path_factory):
    return copy_project(template, tmp_path_factory.mktemp("baseline") / "project")


def assert_one_error_line(err: str, path: Path | str, line: int | None, says: str | None,
                          prefix: str = "error: ") -> str:
    assert "Traceback" not in err
    errors = [ln for ln in err.splitlines() if ln.startswith(prefix) or " failed " in ln]
    assert len(errors) == 1, err
    where = f"{path}:{line}: " if line else f"{path}: "
    assert where in errors[0], (where, errors[0])
    if says:
        assert says in errors[0], errors[0]
    return errors[0]


def build_fails_and_changes_nothing(project: Path, bad: Path, line: int | None, says: str | None):
    before = snapshot(project)
    code, out, err = cli("--root", str(project), "build")
    assert code == 2, err
    assert_one_error_line(err, bad, line, says)
    assert snapshot(project) == before


ARTICLE_ERRORS = cases(as_="article", expect="error")


@pytest.mark.parametrize("case", ARTICLE_ERRORS, ids=lambda c: c.id)
def test_article_error_case_is_one_line_and_changes_nothing(baseline, case: Case):
    bad = baseline / "content" / "articles" / case.article_name()
    bad.write_bytes(case.path.read_bytes())
    try:
        build_fails_and_changes_nothing(baseline, bad, case.line, case.says)
        if case.file != "plain.md":     # the same error from `extract` (it reads any name)
            code, out, err = cli("extract", str(bad))
            assert code == 2 and out == ""
            assert_one_error_line(err, bad, case.line, case.says)
    finally:
        bad.unlink()


RAW_ERRORS = cases(as_="raw", expect="error")


@pytest.mark.parametrize("case", RAW_ERRORS, ids=lambda c: c.id)
def test_raw_error_case_is_one_line_and_imports_nothing(tmp_path, case: Case):
    code, out, err = cli("extract", str(case.path), "--date", RAW_DATE)
    assert code == 2 and out == ""
    assert_one_error_line(err, case.path, case.line, case.says)
    code, out, err = cli("--root", str(tmp_path), "import", str(case.path), "--date", RAW_DATE)
    assert code == 2
    assert_one_error_line(err, case.path, case.line, case.says, prefix="[1/1] failed")
    assert not list((tmp_path / "content" / "articles").iterdir())


# ---- editors' files with a known bug elsewhere (strict xfail) ------------------------------

KNOWN_BUGS = cases(expect="page", xfail=True)


@pytest.mark.skipif(not KNOWN_BUGS, reason="no case in cases.yml is marked xfail")
@pytest.mark.parametrize("case", [
    pytest.param(c, marks=pytest.mark.xfail(strict=True, reason=c.xfail), id=c.id)
    for c in KNOWN_BUGS] or [None])
def test_known_bug_case(tmp_path, case: Case):
    """Built on its own (so the shared site stays clean): once the bug is fixed this passes,
    the strict marker fails, and the case's `xfail` line is deleted from cases.yml."""
    site = build_hostile_site(tmp_path / "project", page_cases=[case], site=False)
    scans = scan_docs(site.project / "docs")
    text = "\n".join(s.text for s in scans.values())
    assert all(norm(t) in text for t in case.shows)
    assert {page: s.what_runs() for page, s in scans.items() if s.what_runs()} == {}


def scan_docs(docs: Path) -> dict[str, PageScan]:
    """Generated Markdown pages through Python-Markdown with the site's extensions (what
    MkDocs does, without the theme), each as the content area of a page."""
    import markdown

    out = {}
    for f in sorted(docs.rglob("*.md")):
        body = re.sub(r"^---\n.*?\n---\n", "", f.read_text(encoding="utf-8"), flags=re.S)
        html = markdown.markdown(body, extensions=["toc", "tables", "admonition"])
        out[f.relative_to(docs).as_posix()] = PageScan(f'<article class="md-content__inner">{html}</article>')
    return out


# ---- the big ones, made here --------------------------------------------------------------

FIFTY_MB = 50 * 1024 * 1024
LINE = "The talks went on as planned, officials said in a statement on Monday.\n\n"


def test_fifty_megabytes_are_refused_in_one_line(tmp_path, baseline):
    big = tmp_path / "big.txt"
    with big.open("w", encoding="utf-8") as fh:
        fh.write("Leaders agree to extend the treaty\n\n")
        chunk = LINE * 1000
        while fh.tell() < FIFTY_MB:
            fh.write(chunk)
    code, out, err = cli("extract", str(big))
    assert code == 2 and out == ""
    assert_one_error_line(err, big, None, "refused")
    code, out, err = cli("--root", str(tmp_path / "p"), "import", str(big))
    assert code == 2
    assert_one_error_line(err, big, None, "refused", prefix="[1/1] failed")
    as_article = baseline / "content" / "articles" / "2021-06-02-big.md"
    os.symlink(big, as_article)              # the same 50 MB as a content file
    try:
        build_fails_and_changes_nothing(baseline, as_article, None, "refused")
    finally:
        as_article.unlink()


def test_a_gzip_bomb_is_refused_in_one_line(tmp_path):
    bomb = tmp_path / "page.html.gz"
    with gzip.open(bomb, "wb", compresslevel=1) as fh:        # 100 MB in about 400 KB
        fh.write(b"<html><body><p>")
        for _ in range(100):
            fh.write(b"a" * (1024 * 1024))
    assert bomb.stat().st_size < 1_000_000
    code, out, err = cli("extract", str(bomb))
    assert code == 2 and out == ""
    assert_one_error_line(err, bomb, None, "decompresses to more than")


def test_a_nul_byte_after_the_first_64_kb_is_refused_with_its_line(tmp_path, baseline):
    text = "Leaders agree to extend the treaty\n\n" + LINE * 1000 + "A paragraph with a NUL \x00 byte.\n"
    line = text[: text.index("\x00")].count("\n") + 1
    raw = tmp_path / "late-nul.txt"
    raw.write_text(text, encoding="utf-8")
    code, out, err = cli("extract", str(raw))
    assert code == 2
    assert_one_error_line(err, raw, line, "binary")
    md = baseline / "content" / "articles" / "2021-06-03-late-nul.md"
    md.write_text("---\ntitle: A late NUL\n---\n\n" + text, encoding="utf-8")
    try:
        build_fails_and_changes_nothing(baseline, md, line + 4, "binary")
    finally:
        md.unlink()


def test_yaml_nested_a_thousand_deep_is_one_line(baseline):
    md = baseline / "content" / "articles" / "2021-06-04-deep.md"
    md.write_text("---\ntitle: " + "[" * 1000 + "]" * 1000 + "\n---\n\nBody.\n", encoding="utf-8")
    try:
        build_fails_and_changes_nothing(baseline, md, None, "nested too deeply")
    finally:
        md.unlink()


def page_paragraphs(page_md: str) -> list[str]:
    """The body paragraphs of a generated article page, in order, as HTML-escaped text."""
    found = re.findall(r'<p id="p-(\d+)" class="tl-para">(.*?) <a class="tl-anchor"', page_md)
    assert [int(n) for n, _ in found] == list(range(len(found)))
    return [re.sub(r"<[^>]+>", "", body) for _, body in found]


def test_ten_thousand_one_line_paragraphs_are_all_on_the_page(tmp_path):
    import html

    paragraphs = [f"Line {i} of the report." for i in range(10_000)]
    raw = tmp_path / "long.txt"
    raw.write_text("World\nLeaders agree to extend the treaty\n\n" + "\n\n".join(paragraphs) + "\n",
                   encoding="utf-8")
    project = make_project(tmp_path / "project", with_seeds=False)
    run_builder(project, "import", str(raw), "--date", RAW_DATE, check=True)   # timeout: 300 s
    run_builder(project, "build", "--no-site", check=True)
    [page] = (project / "docs" / "articles").glob(f"{RAW_DATE}-*.md")
    assert [html.unescape(p) for p in page_paragraphs(page.read_text(encoding="utf-8"))] == paragraphs


def test_thousands_of_quote_marks_never_closed(tmp_path):
    import html

    paragraphs = ([f"“Paragraph {i} opens a quotation, said the minister, and never closes it."
                   for i in range(500)]
                  + ["The minister said " + "“" * 5000 + " and left."]
                  + ['He said "' + '"' * 3000 + " and ‘" * 2000 + "."]
                  + ["«" * 3000 + " said Jane Roe, the ambassador."])
    project = make_project(tmp_path / "project", with_seeds=False, articles={
        "2021-06-05-quote-marks.md": "---\ntitle: Quote marks\ndate: 2021-06-05\n---\n\n"
                                     + "\n\n".join(paragraphs) + "\n"})
    proc = run_builder(project, "build", "--no-site", check=True)               # timeout: 300 s
    assert "extraction failed" not in proc.stderr
    page = (project / "docs" / "articles" / "2021-06-05-quote-marks.md").read_text(encoding="utf-8")
    assert [html.unescape(p) for p in page_paragraphs(page)] == paragraphs
    quotes = json.loads((project / "docs" / "data" / "quotes.json").read_text(encoding="utf-8"))
    for q in quotes:
        assert paragraphs[q["paragraph"]][q["start"]:q["end"]] == q["text"]


# ---- atomic builds ------------------------------------------------------------------------

@pytest.fixture
def built(template, tmp_path):
    """A built project and a content change that the next build would write."""
    project = copy_project(template, tmp_path / "project")
    (project / "content" / "articles" / "2021-06-03-new.md").write_text(
        PLAIN.replace("A plain article", "A new article"), encoding="utf-8")
    (project / "content" / "articles" / "2021-06-01-a-plain-article.md").write_text(
        PLAIN + "\nAn added paragraph.\n", encoding="utf-8")
    return project


def test_a_render_stage_failing_midway_changes_nothing(built, monkeypatch):
    import builder.render as render

    real, calls = render.render_article, []

    def second_fails(article, links):
        calls.append(article.id)
        if len(calls) == 2:
            raise RuntimeError("render failed on the second article")
        return real(article, links)

    monkeypatch.setattr(render, "render_article", second_fails)
    before = snapshot(built)
    with pytest.raises(RuntimeError):
        cli("--root", str(built), "build")
    assert len(calls) == 2
    assert snapshot(built) == before


def test_the_csp_step_failing_keeps_the_previous_site(built, monkeypatch):
    import builder.site.glue as glue

    def fails(site_dir):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(glue, "apply_to_site", fails)
    site_before = {k: v for k, v in snapshot(built).items() if k.startswith("site/")}
    code, out, err = cli("--root", str(built), "build")
    assert code != 0 and "No space left on device" in err and "Traceback" not in err
    assert {k: v for k, v in snapshot(built).items() if k.startswith("site/")} == site_before
    assert not left_beside(built, ".site-")


def test_a_broken_mkdocs_yml_keeps_the_previous_site(built):
    (built / "mkdocs.yml").write_text((built / "mkdocs.yml").read_text() + "\nnav: [\n")
    site_before = {k: v for k, v in snapshot(built).items() if k.startswith("site/")}
    code, out, err = cli("--root", str(built), "build")
    assert code == 1 and "previous site/ is kept" in err and "Traceback" not in err
    assert {k: v for k, v in snapshot(built).items() if k.startswith("site/")} == site_before
    assert not left_beside(built, ".site-")


def test_a_broken_mkdocs_yml_keeps_the_previous_docs_pages(built):
    """The new pages are written before MkDocs runs; when MkDocs fails they are taken back
    (contents and times), and the next good build writes them again."""
    good = (built / "mkdocs.yml").read_text()
    (built / "mkdocs.yml").write_text(good + "\nnav: [\n")
    docs_before = {k: v for k, v in snapshot(built).items() if k.startswith("docs/")}
    code, out, err = cli("--root", str(built), "build")
    assert code == 1 and "docs/ is put back" in err
    assert {k: v for k, v in snapshot(built).items() if k.startswith("docs/")} == docs_before
    assert not (built / ".cache" / "undo").exists()
    (built / "mkdocs.yml").write_text(good)
    code, out, err = cli("--root", str(built), "build")
    assert code == 0, err
    assert "A new article" in (built / "site" / "articles" / "2021-06-03-new" / "index.html").read_text()


def disk_fills_up(monkeypatch, project: Path, after: int) -> list[str]:
    """From the `after`+1-th file opened for writing under docs/ or the build's staging
    folder on, every such write fails as on a full disk (whatever code does the writing)."""
    import builtins
    import io

    real_open, opened = io.open, []

    def where(file) -> str:
        if isinstance(file, int):
            try:
                return os.readlink(f"/proc/self/fd/{file}")
            except OSError:
                return ""
        return os.fspath(file) if isinstance(file, (str, os.PathLike)) else ""

    def full_open(file, mode="r", *args, **kwargs):
        path = where(file)
        if any(m in mode for m in "wax+") and path.startswith(str(project)) and \
                ("/docs/" in path or "staging" in path):
            opened.append(path)
            if len(opened) > after:
                raise OSError(errno.ENOSPC, "No space left on device", path)
        return real_open(file, mode, *args, **kwargs)

    monkeypatch.setattr(io, "open", full_open)
    monkeypatch.setattr(builtins, "open", full_open)
    return opened


def test_a_disk_filling_up_midway_changes_no_page(built, monkeypatch):
    before = snapshot(built)
    opened = disk_fills_up(monkeypatch, built, after=2)
    try:
        code, out, err = cli("--root", str(built), "build")
    except OSError:
        code = None
    assert len(opened) > 2, "the build wrote fewer files than the test assumes"
    assert code != 0
    monkeypatch.undo()
    assert snapshot(built) == before


def test_a_disk_filling_up_is_one_error_line(built, monkeypatch):
    disk_fills_up(monkeypatch, built, after=2)
    code, out, err = cli("--root", str(built), "build")
    assert code != 0 and "Traceback" not in err
    assert [ln for ln in err.splitlines() if ln.startswith("error:") and "No space left" in ln]


# ---- import never destroys an editor's file ----------------------------------------------

def _raw(tmp_path: Path, name: str, title: str) -> Path:
    p = tmp_path / name
    p.write_text((HOSTILE / "raw-case-lower.txt").read_text(encoding="utf-8")
                 .replace("Leaders agree to extend the treaty", title), encoding="utf-8")
    return p


def test_force_never_replaces_an_article_from_another_source(tmp_path):
    """An editor's hand-written article holds the name the import would take: even with
    --force the import goes to a new name, and the editor's file is untouched."""
    root = tmp_path / "project"
    articles = root / "content" / "articles"
    articles.mkdir(parents=True)
    mine = articles / f"{RAW_DATE}-leaders-agree-to-extend-the-treaty.md"
    mine.write_text("---\ntitle: Leaders agree to extend the treaty\n---\n\nMy own words.\n")
    editor_bytes = mine.read_bytes()
    raw = _raw(tmp_path, "copy.txt", "Leaders agree to extend the treaty")
    for _ in range(2):
        code, out, err = cli("--root", str(root), "import", str(raw), "--date", RAW_DATE, "--force")
        assert code == 0, err
    assert mine.read_bytes() == editor_bytes
    second = articles / f"{RAW_DATE}-leaders-agree-to-extend-the-treaty-2.md"
    assert "The two leaders agreed on Monday" in second.read_text()
    assert sorted(p.name for p in articles.iterdir()) == sorted([mine.name, second.name])
    assert "holds another article" in err or "unchanged" in err


def test_force_keeps_every_previous_version(tmp_path):
    root = tmp_path / "project"
    raw = _raw(tmp_path, "copy.txt", "Leaders agree to extend the treaty")
    cli("--root", str(root), "import", str(raw), "--date", RAW_DATE)
    [article] = (root / "content" / "articles").glob("*.md")
    versions = []
    for n in range(3):
        article.write_text(article.read_text() + f"\nEditor's paragraph {n}.\n")
        versions.append(article.read_bytes())
        code, out, err = cli("--root", str(root), "import", str(raw), "--date", RAW_DATE, "--force")
        assert code == 0 and "replaced" in err
    backups = sorted(p.read_bytes() for p in (root / "content" / ".previous").glob("*.md"))
    assert backups == sorted(versions)


def test_a_batch_with_a_broken_file_imports_the_rest_and_touches_no_editor_file(tmp_path):
    root = tmp_path / "project"
    articles = root / "content" / "articles"
    articles.mkdir(parents=True)
    edited = articles / "2021-01-01-an-editors-article.md"
    edited.write_text(PLAIN)
    good = _raw(tmp_path, "a-good.txt", "Leaders agree to extend the treaty")
    code, out, err = cli("--root", str(root), "import", str(HOSTILE / "raw-binary.txt"), str(good),
                         str(HOSTILE / "raw-empty.txt"), "--date", RAW_DATE)
    assert code == 2 and "1 imported" in err and "2 failed" in err
    assert edited.read_text() == PLAIN
    assert len(list(articles.glob("*.md"))) == 2


def test_a_failed_write_during_force_leaves_the_editors_file_whole(tmp_path, monkeypatch):
    import builder.fsutil as fsutil

    root = tmp_path / "project"
    raw = _raw(tmp_path, "copy.txt", "Leaders agree to extend the treaty")
    cli("--root", str(root), "import", str(raw), "--date", RAW_DATE)
    [article] = (root / "content" / "articles").glob("*.md")
    article.write_text(article.read_text() + "\nEditor's paragraph.\n")
    edited = article.read_bytes()

    def disk_full(src, dst):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(fsutil.os, "replace", disk_full)
    code, out, err = cli("--root", str(root), "import", str(raw), "--date", RAW_DATE, "--force")
    assert code != 0 and "No space left on device" in err and "Traceback" not in err
    assert article.read_bytes() == edited
    assert [p.name for p in article.parent.iterdir()] == [article.name]     # no temp file left


# ---- messages to the editor's terminal ----------------------------------------------------

def test_messages_never_carry_terminal_control_sequences(tmp_path):
    project = make_project(tmp_path / "project", with_seeds=False, articles={
        "2021-01-01-a.md": '---\ntitle: A\ncheck: ["note \\e]0;title\\a \\e[2J"]\n---\n\nBody.\n'})
    code, out, err = cli("--root", str(project), "check")
    assert "note" in out + err
    bad = project / "content" / "articles" / "2021-01-02-b.md"
    bad.write_text('---\ntitle: B\n"on\\e[31mclick": 1\n---\n\nBody.\n')
    code2, out2, err2 = cli("--root", str(project), "build", "--no-site")
    assert code2 == 2 and "click" in err2
    for text in (out, err, out2, err2):
        assert not any(ord(ch) < 32 and ch not in "\n\t" or 0x7f <= ord(ch) < 0xa0 for ch in text), text
