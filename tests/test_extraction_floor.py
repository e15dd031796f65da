"""Quality gate for the structure stage: the extraction benchmark must not get worse.

Runs ``benchmarks/extraction.py`` (word-4-gram precision/recall/F1 of the kept body
against the gold article bodies) on a fixed slice of the public benchmark and fails
when a score drops below the floor recorded here. Raise the floors when the scores
improve; never lower them to make a change pass.
"""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(__file__).resolve().parents[2] / "shared"
DATA = SHARED / "data" / "article-extraction-benchmark"

# recorded on the first 15 pages sorted by id: P 0.984, R 0.988, F1 0.986; then (issue 13)
# P 0.996, R 0.982, F1 0.989: page furniture left out (precision up), and the text of
# embedded social-media posts too, which this benchmark's gold counts as article text
# (recall -0.006 on this slice; the project leaves an embedded post out of the body)
SLICE = 15
FLOOR = {"precision": 0.990, "recall": 0.980, "f1": 0.985}
# and on all 60 pages: P 0.982, R 0.990, F1 0.986; then P 0.997, R 0.986, F1 0.991
# (target of the issue: F1 >= 0.93)
FLOOR_ALL = {"f1": 0.985}


@pytest.fixture(scope="module")
def bench():
    if not (DATA / "ground-truth.json").is_file():
        pytest.skip(f"extraction benchmark data not found at {DATA}")
    spec = importlib.util.spec_from_file_location("extraction_bench", REPO / "benchmarks" / "extraction.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_metric_matches_the_published_table(bench):
    # the README's recomputed table: trafilatura 2.0.0 on this subset, F1 0.966
    _, golds = bench.load()
    r = bench.score(bench.system_predictions("trafilatura", list(golds)), golds)
    assert round(r["f1"], 3) == 0.966
    assert round(r["precision"], 3) == 0.942


def test_floor_on_fixed_slice(bench):
    results = bench.run(limit=SLICE)
    ours = results["project"]
    for name, floor in FLOOR.items():
        assert ours[name] >= floor, f"{name} {ours[name]:.3f} fell below the floor {floor}"
    # and it must clearly beat the trivial baselines computed the same way
    assert ours["f1"] > results["lines>100"]["f1"] + 0.05
    assert ours["f1"] > results["whole-text"]["f1"] + 0.2


def test_floor_on_all_pages(bench):
    ours = bench.run()["project"]
    assert ours["f1"] >= FLOOR_ALL["f1"]
