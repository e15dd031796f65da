"""Event extraction stays linear in its input (issue 16): hostile shapes of size n and 4n.

One long capitalised token once made the appositive-name pattern backtrack at every
letter (64 KB took 11 s, 128 KB 43 s). Here each shape is extracted at two sizes and the
larger must cost under about 6x the smaller (linear work gives about 4x, quadratic about
16x). Times are CPU times of this process, the best of a few runs, compared as a ratio:
no fixed time budget, so a loaded machine slows both sizes alike.
"""
from __future__ import annotations

import time

import pytest

from builder.extract.events import extract_events

# CPU-time ratios: run on their own, after the parallel run (`make test`), where a
# neighbour worker sharing the caches cannot slow the large input more than the small one
pytestmark = pytest.mark.alone

MAX_RATIO = 6.0
PEOPLE = ["Xi Jinping", "Oleg Petrov"]


def _cost(paragraphs: list[str], repeat: int, runs: int = 3) -> float:
    """CPU seconds for ``repeat`` extractions, the best of ``runs``."""
    best = float("inf")
    for _ in range(runs):
        start = time.process_time()
        for _ in range(repeat):
            extract_events(paragraphs, "2021-06-30", PEOPLE)
        best = min(best, time.process_time() - start)
    return max(best, 1e-6)


def _ratio(small: list[str], large: list[str]) -> float:
    """Cost of the large input over the small one; a fast shape is repeated until the
    small input's measurement is long enough (20 ms) to compare."""
    repeat = 1
    while _cost(small, repeat, runs=1) < 0.02 and repeat < 1024:
        repeat *= 2
    return _cost(large, repeat) / _cost(small, repeat)


def _repeat(unit: str, size: int) -> str:
    return unit * max(1, size // len(unit))


# name -> (text of about ``size`` characters as paragraphs, base size)
SHAPES = {
    "one capitalised token": (lambda n: ["A" * n], 20_000),
    "one Mc token": (lambda n: [_repeat("Mc", n)], 20_000),
    "one digit token": (lambda n: ["1" * n], 20_000),
    "capitalised words": (lambda n: [_repeat("Abc ", n)], 20_000),
    "appositive runs": (lambda n: [_repeat("Abc Def, a professor ", n)], 10_000),
    "one long paragraph of prose": (lambda n: [_repeat(
        "The minister said on Monday that talks with Xi Jinping, a professor, would resume, ",
        n)], 5_000),
    "many short paragraphs": (lambda n: ["Oleg Petrov met Xi on Monday."] * (n // 30), 5_000),
    "a run of dates": (lambda n: [_repeat("on Monday, June 16, 2021, ", n)], 2_000),
    # (runs of dates cost most per character: smaller sizes keep the suite quick)
    "a run of years": (lambda n: [_repeat("in 2001 and 2002 ", n)], 2_000),
    "a run of relative dates": (lambda n: [_repeat("last week and next month, ", n)], 2_000),
    "quote marks": (lambda n: ["“" * n + "”" * n], 20_000),
    "straight quotes and words": (lambda n: [_repeat('"Abc, " he said on Monday. ', n)], 5_000),
}


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_event_extraction_scales_linearly(shape):
    make, n = SHAPES[shape]
    small, large = make(n), make(4 * n)
    ratios = []
    for _ in range(3):       # a burst of load during one measurement is measured again
        ratios.append(_ratio(small, large))
        if ratios[-1] < MAX_RATIO:
            break
    assert min(ratios) < MAX_RATIO, f"{shape}: 4x the input cost {min(ratios):.1f}x the time"


def test_the_hostile_shapes_still_give_their_events():
    """The shapes are real inputs: the dated ones still yield their events."""
    events = extract_events(SHAPES["a run of dates"][0](200), "2021-06-30", PEOPLE)
    assert events and all(e.date == "2021-06-16" for e in events)
    assert extract_events(["A" * 1000], "2021-06-30", PEOPLE) == []


def test_a_run_on_sentence_is_read_around_each_date():
    """A mention of a sentence longer than any article's is read in the clauses around
    its date (about 600 characters either side), so its cost does not grow with the
    sentence; its line is still the clause of its date."""
    filler = "the council met again and talked about the harbour, " * 40
    sentence = filler + "Oleg Petrov signed the harbour treaty on Monday, " + filler + "and then it rained."
    [e] = extract_events([sentence], "2021-06-30", PEOPLE)
    assert len(e.sentence) < 1400 and "Oleg Petrov signed the harbour treaty" in e.sentence
    assert "Oleg Petrov signed the harbour treaty" in e.text
