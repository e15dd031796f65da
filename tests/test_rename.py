"""`python -m builder rename OLD NEW` (issue 18.7): a new file name and address for an
article, a page at the old address that sends readers on, the editors' files following."""
from __future__ import annotations

import io
from contextlib import redirect_stderr, redirect_stdout

import yaml

from builder.build import Project, generate
from builder.cli import main
from tests.sitebuild import make_project

ARTICLE = """---
title: Ministers meet in a harbour town
date: 2021-03-04
---

The two ministers met on Monday in a harbour town, officials said.

They agreed to meet again in May.
"""


def cli(*args: str) -> tuple[int, str]:
    err = io.StringIO()
    with redirect_stdout(io.StringIO()), redirect_stderr(err):
        code = main(list(args))
    return code, err.getvalue()


def _project(tmp_path, events: str | None = None):
    project = make_project(tmp_path / "p", {"2021-03-04-ministers-meet.md": ARTICLE}, with_seeds=False)
    if events is not None:
        (project / "content" / "events.yml").write_text(events, encoding="utf-8")
    return project


def test_rename_moves_the_file_and_the_old_address_sends_readers_on(tmp_path):
    project = _project(tmp_path)
    articles = project / "content" / "articles"
    code, err = cli("--root", str(project), "rename", "2021-03-04-ministers-meet.md", "2021-03-04-harbour-talks")
    assert code == 0, err
    assert not (articles / "2021-03-04-ministers-meet.md").exists()
    assert (articles / "2021-03-04-harbour-talks.md").read_text(encoding="utf-8") == ARTICLE
    redirects = yaml.safe_load((project / "content" / "redirects.yml").read_text(encoding="utf-8"))
    assert redirects == {"2021-03-04-ministers-meet": "2021-03-04-harbour-talks"}
    _, files, report = generate(Project(project))
    moved = files["articles/2021-03-04-ministers-meet.md"]
    assert 'href="../2021-03-04-harbour-talks/" data-tl-redirect=""' in moved
    assert "Ministers meet in a harbour town" in moved
    assert "articles/2021-03-04-harbour-talks.md" in files
    assert "2021-03-04-ministers-meet" not in files["articles/index.md"]   # listed once, at its new address
    assert not report.notices


def test_renamed_twice_or_back_keeps_one_short_chain(tmp_path):
    project = _project(tmp_path)
    root = str(project)
    assert cli("--root", root, "rename", "2021-03-04-ministers-meet", "b-name")[0] == 0
    assert cli("--root", root, "rename", "b-name", "c-name")[0] == 0
    redirects = yaml.safe_load((project / "content" / "redirects.yml").read_text(encoding="utf-8"))
    assert redirects == {"2021-03-04-ministers-meet": "c-name", "b-name": "c-name"}
    assert cli("--root", root, "rename", "c-name", "2021-03-04-ministers-meet")[0] == 0
    redirects = yaml.safe_load((project / "content" / "redirects.yml").read_text(encoding="utf-8"))
    assert redirects == {"b-name": "2021-03-04-ministers-meet", "c-name": "2021-03-04-ministers-meet"}
    _, files, report = generate(Project(project))
    assert "data-tl-redirect" not in files["articles/2021-03-04-ministers-meet.md"]
    assert not report.notices


def test_a_correction_in_events_yml_still_applies_after_a_rename(tmp_path):
    project = _project(tmp_path)
    _, files, _ = generate(Project(project))
    import json
    entry = next(e for e in json.loads(files["data/events.json"]) if e["date"] == "2021-03-01")
    events = f"correct:\n  {entry['id']}:\n    text: The ministers meet\n"
    (project / "content" / "events.yml").write_text(events, encoding="utf-8")
    code, err = cli("--root", str(project), "rename", "2021-03-04-ministers-meet", "2021-03-04-harbour-talks")
    assert code == 0 and "events.yml" in err, err
    _, files, report = generate(Project(project))
    assert not report.notices, report.notices
    assert any(e["text"] == "The ministers meet" for e in json.loads(files["data/events.json"]))


def test_a_bad_rename_changes_nothing(tmp_path):
    project = _project(tmp_path)
    (project / "content" / "articles" / "taken.md").write_text(ARTICLE, encoding="utf-8")
    before = sorted(p.name for p in (project / "content").rglob("*"))
    for old, new, why in [("no-such-article", "x", "no such article"),
                          ("2021-03-04-ministers-meet", "taken", "already exists"),
                          ("2021-03-04-ministers-meet", "Bad Name", "lowercase letters"),
                          ("2021-03-04-ministers-meet", "../../escape", "lowercase letters"),
                          ("2021-03-04-ministers-meet", "index", "a site page"),
                          ("2021-03-04-ministers-meet", "2021-03-04-ministers-meet", "the same")]:
        code, err = cli("--root", str(project), "rename", old, new)
        assert code == 2 and why in err and len(err.strip().splitlines()) == 1, (new, err)
    assert sorted(p.name for p in (project / "content").rglob("*")) == before
