"""Benchmark: the HTML path (saved page -> article body) beside other extractors.

Reads the 60 saved news pages in ``../shared/data/article-extraction-benchmark/html/``
with ``builder.read.html.read_html`` and the project's structure rules
(``builder.extract.html.structure_page``), joins the body paragraphs with newlines and
scores them against the gold ``articleBody`` with the benchmark's word-4-gram metric (the
scoring function of ``benchmarks/extraction.py``, shared, not re-implemented). Beside the
project it prints, scored the same way:

* the stages of the project's path: trafilatura's main text alone (as the project
  asks for it: precision mode, one line per block; ``trafilatura-precision``), and
  that text, headline and figure captions through ``structure()`` without the
  markup's witness (``trafilatura+structure``); and the text path alone on the whole
  page rendered as text (``page-text+structure``, the alternative design);
* the stored outputs of other systems in ``system-outputs/`` (trafilatura 2.0.0,
  newspaper4k, readability-lxml, ...).

Usage (from the repository root)::

    python benchmarks/html_extraction.py [--limit N] [--json] [--show ID]

Exits 0 with a message when the shared data folder is absent.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.extraction import DATA, page_counts, score, system_predictions  # noqa: E402

PEERS = ("trafilatura", "newspaper", "readability", "readability_js", "news_please", "goose3",
         "go_trafilatura", "rs_trafilatura", "justext", "html-text")


def load(limit: int | None = None) -> tuple[dict[str, Path], dict[str, str]]:
    """(html paths, golds) keyed by page id, sorted by id, first `limit` pages."""
    truth = json.loads((DATA / "ground-truth.json").read_text(encoding="utf-8"))
    ids = sorted(truth)[:limit] if limit is not None else sorted(truth)
    return ({i: DATA / "html" / f"{i}.html.gz" for i in ids},
            {i: truth[i]["articleBody"] for i in ids})


def project_stages(paths: dict[str, Path]) -> tuple[dict[str, dict[str, str]], float, list[str]]:
    """Predictions of each stage of the HTML path, the time taken, and refused pages."""
    from builder.errors import ContentError
    from builder.extract.html import structure_page
    from builder.extract.structure import structure
    from builder.read.html import read_html

    stages: dict[str, dict[str, str]] = {"project": {}, "trafilatura-precision": {},
                                         "trafilatura+structure": {}, "page-text+structure": {}}
    refused: list[str] = []
    start = time.perf_counter()
    for i, path in paths.items():
        try:
            page = read_html(path)
        except ContentError as exc:
            refused.append(exc.format())
            for d in stages.values():
                d[i] = ""
            continue
        stages["trafilatura-precision"][i] = "\n".join(
            b.text for b in page.blocks if b.kind not in ("title", "caption", "credit"))
        stages["trafilatura+structure"][i] = "\n".join(structure(page.text).paragraphs)
        stages["page-text+structure"][i] = "\n".join(structure(page.page_text).paragraphs)
        stages["project"][i] = "\n".join(structure_page(page).paragraphs)
    return stages, time.perf_counter() - start, refused


def run(limit: int | None = None) -> dict:
    paths, golds = load(limit)
    stages, seconds, refused = project_stages(paths)
    results: dict[str, dict] = {name: score(preds, golds) for name, preds in stages.items()}
    results["project"]["seconds"] = seconds
    results["project"]["refused"] = refused
    for name in PEERS:
        if (DATA / "system-outputs" / f"{name}.json").is_file():
            results[f"stored:{name}"] = score(system_predictions(name, list(golds)), golds)
    return results


def show(page_id: str) -> None:
    """One page's lines, their class and whether the gold has them (for reading, not tuning)."""
    from builder.extract.html import structure_page
    from builder.read.html import read_html

    paths, golds = load()
    match = [i for i in paths if i.startswith(page_id)]
    if not match:
        print(f"no page id starting with {page_id}")
        return
    i = match[0]
    page = read_html(paths[i])
    s = structure_page(page)
    gold = golds[i]
    for ln, b in zip(s.lines, page.blocks):
        mark = "G" if ln.text.strip() and ln.text.strip() in gold else " "
        link = "L" if b.link else " "
        print(f"{mark}{link} {b.kind:9s} {ln.cls:14s} {ln.text[:100]}")
    tp, fp, fn = page_counts("\n".join(s.paragraphs), gold)
    print(f"date {page.date}  url {page.url}  authors {page.authors}  site {page.site_name}")
    print(f"tp {tp:.3f} fp {fp:.3f} fn {fn:.3f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit", type=int, default=None, help="score only the first N pages (by id)")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    parser.add_argument("--show", metavar="ID", help="print one page's lines and classes")
    args = parser.parse_args(argv)
    if not (DATA / "html").is_dir():
        print(f"skipped: benchmark data not found at {DATA}", file=sys.stderr)
        return 0
    if args.show:
        show(args.show)
        return 0
    results = run(args.limit)
    if args.json:
        print(json.dumps(results, indent=2))
        return 0
    n = results["project"]["pages"]
    print(f"article-extraction-benchmark, saved HTML pages, {n} pages (word 4-gram metric)")
    print(f"{'system':<26} {'P':>6} {'R':>6} {'F1':>6} {'exact':>6}")
    for name, r in sorted(results.items(), key=lambda kv: -kv[1]["f1"]):
        print(f"{name:<26} {r['precision']:6.3f} {r['recall']:6.3f} {r['f1']:6.3f} {r['accuracy']:6.3f}")
    for msg in results["project"]["refused"]:
        print(f"refused: {msg}")
    print(f"HTML path time: {results['project']['seconds']:.2f}s for {n} pages "
          "(read, extract, metadata, structure; all stages above)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
