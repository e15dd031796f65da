"""Benchmark: how well `structure()` keeps an article's own body text.

Runs `builder.extract.structure.structure()` on the reader's-copy text versions of the
60 news pages in ``../shared/data/article-extraction-benchmark/text/`` and scores
``"\\n".join(paragraphs)`` against the gold ``articleBody`` with the benchmark's
word-4-gram metric (see that folder's README):

* text -> ``\\w+`` tokens -> multiset of word 4-grams ("shingles");
* per page TP = shared shingles (multiset min), FP = extra predicted, FN = missed
  gold, the three divided by their sum so every page weighs the same;
* precision and recall averaged over pages (a page with an empty prediction and a
  non-empty gold has no precision and is skipped for it); F1 from the averaged P, R;
* exact-match accuracy: share of pages whose token sequence equals the gold.

For comparison it prints, computed the same way, the whole-text baseline (no
cleaning) and the "keep only lines over 100 characters" baseline.

Usage (from the repository root)::

    python benchmarks/extraction.py [--limit N] [--json] [--system NAME] [--show ID]

``--system NAME`` also scores a stored system output (e.g. ``trafilatura``) from
``system-outputs/`` as a check that the metric matches the README's table.
Exits 0 with a message when the shared data folder is absent.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

DATA = REPO.parent / "shared" / "data" / "article-extraction-benchmark"

_TOKEN = re.compile(r"\w+")


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


def shingles(text: str, n: int = 4) -> Counter:
    toks = tokens(text)
    return Counter(tuple(toks[i:i + n]) for i in range(len(toks) - n + 1))


def page_counts(pred: str, gold: str) -> tuple[float, float, float]:
    """(tp, fp, fn) of one page, normalised to sum 1 (all 0 when both are empty)."""
    p, g = shingles(pred), shingles(gold)
    tp = sum((p & g).values())
    fp = sum(p.values()) - tp
    fn = sum(g.values()) - tp
    total = tp + fp + fn
    if total == 0:
        return 0.0, 0.0, 0.0
    return tp / total, fp / total, fn / total


def score(preds: dict[str, str], golds: dict[str, str]) -> dict[str, float]:
    """Averaged precision, recall, F1 and exact-match accuracy over the gold pages."""
    precisions: list[float] = []
    recalls: list[float] = []
    exact = 0
    for page_id, gold in golds.items():
        pred = preds.get(page_id, "") or ""
        tp, fp, fn = page_counts(pred, gold)
        if tp + fp > 0:
            precisions.append(tp / (tp + fp))
        elif not tokens(pred) and not tokens(gold):
            precisions.append(1.0)
        # empty prediction with non-empty gold: precision undefined, skipped
        if tp + fn > 0:
            recalls.append(tp / (tp + fn))
        elif not tokens(gold):
            recalls.append(1.0)
        if tokens(pred) == tokens(gold):
            exact += 1
    p = sum(precisions) / len(precisions) if precisions else 0.0
    r = sum(recalls) / len(recalls) if recalls else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f1,
            "accuracy": exact / len(golds) if golds else 0.0, "pages": len(golds)}


def load(limit: int | None = None) -> tuple[dict[str, str], dict[str, str]]:
    """(texts, golds) keyed by page id, sorted by id, first `limit` pages."""
    truth = json.loads((DATA / "ground-truth.json").read_text(encoding="utf-8"))
    ids = sorted(truth)
    if limit is not None:
        ids = ids[:limit]
    texts = {i: (DATA / "text" / f"{i}.txt").read_text(encoding="utf-8") for i in ids}
    golds = {i: truth[i]["articleBody"] for i in ids}
    return texts, golds


def project_predictions(texts: dict[str, str]) -> tuple[dict[str, str], float]:
    from builder.extract.structure import structure

    start = time.perf_counter()
    preds = {i: "\n".join(structure(t).paragraphs) for i, t in texts.items()}
    return preds, time.perf_counter() - start


def long_lines(text: str, minimum: int = 100) -> str:
    return "\n".join(line for line in text.splitlines() if len(line.strip()) > minimum)


def system_predictions(name: str, ids: list[str]) -> dict[str, str]:
    data = json.loads((DATA / "system-outputs" / f"{name}.json").read_text(encoding="utf-8"))
    if isinstance(data, dict) and "output" in data and isinstance(data["output"], dict):
        data = data["output"]
    out = {}
    for i in ids:
        item = data.get(i) or {}
        out[i] = item.get("articleBody", "") if isinstance(item, dict) else str(item)
    return out


def run(limit: int | None = None, system: str | None = None) -> dict[str, dict[str, float]]:
    texts, golds = load(limit)
    preds, seconds = project_predictions(texts)
    results = {
        "project": score(preds, golds),
        "whole-text": score(texts, golds),
        "lines>100": score({i: long_lines(t) for i, t in texts.items()}, golds),
    }
    results["project"]["seconds"] = seconds
    results["project"]["seconds_1mb"] = speed(texts)
    if system:
        results[system] = score(system_predictions(system, list(golds)), golds)
    return results


def speed(texts: dict[str, str], size: int = 1_000_000) -> float:
    """Seconds for one structure() call on ~`size` characters of page text."""
    from builder.extract.structure import structure

    joined = "\n".join(texts.values())
    big = (joined * (size // max(len(joined), 1) + 1))[:size]
    start = time.perf_counter()
    structure(big)
    return time.perf_counter() - start


def show(page_id: str) -> None:
    """Print one page's per-line classification next to its score (for reading, not tuning)."""
    from builder.extract.structure import structure

    texts, golds = load()
    matches = [i for i in texts if i.startswith(page_id)]
    if not matches:
        print(f"no page id starting with {page_id}")
        return
    i = matches[0]
    s = structure(texts[i])
    gold_lines = {g.strip() for g in golds[i].split("\n") if g.strip()}
    for line in s.lines:
        mark = "G" if line.text.strip() in gold_lines else " "
        print(f"{mark}{line.number:4d} {line.cls:14s} {line.text[:110]}")
    print(score({i: "\n".join(s.paragraphs)}, {i: golds[i]}))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit", type=int, default=None, help="score only the first N pages (by id)")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    parser.add_argument("--system", help="also score a stored system output, e.g. trafilatura")
    parser.add_argument("--show", metavar="ID", help="print one page's line classes")
    args = parser.parse_args(argv)
    if not DATA.is_dir():
        print(f"skipped: benchmark data not found at {DATA}", file=sys.stderr)
        return 0
    if args.show:
        show(args.show)
        return 0
    results = run(args.limit, args.system)
    if args.json:
        print(json.dumps(results, indent=2))
        return 0
    n = results["project"]["pages"]
    print(f"article-extraction-benchmark, text versions, {n} pages (word 4-gram metric)")
    print(f"{'system':<14} {'P':>6} {'R':>6} {'F1':>6} {'exact':>6}")
    for name, r in results.items():
        print(f"{name:<14} {r['precision']:6.3f} {r['recall']:6.3f} {r['f1']:6.3f} {r['accuracy']:6.3f}")
    print(f"structure() time: {results['project']['seconds']:.2f}s for {n} pages, "
          f"{results['project']['seconds_1mb']:.2f}s for one 1 MB input")
    return 0


if __name__ == "__main__":
    sys.exit(main())
