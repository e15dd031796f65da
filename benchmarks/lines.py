"""Event lines an editor would publish: the share of chronology entries whose line reads
as a correct standalone line, on a fixed sample of unseen articles.

The sample is 129 articles of the hand-judged set (``SAMPLE``; the 7 articles last added
(3 TempEval-3, 4 PolNeAR train) were judged at first sight by j13a and j13b: 9 of 51
right, 0.176; the 7 before them (3 TempEval-3, 4 PolNeAR train) were judged at first sight
by j12a and j12b: 8 of 40 right, 0.200; the 7 before them (3 TempEval-3, 4 PolNeAR train) were judged at first sight
by j11a and j11b: 12 of 52 right, 0.231; the 13 before them (6 TempEval-3, 7 PolNeAR train) were judged at first
sight by j10a and j10b: 17 of 51 right, 0.333; the 12 TempEval-3 articles before them (AP, NYT, VOA, WSJ) were judged at first sight by j8a and j8b: 19 of 81 right,
0.235; the 12 before them, newswire and broadcast transcripts, were judged at first sight
by j7a and j7b: 11 of 49 right, 0.224; the 12 TempEval-3 articles before them were judged at first sight
by j6a and j6b: 13 of 88 right, 0.148; the 14 PolNeAR
articles before them were judged at first sight by j5a and j5b: 16 of 79 right, 0.203; the 11 before them, added on
2026-12-07 by judge4a and judge4b, lines judged at first sight: 19 of 81 right, 0.235;
opinion, explainer and feature pages). Before them, 34: the first 12 (six outlets,
six PolNeAR), judge3's 10 new articles, and 12 more added on 2026-12-07 for issue 14 so
that the line rules are tuned on more than a dozen articles (BBC, CBS, CNBC, Deccan Herald,
Detroit News, Fox, NYT, Reuters, San Antonio Express-News, Sky, Guardian, one Washington
Post PolNeAR article: outlets with several dated events). Share of right lines on the 34
at main 06cc005 (before the issue-14 line work): 0.469 (121 of 258); on the 24 of them
at main b70d014: 0.500 (100 of 200). It is built into one site as a user builds it (``sample_site.py``: ``python -m builder import``,
then extraction and the link stage). Every chronology entry of that site (publications
aside) is one item: its line, its date, its kind.

With ``--set NAME`` the sample is instead every article of ``benchmarks/judged/NAME/``
(``--set holdout``: the holdout set, measure only, never tune on it; see its README), and
its judgements live in ``benchmarks/judged/NAME/lines/``.

Judgements live in ``benchmarks/judged/lines/<judged name>.yml``, one file per article,
keyed by the line's text, so a change to the builder needs only its NEW lines judged:

    lines:
      - line: "Tim Morrison testified before the House Intelligence Committee."
        verdict: right            # right | wrong
        why: ""                   # for a wrong line: what an editor would object to

An editor's criteria, strictly (a line is ``right`` only if all hold):

* a grammatical sentence that stands alone: no dangling fragment ("Which is not to say
  ...", "Shortly after news broke ..."), no ellipsis, no quotation cut open;
* who did what: the subject is named or plain without the article ("He", "The company",
  "The two leaders" when the article names them are wrong; "Teachers" is fine);
* true to the source: it says what the source sentence says, and of the happening the
  date belongs to (a clause about another time is wrong);
* at most about 30 words (35 is the hard limit);
* the entry's own relative date phrase is gone ("on Tuesday", "yesterday" left in a
  happening's line are wrong; a background line may keep the phrase that frames it);
* something the chronology should show: page furniture, a date line or a quotation's
  date of speaking as an entry makes its line wrong.

    python benchmarks/lines.py                  # the share; lists nothing
    python benchmarks/lines.py --show unjudged  # each line without a judgement, with its source
    python benchmarks/lines.py --show wrong     # also the lines judged wrong
    python benchmarks/lines.py --draft          # append the unjudged lines to the judgement
                                                #   files with ``verdict: null``, to fill in
    python benchmarks/lines.py --keep DIR       # keep (or reuse) the built sample in DIR
    python benchmarks/lines.py --set holdout    # the holdout set (any option above applies)

Unjudged lines count against the share (as ``judged.py`` counts unjudged items): judge
them, then run it again.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
import sample_site  # noqa: E402

LINES = sample_site.JUDGED / "lines"
SAMPLE = [
    "ap-82b6d780", "cnn-ef4e67b6", "la-times-8634d121", "the-hill-156770d6",
    "times-union-d0382c0d", "usa-today-c58aa507",
    "polnear-breitbart-2016-03-02-christie-shell-shocked",
    "polnear-huff-post-2016-03-02-sanders-beats-clinton-oklahoma",
    "polnear-nyt-2016-03-05-polls-deal-on-court",
    "polnear-politico-2015-11-24-clinton-iowa-dilemma",
    "polnear-politico-2016-03-07-trump-scrambles-map",
    "polnear-west-journal-2016-03-04-kasich-bet",
    # 10 newly judged articles (judge3, merged on main)
    "ct-post-05844573", "sfgate-5caf91b8", "cleveland-com-35b15891", "houston-chronicle-9ebb3af6", "express-ba4dfe2d", "cnn-d605bdef", "detroit-news-65ce3a45", "san-antonio-express-news-ef2b3f26", "cnbc-ffc109d4", "business-insider-fde930b0",
    # widened 2026-12-07 (issue 14): 12 more of the judged set, outlets with several dated events
    "bbc-c7e39ac4", "cbs-news-7a664e40", "cnbc-374ac9a5", "deccan-herald-39d5c43b",
    "detroit-news-7de52419", "fox-news-eb62ac84", "new-york-times-702d1da6", "reuters-57d46c9d",
    "san-antonio-express-news-eecd2575", "sky-news-92101975", "the-guardian-5fa3154e",
    "polnear-wash-post-2015-11-16-clinton-emails-in-system",
    # judged 2026-12-07 by judge4b at first sight (main 2e6090f): 5 articles new to the project
    "the-telegraph-88c328b6", "politifact-b6906ca0", "washington-examiner-e4c6a3b4",
    "times-union-ecb46e3e", "business-insider-f81c6c05",
    # judged 2026-12-07 by judge4a at first sight (main 2e6090f): 6 whole-page texts no judged file used before
    "wall-street-journal-042bb7b5", "new-york-times-04a6711c", "vox-16c30add", "slate-851498a2",
    "oregonlive-87438a0d", "washington-examiner-87bf6057",
    # judged 2026-12-07 by j5a and j5b at first sight (main 1668a79): 14 PolNeAR train
    # articles from May-August 2016, two per publisher; lines 16 of 79 right (0.203)
    "polnear-breitbart-2016-07-10-fallin-racial-healer",
    "polnear-breitbart-2016-08-24-clinton-state-donors",
    "polnear-huff-post-2016-05-12-zimmerman-gun-auction",
    "polnear-huff-post-2016-05-19-ferguson-dangerous",
    "polnear-nyt-2016-06-07-china-overcapacity",
    "polnear-nyt-2016-07-30-oil-prices-market",
    "polnear-politico-2016-05-23-sanders-puerto-rico",
    "polnear-politico-2016-08-11-pence-blames-media",
    "polnear-usa-today-2016-06-03-calif-win-sanders",
    "polnear-usa-today-2016-06-10-dems-senate",
    "polnear-wash-post-2016-06-14-trump-primary-fight",
    "polnear-wash-post-2016-06-28-ruling-abortion",
    "polnear-west-journal-2016-07-23-trump-munich",
    "polnear-west-journal-2016-08-18-biden-japan",
    # judged 2026-12-07 by j6a and j6b at first sight (lead2 8522abf): 12 TempEval-3 TBAQ
    # articles (AP, NYT, Xinhua 1998-2000; Wall Street Journal 1989); lines 13 of 88 (0.148)
    "tbaq-apw-19990607-0041",
    "tbaq-apw-20000107-0318",
    "tbaq-apw-20000401-0150",
    "tbaq-nyt-19980206-0460",
    "tbaq-nyt-20000329-0359",
    "tbaq-nyt-20000403-0463",
    "tbaq-wsj-0533",
    "tbaq-wsj-0557",
    "tbaq-wsj-0610",
    "tbaq-wsj-0778",
    "tbaq-xie-19980812-0062",
    "tbaq-xie-19980821-0077",
    # judged 2026-12-07 by j7a and j7b at first sight (main e802177): 12 more TBAQ articles,
    # other shapes too (AP 1990, San Jose Mercury News 1991, ABC, CNN, VOA and PRI broadcast
    # transcripts of 1998, AP, NYT, Xinhua 1998-2000, WSJ 1989); lines 11 of 49 (0.224)
    "tbaq-abc-19980108-1830-0711",
    "tbaq-ap-900816-0139",
    "tbaq-apw-20000115-0031",
    "tbaq-cnn-19980213-2130-0155",
    "tbaq-nyt-19981120-0362",
    "tbaq-nyt-20000105-0325",
    "tbaq-pri-19980303-2000-2550",
    "tbaq-sjmn-91-06338157",
    "tbaq-voa-19980331-1700-1533",
    "tbaq-wsj-0376",
    "tbaq-wsj-0781",
    # judged 2026-12-07 by j8a and j8b at first sight (main 74df8ad): 12 more TBAQ articles
    # (AP 1998-2000, NYT 1998-2000, VOA 1998, WSJ 1989); lines 19 of 81 (0.235)
    "tbaq-apw-19980306-1001",
    "tbaq-apw-19980818-0515",
    "tbaq-apw-20000210-0328",
    "tbaq-apw-20000417-0031",
    "tbaq-nyt-19980907-0112",
    "tbaq-nyt-19981025-0216",
    "tbaq-nyt-19981026-0446",
    "tbaq-nyt-20000330-0406",
    "tbaq-voa-19980305-1800-2603",
    "tbaq-wsj-0575",
    "tbaq-wsj-0810",
    "tbaq-wsj-0938",
    # judged 2026-12-07 by j10a and j10b at first sight (main 410a590): 6 TBAQ articles
    # (WSJ 1989, Xinhua, ABC and PRI transcripts, NYT 1998) and 7 PolNeAR train articles
    # (one per publisher, 2015-2016); lines 17 of 51 (0.333)
    "tbaq-abc-19980114-1830-0611", "tbaq-nyt-19980402-0453", "tbaq-pri-19980216-2000-0170",
    "tbaq-wsj-0151", "tbaq-wsj-0670", "tbaq-xie-19980808-0031",
    "polnear-breitbart-2016-07-27-obama-frame-election",
    "polnear-huff-post-2016-05-11-sanders-female-reporter",
    "polnear-nyt-2016-05-27-clinton-tight-primary",
    "polnear-politico-2016-07-11-republicans-doj-investigate",
    "polnear-usa-today-2016-01-19-clinton-media-strategy",
    "polnear-wash-post-2016-06-02-trump-vendetta",
    "polnear-west-journal-2015-11-10-christian-speaker",
    "tbaq-xie-19990313-0229",
    # judged 2026-12-07 by j11a and j11b at first sight (main 79da322): 3 TBAQ articles
    # (WSJ 1989, Xinhua 1999, AP 1998; a fourth, WSJ 1989, has no dated event) and 4
    # PolNeAR train articles (Politico, Western Journal, Washington Post, NYT; 2016);
    # lines 12 of 52 (0.231)
    "tbaq-apw-19980810-0907", "tbaq-wsj-0172", "tbaq-xie-19990313-0173",
    "polnear-nyt-2016-06-17-twitter-next",
    "polnear-politico-2016-03-23-sanders-scrambles",
    "polnear-wash-post-2016-03-18-rabbis-boycott-trump",
    "polnear-west-journal-2016-03-01-trump-firestorm",
    # judged 2026-12-07 (the next stop) by j12a and j12b at first sight (main a8810f2): 3 TBAQ
    # articles (WSJ 1989, NYT 2000, AP 2000; a fourth, WSJ 1989, has no dated event) and 4
    # PolNeAR train articles (Washington Post, Breitbart, NYT twice; 2016); lines 8 of 40 (0.200)
    "tbaq-wsj-1025", "tbaq-nyt-20000406-0002", "tbaq-apw-20000216-0193",
    "polnear-wash-post-2016-07-03-trump-star-tweet",
    "polnear-breitbart-2016-06-20-clinton-rise-isis",
    "polnear-nyt-2016-05-19-overtime-eligibility",
    "polnear-nyt-2016-08-22-hannity-adviser",
    # judged 2026-12-07 (the stop after) by j13a and j13b at first sight (main 9733746): 3 TBAQ
    # articles (WSJ 1989 twice, NYT 1998; a fourth, WSJ 1989, has no dated event) and 4
    # PolNeAR train articles (USA Today, Politico, Western Journal, NYT; 2016); lines 9 of 51 (0.176)
    "tbaq-wsj-1013", "tbaq-wsj-0904", "tbaq-nyt-19980212-0019",
    "polnear-usa-today-2016-07-27-michelle-obama-made-america-pay",
    "polnear-politico-2016-07-02-sanders-california-supporters",
    "polnear-west-journal-2016-05-26-rnc-spending",
    "polnear-nyt-2016-03-21-factory-workers-globalization",
]
VERDICTS = ("right", "wrong")


def sample_of(set_name: str | None) -> tuple[Path, list[str], Path]:
    """(folder of the judgement files, the sample's names, folder of the line judgements)
    for the default sample or the set ``benchmarks/judged/<set_name>/``."""
    if not set_name:
        return sample_site.JUDGED, SAMPLE, LINES
    folder = sample_site.JUDGED / set_name
    names = sorted(f.stem for f in folder.glob("*.yml"))
    if not names:
        raise SystemExit(f"no judgement files under {folder}")
    return folder, names, folder / "lines"


def load_judgements(name: str, lines: Path = LINES) -> dict[str, dict]:
    path = lines / f"{name}.yml"
    if not path.exists():
        return {}
    doc = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    out = {}
    for item in doc.get("lines") or []:
        if item.get("verdict") not in VERDICTS + (None,):
            raise SystemExit(f"{path}: {item.get('line')!r}: verdict must be right or wrong")
        out[item["line"]] = item
    return out


def items(ids: dict[str, str], articles, collection) -> list[dict]:
    """Every chronology entry of the sample site as one item to judge."""
    name_of = {aid: name for name, aid in ids.items()}
    by_id = {a.id: a for a in articles}
    out = []
    for e in collection.events:
        if e.kind == "publication" or not e.sources:
            continue
        first = e.sources[0].article
        sentences = []
        for s in e.sources:
            a = by_id.get(s.article)
            for ev in (a.events if a else []):
                if ev.paragraph == s.paragraph and (ev.date.startswith(e.date) or e.date.startswith(ev.date)) \
                        and ev.sentence not in sentences:
                    sentences.append(ev.sentence)
        out.append({"article": name_of.get(first, first), "line": e.text, "date": e.date,
                    "precision": e.precision, "kind": e.kind, "id": e.id,
                    "people": [p.name for p in e.people], "sources": sentences})
    return out


def score(found: list[dict], lines: Path = LINES) -> dict:
    right = wrong = unjudged = 0
    for it in found:
        j = load_judgements(it["article"], lines).get(it["line"])
        it["verdict"] = j.get("verdict") if j else None
        it["why"] = (j or {}).get("why") or ""
        if it["verdict"] == "right":
            right += 1
        elif it["verdict"] == "wrong":
            wrong += 1
        else:
            unjudged += 1
    n = right + wrong + unjudged
    return {"entries": n, "right": right, "wrong": wrong, "unjudged": unjudged,
            "share": right / n if n else 0.0,
            "share_of_judged": right / (right + wrong) if right + wrong else 0.0}


def draft(found: list[dict], lines: Path = LINES) -> int:
    """Append every unjudged line to its article's judgement file, verdict null."""
    lines.mkdir(parents=True, exist_ok=True)
    added = 0
    for name in sorted({it["article"] for it in found}):
        known = load_judgements(name, lines)
        new = [it for it in found if it["article"] == name and it["line"] not in known]
        if not new:
            continue
        path = lines / f"{name}.yml"
        text = path.read_text(encoding="utf-8") if path.exists() else "lines:\n"
        for it in new:
            text += "# " + it["date"] + " " + it["precision"] + " " + it["kind"] + "\n"
            for s in it["sources"]:
                text += "#   < " + s.replace("\n", " ") + "\n"
            text += yaml.safe_dump([{"line": it["line"], "verdict": None, "why": ""}],
                                   allow_unicode=True, width=1000, sort_keys=False)
            added += 1
        path.write_text(text, encoding="utf-8")
    return added


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--show", choices=["unjudged", "wrong", "all"])
    ap.add_argument("--draft", action="store_true", help="append unjudged lines to the judgement files")
    ap.add_argument("--keep", type=Path, help="build the sample site in (or reuse) this folder")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--set", metavar="NAME", help="the sample is every article of benchmarks/judged/"
                    "NAME/ (holdout: measure only, never tune on it), lines judged in NAME/lines/")
    args = ap.parse_args(argv)
    if not sample_site.SHARED.is_dir():
        print(f"skipped: the shared data is not at {sample_site.SHARED} (set TL_SHARED_DATA)")
        return 0
    folder, sample, lines = sample_of(args.set)
    ids, articles, collection = sample_site.sample_project(sample, args.keep, folder=folder)
    found = items(ids, articles, collection)
    figures = score(found, lines)
    if args.draft:
        print(f"{draft(found, lines)} unjudged lines added under {lines}")
    if args.json:
        print(json.dumps({"figures": figures, "items": found}, indent=1, ensure_ascii=False))
        return 0
    if args.show:
        wanted = {"unjudged": (None,), "wrong": (None, "wrong"), "all": (None, "wrong", "right")}[args.show]
        for it in found:
            if it["verdict"] in wanted:
                print(f"[{it['verdict'] or 'UNJUDGED'}] {it['article']} {it['date']} {it['precision']} "
                      f"{it['kind']}  {it['why']}\n    {it['line']}")
                for s in it["sources"]:
                    print(f"      < {s}")
        print()
    f = figures
    print(f"event lines: {f['entries']} entries in {len(sample)} articles, right {f['share']:.3f} "
          f"({f['right']} right, {f['wrong']} wrong, {f['unjudged']} unjudged; "
          f"of the judged {f['share_of_judged']:.3f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
