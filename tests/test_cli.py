"""The command line as the contract describes it: output, exit codes, nothing lost."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.conftest import ROOT, SOURCES

CONTRACT_KEYS = {"title", "topic", "date", "date_source", "standfirst", "lead_caption", "captions",
                 "related", "print_headline", "paragraphs", "quotes", "speakers", "events"}


def run(*args, input=None, cwd=ROOT):
    return subprocess.run([sys.executable, "-m", "builder", *args], cwd=cwd, input=input,
                          capture_output=True, text=True, timeout=120)


def test_extract_prints_the_contract_object_and_writes_nothing(tmp_path):
    seed = sorted(SOURCES.glob("*.txt"))[1]
    before = sorted(p.name for p in (ROOT / "content" / "articles").iterdir())
    proc = run("extract", str(seed), "--date", "2021-06-28")
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert CONTRACT_KEYS <= set(data)
    assert data["date"] == "2021-06-28" and data["date_source"] == "given"
    assert data["paragraphs"] and all(isinstance(p, str) for p in data["paragraphs"])
    for q in data["quotes"]:
        assert {"text", "kind", "speaker", "speaker_as_written", "paragraph", "cue"} <= set(q)
        assert 0 <= q["paragraph"] < len(data["paragraphs"])
    for e in data["events"]:
        assert {"date", "expression", "paragraph", "text", "people"} <= set(e)
    assert sorted(p.name for p in (ROOT / "content" / "articles").iterdir()) == before


def test_extract_reads_content_files_with_front_matter_date():
    article = sorted((ROOT / "content" / "articles").glob("*.md"))[0]
    data = json.loads(run("extract", str(article)).stdout)
    assert data["date_source"] == "front-matter" and data["date"] == article.name[:10]


@pytest.mark.parametrize("content, words", [
    (b"", "empty"),
    (b"\x00\x01binary\x00\x02" * 10, "binary"),
    (b" \n\t\n\n", "empty"),       # (a text with words is never refused: tests/test_structure.py)
])
def test_extract_bad_input_is_one_line_exit_2(tmp_path, content, words):
    f = tmp_path / "bad.txt"
    f.write_bytes(content)
    proc = run("extract", str(f))
    assert proc.returncode == 2
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and str(f) in lines[0], proc.stderr
    assert proc.stdout == ""


def test_extract_bad_date_and_missing_file(tmp_path):
    assert run("extract", str(tmp_path / "nope.txt")).returncode == 2
    proc = run("extract", str(sorted(SOURCES.glob("*.txt"))[0]), "--date", "2021-02-30")
    assert proc.returncode == 2 and "2021-02-30" in proc.stderr


def test_timex_command():
    proc = run("timex", "--dct", "2021-06-28", input="They met on Monday and will meet next month.")
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    values = {t["text"]: t["value"] for t in out}
    assert values.get("Monday") == "2021-06-28"
    assert values.get("next month") == "2021-07"
    for t in out:
        assert "They met on Monday and will meet next month."[t["start"]:t["end"]] == t["text"]


def test_import_never_overwrites_and_force_keeps_the_previous_version(tmp_path):
    seed = sorted(SOURCES.glob("*.txt"))[0]
    proc = run("--root", str(tmp_path), "import", str(seed), "--date", "2021-07-12")
    assert proc.returncode == 0, proc.stderr
    [article] = (tmp_path / "content" / "articles").glob("*.md")
    assert article.name.startswith("2021-07-12-")
    edited = article.read_text() + "\nAn editor's extra paragraph.\n"
    article.write_text(edited)
    proc = run("--root", str(tmp_path), "import", str(seed), "--date", "2021-07-12")
    assert proc.returncode == 0 and "skipped" in proc.stderr
    assert article.read_text() == edited
    proc = run("--root", str(tmp_path), "import", str(seed), "--date", "2021-07-12", "--force")
    assert proc.returncode == 0 and "replaced" in proc.stderr
    assert article.read_text() != edited
    [backup] = (tmp_path / "content" / ".previous").glob("*.md")
    assert backup.read_text() == edited


def test_import_folder_reports_each_file_and_a_summary(tmp_path):
    proc = run("--root", str(tmp_path), "import", str(SOURCES))
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr.count("imported ") >= 5 and "5 imported" in proc.stderr
    names = sorted(p.name for p in (tmp_path / "content" / "articles").glob("*.md"))
    assert names == sorted(p.name for p in (ROOT / "content" / "articles").glob("*.md"))


def test_import_without_date_is_undated_and_says_so(tmp_path):
    seed = tmp_path / "copied.txt"          # away from content/sources/sources.yml, which dates it
    seed.write_bytes(sorted(SOURCES.glob("*.txt"))[0].read_bytes())
    proc = run("--root", str(tmp_path), "import", str(seed))
    assert proc.returncode == 0
    assert "undated" in proc.stderr
    [article] = (tmp_path / "content" / "articles").glob("*.md")
    assert article.name.startswith("undated-")
