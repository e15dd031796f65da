"""Incremental builds: after any edit, docs/ is byte for byte what a clean build of the
same content gives, and pages whose inputs did not change are not rendered again.

A small invented project is built, then a randomised sequence of edits is applied (a
paragraph changed, a headline changed, an article added or removed, content/speakers.yml
or content/events.yml edited); after each, the incremental build of the project is
compared with a clean build of a copy of its content (only the extraction cache is
shared: it is keyed by each file's bytes).
"""
from __future__ import annotations

import random
import re
import shutil
from pathlib import Path

import pytest

import builder.cache as C
import builder.render as R
from builder.build import Project, build_docs
from builder.build_state import generated_state
from builder.cache import CACHE_DIR
from builder.docs_writer import GENERATED_ROOTS, MANIFEST
from tests.sitebuild import make_project

PEOPLE = [("Oleg Petrov", "the trade minister"), ("Anna Rossi", "the foreign minister"),
          ("Maria Silva", "a central bank governor"), ("John Okafor", "the ambassador"),
          ("Petrov", None)]
CITIES = ["Rome", "Lagos", "Lisbon", "Oslo"]
MONTHS = ["March", "April", "May", "June"]
CLAUSES = ["We will ship the grain before the summer", "The talks were useful and frank",
           "Nobody expects a deal this year", "Our ports are open to every partner"]


def paragraph(rng: random.Random) -> str:
    person, role = rng.choice(PEOPLE)
    other = rng.choice([p for p, r in PEOPLE if r and p != person])
    if rng.random() < 0.5:
        who = f"{person}, {role}," if role else person
        return f"“{rng.choice(CLAUSES)},” said {who} on Tuesday."
    return (f"{person} met {other} in {rng.choice(CITIES)} on {rng.choice(MONTHS)} "
            f"{rng.randrange(1, 28)}, 2021, to discuss trade.")


def article(rng: random.Random, title: str, paragraphs: list[str] | None = None) -> str:
    paragraphs = paragraphs or [paragraph(rng) for _ in range(rng.randrange(2, 5))]
    return (f"---\ntitle: {title}\ndate: 2021-07-{rng.randrange(1, 28):02d}\n---\n\n"
            + "\n\n".join(paragraphs) + "\n")


def split(text: str) -> tuple[str, list[str]]:
    head, body = text.split("\n---\n\n", 1)
    return head + "\n---\n\n", body.strip("\n").split("\n\n")


# ---- the edits ----------------------------------------------------------------------

def change_paragraph(root: Path, rng: random.Random) -> str:
    f = rng.choice(sorted((root / "content" / "articles").glob("*.md")))
    head, paras = split(f.read_text(encoding="utf-8"))
    paras[rng.randrange(len(paras))] = paragraph(rng)
    f.write_text(head + "\n\n".join(paras) + "\n", encoding="utf-8")
    return f"paragraph of {f.name}"


def change_headline(root: Path, rng: random.Random) -> str:
    f = rng.choice(sorted((root / "content" / "articles").glob("*.md")))
    text = f.read_text(encoding="utf-8")
    old = text.split("title: ", 1)[1].split("\n", 1)[0]
    f.write_text(text.replace(f"title: {old}", f"title: {old} again", 1), encoding="utf-8")
    return f"headline of {f.name}"


def add_article(root: Path, rng: random.Random) -> str:
    n = len(list((root / "content" / "articles").glob("*.md")))
    name = f"story-{n}-{rng.randrange(1000)}.md"
    (root / "content" / "articles" / name).write_text(article(rng, f"Story {n} on trade"), encoding="utf-8")
    return f"added {name}"


def remove_article(root: Path, rng: random.Random) -> str:
    files = sorted((root / "content" / "articles").glob("*.md"))
    if len(files) <= 2:
        return add_article(root, rng)
    f = rng.choice(files)
    f.unlink()
    return f"removed {f.name}"


def change_quote(root: Path, rng: random.Random) -> str:
    """A quotation's words (or its speaker) changed, nothing else."""
    f = rng.choice(sorted((root / "content" / "articles").glob("*.md")))
    head, paras = split(f.read_text(encoding="utf-8"))
    quoted = [i for i, p in enumerate(paras) if p.startswith("“")]
    if not quoted:
        return change_paragraph(root, rng)
    i = rng.choice(quoted)
    person, role = rng.choice([pr for pr in PEOPLE if pr[1]])
    paras[i] = f"“{rng.choice(CLAUSES)} again,” said {person}, {role}, on Tuesday."
    f.write_text(head + "\n\n".join(paras) + "\n", encoding="utf-8")
    return f"quote of {f.name}"


def change_date(root: Path, rng: random.Random) -> str:
    """An article's publication date, or the date of an event in it."""
    f = rng.choice(sorted((root / "content" / "articles").glob("*.md")))
    head, paras = split(f.read_text(encoding="utf-8"))
    dated = [i for i, p in enumerate(paras) if "2021, to discuss" in p]
    if dated and rng.random() < 0.6:
        i = rng.choice(dated)
        paras[i] = re.sub(r"(January|February|March|April|May|June) \d+, 2021",
                          f"{rng.choice(MONTHS)} {rng.randrange(1, 28)}, 2021", paras[i])
        what = "event date"
    else:
        head = re.sub(r"date: 2021-07-\d\d", f"date: 2021-07-{rng.randrange(1, 28):02d}", head)
        what = "publication date"
    f.write_text(head + "\n\n".join(paras) + "\n", encoding="utf-8")
    return f"{what} of {f.name}"


def edit_speakers(root: Path, rng: random.Random) -> str:
    name = rng.choice([p for p, r in PEOPLE if r])
    (root / "content" / "speakers.yml").write_text(
        f"speakers:\n  - name: {name}\n    description: Edited {rng.randrange(1000)}.\n"
        f"    aliases: [{name.split()[0][0]}. {name.split()[-1]}]\n", encoding="utf-8")
    return f"speakers.yml: {name}"


def edit_events(root: Path, rng: random.Random) -> str:
    name = rng.choice([p for p, r in PEOPLE if r])
    (root / "content" / "events.yml").write_text(
        f"add:\n  - date: 2021-05-{rng.randrange(1, 28):02d}\n    text: A grain accord is signed\n"
        f"    people: [{name}]\n", encoding="utf-8")
    return f"events.yml: {name}"


EDITS = [change_paragraph, change_headline, change_quote, change_date, add_article, remove_article,
         edit_speakers, edit_events]


# ---- builds ---------------------------------------------------------------------------

def generated(root: Path) -> dict[str, bytes]:
    docs = root / "docs"
    return {p.relative_to(docs).as_posix(): p.read_bytes() for p in sorted(docs.rglob("*"))
            if p.is_file() and (p.name == MANIFEST or p.relative_to(docs).as_posix().startswith(GENERATED_ROOTS))}


def clean_build(root: Path, dest: Path) -> dict[str, bytes]:
    """A clean build of ``root``'s content (the extraction cache shared, nothing else)."""
    make_project(dest, with_seeds=False)
    shutil.rmtree(dest / "content")
    shutil.copytree(root / "content", dest / "content")
    if (root / CACHE_DIR / "extract").is_dir():
        shutil.copytree(root / CACHE_DIR / "extract", dest / CACHE_DIR / "extract")
    build_docs(Project(dest), budget=None)
    return generated(dest)


@pytest.fixture
def rendered_articles(monkeypatch) -> list[str]:
    seen: list[str] = []
    real = R.render_article

    def counting(a, links):
        seen.append(a.id)
        return real(a, links)

    monkeypatch.setattr(R, "render_article", counting)
    return seen


def _stories_built(tmp_path, rng: random.Random, count: int):
    """A project of ``count`` random stories on trade, built once: (root, project, collection)."""
    root = make_project(tmp_path / "project", with_seeds=False)
    for i in range(count):
        (root / "content" / "articles" / f"story-{i}.md").write_text(
            article(rng, f"Story {i} on trade"), encoding="utf-8")
    project = Project(root)
    collection, _ = build_docs(project, budget=None)
    return root, project, collection


def test_incremental_builds_equal_clean_builds_after_random_edits(tmp_path, rendered_articles):
    rng = random.Random(17)
    root, project, _ = _stories_built(tmp_path, rng, 4)
    edits = [rng.choice(EDITS) for _ in range(10)]
    for step, edit in enumerate(EDITS + edits):
        what = edit(root, rng)
        rendered_articles.clear()
        _, report = build_docs(project, budget=None)
        assert not report.up_to_date, what
        # the generated files' state it recorded (the files it wrote or removed looked at
        # again, not the whole of docs/) is that of a scan of them
        assert C.load_state(root)["docs"]["generated"] == generated_state(project), what
        assert generated(root) == clean_build(root, tmp_path / f"clean-{step}"), what
        assert report.rendered < len(generated(root)), what


def test_an_edit_renders_only_the_pages_it_changes(tmp_path, rendered_articles):
    rng = random.Random(5)
    root, project, _ = _stories_built(tmp_path, rng, 4)
    f = root / "content" / "articles" / "story-2.md"
    f.write_text(f.read_text(encoding="utf-8") + "\nThe talks lasted four hours.\n", encoding="utf-8")
    rendered_articles.clear()
    build_docs(project, budget=None)
    assert rendered_articles == ["story-2"]
    # a damaged page is rendered again: the keys are trusted only while docs/ is untouched
    page = root / "docs" / "articles" / "story-1.md"
    page.write_text("damaged", encoding="utf-8")
    (root / "content" / "articles" / "story-3.md").write_text(
        f.read_text(encoding="utf-8").replace("Story 2", "Story 3"), encoding="utf-8")
    rendered_articles.clear()
    build_docs(project, budget=None)
    assert "story-1" in rendered_articles and page.read_text(encoding="utf-8") != "damaged"


@pytest.mark.parametrize("state", [
    '{"docs": {"inputs": "0f3a9c", "files": 3}, "site": "abc"}',     # an older version's record
    '{"docs": {"inputs": {"content": {"racy": ["x.md"]}}}, "site": {"docs": 7}}',
    '{"docs": [1, 2], "site": null}',
    '["not", "an", "object"]',
    '{"docs": {"inp',                                                   # cut short
])
def test_a_record_left_by_an_older_version_or_damaged_is_rebuilt_over(tmp_path, state):
    """The build's record in .cache/ is the builder's own: whatever an older version (or a
    crash) left there, the next build starts afresh instead of failing."""
    root = make_project(tmp_path / "p", with_seeds=False, articles={
        "2021-07-05-talks.md": article(random.Random(3), "Talks in Rome")})
    (root / CACHE_DIR).mkdir(parents=True, exist_ok=True)
    (root / CACHE_DIR / "state.json").write_text(state, encoding="utf-8")
    (root / CACHE_DIR / "pages.json").write_text('{"code": 1, "keys": "x"}', encoding="utf-8")
    collection, report = build_docs(Project(root))
    assert not report.up_to_date and report.articles == 1
    assert (root / "docs" / "chronology" / "index.md").is_file()
    _, again = build_docs(Project(root))
    assert again.up_to_date


def test_an_edit_renders_again_only_the_chronology_entries_and_records_it_touches(tmp_path, monkeypatch):
    """The chronology page and the data files are joined from remembered pieces
    (render/memo.py): after one article changes, only the entries citing it (and that
    article's records) are made again; the file is what a clean build gives."""
    import builder.render.chronology as RC
    import builder.render.data as RD
    rng = random.Random(9)
    root, project, collection = _stories_built(tmp_path, rng, 5)
    assert len(collection.events) > 5
    made: list[tuple[str, list[str]]] = []
    real_sources, real_record = RC._sources, RD._event_record

    def sources(e, *args):
        made.append(("li", [s.article for s in e.sources]))
        return real_sources(e, *args)

    def record(e, *args):
        made.append(("ej", [s.article for s in e.sources]))
        return real_record(e, *args)

    monkeypatch.setattr(RC, "_sources", sources)
    monkeypatch.setattr(RD, "_event_record", record)
    f = root / "content" / "articles" / "story-2.md"
    f.write_text(f.read_text(encoding="utf-8") + "\nThe talks lasted four hours.\n", encoding="utf-8")
    collection, report = build_docs(project, budget=None)
    assert made and {k for k, _ in made} == {"li", "ej"}
    assert all("story-2" in articles for _, articles in made), made
    assert len([1 for k, _ in made if k == "li"]) < len(collection.events)
    assert generated(root) == clean_build(root, tmp_path / "clean")


@pytest.mark.parametrize("damage", ["events", "chronology"])
def test_pieces_are_never_read_back_from_a_file_changed_since_it_was_written(tmp_path, damage):
    """The pieces of the chronology page and the data files are read back from the files
    the last build wrote only while those are exactly as it left them: a file edited by
    hand (same size) is rendered whole again, and the site is what a clean build gives."""
    rng = random.Random(11)
    root, project, _ = _stories_built(tmp_path, rng, 4)
    path = root / "docs" / ("data/events.json" if damage == "events" else "chronology/index.md")
    text = path.read_text(encoding="utf-8")
    assert text.count("trade") > 3
    path.write_text(text.replace("trade", "TRADE"), encoding="utf-8")   # the same size
    change_paragraph(root, rng)
    build_docs(project, budget=None)
    assert "TRADE" not in path.read_text(encoding="utf-8")
    assert generated(root) == clean_build(root, tmp_path / "clean")
