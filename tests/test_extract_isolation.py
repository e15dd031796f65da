"""An article's extraction depends on that article only.

``python -m builder build`` extracts many articles one after another in each worker
process, and ``python -m builder extract`` one per process: both must give each article
the same quotes, speakers and events, whatever was extracted before it in the process (no
cache, registry or default value may carry one article's names or cues into the next).
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from builder.extract.article import extract_path

REPO = Path(__file__).resolve().parent.parent
SEEDS = sorted((REPO / "content" / "articles").glob("*.md")) \
    + sorted((REPO / "content" / "sources").glob("*.txt"))
DATE = "2023-03-01"     # the raw sources carry no date of their own in the file


def _data(path: Path) -> dict:
    data = extract_path(path, DATE).article.to_contract()
    return {k: data[k] for k in ("paragraphs", "quotes", "speakers", "events")}


def _fresh(path: Path) -> dict:
    proc = subprocess.run([sys.executable, "-m", "builder", "extract", str(path), "--date", DATE],
                          cwd=REPO, capture_output=True, text=True, check=True)
    data = json.loads(proc.stdout)
    return {k: data[k] for k in ("paragraphs", "quotes", "speakers", "events")}


def test_seeds_are_many_and_quoted():
    assert len(SEEDS) >= 10
    assert all(_data(p)["quotes"] for p in SEEDS[:2])


def test_order_of_extraction_changes_nothing():
    forward = {p.name: _data(p) for p in SEEDS}
    # interleaved: each article after a different one than before, some twice
    order = SEEDS[::-1] + SEEDS[1::2] + SEEDS[::2]
    for p in order:
        assert _data(p) == forward[p.name], p.name
    for p in (SEEDS[0], SEEDS[len(SEEDS) // 2], SEEDS[-1]):
        assert _fresh(p) == forward[p.name], p.name
