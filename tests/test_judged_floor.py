"""Quality floor on the hand-judged set (benchmarks/judged/): unseen articles from 28
outlets and PolNeAR, every event mention and quote judged by an editor.

Runs ``benchmarks/judged.py`` (which goes through ``python -m builder extract``, as a user
does) and fails when a figure drops below the floor recorded here. Raise the floors when
the figures improve; never lower them to let a change pass.
"""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared" / "data"

# recorded 2026-12-06 at the baseline (see benchmarks/judged/README.md); events raised
# 2026-12-07 (kinds, precision, tense: 0.960 right, recall 0.571) to those figures - 0.01.
# Since the structure stage refuses none of the 42 (issue 13; 19 were refused), every
# article counts: events right 0.978, recall 0.938; quotes recall 0.812 and right speaker
# 0.611 over all 42 (on the 23 counted before it rose 0.631 -> 0.652; the 19 counted now
# for the first time, mostly PolNeAR, are at 0.539): that floor follows the larger set.
# The attribution work of issue 13 (branch quotes) raised quotes right speaker over all 42
# to 0.815 (379 of 465) and recall to 0.816, events unchanged: the speaker floor is 0.80,
# 0.015 under the figure, since one article's quotes can move it by 0.01 (7 of 465
# quotes in a single article share one speaker decision).
# Reported speech (issue 13, branch reported: subjects before asides, joined verbs, unnamed
# groups, 'according to' between commas, commitments, relative subjects; 5 new quote
# items judged) raised quotes right speaker to 0.822 and recall to 0.860, events unchanged:
# floors 0.805 and 0.84.
# Issue 13's speaker work (branch speakers: pronouns past subordinate clauses, names that
# are also common words, documents' authors, full names given only in quotations) raised
# right speaker to 0.840 (493 quotes), recall 0.860: the speaker floor is 0.825.
# 2026-12-07: 10 articles judged fresh (first sight: events right 0.733 of 60, mostly
# comparison years and targets filed as happenings) joined the set: over all 52, events
# right 0.935 of 337, recall 0.949; quotes right speaker 0.835, recall 0.860. The events
# floor follows the larger set (0.925), not the old 42. Comparison bases, levels over a
# period, targets, streaks and forecasts as background then raised it to 0.970: 0.955.
# The lines work (branch lines2: future measures, a newsletter's greeting) 0.976: 0.96.
# 2026-12-07 (second round): 11 more articles judged fresh (judge4a, judge4b: opinion
# columns, explainers, a feature, a podcast promo, a hockey roundup; first sight events
# right 0.663 of 83, quotes right speaker 0.660 of 144) joined: over all 63, events right
# 0.914, quotes 0.803. The floors follow the larger set. Tense of the date's own verb,
# tenures, half-year measures, limits, habits, "today" as these days: events 0.937 (0.93).
# One NYT article names only "Trump": its full form there is Trump (guide), quotes 0.812.
# 2026-12-07 (third round): 14 PolNeAR train articles of May-August 2016 judged fresh (j5a,
# j5b; first sight events right 0.811 of 95, quotes right speaker 0.820 of 172, lines 0.203)
# joined: over all 77 at first sight events right 0.922. Roles, comparison bases left
# out, wire datelines, tense of a verb with its object: 0.931; the events floor follows the
# larger set (0.925).
# 2026-12-07 (fourth round): 12 TempEval-3 articles (AP, NYT, Xinhua 1998-2000, WSJ 1989)
# judged fresh (j6a, j6b; first sight events 0.781 of 105, quotes 0.769 of 156, lines
# 0.148); with the day's rules over all 89: events right 0.920, recall 0.939; quotes right
# speaker 0.815, recall 0.865. The events floor follows the larger set (0.91).
# Then direct3 (speakers of direct quotes), reported3 (reported speech) and the lead's
# transcript turns and names: quotes right speaker 0.827, recall 0.878 (floors 0.815, 0.865).
# 2026-12-07 (fifth round): 12 more TBAQ articles, broadcast transcripts among them (j7a,
# j7b; first sight at e802177: events 0.860 of 57, quotes 0.744 of 164, lines 0.224); over
# all 101: events right 0.915, recall 0.938; quotes right speaker 0.821, recall 0.881.
# 2026-12-07 (sixth round): 12 more TBAQ articles (AP, NYT, VOA 1998-2000, WSJ 1989; j8a,
# j8b; first sight at 74df8ad: events 0.818 of 88, quotes 0.900 of 221, lines 0.235); over
# all 113: events right 0.907, recall 0.943; quotes right speaker 0.839, recall 0.877. The
# events floor follows the larger set (0.90).
# direct5 (a monarch's one name and a namesake apart, a given name alone, organisations of
# capitalised words, a pronoun before the name it stands for, unnamed occupations): quotes
# right speaker 0.839 -> 0.854 over all 113 (floor 0.84), recall 0.877, events unchanged.
# 2026-12-07 (seventh round): 6 TBAQ and 7 PolNeAR train articles judged fresh (j10a,
# j10b; first sight at 410a590: events 0.833 of 54, quotes 0.728 of 125, lines 0.333); over
# all 126: events right 0.915, recall 0.939; quotes right speaker 0.844, recall 0.875.
# After the stop's rules, direct6, reported6 and quotes7 (and the group scoring): over all
# 126, events right 0.919, recall 0.944; quotes right speaker 0.852, recall 0.877. The
# floors keep it: events right 0.91, quotes right speaker 0.845.
# 2026-12-07 (eighth round): 4 TBAQ and 4 PolNeAR train articles judged fresh (j11a, j11b;
# first sight at 79da322: events 0.815 of 54, quotes 0.944 of 90 with recall 0.719, lines
# 0.231); over all 134: events right 0.912, recall 0.942; quotes right speaker 0.857,
# recall 0.867.
# After the stop's rules (the lead's conditions and happening nouns, direct8, reported7,
# lines4, events9): over all 134, events right 0.926, recall 0.946; quotes right speaker
# 0.861, recall 0.868. The floors follow: events right 0.915, quotes right speaker 0.85.
# 2026-12-07, the next stop (ninth round): 4 TBAQ and 4 PolNeAR train articles judged fresh
# (j12a, j12b; first sight at a8810f2: events 0.756 of 41, quotes 0.842 of 76 with recall
# 0.708, lines 0.200). After the stop's rules, over all 142: events right 0.919, recall 0.949;
# quotes right speaker 0.864, recall 0.861 (the new articles' quotes are found less often:
# the recall floor follows the larger set, 0.855).
# 2026-12-07, the stop after (tenth round): 4 TBAQ and 4 PolNeAR train articles judged fresh
# (j13a, j13b; first sight at 9733746: events 0.491 of 53, quotes 0.867 of 135 with recall
# 0.835, lines 0.176; a quarter's own figures, which earlier judges had called events, now
# background by the written convention). Over all 150 with the stop's first rules: events
# right 0.916, recall 0.950; quotes right speaker 0.869, recall 0.861. The events floor
# follows the larger set (0.905). After the stop's second wave (events13: what dates nothing
# or is background; quotes12: speaker classes), over all 150: events right 0.928, recall
# 0.950; quotes right speaker 0.878, recall 0.861. The floors keep it: events right 0.915,
# quotes right speaker 0.865.
FLOOR = {"events_right": 0.915, "events_recall": 0.93,
         "quotes_right_speaker": 0.865, "quotes_recall": 0.855}
MAX_REFUSED = 0


@pytest.fixture(scope="module")
def figures():
    if not SHARED.is_dir():
        pytest.skip(f"the shared data is not at {SHARED} (it exists in the team's workspace only)")
    spec = importlib.util.spec_from_file_location("judged_bench", REPO / "benchmarks" / "judged.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module          # its dataclasses look their module up
    spec.loader.exec_module(module)
    files = module.judgement_files()
    assert len(files) >= 40
    # in worker processes rather than a `python -m builder extract` per article (the same
    # output: tests/test_attribution_floor.py compares both ways); the benchmark itself runs
    # the command line
    return module.run(files, in_process=True).figures()


@pytest.mark.parametrize("name", sorted(FLOOR))
def test_figure_stays_above_its_floor(figures, name):
    assert figures[name] >= FLOOR[name], f"{name} {figures[name]:.3f} fell below {FLOOR[name]}"


def test_no_more_articles_refused(figures):
    assert figures["refused"] <= MAX_REFUSED


def test_a_group_of_named_speakers_is_scored_by_its_members():
    spec = importlib.util.spec_from_file_location("judged_scoring", REPO / "benchmarks" / "judged.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    right = module.speaker_right
    judged = {"speaker": ["Al Poe and Jo Roe", "Roe and Poe"]}
    assert right({"speaker": None, "group": ["Jo Roe", "Al Poe"]}, judged)
    assert not right({"speaker": None, "group": ["Jo Roe", "Di Lee"]}, judged)
    assert not right({"speaker": None, "group": []}, judged)
    assert right({"speaker": None, "group": ["Jo Roe"]}, {"speaker": ["Jo Roe and others", "Jo Roe"]})
    assert right({"speaker": None, "group": []}, {"speaker": None})
