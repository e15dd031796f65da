"""Quality floor for the structure stage on unseen pages: headline, date, never a refusal.

Runs ``benchmarks/headlines.py`` (the extract command's own function on each text, in
worker processes; one test checks that ``python -m builder extract``, as a user runs it,
gives the very same JSON on a few of them; the gold headline and date come from each page's saved HTML metadata, or from
PolNeAR's first line and metadata) on the 60 whole-page texts of the article-extraction
benchmark and a sample of PolNeAR articles, and fails when a figure falls below the floor
recorded here. Raise the floors when the figures improve; never lower them to let a
change pass. Skipped without the team's shared data (../shared).
"""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared" / "data"

# recorded at the change that stopped refusing (before it: AEB 6 of 60 refused, headline
# exact 0.500, date right 0.633 with 1 wrong; every PolNeAR article refused); date right
# raised from 0.837 to 0.918 by dates in bylines and numeric dates of certain order
AEB_FLOOR = {"headline_exact": 0.98, "date_right": 0.91}
AEB_MAX_WRONG_DATES = 0
POLNEAR_FLOOR = {"headline_exact": 0.98}
POLNEAR_STEP = 28            # every 28th of the 924 articles (33): the floor test stays quick


@pytest.fixture(scope="module")
def bench():
    if not (SHARED / "article-extraction-benchmark" / "html").is_dir():
        pytest.skip(f"the shared data is not at {SHARED} (it exists in the team's workspace only)")
    spec = importlib.util.spec_from_file_location("headlines_bench", REPO / "benchmarks" / "headlines.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module          # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_whole_page_texts_are_never_refused_and_keep_their_headline_and_date(bench):
    figures = bench.figures(bench.run(bench.aeb_items(), in_process_=True))
    assert figures["articles"] == 60 and figures["refused"] == 0
    for name, floor in AEB_FLOOR.items():
        assert figures[name] >= floor, f"{name} {figures[name]:.3f} fell below {floor}"
    assert figures["date_wrong"] <= AEB_MAX_WRONG_DATES


def test_clean_copies_are_never_refused_and_keep_their_headline(bench):
    if not (SHARED / "polnear" / "metadata.tsv").is_file():
        pytest.skip("PolNeAR is not in the shared data")
    figures = bench.figures(bench.run(bench.polnear_items(POLNEAR_STEP), in_process_=True))
    assert figures["refused"] == 0
    for name, floor in POLNEAR_FLOOR.items():
        assert figures[name] >= floor, f"{name} {figures[name]:.3f} fell below {floor}"
    assert figures["date_wrong"] == 0          # these texts state no date: none is invented


def test_the_command_line_gives_the_same_json(bench):
    """The floors read in-process extraction; the command a user runs must agree with it
    (every 12th whole-page text: 5 pages of different outlets)."""
    items = bench.aeb_items()[::12]
    by_cli = bench.run([bench.Item(i.name, i.path, i.headlines, i.date) for i in items])
    here = bench.run(items, in_process_=True)
    assert len(items) == 5 and all(i.got for i in by_cli)
    assert [i.got for i in here] == [i.got for i in by_cli]
