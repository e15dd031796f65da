"""Scale machinery on a small synthetic corpus (benchmarks/corpus.py, 40 articles):
the extraction cache, the up-to-date check, incremental site builds equal to full ones,
failures and duplicates reported without stopping the build and never hidden by the
cache, and search finding articles by a word, a speaker's name and a quote.

Timing is measured in benchmarks/scale.py, never here.
"""
from __future__ import annotations

import io
import json
import os
import shutil
import sys
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import pytest

from tests.sitebuild import ROOT, make_project, run_builder

sys.path.insert(0, str(ROOT / "benchmarks"))
from corpus import write_corpus  # noqa: E402

N = 40


def cli(*args: str) -> tuple[int, str]:
    from builder.cli import main

    err = io.StringIO()
    with redirect_stdout(io.StringIO()), redirect_stderr(err):
        code = main(list(args))
    return code, err.getvalue()


def site_files(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in site.rglob("*") if p.is_file()}


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    project = make_project(tmp_path_factory.mktemp("scale") / "project", with_seeds=False)
    write_corpus(project / "content" / "articles", N, seed=7)
    proc = run_builder(project, "build")
    assert proc.returncode == 0, proc.stderr
    return project


@pytest.fixture
def project(template, tmp_path) -> Path:
    dest = tmp_path / "project"
    shutil.copytree(template, dest, symlinks=True)
    return dest


def test_cold_build_caches_every_extraction(template):
    entries = list((template / ".cache" / "extract").rglob("*.pickle"))
    assert len(entries) == N
    state = json.loads((template / ".cache" / "state.json").read_text())
    assert {"docs", "site"} <= set(state)


def test_nothing_changed_is_recognised(project):
    run_builder(project, "build", check=True)          # a copied project: site/ is rebuilt once
    before = site_files(project / "site")
    proc = run_builder(project, "build", check=True)
    assert "generated 0 changed" in proc.stderr
    assert site_files(project / "site") == before


def test_an_edit_is_rebuilt_incrementally_and_equals_a_full_build(project):
    run_builder(project, "build", check=True)
    article = sorted((project / "content" / "articles").glob("*.md"))[3]
    article.write_text(article.read_text() + "\n“The zephyrine plan is ready,” the minister said on Monday.\n")
    from builder.build import Project, build_docs
    from builder.site.glue import render_site_dir

    _, report = build_docs(Project(project))
    assert report.extracted == 1 and report.cached == N - 1
    assert f"articles/{article.stem}.md" in report.written
    other = project / "site" / "articles" / sorted(project.glob("content/articles/*.md"))[9].stem
    kept = (other / "index.html").stat().st_ino
    site = render_site_dir(project, project / "site")
    assert site.mode == "incremental"
    incremental = site_files(project / "site")
    assert b"zephyrine" in incremental[f"articles/{article.stem}/index.html"]
    # only what changed is written into the site: an unrelated page is the same file
    assert (other / "index.html").stat().st_ino == kept
    assert not (project / ".site-build").exists()
    (project / ".cache" / "state.json").unlink()
    full = render_site_dir(project, project / "site")
    assert full.mode == "full"
    assert site_files(project / "site") == incremental


def test_a_failing_extraction_is_reported_the_rest_built_and_never_cached(project, monkeypatch):
    import builder.build as build

    victim = sorted((project / "content" / "articles").glob("*.md"))[5]
    victim.write_text(victim.read_text() + "\nA new paragraph.\n")     # not in the cache
    real = build.enrich

    def enrich(article, **stages):
        if article.id == victim.stem:
            raise RuntimeError("the extractor broke")
        return real(article, **stages)

    monkeypatch.setattr(build, "enrich", enrich)
    for _ in range(2):                                  # the second run reports it again
        code, err = cli("--root", str(project), "build", "--jobs", "1")
        assert code == 1
        errors = [ln for ln in err.splitlines() if ln.startswith("error:")]
        assert errors == [f"error: {victim}: extraction failed (RuntimeError: the extractor broke); "
                          "page built without quotes and events"]
        assert (project / "site" / "articles" / victim.stem / "index.html").is_file()
    monkeypatch.setattr(build, "enrich", real)
    from builder.build import Project, build_docs

    _, report = build_docs(Project(project))
    assert report.extracted == 1 and not report.failures


def test_a_duplicate_article_is_reported_and_left_out(project):
    first = sorted((project / "content" / "articles").glob("*.md"))[0]
    copy = first.with_name("2099-01-01-the-same-story-again.md")
    copy.write_text(first.read_text())
    code, err = cli("--root", str(project), "build", "--jobs", "1")
    assert code == 1
    assert f"error: {copy}: duplicate of {first} (same headline and text)" in err
    assert not (project / "docs" / "articles" / f"{copy.stem}.md").exists()
    assert (project / "site" / "articles" / first.stem / "index.html").is_file()
    data = json.loads((project / "site" / "data" / "articles.json").read_text())
    assert len(data) == N


def test_search_finds_articles_by_a_word_a_speaker_and_a_quote(template):
    if not shutil.which("node"):
        pytest.skip("node is not installed: the search worker is tested in the browser tests")
    import random

    sys.path.insert(0, str(ROOT / "benchmarks"))
    from scale import probe, search_probes

    probes = search_probes(template, random.Random(3), 8)
    for kind in ("rare word", "speaker", "quote"):
        answers = probe(template / "site", probes[kind])
        assert answers, kind
        missed = [(a["query"], a["expect"], a["results"][:3]) for a in answers if not a["found"]]
        assert not missed, (kind, missed)
        assert all(a["bytes_found"] < 3_000_000 for a in answers)


def test_the_streaming_csp_step_gives_what_csp_apply_to_site_gives(template, tmp_path):
    import re

    from builder.site import csp, glue

    copies = []
    for name in ("csp", "glue"):
        site = tmp_path / name
        shutil.copytree(template / "site", site)
        for p in site.rglob("*.html"):      # as MkDocs wrote them, before the policy
            p.write_text(re.sub(r'<meta http-equiv="Content-Security-Policy"[^>]*>', "", p.read_text()))
        copies.append(site)
    assert csp.apply_to_site(copies[0]) == glue.apply_to_site(copies[1])
    assert site_files(copies[0]) == site_files(copies[1])


def test_the_live_server_drops_the_page_of_a_deleted_article(project, tmp_path):
    """MkDocs --dirty leaves the outputs of deleted sources; the plugin removes them."""
    import time
    import urllib.request

    from tests.test_serve import _get, _start, _stop, _wait

    proc, base, log = _start(project, tmp_path / "tmp")
    try:
        victim = sorted((project / "content" / "articles").glob("*.md"))[2]
        url = f"{base}articles/{victim.stem}/"
        assert _wait(lambda: _get(url) is not None, proc), "".join(log[-20:])
        time.sleep(1)
        victim.unlink()

        def gone():
            try:
                urllib.request.urlopen(url, timeout=2)
                return False
            except urllib.error.HTTPError as exc:
                return exc.code == 404
            except OSError:
                return False

        assert _wait(gone, proc), "".join(log[-20:])
    finally:
        _stop(proc)


def test_the_chronology_scored_in_parallel_equals_the_serial_one(template, monkeypatch):
    """Large collections score event pairs in forked processes, a share of the years each;
    forced on here (40 articles), the chronology is the same entry for entry."""
    from dataclasses import asdict

    import builder.link.chronology as chronology
    import builder.link.grouping as grouping
    from builder.build import Extractions, Project, collect, BuildReport
    from builder.link.mentions import mentions_of

    articles = collect(Project(template), BuildReport(), store=Extractions(Project(template)))
    serial, _ = chronology.merge_events(articles, jobs=1)
    monkeypatch.setattr(grouping, "PARALLEL_MENTIONS", 0)
    parent, real, pids = os.getpid(), grouping._scored, []

    def where(some, mentions, w2):          # (a worker appends to its own copy of pids)
        pids.append(os.getpid())
        return real(some, mentions, w2)

    monkeypatch.setattr(grouping, "_scored", where)
    parallel, _ = chronology.merge_events(articles, jobs=2)
    assert pids == [parent]                 # the parent scored one share, a worker the other
    assert len({m.date[:4] for m in mentions_of(articles)[0]}) >= 3   # years to share
    assert [asdict(e) for e in parallel] == [asdict(e) for e in serial] and len(serial) > 100


def test_the_extraction_cache_version_hashes_the_stages_up_to_extract_and_no_later_one():
    """builder/cache.py finds what a cached extraction depends on by following imports
    from builder/extract/: the read, extract and rules packages and the modules at the
    bottom, never the link, render or site stages or the edges."""
    from builder.cache import PACKAGE, extract_sources

    hashed = {p.relative_to(PACKAGE).as_posix() for p in extract_sources()}
    assert {"extract/article.py", "extract/quotes/attribute.py", "extract/timex/normalize.py",
            "read/html.py", "read/content.py", "rules/speech.py", "model.py", "errors.py",
            "yamlsafe.py"} <= hashed
    assert [f for f in hashed if f.split("/")[0] in ("link", "render", "site")] == []
    assert {"build.py", "cli.py", "serve.py", "cache.py", "importer.py"}.isdisjoint(hashed)


def test_extraction_imports_no_module_whose_edits_keep_the_cache():
    """builder/cache.py keeps cached extractions when only files outside
    ``extract_sources()`` change; that holds only while extracting an article never runs
    their code."""
    import subprocess

    from builder.cache import PACKAGE, extract_sources

    code = (
        "import sys, json; from pathlib import Path; from builder.extract.article import extract_path\n"
        "for p in sorted(Path('content/articles').glob('*.md')): extract_path(p)\n"
        "extract_path(sorted(Path('content/sources').glob('*.txt'))[0])\n"
        "print(json.dumps(sorted(m.__file__ for m in list(sys.modules.values())\n"
        "      if (getattr(m, '__name__', '') or '').startswith('builder') and getattr(m, '__file__', None))))")
    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                          timeout=300)
    assert proc.returncode == 0, proc.stderr
    loaded = [Path(f).resolve().relative_to(ROOT / "builder").as_posix() for f in json.loads(proc.stdout)]
    assert "extract/quotes/attribute.py" in loaded and "extract/events.py" in loaded     # it did extract
    hashed = {p.relative_to(PACKAGE).as_posix() for p in extract_sources()}
    assert [m for m in loaded if m not in hashed] == []
    assert [m for m in loaded if m.split("/")[0] in ("link", "render", "site")] == []


def test_the_site_replaced_is_removed_by_a_process_of_its_own(tmp_path):
    """The swap is two renames (a reader sees the old site or the new one); the old site
    goes to the trash beside it and is removed without the build waiting; one left there
    (its remover killed) is removed when the next site build starts."""
    from builder.site import glue
    from tests.sitebuild import left_beside

    site, new = tmp_path / "site", tmp_path / "new"
    for folder, text in ((site, "old"), (new, "new")):
        (folder / "a" / "b").mkdir(parents=True)
        (folder / "a" / "b" / "index.html").write_text(text)
    glue._swap(new, site)
    assert (site / "a" / "b" / "index.html").read_text() == "new" and not new.exists()
    assert left_beside(tmp_path, ".") == []
    stale = glue.trash_dir(site) / "old-1-2"
    (stale / "x").mkdir(parents=True)
    glue._clean_leftovers(tmp_path, site)
    assert left_beside(tmp_path, ".") == [] and (site / "a" / "b" / "index.html").is_file()
