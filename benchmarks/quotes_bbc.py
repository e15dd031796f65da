"""Benchmark: quote extraction and speaker attribution on 40 real BBC articles.

Runs ``builder.extract.quotes.extract_quotes`` on ``../shared/data/bbc-news-quotes/*/*.txt``
(line 1 the headline, then paragraphs separated by blank lines). There is no gold
annotation, so it prints, per article, every quote with its speaker (as found and as
written), cue and outlet, and the article's speakers with their roles, for a person to
check; then totals:

* articles, paragraphs, quotes (direct / indirect), quotes without a speaker,
  speakers (people / organisations), notices by kind;
* quote marks: the number of paired ``"`` marks in the texts next to the number of
  direct quotes found (a rough check that no quotation is missed);
* time per article (mean and slowest), measured over ``--repeat`` runs.

Usage (from the repository root)::

    python benchmarks/quotes_bbc.py [--limit N] [--quiet] [--json] [--repeat K]

Exits 0 with a message when the shared data folder is absent.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

DATA = REPO.parent / "shared" / "data" / "bbc-news-quotes"


def read_article(path: Path) -> tuple[str, list[str]]:
    text = path.read_text(encoding="utf-8")
    blocks = [b.strip() for b in text.replace("\r\n", "\n").split("\n\n") if b.strip()]
    if not blocks:
        return path.stem, []
    lines = blocks[0].split("\n")
    headline, rest = lines[0].strip(), "\n".join(lines[1:]).strip()
    paragraphs = ([rest] if rest else []) + blocks[1:]
    return headline, paragraphs


def short(text: str, n: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--limit", type=int, default=0, help="only the first N articles")
    ap.add_argument("--quiet", action="store_true", help="totals only")
    ap.add_argument("--json", action="store_true", help="totals as JSON")
    ap.add_argument("--repeat", type=int, default=3, help="timing runs per article")
    args = ap.parse_args(argv)
    if not DATA.is_dir():
        print(f"quotes_bbc: skipped: {DATA} not found (the shared data folder is absent)")
        return 0
    from builder.extract.quotes import extract_quotes

    files = sorted(DATA.glob("*/*.txt"))
    if args.limit:
        files = files[: args.limit]
    totals: Counter = Counter()
    notices: Counter = Counter()
    times: list[tuple[float, str]] = []
    for path in files:
        headline, paragraphs = read_article(path)
        best = float("inf")
        for _ in range(max(1, args.repeat)):
            t0 = time.perf_counter()
            quotes, speakers, found = extract_quotes(paragraphs)
            best = min(best, time.perf_counter() - t0)
        name = f"{path.parent.name}/{path.name}"
        times.append((best, name))
        totals["articles"] += 1
        totals["paragraphs"] += len(paragraphs)
        totals["quote marks paired"] += sum(p.count('"') + p.count("“") + p.count("”")
                                            for p in paragraphs) // 2
        for q in quotes:
            totals[f"quotes {q.kind}"] += 1
            if q.speaker is None:
                totals[f"quotes {q.kind} without speaker"] += 1
            if paragraphs[q.paragraph][q.start:q.end] != q.text:
                totals["quotes with wrong offsets"] += 1
        for s in speakers:
            totals[f"speakers {s.kind}"] += 1
        for n in found:
            notices[n.kind] += 1
        if args.quiet or args.json:
            continue
        print(f"===== {name}: {headline}")
        for q in quotes:
            via = f"; via {q.outlet}" if q.outlet else ""
            written = f" ({q.speaker_as_written}; {q.cue}{via})" if q.speaker_as_written else ""
            mark = "“”" if q.kind == "direct" else "~~"
            print(f"  [{q.paragraph}] {q.kind[:3]} {q.speaker or '—'}{written}: "
                  f"{mark[0]}{short(q.text)}{mark[1]}")
        for s in speakers:
            extra = []
            if s.roles:
                extra.append("roles: " + "; ".join(s.roles))
            if s.aliases:
                extra.append("also: " + ", ".join(s.aliases))
            print(f"  * {s.name} [{s.kind}]" + (" — " + " | ".join(extra) if extra else ""))
        print()
    n = max(1, totals["articles"])
    mean = sum(t for t, _ in times) / n
    slowest = max(times) if times else (0.0, "-")
    result = {
        "articles": totals["articles"],
        "paragraphs": totals["paragraphs"],
        "quotes_direct": totals["quotes direct"],
        "quotes_indirect": totals["quotes indirect"],
        "direct_without_speaker": totals["quotes direct without speaker"],
        "indirect_without_speaker": totals["quotes indirect without speaker"],
        "quote_mark_pairs": totals["quote marks paired"],
        "speakers_person": totals["speakers person"],
        "speakers_organisation": totals["speakers organisation"],
        "wrong_offsets": totals["quotes with wrong offsets"],
        "notices": dict(notices),
        "ms_per_article_mean": round(mean * 1000, 2),
        "ms_per_article_max": round(slowest[0] * 1000, 2),
        "slowest_article": slowest[1],
    }
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    print("totals")
    print(f"  articles {result['articles']}, paragraphs {result['paragraphs']}")
    print(f"  quotes: {result['quotes_direct']} direct ({result['direct_without_speaker']} "
          f"without speaker), {result['quotes_indirect']} indirect "
          f"({result['indirect_without_speaker']} without speaker)")
    print(f"  quote-mark pairs in the texts: {result['quote_mark_pairs']} "
          f"(direct quotes found: {result['quotes_direct']})")
    print(f"  speakers: {result['speakers_person']} people, "
          f"{result['speakers_organisation']} organisations")
    print(f"  notices: " + (", ".join(f"{k} {v}" for k, v in sorted(notices.items())) or "none"))
    print(f"  quotes with wrong offsets: {result['wrong_offsets']}")
    print(f"  time per article: mean {result['ms_per_article_mean']} ms, slowest "
          f"{result['ms_per_article_max']} ms ({result['slowest_article']})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
