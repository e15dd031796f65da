"""Golden site: the seeds' generated pages and data, compared with committed files.

Every change to what the build writes shows up here as a diff to review. When a change
is meant, regenerate the expected files on purpose and commit them with the change:

    UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/test_golden.py     (or: make golden)

Compared: every generated ``docs/**/*.md`` and ``docs/data/*.json``. The search index is
left out (its shards are named by content hash and follow from the pages).
"""
from __future__ import annotations

import difflib
import os
import shutil
from pathlib import Path

import pytest

from tests.sitebuild import make_project, run_builder

GOLDEN = Path(__file__).resolve().parent / "golden"
UPDATE = os.environ.get("UPDATE_GOLDEN") == "1"


def _generated(docs: Path) -> dict[str, str]:
    files = {}
    for path in sorted(docs.rglob("*")):
        rel = path.relative_to(docs).as_posix()
        if not path.is_file() or rel.startswith(("search/", "assets/")) or rel.startswith("."):
            continue
        if rel in ("about.md", "editing.md"):
            continue                      # hand-written pages, copied as they are
        if path.suffix == ".md" or (rel.startswith("data/") and path.suffix == ".json"):
            files[rel] = path.read_text(encoding="utf-8")
    return files


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> dict[str, str]:
    project = make_project(tmp_path_factory.mktemp("golden") / "site")
    run_builder(project, "build", "--no-site", check=True)
    return _generated(project / "docs")


def test_the_seed_site_matches_the_golden_files(built):
    if UPDATE:
        shutil.rmtree(GOLDEN, ignore_errors=True)
        for rel, text in built.items():
            target = GOLDEN / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
        pytest.skip(f"UPDATE_GOLDEN=1: wrote {len(built)} golden files under tests/golden/")
    expected = {p.relative_to(GOLDEN).as_posix(): p.read_text(encoding="utf-8")
                for p in sorted(GOLDEN.rglob("*")) if p.is_file()}
    assert expected, "tests/golden/ is empty: run UPDATE_GOLDEN=1 pytest tests/test_golden.py"
    missing, extra = sorted(set(expected) - set(built)), sorted(set(built) - set(expected))
    changed = [rel for rel in sorted(set(expected) & set(built)) if expected[rel] != built[rel]]
    report = []
    for rel in changed[:5]:
        diff = difflib.unified_diff(expected[rel].splitlines(), built[rel].splitlines(),
                                    f"golden/{rel}", f"built/{rel}", lineterm="", n=1)
        report.append("\n".join(list(diff)[:40]))
    assert not (missing or extra or changed), (
        f"the seed site differs from tests/golden/ (missing {missing}, new {extra}, "
        f"changed {changed}); if meant, run UPDATE_GOLDEN=1 pytest tests/test_golden.py "
        "and review the diff\n" + "\n".join(report))
