"""Benchmark: CPU time of per-article extraction, and a hash proving the output unchanged.

Runs ``builder.extract.article.extract_text`` (structure, quotes, timex, events) on the
seeds in ``content/articles/*.md``, the 60 texts of ``../shared/data/article-extraction-
benchmark/text/`` and the first 100 PolNeAR train texts (``../shared/data/polnear/``), read
in place. Prints ms/article (``time.process_time``, best of ``--repeat`` runs) per set and
overall, and a SHA-256 of the JSON of every output (the full Article and the warnings):
a speed-up must leave the hash unchanged.

Usage (from the repository root)::

    python benchmarks/extract_speed.py [--repeat N] [--profile N]

``--profile N`` prints the N most expensive functions (cProfile, cumulative and own time).
Sets whose data folder is absent are skipped (the hash then covers fewer articles).
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from dataclasses import asdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from builder.extract.article import extract_text  # noqa: E402

SHARED = REPO.parent / "shared" / "data"
DATE = "2016-06-01"   # a fixed publication date for the undated benchmark texts


def corpus() -> dict[str, list[tuple[str, str, str | None]]]:
    """set name -> [(path, text, date)]"""
    sets = {"seeds": [(str(p.relative_to(REPO)), p.read_text(encoding="utf-8"), None)
                      for p in sorted((REPO / "content" / "articles").glob("*.md"))]}
    aeb = sorted((SHARED / "article-extraction-benchmark" / "text").glob("*.txt"))
    pol = sorted((SHARED / "polnear" / "train" / "text").glob("*.txt"))[:100]
    for name, files in (("aeb", aeb), ("polnear", pol)):
        if files:
            sets[name] = [(p.name, p.read_text(encoding="utf-8"), DATE) for p in files]
    return sets


def run(items) -> list[dict]:
    out = []
    for path, text, date in items:
        ex = extract_text(text, path, date)
        out.append({"path": path, "article": asdict(ex.article), "warnings": ex.warnings})
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--profile", type=int, default=0)
    args = ap.parse_args(argv)
    sets = corpus()
    everything = [item for items in sets.values() for item in items]
    if args.profile:
        import cProfile
        import pstats
        prof = cProfile.Profile()
        prof.runcall(run, everything)
        stats = pstats.Stats(prof).strip_dirs()
        stats.sort_stats("tottime").print_stats(args.profile)
        stats.sort_stats("cumulative").print_stats(args.profile)
        return 0
    outputs, total_ms = [], 0.0
    for name, items in sets.items():
        best = None
        for _ in range(max(1, args.repeat)):
            t0 = time.process_time()
            result = run(items)
            spent = time.process_time() - t0
            best = spent if best is None else min(best, spent)
        outputs.extend(result)
        total_ms += best * 1000
        print(f"{name:8} {len(items):4d} articles  {best * 1000 / len(items):7.2f} ms/article")
    print(f"{'all':8} {len(everything):4d} articles  {total_ms / len(everything):7.2f} ms/article")
    blob = json.dumps(outputs, sort_keys=True, ensure_ascii=False, default=str)
    print("sha256", hashlib.sha256(blob.encode("utf-8")).hexdigest())
    return 0


if __name__ == "__main__":
    sys.exit(main())
