"""Benchmark: headline, publication date and refusals on copied text the project never saw.

Runs ``python -m builder extract PATH`` (as a user runs it, without ``--date``, so the date
is the one the text states) on

* the 60 whole-page texts of ``../shared/data/article-extraction-benchmark/text/``; the
  gold comes from each page's saved HTML (``html/<id>.html.gz``), read here on its own,
  not through the project's reader: the headline candidates are the page's ``og:title``,
  ``twitter:title``, JSON-LD ``headline``, ``<h1>`` and ``<title>`` (a site name after
  `` | `` or `` - `` removed), the date is JSON-LD ``datePublished`` or the
  ``article:published_time`` meta, as the page wrote it (its local day);
* a fixed sample of PolNeAR articles (every ``--step``-th of train and dev): the gold
  headline is the text's first line and ``metadata.tsv``'s ``title``; the gold date is
  ``publication_date`` (these texts state no date: an article is right to stay undated,
  and any date it is given is wrong unless it is that one).

Scores, per set:
  refused        articles the command refused (exit code not 0)
  headline exact the title equals a gold candidate (case, quote marks, spacing and final
                 punctuation aside)
  headline fuzzy the title's words and a candidate's overlap by Dice >= 0.8, or one holds
                 the other whole (the title at least 4 words): a kept kicker or a dropped
                 site name
  date right     the inferred date equals the gold date (or is a day off when the gold is
                 a UTC time: the page prints its own time zone's day), over the articles
                 with a gold date; ``wrong`` counts dates that differ (worse than none: an
                 editor trusts them), ``undated`` articles given none

Usage (from the repository root)::

    python benchmarks/headlines.py [--set aeb|polnear|all] [--step N] [--show wrong] [--json]

Exits 0 with a message when the shared data folder is absent.
"""
from __future__ import annotations

import argparse
import concurrent.futures as cf
import csv
import datetime as dt
import gzip
import html as html_lib
import json
import os
import re
import subprocess
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import in_process  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("TL_SHARED_DATA") or REPO.parent / "shared" / "data")
AEB = SHARED / "article-extraction-benchmark"
POLNEAR = SHARED / "polnear"
# every STEP-th PolNeAR article (train and dev, sorted by name): 924 / 14 -> 66 articles
STEP = 14


# ---- gold -------------------------------------------------------------------------------


@dataclass
class Item:
    name: str
    path: Path
    headlines: list[str]          # acceptable headlines (any matches)
    date: str | None              # YYYY-MM-DD
    states_date: bool = True      # the text itself states its date (PolNeAR's do not)
    utc: bool = False             # the gold is a UTC time: the page's own day may be a day off
    got: dict = field(default_factory=dict)
    error: str = ""


_META = re.compile(r"<meta\b[^>]{0,2000}>", re.IGNORECASE | re.DOTALL)
_ATTR = re.compile(r"""([\w:.-]+)\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)""")
_H1 = re.compile(r"<h1\b[^>]{0,2000}>(.{0,3000}?)</h1>", re.IGNORECASE | re.DOTALL)
_TITLE = re.compile(r"<title\b[^>]{0,500}>(.{0,2000}?)</title>", re.IGNORECASE | re.DOTALL)
_LD = re.compile(r"<script[^>]{0,500}application/ld\+json[^>]{0,200}>(.{0,200000}?)</script>",
                 re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"<[^>]{0,2000}>")
_ISO = re.compile(r"^((?:19|20)\d\d)-(\d\d)-(\d\d)")
_MONTHS = {m: i for i, m in enumerate(("jan feb mar apr may jun jul aug sep oct nov dec").split(), 1)}
_DMY = re.compile(r"^(\d{1,2}) ([A-Za-z]{3})[a-z]* ((?:19|20)\d\d)")


def _text(fragment: str) -> str:
    return re.sub(r"\s+", " ", html_lib.unescape(_TAG.sub(" ", fragment))).strip()


def _metas(page: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for m in _META.finditer(page):
        attrs = {k.lower(): v.strip("\"'") for k, v in _ATTR.findall(m.group(0))}
        key = (attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or "").lower()
        if key and "content" in attrs and key not in out:
            out[key] = html_lib.unescape(attrs["content"]).strip()
    return out


def _ld_values(page: str, key: str) -> list[str]:
    found: list[str] = []

    def visit(obj, depth=0) -> None:
        if depth > 8:
            return
        if isinstance(obj, dict):
            value = obj.get(key)
            if isinstance(value, str):
                found.append(html_lib.unescape(value).strip())
            for v in obj.values():
                visit(v, depth + 1)
        elif isinstance(obj, list):
            for v in obj:
                visit(v, depth + 1)

    for m in _LD.finditer(page):
        try:
            visit(json.loads(m.group(1)))
        except ValueError:
            continue
    return found


def _without_site(title: str) -> list[str]:
    """A <title>/og:title and the same without a site name after " | " or " - "."""
    out = [title]
    for sep in (" | ", " - ", " \u2013 ", " \u2014 "):
        if sep in title:
            head, tail = title.rsplit(sep, 1)
            if len(tail.split()) <= 5:
                out.append(head.strip())
            first, rest = title.split(sep, 1)      # "Opinion | The headline"
            if len(first.split()) <= 3:
                out.append(rest.strip())
    return out


def _is_utc(value: str | None) -> bool:
    """A time stamp in UTC ("...T01:50:59Z", "+0000"): the day the page printed, in its own
    time zone, can be the day before or after."""
    return bool(value) and bool(re.search(r"T\d\d:\d\d.*(?:Z|[+-]00:?00)$|\bGMT$", value.strip()))


def _day(value: str | None) -> str | None:
    if not value:
        return None
    value = value.strip()
    m = _ISO.match(value)
    if m:
        return None if m.group(1) == "0001" else f"{m.group(1)}-{m.group(2)}-{m.group(3)}"
    m = _DMY.match(value)
    if m and m.group(2).lower() in _MONTHS:
        return f"{m.group(3)}-{_MONTHS[m.group(2).lower()]:02d}-{int(m.group(1)):02d}"
    return None


def aeb_items() -> list[Item]:
    items = []
    for path in sorted((AEB / "text").glob("*.txt")):
        page_id = path.stem
        page = gzip.open(AEB / "html" / f"{page_id}.html.gz").read().decode("utf-8", "replace")
        metas = _metas(page)
        heads: list[str] = []
        for key in ("og:title", "twitter:title", "headline"):
            if metas.get(key):
                heads += _without_site(metas[key])
        heads += _ld_values(page, "headline")
        heads += [_text(m.group(1)) for m in _H1.finditer(page)][:3]
        t = _TITLE.search(page)
        if t:
            heads += _without_site(_text(t.group(1)))
        heads = [h for h in dict.fromkeys(heads) if len(h.split()) >= 2]
        dates = _ld_values(page, "datePublished") + [
            metas.get(k, "") for k in ("article:published_time", "datepublished", "pubdate")]
        stamp = next((d for d in dates if _day(d)), None)
        items.append(Item(page_id[:8], path, heads, _day(stamp), utc=_is_utc(stamp)))
    return items


def polnear_items(step: int = STEP) -> list[Item]:
    meta: dict[str, dict] = {}
    with open(POLNEAR / "metadata.tsv", encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            meta[row["filename"]] = row
    paths = sorted(p for split in ("train", "dev") for p in (POLNEAR / split / "text").glob("*.txt"))
    items = []
    for path in paths[::step]:
        first = path.read_text(encoding="utf-8").split("\n", 1)[0].strip()
        row = meta.get(path.stem, {})
        heads = [h for h in dict.fromkeys([first, row.get("title", "").strip()]) if h]
        items.append(Item(path.stem[:40], path, heads, _day(row.get("publication_date")), False))
    return items


# ---- the builder, as a user runs it --------------------------------------------------------


def extract(item: Item) -> Item:
    cmd = [sys.executable, "-m", "builder", "extract", str(item.path)]
    proc = subprocess.run(cmd, cwd=REPO, capture_output=True, text=True, timeout=600)
    if proc.returncode != 0:
        item.error = (proc.stderr.strip().splitlines() or [f"exit {proc.returncode}"])[-1]
    else:
        item.got = json.loads(proc.stdout)
    return item


def _extract_here(path: str) -> tuple[str, dict | str]:
    return in_process.extract_contract(Path(path))


def run(items: list[Item], jobs: int | None = None, in_process_: bool = False) -> list[Item]:
    """Extract every item: one ``python -m builder extract`` each, or with ``in_process_``
    the command's own function in worker processes (``in_process.py``: the same JSON)."""
    jobs = jobs or min(4, os.cpu_count() or 1)
    if in_process_:
        for item, (status, got) in zip(items, in_process.pool_map(_extract_here, [str(i.path) for i in items],
                                                                   min(jobs, 2), chunksize=4)):
            if status == "ok":
                item.got = got
            else:
                item.error = got.splitlines()[-1] if got else status
        return items
    with cf.ThreadPoolExecutor(jobs) as pool:
        return list(pool.map(extract, items))


# ---- scoring ---------------------------------------------------------------------------------

_QUOTES = str.maketrans({"\u201c": '"', "\u201d": '"', "\u2018": "'", "\u2019": "'",
                         "\u00a0": " ", "\u2013": "-", "\u2014": "-"})


def key(text: str | None) -> str:
    text = unicodedata.normalize("NFKC", text or "").translate(_QUOTES).casefold()
    return re.sub(r"\s+", " ", text).strip().rstrip(".!?:; ").strip()


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", key(text))


def headline_match(title: str | None, golds: list[str]) -> str:
    """"exact", "fuzzy" or "" (wrong or missing)."""
    if not title:
        return ""
    if any(key(title) == key(g) for g in golds):
        return "exact"
    tw = _words(title)
    for g in golds:
        gw = _words(g)
        if not tw or not gw:
            continue
        shared = sum(min(tw.count(w), gw.count(w)) for w in set(tw))
        if 2 * shared / (len(tw) + len(gw)) >= 0.8:
            return "fuzzy"
        if len(tw) >= 4 and (" ".join(tw) in " ".join(gw) or " ".join(gw) in " ".join(tw)):
            return "fuzzy"
    return ""


def date_right(item: Item) -> bool:
    got = item.got.get("date")
    if not got or not item.date:
        return False
    if got == item.date:
        return True
    days = abs((dt.date.fromisoformat(got) - dt.date.fromisoformat(item.date)).days)
    return item.utc and days <= 1


def figures(items: list[Item]) -> dict:
    n = len(items)
    done = [i for i in items if not i.error]
    match = [headline_match(i.got.get("title"), i.headlines) for i in done]
    dated = [i for i in items if i.date]          # a refused article is not dated right
    right = sum(1 for i in dated if not i.error and date_right(i))
    wrong = sum(1 for i in dated if not i.error and i.got.get("date") and not date_right(i))
    return {
        "articles": n,
        "refused": n - len(done),
        "headline_exact": match.count("exact") / n if n else 0.0,
        "headline_fuzzy": (match.count("exact") + match.count("fuzzy")) / n if n else 0.0,
        "dated_gold": len(dated),
        "date_right": right / len(dated) if dated else 0.0,
        "date_wrong": wrong,
        "undated": sum(1 for i in done if not i.got.get("date")),
    }


def show_wrong(items: list[Item]) -> None:
    for i in items:
        if i.error:
            print(f"  {i.name}: REFUSED {i.error}")
            continue
        m = headline_match(i.got.get("title"), i.headlines)
        if m != "exact":
            print(f"  {i.name}: headline {m or 'WRONG'}: {i.got.get('title')!r}  gold {i.headlines[:2]!r}")
        got = i.got.get("date")
        if i.date and not date_right(i) and (got or i.states_date):
            print(f"  {i.name}: date {got} ({i.got.get('date_source')}), gold {i.date}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", choices=("aeb", "polnear", "all"), default="all")
    parser.add_argument("--step", type=int, default=STEP, help="every N-th PolNeAR article")
    parser.add_argument("--show", choices=("wrong",), help="list each wrong headline and date")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--in-process", action="store_true",
                        help="the extract command's own function in worker processes instead of "
                             "one `python -m builder extract` per text (the same JSON, faster)")
    args = parser.parse_args(argv)
    if not SHARED.is_dir():
        print(f"skipped: shared data not found at {SHARED}", file=sys.stderr)
        return 0
    sets = {}
    if args.set in ("aeb", "all"):
        sets["aeb"] = run(aeb_items(), in_process_=args.in_process)
    if args.set in ("polnear", "all"):
        sets["polnear"] = run(polnear_items(args.step), in_process_=args.in_process)
    results = {name: figures(items) for name, items in sets.items()}
    if args.json:
        print(json.dumps(results, indent=2))
        return 0
    for name, r in results.items():
        print(f"{name}: {r['articles']} articles, {r['refused']} refused; headline exact "
              f"{r['headline_exact']:.3f}, fuzzy {r['headline_fuzzy']:.3f}; date right "
              f"{r['date_right']:.3f} of {r['dated_gold']} dated, {r['date_wrong']} wrong, "
              f"{r['undated']} undated")
        if args.show:
            show_wrong(sets[name])
    return 0


if __name__ == "__main__":
    sys.exit(main())
