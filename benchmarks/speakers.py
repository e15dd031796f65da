"""The speaker index an editor would publish: every entry of ``docs/data/speakers.json``
(one per real person or organisation quoted) judged by hand, on news never tuned on.

The sample (``SAMPLE``) is 60 PolNeAR train articles the hand-judged set did not hold when
they were chosen, once, with ``random.Random(2026)`` over the 7 publishers (9 each of the
first four in alphabetical order, 8 each of the last three; three of them, the Breitbart
article of 2016-08-24 and the two Huffington Post ones of May 2016, were later drawn
independently for the hand-judged set's third round), with their publication dates from
``polnear/metadata.tsv``. They are imported into one throw-away project as a user does
(``python -m builder import PATH --date D``; ``sample_site.polnear_project``), then
extracted and linked in process, so the registry is the one the build would publish.
Every speaker of that registry is one item.

Judgements live in ``benchmarks/judged/speakers/speakers.yml``, keyed by the entry's
canonical name plus the sorted names (file stems) of the articles it covers, so an entry
whose membership changes is unjudged again:

    speakers:
      - name: Donald Trump
        articles: [nyt_2016-04-21_crucial-wins-for-clinton-and-tru, ...]
        verdict_name: right         # right | junk | partial | not-a-speaker
        kind: right                 # right | wrong | n/a (not-a-speaker only)
        merge: right                # right | mixed | split | n/a (not-a-speaker only)
        with: []                    # mixed: the real people in it; split: the other entry
        roles:                      # every role string of the entry: right | wrong
          Republican presidential candidate: right
          former Florida governor: wrong
        note: ""

An editor's criteria, strictly:

* ``verdict_name``: ``right`` is the person's or organisation's name in full canonical form
  as the articles give it; ``junk`` has words that are not the name ("Neither Donald J.
  Trump", "2014 Labor Department", "recent Washington Post-ABC News"); ``partial`` is a
  surname only where an article of its own gives the full name, or a first name moved into
  the role ("Maher" with role "Real Time host Bill"); ``not-a-speaker`` is not a person or
  organisation that spoke (a place, a thing, words taken for a name).
* ``kind``: person or organisation, ``wrong`` when it is the other.
* ``merge``: ``mixed`` when two real people (or a person and an organisation) share the
  entry (its aliases, roles or quotes are another's), ``split`` when this entry should be
  folded into another entry of the registry, the same speaker (``with`` names it; the
  entry it belongs in is not marked for it, so a split pair counts once).
* ``roles``: each role string is ``right`` (the speaker's own role as an article gives it,
  readable) or ``wrong`` (garbled: "Representative James E", "House Speaker of Wisconsin";
  or someone else's role).

A quote given to the wrong speaker is the quote benchmark's business (``judged.py``); here
it only makes a ``note`` ("misattributed: ..."), unless it leaves an entry whose speaker
never speaks (``not-a-speaker``) or puts a second person in one (``mixed``). A
``not-a-speaker`` entry has ``kind`` and ``merge`` ``n/a``.

An entry is *fully right* when the name, the kind and the merge are right and every role
is right. Unjudged entries, and unjudged role strings of a judged entry, count against the
figures (as ``judged.py`` counts unjudged items): judge them, then run it again.

    python benchmarks/speakers.py                  # the figures
    python benchmarks/speakers.py --show unjudged  # each entry without a judgement
    python benchmarks/speakers.py --show wrong     # also the entries with a fault
    python benchmarks/speakers.py --draft          # append unjudged entries (verdicts null)
    python benchmarks/speakers.py --keep DIR       # keep (or reuse) the built sample in DIR
    python benchmarks/speakers.py --json
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
import sample_site  # noqa: E402

JUDGEMENTS = sample_site.JUDGED / "speakers" / "speakers.yml"
SAMPLE = [
    ("breitbart_2015-12-11_exclusive-maria-espinoza-anti-il", "2015-12-11"),
    ("breitbart_2015-12-13_poll-finds-clinton-would-beat-ou", "2015-12-13"),
    ("breitbart_2016-01-23_poll-donald-trump-ties-hillary-c", "2016-01-23"),
    ("breitbart_2016-02-16_donald-trump-praises-breitbart-s", "2016-02-16"),
    ("breitbart_2016-04-23_clinton-wades-in-urges-britain-t", "2016-04-23"),
    ("breitbart_2016-04-24_anti-trump-groups-launch-ads-in-", "2016-04-24"),
    ("breitbart_2016-06-08_ready-to-back-clinton-obama-work", "2016-06-08"),
    ("breitbart_2016-08-19_as-bill-clinton-turns-a-look-at-", "2016-08-19"),
    ("breitbart_2016-08-24_report-half-clinton-s-state-meet", "2016-08-24"),
    ("huff-post_2016-03-16_hillary-clinton-wins-missouri-de", "2016-03-16"),
    ("huff-post_2016-05-11_sanders-told-a-female-reporter-n", "2016-05-11"),
    ("huff-post_2016-05-12_george-zimmerman-auctioning-off-", "2016-05-12"),
    ("huff-post_2016-05-19_ferguson-is-not-among-the-most-d", "2016-05-19"),
    ("huff-post_2016-05-24_the-myth-that-the-president-can-", "2016-05-24"),
    ("huff-post_2016-06-02_israel-not-all-doom-and-gloom", "2016-06-02"),
    ("huff-post_2016-07-28_charleston-church-shooting-survi", "2016-07-28"),
    ("huff-post_2016-08-11_donald-trump-is-now-calling-obam", "2016-08-11"),
    ("huff-post_2016-08-29_anthony-weiner-reportedly-caught", "2016-08-29"),
    ("nyt_2015-11-09_jobs-report-gives-democrats-a-li", "2015-11-09"),
    ("nyt_2016-01-30_traditionally-democrat-unions-ar", "2016-01-30"),
    ("nyt_2016-03-23_why-sanders-lags-on-black-vote-h", "2016-03-23"),
    ("nyt_2016-04-21_crucial-wins-for-clinton-and-tru", "2016-04-21"),
    ("nyt_2016-05-19_democrats-pressure-sanders-to-re", "2016-05-19"),
    ("nyt_2016-07-07_in-criticizing-clinton-hints-tha", "2016-07-07"),
    ("nyt_2016-07-21_amid-discord-trump-claims-nomina", "2016-07-21"),
    ("nyt_2016-07-26_the-one-thing-both-sides-want-br", "2016-07-26"),
    ("nyt_2016-07-27_fed-governor-adopting-a-global-l", "2016-07-27"),
    ("politico_2015-11-11_clinton-blasts-trump-over-deport", "2015-11-11"),
    ("politico_2015-12-06_clinton-time-for-intensification", "2015-12-06"),
    ("politico_2015-12-11_politico-new-york-s-culture-busi", "2015-12-11"),
    ("politico_2015-12-23_ben-carson-hints-at-major-campai", "2015-12-23"),
    ("politico_2016-02-09_trump-we-are-going-to-win-so-muc", "2016-02-09"),
    ("politico_2016-04-06_poll-trump-and-clinton-hold-narr", "2016-04-06"),
    ("politico_2016-05-26_clinton-goes-on-trump-style-phon", "2016-05-26"),
    ("politico_2016-07-29_sex-lies-and-the-grayson-family-", "2016-07-29"),
    ("politico_2016-08-28_christie-doubles-down-on-trump-s", "2016-08-28"),
    ("usa-today_2016-01-15_republicans-pile-on-obama-clinto", "2016-01-15"),
    ("usa-today_2016-02-02_maybe-trump-hasn-t-rewritten-rul", "2016-02-02"),
    ("usa-today_2016-02-18_bleak-outlook-for-bloomberg-inde", "2016-02-18"),
    ("usa-today_2016-03-02_no-clear-path-points-to-white-ho", "2016-03-02"),
    ("usa-today_2016-03-21_trump-campaign-makes-a-capital-i", "2016-03-21"),
    ("usa-today_2016-04-27_clinton-takes-pa-md-and-del-most", "2016-04-27"),
    ("usa-today_2016-06-15_obama-rips-rhetoric-over-radical", "2016-06-15"),
    ("usa-today_2016-06-17_walls-and-bans-won-t-thwart-lone", "2016-06-17"),
    ("wash-post_2015-11-24_pfizer-deal-s-tax-strategy-assai", "2015-11-24"),
    ("wash-post_2016-03-04_in-china-wake-of-trump-s-super-t", "2016-03-04"),
    ("wash-post_2016-03-18_rabbis-vow-to-boycott-trump-spee", "2016-03-18"),
    ("wash-post_2016-04-21_what-s-next-for-sanders-much-res", "2016-04-21"),
    ("wash-post_2016-06-07_cleveland-shakes-off-rust-before", "2016-06-07"),
    ("wash-post_2016-07-03_trump-tweet-that-blasts-clinton-", "2016-07-03"),
    ("wash-post_2016-07-13_eric-trump-s-not-so-sure-father-", "2016-07-13"),
    ("wash-post_2016-08-01_byline-amber-phillips", "2016-08-01"),
    ("west-journal_2015-12-09_the-email-that-makes-benghazi-lo", "2015-12-09"),
    ("west-journal_2015-12-21_obama-just-pulled-out-the-race-c", "2015-12-21"),
    ("west-journal_2016-02-09_trump-supporter-screams-controve", "2016-02-09"),
    ("west-journal_2016-02-10_look-man-spotted-directly-behind", "2016-02-10"),
    ("west-journal_2016-03-01_one-sentence-from-trump-just-set", "2016-03-01"),
    ("west-journal_2016-04-12_hollywood-actor-who-endorsed-ted", "2016-04-12"),
    ("west-journal_2016-05-05_romney-will-not-be-present-for-t", "2016-05-05"),
    ("west-journal_2016-05-12_exit-polls-in-west-virginia-spel", "2016-05-12"),
]
NAME_VERDICTS = ("right", "junk", "partial", "not-a-speaker")
KIND_VERDICTS = ("right", "wrong", "n/a")
MERGE_VERDICTS = ("right", "mixed", "split", "n/a")
ROLE_VERDICTS = ("right", "wrong")


def key(name: str, articles) -> tuple[str, tuple[str, ...]]:
    return name, tuple(sorted(articles))


def check_entry(path: Path, e: dict) -> None:
    """Raise SystemExit when a judged entry is malformed (a null verdict is a draft)."""
    where = f"{path}: {e.get('name')!r}"
    if not isinstance(e.get("name"), str) or not isinstance(e.get("articles"), list) or not e["articles"]:
        raise SystemExit(f"{where}: an entry needs a name and its articles")
    for field, allowed in (("verdict_name", NAME_VERDICTS), ("kind", KIND_VERDICTS),
                           ("merge", MERGE_VERDICTS)):
        if e.get(field) not in allowed + (None,):
            raise SystemExit(f"{where}: {field} must be one of {', '.join(allowed)}")
    if e.get("merge") in ("mixed", "split") and not e.get("with"):
        raise SystemExit(f"{where}: a {e['merge']} entry names the others in `with`")
    for role, v in (e.get("roles") or {}).items():
        if v not in ROLE_VERDICTS + (None,):
            raise SystemExit(f"{where}: role {role!r} must be right or wrong")


def load_judgements(path: Path = JUDGEMENTS) -> dict[tuple, dict]:
    if not path.exists():
        return {}
    doc = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    out = {}
    for e in doc.get("speakers") or []:
        check_entry(path, e)
        out[key(e["name"], e["articles"])] = e
    return out


def items(ids: dict[str, str], articles, collection) -> list[dict]:
    """Every speaker of the sample's registry as one item, with the quotes it holds."""
    name_of = {aid: name for name, aid in ids.items()}
    by_id = {a.id: a for a in articles}
    out = []
    for s in collection.speakers:
        quotes = []
        for ref in s.quotes:
            a = by_id.get(ref.article)
            if a is None or ref.index >= len(a.quotes):
                continue
            q = a.quotes[ref.index]
            quotes.append({"article": name_of.get(ref.article, ref.article), "paragraph": q.paragraph,
                           "as_written": q.speaker_as_written, "cue": q.cue, "text": q.text})
        roles = []
        for r in s.roles:
            if r.role not in roles:
                roles.append(r.role)
        out.append({"name": s.name, "id": s.id, "kind": s.kind, "aliases": list(s.aliases),
                    "roles": roles, "articles": sorted(name_of.get(a, a) for a in s.articles),
                    "quotes": quotes})
    return out


def score(found: list[dict], path: Path = JUDGEMENTS) -> dict:
    """Attach each item's judgement; the figures."""
    known = load_judgements(path)
    f = {"speakers": len(found), "judged": 0, "unjudged": 0, "fully_right": 0,
         "junk": 0, "partial": 0, "not_a_speaker": 0, "wrong_kind": 0, "mixed": 0, "split": 0,
         "roles_right": 0, "roles_wrong": 0, "roles_unjudged": 0}
    for it in found:
        j = known.get(key(it["name"], it["articles"]))
        it["judgement"] = j
        verdicts = j and (j.get("verdict_name"), j.get("kind"), j.get("merge"))
        if not j or None in verdicts:
            f["unjudged"] += 1
            f["roles_unjudged"] += len(it["roles"])
            it["faults"] = ["unjudged"]
            continue
        f["judged"] += 1
        faults = []
        name_v, kind_v, merge_v = verdicts
        if name_v != "right":
            faults.append(name_v)
            f[name_v.replace("-", "_")] += 1
        if kind_v == "wrong":
            faults.append("wrong-kind")
            f["wrong_kind"] += 1
        if merge_v in ("mixed", "split"):
            faults.append(merge_v)
            f[merge_v] += 1
        jroles = j.get("roles") or {}
        for role in it["roles"]:
            v = jroles.get(role)
            f[{"right": "roles_right", "wrong": "roles_wrong"}.get(v, "roles_unjudged")] += 1
            if v != "right":
                faults.append(f"role {v or 'unjudged'}: {role}")
        if not faults:
            f["fully_right"] += 1
        it["faults"] = faults
    n = f["speakers"]
    f["share_fully_right"] = f["fully_right"] / n if n else 0.0
    nroles = f["roles_right"] + f["roles_wrong"] + f["roles_unjudged"]
    f["roles"] = nroles
    f["share_roles_right"] = f["roles_right"] / nroles if nroles else 0.0
    return f


def draft(found: list[dict], path: Path = JUDGEMENTS) -> int:
    """Append every unjudged entry to the judgement file, its verdicts null, with its
    aliases and quotes as comments; role strings a judged entry lacks are not added
    (judge them by hand: ``--show unjudged`` lists them)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    known = load_judgements(path)
    text = path.read_text(encoding="utf-8") if path.exists() else "speakers:\n"
    added = 0
    for it in found:
        if key(it["name"], it["articles"]) in known:
            continue
        text += f"# {it['kind']}; aliases: {', '.join(it['aliases']) or '-'}\n"
        for q in it["quotes"][:6]:     # a few words only: the articles are not ours to copy
            words = " ".join(q["text"].split()[:5])
            text += f"#   {q['article'][:24]} p{q['paragraph']} [{q['as_written']}] {words} ...\n"
        entry = {"name": it["name"], "articles": it["articles"], "verdict_name": None,
                 "kind": None, "merge": None, "with": [],
                 "roles": {r: None for r in it["roles"]}, "note": ""}
        text += yaml.safe_dump([entry], allow_unicode=True, width=1000, sort_keys=False)
        added += 1
    path.write_text(text, encoding="utf-8")
    return added


def show(found: list[dict], which: str) -> None:
    for it in found:
        faults = it["faults"]
        if which == "unjudged" and faults != ["unjudged"] and not any("unjudged" in f for f in faults):
            continue
        if which == "wrong" and not faults:
            continue
        note = (it["judgement"] or {}).get("note") or ""
        print(f"[{'; '.join(faults) or 'right'}] {it['name']} ({it['kind']}) {note}")
        print(f"    aliases: {', '.join(it['aliases']) or '-'}; roles: {' | '.join(it['roles']) or '-'}")
        print(f"    articles: {', '.join(it['articles'])}")
    print()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--show", choices=["unjudged", "wrong", "all"])
    ap.add_argument("--draft", action="store_true", help="append unjudged entries to the judgement file")
    ap.add_argument("--keep", type=Path, help="build the sample site in (or reuse) this folder")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    if not (sample_site.SHARED / "polnear").is_dir():
        print(f"skipped: the PolNeAR data is not at {sample_site.SHARED / 'polnear'} (set TL_SHARED_DATA)")
        return 0
    ids, articles, collection = sample_site.polnear_project(SAMPLE, args.keep)
    found = items(ids, articles, collection)
    figures = score(found)
    if args.draft:
        print(f"{draft(found)} unjudged entries added to {JUDGEMENTS}")
    if args.json:
        print(json.dumps({"figures": figures, "items": found}, indent=1, ensure_ascii=False))
        return 0
    if args.show:
        show(found, args.show)
    f = figures
    print(f"speakers: {f['speakers']} entries from {len(ids)} of {len(SAMPLE)} articles; fully right "
          f"{f['share_fully_right']:.3f} ({f['fully_right']}); judged {f['judged']}, unjudged {f['unjudged']}")
    print(f"  faults: junk name {f['junk']}, partial name {f['partial']}, not a speaker "
          f"{f['not_a_speaker']}, wrong kind {f['wrong_kind']}, mixed {f['mixed']}, split {f['split']}")
    print(f"  roles right {f['share_roles_right']:.3f} ({f['roles_right']} of {f['roles']}; "
          f"{f['roles_wrong']} wrong, {f['roles_unjudged']} unjudged)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
