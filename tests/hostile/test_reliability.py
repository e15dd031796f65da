"""Reliability of the build itself (issue 16): no option deletes content, no article stalls
a build, builds run at once or killed midway leave docs/ and site/ right, a save during a
build is built next time, and no two generated files share a path.

The waits here are for conditions (a line in a log, a folder appearing, a process
ending); the generous limits on them only catch a hang.
"""
from __future__ import annotations

import hashlib
import io
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import pytest

from builder.cli import main
from tests.sitebuild import ROOT, left_beside, make_project, run_builder

HANG = 600          # seconds: only a hang takes this long, on any machine

ARTICLE = """---
title: {title}
date: 2021-06-0{day}
---

“We will extend the treaty,” said Jane Roe, the foreign minister, on Monday.

The talks opened on June {day}, 2021, officials said.
"""


def cli(*args: str) -> tuple[int, str]:
    err = io.StringIO()
    with redirect_stdout(io.StringIO()), redirect_stderr(err):
        code = main(list(args))
    return code, err.getvalue()


def tree(folder: Path) -> dict[str, str]:
    """Every file under ``folder``: its bytes' hash (and every folder, as '')."""
    out = {}
    for p in sorted(folder.rglob("*")):
        rel = p.relative_to(folder).as_posix()
        out[rel] = hashlib.sha1(p.read_bytes()).hexdigest() if p.is_file() else ""
    return out


def small_project(dest: Path, n: int = 3) -> Path:
    return make_project(dest, with_seeds=False, articles={
        f"2021-06-0{i}-story-{i}.md": ARTICLE.format(title=f"Story number {i}", day=i) for i in range(1, n + 1)})


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    project = small_project(tmp_path_factory.mktemp("built") / "project")
    run_builder(project, "build", check=True)
    return project


@pytest.fixture
def project(built, tmp_path) -> Path:
    dest = tmp_path / "project"
    shutil.copytree(built, dest)
    return dest


# ---- 1. no --site-dir deletes anything -----------------------------------------------------

@pytest.mark.parametrize("site_dir", ["content", ".", "PROJECT", "..", "docs", "docs/assets",
                                      "content/site", "content/articles", "notes", "notes.txt"])
def test_a_site_dir_that_is_not_a_site_is_refused_before_anything_changes(project, site_dir):
    (project / "notes").mkdir()
    (project / "notes" / "mine.txt").write_text("an editor's notes")
    (project / "notes.txt").write_text("more notes")
    site_dir = str(project) if site_dir == "PROJECT" else site_dir
    before = tree(project.parent)
    code, err = cli("--root", str(project), "build", "--site-dir", site_dir)
    assert code == 2, err
    errors = [ln for ln in err.splitlines() if ln.startswith("error:")]
    assert len(errors) == 1 and f"--site-dir {site_dir}:" in errors[0] and "Traceback" not in err, err
    assert "site written" not in err
    assert tree(project.parent) == before


def test_a_new_folder_or_a_previous_site_is_a_site_dir(project, tmp_path):
    elsewhere = tmp_path / "public"
    for _ in range(2):                    # a new folder, then the site built there before
        code, err = cli("--root", str(project), "build", "--site-dir", str(elsewhere))
        assert code == 0, err
        assert (elsewhere / "index.html").is_file() and (elsewhere / "sitemap.xml").is_file()
    assert not left_beside(tmp_path, ".")


# ---- 2. an article that runs over its time budget ------------------------------------------

SPIN = """
import os, sys
import builder.build as B
import builder.extract.article as A

def spin(real):
    def stage(article, *args, **kwargs):
        text = article if isinstance(article, str) else " ".join(article.paragraphs)
        if "SPIN-FOREVER" in text:
            while True:
                pass
        if "CRASH-HERE" in text:
            os._exit(3)
        return real(article, *args, **kwargs)
    return stage

STAGE = sys.argv[1]
if STAGE == "read":
    B.load_article_text = spin(B.load_article_text)
else:
    A.STAGES = tuple((name, spin(f) if name == STAGE else f) for name, f in A.STAGES)
from builder.cli import main
sys.exit(main(sys.argv[2:]))
"""


@pytest.mark.parametrize("stage, marker, says, built_without", [
    ("quotes", "SPIN-FOREVER", "finding its quotes took longer than 1 s; "
                               "page built without quotes and speakers", "quotes"),
    ("events", "SPIN-FOREVER", "finding its events took longer than 1 s; page built without dated events",
     "events"),
    ("read", "SPIN-FOREVER", "reading it took longer than 1 s; left out of the site", None),
    ("quotes", "CRASH-HERE", "finding its quotes stopped: its worker process died; "
                             "page built without quotes and speakers", "quotes"),
], ids=["quotes", "events", "read", "a-worker-dying"])
def test_an_article_over_its_budget_is_named_and_built_without_that_stage(project, stage, marker, says,
                                                                         built_without):
    victim = project / "content" / "articles" / "2021-06-04-the-slow-one.md"
    victim.write_text(ARTICLE.format(title="The slow one", day=4) + f"\n{marker}\n")
    # one worker, then several; the second run reports it again (nothing of it was cached)
    for jobs in (("1", "2") if marker == "SPIN-FOREVER" and stage == "quotes" else ("2",)):
        proc = subprocess.run([sys.executable, "-c", SPIN, stage, "--root", str(project), "build",
                               "--no-site", "--article-budget", "1", "--jobs", jobs],
                              cwd=ROOT, capture_output=True, text=True, timeout=HANG)
        assert proc.returncode == 1, proc.stderr
        errors = [ln for ln in proc.stderr.splitlines() if ln.startswith("error:")]
        assert errors == [f"error: {victim}: {says}"], proc.stderr
    quotes = json.loads((project / "docs" / "data" / "quotes.json").read_text())
    events = json.loads((project / "docs" / "data" / "events.json").read_text())
    quoted = {q["article"] for q in quotes}
    dated = {s["article"] for e in events for s in e["sources"]}
    assert {"2021-06-01-story-1", "2021-06-02-story-2", "2021-06-03-story-3"} <= quoted
    page = project / "docs" / "articles" / f"{victim.stem}.md"
    if built_without is None:
        assert not page.exists()
        return
    assert "The slow one" in page.read_text()
    assert (victim.stem in quoted) == (built_without != "quotes")
    assert (victim.stem in dated) == (built_without != "events")


# ---- 3. one build at a time -----------------------------------------------------------------

PAUSED = """
import sys, time
from pathlib import Path
import builder.build as B

real, signals = B.site_pages, Path(sys.argv[1])

def pausing(*args, **kwargs):          # two pages staged, then wait for "go"
    for i, item in enumerate(real(*args, **kwargs)):
        yield item
        if i == 1:
            (signals / "paused").touch()
            while not (signals / "go").exists():
                time.sleep(0.05)

B.site_pages = pausing
from builder.cli import main
sys.exit(main(sys.argv[2:]))
"""


def test_two_builds_at_once_leave_what_one_clean_build_leaves(tmp_path):
    """The first build is held in the middle of writing docs/ while a second one starts
    (as `make serve` beside `make site` does): both finish, and docs/ and site/ are those
    of one clean build."""
    clean = make_project(tmp_path / "clean")
    racing = tmp_path / "racing"
    shutil.copytree(clean, racing)
    run_builder(clean, "build", check=True)
    signals = tmp_path / "signals"
    signals.mkdir()
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    first = subprocess.Popen([sys.executable, "-c", PAUSED, str(signals), "--root", str(racing), "build"],
                             cwd=ROOT, env=env, stderr=subprocess.PIPE, text=True)
    end = time.monotonic() + HANG
    while not (signals / "paused").exists() and first.poll() is None and time.monotonic() < end:
        time.sleep(0.05)
    second = subprocess.Popen([sys.executable, "-m", "builder", "--root", str(racing), "build"],
                              cwd=ROOT, env=env, stderr=subprocess.PIPE, text=True)
    said = second.stderr.readline()          # it waits (saying so), or (unlocked) builds
    (signals / "go").touch()
    logs = [first.communicate(timeout=HANG)[1], said + second.communicate(timeout=HANG)[1]]
    assert [first.returncode, second.returncode] == [0, 0], logs
    assert "another build of this project is running" in said
    for top in ("docs", "site"):
        assert tree(racing / top) == tree(clean / top), top
    assert not left_beside(racing, ".site")
    assert sorted(p.name for p in (racing / ".cache").iterdir()) == sorted(p.name for p in (clean / ".cache").iterdir())


def test_a_build_waits_for_the_one_running_names_it_and_goes_on_when_it_is_killed(project):
    holder = subprocess.Popen([sys.executable, "-c", "import sys, time; from pathlib import Path; "
                               "from builder.lock import project_lock\n"
                               "with project_lock(Path(sys.argv[1])):\n"
                               "    print('held', flush=True); time.sleep(3600)", str(project)],
                              cwd=ROOT, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline() == "held\n"
        build = subprocess.Popen([sys.executable, "-m", "builder", "--root", str(project), "build",
                                  "--no-site"], cwd=ROOT, stderr=subprocess.PIPE, text=True)
        first = build.stderr.readline()
        assert f"another build of this project is running (pid {holder.pid} " in first, first
        assert build.poll() is None                   # it waits
        holder.kill()                                 # killed: it leaves nothing held
        rest = build.communicate(timeout=HANG)[1]
        assert build.returncode == 0, first + rest
    finally:
        holder.kill()
        holder.wait()


# ---- 4. a save during a build is built next time -------------------------------------------

@pytest.mark.parametrize("same_size_and_time", [False, True], ids=["a-save", "a-save-in-the-same-tick"])
def test_a_save_during_a_build_is_built_by_the_next_one(project, monkeypatch, same_size_and_time):
    """The article is edited after the build has read it: the next build must not say
    "0 changed". Also when the save keeps the size and the clock cannot tell the two
    modification times apart (here: the old time put back)."""
    import builder.build as build

    article = project / "content" / "articles" / "2021-06-01-story-1.md"
    article.write_text(article.read_text().replace("Story number 1", "Story number 1 (first)"))
    st = article.stat()
    edited = article.read_text().replace("(first)", "(later)")

    def save(stage):
        if stage == "link" and "(later)" not in article.read_text():
            article.write_text(edited)
            if same_size_and_time:
                os.utime(article, ns=(st.st_atime_ns, st.st_mtime_ns))

    monkeypatch.setattr(build, "STAGE_LISTENER", save)
    _, report = build.build_docs(build.Project(project), budget=0)
    monkeypatch.setattr(build, "STAGE_LISTENER", None)
    page = project / "docs" / "articles" / f"{article.stem}.md"
    assert "(first)" in page.read_text() and "(later)" in article.read_text()
    _, report = build.build_docs(build.Project(project), budget=0)
    assert not report.up_to_date and "(later)" in page.read_text()
    _, report = build.build_docs(build.Project(project), budget=0)
    assert report.up_to_date


# ---- 5. every generated path is unique -----------------------------------------------------

def test_an_article_or_speaker_named_index_never_replaces_an_index_page(project):
    (project / "content" / "articles" / "index.md").write_text(
        ARTICLE.format(title="An article called index", day=5))
    (project / "content" / "speakers.yml").write_text("speakers:\n  - name: Jane Roe\n    id: index\n")
    code, err = cli("--root", str(project), "build", "--no-site")
    assert code == 0, err
    docs = project / "docs"
    notes = [ln for ln in err.splitlines() if ln.startswith("note:") and "reserved" in ln]
    assert len(notes) == 2, err
    assert "articles/index-2/" in notes[0] + notes[1] and "speakers/index-2/" in notes[0] + notes[1]
    assert "# Articles\n\n4 articles, newest first." in (docs / "articles" / "index.md").read_text()
    assert "An article called index" in (docs / "articles" / "index-2.md").read_text()
    assert "Jane Roe" in (docs / "speakers" / "index-2.md").read_text()
    speakers_index = (docs / "speakers" / "index.md").read_text()
    assert "# Speakers" in speakers_index and 'href="index-2/"' in speakers_index
    data = json.loads((docs / "data" / "speakers.json").read_text())
    assert [s["id"] for s in data if s["name"] == "Jane Roe"] == ["index-2"]


def test_two_generated_files_for_one_path_stop_the_write_and_change_nothing(project):
    from builder.build import BuildReport, write_generated
    from builder.errors import ContentError

    docs = project / "docs"
    before = tree(docs)
    for clash in ("articles/index.md", "Articles/Index.md"):     # the same path, or one to a
        files = [("articles/index.md", "first"), ("articles/a.md", "a"), (clash, "second")]
        with pytest.raises(ContentError, match="two generated files would be written here"):
            write_generated(docs, iter(files), BuildReport())
        assert tree(docs) == before
    assert not [p for p in (project / ".cache").iterdir() if p.name.startswith(("staging", "undo"))]


# ---- 8. what killed builds leave is cleaned ------------------------------------------------

def test_the_next_build_removes_what_killed_builds_left(project):
    left = [".site-abcd1234", ".site-part-x1y2z3_4", ".site-old-4242", ".site-build/new-abc",
            ".cache/staging", ".cache/staging-k2j3", ".cache/undo-9a8b"]
    for rel in left:
        (project / rel).mkdir(parents=True)
        (project / rel / "index.html").write_text("a copy")
    kept = [".site-config", ".sitemap-notes", "site-abcd1234"]     # not what a build leaves
    for rel in kept:
        (project / rel).mkdir()
        (project / rel / "mine.txt").write_text("mine")
    code, err = cli("--root", str(project), "build")
    assert code == 0, err
    assert [rel for rel in left if (project / rel.split("/")[0]).exists() and
            (project / rel).exists()] == []
    assert all((project / rel / "mine.txt").read_text() == "mine" for rel in kept)


def test_a_build_killed_midway_leaves_nothing_the_next_build_keeps(project):
    article = project / "content" / "articles" / "2021-06-01-story-1.md"
    article.write_text(article.read_text().replace("Story number 1", "Story number one"))
    (project / ".cache" / "state.json").unlink()          # a full MkDocs build: time to kill it
    build = subprocess.Popen([sys.executable, "-m", "builder", "--root", str(project), "build"],
                             cwd=ROOT, stderr=subprocess.DEVNULL, start_new_session=True)
    end = time.monotonic() + HANG
    while not (project / ".site-build").exists() and build.poll() is None and time.monotonic() < end:
        time.sleep(0.01)
    os.killpg(build.pid, signal.SIGKILL)
    build.wait()
    code, err = cli("--root", str(project), "build")
    assert code == 0, err
    assert left_beside(project, ".site") == []
    assert [p.name for p in (project / ".cache").iterdir() if p.name.startswith(("staging", "undo"))] == []
    assert "Story number one" in (project / "site" / "articles" / article.stem / "index.html").read_text()
