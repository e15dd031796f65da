"""The build: generated pages, data files, bad content, atomic output."""
from __future__ import annotations

import json

import pytest

from tests.sitebuild import left_beside, make_project, run_builder

BAD_FRONT_MATTER = "---\ntitle: Fine\ndate: [not, a, date]\n---\n\nBody.\n"


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    project = make_project(tmp_path_factory.mktemp("built"))
    proc = run_builder(project, "build", "--no-site")
    assert proc.returncode == 0, proc.stderr
    return project


def test_generates_every_page_and_data_file(built):
    docs = built / "docs"
    articles = sorted(p.stem for p in (built / "content" / "articles").glob("*.md"))
    for a in articles:
        assert (docs / "articles" / f"{a}.md").is_file()
    for name in ("index.md", "chronology/index.md", "speakers/index.md", "articles/index.md"):
        assert (docs / name).is_file()
    data = json.loads((docs / "data" / "articles.json").read_text())
    assert sorted(a["id"] for a in data) == articles
    for a in data:
        assert a["url"] == f"articles/{a['id']}/"
        assert "quotes" not in a and "paragraphs" in a


def test_second_build_writes_nothing(built):
    proc = run_builder(built, "build", "--no-site")
    assert proc.returncode == 0
    assert "generated 0 changed" in proc.stderr


def test_stale_generated_pages_are_removed(tmp_path):
    project = make_project(tmp_path)
    run_builder(project, "build", "--no-site", check=True)
    victim = sorted((project / "content" / "articles").glob("*.md"))[0]
    page = project / "docs" / "articles" / victim.name
    assert page.exists()
    victim.unlink()
    run_builder(project, "build", "--no-site", check=True)
    assert not page.exists()
    assert (project / "docs" / "about.md").exists()      # hand-written pages are never touched


def test_malformed_front_matter_stops_the_build_and_keeps_previous_pages(tmp_path):
    project = make_project(tmp_path)
    run_builder(project, "build", check=True)
    before = {p: p.read_bytes() for p in (project / "docs").rglob("*") if p.is_file()}
    site_before = {p: p.read_bytes() for p in (project / "site").rglob("*.html")}
    (project / "content" / "articles" / "2021-01-01-broken.md").write_text(BAD_FRONT_MATTER)
    proc = run_builder(project, "build")
    assert proc.returncode == 2
    errors = [ln for ln in proc.stderr.splitlines() if ln.startswith("error:")]
    assert errors == ["error: " + str(project / "content" / "articles" / "2021-01-01-broken.md")
                      + ":3: 'date' must be a date like 2021-07-12, not ['not', 'a', 'date']"]
    after = {p: p.read_bytes() for p in (project / "docs").rglob("*") if p.is_file()}
    assert after == before
    assert {p: p.read_bytes() for p in (project / "site").rglob("*.html")} == site_before


def test_failed_mkdocs_keeps_the_previous_site(tmp_path):
    project = make_project(tmp_path)
    run_builder(project, "build", check=True)
    index = (project / "site" / "index.html").read_bytes()
    # a hand-written page with a broken link makes the strict MkDocs build fail
    (project / "docs" / "about.md").write_text("# About\n\n[broken](nowhere.md)\n")
    proc = run_builder(project, "build")
    assert proc.returncode == 1 and "previous site/ is kept" in proc.stderr
    assert (project / "site" / "index.html").read_bytes() == index
    assert not left_beside(project, ".site-")


def test_same_page_path_is_refused(tmp_path):
    project = make_project(tmp_path, with_seeds=False, articles={
        "2021-01-01-a.md": "---\ntitle: A\ndate: 2021-01-01\n---\n\nBody.\n"})
    (project / "content" / "articles" / "2021-01-01-A.md").write_text("---\ntitle: B\n---\n\nBody.\n")
    proc = run_builder(project, "build", "--no-site")
    assert proc.returncode == 2
    assert "lowercase" in proc.stderr or "same page path" in proc.stderr


@pytest.mark.parametrize("setup, words", [
    (lambda p: __import__("shutil").rmtree(p / "content"), "no content folder"),
    (lambda p: [f.unlink() for f in (p / "content" / "articles").glob("*.md")], "no articles"),
])
def test_missing_or_empty_content_is_a_clear_message(tmp_path, setup, words):
    project = make_project(tmp_path)
    setup(project)
    proc = run_builder(project, "build", "--no-site")
    assert proc.returncode == 2
    assert words in proc.stderr and "Traceback" not in proc.stderr


def test_undated_articles_are_listed_not_guessed(tmp_path):
    project = make_project(tmp_path, articles={
        "undated-a-story.md": "---\ntitle: A story without a date\n---\n\nIt happened on Monday, he said.\n"})
    proc = run_builder(project, "build", "--no-site")
    assert proc.returncode == 0, proc.stderr
    assert "undated" in proc.stderr
    home = (project / "docs" / "index.md").read_text()
    assert "## Undated articles" in home and "A story without a date" in home.split("## Undated articles")[1]
    events = json.loads((project / "docs" / "data" / "events.json").read_text())
    assert not any(s["article"] == "undated-a-story" for e in events for s in e["sources"])


def test_an_article_with_another_suffix_is_named_not_silently_skipped(tmp_path):
    project = make_project(tmp_path)
    seed = sorted((project / "content" / "articles").glob("*.md"))[0]
    seed.rename(seed.with_suffix(".MD"))
    (project / "content" / "articles" / ".notes.txt").write_text("mine")   # hidden: left alone
    (project / "content" / "articles" / "story.md~").write_text("backup")  # an editor's backup: too
    (project / "content" / "articles" / "photo.png").write_bytes(b"\x89PNG\r\n")
    (project / "content" / "articles" / "drafts").mkdir()
    proc = run_builder(project, "build", "--no-site")
    assert proc.returncode == 0, proc.stderr
    notes = sorted(line for line in proc.stderr.splitlines() if "not built" in line)
    assert len(notes) == 3, notes
    assert seed.with_suffix(".MD").name in notes[0] and "rename" in notes[0]
    assert "drafts: not built (a folder" in notes[1]
    assert "photo.png: not built (not an article" in notes[2]
    assert not (project / "docs" / "articles" / seed.name).exists()


def test_two_builds_with_different_string_hashing_give_the_same_pages(tmp_path):
    """Python orders sets of strings differently in every process: no page may depend on
    that order (the same content must publish the same site on every run)."""
    import os
    import subprocess
    import sys

    from tests.sitebuild import ROOT

    trees = []
    for seed in ("1", "2"):
        project = make_project(tmp_path / seed)
        proc = subprocess.run([sys.executable, "-m", "builder", "--root", str(project), "build",
                               "--no-site", "--jobs", "1"], cwd=ROOT, capture_output=True, text=True,
                              timeout=300, env={**os.environ, "PYTHONHASHSEED": seed})
        assert proc.returncode == 0, proc.stderr
        docs = project / "docs"
        trees.append({p.relative_to(docs).as_posix(): p.read_bytes()
                      for p in docs.rglob("*") if p.is_file()})
    assert len(trees[0]) > 20 and trees[0].keys() == trees[1].keys()
    assert [k for k in trees[0] if trees[0][k] != trees[1][k]] == []
