"""Chronology merges on unseen articles: wrong merges and missed merges.

The sample is 20 outlet articles of the hand-judged set (``SAMPLE``) built into one site
as a user builds it (``sample_site.py``: ``python -m builder import``, then extraction
and the link stage's grouping). Two kinds of pairs of dated mentions are judged:

* every pair inside a merged entry (an entry of two mentions or more);
* every pair of one article's mentions of the same day left in different entries.

Judgements live beside this script in ``benchmarks/judged/merges/pairs.yml``, one per pair,
keyed by the two mentions (judged article name, time words as written, the first words
of the source sentence), so a change to the builder needs only its NEW pairs judged:

    pairs:
      - a: "ap-82b6d780 | on Tuesday | Sondland’s appearance follows the testimony"
        b: "ap-82b6d780 | Tuesday | Another diplomat, former special envoy"
        same: false               # true: one happening; false: two
        why: the testimony and Volker's later change of account

Figures: ``wrong merges`` — merged entries holding a pair judged two happenings;
``missed merges`` — for each happening (pairs judged one happening, joined), the entries
it is spread over minus one; unjudged pairs are listed and counted apart.

    python benchmarks/merges.py                     # the figures
    python benchmarks/merges.py --show unjudged     # pairs to judge, with their sentences
    python benchmarks/merges.py --show wrong        # also wrong and missed merges
    python benchmarks/merges.py --draft             # append unjudged pairs, same: null
    python benchmarks/merges.py --keep DIR          # keep (or reuse) the built sample in DIR
    python benchmarks/merges.py --wide              # the wider sample of lines.py (45 articles)
"""
from __future__ import annotations

import argparse
import itertools
import json
import sys
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
import sample_site  # noqa: E402

JUDGEMENTS = sample_site.JUDGED / "merges" / "pairs.yml"
SAMPLE = [
    "al-jazeera-7916ecca", "ap-82b6d780", "cbs-news-7a664e40", "cnbc-374ac9a5", "cnn-ef4e67b6",
    "ct-post-a6968f42", "ctv-news-b37be353", "deccan-herald-39d5c43b", "detroit-news-7de52419",
    "express-624fcd90", "fox-news-eb62ac84", "houston-chronicle-db6b0816", "la-times-8634d121",
    "new-york-times-702d1da6", "newsweek-7f93c194", "politifact-9e8c9f08", "reuters-57d46c9d",
    "san-antonio-express-news-eecd2575", "sfgate-aec5deea", "sky-news-92101975",
]
KEY_WORDS = 6


def mention_key(name: str, m) -> str:
    words = " ".join(m.event.sentence.split()[:KEY_WORDS])
    return f"{name} | {m.event.expression} | {words}"


def load() -> dict[frozenset, dict]:
    if not JUDGEMENTS.exists():
        return {}
    doc = yaml.safe_load(JUDGEMENTS.read_text(encoding="utf-8")) or {}
    return {frozenset((p["a"], p["b"])): p for p in doc.get("pairs") or []}


def candidate_pairs(groups, name_of) -> list[tuple]:
    """(key a, key b, mention a, mention b, merged?) for every pair to judge."""
    out = []
    where = {}
    for gi, g in enumerate(groups):
        for m in g:
            where[id(m)] = gi
        if len(g) > 1:
            for a, b in itertools.combinations(g, 2):
                out.append((a, b, True))
    by_day: dict[tuple, list] = {}
    for g in groups:
        for m in g:
            if m.span[0] == m.span[1] and len(m.event.date) == 10:
                by_day.setdefault((m.article, m.span), []).append(m)
    for ms in by_day.values():
        for a, b in itertools.combinations(ms, 2):
            if where[id(a)] != where[id(b)]:
                out.append((a, b, False))
    keyed = []
    seen = set()
    for a, b, merged in out:
        ka, kb = mention_key(name_of[a.article], a), mention_key(name_of[b.article], b)
        if ka == kb or frozenset((ka, kb)) in seen:
            continue
        seen.add(frozenset((ka, kb)))
        keyed.append((ka, kb, a, b, merged))
    return keyed, where


def score(groups, name_of) -> dict:
    judged = load()
    pairs, where = candidate_pairs(groups, name_of)
    wrong_groups, unjudged, wrong_pairs = set(), [], []
    same_edges = []
    for ka, kb, a, b, merged in pairs:
        j = judged.get(frozenset((ka, kb)))
        if j is None or j.get("same") is None:
            unjudged.append((ka, kb, a, b, merged))
            continue
        if merged and not j["same"]:
            wrong_groups.add(where[id(a)])
            wrong_pairs.append((ka, kb, j.get("why") or ""))
        if j["same"]:
            same_edges.append((a, b))
    # happenings: mentions joined by pairs judged the same; missed = entries beyond one
    parent: dict[int, int] = {}

    def find(x):
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    members: dict[int, object] = {}
    for a, b in same_edges:
        members[id(a)], members[id(b)] = a, b
        parent[find(id(a))] = find(id(b))
    spread: dict[int, set[int]] = {}
    for x in members:
        spread.setdefault(find(x), set()).add(where[x])
    missed = [(r, s) for r, s in spread.items() if len(s) > 1]
    merged = [g for g in groups if len(g) > 1]
    return {"mentions": sum(len(g) for g in groups), "entries": len(groups),
            "merged": len(merged), "wrong_merges": len(wrong_groups),
            "missed_merges": sum(len(s) - 1 for _, s in missed), "unjudged_pairs": len(unjudged),
            "_unjudged": unjudged, "_wrong": wrong_pairs,
            "_missed": [[mention_key(name_of[members[x].article], members[x]) for x in members
                         if find(x) == r] for r, _ in missed]}


def draft(unjudged) -> int:
    text = JUDGEMENTS.read_text(encoding="utf-8") if JUDGEMENTS.exists() else "pairs:\n"
    for ka, kb, a, b, merged in unjudged:
        text += f"# {'MERGED' if merged else 'APART'} {a.event.date}\n"
        for m in (a, b):
            text += "#   < " + " ".join(m.event.sentence.split()) + "\n"
        text += yaml.safe_dump([{"a": ka, "b": kb, "same": None, "why": ""}], allow_unicode=True,
                               width=1000, sort_keys=False)
    JUDGEMENTS.write_text(text, encoding="utf-8")
    return len(unjudged)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--show", choices=["unjudged", "wrong"])
    ap.add_argument("--draft", action="store_true", help="append unjudged pairs to merges/pairs.yml")
    ap.add_argument("--keep", type=Path, help="build the sample site in (or reuse) this folder")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--wide", action="store_true",
                    help="the sample of lines.py (more articles, more outlets) instead of SAMPLE")
    args = ap.parse_args(argv)
    sample = SAMPLE
    if args.wide:
        import lines
        sample = list(dict.fromkeys(SAMPLE + list(lines.SAMPLE)))
    if not sample_site.SHARED.is_dir():
        print(f"skipped: the shared data is not at {sample_site.SHARED} (set TL_SHARED_DATA)")
        return 0
    ids, articles, _ = sample_site.sample_project(sample, args.keep)
    from builder.link.grouping import cluster_mentions
    groups, _ = cluster_mentions(articles)
    name_of = {aid: name for name, aid in ids.items()}
    f = score(groups, name_of)
    if args.draft:
        print(f"{draft(f['_unjudged'])} unjudged pairs added to {JUDGEMENTS}")
    if args.json:
        print(json.dumps({k: v for k, v in f.items() if not k.startswith("_")}, indent=1))
        return 0
    if args.show:
        for ka, kb, a, b, merged in f["_unjudged"]:
            print(f"[UNJUDGED {'merged' if merged else 'apart'}] {a.event.date}\n    {a.event.sentence}\n"
                  f"    {b.event.sentence}")
        if args.show == "wrong":
            for ka, kb, why in f["_wrong"]:
                print(f"[WRONG MERGE] {ka}\n              {kb}\n    {why}")
            for keys in f["_missed"]:
                print("[MISSED MERGE] " + "\n               ".join(keys))
        print()
    print(f"merges: {len(sample)} articles, {f['mentions']} mentions, {f['entries']} entries, "
          f"{f['merged']} merged; wrong merges {f['wrong_merges']}, missed merges "
          f"{f['missed_merges']} (same-day mentions of one article), unjudged pairs {f['unjudged_pairs']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
