"""The hand-judged set: every event mention and quote of unseen articles, judged strictly.

Each file ``benchmarks/judged/*.yml`` judges ONE article of ``../shared/data`` (the text
itself stays there: a judgement quotes only a few words to find its place again). An
editor about to publish judged every dated event mention and every quote the builder
reported, and added what it missed:

    source: article-extraction-benchmark/text/<id>.txt    # under ../shared/data
    date: 2019-11-19              # the publication date, passed as --date
    outlet: Fox News
    events:
      - at: "news broke on Monday that"   # a few words of the paragraph around the date
        expr: on Monday                   # the time words
        date: 2019-11-18                  # the right date at its real precision:
                                          #   YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Www (a week)
        verdict: event                    # event | background | not-event
        note: why, when it is not obvious
    quotes:
      - starts: "Scooter is frustrated because"   # first words of the quoted or reported words
        ends: "in the mud"                          # optional: last words (a quote split by
                                                    #   its attribution matches either part)
        speaker: null            # the right speaker: a name, a list of acceptable names,
                                 #   or null when the article names no one
        kind: direct             # direct | indirect
        verdict: quote           # quote | not-quote (a title, a slogan, a scare quote)

``event``: a happening dated by these words (the event line must say what happened on
that date). ``background``: a state, trend or label-year ("since 1996", "2008's album")
— not a happening of that date; the builder is right only if it files it as background
(the event's ``kind`` is ``background``, or ``background`` is true).
A reported date is right when the event's ``date`` equals the judged one at the same
``precision``, or its ``value`` (a TIMEX3 value: ``2019-Q3``, ``2019-FA``, ``2019-W46``)
does; a week is also right as a ``date`` in that ISO week with ``precision: week``.
``not-event``: the words date nothing the chronology should show (a quotation's date
of speaking when nothing else happened, a page's date line, a sport's "third quarter").

Scoring the builder's current output (through ``python -m builder extract``, as a user
runs it):
  events — share of reported mentions that are right (a judged ``event`` with the same
           date and precision); wrong date, not an event, background filed as a
           happening, and mentions no judgement covers (``unjudged``) all count against;
           recall: judged events reported.
  quotes — share of reported quotes with the right speaker (unjudged and not-quote count
           against); recall: judged quotes reported.

    python benchmarks/judged.py                    # figures over every judged article
    python benchmarks/judged.py --show wrong        # also each wrong / unjudged / missed item
    python benchmarks/judged.py --draft SOURCE --date YYYY-MM-DD [--outlet NAME]
                                                    # a draft judgement of the current output
    python benchmarks/judged.py --json
    python benchmarks/judged.py --set holdout      # the holdout set, benchmarks/judged/holdout/
                                                    #   (measure only: never tune on it)
"""
from __future__ import annotations

import argparse
import concurrent.futures as cf
import datetime as dt
import json
import os
import re
import subprocess
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
import timeml  # noqa: E402
import in_process as in_process_  # noqa: E402  (the name in_process is a parameter here)

_TIMEML_TEXTS = Path(timeml.temporary_folder())

REPO = Path(__file__).resolve().parents[1]
JUDGED = REPO / "benchmarks" / "judged"
SHARED = Path(os.environ.get("TL_SHARED_DATA") or REPO.parent / "shared" / "data")


# ---- normalising text for matching -----------------------------------------------------

_QUOTES = str.maketrans({"\u201c": '"', "\u201d": '"', "\u2018": "'", "\u2019": "'",
                         "\u00a0": " ", "\u2013": "-", "\u2014": "-"})


def norm(text: str | None) -> str:
    if not text:
        return ""
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES).casefold()
    return re.sub(r"\s+", " ", text).strip()


def words(text: str) -> str:
    """Only letters and digits, single-spaced: for quote matching across punctuation."""
    return " ".join(re.findall(r"[\w']+", norm(text))).replace("'", "")


def name_key(name: str | None) -> str:
    if name is None:
        return ""
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return " ".join(re.findall(r"\w+", s.casefold()))


# ---- the builder, as a user runs it ----------------------------------------------------


def extract(source: Path, date: str | None) -> tuple[dict | None, str]:
    source = timeml.readable(source, _TIMEML_TEXTS)     # a TimeML article: its plain text
    cmd = [sys.executable, "-m", "builder", "extract", str(source)]
    if date:
        cmd += ["--date", str(date)]
    proc = subprocess.run(cmd, cwd=REPO, capture_output=True, text=True, timeout=600)
    if proc.returncode != 0:
        return None, (proc.stderr.strip().splitlines() or ["exit %d" % proc.returncode])[-1]
    return json.loads(proc.stdout), ""


# ---- judgements -------------------------------------------------------------------------


@dataclass
class Judgement:
    path: Path
    source: Path
    date: str | None
    outlet: str
    events: list[dict]
    quotes: list[dict]


EVENT_VERDICTS = ("event", "background", "not-event")
QUOTE_VERDICTS = ("quote", "not-quote")


def load(path: Path) -> Judgement:
    doc = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    date = doc.get("date")
    date = date.isoformat() if isinstance(date, dt.date) else date
    events = [dict(e, date=_date_str(e.get("date"))) for e in doc.get("events") or []]
    for kind, entries, verdicts in (("events", events, EVENT_VERDICTS),
                                    ("quotes", doc.get("quotes") or [], QUOTE_VERDICTS)):
        for e in entries:
            if e.get("verdict", verdicts[0]) not in verdicts:
                raise SystemExit(f"{path}: {kind} entry {e!r}: verdict must be one of "
                                 f"{', '.join(verdicts)}")
    return Judgement(path, SHARED / doc["source"], date, doc.get("outlet") or "",
                     events, list(doc.get("quotes") or []))


def _date_str(value) -> str | None:
    if isinstance(value, dt.date):
        return value.isoformat()
    return None if value is None else str(value)


def judgement_files(names: list[str] | None = None, folder: Path = JUDGED) -> list[Path]:
    """Every judgement in ``folder`` (benchmarks/judged/, not its subfolders), or those
    named: a path to a .yml file or a folder of them, or a part of a file name."""
    paths = [Path(n) for n in names or [] if n.endswith(".yml") or Path(n).is_dir()]
    if paths:
        return sorted(f for p in paths for f in (sorted(p.glob("*.yml")) if p.is_dir() else [p]))
    files = sorted(folder.glob("*.yml"))
    if names:
        files = [f for f in files if any(n in f.name for n in names)]
    return files


# ---- matching output to judgements -------------------------------------------------------


def _event_matches(ev: dict, paragraphs: list[str], judged: dict) -> bool:
    expr, gexpr = norm(ev.get("expression")), norm(judged.get("expr"))
    if not expr or not gexpr or not (expr in gexpr or gexpr in expr):
        return False
    at = norm(judged.get("at"))
    p = ev.get("paragraph")
    para = norm(paragraphs[p]) if isinstance(p, int) and 0 <= p < len(paragraphs) else ""
    if at and at not in para and not _across_break(at, paragraphs, p):
        return False
    # the judged context must hold the reported words (or the reverse, for a short context)
    return gexpr in at or expr in at or not at


def _across_break(at: str, paragraphs: list[str], p) -> bool:
    """Does the judged context run over a break between paragraph ``p`` and a neighbour
    (a run-on text the builder split at its sentences), holding words of ``p``?"""
    if not isinstance(p, int) or not 0 <= p < len(paragraphs):
        return False
    for a, b in ((p - 1, p), (p, p + 1)):
        if 0 <= a and b < len(paragraphs):
            other = norm(paragraphs[a if b == p else b])
            if at in norm(paragraphs[a] + " " + paragraphs[b]) and at not in other:
                return True
    return False


def _week_of(date: str) -> str | None:
    try:
        y, w, _ = dt.date.fromisoformat(date).isocalendar()
    except ValueError:
        return None
    return f"{y}-W{w:02d}"


def date_right(output: dict, gold: str | None) -> bool:
    got = str(output.get("date") or "")
    if gold is None:
        return False
    if output.get("value") == gold:          # a TIMEX3 value at its own precision (2019-Q3)
        return True
    if re.fullmatch(r"\d{4}-W\d{2}", gold):
        if got == gold:
            return True
        return output.get("precision") == "week" and _week_of(got) == gold
    return got == gold and output.get("precision") in (None, _precision(gold))


def _precision(date: str) -> str:
    if re.fullmatch(r"\d{4}-(Q[1-4]|H[12])", date):
        return "quarter"
    if re.fullmatch(r"\d{4}-(SP|SU|FA|WI)", date):
        return "season"
    return {4: "year", 7: "month", 10: "day"}.get(len(date), "day")


def is_background(output: dict) -> bool:
    return bool(output.get("background")) or output.get("kind") == "background"


def _quote_matches(q: dict, judged: dict) -> bool:
    text = words(q.get("text"))
    if not text:
        return False
    for key in ("starts", "ends"):
        part = words(judged.get(key))
        if not part:
            continue
        if part in text:
            return True
        # reported speech: the output may begin a few words earlier or later
        head = " ".join(text.split()[:5])
        if key == "starts" and len(head.split()) >= 3 and head in part:
            return True
    return False


def speaker_right(q: dict, judged: dict) -> bool:
    accepted = judged.get("speaker")
    accepted = accepted if isinstance(accepted, list) else [accepted]
    got = name_key(q.get("speaker"))
    group = _group_key(q.get("group")) if not got else None
    if group:
        # a group of named speakers (``speaker`` null, ``group`` its members) is right
        # when a judged name lists the same people ("Jo Roe and Al Poe", in any order)
        return any(a is not None and _group_key(re.split(r",|\band\b|&", a)) == group
                   for a in accepted)
    return any((got == "" and a is None) or (a is not None and got == name_key(a))
               for a in accepted)


def _group_key(names) -> frozenset[str] | None:
    keys = frozenset(name_key(n) for n in names or [] if name_key(n))
    return keys or None


# ---- scoring ---------------------------------------------------------------------------


@dataclass
class Tally:
    articles: int = 0
    refused: list[str] = field(default_factory=list)
    ev_reported: int = 0
    ev_right: int = 0
    ev_wrong_date: int = 0
    ev_not_event: int = 0
    ev_background_as_event: int = 0
    ev_unjudged: int = 0
    ev_gold: int = 0
    ev_found: int = 0
    q_reported: int = 0
    q_right: int = 0
    q_wrong_speaker: int = 0
    q_missing_speaker: int = 0
    q_not_quote: int = 0
    q_unjudged: int = 0
    q_gold: int = 0
    q_found: int = 0
    items: list[tuple[str, str, str]] = field(default_factory=list)   # (kind, article, text)

    def figures(self) -> dict[str, float]:
        def share(a, b):
            return round(a / b, 3) if b else 0.0
        return {
            "articles": self.articles, "refused": len(self.refused),
            "event_mentions": self.ev_reported,
            "events_right": share(self.ev_right, self.ev_reported),
            "events_recall": share(self.ev_found, self.ev_gold),
            "events_wrong_date": self.ev_wrong_date, "events_not_event": self.ev_not_event,
            "events_background_as_event": self.ev_background_as_event,
            "events_unjudged": self.ev_unjudged,
            "quotes": self.q_reported,
            "quotes_right_speaker": share(self.q_right, self.q_reported),
            "quotes_recall": share(self.q_found, self.q_gold),
            "quotes_wrong_speaker": self.q_wrong_speaker,
            "quotes_missing_speaker": self.q_missing_speaker,
            "quotes_not_quote": self.q_not_quote, "quotes_unjudged": self.q_unjudged,
        }


def score_article(j: Judgement, out: dict | None, t: Tally, why: str = "") -> None:
    name = j.path.stem
    t.articles += 1
    gold_events = [e for e in j.events if e.get("verdict", "event") == "event"]
    gold_quotes = [q for q in j.quotes if q.get("verdict", "quote") == "quote"]
    t.ev_gold += len(gold_events)
    t.q_gold += len(gold_quotes)
    if out is None:
        t.refused.append(f"{name}: {why}")
        t.items.append(("refused", name, why))
        return
    paragraphs = out.get("paragraphs") or []
    found_events: set[int] = set()
    used_events: set[int] = set()
    for ev in out.get("events") or []:
        t.ev_reported += 1
        label = f"p{ev.get('paragraph')} {ev.get('expression')!r} -> {ev.get('date')}: {ev.get('text', '')[:90]}"
        sentence = norm(ev.get("sentence"))
        candidates = [k for k, g in enumerate(j.events) if _event_matches(ev, paragraphs, g)]
        # two mentions of the same words in one paragraph: the judgement whose context lies
        # in the reported mention's own sentence
        in_sentence = [k for k in candidates if sentence and norm(j.events[k].get("at")) in sentence]
        match = _best([k for k in in_sentence if k not in used_events] or candidates,
                      used_events, lambda k: norm(j.events[k].get("expr")) == norm(ev.get("expression")))
        if match is None:
            t.ev_unjudged += 1
            t.items.append(("event-unjudged", name, label))
            continue
        used_events.add(match)
        g = j.events[match]
        verdict = g.get("verdict", "event")
        if verdict == "event":
            found_events.add(match)
            if is_background(ev):
                t.ev_background_as_event += 1   # a happening filed as background
                t.items.append(("event-filed-as-background", name, label))
            elif date_right(ev, g.get("date")):
                t.ev_right += 1
            else:
                t.ev_wrong_date += 1
                t.items.append(("event-wrong-date", name, f"{label}  [right: {g.get('date')}]"))
        elif verdict == "background":
            if is_background(ev):
                t.ev_right += 1
            else:
                t.ev_background_as_event += 1
                t.items.append(("event-background-as-happening", name, label))
        else:
            t.ev_not_event += 1
            t.items.append(("event-not-an-event", name, f"{label}  [{g.get('note', '')}]"))
    t.ev_found += len(found_events)
    for k, g in enumerate(j.events):
        if g.get("verdict", "event") == "event" and k not in found_events:
            t.items.append(("event-missed", name, f"{g.get('expr')!r} {g.get('date')} at {g.get('at')!r}"))

    found_quotes: set[int] = set()
    used_quotes: set[int] = set()
    for q in out.get("quotes") or []:
        t.q_reported += 1
        group = f" group={q['group']!r}" if q.get("group") else ""
        label = (f"p{q.get('paragraph')} {q.get('kind')} speaker={q.get('speaker')!r}{group} "
                 f"(as written {q.get('speaker_as_written')!r}): {q.get('text', '')[:70]!r}")
        text_words = words(q.get("text"))
        candidates = [k for k, g in enumerate(j.quotes) if _quote_matches(q, g)]
        # of several judgements inside one long quotation, the one it opens with first
        candidates.sort(key=lambda k: (text_words.find(words(j.quotes[k].get("starts"))) % (len(text_words) + 1)
                                       if words(j.quotes[k].get("starts")) in text_words else len(text_words) + 1))
        match = _best(candidates, used_quotes,
                      lambda k: words(j.quotes[k].get("starts")) in text_words)
        if match is None:
            t.q_unjudged += 1
            t.items.append(("quote-unjudged", name, label))
            continue
        used_quotes.add(match)
        g = j.quotes[match]
        if g.get("verdict", "quote") != "quote":
            t.q_not_quote += 1
            t.items.append(("quote-not-a-quote", name, f"{label}  [{g.get('note', '')}]"))
            continue
        found_quotes.add(match)
        if speaker_right(q, g):
            t.q_right += 1
        elif q.get("speaker") is None and not q.get("group"):
            t.q_missing_speaker += 1
            t.items.append(("quote-missing-speaker", name, f"{label}  [right: {g.get('speaker')!r}]"))
        else:
            t.q_wrong_speaker += 1
            t.items.append(("quote-wrong-speaker", name, f"{label}  [right: {g.get('speaker')!r}]"))
    # a judged quote is found when any reported quote holds it (a quoted fragment inside a
    # reported statement is found by the statement)
    found_quotes |= {k for k, g in enumerate(j.quotes) if g.get("verdict", "quote") == "quote"
                     and any(_quote_matches(q, g) for q in out.get("quotes") or [])}
    t.q_found += len(found_quotes)
    for k, g in enumerate(j.quotes):
        if g.get("verdict", "quote") == "quote" and k not in found_quotes:
            t.items.append(("quote-missed", name, f"{g.get('starts')!r} by {g.get('speaker')!r}"))


def _best(candidates: list[int], used: set[int], exact) -> int | None:
    """The judgement an output item stands for: one not matched yet, an exact one first
    (two overlapping expressions, "early next year" and "next year", are two entries)."""
    if not candidates:
        return None
    fresh = [k for k in candidates if k not in used] or candidates
    return next((k for k in fresh if exact(k)), fresh[0])


def extract_here(job: tuple[str, str | None]) -> tuple[dict | None, str]:
    """``extract`` without a process per article (``in_process``: ``in_process.py``)."""
    source, date = job
    status, got = in_process_.extract_contract(timeml.readable(Path(source), _TIMEML_TEXTS), date)
    return (got, "") if status == "ok" else (None, got)


def run(files: list[Path], jobs: int = 2, in_process: bool = False) -> Tally:
    judgements = [load(f) for f in files]
    t = Tally()
    if in_process:
        outputs = in_process_.pool_map(extract_here, [(str(j.source), j.date) for j in judgements], jobs)
    else:
        with cf.ThreadPoolExecutor(max_workers=jobs) as pool:
            outputs = list(pool.map(lambda j: extract(j.source, j.date), judgements))
    for j, (out, why) in zip(judgements, outputs):
        score_article(j, out, t, why)
    return t


# ---- drafting a judgement ---------------------------------------------------------------


def _context(paragraph: str, expression: str, taken: set[str], full_text: str) -> str:
    """A few words of the paragraph around the expression, unique in the article."""
    i = paragraph.find(expression)
    if i < 0:
        return expression
    for reach in (25, 40, 60, 90, 140):
        a, b = max(0, i - reach), min(len(paragraph), i + len(expression) + reach)
        while a > 0 and paragraph[a - 1] not in " \n":
            a -= 1
        while b < len(paragraph) and paragraph[b] not in " \n":
            b += 1
        at = paragraph[a:b].strip()
        if full_text.count(norm(at)) == 1 and at not in taken:
            return at
    return at


def _first_words(text: str, n: int) -> str:
    return " ".join(text.split()[:n])


def _last_words(text: str, n: int) -> str:
    return " ".join(text.split()[-n:])


def timex(text: str, date: str | None) -> list[dict]:
    cmd = [sys.executable, "-m", "builder", "timex", "--dct", str(date or dt.date.today())]
    proc = subprocess.run(cmd, cwd=REPO, input=text, capture_output=True, text=True, timeout=600)
    return json.loads(proc.stdout) if proc.returncode == 0 else []


_QUOTED = re.compile(r"[\"\u201c]([^\"\u201c\u201d]{3,}?)[\"\u201d]")


def _unreported(paragraphs: list[str], out: dict, date: str | None) -> list[str]:
    """Comment lines: time expressions and quoted words the builder did not report, so a
    judge sees what may have been missed."""
    lines = []
    reported = {(e["paragraph"], norm(e["expression"])) for e in out["events"]}
    found = timex("\n\n".join(paragraphs), date)
    starts, pos = [], 0
    for p in paragraphs:
        starts.append(pos)
        pos += len(p) + 2
    for t in found:
        p = max(i for i, s in enumerate(starts) if s <= t["start"])
        if not any(q == p and norm(t["text"]) in e for q, e in reported):
            lines.append(f"#   p{p} time words {t['text']!r} = {t['value']} ({t['type']}): "
                         f"...{paragraphs[p][max(0, t['start'] - starts[p] - 40):t['end'] - starts[p] + 30]}...")
    quoted = " ".join(words(q["text"]) for q in out["quotes"])
    for p, para in enumerate(paragraphs):
        for m in _QUOTED.finditer(para):
            if words(m.group(1))[:40] not in quoted:
                lines.append(f"#   p{p} quoted words not reported: \"{_first_words(m.group(1), 10)}\"")
    return lines


def draft(source: Path, date: str | None, outlet: str) -> str:
    out, why = extract(source, date)
    if out is None:
        # judge it by hand from the text: every non-blank line a paragraph
        text = timeml.readable(source, _TIMEML_TEXTS).read_text(encoding="utf-8", errors="replace")
        out = {"paragraphs": [ln.strip() for ln in text.splitlines() if ln.strip()],
               "events": [], "quotes": [], "refused": why}
    paragraphs = out["paragraphs"]
    full = "\n".join(norm(p) for p in paragraphs)
    try:
        rel = source.resolve().relative_to(SHARED.resolve()).as_posix()
    except ValueError:
        rel = str(source)
    doc = {"source": rel, "date": date, "outlet": outlet, "events": [], "quotes": []}
    taken: set[str] = set()
    for ev in out["events"]:
        p = ev["paragraph"]
        at = _context(paragraphs[p], ev["expression"], taken, full)
        taken.add(at)
        doc["events"].append({"at": at, "expr": ev["expression"], "date": ev["date"],
                              "verdict": "CHECK", "builder_text": ev["text"][:160]})
    for q in out["quotes"]:
        text = q["text"]
        entry = {"starts": _first_words(text, 6)}
        if len(text.split()) > 12:
            entry["ends"] = _last_words(text, 4)
        entry.update({"speaker": q["speaker"], "kind": q["kind"], "verdict": "CHECK",
                      "builder_as_written": q["speaker_as_written"]})
        doc["quotes"].append(entry)
    extra = _unreported(paragraphs, out, date)
    head = ("# THE BUILDER REFUSED THIS ARTICLE: " + out["refused"] + "\n") if out.get("refused") else ""
    head += (f"# Draft from the builder's output ({len(out['events'])} events, "
            f"{len(out['quotes'])} quotes). Judge every entry: set verdict, correct date and\n"
            "# speaker, delete builder_* keys, and ADD every dated happening and every quote the\n"
            "# builder missed. Keep quoted words short (a few words to find the place again).\n")
    if extra:
        head += "# Not reported by the builder (candidates for missed events and quotes):\n"
        head += "\n".join(extra) + "\n"
    return head + yaml.safe_dump(doc, sort_keys=False, allow_unicode=True, width=100)


# ---- command line ------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("names", nargs="*", help="only judgement files whose name contains one of these")
    ap.add_argument("--show", choices=["wrong", "all"], help="list wrong, unjudged and missed items")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--set", metavar="NAME", help="score the set in benchmarks/judged/NAME/ "
                    "(holdout: measure only, never tune on it) instead of benchmarks/judged/")
    ap.add_argument("--draft", metavar="SOURCE", help="print a draft judgement of SOURCE")
    ap.add_argument("--date")
    ap.add_argument("--outlet", default="")
    ap.add_argument("--in-process", action="store_true",
                    help="extract in --jobs worker processes instead of one `python -m builder "
                         "extract` per article (the same figures, several times faster: for "
                         "checking rules; figures of record use the default)")
    args = ap.parse_args(argv)
    if args.draft:
        print(draft(Path(args.draft), args.date, args.outlet), end="")
        return 0
    if not SHARED.is_dir():
        print(f"skipped: the shared data is not at {SHARED} (set TL_SHARED_DATA)")
        return 0
    folder = JUDGED / args.set if args.set else JUDGED
    files = judgement_files(args.names, folder)
    if not files:
        print(f"no judgement files under {folder.relative_to(REPO)}/")
        return 1
    t = run(files, args.jobs, in_process=args.in_process)
    figures = t.figures()
    if args.json:
        print(json.dumps({"figures": figures, "items": t.items}, indent=1))
        return 0
    if args.show:
        for kind, name, text in sorted(t.items):
            print(f"{kind:32} {name:28} {text}")
        print()
    f = figures
    print(f"hand-judged set: {f['articles']} articles, {f['refused']} refused")
    print(f"events: {f['event_mentions']} reported, right {f['events_right']:.3f} "
          f"(wrong date {f['events_wrong_date']}, not an event {f['events_not_event']}, "
          f"background as a happening {f['events_background_as_event']}, unjudged "
          f"{f['events_unjudged']}); recall {f['events_recall']:.3f}")
    print(f"quotes: {f['quotes']} reported, right speaker {f['quotes_right_speaker']:.3f} "
          f"(wrong {f['quotes_wrong_speaker']}, missing {f['quotes_missing_speaker']}, "
          f"not a quote {f['quotes_not_quote']}, unjudged {f['quotes_unjudged']}); "
          f"recall {f['quotes_recall']:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
