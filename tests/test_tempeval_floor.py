"""Quality gate: TIMEX3 scores on a fixed slice of TempEval-3 must not drop.

The slice is the first 10 files (by name) of each TBAQ-cleaned corpus. The floors are
the last recorded figures minus a small margin; raise them when the recogniser
improves (``python benchmarks/tempeval.py --limit 10`` prints the figures).
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(__file__).resolve().parents[2] / "shared"
DATA = SHARED / "data" / "tempeval3" / "tbaq-cleaned"

# recorded: value F1 83.1, relaxed F1 95.3, strict F1 91.9 (146 gold timexes)
FLOOR_VALUE_F1 = 82.3
FLOOR_RELAXED_F1 = 94.5
FLOOR_STRICT_F1 = 90.7


@pytest.fixture(scope="module")
def scores():
    if not DATA.is_dir():
        pytest.skip(f"TempEval-3 data not found at {DATA}")
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import tempeval
    finally:
        sys.path.pop(0)
    total = tempeval.Tally()
    for corpus in tempeval.CORPORA:
        tally, _ = tempeval.evaluate(tempeval.load_corpus(corpus, limit=10))
        total.add(tally)
    return total.scores()


def test_value_f1_floor(scores):
    assert scores["gold"] > 100, "the slice should hold the gold timexes of 20 files"
    assert scores["value_f1"] >= FLOOR_VALUE_F1, scores


def test_extent_f1_floors(scores):
    assert scores["relaxed_f1"] >= FLOOR_RELAXED_F1, scores
    assert scores["strict_f1"] >= FLOOR_STRICT_F1, scores


def test_gold_offsets_index_the_plain_text():
    """The benchmark's reader keeps each gold TIMEX3 at its place in the stripped text."""
    if not DATA.is_dir():
        pytest.skip(f"TempEval-3 data not found at {DATA}")
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import tempeval
    finally:
        sys.path.pop(0)
    docs = tempeval.load_corpus("AQUAINT", limit=3)
    assert all(d.dct and d.gold for d in docs)
    for d in docs:
        for g in d.gold:
            assert d.text[g.start:g.end] == g.text
            assert "<" not in g.text and "&amp;" not in d.text
