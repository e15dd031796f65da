"""Quality gate: quote attribution on a fixed slice of PolNeAR dev must not get worse.

Scores the first 3 articles (sorted) of each of the 7 publishers in
``../shared/data/polnear/dev`` (21 articles) with ``benchmarks/attribution.py``: the floors
read an in-process run (the extract command's own function in worker processes, a few
seconds), and one test runs the first article of each publisher through the command line
a user runs (``python -m builder extract`` per article, the files as they are) and checks
it refuses none and scores exactly as in process. The floors are the last recorded figures minus 0.02; raise them when
the extractor improves (``python benchmarks/attribution.py --per-publisher 3`` prints
them), never lower them to make a change pass.

The figures were first recorded with ``--unpunctuate-headline`` (every PolNeAR headline
ends with a full stop, which the extractor refused before issue 13); since it refuses none,
both ways give the same figures (checked on 2026-12-07: identical summaries).
"""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
DATA = SHARED / "data" / "polnear"

PER_PUBLISHER = 3
# recorded on that slice (21 articles) after the attribution work of issue 13 (branch
# quotes): direct recall 0.967 (117/121), direct speaker 0.914 (107/117), reported recall
# 0.539 (166/308), reported speaker 0.780 (128/164), precision 0.971 (380 quotes); none
# refused. (Before: 1.000, 0.810, 0.494, 0.776, 0.943.) Direct recall is lower on
# purpose: titles and terms in quote marks with no one's words around them (a report
# "titled “...”", a scare quote) are no longer output as quotes, and PolNeAR annotates
# some of them; its floor follows the new figure, the others were raised.
# Then, after the rebase on main and the last rules of that branch (generational suffixes,
# offices, 'said to', 'put it', asides): direct recall 0.975 (118/121), direct speaker
# 0.924 (109/118), reported recall 0.539 (166/308), reported speaker 0.787 (129/164),
# precision 0.971 (381 quotes); the floors are those minus 0.02 (one or two items of
# this small slice move a figure by 0.01).
# Reported speech (issue 13, branch reported): direct recall 0.975 (118/121), direct
# speaker 0.932 (110/118), reported recall 0.584 (180/308), reported speaker 0.781
# (139/178; unnamed groups now speak with a null speaker, which this benchmark counts
# wrong), precision 0.967 (393 quotes): direct speaker and reported recall raised.
# Issue 13's speaker work (branch speakers) on the slice: direct speaker 0.949 (112/118),
# reported speaker 0.781 (139/178), precision 0.967; the direct speaker floor follows.
FLOOR = {
    ("direct", "recall"): 0.955,
    ("direct", "speaker_accuracy"): 0.929,
    ("reported", "recall"): 0.564,
    ("reported", "speaker_accuracy"): 0.767,
    ("precision",): 0.951,
}
# the files as they are: all 21 refused when recorded; none since the structure stage
# stopped refusing a headline ending with a full stop (issue 13)
AS_IS_MAX_REFUSED = 0


@pytest.fixture(scope="module")
def bench():
    if not (DATA / "dev" / "text").is_dir():
        pytest.skip(f"PolNeAR not found at {DATA} (../shared exists only in the team's workspace)")
    spec = importlib.util.spec_from_file_location("attribution_bench", REPO / "benchmarks" / "attribution.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module      # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def summary(bench):
    # the extract command's own function in worker processes: the same figures as one
    # `python -m builder extract` per article (test_the_command_line_refuses_none_and_scores_alike
    # runs the command line on the same slice and compares), and as with the headline's
    # full stop blanked, the way the floors were first recorded (none is refused now)
    result, _ = bench.run("dev", per_publisher=PER_PUBLISHER, jobs=2, in_process=True)
    return result


def _figures(summary: dict) -> dict:
    return {k: v for k, v in summary.items() if not k.startswith("seconds") and k != "elapsed"}


def test_slice_is_the_recorded_one(summary):
    assert summary["articles"] == 21
    assert summary["direct"]["gold"] == 121 and summary["reported"]["gold"] == 308


def test_no_refusal_once_the_headline_stop_is_blanked(summary):
    assert summary["refused"] == 0 and summary["crashed"] == 0, (
        summary["refused_articles"], summary["crashed_articles"])


@pytest.mark.parametrize("key", list(FLOOR), ids=lambda k: "_".join(k))
def test_floor(summary, key):
    value = summary
    for part in key:
        value = value[part]
    assert value is not None and value >= FLOOR[key], f"{'/'.join(key)} {value} fell below {FLOOR[key]}"


def test_the_command_line_refuses_none_and_scores_alike(bench):
    """The first article of each publisher through the user's entry point (one `python -m
    builder extract` per file, the files as they are): nothing refused or crashed, and the
    very figures of the in-process run that the floors read."""
    result, _ = bench.run("dev", per_publisher=1, jobs=2)
    here, _ = bench.run("dev", per_publisher=1, jobs=2, in_process=True)
    assert result["articles"] == 7 and result["crashed"] == 0
    assert result["refused"] <= AS_IS_MAX_REFUSED
    assert _figures(result) == _figures(here)


# --- the scorer itself (no extractor involved)

def test_speaker_matching(bench):
    names = lambda text: bench.gold_names(text)[0]  # noqa: E731
    assert bench.same_person("Hillary Clinton", names("Clinton"))
    assert bench.same_person("Clinton", names("Hillary Rodham Clinton"))
    assert not bench.same_person("Bill Clinton", names("Hillary Clinton"))
    assert not bench.same_person("Hillary Clinton", names("Clinton aide Robby Mook"))
    assert bench.same_person("Jim Clyburn", names("Rep. Jim Clyburn (D-S.C.), the assistant leader of the Democratic caucus"))
    assert bench.same_person("Jose Martinez", names("José Martínez"))
    assert not bench.same_person(None, names("Trump"))
    assert bench.gold_names("The Post") == ({"post"}, True)
    assert bench.gold_names("the Indiana governor")[1] is False
    assert bench.gold_names("Trump's spokeswoman") == (set(), False)
    assert bench.gold_names("Connecticut's tax commissioner, Kevin Sullivan") == ({"kevin", "sullivan"}, True)
    assert bench.source_form("a State Department official") == bench.source_form("sources") == "anonymous"
    assert bench.source_form("he") == bench.source_form("the senator") == "described"
    assert bench.source_form("The New York Times") == "named"
    src = bench.Span("Source", [(0, 26)], "a State Department official")
    g = bench.Gold(src, src, None, sources=[src], anonymous=[src.text], resolved="anonymous")
    assert bench.speaker_right(g, {"speaker": "State Department official"})
    assert not bench.speaker_right(g, {"speaker": None, "speaker_as_written": "a State Department official"})
    assert not bench.speaker_right(g, {"speaker": "John Kerry"})


def test_pronoun_referent_is_the_paragraphs_first_name(bench):
    a = bench.Article("x", "dev", None, None, None, "p")
    a.text = ("Head\n\nAsked whether he would back Republicans, Johnson demurred. \"No,\" he said.\n\n"
              "And North Carolina's Ada Fisher agreed. \"I think Trump will,\" she said.\n\n"
              "\"Apparently not,\" she said.")
    a.headline_end = 4
    a.lines = bench.body_lines(a)
    assert bench.topic_name(a, a.text.index("he said")) == "Johnson"
    assert bench.topic_name(a, a.text.index("she said")) == "Ada Fisher"
    assert bench.topic_name(a, a.text.rindex("she said")) == "Ada Fisher"


def test_cue_classes(bench):
    assert bench.cue_class("said") == bench.cue_class("according to") == bench.cue_class(":") == "speech"
    assert bench.cue_class("has repeatedly said") == "speech"
    assert bench.cue_class("believes") == bench.cue_class("is expected") == "belief"
    assert bench.cue_class("wants") == bench.cue_class("showed") == bench.cue_class("in") == "other"
    assert bench.is_direct(" “Hello,” ") and bench.is_direct("''Hi''") and not bench.is_direct("that “x”")


def test_headline_blanking_keeps_offsets(bench):
    for text in ("Trump wins.\n\nBody.", "It’s ‘in Their Heads.’\n\nB", "Who scares us most?; \n\nB"):
        out = bench.headline_unpunctuated(text)
        assert len(out) == len(text) and out.split("\n")[1:] == text.split("\n")[1:]
        assert not out.split("\n")[0].rstrip(" ’'”\")").endswith((".", "?", ";"))


def test_direct_recall_counts_the_quoted_text(bench):
    a = bench.Article("x", "dev", None, None, None, "p")
    for text, quoted in (("“thousands” of emails had not", "thousands"), ("“A,” “B.”", "A B"),
                         ("'there could be'' a line", "there could be"),
                         ("'Europe is disintegrating.'", "Europe is disintegrating"),
                         ("“Unclosed, to the paragraph's end", "Unclosed to the paragraph s end")):
        a.text, a.token_starts, a.token_ends = text, [], []
        for m in bench._TOKEN.finditer(text):
            a.token_starts.append(m.start())
            a.token_ends.append(m.end())
        toks = bench.quoted_tokens(a, [(0, len(text))])
        assert " ".join(text[a.token_starts[i]:a.token_ends[i]] for i in sorted(toks)) == quoted


def test_gold_offsets_index_the_text(bench):
    arts = bench.list_articles("dev", limit=3)
    for a in arts:
        bench.load_gold(a)
        assert a.golds
        for g in a.golds:
            s, e = g.content.pieces[0]
            assert g.content.text.startswith(a.text[s:e])
            assert g.tokens
